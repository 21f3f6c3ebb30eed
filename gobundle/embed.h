/* embed.h - gobundle's --embed arguments, expanded into the files a
 * bundle carries, each with its key (SPEC.md §5). */
#ifndef GOBUNDLE_EMBED_H
#define GOBUNDLE_EMBED_H

#include "common.h"

typedef struct EmbedFile {
    char *key;      /* a clean path: "static/index.html" */
    char *path;     /* where its bytes are read from */
} EmbedFile;

typedef struct EmbedList {
    EmbedFile *files;
    size_t n, cap;
} EmbedList;

/* Adds the files one --embed argument names: comma-separated items,
 * each a file, a directory (recursively), a glob (* ? [...]), or
 * DIR@ALIAS@[PATTERN] (the keys' DIR prefix replaced by ALIAS, "."
 * for none, keeping names that match PATTERN; a name with one @ is a
 * plain path).  Only regular files, with UTF-8 names.  Prints the
 * problem and returns false on an error; an item that matches no file
 * is a warning. */
bool embed_add(EmbedList *l, const char *arg) WARN_UNUSED;

/* Drops output (the file being written) from the list, sorts it by key
 * and refuses two different files under one key. */
bool embed_finish(EmbedList *l, const char *output) WARN_UNUSED;

void embed_free(EmbedList *l);

#endif
