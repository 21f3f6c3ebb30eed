/* embed.c - expanding --embed: directories are walked with an explicit
 * stack (no recursion over the file system), each directory once by
 * device and inode, so a symlink loop ends; files get keys made of the
 * argument's own prefix and their path below it. */
#include "embed.h"

#include "fileio.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void add_file(EmbedList *l, const char *key, const char *path)
{
    char clean[4096];
    if (!path_clean(key, strlen(key), clean, sizeof clean))
        return;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->files = xrealloc(l->files, l->cap * sizeof *l->files);
    }
    l->files[l->n].key = xstrdup(clean);
    l->files[l->n++].path = xstrdup(path);
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = xmalloc(n);
    snprintf(s, n, "%s%s%s", a, a[0] && a[strlen(a) - 1] != '/' ? "/" : "", b);
    return s;
}

typedef struct DirId {
    dev_t dev;
    ino_t ino;
} DirId;

/* Every file below dir, its key prefix plus its path below dir; only
 * names matching pattern (if any). */
static bool add_tree(EmbedList *l, const char *dir, const char *prefix, const char *pattern)
{
    /* The stack holds pairs: a directory's path and its key prefix. */
    char **stack = xmalloc(2 * sizeof *stack);
    size_t top = 0, cap = 2, nseen = 0;
    DirId *seen = NULL;
    stack[top++] = xstrdup(dir);
    stack[top++] = xstrdup(prefix);
    bool ok = true;
    while (top > 0) {
        char *key = stack[--top], *path = stack[--top];
        struct stat st;
        DIR *d = stat(path, &st) == 0 ? opendir(path) : NULL;
        bool again = false;
        for (size_t i = 0; d && i < nseen; i++)
            again |= seen[i].dev == st.st_dev && seen[i].ino == st.st_ino;
        if (!d) {
            fail_msg("--embed %s: %s", path, strerror(errno));
            ok = false;
        } else if (!again) {
            seen = xrealloc(seen, (nseen + 1) * sizeof *seen);
            seen[nseen++] = (DirId){st.st_dev, st.st_ino};
            struct dirent *de;
            while ((de = readdir(d))) {
                if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                    continue;
                char *sub = join(path, de->d_name), *subkey = join(key, de->d_name);
                struct stat sst;
                if (stat(sub, &sst) == 0 && S_ISDIR(sst.st_mode)) {
                    if (top + 2 > cap) {
                        cap *= 2;
                        stack = xrealloc(stack, cap * sizeof *stack);
                    }
                    stack[top++] = sub;
                    stack[top++] = subkey;
                    continue;
                }
                if (!pattern || fnmatch(pattern, de->d_name, 0) == 0)
                    add_file(l, subkey, sub);
                free(sub);
                free(subkey);
            }
        }
        if (d)
            closedir(d);
        free(path);
        free(key);
    }
    for (size_t i = 0; i < top; i++)
        free(stack[i]);
    free(stack);
    free(seen);
    return ok;
}

/* A file or a directory, keyed by its own path. */
static bool add_path(EmbedList *l, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fail_msg("--embed %s: %s", path, strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode))
        return add_tree(l, path, path, NULL);
    add_file(l, path, path);
    return true;
}

/* DIR@ALIAS@[PATTERN]. */
static bool add_alias(EmbedList *l, const char *item)
{
    const char *at1 = strchr(item, '@'), *at2 = at1 ? strchr(at1 + 1, '@') : NULL;
    if (!at2) {
        fail_msg("--embed %s: an alias is DIR@ALIAS@ (or DIR@ALIAS@PATTERN)", item);
        return false;
    }
    char *dir = xmalloc((size_t)(at1 - item) + 2), *alias = xmalloc((size_t)(at2 - at1));
    memcpy(dir, item, (size_t)(at1 - item));
    dir[at1 - item] = '\0';
    memcpy(alias, at1 + 1, (size_t)(at2 - at1 - 1));
    alias[at2 - at1 - 1] = '\0';
    const char *pattern = at2[1] ? at2 + 1 : NULL;
    struct stat st;
    bool ok = false;
    if (!dir[0])
        strcpy(dir, ".");
    if (stat(dir, &st) != 0)
        fail_msg("--embed %s: %s: %s", item, dir, strerror(errno));
    else if (!S_ISDIR(st.st_mode))
        fail_msg("--embed %s: an alias needs a directory, and %s is a file", item, dir);
    else
        ok = add_tree(l, dir, strcmp(alias, ".") == 0 ? "" : alias, pattern);
    free(dir);
    free(alias);
    return ok;
}

static bool add_glob(EmbedList *l, const char *item)
{
    glob_t g;
    int r = glob(item, 0, NULL, &g);
    if (r == GLOB_NOMATCH) {
        fprintf(stderr, "%s: warning: --embed %s matches no file\n", gomini_progname, item);
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
    char *copy = xstrdup(arg), *save = NULL;
    bool ok = true;
    for (char *item = strtok_r(copy, ",", &save); ok && item; item = strtok_r(NULL, ",", &save)) {
        if (strchr(item, '@'))
            ok = add_alias(l, item);
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

bool embed_finish(EmbedList *l)
{
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
