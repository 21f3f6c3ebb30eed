/* bytecode_test.c - unit tests for common/bytecode_*.c: a program written
 * and read back is the same program, byte for byte when written again;
 * and the verifier refuses every kind of forged instruction before it
 * could run.  Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bytecode.h"

static int checks;

#define CHECK(cond) (assert(cond), checks++)

static char *dup_str(const char *s)
{
    return xstrdup(s);
}

/* fib(n): if n < 2 return n; return fib(n-1) + fib(n-2); main prints fib(20). */
static void make_fib(Bytecode *b)
{
    bytecode_init(b);
    b->package = dup_str("main");
    b->source = dup_str("fib.go");
    b->nconsts = 2;
    b->consts = xcalloc(2, sizeof *b->consts);
    b->consts[0] = (BcConst){.kind = BC_INT, .i = 20};
    b->consts[1] = (BcConst){.kind = BC_STRING, .s = dup_str("fib\xff"), .len = 4};
    b->nfuncs = 2;
    b->funcs = xcalloc(2, sizeof *b->funcs);
    BcFunc *f = &b->funcs[0];
    f->name = dup_str("main.fib");
    f->params = 1, f->results = 1, f->nregs = 7;
    f->classes = xcalloc(7, 1);
    Instr code[] = {
        instr_make(OP_LOADI, 2, 2, 0),            /* r2 = 2 */
        instr_make(OP_LT_INT, 2, 0, 2),           /* r2 = n < 2 */
        instr_make_jump(OP_JMPIFNOT, 2, 1),
        instr_make(OP_RETURN, 0, 1, 0),           /* r1 := n */
        instr_make(OP_ADDI_INT, 3, 0, (uint16_t)-1),
        instr_make(OP_CALL, 3, 1, 0),             /* r4 = fib(n-1) */
        instr_make(OP_ADDI_INT, 5, 0, (uint16_t)-2),
        instr_make(OP_CALL, 5, 1, 0),             /* r6 = fib(n-2) */
        instr_make(OP_ADD_INT, 0, 4, 6),
        instr_make(OP_RETURN, 0, 1, 0),
    };
    f->ncode = sizeof code / sizeof code[0];
    f->code = xmalloc(sizeof code);
    memcpy(f->code, code, sizeof code);
    f->lines = xcalloc(f->ncode, sizeof *f->lines);
    for (uint32_t i = 0; i < f->ncode; i++)
        f->lines[i] = 3 + i / 3;
    BcFunc *m = &b->funcs[1];
    m->name = dup_str("main.main");
    m->nregs = 3;
    m->classes = xcalloc(3, 1);
    m->classes[2] = BC_REF;
    Instr mcode[] = {
        instr_make(OP_LOADK, 0, 0, 0),
        instr_make(OP_CALL, 0, 1, 0),
        instr_make(OP_PRINT_INT, 1, 0, 0),
        instr_make(OP_PRINT_NEWLINE, 0, 0, 0),
        instr_make(OP_RETURN, 0, 0, 0),
    };
    m->ncode = sizeof mcode / sizeof mcode[0];
    m->code = xmalloc(sizeof mcode);
    memcpy(m->code, mcode, sizeof mcode);
    m->lines = xcalloc(m->ncode, sizeof *m->lines);
    b->main = 1;
}

static void test_round_trip(void)
{
    Bytecode b, back;
    make_fib(&b);
    char why[256];
    CHECK(bytecode_verify(&b, why, sizeof why));
    Buf one, two;
    buf_init(&one);
    buf_init(&two);
    bytecode_write(&b, &one);
    CHECK(bytecode_read(one.data, one.len, "fib.json", &back));
    CHECK(back.nfuncs == 2 && back.nconsts == 2 && back.main == 1);
    CHECK(back.consts[1].len == 4 && memcmp(back.consts[1].s, "fib\xff", 4) == 0);
    for (uint32_t f = 0; f < 2; f++) {
        CHECK(back.funcs[f].ncode == b.funcs[f].ncode && back.funcs[f].nregs == b.funcs[f].nregs);
        CHECK(memcmp(back.funcs[f].code, b.funcs[f].code, b.funcs[f].ncode * sizeof(Instr)) == 0);
        CHECK(memcmp(back.funcs[f].classes, b.funcs[f].classes, b.funcs[f].nregs) == 0);
    }
    bytecode_write(&back, &two);
    CHECK(one.len == two.len && memcmp(one.data, two.data, one.len) == 0);
    bytecode_free(&back);
    bytecode_free(&b);
    buf_free(&one);
    buf_free(&two);
}

/* Each forgery of fib's instructions is refused by the verifier. */
static void test_forgeries(void)
{
    struct { uint32_t fn, pc; Instr in; const char *why; } cases[] = {
        {0, 0, instr_make(OP_LOADI, 7, 2, 0), "register 7 out of range"},
        {1, 0, instr_make(OP_LOADK, 0, 2, 0), "constant 2 out of range"},
        {0, 2, instr_make_jump(OP_JMPIFNOT, 2, 100), "outside the function"},
        {0, 2, instr_make_jump(OP_JMPIFNOT, 2, -4), "outside the function"},
        {0, 5, instr_make(OP_CALL, 3, 2, 0), "2 arguments to main.fib"},
        {0, 5, instr_make(OP_CALL, 3, 1, 7), "function 7 out of range"},
        {0, 5, instr_make(OP_CALL, 5, 1, 0), NULL},   /* r5, r6: the last registers, still fit */
        {0, 5, instr_make(OP_CALL, 6, 1, 0), "past the function's registers"},
        {0, 3, instr_make(OP_RETURN, 0, 0, 0), "0 results from main.fib"},
        {0, 8, instr_make(OP_ADD_INT, 0, 2, 9), "register 9"},
        {1, 2, instr_make(OP_PRINT_INT, 2, 0, 0), "holds a reference, not a number"},
        {0, 9, instr_make(OP_ADD_INT, 0, 2, 3), "fall off the end"},
        {1, 3, instr_make(OP_PRINT_NEWLINE, 1, 0, 0), "does not take"},
        {1, 2, instr_make(OP_CALLNATIVE, 0, 1, 0), "native 0 out of range"},
        {1, 2, (Instr)OP__COUNT, "unknown opcode"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        Bytecode b;
        make_fib(&b);
        b.funcs[cases[k].fn].code[cases[k].pc] = cases[k].in;
        char why[256] = "";
        bool ok = bytecode_verify(&b, why, sizeof why);
        if (cases[k].why) {
            if (ok || !strstr(why, cases[k].why))
                fprintf(stderr, "case %zu: ok=%d why=%s\n", k, ok, why);
            CHECK(!ok && strstr(why, cases[k].why));
        } else {
            CHECK(ok);
        }
        bytecode_free(&b);
    }
}

/* Documents the reader refuses before verifying anything. */
static void test_bad_documents(void)
{
    static const char *const docs[] = {
        "",
        "[]",
        "{\"format\": \"gomini-ast\"}",
        "{\"format\": \"go-mini-bytecode\", \"version\": 3}",
        "{\"format\": \"go-mini-bytecode\", \"version\": 1, \"opset\": \"other\"}",
        "{\"format\": \"go-mini-bytecode\", \"version\": 1, \"opset\": \"gomini-1\", \"package\": \"main\", "
        "\"source\": \"x.go\", \"natives\": [], \"constants\": [], \"globals\": [], \"functions\": [], "
        "\"init\": [], \"main\": 0}",
        "{\"format\": \"go-mini-bytecode\", \"version\": 1, \"opset\": \"gomini-1\", \"package\": \"main\", "
        "\"source\": \"x.go\", \"natives\": [], \"constants\": [], \"globals\": [], \"functions\": [{\"name\": "
        "\"main.main\", \"params\": 0, \"results\": 0, \"regs\": 1, \"refs\": [], \"code\": [[\"NOSUCH\"]], "
        "\"lines\": [1]}], \"init\": [], \"main\": 0}",
    };
    fflush(stderr);
    int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
    CHECK(saved >= 0 && null >= 0 && dup2(null, STDERR_FILENO) >= 0);
    for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++) {
        Bytecode b;
        CHECK(!bytecode_read(docs[k], strlen(docs[k]), "bad.json", &b));
    }
    fflush(stderr);
    CHECK(dup2(saved, STDERR_FILENO) >= 0);
    close(saved);
    close(null);
}

int main(void)
{
    test_round_trip();
    test_forgeries();
    test_bad_documents();
    printf("bytecode_test: %d checks passed\n", checks);
    return 0;
}
