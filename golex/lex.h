/* lex.h - the lexer: Go source text in, tokens out, one at a time.
 * It implements Go's whole lexical grammar, including automatic
 * semicolons, and reports malformed input through common/diag in the
 * go tool's words.  golex/main.c writes the tokens as a gomini-tokens
 * file; tests drive lex_next directly. */
#ifndef GOLEX_LEX_H
#define GOLEX_LEX_H

#include "diag.h"
#include "token.h"

typedef struct Lexer {
    const unsigned char *src;
    size_t len;
    size_t pos;          /* offset of the current character */
    int32_t ch;          /* current character, -1 at end of input */
    size_t chw;          /* its width in bytes */
    size_t line_start;   /* offset of the first byte of the current line */
    uint32_t line;
    uint32_t file;       /* Pos.file of every token */
    bool nlsemi;         /* a newline here ends a statement */
    Diag *diag;          /* borrowed */
} Lexer;

/* src must stay alive while tokens are in use: token text points into it. */
void lex_init(Lexer *l, const char *src, size_t len, uint32_t file, Diag *diag);
/* Scan the next token into t.  At the end it returns TOK_EOF forever. */
void lex_next(Lexer *l, Token *t);

#endif
