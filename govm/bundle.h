/* bundle.h - a bundle appended to govm's own file, or a bundle file
 * (SPEC.md §5, docs/bundle-design.md). */
#ifndef GOMINI_BUNDLE_H
#define GOMINI_BUNDLE_H

#include "buf.h"
#include "common.h"

/* Looks at the end of the file exe for a bundle's footer: 0 if there
 * is none, 1 with the bundle data in out, -1 with why (a bad size). */
int bundle_find(const char *exe, Buf *out, char *why, size_t n);

/* Does data start as bundle data ("FXYB")? */
bool bundle_is_data(const void *data, size_t len);

/* The main program's bytecode document of bundle data, into main_json
 * (initialised here); false with SPEC's message in why. */
bool bundle_main(const void *data, size_t len, Buf *main_json, char *why, size_t n);

#endif
