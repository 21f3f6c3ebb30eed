/* cli.c - shared command-line handling for the stage tools (see cli.h). */
#include "cli.h"
#include "fileio.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void print_usage(const CliSpec *spec, FILE *out)
{
    fprintf(out, "usage: %s [-o FILE] [--json]%s [FILE | -]\n", spec->name,
            spec->has_dot ? " [--dot]" : "");
}

static void print_help(const CliSpec *spec)
{
    print_usage(spec, stdout);
    printf("\n%s\n\n", spec->summary);
    printf("  FILE        input file; - or no FILE reads standard input\n"
           "  -o FILE     write the output to FILE (atomically) instead of standard output\n"
           "  --json      write the output as readable JSON instead of CBOR\n");
    if (spec->has_dot)
        printf("  --dot       write a Graphviz picture of the tree instead of CBOR\n");
    if (spec->extra_help)
        fputs(spec->extra_help, stdout);
    printf("  --help      show this help\n"
           "  --version   show the version\n\n"
           "Exit status: 0 success, 1 error in the input, 64 usage error.\n");
}

static int usage_error(const CliSpec *spec, const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: ", spec->name);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    print_usage(spec, stderr);
    return EXIT_USAGE;
}

/* One option; *i is advanced past an option's argument.  Returns -1 to go
 * on, or an exit status. */
static int parse_option(const CliSpec *spec, int argc, char **argv, int *i, CliOptions *opt)
{
    const char *a = argv[*i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        print_help(spec);
        return EXIT_OK;
    }
    if (strcmp(a, "--version") == 0) {
        printf("%s (gomini) %s\n", spec->name, GOMINI_VERSION);
        return EXIT_OK;
    }
    if (strcmp(a, "--json") == 0) {
        opt->json = true;
    } else if (strcmp(a, "--dot") == 0 && spec->has_dot) {
        opt->dot = true;
    } else if (strcmp(a, "-o") == 0) {
        if (*i + 1 >= argc)
            return usage_error(spec, "flag needs an argument: %s", a);
        opt->output = argv[++*i];
    } else if (strncmp(a, "-o", 2) == 0) {
        opt->output = a + 2;
    } else {
        return usage_error(spec, "unknown flag: %s", a);
    }
    return -1;
}

int cli_parse(const CliSpec *spec, int argc, char **argv, CliOptions *opt)
{
    memset(opt, 0, sizeof *opt);
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_files && strcmp(a, "--") == 0) {
            only_files = true;
        } else if (!only_files && a[0] == '-' && a[1] != '\0') {
            int st = parse_option(spec, argc, argv, &i, opt);
            if (st >= 0)
                return st;
        } else if (opt->input) {
            return usage_error(spec, "too many input files (at %s)", a);
        } else {
            opt->input = a;
        }
    }
    if (opt->json && opt->dot)
        return usage_error(spec, "%s", "--json and --dot cannot be used together");
    if (opt->output && opt->output[0] == '\0')
        return usage_error(spec, "%s", "-o needs a file name");
    if (!opt->input)
        opt->input = "-";
    return -1;
}

bool cli_output_ok(const CliOptions *opt)
{
    if (file_is_same(opt->input, opt->output)) {
        /* Checked before anything is read, so the input survives intact. */
        fail_msg("%s: input file is the same as output file", file_display_name(opt->input));
        return false;
    }
    bool to_stdout = !opt->output || strcmp(opt->output, "-") == 0;
    if (to_stdout && !opt->json && !opt->dot && isatty(STDOUT_FILENO)) {
        fail_msg("refusing to write binary CBOR to a terminal (use -o FILE, a pipe, or --json)");
        return false;
    }
    return true;
}

int cli_start(const CliSpec *spec, int argc, char **argv, CliOptions *opt)
{
    gomini_progname = spec->name;
    int status = cli_parse(spec, argc, argv, opt);
    if (status >= 0)
        return status;
    return cli_output_ok(opt) ? -1 : EXIT_USAGE;
}
