/* gen.h - gocodegen's translation of one package's typed AST into
 * bytecode.  The typed AST (common/tastread.h) already holds every
 * type and resolution; this file only chooses registers and
 * instructions.  What is translated so far is listed in
 * docs/vm-design.md; anything else is refused with a message naming the
 * construct and its position, never translated wrongly. */
#ifndef GOMINI_GEN_H
#define GOMINI_GEN_H

#include "bytecode.h"
#include "diag.h"
#include "tastread.h"

/* Translates t into b (empty on entry); false, with errors in d, when
 * the package uses what the code generator does not handle yet.
 * optimize off gives the plain translation (gocodegen -O0). */
bool gen_package(const TypedAst *t, const char *source, Bytecode *b, Diag *d, bool optimize) WARN_UNUSED;

#endif
