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

#include <string.h>
#include "cborio.h"
#include "container.h"
#include "jsonw.h"
#include "token.h"

typedef enum AstKind {
#define AST(name, display, nslots, list, slots, end, doc) AST_##name,
#include "ast.def"
#undef AST
    AST__COUNT
} AstKind;

/* Slot indices, one enum per kind: IF_INIT, IF_COND, IF_THEN, IF_ELSE,
 * and IF__SLOTS, the count.  AST_SLOTS_n pastes the kind onto each of
 * its n slot names; AST_APPLY unpacks the row's parenthesised slot list
 * into those arguments. */
#define AST_APPLY(macro, args) macro args
#define AST_UNPAREN(...) __VA_ARGS__
#define AST_SLOTS_0(k, unused)
#define AST_SLOTS_1(k, a) k##_##a,
#define AST_SLOTS_2(k, a, b) k##_##a, k##_##b,
#define AST_SLOTS_3(k, a, b, c) k##_##a, k##_##b, k##_##c,
#define AST_SLOTS_4(k, a, b, c, d) k##_##a, k##_##b, k##_##c, k##_##d,
#define AST(name, display, nslots, list, slots, end, doc) \
    enum { AST_APPLY(AST_SLOTS_##nslots, (name, AST_UNPAREN slots)) name##__SLOTS };
#include "ast.def"
#undef AST

#define AST_MAX_SLOTS 4

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
#define AST_FORMAT_VERSION 2

/* The deepest tree any stage accepts, counted in node levels from the
 * File node down.  goparse refuses a program whose tree would be deeper
 * (a chain of 100,000 operators, calls or else-ifs, as go/parser does),
 * and every reader refuses a deeper file, so what goparse writes every
 * stage reads.  Walks in this library use explicit stacks; a stage that
 * recurses over the tree must have stack for this many levels. */
#define AST_MAX_DEPTH 100000

typedef struct Node Node;
struct Node {
    uint8_t kind;       /* AstKind */
    uint8_t op;         /* TokKind, 0 (TOK_EOF) if none */
    uint16_t flags;
    Pos pos;
    uint32_t nkids;
    uint32_t text_len;
    /* The node's preorder number in its file, from 0 at the File node;
     * set by ast_read (0 in a tree the parser built).  Later stages key
     * their side tables by it, and the typed AST names nodes by it. */
    uint32_t id;
    /* Ident name or literal text, NULL otherwise.  Not NUL-terminated:
     * it usually points into the stage's input (the token or AST file),
     * which must outlive the tree. */
    const char *text;
    Node *kids[];       /* nkids children; absent optional ones are NULL */
    /* After the children, for the kinds whose ast.def row has END: the
     * position of the closing token (ast_end, ast_set_end).  Kept out of
     * the struct, which every node pays for, since three kinds use it. */
};

_Static_assert(AST__COUNT <= 256 && TOK__COUNT <= 256, "Node.kind and Node.op are bytes");
_Static_assert(AST_FLAG__COUNT <= 16, "Node.flags is 16 bits");

const char *ast_kind_name(AstKind k);     /* "IF" */
const char *ast_display_name(AstKind k);  /* "If" */
/* Slots: how many a kind has, whether the last is a list, how many come
 * before the list, and the i-th slot's name as --json and --dot show it
 * ("Cond" for IF_COND), written into buf; "" past the last slot. */
unsigned ast_slot_count(AstKind k);
bool ast_has_list(AstKind k);
bool ast_has_end(AstKind k);      /* keeps its closing token's position */
unsigned ast_fixed_slots(AstKind k);
#define AST_SLOT_NAME_MAX 16
const char *ast_slot_name(AstKind k, unsigned i, char buf[AST_SLOT_NAME_MAX]);
/* The slot a child index falls in: i itself, or the list slot. */
unsigned ast_slot_of(AstKind k, unsigned i);

Node *ast_new(Arena *a, AstKind kind, Pos pos, unsigned nkids);
/* n with any parentheses around it taken off. */
static inline const Node *unparen(const Node *n)
{
    while (n && n->kind == AST_PAREN)
        n = n->kids[PAREN_X];
    return n;
}

/* The closing token's position of a Block, CompositeLit or Call. */
static inline Pos ast_end(const Node *n)
{
    Pos p;
    memcpy(&p, &n->kids[n->nkids], sizeof p);
    return p;
}
static inline void ast_set_end(Node *n, Pos end)
{
    memcpy(&n->kids[n->nkids], &end, sizeof end);
}
/* Set n's text to s, which must outlive the tree (a literal, or arena). */
void ast_set_text(Node *n, const char *s);
/* Does n's text equal the NUL-terminated s? */
bool ast_text_is(const Node *n, const char *s);

/* How many nodes ast_read numbered under root: the last node in
 * preorder is found by following last children down, so this costs the
 * tree's depth, not its size. */
uint32_t ast_count(const Node *root);

/* The depth of the tree under root (root alone is 1), counted without
 * recursion.  Stops as soon as it passes limit and returns limit + 1,
 * with *deepest (if not NULL) set to the node found past the limit. */
unsigned ast_depth(const Node *root, unsigned limit, const Node **deepest);

/* Writing and reading a gomini-ast file.  The reader refuses trees
 * deeper than AST_MAX_DEPTH; every node it makes gets Pos.file = file.
 * Node text points into data, which must outlive the tree.  Nodes are
 * numbered (Node.id) in preorder, which is the order they are read in. */
void ast_write(Buf *out, const Node *file, const char *const *sources, size_t nsources);
/* Just the tree, as one CBOR item (the typed AST embeds it). */
void ast_write_tree(Buf *out, const Node *root);
bool ast_read(const void *data, size_t len, const char *path, uint32_t file, Arena *a,
              StageHeader *h, Node **root) WARN_UNUSED;
/* One tree (a File node and everything under it) from r, as a stage
 * file that embeds trees (the typed AST) holds them; false with r's
 * error set on anything ast_read would refuse. */
bool ast_read_tree(CborReader *r, uint32_t file, Arena *a, Node **root) WARN_UNUSED;
/* The same, also giving where the tree's bytes are in data: a later
 * stage that passes the tree on unchanged copies them. */
bool ast_read_span(const void *data, size_t len, const char *path, uint32_t file, Arena *a,
                   StageHeader *h, Node **root, size_t *tree_start, size_t *tree_end) WARN_UNUSED;
void ast_write_json(Buf *out, const Node *file, const char *const *sources, size_t nsources);
/* The tree under root as one JSON value into j; note (if not NULL) may
 * add keys to each node's object after its own (the typed AST's). */
typedef void (*AstJsonNote)(JsonWriter *j, const Node *n, void *ctx);
void ast_json_tree(JsonWriter *j, const Node *root, AstJsonNote note, void *ctx);

/* A preorder walk without recursion, for every printer of the tree.
 * Each step yields a node on the way down (leaving false, NULL children
 * included) and again on the way up (leaving true, non-NULL ones only). */
typedef struct AstWalkFrame {
    const Node *node;
    uint32_t next;       /* the next child to visit */
} AstWalkFrame;

typedef struct AstWalk {
    AstWalkFrame *stack;
    size_t len, cap;
    const Node *root;
    bool started;
} AstWalk;

typedef struct AstVisit {
    const Node *node;    /* NULL for an absent child */
    const Node *parent;  /* NULL for the root */
    uint32_t index;      /* the child's index in parent->kids */
    size_t depth;        /* the root is at depth 1 */
    bool leaving;
} AstVisit;

void ast_walk_init(AstWalk *w, const Node *root);
bool ast_walk_next(AstWalk *w, AstVisit *v);
void ast_walk_free(AstWalk *w);

#endif
