/* gen_int.h - what gocodegen's files share: the translation's state,
 * values in registers, places values can be stored (lvalues), and the
 * helpers every part uses.  gen.c translates the package and its
 * functions, gen_expr.c expressions, gen_call.c calls and builtins,
 * gen_stmt.c statements.
 *
 * Registers: each local variable gets one for the whole function; a
 * temporary comes from a free list of its class (registers keep one
 * class, number or reference, for the collector and the verifier); a
 * call's arguments get a fresh run of registers at the top, since they
 * become the callee's first registers and must share their classes.
 * Recursion follows the tree, which gocheck bounded; gocodegen runs the
 * walk on a stack sized for AST_MAX_DEPTH (main.c).
 *
 * Structs and arrays are objects with value semantics (docs/vm-design.md):
 * a register of struct type holds its own object, and gocodegen copies
 * (CLONE, COPYINTO) wherever Go copies a value.  A Val says whether its
 * object is "fresh" (nothing else refers to it: a call's result, a
 * literal, a copy), which saves the copy where the value is stored. */
#ifndef GOMINI_GEN_INT_H
#define GOMINI_GEN_INT_H

#include "gen.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct Gen {
    const TypedAst *t;
    Bytecode *b;
    Diag *d;
    uint32_t *func_of_sym;    /* symbol id -> 1 + function index, 0: not a function here */
    uint32_t *global_of_sym;  /* symbol id -> 1 + global index */
    uint32_t *native_of_sym;  /* symbol id -> 1 + native index */
    uint32_t *bctype_of;      /* canonical type id -> 1 + bytecode type index */
    uint32_t basic[TK__COUNT];  /* a type id of each basic kind (the universe's) */
    uint32_t consts_cap, funcs_cap, types_cap, natives_cap, mnames_cap, globals_cap;
    uint32_t type_depth;      /* bc_type's nesting, bounded */
    bool optimize;            /* off for -O0: the plain translation */
    /* Functions made for function literals, after the package's own:
     * their bodies are translated once the function being translated
     * is done (pending), so no BcFunc moves while it is being filled. */
    struct Lit *lits;
    uint32_t nlits, litcap, nlits_done;
    uint32_t first_lit;       /* the function index of lits[0] */
    uint8_t *force_cell;      /* symbol id -> lives in a cell though its flags do not say (a named
                               * result a closure captures: return writes it) */
    bool failed;
} Gen;

/* A function literal (or a wrapper) to translate: its node, the
 * function it becomes, and what it captures. */
typedef struct Lit {
    const Node *node;         /* NULL for a wrapper */
    const TastClosure *closure;
    char *name;               /* main.main.func1, as Go names it */
    BcFunc f;
    /* A wrapper for a promoted method: the receiver's type, the
     * embedded fields to it, and the method (or interface method name). */
    uint32_t recv;
    uint32_t path[8], npath;
    uint32_t target_sym;      /* the method's symbol, 0 for an interface's */
    const char *iface_method; /* through an embedded interface */
    uint32_t sig;             /* the method's type */
    bool shared;              /* a promoted method's wrapper (BcFunc.shared) */
    /* Function values of what is not a bytecode function: a native
     * (native set), or a method bound to a receiver the closure
     * captured (bound set: the receiver is capture 0). */
    bool native, bound;
    bool iface_expr;          /* I.M: a function of the interface and M's parameters */
    /* A function of an imported package: a declaration the linker
     * resolves by name (ext); sym is its symbol. */
    bool ext;
    uint32_t ext_sym;
    /* defer of a builtin or an interface method: a function of the
     * values the defer statement took (taken, with their types) that
     * makes the call. */
    const Node *deferred;
    const Node **taken;
    uint32_t *taken_types, ntaken;
    /* spawn: a function of a function value of type sig and its
     * arguments that calls it and gives its result as an interface
     * (and fails with the error a last error result holds). */
    bool spawn;
} Lit;

typedef struct Patch {
    uint32_t *at;
    uint32_t n, cap;
} Patch;

/* A statement break and continue can leave: a loop, a switch (no
 * continue) or a select; label is the symbol of its label, or 0. */
typedef struct Loop {
    Patch breaks, continues;
    const Node *label;        /* its label's identifier, or NULL */
    bool is_loop;
} Loop;

typedef struct Fn {
    Gen *g;
    BcFunc *f;
    uint32_t codecap, regcap;
    int32_t *reg_of_sym;      /* symbol id -> register, -1 */
    uint8_t *boxed;           /* symbol id -> the register holds a cell (&x is taken) */
    uint32_t *free_regs[2];   /* temporaries free for reuse, per class */
    uint32_t nfree[2], freecap[2];
    Loop *loops;
    uint32_t nloops, loopcap;
    const Node *pending_label;  /* the label of the statement being translated */
    uint32_t line;            /* the source line of what is being translated */
    uint32_t label_here;      /* a jump lands at this pc: do not fold into what precedes */
    const Node *decl;
    uint32_t sig;             /* the function's type (for return) */
    /* A function with defers, or with named results in cells, returns
     * through one epilogue: run the deferred calls, load the results,
     * RETURN.  A recovered panic goes on there too. */
    bool epilogue;
    bool has_defer;
    /* goto: the labels seen (with their pc), and the jumps waiting for
     * one.  Labels have no symbols in the typed AST: they match by name. */
    struct { const Node *label; uint32_t pc; } *labels, *gotos;
    uint32_t nlabels, labelcap, ngotos, gotocap;
    Patch to_epilogue;
    uint32_t *result_cell;    /* result i -> the symbol of its cell, 0 if in its register */
    /* In a deferwrap function: the expressions whose values the defer
     * statement took, each now in parameter register i (expr). */
    const Node **taken;
    uint32_t ntaken;
    /* The function literal a go statement or spawn starts: what it
     * captures is copied for the new task (the snapshot rule). */
    const Node *snapshot_lit;
} Fn;

/* What a value of a type looks like in registers. */
typedef enum VKind {
    VK_NONE,
    VK_INT, VK_UINT, VK_FLOAT, VK_BOOL,            /* numbers */
    VK_STRING, VK_IFACE, VK_AGG, VK_SLICE, VK_MAP,
    VK_PTR_AGG,       /* a pointer to a struct or array: the object itself */
    VK_PTR_CELL,      /* a pointer to anything else: a cell */
    VK_FUNC, VK_CHAN,
} VKind;

/* A value in a register; temp says whether the register is ours to
 * free, fresh whether a struct or array object in it is ours alone. */
typedef struct Val {
    uint32_t reg;
    bool temp;
    bool fresh;
} Val;

/* A place a value can be stored: computed once (its operands are in
 * registers), then read or written. */
typedef enum LvKind { LV_BLANK, LV_REG, LV_CELL, LV_GLOBAL, LV_FIELD, LV_INDEXA, LV_INDEXS, LV_MAP, LV_DEREF } LvKind;

typedef struct Lv {
    LvKind kind;
    uint32_t type;            /* the stored value's type */
    uint32_t reg;             /* LV_REG, LV_CELL: the variable's register; LV_GLOBAL: the global */
    uint32_t field;           /* LV_FIELD */
    Val base, index;          /* the object and the index or key */
    uint32_t sym;             /* LV_REG: the variable */
} Lv;

/* ==== gen.c: errors, facts, types, emitting =========================== */

void unsupported(Gen *g, const Node *n, const char *what);
const TastFacts *facts(Gen *g, const Node *n);
uint32_t final_type(Gen *g, const Node *n);
const TastType *underlying(Gen *g, uint32_t t);
VKind vkind(Gen *g, uint32_t t);
BcClass vclass(VKind k);
BcClass tclass(Gen *g, uint32_t t);
bool is_agg(Gen *g, uint32_t t);
int wrap_bits(Gen *g, uint32_t t);
uint32_t default_type(Gen *g, uint32_t t);
uint32_t bc_type(Gen *g, uint32_t t);
/* The native a standard-library symbol names: "pkg.Name", or name
 * (which it takes) for a method. */
uint32_t native_index(Gen *g, uint32_t sym, char *name);
/* A method's name as Go's tracebacks print it: main.T.M, main.(*T).M. */
char *method_name(Gen *g, const TastSymbol *s);
char *qualified(const char *pkg, const char *name);
uint32_t method_name_index(Gen *g, const char *name);
const TastSymbol *sym_of(Gen *g, uint32_t sym);
/* 1 + the function index a call or a function value of sym uses (an
 * extern declaration for an imported package's), or 0 (a native). */
uint32_t func_ref(Gen *g, uint32_t sym);
/* 1 + the global of a package variable sym (an extern one if imported). */
uint32_t global_ref(Gen *g, uint32_t sym);
/* A package path's name: its last element. */
const char *pkg_name(const char *path);

uint32_t emit(Fn *fn, Instr in);
void emit3(Fn *fn, Opcode op, uint32_t a, uint32_t b, uint32_t c);
uint32_t emit_jump(Fn *fn, Opcode op, uint32_t reg);
void patch_to(Fn *fn, uint32_t at, uint32_t target);
void patch_push(Patch *p, uint32_t at);
void patch_all(Fn *fn, Patch *p, uint32_t target);
uint32_t new_reg(Fn *fn, BcClass c);
uint32_t temp(Fn *fn, BcClass c);
void release(Fn *fn, uint32_t reg, bool is_temp);
void release_val(Fn *fn, Val v);
uint32_t add_const(Gen *g, BcConst c);
void load_int(Fn *fn, uint32_t reg, int64_t v);

/* ==== gen_expr.c ====================================================== */

Val expr(Fn *fn, const Node *e);
/* e's value as its own object (a copy unless fresh), for storing. */
Val expr_owned(Fn *fn, const Node *e);
Val owned(Fn *fn, Val v, uint32_t type);
Val new_temp(Fn *fn, uint32_t type);
void zero(Fn *fn, uint32_t reg, uint32_t type);
Val convert(Fn *fn, const Node *e, Val v, uint32_t from, uint32_t to);
Val binop(Fn *fn, const Node *e, TokKind op, uint32_t type, Val x, Val y);
Val comparison(Fn *fn, const Node *e, TokKind op, Val x, Val y, uint32_t operand_type);
/* v (of static type from) boxed or converted to interface type to. */
Val to_iface(Fn *fn, Val v, uint32_t from, uint32_t to);

Lv lvalue(Fn *fn, const Node *e);
Val lv_load(Fn *fn, const Lv *lv);
/* Stores v (of the place's type) and releases it. */
void lv_store(Fn *fn, const Lv *lv, Val v);
void lv_release(Fn *fn, const Lv *lv);
/* The variable a local symbol lives in; creates it (boxed if its
 * address is taken) on first use. */
uint32_t local_reg(Fn *fn, uint32_t sym);
/* Declares local sym with the value v (or zero when v.reg is UINT32_MAX). */
void define_local(Fn *fn, uint32_t sym, Val v, bool has_value);

/* Must sym live in a cell: its address is taken, or a closure shares
 * it and it is written after being captured?  (Structs and arrays are
 * objects already and never need one.) */
bool needs_cell(Gen *g, uint32_t sym);
/* A function literal's value: a closure of its function (translated
 * later) with what it captures. */
Val func_lit(Fn *fn, const Node *e);
Val receive(Fn *fn, const Node *e, bool with_ok);
void go_stmt(Fn *fn, const Node *s);
void snapshot_reg(Fn *fn, uint32_t reg, uint32_t type);
uint32_t deferwrap(Fn *fn, const Node *call, const Node **taken, uint32_t *types, uint32_t n, const char *kind);
uint32_t spawnwrap(Fn *fn, const Node *call, uint32_t sig);
/* A native function as a value: a closure of a wrapper that calls it. */
Val native_value(Fn *fn, uint32_t sym);
/* x.M as a value: a closure of a wrapper, capturing the receiver v
 * (already made to fit M's receiver), or the interface for i.M. */
Val method_value(Fn *fn, Val recv, uint32_t method_sym, const char *iface_method, uint32_t sig);
/* I.M of an interface type I as a function value (the wrapper owns name). */
Val iface_method_expr(Fn *fn, const char *iface_method, uint32_t sig);

/* ==== gen_call.c ====================================================== */

/* defer call: the function value (or native) and its arguments now. */
void defer_stmt(Fn *fn, const Node *s);

/* A call; its results are consecutive registers from the Val's.
 * want is how many results the caller uses. */
Val call_expr(Fn *fn, const Node *call, uint32_t want);
/* The number of results a call expression gives. */
uint32_t call_results(Fn *fn, const Node *call);
bool has_call(const Node *e);
/* The receiver of x.M (through embedded fields), made to fit M's. */
Val method_receiver(Fn *fn, const Node *sel_node, const TastSelection *sel, uint32_t recv_type);

/* ==== gen_stmt.c ====================================================== */

void stmt(Fn *fn, const Node *s);
bool same_label(const Node *a, const Node *b);
void block(Fn *fn, const Node *b);

#endif
