/* bytecode.c - the bytecode model's set-up and clean-up (bytecode.h);
 * the writer and the reader are files of their own, since they build on
 * different JSON libraries and belong to different tools. */
#include "bytecode.h"

#include <stdlib.h>
#include <string.h>

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
    free(b->consts);
    free(b->funcs);
    free(b->natives);
    free(b->globals);
    free(b->init);
    free(b->package);
    free(b->source);
    bytecode_init(b);
}

