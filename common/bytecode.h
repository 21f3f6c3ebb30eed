/* bytecode.h - the go-mini-bytecode file (SPEC.md §4): its model in
 * memory, the JSON writer gocodegen uses and the reader govm uses.  The
 * reader verifies everything before returning (every opcode, operand,
 * register, constant, jump target, function index and arity), so a
 * forged or corrupted file is refused with a message and can never make
 * the VM read out of bounds. */
#ifndef GOMINI_BYTECODE_H
#define GOMINI_BYTECODE_H

#include "buf.h"
#include "opcode.h"

#define BYTECODE_FORMAT_NAME "go-mini-bytecode"
#define BYTECODE_FORMAT_VERSION 1
#define BYTECODE_OPSET "gomini-1"

/* Limits the reader enforces: they bound what a file can make govm
 * allocate, and registers and indices fit an operand. */
#define BC_MAX_REGS 65535u
#define BC_MAX_ITEMS (1u << 24)   /* functions, constants, instructions of one function */

typedef enum BcConstKind { BC_INT, BC_FLOAT, BC_STRING } BcConstKind;

typedef struct BcConst {
    BcConstKind kind;
    int64_t i;            /* BC_INT (unsigned values as their bits) */
    double f;             /* BC_FLOAT */
    char *s;              /* BC_STRING: len bytes and a NUL; may hold NULs */
    size_t len;
} BcConst;

/* What a register holds, for the collector: a number or a reference. */
typedef enum BcClass { BC_SCALAR, BC_REF } BcClass;

typedef struct BcFunc {
    char *name;           /* "main.main" */
    uint32_t params, results;  /* registers 0 .. params-1 are the arguments */
    uint32_t nregs;
    uint8_t *classes;     /* nregs entries */
    Instr *code;
    uint32_t ncode;
    uint32_t *lines;      /* one source line per instruction */
} BcFunc;

/* A type the running program needs to know (an interface's dynamic
 * type, for %v and %T): its kind, as types.def names kinds, and its
 * name as Go prints it. */
typedef enum BcKind {
#define TY(name, goname, flags, bits) BK_##name,
#include "types.def"
#undef TY
    BK__COUNT
} BcKind;

typedef struct BcType {
    BcKind kind;          /* of its underlying type */
    char *name;           /* "int", "main.Celsius" */
} BcType;

/* The class a value of a kind has in a register. */
BcClass bytecode_kind_class(BcKind k);

typedef struct Bytecode {
    char *package, *source;
    BcType *types;
    uint32_t ntypes;
    BcConst *consts;
    uint32_t nconsts;
    BcFunc *funcs;
    uint32_t nfuncs;
    char **natives;       /* "fmt.Println", bound by govm at load */
    uint32_t nnatives;
    uint8_t *globals;     /* the class of each package variable */
    uint32_t nglobals;
    uint32_t *init;       /* functions run before main, in order */
    uint32_t ninit;
    uint32_t main;        /* the function to run */
} Bytecode;

void bytecode_init(Bytecode *b);
void bytecode_free(Bytecode *b);

/* The file as JSON, deterministically (the same program gives the same
 * bytes): instructions as ["ADD_INT", 2, 0, 1] rows. */
void bytecode_write(const Bytecode *b, Buf *out);

/* Reads and verifies a go-mini-bytecode file (path for messages).  On
 * failure prints "tool: path: reason" and returns false; b is then empty. */
bool bytecode_read(const void *data, size_t len, const char *path, Bytecode *b) WARN_UNUSED;

/* Checks b as bytecode_read does, writing the first problem to why. */
bool bytecode_verify(const Bytecode *b, char *why, size_t whylen) WARN_UNUSED;

#endif
