/* export.c - export data: what a package declares for its importers
 * (gomini-export, docs/formats.md), written by gocheck --export and
 * read when another package imports it, so that no importer re-reads a
 * package's source.  Also the import declarations of a package's files.
 *
 * Types are written as a table of records with file-local indices:
 * indices below TY__NBASIC are the basic types, the next four the
 * universe's byte, rune, any and error, and then the records: named
 * types first, so that the reader can make them all before it builds
 * the unnamed types that refer to them. */
#include "tast.h"

#include "container.h"
#include "fileio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EX_BYTE = TY__NBASIC, EX_RUNE, EX_ANY, EX_ERROR, EX_FIRST };

/* ==== writing ========================================================= */

typedef struct ExportMap {
    uint32_t *local;      /* TypeId -> 1 + local index, 0: not exported */
    TypeId *order;        /* local index - EX_FIRST -> TypeId */
    uint32_t n;
} ExportMap;

/* Marks every type reachable from t, with an explicit stack. */
static void reach(Checker *ck, TypeId t, uint8_t *seen, TypeId **stack, uint32_t *cap)
{
    uint32_t len = 0;
#define PUSH(x) do { if (len == *cap) { *cap = *cap ? 2 * *cap : 64; *stack = xrealloc(*stack, *cap * sizeof **stack); } (*stack)[len++] = (x); } while (0)
    PUSH(t);
    while (len > 0) {
        TypeId id = (*stack)[--len];
        if (seen[id])
            continue;
        seen[id] = 1;
        if (id < TY__NBASIC || id == ck->t_byte || id == ck->t_rune || id == ck->t_any || id == ck->t_error)
            continue;
        const Type *ty = types_get(ck->types, id);
        switch (ty->kind) {
        case TY_ARRAY: case TY_SLICE: case TY_POINTER: case TY_CHAN: PUSH(ty->elem); break;
        case TY_MAP: PUSH(ty->key); PUSH(ty->elem); break;
        case TY_FUNC: PUSH(ty->params); PUSH(ty->results); break;
        case TY_TUPLE: for (uint32_t i = 0; i < ty->n; i++) PUSH(ty->ids[i]); break;
        case TY_STRUCT: for (uint32_t i = 0; i < ty->n; i++) PUSH(ty->fields[i].type); break;
        case TY_INTERFACE: for (uint32_t i = 0; i < ty->n; i++) PUSH(ty->methods[i].type); break;
        case TY_NAMED:
            PUSH(ty->underlying);
            for (uint32_t i = 0; i < ty->n; i++)
                PUSH(ty->methods[i].type);
            break;
        default: break;
        }
    }
#undef PUSH
}

static uint32_t local_of(Checker *ck, const ExportMap *m, TypeId t)
{
    if (t < TY__NBASIC)
        return t;
    if (t == ck->t_byte) return EX_BYTE;
    if (t == ck->t_rune) return EX_RUNE;
    if (t == ck->t_any) return EX_ANY;
    if (t == ck->t_error) return EX_ERROR;
    return m->local[t] - 1;
}

static void write_type_record(Out *o, Checker *ck, const ExportMap *m, TypeId id)
{
    const Type *t = types_get(ck->types, id);
    switch (t->kind) {
    case TY_NAMED: {
        out_array(o, 5, false);
        out_uint(o, t->kind);
        out_cstr(o, t->pkgpath);
        out_cstr(o, t->name);
        out_uint(o, local_of(ck, m, t->underlying));
        out_array(o, t->n, false);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 4, true);
            out_cstr(o, t->methods[i].name);
            out_uint(o, local_of(ck, m, t->methods[i].type));
            out_bool(o, t->methods[i].ptr_recv);
            const Symbol *s = t->methods[i].sym ? ck->syms[t->methods[i].sym - 1] : NULL;
            out_bool(o, s && s->native);
            out_end_array(o);
        }
        out_end_array(o);
        out_end_array(o);
        return;
    }
    case TY_ARRAY:
        out_array(o, 3, true);
        out_uint(o, t->kind);
        out_uint(o, local_of(ck, m, t->elem));
        out_uint(o, (uint64_t)t->len);
        break;
    case TY_SLICE: case TY_POINTER:
        out_array(o, 2, true);
        out_uint(o, t->kind);
        out_uint(o, local_of(ck, m, t->elem));
        break;
    case TY_MAP:
        out_array(o, 3, true);
        out_uint(o, t->kind);
        out_uint(o, local_of(ck, m, t->key));
        out_uint(o, local_of(ck, m, t->elem));
        break;
    case TY_CHAN:
        out_array(o, 3, true);
        out_uint(o, t->kind);
        out_uint(o, t->dir);
        out_uint(o, local_of(ck, m, t->elem));
        break;
    case TY_FUNC:
        out_array(o, 4, true);
        out_uint(o, t->kind);
        out_uint(o, local_of(ck, m, t->params));
        out_uint(o, local_of(ck, m, t->results));
        out_bool(o, t->variadic);
        break;
    case TY_TUPLE:
        out_array(o, 2, true);
        out_uint(o, t->kind);
        out_array(o, t->n, true);
        for (uint32_t i = 0; i < t->n; i++)
            out_uint(o, local_of(ck, m, t->ids[i]));
        out_end_array(o);
        break;
    case TY_STRUCT:
        out_array(o, 2, true);
        out_uint(o, t->kind);
        out_array(o, t->n, true);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 3 + (t->fields[i].tag != NULL), true);
            out_cstr(o, t->fields[i].name);
            out_uint(o, local_of(ck, m, t->fields[i].type));
            out_bool(o, t->fields[i].embedded);
            if (t->fields[i].tag)
                out_cstr(o, t->fields[i].tag);
            out_end_array(o);
        }
        out_end_array(o);
        break;
    case TY_INTERFACE:
        out_array(o, 2, true);
        out_uint(o, t->kind);
        out_array(o, t->n, true);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 2, true);
            out_cstr(o, t->methods[i].name);
            out_uint(o, local_of(ck, m, t->methods[i].type));
            out_end_array(o);
        }
        out_end_array(o);
        break;
    default:
        /* An alias record other than the universe's (none are made). */
        out_array(o, 1, true);
        out_uint(o, TY_INVALID);
        break;
    }
    out_end_array(o);
}

void export_write(Checker *ck, Buf *b, bool json, const char *const *sources, size_t nsources)
{
    uint32_t nt = types_count(ck->types);
    uint8_t *seen = xcalloc(nt, 1);
    TypeId *stack = NULL;
    uint32_t cap = 0, nobj = 0;
    /* Every package-level object, unexported ones too: an importer
     * that names one is told "not exported", not "undefined". */
    for (uint32_t i = 0; i < ck->nobjs; i++) {
        Symbol *s = ck->objs[i];
        if (scope_lookup_local(ck->pkg.scope, s->name) != s)
            continue;
        nobj++;
        reach(ck, s->type, seen, &stack, &cap);
    }
    free(stack);
    ExportMap m = {.local = xcalloc(nt, sizeof *m.local), .order = xmalloc((nt + 1) * sizeof *m.order)};
    /* Named types first, then the unnamed ones: ids follow creation
     * order, so an unnamed type's parts come before it. */
    for (int pass = 0; pass < 2; pass++)
        for (TypeId t = TY__NBASIC; t < nt; t++) {
            if (!seen[t] || t == ck->t_byte || t == ck->t_rune || t == ck->t_any || t == ck->t_error)
                continue;
            bool named = types_kind(ck->types, t) == TY_NAMED;
            if (named != (pass == 0))
                continue;
            m.order[m.n] = t;
            m.local[t] = EX_FIRST + m.n + 1;
            m.n++;
        }
    Out o;
    out_init(&o, b, json, NULL);
    out_begin_container(&o, EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, sources, nsources);
    /* deps: every package this one depends on, so that an importer can
     * see an import cycle without reading more export data. */
    const char **deps = NULL;
    uint32_t ndeps = 0, depcap = 0;
    for (uint32_t i = 0; i < ck->nimports; i++) {
        Package *p = ck->imports[i];
        for (uint32_t k = 0; k <= p->ndeps; k++) {
            const char *d = k < p->ndeps ? p->deps[k] : p->path;
            bool have = false;
            for (uint32_t j = 0; j < ndeps && !have; j++)
                have = deps[j] == d;
            if (have)
                continue;
            if (ndeps == depcap) {
                depcap = depcap ? 2 * depcap : 16;
                deps = xrealloc(deps, depcap * sizeof *deps);
            }
            deps[ndeps++] = d;
        }
    }
    out_map(&o, 6, false);
    out_key(&o, "path"); out_cstr(&o, ck->pkg.path);
    out_key(&o, "name"); out_cstr(&o, ck->pkg.name);
    out_key(&o, "imports");
    out_array(&o, ck->nimports, true);
    for (uint32_t i = 0; i < ck->nimports; i++)
        out_cstr(&o, ck->imports[i]->path);
    out_end_array(&o);
    out_key(&o, "deps");
    out_array(&o, ndeps, true);
    for (uint32_t i = 0; i < ndeps; i++)
        out_cstr(&o, deps[i]);
    out_end_array(&o);
    free(deps);
    out_key(&o, "types");
    out_array(&o, m.n, false);
    for (uint32_t i = 0; i < m.n; i++)
        write_type_record(&o, ck, &m, m.order[i]);
    out_end_array(&o);
    out_key(&o, "objects");
    out_array(&o, nobj, false);
    for (uint32_t i = 0; i < ck->nobjs; i++) {
        Symbol *s = ck->objs[i];
        if (scope_lookup_local(ck->pkg.scope, s->name) != s)
            continue;
        bool has_val = s->kind == SYM_CONST;
        out_array(&o, 4 + has_val, true);
        out_uint(&o, s->kind);
        out_cstr(&o, s->name);
        out_uint(&o, local_of(ck, &m, s->type));
        out_bool(&o, s->native);
        if (has_val)
            tast_write_const(&o, &s->val);
        out_end_array(&o);
    }
    out_end_array(&o);
    out_end_map(&o);
    if (json)
        out_end_map(&o);
    out_finish(&o);
    free(m.local);
    free(m.order);
    free(seen);
}

/* ==== reading ========================================================= */

typedef struct ImportReader {
    Checker *ck;
    CborReader *r;
    const char *path;     /* the file, for messages */
    Package *pkg;
    TypeId *ids;          /* local index -> TypeId */
    uint32_t nids;
} ImportReader;

static bool fail(ImportReader *ir, const char *what)
{
    cbor_fail(ir->r, "corrupt export data: %s", what);
    return false;
}

static bool get_local(ImportReader *ir, uint32_t limit, TypeId *out)
{
    uint64_t v;
    if (!cbor_get_uint(ir->r, &v))
        return false;
    if (v >= limit || v >= ir->nids || ir->ids[v] == 0)
        return fail(ir, "type index out of range");
    *out = ir->ids[v];
    return true;
}

static bool get_str(ImportReader *ir, const char **s)
{
    const char *p;
    size_t len;
    if (!cbor_get_string(ir->r, &p, &len))
        return false;
    if (len == 0 || len > 4096 || memchr(p, '\0', len))
        return fail(ir, "bad name");
    *s = interner_intern(ir->ck->in, p, len);
    return true;
}

static bool get_bool(ImportReader *ir, bool *b)
{
    CborItem it;
    if (!cbor_next(ir->r, &it))
        return false;
    if (it.type != CBT_BOOL)
        return fail(ir, "expected a boolean");
    *b = it.b;
    return true;
}

/* A named type (pkgpath, name) the run knows already, from another
 * package's export data. */
static TypeId find_named(Checker *ck, const char *pkgpath, const char *name)
{
    for (uint32_t i = 0; i < ck->nimports; i++) {
        Package *p = ck->imports[i];
        if (strcmp(p->path, pkgpath) != 0)
            continue;
        Symbol *s = scope_lookup_local(p->scope, name);
        if (s && s->kind == SYM_TYPE)
            return s->type;
    }
    for (uint32_t i = 0; i < ck->nsyms; i++) {
        Symbol *s = ck->syms[i];
        if (s->kind == SYM_TYPE && s->type > TY__NBASIC && types_kind(ck->types, s->type) == TY_NAMED) {
            const Type *t = types_get(ck->types, s->type);
            if (strcmp(t->pkgpath, pkgpath) == 0 && strcmp(t->name, name) == 0)
                return s->type;
        }
    }
    for (uint32_t i = 0; i < ck->nimport_named; i++) {
        const Type *t = types_get(ck->types, ck->import_named[i]);
        if (strcmp(t->pkgpath, pkgpath) == 0 && strcmp(t->name, name) == 0)
            return ck->import_named[i];
    }
    return 0;
}

static void note_import_named(Checker *ck, TypeId t)
{
    if (ck->nimport_named == ck->import_named_cap) {
        ck->import_named_cap = ck->import_named_cap ? 2 * ck->import_named_cap : 64;
        ck->import_named = xrealloc(ck->import_named, ck->import_named_cap * sizeof *ck->import_named);
    }
    ck->import_named[ck->nimport_named++] = t;
}

/* Named types are made (or found) in the first pass over the records,
 * completed in the last; this is the record start of each. */
static bool read_types(ImportReader *ir)
{
    Checker *ck = ir->ck;
    uint64_t n;
    if (!cbor_get_array(ir->r, &n) || !cbor_check_count(ir->r, n))
        return false;
    ir->nids = EX_FIRST + (uint32_t)n;
    ir->ids = xcalloc(ir->nids, sizeof *ir->ids);
    for (uint32_t k = 1; k < TY__NBASIC; k++)
        ir->ids[k] = k;
    ir->ids[EX_BYTE] = ck->t_byte;
    ir->ids[EX_RUNE] = ck->t_rune;
    ir->ids[EX_ANY] = ck->t_any;
    ir->ids[EX_ERROR] = ck->t_error;
    /* Pass 1: where each record starts, and the named types. */
    size_t *starts = xmalloc((n ? n : 1) * sizeof *starts);
    bool *fresh = xcalloc(n ? n : 1, 1);
    bool ok = true;
    for (uint32_t i = 0; ok && i < n; i++) {
        starts[i] = ir->r->pos;
        uint64_t len, kind;
        if (!cbor_get_array(ir->r, &len) || len < 1 || !cbor_get_uint(ir->r, &kind)) {
            ok = len >= 1 ? false : fail(ir, "empty type record");
            break;
        }
        if (kind == TY_NAMED) {
            const char *pkgpath, *name;
            if (len != 5 || !get_str(ir, &pkgpath) || !get_str(ir, &name)) {
                ok = len == 5 ? false : fail(ir, "bad named type");
                break;
            }
            TypeId t = find_named(ck, pkgpath, name);
            if (!t) {
                t = types_named(ck->types, name, pkgpath);
                note_import_named(ck, t);
                fresh[i] = true;
            }
            ir->ids[EX_FIRST + i] = t;
            for (uint64_t k = 3; ok && k < len; k++)
                ok = cbor_skip(ir->r);
        } else {
            for (uint64_t k = 1; ok && k < len; k++)
                ok = cbor_skip(ir->r);
        }
    }
    size_t end = ir->r->pos;
    /* Pass 2: the unnamed types, in order (parts come first). */
    for (uint32_t i = 0; ok && i < n; i++) {
        if (ir->ids[EX_FIRST + i])
            continue;
        ir->r->pos = starts[i];
        uint64_t len, kind;
        ok = cbor_get_array(ir->r, &len) && cbor_get_uint(ir->r, &kind);
        if (!ok)
            break;
        uint32_t limit = EX_FIRST + i;   /* parts must come earlier */
        TypeId a = 0, b2 = 0, t = 0;
        uint64_t v;
        bool flag;
        switch (kind) {
        case TY_ARRAY:
            ok = len == 3 && get_local(ir, limit, &a) && cbor_get_uint(ir->r, &v) && v <= INT64_MAX;
            if (ok)
                t = types_array(ck->types, a, (int64_t)v);
            break;
        case TY_SLICE: case TY_POINTER:
            ok = len == 2 && get_local(ir, limit, &a);
            if (ok)
                t = kind == TY_SLICE ? types_slice(ck->types, a) : types_pointer(ck->types, a);
            break;
        case TY_MAP:
            ok = len == 3 && get_local(ir, limit, &a) && get_local(ir, limit, &b2);
            if (ok)
                t = types_map(ck->types, a, b2);
            break;
        case TY_CHAN:
            ok = len == 3 && cbor_get_uint(ir->r, &v) && v <= CHAN_RECV && get_local(ir, limit, &a);
            if (ok)
                t = types_chan(ck->types, (ChanDir)v, a);
            break;
        case TY_FUNC:
            ok = len == 4 && get_local(ir, limit, &a) && get_local(ir, limit, &b2) && get_bool(ir, &flag) &&
                 types_kind(ck->types, a) == TY_TUPLE && types_kind(ck->types, b2) == TY_TUPLE;
            if (ok && flag) {
                const Type *pt = types_get(ck->types, a);
                ok = pt->n > 0 && types_kind(ck->types, pt->ids[pt->n - 1]) == TY_SLICE;
            }
            if (ok)
                t = types_func(ck->types, a, b2, flag);
            break;
        case TY_TUPLE: {
            uint64_t m;
            ok = len == 2 && cbor_get_array(ir->r, &m) && cbor_check_count(ir->r, m);
            TypeId *ts = ok ? xmalloc((m ? m : 1) * sizeof *ts) : NULL;
            for (uint64_t k = 0; ok && k < m; k++)
                ok = get_local(ir, limit, &ts[k]);
            if (ok)
                t = types_tuple(ck->types, ts, (uint32_t)m);
            free(ts);
            break;
        }
        case TY_STRUCT: {
            uint64_t m;
            ok = len == 2 && cbor_get_array(ir->r, &m) && cbor_check_count(ir->r, m);
            TypeField *fs = ok ? xmalloc((m ? m : 1) * sizeof *fs) : NULL;
            for (uint64_t k = 0; ok && k < m; k++) {
                uint64_t fl;
                fs[k].tag = NULL;
                ok = cbor_get_array(ir->r, &fl) && (fl == 3 || fl == 4) && get_str(ir, &fs[k].name) &&
                     get_local(ir, limit, &fs[k].type) && get_bool(ir, &fs[k].embedded);
                if (ok && fl == 4) {
                    const char *tp;
                    size_t tl;
                    ok = cbor_get_string(ir->r, &tp, &tl) && !memchr(tp, '\0', tl);
                    if (ok)
                        fs[k].tag = interner_intern(ck->in, tp, tl);
                }
            }
            if (ok)
                t = types_struct(ck->types, fs, (uint32_t)m);
            free(fs);
            break;
        }
        case TY_INTERFACE: {
            uint64_t m;
            ok = len == 2 && cbor_get_array(ir->r, &m) && cbor_check_count(ir->r, m);
            TypeMethod *ms = ok ? xcalloc(m ? m : 1, sizeof *ms) : NULL;
            for (uint64_t k = 0; ok && k < m; k++) {
                uint64_t ml;
                ok = cbor_get_array(ir->r, &ml) && ml == 2 && get_str(ir, &ms[k].name) &&
                     get_local(ir, limit, &ms[k].type) && types_kind(ck->types, ms[k].type) == TY_FUNC;
            }
            if (ok)
                t = types_interface(ck->types, ms, (uint32_t)m);
            free(ms);
            break;
        }
        default:
            ok = false;
            break;
        }
        if (!ok) {
            if (!(ir->r->err != CBOR_OK))
                fail(ir, "bad type record");
            break;
        }
        ir->ids[EX_FIRST + i] = t;
    }
    /* Pass 3: the named types' underlying types and methods. */
    for (uint32_t i = 0; ok && i < n; i++) {
        if (!fresh[i])
            continue;
        ir->r->pos = starts[i];
        uint64_t len, kind, m;
        TypeId named = ir->ids[EX_FIRST + i], u;
        const char *s1, *s2;
        ok = cbor_get_array(ir->r, &len) && cbor_get_uint(ir->r, &kind) && get_str(ir, &s1) &&
             get_str(ir, &s2) && get_local(ir, ir->nids, &u) && cbor_get_array(ir->r, &m) &&
             cbor_check_count(ir->r, m);
        if (!ok)
            break;
        if (types_kind(ck->types, u) == TY_NAMED && types_underlying(ck->types, u) == TYPE_INVALID) {
            ok = fail(ir, "named type without an underlying type");
            break;
        }
        types_set_underlying(ck->types, named, u);
        for (uint64_t k = 0; ok && k < m; k++) {
            uint64_t ml;
            const char *name;
            TypeId sig;
            bool ptr, native;
            ok = cbor_get_array(ir->r, &ml) && ml == 4 && get_str(ir, &name) && get_local(ir, ir->nids, &sig) &&
                 get_bool(ir, &ptr) && get_bool(ir, &native) && types_kind(ck->types, sig) == TY_FUNC;
            if (!ok)
                break;
            Symbol *ms = symbol_new(ck->arena, SYM_FUNC, name, sig, NULL);
            ms->global = true;
            /* The method's package is its type's, which may not be the
             * package whose export data names it (io.Reader in bufio's). */
            ms->pkgpath = interner_intern_cstr(ck->in, types_get(ck->types, named)->pkgpath);
            ms->native = native;
            ms->color = COLOR_BLACK;
            ms->recv = ptr ? types_pointer(ck->types, named) : named;
            if (!types_lookup_method(ck->types, named, name))
                types_add_method(ck->types, named, name, sig, ptr, check_sym_id(ck, ms));
        }
    }
    free(starts);
    free(fresh);
    if (ok)
        ir->r->pos = end;
    return ok && !(ir->r->err != CBOR_OK);
}

/* Decimal digits as an exact value: written "123." they are a float
 * literal, which the constant parser reads without the integer
 * literal's 512-bit limit (math.MaxFloat64's numerator is 1024 bits). */
static bool parse_digits(const char *s, size_t len, ConstVal *out)
{
    char *t = xmalloc(len + 2);
    memcpy(t, s, len);
    t[len] = '.';
    t[len + 1] = '\0';
    bool ok = const_make_float_lit(t, len + 1, out) == CONST_OK;
    free(t);
    return ok;
}

static bool read_const(ImportReader *ir, ConstVal *out)
{
    uint64_t n;
    const char *k, *vs;
    size_t klen, vlen;
    *out = (ConstVal){0};
    if (!cbor_get_map(ir->r, &n) || n != 2 || !cbor_get_string(ir->r, &k, &klen) ||
        !cbor_get_string(ir->r, &k, &klen))
        return fail(ir, "bad constant");
    char kind[8] = {0};
    memcpy(kind, k, klen < 7 ? klen : 7);
    const char *dummy;
    size_t dl;
    if (!cbor_get_string(ir->r, &dummy, &dl))
        return false;
    if (strcmp(kind, "bool") == 0) {
        bool b;
        if (!get_bool(ir, &b))
            return false;
        *out = const_make_bool(b);
        return true;
    }
    if (!cbor_get_string(ir->r, &vs, &vlen))
        return false;
    if (strcmp(kind, "string") == 0) {
        *out = const_make_string(vs, vlen);
        return true;
    }
    if (strcmp(kind, "bytes") == 0) {
        if (vlen % 2 != 0)
            return fail(ir, "bad constant");
        char *bytes = xmalloc(vlen / 2 + 1);
        for (size_t i = 0; i < vlen / 2; i++) {
            unsigned hi = (unsigned)vs[2 * i], lo = (unsigned)vs[2 * i + 1];
            int h = hi >= '0' && hi <= '9' ? (int)(hi - '0') : hi >= 'a' && hi <= 'f' ? (int)(hi - 'a' + 10) : -1;
            int l = lo >= '0' && lo <= '9' ? (int)(lo - '0') : lo >= 'a' && lo <= 'f' ? (int)(lo - 'a' + 10) : -1;
            if (h < 0 || l < 0) {
                free(bytes);
                return fail(ir, "bad constant");
            }
            bytes[i] = (char)(h << 4 | l);
        }
        *out = const_make_string(bytes, vlen / 2);
        free(bytes);
        return true;
    }
    /* int: [-]digits; rat: [-]digits/digits */
    const char *slash = memchr(vs, '/', vlen);
    size_t nlen = slash ? (size_t)(slash - vs) : vlen;
    bool neg = nlen > 0 && vs[0] == '-';
    for (size_t i = neg; i < vlen; i++)
        if (!((vs[i] >= '0' && vs[i] <= '9') || (slash && vs + i == slash)))
            return fail(ir, "bad constant");
    /* Integers convert to CONST_INT; a fraction's parts stay rationals,
     * since a float constant's numerator may pass the integer limit. */
    ConstVal num, den, r;
    if (nlen <= (size_t)neg || !parse_digits(vs + neg, nlen - neg, &num))
        return fail(ir, "bad constant");
    if (neg) {
        ConstVal t;
        ConstStatus st = const_unary(CONST_SUB, &num, 0, &t);
        const_free(&num);
        if (st != CONST_OK)
            return fail(ir, "bad constant");
        num = t;
    }
    if (strcmp(kind, "int") == 0 && !slash) {
        ConstStatus st = const_to_int(&num, out);
        const_free(&num);
        return st == CONST_OK ? true : fail(ir, "bad constant");
    }
    if (strcmp(kind, "rat") != 0 || !slash || vlen - nlen < 2 || !parse_digits(slash + 1, vlen - nlen - 1, &den)) {
        const_free(&num);
        return fail(ir, "bad constant");
    }
    ConstStatus st = const_binary(CONST_QUO, &num, &den, &r);
    const_free(&num);
    const_free(&den);
    if (st != CONST_OK)
        return fail(ir, "bad constant");
    *out = r;
    return true;
}

static bool read_objects(ImportReader *ir)
{
    Checker *ck = ir->ck;
    uint64_t n;
    if (!cbor_get_array(ir->r, &n) || !cbor_check_count(ir->r, n))
        return false;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t len, kind;
        const char *name;
        TypeId t;
        bool native;
        if (!cbor_get_array(ir->r, &len) || (len != 4 && len != 5) || !cbor_get_uint(ir->r, &kind) ||
            kind > SYM_FUNC || !get_str(ir, &name) || !get_local(ir, ir->nids, &t) || !get_bool(ir, &native))
            return (ir->r->err != CBOR_OK) ? false : fail(ir, "bad object");
        Symbol *s = symbol_new(ck->arena, (SymKind)kind, name, t, NULL);
        s->global = true;
        s->pkgpath = ir->pkg->path;
        s->native = native;
        s->color = COLOR_BLACK;
        s->flags |= SYMF_USED;
        if (len == 5 && !read_const(ir, &s->val))
            return false;
        if ((kind == SYM_CONST) != (len == 5) || scope_insert(ir->pkg->scope, s)) {
            const_free(&s->val);
            return fail(ir, "bad or duplicate object");
        }
    }
    return true;
}

static bool read_export(ImportReader *ir, const char *want_path)
{
    uint64_t n;
    const char *k;
    size_t klen;
    if (!cbor_get_map(ir->r, &n) || n != 6)
        return fail(ir, "expected the body map");
    const char *path, *name;
    if (!cbor_get_string(ir->r, &k, &klen) || !get_str(ir, &path) ||
        !cbor_get_string(ir->r, &k, &klen) || !get_str(ir, &name))
        return false;
    (void)want_path;
    ir->pkg->name = name;
    for (int list = 0; list < 2; list++) {
        if (!cbor_get_string(ir->r, &k, &klen) || !cbor_get_array(ir->r, &n) || !cbor_check_count(ir->r, n))
            return false;
        const char **paths = arena_alloc(ir->ck->arena, (n ? n : 1) * sizeof *paths);
        for (uint64_t i = 0; i < n; i++)
            if (!get_str(ir, &paths[i]))
                return false;
        if (list == 0) {
            ir->pkg->imports = paths;
            ir->pkg->nimports = (uint32_t)n;
        } else {
            ir->pkg->deps = paths;
            ir->pkg->ndeps = (uint32_t)n;
        }
    }
    if (!cbor_get_string(ir->r, &k, &klen) || !read_types(ir))
        return false;
    if (!cbor_get_string(ir->r, &k, &klen) || !read_objects(ir))
        return false;
    return true;
}

/* The export file for the package at path (canonical: see
 * check_canonical_import): each -I directory (then the standard
 * library's) holds DIR/path.gox.  A relative import not found there is
 * looked for beside the importing file, by the path as written there
 * (make's layout, examples/Makefile): after the -I directories, so that
 * the driver's fresh export data wins over a stale file in the sources. */
static char *find_export(Checker *ck, const char *path, const char *written, const Node *at)
{
    Buf b;
    buf_init(&b);
    const char *rel = path;
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    for (uint32_t i = 0; i < ck->nimport_dirs; i++) {
        b.len = 0;
        buf_printf(&b, "%s/%s%s", ck->import_dirs[i], rel, EXPORT_SUFFIX);
        buf_putc(&b, '\0');
        if (access((char *)b.data, R_OK) == 0)
            return (char *)b.data;
    }
    if (written[0] == '.' && at) {
        const char *src = ck->diag->files[at->pos.file];
        const char *slash = strrchr(src, '/');
        b.len = 0;
        if (slash)
            buf_append(&b, src, (size_t)(slash - src + 1));
        buf_printf(&b, "%s%s", written, EXPORT_SUFFIX);
        buf_putc(&b, '\0');
        if (access((char *)b.data, R_OK) == 0)
            return (char *)b.data;
    }
    buf_free(&b);
    return NULL;
}

static bool valid_import_path(const char *p)
{
    if (!*p)
        return false;
    for (const unsigned char *c = (const unsigned char *)p; *c; c++)
        if (*c < 0x21 || *c == 0x7f || strchr("!\"#$%&'()*,:;<=>?[\\]^`{|}", *c))
            return false;
    return true;
}

/* Is path relative ("./x", "../x")? */
static bool is_relative(const char *path)
{
    return path[0] == '.' && (path[1] == '/' || (path[1] == '.' && path[2] == '/'));
}

const char *check_canonical_import(Checker *ck, const char *written)
{
    if (!is_relative(written))
        return interner_intern_cstr(ck->in, written);
    /* The importing package's own directory: main's is "", a local
     * package's is its canonical path, any other's its import path. */
    const char *self = ck->pkg.path;
    bool is_main = strcmp(self, ck->pkg.name) == 0 && strcmp(self, "main") == 0;
    char joined[4096], key[4096];
    snprintf(joined, sizeof joined, "%s%s%s", is_main ? "" : self, is_main ? "" : "/", written);
    if (!path_clean(joined, strlen(joined), key, sizeof key))
        return interner_intern_cstr(ck->in, written);
    /* Relative from main's directory: "./util", "../lib"; from a package
     * found by its import path, a path below that one. */
    bool from_root = is_main || is_relative(self);
    if (from_root && strncmp(key, "../", 3) != 0 && strcmp(key, "..") != 0) {
        char rel[4100];
        snprintf(rel, sizeof rel, "./%s", key);
        return interner_intern_cstr(ck->in, rel);
    }
    return interner_intern_cstr(ck->in, key);
}

Package *check_import(Checker *ck, const char *path, const Node *at)
{
    return check_import_as(ck, path, path, at);
}

Package *check_import_as(Checker *ck, const char *path, const char *written, const Node *at)
{
    for (uint32_t i = 0; i < ck->nimports; i++)
        if (strcmp(ck->imports[i]->path, path) == 0)
            return ck->imports[i]->scope ? ck->imports[i] : NULL;
    Package *p = arena_alloc(ck->arena, sizeof *p);
    p->path = interner_intern_cstr(ck->in, path);
    if (ck->nimports == ck->importcap) {
        ck->importcap = ck->importcap ? 2 * ck->importcap : 16;
        ck->imports = xrealloc(ck->imports, ck->importcap * sizeof *ck->imports);
    }
    ck->imports[ck->nimports++] = p;
    if (strcmp(path, ck->pkg.path) == 0) {
        check_errorf(ck, at, "import cycle not allowed: %s imports itself", path);
        return NULL;
    }
    char *file = find_export(ck, path, written, at);
    if (!file) {
        check_errorf(ck, at, "could not import %s (cannot find package \"%s\" in any of the import directories)",
                     written, written);
        return NULL;
    }
    Buf data;
    buf_init(&data);
    bool ok = file_read_stage(file, GOMINI_MAX_STAGE_BYTES, &data);
    if (ok) {
        CborReader r;
        StageHeader h;
        cbor_reader_init(&r, data.data, data.len);
        ok = container_open(&r, file, EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, &h);
        if (ok) {
            stage_header_free(&h);
            Package tmp = {.path = p->path, .scope = scope_new(ck->arena, SCOPE_PACKAGE, NULL)};
            *p = tmp;
            ImportReader ir = {.ck = ck, .r = &r, .path = file, .pkg = p};
            /* container_close reports a reader error, if any. */
            ok = read_export(&ir, path);
            ok = container_close(&r, file, EXPORT_FORMAT_NAME) && ok;
            free(ir.ids);
        }
    }
    if (!ok) {
        check_errorf(ck, at, "could not import %s (export data in %s is unreadable)", path, file);
        if (p->scope)
            scope_release_values(p->scope);
        p->scope = NULL;
    }
    buf_free(&data);
    free(file);
    if (!ok)
        return NULL;
    /* The package being checked must not be one the import depends on. */
    for (uint32_t i = 0; i < p->ndeps; i++)
        if (strcmp(p->deps[i], ck->pkg.path) == 0) {
            bool direct = false;
            for (uint32_t k = 0; k < p->nimports && !direct; k++)
                direct = strcmp(p->imports[k], ck->pkg.path) == 0;
            if (direct)
                check_errorf(ck, at, "import cycle not allowed: %s imports %s imports %s", ck->pkg.path, p->path,
                             ck->pkg.path);
            else
                check_errorf(ck, at, "import cycle not allowed: %s imports %s, which depends on %s", ck->pkg.path,
                             p->path, ck->pkg.path);
            scope_release_values(p->scope);
            p->scope = NULL;
            return NULL;
        }
    return p;
}

/* ==== import declarations ============================================= */

void decl_imports(Checker *ck)
{
    for (uint32_t f = 0; f < ck->nfiles; f++) {
        const Node *file = ck->files[f];
        Scope *fs = scope_new(ck->arena, SCOPE_FILE, ck->pkg.scope);
        ck->file_scopes[f] = fs;
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d = file->kids[i];
            if (d->kind != AST_GEN_DECL || d->op != TOK_IMPORT)
                continue;
            for (uint32_t j = 0; j < d->nkids; j++) {
                const Node *spec = d->kids[j];
                const Node *pathlit = spec->kids[IMPORT_SPEC_PATH];
                ConstVal v;
                if (const_make_string_lit(pathlit->text, pathlit->text_len, &v) != CONST_OK ||
                    !valid_import_path(v.str) || strlen(v.str) != v.len) {
                    check_errorf(ck, pathlit, "invalid import path: %.*s", (int)pathlit->text_len, pathlit->text);
                    const_free(&v);
                    continue;
                }
                Package *p = check_import_as(ck, check_canonical_import(ck, v.str), v.str, pathlit);
                if (!p) {
                    /* Declared anyway, so that its uses are not each an
                     * "undefined" error: the import error says it all. */
                    p = arena_alloc(ck->arena, sizeof *p);
                    const char *slash = strrchr(v.str, '/');
                    p->path = interner_intern_cstr(ck->in, v.str);
                    p->name = interner_intern_cstr(ck->in, slash ? slash + 1 : v.str);
                    p->scope = scope_new(ck->arena, SCOPE_PACKAGE, NULL);
                    p->fake = true;
                }
                const_free(&v);
                const Node *name = spec->kids[IMPORT_SPEC_NAME];
                if (name && ast_text_is(name, "_"))
                    continue;
                if (name && ast_text_is(name, ".")) {
                    /* A hidden name for the import itself, so that it
                     * can be reported unused (check_note_dot_use). */
                    char key[512];
                    snprintf(key, sizeof key, ".%s", p->path);
                    Symbol *ds = symbol_new(ck->arena, SYM_PACKAGE, interner_intern_cstr(ck->in, key),
                                            TYPE_INVALID, name);
                    ds->pkg = p;
                    ds->spec = spec;
                    ds->file = f;
                    ds->pkgpath = p->path;
                    if (scope_insert(fs, ds))
                        check_errorf(ck, pathlit, "%s imported twice", p->path);
                    for (uint32_t k = 0; k < scope_len(p->scope); k++) {
                        Symbol *s = scope_at(p->scope, k);
                        if (check_is_exported(s->name) && scope_insert(fs, s))
                            check_errorf(ck, pathlit, "%s redeclared in this block", s->name);
                    }
                    continue;
                }
                const char *pname = name ? check_name(ck, name) : p->name;
                if (strcmp(pname, "init") == 0) {
                    check_errorf(ck, name ? name : pathlit, "cannot import package as init - init must be a func");
                    continue;
                }
                Symbol *ps = symbol_new(ck->arena, SYM_PACKAGE, pname, TYPE_INVALID, name ? name : pathlit);
                ps->pkg = p;
                if (p->fake)
                    ps->flags |= SYMF_USED;
                ps->spec = spec;
                ps->file = f;
                ps->pkgpath = p->path;
                Symbol *old = scope_insert(fs, ps);
                if (old)
                    check_errorf(ck, name ? name : pathlit, "%s redeclared in this block", pname);
                else if (name)
                    check_record_sym(ck, name, ps);
            }
        }
    }
}
