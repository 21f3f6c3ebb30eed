/* objects.c - structs, arrays and slices: making them, copying them as
 * Go copies values, and Go's == and hashing over every comparable type.
 * Recursion here follows a type's nesting by value, which the bytecode
 * reader bounds (BC_MAX_VALUE_DEPTH); it never follows pointers. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

static const BcType *type_at(const VM *vm, uint32_t t)
{
    return &vm->types[t];
}

Agg *agg_new(VM *vm, const BcType *t, size_t n)
{
    if (n > (SIZE_MAX - sizeof(Agg)) / sizeof(Value))
        vm_out_of_memory(vm);
    Agg *o = gc_alloc(vm, GC_AGG, sizeof *o + n * sizeof(Value));
    o->type = t;
    o->n = n;
    if (t->kind == BK_STRUCT) {
        o->slot_cls = t->slot_cls;
        o->slot_agg = t->slot_agg;
    } else {
        const BcType *e = type_at(vm, t->elem);
        o->elem_cls = e->cls;
        o->elem_agg = e->agg;
    }
    return o;
}

/* The type of slot i's value (a struct's field, or the element). */
static const BcType *slot_type(const VM *vm, const Agg *o, size_t i)
{
    return type_at(vm, o->type->kind == BK_STRUCT ? o->type->fields[i].type : o->type->elem);
}

/* Fills slots [from, to) that hold structs or arrays with zero ones. */
static void fill_zero(VM *vm, Agg *o, size_t from, size_t to)
{
    if (!o->slot_agg && !o->elem_agg)
        return;
    gc_protect(vm, o);
    for (size_t i = from; i < to; i++)
        if (agg_sub(o, i))
            o->v[i].p = agg_zero(vm, slot_type(vm, o, i));
    gc_unprotect(vm, 1);
}

Agg *agg_zero(VM *vm, const BcType *t)
{
    size_t n = t->kind == BK_STRUCT ? t->nfields : (size_t)t->len;
    Agg *o = agg_new(vm, t, n);
    fill_zero(vm, o, 0, n);
    return o;
}

Agg *agg_clone(VM *vm, const Agg *src)
{
    gc_protect(vm, (void *)src);
    Agg *o = agg_new(vm, src->type, src->n);
    memcpy(o->v, src->v, src->n * sizeof(Value));
    if (src->slot_agg || src->elem_agg) {
        gc_protect(vm, o);
        for (size_t i = 0; i < o->n; i++)
            if (agg_sub(o, i)) {
                o->v[i].p = NULL;   /* not yet a copy: nothing for the collector to follow */
                o->v[i].p = agg_clone(vm, src->v[i].p);
            }
        gc_unprotect(vm, 1);
    }
    gc_unprotect(vm, 1);
    return o;
}

/* Whether struct or array types a and b hold their values alike, as
 * the types of a conversion between identical underlying types do
 * (field names may differ in tags only; gocheck checked the rest). */
bool agg_same_layout(const VM *vm, const BcType *a, const BcType *b, unsigned depth)
{
    if (a == b)
        return true;
    if (a->kind != b->kind || !a->agg || !b->agg || depth > VALUE_FITS_MAX_DEPTH)
        return false;
    if (a->kind == BK_ARRAY)
        return a->len == b->len &&
               (vm->types[a->elem].agg
                    ? agg_same_layout(vm, &vm->types[a->elem], &vm->types[b->elem], depth + 1)
                    : vm->types[a->elem].cls == vm->types[b->elem].cls);
    if (a->nfields != b->nfields)
        return false;
    for (uint32_t i = 0; i < a->nfields; i++) {
        const BcType *fa = &vm->types[a->fields[i].type], *fb = &vm->types[b->fields[i].type];
        if (fa->agg ? !agg_same_layout(vm, fa, fb, depth + 1) : fa->cls != fb->cls || fb->agg)
            return false;
    }
    return true;
}

void agg_copy_into(VM *vm, Agg *dst, const Agg *src)
{
    if (dst == src)
        return;
    if (!dst->slot_agg && !dst->elem_agg) {
        memcpy(dst->v, src->v, dst->n * sizeof(Value));
        return;
    }
    for (size_t i = 0; i < dst->n; i++) {
        if (agg_sub(dst, i))
            agg_copy_into(vm, dst->v[i].p, src->v[i].p);
        else
            dst->v[i] = src->v[i];
    }
}

Value value_zero(VM *vm, const BcType *t)
{
    Value v = {0};
    if (t->agg)
        v.p = agg_zero(vm, t);
    return v;
}

Value value_copy(VM *vm, const BcType *t, Value v)
{
    if (t->agg && v.p)
        v.p = agg_clone(vm, v.p);
    return v;
}

/* ==== == and hashing ================================================== */

/* Comparing and hashing read inside strings, boxes and structs, trusting
 * their types; bytecode that was not made by gocodegen could have put any
 * object anywhere, so a key or an operand is checked all the way down
 * first. Forged code can even make a box that holds itself, hence the
 * limit; values Go can build nest that deep only through interfaces. */
bool value_fits(const VM *vm, const BcType *t, Value v, unsigned depth)
{
    if (t->cls != BC_REF || !v.p)
        return t->cls != BC_REF || !t->agg;
    if (depth > VALUE_FITS_MAX_DEPTH)
        return false;
    uint32_t ti = (uint32_t)(t - vm->types);
    switch (t->kind) {
    case BK_INTERFACE: {
        const Iface *x = v.p;
        return x->h.kind == GC_IFACE && x->type < vm->ntypes &&
               vm->types[x->type].kind != BK_INTERFACE &&
               value_fits(vm, type_at(vm, x->type), x->v, depth + 1);
    }
    case BK_STRUCT: case BK_ARRAY: {
        if (!payload_fits(vm, ti, v))
            return false;
        const Agg *x = v.p;
        for (size_t i = 0; i < x->n; i++)
            if (!value_fits(vm, slot_type(vm, x, i), x->v[i], depth + 1))
                return false;
        return true;
    }
    default: return payload_fits(vm, ti, v);
    }
}

static bool string_equal(const GoString *a, const GoString *b)
{
    size_t la = a ? a->len : 0, lb = b ? b->len : 0;
    return la == lb && (la == 0 || a == b || memcmp(a->data, b->data, la) == 0);
}

/* Two pointers are equal when they name the same variable: the same
 * object, or cells for the same slot. */
static bool pointer_equal(const VM *vm, const BcType *t, Value a, Value b)
{
    if (a.p == b.p)
        return true;
    if (!a.p || !b.p || type_at(vm, t->elem)->agg)
        return false;
    return ((const Cell *)a.p)->slot == ((const Cell *)b.p)->slot;
}

bool value_equal(const VM *vm, const BcType *t, Value a, Value b, const BcType **bad)
{
    switch (t->kind) {
    case BK_FLOAT32: case BK_FLOAT64: return a.f == b.f;
    case BK_STRING: return string_equal(a.p, b.p);
    case BK_POINTER: return pointer_equal(vm, t, a, b);
    case BK_CHAN: return a.p == b.p;
    case BK_INTERFACE: {
        const Iface *x = a.p, *y = b.p;
        if (!x || !y)
            return x == y;
        if (x->type != y->type)
            return false;
        return value_equal(vm, type_at(vm, x->type), x->v, y->v, bad);
    }
    case BK_STRUCT: {
        const Agg *x = a.p, *y = b.p;
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!value_equal(vm, type_at(vm, t->fields[i].type), x->v[i], y->v[i], bad))
                return false;
        return true;
    }
    case BK_ARRAY: {
        const Agg *x = a.p, *y = b.p;
        const BcType *e = type_at(vm, t->elem);
        for (size_t i = 0; i < x->n; i++)
            if (!value_equal(vm, e, x->v[i], y->v[i], bad))
                return false;
        return true;
    }
    case BK_SLICE: case BK_MAP: case BK_FUNC:
        if (bad && !*bad)
            *bad = t;
        return false;
    default: return a.u == b.u;
    }
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdu;
    return h ^ (h >> 33);
}

static uint64_t bytes_hash(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325u ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = mix(h, w);
    }
    uint64_t tail = 0;
    memcpy(&tail, p + i, n - i);
    return mix(h, tail);
}

uint64_t value_hash(const VM *vm, const BcType *t, Value v, const BcType **bad)
{
    switch (t->kind) {
    case BK_FLOAT32: case BK_FLOAT64: {
        double f = v.f == 0 ? 0.0 : v.f;   /* +0 and -0 are equal keys */
        uint64_t bits;
        memcpy(&bits, &f, sizeof bits);
        return mix(0, bits);
    }
    case BK_STRING: {
        const GoString *s = v.p;
        return s ? bytes_hash(s->data, s->len) : bytes_hash("", 0);
    }
    case BK_POINTER:
        if (v.p && !type_at(vm, t->elem)->agg)
            return mix(0, (uint64_t)(uintptr_t)((const Cell *)v.p)->slot);
        return mix(0, (uint64_t)(uintptr_t)v.p);
    case BK_INTERFACE: {
        const Iface *x = v.p;
        return x ? mix(x->type, value_hash(vm, type_at(vm, x->type), x->v, bad)) : 0;
    }
    case BK_STRUCT: {
        const Agg *x = v.p;
        uint64_t h = 1;
        for (uint32_t i = 0; i < t->nfields; i++)
            h = mix(h, value_hash(vm, type_at(vm, t->fields[i].type), x->v[i], bad));
        return h;
    }
    case BK_ARRAY: {
        const Agg *x = v.p;
        const BcType *e = type_at(vm, t->elem);
        uint64_t h = 2;
        for (size_t i = 0; i < x->n; i++)
            h = mix(h, value_hash(vm, e, x->v[i], bad));
        return h;
    }
    case BK_SLICE: case BK_MAP: case BK_FUNC:
        if (bad && !*bad)
            *bad = t;
        return 0;
    default: return mix(0, v.u);
    }
}

/* ==== slices ========================================================== */

Slice *slice_new(VM *vm, Agg *arr, size_t off, size_t len, size_t cap)
{
    gc_protect(vm, arr);
    Slice *s = gc_alloc(vm, GC_SLICE, sizeof *s);
    gc_unprotect(vm, 1);
    s->arr = arr;
    s->off = off;
    s->len = len;
    s->cap = cap;
    return s;
}

/* Go's growth rule (runtime.growslice): double small slices, then grow
 * by a quarter plus a little, at least to what is needed. */
static size_t grown_cap(size_t old, size_t need)
{
    size_t cap = old;
    if (need > 2 * old)
        return need;
    if (old < 256)
        return 2 * old > need ? 2 * old : need;
    while (cap < need)
        cap += (cap + 3 * 256) / 4;
    return cap;
}

Slice *slice_grow(VM *vm, const BcType *st, Slice *s, size_t extra)
{
    size_t len = s ? s->len : 0;
    if (extra > SIZE_MAX / 2 - len)
        vm_out_of_memory(vm);
    if (s && len + extra <= s->cap)
        return slice_new(vm, s->arr, s->off, len + extra, s->cap);
    size_t cap = grown_cap(s ? s->cap : 0, len + extra);
    if (s)
        gc_protect(vm, s);
    Agg *arr = agg_new(vm, st, cap);
    gc_protect(vm, arr);
    if (s) {
        const Value *from = s->arr->v + s->off;
        if (arr->elem_agg) {
            /* The new array's elements are copies, not the old objects. */
            for (size_t i = 0; i < len; i++)
                arr->v[i].p = agg_clone(vm, from[i].p);
        } else {
            memcpy(arr->v, from, len * sizeof(Value));
        }
    }
    fill_zero(vm, arr, len, cap);
    Slice *ns = slice_new(vm, arr, 0, len + extra, cap);
    gc_unprotect(vm, s ? 2 : 1);
    return ns;
}

/* ==== the snapshot rule (docs/tasks-design.md) ======================= */

/* What crosses into a task keeps its identity: channels, task handles
 * and the sync values (pointers to them too, as Go code passes &wg). */
static bool keeps_identity(const VM *vm, const BcType *t)
{
    if (t->kind == BK_CHAN)
        return true;
    const BcType *n = t->kind == BK_POINTER && t->elem < vm->ntypes ? &vm->types[t->elem] : t;
    return n->name && (strcmp(n->name, "task.Task") == 0 || strcmp(n->name, "task.TaskGroup") == 0 ||
                       strncmp(n->name, "sync.", 5) == 0);
}

/* A standard-library value whose state lives in govm (an *os.File, a
 * *bufio.Reader, a *strings.Builder): it cannot be copied. */
static bool runtime_backed(const VM *vm, const BcType *t)
{
    const BcType *n = t->kind == BK_POINTER && t->elem < vm->ntypes ? &vm->types[t->elem] : t;
    return n->name && (strncmp(n->name, "os.", 3) == 0 || strncmp(n->name, "bufio.", 6) == 0 ||
                       strcmp(n->name, "strings.Builder") == 0 || strcmp(n->name, "strings.Reader") == 0);
}

/* The containers being copied, outermost first.  Each level holds up to
 * four objects protected from the collector (VM_MAX_PROTECT bounds
 * them), so a value nested deeper than SNAPSHOT_MAX_DEPTH is refused as
 * a recursive one. */
#define SNAPSHOT_MAX_DEPTH 100u
typedef struct SnapPath {
    const void *objs[SNAPSHOT_MAX_DEPTH + 2];
    unsigned n;
} SnapPath;

static const char *snapshot_rec(VM *vm, const BcType *t, Value *v, SnapPath *path);

/* A copy of the container o (on the path, to find a value that holds
 * itself); NULL or the refusal. */
static const char *enter_path(SnapPath *path, const void *o)
{
    for (unsigned i = 0; i < path->n; i++)
        if (path->objs[i] == o)
            return "spawn cannot snapshot recursive values";
    if (path->n > SNAPSHOT_MAX_DEPTH)
        return "spawn cannot snapshot recursive values";
    path->objs[path->n++] = o;
    return NULL;
}

static const char *snapshot_rec(VM *vm, const BcType *t, Value *v, SnapPath *path)
{
    if (t->cls != BC_REF || !v->p || t->kind == BK_STRING || keeps_identity(vm, t))
        return NULL;   /* numbers, nil, immutable strings, shared handles */
    const char *why = NULL;
    switch (t->kind) {
    case BK_POINTER:
        return runtime_backed(vm, t) ? "spawn cannot snapshot interfaces with runtime-backed state"
                                     : "spawn cannot snapshot vm pointers";
    case BK_FUNC:
        return NULL;   /* a function value is shared (what it captured is its own) */
    case BK_INTERFACE: {
        const Iface *x = iface_box(vm, *v);
        if (!x)
            return NULL;
        const BcType *dt = &vm->types[x->type];
        if (runtime_backed(vm, dt))
            return "spawn cannot snapshot interfaces with runtime-backed state";
        if ((why = enter_path(path, x)) != NULL)
            return why;
        Value inner = x->v;
        why = snapshot_rec(vm, dt, &inner, path);
        path->n--;
        if (why)
            return why;
        if (inner.p != x->v.p) {
            gc_protect(vm, inner.p);
            Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
            gc_unprotect(vm, 1);
            box->type = x->type;
            box->v = inner;
            v->p = box;
        }
        return NULL;
    }
    case BK_STRUCT: case BK_ARRAY: {
        Agg *o = v->p;
        if (o->h.kind != GC_AGG)
            return NULL;
        if ((why = enter_path(path, o)) != NULL)
            return why;
        Agg *c = agg_clone(vm, o);
        gc_protect(vm, c);
        size_t n = t->kind == BK_STRUCT && t->nfields < c->n ? t->nfields : c->n;
        for (size_t i = 0; i < n && !why; i++) {
            const BcType *et = t->kind == BK_STRUCT ? &vm->types[t->fields[i].type] : &vm->types[t->elem];
            /* Only what the object holds as a reference is followed (a
             * forged type cannot make a number a pointer). */
            if (et->cls == BC_REF && agg_cls(c, i) == BC_REF)
                why = snapshot_rec(vm, et, &c->v[i], path);   /* a nested struct: its own copy, then its fields */
        }
        gc_unprotect(vm, 1);
        path->n--;
        if (!why)
            v->p = c;
        return why;
    }
    case BK_SLICE: {
        Slice *s = v->p;
        if (s->h.kind != GC_SLICE)
            return NULL;
        if ((why = enter_path(path, s->arr)) != NULL)
            return why;
        const BcType *et = &vm->types[t->elem];
        if (s->arr->elem_cls != et->cls || (bool)s->arr->elem_agg != et->agg) {
            path->n--;
            return NULL;   /* not what the type says (forged): left as it is */
        }
        Slice *c = slice_grow(vm, t, NULL, s->len);
        gc_protect(vm, c);
        for (size_t i = 0; i < s->len && !why; i++) {
            Value e = s->arr->v[s->off + i];
            if (et->agg)
                e.p = agg_clone(vm, e.p);
            c->arr->v[i] = e;
            why = snapshot_rec(vm, et, &c->arr->v[i], path);
        }
        gc_unprotect(vm, 1);
        path->n--;
        if (!why)
            v->p = c;
        return why;
    }
    case BK_MAP: {
        Map *m = v->p;
        if (m->h.kind != GC_MAP)
            return NULL;
        if ((why = enter_path(path, m)) != NULL)
            return why;
        Map *c = map_new(vm, m->type);   /* its own type: what its entries are */
        gc_protect(vm, c);
        for (size_t i = 0; i < m->nentries && !why; i++) {
            if (!m->entries[i].live)
                continue;
            Value k = m->entries[i].key, val = m->entries[i].val;
            gc_protect(vm, m);
            why = snapshot_rec(vm, m->key, &k, path);
            if (!why) {
                gc_protect(vm, m->key->cls == BC_REF ? k.p : NULL);
                why = snapshot_rec(vm, m->val, &val, path);
                if (!why) {
                    gc_protect(vm, m->val->cls == BC_REF ? val.p : NULL);
                    const BcType *bad = NULL;
                    Value *slot = map_insert(vm, c, k, &bad);
                    if (slot)
                        *slot = val;
                    gc_unprotect(vm, 1);
                }
                gc_unprotect(vm, 1);
            }
            gc_unprotect(vm, 1);
        }
        gc_unprotect(vm, 1);
        path->n--;
        if (!why)
            v->p = c;
        return why;
    }
    default:
        return NULL;
    }
}

const char *value_snapshot(VM *vm, const BcType *t, Value *v)
{
    SnapPath *path = xmalloc(sizeof *path);
    path->n = 0;
    const char *why = snapshot_rec(vm, t, v, path);
    free(path);
    return why;
}
