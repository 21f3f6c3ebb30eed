/* gocheck - the ASTs of one package in, its typed AST (and export data) out.
 *     gocheck [-I DIR]... [-o FILE] [--export FILE] [--json] [-e] FILE.ast... | -
 * This file handles flags, input and output; the checker is check.c
 * and the files it names. */
#include "fileio.h"
#include "stack.h"
#include "tast.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Options {
    const char **inputs;
    uint32_t ninputs;
    const char **dirs;    /* -I, then the standard library's */
    uint32_t ndirs;
    const char *output;
    const char *export_file;
    const char *path;     /* --path: the package's import path */
    bool json, all_errors, native;
} Options;

static void usage(FILE *out)
{
    fprintf(out, "usage: gocheck [-I DIR]... [-o FILE] [--export FILE] [--json] [-e] [--path PATH] [--native] "
                 "FILE.ast... | -\n");
}

static void help(void)
{
    usage(stdout);
    printf("\nReads the gomini-ast files (from goparse) of one package, checks them\n"
           "against Go's rules, and writes the package's typed AST (gomini-typed-ast,\n"
           "CBOR) for gocodegen.  Imported packages are read from their export data.\n\n"
           "  FILE.ast       the package's files; - reads one from standard input\n"
           "  -o FILE        write the typed AST to FILE (atomically) instead of standard output\n"
           "  --export FILE  also write the package's export data (gomini-export) to FILE;\n"
           "                 without -o, only the export data is written\n"
           "  -I DIR         look for imported packages' export data (DIR/path.gox) in DIR;\n"
           "                 repeatable, searched in order before the standard library\n"
           "  --path PATH    the package's import path (default: its name)\n"
           "  --native       functions without bodies are provided by the VM (the\n"
           "                 standard library's and ffigen's declaration files)\n"
           "  --json         write readable JSON instead of CBOR\n"
           "  -e             report every error instead of stopping after 10\n"
           "  --help         show this help\n"
           "  --version      show the version\n\n"
           "The standard library's export data is found in GOMINI_STD if set, else in\n"
           "lib/gomini/std beside the directory gocheck is installed in.\n\n"
           "Exit status: 0 success, 1 error in the input, 64 usage error.\n");
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "gocheck: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    usage(stderr);
    return EXIT_USAGE;
}

/* An option that takes an argument: "-o FILE" or "-oFILE". */
static int option_arg(int argc, char **argv, int *i, const char *name, const char **out)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strcmp(a, name) == 0) {
        if (*i + 1 >= argc)
            return usage_error("flag needs an argument: %s", name);
        *out = argv[++*i];
    } else if (name[1] != '-' && strncmp(a, name, n) == 0) {
        *out = a + n;
    } else if (name[1] == '-' && strncmp(a, name, n) == 0 && a[n] == '=') {
        *out = a + n + 1;
    } else {
        return 0;
    }
    if (!**out)
        return usage_error("%s needs a value", name);
    return 1;
}

static int parse_args(int argc, char **argv, Options *o)
{
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int st;
        if (only_files || a[0] != '-' || a[1] == '\0') {
            o->inputs[o->ninputs++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_files = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("gocheck (gomini) %s\n", GOMINI_VERSION);
            return EXIT_OK;
        } else if (strcmp(a, "--json") == 0) {
            o->json = true;
        } else if (strcmp(a, "-e") == 0) {
            o->all_errors = true;
        } else if (strcmp(a, "--native") == 0) {
            o->native = true;
        } else if ((st = option_arg(argc, argv, &i, "-o", &o->output)) != 0) {
            if (st > 1)
                return st;
        } else if ((st = option_arg(argc, argv, &i, "--export", &o->export_file)) != 0) {
            if (st > 1)
                return st;
        } else if ((st = option_arg(argc, argv, &i, "--path", &o->path)) != 0) {
            if (st > 1)
                return st;
        } else if ((st = option_arg(argc, argv, &i, "-I", &v)) != 0) {
            if (st > 1)
                return st;
            o->dirs[o->ndirs++] = v;
        } else {
            return usage_error("unknown flag: %s", a);
        }
    }
    if (o->ninputs == 0)
        o->inputs[o->ninputs++] = "-";
    for (uint32_t i = 0; i < o->ninputs; i++)
        if (strcmp(o->inputs[i], "-") == 0 && o->ninputs > 1)
            return usage_error("%s", "- (standard input) must be the only input");
    return -1;
}

/* The standard library's export data: $GOMINI_STD, else
 * <gocheck's directory>/../lib/gomini/std. */
static char *std_dir(void)
{
    const char *env = getenv("GOMINI_STD");
    if (env && *env)
        return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    size_t len = strlen(exe) + sizeof "/../lib/gomini/std";
    char *dir = xmalloc(len);
    snprintf(dir, len, "%s/../lib/gomini/std", exe);
    return dir;
}

/* Refuses an input given twice (an error in the input: exit 1) and an
 * output that is an input or the other output (usage errors).  Returns
 * -1 to go on, else the exit status. */
static int check_files(const Options *o)
{
    for (uint32_t i = 0; i < o->ninputs; i++) {
        for (uint32_t j = 0; j < i; j++)
            if (strcmp(o->inputs[i], o->inputs[j]) == 0 ||
                (strcmp(o->inputs[i], "-") != 0 && file_is_same(o->inputs[i], o->inputs[j]))) {
                fail_msg("%s: given twice", o->inputs[i]);
                return EXIT_INPUT;
            }
        if (file_is_same(o->inputs[i], o->output) || file_is_same(o->inputs[i], o->export_file)) {
            fail_msg("%s: input file is the same as output file", file_display_name(o->inputs[i]));
            return EXIT_USAGE;
        }
    }
    if (o->output && o->export_file && strcmp(o->output, "-") != 0 &&
        (strcmp(o->output, o->export_file) == 0 || file_is_same(o->output, o->export_file))) {
        fail_msg("%s: the typed AST and the export data cannot go to the same file", o->output);
        return EXIT_USAGE;
    }
    bool to_stdout = (!o->output && !o->export_file) || (o->output && strcmp(o->output, "-") == 0);
    if (to_stdout && !o->json && isatty(STDOUT_FILENO)) {
        fail_msg("refusing to write binary CBOR to a terminal (use -o FILE, a pipe, or --json)");
        return EXIT_USAGE;
    }
    return -1;
}

typedef struct Run {
    const Options *opt;
    Buf *inputs;
    Node **files;
    StageHeader *headers;
    const char **sources;
    const unsigned char **tree_bytes;
    size_t *tree_lens;
    Arena arena;
    TypeTable types;
    Interner in;
    Diag diag;
    Checker ck;
    Buf out, exp;
    int status;
} Run;

static void check_on_big_stack(void *arg)
{
    Run *r = arg;
    check_package(&r->ck, r->files, r->opt->ninputs);
}

static bool read_inputs(Run *r)
{
    const Options *o = r->opt;
    for (uint32_t i = 0; i < o->ninputs; i++) {
        const char *path = file_display_name(o->inputs[i]);
        if (!file_read_stage(o->inputs[i], GOMINI_MAX_STAGE_BYTES, &r->inputs[i]))
            return false;
        size_t start, end;
        if (!ast_read_span(r->inputs[i].data, r->inputs[i].len, path, i, &r->arena, &r->headers[i], &r->files[i],
                           &start, &end))
            return false;
        r->tree_bytes[i] = r->inputs[i].data + start;
        r->tree_lens[i] = end - start;
        if (r->headers[i].nsources != 1) {
            fail_msg("%s: expected one source file in the header, found %zu", path, r->headers[i].nsources);
            stage_header_free(&r->headers[i]);
            r->files[i] = NULL;
            return false;
        }
        r->sources[i] = r->headers[i].sources[0];
    }
    return true;
}

static int run(const Options *o)
{
    Run *r = xcalloc(1, sizeof *r);
    r->opt = o;
    r->inputs = xcalloc(o->ninputs, sizeof *r->inputs);
    r->files = xcalloc(o->ninputs, sizeof *r->files);
    r->headers = xcalloc(o->ninputs, sizeof *r->headers);
    r->sources = xcalloc(o->ninputs, sizeof *r->sources);
    r->tree_bytes = xcalloc(o->ninputs, sizeof *r->tree_bytes);
    r->tree_lens = xcalloc(o->ninputs, sizeof *r->tree_lens);
    arena_init(&r->arena);
    buf_init(&r->out);
    buf_init(&r->exp);
    int status = EXIT_INPUT;
    bool ok = read_inputs(r);
    if (ok) {
        types_init(&r->types);
        interner_init(&r->in, &r->arena);
        diag_init(&r->diag, r->sources, o->ninputs);
        if (o->all_errors)
            diag_unlimited(&r->diag);
        check_init(&r->ck, &r->arena, &r->types, &r->in, &r->diag);
        r->ck.native = o->native;
        r->ck.report_all = o->all_errors;
        r->ck.import_dirs = o->dirs;
        r->ck.tree_bytes = r->tree_bytes;
        r->ck.tree_lens = r->tree_lens;
        r->ck.nimport_dirs = o->ndirs;
        if (o->path)
            r->ck.pkg.path = interner_intern_cstr(&r->in, o->path);
        size_t bytes = 0;
        for (uint32_t i = 0; i < o->ninputs; i++)
            bytes += r->inputs[i].len;
        if (stack_run_for_input(bytes, 1024, check_on_big_stack, r) && diag_flush(&r->diag, stderr) == 0) {
            if (o->export_file) {
                export_write(&r->ck, &r->exp, o->json, r->sources, o->ninputs);
                ok = file_write_atomic(o->export_file, r->exp.data, r->exp.len);
            }
            if (ok && (o->output || !o->export_file)) {
                /* Streamed: the typed AST is several times the size of
                 * its input and need not be held whole. */
                FileSink sink;
                ok = file_sink_open(&sink, o->output);
                if (ok) {
                    tast_write(&r->ck, &r->out, o->json, r->sources, o->ninputs, &sink);
                    ok = file_sink_close(&sink, true);
                }
            }
            status = ok ? EXIT_OK : EXIT_INPUT;
        }
        diag_free(&r->diag);
        check_free(&r->ck);
        types_free(&r->types);
    }
    for (uint32_t i = 0; i < o->ninputs; i++) {
        if (r->files[i])
            stage_header_free(&r->headers[i]);
        buf_free(&r->inputs[i]);
    }
    arena_free(&r->arena);
    buf_free(&r->out);
    buf_free(&r->exp);
    free(r->inputs);
    free(r->files);
    free(r->headers);
    free(r->sources);
    free(r->tree_bytes);
    free(r->tree_lens);
    free(r);
    return status;
}

int main(int argc, char **argv)
{
    gomini_progname = "gocheck";
    Options o = {0};
    o.inputs = xcalloc((size_t)argc + 1, sizeof *o.inputs);
    o.dirs = xcalloc((size_t)argc + 2, sizeof *o.dirs);
    int status = parse_args(argc, argv, &o);
    char *std = NULL;
    if (status < 0) {
        std = std_dir();
        if (std)
            o.dirs[o.ndirs++] = std;
        status = check_files(&o);
        if (status < 0)
            status = run(&o);
    }
    free(std);
    free(o.inputs);
    free(o.dirs);
    return status;
}
