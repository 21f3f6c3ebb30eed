/* fuzz_check.c - libFuzzer target: any bytes as Go source through the
 * lexer, the parser and the type checker (with the standard library's
 * export data when GOMINI_STD names it, as `make fuzz` does).  Whatever
 * the checker accepts must also be writable as a typed AST.  The checker
 * may reject anything; it must never crash, leak or misbehave under the
 * sanitizers.  Build and run with `make fuzz` (needs clang). */
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"
#include "tast.h"

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void check_tree(Node *file, const char *const *sources)
{
    /* Through the file format, as gocheck reads it: nodes get their ids. */
    Buf out;
    buf_init(&out);
    ast_write(&out, file, sources, 1);
    Arena a;
    arena_init(&a);
    StageHeader h;
    Node *back;
    if (!ast_read(out.data, out.len, "fuzz.ast", 0, &a, &h, &back))
        abort();
    TypeTable types;
    Interner in;
    Diag d;
    Checker ck;
    types_init(&types);
    interner_init(&in, &a);
    diag_init(&d, sources, 1);
    diag_unlimited(&d);
    check_init(&ck, &a, &types, &in, &d);
    const char *std = getenv("GOMINI_STD");
    const char *dirs[1] = {std};
    ck.import_dirs = dirs;
    ck.nimport_dirs = std ? 1 : 0;
    Node *files[1] = {back};
    check_package(&ck, files, 1);
    if (!diag_has_errors(&d)) {
        Buf t;
        buf_init(&t);
        tast_write(&ck, &t, false, sources, 1, NULL);
        tast_write(&ck, &t, true, sources, 1, NULL);
        buf_free(&t);
    }
    diag_free(&d);
    check_free(&ck);
    types_free(&types);
    stage_header_free(&h);
    arena_free(&a);
    buf_free(&out);
}

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
    if (file && !diag_has_errors(&d))
        check_tree(file, sources);
    diag_free(&d);
    arena_free(&a);
    return 0;
}
