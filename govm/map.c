/* map.c - Go's maps: a table of entries in insertion order and an
 * open-addressing index (linear probing) of them, as CPython's dicts.
 * Deleting marks the entry dead; growing compacts the entries and
 * rebuilds the index.  The index is at most half full. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

Map *map_new(VM *vm, const BcType *t)
{
    Map *m = gc_alloc(vm, GC_MAP, sizeof *m);
    m->type = t;
    m->key = &vm->types[t->key];
    m->val = &vm->types[t->elem];
    return m;
}

void map_free(Map *m)
{
    free(m->entries);
    free(m->index);
}

/* The index slot for key: where its entry is, or the empty slot where
 * it would go. */
static size_t probe(const VM *vm, const Map *m, Value key, uint64_t h, const BcType **bad, bool *found)
{
    size_t mask = m->index_cap - 1, i = (size_t)h & mask;
    *found = false;
    for (;; i = (i + 1) & mask) {
        uint32_t e = m->index[i];
        if (e == 0)
            return i;
        const MapEntry *en = &m->entries[e - 1];
        if (en->live && en->hash == h && value_equal(vm, m->key, en->key, key, bad)) {
            *found = true;
            return i;
        }
    }
}

Value *map_find(const VM *vm, const Map *m, Value key, const BcType **bad)
{
    if (!m)
        return NULL;
    /* Hashed even when empty: an unhashable key panics either way, as in Go. */
    uint64_t h = value_hash(vm, m->key, key, bad);
    if (m->count == 0)
        return NULL;
    bool found;
    size_t i = probe(vm, m, key, h, bad, &found);
    return found ? &m->entries[m->index[i] - 1].val : NULL;
}

/* Compacts the live entries into a table with room for cap, and
 * rebuilds the index for them. */
static void rebuild(VM *vm, Map *m, size_t cap)
{
    size_t icap = 8;
    while (icap < 2 * cap)
        icap *= 2;
    size_t live = 0;
    for (size_t i = 0; i < m->nentries; i++)
        if (m->entries[i].live)
            m->entries[live++] = m->entries[i];
    m->entries = gc_realloc_extra(vm, &m->h, m->entries, m->cap * sizeof *m->entries, cap * sizeof *m->entries);
    m->cap = cap;
    m->nentries = live;
    free(m->index);
    vm->heap_bytes -= m->index_cap * sizeof *m->index;
    m->h.size -= m->index_cap * sizeof *m->index;
    m->index = NULL;
    m->index_cap = 0;
    m->index = gc_realloc_extra(vm, &m->h, NULL, 0, icap * sizeof *m->index);
    memset(m->index, 0, icap * sizeof *m->index);
    m->index_cap = icap;
    for (size_t k = 0; k < live; k++) {
        size_t mask = icap - 1, i = (size_t)m->entries[k].hash & mask;
        while (m->index[i])
            i = (i + 1) & mask;
        m->index[i] = (uint32_t)(k + 1);
    }
}

Value *map_insert(VM *vm, Map *m, Value key, const BcType **bad)
{
    uint64_t h = value_hash(vm, m->key, key, bad);
    if (bad && *bad)
        return NULL;
    bool found = false;
    size_t i = 0;
    if (m->index_cap) {
        i = probe(vm, m, key, h, bad, &found);
        if (found)
            return &m->entries[m->index[i] - 1].val;
    }
    if (m->nentries == m->cap) {
        /* Full: compact in place when many entries are dead, else grow. */
        size_t cap = m->cap == 0 ? 8 : m->count * 2 > m->cap ? 2 * m->cap : m->cap;
        if (cap > UINT32_MAX / 2)
            vm_out_of_memory(vm);
        rebuild(vm, m, cap);
        i = probe(vm, m, key, h, bad, &found);
    }
    MapEntry *en = &m->entries[m->nentries];
    en->key = key;
    en->val = (Value){0};
    en->hash = h;
    en->live = true;
    m->index[i] = (uint32_t)++m->nentries;
    m->count++;
    return &en->val;
}

void map_delete(const VM *vm, Map *m, Value key, const BcType **bad)
{
    if (!m)
        return;
    uint64_t h = value_hash(vm, m->key, key, bad);
    if (m->count == 0)
        return;
    bool found;
    size_t i = probe(vm, m, key, h, bad, &found);
    if (!found)
        return;
    /* The index keeps pointing at the dead entry, so that probes for
     * keys placed after it go on past it. */
    m->entries[m->index[i] - 1].live = false;
    m->count--;
}
