/* gen_stmt.c - statements (see gen_int.h). */
#include "gen_int.h"

Val type_assert_ok(Fn *fn, const Node *e);

void block(Fn *fn, const Node *b)
{
    for (uint32_t i = 0; i < b->nkids; i++)
        stmt(fn, b->kids[i]);
}

static uint32_t sym_at(Gen *g, const Node *n)
{
    const TastFacts *x = facts(g, n);
    return x ? x->sym : 0;
}

/* Is this left side of := a variable it declares (not _, not one
 * declared before)? */
static bool declares(Fn *fn, const Node *l)
{
    uint32_t sym = sym_at(fn->g, l);
    return l->kind == AST_IDENT && !ast_text_is(l, "_") && sym && fn->reg_of_sym[sym] < 0 &&
           !fn->g->global_of_sym[sym];
}

/* Stores v into the left side l of an assignment or definition. */
static void assign_to(Fn *fn, const Node *l, bool define, Val v)
{
    if (define && declares(fn, l)) {
        define_local(fn, sym_at(fn->g, l), v, true);
        return;
    }
    Lv lv = lvalue(fn, l);
    lv_store(fn, &lv, v);
    lv_release(fn, &lv);
}

/* v converted from type from to what l holds, as an assignment does. */
static Val assignable(Fn *fn, const Node *l, Val v, uint32_t from)
{
    Gen *g = fn->g;
    uint32_t to = facts(g, l) ? facts(g, l)->type : 0;
    if (to && vkind(g, to) == VK_IFACE && vkind(g, from) != VK_IFACE)
        return to_iface(fn, v, from, to);
    return v;
}

/* a, b = f(), v, ok = m[k], v, ok = x.(T): one right side, several values. */
static void assign_multi(Fn *fn, const Node *s, bool define)
{
    Gen *g = fn->g;
    const Node *lhs = s->kids[ASSIGN_LHS];
    const Node *r = unparen(s->kids[ASSIGN_RHS]->kids[0]);
    uint32_t n = lhs->nkids;
    Val first = {0, false, false};
    uint32_t *types = xcalloc(n, sizeof *types);
    if (r->kind == AST_CALL) {
        first = call_expr(fn, r, n);
        const TastType *sig = underlying(g, final_type(g, r->kids[CALL_FUN]));
        const TastType *res = &g->t->types[sig->results];
        for (uint32_t i = 0; i < n && i < res->n; i++)
            types[i] = res->ids[i];
    } else if (r->kind == AST_INDEX) {
        /* v, ok := m[k] */
        const TastType *u = underlying(g, final_type(g, r->kids[INDEX_X]));
        Val m = expr(fn, r->kids[INDEX_X]);
        Val k = expr(fn, r->kids[INDEX_INDEX]);
        uint32_t v = new_reg(fn, tclass(g, u->elem));
        new_reg(fn, BC_SCALAR);
        emit3(fn, tclass(g, u->elem) == BC_REF ? OP_MAPGET2_P : OP_MAPGET2_R, v, m.reg, k.reg);
        release_val(fn, m);
        release_val(fn, k);
        first = (Val){v, false, is_agg(g, u->elem)};
        types[0] = u->elem;
        types[1] = g->basic[TK_BOOL];
    } else if (r->kind == AST_UNARY && r->op == TOK_ARROW) {
        /* v, ok := <-ch */
        const TastType *u = underlying(g, final_type(g, r->kids[UNARY_X]));
        first = receive(fn, r, true);
        types[0] = u->elem;
        types[1] = g->basic[TK_BOOL];
    } else if (r->kind == AST_TYPE_ASSERT) {
        first = type_assert_ok(fn, r);
        const TastFacts *tf = facts(g, r->kids[TYPE_ASSERT_TYPE]);
        types[0] = tf ? tf->type : 0;
        types[1] = g->basic[TK_BOOL];
    } else {
        unsupported(g, s, "this assignment");
        free(types);
        return;
    }
    /* The left sides' places first (their operands are evaluated before
     * any is assigned), then the values. */
    for (uint32_t i = 0; i < n; i++) {
        const Node *l = lhs->kids[i];
        Val v = {first.reg + i, false, i == 0 ? first.fresh : true};
        if (types[i])
            v = assignable(fn, l, v, types[i]);
        assign_to(fn, l, define, v);
    }
    free(types);
}

/* A variable's register used as an operand, copied to a temporary. */
static void pin(Fn *fn, Val *v)
{
    if (v->temp)
        return;
    Val c = {temp(fn, (BcClass)fn->f->classes[v->reg]), true, false};
    emit3(fn, OP_MOVE, c.reg, v->reg, 0);
    *v = c;
}

static void assign(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *lhs = s->kids[ASSIGN_LHS], *rhs = s->kids[ASSIGN_RHS];
    TokKind op = (TokKind)s->op;
    bool define = op == TOK_DEFINE;
    if (lhs->nkids != rhs->nkids) {
        assign_multi(fn, s, define);
        return;
    }
    if (op != TOK_ASSIGN && op != TOK_DEFINE) {
        /* x op= y: the place once, then its value op y. */
        Lv lv = lvalue(fn, lhs->kids[0]);
        Val a = lv_load(fn, &lv);
        Val b = expr(fn, rhs->kids[0]);
        lv_store(fn, &lv, binop(fn, s, tok_assign_of(op), lv.type, a, b));
        lv_release(fn, &lv);
        return;
    }
    if (lhs->nkids == 1) {
        const Node *l = lhs->kids[0];
        if (define && declares(fn, l)) {
            define_local(fn, sym_at(g, l), expr(fn, rhs->kids[0]), true);
            return;
        }
        Lv lv = lvalue(fn, l);
        lv_store(fn, &lv, expr(fn, rhs->kids[0]));
        lv_release(fn, &lv);
        return;
    }
    /* a, b = b, a: the places, then every right side (copied, since a
     * store may change what a later one reads), then the stores. */
    uint32_t n = lhs->nkids;
    Lv *lvs = xcalloc(n, sizeof *lvs);
    bool *def = xcalloc(n, sizeof *def);
    for (uint32_t i = 0; i < n; i++) {
        def[i] = define && declares(fn, lhs->kids[i]);
        if (!def[i]) {
            lvs[i] = lvalue(fn, lhs->kids[i]);
            /* The places' operands are fixed now: an earlier store in
             * this assignment must not move them (h, h.next = h.next, x). */
            LvKind k = lvs[i].kind;
            if (k == LV_FIELD || k == LV_INDEXA || k == LV_INDEXS || k == LV_MAP || k == LV_DEREF)
                pin(fn, &lvs[i].base);
            if (k == LV_INDEXA || k == LV_INDEXS || k == LV_MAP)
                pin(fn, &lvs[i].index);
        }
    }
    Val *vals = xmalloc(n * sizeof *vals);
    for (uint32_t i = 0; i < n; i++) {
        Val v = expr(fn, rhs->kids[i]);
        uint32_t t = final_type(g, rhs->kids[i]);
        if (is_agg(g, t)) {
            v = owned(fn, v, t);
        } else if (!v.temp) {
            Val c = {temp(fn, (BcClass)fn->f->classes[v.reg]), true, false};
            emit3(fn, OP_MOVE, c.reg, v.reg, 0);
            v = c;
        }
        vals[i] = v;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (def[i]) {
            define_local(fn, sym_at(g, lhs->kids[i]), vals[i], true);
        } else {
            lv_store(fn, &lvs[i], vals[i]);
            lv_release(fn, &lvs[i]);
        }
    }
    free(vals);
    free(lvs);
    free(def);
}

static void var_decl(Fn *fn, const Node *gen)
{
    Gen *g = fn->g;
    if (gen->op != TOK_VAR)
        return;   /* constants are folded into their uses; types need no code */
    for (uint32_t i = 0; i < gen->nkids; i++) {
        const Node *spec = gen->kids[i], *names = spec->kids[VALUE_SPEC_NAMES], *values = spec->kids[VALUE_SPEC_VALUES];
        if (values && values->nkids != names->nkids) {
            /* var a, b = f() */
            const Node *call = unparen(values->kids[0]);
            if (call->kind != AST_CALL) {
                unsupported(g, spec, "this declaration");
                continue;
            }
            Val first = call_expr(fn, call, names->nkids);
            const TastType *sig = underlying(g, final_type(g, call->kids[CALL_FUN]));
            const TastType *res = &g->t->types[sig->results];
            for (uint32_t k = 0; k < names->nkids; k++) {
                uint32_t sym = sym_at(g, names->kids[k]);
                if (!sym)
                    continue;
                Val v = {first.reg + k, false, true};
                if (k < res->n)
                    v = assignable(fn, names->kids[k], v, res->ids[k]);
                define_local(fn, sym, v, true);
            }
            continue;
        }
        for (uint32_t k = 0; k < names->nkids; k++) {
            uint32_t sym = sym_at(g, names->kids[k]);
            Val v = {0, false, false};
            if (values)
                v = expr(fn, values->kids[k]);
            if (!sym) {
                release_val(fn, v);
                continue;
            }
            define_local(fn, sym, v, values != NULL);
        }
    }
}

static void cond_jump_false(Fn *fn, const Node *cond, Patch *out)
{
    Val c = expr(fn, cond);
    patch_push(out, emit_jump(fn, OP_JMPIFNOT, c.reg));
    release_val(fn, c);
}

/* ==== loops and what break and continue leave ========================= */

static Loop *push_loop(Fn *fn, bool is_loop)
{
    if (fn->nloops == fn->loopcap) {
        fn->loopcap = fn->loopcap ? 2 * fn->loopcap : 8;
        fn->loops = xrealloc(fn->loops, fn->loopcap * sizeof *fn->loops);
    }
    Loop *l = &fn->loops[fn->nloops++];
    *l = (Loop){.label = fn->pending_label, .is_loop = is_loop};
    fn->pending_label = NULL;
    return l;
}

/* Ends the innermost loop or switch: its breaks land here, its
 * continues at cont. */
static void pop_loop(Fn *fn, uint32_t cont)
{
    Loop l = fn->loops[--fn->nloops];
    if (l.continues.n)
        patch_all(fn, &l.continues, cont);
    free(l.continues.at);
    patch_all(fn, &l.breaks, fn->f->ncode);
}

/* Go 1.22: each iteration has its own loop variable.  A variable in a
 * cell (its address taken, or captured) gets a new cell holding the
 * last value before the post statement. */
static void renew_loop_vars(Fn *fn, const Node *init)
{
    Gen *g = fn->g;
    if (!init || init->kind != AST_ASSIGN || init->op != TOK_DEFINE)
        return;
    const Node *lhs = init->kids[ASSIGN_LHS];
    for (uint32_t i = 0; i < lhs->nkids; i++) {
        uint32_t sym = sym_at(g, lhs->kids[i]);
        if (!sym || fn->reg_of_sym[sym] < 0 || !fn->boxed[sym])
            continue;
        uint32_t r = (uint32_t)fn->reg_of_sym[sym], t = sym_of(g, sym)->type;
        Val v = new_temp(fn, t);
        emit3(fn, tclass(g, t) == BC_REF ? OP_LOADREF_P : OP_LOADREF_R, v.reg, r, 0);
        emit3(fn, OP_NEWCELL, r, bc_type(g, t), 0);
        emit3(fn, tclass(g, t) == BC_REF ? OP_STOREREF_P : OP_STOREREF_R, r, v.reg, 0);
        release_val(fn, v);
    }
}

static void for_stmt(Fn *fn, const Node *s)
{
    if (s->kids[FOR_INIT])
        stmt(fn, s->kids[FOR_INIT]);
    uint32_t top = fn->f->ncode;
    fn->label_here = top;
    Patch exit = {0};
    if (s->kids[FOR_COND])
        cond_jump_false(fn, s->kids[FOR_COND], &exit);
    push_loop(fn, true);
    block(fn, s->kids[FOR_BODY]);
    Loop *l = &fn->loops[fn->nloops - 1];
    patch_all(fn, &l->continues, fn->f->ncode);
    renew_loop_vars(fn, s->kids[FOR_INIT]);
    if (s->kids[FOR_POST])
        stmt(fn, s->kids[FOR_POST]);
    uint32_t back = emit_jump(fn, OP_JMP, 0);
    patch_to(fn, back, top);
    patch_all(fn, &exit, fn->f->ncode);
    pop_loop(fn, fn->f->ncode);
}

/* The range statement's key and value: declared anew each iteration
 * (:=), or assigned (=). */
static void range_bind(Fn *fn, const Node *s, const Node *var, Val v)
{
    if (!var || (var->kind == AST_IDENT && ast_text_is(var, "_"))) {
        release_val(fn, v);
        return;
    }
    assign_to(fn, var, s->op == TOK_DEFINE, v);
}

static void range_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *key = s->kids[RANGE_KEY], *value = s->kids[RANGE_VALUE], *xn = s->kids[RANGE_X];
    uint32_t t = final_type(g, xn);
    const TastType *u = underlying(g, t);
    VKind k = vkind(g, t);
    bool want_value = value && !(value->kind == AST_IDENT && ast_text_is(value, "_"));
    Val x = expr(fn, xn);
    /* The range expression, evaluated once; an array is copied (Go
     * ranges over a copy) when its elements are used. */
    uint32_t xr = new_reg(fn, tclass(g, t));
    if (k == VK_AGG && want_value)
        emit3(fn, OP_CLONE, xr, x.reg, 0);
    else
        emit3(fn, OP_MOVE, xr, x.reg, 0);
    release_val(fn, x);
    if (k == VK_CHAN) {
        /* Receive until the channel is closed and drained. */
        uint32_t vr = new_reg(fn, tclass(g, u->elem));
        uint32_t ok = new_reg(fn, BC_SCALAR);
        uint32_t top = fn->f->ncode;
        fn->label_here = top;
        emit3(fn, OP_RECV2, vr, xr, 0);
        uint32_t done = emit_jump(fn, OP_JMPIFNOT, ok);
        push_loop(fn, true);
        range_bind(fn, s, key, (Val){vr, false, is_agg(g, u->elem)});
        block(fn, s->kids[RANGE_BODY]);
        uint32_t back = emit_jump(fn, OP_JMP, 0);
        patch_to(fn, back, top);
        patch_to(fn, done, fn->f->ncode);
        pop_loop(fn, top);
        return;
    }
    if (k == VK_MAP) {
        /* MAPNEXT writes the key and value after the iterator. */
        uint32_t it = new_reg(fn, BC_REF);
        uint32_t kr = new_reg(fn, tclass(g, u->key)), vr = new_reg(fn, tclass(g, u->elem));
        emit3(fn, OP_MAPITER, it, xr, 0);
        uint32_t top = fn->f->ncode;
        fn->label_here = top;
        uint32_t done = emit_jump(fn, OP_MAPNEXT, it);
        push_loop(fn, true);
        range_bind(fn, s, key, (Val){kr, false, true});
        if (want_value)
            range_bind(fn, s, value, (Val){vr, false, true});
        block(fn, s->kids[RANGE_BODY]);
        uint32_t back = emit_jump(fn, OP_JMP, 0);
        patch_to(fn, back, top);
        patch_to(fn, done, fn->f->ncode);
        pop_loop(fn, top);
        return;
    }
    /* An index counting up to the length. */
    uint32_t i = new_reg(fn, BC_SCALAR), n = new_reg(fn, BC_SCALAR), c = new_reg(fn, BC_SCALAR);
    uint32_t rune = 0, width = 0;
    switch (k) {
    case VK_INT: case VK_UINT: emit3(fn, OP_MOVE, n, xr, 0); break;
    case VK_SLICE: emit3(fn, OP_LEN_SLICE, n, xr, 0); break;
    case VK_STRING:
        emit3(fn, OP_LEN_STRING, n, xr, 0);
        rune = new_reg(fn, BC_SCALAR);   /* DECODERUNE writes the rune and its width */
        width = new_reg(fn, BC_SCALAR);
        break;
    case VK_AGG: case VK_PTR_AGG: {
        const TastType *a = u->kind == TK_POINTER ? underlying(g, u->elem) : u;
        load_int(fn, n, a->len);
        break;
    }
    default:
        unsupported(g, s, "range over this");
        return;
    }
    emit3(fn, OP_LOADI, i, 0, 0);
    uint32_t top = fn->f->ncode;
    fn->label_here = top;
    emit3(fn, OP_LT_INT, c, i, n);
    uint32_t done = emit_jump(fn, OP_JMPIFNOT, c);
    push_loop(fn, true);
    if (k == VK_STRING) {
        /* The rune at i and its width: the value is the rune. */
        emit3(fn, OP_DECODERUNE, rune, xr, i);
        range_bind(fn, s, key, (Val){i, false, false});
        if (want_value)
            range_bind(fn, s, value, (Val){rune, false, false});
    } else {
        range_bind(fn, s, key, (Val){i, false, false});
        if (want_value) {
            uint32_t et = u->kind == TK_POINTER ? underlying(g, u->elem)->elem : u->elem;
            Lv lv = {.kind = k == VK_SLICE ? LV_INDEXS : LV_INDEXA, .type = et, .base = {xr, false, false},
                     .index = {i, false, false}};
            Val v = lv_load(fn, &lv);
            range_bind(fn, s, value, v);
        }
    }
    block(fn, s->kids[RANGE_BODY]);
    uint32_t cont = fn->f->ncode;
    fn->label_here = cont;
    if (k == VK_STRING)
        emit3(fn, OP_ADD_INT, i, i, width);
    else
        emit3(fn, OP_ADDI_INT, i, i, 1);
    uint32_t back = emit_jump(fn, OP_JMP, 0);
    patch_to(fn, back, top);
    patch_to(fn, done, fn->f->ncode);
    pop_loop(fn, cont);
}

/* ==== switches ======================================================== */

static bool ends_in_fallthrough(const Node *clause)
{
    uint32_t n = clause->nkids - CASE_CLAUSE_BODY;
    if (n == 0)
        return false;
    const Node *last = clause->kids[CASE_CLAUSE_BODY + n - 1];
    return last->kind == AST_BRANCH && last->op == TOK_FALLTHROUGH;
}

static void clause_body(Fn *fn, const Node *clause)
{
    for (uint32_t i = CASE_CLAUSE_BODY; i < clause->nkids; i++)
        stmt(fn, clause->kids[i]);
}

static void switch_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    if (s->kids[SWITCH_INIT])
        stmt(fn, s->kids[SWITCH_INIT]);
    const Node *tag = s->kids[SWITCH_TAG], *body = s->kids[SWITCH_BODY];
    Val tv = {0, false, false};
    uint32_t tt = 0;
    if (tag) {
        tv = expr(fn, tag);
        tt = final_type(g, tag);
    }
    uint32_t nc = body->nkids;
    Patch *to_body = xcalloc(nc ? nc : 1, sizeof *to_body);
    int32_t deflt = -1;
    for (uint32_t c = 0; c < nc; c++) {
        const Node *clause = body->kids[c], *list = clause->kids[CASE_CLAUSE_LIST];
        fn->line = clause->pos.line;
        if (!list) {
            deflt = (int32_t)c;
            continue;
        }
        for (uint32_t i = 0; i < list->nkids; i++) {
            const Node *e = list->kids[i];
            Val hit;
            if (tag) {
                /* An interface against another type compares as
                 * interfaces, the other side converted (as in x == y). */
                Val v = expr(fn, e), t = {tv.reg, false, false};
                uint32_t et = final_type(g, e), ct = tt;
                if (vkind(g, tt) == VK_IFACE && vkind(g, et) != VK_IFACE) {
                    v = to_iface(fn, v, default_type(g, et), tt);
                } else if (vkind(g, et) == VK_IFACE && vkind(g, tt) != VK_IFACE) {
                    t = to_iface(fn, t, default_type(g, tt), et);
                    ct = et;
                }
                hit = comparison(fn, e, TOK_EQL, t, v, ct);
            } else {
                hit = expr(fn, e);
            }
            patch_push(&to_body[c], emit_jump(fn, OP_JMPIF, hit.reg));
            release_val(fn, hit);
        }
    }
    release_val(fn, tv);
    uint32_t none = emit_jump(fn, OP_JMP, 0);
    push_loop(fn, false);
    uint32_t next_fall = UINT32_MAX;
    for (uint32_t c = 0; c < nc; c++) {
        const Node *clause = body->kids[c];
        uint32_t start = fn->f->ncode;
        patch_all(fn, &to_body[c], start);
        if ((int32_t)c == deflt)
            patch_to(fn, none, start);
        if (next_fall != UINT32_MAX)
            patch_to(fn, next_fall, start);
        next_fall = UINT32_MAX;
        fn->label_here = start;
        clause_body(fn, clause);
        if (ends_in_fallthrough(clause))
            next_fall = emit_jump(fn, OP_JMP, 0);
        else
            patch_push(&fn->loops[fn->nloops - 1].breaks, emit_jump(fn, OP_JMP, 0));
    }
    if (deflt < 0)
        patch_push(&fn->loops[fn->nloops - 1].breaks, none);
    free(to_body);
    pop_loop(fn, fn->f->ncode);
}

/* select: each case's channel and sent value are evaluated once, in
 * source order, into registers of their own; a SELSEND or SELRECV per
 * case, then SELECT, which writes the index of the case it ran (the
 * number of cases for default); then the bodies, reached by index. */
static void select_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *body = s->kids[SELECT_BODY];
    uint32_t nc = body->nkids, n = 0;
    int32_t deflt = -1;
    Instr *cases = xcalloc(nc ? nc : 1, sizeof *cases);
    uint32_t *of_clause = xcalloc(nc ? nc : 1, sizeof *of_clause);   /* clause -> case index */
    uint32_t *dst = xcalloc(nc ? nc : 1, sizeof *dst);
    for (uint32_t c = 0; c < nc; c++) {
        const Node *comm = body->kids[c]->kids[COMM_CLAUSE_COMM];
        fn->line = body->kids[c]->pos.line;
        if (!comm) {
            deflt = (int32_t)c;
            continue;
        }
        of_clause[c] = n;
        if (comm->kind == AST_SEND) {
            uint32_t cr = new_reg(fn, BC_REF);
            Val ch = expr(fn, comm->kids[SEND_CHAN]);
            emit3(fn, OP_MOVE, cr, ch.reg, 0);
            release_val(fn, ch);
            Val v = expr(fn, comm->kids[SEND_VALUE]);
            uint32_t vr = new_reg(fn, (BcClass)fn->f->classes[v.reg]);
            emit3(fn, OP_MOVE, vr, v.reg, 0);
            release_val(fn, v);
            cases[n++] = instr_make(OP_SELSEND, cr, vr, 0);
            continue;
        }
        /* <-ch, v := <-ch, v, ok = <-ch */
        const Node *rx = comm->kind == AST_EXPR_STMT ? comm->kids[EXPR_STMT_X] : comm->kids[ASSIGN_RHS]->kids[0];
        rx = unparen(rx);
        const TastType *u = underlying(g, final_type(g, rx->kids[UNARY_X]));
        uint32_t cr = new_reg(fn, BC_REF);
        Val ch = expr(fn, rx->kids[UNARY_X]);
        emit3(fn, OP_MOVE, cr, ch.reg, 0);
        release_val(fn, ch);
        dst[c] = new_reg(fn, tclass(g, u->elem));
        new_reg(fn, BC_SCALAR);
        cases[n++] = instr_make(OP_SELRECV, dst[c], cr, 0);
    }
    for (uint32_t i = 0; i < n; i++)
        emit3(fn, instr_op(cases[i]), instr_a(cases[i]), instr_b(cases[i]), 0);
    uint32_t idx = new_reg(fn, BC_SCALAR);
    emit3(fn, OP_SELECT, idx, n, deflt >= 0);
    /* To the case's body by its index. */
    uint32_t k = new_reg(fn, BC_SCALAR), hit = new_reg(fn, BC_SCALAR);
    uint32_t *to = xcalloc(nc ? nc : 1, sizeof *to);
    for (uint32_t c = 0; c < nc; c++) {
        if ((int32_t)c == deflt)
            continue;
        load_int(fn, k, of_clause[c]);
        emit3(fn, OP_EQ_INT, hit, idx, k);
        to[c] = emit_jump(fn, OP_JMPIF, hit);
    }
    uint32_t none = emit_jump(fn, OP_JMP, 0);   /* default, if any */
    push_loop(fn, false);
    for (uint32_t c = 0; c < nc; c++) {
        const Node *clause = body->kids[c], *comm = clause->kids[COMM_CLAUSE_COMM];
        uint32_t start = fn->f->ncode;
        if ((int32_t)c == deflt)
            patch_to(fn, none, start);
        else
            patch_to(fn, to[c], start);
        fn->label_here = start;
        fn->line = clause->pos.line;
        if (comm && comm->kind == AST_ASSIGN) {
            /* The received value (and ok) into the case's variables. */
            const Node *lhs = comm->kids[ASSIGN_LHS];
            const Node *rx = unparen(comm->kids[ASSIGN_RHS]->kids[0]);
            const TastType *u = underlying(g, final_type(g, rx->kids[UNARY_X]));
            bool define = comm->op == TOK_DEFINE;
            for (uint32_t i = 0; i < lhs->nkids && i < 2; i++) {
                const Node *l = lhs->kids[i];
                if (l->kind == AST_IDENT && ast_text_is(l, "_"))
                    continue;
                Val v = {dst[c] + i, false, i == 0 && is_agg(g, u->elem)};
                v = assignable(fn, l, v, i == 0 ? u->elem : g->basic[TK_BOOL]);
                assign_to(fn, l, define, v);
            }
        }
        for (uint32_t i = COMM_CLAUSE_BODY; i < clause->nkids; i++)
            stmt(fn, clause->kids[i]);
        patch_push(&fn->loops[fn->nloops - 1].breaks, emit_jump(fn, OP_JMP, 0));
    }
    if (deflt < 0)
        patch_push(&fn->loops[fn->nloops - 1].breaks, none);
    pop_loop(fn, fn->f->ncode);
    free(to);
    free(cases);
    free(of_clause);
    free(dst);
}

static void type_switch(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    if (s->kids[TYPE_SWITCH_INIT])
        stmt(fn, s->kids[TYPE_SWITCH_INIT]);
    const Node *as = s->kids[TYPE_SWITCH_ASSIGN], *body = s->kids[TYPE_SWITCH_BODY];
    const Node *ta = as->kind == AST_ASSIGN ? as->kids[ASSIGN_RHS]->kids[0] : as->kids[EXPR_STMT_X];
    ta = unparen(ta);
    Val xv = expr(fn, ta->kids[TYPE_ASSERT_X]);
    uint32_t x = new_reg(fn, BC_REF);
    emit3(fn, OP_MOVE, x, xv.reg, 0);
    release_val(fn, xv);
    uint32_t nc = body->nkids;
    Patch *to_body = xcalloc(nc ? nc : 1, sizeof *to_body);
    int32_t deflt = -1;
    for (uint32_t c = 0; c < nc; c++) {
        const Node *clause = body->kids[c], *list = clause->kids[CASE_CLAUSE_LIST];
        if (!list) {
            deflt = (int32_t)c;
            continue;
        }
        for (uint32_t i = 0; i < list->nkids; i++) {
            const TastFacts *tf = facts(g, list->kids[i]);
            Val hit = {temp(fn, BC_SCALAR), true, false};
            if (tf && tf->mode == TM_NIL)
                emit3(fn, OP_ISNIL, hit.reg, x, 0);
            else if (tf && vkind(g, tf->type) == VK_IFACE)
                emit3(fn, OP_IMPLEMENTS, hit.reg, x, bc_type(g, tf->type));
            else if (tf)
                emit3(fn, OP_HASTYPE, hit.reg, x, bc_type(g, tf->type));
            patch_push(&to_body[c], emit_jump(fn, OP_JMPIF, hit.reg));
            release_val(fn, hit);
        }
    }
    uint32_t none = emit_jump(fn, OP_JMP, 0);
    push_loop(fn, false);
    for (uint32_t c = 0; c < nc; c++) {
        const Node *clause = body->kids[c], *list = clause->kids[CASE_CLAUSE_LIST];
        uint32_t start = fn->f->ncode;
        patch_all(fn, &to_body[c], start);
        if ((int32_t)c == deflt)
            patch_to(fn, none, start);
        fn->label_here = start;
        uint32_t sym = sym_at(g, clause);
        if (sym && (sym_of(g, sym)->flags & (1u << TSF_BIT_USED))) {
            /* The clause's variable: the value as the one type listed,
             * else the interface itself. */
            uint32_t vt = sym_of(g, sym)->type;
            const TastFacts *tf = list && list->nkids == 1 ? facts(g, list->kids[0]) : NULL;
            if (tf && tf->mode != TM_NIL && vkind(g, vt) != VK_IFACE) {
                Val v = {temp(fn, tclass(g, vt)), true, is_agg(g, vt)};
                emit3(fn, OP_UNBOX, v.reg, x, bc_type(g, vt));
                define_local(fn, sym, v, true);
            } else {
                define_local(fn, sym, (Val){x, false, false}, true);
            }
        }
        clause_body(fn, clause);
        patch_push(&fn->loops[fn->nloops - 1].breaks, emit_jump(fn, OP_JMP, 0));
    }
    if (deflt < 0)
        patch_push(&fn->loops[fn->nloops - 1].breaks, none);
    free(to_body);
    pop_loop(fn, fn->f->ncode);
}

/* ==== return, branches ================================================ */

/* Moves the values of a return into the results: the result
 * registers, or (in a function with an epilogue) the named results'
 * cells; then returns, or goes to the epilogue. */
static void return_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    uint32_t n = s->nkids - RETURN_RESULTS, p = fn->f->params, want = fn->f->results;
    if (n == 0) {
        /* A bare return: the named results are already in place. */
        if (fn->epilogue)
            patch_push(&fn->to_epilogue, emit_jump(fn, OP_JMP, 0));
        else
            emit3(fn, OP_RETURN, p, want, 0);
        return;
    }
    const TastType *sig = underlying(g, fn->sig);
    const TastType *res = &g->t->types[sig->results];
    Val *vals = xmalloc((want ? want : 1) * sizeof *vals);
    if (n != want) {
        /* return f(): f's results are ours. */
        Val first = call_expr(fn, unparen(s->kids[RETURN_RESULTS]), want);
        const Node *call = unparen(s->kids[RETURN_RESULTS]);
        const TastType *csig = underlying(g, final_type(g, call->kids[CALL_FUN]));
        const TastType *cres = &g->t->types[csig->results];
        for (uint32_t i = 0; i < want; i++) {
            Val v = {first.reg + i, false, true};
            if (vkind(g, res->ids[i]) == VK_IFACE)
                v = to_iface(fn, v, cres->ids[i], res->ids[i]);
            vals[i] = v;
        }
    } else {
        /* Evaluate all first, since one may read another's register. */
        for (uint32_t i = 0; i < n; i++)
            vals[i] = owned(fn, expr(fn, s->kids[RETURN_RESULTS + i]), res->ids[i]);
    }
    for (uint32_t i = 0; i < want; i++) {
        uint32_t cell_sym = fn->epilogue ? fn->result_cell[i] : 0;
        if (cell_sym)
            emit3(fn, tclass(g, res->ids[i]) == BC_REF ? OP_STOREREF_P : OP_STOREREF_R,
                  (uint32_t)fn->reg_of_sym[cell_sym], vals[i].reg, 0);
        else if (vals[i].reg != p + i)
            emit3(fn, OP_MOVE, p + i, vals[i].reg, 0);
    }
    for (uint32_t i = 0; i < want; i++)
        release_val(fn, vals[i]);
    free(vals);
    if (fn->epilogue)
        patch_push(&fn->to_epilogue, emit_jump(fn, OP_JMP, 0));
    else
        emit3(fn, OP_RETURN, p, want, 0);
}

static void branch(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    TokKind op = (TokKind)s->op;
    if (op == TOK_FALLTHROUGH)
        return;   /* switch_stmt jumps to the next clause */
    if (op == TOK_GOTO) {
        /* Patched at the function's end, when every label is known. */
        if (fn->ngotos == fn->gotocap) {
            fn->gotocap = fn->gotocap ? 2 * fn->gotocap : 8;
            fn->gotos = xrealloc(fn->gotos, fn->gotocap * sizeof *fn->gotos);
        }
        fn->gotos[fn->ngotos].label = s->kids[BRANCH_LABEL];
        fn->gotos[fn->ngotos++].pc = emit_jump(fn, OP_JMP, 0);
        return;
    }
    if (op != TOK_BREAK && op != TOK_CONTINUE) {
        unsupported(g, s, "this branch");
        return;
    }
    const Node *label = s->kids[BRANCH_LABEL];
    for (uint32_t i = fn->nloops; i-- > 0;) {
        Loop *l = &fn->loops[i];
        if (label ? !same_label(l->label, label) : (op == TOK_CONTINUE && !l->is_loop))
            continue;
        patch_push(op == TOK_BREAK ? &l->breaks : &l->continues, emit_jump(fn, OP_JMP, 0));
        return;
    }
    unsupported(g, s, "this break or continue");
}

void stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    fn->line = s->pos.line;
    switch ((AstKind)s->kind) {
    case AST_EMPTY_STMT: break;
    case AST_BLOCK: block(fn, s); break;
    case AST_DECL_STMT: var_decl(fn, s->kids[DECL_STMT_DECL]); break;
    case AST_EXPR_STMT: {
        const Node *x = unparen(s->kids[EXPR_STMT_X]);
        if (x->kind == AST_UNARY && x->op == TOK_ARROW) {
            Val v = receive(fn, x, false);   /* <-done: the value is dropped */
            release_val(fn, v);
            break;
        }
        if (x->kind != AST_CALL) {
            unsupported(g, s, "this statement");
            break;
        }
        Val v = call_expr(fn, x, 0);
        release_val(fn, v);
        break;
    }
    case AST_ASSIGN: assign(fn, s); break;
    case AST_INC_DEC: {
        Lv lv = lvalue(fn, s->kids[INC_DEC_X]);
        uint32_t t = lv.type;
        Val a = lv_load(fn, &lv);
        VKind k = vkind(g, t);
        if ((k == VK_INT || k == VK_UINT) && g->optimize) {
            Val r = {temp(fn, BC_SCALAR), true, false};
            emit3(fn, OP_ADDI_INT, r.reg, a.reg, s->op == TOK_INC ? 1 : (uint16_t)-1);
            if (wrap_bits(g, t))
                emit3(fn, OP_TRUNC, r.reg, r.reg, (uint16_t)(int16_t)wrap_bits(g, t));
            release_val(fn, a);
            lv_store(fn, &lv, r);
        } else if (k == VK_INT || k == VK_UINT) {
            Val one = {temp(fn, BC_SCALAR), true, false};
            emit3(fn, OP_LOADI, one.reg, 1, 0);
            lv_store(fn, &lv, binop(fn, s, s->op == TOK_INC ? TOK_ADD : TOK_SUB, t, a, one));
        } else {
            Val one = {temp(fn, BC_SCALAR), true, false};
            emit3(fn, OP_LOADK, one.reg, add_const(g, (BcConst){.kind = BC_FLOAT, .f = 1}), 0);
            lv_store(fn, &lv, binop(fn, s, s->op == TOK_INC ? TOK_ADD : TOK_SUB, t, a, one));
        }
        lv_release(fn, &lv);
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
    case AST_RANGE: range_stmt(fn, s); break;
    case AST_SWITCH: switch_stmt(fn, s); break;
    case AST_TYPE_SWITCH: type_switch(fn, s); break;
    case AST_SELECT: select_stmt(fn, s); break;
    case AST_RETURN: return_stmt(fn, s); break;
    case AST_DEFER: defer_stmt(fn, s); break;
    case AST_GO: go_stmt(fn, s); break;
    case AST_SEND: {
        const TastType *u = underlying(g, final_type(g, s->kids[SEND_CHAN]));
        Val c = expr(fn, s->kids[SEND_CHAN]);
        Val v = expr(fn, s->kids[SEND_VALUE]);
        (void)u;
        emit3(fn, OP_SEND, c.reg, v.reg, 0);
        release_val(fn, c);
        release_val(fn, v);
        break;
    }
    case AST_BRANCH: branch(fn, s); break;
    case AST_LABELED: {
        const Node *inner = s->kids[LABELED_STMT];
        AstKind k = (AstKind)inner->kind;
        /* A goto may land here. */
        if (fn->nlabels == fn->labelcap) {
            fn->labelcap = fn->labelcap ? 2 * fn->labelcap : 8;
            fn->labels = xrealloc(fn->labels, fn->labelcap * sizeof *fn->labels);
        }
        fn->labels[fn->nlabels].label = s->kids[LABELED_LABEL];
        fn->labels[fn->nlabels++].pc = fn->f->ncode;
        fn->label_here = fn->f->ncode;
        /* Only loops and switches take a label break or continue names. */
        if (k == AST_FOR || k == AST_RANGE || k == AST_SWITCH || k == AST_TYPE_SWITCH || k == AST_SELECT)
            fn->pending_label = s->kids[LABELED_LABEL];
        stmt(fn, inner);
        fn->pending_label = NULL;
        break;
    }
    default: unsupported(g, s, ast_display_name((AstKind)s->kind)); break;
    }
}
