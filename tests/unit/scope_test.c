/* scope_test.c - unit tests for gocheck/scope.c and gocheck/universe.c:
 * interning, symbols in nested scopes (shadowing, redeclaration, the
 * blank identifier, declaration order, a scope too big to scan), and the
 * universe's predeclared names with their kinds and types.
 * Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "scope.h"
#include "universe.h"

/* Checks passed so far, for the summary line.  A global only so that the
 * CHECK macro stays a one-liner in every test. */
static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* ---- helpers ---------------------------------------------------------- */

/* Declares a var called name in s; returns what scope_insert returned. */
static Symbol *declare_var(Scope *s, Interner *in, const char *name, Symbol **made)
{
    Symbol *sym = symbol_new(s->arena, SYM_VAR, interner_intern_cstr(in, name), TY_INT, NULL);
    if (made)
        *made = sym;
    return scope_insert(s, sym);
}

/* The universe's symbol for name, which must be there with kind. */
static const Symbol *universe_sym(const Scope *u, Interner *in, const char *name, SymKind kind)
{
    const Symbol *sym = scope_lookup_local(u, interner_intern_cstr(in, name));
    if (!sym || sym->kind != kind)
        fprintf(stderr, "universe: %s missing or not a %s\n", name, symbol_kind_name(kind));
    CHECK(sym && sym->kind == kind && sym->decl == NULL);
    return sym;
}

/* ---- tests ------------------------------------------------------------ */

static void test_intern(void)
{
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    char buf1[] = "counter", buf2[] = "counter";
    const char *p = interner_intern(&in, buf1, 7);
    CHECK(p != buf1 && strcmp(p, "counter") == 0);
    CHECK(interner_intern(&in, buf2, 7) == p);
    CHECK(interner_intern_cstr(&in, "counter") == p);
    /* A prefix is another name, NUL-terminated in its copy. */
    const char *q = interner_intern(&in, "counter", 5);
    CHECK(q != p && strcmp(q, "count") == 0);
    /* Node text is a slice of the input with no NUL after it. */
    const char src[] = {'x', 'y', 'z', '+', 'x', 'y'};
    const char *xy = interner_intern(&in, src + 4, 2);
    CHECK(strcmp(xy, "xy") == 0 && interner_intern(&in, src, 2) == xy);
    CHECK(strcmp(interner_intern(&in, src, 3), "xyz") == 0);
    CHECK(interner_intern(&in, NULL, 0) == interner_intern_cstr(&in, ""));
    CHECK(interner_count(&in) == 5);
    /* Growth keeps every pointer: intern many, then ask again. */
    char name[32];
    const char *first = NULL;
    for (int i = 0; i < 5000; i++) {
        snprintf(name, sizeof name, "n%d", i);
        const char *s = interner_intern_cstr(&in, name);
        if (i == 0)
            first = s;
    }
    CHECK(interner_intern_cstr(&in, "n0") == first);
    CHECK(interner_intern(&in, "counter", 7) == p && interner_count(&in) == 5005);
    arena_free(&a);
}

static void test_nested(void)
{
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    Scope *pkg = scope_new(&a, SCOPE_PACKAGE, NULL);
    Scope *fn = scope_new(&a, SCOPE_FUNC, pkg);
    Scope *blk = scope_new(&a, SCOPE_BLOCK, fn);
    CHECK(blk->parent == fn && fn->parent == pkg && blk->kind == SCOPE_BLOCK);

    Symbol *px, *bx, *fy;
    CHECK(declare_var(pkg, &in, "x", &px) == NULL);
    CHECK(declare_var(fn, &in, "y", &fy) == NULL);
    const char *x = interner_intern_cstr(&in, "x"), *y = interner_intern_cstr(&in, "y");
    const Scope *where;
    CHECK(scope_lookup(blk, x, &where) == px && where == pkg);
    CHECK(scope_lookup_local(blk, x) == NULL);
    /* Shadowing: the inner x hides the outer one from inside only. */
    CHECK(declare_var(blk, &in, "x", &bx) == NULL);
    CHECK(scope_lookup(blk, x, &where) == bx && where == blk);
    CHECK(scope_lookup(fn, x, &where) == px && where == pkg);
    CHECK(scope_lookup(blk, y, NULL) == fy);
    const char *z = interner_intern_cstr(&in, "z");
    where = pkg;
    CHECK(scope_lookup(blk, z, &where) == NULL && where == NULL);

    /* Redeclaration: the first symbol comes back and stays. */
    Symbol *again;
    CHECK(declare_var(blk, &in, "x", &again) == bx && again != bx);
    CHECK(scope_lookup_local(blk, x) == bx && scope_len(blk) == 1);

    /* _ is never declared, however often. */
    CHECK(declare_var(blk, &in, "_", NULL) == NULL);
    CHECK(declare_var(blk, &in, "_", NULL) == NULL);
    CHECK(scope_len(blk) == 1 && scope_lookup(blk, interner_intern_cstr(&in, "_"), NULL) == NULL);
    arena_free(&a);
}

static void test_order(void)
{
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    Scope *s = scope_new(&a, SCOPE_BLOCK, NULL);
    const char *names[] = {"zeta", "alpha", "mid", "beta", "a1", "a2", "a3",
                           "a4", "a5", "a6", "a7", "a8", "omega"};
    enum { N = sizeof names / sizeof names[0] };
    for (int i = 0; i < N; i++)
        CHECK(declare_var(s, &in, names[i], NULL) == NULL);
    /* Past SCOPE_LINEAR_MAX the index takes over; the order must not move. */
    CHECK(N > SCOPE_LINEAR_MAX && scope_len(s) == N);
    for (int i = 0; i < N; i++)
        CHECK(strcmp(scope_at(s, (uint32_t)i)->name, names[i]) == 0);
    CHECK(declare_var(s, &in, "mid", NULL) == scope_at(s, 2));
    arena_free(&a);
}

static void test_big_scope(void)
{
    enum { N = 100000 };
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    Scope *outer = scope_new(&a, SCOPE_PACKAGE, NULL);
    Scope *s = scope_new(&a, SCOPE_FUNC, outer);
    char name[32];
    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "v%d", i);
        CHECK(declare_var(s, &in, name, NULL) == NULL);
    }
    CHECK(scope_len(s) == N);
    for (int i = 0; i < N; i += 7) {
        snprintf(name, sizeof name, "v%d", i);
        Symbol *sym = scope_lookup_local(s, interner_intern_cstr(&in, name));
        CHECK(sym && sym == scope_at(s, (uint32_t)i));
        CHECK(declare_var(s, &in, name, NULL) == sym);
    }
    CHECK(scope_lookup_local(s, interner_intern_cstr(&in, "v100000")) == NULL);
    CHECK(scope_len(s) == N && interner_count(&in) == N + 1);
    arena_free(&a);
}

/* A constant's value owns heap memory; releasing the scope frees it
 * (the sanitizer build would report the leak otherwise). */
static void test_release_values(void)
{
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    Scope *s = scope_new(&a, SCOPE_BLOCK, NULL);
    Symbol *c = symbol_new(&a, SYM_CONST, interner_intern_cstr(&in, "big"), TY_UNTYPED_INT, NULL);
    c->val = const_make_string("hello", 5);
    CHECK(scope_insert(s, c) == NULL);
    scope_release_values(s);
    CHECK(c->val.kind == CONST_UNKNOWN || c->val.str == NULL);
    arena_free(&a);
}

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

static void test_universe_types(const Scope *u, TypeTable *t, Interner *in)
{
    static const struct { const char *name; TypeId type; } basics[] = {
        {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8}, {"int16", TY_INT16},
        {"int32", TY_INT32}, {"int64", TY_INT64}, {"uint", TY_UINT}, {"uint8", TY_UINT8},
        {"uint16", TY_UINT16}, {"uint32", TY_UINT32}, {"uint64", TY_UINT64},
        {"uintptr", TY_UINTPTR}, {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64},
        {"string", TY_STRING},
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++) {
        CHECK(universe_sym(u, in, basics[i].name, SYM_TYPE)->type == basics[i].type);
        expect_format(t, basics[i].type, basics[i].name);
    }
    /* byte and rune are other names for uint8 and int32: identical,
     * but printed as written, as go/types does. */
    TypeId byte = universe_sym(u, in, "byte", SYM_TYPE)->type;
    TypeId rune = universe_sym(u, in, "rune", SYM_TYPE)->type;
    CHECK(byte != TY_UINT8 && types_identical(t, byte, TY_UINT8));
    CHECK(rune != TY_INT32 && types_identical(t, rune, TY_INT32));
    CHECK(!types_identical(t, byte, TY_INT32));
    CHECK(types_kind(t, byte) == TY_UINT8 && types_is_unsigned(t, byte));
    expect_format(t, byte, "byte");
    expect_format(t, rune, "rune");
    TypeId bytes = types_slice(t, byte), uint8s = types_slice(t, TY_UINT8);
    CHECK(bytes != uint8s && types_identical(t, bytes, uint8s));
    expect_format(t, bytes, "[]byte");
    expect_format(t, uint8s, "[]uint8");
    TypeId m1 = types_map(t, TY_STRING, types_slice(t, rune));
    TypeId m2 = types_map(t, TY_STRING, types_slice(t, TY_INT32));
    CHECK(m1 != m2 && types_identical(t, m1, m2));

    TypeId any = universe_sym(u, in, "any", SYM_TYPE)->type;
    CHECK(types_identical(t, any, types_interface(t, NULL, 0)) && types_get(t, any)->n == 0);
    expect_format(t, any, "any");
    expect_format(t, types_interface(t, NULL, 0), "interface{}");

    TypeId err = universe_sym(u, in, "error", SYM_TYPE)->type;
    CHECK(types_kind(t, err) == TY_NAMED && types_kind(t, types_underlying(t, err)) == TY_INTERFACE);
    expect_format(t, err, "error");
    expect_format(t, types_underlying(t, err), "interface{Error() string}");
    /* The method belongs to the interface, as in go/types. */
    const TypeMethod *m = types_lookup_method(t, types_underlying(t, err), "Error");
    CHECK(m != NULL);
    expect_format(t, m->type, "func() string");
    CHECK(types_is_comparable(t, err));
}

static void test_universe_values(const Scope *u, Interner *in)
{
    const Symbol *tr = universe_sym(u, in, "true", SYM_CONST);
    const Symbol *fa = universe_sym(u, in, "false", SYM_CONST);
    CHECK(tr->type == TY_UNTYPED_BOOL && tr->val.kind == CONST_BOOL && tr->val.b);
    CHECK(fa->type == TY_UNTYPED_BOOL && fa->val.kind == CONST_BOOL && !fa->val.b);
    CHECK(universe_sym(u, in, "iota", SYM_CONST)->type == TY_UNTYPED_INT);
    CHECK(universe_sym(u, in, "nil", SYM_NIL)->type == TY_UNTYPED_NIL);
    for (int b = 0; b < BUILTIN__COUNT; b++)
        CHECK(universe_sym(u, in, builtin_name((BuiltinId)b), SYM_BUILTIN)->builtin == b);
    CHECK(strcmp(builtin_name(BUILTIN_SPAWN), "spawn") == 0);
    CHECK(strcmp(builtin_name(BUILTIN_AWAIT), "await") == 0);
    CHECK(BUILTIN__COUNT == 17);
    static const char *const absent[] = {"complex", "real", "imag", "comparable",
                                         "complex64", "complex128", "unsafe", "_"};
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
        CHECK(scope_lookup_local(u, interner_intern_cstr(in, absent[i])) == NULL);
    /* 17 types, 3 constants, nil, 17 builtins. */
    CHECK(scope_len(u) == 17 + 2 + 3 + 1 + 17);
}

static void test_universe(void)
{
    Arena a;
    arena_init(&a);
    Interner in;
    interner_init(&in, &a);
    TypeTable t;
    types_init(&t);
    Scope *u = universe_new(&t, &in, &a);
    CHECK(u->kind == SCOPE_UNIVERSE && u->parent == NULL);
    test_universe_types(u, &t, &in);
    test_universe_values(u, &in);
    /* Declaration order: bool first, await last. */
    CHECK(strcmp(scope_at(u, 0)->name, "bool") == 0);
    CHECK(strcmp(scope_at(u, scope_len(u) - 1)->name, "await") == 0);
    /* A package scope below the universe shadows it. */
    Scope *pkg = scope_new(&a, SCOPE_PACKAGE, u);
    Symbol *mylen;
    CHECK(declare_var(pkg, &in, "len", &mylen) == NULL);
    const char *len = interner_intern_cstr(&in, "len");
    const Scope *where;
    CHECK(scope_lookup(pkg, len, &where) == mylen && where == pkg);
    CHECK(scope_lookup(u, len, &where)->kind == SYM_BUILTIN && where == u);
    scope_release_values(u);
    types_free(&t);
    arena_free(&a);
}

int main(void)
{
    test_intern();
    test_nested();
    test_order();
    test_big_scope();
    test_release_values();
    test_universe();
    printf("scope_test: %d checks passed\n", checks);
    return 0;
}
