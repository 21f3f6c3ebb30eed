/* parser.h - the parser's private state and helpers, shared by
 * parse.c (files, declarations), parse_expr.c (expressions, types) and
 * parse_stmt.c (statements).  Not part of the stage's API. */
#ifndef GOPARSE_PARSER_H
#define GOPARSE_PARSER_H

#include "parse.h"

typedef struct Parser {
    TokenSource next_token;
    void *source;
    Token tok;        /* the current token */
    Arena *arena;
    Diag *diag;
    uint32_t file;
    int depth;        /* recursion depth, against GOMINI_MAX_NESTING */
    int xnest;        /* expression nesting; -1 in control clause headers, where
                         a '{' starts the block, not a composite literal */
    int fnest;        /* function nesting, for error recovery */
    bool stopped;     /* token source failed or nesting limit hit: unwind */
    bool source_failed;
} Parser;

/* Growable list of nodes, for building a node's list slot. */
typedef struct NodeVec {
    Node **items;
    size_t len, cap;
} NodeVec;

void vec_push(NodeVec *v, Node *n);
/* A node of a kind whose last slot is a list: its fixed slots (set by
 * the caller, NULL here) followed by the vector's nodes; frees the
 * vector. */
Node *node_with_list(Parser *p, AstKind kind, Pos pos, NodeVec *v);

void next(Parser *p);
bool got(Parser *p, TokKind k);
void want(Parser *p, TokKind k);
bool at(const Parser *p, TokKind k);
Pos pos_here(const Parser *p);
Node *new_node(Parser *p, AstKind kind, Pos pos, unsigned nkids);
Node *bad_expr(Parser *p);
Node *parse_name(Parser *p);
/* Give n the current token's text (borrowed from the token source). */
void set_token_text(const Parser *p, Node *n);

/* Errors in the go tool's words.  syntax_error adds "syntax error: " and,
 * for messages starting "in ", "at ", "after " or "expected ", names the
 * unexpected current token. */
void syntax_error(Parser *p, const char *fmt, ...) PRINTF_LIKE(2, 3);
void syntax_error_at(Parser *p, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
void plain_error_at(Parser *p, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* Skip tokens until one in the follow list (TOK_EOF-terminated; NULL:
 * skip just one token).  Statement keywords also stop it inside a
 * function body. */
void advance(Parser *p, const TokKind *follow);
#define ADVANCE(p, ...) advance((p), (const TokKind[]){__VA_ARGS__, TOK_EOF})

/* Recursion guard around productions that nest. */
bool enter(Parser *p);
void leave(Parser *p);

/* Returns true while the list goes on: takes a separator, or reports a
 * missing one and recovers.  False: the list was abandoned. */
bool list_sep(Parser *p, const char *context, TokKind sep, TokKind close);

/* parse_expr.c */
Node *parse_expr(Parser *p);
Node *parse_expr_list(Parser *p);      /* one expression, or a List */
Node *parse_expr_from(Parser *p, Node *x);  /* an expression starting with operand x */
Node *parse_array_type(Parser *p, Pos pos, Node *len);
Node *parse_type(Parser *p);
Node *parse_type_or_nil(Parser *p);
Node *parse_func_type(Parser *p, Pos pos);
Node *parse_param_list(Parser *p, TokKind close);
Node *parse_qualified_name(Parser *p, Node *name);
Node *parse_primary(Parser *p, Node *x);

/* parse_stmt.c */
Node *parse_block(Parser *p, const char *context);
Node *parse_func_body(Parser *p);
Node *parse_stmt_or_nil(Parser *p);

/* parse.c */
Node *parse_gen_decl(Parser *p, TokKind keyword);

/* Wrap a single node in a List (lists stay as they are). */
Node *as_list(Parser *p, Node *x);

#endif
