/* types_test.c - unit tests for gocheck/types.c: hash-consed identity,
 * named types, defaults, comparability, and printing as go/types prints
 * (expected texts are what types.TypeString gives for the same types,
 * qualified by package name as go/types' error messages are).
 * Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "types.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* ---- helpers ---------------------------------------------------------- */

static TypeId tuple0(TypeTable *t)
{
    return types_tuple(t, NULL, 0);
}

static TypeId tuple1(TypeTable *t, TypeId a)
{
    return types_tuple(t, &a, 1);
}

static TypeId tuple2(TypeTable *t, TypeId a, TypeId b)
{
    TypeId ids[] = {a, b};
    return types_tuple(t, ids, 2);
}

/* func() T, or func() for T == 0. */
static TypeId func_returning(TypeTable *t, TypeId res)
{
    return types_func(t, tuple0(t), res ? tuple1(t, res) : tuple0(t), false);
}

/* id printed with "main" as the current package must be want. */
static void expect_format(const TypeTable *t, TypeId id, const char *want)
{
    Buf b;
    buf_init(&b);
    types_format(t, id, "main", &b);
    buf_putc(&b, '\0');
    if (strcmp((const char *)b.data, want) != 0)
        fprintf(stderr, "format: got %s, want %s\n", (const char *)b.data, want);
    CHECK(strcmp((const char *)b.data, want) == 0);
    buf_free(&b);
}

/* ---- tests ------------------------------------------------------------ */

static void test_basics(void)
{
    TypeTable t;
    types_init(&t);
    CHECK(types_count(&t) == TY__NBASIC);
    for (TypeId id = 0; id < TY__NBASIC; id++) {
        CHECK(types_kind(&t, id) == (TypeKind)id);
        CHECK(types_underlying(&t, id) == id);
    }
    CHECK(types_is_integer(&t, TY_UINT8) && types_is_unsigned(&t, TY_UINTPTR));
    CHECK(!types_is_unsigned(&t, TY_INT) && types_is_numeric(&t, TY_FLOAT32));
    CHECK(types_is_ordered(&t, TY_STRING) && !types_is_ordered(&t, TY_BOOL));
    CHECK(types_is_untyped(&t, TY_UNTYPED_NIL) && !types_is_const_type(&t, TY_UNTYPED_NIL));
    CHECK(types_is_const_type(&t, TY_UNTYPED_RUNE) && types_is_integer(&t, TY_UNTYPED_RUNE));
    CHECK(!types_is_basic(&t, TYPE_INVALID) && types_is_basic(&t, TY_STRING));
    CHECK(types_bits(&t, TY_INT) == 64 && types_bits(&t, TY_UINTPTR) == 64);
    CHECK(types_bits(&t, TY_INT16) == 16 && types_bits(&t, TY_STRING) == 0);
    expect_format(&t, TY_INT, "int");
    expect_format(&t, TY_UNTYPED_INT, "untyped int");
    expect_format(&t, TY_UNTYPED_NIL, "untyped nil");
    expect_format(&t, TYPE_INVALID, "invalid type");
    types_free(&t);
}

static void test_defaults(void)
{
    TypeTable t;
    types_init(&t);
    CHECK(types_default(&t, TY_UNTYPED_INT) == TY_INT);
    CHECK(types_default(&t, TY_UNTYPED_RUNE) == TY_INT32);
    CHECK(types_default(&t, TY_UNTYPED_FLOAT) == TY_FLOAT64);
    CHECK(types_default(&t, TY_UNTYPED_BOOL) == TY_BOOL);
    CHECK(types_default(&t, TY_UNTYPED_STRING) == TY_STRING);
    CHECK(types_default(&t, TY_UNTYPED_NIL) == TY_UNTYPED_NIL);
    CHECK(types_default(&t, TY_INT8) == TY_INT8);
    TypeId s = types_slice(&t, TY_INT);
    CHECK(types_default(&t, s) == s);
    types_free(&t);
}

static void test_identity(void)
{
    TypeTable t;
    types_init(&t);
    TypeId s1 = types_slice(&t, TY_INT), s2 = types_slice(&t, TY_INT);
    CHECK(s1 == s2 && s1 == TY__NBASIC);  /* ids follow creation order */
    CHECK(types_slice(&t, TY_INT64) != s1);
    CHECK(types_array(&t, TY_INT, 3) == types_array(&t, TY_INT, 3));
    CHECK(types_array(&t, TY_INT, 3) != types_array(&t, TY_INT, 4));
    CHECK(types_map(&t, TY_STRING, s1) == types_map(&t, TY_STRING, s1));
    CHECK(types_map(&t, TY_STRING, TY_INT) != types_map(&t, TY_INT, TY_STRING));
    CHECK(types_chan(&t, CHAN_SEND, TY_INT) != types_chan(&t, CHAN_RECV, TY_INT));
    CHECK(types_pointer(&t, s1) == types_pointer(&t, types_slice(&t, TY_INT)));
    CHECK(tuple2(&t, TY_INT, TY_STRING) != tuple2(&t, TY_STRING, TY_INT));
    CHECK(tuple0(&t) == tuple0(&t) && tuple0(&t) != tuple1(&t, TY_INT));

    TypeField xy[] = {{"x", TY_INT, false, NULL}, {"y", TY_INT, false, NULL}};
    TypeField xz[] = {{"x", TY_INT, false, NULL}, {"z", TY_INT, false, NULL}};
    char name[] = "x";  /* names compare as strings, not pointers */
    TypeField x2[] = {{name, TY_INT, false, NULL}, {"y", TY_INT, false, NULL}};
    TypeField emb[] = {{"x", TY_INT, true, NULL}, {"y", TY_INT, false, NULL}};
    CHECK(types_struct(&t, xy, 2) == types_struct(&t, x2, 2));
    CHECK(types_struct(&t, xy, 2) != types_struct(&t, xz, 2));
    CHECK(types_struct(&t, xy, 2) != types_struct(&t, emb, 2));
    CHECK(types_struct(&t, xy, 1) != types_struct(&t, xy, 2));
    CHECK(types_struct(&t, NULL, 0) == types_struct(&t, NULL, 0));

    TypeId ss = types_slice(&t, TY_STRING);
    TypeId va = types_func(&t, tuple1(&t, ss), tuple0(&t), true);
    TypeId nv = types_func(&t, tuple1(&t, ss), tuple0(&t), false);
    CHECK(va != nv && va == types_func(&t, tuple1(&t, ss), tuple0(&t), true));

    TypeId fi = func_returning(&t, TY_INT);
    TypeMethod ab[] = {{"A", fi, false, 0}, {"B", fi, false, 0}};
    TypeMethod ba[] = {{"B", fi, false, 0}, {"A", fi, false, 0}};
    CHECK(types_interface(&t, ab, 2) == types_interface(&t, ba, 2));
    CHECK(types_interface(&t, ab, 1) != types_interface(&t, ab, 2));
    CHECK(types_interface(&t, NULL, 0) != types_struct(&t, NULL, 0));
    CHECK(types_get(&t, types_interface(&t, ba, 2))->methods[0].name[0] == 'A');
    types_free(&t);
}

static void test_named(void)
{
    TypeTable t;
    types_init(&t);
    TypeId a = types_named(&t, "T", "main"), b = types_named(&t, "T", "main");
    CHECK(a != b && types_kind(&t, a) == TY_NAMED);
    CHECK(types_underlying(&t, a) == TYPE_INVALID);
    types_set_underlying(&t, a, TY_INT);
    types_set_underlying(&t, b, TY_INT);
    CHECK(a != b && types_underlying(&t, a) == types_underlying(&t, b));
    CHECK(types_is_integer(&t, a) && types_bits(&t, a) == 64);
    /* type C B: C's underlying type is int, not B */
    TypeId c = types_named(&t, "C", "main");
    types_set_underlying(&t, c, b);
    CHECK(types_underlying(&t, c) == TY_INT);
    CHECK(types_slice(&t, a) != types_slice(&t, b));

    TypeId fn = func_returning(&t, TY_STRING);
    types_add_method(&t, a, "String", fn, false, 0);
    for (int i = 0; i < 20; i++) {  /* past the first few grows */
        char name[16];
        snprintf(name, sizeof name, "M%d", i);
        types_add_method(&t, a, name, func_returning(&t, 0), true, 0);
    }
    const TypeMethod *m = types_lookup_method(&t, a, "String");
    CHECK(m && m->type == fn && !m->ptr_recv);
    m = types_lookup_method(&t, a, "M19");
    CHECK(m && m->ptr_recv && types_get(&t, a)->n == 21);
    CHECK(types_lookup_method(&t, a, "Missing") == NULL);
    CHECK(types_lookup_method(&t, b, "String") == NULL);
    types_free(&t);
}

static void test_comparable(void)
{
    TypeTable t;
    types_init(&t);
    TypeId s = types_slice(&t, TY_INT);
    CHECK(types_is_comparable(&t, TY_INT) && types_is_comparable(&t, TY_STRING));
    CHECK(types_is_comparable(&t, TYPE_INVALID));
    CHECK(!types_is_comparable(&t, TY_UNTYPED_NIL));
    CHECK(!types_is_comparable(&t, s));
    CHECK(!types_is_comparable(&t, types_map(&t, TY_INT, TY_INT)));
    CHECK(!types_is_comparable(&t, func_returning(&t, 0)));
    CHECK(types_is_comparable(&t, types_pointer(&t, s)));
    CHECK(types_is_comparable(&t, types_chan(&t, CHAN_BOTH, s)));
    CHECK(types_is_comparable(&t, types_interface(&t, NULL, 0)));
    CHECK(types_is_comparable(&t, types_array(&t, TY_INT, 2)));
    CHECK(!types_is_comparable(&t, types_array(&t, s, 2)));
    TypeField ok[] = {{"a", TY_INT, false, NULL}, {"b", types_array(&t, TY_STRING, 1), false, NULL}};
    TypeField bad[] = {{"a", TY_INT, false, NULL}, {"b", types_array(&t, s, 1), false, NULL}};
    CHECK(types_is_comparable(&t, types_struct(&t, ok, 2)));
    CHECK(!types_is_comparable(&t, types_struct(&t, bad, 2)));
    TypeId n = types_named(&t, "S", "main");
    types_set_underlying(&t, n, s);
    CHECK(!types_is_comparable(&t, n));
    CHECK(!types_is_comparable(&t, types_array(&t, n, 3)));

    /* type T struct{ a [1]T }: invalid, but the walk must end */
    TypeId r = types_named(&t, "T", "main");
    TypeField self[] = {{"a", types_array(&t, r, 1), false, NULL}};
    types_set_underlying(&t, r, types_struct(&t, self, 1));
    CHECK(types_is_comparable(&t, r));
    types_free(&t);
}

/* Thousands of levels: no recursion in comparability, a bound in printing. */
static void test_deep(void)
{
    enum { DEEP = 5000 };
    TypeTable t;
    types_init(&t);
    TypeId s = TY_INT, a = TY_INT, bad = types_slice(&t, TY_INT), prev = TY_INT;
    for (int i = 0; i < DEEP; i++) {
        s = types_slice(&t, s);
        a = types_array(&t, a, 1);
        bad = types_array(&t, bad, 1);
        /* type Ti struct{ f T(i-1) }: deep through names, legitimately */
        TypeId n = types_named(&t, "T", "main");
        TypeField f[] = {{"f", prev, false, NULL}};
        types_set_underlying(&t, n, types_struct(&t, f, 1));
        prev = n;
    }
    CHECK(!types_is_comparable(&t, s));
    CHECK(types_is_comparable(&t, a) && !types_is_comparable(&t, bad));
    CHECK(types_is_comparable(&t, prev));

    Buf b;
    buf_init(&b);
    types_format(&t, s, "main", &b);
    CHECK(b.len == 2 * (TYPES_MAX_DEPTH + 1) + strlen("…"));
    CHECK(memcmp(b.data + b.len - strlen("…"), "…", strlen("…")) == 0);
    buf_free(&b);

    /* struct{a T; b T} nested 40 deep would print 2^40 leaves */
    TypeId w = TY_INT;
    for (int i = 0; i < 40; i++) {
        TypeField f[] = {{"a", w, false, NULL}, {"b", w, false, NULL}};
        w = types_struct(&t, f, 2);
    }
    buf_init(&b);
    types_format(&t, w, "main", &b);
    CHECK(b.len < 2 * TYPES_MAX_FORMAT);
    buf_free(&b);
    types_free(&t);
}

static void test_format(void)
{
    TypeTable t;
    types_init(&t);
    TypeId si = types_slice(&t, TY_INT);
    expect_format(&t, si, "[]int");
    expect_format(&t, types_array(&t, TY_STRING, 3), "[3]string");
    expect_format(&t, types_map(&t, TY_STRING, si), "map[string][]int");
    TypeId T = types_named(&t, "T", "main");
    types_set_underlying(&t, T, TY_INT);
    expect_format(&t, types_pointer(&t, T), "*T");
    expect_format(&t, types_chan(&t, CHAN_BOTH, TY_INT), "chan int");
    expect_format(&t, types_chan(&t, CHAN_SEND, TY_INT), "chan<- int");
    TypeId rc = types_chan(&t, CHAN_RECV, TY_INT);
    expect_format(&t, rc, "<-chan int");
    expect_format(&t, types_chan(&t, CHAN_BOTH, rc), "chan (<-chan int)");
    expect_format(&t, types_chan(&t, CHAN_SEND, rc), "chan<- <-chan int");

    TypeId err = types_named(&t, "error", "");
    TypeMethod error_m[] = {{"Error", func_returning(&t, TY_STRING), false, 0}};
    TypeId ifc = types_interface(&t, error_m, 1);
    types_set_underlying(&t, err, ifc);
    TypeId params = tuple2(&t, TY_INT, types_slice(&t, TY_STRING));
    expect_format(&t, types_func(&t, params, tuple2(&t, TY_INT, err), true),
                  "func(int, ...string) (int, error)");
    expect_format(&t, types_func(&t, params, tuple2(&t, TY_INT, err), false),
                  "func(int, []string) (int, error)");
    expect_format(&t, func_returning(&t, TY_INT), "func() int");
    expect_format(&t, func_returning(&t, 0), "func()");
    expect_format(&t, tuple2(&t, TY_INT, TY_STRING), "(int, string)");
    expect_format(&t, tuple0(&t), "()");

    TypeField fs[] = {{"x", TY_INT, false, NULL}, {"T", T, true, NULL}, {"T", types_pointer(&t, T), true, NULL}};
    expect_format(&t, types_struct(&t, fs, 2), "struct{x int; T}");
    expect_format(&t, types_struct(&t, fs + 2, 1), "struct{*T}");
    expect_format(&t, types_struct(&t, NULL, 0), "struct{}");
    expect_format(&t, types_interface(&t, NULL, 0), "interface{}");
    TypeMethod ms[] = {{"N", types_func(&t, tuple1(&t, TY_STRING), tuple0(&t), false), false, 0},
                       {"M", func_returning(&t, TY_INT), false, 0}};
    expect_format(&t, types_interface(&t, ms, 1), "interface{N(string)}");
    expect_format(&t, types_interface(&t, ms, 2), "interface{M() int; N(string)}");
    expect_format(&t, ifc, "interface{Error() string}");
    expect_format(&t, err, "error");

    TypeId buf = types_named(&t, "Buffer", "bytes");
    TypeId sb = types_named(&t, "Builder", "example.com/x/strings");
    expect_format(&t, types_pointer(&t, buf), "*bytes.Buffer");
    expect_format(&t, types_slice(&t, sb), "[]strings.Builder");
    Buf b;
    buf_init(&b);
    types_format(&t, buf, "bytes", &b);
    types_format(&t, T, NULL, &b);
    buf_putc(&b, '\0');
    CHECK(strcmp((const char *)b.data, "Buffermain.T") == 0);
    buf_free(&b);
    types_free(&t);
}

/* Many types: the hash table grows and still finds each one once. */
static void test_many(void)
{
    enum { N = 20000 };
    TypeTable t;
    types_init(&t);
    TypeId *ids = malloc(N * sizeof *ids);
    assert(ids);
    for (int i = 0; i < N; i++)
        ids[i] = types_array(&t, TY_INT, i);
    for (int i = 0; i < N; i++)
        CHECK(types_array(&t, TY_INT, i) == ids[i] && ids[i] == (TypeId)(TY__NBASIC + i));
    CHECK(types_count(&t) == TY__NBASIC + N);
    free(ids);
    types_free(&t);
}

int main(void)
{
    test_basics();
    test_defaults();
    test_identity();
    test_named();
    test_comparable();
    test_deep();
    test_format();
    test_many();
    printf("types_test: %d checks passed\n", checks);
    return 0;
}
