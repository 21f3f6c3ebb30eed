/* golex - Go source in, gomini-tokens out.
 *     golex [-o FILE] [--json] [FILE | -]
 * This file handles flags, input and output; golex/lex.c is the lexer. */
#include "cli.h"
#include "diag.h"
#include "fileio.h"
#include "lex.h"
#include "tokfile.h"

#include <string.h>

static const CliSpec spec = {
    .name = "golex",
    .summary = "Reads Go source and writes its tokens as a gomini-tokens file (CBOR).",
};

/* Lex the whole source into out, as CBOR or JSON. */
static void write_tokens(const Buf *src, const char *name, bool json, Diag *diag, Buf *out)
{
    Lexer lx;
    Token t;
    lex_init(&lx, (const char *)src->data, src->len, 0, diag);
    if (json) {
        JsonWriter j;
        jw_init(&j, out);
        tokfile_json_begin(&j, name);
        do {
            lex_next(&lx, &t);
            tokfile_json_put(&j, &t);
        } while (t.kind != TOK_EOF);
        tokfile_json_end(&j);
        jw_free(&j);
        return;
    }
    TokWriter w;
    tokfile_begin(&w, out, name);
    do {
        lex_next(&lx, &t);
        tokfile_put(&w, &t);
    } while (t.kind != TOK_EOF);
    tokfile_end(&w);
}

int main(int argc, char **argv)
{
    CliOptions opt;
    int status = cli_start(&spec, argc, argv, &opt);
    if (status >= 0)
        return status;

    Buf src, out;
    buf_init(&src);
    buf_init(&out);
    const char *name = file_display_name(opt.input);
    status = EXIT_INPUT;
    if (!file_read_all(opt.input, GOMINI_MAX_SOURCE_BYTES, &src))
        goto done;
    if (src.len == 0) {
        fail_msg("%s: empty file: a Go source file starts with a package clause", name);
        goto done;
    }
    char format[32];
    if (container_sniff(src.data, src.len, format, sizeof format)) {
        fail_msg("%s: this is a %s file, not Go source", name, format);
        goto done;
    }
    Diag diag;
    diag_init(&diag, &name, 1);
    buf_reserve(&out, src.len * 4);   /* tokens take about 3.5 bytes per source byte */
    write_tokens(&src, name, opt.json, &diag, &out);
    if (diag_flush(&diag, stderr) == 0 && file_write_atomic(opt.output, out.data, out.len))
        status = EXIT_OK;
done:
    buf_free(&src);
    buf_free(&out);
    return status;
}
