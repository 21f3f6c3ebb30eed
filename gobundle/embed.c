/* embed.c - expanding --embed: directories are walked with an explicit
 * stack (no recursion over the file system); a symlink to a directory
 * is followed unless it leads back to one of its own ancestors (a loop).
 * Files get keys made of the argument's own prefix and their path below
 * it.  Only regular files are embedded, as Go's embed does, and a key
 * must be UTF-8, since the index that holds it is JSON. */
#include "embed.h"

#include "fileio.h"
#include "utf8.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool is_utf8(const char *s)
{
    size_t n = strlen(s), size;
    for (size_t i = 0; i < n; i += size)
        if (utf8_decode((const unsigned char *)s + i, n - i, &size) == UTF8_INVALID)
            return false;
    return true;
}

/* One file under key; false after printing why it cannot be embedded. */
static bool add_file(EmbedList *l, const char *key, const char *path)
{
    char clean[PATH_MAX];
    struct stat st;
    if (stat(path, &st) != 0) {
        fail_msg("--embed %s: %s", path, strerror(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        fail_msg("--embed %s: cannot embed irregular file", path);
        return false;
    }
    if (!is_utf8(key)) {
        fail_msg("--embed %s: a file name that is not UTF-8 cannot be a key", path);
        return false;
    }
    if (!path_clean(key, strlen(key), clean, sizeof clean)) {
        fail_msg("--embed %s: its key is longer than %d bytes", path, PATH_MAX - 1);
        return false;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->files = xrealloc(l->files, l->cap * sizeof *l->files);
    }
    l->files[l->n].key = xstrdup(clean);
    l->files[l->n++].path = xstrdup(path);
    return true;
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = xmalloc(n);
    snprintf(s, n, "%s%s%s", a, a[0] && a[strlen(a) - 1] != '/' ? "/" : "", b);
    return s;
}

/* Does the directory sub lead back to dir or one of its ancestors (a
 * symlink loop)?  Compared by their real paths. */
static bool is_loop(const char *dir, const char *sub)
{
    char rd[PATH_MAX], rs[PATH_MAX];
    if (!realpath(dir, rd) || !realpath(sub, rs))
        return false;
    size_t n = strlen(rs);
    return strncmp(rd, rs, n) == 0 && (rd[n] == '/' || rd[n] == '\0' || n == 1);
}

/* Every file below dir, its key prefix plus its path below dir; only
 * names matching pattern (if any).  *n counts the files added. */
static bool add_tree(EmbedList *l, const char *dir, const char *prefix, const char *pattern, size_t *n)
{
    /* The stack holds pairs: a directory's path and its key prefix. */
    char **stack = xmalloc(2 * sizeof *stack);
    size_t top = 0, cap = 2, before = l->n;
    stack[top++] = xstrdup(dir);
    stack[top++] = xstrdup(prefix);
    bool ok = true;
    while (top > 0) {
        char *key = stack[--top], *path = stack[--top];
        DIR *d = ok ? opendir(path) : NULL;
        if (ok && !d) {
            fail_msg("--embed %s: %s", path, strerror(errno));
            ok = false;
        }
        struct dirent *de;
        while (d && ok && (de = readdir(d))) {
            if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                continue;
            char *sub = join(path, de->d_name), *subkey = join(key, de->d_name);
            struct stat sst;
            if (stat(sub, &sst) == 0 && S_ISDIR(sst.st_mode)) {
                if (is_loop(path, sub)) {
                    fprintf(stderr, "%s: warning: --embed %s: a link back to %s, not followed\n", gomini_progname,
                            sub, path);
                    free(sub);
                    free(subkey);
                    continue;
                }
                if (top + 2 > cap) {
                    cap *= 2;
                    stack = xrealloc(stack, cap * sizeof *stack);
                }
                stack[top++] = sub;
                stack[top++] = subkey;
                continue;
            }
            if (!pattern || fnmatch(pattern, de->d_name, 0) == 0)
                ok = add_file(l, subkey, sub);
            free(sub);
            free(subkey);
        }
        if (d)
            closedir(d);
        free(path);
        free(key);
    }
    for (size_t i = 0; i < top; i++)
        free(stack[i]);
    free(stack);
    *n = l->n - before;
    return ok;
}

static void warn_empty(const char *item)
{
    fprintf(stderr, "%s: warning: --embed %s matches no file\n", gomini_progname, item);
}

/* A file or a directory, keyed by its own path. */
static bool add_path(EmbedList *l, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fail_msg("--embed %s: %s", path, strerror(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode))
        return add_file(l, path, path);
    size_t n;
    bool ok = add_tree(l, path, path, NULL, &n);
    if (ok && n == 0)
        warn_empty(path);
    return ok;
}

/* DIR@ALIAS@[PATTERN]: at1 and at2 are its two @s. */
static bool add_alias(EmbedList *l, const char *item, const char *at1, const char *at2)
{
    char *dir = xmalloc((size_t)(at1 - item) + 2), *alias = xmalloc((size_t)(at2 - at1));
    memcpy(dir, item, (size_t)(at1 - item));
    dir[at1 - item] = '\0';
    memcpy(alias, at1 + 1, (size_t)(at2 - at1 - 1));
    alias[at2 - at1 - 1] = '\0';
    const char *pattern = at2[1] ? at2 + 1 : NULL;
    struct stat st;
    bool ok = false;
    size_t n = 0;
    if (!dir[0])
        strcpy(dir, ".");
    if (stat(dir, &st) != 0)
        fail_msg("--embed %s: %s: %s", item, dir, strerror(errno));
    else if (!S_ISDIR(st.st_mode))
        fail_msg("--embed %s: an alias needs a directory, and %s is a file", item, dir);
    else if (!alias[0])
        fail_msg("--embed %s: the alias is empty (DIR@.@ strips the prefix)", item);
    else
        ok = add_tree(l, dir, strcmp(alias, ".") == 0 ? "" : alias, pattern, &n);
    if (ok && n == 0)
        warn_empty(item);
    free(dir);
    free(alias);
    return ok;
}

static bool add_glob(EmbedList *l, const char *item)
{
    glob_t g;
    int r = glob(item, 0, NULL, &g);
    if (r == GLOB_NOMATCH) {
        warn_empty(item);
        return true;
    }
    bool ok = r == 0;
    if (!ok)
        fail_msg("--embed %s: cannot read the directories it names", item);
    for (size_t i = 0; ok && i < g.gl_pathc; i++)
        ok = add_path(l, g.gl_pathv[i]);
    globfree(&g);
    return ok;
}

bool embed_add(EmbedList *l, const char *arg)
{
    if (!arg[0] || strspn(arg, ",") == strlen(arg)) {
        fail_msg("--embed: nothing named (an empty argument)");
        return false;
    }
    char *copy = xstrdup(arg), *save = NULL;
    bool ok = true;
    for (char *item = strtok_r(copy, ",", &save); ok && item; item = strtok_r(NULL, ",", &save)) {
        /* An alias needs two @s: "img/logo@2x.png" is a file's name. */
        const char *at1 = strchr(item, '@'), *at2 = at1 ? strchr(at1 + 1, '@') : NULL;
        if (at2)
            ok = add_alias(l, item, at1, at2);
        else if (strpbrk(item, "*?["))
            ok = add_glob(l, item);
        else
            ok = add_path(l, item);
    }
    free(copy);
    return ok;
}

static int file_cmp(const void *a, const void *b)
{
    return strcmp(((const EmbedFile *)a)->key, ((const EmbedFile *)b)->key);
}

bool embed_finish(EmbedList *l, const char *output)
{
    /* The output itself, from an earlier build (--embed .), is not one
     * of the files: each build would carry the one before. */
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (output && file_is_same(l->files[i].path, output)) {
            free(l->files[i].key);
            free(l->files[i].path);
            continue;
        }
        l->files[kept++] = l->files[i];
    }
    l->n = kept;
    if (l->n > 1)
        qsort(l->files, l->n, sizeof *l->files, file_cmp);
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (w > 0 && strcmp(l->files[w - 1].key, l->files[i].key) == 0) {
            if (!file_is_same(l->files[w - 1].path, l->files[i].path)) {
                fail_msg("--embed: two files for the key %s: %s and %s", l->files[i].key, l->files[w - 1].path,
                         l->files[i].path);
                for (size_t k = i; k < l->n; k++) {
                    free(l->files[k].key);
                    free(l->files[k].path);
                }
                l->n = w;
                return false;
            }
            free(l->files[i].key);   /* the same file named twice */
            free(l->files[i].path);
            continue;
        }
        l->files[w++] = l->files[i];
    }
    l->n = w;
    return true;
}

void embed_free(EmbedList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->files[i].key);
        free(l->files[i].path);
    }
    free(l->files);
    l->files = NULL;
    l->n = l->cap = 0;
}
