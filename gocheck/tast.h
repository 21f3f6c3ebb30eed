/* tast.h - gocheck's writers: the typed AST (typedast.c) and export
 * data with its reader (export.c). */
#ifndef GOMINI_TAST_H
#define GOMINI_TAST_H

#include "typedast.h"
#include "check.h"
#include "out.h"

/* The checked package as a gomini-typed-ast file (or its JSON), built
 * in b and handed to sink (if not NULL) a piece at a time. */
void tast_write(Checker *ck, Buf *b, bool json, const char *const *sources, size_t nsources, FileSink *sink);
void tast_write_const(Out *o, const ConstVal *v);

/* The package's export data (gomini-export), for its importers. */
void export_write(Checker *ck, Buf *b, bool json, const char *const *sources, size_t nsources);

#endif
