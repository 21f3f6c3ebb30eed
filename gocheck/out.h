/* out.h - one writer for gocheck's two renderings of a document: CBOR
 * for the stages, JSON for people and jq.  The caller gives container
 * sizes up front (CBOR needs them) and closes containers (JSON needs
 * that), and the same code writes both. */
#ifndef GOMINI_OUT_H
#define GOMINI_OUT_H

#include "buf.h"
#include "cborio.h"
#include "container.h"
#include "fileio.h"
#include "jsonw.h"

/* Output goes to buf, and from there to sink (when not NULL) whenever
 * buf holds more than OUT_FLUSH bytes, so a big typed AST is never all
 * in memory at once. */
#define OUT_FLUSH (1u << 20)

typedef struct Out {
    bool json;
    Buf *buf;
    FileSink *sink;
    JsonWriter j;
} Out;

static inline void out_init(Out *o, Buf *b, bool json, FileSink *sink)
{
    o->json = json;
    o->buf = b;
    o->sink = sink;
    if (json)
        jw_init(&o->j, b);
}

/* Hands what buf holds to the sink. */
static inline void out_flush(Out *o)
{
    if (o->sink && o->buf->len > 0) {
        (void)file_sink_write(o->sink, o->buf->data, o->buf->len);
        o->buf->len = 0;
    }
}

static inline void out_maybe_flush(Out *o)
{
    if (o->sink && o->buf->len >= OUT_FLUSH)
        out_flush(o);
}

static inline void out_map(Out *o, size_t n, bool inline_)
{
    out_maybe_flush(o);
    if (o->json)
        jw_begin_object(&o->j, inline_);
    else
        cbor_put_map(o->buf, n);
}

static inline void out_end_map(Out *o)
{
    if (o->json)
        jw_end_object(&o->j);
}

static inline void out_array(Out *o, size_t n, bool inline_)
{
    out_maybe_flush(o);
    if (o->json)
        jw_begin_array(&o->j, inline_);
    else
        cbor_put_array(o->buf, n);
}

static inline void out_end_array(Out *o)
{
    if (o->json)
        jw_end_array(&o->j);
}

static inline void out_key(Out *o, const char *k)
{
    if (o->json)
        jw_key(&o->j, k);
    else
        cbor_put_cstring(o->buf, k);
}

static inline void out_uint(Out *o, uint64_t v)
{
    if (o->json)
        jw_uint(&o->j, v);
    else
        cbor_put_uint(o->buf, v);
}

static inline void out_str(Out *o, const char *s, size_t len)
{
    if (o->json)
        jw_string(&o->j, s, len);
    else
        cbor_put_string(o->buf, s, len);
}

static inline void out_cstr(Out *o, const char *s)
{
    out_str(o, s, strlen(s));
}

static inline void out_bool(Out *o, bool v)
{
    if (o->json)
        jw_bool(&o->j, v);
    else
        cbor_put_bool(o->buf, v);
}

static inline void out_null(Out *o)
{
    if (o->json)
        jw_null(&o->j);
    else
        cbor_put_null(o->buf);
}

/* A stage file's envelope: the container header in CBOR, or the same
 * keys as a JSON object; then the body follows.  Closed by out_end_map
 * (JSON only) after the body. */
static inline void out_begin_container(Out *o, const char *format, unsigned version,
                                       const char *const *sources, size_t nsources)
{
    if (!o->json) {
        container_begin(o->buf, format, version, sources, nsources);
        return;
    }
    out_map(o, 0, false);
    out_key(o, "format");
    out_cstr(o, format);
    out_key(o, "version");
    out_uint(o, version);
    out_key(o, "sources");
    out_array(o, nsources, true);
    for (size_t i = 0; i < nsources; i++)
        out_cstr(o, sources[i]);
    out_end_array(o);
    out_key(o, "body");
}

static inline void out_finish(Out *o)
{
    if (o->json) {
        jw_end(&o->j);
        jw_free(&o->j);
    }
    out_flush(o);
}

#endif
