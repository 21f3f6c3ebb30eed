/* stagefile_test.c - the stage files round-trip, and their readers
 * refuse what is not theirs: wrong stage, newer version, forged nodes,
 * hostile nesting.  (The readers print their reasons to stderr; these
 * tests check the verdict.) */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"
#include "tokfile.h"

static int checks;
#define CHECK(x) (assert(x), checks++)

static const char *const sources[] = {"t.go"};

static const char program[] =
    "package main\n"
    "import \"fmt\"\n"
    "type P struct{ X, Y int }\n"
    "func (p *P) M(a, b int, s ...string) (int, error) {\n"
    "\tfor i := range s { fmt.Println(i, s[i:], p.X&^1) }\n"
    "\tswitch v := any(a).(type) { case int: _ = v }\n"
    "\treturn a + b, nil\n"
    "}\n";

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

/* The tree of src, or NULL if it has errors. */
static Node *try_parse(Arena *a, const char *src)
{
    Diag d;
    Lexer lx;
    diag_init(&d, sources, 1);
    lex_init(&lx, src, strlen(src), 0, &d);
    Node *file = parse_file(lex_source, &lx, 0, a, &d);
    bool ok = !diag_has_errors(&d);
    diag_free(&d);
    return ok ? file : NULL;
}

static Node *parse_program(Arena *a, const char *src)
{
    Node *file = try_parse(a, src);
    CHECK(file != NULL);
    return file;
}

static bool same_tree(const Node *a, const Node *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->op != b->op || a->flags != b->flags ||
        a->pos.line != b->pos.line || a->pos.col != b->pos.col || a->nkids != b->nkids)
        return false;
    if ((a->text == NULL) != (b->text == NULL) || (a->text && strcmp(a->text, b->text) != 0))
        return false;
    for (uint32_t i = 0; i < a->nkids; i++)
        if (!same_tree(a->kids[i], b->kids[i]))
            return false;
    return true;
}

/* Write file as a gomini-ast file, read it back into b, and check the
 * tree is the same.  Returns the tree read back. */
static Node *check_round_trip(const Node *file, const char *name, Arena *b)
{
    Buf out;
    buf_init(&out);
    ast_write(&out, file, sources, 1);
    StageHeader h;
    Node *back;
    CHECK(ast_read(out.data, out.len, name, b, &h, &back));
    CHECK(same_tree(file, back));
    CHECK(h.nsources == 1 && strcmp(h.sources[0], "t.go") == 0);
    stage_header_free(&h);
    buf_free(&out);
    return back;
}

static void test_ast_round_trip(void)
{
    Arena a1, a2;
    arena_init(&a1);
    arena_init(&a2);
    Node *file = parse_program(&a1, program);
    Node *back = check_round_trip(file, "t.ast", &a2);
    /* The JSON of the original and of the read-back tree are identical. */
    Buf j1, j2;
    buf_init(&j1);
    buf_init(&j2);
    ast_write_json(&j1, file, sources, 1);
    ast_write_json(&j2, back, sources, 1);
    CHECK(j1.len == j2.len && memcmp(j1.data, j2.data, j1.len) == 0);
    buf_free(&j1);
    buf_free(&j2);
    arena_free(&a1);
    arena_free(&a2);
}

static void write_tokens(Buf *out, const char *src)
{
    Diag d;
    Lexer lx;
    TokWriter w;
    Token t;
    diag_init(&d, sources, 1);
    lex_init(&lx, src, strlen(src), 0, &d);
    tokfile_begin(&w, out, "t.go");
    do {
        lex_next(&lx, &t);
        tokfile_put(&w, &t);
    } while (t.kind != TOK_EOF);
    tokfile_end(&w);
    diag_free(&d);
}

static void test_token_round_trip(void)
{
    Buf out;
    buf_init(&out);
    write_tokens(&out, program);
    TokReader r;
    StageHeader h;
    CHECK(tokfile_open(&r, out.data, out.len, "t.tok", &h));
    Diag d;
    Lexer lx;
    diag_init(&d, sources, 1);
    lex_init(&lx, program, strlen(program), 0, &d);
    Token want, got;
    do {
        lex_next(&lx, &want);
        CHECK(tokfile_next(&r, &got));
        CHECK(got.kind == want.kind && got.pos.line == want.pos.line && got.pos.col == want.pos.col);
        CHECK(got.len == want.len && (!want.text || memcmp(got.text, want.text, want.len) == 0));
    } while (want.kind != TOK_EOF);
    CHECK(container_close(&r.cbor, "t.tok", TOKENS_FORMAT_NAME));
    diag_free(&d);
    stage_header_free(&h);
    buf_free(&out);
}

static void test_wrong_stage_is_refused(void)
{
    Buf toks;
    buf_init(&toks);
    write_tokens(&toks, program);
    Arena a;
    arena_init(&a);
    StageHeader h;
    Node *file;
    fprintf(stderr, "(expected) ");
    CHECK(!ast_read(toks.data, toks.len, "t.tok", &a, &h, &file));
    /* ...and an AST is not a token file. */
    Buf ast;
    buf_init(&ast);
    ast_write(&ast, parse_program(&a, program), sources, 1);
    TokReader r;
    fprintf(stderr, "(expected) ");
    CHECK(!tokfile_open(&r, ast.data, ast.len, "t.ast", &h));
    buf_free(&ast);
    buf_free(&toks);
    arena_free(&a);
}

/* A hand-made AST: the header, then `depth` Paren nodes, one in another. */
static void write_nested_parens(Buf *out, unsigned depth)
{
    container_begin(out, AST_FORMAT_NAME, AST_FORMAT_VERSION, sources, 1);
    for (unsigned i = 0; i < depth; i++) {
        cbor_put_array(out, 7);
        cbor_put_uint(out, AST_PAREN);
        cbor_put_uint(out, 1);
        cbor_put_uint(out, 1);
        cbor_put_uint(out, 0);
        cbor_put_uint(out, 0);
        cbor_put_null(out);
    }
    cbor_put_null(out);
}

static void test_hostile_nesting_is_refused(void)
{
    Buf out;
    buf_init(&out);
    write_nested_parens(&out, 200000);
    Arena a;
    arena_init(&a);
    StageHeader h;
    Node *file;
    fprintf(stderr, "(expected) ");
    CHECK(!ast_read(out.data, out.len, "deep.ast", &a, &h, &file));
    buf_free(&out);
    arena_free(&a);
}

static void test_forged_nodes_are_refused(void)
{
    /* Each forgery: a root node with one field wrong. */
    static const uint64_t forged[][6] = {
        {AST__COUNT, 1, 1, 0, 0, 0},       /* kind out of range */
        {AST_FILE, 1, 1, TOK__COUNT, 0, 0}, /* op out of range */
        {AST_FILE, 1, 1, 0, 1u << 15, 0},   /* unknown flag */
        {AST_FILE, 1, 1, 0, 0, 1},          /* File needs its Name slot: no kids given */
    };
    for (size_t i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        Buf out;
        buf_init(&out);
        container_begin(&out, AST_FORMAT_NAME, AST_FORMAT_VERSION, sources, 1);
        cbor_put_array(&out, 6);
        for (int k = 0; k < 5; k++)
            cbor_put_uint(&out, forged[i][k]);
        cbor_put_null(&out);
        Arena a;
        arena_init(&a);
        StageHeader h;
        Node *file;
        fprintf(stderr, "(expected) ");
        CHECK(!ast_read(out.data, out.len, "forged.ast", &a, &h, &file));
        arena_free(&a);
        buf_free(&out);
    }
}

static void test_newer_version_is_refused(void)
{
    Buf out;
    buf_init(&out);
    container_begin(&out, TOKENS_FORMAT_NAME, TOKENS_FORMAT_VERSION + 1, sources, 1);
    cbor_put_array(&out, 0);
    TokReader r;
    StageHeader h;
    fprintf(stderr, "(expected) ");
    CHECK(!tokfile_open(&r, out.data, out.len, "new.tok", &h));
    buf_free(&out);
}

/* A header naming its sources twice (found by fuzzing: the second list
 * used to be read over the first). */
static void test_duplicate_header_key_is_refused(void)
{
    Buf out;
    buf_init(&out);
    cbor_put_map(&out, 5);
    cbor_put_cstring(&out, "format");
    cbor_put_cstring(&out, TOKENS_FORMAT_NAME);
    cbor_put_cstring(&out, "sources");
    cbor_put_array(&out, 1);
    cbor_put_cstring(&out, "a.go");
    cbor_put_cstring(&out, "sources");
    cbor_put_array(&out, 3);
    for (int i = 0; i < 3; i++)
        cbor_put_cstring(&out, "b.go");
    cbor_put_cstring(&out, "version");
    cbor_put_uint(&out, 1);
    cbor_put_cstring(&out, "body");
    cbor_put_array(&out, 0);
    TokReader r;
    StageHeader h;
    fprintf(stderr, "(expected) ");
    CHECK(!tokfile_open(&r, out.data, out.len, "dup.tok", &h));
    buf_free(&out);
}

/* A program nesting `open` n times around `middle`, then `close` n times. */
static char *nested_program(const char *head, const char *open, const char *middle,
                            const char *close, const char *tail, int n)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, head);
    for (int i = 0; i < n; i++)
        buf_puts(&b, open);
    buf_puts(&b, middle);
    for (int i = 0; i < n; i++)
        buf_puts(&b, close);
    buf_puts(&b, tail);
    buf_putc(&b, '\0');
    return (char *)b.data;
}

/* Whatever the parser accepts, however deep, the AST reader must accept:
 * the nesting limit sits well inside the reader's depth limit. */
static void test_deepest_accepted_trees_read_back(void)
{
    static const char *const forms[][5] = {
        {"package main\nvar x = ", "(", "1", ")", "\n"},
        {"package main\nvar x = ", "^", "1", "", "\n"},
        {"package main\nvar x = ", "T{", "1", "}", "\n"},
        {"package main\nvar x ", "[]", "int", "", "\n"},
        {"package main\nvar x ", "map[int]", "int", "", "\n"},
        {"package main\nvar x = ", "func() int { return ", "1", " }()", "\n"},
        {"package main\nfunc f() {\n", "{", "", "}", "\n}\n"},
        {"package main\nfunc f() {\n", "L:\n", "", "", "}\n"},
        {"package main\nfunc f() {\n", "if x {\n", "", "}\n", "}\n"},
        {"package main\nfunc f() {\n", "switch { case true:\n", "", "}\n", "}\n"},
        {"package main\nfunc f() {\n", "for range x {\n", "", "}\n", "}\n"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        /* Some forms spend two or three levels of the limit per nesting:
         * find the deepest that parses, from the limit down. */
        Arena a, b;
        arena_init(&a);
        arena_init(&b);
        Node *file = NULL;
        char *src = NULL;
        for (int k = 1; !file && k <= 4; k++) {
            free(src);
            src = nested_program(forms[i][0], forms[i][1], forms[i][2], forms[i][3], forms[i][4],
                                 GOMINI_MAX_NESTING / k - 10);
            file = try_parse(&a, src);
        }
        CHECK(file != NULL);
        check_round_trip(file, "deep.ast", &b);
        arena_free(&a);
        arena_free(&b);
        free(src);
    }
}

int main(void)
{
    test_ast_round_trip();
    test_token_round_trip();
    test_wrong_stage_is_refused();
    test_hostile_nesting_is_refused();
    test_forged_nodes_are_refused();
    test_newer_version_is_refused();
    test_deepest_accepted_trees_read_back();
    test_duplicate_header_key_is_refused();
    printf("stagefile_test: %d checks passed\n", checks);
    return 0;
}
