/* fuzz_source.c - libFuzzer target: any bytes as Go source through the
 * lexer and parser.  Whatever parses cleanly must survive a gomini-ast
 * round trip.  Build and run with `make fuzz` (needs clang). */
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char *const sources[] = {"fuzz.go"};
    Arena a;
    Diag d;
    Lexer lx;
    arena_init(&a);
    diag_init(&d, sources, 1);
    lex_init(&lx, (const char *)data, size, 0, &d);
    Node *file = parse_file(lex_source, &lx, 0, &a, &d);
    if (file && !diag_has_errors(&d)) {
        Buf out;
        buf_init(&out);
        ast_write(&out, file, sources, 1);
        Arena b;
        arena_init(&b);
        StageHeader h;
        Node *back;
        if (!ast_read(out.data, out.len, "fuzz.ast", 0, &b, &h, &back))
            abort();   /* the parser wrote what the reader refuses */
        stage_header_free(&h);
        arena_free(&b);
        buf_free(&out);
    }
    diag_free(&d);
    arena_free(&a);
    return 0;
}
