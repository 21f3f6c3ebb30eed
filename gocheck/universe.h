/* universe.h - the universe scope: Go's predeclared names, for gocheck.
 * Types, constants, nil and the built-in functions, as Go's universe
 * declares them, less complex numbers and generics (gomini has neither)
 * and plus gomini's spawn and await.  The checker makes it once per run
 * and hangs every package scope below it. */
#ifndef GOMINI_UNIVERSE_H
#define GOMINI_UNIVERSE_H

#include "scope.h"

/* The built-in functions, one row each: B(NAME, "name", stmt, what it
 * does); stmt says whether a call of it may stand as a statement (or
 * follow go or defer), as the spec's expression statements allow.
 * The order is the order they are declared in, so it shows in output. */
#define BUILTIN_LIST(B)                                                          \
    B(APPEND, "append", false, "append(s, xs...) grows a slice")                 \
    B(CAP, "cap", false, "capacity of an array, slice or channel")               \
    B(CLEAR, "clear", true, "empties a map or zeroes a slice's elements")        \
    B(CLOSE, "close", true, "closes a channel")                                  \
    B(COPY, "copy", true, "copy(dst, src) copies slice elements, returns count") \
    B(DELETE, "delete", true, "delete(m, k) removes a map entry")                \
    B(LEN, "len", false, "length of a string, array, slice, map or channel")     \
    B(MAKE, "make", false, "a new slice, map or channel")                        \
    B(MAX, "max", false, "the largest of ordered arguments")                     \
    B(MIN, "min", false, "the smallest of ordered arguments")                    \
    B(NEW, "new", false, "new(T) is a pointer to a fresh zero T")                \
    B(PANIC, "panic", true, "starts panicking with a value")                     \
    B(PRINT, "print", true, "writes its arguments to stderr")                    \
    B(PRINTLN, "println", true, "print with spaces and a newline")               \
    B(RECOVER, "recover", true, "stops a panic inside a deferred call")          \
    B(SPAWN, "spawn", true, "gomini: runs a call as a task, gives its handle")   \
    B(AWAIT, "await", true, "gomini: waits for a task, gives its results")

typedef enum BuiltinId {
#define B(name, goname, stmt, doc) BUILTIN_##name,
    BUILTIN_LIST(B)
#undef B
    BUILTIN__COUNT
} BuiltinId;

const char *builtin_name(BuiltinId id);   /* "append" */
bool builtin_is_statement(BuiltinId id);

/* The universe scope, its symbols and their names made in a, in (and
 * interned by) in; error, interface{} and the alias records of byte,
 * rune and any are added to t.
 * iota's value is unknown here: the checker sets it per ConstSpec. */
Scope *universe_new(TypeTable *t, Interner *in, Arena *a);

#endif
