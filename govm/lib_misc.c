/* lib_misc.c - the errors, math, sort and os packages, natively. */
#include "natives.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ==== errors ========================================================== */

static int e_new(VM *vm, size_t at, uint32_t nargs)
{
    GoString *s = ARG(0).p;
    RES(0) = nat_error(vm, str_ptr(s), str_len(s));
    return 0;
}

static int e_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    Value v;
    int st = nat_unwrap(vm, ARG(0), &v);
    if (st == 0)
        RES(0) = v;
    return st;
}

/* errors.Is: err or anything in its Unwrap chain equal to target. */
static int e_is(VM *vm, size_t at, uint32_t nargs)
{
    static const BcType iface = {.kind = BK_INTERFACE, .name = "error"};
    Value err = ARG(0), target = ARG(1);
    RES(0).u = 0;
    if (!err.p || !target.p || !value_fits(vm, &iface, err, 0) || !value_fits(vm, &iface, target, 0)) {
        RES(0).u = err.p == target.p;
        return 0;
    }
    uint32_t m_is = vm_method_named(vm, "Is");
    for (int depth = 0; err.p && depth < 10000; depth++) {
        if (!value_fits(vm, &iface, err, 0))
            break;   /* an Unwrap method of a forged file returned something else */
        const BcType *bad = NULL;
        if (value_equal(vm, &iface, err, target, &bad) && !bad) {
            RES(0).u = 1;
            return 0;
        }
        /* An error's own Is(target) method. */
        const Iface *box = iface_box(vm, err);
        uint32_t f = vm_method(vm, box->type, m_is);
        if (f != BC_NO_FUNC && vm_func_fits(vm, f, 2, "R")) {
            Value args[2] = {box->v, target}, res;
            int st = vm_call(vm, f, args, 2, &res, 1);
            if (st != 0)
                return st;
            if (res.u) {
                RES(0).u = 1;
                return 0;
            }
        }
        Value next;
        int st = nat_unwrap(vm, err, &next);
        if (st != 0)
            return st;
        err = next;
    }
    return 0;
}

/* errors.As: the first error in the chain whose type is target's
 * element type (or implements it, for an interface) is stored
 * through target. */
static int e_as(VM *vm, size_t at, uint32_t nargs)
{
    Value err = ARG(0);
    const Iface *tbox = iface_box(vm, ARG(1));
    RES(0).u = 0;
    if (!tbox || tbox->h.kind != GC_IFACE || vm->types[tbox->type].kind != BK_POINTER || !tbox->v.p)
        return nat_panic(vm, "errors: target must be a non-nil pointer");
    uint32_t want = vm->types[tbox->type].elem;
    const BcType *wt = &vm->types[want];
    /* A pointer to a struct or array is its object; to anything else, a cell. */
    GcHeader *dst = tbox->v.p;
    if (dst->kind != (wt->agg ? GC_AGG : GC_CELL))
        return nat_panic(vm, "errors: *target must be interface or implement error");
    for (int depth = 0; err.p && depth < 10000; depth++) {
        const Iface *box = iface_box(vm, err);
        bool hit;
        if (wt->kind == BK_INTERFACE) {
            hit = true;
            for (uint32_t i = 0; i < wt->nmethods; i++)
                if (vm_method(vm, box->type, wt->methods[i].name) == BC_NO_FUNC)
                    hit = false;
        } else {
            hit = box->type == want;
        }
        if (hit) {
            if (wt->agg)
                agg_copy_into(vm, (Agg *)dst, box->v.p);
            else
                *((Cell *)dst)->slot = wt->kind == BK_INTERFACE ? err : box->v;
            RES(0).u = 1;
            return 0;
        }
        Value next;
        int st = nat_unwrap(vm, err, &next);
        if (st != 0)
            return st;
        err = next;
    }
    return 0;
}

const NativeDef natives_errors[] = {
    {"errors.New", "P", "P", e_new},
    {"errors.Unwrap", "P", "P", e_unwrap},
    {"errors.Is", "PP", "R", e_is},
    {"errors.As", "PP", "R", e_as},
    {NULL, NULL, NULL, NULL},
};

/* ==== math ============================================================ */

#define MATH1(name, expr)                                     \
    static int m_##name(VM *vm, size_t at, uint32_t nargs)    \
    {                                                         \
        double x = ARG(0).f;                                  \
        RES(0).f = (expr);                                    \
        return 0;                                             \
    }
#define MATH2(name, expr)                                     \
    static int m_##name(VM *vm, size_t at, uint32_t nargs)    \
    {                                                         \
        double x = ARG(0).f, y = ARG(1).f;                    \
        RES(0).f = (expr);                                    \
        return 0;                                             \
    }

MATH1(abs, fabs(x))
MATH1(sqrt, sqrt(x))
/* Go's Cbrt is exact on perfect cubes; the C library's may miss by an ulp. */
static double exact_cbrt(double x)
{
    double r = cbrt(x), k = nearbyint(r);
    return k * k * k == x ? k : r;
}

MATH1(cbrt, exact_cbrt(x))
MATH1(exp, exp(x))
MATH1(log, log(x))
MATH1(log2, log2(x))
MATH1(log10, log10(x))
MATH1(floor, floor(x))
MATH1(ceil, ceil(x))
MATH1(trunc, trunc(x))
MATH1(round, round(x))
MATH1(sin, sin(x))
MATH1(cos, cos(x))
MATH1(tan, tan(x))
MATH1(atan, atan(x))
MATH2(pow, pow(x, y))
MATH2(mod, fmod(x, y))
MATH2(hypot, hypot(x, y))
MATH2(atan2, atan2(x, y))
/* Go's Max and Min: NaN wins, and +0 is above -0. */
MATH2(max, isnan(x) || isnan(y) ? NAN : x == 0 && y == 0 ? (signbit(x) ? y : x) : x > y ? x : y)
MATH2(min, isnan(x) || isnan(y) ? NAN : x == 0 && y == 0 ? (signbit(x) ? x : y) : x < y ? x : y)

static int m_inf(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).f = ARG(0).i >= 0 ? INFINITY : -INFINITY;
    return 0;
}

static int m_nan(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).f = NAN;
    return 0;
}

static int m_isnan(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = isnan(ARG(0).f) != 0;
    return 0;
}

static int m_isinf(VM *vm, size_t at, uint32_t nargs)
{
    double f = ARG(0).f;
    int64_t sign = ARG(1).i;
    RES(0).u = (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
    return 0;
}

const NativeDef natives_math[] = {
    {"math.Abs", "R", "R", m_abs},
    {"math.Sqrt", "R", "R", m_sqrt},
    {"math.Cbrt", "R", "R", m_cbrt},
    {"math.Exp", "R", "R", m_exp},
    {"math.Log", "R", "R", m_log},
    {"math.Log2", "R", "R", m_log2},
    {"math.Log10", "R", "R", m_log10},
    {"math.Floor", "R", "R", m_floor},
    {"math.Ceil", "R", "R", m_ceil},
    {"math.Trunc", "R", "R", m_trunc},
    {"math.Round", "R", "R", m_round},
    {"math.Sin", "R", "R", m_sin},
    {"math.Cos", "R", "R", m_cos},
    {"math.Tan", "R", "R", m_tan},
    {"math.Atan", "R", "R", m_atan},
    {"math.Pow", "RR", "R", m_pow},
    {"math.Mod", "RR", "R", m_mod},
    {"math.Hypot", "RR", "R", m_hypot},
    {"math.Atan2", "RR", "R", m_atan2},
    {"math.Max", "RR", "R", m_max},
    {"math.Min", "RR", "R", m_min},
    {"math.Inf", "R", "R", m_inf},
    {"math.NaN", "", "R", m_nan},
    {"math.IsNaN", "R", "R", m_isnan},
    {"math.IsInf", "RR", "R", m_isinf},
    {NULL, NULL, NULL, NULL},
};

/* ==== sort ============================================================ */

typedef int (*Cmp)(const Value *a, const Value *b);

static int cmp_int(const Value *a, const Value *b) { return a->i < b->i ? -1 : a->i > b->i; }

static int cmp_float(const Value *a, const Value *b)
{
    /* Go's Float64s: NaN first. */
    if (isnan(a->f) || isnan(b->f))
        return isnan(a->f) && !isnan(b->f) ? -1 : !isnan(a->f) && isnan(b->f) ? 1 : 0;
    return a->f < b->f ? -1 : a->f > b->f;
}

static int cmp_string(const Value *a, const Value *b)
{
    size_t la = str_len(a->p), lb = str_len(b->p), n = la < lb ? la : lb;
    int c = n ? memcmp(str_ptr(a->p), str_ptr(b->p), n) : 0;
    return c ? c : la < lb ? -1 : la > lb;
}

/* A stable merge sort of the slice's elements in place. */
static void sort_values(Value *v, size_t n, Cmp cmp)
{
    if (n < 2)
        return;
    Value *tmp = xmalloc(n * sizeof *tmp);
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = cmp(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
    free(tmp);
}

static int sort_slice(VM *vm, size_t at, Cmp cmp)
{
    Slice *s = ARG(0).p;
    if (!slice_of(s, cmp == cmp_string ? BC_REF : BC_SCALAR))
        return 0;
    if (s->len)
        sort_values(slice_at(s, 0), s->len, cmp);
    return 0;
}

static int s_ints(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_slice(vm, at, cmp_int); }
static int s_strings(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_slice(vm, at, cmp_string); }
static int s_float64s(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_slice(vm, at, cmp_float); }

static int sorted(VM *vm, size_t at, uint32_t nargs, Cmp cmp)
{
    Slice *s = ARG(0).p;
    RES(0).u = 1;
    if (!slice_of(s, cmp == cmp_string ? BC_REF : BC_SCALAR))
        return 0;
    for (size_t i = 1; s && i < s->len; i++)
        if (cmp(slice_at(s, i), slice_at(s, i - 1)) < 0)
            RES(0).u = 0;
    return 0;
}

static int s_ints_sorted(VM *vm, size_t at, uint32_t nargs) { return sorted(vm, at, nargs, cmp_int); }
static int s_strings_sorted(VM *vm, size_t at, uint32_t nargs) { return sorted(vm, at, nargs, cmp_string); }

/* SearchInts and SearchStrings: the first index whose element is >= x. */
static int search(VM *vm, size_t at, uint32_t nargs, Cmp cmp)
{
    Slice *s = ARG(0).p;
    size_t lo = 0, hi = slice_of(s, cmp == cmp_string ? BC_REF : BC_SCALAR) ? s->len : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp(slice_at(s, mid), &ARG(1)) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    RES(0).u = lo;
    return 0;
}

static int s_search_ints(VM *vm, size_t at, uint32_t nargs) { return search(vm, at, nargs, cmp_int); }
static int s_search_strings(VM *vm, size_t at, uint32_t nargs) { return search(vm, at, nargs, cmp_string); }

/* less(i, j) through the function value; -1 after a panic. */
static int call_less(VM *vm, Closure *less, size_t i, size_t j)
{
    Value args[2] = {{.u = i}, {.u = j}}, res;
    if (vm_call_closure(vm, less, args, 2, &res, 1, "RRR") != 0)
        return -1;
    return res.u != 0;
}

/* sort.Slice and SliceStable: a stable merge sort of an index
 * permutation (less sees the slice unchanged while it runs), applied
 * at the end.  Go's Slice is not stable; its results differ only in
 * the order of equal elements beyond 12 of them. */
static int sort_by_less(VM *vm, size_t at)
{
    const Iface *box = iface_box(vm, ARG(0));
    Closure *less = ARG(1).p;
    if (!box || vm->types[box->type].kind != BK_SLICE)
        return nat_panic(vm, "reflect: call of Swapper on %s Value", box ? vm->types[box->type].name : "zero");
    Slice *s = box->v.p;
    size_t n = s ? s->len : 0;
    if (n < 2)
        return 0;
    if (!less)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    size_t *p = xmalloc(n * sizeof *p), *tmp = xmalloc(n * sizeof *tmp);
    for (size_t i = 0; i < n; i++)
        p[i] = i;
    int st = 0;
    for (size_t w = 1; w < n && st == 0; w *= 2) {
        for (size_t lo = 0; lo < n && st == 0; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int c = call_less(vm, less, p[j], p[i]);
                if (c < 0) {
                    st = 2;
                    break;
                }
                tmp[k++] = c ? p[j++] : p[i++];
            }
            if (st)
                break;
            while (i < mid)
                tmp[k++] = p[i++];
            while (j < hi)
                tmp[k++] = p[j++];
            memcpy(p + lo, tmp + lo, (hi - lo) * sizeof *p);
        }
    }
    if (st == 0) {
        /* The slice is where it was (box keeps it alive). */
        s = ((const Iface *)ARG(0).p)->v.p;
        Value *v = slice_at(s, 0), *copy = xmalloc(n * sizeof *copy);
        for (size_t i = 0; i < n; i++)
            copy[i] = v[p[i]];
        memcpy(v, copy, n * sizeof *copy);
        free(copy);
    }
    free(p);
    free(tmp);
    return st;
}

static int s_slice(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_by_less(vm, at); }

static int s_slice_is_sorted(VM *vm, size_t at, uint32_t nargs)
{
    const Iface *box = iface_box(vm, ARG(0));
    Closure *less = ARG(1).p;
    size_t n = box && box->v.p ? ((Slice *)box->v.p)->len : 0;
    RES(0).u = 1;
    for (size_t i = n; i-- > 1;) {
        int c = call_less(vm, less, i, i - 1);
        if (c < 0)
            return 2;
        if (c) {
            RES(0).u = 0;
            break;
        }
    }
    return 0;
}

/* sort.Search: the smallest i in [0, n) with f(i) true, else n. */
static int s_search(VM *vm, size_t at, uint32_t nargs)
{
    int64_t lo = 0, hi = ARG(0).i;
    Closure *f = ARG(1).p;
    while (lo < hi) {
        int64_t mid = (int64_t)((uint64_t)(lo + hi) >> 1);
        Value arg = {.i = mid}, res;
        if (vm_call_closure(vm, f, &arg, 1, &res, 1, "RR") != 0)
            return 2;
        if (!res.u)
            lo = mid + 1;
        else
            hi = mid;
    }
    RES(0).i = lo;
    return 0;
}

const NativeDef natives_sort[] = {
    {"sort.Slice", "PP", "", s_slice},
    {"sort.SliceStable", "PP", "", s_slice},
    {"sort.SliceIsSorted", "PP", "R", s_slice_is_sorted},
    {"sort.Search", "RP", "R", s_search},
    {"sort.Ints", "P", "", s_ints},
    {"sort.Strings", "P", "", s_strings},
    {"sort.Float64s", "P", "", s_float64s},
    {"sort.IntsAreSorted", "P", "R", s_ints_sorted},
    {"sort.StringsAreSorted", "P", "R", s_strings_sorted},
    {"sort.SearchInts", "PR", "R", s_search_ints},
    {"sort.SearchStrings", "PP", "R", s_search_strings},
    {NULL, NULL, NULL, NULL},
};

/* ==== os ============================================================== */

static int os_exit(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    return nat_exit(vm, (int)ARG(0).i);
}

const NativeDef natives_os[] = {
    {"os.Exit", "R", "", os_exit},
    {NULL, NULL, NULL, NULL},
};
