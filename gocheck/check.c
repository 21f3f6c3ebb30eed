/* check.c - the checker's driver and bookkeeping (see check.h).
 * check_package runs the passes in order: collect the package-level
 * declarations, resolve them, check function bodies, order the package
 * variables' initialisation, report unused imports. */
#include "check.h"

#include "astfmt.h"
#include "unicode.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void check_init(Checker *ck, Arena *a, TypeTable *t, Interner *in, Diag *d)
{
    *ck = (Checker){.arena = a, .types = t, .in = in, .diag = d};
    ck->universe = universe_new(t, in, a);
    ck->t_byte = scope_lookup_local(ck->universe, interner_intern_cstr(in, "byte"))->type;
    ck->t_rune = scope_lookup_local(ck->universe, interner_intern_cstr(in, "rune"))->type;
    ck->t_any = scope_lookup_local(ck->universe, interner_intern_cstr(in, "any"))->type;
    ck->t_error = scope_lookup_local(ck->universe, interner_intern_cstr(in, "error"))->type;
    buf_init(&ck->scratch);
    for (unsigned i = 0; i < CHECK_RING; i++)
        buf_init(&ck->ring[i]);
}

void check_free(Checker *ck)
{
    for (uint32_t i = 0; i < ck->nsyms; i++)
        if (ck->syms[i]->kind == SYM_CONST)
            const_free(&ck->syms[i]->val);
    /* Package-level objects own their dependency and method lists. */
    for (uint32_t i = 0; i < ck->nobjs; i++) {
        free(ck->objs[i]->deps);
        free(ck->objs[i]->methods);
        ck->objs[i]->deps = NULL;
        ck->objs[i]->methods = NULL;
    }
    /* Imported constants are not all in syms: only those used are. */
    for (uint32_t i = 0; i < ck->nimports; i++)
        if (ck->imports[i]->scope)
            scope_release_values(ck->imports[i]->scope);
    for (uint32_t i = 0; i < ck->nconsts; i++)
        const_free(&ck->consts[i]);
    for (uint32_t i = 0; i < ck->nsels; i++)
        free(ck->sels[i].path);
    for (uint32_t i = 0; i < ck->nfiles; i++)
        free(ck->info[i]);
    for (uint32_t i = 0; i < ck->nclosures; i++)
        free(ck->closures[i].caps);
    free(ck->closures);
    free(ck->info);
    free(ck->ninfo);
    free(ck->file_scopes);
    free(ck->syms);
    free(ck->consts);
    free(ck->sels);
    free(ck->imports);
    free(ck->import_named);
    free(ck->objs);
    free(ck->pending_keys);
    free(ck->funcs);
    free(ck->inits);
    free(ck->order);
    free(ck->path);
    scope_release_values(ck->universe);
    buf_free(&ck->scratch);
    for (unsigned i = 0; i < CHECK_RING; i++)
        buf_free(&ck->ring[i]);
}

/* ==== errors ========================================================== */

Pos check_start_pos(const Node *n)
{
    for (;;) {
        switch (n->kind) {
        case AST_BINARY: n = n->kids[BINARY_X]; break;
        case AST_CALL: n = n->kids[CALL_FUN]; break;
        case AST_SELECTOR: n = n->kids[SELECTOR_X]; break;
        case AST_INDEX: n = n->kids[INDEX_X]; break;
        case AST_SLICE: n = n->kids[SLICE_X]; break;
        case AST_TYPE_ASSERT: n = n->kids[TYPE_ASSERT_X]; break;
        case AST_KEY_VALUE: n = n->kids[KEY_VALUE_KEY]; break;
        case AST_COMPOSITE_LIT:
            if (!n->kids[COMPOSITE_LIT_TYPE])
                return n->pos;
            n = n->kids[COMPOSITE_LIT_TYPE];
            break;
        default: return n->pos;
        }
    }
}

static void vreport(Checker *ck, Pos pos, const char *fmt, va_list ap)
{
    char small[1024];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n >= 0 && (size_t)n < sizeof small) {
        diag_error(ck->diag, pos, "%s", small);
    } else if (n >= 0) {
        char *big = xmalloc((size_t)n + 1);
        vsnprintf(big, (size_t)n + 1, fmt, again);
        diag_error(ck->diag, pos, "%s", big);
        free(big);
    }
    va_end(again);
}

void check_errorf(Checker *ck, const Node *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(ck, check_start_pos(at), fmt, ap);
    va_end(ap);
}

void check_error_at(Checker *ck, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(ck, pos, fmt, ap);
    va_end(ap);
}

/* ==== message text ==================================================== */

/* Message pieces live in a ring of buffers, so one message can hold
 * several: "cannot use %s as %s value" takes an operand and a type. */
static Buf *ring_next(Checker *ck)
{
    Buf *b = &ck->ring[ck->ring_next++ % CHECK_RING];
    b->len = 0;
    return b;
}

static const char *ring_str(Buf *b)
{
    buf_putc(b, '\0');
    return (const char *)b->data;
}

const char *check_type_str(Checker *ck, TypeId t)
{
    Buf *b = ring_next(ck);
    types_format(ck->types, t, ck->pkg.path, b);
    return ring_str(b);
}

/* An expression as go/types' messages print it (syntax.String): the
 * shared printer, which shortens literals' bodies to {…}.  An op-assign
 * statement stands for its operation: x += "s". */
static void expr_text(Buf *b, const Node *e)
{
    if (e->kind == AST_ASSIGN)
        astfmt_stmt(b, e);
    else
        astfmt_expr(b, e);
}

const char *check_expr_str(Checker *ck, const Node *e)
{
    Buf *b = ring_next(ck);
    expr_text(b, e);
    return ring_str(b);
}

static const char *const mode_words[MODE__COUNT] = {
#define M(name, word) word,
    MODE_LIST(M)
#undef M
};

/* The composite kind go/types names a named type by: "struct type File". */
static const char *type_structure(Checker *ck, TypeId t)
{
    TypeId u = types_underlying(ck->types, t);
    switch (types_kind(ck->types, u)) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    case TY_TUPLE: return "tuple";
    default: return check_type_str(ck, u);
    }
}

/* As go/types' operandString: "x (variable of type int)",
 * "300 (untyped int constant)", "c (constant 7 of type int8)". */
const char *check_operand_str(Checker *ck, const Operand *x)
{
    Buf *b = ring_next(ck);
    size_t start = b->len;
    if (x->expr)
        expr_text(b, x->expr);
    if (x->mode == MODE_NIL) {
        if (!types_identical(ck->types, x->type, TY_UNTYPED_NIL))
            buf_printf(b, " (of type %s)", check_type_str(ck, x->type));
        return ring_str(b);
    }
    size_t exprlen = b->len - start;
    buf_puts(b, x->expr ? " (" : "(");
    bool has_type = false;
    switch (x->mode) {
    case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE: break;
    default:
        if (x->type && types_is_untyped(ck->types, x->type)) {
            buf_printf(b, "%s ", check_type_str(ck, x->type));
            break;
        }
        has_type = x->type != 0 || x->mode != MODE_INVALID;
    }
    buf_puts(b, mode_words[x->mode]);
    if (x->mode == MODE_CONST && x->val.kind != CONST_UNKNOWN) {
        Buf v;
        buf_init(&v);
        const_format(&x->val, &v);
        if (v.len != exprlen || memcmp(v.data, b->data + start, exprlen) != 0) {
            buf_putc(b, ' ');
            buf_append(b, v.data, v.len);
        }
        buf_free(&v);
    }
    if (has_type) {
        if (x->type != TYPE_INVALID) {
            buf_puts(b, " of ");
            if (types_kind(ck->types, x->type) == TY_NAMED)
                buf_printf(b, "%s ", type_structure(ck, x->type));
            buf_printf(b, "type %s", check_type_str(ck, x->type));
        } else {
            buf_puts(b, " with invalid type");
        }
    }
    buf_putc(b, ')');
    return ring_str(b);
}

/* ==== side tables ===================================================== */

NodeInfo *check_info(Checker *ck, const Node *n)
{
    uint32_t f = n->pos.file;
    if (f >= ck->nfiles || n->id >= ck->ninfo[f])
        return NULL;   /* a node the checker made, not one read from a file */
    return &ck->info[f][n->id];
}

uint32_t check_sym_id(Checker *ck, Symbol *sym)
{
    if (sym->id == 0) {
        if (ck->nsyms == ck->symcap) {
            ck->symcap = ck->symcap ? 2 * ck->symcap : 256;
            ck->syms = xrealloc(ck->syms, ck->symcap * sizeof *ck->syms);
        }
        ck->syms[ck->nsyms++] = sym;
        sym->id = ck->nsyms;
    }
    return sym->id;
}

void check_record_sym(Checker *ck, const Node *n, Symbol *sym)
{
    NodeInfo *ni = check_info(ck, n);
    if (ni && sym)
        ni->sym = check_sym_id(ck, sym);
}

void check_record_type(Checker *ck, const Node *n, Mode mode, TypeId t)
{
    NodeInfo *ni = check_info(ck, n);
    if (ni) {
        ni->type = t & (CHECK_MAX_TYPES - 1);
        ni->mode = (unsigned)mode;
    }
}

void check_record_const(Checker *ck, const Node *n, const ConstVal *v)
{
    NodeInfo *ni = check_info(ck, n);
    if (!ni || v->kind == CONST_UNKNOWN)
        return;
    if (ni_cval(ni)) {
        const_free(&ck->consts[ni_cval(ni) - 1]);
        ck->consts[ni_cval(ni) - 1] = const_copy(v);
        return;
    }
    if (ck->nconsts == ck->constcap) {
        ck->constcap = ck->constcap ? 2 * ck->constcap : 256;
        ck->consts = xrealloc(ck->consts, ck->constcap * sizeof *ck->consts);
    }
    ck->consts[ck->nconsts++] = const_copy(v);
    ni->aux = ck->nconsts;
    ni->aux_sel = 0;
}

Selection *check_record_sel(Checker *ck, const Node *n)
{
    NodeInfo *ni = check_info(ck, n);
    if (!ni)
        return NULL;
    if (ni_sel(ni)) {
        Selection *s = &ck->sels[ni_sel(ni) - 1];
        free(s->path);
        *s = (Selection){0};
        return s;
    }
    if (ck->nsels == ck->selcap) {
        ck->selcap = ck->selcap ? 2 * ck->selcap : 64;
        ck->sels = xrealloc(ck->sels, ck->selcap * sizeof *ck->sels);
    }
    ck->sels[ck->nsels] = (Selection){0};
    Selection *s = &ck->sels[ck->nsels++];
    if (ni->aux == 0) {
        ni->aux = ck->nsels;
        ni->aux_sel = 1;
    }
    return s;
}

const char *check_name(Checker *ck, const Node *ident)
{
    return interner_intern(ck->in, ident->text, ident->text_len);
}

bool check_is_exported(const char *name)
{
    size_t size;
    return name[0] != '\0' && unicode_is_upper(utf8_decode((const unsigned char *)name, strlen(name), &size));
}

Symbol *check_declare(Checker *ck, Scope *s, SymKind kind, const Node *ident, TypeId t)
{
    Symbol *sym = symbol_new(ck->arena, kind, check_name(ck, ident), t, ident);
    sym->file = ident->pos.file;
    sym->pkgpath = ck->pkg.path;
    sym->global = s->kind == SCOPE_PACKAGE;
    if (ck->fn && !sym->global) {
        sym->owner = ck->fn;
        sym->loop_depth = ck->fn->nloops;
    }
    Symbol *old = scope_insert(s, sym);
    if (old) {
        if (old->decl && old->decl->pos.line)
            check_errorf(ck, ident, "%s redeclared in this block\n\tother declaration of %s",
                         sym->name, sym->name);
        else
            check_errorf(ck, ident, "%s redeclared in this block", sym->name);
    }
    check_record_sym(ck, ident, sym);
    return sym;
}

void check_add_closure(Checker *ck, const Node *lit, Symbol **caps, uint32_t n)
{
    if (ck->nclosures == ck->closurecap) {
        ck->closurecap = ck->closurecap ? 2 * ck->closurecap : 16;
        ck->closures = xrealloc(ck->closures, ck->closurecap * sizeof *ck->closures);
    }
    ck->closures[ck->nclosures++] = (Closure){lit, caps, n};
}

void check_push_sym(Symbol ***arr, uint32_t *n, uint32_t *cap, Symbol *s)
{
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 8;
        *arr = xrealloc(*arr, *cap * sizeof **arr);
    }
    (*arr)[(*n)++] = s;
}

bool check_sym_in(Symbol *const *arr, uint32_t n, const Symbol *s)
{
    for (uint32_t i = n; i-- > 0;)   /* the latest first: repeats are usually recent */
        if (arr[i] == s)
            return true;
    return false;
}

void check_add_sym_once(Symbol ***arr, uint32_t *n, uint32_t *cap, Symbol *s)
{
    if (!check_sym_in(*arr, *n, s))
        check_push_sym(arr, n, cap, s);
}

void check_push_path(Checker *ck, Symbol *s)
{
    if (ck->npath == ck->pathcap) {
        ck->pathcap = ck->pathcap ? 2 * ck->pathcap : 32;
        ck->path = xrealloc(ck->path, ck->pathcap * sizeof *ck->path);
    }
    ck->path[ck->npath++] = s;
}

/* ==== the package ===================================================== */

static void alloc_info(Checker *ck, Node **files, uint32_t n)
{
    ck->files = files;
    ck->nfiles = n;
    ck->info = xcalloc(n, sizeof *ck->info);
    ck->ninfo = xcalloc(n, sizeof *ck->ninfo);
    ck->file_scopes = xcalloc(n, sizeof *ck->file_scopes);
    for (uint32_t i = 0; i < n; i++) {
        ck->ninfo[i] = ast_count(files[i]);
        ck->info[i] = xcalloc(ck->ninfo[i], sizeof *ck->info[i]);
    }
}

/* Function bodies, after every package-level signature is known. */
static void check_bodies(Checker *ck)
{
    for (uint32_t i = 0; i < ck->nfuncs; i++) {
        Symbol *f = ck->funcs[i];
        const Node *decl = f->spec;
        FuncCtx fn = {.node = decl, .sig = f->type};
        Scope *fs = scope_new(ck->arena, SCOPE_FUNC, ck->file_scopes[f->file]);
        ck->scope = fs;
        ck->fn = &fn;
        ck->decl = f;
        /* The receiver, with the type decl_method found, then the
         * parameters of the signature checked before. */
        const Node *recv = decl->kids[FUNC_DECL_RECV];
        if (list_len(recv) == 1 && recv->kids[0]->nkids > FIELD_NAMES) {
            Symbol *r = check_declare(ck, fs, SYM_VAR, recv->kids[0]->kids[FIELD_NAMES], f->recv);
            r->flags |= SYMF_USED;
            r->owner = &fn;
        }
        (void)check_signature(ck, NULL, decl->kids[FUNC_DECL_TYPE], fs, &fn);
        check_func_body(ck, &fn, decl->kids[FUNC_DECL_BODY], fs);
        ck->fn = NULL;
        ck->decl = NULL;
        free(fn.results);
        free(fn.captures);
        free(fn.loops);
    }
}

/* type T struct{ m map[T]int; s []int }: T was incomplete when its map
 * was met, so its key is checked now. */
static void check_pending_keys(Checker *ck)
{
    for (uint32_t i = 0; i < ck->npending; i++) {
        const Node *key = ck->pending_keys[i];
        NodeInfo *ni = check_info(ck, key);
        TypeId k = ni ? ni->type : TYPE_INVALID;
        if (k != TYPE_INVALID && types_underlying(ck->types, k) != TYPE_INVALID &&
            !types_is_comparable(ck->types, k))
            check_errorf(ck, key, "invalid map key type %s", check_type_str(ck, k));
    }
}

void check_package(Checker *ck, Node **files, uint32_t n)
{
    alloc_info(ck, files, n);
    const Node *name = files[0]->kids[FILE_NAME];
    ck->pkg.name = check_name(ck, name);
    if (!ck->pkg.path)
        ck->pkg.path = ck->pkg.name;
    ck->pkg.scope = scope_new(ck->arena, SCOPE_PACKAGE, ck->universe);
    for (uint32_t i = 1; i < n; i++) {
        const Node *other = files[i]->kids[FILE_NAME];
        if (check_name(ck, other) != ck->pkg.name)
            check_errorf(ck, other, "package %s; expected package %s", check_name(ck, other),
                         ck->pkg.name);
    }
    decl_imports(ck);
    decl_collect(ck);
    decl_resolve_all(ck);
    check_pending_keys(ck);
    check_bodies(ck);
    decl_init_order(ck);
    for (uint32_t f = 0; f < n; f++)
        check_unused(ck, ck->file_scopes[f]);
}
