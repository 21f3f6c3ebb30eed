/* pack.c - the bundle gobundle writes:
 *     [host govm][bundle data][size: 8 bytes, little-endian]["FXYS"]
 *     bundle data = "FXYB" 0x02 [manifest JSON] [index JSON] [embedded files' bytes]
 * The packages a program imports are found as govm finds them and keyed
 * by their clean import path (bytecode names a relative import from
 * main's directory), which is how govm looks them up again. */
#include "pack.h"

#include "bytecode.h"
#include "elf.h"
#include "fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A bytecode document, read and verified as govm will verify it (an
 * executable that would only refuse to start is not written), or NULL
 * after printing why. */
static json_t *read_doc(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fail_msg("cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        fail_msg("cannot read %s: is a directory", path);
        return NULL;
    }
    json_error_t err;
    json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &err);
    if (!doc && err.line > 0) {
        fail_msg("%s:%d:%d: not a go-mini-bytecode file: %s", path, err.line, err.column, err.text);
        return NULL;
    }
    if (!doc || !json_is_object(doc)) {
        fail_msg("%s: not a go-mini-bytecode file: %s", path, doc ? "not an object" : err.text);
        json_decref(doc);
        return NULL;
    }
    json_t *format = json_object_get(doc, "format");
    if (!json_is_string(format) || strcmp(json_string_value(format), "go-mini-bytecode") != 0) {
        fail_msg("%s: not a go-mini-bytecode file (its format is not go-mini-bytecode)", path);
        json_decref(doc);
        return NULL;
    }
    char why[256];
    Bytecode b;
    if (!bytecode_from_json(doc, &b, why, sizeof why)) {
        fail_msg("%s: %s", path, why);
        json_decref(doc);
        return NULL;
    }
    bytecode_free(&b);
    return doc;
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t n = slash ? (size_t)(slash - path) : 0;
    char *d = xmalloc(n + 1);
    memcpy(d, path, n);
    d[n] = '\0';
    return d;
}

/* The file of import imp of the file from, as govm finds it: a
 * relative import from main's directory, any other beside the importing
 * file, then in each libdir; NULL if none. */
static char *find_import(const char *main_path, const char *from, const char *imp, const char *const *libdirs,
                         uint32_t nlibdirs)
{
    bool relative = imp[0] == '.';
    char *dir = dir_of(relative ? main_path : from);
    const char *rel = imp;
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    for (int64_t d = -1; d < (int64_t)nlibdirs; d++) {
        const char *base = d < 0 ? dir : libdirs[d];
        if (d >= 0 && relative)
            break;
        size_t n = strlen(base) + strlen(rel) + 8;
        char *file = xmalloc(n);
        snprintf(file, n, "%s%s%s.json", base, base[0] ? "/" : "", rel);
        if (access(file, R_OK) == 0) {
            free(dir);
            return file;
        }
        free(file);
    }
    free(dir);
    return NULL;
}

/* The key of import imp: its clean path. */
static char *import_key(const char *imp)
{
    char key[4096];
    return path_import_key(imp, key, sizeof key) ? xstrdup(key) : xstrdup(imp);
}

/* One unit still to look through: its key and file. */
typedef struct Pending {
    char *key, *file;
} Pending;

/* The packages below main, found breadth first with a worklist (no
 * recursion over the import graph), into packages. */
static bool add_packages(json_t *packages, const char *main_path, json_t *main_doc, const char *const *libdirs,
                         uint32_t nlibdirs)
{
    Pending *work = xmalloc(sizeof *work);
    size_t nwork = 0, cap = 1;
    work[nwork++] = (Pending){xstrdup(""), xstrdup(main_path)};
    bool ok = true;
    while (nwork > 0) {
        Pending p = work[--nwork];
        json_t *doc = p.key[0] ? json_object_get(packages, p.key) : main_doc;
        json_t *imports = json_object_get(doc, "imports");
        size_t i;
        json_t *imp;
        json_array_foreach(imports, i, imp) {
            if (!ok || !json_is_string(imp))
                continue;
            const char *name = json_string_value(imp);
            char *key = import_key(name);
            if (json_object_get(packages, key)) {
                free(key);
                continue;
            }
            char *file = find_import(main_path, p.file, name, libdirs, nlibdirs);
            json_t *pkg = file ? read_doc(file) : NULL;
            if (!file)
                fail_msg("%s: imports %s, but there is no %s.json beside it%s", p.file, name, name,
                         nlibdirs && name[0] != '.' ? " or in a -L directory" : "");
            if (pkg && !json_is_null(json_object_get(pkg, "main"))) {
                fail_msg("%s: a main package cannot be imported", file);
                json_decref(pkg);
                pkg = NULL;
            }
            if (!pkg) {
                ok = false;
                free(key);
                free(file);
                continue;
            }
            json_object_set_new(packages, key, pkg);
            if (nwork == cap) {
                cap *= 2;
                work = xrealloc(work, cap * sizeof *work);
            }
            work[nwork++] = (Pending){key, file};
        }
        free(p.key);
        free(p.file);
    }
    for (size_t i = 0; i < nwork; i++) {
        free(work[i].key);
        free(work[i].file);
    }
    free(work);
    return ok;
}

json_t *pack_program(const char *main_path, const char *const *libdirs, uint32_t nlibdirs, uint32_t *npackages)
{
    json_t *doc = read_doc(main_path);
    if (!doc)
        return NULL;
    if (json_is_null(json_object_get(doc, "main"))) {
        fail_msg("%s: a package without func main: bundle a program that imports it", main_path);
        json_decref(doc);
        return NULL;
    }
    json_t *packages = json_object();
    if (!add_packages(packages, main_path, doc, libdirs, nlibdirs)) {
        json_decref(packages);
        json_decref(doc);
        return NULL;
    }
    *npackages = 1 + (uint32_t)json_object_size(packages);
    json_t *prog = json_pack("{s:o}", "main", doc);
    if (json_object_size(packages))
        json_object_set_new(prog, "packages", packages);
    else
        json_decref(packages);
    return prog;
}

char *pack_command_name(const char *main_path)
{
    const char *slash = strrchr(main_path, '/');
    char *name = xstrdup(slash ? slash + 1 : main_path);
    size_t n = strlen(name);
    if (n > 5 && strcmp(name + n - 5, ".json") == 0)
        name[n - 5] = '\0';
    return name;
}

/* ==== the output ====================================================== */

/* The host's bytes without a bundle it may already carry, so that
 * packing twice gives the same file. */
static size_t host_length(const Buf *host)
{
    if (host->len < 12 || memcmp(host->data + host->len - 4, "FXYS", 4) != 0)
        return host->len;
    uint64_t size = 0;
    for (int i = 7; i >= 0; i--)
        size = size << 8 | host->data[host->len - 12 + (size_t)i];
    return size <= host->len - 12 ? host->len - 12 - (size_t)size : host->len;
}

/* The embedded files: their bytes into bytes, their index (a JSON
 * array of [key, offset, size], in key order) into index, and where
 * both are into the manifest. */
static bool add_files(json_t *manifest, const EmbedList *files, Buf *index, Buf *bytes)
{
    json_t *table = json_array();
    for (size_t i = 0; i < files->n; i++) {
        size_t at = bytes->len;
        if (!file_read_all(files->files[i].path, (size_t)1 << 32, bytes)) {
            json_decref(table);
            return false;
        }
        json_array_append_new(table, json_pack("[s,I,I]", files->files[i].key, (json_int_t)at,
                                               (json_int_t)(bytes->len - at)));
    }
    char *text = json_dumps(table, JSON_COMPACT);
    json_decref(table);
    buf_puts(index, text);
    free(text);
    json_object_set_new(manifest, "resources",
                        json_pack("{s:I,s:I,s:I}", "count", (json_int_t)files->n, "index", (json_int_t)index->len,
                                  "bytes", (json_int_t)bytes->len));
    return true;
}

/* Is h a govm to pack onto?  An ELF executable with govm's version
 * string in it, not compressed by upx (whose stub would then find the
 * old bundle among the segments it unpacks, and run that). */
static bool is_govm_host(const char *path, const Buf *h)
{
    static const char marker[] = "govm (gomini) ";
    if (h->len < 64 || memcmp(h->data, "\177ELF", 4) != 0) {
        fail_msg("%s: not an executable to pack onto (govm's, or one of its builds)", path);
        return false;
    }
    if (memmem(h->data, h->len < 4096 ? h->len : 4096, "UPX!", 4)) {
        fail_msg("%s: compressed with upx; pack onto the uncompressed file (upx -d), then compress the output", path);
        return false;
    }
    if (!memmem(h->data, h->len, marker, sizeof marker - 1)) {
        fail_msg("%s: not a govm (it has no govm version string)", path);
        return false;
    }
    return true;
}

bool pack_write(const char *out, const char *host, json_t *manifest, const EmbedList *files, size_t *size)
{
    Buf file, index, bytes;
    buf_init(&file);
    buf_init(&index);
    buf_init(&bytes);
    bool ok = true;
    if (host) {
        Buf h;
        buf_init(&h);
        ok = file_read_all(host, (size_t)1 << 30, &h) && is_govm_host(host, &h);
        if (ok)
            buf_append(&file, h.data, host_length(&h));
        buf_free(&h);
    }
    if (ok && files->n)
        ok = add_files(manifest, files, &index, &bytes);
    if (ok) {
        char *text = json_dumps(manifest, JSON_COMPACT);
        size_t data_len = 5 + strlen(text) + index.len + bytes.len;
        if (host)
            elf_map_bundle(&file, data_len + 12);
        size_t start = file.len;
        buf_append(&file, "FXYB\002", 5);
        buf_puts(&file, text);
        free(text);
        buf_append(&file, index.data, index.len);
        buf_append(&file, bytes.data, bytes.len);
        if (host) {
            unsigned char foot[12];
            uint64_t n = file.len - start;
            for (int i = 0; i < 8; i++)
                foot[i] = (unsigned char)(n >> (8 * i));
            memcpy(foot + 8, "FXYS", 4);
            buf_append(&file, foot, 12);
        }
        ok = file_write_atomic(out, file.data, file.len);
        /* Executable as the umask allows, as a linker's output is. */
        mode_t mask = umask(0);
        umask(mask);
        if (ok && host && chmod(out, 0777 & ~mask) != 0) {
            fail_msg("%s: %s", out, strerror(errno));
            ok = false;
        }
        *size = file.len;
    }
    json_decref(manifest);
    buf_free(&index);
    buf_free(&bytes);
    buf_free(&file);
    return ok;
}
