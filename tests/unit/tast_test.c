/* tast_test.c - unit tests for gocheck's writers (typedast.c): the typed
 * AST of a program is well-formed CBOR in the container, with the body's
 * keys in their documented order, the same trees as its input, one node
 * row per fact, and the same bytes when written twice.  The bats tests
 * read the JSON form; this reads the CBOR that gocodegen will.
 * Run by make unit-test. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "ast.h"
#include "lex.h"
#include "parse.h"
#include "tast.h"
#include "tastread.h"

static int checks;

#define CHECK(cond) (assert(cond), checks++)

static const char program[] =
    "package main\n"
    "\n"
    "type Point struct{ X, Y int }\n"
    "\n"
    "func (p *Point) Move(dx int) { p.X += dx }\n"
    "\n"
    "var origin = Point{0, 0}\n"
    "\n"
    "func main() {\n"
    "\tp := &Point{X: 1}\n"
    "\tn := 0\n"
    "\tstep := func() { n++; p.Move(n) }\n"
    "\tstep()\n"
    "\tvar v interface{} = *p\n"
    "\tprintln(v != nil, origin.X, 1<<10)\n"
    "}\n";

static bool lex_source(void *ctx, Token *t)
{
    lex_next(ctx, t);
    return true;
}

/* The program as gocheck reads it: through the AST file format. */
static Node *read_program(Arena *a, Buf *astfile, StageHeader *h, size_t *start, size_t *end)
{
    static const char *const sources[] = {"p.go"};
    Arena pa;
    Diag d;
    Lexer lx;
    arena_init(&pa);
    diag_init(&d, sources, 1);
    lex_init(&lx, program, sizeof program - 1, 0, &d);
    Node *file = parse_file(lex_source, &lx, 0, &pa, &d);
    CHECK(file && !diag_has_errors(&d));
    ast_write(astfile, file, sources, 1);
    diag_free(&d);
    arena_free(&pa);
    Node *back;
    CHECK(ast_read_span(astfile->data, astfile->len, "p.ast", 0, a, h, &back, start, end));
    return back;
}

static void check_program(Checker *ck, Arena *a, TypeTable *t, Interner *in, Diag *d, Node **files)
{
    types_init(t);
    interner_init(in, a);
    static const char *const sources[] = {"p.go"};
    diag_init(d, sources, 1);
    check_init(ck, a, t, in, d);
    check_package(ck, files, 1);
    if (diag_has_errors(d))
        diag_flush(d, stderr);
    CHECK(!diag_has_errors(d));
}

/* Reads the body map of a typed AST and checks its keys, in order. */
static void check_body(const Buf *out, const unsigned char *tree, size_t tree_len)
{
    static const char *const keys[] = {
        "package", "path", "imports", "files", "types", "symbols",
        "consts", "selections", "closures", "initOrder", "initFuncs", "objects",
    };
    CborReader r;
    StageHeader h;
    cbor_reader_init(&r, out->data, out->len);
    CHECK(container_open(&r, "p.tast", TYPED_AST_FORMAT_NAME, TYPED_AST_FORMAT_VERSION, &h));
    CHECK(h.nsources == 1 && strcmp(h.sources[0], "p.go") == 0);
    uint64_t n;
    CHECK(cbor_get_map(&r, &n) && n == sizeof keys / sizeof keys[0]);
    for (uint64_t i = 0; i < n; i++) {
        const char *k;
        size_t klen;
        CHECK(cbor_get_string(&r, &k, &klen));
        CHECK(klen == strlen(keys[i]) && memcmp(k, keys[i], klen) == 0);
        if (strcmp(keys[i], "files") != 0) {
            CHECK(cbor_skip(&r));
            continue;
        }
        /* files: [{tree: the input's tree bytes, nodes: rows}] */
        uint64_t nf, nm, nrows;
        CHECK(cbor_get_array(&r, &nf) && nf == 1);
        CHECK(cbor_get_map(&r, &nm) && nm == 2);
        CHECK(cbor_get_string(&r, &k, &klen) && klen == 4 && memcmp(k, "tree", 4) == 0);
        size_t at = r.pos;
        CHECK(cbor_skip(&r));
        CHECK(r.pos - at == tree_len && memcmp(out->data + at, tree, tree_len) == 0);
        CHECK(cbor_get_string(&r, &k, &klen) && klen == 5 && memcmp(k, "nodes", 5) == 0);
        CHECK(cbor_get_array(&r, &nrows) && nrows > 0);
        uint64_t last = 0;
        for (uint64_t row = 0; row < nrows; row++) {
            uint64_t len, id;
            CHECK(cbor_get_array(&r, &len) && len == 7);
            CHECK(cbor_get_uint(&r, &id));
            CHECK(row == 0 || id > last);   /* rows in node order, one per node */
            last = id;
            for (int f = 0; f < 6; f++)
                CHECK(cbor_skip(&r));
        }
    }
    CHECK(container_close(&r, "p.tast", TYPED_AST_FORMAT_NAME));
    stage_header_free(&h);
}

/* What tast_read gives back is what the checker recorded. */
static void check_read_back(Checker *ck, const Buf *out)
{
    Arena a;
    arena_init(&a);
    StageHeader h;
    TypedAst t;
    CHECK(tast_read(out->data, out->len, "p.tast", &a, &h, &t));
    CHECK(strcmp(t.package, "main") == 0 && t.nfiles == 1 && t.nimports == 0);
    CHECK(t.ntypes == types_count(ck->types) && t.nsyms == ck->nsyms && t.nconsts == ck->nconsts);
    CHECK(t.nsels == ck->nsels && t.nclosures == ck->nclosures && t.nclosures == 1);
    CHECK(t.nfacts[0] == ck->ninfo[0]);
    for (uint32_t i = 0; i < t.nfacts[0]; i++) {
        const NodeInfo *ni = &ck->info[0][i];
        const TastFacts *f = &t.facts[0][i];
        CHECK(f->type == ni->type && f->conv == ni->conv && f->sym == ni->sym && (unsigned)f->mode == ni->mode);
        CHECK(f->cval == ni_cval(ni) && f->sel == ni_sel(ni));
    }
    for (uint32_t i = 0; i < t.ntypes; i++)
        CHECK(t.types[i].canon == types_get(ck->types, i)->canon && (unsigned)t.types[i].kind == types_kind(ck->types, i));
    for (uint32_t i = 0; i < t.nsyms; i++)
        CHECK(strcmp(t.syms[i].name, ck->syms[i]->name) == 0 && t.syms[i].type == ck->syms[i]->type &&
              t.syms[i].flags == ck->syms[i]->flags);
    /* n is captured and written by the closure; p only read. */
    const TastClosure *c = &t.closures[0];
    CHECK(c->ncaps == 2);
    for (uint32_t k = 0; k < c->ncaps; k++) {
        const TastSymbol *s = &t.syms[c->caps[k] - 1];
        bool written = s->flags & (1u << TSF_BIT_WRITTEN_AFTER_CAPTURE);
        CHECK(strcmp(s->name, "n") == 0 ? written : strcmp(s->name, "p") == 0 && !written);
    }
    CHECK(t.ninit_order == 1 && strcmp(t.syms[t.init_order[0] - 1].name, "origin") == 0);
    stage_header_free(&h);
    arena_free(&a);
}

/* A forged index anywhere is refused, with a message, never followed. */
static void check_forged(const Buf *out)
{
    /* Flip each byte of the tail (the tables) to a big number's head in
     * turn: every result is either read cleanly or refused. */
    Buf f;
    buf_init(&f);
    size_t refused = 0, tried = 0;
    /* The refusals' messages go to /dev/null for the loop. */
    fflush(stderr);
    int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
    CHECK(saved >= 0 && null >= 0 && dup2(null, STDERR_FILENO) >= 0);
    for (size_t at = out->len > 4000 ? out->len - 4000 : 0; at < out->len; at += 7) {
        f.len = 0;
        buf_append(&f, out->data, out->len);
        f.data[at] = 0x1a;   /* a 4-byte unsigned integer head */
        Arena a;
        arena_init(&a);
        StageHeader h;
        TypedAst t;
        bool ok = tast_read(f.data, f.len, "forged.tast", &a, &h, &t);
        if (ok)
            stage_header_free(&h);
        refused += !ok;
        tried++;
        arena_free(&a);
    }
    fflush(stderr);
    CHECK(dup2(saved, STDERR_FILENO) >= 0);
    close(saved);
    close(null);
    CHECK(tried > 0 && refused > tried / 2);
    buf_free(&f);
}

static void test_typed_ast(void)
{
    Arena a;
    arena_init(&a);
    Buf astfile;
    buf_init(&astfile);
    StageHeader h;
    size_t start, end;
    Node *file = read_program(&a, &astfile, &h, &start, &end);
    TypeTable t;
    Interner in;
    Diag d;
    Checker ck;
    Node *files[1] = {file};
    check_program(&ck, &a, &t, &in, &d, files);
    const unsigned char *trees[1] = {astfile.data + start};
    size_t lens[1] = {end - start};
    ck.tree_bytes = trees;
    ck.tree_lens = lens;
    const char *const sources[] = {"p.go"};
    Buf one, two;
    buf_init(&one);
    buf_init(&two);
    tast_write(&ck, &one, false, sources, 1, NULL);
    tast_write(&ck, &two, false, sources, 1, NULL);
    CHECK(one.len == two.len && memcmp(one.data, two.data, one.len) == 0);
    check_body(&one, trees[0], lens[0]);
    check_read_back(&ck, &one);
    check_forged(&one);
    /* Without the input's bytes the writer encodes the same tree itself. */
    ck.tree_bytes = NULL;
    Buf three;
    buf_init(&three);
    tast_write(&ck, &three, false, sources, 1, NULL);
    CHECK(three.len == one.len && memcmp(three.data, one.data, one.len) == 0);
    buf_free(&one);
    buf_free(&two);
    buf_free(&three);
    diag_free(&d);
    check_free(&ck);
    types_free(&t);
    stage_header_free(&h);
    buf_free(&astfile);
    arena_free(&a);
}

int main(void)
{
    test_typed_ast();
    printf("tast_test: %d checks passed\n", checks);
    return 0;
}
