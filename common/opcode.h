/* opcode.h - govm's instructions (from opcodes.def) and their encoding,
 * shared by gocodegen, which writes them, and govm, which verifies and
 * runs them.  Everything about an opcode is its row in opcodes.def. */
#ifndef GOMINI_OPCODE_H
#define GOMINI_OPCODE_H

#include "common.h"

typedef enum Opcode {
#define OP(name, operands, effect, synopsis) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} Opcode;

_Static_assert(OP__COUNT <= 65536, "an opcode is 16 bits");

/* The kinds of operand, one per letter of opcodes.def's operand column:
 * K(kind, letter, meaning). */
#define OPERAND_KIND_LIST(K)                                  \
    K(REG, 'R', "a scalar register")                          \
    K(PREG, 'P', "a reference register")                      \
    K(XREG, 'X', "a register of either class")                \
    K(CONST, 'K', "an index into the constants")              \
    K(IMM, 'I', "a signed 16-bit immediate")                  \
    K(JUMP, 'J', "a signed 32-bit jump offset (B and C)")     \
    K(FUNC, 'F', "an index into the functions")               \
    K(NATIVE, 'N', "an index into the natives")               \
    K(GLOBAL, 'G', "an index into the globals")               \
    K(TYPE, 'T', "an index into the types")                   \
    K(METHOD, 'M', "an index into the method names")          \
    K(COUNT, 'U', "an unsigned count")

typedef enum OperandKind {
    OPK_NONE,
#define K(kind, letter, doc) OPK_##kind,
    OPERAND_KIND_LIST(K)
#undef K
} OperandKind;

const char *op_name(Opcode op);        /* "ADD_INT" */
const char *op_effect(Opcode op);      /* "R[A] := R[B] + R[C]" */
const char *op_synopsis(Opcode op);    /* "adds integers, wrapping" */
/* How many operands op takes (a J counts once), and the kind of each. */
unsigned op_noperands(Opcode op);
OperandKind op_operand(Opcode op, unsigned i);
/* The opcode spelled name[0..len), as the bytecode's JSON names it. */
bool op_lookup(const char *name, size_t len, Opcode *out) WARN_UNUSED;

/* An instruction: opcode in bits 0-15, A 16-31, B 32-47, C 48-63; a
 * jump's signed offset fills B and C. */
typedef uint64_t Instr;

static inline Instr instr_make(Opcode op, uint16_t a, uint16_t b, uint16_t c)
{
    return (Instr)op | (Instr)a << 16 | (Instr)b << 32 | (Instr)c << 48;
}

static inline Instr instr_make_jump(Opcode op, uint16_t a, int32_t offset)
{
    return (Instr)op | (Instr)a << 16 | (Instr)(uint32_t)offset << 32;
}

static inline Opcode instr_op(Instr i) { return (Opcode)(i & 0xffff); }
static inline uint16_t instr_a(Instr i) { return (uint16_t)(i >> 16); }
static inline uint16_t instr_b(Instr i) { return (uint16_t)(i >> 32); }
static inline uint16_t instr_c(Instr i) { return (uint16_t)(i >> 48); }
static inline int16_t instr_sb(Instr i) { return (int16_t)instr_b(i); }
static inline int16_t instr_sc(Instr i) { return (int16_t)instr_c(i); }
static inline int32_t instr_sj(Instr i) { return (int32_t)(uint32_t)(i >> 32); }

#endif
