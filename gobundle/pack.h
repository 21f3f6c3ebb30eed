/* pack.h - gobundle's programs, manifest and output (docs/formats.md). */
#ifndef GOBUNDLE_PACK_H
#define GOBUNDLE_PACK_H

#include "embed.h"

#include <jansson.h>

/* A program for the manifest: {"main": its bytecode, "packages": {key:
 * bytecode}}, the packages found from main's imports as govm finds
 * them (beside the importing file, then in libdirs); NULL after
 * printing the problem.  *npackages counts main and its packages. */
json_t *pack_program(const char *main_path, const char *const *libdirs, uint32_t nlibdirs, uint32_t *npackages);

/* The command name of a main file: its base name without .json. */
char *pack_command_name(const char *main_path);

/* Writes out: the host's bytes (with any bundle it carries cut off),
 * then "FXYB" 2, the manifest (taken), the embedded files' index and
 * bytes, and the footer; with host NULL, the bundle data
 * alone.  *size is the bytes written.  False after printing why. */
bool pack_write(const char *out, const char *host, json_t *manifest, const EmbedList *files, size_t *size) WARN_UNUSED;

#endif
