/* scope.c - the name interner, symbols and scopes (see scope.h).
 * Both tables are open-addressing hash tables in the arena.  When one
 * grows, its old array stays behind in the arena: the waste is at most
 * the size of the final array, and nothing has to be freed by hand. */
#include "scope.h"

#include <assert.h>
#include <string.h>

/* ==== interning ======================================================= */

#define INTERN_MIN_SLOTS 256u

/* FNV-1a, never 0 so that 0 can mark an empty slot. */
static uint32_t hash_bytes(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ? h : 1;
}

void interner_init(Interner *in, Arena *a)
{
    *in = (Interner){.arena = a};
}

uint32_t interner_count(const Interner *in)
{
    return in->count;
}

/* The slot holding s[0..len), or the empty slot where it belongs. */
static InternEntry *find_slot(InternEntry *slots, uint32_t nslots, const char *s,
                              uint32_t len, uint32_t hash)
{
    uint32_t mask = nslots - 1;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        InternEntry *e = &slots[i];
        if (!e->s)
            return e;
        if (e->hash == hash && e->len == len && memcmp(e->s, s, len) == 0)
            return e;
    }
}

/* Doubles the table (or makes the first one), rehashing every entry. */
static void grow_interner(Interner *in)
{
    uint32_t n = in->nslots ? 2 * in->nslots : INTERN_MIN_SLOTS;
    assert(n > in->nslots);
    InternEntry *slots = arena_alloc(in->arena, (size_t)n * sizeof *slots);
    for (uint32_t i = 0; i < in->nslots; i++) {
        const InternEntry *e = &in->slots[i];
        if (e->s)
            *find_slot(slots, n, e->s, e->len, e->hash) = *e;
    }
    in->slots = slots;
    in->nslots = n;
}

const char *interner_intern(Interner *in, const char *s, size_t len)
{
    assert(len <= UINT32_MAX && (s || len == 0));
    if (len == 0)
        s = "";  /* memcmp and arena_strndup want a real pointer */
    if (2 * ((size_t)in->count + 1) > in->nslots)
        grow_interner(in);
    uint32_t hash = hash_bytes(s, len);
    InternEntry *e = find_slot(in->slots, in->nslots, s, (uint32_t)len, hash);
    if (!e->s) {
        *e = (InternEntry){arena_strndup(in->arena, s, len), (uint32_t)len, hash};
        in->count++;
    }
    return e->s;
}

const char *interner_intern_cstr(Interner *in, const char *s)
{
    return interner_intern(in, s, strlen(s));
}

/* ==== symbols ========================================================= */

static const char *const sym_kind_names[SYM__COUNT] = {
#define S(name, word) [SYM_##name] = word,
    SYM_KIND_LIST(S)
#undef S
};

const char *symbol_kind_name(SymKind k)
{
    assert((unsigned)k < SYM__COUNT);
    return sym_kind_names[k];
}

Symbol *symbol_new(Arena *a, SymKind kind, const char *name, TypeId type,
                   const Node *decl)
{
    Symbol *sym = arena_alloc(a, sizeof *sym);  /* zeroed: val is unknown */
    sym->kind = kind;
    sym->name = name;
    sym->type = type;
    sym->decl = decl;
    return sym;
}

/* ==== scopes ========================================================== */

bool scope_is_blank(const char *name)
{
    return name[0] == '_' && name[1] == '\0';
}

Scope *scope_new(Arena *a, ScopeKind kind, Scope *parent)
{
    Scope *s = arena_alloc(a, sizeof *s);
    s->parent = parent;
    s->kind = kind;
    s->arena = a;
    return s;
}

uint32_t scope_len(const Scope *s)
{
    return s->len;
}

Symbol *scope_at(const Scope *s, uint32_t i)
{
    assert(i < s->len);
    return s->syms[i];
}

/* Names are interned, so the pointer itself is the key.  The slot order
 * depends on addresses, but nothing is ever listed in slot order. */
static uint32_t hash_name(const char *name)
{
    uint64_t v = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(v >> 32);
}

/* The index slot for name: the one naming it, or the empty one where it
 * would go. */
static uint32_t *index_slot(const Scope *s, const char *name)
{
    uint32_t mask = s->nslots - 1;
    for (uint32_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
        uint32_t *slot = &s->index[i];
        if (*slot == 0 || s->syms[*slot - 1]->name == name)
            return slot;
    }
}

/* Rebuilds the index with room for twice as many names as s has now. */
static void grow_index(Scope *s)
{
    uint32_t n = 4 * SCOPE_LINEAR_MAX;
    while (n <= 2 * s->len)
        n *= 2;
    s->index = arena_alloc(s->arena, (size_t)n * sizeof *s->index);
    s->nslots = n;
    for (uint32_t i = 0; i < s->len; i++)
        *index_slot(s, s->syms[i]->name) = i + 1;
}

Symbol *scope_lookup_local(const Scope *s, const char *name)
{
    if (s->index) {
        uint32_t pos = *index_slot(s, name);
        return pos ? s->syms[pos - 1] : NULL;
    }
    for (uint32_t i = 0; i < s->len; i++)
        if (s->syms[i]->name == name)
            return s->syms[i];
    return NULL;
}

Symbol *scope_lookup(const Scope *s, const char *name, const Scope **found)
{
    for (; s; s = s->parent) {
        Symbol *sym = scope_lookup_local(s, name);
        if (sym) {
            if (found)
                *found = s;
            return sym;
        }
    }
    if (found)
        *found = NULL;
    return NULL;
}

/* Appends sym to the ordered array, growing it in the arena. */
static void append_sym(Scope *s, Symbol *sym)
{
    if (s->len == s->cap) {
        assert(s->cap < UINT32_MAX / 2);
        uint32_t cap = s->cap ? 2 * s->cap : 4;
        Symbol **syms = arena_alloc(s->arena, (size_t)cap * sizeof *syms);
        if (s->len)
            memcpy(syms, s->syms, (size_t)s->len * sizeof *syms);
        s->syms = syms;
        s->cap = cap;
    }
    s->syms[s->len++] = sym;
}

Symbol *scope_insert(Scope *s, Symbol *sym)
{
    if (scope_is_blank(sym->name))
        return NULL;
    Symbol *old = scope_lookup_local(s, sym->name);
    if (old)
        return old;
    append_sym(s, sym);
    if (s->index && 2 * s->len < s->nslots)
        *index_slot(s, sym->name) = s->len;
    else if (s->index || s->len > SCOPE_LINEAR_MAX)
        grow_index(s);
    return NULL;
}

void scope_release_values(Scope *s)
{
    for (uint32_t i = 0; i < s->len; i++)
        const_free(&s->syms[i]->val);
}
