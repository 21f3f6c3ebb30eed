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

void json_init(JsonWriter *w, Buf *out);
void json_free(JsonWriter *w);
void json_begin_object(JsonWriter *w, bool inline_);
void json_end_object(JsonWriter *w);
void json_begin_array(JsonWriter *w, bool inline_);
void json_end_array(JsonWriter *w);
void json_key(JsonWriter *w, const char *key);
void json_string(JsonWriter *w, const char *s, size_t len);
void json_cstring(JsonWriter *w, const char *s);
void json_uint(JsonWriter *w, uint64_t v);
void json_int(JsonWriter *w, int64_t v);
void json_bool(JsonWriter *w, bool v);
void json_null(JsonWriter *w);
/* Finish the document with a newline. */
void json_end(JsonWriter *w);

#endif
