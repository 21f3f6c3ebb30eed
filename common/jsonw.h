/* jsonw.h - a streaming JSON writer: the rendering behind every tool's
 * --json.  It prints as it goes (no document tree), indents nested values
 * and keeps "inline" containers on one line, so a token stream reads one
 * token per line. */
#ifndef GOMINI_JSONW_H
#define GOMINI_JSONW_H

#include "buf.h"

typedef struct JsonLevel {
    unsigned count;  /* values written so far at this level */
    bool inline_;    /* keep this container on one line */
    bool object;
} JsonLevel;

typedef struct JsonWriter {
    Buf *out;
    JsonLevel *levels;
    size_t depth, cap;
    bool after_key;  /* a key was written; its value comes next */
} JsonWriter;

void jw_init(JsonWriter *w, Buf *out);
void jw_free(JsonWriter *w);
void jw_begin_object(JsonWriter *w, bool inline_);
void jw_end_object(JsonWriter *w);
void jw_begin_array(JsonWriter *w, bool inline_);
void jw_end_array(JsonWriter *w);
void jw_key(JsonWriter *w, const char *key);
void jw_string(JsonWriter *w, const char *s, size_t len);
void jw_cstring(JsonWriter *w, const char *s);
void jw_uint(JsonWriter *w, uint64_t v);
void jw_int(JsonWriter *w, int64_t v);
void jw_bool(JsonWriter *w, bool v);
void jw_null(JsonWriter *w);
/* Finish the document with a newline. */
void jw_end(JsonWriter *w);

#endif
