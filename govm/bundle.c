/* bundle.c - govm's side of SPEC.md §5 (docs/bundle-design.md): a
 * bundle appended to govm's own file, found by its footer
 *     [govm][bundle data][size: 8 bytes, little-endian]["FXYS"]
 * and the bundle data, "FXYB", a version byte, then (version 1) one
 * bytecode document or (version 2) a JSON manifest whose "main" is the
 * program's bytecode.  Packages, resources and commands are the next
 * steps of the plan. */
#include "bundle.h"

#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool read_at(int fd, void *p, size_t n, off_t at)
{
    for (size_t done = 0; done < n;) {
        ssize_t r = pread(fd, (char *)p + done, n - done, at + (off_t)done);
        if (r <= 0)
            return false;
        done += (size_t)r;
    }
    return true;
}

int bundle_find(const char *exe, Buf *out, char *why, size_t n)
{
    int fd = open(exe, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;   /* no file to look in: plain govm */
    struct stat st;
    unsigned char tail[12];
    int found = 0;
    if (fstat(fd, &st) == 0 && st.st_size >= 12 && read_at(fd, tail, 12, st.st_size - 12) &&
        memcmp(tail + 8, "FXYS", 4) == 0) {
        uint64_t size = 0;
        for (int i = 7; i >= 0; i--)
            size = size << 8 | tail[i];
        if (size < 5 || size > (uint64_t)st.st_size - 12) {
            snprintf(why, n, "invalid embedded bundle size: %llu", (unsigned long long)size);
            found = -1;
        } else {
            buf_init(out);
            unsigned char *p = buf_reserve(out, (size_t)size);
            if (read_at(fd, p, (size_t)size, st.st_size - 12 - (off_t)size)) {
                out->len = (size_t)size;
                found = 1;
            } else {
                snprintf(why, n, "cannot read the embedded bundle");
                buf_free(out);
                found = -1;
            }
        }
    }
    close(fd);
    return found;
}

bool bundle_is_data(const void *data, size_t len)
{
    return len >= 4 && memcmp(data, "FXYB", 4) == 0;
}

bool bundle_main(const void *data, size_t len, Buf *main_json, char *why, size_t n)
{
    const unsigned char *d = data;
    buf_init(main_json);
    if (len < 5) {
        snprintf(why, n, "bytecode data too short");
        return false;
    }
    if (memcmp(d, "FXYB", 4) != 0) {
        snprintf(why, n, "invalid magic number, expected FXYB");
        return false;
    }
    if (d[4] == 1) {
        if (len == 5) {
            snprintf(why, n, "single-command bundle has empty bytecode");
            return false;
        }
        buf_append(main_json, d + 5, len - 5);
        return true;
    }
    if (d[4] != 2) {
        snprintf(why, n, "unsupported bytecode version: %u (this binary supports versions 1\u20132; upgrade gomini to run newer bytecode)",
                 d[4]);
        return false;
    }
    /* The manifest is a JSON value; the resources' bytes follow it. */
    json_error_t err;
    json_t *m = json_loadb((const char *)d + 5, len - 5, JSON_DISABLE_EOF_CHECK, &err);
    if (!m || !json_is_object(m)) {
        snprintf(why, n, "bad bundle manifest: %s", m ? "not an object" : err.text);
        json_decref(m);
        return false;
    }
    json_t *main = json_object_get(m, "main");
    bool ok = false;
    if (!main || json_is_null(main)) {
        snprintf(why, n, "single-command bundle has nil MainChunk");
    } else if (!json_is_object(main) || json_object_size(main) == 0) {
        snprintf(why, n, "single-command bundle has empty bytecode");
    } else {
        char *text = json_dumps(main, JSON_COMPACT);
        if (text) {
            buf_puts(main_json, text);
            free(text);
            ok = true;
        } else {
            snprintf(why, n, "single-command bundle has empty bytecode");
        }
    }
    json_decref(m);
    return ok;
}
