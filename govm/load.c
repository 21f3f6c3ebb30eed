/* load.c - a program's files, loaded depth first from its main file and
 * linked into one Bytecode (bytecode_link).  The files come from the
 * file system (govm FILE.json: a relative import is PATH.json from the
 * main file's directory, any other beside the importing file, then in
 * each -L directory) or from a bundle's manifest (an import is the
 * package whose key is its clean path; gobundle keys them the same way). */
#include "load.h"

#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Loader {
    char **names;             /* each loaded file's path, or its package key in a bundle */
    Bytecode *files;
    bool *done;               /* its imports are loaded */
    uint32_t n, cap;
    uint32_t *order;          /* postorder: a package after what it imports */
    uint32_t norder;
    const char *const *libdirs;
    uint32_t nlibdirs;
    const BundleProgram *bundle;   /* NULL: the file system */
    char *why;
    size_t whylen;
} Loader;

static bool lfail(Loader *l, const char *fmt, ...) PRINTF_LIKE(2, 3);
static bool lfail(Loader *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->why, l->whylen, fmt, ap);
    va_end(ap);
    return false;
}

static bool load_unit(Loader *l, const char *name, uint32_t *index, uint32_t depth);

/* A unit's name in messages: a file's as the user typed it; in a
 * bundle, its package key, or "main" for the main package (key ""). */
static const char *unit_display(const Loader *l, const char *name)
{
    return l->bundle ? (name[0] ? name : "main") : file_display_name(name);
}

/* ==== where an import is ============================================= */

static char *join_path(const char *dir, size_t dirlen, const char *rel)
{
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    size_t n = dirlen + strlen(rel) + 8;
    char *s = xmalloc(n);
    snprintf(s, n, "%.*s%s%s.json", (int)dirlen, dir, dirlen ? "/" : "", rel);
    return s;
}

/* The file of import imp of the file from.  Bytecode names its
 * relative imports from the main package's directory (whichever package
 * makes them), so "./shared" is MAINDIR/shared.json; any other import is
 * looked for beside the importing file, then in each -L directory.  The
 * name is cleaned, so that one package reached by two routes loads once. */
static char *find_file(Loader *l, const char *from, const char *imp)
{
    bool relative = imp[0] == '.';
    const char *base = relative ? l->names[0] : from;
    const char *slash = strrchr(base, '/');
    size_t dirlen = slash ? (size_t)(slash - base) : 0;
    char *file = join_path(base, dirlen, imp);
    for (uint32_t d = 0; d < l->nlibdirs && access(file, R_OK) != 0 && !relative; d++) {
        free(file);
        file = join_path(l->libdirs[d], strlen(l->libdirs[d]), imp);
    }
    if (access(file, R_OK) != 0) {
        lfail(l, "%s: imports %s, but there is no %s", unit_display(l, from), imp, file);
        free(file);
        return NULL;
    }
    char clean[4096];
    if (path_clean(file, strlen(file), clean, sizeof clean)) {
        free(file);
        file = xstrdup(clean);
    }
    return file;
}

/* The key of import imp of the bundled package from ("" for main). */
static char *find_key(Loader *l, const char *from, const char *imp)
{
    char key[4096];
    if (!path_import_key(imp, key, sizeof key))
        snprintf(key, sizeof key, "%s", imp);
    if (!json_object_get(l->bundle->packages, key)) {
        lfail(l, "%s: imports %s, but the bundle has no package %s", unit_display(l, from), imp, key);
        return NULL;
    }
    return xstrdup(key);
}

/* ==== reading one file ================================================ */

/* All of path, quietly (the message goes to why). */
static bool read_whole(Loader *l, const char *path, Buf *b)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return lfail(l, "cannot open %s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return lfail(l, "cannot read %s: is a directory", path);
    }
    char tmp[65536];
    for (;;) {
        ssize_t r = read(fd, tmp, sizeof tmp);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            return lfail(l, "cannot read %s: %s", path, strerror(e));
        }
        if (r == 0)
            break;
        if (b->len + (size_t)r > GOMINI_MAX_STAGE_BYTES) {
            close(fd);
            return lfail(l, "%s: larger than %u bytes", file_display_name(path), GOMINI_MAX_STAGE_BYTES);
        }
        buf_append(b, tmp, (size_t)r);
    }
    close(fd);
    return true;
}

/* The unit called name, parsed and verified into *b. */
static bool read_unit(Loader *l, const char *name, Bytecode *b)
{
    char why[256];
    json_t *doc;
    const char *display = unit_display(l, name);
    if (l->bundle) {
        doc = name[0] ? json_object_get(l->bundle->packages, name) : l->bundle->main;
        json_incref(doc);
    } else {
        Buf in;
        buf_init(&in);
        if (!read_whole(l, name, &in)) {
            buf_free(&in);
            return false;
        }
        if (in.len == 0) {
            buf_free(&in);
            return lfail(l, "%s: not a %s file: it is empty", display, BYTECODE_FORMAT_NAME);
        }
        json_error_t err;
        /* Jansson refuses NUL bytes and invalid UTF-8 in strings itself. */
        doc = json_loadb((const char *)in.data, in.len, JSON_REJECT_DUPLICATES, &err);
        buf_free(&in);
        if (!doc)
            return lfail(l, "%s: not a %s file: %s at line %d", display, BYTECODE_FORMAT_NAME, err.text, err.line);
    }
    bool ok = bytecode_from_json(doc, b, why, sizeof why);
    json_decref(doc);
    return ok || lfail(l, "%s: %s", display, why);
}

/* ==== the program ===================================================== */

static bool load_imports(Loader *l, uint32_t k, uint32_t depth)
{
    for (uint32_t i = 0; i < l->files[k].nimports; i++) {
        const char *from = l->names[k], *imp = l->files[k].imports[i];
        char *name = l->bundle ? find_key(l, from, imp) : find_file(l, from, imp);
        if (!name)
            return false;
        uint32_t sub;
        bool ok = load_unit(l, name, &sub, depth + 1);
        free(name);
        if (!ok)
            return false;
        /* A cycle: a file whose imports are still being loaded. */
        if (!l->done[sub])
            return lfail(l, "%s: import cycle through %s", unit_display(l, l->names[k]), imp);
    }
    return true;
}

static bool load_unit(Loader *l, const char *name, uint32_t *index, uint32_t depth)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (strcmp(l->names[i], name) == 0) {
            *index = i;
            return true;
        }
    if (depth > 100)
        return lfail(l, "%s: imports nest more than 100 deep", unit_display(l, name));
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->names = xrealloc(l->names, l->cap * sizeof *l->names);
        l->files = xrealloc(l->files, l->cap * sizeof *l->files);
        l->done = xrealloc(l->done, l->cap * sizeof *l->done);
        l->order = xrealloc(l->order, l->cap * sizeof *l->order);
    }
    uint32_t k = l->n;
    if (!read_unit(l, name, &l->files[k]))
        return false;
    l->names[k] = xstrdup(name);
    l->done[k] = false;
    l->n++;
    *index = k;
    if (depth > 0 && !l->files[k].library)
        return lfail(l, "%s: a main package cannot be imported", unit_display(l, name));
    if (!load_imports(l, k, depth))
        return false;
    l->done[k] = true;
    l->order[l->norder++] = k;
    return true;
}

static void loader_free(Loader *l)
{
    for (uint32_t i = 0; i < l->n; i++) {
        free(l->names[i]);
        bytecode_free(&l->files[i]);
    }
    free(l->names);
    free(l->files);
    free(l->done);
    free(l->order);
}

/* The main unit and what it imports, linked: main first, then the
 * imports in reverse postorder (the linker initialises from the last
 * to the first). */
static bool load_root(Loader *l, const char *root, const char *display, Bytecode *out)
{
    uint32_t index;
    bool ok = load_unit(l, root, &index, 0);
    if (ok && l->files[0].library)
        ok = lfail(l, "%s: a package without func main: import it from a program", display);
    if (ok && l->n == 1) {
        *out = l->files[0];
        bytecode_init(&l->files[0]);   /* taken */
    } else if (ok) {
        Bytecode *files = xmalloc(l->n * sizeof *files);
        uint32_t k = 0;
        files[k++] = l->files[0];
        for (uint32_t i = l->norder; i-- > 0;)
            if (l->order[i] != 0)
                files[k++] = l->files[l->order[i]];
        char why[256];
        Bytecode linked;
        if (!bytecode_link(files, k, &linked, why, sizeof why) || !bytecode_verify(&linked, why, sizeof why)) {
            ok = lfail(l, "%s: %s", display, why);
            if (linked.nfuncs)
                bytecode_free(&linked);
        } else {
            *out = linked;
        }
        free(files);
        for (uint32_t i = 0; i < l->n; i++)
            bytecode_init(&l->files[i]);   /* the linker took them */
    }
    loader_free(l);
    return ok;
}

bool load_program(const char *path, const char *const *libdirs, uint32_t nlibdirs, Bytecode *out, char *why, size_t n)
{
    Loader l = {.libdirs = libdirs, .nlibdirs = nlibdirs, .why = why, .whylen = n};
    return load_root(&l, path, file_display_name(path), out);
}

bool load_bundled(const BundleProgram *p, const char *display, Bytecode *out, char *why, size_t n)
{
    Loader l = {.bundle = p, .why = why, .whylen = n};
    if (!load_root(&l, "", display, out)) {
        /* The messages name the bundle, not the unit "" of main. */
        char inner[512];
        snprintf(inner, sizeof inner, "%s", why);
        if (strncmp(inner, "main: ", 6) == 0)
            snprintf(why, n, "%s: %s", display, inner + 6);
        else if (strncmp(inner, display, strlen(display)) != 0)
            snprintf(why, n, "%s: %s", display, inner);
        return false;
    }
    return true;
}
