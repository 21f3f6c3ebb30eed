/* expr.c - expressions: one function per node kind, each filling in an
 * Operand, with go/types' rules for untyped constants (they keep their
 * untyped type until the context gives them one), constant folding, and
 * go/types' messages.  An invalid operand is never reported twice. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void operand_free(Operand *x)
{
    const_free(&x->val);
}

void operand_invalid(Operand *x)
{
    const_free(&x->val);
    x->mode = MODE_INVALID;
}

TypeId check_default(Checker *ck, TypeId t)
{
    return t == TY_UNTYPED_RUNE ? ck->t_rune : types_default(ck->types, t);
}

void check_note_dot_use(Checker *ck, Symbol *sym, const Scope *found)
{
    if (!found || found->kind != SCOPE_FILE || sym->kind == SYM_PACKAGE || !sym->pkgpath)
        return;
    char key[512];
    snprintf(key, sizeof key, ".%s", sym->pkgpath);
    Symbol *dot = scope_lookup_local(found, interner_intern_cstr(ck->in, key));
    if (dot)
        dot->flags |= SYMF_USED;
}

bool check_is_untyped(Checker *ck, TypeId t)
{
    return types_is_untyped(ck->types, t);
}

static bool is_tuple(Checker *ck, TypeId t)
{
    return types_kind(ck->types, t) == TY_TUPLE;
}

void check_single_value(Checker *ck, Operand *x)
{
    if (x->mode == MODE_VALUE && is_tuple(ck, x->type)) {
        check_errorf(ck, x->expr, "multiple-value %s in single-value context", check_operand_str(ck, x));
        operand_invalid(x);
    }
}

/* The operand must be a value: not a type, a builtin or nothing. */
static void must_be_value(Checker *ck, Operand *x)
{
    switch (x->mode) {
    case MODE_NOVALUE:
        check_errorf(ck, x->expr, "%s used as value", check_operand_str(ck, x));
        operand_invalid(x);
        break;
    case MODE_BUILTIN:
        check_errorf(ck, x->expr, "%s must be called", check_operand_str(ck, x));
        operand_invalid(x);
        break;
    case MODE_TYPE:
        check_errorf(ck, x->expr, "%s is not an expression", check_operand_str(ck, x));
        operand_invalid(x);
        break;
    default: break;
    }
}

void check_value(Checker *ck, Operand *x, const Node *e, TypeId hint)
{
    check_expr(ck, x, e, hint);
    check_single_value(ck, x);
    must_be_value(ck, x);
}

static void record(Checker *ck, const Operand *x)
{
    if (!x->expr)
        return;
    check_record_type(ck, x->expr, x->mode, x->mode == MODE_INVALID ? TYPE_INVALID : x->type);
    if (x->mode == MODE_CONST)
        check_record_const(ck, x->expr, &x->val);
}

/* Whether fun, which names a builtin, names one whose call may be a
 * statement (universe.h). */
bool check_builtin_is_statement(Checker *ck, const Node *fun)
{
    NodeInfo *ni = check_info(ck, unparen(fun));
    const Symbol *sym = ni && ni->sym ? ck->syms[ni->sym - 1] : NULL;
    return sym && sym->kind == SYM_BUILTIN && builtin_is_statement((BuiltinId)sym->builtin);
}

void check_record_conv(Checker *ck, Operand *x, TypeId t)
{
    NodeInfo *ni = x->expr ? check_info(ck, x->expr) : NULL;
    if (ni && !types_identical(ck->types, x->type, t))
        ni->conv = t;
}

/* The final type of an untyped non-constant expression, pushed down to
 * the operands that produced it (1 << n, a == b), so that the code
 * generator sees a typed tree. */
static void update_expr_type(Checker *ck, const Node *e, TypeId t, unsigned depth)
{
    while (e && depth < AST_MAX_DEPTH) {
        NodeInfo *ni = check_info(ck, e);
        if (!ni || !ni->type || !check_is_untyped(ck, ni->type))
            return;
        ni->type = t;
        switch (e->kind) {
        case AST_PAREN: e = e->kids[PAREN_X]; break;
        case AST_UNARY: e = e->kids[UNARY_X]; break;
        case AST_BINARY:
            if (tok_is_comparison((TokKind)e->op))
                return;   /* the operands keep their own types */
            if (e->op == TOK_SHL || e->op == TOK_SHR) {
                e = e->kids[BINARY_X];
                break;
            }
            update_expr_type(ck, e->kids[BINARY_X], t, depth + 1);
            e = e->kids[BINARY_Y];
            break;
        default: return;
        }
        depth++;
    }
}

/* ==== untyped conversion ============================================= */

static bool has_nil(Checker *ck, TypeId t)
{
    switch (types_kind(ck->types, types_underlying(ck->types, t))) {
    case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_INTERFACE:
        return true;
    default:
        return false;
    }
}

bool check_is_interface(Checker *ck, TypeId t)
{
    return types_kind(ck->types, types_underlying(ck->types, t)) == TY_INTERFACE;
}

static int untyped_rank(TypeId t)
{
    switch (t) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* go/types' implicitTypeAndValue: the type x gets as target, or 0 with
 * *fit saying why not (CONST_FIT_OK for a plain mismatch). */
static TypeId implicit_type(Checker *ck, Operand *x, TypeId target, ConstFit *fit)
{
    *fit = CONST_FIT_OK;
    if (x->mode == MODE_INVALID || !check_is_untyped(ck, x->type) || target == TYPE_INVALID)
        return x->type;
    if (check_is_untyped(ck, target)) {
        int a = untyped_rank(x->type), b = untyped_rank(target);
        if (a && b)
            return a > b ? x->type : target;
        return x->type == target ? target : 0;
    }
    if (x->mode == MODE_NIL || x->type == TY_UNTYPED_NIL)
        return has_nil(ck, target) ? target : 0;
    TypeId u = types_underlying(ck->types, target);
    TypeKind k = types_kind(ck->types, u);
    if (k == TY_INTERFACE) {
        if (types_get(ck->types, u)->n != 0)
            return 0;
        return check_default(ck, x->type);
    }
    if (!types_is_basic(ck->types, u) || k == TY_INVALID)
        return 0;
    if (x->mode == MODE_CONST) {
        Operand y = *x;
        y.val = const_copy(&x->val);
        bool ok = check_representable(ck, &y, target, fit);
        const_free(&y.val);
        return ok ? target : 0;
    }
    switch (x->type) {
    case TY_UNTYPED_BOOL: return types_is_boolean(ck->types, u) ? target : 0;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
        return types_is_numeric(ck->types, u) ? target : 0;
    case TY_UNTYPED_STRING: return types_is_string(ck->types, u) ? target : 0;
    default: return 0;
    }
}

/* Is e (under parentheses) a shift, whose untyped left operand takes
 * the type of the context? */
static bool is_shift(const Node *e)
{
    e = unparen(e);
    return e && e->kind == AST_BINARY && (e->op == TOK_SHL || e->op == TOK_SHR);
}

/* Gives the untyped x the type target (converting its value), or
 * reports go/types' invalidConversion message. */
static void convert_untyped(Checker *ck, Operand *x, TypeId target)
{
    ConstFit fit;
    TypeId t = implicit_type(ck, x, target, &fit);
    if (t == 0) {
        TypeId u = types_underlying(ck->types, target);
        if (fit == CONST_FIT_TRUNCATED)
            check_errorf(ck, x->expr, "%s truncated to %s", check_operand_str(ck, x), check_type_str(ck, u));
        else if (fit == CONST_FIT_OVERFLOWS)
            check_errorf(ck, x->expr, "%s overflows %s", check_operand_str(ck, x), check_type_str(ck, u));
        else
            check_errorf(ck, x->expr, "cannot convert %s to type %s", check_operand_str(ck, x),
                         check_type_str(ck, u));
        operand_invalid(x);
        return;
    }
    if (x->mode == MODE_CONST && !check_is_untyped(ck, t)) {
        ConstFit f2;
        (void)check_representable(ck, x, t, &f2);
    }
    if (t != x->type) {
        if (x->mode != MODE_CONST && is_shift(x->expr) && !types_is_integer(ck->types, t) &&
            !check_is_interface(ck, t)) {
            const Node *lhs = unparen(x->expr)->kids[BINARY_X];
            check_errorf(ck, lhs, "invalid operation: shifted operand %s (type %s) must be integer",
                         check_expr_str(ck, lhs), check_type_str(ck, t));
            operand_invalid(x);
            return;
        }
        if (!check_is_untyped(ck, t)) {
            check_record_conv(ck, x, t);
            if (x->mode != MODE_CONST)
                update_expr_type(ck, x->expr, t, 0);
        }
        x->type = t;
    }
}

void check_convert_untyped(Checker *ck, Operand *x, TypeId target)
{
    if (x->mode == MODE_INVALID || !check_is_untyped(ck, x->type))
        return;
    if (target == 0 || (check_is_interface(ck, target) && x->mode != MODE_NIL))
        target = check_default(ck, x->type);
    convert_untyped(ck, x, target);
}

/* ==== identifiers ===================================================== */

/* A use of a package-level object inside a declaration: an edge of the
 * initialisation-order graph. */
static void note_dependency(Checker *ck, Symbol *sym)
{
    Symbol *d = ck->decl;
    if (!d || !sym->global || sym->pkg || sym->kind == SYM_TYPE || sym->pkgpath != ck->pkg.path)
        return;
    check_add_sym_once(&d->deps, &d->ndeps, &d->depcap, sym);
}

/* A local variable used from a function literal inside its own
 * function: every literal in between captures it. */
static void note_capture(Checker *ck, Symbol *sym)
{
    FuncCtx *owner = sym->owner;
    if (!owner || !ck->fn || owner == ck->fn || sym->global)
        return;
    sym->flags |= SYMF_CAPTURED;
    for (FuncCtx *f = ck->fn; f && f != owner; f = f->outer)
        check_add_sym_once(&f->captures, &f->ncaptures, &f->capcap, sym);
    /* Written in a loop before this capture, in a later iteration it
     * is written after it. */
    if (sym->write_loop)
        for (uint32_t i = 0; i < owner->nloops; i++)
            if (owner->loops[i] == sym->write_loop)
                sym->flags |= SYMF_WRITTEN_AFTER_CAPTURE;
}

void check_note_write(Checker *ck, const Node *lhs)
{
    lhs = unparen(lhs);
    if (!lhs || lhs->kind != AST_IDENT)
        return;
    NodeInfo *ni = check_info(ck, lhs);
    if (!ni || !ni->sym)
        return;
    Symbol *sym = ck->syms[ni->sym - 1];
    if (sym->kind != SYM_VAR || sym->global || !sym->owner || !ck->fn)
        return;
    if (sym->owner != ck->fn || (sym->flags & SYMF_CAPTURED)) {
        sym->flags |= SYMF_WRITTEN_AFTER_CAPTURE;
        return;
    }
    FuncCtx *fn = ck->fn;
    if (fn->nloops > sym->loop_depth && !sym->write_loop)
        sym->write_loop = fn->loops[sym->loop_depth];
}

void check_note_address(Checker *ck, const Node *e)
{
    for (;;) {
        e = unparen(e);
        if (!e)
            return;
        if (e->kind == AST_SELECTOR || e->kind == AST_INDEX) {
            /* &s.f and &a[i] take s's or a's address when they are
             * values held in the variable itself (not through a pointer
             * or a slice). */
            NodeInfo *xi = check_info(ck, e->kids[0]);
            if (!xi)
                return;
            TypeKind k = types_kind(ck->types, types_underlying(ck->types, xi->type));
            if (k != TY_STRUCT && k != TY_ARRAY)
                return;
            e = e->kids[0];
            continue;
        }
        if (e->kind != AST_IDENT)
            return;
        NodeInfo *ni = check_info(ck, e);
        if (ni && ni->sym) {
            Symbol *sym = ck->syms[ni->sym - 1];
            if (sym->kind == SYM_VAR) {
                sym->flags |= SYMF_ADDRESS_TAKEN;
                /* Through the pointer it may be written at any time. */
                if (sym->flags & SYMF_CAPTURED)
                    sym->flags |= SYMF_WRITTEN_AFTER_CAPTURE;
                else if (!sym->global && ck->fn)
                    sym->write_loop = sym->write_loop ? sym->write_loop
                                      : ck->fn->nloops > sym->loop_depth ? ck->fn->loops[sym->loop_depth]
                                                                         : sym->write_loop;
            }
        }
        return;
    }
}

static void ident(Checker *ck, Operand *x, const Node *e)
{
    const char *name = check_name(ck, e);
    if (scope_is_blank(name)) {
        check_errorf(ck, e, "cannot use _ as value");
        return;
    }
    const Scope *found;
    Symbol *sym = scope_lookup(ck->scope, name, &found);
    if (!sym) {
        check_errorf(ck, e, "undefined: %s", name);
        return;
    }
    check_note_dot_use(ck, sym, found);
    check_record_sym(ck, e, sym);
    if (sym->kind != SYM_VAR)
        sym->flags |= SYMF_USED;
    switch (sym->kind) {
    case SYM_PACKAGE:
        check_errorf(ck, e, "use of package %s without selector", name);
        sym->flags |= SYMF_USED;
        return;
    case SYM_CONST:
        decl_resolve(ck, sym);
        if (!sym->decl && strcmp(name, "iota") == 0) {
            if (!ck->iota) {
                check_errorf(ck, e, "cannot use iota outside constant declaration");
                return;
            }
            x->mode = MODE_CONST;
            x->type = TY_UNTYPED_INT;
            x->val = const_copy(ck->iota);
            return;
        }
        /* The edge first: a constant on a cycle is still invalid here,
         * and the initialisation order reports the cycle from its edges. */
        note_dependency(ck, sym);
        if (sym->type == TYPE_INVALID)
            return;
        x->mode = MODE_CONST;
        x->type = sym->type;
        x->val = const_copy(&sym->val);
        return;
    case SYM_TYPE:
        decl_resolve(ck, sym);
        if (sym->type == TYPE_INVALID)
            return;
        x->mode = MODE_TYPE;
        x->type = sym->type;
        return;
    case SYM_VAR:
        sym->flags |= SYMF_USED;
        decl_resolve(ck, sym);
        note_dependency(ck, sym);
        note_capture(ck, sym);
        if (sym->type == TYPE_INVALID)
            return;
        x->mode = MODE_VAR;
        x->type = sym->type;
        return;
    case SYM_FUNC:
        decl_resolve(ck, sym);
        note_dependency(ck, sym);
        if (sym->type == TYPE_INVALID)
            return;
        x->mode = MODE_VALUE;
        x->type = sym->type;
        return;
    case SYM_BUILTIN:
        x->mode = MODE_BUILTIN;
        x->builtin = (BuiltinId)sym->builtin;
        x->type = TYPE_INVALID;
        return;
    case SYM_NIL:
        x->mode = MODE_NIL;
        x->type = TY_UNTYPED_NIL;
        return;
    default:
        check_errorf(ck, e, "undefined: %s", name);
        return;
    }
}

/* ==== literals ======================================================== */

static void basic_lit(Checker *ck, Operand *x, const Node *e)
{
    ConstStatus st;
    TypeId t;
    switch ((TokKind)e->op) {
    case TOK_INT: st = const_make_int_lit(e->text, e->text_len, &x->val); t = TY_UNTYPED_INT; break;
    case TOK_FLOAT: st = const_make_float_lit(e->text, e->text_len, &x->val); t = TY_UNTYPED_FLOAT; break;
    case TOK_CHAR: st = const_make_rune_lit(e->text, e->text_len, &x->val); t = TY_UNTYPED_RUNE; break;
    case TOK_STRING: st = const_make_string_lit(e->text, e->text_len, &x->val); t = TY_UNTYPED_STRING; break;
    default:
        check_errorf(ck, e, "complex numbers are not supported");
        return;
    }
    switch (st) {
    case CONST_OK:
        x->mode = MODE_CONST;
        x->type = t;
        return;
    case CONST_TOO_LONG:
        check_errorf(ck, e, "excessively long constant: %.10s... (%u chars)", e->text, e->text_len);
        break;
    case CONST_OVERFLOW:
        check_errorf(ck, e, "constant overflow");
        break;
    default:
        check_errorf(ck, e, "malformed constant: %s", check_expr_str(ck, e));
        break;
    }
    operand_invalid(x);
}

/* The value assigned into an element of a composite literal. */
static void lit_element(Checker *ck, const Node *v, TypeId t, const char *context)
{
    Operand y;
    check_value(ck, &y, v, t);
    check_assignment(ck, &y, t, context);
    operand_free(&y);
}

static void struct_lit(Checker *ck, const Node *e, TypeId t, TypeId u)
{
    const Type *st = types_get(ck->types, u);
    uint32_t n = e->nkids - COMPOSITE_LIT_ELTS;
    if (n == 0)
        return;
    bool keyed = e->kids[COMPOSITE_LIT_ELTS]->kind == AST_KEY_VALUE;
    bool *seen = xcalloc(st->n ? st->n : 1, 1);
    for (uint32_t i = 0; i < n; i++) {
        const Node *el = e->kids[COMPOSITE_LIT_ELTS + i];
        if ((el->kind == AST_KEY_VALUE) != keyed) {
            check_errorf(ck, el, "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (keyed) {
            const Node *key = el->kids[KEY_VALUE_KEY];
            if (key->kind != AST_IDENT) {
                check_errorf(ck, key, "invalid field name %s in struct literal", check_expr_str(ck, key));
                continue;
            }
            const char *name = check_name(ck, key);
            uint32_t f = 0;
            while (f < st->n && strcmp(st->fields[f].name, name) != 0)
                f++;
            if (f == st->n) {
                check_errorf(ck, key, "unknown field %s in struct literal of type %s", name,
                             check_type_str(ck, t));
                Operand y;
                check_expr(ck, &y, el->kids[KEY_VALUE_VALUE], 0);
                operand_free(&y);
                continue;
            }
            if (seen[f]) {
                check_errorf(ck, key, "duplicate field name %s in struct literal", name);
                continue;
            }
            seen[f] = true;
            /* The key names field f: recorded like a selector's field,
             * so the code generator needs no lookup by name. */
            check_record_type(ck, key, MODE_VAR, st->fields[f].type);
            Selection *sel = check_record_sel(ck, key);
            if (sel) {
                sel->kind = SEL_FIELD;
                sel->path = xmalloc(sizeof *sel->path);
                sel->path[0] = f;
                sel->npath = 1;
            }
            lit_element(ck, el->kids[KEY_VALUE_VALUE], st->fields[f].type, "struct literal");
            continue;
        }
        if (i >= st->n) {
            check_errorf(ck, el, "too many values in struct literal of type %s", check_type_str(ck, t));
            break;
        }
        lit_element(ck, el, st->fields[i].type, "struct literal");
    }
    if (!keyed && n < st->n && e->kids[e->nkids - 1]->kind != AST_KEY_VALUE) {
        check_error_at(ck, ast_end(e), "too few values in struct literal of type %s", check_type_str(ck, t));
    }
    free(seen);
}

/* The elements of an array or slice literal; returns the length. */
static int64_t indexed_elts(Checker *ck, const Node *e, TypeId elem, int64_t len)
{
    int64_t index = 0, max = 0;
    int64_t *used = NULL;
    uint32_t nused = 0, cap = 0;
    for (uint32_t i = COMPOSITE_LIT_ELTS; i < e->nkids; i++) {
        const Node *el = e->kids[i];
        const Node *val = el;
        bool valid = true;
        if (el->kind == AST_KEY_VALUE) {
            Operand k;
            check_expr(ck, &k, el->kids[KEY_VALUE_KEY], 0);
            int64_t v;
            ConstVal iv = {0};
            if (k.mode == MODE_CONST && (types_is_integer(ck->types, k.type) || check_is_untyped(ck, k.type)) &&
                const_to_int(&k.val, &iv) == CONST_OK && const_int64(&iv, &v) && v >= 0) {
                index = v;
            } else if (k.mode != MODE_INVALID) {
                if (k.mode == MODE_CONST && const_sign(&k.val) < 0)
                    check_errorf(ck, el->kids[KEY_VALUE_KEY], "index %s must be non-negative integer constant",
                                 check_expr_str(ck, el->kids[KEY_VALUE_KEY]));
                else
                    check_errorf(ck, el->kids[KEY_VALUE_KEY], "index %s must be integer constant",
                                 check_expr_str(ck, el->kids[KEY_VALUE_KEY]));
                valid = false;
            } else {
                valid = false;
            }
            const_free(&iv);
            operand_free(&k);
            val = el->kids[KEY_VALUE_VALUE];
        }
        if (valid) {
            if (len >= 0 && index >= len) {
                check_errorf(ck, val, "index %lld is out of bounds (>= %lld)", (long long)index, (long long)len);
            } else {
                bool dup = false;
                for (uint32_t j = 0; j < nused && !dup; j++)
                    dup = used[j] == index;
                if (dup) {
                    check_errorf(ck, el, "duplicate index %lld in array or slice literal", (long long)index);
                } else {
                    if (nused == cap) {
                        cap = cap ? 2 * cap : 16;
                        used = xrealloc(used, cap * sizeof *used);
                    }
                    used[nused++] = index;
                }
            }
            index++;
            if (index > max)
                max = index;
        }
        lit_element(ck, val, elem, "array or slice literal");
    }
    free(used);
    return max;
}

static void map_lit(Checker *ck, const Node *e, TypeId key, TypeId elem)
{
    ConstVal *keys = NULL;
    TypeId *ktypes = NULL;
    uint32_t nkeys = 0, cap = 0;
    for (uint32_t i = COMPOSITE_LIT_ELTS; i < e->nkids; i++) {
        const Node *el = e->kids[i];
        if (el->kind != AST_KEY_VALUE) {
            check_errorf(ck, el, "missing key in map literal");
            Operand y;
            check_expr(ck, &y, el, 0);
            operand_free(&y);
            continue;
        }
        Operand k;
        check_value(ck, &k, el->kids[KEY_VALUE_KEY], key);
        check_assignment(ck, &k, key, "map literal");
        if (k.mode == MODE_CONST) {
            bool dup = false;
            for (uint32_t j = 0; j < nkeys && !dup; j++) {
                bool eq = false;
                if (types_identical(ck->types, ktypes[j], k.type) &&
                    const_compare(CONST_EQL, &keys[j], &k.val, &eq) == CONST_OK && eq)
                    dup = true;
            }
            if (dup) {
                Buf v;
                buf_init(&v);
                const_format(&k.val, &v);
                buf_putc(&v, '\0');
                check_errorf(ck, el->kids[KEY_VALUE_KEY], "duplicate key %s in map literal", (char *)v.data);
                buf_free(&v);
            } else {
                if (nkeys == cap) {
                    cap = cap ? 2 * cap : 16;
                    keys = xrealloc(keys, cap * sizeof *keys);
                    ktypes = xrealloc(ktypes, cap * sizeof *ktypes);
                }
                ktypes[nkeys] = k.type;
                keys[nkeys++] = const_copy(&k.val);
            }
        }
        operand_free(&k);
        lit_element(ck, el->kids[KEY_VALUE_VALUE], elem, "map literal");
    }
    for (uint32_t j = 0; j < nkeys; j++)
        const_free(&keys[j]);
    free(keys);
    free(ktypes);
}

static void composite_lit(Checker *ck, Operand *x, const Node *e, TypeId hint)
{
    const Node *te = e->kids[COMPOSITE_LIT_TYPE];
    TypeId t, result = 0;
    bool open_array = false;
    if (te) {
        if (te->kind == AST_ARRAY_TYPE && te->kids[ARRAY_TYPE_LEN] &&
            te->kids[ARRAY_TYPE_LEN]->kind == AST_ELLIPSIS) {
            /* [...]T{...}: the length comes from the elements. */
            TypeId elem = check_type(ck, te->kids[ARRAY_TYPE_ELEM]);
            if (elem == TYPE_INVALID) {
                for (uint32_t i = COMPOSITE_LIT_ELTS; i < e->nkids; i++) {
                    Operand y;
                    check_expr(ck, &y, e->kids[i], 0);
                    operand_free(&y);
                }
                return;
            }
            int64_t n = indexed_elts(ck, e, elem, -1);
            t = types_array(ck->types, elem, n);
            check_record_type(ck, te, MODE_TYPE, t);
            open_array = true;
        } else {
            t = check_type(ck, te);
        }
    } else if (hint) {
        t = hint;
        result = hint;
        /* &T{} elided in a []*T literal: the element is a *T. */
        TypeId hu = types_underlying(ck->types, hint);
        if (types_kind(ck->types, hu) == TY_POINTER) {
            TypeId base = types_get(ck->types, hu)->elem;
            TypeKind bk = types_kind(ck->types, types_underlying(ck->types, base));
            if (bk == TY_STRUCT || bk == TY_ARRAY || bk == TY_SLICE || bk == TY_MAP) {
                t = base;
                NodeInfo *ni = check_info(ck, e);
                if (ni)
                    ni->conv = hint;   /* the element is &T{...} */
            }
        }
    } else {
        check_errorf(ck, e, "invalid composite literal type: missing type");
        return;
    }
    if (t == TYPE_INVALID) {
        for (uint32_t i = COMPOSITE_LIT_ELTS; i < e->nkids; i++) {
            const Node *el = e->kids[i];
            Operand y;
            check_expr(ck, &y, el->kind == AST_KEY_VALUE ? el->kids[KEY_VALUE_VALUE] : el, 0);
            operand_free(&y);
        }
        return;
    }
    if (!open_array) {
        TypeId u = types_underlying(ck->types, t);
        const Type *ut = types_get(ck->types, u);
        switch (ut->kind) {
        case TY_STRUCT: struct_lit(ck, e, t, u); break;
        case TY_ARRAY: (void)indexed_elts(ck, e, ut->elem, ut->len); break;
        case TY_SLICE: (void)indexed_elts(ck, e, ut->elem, -1); break;
        case TY_MAP: map_lit(ck, e, ut->key, ut->elem); break;
        default:
            check_errorf(ck, e, "invalid composite literal type %s", check_type_str(ck, t));
            return;
        }
    }
    x->mode = MODE_VALUE;
    x->type = result ? result : t;
}

void check_funclit(Checker *ck, Operand *x, const Node *e)
{
    TypeId sig = check_signature(ck, NULL, e->kids[FUNC_LIT_TYPE], NULL, NULL);
    FuncCtx fn = {.outer = ck->fn, .node = e, .sig = sig};
    Scope *saved = ck->scope;
    Symbol *decl = ck->decl;
    FuncCtx *outer = ck->fn;
    Scope *fs = scope_new(ck->arena, SCOPE_FUNC, ck->scope);
    ck->scope = fs;
    ck->fn = &fn;
    (void)check_signature(ck, NULL, e->kids[FUNC_LIT_TYPE], fs, &fn);
    check_func_body(ck, &fn, e->kids[FUNC_LIT_BODY], fs);
    ck->fn = outer;
    ck->scope = saved;
    ck->decl = decl;
    check_add_closure(ck, e, fn.captures, fn.ncaptures);
    free(fn.results);
    free(fn.loops);
    x->mode = MODE_VALUE;
    x->type = sig;
}

/* ==== selectors ======================================================= */

static void pkg_member(Checker *ck, Operand *x, const Node *e, Symbol *pkg)
{
    const Node *sel = e->kids[SELECTOR_SEL];
    pkg->flags |= SYMF_USED;
    check_record_sym(ck, e->kids[SELECTOR_X], pkg);
    Package *p = pkg->pkg;
    if (p->fake)
        return;
    const char *name = check_name(ck, sel);
    Symbol *m = scope_lookup_local(p->scope, name);
    bool exported = check_is_exported(name);
    if (!m || !exported) {
        if (m && !exported)
            check_errorf(ck, sel, "name %s not exported by package %s", name, p->name);
        else
            check_errorf(ck, sel, "undefined: %s.%s", check_name(ck, e->kids[SELECTOR_X]), name);
        return;
    }
    check_record_sym(ck, sel, m);
    Selection *s = check_record_sel(ck, e);
    if (s) {
        s->kind = SEL_PKG_MEMBER;
        s->sym = m;
    }
    switch (m->kind) {
    case SYM_CONST:
        x->mode = MODE_CONST;
        x->val = const_copy(&m->val);
        break;
    case SYM_TYPE: x->mode = MODE_TYPE; break;
    case SYM_VAR: x->mode = MODE_VAR; break;
    case SYM_FUNC: x->mode = MODE_VALUE; break;
    default: return;
    }
    x->type = m->type;
    if (x->type == TYPE_INVALID)
        operand_invalid(x);
}

static bool is_pointer(Checker *ck, TypeId t)
{
    return types_kind(ck->types, types_underlying(ck->types, t)) == TY_POINTER;
}

/* A method expression T.m or (*T).m: a function whose first parameter
 * is the receiver. */
static void method_expr(Checker *ck, Operand *x, const Node *e, const char *name)
{
    TypeId t = x->type;
    Lookup l;
    lookup_field_or_method(ck, t, name, &l);
    const Node *sel = e->kids[SELECTOR_SEL];
    if (l.kind != LOOKUP_METHOD) {
        if (l.kind == LOOKUP_AMBIGUOUS)
            check_errorf(ck, sel, "ambiguous selector %s.%s", check_expr_str(ck, e->kids[SELECTOR_X]), name);
        else
            check_errorf(ck, sel, "%s.%s undefined (type %s has no method %s)",
                         check_expr_str(ck, e->kids[SELECTOR_X]), name, check_type_str(ck, t), name);
        operand_invalid(x);
        return;
    }
    if (l.ptr_recv && !is_pointer(ck, t) && !l.indirect && !l.iface) {
        check_errorf(ck, sel, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                     check_expr_str(ck, e->kids[SELECTOR_X]), name, check_type_str(ck, t), name);
        operand_invalid(x);
        return;
    }
    const Type *sig = types_get(ck->types, l.type);
    const Type *params = types_get(ck->types, sig->params);
    TypeId *ids = xmalloc((params->n + 1) * sizeof *ids);
    ids[0] = t;
    for (uint32_t i = 0; i < params->n; i++)
        ids[i + 1] = params->ids[i];
    TypeId fn = types_func(ck->types, types_tuple(ck->types, ids, params->n + 1), sig->results, sig->variadic);
    free(ids);
    Selection *s = check_record_sel(ck, e);
    if (s) {
        s->kind = SEL_METHOD_EXPR;
        s->sym = l.sym;
        s->recv = l.recv;
        s->ptr_recv = l.ptr_recv;
        s->npath = l.npath;
        s->path = l.npath ? xmalloc(l.npath * sizeof *s->path) : NULL;
        if (l.npath)
            memcpy(s->path, l.path, l.npath * sizeof *s->path);
        s->indirect = l.indirect;
    }
    if (l.sym)
        note_dependency(ck, l.sym);
    x->mode = MODE_VALUE;
    x->type = fn;
}

static void selector(Checker *ck, Operand *x, const Node *e)
{
    const Node *xe = e->kids[SELECTOR_X], *sel = e->kids[SELECTOR_SEL];
    if (xe->kind == AST_IDENT) {
        Symbol *s = scope_lookup(ck->scope, check_name(ck, xe), NULL);
        if (s && s->kind == SYM_PACKAGE) {
            pkg_member(ck, x, e, s);
            return;
        }
    }
    check_expr_or_type(ck, x, xe);
    if (x->mode == MODE_INVALID)
        return;
    check_single_value(ck, x);
    if (x->mode == MODE_INVALID)
        return;
    if (x->mode == MODE_NOVALUE || x->mode == MODE_BUILTIN) {
        must_be_value(ck, x);
        return;
    }
    const char *name = check_name(ck, sel);
    if (x->mode == MODE_TYPE) {
        method_expr(ck, x, e, name);
        return;
    }
    if (x->mode == MODE_NIL) {
        check_errorf(ck, sel, "%s.%s undefined (type untyped nil has no field or method %s)",
                     check_expr_str(ck, xe), name, name);
        operand_invalid(x);
        return;
    }
    TypeId t = x->type;
    if (types_underlying(ck->types, t) == TYPE_INVALID) {
        operand_invalid(x);
        return;
    }
    Lookup l;
    lookup_field_or_method(ck, t, name, &l);
    if (l.kind == LOOKUP_AMBIGUOUS) {
        check_errorf(ck, sel, "ambiguous selector %s.%s", check_expr_str(ck, xe), name);
        operand_invalid(x);
        return;
    }
    if (l.kind == LOOKUP_NOTFOUND) {
        TypeId u = types_underlying(ck->types, t);
        if (types_kind(ck->types, u) == TY_POINTER &&
            check_is_interface(ck, types_get(ck->types, u)->elem))
            check_errorf(ck, sel, "%s.%s undefined (type %s is pointer to interface, not interface)",
                         check_expr_str(ck, xe), name, check_type_str(ck, t));
        else
            check_errorf(ck, sel, "%s.%s undefined (type %s has no field or method %s)",
                         check_expr_str(ck, xe), name, check_type_str(ck, t), name);
        operand_invalid(x);
        return;
    }
    if (!check_is_exported(name) && l.owner && types_kind(ck->types, l.owner) == TY_NAMED &&
        strcmp(types_get(ck->types, l.owner)->pkgpath, ck->pkg.path) != 0 && types_get(ck->types, l.owner)->pkgpath[0]) {
        check_errorf(ck, sel, "%s.%s undefined (cannot refer to unexported %s %s)", check_expr_str(ck, xe), name,
                     l.kind == LOOKUP_FIELD ? "field" : "method", name);
        operand_invalid(x);
        return;
    }
    Selection *s = check_record_sel(ck, e);
    if (s) {
        s->npath = l.npath;
        s->path = l.npath ? xmalloc(l.npath * sizeof *s->path) : NULL;
        if (l.npath)
            memcpy(s->path, l.path, l.npath * sizeof *s->path);
        s->indirect = l.indirect;
    }
    if (l.kind == LOOKUP_FIELD) {
        if (s)
            s->kind = SEL_FIELD;
        Mode m = x->mode == MODE_VAR || l.indirect ? MODE_VAR : MODE_VALUE;
        operand_free(x);
        x->mode = m;
        x->type = l.type;
        return;
    }
    /* A method. */
    bool recv_is_ptr = is_pointer(ck, t);
    if (l.ptr_recv && !l.iface && !recv_is_ptr && !l.indirect) {
        if (x->mode != MODE_VAR) {
            check_errorf(ck, sel, "cannot call pointer method %s on %s", name, check_type_str(ck, t));
            operand_invalid(x);
            return;
        }
        if (s)
            s->addr = true;
        check_note_address(ck, xe);
    }
    if (s) {
        s->kind = l.iface ? SEL_IFACE_METHOD : SEL_METHOD;
        s->sym = l.sym;
        s->recv = l.recv;
        s->ptr_recv = l.ptr_recv;
        s->deref = !l.ptr_recv && recv_is_ptr;
    }
    if (l.sym)
        note_dependency(ck, l.sym);
    operand_free(x);
    x->mode = MODE_VALUE;
    x->type = l.type;
}

/* ==== index and slice ================================================= */

/* An index: an integer, constant ones non-negative and below max (-1:
 * unknown).  Returns the constant value or -1. */
static int64_t check_index(Checker *ck, const Node *e, int64_t max, bool *ok)
{
    Operand x;
    check_value(ck, &x, e, 0);
    int64_t v = -1;
    *ok = x.mode != MODE_INVALID;
    if (x.mode == MODE_INVALID) {
        operand_free(&x);
        return -1;
    }
    check_convert_untyped(ck, &x, TY_INT);
    if (x.mode == MODE_INVALID) {
        *ok = false;
        operand_free(&x);
        return -1;
    }
    if (!types_is_integer(ck->types, x.type)) {
        check_errorf(ck, e, "invalid argument: index %s must be integer", check_operand_str(ck, &x));
        *ok = false;
        operand_free(&x);
        return -1;
    }
    if (x.mode == MODE_CONST) {
        if (const_sign(&x.val) < 0) {
            check_errorf(ck, e, "invalid argument: index %s must not be negative", check_operand_str(ck, &x));
            *ok = false;
        } else if (!const_int64(&x.val, &v) || (max >= 0 && v >= max)) {
            Buf b;
            buf_init(&b);
            const_format(&x.val, &b);
            buf_putc(&b, '\0');
            check_errorf(ck, e, "invalid argument: index %s out of bounds [0:%lld]", (char *)b.data,
                         (long long)max);
            buf_free(&b);
            *ok = false;
            v = -1;
        }
    }
    operand_free(&x);
    return v;
}

static void index_expr(Checker *ck, Operand *x, const Node *e)
{
    check_value(ck, x, e->kids[INDEX_X], 0);
    if (x->mode == MODE_INVALID) {
        Operand y;
        check_expr(ck, &y, e->kids[INDEX_INDEX], 0);
        operand_free(&y);
        return;
    }
    TypeId t = x->type;
    TypeId u = types_underlying(ck->types, t);
    const Type *ut = types_get(ck->types, u);
    bool ok = true;
    switch (ut->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: {
        int64_t len = x->mode == MODE_CONST ? (int64_t)x->val.len : -1;
        (void)check_index(ck, e->kids[INDEX_INDEX], len, &ok);
        operand_free(x);
        x->mode = MODE_VALUE;
        x->type = TY_UINT8;
        if (check_is_untyped(ck, t))
            check_record_conv(ck, &(Operand){.expr = e->kids[INDEX_X], .type = t}, TY_STRING);
        return;
    }
    case TY_ARRAY:
        (void)check_index(ck, e->kids[INDEX_INDEX], ut->len, &ok);
        x->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        x->type = ut->elem;
        return;
    case TY_POINTER: {
        const Type *pt = types_get(ck->types, types_underlying(ck->types, ut->elem));
        if (pt->kind == TY_ARRAY) {
            (void)check_index(ck, e->kids[INDEX_INDEX], pt->len, &ok);
            x->mode = MODE_VAR;
            x->type = pt->elem;
            return;
        }
        break;
    }
    case TY_SLICE:
        (void)check_index(ck, e->kids[INDEX_INDEX], -1, &ok);
        x->mode = MODE_VAR;
        x->type = ut->elem;
        return;
    case TY_MAP: {
        Operand k;
        check_value(ck, &k, e->kids[INDEX_INDEX], ut->key);
        check_assignment(ck, &k, ut->key, "map index");
        operand_free(&k);
        x->mode = MODE_MAPINDEX;
        x->type = ut->elem;
        return;
    }
    default: break;
    }
    check_errorf(ck, x->expr, "invalid operation: cannot index %s", check_operand_str(ck, x));
    operand_invalid(x);
    Operand y;
    check_expr(ck, &y, e->kids[INDEX_INDEX], 0);
    operand_free(&y);
}

static void slice_expr(Checker *ck, Operand *x, const Node *e)
{
    check_value(ck, x, e->kids[SLICE_X], 0);
    const Node *idx[3] = {e->kids[SLICE_LOW], e->kids[SLICE_HIGH], e->kids[SLICE_MAX]};
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++)
            if (idx[i]) {
                Operand y;
                check_expr(ck, &y, idx[i], 0);
                operand_free(&y);
            }
        return;
    }
    TypeId t = x->type, u = types_underlying(ck->types, t);
    const Type *ut = types_get(ck->types, u);
    int64_t len = -1;
    TypeId result = TYPE_INVALID;
    bool slice3 = e->flags & AST_SLICE3;
    switch (ut->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (slice3) {
            check_errorf(ck, x->expr, "invalid operation: 3-index slice of string");
            operand_invalid(x);
            return;
        }
        if (x->mode == MODE_CONST)
            len = (int64_t)x->val.len;
        result = check_is_untyped(ck, t) ? TY_STRING : t;
        break;
    case TY_ARRAY:
        if (x->mode != MODE_VAR) {
            check_errorf(ck, x->expr, "invalid operation: %s (slice of unaddressable value)",
                         check_expr_str(ck, e));
            operand_invalid(x);
            return;
        }
        check_note_address(ck, x->expr);
        len = ut->len;
        result = types_slice(ck->types, ut->elem);
        break;
    case TY_POINTER: {
        const Type *pt = types_get(ck->types, types_underlying(ck->types, ut->elem));
        if (pt->kind == TY_ARRAY) {
            len = pt->len;
            result = types_slice(ck->types, pt->elem);
        }
        break;
    }
    case TY_SLICE: result = t; break;
    default: break;
    }
    if (result == TYPE_INVALID) {
        check_errorf(ck, x->expr, "cannot slice %s", check_operand_str(ck, x));
        operand_invalid(x);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    bool all_ok = true;
    for (int i = 0; i < 3; i++) {
        if (!idx[i])
            continue;
        bool ok;
        vals[i] = check_index(ck, idx[i], len >= 0 ? len + 1 : -1, &ok);
        all_ok &= ok;
    }
    /* Constant indices must not decrease: s[2:1]. */
    for (int i = 0; all_ok && i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                check_errorf(ck, idx[j], "invalid slice indices: %lld < %lld", (long long)vals[j],
                             (long long)vals[i]);
                all_ok = false;
                break;
            }
    operand_free(x);
    x->mode = MODE_VALUE;
    x->type = result;
}

/* ==== type assertions ================================================= */

static void type_assert(Checker *ck, Operand *x, const Node *e)
{
    check_value(ck, x, e->kids[TYPE_ASSERT_X], 0);
    const Node *te = e->kids[TYPE_ASSERT_TYPE];
    if (!te) {
        check_errorf(ck, e, "invalid syntax tree: use of .(type) outside type switch");
        operand_invalid(x);
        return;
    }
    TypeId t = check_type(ck, te);
    if (x->mode == MODE_INVALID)
        return;
    if (!check_is_interface(ck, x->type)) {
        check_errorf(ck, x->expr, "invalid operation: %s is not an interface", check_operand_str(ck, x));
        operand_invalid(x);
        return;
    }
    if (t == TYPE_INVALID) {
        operand_invalid(x);
        return;
    }
    Buf reason;
    buf_init(&reason);
    if (!lookup_assertable(ck, x->type, t, &reason)) {
        buf_putc(&reason, '\0');
        check_errorf(ck, e, "impossible type assertion: %s\n\t%s does not implement %s %s", check_expr_str(ck, e),
                     check_type_str(ck, t), check_type_str(ck, x->type), (char *)reason.data);
        buf_free(&reason);
        operand_invalid(x);
        return;
    }
    buf_free(&reason);
    x->mode = MODE_COMMAOK;
    x->type = t;
}

/* ==== unary and binary operators ====================================== */

static ConstOp const_op(TokKind op)
{
    switch (op) {
    case TOK_ADD: return CONST_ADD;
    case TOK_SUB: return CONST_SUB;
    case TOK_MUL: return CONST_MUL;
    case TOK_QUO: return CONST_QUO;
    case TOK_REM: return CONST_REM;
    case TOK_AND: return CONST_AND;
    case TOK_OR: return CONST_OR;
    case TOK_XOR: return CONST_XOR;
    case TOK_AND_NOT: return CONST_AND_NOT;
    case TOK_SHL: return CONST_SHL;
    case TOK_SHR: return CONST_SHR;
    case TOK_LAND: return CONST_LAND;
    case TOK_LOR: return CONST_LOR;
    case TOK_NOT: return CONST_NOT;
    case TOK_EQL: return CONST_EQL;
    case TOK_NEQ: return CONST_NEQ;
    case TOK_LSS: return CONST_LSS;
    case TOK_LEQ: return CONST_LEQ;
    case TOK_GTR: return CONST_GTR;
    case TOK_GEQ: return CONST_GEQ;
    default: return CONST_ADD;
    }
}

/* A constant result must fit its type (typed), or 512 bits (untyped). */
static void check_overflow(Checker *ck, Operand *x, Pos oppos, ConstOp op, bool unary)
{
    if (x->mode != MODE_CONST || x->val.kind == CONST_UNKNOWN)
        return;
    if (!check_is_untyped(ck, x->type)) {
        ConstFit fit;
        if (!check_representable(ck, x, x->type, &fit)) {
            check_report_representable(ck, x, x->type, fit);
            operand_invalid(x);
        }
        return;
    }
    (void)oppos;
    (void)op;
    (void)unary;
}

static void report_const_status(Checker *ck, ConstStatus st, const Node *e, Pos oppos, ConstOp op, bool unary,
                                const Operand *y)
{
    switch (st) {
    case CONST_OVERFLOW: check_error_at(ck, oppos, "constant %soverflow", const_op_name(op, unary)); break;
    case CONST_DIV_ZERO: check_errorf(ck, y ? y->expr : e, "invalid operation: division by zero"); break;
    case CONST_NEG_SHIFT:
        check_errorf(ck, y->expr, "invalid operation: negative shift count %s", check_operand_str(ck, y));
        break;
    case CONST_BAD_SHIFT:
        check_errorf(ck, y->expr, "invalid operation: invalid shift count %s", check_operand_str(ck, y));
        break;
    case CONST_TRUNCATED: check_errorf(ck, e, "constant truncated to integer"); break;
    default: break;
    }
}

static bool op_allowed_unary(Checker *ck, TokKind op, TypeId t)
{
    switch (op) {
    case TOK_ADD: case TOK_SUB: return types_is_numeric(ck->types, t);
    case TOK_XOR: return types_is_integer(ck->types, t);
    case TOK_NOT: return types_is_boolean(ck->types, t);
    default: return false;
    }
}

static void unary(Checker *ck, Operand *x, const Node *e)
{
    TokKind op = (TokKind)e->op;
    const Node *xe = e->kids[UNARY_X];
    if (op == TOK_AND) {
        const Node *inner = unparen(xe);
        if (inner->kind == AST_COMPOSITE_LIT) {
            check_expr(ck, x, inner, 0);
            if (x->mode != MODE_INVALID) {
                x->mode = MODE_VALUE;
                x->type = types_pointer(ck->types, x->type);
            }
            return;
        }
        check_value(ck, x, xe, 0);
        if (x->mode == MODE_INVALID)
            return;
        if (x->mode != MODE_VAR) {
            check_errorf(ck, xe, "invalid operation: cannot take address of %s", check_operand_str(ck, x));
            operand_invalid(x);
            return;
        }
        check_note_address(ck, xe);
        x->mode = MODE_VALUE;
        x->type = types_pointer(ck->types, x->type);
        return;
    }
    check_value(ck, x, xe, 0);
    if (x->mode == MODE_INVALID)
        return;
    if (op == TOK_ARROW) {
        TypeId u = types_underlying(ck->types, x->type);
        const Type *ct = types_get(ck->types, u);
        if (ct->kind != TY_CHAN) {
            check_errorf(ck, xe, "invalid operation: cannot receive from non-channel %s", check_operand_str(ck, x));
            operand_invalid(x);
            return;
        }
        if (ct->dir == CHAN_SEND) {
            check_errorf(ck, xe, "invalid operation: cannot receive from send-only channel %s",
                         check_operand_str(ck, x));
            operand_invalid(x);
            return;
        }
        operand_free(x);
        x->mode = MODE_COMMAOK;
        x->type = ct->elem;
        return;
    }
    if (!op_allowed_unary(ck, op, x->type)) {
        check_errorf(ck, xe, "invalid operation: operator %s not defined on %s", tok_spelling(op),
                     check_operand_str(ck, x));
        operand_invalid(x);
        return;
    }
    if (x->mode == MODE_CONST) {
        unsigned prec = 0;
        if (!check_is_untyped(ck, x->type) && types_is_unsigned(ck->types, x->type))
            prec = types_bits(ck->types, x->type);
        ConstVal r;
        ConstStatus st = const_unary(const_op(op), &x->val, prec, &r);
        if (st != CONST_OK) {
            report_const_status(ck, st, e, e->pos, const_op(op), true, NULL);
            operand_invalid(x);
            return;
        }
        const_free(&x->val);
        x->val = r;
        x->expr = e;
        check_overflow(ck, x, e->pos, const_op(op), true);
        return;
    }
    x->mode = MODE_VALUE;
}

void check_shift(Checker *ck, Operand *x, Operand *y, const Node *e, TokKind op)
{
    ConstVal xint = {0};
    bool xint_ok = x->mode == MODE_CONST && const_to_int(&x->val, &xint) == CONST_OK;
    if (!(types_is_integer(ck->types, x->type) || (check_is_untyped(ck, x->type) && xint_ok))) {
        check_errorf(ck, x->expr, "invalid operation: shifted operand %s must be integer", check_operand_str(ck, x));
        const_free(&xint);
        operand_invalid(x);
        return;
    }
    if (y->mode == MODE_CONST) {
        ConstVal yint = {0};
        bool yint_ok = const_to_int(&y->val, &yint) == CONST_OK;
        if (yint_ok && const_sign(&yint) < 0) {
            check_errorf(ck, y->expr, "invalid operation: negative shift count %s", check_operand_str(ck, y));
            const_free(&yint);
            const_free(&xint);
            operand_invalid(x);
            return;
        }
        if (check_is_untyped(ck, y->type)) {
            ConstFit fit;
            if (!check_representable(ck, y, TY_UINT, &fit)) {
                check_report_representable(ck, y, TY_UINT, fit);
                const_free(&yint);
                const_free(&xint);
                operand_invalid(x);
                return;
            }
        }
        const_free(&yint);
    } else if (!types_is_integer(ck->types, y->type)) {
        if (check_is_untyped(ck, y->type)) {
            convert_untyped(ck, y, TY_UINT);
            if (y->mode == MODE_INVALID) {
                const_free(&xint);
                operand_invalid(x);
                return;
            }
        } else {
            check_errorf(ck, y->expr, "invalid operation: shift count %s must be integer", check_operand_str(ck, y));
            const_free(&xint);
            operand_invalid(x);
            return;
        }
    }
    if (x->mode == MODE_CONST) {
        if (y->mode == MODE_CONST) {
            if (x->val.kind == CONST_UNKNOWN || y->val.kind == CONST_UNKNOWN) {
                const_free(&xint);
                operand_free(x);
                x->val = (ConstVal){0};
                x->expr = e;
                return;
            }
            ConstVal yint = {0}, r;
            ConstStatus ist = const_to_int(&y->val, &yint);
            (void)ist;   /* checked above: y is a whole number */
            uint64_t s;
            if (!const_uint64(&yint, &s) || s > CONST_MAX_SHIFT) {
                check_errorf(ck, y->expr, "invalid operation: invalid shift count %s", check_operand_str(ck, y));
                const_free(&yint);
                const_free(&xint);
                operand_invalid(x);
                return;
            }
            if (!types_is_integer(ck->types, x->type))
                x->type = TY_UNTYPED_INT;
            ConstStatus st = const_shift(const_op(op), &xint, &yint, &r);
            const_free(&yint);
            const_free(&xint);
            if (st != CONST_OK) {
                report_const_status(ck, st, e, e->pos, const_op(op), false, y);
                operand_invalid(x);
                return;
            }
            const_free(&x->val);
            x->val = r;
            x->expr = e;
            check_overflow(ck, x, e->pos, const_op(op), false);
            return;
        }
        const_free(&xint);
        if (check_is_untyped(ck, x->type)) {
            /* 1 << n: the type comes from the context, later. */
            operand_free(x);
            x->val = (ConstVal){0};
            x->mode = MODE_VALUE;
            return;
        }
    }
    const_free(&xint);
    if (!types_is_integer(ck->types, x->type)) {
        check_errorf(ck, x->expr, "invalid operation: shifted operand %s must be integer", check_operand_str(ck, x));
        operand_invalid(x);
        return;
    }
    operand_free(x);
    x->val = (ConstVal){0};
    x->mode = MODE_VALUE;
}

static bool all_numeric(Checker *ck, TypeId t) { return types_is_numeric(ck->types, t); }
static bool all_string(Checker *ck, TypeId t) { return types_is_string(ck->types, t); }

/* go/types' matchTypes: an untyped operand takes the other's type. */
static void match_types(Checker *ck, Operand *x, Operand *y)
{
    bool xu = check_is_untyped(ck, x->type), yu = check_is_untyped(ck, y->type);
    if (!xu && !yu)
        return;
    if (all_numeric(ck, x->type) != all_numeric(ck, y->type))
        return;
    if (all_string(ck, x->type) != all_string(ck, y->type))
        return;
    if (x->mode == MODE_NIL) {
        if (!has_nil(ck, y->type))
            return;
    } else if (y->mode == MODE_NIL) {
        if (!has_nil(ck, x->type))
            return;
    } else if (is_pointer(ck, x->type) || is_pointer(ck, y->type)) {
        return;
    }
    if (xu)
        convert_untyped(ck, x, y->type);
    if (x->mode == MODE_INVALID)
        return;
    if (yu)
        convert_untyped(ck, y, x->type);
    if (y->mode == MODE_INVALID)
        operand_invalid(x);
}

static const char *kind_string(Checker *ck, TypeId t)
{
    switch (types_kind(ck->types, types_underlying(ck->types, t))) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return check_type_str(ck, t);
    }
}

/* Why values of t cannot be compared: go/types' incomparableCause. */
static void incomparable_cause(Checker *ck, TypeId t, Buf *out)
{
    TypeId cur = t;
    for (unsigned depth = 0; depth < 1000; depth++) {
        TypeId u = types_underlying(ck->types, cur);
        const Type *ut = types_get(ck->types, u);
        switch (ut->kind) {
        case TY_SLICE: case TY_FUNC: case TY_MAP:
            if (cur == t) {
                buf_printf(out, "%s can only be compared to nil", kind_string(ck, t));
                return;
            }
            buf_printf(out, "%s cannot be compared", check_type_str(ck, cur));
            return;
        case TY_STRUCT:
            for (uint32_t i = 0; i < ut->n; i++)
                if (!types_is_comparable(ck->types, ut->fields[i].type)) {
                    buf_printf(out, "struct containing %s cannot be compared",
                               check_type_str(ck, ut->fields[i].type));
                    return;
                }
            return;
        case TY_ARRAY:
            if (!types_is_comparable(ck->types, ut->elem)) {
                buf_printf(out, "%s cannot be compared", check_type_str(ck, cur));
                return;
            }
            return;
        default: return;
        }
    }
}

static void comparison(Checker *ck, Operand *x, Operand *y, const Node *e, TokKind op, bool switch_case,
                       const Node *tag)
{
    if (x->type == TYPE_INVALID || y->type == TYPE_INVALID) {
        operand_invalid(x);
        return;
    }
    if (switch_case)
        op = TOK_EQL;
    Operand *err_op = x;
    Buf cause;
    buf_init(&cause);
    bool ok = check_assignable(ck, x, y->type, NULL) || check_assignable(ck, y, x->type, NULL);
    if (!ok) {
        err_op = y;
        buf_printf(&cause, "mismatched types %s and %s", check_type_str(ck, x->type), check_type_str(ck, y->type));
        goto error;
    }
    if (op == TOK_EQL || op == TOK_NEQ) {
        if (x->mode == MODE_NIL || y->mode == MODE_NIL) {
            TypeId t = x->mode == MODE_NIL ? y->type : x->type;
            if (!has_nil(ck, t)) {
                err_op = y;
                goto error;
            }
        } else if (!types_is_comparable(ck->types, x->type)) {
            err_op = x;
            incomparable_cause(ck, x->type, &cause);
            goto error;
        } else if (!types_is_comparable(ck->types, y->type)) {
            err_op = y;
            incomparable_cause(ck, y->type, &cause);
            goto error;
        }
    } else {
        if (!types_is_ordered(ck->types, x->type)) {
            err_op = x;
            goto error;
        }
        if (!types_is_ordered(ck->types, y->type)) {
            err_op = y;
            goto error;
        }
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        bool r;
        if (const_compare(const_op(op), &x->val, &y->val, &r) == CONST_OK && x->val.kind != CONST_UNKNOWN &&
            y->val.kind != CONST_UNKNOWN) {
            const_free(&x->val);
            x->val = const_make_bool(r);
        } else {
            const_free(&x->val);
        }
    } else {
        TypeId xt = check_default(ck, x->type), yt = check_default(ck, y->type);
        if (check_is_untyped(ck, x->type) && x->mode != MODE_NIL) {
            check_record_conv(ck, x, xt);
            update_expr_type(ck, x->expr, xt, 0);
        }
        if (check_is_untyped(ck, y->type) && y->mode != MODE_NIL) {
            check_record_conv(ck, y, yt);
            update_expr_type(ck, y->expr, yt, 0);
        }
        if (x->mode == MODE_NIL && y->mode != MODE_NIL)
            check_record_conv(ck, x, y->type);
        if (y->mode == MODE_NIL && x->mode != MODE_NIL)
            check_record_conv(ck, y, x->type);
        operand_free(x);
        x->mode = MODE_VALUE;
    }
    x->type = TY_UNTYPED_BOOL;
    x->expr = e;
    buf_free(&cause);
    return;
error:
    if (cause.len == 0)
        buf_printf(&cause, "operator %s not defined on %s", tok_spelling(op), kind_string(ck, err_op->type));
    buf_putc(&cause, '\0');
    if (switch_case)
        check_errorf(ck, x->expr, "invalid case %s in switch on %s (%s)", check_expr_str(ck, x->expr),
                     check_expr_str(ck, tag), (char *)cause.data);
    else
        check_errorf(ck, err_op->expr, "invalid operation: %s %s %s (%s)", check_expr_str(ck, x->expr),
                     tok_spelling(op), check_expr_str(ck, y->expr), (char *)cause.data);
    buf_free(&cause);
    operand_invalid(x);
}

/* A switch case value against its tag: comparison with the case's words. */
void check_case_comparison(Checker *ck, Operand *x, Operand *tag, const Node *tag_expr)
{
    comparison(ck, x, tag, x->expr, TOK_EQL, true, tag_expr);
}

static bool op_allowed_binary(Checker *ck, TokKind op, TypeId t)
{
    switch (op) {
    case TOK_ADD: return types_is_numeric(ck->types, t) || types_is_string(ck->types, t);
    case TOK_SUB: case TOK_MUL: case TOK_QUO: return types_is_numeric(ck->types, t);
    case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
        return types_is_integer(ck->types, t);
    case TOK_LAND: case TOK_LOR: return types_is_boolean(ck->types, t);
    default: return false;
    }
}

void check_binary(Checker *ck, Operand *x, const Node *e, const Node *lhs, const Node *rhs, TokKind op)
{
    Operand y = {0};
    check_value(ck, x, lhs, 0);
    check_value(ck, &y, rhs, 0);
    if (x->mode == MODE_INVALID) {
        operand_free(&y);
        return;
    }
    if (y.mode == MODE_INVALID) {
        operand_invalid(x);
        operand_free(&y);
        return;
    }
    if (op == TOK_SHL || op == TOK_SHR) {
        check_shift(ck, x, &y, e, op);
        operand_free(&y);
        if (x->mode != MODE_INVALID)
            x->expr = e;
        return;
    }
    match_types(ck, x, &y);
    if (x->mode == MODE_INVALID) {
        operand_free(&y);
        return;
    }
    if (tok_is_comparison(op)) {
        comparison(ck, x, &y, e, op, false, NULL);
        operand_free(&y);
        return;
    }
    if (!types_identical(ck->types, x->type, y.type)) {
        if (x->type != TYPE_INVALID && y.type != TYPE_INVALID)
            check_errorf(ck, x->expr, "invalid operation: %s (mismatched types %s and %s)", check_expr_str(ck, e),
                         check_type_str(ck, x->type), check_type_str(ck, y.type));
        operand_invalid(x);
        operand_free(&y);
        return;
    }
    if (!op_allowed_binary(ck, op, x->type)) {
        check_errorf(ck, x->expr, "invalid operation: operator %s not defined on %s", tok_spelling(op),
                     check_operand_str(ck, x));
        operand_invalid(x);
        operand_free(&y);
        return;
    }
    if ((op == TOK_QUO || op == TOK_REM) && (x->mode == MODE_CONST || types_is_integer(ck->types, x->type)) &&
        y.mode == MODE_CONST && y.val.kind != CONST_UNKNOWN && const_sign(&y.val) == 0) {
        check_errorf(ck, y.expr, "invalid operation: division by zero");
        operand_invalid(x);
        operand_free(&y);
        return;
    }
    if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
        ConstVal r;
        ConstVal xv = const_copy(&x->val), yv = const_copy(&y.val);
        /* Integer division truncates only for integer types. */
        if (op == TOK_QUO && types_is_integer(ck->types, x->type) && x->val.kind == CONST_RAT) {
            ConstVal t1;
            if (const_to_int(&xv, &t1) == CONST_OK) {
                const_free(&xv);
                xv = t1;
            }
            if (const_to_int(&yv, &t1) == CONST_OK) {
                const_free(&yv);
                yv = t1;
            }
        }
        if (op == TOK_QUO && !types_is_integer(ck->types, x->type) && xv.kind == CONST_INT) {
            ConstVal t1;
            if (const_to_rat(&xv, &t1) == CONST_OK) {
                const_free(&xv);
                xv = t1;
            }
        }
        ConstStatus st = const_binary(const_op(op), &xv, &yv, &r);
        const_free(&xv);
        const_free(&yv);
        if (st != CONST_OK) {
            report_const_status(ck, st, e, e->pos, const_op(op), false, &y);
            operand_invalid(x);
            operand_free(&y);
            return;
        }
        const_free(&x->val);
        x->val = r;
        x->expr = e;
        check_overflow(ck, x, e->pos, const_op(op), false);
        operand_free(&y);
        return;
    }
    operand_free(x);
    x->val = (ConstVal){0};
    x->mode = MODE_VALUE;
    operand_free(&y);
}

/* ==== the dispatcher ================================================== */

static void star(Checker *ck, Operand *x, const Node *e)
{
    check_expr_or_type(ck, x, e->kids[STAR_X]);
    switch (x->mode) {
    case MODE_INVALID: return;
    case MODE_TYPE:
        x->type = types_pointer(ck->types, x->type);
        return;
    case MODE_NIL:
        check_errorf(ck, e->kids[STAR_X], "invalid operation: cannot indirect nil");
        operand_invalid(x);
        return;
    default: break;
    }
    check_single_value(ck, x);
    must_be_value(ck, x);
    if (x->mode == MODE_INVALID)
        return;
    TypeId u = types_underlying(ck->types, x->type);
    if (types_kind(ck->types, u) != TY_POINTER) {
        check_errorf(ck, e->kids[STAR_X], "invalid operation: cannot indirect %s", check_operand_str(ck, x));
        operand_invalid(x);
        return;
    }
    operand_free(x);
    x->mode = MODE_VAR;
    x->type = types_get(ck->types, u)->elem;
}

static void expr_kind(Checker *ck, Operand *x, const Node *e, TypeId hint)
{
    switch ((AstKind)e->kind) {
    case AST_IDENT: ident(ck, x, e); break;
    case AST_BASIC_LIT: basic_lit(ck, x, e); break;
    case AST_COMPOSITE_LIT: composite_lit(ck, x, e, hint); break;
    case AST_FUNC_LIT: check_funclit(ck, x, e); break;
    case AST_PAREN: check_expr(ck, x, e->kids[PAREN_X], hint); break;
    case AST_SELECTOR: selector(ck, x, e); break;
    case AST_INDEX: index_expr(ck, x, e); break;
    case AST_SLICE: slice_expr(ck, x, e); break;
    case AST_TYPE_ASSERT: type_assert(ck, x, e); break;
    case AST_CALL: check_call(ck, x, e); break;
    case AST_STAR: star(ck, x, e); break;
    case AST_UNARY: unary(ck, x, e); break;
    case AST_BINARY: check_binary(ck, x, e, e->kids[BINARY_X], e->kids[BINARY_Y], (TokKind)e->op); break;
    case AST_KEY_VALUE:
        check_errorf(ck, e, "unexpected key:value expression");
        break;
    case AST_ARRAY_TYPE: case AST_SLICE_TYPE: case AST_MAP_TYPE: case AST_CHAN_TYPE:
    case AST_FUNC_TYPE: case AST_STRUCT_TYPE: case AST_INTERFACE_TYPE: {
        TypeId t = check_type(ck, e);
        if (t != TYPE_INVALID) {
            x->mode = MODE_TYPE;
            x->type = t;
        }
        break;
    }
    case AST_ELLIPSIS:
        check_errorf(ck, e, "invalid use of ...");
        break;
    default:
        check_errorf(ck, e, "invalid syntax tree: %s is not an expression", ast_display_name((AstKind)e->kind));
        break;
    }
}

void check_expr_or_type(Checker *ck, Operand *x, const Node *e)
{
    *x = (Operand){.mode = MODE_INVALID, .expr = e};
    expr_kind(ck, x, e, 0);
    if (x->mode == MODE_INVALID)
        x->type = TYPE_INVALID;
    x->expr = e;
    record(ck, x);
}

void check_expr(Checker *ck, Operand *x, const Node *e, TypeId hint)
{
    *x = (Operand){.mode = MODE_INVALID, .expr = e};
    expr_kind(ck, x, e, hint);
    if (x->mode == MODE_INVALID)
        x->type = TYPE_INVALID;
    x->expr = e;
    record(ck, x);
}

void check_expr_list(Checker *ck, const Node *const *es, uint32_t n, Operand **out, uint32_t *nout,
                     bool allow_commaok, bool *commaok)
{
    *commaok = false;
    if (n == 1) {
        Operand x;
        check_expr(ck, &x, es[0], 0);
        must_be_value(ck, &x);
        if (x.mode == MODE_VALUE && is_tuple(ck, x.type)) {
            const Type *tt = types_get(ck->types, x.type);
            *nout = tt->n;
            *out = xcalloc(tt->n ? tt->n : 1, sizeof **out);
            for (uint32_t i = 0; i < tt->n; i++)
                (*out)[i] = (Operand){.mode = MODE_VALUE, .type = tt->ids[i], .expr = es[0]};
            operand_free(&x);
            return;
        }
        if ((x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK) && allow_commaok) {
            *commaok = true;
            *nout = 2;
            *out = xcalloc(2, sizeof **out);
            (*out)[0] = x;
            (*out)[0].mode = MODE_VALUE;
            (*out)[1] = (Operand){.mode = MODE_VALUE, .type = TY_UNTYPED_BOOL, .expr = es[0]};
            NodeInfo *ni = check_info(ck, es[0]);
            if (ni)
                ni->mode = MODE_COMMAOK;
            return;
        }
        *nout = 1;
        *out = xcalloc(1, sizeof **out);
        (*out)[0] = x;
        return;
    }
    *nout = n;
    *out = xcalloc(n ? n : 1, sizeof **out);
    for (uint32_t i = 0; i < n; i++)
        check_value(ck, &(*out)[i], es[i], 0);
}

void check_expr_stmt(Checker *ck, const Node *e)
{
    Operand x;
    check_expr_or_type(ck, &x, e);
    const Node *u = unparen(e);
    bool ok = false;
    switch (x.mode) {
    case MODE_INVALID: ok = true; break;
    case MODE_NOVALUE: ok = true; break;
    case MODE_BUILTIN:
        check_errorf(ck, e, "%s must be called", check_operand_str(ck, &x));
        ok = true;
        break;
    case MODE_TYPE:
        check_errorf(ck, e, "%s is not an expression", check_operand_str(ck, &x));
        ok = true;
        break;
    default:
        if (u->kind == AST_CALL) {
            NodeInfo *fi = check_info(ck, u->kids[CALL_FUN]);
            /* A conversion is not a statement, nor are the builtins the
             * spec names (append cap len make new ...); copy and
             * recover are. */
            ok = !(fi && fi->mode == MODE_TYPE);
            if (fi && fi->mode == MODE_BUILTIN)
                ok = check_builtin_is_statement(ck, u->kids[CALL_FUN]);
        } else if (u->kind == AST_UNARY && u->op == TOK_ARROW) {
            ok = true;
        }
        break;
    }
    if (!ok)
        check_errorf(ck, e, "%s is not used", check_operand_str(ck, &x));
    operand_free(&x);
}
