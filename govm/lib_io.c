/* lib_io.c - input and output: os (Args, Stdin, Stdout, Stderr, a
 * File's Write, Getenv, ReadFile, WriteFile), fmt's Fprint family,
 * bufio (Scanner, Reader, Writer) and strings.Reader.
 *
 * A reader or writer is an interface value.  Those govm knows (an
 * *os.File, a *strings.Reader, a *bufio.Writer, a *strings.Builder) are
 * read and written directly; any other is called through its Read or
 * Write method.  The state of a Scanner, Reader, Writer or
 * strings.Reader is an IoState object in the struct's one field. */
#include "natives.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "utf8.h"

enum { SPLIT_LINES, SPLIT_WORDS, SPLIT_RUNES, SPLIT_BYTES, SPLIT_FUNC };

/* ==== files =========================================================== */

static uint32_t file_struct_type(VM *vm)
{
    uint32_t t = vm_type_named(vm, "os.File");
    if (t != BC_NO_TYPE && vm->types[t].kind == BK_STRUCT && vm->types[t].nfields == 1)
        return t;
    static const char *const fields[] = {"fd"};
    BcType st = {.kind = BK_STRUCT, .name = "os.File", .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    st.fields = xcalloc(1, sizeof *st.fields);
    st.fields[0] = (BcField){(char *)fields[0], nat_type(vm, "int", BK_INT), false};
    st.nfields = 1;
    st.slot_cls = xcalloc(1, 1);
    st.slot_agg = xcalloc(1, 1);
    return vm_add_type(vm, st);
}

/* os.Stdin, os.Stdout, os.Stderr: one *os.File each, made once. */
static int os_file(VM *vm, size_t at, uint32_t nargs, int fd)
{
    if (!vm->files[fd]) {
        Agg *f = agg_new(vm, &vm->types[file_struct_type(vm)], 1);
        f->v[0].i = fd;
        vm->files[fd] = f;
    }
    RES(0).p = vm->files[fd];
    return 0;
}

static int os_stdin(VM *vm, size_t at, uint32_t nargs) { return os_file(vm, at, nargs, 0); }
static int os_stdout(VM *vm, size_t at, uint32_t nargs) { return os_file(vm, at, nargs, 1); }
static int os_stderr(VM *vm, size_t at, uint32_t nargs) { return os_file(vm, at, nargs, 2); }

static int os_args(VM *vm, size_t at, uint32_t nargs)
{
    if (!vm->args_slice) {
        uint32_t st = nat_slice_type(vm, "[]string", nat_type(vm, "string", BK_STRING));
        Slice *s = nat_slice(vm, st, (size_t)vm->argc);
        gc_protect(vm, s);
        for (int i = 0; i < vm->argc; i++)
            slice_at(s, (size_t)i)->p = nat_string(vm, vm->argv[i], strlen(vm->argv[i]));
        gc_unprotect(vm, 1);
        vm->args_slice = s;
    }
    RES(0).p = vm->args_slice;
    return 0;
}

static FILE *stream_of(VM *vm, int64_t fd)
{
    return fd == 1 ? vm->out : fd == 2 ? vm->err : NULL;
}

/* Bytes to an *os.File: stdout and stderr through govm's streams. */
static int file_write(VM *vm, int64_t fd, const char *p, size_t n)
{
    FILE *s = stream_of(vm, fd);
    if (s) {
        if (fd == 2)
            fflush(vm->out);
        return fwrite(p, 1, n, s) == n ? 0 : -1;
    }
    for (size_t done = 0; done < n;) {
        ssize_t w = write((int)fd, p + done, n - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        done += (size_t)w;
    }
    return 0;
}

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

/* Writes bytes to the io.Writer w. */
int nat_write(VM *vm, Value w, const char *p, size_t n)
{
    const char *tn = type_name_of(vm, w);
    const Iface *box = iface_box(vm, w);
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 1)) {
        file_write(vm, ((Agg *)box->v.p)->v[0].i, p, n);
        return 0;
    }
    if (strcmp(tn, "*bufio.Writer") == 0) {
        IoState *st = io_state(vm, box->v, true);
        if (st) {
            buf_append(&st->buf, p, n);
            gc_account(vm, &st->h, n);
            return 0;
        }
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
    char tmp[65536];
    if (strcmp(tn, "*os.File") == 0 && agg_arg(box->v, 1)) {
        int64_t fd = ((Agg *)box->v.p)->v[0].i;
        if (fd == 0)
            fflush(vm->out);
        ssize_t r;
        do
            r = read((int)fd, tmp, sizeof tmp);
        while (r < 0 && errno == EINTR);
        if (r <= 0)
            st->eof = true;
        else
            buf_append(&st->buf, tmp, (size_t)r);
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

/* ==== os ============================================================== */

static int file_write_m(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = agg_arg(ARG(0), 1);
    if (!f)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    size_t n = slice_len(ARG(1).p);
    char *p = xmalloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)slice_at(ARG(1).p, i)->u;
    int r = file_write(vm, f->v[0].i, p, n);
    free(p);
    RES(0).i = r == 0 ? (int64_t)n : 0;
    RES(1) = r == 0 ? (Value){0} : nat_error(vm, strerror(errno), strlen(strerror(errno)));
    return 0;
}

static int file_write_string(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = agg_arg(ARG(0), 1);
    if (!f)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    int r = file_write(vm, f->v[0].i, str_ptr(ARG(1).p), str_len(ARG(1).p));
    RES(0).i = r == 0 ? (int64_t)str_len(ARG(1).p) : 0;
    RES(1).p = NULL;
    return 0;
}

static int os_getenv(VM *vm, size_t at, uint32_t nargs)
{
    char *key = xmalloc(str_len(ARG(0).p) + 1);
    memcpy(key, str_ptr(ARG(0).p), str_len(ARG(0).p));
    key[str_len(ARG(0).p)] = '\0';
    const char *v = getenv(key);
    free(key);
    RES(0).p = nat_string(vm, v ? v : "", v ? strlen(v) : 0);
    return 0;
}

static int os_read_file(VM *vm, size_t at, uint32_t nargs)
{
    char *name = xmalloc(str_len(ARG(0).p) + 1);
    memcpy(name, str_ptr(ARG(0).p), str_len(ARG(0).p));
    name[str_len(ARG(0).p)] = '\0';
    FILE *f = fopen(name, "rb");
    if (!f) {
        Buf b;
        buf_init(&b);
        buf_printf(&b, "open %s: %s", name, errno == ENOENT ? "no such file or directory" : strerror(errno));
        RES(0).p = NULL;
        RES(1) = nat_error(vm, (const char *)b.data, b.len);
        buf_free(&b);
        free(name);
        return 0;
    }
    Buf data;
    buf_init(&data);
    char tmp[65536];
    size_t r;
    while ((r = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_append(&data, tmp, r);
    fclose(f);
    free(name);
    uint32_t st = nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
    Slice *s = nat_slice(vm, st, data.len);
    for (size_t i = 0; i < data.len; i++)
        slice_at(s, i)->u = data.data[i];
    buf_free(&data);
    RES(0).p = s;
    RES(1).p = NULL;
    return 0;
}

static int os_write_file(VM *vm, size_t at, uint32_t nargs)
{
    char *name = xmalloc(str_len(ARG(0).p) + 1);
    memcpy(name, str_ptr(ARG(0).p), str_len(ARG(0).p));
    name[str_len(ARG(0).p)] = '\0';
    FILE *f = fopen(name, "wb");
    RES(0).p = NULL;
    if (!f) {
        Buf b;
        buf_init(&b);
        buf_printf(&b, "open %s: %s", name, strerror(errno));
        RES(0) = nat_error(vm, (const char *)b.data, b.len);
        buf_free(&b);
        free(name);
        return 0;
    }
    size_t n = slice_len(ARG(1).p);
    for (size_t i = 0; i < n; i++)
        fputc((int)slice_at(ARG(1).p, i)->u, f);
    fclose(f);
    free(name);
    return 0;
}

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

/* A new *bufio.X (its struct from the file's types) around target. */
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
static int b_new_reader(VM *vm, size_t at, uint32_t nargs) { return new_io(vm, at, nargs, "bufio.Reader"); }
static int b_new_writer(VM *vm, size_t at, uint32_t nargs) { return new_io(vm, at, nargs, "bufio.Writer"); }

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

/* bufio.Reader.ReadString(delim): up to and including delim, or what is
 * left with io.EOF. */
static int rd_read_string(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    char delim = (char)ARG(1).u;
    if (!st)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    for (;;) {
        size_t n = st->buf.len - st->pos;
        const char *d = n ? (const char *)st->buf.data + st->pos : "";
        const char *hit = n ? memchr(d, delim, n) : NULL;
        if (hit || st->eof) {
            size_t len = hit ? (size_t)(hit - d) + 1 : n;
            RES(0).p = nat_string(vm, d, len);
            st = io_state(vm, ARG(0), false);
            st->pos += len;
            RES(1) = hit ? (Value){0} : nat_error(vm, "EOF", 3);
            return 0;
        }
        int r = read_more(vm, st);
        if (r != 0)
            return r;
        st = io_state(vm, ARG(0), false);
    }
}

static int wr_write_string(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), true);
    buf_append(&st->buf, str_ptr(ARG(1).p), str_len(ARG(1).p));
    gc_account(vm, &st->h, str_len(ARG(1).p));
    RES(0).i = (int64_t)str_len(ARG(1).p);
    RES(1).p = NULL;
    return 0;
}

static int wr_write(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), true);
    size_t n = slice_len(ARG(1).p);
    for (size_t i = 0; i < n; i++)
        buf_putc(&st->buf, (char)slice_at(ARG(1).p, i)->u);
    gc_account(vm, &st->h, n);
    RES(0).i = (int64_t)n;
    RES(1).p = NULL;
    return 0;
}

static int wr_write_byte(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), true);
    buf_putc(&st->buf, (char)ARG(1).u);
    RES(0).p = NULL;
    return 0;
}

static int wr_write_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), true);
    int64_t r = ARG(1).i;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char u8[4];
    size_t k = utf8_encode_rune((uint32_t)r, u8);
    buf_append(&st->buf, u8, k);
    RES(0).i = (int64_t)k;
    RES(1).p = NULL;
    return 0;
}

static int wr_flush(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    RES(0).p = NULL;
    if (!st || st->buf.len == 0)
        return 0;
    /* The target may be anything: copy out first. */
    size_t n = st->buf.len;
    char *p = xmalloc(n);
    memcpy(p, st->buf.data, n);
    st->buf.len = 0;
    int r = nat_write(vm, st->target, p, n);
    free(p);
    return r;
}

static int wr_buffered(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
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
        RES(1) = nat_error(vm, "EOF", 3);
        return 0;
    }
    RES(0).u = st->buf.data[st->pos++];
    RES(1).p = NULL;
    return 0;
}

static int sr_read_rune(VM *vm, size_t at, uint32_t nargs)
{
    IoState *st = io_state(vm, ARG(0), false);
    if (!st || st->pos >= st->buf.len) {
        RES(0).i = 0;
        RES(1).i = 0;
        RES(2) = nat_error(vm, "EOF", 3);
        return 0;
    }
    size_t sz;
    int32_t r = utf8_decode(st->buf.data + st->pos, st->buf.len - st->pos, &sz);
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
    for (; st && k < n && st->pos < st->buf.len; k++)
        slice_at(ARG(1).p, k)->u = st->buf.data[st->pos++];
    RES(0).i = (int64_t)k;
    RES(1) = k == 0 && n > 0 ? nat_error(vm, "EOF", 3) : (Value){0};
    return 0;
}

const NativeDef natives_io[] = {
    {"os.Args", "", "P", os_args},
    {"os.Stdin", "", "P", os_stdin},
    {"os.Stdout", "", "P", os_stdout},
    {"os.Stderr", "", "P", os_stderr},
    {"os.Getenv", "P", "P", os_getenv},
    {"os.ReadFile", "P", "PP", os_read_file},
    {"os.WriteFile", "PPR", "P", os_write_file},
    {"os.(*File).Write", "PP", "RP", file_write_m},
    {"os.(*File).WriteString", "PP", "RP", file_write_string},
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
    {"bufio.(*Reader).ReadString", "PR", "PP", rd_read_string},
    {"bufio.(*Writer).WriteString", "PP", "RP", wr_write_string},
    {"bufio.(*Writer).Write", "PP", "RP", wr_write},
    {"bufio.(*Writer).WriteByte", "PR", "P", wr_write_byte},
    {"bufio.(*Writer).WriteRune", "PR", "RP", wr_write_rune},
    {"bufio.(*Writer).Flush", "P", "P", wr_flush},
    {"bufio.(*Writer).Buffered", "P", "R", wr_buffered},
    {"strings.NewReader", "P", "P", sr_new},
    {"strings.(*Reader).Len", "P", "R", sr_len},
    {"strings.(*Reader).ReadByte", "P", "RP", sr_read_byte},
    {"strings.(*Reader).ReadRune", "P", "RRP", sr_read_rune},
    {"strings.(*Reader).Read", "PP", "RP", sr_read},
    {NULL, NULL, NULL, NULL},
};
