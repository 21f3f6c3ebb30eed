/* fileio.h - whole-file input and atomic output, shared by every tool.
 * Output goes to a temporary file beside the target and is renamed into
 * place only when complete, so a failed run never leaves a half-written
 * file for make to mistake for a finished target. */
#ifndef GOMINI_FILEIO_H
#define GOMINI_FILEIO_H

#include "buf.h"

#include <signal.h>

/* The name messages use for path: "<stdin>" for "-" or NULL. */
const char *file_display_name(const char *path);

/* Is output the same regular file as input?  Either may be "-" or NULL
 * (standard output, standard input).  Compares device and inode, so
 * ./a.go, a hard link and a symlink all count; a device or FIFO never does
 * (reading and writing /dev/null is fine). */
bool file_is_same(const char *input, const char *output);

/* Read all of path ("-" for stdin) into b, refusing more than limit bytes.
 * On failure prints "tool: path: reason" and returns false. */
bool file_read_all(const char *path, size_t limit, Buf *b) WARN_UNUSED;

/* file_read_all for gomini stage files, which all begin with a CBOR map
 * head: when the first byte read is not one, stops at once and returns
 * true with the bytes read so far, so the caller's header check refuses
 * /dev/zero or a huge wrong file without reading up to limit first. */
bool file_read_stage(const char *path, size_t limit, Buf *b) WARN_UNUSED;

/* path (len bytes) cleaned as Go's path.Clean, into out (n bytes, NUL
 * ended): "./a//b/" is "a/b", "a/../b" is "b", "" and "./" are ".".
 * Bundles key embedded files and packages by clean paths, so "./x" and
 * "x" name the same one.  False if it does not fit. */
bool path_clean(const char *path, size_t len, char *out, size_t n);

/* The key a bundle gives the package imported as imp: the import path,
 * cleaned ("./util/" is "util", "../lib" stays "../lib").  Bytecode
 * names its imports canonically (gocheck's check_canonical_import): a
 * relative import is relative to the main package's directory whatever
 * package makes it.  gobundle keys packages so and govm looks them up
 * so (docs/formats.md §10).  Into out (n bytes); false if it does not
 * fit. */
bool path_import_key(const char *imp, char *out, size_t n);

/* Write data to path ("-" or NULL for stdout), atomically for files.
 * On failure prints "tool: path: reason", removes any temporary file,
 * and returns false.  SIGHUP, SIGINT or SIGTERM during the write remove
 * the temporary file too, then end the process by that signal. */
bool file_write_atomic(const char *path, const void *data, size_t len) WARN_UNUSED;

/* The same, for output written in pieces (a stage whose output is too
 * big to hold whole): open, write any number of times, close.  Closing
 * with keep false (the output is not wanted after all) removes it. */
#define FILE_SINK_NSIGNALS 3
typedef struct SavedSignals {
    sigset_t mask;                              /* the signal mask before */
    struct sigaction old[FILE_SINK_NSIGNALS];   /* the actions before */
} SavedSignals;

typedef struct FileSink {
    char *path;           /* the file written; NULL for standard output */
    int fd;
    int err;              /* the first write error, 0 while none */
    bool temp;            /* fd is the temporary file of an atomic write */
    SavedSignals signals;
} FileSink;

bool file_sink_open(FileSink *k, const char *path) WARN_UNUSED;
bool file_sink_write(FileSink *k, const void *data, size_t len);
/* True when the output is complete and in place (keep and no error);
 * prints "tool: path: reason" on a failure. */
bool file_sink_close(FileSink *k, bool keep);

#endif
