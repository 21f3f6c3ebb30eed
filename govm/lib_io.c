/* lib_io.c - input and output: fmt's Fprint family, bufio (Scanner,
 * Reader, Writer) and strings.Reader (os's files are lib_os.c's).
 *
 * A reader or writer is an interface value.  Those govm knows (an
 * *os.File, a *strings.Reader, a *bufio.Writer) are read and written
 * directly; any other is called through its Read or Write method.  The
 * state of a Scanner, Reader, Writer or strings.Reader is an IoState
 * object in the struct's first field. */
#include "natives.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "utf8.h"

enum { SPLIT_LINES, SPLIT_WORDS, SPLIT_RUNES, SPLIT_BYTES, SPLIT_FUNC };

/* ==== io states ======================================================= */

static IoState *io_state(VM *vm, Value obj, bool make)
{
    Agg *o = obj.p;
    if (!o || o->h.kind != GC_AGG || o->n < 1 || agg_cls(o, 0) != BC_REF)
        return NULL;
    if (!o->v[0].p && make) {
        gc_protect(vm, o);
        IoState *st = gc_alloc(vm, GC_IOSTATE, sizeof *st);
        gc_unprotect(vm, 1);
        buf_init(&st->buf);
        buf_init(&st->token);
        /* Never NULL, so st->buf.data + st->pos is always defined. */
        buf_reserve(&st->buf, 16);
        o->v[0].p = st;
    }
    IoState *st = o->v[0].p;
    return st && st->h.kind == GC_IOSTATE ? st : NULL;
}

static const char *type_name_of(const VM *vm, Value iface)
{
    const Iface *box = iface_box(vm, iface);
    return box ? vm->types[box->type].name : "";
}

/* Calls w.Write(p) or r.Read(p) through the interface, with a new
 * []byte of n bytes (filled from src for Write).  *got: Read's count. */
static int call_rw(VM *vm, Value iface, uint32_t m, const char *src, size_t n, Buf *into, size_t *got)
{
    const Iface *box = iface_box(vm, iface);
    uint32_t f = box ? vm_method(vm, box->type, m) : BC_NO_FUNC;
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 2, "RP"))
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    uint32_t st = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    Slice *s = nat_slice(vm, st, n);
    for (size_t i = 0; src && i < n; i++)
        slice_at(s, i)->u = (unsigned char)src[i];
    Value args[2] = {box->v, {.p = s}}, res[2];
    gc_protect(vm, s);
    int r = vm_call(vm, f, args, 2, res, 2);
    gc_unprotect(vm, 1);
    if (r != 0)
        return r;
    if (into && res[0].i > 0) {
        size_t k = (size_t)res[0].i < n ? (size_t)res[0].i : n;
        for (size_t i = 0; i < k; i++)
            buf_putc(into, (char)slice_at(s, i)->u);
        *got = k;
    } else if (got) {
        *got = 0;
    }
    if (res[1].p) {
        /* An error; for a reader, io.EOF and others end the input. */
        if (got && *got == 0)
            *got = SIZE_MAX;
    }
    return 0;
}

static int writer_write(VM *vm, Value wobj, const char *p, size_t n, size_t *wrote, Value *err);

/* Writes bytes to the io.Writer w. */
int nat_write(VM *vm, Value w, const char *p, size_t n)
{
    const char *tn = type_name_of(vm, w);
    const Iface *box = iface_box(vm, w);
    Value err;
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 4)) {
        nat_file_write(vm, box->v.p, p, n, &err);
        return 0;
    }
    if (strcmp(tn, "*bufio.Writer") == 0 && agg_arg(box->v, 2)) {
        size_t wrote;
        return writer_write(vm, box->v, p, n, &wrote, &err);
    }
    return call_rw(vm, w, vm->m_write, p, n, NULL, NULL);
}

/* Reads more input from the io.Reader r into st->buf; sets st->eof at
 * the end. */
static int read_more(VM *vm, IoState *st)
{
    if (st->eof)
        return 0;
    const char *tn = type_name_of(vm, st->target);
    const Iface *box = iface_box(vm, st->target);
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 4)) {
        /* Through os's reader: a closed file, an embedded one and the
         * sandbox are its to handle.  An error ends the input, as EOF. */
        Value err;
        if (nat_file_read(vm, box->v.p, 65536, &st->buf, &err) <= 0)
            st->eof = true;
        return 0;
    }
    if (strcmp(tn, "*strings.Reader") == 0) {
        IoState *sr = io_state(vm, box->v, false);
        if (!sr || sr->pos >= sr->buf.len) {
            st->eof = true;
            return 0;
        }
        buf_append(&st->buf, sr->buf.data + sr->pos, sr->buf.len - sr->pos);
        sr->pos = sr->buf.len;
        return 0;
    }
    size_t got;
    int r = call_rw(vm, st->target, vm->m_read, NULL, 4096, &st->buf, &got);
    if (r != 0)
        return r;
    if (got == SIZE_MAX)
        st->eof = true;
    return 0;
}

/* ==== fmt.Fprint ====================================================== */

static int fprint_common(VM *vm, size_t at, uint32_t nargs, int kind)
{
    Value w = ARG(0);
    Slice *a = kind == 2 ? ARG(2).p : ARG(1).p;
    size_t n = slice_len(a);
    Value *vs = xmalloc((n ? n : 1) * sizeof *vs);
    for (size_t i = 0; i < n; i++)
        vs[i] = *slice_at(a, i);
    Buf b;
    buf_init(&b);
    int st;
    if (kind == 2) {
        GoString *f = ARG(1).p;
        st = fmt_sprintf(vm, &b, str_ptr(f), str_len(f), vs, n, false);
    } else {
        st = fmt_sprint(vm, &b, vs, n, kind == 1);
    }
    free(vs);
    if (st == 0)
        st = nat_write(vm, w, (const char *)b.data, b.len);
    if (st == 0) {
        RES(0).i = (int64_t)b.len;
        RES(1).p = NULL;
    }
    buf_free(&b);
    return st;
}

static int fmt_fprint(VM *vm, size_t at, uint32_t nargs) { return fprint_common(vm, at, nargs, 0); }
static int fmt_fprintln(VM *vm, size_t at, uint32_t nargs) { return fprint_common(vm, at, nargs, 1); }
static int fmt_fprintf(VM *vm, size_t at, uint32_t nargs) { return fprint_common(vm, at, nargs, 2); }

/* ==== bufio =========================================================== */

/* Which of bufio's split functions a function value is: gocodegen
 * makes a wrapper that calls the native by name. */
static int split_kind(VM *vm, const Closure *c)
{
    const BcFunc *f = &vm->code->funcs[c->fn];
    for (uint32_t pc = 0; pc < f->ncode; pc++)
        if (instr_op(f->code[pc]) == OP_CALLNATIVE) {
            const char *n = vm->code->natives[instr_c(f->code[pc])];
            if (strcmp(n, "bufio.ScanLines") == 0) return SPLIT_LINES;
            if (strcmp(n, "bufio.ScanWords") == 0) return SPLIT_WORDS;
            if (strcmp(n, "bufio.ScanRunes") == 0) return SPLIT_RUNES;
            if (strcmp(n, "bufio.ScanBytes") == 0) return SPLIT_BYTES;
        }
    return SPLIT_FUNC;
}

/* A new *bufio.Scanner (its struct from the file's types) around target. */
static int new_io(VM *vm, size_t at, uint32_t nargs, const char *struct_name)
{
    static const uint8_t ref[] = {BC_REF};
    uint32_t t = nat_struct_type(vm, struct_name, 1, ref);
    Agg *o = agg_new(vm, &vm->types[t], vm->types[t].nfields);
    gc_protect(vm, o);
    IoState *st = io_state(vm, (Value){.p = o}, true);
    gc_unprotect(vm, 1);
    st->target = ARG(0);
    st->split_kind = SPLIT_LINES;
    RES(0).p = o;
    return 0;
}

static int b_new_scanner(VM *vm, size_t at, uint32_t nargs) { return new_io(vm, at, nargs, "bufio.Scanner"); }

static bool is_space_rune(int32_t r)
{
    return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0 || r == 0x2028 || r == 0x2029 ||
           r == 0x3000 || (r >= 0x2000 && r <= 0x200A);
}

/* The next token of st->buf from st->pos by its split rule, when the
 * input has enough (or ended): true with the token in st->token. */
static bool next_token(IoState *st)
{
    size_t n = st->buf.len - st->pos;
    const char *d = n ? (const char *)st->buf.data + st->pos : "";
    st->token.len = 0;
    switch (st->split_kind) {
    case SPLIT_LINES: {
        const char *nl = memchr(d, '\n', n);
        if (!nl && !(st->eof && n > 0))
            return false;
        size_t len = nl ? (size_t)(nl - d) : n;
        buf_append(&st->token, d, len > 0 && d[len - 1] == '\r' ? len - 1 : len);
        st->pos += nl ? len + 1 : len;
        return true;
    }
    case SPLIT_WORDS: {
        size_t i = 0;
        while (i < n) {
            size_t sz;
            int32_t r = utf8_decode((const unsigned char *)d + i, n - i, &sz);
            if (!is_space_rune(r))
                break;
            i += sz;
        }
        size_t start = i;
        while (i < n) {
            size_t sz;
            int32_t r = utf8_decode((const unsigned char *)d + i, n - i, &sz);
            if (is_space_rune(r)) {
                buf_append(&st->token, d + start, i - start);
                st->pos += i + sz;
                return true;
            }
            i += sz;
        }
        if (st->eof && i > start) {
            buf_append(&st->token, d + start, i - start);
            st->pos += i;
            return true;
        }
        if (st->eof)
            st->pos += i;
        return false;
    }
    case SPLIT_RUNES: {
        if (n == 0)
            return false;
        size_t sz;
        int32_t r = utf8_decode((const unsigned char *)d, n, &sz);
        if (r == UTF8_INVALID && !st->eof && n < 4)
            return false;
        if (r == UTF8_INVALID)
            buf_puts(&st->token, "\xEF\xBF\xBD");
        else
            buf_append(&st->token, d, sz);
        st->pos += sz;
        return true;
    }
    default:
        if (n == 0)
            return false;
        buf_append(&st->token, d, 1);
        st->pos++;
        return true;
    }
}

static int sc_scan(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).u = 0;
    if (!st || st->done)
        return 0;
    if (st->split_kind == SPLIT_FUNC)
        return nat_panic(vm, "govm: bufio.Scanner with a split function of the program's own is not provided");
    for (;;) {
        if (next_token(st)) {
            RES(0).u = 1;
            return 0;
        }
        if (st->eof) {
            st->done = true;
            return 0;
        }
        /* Drop what was consumed, then read more. */
        if (st->pos) {
            memmove(st->buf.data, st->buf.data + st->pos, st->buf.len - st->pos);
            st->buf.len -= st->pos;
            st->pos = 0;
        }
        int r = read_more(vm, st);
        if (r != 0)
            return r;
        st = io_state(vm, ARG(0), false);
    }
}

static int sc_text(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).p = st ? nat_string(vm, (const char *)st->token.data, st->token.len) : NULL;
    return 0;
}

static int sc_bytes(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    size_t n = st ? st->token.len : 0;
    uint32_t t = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    Slice *s = nat_slice(vm, t, n);
    st = io_state(vm, ARG(0), false);
    for (size_t i = 0; i < n; i++)
        slice_at(s, i)->u = st->token.data[i];
    RES(0).p = s;
    return 0;
}

static int sc_err(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0) = st ? st->err : (Value){0};
    return 0;
}

static int sc_split(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    IoState *st = io_state(vm, ARG(0), false);
    Closure *c = ARG(1).p;
    if (st && c)
        st->split_kind = (uint8_t)split_kind(vm, c);
    return 0;
}

static int sc_buffer(VM *vm, size_t at, uint32_t nargs)
{
    (void)vm, (void)at, (void)nargs;   /* govm's buffer grows as needed */
    return 0;
}


/* The split functions as values are only recognised (sc_split); called
 * directly, they are not provided. */
static int sc_split_fn(VM *vm, size_t at, uint32_t nargs)
{
    (void)at, (void)nargs;
    return nat_panic(vm, "govm: calling bufio's split functions directly is not provided");
}

/* ==== bufio.Reader ==================================================== */

/* A *bufio.Reader is {impl, size, lastByte, lastRuneSize}
 * (stdlib/bufio): its IoState's buf holds the buffered bytes, the
 * unread ones from pos, and err the error the underlying reader gave,
 * which the next read returns (Go's b.err); size is the buffer's, and
 * lastByte and lastRuneSize what UnreadByte and UnreadRune may undo
 * (-1: nothing).  Each method does what Go's does, filling the buffer
 * by the same reads of the underlying reader. */
enum { RD_SIZE = 1, RD_LAST_BYTE, RD_LAST_RUNE_SIZE, RD_NFIELDS };

static Agg *reader_arg(VM *vm, Value v, IoState **st)
{
    Agg *o = agg_arg(v, RD_NFIELDS);
    *st = o ? io_state(vm, v, false) : NULL;
    return *st ? o : NULL;
}

static int nil_deref(VM *vm)
{
    return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
}

/* Appends to st->buf, counting what its buffer grows by in the heap. */
static void state_append(VM *vm, IoState *st, const void *p, size_t n)
{
    size_t before = st->buf.cap;
    buf_append(&st->buf, p, n);
    if (st->buf.cap > before)
        gc_account(vm, &st->h, st->buf.cap - before);
}

/* Takes the pending error (Go's readErr). */
static Value read_err(IoState *st)
{
    Value e = st->err;
    st->err.p = NULL;
    return e;
}

/* A new []byte holding n bytes (zeros if p is NULL). */
static Slice *bytes_value(VM *vm, const unsigned char *p, size_t n)
{
    Slice *s = nat_slice(vm, nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8)), n);
    for (size_t i = 0; p && i < n; i++)
        slice_at(s, i)->u = p[i];
    return s;
}

/* r.Read(p) through r's Read method, with a new []byte of n bytes;
 * what it read is appended to st->buf. */
static int call_read(VM *vm, IoState *st, size_t n, size_t *got, Value *err)
{
    const Iface *box = iface_box(vm, st->target);
    uint32_t f = box ? vm_method(vm, box->type, vm->m_read) : BC_NO_FUNC;
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 2, "RP"))
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    Slice *s = bytes_value(vm, NULL, n);
    Value args[2] = {box->v, {.p = s}}, res[2];
    gc_protect(vm, s);
    int r = vm_call(vm, f, args, 2, res, 2);
    gc_unprotect(vm, 1);
    if (r != 0)
        return r;
    if (res[0].i < 0)
        return nat_panic(vm, "bufio: reader returned negative count from Read");
    size_t k = (size_t)res[0].i < n ? (size_t)res[0].i : n;
    unsigned char *tmp = xmalloc(k ? k : 1);
    for (size_t i = 0; i < k; i++)
        tmp[i] = (unsigned char)slice_at(s, i)->u;
    state_append(vm, st, tmp, k);
    free(tmp);
    *got = k;
    *err = res[1];
    return 0;
}

/* One Read of at most n bytes from the underlying reader, appended to
 * st->buf: an *os.File or *strings.Reader read here, any other reader
 * through its method.  *err: the error it returned. */
static int read_once(VM *vm, IoState *st, size_t n, size_t *got, Value *err)
{
    const char *tn = type_name_of(vm, st->target);
    const Iface *box = iface_box(vm, st->target);
    *got = 0;
    err->p = NULL;
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 4)) {
        size_t before = st->buf.cap;
        int k = nat_file_read(vm, box->v.p, n, &st->buf, err);
        if (st->buf.cap > before)
            gc_account(vm, &st->h, st->buf.cap - before);
        *got = (size_t)k;
        return 0;
    }
    if (strcmp(tn, "*strings.Reader") == 0) {
        IoState *sr = io_state(vm, box->v, false);
        size_t left = sr && sr->pos < sr->buf.len ? sr->buf.len - sr->pos : 0, k = n < left ? n : left;
        if (left == 0) {
            *err = nat_sentinel(vm, SENT_IO_EOF);
            return 0;
        }
        state_append(vm, st, sr->buf.data + sr->pos, k);
        sr->pos += k;
        sr->prev_rune = 0;
        *got = k;
        return 0;
    }
    return call_read(vm, st, n, got, err);
}

/* Go's fill: moves the unread bytes to the front, then reads once into
 * the room left (again, up to 100 times, while a read gives nothing
 * and no error), keeping the error for the next read. */
static int reader_fill(VM *vm, Agg *o, IoState *st)
{
    size_t size = (size_t)o->v[RD_SIZE].i;
    if (st->pos > 0) {
        memmove(st->buf.data, st->buf.data + st->pos, st->buf.len - st->pos);
        st->buf.len -= st->pos;
        st->pos = 0;
    }
    if (st->buf.len >= size)
        return 0;   /* full: fmt.Fscan may have read ahead into it */
    for (int tries = 100; tries > 0; tries--) {
        size_t got;
        Value err;
        int r = read_once(vm, st, size - st->buf.len, &got, &err);
        if (r != 0)
            return r;
        if (err.p) {
            st->err = err;
            return 0;
        }
        if (got > 0)
            return 0;
    }
    st->err = nat_error(vm, "multiple Read calls return no data or error", 43);
    return 0;
}

/* NewReader and NewReaderSize: rd itself if it is a *bufio.Reader that
 * large already; the buffer holds at least 16 bytes. */
static int new_reader(VM *vm, size_t at, uint32_t nargs, int64_t size)
{
    const Iface *box = iface_box(vm, ARG(0));
    if (box && strcmp(vm->types[box->type].name, "*bufio.Reader") == 0) {
        Agg *b = agg_arg(box->v, RD_NFIELDS);
        if (b && b->v[RD_SIZE].i >= size) {
            RES(0).p = b;
            return 0;
        }
    }
    static const uint8_t cls[] = {BC_REF, BC_SCALAR, BC_SCALAR, BC_SCALAR};
    uint32_t t = nat_struct_type(vm, "bufio.Reader", RD_NFIELDS, cls);
    Agg *o = agg_new(vm, &vm->types[t], RD_NFIELDS);
    gc_protect(vm, o);
    IoState *st = io_state(vm, (Value){.p = o}, true);
    gc_unprotect(vm, 1);
    st->target = ARG(0);
    o->v[RD_SIZE].i = size < 16 ? 16 : size;
    o->v[RD_LAST_BYTE].i = -1;
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    RES(0).p = o;
    return 0;
}

static int b_new_reader(VM *vm, size_t at, uint32_t nargs) { return new_reader(vm, at, nargs, 4096); }
static int b_new_reader_size(VM *vm, size_t at, uint32_t nargs) { return new_reader(vm, at, nargs, ARG(1).i); }

/* Read: what is buffered, or one read of the underlying reader (into p
 * itself when p is at least as large as the buffer). */
static int rd_read(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0, size = (size_t)o->v[RD_SIZE].i;
    RES(0).i = 0;
    RES(1).p = NULL;
    if (n == 0) {
        if (st->pos == st->buf.len)
            RES(1) = read_err(st);
        return 0;
    }
    if (st->pos == st->buf.len) {
        if (st->err.p) {
            RES(1) = read_err(st);
            return 0;
        }
        st->pos = st->buf.len = 0;
        size_t got;
        Value err;
        int r = read_once(vm, st, n >= size ? n : size, &got, &err);
        if (r != 0)
            return r;
        st->err = err;
        if (n >= size) {
            /* Straight into p: nothing stays buffered. */
            for (size_t i = 0; i < got; i++)
                slice_at(ARG(1).p, i)->u = st->buf.data[i];
            if (got > 0) {
                o->v[RD_LAST_BYTE].i = st->buf.data[got - 1];
                o->v[RD_LAST_RUNE_SIZE].i = -1;
            }
            st->buf.len = 0;
            RES(0).i = (int64_t)got;
            RES(1) = read_err(st);
            return 0;
        }
        if (got == 0) {
            RES(1) = read_err(st);
            return 0;
        }
    }
    size_t k = st->buf.len - st->pos < n ? st->buf.len - st->pos : n;
    for (size_t i = 0; i < k; i++)
        slice_at(ARG(1).p, i)->u = st->buf.data[st->pos + i];
    st->pos += k;
    o->v[RD_LAST_BYTE].i = st->buf.data[st->pos - 1];
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    RES(0).i = (int64_t)k;
    return 0;
}

static int rd_read_byte(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    RES(0).u = 0;
    RES(1).p = NULL;
    while (st->pos == st->buf.len) {
        if (st->err.p) {
            RES(1) = read_err(st);
            return 0;
        }
        int r = reader_fill(vm, o, st);
        if (r != 0)
            return r;
    }
    unsigned char c = st->buf.data[st->pos++];
    o->v[RD_LAST_BYTE].i = c;
    RES(0).u = c;
    return 0;
}

/* UnreadByte: the last byte read goes back, if the last call read one. */
static int rd_unread_byte(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    RES(0).p = NULL;
    if (o->v[RD_LAST_BYTE].i < 0 || (st->pos == 0 && st->buf.len > 0)) {
        RES(0) = nat_sentinel(vm, SENT_BUFIO_INVALID_UNREAD_BYTE);
        return 0;
    }
    unsigned char c = (unsigned char)o->v[RD_LAST_BYTE].i;
    if (st->pos > 0)
        st->buf.data[--st->pos] = c;
    else
        state_append(vm, st, &c, 1);   /* the buffer was empty */
    o->v[RD_LAST_BYTE].i = -1;
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    return 0;
}

/* Whether p[0..n) begins with a whole UTF-8 sequence, or bytes that can
 * only decode as an error (utf8.FullRune). */
static bool full_rune(const unsigned char *p, size_t n)
{
    if (n == 0)
        return false;
    unsigned char c = p[0];
    size_t need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    if (n >= need)
        return true;
    unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (p[1] < lo || p[1] > hi))
        return true;
    return n > 2 && (p[2] < 0x80 || p[2] > 0xBF);
}

static int rd_read_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    size_t size = (size_t)o->v[RD_SIZE].i;
    while (st->pos + 4 > st->buf.len && !full_rune(st->buf.data + st->pos, st->buf.len - st->pos) &&
           !st->err.p && st->buf.len - st->pos < size) {
        int r = reader_fill(vm, o, st);
        if (r != 0)
            return r;
    }
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    RES(0).i = 0;
    RES(1).i = 0;
    RES(2).p = NULL;
    if (st->pos == st->buf.len) {
        RES(2) = read_err(st);
        return 0;
    }
    size_t sz = 1;
    int32_t r = st->buf.data[st->pos];
    if (r >= 0x80) {
        r = utf8_decode(st->buf.data + st->pos, st->buf.len - st->pos, &sz);
        if (r == UTF8_INVALID)
            r = 0xFFFD;
    }
    st->pos += sz;
    o->v[RD_LAST_BYTE].i = st->buf.data[st->pos - 1];
    o->v[RD_LAST_RUNE_SIZE].i = (int64_t)sz;
    RES(0).i = r;
    RES(1).i = (int64_t)sz;
    return 0;
}

static int rd_unread_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    RES(0).p = NULL;
    int64_t last = o->v[RD_LAST_RUNE_SIZE].i;
    if (last < 0 || st->pos < (size_t)last) {
        RES(0) = nat_sentinel(vm, SENT_BUFIO_INVALID_UNREAD_RUNE);
        return 0;
    }
    st->pos -= (size_t)last;
    o->v[RD_LAST_BYTE].i = -1;
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    return 0;
}

static int rd_buffered(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    RES(0).i = (int64_t)(st->buf.len - st->pos);
    return 0;
}

/* Peek(n): the next n bytes, not consumed; fewer with the error that
 * stopped them (ErrBufferFull if n is more than the buffer holds). */
static int rd_peek(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    int64_t n = ARG(1).i, size = o->v[RD_SIZE].i;
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (n < 0) {
        RES(1) = nat_sentinel(vm, SENT_BUFIO_NEGATIVE_COUNT);
        return 0;
    }
    o->v[RD_LAST_BYTE].i = -1;
    o->v[RD_LAST_RUNE_SIZE].i = -1;
    while ((int64_t)(st->buf.len - st->pos) < n && (int64_t)(st->buf.len - st->pos) < size && !st->err.p) {
        int r = reader_fill(vm, o, st);
        if (r != 0)
            return r;
    }
    int64_t avail = (int64_t)(st->buf.len - st->pos);
    if (n > size) {
        n = avail;
        RES(1) = nat_sentinel(vm, SENT_BUFIO_BUFFER_FULL);
    } else if (avail < n) {
        n = avail;
        RES(1) = read_err(st);
        if (!RES(1).p)
            RES(1) = nat_sentinel(vm, SENT_BUFIO_BUFFER_FULL);
    }
    RES(0).p = bytes_value(vm, st->buf.data + st->pos, (size_t)n);
    return 0;
}

enum { SLICE_FOUND, SLICE_FULL, SLICE_ERR };

/* Go's ReadSlice: the bytes up to and including delim, at
 * st->buf[*start, *start + *len) until the buffer is next filled;
 * SLICE_FULL if the buffer filled first (all of it is returned),
 * SLICE_ERR if the input ended (the rest is returned, the error is
 * pending). */
static int read_slice(VM *vm, Agg *o, IoState *st, unsigned char delim, size_t *start, size_t *len, int *how)
{
    size_t from = 0, size = (size_t)o->v[RD_SIZE].i;
    for (;;) {
        size_t n = st->buf.len - st->pos;
        const unsigned char *d = st->buf.data + st->pos;
        const unsigned char *hit = n > from ? memchr(d + from, delim, n - from) : NULL;
        *start = st->pos;
        if (hit) {
            *len = (size_t)(hit - d) + 1;
            *how = SLICE_FOUND;
            break;
        }
        if (st->err.p || n >= size) {
            *len = n;
            *how = st->err.p ? SLICE_ERR : SLICE_FULL;
            break;
        }
        from = n;   /* what was searched stays searched */
        int r = reader_fill(vm, o, st);
        if (r != 0)
            return r;
    }
    st->pos += *len;
    if (*len > 0) {
        o->v[RD_LAST_BYTE].i = st->buf.data[*start + *len - 1];
        o->v[RD_LAST_RUNE_SIZE].i = -1;
    }
    return 0;
}

/* ReadBytes and ReadString: ReadSlice until delim, whatever the buffer's
 * size, into out; *err: the error that ended the input first. */
static int read_until(VM *vm, Agg *o, IoState *st, unsigned char delim, Buf *out, Value *err)
{
    err->p = NULL;
    for (;;) {
        size_t start, len;
        int how;
        int r = read_slice(vm, o, st, delim, &start, &len, &how);
        if (r != 0)
            return r;
        buf_append(out, st->buf.data + start, len);
        if (how != SLICE_FULL) {
            if (how == SLICE_ERR)
                *err = read_err(st);
            return 0;
        }
    }
}

static int read_delim(VM *vm, size_t at, uint32_t nargs, bool as_string)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    Buf b;
    buf_init(&b);
    Value err;
    int r = read_until(vm, o, st, (unsigned char)ARG(1).u, &b, &err);
    if (r == 0) {
        RES(1) = err;   /* kept alive there while the result is made */
        RES(0).p = as_string ? (void *)nat_string(vm, (const char *)b.data, b.len) : (void *)bytes_value(vm, b.data, b.len);
    }
    buf_free(&b);
    return r;
}

static int rd_read_string(VM *vm, size_t at, uint32_t nargs) { return read_delim(vm, at, nargs, true); }
static int rd_read_bytes(VM *vm, size_t at, uint32_t nargs) { return read_delim(vm, at, nargs, false); }

/* ReadLine: a line without its "\n" or "\r\n"; isPrefix when the line
 * is longer than the buffer (the rest comes next). */
static int rd_read_line(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st;
    Agg *o = reader_arg(vm, ARG(0), &st);
    if (!o)
        return nil_deref(vm);
    size_t start, len;
    int how;
    int r = read_slice(vm, o, st, '\n', &start, &len, &how);
    if (r != 0)
        return r;
    RES(0).p = NULL;
    RES(1).u = 0;
    RES(2).p = NULL;
    const unsigned char *d = st->buf.data + start;
    if (how == SLICE_FULL) {
        /* A "\r\n" across the end of the buffer: the '\r' waits. */
        if (len > 0 && d[len - 1] == '\r') {
            st->pos--;
            len--;
        }
        RES(1).u = 1;
    } else if (len == 0) {
        RES(2) = how == SLICE_ERR ? read_err(st) : (Value){0};
        return 0;
    } else {
        if (how == SLICE_ERR)
            read_err(st);   /* a last line without "\n": its error comes with the next call */
        if (d[len - 1] == '\n')
            len -= len > 1 && d[len - 2] == '\r' ? 2 : 1;
    }
    RES(0).p = bytes_value(vm, d, len);
    return 0;
}

/* ==== bufio.Writer ==================================================== */

/* A *bufio.Writer is {impl, size}: its IoState's buf holds the bytes
 * waiting (Go's b.buf[:b.n]) and err the first error writing them met,
 * which every later call returns (Go's b.err).  As Go's, a write that
 * fills the buffer flushes it, and one larger than the buffer while it
 * is empty goes straight to the underlying writer. */
enum { WR_SIZE = 1, WR_NFIELDS };

static IoState *writer_arg(VM *vm, Value v, size_t *size)
{
    Agg *o = agg_arg(v, WR_NFIELDS);
    IoState *st = o ? io_state(vm, v, true) : NULL;
    *size = st && o->v[WR_SIZE].i > 0 ? (size_t)o->v[WR_SIZE].i : 0;
    return st;
}

static size_t available(const IoState *st, size_t size)
{
    return size > st->buf.len ? size - st->buf.len : 0;
}

static int writer_write(VM *vm, Value wobj, const char *p, size_t n, size_t *wrote, Value *err);

/* One Write of p[0..n) to the underlying writer w: *wrote what it took
 * and *err its error (io.ErrShortWrite if it took less and said nothing). */
static int write_target(VM *vm, Value w, const char *p, size_t n, size_t *wrote, Value *err)
{
    const char *tn = type_name_of(vm, w);
    const Iface *box = iface_box(vm, w);
    *wrote = 0;
    err->p = NULL;
    int r = 0;
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 4)) {
        *wrote = nat_file_write(vm, box->v.p, p, n, err) == 0 ? n : 0;
    } else if (strcmp(tn, "*bufio.Writer") == 0 && agg_arg(box->v, WR_NFIELDS)) {
        r = writer_write(vm, box->v, p, n, wrote, err);
    } else {
        uint32_t f = box ? vm_method(vm, box->type, vm->m_write) : BC_NO_FUNC;
        if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 2, "RP"))
            return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
        Slice *s = bytes_value(vm, (const unsigned char *)p, n);
        Value args[2] = {box->v, {.p = s}}, res[2];
        gc_protect(vm, s);
        r = vm_call(vm, f, args, 2, res, 2);
        gc_unprotect(vm, 1);
        if (r == 0) {
            *wrote = res[0].i < 0 ? 0 : (size_t)res[0].i < n ? (size_t)res[0].i : n;
            *err = res[1];
        }
    }
    if (r == 0 && *wrote < n && !err->p)
        *err = nat_error(vm, "short write", 11);
    return r;
}

/* Go's Flush: writes what waits; after an error the unwritten rest
 * stays and st->err keeps the error. */
static int writer_flush(VM *vm, IoState *st)
{
    if (st->err.p || st->buf.len == 0)
        return 0;
    /* The writer may be anything, this one too: copy out first. */
    size_t n = st->buf.len, wrote;
    char *p = xmalloc(n);
    memcpy(p, st->buf.data, n);
    st->buf.len = 0;
    Value err;
    int r = write_target(vm, st->target, p, n, &wrote, &err);
    if (r == 0 && err.p) {
        size_t rest = n - wrote, later = st->buf.len;
        if (rest > 0) {
            /* The rest goes back in front of what was written meanwhile. */
            state_append(vm, st, p, rest);
            memmove(st->buf.data + rest, st->buf.data, later);
            memcpy(st->buf.data, p + wrote, rest);
        }
        st->err = err;
    }
    free(p);
    return r;
}

static int writer_write(VM *vm, Value wobj, const char *p, size_t n, size_t *wrote, Value *err)
{
    size_t size;
    IoState *st = writer_arg(vm, wobj, &size);
    *wrote = 0;
    err->p = NULL;
    if (!st)
        return nil_deref(vm);
    while (n > available(st, size) && !st->err.p) {
        size_t k = available(st, size);
        int r;
        if (st->buf.len == 0) {
            Value e;
            r = write_target(vm, st->target, p, n, &k, &e);
            st->err = e;
        } else {
            state_append(vm, st, p, k);
            r = writer_flush(vm, st);
        }
        if (r != 0)
            return r;
        *wrote += k;
        p += k;
        n -= k;
    }
    if (st->err.p) {
        *err = st->err;
        return 0;
    }
    state_append(vm, st, p, n);
    *wrote += n;
    return 0;
}

/* NewWriter and NewWriterSize: w itself if it is a *bufio.Writer that
 * large already; size <= 0 means Go's default 4096. */
static int new_writer(VM *vm, size_t at, uint32_t nargs, int64_t size)
{
    const Iface *box = iface_box(vm, ARG(0));
    if (box && strcmp(vm->types[box->type].name, "*bufio.Writer") == 0) {
        Agg *b = agg_arg(box->v, WR_NFIELDS);
        if (b && b->v[WR_SIZE].i >= size) {
            RES(0).p = b;
            return 0;
        }
    }
    if (size <= 0)
        size = 4096;
    static const uint8_t cls[] = {BC_REF, BC_SCALAR};
    uint32_t t = nat_struct_type(vm, "bufio.Writer", WR_NFIELDS, cls);
    Agg *o = agg_new(vm, &vm->types[t], WR_NFIELDS);
    gc_protect(vm, o);
    IoState *st = io_state(vm, (Value){.p = o}, true);
    gc_unprotect(vm, 1);
    st->target = ARG(0);
    o->v[WR_SIZE].i = size;
    RES(0).p = o;
    return 0;
}

static int b_new_writer(VM *vm, size_t at, uint32_t nargs) { return new_writer(vm, at, nargs, 4096); }
static int b_new_writer_size(VM *vm, size_t at, uint32_t nargs) { return new_writer(vm, at, nargs, ARG(1).i); }

static int wr_write(VM *vm, size_t at, uint32_t nargs)
{
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0, wrote;
    char *p = xmalloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)slice_at(ARG(1).p, i)->u;
    Value err;
    int r = writer_write(vm, ARG(0), p, n, &wrote, &err);
    free(p);
    if (r == 0) {
        RES(0).i = (int64_t)wrote;
        RES(1) = err;
    }
    return r;
}

/* Go 1.19's WriteString: fills the buffer and flushes it, until the
 * rest fits. */
static int write_string(VM *vm, Value wobj, const char *p, size_t n, size_t *wrote, Value *err)
{
    size_t size;
    IoState *st = writer_arg(vm, wobj, &size);
    if (!st)
        return nil_deref(vm);
    if (size == 0)   /* a zero Writer: nothing can wait in it */
        return writer_write(vm, wobj, p, n, wrote, err);
    *wrote = 0;
    while (n > available(st, size) && !st->err.p) {
        size_t k = available(st, size);
        state_append(vm, st, p, k);
        *wrote += k;
        p += k;
        n -= k;
        int r = writer_flush(vm, st);
        if (r != 0)
            return r;
    }
    *err = st->err;
    if (!st->err.p) {
        state_append(vm, st, p, n);
        *wrote += n;
    }
    return 0;
}

static int wr_write_string(VM *vm, size_t at, uint32_t nargs)
{
    size_t wrote;
    Value err;
    int r = write_string(vm, ARG(0), str_ptr(ARG(1).p), str_len(ARG(1).p), &wrote, &err);
    if (r == 0) {
        RES(0).i = (int64_t)wrote;
        RES(1) = err;
    }
    return r;
}

static int wr_write_byte(VM *vm, size_t at, uint32_t nargs)
{
    size_t size;
    IoState *st = writer_arg(vm, ARG(0), &size);
    if (!st)
        return nil_deref(vm);
    int r = 0;
    if (!st->err.p && available(st, size) == 0)
        r = writer_flush(vm, st);
    RES(0) = st->err;
    if (r == 0 && !st->err.p) {
        unsigned char c = (unsigned char)ARG(1).u;
        state_append(vm, st, &c, 1);
    }
    return r;
}

/* WriteRune: as WriteByte for ASCII; else the buffer is flushed first
 * unless 4 bytes fit (a buffer smaller than that takes it as a string). */
static int wr_write_rune(VM *vm, size_t at, uint32_t nargs)
{
    int64_t r = ARG(1).i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char u8[4];
    size_t k = utf8_encode_rune((uint32_t)r, u8), size, wrote = 0;
    IoState *st = writer_arg(vm, ARG(0), &size);
    if (!st)
        return nil_deref(vm);
    int status = 0;
    if (!st->err.p && available(st, size) < (k == 1 ? 1 : 4))
        status = writer_flush(vm, st);
    Value err = st->err;
    if (status == 0 && !err.p) {
        if (available(st, size) >= k)
            state_append(vm, st, u8, (wrote = k));
        else
            status = write_string(vm, ARG(0), u8, k, &wrote, &err);
    }
    if (status == 0) {
        RES(0).i = err.p ? 0 : (int64_t)wrote;
        RES(1) = err;
    }
    return status;
}

static int wr_flush(VM *vm, size_t at, uint32_t nargs)
{
    size_t size;
    IoState *st = writer_arg(vm, ARG(0), &size);
    if (!st)
        return nil_deref(vm);
    int r = writer_flush(vm, st);
    if (r == 0)
        RES(0) = st->err;
    return r;
}

static int wr_available(VM *vm, size_t at, uint32_t nargs)
{
    size_t size;
    IoState *st = writer_arg(vm, ARG(0), &size);
    RES(0).i = st ? (int64_t)available(st, size) : 0;
    return 0;
}

static int wr_buffered(VM *vm, size_t at, uint32_t nargs)
{
    size_t size;
    IoState *st = writer_arg(vm, ARG(0), &size);
    RES(0).i = st ? (int64_t)st->buf.len : 0;
    return 0;
}

/* ==== strings.Reader ================================================== */

static int sr_new(VM *vm, size_t at, uint32_t nargs)
{
    static const uint8_t ref[] = {BC_REF};
    uint32_t t = nat_struct_type(vm, "strings.Reader", 1, ref);
    Agg *o = agg_new(vm, &vm->types[t], vm->types[t].nfields);
    gc_protect(vm, o);
    IoState *st = io_state(vm, (Value){.p = o}, true);
    gc_unprotect(vm, 1);
    buf_append(&st->buf, str_ptr(ARG(0).p), str_len(ARG(0).p));
    gc_account(vm, &st->h, str_len(ARG(0).p));
    RES(0).p = o;
    return 0;
}

static int sr_len(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).i = st ? (int64_t)(st->buf.len - st->pos) : 0;
    return 0;
}

static int sr_read_byte(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    if (!st || st->pos >= st->buf.len) {
        RES(0).u = 0;
        RES(1) = nat_sentinel(vm, SENT_IO_EOF);
        return 0;
    }
    st->prev_rune = 0;
    RES(0).u = st->buf.data[st->pos++];
    RES(1).p = NULL;
    return 0;
}

static int sr_read_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    if (st)
        st->prev_rune = 0;
    if (!st || st->pos >= st->buf.len) {
        RES(0).i = 0;
        RES(1).i = 0;
        RES(2) = nat_sentinel(vm, SENT_IO_EOF);
        return 0;
    }
    size_t sz;
    int32_t r = utf8_decode(st->buf.data + st->pos, st->buf.len - st->pos, &sz);
    st->prev_rune = st->pos + 1;
    st->pos += sz;
    RES(0).i = r == UTF8_INVALID ? 0xFFFD : r;
    RES(1).i = (int64_t)sz;
    RES(2).p = NULL;
    return 0;
}

static int sr_read(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0, k = 0;
    bool at_end = !st || st->pos >= st->buf.len;
    if (st)
        st->prev_rune = 0;
    for (; st && k < n && st->pos < st->buf.len; k++)
        slice_at(ARG(1).p, k)->u = st->buf.data[st->pos++];
    RES(0).i = (int64_t)k;
    RES(1) = at_end ? nat_sentinel(vm, SENT_IO_EOF) : (Value){0};
    return 0;
}

/* Size: the length of the string the Reader was made (or Reset) with. */
static int sr_size(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).i = st ? (int64_t)st->buf.len : 0;
    return 0;
}

static int sr_unread_byte(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).p = NULL;
    if (!st || st->pos == 0) {
        static const char msg[] = "strings.Reader.UnreadByte: at beginning of string";
        RES(0) = nat_error(vm, msg, sizeof msg - 1);
        return 0;
    }
    st->prev_rune = 0;
    st->pos--;
    return 0;
}

static int sr_unread_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).p = NULL;
    const char *msg = !st || st->pos == 0 ? "strings.Reader.UnreadRune: at beginning of string"
                      : st->prev_rune == 0 ? "strings.Reader.UnreadRune: previous operation was not ReadRune"
                                           : NULL;
    if (msg) {
        RES(0) = nat_error(vm, msg, strlen(msg));
        return 0;
    }
    st->pos = st->prev_rune - 1;
    st->prev_rune = 0;
    return 0;
}

static int sr_reset(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    IoState *st = io_state(vm, ARG(0), true);
    if (!st)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    size_t before = st->buf.cap;
    st->buf.len = 0;
    st->pos = 0;
    st->prev_rune = 0;
    buf_append(&st->buf, str_ptr(ARG(1).p), str_len(ARG(1).p));
    if (st->buf.cap > before)
        gc_account(vm, &st->h, st->buf.cap - before);
    return 0;
}

const NativeDef natives_io[] = {
    {"fmt.Fprint", "PP", "RP", fmt_fprint},
    {"fmt.Fprintln", "PP", "RP", fmt_fprintln},
    {"fmt.Fprintf", "PPP", "RP", fmt_fprintf},
    {"bufio.NewScanner", "P", "P", b_new_scanner},
    {"bufio.NewReader", "P", "P", b_new_reader},
    {"bufio.NewWriter", "P", "P", b_new_writer},
    {"bufio.(*Scanner).Scan", "P", "R", sc_scan},
    {"bufio.(*Scanner).Text", "P", "P", sc_text},
    {"bufio.(*Scanner).Bytes", "P", "P", sc_bytes},
    {"bufio.(*Scanner).Err", "P", "P", sc_err},
    {"bufio.(*Scanner).Split", "PP", "", sc_split},
    {"bufio.(*Scanner).Buffer", "PPR", "", sc_buffer},
    {"bufio.ScanLines", "PR", "RPP", sc_split_fn},
    {"bufio.ScanWords", "PR", "RPP", sc_split_fn},
    {"bufio.ScanRunes", "PR", "RPP", sc_split_fn},
    {"bufio.ScanBytes", "PR", "RPP", sc_split_fn},
    {"bufio.NewReaderSize", "PR", "P", b_new_reader_size},
    {"bufio.NewWriterSize", "PR", "P", b_new_writer_size},
    {"bufio.(*Reader).Read", "PP", "RP", rd_read},
    {"bufio.(*Reader).ReadByte", "P", "RP", rd_read_byte},
    {"bufio.(*Reader).UnreadByte", "P", "P", rd_unread_byte},
    {"bufio.(*Reader).ReadRune", "P", "RRP", rd_read_rune},
    {"bufio.(*Reader).UnreadRune", "P", "P", rd_unread_rune},
    {"bufio.(*Reader).ReadString", "PR", "PP", rd_read_string},
    {"bufio.(*Reader).ReadBytes", "PR", "PP", rd_read_bytes},
    {"bufio.(*Reader).ReadLine", "P", "PRP", rd_read_line},
    {"bufio.(*Reader).Peek", "PR", "PP", rd_peek},
    {"bufio.(*Reader).Buffered", "P", "R", rd_buffered},
    {"bufio.(*Writer).WriteString", "PP", "RP", wr_write_string},
    {"bufio.(*Writer).Write", "PP", "RP", wr_write},
    {"bufio.(*Writer).WriteByte", "PR", "P", wr_write_byte},
    {"bufio.(*Writer).WriteRune", "PR", "RP", wr_write_rune},
    {"bufio.(*Writer).Flush", "P", "P", wr_flush},
    {"bufio.(*Writer).Buffered", "P", "R", wr_buffered},
    {"bufio.(*Writer).Available", "P", "R", wr_available},
    {"strings.NewReader", "P", "P", sr_new},
    {"strings.(*Reader).Size", "P", "R", sr_size},
    {"strings.(*Reader).UnreadByte", "P", "P", sr_unread_byte},
    {"strings.(*Reader).UnreadRune", "P", "P", sr_unread_rune},
    {"strings.(*Reader).Reset", "PP", "", sr_reset},
    {"strings.(*Reader).Len", "P", "R", sr_len},
    {"strings.(*Reader).ReadByte", "P", "RP", sr_read_byte},
    {"strings.(*Reader).ReadRune", "P", "RRP", sr_read_rune},
    {"strings.(*Reader).Read", "PP", "RP", sr_read},
    {NULL, NULL, NULL, NULL},
};
