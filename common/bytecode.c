/* bytecode.c - the bytecode model's set-up and clean-up (bytecode.h);
 * the writer and the reader are files of their own, since they build on
 * different JSON libraries and belong to different tools. */
#include "bytecode.h"

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
    for (uint32_t i = 0; i < b->ntypes; i++)
        free(b->types[i].name);
    free(b->types);
    free(b->consts);
    free(b->funcs);
    free(b->natives);
    free(b->globals);
    free(b->init);
    free(b->package);
    free(b->source);
    bytecode_init(b);
}

