/* const.h - exact values of Go constant expressions, for gocheck.
 * Plays the part go/constant plays for go/types: bools, strings, integers
 * of any size up to 512 bits, exact rationals for untyped floats, and an
 * unknown value that stands for an operand already reported as invalid.
 * The checker owns the types and the messages; this file owns the values. */
#ifndef GOMINI_CONST_H
#define GOMINI_CONST_H

#include "buf.h"
#include "common.h"

/* go/types' limit on untyped integer constants: a result longer than
 * this is "constant addition overflow" and so on (see const_op_name). */
#define CONST_MAX_INT_BITS 512
/* Numerator and denominator of a rational each stay within this many
 * bits; go/constant switches to a 512-bit float beyond it, we report
 * CONST_OVERFLOW instead (about 1e+1233 and 1e-1233 for literals). */
#define CONST_MAX_RAT_BITS 4096
/* go/types: "const shiftBound = 1023 - 1 + 52". */
#define CONST_MAX_SHIFT 1074
/* go/types refuses literals longer than this: "excessively long constant". */
#define CONST_MAX_LIT_LEN 10000
/* Longest string constant: concatenation could double it per line. */
#define CONST_MAX_STRING GOMINI_MAX_SOURCE_BYTES

typedef enum ConstKind {
    CONST_UNKNOWN,   /* an invalid operand: every operation on it gives unknown, silently */
    CONST_BOOL,
    CONST_STRING,
    CONST_INT,       /* untyped int and rune, and every integer-typed constant */
    CONST_RAT,       /* untyped float and float-typed constants, even when whole */
} ConstKind;

/* A big integer: sign and magnitude, 32-bit limbs least significant first.
 * Zero has len 0 and is never negative. */
typedef struct ConstBig {
    uint32_t *limbs;
    uint32_t len, cap;
    bool neg;
} ConstBig;

/* A constant value.  Each ConstVal owns its limbs and bytes; whoever gets
 * one from a const_ function calls const_free on it.  Inputs are always
 * borrowed (const pointers) and never aliased with an output.  A zeroed
 * ConstVal is unknown and needs no const_free (but may have one). */
typedef struct ConstVal {
    ConstKind kind;
    bool b;               /* CONST_BOOL */
    char *str;            /* CONST_STRING: len bytes plus a NUL, may hold NULs */
    size_t len;
    ConstBig num;         /* CONST_INT: the value; CONST_RAT: the numerator */
    ConstBig den;         /* CONST_RAT: positive, coprime with num */
} ConstVal;

/* Operators, named as go/token names them. */
typedef enum ConstOp {
    CONST_ADD, CONST_SUB, CONST_MUL, CONST_QUO, CONST_REM,
    CONST_AND, CONST_OR, CONST_XOR, CONST_AND_NOT, CONST_SHL, CONST_SHR,
    CONST_LAND, CONST_LOR, CONST_NOT,
    CONST_EQL, CONST_NEQ, CONST_LSS, CONST_LEQ, CONST_GTR, CONST_GEQ,
} ConstOp;

/* What went wrong; the result is then unknown.  The checker words it:  */
typedef enum ConstStatus {
    CONST_OK,
    CONST_OVERFLOW,     /* "constant %soverflow", %s from const_op_name */
    CONST_DIV_ZERO,     /* "invalid operation: division by zero" */
    CONST_NEG_SHIFT,    /* "invalid operation: negative shift count %s" */
    CONST_BAD_SHIFT,    /* "invalid operation: invalid shift count %s" (too big, or not whole) */
    CONST_TRUNCATED,    /* "constant 1.5 truncated to integer" */
    CONST_BAD_OPERAND,  /* operator not defined on these kinds: the checker should have caught it */
    CONST_MALFORMED,    /* "malformed constant: %s" (text golex would have refused) */
    CONST_TOO_LONG,     /* "excessively long constant: %.10s... (%d chars)", or a huge string */
} ConstStatus;

/* Basic types a constant may be converted to or checked against.  int and
 * uint are 64 bits in gomini, byte is uint8, rune is int32. */
typedef enum ConstTarget {
    CONST_TO_INT8, CONST_TO_INT16, CONST_TO_INT32, CONST_TO_INT64,
    CONST_TO_UINT8, CONST_TO_UINT16, CONST_TO_UINT32, CONST_TO_UINT64,
    CONST_TO_FLOAT32, CONST_TO_FLOAT64,
    CONST_TO_UNTYPED_INT, CONST_TO_UNTYPED_FLOAT,
} ConstTarget;

/* The answer to "can this value be used as that type?". */
typedef enum ConstFit {
    CONST_FIT_OK,
    CONST_FIT_OVERFLOWS,    /* "... (overflows)" / "%s overflows %s" */
    CONST_FIT_TRUNCATED,    /* "... (truncated)" / "%s truncated to %s": any CONST_RAT
                             * an integer type cannot hold, as go/types words it */
    CONST_FIT_NOT_NUMERIC,  /* bool or string against a numeric type */
} ConstFit;

/* ---- making and freeing ---- */
ConstVal const_make_bool(bool b);
ConstVal const_make_string(const char *s, size_t len);
ConstVal const_make_int64(int64_t v);
ConstVal const_make_uint64(uint64_t v);
/* The exact rational value of d; unknown for an infinity or a NaN. */
ConstVal const_make_double(double d);
/* Literal text as golex wrote it: 42, 0x_FF, 1e+5, 0x1p-2, 'a', "s\n". */
ConstStatus const_make_int_lit(const char *text, size_t len, ConstVal *out) WARN_UNUSED;
ConstStatus const_make_float_lit(const char *text, size_t len, ConstVal *out) WARN_UNUSED;
ConstStatus const_make_rune_lit(const char *text, size_t len, ConstVal *out) WARN_UNUSED;
ConstStatus const_make_string_lit(const char *text, size_t len, ConstVal *out) WARN_UNUSED;
ConstVal const_copy(const ConstVal *v);
void const_free(ConstVal *v);

/* ---- operations ---- */
/* + - ^ !.  prec is the bit size of an unsigned type for ^ (^uint8(1) is
 * 254), 0 for signed and untyped operands. */
ConstStatus const_unary(ConstOp op, const ConstVal *x, unsigned prec, ConstVal *out) WARN_UNUSED;
/* Every binary operator.  Two CONST_INTs divide truncating toward zero
 * (-7/2 == -3, -7%2 == -1); a CONST_RAT on either side divides exactly.
 * Comparisons give a CONST_BOOL; shifts go to const_shift. */
ConstStatus const_binary(ConstOp op, const ConstVal *x, const ConstVal *y, ConstVal *out) WARN_UNUSED;
/* x << count or x >> count (arithmetic: -7 >> 1 == -4).  x must be whole;
 * count a whole number in 0..CONST_MAX_SHIFT. */
ConstStatus const_shift(ConstOp op, const ConstVal *x, const ConstVal *count, ConstVal *out) WARN_UNUSED;
/* == != < <= > >=; unknown operands compare false with CONST_OK. */
ConstStatus const_compare(ConstOp op, const ConstVal *x, const ConstVal *y, bool *out) WARN_UNUSED;
/* -1, 0 or 1 for numbers; 0 for anything else. */
int const_sign(const ConstVal *v);
/* The word go/types puts in "constant %soverflow": "addition " etc.,
 * or "" (a literal, unary minus). */
const char *const_op_name(ConstOp op, bool unary);

/* ---- conversion and representability ---- */
/* A CONST_INT: CONST_TRUNCATED unless v is whole. */
ConstStatus const_to_int(const ConstVal *v, ConstVal *out) WARN_UNUSED;
/* A CONST_RAT with v's exact value. */
ConstStatus const_to_rat(const ConstVal *v, ConstVal *out) WARN_UNUSED;
/* Can t hold v?  Unknown values fit (no follow-up errors). */
ConstFit const_fits(const ConstVal *v, ConstTarget t);
/* The same answer, and when it fits, v as a constant of type t holds it:
 * a CONST_INT for integer types, v rounded to nearest float32/float64 (as
 * an exact CONST_RAT) for float types.  out is unknown otherwise. */
ConstFit const_represent(const ConstVal *v, ConstTarget t, ConstVal *out);

/* ---- extraction for codegen ---- */
bool const_int64(const ConstVal *v, int64_t *out) WARN_UNUSED;
bool const_uint64(const ConstVal *v, uint64_t *out) WARN_UNUSED;
/* Nearest float64 (ties to even); +-Inf beyond the range, 0 for non-numbers. */
double const_double(const ConstVal *v);

/* ---- messages ---- */
/* Appends v as go/constant's String prints it: 300, -1, 1.5, 0.1,
 * 0.333333, 1e+100, true, "a\n", unknown. */
void const_format(const ConstVal *v, Buf *out);

#endif
