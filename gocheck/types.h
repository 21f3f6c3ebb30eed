/* types.h - the type table of one gocheck run (kinds from types.def).
 * Plays the part go/types' Type values play: every type is a TypeId, an
 * index into one table, and unnamed types are hash-consed so that Go's
 * type identity is one comparison of canonical ids (types_identical).  The table is written into the typed AST in
 * id order; ids follow creation order, so the output is reproducible. */
#ifndef GOMINI_TYPES_H
#define GOMINI_TYPES_H

#include "arena.h"
#include "buf.h"
#include "common.h"

/* Properties of basic types, one row each: F(name, predicate, meaning).
 * The types.def rows combine the TYF_ bits; each row here also declares
 * types_is_<predicate>, asked of a type's underlying type. */
#define TYPE_FLAG_LIST(F)                                            \
    F(BOOLEAN, boolean, "bool and untyped bool")                     \
    F(INTEGER, integer, "signed and unsigned integers, untyped int and rune") \
    F(UNSIGNED, unsigned, "uint, uint8 ... uintptr")                 \
    F(FLOAT, float, "float32, float64, untyped float")               \
    F(STRING, string, "string and untyped string")                   \
    F(UNTYPED, untyped, "the types of untyped constants, and untyped nil") \
    F(ORDERED, ordered, "< <= > >= apply: numbers and strings")      \
    F(NUMERIC, numeric, "integers and floats")                       \
    F(CONST_OK, const_type, "may be the type of a constant")         \
    F(BASIC, basic, "a predeclared basic type (not invalid)")

enum {
#define F(name, pred, doc) TYF_BIT_##name,
    TYPE_FLAG_LIST(F)
#undef F
};

enum {
#define F(name, pred, doc) TYF_##name = 1 << TYF_BIT_##name,
    TYPE_FLAG_LIST(F)
#undef F
};

typedef enum TypeKind {
#define TY(name, goname, flags, bits) TY_##name,
#include "types.def"
#undef TY
    TY__COUNT
} TypeKind;

/* The basic kinds are the first rows of types.def, up to UNTYPED_NIL. */
enum { TY__NBASIC = TY_UNTYPED_NIL + 1 };

/* An index into a TypeTable.  A basic type's id is its kind number, so
 * TY_INT is also the id of int, and 0 is the invalid type. */
typedef uint32_t TypeId;
#define TYPE_INVALID ((TypeId)TY_INVALID)

typedef enum ChanDir { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;

/* A struct field.  An embedded field has embedded set and the name of
 * its type (T for T and *T), as go/types names it. */
typedef struct TypeField {
    const char *name;
    TypeId type;
    bool embedded;
    const char *tag;      /* the tag's value (`json:"x"` unquoted), NULL if none */
} TypeField;

/* A method of an interface (ptr_recv unused) or of a named type. */
typedef struct TypeMethod {
    const char *name;
    TypeId type;         /* a FUNC type, without the receiver */
    bool ptr_recv;       /* named types: declared on *T */
    uint32_t sym;        /* named types: the checker's symbol id (Symbol.id) */
} TypeMethod;

/* One type.  Which fields mean something depends on kind; the rest are
 * zero.  Arrays and strings belong to the table's arena. */
typedef struct Type {
    TypeKind kind;
    TypeId elem;          /* ARRAY, SLICE, POINTER, CHAN; MAP: the value type */
    TypeId key;           /* MAP */
    int64_t len;          /* ARRAY */
    ChanDir dir;          /* CHAN */
    TypeId params, results; /* FUNC: TUPLE ids */
    bool variadic;        /* FUNC: the last parameter is ...T (its type is []T) */
    uint32_t n;           /* the count of ids, fields or methods */
    const TypeId *ids;    /* TUPLE */
    const TypeField *fields;  /* STRUCT, in declaration order */
    TypeMethod *methods;  /* INTERFACE: sorted by name; NAMED: in the order added */
    const char *name;     /* NAMED */
    const char *pkgpath;  /* NAMED: "" for predeclared types (error) */
    TypeId underlying;    /* NAMED: TYPE_INVALID until types_set_underlying */
    /* The id identity is decided by: the same type with byte, rune and
     * any spelled uint8, int32 and interface{}.  A type is its own canon
     * unless an alias name shows somewhere in it. */
    TypeId canon;
    const char *alias;    /* byte, rune, any: the name it prints as */
    /* private to types.c */
    uint32_t cap;         /* NAMED: room in methods */
    uint32_t hash;        /* unnamed composites: the structural hash */
    uint32_t seen;        /* the walk that last visited this type */
} Type;

/* The table.  Its creator owns it: types_init, then types_free.  The
 * fields are private to types.c; read types through types_get. */
typedef struct TypeTable {
    Arena arena;          /* Type records, their arrays and strings */
    Type **types;         /* types[id]; records never move */
    uint32_t len, cap;
    TypeId *slots;        /* hash-consing: open addressing, 0 is empty */
    uint32_t nslots;      /* a power of two, at least twice the entries */
    uint32_t nhashed;
    uint32_t walk;        /* the number of the latest walk (see seen) */
} TypeTable;

/* Types nest no deeper than this in types_format: a forged or generated
 * program can build [][][]...int thousands deep, and printing recurses.
 * Deeper levels print as "…". */
#define TYPES_MAX_DEPTH 1000
/* types_format stops with "…" once it has written this many bytes: with
 * aliases, a short program can build a type whose text doubles per level. */
#define TYPES_MAX_FORMAT (64u << 10)

/* Makes the basic types, with ids equal to their kinds. */
void types_init(TypeTable *t);
void types_free(TypeTable *t);

/* The record for id (which must be in the table).  The pointer stays
 * valid until types_free. */
const Type *types_get(const TypeTable *t, TypeId id);
uint32_t types_count(const TypeTable *t);

/* ---- constructors ---- */
/* Each returns the one id of an unnamed type with that structure, making
 * it the first time.  Arrays and strings passed in are copied. */
TypeId types_array(TypeTable *t, TypeId elem, int64_t len);
TypeId types_slice(TypeTable *t, TypeId elem);
TypeId types_map(TypeTable *t, TypeId key, TypeId elem);
TypeId types_chan(TypeTable *t, ChanDir dir, TypeId elem);
TypeId types_pointer(TypeTable *t, TypeId elem);
TypeId types_tuple(TypeTable *t, const TypeId *ids, uint32_t n);
/* params and results are TUPLE ids; when variadic, the last parameter
 * is a slice (func(...int) has params ([]int)). */
TypeId types_func(TypeTable *t, TypeId params, TypeId results, bool variadic);
/* Field names and tags are compared as strings; tags are part of a
 * struct's identity, as in Go.  The package of an unexported field name
 * is not recorded: two packages' struct{x int} are one type here. */
TypeId types_struct(TypeTable *t, const TypeField *fields, uint32_t n);
/* methods in any order: the table sorts them by name.  The caller
 * flattens embedded interfaces into methods and reports duplicates
 * first; ptr_recv is ignored. */
TypeId types_interface(TypeTable *t, const TypeMethod *methods, uint32_t n);
/* A fresh named type each call, with no underlying type or methods yet. */
TypeId types_named(TypeTable *t, const char *name, const char *pkgpath);
/* Sets named's underlying type.  A named u stands for its own underlying
 * type, so the result is never NAMED (set u's first). */
void types_set_underlying(TypeTable *t, TypeId named, TypeId u);
/* Appends a method; the caller reports duplicate names first. */
void types_add_method(TypeTable *t, TypeId named, const char *name, TypeId func,
                      bool ptr_recv, uint32_t sym);
/* The method of a named or interface type called name, or NULL. */
const TypeMethod *types_lookup_method(const TypeTable *t, TypeId id, const char *name);

/* A type that is target under another name, as byte is uint8: it
 * prints as name and is identical to target (see Type.canon). */
TypeId types_alias(TypeTable *t, TypeId target, const char *name);

/* ---- queries ---- */
/* Go's type identity: []byte and []uint8 are distinct ids (they print
 * differently) but identical. */
static inline bool types_identical(const TypeTable *t, TypeId a, TypeId b);

TypeKind types_kind(const TypeTable *t, TypeId id);
/* id itself unless it is NAMED; a named type's underlying type. */
TypeId types_underlying(const TypeTable *t, TypeId id);
/* The bits column of the underlying type's row: 64 for int, 0 for string. */
unsigned types_bits(const TypeTable *t, TypeId id);
#define F(name, pred, doc) bool types_is_##pred(const TypeTable *t, TypeId id);
TYPE_FLAG_LIST(F)
#undef F
/* The type an untyped constant gets where no type is asked for: int for
 * untyped int, int32 for rune, float64, bool, string; anything else
 * (untyped nil included) is returned as it is. */
TypeId types_default(const TypeTable *t, TypeId id);
/* Can values of type id be compared with == (Go spec, Comparison
 * operators)?  Slices, maps and funcs cannot; arrays and structs can if
 * their elements can.  The invalid type is comparable, so no error
 * follows the one that made it.  Marks the types it visits (t->walk). */
bool types_is_comparable(TypeTable *t, TypeId id);

/* Appends id as go/types prints it.  Named types from a package path
 * other than curpkg (NULL: none is current) are qualified by the
 * package's name, taken to be the last element of its path. */
void types_format(const TypeTable *t, TypeId id, const char *curpkg, Buf *out);

static inline bool types_identical(const TypeTable *t, TypeId a, TypeId b)
{
    return a == b || t->types[a]->canon == t->types[b]->canon;
}

#endif
