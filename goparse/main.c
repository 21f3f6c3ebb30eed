/* goparse - gomini-tokens in, gomini-ast out.
 *     goparse [-o FILE] [--json | --dot] [FILE | -]
 * This file handles flags, input and output; the parser is parse*.c. */
#include "cli.h"
#include "dot.h"
#include "fileio.h"
#include "parse.h"
#include "tokfile.h"

static const CliSpec spec = {
    .name = "goparse",
    .summary = "Reads a gomini-tokens file (from golex) and writes its syntax tree\n"
               "as a gomini-ast file (CBOR).",
    .has_dot = true,
};

static bool next_from_file(void *ctx, Token *t)
{
    return tokfile_next(ctx, t);
}

static void render(const CliOptions *opt, const Node *file, const StageHeader *h, Buf *out)
{
    const char *const *sources = (const char *const *)h->sources;
    if (opt->dot)
        dot_write(out, file, sources[0]);
    else if (opt->json)
        ast_write_json(out, file, sources, h->nsources);
    else
        ast_write(out, file, sources, h->nsources);
}

/* Parse the token file in `in`; fills out on success. */
static int run(const CliOptions *opt, const Buf *in, Buf *out)
{
    const char *path = file_display_name(opt->input);
    TokReader tr;
    StageHeader h;
    if (!tokfile_open(&tr, in->data, in->len, path, &h))
        return EXIT_INPUT;
    Arena arena;
    arena_init(&arena);
    Diag diag;
    diag_init(&diag, (const char *const *)h.sources, 1);
    Node *file = parse_file(next_from_file, &tr, 0, &arena, &diag);
    int status = EXIT_INPUT;
    if (!file) {
        diag_free(&diag);   /* the token file is bad: say why, not what it led to */
        (void)!container_close(&tr.cbor, path, TOKENS_FORMAT_NAME);
    } else if (!diag_has_errors(&diag) && !container_close(&tr.cbor, path, TOKENS_FORMAT_NAME)) {
        diag_free(&diag);   /* trailing bytes after the tokens: reported */
    } else if (diag_flush(&diag, stderr) == 0) {
        buf_reserve(out, in->len + in->len / 8);  /* the tree is about as big as its tokens */
        render(opt, file, &h, out);
        status = EXIT_OK;
    }
    arena_free(&arena);
    stage_header_free(&h);
    return status;
}

int main(int argc, char **argv)
{
    CliOptions opt;
    int status = cli_start(&spec, argc, argv, &opt);
    if (status >= 0)
        return status;
    Buf in, out;
    buf_init(&in);
    buf_init(&out);
    status = EXIT_INPUT;
    if (file_read_stage(opt.input, GOMINI_MAX_STAGE_BYTES, &in)) {
        status = run(&opt, &in, &out);
        if (status == EXIT_OK && !file_write_atomic(opt.output, out.data, out.len))
            status = EXIT_INPUT;
    }
    buf_free(&in);
    buf_free(&out);
    return status;
}
