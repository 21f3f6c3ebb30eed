/* natives.c - the registry of govm's native functions, the types govm
 * adds for values the natives make (the errors of errors.New and
 * fmt.Errorf), and the helpers every library file uses (natives.h). */
#include "natives.h"

#include <stdarg.h>
#include <string.h>

/* The error values natives make: *errors.errorString {s string} and
 * *fmt.wrapError {msg string; err error}, with Error and Unwrap methods
 * as Go's. */
static int error_string_error(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = ARG(0).p;
    RES(0) = e->v[0];
    return 0;
}

static int wrap_error_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = ARG(0).p;
    RES(0) = e->v[1];
    return 0;
}

/* runtime.Error's marker method: errors.As(err, &re) with re an
 * interface{ RuntimeError() } finds the VM's own panics, as in Go. */
static int runtime_error_marker(VM *vm, size_t at, uint32_t nargs)
{
    (void)vm, (void)at, (void)nargs;
    return 0;
}

static const char *const sentinel_msgs[SENT__COUNT] = {
#define E(id, name, msg) [SENT_##id] = msg,
    SENTINEL_LIST(E)
#undef E
};

_Static_assert(SENT__COUNT <= sizeof ((VM *)0)->sentinels / sizeof(GcHeader *), "VM.sentinels holds them all");

Value nat_sentinel(VM *vm, Sentinel id)
{
    if (!vm->sentinels[id])
        vm->sentinels[id] = nat_error(vm, sentinel_msgs[id], strlen(sentinel_msgs[id])).p;
    return (Value){.p = vm->sentinels[id]};
}

/* The natives that give a package's error variable its value. */
#define E(id, name, msg) \
    static int sentinel_##id(VM *vm, size_t at, uint32_t nargs) { RES(0) = nat_sentinel(vm, SENT_##id); return 0; }
SENTINEL_LIST(E)
#undef E

static const NativeDef natives_own[] = {
#define E(id, name, msg) {name, "", "P", sentinel_##id},
    SENTINEL_LIST(E)
#undef E
    {"errors.(*errorString).Error", "P", "P", error_string_error},
    {"fmt.(*wrapError).Error", "P", "P", error_string_error},
    {"fmt.(*wrapError).Unwrap", "P", "P", wrap_error_unwrap},
    {"runtime.(*Error).Error", "P", "P", error_string_error},
    {"runtime.(*Error).RuntimeError", "P", "", runtime_error_marker},
    {NULL, NULL, NULL, NULL},
};

static const NativeDef *const libraries[] = {
    natives_fmt, natives_strings, natives_strconv, natives_errors, natives_math, natives_sort, natives_os,
    natives_unicode, natives_io, natives_time, natives_scan, natives_sync, natives_task, natives_vm, natives_own,
};
#define NLIBS (sizeof libraries / sizeof libraries[0])

const NativeDef *natives_all(size_t lib)
{
    for (; lib < NLIBS; lib++)
        if (libraries[lib]->name)
            return libraries[lib];
    return NULL;
}

const NativeDef *natives_next(const NativeDef *d)
{
    if ((d + 1)->name)
        return d + 1;
    /* The end of d's library: go on with the next one. */
    for (size_t l = 0; l < NLIBS; l++) {
        const NativeDef *end = libraries[l];
        while (end->name)
            end++;
        if (d + 1 == end)
            return natives_all(l + 1);
    }
    return NULL;
}

const NativeDef *native_find(const char *name)
{
    for (const NativeDef *d = natives_all(0); d; d = natives_next(d))
        if (strcmp(d->name, name) == 0)
            return d;
    return NULL;
}

/* ==== govm's own types ================================================ */

uint32_t nat_type(VM *vm, const char *name, BcKind kind)
{
    uint32_t t = vm_type_named(vm, name);
    if (t != BC_NO_TYPE && vm->types[t].kind == kind)
        return t;
    return vm_add_type(vm, (BcType){.kind = kind, .name = (char *)name, .elem = BC_NO_TYPE, .key = BC_NO_TYPE});
}

uint32_t nat_slice_type(VM *vm, const char *name, uint32_t elem)
{
    uint32_t t = vm_type_named(vm, name);
    if (t != BC_NO_TYPE && vm->types[t].kind == BK_SLICE && vm->types[t].elem == elem)
        return t;
    return vm_add_type(vm, (BcType){.kind = BK_SLICE, .name = (char *)name, .elem = elem, .key = BC_NO_TYPE});
}

uint32_t nat_struct_type(VM *vm, const char *name, uint32_t nfields, const uint8_t *cls)
{
    uint32_t t = vm_type_named(vm, name);
    if (t != BC_NO_TYPE && vm->types[t].kind == BK_STRUCT && vm->types[t].nfields == nfields)
        return t;
    /* Not in the program's table (the program never names it): govm's own. */
    static const char *const names[] = {"f0", "f1", "f2", "f3"};
    BcType st = {.kind = BK_STRUCT, .name = (char *)name, .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    st.fields = xcalloc(nfields ? nfields : 1, sizeof *st.fields);
    st.slot_cls = xcalloc(nfields ? nfields : 1, 1);
    st.slot_agg = xcalloc(nfields ? nfields : 1, 1);
    uint32_t any_t = nat_type(vm, "uintptr", BK_UINTPTR), ref_t = nat_type(vm, "*uint8", BK_POINTER);
    for (uint32_t i = 0; i < nfields && i < 4; i++) {
        st.fields[i] = (BcField){(char *)names[i], cls[i] == BC_REF ? ref_t : any_t, false};
        st.slot_cls[i] = cls[i];
    }
    st.nfields = nfields;
    return vm_add_type(vm, st);
}

/* A struct type of govm's own with the given fields (all references),
 * and a pointer type to it, whose methods natives_own names. */
static uint32_t add_error_type(VM *vm, const char *sname, const char *pname, const char *const *fields,
                               const uint32_t *ftypes, uint32_t nfields)
{
    BcType st = {.kind = BK_STRUCT, .name = (char *)sname, .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    st.fields = xcalloc(nfields, sizeof *st.fields);
    st.slot_cls = xmalloc(nfields);
    st.slot_agg = xcalloc(nfields, 1);
    for (uint32_t i = 0; i < nfields; i++) {
        st.fields[i] = (BcField){(char *)fields[i], ftypes[i], false};
        st.slot_cls[i] = BC_REF;
    }
    st.nfields = nfields;
    uint32_t s = vm_add_type(vm, st);
    return vm_add_type(vm, (BcType){.kind = BK_POINTER, .name = (char *)pname, .elem = s, .key = BC_NO_TYPE});
}

void natives_register(VM *vm)
{
    uint32_t str = nat_type(vm, "string", BK_STRING);
    uint32_t err = nat_type(vm, "error", BK_INTERFACE);
    static const char *const es_fields[] = {"s"}, *const we_fields[] = {"msg", "err"};
    uint32_t es_types[] = {str}, we_types[] = {str, err};
    vm->t_error_string = add_error_type(vm, "errors.errorString", "*errors.errorString", es_fields, es_types, 1);
    vm->t_wrap_error = add_error_type(vm, "fmt.wrapError", "*fmt.wrapError", we_fields, we_types, 2);
    vm->t_runtime_error = add_error_type(vm, "runtime.Error", "*runtime.Error", es_fields, es_types, 1);
    /* errors.As(err, &numErr) matches the program's own *strconv.NumError. */
    uint32_t ne = vm_type_named(vm, "*strconv.NumError");
    if (ne != BC_NO_TYPE && vm->types[ne].kind == BK_POINTER && vm->types[ne].elem < vm->ntypes &&
        vm->types[vm->types[ne].elem].kind == BK_STRUCT && vm->types[vm->types[ne].elem].nfields == 3) {
        vm->t_num_error = ne;
    } else {
        static const char *const ne_fields[] = {"Func", "Num", "Err"};
        uint32_t ne_types[] = {str, str, err};
        vm->t_num_error = add_error_type(vm, "strconv.NumError", "*strconv.NumError", ne_fields, ne_types, 3);
    }
    misc_register(vm);
    os_register(vm);
    /* Natives add a few more types as they run (nat_type, nat_slice_type):
     * room for them, so that the table never moves under the objects. */
    nat_reserve_types(vm, 64);
}

/* ==== helpers ========================================================= */

GoString *nat_string(VM *vm, const char *s, size_t len)
{
    return vm_string(vm, s, len);
}

char *nat_c_string(Value s)
{
    size_t n = str_len(s.p);
    if (memchr(str_ptr(s.p), '\0', n))
        return NULL;
    char *c = xmalloc(n + 1);
    memcpy(c, str_ptr(s.p), n);
    c[n] = '\0';
    return c;
}

Slice *nat_slice(VM *vm, uint32_t t, size_t n)
{
    Slice *s = slice_grow(vm, &vm->types[t], NULL, n);
    return s;
}

static Value make_error(VM *vm, uint32_t ptype, const char *msg, size_t len, Value wrapped)
{
    const BcType *pt = &vm->types[ptype];
    GoString *s = nat_string(vm, msg, len);
    gc_protect(vm, s);
    gc_protect(vm, wrapped.p);
    Agg *e = agg_new(vm, &vm->types[pt->elem], vm->types[pt->elem].nfields);
    e->v[0].p = s;
    if (e->n > 1)
        e->v[1] = wrapped;
    gc_protect(vm, e);
    Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
    gc_unprotect(vm, 3);
    box->type = ptype;
    box->v.p = e;
    return (Value){.p = box};
}

Value nat_error(VM *vm, const char *msg, size_t len)
{
    return make_error(vm, vm->t_error_string, msg, len, (Value){0});
}

Value nat_runtime_error(VM *vm, const char *msg, size_t len)
{
    return make_error(vm, vm->t_runtime_error, msg, len, (Value){0});
}

Value nat_wrap_error(VM *vm, const char *msg, size_t len, Value wrapped)
{
    return make_error(vm, vm->t_wrap_error, msg, len, wrapped);
}

int nat_error_text(VM *vm, Value err, Buf *out)
{
    const Iface *box = iface_box(vm, err);
    if (!box) {
        buf_puts(out, "<nil>");
        return 0;
    }
    uint32_t f = vm_method(vm, box->type, vm->m_error);
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 1, "P")) {
        buf_puts(out, "?");
        return 0;
    }
    Value res;
    int st = vm_call(vm, f, &box->v, 1, &res, 1);
    if (st == 0)
        buf_append(out, str_ptr(res.p), str_len(res.p));
    return st;
}

int nat_unwrap(VM *vm, Value err, Value *out)
{
    const Iface *box = iface_box(vm, err);
    out->p = NULL;
    if (!box)
        return 0;
    uint32_t f = vm_method(vm, box->type, vm->m_unwrap);
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 1, "P"))
        return 0;
    return vm_call(vm, f, &box->v, 1, out, 1);
}
