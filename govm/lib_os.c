/* lib_os.c - the os package, natively: files (the standard streams and
 * those Open and Create make), the file system (ReadFile, WriteFile,
 * ReadDir, Stat, MkdirAll, Remove), FileMode, the environment, Args
 * and Exit.  Errors are Go's: a *PathError{Op, Path, Err} whose Err is
 * a syscall.Errno, printed "open /x: no such file or directory", which
 * errors.Is(err, os.ErrNotExist) and os.IsNotExist see through.
 *
 * A program run from a bundle reads the bundle's embedded files first
 * (ReadFile, Open, Stat, ReadDir), in place, then the file system's;
 * writes always go to the file system. */
#include "natives.h"

#include "bundle.h"
#include "fileio.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Go's FileMode bits (io/fs): the type in the top bits, then the
 * permissions in the low nine. */
enum {
    MODE_DIR = 1u << 31,
    MODE_SYMLINK = 1u << 27,
    MODE_DEVICE = 1u << 26,
    MODE_NAMED_PIPE = 1u << 25,
    MODE_SOCKET = 1u << 24,
    MODE_SETUID = 1u << 23,
    MODE_SETGID = 1u << 22,
    MODE_CHAR_DEVICE = 1u << 21,
    MODE_STICKY = 1u << 20,
    MODE_IRREGULAR = 1u << 19,
    MODE_TYPE = MODE_DIR | MODE_SYMLINK | MODE_NAMED_PIPE | MODE_SOCKET | MODE_DEVICE | MODE_CHAR_DEVICE |
                MODE_IRREGULAR,
};

/* An error number standing for os.ErrClosed (a file used after Close). */
#define ERR_CLOSED (-1)

/* A *File's descriptor while it reads an embedded file. */
#define FD_EMBEDDED (-2)

/* ==== errors ========================================================== */

/* Go's text for an error number: the C library's, lowercase first
 * ("no such file or directory"), as Go's table has them. */
static void errno_text(Buf *b, int e)
{
    const char *s = strerror(e);
    size_t start = b->len;
    buf_puts(b, s);
    if (b->len > start && b->data[start] >= 'A' && b->data[start] <= 'Z' &&
        !(b->len > start + 1 && b->data[start + 1] >= 'A' && b->data[start + 1] <= 'Z'))
        b->data[start] = (unsigned char)(b->data[start] - 'A' + 'a');
}

/* A syscall.Errno (govm's own type: a pointer to the number, so that
 * its methods can be called through an interface). */
static Value errno_value(VM *vm, int e)
{
    uint32_t pt = vm_type_named(vm, "syscall.Errno");
    if (pt == BC_NO_TYPE) {
        Buf b;
        buf_init(&b);
        errno_text(&b, e);
        Value v = nat_error(vm, (const char *)b.data, b.len);
        buf_free(&b);
        return v;
    }
    Agg *o = agg_new(vm, &vm->types[vm->types[pt].elem], 1);
    o->v[0].i = e;
    return nat_box(vm, pt, (Value){.p = o});
}

static int errno_of(VM *vm, Value err)
{
    const Iface *box = iface_box(vm, err);
    const Agg *o = box && strcmp(vm->types[box->type].name, "syscall.Errno") == 0 ? agg_arg(box->v, 1) : NULL;
    return o ? (int)o->v[0].i : 0;
}

static int errno_error(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = agg_arg(ARG(0), 1);
    Buf b;
    buf_init(&b);
    errno_text(&b, o ? (int)o->v[0].i : 0);
    RES(0).p = nat_string(vm, (const char *)b.data, b.len);
    buf_free(&b);
    return 0;
}

/* Whether error number e is the error variable target, as Errno's Is
 * method and os.IsNotExist decide. */
static bool errno_is(VM *vm, int e, Value target)
{
    if (!target.p)
        return false;
    if (target.p == nat_sentinel(vm, SENT_OS_NOT_EXIST).p)
        return e == ENOENT;
    if (target.p == nat_sentinel(vm, SENT_OS_EXIST).p)
        return e == EEXIST || e == ENOTEMPTY;
    return false;
}

static int errno_is_m(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = agg_arg(ARG(0), 1);
    RES(0).u = o && errno_is(vm, (int)o->v[0].i, ARG(1));
    return 0;
}

/* A *os.PathError{op, path, err}. */
static Value path_error_of(VM *vm, const char *op, const char *path, size_t plen, Value err)
{
    uint32_t pt = vm_type_named(vm, "*os.PathError");
    gc_protect(vm, err.p);
    GoString *o = nat_string(vm, op, strlen(op));
    gc_protect(vm, o);
    GoString *p = nat_string(vm, path, plen);
    gc_protect(vm, p);
    Value res = {0};
    if (pt != BC_NO_TYPE) {
        Agg *e = agg_new(vm, &vm->types[vm->types[pt].elem], 3);
        e->v[0].p = o;
        e->v[1].p = p;
        e->v[2] = err;
        res = nat_box(vm, pt, (Value){.p = e});
    } else {
        res = nat_wrap_error(vm, op, strlen(op), err);
    }
    gc_unprotect(vm, 3);
    return res;
}

/* The same around error number e (or ERR_CLOSED). */
static Value path_error(VM *vm, const char *op, const char *path, size_t plen, int e)
{
    Value err = e == ERR_CLOSED ? nat_error(vm, "file already closed", 19) : errno_value(vm, e);
    return path_error_of(vm, op, path, plen, err);
}

/* (*PathError).Error: "op path: err". */
static int pe_error(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 3);
    if (!e)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    Buf b;
    buf_init(&b);
    buf_append(&b, str_ptr(e->v[0].p), str_len(e->v[0].p));
    buf_putc(&b, ' ');
    buf_append(&b, str_ptr(e->v[1].p), str_len(e->v[1].p));
    buf_puts(&b, ": ");
    int st = nat_error_text(vm, e->v[2], &b);
    if (st == 0)
        RES(0).p = nat_string(vm, (const char *)b.data, b.len);
    buf_free(&b);
    return st;
}

static int pe_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 3);
    if (!e)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    RES(0) = e->v[2];
    return 0;
}

/* os.IsNotExist and IsExist: err, or the Err of a *PathError, is the
 * error variable or an Errno that is it (Go unwraps nothing else). */
static bool underlying_is(VM *vm, Value err, Sentinel which)
{
    const Iface *box = iface_box(vm, err);
    if (box && strcmp(vm->types[box->type].name, "*os.PathError") == 0 && agg_arg(box->v, 3))
        err = ((const Agg *)box->v.p)->v[2];
    Value target = nat_sentinel(vm, which);
    return err.p == target.p || errno_is(vm, errno_of(vm, err), target);
}

static int os_is_not_exist(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = underlying_is(vm, ARG(0), SENT_OS_NOT_EXIST);
    return 0;
}

static int os_is_exist(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = underlying_is(vm, ARG(0), SENT_OS_EXIST);
    return 0;
}

/* ==== files =========================================================== */

uint32_t nat_file_type(VM *vm)
{
    static const uint8_t cls[] = {BC_SCALAR, BC_REF, BC_SCALAR, BC_SCALAR};
    return nat_struct_type(vm, "os.File", 4, cls);
}

/* A file name argument as a C string, as nat_c_string; NULL (EINVAL's
 * error) for every name when the VM may not touch files (vm->no_files). */
static char *path_string(const VM *vm, Value s)
{
    return vm->no_files ? NULL : nat_c_string(s);
}

/* A new *os.File for descriptor fd, named name (a string value). */
static Agg *new_file(VM *vm, int64_t fd, Value name)
{
    gc_protect(vm, name.p);
    Agg *f = agg_new(vm, &vm->types[nat_file_type(vm)], 4);
    gc_unprotect(vm, 1);
    f->v[0].i = fd;
    f->v[1] = name;
    return f;
}

/* A bundle's files, indexed on first use: a malformed index is a fatal
 * error, as a corrupt executable cannot go on. */
static bool has_embedded(VM *vm, Value s)
{
    if (!vm->bundle || !vm->bundle->index || memchr(str_ptr(s.p), '\0', str_len(s.p)))
        return false;
    char why[256];
    if (!bundle_index(vm->bundle, why, sizeof why)) {
        fflush(vm->out);
        fprintf(vm->err, "fatal error: %s\n", why);
        longjmp(vm->fatal, 1);
    }
    return true;
}

/* A path the program has written (created, truncated or removed): from
 * then on it reads the disk's file there, not the bundle's, so that it
 * sees its own change.  Other programs of the bundle still see the
 * bundle's. */
static void shadow(VM *vm, Value path)
{
    char *c = vm->bundle && vm->bundle->index ? nat_c_string(path) : NULL, clean[4096];
    if (c && path_clean(c, strlen(c), clean, sizeof clean)) {
        vm->shadowed = xrealloc(vm->shadowed, (vm->nshadowed + 1) * sizeof *vm->shadowed);
        vm->shadowed[vm->nshadowed++] = xstrdup(clean);
    }
    free(c);
}

/* Is path, or a directory above it, one the program has written (a
 * removed directory takes the bundle's files below it with it)? */
static bool is_shadowed(const VM *vm, const char *path)
{
    char clean[4096];
    if (!vm->nshadowed || !path_clean(path, strlen(path), clean, sizeof clean))
        return false;
    for (uint32_t i = 0; i < vm->nshadowed; i++) {
        size_t n = strlen(vm->shadowed[i]);
        if (strncmp(vm->shadowed[i], clean, n) == 0 && (clean[n] == '\0' || clean[n] == '/'))
            return true;
    }
    return false;
}

/* An absolute path into the current directory made relative to it, in
 * place: relative keys are embedded as if in the directory the program
 * runs in, so "$PWD/data/a.txt" is "data/a.txt", as on disk. */
static void relative_to_cwd(char *path)
{
    char cwd[4096];
    if (path[0] != '/' || !getcwd(cwd, sizeof cwd))
        return;
    size_t n = strlen(cwd);
    if (n > 1 && strncmp(path, cwd, n) == 0 && (path[n] == '/' || path[n] == '\0'))
        memmove(path, path[n] ? path + n + 1 : ".", strlen(path[n] ? path + n + 1 : ".") + 1);
}

/* What a path names among the embedded files. */
typedef enum { EMB_NONE, EMB_FILE, EMB_DIR, EMB_NOTDIR } EmbKind;

/* Walks path as the kernel would, element by element: a path that goes
 * on (even by "/", "." or "..") past an embedded file is EMB_NOTDIR, as
 * "a.txt/" and "a.txt/.." are ENOTDIR on disk; otherwise the clean path
 * is looked up.  "." is a directory when anything is embedded below it
 * (its entries are the disk's and the bundle's). */
static EmbKind lookup_kind(VM *vm, const char *c, const BundleFile **file)
{
    char so_far[4096];
    size_t len = strlen(c), w = 0;
    EmbKind kind = EMB_NONE;
    bool rooted = c[0] == '/';
    for (size_t i = 0; i < len && kind == EMB_NONE;) {
        while (i < len && c[i] == '/')
            i++;
        size_t start = i;
        while (i < len && c[i] != '/')
            i++;
        if (i == start || (i - start == 1 && c[start] == '.'))
            continue;
        if (w + (i - start) + 2 >= sizeof so_far)
            break;
        if (w || rooted)
            so_far[w++] = '/';
        memcpy(so_far + w, c + start, i - start);
        w += i - start;
        so_far[w] = '\0';
        if (i < len && bundle_file(vm->bundle, so_far))
            kind = EMB_NOTDIR;   /* more follows a file */
    }
    if (kind == EMB_NONE && is_shadowed(vm, c))
        return EMB_NONE;
    if (kind == EMB_NONE) {
        *file = bundle_file(vm->bundle, c);
        kind = *file ? EMB_FILE : bundle_is_dir(vm->bundle, c) ? EMB_DIR : EMB_NONE;
    }
    return kind;
}

static EmbKind embedded_kind(VM *vm, Value s, const BundleFile **file)
{
    *file = NULL;
    if (!has_embedded(vm, s))
        return EMB_NONE;
    char *c = nat_c_string(s);
    EmbKind kind = lookup_kind(vm, c, file);
    if (kind == EMB_NONE && c[0] == '/') {
        relative_to_cwd(c);
        if (c[0] != '/')
            kind = lookup_kind(vm, c, file);
    }
    free(c);
    return kind;
}

/* os.Stdin, os.Stdout, os.Stderr: one *os.File each, made once. */
static int os_std_file(VM *vm, size_t at, uint32_t nargs, int fd)
{
    static const char *const names[] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
    if (!vm->files[fd]) {
        GoString *name = nat_string(vm, names[fd], strlen(names[fd]));
        vm->files[fd] = new_file(vm, fd, (Value){.p = name});
    }
    RES(0).p = vm->files[fd];
    return 0;
}

static int os_stdin(VM *vm, size_t at, uint32_t nargs) { return os_std_file(vm, at, nargs, 0); }
static int os_stdout(VM *vm, size_t at, uint32_t nargs) { return os_std_file(vm, at, nargs, 1); }
static int os_stderr(VM *vm, size_t at, uint32_t nargs) { return os_std_file(vm, at, nargs, 2); }

/* Writes all of p to descriptor fd: stdout and stderr through govm's
 * streams.  0, or an error number. */
static int fd_write(VM *vm, int64_t fd, const char *p, size_t n)
{
    FILE *s = fd == 1 ? vm->out : fd == 2 ? vm->err : NULL;
    if (s) {
        if (fd == 2)
            fflush(vm->out);
        return fwrite(p, 1, n, s) == n ? 0 : EIO;
    }
    for (size_t done = 0; done < n;) {
        ssize_t w = write((int)fd, p + done, n - done);
        if (w < 0 && errno != EINTR)
            return errno;
        if (w > 0)
            done += (size_t)w;
    }
    return 0;
}

/* A *File's descriptor, -1 when closed, or (in the sandbox) for any but
 * the standard streams: a forged File cannot reach the host's others. */
static int64_t file_fd(const VM *vm, const Agg *f)
{
    int64_t fd = f->v[0].i;
    return vm->no_files && fd > 2 ? -1 : fd;
}

int nat_file_write(VM *vm, Agg *f, const char *p, size_t n, Value *err)
{
    err->p = NULL;
    int64_t fd = file_fd(vm, f);
    int e = fd == FD_EMBEDDED ? EBADF : fd < 0 ? ERR_CLOSED : fd_write(vm, fd, p, n);
    if (e == 0)
        return 0;
    *err = path_error(vm, "write", str_ptr(f->v[1].p), str_len(f->v[1].p), e);
    return -1;
}

/* Read from an embedded file: up to n bytes from its offset, in place. */
static int read_embedded(VM *vm, Agg *f, size_t n, Buf *into, Value *err)
{
    if (f->v[2].i < 0) {   /* an embedded directory, opened */
        *err = path_error(vm, "read", str_ptr(f->v[1].p), str_len(f->v[1].p), EISDIR);
        return 0;
    }
    const BundleFile *e = vm->bundle && f->v[2].i > 0 && (uint64_t)f->v[2].i <= vm->bundle->nfiles
                              ? &vm->bundle->files[f->v[2].i - 1]
                              : NULL;
    uint64_t off = (uint64_t)f->v[3].i;
    if (!e || off >= e->size) {
        if (n > 0)
            *err = nat_sentinel(vm, SENT_IO_EOF);
        return 0;
    }
    size_t k = e->size - off < n ? (size_t)(e->size - off) : n;
    if (k > INT_MAX)
        k = INT_MAX;
    buf_append(into, e->data + off, k);
    f->v[3].i += (int64_t)k;
    return (int)k;
}

int nat_file_read(VM *vm, Agg *f, size_t n, Buf *into, Value *err)
{
    err->p = NULL;
    int64_t fd = file_fd(vm, f);
    if (fd == FD_EMBEDDED)
        return read_embedded(vm, f, n, into, err);
    if (fd < 0) {
        *err = path_error(vm, "read", str_ptr(f->v[1].p), str_len(f->v[1].p), ERR_CLOSED);
        return 0;
    }
    if (fd == 0)
        fflush(vm->out);   /* a prompt shows before the program waits */
    char tmp[65536];
    ssize_t r;
    do
        r = read((int)fd, tmp, n < sizeof tmp ? n : sizeof tmp);
    while (r < 0 && errno == EINTR);
    if (r < 0) {
        *err = path_error(vm, "read", str_ptr(f->v[1].p), str_len(f->v[1].p), errno);
        return 0;
    }
    if (r == 0 && n > 0)
        *err = nat_sentinel(vm, SENT_IO_EOF);
    buf_append(into, tmp, (size_t)r);
    return (int)r;
}

/* A *File argument, or NULL for nil (whose methods return ErrInvalid). */
static Agg *file_arg(Value v)
{
    return agg_arg(v, 2);
}

static int invalid(VM *vm, size_t at, uint32_t nargs, int res)
{
    RES(res) = nat_error(vm, "invalid argument", 16);
    return 0;
}

static int file_write_m(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = file_arg(ARG(0));
    RES(0).i = 0;
    if (!f)
        return invalid(vm, at, nargs, 1);
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0;
    char *p = xmalloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)slice_at(ARG(1).p, i)->u;
    Value err;
    int r = nat_file_write(vm, f, p, n, &err);
    free(p);
    RES(0).i = r == 0 ? (int64_t)n : 0;
    RES(1) = err;
    return 0;
}

static int file_write_string(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = file_arg(ARG(0));
    RES(0).i = 0;
    if (!f)
        return invalid(vm, at, nargs, 1);
    Value err;
    int r = nat_file_write(vm, f, str_ptr(ARG(1).p), str_len(ARG(1).p), &err);
    RES(0).i = r == 0 ? (int64_t)str_len(ARG(1).p) : 0;
    RES(1) = err;
    return 0;
}

/* (*File).Read: up to len(b) bytes; 0 and io.EOF at the end. */
static int file_read_m(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = file_arg(ARG(0));
    RES(0).i = 0;
    if (!f)
        return invalid(vm, at, nargs, 1);
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0;
    if (n == 0 && f->v[0].i >= 0) {
        RES(1).p = NULL;
        return 0;
    }
    Buf b;
    buf_init(&b);
    Value err;
    int got = nat_file_read(vm, f, n, &b, &err);
    for (int i = 0; i < got; i++)
        slice_at(ARG(1).p, (size_t)i)->u = b.data[i];
    buf_free(&b);
    RES(0).i = got;
    RES(1) = err;
    return 0;
}

static int file_close(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = file_arg(ARG(0));
    if (!f)
        return invalid(vm, at, nargs, 0);
    int64_t fd = file_fd(vm, f);
    RES(0).p = NULL;
    f->v[0].i = -1;
    /* The standard streams stay open for govm's own output. */
    int e = fd == FD_EMBEDDED ? 0 : fd < 0 ? ERR_CLOSED : fd > 2 && close((int)fd) != 0 ? errno : 0;
    if (fd == 1 || fd == 2)
        fflush(fd == 1 ? vm->out : vm->err);
    if (e)
        RES(0) = path_error(vm, "close", str_ptr(f->v[1].p), str_len(f->v[1].p), e);
    return 0;
}

static int file_name(VM *vm, size_t at, uint32_t nargs)
{
    Agg *f = file_arg(ARG(0));
    if (!f)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    RES(0) = f->v[1];
    return 0;
}

/* os.Open and os.Create. */
static int open_file(VM *vm, size_t at, uint32_t nargs, int flags)
{
    char *name = path_string(vm, ARG(0));
    int fd = name ? open(name, flags | O_CLOEXEC, 0666) : -1;
    int e = name ? errno : EINVAL;
    free(name);
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (fd < 0) {
        RES(1) = path_error(vm, "open", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        return 0;
    }
    if (flags & O_CREAT)
        shadow(vm, ARG(0));
    RES(0).p = new_file(vm, fd, ARG(0));
    return 0;
}

static int os_open(VM *vm, size_t at, uint32_t nargs)
{
    const BundleFile *e;
    EmbKind k = embedded_kind(vm, ARG(0), &e);
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (k == EMB_NONE)
        return open_file(vm, at, nargs, O_RDONLY);
    if (k == EMB_NOTDIR) {
        RES(1) = path_error(vm, "open", str_ptr(ARG(0).p), str_len(ARG(0).p), ENOTDIR);
        return 0;
    }
    Agg *f = new_file(vm, FD_EMBEDDED, ARG(0));
    f->v[2].i = k == EMB_DIR ? -1 : (int64_t)(e - vm->bundle->files) + 1;
    RES(0).p = f;
    return 0;
}
static int os_create(VM *vm, size_t at, uint32_t nargs) { return open_file(vm, at, nargs, O_RDWR | O_CREAT | O_TRUNC); }

/* ==== the file system ================================================= */

static uint32_t byte_slice_type(VM *vm)
{
    return nat_slice_type(vm, "[]uint8", nat_type(vm, "uint8", BK_UINT8));
}

/* os.ReadFile: all of the file; what was read before an error, with it. */
static int os_read_file(VM *vm, size_t at, uint32_t nargs)
{
    const BundleFile *emb;
    EmbKind k = embedded_kind(vm, ARG(0), &emb);
    if (k == EMB_DIR || k == EMB_NOTDIR) {
        /* Go opens a directory, then fails to read it. */
        RES(0).p = NULL;
        RES(1) = path_error(vm, k == EMB_DIR ? "read" : "open", str_ptr(ARG(0).p), str_len(ARG(0).p),
                            k == EMB_DIR ? EISDIR : ENOTDIR);
        return 0;
    }
    if (emb) {
        Slice *s = nat_slice(vm, byte_slice_type(vm), (size_t)emb->size);
        for (size_t i = 0; i < emb->size; i++)
            slice_at(s, i)->u = emb->data[i];
        RES(0).p = s;
        RES(1).p = NULL;
        return 0;
    }
    char *name = path_string(vm, ARG(0));
    int fd = name ? open(name, O_RDONLY | O_CLOEXEC) : -1, e = name ? errno : EINVAL;
    free(name);
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (fd < 0) {
        RES(1) = path_error(vm, "open", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        return 0;
    }
    Buf data;
    buf_init(&data);
    char tmp[65536];
    e = 0;
    for (;;) {
        ssize_t r = read(fd, tmp, sizeof tmp);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            e = r < 0 ? errno : 0;
            break;
        }
        buf_append(&data, tmp, (size_t)r);
    }
    close(fd);
    Slice *s = nat_slice(vm, byte_slice_type(vm), data.len);
    for (size_t i = 0; i < data.len; i++)
        slice_at(s, i)->u = data.data[i];
    buf_free(&data);
    RES(0).p = s;
    if (e)
        RES(1) = path_error(vm, "read", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
    return 0;
}

/* os.WriteFile: creates or truncates the file (with perm) and writes data. */
static int os_write_file(VM *vm, size_t at, uint32_t nargs)
{
    char *name = path_string(vm, ARG(0));
    int fd = name ? open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)(ARG(2).u & 0777)) : -1;
    int e = name ? errno : EINVAL;
    free(name);
    RES(0).p = NULL;
    if (fd < 0) {
        RES(0) = path_error(vm, "open", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        return 0;
    }
    shadow(vm, ARG(0));
    size_t n = slice_of(ARG(1).p, BC_SCALAR) ? slice_len(ARG(1).p) : 0;
    char *p = xmalloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)slice_at(ARG(1).p, i)->u;
    const char *op = "write";
    e = fd_write(vm, fd, p, n);
    free(p);
    if (close(fd) != 0 && e == 0) {
        e = errno;
        op = "close";
    }
    if (e)
        RES(0) = path_error(vm, op, str_ptr(ARG(0).p), str_len(ARG(0).p), e);
    return 0;
}

/* The FileMode of a stat's st_mode, as Go's fillFileStatFromSys makes it. */
static uint64_t file_mode(mode_t m)
{
    uint64_t fm = m & 0777;
    switch (m & S_IFMT) {
    case S_IFBLK: fm |= MODE_DEVICE; break;
    case S_IFCHR: fm |= MODE_DEVICE | MODE_CHAR_DEVICE; break;
    case S_IFDIR: fm |= MODE_DIR; break;
    case S_IFIFO: fm |= MODE_NAMED_PIPE; break;
    case S_IFLNK: fm |= MODE_SYMLINK; break;
    case S_IFSOCK: fm |= MODE_SOCKET; break;
    default: break;
    }
    if (m & S_ISGID)
        fm |= MODE_SETGID;
    if (m & S_ISUID)
        fm |= MODE_SETUID;
    if (m & S_ISVTX)
        fm |= MODE_STICKY;
    return fm;
}

/* The last element of a path, as Go's basename: trailing slashes
 * dropped, then what follows the last slash ("/" stays "/"). */
static void base_name(const char *p, size_t n, const char **out, size_t *len)
{
    while (n > 1 && p[n - 1] == '/')
        n--;
    size_t i = n;
    while (i > 0 && p[i - 1] != '/')
        i--;
    if (i == n)   /* "/" (or empty) */
        i = 0;
    *out = p + i;
    *len = n - i;
}

/* A FileInfo: a *os.fileStat{name, size, mode} (govm's own, os_register). */
static Value file_info(VM *vm, const char *name, size_t nlen, const struct stat *sb)
{
    uint32_t pt = vm_type_named(vm, "*os.fileStat");
    GoString *s = nat_string(vm, name, nlen);
    gc_protect(vm, s);
    Agg *o = agg_new(vm, &vm->types[vm->types[pt].elem], 3);
    gc_unprotect(vm, 1);
    o->v[0].p = s;
    o->v[1].i = (int64_t)sb->st_size;
    o->v[2].u = file_mode(sb->st_mode);
    return nat_box(vm, pt, (Value){.p = o});
}

/* A stat of an embedded file or directory, read-only as the bundle is:
 * 0, ENOTDIR, or -1 when path is not embedded. */
static int stat_embedded(VM *vm, Value path, struct stat *sb)
{
    const BundleFile *e;
    EmbKind k = embedded_kind(vm, path, &e);
    if (k == EMB_NONE)
        return -1;
    if (k == EMB_NOTDIR)
        return ENOTDIR;
    memset(sb, 0, sizeof *sb);
    sb->st_mode = e ? S_IFREG | 0444 : S_IFDIR | 0555;
    sb->st_size = e ? (off_t)e->size : 0;
    return 0;
}

static int os_stat(VM *vm, size_t at, uint32_t nargs)
{
    struct stat sb;
    int r = 0, e = stat_embedded(vm, ARG(0), &sb);
    if (e > 0) {
        r = -1;
    } else if (e < 0) {
        e = 0;
        char *name = path_string(vm, ARG(0));
        r = name ? stat(name, &sb) : -1;
        e = name ? errno : EINVAL;
        free(name);
    }
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (r != 0) {
        RES(1) = path_error(vm, "stat", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        return 0;
    }
    const char *base;
    size_t blen;
    base_name(str_ptr(ARG(0).p), str_len(ARG(0).p), &base, &blen);
    RES(0) = file_info(vm, base, blen, &sb);
    return 0;
}

static const Agg *stat_arg(Value v)
{
    return agg_arg(v, 3);
}

static int fs_name(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = stat_arg(ARG(0));
    RES(0).p = o ? o->v[0].p : NULL;
    return 0;
}

static int fs_size(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = stat_arg(ARG(0));
    RES(0).i = o ? o->v[1].i : 0;
    return 0;
}

static int fs_mode(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = stat_arg(ARG(0));
    RES(0).u = o ? o->v[2].u : 0;
    return 0;
}

static int fs_is_dir(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = stat_arg(ARG(0));
    RES(0).u = o && (o->v[2].u & MODE_DIR);
    return 0;
}

/* Sys: Go's is the *syscall.Stat_t, which gomini has not. */
static int fs_sys(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).p = NULL;
    return 0;
}

/* A DirEntry's type bits from readdir's d_type (-1: unknown, ask lstat). */
static int64_t dirent_type(unsigned char t)
{
    switch (t) {
    case DT_BLK: return MODE_DEVICE;
    case DT_CHR: return MODE_DEVICE | MODE_CHAR_DEVICE;
    case DT_DIR: return MODE_DIR;
    case DT_FIFO: return MODE_NAMED_PIPE;
    case DT_LNK: return MODE_SYMLINK;
    case DT_REG: return 0;
    case DT_SOCK: return MODE_SOCKET;
    default: return -1;
    }
}

typedef struct DirName {
    char *name;
    uint64_t type;
} DirName;

static int dir_name_cmp(const void *a, const void *b)
{
    return strcmp(((const DirName *)a)->name, ((const DirName *)b)->name);
}

/* The entries of directory path (but . and ..), sorted by name, in
 * *out (to free); 0, or an error number. */
static int read_dir_names(const char *path, DirName **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    DIR *d = opendir(path);
    if (!d)
        return errno;
    size_t cap = 0;
    struct dirent *de;
    while ((errno = 0, de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        int64_t t = dirent_type(de->d_type);
        if (t < 0) {
            struct stat sb;
            char *full = xmalloc(strlen(path) + strlen(de->d_name) + 2);
            sprintf(full, "%s/%s", path, de->d_name);
            t = lstat(full, &sb) == 0 ? (int64_t)(file_mode(sb.st_mode) & MODE_TYPE) : 0;
            free(full);
        }
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            *out = xrealloc(*out, cap * sizeof **out);
        }
        (*out)[*n].name = xmalloc(strlen(de->d_name) + 1);
        strcpy((*out)[*n].name, de->d_name);
        (*out)[(*n)++].type = (uint64_t)t;
    }
    int e = errno;
    closedir(d);
    if (*n > 1)
        qsort(*out, *n, sizeof **out, dir_name_cmp);
    return e;
}

/* os.ReadDir: the directory's entries, each a *os.unixDirent{parent,
 * name, typ} (govm's own, os_register), sorted by name. */
/* The entries of an embedded directory: the next element of each key
 * below it, once each (a key with more elements makes a directory). */
static void embedded_dir_names(const VM *vm, Value dir, DirName **out, size_t *n)
{
    char *c = nat_c_string(dir), clean[4096];
    bool ok = c && path_clean(c, strlen(c), clean, sizeof clean - 1);
    free(c);
    *out = NULL;
    *n = 0;
    if (!ok)
        return;
    /* The prefix of the keys below: "dir/", or "" for "." (whose
     * entries are the relative keys' first elements). */
    size_t len = strlen(clean), cap = 0;
    if (strcmp(clean, ".") == 0)
        len = 0;
    else
        clean[len++] = '/';
    for (uint32_t i = 0; i < vm->bundle->nfiles; i++) {
        const char *key = vm->bundle->files[i].key;
        if (strncmp(key, clean, len) != 0 || (len == 0 && (key[0] == '/' || strncmp(key, "../", 3) == 0)))
            continue;
        const char *rest = key + len, *slash = strchr(rest, '/');
        size_t el = slash ? (size_t)(slash - rest) : strlen(rest);
        /* Keys below one directory are next to each other in order. */
        if (*n > 0 && strlen((*out)[*n - 1].name) == el && memcmp((*out)[*n - 1].name, rest, el) == 0)
            continue;
        if (vm->nshadowed) {   /* written or removed: the disk's, if anything */
            char child[4096];
            snprintf(child, sizeof child, "%.*s%.*s", (int)len, clean, (int)el, rest);
            if (is_shadowed(vm, child))
                continue;
        }
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            *out = xrealloc(*out, cap * sizeof **out);
        }
        (*out)[*n].name = xmalloc(el + 1);
        memcpy((*out)[*n].name, rest, el);
        (*out)[*n].name[el] = '\0';
        (*out)[(*n)++].type = slash ? MODE_DIR : 0;
    }
    if (*n > 1)
        qsort(*out, *n, sizeof **out, dir_name_cmp);
}

/* Adds to the embedded entries (*names, sorted) the disk's entries
 * that no embedded one shadows. */
static void merge_disk_names(DirName **names, size_t *n, DirName *disk, size_t ndisk)
{
    size_t had = *n;
    for (size_t i = 0; i < ndisk; i++) {
        DirName key = {disk[i].name, 0};
        if (had && bsearch(&key, *names, had, sizeof key, dir_name_cmp)) {
            free(disk[i].name);
            continue;
        }
        *names = xrealloc(*names, (*n + 1) * sizeof **names);
        (*names)[(*n)++] = disk[i];
    }
    free(disk);
    if (*n > 1)
        qsort(*names, *n, sizeof **names, dir_name_cmp);
}

/* Is the path argument "." (or "./", ".//.")? */
static bool is_dot(Value s)
{
    char clean[8];
    return str_len(s.p) < 64 && path_clean(str_ptr(s.p), str_len(s.p), clean, sizeof clean) && strcmp(clean, ".") == 0;
}

static int os_read_dir(VM *vm, size_t at, uint32_t nargs)
{
    DirName *names = NULL;
    size_t n = 0;
    int e = 0;
    const BundleFile *ef;
    EmbKind k = embedded_kind(vm, ARG(0), &ef);
    if (k == EMB_FILE || k == EMB_NOTDIR) {
        e = ENOTDIR;
    } else {
        /* An embedded directory lies over the disk's of the same name. */
        char *path = path_string(vm, ARG(0));
        DirName *disk = NULL;
        size_t ndisk = 0;
        e = path ? read_dir_names(path, &disk, &ndisk) : EINVAL;
        free(path);
        if (k == EMB_DIR || (is_dot(ARG(0)) && has_embedded(vm, ARG(0)))) {
            embedded_dir_names(vm, ARG(0), &names, &n);
            if (k == EMB_DIR)
                e = 0;
        }
        if (e == 0)
            merge_disk_names(&names, &n, disk, ndisk);
        else {
            for (size_t i = 0; i < ndisk; i++)
                free(disk[i].name);
            free(disk);
        }
    }
    if (e && k == EMB_NOTDIR) {
        RES(0).p = NULL;
        RES(1) = path_error(vm, "open", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        return 0;
    }
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (e) {
        /* Go opens the path first: only a path that is no directory gets
         * as far as reading it. */
        RES(1) = path_error(vm, e == ENOTDIR ? "readdirent" : "open", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
        for (size_t i = 0; i < n; i++)
            free(names[i].name);
        free(names);
        return 0;
    }
    uint32_t pt = vm_type_named(vm, "*os.unixDirent");
    uint32_t lt = nat_slice_type(vm, "[]os.DirEntry", nat_type(vm, "os.DirEntry", BK_INTERFACE));
    Slice *list = nat_slice(vm, lt, n);
    RES(0).p = list;
    for (size_t i = 0; i < n; i++) {
        GoString *s = nat_string(vm, names[i].name, strlen(names[i].name));
        gc_protect(vm, s);
        Agg *o = agg_new(vm, &vm->types[vm->types[pt].elem], 3);
        gc_unprotect(vm, 1);
        o->v[0] = ARG(0);
        o->v[1].p = s;
        o->v[2].u = names[i].type;
        *slice_at(list, i) = nat_box(vm, pt, (Value){.p = o});
        free(names[i].name);
    }
    free(names);
    return 0;
}

static const Agg *dirent_arg(Value v)
{
    return agg_arg(v, 3);
}

static int de_name(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = dirent_arg(ARG(0));
    RES(0).p = o ? o->v[1].p : NULL;
    return 0;
}

static int de_is_dir(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = dirent_arg(ARG(0));
    RES(0).u = o && (o->v[2].u & MODE_DIR);
    return 0;
}

static int de_type(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = dirent_arg(ARG(0));
    RES(0).u = o ? o->v[2].u : 0;
    return 0;
}

/* Info: lstat of parent/name. */
static int de_info(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *o = dirent_arg(ARG(0));
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (!o)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    Buf full;
    buf_init(&full);
    buf_append(&full, str_ptr(o->v[0].p), str_len(o->v[0].p));
    buf_putc(&full, '/');
    buf_append(&full, str_ptr(o->v[1].p), str_len(o->v[1].p));
    buf_putc(&full, '\0');
    struct stat sb;
    GoString *fs = nat_string(vm, (const char *)full.data, full.len - 1);
    int emb = stat_embedded(vm, (Value){.p = fs}, &sb);
    int e = emb >= 0 ? emb
            : memchr(full.data, '\0', full.len - 1) ? EINVAL
            : lstat((const char *)full.data, &sb) != 0 ? errno : 0;
    if (e)
        RES(1) = path_error(vm, "lstat", (const char *)full.data, full.len - 1, e);
    else
        RES(0) = file_info(vm, str_ptr(o->v[1].p), str_len(o->v[1].p), &sb);
    buf_free(&full);
    return 0;
}

/* os.MkdirAll, as Go's: nothing to do if path is a directory; else the
 * missing parents, then path.  The parents are found walking up (no
 * recursion over the path), then made top down. */
static int os_mkdir_all(VM *vm, size_t at, uint32_t nargs)
{
    char *path = path_string(vm, ARG(0));
    mode_t perm = (mode_t)(ARG(1).u & 0777);
    RES(0).p = NULL;
    if (!path) {
        RES(0) = path_error(vm, "mkdir", str_ptr(ARG(0).p), str_len(ARG(0).p), EINVAL);
        return 0;
    }
    size_t *todo = NULL, ntodo = 0, len = strlen(path);
    int e = 0;
    struct stat sb;
    for (;;) {
        char save = path[len];
        path[len] = '\0';
        int r = stat(path, &sb);
        path[len] = save;
        if (r == 0) {
            if (!S_ISDIR(sb.st_mode))
                e = ENOTDIR;   /* "mkdir a: not a directory" for this level */
            break;
        }
        todo = xrealloc(todo, (ntodo + 1) * sizeof *todo);
        todo[ntodo++] = len;
        /* The parent: skip trailing slashes, then back over the element. */
        size_t i = len;
        while (i > 0 && path[i - 1] == '/')
            i--;
        while (i > 0 && path[i - 1] != '/')
            i--;
        if (i <= 1)
            break;
        len = i - 1;
    }
    while (e == 0 && ntodo > 0) {
        len = todo[--ntodo];
        path[len] = '\0';
        if (mkdir(path, perm) != 0) {
            int me = errno;
            if (!(lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode)))
                e = me;
        }
        if (e == 0)
            path[len] = ntodo > 0 ? '/' : path[len];
    }
    if (e)
        RES(0) = path_error(vm, "mkdir", path, len, e);
    free(todo);
    free(path);
    return 0;
}

/* os.Remove: a file (unlink) or an empty directory (rmdir); when both
 * fail, rmdir's error unless it says the path is no directory. */
static int os_remove(VM *vm, size_t at, uint32_t nargs)
{
    char *name = path_string(vm, ARG(0));
    RES(0).p = NULL;
    int e = EINVAL;
    if (name && unlink(name) != 0) {
        e = errno;
        if (rmdir(name) == 0)
            e = 0;
        else if (errno != ENOTDIR)
            e = errno;
    } else if (name) {
        e = 0;
    }
    free(name);
    if (e)
        RES(0) = path_error(vm, "remove", str_ptr(ARG(0).p), str_len(ARG(0).p), e);
    else
        shadow(vm, ARG(0));
    return 0;
}

/* ==== FileMode ======================================================== */

static int fm_is_dir(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = (ARG(0).u & MODE_DIR) != 0;
    return 0;
}

static int fm_is_regular(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = (ARG(0).u & MODE_TYPE) == 0;
    return 0;
}

static int fm_perm(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = ARG(0).u & 0777;
    return 0;
}

/* Go's FileMode.String: a letter for each type bit set ("-" if none),
 * then rwx for the permissions: "drwxr-xr-x". */
static int fm_string(VM *vm, size_t at, uint32_t nargs)
{
    static const char letters[] = "dalTLDpSugct?", rwx[] = "rwxrwxrwx";
    uint32_t m = (uint32_t)ARG(0).u;
    char buf[32];
    int w = 0;
    for (int i = 0; letters[i]; i++)
        if (m & (1u << (31 - i)))
            buf[w++] = letters[i];
    if (w == 0)
        buf[w++] = '-';
    for (int i = 0; i < 9; i++)
        buf[w++] = m & (1u << (8 - i)) ? rwx[i] : '-';
    RES(0).p = nat_string(vm, buf, (size_t)w);
    return 0;
}

/* ==== the process ===================================================== */

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

static const char *env_of(Value key)
{
    char *k = nat_c_string(key);
    const char *v = k ? getenv(k) : NULL;
    free(k);
    return v;
}

static int os_getenv(VM *vm, size_t at, uint32_t nargs)
{
    const char *v = env_of(ARG(0));
    RES(0).p = nat_string(vm, v ? v : "", v ? strlen(v) : 0);
    return 0;
}

static int os_lookup_env(VM *vm, size_t at, uint32_t nargs)
{
    const char *v = env_of(ARG(0));
    RES(1).u = v != NULL;
    RES(0).p = nat_string(vm, v ? v : "", v ? strlen(v) : 0);
    return 0;
}

/* os.Executable: the running program's file, which is govm's. */
static int os_executable(VM *vm, size_t at, uint32_t nargs)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    RES(0).p = NULL;
    RES(1).p = NULL;
    if (n < 0) {
        RES(0).p = nat_string(vm, "", 0);
        RES(1) = path_error(vm, "readlink", "/proc/self/exe", 14, errno);
        return 0;
    }
    RES(0).p = nat_string(vm, buf, (size_t)n);
    return 0;
}

static int os_exit(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    return nat_exit(vm, (int)ARG(0).i);
}

/* The types the natives here make values of (see misc_register): the
 * *os.File's struct always, the rest when the program calls for them. */
void os_register(VM *vm)
{
    nat_file_type(vm);
    if (!nat_uses(vm, "os."))
        return;
    uint32_t str = nat_type(vm, "string", BK_STRING), err = nat_type(vm, "error", BK_INTERFACE);
    uint32_t i64 = nat_type(vm, "int64", BK_INT64), mode = nat_type(vm, "os.FileMode", BK_UINT32);
    static const char *const pe_names[] = {"Op", "Path", "Err"}, *const errno_names[] = {"n"};
    uint32_t pe_types[] = {str, str, err}, errno_types[] = {nat_type(vm, "int", BK_INT)};
    nat_own_struct(vm, "os.PathError", "*os.PathError", 3, pe_names, pe_types);
    nat_own_struct(vm, "syscall.errno", "syscall.Errno", 1, errno_names, errno_types);
    if (nat_uses(vm, "os.Stat") || nat_uses(vm, "os.ReadDir")) {
        static const char *const names[] = {"name", "size", "mode"};
        uint32_t types[] = {str, i64, mode};
        nat_own_struct(vm, "os.fileStat", "*os.fileStat", 3, names, types);
    }
    if (nat_uses(vm, "os.ReadDir")) {
        static const char *const names[] = {"parent", "name", "typ"};
        uint32_t types[] = {str, str, mode};
        nat_own_struct(vm, "os.unixDirent", "*os.unixDirent", 3, names, types);
        nat_slice_type(vm, "[]os.DirEntry", nat_type(vm, "os.DirEntry", BK_INTERFACE));
    }
    byte_slice_type(vm);
}

const NativeDef natives_os[] = {
    {"os.Exit", "R", "", os_exit},
    {"os.Args", "", "P", os_args},
    {"os.Stdin", "", "P", os_stdin},
    {"os.Stdout", "", "P", os_stdout},
    {"os.Stderr", "", "P", os_stderr},
    {"os.Getenv", "P", "P", os_getenv},
    {"os.LookupEnv", "P", "PR", os_lookup_env},
    {"os.Executable", "", "PP", os_executable},
    {"os.Open", "P", "PP", os_open},
    {"os.Create", "P", "PP", os_create},
    {"os.ReadFile", "P", "PP", os_read_file},
    {"os.WriteFile", "PPR", "P", os_write_file},
    {"os.ReadDir", "P", "PP", os_read_dir},
    {"os.Stat", "P", "PP", os_stat},
    {"os.MkdirAll", "PR", "P", os_mkdir_all},
    {"os.Remove", "P", "P", os_remove},
    {"os.IsNotExist", "P", "R", os_is_not_exist},
    {"os.IsExist", "P", "R", os_is_exist},
    {"os.(*File).Read", "PP", "RP", file_read_m},
    {"os.(*File).Write", "PP", "RP", file_write_m},
    {"os.(*File).WriteString", "PP", "RP", file_write_string},
    {"os.(*File).Close", "P", "P", file_close},
    {"os.(*File).Name", "P", "P", file_name},
    {"os.FileMode.IsDir", "R", "R", fm_is_dir},
    {"os.FileMode.IsRegular", "R", "R", fm_is_regular},
    {"os.FileMode.Perm", "R", "R", fm_perm},
    {"os.FileMode.String", "R", "P", fm_string},
    {"os.(*PathError).Error", "P", "P", pe_error},
    {"os.(*PathError).Unwrap", "P", "P", pe_unwrap},
    {"syscall.Errno.Error", "P", "P", errno_error},
    {"syscall.Errno.Is", "PP", "R", errno_is_m},
    {"os.(*fileStat).Name", "P", "P", fs_name},
    {"os.(*fileStat).Size", "P", "R", fs_size},
    {"os.(*fileStat).Mode", "P", "R", fs_mode},
    {"os.(*fileStat).IsDir", "P", "R", fs_is_dir},
    {"os.(*fileStat).Sys", "P", "P", fs_sys},
    {"os.(*unixDirent).Name", "P", "P", de_name},
    {"os.(*unixDirent).IsDir", "P", "R", de_is_dir},
    {"os.(*unixDirent).Type", "P", "R", de_type},
    {"os.(*unixDirent).Info", "P", "PP", de_info},
    {NULL, NULL, NULL, NULL},
};
