/* check.h - the checker's shared state, for the files of gocheck.
 * One Checker checks one package: check.c drives the passes, export.c
 * reads the imports, decl.c collects and resolves the declarations, typexpr.c, expr.c, call.c and
 * stmt.c check types, expressions and statements, lookup.c finds fields
 * and methods, assign.c decides assignability and conversions, and
 * typedast.c writes the result.  What every part needs is here. */
#ifndef GOMINI_CHECK_H
#define GOMINI_CHECK_H

#include "ast.h"
#include "buf.h"
#include "const.h"
#include "diag.h"
#include "scope.h"
#include "types.h"
#include "universe.h"


typedef enum Mode {
#define M(name, word) MODE_##name,
    MODE_LIST(M)
#undef M
    MODE__COUNT
} Mode;

/* The result of checking an expression.  An INVALID operand has been
 * reported already: nothing more is said about it. */
typedef struct Operand {
    Mode mode;
    TypeId type;
    ConstVal val;         /* MODE_CONST; owned by the operand */
    const Node *expr;
    BuiltinId builtin;    /* MODE_BUILTIN */
} Operand;


typedef enum SelKind {
#define S(name, doc) SEL_##name,
    SEL_KIND_LIST(S)
#undef S
} SelKind;

/* A resolved selector.  path lists the field indices walked through
 * embedded structs and then the index of the field (or, for a method,
 * of the method in its type); indirect says a pointer was followed on
 * the way. */
typedef struct Selection {
    SelKind kind;
    Symbol *sym;          /* the method's or member's symbol, or NULL for fields */
    TypeId recv;          /* the receiver type the method is declared on */
    uint32_t *path;       /* as above */
    uint32_t npath;
    bool indirect;
    bool ptr_recv;        /* METHOD: declared on *T */
    bool addr;            /* METHOD: the receiver's address is taken implicitly */
    bool deref;           /* METHOD: the receiver is a pointer dereferenced implicitly */
} Selection;

/* What the checker records for each node: the side tables of the typed
 * AST.  Indexed by Node.id within each file. */
typedef struct NodeInfo {
    uint32_t type : 28;   /* an expression's type (a type expression's denoted type) */
    uint32_t mode : 4;    /* Mode, 0 for nodes that are not expressions */
    TypeId conv;          /* an implicit conversion to this type, or 0 */
    uint32_t sym;         /* an identifier: the symbol it declares or uses (id) */
    /* A constant expression: 1 + index into Checker.consts; else a
     * selector: 1 + index into Checker.sels (aux_sel set).  A constant
     * selector (math.Pi) keeps its value: its Sel names the member. */
    uint32_t aux : 31;
    uint32_t aux_sel : 1;
} NodeInfo;

/* Types, nodes and symbols of one package fit the NodeInfo fields. */
#define CHECK_MAX_TYPES (1u << 28)

static inline uint32_t ni_cval(const NodeInfo *ni)
{
    return ni->aux_sel ? 0 : ni->aux;
}

static inline uint32_t ni_sel(const NodeInfo *ni)
{
    return ni->aux_sel ? ni->aux : 0;
}

/* A function literal and the variables of enclosing functions it uses. */
typedef struct Closure {
    const Node *lit;
    Symbol **caps;        /* malloc'd */
    uint32_t ncaps;
} Closure;

/* One imported or checked package. */
typedef struct Package {
    const char *path;     /* "main", "strings", "unicode/utf8", "./lib" */
    const char *name;     /* the name in its package clause */
    Scope *scope;
    bool fake;            /* could not be imported: its members are silently invalid */
    const char **imports; /* an imported package's own imports (its export data) */
    uint32_t nimports;
    const char **deps;    /* ...and every package it depends on, transitively */
    uint32_t ndeps;
} Package;

/* The function being checked: a FuncDecl's body or a function literal. */
typedef struct FuncCtx FuncCtx;
struct FuncCtx {
    FuncCtx *outer;       /* the enclosing function, for literals */
    const Node *node;     /* FuncDecl or FuncLit */
    TypeId sig;           /* its FUNC type */
    Symbol **results;     /* named results, for bare returns */
    uint32_t nresults;
    bool named_results;
    Symbol **captures;    /* variables of enclosing functions it uses */
    uint32_t ncaptures, capcap;
    const Node **loops;   /* enclosing for and range statements */
    uint32_t nloops, loopcap;
};

/* Symbol.color during package-level resolution: white (not started),
 * grey (in progress: a reference to it is a cycle), black (done). */
enum { COLOR_WHITE, COLOR_GREY, COLOR_BLACK };

typedef struct Checker {
    Arena *arena;         /* symbols, scopes, info; borrowed */
    TypeTable *types;     /* borrowed */
    Interner *in;         /* borrowed */
    Diag *diag;           /* borrowed */
    Scope *universe;
    TypeId t_byte, t_rune, t_any, t_error;   /* the universe's named types */
    Package pkg;          /* the package being checked */
    bool native;          /* bodyless functions are provided by the VM */
    bool report_all;      /* -e */

    Node **files;
    uint32_t nfiles;
    const unsigned char **tree_bytes;  /* each file's tree as read (may be NULL) */
    const size_t *tree_lens;
    Scope **file_scopes;
    NodeInfo **info;      /* info[file][node id] */
    uint32_t *ninfo;

    Symbol **syms;        /* every symbol given an id, at syms[id - 1] */
    uint32_t nsyms, symcap;
    ConstVal *consts;     /* recorded constant values */
    uint32_t nconsts, constcap;
    Selection *sels;
    uint32_t nsels, selcap;
    Closure *closures;    /* function literals and what they capture, in order */
    uint32_t nclosures, closurecap;

    Package **imports;    /* every package imported by some file */
    uint32_t nimports, importcap;
    /* The named types made from export data: one package's type, named
     * again by another's export data (b.T in a.gox, then b.gox itself),
     * must be the same type whichever is read first. */
    TypeId *import_named;
    uint32_t nimport_named, import_named_cap;
    const char *const *import_dirs;  /* -I, then the standard library */
    uint32_t nimport_dirs;

    const Node **pending_keys; /* map keys whose type was incomplete when met */
    uint32_t npending, pendingcap;
    Symbol **objs;        /* package-level objects in source order */
    uint32_t nobjs, objcap;
    Symbol **funcs;       /* functions and methods with bodies, in source order */
    uint32_t nfuncs, funccap;
    Symbol **inits;       /* init functions */
    uint32_t ninits, initcap;
    Symbol **order;       /* package variables (and their specs) in init order */
    uint32_t norder, ordercap;

    FuncCtx *fn;          /* the function being checked, or NULL */
    Scope *scope;         /* the innermost scope */
    Symbol *decl;         /* the package-level object whose declaration is checked */
    Symbol **path;        /* objects being resolved, for cycle messages */
    uint32_t npath, pathcap;
    const ConstVal *iota; /* inside a ConstSpec */
    Buf scratch;          /* message text */
    Buf ring[8];          /* pieces of one message (check_type_str, ...) */
    unsigned ring_next;
} Checker;

#define CHECK_RING 8

/* ---- check.c: the package, errors and bookkeeping ---- */
void check_init(Checker *ck, Arena *a, TypeTable *t, Interner *in, Diag *d);
void check_free(Checker *ck);
/* Checks the package made of files[0..n); errors go to ck->diag. */
void check_package(Checker *ck, Node **files, uint32_t n);

void check_errorf(Checker *ck, const Node *at, const char *fmt, ...) PRINTF_LIKE(3, 4);
void check_error_at(Checker *ck, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* Where go/types reports an error about n: the start of the expression. */
Pos check_start_pos(const Node *n);
NodeInfo *check_info(Checker *ck, const Node *n);
/* Gives sym an id (once) and records that n declares or uses it. */
void check_record_sym(Checker *ck, const Node *n, Symbol *sym);
uint32_t check_sym_id(Checker *ck, Symbol *sym);
void check_record_type(Checker *ck, const Node *n, Mode mode, TypeId t);
void check_record_const(Checker *ck, const Node *n, const ConstVal *v);
Selection *check_record_sel(Checker *ck, const Node *n);
/* A new symbol in the arena, declared in scope s (reporting "x
 * redeclared in this block"); returns it even when it was redeclared. */
Symbol *check_declare(Checker *ck, Scope *s, SymKind kind, const Node *ident, TypeId t);
const char *check_name(Checker *ck, const Node *ident);  /* interned */
/* Go's exported names: the first rune is an upper case letter (Lu). */
bool check_is_exported(const char *name);
void check_push_path(Checker *ck, Symbol *s);
/* Growable symbol lists (malloc'd): append, and append unless present. */
void check_push_sym(Symbol ***arr, uint32_t *n, uint32_t *cap, Symbol *s);
void check_add_sym_once(Symbol ***arr, uint32_t *n, uint32_t *cap, Symbol *s);
bool check_sym_in(Symbol *const *arr, uint32_t n, const Symbol *s);
/* Records a function literal's captured variables (takes caps). */
void check_add_closure(Checker *ck, const Node *lit, Symbol **caps, uint32_t n);

/* Text for messages, valid until the next message is built: each
 * returns a pointer into its own small buffer ring. */
const char *check_type_str(Checker *ck, TypeId t);
const char *check_expr_str(Checker *ck, const Node *e);
const char *check_operand_str(Checker *ck, const Operand *x);

/* ---- export.c: imports ---- */
/* The package at path, from its export data (loaded once per run); NULL
 * with an error at `at` if it cannot be found or read. */
Package *check_import(Checker *ck, const char *path, const Node *at);
/* The same for an import written as written in the source, whose
 * canonical path is path. */
Package *check_import_as(Checker *ck, const char *path, const char *written, const Node *at);
/* The path that identifies the package an import names.  A relative
 * import ("../shared" in package ./util) is made relative to the main
 * package's directory, cleaned ("./shared"), so that every package that
 * imports it names it alike; its export data is DIR/shared.gox of an -I
 * directory, and its bytecode is found from main's directory.  Other
 * imports are their own path. */
const char *check_canonical_import(Checker *ck, const char *written);

/* ---- decl.c: package-level objects ---- */
void decl_collect(Checker *ck);
void decl_resolve(Checker *ck, Symbol *obj);
void decl_resolve_all(Checker *ck);
/* "invalid recursive type T" / "invalid cycle in declaration of x" for
 * the objects on the resolution path from obj on. */
void check_report_cycle(Checker *ck, Symbol *obj);
void decl_local(Checker *ck, const Node *gen);   /* a DeclStmt's declaration */
void decl_init_order(Checker *ck);
void decl_const_spec(Checker *ck, const Node *spec, const Node *last_typed, uint32_t iota,
                     Symbol **syms);
void decl_var_spec(Checker *ck, const Node *spec, Symbol **syms);
/* The package's imports: export data found and read, per file. */
void decl_imports(Checker *ck);

/* ---- typexpr.c: type expressions ---- */
/* The type e denotes, or TYPE_INVALID with a message. */
TypeId check_type(Checker *ck, const Node *e);
/* A FuncType's signature; recv (may be NULL) declares the receiver in
 * scope, and params and results are declared there too when scope is
 * not NULL. */
TypeId check_signature(Checker *ck, const Node *recv, const Node *ftype, Scope *scope,
                       FuncCtx *fn);

/* ---- expr.c: expressions ---- */
/* Checks e into x.  hint is the type a composite literal with its type
 * elided gets (0 if none). */
void check_expr(Checker *ck, Operand *x, const Node *e, TypeId hint);
/* check_expr, then insists on a single value. */
void check_value(Checker *ck, Operand *x, const Node *e, TypeId hint);
/* Checks e as an expression or a type. */
void check_expr_or_type(Checker *ck, Operand *x, const Node *e);
/* e as a statement: a call or receive, or "x is not used". */
void check_expr_stmt(Checker *ck, const Node *e);
void check_single_value(Checker *ck, Operand *x);
void operand_free(Operand *x);
void operand_invalid(Operand *x);
/* Converts an untyped x to target (or its default type when target is
 * 0 or an interface), with go/types' messages. */
void check_convert_untyped(Checker *ck, Operand *x, TypeId target);
/* Records that x's expression is implicitly converted to t. */
void check_record_conv(Checker *ck, Operand *x, TypeId t);
/* The list of expressions as operands: a single call returning several
 * values expands to them (*n set, operands malloc'd into *out). */
void check_expr_list(Checker *ck, const Node *const *es, uint32_t n, Operand **out,
                     uint32_t *nout, bool allow_commaok, bool *commaok);
/* A switch case value x against the tag: "invalid case x in switch on y". */
void check_case_comparison(Checker *ck, Operand *x, Operand *tag, const Node *tag_expr);
void check_shift(Checker *ck, Operand *x, Operand *y, const Node *e, TokKind op);
void check_binary(Checker *ck, Operand *x, const Node *e, const Node *lhs, const Node *rhs,
                  TokKind op);
void check_funclit(Checker *ck, Operand *x, const Node *e);
bool check_is_untyped(Checker *ck, TypeId t);
/* The type an untyped constant defaults to: int, rune, float64, ... */
TypeId check_default(Checker *ck, TypeId t);
/* A name found in a file scope but not a package: a dot import's
 * member; marks that import used. */
void check_note_dot_use(Checker *ck, Symbol *sym, const Scope *found);
/* Marks a variable written: for closure capture analysis. */
void check_note_write(Checker *ck, const Node *lhs);
void check_note_address(Checker *ck, const Node *e);

/* ---- call.c: calls, conversions and builtins ---- */
void check_call(Checker *ck, Operand *x, const Node *call);
void check_conversion(Checker *ck, Operand *x, TypeId t, const Node *call);
void check_builtin(Checker *ck, Operand *x, const Node *call, BuiltinId id);
bool check_builtin_is_statement(Checker *ck, const Node *fun);
/* The snapshot rule (snapshot.c): an argument of go or spawn, and what
 * a function literal they start captured, must hold no pointer. */
void check_snapshot_value(Checker *ck, const Node *arg, TypeId t);
void check_snapshot_captures(Checker *ck, const Node *fun);
/* Arguments against a signature; where is "call to f". */
void check_arguments(Checker *ck, const Node *call, TypeId sig, Operand *args, uint32_t nargs,
                     bool ddd, const char *fname);

/* ---- assign.c: assignability ---- */
/* Assigns x to a variable of type t (0 for the blank identifier) in
 * context ("assignment", "argument to f", ...); reports and invalidates
 * x if it cannot be. */
void check_assignment(Checker *ck, Operand *x, TypeId t, const char *context);
bool check_assignable(Checker *ck, Operand *x, TypeId t, Buf *reason);
bool check_convertible(Checker *ck, Operand *x, TypeId t, Buf *reason);
/* Is the constant x representable as t?  On success x's value becomes
 * t's (rounded for floats); otherwise *fit says why. */
bool check_representable(Checker *ck, Operand *x, TypeId t, ConstFit *fit);
void check_report_representable(Checker *ck, Operand *x, TypeId t, ConstFit fit);

/* ---- lookup.c: fields, methods and interfaces ---- */
typedef struct Lookup {
    enum { LOOKUP_NOTFOUND, LOOKUP_FIELD, LOOKUP_METHOD, LOOKUP_AMBIGUOUS } kind;
    TypeId type;          /* the field's type, or the method's signature */
    TypeId recv;          /* a method: the named or interface type declaring it */
    Symbol *sym;          /* a method's symbol (NULL for interface methods) */
    uint32_t path[64];    /* field indices */
    uint32_t npath;
    bool indirect;        /* a pointer was followed on the way */
    bool ptr_recv;        /* a method declared on *T */
    bool iface;           /* a method of an interface */
    TypeId owner;         /* the named or struct type the name was found in */
} Lookup;
/* Looks up name in t's fields and methods, Go's way: by depth through
 * embedded fields, ambiguity at equal depth, pointer receivers found
 * through a pointer or an addressable value. */
void lookup_field_or_method(Checker *ck, TypeId t, const char *name, Lookup *out);
/* Does t implement iface?  If not, appends go/types' reason
 * ("missing method M", "method M has pointer receiver", ...). */
bool lookup_implements(Checker *ck, TypeId t, TypeId iface, Buf *reason);
/* Can a value of interface type iface hold a t (x.(t), a type switch
 * case)?  If not, appends the cause: "(missing method M)". */
bool lookup_assertable(Checker *ck, TypeId iface, TypeId t, Buf *cause);
bool check_is_interface(Checker *ck, TypeId t);

/* ---- stmt.c: function bodies ---- */
void check_func_body(Checker *ck, FuncCtx *fn, const Node *body, Scope *scope);
void check_block_stmts(Checker *ck, const Node *block);
bool check_is_terminating(const Node *s, const char *label);
void check_unused(Checker *ck, Scope *s);
void check_open_scope(Checker *ck, ScopeKind kind);
void check_close_scope(Checker *ck);

/* Node helpers */
static inline bool tok_is_comparison(TokKind op)
{
    return tok_precedence(op) == 3;
}

static inline uint32_t list_len(const Node *list)
{
    return list ? list->nkids : 0;
}

#endif
