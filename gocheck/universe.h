/* universe.h - the universe scope: Go's predeclared names, for gocheck.
 * Types, constants, nil and the built-in functions, as Go's universe
 * declares them, less complex numbers and generics (gomini has neither)
 * and plus gomini's spawn and await.  The checker makes it once per run
 * and hangs every package scope below it. */
#ifndef GOMINI_UNIVERSE_H
#define GOMINI_UNIVERSE_H

#include "scope.h"

/* The built-in functions, one row each: B(NAME, "name", what it does).
 * The order is the order they are declared in, so it shows in output. */
#define BUILTIN_LIST(B)                                                   \
    B(APPEND, "append", "append(s, xs...) grows a slice")                 \
    B(CAP, "cap", "capacity of an array, slice or channel")               \
    B(CLEAR, "clear", "empties a map or zeroes a slice's elements")       \
    B(CLOSE, "close", "closes a channel")                                 \
    B(COPY, "copy", "copy(dst, src) copies slice elements, returns count") \
    B(DELETE, "delete", "delete(m, k) removes a map entry")               \
    B(LEN, "len", "length of a string, array, slice, map or channel")     \
    B(MAKE, "make", "a new slice, map or channel")                        \
    B(MAX, "max", "the largest of ordered arguments")                     \
    B(MIN, "min", "the smallest of ordered arguments")                    \
    B(NEW, "new", "new(T) is a pointer to a fresh zero T")                \
    B(PANIC, "panic", "starts panicking with a value")                    \
    B(PRINT, "print", "writes its arguments to stderr")                   \
    B(PRINTLN, "println", "print with spaces and a newline")              \
    B(RECOVER, "recover", "stops a panic inside a deferred call")         \
    B(SPAWN, "spawn", "gomini: runs a call as a task, gives its handle")  \
    B(AWAIT, "await", "gomini: waits for a task, gives its results")

typedef enum BuiltinId {
#define B(name, goname, doc) BUILTIN_##name,
    BUILTIN_LIST(B)
#undef B
    BUILTIN__COUNT
} BuiltinId;

const char *builtin_name(BuiltinId id);   /* "append" */

/* The universe scope, its symbols and their names made in a, in (and
 * interned by) in; error, interface{} and the alias records of byte,
 * rune and any are added to t.
 * iota's value is unknown here: the checker sets it per ConstSpec. */
Scope *universe_new(TypeTable *t, Interner *in, Arena *a);

#endif
