/* token.h - token kinds (generated from tokens.def) and the Token record
 * that golex writes and goparse reads. */
#ifndef GOMINI_TOKEN_H
#define GOMINI_TOKEN_H

#include "common.h"
#include "pos.h"

typedef enum TokKind {
#define TOK(name, spelling, class, prec, flags, assign_of) TOK_##name,
#include "tokens.def"
#undef TOK
    TOK__COUNT
} TokKind;

typedef enum TokClass { TC_SPECIAL, TC_LITERAL, TC_OPERATOR, TC_KEYWORD } TokClass;

/* Flags of the tokens.def rows. */
enum { TF_ENDS_STMT = 1 };

typedef struct Token {
    TokKind kind;
    Pos pos;
    /* For identifiers and literals: the text as written, not
     * NUL-terminated (it points into the source or the token file).  For
     * an automatic semicolon: "newline" or "EOF".  Otherwise NULL, as for
     * a semicolon written in the source. */
    const char *text;
    uint32_t len;
} Token;

/* Version of the gomini-tokens format; see docs/formats.md. */
#define TOKENS_FORMAT_NAME "gomini-tokens"
#define TOKENS_FORMAT_VERSION 1

const char *tok_name(TokKind k);      /* "IDENT", "ADD", ... */
const char *tok_spelling(TokKind k);  /* "name", "+", "if", "comma", ... */
TokClass tok_class(TokKind k);
int tok_precedence(TokKind k);        /* binary precedence, 0 if none */
/* The keyword spelled s[0..len), or TOK_IDENT. */
TokKind tok_keyword(const char *s, size_t len);
/* Does a newline after this token end the statement (Go's semicolon rule)? */
bool tok_ends_statement(TokKind k);
/* The binary operator an assignment operator applies (TOK_ADD for +=),
 * TOK_EOF for any other token. */
TokKind tok_assign_of(TokKind k);

#endif
