/* fuzz_export.c - libFuzzer target: any bytes as a package's export data
 * (gomini-export), imported by a small program that uses what such a
 * package could declare.  Forged export data must give a clear error,
 * never a crash.  The seeds are the standard library's .gox files.
 * Build and run with `make fuzz` (needs clang). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"
#include "tast.h"

static const char program[] =
    "package main\n"
    "import \"x\"\n"
    "var v x.T\n"
    "func main() {\n"
    "\tx.F(v)\n"
    "\tprintln(x.C + 1, x.V, len(x.S), v.M())\n"
    "\tvar _ interface{ M() int } = v\n"
    "}\n";

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

static char dir[64];

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char *const sources[] = {"fuzz.go"};
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/fuzz-export-%d", (int)getpid());
        mkdir(dir, 0700);
    }
    char path[128];
    snprintf(path, sizeof path, "%s/x.gox", dir);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);

    Arena pa;
    Diag pd;
    Lexer lx;
    arena_init(&pa);
    diag_init(&pd, sources, 1);
    lex_init(&lx, program, sizeof program - 1, 0, &pd);
    Node *file = parse_file(lex_source, &lx, 0, &pa, &pd);
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
    check_init(&ck, &a, &types, &in, &d);
    const char *dirs[1] = {dir};
    ck.import_dirs = dirs;
    ck.nimport_dirs = 1;
    Node *files[1] = {back};
    check_package(&ck, files, 1);
    if (!diag_has_errors(&d)) {
        Buf t;
        buf_init(&t);
        tast_write(&ck, &t, false, sources, 1, NULL);
        buf_free(&t);
    }
    diag_free(&d);
    check_free(&ck);
    types_free(&types);
    stage_header_free(&h);
    arena_free(&a);
    buf_free(&out);
    diag_free(&pd);
    arena_free(&pa);
    return 0;
}
