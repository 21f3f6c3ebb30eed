/* common.h - small definitions every gomini tool shares: attribute
 * macros, limits that bound memory and recursion, and the checked
 * allocation wrappers.  Everything else in common/ builds on this. */
#ifndef GOMINI_COMMON_H
#define GOMINI_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#define WARN_UNUSED __attribute__((warn_unused_result))
#define PRINTF_LIKE(fmt, args) __attribute__((format(printf, fmt, args)))
#define NORETURN __attribute__((noreturn))

#define GOMINI_VERSION "0.1.0"

/* Exit codes shared by every tool (sysexits.h's EX_USAGE for usage). */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 64 };

/* Limits.  They keep hostile input from exhausting memory or the C stack;
 * each is reported with a message naming the limit. */
#define GOMINI_MAX_SOURCE_BYTES (16u << 20)   /* one .go file: 16 MiB */
/* Every token takes a byte of source at least, but for the semicolon
 * and EOF at the end; stage readers refuse counts a source cannot have. */
#define GOMINI_MAX_TOKENS (GOMINI_MAX_SOURCE_BYTES + 2u)
/* One CBOR stage file.  golex and goparse write at most about 17 bytes
 * per source byte (a file of 16 Mi one-byte tokens on a line past
 * 65,535 costs 12 to 17 bytes each), so 20 times the source limit holds
 * anything they write and no more. */
#define GOMINI_MAX_STAGE_BYTES (20u * GOMINI_MAX_SOURCE_BYTES)
#define GOMINI_MAX_NESTING 1000               /* nested exprs/blocks/types */

/* The program name for "tool: message" errors, set once by main.
 * A global because every message in the process uses the same one. */
extern const char *gomini_progname;

/* Allocation that never returns NULL: out of memory ends the process with
 * a message, since no tool can do anything useful after it. */
void *xmalloc(size_t n);
NORETURN void xfail_out_of_memory(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Print "tool: message" to stderr. */
void fail_msg(const char *fmt, ...) PRINTF_LIKE(1, 2);

#endif
