/* gen_call.c - calls: the package's functions and methods, methods
 * through interfaces, the standard library's natives, conversions and
 * the builtins (see gen_int.h).
 *
 * A call's window is a run of fresh registers at the top: the
 * arguments, then the results, with the callee's classes; the callee's
 * results come back in the window right after the arguments.  A struct
 * argument is passed as the caller's object when nothing can change it
 * during the call (a local variable, or a part of one, whose address is
 * never taken); the callee copies a struct parameter it modifies. */
#include "gen_int.h"

/* ==== windows ========================================================= */

/* A window for n registers of the given types' classes. */
static uint32_t window(Fn *fn, const uint32_t *types, uint32_t n)
{
    uint32_t base = fn->f->nregs;
    if (n == 0) {
        /* An empty window still names the top of the registers: the
         * callee's frame starts there, above everything live here. */
        new_reg(fn, BC_SCALAR);
        return base;
    }
    for (uint32_t i = 0; i < n; i++)
        new_reg(fn, tclass(fn->g, types[i]));
    return base;
}

/* Can anything but this function change e's object during a call? */
static bool stable(Gen *g, const Node *e)
{
    for (;;) {
        e = unparen(e);
        const TastFacts *x = facts(g, e);
        if (e->kind == AST_IDENT) {
            const TastSymbol *s = x ? sym_of(g, x->sym) : NULL;
            return s && s->kind == TS_VAR && !g->global_of_sym[x->sym] &&
                   !(s->flags & ((1u << TSF_BIT_ADDRESS_TAKEN) | (1u << TSF_BIT_CAPTURED)));
        }
        if (e->kind == AST_SELECTOR && x && x->sel && g->t->sels[x->sel - 1].kind == TSEL_FIELD &&
            !g->t->sels[x->sel - 1].indirect) {
            e = e->kids[SELECTOR_X];
            continue;
        }
        if (e->kind == AST_INDEX && vkind(g, final_type(g, e->kids[INDEX_X])) == VK_AGG) {
            e = e->kids[INDEX_X];
            continue;
        }
        return false;
    }
}

/* A call's own type, before any conversion where it is used (make's
 * slice, even when it is passed as an any). */
static uint32_t own_type(Gen *g, const Node *call)
{
    const TastFacts *x = facts(g, call);
    return x ? x->type : 0;
}

/* Does e call anything or receive from a channel (outside function
 * literals)?  Go orders those before the other operands. */
bool has_call(const Node *e)
{
    if (!e || e->kind == AST_FUNC_LIT)
        return false;
    if (e->kind == AST_CALL || (e->kind == AST_UNARY && e->op == TOK_ARROW))
        return true;
    for (uint32_t i = 0; i < e->nkids; i++)
        if (has_call(e->kids[i]))
            return true;
    return false;
}

/* An argument for a parameter of type t, moved into register dst. */
static void argument(Fn *fn, const Node *arg, uint32_t t, uint32_t dst)
{
    Gen *g = fn->g;
    Val v = expr(fn, arg);
    if (is_agg(g, t) && !v.fresh && !stable(g, arg))
        v = owned(fn, v, t);
    emit3(fn, OP_MOVE, dst, v.reg, 0);
    release_val(fn, v);
}

/* The types of a signature's parameters then results, with an extra
 * receiver first when recv is set. */
static uint32_t *sig_types(Gen *g, const TastType *sig, uint32_t recv, uint32_t *n)
{
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    uint32_t k = 0, total = (recv ? 1 : 0) + params->n + results->n;
    uint32_t *ts = xmalloc((total ? total : 1) * sizeof *ts);
    if (recv)
        ts[k++] = recv;
    for (uint32_t i = 0; i < params->n; i++)
        ts[k++] = params->ids[i];
    for (uint32_t i = 0; i < results->n; i++)
        ts[k++] = results->ids[i];
    *n = total;
    return ts;
}

/* The arguments of a call into window registers base.. for the
 * parameter types ptypes (nparams of them, the last variadic if
 * variadic): a slice is made for the variadic ones unless the call
 * passes one with "...", and f(g()) spreads g's results. */
static void arguments_from(Fn *fn, const Node *call, uint32_t from, const uint32_t *ptypes, uint32_t nparams,
                           bool variadic, uint32_t base)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - from;
    const Node *first = nargs == 1 ? unparen(call->kids[from]) : NULL;
    if (first && first->kind == AST_CALL && call_results(fn, first) > 1) {
        /* f(g()): g's results are f's arguments (the last ones in f's
         * variadic slice, if f has one). */
        uint32_t n = call_results(fn, first);
        Val r = call_expr(fn, first, n);
        const TastType *gsig = underlying(g, final_type(g, first->kids[CALL_FUN]));
        const TastType *gres = &g->t->types[gsig->results];
        uint32_t nfixed = variadic ? nparams - 1 : nparams;
        for (uint32_t i = 0; i < nfixed && i < n; i++) {
            Val v = {r.reg + i, false, true};
            if (vkind(g, ptypes[i]) == VK_IFACE)
                v = to_iface(fn, v, gres->ids[i], ptypes[i]);
            emit3(fn, OP_MOVE, base + i, v.reg, 0);
            release_val(fn, v);
        }
        if (!variadic)
            return;
        uint32_t st = ptypes[nfixed], et = underlying(g, st)->elem;
        uint32_t cnt = new_reg(fn, BC_SCALAR), cap = new_reg(fn, BC_SCALAR);
        load_int(fn, cnt, n - nfixed);
        emit3(fn, OP_MOVE, cap, cnt, 0);
        emit3(fn, OP_MAKESLICE, base + nfixed, cnt, bc_type(g, st));
        Lv lv = {.kind = LV_INDEXS, .type = et, .base = {base + nfixed, false, false}};
        lv.index = (Val){temp(fn, BC_SCALAR), true, false};
        for (uint32_t i = nfixed; i < n; i++) {
            Val v = {r.reg + i, false, true};
            if (vkind(g, et) == VK_IFACE)
                v = to_iface(fn, v, gres->ids[i], et);
            load_int(fn, lv.index.reg, i - nfixed);
            lv_store(fn, &lv, v);
        }
        release_val(fn, lv.index);
        return;
    }
    uint32_t nfixed = variadic ? nparams - 1 : nparams;
    /* As Go's compiler does: arguments with calls first, in order, then
     * the others (a variable is read after the calls that may change it). */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < nfixed && i < nargs; i++)
            if (has_call(call->kids[from + i]) == (pass == 0))
                argument(fn, call->kids[from + i], ptypes[i], base + i);
    if (!variadic)
        return;
    if (call->flags & AST_HAS_ELLIPSIS) {
        argument(fn, call->kids[from + nfixed], ptypes[nfixed], base + nfixed);
        return;
    }
    /* The extra arguments as a new slice (nil when there are none). */
    uint32_t st = ptypes[nfixed], extra = nargs - nfixed;
    if (extra == 0) {
        emit3(fn, OP_LOADNIL, base + nfixed, 0, 0);
        return;
    }
    uint32_t n = new_reg(fn, BC_SCALAR), c = new_reg(fn, BC_SCALAR);
    load_int(fn, n, extra);
    emit3(fn, OP_MOVE, c, n, 0);
    emit3(fn, OP_MAKESLICE, base + nfixed, n, bc_type(g, st));
    Lv lv = {.kind = LV_INDEXS, .type = underlying(g, st)->elem, .base = {base + nfixed, false, false}};
    lv.index = (Val){temp(fn, BC_SCALAR), true, false};
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < extra; i++) {
            const Node *arg = call->kids[from + nfixed + i];
            if (has_call(arg) != (pass == 0))
                continue;   /* calls first, as for the fixed arguments */
            load_int(fn, lv.index.reg, i);
            lv_store(fn, &lv, expr(fn, arg));
        }
    release_val(fn, lv.index);
}

/* The arguments of a call, from its first. */
static void arguments(Fn *fn, const Node *call, const uint32_t *ptypes, uint32_t nparams, bool variadic,
                      uint32_t base)
{
    arguments_from(fn, call, CALL_ARGS, ptypes, nparams, variadic, base);
}

uint32_t call_results(Fn *fn, const Node *call)
{
    Gen *g = fn->g;
    const Node *fun = unparen(call->kids[CALL_FUN]);
    const TastFacts *ff = facts(g, fun);
    if (!ff || ff->mode == TM_TYPE || ff->mode == TM_BUILTIN)
        return 1;
    const TastType *sig = underlying(g, ff->type);
    if (sig->kind != TK_FUNC)
        return 1;
    return g->t->types[sig->results].n;
}

/* ==== the builtins ==================================================== */

static void print_value(Fn *fn, const Node *arg)
{
    Gen *g = fn->g;
    Val v = expr(fn, arg);
    uint32_t t = final_type(g, arg);
    static const Opcode ops[] = {[VK_INT] = OP_PRINT_INT, [VK_UINT] = OP_PRINT_UINT, [VK_FLOAT] = OP_PRINT_FLOAT,
                                 [VK_BOOL] = OP_PRINT_BOOL, [VK_STRING] = OP_PRINT_STRING};
    VKind k = vkind(g, t);
    if (k > VK_STRING || k == VK_NONE)
        unsupported(g, arg, "printing a value of this type");
    else
        emit3(fn, ops[k], v.reg, 0, 0);
    release_val(fn, v);
}

static Val len_cap(Fn *fn, const Node *call, bool is_cap)
{
    Gen *g = fn->g;
    const Node *arg = call->kids[CALL_ARGS];
    VKind k = vkind(g, final_type(g, arg));
    Opcode op = k == VK_STRING && !is_cap ? OP_LEN_STRING
              : k == VK_SLICE ? (is_cap ? OP_CAP_SLICE : OP_LEN_SLICE)
              : k == VK_MAP && !is_cap ? OP_LEN_MAP
              : k == VK_CHAN ? (is_cap ? OP_CAP_CHAN : OP_LEN_CHAN) : OP__COUNT;
    Val r = {temp(fn, BC_SCALAR), true, false};
    if (op == OP__COUNT) {
        unsupported(g, call, "len or cap of this");
        return r;
    }
    Val s = expr(fn, arg);
    emit3(fn, op, r.reg, s.reg, 0);
    release_val(fn, s);
    return r;
}

static Val append_call(Fn *fn, const Node *call)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS;
    uint32_t st = own_type(g, call);
    /* Elements with calls first (they may change the slice, as in
     * append(s, pop()), and Go's compiler reads s after them). */
    Val *early = xcalloc(nargs, sizeof *early);
    bool *done = xcalloc(nargs, sizeof *done);
    if (!(call->flags & AST_HAS_ELLIPSIS))
        for (uint32_t i = 1; i < nargs; i++)
            if (has_call(call->kids[CALL_ARGS + i])) {
                Val x = expr(fn, call->kids[CALL_ARGS + i]);
                if (!x.temp) {
                    Val c = {temp(fn, (BcClass)fn->f->classes[x.reg]), true, x.fresh};
                    emit3(fn, OP_MOVE, c.reg, x.reg, 0);
                    x = c;
                }
                early[i] = x;
                done[i] = true;
            }
    Val s = expr(fn, call->kids[CALL_ARGS]);
    Val r = {temp(fn, BC_REF), true, false};
    emit3(fn, OP_MOVE, r.reg, s.reg, 0);
    release_val(fn, s);
    if (call->flags & AST_HAS_ELLIPSIS) {
        free(early);
        free(done);
        const Node *more = call->kids[CALL_ARGS + 1];
        Val x = expr(fn, more);
        emit3(fn, vkind(g, final_type(g, more)) == VK_STRING ? OP_APPENDSTR : OP_APPENDSL, r.reg, x.reg,
              bc_type(g, st));
        release_val(fn, x);
        return r;
    }
    for (uint32_t i = 1; i < nargs; i++) {
        Val x = done[i] ? early[i] : expr(fn, call->kids[CALL_ARGS + i]);
        emit3(fn, OP_APPEND, r.reg, x.reg, bc_type(g, st));
        release_val(fn, x);
    }
    free(early);
    free(done);
    return r;
}

static Val make_call(Fn *fn, const Node *call)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS;
    uint32_t t = own_type(g, call);
    Val r = {temp(fn, BC_REF), true, false};
    VKind k = vkind(g, t);
    if (k == VK_MAP) {
        if (nargs > 1) {
            Val hint = expr(fn, call->kids[CALL_ARGS + 1]);
            release_val(fn, hint);   /* evaluated for its effects; the table grows as needed */
        }
        emit3(fn, OP_MAKEMAP, r.reg, bc_type(g, t), 0);
        return r;
    }
    if (k == VK_CHAN) {
        /* make(chan T) has no room: a send waits for a receiver. */
        uint32_t n = new_reg(fn, BC_SCALAR);
        if (nargs > 1) {
            Val size = expr(fn, call->kids[CALL_ARGS + 1]);
            emit3(fn, OP_MOVE, n, size.reg, 0);
            release_val(fn, size);
        } else {
            emit3(fn, OP_LOADI, n, 0, 0);
        }
        emit3(fn, OP_MAKECHAN, r.reg, bc_type(g, t), n);
        return r;
    }
    if (k != VK_SLICE) {
        unsupported(g, call, "make of this type");
        return r;
    }
    uint32_t n = new_reg(fn, BC_SCALAR), c = new_reg(fn, BC_SCALAR);
    Val len = expr(fn, call->kids[CALL_ARGS + 1]);
    emit3(fn, OP_MOVE, n, len.reg, 0);
    release_val(fn, len);
    if (nargs > 2) {
        Val cap = expr(fn, call->kids[CALL_ARGS + 2]);
        emit3(fn, OP_MOVE, c, cap.reg, 0);
        release_val(fn, cap);
    } else {
        emit3(fn, OP_MOVE, c, n, 0);
    }
    emit3(fn, OP_MAKESLICE, r.reg, n, bc_type(g, t));
    return r;
}

/* min and max of numbers or strings, left to right as Go's are. */
static Val min_max(Fn *fn, const Node *call, bool is_max)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS, t = own_type(g, call);
    Val r = {temp(fn, tclass(g, t)), true, false};
    Val first = expr(fn, call->kids[CALL_ARGS]);
    emit3(fn, OP_MOVE, r.reg, first.reg, 0);
    release_val(fn, first);
    for (uint32_t i = 1; i < nargs; i++) {
        Val x = expr(fn, call->kids[CALL_ARGS + i]);
        Val keep = comparison(fn, call, is_max ? TOK_GTR : TOK_LSS, (Val){x.reg, false, false},
                              (Val){r.reg, false, false}, t);
        uint32_t skip = emit_jump(fn, OP_JMPIFNOT, keep.reg);
        emit3(fn, OP_MOVE, r.reg, x.reg, 0);
        patch_to(fn, skip, fn->f->ncode);
        release_val(fn, keep);
        release_val(fn, x);
    }
    return r;
}

/* What a new task gets (spawn's and go's arguments, and what a
 * function literal they start captured) is a deep copy: SNAPSHOT
 * makes it, for the types that are more than a number or a string. */
void snapshot_reg(Fn *fn, uint32_t reg, uint32_t type)
{
    Gen *g = fn->g;
    VKind k = vkind(g, type);
    if (k == VK_AGG || k == VK_SLICE || k == VK_MAP || k == VK_IFACE || k == VK_PTR_AGG || k == VK_PTR_CELL)
        emit3(fn, OP_SNAPSHOT, reg, bc_type(g, type), 0);
}

/* spawn(f, args...): SPAWN of a spawnwrap function with f and the
 * arguments; the window's first register then holds the *task.Task. */
static Val spawn_call(Fn *fn, const Node *call)
{
    Gen *g = fn->g;
    const Node *fnode = call->kids[CALL_ARGS];
    uint32_t ft = final_type(g, fnode);
    const TastType *sig = underlying(g, ft);
    const TastType *params = &g->t->types[sig->params];
    if (sig->kind != TK_FUNC) {
        unsupported(g, call, "spawn of this");
        return (Val){0, false, false};
    }
    uint32_t base = fn->f->nregs;
    new_reg(fn, BC_REF);
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < params->n; i++)
        new_reg(fn, tclass(g, params->ids[i]));
    const Node *lit = unparen(fnode);
    fn->snapshot_lit = lit->kind == AST_FUNC_LIT ? lit : NULL;
    Val f = expr(fn, fnode);
    fn->snapshot_lit = NULL;
    emit3(fn, OP_MOVE, base + 1, f.reg, 0);
    release_val(fn, f);
    arguments_from(fn, call, CALL_ARGS + 1, params->ids, params->n, sig->variadic, base + 2);
    for (uint32_t i = 0; i < params->n; i++)
        snapshot_reg(fn, base + 2 + i, params->ids[i]);
    emit3(fn, OP_MAKECLOSURE, base, spawnwrap(fn, call, ft), 0);
    emit3(fn, OP_SPAWN, base, 1 + params->n, 0);
    return (Val){base, false, false};
}

static Val builtin_call(Fn *fn, const Node *call, const char *name, uint32_t want)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS;
    Val none = {0, false, false};
    if (strcmp(name, "println") == 0 || strcmp(name, "print") == 0) {
        bool ln = name[5] == 'l';
        for (uint32_t i = 0; i < nargs; i++) {
            if (i > 0 && ln)
                emit3(fn, OP_PRINT_SPACE, 0, 0, 0);
            print_value(fn, call->kids[CALL_ARGS + i]);
        }
        if (ln)
            emit3(fn, OP_PRINT_NEWLINE, 0, 0, 0);
        return none;
    }
    if (strcmp(name, "len") == 0 || strcmp(name, "cap") == 0)
        return len_cap(fn, call, name[0] == 'c');
    if (strcmp(name, "append") == 0)
        return append_call(fn, call);
    if (strcmp(name, "make") == 0)
        return make_call(fn, call);
    if (strcmp(name, "min") == 0 || strcmp(name, "max") == 0)
        return min_max(fn, call, name[1] == 'a');
    if (strcmp(name, "new") == 0) {
        uint32_t t = underlying(g, own_type(g, call))->elem;
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, is_agg(g, t) ? OP_NEWAGG : OP_NEWCELL, r.reg, bc_type(g, t), 0);
        return r;
    }
    if (strcmp(name, "close") == 0) {
        Val c = expr(fn, call->kids[CALL_ARGS]);
        emit3(fn, OP_CLOSE, c.reg, 0, 0);
        release_val(fn, c);
        return none;
    }
    if (strcmp(name, "delete") == 0) {
        Val m = expr(fn, call->kids[CALL_ARGS]);
        Val k = expr(fn, call->kids[CALL_ARGS + 1]);
        emit3(fn, OP_MAPDELETE, m.reg, k.reg, 0);
        release_val(fn, m);
        release_val(fn, k);
        return none;
    }
    if (strcmp(name, "copy") == 0) {
        const Node *src = call->kids[CALL_ARGS + 1];
        Val d = expr(fn, call->kids[CALL_ARGS]);
        Val s = expr(fn, src);
        Val r = {temp(fn, BC_SCALAR), true, false};
        emit3(fn, vkind(g, final_type(g, src)) == VK_STRING ? OP_COPYSTR : OP_COPYSL, r.reg, d.reg, s.reg);
        release_val(fn, d);
        release_val(fn, s);
        return r;
    }
    if (strcmp(name, "panic") == 0) {
        Val v = expr(fn, call->kids[CALL_ARGS]);   /* converted to interface{} by its conv */
        emit3(fn, OP_PANIC, v.reg, 0, 0);
        release_val(fn, v);
        return none;
    }
    if (strcmp(name, "recover") == 0) {
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, OP_RECOVER, r.reg, 0, 0);
        return r;
    }
    (void)want;
    if (strcmp(name, "spawn") == 0)
        return spawn_call(fn, call);
    if (strcmp(name, "await") == 0) {
        Val t = expr(fn, call->kids[CALL_ARGS]);
        Val r = {temp(fn, BC_REF), true, false};
        emit3(fn, OP_AWAIT, r.reg, t.reg, 0);
        release_val(fn, t);
        return r;
    }
    unsupported(g, call, "this builtin");
    return none;
}

/* ==== calls =========================================================== */

/* A call of a standard-library function: CALLNATIVE with the window
 * a bytecode call has (a variadic function gets its slice). */
static Val native_call(Fn *fn, const Node *call, uint32_t sym)
{
    Gen *g = fn->g;
    const TastSymbol *s = sym_of(g, sym);
    if (s->kind == TS_FUNC && !s->native && func_ref(g, sym)) {
        /* An imported package's function: a CALL of its declaration. */
        const TastType *sig = underlying(g, s->type);
        uint32_t n, nparams = g->t->types[sig->params].n;
        uint32_t *types = sig_types(g, sig, 0, &n);
        uint32_t base = window(fn, types, n);
        arguments(fn, call, types, nparams, sig->variadic, base);
        free(types);
        emit3(fn, OP_CALL, base, nparams, func_ref(g, sym) - 1);
        return (Val){base + nparams, false, true};
    }
    if (!s->native || s->kind != TS_FUNC) {
        unsupported(g, call, "this package member");
        return (Val){0, false, false};
    }
    const TastType *sig = underlying(g, s->type);
    uint32_t n, nparams = g->t->types[sig->params].n;
    uint32_t *types = sig_types(g, sig, 0, &n);
    uint32_t base = window(fn, types, n);
    arguments(fn, call, types, nparams, sig->variadic, base);
    free(types);
    emit3(fn, OP_CALLNATIVE, base, nparams, native_index(g, sym, NULL));
    return (Val){base + nparams, false, true};
}

/* The receiver of a static method call, from the selector's operand
 * through the embedded fields of its path, made to fit the method's
 * receiver (an address for a pointer method, a value for a value
 * method). */
static Val receiver(Fn *fn, const Node *sel_node, const TastSelection *sel, uint32_t recv_type);

Val method_receiver(Fn *fn, const Node *sel_node, const TastSelection *sel, uint32_t recv_type)
{
    return receiver(fn, sel_node, sel, recv_type);
}

static Val receiver(Fn *fn, const Node *sel_node, const TastSelection *sel, uint32_t recv_type)
{
    Gen *g = fn->g;
    const Node *xnode = sel_node->kids[SELECTOR_X];
    uint32_t t = final_type(g, xnode);
    bool want_ptr = vkind(g, recv_type) == VK_PTR_AGG || vkind(g, recv_type) == VK_PTR_CELL;
    if (sel->npath <= 1 && want_ptr && vkind(g, t) != VK_PTR_AGG && vkind(g, t) != VK_PTR_CELL &&
        !is_agg(g, t)) {
        /* x.M() with M on *T and T not a struct: &x. */
        Lv lv = lvalue(fn, xnode);
        Val r = {temp(fn, BC_REF), true, false};
        if (lv.kind == LV_CELL)
            emit3(fn, OP_MOVE, r.reg, lv.reg, 0);
        else if (lv.kind == LV_FIELD)
            emit3(fn, OP_REFFIELD, r.reg, lv.base.reg, lv.field);
        else if (lv.kind == LV_INDEXS)
            emit3(fn, OP_REFINDEXS, r.reg, lv.base.reg, lv.index.reg);
        else if (lv.kind == LV_INDEXA)
            emit3(fn, OP_REFINDEXA, r.reg, lv.base.reg, lv.index.reg);
        else
            unsupported(g, sel_node, "a pointer method on this operand");
        lv_release(fn, &lv);
        return r;
    }
    Val v = expr(fn, xnode);
    bool is_stable = stable(g, xnode);
    for (uint32_t i = 0; i + 1 < sel->npath; i++) {
        const TastType *u = underlying(g, t);
        if (u->kind == TK_POINTER) {
            u = underlying(g, u->elem);
            is_stable = false;
        }
        if (u->kind != TK_STRUCT || sel->path[i] >= u->n) {
            unsupported(g, sel_node, "this method path");
            return v;
        }
        uint32_t ft = u->fields[sel->path[i]].type;
        Val r = {temp(fn, tclass(g, ft)), true, false};
        emit3(fn, tclass(g, ft) == BC_REF ? OP_GETFIELD_P : OP_GETFIELD_R, r.reg, v.reg, sel->path[i]);
        release_val(fn, v);
        v = r;
        t = ft;
    }
    VKind have = vkind(g, t);
    if (want_ptr) {
        if (have == VK_AGG || have == VK_PTR_AGG || have == VK_PTR_CELL)
            return v;   /* a struct's object is its address */
        unsupported(g, sel_node, "a pointer method on this embedded field");
        return v;
    }
    if (have == VK_PTR_CELL) {
        Val r = {temp(fn, tclass(g, recv_type)), true, false};
        emit3(fn, tclass(g, recv_type) == BC_REF ? OP_LOADREF_P : OP_LOADREF_R, r.reg, v.reg, 0);
        release_val(fn, v);
        return r;
    }
    if (have == VK_PTR_AGG) {
        emit3(fn, OP_NILCHECK, v.reg, 0, 0);
        is_stable = false;
    }
    if (is_agg(g, recv_type) && !v.fresh && !is_stable)
        v = owned(fn, v, recv_type);
    return v;
}

static Val method_call(Fn *fn, const Node *call, const Node *fun, const TastSelection *sel, uint32_t want)
{
    Gen *g = fn->g;
    const TastSymbol *m = sym_of(g, sel->sym);
    bool native = m && m->native && !func_ref(g, sel->sym);
    if (!m || (!native && !func_ref(g, sel->sym))) {
        unsupported(g, call, "this method");
        return (Val){0, false, false};
    }
    const TastType *sig = underlying(g, m->type);
    uint32_t n;
    uint32_t *types = sig_types(g, sig, m->recv, &n);
    uint32_t nparams = g->t->types[sig->params].n;
    uint32_t base = window(fn, types, n);
    Val r = receiver(fn, fun, sel, m->recv);
    emit3(fn, OP_MOVE, base, r.reg, 0);
    release_val(fn, r);
    arguments(fn, call, types + 1, nparams, sig->variadic, base + 1);
    free(types);
    if (native) {
        /* A method of a standard-library type: "strings.(*Builder).WriteString". */
        char *name = method_name(g, m);
        emit3(fn, OP_CALLNATIVE, base, 1 + nparams, native_index(g, sel->sym, name));
    } else {
        emit3(fn, OP_CALL, base, 1 + nparams, func_ref(g, sel->sym) - 1);
    }
    (void)want;
    return (Val){base + 1 + nparams, false, true};
}

static Val iface_call(Fn *fn, const Node *call, const Node *fun, const TastSelection *sel)
{
    Gen *g = fn->g;
    const TastType *sig = underlying(g, facts(g, fun)->type);
    uint32_t n;
    uint32_t *types = sig_types(g, sig, 0, &n);
    uint32_t nparams = g->t->types[sig->params].n;
    /* Register 0 of the window holds the interface (a reference). */
    uint32_t base = fn->f->nregs;
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < n; i++)
        new_reg(fn, tclass(g, types[i]));
    /* The interface value, through embedded fields if the path has any. */
    const Node *xnode = fun->kids[SELECTOR_X];
    uint32_t t = final_type(g, xnode);
    Val v = expr(fn, xnode);
    for (uint32_t i = 0; i + 1 < sel->npath; i++) {
        const TastType *u = underlying(g, t);
        if (u->kind == TK_POINTER)
            u = underlying(g, u->elem);
        uint32_t ft = u->fields[sel->path[i]].type;
        Val r = {temp(fn, tclass(g, ft)), true, false};
        emit3(fn, tclass(g, ft) == BC_REF ? OP_GETFIELD_P : OP_GETFIELD_R, r.reg, v.reg, sel->path[i]);
        release_val(fn, v);
        v = r;
        t = ft;
    }
    emit3(fn, OP_MOVE, base, v.reg, 0);
    release_val(fn, v);
    arguments(fn, call, types, nparams, sig->variadic, base + 1);
    free(types);
    const Node *name = fun->kids[SELECTOR_SEL];
    char *mname = xmalloc(name->text_len + 1);
    memcpy(mname, name->text, name->text_len);
    mname[name->text_len] = '\0';
    emit3(fn, OP_CALLIFACE, base, 1 + nparams, method_name_index(g, mname));
    free(mname);
    return (Val){base + 1 + nparams, false, true};
}

/* A call of a function value: CALLV with the value in the window's
 * first register and the arguments after it. */
static Val value_call(Fn *fn, const Node *call, const Node *fun)
{
    Gen *g = fn->g;
    const TastType *sig = underlying(g, final_type(g, fun));
    if (sig->kind != TK_FUNC) {
        unsupported(g, call, "this call");
        return (Val){0, false, false};
    }
    uint32_t n, nparams = g->t->types[sig->params].n;
    uint32_t *types = sig_types(g, sig, 0, &n);
    uint32_t base = fn->f->nregs;
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < n; i++)
        new_reg(fn, tclass(g, types[i]));
    Val f = expr(fn, fun);
    emit3(fn, OP_MOVE, base, f.reg, 0);
    release_val(fn, f);
    arguments(fn, call, types, nparams, sig->variadic, base + 1);
    free(types);
    emit3(fn, OP_CALLV, base, nparams, 0);
    return (Val){base + 1 + nparams, false, true};
}

Val call_expr(Fn *fn, const Node *call, uint32_t want)
{
    Gen *g = fn->g;
    const Node *fun = unparen(call->kids[CALL_FUN]);
    const TastFacts *ff = facts(g, fun);
    if (!ff) {
        unsupported(g, call, "this call");
        return (Val){0, false, false};
    }
    if (ff->mode == TM_TYPE) {
        /* A conversion T(x). */
        const Node *arg = call->kids[CALL_ARGS];
        Val v = expr(fn, arg);
        return convert(fn, call, v, final_type(g, arg), ff->type);
    }
    const TastSymbol *s = sym_of(g, ff->sym);
    if (ff->mode == TM_BUILTIN && s)
        return builtin_call(fn, call, s->name, want);
    if (fun->kind == AST_SELECTOR && ff->sel) {
        const TastSelection *sel = &g->t->sels[ff->sel - 1];
        if (sel->kind == TSEL_PKG_MEMBER)
            return native_call(fn, call, sel->sym);
        if (sel->kind == TSEL_METHOD)
            return method_call(fn, call, fun, sel, want);
        if (sel->kind == TSEL_IFACE_METHOD)
            return iface_call(fn, call, fun, sel);
    }
    if (!s || fun->kind != AST_IDENT || !func_ref(g, ff->sym) || s->kind != TS_FUNC)
        return value_call(fn, call, fun);
    uint32_t fi = func_ref(g, ff->sym) - 1;
    const TastType *sig = underlying(g, s->type);
    uint32_t n;
    uint32_t *types = sig_types(g, sig, 0, &n);
    uint32_t nparams = g->t->types[sig->params].n;
    uint32_t base = window(fn, types, n);
    arguments(fn, call, types, nparams, sig->variadic, base);
    free(types);
    /* The callee's registers have the window's classes: they are made
     * the same way, from the same types (gen_func). */
    emit3(fn, OP_CALL, base, nparams, fi);
    return (Val){base + nparams, false, true};
}

/* ==== defer =========================================================== */

/* Whether the value of e must be taken when the defer statement runs
 * (constants and nil are the same later). */
static bool must_take(Gen *g, const Node *e)
{
    const TastFacts *x = facts(g, e);
    return x && !x->cval && x->mode != TM_NIL && x->mode != TM_TYPE;
}

/* defer of a builtin, or of a method through an interface: the
 * interface and the arguments are evaluated now, into a window whose
 * first register holds a deferwrap function of them. */
static void defer_through_wrap(Fn *fn, const Node *s, const Node *call, const Node *fun, bool builtin, Opcode op)
{
    Gen *g = fn->g;
    uint32_t nargs = call->nkids - CALL_ARGS, n = 0;
    const Node **taken = xmalloc((nargs + 1) * sizeof *taken);
    uint32_t *types = xmalloc((nargs + 1) * sizeof *types);
    if (!builtin)
        taken[n++] = fun->kids[SELECTOR_X];
    for (uint32_t i = 0; i < nargs; i++)
        if (must_take(g, call->kids[CALL_ARGS + i]))
            taken[n++] = call->kids[CALL_ARGS + i];
    for (uint32_t i = 0; i < n; i++) {
        types[i] = final_type(g, taken[i]);
        if (underlying(g, types[i])->kind == TK_TUPLE) {
            unsupported(g, s, "deferring a call whose argument is a call of several results");
            free(taken);
            free(types);
            return;
        }
    }
    uint32_t base = fn->f->nregs;
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < n; i++)
        new_reg(fn, tclass(g, types[i]));
    for (uint32_t i = 0; i < n; i++) {
        Val v = owned(fn, expr(fn, taken[i]), types[i]);
        emit3(fn, OP_MOVE, base + 1 + i, v.reg, 0);
        release_val(fn, v);
    }
    emit3(fn, OP_MAKECLOSURE, base, deferwrap(fn, call, taken, types, n, op == OP_GO ? "gowrap" : "deferwrap"), 0);
    emit3(fn, op, base, n, 0);
}

/* defer and go of a function value (a function, a method's function,
 * a literal, a variable): it in a window's first register, its
 * arguments (the receiver first, for a method) after it, evaluated now;
 * then op (DEFER or GO) of the window.  What GO hands a new task is
 * snapshot: the arguments, and what a function literal captures. */
static void suspend_window(Fn *fn, const Node *call, const Node *fun, const TastSelection *sel,
                           const TastType *sig, Opcode op)
{
    Gen *g = fn->g;
    bool method = sel && sel->kind == TSEL_METHOD;
    const TastSymbol *m = method ? sym_of(g, sel->sym) : NULL;
    uint32_t n, nparams = g->t->types[sig->params].n;
    uint32_t *types = sig_types(g, sig, method ? m->recv : 0, &n);
    uint32_t nargs = (method ? 1 : 0) + nparams;
    uint32_t base = fn->f->nregs;
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < nargs; i++)
        new_reg(fn, tclass(g, types[i]));
    if (method) {
        emit3(fn, OP_MAKECLOSURE, base, func_ref(g, sel->sym) - 1, 0);
        Val r = receiver(fn, fun, sel, m->recv);
        emit3(fn, OP_MOVE, base + 1, r.reg, 0);
        release_val(fn, r);
        arguments(fn, call, types + 1, nparams, sig->variadic, base + 2);
    } else {
        fn->snapshot_lit = op == OP_GO && fun->kind == AST_FUNC_LIT ? fun : NULL;
        Val f = expr(fn, fun);
        fn->snapshot_lit = NULL;
        emit3(fn, OP_MOVE, base, f.reg, 0);
        release_val(fn, f);
        arguments(fn, call, types, nparams, sig->variadic, base + 1);
    }
    for (uint32_t i = 0; op == OP_GO && i < nargs; i++)
        snapshot_reg(fn, base + 1 + i, types[i]);
    free(types);
    emit3(fn, op, base, nargs, 0);
}

void defer_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *call = unparen(s->kids[DEFER_CALL]);
    const Node *fun = unparen(call->kids[CALL_FUN]);
    const TastFacts *ff = facts(g, fun);
    if (!ff || ff->mode == TM_TYPE) {
        unsupported(g, s, "deferring a conversion");
        return;
    }
    const TastSymbol *sym = sym_of(g, ff->sym);
    const TastSelection *sel = fun->kind == AST_SELECTOR && ff->sel ? &g->t->sels[ff->sel - 1] : NULL;
    if (ff->mode == TM_BUILTIN && sym && strcmp(sym->name, "recover") == 0)
        return;   /* the runtime calls it, not a deferred function: it recovers nothing */
    if (ff->mode == TM_BUILTIN || (sel && sel->kind == TSEL_IFACE_METHOD)) {
        defer_through_wrap(fn, s, call, fun, ff->mode == TM_BUILTIN, OP_DEFER);
        return;
    }
    const TastType *sig = underlying(g, sel && sel->kind == TSEL_METHOD ? sym_of(g, sel->sym)->type : ff->type);
    uint32_t n, nparams = g->t->types[sig->params].n;
    if (sel && sel->kind == TSEL_PKG_MEMBER) {
        /* A native: its arguments now, the call at the function's end. */
        uint32_t *types = sig_types(g, sig, 0, &n);
        uint32_t base = window(fn, types, n);
        arguments(fn, call, types, nparams, sig->variadic, base);
        free(types);
        emit3(fn, OP_DEFERNATIVE, base, nparams, native_index(g, sel->sym, NULL));
        return;
    }
    bool method = sel && sel->kind == TSEL_METHOD;
    const TastSymbol *m = method ? sym_of(g, sel->sym) : NULL;
    if (method && !func_ref(g, sel->sym)) {
        /* A method of a standard-library type: a deferred native. */
        uint32_t *types = sig_types(g, sig, m->recv, &n);
        uint32_t base = window(fn, types, n);
        Val r = receiver(fn, fun, sel, m->recv);
        emit3(fn, OP_MOVE, base, r.reg, 0);
        release_val(fn, r);
        arguments(fn, call, types + 1, nparams, sig->variadic, base + 1);
        free(types);
        emit3(fn, OP_DEFERNATIVE, base, 1 + nparams, native_index(g, sel->sym, method_name(g, m)));
        return;
    }
    suspend_window(fn, call, fun, sel, sig, OP_DEFER);
}

/* ==== go ============================================================== */

/* go f(x): the function value and the arguments, evaluated now, in a
 * window as CALLV takes them; GO starts a task calling it.  A builtin,
 * a native or a method the program does not compile goes through a
 * gowrap function, as for defer. */
void go_stmt(Fn *fn, const Node *s)
{
    Gen *g = fn->g;
    const Node *call = unparen(s->kids[GO_CALL]);
    const Node *fun = unparen(call->kids[CALL_FUN]);
    const TastFacts *ff = facts(g, fun);
    if (!ff || ff->mode == TM_TYPE) {
        unsupported(g, s, "go of a conversion");
        return;
    }
    const TastSelection *sel = fun->kind == AST_SELECTOR && ff->sel ? &g->t->sels[ff->sel - 1] : NULL;
    bool method = sel && sel->kind == TSEL_METHOD;
    if (ff->mode == TM_BUILTIN || (sel && sel->kind == TSEL_PKG_MEMBER)) {
        defer_through_wrap(fn, s, call, fun, true, OP_GO);
        return;
    }
    if ((sel && sel->kind == TSEL_IFACE_METHOD) || (method && !func_ref(g, sel->sym))) {
        defer_through_wrap(fn, s, call, fun, false, OP_GO);
        return;
    }
    const TastSymbol *m = method ? sym_of(g, sel->sym) : NULL;
    suspend_window(fn, call, fun, sel, underlying(g, method ? m->type : ff->type), OP_GO);
}
