/* parse.h - the parser: tokens in, a File node out.
 * A hand-written recursive-descent parser for Go without generics,
 * with the go tool's syntax error messages and recovery, so one run
 * reports several errors.  goparse/main.c feeds it a gomini-tokens file;
 * tests can feed it straight from the lexer. */
#ifndef GOPARSE_PARSE_H
#define GOPARSE_PARSE_H

#include "ast.h"
#include "diag.h"

/* Where tokens come from.  Returns false if the source is corrupt (the
 * parse then stops; the source reports why). */
typedef bool (*TokenSource)(void *ctx, Token *t);

/* Parse one file.  Nodes are allocated in arena; errors go to diag
 * (Pos.file = file).  Returns the File node, or NULL when the token
 * source failed.  The tree is complete only if diag has no errors. */
Node *parse_file(TokenSource next, void *source, uint32_t file, Arena *arena, Diag *diag);

#endif
