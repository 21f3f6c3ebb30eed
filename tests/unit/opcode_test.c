/* opcode_test.c - unit tests for common/opcode.c and opcodes.def: every
 * row well-formed (a unique name, known operand letters, a jump only
 * last, an effect and a synopsis), names found again by op_lookup, and
 * the instruction encoding round-tripping every field, negative
 * immediates and jump offsets included.  Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "opcode.h"

static int checks;

#define CHECK(cond) (assert(cond), checks++)

static void test_rows(void)
{
    for (unsigned op = 0; op < OP__COUNT; op++) {
        const char *name = op_name((Opcode)op);
        CHECK(name[0] != '\0' && strlen(op_synopsis((Opcode)op)) > 0);
        CHECK(op == OP_NOP || strlen(op_effect((Opcode)op)) > 0);
        for (unsigned other = 0; other < op; other++)
            CHECK(strcmp(name, op_name((Opcode)other)) != 0);
        Opcode back;
        CHECK(op_lookup(name, strlen(name), &back) && back == op);
        unsigned n = op_noperands((Opcode)op);
        CHECK(n <= 3);
        for (unsigned i = 0; i < n; i++) {
            OperandKind k = op_operand((Opcode)op, i);
            CHECK(k != OPK_NONE);
            /* A jump offset takes B and C: it is the last operand, after A at most. */
            CHECK(k != OPK_JUMP || (i == n - 1 && i <= 1));
        }
        CHECK(op_operand((Opcode)op, n) == OPK_NONE);
    }
    Opcode dummy;
    CHECK(!op_lookup("ADD_IN", 6, &dummy) && !op_lookup("ADD_INTX", 8, &dummy) && !op_lookup("", 0, &dummy));
    CHECK(strcmp(op_effect(OP_ADD_INT), "R[A] := R[B] + R[C]") == 0);
    CHECK(op_operand(OP_CALL, 2) == OPK_FUNC && op_operand(OP_LOADK, 1) == OPK_CONST);
}

static void test_encoding(void)
{
    Instr i = instr_make(OP_ADD_INT, 1, 2, 3);
    CHECK(instr_op(i) == OP_ADD_INT && instr_a(i) == 1 && instr_b(i) == 2 && instr_c(i) == 3);
    i = instr_make(OP_ADDI_INT, 65535, 0, (uint16_t)-7);
    CHECK(instr_a(i) == 65535 && instr_b(i) == 0 && instr_sc(i) == -7);
    i = instr_make(OP_LOADI, 4, (uint16_t)-32768, 0);
    CHECK(instr_sb(i) == -32768);
    static const int32_t offsets[] = {0, 1, -1, 32767, -32768, 65536, -2147483647 - 1, 2147483647};
    for (unsigned k = 0; k < sizeof offsets / sizeof offsets[0]; k++) {
        i = instr_make_jump(OP_JMPIF, 9, offsets[k]);
        CHECK(instr_op(i) == OP_JMPIF && instr_a(i) == 9 && instr_sj(i) == offsets[k]);
    }
    CHECK(OP__COUNT < 65536);
}

int main(void)
{
    test_rows();
    test_encoding();
    printf("opcode_test: %d checks passed\n", checks);
    return 0;
}
