/* lookup.c - fields and methods (Go spec, "Selectors"), method sets and
 * interface satisfaction.  The search is go/types': breadth first by
 * embedding depth, so a shallower name hides deeper ones, and two names
 * at the same depth make the selector ambiguous. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* One type to search at the current depth. */
typedef struct Embedded {
    TypeId type;
    uint32_t path[64];
    uint32_t npath;
    bool indirect;
    bool multiples;       /* reached more than once at this depth */
} Embedded;

typedef struct EmbList {
    Embedded *items;
    uint32_t len, cap;
} EmbList;

static void emb_push(EmbList *l, const Embedded *e)
{
    /* The same type twice at one depth: any name it has is ambiguous. */
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i].type == e->type) {
            l->items[i].multiples = true;
            return;
        }
    if (l->len == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->items = xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->len++] = *e;
}

/* T itself, or X for an unnamed pointer type *X (with *ptr set). */
static TypeId deref(Checker *ck, TypeId t, bool *ptr)
{
    *ptr = false;
    if (types_kind(ck->types, t) == TY_POINTER) {
        *ptr = true;
        return types_get(ck->types, t)->elem;
    }
    return t;
}

static void set_found(Lookup *out, const Embedded *e, uint32_t index, bool *collision)
{
    if (out->kind != LOOKUP_NOTFOUND || e->multiples) {
        *collision = true;
        return;
    }
    out->npath = 0;
    for (uint32_t i = 0; i < e->npath && i < 63; i++)
        out->path[out->npath++] = e->path[i];
    out->path[out->npath++] = index;
    out->indirect = e->indirect;
    out->owner = e->type;
}

static void lookup_impl(Checker *ck, TypeId t, const char *name, Lookup *out)
{
    memset(out, 0, sizeof *out);
    bool ptr;
    TypeId typ = deref(ck, t, &ptr);
    if (ptr && check_is_interface(ck, typ))
        return;
    EmbList cur = {0}, next = {0};
    emb_push(&cur, &(Embedded){.type = typ, .indirect = ptr});
    uint32_t nseen = 0, seencap = 0;
    TypeId *seen = NULL;
    for (unsigned depth = 0; cur.len > 0 && depth < 64; depth++) {
        bool collision = false;
        next.len = 0;
        for (uint32_t c = 0; c < cur.len; c++) {
            Embedded *e = &cur.items[c];
            TypeId et = e->type;
            if (types_kind(ck->types, et) == TY_NAMED) {
                bool dup = false;
                for (uint32_t i = 0; i < nseen && !dup; i++)
                    dup = seen[i] == et;
                if (dup)
                    continue;
                if (nseen == seencap) {
                    seencap = seencap ? 2 * seencap : 16;
                    seen = xrealloc(seen, seencap * sizeof *seen);
                }
                seen[nseen++] = et;
                const Type *nt = types_get(ck->types, et);
                bool got = false;
                for (uint32_t i = 0; i < nt->n; i++)
                    if (strcmp(nt->methods[i].name, name) == 0) {
                        set_found(out, e, i, &collision);
                        if (!collision) {
                            out->kind = LOOKUP_METHOD;
                            out->type = nt->methods[i].type;
                            out->recv = et;
                            out->ptr_recv = nt->methods[i].ptr_recv;
                            out->sym = nt->methods[i].sym ? ck->syms[nt->methods[i].sym - 1] : NULL;
                        }
                        got = true;
                        break;
                    }
                if (got)
                    continue;
            }
            TypeId u = types_underlying(ck->types, et);
            if (u == TYPE_INVALID)
                continue;
            const Type *ut = types_get(ck->types, u);
            if (ut->kind == TY_STRUCT) {
                for (uint32_t i = 0; i < ut->n; i++) {
                    const TypeField *f = &ut->fields[i];
                    if (strcmp(f->name, name) == 0) {
                        set_found(out, e, i, &collision);
                        if (!collision) {
                            out->kind = LOOKUP_FIELD;
                            out->type = f->type;
                        }
                        continue;
                    }
                    if (out->kind == LOOKUP_NOTFOUND && f->embedded && e->npath < 63) {
                        bool p;
                        Embedded n = {.type = deref(ck, f->type, &p), .npath = e->npath + 1,
                                      .indirect = e->indirect || p, .multiples = e->multiples};
                        memcpy(n.path, e->path, e->npath * sizeof *n.path);
                        n.path[e->npath] = i;
                        emb_push(&next, &n);
                    }
                }
            } else if (ut->kind == TY_INTERFACE) {
                for (uint32_t i = 0; i < ut->n; i++)
                    if (strcmp(ut->methods[i].name, name) == 0) {
                        set_found(out, e, i, &collision);
                        if (!collision) {
                            out->kind = LOOKUP_METHOD;
                            out->type = ut->methods[i].type;
                            out->recv = et;
                            out->iface = true;
                        }
                        break;
                    }
            }
        }
        if (collision) {
            memset(out, 0, sizeof *out);
            out->kind = LOOKUP_AMBIGUOUS;
            break;
        }
        if (out->kind != LOOKUP_NOTFOUND)
            break;
        EmbList tmp = cur;
        cur = next;
        next = tmp;
    }
    free(cur.items);
    free(next.items);
    free(seen);
}

void lookup_field_or_method(Checker *ck, TypeId t, const char *name, Lookup *out)
{
    /* A named pointer type has its base type's fields, not its methods. */
    if (types_kind(ck->types, t) == TY_NAMED) {
        TypeId u = types_underlying(ck->types, t);
        if (types_kind(ck->types, u) == TY_POINTER) {
            lookup_impl(ck, u, name, out);
            if (out->kind == LOOKUP_METHOD)
                memset(out, 0, sizeof *out);
            return;
        }
    }
    lookup_impl(ck, t, name, out);
}

/* "M(int) string": a method as go/types' funcString prints it. */
static void func_string(Checker *ck, const char *name, TypeId sig, Buf *out)
{
    Buf b;
    buf_init(&b);
    types_format(ck->types, sig, ck->pkg.path, &b);
    buf_puts(out, name);
    /* Drop the leading "func". */
    if (b.len >= 4)
        buf_append(out, b.data + 4, b.len - 4);
    buf_free(&b);
}

/* Does v have every method of the interface iface?  If not, appends
 * go/types' parenthesised cause: (missing method M), ... */
static bool has_methods(Checker *ck, TypeId v, TypeId iface, Buf *cause)
{
    const Type *it = types_get(ck->types, types_underlying(ck->types, iface));
    bool v_iface = check_is_interface(ck, v);
    for (uint32_t i = 0; i < it->n; i++) {
        const TypeMethod *m = &it->methods[i];
        Lookup l;
        if (v_iface) {
            const TypeMethod *vm = types_lookup_method(ck->types, types_underlying(ck->types, v), m->name);
            if (vm && types_identical(ck->types, vm->type, m->type))
                continue;
            if (cause) {
                if (vm) {
                    buf_printf(cause, "(wrong type for method %s)\n\t\thave ", m->name);
                    func_string(ck, m->name, vm->type, cause);
                    buf_puts(cause, "\n\t\twant ");
                    func_string(ck, m->name, m->type, cause);
                } else {
                    buf_printf(cause, "(missing method %s)", m->name);
                }
            }
            return false;
        }
        lookup_field_or_method(ck, v, m->name, &l);
        if (l.kind == LOOKUP_METHOD) {
            bool ptr_ok = !l.ptr_recv || l.iface || l.indirect ||
                          types_kind(ck->types, v) == TY_POINTER;
            bool same = types_identical(ck->types, l.type, m->type);
            if (same && ptr_ok)
                continue;
            if (cause) {
                if (same) {
                    buf_printf(cause, "(method %s has pointer receiver)", m->name);
                } else {
                    buf_printf(cause, "(wrong type for method %s)\n\t\thave ", m->name);
                    func_string(ck, m->name, l.type, cause);
                    buf_puts(cause, "\n\t\twant ");
                    func_string(ck, m->name, m->type, cause);
                }
            }
            return false;
        }
        if (cause) {
            TypeId vu = types_underlying(ck->types, v);
            if (types_kind(ck->types, vu) == TY_POINTER &&
                check_is_interface(ck, types_get(ck->types, vu)->elem))
                buf_printf(cause, "(type %s is pointer to interface, not interface)", check_type_str(ck, v));
            else if (l.kind == LOOKUP_FIELD)
                buf_printf(cause, "(%s.%s is a field, not a method)", check_type_str(ck, v), m->name);
            else
                buf_printf(cause, "(missing method %s)", m->name);
        }
        return false;
    }
    return true;
}

bool lookup_implements(Checker *ck, TypeId t, TypeId iface, Buf *reason)
{
    if (t == TYPE_INVALID || iface == TYPE_INVALID || types_underlying(ck->types, t) == TYPE_INVALID)
        return true;
    if (!check_is_interface(ck, iface)) {
        if (reason)
            buf_printf(reason, "%s is not an interface", check_type_str(ck, iface));
        return false;
    }
    Buf cause;
    buf_init(&cause);
    bool ok = has_methods(ck, t, iface, reason ? &cause : NULL);
    if (!ok && reason) {
        buf_printf(reason, "%s does not implement %s ", check_type_str(ck, t), check_type_str(ck, iface));
        buf_append(reason, cause.data, cause.len);
    }
    buf_free(&cause);
    return ok;
}

bool lookup_assertable(Checker *ck, TypeId iface, TypeId t, Buf *cause)
{
    if (check_is_interface(ck, t))
        return true;
    return has_methods(ck, t, iface, cause);
}
