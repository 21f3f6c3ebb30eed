/* ast.h - the abstract syntax tree (node kinds from ast.def).
 *
 * One generic node shape serves every kind: a kind, a position, an
 * operator, flags, an optional text and an array of children whose
 * meaning ast.def gives per kind.  Because the shape is uniform, one
 * writer, one reader, one JSON printer and one Graphviz printer serve
 * the whole tree.  Nodes live in an Arena owned by the stage. */
#ifndef GOMINI_AST_H
#define GOMINI_AST_H

#include "arena.h"
#include "cborio.h"
#include "container.h"
#include "jsonw.h"
#include "token.h"

typedef enum AstKind {
#define AST(name, display, slots, doc) AST_##name,
#include "ast.def"
#undef AST
    AST__COUNT
} AstKind;

/* Node flags, one row each: F(name, meaning).  Their meaning depends on
 * the node's kind.  The bit numbers are part of the gomini-ast format. */
#define AST_FLAG_LIST(F)                         \
    F(GROUPED, "GenDecl: ( ... )")               \
    F(ALIAS, "TypeSpec: type A = B")             \
    F(SEND_ONLY, "ChanType: chan<- T")           \
    F(RECV_ONLY, "ChanType: <-chan T")           \
    F(SLICE3, "Slice: x[a:b:c]")                 \
    F(HAS_ELLIPSIS, "Call: f(xs...)")

enum {
#define F(name, doc) AST_FLAG_BIT_##name,
    AST_FLAG_LIST(F)
#undef F
    AST_FLAG__COUNT
};

enum {
#define F(name, doc) AST_##name = 1 << AST_FLAG_BIT_##name,
    AST_FLAG_LIST(F)
#undef F
    AST_FLAGS_ALL = (1 << AST_FLAG__COUNT) - 1,
};

#define AST_FORMAT_NAME "gomini-ast"
#define AST_FORMAT_VERSION 1

typedef struct Node Node;
struct Node {
    uint16_t kind;     /* AstKind */
    uint16_t op;       /* TokKind, 0 (TOK_EOF) if none */
    uint16_t flags;
    Pos pos;
    const char *text;  /* Ident name or literal text; NULL otherwise */
    uint32_t nkids;
    Node **kids;
};

const char *ast_kind_name(AstKind k);     /* "IF" */
const char *ast_display_name(AstKind k);  /* "If" */
const char *ast_slots(AstKind k);         /* "Init Cond Then Else" */
/* Number of fixed (non-list) slots; *has_list tells if a list follows. */
unsigned ast_fixed_slots(AstKind k, bool *has_list);

Node *ast_new(Arena *a, AstKind kind, Pos pos, unsigned nkids);

/* Writing and reading a gomini-ast file.  The tree's depth is checked
 * on reading, so consumers may recurse over any tree they get. */
void ast_write(Buf *out, const Node *file, const char *const *sources, size_t nsources);
bool ast_read(const void *data, size_t len, const char *path, Arena *a,
              StageHeader *h, Node **file) WARN_UNUSED;
void ast_write_json(Buf *out, const Node *file, const char *const *sources, size_t nsources);

#define AST_MAX_DEPTH (8 * GOMINI_MAX_NESTING)

#endif
