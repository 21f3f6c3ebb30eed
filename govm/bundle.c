/* bundle.c - govm's side of SPEC.md §5: a bundle appended to govm's own
 * file, found by its footer
 *     [govm][bundle data][size: 8 bytes, little-endian]["FXYS"]
 * or a bundle file; the bundle data is "FXYB", a version byte, then
 * (version 1) one bytecode document or (version 2) a JSON manifest
 * followed by the embedded files' bytes (docs/formats.md).
 *
 * gobundle also describes the appended bytes with a PT_LOAD program
 * header (gobundle/elf.c), so the loader maps them with the program:
 * govm looks for its bundle in its own segments first, which works
 * when upx has compressed the file (its stub unpacks the segments into
 * memory; the bytes on disk are then not the bundle), and reads its
 * file's end only for a host gobundle could not mark.
 *
 * The file is mapped, not read: the manifest is parsed at start-up,
 * and an embedded file's pages are touched only when the script reads
 * it, so 50 MB of resources cost a bundle nothing until it asks. */
#include "bundle.h"

#include "fileio.h"
#include "utf8.h"

#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static bool map_file(int fd, size_t len, Bundle *b)
{
    void *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED)
        return false;
    b->map = p;
    b->maplen = len;
    return true;
}

static uint64_t get_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* What the search of the program's segments found. */
typedef struct Found {
    const unsigned char *data;
    size_t len;
} Found;

/* dl_iterate_phdr's callback for the main program (the first object it
 * reports): a segment that ends with a bundle's footer. */
static int find_in_segments(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    Found *f = arg;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_X) || (ph->p_flags & PF_W) || ph->p_filesz < 12 + 5)
            continue;
        const unsigned char *end = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr + ph->p_filesz);
        if (memcmp(end - 4, "FXYS", 4) != 0)
            continue;
        uint64_t len = get_le64(end - 12);
        if (len >= 5 && len <= ph->p_filesz - 12) {
            f->data = end - 12 - len;
            f->len = (size_t)len;
        }
    }
    return 1;   /* the main program only */
}

int bundle_find(const char *exe, Bundle *b, char *why, size_t n)
{
    memset(b, 0, sizeof *b);
    Found seg = {0};
    dl_iterate_phdr(find_in_segments, &seg);
    if (seg.data) {
        if (bundle_load(seg.data, seg.len, b, why, n))
            return 1;
        bundle_free(b);
        return -1;
    }
    int fd = open(exe, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;   /* no file to look in: plain govm */
    struct stat st;
    unsigned char tail[12];
    int found = 0;
    if (fstat(fd, &st) == 0 && st.st_size >= 12 && pread(fd, tail, 12, st.st_size - 12) == 12 &&
        memcmp(tail + 8, "FXYS", 4) == 0) {
        uint64_t size = get_le64(tail);
        if (size > (uint64_t)st.st_size - 12) {
            snprintf(why, n, "invalid embedded bundle size: %llu", (unsigned long long)size);
            found = -1;
        } else if (!map_file(fd, (size_t)st.st_size, b)) {
            snprintf(why, n, "cannot map the embedded bundle");
            found = -1;
        } else {
            const unsigned char *data = (const unsigned char *)b->map + (st.st_size - 12 - (off_t)size);
            found = bundle_load(data, (size_t)size, b, why, n) ? 1 : -1;
        }
    }
    close(fd);
    if (found < 0)
        bundle_free(b);
    return found;
}

bool bundle_file_is_bundle(const char *path)
{
    /* Only a regular file: a pipe (gomini's /dev/fd/4) cannot be read twice. */
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    char magic[4];
    bool yes = fd >= 0 && pread(fd, magic, 4, 0) == 4 && memcmp(magic, "FXYB", 4) == 0;
    if (fd >= 0)
        close(fd);
    return yes;
}

bool bundle_open(const char *path, Bundle *b, char *why, size_t n)
{
    memset(b, 0, sizeof *b);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    bool ok = fd >= 0 && fstat(fd, &st) == 0 && (st.st_size < 5 || map_file(fd, (size_t)st.st_size, b));
    if (!ok)
        snprintf(why, n, "cannot read the bundle");
    else if (st.st_size < 5)
        ok = bundle_load((const unsigned char *)"", 0, b, why, n);   /* too short */
    else
        ok = bundle_load(b->map, b->maplen, b, why, n);
    if (fd >= 0)
        close(fd);
    if (!ok)
        bundle_free(b);
    return ok;
}

void bundle_free(Bundle *b)
{
    json_decref(b->manifest);
    free(b->keys);
    free(b->commands);
    free(b->files);
    if (b->map)
        munmap(b->map, b->maplen);
    memset(b, 0, sizeof *b);
}

/* ==== the manifest ==================================================== */

/* Checks one program: its main document and its packages.  what is
 * "single-command bundle" or `command "api"`, as SPEC's messages say. */
static bool check_program(json_t *m, const char *name, BundleProgram *p, char *why, size_t n)
{
    char what[128];
    if (name)
        snprintf(what, sizeof what, "command \"%s\"", name);
    else
        snprintf(what, sizeof what, "single-command bundle");
    p->name = name;
    p->main = json_object_get(m, "main");
    p->packages = json_object_get(m, "packages");
    if (!p->main || json_is_null(p->main)) {
        snprintf(why, n, "%s has nil MainChunk", what);
        return false;
    }
    if (!json_is_object(p->main) || json_object_size(p->main) == 0) {
        snprintf(why, n, "%s has empty bytecode", what);
        return false;
    }
    if (p->packages && !json_is_object(p->packages)) {
        snprintf(why, n, "%s: its packages are not an object", what);
        return false;
    }
    const char *key;
    json_t *doc;
    json_object_foreach(p->packages, key, doc) {
        if (!json_is_object(doc) || json_object_size(doc) == 0) {
            snprintf(why, n, "%s: package %s has empty bytecode", what, key);
            return false;
        }
    }
    return true;
}

static int command_cmp(const void *a, const void *b)
{
    return strcmp(((const BundleProgram *)a)->name, ((const BundleProgram *)b)->name);
}

static int file_cmp(const void *a, const void *b)
{
    return strcmp(((const BundleFile *)a)->key, ((const BundleFile *)b)->key);
}

static bool load_commands(Bundle *b, json_t *cmds, char *why, size_t n)
{
    if (!json_is_object(cmds) || json_object_size(cmds) == 0) {
        snprintf(why, n, "multi-command bundle has no commands");
        return false;
    }
    b->commands = xcalloc(json_object_size(cmds), sizeof *b->commands);
    const char *name;
    json_t *sub;
    json_object_foreach(cmds, name, sub) {
        if (!json_is_object(sub)) {
            snprintf(why, n, "command \"%s\" has nil MainChunk", name);
            return false;
        }
        if (!check_program(sub, name, &b->commands[b->ncommands], why, n))
            return false;
        b->ncommands++;
    }
    qsort(b->commands, b->ncommands, sizeof *b->commands, command_cmp);
    return true;
}

/* Where the embedded files are: the manifest's "resources" gives their
 * number, the index's length and the files' length; the index and the
 * files are the last bytes of the data, in that order.  Only the
 * bounds are checked here: the index is parsed on first use, so that
 * thousands of files cost start-up nothing. */
static bool locate_files(Bundle *b, json_t *m, char *why, size_t n)
{
    json_t *r = json_object_get(m, "resources");
    if (!r)
        return true;
    json_t *count = json_object_get(r, "count"), *index = json_object_get(r, "index"),
           *bytes = json_object_get(r, "bytes");
    json_int_t c = json_integer_value(count), i = json_integer_value(index), k = json_integer_value(bytes);
    if (!json_is_integer(count) || !json_is_integer(index) || !json_is_integer(bytes) || c < 0 || c > UINT32_MAX ||
        i < 2 || k < 0 || (uint64_t)i > b->len - 5 || (uint64_t)k > b->len - 5 - (uint64_t)i || c > i / 8) {
        snprintf(why, n, "bad bundle manifest: its resources are not an index and files within the bundle");
        return false;
    }
    b->count = (uint32_t)c;
    b->nbytes = (uint64_t)k;
    b->index_len = (size_t)i;
    b->bytes = b->data + b->len - b->nbytes;
    b->index = b->bytes - b->index_len;
    return true;
}

/* ==== the index ====================================================== */

/* The index is JSON, [["key", offset, size], ...], read here by hand:
 * it is the one part of a bundle that grows with the number of files,
 * and a scan without a tree of values reads 5,000 rows in a fraction
 * of Jansson's time.  Any valid JSON of that shape is accepted; the
 * keys are unescaped into one buffer. */
typedef struct IndexReader {
    const unsigned char *p, *end;
    char *keys;               /* where the next unescaped key goes */
} IndexReader;

static void skip_ws(IndexReader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static bool expect(IndexReader *r, char c)
{
    skip_ws(r);
    if (r->p >= r->end || *r->p != c)
        return false;
    r->p++;
    return true;
}

static bool read_hex4(IndexReader *r, uint32_t *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++, r->p++) {
        if (r->p >= r->end)
            return false;
        int c = *r->p, d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return false;
        *v = *v << 4 | (uint32_t)d;
    }
    return true;
}

/* \uXXXX, with a surrogate pair's second half, as UTF-8 into the keys. */
static bool read_unicode_escape(IndexReader *r)
{
    uint32_t c;
    if (!read_hex4(r, &c))
        return false;
    if (c >= 0xD800 && c < 0xDC00) {
        uint32_t lo;
        if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u')
            return false;
        r->p += 2;
        if (!read_hex4(r, &lo) || lo < 0xDC00 || lo >= 0xE000)
            return false;
        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
    } else if (c >= 0xDC00 && c < 0xE000) {
        return false;
    }
    if (c == 0)
        return false;   /* no key holds a NUL */
    r->keys += utf8_encode_rune(c, r->keys);
    return true;
}

/* A JSON string, unescaped and NUL-ended at r->keys; *out is its start. */
static bool read_key(IndexReader *r, const char **out)
{
    if (!expect(r, '"'))
        return false;
    *out = r->keys;
    while (r->p < r->end && *r->p != '"') {
        unsigned char c = *r->p++;
        if (c < 0x20)
            return false;
        if (c != '\\') {
            *r->keys++ = (char)c;
            continue;
        }
        if (r->p >= r->end)
            return false;
        c = *r->p++;
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *at = c ? strchr(from, c) : NULL;
        if (at)
            *r->keys++ = to[at - from];
        else if (c != 'u' || !read_unicode_escape(r))
            return false;
    }
    if (r->p >= r->end)
        return false;
    r->p++;
    *r->keys++ = '\0';
    /* Valid UTF-8, as JSON text must be. */
    const unsigned char *k = (const unsigned char *)*out;
    size_t len = strlen(*out), size;
    for (size_t i = 0; i < len; i += size)
        if (utf8_decode(k + i, len - i, &size) == UTF8_INVALID)
            return false;
    return true;
}

/* A JSON number that is a non-negative integer: "0" or [1-9][0-9]*. */
static bool read_uint(IndexReader *r, uint64_t *v)
{
    skip_ws(r);
    if (r->p >= r->end || *r->p < '0' || *r->p > '9' || (*r->p == '0' && r->end - r->p > 1 && r->p[1] >= '0' &&
                                                          r->p[1] <= '9'))
        return false;
    *v = 0;
    while (r->p < r->end && *r->p >= '0' && *r->p <= '9') {
        if (*v > (UINT64_MAX - 9) / 10)
            return false;
        *v = *v * 10 + (uint64_t)(*r->p++ - '0');
    }
    return r->p >= r->end || (*r->p != '.' && *r->p != 'e' && *r->p != 'E');
}

/* One row, [key, offset, size], into f: a file within the bytes. */
static bool read_row(const Bundle *b, IndexReader *r, BundleFile *f)
{
    uint64_t off, size;
    if (!expect(r, '[') || !read_key(r, &f->key) || !expect(r, ',') || !read_uint(r, &off) || !expect(r, ',') ||
        !read_uint(r, &size) || !expect(r, ']') || off > b->nbytes || size > b->nbytes - off)
        return false;
    f->data = b->bytes + off;
    f->size = size;
    return true;
}

static bool read_index(Bundle *b)
{
    IndexReader r = {b->index, b->index + b->index_len, b->keys};
    if (!expect(&r, '['))
        return false;
    for (uint32_t i = 0; i < b->count; i++) {
        if ((i > 0 && !expect(&r, ',')) || !read_row(b, &r, &b->files[i]))
            return false;
        /* Sorted and without duplicates, as gobundle writes it: the
         * lookups are binary searches. */
        if (i > 0 && file_cmp(&b->files[i - 1], &b->files[i]) >= 0)
            return false;
        b->nfiles = i + 1;
    }
    if (!expect(&r, ']'))
        return false;
    skip_ws(&r);
    return r.p == r.end;
}

bool bundle_index(Bundle *b, char *why, size_t n)
{
    if (b->index_state == 0 && b->index) {
        /* Unescaped keys are never longer than the text they come from. */
        b->keys = xmalloc(b->index_len + 1);
        b->files = xcalloc((size_t)b->count + 1, sizeof *b->files);
        b->index_state = read_index(b) ? 1 : -1;
        if (b->index_state < 0)
            b->nfiles = 0;
    }
    if (b->index_state < 0)
        snprintf(why, n, "bad bundle: its index of embedded files is not %u sorted [key, offset, size] rows within the bundle",
                 b->count);
    return b->index_state >= 0;
}

bool bundle_load(const unsigned char *data, size_t len, Bundle *b, char *why, size_t n)
{
    b->data = data;
    b->len = len;
    if (len < 5) {
        snprintf(why, n, "bytecode data too short");
        return false;
    }
    if (memcmp(data, "FXYB", 4) != 0) {
        snprintf(why, n, "invalid magic number, expected FXYB");
        return false;
    }
    if (data[4] != 1 && data[4] != 2) {
        snprintf(why, n, "unsupported bytecode version: %u (this binary supports versions 1\u20132; upgrade gomini to run newer bytecode)",
                 data[4]);
        return false;
    }
    if (data[4] == 1 && len == 5) {
        snprintf(why, n, "single-command bundle has empty bytecode");
        return false;
    }
    /* Version 1 is one bytecode document; version 2 a manifest, which
     * the resources' bytes follow. */
    json_error_t err;
    json_t *doc = json_loadb((const char *)data + 5, len - 5, data[4] == 2 ? JSON_DISABLE_EOF_CHECK : 0, &err);
    if (!doc || !json_is_object(doc)) {
        if (data[4] == 1)
            snprintf(why, n, "not a go-mini-bytecode file: %s", doc ? "not an object" : err.text);
        else
            snprintf(why, n, "bad bundle manifest: %s", doc ? "not an object" : err.text);
        json_decref(doc);
        return false;
    }
    if (data[4] == 1) {
        b->manifest = json_pack("{s:o}", "main", doc);
    } else {
        b->manifest = doc;
    }
    json_t *m = b->manifest;
    json_t *up = json_object_get(m, "up");
    b->up = json_is_true(up);
    json_t *cmds = json_object_get(m, "commands");
    if (cmds) {
        if (!load_commands(b, cmds, why, n))
            return false;
    } else if (!check_program(m, NULL, &b->program, why, n)) {
        return false;
    }
    if (b->up && !cmds) {
        snprintf(why, n, "bad bundle manifest: up without commands");
        return false;
    }
    return locate_files(b, m, why, n);
}

const BundleProgram *bundle_command(const Bundle *b, const char *name)
{
    BundleProgram key = {.name = name};
    return b->ncommands ? bsearch(&key, b->commands, b->ncommands, sizeof key, command_cmp) : NULL;
}

const BundleFile *bundle_file(const Bundle *b, const char *path)
{
    char clean[4096];
    if (!b || !b->nfiles || !path_clean(path, strlen(path), clean, sizeof clean))
        return NULL;
    BundleFile key = {.key = clean};
    return bsearch(&key, b->files, b->nfiles, sizeof key, file_cmp);
}

bool bundle_is_dir(const Bundle *b, const char *path)
{
    char clean[4096];
    if (!b || !b->nfiles || !path_clean(path, strlen(path), clean, sizeof clean - 1))
        return false;
    if (strcmp(clean, ".") == 0)
        return false;   /* the current directory is the file system's */
    size_t len = strlen(clean);
    clean[len] = '/';
    clean[len + 1] = '\0';
    /* The first key not below clean + "/" in sort order. */
    size_t lo = 0, hi = b->nfiles;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(b->files[mid].key, clean) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < b->nfiles && strncmp(b->files[lo].key, clean, len + 1) == 0;
}
