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
    char *name;           /* "main.main"; for an extern one, the function it names */
    bool ext;             /* defined in an imported package: no code; the linker finds it */
    uint32_t params, results;  /* registers 0 .. params-1 are the arguments */
    uint32_t nregs;
    uint8_t *classes;     /* nregs entries */
    Instr *code;
    uint32_t ncode;
    uint32_t *lines;      /* one source line per instruction */
    /* A promoted method's wrapper ("b.Box.String" for String of an
     * embedded field): every package that makes a vtable for the type
     * makes the same one, so the linker keeps the first of that name. */
    bool shared;
} BcFunc;

/* A type the running program needs to know: the layout of its objects
 * (structs, arrays, slices, maps, pointers), an interface value's
 * dynamic type (for %v, %T, type switches and method calls).  Kinds are
 * types.def's; a named type has its underlying type's kind, its own name
 * and its methods. */
typedef enum BcKind {
#define TY(name, goname, flags, bits) BK_##name,
#include "types.def"
#undef TY
    BK__COUNT
} BcKind;

typedef struct BcField {
    char *name;
    uint32_t type;
    bool embedded;
} BcField;

typedef struct BcMethod {
    uint32_t name;        /* index into the file's method names */
    uint32_t func;
} BcMethod;

#define BC_NO_TYPE UINT32_MAX
#define BC_NO_FUNC UINT32_MAX
/* How deep values may nest inside each other by value (a struct in an
 * array in a struct ...): copying, comparing and printing recurse that
 * deep, so the reader refuses deeper types. */
#define BC_MAX_VALUE_DEPTH 200u

typedef struct BcType {
    BcKind kind;          /* of its underlying type */
    char *name;           /* as Go prints it: "int", "main.Celsius", "[]string" */
    uint32_t elem;        /* ARRAY, SLICE, POINTER, MAP, CHAN: the element type */
    uint32_t key;         /* MAP */
    int64_t len;          /* ARRAY */
    BcField *fields;      /* STRUCT */
    uint32_t nfields;
    BcMethod *methods;    /* a named type's (or pointer's) methods */
    uint32_t nmethods;
    /* Derived by the reader (bytecode_derive), not in the file: */
    uint8_t cls;          /* the class of this type's values */
    bool agg;             /* a struct or array: an object with value semantics */
    uint8_t *slot_cls;    /* STRUCT: each field's class; ARRAY, SLICE: NULL (elem's) */
    uint8_t *slot_agg;    /* STRUCT: each field's agg */
    uint32_t depth;       /* how deep aggregates nest inside it (0: none) */
    uint32_t *vtable;     /* method name index -> function, BC_NO_FUNC */
} BcType;

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
    char **method_names;  /* the names interface method calls look up */
    uint32_t nmethod_names;
    uint8_t *globals;     /* the class of each package variable */
    char **global_names;  /* "geom.Count" (NULL for a file that names none) */
    uint32_t nglobal_names;  /* entries of global_names (some NULL while reading) */
    uint8_t *global_ext;  /* defined in an imported package (NULL: none is) */
    uint32_t nglobals;
    char **imports;       /* the import paths of the packages whose bytecode this one uses */
    uint32_t nimports;
    bool library;         /* no main: a package other programs import */
    uint32_t *init;       /* functions run before main, in order */
    uint32_t ninit;
    uint32_t main;        /* the function to run */
} Bytecode;

/* The class a value of a kind has in a register. */
BcClass bytecode_kind_class(BcKind k);
/* Computes every type's derived fields; false (with why) if a type's
 * values nest deeper than BC_MAX_VALUE_DEPTH or contain themselves. */
bool bytecode_derive(Bytecode *b, char *why, size_t whylen);

void bytecode_init(Bytecode *b);
void bytecode_free(Bytecode *b);

/* The file as JSON, deterministically (the same program gives the same
 * bytes): instructions as ["ADD_INT", 2, 0, 1] rows. */
void bytecode_write(const Bytecode *b, Buf *out);

/* Reads and verifies a go-mini-bytecode file (path for messages).  On
 * failure prints "tool: path: reason" and returns false; b is then empty. */
bool bytecode_read(const void *data, size_t len, const char *path, Bytecode *b) WARN_UNUSED;

/* The same from a document Jansson has already parsed (a bundle's
 * manifest holds its programs' documents); false with why. */
typedef struct json_t json_t;
bool bytecode_from_json(json_t *doc, Bytecode *b, char *why, size_t whylen) WARN_UNUSED;

/* Links a program's files into one: files[0] is the main package, the
 * others what it imports (each already verified), in the order their
 * package initialisation runs (imports before importers, main last is
 * implied).  Types, natives and method names are merged by name;
 * extern functions and globals are resolved by name; every operand is
 * renumbered.  files are emptied; false with why on a problem. */
bool bytecode_link(Bytecode *files, uint32_t n, Bytecode *out, char *why, size_t whylen) WARN_UNUSED;

/* Checks b as bytecode_read does, writing the first problem to why;
 * computes the types' derived fields on the way. */
bool bytecode_verify(Bytecode *b, char *why, size_t whylen) WARN_UNUSED;

#endif
