/* elf.h - making an appended bundle part of the host's loaded image. */
#ifndef GOBUNDLE_ELF_H
#define GOBUNDLE_ELF_H

#include "buf.h"

/* host is a govm executable without a bundle, about to get one of
 * bundle_len bytes (the bundle data and its footer) appended.  If it is
 * a 64-bit little-endian ELF file with a PT_NOTE to spare (or the
 * segment an earlier packing made), pads host to a page and turns that
 * program header into a read-only PT_LOAD of the bytes to be appended,
 * so that the loader maps them: govm then finds its bundle in memory,
 * which still works after upx has compressed the file.  Otherwise
 * leaves host as it is (govm reads the bundle from its file instead). */
void elf_map_bundle(Buf *host, size_t bundle_len);

#endif
