/* scope.h - names, symbols and scopes for gocheck.
 * Plays the part go/types' Object and Scope play: every declared name
 * becomes a Symbol in the Scope of its block, names are interned once per
 * run so that comparing two names is comparing two pointers, and a scope
 * keeps its symbols in declaration order so that output is reproducible.
 * Everything here lives in the checker's arena; nothing is freed alone. */
#ifndef GOMINI_SCOPE_H
#define GOMINI_SCOPE_H

#include "arena.h"
#include "ast.h"
#include "const.h"
#include "typedast.h"
#include "types.h"

/* ==== interning ======================================================= */

/* One interned string; hash 0 is never stored, so s == NULL is empty. */
typedef struct InternEntry {
    const char *s;
    uint32_t len, hash;
} InternEntry;

/* Maps bytes to one NUL-terminated copy, so equal names are equal
 * pointers.  Strings and the table are in the borrowed arena, which must
 * outlive every pointer interner_intern returns; there is no _free. */
typedef struct Interner {
    Arena *arena;
    InternEntry *slots;   /* open addressing, linear probing */
    uint32_t nslots;      /* a power of two, more than twice count */
    uint32_t count;
} Interner;

void interner_init(Interner *in, Arena *a);
/* The unique copy of s[0..len); s need not be NUL-terminated (Node text
 * is not) and may be NULL when len is 0. */
const char *interner_intern(Interner *in, const char *s, size_t len);
/* The same for a NUL-terminated s. */
const char *interner_intern_cstr(Interner *in, const char *s);
uint32_t interner_count(const Interner *in);

/* ==== symbols ========================================================= */


typedef enum SymKind {
#define S(name, word) SYM_##name,
    SYM_KIND_LIST(S)
#undef S
    SYM__COUNT
} SymKind;


enum {
#define F(name, doc) SYMF_BIT_##name,
    SYM_FLAG_LIST(F)
#undef F
    SYMF__COUNT
};

enum {
#define F(name, doc) SYMF_##name = 1u << SYMF_BIT_##name,
    SYM_FLAG_LIST(F)
#undef F
};

/* A declared name.  val means something for SYM_CONST only and is owned
 * by the symbol: the arena cannot free its limbs, so whoever sets it
 * calls scope_release_values on the scope before the arena goes. */
typedef struct Symbol {
    SymKind kind;
    const char *name;     /* interned */
    TypeId type;          /* TYPE_INVALID until known; SYM_TYPE: the type itself */
    ConstVal val;         /* SYM_CONST; unknown (zeroed) otherwise */
    const Node *decl;     /* the declaring node; NULL for predeclared names */
    int builtin;          /* SYM_BUILTIN: a BuiltinId from universe.h */
    uint32_t flags;       /* SYMF_ bits */

    /* The checker's bookkeeping (check.h), zero until it sets them. */
    uint32_t id;          /* 1 + the symbol's index in the typed AST; 0: none yet */
    uint8_t color;        /* package-level resolution: COLOR_WHITE... */
    bool global;          /* declared at package level (or imported) */
    bool native;          /* a function without a body, provided by the VM */
    bool in_cycle;        /* an invalid recursive type already reported */
    uint32_t file;        /* the file declaring it */
    uint32_t index;       /* its place among its spec's names */
    uint32_t iota;        /* a package constant: its spec's index in the group */
    TypeId recv;          /* a method: its receiver type (T or *T) */
    const Node *vspec;    /* a constant: the spec giving its type and value
                           * (an earlier one when the spec repeats it) */
    const Node *spec;     /* ValueSpec, TypeSpec, FuncDecl or ImportSpec */
    const char *pkgpath;  /* the package declaring it; "" for the universe */
    void *pkg;            /* SYM_PACKAGE: the imported Package */
    void *owner;          /* a local: the FuncCtx declaring it */
    uint32_t loop_depth;  /* a local: loops around its declaration */
    const Node *write_loop; /* a local written in a loop it is declared outside */
    const Node **methods; /* SYM_TYPE: FuncDecls of its methods */
    uint32_t nmethods, methodcap;
    struct Symbol **deps; /* package-level: the objects its declaration refers to */
    uint32_t ndeps, depcap;
} Symbol;

/* A zeroed symbol from a, with the given kind, interned name and type. */
Symbol *symbol_new(Arena *a, SymKind kind, const char *name, TypeId type,
                   const Node *decl);
const char *symbol_kind_name(SymKind k);   /* "var" */

/* ==== scopes ========================================================== */

typedef enum ScopeKind {
    SCOPE_UNIVERSE, SCOPE_PACKAGE, SCOPE_FILE, SCOPE_FUNC, SCOPE_BLOCK,
} ScopeKind;

/* Scopes up to this size are searched linearly; bigger ones get a hash
 * index.  Most blocks declare a handful of names. */
#define SCOPE_LINEAR_MAX 8

typedef struct Scope Scope;
struct Scope {
    Scope *parent;        /* NULL for the universe */
    ScopeKind kind;
    Arena *arena;         /* borrowed: the arrays below live here */
    Symbol **syms;        /* in insertion order */
    uint32_t len, cap;
    uint32_t *index;      /* 1 + a position in syms, 0 empty; NULL while small */
    uint32_t nslots;      /* a power of two, more than twice len */
};

Scope *scope_new(Arena *a, ScopeKind kind, Scope *parent);
/* Declares sym in s and returns NULL, or returns the symbol s already has
 * under that name and changes nothing (the caller reports "x redeclared
 * in this block").  The blank identifier _ is never declared: NULL. */
Symbol *scope_insert(Scope *s, Symbol *sym) WARN_UNUSED;
/* The symbol declared in s itself under the interned name, or NULL. */
Symbol *scope_lookup_local(const Scope *s, const char *name);
/* Searches s, then its parents; *found (if not NULL) is set to the scope
 * the name was found in, or NULL. */
Symbol *scope_lookup(const Scope *s, const char *name, const Scope **found);
/* The symbols in insertion order: scope_at(s, 0 .. scope_len(s)-1). */
uint32_t scope_len(const Scope *s);
Symbol *scope_at(const Scope *s, uint32_t i);
/* const_free on the value of every symbol declared in s (not its parents). */
void scope_release_values(Scope *s);

/* Is the interned name the blank identifier? */
bool scope_is_blank(const char *name);

#endif
