/* astfmt.h - print AST expressions and simple statements back as Go
 * source, in the short form error messages use ("x + y", "T{…}").
 * The parser uses it now; the type checker's messages will too. */
#ifndef GOMINI_ASTFMT_H
#define GOMINI_ASTFMT_H

#include "ast.h"

void astfmt_expr(Buf *b, const Node *n);
/* An expression, in parentheses if it is a binary expression. */
void astfmt_emphasized(Buf *b, const Node *n);
void astfmt_stmt(Buf *b, const Node *n);

#endif
