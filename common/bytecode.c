/* bytecode.c - the bytecode model's set-up and clean-up (bytecode.h);
 * the writer and the reader are files of their own, since they build on
 * different JSON libraries and belong to different tools. */
#include "bytecode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

BcClass bytecode_kind_class(BcKind k)
{
    switch (k) {
    case BK_STRING: case BK_UNTYPED_STRING: case BK_SLICE: case BK_MAP: case BK_CHAN: case BK_POINTER:
    case BK_FUNC: case BK_INTERFACE: case BK_STRUCT: case BK_ARRAY: case BK_UNTYPED_NIL:
        return BC_REF;
    default:
        return BC_SCALAR;
    }
}

/* The depth of aggregates nested by value in type t, memoized in
 * depth (0 unknown, else 1 + depth); state marks types being visited,
 * so a type that contains itself is caught.  The recursion stops at
 * BC_MAX_VALUE_DEPTH levels. */
static bool value_depth(Bytecode *b, uint32_t t, uint32_t level, uint8_t *state, char *why, size_t whylen)
{
    BcType *ty = &b->types[t];
    if (state[t] == 2)
        return true;
    if (state[t] == 1) {
        snprintf(why, whylen, "type %u (%s) contains itself", t, ty->name);
        return false;
    }
    if (level > BC_MAX_VALUE_DEPTH) {
        snprintf(why, whylen, "type %u (%s) nests values more than %u deep", t, ty->name, BC_MAX_VALUE_DEPTH);
        return false;
    }
    state[t] = 1;
    uint32_t d = 0;
    if (ty->kind == BK_STRUCT) {
        for (uint32_t i = 0; i < ty->nfields; i++) {
            uint32_t ft = ty->fields[i].type;
            if (!b->types[ft].agg)
                continue;
            if (!value_depth(b, ft, level + 1, state, why, whylen))
                return false;
            if (b->types[ft].depth + 1 > d)
                d = b->types[ft].depth + 1;
        }
    } else if (ty->kind == BK_ARRAY && b->types[ty->elem].agg) {
        if (!value_depth(b, ty->elem, level + 1, state, why, whylen))
            return false;
        d = b->types[ty->elem].depth + 1;
    }
    ty->depth = d;
    state[t] = 2;
    return true;
}

bool bytecode_derive(Bytecode *b, char *why, size_t whylen)
{
    for (uint32_t t = 0; t < b->ntypes; t++) {
        BcType *ty = &b->types[t];
        free(ty->slot_cls);
        free(ty->slot_agg);
        free(ty->vtable);
        ty->slot_cls = ty->slot_agg = NULL;
        ty->vtable = NULL;
        ty->cls = (uint8_t)bytecode_kind_class(ty->kind);
        ty->agg = ty->kind == BK_STRUCT || ty->kind == BK_ARRAY;
    }
    for (uint32_t t = 0; t < b->ntypes; t++) {
        BcType *ty = &b->types[t];
        if (ty->kind == BK_STRUCT) {
            ty->slot_cls = xmalloc(ty->nfields ? ty->nfields : 1);
            ty->slot_agg = xmalloc(ty->nfields ? ty->nfields : 1);
            for (uint32_t i = 0; i < ty->nfields; i++) {
                ty->slot_cls[i] = b->types[ty->fields[i].type].cls;
                ty->slot_agg[i] = b->types[ty->fields[i].type].agg;
            }
        }
        if (ty->nmethods) {
            ty->vtable = xmalloc((b->nmethod_names ? b->nmethod_names : 1) * sizeof *ty->vtable);
            for (uint32_t m = 0; m < b->nmethod_names; m++)
                ty->vtable[m] = BC_NO_FUNC;
            for (uint32_t m = 0; m < ty->nmethods; m++)
                ty->vtable[ty->methods[m].name] = ty->methods[m].func;
        }
    }
    uint8_t *state = xcalloc(b->ntypes ? b->ntypes : 1, 1);
    bool ok = true;
    for (uint32_t t = 0; t < b->ntypes && ok; t++)
        ok = value_depth(b, t, 0, state, why, whylen);
    free(state);
    return ok;
}

void bytecode_init(Bytecode *b)
{
    memset(b, 0, sizeof *b);
}

void bytecode_free(Bytecode *b)
{
    for (uint32_t i = 0; i < b->nconsts; i++)
        free(b->consts[i].s);
    for (uint32_t i = 0; i < b->nfuncs; i++) {
        free(b->funcs[i].name);
        free(b->funcs[i].classes);
        free(b->funcs[i].code);
        free(b->funcs[i].lines);
    }
    for (uint32_t i = 0; i < b->nnatives; i++)
        free(b->natives[i]);
    for (uint32_t i = 0; i < b->ntypes; i++) {
        BcType *t = &b->types[i];
        free(t->name);
        for (uint32_t k = 0; k < t->nfields; k++)
            free(t->fields[k].name);
        free(t->fields);
        free(t->methods);
        free(t->slot_cls);
        free(t->slot_agg);
        free(t->vtable);
    }
    for (uint32_t i = 0; i < b->nmethod_names; i++)
        free(b->method_names[i]);
    free(b->method_names);
    free(b->types);
    free(b->consts);
    free(b->funcs);
    free(b->natives);
    for (uint32_t i = 0; b->global_names && i < b->nglobal_names; i++)
        free(b->global_names[i]);
    free(b->global_names);
    free(b->global_ext);
    for (uint32_t i = 0; i < b->nimports; i++)
        free(b->imports[i]);
    free(b->imports);
    free(b->globals);
    free(b->init);
    free(b->package);
    free(b->source);
    bytecode_init(b);
}

