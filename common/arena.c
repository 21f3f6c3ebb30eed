/* arena.c - chunked bump allocator (see arena.h). */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (64u * 1024)
#define ARENA_ALIGN 16

struct ArenaChunk {
    ArenaChunk *next;
    _Alignas(ARENA_ALIGN) char data[];
};

void arena_init(Arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    arena_init(a);
}

/* Start a new chunk big enough for n bytes; large requests get their own. */
static void arena_grow(Arena *a, size_t n)
{
    size_t size = n > ARENA_CHUNK / 4 ? (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1) : ARENA_CHUNK;
    ArenaChunk *c = xmalloc(sizeof *c + size);
    c->next = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = c->data + size;
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
    return memset((void *)p, 0, n);
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
