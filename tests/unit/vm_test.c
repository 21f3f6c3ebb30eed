/* vm_test.c - unit tests for govm's hot internals: the map (growth,
 * deletion, reinsertion, keys that compare equal as Go's do), equality
 * and hashing of floats, strings and interfaces, the shortest float
 * printing of %v, and Printf's verbs against what Go prints.  The
 * collector runs on every allocation throughout.  Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "natives.h"

static int checks;

#define CHECK(cond) (assert(cond), checks++)

/* A file with the types the tests need: int, string, float64,
 * map[string]int, map[float64]int, interface {}. */
static void make_code(Bytecode *b)
{
    bytecode_init(b);
    b->package = xstrdup("main");
    b->source = xstrdup("t.go");
    b->ntypes = 6;
    b->types = xcalloc(6, sizeof *b->types);
    b->types[0] = (BcType){.kind = BK_INT, .name = xstrdup("int"), .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    b->types[1] = (BcType){.kind = BK_STRING, .name = xstrdup("string"), .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    b->types[2] = (BcType){.kind = BK_FLOAT64, .name = xstrdup("float64"), .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    b->types[3] = (BcType){.kind = BK_MAP, .name = xstrdup("map[string]int"), .elem = 0, .key = 1};
    b->types[4] = (BcType){.kind = BK_MAP, .name = xstrdup("map[float64]int"), .elem = 0, .key = 2};
    b->types[5] = (BcType){.kind = BK_INTERFACE, .name = xstrdup("interface {}"), .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    char why[200];
    CHECK(bytecode_derive(b, why, sizeof why));
}

static Value str(VM *vm, const char *s)
{
    return (Value){.p = vm_string(vm, s, strlen(s))};
}

static void test_map(VM *vm)
{
    Map *m = map_new(vm, &vm->types[3]);
    gc_protect(vm, m);
    char key[32];
    /* 5,000 keys: the table grows many times. */
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        Value k = str(vm, key);
        gc_protect(vm, k.p);
        Value *slot = map_insert(vm, m, k, NULL);
        gc_unprotect(vm, 1);
        slot->i = i;
    }
    CHECK(m->count == 5000);
    for (int i = 0; i < 5000; i += 2) {
        snprintf(key, sizeof key, "k%d", i);
        map_delete(vm, m, str(vm, key), NULL);
    }
    CHECK(m->count == 2500);
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        Value *v = map_find(vm, m, str(vm, key), NULL);
        CHECK((i % 2 == 0) == (v == NULL));
        CHECK(!v || v->i == i);
    }
    /* Deleted keys come back as new entries; dead ones are compacted away. */
    for (int i = 0; i < 5000; i += 2) {
        snprintf(key, sizeof key, "k%d", i);
        Value k = str(vm, key);
        gc_protect(vm, k.p);
        map_insert(vm, m, k, NULL)->i = -i;
        gc_unprotect(vm, 1);
    }
    CHECK(m->count == 5000);
    CHECK(map_find(vm, m, str(vm, "k4"), NULL)->i == -4);
    CHECK(map_find(vm, m, str(vm, "k5"), NULL)->i == 5);
    CHECK(map_find(vm, m, str(vm, "nope"), NULL) == NULL);
    CHECK(map_find(vm, NULL, str(vm, "k1"), NULL) == NULL);   /* a nil map has nothing */
    gc_unprotect(vm, 1);

    /* Float keys: +0 and -0 are one key; NaN is never found. */
    Map *f = map_new(vm, &vm->types[4]);
    gc_protect(vm, f);
    map_insert(vm, f, (Value){.f = 0.0}, NULL)->i = 1;
    CHECK(map_find(vm, f, (Value){.f = -0.0}, NULL)->i == 1);
    map_insert(vm, f, (Value){.f = NAN}, NULL)->i = 2;
    map_insert(vm, f, (Value){.f = NAN}, NULL)->i = 3;
    CHECK(f->count == 3);
    CHECK(map_find(vm, f, (Value){.f = NAN}, NULL) == NULL);
    gc_unprotect(vm, 1);
}

static void test_equal(VM *vm)
{
    const BcType *s = &vm->types[1], *fl = &vm->types[2], *any = &vm->types[5];
    Value a = str(vm, "abc");
    gc_protect(vm, a.p);
    Value b = str(vm, "abc");
    gc_unprotect(vm, 1);
    CHECK(value_equal(vm, s, a, b, NULL) && value_hash(vm, s, a, NULL) == value_hash(vm, s, b, NULL));
    CHECK(value_equal(vm, s, (Value){.p = NULL}, str(vm, ""), NULL));   /* NULL is "" */
    CHECK(!value_equal(vm, fl, (Value){.f = NAN}, (Value){.f = NAN}, NULL));
    CHECK(value_hash(vm, fl, (Value){.f = 0.0}, NULL) == value_hash(vm, fl, (Value){.f = -0.0}, NULL));
    /* Interfaces: equal when the dynamic types and values are. */
    Iface *x = gc_alloc(vm, GC_IFACE, sizeof *x);
    gc_protect(vm, x);
    Iface *y = gc_alloc(vm, GC_IFACE, sizeof *y);
    gc_unprotect(vm, 1);
    x->type = y->type = 0;
    x->v.i = y->v.i = 7;
    CHECK(value_equal(vm, any, (Value){.p = x}, (Value){.p = y}, NULL));
    y->type = 2;
    CHECK(!value_equal(vm, any, (Value){.p = x}, (Value){.p = y}, NULL));
    CHECK(!value_equal(vm, any, (Value){.p = x}, (Value){.p = NULL}, NULL));
    CHECK(value_equal(vm, any, (Value){.p = NULL}, (Value){.p = NULL}, NULL));
}

static void float_is(double f, unsigned bits, const char *want)
{
    Buf b;
    buf_init(&b);
    fmt_float_shortest(&b, f, bits, 'g');
    buf_putc(&b, '\0');
    if (strcmp((const char *)b.data, want) != 0)
        fprintf(stderr, "%.17g: got %s, want %s\n", f, (const char *)b.data, want);
    CHECK(strcmp((const char *)b.data, want) == 0);
    buf_free(&b);
}

/* What Go 1.19's fmt.Println prints for each. */
static void test_floats(void)
{
    float_is(0.1, 64, "0.1");
    float_is(0.1 + 0.2, 64, "0.30000000000000004");
    float_is(100000, 64, "100000");
    float_is(1234567, 64, "1.234567e+06");
    float_is(1e21, 64, "1e+21");
    float_is(0.0001, 64, "0.0001");
    float_is(0.00001, 64, "1e-05");
    float_is(-2.5, 64, "-2.5");
    float_is(5e-324, 64, "5e-324");
    float_is(1.7976931348623157e308, 64, "1.7976931348623157e+308");
    float_is((double)(float)0.1, 32, "0.1");
    float_is((double)(float)16777216.0, 32, "1.6777216e+07");
    float_is(INFINITY, 64, "+Inf");
    float_is(-INFINITY, 64, "-Inf");
    float_is(NAN, 64, "NaN");
    float_is(-0.0, 64, "-0");
}

static Value box(VM *vm, uint32_t type, Value v)
{
    Iface *x = gc_alloc(vm, GC_IFACE, sizeof *x);
    x->type = type;
    x->v = v;
    return (Value){.p = x};
}

static void printf_is(VM *vm, const char *format, const Value *args, size_t n, const char *want)
{
    Buf b;
    buf_init(&b);
    CHECK(fmt_sprintf(vm, &b, format, strlen(format), args, n, false) == 0);
    buf_putc(&b, '\0');
    if (strcmp((const char *)b.data, want) != 0)
        fprintf(stderr, "%s: got [%s], want [%s]\n", format, (const char *)b.data, want);
    CHECK(strcmp((const char *)b.data, want) == 0);
    buf_free(&b);
}

/* Each expected text is what Go 1.19's fmt.Sprintf printed. */
static void test_printf(VM *vm)
{
    Value args[3];
    args[0] = box(vm, 0, (Value){.i = 255});
    gc_protect(vm, args[0].p);
    printf_is(vm, "%d|%5d|%-5d|%05d|%x|%X|%#x|%o|%b|%+d", (Value[]){args[0], args[0], args[0], args[0], args[0],
                                                             args[0], args[0], args[0], args[0], args[0]},
              10, "255|  255|255  |00255|ff|FF|0xff|377|11111111|+255");
    args[1] = box(vm, 2, (Value){.f = 3.14159});
    gc_protect(vm, args[1].p);
    printf_is(vm, "%v|%.2f|%8.3f|%e|%g", (Value[]){args[1], args[1], args[1], args[1], args[1]}, 5,
              "3.14159|3.14|   3.142|3.141590e+00|3.14159");
    Value hi = str(vm, "hi\n");
    gc_protect(vm, hi.p);   /* box allocates, and the collector runs on every allocation */
    args[2] = box(vm, 1, hi);
    gc_unprotect(vm, 1);
    gc_protect(vm, args[2].p);
    printf_is(vm, "%s|%q|%5.1s|%x|%T", (Value[]){args[2], args[2], args[2], args[2], args[2]}, 5,
              "hi\n|\"hi\\n\"|    h|68690a|string");
    printf_is(vm, "%d %s", args, 1, "255 %!s(MISSING)");
    printf_is(vm, "%d", args, 2, "255%!(EXTRA float64=3.14159)");
    printf_is(vm, "%s", args, 1, "%!s(int=255)");
    printf_is(vm, "%v|%d", (Value[]){{.p = NULL}, {.p = NULL}}, 2, "<nil>|%!d(<nil>)");
    printf_is(vm, "100%%", NULL, 0, "100%");
    gc_unprotect(vm, 3);
}

int main(void)
{
    Bytecode code;
    make_code(&code);
    VM vm;
    vm_init(&vm, &code);
    CHECK(vm_bind(&vm, "t.json"));
    vm.gc_stress = true;
    test_map(&vm);
    test_equal(&vm);
    test_floats();
    test_printf(&vm);
    vm_free(&vm);
    bytecode_free(&code);
    printf("vm_test: %d checks passed\n", checks);
    return 0;
}
