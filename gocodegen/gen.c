/* gen.c - typed AST to bytecode (see gen.h).
 * Registers: each local variable gets one for the whole function; a
 * temporary comes from a free list of its class (registers keep one
 * class, number or reference, for the collector and the verifier); a
 * call's arguments get a fresh run of registers at the top, since they
 * become the callee's first registers and must share their classes.
 * Recursion follows the tree, which gocheck bounded; gocodegen runs the
 * walk on a stack sized for AST_MAX_DEPTH (main.c). */
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
    uint32_t consts_cap, funcs_cap, types_cap, natives_cap;
    bool failed;
} Gen;

typedef struct Patch {
    uint32_t *at;
    uint32_t n, cap;
} Patch;

typedef struct Loop {
    Patch breaks, continues;
} Loop;

typedef struct Fn {
    Gen *g;
    BcFunc *f;
    uint32_t codecap, regcap;
    int32_t *reg_of_sym;      /* symbol id -> register, -1 */
    uint32_t *free_regs[2];   /* temporaries free for reuse, per class */
    uint32_t nfree[2], freecap[2];
    Loop *loops;
    uint32_t nloops, loopcap;
    uint32_t line;            /* the source line of what is being translated */
    uint32_t label_here;      /* a jump lands at this pc: do not fold into what precedes */
    const Node *decl;
} Fn;

/* ==== errors ========================================================== */

static void unsupported(Gen *g, const Node *n, const char *what)
{
    if (!g->failed || !diag_is_full(g->d))
        diag_error(g->d, n ? n->pos : (Pos){0, 0, 0}, "not supported by gocodegen yet: %s", what);
    g->failed = true;
}

/* ==== facts =========================================================== */

static const TastFacts *facts(Gen *g, const Node *n)
{
    if (n->pos.file >= g->t->nfiles || n->id >= g->t->nfacts[n->pos.file])
        return NULL;
    return &g->t->facts[n->pos.file][n->id];
}

static uint32_t final_type(Gen *g, const Node *n)
{
    const TastFacts *x = facts(g, n);
    return x ? (x->conv ? x->conv : x->type) : 0;
}

static const TastType *underlying(Gen *g, uint32_t t)
{
    const TastType *ty = &g->t->types[g->t->types[t].canon];
    if (ty->kind == TK_NAMED)
        ty = &g->t->types[g->t->types[ty->underlying].canon];
    return ty;
}

typedef enum VKind { VK_NONE, VK_INT, VK_UINT, VK_FLOAT, VK_BOOL, VK_STRING, VK_IFACE } VKind;

static VKind vkind(Gen *g, uint32_t t)
{
    switch (underlying(g, t)->kind) {
    case TK_INT: case TK_INT8: case TK_INT16: case TK_INT32: case TK_INT64: case TK_UNTYPED_INT:
    case TK_UNTYPED_RUNE:
        return VK_INT;
    case TK_UINT: case TK_UINT8: case TK_UINT16: case TK_UINT32: case TK_UINT64: case TK_UINTPTR:
        return VK_UINT;
    case TK_FLOAT32: case TK_FLOAT64: case TK_UNTYPED_FLOAT: return VK_FLOAT;
    case TK_BOOL: case TK_UNTYPED_BOOL: return VK_BOOL;
    case TK_STRING: case TK_UNTYPED_STRING: return VK_STRING;
    case TK_INTERFACE: return VK_IFACE;
    default: return VK_NONE;
    }
}

/* The bits a sized integer wraps to (negative: signed), 0 for 64. */
static int wrap_bits(Gen *g, uint32_t t)
{
    switch (underlying(g, t)->kind) {
    case TK_INT8: return -8;
    case TK_INT16: return -16;
    case TK_INT32: return -32;
    case TK_UINT8: return 8;
    case TK_UINT16: return 16;
    case TK_UINT32: return 32;
    default: return 0;
    }
}

static BcClass vclass(VKind k)
{
    return k == VK_STRING || k == VK_IFACE ? BC_REF : BC_SCALAR;
}

/* The type an untyped constant has where no type is asked for (in an
 * interface, say): Go's default types. */
static uint32_t default_type(Gen *g, uint32_t t)
{
    switch (g->t->types[t].kind) {
    case TK_UNTYPED_BOOL: return g->basic[TK_BOOL];
    case TK_UNTYPED_INT: return g->basic[TK_INT];
    case TK_UNTYPED_RUNE: return g->basic[TK_INT32];
    case TK_UNTYPED_FLOAT: return g->basic[TK_FLOAT64];
    case TK_UNTYPED_STRING: return g->basic[TK_STRING];
    default: return t;
    }
}

/* The bytecode's entry for a type (what a boxed value's %v and %T
 * read), made on first use; identical types share one. */
static uint32_t bc_type(Gen *g, uint32_t t)
{
    uint32_t c = g->t->types[t].canon;
    if (g->bctype_of[c])
        return g->bctype_of[c] - 1;
    Bytecode *b = g->b;
    if (b->ntypes == g->types_cap) {
        g->types_cap = g->types_cap ? 2 * g->types_cap : 16;
        b->types = xrealloc(b->types, g->types_cap * sizeof *b->types);
    }
    b->types[b->ntypes] = (BcType){(BcKind)underlying(g, t)->kind, xstrdup(g->t->types[c].text)};
    g->bctype_of[c] = ++b->ntypes;
    return b->ntypes - 1;
}

/* The native function a standard-library symbol names, "pkg.Name". */
static uint32_t native_index(Gen *g, uint32_t sym)
{
    if (g->native_of_sym[sym])
        return g->native_of_sym[sym] - 1;
    Bytecode *b = g->b;
    if (b->nnatives == g->natives_cap) {
        g->natives_cap = g->natives_cap ? 2 * g->natives_cap : 16;
        b->natives = xrealloc(b->natives, g->natives_cap * sizeof *b->natives);
    }
    const TastSymbol *s = &g->t->syms[sym - 1];
    size_t n = strlen(s->pkg) + strlen(s->name) + 2;
    char *name = xmalloc(n);
    snprintf(name, n, "%s.%s", s->pkg, s->name);
    b->natives[b->nnatives] = name;
    g->native_of_sym[sym] = ++b->nnatives;
    return b->nnatives - 1;
}

/* ==== emitting ======================================================== */

static uint32_t emit(Fn *fn, Instr in)
{
    BcFunc *f = fn->f;
    if (f->ncode == fn->codecap) {
        fn->codecap = fn->codecap ? 2 * fn->codecap : 64;
        f->code = xrealloc(f->code, fn->codecap * sizeof *f->code);
        f->lines = xrealloc(f->lines, fn->codecap * sizeof *f->lines);
    }
    f->code[f->ncode] = in;
    f->lines[f->ncode] = fn->line;
    return f->ncode++;
}

static void emit3(Fn *fn, Opcode op, uint32_t a, uint32_t b, uint32_t c)
{
    emit(fn, instr_make(op, (uint16_t)a, (uint16_t)b, (uint16_t)c));
}

/* A jump whose offset is filled in by patch_to. */
static uint32_t emit_jump(Fn *fn, Opcode op, uint32_t reg)
{
    return emit(fn, instr_make_jump(op, (uint16_t)reg, 0));
}

static void patch_to(Fn *fn, uint32_t at, uint32_t target)
{
    if (target == fn->f->ncode)
        fn->label_here = target;
    Instr in = fn->f->code[at];
    fn->f->code[at] = instr_make_jump(instr_op(in), instr_a(in), (int32_t)target - (int32_t)at - 1);
}

static void patch_push(Patch *p, uint32_t at)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 8;
        p->at = xrealloc(p->at, p->cap * sizeof *p->at);
    }
    p->at[p->n++] = at;
}

static uint32_t new_reg(Fn *fn, BcClass c)
{
    BcFunc *f = fn->f;
    if (f->nregs >= BC_MAX_REGS) {
        unsupported(fn->g, fn->decl, "a function needing more than 65535 registers");
        return 0;
    }
    if (f->nregs == fn->regcap) {
        fn->regcap = fn->regcap ? 2 * fn->regcap : 16;
        f->classes = xrealloc(f->classes, fn->regcap);
    }
    f->classes[f->nregs] = (uint8_t)c;
    return f->nregs++;
}

static uint32_t temp(Fn *fn, BcClass c)
{
    if (fn->nfree[c] > 0)
        return fn->free_regs[c][--fn->nfree[c]];
    return new_reg(fn, c);
}

/* Registers at or above `mark` that are temporaries go back to their
 * free lists; locals are never freed. */
static void release(Fn *fn, uint32_t reg, bool is_temp)
{
    if (!is_temp)
        return;
    BcClass c = (BcClass)fn->f->classes[reg];
    if (fn->nfree[c] == fn->freecap[c]) {
        fn->freecap[c] = fn->freecap[c] ? 2 * fn->freecap[c] : 16;
        fn->free_regs[c] = xrealloc(fn->free_regs[c], fn->freecap[c] * sizeof *fn->free_regs[c]);
    }
    fn->free_regs[c][fn->nfree[c]++] = reg;
}

static uint32_t add_const(Gen *g, BcConst c)
{
    Bytecode *b = g->b;
    for (uint32_t i = 0; i < b->nconsts; i++) {
        const BcConst *k = &b->consts[i];
        if (k->kind == c.kind && (c.kind == BC_INT ? k->i == c.i
                                  : c.kind == BC_FLOAT ? memcmp(&k->f, &c.f, sizeof c.f) == 0
                                                       : k->len == c.len && memcmp(k->s, c.s, c.len) == 0)) {
            free(c.s);
            return i;
        }
    }
    if (b->nconsts == g->consts_cap) {
        g->consts_cap = g->consts_cap ? 2 * g->consts_cap : 32;
        b->consts = xrealloc(b->consts, g->consts_cap * sizeof *b->consts);
    }
    b->consts[b->nconsts] = c;
    return b->nconsts++;
}

/* ==== expressions ===================================================== */

/* A value in a register; temp says whether the register is ours to free. */
typedef struct Val {
    uint32_t reg;
    bool temp;
} Val;

static Val expr(Fn *fn, const Node *e);

static Val load_const(Fn *fn, const Node *e, const TastConst *c, uint32_t type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    Val v = {temp(fn, vclass(k)), true};
    if (k == VK_BOOL || c->kind == TC_BOOL) {
        emit3(fn, OP_LOADI, v.reg, c->b ? 1 : 0, 0);
        return v;
    }
    if (k == VK_STRING) {
        BcConst bc = {.kind = BC_STRING, .s = xmalloc(c->len + 1), .len = c->len};
        memcpy(bc.s, c->text, c->len);
        bc.s[c->len] = '\0';
        emit3(fn, OP_LOADK, v.reg, add_const(g, bc), 0);
        return v;
    }
    if (k == VK_FLOAT) {
        double f;
        if (c->kind == TC_RAT) {
            const char *slash = strchr(c->text, '/');
            f = strtod(c->text, NULL) / (slash ? strtod(slash + 1, NULL) : 1.0);
        } else {
            f = strtod(c->text, NULL);
        }
        emit3(fn, OP_LOADK, v.reg, add_const(g, (BcConst){.kind = BC_FLOAT, .f = f}), 0);
        /* A float32 constant holds float32's nearest value. */
        if (underlying(g, type)->kind == TK_FLOAT32)
            emit3(fn, OP_ROUND32, v.reg, v.reg, 0);
        return v;
    }
    if (k == VK_INT || k == VK_UINT) {
        if (c->kind != TC_INT) {
            unsupported(g, e, "this constant");
            return v;
        }
        /* The value fits its type (gocheck checked); uint64 as its bits. */
        int64_t i = k == VK_UINT ? (int64_t)strtoull(c->text, NULL, 10) : strtoll(c->text, NULL, 10);
        if (i >= INT16_MIN && i <= INT16_MAX)
            emit3(fn, OP_LOADI, v.reg, (uint16_t)(int16_t)i, 0);
        else
            emit3(fn, OP_LOADK, v.reg, add_const(g, (BcConst){.kind = BC_INT, .i = i}), 0);
        return v;
    }
    unsupported(g, e, "a constant of this type");
    return v;
}

static Opcode arith_op(TokKind op, VKind k)
{
    if (k == VK_FLOAT) {
        switch (op) {
        case TOK_ADD: return OP_ADD_FLOAT;
        case TOK_SUB: return OP_SUB_FLOAT;
        case TOK_MUL: return OP_MUL_FLOAT;
        case TOK_QUO: return OP_DIV_FLOAT;
        default: return OP__COUNT;
        }
    }
    if (k == VK_STRING)
        return op == TOK_ADD ? OP_CONCAT : OP__COUNT;
    switch (op) {
    case TOK_ADD: return OP_ADD_INT;
    case TOK_SUB: return OP_SUB_INT;
    case TOK_MUL: return OP_MUL_INT;
    case TOK_QUO: return k == VK_UINT ? OP_DIV_UINT : OP_DIV_INT;
    case TOK_REM: return k == VK_UINT ? OP_REM_UINT : OP_REM_INT;
    case TOK_AND: return OP_AND;
    case TOK_OR: return OP_OR;
    case TOK_XOR: return OP_XOR;
    case TOK_AND_NOT: return OP_ANDNOT;
    case TOK_SHL: return OP_SHL;
    case TOK_SHR: return k == VK_UINT ? OP_SHR_UINT : OP_SHR_INT;
    default: return OP__COUNT;
    }
}

/* x OP y with operands already in registers, into a new temporary. */
static Val binop(Fn *fn, const Node *e, TokKind op, uint32_t type, Val x, Val y)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    Opcode o = arith_op(op, k);
    if (o == OP__COUNT) {
        unsupported(g, e, "this operator on this type");
        return x;
    }
    Val r = {temp(fn, vclass(k)), true};
    emit3(fn, o, r.reg, x.reg, y.reg);
    int bits = (k == VK_INT || k == VK_UINT) ? wrap_bits(g, type) : 0;
    if (bits)
        emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)bits);
    if (k == VK_FLOAT && underlying(g, type)->kind == TK_FLOAT32)
        emit3(fn, OP_ROUND32, r.reg, r.reg, 0);
    release(fn, x.reg, x.temp);
    release(fn, y.reg, y.temp);
    return r;
}

static Val comparison(Fn *fn, const Node *e, TokKind op, Val x, Val y, uint32_t operand_type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, operand_type);
    Opcode eq, lt, le;
    switch (k) {
    case VK_INT: case VK_BOOL: eq = OP_EQ_INT, lt = OP_LT_INT, le = OP_LE_INT; break;
    case VK_UINT: eq = OP_EQ_INT, lt = OP_LT_UINT, le = OP_LE_UINT; break;
    case VK_FLOAT: eq = OP_EQ_FLOAT, lt = OP_LT_FLOAT, le = OP_LE_FLOAT; break;
    case VK_STRING: eq = OP_EQ_STRING, lt = OP_LT_STRING, le = OP__COUNT; break;
    default:
        unsupported(g, e, "comparing values of this type");
        return x;
    }
    Val r = {temp(fn, BC_SCALAR), true};
    switch (op) {
    case TOK_EQL: emit3(fn, eq, r.reg, x.reg, y.reg); break;
    case TOK_NEQ: emit3(fn, eq, r.reg, x.reg, y.reg); emit3(fn, OP_NOT, r.reg, r.reg, 0); break;
    case TOK_LSS: emit3(fn, lt, r.reg, x.reg, y.reg); break;
    case TOK_GTR: emit3(fn, lt, r.reg, y.reg, x.reg); break;
    case TOK_LEQ:
    case TOK_GEQ:
        if (k == VK_STRING) {   /* a <= b is !(b < a) */
            emit3(fn, lt, r.reg, op == TOK_LEQ ? y.reg : x.reg, op == TOK_LEQ ? x.reg : y.reg);
            emit3(fn, OP_NOT, r.reg, r.reg, 0);
        } else {
            emit3(fn, le, r.reg, op == TOK_LEQ ? x.reg : y.reg, op == TOK_LEQ ? y.reg : x.reg);
        }
        break;
    default: unsupported(g, e, "this comparison"); break;
    }
    release(fn, x.reg, x.temp);
    release(fn, y.reg, y.temp);
    return r;
}

/* && and ||: the right side runs only when it decides. */
static Val logical(Fn *fn, const Node *e)
{
    Val r = {temp(fn, BC_SCALAR), true};
    Val x = expr(fn, e->kids[BINARY_X]);
    emit3(fn, OP_MOVE, r.reg, x.reg, 0);
    release(fn, x.reg, x.temp);
    uint32_t skip = emit_jump(fn, e->op == TOK_LAND ? OP_JMPIFNOT : OP_JMPIF, r.reg);
    Val y = expr(fn, e->kids[BINARY_Y]);
    emit3(fn, OP_MOVE, r.reg, y.reg, 0);
    release(fn, y.reg, y.temp);
    patch_to(fn, skip, fn->f->ncode);
    return r;
}

static Val call_expr(Fn *fn, const Node *call, bool want_value);

/* A value converted to type t (the typed AST's conv, or an explicit T(x)). */
static Val convert(Fn *fn, const Node *e, Val v, uint32_t from, uint32_t to)
{
    Gen *g = fn->g;
    VKind fk = vkind(g, from), tk = vkind(g, to);
    if (fk == tk && wrap_bits(g, to) == 0 && underlying(g, to)->kind != TK_FLOAT32)
        return v;
    Val r = {temp(fn, vclass(tk)), true};
    if ((fk == VK_INT || fk == VK_UINT) && (tk == VK_INT || tk == VK_UINT)) {
        int bits = wrap_bits(g, to);
        emit3(fn, bits ? OP_TRUNC : OP_MOVE, r.reg, v.reg, bits ? (uint16_t)(int16_t)bits : 0);
    } else if ((fk == VK_INT || fk == VK_UINT) && tk == VK_FLOAT) {
        emit3(fn, OP_INT2FLOAT, r.reg, v.reg, 0);
        if (underlying(g, to)->kind == TK_FLOAT32)
            emit3(fn, OP_ROUND32, r.reg, r.reg, 0);
    } else if (fk == VK_FLOAT && (tk == VK_INT || tk == VK_UINT)) {
        emit3(fn, OP_FLOAT2INT, r.reg, v.reg, 0);
        if (wrap_bits(g, to))
            emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, to));
    } else if (fk == VK_FLOAT && tk == VK_FLOAT) {
        emit3(fn, OP_ROUND32, r.reg, v.reg, 0);
    } else {
        unsupported(g, e, "this conversion");
    }
    release(fn, v.reg, v.temp);
    return r;
}

static Val expr_raw(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const TastFacts *x = facts(g, e);
    if (x && x->cval) {
        uint32_t t = final_type(g, e);
        if (vkind(g, t) == VK_IFACE)
            t = default_type(g, x->type);   /* boxed by expr */
        return load_const(fn, e, &g->t->consts[x->cval - 1], t);
    }
    if (x && x->mode == TM_NIL) {
        Val v = {temp(fn, BC_REF), true};
        emit3(fn, OP_LOADNIL, v.reg, 0, 0);
        return v;
    }
    switch ((AstKind)e->kind) {
    case AST_PAREN: return expr(fn, e->kids[PAREN_X]);
    case AST_IDENT: {
        uint32_t sym = x ? x->sym : 0;
        if (sym && fn->reg_of_sym[sym] >= 0)
            return (Val){(uint32_t)fn->reg_of_sym[sym], false};
        if (sym && g->global_of_sym[sym]) {
            Val v = {temp(fn, vclass(vkind(g, x->type))), true};
            emit3(fn, OP_GETGLOBAL, v.reg, g->global_of_sym[sym] - 1, 0);
            return v;
        }
        unsupported(g, e, "this name as a value");
        return (Val){0, false};
    }
    case AST_BINARY: {
        TokKind op = (TokKind)e->op;
        if (op == TOK_LAND || op == TOK_LOR)
            return logical(fn, e);
        VKind k = vkind(g, x ? x->type : 0);
        const TastFacts *yf = facts(g, e->kids[BINARY_Y]);
        if ((op == TOK_ADD || op == TOK_SUB) && (k == VK_INT || k == VK_UINT) && yf && yf->cval &&
            g->t->consts[yf->cval - 1].kind == TC_INT) {
            /* x + 5: the constant inside the instruction. */
            long long c = strtoll(g->t->consts[yf->cval - 1].text, NULL, 10);
            if (op == TOK_SUB)
                c = -c;
            if (c >= INT16_MIN && c <= INT16_MAX) {
                Val a = expr(fn, e->kids[BINARY_X]);
                Val r = {temp(fn, BC_SCALAR), true};
                emit3(fn, OP_ADDI_INT, r.reg, a.reg, (uint16_t)(int16_t)c);
                if (wrap_bits(g, x->type))
                    emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, x->type));
                release(fn, a.reg, a.temp);
                return r;
            }
        }
        Val a = expr(fn, e->kids[BINARY_X]);
        Val b = expr(fn, e->kids[BINARY_Y]);
        if (op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR || op == TOK_GEQ)
            return comparison(fn, e, op, a, b, final_type(g, e->kids[BINARY_X]));
        return binop(fn, e, op, x ? x->type : 0, a, b);
    }
    case AST_UNARY: {
        Val a = expr(fn, e->kids[UNARY_X]);
        VKind k = vkind(g, x ? x->type : 0);
        Val r = {temp(fn, vclass(k)), true};
        switch ((TokKind)e->op) {
        case TOK_SUB: emit3(fn, k == VK_FLOAT ? OP_NEG_FLOAT : OP_NEG_INT, r.reg, a.reg, 0); break;
        case TOK_ADD: emit3(fn, OP_MOVE, r.reg, a.reg, 0); break;
        case TOK_NOT: emit3(fn, OP_NOT, r.reg, a.reg, 0); break;
        case TOK_XOR: emit3(fn, OP_NOT_BITS, r.reg, a.reg, 0); break;
        default: unsupported(g, e, "this unary operator"); break;
        }
        if ((k == VK_INT || k == VK_UINT) && wrap_bits(g, x->type))
            emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, x->type));
        release(fn, a.reg, a.temp);
        return r;
    }
    case AST_CALL: return call_expr(fn, e, true);
    default:
        unsupported(g, e, ast_display_name((AstKind)e->kind));
        return (Val){0, false};
    }
}

/* An expression's value, with the typed AST's implicit conversion. */
static Val expr(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const TastFacts *x = facts(g, e);
    Val v = expr_raw(fn, e);
    if (!x || !x->conv || x->mode == TM_NIL)
        return v;
    VKind from = vkind(g, x->type), to = vkind(g, x->conv);
    if (to == VK_IFACE && from != VK_IFACE) {
        /* A concrete value into an interface: box it with its type. */
        Val r = {temp(fn, BC_REF), true};
        emit3(fn, OP_MAKEIFACE, r.reg, v.reg, bc_type(g, default_type(g, x->type)));
        release(fn, v.reg, v.temp);
        return r;
    }
    if (!x->cval && from != VK_NONE && to != VK_NONE && to != VK_IFACE)
        v = convert(fn, e, v, x->type, x->conv);
    return v;
}

/* ==== calls =========================================================== */

static void print_value(Fn *fn, const Node *arg)
{
    Gen *g = fn->g;
    Val v = expr(fn, arg);
    uint32_t t = final_type(g, arg);
    static const Opcode ops[] = {[VK_INT] = OP_PRINT_INT, [VK_UINT] = OP_PRINT_UINT, [VK_FLOAT] = OP_PRINT_FLOAT,
                                 [VK_BOOL] = OP_PRINT_BOOL, [VK_STRING] = OP_PRINT_STRING};
    VKind k = vkind(g, t);
    if (k == VK_NONE)
        unsupported(g, arg, "printing a value of this type");
    else
        emit3(fn, ops[k], v.reg, 0, 0);
    release(fn, v.reg, v.temp);
}

static Val builtin_call(Fn *fn, const Node *call, const char *name, bool want_value)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS;
    if (strcmp(name, "println") == 0 || strcmp(name, "print") == 0) {
        bool ln = name[5] == 'l';
        for (uint32_t i = 0; i < nargs; i++) {
            if (i > 0 && ln)
                emit3(fn, OP_PRINT_SPACE, 0, 0, 0);
            print_value(fn, call->kids[CALL_ARGS + i]);
        }
        if (ln)
            emit3(fn, OP_PRINT_NEWLINE, 0, 0, 0);
        if (want_value)
            unsupported(g, call, "the value of print");
        return (Val){0, false};
    }
    if (strcmp(name, "len") == 0 && nargs == 1 && vkind(g, final_type(g, call->kids[CALL_ARGS])) == VK_STRING) {
        Val s = expr(fn, call->kids[CALL_ARGS]);
        Val r = {temp(fn, BC_SCALAR), true};
        emit3(fn, OP_LEN_STRING, r.reg, s.reg, 0);
        release(fn, s.reg, s.temp);
        return r;
    }
    unsupported(g, call, "this builtin");
    return (Val){0, false};
}

/* A call of a standard-library function: CALLNATIVE with the same
 * window as CALL, each variadic argument boxed on its own (no slice is
 * made for ...any). */
static Val native_call(Fn *fn, const Node *call, uint32_t sym, bool want_value)
{
    Gen *g = fn->g;
    const TastSymbol *s = &g->t->syms[sym - 1];
    if (!s->native || s->kind != TS_FUNC) {
        unsupported(g, call, "this package member");
        return (Val){0, false};
    }
    const TastType *sig = underlying(g, s->type);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    uint32_t nargs = call->nkids - CALL_ARGS;
    if ((call->flags & AST_HAS_ELLIPSIS) || (!sig->variadic && nargs != params->n)) {
        unsupported(g, call, "passing a slice to a variadic function, or a call's several results as arguments");
        return (Val){0, false};
    }
    uint32_t nfixed = sig->variadic ? params->n - 1 : params->n;
    uint32_t base = fn->f->nregs;
    if (nargs + results->n == 0) {
        if (fn->f->nregs == 0)
            new_reg(fn, BC_SCALAR);
        base = 0;
    }
    for (uint32_t i = 0; i < nargs; i++) {
        uint32_t t = i < nfixed ? params->ids[i] : g->t->types[params->ids[nfixed]].elem;
        if (vkind(g, t) == VK_NONE) {
            unsupported(g, call, "a native function with parameters of this type");
            return (Val){0, false};
        }
        new_reg(fn, vclass(vkind(g, t)));
    }
    for (uint32_t i = 0; i < results->n; i++) {
        if (vkind(g, results->ids[i]) == VK_NONE) {
            unsupported(g, call, "a native function with results of this type");
            return (Val){0, false};
        }
        new_reg(fn, vclass(vkind(g, results->ids[i])));
    }
    for (uint32_t i = 0; i < nargs; i++) {
        Val a = expr(fn, call->kids[CALL_ARGS + i]);
        emit3(fn, OP_MOVE, base + i, a.reg, 0);
        release(fn, a.reg, a.temp);
    }
    emit3(fn, OP_CALLNATIVE, base, nargs, native_index(g, sym));
    if (results->n > 1 && want_value)
        unsupported(g, call, "calls with several results used as a value");
    return (Val){base + nargs, false};
}

static Val call_expr(Fn *fn, const Node *call, bool want_value)
{
    Gen *g = fn->g;
    const Node *fun = unparen(call->kids[CALL_FUN]);
    const TastFacts *ff = facts(g, fun);
    if (!ff) {
        unsupported(g, call, "this call");
        return (Val){0, false};
    }
    if (ff->mode == TM_TYPE) {
        /* A conversion T(x). */
        const Node *arg = call->kids[CALL_ARGS];
        Val v = expr(fn, arg);
        return convert(fn, call, v, final_type(g, arg), ff->type);
    }
    const TastSymbol *s = ff->sym ? &g->t->syms[ff->sym - 1] : NULL;
    if (ff->mode == TM_BUILTIN && s)
        return builtin_call(fn, call, s->name, want_value);
    if (fun->kind == AST_SELECTOR && ff->sel && g->t->sels[ff->sel - 1].kind == TSEL_PKG_MEMBER)
        return native_call(fn, call, g->t->sels[ff->sel - 1].sym, want_value);
    if (!s || fun->kind != AST_IDENT || !g->func_of_sym[ff->sym] || (call->flags & AST_HAS_ELLIPSIS)) {
        unsupported(g, call, "calls other than to this package's functions");
        return (Val){0, false};
    }
    uint32_t fi = g->func_of_sym[ff->sym] - 1;
    const TastType *sig = underlying(g, s->type);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    uint32_t nargs = call->nkids - CALL_ARGS;
    if (sig->variadic || nargs != params->n) {
        unsupported(g, call, "variadic calls and calls with a multi-value argument");
        return (Val){0, false};
    }
    /* The window: fresh registers with the callee's classes. */
    uint32_t base = fn->f->nregs;
    if (params->n + results->n == 0) {
        /* An empty window: A names any register, so one must exist. */
        if (fn->f->nregs == 0)
            new_reg(fn, BC_SCALAR);
        base = 0;
    }
    for (uint32_t i = 0; i < params->n + results->n; i++) {
        uint32_t t = i < params->n ? params->ids[i] : results->ids[i - params->n];
        new_reg(fn, vclass(vkind(g, t)));
    }
    for (uint32_t i = 0; i < nargs; i++) {
        Val a = expr(fn, call->kids[CALL_ARGS + i]);
        emit3(fn, OP_MOVE, base + i, a.reg, 0);
        release(fn, a.reg, a.temp);
    }
    /* The callee's registers must have the window's classes: they are
     * made the same way, from the same types (gen_func). */
    emit3(fn, OP_CALL, base, nargs, fi);
    if (results->n > 1 && want_value)
        unsupported(g, call, "calls with several results used as a value");
    return (Val){base + params->n, false};
}

/* ==== statements ====================================================== */

static void stmt(Fn *fn, const Node *s);

static void block(Fn *fn, const Node *b)
{
    for (uint32_t i = 0; i < b->nkids; i++)
        stmt(fn, b->kids[i]);
}

static uint32_t local_reg(Fn *fn, const Node *ident, uint32_t type)
{
    const TastFacts *x = facts(fn->g, ident);
    uint32_t r = new_reg(fn, vclass(vkind(fn->g, type)));
    if (x && x->sym)
        fn->reg_of_sym[x->sym] = (int32_t)r;
    return r;
}

/* When the last instruction computed the temporary v, let it write dst
 * instead, saving the MOVE: x = a + b becomes one ADD.  Only for
 * instructions whose A is a result and nothing else (not a call's
 * window), and not at a jump target (patched jumps land after it). */
static bool retarget(Fn *fn, Val v, uint32_t dst)
{
    BcFunc *f = fn->f;
    if (!v.temp || f->ncode == 0 || fn->label_here == f->ncode || f->classes[dst] != f->classes[v.reg])
        return false;
    Instr in = f->code[f->ncode - 1];
    Opcode op = instr_op(in);
    if (instr_a(in) != v.reg || op_noperands(op) == 0 || op == OP_CALL || op == OP_CALLNATIVE || op == OP_RETURN ||
        op_operand(op, op_noperands(op) - 1) == OPK_JUMP || op == OP_SETGLOBAL || op == OP_SLICE_STRING)
        return false;
    f->code[f->ncode - 1] = instr_make(op, (uint16_t)dst, instr_b(in), instr_c(in));
    return true;
}

static void store(Fn *fn, const Node *lhs, Val v)
{
    Gen *g = fn->g;
    lhs = unparen(lhs);
    if (lhs->kind == AST_IDENT && ast_text_is(lhs, "_")) {
        release(fn, v.reg, v.temp);
        return;
    }
    const TastFacts *x = facts(g, lhs);
    uint32_t sym = x ? x->sym : 0;
    if (lhs->kind == AST_IDENT && sym && fn->reg_of_sym[sym] >= 0) {
        uint32_t dst = (uint32_t)fn->reg_of_sym[sym];
        if (!retarget(fn, v, dst))
            emit3(fn, OP_MOVE, dst, v.reg, 0);
    } else if (lhs->kind == AST_IDENT && sym && g->global_of_sym[sym]) {
        emit3(fn, OP_SETGLOBAL, g->global_of_sym[sym] - 1, v.reg, 0);
    } else {
        unsupported(g, lhs, "assigning to this");
    }
    release(fn, v.reg, v.temp);
}

static void zero(Fn *fn, uint32_t reg, uint32_t type)
{
    VKind k = vkind(fn->g, type);
    if (vclass(k) == BC_REF)
        emit3(fn, OP_LOADNIL, reg, 0, 0);
    else if (k == VK_FLOAT)
        emit3(fn, OP_LOADK, reg, add_const(fn->g, (BcConst){.kind = BC_FLOAT, .f = 0}), 0);
    else if (k != VK_NONE)
        emit3(fn, OP_LOADI, reg, 0, 0);
    else
        unsupported(fn->g, NULL, "variables of this type");
}

static void assign(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *lhs = s->kids[ASSIGN_LHS], *rhs = s->kids[ASSIGN_RHS];
    TokKind op = (TokKind)s->op;
    if (lhs->nkids != rhs->nkids) {
        const Node *call = unparen(rhs->kids[0]);
        if (rhs->nkids != 1 || call->kind != AST_CALL) {
            unsupported(g, s, "this assignment");
            return;
        }
        /* a, b := f(): the results are consecutive registers. */
        Val v = call_expr(fn, call, false);
        for (uint32_t i = 0; i < lhs->nkids; i++) {
            const Node *l = lhs->kids[i];
            const TastFacts *x = facts(g, l);
            Val r = {v.reg + i, false};
            if (op == TOK_DEFINE && l->kind == AST_IDENT && !ast_text_is(l, "_") && x && x->sym &&
                fn->reg_of_sym[x->sym] < 0) {
                uint32_t reg = local_reg(fn, l, g->t->syms[x->sym - 1].type);
                emit3(fn, OP_MOVE, reg, r.reg, 0);
            } else {
                store(fn, l, r);
            }
        }
        return;
    }
    if (op != TOK_ASSIGN && op != TOK_DEFINE) {
        Val a = expr(fn, lhs->kids[0]);
        Val b = expr(fn, rhs->kids[0]);
        store(fn, lhs->kids[0], binop(fn, s, tok_assign_of(op), final_type(g, lhs->kids[0]), a, b));
        return;
    }
    /* Evaluate every right side before any assignment: a, b = b, a. */
    Val *vals = xmalloc(rhs->nkids * sizeof *vals);
    for (uint32_t i = 0; i < rhs->nkids; i++) {
        Val v = expr(fn, rhs->kids[i]);
        if (!v.temp && lhs->nkids > 1) {   /* a local that a later store may change */
            Val c = {temp(fn, (BcClass)fn->f->classes[v.reg]), true};
            emit3(fn, OP_MOVE, c.reg, v.reg, 0);
            v = c;
        }
        vals[i] = v;
    }
    for (uint32_t i = 0; i < lhs->nkids; i++) {
        const Node *l = lhs->kids[i];
        const TastFacts *x = facts(g, l);
        if (op == TOK_DEFINE && l->kind == AST_IDENT && !ast_text_is(l, "_") && x && x->sym &&
            fn->reg_of_sym[x->sym] < 0) {
            uint32_t r = local_reg(fn, l, g->t->syms[x->sym - 1].type);
            emit3(fn, OP_MOVE, r, vals[i].reg, 0);
            release(fn, vals[i].reg, vals[i].temp);
        } else {
            store(fn, l, vals[i]);
        }
    }
    free(vals);
}

static void var_decl(Fn *fn, const Node *gen)
{
    Gen *g = fn->g;
    if (gen->op != TOK_VAR) {
        if (gen->op != TOK_CONST)   /* constants are folded into their uses */
            unsupported(g, gen, "local type declarations");
        return;
    }
    for (uint32_t i = 0; i < gen->nkids; i++) {
        const Node *spec = gen->kids[i], *names = spec->kids[VALUE_SPEC_NAMES], *values = spec->kids[VALUE_SPEC_VALUES];
        if (values && values->nkids != names->nkids) {
            unsupported(g, spec, "several variables from one call");
            continue;
        }
        for (uint32_t k = 0; k < names->nkids; k++) {
            const Node *id = names->kids[k];
            const TastFacts *x = facts(g, id);
            if (!x || !x->sym)
                continue;
            uint32_t type = g->t->syms[x->sym - 1].type;
            Val v = {0, false};
            if (values)
                v = expr(fn, values->kids[k]);
            uint32_t r = local_reg(fn, id, type);
            if (values) {
                emit3(fn, OP_MOVE, r, v.reg, 0);
                release(fn, v.reg, v.temp);
            } else {
                zero(fn, r, type);
            }
        }
    }
}

static void cond_jump_false(Fn *fn, const Node *cond, Patch *out)
{
    Val c = expr(fn, cond);
    patch_push(out, emit_jump(fn, OP_JMPIFNOT, c.reg));
    release(fn, c.reg, c.temp);
}

static void patch_all(Fn *fn, Patch *p, uint32_t target)
{
    for (uint32_t i = 0; i < p->n; i++)
        patch_to(fn, p->at[i], target);
    free(p->at);
    *p = (Patch){0};
}

static void for_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    if (s->kids[FOR_INIT])
        stmt(fn, s->kids[FOR_INIT]);
    /* Go 1.22 gives each iteration its own loop variable; that is only
     * visible to closures, which are not translated yet. */
    uint32_t top = fn->f->ncode;
    Patch exit = {0};
    if (s->kids[FOR_COND])
        cond_jump_false(fn, s->kids[FOR_COND], &exit);
    if (fn->nloops == fn->loopcap) {
        fn->loopcap = fn->loopcap ? 2 * fn->loopcap : 8;
        fn->loops = xrealloc(fn->loops, fn->loopcap * sizeof *fn->loops);
    }
    fn->loops[fn->nloops++] = (Loop){0};
    block(fn, s->kids[FOR_BODY]);
    Loop l = fn->loops[--fn->nloops];
    patch_all(fn, &l.continues, fn->f->ncode);
    if (s->kids[FOR_POST])
        stmt(fn, s->kids[FOR_POST]);
    uint32_t back = emit_jump(fn, OP_JMP, 0);
    patch_to(fn, back, top);
    patch_all(fn, &exit, fn->f->ncode);
    patch_all(fn, &l.breaks, fn->f->ncode);
    (void)g;
}

static void return_stmt(Fn *fn, const Node *s)
{
    uint32_t n = s->nkids - RETURN_RESULTS;
    if (n == 0 && fn->f->results > 0) {
        /* A bare return: the named results are already in place. */
        emit3(fn, OP_RETURN, fn->f->params, fn->f->results, 0);
        return;
    }
    if (n != fn->f->results) {
        unsupported(fn->g, s, "returning a call's several results");
        return;
    }
    /* Results into the registers after the parameters (the caller's
     * window): evaluate all first, since one may read a parameter. */
    uint32_t p = fn->f->params;
    Val *vals = xmalloc((n ? n : 1) * sizeof *vals);
    for (uint32_t i = 0; i < n; i++)
        vals[i] = expr(fn, s->kids[RETURN_RESULTS + i]);
    for (uint32_t i = 0; i < n; i++)
        if (vals[i].reg != p + i)
            emit3(fn, OP_MOVE, p + i, vals[i].reg, 0);
    for (uint32_t i = 0; i < n; i++)
        release(fn, vals[i].reg, vals[i].temp);
    free(vals);
    emit3(fn, OP_RETURN, p, n, 0);
}

static void stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    fn->line = s->pos.line;
    switch ((AstKind)s->kind) {
    case AST_EMPTY_STMT: break;
    case AST_BLOCK: block(fn, s); break;
    case AST_DECL_STMT: var_decl(fn, s->kids[DECL_STMT_DECL]); break;
    case AST_EXPR_STMT: {
        const Node *x = unparen(s->kids[EXPR_STMT_X]);
        if (x->kind != AST_CALL) {
            unsupported(g, s, "this statement");
            break;
        }
        Val v = call_expr(fn, x, false);
        release(fn, v.reg, v.temp);
        break;
    }
    case AST_ASSIGN: assign(fn, s); break;
    case AST_INC_DEC: {
        const Node *x = s->kids[INC_DEC_X];
        Val a = expr(fn, x);
        uint32_t t = final_type(g, x);
        if (vkind(g, t) == VK_INT || vkind(g, t) == VK_UINT) {
            Val r = {temp(fn, BC_SCALAR), true};
            emit3(fn, OP_ADDI_INT, r.reg, a.reg, s->op == TOK_INC ? 1 : (uint16_t)-1);
            if (wrap_bits(g, t))
                emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, t));
            release(fn, a.reg, a.temp);
            store(fn, x, r);
            break;
        }
        Val one = {temp(fn, BC_SCALAR), true};
        if (vkind(g, t) == VK_FLOAT)
            emit3(fn, OP_LOADK, one.reg, add_const(g, (BcConst){.kind = BC_FLOAT, .f = 1}), 0);
        else
            emit3(fn, OP_LOADI, one.reg, 1, 0);
        store(fn, x, binop(fn, s, s->op == TOK_INC ? TOK_ADD : TOK_SUB, t, a, one));
        break;
    }
    case AST_IF: {
        if (s->kids[IF_INIT])
            stmt(fn, s->kids[IF_INIT]);
        Patch no = {0};
        cond_jump_false(fn, s->kids[IF_COND], &no);
        block(fn, s->kids[IF_THEN]);
        if (s->kids[IF_ELSE]) {
            uint32_t over = emit_jump(fn, OP_JMP, 0);
            patch_all(fn, &no, fn->f->ncode);
            stmt(fn, s->kids[IF_ELSE]);
            patch_to(fn, over, fn->f->ncode);
        } else {
            patch_all(fn, &no, fn->f->ncode);
        }
        break;
    }
    case AST_FOR: for_stmt(fn, s); break;
    case AST_RETURN: return_stmt(fn, s); break;
    case AST_BRANCH:
        if (s->kids[BRANCH_LABEL] || fn->nloops == 0 || (s->op != TOK_BREAK && s->op != TOK_CONTINUE)) {
            unsupported(g, s, "labels, goto, fallthrough and breaks out of switches");
            break;
        }
        patch_push(s->op == TOK_BREAK ? &fn->loops[fn->nloops - 1].breaks : &fn->loops[fn->nloops - 1].continues,
                   emit_jump(fn, OP_JMP, 0));
        break;
    default: unsupported(g, s, ast_display_name((AstKind)s->kind)); break;
    }
}

/* ==== functions and the package ======================================= */

static void gen_func(Gen *g, const Node *decl, BcFunc *f, const TastSymbol *s)
{
    Fn fn = {.g = g, .f = f, .decl = decl};
    fn.reg_of_sym = xmalloc(((size_t)g->t->nsyms + 1) * sizeof *fn.reg_of_sym);
    for (uint32_t i = 0; i <= g->t->nsyms; i++)
        fn.reg_of_sym[i] = -1;
    const TastType *sig = underlying(g, s->type);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    f->params = params->n;
    f->results = results->n;
    /* Registers 0..: the parameters, then the results, with the
     * classes a caller's window has (call_expr). */
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, vclass(vkind(g, i < params->n ? params->ids[i] : results->ids[i - params->n])));
    const Node *ft = decl->kids[FUNC_DECL_TYPE];
    const Node *pl = ft->kids[FUNC_TYPE_PARAMS];
    uint32_t k = 0;
    for (uint32_t i = 0; pl && i < pl->nkids; i++) {
        const Node *field = pl->kids[i];
        uint32_t names = field->nkids - FIELD_NAMES;
        for (uint32_t j = 0; j < (names ? names : 1); j++, k++)
            if (names) {
                const TastFacts *x = facts(g, field->kids[FIELD_NAMES + j]);
                if (x && x->sym)
                    fn.reg_of_sym[x->sym] = (int32_t)k;
            }
    }
    /* Named results live in the result registers, which start zero. */
    const Node *rl = ft->kids[FUNC_TYPE_RESULTS];
    k = params->n;
    for (uint32_t i = 0; rl && i < rl->nkids; i++) {
        const Node *field = rl->kids[i];
        uint32_t names = field->nkids - FIELD_NAMES;
        for (uint32_t j = 0; j < (names ? names : 1); j++, k++)
            if (names) {
                const TastFacts *x = facts(g, field->kids[FIELD_NAMES + j]);
                if (x && x->sym)
                    fn.reg_of_sym[x->sym] = (int32_t)k;
            }
    }
    if (decl->kids[FUNC_DECL_RECV])
        unsupported(g, decl, "methods");
    for (uint32_t i = 0; i < params->n + results->n; i++)
        if (vkind(g, i < params->n ? params->ids[i] : results->ids[i - params->n]) == VK_NONE) {
            unsupported(g, decl, "parameters and results of this type");
            break;
        }
    const Node *body = decl->kids[FUNC_DECL_BODY];
    fn.line = decl->pos.line;
    block(&fn, body);
    fn.line = ast_end(body).line;
    if (f->results == 0)
        emit3(&fn, OP_RETURN, 0, 0, 0);
    else if (f->ncode == 0 || instr_op(f->code[f->ncode - 1]) != OP_RETURN)
        emit(&fn, instr_make_jump(OP_JMP, 0, -1));   /* unreachable: gocheck proved the body ends */
    free(fn.reg_of_sym);
    free(fn.free_regs[0]);
    free(fn.free_regs[1]);
    free(fn.loops);
}

/* The globals' initialiser, named as no Go function can be. */
static char *qualified_init(const char *pkg)
{
    size_t n = strlen(pkg) + sizeof ".init.vars";
    char *s = xmalloc(n);
    snprintf(s, n, "%s.init.vars", pkg);
    return s;
}

/* Package variables: a global each (in declaration order), and one
 * function that gives them their initial values in gocheck's
 * initialisation order; variables without a value start zero. */
typedef struct VarInit {
    const Node **value;       /* symbol id -> its initialiser, or NULL */
} VarInit;

static void collect_globals(Gen *g, VarInit *vi)
{
    const TypedAst *t = g->t;
    Bytecode *b = g->b;
    uint32_t cap = 0;
    for (uint32_t fi = 0; fi < t->nfiles; fi++) {
        const Node *file = t->files[fi];
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d0 = file->kids[i];
            if (d0->kind != AST_GEN_DECL || d0->op != TOK_VAR)
                continue;
            for (uint32_t s = 0; s < d0->nkids; s++) {
                const Node *spec = d0->kids[s];
                const Node *names = spec->kids[VALUE_SPEC_NAMES], *values = spec->kids[VALUE_SPEC_VALUES];
                if (values && values->nkids != names->nkids) {
                    unsupported(g, spec, "package variables set from one call's several results");
                    continue;
                }
                for (uint32_t k = 0; k < names->nkids; k++) {
                    const TastFacts *x = facts(g, names->kids[k]);
                    if (!x || !x->sym)
                        continue;   /* _ */
                    VKind vk = vkind(g, t->syms[x->sym - 1].type);
                    if (vk == VK_NONE) {
                        unsupported(g, names->kids[k], "package variables of this type");
                        continue;
                    }
                    if (b->nglobals == cap) {
                        cap = cap ? 2 * cap : 16;
                        b->globals = xrealloc(b->globals, cap);
                    }
                    b->globals[b->nglobals++] = (uint8_t)vclass(vk);
                    g->global_of_sym[x->sym] = b->nglobals;
                    vi->value[x->sym] = values ? values->kids[k] : NULL;
                }
            }
        }
    }
}

/* The function that initialises the globals; false if none is needed. */
static bool gen_var_init(Gen *g, const VarInit *vi, BcFunc *f)
{
    const TypedAst *t = g->t;
    bool any = false;
    for (uint32_t i = 0; i < t->ninit_order; i++)
        any |= vi->value[t->init_order[i]] != NULL;
    if (!any)
        return false;
    Fn fn = {.g = g, .f = f, .decl = t->files[0]};
    fn.reg_of_sym = xmalloc(((size_t)t->nsyms + 1) * sizeof *fn.reg_of_sym);
    for (uint32_t i = 0; i <= t->nsyms; i++)
        fn.reg_of_sym[i] = -1;
    f->name = qualified_init(t->package);
    for (uint32_t i = 0; i < t->ninit_order; i++) {
        uint32_t sym = t->init_order[i];
        const Node *value = vi->value[sym];
        if (!value || !g->global_of_sym[sym])
            continue;
        fn.line = value->pos.line;
        Val v = expr(&fn, value);
        emit3(&fn, OP_SETGLOBAL, g->global_of_sym[sym] - 1, v.reg, 0);
        release(&fn, v.reg, v.temp);
    }
    emit3(&fn, OP_RETURN, 0, 0, 0);
    free(fn.reg_of_sym);
    free(fn.free_regs[0]);
    free(fn.free_regs[1]);
    return true;
}

static char *qualified(const char *pkg, const char *name)
{
    size_t n = strlen(pkg) + strlen(name) + 2;
    char *s = xmalloc(n);
    snprintf(s, n, "%s.%s", pkg, name);
    return s;
}

bool gen_package(const TypedAst *t, const char *source, Bytecode *b, Diag *d)
{
    Gen g = {.t = t, .b = b, .d = d};
    g.func_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.func_of_sym);
    g.global_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.global_of_sym);
    g.native_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.native_of_sym);
    g.bctype_of = xcalloc((size_t)t->ntypes + 1, sizeof *g.bctype_of);
    for (uint32_t i = t->ntypes; i-- > 0;)
        if (t->types[i].kind < TK_ARRAY)
            g.basic[t->types[i].kind] = i;
    b->package = xstrdup(t->package);
    b->source = xstrdup(source);
    VarInit vi = {xcalloc((size_t)t->nsyms + 1, sizeof *vi.value)};
    collect_globals(&g, &vi);
    /* Functions: every FuncDecl with a body, in source order. */
    const Node **decls = NULL;
    uint32_t ndecls = 0, cap = 0;
    for (uint32_t fi = 0; fi < t->nfiles; fi++) {
        const Node *file = t->files[fi];
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d0 = file->kids[i];
            if (d0->kind == AST_FUNC_DECL && d0->kids[FUNC_DECL_BODY]) {
                if (ndecls == cap) {
                    cap = cap ? 2 * cap : 16;
                    decls = xrealloc(decls, cap * sizeof *decls);
                }
                decls[ndecls++] = d0;
            }
        }
    }
    /* The package's functions, then the globals' initialiser (if any). */
    b->funcs = xcalloc(ndecls + 1, sizeof *b->funcs);
    b->nfuncs = ndecls;
    bool have_main = false;
    uint32_t *inits = xcalloc(ndecls + 1, sizeof *inits);
    for (uint32_t i = 0; i < ndecls; i++) {
        const TastFacts *x = facts(&g, decls[i]->kids[FUNC_DECL_NAME]);
        if (x && x->sym)
            g.func_of_sym[x->sym] = i + 1;
    }
    for (uint32_t i = 0; i < ndecls && !g.failed; i++) {
        const Node *name = decls[i]->kids[FUNC_DECL_NAME];
        const TastFacts *x = facts(&g, name);
        if (!x || !x->sym) {
            unsupported(&g, name, "a function the typed AST gives no symbol");
            continue;
        }
        const TastSymbol *s = &t->syms[x->sym - 1];
        b->funcs[i].name = qualified(t->package, s->name);
        gen_func(&g, decls[i], &b->funcs[i], s);
        if (strcmp(s->name, "main") == 0) {
            b->main = i;
            have_main = true;
        } else if (strcmp(s->name, "init") == 0) {
            inits[b->ninit++] = i;
        }
    }
    if (!g.failed && gen_var_init(&g, &vi, &b->funcs[ndecls])) {
        /* It runs first: init functions may read the globals. */
        memmove(inits + 1, inits, b->ninit * sizeof *inits);
        inits[0] = ndecls;
        b->ninit++;
        b->nfuncs++;
    }
    free(vi.value);
    for (uint32_t i = 0; i < b->nfuncs; i++)
        if (!b->funcs[i].name)
            b->funcs[i].name = xstrdup("?");
    b->init = inits;
    if (!have_main && !g.failed)
        unsupported(&g, t->nfiles ? t->files[0] : NULL, "a package without func main (libraries)");
    free(decls);
    free(g.func_of_sym);
    free(g.global_of_sym);
    free(g.native_of_sym);
    free(g.bctype_of);
    return !g.failed;
}
