/* dot.h - draw an AST as a Graphviz digraph (goparse --dot), for
 * teaching: one box per node, edges labelled with the child's slot. */
#ifndef GOPARSE_DOT_H
#define GOPARSE_DOT_H

#include "ast.h"

void dot_write(Buf *out, const Node *root, const char *source);

#endif
