/* bundle.h - a bundle appended to govm's own file, or a bundle file
 * (SPEC.md §5; the layout is docs/formats.md's). */
#ifndef GOMINI_BUNDLE_H
#define GOMINI_BUNDLE_H

#include "common.h"

#include <jansson.h>

/* One embedded file: its key (a clean relative path, "static/a.css")
 * and its bytes, in place in the mapped bundle. */
typedef struct BundleFile {
    const char *key;          /* the manifest's string */
    const unsigned char *data;
    uint64_t size;
} BundleFile;

/* A program in a bundle: the bundle's own, or one command's. */
typedef struct BundleProgram {
    const char *name;         /* the command's name; NULL for a single-command bundle */
    json_t *main;             /* its main package's bytecode document */
    json_t *packages;         /* package key -> bytecode document; NULL if none */
} BundleProgram;

/* Bundle data, mapped read-only: its manifest parsed, its embedded
 * files' index parsed on first use (bundle_index), their bytes never
 * copied until a script reads one. */
typedef struct Bundle {
    void *map;                /* the mmap of the whole file, or NULL (a segment of this program) */
    size_t maplen;
    const unsigned char *data;   /* the bundle data */
    size_t len;
    json_t *manifest;         /* owns the json_t of the programs */
    BundleProgram program;    /* a single-command bundle's */
    BundleProgram *commands;  /* a multi-command bundle's, sorted by name */
    uint32_t ncommands;
    bool up;                  /* --up: plain govm unless the first argument is a command */
    /* The embedded files: an index (a JSON array of [key, offset,
     * size], sorted by key) and then the files' bytes, the last bytes
     * of the data. */
    const unsigned char *index, *bytes;
    size_t index_len;
    uint64_t nbytes;
    uint32_t count;           /* as the manifest says */
    int index_state;          /* 0: not parsed yet; 1: parsed into files; -1: malformed */
    char *keys;               /* the index's keys, unescaped, each NUL-ended */
    BundleFile *files;        /* sorted by key */
    uint32_t nfiles;
} Bundle;

/* Looks at the end of the file exe for a bundle's footer: 0 if there
 * is none, 1 with b loaded, -1 with why (a bad size, or bundle data
 * that does not load). */
int bundle_find(const char *exe, Bundle *b, char *why, size_t n);

/* Does the file at path start as bundle data ("FXYB")?  A quiet look
 * at regular files only. */
bool bundle_file_is_bundle(const char *path);

/* Loads the bundle file at path (gobundle -c's app.gmb); false with why. */
bool bundle_open(const char *path, Bundle *b, char *why, size_t n);

/* Parses and validates bundle data that stays at data while b lives;
 * false with SPEC's message in why. */
bool bundle_load(const unsigned char *data, size_t len, Bundle *b, char *why, size_t n);

void bundle_free(Bundle *b);

/* The command called name, or NULL. */
const BundleProgram *bundle_command(const Bundle *b, const char *name);

/* Parses the index of embedded files, once; false with why if it is
 * malformed.  Until it is called, b has no files. */
bool bundle_index(Bundle *b, char *why, size_t n) WARN_UNUSED;

/* The embedded file at path (cleaned: "./a" is "a"), or NULL; after
 * bundle_index. */
const BundleFile *bundle_file(const Bundle *b, const char *path);

/* Is path an embedded directory: a prefix "path/" of some key? */
bool bundle_is_dir(const Bundle *b, const char *path);

#endif
