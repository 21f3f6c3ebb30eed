/* container.c - write and check the stage-file header (see container.h). */
#include "container.h"

#include <stdlib.h>
#include <string.h>

void container_begin(Buf *out, const char *format, unsigned version,
                     const char *const *sources, size_t nsources)
{
    cbor_put_map(out, 4);
    cbor_put_cstring(out, "format");
    cbor_put_cstring(out, format);
    cbor_put_cstring(out, "version");
    cbor_put_uint(out, version);
    cbor_put_cstring(out, "sources");
    cbor_put_array(out, nsources);
    for (size_t i = 0; i < nsources; i++)
        cbor_put_cstring(out, sources[i]);
    cbor_put_cstring(out, "body");
}

void stage_header_free(StageHeader *h)
{
    for (size_t i = 0; i < h->nsources; i++)
        free(h->sources[i]);
    free(h->sources);
    h->sources = NULL;
    h->nsources = 0;
}

static bool key_is(const char *s, size_t len, const char *key)
{
    return strlen(key) == len && memcmp(s, key, len) == 0;
}

static bool read_sources(CborReader *r, StageHeader *h)
{
    uint64_t n;
    if (!cbor_get_array(r, &n) || !cbor_check_count(r, n))
        return false;
    if (n > 1u << 16) {
        cbor_fail(r, "implausible number of sources (%llu)", (unsigned long long)n);
        return false;
    }
    h->sources = xcalloc((size_t)n, sizeof *h->sources);
    for (uint64_t i = 0; i < n; i++) {
        const char *s;
        size_t len;
        if (!cbor_get_string(r, &s, &len))
            return false;
        if (memchr(s, '\0', len)) {   /* names are C strings from here on */
            cbor_fail(r, "a source name holds a NUL byte");
            return false;
        }
        h->sources[h->nsources] = xmalloc(len + 1);
        memcpy(h->sources[h->nsources], s, len);
        h->sources[h->nsources++][len] = '\0';
    }
    return true;
}

/* Format names are short lowercase words ("gomini-tokens"); anything else
 * is not ours, and is not echoed to the terminal. */
static bool is_format_name(const char *s, size_t len)
{
    if (len == 0 || len >= sizeof ((StageHeader *)0)->format)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return false;
    return true;
}

static bool read_format(CborReader *r, StageHeader *h)
{
    const char *s;
    size_t len;
    if (!cbor_get_string(r, &s, &len))
        return false;
    if (!is_format_name(s, len)) {
        cbor_fail(r, "invalid format name");
        return false;
    }
    memcpy(h->format, s, len);
    h->format[len] = '\0';
    return true;
}

/* Read header entries up to the "body" key, which must be the map's
 * last.  False on malformed data, on a key given twice, or when the map
 * holds another number of entries than it claims. */
static bool read_header_entries(CborReader *r, StageHeader *h)
{
    static const char *const keys[] = {"format", "version", "sources"};
    bool seen[3] = {false, false, false};
    uint64_t n;
    if (!cbor_get_map(r, &n))
        return false;
    for (uint64_t i = 0; i < n; i++) {
        const char *key;
        size_t len;
        if (!cbor_get_string(r, &key, &len))
            return false;
        if (key_is(key, len, "body")) {
            if (i + 1 == n)
                return true;
            cbor_fail(r, "the header claims %llu entries but \"body\" is entry %llu",
                      (unsigned long long)n, (unsigned long long)i + 1);
            return false;
        }
        int k = 0;
        while (k < 3 && !key_is(key, len, keys[k]))
            k++;
        if (k < 3 && seen[k]) {
            cbor_fail(r, "header key \"%s\" given twice", keys[k]);
            return false;
        }
        bool ok = k == 0 ? read_format(r, h)
                : k == 1 ? (h->has_version = cbor_get_uint(r, &h->version))
                : k == 2 ? read_sources(r, h)
                : cbor_skip(r);  /* unknown keys: written by a newer minor version */
        if (!ok)
            return false;
        if (k < 3)
            seen[k] = true;
    }
    /* All n entries read and no body: name the next key if it is one. */
    const char *key;
    size_t len;
    CborReader peek = *r;
    if (cbor_get_string(&peek, &key, &len) && key_is(key, len, "body"))
        cbor_fail(r, "the header claims %llu entries but \"body\" is entry %llu",
                  (unsigned long long)n, (unsigned long long)n + 1);
    else
        cbor_fail(r, "no body");
    return false;
}

/* JSON starts with '{' or '[' after any white space: someone piped one
 * stage's --json output into the next stage. */
static bool looks_like_json(const CborReader *r)
{
    size_t i = 0;
    while (i < r->len && (r->data[i] == ' ' || r->data[i] == '\t' || r->data[i] == '\n' ||
                          r->data[i] == '\r'))
        i++;
    return i < r->len && (r->data[i] == '{' || r->data[i] == '[');
}

/* Why a header that gave no format name was refused. */
static void report_unnamed(const CborReader *r, const char *path, const char *want)
{
    if (looks_like_json(r))
        fail_msg("%s: this is JSON, not a %s file: the stages read each other's CBOR "
                 "(--json output is for people and jq)", path, want);
    else if (r->err == CBOR_TRUNCATED && cbor_is_map_head(r->data[0]))
        fail_msg("%s: truncated file (expected a %s file)", path, want);
    else
        fail_msg("%s: not a gomini stage file (expected a %s file)", path, want);
}

bool container_open(CborReader *r, const char *path, const char *want,
                    unsigned max_version, StageHeader *h)
{
    memset(h, 0, sizeof *h);
    if (r->len == 0) {
        fail_msg("%s: empty file (expected a %s file)", path, want);
        return false;
    }
    bool ok = read_header_entries(r, h);
    if (h->format[0] == '\0') {
        report_unnamed(r, path, want);
    } else if (strcmp(h->format, want) != 0) {
        fail_msg("%s: this is a %s file, expected a %s file", path, h->format, want);
    } else if (!ok && r->err == CBOR_TRUNCATED) {
        fail_msg("%s: truncated file (expected a %s file)", path, want);
    } else if (!ok) {
        fail_msg("%s: corrupt %s file: %s", path, want, r->error);
    } else if (h->version == 0 && !h->has_version) {
        fail_msg("%s: corrupt %s file: no version", path, want);
    } else if (h->version < 1) {
        fail_msg("%s: corrupt %s file: version %llu", path, want, (unsigned long long)h->version);
    } else if (h->version > max_version) {
        fail_msg("%s: unsupported %s version: %llu (this binary supports version%s 1%s%.0u; "
                 "upgrade gomini to read newer files)",
                 path, want, (unsigned long long)h->version, max_version > 1 ? "s" : "",
                 max_version > 1 ? "–" : "", max_version > 1 ? max_version : 0);
    } else if (h->nsources == 0) {
        fail_msg("%s: corrupt %s file: no source file names", path, want);
    } else {
        return true;
    }
    stage_header_free(h);
    return false;
}

bool container_close(CborReader *r, const char *path, const char *format)
{
    if (r->err == CBOR_OK && !cbor_at_end(r))
        cbor_fail(r, "unexpected data after the body at byte %zu", r->pos);
    if (r->err == CBOR_TRUNCATED) {
        fail_msg("%s: truncated file (expected a %s file)", path, format);
        return false;
    }
    if (r->err != CBOR_OK) {
        fail_msg("%s: corrupt %s file: %s", path, format, r->error);
        return false;
    }
    return true;
}

bool container_sniff(const void *data, size_t len, char *format, size_t size)
{
    CborReader r;
    uint64_t n;
    const char *key, *name;
    size_t klen, nlen;
    cbor_reader_init(&r, data, len);
    if (!cbor_get_map(&r, &n) || !cbor_get_string(&r, &key, &klen) ||
        !key_is(key, klen, "format") || !cbor_get_string(&r, &name, &nlen) ||
        !is_format_name(name, nlen) || nlen >= size)
        return false;
    memcpy(format, name, nlen);
    format[nlen] = '\0';
    return true;
}
