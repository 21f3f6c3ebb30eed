/* gen_expr.c - expressions and the places values are stored (see
 * gen_int.h). */
#include "gen_int.h"

/* ==== small pieces ==================================================== */

Val new_temp(Fn *fn, uint32_t type)
{
    return (Val){temp(fn, tclass(fn->g, type)), true, false};
}

/* A copy of v for storing, unless v is already an object of its own. */
Val owned(Fn *fn, Val v, uint32_t type)
{
    if (!is_agg(fn->g, type) || v.fresh)
        return v;
    Val r = {temp(fn, BC_REF), true, true};
    emit3(fn, OP_CLONE, r.reg, v.reg, 0);
    release_val(fn, v);
    return r;
}

Val expr_owned(Fn *fn, const Node *e)
{
    return owned(fn, expr(fn, e), final_type(fn->g, e));
}

void zero(Fn *fn, uint32_t reg, uint32_t type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    if (k == VK_AGG)
        emit3(fn, OP_NEWAGG, reg, bc_type(g, type), 0);
    else if (vclass(k) == BC_REF)
        emit3(fn, OP_LOADNIL, reg, 0, 0);
    else if (k != VK_NONE)
        emit3(fn, OP_LOADI, reg, 0, 0);   /* 0, 0.0 and false are all zero bits */
    else
        unsupported(g, NULL, "variables of this type");
}

static Val load_const(Fn *fn, const Node *e, const TastConst *c, uint32_t type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    Val v = {temp(fn, vclass(k)), true, false};
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
            /* In long double, whose range holds numerators and
             * denominators double overflows on (math.SmallestNonzeroFloat64
             * is 1/2^1074). */
            const char *slash = strchr(c->text, '/');
            long double num = strtold(c->text, NULL), den = slash ? strtold(slash + 1, NULL) : 1.0L;
            f = (double)(num / den);
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
        /* A float constant given an integer type is whole (gocheck
         * checked): "5/1", an integer over 1. */
        const char *slash = c->kind == TC_RAT ? memchr(c->text, '/', c->len) : NULL;
        bool whole_rat = slash && (size_t)(slash - c->text) + 2 == c->len && slash[1] == '1';
        if (c->kind != TC_INT && !whole_rat) {
            unsupported(g, e, "this constant");
            return v;
        }
        /* The value fits its type (gocheck checked); uint64 as its bits. */
        load_int(fn, v.reg, k == VK_UINT ? (int64_t)strtoull(c->text, NULL, 10) : strtoll(c->text, NULL, 10));
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
    if (k != VK_INT && k != VK_UINT)
        return OP__COUNT;
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
Val binop(Fn *fn, const Node *e, TokKind op, uint32_t type, Val x, Val y)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    Opcode o = arith_op(op, k);
    if (o == OP__COUNT) {
        unsupported(g, e, "this operator on this type");
        return x;
    }
    Val r = {temp(fn, vclass(k)), true, false};
    emit3(fn, o, r.reg, x.reg, y.reg);
    int bits = (k == VK_INT || k == VK_UINT) ? wrap_bits(g, type) : 0;
    if (bits)
        emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)bits);
    if (k == VK_FLOAT && underlying(g, type)->kind == TK_FLOAT32)
        emit3(fn, OP_ROUND32, r.reg, r.reg, 0);
    release_val(fn, x);
    release_val(fn, y);
    return r;
}

/* x == y for the kinds that compare by one instruction. */
static Opcode equality_op(VKind k)
{
    switch (k) {
    case VK_INT: case VK_UINT: case VK_BOOL: return OP_EQ_INT;
    case VK_FLOAT: return OP_EQ_FLOAT;
    case VK_STRING: return OP_EQ_STRING;
    case VK_IFACE: return OP_EQ_IFACE;
    case VK_AGG: return OP_EQ_AGG;
    case VK_PTR_CELL: return OP_EQ_CELLREF;
    case VK_PTR_AGG: case VK_MAP: case VK_SLICE: case VK_CHAN: case VK_FUNC: return OP_EQ_REF;
    default: return OP__COUNT;
    }
}

Val comparison(Fn *fn, const Node *e, TokKind op, Val x, Val y, uint32_t operand_type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, operand_type);
    Val r = {temp(fn, BC_SCALAR), true, false};
    if (op == TOK_EQL || op == TOK_NEQ) {
        Opcode eq = equality_op(k);
        if (eq == OP__COUNT) {
            unsupported(g, e, "comparing values of this type");
            return r;
        }
        emit3(fn, eq, r.reg, x.reg, y.reg);
        if (op == TOK_NEQ)
            emit3(fn, OP_NOT, r.reg, r.reg, 0);
        release_val(fn, x);
        release_val(fn, y);
        return r;
    }
    Opcode lt, le;
    switch (k) {
    case VK_INT: lt = OP_LT_INT, le = OP_LE_INT; break;
    case VK_UINT: lt = OP_LT_UINT, le = OP_LE_UINT; break;
    case VK_FLOAT: lt = OP_LT_FLOAT, le = OP_LE_FLOAT; break;
    case VK_STRING: lt = OP_LT_STRING, le = OP__COUNT; break;
    default:
        unsupported(g, e, "ordering values of this type");
        return r;
    }
    switch (op) {
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
    release_val(fn, x);
    release_val(fn, y);
    return r;
}

static bool is_nil(Gen *g, const Node *e)
{
    const TastFacts *x = facts(g, e);
    return x && x->mode == TM_NIL;
}

/* x == nil and x != nil: one test of the reference. */
static Val nil_comparison(Fn *fn, TokKind op, const Node *x)
{
    Val v = expr(fn, x);
    Val r = {temp(fn, BC_SCALAR), true, false};
    emit3(fn, OP_ISNIL, r.reg, v.reg, 0);
    if (op == TOK_NEQ)
        emit3(fn, OP_NOT, r.reg, r.reg, 0);
    release_val(fn, v);
    return r;
}

/* && and ||: the right side runs only when it decides. */
static Val logical(Fn *fn, const Node *e)
{
    Val r = {temp(fn, BC_SCALAR), true, false};
    Val x = expr(fn, e->kids[BINARY_X]);
    emit3(fn, OP_MOVE, r.reg, x.reg, 0);
    release_val(fn, x);
    uint32_t skip = emit_jump(fn, e->op == TOK_LAND ? OP_JMPIFNOT : OP_JMPIF, r.reg);
    Val y = expr(fn, e->kids[BINARY_Y]);
    emit3(fn, OP_MOVE, r.reg, y.reg, 0);
    release_val(fn, y);
    patch_to(fn, skip, fn->f->ncode);
    return r;
}

/* ==== conversions ===================================================== */

static bool is_byte_or_rune_slice(Gen *g, uint32_t t, TastKind elem)
{
    const TastType *u = underlying(g, t);
    return u->kind == TK_SLICE && underlying(g, u->elem)->kind == elem;
}

Val to_iface(Fn *fn, Val v, uint32_t from, uint32_t to)
{
    Gen *g = fn->g;
    (void)to;
    if (vkind(g, from) == VK_IFACE)
        return v;   /* interface to interface: the same box */
    v = owned(fn, v, from);
    Val r = {temp(fn, BC_REF), true, false};
    emit3(fn, OP_MAKEIFACE, r.reg, v.reg, bc_type(g, from));
    release_val(fn, v);
    return r;
}

/* A value converted to type t (the typed AST's conv, or an explicit T(x)). */
Val convert(Fn *fn, const Node *e, Val v, uint32_t from, uint32_t to)
{
    Gen *g = fn->g;
    VKind fk = vkind(g, from), tk = vkind(g, to);
    if (tk == VK_IFACE)
        return to_iface(fn, v, default_type(g, from), to);
    if (tk == VK_STRING && (fk == VK_INT || fk == VK_UINT)) {
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, OP_RUNE2STR, r.reg, v.reg, 0);
        release_val(fn, v);
        return r;
    }
    if (tk == VK_STRING && fk == VK_SLICE) {
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, is_byte_or_rune_slice(g, from, TK_INT32) ? OP_RUNES2STR : OP_BYTES2STR, r.reg, v.reg, 0);
        release_val(fn, v);
        return r;
    }
    if (tk == VK_SLICE && fk == VK_STRING) {
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, is_byte_or_rune_slice(g, to, TK_INT32) ? OP_STR2RUNES : OP_STR2BYTES, r.reg, v.reg,
              bc_type(g, to));
        release_val(fn, v);
        return r;
    }
    bool numeric_from = fk == VK_INT || fk == VK_UINT || fk == VK_FLOAT;
    bool numeric_to = tk == VK_INT || tk == VK_UINT || tk == VK_FLOAT;
    if (!numeric_from || !numeric_to) {
        if (fk == tk && fk != VK_AGG && fk != VK_NONE)
            return v;   /* the same representation: a named type and its underlying type */
        if (fk == VK_AGG && tk == VK_AGG && bc_type(g, from) == bc_type(g, to))
            return v;
        if (fk == VK_AGG && tk == VK_AGG) {
            /* Between struct (or array) types of one underlying type: a
             * copy that carries the new type. */
            Val r = {temp(fn, BC_REF), true, false};
            emit3(fn, OP_NEWAGG, r.reg, bc_type(g, to), 0);
            emit3(fn, OP_COPYINTO, r.reg, v.reg, 0);
            release_val(fn, v);
            return r;
        }
        unsupported(g, e, "this conversion");
        return v;
    }
    if (fk == tk && wrap_bits(g, to) == 0 && underlying(g, to)->kind != TK_FLOAT32)
        return v;
    Val r = {temp(fn, vclass(tk)), true, false};
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
    } else {
        emit3(fn, OP_ROUND32, r.reg, v.reg, 0);
    }
    release_val(fn, v);
    return r;
}

/* ==== variables ======================================================= */

bool needs_cell(Gen *g, uint32_t sym)
{
    const TastSymbol *s = sym_of(g, sym);
    uint32_t shared = (1u << TSF_BIT_CAPTURED) | (1u << TSF_BIT_WRITTEN_AFTER_CAPTURE);
    return !is_agg(g, s->type) &&
           ((s->flags & (1u << TSF_BIT_ADDRESS_TAKEN)) || (s->flags & shared) == shared || g->force_cell[sym]);
}

uint32_t local_reg(Fn *fn, uint32_t sym)
{
    if (fn->reg_of_sym[sym] >= 0)
        return (uint32_t)fn->reg_of_sym[sym];
    Gen *g = fn->g;
    const TastSymbol *s = sym_of(g, sym);
    bool box = needs_cell(g, sym);
    uint32_t r = new_reg(fn, box ? BC_REF : tclass(g, s->type));
    fn->reg_of_sym[sym] = (int32_t)r;
    fn->boxed[sym] = box;
    return r;
}

void define_local(Fn *fn, uint32_t sym, Val v, bool has_value)
{
    Gen *g = fn->g;
    const TastSymbol *s = sym_of(g, sym);
    uint32_t r = local_reg(fn, sym);
    if (fn->boxed[sym]) {
        /* &x is taken somewhere: x lives in a cell, a new one for each
         * declaration (each loop iteration has its own x). */
        emit3(fn, OP_NEWCELL, r, bc_type(g, s->type), 0);
        if (has_value) {
            emit3(fn, tclass(g, s->type) == BC_REF ? OP_STOREREF_P : OP_STOREREF_R, r, v.reg, 0);
            release_val(fn, v);
        }
        return;
    }
    if (!has_value) {
        zero(fn, r, s->type);
        return;
    }
    v = owned(fn, v, s->type);
    if (v.reg != r)
        emit3(fn, OP_MOVE, r, v.reg, 0);
    release_val(fn, v);
}

/* ==== places ========================================================== */

static Val field_path(Fn *fn, Val base, uint32_t type, const TastSelection *sel, uint32_t upto, uint32_t *type_out);

Lv lvalue(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    e = unparen(e);
    const TastFacts *x = facts(g, e);
    Lv lv = {.kind = LV_BLANK, .type = x ? x->type : 0};
    switch ((AstKind)e->kind) {
    case AST_IDENT: {
        if (ast_text_is(e, "_"))
            return lv;
        uint32_t sym = x ? x->sym : 0;
        if (sym && g->global_of_sym[sym]) {
            lv.kind = LV_GLOBAL;
            lv.type = sym_of(g, sym)->type;
            lv.reg = g->global_of_sym[sym] - 1;
            return lv;
        }
        if (sym && sym_of(g, sym)->kind == TS_VAR) {
            lv.type = sym_of(g, sym)->type;
            lv.reg = local_reg(fn, sym);
            lv.kind = fn->boxed[sym] ? LV_CELL : LV_REG;
            lv.sym = sym;
            return lv;
        }
        break;
    }
    case AST_SELECTOR: {
        const TastSelection *sel = x && x->sel ? &g->t->sels[x->sel - 1] : NULL;
        if (sel && sel->kind == TSEL_PKG_MEMBER && global_ref(g, sel->sym)) {
            /* pkg.V = ...: an imported package's variable. */
            lv.kind = LV_GLOBAL;
            lv.type = sym_of(g, sel->sym)->type;
            lv.reg = global_ref(g, sel->sym) - 1;
            return lv;
        }
        if (!sel || sel->kind != TSEL_FIELD || sel->npath == 0)
            break;
        uint32_t t = final_type(g, e->kids[SELECTOR_X]);
        Val base = expr(fn, e->kids[SELECTOR_X]);
        uint32_t holder;
        lv.base = field_path(fn, base, t, sel, sel->npath - 1, &holder);
        lv.kind = LV_FIELD;
        lv.field = sel->path[sel->npath - 1];
        return lv;
    }
    case AST_INDEX: {
        uint32_t t = final_type(g, e->kids[INDEX_X]);
        VKind k = vkind(g, t);
        if (k == VK_MAP) {
            lv.kind = LV_MAP;
            lv.base = expr(fn, e->kids[INDEX_X]);
            lv.index = expr(fn, e->kids[INDEX_INDEX]);
            return lv;
        }
        if (k == VK_SLICE || k == VK_AGG || k == VK_PTR_AGG) {
            lv.kind = k == VK_SLICE ? LV_INDEXS : LV_INDEXA;
            lv.base = expr(fn, e->kids[INDEX_X]);
            lv.index = expr(fn, e->kids[INDEX_INDEX]);
            return lv;
        }
        break;
    }
    case AST_STAR:
        lv.kind = LV_DEREF;
        lv.base = expr(fn, e->kids[STAR_X]);
        return lv;
    default: break;
    }
    unsupported(g, e, "assigning to this");
    return lv;
}

void lv_release(Fn *fn, const Lv *lv)
{
    release_val(fn, lv->base);
    release_val(fn, lv->index);
}

static Opcode rp(Gen *g, uint32_t type, Opcode r_op, Opcode p_op)
{
    return tclass(g, type) == BC_REF ? p_op : r_op;
}

/* The place's value; a struct or array is the object in the place
 * (not fresh: whoever stores it copies it). */
Val lv_load(Fn *fn, const Lv *lv)
{
    Gen *g = fn->g;
    Val r = {0, true, false};
    switch (lv->kind) {
    case LV_REG: return (Val){lv->reg, false, false};
    case LV_BLANK: unsupported(g, NULL, "reading _"); return r;
    default: break;
    }
    r.reg = temp(fn, tclass(g, lv->type));
    switch (lv->kind) {
    case LV_CELL: emit3(fn, rp(g, lv->type, OP_LOADREF_R, OP_LOADREF_P), r.reg, lv->reg, 0); break;
    case LV_GLOBAL: emit3(fn, OP_GETGLOBAL, r.reg, lv->reg, 0); break;
    case LV_FIELD: emit3(fn, rp(g, lv->type, OP_GETFIELD_R, OP_GETFIELD_P), r.reg, lv->base.reg, lv->field); break;
    case LV_INDEXA: emit3(fn, rp(g, lv->type, OP_INDEXA_R, OP_INDEXA_P), r.reg, lv->base.reg, lv->index.reg); break;
    case LV_INDEXS: emit3(fn, rp(g, lv->type, OP_INDEXS_R, OP_INDEXS_P), r.reg, lv->base.reg, lv->index.reg); break;
    case LV_MAP:
        emit3(fn, rp(g, lv->type, OP_MAPGET_R, OP_MAPGET_P), r.reg, lv->base.reg, lv->index.reg);
        r.fresh = is_agg(g, lv->type);
        break;
    case LV_DEREF:
        if (is_agg(g, lv->type)) {
            emit3(fn, OP_NILCHECK, lv->base.reg, 0, 0);
            emit3(fn, OP_MOVE, r.reg, lv->base.reg, 0);   /* *p of a struct is p's object */
        } else {
            emit3(fn, rp(g, lv->type, OP_LOADREF_R, OP_LOADREF_P), r.reg, lv->base.reg, 0);
        }
        break;
    default: break;
    }
    return r;
}

/* When the last instruction computed the temporary v, let it write dst
 * instead, saving the MOVE: x = a + b becomes one ADD.  Only for
 * instructions whose A is a result and nothing else (not a call's
 * window), and not at a jump target (patched jumps land after it). */
static bool retarget(Fn *fn, Val v, uint32_t dst)
{
    BcFunc *f = fn->f;
    if (!fn->g->optimize || !v.temp || f->ncode == 0 || fn->label_here == f->ncode || f->classes[dst] != f->classes[v.reg])
        return false;
    Instr in = f->code[f->ncode - 1];
    Opcode op = instr_op(in);
    if (instr_a(in) != v.reg || op_noperands(op) == 0 || op_operand(op, 0) == OPK_TYPE ||
        (op_operand(op, 0) != OPK_REG && op_operand(op, 0) != OPK_PREG && op_operand(op, 0) != OPK_XREG))
        return false;
    switch (op) {
    case OP_CALL: case OP_CALLNATIVE: case OP_CALLIFACE: case OP_RETURN: case OP_SETGLOBAL: case OP_SLICE_STRING:
    case OP_APPEND: case OP_APPENDSL: case OP_APPENDSTR: case OP_COPYINTO: case OP_SETFIELD_R: case OP_SETFIELD_P:
    case OP_SETINDEXA_R: case OP_SETINDEXA_P: case OP_SETINDEXS_R: case OP_SETINDEXS_P: case OP_MAPSET:
    case OP_MAPDELETE: case OP_STOREREF_R: case OP_STOREREF_P: case OP_MAPGET2_R: case OP_MAPGET2_P:
    case OP_DECODERUNE: case OP_MAPNEXT: case OP_NILCHECK: case OP_CLONE:
    case OP_GO: case OP_SPAWN: case OP_SNAPSHOT: case OP_SEND: case OP_RECV2: case OP_CLOSE: case OP_SELSEND: case OP_SELRECV: case OP_SELECT:
        return false;
    default: break;
    }
    if (op_operand(op, op_noperands(op) - 1) == OPK_JUMP)
        return false;
    /* The instruction must not also read its own result register. */
    for (unsigned k = 1; k < op_noperands(op); k++) {
        OperandKind ok = op_operand(op, k);
        uint32_t val = k == 1 ? instr_b(in) : instr_c(in);
        if ((ok == OPK_REG || ok == OPK_PREG || ok == OPK_XREG) && val == dst)
            return false;
    }
    f->code[f->ncode - 1] = instr_make(op, (uint16_t)dst, instr_b(in), instr_c(in));
    return true;
}

void lv_store(Fn *fn, const Lv *lv, Val v)
{
    Gen *g = fn->g;
    bool agg = is_agg(g, lv->type);
    switch (lv->kind) {
    case LV_BLANK: break;
    case LV_REG: {
        const TastSymbol *s = sym_of(g, lv->sym);
        if (agg && !(v.fresh && !(s->flags & ((1u << TSF_BIT_ADDRESS_TAKEN) | (1u << TSF_BIT_CAPTURED))))) {
            /* Pointers may refer to the variable's object: assign in place. */
            emit3(fn, OP_COPYINTO, lv->reg, v.reg, 0);
        } else if (v.reg != lv->reg && !retarget(fn, v, lv->reg)) {
            emit3(fn, OP_MOVE, lv->reg, v.reg, 0);
        }
        break;
    }
    case LV_CELL: emit3(fn, rp(g, lv->type, OP_STOREREF_R, OP_STOREREF_P), lv->reg, v.reg, 0); break;
    case LV_GLOBAL:
        if (agg) {
            Val t = {temp(fn, BC_REF), true, false};
            emit3(fn, OP_GETGLOBAL, t.reg, lv->reg, 0);
            emit3(fn, OP_COPYINTO, t.reg, v.reg, 0);
            release_val(fn, t);
        } else {
            emit3(fn, OP_SETGLOBAL, lv->reg, v.reg, 0);
        }
        break;
    case LV_FIELD:
        if (agg) {
            Val t = {temp(fn, BC_REF), true, false};
            emit3(fn, OP_GETFIELD_P, t.reg, lv->base.reg, lv->field);
            emit3(fn, OP_COPYINTO, t.reg, v.reg, 0);
            release_val(fn, t);
        } else {
            emit3(fn, rp(g, lv->type, OP_SETFIELD_R, OP_SETFIELD_P), lv->base.reg, lv->field, v.reg);
        }
        break;
    case LV_INDEXA: case LV_INDEXS: {
        bool s = lv->kind == LV_INDEXS;
        if (agg) {
            Val t = {temp(fn, BC_REF), true, false};
            emit3(fn, s ? OP_INDEXS_P : OP_INDEXA_P, t.reg, lv->base.reg, lv->index.reg);
            emit3(fn, OP_COPYINTO, t.reg, v.reg, 0);
            release_val(fn, t);
        } else if (s) {
            emit3(fn, rp(g, lv->type, OP_SETINDEXS_R, OP_SETINDEXS_P), lv->base.reg, lv->index.reg, v.reg);
        } else {
            emit3(fn, rp(g, lv->type, OP_SETINDEXA_R, OP_SETINDEXA_P), lv->base.reg, lv->index.reg, v.reg);
        }
        break;
    }
    case LV_MAP:
        v = owned(fn, v, lv->type);
        emit3(fn, OP_MAPSET, lv->base.reg, lv->index.reg, v.reg);
        break;
    case LV_DEREF:
        if (agg)
            emit3(fn, OP_COPYINTO, lv->base.reg, v.reg, 0);
        else
            emit3(fn, rp(g, lv->type, OP_STOREREF_R, OP_STOREREF_P), lv->base.reg, v.reg, 0);
        break;
    }
    release_val(fn, v);
}

/* ==== selectors, indexing, slicing ==================================== */

/* Follows sel's path (embedded fields, then the field) from base for
 * its first upto steps; each step reads a field of a struct object
 * (or of the object a pointer names: the same thing here).  *type_out
 * is the type reached. */
static Val field_path(Fn *fn, Val base, uint32_t type, const TastSelection *sel, uint32_t upto, uint32_t *type_out)
{
    Gen *g = fn->g;
    for (uint32_t i = 0; i < upto; i++) {
        const TastType *u = underlying(g, type);
        if (u->kind == TK_POINTER)
            u = underlying(g, u->elem);
        if (u->kind != TK_STRUCT || sel->path[i] >= u->n) {
            unsupported(g, NULL, "this field path");
            break;
        }
        uint32_t ft = u->fields[sel->path[i]].type;
        Val r = {temp(fn, tclass(g, ft)), true, false};
        emit3(fn, tclass(g, ft) == BC_REF ? OP_GETFIELD_P : OP_GETFIELD_R, r.reg, base.reg, sel->path[i]);
        release_val(fn, base);
        base = r;
        type = ft;
    }
    *type_out = type;
    return base;
}

static Val selector(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const TastFacts *x = facts(g, e);
    const TastSelection *sel = x && x->sel ? &g->t->sels[x->sel - 1] : NULL;
    if (sel && sel->kind == TSEL_FIELD && sel->npath > 0) {
        uint32_t t = final_type(g, e->kids[SELECTOR_X]), holder;
        Val base = expr(fn, e->kids[SELECTOR_X]);
        Val obj = field_path(fn, base, t, sel, sel->npath - 1, &holder);
        Val r = {temp(fn, tclass(g, x->type)), true, false};
        emit3(fn, tclass(g, x->type) == BC_REF ? OP_GETFIELD_P : OP_GETFIELD_R, r.reg, obj.reg,
              sel->path[sel->npath - 1]);
        release_val(fn, obj);
        return r;
    }
    if (sel && sel->kind == TSEL_PKG_MEMBER) {
        const TastSymbol *s = sym_of(g, sel->sym);
        if (s && s->kind == TS_FUNC && s->native)
            return native_value(fn, sel->sym);
        if (s && s->kind == TS_FUNC && func_ref(g, sel->sym)) {
            Val v = {temp(fn, BC_REF), true, false};
            emit3(fn, OP_MAKECLOSURE, v.reg, func_ref(g, sel->sym) - 1, 0);
            return v;
        }
        if (s && s->kind == TS_VAR && global_ref(g, sel->sym)) {
            Lv lv = {.kind = LV_GLOBAL, .type = s->type, .reg = global_ref(g, sel->sym) - 1};
            return lv_load(fn, &lv);
        }
        if (s && s->kind == TS_VAR && s->native) {
            /* A standard-library variable (os.Args, os.Stdout): a native
             * of no arguments that gives its value. */
            uint32_t r = fn->f->nregs;
            new_reg(fn, tclass(g, s->type));
            emit3(fn, OP_CALLNATIVE, r, 0, native_index(g, sel->sym, NULL));
            return (Val){r, false, false};
        }
        unsupported(g, e, "this package member as a value");
        return (Val){0, false, false};
    }
    if (sel && sel->kind == TSEL_METHOD_EXPR && func_ref(g, sel->sym)) {
        /* T.M: the method's function, the receiver its first parameter. */
        Val v = {temp(fn, BC_REF), true, false};
        emit3(fn, OP_MAKECLOSURE, v.reg, func_ref(g, sel->sym) - 1, 0);
        return v;
    }
    if (sel && sel->kind == TSEL_METHOD_EXPR && vkind(g, final_type(g, e->kids[SELECTOR_X])) == VK_IFACE) {
        const Node *name = e->kids[SELECTOR_SEL];
        char *mname = xmalloc(name->text_len + 1);
        memcpy(mname, name->text, name->text_len);
        mname[name->text_len] = '\0';
        return iface_method_expr(fn, mname, x->type);
    }
    if (sel && sel->kind == TSEL_METHOD) {
        /* x.M: bound now to (a copy of) x's receiver. */
        const TastSymbol *m = sym_of(g, sel->sym);
        Val r = method_receiver(fn, e, sel, m->recv);
        if (is_agg(g, m->recv))
            r = owned(fn, r, m->recv);
        return method_value(fn, r, sel->sym, NULL, x->type);
    }
    if (sel && sel->kind == TSEL_IFACE_METHOD && sel->npath <= 1) {
        Val r = expr(fn, e->kids[SELECTOR_X]);
        const Node *name = e->kids[SELECTOR_SEL];
        char *mname = xmalloc(name->text_len + 1);
        memcpy(mname, name->text, name->text_len);
        mname[name->text_len] = '\0';
        return method_value(fn, r, 0, mname, x->type);   /* the wrapper owns mname */
    }
    unsupported(g, e, "this selector as a value");
    return (Val){0, false, false};
}

static Val index_expr(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    uint32_t t = final_type(g, e->kids[INDEX_X]);
    VKind k = vkind(g, t);
    if (k == VK_STRING) {
        Val s = expr(fn, e->kids[INDEX_X]);
        Val i = expr(fn, e->kids[INDEX_INDEX]);
        Val r = {temp(fn, BC_SCALAR), true, false};
        emit3(fn, OP_INDEX_STRING, r.reg, s.reg, i.reg);
        release_val(fn, s);
        release_val(fn, i);
        return r;
    }
    if (k == VK_SLICE || k == VK_AGG || k == VK_PTR_AGG || k == VK_MAP) {
        Lv lv = lvalue(fn, e);
        Val r = lv_load(fn, &lv);
        lv_release(fn, &lv);
        return r;
    }
    unsupported(g, e, "indexing this");
    return (Val){0, false, false};
}

/* Evaluates an optional bound into dst, or loads dflt (a register, or
 * -1 as a number when dflt_reg is UINT32_MAX and dflt_num given). */
static void bound(Fn *fn, const Node *e, uint32_t dst, uint32_t dflt_reg, int64_t dflt_num)
{
    if (e) {
        Val v = expr(fn, e);
        emit3(fn, OP_MOVE, dst, v.reg, 0);
        release_val(fn, v);
    } else if (dflt_reg != UINT32_MAX) {
        emit3(fn, OP_MOVE, dst, dflt_reg, 0);
    } else {
        load_int(fn, dst, dflt_num);
    }
}

static Val slice_expr(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    uint32_t t = final_type(g, e->kids[SLICE_X]);
    VKind k = vkind(g, t);
    Val x = expr(fn, e->kids[SLICE_X]);
    /* Three consecutive registers: low, high, max. */
    uint32_t lo = new_reg(fn, BC_SCALAR), hi = new_reg(fn, BC_SCALAR), mx = new_reg(fn, BC_SCALAR);
    (void)mx;
    bound(fn, e->kids[SLICE_LOW], lo, UINT32_MAX, 0);
    Val r = {temp(fn, BC_REF), true, false};
    if (k == VK_STRING) {
        if (!e->kids[SLICE_HIGH])
            emit3(fn, OP_LEN_STRING, hi, x.reg, 0);
        else
            bound(fn, e->kids[SLICE_HIGH], hi, UINT32_MAX, 0);
        emit3(fn, OP_SLICE_STRING, r.reg, x.reg, lo);
    } else if (k == VK_SLICE || k == VK_AGG || k == VK_PTR_AGG) {
        bool arr = k != VK_SLICE;
        if (!e->kids[SLICE_HIGH]) {
            if (arr) {
                const TastType *u = underlying(g, t);
                if (u->kind == TK_POINTER)
                    u = underlying(g, u->elem);
                load_int(fn, hi, u->len);
            } else {
                emit3(fn, OP_LEN_SLICE, hi, x.reg, 0);
            }
        } else {
            bound(fn, e->kids[SLICE_HIGH], hi, UINT32_MAX, 0);
        }
        bound(fn, e->kids[SLICE_MAX], mx, UINT32_MAX, -1);
        emit3(fn, arr ? OP_SLICEA : OP_SLICES, r.reg, x.reg, lo);
    } else {
        unsupported(g, e, "slicing this");
    }
    release_val(fn, x);
    return r;
}

/* ==== composite literals ============================================== */

/* The index each element of an array or slice literal goes to, and the
 * length: keys are constants (gocheck checked them). */
static int64_t literal_index(Gen *g, const Node *kv, int64_t next)
{
    if (kv->kind != AST_KEY_VALUE)
        return next;
    const TastFacts *x = facts(g, kv->kids[KEY_VALUE_KEY]);
    if (x && x->cval && g->t->consts[x->cval - 1].kind == TC_INT)
        return strtoll(g->t->consts[x->cval - 1].text, NULL, 10);
    return next;
}

/* &v for a value that is not a struct or array: a new cell holding it
 * (&[]int{1} is a *[]int like any other). */
static Val in_new_cell(Fn *fn, Val v, uint32_t t)
{
    Gen *g = fn->g;
    Val c = {temp(fn, BC_REF), true, false};
    emit3(fn, OP_NEWCELL, c.reg, bc_type(g, t), 0);
    emit3(fn, tclass(g, t) == BC_REF ? OP_STOREREF_P : OP_STOREREF_R, c.reg, v.reg, 0);
    release_val(fn, v);
    return c;
}

static Val composite(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const TastFacts *x = facts(g, e);
    uint32_t t = x ? x->type : 0;
    const TastType *tt = &g->t->types[g->t->types[t].canon];
    bool addr = tt->kind == TK_POINTER;   /* an elided &T{...} */
    if (addr)
        t = tt->elem;
    const TastType *u = underlying(g, t);
    uint32_t nelts = e->nkids - COMPOSITE_LIT_ELTS;
    Val r = {temp(fn, BC_REF), true, true};
    switch (u->kind) {
    case TK_STRUCT: {
        emit3(fn, OP_NEWAGG, r.reg, bc_type(g, t), 0);
        /* Elements with calls first, as Go's compiler orders them (a
         * variable is read after the calls that may change it). */
        for (uint32_t k = 0; k < 2 * nelts; k++) {
            uint32_t i = k % nelts;
            const Node *el = e->kids[COMPOSITE_LIT_ELTS + i];
            if (has_call(el) != (k < nelts))
                continue;
            uint32_t field = i;
            const Node *value = el;
            if (el->kind == AST_KEY_VALUE) {
                const Node *key = el->kids[KEY_VALUE_KEY];
                value = el->kids[KEY_VALUE_VALUE];
                field = UINT32_MAX;
                for (uint32_t f = 0; f < u->n; f++)
                    if (key->kind == AST_IDENT && ast_text_is(key, u->fields[f].name))
                        field = f;
                if (field == UINT32_MAX) {
                    unsupported(g, el, "this field key");
                    continue;
                }
            }
            uint32_t ft = u->fields[field].type;
            /* A new struct: its fields can take new objects outright. */
            Val v = expr_owned(fn, value);
            emit3(fn, tclass(g, ft) == BC_REF ? OP_SETFIELD_P : OP_SETFIELD_R, r.reg, field, v.reg);
            release_val(fn, v);
        }
        break;
    }
    case TK_ARRAY: case TK_SLICE: {
        bool slice = u->kind == TK_SLICE;
        int64_t len = u->len, next = 0, max = 0;
        for (uint32_t i = 0; i < nelts; i++) {
            next = literal_index(g, e->kids[COMPOSITE_LIT_ELTS + i], next) + 1;
            if (next > max)
                max = next;
        }
        if (slice) {
            len = max;
            uint32_t n = new_reg(fn, BC_SCALAR), c = new_reg(fn, BC_SCALAR);
            load_int(fn, n, len);
            emit3(fn, OP_MOVE, c, n, 0);
            emit3(fn, OP_MAKESLICE, r.reg, n, bc_type(g, t));
        } else {
            emit3(fn, OP_NEWAGG, r.reg, bc_type(g, t), 0);
        }
        Lv lv = {.kind = slice ? LV_INDEXS : LV_INDEXA, .type = u->elem, .base = {r.reg, false, false}};
        lv.index = (Val){temp(fn, BC_SCALAR), true, false};
        for (int pass = 0; pass < 2; pass++) {
            next = 0;
            for (uint32_t i = 0; i < nelts; i++) {
                const Node *el = e->kids[COMPOSITE_LIT_ELTS + i];
                int64_t at = literal_index(g, el, next);
                next = at + 1;
                if (has_call(el) != (pass == 0))
                    continue;   /* calls first, as for a struct */
                load_int(fn, lv.index.reg, at);
                lv_store(fn, &lv, expr(fn, el->kind == AST_KEY_VALUE ? el->kids[KEY_VALUE_VALUE] : el));
            }
        }
        release_val(fn, lv.index);
        break;
    }
    case TK_MAP: {
        emit3(fn, OP_MAKEMAP, r.reg, bc_type(g, t), 0);
        Lv lv = {.kind = LV_MAP, .type = u->elem, .base = {r.reg, false, false}};
        for (uint32_t i = 0; i < nelts; i++) {
            const Node *el = e->kids[COMPOSITE_LIT_ELTS + i];
            if (el->kind != AST_KEY_VALUE) {
                unsupported(g, el, "this map element");
                continue;
            }
            lv.index = expr_owned(fn, el->kids[KEY_VALUE_KEY]);
            lv_store(fn, &lv, expr(fn, el->kids[KEY_VALUE_VALUE]));
            release_val(fn, lv.index);
        }
        break;
    }
    default:
        unsupported(g, e, "a composite literal of this type");
        break;
    }
    if (addr && vkind(g, t) != VK_AGG)
        return in_new_cell(fn, r, t);
    return r;
}

/* &x: for a struct or array the object itself; else a cell. */
static Val address_of(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const Node *x = unparen(e->kids[UNARY_X]);
    uint32_t t = final_type(g, x);
    if (x->kind == AST_COMPOSITE_LIT)
        return is_agg(g, t) ? composite(fn, x) : in_new_cell(fn, composite(fn, x), t);
    if (is_agg(g, t)) {
        Lv lv = lvalue(fn, x);
        Val v = lv_load(fn, &lv);
        lv_release(fn, &lv);
        v.fresh = false;
        return v;
    }
    Lv lv = lvalue(fn, x);
    Val r = {temp(fn, BC_REF), true, false};
    switch (lv.kind) {
    case LV_CELL: emit3(fn, OP_MOVE, r.reg, lv.reg, 0); break;
    case LV_FIELD: emit3(fn, OP_REFFIELD, r.reg, lv.base.reg, lv.field); break;
    case LV_INDEXS: emit3(fn, OP_REFINDEXS, r.reg, lv.base.reg, lv.index.reg); break;
    case LV_INDEXA: emit3(fn, OP_REFINDEXA, r.reg, lv.base.reg, lv.index.reg); break;
    case LV_DEREF: emit3(fn, OP_MOVE, r.reg, lv.base.reg, 0); break;
    default: unsupported(g, e, "taking this address"); break;
    }
    lv_release(fn, &lv);
    return r;
}

/* x.(T) as one value: panics when x's dynamic type is not T. */
static Val type_assert(Fn *fn, const Node *e, bool comma_ok)
{
    Gen *g = fn->g;
    const TastFacts *tf = facts(g, e->kids[TYPE_ASSERT_TYPE]);
    uint32_t target = tf ? tf->type : 0, from = final_type(g, e->kids[TYPE_ASSERT_X]);
    bool iface = vkind(g, target) == VK_IFACE;
    Val x = expr(fn, e->kids[TYPE_ASSERT_X]);
    /* comma-ok: value and ok in consecutive registers. */
    uint32_t vreg = comma_ok ? new_reg(fn, tclass(g, target)) : temp(fn, tclass(g, target));
    uint32_t ok = comma_ok ? new_reg(fn, BC_SCALAR) : temp(fn, BC_SCALAR);
    emit3(fn, iface ? OP_IMPLEMENTS : OP_HASTYPE, ok, x.reg, bc_type(g, target));
    if (!comma_ok) {
        uint32_t skip = emit_jump(fn, OP_JMPIF, ok);
        emit3(fn, OP_PANICASSERT, bc_type(g, from), x.reg, bc_type(g, target));
        patch_to(fn, skip, fn->f->ncode);
        release(fn, ok, true);
    }
    if (iface) {
        /* An interface from an interface: the same box, or nil. */
        if (comma_ok) {
            emit3(fn, OP_LOADNIL, vreg, 0, 0);
            uint32_t skip = emit_jump(fn, OP_JMPIFNOT, ok);
            emit3(fn, OP_MOVE, vreg, x.reg, 0);
            patch_to(fn, skip, fn->f->ncode);
        } else {
            emit3(fn, OP_MOVE, vreg, x.reg, 0);
        }
    } else {
        emit3(fn, OP_UNBOX, vreg, x.reg, bc_type(g, target));
    }
    release_val(fn, x);
    return (Val){vreg, !comma_ok, is_agg(g, target)};
}

/* ==== expressions ===================================================== */

/* <-ch, and v, ok := <-ch (with_ok: the flag in the register after). */
Val receive(Fn *fn, const Node *e, bool with_ok)
{
    Gen *g = fn->g;
    const TastType *u = underlying(g, final_type(g, e->kids[UNARY_X]));
    Val c = expr(fn, e->kids[UNARY_X]);
    Val r = {new_reg(fn, tclass(g, u->elem)), true, is_agg(g, u->elem)};
    if (with_ok) {
        r.temp = false;   /* the pair is the caller's, as assign_multi takes it */
        new_reg(fn, BC_SCALAR);
    }
    emit3(fn, with_ok ? OP_RECV2 : OP_RECV, r.reg, c.reg, 0);
    release_val(fn, c);
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
        Val v = {temp(fn, BC_REF), true, false};
        emit3(fn, OP_LOADNIL, v.reg, 0, 0);
        return v;
    }
    switch ((AstKind)e->kind) {
    case AST_PAREN: return expr(fn, e->kids[PAREN_X]);
    case AST_IDENT: {
        uint32_t sym = x ? x->sym : 0;
        const TastSymbol *s = sym_of(g, sym);
        if (s && s->kind == TS_VAR && (fn->reg_of_sym[sym] >= 0 || !s->global) && !g->global_of_sym[sym]) {
            Lv lv = {.kind = LV_REG, .type = s->type, .reg = local_reg(fn, sym), .sym = sym};
            if (fn->boxed[sym])
                lv.kind = LV_CELL;
            return lv_load(fn, &lv);
        }
        if (sym && g->global_of_sym[sym]) {
            Lv lv = {.kind = LV_GLOBAL, .type = s->type, .reg = g->global_of_sym[sym] - 1};
            return lv_load(fn, &lv);
        }
        if (s && s->kind == TS_FUNC && func_ref(g, sym)) {
            /* A function as a value: a closure capturing nothing. */
            Val v = {temp(fn, BC_REF), true, false};
            emit3(fn, OP_MAKECLOSURE, v.reg, func_ref(g, sym) - 1, 0);
            return v;
        }
        unsupported(g, e, s && s->kind == TS_FUNC ? "this function as a value" : "this name as a value");
        return (Val){0, false, false};
    }
    case AST_BINARY: {
        TokKind op = (TokKind)e->op;
        if (op == TOK_LAND || op == TOK_LOR)
            return logical(fn, e);
        bool cmp = op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR || op == TOK_GEQ;
        if ((op == TOK_EQL || op == TOK_NEQ) && (is_nil(g, e->kids[BINARY_X]) || is_nil(g, e->kids[BINARY_Y])))
            return nil_comparison(fn, op, is_nil(g, e->kids[BINARY_X]) ? e->kids[BINARY_Y] : e->kids[BINARY_X]);
        VKind k = vkind(g, x ? x->type : 0);
        const TastFacts *yf = facts(g, e->kids[BINARY_Y]);
        if (g->optimize && !cmp && (op == TOK_ADD || op == TOK_SUB) && (k == VK_INT || k == VK_UINT) && yf && yf->cval &&
            g->t->consts[yf->cval - 1].kind == TC_INT) {
            /* x + 5: the constant inside the instruction. */
            long long c = strtoll(g->t->consts[yf->cval - 1].text, NULL, 10);
            if (op == TOK_SUB)
                c = -c;
            if (c >= INT16_MIN && c <= INT16_MAX) {
                Val a = expr(fn, e->kids[BINARY_X]);
                Val r = {temp(fn, BC_SCALAR), true, false};
                emit3(fn, OP_ADDI_INT, r.reg, a.reg, (uint16_t)(int16_t)c);
                if (wrap_bits(g, x->type))
                    emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, x->type));
                release_val(fn, a);
                return r;
            }
        }
        Val a = expr(fn, e->kids[BINARY_X]);
        Val b = expr(fn, e->kids[BINARY_Y]);
        if (cmp) {
            /* An interface compared with a value of another type: the
             * value is converted to the interface (Go's spec). */
            uint32_t xt = final_type(g, e->kids[BINARY_X]), yt = final_type(g, e->kids[BINARY_Y]);
            if (vkind(g, xt) == VK_IFACE && vkind(g, yt) != VK_IFACE)
                b = to_iface(fn, b, default_type(g, yt), xt);
            else if (vkind(g, yt) == VK_IFACE && vkind(g, xt) != VK_IFACE) {
                a = to_iface(fn, a, default_type(g, xt), yt);
                xt = yt;
            }
            return comparison(fn, e, op, a, b, xt);
        }
        return binop(fn, e, op, x ? x->type : 0, a, b);
    }
    case AST_UNARY: {
        if (e->op == TOK_AND)
            return address_of(fn, e);
        if (e->op == TOK_ARROW)
            return receive(fn, e, false);
        Val a = expr(fn, e->kids[UNARY_X]);
        VKind k = vkind(g, x ? x->type : 0);
        Val r = {temp(fn, vclass(k)), true, false};
        switch ((TokKind)e->op) {
        case TOK_SUB: emit3(fn, k == VK_FLOAT ? OP_NEG_FLOAT : OP_NEG_INT, r.reg, a.reg, 0); break;
        case TOK_ADD: emit3(fn, OP_MOVE, r.reg, a.reg, 0); break;
        case TOK_NOT: emit3(fn, OP_NOT, r.reg, a.reg, 0); break;
        case TOK_XOR: emit3(fn, OP_NOT_BITS, r.reg, a.reg, 0); break;
        default: unsupported(g, e, "this unary operator"); break;
        }
        if ((k == VK_INT || k == VK_UINT) && wrap_bits(g, x->type))
            emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, x->type));
        release_val(fn, a);
        return r;
    }
    case AST_STAR: {
        Lv lv = lvalue(fn, e);
        Val r = lv_load(fn, &lv);
        lv_release(fn, &lv);
        return r;
    }
    case AST_SELECTOR: return selector(fn, e);
    case AST_INDEX: return index_expr(fn, e);
    case AST_SLICE: return slice_expr(fn, e);
    case AST_COMPOSITE_LIT: return composite(fn, e);
    case AST_TYPE_ASSERT: return type_assert(fn, e, false);
    case AST_CALL: return call_expr(fn, e, 1);
    case AST_FUNC_LIT: return func_lit(fn, e);
    default:
        unsupported(g, e, ast_display_name((AstKind)e->kind));
        return (Val){0, false, false};
    }
}

/* An expression's value, with the typed AST's implicit conversion. */
Val expr(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    for (uint32_t i = 0; i < fn->ntaken; i++)
        if (fn->taken[i] == e)
            return (Val){i, false, false};   /* converted when it was taken */
    const TastFacts *x = facts(g, e);
    Val v = expr_raw(fn, e);
    if (!x || !x->conv || x->mode == TM_NIL)
        return v;
    VKind from = vkind(g, x->type), to = vkind(g, x->conv);
    if (to == VK_IFACE && from != VK_IFACE)
        return to_iface(fn, v, default_type(g, x->type), x->conv);
    if (!x->cval && from != VK_NONE && to != VK_NONE && to != VK_IFACE && from != to)
        return convert(fn, e, v, x->type, x->conv);
    if (!x->cval && (from == VK_INT || from == VK_UINT || from == VK_FLOAT) && from == to)
        return convert(fn, e, v, x->type, x->conv);
    if (from == VK_AGG && to == VK_AGG && bc_type(g, x->type) != bc_type(g, x->conv))
        return convert(fn, e, v, x->type, x->conv);   /* struct { X int } to a named struct type */
    return v;
}

/* Used by statements for v, ok := x.(T). */
Val type_assert_ok(Fn *fn, const Node *e);
Val type_assert_ok(Fn *fn, const Node *e)
{
    return type_assert(fn, e, true);
}
