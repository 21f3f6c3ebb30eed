/* arena.h - bump allocation for a stage's tokens, nodes and strings.
 * A stage owns one Arena in its context; arena_free releases everything
 * at once, so no node is ever freed on its own. */
#ifndef GOMINI_ARENA_H
#define GOMINI_ARENA_H

#include "common.h"

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;  /* newest chunk; older ones follow ->next */
    char *cur, *end;   /* free space in head */
    size_t next_size;  /* the size of the next chunk */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
/* Memory aligned for any object, zero-filled. */
void *arena_alloc(Arena *a, size_t n);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(Arena *a, const char *s, size_t len);

#endif
