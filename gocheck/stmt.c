/* stmt.c - function bodies: statements, scopes, assignments and short
 * variable declarations, switches, loops, labels and branches, the
 * terminating-statement rule behind "missing return", and "declared
 * and not used". */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void stmt(Checker *ck, const Node *s, bool fallthrough_ok);

/* ==== scopes ========================================================== */

void check_open_scope(Checker *ck, ScopeKind kind)
{
    ck->scope = scope_new(ck->arena, kind, ck->scope);
}

void check_unused(Checker *ck, Scope *s)
{
    for (uint32_t i = 0; i < scope_len(s); i++) {
        Symbol *sym = scope_at(s, i);
        if (sym->flags & SYMF_USED)
            continue;
        if (sym->kind == SYM_VAR && !sym->global && sym->decl) {
            check_errorf(ck, sym->decl, "declared and not used: %s", sym->name);
        } else if (sym->kind == SYM_PACKAGE && sym->spec) {
            Package *p = sym->pkg;
            const Node *name = sym->spec->kids[IMPORT_SPEC_NAME];
            /* The path as the file writes it ("../shared"), not the
             * canonical one the package is known by. */
            const Node *lit = sym->spec->kids[IMPORT_SPEC_PATH];
            ConstVal v;
            const char *path = p->path;
            bool unquoted = const_make_string_lit(lit->text, lit->text_len, &v) == CONST_OK;
            if (unquoted)
                path = v.str;
            const char *elem = strrchr(path, '/');
            elem = elem ? elem + 1 : path;
            if (name && !ast_text_is(name, ".") && strcmp(sym->name, p->name) != 0 && strcmp(sym->name, elem) != 0)
                check_errorf(ck, sym->spec, "\"%s\" imported as %s and not used", path, sym->name);
            else
                check_errorf(ck, sym->spec, "\"%s\" imported and not used", path);
            if (unquoted)
                const_free(&v);
        }
    }
}

void check_close_scope(Checker *ck)
{
    check_unused(ck, ck->scope);
    ck->scope = ck->scope->parent;
}

static void push_loop(Checker *ck, const Node *loop)
{
    FuncCtx *fn = ck->fn;
    if (fn->nloops == fn->loopcap) {
        fn->loopcap = fn->loopcap ? 2 * fn->loopcap : 8;
        fn->loops = xrealloc(fn->loops, fn->loopcap * sizeof *fn->loops);
    }
    fn->loops[fn->nloops++] = loop;
}

/* ==== terminating statements (Go spec) ================================ */

static bool is_panic_call(const Node *s)
{
    if (s->kind != AST_EXPR_STMT)
        return false;
    const Node *c = unparen(s->kids[EXPR_STMT_X]);
    if (c->kind != AST_CALL)
        return false;
    const Node *f = unparen(c->kids[CALL_FUN]);
    return f->kind == AST_IDENT && ast_text_is(f, "panic");
}

/* Is there a break in s that leaves the statement labelled label (NULL:
 * unlabelled) whose body s is?  Breaks inside nested loops, switches,
 * selects and function literals leave those instead. */
static bool has_break(const Node *s, const char *label, bool implicit, unsigned depth)
{
    if (!s || depth > AST_MAX_DEPTH)
        return false;
    switch ((AstKind)s->kind) {
    case AST_BRANCH:
        if (s->op != TOK_BREAK)
            return false;
        if (!s->kids[BRANCH_LABEL])
            return implicit;
        return label && ast_text_is(s->kids[BRANCH_LABEL], label);
    case AST_FUNC_LIT:
        return false;
    case AST_FOR: case AST_RANGE: case AST_SWITCH: case AST_TYPE_SWITCH: case AST_SELECT:
        implicit = false;
        break;
    default:
        if (s->kind >= AST_BAD_EXPR && s->kind <= AST_BINARY)
            return false;   /* expressions hold no statements but in literals */
        break;
    }
    for (uint32_t i = 0; i < s->nkids; i++)
        if (has_break(s->kids[i], label, implicit, depth + 1))
            return true;
    return false;
}

static bool list_terminates(const Node *const *stmts, uint32_t n)
{
    while (n > 0 && stmts[n - 1]->kind == AST_EMPTY_STMT)
        n--;
    return n > 0 && check_is_terminating(stmts[n - 1], NULL);
}

static bool clauses_terminate(const Node *body, const char *label, bool need_default, bool select)
{
    bool has_default = false;
    for (uint32_t i = 0; i < body->nkids; i++) {
        const Node *cc = body->kids[i];
        const Node *comm_or_list = cc->kids[0];
        if (!comm_or_list)
            has_default = true;
        const Node *const *stmts = (const Node *const *)&cc->kids[1];
        uint32_t n = cc->nkids - 1;
        bool ft = n > 0 && stmts[n - 1]->kind == AST_BRANCH && stmts[n - 1]->op == TOK_FALLTHROUGH;
        if (!ft && !list_terminates(stmts, n))
            return false;
        for (uint32_t j = 0; j < n; j++)
            if (has_break(stmts[j], label, true, 0))
                return false;
    }
    (void)select;
    return has_default || !need_default;
}

bool check_is_terminating(const Node *s, const char *label)
{
    switch ((AstKind)s->kind) {
    case AST_RETURN: return true;
    case AST_BRANCH: return s->op == TOK_GOTO || s->op == TOK_FALLTHROUGH;
    case AST_EXPR_STMT: return is_panic_call(s);
    case AST_BLOCK: return list_terminates((const Node *const *)s->kids, s->nkids);
    case AST_IF:
        return s->kids[IF_ELSE] && check_is_terminating(s->kids[IF_THEN], NULL) &&
               check_is_terminating(s->kids[IF_ELSE], NULL);
    case AST_LABELED: {
        const Node *l = s->kids[LABELED_LABEL];
        char name[256];
        size_t len = l->text_len < sizeof name - 1 ? l->text_len : sizeof name - 1;
        memcpy(name, l->text, len);
        name[len] = '\0';
        return check_is_terminating(s->kids[LABELED_STMT], name);
    }
    case AST_FOR:
        return !s->kids[FOR_COND] && !has_break(s->kids[FOR_BODY], label, true, 0);
    case AST_SWITCH: return clauses_terminate(s->kids[SWITCH_BODY], label, true, false);
    case AST_TYPE_SWITCH: return clauses_terminate(s->kids[TYPE_SWITCH_BODY], label, true, false);
    case AST_SELECT: return clauses_terminate(s->kids[SELECT_BODY], label, false, true);
    default: return false;
    }
}

/* ==== labels and branches (as cmd/compile's syntax/branches.go) ======= */

typedef struct LabelInfo {
    const Node *stmt;      /* the Labeled statement */
    const Node *block;     /* the block it is in */
    uint32_t index;        /* its place in the block */
    bool used;
} LabelInfo;

typedef struct BranchWalk {
    Checker *ck;
    LabelInfo *labels;
    uint32_t nlabels, cap;
    const Node **gotos;    /* goto statements, with the blocks around them */
    const Node ***goto_blocks;
    uint32_t *goto_nblocks;
    uint32_t **goto_index;
    uint32_t ngotos, gotocap;
    const Node **blocks;   /* the blocks around the statement being walked */
    uint32_t *index;
    uint32_t nblocks, blockcap;
} BranchWalk;

static bool same_name(const Node *a, const Node *b)
{
    return a->text_len == b->text_len && memcmp(a->text, b->text, a->text_len) == 0;
}

static void collect_labels(BranchWalk *w, const Node *s, const Node *block, uint32_t index, unsigned depth)
{
    if (!s || depth > AST_MAX_DEPTH || s->kind == AST_FUNC_LIT)
        return;
    if (s->kind >= AST_BAD_EXPR && s->kind <= AST_BINARY)
        return;
    if (s->kind == AST_LABELED) {
        const Node *l = s->kids[LABELED_LABEL];
        bool dup = false;
        for (uint32_t i = 0; i < w->nlabels && !dup; i++) {
            const Node *o = w->labels[i].stmt->kids[LABELED_LABEL];
            if (same_name(o, l)) {
                check_errorf(w->ck, l, "label %.*s already defined at %s:%u:%u", (int)l->text_len, l->text,
                             w->ck->diag->files[o->pos.file], o->pos.line, o->pos.col);
                dup = true;
            }
        }
        if (!dup) {
            if (w->nlabels == w->cap) {
                w->cap = w->cap ? 2 * w->cap : 8;
                w->labels = xrealloc(w->labels, w->cap * sizeof *w->labels);
            }
            w->labels[w->nlabels++] = (LabelInfo){s, block, index, false};
        }
    }
    if (s->kind == AST_BLOCK || s->kind == AST_CASE_CLAUSE || s->kind == AST_COMM_CLAUSE) {
        uint32_t first = s->kind == AST_BLOCK ? 0 : 1;
        for (uint32_t i = first; i < s->nkids; i++)
            collect_labels(w, s->kids[i], s, i, depth + 1);
        return;
    }
    for (uint32_t i = 0; i < s->nkids; i++)
        collect_labels(w, s->kids[i], block, index, depth + 1);
}

static LabelInfo *find_label(BranchWalk *w, const Node *name)
{
    for (uint32_t i = 0; i < w->nlabels; i++)
        if (same_name(w->labels[i].stmt->kids[LABELED_LABEL], name))
            return &w->labels[i];
    return NULL;
}

/* Enclosing statements a break or continue may target. */
typedef struct Target {
    const Node *stmt;      /* For, Range, Switch, TypeSwitch or Select */
    const Node *label;     /* its label's Ident, or NULL */
} Target;

static void push_block(BranchWalk *w, const Node *b, uint32_t i)
{
    if (w->nblocks == w->blockcap) {
        w->blockcap = w->blockcap ? 2 * w->blockcap : 16;
        w->blocks = xrealloc(w->blocks, w->blockcap * sizeof *w->blocks);
        w->index = xrealloc(w->index, w->blockcap * sizeof *w->index);
    }
    w->blocks[w->nblocks] = b;
    w->index[w->nblocks++] = i;
}

static void walk_branches(BranchWalk *w, const Node *s, Target *targets, uint32_t ntargets,
                          const Node *label, unsigned depth)
{
    if (!s || depth > AST_MAX_DEPTH || s->kind == AST_FUNC_LIT)
        return;
    if (s->kind >= AST_BAD_EXPR && s->kind <= AST_BINARY)
        return;
    Checker *ck = w->ck;
    switch ((AstKind)s->kind) {
    case AST_LABELED:
        walk_branches(w, s->kids[LABELED_STMT], targets, ntargets, s->kids[LABELED_LABEL], depth + 1);
        return;
    case AST_BRANCH: {
        const Node *l = s->kids[BRANCH_LABEL];
        const char *word = tok_spelling((TokKind)s->op);
        if (s->op == TOK_FALLTHROUGH)
            return;
        if (s->op == TOK_GOTO) {
            if (!l)
                return;
            LabelInfo *li = find_label(w, l);
            if (!li) {
                check_errorf(ck, l, "label %.*s not defined", (int)l->text_len, l->text);
                return;
            }
            li->used = true;
            /* The label's block must be one of the goto's blocks. */
            uint32_t b = w->nblocks;
            while (b > 0 && w->blocks[b - 1] != li->block)
                b--;
            if (b == 0) {
                const Node *blk = li->block;
                Pos at = blk->kind == AST_BLOCK ? blk->pos : blk->pos;
                check_errorf(ck, s, "goto %.*s jumps into block starting at %s:%u:%u", (int)l->text_len, l->text,
                             ck->diag->files[at.file], at.line, at.col);
                return;
            }
            /* A forward jump must not skip a variable declaration. */
            uint32_t from = w->index[b - 1];
            const Node *blk = li->block;
            uint32_t first = blk->kind == AST_BLOCK ? 0 : 1;
            (void)first;
            for (uint32_t i = from + 1; i < li->index; i++) {
                const Node *d = blk->kids[i];
                const Node *decl = NULL;
                if (d->kind == AST_DECL_STMT && d->kids[DECL_STMT_DECL]->op == TOK_VAR)
                    decl = d->kids[DECL_STMT_DECL]->kids[0]->kids[VALUE_SPEC_NAMES]->kids[0];
                else if (d->kind == AST_ASSIGN && d->op == TOK_DEFINE)
                    decl = d->kids[ASSIGN_LHS]->kids[0];
                if (decl) {
                    check_errorf(ck, s, "goto %.*s jumps over variable declaration at line %u", (int)l->text_len,
                                 l->text, decl->pos.line);
                    return;
                }
            }
            return;
        }
        bool is_break = s->op == TOK_BREAK;
        if (!l) {
            for (uint32_t i = ntargets; i-- > 0;) {
                AstKind k = (AstKind)targets[i].stmt->kind;
                if (is_break || k == AST_FOR || k == AST_RANGE)
                    return;
            }
            check_errorf(ck, s, is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            return;
        }
        LabelInfo *li = find_label(w, l);
        if (!li) {
            check_errorf(ck, l, "%s label not defined: %.*s", word, (int)l->text_len, l->text);
            return;
        }
        li->used = true;
        for (uint32_t i = ntargets; i-- > 0;) {
            if (targets[i].label && same_name(targets[i].label, l)) {
                AstKind k = (AstKind)targets[i].stmt->kind;
                if (!is_break && k != AST_FOR && k != AST_RANGE)
                    break;
                return;
            }
        }
        check_errorf(ck, l, "invalid %s label %.*s", word, (int)l->text_len, l->text);
        return;
    }
    case AST_FOR: case AST_RANGE: case AST_SWITCH: case AST_TYPE_SWITCH: case AST_SELECT: {
        Target *t = xmalloc((ntargets + 1) * sizeof *t);
        if (ntargets > 0)
            memcpy(t, targets, ntargets * sizeof *t);
        t[ntargets] = (Target){s, label};
        for (uint32_t i = 0; i < s->nkids; i++)
            walk_branches(w, s->kids[i], t, ntargets + 1, NULL, depth + 1);
        free(t);
        return;
    }
    case AST_BLOCK: case AST_CASE_CLAUSE: case AST_COMM_CLAUSE: {
        uint32_t first = s->kind == AST_BLOCK ? 0 : 1;
        for (uint32_t i = 0; i < first; i++)
            walk_branches(w, s->kids[i], targets, ntargets, NULL, depth + 1);
        for (uint32_t i = first; i < s->nkids; i++) {
            push_block(w, s, i);
            walk_branches(w, s->kids[i], targets, ntargets, NULL, depth + 1);
            w->nblocks--;
        }
        return;
    }
    default:
        for (uint32_t i = 0; i < s->nkids; i++)
            walk_branches(w, s->kids[i], targets, ntargets, NULL, depth + 1);
        return;
    }
}

static void check_branches(Checker *ck, const Node *body)
{
    BranchWalk w = {.ck = ck};
    collect_labels(&w, body, body, 0, 0);
    walk_branches(&w, body, NULL, 0, NULL, 0);
    for (uint32_t i = 0; i < w.nlabels; i++)
        if (!w.labels[i].used) {
            const Node *l = w.labels[i].stmt->kids[LABELED_LABEL];
            check_errorf(ck, l, "label %.*s defined and not used", (int)l->text_len, l->text);
        }
    free(w.labels);
    free(w.blocks);
    free(w.index);
}

/* ==== assignments ===================================================== */

/* The left side of an assignment: like an expression, but reading a
 * variable here does not count as a use. */
static void lhs_expr(Checker *ck, Operand *z, const Node *lhs)
{
    const Node *id = unparen(lhs);
    Symbol *v = NULL;
    uint32_t used = 0;
    if (id->kind == AST_IDENT) {
        v = scope_lookup(ck->scope, check_name(ck, id), NULL);
        if (v && v->kind == SYM_VAR)
            used = v->flags & SYMF_USED;
        else
            v = NULL;
    }
    check_expr(ck, z, lhs, 0);
    if (v && !used)
        v->flags &= ~(uint32_t)SYMF_USED;
}

/* Assigns x to lhs; false if lhs cannot be assigned to. */
static void assign_var(Checker *ck, const Node *lhs, Operand *x)
{
    const Node *id = unparen(lhs);
    if (id->kind == AST_IDENT && ast_text_is(id, "_")) {
        check_record_type(ck, id, MODE_VAR, TYPE_INVALID);
        if (x)
            check_assignment(ck, x, 0, "assignment to _ identifier");
        return;
    }
    Operand z;
    lhs_expr(ck, &z, lhs);
    if (z.mode == MODE_INVALID || z.type == TYPE_INVALID) {
        operand_free(&z);
        return;
    }
    switch (z.mode) {
    case MODE_VAR: case MODE_MAPINDEX: break;
    case MODE_NIL:
        check_errorf(ck, lhs, "cannot assign to nil");
        operand_free(&z);
        return;
    default: {
        const Node *sel = unparen(lhs);
        if (sel->kind == AST_SELECTOR) {
            NodeInfo *xi = check_info(ck, sel->kids[SELECTOR_X]);
            if (xi && xi->mode == MODE_MAPINDEX) {
                check_errorf(ck, lhs, "cannot assign to struct field %s in map", check_expr_str(ck, lhs));
                operand_free(&z);
                return;
            }
        }
        check_errorf(ck, lhs, "cannot assign to %s (neither addressable nor a map index expression)",
                     check_expr_str(ck, lhs));
        operand_free(&z);
        return;
    }
    }
    check_note_write(ck, lhs);
    if (x)
        check_assignment(ck, x, z.type, "assignment");
    operand_free(&z);
}

static void assign_error(Checker *ck, const Node *const *rhs, uint32_t nrhs, uint32_t l, uint32_t r)
{
    const Node *r0 = rhs[0];
    const Node *call = unparen(r0);
    if (nrhs == 1 && call->kind == AST_CALL)
        check_errorf(ck, r0, "assignment mismatch: %u variable%s but %s returns %u value%s", l, l == 1 ? "" : "s",
                     check_expr_str(ck, call->kids[CALL_FUN]), r, r == 1 ? "" : "s");
    else
        check_errorf(ck, r0, "assignment mismatch: %u variable%s but %u value%s", l, l == 1 ? "" : "s", r,
                     r == 1 ? "" : "s");
}

static void free_ops(Operand *xs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        operand_free(&xs[i]);
    free(xs);
}

static void assign_stmt(Checker *ck, const Node *s)
{
    const Node *lhs = s->kids[ASSIGN_LHS], *rhs = s->kids[ASSIGN_RHS];
    uint32_t nl = list_len(lhs), nr = list_len(rhs);
    Operand *xs;
    uint32_t nx;
    bool commaok;
    check_expr_list(ck, (const Node *const *)rhs->kids, nr, &xs, &nx, nl == 2, &commaok);
    if (nl != nx) {
        bool bad = false;
        for (uint32_t i = 0; i < nx; i++)
            bad |= xs[i].mode == MODE_INVALID;
        for (uint32_t i = 0; i < nl; i++)
            assign_var(ck, lhs->kids[i], NULL);
        if (!bad)
            assign_error(ck, (const Node *const *)rhs->kids, nr, nl, nx);
        free_ops(xs, nx);
        return;
    }
    for (uint32_t i = 0; i < nl; i++)
        assign_var(ck, lhs->kids[i], &xs[i]);
    free_ops(xs, nx);
}

static void short_var_decl(Checker *ck, const Node *s)
{
    const Node *lhs = s->kids[ASSIGN_LHS], *rhs = s->kids[ASSIGN_RHS];
    uint32_t nl = list_len(lhs), nr = list_len(rhs);
    Symbol **vars = xcalloc(nl, sizeof *vars);
    bool *fresh = xcalloc(nl, sizeof *fresh);
    bool any_new = false;
    for (uint32_t i = 0; i < nl; i++) {
        const Node *id = lhs->kids[i];
        if (id->kind != AST_IDENT) {
            check_errorf(ck, id, "non-name %s on left side of :=", check_expr_str(ck, id));
            continue;
        }
        const char *name = check_name(ck, id);
        Symbol *old = scope_is_blank(name) ? NULL : scope_lookup_local(ck->scope, name);
        /* A name declared twice on the left is new once. */
        for (uint32_t j = 0; j < i && !old && !scope_is_blank(name); j++)
            if (fresh[j] && vars[j] && vars[j]->name == name) {
                check_errorf(ck, id, "%s repeated on left side of :=", name);
                old = vars[j];
            }
        if (old) {
            if (old->kind != SYM_VAR)
                check_errorf(ck, id, "cannot assign to %s", check_expr_str(ck, id));
            else
                vars[i] = old;
            check_record_sym(ck, id, old);
            continue;
        }
        Symbol *v = symbol_new(ck->arena, SYM_VAR, name, TYPE_INVALID, id);
        v->file = id->pos.file;
        v->pkgpath = ck->pkg.path;
        v->owner = ck->fn;
        v->loop_depth = ck->fn ? ck->fn->nloops : 0;
        vars[i] = v;
        fresh[i] = true;
        if (!scope_is_blank(name))
            any_new = true;
        check_record_sym(ck, id, v);
    }
    Operand *xs;
    uint32_t nx;
    bool commaok;
    check_expr_list(ck, (const Node *const *)rhs->kids, nr, &xs, &nx, nl == 2, &commaok);
    if (nl != nx) {
        bool bad = false;
        for (uint32_t i = 0; i < nx; i++)
            bad |= xs[i].mode == MODE_INVALID;
        if (!bad)
            assign_error(ck, (const Node *const *)rhs->kids, nr, nl, nx);
        for (uint32_t i = 0; i < nl; i++)
            if (vars[i] && fresh[i]) {
                vars[i]->type = TYPE_INVALID;
                vars[i]->flags |= SYMF_USED;
            }
    } else {
        for (uint32_t i = 0; i < nl; i++) {
            Symbol *v = vars[i];
            if (!v) {
                operand_free(&xs[i]);
                continue;
            }
            if (!fresh[i]) {
                check_note_write(ck, lhs->kids[i]);
                check_assignment(ck, &xs[i], v->type, "assignment");
                continue;
            }
            Operand *x = &xs[i];
            check_single_value(ck, x);
            if (x->mode == MODE_INVALID) {
                v->type = TYPE_INVALID;
                v->flags |= SYMF_USED;
                continue;
            }
            if (x->mode == MODE_NIL || x->type == TY_UNTYPED_NIL) {
                check_errorf(ck, x->expr, "use of untyped nil in assignment");
                v->type = TYPE_INVALID;
                v->flags |= SYMF_USED;
                continue;
            }
            TypeId t = check_default(ck, x->type);
            check_assignment(ck, x, t, "assignment");
            v->type = x->mode == MODE_INVALID ? TYPE_INVALID : t;
            if (x->mode == MODE_INVALID)
                v->flags |= SYMF_USED;
            check_record_type(ck, lhs->kids[i], MODE_VAR, v->type);
        }
    }
    free_ops(xs, nx);
    /* The new variables' scope starts after the statement. */
    for (uint32_t i = 0; i < nl; i++)
        if (vars[i] && fresh[i] && !scope_is_blank(vars[i]->name)) {
            Symbol *dup = scope_insert(ck->scope, vars[i]);   /* checked above: new */
            (void)dup;
            check_sym_id(ck, vars[i]);
        }
    if (!any_new)
        check_error_at(ck, s->pos, "no new variables on left side of :=");
    free(vars);
    free(fresh);
}

static void op_assign(Checker *ck, const Node *s)
{
    const Node *lhs = s->kids[ASSIGN_LHS], *rhs = s->kids[ASSIGN_RHS];
    if (list_len(lhs) != 1 || list_len(rhs) != 1) {
        check_errorf(ck, s, "assignment operation %s requires single-valued expressions",
                     tok_spelling((TokKind)s->op));
        return;
    }
    Operand x;
    /* The statement stands for the operation in messages: x += "s". */
    check_binary(ck, &x, s, lhs->kids[0], rhs->kids[0], tok_assign_of((TokKind)s->op));
    if (x.mode == MODE_INVALID) {
        operand_free(&x);
        return;
    }
    x.expr = rhs->kids[0];
    assign_var(ck, lhs->kids[0], &x);
    operand_free(&x);
}

static void inc_dec(Checker *ck, const Node *s)
{
    const Node *xe = s->kids[INC_DEC_X];
    Operand x;
    check_value(ck, &x, xe, 0);
    if (x.mode == MODE_INVALID) {
        operand_free(&x);
        return;
    }
    if (!types_is_numeric(ck->types, x.type)) {
        const char *op = s->op == TOK_INC ? "++" : "--";
        check_errorf(ck, xe, "invalid operation: %s%s (non-numeric type %s)", check_expr_str(ck, xe), op,
                     check_type_str(ck, x.type));
        operand_free(&x);
        return;
    }
    operand_free(&x);
    /* x++ assigns x + 1; the 1 is a node of no file, so nothing about it
     * is recorded (and, x being numeric, nothing can be reported). */
    static const Node one_lit = {.kind = AST_BASIC_LIT, .op = TOK_INT, .pos = {UINT32_MAX, 0, 0}, .text = "1",
                                 .text_len = 1};
    Operand one = {.mode = MODE_CONST, .type = TY_UNTYPED_INT, .val = const_make_int64(1), .expr = &one_lit};
    assign_var(ck, xe, &one);
    operand_free(&one);
}

/* ==== statements ====================================================== */

static void stmt_list(Checker *ck, const Node *const *stmts, uint32_t n, bool fallthrough_ok)
{
    for (uint32_t i = 0; i < n; i++) {
        /* fallthrough may only end a case clause (not the last one). */
        bool last = i + 1 == n;
        stmt(ck, stmts[i], fallthrough_ok && last);
    }
}

void check_block_stmts(Checker *ck, const Node *block)
{
    stmt_list(ck, (const Node *const *)block->kids, block->nkids, false);
}

static void condition(Checker *ck, const Node *e, const char *what)
{
    Operand x;
    check_value(ck, &x, e, 0);
    if (x.mode != MODE_INVALID && !types_is_boolean(ck->types, x.type))
        check_errorf(ck, e, "non-boolean condition in %s statement", what);
    else if (x.mode != MODE_INVALID)
        check_convert_untyped(ck, &x, TY_BOOL);
    operand_free(&x);
}

static void return_stmt(Checker *ck, const Node *s)
{
    FuncCtx *fn = ck->fn;
    const Type *sig = types_get(ck->types, fn->sig);
    const Type *res = types_get(ck->types, sig->results);
    uint32_t n = s->nkids - RETURN_RESULTS;
    if (n == 0) {
        if (res->n > 0 && !fn->named_results) {
            Buf *b = &ck->scratch;
            b->len = 0;
            buf_puts(b, "not enough return values\n\thave ()\n\twant (");
            for (uint32_t i = 0; i < res->n; i++)
                buf_printf(b, "%s%s", i ? ", " : "", check_type_str(ck, res->ids[i]));
            buf_puts(b, ")");
            buf_putc(b, '\0');
            check_errorf(ck, s, "%s", (const char *)b->data);
        }
        if (fn->named_results)
            for (uint32_t i = 0; i < fn->nresults; i++) {
                Symbol *r = fn->results[i];
                Symbol *vis = r ? scope_lookup(ck->scope, r->name, NULL) : NULL;
                if (r && vis != r) {
                    check_errorf(ck, s, "result parameter %s not in scope at return\n\tinner declaration of %s",
                                 r->name, r->name);
                    break;
                }
            }
        return;
    }
    Operand *xs;
    uint32_t nx;
    bool commaok;
    check_expr_list(ck, (const Node *const *)&s->kids[RETURN_RESULTS], n, &xs, &nx, false, &commaok);
    bool bad = false;
    for (uint32_t i = 0; i < nx; i++)
        bad |= xs[i].mode == MODE_INVALID;
    if (res->n == 0 && nx > 0 && !bad) {
        check_errorf(ck, xs[0].expr, "too many return values\n\thave (%s)\n\twant ()",
                     check_type_str(ck, xs[0].type));
    } else if (nx != res->n && !bad) {
        const Node *at = s;
        const char *qual = "not enough";
        if (nx > res->n) {
            at = xs[res->n].expr;
            qual = "too many";
        } else if (nx > 0) {
            at = xs[nx - 1].expr;
        }
        Buf *b = &ck->scratch;
        b->len = 0;
        buf_printf(b, "%s return values\n\thave (", qual);
        for (uint32_t i = 0; i < nx; i++) {
            TypeId t = xs[i].type;
            const char *ts = check_is_untyped(ck, t) ? (types_is_numeric(ck->types, t) ? "number"
                                                        : check_type_str(ck, t) + strlen("untyped "))
                                                    : check_type_str(ck, t);
            buf_printf(b, "%s%s", i ? ", " : "", ts);
        }
        buf_puts(b, ")\n\twant (");
        for (uint32_t i = 0; i < res->n; i++)
            buf_printf(b, "%s%s", i ? ", " : "", check_type_str(ck, res->ids[i]));
        buf_puts(b, ")");
        buf_putc(b, '\0');
        check_errorf(ck, at, "%s", (const char *)b->data);
    } else if (!bad) {
        for (uint32_t i = 0; i < nx; i++)
            check_assignment(ck, &xs[i], res->ids[i], "return statement");
    }
    free_ops(xs, nx);
}

/* go f(args): what f gets is copied for the new task (snapshot.c);
 * so is the receiver of go x.m(). */
static void go_snapshot(Checker *ck, const Node *call)
{
    for (uint32_t i = CALL_ARGS; i < call->nkids; i++) {
        NodeInfo *ai = check_info(ck, call->kids[i]);
        if (ai && ai->mode != MODE_INVALID && ai->mode != MODE_TYPE)
            check_snapshot_value(ck, call->kids[i], ai->conv ? ai->conv : ai->type);
    }
    const Node *fun = unparen(call->kids[CALL_FUN]);
    NodeInfo *fi = check_info(ck, fun);
    if (fun->kind == AST_SELECTOR && fi && fi->mode != MODE_BUILTIN) {
        NodeInfo *xi = check_info(ck, fun->kids[SELECTOR_X]);
        if (xi && (xi->mode == MODE_VAR || xi->mode == MODE_VALUE || xi->mode == MODE_MAPINDEX))
            check_snapshot_value(ck, fun->kids[SELECTOR_X], xi->type);
    }
    check_snapshot_captures(ck, fun);
}

static void suspended_call(Checker *ck, const Node *s, const char *keyword)
{
    const Node *call = s->kids[0];
    if (unparen(call)->kind != AST_CALL) {
        check_errorf(ck, call, "expression in %s must be function call", keyword);
        Operand x;
        check_expr_or_type(ck, &x, call);
        operand_free(&x);
        return;
    }
    Operand x;
    check_expr(ck, &x, call, 0);
    if (strcmp(keyword, "go") == 0)
        go_snapshot(ck, unparen(call));
    NodeInfo *fi = check_info(ck, unparen(call)->kids[CALL_FUN]);
    if (x.mode != MODE_INVALID && fi) {
        if (fi->mode == MODE_TYPE)
            check_errorf(ck, call, "%s requires function call, not conversion %s", keyword, check_operand_str(ck, &x));
        else if (fi->mode == MODE_BUILTIN && !check_builtin_is_statement(ck, unparen(call)->kids[CALL_FUN]))
            check_errorf(ck, call, "%s discards result of %s", keyword, check_operand_str(ck, &x));
    }
    operand_free(&x);
}

static void send_stmt(Checker *ck, const Node *s)
{
    Operand ch, v;
    check_value(ck, &ch, s->kids[SEND_CHAN], 0);
    check_value(ck, &v, s->kids[SEND_VALUE], 0);
    if (ch.mode != MODE_INVALID && v.mode != MODE_INVALID) {
        TypeId u = types_underlying(ck->types, ch.type);
        const Type *ct = types_get(ck->types, u);
        if (ct->kind != TY_CHAN)
            check_errorf(ck, s, "invalid operation: cannot send to non-channel %s", check_operand_str(ck, &ch));
        else if (ct->dir == CHAN_RECV)
            check_errorf(ck, s, "invalid operation: cannot send to receive-only channel %s",
                         check_operand_str(ck, &ch));
        else
            check_assignment(ck, &v, ct->elem, "send");
    }
    operand_free(&ch);
    operand_free(&v);
}

/* ==== switch ========================================================== */

typedef struct SeenCase {
    ConstVal val;
    TypeId type;
    const Node *at;
} SeenCase;

static void expr_switch(Checker *ck, const Node *s)
{
    check_open_scope(ck, SCOPE_BLOCK);
    if (s->kids[SWITCH_INIT])
        stmt(ck, s->kids[SWITCH_INIT], false);
    Operand tag = {0};
    const Node *tag_expr = s->kids[SWITCH_TAG];
    if (tag_expr) {
        check_value(ck, &tag, tag_expr, 0);
        check_convert_untyped(ck, &tag, 0);
        TypeKind tk = types_kind(ck->types, types_underlying(ck->types, tag.type));
        bool nilable = tk == TY_FUNC || tk == TY_MAP || tk == TY_SLICE;   /* case nil: is fine */
        if (tag.mode != MODE_INVALID && !types_is_comparable(ck->types, tag.type) && !nilable) {
            check_errorf(ck, tag_expr, "cannot switch on %s (%s is not comparable)", check_operand_str(ck, &tag),
                         check_type_str(ck, tag.type));
            operand_invalid(&tag);
        }
    } else {
        /* A missing tag is the typed constant true (Go spec), named so in
         * messages; the name is a node of no file, so nothing records it. */
        static const Node true_name = {.kind = AST_IDENT, .pos = {UINT32_MAX, 0, 0}, .text = "true", .text_len = 4};
        tag_expr = &true_name;
        tag = (Operand){.mode = MODE_CONST, .type = TY_BOOL, .val = const_make_bool(true), .expr = tag_expr};
    }
    const Node *body = s->kids[SWITCH_BODY];
    const Node *first_default = NULL;
    SeenCase *seen = NULL;
    uint32_t nseen = 0, seencap = 0;
    for (uint32_t i = 0; i < body->nkids; i++) {
        const Node *cc = body->kids[i];
        const Node *list = cc->kids[CASE_CLAUSE_LIST];
        if (!list) {
            if (first_default)
                check_errorf(ck, cc, "multiple defaults (first at %s:%u:%u)", ck->diag->files[first_default->pos.file],
                             first_default->pos.line, first_default->pos.col);
            else
                first_default = cc;
        }
        for (uint32_t j = 0; list && j < list->nkids; j++) {
            Operand x;
            check_value(ck, &x, list->kids[j], 0);
            if (x.mode == MODE_INVALID || tag.mode == MODE_INVALID) {
                operand_free(&x);
                continue;
            }
            Operand t2 = tag;
            t2.val = const_copy(&tag.val);
            t2.expr = tag_expr;
            /* Match the case value to the tag like a binary operand. */
            if (check_is_untyped(ck, x.type) && !check_is_untyped(ck, t2.type))
                check_convert_untyped(ck, &x, t2.type);
            if (x.mode != MODE_INVALID) {
                Operand xv = x;
                xv.val = const_copy(&x.val);
                check_case_comparison(ck, &xv, &t2, tag_expr);
                if (xv.mode != MODE_INVALID && x.mode == MODE_CONST && x.val.kind != CONST_UNKNOWN) {
                    bool dup = false;
                    for (uint32_t k = 0; k < nseen && !dup; k++) {
                        bool eq;
                        if (types_identical(ck->types, seen[k].type, x.type) &&
                            const_compare(CONST_EQL, &seen[k].val, &x.val, &eq) == CONST_OK && eq) {
                            const Node *p = seen[k].at;
                            Pos pp = check_start_pos(p);
                            check_errorf(ck, x.expr, "duplicate case %s in expression switch\n\tprevious case at %s:%u:%u",
                                         check_operand_str(ck, &x), ck->diag->files[pp.file], pp.line, pp.col);
                            dup = true;
                        }
                    }
                    if (!dup) {
                        if (nseen == seencap) {
                            seencap = seencap ? 2 * seencap : 16;
                            seen = xrealloc(seen, seencap * sizeof *seen);
                        }
                        seen[nseen++] = (SeenCase){const_copy(&x.val), x.type, x.expr};
                    }
                }
                operand_free(&xv);
            }
            operand_free(&t2);
            operand_free(&x);
        }
        check_open_scope(ck, SCOPE_BLOCK);
        bool last = i + 1 == body->nkids;
        uint32_t n = cc->nkids - CASE_CLAUSE_BODY;
        const Node *const *stmts = (const Node *const *)&cc->kids[CASE_CLAUSE_BODY];
        for (uint32_t k = 0; k < n; k++) {
            const Node *st = stmts[k];
            if (k + 1 == n && st->kind == AST_BRANCH && st->op == TOK_FALLTHROUGH) {
                if (last)
                    check_errorf(ck, st, "cannot fallthrough final case in switch");
                continue;
            }
            stmt(ck, st, false);
        }
        check_close_scope(ck);
    }
    for (uint32_t k = 0; k < nseen; k++)
        const_free(&seen[k].val);
    free(seen);
    operand_free(&tag);
    check_close_scope(ck);
}

static void type_switch(Checker *ck, const Node *s)
{
    check_open_scope(ck, SCOPE_BLOCK);
    if (s->kids[TYPE_SWITCH_INIT])
        stmt(ck, s->kids[TYPE_SWITCH_INIT], false);
    const Node *a = s->kids[TYPE_SWITCH_ASSIGN];
    const Node *lhs = NULL, *guard;
    if (a->kind == AST_ASSIGN) {
        lhs = a->kids[ASSIGN_LHS]->kids[0];
        guard = a->kids[ASSIGN_RHS]->kids[0];
    } else {
        guard = a->kids[EXPR_STMT_X];
    }
    guard = unparen(guard);
    Operand x;
    check_value(ck, &x, guard->kids[TYPE_ASSERT_X], 0);
    bool ok = x.mode != MODE_INVALID;
    if (ok && !check_is_interface(ck, x.type)) {
        check_errorf(ck, x.expr, "%s is not an interface", check_operand_str(ck, &x));
        ok = false;
    }
    if (lhs && ast_text_is(lhs, "_")) {
        check_errorf(ck, lhs, "no new variable on left side of :=");
        lhs = NULL;
    }
    const Node *body = s->kids[TYPE_SWITCH_BODY];
    Symbol **clause_vars = xcalloc(body->nkids ? body->nkids : 1, sizeof *clause_vars);
    TypeId *seen = NULL;
    const Node **seen_at = NULL;
    uint32_t nseen = 0, seencap = 0;
    bool seen_nil = false;
    const Node *first_default = NULL;
    for (uint32_t i = 0; i < body->nkids; i++) {
        const Node *cc = body->kids[i];
        const Node *list = cc->kids[CASE_CLAUSE_LIST];
        TypeId single = TYPE_INVALID;
        uint32_t ntypes = 0;
        if (!list) {
            if (first_default)
                check_errorf(ck, cc, "multiple defaults in type switch (first at %s:%u:%u)",
                             ck->diag->files[first_default->pos.file], first_default->pos.line, first_default->pos.col);
            else
                first_default = cc;
        }
        for (uint32_t j = 0; list && j < list->nkids; j++) {
            const Node *te = list->kids[j];
            ntypes++;
            if (unparen(te)->kind == AST_IDENT && ast_text_is(unparen(te), "nil")) {
                Symbol *ns = scope_lookup(ck->scope, check_name(ck, unparen(te)), NULL);
                if (ns && ns->kind == SYM_NIL) {
                    check_record_type(ck, te, MODE_NIL, TY_UNTYPED_NIL);
                    if (seen_nil)
                        check_errorf(ck, te, "multiple nil cases in type switch (first at ...)");
                    seen_nil = true;
                    single = TY_UNTYPED_NIL;
                    continue;
                }
            }
            TypeId t = check_type(ck, te);
            single = t;
            if (t == TYPE_INVALID || !ok)
                continue;
            Buf cause;
            buf_init(&cause);
            if (!lookup_assertable(ck, x.type, t, &cause)) {
                buf_putc(&cause, '\0');
                check_errorf(ck, te, "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                             check_expr_str(ck, te), check_operand_str(ck, &x), check_type_str(ck, t),
                             (char *)cause.data);
            }
            buf_free(&cause);
            bool dup = false;
            for (uint32_t k = 0; k < nseen && !dup; k++)
                if (types_identical(ck->types, seen[k], t)) {
                    Pos pp = check_start_pos(seen_at[k]);
                    check_errorf(ck, te, "duplicate case %s in type switch\n\tprevious case at %s:%u:%u",
                                 check_type_str(ck, t), ck->diag->files[pp.file], pp.line, pp.col);
                    dup = true;
                }
            if (!dup) {
                if (nseen == seencap) {
                    seencap = seencap ? 2 * seencap : 16;
                    seen = xrealloc(seen, seencap * sizeof *seen);
                    seen_at = xrealloc(seen_at, seencap * sizeof *seen_at);
                }
                seen_at[nseen] = te;
                seen[nseen++] = t;
            }
        }
        check_open_scope(ck, SCOPE_BLOCK);
        if (lhs) {
            /* The bound variable: the case's type if it names one type,
             * else the guard's type. */
            TypeId vt = ntypes == 1 && single != TYPE_INVALID && single != TY_UNTYPED_NIL ? single
                        : ok ? x.type : TYPE_INVALID;
            Symbol *v = symbol_new(ck->arena, SYM_VAR, check_name(ck, lhs), vt, lhs);
            v->file = lhs->pos.file;
            v->pkgpath = ck->pkg.path;
            v->owner = ck->fn;
            v->loop_depth = ck->fn ? ck->fn->nloops : 0;
            v->flags |= vt == TYPE_INVALID ? SYMF_USED : 0;
            Symbol *old = scope_insert(ck->scope, v);   /* a fresh scope: never taken */
            (void)old;
            clause_vars[i] = v;
            check_record_sym(ck, cc, v);
        }
        uint32_t n = cc->nkids - CASE_CLAUSE_BODY;
        const Node *const *stmts = (const Node *const *)&cc->kids[CASE_CLAUSE_BODY];
        for (uint32_t k = 0; k < n; k++) {
            const Node *st = stmts[k];
            if (st->kind == AST_BRANCH && st->op == TOK_FALLTHROUGH) {
                check_errorf(ck, st, "cannot fallthrough in type switch");
                continue;
            }
            stmt(ck, st, false);
        }
        /* The clause variable is reported once for all clauses, below. */
        if (clause_vars[i])
            clause_vars[i]->flags |= (clause_vars[i]->flags & SYMF_USED) ? 0 : 0;
        Scope *cs = ck->scope;
        uint32_t keep = 0;
        if (clause_vars[i]) {
            keep = clause_vars[i]->flags & SYMF_USED;
            clause_vars[i]->flags |= SYMF_USED;
        }
        check_close_scope(ck);
        (void)cs;
        if (clause_vars[i] && !keep)
            clause_vars[i]->flags &= ~(uint32_t)SYMF_USED;
    }
    if (lhs) {
        bool used = body->nkids == 0 ? false : false;
        for (uint32_t i = 0; i < body->nkids; i++)
            if (clause_vars[i] && (clause_vars[i]->flags & SYMF_USED))
                used = true;
        if (!used)
            check_errorf(ck, lhs, "%s declared and not used", check_name(ck, lhs));
        /* The lhs identifier itself declares nothing; record the first. */
    }
    free(clause_vars);
    free(seen);
    free(seen_at);
    operand_free(&x);
    check_close_scope(ck);
}

/* ==== select ========================================================== */

static void select_stmt(Checker *ck, const Node *s)
{
    const Node *body = s->kids[SELECT_BODY];
    for (uint32_t i = 0; i < body->nkids; i++) {
        const Node *cc = body->kids[i];
        const Node *comm = cc->kids[COMM_CLAUSE_COMM];
        check_open_scope(ck, SCOPE_BLOCK);
        if (comm) {
            bool valid = false;
            if (comm->kind == AST_SEND) {
                valid = true;
            } else if (comm->kind == AST_EXPR_STMT) {
                const Node *e = unparen(comm->kids[EXPR_STMT_X]);
                valid = e->kind == AST_UNARY && e->op == TOK_ARROW;
            } else if (comm->kind == AST_ASSIGN && (comm->op == TOK_DEFINE || comm->op == TOK_ASSIGN) &&
                       list_len(comm->kids[ASSIGN_RHS]) == 1) {
                const Node *e = unparen(comm->kids[ASSIGN_RHS]->kids[0]);
                valid = e->kind == AST_UNARY && e->op == TOK_ARROW;
            }
            if (!valid)
                check_errorf(ck, comm, "select case must be receive, send or assign recv");
            stmt(ck, comm, false);
        }
        stmt_list(ck, (const Node *const *)&cc->kids[COMM_CLAUSE_BODY], cc->nkids - COMM_CLAUSE_BODY, false);
        check_close_scope(ck);
    }
}

/* ==== loops =========================================================== */

static void for_stmt(Checker *ck, const Node *s)
{
    check_open_scope(ck, SCOPE_BLOCK);
    if (s->kids[FOR_INIT])
        stmt(ck, s->kids[FOR_INIT], false);
    push_loop(ck, s);
    if (s->kids[FOR_COND])
        condition(ck, s->kids[FOR_COND], "for");
    if (s->kids[FOR_POST]) {
        const Node *post = s->kids[FOR_POST];
        if (post->kind == AST_ASSIGN && post->op == TOK_DEFINE)
            check_errorf(ck, post, "cannot declare in post statement of for loop");
        else
            stmt(ck, post, false);
    }
    check_open_scope(ck, SCOPE_BLOCK);
    check_block_stmts(ck, s->kids[FOR_BODY]);
    check_close_scope(ck);
    ck->fn->nloops--;
    check_close_scope(ck);
}

static void range_stmt(Checker *ck, const Node *s)
{
    check_open_scope(ck, SCOPE_BLOCK);
    Operand x;
    check_value(ck, &x, s->kids[RANGE_X], 0);
    const Node *ke = s->kids[RANGE_KEY], *ve = s->kids[RANGE_VALUE];
    TypeId kt = TYPE_INVALID, vt = TYPE_INVALID;
    bool ok = x.mode != MODE_INVALID, one_var = false;
    if (ok) {
        if (check_is_untyped(ck, x.type) && types_is_integer(ck->types, x.type) && x.mode == MODE_CONST)
            check_convert_untyped(ck, &x, 0);
        TypeId u = types_underlying(ck->types, x.type);
        const Type *ut = types_get(ck->types, u);
        switch (ut->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            kt = TY_INT, vt = ck->t_rune;
            check_convert_untyped(ck, &x, TY_STRING);
            break;
        case TY_ARRAY: kt = TY_INT, vt = ut->elem; break;
        case TY_SLICE: kt = TY_INT, vt = ut->elem; break;
        case TY_POINTER: {
            const Type *pt = types_get(ck->types, types_underlying(ck->types, ut->elem));
            if (pt->kind == TY_ARRAY)
                kt = TY_INT, vt = pt->elem;
            else
                ok = false;
            break;
        }
        case TY_MAP: kt = ut->key, vt = ut->elem; break;
        case TY_CHAN:
            kt = ut->elem, one_var = true;
            if (ut->dir == CHAN_SEND) {
                check_errorf(ck, x.expr, "cannot range over %s: receive from send-only channel",
                             check_operand_str(ck, &x));
                ok = false;
                kt = TYPE_INVALID;
            }
            break;
        default:
            if (types_is_integer(ck->types, u))
                kt = x.type, one_var = true;
            else
                ok = false;
            break;
        }
        if (!ok && kt == TYPE_INVALID && !(ut->kind == TY_CHAN))
            check_errorf(ck, x.expr, "cannot range over %s", check_operand_str(ck, &x));
        if (ok && one_var && ve)
            check_errorf(ck, ve, "range over %s permits only one iteration variable", check_operand_str(ck, &x));
    }
    const Node *vars[2] = {ke, ve};
    TypeId types[2] = {kt, vt};
    if (s->op == TOK_DEFINE) {
        Symbol *syms[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            if (!vars[i])
                continue;
            if (vars[i]->kind != AST_IDENT) {
                check_errorf(ck, vars[i], "non-name %s on left side of :=", check_expr_str(ck, vars[i]));
                continue;
            }
            Symbol *v = symbol_new(ck->arena, SYM_VAR, check_name(ck, vars[i]), ok ? types[i] : TYPE_INVALID, vars[i]);
            v->file = vars[i]->pos.file;
            v->pkgpath = ck->pkg.path;
            v->owner = ck->fn;
            v->loop_depth = ck->fn->nloops + 1;   /* per iteration (Go 1.22) */
            if (!ok)
                v->flags |= SYMF_USED;
            check_record_sym(ck, vars[i], v);
            check_record_type(ck, vars[i], MODE_VAR, v->type);
            syms[i] = v;
        }
        for (int i = 0; i < 2; i++)
            if (syms[i] && !scope_is_blank(syms[i]->name)) {
                Symbol *old = scope_insert(ck->scope, syms[i]);
                if (old)
                    check_errorf(ck, vars[i], "%s redeclared in this block", syms[i]->name);
                check_sym_id(ck, syms[i]);
            }
    } else if (s->op == TOK_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i])
                continue;
            if (ok) {
                Operand y = {.mode = MODE_VALUE, .type = types[i], .expr = vars[i]};
                assign_var(ck, vars[i], &y);
                operand_free(&y);
            } else {
                assign_var(ck, vars[i], NULL);
            }
        }
    }
    push_loop(ck, s);
    check_open_scope(ck, SCOPE_BLOCK);
    check_block_stmts(ck, s->kids[RANGE_BODY]);
    check_close_scope(ck);
    ck->fn->nloops--;
    operand_free(&x);
    check_close_scope(ck);
}

/* ==== the dispatcher ================================================== */

static void stmt(Checker *ck, const Node *s, bool fallthrough_ok)
{
    switch ((AstKind)s->kind) {
    case AST_EMPTY_STMT: case AST_BAD_STMT: break;
    case AST_DECL_STMT: decl_local(ck, s->kids[DECL_STMT_DECL]); break;
    case AST_LABELED: stmt(ck, s->kids[LABELED_STMT], fallthrough_ok); break;
    case AST_EXPR_STMT: check_expr_stmt(ck, s->kids[EXPR_STMT_X]); break;
    case AST_SEND: send_stmt(ck, s); break;
    case AST_INC_DEC: inc_dec(ck, s); break;
    case AST_ASSIGN:
        if (s->op == TOK_DEFINE)
            short_var_decl(ck, s);
        else if (s->op == TOK_ASSIGN)
            assign_stmt(ck, s);
        else
            op_assign(ck, s);
        break;
    case AST_GO: suspended_call(ck, s, "go"); break;
    case AST_DEFER: suspended_call(ck, s, "defer"); break;
    case AST_RETURN: return_stmt(ck, s); break;
    case AST_BRANCH:
        if (s->op == TOK_FALLTHROUGH && !fallthrough_ok)
            check_errorf(ck, s, "fallthrough statement out of place");
        break;
    case AST_BLOCK:
        check_open_scope(ck, SCOPE_BLOCK);
        check_block_stmts(ck, s);
        check_close_scope(ck);
        break;
    case AST_IF:
        check_open_scope(ck, SCOPE_BLOCK);
        if (s->kids[IF_INIT])
            stmt(ck, s->kids[IF_INIT], false);
        condition(ck, s->kids[IF_COND], "if");
        stmt(ck, s->kids[IF_THEN], false);
        if (s->kids[IF_ELSE])
            stmt(ck, s->kids[IF_ELSE], false);
        check_close_scope(ck);
        break;
    case AST_SWITCH: expr_switch(ck, s); break;
    case AST_TYPE_SWITCH: type_switch(ck, s); break;
    case AST_SELECT: select_stmt(ck, s); break;
    case AST_FOR: for_stmt(ck, s); break;
    case AST_RANGE: range_stmt(ck, s); break;
    default:
        check_errorf(ck, s, "invalid syntax tree: %s is not a statement", ast_display_name((AstKind)s->kind));
        break;
    }
}

void check_func_body(Checker *ck, FuncCtx *fn, const Node *body, Scope *scope)
{
    ck->fn = fn;
    ck->scope = scope;
    check_block_stmts(ck, body);
    check_branches(ck, body);
    const Type *sig = types_get(ck->types, fn->sig);
    if (types_get(ck->types, sig->results)->n > 0 && !check_is_terminating(body, NULL))
        check_error_at(ck, ast_end(body), "missing return");
    check_unused(ck, scope);
}
