/* gocodegen - a package's typed AST in, go-mini-bytecode JSON out.
 *     gocodegen [-o FILE] FILE.tast | -
 * This file handles flags, input and output; the translation is gen.c. */
#include "cli.h"
#include "fileio.h"
#include "gen.h"
#include "stack.h"

#include <stdio.h>
#include <string.h>

static const CliSpec spec = {
    .name = "gocodegen",
    .summary = "Reads a package's typed AST (gomini-typed-ast, from gocheck) and writes\n"
               "its bytecode (go-mini-bytecode JSON) for govm.",
    .extra_help = "  -O0            the plain translation, for reading: no constants inside\n"
                  "                 instructions, no results written straight to their variables\n"
                  "  -O             optimise (the default)\n",
};

typedef struct Job {
    const TypedAst *t;
    const char *source;
    Bytecode *b;
    Diag *d;
    bool ok;
    bool optimize;
} Job;

static void translate(void *arg)
{
    Job *j = arg;
    j->ok = gen_package(j->t, j->source, j->b, j->d, j->optimize);
}

int main(int argc, char **argv)
{
    /* -O0 and -O are gocodegen's own flags; the rest are every tool's. */
    bool optimize = true;
    int kept = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-O0") == 0)
            optimize = false;
        else if (strcmp(argv[i], "-O") == 0)
            optimize = true;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    CliOptions opt;
    int status = cli_parse(&spec, argc, argv, &opt);
    gomini_progname = spec.name;
    if (status >= 0)
        return status;
    if (file_is_same(opt.input, opt.output)) {
        fail_msg("%s: input file is the same as output file", file_display_name(opt.input));
        return EXIT_USAGE;
    }
    Buf in, out;
    buf_init(&in);
    buf_init(&out);
    status = EXIT_INPUT;
    Arena a;
    arena_init(&a);
    StageHeader h;
    TypedAst t;
    const char *path = file_display_name(opt.input);
    if (file_read_stage(opt.input, GOMINI_MAX_STAGE_BYTES, &in) && tast_read(in.data, in.len, path, &a, &h, &t)) {
        Diag d;
        diag_init(&d, (const char *const *)h.sources, h.nsources);
        Bytecode b;
        bytecode_init(&b);
        Job job = {&t, h.nsources ? h.sources[0] : "", &b, &d, false, optimize};
        /* The walk recurses over the tree, which may be AST_MAX_DEPTH deep. */
        if (stack_run_for_input(in.len, 1024, translate, &job) && job.ok) {
            char why[256];
            if (!bytecode_verify(&b, why, sizeof why)) {
                /* A bug here, not in the program: say so plainly. */
                fail_msg("%s: internal error: the bytecode made does not verify: %s", path, why);
            } else {
                bytecode_write(&b, &out);
                status = file_write_atomic(opt.output, out.data, out.len) ? EXIT_OK : EXIT_INPUT;
            }
        }
        diag_flush(&d, stderr);
        bytecode_free(&b);
        stage_header_free(&h);
    }
    arena_free(&a);
    buf_free(&in);
    buf_free(&out);
    return status;
}
