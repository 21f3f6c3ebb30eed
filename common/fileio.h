/* fileio.h - whole-file input and atomic output, shared by every tool.
 * Output goes to a temporary file beside the target and is renamed into
 * place only when complete, so a failed run never leaves a half-written
 * file for make to mistake for a finished target. */
#ifndef GOMINI_FILEIO_H
#define GOMINI_FILEIO_H

#include "buf.h"

/* The name messages use for path: "<stdin>" for "-" or NULL. */
const char *file_display_name(const char *path);

/* Read all of path ("-" for stdin) into b, refusing more than limit bytes.
 * On failure prints "tool: path: reason" and returns false. */
bool file_read_all(const char *path, size_t limit, Buf *b) WARN_UNUSED;

/* Write data to path ("-" or NULL for stdout), atomically for files.
 * On failure prints "tool: path: reason", removes any temporary file,
 * and returns false. */
bool file_write_atomic(const char *path, const void *data, size_t len) WARN_UNUSED;

#endif
