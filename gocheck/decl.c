/* decl.c - package-level declarations: collecting them into the
 * package scope, resolving each one lazily (so they may come in any
 * order), attaching methods to their types, and ordering the package
 * variables' initialisation by dependency, as go/types does. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* ==== collecting ====================================================== */

/* The names and values of a ValueSpec. */
static const Node *spec_names(const Node *spec) { return spec->kids[VALUE_SPEC_NAMES]; }
static const Node *spec_values(const Node *spec) { return spec->kids[VALUE_SPEC_VALUES]; }

/* "missing init expr for const declaration" and its relatives, for a
 * spec whose names and values do not pair up. */
static void check_spec_arity(Checker *ck, const Node *spec, const Node *vspec, bool is_const)
{
    const Node *names = spec_names(spec);
    uint32_t nn = list_len(names);
    uint32_t nv = vspec ? list_len(spec_values(vspec)) : 0;
    if (is_const) {
        if (!vspec || nv == 0) {
            check_errorf(ck, names->kids[0], "missing init expr for const declaration");
        } else if (nn > nv) {
            check_errorf(ck, names->kids[nv], spec == vspec ? "missing init expr for const declaration"
                                                            : "missing init expr for const declaration");
        } else if (nn < nv && spec == vspec) {
            check_errorf(ck, spec_values(spec)->kids[nn], "extra init expr");
        }
        return;
    }
    if (nv == 0 || nv == nn || nv == 1)
        return;
    if (nn > nv)
        check_errorf(ck, names->kids[nv], "assignment mismatch: %u variables but %u value%s", nn, nv,
                     nv == 1 ? "" : "s");
    else
        check_errorf(ck, spec_values(spec)->kids[nn], "assignment mismatch: %u variable%s but %u values",
                     nn, nn == 1 ? "" : "s", nv);
}

static void collect_consts(Checker *ck, const Node *gen, Scope *s, bool global)
{
    const Node *last = NULL;
    for (uint32_t i = 0; i < gen->nkids; i++) {
        const Node *spec = gen->kids[i];
        if (spec->kids[VALUE_SPEC_TYPE] || list_len(spec_values(spec)) > 0)
            last = spec;
        check_spec_arity(ck, spec, last, true);
        const Node *names = spec_names(spec);
        for (uint32_t j = 0; j < names->nkids; j++) {
            Symbol *sym = check_declare(ck, s, SYM_CONST, names->kids[j], TYPE_INVALID);
            sym->spec = spec;
            sym->vspec = last;
            sym->index = j;
            sym->iota = i;
            if (global)
                check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
        }
    }
}

static void collect_vars(Checker *ck, const Node *gen)
{
    for (uint32_t i = 0; i < gen->nkids; i++) {
        const Node *spec = gen->kids[i];
        check_spec_arity(ck, spec, spec, false);
        const Node *names = spec_names(spec);
        for (uint32_t j = 0; j < names->nkids; j++) {
            Symbol *sym = check_declare(ck, ck->pkg.scope, SYM_VAR, names->kids[j], TYPE_INVALID);
            sym->spec = spec;
            sym->index = j;
            sym->native = ck->native;   /* a declaration file's variables are the VM's (os.Args) */
            check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
        }
    }
}

static void collect_types(Checker *ck, const Node *gen)
{
    for (uint32_t i = 0; i < gen->nkids; i++) {
        const Node *spec = gen->kids[i];
        Symbol *sym = check_declare(ck, ck->pkg.scope, SYM_TYPE, spec->kids[TYPE_SPEC_NAME],
                                    TYPE_INVALID);
        sym->spec = spec;
        check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
    }
}

static bool has_params_or_results(const Node *ftype)
{
    return list_len(ftype->kids[FUNC_TYPE_PARAMS]) > 0 || list_len(ftype->kids[FUNC_TYPE_RESULTS]) > 0;
}

/* The identifier naming a receiver's base type: T in (t *T), or NULL. */
static const Node *recv_base(const Node *recv)
{
    if (list_len(recv) != 1)
        return NULL;
    const Node *t = unparen(recv->kids[0]->kids[FIELD_TYPE]);
    if (t && t->kind == AST_STAR)
        t = unparen(t->kids[STAR_X]);
    return t && t->kind == AST_IDENT ? t : NULL;
}

static void collect_func(Checker *ck, const Node *decl, Symbol ***methods, uint32_t *nm, uint32_t *mcap)
{
    const Node *name = decl->kids[FUNC_DECL_NAME];
    const Node *recv = decl->kids[FUNC_DECL_RECV];
    const Node *ftype = decl->kids[FUNC_DECL_TYPE];
    Symbol *sym = symbol_new(ck->arena, SYM_FUNC, check_name(ck, name), TYPE_INVALID, name);
    sym->spec = decl;
    sym->file = name->pos.file;
    sym->global = true;
    sym->pkgpath = ck->pkg.path;
    check_record_sym(ck, name, sym);
    if (!decl->kids[FUNC_DECL_BODY]) {
        if (ck->native)
            sym->native = true;
        else
            check_errorf(ck, name, "missing function body");
    }
    if (recv) {
        if (list_len(recv) == 0) {
            check_errorf(ck, name, "method has no receiver");
            return;
        }
        if (list_len(recv) > 1) {
            check_errorf(ck, recv->kids[1], "method has multiple receivers");
            return;
        }
        check_push_sym(methods, nm, mcap, sym);
    } else if (ast_text_is(name, "init")) {
        if (has_params_or_results(ftype))
            check_errorf(ck, name, "func init must have no arguments and no return values");
        check_push_sym(&ck->inits, &ck->ninits, &ck->initcap, sym);
        check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
    } else {
        if (ast_text_is(name, "main") && strcmp(ck->pkg.name, "main") == 0 &&
            has_params_or_results(ftype))
            check_errorf(ck, name, "func main must have no arguments and no return values");
        if (scope_is_blank(sym->name)) {
            check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
        } else {
            Symbol *old = scope_insert(ck->pkg.scope, sym);
            if (old)
                check_errorf(ck, name, "%s redeclared in this block\n\tother declaration of %s",
                             sym->name, sym->name);
            /* Resolved even when redeclared, so its body can be checked. */
            check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, sym);
        }
    }
    if (decl->kids[FUNC_DECL_BODY])
        check_push_sym(&ck->funcs, &ck->nfuncs, &ck->funccap, sym);
}

/* Hands each method to its receiver's base type, so that resolving the
 * type declares its methods; a method on anything else is reported when
 * its receiver is checked (decl_method). */
static void attach_methods(Checker *ck, Symbol **methods, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        Symbol *m = methods[i];
        const Node *base = recv_base(m->spec->kids[FUNC_DECL_RECV]);
        Symbol *t = base ? scope_lookup_local(ck->pkg.scope, check_name(ck, base)) : NULL;
        if (t && t->kind == SYM_TYPE) {
            if (t->nmethods == t->methodcap) {
                t->methodcap = t->methodcap ? 2 * t->methodcap : 4;
                t->methods = xrealloc(t->methods, t->methodcap * sizeof *t->methods);
            }
            t->methods[t->nmethods++] = m->spec;
        }
        /* Either way the method is an object: resolving it checks the
         * receiver, and reports a bad one once. */
        check_push_sym(&ck->objs, &ck->nobjs, &ck->objcap, m);
    }
}

void decl_collect(Checker *ck)
{
    Symbol **methods = NULL;
    uint32_t nm = 0, mcap = 0;
    for (uint32_t f = 0; f < ck->nfiles; f++) {
        const Node *file = ck->files[f];
        ck->scope = ck->file_scopes[f];
        for (uint32_t i = FILE_DECLS; i < file->nkids; i++) {
            const Node *d = file->kids[i];
            if (d->kind == AST_FUNC_DECL) {
                collect_func(ck, d, &methods, &nm, &mcap);
                continue;
            }
            switch ((TokKind)d->op) {
            case TOK_CONST: collect_consts(ck, d, ck->pkg.scope, true); break;
            case TOK_VAR: collect_vars(ck, d); break;
            case TOK_TYPE: collect_types(ck, d); break;
            default: break;   /* imports: decl_imports */
            }
        }
    }
    attach_methods(ck, methods, nm);
    free(methods);
    /* A package-level name may not also name an import of some file. */
    for (uint32_t f = 0; f < ck->nfiles; f++) {
        Scope *fs = ck->file_scopes[f];
        for (uint32_t i = 0; i < scope_len(fs); i++) {
            Symbol *imp = scope_at(fs, i);
            Symbol *other = scope_lookup_local(ck->pkg.scope, imp->name);
            if (other && other->decl)
                check_errorf(ck, other->decl, "%s already declared through import of package %s",
                             imp->name, ((Package *)imp->pkg)->path);
        }
    }
}

/* ==== resolving ======================================================= */

/* "invalid cycle in declaration of x" and its relatives, for the objects
 * on the resolution path from obj to the top. */
void check_report_cycle(Checker *ck, Symbol *obj)
{
    uint32_t start = 0;
    while (start < ck->npath && ck->path[start] != obj)
        start++;
    bool is_type = obj->kind == SYM_TYPE;
    uint32_t n = ck->npath - start;
    if (n <= 1) {
        check_errorf(ck, obj->decl, is_type ? "invalid recursive type: %s refers to itself"
                                            : "invalid cycle in declaration: %s refers to itself",
                     obj->name);
        return;
    }
    Buf *b = &ck->scratch;
    b->len = 0;
    buf_printf(b, is_type ? "invalid recursive type %s" : "invalid cycle in declaration of %s", obj->name);
    for (uint32_t i = start; i < ck->npath; i++) {
        Symbol *from = ck->path[i], *to = i + 1 < ck->npath ? ck->path[i + 1] : obj;
        buf_printf(b, "\n\t%s refers to %s", from->name, to->name);
    }
    buf_putc(b, '\0');
    check_errorf(ck, obj->decl, "%s", (const char *)b->data);
}

static void decl_const(Checker *ck, Symbol *obj)
{
    const Node *vspec = obj->vspec;
    obj->type = TYPE_INVALID;
    if (!vspec)
        return;
    TypeId t = 0;
    if (vspec->kids[VALUE_SPEC_TYPE]) {
        t = check_type(ck, vspec->kids[VALUE_SPEC_TYPE]);
        if (t == TYPE_INVALID)
            return;
        if (!types_is_const_type(ck->types, t)) {
            check_errorf(ck, vspec->kids[VALUE_SPEC_TYPE], "invalid constant type %s",
                         check_type_str(ck, t));
            return;
        }
    }
    const Node *values = spec_values(vspec);
    if (obj->index >= list_len(values))
        return;   /* reported by check_spec_arity */
    ConstVal iota = const_make_int64(obj->iota);
    const ConstVal *saved = ck->iota;
    ck->iota = &iota;
    Operand x;
    check_expr(ck, &x, values->kids[obj->index], 0);
    ck->iota = saved;
    const_free(&iota);
    if (x.mode == MODE_INVALID) {
        operand_free(&x);
        return;
    }
    if (x.mode != MODE_CONST) {
        check_errorf(ck, x.expr, "%s is not constant", check_operand_str(ck, &x));
        operand_free(&x);
        return;
    }
    if (t == 0)
        t = x.type;
    check_assignment(ck, &x, t, "constant declaration");
    if (x.mode == MODE_CONST) {
        obj->type = t;
        obj->val = x.val;
        x.val = (ConstVal){0};
    }
    operand_free(&x);
}

/* A package or local var spec: every name gets its type, from the type
 * or the values.  syms are the spec's symbols in name order. */
void decl_var_spec(Checker *ck, const Node *spec, Symbol **syms)
{
    const Node *names = spec_names(spec), *values = spec_values(spec);
    uint32_t nn = list_len(names), nv = list_len(values);
    TypeId t = 0;
    if (spec->kids[VALUE_SPEC_TYPE])
        t = check_type(ck, spec->kids[VALUE_SPEC_TYPE]);
    for (uint32_t i = 0; i < nn; i++)
        if (syms[i])
            syms[i]->type = t;
    if (nv == 0) {
        if (!spec->kids[VALUE_SPEC_TYPE])
            check_errorf(ck, names->kids[0], "missing type or init expr");
        return;
    }
    if (nn == nv) {
        for (uint32_t i = 0; i < nn; i++) {
            Operand x;
            check_expr(ck, &x, values->kids[i], t);
            check_single_value(ck, &x);
            if (syms[i] && syms[i]->color != COLOR_BLACK) {
                if (x.mode == MODE_NIL && t == 0) {
                    check_errorf(ck, x.expr, "use of untyped nil in variable declaration");
                    syms[i]->type = TYPE_INVALID;
                } else if (x.mode != MODE_INVALID) {
                    check_assignment(ck, &x, t ? t : check_default(ck, x.type),
                                     "variable declaration");
                    if (t == 0)
                        syms[i]->type = x.mode == MODE_INVALID ? TYPE_INVALID : x.type;
                } else if (t == 0) {
                    syms[i]->type = TYPE_INVALID;
                    syms[i]->flags |= SYMF_USED;
                }
            }
            operand_free(&x);
        }
        return;
    }
    /* var a, b = f(): one call gives every name its value. */
    Operand *xs = NULL;
    uint32_t nx = 0;
    bool commaok = false;
    check_expr_list(ck, (const Node *const *)values->kids, nv, &xs, &nx, nn == 2, &commaok);
    bool ok = nx == nn;
    if (!ok && nv == 1 && nx > 0 && xs[0].mode != MODE_INVALID) {
        const Node *v = unparen(values->kids[0]);
        if (v->kind == AST_CALL)
            check_errorf(ck, values->kids[0], "assignment mismatch: %u variable%s but %s returns %u value%s",
                         nn, nn == 1 ? "" : "s", check_expr_str(ck, v->kids[CALL_FUN]), nx,
                         nx == 1 ? "" : "s");
        else
            check_errorf(ck, values->kids[0], "assignment mismatch: %u variable%s but %u value%s", nn,
                         nn == 1 ? "" : "s", nx, nx == 1 ? "" : "s");
    }
    for (uint32_t i = 0; i < nn; i++) {
        if (!syms[i])
            continue;
        if (!ok) {
            if (t == 0)
                syms[i]->type = TYPE_INVALID;
            syms[i]->flags |= SYMF_USED;
            continue;
        }
        check_assignment(ck, &xs[i], t ? t : check_default(ck, xs[i].type), "variable declaration");
        if (t == 0)
            syms[i]->type = xs[i].mode == MODE_INVALID ? TYPE_INVALID : xs[i].type;
    }
    for (uint32_t i = 0; i < nx; i++)
        operand_free(&xs[i]);
    free(xs);
}

/* The symbols of a package var spec, found by name in the package scope. */
static void decl_var(Checker *ck, Symbol *obj)
{
    const Node *spec = obj->spec;
    const Node *names = spec_names(spec);
    uint32_t nn = names->nkids, nv = list_len(spec_values(spec));
    if (nv == nn || nv == 0) {
        /* Each name stands alone: check only its own value. */
        const Node *values = spec_values(spec);
        TypeId t = spec->kids[VALUE_SPEC_TYPE] ? check_type(ck, spec->kids[VALUE_SPEC_TYPE]) : 0;
        obj->type = t;
        if (nv == 0) {
            if (!spec->kids[VALUE_SPEC_TYPE])
                check_errorf(ck, names->kids[0], "missing type or init expr");
            return;
        }
        Operand x;
        check_expr(ck, &x, values->kids[obj->index], t);
        check_single_value(ck, &x);
        if (x.mode == MODE_NIL && t == 0) {
            check_errorf(ck, x.expr, "use of untyped nil in variable declaration");
            obj->type = TYPE_INVALID;
        } else if (x.mode != MODE_INVALID) {
            check_assignment(ck, &x, t ? t : check_default(ck, x.type), "variable declaration");
            if (t == 0)
                obj->type = x.mode == MODE_INVALID ? TYPE_INVALID : x.type;
        } else if (t == 0) {
            obj->type = TYPE_INVALID;
        }
        operand_free(&x);
        return;
    }
    /* Several names, one value: resolve them all together. */
    Symbol **syms = xcalloc(nn, sizeof *syms);
    for (uint32_t i = 0; i < nn; i++) {
        Symbol *s = scope_lookup_local(ck->pkg.scope, check_name(ck, names->kids[i]));
        syms[i] = s && s->spec == spec ? s : NULL;
        if (syms[i] && syms[i] != obj)
            syms[i]->color = COLOR_GREY;
    }
    decl_var_spec(ck, spec, syms);
    for (uint32_t i = 0; i < nn; i++)
        if (syms[i]) {
            syms[i]->color = COLOR_BLACK;
            if (syms[i] != obj) {
                /* They share the one initialiser, and so its dependencies. */
                for (uint32_t d = 0; d < obj->ndeps; d++)
                    check_push_sym(&syms[i]->deps, &syms[i]->ndeps, &syms[i]->depcap, obj->deps[d]);
            }
        }
    free(syms);
}

/* A method's receiver and signature, and its place in its type. */
static void decl_method(Checker *ck, Symbol *m)
{
    const Node *decl = m->spec;
    const Node *recv = decl->kids[FUNC_DECL_RECV];
    const Node *field = recv->kids[0];
    const Node *rt = unparen(field->kids[FIELD_TYPE]);
    bool ptr = rt->kind == AST_STAR;
    const Node *base = ptr ? unparen(rt->kids[STAR_X]) : rt;
    m->type = check_signature(ck, NULL, decl->kids[FUNC_DECL_TYPE], NULL, NULL);
    TypeId bt = check_type(ck, base);
    if (bt == TYPE_INVALID) {
        m->recv = TYPE_INVALID;
        return;
    }
    m->recv = ptr ? types_pointer(ck->types, bt) : bt;
    check_record_type(ck, rt, MODE_TYPE, m->recv);
    bool named = types_kind(ck->types, bt) == TY_NAMED;
    bool local = named && strcmp(types_get(ck->types, bt)->pkgpath, ck->pkg.path) == 0;
    if (!local) {
        if ((named && types_get(ck->types, bt)->pkgpath[0]) || types_is_basic(ck->types, bt))
            check_errorf(ck, base, "cannot define new methods on non-local type %s", check_type_str(ck, bt));
        else
            check_errorf(ck, base, "invalid receiver type %s", check_type_str(ck, bt));
        m->recv = TYPE_INVALID;
        return;
    }
    TypeId u = types_underlying(ck->types, bt);
    TypeKind uk = types_kind(ck->types, u);
    if (uk == TY_POINTER || uk == TY_INTERFACE) {
        check_errorf(ck, base, "invalid receiver type %s (pointer or interface type)", check_type_str(ck, bt));
        m->recv = TYPE_INVALID;
        return;
    }
    if (scope_is_blank(m->name))
        return;
    const TypeMethod *old = types_lookup_method(ck->types, bt, m->name);
    if (old) {
        Symbol *o = old->sym ? ck->syms[old->sym - 1] : NULL;
        if (o && o->decl)
            check_errorf(ck, decl->kids[FUNC_DECL_NAME], "method %s.%s already declared at %s:%u:%u",
                         check_type_str(ck, bt), m->name, ck->diag->files[o->decl->pos.file],
                         o->decl->pos.line, o->decl->pos.col);
        return;
    }
    if (uk == TY_STRUCT) {
        const Type *st = types_get(ck->types, u);
        for (uint32_t i = 0; i < st->n; i++)
            if (strcmp(st->fields[i].name, m->name) == 0) {
                check_errorf(ck, decl->kids[FUNC_DECL_NAME], "field and method with the same name %s",
                             m->name);
                return;
            }
    }
    types_add_method(ck->types, bt, m->name, m->type, ptr, check_sym_id(ck, m));
}

static void decl_type(Checker *ck, Symbol *obj)
{
    const Node *spec = obj->spec;
    if (spec->flags & AST_ALIAS) {
        obj->type = TYPE_INVALID;
        obj->type = check_type(ck, spec->kids[TYPE_SPEC_TYPE]);
        return;
    }
    TypeId named = types_named(ck->types, obj->name, ck->pkg.path);
    obj->type = named;
    TypeId u = check_type(ck, spec->kids[TYPE_SPEC_TYPE]);
    if (u != TYPE_INVALID && types_kind(ck->types, u) == TY_NAMED &&
        types_underlying(ck->types, u) == TYPE_INVALID) {
        /* type A B; type B A: B's underlying type is still being found
         * (B is on the path: a cycle, reported once), or B is already
         * known to be on one (nothing more to say). */
        Symbol *from = NULL;
        for (uint32_t i = 0; i < ck->npath; i++)
            if (ck->path[i]->kind == SYM_TYPE && ck->path[i]->type == u)
                from = ck->path[i];
        if (from && !from->in_cycle) {
            check_report_cycle(ck, from);
            for (uint32_t i = 0; i < ck->npath; i++)
                if (ck->path[i] == from)
                    for (uint32_t k = i; k < ck->npath; k++)
                        ck->path[k]->in_cycle = true;
        }
        u = TYPE_INVALID;
    }
    if (u != TYPE_INVALID)
        types_set_underlying(ck->types, named, u);
}

/* Resolves the methods declared on a named type, once it is complete. */
static void decl_methods_of(Checker *ck, Symbol *tsym)
{
    for (uint32_t i = 0; i < tsym->nmethods; i++) {
        const Node *decl = tsym->methods[i];
        NodeInfo *ni = check_info(ck, decl->kids[FUNC_DECL_NAME]);
        if (ni && ni->sym)
            decl_resolve(ck, ck->syms[ni->sym - 1]);
    }
}

void decl_resolve(Checker *ck, Symbol *obj)
{
    if (obj->color == COLOR_BLACK || !obj->global || !obj->spec || obj->pkg)
        return;
    if (obj->color == COLOR_GREY) {
        if (obj->kind == SYM_TYPE && !(obj->spec->flags & AST_ALIAS))
            return;   /* the named type exists already: type List struct{ next *List } */
        if (obj->kind == SYM_FUNC)
            return;
        /* A cycle through constants and variables only is reported by
         * the initialisation order ("initialization cycle"). */
        uint32_t start = 0;
        while (start < ck->npath && ck->path[start] != obj)
            start++;
        bool values_only = true;
        for (uint32_t i = start; i < ck->npath; i++)
            values_only &= ck->path[i]->kind == SYM_CONST || ck->path[i]->kind == SYM_VAR;
        if (!values_only)
            check_report_cycle(ck, obj);
        obj->type = TYPE_INVALID;
        return;
    }
    obj->color = COLOR_GREY;
    check_push_path(ck, obj);
    /* Resolution may start from inside a function body or another
     * declaration: it happens in the object's own file, outside any
     * function. */
    FuncCtx *fn = ck->fn;
    Scope *scope = ck->scope;
    Symbol *decl = ck->decl;
    const ConstVal *iota = ck->iota;
    ck->fn = NULL;
    ck->scope = ck->file_scopes[obj->file];
    ck->decl = obj;
    ck->iota = NULL;
    switch (obj->kind) {
    case SYM_CONST: decl_const(ck, obj); break;
    case SYM_VAR: decl_var(ck, obj); break;
    case SYM_TYPE: decl_type(ck, obj); break;
    case SYM_FUNC:
        if (obj->spec->kids[FUNC_DECL_RECV])
            decl_method(ck, obj);
        else
            obj->type = check_signature(ck, NULL, obj->spec->kids[FUNC_DECL_TYPE], NULL, NULL);
        break;
    default: break;
    }
    ck->fn = fn;
    ck->scope = scope;
    ck->decl = decl;
    ck->iota = iota;
    ck->npath--;
    obj->color = COLOR_BLACK;
    if (obj->kind == SYM_TYPE)
        decl_methods_of(ck, obj);
}

/* "invalid recursive type": a struct or array that contains itself
 * other than through a pointer, slice, map, channel, function or
 * interface.  A walk with an explicit stack over each local named type. */
typedef struct VtFrame {
    TypeId t;
    uint32_t next;
} VtFrame;

static TypeId vt_child(Checker *ck, TypeId t, uint32_t i)
{
    const Type *ty = types_get(ck->types, t);
    switch (ty->kind) {
    case TY_NAMED: return i == 0 ? ty->underlying : 0;
    case TY_ARRAY: return i == 0 ? ty->elem : 0;
    case TY_STRUCT: return i < ty->n ? ty->fields[i].type : 0;
    default: return 0;
    }
}

static Symbol *type_symbol(Checker *ck, TypeId t)
{
    for (uint32_t i = 0; i < ck->nobjs; i++)
        if (ck->objs[i]->kind == SYM_TYPE && ck->objs[i]->type == t)
            return ck->objs[i];
    return NULL;
}

static void valid_types(Checker *ck)
{
    uint8_t *state = xcalloc(types_count(ck->types), 1);   /* 0 new, 1 on path, 2 done */
    VtFrame *stack = NULL;
    uint32_t len = 0, cap = 0;
    for (uint32_t o = 0; o < ck->nobjs; o++) {
        Symbol *obj = ck->objs[o];
        if (obj->kind != SYM_TYPE || obj->type == TYPE_INVALID ||
            types_kind(ck->types, obj->type) != TY_NAMED || state[obj->type])
            continue;
        len = 0;
        if (cap == 0) {
            cap = 64;
            stack = xrealloc(stack, cap * sizeof *stack);
        }
        stack[len++] = (VtFrame){obj->type, 0};
        state[obj->type] = 1;
        while (len > 0) {
            VtFrame *top = &stack[len - 1];
            TypeKind k = types_kind(ck->types, top->t);
            uint32_t nk = k == TY_STRUCT ? types_get(ck->types, top->t)->n : (k == TY_NAMED || k == TY_ARRAY);
            if (top->next >= nk) {
                state[top->t] = 2;
                len--;
                continue;
            }
            TypeId c = vt_child(ck, top->t, top->next++);
            if (c == TYPE_INVALID || state[c] == 2)
                continue;
            if (state[c] == 1) {
                /* A cycle: the named types on the stack from c's entry. */
                uint32_t from = 0;
                while (stack[from].t != c)
                    from++;
                /* The named types on it, from the one declared first
                 * (go/types' firstInSrc). */
                TypeId names[64];
                Symbol *syms[64];
                uint32_t nn = 0, first = 0;
                for (uint32_t i = from; i < len && nn < 64; i++)
                    if (types_kind(ck->types, stack[i].t) == TY_NAMED) {
                        Symbol *s = type_symbol(ck, stack[i].t);
                        if (!s || !s->decl)
                            continue;
                        syms[nn] = s;
                        names[nn] = stack[i].t;
                        if (nn > 0 && (s->decl->pos.file < syms[first]->decl->pos.file ||
                                       (s->decl->pos.file == syms[first]->decl->pos.file &&
                                        s->decl->pos.line < syms[first]->decl->pos.line)))
                            first = nn;
                        nn++;
                    }
                if (nn > 0 && !syms[first]->in_cycle) {
                    Symbol *head = syms[first];
                    Buf *b = &ck->scratch;
                    b->len = 0;
                    if (nn == 1) {
                        buf_printf(b, "invalid recursive type: %s refers to itself", head->name);
                    } else {
                        buf_printf(b, "invalid recursive type %s", head->name);
                        for (uint32_t m = 0; m < nn; m++)
                            buf_printf(b, "\n\t%s refers to %s", types_get(ck->types, names[(first + m) % nn])->name,
                                       types_get(ck->types, names[(first + m + 1) % nn])->name);
                    }
                    buf_putc(b, '\0');
                    check_errorf(ck, head->decl, "%s", (const char *)b->data);
                    for (uint32_t m = 0; m < nn; m++)
                        syms[m]->in_cycle = true;
                }
                /* Cut the cycle at a named type on it, so nothing
                 * downstream loops on it. */
                for (uint32_t i = from; i < len; i++)
                    if (types_kind(ck->types, stack[i].t) == TY_NAMED) {
                        types_set_underlying(ck->types, stack[i].t, TYPE_INVALID);
                        break;
                    }
                continue;
            }
            if (len == cap) {
                cap *= 2;
                stack = xrealloc(stack, cap * sizeof *stack);
            }
            state[c] = 1;
            stack[len++] = (VtFrame){c, 0};
        }
    }
    free(stack);
    free(state);
}

void decl_resolve_all(Checker *ck)
{
    for (uint32_t i = 0; i < ck->nobjs; i++)
        decl_resolve(ck, ck->objs[i]);
    valid_types(ck);
}

/* ==== local declarations ============================================== */

void decl_local(Checker *ck, const Node *gen)
{
    switch ((TokKind)gen->op) {
    case TOK_CONST: {
        const Node *last = NULL;
        for (uint32_t i = 0; i < gen->nkids; i++) {
            const Node *spec = gen->kids[i];
            if (spec->kids[VALUE_SPEC_TYPE] || list_len(spec_values(spec)) > 0)
                last = spec;
            check_spec_arity(ck, spec, last, true);
            const Node *names = spec_names(spec);
            /* The values first: a constant's scope starts after its spec. */
            Symbol **syms = xcalloc(names->nkids, sizeof *syms);
            for (uint32_t j = 0; j < names->nkids; j++) {
                Symbol *s = symbol_new(ck->arena, SYM_CONST, check_name(ck, names->kids[j]), 0,
                                       names->kids[j]);
                s->spec = spec;
                s->vspec = last;
                s->index = j;
                s->iota = i;
                s->file = names->kids[j]->pos.file;
                s->pkgpath = ck->pkg.path;
                decl_const(ck, s);
                syms[j] = s;
            }
            for (uint32_t j = 0; j < names->nkids; j++) {
                Symbol *d = check_declare(ck, ck->scope, SYM_CONST, names->kids[j], syms[j]->type);
                d->val = syms[j]->val;
                d->spec = spec;
                d->flags |= SYMF_USED;   /* unused constants are fine in Go */
                syms[j]->val = (ConstVal){0};
            }
            free(syms);
        }
        break;
    }
    case TOK_VAR:
        for (uint32_t i = 0; i < gen->nkids; i++) {
            const Node *spec = gen->kids[i];
            check_spec_arity(ck, spec, spec, false);
            const Node *names = spec_names(spec);
            Symbol **syms = xcalloc(names->nkids, sizeof *syms);
            for (uint32_t j = 0; j < names->nkids; j++) {
                syms[j] = symbol_new(ck->arena, SYM_VAR, check_name(ck, names->kids[j]), 0, names->kids[j]);
                syms[j]->spec = spec;
            }
            decl_var_spec(ck, spec, syms);
            for (uint32_t j = 0; j < names->nkids; j++) {
                Symbol *d = check_declare(ck, ck->scope, SYM_VAR, names->kids[j], syms[j]->type);
                d->spec = spec;
                d->flags |= syms[j]->flags & SYMF_USED;
            }
            free(syms);
        }
        break;
    case TOK_TYPE:
        for (uint32_t i = 0; i < gen->nkids; i++) {
            const Node *spec = gen->kids[i];
            /* A local type is in scope in its own declaration. */
            Symbol *s = check_declare(ck, ck->scope, SYM_TYPE, spec->kids[TYPE_SPEC_NAME], 0);
            s->spec = spec;
            s->flags |= SYMF_USED;
            if (spec->flags & AST_ALIAS) {
                s->type = check_type(ck, spec->kids[TYPE_SPEC_TYPE]);
            } else {
                s->type = types_named(ck->types, s->name, ck->pkg.path);
                TypeId u = check_type(ck, spec->kids[TYPE_SPEC_TYPE]);
                if (u != TYPE_INVALID && types_underlying(ck->types, u) != TYPE_INVALID)
                    types_set_underlying(ck->types, s->type, u);
                else if (u != TYPE_INVALID)
                    check_errorf(ck, spec->kids[TYPE_SPEC_NAME], "invalid recursive type: %s refers to itself",
                                 s->name);
            }
        }
        break;
    default: break;
    }
}

/* ==== initialisation order ============================================ */

/* Go's rule (spec, Package initialization): repeatedly pick the
 * earliest variable in declaration order that is ready, that is, whose
 * dependencies (through functions, transitively) are all initialised.
 * Dependencies through functions are flattened first. */
typedef struct InitNode {
    Symbol *sym;
    Symbol **vars;        /* the package variables it depends on, transitively */
    uint32_t nvars, cap;
    bool done;
} InitNode;


/* The constants and variables v depends on, looking through the
 * functions it refers to, with an explicit stack and a visited list. */
static void var_deps(Symbol *v, InitNode *out, Symbol ***stack, uint32_t *cap)
{
    uint32_t len = 0;
    Symbol **visited = NULL;
    uint32_t nvisited = 0, vcap = 0;
#define PUSH(x) do { if (len == *cap) { *cap = *cap ? 2 * *cap : 64; *stack = xrealloc(*stack, *cap * sizeof **stack); } (*stack)[len++] = (x); } while (0)
    for (uint32_t i = 0; i < v->ndeps; i++)
        PUSH(v->deps[i]);
    while (len > 0) {
        Symbol *d = (*stack)[--len];
        if (check_sym_in(visited, nvisited, d))
            continue;
        check_push_sym(&visited, &nvisited, &vcap, d);
        if (d->kind == SYM_VAR || d->kind == SYM_CONST) {
            check_push_sym(&out->vars, &out->nvars, &out->cap, d);
            continue;
        }
        if (d->kind == SYM_FUNC)
            for (uint32_t i = 0; i < d->ndeps; i++)
                PUSH(d->deps[i]);
    }
#undef PUSH
    free(visited);
}

/* A path of dependencies from 'from' back to 'to', through functions,
 * constants and variables, for the cycle message; its length, 0: none. */
static uint32_t find_path(Symbol *from, Symbol *to, Symbol **path, uint32_t max, Symbol ***seen,
                          uint32_t *nseen, uint32_t *seencap, uint32_t depth)
{
    if (depth >= max || check_sym_in(*seen, *nseen, from))
        return 0;
    check_push_sym(seen, nseen, seencap, from);
    path[depth] = from;
    for (uint32_t i = 0; i < from->ndeps; i++) {
        Symbol *d = from->deps[i];
        if (d == to)
            return depth + 1;
        if (d->kind == SYM_FUNC || d->kind == SYM_VAR || d->kind == SYM_CONST) {
            uint32_t n = find_path(d, to, path, max, seen, nseen, seencap, depth + 1);
            if (n)
                return n;
        }
    }
    return 0;
}

/* "initialization cycle for x" with a line per step, as go/types. */
static bool report_init_cycle(Checker *ck, Symbol *v)
{
    enum { MAXPATH = 64 };
    Symbol *path[MAXPATH];
    Symbol **seen = NULL;
    uint32_t nseen = 0, seencap = 0;
    uint32_t n = find_path(v, v, path, MAXPATH, &seen, &nseen, &seencap, 0);
    free(seen);
    if (n == 0)
        return false;
    if (n == 1) {
        check_errorf(ck, v->decl, "initialization cycle: %s refers to itself", v->name);
        return true;
    }
    Buf *b = &ck->scratch;
    b->len = 0;
    buf_printf(b, "initialization cycle for %s", v->name);
    for (uint32_t i = 0; i < n; i++) {
        Symbol *from = path[i], *to = path[(i + 1) % n];
        buf_printf(b, "\n\t%s:%u:%u: %s refers to %s", ck->diag->files[from->decl->pos.file],
                   from->decl->pos.line, from->decl->pos.col, from->name, to->name);
    }
    buf_putc(b, '\0');
    check_errorf(ck, v->decl, "%s", (const char *)b->data);
    return true;
}

static InitNode *find_node(InitNode *nodes, uint32_t n, const Symbol *s)
{
    for (uint32_t i = 0; i < n; i++)
        if (nodes[i].sym == s)
            return &nodes[i];
    return NULL;
}

void decl_init_order(Checker *ck)
{
    uint32_t nv = 0;
    for (uint32_t i = 0; i < ck->nobjs; i++)
        nv += ck->objs[i]->kind == SYM_VAR || ck->objs[i]->kind == SYM_CONST;
    InitNode *nodes = xcalloc(nv ? nv : 1, sizeof *nodes);
    Symbol **stack = NULL;
    uint32_t cap = 0, k = 0;
    for (uint32_t i = 0; i < ck->nobjs; i++)
        if (ck->objs[i]->kind == SYM_VAR || ck->objs[i]->kind == SYM_CONST) {
            nodes[k].sym = ck->objs[i];
            var_deps(ck->objs[i], &nodes[k], &stack, &cap);
            k++;
        }
    free(stack);
    /* Earliest ready one first (Go spec, Package initialization);
     * quadratic in the number of package variables, which real packages
     * keep small.  Only variables are initialised at run time. */
    uint32_t ndone = 0;
    for (;;) {
        uint32_t pick = nv;
        for (uint32_t i = 0; i < nv && pick == nv; i++) {
            if (nodes[i].done)
                continue;
            bool ready = true;
            for (uint32_t d = 0; d < nodes[i].nvars && ready; d++) {
                InitNode *dep = find_node(nodes, nv, nodes[i].vars[d]);
                ready = !dep || dep->done;
            }
            if (ready)
                pick = i;
        }
        if (pick == nv) {
            /* Only nodes on or behind a cycle are left.  As go/types
             * does, take the one with the fewest unfinished dependencies
             * (then the earliest), report its cycle if it is on one, and
             * go on as if it were done. */
            uint32_t best = UINT32_MAX;
            for (uint32_t i = 0; i < nv; i++) {
                if (nodes[i].done)
                    continue;
                uint32_t left = 0;
                for (uint32_t d = 0; d < nodes[i].nvars; d++) {
                    InitNode *dep = find_node(nodes, nv, nodes[i].vars[d]);
                    left += dep && !dep->done;
                }
                if (left < best) {
                    best = left;
                    pick = i;
                }
            }
            if (pick == nv)
                break;
            (void)report_init_cycle(ck, nodes[pick].sym);
        }
        nodes[pick].done = true;
        ndone++;
        Symbol *s = nodes[pick].sym;
        if (s->kind != SYM_VAR)
            continue;
        /* A spec with several names and one value initialises them all. */
        const Node *spec = s->spec;
        if (list_len(spec_values(spec)) == 1 && list_len(spec_names(spec)) > 1)
            for (uint32_t j = 0; j < nv; j++)
                if (j != pick && nodes[j].sym->spec == spec && !nodes[j].done) {
                    nodes[j].done = true;
                    ndone++;
                }
        check_push_sym(&ck->order, &ck->norder, &ck->ordercap, s);
    }
    for (uint32_t i = 0; i < nv; i++)
        free(nodes[i].vars);
    free(nodes);
}
