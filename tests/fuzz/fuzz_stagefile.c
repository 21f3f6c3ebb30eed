/* fuzz_stagefile.c - libFuzzer target: any bytes as a gomini-tokens file
 * (parsed), as a gomini-ast file and as a gomini-typed-ast file (read).
 * None may crash. */
#include <stdio.h>

#include "ast.h"
#include "parse.h"
#include "tastread.h"
#include "tokfile.h"

static bool next_from_file(void *ctx, Token *t)
{
    return tokfile_next(ctx, t);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    Arena a;
    arena_init(&a);
    StageHeader h;
    TokReader tr;
    if (tokfile_open(&tr, data, size, "fuzz.tok", &h)) {
        Diag d;
        diag_init(&d, (const char *const *)h.sources, 1);
        parse_file(next_from_file, &tr, 0, &a, &d);
        diag_free(&d);
        stage_header_free(&h);
    }
    Node *file;
    if (ast_read(data, size, "fuzz.ast", 0, &a, &h, &file))
        stage_header_free(&h);
    TypedAst t;
    if (tast_read(data, size, "fuzz.tast", &a, &h, &t))
        stage_header_free(&h);
    arena_free(&a);
    return 0;
}
