/* diag.h - diagnostics for errors in a tool's input, printed the way the
 * go tool prints them:
 *
 *     hello.go:4:17: syntax error: unexpected newline, expected comma or )
 *
 * Errors are collected, sorted by position and printed by diag_flush.
 * As in the go tool: the 10th error ends the run with "too many errors"
 * (at the 10th error's position); only the first syntax error on a line
 * is kept, since later ones on the same line are almost always caused by
 * the first; and an error repeated on the same line is dropped. */
#ifndef GOMINI_DIAG_H
#define GOMINI_DIAG_H

#include "common.h"
#include "pos.h"

#include <stdio.h>

#define DIAG_MAX_SHOWN 10

/* What kind of error: syntax errors are thinned per line (see above). */
typedef enum DiagKind { DIAG_ERROR, DIAG_SYNTAX } DiagKind;

typedef struct DiagEntry {
    Pos pos;
    size_t seq;  /* report order, to keep the sort stable */
    char *msg;
} DiagEntry;

typedef struct Diag {
    const char *const *files;  /* borrowed: names for Pos.file */
    size_t nfiles;
    DiagEntry *items;
    size_t len, cap;
    Pos last_syntax;           /* where the last syntax error was */
    Pos last_other;            /* ...and the last other error */
    char *last_msg;            /* borrowed from items: the last other error */
    size_t limit;              /* errors kept before "too many errors" */
} Diag;

void diag_init(Diag *d, const char *const *files, size_t nfiles);
/* Keep every error instead of stopping at DIAG_MAX_SHOWN (gocheck -e,
 * as go tool compile -e). */
void diag_unlimited(Diag *d);
void diag_free(Diag *d);
void diag_error(Diag *d, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* A syntax error; the message includes its "syntax error: " prefix. */
void diag_syntax_error(Diag *d, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
bool diag_has_errors(const Diag *d);
/* True once DIAG_MAX_SHOWN errors are known: the stage should stop. */
bool diag_is_full(const Diag *d);
/* Messages may continue on more lines, each "\n\t..." (have/want
 * lines after a call's argument count error, as go/types prints). */
/* Sort, print to out and forget the errors.  Returns how many there were.
 * File names and messages may hold text from a (possibly forged) input
 * file: control characters and invalid UTF-8 are printed escaped, so
 * nothing reaches the terminal raw. */
size_t diag_flush(Diag *d, FILE *out);

#endif
