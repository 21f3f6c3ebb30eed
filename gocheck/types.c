/* types.c - gocheck's type table (see types.h).
 * Unnamed composite types are hash-consed: a constructor fills a Type on
 * the stack, looks its structure up in an open-addressing hash table,
 * and only on a miss copies it into the arena under the next id.  Since
 * a type's parts are ids already unique, comparing two candidates is
 * shallow: no walk over nested types is needed. */
#include "types.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static const char *const ty_goname[TY__COUNT] = {
#define TY(name, goname, flags, bits) [TY_##name] = goname,
#include "types.def"
#undef TY
};

static const unsigned ty_flags[TY__COUNT] = {
#define TY(name, goname, flags, bits) [TY_##name] = flags,
#include "types.def"
#undef TY
};

static const unsigned ty_bits[TY__COUNT] = {
#define TY(name, goname, flags, bits) [TY_##name] = bits,
#include "types.def"
#undef TY
};

/* ==== the records ===================================================== */

static Type *rec(const TypeTable *t, TypeId id)
{
    assert(id < t->len);
    return t->types[id];
}

const Type *types_get(const TypeTable *t, TypeId id)
{
    return rec(t, id);
}

uint32_t types_count(const TypeTable *t)
{
    return t->len;
}

/* Appends a copy of *ty under the next id. */
static TypeId add(TypeTable *t, const Type *ty)
{
    if (t->len == t->cap) {
        assert(t->cap < UINT32_MAX / 2);
        t->cap = t->cap ? 2 * t->cap : 256;
        t->types = xrealloc(t->types, t->cap * sizeof *t->types);
    }
    Type *r = arena_alloc(&t->arena, sizeof *r);
    *r = *ty;
    r->canon = t->len;
    t->types[t->len] = r;
    return t->len++;
}

static const char *copy_str(TypeTable *t, const char *s)
{
    return arena_strndup(&t->arena, s, strlen(s));
}

void types_init(TypeTable *t)
{
    *t = (TypeTable){0};
    arena_init(&t->arena);
    for (int k = 0; k < TY__NBASIC; k++)
        add(t, &(Type){.kind = (TypeKind)k});
}

void types_free(TypeTable *t)
{
    arena_free(&t->arena);
    free(t->types);
    free(t->slots);
    *t = (TypeTable){0};
}

/* ==== hash-consing ===================================================== */

/* FNV-1a, a word or a string at a time. */
static uint32_t mix(uint32_t h, uint64_t v)
{
    for (int i = 0; i < 8; i++, v >>= 8)
        h = (h ^ (uint8_t)v) * 16777619u;
    return h;
}

static uint32_t mix_str(uint32_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return mix(h, 0);  /* ends the string, so "ab","c" differs from "a","bc" */
}

static uint32_t hash_type(const Type *ty)
{
    uint32_t h = 2166136261u;
    h = mix(h, ty->kind);
    h = mix(h, ty->elem);
    h = mix(h, ty->key);
    h = mix(h, (uint64_t)ty->len);
    h = mix(h, ty->dir);
    h = mix(h, ty->params);
    h = mix(h, ty->results);
    h = mix(h, ty->variadic);
    h = mix(h, ty->n);
    for (uint32_t i = 0; ty->ids && i < ty->n; i++)
        h = mix(h, ty->ids[i]);
    for (uint32_t i = 0; ty->fields && i < ty->n; i++)
        h = mix_str(mix(mix(mix_str(h, ty->fields[i].name), ty->fields[i].type),
                        ty->fields[i].embedded), ty->fields[i].tag ? ty->fields[i].tag : "");
    for (uint32_t i = 0; ty->methods && i < ty->n; i++)
        h = mix(mix_str(h, ty->methods[i].name), ty->methods[i].type);
    return h;
}

static bool same_fields(const TypeField *a, const TypeField *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i].type != b[i].type || a[i].embedded != b[i].embedded ||
            strcmp(a[i].name, b[i].name) != 0 || !a[i].tag != !b[i].tag ||
            (a[i].tag && strcmp(a[i].tag, b[i].tag) != 0))
            return false;
    return true;
}

static bool same_methods(const TypeMethod *a, const TypeMethod *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (a[i].type != b[i].type || strcmp(a[i].name, b[i].name) != 0)
            return false;
    return true;
}

/* Do a and b have the same structure?  Their parts are ids already. */
static bool same_type(const Type *a, const Type *b)
{
    if (a->hash != b->hash || a->kind != b->kind || a->elem != b->elem ||
        a->key != b->key || a->len != b->len || a->dir != b->dir ||
        a->params != b->params || a->results != b->results ||
        a->variadic != b->variadic || a->n != b->n)
        return false;
    if (a->n == 0)
        return true;
    switch (a->kind) {
    case TY_TUPLE: return memcmp(a->ids, b->ids, a->n * sizeof *a->ids) == 0;
    case TY_STRUCT: return same_fields(a->fields, b->fields, a->n);
    case TY_INTERFACE: return same_methods(a->methods, b->methods, a->n);
    default: return true;
    }
}

static void grow_slots(TypeTable *t)
{
    uint32_t n = t->nslots ? 2 * t->nslots : 1024;
    TypeId *slots = xcalloc(n, sizeof *slots);
    for (uint32_t i = 0; i < t->nslots; i++) {
        TypeId id = t->slots[i];
        if (id == 0)
            continue;
        uint32_t j = rec(t, id)->hash & (n - 1);
        while (slots[j] != 0)
            j = (j + 1) & (n - 1);
        slots[j] = id;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
}

/* Copies the arrays *ty borrows into the arena, so the record owns them. */
static void own_parts(TypeTable *t, Type *ty)
{
    if (ty->n == 0) {
        ty->ids = NULL, ty->fields = NULL, ty->methods = NULL;
        return;
    }
    if (ty->ids) {
        TypeId *ids = arena_alloc(&t->arena, ty->n * sizeof *ids);
        memcpy(ids, ty->ids, ty->n * sizeof *ids);
        ty->ids = ids;
    }
    if (ty->fields) {
        TypeField *f = arena_alloc(&t->arena, ty->n * sizeof *f);
        for (uint32_t i = 0; i < ty->n; i++)
            f[i] = (TypeField){copy_str(t, ty->fields[i].name), ty->fields[i].type,
                               ty->fields[i].embedded,
                               ty->fields[i].tag ? copy_str(t, ty->fields[i].tag) : NULL};
        ty->fields = f;
    }
    if (ty->methods) {
        TypeMethod *m = arena_alloc(&t->arena, ty->n * sizeof *m);
        for (uint32_t i = 0; i < ty->n; i++)
            m[i] = (TypeMethod){copy_str(t, ty->methods[i].name), ty->methods[i].type, false, 0};
        ty->methods = m;
    }
}

static TypeId intern(TypeTable *t, Type *ty);

static TypeId canon_of(const TypeTable *t, TypeId id)
{
    return rec(t, id)->canon;
}

/* The canonical id of a new unnamed type: itself when its parts are
 * canonical, else the type built from their canonical ids. */
static TypeId canonical(TypeTable *t, TypeId id)
{
    Type c = *rec(t, id);
    bool same = true;
#define CANON(field) do { TypeId k = canon_of(t, c.field); same &= k == c.field; c.field = k; } while (0)
    CANON(elem);
    CANON(key);
    CANON(params);
    CANON(results);
#undef CANON
    TypeId *ids = NULL;
    TypeField *fields = NULL;
    TypeMethod *methods = NULL;
    if (c.ids) {
        ids = xmalloc(c.n * sizeof *ids);
        for (uint32_t i = 0; i < c.n; i++)
            same &= (ids[i] = canon_of(t, c.ids[i])) == c.ids[i];
        c.ids = ids;
    }
    if (c.fields) {
        fields = xmalloc(c.n * sizeof *fields);
        for (uint32_t i = 0; i < c.n; i++) {
            fields[i] = c.fields[i];
            same &= (fields[i].type = canon_of(t, c.fields[i].type)) == c.fields[i].type;
        }
        c.fields = fields;
    }
    if (c.methods) {
        methods = xmalloc(c.n * sizeof *methods);
        for (uint32_t i = 0; i < c.n; i++) {
            methods[i] = c.methods[i];
            same &= (methods[i].type = canon_of(t, c.methods[i].type)) == c.methods[i].type;
        }
        c.methods = methods;
    }
    TypeId k = same ? id : intern(t, &c);
    free(ids);
    free(fields);
    free(methods);
    return k;
}

/* The id of the unnamed type with *ty's structure, made on a miss. */
static TypeId intern(TypeTable *t, Type *ty)
{
    if (2 * (t->nhashed + 1) > t->nslots)
        grow_slots(t);
    ty->hash = hash_type(ty);
    uint32_t mask = t->nslots - 1, i = ty->hash & mask;
    for (; t->slots[i] != 0; i = (i + 1) & mask)
        if (same_type(rec(t, t->slots[i]), ty))
            return t->slots[i];
    own_parts(t, ty);
    TypeId id = add(t, ty);
    t->slots[i] = id;
    t->nhashed++;
    rec(t, id)->canon = canonical(t, id);
    return id;
}

/* ==== constructors ===================================================== */

TypeId types_array(TypeTable *t, TypeId elem, int64_t len)
{
    assert(elem < t->len && len >= 0);
    return intern(t, &(Type){.kind = TY_ARRAY, .elem = elem, .len = len});
}

TypeId types_slice(TypeTable *t, TypeId elem)
{
    assert(elem < t->len);
    return intern(t, &(Type){.kind = TY_SLICE, .elem = elem});
}

TypeId types_map(TypeTable *t, TypeId key, TypeId elem)
{
    assert(key < t->len && elem < t->len);
    return intern(t, &(Type){.kind = TY_MAP, .key = key, .elem = elem});
}

TypeId types_chan(TypeTable *t, ChanDir dir, TypeId elem)
{
    assert(elem < t->len && dir <= CHAN_RECV);
    return intern(t, &(Type){.kind = TY_CHAN, .dir = dir, .elem = elem});
}

TypeId types_pointer(TypeTable *t, TypeId elem)
{
    assert(elem < t->len);
    return intern(t, &(Type){.kind = TY_POINTER, .elem = elem});
}

TypeId types_tuple(TypeTable *t, const TypeId *ids, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        assert(ids[i] < t->len);
    return intern(t, &(Type){.kind = TY_TUPLE, .ids = ids, .n = n});
}

TypeId types_func(TypeTable *t, TypeId params, TypeId results, bool variadic)
{
    const Type *p = rec(t, params);
    assert(p->kind == TY_TUPLE && rec(t, results)->kind == TY_TUPLE);
    assert(!variadic || (p->n > 0 && rec(t, p->ids[p->n - 1])->kind == TY_SLICE));
    return intern(t, &(Type){.kind = TY_FUNC, .params = params, .results = results,
                             .variadic = variadic});
}

TypeId types_struct(TypeTable *t, const TypeField *fields, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        assert(fields[i].type < t->len && fields[i].name);
    return intern(t, &(Type){.kind = TY_STRUCT, .fields = fields, .n = n});
}

static int cmp_method(const void *a, const void *b)
{
    return strcmp(((const TypeMethod *)a)->name, ((const TypeMethod *)b)->name);
}

TypeId types_interface(TypeTable *t, const TypeMethod *methods, uint32_t n)
{
    /* Sorting makes method order irrelevant to identity, as in Go. */
    TypeMethod *sorted = xmalloc((n ? n : 1) * sizeof *sorted);
    for (uint32_t i = 0; i < n; i++) {
        assert(rec(t, methods[i].type)->kind == TY_FUNC);
        sorted[i] = (TypeMethod){methods[i].name, methods[i].type, false, 0};
    }
    if (n > 1)
        qsort(sorted, n, sizeof *sorted, cmp_method);
    TypeId id = intern(t, &(Type){.kind = TY_INTERFACE, .methods = sorted, .n = n});
    free(sorted);
    return id;
}

TypeId types_alias(TypeTable *t, TypeId target, const char *name)
{
    Type a = *rec(t, target);
    a.alias = copy_str(t, name);
    a.hash = 0;
    TypeId id = add(t, &a);
    rec(t, id)->canon = canon_of(t, target);
    return id;
}

TypeId types_named(TypeTable *t, const char *name, const char *pkgpath)
{
    return add(t, &(Type){.kind = TY_NAMED, .name = copy_str(t, name),
                          .pkgpath = copy_str(t, pkgpath ? pkgpath : "")});
}

void types_set_underlying(TypeTable *t, TypeId named, TypeId u)
{
    Type *n = rec(t, named);
    assert(n->kind == TY_NAMED);
    n->underlying = types_underlying(t, u);
}

void types_add_method(TypeTable *t, TypeId named, const char *name, TypeId func,
                      bool ptr_recv, uint32_t sym)
{
    Type *n = rec(t, named);
    assert(n->kind == TY_NAMED && rec(t, func)->kind == TY_FUNC);
    if (n->n == n->cap) {
        /* The arena cannot grow an array: copy to one twice the size.
         * The old ones stay in the arena, at most as much again. */
        n->cap = n->cap ? 2 * n->cap : 4;
        TypeMethod *m = arena_alloc(&t->arena, n->cap * sizeof *m);
        if (n->n > 0)
            memcpy(m, n->methods, n->n * sizeof *m);
        n->methods = m;
    }
    n->methods[n->n++] = (TypeMethod){copy_str(t, name), func, ptr_recv, sym};
}

const TypeMethod *types_lookup_method(const TypeTable *t, TypeId id, const char *name)
{
    const Type *ty = rec(t, id);
    if (ty->kind != TY_NAMED && ty->kind != TY_INTERFACE)
        return NULL;
    for (uint32_t i = 0; i < ty->n; i++)
        if (strcmp(ty->methods[i].name, name) == 0)
            return &ty->methods[i];
    return NULL;
}

/* ==== queries ========================================================== */

TypeKind types_kind(const TypeTable *t, TypeId id)
{
    return rec(t, id)->kind;
}

TypeId types_underlying(const TypeTable *t, TypeId id)
{
    const Type *ty = rec(t, id);
    return ty->kind == TY_NAMED ? ty->underlying : id;
}

static unsigned flags_of(const TypeTable *t, TypeId id)
{
    return ty_flags[types_kind(t, types_underlying(t, id))];
}

unsigned types_bits(const TypeTable *t, TypeId id)
{
    return ty_bits[types_kind(t, types_underlying(t, id))];
}

#define F(name, pred, doc) \
    bool types_is_##pred(const TypeTable *t, TypeId id) { return flags_of(t, id) & TYF_##name; }
TYPE_FLAG_LIST(F)
#undef F

TypeId types_default(const TypeTable *t, TypeId id)
{
    (void)t;
    switch (id) {
    case TY_UNTYPED_BOOL: return TY_BOOL;
    case TY_UNTYPED_INT: return TY_INT;
    case TY_UNTYPED_RUNE: return TY_INT32;
    case TY_UNTYPED_FLOAT: return TY_FLOAT64;
    case TY_UNTYPED_STRING: return TY_STRING;
    default: return id;
    }
}

/* A stack of ids for types_is_comparable. */
typedef struct IdStack {
    TypeId *ids;
    size_t len, cap;
} IdStack;

static void push_id(IdStack *s, TypeId id)
{
    if (s->len == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->ids = xrealloc(s->ids, s->cap * sizeof *s->ids);
    }
    s->ids[s->len++] = id;
}

/* Can this one type be compared, given that its parts (pushed) can? */
static bool is_comparable_node(const Type *ty, IdStack *s)
{
    switch (ty->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE: case TY_UNTYPED_NIL:
        return false;
    case TY_ARRAY: push_id(s, ty->elem); return true;
    case TY_NAMED: push_id(s, ty->underlying); return true;
    case TY_STRUCT:
        for (uint32_t i = 0; i < ty->n; i++)
            push_id(s, ty->fields[i].type);
        return true;
    default:
        return true;  /* basic types, pointers, channels, interfaces */
    }
}

/* An explicit stack, not recursion and not a depth limit: a program may
 * legitimately nest thousands of named structs, each inside the next.
 * Each type is visited once per walk (ty->seen), so shared parts and
 * invalid recursive types (struct{ a [1]T }) cost nothing extra. */
bool types_is_comparable(TypeTable *t, TypeId id)
{
    IdStack s = {0};
    bool ok = true;
    uint32_t walk = ++t->walk;
    push_id(&s, id);
    while (ok && s.len > 0) {
        Type *ty = rec(t, s.ids[--s.len]);
        if (ty->seen == walk)
            continue;
        ty->seen = walk;
        ok = is_comparable_node(ty, &s);
    }
    free(s.ids);
    return ok;
}

/* ==== printing ========================================================= */

typedef struct Fmt {
    const TypeTable *t;
    const char *curpkg;
    Buf *out;
    size_t start;      /* out->len when types_format began */
} Fmt;

static void fmt_type(Fmt *f, TypeId id, unsigned depth);

/* (a, b, ...c) for parameters; variadic prints the last slice as ...T. */
static void fmt_tuple(Fmt *f, TypeId tuple, bool variadic, unsigned depth)
{
    const Type *ty = rec(f->t, tuple);
    buf_putc(f->out, '(');
    for (uint32_t i = 0; i < ty->n; i++) {
        if (i > 0)
            buf_puts(f->out, ", ");
        if (variadic && i == ty->n - 1) {
            buf_puts(f->out, "...");
            fmt_type(f, rec(f->t, ty->ids[i])->elem, depth + 1);
        } else {
            fmt_type(f, ty->ids[i], depth + 1);
        }
    }
    buf_putc(f->out, ')');
}

/* (params) results, as after "func" or a method name: one result bare. */
static void fmt_signature(Fmt *f, const Type *fn, unsigned depth)
{
    fmt_tuple(f, fn->params, fn->variadic, depth);
    const Type *res = rec(f->t, fn->results);
    if (res->n == 0)
        return;
    buf_putc(f->out, ' ');
    if (res->n == 1)
        fmt_type(f, res->ids[0], depth + 1);
    else
        fmt_tuple(f, fn->results, false, depth);
}

/* A tag as go/types prints it: a space, then the string quoted like
 * strconv.Quote (\" \\ and control bytes escaped). */
static void fmt_quoted(Buf *out, const char *s)
{
    buf_puts(out, " \"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            buf_printf(out, "\\%c", *p);
        else if (*p == '\n')
            buf_puts(out, "\\n");
        else if (*p == '\t')
            buf_puts(out, "\\t");
        else if (*p < 0x20 || *p == 0x7f)
            buf_printf(out, "\\x%02x", *p);
        else
            buf_putc(out, (char)*p);
    }
    buf_putc(out, '"');
}

static void fmt_struct(Fmt *f, const Type *ty, unsigned depth)
{
    buf_puts(f->out, "struct{");
    for (uint32_t i = 0; i < ty->n; i++) {
        if (i > 0)
            buf_puts(f->out, "; ");
        if (!ty->fields[i].embedded)
            buf_printf(f->out, "%s ", ty->fields[i].name);
        fmt_type(f, ty->fields[i].type, depth + 1);
        if (ty->fields[i].tag)
            fmt_quoted(f->out, ty->fields[i].tag);
    }
    buf_putc(f->out, '}');
}

static void fmt_interface(Fmt *f, const Type *ty, unsigned depth)
{
    buf_puts(f->out, "interface{");
    for (uint32_t i = 0; i < ty->n; i++) {
        if (i > 0)
            buf_puts(f->out, "; ");
        buf_puts(f->out, ty->methods[i].name);
        fmt_signature(f, rec(f->t, ty->methods[i].type), depth + 1);
    }
    buf_putc(f->out, '}');
}

static void fmt_chan(Fmt *f, const Type *ty, unsigned depth)
{
    static const char *const prefix[] = {"chan ", "chan<- ", "<-chan "};
    /* chan (<-chan T): without parentheses it would read chan<- chan T. */
    const Type *elem = rec(f->t, ty->elem);
    bool parens = ty->dir == CHAN_BOTH && elem->kind == TY_CHAN && elem->dir == CHAN_RECV;
    buf_puts(f->out, prefix[ty->dir]);
    if (parens)
        buf_putc(f->out, '(');
    fmt_type(f, ty->elem, depth + 1);
    if (parens)
        buf_putc(f->out, ')');
}

/* T, or pkg.T for a type of another package (pkg: the path's last part). */
static void fmt_named(Fmt *f, const Type *ty)
{
    const char *path = ty->pkgpath;
    if (path[0] != '\0' && (!f->curpkg || strcmp(path, f->curpkg) != 0)) {
        const char *slash = strrchr(path, '/');
        buf_printf(f->out, "%s.", slash ? slash + 1 : path);
    }
    buf_puts(f->out, ty->name);
}

static void fmt_type(Fmt *f, TypeId id, unsigned depth)
{
    if (depth > TYPES_MAX_DEPTH || f->out->len - f->start > TYPES_MAX_FORMAT) {
        buf_puts(f->out, "…");
        return;
    }
    const Type *ty = rec(f->t, id);
    if (ty->alias) {
        buf_puts(f->out, ty->alias);
        return;
    }
    switch (ty->kind) {
    case TY_ARRAY:
        buf_printf(f->out, "[%lld]", (long long)ty->len);
        fmt_type(f, ty->elem, depth + 1);
        break;
    case TY_SLICE: buf_puts(f->out, "[]"); fmt_type(f, ty->elem, depth + 1); break;
    case TY_POINTER: buf_putc(f->out, '*'); fmt_type(f, ty->elem, depth + 1); break;
    case TY_MAP:
        buf_puts(f->out, "map[");
        fmt_type(f, ty->key, depth + 1);
        buf_putc(f->out, ']');
        fmt_type(f, ty->elem, depth + 1);
        break;
    case TY_CHAN: fmt_chan(f, ty, depth); break;
    case TY_FUNC: buf_puts(f->out, "func"); fmt_signature(f, ty, depth); break;
    case TY_STRUCT: fmt_struct(f, ty, depth); break;
    case TY_INTERFACE: fmt_interface(f, ty, depth); break;
    case TY_NAMED: fmt_named(f, ty); break;
    case TY_TUPLE: fmt_tuple(f, id, false, depth); break;
    default: buf_puts(f->out, ty_goname[ty->kind]); break;
    }
}

void types_format(const TypeTable *t, TypeId id, const char *curpkg, Buf *out)
{
    Fmt f = {t, curpkg, out, out->len};
    fmt_type(&f, id, 0);
}
