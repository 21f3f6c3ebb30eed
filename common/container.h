/* container.h - the envelope around every gomini stage file.
 *
 * A stage file is one CBOR map:
 *     { "format": "gomini-tokens", "version": 1,
 *       "sources": ["hello.go"], "body": ... }
 * The header keys come before "body"; readers check format and version
 * before they look at the body, so a file of the wrong stage or from a
 * newer gomini is refused with a clear message instead of misread. */
#ifndef GOMINI_CONTAINER_H
#define GOMINI_CONTAINER_H

#include "cborio.h"

typedef struct StageHeader {
    char format[32];
    uint64_t version;
    bool has_version;  /* the header had a "version" key */
    char **sources;    /* owned: NUL-terminated copies */
    size_t nsources;
} StageHeader;

/* Append the header and the "body" key; the caller then appends the body. */
void container_begin(Buf *out, const char *format, unsigned version,
                     const char *const *sources, size_t nsources);

/* Read the header of the stage file in r, from path (for messages).
 * Accepts only format `want` with version 1..max_version.  On success r is
 * positioned at the body.  On failure prints "tool: path: reason". */
bool container_open(CborReader *r, const char *path, const char *want,
                    unsigned max_version, StageHeader *h) WARN_UNUSED;

/* After the body: check nothing follows and no reader error is pending;
 * prints "tool: path: corrupt ... file: reason" on failure. */
bool container_close(CborReader *r, const char *path, const char *format) WARN_UNUSED;

void stage_header_free(StageHeader *h);

/* Does data start like a stage file?  Then its format name goes to
 * format (so golex can say "this is a gomini-tokens file"). */
bool container_sniff(const void *data, size_t len, char *format, size_t size);

#endif
