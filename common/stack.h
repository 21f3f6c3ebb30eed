/* stack.h - run a function on a C stack of a given size.
 * Trees may be AST_MAX_DEPTH (100,000) levels deep; a stage whose walks
 * recurse over them (the checker, the code generator) runs them on a
 * thread with a stack sized for that depth, instead of the process's
 * default 8 MiB.  The memory is reserved, not used: pages are touched
 * only as deep as the walk goes. */
#ifndef GOMINI_STACK_H
#define GOMINI_STACK_H

#include "common.h"

/* Bytes of C stack a recursive walk may spend per tree level; a stage
 * asks for AST_MAX_DEPTH times its own figure.  Sanitizer builds have
 * much larger frames, so they get four times as much. */
#if defined(__SANITIZE_ADDRESS__)
#define STACK_SANITIZER_FACTOR 4
#else
#define STACK_SANITIZER_FACTOR 1
#endif

/* Call fn(arg) on a new stack of at least size bytes and wait for it.
 * False, with a message, if the stack cannot be made. */
bool stack_run(size_t size, void (*fn)(void *), void *arg) WARN_UNUSED;

/* The same for a walk over trees read from input_bytes of stage files:
 * a tree cannot be deeper than a quarter of its file's bytes (a node
 * takes at least four), so a small input runs on the stack the process
 * has, without the cost of a thread. */
bool stack_run_for_input(size_t input_bytes, size_t per_level, void (*fn)(void *), void *arg) WARN_UNUSED;

#endif
