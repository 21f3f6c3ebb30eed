/* tastread.c - the gomini-typed-ast reader (see tastread.h).
 * The body is read in the order gocheck writes it; every record is a
 * map whose keys are read by name, and every index into a table is
 * checked once all the tables are in, before the caller sees any. */
#include "tastread.h"

#include <stdlib.h>
#include <string.h>

typedef struct Reader {
    CborReader *r;
    Arena *a;
    TypedAst *t;
} Reader;

static bool fail(Reader *rd, const char *what)
{
    cbor_fail(rd->r, "%s", what);
    return false;
}

/* The next item must be the text key. */
static bool key(Reader *rd, const char *want)
{
    const char *k;
    size_t len;
    if (!cbor_get_string(rd->r, &k, &len))
        return false;
    if (len != strlen(want) || memcmp(k, want, len) != 0) {
        cbor_fail(rd->r, "expected key \"%s\" at byte %zu", want, rd->r->pos - len);
        return false;
    }
    return true;
}

/* Any text, as an arena copy with a NUL after it. */
static bool text(Reader *rd, const char **out, size_t *outlen)
{
    const char *s;
    size_t len;
    if (!cbor_get_string(rd->r, &s, &len))
        return false;
    *out = arena_strndup(rd->a, s, len);
    if (outlen)
        *outlen = len;
    return true;
}

static bool u32(Reader *rd, uint32_t *out)
{
    uint64_t v;
    if (!cbor_get_uint(rd->r, &v))
        return false;
    if (v > UINT32_MAX)
        return fail(rd, "number out of range");
    *out = (uint32_t)v;
    return true;
}

static bool boolean(Reader *rd, bool *out)
{
    CborItem it;
    if (!cbor_next(rd->r, &it))
        return false;
    if (it.type != CBT_BOOL)
        return fail(rd, "expected true or false");
    *out = it.b;
    return true;
}

static bool array(Reader *rd, uint32_t *n)
{
    uint64_t v;
    if (!cbor_get_array(rd->r, &v) || !cbor_check_count(rd->r, v))
        return false;
    if (v > UINT32_MAX)
        return fail(rd, "array too long");
    *n = (uint32_t)v;
    return true;
}

static bool map(Reader *rd, uint32_t *n)
{
    uint64_t v;
    if (!cbor_get_map(rd->r, &v) || !cbor_check_count(rd->r, 2 * v))
        return false;
    *n = (uint32_t)v;
    return true;
}

/* A list of numbers into an arena array. */
static bool u32_list(Reader *rd, uint32_t **out, uint32_t *n)
{
    if (!array(rd, n))
        return false;
    *out = arena_alloc(rd->a, (*n ? *n : 1) * sizeof **out);
    for (uint32_t i = 0; i < *n; i++)
        if (!u32(rd, &(*out)[i]))
            return false;
    return true;
}

/* A word of one of the X-macro tables, as its row number. */
static bool word(Reader *rd, const char *const *words, unsigned n, unsigned *out)
{
    const char *s;
    size_t len;
    if (!cbor_get_string(rd->r, &s, &len))
        return false;
    for (unsigned i = 0; i < n; i++)
        if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0) {
            *out = i;
            return true;
        }
    return fail(rd, "unknown word in a record");
}

static const char *const kind_words[TK__COUNT] = {
#define TY(name, goname, flags, bits) #name,
#include "types.def"
#undef TY
};

static const char *const sym_words[TS__COUNT] = {
#define S(name, w) w,
    SYM_KIND_LIST(S)
#undef S
};

static const char *const flag_words[TSF__COUNT] = {
#define F(name, doc) #name,
    SYM_FLAG_LIST(F)
#undef F
};

static const char *const sel_words[TSEL__COUNT] = {
#define S(name, doc) #name,
    SEL_KIND_LIST(S)
#undef S
};

/* ==== records ========================================================= */

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool constant(Reader *rd, TastConst *c)
{
    uint32_t n;
    static const char *const kinds[] = {"unknown", "bool", "string", "int", "rat", "bytes"};
    unsigned k;
    memset(c, 0, sizeof *c);
    if (!map(rd, &n) || n != 2 || !key(rd, "kind") || !word(rd, kinds, 6, &k) || !key(rd, "value"))
        return rd->r->err == CBOR_OK ? fail(rd, "bad constant") : false;
    switch (k) {
    case 1:
        c->kind = TC_BOOL;
        return boolean(rd, &c->b);
    case 0: {
        CborItem it;
        return cbor_next(rd->r, &it);
    }
    case 5: {
        const char *hex;
        size_t len;
        if (!text(rd, &hex, &len))
            return false;
        if (len % 2)
            return fail(rd, "bad bytes constant");
        char *bytes = arena_alloc(rd->a, len / 2 + 1);
        for (size_t i = 0; i < len / 2; i++) {
            int h = hexval(hex[2 * i]), l = hexval(hex[2 * i + 1]);
            if (h < 0 || l < 0)
                return fail(rd, "bad bytes constant");
            bytes[i] = (char)(h << 4 | l);
        }
        c->kind = TC_STRING;
        c->text = bytes;
        c->len = len / 2;
        return true;
    }
    default:
        c->kind = k == 2 ? TC_STRING : k == 3 ? TC_INT : TC_RAT;
        return text(rd, &c->text, &c->len);
    }
}

static bool type_record(Reader *rd, TastType *t)
{
    uint32_t n;
    memset(t, 0, sizeof *t);
    if (!map(rd, &n))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        const char *k;
        size_t klen;
        if (!cbor_get_string(rd->r, &k, &klen))
            return false;
#define IS(s) (klen == sizeof s - 1 && memcmp(k, s, klen) == 0)
        bool ok;
        unsigned w;
        if (IS("kind")) {
            ok = word(rd, kind_words, TK__COUNT, &w);
            t->kind = (TastKind)w;
        } else if (IS("canon")) {
            ok = u32(rd, &t->canon);
        } else if (IS("text")) {
            ok = text(rd, &t->text, NULL);
        } else if (IS("elem")) {
            ok = u32(rd, &t->elem);
        } else if (IS("key")) {
            ok = u32(rd, &t->key);
        } else if (IS("len")) {
            uint64_t v;
            ok = cbor_get_uint(rd->r, &v) && (v <= INT64_MAX || fail(rd, "array length out of range"));
            t->len = (int64_t)v;
        } else if (IS("dir")) {
            ok = u32(rd, &t->dir) && (t->dir <= 2 || fail(rd, "bad channel direction"));
        } else if (IS("params")) {
            ok = u32(rd, &t->params);
        } else if (IS("results")) {
            ok = u32(rd, &t->results);
        } else if (IS("variadic")) {
            ok = boolean(rd, &t->variadic);
        } else if (IS("types")) {
            ok = u32_list(rd, &t->ids, &t->n);
        } else if (IS("pkg")) {
            ok = text(rd, &t->pkg, NULL);
        } else if (IS("name")) {
            ok = text(rd, &t->name, NULL);
        } else if (IS("underlying")) {
            ok = u32(rd, &t->underlying);
        } else if (IS("fields")) {
            ok = array(rd, &t->n);
            t->fields = arena_alloc(rd->a, (t->n ? t->n : 1) * sizeof *t->fields);
            for (uint32_t f = 0; ok && f < t->n; f++) {
                uint32_t m;
                TastField *fl = &t->fields[f];
                ok = array(rd, &m) && (m == 3 || m == 4 || fail(rd, "bad field")) && text(rd, &fl->name, NULL) &&
                     u32(rd, &fl->type) && boolean(rd, &fl->embedded) && (m == 3 || text(rd, &fl->tag, NULL));
            }
        } else if (IS("methods")) {
            ok = array(rd, &t->n);
            t->methods = arena_alloc(rd->a, (t->n ? t->n : 1) * sizeof *t->methods);
            for (uint32_t f = 0; ok && f < t->n; f++) {
                uint32_t m;
                TastMethod *me = &t->methods[f];
                ok = array(rd, &m) && (m == 2 || m == 4 || fail(rd, "bad method")) && text(rd, &me->name, NULL) &&
                     u32(rd, &me->type) && (m == 2 || (boolean(rd, &me->ptr_recv) && u32(rd, &me->sym)));
            }
        } else {
            ok = fail(rd, "unknown key in a type record");
        }
#undef IS
        if (!ok)
            return false;
    }
    return true;
}

static bool symbol(Reader *rd, TastSymbol *s)
{
    uint32_t n;
    memset(s, 0, sizeof *s);
    if (!map(rd, &n))
        return false;
    for (uint32_t i = 0; i < n; i++) {
        const char *k;
        size_t klen;
        if (!cbor_get_string(rd->r, &k, &klen))
            return false;
#define IS(str) (klen == sizeof str - 1 && memcmp(k, str, klen) == 0)
        bool ok;
        unsigned w;
        if (IS("kind")) {
            ok = word(rd, sym_words, TS__COUNT, &w);
            s->kind = (TastSymKind)w;
        } else if (IS("name")) {
            ok = text(rd, &s->name, NULL);
        } else if (IS("type")) {
            ok = u32(rd, &s->type);
        } else if (IS("pkg")) {
            ok = text(rd, &s->pkg, NULL);
        } else if (IS("global")) {
            ok = boolean(rd, &s->global);
        } else if (IS("native")) {
            ok = boolean(rd, &s->native);
        } else if (IS("pos")) {
            uint32_t m;
            ok = array(rd, &m) && (m == 3 || fail(rd, "bad position")) && u32(rd, &s->pos.file) &&
                 u32(rd, &s->pos.line) && u32(rd, &s->pos.col);
        } else if (IS("flags")) {
            uint32_t m;
            ok = array(rd, &m);
            for (uint32_t f = 0; ok && f < m; f++) {
                ok = word(rd, flag_words, TSF__COUNT, &w);
                s->flags |= 1u << w;
            }
        } else if (IS("value")) {
            s->has_value = true;
            ok = constant(rd, &s->value);
        } else if (IS("recv")) {
            ok = u32(rd, &s->recv);
        } else {
            ok = fail(rd, "unknown key in a symbol");
        }
#undef IS
        if (!ok)
            return false;
    }
    return true;
}

static bool selection(Reader *rd, TastSelection *s)
{
    uint32_t n;
    unsigned w = 0;
    memset(s, 0, sizeof *s);
    if (!map(rd, &n) || n != 8)
        return rd->r->err == CBOR_OK ? fail(rd, "bad selection") : false;
    bool ok = key(rd, "kind") && word(rd, sel_words, TSEL__COUNT, &w) && key(rd, "sym") && u32(rd, &s->sym) &&
              key(rd, "recv") && u32(rd, &s->recv) && key(rd, "path") && u32_list(rd, &s->path, &s->npath) &&
              key(rd, "indirect") && boolean(rd, &s->indirect) && key(rd, "ptrRecv") && boolean(rd, &s->ptr_recv) &&
              key(rd, "addr") && boolean(rd, &s->addr) && key(rd, "deref") && boolean(rd, &s->deref);
    s->kind = (TastSelKind)w;
    return ok;
}

static bool closure(Reader *rd, TastClosure *c)
{
    uint32_t n;
    return map(rd, &n) && (n == 3 || fail(rd, "bad closure")) && key(rd, "file") && u32(rd, &c->file) &&
           key(rd, "node") && u32(rd, &c->node) && key(rd, "captures") && u32_list(rd, &c->caps, &c->ncaps);
}

/* One file: its tree, then its node rows [id, mode, type, conv, sym, const, sel]. */
static bool file_entry(Reader *rd, uint32_t f)
{
    TypedAst *t = rd->t;
    uint32_t n, rows;
    if (!map(rd, &n) || n != 2 || !key(rd, "tree"))
        return rd->r->err == CBOR_OK ? fail(rd, "bad file entry") : false;
    if (!ast_read_tree(rd->r, f, rd->a, &t->files[f]))
        return false;
    t->nfacts[f] = ast_count(t->files[f]);
    t->facts[f] = arena_alloc(rd->a, (size_t)t->nfacts[f] * sizeof **t->facts);
    if (!key(rd, "nodes") || !array(rd, &rows))
        return false;
    uint32_t last = 0;
    for (uint32_t i = 0; i < rows; i++) {
        uint32_t len, id, mode;
        TastFacts tmp;
        if (!array(rd, &len) || (len != 7 && !fail(rd, "bad node row")) || !u32(rd, &id) || !u32(rd, &mode) ||
            !u32(rd, &tmp.type) || !u32(rd, &tmp.conv) || !u32(rd, &tmp.sym) || !u32(rd, &tmp.cval) ||
            !u32(rd, &tmp.sel))
            return false;
        if (id >= t->nfacts[f] || (i > 0 && id <= last) || mode >= TM__COUNT)
            return fail(rd, "node row out of order or out of range");
        last = id;
        tmp.mode = (TastMode)mode;
        t->facts[f][id] = tmp;
    }
    return true;
}

/* ==== the body ======================================================== */

#define LIST(rd, name, arr, count, fn)                                         \
    do {                                                                     \
        if (!key(rd, name) || !array(rd, &(count)))                          \
            return false;                                                    \
        (arr) = arena_alloc((rd)->a, ((count) ? (count) : 1) * sizeof *(arr)); \
        for (uint32_t i_ = 0; i_ < (count); i_++)                            \
            if (!fn(rd, &(arr)[i_]))                                         \
                return false;                                                \
    } while (0)

static bool body(Reader *rd)
{
    TypedAst *t = rd->t;
    uint32_t n;
    if (!map(rd, &n) || n != 12)
        return rd->r->err == CBOR_OK ? fail(rd, "expected the body's 12 entries") : false;
    if (!key(rd, "package") || !text(rd, &t->package, NULL) || !key(rd, "path") || !text(rd, &t->path, NULL))
        return false;
    if (!key(rd, "imports") || !array(rd, &t->nimports))
        return false;
    t->imports = arena_alloc(rd->a, (t->nimports ? t->nimports : 1) * sizeof *t->imports);
    for (uint32_t i = 0; i < t->nimports; i++)
        if (!text(rd, &t->imports[i], NULL))
            return false;
    if (!key(rd, "files") || !array(rd, &t->nfiles))
        return false;
    t->files = arena_alloc(rd->a, (t->nfiles ? t->nfiles : 1) * sizeof *t->files);
    t->facts = arena_alloc(rd->a, (t->nfiles ? t->nfiles : 1) * sizeof *t->facts);
    t->nfacts = arena_alloc(rd->a, (t->nfiles ? t->nfiles : 1) * sizeof *t->nfacts);
    for (uint32_t f = 0; f < t->nfiles; f++)
        if (!file_entry(rd, f))
            return false;
    LIST(rd, "types", t->types, t->ntypes, type_record);
    LIST(rd, "symbols", t->syms, t->nsyms, symbol);
    LIST(rd, "consts", t->consts, t->nconsts, constant);
    LIST(rd, "selections", t->sels, t->nsels, selection);
    LIST(rd, "closures", t->closures, t->nclosures, closure);
    return key(rd, "initOrder") && u32_list(rd, &t->init_order, &t->ninit_order) && key(rd, "initFuncs") &&
           u32_list(rd, &t->init_funcs, &t->ninit_funcs) && key(rd, "objects") &&
           u32_list(rd, &t->objects, &t->nobjects);
}

/* ==== checking the indices ============================================= */

static bool type_ok(const TypedAst *t, uint32_t id) { return id < t->ntypes; }
static bool sym_ok(const TypedAst *t, uint32_t id) { return id >= 1 && id <= t->nsyms; }

static bool types_ok(Reader *rd)
{
    const TypedAst *t = rd->t;
    for (uint32_t i = 0; i < t->ntypes; i++) {
        const TastType *ty = &t->types[i];
        bool ok = type_ok(t, ty->canon) && type_ok(t, ty->elem) && type_ok(t, ty->key) && type_ok(t, ty->params) &&
                  type_ok(t, ty->results) && type_ok(t, ty->underlying);
        for (uint32_t k = 0; ok && k < ty->n; k++) {
            if (ty->ids)
                ok = type_ok(t, ty->ids[k]);
            if (ty->fields)
                ok = ok && type_ok(t, ty->fields[k].type);
            if (ty->methods)
                ok = ok && type_ok(t, ty->methods[k].type) && (ty->methods[k].sym == 0 || sym_ok(t, ty->methods[k].sym));
        }
        if (!ok)
            return fail(rd, "a type refers to a type or symbol that is not there");
    }
    return true;
}

static bool refs_ok(Reader *rd)
{
    const TypedAst *t = rd->t;
    if (!types_ok(rd))
        return false;
    for (uint32_t i = 0; i < t->nsyms; i++)
        if (!type_ok(t, t->syms[i].type) || !type_ok(t, t->syms[i].recv) || t->syms[i].pos.file >= (t->nfiles ? t->nfiles : 1))
            return fail(rd, "a symbol refers to a type or file that is not there");
    for (uint32_t f = 0; f < t->nfiles; f++)
        for (uint32_t i = 0; i < t->nfacts[f]; i++) {
            const TastFacts *x = &t->facts[f][i];
            if (!type_ok(t, x->type) || !type_ok(t, x->conv) || (x->sym && !sym_ok(t, x->sym)) ||
                x->cval > t->nconsts || x->sel > t->nsels)
                return fail(rd, "a node refers to a table entry that is not there");
        }
    for (uint32_t i = 0; i < t->nsels; i++)
        if ((t->sels[i].sym && !sym_ok(t, t->sels[i].sym)) || !type_ok(t, t->sels[i].recv))
            return fail(rd, "a selection refers to a table entry that is not there");
    for (uint32_t i = 0; i < t->nclosures; i++) {
        const TastClosure *c = &t->closures[i];
        if (c->file >= t->nfiles || c->node >= t->nfacts[c->file])
            return fail(rd, "a closure names a node that is not there");
        for (uint32_t k = 0; k < c->ncaps; k++)
            if (!sym_ok(t, c->caps[k]))
                return fail(rd, "a closure captures a symbol that is not there");
    }
    const uint32_t *lists[3] = {t->init_order, t->init_funcs, t->objects};
    const uint32_t counts[3] = {t->ninit_order, t->ninit_funcs, t->nobjects};
    for (int l = 0; l < 3; l++)
        for (uint32_t k = 0; k < counts[l]; k++)
            if (!sym_ok(t, lists[l][k]))
                return fail(rd, "a list names a symbol that is not there");
    return true;
}

bool tast_read(const void *data, size_t len, const char *path, Arena *a, StageHeader *h, TypedAst *out)
{
    CborReader cbor;
    memset(out, 0, sizeof *out);
    cbor_reader_init(&cbor, data, len);
    if (!container_open(&cbor, path, TYPED_AST_FORMAT_NAME, TYPED_AST_FORMAT_VERSION, h))
        return false;
    Reader rd = {&cbor, a, out};
    if (body(&rd))
        (void)refs_ok(&rd);
    if (!container_close(&cbor, path, TYPED_AST_FORMAT_NAME)) {
        stage_header_free(h);
        return false;
    }
    return true;
}
