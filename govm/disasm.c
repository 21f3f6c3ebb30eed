/* disasm.c - govm --disasm: a listing of every function, one
 * instruction a line with its source line, operands and the opcode
 * table's effect, as luac -l -l prints Lua's. */
#include "vm.h"

/* One operand, as " R3", " K0", " to 12" ..., into s. */
static int operand(char *s, size_t n, Instr in, OperandKind kind, unsigned k, uint32_t pc)
{
    uint16_t f = k == 0 ? instr_a(in) : k == 1 ? instr_b(in) : instr_c(in);
    switch (kind) {
    case OPK_REG: case OPK_PREG: case OPK_XREG: return snprintf(s, n, " R%u", f);
    case OPK_CONST: return snprintf(s, n, " K%u", f);
    case OPK_IMM: return snprintf(s, n, " %d", (int)(int16_t)f);
    case OPK_JUMP: return snprintf(s, n, " to %d", (int)((int64_t)pc + 1 + instr_sj(in)));
    case OPK_FUNC: return snprintf(s, n, " F%u", f);
    case OPK_NATIVE: return snprintf(s, n, " N%u", f);
    case OPK_GLOBAL: return snprintf(s, n, " G%u", f);
    case OPK_TYPE: return snprintf(s, n, " T%u", f);
    default: return snprintf(s, n, " %u", f);
    }
}

static void constant(FILE *out, const BcConst *c)
{
    switch (c->kind) {
    case BC_INT: fprintf(out, "%lld", (long long)c->i); break;
    case BC_FLOAT: fprintf(out, "%.17g", c->f); break;
    case BC_STRING:
        fputc('"', out);
        for (size_t i = 0; i < c->len; i++) {
            unsigned char ch = (unsigned char)c->s[i];
            if (ch == '"' || ch == '\\')
                fprintf(out, "\\%c", ch);
            else if (ch < 0x20 || ch >= 0x7f)
                fprintf(out, "\\x%02x", ch);
            else
                fputc(ch, out);
        }
        fputc('"', out);
        break;
    }
}

void vm_disasm(const Bytecode *b, FILE *out)
{
    fprintf(out, "package %s (%s): %u functions, %u constants, %u globals, %u natives, %u types\n",
            b->package, b->source, b->nfuncs, b->nconsts, b->nglobals, b->nnatives, b->ntypes);
    for (uint32_t i = 0; i < b->nconsts; i++) {
        fprintf(out, "  K%u = ", i);
        constant(out, &b->consts[i]);
        fputc('\n', out);
    }
    for (uint32_t i = 0; i < b->nnatives; i++)
        fprintf(out, "  N%u = %s\n", i, b->natives[i]);
    for (uint32_t i = 0; i < b->ntypes; i++)
        fprintf(out, "  T%u = %s\n", i, b->types[i].name);
    for (uint32_t fi = 0; fi < b->nfuncs; fi++) {
        const BcFunc *f = &b->funcs[fi];
        fprintf(out, "\nF%u %s%s: %u params, %u results, %u registers, %u instructions\n", fi, f->name,
                fi == b->main ? " (main)" : "", f->params, f->results, f->nregs, f->ncode);
        for (uint32_t pc = 0; pc < f->ncode; pc++) {
            Instr in = f->code[pc];
            Opcode op = instr_op(in);
            char line[160];
            int len = snprintf(line, sizeof line, "  %4u  [%u]  %s", pc, f->lines[pc], op_name(op));
            unsigned n = op_noperands(op);
            for (unsigned k = 0; k < n && len < (int)sizeof line; k++)
                len += operand(line + len, sizeof line - (size_t)len, in, op_operand(op, k), k, pc);
            fprintf(out, "%s%*s; %s\n", line, len < 44 ? 44 - len : 1, "", op_effect(op));
        }
    }
}
