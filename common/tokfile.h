/* tokfile.h - the gomini-tokens stage file: golex writes it, goparse
 * reads it.  The body is an array of tokens, each [kind, line, col] or
 * [kind, line, col, text] (text for names, literals and automatic
 * semicolons); the last token is EOF.  docs/formats.md has an example. */
#ifndef GOMINI_TOKFILE_H
#define GOMINI_TOKFILE_H

#include "cborio.h"
#include "container.h"
#include "jsonw.h"
#include "token.h"

/* Writing: begin, one put per token, end. */
typedef struct TokWriter {
    Buf *out;
    size_t count_at;   /* offset of the array head, patched by end */
    uint64_t count;
} TokWriter;

void tokfile_begin(TokWriter *w, Buf *out, const char *source);
void tokfile_put(TokWriter *w, const Token *t);
void tokfile_end(TokWriter *w);

/* The same tokens as readable JSON. */
void tokfile_json_begin(JsonWriter *j, const char *source);
void tokfile_json_put(JsonWriter *j, const Token *t);
void tokfile_json_end(JsonWriter *j);

/* Reading: open checks the header; next yields the tokens in order.
 * Token text points into the data, which must outlive the tokens. */
typedef struct TokReader {
    CborReader cbor;
    uint64_t remaining;   /* tokens not yet read */
    bool done;            /* the EOF token was read */
} TokReader;

bool tokfile_open(TokReader *r, const void *data, size_t len, const char *path,
                  StageHeader *h) WARN_UNUSED;
/* False on malformed data (r->cbor.error says why); after EOF it keeps
 * returning the EOF token. */
bool tokfile_next(TokReader *r, Token *t) WARN_UNUSED;

/* Is s[0..len) text golex could write for a token of this kind (a name,
 * a literal of the right shape)?  The AST reader asks it too. */
bool tok_text_is_valid(TokKind kind, const char *s, size_t len);

#endif
