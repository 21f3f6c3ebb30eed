/* natives.h - what govm's standard-library files share: reading a
 * native's arguments, making strings, slices and error values, and
 * each library's table of natives.  The declarations gocheck reads are
 * in stdlib/; each native here implements one of them. */
#ifndef GOMINI_NATIVES_H
#define GOMINI_NATIVES_H

#include "vm.h"

/* A native's argument i and result i (vm->run.stack may move when a native
 * calls back into bytecode: these index it afresh). */
#define ARG(i) (vm->run.stack[at + (i)])
#define RES(i) (vm->run.stack[at + nargs + (i)])

/* A library's natives: a table ending with a row whose name is NULL. */
extern const NativeDef natives_fmt[], natives_strings[], natives_strconv[], natives_errors[], natives_math[],
    natives_sort[], natives_os[], natives_unicode[], natives_io[], natives_time[], natives_scan[], natives_sync[], natives_task[], natives_vm[];

/* The standard library's error variables, one row each:
 * E(ID, "pkg.Var", "its message").  Each is one value for the life of
 * the VM, so that err == io.EOF and errors.Is(err, strconv.ErrSyntax)
 * hold for the errors the natives return. */
#define SENTINEL_LIST(E)                                   \
    E(IO_EOF, "io.EOF", "EOF")                             \
    E(IO_UNEXPECTED_EOF, "io.ErrUnexpectedEOF", "unexpected EOF") \
    E(STRCONV_SYNTAX, "strconv.ErrSyntax", "invalid syntax")      \
    E(STRCONV_RANGE, "strconv.ErrRange", "value out of range")       \
    E(CONTEXT_CANCELED, "context.Canceled", "context canceled")    \
    E(OS_NOT_EXIST, "os.ErrNotExist", "file does not exist")      \
    E(OS_EXIST, "os.ErrExist", "file already exists")             \
    E(BUFIO_INVALID_UNREAD_BYTE, "bufio.ErrInvalidUnreadByte", "bufio: invalid use of UnreadByte") \
    E(BUFIO_INVALID_UNREAD_RUNE, "bufio.ErrInvalidUnreadRune", "bufio: invalid use of UnreadRune") \
    E(BUFIO_BUFFER_FULL, "bufio.ErrBufferFull", "bufio: buffer full") \
    E(BUFIO_NEGATIVE_COUNT, "bufio.ErrNegativeCount", "bufio: negative count")

typedef enum Sentinel {
#define E(id, name, msg) SENT_##id,
    SENTINEL_LIST(E)
#undef E
    SENT__COUNT
} Sentinel;

/* The error value of a standard-library error variable. */
Value nat_sentinel(VM *vm, Sentinel id);

/* lib_os.c: the struct of an *os.File {fd int; name string} (fd -1
 * once closed); writing to one (0, or -1 with *err its *PathError),
 * and one read of up to n bytes into a buffer (the count; *err is
 * io.EOF at the end, or the error). */
uint32_t nat_file_type(VM *vm);
int nat_file_write(VM *vm, Agg *f, const char *p, size_t n, Value *err);
int nat_file_read(VM *vm, Agg *f, size_t n, Buf *into, Value *err);

/* Writes bytes to an io.Writer (lib_io.c). */
int nat_write(VM *vm, Value w, const char *p, size_t n);

/* A native's arguments have the classes its signature says, but a
 * forged file could hand it another kind of object: these accessors
 * treat anything that is not what they read as empty (never a crash). */

/* The bytes of a string value (NULL is ""). */
static inline const char *str_ptr(const void *p)
{
    const GoString *s = p;
    return s && s->h.kind == GC_STRING ? s->data : "";
}

static inline size_t str_len(const void *p)
{
    const GoString *s = p;
    return s && s->h.kind == GC_STRING ? s->len : 0;
}

/* A slice value's length (NULL, or not a slice: 0), and element i < it. */
static inline size_t slice_len(const void *p)
{
    const Slice *s = p;
    return s && s->h.kind == GC_SLICE ? s->len : 0;
}

static inline Value *slice_at(const void *p, size_t i)
{
    const Slice *s = p;
    return &s->arr->v[s->off + i];
}

/* Does slice p hold elements of class cls (a native writing numbers
 * into a []string would make pointers of them)? */
static inline bool slice_of(const void *p, uint8_t cls)
{
    const Slice *s = p;
    return s && s->h.kind == GC_SLICE && s->arr->elem_cls == cls && !s->arr->elem_agg;
}

/* A struct argument with at least n fields (NULL otherwise). */
static inline Agg *agg_arg(Value v, size_t n)
{
    Agg *o = v.p;
    return o && o->h.kind == GC_AGG && o->n >= n && o->slot_cls ? o : NULL;
}

GoString *nat_string(VM *vm, const char *s, size_t len);
/* A string value as a C string (to free), or NULL if it holds a NUL
 * byte, which no file name or argument can. */
char *nat_c_string(Value s);
/* A new slice of type t (a file's or govm's own) holding n zero elements. */
Slice *nat_slice(VM *vm, uint32_t t, size_t n);
/* The file's type index for a type name, adding govm's own basic one
 * (string, int ...) when the file has none. */
uint32_t nat_type(VM *vm, const char *name, BcKind kind);
uint32_t nat_slice_type(VM *vm, const char *name, uint32_t elem);
/* The program's struct type of that name, or govm's own with nfields
 * fields of the given classes (for a standard-library struct the
 * program never names: bufio.Scanner behind a *bufio.Scanner). */
uint32_t nat_struct_type(VM *vm, const char *name, uint32_t nfields, const uint8_t *cls);

/* lib_misc.c: govm's own types with methods (*sort.reverse,
 * *errors.joinError, *os.PathError ...), which must exist before the
 * method tables are built: each library's register function adds those
 * the program calls for (nat_uses: a native whose name starts with
 * prefix), called from natives_register. */
bool nat_uses(const VM *vm, const char *prefix);
/* The pointer type pname to struct sname with these fields (no field a
 * struct or array): the program's if it names them, else govm's own. */
uint32_t nat_own_struct(VM *vm, const char *sname, const char *pname, uint32_t nfields, const char *const *names,
                        const uint32_t *types);
void misc_register(VM *vm);
void os_register(VM *vm);
/* Room for more types of govm's own, made at load: objects point at
 * their types, so the table must not move once the program runs. */
void nat_reserve_types(VM *vm, uint32_t more);
/* A new interface box of type t around v (kept alive meanwhile). */
Value nat_box(VM *vm, uint32_t t, Value v);

/* Errors: a new error value with message msg (errors.New's), one
 * wrapping err (fmt.Errorf's %w), and the message of any error value
 * (its Error method, bytecode or native); 2 if that method panicked. */
Value nat_error(VM *vm, const char *msg, size_t len);
Value nat_wrap_error(VM *vm, const char *msg, size_t len, Value wrapped);
/* A runtime error (runtime.Error) with message msg, as a panic's value. */
Value nat_runtime_error(VM *vm, const char *msg, size_t len);
int nat_error_text(VM *vm, Value err, Buf *out);
/* err's Unwrap(), or nil. */
int nat_unwrap(VM *vm, Value err, Value *out);

/* A panic from a native ("panic: msg"), and a runtime error's
 * ("panic: runtime error: msg"), as the loop reports them. */
int nat_panic(VM *vm, const char *fmt, ...) PRINTF_LIKE(2, 3);
int nat_runtime_panic(VM *vm, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* os.Exit(code): ends the run at once with that status. */
int nat_exit(VM *vm, int code);
/* strconv.Quote's form of s (fmt.c). */
void strconv_quote(Buf *b, const char *s, size_t n);
void strconv_quote_rune(Buf *b, int32_t r);   /* strconv.QuoteRune's */

/* fmt.c: formatting as fmt's Sprint, Sprintln and Sprintf do; args are
 * interface values.  Returns 0, or 2 if a String or Error method panicked. */
int fmt_sprint(VM *vm, Buf *out, const Value *args, size_t n, bool ln);
int fmt_sprintf(VM *vm, Buf *out, const char *format, size_t flen, const Value *args, size_t n, bool errorf);
/* Go's %v of a float (shortest, %e form for large and small exponents). */
void fmt_float_shortest(Buf *out, double f, unsigned bits, char verb);

/* Registers govm's own types (vm_bind). */
void natives_register(VM *vm);
/* Every native, library by library: natives_all(0), then natives_next
 * until NULL. */
const NativeDef *natives_all(size_t lib);
const NativeDef *natives_next(const NativeDef *d);

#endif
