/* typexpr.c - type expressions: from the syntax of a type to its TypeId,
 * with go/types' messages for what is not a type, bad array lengths,
 * map keys that cannot be compared, embedded fields and interfaces. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

static TypeId type_of_ident(Checker *ck, const Node *e)
{
    const char *name = check_name(ck, e);
    if (scope_is_blank(name)) {
        check_errorf(ck, e, "cannot use _ as value or type");
        return TYPE_INVALID;
    }
    const Scope *found;
    Symbol *sym = scope_lookup(ck->scope, name, &found);
    if (!sym) {
        check_errorf(ck, e, "undefined: %s", name);
        return TYPE_INVALID;
    }
    check_note_dot_use(ck, sym, found);
    check_record_sym(ck, e, sym);
    sym->flags |= SYMF_USED;
    if (sym->kind == SYM_PACKAGE) {
        check_errorf(ck, e, "use of package %s without selector", name);
        return TYPE_INVALID;
    }
    if (sym->kind != SYM_TYPE) {
        check_errorf(ck, e, "%s is not a type", name);
        return TYPE_INVALID;
    }
    if (sym->global)
        decl_resolve(ck, sym);
    return sym->type;
}

static TypeId type_of_selector(Checker *ck, const Node *e)
{
    const Node *x = e->kids[SELECTOR_X], *sel = e->kids[SELECTOR_SEL];
    Symbol *pkg = x->kind == AST_IDENT ? scope_lookup(ck->scope, check_name(ck, x), NULL) : NULL;
    if (!pkg || pkg->kind != SYM_PACKAGE) {
        Operand o;
        check_expr(ck, &o, e, 0);
        if (o.mode != MODE_INVALID && o.mode != MODE_TYPE)
            check_errorf(ck, e, "%s is not a type", check_expr_str(ck, e));
        TypeId t = o.mode == MODE_TYPE ? o.type : TYPE_INVALID;
        operand_free(&o);
        return t;
    }
    pkg->flags |= SYMF_USED;
    check_record_sym(ck, x, pkg);
    Package *p = pkg->pkg;
    if (p->fake)
        return TYPE_INVALID;
    const char *name = check_name(ck, sel);
    Symbol *m = scope_lookup_local(p->scope, name);
    if (!m || !check_is_exported(name)) {
        check_errorf(ck, sel, m ? "name %s not exported by package %s" : "undefined: %s.%s",
                     m ? name : check_name(ck, x), m ? p->name : name);
        return TYPE_INVALID;
    }
    check_record_sym(ck, sel, m);
    if (m->kind != SYM_TYPE) {
        check_errorf(ck, e, "%s is not a type", check_expr_str(ck, e));
        return TYPE_INVALID;
    }
    Selection *s = check_record_sel(ck, e);
    if (s) {
        s->kind = SEL_PKG_MEMBER;
        s->sym = m;
    }
    return m->type;
}

/* An array length: a constant non-negative integer that fits an int,
 * with go/types' messages (an identifier that is not a constant is
 * named as such: it may be a generic type's missing constraint). */
static int64_t array_length(Checker *ck, const Node *e)
{
    if (e->kind == AST_IDENT) {
        Symbol *s = scope_lookup(ck->scope, check_name(ck, e), NULL);
        if (!s) {
            check_errorf(ck, e, "undefined array length %.*s or missing type constraint", (int)e->text_len, e->text);
            return -1;
        }
        if (s->kind != SYM_CONST) {
            s->flags |= SYMF_USED;
            check_errorf(ck, e, "invalid array length %.*s", (int)e->text_len, e->text);
            return -1;
        }
    }
    Operand x;
    check_expr(ck, &x, e, 0);
    if (x.mode != MODE_CONST) {
        if (x.mode != MODE_INVALID)
            check_errorf(ck, e, "array length %s must be constant", check_operand_str(ck, &x));
        operand_free(&x);
        return -1;
    }
    if (check_is_untyped(ck, x.type) || types_is_integer(ck->types, x.type)) {
        ConstVal iv;
        int64_t n;
        if (const_to_int(&x.val, &iv) == CONST_OK) {
            bool ok = const_int64(&iv, &n) && n >= 0;
            const_free(&iv);
            if (ok) {
                operand_free(&x);
                return n;
            }
        }
    }
    check_errorf(ck, e, types_is_integer(ck->types, x.type) ? "invalid array length %s" : "array length %s must be integer",
                 check_operand_str(ck, &x));
    operand_free(&x);
    return -1;
}

static TypeId tuple_of(Checker *ck, const TypeId *ids, uint32_t n)
{
    return types_tuple(ck->types, ids, n);
}

/* One FieldList (parameters or results) as types, one per name. */
static TypeId field_list_types(Checker *ck, const Node *fl, bool params, bool *variadic)
{
    uint32_t n = 0;
    for (uint32_t i = 0; fl && i < fl->nkids; i++) {
        uint32_t names = fl->kids[i]->nkids - FIELD_NAMES;
        n += names ? names : 1;
    }
    TypeId *ids = xmalloc((n ? n : 1) * sizeof *ids);
    uint32_t k = 0;
    for (uint32_t i = 0; fl && i < fl->nkids; i++) {
        const Node *f = fl->kids[i];
        const Node *te = f->kids[FIELD_TYPE];
        TypeId t;
        if (te->kind == AST_ELLIPSIS) {
            if (!params || i != fl->nkids - 1 || f->nkids - FIELD_NAMES > 1) {
                check_errorf(ck, te, "can only use ... with final parameter in list");
                t = TYPE_INVALID;
            } else {
                *variadic = true;
            }
            TypeId elem = check_type(ck, te->kids[ELLIPSIS_ELEM]);
            t = types_slice(ck->types, elem);
            check_record_type(ck, te, MODE_TYPE, t);
        } else {
            t = check_type(ck, te);
        }
        uint32_t names = f->nkids - FIELD_NAMES;
        for (uint32_t j = 0; j < (names ? names : 1); j++)
            ids[k++] = t;
    }
    TypeId tup = tuple_of(ck, ids, n);
    free(ids);
    return tup;
}

static void declare_field_list(Checker *ck, const Node *fl, TypeId tuple, Scope *scope, FuncCtx *fn,
                               bool results)
{
    const Type *tt = types_get(ck->types, tuple);
    uint32_t k = 0;
    for (uint32_t i = 0; fl && i < fl->nkids; i++) {
        const Node *f = fl->kids[i];
        uint32_t names = f->nkids - FIELD_NAMES;
        if (names == 0) {
            if (results && fn) {
                fn->results = xrealloc(fn->results, (fn->nresults + 1) * sizeof *fn->results);
                fn->results[fn->nresults++] = NULL;
            }
            k++;
            continue;
        }
        for (uint32_t j = 0; j < names; j++) {
            const Node *id = f->kids[FIELD_NAMES + j];
            Symbol *s = check_declare(ck, scope, SYM_VAR, id, k < tt->n ? tt->ids[k] : TYPE_INVALID);
            s->flags |= SYMF_USED;   /* parameters are never "declared and not used" */
            s->owner = fn;
            s->loop_depth = 0;
            if (results && fn) {
                fn->named_results = true;
                fn->results = xrealloc(fn->results, (fn->nresults + 1) * sizeof *fn->results);
                fn->results[fn->nresults++] = s;
            }
            k++;
        }
    }
}

/* Receiver, parameter and result names share one block: each at most
 * once ("i redeclared in this block"), in a func type or a method of
 * an interface as much as in a declaration. */
static void check_param_names(Checker *ck, const Node *recv, const Node *ftype)
{
    const Node *lists[3] = {recv, ftype->kids[FUNC_TYPE_PARAMS], ftype->kids[FUNC_TYPE_RESULTS]};
    const Node *seen[64];
    uint32_t nseen = 0;
    for (int l = 0; l < 3; l++)
        for (uint32_t i = 0; lists[l] && i < lists[l]->nkids; i++) {
            const Node *f = lists[l]->kids[i];
            for (uint32_t j = FIELD_NAMES; j < f->nkids; j++) {
                const Node *id = f->kids[j];
                if (ast_text_is(id, "_"))
                    continue;
                const Node *other = NULL;
                for (uint32_t k = 0; k < nseen && !other; k++)
                    if (seen[k]->text_len == id->text_len && memcmp(seen[k]->text, id->text, id->text_len) == 0)
                        other = seen[k];
                if (other)
                    check_errorf(ck, id, "%.*s redeclared in this block\n\tother declaration of %.*s",
                                 (int)id->text_len, id->text, (int)id->text_len, id->text);
                else if (nseen < 64)
                    seen[nseen++] = id;
            }
        }
}

TypeId check_signature(Checker *ck, const Node *recv, const Node *ftype, Scope *scope, FuncCtx *fn)
{
    bool variadic = false, dummy = false;
    TypeId params, results;
    NodeInfo *ni = check_info(ck, ftype);
    if (scope && ni && ni->type) {
        /* Declaring the parameters of a signature checked before. */
        const Type *sig = types_get(ck->types, ni->type);
        params = sig->params;
        results = sig->results;
        if (recv && recv->nkids == 1) {
            const Node *f = recv->kids[0];
            NodeInfo *ri = check_info(ck, f->kids[FIELD_TYPE]);
            TypeId rt = ri ? ri->type : TYPE_INVALID;
            if (f->nkids > FIELD_NAMES) {
                Symbol *s = check_declare(ck, scope, SYM_VAR, f->kids[FIELD_NAMES], rt);
                s->flags |= SYMF_USED;
                s->owner = fn;
            }
        }
        declare_field_list(ck, ftype->kids[FUNC_TYPE_PARAMS], params, scope, fn, false);
        declare_field_list(ck, ftype->kids[FUNC_TYPE_RESULTS], results, scope, fn, true);
        return ni->type;
    }
    if (recv && recv->nkids == 1)
        (void)check_type(ck, recv->kids[0]->kids[FIELD_TYPE]);
    params = field_list_types(ck, ftype->kids[FUNC_TYPE_PARAMS], true, &variadic);
    results = field_list_types(ck, ftype->kids[FUNC_TYPE_RESULTS], false, &dummy);
    check_param_names(ck, recv, ftype);
    TypeId sig = types_func(ck->types, params, results, variadic);
    check_record_type(ck, ftype, MODE_TYPE, sig);
    if (scope)
        return check_signature(ck, recv, ftype, scope, fn);
    return sig;
}

/* The name of an embedded field: T for T, *T, pkg.T and *pkg.T. */
static const Node *embedded_name(const Node *te)
{
    te = unparen(te);
    if (te->kind == AST_STAR)
        te = unparen(te->kids[STAR_X]);
    if (te->kind == AST_SELECTOR)
        te = te->kids[SELECTOR_SEL];
    return te->kind == AST_IDENT ? te : NULL;
}

/* A field's tag: the string literal's value, or NULL.  A tag with a
 * NUL byte is kept up to it (reflect would see the same prefix). */
static const char *field_tag(Checker *ck, const Node *lit)
{
    if (!lit)
        return NULL;
    ConstVal v;
    if (lit->kind != AST_BASIC_LIT || lit->op != TOK_STRING ||
        const_make_string_lit(lit->text, lit->text_len, &v) != CONST_OK) {
        check_errorf(ck, lit, "invalid field tag %s", check_expr_str(ck, lit));
        return NULL;
    }
    const char *tag = interner_intern(ck->in, v.str, strlen(v.str));
    const_free(&v);
    return tag;
}

static TypeId struct_type(Checker *ck, const Node *e)
{
    uint32_t n = 0;
    for (uint32_t i = STRUCT_TYPE_FIELDS; i < e->nkids; i++) {
        uint32_t names = e->kids[i]->nkids - FIELD_NAMES;
        n += names ? names : 1;
    }
    TypeField *fields = xmalloc((n ? n : 1) * sizeof *fields);
    const Node **decls = xmalloc((n ? n : 1) * sizeof *decls);
    uint32_t k = 0;
    bool ok = true;
    for (uint32_t i = STRUCT_TYPE_FIELDS; i < e->nkids; i++) {
        const Node *f = e->kids[i];
        TypeId t = check_type(ck, f->kids[FIELD_TYPE]);
        uint32_t names = f->nkids - FIELD_NAMES;
        const char *tag = field_tag(ck, f->kids[FIELD_TAG]);
        if (names == 0) {
            const Node *name = embedded_name(f->kids[FIELD_TYPE]);
            if (!name) {
                check_errorf(ck, f->kids[FIELD_TYPE], "invalid embedded field type %s",
                             check_expr_str(ck, f->kids[FIELD_TYPE]));
                ok = false;
                continue;
            }
            if (t != TYPE_INVALID) {
                TypeId base = t;
                if (types_kind(ck->types, base) == TY_POINTER) {
                    base = types_get(ck->types, base)->elem;
                    TypeKind bk = types_kind(ck->types, types_underlying(ck->types, base));
                    if (bk == TY_POINTER)
                        check_errorf(ck, f->kids[FIELD_TYPE], "embedded field type cannot be a pointer");
                    else if (bk == TY_INTERFACE)
                        check_errorf(ck, f->kids[FIELD_TYPE],
                                     "embedded field type cannot be a pointer to an interface");
                } else if (types_kind(ck->types, types_underlying(ck->types, base)) == TY_POINTER &&
                           types_kind(ck->types, base) == TY_NAMED) {
                    check_errorf(ck, f->kids[FIELD_TYPE], "embedded field type cannot be a pointer");
                }
            }
            decls[k] = name;
            fields[k++] = (TypeField){check_name(ck, name), t, true, tag};
            continue;
        }
        for (uint32_t j = 0; j < names; j++) {
            const Node *id = f->kids[FIELD_NAMES + j];
            decls[k] = id;
            fields[k++] = (TypeField){check_name(ck, id), t, false, tag};
        }
    }
    for (uint32_t i = 0; i < k; i++) {
        if (scope_is_blank(fields[i].name))
            continue;
        for (uint32_t j = 0; j < i; j++)
            if (fields[j].name == fields[i].name) {
                check_errorf(ck, decls[i], "%s redeclared\n\tother declaration of %s", fields[i].name,
                             fields[i].name);
                break;
            }
    }
    TypeId st = ok || k > 0 ? types_struct(ck->types, fields, k) : TYPE_INVALID;
    free(fields);
    free(decls);
    return st;
}

static TypeId interface_type(Checker *ck, const Node *e)
{
    TypeMethod *ms = NULL;
    const Node **decls = NULL;
    uint32_t n = 0, cap = 0;
    for (uint32_t i = INTERFACE_TYPE_METHODS; i < e->nkids; i++) {
        const Node *f = e->kids[i];
        const Node *te = f->kids[FIELD_TYPE];
        if (f->nkids > FIELD_NAMES) {
            const Node *name = f->kids[FIELD_NAMES];
            TypeId sig = check_signature(ck, NULL, te, NULL, NULL);
            const char *nm = check_name(ck, name);
            if (scope_is_blank(nm)) {
                check_errorf(ck, name, "methods must have a unique non-blank name");
                continue;
            }
            bool dup = false;
            for (uint32_t j = 0; j < n; j++)
                if (ms[j].name == nm) {
                    check_errorf(ck, name, "duplicate method %s\n\tother declaration of method %s", nm, nm);
                    dup = true;
                }
            if (dup)
                continue;
            if (n == cap) {
                cap = cap ? 2 * cap : 8;
                ms = xrealloc(ms, cap * sizeof *ms);
                decls = xrealloc(decls, cap * sizeof *decls);
            }
            decls[n] = name;
            ms[n++] = (TypeMethod){nm, sig, false, 0};
            continue;
        }
        /* An embedded interface: its methods join this one's. */
        TypeId t = check_type(ck, te);
        if (t == TYPE_INVALID)
            continue;
        TypeId u = types_underlying(ck->types, t);
        if (u == TYPE_INVALID) {
            /* An interface embedding itself, directly or not. */
            Symbol *from = NULL;
            for (uint32_t k = 0; k < ck->npath && !from; k++)
                if (ck->path[k]->kind == SYM_TYPE && ck->path[k]->type == t)
                    from = ck->path[k];
            if (from)
                check_report_cycle(ck, from);
            else
                check_errorf(ck, te, "invalid recursive type: %s refers to itself", check_expr_str(ck, te));
            continue;
        }
        if (types_kind(ck->types, u) != TY_INTERFACE) {
            check_errorf(ck, te, "cannot use %s in union (%s is not an interface)", check_expr_str(ck, te),
                         check_type_str(ck, t));
            continue;
        }
        const Type *it = types_get(ck->types, u);
        for (uint32_t m = 0; m < it->n; m++) {
            const char *nm = interner_intern_cstr(ck->in, it->methods[m].name);
            bool dup = false;
            for (uint32_t j = 0; j < n; j++)
                if (ms[j].name == nm) {
                    if (!types_identical(ck->types, ms[j].type, it->methods[m].type))
                        check_errorf(ck, te, "duplicate method %s", nm);
                    dup = true;
                }
            if (dup)
                continue;
            if (n == cap) {
                cap = cap ? 2 * cap : 8;
                ms = xrealloc(ms, cap * sizeof *ms);
                decls = xrealloc(decls, cap * sizeof *decls);
            }
            decls[n] = te;
            ms[n++] = (TypeMethod){nm, it->methods[m].type, false, 0};
        }
    }
    TypeId t = types_interface(ck->types, ms, n);
    free(ms);
    free(decls);
    return t;
}

/* Map keys must be comparable; a key type still being declared is
 * checked once the package's types are complete (check_pending_keys). */
static TypeId map_type(Checker *ck, const Node *e)
{
    TypeId k = check_type(ck, e->kids[MAP_TYPE_KEY]);
    TypeId v = check_type(ck, e->kids[MAP_TYPE_VALUE]);
    if (k == TYPE_INVALID || v == TYPE_INVALID)
        return TYPE_INVALID;
    TypeId ku = types_underlying(ck->types, k);
    if (ku == TYPE_INVALID && types_kind(ck->types, k) == TY_NAMED) {
        if (ck->npending == ck->pendingcap) {
            ck->pendingcap = ck->pendingcap ? 2 * ck->pendingcap : 8;
            ck->pending_keys = xrealloc(ck->pending_keys, ck->pendingcap * sizeof *ck->pending_keys);
        }
        ck->pending_keys[ck->npending++] = e->kids[MAP_TYPE_KEY];
    } else if (ku != TYPE_INVALID && !types_is_comparable(ck->types, k)) {
        check_errorf(ck, e->kids[MAP_TYPE_KEY], "invalid map key type %s", check_type_str(ck, k));
        return TYPE_INVALID;
    }
    return types_map(ck->types, k, v);
}

static TypeId type_expr(Checker *ck, const Node *e)
{
    switch ((AstKind)e->kind) {
    case AST_IDENT: return type_of_ident(ck, e);
    case AST_SELECTOR: return type_of_selector(ck, e);
    case AST_PAREN: return check_type(ck, e->kids[PAREN_X]);
    case AST_STAR: {
        TypeId t = check_type(ck, e->kids[STAR_X]);
        return t == TYPE_INVALID ? t : types_pointer(ck->types, t);
    }
    case AST_ARRAY_TYPE: {
        const Node *len = e->kids[ARRAY_TYPE_LEN];
        if (len && len->kind == AST_ELLIPSIS) {
            check_errorf(ck, len, "invalid use of [...] array (outside a composite literal)");
            (void)check_type(ck, e->kids[ARRAY_TYPE_ELEM]);
            return TYPE_INVALID;
        }
        int64_t n = array_length(ck, len);
        TypeId elem = check_type(ck, e->kids[ARRAY_TYPE_ELEM]);
        return n < 0 || elem == TYPE_INVALID ? TYPE_INVALID : types_array(ck->types, elem, n);
    }
    case AST_SLICE_TYPE: {
        TypeId t = check_type(ck, e->kids[SLICE_TYPE_ELEM]);
        return t == TYPE_INVALID ? t : types_slice(ck->types, t);
    }
    case AST_MAP_TYPE: return map_type(ck, e);
    case AST_CHAN_TYPE: {
        TypeId t = check_type(ck, e->kids[CHAN_TYPE_VALUE]);
        ChanDir d = e->flags & AST_SEND_ONLY ? CHAN_SEND : e->flags & AST_RECV_ONLY ? CHAN_RECV : CHAN_BOTH;
        return t == TYPE_INVALID ? t : types_chan(ck->types, d, t);
    }
    case AST_FUNC_TYPE: return check_signature(ck, NULL, e, NULL, NULL);
    case AST_STRUCT_TYPE: return struct_type(ck, e);
    case AST_INTERFACE_TYPE: return interface_type(ck, e);
    default: {
        Operand x;
        check_expr_or_type(ck, &x, e);
        TypeId t = TYPE_INVALID;
        if (x.mode == MODE_TYPE)
            t = x.type;
        else if (x.mode != MODE_INVALID)
            check_errorf(ck, e, "%s is not a type", check_expr_str(ck, e));
        operand_free(&x);
        return t;
    }
    }
}

TypeId check_type(Checker *ck, const Node *e)
{
    TypeId t = type_expr(ck, e);
    check_record_type(ck, e, MODE_TYPE, t);
    return t;
}
