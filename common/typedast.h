/* typedast.h - the names of gocheck's output formats, for the stages
 * that write and read them.  docs/formats.md describes both files. */
#ifndef GOMINI_TYPEDAST_H
#define GOMINI_TYPEDAST_H

/* The typed AST: a package's trees and the checker's tables. */
#define TYPED_AST_FORMAT_NAME "gomini-typed-ast"
#define TYPED_AST_FORMAT_VERSION 1

/* Export data: what a package declares for its importers. */
#define EXPORT_FORMAT_NAME "gomini-export"
#define EXPORT_FORMAT_VERSION 1

/* The file name suffix of export data: strings.gox. */
#define EXPORT_SUFFIX ".gox"

#endif
