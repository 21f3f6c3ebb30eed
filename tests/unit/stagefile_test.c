/* stagefile_test.c - the stage files round-trip, and their readers
 * refuse what is not theirs: wrong stage, newer version, forged nodes,
 * hostile nesting, truncation.  The readers print their reasons to
 * stderr; the tests capture that and check the message. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* Standard error goes to a temporary file between these two calls;
 * stderr_end checks that what was printed contains want. */
static int saved_stderr = -1;
static FILE *captured;

static void stderr_begin(void)
{
    fflush(stderr);
    captured = tmpfile();
    assert(captured);
    saved_stderr = dup(STDERR_FILENO);
    dup2(fileno(captured), STDERR_FILENO);
}

static void stderr_end(const char *want)
{
    char text[512] = "";
    fflush(stderr);
    dup2(saved_stderr, STDERR_FILENO);
    close(saved_stderr);
    rewind(captured);
    size_t n = fread(text, 1, sizeof text - 1, captured);
    text[n] = '\0';
    fclose(captured);
    if (!strstr(text, want)) {
        fprintf(stderr, "expected a message with \"%s\", got \"%s\"\n", want, text);
        CHECK(false);
    }
    checks++;
}

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

static bool same_node(const Node *a, const Node *b)
{
    if (!a || !b)
        return a == b;
    return a->kind == b->kind && a->op == b->op && a->flags == b->flags &&
           a->pos.line == b->pos.line && a->pos.col == b->pos.col && a->nkids == b->nkids &&
           a->text_len == b->text_len && (a->text == NULL) == (b->text == NULL) &&
           (!a->text || memcmp(a->text, b->text, a->text_len) == 0);
}

/* Both trees walked in step (trees can be too deep to recurse over). */
static bool same_tree(const Node *a, const Node *b)
{
    AstWalk wa, wb;
    AstVisit va, vb;
    bool same = true;
    ast_walk_init(&wa, a);
    ast_walk_init(&wb, b);
    while (same && ast_walk_next(&wa, &va)) {
        same = ast_walk_next(&wb, &vb) && va.leaving == vb.leaving && va.depth == vb.depth &&
               same_node(va.node, vb.node);
    }
    same = same && !ast_walk_next(&wb, &vb);
    ast_walk_free(&wa);
    ast_walk_free(&wb);
    return same;
}

/* Every node of the tree carries Pos.file = file. */
static bool all_in_file(const Node *root, uint32_t file)
{
    AstWalk w;
    AstVisit v;
    bool ok = true;
    ast_walk_init(&w, root);
    while (ast_walk_next(&w, &v))
        ok = ok && (!v.node || v.node->pos.file == file);
    ast_walk_free(&w);
    return ok;
}

/* Write file as a gomini-ast file into out, read it back into b, and
 * check the tree is the same.  Returns the tree read back, whose text
 * points into out. */
static Node *check_round_trip(const Node *file, const char *name, Arena *b, Buf *out)
{
    ast_write(out, file, sources, 1);
    StageHeader h;
    Node *back;
    CHECK(ast_read(out->data, out->len, name, 3, b, &h, &back));
    CHECK(same_tree(file, back));
    CHECK(all_in_file(back, 3));
    CHECK(h.nsources == 1 && strcmp(h.sources[0], "t.go") == 0);
    stage_header_free(&h);
    return back;
}

static void test_ast_round_trip(void)
{
    Arena a1, a2;
    arena_init(&a1);
    arena_init(&a2);
    Node *file = parse_program(&a1, program);
    Buf out;
    buf_init(&out);
    Node *back = check_round_trip(file, "t.ast", &a2, &out);
    /* Node text is a slice of the input, compared by length and bytes. */
    const Node *name = back->kids[FILE_NAME];
    CHECK(ast_text_is(name, "main") && !ast_text_is(name, "mai") && !ast_text_is(name, "mains"));
    /* The JSON of the original and of the read-back tree are identical. */
    Buf j1, j2;
    buf_init(&j1);
    buf_init(&j2);
    ast_write_json(&j1, file, sources, 1);
    ast_write_json(&j2, back, sources, 1);
    CHECK(j1.len == j2.len && memcmp(j1.data, j2.data, j1.len) == 0);
    buf_free(&j1);
    buf_free(&j2);
    buf_free(&out);
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
    stderr_begin();
    CHECK(!ast_read(toks.data, toks.len, "t.tok", 0, &a, &h, &file));
    stderr_end("t.tok: this is a gomini-tokens file, expected a gomini-ast file");
    /* ...and an AST is not a token file. */
    Buf ast;
    buf_init(&ast);
    ast_write(&ast, parse_program(&a, program), sources, 1);
    TokReader r;
    stderr_begin();
    CHECK(!tokfile_open(&r, ast.data, ast.len, "t.ast", &h));
    stderr_end("t.ast: this is a gomini-ast file, expected a gomini-tokens file");
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
    stderr_begin();
    CHECK(!ast_read(out.data, out.len, "deep.ast", 0, &a, &h, &file));
    stderr_end("tree nested too deeply (more than 100000 levels)");
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
        stderr_begin();
        CHECK(!ast_read(out.data, out.len, "forged.ast", 0, &a, &h, &file));
        stderr_end("forged.ast: corrupt gomini-ast file: invalid node at byte");
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
    stderr_begin();
    CHECK(!tokfile_open(&r, out.data, out.len, "new.tok", &h));
    stderr_end("new.tok: unsupported gomini-tokens version: 2 (this binary supports version 1; "
               "upgrade gomini to read newer files)");
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
    stderr_begin();
    CHECK(!tokfile_open(&r, out.data, out.len, "dup.tok", &h));
    stderr_end("dup.tok: corrupt gomini-tokens file: header key \"sources\" given twice");
    buf_free(&out);
}

/* A token file cut anywhere, and an AST file cut anywhere, is refused
 * with the one message "truncated file". */
static void read_all_tokens(const Buf *b, size_t len)
{
    TokReader r;
    StageHeader h;
    if (!tokfile_open(&r, b->data, len, "cut.tok", &h))
        return;
    Token t;
    bool ok = true;
    do
        ok = tokfile_next(&r, &t);
    while (ok && t.kind != TOK_EOF);
    CHECK(!container_close(&r.cbor, "cut.tok", TOKENS_FORMAT_NAME));
    stage_header_free(&h);
}

static void test_truncation_says_truncated(void)
{
    Buf toks, ast;
    buf_init(&toks);
    buf_init(&ast);
    write_tokens(&toks, program);
    Arena a;
    arena_init(&a);
    ast_write(&ast, parse_program(&a, program), sources, 1);
    for (size_t len = 1; len < toks.len; len++) {
        stderr_begin();
        read_all_tokens(&toks, len);
        stderr_end("cut.tok: truncated file (expected a gomini-tokens file)");
    }
    for (size_t len = 1; len < ast.len; len++) {
        Arena b;
        arena_init(&b);
        StageHeader h;
        Node *file;
        stderr_begin();
        CHECK(!ast_read(ast.data, len, "cut.ast", 0, &b, &h, &file));
        stderr_end("cut.ast: truncated file (expected a gomini-ast file)");
        arena_free(&b);
    }
    arena_free(&a);
    buf_free(&toks);
    buf_free(&ast);
}

/* A header map claiming more entries than it holds. */
static void test_header_count_must_match(void)
{
    Buf out;
    buf_init(&out);
    cbor_put_map(&out, 9);
    cbor_put_cstring(&out, "format");
    cbor_put_cstring(&out, TOKENS_FORMAT_NAME);
    cbor_put_cstring(&out, "version");
    cbor_put_uint(&out, 1);
    cbor_put_cstring(&out, "sources");
    cbor_put_array(&out, 1);
    cbor_put_cstring(&out, "a.go");
    cbor_put_cstring(&out, "body");
    cbor_put_array(&out, 1);
    cbor_put_array(&out, 3);
    cbor_put_uint(&out, TOK_EOF);
    cbor_put_uint(&out, 1);
    cbor_put_uint(&out, 1);
    TokReader r;
    StageHeader h;
    stderr_begin();
    CHECK(!tokfile_open(&r, out.data, out.len, "count.tok", &h));
    stderr_end("count.tok: corrupt gomini-tokens file: the header claims 9 entries but \"body\" is entry 4");
    buf_free(&out);
}

static void test_json_input_is_named(void)
{
    static const char json[] = "  {\n  \"format\": \"gomini-tokens\",\n";
    TokReader r;
    StageHeader h;
    stderr_begin();
    CHECK(!tokfile_open(&r, json, sizeof json - 1, "t.json", &h));
    stderr_end("t.json: this is JSON, not a gomini-tokens file: the stages read each other's CBOR "
               "(--json output is for people and jq)");
}

/* Token records golex never writes: each is refused. */
static void test_forged_tokens_are_refused(void)
{
    /* len 0: the text's strlen. */
    static const struct { TokKind kind; const char *text; uint32_t len; } forged[] = {
        {TOK_IDENT, "", 0}, {TOK_IDENT, "a b", 0}, {TOK_IDENT, "\x1b[31mx", 0}, {TOK_IDENT, "9x", 0},
        {TOK_IDENT, "a\xe2\x80\xae", 0}, {TOK_IDENT, "\xd9\xa3x", 0}, {TOK_INT, "x1", 0}, {TOK_INT, "1\n", 0},
        {TOK_STRING, "\"a\0b\"", 5}, {TOK_STRING, "\"\xff\"", 0}, {TOK_CHAR, "'\xc3'", 0},
        {TOK_STRING, "\"abc", 0}, {TOK_CHAR, "'a", 0}, {TOK_SEMI, "semicolon", 0}, {TOK_LPAREN, "(", 0},
        {TOK_IF, "if", 0}, {TOK_IDENT, NULL, 0}, {TOK_STRING, NULL, 0},
    };
    for (size_t i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        Buf out;
        buf_init(&out);
        TokWriter w;
        tokfile_begin(&w, &out, "f.go");
        const char *s = forged[i].text;
        uint32_t len = forged[i].len ? forged[i].len : s ? (uint32_t)strlen(s) : 0;
        Token t = {forged[i].kind, {0, 1, 1}, s, len};
        tokfile_put(&w, &t);
        tokfile_put(&w, &(Token){TOK_EOF, {0, 1, 2}, NULL, 0});
        tokfile_end(&w);
        TokReader r;
        StageHeader h;
        CHECK(tokfile_open(&r, out.data, out.len, "forged.tok", &h));
        Token got;
        stderr_begin();
        CHECK(!tokfile_next(&r, &got));
        CHECK(!container_close(&r.cbor, "forged.tok", TOKENS_FORMAT_NAME));
        stderr_end("forged.tok: corrupt gomini-tokens file: invalid token at byte");
        stage_header_free(&h);
        buf_free(&out);
    }
}

/* "var x = 1 + 1 + ... + 1" with n terms. */
static char *chain_program(int n)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, "package main\nvar x = 1");
    for (int i = 1; i < n; i++)
        buf_puts(&b, "+1");
    buf_puts(&b, "\n");
    buf_putc(&b, '\0');
    return (char *)b.data;
}

/* Long chains: the parser loops over them, the tree is as deep as the
 * chain is long, and every walk (write, read, JSON) takes it; past
 * AST_MAX_DEPTH the parser refuses it with one message. */
static void test_long_chains(void)
{
    static const int terms[] = {9000, AST_MAX_DEPTH - 10};
    for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++) {
        Arena a, b;
        arena_init(&a);
        arena_init(&b);
        char *src = chain_program(terms[i]);
        Node *file = parse_program(&a, src);
        /* File, GenDecl, ValueSpec, List, then terms - 1 Binary nodes
         * down to the first term. */
        CHECK(ast_depth(file, AST_MAX_DEPTH, NULL) == (unsigned)terms[i] + 4);
        Buf out;
        buf_init(&out);
        check_round_trip(file, "chain.ast", &b, &out);
        buf_free(&out);
        Buf j;
        buf_init(&j);
        ast_write_json(&j, file, sources, 1);
        CHECK(j.len < (size_t)terms[i] * 1000);   /* linear, not quadratic in the depth */
        buf_free(&j);
        free(src);
        arena_free(&a);
        arena_free(&b);
    }
    Arena a;
    arena_init(&a);
    char *src = chain_program(AST_MAX_DEPTH);
    Diag d;
    Lexer lx;
    diag_init(&d, sources, 1);
    lex_init(&lx, src, strlen(src), 0, &d);
    CHECK(parse_file(lex_source, &lx, 0, &a, &d) != NULL);
    stderr_begin();
    CHECK(diag_flush(&d, stderr) == 1);
    stderr_end(": exceeded max nesting depth: the syntax tree would be more than 100000 levels deep");
    free(src);
    arena_free(&a);
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
        Buf out;
        buf_init(&out);
        check_round_trip(file, "deep.ast", &b, &out);
        buf_free(&out);
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
    test_truncation_says_truncated();
    test_header_count_must_match();
    test_json_input_is_named();
    test_forged_tokens_are_refused();
    test_long_chains();
    printf("stagefile_test: %d checks passed\n", checks);
    return 0;
}
