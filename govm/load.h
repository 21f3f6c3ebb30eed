/* load.h - a program's bytecode, whole: the main file linked with the
 * packages it imports, from the file system or from a bundle. */
#ifndef GOMINI_LOAD_H
#define GOMINI_LOAD_H

#include "bundle.h"
#include "bytecode.h"

/* The program whose main file is path, with each import found beside
 * the importing file (PATH.json), then in each of libdirs.  False with
 * why ("path: reason", the way govm prints it). */
bool load_program(const char *path, const char *const *libdirs, uint32_t nlibdirs, Bytecode *out, char *why,
                  size_t n) WARN_UNUSED;

/* A bundled program: its main document and the packages of its
 * manifest, each import found by its clean path from the importing
 * package's (docs/formats.md).  display names it in messages. */
bool load_bundled(const BundleProgram *p, const char *display, Bytecode *out, char *why, size_t n) WARN_UNUSED;

#endif
