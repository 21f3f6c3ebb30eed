/* call.c - calls: function and method calls with their argument rules
 * (multi-value arguments, variadics, f(xs...)), conversions T(x), and
 * the builtins with their special typing, gomini's spawn and await
 * among them. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static const Node *const *call_args(const Node *call)
{
    return (const Node *const *)&call->kids[CALL_ARGS];
}

static uint32_t call_nargs(const Node *call)
{
    return call->nkids - CALL_ARGS;
}

/* Checks every argument for its errors and uses, when the call itself
 * cannot be checked. */
static void use_args(Checker *ck, const Node *call)
{
    for (uint32_t i = 0; i < call_nargs(call); i++) {
        Operand y;
        check_expr_or_type(ck, &y, call_args(call)[i]);
        operand_free(&y);
    }
}

/* go/types' typesSummary: "(number, string)" for have/want lines. */
static void types_summary(Checker *ck, Buf *b, const TypeId *ts, uint32_t n, bool variadic, bool dots)
{
    buf_putc(b, '(');
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0)
            buf_puts(b, ", ");
        TypeId t = ts[i];
        if (t == TYPE_INVALID) {
            buf_puts(b, "unknown type");
        } else if (check_is_untyped(ck, t)) {
            if (types_is_numeric(ck->types, t))
                buf_puts(b, "number");
            else
                buf_puts(b, check_type_str(ck, t) + strlen("untyped "));
        } else if (variadic && i == n - 1) {
            buf_printf(b, "...%s", check_type_str(ck, types_get(ck->types, types_underlying(ck->types, t))->elem));
        } else {
            buf_puts(b, check_type_str(ck, t));
        }
        if (dots && i == n - 1)
            buf_puts(b, "...");
    }
    buf_putc(b, ')');
}

void check_arguments(Checker *ck, const Node *call, TypeId sig, Operand *args, uint32_t nargs, bool ddd,
                     const char *fname)
{
    for (uint32_t i = 0; i < nargs; i++)
        if (args[i].mode == MODE_INVALID)
            return;
    const Type *st = types_get(ck->types, sig);
    const Type *pt = types_get(ck->types, st->params);
    uint32_t npars = pt->n;
    bool variadic = st->variadic;
    if (ddd) {
        if (!variadic) {
            check_errorf(ck, call, "cannot use ... in call to non-variadic %s", fname);
            return;
        }
        if (nargs == 1 && npars > 1 && unparen(call_args(call)[0])->kind == AST_CALL) {
            check_errorf(ck, call, "cannot use ... with %u-valued %s", npars, check_expr_str(ck, args[0].expr));
            return;
        }
    }
    /* The parameter types, one per argument when variadic. */
    uint32_t want = npars;
    if (variadic && !ddd && nargs >= npars - 1)
        want = nargs;
    if (nargs != want) {
        const Node *at = call;
        const char *qual = "not enough";
        if (nargs > npars) {
            at = args[npars].expr;
            qual = "too many";
        } else if (nargs > 0) {
            at = args[nargs - 1].expr;
        }
        Buf *b = &ck->scratch;
        b->len = 0;
        TypeId *have = xmalloc((nargs ? nargs : 1) * sizeof *have);
        for (uint32_t i = 0; i < nargs; i++)
            have[i] = args[i].type;
        buf_printf(b, "%s arguments in call to %s\n\thave ", qual, fname);
        types_summary(ck, b, have, nargs, false, ddd);
        buf_puts(b, "\n\twant ");
        types_summary(ck, b, pt->ids, npars, variadic, false);
        buf_putc(b, '\0');
        free(have);
        if (at == call && nargs == 0)
            check_errorf(ck, call, "%s", (const char *)b->data);
        else
            check_errorf(ck, at, "%s", (const char *)b->data);
        return;
    }
    Buf ctx;
    buf_init(&ctx);
    buf_printf(&ctx, "argument to %s", fname);
    buf_putc(&ctx, '\0');
    for (uint32_t i = 0; i < nargs; i++) {
        TypeId t;
        if (variadic && i >= npars - 1 && !ddd)
            t = types_get(ck->types, types_underlying(ck->types, pt->ids[npars - 1]))->elem;
        else
            t = pt->ids[i];
        check_assignment(ck, &args[i], t, (const char *)ctx.data);
    }
    buf_free(&ctx);
}

/* The arguments of a call as operands: f(g()) spreads g's results. */
static Operand *call_operands(Checker *ck, const Node *call, uint32_t *n)
{
    Operand *args = NULL;
    bool commaok;
    check_expr_list(ck, call_args(call), call_nargs(call), &args, n, false, &commaok);
    return args;
}

static void free_operands(Operand *xs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        operand_free(&xs[i]);
    free(xs);
}

/* The result of a call of sig. */
static void call_result(Checker *ck, Operand *x, TypeId sig, const Node *call)
{
    const Type *rt = types_get(ck->types, types_get(ck->types, sig)->results);
    operand_free(x);
    x->val = (ConstVal){0};
    x->expr = call;
    if (rt->n == 0) {
        x->mode = MODE_NOVALUE;
        x->type = TYPE_INVALID;
    } else if (rt->n == 1) {
        x->mode = MODE_VALUE;
        x->type = rt->ids[0];
    } else {
        x->mode = MODE_VALUE;
        x->type = types_get(ck->types, sig)->results;
    }
}

/* ==== conversions ===================================================== */

void check_conversion(Checker *ck, Operand *x, TypeId t, const Node *call)
{
    bool const_arg = x->mode == MODE_CONST;
    TypeId tu = types_underlying(ck->types, t);
    bool ok = false;
    Buf cause;
    buf_init(&cause);
    if (const_arg && types_is_const_type(ck->types, tu)) {
        if (types_is_string(ck->types, tu) && types_is_integer(ck->types, x->type)) {
            /* string(65) is "A"; out-of-range values give U+FFFD. */
            int64_t v;
            ConstVal iv;
            uint32_t r = 0xFFFD;
            if (const_to_int(&x->val, &iv) == CONST_OK) {
                if (const_int64(&iv, &v) && v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
                    r = (uint32_t)v;
                const_free(&iv);
            }
            char buf[4];
            size_t len;
            if (r < 0x80) {
                buf[0] = (char)r, len = 1;
            } else if (r < 0x800) {
                buf[0] = (char)(0xC0 | r >> 6), buf[1] = (char)(0x80 | (r & 0x3F)), len = 2;
            } else if (r < 0x10000) {
                buf[0] = (char)(0xE0 | r >> 12), buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
                buf[2] = (char)(0x80 | (r & 0x3F)), len = 3;
            } else {
                buf[0] = (char)(0xF0 | r >> 18), buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
                buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)), buf[3] = (char)(0x80 | (r & 0x3F)), len = 4;
            }
            const_free(&x->val);
            x->val = const_make_string(buf, len);
            ok = true;
        } else {
            ConstFit fit;
            ok = (types_is_numeric(ck->types, tu) == types_is_numeric(ck->types, x->type)) &&
                 check_representable(ck, x, t, &fit);
            if (!ok && types_is_integer(ck->types, x->type) && types_is_integer(ck->types, tu)) {
                Buf v;
                buf_init(&v);
                const_format(&x->val, &v);
                buf_putc(&v, '\0');
                check_errorf(ck, x->expr, "constant %s overflows %s", (char *)v.data, check_type_str(ck, t));
                buf_free(&v);
                buf_free(&cause);
                operand_invalid(x);
                return;
            }
        }
    } else if (check_convertible(ck, x, t, &cause)) {
        ok = true;
        const_free(&x->val);
        x->val = (ConstVal){0};
        x->mode = MODE_VALUE;
    }
    if (!ok) {
        buf_putc(&cause, '\0');
        if (cause.len > 1)
            check_errorf(ck, x->expr, "cannot convert %s to type %s: %s", check_operand_str(ck, x),
                         check_type_str(ck, t), (char *)cause.data);
        else
            check_errorf(ck, x->expr, "cannot convert %s to type %s", check_operand_str(ck, x), check_type_str(ck, t));
        buf_free(&cause);
        operand_invalid(x);
        return;
    }
    buf_free(&cause);
    if (check_is_untyped(ck, x->type) && !const_arg && x->type != TY_UNTYPED_NIL) {
        /* float64(1 << s): the shift takes the conversion's type, and
         * must then be an integer one. */
        TypeId target = check_is_interface(ck, t) ? check_default(ck, x->type) : t;
        check_convert_untyped(ck, x, target);
        if (x->mode == MODE_INVALID)
            return;
    }
    if (check_is_untyped(ck, x->type)) {
        TypeId final = t;
        if (x->type == TY_UNTYPED_NIL)
            final = t;
        else if (check_is_interface(ck, t) || (const_arg && !types_is_const_type(ck->types, tu)))
            final = check_default(ck, x->type);
        else if (const_arg && types_is_integer(ck->types, x->type) && types_is_string(ck->types, tu))
            final = check_default(ck, x->type);
        check_record_conv(ck, x, final);
    }
    x->type = t;
    x->expr = call;
}

/* ==== calls =========================================================== */

void check_call(Checker *ck, Operand *x, const Node *call)
{
    const Node *fun = call->kids[CALL_FUN];
    bool ddd = call->flags & AST_HAS_ELLIPSIS;
    check_expr_or_type(ck, x, fun);
    switch (x->mode) {
    case MODE_INVALID:
        use_args(ck, call);
        x->expr = call;
        return;
    case MODE_TYPE: {
        TypeId t = x->type;
        uint32_t n = call_nargs(call);
        if (n != 1) {
            if (n == 0)
                check_errorf(ck, call, "missing argument in conversion to %s", check_type_str(ck, t));
            else
                check_errorf(ck, call_args(call)[1], "too many arguments in conversion to %s", check_type_str(ck, t));
            use_args(ck, call);
            operand_invalid(x);
            return;
        }
        if (ddd) {
            check_errorf(ck, call_args(call)[0], "invalid use of ... in conversion to %s", check_type_str(ck, t));
            use_args(ck, call);
            operand_invalid(x);
            return;
        }
        Operand y;
        check_value(ck, &y, call_args(call)[0], t);
        if (y.mode == MODE_INVALID) {
            operand_invalid(x);
            operand_free(&y);
            return;
        }
        check_conversion(ck, &y, t, call);
        operand_free(x);
        *x = y;
        x->expr = call;
        return;
    }
    case MODE_BUILTIN:
        check_builtin(ck, x, call, x->builtin);
        x->expr = call;
        return;
    default: break;
    }
    check_single_value(ck, x);
    if (x->mode == MODE_INVALID) {
        use_args(ck, call);
        return;
    }
    TypeId u = types_underlying(ck->types, x->type);
    if (x->mode == MODE_NIL || types_kind(ck->types, u) != TY_FUNC) {
        if (x->mode == MODE_NIL || x->mode == MODE_NOVALUE)
            check_errorf(ck, x->expr, "invalid operation: cannot call non-function %s", check_operand_str(ck, x));
        else
            check_errorf(ck, x->expr, "invalid operation: cannot call %s: %s is not a function",
                         check_operand_str(ck, x), check_type_str(ck, x->type));
        use_args(ck, call);
        operand_invalid(x);
        x->expr = call;
        return;
    }
    uint32_t n;
    Operand *args = call_operands(ck, call, &n);
    check_arguments(ck, call, u, args, n, ddd, check_expr_str(ck, fun));
    free_operands(args, n);
    call_result(ck, x, u, call);
}

/* ==== builtins ======================================================== */

/* Does e contain a call or a receive?  Then len(e) of an array is not
 * constant (Go spec, Length and capacity). */
static bool has_call_or_recv(const Node *e)
{
    AstWalk w;
    AstVisit v;
    bool found = false;
    ast_walk_init(&w, e);
    while (!found && ast_walk_next(&w, &v))
        if (v.node && !v.leaving)
            found = v.node->kind == AST_CALL || (v.node->kind == AST_UNARY && v.node->op == TOK_ARROW);
    ast_walk_free(&w);
    return found;
}

static bool is_typed_int_arg(Checker *ck, Operand *y, const char *what)
{
    (void)what;
    check_convert_untyped(ck, y, TY_INT);
    if (y->mode == MODE_INVALID)
        return false;
    if (!types_is_integer(ck->types, y->type)) {
        check_errorf(ck, y->expr, "cannot convert %s to type int", check_operand_str(ck, y));
        return false;
    }
    if (y->mode == MODE_CONST && const_sign(&y->val) < 0) {
        check_errorf(ck, y->expr, "invalid argument: index %s must not be negative", check_operand_str(ck, y));
        return false;
    }
    return true;
}

static TypeId task_pointer(Checker *ck, const Node *at);

static void builtin_len_cap(Checker *ck, Operand *x, BuiltinId id, Operand *a)
{
    TypeId t = a->type, u = types_underlying(ck->types, t);
    const Type *ut = types_get(ck->types, u);
    int64_t n = -1;
    bool ok = false;
    switch (ut->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        ok = id == BUILTIN_LEN;
        if (ok && a->mode == MODE_CONST)
            n = (int64_t)a->val.len;
        if (ok && check_is_untyped(ck, t))
            check_record_conv(ck, a, TY_STRING);
        break;
    case TY_ARRAY:
        ok = true;
        if (!has_call_or_recv(a->expr))
            n = ut->len;
        break;
    case TY_POINTER: {
        const Type *pt = types_get(ck->types, types_underlying(ck->types, ut->elem));
        if (pt->kind == TY_ARRAY) {
            ok = true;
            if (!has_call_or_recv(a->expr))
                n = pt->len;
        }
        break;
    }
    case TY_SLICE: case TY_CHAN: ok = true; break;
    case TY_MAP: ok = id == BUILTIN_LEN; break;
    default: break;
    }
    if (!ok) {
        check_errorf(ck, a->expr, "invalid argument: %s for built-in %s", check_operand_str(ck, a), builtin_name(id));
        operand_invalid(x);
        return;
    }
    if (n >= 0) {
        x->mode = MODE_CONST;
        x->val = const_make_int64(n);
    } else {
        x->mode = MODE_VALUE;
    }
    x->type = TY_INT;
}

static void builtin_append(Checker *ck, Operand *x, const Node *call, Operand *args, uint32_t n, bool ddd)
{
    Operand *s = &args[0];
    TypeId t = s->type;
    if (s->mode == MODE_NIL) {
        check_errorf(ck, s->expr, "invalid append: argument must be a slice; have untyped nil");
        operand_invalid(x);
        return;
    }
    TypeId u = types_underlying(ck->types, t);
    if (types_kind(ck->types, u) != TY_SLICE) {
        check_errorf(ck, s->expr, "invalid append: argument must be a slice; have %s", check_operand_str(ck, s));
        operand_invalid(x);
        return;
    }
    TypeId elem = types_get(ck->types, u)->elem;
    if (ddd) {
        if (n != 2) {
            check_errorf(ck, call, n < 2 ? "not enough arguments in call to append" : "too many arguments in call to append");
            operand_invalid(x);
            return;
        }
        /* append([]byte, string...) */
        Operand *y = &args[1];
        TypeKind ek = types_kind(ck->types, types_underlying(ck->types, elem));
        if (ek == TY_UINT8 && types_is_string(ck->types, y->type)) {
            check_convert_untyped(ck, y, TY_STRING);
        } else {
            check_assignment(ck, y, t, "argument to append");
        }
    } else {
        for (uint32_t i = 1; i < n; i++)
            check_assignment(ck, &args[i], elem, "argument to append");
    }
    x->mode = MODE_VALUE;
    x->type = t;
}

static void builtin_make(Checker *ck, Operand *x, const Node *call)
{
    uint32_t n = call_nargs(call);
    if (n == 0) {
        check_error_at(ck, ast_end(call), "not enough arguments for %s (expected 1, found 0)", check_expr_str(ck, call));
        operand_invalid(x);
        return;
    }
    TypeId t = check_type(ck, call_args(call)[0]);
    if (t == TYPE_INVALID) {
        for (uint32_t i = 1; i < n; i++) {
            Operand y;
            check_expr(ck, &y, call_args(call)[i], 0);
            operand_free(&y);
        }
        operand_invalid(x);
        return;
    }
    TypeKind k = types_kind(ck->types, types_underlying(ck->types, t));
    uint32_t min;
    switch (k) {
    case TY_SLICE: min = 2; break;
    case TY_MAP: case TY_CHAN: min = 1; break;
    default:
        check_errorf(ck, call_args(call)[0], "invalid argument: cannot make %s: type must be slice, map, or channel",
                     check_expr_str(ck, call_args(call)[0]));
        operand_invalid(x);
        return;
    }
    if (n < min || n > min + 1) {
        check_errorf(ck, call, "invalid operation: %s expects %u or %u arguments; found %u", check_expr_str(ck, call), min,
                     min + 1, n);
        operand_invalid(x);
        return;
    }
    int64_t sizes[2] = {-1, -1};
    bool ok = true;
    for (uint32_t i = 1; i < n; i++) {
        Operand y;
        check_value(ck, &y, call_args(call)[i], 0);
        if (y.mode == MODE_INVALID || !is_typed_int_arg(ck, &y, "make")) {
            ok = false;
        } else if (y.mode == MODE_CONST) {
            int64_t v;
            if (const_int64(&y.val, &v))
                sizes[i - 1] = v;
        }
        operand_free(&y);
    }
    if (ok && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        check_errorf(ck, call_args(call)[1], "invalid argument: length and capacity swapped");
        ok = false;
    }
    x->mode = ok ? MODE_VALUE : MODE_INVALID;
    x->type = t;
}

/* min and max: ordered operands of one type, constant when all are. */
static void builtin_min_max(Checker *ck, Operand *x, BuiltinId id, Operand *args, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!types_is_ordered(ck->types, args[i].type)) {
            check_errorf(ck, args[i].expr, "invalid argument: %s cannot be ordered", check_operand_str(ck, &args[i]));
            operand_invalid(x);
            return;
        }
    Operand acc = args[0];
    acc.val = const_copy(&args[0].val);
    for (uint32_t i = 1; i < n; i++) {
        Operand *y = &args[i];
        /* Mixed untyped and typed: like a binary operation. */
        if (check_is_untyped(ck, acc.type) && !check_is_untyped(ck, y->type))
            check_convert_untyped(ck, &acc, y->type);
        else if (check_is_untyped(ck, y->type) && !check_is_untyped(ck, acc.type))
            check_convert_untyped(ck, y, acc.type);
        if (acc.mode == MODE_INVALID || y->mode == MODE_INVALID) {
            operand_free(&acc);
            operand_invalid(x);
            return;
        }
        if (!types_identical(ck->types, acc.type, y->type) &&
            !(check_is_untyped(ck, acc.type) && check_is_untyped(ck, y->type))) {
            check_errorf(ck, y->expr, "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                         check_type_str(ck, acc.type), check_type_str(ck, y->type), check_expr_str(ck, y->expr));
            operand_free(&acc);
            operand_invalid(x);
            return;
        }
        if (acc.mode == MODE_CONST && y->mode == MODE_CONST) {
            bool less;
            if (const_compare(CONST_LSS, &y->val, &acc.val, &less) == CONST_OK) {
                bool take = id == BUILTIN_MIN ? less : !less && !(const_compare(CONST_EQL, &y->val, &acc.val, &less) == CONST_OK && less);
                if (take) {
                    const_free(&acc.val);
                    acc.val = const_copy(&y->val);
                }
            }
            if (check_is_untyped(ck, y->type) && check_is_untyped(ck, acc.type)) {
                /* The result has the "larger" untyped kind. */
                if (y->type == TY_UNTYPED_FLOAT || (y->type == TY_UNTYPED_RUNE && acc.type == TY_UNTYPED_INT))
                    acc.type = y->type;
            }
        } else {
            acc.mode = MODE_VALUE;
            if (check_is_untyped(ck, acc.type))
                acc.type = check_default(ck, acc.type);
        }
    }
    operand_free(x);
    x->mode = acc.mode == MODE_CONST ? MODE_CONST : MODE_VALUE;
    x->type = acc.type;
    x->val = acc.mode == MODE_CONST ? acc.val : (ConstVal){0};
    if (acc.mode != MODE_CONST)
        const_free(&acc.val);
    if (x->mode == MODE_VALUE)
        for (uint32_t i = 0; i < n; i++)
            check_convert_untyped(ck, &args[i], x->type);
}

void check_builtin(Checker *ck, Operand *x, const Node *call, BuiltinId id)
{
    uint32_t nargs = call_nargs(call);
    bool ddd = call->flags & AST_HAS_ELLIPSIS;
    static const struct { uint8_t n; bool variadic; } arity[BUILTIN__COUNT] = {
        [BUILTIN_APPEND] = {1, true}, [BUILTIN_CAP] = {1, false}, [BUILTIN_CLEAR] = {1, false},
        [BUILTIN_CLOSE] = {1, false}, [BUILTIN_COPY] = {2, false}, [BUILTIN_DELETE] = {2, false},
        [BUILTIN_LEN] = {1, false}, [BUILTIN_MAKE] = {1, true}, [BUILTIN_MAX] = {1, true},
        [BUILTIN_MIN] = {1, true}, [BUILTIN_NEW] = {1, false}, [BUILTIN_PANIC] = {1, false},
        [BUILTIN_PRINT] = {0, true}, [BUILTIN_PRINTLN] = {0, true}, [BUILTIN_RECOVER] = {0, false},
        [BUILTIN_SPAWN] = {1, true}, [BUILTIN_AWAIT] = {1, false},
    };
    operand_free(x);
    *x = (Operand){.mode = MODE_INVALID, .expr = call};
    if (ddd && id != BUILTIN_APPEND) {
        check_errorf(ck, call, "invalid operation: invalid use of ... with built-in %s", builtin_name(id));
        use_args(ck, call);
        return;
    }
    if (nargs < arity[id].n || (!arity[id].variadic && nargs > arity[id].n)) {
        /* At the closing parenthesis, as go/types' argErrPos. */
        check_error_at(ck, ast_end(call), "%s arguments for %s (expected %u, found %u)",
                     nargs < arity[id].n ? "not enough" : "too many", check_expr_str(ck, call), arity[id].n, nargs);
        use_args(ck, call);
        return;
    }
    if (id == BUILTIN_MAKE) {
        builtin_make(ck, x, call);
        return;
    }
    if (id == BUILTIN_NEW) {
        TypeId t = check_type(ck, call_args(call)[0]);
        if (t != TYPE_INVALID) {
            x->mode = MODE_VALUE;
            x->type = types_pointer(ck->types, t);
        }
        return;
    }
    uint32_t n;
    Operand *args = call_operands(ck, call, &n);
    for (uint32_t i = 0; i < n; i++)
        if (args[i].mode == MODE_INVALID) {
            free_operands(args, n);
            return;
        }
    if (n < arity[id].n || (!arity[id].variadic && n > arity[id].n)) {
        check_error_at(ck, ast_end(call), "%s arguments for %s (expected %u, found %u)", n < arity[id].n ? "not enough" : "too many",
                     check_expr_str(ck, call), arity[id].n, n);
        free_operands(args, n);
        return;
    }
    switch (id) {
    case BUILTIN_LEN: case BUILTIN_CAP: builtin_len_cap(ck, x, id, &args[0]); break;
    case BUILTIN_APPEND: builtin_append(ck, x, call, args, n, ddd); break;
    case BUILTIN_COPY: {
        TypeId du = types_underlying(ck->types, args[0].type), su = types_underlying(ck->types, args[1].type);
        TypeId de = types_kind(ck->types, du) == TY_SLICE ? types_get(ck->types, du)->elem : TYPE_INVALID;
        TypeId se = types_kind(ck->types, su) == TY_SLICE ? types_get(ck->types, su)->elem
                    : types_is_string(ck->types, su)  ? TY_UINT8
                                                      : TYPE_INVALID;
        if (de == TYPE_INVALID || se == TYPE_INVALID) {
            Operand *bad = de == TYPE_INVALID ? &args[0] : &args[1];
            check_errorf(ck, bad->expr, "invalid copy: argument must be a slice; have %s", check_operand_str(ck, bad));
            break;
        }
        if (!types_identical(ck->types, de, se)) {
            check_errorf(ck, args[0].expr, "invalid copy: arguments %s and %s have different element types %s and %s",
                         check_operand_str(ck, &args[0]), check_operand_str(ck, &args[1]), check_type_str(ck, de),
                         check_type_str(ck, se));
            break;
        }
        check_convert_untyped(ck, &args[1], TY_STRING);
        x->mode = MODE_VALUE;
        x->type = TY_INT;
        break;
    }
    case BUILTIN_DELETE: {
        TypeId mu = types_underlying(ck->types, args[0].type);
        if (types_kind(ck->types, mu) != TY_MAP) {
            check_errorf(ck, args[0].expr, "invalid argument: %s is not a map", check_operand_str(ck, &args[0]));
            break;
        }
        check_assignment(ck, &args[1], types_get(ck->types, mu)->key, "argument to delete");
        if (args[1].mode == MODE_INVALID)
            break;
        x->mode = MODE_NOVALUE;
        break;
    }
    case BUILTIN_CLEAR: {
        TypeKind k = types_kind(ck->types, types_underlying(ck->types, args[0].type));
        if (k != TY_MAP && k != TY_SLICE) {
            check_errorf(ck, args[0].expr, "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice",
                         check_operand_str(ck, &args[0]));
            break;
        }
        x->mode = MODE_NOVALUE;
        break;
    }
    case BUILTIN_CLOSE: {
        TypeId cu = types_underlying(ck->types, args[0].type);
        if (types_kind(ck->types, cu) != TY_CHAN) {
            check_errorf(ck, args[0].expr, "invalid operation: cannot close non-channel %s", check_operand_str(ck, &args[0]));
            break;
        }
        if (types_get(ck->types, cu)->dir == CHAN_RECV) {
            check_errorf(ck, args[0].expr, "invalid operation: cannot close receive-only channel %s",
                         check_operand_str(ck, &args[0]));
            break;
        }
        x->mode = MODE_NOVALUE;
        break;
    }
    case BUILTIN_MIN: case BUILTIN_MAX: builtin_min_max(ck, x, id, args, n); break;
    case BUILTIN_PANIC: {
        TypeId any = types_interface(ck->types, NULL, 0);
        check_assignment(ck, &args[0], any, "argument to panic");
        if (args[0].mode != MODE_INVALID)
            x->mode = MODE_NOVALUE;
        break;
    }
    case BUILTIN_PRINT: case BUILTIN_PRINTLN: {
        bool ok = true;
        for (uint32_t i = 0; i < n; i++) {
            check_assignment(ck, &args[i], 0, "argument to built-in print");
            ok &= args[i].mode != MODE_INVALID;
        }
        if (ok)
            x->mode = MODE_NOVALUE;
        break;
    }
    case BUILTIN_RECOVER:
        x->mode = MODE_VALUE;
        x->type = types_interface(ck->types, NULL, 0);
        break;
    case BUILTIN_SPAWN: {
        TypeId fu = types_underlying(ck->types, args[0].type);
        if (args[0].mode == MODE_NIL || types_kind(ck->types, fu) != TY_FUNC) {
            check_errorf(ck, args[0].expr, "invalid argument: %s is not a function", check_operand_str(ck, &args[0]));
            break;
        }
        check_arguments(ck, call, fu, args + 1, n - 1, false, check_expr_str(ck, args[0].expr));
        bool ok = true;
        for (uint32_t i = 1; i < n; i++)
            ok &= args[i].mode != MODE_INVALID;
        for (uint32_t i = 1; ok && i < n; i++)
            check_snapshot_value(ck, args[i].expr, args[i].type);
        check_snapshot_captures(ck, args[0].expr);
        TypeId tp = task_pointer(ck, call);
        if (ok && tp != TYPE_INVALID) {
            x->mode = MODE_VALUE;
            x->type = tp;
        }
        break;
    }
    case BUILTIN_AWAIT: {
        TypeId tp = task_pointer(ck, call);
        if (tp == TYPE_INVALID)
            break;
        check_assignment(ck, &args[0], tp, "argument to await");
        if (args[0].mode == MODE_INVALID)
            break;
        x->mode = MODE_VALUE;
        x->type = types_interface(ck->types, NULL, 0);
        break;
    }
    default: break;
    }
    free_operands(args, n);
}

/* *task.Task, from the task package (loaded for spawn and await even
 * where no file imports it). */
static TypeId task_pointer(Checker *ck, const Node *at)
{
    Package *p = check_import(ck, "task", at);
    if (!p)
        return TYPE_INVALID;
    Symbol *t = scope_lookup_local(p->scope, interner_intern_cstr(ck->in, "Task"));
    if (!t || t->kind != SYM_TYPE) {
        check_errorf(ck, at, "package task has no type Task");
        return TYPE_INVALID;
    }
    return types_pointer(ck->types, t->type);
}
