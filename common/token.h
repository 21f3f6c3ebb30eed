/* token.h - token kinds (generated from tokens.def) and the Token record
 * that golex writes and goparse reads. */
#ifndef GOMINI_TOKEN_H
#define GOMINI_TOKEN_H

#include "common.h"
#include "pos.h"

typedef enum TokKind {
#define TOK(name, spelling, class, prec) TOK_##name,
#include "tokens.def"
#undef TOK
    TOK__COUNT
} TokKind;

typedef enum TokClass { TC_SPECIAL, TC_LITERAL, TC_OPERATOR, TC_KEYWORD } TokClass;

typedef struct Token {
    TokKind kind;
    Pos pos;
    /* For identifiers and literals: the text as written (not NUL-terminated
     * when it points into a source buffer).  For an automatic semicolon:
     * "newline" or "EOF".  Otherwise NULL. */
    const char *text;
    uint32_t len;
} Token;

/* Version of the gomini-tokens format; see docs/formats.md. */
#define TOKENS_FORMAT_NAME "gomini-tokens"
#define TOKENS_FORMAT_VERSION 1

const char *tok_name(TokKind k);      /* "IDENT", "ADD", ... */
const char *tok_spelling(TokKind k);  /* "name", "+", "if", ... */
TokClass tok_class(TokKind k);
int tok_precedence(TokKind k);        /* binary precedence, 0 if none */
/* The keyword spelled s[0..len), or TOK_IDENT. */
TokKind tok_keyword(const char *s, size_t len);
/* Does a newline after this token end the statement (Go's semicolon rule)? */
bool tok_ends_statement(TokKind k);

#endif
