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


/* The tables both the writer (gocheck) and the readers share: their
 * names are the typed AST's words, their row numbers its numbers. */

/* What a name denotes, one row each: S(name, word for messages). */
#define SYM_KIND_LIST(S)       \
    S(VAR, "var")              \
    S(CONST, "const")          \
    S(TYPE, "type")            \
    S(FUNC, "func")            \
    S(PACKAGE, "package")      \
    S(LABEL, "label")          \
    S(BUILTIN, "builtin")      \
    S(NIL, "nil")

/* Facts the checker learns about a symbol as it goes, one bit each:
 * F(name, meaning).  Codegen reads CAPTURED, WRITTEN_AFTER_CAPTURE and
 * ADDRESS_TAKEN to decide whether a variable lives in a register. */
#define SYM_FLAG_LIST(F)                                                    \
    F(USED, "read somewhere: no \"declared and not used\"")                  \
    F(CAPTURED, "referred to from inside a closure")                        \
    F(WRITTEN_AFTER_CAPTURE, "assigned after a closure captured it: shared") \
    F(ADDRESS_TAKEN, "&x appears: x may outlive its frame")

/* What an operand is, one row each: M(name, go/types' word for it).
 * The words appear in messages: "x (variable of type int)". */
#define MODE_LIST(M)                      \
    M(INVALID, "invalid operand")         \
    M(NOVALUE, "no value")                \
    M(BUILTIN, "built-in")                \
    M(TYPE, "type")                       \
    M(CONST, "constant")                  \
    M(VAR, "variable")                    \
    M(MAPINDEX, "map index expression")   \
    M(VALUE, "value")                     \
    M(NIL, "nil")                         \
    M(COMMAOK, "comma, ok expression")

/* How a selector x.f resolved, one row each: S(name, meaning). */
#define SEL_KIND_LIST(S)                                          \
    S(NONE, "not a selector, or not resolved")                    \
    S(FIELD, "a struct field, through Path")                      \
    S(METHOD, "a method value or call with a static receiver")    \
    S(IFACE_METHOD, "a method of an interface: dynamic dispatch") \
    S(METHOD_EXPR, "T.m or (*T).m: a function of the receiver")   \
    S(PKG_MEMBER, "pkg.Name: Sym")

#endif
