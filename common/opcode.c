/* opcode.c - the tables behind opcode.h, generated from opcodes.def. */
#include "opcode.h"

#include <string.h>

typedef struct OpInfo {
    const char *name, *operands, *effect, *synopsis;
} OpInfo;

static const OpInfo ops[OP__COUNT] = {
#define OP(name, operands, effect, synopsis) [OP_##name] = {#name, operands, effect, synopsis},
#include "opcodes.def"
#undef OP
};

const char *op_name(Opcode op)
{
    return (unsigned)op < OP__COUNT ? ops[op].name : "?";
}

const char *op_effect(Opcode op)
{
    return (unsigned)op < OP__COUNT ? ops[op].effect : "";
}

const char *op_synopsis(Opcode op)
{
    return (unsigned)op < OP__COUNT ? ops[op].synopsis : "";
}

unsigned op_noperands(Opcode op)
{
    return (unsigned)op < OP__COUNT ? (unsigned)strlen(ops[op].operands) : 0;
}

OperandKind op_operand(Opcode op, unsigned i)
{
    if (i >= op_noperands(op))
        return OPK_NONE;
    switch (ops[op].operands[i]) {
#define K(kind, letter, doc) \
    case letter: return OPK_##kind;
        OPERAND_KIND_LIST(K)
#undef K
    default: return OPK_NONE;
    }
}

/* A linear search: the loader looks each name up once per instruction
 * it reads, and the table is small; a hash can come when it shows. */
bool op_lookup(const char *name, size_t len, Opcode *out)
{
    for (unsigned op = 0; op < OP__COUNT; op++)
        if (strlen(ops[op].name) == len && memcmp(ops[op].name, name, len) == 0) {
            *out = (Opcode)op;
            return true;
        }
    return false;
}
