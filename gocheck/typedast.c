/* typedast.c - writes the typed AST (gomini-typed-ast, docs/formats.md):
 * the package's syntax trees unchanged, plus the tables the checker
 * filled in, keyed by node id, so that the code generator never looks
 * up a name or computes a type.  CBOR for the stages, --json for people
 * (there each node's facts appear inside the node). */
#include "tast.h"

#include "out.h"
#include "utf8.h"

#include <string.h>

static const char *const kind_words[TY__COUNT] = {
#define TY(name, goname, flags, bits) [TY_##name] = #name,
#include "types.def"
#undef TY
};

static const char *const mode_words[MODE__COUNT] = {
#define M(name, word) [MODE_##name] = #name,
    MODE_LIST(M)
#undef M
};

static const char *const sel_words[] = {
#define S(name, doc) #name,
    SEL_KIND_LIST(S)
#undef S
};

static const char *const sym_words[SYM__COUNT] = {
#define S(name, word) [SYM_##name] = word,
    SYM_KIND_LIST(S)
#undef S
};

static const char *const symflag_words[SYMF__COUNT] = {
#define F(name, doc) [SYMF_BIT_##name] = #name,
    SYM_FLAG_LIST(F)
#undef F
};

static bool is_utf8(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t size = 1;
        if (u[i] >= 0x80 && utf8_decode(u + i, len - i, &size) == UTF8_INVALID)
            return false;
        i += size;
    }
    return true;
}

/* A constant as {"kind": ..., "value": ...}: integers and fractions in
 * exact decimal ("-7", "1/3"), strings as text when they are UTF-8 and
 * else as "bytes" in hexadecimal ("\xff" is "ff"), so that no format
 * (CBOR text must be UTF-8; JSON would replace the byte) changes them. */
void tast_write_const(Out *o, const ConstVal *v)
{
    out_map(o, 2, true);
    out_key(o, "kind");
    Buf b;
    buf_init(&b);
    switch (v->kind) {
    case CONST_BOOL:
        out_cstr(o, "bool");
        out_key(o, "value");
        out_bool(o, v->b);
        break;
    case CONST_STRING:
        if (is_utf8(v->str, v->len)) {
            out_cstr(o, "string");
            out_key(o, "value");
            out_str(o, v->str, v->len);
        } else {
            out_cstr(o, "bytes");
            out_key(o, "value");
            for (size_t i = 0; i < v->len; i++)
                buf_printf(&b, "%02x", (unsigned char)v->str[i]);
            out_str(o, (const char *)b.data, b.len);
        }
        break;
    case CONST_INT:
        out_cstr(o, "int");
        out_key(o, "value");
        const_format(v, &b);
        out_str(o, (const char *)b.data, b.len);
        break;
    case CONST_RAT: {
        out_cstr(o, "rat");
        out_key(o, "value");
        ConstVal num = {.kind = CONST_INT, .num = v->num}, den = {.kind = CONST_INT, .num = v->den};
        const_format(&num, &b);
        buf_putc(&b, '/');
        const_format(&den, &b);
        out_str(o, (const char *)b.data, b.len);
        break;
    }
    default:
        out_cstr(o, "unknown");
        out_key(o, "value");
        out_null(o);
        break;
    }
    buf_free(&b);
    out_end_map(o);
}

static void write_type(Out *o, Checker *ck, TypeId id)
{
    const Type *t = types_get(ck->types, id);
    Buf text;
    buf_init(&text);
    types_format(ck->types, id, ck->pkg.path, &text);
    size_t n = 3;   /* kind, canon, text */
    switch (t->kind) {
    case TY_ARRAY: n += 2; break;
    case TY_SLICE: case TY_POINTER: n += 1; break;
    case TY_MAP: case TY_CHAN: n += 2; break;
    case TY_FUNC: n += 3; break;
    case TY_TUPLE: case TY_STRUCT: case TY_INTERFACE: n += 1; break;
    case TY_NAMED: n += 4; break;
    default: break;
    }
    out_map(o, n, true);
    out_key(o, "kind");
    out_cstr(o, kind_words[t->kind]);
    out_key(o, "canon");
    out_uint(o, t->canon);
    out_key(o, "text");
    out_str(o, (const char *)text.data, text.len);
    buf_free(&text);
    switch (t->kind) {
    case TY_ARRAY:
        out_key(o, "elem"); out_uint(o, t->elem);
        out_key(o, "len"); out_uint(o, (uint64_t)t->len);
        break;
    case TY_SLICE: case TY_POINTER: out_key(o, "elem"); out_uint(o, t->elem); break;
    case TY_MAP:
        out_key(o, "key"); out_uint(o, t->key);
        out_key(o, "elem"); out_uint(o, t->elem);
        break;
    case TY_CHAN:
        out_key(o, "dir"); out_uint(o, t->dir);
        out_key(o, "elem"); out_uint(o, t->elem);
        break;
    case TY_FUNC:
        out_key(o, "params"); out_uint(o, t->params);
        out_key(o, "results"); out_uint(o, t->results);
        out_key(o, "variadic"); out_bool(o, t->variadic);
        break;
    case TY_TUPLE:
        out_key(o, "types");
        out_array(o, t->n, true);
        for (uint32_t i = 0; i < t->n; i++)
            out_uint(o, t->ids[i]);
        out_end_array(o);
        break;
    case TY_STRUCT:
        out_key(o, "fields");
        out_array(o, t->n, false);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 3 + (t->fields[i].tag != NULL), true);
            out_cstr(o, t->fields[i].name);
            out_uint(o, t->fields[i].type);
            out_bool(o, t->fields[i].embedded);
            if (t->fields[i].tag)
                out_cstr(o, t->fields[i].tag);
            out_end_array(o);
        }
        out_end_array(o);
        break;
    case TY_INTERFACE:
        out_key(o, "methods");
        out_array(o, t->n, false);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 2, true);
            out_cstr(o, t->methods[i].name);
            out_uint(o, t->methods[i].type);
            out_end_array(o);
        }
        out_end_array(o);
        break;
    case TY_NAMED:
        out_key(o, "pkg"); out_cstr(o, t->pkgpath);
        out_key(o, "name"); out_cstr(o, t->name);
        out_key(o, "underlying"); out_uint(o, t->underlying);
        out_key(o, "methods");
        out_array(o, t->n, false);
        for (uint32_t i = 0; i < t->n; i++) {
            out_array(o, 4, true);
            out_cstr(o, t->methods[i].name);
            out_uint(o, t->methods[i].type);
            out_bool(o, t->methods[i].ptr_recv);
            out_uint(o, t->methods[i].sym);
            out_end_array(o);
        }
        out_end_array(o);
        break;
    default: break;
    }
    out_end_map(o);
}

static void write_symbol(Out *o, const Symbol *s)
{
    uint32_t nflags = 0;
    for (unsigned b = 0; b < SYMF__COUNT; b++)
        nflags += (s->flags >> b) & 1;
    bool has_val = s->kind == SYM_CONST && s->val.kind != CONST_UNKNOWN;
    bool has_recv = s->kind == SYM_FUNC && s->recv;
    out_map(o, 7 + has_val + has_recv + s->native, true);
    out_key(o, "kind"); out_cstr(o, sym_words[s->kind]);
    out_key(o, "name"); out_cstr(o, s->name);
    out_key(o, "type"); out_uint(o, s->type);
    out_key(o, "pkg"); out_cstr(o, s->pkgpath ? s->pkgpath : "");
    out_key(o, "global"); out_bool(o, s->global);
    out_key(o, "pos");
    out_array(o, 3, true);
    /* Imported objects have no declaring node here: no position. */
    out_uint(o, s->decl ? s->decl->pos.file : 0);
    out_uint(o, s->decl ? s->decl->pos.line : 0);
    out_uint(o, s->decl ? s->decl->pos.col : 0);
    out_end_array(o);
    out_key(o, "flags");
    out_array(o, nflags, true);
    for (unsigned b = 0; b < SYMF__COUNT; b++)
        if (s->flags & (1u << b))
            out_cstr(o, symflag_words[b]);
    out_end_array(o);
    if (has_val) {
        out_key(o, "value");
        tast_write_const(o, &s->val);
    }
    if (has_recv) {
        out_key(o, "recv");
        out_uint(o, s->recv);
    }
    if (s->native) {
        out_key(o, "native");
        out_bool(o, true);
    }
    out_end_map(o);
}

static void write_selection(Out *o, const Selection *s)
{
    out_map(o, 8, true);
    out_key(o, "kind"); out_cstr(o, sel_words[s->kind]);
    out_key(o, "sym"); out_uint(o, s->sym ? s->sym->id : 0);
    out_key(o, "recv"); out_uint(o, s->recv);
    out_key(o, "path");
    out_array(o, s->npath, true);
    for (uint32_t i = 0; i < s->npath; i++)
        out_uint(o, s->path[i]);
    out_end_array(o);
    out_key(o, "indirect"); out_bool(o, s->indirect);
    out_key(o, "ptrRecv"); out_bool(o, s->ptr_recv);
    out_key(o, "addr"); out_bool(o, s->addr);
    out_key(o, "deref"); out_bool(o, s->deref);
    out_end_map(o);
}

static bool has_info(const NodeInfo *ni)
{
    return ni->mode || ni->sym || ni->conv || ni->aux;
}

/* CBOR: a file's node facts as [id, mode, type, conv, sym, const, sel]. */
static void write_node_table(Out *o, Checker *ck, uint32_t f)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < ck->ninfo[f]; i++)
        n += has_info(&ck->info[f][i]);
    out_array(o, n, false);
    for (uint32_t i = 0; i < ck->ninfo[f]; i++) {
        const NodeInfo *ni = &ck->info[f][i];
        if (!has_info(ni))
            continue;
        out_array(o, 7, true);
        out_uint(o, i);
        out_uint(o, ni->mode);
        out_uint(o, ni->type);
        out_uint(o, ni->conv);
        out_uint(o, ni->sym);
        out_uint(o, ni_cval(ni));
        out_uint(o, ni_sel(ni));
        out_end_array(o);
    }
    out_end_array(o);
}

/* JSON: the same facts inside each node. */
typedef struct NoteCtx {
    Checker *ck;
    Out *o;
} NoteCtx;

static void note_node(JsonWriter *j, const Node *n, void *ctx)
{
    NoteCtx *c = ctx;
    const NodeInfo *ni = check_info(c->ck, n);
    (void)j;
    if (!ni || !has_info(ni))
        return;
    Out *o = c->o;
    if (ni->mode) {
        out_key(o, "mode");
        out_cstr(o, mode_words[ni->mode]);
    }
    if (ni->type || ni->mode) {
        out_key(o, "type");
        out_uint(o, ni->type);
    }
    if (ni->conv) {
        out_key(o, "conv");
        out_uint(o, ni->conv);
    }
    if (ni->sym) {
        out_key(o, "sym");
        out_uint(o, ni->sym);
    }
    if (ni_cval(ni)) {
        out_key(o, "value");
        tast_write_const(o, &c->ck->consts[ni_cval(ni) - 1]);
    }
    if (ni_sel(ni)) {
        out_key(o, "sel");
        out_uint(o, ni_sel(ni));
    }
}

static void write_syms(Out *o, Checker *ck, Symbol **syms, uint32_t n)
{
    out_array(o, n, true);
    for (uint32_t i = 0; i < n; i++)
        out_uint(o, check_sym_id(ck, syms[i]));
    out_end_array(o);
}

void tast_write(Checker *ck, Buf *b, bool json, const char *const *sources, size_t nsources, FileSink *sink)
{
    Out o;
    out_init(&o, b, json, sink);
    out_begin_container(&o, TYPED_AST_FORMAT_NAME, TYPED_AST_FORMAT_VERSION, sources, nsources);
    /* Every symbol the tables name needs its id before the symbol table
     * is written: the init order and the closures first. */
    for (uint32_t i = 0; i < ck->norder; i++)
        check_sym_id(ck, ck->order[i]);
    for (uint32_t i = 0; i < ck->ninits; i++)
        check_sym_id(ck, ck->inits[i]);
    for (uint32_t i = 0; i < ck->nclosures; i++)
        for (uint32_t k = 0; k < ck->closures[i].ncaps; k++)
            check_sym_id(ck, ck->closures[i].caps[k]);
    for (uint32_t i = 0; i < ck->nobjs; i++)
        check_sym_id(ck, ck->objs[i]);

    out_map(&o, 12, false);
    out_key(&o, "package"); out_cstr(&o, ck->pkg.name);
    out_key(&o, "path"); out_cstr(&o, ck->pkg.path);
    out_key(&o, "imports");
    out_array(&o, ck->nimports, true);
    for (uint32_t i = 0; i < ck->nimports; i++)
        out_cstr(&o, ck->imports[i]->path);
    out_end_array(&o);

    out_key(&o, "files");
    out_array(&o, ck->nfiles, false);
    for (uint32_t f = 0; f < ck->nfiles; f++) {
        if (json) {
            NoteCtx nc = {ck, &o};
            ast_json_tree(&o.j, ck->files[f], note_node, &nc);
        } else {
            out_map(&o, 2, false);
            out_key(&o, "tree");
            if (ck->tree_bytes && ck->tree_bytes[f]) {
                /* The tree as it was read: the same bytes ast_write_tree
                 * would make, without holding a second copy. */
                if (sink) {
                    out_flush(&o);
                    (void)file_sink_write(sink, ck->tree_bytes[f], ck->tree_lens[f]);
                } else {
                    buf_append(b, ck->tree_bytes[f], ck->tree_lens[f]);
                }
            } else {
                ast_write_tree(b, ck->files[f]);
            }
            out_key(&o, "nodes");
            write_node_table(&o, ck, f);
            out_end_map(&o);
        }
    }
    out_end_array(&o);

    out_key(&o, "types");
    uint32_t nt = types_count(ck->types);
    out_array(&o, nt, false);
    for (TypeId t = 0; t < nt; t++)
        write_type(&o, ck, t);
    out_end_array(&o);

    /* Symbols may gain ids while earlier ones are written (never: every
     * reference above already has one), so the count is final here. */
    out_key(&o, "symbols");
    uint32_t ns = ck->nsyms;
    out_array(&o, ns, false);
    for (uint32_t i = 0; i < ns; i++)
        write_symbol(&o, ck->syms[i]);
    out_end_array(&o);

    out_key(&o, "consts");
    out_array(&o, ck->nconsts, false);
    for (uint32_t i = 0; i < ck->nconsts; i++)
        tast_write_const(&o, &ck->consts[i]);
    out_end_array(&o);

    out_key(&o, "selections");
    out_array(&o, ck->nsels, false);
    for (uint32_t i = 0; i < ck->nsels; i++)
        write_selection(&o, &ck->sels[i]);
    out_end_array(&o);

    out_key(&o, "closures");
    out_array(&o, ck->nclosures, false);
    for (uint32_t i = 0; i < ck->nclosures; i++) {
        const Closure *c = &ck->closures[i];
        out_map(&o, 3, true);
        out_key(&o, "file"); out_uint(&o, c->lit->pos.file);
        out_key(&o, "node"); out_uint(&o, c->lit->id);
        out_key(&o, "captures");
        write_syms(&o, ck, c->caps, c->ncaps);
        out_end_map(&o);
    }
    out_end_array(&o);

    out_key(&o, "initOrder");
    write_syms(&o, ck, ck->order, ck->norder);
    out_key(&o, "initFuncs");
    write_syms(&o, ck, ck->inits, ck->ninits);
    out_key(&o, "objects");
    write_syms(&o, ck, ck->objs, ck->nobjs);
    out_end_map(&o);
    if (json)
        out_end_map(&o);
    out_finish(&o);
}
