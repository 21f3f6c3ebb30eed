/* assign.c - assignability, convertibility and representability (Go
 * spec, "Assignability", "Conversions", "Representability"), with the
 * messages go/types gives when they fail. */
#include "check.h"

#include <string.h>

/* ==== representability ================================================ */

static bool const_target(Checker *ck, TypeId t, ConstTarget *out)
{
    switch (types_kind(ck->types, types_underlying(ck->types, t))) {
    case TY_INT8: *out = CONST_TO_INT8; return true;
    case TY_INT16: *out = CONST_TO_INT16; return true;
    case TY_INT32: *out = CONST_TO_INT32; return true;
    case TY_INT: case TY_INT64: *out = CONST_TO_INT64; return true;
    case TY_UINT8: *out = CONST_TO_UINT8; return true;
    case TY_UINT16: *out = CONST_TO_UINT16; return true;
    case TY_UINT32: *out = CONST_TO_UINT32; return true;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: *out = CONST_TO_UINT64; return true;
    case TY_FLOAT32: *out = CONST_TO_FLOAT32; return true;
    case TY_FLOAT64: *out = CONST_TO_FLOAT64; return true;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: *out = CONST_TO_UNTYPED_INT; return true;
    case TY_UNTYPED_FLOAT: *out = CONST_TO_UNTYPED_FLOAT; return true;
    default: return false;
    }
}

bool check_representable(Checker *ck, Operand *x, TypeId t, ConstFit *fit)
{
    *fit = CONST_FIT_OK;
    if (x->val.kind == CONST_UNKNOWN)
        return true;
    TypeId u = types_underlying(ck->types, t);
    if (types_is_boolean(ck->types, u)) {
        *fit = CONST_FIT_NOT_NUMERIC;
        return x->val.kind == CONST_BOOL;
    }
    if (types_is_string(ck->types, u)) {
        *fit = CONST_FIT_NOT_NUMERIC;
        return x->val.kind == CONST_STRING;
    }
    ConstTarget ct;
    if (!const_target(ck, u, &ct) || x->val.kind == CONST_BOOL || x->val.kind == CONST_STRING) {
        *fit = CONST_FIT_NOT_NUMERIC;
        return false;
    }
    ConstVal r;
    ConstFit f = const_represent(&x->val, ct, &r);
    if (f != CONST_FIT_OK) {
        /* go/types: a non-integer operand that an integer type cannot
         * hold is "truncated", anything else "overflows". */
        if (types_is_integer(ck->types, u) && !types_is_integer(ck->types, x->type))
            f = CONST_FIT_TRUNCATED;
        else if (f == CONST_FIT_TRUNCATED && types_is_integer(ck->types, x->type))
            f = CONST_FIT_OVERFLOWS;
        *fit = f;
        const_free(&r);
        return false;
    }
    const_free(&x->val);
    x->val = r;
    return true;
}

void check_report_representable(Checker *ck, Operand *x, TypeId t, ConstFit fit)
{
    TypeId u = types_underlying(ck->types, t);
    if (fit == CONST_FIT_TRUNCATED)
        check_errorf(ck, x->expr, "%s truncated to %s", check_operand_str(ck, x), check_type_str(ck, u));
    else if (fit == CONST_FIT_OVERFLOWS)
        check_errorf(ck, x->expr, "%s overflows %s", check_operand_str(ck, x), check_type_str(ck, u));
    else
        check_errorf(ck, x->expr, "cannot convert %s to type %s", check_operand_str(ck, x), check_type_str(ck, u));
}

/* ==== assignability =================================================== */

/* go/types' hasName: basic types and named types have names. */
static bool has_name(Checker *ck, TypeId t)
{
    TypeKind k = types_kind(ck->types, t);
    return k == TY_NAMED || (types_is_basic(ck->types, t) && k != TY_INVALID);
}

bool check_assignable(Checker *ck, Operand *x, TypeId t, Buf *reason)
{
    if (x->mode == MODE_INVALID || t == TYPE_INVALID || x->type == TYPE_INVALID)
        return true;
    TypeId v = x->type;
    if (types_identical(ck->types, v, t))
        return true;
    TypeId vu = types_underlying(ck->types, v), tu = types_underlying(ck->types, t);
    if (vu == TYPE_INVALID || tu == TYPE_INVALID)
        return true;
    if (check_is_untyped(ck, vu)) {
        Operand y = *x;
        y.val = const_copy(&x->val);
        TypeId target = t;
        bool ok;
        if (x->mode == MODE_NIL || v == TY_UNTYPED_NIL) {
            TypeKind k = types_kind(ck->types, tu);
            ok = k == TY_POINTER || k == TY_FUNC || k == TY_SLICE || k == TY_MAP || k == TY_CHAN ||
                 k == TY_INTERFACE;
        } else if (check_is_untyped(ck, tu)) {
            /* Two untyped operands: numbers with numbers, else the same kind. */
            ok = v == tu || (types_is_numeric(ck->types, v) && types_is_numeric(ck->types, tu));
        } else if (types_kind(ck->types, tu) == TY_INTERFACE) {
            ok = types_get(ck->types, tu)->n == 0 ||
                 lookup_implements(ck, check_default(ck, v), t, NULL);
        } else if (!types_is_basic(ck->types, tu)) {
            ok = false;
        } else if (x->mode == MODE_CONST) {
            ConstFit fit;
            ok = check_representable(ck, &y, target, &fit);
        } else {
            switch (v) {
            case TY_UNTYPED_BOOL: ok = types_is_boolean(ck->types, tu); break;
            case TY_UNTYPED_STRING: ok = types_is_string(ck->types, tu); break;
            default: ok = types_is_numeric(ck->types, tu); break;
            }
        }
        const_free(&y.val);
        return ok;
    }
    if (types_identical(ck->types, vu, tu) && (!has_name(ck, v) || !has_name(ck, t)))
        return true;
    TypeKind tk = types_kind(ck->types, tu), vk = types_kind(ck->types, vu);
    if (tk == TY_INTERFACE)
        return lookup_implements(ck, v, t, reason);
    if (vk == TY_INTERFACE) {
        if (reason && lookup_implements(ck, t, v, NULL))
            buf_puts(reason, "need type assertion");
        return false;
    }
    if (vk == TY_CHAN && tk == TY_CHAN) {
        const Type *vc = types_get(ck->types, vu), *tc = types_get(ck->types, tu);
        if (vc->dir == CHAN_BOTH && types_identical(ck->types, vc->elem, tc->elem))
            return !has_name(ck, v) || !has_name(ck, t);
    }
    return false;
}

void check_assignment(Checker *ck, Operand *x, TypeId t, const char *context)
{
    check_single_value(ck, x);
    switch (x->mode) {
    case MODE_INVALID: return;
    case MODE_CONST: case MODE_VAR: case MODE_MAPINDEX: case MODE_VALUE: case MODE_NIL: case MODE_COMMAOK: break;
    default:
        check_errorf(ck, x->expr, "cannot assign %s to %s in %s", check_operand_str(ck, x),
                     t ? check_type_str(ck, t) : "_", context);
        operand_invalid(x);
        return;
    }
    if (check_is_untyped(ck, x->type)) {
        TypeId target = t;
        if (x->mode == MODE_NIL || x->type == TY_UNTYPED_NIL) {
            if (t == 0) {
                check_errorf(ck, x->expr, "use of untyped nil in %s", context);
                operand_invalid(x);
                return;
            }
        } else if (t == 0 || check_is_interface(ck, t)) {
            target = check_default(ck, x->type);
        }
        if (target == TYPE_INVALID) {
            operand_invalid(x);
            return;
        }
        /* Can x take the target type? go/types' implicitTypeAndValue. */
        bool ok = true;
        ConstFit fit = CONST_FIT_OK;
        TypeId tu = types_underlying(ck->types, target);
        if (x->mode == MODE_NIL || x->type == TY_UNTYPED_NIL) {
            TypeKind k = types_kind(ck->types, tu);
            ok = k == TY_POINTER || k == TY_FUNC || k == TY_SLICE || k == TY_MAP || k == TY_CHAN ||
                 k == TY_INTERFACE;
        } else if (!check_is_untyped(ck, tu)) {
            if (!types_is_basic(ck->types, tu) || types_kind(ck->types, tu) == TY_INVALID) {
                ok = false;
            } else if (x->mode == MODE_CONST) {
                Operand y = *x;
                y.val = const_copy(&x->val);
                ok = check_representable(ck, &y, target, &fit);
                const_free(&y.val);
            } else {
                switch (x->type) {
                case TY_UNTYPED_BOOL: ok = types_is_boolean(ck->types, tu); break;
                case TY_UNTYPED_STRING: ok = types_is_string(ck->types, tu); break;
                default: ok = types_is_numeric(ck->types, tu); break;
                }
            }
        }
        if (!ok) {
            const char *suffix = fit == CONST_FIT_TRUNCATED ? " (truncated)"
                                 : fit == CONST_FIT_OVERFLOWS ? " (overflows)" : "";
            check_errorf(ck, x->expr, "cannot use %s as %s value in %s%s", check_operand_str(ck, x),
                         check_type_str(ck, target), context, suffix);
            operand_invalid(x);
            return;
        }
        check_convert_untyped(ck, x, target);
        if (x->mode == MODE_INVALID)
            return;
    }
    if (t == 0)
        return;
    Buf reason;
    buf_init(&reason);
    if (!check_assignable(ck, x, t, &reason)) {
        buf_putc(&reason, '\0');
        if (reason.len > 1)
            check_errorf(ck, x->expr, "cannot use %s as %s value in %s: %s", check_operand_str(ck, x),
                         check_type_str(ck, t), context, (char *)reason.data);
        else
            check_errorf(ck, x->expr, "cannot use %s as %s value in %s", check_operand_str(ck, x),
                         check_type_str(ck, t), context);
        operand_invalid(x);
    } else {
        check_record_conv(ck, x, t);
    }
    buf_free(&reason);
}

/* ==== conversions ===================================================== */

static bool is_bytes_or_runes(Checker *ck, TypeId t)
{
    TypeId u = types_underlying(ck->types, t);
    if (types_kind(ck->types, u) != TY_SLICE)
        return false;
    TypeKind ek = types_kind(ck->types, types_underlying(ck->types, types_get(ck->types, u)->elem));
    return ek == TY_UINT8 || ek == TY_INT32;
}

/* Go's conversion rule compares struct types without their tags
 * (Go spec, Conversions), at any depth; bounded like types_format. */
static bool identical_ignoring_tags(Checker *ck, TypeId a, TypeId b, unsigned depth)
{
    if (types_identical(ck->types, a, b))
        return true;
    if (depth > TYPES_MAX_DEPTH)
        return false;
    const Type *x = types_get(ck->types, a), *y = types_get(ck->types, b);
    if (x->kind != y->kind || x->kind == TY_NAMED)
        return false;
    switch (x->kind) {
    case TY_STRUCT:
        if (x->n != y->n)
            return false;
        for (uint32_t i = 0; i < x->n; i++)
            if (strcmp(x->fields[i].name, y->fields[i].name) != 0 || x->fields[i].embedded != y->fields[i].embedded ||
                !identical_ignoring_tags(ck, x->fields[i].type, y->fields[i].type, depth + 1))
                return false;
        return true;
    case TY_POINTER: case TY_SLICE:
        return identical_ignoring_tags(ck, x->elem, y->elem, depth + 1);
    case TY_ARRAY:
        return x->len == y->len && identical_ignoring_tags(ck, x->elem, y->elem, depth + 1);
    case TY_MAP:
        return identical_ignoring_tags(ck, x->key, y->key, depth + 1) &&
               identical_ignoring_tags(ck, x->elem, y->elem, depth + 1);
    default:
        return false;
    }
}

bool check_convertible(Checker *ck, Operand *x, TypeId t, Buf *reason)
{
    if (check_assignable(ck, x, t, reason))
        return true;
    if (reason)
        reason->len = 0;
    TypeId v = x->type;
    TypeId vu = types_underlying(ck->types, v), tu = types_underlying(ck->types, t);
    if (identical_ignoring_tags(ck, vu, tu, 0))
        return true;
    TypeKind vk = types_kind(ck->types, vu), tk = types_kind(ck->types, tu);
    if (vk == TY_POINTER && tk == TY_POINTER && types_kind(ck->types, v) != TY_NAMED &&
        types_kind(ck->types, t) != TY_NAMED) {
        TypeId ve = types_underlying(ck->types, types_get(ck->types, vu)->elem);
        TypeId te = types_underlying(ck->types, types_get(ck->types, tu)->elem);
        if (identical_ignoring_tags(ck, ve, te, 0))
            return true;
    }
    if (types_is_numeric(ck->types, vu) && types_is_numeric(ck->types, tu))
        return true;
    if (types_is_string(ck->types, tu) && (types_is_integer(ck->types, vu) || is_bytes_or_runes(ck, vu)))
        return true;
    if (types_is_string(ck->types, vu) && is_bytes_or_runes(ck, tu))
        return true;
    if (vk == TY_SLICE) {
        TypeId velem = types_get(ck->types, vu)->elem;
        if (tk == TY_ARRAY && types_identical(ck->types, types_get(ck->types, tu)->elem, velem))
            return true;
        if (tk == TY_POINTER) {
            TypeId pe = types_underlying(ck->types, types_get(ck->types, tu)->elem);
            if (types_kind(ck->types, pe) == TY_ARRAY && types_identical(ck->types, types_get(ck->types, pe)->elem, velem))
                return true;
        }
    }
    return false;
}
