/* fuzz_expand.c - libFuzzer target for long and deep programs, which a
 * fuzzer's short inputs cannot reach directly.  The input is Go source
 * in which the byte 0x01, a count byte C and a length byte L stand for
 * the L bytes that follow repeated 5 * C * C + 1 times (1 to 325,126), so
 * "a\x01\xff\x02+a" is a chain of 325,127 additions.  The expanded program goes through the
 * lexer and parser; what parses must be written, read back, and drawn as
 * JSON and Graphviz without a crash, and the reader must accept every
 * tree the parser accepts.  Build and run with `make fuzz` (needs clang). */
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "astfmt.h"
#include "dot.h"
#include "lex.h"
#include "parse.h"

#define EXPANDED_MAX (4u << 20)

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

/* The source the input stands for, at most EXPANDED_MAX bytes. */
static void expand(const unsigned char *data, size_t size, Buf *src)
{
    for (size_t i = 0; i < size && src->len < EXPANDED_MAX;) {
        if (data[i] != 0x01 || i + 2 >= size) {
            buf_putc(src, data[i++]);
            continue;
        }
        size_t times = 5 * (size_t)data[i + 1] * data[i + 1] + 1, len = data[i + 2];
        i += 3;
        if (len > size - i)
            len = size - i;
        for (size_t k = 0; k < times && src->len + len <= EXPANDED_MAX; k++)
            buf_append(src, data + i, len);
        i += len;
    }
}

static void check_tree(const Node *file, const char *const *sources)
{
    if (ast_depth(file, AST_MAX_DEPTH, NULL) > AST_MAX_DEPTH)
        abort();   /* the parser let through a tree deeper than its limit */
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
    /* back borrows its text from out: print into another buffer. */
    Buf text;
    buf_init(&text);
    ast_write_json(&text, back, sources, 1);
    text.len = 0;
    dot_write(&text, back, sources[0]);
    text.len = 0;
    astfmt_expr(&text, back->kids[FILE_NAME]);
    buf_free(&text);
    arena_free(&b);
    buf_free(&out);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char *const sources[] = {"fuzz.go"};
    Buf src;
    buf_init(&src);
    expand(data, size, &src);
    Arena a;
    Diag d;
    Lexer lx;
    arena_init(&a);
    diag_init(&d, sources, 1);
    lex_init(&lx, (const char *)src.data, src.len, 0, &d);
    Node *file = parse_file(lex_source, &lx, 0, &a, &d);
    if (file && !diag_has_errors(&d))
        check_tree(file, sources);
    diag_free(&d);
    arena_free(&a);
    buf_free(&src);
    return 0;
}
