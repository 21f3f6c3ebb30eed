/* tastread.h - reading a gomini-typed-ast file (docs/formats.md §7),
 * for gocodegen: the package's trees with every node's facts, the type
 * table, the symbols, the selections, the closures and the
 * initialisation order, each index checked against its table, so that a
 * forged file is refused here and never misleads the code generator. */
#ifndef GOMINI_TASTREAD_H
#define GOMINI_TASTREAD_H

#include "ast.h"
#include "container.h"
#include "typedast.h"

/* Type kinds, in types.def's order; the file names them. */
typedef enum TastKind {
#define TY(name, goname, flags, bits) TK_##name,
#include "types.def"
#undef TY
    TK__COUNT
} TastKind;

typedef enum TastMode {
#define M(name, word) TM_##name,
    MODE_LIST(M)
#undef M
    TM__COUNT
} TastMode;

typedef enum TastSymKind {
#define S(name, word) TS_##name,
    SYM_KIND_LIST(S)
#undef S
    TS__COUNT
} TastSymKind;

enum {
#define F(name, doc) TSF_BIT_##name,
    SYM_FLAG_LIST(F)
#undef F
    TSF__COUNT
};

typedef enum TastSelKind {
#define S(name, doc) TSEL_##name,
    SEL_KIND_LIST(S)
#undef S
    TSEL__COUNT
} TastSelKind;

/* A constant: kind, and its exact text ("-7", "1/3", the string's
 * bytes); bytes constants are decoded into string ones. */
typedef enum TastConstKind { TC_UNKNOWN, TC_BOOL, TC_STRING, TC_INT, TC_RAT } TastConstKind;

typedef struct TastConst {
    TastConstKind kind;
    bool b;
    const char *text;     /* arena copy, NUL-terminated (strings may hold NULs: use len) */
    size_t len;
} TastConst;

typedef struct TastField {
    const char *name;
    uint32_t type;
    bool embedded;
    const char *tag;      /* NULL if none */
} TastField;

typedef struct TastMethod {
    const char *name;
    uint32_t type;
    bool ptr_recv;
    uint32_t sym;         /* named types: the method's symbol id */
} TastMethod;

/* One type.  Indices are type ids (0 .. ntypes-1), checked. */
typedef struct TastType {
    TastKind kind;
    uint32_t canon;       /* identical types share it */
    const char *text;     /* as go/types prints it */
    uint32_t elem, key;
    int64_t len;
    uint32_t dir;
    uint32_t params, results;
    bool variadic;
    uint32_t n;
    uint32_t *ids;        /* TUPLE */
    TastField *fields;    /* STRUCT */
    TastMethod *methods;  /* INTERFACE, NAMED */
    const char *pkg, *name;   /* NAMED */
    uint32_t underlying;  /* NAMED */
} TastType;

typedef struct TastSymbol {
    TastSymKind kind;
    const char *name, *pkg;
    uint32_t type;
    bool global, native;
    Pos pos;
    uint32_t flags;       /* 1 << TSF_BIT_... */
    bool has_value;
    TastConst value;
    uint32_t recv;        /* a method's receiver type, 0 if none */
} TastSymbol;

/* What the checker recorded for one node (all 0 if nothing). */
typedef struct TastFacts {
    uint32_t type, conv, sym, cval, sel;
    TastMode mode;
} TastFacts;

typedef struct TastSelection {
    TastSelKind kind;
    uint32_t sym, recv;
    uint32_t *path, npath;
    bool indirect, ptr_recv, addr, deref;
} TastSelection;

typedef struct TastClosure {
    uint32_t file, node;  /* the FuncLit */
    uint32_t *caps, ncaps;  /* symbol ids */
} TastClosure;

/* The whole file, in the caller's arena (node text points into data,
 * which must outlive it). */
typedef struct TypedAst {
    const char *package, *path;
    const char **imports;
    uint32_t nimports;
    Node **files;
    TastFacts **facts;    /* facts[file][node id] */
    uint32_t *nfacts;
    uint32_t nfiles;
    TastType *types;
    uint32_t ntypes;
    TastSymbol *syms;     /* symbol id k is syms[k - 1] */
    uint32_t nsyms;
    TastConst *consts;    /* const index k is consts[k - 1] */
    uint32_t nconsts;
    TastSelection *sels;  /* selection k is sels[k - 1] */
    uint32_t nsels;
    TastClosure *closures;
    uint32_t nclosures;
    uint32_t *init_order, ninit_order;
    uint32_t *init_funcs, ninit_funcs;
    uint32_t *objects, nobjects;
} TypedAst;

/* Reads a gomini-typed-ast file from data (path for messages).  On
 * failure prints "tool: path: reason" and returns false. */
bool tast_read(const void *data, size_t len, const char *path, Arena *a, StageHeader *h,
               TypedAst *out) WARN_UNUSED;

#endif
