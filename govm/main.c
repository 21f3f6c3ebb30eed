/* govm - runs go-mini-bytecode.
 *     govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] FILE.json [args...]
 * This file handles flags and loading; the machine is vm.c. */
#include "bundle.h"
#include "fileio.h"
#include "load.h"
#include "vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] [-L DIR]... FILE.json [args...]\n");
}

static void help(void)
{
    usage(stdout);
    printf("\nVerifies a go-mini-bytecode file (from gocodegen) and runs it.  FILE may also\n"
           "be a bundle file (gobundle -c's app.gmb); a govm with a bundle appended (gobundle's\n"
           "executable) runs that bundle, and every argument is the program's, but for a\n"
           "first argument $: `./app $ ...` is plain govm (and gomini, for .go files).\n\n"
           "  --disasm          list the instructions with their source lines instead of running\n"
           "  --trace           print each instruction to standard error as it runs, with its\n"
           "                    registers' values\n"
           "  -L DIR            look for imported packages' bytecode (PATH.json) in DIR too,\n"
           "                    after beside the importing file (a relative import, ./PATH,\n"
           "                    is PATH.json from the main file's directory)\n"
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
    fprintf(stderr, "%s: ", gomini_progname);
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

/* What the flags ask for; libdirs is malloc'd. */
typedef struct Flags {
    bool disasm, trace;
    const char **libdirs;
    uint32_t nlibdirs;
    uint64_t max_steps, max_heap;
} Flags;

/* Reads the flags into f; *i is then the bytecode file's argument.
 * Returns -1 to go on, or the exit status (--help, --version, an error). */
static int parse_flags(int argc, char **argv, Flags *f, int *i)
{
    for (*i = 1; *i < argc && argv[*i][0] == '-' && argv[*i][1]; (*i)++) {
        const char *a = argv[*i];
        if (strcmp(a, "--") == 0) {
            (*i)++;
            break;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("govm (gomini) %s\n", GOMINI_VERSION);
            return EXIT_OK;
        } else if (strcmp(a, "--disasm") == 0) {
            f->disasm = true;
        } else if (strcmp(a, "--trace") == 0) {
            f->trace = true;
        } else if (strcmp(a, "-L") == 0) {
            if (*i + 1 >= argc)
                return usage_error("flag needs an argument: %s", a);
            f->libdirs[f->nlibdirs++] = argv[++*i];
        } else if (strcmp(a, "--max-steps") == 0 || strcmp(a, "--max-heap") == 0) {
            if (*i + 1 >= argc)
                return usage_error("flag needs an argument: %s", a);
            uint64_t *dst = a[6] == 's' ? &f->max_steps : &f->max_heap;
            if (!parse_size(argv[++*i], dst) || *dst == 0)
                return usage_error("bad value for %s", a);
        } else {
            return usage_error("unknown flag: %s", a);
        }
    }
    if (*i >= argc)
        return usage_error("%s", "no bytecode file given");
    return -1;
}

/* Runs code (taken) with os.Args from args[0 .. nargs), reading embedded
 * files from bundle (or none). */
static int run_code(Bytecode *code, const char *display, const Flags *flags, int nargs, char **args, Bundle *bundle)
{
    int status;
    if (flags->disasm) {
        vm_disasm(code, stdout);
        status = EXIT_OK;
    } else {
        VM vm;
        vm_init(&vm, code);
        if (!vm_bind(&vm, display)) {
            vm_free(&vm);
            bytecode_free(code);
            return EXIT_INPUT;
        }
        vm.argc = nargs;
        vm.argv = args;
        vm.bundle = bundle;
        vm.max_steps = flags->max_steps;
        vm.trace = flags->trace;
        vm.slow = flags->trace || flags->max_steps;
        vm.heap_limit = (size_t)flags->max_heap;
        const char *stress = getenv("GOMINI_GCSTRESS");
        vm.gc_stress = stress && strcmp(stress, "1") == 0;
        status = vm_run(&vm);
        vm_free(&vm);
    }
    bytecode_free(code);
    return status;
}

/* One program of a bundle, run with os.Args = args. */
static int run_bundled(Bundle *b, const BundleProgram *p, const char *display, const Flags *flags, int nargs,
                       char **args)
{
    char why[512];
    Bytecode code;
    if (!load_bundled(p, display, &code, why, sizeof why)) {
        fail_msg("%s", why);
        return EXIT_INPUT;
    }
    return run_code(&code, display, flags, nargs, args, b);
}

/* The last element of a path (argv[0]'s, for symlink dispatch). */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A multi-command bundle run without a command it has: the commands,
 * sorted, on standard error; exit 1. */
static int list_commands(const Bundle *b, const char *self, const char *unknown)
{
    if (unknown)
        fprintf(stderr, "Unknown command: %s\n", unknown);
    fprintf(stderr, "Usage: %s <command> [args...]\n\nCommands:\n", base_name(self));
    for (uint32_t i = 0; i < b->ncommands; i++)
        fprintf(stderr, "  %s\n", b->commands[i].name);
    return EXIT_INPUT;
}

static int plain_govm(int argc, char **argv);

/* Arguments that only the whole toolchain handles: Go source, a
 * snippet, the driver's modes. */
static bool needs_compiler(const char *a)
{
    static const char *const modes[] = {"-e", "-run", "--run", "-o", "-c", "-r", "build", "-x", "--keep", "-I", NULL};
    for (int i = 0; modes[i]; i++)
        if (strcmp(a, modes[i]) == 0)
            return true;
    size_t n = strlen(a);
    struct stat st;
    return (n > 3 && strcmp(a + n - 3, ".go") == 0) || (n > 4 && strcmp(a + n - 4, ".mgo") == 0) ||
           (stat(a, &st) == 0 && S_ISDIR(st.st_mode));
}

/* The executable acting as the plain tool (`./app $ ...`, or --up
 * without a command): govm itself for bytecode and bundles, and the
 * gomini driver, beside the executable's real file or on PATH, for Go
 * source and the driver's modes. */
static int plain_tool(int argc, char **argv)
{
    if (argc < 2 || !needs_compiler(argv[1]))
        return plain_govm(argc, argv);
    char self[4096], *dir = realpath("/proc/self/exe", self) ? self : NULL;
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash) {
        *slash = '\0';
        char beside[4200];
        snprintf(beside, sizeof beside, "%s/gomini", dir);
        if (access(beside, X_OK) == 0) {
            argv[0] = beside;
            execv(beside, argv);
        }
    }
    argv[0] = "gomini";
    execvp("gomini", argv);
    fail_msg("cannot run %s: that needs gomini, which is neither in %s nor on PATH", argv[1], slash ? dir : "this executable's directory");
    return EXIT_INPUT;
}

/* argv without the element at skip (the `$` or the command's name):
 * os.Args never holds it. */
static char **drop_arg(int argc, char **argv, int skip)
{
    char **v = xmalloc((size_t)argc * sizeof *v);
    for (int i = 0, k = 0; i < argc; i++)
        if (i != skip)
            v[k++] = argv[i];
    v[argc - 1] = NULL;
    return v;
}

/* Is name the base name of this executable's own file (symlinks
 * resolved)?  Then argv[0] names the file, not a link to it. */
static bool is_own_file_name(const char *name)
{
    char self[4096];
    return realpath("/proc/self/exe", self) && strcmp(base_name(self), name) == 0;
}

/* A multi-command bundle's command: the one a symlink (or a copy) is
 * named after; else the one the first argument names (*skip is then
 * 1); else the one the executable's own file is named after, so that
 * `gomini build app.go admin.go` makes an `app` that runs `./app admin`
 * as admin and `./app x` as app.  NULL if none. */
static const BundleProgram *choose_command(const Bundle *b, int argc, char **argv, int *skip)
{
    const char *self = base_name(argv[0]);
    const BundleProgram *by_name = bundle_command(b, self), *by_arg = argc > 1 ? bundle_command(b, argv[1]) : NULL;
    if (by_name && !is_own_file_name(self))
        return by_name;
    if (by_arg) {
        *skip = 1;
        return by_arg;
    }
    return by_name;
}

/* SPEC.md §5's dispatch for the bundle appended to this executable. */
static int run_appended(Bundle *b, int argc, char **argv)
{
    Flags none = {0};
    const char *first = argc > 1 ? argv[1] : NULL;
    const BundleProgram *cmd = NULL;
    int skip = -1;
    if (first && strcmp(first, "$") == 0) {
        char **v = drop_arg(argc, argv, 1);
        int st = plain_tool(argc - 1, v);
        free(v);
        return st;
    }
    if (b->up) {
        if (!first || !(cmd = bundle_command(b, first)))
            return plain_tool(argc, argv);
        skip = 1;
    } else if (b->ncommands) {
        cmd = choose_command(b, argc, argv, &skip);
        if (!cmd)
            return list_commands(b, argv[0], first);
    } else {
        cmd = &b->program;
    }
    char **args = skip < 0 ? argv : drop_arg(argc, argv, skip);
    int st = run_bundled(b, cmd, argv[0], &none, skip < 0 ? argc : argc - 1, args);
    if (args != argv)
        free(args);
    return st;
}

/* A bundle file given to govm (gomini -c's app.gmb): its program, or
 * the command named by the next argument. */
static int run_bundle_file(const char *path, const Flags *flags, int nargs, char **args)
{
    char why[512];
    Bundle b;
    if (!bundle_open(path, &b, why, sizeof why)) {
        fail_msg("%s: %s", file_display_name(path), why);
        return EXIT_INPUT;
    }
    int st;
    if (!b.ncommands) {
        st = run_bundled(&b, &b.program, file_display_name(path), flags, nargs, args);
    } else {
        const BundleProgram *cmd = nargs > 1 ? bundle_command(&b, args[1]) : NULL;
        if (!cmd) {
            st = list_commands(&b, path, nargs > 1 ? args[1] : NULL);
        } else {
            char **v = drop_arg(nargs, args, 1);
            st = run_bundled(&b, cmd, file_display_name(path), flags, nargs - 1, v);
            free(v);
        }
    }
    bundle_free(&b);
    return st;
}

/* govm without a bundle of its own: flags, then a bytecode or bundle file. */
static int plain_govm(int argc, char **argv)
{
    Flags flags = {.libdirs = xcalloc((size_t)argc, sizeof *flags.libdirs)};
    int i, done = parse_flags(argc, argv, &flags, &i);
    if (done >= 0) {
        free(flags.libdirs);
        return done;
    }
    const char *path = argv[i];
    int st;
    if (bundle_file_is_bundle(path)) {
        st = run_bundle_file(path, &flags, argc - i, argv + i);
    } else {
        char why[512];
        Bytecode code;
        if (!load_program(path, (const char *const *)flags.libdirs, flags.nlibdirs, &code, why, sizeof why)) {
            fail_msg("%s", why);
            st = EXIT_INPUT;
        } else {
            /* os.Args: the program's file, then what follows it. */
            st = run_code(&code, file_display_name(path), &flags, argc - i, argv + i, NULL);
        }
    }
    free(flags.libdirs);
    return st;
}

int main(int argc, char **argv)
{
    gomini_progname = "govm";
    /* A bundle appended to this very file runs before any argument is
     * read: they are all the script's (os.Args is argv0 and them). */
    char why[512];
    Bundle bundle;
    int found = bundle_find("/proc/self/exe", &bundle, why, sizeof why);
    if (found < 0) {
        gomini_progname = base_name(argv[0]);
        fail_msg("%s", why);
        return EXIT_INPUT;
    }
    if (found == 0)
        return plain_govm(argc, argv);
    /* A bundled program's messages are the executable's, not govm's. */
    gomini_progname = base_name(argv[0]);
    int st = run_appended(&bundle, argc, argv);
    bundle_free(&bundle);
    return st;
}
