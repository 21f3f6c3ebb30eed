/* cli.h - the command line every gomini stage tool shares:
 *     tool [-o FILE] [--json] [FILE | -]
 * plus --help and --version.  A stage's main.c describes itself in a
 * CliSpec and gets back what the user asked for. */
#ifndef GOMINI_CLI_H
#define GOMINI_CLI_H

#include "common.h"

typedef struct CliSpec {
    const char *name;         /* "golex" */
    const char *summary;      /* one line: what it reads and writes */
    const char *extra_help;   /* more option lines for --help, or NULL */
    bool has_dot;             /* accepts --dot */
} CliSpec;

typedef struct CliOptions {
    const char *input;        /* "-" for stdin */
    const char *output;       /* NULL for stdout */
    bool json;
    bool dot;
} CliOptions;

/* Parse argv.  Returns -1 when the tool should run, otherwise the exit
 * status to end with (0 after --help/--version, EXIT_USAGE on misuse). */
int cli_parse(const CliSpec *spec, int argc, char **argv, CliOptions *opt) WARN_UNUSED;

/* Refuse an output that is the input file itself (by device and inode),
 * and binary output to a terminal; true if the output is fine. */
bool cli_output_ok(const CliOptions *opt) WARN_UNUSED;

/* What every tool's main does first: name the program for messages,
 * parse argv, check the output.  -1 to run, else the exit status. */
int cli_start(const CliSpec *spec, int argc, char **argv, CliOptions *opt) WARN_UNUSED;

#endif
