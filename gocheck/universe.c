/* universe.c - builds the universe scope (see universe.h).
 * Declares, in Go's order: the basic types, the aliases byte and rune,
 * any and error, the constants true, false and iota, nil, and the
 * built-in functions.  Names of basic types come from types.def. */
#include "universe.h"

#include <assert.h>

static const char *const basic_names[TY__COUNT] = {
#define TY(name, goname, flags, bits) [TY_##name] = goname,
#include "types.def"
#undef TY
};

static const char *const builtin_names[BUILTIN__COUNT] = {
#define B(name, goname, stmt, doc) [BUILTIN_##name] = goname,
    BUILTIN_LIST(B)
#undef B
};

static const bool builtin_stmt[BUILTIN__COUNT] = {
#define B(name, goname, stmt, doc) [BUILTIN_##name] = stmt,
    BUILTIN_LIST(B)
#undef B
};

bool builtin_is_statement(BuiltinId id)
{
    assert((unsigned)id < BUILTIN__COUNT);
    return builtin_stmt[id];
}

const char *builtin_name(BuiltinId id)
{
    assert((unsigned)id < BUILTIN__COUNT);
    return builtin_names[id];
}

/* Declares a predeclared (decl-less) symbol; the names are distinct. */
static Symbol *declare(Scope *u, Interner *in, SymKind kind, const char *name, TypeId type)
{
    Symbol *sym = symbol_new(u->arena, kind, interner_intern_cstr(in, name), type, NULL);
    Symbol *old = scope_insert(u, sym);
    assert(!old);
    (void)old;
    return sym;
}

/* type error interface { Error() string }: a named type whose package
 * path is "", so that it prints as plain "error". */
static TypeId make_error(TypeTable *t)
{
    TypeId str = TY_STRING;
    TypeId sig = types_func(t, types_tuple(t, NULL, 0), types_tuple(t, &str, 1), false);
    TypeMethod m = {.name = "Error", .type = sig};
    TypeId err = types_named(t, "error", "");
    types_set_underlying(t, err, types_interface(t, &m, 1));
    return err;
}

static void declare_types(Scope *u, TypeTable *t, Interner *in)
{
    for (TypeId k = TY_BOOL; k <= TY_STRING; k++)
        declare(u, in, SYM_TYPE, basic_names[k], k);
    declare(u, in, SYM_TYPE, "byte", types_alias(t, TY_UINT8, "byte"));
    declare(u, in, SYM_TYPE, "rune", types_alias(t, TY_INT32, "rune"));
    declare(u, in, SYM_TYPE, "any", types_alias(t, types_interface(t, NULL, 0), "any"));
    declare(u, in, SYM_TYPE, "error", make_error(t));
}

static void declare_values(Scope *u, Interner *in)
{
    declare(u, in, SYM_CONST, "true", TY_UNTYPED_BOOL)->val = const_make_bool(true);
    declare(u, in, SYM_CONST, "false", TY_UNTYPED_BOOL)->val = const_make_bool(false);
    declare(u, in, SYM_CONST, "iota", TY_UNTYPED_INT);
    declare(u, in, SYM_NIL, "nil", TY_UNTYPED_NIL);
    for (int b = 0; b < BUILTIN__COUNT; b++)
        declare(u, in, SYM_BUILTIN, builtin_names[b], TYPE_INVALID)->builtin = b;
}

Scope *universe_new(TypeTable *t, Interner *in, Arena *a)
{
    Scope *u = scope_new(a, SCOPE_UNIVERSE, NULL);
    declare_types(u, t, in);
    declare_values(u, in);
    return u;
}
