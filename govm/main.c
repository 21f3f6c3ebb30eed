/* govm - runs go-mini-bytecode.
 *     govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] FILE.json [args...]
 * This file handles flags and loading; the machine is vm.c. */
#include "fileio.h"
#include "vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] FILE.json [args...]\n");
}

static void help(void)
{
    usage(stdout);
    printf("\nVerifies a go-mini-bytecode file (from gocodegen) and runs it.\n\n"
           "  --disasm          list the instructions with their source lines instead of running\n"
           "  --trace           print each instruction to standard error as it runs, with its\n"
           "                    registers' values\n"
           "  --max-steps N     stop with a fatal error after N instructions\n"
           "  --max-heap SIZE   stop with \"fatal error: out of memory\" past SIZE bytes of heap\n"
           "                    (a number with an optional K, M or G suffix)\n"
           "  --help, --version\n\n"
           "GOMINI_GCSTRESS=1 collects garbage on every allocation.\n"
           "Exit status: the program's (0 when main returns), 2 after a panic or a\n"
           "fatal error, 1 for a file that is not valid bytecode, 64 usage error.\n");
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "govm: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    usage(stderr);
    return EXIT_USAGE;
}

static bool parse_size(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return false;
    unsigned shift = 0;
    if (*end == 'K' || *end == 'k')
        shift = 10, end++;
    else if (*end == 'M' || *end == 'm')
        shift = 20, end++;
    else if (*end == 'G' || *end == 'g')
        shift = 30, end++;
    if (*end || (shift && v > (UINT64_MAX >> shift)))
        return false;
    *out = (uint64_t)v << shift;
    return true;
}

int main(int argc, char **argv)
{
    gomini_progname = "govm";
    bool disasm = false, trace = false;
    uint64_t max_steps = 0, max_heap = 0;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("govm (gomini) %s\n", GOMINI_VERSION);
            return EXIT_OK;
        } else if (strcmp(a, "--disasm") == 0) {
            disasm = true;
        } else if (strcmp(a, "--trace") == 0) {
            trace = true;
        } else if (strcmp(a, "--max-steps") == 0 || strcmp(a, "--max-heap") == 0) {
            if (i + 1 >= argc)
                return usage_error("flag needs an argument: %s", a);
            uint64_t *dst = a[6] == 's' ? &max_steps : &max_heap;
            if (!parse_size(argv[++i], dst) || *dst == 0)
                return usage_error("bad value for %s", a);
        } else {
            return usage_error("unknown flag: %s", a);
        }
    }
    if (i >= argc)
        return usage_error("%s", "no bytecode file given");
    const char *path = argv[i];
    Buf in;
    buf_init(&in);
    if (!file_read_all(path, GOMINI_MAX_STAGE_BYTES, &in)) {
        buf_free(&in);
        return EXIT_INPUT;
    }
    Bytecode code;
    bool ok = bytecode_read(in.data, in.len, file_display_name(path), &code);
    buf_free(&in);
    if (!ok)
        return EXIT_INPUT;
    int status;
    if (disasm) {
        vm_disasm(&code, stdout);
        status = EXIT_OK;
    } else {
        VM vm;
        vm_init(&vm, &code);
        if (!vm_bind(&vm, file_display_name(path))) {
            vm_free(&vm);
            bytecode_free(&code);
            return EXIT_INPUT;
        }
        vm.max_steps = max_steps;
        vm.trace = trace;
        vm.slow = trace || max_steps;
        vm.heap_limit = (size_t)max_heap;
        const char *stress = getenv("GOMINI_GCSTRESS");
        vm.gc_stress = stress && strcmp(stress, "1") == 0;
        status = vm_run(&vm);
        vm_free(&vm);
    }
    bytecode_free(&code);
    return status;
}
