/* natives.h - what govm's standard-library files share: reading a
 * native's arguments, making strings, slices and error values, and
 * each library's table of natives.  The declarations gocheck reads are
 * in stdlib/; each native here implements one of them. */
#ifndef GOMINI_NATIVES_H
#define GOMINI_NATIVES_H

#include "vm.h"

/* A native's argument i and result i (vm->stack may move when a native
 * calls back into bytecode: these index it afresh). */
#define ARG(i) (vm->stack[at + (i)])
#define RES(i) (vm->stack[at + nargs + (i)])

/* A library's natives: a table ending with a row whose name is NULL. */
extern const NativeDef natives_fmt[], natives_strings[], natives_strconv[], natives_errors[], natives_math[],
    natives_sort[], natives_os[], natives_unicode[], natives_io[], natives_time[];

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
