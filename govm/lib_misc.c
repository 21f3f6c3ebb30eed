/* lib_misc.c - the errors, math and sort packages, natively, and the
 * helpers that add govm's own types with methods at load. */
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

/* errors.Unwrap: the result of err's Unwrap() error (a joined error's
 * Unwrap() []error does not count). */
static int e_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    Value v;
    int st = nat_unwrap(vm, ARG(0), &v);
    const GcHeader *h = v.p;
    if (st == 0)
        RES(0).p = h && h->kind == GC_IFACE ? v.p : NULL;
    return st;
}

/* What errors.Is or errors.As looks for at one error of the tree:
 * *hit when err is it.  ARG(1) is the target. */
typedef int (*ErrMatch)(VM *vm, size_t at, Value err, bool *hit);

/* The most joined errors errors.Is and As look into inside each other
 * (a C recursion each), and the longest Unwrap chain they follow. */
#define MAX_JOIN_DEPTH 100
#define MAX_UNWRAPS 10000

/* Walks err's tree as errors.Is and As do (Go 1.20): err itself, then
 * what its Unwrap method returns, an error or (a joined error's)
 * []error whose elements are walked in turn, depth first, until match
 * hits.  What the walk holds while it calls methods is protected. */
static int walk_errors(VM *vm, size_t at, Value err, ErrMatch match, unsigned depth, bool *hit)
{
    int st = 0;
    size_t held = 0;
    for (int steps = 0; st == 0 && !*hit && iface_box(vm, err) && steps < MAX_UNWRAPS; steps++) {
        st = match(vm, at, err, hit);
        Value next = {0};
        if (st == 0 && !*hit)
            st = nat_unwrap(vm, err, &next);
        gc_unprotect(vm, held);
        gc_protect(vm, next.p);
        held = 1;
        const GcHeader *h = next.p;
        if (st == 0 && !*hit && h && h->kind == GC_SLICE) {
            /* Unwrap() []error: the joined errors (nil ones skipped). */
            const Slice *list = next.p;
            for (size_t i = 0; slice_of(list, BC_REF) && i < list->len && depth < MAX_JOIN_DEPTH; i++)
                if (st == 0 && !*hit)
                    st = walk_errors(vm, at, *slice_at(list, i), match, depth + 1, hit);
            break;
        }
        err = next;
    }
    gc_unprotect(vm, held);
    return st;
}

/* Calls err's method name(target) bool, if its type has one: Is or As. */
static int call_bool_method(VM *vm, Value err, const char *name, Value target, bool *hit)
{
    const Iface *box = iface_box(vm, err);
    uint32_t m = vm_method_named(vm, name);
    uint32_t f = m == UINT32_MAX ? BC_NO_FUNC : vm_method(vm, box->type, m);
    if (f == BC_NO_FUNC || !vm_func_fits(vm, f, 2, "R"))
        return 0;
    Value args[2] = {box->v, target}, res;
    int st = vm_call(vm, f, args, 2, &res, 1);
    if (st == 0)
        *hit = res.u != 0;
    return st;
}

/* errors.Is: err == target (when target's type is comparable), or
 * err's Is(target) method says so. */
static int is_match(VM *vm, size_t at, Value err, bool *hit)
{
    static const BcType error_iface = {.kind = BK_INTERFACE, .name = "error"};
    const BcType *bad = NULL;
    if (value_equal(vm, &error_iface, err, ARG(1), &bad) && !bad) {
        *hit = true;
        return 0;
    }
    return call_bool_method(vm, err, "Is", ARG(1), hit);
}

static int e_is(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).u = 0;
    if (!ARG(1).p) {
        RES(0).u = ARG(0).p == NULL;
        return 0;
    }
    bool hit = false;
    int st = walk_errors(vm, at, ARG(0), is_match, 0, &hit);
    if (st == 0)
        RES(0).u = hit;
    return st;
}

/* errors.As: err's type is target's element type (or implements it,
 * for an interface): err is stored through target.  Or err's
 * As(target) method says it did that. */
static int as_match(VM *vm, size_t at, Value err, bool *hit)
{
    const Iface *tbox = iface_box(vm, ARG(1)), *box = iface_box(vm, err);
    uint32_t want = vm->types[tbox->type].elem;
    const BcType *wt = &vm->types[want];
    bool ok = true;
    if (wt->kind == BK_INTERFACE) {
        for (uint32_t i = 0; i < wt->nmethods; i++)
            if (vm_method(vm, box->type, wt->methods[i].name) == BC_NO_FUNC)
                ok = false;
    } else {
        ok = box->type == want;
    }
    if (!ok)
        return call_bool_method(vm, err, "As", ARG(1), hit);
    GcHeader *dst = tbox->v.p;
    if (wt->agg)
        agg_copy_into(vm, (Agg *)dst, box->v.p);
    else
        *((Cell *)dst)->slot = wt->kind == BK_INTERFACE ? err : box->v;
    *hit = true;
    return 0;
}

static int e_as(VM *vm, size_t at, uint32_t nargs)
{
    const Iface *tbox = iface_box(vm, ARG(1));
    RES(0).u = 0;
    if (!tbox || vm->types[tbox->type].kind != BK_POINTER || !tbox->v.p)
        return nat_panic(vm, "errors: target must be a non-nil pointer");
    const BcType *wt = &vm->types[vm->types[tbox->type].elem];
    /* A pointer to a struct or array is its object; to anything else, a cell. */
    const GcHeader *dst = tbox->v.p;
    if (dst->kind != (wt->agg ? GC_AGG : GC_CELL))
        return nat_panic(vm, "errors: *target must be interface or implement error");
    bool hit = false;
    int st = walk_errors(vm, at, ARG(0), as_match, 0, &hit);
    if (st == 0)
        RES(0).u = hit;
    return st;
}

/* errors.Join: nil if every err is nil, else a *errors.joinError (a
 * type of govm's own, misc_register) holding the others. */
static int e_join(VM *vm, size_t at, uint32_t nargs)
{
    size_t n = 0, len = slice_of(ARG(0).p, BC_REF) ? slice_len(ARG(0).p) : 0;
    for (size_t i = 0; i < len; i++)
        n += slice_at(ARG(0).p, i)->p != NULL;
    RES(0).p = NULL;
    uint32_t pt = vm_type_named(vm, "*errors.joinError"), lt = vm_type_named(vm, "[]error");
    if (n == 0)
        return 0;
    if (pt == BC_NO_TYPE || lt == BC_NO_TYPE)
        return nat_panic(vm, "govm: errors.Join without its types");
    Slice *list = nat_slice(vm, lt, n);
    for (size_t i = 0, k = 0; i < len; i++)
        if (slice_at(ARG(0).p, i)->p)
            *slice_at(list, k++) = *slice_at(ARG(0).p, i);
    gc_protect(vm, list);
    Agg *e = agg_new(vm, &vm->types[vm->types[pt].elem], 1);
    gc_unprotect(vm, 1);
    e->v[0].p = list;
    RES(0) = nat_box(vm, pt, (Value){.p = e});
    return 0;
}

/* (*joinError).Error: the errors' messages, a line each. */
static int join_error(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 1);
    Buf b;
    buf_init(&b);
    int st = 0;
    for (size_t i = 0; st == 0 && e && i < slice_len(e->v[0].p); i++) {
        if (i > 0)
            buf_putc(&b, '\n');
        st = nat_error_text(vm, *slice_at(e->v[0].p, i), &b);
    }
    if (st == 0)
        RES(0).p = nat_string(vm, (const char *)b.data, b.len);
    buf_free(&b);
    return st;
}

static int join_unwrap(VM *vm, size_t at, uint32_t nargs)
{
    const Agg *e = agg_arg(ARG(0), 1);
    RES(0).p = e ? e->v[0].p : NULL;
    return 0;
}

const NativeDef natives_errors[] = {
    {"errors.New", "P", "P", e_new},
    {"errors.Unwrap", "P", "P", e_unwrap},
    {"errors.Is", "PP", "R", e_is},
    {"errors.As", "PP", "R", e_as},
    {"errors.Join", "P", "P", e_join},
    {"errors.(*joinError).Error", "P", "P", join_error},
    {"errors.(*joinError).Unwrap", "P", "P", join_unwrap},
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

/* Float64bits and the like: the IEEE 754 bits (a float32 register
 * holds the float64 of its value, exactly). */
static int m_float64bits(VM *vm, size_t at, uint32_t nargs)
{
    double f = ARG(0).f;
    memcpy(&RES(0).u, &f, sizeof f);
    return 0;
}

static int m_float64frombits(VM *vm, size_t at, uint32_t nargs)
{
    uint64_t u = ARG(0).u;
    memcpy(&RES(0).f, &u, sizeof u);
    return 0;
}

static int m_float32bits(VM *vm, size_t at, uint32_t nargs)
{
    float f = (float)ARG(0).f;
    uint32_t u;
    memcpy(&u, &f, sizeof f);
    RES(0).u = u;
    return 0;
}

static int m_float32frombits(VM *vm, size_t at, uint32_t nargs)
{
    uint32_t u = (uint32_t)ARG(0).u;
    float f;
    memcpy(&f, &u, sizeof u);
    RES(0).f = f;
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
    {"math.Float64bits", "R", "R", m_float64bits},
    {"math.Float64frombits", "R", "R", m_float64frombits},
    {"math.Float32bits", "R", "R", m_float32bits},
    {"math.Float32frombits", "R", "R", m_float32frombits},
    {NULL, NULL, NULL, NULL},
};

/* ==== sort ============================================================ */

/* Go's own algorithms, step for step, so that a sort leaves equal
 * elements where Go's leaves them: pdqsort for Sort, Slice, Ints ...
 * and insertion sort of blocks merged by SymMerge for Stable and
 * SliceStable (Go 1.19's sort.go and zsortinterface.go).  They see the
 * data only through Less and Swap over indices, which a Sorter gives:
 * through a sort.Interface's method table, through sort.Slice's less
 * function (swapping the slice's elements here), or comparing a slice
 * of ints, floats or strings here.  When a call panics, st keeps its
 * status: every later Less is false and Swap does nothing, so the
 * algorithm runs out at once and the native returns st. */
typedef int (*Cmp)(const Value *a, const Value *b);

typedef struct Sorter {
    VM *vm;
    Value recv;                /* the Interface's dynamic value: its methods' receiver */
    uint32_t f_less, f_swap;   /* its Less and Swap */
    Closure *less_fn;          /* sort.Slice's less, or NULL */
    Value *v;                  /* the slice's elements when they are swapped here, else NULL */
    Cmp cmp;                   /* how they compare, or NULL (f_less or less_fn) */
    int st;
} Sorter;

static int cmp_int(const Value *a, const Value *b) { return a->i < b->i ? -1 : a->i > b->i; }

/* Float64Slice's Less: a < b, and NaN before everything else. */
static int cmp_float(const Value *a, const Value *b)
{
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

static bool less(Sorter *s, int64_t i, int64_t j)
{
    if (s->st)
        return false;
    if (s->cmp)
        return s->cmp(&s->v[i], &s->v[j]) < 0;
    Value res;
    if (s->less_fn) {
        Value args[2] = {{.i = i}, {.i = j}};
        s->st = vm_call_closure(s->vm, s->less_fn, args, 2, &res, 1, "RRR");
    } else {
        Value args[3] = {s->recv, {.i = i}, {.i = j}};
        s->st = vm_call(s->vm, s->f_less, args, 3, &res, 1);
    }
    return s->st == 0 && res.u != 0;
}

static void swap(Sorter *s, int64_t i, int64_t j)
{
    if (s->st)
        return;
    if (s->v) {
        Value t = s->v[i];
        s->v[i] = s->v[j];
        s->v[j] = t;
        return;
    }
    Value args[3] = {s->recv, {.i = i}, {.i = j}}, none;
    s->st = vm_call(s->vm, s->f_swap, args, 3, &none, 0);
}

/* bits.Len: the number of bits n needs. */
static int bits_len(uint64_t n)
{
    int k = 0;
    for (; n; n >>= 1)
        k++;
    return k;
}

static void insertion_sort(Sorter *s, int64_t a, int64_t b)
{
    for (int64_t i = a + 1; i < b && !s->st; i++)
        for (int64_t j = i; j > a && less(s, j, j - 1); j--)
            swap(s, j, j - 1);
}

/* The heap property on [lo, hi) of the heap whose root is at first. */
static void sift_down(Sorter *s, int64_t lo, int64_t hi, int64_t first)
{
    for (int64_t root = lo;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && less(s, first + child, first + child + 1))
            child++;
        if (!less(s, first + root, first + child))
            return;
        swap(s, first + root, first + child);
        root = child;
    }
}

static void heap_sort(Sorter *s, int64_t a, int64_t b)
{
    int64_t hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0 && !s->st; i--)
        sift_down(s, i, hi, a);
    for (int64_t i = hi - 1; i >= 0 && !s->st; i--) {
        swap(s, a, a + i);
        sift_down(s, 0, i, a);
    }
}

/* Moves [a, b) so that what is less than data[pivot] comes first, then
 * the pivot (its index returned), then the rest; *done: it already was. */
static int64_t partition(Sorter *s, int64_t a, int64_t b, int64_t pivot, bool *done)
{
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(s, i, a))
        i++;
    while (i <= j && !less(s, j, a))
        j--;
    *done = i > j;
    while (i <= j && !s->st) {
        swap(s, i, j);
        i++;
        j--;
        while (i <= j && less(s, i, a))
            i++;
        while (i <= j && !less(s, j, a))
            j--;
    }
    swap(s, j, a);
    return j;
}

/* [a, b) holds nothing less than data[pivot]: moves the elements equal
 * to it first and returns where the greater ones begin. */
static int64_t partition_equal(Sorter *s, int64_t a, int64_t b, int64_t pivot)
{
    swap(s, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(s, a, i))
            i++;
        while (i <= j && less(s, a, j))
            j--;
        if (i > j || s->st)
            return i;
        swap(s, i, j);
        i++;
        j--;
    }
}

/* Sorts [a, b) if it is nearly sorted (at most 5 elements out of
 * place); true if it is sorted then. */
static bool partial_insertion_sort(Sorter *s, int64_t a, int64_t b)
{
    int64_t i = a + 1;
    for (int step = 0; step < 5 && !s->st; step++) {
        while (i < b && !less(s, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        swap(s, i, i - 1);
        /* Shift the smaller one left (down to index 1, as Go does) and
         * the greater one right. */
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1 && less(s, j, j - 1); j--)
                swap(s, j, j - 1);
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b && less(s, j, j - 1); j++)
                swap(s, j, j - 1);
    }
    return false;
}

/* Swaps three elements in the middle with ones at pseudo-random places
 * (xorshift seeded with the length, as Go's). */
static void break_patterns(Sorter *s, int64_t a, int64_t b)
{
    int64_t length = b - a;
    if (length < 8)
        return;
    uint64_t random = (uint64_t)length, modulus = (uint64_t)1 << bits_len((uint64_t)length);
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = (int64_t)(random & (modulus - 1));
        if (other >= length)
            other -= length;
        swap(s, idx, a + other);
    }
}

/* order2 and median count the swaps they would make in *swaps. */
static void order2(Sorter *s, int64_t *a, int64_t *b, int *swaps)
{
    if (less(s, *b, *a)) {
        int64_t t = *a;
        *a = *b;
        *b = t;
        ++*swaps;
    }
}

static int64_t median(Sorter *s, int64_t a, int64_t b, int64_t c, int *swaps)
{
    order2(s, &a, &b, swaps);
    order2(s, &b, &c, swaps);
    order2(s, &a, &b, swaps);
    return b;
}

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

/* The pivot of [a, b): static below 8 elements, the median of three
 * below 50, else Tukey's ninther; *hint says whether the samples were
 * all in order, all reversed, or neither. */
static int64_t choose_pivot(Sorter *s, int64_t a, int64_t b, int *hint)
{
    int64_t l = b - a, i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    int swaps = 0;
    if (l >= 8) {
        if (l >= 50) {
            i = median(s, i - 1, i, i + 1, &swaps);
            j = median(s, j - 1, j, j + 1, &swaps);
            k = median(s, k - 1, k, k + 1, &swaps);
        }
        j = median(s, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(Sorter *s, int64_t a, int64_t b)
{
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        swap(s, i, j);
}

/* Sorts [a, b); limit is how many bad pivots it may still choose before
 * falling back to heapsort.  It recurses into the smaller side only, so
 * its depth is at most log2 of the length. */
static void pdqsort(Sorter *s, int64_t a, int64_t b, int limit)
{
    bool was_balanced = true, was_partitioned = true;
    while (!s->st) {
        int64_t length = b - a;
        if (length <= 12) {
            insertion_sort(s, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(s, a, b);
            return;
        }
        if (!was_balanced) {
            break_patterns(s, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(s, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(s, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING && partial_insertion_sort(s, a, b))
            return;
        /* Many duplicates: data[a-1] (an earlier pivot) is not less. */
        if (a > 0 && !less(s, a - 1, pivot)) {
            a = partition_equal(s, a, b, pivot);
            continue;
        }
        int64_t mid = partition(s, a, b, pivot, &was_partitioned);
        int64_t left = mid - a, right = b - mid;
        if (left < right) {
            was_balanced = left >= length / 8;
            pdqsort(s, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= length / 8;
            pdqsort(s, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void pdqsort_all(Sorter *s, int64_t n)
{
    if (n > 1)
        pdqsort(s, 0, n, bits_len((uint64_t)n));
}

static void swap_range(Sorter *s, int64_t a, int64_t b, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        swap(s, a + i, b + i);
}

/* Turns the blocks [a, m) [m, b) into [m, b) [a, m) with block swaps. */
static void rotate(Sorter *s, int64_t a, int64_t m, int64_t b)
{
    int64_t i = m - a, j = b - m;
    while (i != j && !s->st) {
        if (i > j) {
            swap_range(s, m - i, m, j);
            i -= j;
        } else {
            swap_range(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(s, m - i, m, i);
}

/* Merges the sorted runs [a, m) and [m, b) in place, stably (Kim and
 * Kutzner's SymMerge); a < m < b.  Each level halves the range, so
 * the recursion is at most log2(b - a) deep. */
static void sym_merge(Sorter *s, int64_t a, int64_t m, int64_t b)
{
    if (m - a == 1) {
        /* Insert data[a] before the first element of [m, b) not less. */
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = (int64_t)(((uint64_t)i + (uint64_t)j) >> 1);
            if (less(s, h, a))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = a; k < i - 1; k++)
            swap(s, k, k + 1);
        return;
    }
    if (b - m == 1) {
        /* Insert data[m] after the last element of [a, m) not greater. */
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = (int64_t)(((uint64_t)i + (uint64_t)j) >> 1);
            if (!less(s, m, h))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = m; k > i; k--)
            swap(s, k, k - 1);
        return;
    }
    int64_t mid = (int64_t)(((uint64_t)a + (uint64_t)b) >> 1), n = mid + m;
    int64_t start = m > mid ? n - b : a, r = m > mid ? mid : m, p = n - 1;
    while (start < r) {
        int64_t c = (int64_t)(((uint64_t)start + (uint64_t)r) >> 1);
        if (!less(s, p - c, c))
            start = c + 1;
        else
            r = c;
    }
    int64_t end = n - start;
    if (s->st)
        return;
    if (start < m && m < end)
        rotate(s, start, m, end);
    if (a < start && start < mid)
        sym_merge(s, a, start, mid);
    if (mid < end && end < b)
        sym_merge(s, mid, end, b);
}

/* sort.Stable: insertion sort of blocks of 20, then merges of ever
 * larger blocks. */
static void stable(Sorter *s, int64_t n)
{
    int64_t block = 20, a = 0, b = block;
    for (; b <= n; a = b, b += block)
        insertion_sort(s, a, b);
    insertion_sort(s, a, n);
    for (; block < n && !s->st; block *= 2) {
        for (a = 0, b = 2 * block; b <= n; a = b, b += 2 * block)
            sym_merge(s, a, a + block, b);
        if (a + block < n)
            sym_merge(s, a, a + block, n);
    }
}

/* A method of an interface value's dynamic type that takes nparams
 * (the receiver first) and gives results of these classes, or
 * BC_NO_FUNC. */
static uint32_t method_of(VM *vm, const Iface *box, const char *name, uint32_t nparams, const char *results)
{
    uint32_t m = vm_method_named(vm, name);
    uint32_t f = m == UINT32_MAX ? BC_NO_FUNC : vm_method(vm, box->type, m);
    return f != BC_NO_FUNC && vm_func_fits(vm, f, nparams, results) ? f : BC_NO_FUNC;
}

/* The slice types whose Less is compared here (their methods are
 * natives below), or NULL. */
static Cmp own_slice_cmp(const VM *vm, const Iface *box)
{
    const char *tn = vm->types[box->type].name;
    Cmp c = strcmp(tn, "sort.IntSlice") == 0       ? cmp_int
            : strcmp(tn, "sort.Float64Slice") == 0 ? cmp_float
            : strcmp(tn, "sort.StringSlice") == 0  ? cmp_string
                                                   : NULL;
    return c && slice_of(box->v.p, c == cmp_string ? BC_REF : BC_SCALAR) ? c : NULL;
}

/* Sets s up over the sort.Interface value data, with *n its Len(). */
static int sorter_of(VM *vm, Value data, Sorter *s, int64_t *n)
{
    *s = (Sorter){.vm = vm};
    *n = 0;
    const Iface *box = iface_box(vm, data);
    if (!box)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    s->recv = box->v;
    s->cmp = own_slice_cmp(vm, box);
    if (s->cmp) {
        *n = (int64_t)slice_len(box->v.p);
        s->v = *n ? slice_at(box->v.p, 0) : NULL;
        return 0;
    }
    uint32_t f_len = method_of(vm, box, "Len", 1, "R");
    s->f_less = method_of(vm, box, "Less", 3, "R");
    s->f_swap = method_of(vm, box, "Swap", 3, "");
    if (f_len == BC_NO_FUNC || s->f_less == BC_NO_FUNC || s->f_swap == BC_NO_FUNC)
        return nat_panic(vm, "govm: %s is not a sort.Interface", vm->types[box->type].name);
    Value res;
    int st = vm_call(vm, f_len, &s->recv, 1, &res, 1);
    if (st == 0)
        *n = res.i;
    return st;
}

static int s_sort(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Sorter s;
    int64_t n;
    int st = sorter_of(vm, ARG(0), &s, &n);
    if (st == 0)
        pdqsort_all(&s, n);
    return st ? st : s.st;
}

static int s_stable(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Sorter s;
    int64_t n;
    int st = sorter_of(vm, ARG(0), &s, &n);
    if (st == 0)
        stable(&s, n);
    return st ? st : s.st;
}

static int s_is_sorted(VM *vm, size_t at, uint32_t nargs)
{
    Sorter s;
    int64_t n;
    int st = sorter_of(vm, ARG(0), &s, &n);
    bool sorted = true;
    for (int64_t i = n - 1; st == 0 && i > 0 && sorted; i--)
        sorted = !less(&s, i, i - 1);
    if (st == 0 && s.st == 0)
        RES(0).u = sorted;
    return st ? st : s.st;
}

/* sort.Reverse(data): &reverse{data}, a *sort.reverse (registered at
 * load, misc_register) whose Less calls data's with i and j swapped. */
static int s_reverse(VM *vm, size_t at, uint32_t nargs)
{
    uint32_t pt = vm_type_named(vm, "*sort.reverse");
    if (pt == BC_NO_TYPE)
        return nat_panic(vm, "govm: sort.Reverse without its type");
    Agg *r = agg_new(vm, &vm->types[vm->types[pt].elem], 1);
    r->v[0] = ARG(0);
    RES(0) = nat_box(vm, pt, (Value){.p = r});
    return 0;
}

/* Calls method name of the interface inside a *sort.reverse with
 * arguments args[1..n) (args[0] becomes the receiver). */
static int reverse_call(VM *vm, size_t at, const char *name, Value *args, uint32_t n, const char *results,
                        Value *res)
{
    const Agg *r = agg_arg(ARG(0), 1);
    const Iface *box = r ? iface_box(vm, r->v[0]) : NULL;
    uint32_t f = box ? method_of(vm, box, name, n, results) : BC_NO_FUNC;
    if (f == BC_NO_FUNC)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    args[0] = box->v;
    return vm_call(vm, f, args, n, res, (uint32_t)strlen(results));
}

static int rev_len(VM *vm, size_t at, uint32_t nargs)
{
    Value args[1], res;
    int st = reverse_call(vm, at, "Len", args, 1, "R", &res);
    if (st == 0)
        RES(0) = res;
    return st;
}

static int rev_less(VM *vm, size_t at, uint32_t nargs)
{
    Value args[3] = {{0}, ARG(2), ARG(1)}, res;
    int st = reverse_call(vm, at, "Less", args, 3, "R", &res);
    if (st == 0)
        RES(0) = res;
    return st;
}

static int rev_swap(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Value args[3] = {{0}, ARG(1), ARG(2)}, none;
    return reverse_call(vm, at, "Swap", args, 3, "", &none);
}

/* sort.Ints, Strings and Float64s, and the Sort methods of IntSlice,
 * StringSlice and Float64Slice. */
static int sort_values(VM *vm, size_t at, Cmp cmp)
{
    Slice *sl = ARG(0).p;
    if (!slice_of(sl, cmp == cmp_string ? BC_REF : BC_SCALAR) || sl->len < 2)
        return 0;
    Sorter s = {.vm = vm, .v = slice_at(sl, 0), .cmp = cmp};
    pdqsort_all(&s, (int64_t)sl->len);
    return 0;
}

static int s_ints(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_values(vm, at, cmp_int); }
static int s_strings(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_values(vm, at, cmp_string); }
static int s_float64s(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_values(vm, at, cmp_float); }

static int sorted(VM *vm, size_t at, uint32_t nargs, Cmp cmp)
{
    Slice *s = ARG(0).p;
    RES(0).u = 1;
    if (!slice_of(s, cmp == cmp_string ? BC_REF : BC_SCALAR))
        return 0;
    for (size_t i = 1; i < s->len; i++)
        if (cmp(slice_at(s, i), slice_at(s, i - 1)) < 0)
            RES(0).u = 0;
    return 0;
}

static int s_ints_sorted(VM *vm, size_t at, uint32_t nargs) { return sorted(vm, at, nargs, cmp_int); }
static int s_strings_sorted(VM *vm, size_t at, uint32_t nargs) { return sorted(vm, at, nargs, cmp_string); }
static int s_floats_sorted(VM *vm, size_t at, uint32_t nargs) { return sorted(vm, at, nargs, cmp_float); }

/* SearchInts, SearchStrings and SearchFloat64s: the first index whose
 * element is >= x (for floats by >=, so a NaN x is never found). */
static int search(VM *vm, size_t at, uint32_t nargs, Cmp cmp)
{
    Slice *s = ARG(0).p;
    size_t lo = 0, hi = slice_of(s, cmp == cmp_string ? BC_REF : BC_SCALAR) ? s->len : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        bool ge = cmp == cmp_float ? slice_at(s, mid)->f >= ARG(1).f : cmp(slice_at(s, mid), &ARG(1)) >= 0;
        if (!ge)
            lo = mid + 1;
        else
            hi = mid;
    }
    RES(0).u = lo;
    return 0;
}

static int s_search_ints(VM *vm, size_t at, uint32_t nargs) { return search(vm, at, nargs, cmp_int); }
static int s_search_strings(VM *vm, size_t at, uint32_t nargs) { return search(vm, at, nargs, cmp_string); }
static int s_search_floats(VM *vm, size_t at, uint32_t nargs) { return search(vm, at, nargs, cmp_float); }

/* IntSlice, Float64Slice and StringSlice's Len, Less and Swap. */
static int own_len(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).i = (int64_t)slice_len(ARG(0).p);
    return 0;
}

static int index_check(VM *vm, size_t at, int64_t i)
{
    size_t n = slice_len(ARG(0).p);
    if (i < 0 || (uint64_t)i >= n)
        return nat_runtime_panic(vm, "index out of range [%lld] with length %zu", (long long)i, n);
    return 0;
}

static int own_less(VM *vm, size_t at, uint32_t nargs, Cmp cmp)
{
    int st = index_check(vm, at, ARG(1).i);
    if (st == 0)
        st = index_check(vm, at, ARG(2).i);
    if (st == 0)
        RES(0).u = cmp(slice_at(ARG(0).p, (size_t)ARG(1).i), slice_at(ARG(0).p, (size_t)ARG(2).i)) < 0;
    return st;
}

static int int_less(VM *vm, size_t at, uint32_t nargs) { return own_less(vm, at, nargs, cmp_int); }
static int float_less(VM *vm, size_t at, uint32_t nargs) { return own_less(vm, at, nargs, cmp_float); }
static int string_less(VM *vm, size_t at, uint32_t nargs) { return own_less(vm, at, nargs, cmp_string); }

static int own_swap(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    int st = index_check(vm, at, ARG(1).i);
    if (st == 0)
        st = index_check(vm, at, ARG(2).i);
    if (st == 0) {
        Value *a = slice_at(ARG(0).p, (size_t)ARG(1).i), *b = slice_at(ARG(0).p, (size_t)ARG(2).i), t = *a;
        *a = *b;
        *b = t;
    }
    return st;
}

/* sort.Slice and SliceStable: the slice's elements swapped here, less
 * called on their indices as they move (as Go's reflect swapper). */
static int sort_by_less(VM *vm, size_t at, bool is_stable)
{
    const Iface *box = iface_box(vm, ARG(0));
    if (!box || vm->types[box->type].kind != BK_SLICE)
        return nat_panic(vm, "reflect: call of Swapper on %s Value", box ? vm->types[box->type].name : "zero");
    int64_t n = (int64_t)slice_len(box->v.p);
    Sorter s = {.vm = vm, .less_fn = ARG(1).p, .v = n ? slice_at(box->v.p, 0) : NULL};
    if (is_stable)
        stable(&s, n);
    else
        pdqsort_all(&s, n);
    return s.st;
}

static int s_slice(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_by_less(vm, at, false); }
static int s_slice_stable(VM *vm, size_t at, uint32_t nargs) { (void)nargs; return sort_by_less(vm, at, true); }

static int s_slice_is_sorted(VM *vm, size_t at, uint32_t nargs)
{
    const Iface *box = iface_box(vm, ARG(0));
    int64_t n = box ? (int64_t)slice_len(box->v.p) : 0;
    Sorter s = {.vm = vm, .less_fn = ARG(1).p};
    bool ok = true;
    for (int64_t i = n - 1; i > 0 && ok; i--)
        ok = !less(&s, i, i - 1);
    if (s.st == 0)
        RES(0).u = ok;
    return s.st;
}

/* sort.Search: the smallest i in [0, n) with f(i) true, else n. */
static int s_search(VM *vm, size_t at, uint32_t nargs)
{
    int64_t lo = 0, hi = ARG(0).i;
    Closure *f = ARG(1).p;
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) >> 1);
        Value arg = {.i = mid}, res;
        int st = vm_call_closure(vm, f, &arg, 1, &res, 1, "RR");
        if (st != 0)
            return st;
        if (!res.u)
            lo = mid + 1;
        else
            hi = mid;
    }
    RES(0).i = lo;
    return 0;
}

/* sort.Find: the smallest i in [0, n) with cmp(i) <= 0, else n, and
 * whether cmp(i) == 0 there. */
static int s_find(VM *vm, size_t at, uint32_t nargs)
{
    int64_t n = ARG(0).i, lo = 0, hi = n;
    Closure *cmp = ARG(1).p;
    Value arg, res;
    while (lo < hi) {
        arg.i = (int64_t)(((uint64_t)lo + (uint64_t)hi) >> 1);
        int st = vm_call_closure(vm, cmp, &arg, 1, &res, 1, "RR");
        if (st != 0)
            return st;
        if (res.i > 0)
            lo = arg.i + 1;
        else
            hi = arg.i;
    }
    bool found = false;
    if (lo < n) {
        arg.i = lo;
        int st = vm_call_closure(vm, cmp, &arg, 1, &res, 1, "RR");
        if (st != 0)
            return st;
        found = res.i == 0;
    }
    RES(0).i = lo;
    RES(1).u = found;
    return 0;
}

const NativeDef natives_sort[] = {
    {"sort.Sort", "P", "", s_sort},
    {"sort.Stable", "P", "", s_stable},
    {"sort.IsSorted", "P", "R", s_is_sorted},
    {"sort.Reverse", "P", "P", s_reverse},
    {"sort.(*reverse).Len", "P", "R", rev_len},
    {"sort.(*reverse).Less", "PRR", "R", rev_less},
    {"sort.(*reverse).Swap", "PRR", "", rev_swap},
    {"sort.Slice", "PP", "", s_slice},
    {"sort.SliceStable", "PP", "", s_slice_stable},
    {"sort.SliceIsSorted", "PP", "R", s_slice_is_sorted},
    {"sort.Search", "RP", "R", s_search},
    {"sort.Find", "RP", "RR", s_find},
    {"sort.Ints", "P", "", s_ints},
    {"sort.Strings", "P", "", s_strings},
    {"sort.Float64s", "P", "", s_float64s},
    {"sort.IntsAreSorted", "P", "R", s_ints_sorted},
    {"sort.StringsAreSorted", "P", "R", s_strings_sorted},
    {"sort.Float64sAreSorted", "P", "R", s_floats_sorted},
    {"sort.SearchInts", "PR", "R", s_search_ints},
    {"sort.SearchStrings", "PP", "R", s_search_strings},
    {"sort.SearchFloat64s", "PR", "R", s_search_floats},
    {"sort.IntSlice.Len", "P", "R", own_len},
    {"sort.IntSlice.Less", "PRR", "R", int_less},
    {"sort.IntSlice.Swap", "PRR", "", own_swap},
    {"sort.IntSlice.Sort", "P", "", s_ints},
    {"sort.IntSlice.Search", "PR", "R", s_search_ints},
    {"sort.Float64Slice.Len", "P", "R", own_len},
    {"sort.Float64Slice.Less", "PRR", "R", float_less},
    {"sort.Float64Slice.Swap", "PRR", "", own_swap},
    {"sort.Float64Slice.Sort", "P", "", s_float64s},
    {"sort.Float64Slice.Search", "PR", "R", s_search_floats},
    {"sort.StringSlice.Len", "P", "R", own_len},
    {"sort.StringSlice.Less", "PRR", "R", string_less},
    {"sort.StringSlice.Swap", "PRR", "", own_swap},
    {"sort.StringSlice.Sort", "P", "", s_strings},
    {"sort.StringSlice.Search", "PP", "R", s_search_strings},
    {NULL, NULL, NULL, NULL},
};

/* ==== govm's own types ================================================ */

/* A new box of type t around v (an object of t's, kept alive meanwhile). */
Value nat_box(VM *vm, uint32_t t, Value v)
{
    bool ref = vm->types[t].cls == BC_REF;
    if (ref)
        gc_protect(vm, v.p);
    Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
    if (ref)
        gc_unprotect(vm, 1);
    box->type = t;
    box->v = v;
    return (Value){.p = box};
}

bool nat_uses(const VM *vm, const char *prefix)
{
    size_t n = strlen(prefix);
    for (uint32_t i = 0; i < vm->code->nnatives; i++)
        if (strncmp(vm->code->natives[i], prefix, n) == 0)
            return true;
    return false;
}

uint32_t nat_own_struct(VM *vm, const char *sname, const char *pname, uint32_t nfields, const char *const *names,
                        const uint32_t *types)
{
    uint32_t p = vm_type_named(vm, pname);
    if (p != BC_NO_TYPE && vm->types[p].kind == BK_POINTER && vm->types[p].elem < vm->ntypes &&
        vm->types[vm->types[p].elem].kind == BK_STRUCT && vm->types[vm->types[p].elem].nfields == nfields)
        return p;
    uint32_t s = vm_type_named(vm, sname);
    if (s == BC_NO_TYPE || vm->types[s].kind != BK_STRUCT || vm->types[s].nfields != nfields) {
        BcType st = {.kind = BK_STRUCT, .name = (char *)sname, .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
        st.fields = xcalloc(nfields, sizeof *st.fields);
        st.slot_cls = xcalloc(nfields, 1);
        st.slot_agg = xcalloc(nfields, 1);   /* no field is a struct or array */
        for (uint32_t i = 0; i < nfields; i++) {
            st.fields[i] = (BcField){(char *)names[i], types[i], false};
            st.slot_cls[i] = vm->types[types[i]].cls;
        }
        st.nfields = nfields;
        s = vm_add_type(vm, st);
    }
    return vm_add_type(vm, (BcType){.kind = BK_POINTER, .name = (char *)pname, .elem = s, .key = BC_NO_TYPE});
}

/* The types natives here make values of, added at load when the
 * program calls those natives: the method tables are built after this,
 * so that the types' methods are the natives above, and a program that
 * does not use them has no methods it could mistake for its own. */
void misc_register(VM *vm)
{
    if (nat_uses(vm, "sort.Reverse")) {
        static const char *const names[] = {"Interface"};
        uint32_t types[] = {nat_type(vm, "sort.Interface", BK_INTERFACE)};
        nat_own_struct(vm, "sort.reverse", "*sort.reverse", 1, names, types);
    }
    if (nat_uses(vm, "errors.Join")) {
        static const char *const names[] = {"errs"};
        uint32_t types[] = {nat_slice_type(vm, "[]error", nat_type(vm, "error", BK_INTERFACE))};
        nat_own_struct(vm, "errors.joinError", "*errors.joinError", 1, names, types);
    }
}

void nat_reserve_types(VM *vm, uint32_t more)
{
    if (vm->types_cap - vm->ntypes >= more)
        return;
    vm->types_cap = vm->ntypes + more;
    vm->types = xrealloc(vm->types, vm->types_cap * sizeof *vm->types);
}
