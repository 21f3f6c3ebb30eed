/* arena.c - chunked bump allocator (see arena.h). */
#include "arena.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_CHUNK (1024u * 1024)
#define ARENA_MAX_CHUNK (32u << 20)
#define ARENA_ALIGN 16

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;          /* bytes mapped, header included */
    _Alignas(ARENA_ALIGN) char data[];
};

void arena_init(Arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
    a->next_size = 0;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        munmap(c, c->size);
        c = next;
    }
    arena_init(a);
}

/* Start a new chunk big enough for n bytes.  Chunks double in size, from
 * 1 MiB to 32 MiB, so a big program takes few of them; each is mapped
 * from the kernel (zero-filled, so nothing is cleared twice) and offered
 * huge pages, which cut the page faults of a large tree by a factor of
 * up to 512. */
static void arena_grow(Arena *a, size_t n)
{
    size_t size = a->next_size ? a->next_size : ARENA_CHUNK;
    if (size < ARENA_MAX_CHUNK)
        a->next_size = size * 2;
    size_t need = sizeof(ArenaChunk) + ((n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1));
    if (size < need)
        size = (need + 4095) & ~(size_t)4095;
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        xfail_out_of_memory(size);
#ifdef MADV_HUGEPAGE
    if (size >= 4u << 20)
        madvise(p, size, MADV_HUGEPAGE);
#endif
    ArenaChunk *c = p;
    c->size = size;
    c->next = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = (char *)p + size;
}

void *arena_alloc(Arena *a, size_t n)
{
    /* arena_strndup leaves cur unaligned: round it up first. */
    uintptr_t p = ((uintptr_t)a->cur + ARENA_ALIGN - 1) & ~(uintptr_t)(ARENA_ALIGN - 1);
    if (!a->cur || n > (uintptr_t)a->end - p) {
        arena_grow(a, n);
        p = (uintptr_t)a->cur;
    }
    a->cur = (char *)(p + n);
    return (void *)p;   /* zero: chunks come from mmap and are never reused */
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    /* Strings need no alignment: take bytes without rounding. */
    if ((size_t)(a->end - a->cur) < len + 1)
        arena_grow(a, len + 1);
    char *p = a->cur;
    a->cur += len + 1;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
