/* snapshot.c - the snapshot rule where gocheck can see it (SPEC.md §3,
 * docs/tasks-design.md): what go and spawn hand a new task is copied,
 * so a pointer cannot cross (govm refuses one hidden in an interface at
 * run time).  Channels, funcs and interfaces are not looked into here;
 * sync's and task's values keep their identity, and so do pointers to
 * them (go worker(&wg)). */
#include "check.h"

#include <stdio.h>
#include <string.h>

/* sync.WaitGroup, task.Task and the like. */
static bool keeps_identity(const Type *ty)
{
    return ty->kind == TY_NAMED && ty->pkgpath && (strcmp(ty->pkgpath, "sync") == 0 || strcmp(ty->pkgpath, "task") == 0);
}

/* Does a value of type t hold a pointer the rule refuses?  Types nest
 * by value only a bounded depth (a pointer ends a recursive one). */
static bool holds_pointer(const TypeTable *tt, TypeId t, unsigned depth)
{
    if (depth > 64)
        return false;
    const Type *ty = types_get(tt, t);
    if (keeps_identity(ty))
        return false;
    if (ty->kind == TY_NAMED)
        return holds_pointer(tt, ty->underlying, depth + 1);
    switch (ty->kind) {
    case TY_POINTER: return !keeps_identity(types_get(tt, ty->elem));
    case TY_ARRAY: case TY_SLICE: return holds_pointer(tt, ty->elem, depth + 1);
    case TY_MAP: return holds_pointer(tt, ty->key, depth + 1) || holds_pointer(tt, ty->elem, depth + 1);
    case TY_STRUCT:
        for (uint32_t i = 0; i < ty->n; i++)
            if (holds_pointer(tt, ty->fields[i].type, depth + 1))
                return true;
        return false;
    default: return false;
    }
}

static void refuse_type(Checker *ck, const Node *at, const char *what, TypeId t)
{
    Buf b;
    buf_init(&b);
    types_format(ck->types, t, ck->pkg.path, &b);
    buf_putc(&b, '\0');
    check_errorf(ck, at, "spawn cannot snapshot vm pointers: %s has type %s", what, (const char *)b.data);
    buf_free(&b);
}

void check_snapshot_value(Checker *ck, const Node *arg, TypeId t)
{
    if (arg && t != TYPE_INVALID && holds_pointer(ck->types, t, 0))
        refuse_type(ck, arg, check_expr_str(ck, arg), t);
}

void check_snapshot_captures(Checker *ck, const Node *fun)
{
    fun = unparen(fun);
    if (fun->kind != AST_FUNC_LIT)
        return;
    for (uint32_t i = 0; i < ck->nclosures; i++) {
        const Closure *c = &ck->closures[i];
        if (c->lit != fun)
            continue;
        for (uint32_t k = 0; k < c->ncaps; k++)
            if (holds_pointer(ck->types, c->caps[k]->type, 0)) {
                char what[128];
                snprintf(what, sizeof what, "captured %s", c->caps[k]->name);
                refuse_type(ck, fun, what, c->caps[k]->type);
            }
    }
}
