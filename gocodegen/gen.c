/* gen.c - typed AST to bytecode (see gen.h and gen_int.h): the helpers
 * every part uses, the type table, functions and the package. */
#include "gen_int.h"

/* ==== errors ========================================================== */

void unsupported(Gen *g, const Node *n, const char *what)
{
    if (!g->failed || !diag_is_full(g->d))
        diag_error(g->d, n ? n->pos : (Pos){0, 0, 0}, "not supported by gocodegen yet: %s", what);
    g->failed = true;
}

/* ==== facts =========================================================== */

const TastFacts *facts(Gen *g, const Node *n)
{
    if (!n || n->pos.file >= g->t->nfiles || n->id >= g->t->nfacts[n->pos.file])
        return NULL;
    return &g->t->facts[n->pos.file][n->id];
}

uint32_t final_type(Gen *g, const Node *n)
{
    const TastFacts *x = facts(g, n);
    return x ? (x->conv ? x->conv : x->type) : 0;
}

const TastSymbol *sym_of(Gen *g, uint32_t sym)
{
    return sym ? &g->t->syms[sym - 1] : NULL;
}

const TastType *underlying(Gen *g, uint32_t t)
{
    const TastType *ty = &g->t->types[g->t->types[t].canon];
    if (ty->kind == TK_NAMED)
        ty = &g->t->types[g->t->types[ty->underlying].canon];
    return ty;
}

VKind vkind(Gen *g, uint32_t t)
{
    const TastType *u = underlying(g, t);
    switch (u->kind) {
    case TK_INT: case TK_INT8: case TK_INT16: case TK_INT32: case TK_INT64: case TK_UNTYPED_INT:
    case TK_UNTYPED_RUNE:
        return VK_INT;
    case TK_UINT: case TK_UINT8: case TK_UINT16: case TK_UINT32: case TK_UINT64: case TK_UINTPTR:
        return VK_UINT;
    case TK_FLOAT32: case TK_FLOAT64: case TK_UNTYPED_FLOAT: return VK_FLOAT;
    case TK_BOOL: case TK_UNTYPED_BOOL: return VK_BOOL;
    case TK_STRING: case TK_UNTYPED_STRING: return VK_STRING;
    case TK_INTERFACE: return VK_IFACE;
    case TK_STRUCT: case TK_ARRAY: return VK_AGG;
    case TK_SLICE: return VK_SLICE;
    case TK_MAP: return VK_MAP;
    case TK_POINTER: return vkind(g, u->elem) == VK_AGG ? VK_PTR_AGG : VK_PTR_CELL;
    case TK_FUNC: return VK_FUNC;
    case TK_CHAN: return VK_CHAN;
    default: return VK_NONE;
    }
}

BcClass vclass(VKind k)
{
    return k == VK_INT || k == VK_UINT || k == VK_FLOAT || k == VK_BOOL || k == VK_NONE ? BC_SCALAR : BC_REF;
}

BcClass tclass(Gen *g, uint32_t t)
{
    return vclass(vkind(g, t));
}

bool is_agg(Gen *g, uint32_t t)
{
    return vkind(g, t) == VK_AGG;
}

/* The bits a sized integer wraps to (negative: signed), 0 for 64. */
int wrap_bits(Gen *g, uint32_t t)
{
    switch (underlying(g, t)->kind) {
    case TK_INT8: return -8;
    case TK_INT16: return -16;
    case TK_INT32: return -32;
    case TK_UINT8: return 8;
    case TK_UINT16: return 16;
    case TK_UINT32: return 32;
    default: return 0;
    }
}

/* The type an untyped constant has where no type is asked for (in an
 * interface, say): Go's default types. */
uint32_t default_type(Gen *g, uint32_t t)
{
    switch (g->t->types[t].kind) {
    case TK_UNTYPED_BOOL: return g->basic[TK_BOOL];
    case TK_UNTYPED_INT: return g->basic[TK_INT];
    case TK_UNTYPED_RUNE: return g->basic[TK_INT32];
    case TK_UNTYPED_FLOAT: return g->basic[TK_FLOAT64];
    case TK_UNTYPED_STRING: return g->basic[TK_STRING];
    default: return t;
    }
}

uint32_t method_name_index(Gen *g, const char *name)
{
    Bytecode *b = g->b;
    for (uint32_t i = 0; i < b->nmethod_names; i++)
        if (strcmp(b->method_names[i], name) == 0)
            return i;
    if (b->nmethod_names == g->mnames_cap) {
        g->mnames_cap = g->mnames_cap ? 2 * g->mnames_cap : 16;
        b->method_names = xrealloc(b->method_names, g->mnames_cap * sizeof *b->method_names);
    }
    b->method_names[b->nmethod_names] = xstrdup(name);
    return b->nmethod_names++;
}

/* ==== method sets ===================================================== */

static void fn_init(Fn *fn, Gen *g, BcFunc *f, const Node *decl);
static void fn_free(Fn *fn);
static void type_text(Gen *g, uint32_t t, Buf *out, uint32_t depth);

/* One method of a type's method set: declared on it (npath 0, or the
 * function itself), or promoted through embedded fields. */
typedef struct SetEntry {
    const char *name;
    uint32_t depth, npath, path[8];
    const TastMethod *m;      /* a declared method of holder */
    uint32_t holder;          /* the type declaring it (T, or the embedded interface) */
    bool holder_ptr;          /* the embedded field is *T */
    bool via_iface;
    bool ambiguous;
} SetEntry;

typedef struct MethodSet {
    SetEntry *e;
    uint32_t n, cap;
} MethodSet;

static void set_add(MethodSet *ms, const SetEntry *en)
{
    for (uint32_t i = 0; i < ms->n; i++)
        if (strcmp(ms->e[i].name, en->name) == 0) {
            if (ms->e[i].depth == en->depth)
                ms->e[i].ambiguous = true;
            return;   /* a shallower one shadows it */
        }
    if (ms->n == ms->cap) {
        ms->cap = ms->cap ? 2 * ms->cap : 8;
        ms->e = xrealloc(ms->e, ms->cap * sizeof *ms->e);
    }
    ms->e[ms->n++] = *en;
}

/* Adds the methods of type ft (an embedded field's type, or the type
 * itself at depth 0) reached through path, then goes on into its own
 * embedded fields.  ptr_outer: the set is of a pointer, so pointer
 * methods of embedded values count. */
static void collect_methods(Gen *g, uint32_t ft, const uint32_t *path, uint32_t npath, uint32_t depth,
                            bool ptr_outer, MethodSet *ms)
{
    if (depth > 6)
        return;
    const TastType *ty = &g->t->types[g->t->types[ft].canon];
    bool is_ptr = ty->kind == TK_POINTER;
    uint32_t named = ft;
    if (is_ptr) {
        named = ty->elem;
        ty = &g->t->types[g->t->types[ty->elem].canon];
    }
    const TastType *u = underlying(g, named);
    if (is_ptr && u->kind == TK_POINTER)
        return;
    if (u->kind == TK_INTERFACE && depth > 0) {
        for (uint32_t i = 0; i < u->n; i++) {
            SetEntry en = {.name = u->methods[i].name, .depth = depth, .npath = npath, .holder = ft, .via_iface = true};
            if (npath)
                memcpy(en.path, path, npath * sizeof *path);
            set_add(ms, &en);
        }
        return;
    }
    if (ty->kind == TK_NAMED && ty->methods) {
        for (uint32_t i = 0; i < ty->n; i++) {
            const TastMethod *m = &ty->methods[i];
            if (m->ptr_recv && !is_ptr && !ptr_outer)
                continue;
            SetEntry en = {.name = m->name, .depth = depth, .npath = npath, .m = m, .holder = ft, .holder_ptr = is_ptr};
            if (npath)
                memcpy(en.path, path, npath * sizeof *path);
            set_add(ms, &en);
        }
    }
    if (u->kind != TK_STRUCT || npath >= 8)
        return;
    uint32_t p2[8];
    if (npath)
        memcpy(p2, path, npath * sizeof *path);
    for (uint32_t i = 0; i < u->n; i++)
        if (u->fields[i].embedded) {
            p2[npath] = i;
            /* Through an embedded pointer, pointer methods are there too. */
            collect_methods(g, u->fields[i].type, p2, npath + 1, depth + 1, ptr_outer || is_ptr, ms);
        }
}

/* A wrapper function for a promoted method (or a value method called
 * through a pointer to a non-struct): made like a literal, later. */
static uint32_t wrapper(Gen *g, uint32_t recv, const SetEntry *en)
{
    if (g->nlits == g->litcap) {
        g->litcap = g->litcap ? 2 * g->litcap : 8;
        g->lits = xrealloc(g->lits, g->litcap * sizeof *g->lits);
    }
    Buf name;
    buf_init(&name);
    Buf rt;
    buf_init(&rt);
    type_text(g, recv, &rt, 0);
    buf_putc(&rt, '\0');
    const char *r = (const char *)rt.data;
    if (r[0] == '*') {
        const char *dot = strrchr(r, '.');
        buf_printf(&name, "%.*s.(*%s).%s", dot ? (int)(dot - r - 1) : 0, r + 1, dot ? dot + 1 : r + 1, en->name);
    } else {
        buf_printf(&name, "%s.%s", r, en->name);
    }
    buf_putc(&name, '\0');
    buf_free(&rt);
    Lit lit = {.name = (char *)name.data, .recv = recv, .npath = en->npath, .iface_method = en->via_iface ? en->name : NULL,
               .shared = true};
    if (en->npath)
        memcpy(lit.path, en->path, en->npath * sizeof *en->path);
    if (en->m) {
        lit.target_sym = en->m->sym;
        lit.sig = en->m->type;
    } else {
        const TastType *it = underlying(g, en->holder);
        for (uint32_t i = 0; i < it->n; i++)
            if (strcmp(it->methods[i].name, en->name) == 0)
                lit.sig = it->methods[i].type;
    }
    g->lits[g->nlits++] = lit;
    return g->first_lit + g->nlits - 1;
}

/* The methods an interface holding a value of type t can call (its
 * method set, with promoted methods through wrappers), or an interface
 * type's own methods. */
static void type_methods(Gen *g, uint32_t t, BcType *bt)
{
    const TastType *ty = &g->t->types[g->t->types[t].canon];
    bool via_ptr = ty->kind == TK_POINTER;
    const TastType *base = via_ptr ? &g->t->types[g->t->types[ty->elem].canon] : ty;
    if (!via_ptr && underlying(g, t)->kind == TK_INTERFACE) {
        const TastType *it = underlying(g, t);   /* a named interface: its method set */
        bt->methods = xcalloc(it->n ? it->n : 1, sizeof *bt->methods);
        for (uint32_t i = 0; i < it->n; i++)
            bt->methods[bt->nmethods++] = (BcMethod){method_name_index(g, it->methods[i].name), BC_NO_FUNC};
        return;
    }
    if (base->kind != TK_NAMED && !(underlying(g, t)->kind == TK_STRUCT && !via_ptr))
        return;
    MethodSet ms = {0};
    collect_methods(g, t, NULL, 0, 0, via_ptr, &ms);
    bt->methods = xcalloc(ms.n ? ms.n : 1, sizeof *bt->methods);
    for (uint32_t i = 0; i < ms.n; i++) {
        const SetEntry *en = &ms.e[i];
        if (en->ambiguous)
            continue;
        uint32_t name = method_name_index(g, en->name);
        uint32_t func;
        if (en->npath == 0 && en->m) {
            if (!en->m->sym || !func_ref(g, en->m->sym))
                continue;   /* a standard-library type's: natives (govm's vtables) */
            if (via_ptr && !en->m->ptr_recv && vkind(g, g->t->types[t].canon) == VK_PTR_CELL)
                func = wrapper(g, t, en);   /* *T of a non-struct T: load *p first */
            else
                func = g->func_of_sym[en->m->sym] - 1;
        } else {
            if (en->m && !en->m->sym)
                continue;
            func = wrapper(g, t, en);   /* a standard-library type's method too: a native call */
        }
        bt->methods[bt->nmethods++] = (BcMethod){name, func};
    }
    free(ms.e);
}

static Lit *new_lit(Gen *g)
{
    if (g->nlits == g->litcap) {
        g->litcap = g->litcap ? 2 * g->litcap : 8;
        g->lits = xrealloc(g->lits, g->litcap * sizeof *g->lits);
    }
    g->lits[g->nlits] = (Lit){0};
    return &g->lits[g->nlits++];
}

Val native_value(Fn *fn, uint32_t sym)
{
    Gen *g = fn->g;
    const TastSymbol *s = sym_of(g, sym);
    Lit *lit = new_lit(g);
    lit->native = true;
    lit->target_sym = sym;
    lit->sig = s->type;
    lit->name = xmalloc(strlen(s->pkg) + strlen(s->name) + 8);
    sprintf(lit->name, "%s.%s-fm", s->pkg, s->name);
    Val v = {temp(fn, BC_REF), true, false};
    emit3(fn, OP_MAKECLOSURE, v.reg, g->first_lit + g->nlits - 1, 0);
    return v;
}

Val iface_method_expr(Fn *fn, const char *iface_method, uint32_t sig)
{
    Gen *g = fn->g;
    Lit *lit = new_lit(g);
    lit->iface_expr = true;
    lit->iface_method = iface_method;
    lit->sig = sig;
    lit->name = xmalloc(strlen(iface_method) + 8);
    sprintf(lit->name, "%s-fm", iface_method);
    Val v = {temp(fn, BC_REF), true, false};
    emit3(fn, OP_MAKECLOSURE, v.reg, g->first_lit + g->nlits - 1, 0);
    return v;
}

Val method_value(Fn *fn, Val recv, uint32_t method_sym, const char *iface_method, uint32_t sig)
{
    Gen *g = fn->g;
    Lit *lit = new_lit(g);
    lit->bound = true;
    lit->target_sym = method_sym;
    lit->iface_method = iface_method;
    lit->sig = sig;
    const TastSymbol *m = sym_of(g, method_sym);
    char *base = m ? method_name(g, m) : xstrdup(iface_method);
    lit->name = xmalloc(strlen(base) + 4);
    sprintf(lit->name, "%s-fm", base);
    free(base);
    uint32_t r = fn->f->nregs;
    new_reg(fn, BC_REF);
    new_reg(fn, (BcClass)fn->f->classes[recv.reg]);
    emit3(fn, OP_MOVE, r + 1, recv.reg, 0);
    release_val(fn, recv);
    lit->recv = (uint32_t)fn->f->classes[r + 1];   /* the captured receiver's class */
    emit3(fn, OP_MAKECLOSURE, r, g->first_lit + g->nlits - 1, 1);
    return (Val){r, false, false};
}

/* A native's or a bound method's wrapper: the arguments, the call, the
 * results. */
static void gen_value_wrapper(Gen *g, Lit *lit, BcFunc *f)
{
    Fn fn;
    fn_init(&fn, g, f, g->t->files[0]);
    fn.sig = lit->sig;
    const TastType *sig = underlying(g, lit->sig);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    f->params = params->n;
    f->results = results->n;
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    uint32_t extra = lit->native ? 0 : 1, base = f->nregs;
    for (uint32_t i = 0; i < extra; i++)
        new_reg(&fn, (BcClass)lit->recv);
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    if (lit->bound)
        emit3(&fn, OP_GETCAP, base, 0, 0);
    for (uint32_t i = 0; i < params->n; i++)
        emit3(&fn, OP_MOVE, base + extra + i, i, 0);
    if (!lit->native && !lit->bound) {
        /* I.M as a function: the interface is its first parameter. */
        emit3(&fn, OP_CALLIFACE, base + 1, params->n, method_name_index(g, lit->iface_method));
        for (uint32_t i = 0; i < results->n; i++)
            emit3(&fn, OP_MOVE, params->n + i, base + 1 + params->n + i, 0);
        emit3(&fn, OP_RETURN, params->n, results->n, 0);
        fn_free(&fn);
        return;
    }
    if (lit->native) {
        emit3(&fn, OP_CALLNATIVE, base, params->n, native_index(g, lit->target_sym, NULL));
    } else if (lit->iface_method) {
        emit3(&fn, OP_CALLIFACE, base, 1 + params->n, method_name_index(g, lit->iface_method));
    } else {
        const TastSymbol *m = sym_of(g, lit->target_sym);
        if (func_ref(g, lit->target_sym))
            emit3(&fn, OP_CALL, base, 1 + params->n, func_ref(g, lit->target_sym) - 1);
        else
            emit3(&fn, OP_CALLNATIVE, base, 1 + params->n, native_index(g, lit->target_sym, method_name(g, m)));
    }
    for (uint32_t i = 0; i < results->n; i++)
        emit3(&fn, OP_MOVE, params->n + i, base + extra + params->n + i, 0);
    emit3(&fn, OP_RETURN, params->n, results->n, 0);
    fn_free(&fn);
}

/* A wrapper's body: the receiver through the embedded fields, then the
 * method's call with the same arguments, its results returned. */
static void gen_wrapper(Gen *g, Lit *lit, BcFunc *f)
{
    if (lit->native || lit->bound || lit->iface_expr) {
        gen_value_wrapper(g, lit, f);
        return;
    }
    Fn fn;
    fn_init(&fn, g, f, g->t->files[0]);
    fn.sig = lit->sig;
    const TastType *sig = underlying(g, lit->sig);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    f->params = 1 + params->n;
    f->results = results->n;
    new_reg(&fn, tclass(g, lit->recv));
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    /* Walk to the embedded value. */
    uint32_t t = lit->recv, cur = 0;
    for (uint32_t i = 0; i < lit->npath; i++) {
        const TastType *u = underlying(g, t);
        if (u->kind == TK_POINTER)
            u = underlying(g, u->elem);
        uint32_t ft = u->fields[lit->path[i]].type;
        uint32_t r = new_reg(&fn, tclass(g, ft));
        emit3(&fn, tclass(g, ft) == BC_REF ? OP_GETFIELD_P : OP_GETFIELD_R, r, cur, lit->path[i]);
        cur = r;
        t = ft;
    }
    uint32_t n = 1 + params->n + results->n, base = f->nregs;
    if (lit->iface_method) {
        new_reg(&fn, BC_REF);
        for (uint32_t i = 0; i < params->n + results->n; i++)
            new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
        emit3(&fn, OP_MOVE, base, cur, 0);
        for (uint32_t i = 0; i < params->n; i++)
            emit3(&fn, OP_MOVE, base + 1 + i, 1 + i, 0);
        emit3(&fn, OP_CALLIFACE, base, 1 + params->n, method_name_index(g, lit->iface_method));
    } else {
        const TastSymbol *m = sym_of(g, lit->target_sym);
        VKind want = vkind(g, m->recv), have = vkind(g, t);
        new_reg(&fn, tclass(g, m->recv));
        for (uint32_t i = 0; i < params->n + results->n; i++)
            new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
        if (have == VK_PTR_CELL && want != VK_PTR_CELL) {
            emit3(&fn, tclass(g, m->recv) == BC_REF ? OP_LOADREF_P : OP_LOADREF_R, base, cur, 0);
        } else if (have != VK_PTR_CELL && want == VK_PTR_CELL && lit->npath > 0) {
            /* &outer.field for a pointer method of a non-struct field. */
            emit3(&fn, OP_REFFIELD, base, cur == 0 ? 0 : cur, 0);
            unsupported(g, NULL, "a promoted pointer method of an embedded non-struct field");
        } else {
            emit3(&fn, OP_MOVE, base, cur, 0);
        }
        for (uint32_t i = 0; i < params->n; i++)
            emit3(&fn, OP_MOVE, base + 1 + i, 1 + i, 0);
        if (func_ref(g, lit->target_sym))
            emit3(&fn, OP_CALL, base, 1 + params->n, func_ref(g, lit->target_sym) - 1);
        else   /* promoted from an embedded standard-library type */
            emit3(&fn, OP_CALLNATIVE, base, 1 + params->n, native_index(g, lit->target_sym, method_name(g, m)));
    }
    for (uint32_t i = 0; i < results->n; i++)
        emit3(&fn, OP_MOVE, 1 + params->n + i, base + 1 + params->n + i, 0);
    emit3(&fn, OP_RETURN, 1 + params->n, results->n, 0);
    (void)n;
    fn_free(&fn);
}

const char *pkg_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A type as Go's %T and runtime messages print it (reflect's String):
 * main.Point, []main.Point, map[string]int, struct { X int },
 * interface {}, func(int) string.  Bounded by the type's nesting. */
static void type_text(Gen *g, uint32_t t, Buf *out, uint32_t depth)
{
    const TastType *ty = &g->t->types[g->t->types[t].canon];
    if (depth > BC_MAX_VALUE_DEPTH) {
        buf_puts(out, "...");
        return;
    }
    switch (ty->kind) {
    case TK_NAMED:
        if (ty->pkg && ty->pkg[0])
            buf_printf(out, "%s.", pkg_name(ty->pkg));
        buf_puts(out, ty->name ? ty->name : "?");
        return;
    case TK_POINTER: buf_putc(out, '*'); type_text(g, ty->elem, out, depth + 1); return;
    case TK_SLICE: buf_puts(out, "[]"); type_text(g, ty->elem, out, depth + 1); return;
    case TK_ARRAY: buf_printf(out, "[%lld]", (long long)ty->len); type_text(g, ty->elem, out, depth + 1); return;
    case TK_MAP:
        buf_puts(out, "map[");
        type_text(g, ty->key, out, depth + 1);
        buf_putc(out, ']');
        type_text(g, ty->elem, out, depth + 1);
        return;
    case TK_CHAN:
        buf_puts(out, ty->dir == 1 ? "chan<- " : ty->dir == 2 ? "<-chan " : "chan ");
        type_text(g, ty->elem, out, depth + 1);
        return;
    case TK_STRUCT:
        if (ty->n == 0) {
            buf_puts(out, "struct {}");
            return;
        }
        buf_puts(out, "struct { ");
        for (uint32_t i = 0; i < ty->n; i++) {
            if (i > 0)
                buf_puts(out, "; ");
            if (!ty->fields[i].embedded)
                buf_printf(out, "%s ", ty->fields[i].name);
            type_text(g, ty->fields[i].type, out, depth + 1);
        }
        buf_puts(out, " }");
        return;
    case TK_INTERFACE:
        if (ty->n == 0) {
            buf_puts(out, "interface {}");
            return;
        }
        buf_puts(out, "interface { ");
        for (uint32_t i = 0; i < ty->n; i++) {
            if (i > 0)
                buf_puts(out, "; ");
            buf_puts(out, ty->methods[i].name);
            Buf sig;
            buf_init(&sig);
            type_text(g, ty->methods[i].type, &sig, depth + 1);
            buf_append(out, sig.data + 4, sig.len - 4);   /* "func(...)" less "func" */
            buf_free(&sig);
        }
        buf_puts(out, " }");
        return;
    case TK_FUNC: {
        const TastType *p = &g->t->types[ty->params], *r = &g->t->types[ty->results];
        buf_puts(out, "func(");
        for (uint32_t i = 0; i < p->n; i++) {
            if (i > 0)
                buf_puts(out, ", ");
            if (ty->variadic && i + 1 == p->n) {
                buf_puts(out, "...");
                type_text(g, underlying(g, p->ids[i])->elem, out, depth + 1);
            } else {
                type_text(g, p->ids[i], out, depth + 1);
            }
        }
        buf_putc(out, ')');
        if (r->n == 1) {
            buf_putc(out, ' ');
            type_text(g, r->ids[0], out, depth + 1);
        } else if (r->n > 1) {
            buf_puts(out, " (");
            for (uint32_t i = 0; i < r->n; i++) {
                if (i > 0)
                    buf_puts(out, ", ");
                type_text(g, r->ids[i], out, depth + 1);
            }
            buf_putc(out, ')');
        }
        return;
    }
    default:
        buf_puts(out, ty->text);
        return;
    }
}

/* The bytecode's entry for a type, made on first use; identical types
 * share one.  Its index is taken before its parts are made, so a type
 * that refers to itself (through a pointer or slice) works. */
uint32_t bc_type(Gen *g, uint32_t t)
{
    t = default_type(g, t);
    uint32_t c = g->t->types[t].canon;
    if (g->bctype_of[c])
        return g->bctype_of[c] - 1;
    Bytecode *b = g->b;
    if (b->ntypes == g->types_cap) {
        g->types_cap = g->types_cap ? 2 * g->types_cap : 16;
        b->types = xrealloc(b->types, g->types_cap * sizeof *b->types);
    }
    uint32_t idx = b->ntypes++;
    g->bctype_of[c] = idx + 1;
    const TastType *u = underlying(g, c);
    Buf name;
    buf_init(&name);
    type_text(g, c, &name, 0);
    buf_putc(&name, '\0');
    BcType bt = {.kind = (BcKind)u->kind, .name = (char *)name.data, .elem = BC_NO_TYPE, .key = BC_NO_TYPE};
    if (g->type_depth > BC_MAX_VALUE_DEPTH) {
        unsupported(g, NULL, "types nested this deep");
        b->types[idx] = bt;
        return idx;
    }
    g->type_depth++;
    switch (u->kind) {
    case TK_ARRAY: case TK_SLICE: case TK_POINTER: case TK_CHAN:
        bt.elem = bc_type(g, u->elem);
        bt.len = u->len;
        break;
    case TK_MAP:
        bt.elem = bc_type(g, u->elem);
        bt.key = bc_type(g, u->key);
        break;
    case TK_STRUCT:
        bt.fields = xcalloc(u->n ? u->n : 1, sizeof *bt.fields);
        for (uint32_t i = 0; i < u->n; i++) {
            bt.fields[i].name = xstrdup(u->fields[i].name);
            bt.fields[i].type = bc_type(g, u->fields[i].type);
            bt.fields[i].embedded = u->fields[i].embedded;
            bt.nfields++;
        }
        break;
    default: break;
    }
    type_methods(g, c, &bt);
    g->type_depth--;
    b->types[idx] = bt;
    return idx;
}

uint32_t native_index(Gen *g, uint32_t sym, char *name)
{
    if (g->native_of_sym[sym]) {
        free(name);
        return g->native_of_sym[sym] - 1;
    }
    Bytecode *b = g->b;
    if (b->nnatives == g->natives_cap) {
        g->natives_cap = g->natives_cap ? 2 * g->natives_cap : 16;
        b->natives = xrealloc(b->natives, g->natives_cap * sizeof *b->natives);
    }
    const TastSymbol *s = sym_of(g, sym);
    if (!name) {
        size_t n = strlen(s->pkg) + strlen(s->name) + 2;
        name = xmalloc(n);
        snprintf(name, n, "%s.%s", s->pkg, s->name);
    }
    b->natives[b->nnatives] = name;
    g->native_of_sym[sym] = ++b->nnatives;
    return b->nnatives - 1;
}

/* ==== what other packages define ====================================== */

/* The import path of a package whose bytecode this one uses. */
static void add_import(Gen *g, const char *path)
{
    Bytecode *b = g->b;
    for (uint32_t i = 0; i < b->nimports; i++)
        if (strcmp(b->imports[i], path) == 0)
            return;
    b->imports = xrealloc(b->imports, (b->nimports + 1) * sizeof *b->imports);
    b->imports[b->nimports++] = xstrdup(path);
}

uint32_t func_ref(Gen *g, uint32_t sym)
{
    if (g->func_of_sym[sym])
        return g->func_of_sym[sym];
    const TastSymbol *s = sym_of(g, sym);
    if (!s || s->kind != TS_FUNC || s->native || strcmp(s->pkg, g->t->path) == 0)
        return 0;
    /* An imported package's function or method: an extern declaration
     * with its signature's classes, after the literals. */
    if (g->nlits == g->litcap) {
        g->litcap = g->litcap ? 2 * g->litcap : 8;
        g->lits = xrealloc(g->lits, g->litcap * sizeof *g->lits);
    }
    Lit *lit = &g->lits[g->nlits++];
    *lit = (Lit){.ext = true, .ext_sym = sym, .sig = s->type};
    if (s->recv) {
        lit->name = method_name(g, s);
    } else {
        lit->name = xmalloc(strlen(s->pkg) + strlen(s->name) + 2);
        sprintf(lit->name, "%s.%s", pkg_name(s->pkg), s->name);
    }
    add_import(g, s->pkg);
    g->func_of_sym[sym] = g->first_lit + g->nlits;
    return g->func_of_sym[sym];
}

uint32_t global_ref(Gen *g, uint32_t sym)
{
    if (g->global_of_sym[sym])
        return g->global_of_sym[sym];
    const TastSymbol *s = sym_of(g, sym);
    if (!s || s->kind != TS_VAR || s->native || !s->global || strcmp(s->pkg, g->t->path) == 0)
        return 0;
    Bytecode *b = g->b;
    if (b->nglobals == g->globals_cap) {
        g->globals_cap = g->globals_cap ? 2 * g->globals_cap : 16;
        b->globals = xrealloc(b->globals, g->globals_cap);
        b->global_names = xrealloc(b->global_names, g->globals_cap * sizeof *b->global_names);
        b->global_ext = xrealloc(b->global_ext, g->globals_cap);
    }
    char *name = xmalloc(strlen(s->pkg) + strlen(s->name) + 2);
    sprintf(name, "%s.%s", pkg_name(s->pkg), s->name);
    b->globals[b->nglobals] = (uint8_t)tclass(g, s->type);
    b->global_names[b->nglobals] = name;
    b->global_ext[b->nglobals] = 1;
    b->nglobal_names = b->nglobals + 1;
    add_import(g, s->pkg);
    g->global_of_sym[sym] = ++b->nglobals;
    return g->global_of_sym[sym];
}

/* ==== emitting ======================================================== */

uint32_t emit(Fn *fn, Instr in)
{
    BcFunc *f = fn->f;
    if (f->ncode == fn->codecap) {
        fn->codecap = fn->codecap ? 2 * fn->codecap : 64;
        f->code = xrealloc(f->code, fn->codecap * sizeof *f->code);
        f->lines = xrealloc(f->lines, fn->codecap * sizeof *f->lines);
    }
    f->code[f->ncode] = in;
    f->lines[f->ncode] = fn->line;
    return f->ncode++;
}

void emit3(Fn *fn, Opcode op, uint32_t a, uint32_t b, uint32_t c)
{
    emit(fn, instr_make(op, (uint16_t)a, (uint16_t)b, (uint16_t)c));
}

/* A jump whose offset is filled in by patch_to. */
uint32_t emit_jump(Fn *fn, Opcode op, uint32_t reg)
{
    return emit(fn, instr_make_jump(op, (uint16_t)reg, 0));
}

void patch_to(Fn *fn, uint32_t at, uint32_t target)
{
    if (target == fn->f->ncode)
        fn->label_here = target;
    Instr in = fn->f->code[at];
    fn->f->code[at] = instr_make_jump(instr_op(in), instr_a(in), (int32_t)target - (int32_t)at - 1);
}

void patch_push(Patch *p, uint32_t at)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 8;
        p->at = xrealloc(p->at, p->cap * sizeof *p->at);
    }
    p->at[p->n++] = at;
}

void patch_all(Fn *fn, Patch *p, uint32_t target)
{
    for (uint32_t i = 0; i < p->n; i++)
        patch_to(fn, p->at[i], target);
    free(p->at);
    *p = (Patch){0};
}

uint32_t new_reg(Fn *fn, BcClass c)
{
    BcFunc *f = fn->f;
    if (f->nregs >= BC_MAX_REGS) {
        unsupported(fn->g, fn->decl, "a function needing more than 65535 registers");
        return 0;
    }
    if (f->nregs == fn->regcap) {
        fn->regcap = fn->regcap ? 2 * fn->regcap : 16;
        f->classes = xrealloc(f->classes, fn->regcap);
    }
    f->classes[f->nregs] = (uint8_t)c;
    return f->nregs++;
}

uint32_t temp(Fn *fn, BcClass c)
{
    if (fn->nfree[c] > 0)
        return fn->free_regs[c][--fn->nfree[c]];
    return new_reg(fn, c);
}

/* A temporary goes back to its free list; locals are never freed. */
void release(Fn *fn, uint32_t reg, bool is_temp)
{
    if (!is_temp)
        return;
    BcClass c = (BcClass)fn->f->classes[reg];
    if (fn->nfree[c] == fn->freecap[c]) {
        fn->freecap[c] = fn->freecap[c] ? 2 * fn->freecap[c] : 16;
        fn->free_regs[c] = xrealloc(fn->free_regs[c], fn->freecap[c] * sizeof *fn->free_regs[c]);
    }
    fn->free_regs[c][fn->nfree[c]++] = reg;
}

void release_val(Fn *fn, Val v)
{
    release(fn, v.reg, v.temp);
}

uint32_t add_const(Gen *g, BcConst c)
{
    Bytecode *b = g->b;
    for (uint32_t i = 0; i < b->nconsts; i++) {
        const BcConst *k = &b->consts[i];
        if (k->kind == c.kind && (c.kind == BC_INT ? k->i == c.i
                                  : c.kind == BC_FLOAT ? memcmp(&k->f, &c.f, sizeof c.f) == 0
                                                       : k->len == c.len && memcmp(k->s, c.s, c.len) == 0)) {
            free(c.s);
            return i;
        }
    }
    if (b->nconsts == g->consts_cap) {
        g->consts_cap = g->consts_cap ? 2 * g->consts_cap : 32;
        b->consts = xrealloc(b->consts, g->consts_cap * sizeof *b->consts);
    }
    b->consts[b->nconsts] = c;
    return b->nconsts++;
}

void load_int(Fn *fn, uint32_t reg, int64_t v)
{
    if (v >= INT16_MIN && v <= INT16_MAX)
        emit3(fn, OP_LOADI, reg, (uint16_t)(int16_t)v, 0);
    else
        emit3(fn, OP_LOADK, reg, add_const(fn->g, (BcConst){.kind = BC_INT, .i = v}), 0);
}

/* ==== functions ======================================================= */

static void fn_init(Fn *fn, Gen *g, BcFunc *f, const Node *decl)
{
    *fn = (Fn){.g = g, .f = f, .decl = decl};
    fn->reg_of_sym = xmalloc(((size_t)g->t->nsyms + 1) * sizeof *fn->reg_of_sym);
    fn->boxed = xcalloc((size_t)g->t->nsyms + 1, 1);
    for (uint32_t i = 0; i <= g->t->nsyms; i++)
        fn->reg_of_sym[i] = -1;
}

/* Does the body hold a defer statement (outside nested literals)? */
static bool has_defer(const Node *n)
{
    if (!n || n->kind == AST_FUNC_LIT)
        return false;
    if (n->kind == AST_DEFER)
        return true;
    for (uint32_t i = 0; i < n->nkids; i++)
        if (has_defer(n->kids[i]))
            return true;
    return false;
}

/* Sets up the epilogue (see Fn) when the function needs one: the
 * recover point, and cells for named results that must live in one. */
static void begin_epilogue(Fn *fn, const Node *body, uint32_t nresults)
{
    Gen *g = fn->g;
    for (uint32_t sym = 1; sym <= g->t->nsyms; sym++) {
        int32_t r = fn->reg_of_sym[sym];
        if (r >= (int32_t)fn->f->params && r < (int32_t)(fn->f->params + nresults) &&
            (sym_of(g, sym)->flags & (1u << TSF_BIT_CAPTURED)))
            g->force_cell[sym] = 1;
    }
    fn->has_defer = has_defer(body);
    fn->result_cell = xcalloc(nresults ? nresults : 1, sizeof *fn->result_cell);
    bool cells = false;
    for (uint32_t sym = 1; sym <= g->t->nsyms; sym++) {
        int32_t r = fn->reg_of_sym[sym];
        if (r >= (int32_t)fn->f->params && r < (int32_t)(fn->f->params + nresults) && needs_cell(g, sym)) {
            fn->result_cell[r - fn->f->params] = sym;
            cells = true;
        }
    }
    fn->epilogue = fn->has_defer || cells;
    if (fn->has_defer)
        patch_push(&fn->to_epilogue, emit_jump(fn, OP_RECOVERAT, 0));
    for (uint32_t i = 0; i < nresults; i++)
        if (fn->result_cell[i]) {
            uint32_t sym = fn->result_cell[i];
            fn->reg_of_sym[sym] = -1;
            define_local(fn, sym, (Val){0, false, false}, false);
        }
}

/* The epilogue: deferred calls, results out of their cells, return. */
static void end_epilogue(Fn *fn)
{
    BcFunc *f = fn->f;
    patch_all(fn, &fn->to_epilogue, f->ncode);
    if (fn->has_defer)
        emit3(fn, OP_RUNDEFERS, 0, 0, 0);
    for (uint32_t i = 0; i < f->results; i++)
        if (fn->result_cell[i]) {
            uint32_t sym = fn->result_cell[i];
            emit3(fn, tclass(fn->g, sym_of(fn->g, sym)->type) == BC_REF ? OP_LOADREF_P : OP_LOADREF_R,
                  f->params + i, (uint32_t)fn->reg_of_sym[sym], 0);
        }
    emit3(fn, OP_RETURN, f->params, f->results, 0);
}

bool same_label(const Node *a, const Node *b)
{
    return a && b && a->text_len == b->text_len && memcmp(a->text, b->text, a->text_len) == 0;
}

/* The end of a function's code: the epilogue, or a RETURN for a body
 * that can fall off its end, else a jump that is never taken (gocheck
 * proved the body ends), since the last instruction must not fall. */
static void finish_body(Fn *fn)
{
    BcFunc *f = fn->f;
    if (f->nregs == 0)
        new_reg(fn, BC_SCALAR);   /* RETURN names register 0 even for no results */
    for (uint32_t i = 0; i < fn->ngotos; i++) {
        uint32_t k = 0;
        while (k < fn->nlabels && !same_label(fn->labels[k].label, fn->gotos[i].label))
            k++;
        if (k < fn->nlabels)
            patch_to(fn, fn->gotos[i].pc, fn->labels[k].pc);
        else
            unsupported(fn->g, fn->gotos[i].label, "a goto to a label gocodegen did not find");
    }
    if (fn->epilogue)
        end_epilogue(fn);
    else if (f->results == 0)
        emit3(fn, OP_RETURN, 0, 0, 0);
    else if (f->ncode == 0 || instr_op(f->code[f->ncode - 1]) != OP_RETURN)
        emit(fn, instr_make_jump(OP_JMP, 0, -1));
}

static void fn_free(Fn *fn)
{
    free(fn->labels);
    free(fn->gotos);
    free(fn->result_cell);
    free(fn->to_epilogue.at);
    free(fn->reg_of_sym);
    free(fn->boxed);
    free(fn->free_regs[0]);
    free(fn->free_regs[1]);
    free(fn->loops);
}

/* Does the statement or expression n assign to variable sym, or to a
 * part of it (sym.f = ..., sym[i] = ..., sym.f++), or take its address
 * (&sym, sym.M() with a pointer method)?  Then a struct or array
 * parameter must be the function's own copy. */
static bool root_is(Gen *g, const Node *e, uint32_t sym)
{
    for (;;) {
        e = unparen(e);
        if (e->kind == AST_IDENT) {
            const TastFacts *x = facts(g, e);
            return x && x->sym == sym;
        }
        if (e->kind == AST_SELECTOR) {
            const TastFacts *x = facts(g, e);
            if (x && x->sel && g->t->sels[x->sel - 1].kind == TSEL_FIELD &&
                vkind(g, final_type(g, e->kids[SELECTOR_X])) == VK_AGG) {
                e = e->kids[SELECTOR_X];
                continue;
            }
            return false;
        }
        if (e->kind == AST_INDEX && vkind(g, final_type(g, e->kids[INDEX_X])) == VK_AGG) {
            e = e->kids[INDEX_X];
            continue;
        }
        return false;
    }
}

static bool modifies(Gen *g, const Node *n, uint32_t sym)
{
    if (!n)
        return false;
    switch ((AstKind)n->kind) {
    case AST_ASSIGN:
        for (uint32_t i = 0; i < n->kids[ASSIGN_LHS]->nkids; i++)
            if (root_is(g, n->kids[ASSIGN_LHS]->kids[i], sym))
                return true;
        break;
    case AST_INC_DEC:
        if (root_is(g, n->kids[INC_DEC_X], sym))
            return true;
        break;
    case AST_RANGE:
        if ((n->kids[RANGE_KEY] && root_is(g, n->kids[RANGE_KEY], sym)) ||
            (n->kids[RANGE_VALUE] && root_is(g, n->kids[RANGE_VALUE], sym)))
            return true;
        break;
    case AST_UNARY:
        if (n->op == TOK_AND && root_is(g, n->kids[UNARY_X], sym))
            return true;
        break;
    case AST_SELECTOR: {
        const TastFacts *x = facts(g, n);
        if (x && x->sel && g->t->sels[x->sel - 1].addr && root_is(g, n->kids[SELECTOR_X], sym))
            return true;
        break;
    }
    default: break;
    }
    for (uint32_t i = 0; i < n->nkids; i++)
        if (modifies(g, n->kids[i], sym))
            return true;
    return false;
}

/* Binds the parameter or named result names of a field list to
 * registers k.. */
static void bind_names(Fn *fn, const Node *list, uint32_t k)
{
    for (uint32_t i = 0; list && i < list->nkids; i++) {
        const Node *field = list->kids[i];
        uint32_t names = field->nkids - FIELD_NAMES;
        for (uint32_t j = 0; j < (names ? names : 1); j++, k++)
            if (names) {
                const TastFacts *x = facts(fn->g, field->kids[FIELD_NAMES + j]);
                if (x && x->sym)
                    fn->reg_of_sym[x->sym] = (int32_t)k;
            }
    }
}

/* A parameter that is boxed (its address is taken) or that the body
 * modifies while it is a struct the caller may still see gets its own
 * variable at entry. */
static void own_params(Fn *fn, const Node *ft, const Node *recv, const Node *body)
{
    Gen *g = fn->g;
    uint32_t nsyms = g->t->nsyms;
    for (uint32_t sym = 1; sym <= nsyms; sym++) {
        int32_t r = fn->reg_of_sym[sym];
        if (r < 0 || (uint32_t)r >= fn->f->params)
            continue;
        const TastSymbol *s = sym_of(g, sym);
        if (needs_cell(g, sym)) {
            fn->reg_of_sym[sym] = -1;
            define_local(fn, sym, (Val){(uint32_t)r, false, false}, true);
        } else if (is_agg(g, s->type) && modifies(g, body, sym)) {
            emit3(fn, OP_CLONE, (uint32_t)r, (uint32_t)r, 0);
        }
    }
    (void)ft, (void)recv;
}

static void gen_func(Gen *g, const Node *decl, BcFunc *f, const TastSymbol *s)
{
    Fn fn;
    fn_init(&fn, g, f, decl);
    fn.sig = s->type;
    const TastType *sig = underlying(g, s->type);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    const Node *recv = decl->kids[FUNC_DECL_RECV];
    uint32_t nrecv = recv ? 1 : 0;
    f->params = nrecv + params->n;
    f->results = results->n;
    /* Registers 0..: the receiver, the parameters, then the results,
     * with the classes a caller's window has (gen_call.c). */
    if (recv)
        new_reg(&fn, tclass(g, s->recv));
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    const Node *ft = decl->kids[FUNC_DECL_TYPE];
    bind_names(&fn, recv, 0);
    bind_names(&fn, ft->kids[FUNC_TYPE_PARAMS], nrecv);
    const Node *body = decl->kids[FUNC_DECL_BODY];
    fn.line = decl->pos.line;
    /* Named results live in the result registers, which start zero. */
    const Node *rl = ft->kids[FUNC_TYPE_RESULTS];
    bind_names(&fn, rl, f->params);
    own_params(&fn, ft, recv, body);
    for (uint32_t sym = 1; rl && sym <= g->t->nsyms; sym++) {
        int32_t r = fn.reg_of_sym[sym];
        if (r >= (int32_t)f->params && is_agg(g, sym_of(g, sym)->type))
            zero(&fn, (uint32_t)r, sym_of(g, sym)->type);   /* a named struct result starts as a zero struct */
    }
    begin_epilogue(&fn, body, f->results);
    block(&fn, body);
    fn.line = ast_end(body).line;
    finish_body(&fn);
    fn_free(&fn);
}

/* ==== function literals =============================================== */

static const TastClosure *closure_of(Gen *g, const Node *lit)
{
    for (uint32_t i = 0; i < g->t->nclosures; i++)
        if (g->t->closures[i].file == lit->pos.file && g->t->closures[i].node == lit->id)
            return &g->t->closures[i];
    return NULL;
}

Val func_lit(Fn *fn, const Node *e)
{
    Gen *g = fn->g;
    const TastClosure *cl = closure_of(g, e);
    uint32_t ncaps = cl ? cl->ncaps : 0;
    if (g->nlits == g->litcap) {
        g->litcap = g->litcap ? 2 * g->litcap : 8;
        g->lits = xrealloc(g->lits, g->litcap * sizeof *g->lits);
    }
    uint32_t index = g->first_lit + g->nlits;
    /* Go numbers a function's literals func1, func2 ... */
    const char *parent = fn->f->name ? fn->f->name : "?";
    uint32_t nth = 1;
    for (uint32_t i = 0; i < g->nlits; i++)
        if (g->lits[i].name && strncmp(g->lits[i].name, parent, strlen(parent)) == 0 &&
            strncmp(g->lits[i].name + strlen(parent), ".func", 5) == 0 &&
            !strchr(g->lits[i].name + strlen(parent) + 5, '.'))
            nth++;
    char *name = xmalloc(strlen(parent) + 24);
    sprintf(name, "%s.func%u", parent, nth);
    g->lits[g->nlits++] = (Lit){.node = e, .closure = cl, .name = name};
    /* The captures, in a run of registers after the closure's: a
     * shared variable's cell, or a copy of the value. */
    uint32_t r = fn->f->nregs;
    new_reg(fn, BC_REF);
    for (uint32_t i = 0; i < ncaps; i++) {
        uint32_t sym = cl->caps[i];
        new_reg(fn, needs_cell(g, sym) ? BC_REF : tclass(g, sym_of(g, sym)->type));
    }
    bool snap = fn->snapshot_lit == e;
    for (uint32_t i = 0; i < ncaps; i++) {
        uint32_t sym = cl->caps[i];
        if (fn->reg_of_sym[sym] < 0) {
            unsupported(g, e, "capturing a variable not declared before the literal");
            continue;
        }
        uint32_t src = (uint32_t)fn->reg_of_sym[sym], type = sym_of(g, sym)->type;
        if (snap && needs_cell(g, sym)) {
            /* The new task's own variable: a new cell holding a copy. */
            BcClass c = tclass(g, type);
            uint32_t v = temp(fn, c);
            emit3(fn, c == BC_REF ? OP_LOADREF_P : OP_LOADREF_R, v, src, 0);
            snapshot_reg(fn, v, type);
            emit3(fn, OP_NEWCELL, r + 1 + i, bc_type(g, type), 0);
            emit3(fn, c == BC_REF ? OP_STOREREF_P : OP_STOREREF_R, r + 1 + i, v, 0);
            release_val(fn, (Val){v, true, false});
            continue;
        }
        emit3(fn, OP_MOVE, r + 1 + i, src, 0);
        if (snap)
            snapshot_reg(fn, r + 1 + i, type);
    }
    emit3(fn, OP_MAKECLOSURE, r, index, ncaps);
    return (Val){r, false, false};
}

/* defer close(ch), defer delete(m, k), defer r.Close() through an
 * interface, go fmt.Println(x): the statement evaluates the arguments
 * (and the interface) into a window, and defers or starts a function
 * of them, named as Go names it (kind "deferwrap" or "gowrap"), that
 * makes the call.  Takes taken and types. */
uint32_t deferwrap(Fn *fn, const Node *call, const Node **taken, uint32_t *types, uint32_t n, const char *kind)
{
    Gen *g = fn->g;
    Lit *lit = new_lit(g);
    const char *parent = fn->f->name ? fn->f->name : "?";
    size_t plen = strlen(parent), klen = strlen(kind);
    uint32_t nth = 1;
    for (uint32_t i = 0; i + 1 < g->nlits; i++)
        if (g->lits[i].deferred && strncmp(g->lits[i].name, parent, plen) == 0 &&
            g->lits[i].name[plen] == '.' && strncmp(g->lits[i].name + plen + 1, kind, klen) == 0)
            nth++;
    lit->name = xmalloc(plen + klen + 32);
    sprintf(lit->name, "%s.%s%u", parent, kind, nth);
    lit->deferred = call;
    lit->taken = taken;
    lit->taken_types = types;
    lit->ntaken = n;
    return g->first_lit + g->nlits - 1;
}

uint32_t spawnwrap(Fn *fn, const Node *call, uint32_t sig)
{
    Gen *g = fn->g;
    Lit *lit = new_lit(g);
    const char *parent = fn->f->name ? fn->f->name : "?";
    size_t plen = strlen(parent);
    uint32_t nth = 1;
    for (uint32_t i = 0; i + 1 < g->nlits; i++)
        if (g->lits[i].spawn && strncmp(g->lits[i].name, parent, plen) == 0)
            nth++;
    lit->name = xmalloc(plen + 32);
    sprintf(lit->name, "%s.spawnwrap%u", parent, nth);
    lit->spawn = true;
    lit->deferred = NULL;
    lit->node = call;   /* for the position of what it cannot translate */
    lit->sig = sig;
    lit->recv = 0;
    return g->first_lit + g->nlits - 1;
}

static bool is_error_type(Gen *g, uint32_t t)
{
    const TastType *ty = &g->t->types[g->t->types[t].canon];
    return ty->kind == TK_NAMED && ty->name && strcmp(ty->name, "error") == 0 && (!ty->pkg || !*ty->pkg);
}

/* spawn's wrapper: R0 the function value, then its arguments; the
 * result, an interface, after them. */
static void gen_spawnwrap(Gen *g, Lit *lit, BcFunc *f)
{
    Fn fn;
    fn_init(&fn, g, f, g->t->files[0]);
    const TastType *sig = underlying(g, lit->sig);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    f->params = 1 + params->n;
    f->results = 1;
    new_reg(&fn, BC_REF);
    for (uint32_t i = 0; i < params->n; i++)
        new_reg(&fn, tclass(g, params->ids[i]));
    uint32_t out = new_reg(&fn, BC_REF);
    uint32_t base = f->nregs;
    new_reg(&fn, BC_REF);
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    emit3(&fn, OP_MOVE, base, 0, 0);
    for (uint32_t i = 0; i < params->n; i++)
        emit3(&fn, OP_MOVE, base + 1 + i, 1 + i, 0);
    emit3(&fn, OP_CALLV, base, params->n, 0);
    uint32_t r0 = base + 1 + params->n, nres = results->n;
    if (nres > 0 && is_error_type(g, results->ids[nres - 1])) {
        /* A non-nil last error fails the task with it. */
        uint32_t t = new_reg(&fn, BC_SCALAR);
        emit3(&fn, OP_ISNIL, t, r0 + nres - 1, 0);
        uint32_t ok = emit_jump(&fn, OP_JMPIF, t);
        emit3(&fn, OP_PANIC, r0 + nres - 1, 0, 0);
        patch_to(&fn, ok, f->ncode);
        nres--;
    }
    if (nres == 0)
        emit3(&fn, OP_LOADNIL, out, 0, 0);
    else if (vkind(g, results->ids[0]) == VK_IFACE)
        emit3(&fn, OP_MOVE, out, r0, 0);
    else
        emit3(&fn, OP_MAKEIFACE, out, r0, bc_type(g, results->ids[0]));
    if (nres > 1)
        unsupported(g, lit->node, "spawn of a function of several results (besides an error)");
    emit3(&fn, OP_RETURN, out, 1, 0);
    fn_free(&fn);
}

static void gen_deferwrap(Gen *g, Lit *lit, BcFunc *f)
{
    Fn fn;
    fn_init(&fn, g, f, lit->deferred);
    f->params = lit->ntaken;
    f->results = 0;
    for (uint32_t i = 0; i < lit->ntaken; i++)
        new_reg(&fn, tclass(g, lit->taken_types[i]));
    fn.taken = lit->taken;
    fn.ntaken = lit->ntaken;
    fn.line = lit->deferred->pos.line;
    Val v = call_expr(&fn, lit->deferred, 0);
    release_val(&fn, v);
    if (f->nregs == 0)
        new_reg(&fn, BC_SCALAR);
    emit3(&fn, OP_RETURN, 0, 0, 0);
    fn_free(&fn);
    free(lit->taken);
    free(lit->taken_types);
}

/* A literal's body: its captures come first, from the closure, into
 * the registers its variables live in. */
static void gen_lit(Gen *g, Lit *lit, BcFunc *f)
{
    const Node *e = lit->node;
    Fn fn;
    fn_init(&fn, g, f, e);
    const TastFacts *x = facts(g, e);
    fn.sig = x ? x->type : 0;
    const TastType *sig = underlying(g, fn.sig);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    f->params = params->n;
    f->results = results->n;
    for (uint32_t i = 0; i < params->n + results->n; i++)
        new_reg(&fn, tclass(g, i < params->n ? params->ids[i] : results->ids[i - params->n]));
    const Node *ft = e->kids[FUNC_LIT_TYPE], *body = e->kids[FUNC_LIT_BODY];
    bind_names(&fn, ft->kids[FUNC_TYPE_PARAMS], 0);
    bind_names(&fn, ft->kids[FUNC_TYPE_RESULTS], f->params);
    fn.line = e->pos.line;
    for (uint32_t i = 0; lit->closure && i < lit->closure->ncaps; i++) {
        uint32_t sym = lit->closure->caps[i];
        bool cell = needs_cell(g, sym);
        uint32_t r = new_reg(&fn, cell ? BC_REF : tclass(g, sym_of(g, sym)->type));
        emit3(&fn, OP_GETCAP, r, i, 0);
        fn.reg_of_sym[sym] = (int32_t)r;
        fn.boxed[sym] = cell;
    }
    own_params(&fn, ft, NULL, body);
    for (uint32_t sym = 1; ft->kids[FUNC_TYPE_RESULTS] && sym <= g->t->nsyms; sym++) {
        int32_t r = fn.reg_of_sym[sym];
        if (r >= (int32_t)f->params && r < (int32_t)(f->params + f->results) && is_agg(g, sym_of(g, sym)->type))
            zero(&fn, (uint32_t)r, sym_of(g, sym)->type);
    }
    begin_epilogue(&fn, body, f->results);
    block(&fn, body);
    fn.line = ast_end(body).line;
    finish_body(&fn);
    fn_free(&fn);
}

/* An imported function's declaration: its signature's classes, no code. */
static void gen_extern(Gen *g, Lit *lit, BcFunc *f)
{
    const TastSymbol *s = sym_of(g, lit->ext_sym);
    const TastType *sig = underlying(g, s->type);
    const TastType *params = &g->t->types[sig->params], *results = &g->t->types[sig->results];
    uint32_t nrecv = s->recv ? 1 : 0;
    f->ext = true;
    f->params = nrecv + params->n;
    f->results = results->n;
    f->nregs = f->params + f->results;
    f->classes = xmalloc(f->nregs ? f->nregs : 1);
    uint32_t k = 0;
    if (s->recv)
        f->classes[k++] = (uint8_t)tclass(g, s->recv);
    for (uint32_t i = 0; i < params->n; i++)
        f->classes[k++] = (uint8_t)tclass(g, params->ids[i]);
    for (uint32_t i = 0; i < results->n; i++)
        f->classes[k++] = (uint8_t)tclass(g, results->ids[i]);
}

/* ==== the package ===================================================== */

char *qualified(const char *pkg, const char *name)
{
    size_t n = strlen(pkg) + strlen(name) + 2;
    char *s = xmalloc(n);
    snprintf(s, n, "%s.%s", pkg, name);
    return s;
}

char *method_name(Gen *g, const TastSymbol *s)
{
    const TastType *r = &g->t->types[g->t->types[s->recv].canon];
    bool ptr = r->kind == TK_POINTER;
    if (ptr)
        r = &g->t->types[g->t->types[r->elem].canon];
    const char *tname = r->kind == TK_NAMED && r->name ? r->name : "?";
    size_t n = strlen(s->pkg) + strlen(tname) + strlen(s->name) + 8;
    char *out = xmalloc(n);
    snprintf(out, n, ptr ? "%s.(*%s).%s" : "%s.%s.%s", pkg_name(s->pkg), tname, s->name);
    return out;
}

/* Package variables: a global each (in declaration order), and one
 * function that gives them their initial values in gocheck's
 * initialisation order; variables without a value start zero. */
typedef struct VarInit {
    const Node **value;       /* symbol id -> its initialiser, or NULL */
    uint32_t *syms;           /* the globals' symbols, in order */
    uint32_t nsyms;
} VarInit;

static void collect_globals(Gen *g, VarInit *vi)
{
    const TypedAst *t = g->t;
    Bytecode *b = g->b;
    uint32_t cap = 0;
    for (uint32_t fi = 0; fi < t->nfiles; fi++) {
        const Node *file = t->files[fi];
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d0 = file->kids[i];
            if (d0->kind != AST_GEN_DECL || d0->op != TOK_VAR)
                continue;
            for (uint32_t s = 0; s < d0->nkids; s++) {
                const Node *spec = d0->kids[s];
                const Node *names = spec->kids[VALUE_SPEC_NAMES], *values = spec->kids[VALUE_SPEC_VALUES];
                if (values && values->nkids != names->nkids) {
                    unsupported(g, spec, "package variables set from one call's several results");
                    continue;
                }
                for (uint32_t k = 0; k < names->nkids; k++) {
                    const TastFacts *x = facts(g, names->kids[k]);
                    if (!x || !x->sym)
                        continue;   /* _ */
                    const TastSymbol *sy = sym_of(g, x->sym);
                    if (sy->flags & (1u << TSF_BIT_ADDRESS_TAKEN) && !is_agg(g, sy->type)) {
                        unsupported(g, names->kids[k], "taking the address of a package variable");
                        continue;
                    }
                    if (b->nglobals == g->globals_cap) {
                        g->globals_cap = g->globals_cap ? 2 * g->globals_cap : 16;
                        b->globals = xrealloc(b->globals, g->globals_cap);
                        b->global_names = xrealloc(b->global_names, g->globals_cap * sizeof *b->global_names);
                        b->global_ext = xrealloc(b->global_ext, g->globals_cap);
                    }
                    if (vi->nsyms == cap) {
                        cap = cap ? 2 * cap : 16;
                        vi->syms = xrealloc(vi->syms, cap * sizeof *vi->syms);
                    }
                    vi->syms[vi->nsyms++] = x->sym;
                    b->global_names[b->nglobals] = qualified(t->package, sy->name);
                    b->nglobal_names = b->nglobals + 1;
                    b->global_ext[b->nglobals] = 0;
                    b->globals[b->nglobals++] = (uint8_t)tclass(g, sy->type);
                    g->global_of_sym[x->sym] = b->nglobals;
                    vi->value[x->sym] = values ? values->kids[k] : NULL;
                }
            }
        }
    }
}

/* The function that initialises the globals, named as no Go function
 * can be; false if none is needed.  Struct and array globals get their
 * zero objects first, since any initialiser may refer to any global. */
static bool gen_var_init(Gen *g, const VarInit *vi, BcFunc *f)
{
    const TypedAst *t = g->t;
    bool any = false;
    for (uint32_t i = 0; i < vi->nsyms; i++)
        any |= vi->value[vi->syms[i]] != NULL || is_agg(g, sym_of(g, vi->syms[i])->type);
    if (!any)
        return false;
    Fn fn;
    fn_init(&fn, g, f, t->files[0]);
    f->name = qualified(t->package, "init.vars");
    for (uint32_t i = 0; i < vi->nsyms; i++) {
        uint32_t sym = vi->syms[i], type = sym_of(g, sym)->type;
        if (is_agg(g, type)) {
            Val v = {temp(&fn, BC_REF), true, true};
            emit3(&fn, OP_NEWAGG, v.reg, bc_type(g, type), 0);
            emit3(&fn, OP_SETGLOBAL, g->global_of_sym[sym] - 1, v.reg, 0);
            release_val(&fn, v);
        }
    }
    for (uint32_t i = 0; i < t->ninit_order; i++) {
        uint32_t sym = t->init_order[i];
        const Node *value = vi->value[sym];
        if (!value || !g->global_of_sym[sym])
            continue;
        fn.line = value->pos.line;
        Lv lv = {.kind = LV_GLOBAL, .type = sym_of(g, sym)->type, .reg = g->global_of_sym[sym] - 1};
        lv_store(&fn, &lv, expr(&fn, value));
    }
    emit3(&fn, OP_RETURN, 0, 0, 0);
    fn_free(&fn);
    return true;
}

bool gen_package(const TypedAst *t, const char *source, Bytecode *b, Diag *d, bool optimize)
{
    Gen g = {.t = t, .b = b, .d = d, .optimize = optimize};
    g.func_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.func_of_sym);
    g.global_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.global_of_sym);
    g.native_of_sym = xcalloc((size_t)t->nsyms + 1, sizeof *g.native_of_sym);
    g.bctype_of = xcalloc((size_t)t->ntypes + 1, sizeof *g.bctype_of);
    g.force_cell = xcalloc((size_t)t->nsyms + 1, 1);
    for (uint32_t i = t->ntypes; i-- > 0;)
        if (t->types[i].kind < TK_ARRAY)
            g.basic[t->types[i].kind] = i;
    b->package = xstrdup(t->package);
    b->source = xstrdup(source);
    VarInit vi = {xcalloc((size_t)t->nsyms + 1, sizeof *vi.value), NULL, 0};
    collect_globals(&g, &vi);
    /* Functions and methods: every FuncDecl with a body, in source order. */
    const Node **decls = NULL;
    uint32_t ndecls = 0, cap = 0;
    for (uint32_t fi = 0; fi < t->nfiles; fi++) {
        const Node *file = t->files[fi];
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d0 = file->kids[i];
            if (d0->kind == AST_FUNC_DECL && d0->kids[FUNC_DECL_BODY]) {
                if (ndecls == cap) {
                    cap = cap ? 2 * cap : 16;
                    decls = xrealloc(decls, cap * sizeof *decls);
                }
                decls[ndecls++] = d0;
            }
        }
    }
    /* The package's functions, then the function literals' (made as
     * they are met), then the globals' initialiser (if any). */
    BcFunc *funcs = xcalloc(ndecls + 1, sizeof *funcs);
    bool have_main = false;
    uint32_t main_index = 0, ninit = 0;
    uint32_t *inits = xcalloc(ndecls + 1, sizeof *inits);
    g.first_lit = ndecls;
    for (uint32_t i = 0; i < ndecls; i++) {
        const TastFacts *x = facts(&g, decls[i]->kids[FUNC_DECL_NAME]);
        if (x && x->sym)
            g.func_of_sym[x->sym] = i + 1;
    }
    for (uint32_t i = 0; i < ndecls && !g.failed; i++) {
        const Node *name = decls[i]->kids[FUNC_DECL_NAME];
        const TastFacts *x = facts(&g, name);
        if (!x || !x->sym) {
            unsupported(&g, name, "a function the typed AST gives no symbol");
            continue;
        }
        const TastSymbol *s = sym_of(&g, x->sym);
        bool is_method = decls[i]->kids[FUNC_DECL_RECV] != NULL;
        funcs[i].name = is_method ? method_name(&g, s) : qualified(t->package, s->name);
        gen_func(&g, decls[i], &funcs[i], s);
        if (is_method)
            continue;
        if (strcmp(s->name, "main") == 0) {
            main_index = i;
            have_main = true;
        } else if (strcmp(s->name, "init") == 0) {
            inits[ninit++] = i;
        }
    }
    BcFunc var_init = {0};
    bool has_var_init = !g.failed && gen_var_init(&g, &vi, &var_init);
    /* Literals inside literals add more as they are translated. */
    for (uint32_t k = 0; k < g.nlits && !g.failed; k++) {
        Lit *lit = &g.lits[k];
        BcFunc f = {.name = lit->name, .shared = lit->shared};
        if (lit->ext)
            gen_extern(&g, lit, &f);
        else if (lit->deferred)
            gen_deferwrap(&g, lit, &f);
        else if (lit->spawn)
            gen_spawnwrap(&g, lit, &f);
        else if (lit->node)
            gen_lit(&g, lit, &f);
        else
            gen_wrapper(&g, lit, &f);
        g.lits[k].f = f;   /* g.lits may have moved */
    }
    b->nfuncs = ndecls + g.nlits + (has_var_init ? 1 : 0);
    b->funcs = xcalloc(b->nfuncs ? b->nfuncs : 1, sizeof *b->funcs);
    memcpy(b->funcs, funcs, ndecls * sizeof *funcs);
    for (uint32_t k = 0; k < g.nlits; k++)
        b->funcs[ndecls + k] = g.lits[k].f;
    if (has_var_init) {
        /* It runs first: init functions may read the globals. */
        b->funcs[b->nfuncs - 1] = var_init;
        memmove(inits + 1, inits, ninit * sizeof *inits);
        inits[0] = b->nfuncs - 1;
        ninit++;
    }
    free(funcs);
    for (uint32_t k = 0; k < g.nlits; k++) {
        if (!b->funcs[ndecls + k].name)
            free(g.lits[k].name);
        if ((g.lits[k].bound || g.lits[k].iface_expr) && g.lits[k].iface_method)
            free((char *)g.lits[k].iface_method);   /* i.M's name, the literal's own */
    }
    free(g.lits);
    b->main = main_index;
    b->ninit = ninit;
    free(vi.value);
    free(vi.syms);
    for (uint32_t i = 0; i < b->nfuncs; i++)
        if (!b->funcs[i].name)
            b->funcs[i].name = xstrdup("?");
    b->init = inits;
    /* A package other than main is a library: no main, imported by a
     * program whose linking finds its functions by name. */
    b->library = strcmp(t->package, "main") != 0;
    if (!have_main && !b->library && !g.failed)
        unsupported(&g, t->nfiles ? t->files[0] : NULL, "package main without func main");
    free(decls);
    free(g.func_of_sym);
    free(g.global_of_sym);
    free(g.native_of_sym);
    free(g.bctype_of);
    free(g.force_cell);
    return !g.failed;
}
