/* elf.c - the bundle as a segment of its own.  An executable packed by
 * upx is unpacked into memory by upx's stub, segment by segment, while
 * the file on disk stays compressed: a bundle that govm looked for only
 * at the end of its file would be lost.  So the appended bytes are also
 * described by a PT_LOAD program header, made from one of the PT_NOTE
 * headers, which the loader does not need (the build-id note and the ABI
 * tag; the GNU property note has a PT_GNU_PROPERTY header of its own).
 * The new segment has the highest address, after every other segment,
 * and its file offset and address agree modulo the page size, as the
 * loader requires: modulo 64 KiB, the largest page size of the kernels
 * a --host may be built for (arm64's can be 64 KiB), and so modulo 4 KiB. */
#include "elf.h"

#include <elf.h>
#include <string.h>

#define BUNDLE_PAGE 0x10000u

static bool is_elf64_le(const Buf *h)
{
    return h->len >= sizeof(Elf64_Ehdr) && memcmp(h->data, ELFMAG, SELFMAG) == 0 && h->data[EI_CLASS] == ELFCLASS64 &&
           h->data[EI_DATA] == ELFDATA2LSB;
}

/* The program header slot to use: the PT_LOAD an earlier packing made
 * (its offset is at or past the host's end), else the last PT_NOTE;
 * -1 if there is none.  *end is where the other segments end in memory. */
static int pick_slot(const Elf64_Phdr *ph, int n, size_t host_len, uint64_t *end)
{
    int note = -1, ours = -1;
    *end = 0;
    for (int i = 0; i < n; i++) {
        if (ph[i].p_type == PT_LOAD && ph[i].p_offset >= host_len)
            ours = i;
        else if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > *end)
            *end = ph[i].p_vaddr + ph[i].p_memsz;
        else if (ph[i].p_type == PT_NOTE)
            note = i;
    }
    return ours >= 0 ? ours : note;
}

void elf_map_bundle(Buf *host, size_t bundle_len)
{
    if (!is_elf64_le(host))
        return;
    Elf64_Ehdr eh;
    memcpy(&eh, host->data, sizeof eh);
    if (eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phoff > host->len ||
        (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr) > host->len - eh.e_phoff)
        return;
    Elf64_Phdr ph[64];
    int n = eh.e_phnum < 64 ? eh.e_phnum : 64;
    memcpy(ph, host->data + eh.e_phoff, (size_t)n * sizeof *ph);
    /* The host as packing found it: up to the page where the bundle goes. */
    size_t pad = (BUNDLE_PAGE - host->len % BUNDLE_PAGE) % BUNDLE_PAGE;
    uint64_t end;
    int slot = pick_slot(ph, n, host->len, &end);
    if (slot < 0)
        return;
    static const unsigned char zeros[BUNDLE_PAGE];
    buf_append(host, zeros, pad);
    Elf64_Phdr seg = {
        .p_type = PT_LOAD,
        .p_flags = PF_R,
        .p_offset = host->len,
        .p_vaddr = (end + BUNDLE_PAGE - 1) / BUNDLE_PAGE * BUNDLE_PAGE,
        .p_filesz = bundle_len,
        .p_memsz = bundle_len,
        .p_align = BUNDLE_PAGE,
    };
    seg.p_paddr = seg.p_vaddr;
    memcpy(host->data + eh.e_phoff + (size_t)slot * sizeof seg, &seg, sizeof seg);
}
