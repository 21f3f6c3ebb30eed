/* lib_scan.c - fmt's scanning natives: Scan, Scanln and Scanf (standard
 * input), Sscan, Sscanln and Sscanf (a string), Fscan, Fscanln and
 * Fscanf (an io.Reader).  The scan follows Go's fmt/scan.go step by
 * step, so that what it consumes, what it stores and its error texts
 * are Go's; an error ends it with a longjmp, as Go's scan panics and
 * recovers. */
#include "natives.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "utf8.h"

#define EOF_RUNE (-1)
#define HUGE_WID ((size_t)1 << 30)   /* no width: Go's hugeWid */

/* Where the runes come from.  A string is read in place.  A reader
 * with ReadRune and UnreadRune (an io.RuneScanner: a *bufio.Reader, a
 * *strings.Reader, or the program's own) is read by those methods, so
 * a rune read ahead goes back into it.  Standard input and any other
 * io.Reader are read as Go's readRune reads them, a byte at a time, and
 * the rune a scan reads ahead is lost when it ends, as in Go; a regular
 * file is read in blocks and sought back to where Go would stop. */
typedef enum InputKind { IN_STRING, IN_RUNES, IN_FD, IN_READER } InputKind;

typedef struct Input {
    InputKind kind;
    const unsigned char *data;   /* IN_STRING */
    size_t len;
    Value reader;                /* IN_RUNES, IN_READER: the io.Reader (rooted by the caller's window) */
    uint32_t read_rune, unread_rune;  /* IN_RUNES: its methods */
    int fd;                      /* IN_FD */
    bool seekable;               /* IN_FD: a regular file */
    Buf got;                     /* IN_FD, IN_READER: the bytes read */
    size_t used;                 /* of them, those Go's byte-at-a-time reader reads */
    bool eof;                    /* IN_FD, IN_READER: the input ended */
    size_t pos, last;            /* the next byte; the size of the last rune */
} Input;

/* How a scan failed; scan_error makes Go's error value of it. */
typedef enum Fail {
    FAIL_TEXT,       /* errors.New(msg) */
    FAIL_EOF,        /* io.EOF */
    FAIL_UNEXPECTED, /* io.ErrUnexpectedEOF */
    FAIL_SYNTAX,     /* strconv.ErrSyntax (a %q string that does not unquote) */
    FAIL_NUM,        /* a *strconv.NumError */
    FAIL_VALUE,      /* the error the reader returned */
    FAIL_NIL,        /* a nil pointer dereference: a panic */
    FAIL_PANIC,      /* panic(msg) */
    FAIL_STATUS,     /* a call back into the program panicked */
} Fail;

/* Go's ss: the input, the token being read and the limits on it. */
typedef struct Scan {
    VM *vm;
    Input in;
    Buf tok;                 /* Go's ss.buf */
    size_t count;            /* runes read so far */
    size_t arg_limit;        /* count may not pass it: a verb's width */
    bool at_eof;             /* EOF was read (for Scanln, a newline) */
    bool nl_is_space, nl_is_end;
    const Slice *ops;        /* the operands (the caller's ...any) */
    int64_t n;               /* operands stored */
    Fail fail;
    Buf msg;                 /* FAIL_TEXT, FAIL_PANIC: the text; FAIL_NUM: the number */
    const char *num_func;    /* FAIL_NUM: "ParseInt" ... */
    bool num_range;          /* FAIL_NUM: out of range, not bad syntax */
    Value err;               /* FAIL_VALUE */
    int status;              /* FAIL_STATUS */
    jmp_buf jump;
} Scan;

/* ==== failing ========================================================= */

static NORETURN void fail_with(Scan *s, Fail kind)
{
    s->fail = kind;
    longjmp(s->jump, 1);
}

static NORETURN PRINTF_LIKE(2, 3) void fail_text(Scan *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&s->msg, fmt, ap);
    va_end(ap);
    fail_with(s, FAIL_TEXT);
}

enum { NUM_OK, NUM_SYNTAX, NUM_RANGE };

static NORETURN void fail_num(Scan *s, const char *func, const unsigned char *num, size_t n, int why)
{
    s->num_func = func;
    s->num_range = why == NUM_RANGE;
    buf_append(&s->msg, num, n);
    fail_with(s, FAIL_NUM);
}

static NORETURN PRINTF_LIKE(2, 3) void fail_panic(Scan *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&s->msg, fmt, ap);
    va_end(ap);
    fail_with(s, FAIL_PANIC);
}

static NORETURN void fail_status(Scan *s, int status)
{
    s->status = status;
    fail_with(s, FAIL_STATUS);
}

/* The token as a C string, for messages. */
static const char *tok_str(Scan *s)
{
    buf_putc(&s->tok, 0);
    s->tok.len--;
    return (const char *)s->tok.data;
}

/* ==== the input ======================================================= */

/* One more byte (a block, from a regular file) from a file descriptor;
 * a read error ends the input, as for bufio over a file (lib_io.c). */
static void fd_fetch(Scan *s)
{
    unsigned char tmp[512];   /* a few tokens: what is not used is sought back */
    size_t want = s->in.seekable ? sizeof tmp : 1;
    fflush(s->vm->out);
    ssize_t r;
    do
        r = read(s->in.fd, tmp, want);
    while (r < 0 && errno == EINTR);
    if (r <= 0)
        s->in.eof = true;
    else
        buf_append(&s->in.got, tmp, (size_t)r);
}

/* A Read's error: io.EOF ends the input, any other ends the scan. */
static void reader_error(Scan *s, Value err)
{
    gc_protect(s->vm, err.p);
    Value eof = nat_sentinel(s->vm, SENT_IO_EOF);
    if (err.p == eof.p) {
        gc_unprotect(s->vm, 1);
        s->in.eof = true;
        return;
    }
    s->err = err;   /* protected until the scan ends; nothing allocates after */
    fail_with(s, FAIL_VALUE);
}

/* One byte from an io.Reader of the program's, by its Read method with
 * a 1-byte slice, as Go's io.ReadFull does (again while it reads 0). */
static void reader_fetch(Scan *s)
{
    VM *vm = s->vm;
    uint32_t t = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    for (;;) {
        const Iface *box = iface_box(vm, s->in.reader);
        uint32_t f = box ? vm_method(vm, box->type, vm->m_read) : BC_NO_FUNC;
        if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 2, "RP"))
            fail_with(s, FAIL_NIL);
        Slice *b = nat_slice(vm, t, 1);
        gc_protect(vm, b);
        Value args[2] = {box->v, {.p = b}}, res[2];
        int st = vm_call(vm, f, args, 2, res, 2);
        unsigned char byte = (unsigned char)slice_at(b, 0)->u;
        gc_unprotect(vm, 1);
        if (st != 0)
            fail_status(s, st);
        if (res[0].i >= 1) {
            buf_putc(&s->in.got, byte);
            return;
        }
        if (res[1].p) {
            reader_error(s, res[1]);
            return;
        }
    }
}

/* Makes k bytes from the input's position readable when the input has
 * them; returns how many there are (fewer only at its end), *p at them. */
static size_t in_have(Scan *s, size_t k, const unsigned char **p)
{
    Input *in = &s->in;
    if (in->kind == IN_STRING) {
        *p = in->data + in->pos;
        return in->len - in->pos;
    }
    while (in->got.len - in->pos < k && !in->eof) {
        if (in->kind == IN_FD)
            fd_fetch(s);
        else
            reader_fetch(s);
    }
    size_t n = in->got.len - in->pos;
    if (in->pos + (n < k ? n : k) > in->used)
        in->used = in->pos + (n < k ? n : k);
    *p = n ? in->got.data + in->pos : NULL;
    return n;
}

/* Go's utf8.FullRune: do p[0..n) hold a whole rune, or bytes that are
 * already sure to be an invalid one? */
static bool full_rune(const unsigned char *p, size_t n)
{
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    if (c < 0xC2 || c > 0xF4)
        return true;
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    return n >= need || (n > 1 && (p[1] < lo || p[1] > hi)) || (n > 2 && (p[2] < 0x80 || p[2] > 0xBF));
}

/* The reader's ReadRune: a rune, or EOF_RUNE at the end. */
static int32_t runes_read(Scan *s)
{
    const Iface *box = iface_box(s->vm, s->in.reader);
    Value res[3];
    int st = vm_call(s->vm, s->in.read_rune, &box->v, 1, res, 3);
    if (st != 0)
        fail_status(s, st);
    if (!res[2].p)
        return (int32_t)res[0].i;
    reader_error(s, res[2]);
    return EOF_RUNE;
}

/* The next rune, reading no more than Go's readRune does: a byte, and
 * more only while they may complete a rune.  An invalid byte is
 * U+FFFD; EOF_RUNE at the end. */
static int32_t in_read_rune(Scan *s)
{
    if (s->in.kind == IN_RUNES)
        return runes_read(s);
    const unsigned char *p;
    if (in_have(s, 1, &p) == 0)
        return EOF_RUNE;
    size_t k = 1;
    while (!full_rune(p, k) && in_have(s, k + 1, &p) > k)
        k++;
    size_t size;
    int32_t r = utf8_decode(p, k, &size);
    s->in.last = size;
    s->in.pos += size;
    return r == UTF8_INVALID ? 0xFFFD : r;
}

static void in_unread(Scan *s)
{
    if (s->in.kind != IN_RUNES) {
        s->in.pos -= s->in.last;
        return;
    }
    const Iface *box = iface_box(s->vm, s->in.reader);
    Value res;
    int st = vm_call(s->vm, s->in.unread_rune, &box->v, 1, &res, 1);   /* its error is ignored, as Go does */
    if (st != 0)
        fail_status(s, st);
}

/* The scan is over: a regular file goes back to where Go's reader
 * would have stopped reading it. */
static void in_finish(Input *in)
{
    if (in->kind == IN_FD && in->seekable && in->got.len > in->used)
        (void)lseek(in->fd, -(off_t)(in->got.len - in->used), SEEK_CUR);
    buf_free(&in->got);
}

/* ==== reading runes: Go's ss methods ================================= */

/* Go's isSpace: unicode.White_Space. */
static bool is_space(int32_t r)
{
    return (r >= 0x09 && r <= 0x0D) || r == 0x20 || r == 0x85 || r == 0xA0 || r == 0x1680 ||
           (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
           r == 0x3000;
}

/* ss.ReadRune: EOF_RUNE past a width, after EOF, and (Scanln) after a newline. */
static int32_t get_rune(Scan *s)
{
    if (s->at_eof || s->count >= s->arg_limit)
        return EOF_RUNE;
    int32_t r = in_read_rune(s);
    if (r == EOF_RUNE) {
        s->at_eof = true;
        return r;
    }
    s->count++;
    if (s->nl_is_end && r == '\n')
        s->at_eof = true;
    return r;
}

static void unread_rune(Scan *s)
{
    in_unread(s);
    s->at_eof = false;
    s->count--;
}

static int32_t must_read_rune(Scan *s)
{
    int32_t r = get_rune(s);
    if (r == EOF_RUNE)
        fail_with(s, FAIL_UNEXPECTED);
    return r;
}

static void put_rune(Buf *b, int32_t r)
{
    char u8[4];
    if (r < 0 || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;   /* a ReadRune of the program's may give anything */
    buf_append(b, u8, utf8_encode_rune((uint32_t)r, u8));
}

/* Is r one of the (ASCII) characters of ok? */
static bool in_set(const char *ok, int32_t r)
{
    return r > 0 && r < 0x80 && strchr(ok, (int)r);
}

/* ss.consume: reads a rune and says whether it is in ok; accept puts
 * it in the token, or back if it is not in ok. */
static bool consume(Scan *s, const char *ok, bool accept)
{
    int32_t r = get_rune(s);
    if (r == EOF_RUNE)
        return false;
    if (in_set(ok, r)) {
        if (accept)
            put_rune(&s->tok, r);
        return true;
    }
    if (accept)
        unread_rune(s);
    return false;
}

static bool accept(Scan *s, const char *ok)
{
    return consume(s, ok, true);
}

static bool peek(Scan *s, const char *ok)
{
    int32_t r = get_rune(s);
    if (r != EOF_RUNE)
        unread_rune(s);
    return in_set(ok, r);
}

/* Go's notEOF: the input ending here is io.EOF. */
static void not_eof(Scan *s)
{
    if (get_rune(s) == EOF_RUNE)
        fail_with(s, FAIL_EOF);
    unread_rune(s);
}

/* ss.SkipSpace: a newline is space for Scan, an error otherwise. */
static void skip_space(Scan *s)
{
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            return;
        if (r == '\r' && peek(s, "\n"))
            continue;
        if (r == '\n') {
            if (s->nl_is_space)
                continue;
            fail_text(s, "unexpected newline");
        }
        if (!is_space(r)) {
            unread_rune(s);
            return;
        }
    }
}

/* ss.token with notSpace: the next run of runes that are not space. */
static void token(Scan *s, bool skip)
{
    if (skip)
        skip_space(s);
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            return;
        if (is_space(r)) {
            unread_rune(s);
            return;
        }
        put_rune(&s->tok, r);
    }
}

static void ok_verb(Scan *s, int32_t verb, const char *verbs, const char *what)
{
    if (in_set(verbs, verb))
        return;
    char u8[5] = {0};
    utf8_encode_rune((uint32_t)verb, u8);
    fail_text(s, "bad verb '%%%s' for %s", u8, what);
}

/* ==== numbers: strconv's parsers on a token ========================== */

static unsigned char lower(unsigned char c)
{
    return c | ('x' - 'X');
}

/* strconv's underscoreOK: '_' only between digits, or after a base
 * prefix and before a digit. */
static bool underscore_ok(const unsigned char *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

/* strconv.ParseUint(s, base, 64); base 0 reads a prefix and '_'. */
static int parse_uint(const unsigned char *s, size_t n, unsigned base, uint64_t *out)
{
    const unsigned char *s0 = s;
    size_t n0 = n;
    bool base0 = base == 0, underscores = false;
    *out = 0;
    if (n == 0)
        return NUM_SYNTAX;
    if (base0) {
        base = 10;
        if (s[0] == '0') {
            unsigned char p = n >= 3 ? lower(s[1]) : 0;
            base = p == 'b' ? 2 : p == 'x' ? 16 : 8;
            size_t skip = p == 'b' || p == 'o' || p == 'x' ? 2 : 1;
            s += skip, n -= skip;
        }
    }
    uint64_t v = 0, cutoff = UINT64_MAX / base + 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        unsigned d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        }
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'z')
            d = lower(c) - 'a' + 10u;
        else
            return NUM_SYNTAX;
        if (d >= base)
            return NUM_SYNTAX;
        if (v >= cutoff || v * base + d < v * base)
            return NUM_RANGE;
        v = v * base + d;
    }
    if (underscores && !underscore_ok(s0, n0))
        return NUM_SYNTAX;
    *out = v;
    return NUM_OK;
}

/* strconv.ParseInt(s, base, 64). */
static int parse_int(const unsigned char *s, size_t n, unsigned base, int64_t *out)
{
    *out = 0;
    if (n == 0)
        return NUM_SYNTAX;
    bool neg = s[0] == '-';
    if (s[0] == '+' || s[0] == '-')
        s++, n--;
    uint64_t u;
    int r = parse_uint(s, n, base, &u);
    if (r != NUM_OK)
        return r;
    if (u > (uint64_t)INT64_MAX + (neg ? 1 : 0))
        return NUM_RANGE;
    *out = neg ? (int64_t)(0 - u) : (int64_t)u;
    return NUM_OK;
}

/* Does s[0..n) equal word, in any case? */
static bool equal_fold(const unsigned char *s, size_t n, const char *word)
{
    if (n != strlen(word))
        return false;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != (unsigned char)word[i])
            return false;
    return true;
}

/* Is s[0..n) a float as strconv.ParseFloat reads one: decimal digits
 * with a '.' and an e exponent, or hexadecimal with a p exponent? */
static bool float_syntax(const unsigned char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x';
    if (hex)
        i += 2;
    bool dot = false, digits = false, underscores = false;
    for (; i < n; i++) {
        if (s[i] == '_')
            underscores = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f'))
            digits = true;
        else
            break;
    }
    if (!digits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            underscores |= s[i] == '_';
    } else if (hex) {
        return false;   /* a hexadecimal mantissa needs its exponent */
    }
    return i == n && (!underscores || underscore_ok(s, n));
}

/* strconv.ParseFloat(s, bits): the nearest float32 or float64. */
static int parse_float(const unsigned char *s, size_t n, int bits, double *out)
{
    size_t sign = n > 0 && (s[0] == '+' || s[0] == '-');
    *out = 0;
    if (equal_fold(s + sign, n - sign, "inf") || equal_fold(s + sign, n - sign, "infinity")) {
        *out = s[0] == '-' ? -INFINITY : INFINITY;
        return NUM_OK;
    }
    if (equal_fold(s, n, "nan")) {
        *out = NAN;
        return NUM_OK;
    }
    if (!float_syntax(s, n))
        return NUM_SYNTAX;
    char *clean = xmalloc(n + 1), *end;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            clean[k++] = (char)s[i];
    clean[k] = '\0';
    /* strtof rounds once, straight to float32's nearest. */
    double f = bits == 32 ? (double)strtof(clean, &end) : strtod(clean, &end);
    free(clean);
    *out = f;
    return isinf(f) ? NUM_RANGE : NUM_OK;
}

/* ==== Go's scanners, one per kind of operand ========================== */

static const char decimal_digits[] = "0123456789", hex_digits[] = "0123456789aAbBcCdDeEfF";

static bool scan_bool(Scan *s, int32_t verb)
{
    skip_space(s);
    not_eof(s);
    ok_verb(s, verb, "tv", "boolean");
    /* Syntax-checking a boolean is annoying: Go is not fastidious about case. */
    switch (get_rune(s)) {
    case '0':
        return false;
    case '1':
        return true;
    case 't': case 'T':
        if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
            fail_text(s, "syntax error scanning boolean");
        return true;
    case 'f': case 'F':
        if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
            fail_text(s, "syntax error scanning boolean");
        return false;
    }
    return false;
}

/* getBase: the base a verb reads and its digits. */
static unsigned get_base(Scan *s, int32_t verb, const char **digits)
{
    ok_verb(s, verb, "bdoUxXv", "integer");
    *digits = verb == 'b' ? "01" : verb == 'o' ? "01234567" : verb == 'x' || verb == 'X' || verb == 'U' ? hex_digits
                                                                                                       : decimal_digits;
    return verb == 'b' ? 2 : verb == 'o' ? 8 : verb == 'x' || verb == 'X' || verb == 'U' ? 16 : 10;
}

/* scanBasePrefix, for %v: 0b, 0o, 0x or 0 (octal) before the digits;
 * base 0 lets ParseInt read the prefix.  True if a 0 was read. */
static bool scan_base_prefix(Scan *s, const char **digits)
{
    *digits = "0123456789_";
    if (!peek(s, "0"))
        return false;
    accept(s, "0");
    if (peek(s, "bB"))
        *digits = "01_";
    else if (peek(s, "oO"))
        *digits = "01234567_";
    else if (peek(s, "xX"))
        *digits = "0123456789aAbBcCdDeEfF_";
    else {
        *digits = "01234567_";
        return true;
    }
    consume(s, "bBoOxX", true);
    return true;
}

static void scan_number(Scan *s, const char *digits, bool have_digits)
{
    if (!have_digits) {
        not_eof(s);
        if (!accept(s, digits))
            fail_text(s, "expected integer");
    }
    while (accept(s, digits))
        ;
}

/* %c: the next rune, whatever it is. */
static int64_t scan_rune(Scan *s, int bits)
{
    not_eof(s);
    int32_t r = get_rune(s);
    if (bits < 64 && r > (int32_t)((1u << (bits - 1)) - 1)) {
        char u8[5] = {0};
        utf8_encode_rune((uint32_t)r, u8);
        fail_text(s, "overflow on character value %s", u8);
    }
    return r;
}

/* The token of an integer: a sign (if signed), %U's U+ (not in the
 * token), %v's prefix, the digits.  Returns the base to parse it in. */
static unsigned scan_digits(Scan *s, int32_t verb, bool is_signed)
{
    const char *digits;
    unsigned base = get_base(s, verb, &digits);
    bool have = false;
    if (verb == 'U') {
        if (!consume(s, "U", false) || !consume(s, "+", false))
            fail_text(s, "bad unicode format ");
        scan_number(s, digits, false);
        return base;
    }
    if (is_signed)
        accept(s, "+-");
    if (verb == 'v') {
        have = scan_base_prefix(s, &digits);
        base = 0;
    }
    scan_number(s, digits, have);
    return base;
}

static int64_t scan_int(Scan *s, int32_t verb, int bits)
{
    if (verb == 'c')
        return scan_rune(s, bits);
    skip_space(s);
    not_eof(s);
    unsigned base = scan_digits(s, verb, true);
    int64_t i;
    int r = parse_int(s->tok.data, s->tok.len, base, &i);
    if (r != NUM_OK)
        fail_num(s, "ParseInt", s->tok.data, s->tok.len, r);
    if (bits < 64 && (i < -((int64_t)1 << (bits - 1)) || i > ((int64_t)1 << (bits - 1)) - 1))
        fail_text(s, "integer overflow on token %s", tok_str(s));
    return i;
}

static uint64_t scan_uint(Scan *s, int32_t verb, int bits)
{
    if (verb == 'c')
        return (uint64_t)scan_rune(s, bits);
    skip_space(s);
    not_eof(s);
    unsigned base = scan_digits(s, verb, false);
    uint64_t u;
    int r = parse_uint(s->tok.data, s->tok.len, base, &u);
    if (r != NUM_OK)
        fail_num(s, "ParseUint", s->tok.data, s->tok.len, r);
    if (bits < 64 && u >> bits != 0)
        fail_text(s, "unsigned integer overflow on token %s", tok_str(s));
    return u;
}

/* floatToken: the characters a float may have, checked by ParseFloat. */
static void float_token(Scan *s)
{
    s->tok.len = 0;
    if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))
        return;
    accept(s, "+-");
    if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))
        return;
    const char *digits = "0123456789_", *exp = "eEpP";
    if (accept(s, "0") && accept(s, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (accept(s, digits))
        ;
    if (accept(s, "."))
        while (accept(s, digits))
            ;
    if (accept(s, exp)) {
        accept(s, "+-");
        while (accept(s, "0123456789_"))
            ;
    }
}

/* convertFloat: ParseFloat, and Go's own decimal mantissa with a
 * binary exponent (1.5p3). */
static double convert_float(Scan *s, int bits)
{
    const unsigned char *t = s->tok.data;
    size_t n = s->tok.len;
    const unsigned char *p = n ? memchr(t, 'p', n) : NULL;
    double f;
    int r;
    if (p && !memchr(t, 'x', n) && !memchr(t, 'X', n)) {
        if ((r = parse_float(t, (size_t)(p - t), bits, &f)) != NUM_OK)
            fail_num(s, "ParseFloat", t, n, r);
        int64_t m;
        if ((r = parse_int(p + 1, n - (size_t)(p - t) - 1, 10, &m)) != NUM_OK)
            fail_num(s, "Atoi", t, n, r);
        return ldexp(f, m < -100000 ? -100000 : m > 100000 ? 100000 : (int)m);
    }
    if ((r = parse_float(t, n, bits, &f)) != NUM_OK)
        fail_num(s, "ParseFloat", t, n, r);
    return f;
}

static double scan_float(Scan *s, int bits)
{
    skip_space(s);
    not_eof(s);
    float_token(s);
    double f = convert_float(s, bits);
    return bits == 32 ? (double)(float)f : f;
}

/* ==== strings ========================================================= */

static int hex_value(int32_t d)
{
    return d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
}

/* One backslash escape of strconv.UnquoteChar at q[*i] (the '\\'),
 * inside a double-quoted string ending before q[end]. */
static bool unescape(const unsigned char *q, size_t end, size_t *i, Buf *out)
{
    static const char simple[] = "abfnrtv\\\"", value[] = "\a\b\f\n\r\t\v\\\"";
    if (*i + 1 >= end)
        return false;
    unsigned char c = q[*i + 1];
    *i += 2;
    const char *at = c ? strchr(simple, c) : NULL;
    if (at) {
        buf_putc(out, value[at - simple]);
        return true;
    }
    size_t k = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : c >= '0' && c <= '7' ? 2 : 0;
    if (k == 0 || *i + k > end)
        return false;
    uint32_t v = c >= '0' && c <= '7' ? c - '0' : 0;
    for (size_t j = 0; j < k; j++) {
        int d = c >= '0' && c <= '7' ? (q[*i + j] >= '0' && q[*i + j] <= '7' ? q[*i + j] - '0' : -1)
                                     : hex_value(q[*i + j]);
        if (d < 0)
            return false;
        v = v << (c >= '0' && c <= '7' ? 3 : 4) | (uint32_t)d;
    }
    *i += k;
    if (c == 'x' || (c >= '0' && c <= '7')) {
        if (v > 255)
            return false;
        buf_putc(out, (int)v);
        return true;
    }
    if (v > UTF8_MAX_RUNE || (v >= 0xD800 && v <= 0xDFFF))
        return false;
    put_rune(out, (int32_t)v);
    return true;
}

/* strconv.Unquote of the double-quoted q[0..n): false for ErrSyntax. */
static bool unquote(const unsigned char *q, size_t n, Buf *out)
{
    for (size_t i = 1; i + 1 < n;) {
        if (q[i] == '\n' || q[i] == '"')
            return false;
        if (q[i] != '\\')
            buf_putc(out, q[i++]);
        else if (!unescape(q, n - 1, &i, out))
            return false;
    }
    return true;
}

/* %q: a back-quoted string, or a double-quoted one with Go's escapes. */
static void quoted_string(Scan *s)
{
    not_eof(s);
    int32_t quote = get_rune(s), r;
    if (quote == '`') {
        while ((r = must_read_rune(s)) != '`')
            put_rune(&s->tok, r);
        return;
    }
    if (quote != '"')
        fail_text(s, "expected quoted string");
    /* In a legal escape only the character right after the backslash
     * can be a quote: read to the first quote after that. */
    buf_putc(&s->tok, '"');
    do {
        r = must_read_rune(s);
        put_rune(&s->tok, r);
        if (r == '\\')
            put_rune(&s->tok, must_read_rune(s));
    } while (r != '"');
    Buf q = s->tok;
    buf_init(&s->tok);
    bool ok = unquote(q.data, q.len, &s->tok);
    buf_free(&q);
    if (!ok)
        fail_with(s, FAIL_SYNTAX);
}

/* %x: pairs of hexadecimal digits, each a byte. */
static void hex_string(Scan *s)
{
    not_eof(s);
    for (;;) {
        int32_t r = get_rune(s);
        if (r == EOF_RUNE)
            break;
        int hi = hex_value(r);
        if (hi < 0) {
            unread_rune(s);
            break;
        }
        int lo = hex_value(must_read_rune(s));
        if (lo < 0)
            fail_text(s, "illegal hex digit");
        buf_putc(&s->tok, hi << 4 | lo);
    }
    if (s->tok.len == 0)
        fail_text(s, "no hex data for %%x string");
}

/* convertString: the token a string verb reads. */
static void convert_string(Scan *s, int32_t verb)
{
    ok_verb(s, verb, "svqxX", "string");
    skip_space(s);
    not_eof(s);
    if (verb == 'q')
        quoted_string(s);
    else if (verb == 'x' || verb == 'X')
        hex_string(s);
    else
        token(s, true);
}

/* ==== operands ======================================================== */

static int kind_bits(BcKind k)
{
    switch (k) {
    case BK_INT8: case BK_UINT8: return 8;
    case BK_INT16: case BK_UINT16: return 16;
    case BK_INT32: case BK_UINT32: case BK_FLOAT32: return 32;
    default: return 64;
    }
}

/* Stores v through the pointer an operand holds: a cell of class cls. */
static void store(Scan *s, const Iface *box, uint8_t cls, Value v)
{
    Cell *c = box->v.p;
    if (!c)
        fail_with(s, FAIL_NIL);
    if (c->h.kind != GC_CELL || c->cls != cls)
        fail_text(s, "can't scan type: %s", s->vm->types[box->type].name);
    *c->slot = v;
}

/* The token as a []byte of type t (a file's type index). */
static Value token_bytes(Scan *s, uint32_t t)
{
    Slice *b = nat_slice(s->vm, t, s->tok.len);
    for (size_t i = 0; i < s->tok.len; i++)
        slice_at(b, i)->u = s->tok.data[i];
    return (Value){.p = b};
}

/* scanOne: one operand, by the kind its pointer points to.  Go scans a
 * plain *int, *string ... by a type switch and a named type's pointer
 * by reflection, which differ in two ways kept here: only the plain
 * float pointers check the verb, and a nil named pointer is "can't
 * scan type" where a plain one is a nil dereference. */
static void scan_one(Scan *s, int32_t verb, const Iface *box)
{
    VM *vm = s->vm;
    const BcType *pt = &vm->types[box->type];
    const BcType *et = pt->elem < vm->ntypes ? &vm->types[pt->elem] : NULL;
    bool plain = et && et->name && !strchr(et->name, '.');
    BcKind k = et ? et->kind : BK_INVALID;
    bool bytes = k == BK_SLICE && et->elem < vm->ntypes && vm->types[et->elem].kind == BK_UINT8;
    bool scannable = k == BK_BOOL || (k >= BK_INT && k <= BK_FLOAT64) || k == BK_STRING || bytes;
    if (!scannable || (!plain && !box->v.p))
        fail_text(s, "can't scan type: %s", pt->name);
    int bits = kind_bits(k);
    if (k == BK_BOOL) {
        store(s, box, BC_SCALAR, (Value){.u = scan_bool(s, verb)});
    } else if (k >= BK_INT && k <= BK_INT64) {
        store(s, box, BC_SCALAR, (Value){.i = scan_int(s, verb, bits)});
    } else if (k >= BK_UINT && k <= BK_UINTPTR) {
        store(s, box, BC_SCALAR, (Value){.u = scan_uint(s, verb, bits)});
    } else if (k == BK_FLOAT32 || k == BK_FLOAT64) {
        if (plain)
            ok_verb(s, verb, "beEfFgGv", et->name);
        store(s, box, BC_SCALAR, (Value){.f = scan_float(s, bits)});
    } else {
        convert_string(s, verb);
        Value v = bytes ? token_bytes(s, pt->elem) : (Value){.p = nat_string(vm, (char *)s->tok.data, s->tok.len)};
        store(s, box, BC_REF, v);
    }
}

/* Operand i, an interface box, which stays alive while it is scanned
 * (the program's Read could drop the operand from the slice). */
static const Iface *operand(Scan *s, size_t i)
{
    const Iface *box = iface_box(s->vm, *slice_at(s->ops, i));
    if (!box)
        fail_panic(s, "reflect: call of reflect.Value.Type on zero Value");
    if (s->vm->types[box->type].kind != BK_POINTER)
        fail_text(s, "type not a pointer: %s", s->vm->types[box->type].name);
    gc_protect(s->vm, (void *)box);
    return box;
}

static void scan_operand(Scan *s, int32_t verb)
{
    s->tok.len = 0;
    const Iface *box = operand(s, (size_t)s->n);
    scan_one(s, verb, box);
    gc_unprotect(s->vm, 1);
    s->n++;
}

/* ==== Scan and Scanln ================================================= */

static void do_scan(Scan *s)
{
    size_t nops = slice_len(s->ops);
    while ((size_t)s->n < nops)
        scan_operand(s, 'v');
    if (!s->nl_is_end)
        return;
    /* Scanln: the operands end the line. */
    for (;;) {
        int32_t r = get_rune(s);
        if (r == '\n' || r == EOF_RUNE)
            break;
        if (!is_space(r))
            fail_text(s, "expected newline");
    }
}

/* ==== Scanf =========================================================== */

/* The rune at f[0..n) (U+FFFD and size 0 at the end). */
static int32_t format_rune(const unsigned char *f, size_t n, size_t *w)
{
    if (n == 0) {
        *w = 0;
        return 0xFFFD;
    }
    int32_t r = utf8_decode(f, n, w);
    return r == UTF8_INVALID ? 0xFFFD : r;
}

/* A run of space in the format: a newline in it matches spaces and a
 * newline (or the end) in the input; other space, one or more spaces
 * (or the end).  Returns the bytes of format it covered. */
static size_t advance_space(Scan *s, const unsigned char *f, size_t n)
{
    size_t i = 0, w;
    int newlines = 0;
    bool trailing = false;
    for (int32_t fc = format_rune(f, n, &w); is_space(fc) && i < n; fc = format_rune(f + i, n - i, &w)) {
        newlines += fc == '\n';
        trailing = fc != '\n';
        i += w;
    }
    for (int j = 0; j < newlines; j++) {
        int32_t c = get_rune(s);
        while (is_space(c) && c != '\n')
            c = get_rune(s);
        if (c != '\n' && c != EOF_RUNE)
            fail_text(s, "newline in format does not match input");
    }
    if (trailing) {
        int32_t c = get_rune(s);
        if (newlines == 0) {
            /* Space standing alone must find at least one space. */
            if (!is_space(c) && c != EOF_RUNE)
                fail_text(s, "expected space in input to match format");
            if (c == '\n')
                fail_text(s, "newline in input does not match format");
        }
        while (is_space(c) && c != '\n')
            c = get_rune(s);
        if (c != EOF_RUNE)
            unread_rune(s);
    }
    return i;
}

/* Go's advance: matches the format's literal text and space against
 * the input up to a verb.  Returns the bytes of format consumed, or -1
 * where the input does not match it. */
static long advance(Scan *s, const unsigned char *f, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t w;
        int32_t fc = format_rune(f + i, n - i, &w);
        if (is_space(fc)) {
            i += advance_space(s, f + i, n - i);
            continue;
        }
        if (fc == '%') {
            if (i + w == n)
                fail_text(s, "missing verb: %% at end of format string");
            size_t w2;
            if (format_rune(f + i + w, n - i - w, &w2) != '%')
                return (long)i;
            i += w;   /* %% is a literal % */
        }
        int32_t c = must_read_rune(s);
        if (c != fc) {
            unread_rune(s);
            return -1;
        }
        i += w;
    }
    return (long)i;
}

/* print.go's parsenum: a width in f[i..end). */
static size_t parse_width(const unsigned char *f, size_t *i, size_t end, bool *present)
{
    size_t num = 0;
    *present = false;
    if (*i >= end) {
        *i = end;
        return 0;
    }
    for (; *i < end && f[*i] >= '0' && f[*i] <= '9'; (*i)++) {
        if (num > 1000000) {
            *present = false;
            *i = end;
            return 0;
        }
        num = num * 10 + (f[*i] - '0');
        *present = true;
    }
    return num;
}

/* One verb at f[i] (just past its '%'); returns where the format goes on. */
static size_t scanf_verb(Scan *s, const unsigned char *f, size_t n, size_t i)
{
    bool present;
    size_t wid = parse_width(f, &i, n - 1, &present), w;
    if (!present)
        wid = HUGE_WID;
    int32_t c = format_rune(f + i, n - i, &w);
    i += w;
    if (c != 'c')
        skip_space(s);
    if (c == '%') {
        /* A literal percent (after a width: %5%). */
        skip_space(s);
        not_eof(s);
        if (!accept(s, "%"))
            fail_text(s, "missing literal %%");
        return i;
    }
    s->arg_limit = s->count + wid < HUGE_WID ? s->count + wid : HUGE_WID;
    if ((size_t)s->n >= slice_len(s->ops))
        fail_text(s, "too few operands for format '%%%.*s'", (int)(n - (i - w)), (const char *)f + i - w);
    scan_operand(s, c);
    s->arg_limit = HUGE_WID;
    return i;
}

static void do_scanf(Scan *s, const unsigned char *f, size_t n)
{
    for (size_t i = 0; i < n;) {
        long w = advance(s, f + i, n - i);
        if (w > 0) {
            i += (size_t)w;
            continue;
        }
        /* No verb here: the input does not match, or it ended. */
        if (f[i] != '%') {
            if (w < 0)
                fail_text(s, "input does not match format");
            break;
        }
        i = scanf_verb(s, f, n, i + 1);
    }
    if ((size_t)s->n < slice_len(s->ops))
        fail_text(s, "too many operands");
}

/* ==== the natives ===================================================== */

/* Go's error value for how the scan failed. */
static Value scan_error(VM *vm, Scan *s)
{
    switch (s->fail) {
    case FAIL_EOF: return nat_sentinel(vm, SENT_IO_EOF);
    case FAIL_UNEXPECTED: return nat_sentinel(vm, SENT_IO_UNEXPECTED_EOF);
    case FAIL_SYNTAX: return nat_sentinel(vm, SENT_STRCONV_SYNTAX);
    case FAIL_VALUE: return s->err;
    case FAIL_NUM: break;
    default: return nat_error(vm, (const char *)s->msg.data, s->msg.len);
    }
    /* A *strconv.NumError{Func, Num, Err}, as strconv's parsers make. */
    const BcType *pt = &vm->types[vm->t_num_error];
    Agg *e = agg_zero(vm, &vm->types[pt->elem]);
    gc_protect(vm, e);
    e->v[0].p = nat_string(vm, s->num_func, strlen(s->num_func));
    e->v[1].p = nat_string(vm, (const char *)s->msg.data, s->msg.len);
    e->v[2] = nat_sentinel(vm, s->num_range ? SENT_STRCONV_RANGE : SENT_STRCONV_SYNTAX);
    Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
    gc_unprotect(vm, 1);
    box->type = vm->t_num_error;
    box->v.p = e;
    return (Value){.p = box};
}

/* Runs the scan; false if it failed (s->fail says how).  The state is
 * the caller's, not this function's, so longjmp leaves it intact. */
static bool run_scan(Scan *s, const GoString *format)
{
    size_t protected = s->vm->nprotect;
    if (setjmp(s->jump)) {
        gc_unprotect(s->vm, s->vm->nprotect - protected);
        return false;
    }
    if (format)
        do_scanf(s, (const unsigned char *)str_ptr(format), str_len(format));
    else
        do_scan(s);
    return true;
}

enum ScanMode { MODE_SCAN, MODE_SCANLN, MODE_SCANF };

/* Scans the operands (the last argument) from in, with the format
 * before them for Scanf; results n and err. */
static int scan_native(VM *vm, size_t at, uint32_t nargs, Input *in, enum ScanMode mode)
{
    Scan s = {.vm = vm, .in = *in, .arg_limit = HUGE_WID};
    s.nl_is_space = mode == MODE_SCAN;
    s.nl_is_end = mode == MODE_SCANLN;
    s.ops = slice_of(ARG(nargs - 1).p, BC_REF) ? ARG(nargs - 1).p : NULL;
    buf_init(&s.tok);
    buf_init(&s.msg);
    bool ok = run_scan(&s, mode == MODE_SCANF ? ARG(nargs - 2).p : NULL);
    in_finish(&s.in);
    buf_free(&s.tok);
    int st = 0;
    RES(0).i = s.n;
    RES(1).p = NULL;
    if (!ok && s.fail == FAIL_STATUS)
        st = s.status;
    else if (!ok && s.fail == FAIL_NIL)
        st = nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    else if (!ok && s.fail == FAIL_PANIC)
        st = nat_panic(vm, "%s", (const char *)s.msg.data);
    else if (!ok)
        RES(1) = scan_error(vm, &s);
    buf_free(&s.msg);
    return st;
}

/* A method of the reader's dynamic type with one parameter (its
 * receiver) and these results, or BC_NO_FUNC. */
static uint32_t reader_method(VM *vm, const Iface *box, const char *name, const char *results)
{
    uint32_t m = vm_method_named(vm, name);
    uint32_t f = box && m != UINT32_MAX ? vm_method(vm, box->type, m) : BC_NO_FUNC;
    return f != BC_NO_FUNC && vm_func_fits(vm, f, 1, results) ? f : BC_NO_FUNC;
}

/* The input an io.Reader gives: an *os.File by its descriptor, an
 * io.RuneScanner by its methods, any other by Read. */
static Input reader_input(VM *vm, Value r)
{
    Input in = {.kind = IN_READER, .reader = r};
    buf_init(&in.got);
    const Iface *box = iface_box(vm, r);
    in.read_rune = reader_method(vm, box, "ReadRune", "RRP");
    in.unread_rune = reader_method(vm, box, "UnreadRune", "P");
    /* A file by its descriptor; an embedded one (descriptor -2), a
     * closed one and the sandbox's by its Read method, which os handles. */
    if (box && strcmp(vm->types[box->type].name, "*os.File") == 0 && agg_arg(box->v, 4) &&
        ((Agg *)box->v.p)->v[0].i >= 0 && !(vm->no_files && ((Agg *)box->v.p)->v[0].i > 2)) {
        struct stat sb;
        in.kind = IN_FD;
        in.fd = (int)((Agg *)box->v.p)->v[0].i;
        in.seekable = fstat(in.fd, &sb) == 0 && S_ISREG(sb.st_mode);
    } else if (in.read_rune != BC_NO_FUNC && in.unread_rune != BC_NO_FUNC) {
        in.kind = IN_RUNES;
    }
    return in;
}

static Input stdin_input(void)
{
    Input in = {.kind = IN_FD, .fd = 0};
    struct stat sb;
    buf_init(&in.got);
    in.seekable = fstat(0, &sb) == 0 && S_ISREG(sb.st_mode);
    return in;
}

static Input string_input(Value str)
{
    Input in = {.kind = IN_STRING, .data = (const unsigned char *)str_ptr(str.p), .len = str_len(str.p)};
    buf_init(&in.got);
    return in;
}

static int fmt_scan(VM *vm, size_t at, uint32_t nargs)
{
    Input in = stdin_input();
    return scan_native(vm, at, nargs, &in, MODE_SCAN);
}

static int fmt_scanln(VM *vm, size_t at, uint32_t nargs)
{
    Input in = stdin_input();
    return scan_native(vm, at, nargs, &in, MODE_SCANLN);
}

static int fmt_scanf(VM *vm, size_t at, uint32_t nargs)
{
    Input in = stdin_input();
    return scan_native(vm, at, nargs, &in, MODE_SCANF);
}

static int fmt_sscan(VM *vm, size_t at, uint32_t nargs)
{
    Input in = string_input(ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCAN);
}

static int fmt_sscanln(VM *vm, size_t at, uint32_t nargs)
{
    Input in = string_input(ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCANLN);
}

static int fmt_sscanf(VM *vm, size_t at, uint32_t nargs)
{
    Input in = string_input(ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCANF);
}

static int fmt_fscan(VM *vm, size_t at, uint32_t nargs)
{
    Input in = reader_input(vm, ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCAN);
}

static int fmt_fscanln(VM *vm, size_t at, uint32_t nargs)
{
    Input in = reader_input(vm, ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCANLN);
}

static int fmt_fscanf(VM *vm, size_t at, uint32_t nargs)
{
    Input in = reader_input(vm, ARG(0));
    return scan_native(vm, at, nargs, &in, MODE_SCANF);
}

const NativeDef natives_scan[] = {
    {"fmt.Scan", "P", "RP", fmt_scan},
    {"fmt.Scanln", "P", "RP", fmt_scanln},
    {"fmt.Scanf", "PP", "RP", fmt_scanf},
    {"fmt.Sscan", "PP", "RP", fmt_sscan},
    {"fmt.Sscanln", "PP", "RP", fmt_sscanln},
    {"fmt.Sscanf", "PPP", "RP", fmt_sscanf},
    {"fmt.Fscan", "PP", "RP", fmt_fscan},
    {"fmt.Fscanln", "PP", "RP", fmt_fscanln},
    {"fmt.Fscanf", "PPP", "RP", fmt_fscanf},
    {NULL, NULL, NULL, NULL},
};
