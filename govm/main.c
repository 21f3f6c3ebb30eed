/* govm - runs go-mini-bytecode.
 *     govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] FILE.json [args...]
 * This file handles flags and loading; the machine is vm.c. */
#include "bundle.h"
#include "fileio.h"
#include "vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ==== loading a program ============================================== */

/* The files of a program: its main file and, depth first, the packages
 * each imports, found beside the importing file (path.json), then in
 * each -L directory. */
typedef struct Loader {
    char **paths;             /* resolved file names, for each loaded file */
    Bytecode *files;
    bool *done;               /* its imports are loaded */
    uint32_t n, cap;
    uint32_t *order;          /* postorder: a package after what it imports */
    uint32_t norder;
    const char *const *libdirs;
    uint32_t nlibdirs;
} Loader;

static bool load_file(Loader *l, const char *path, uint32_t *index, uint32_t depth);

static char *join_path(const char *dir, size_t dirlen, const char *rel)
{
    while (rel[0] == '.' && rel[1] == '/')
        rel += 2;
    size_t n = dirlen + strlen(rel) + 8;
    char *s = xmalloc(n);
    snprintf(s, n, "%.*s%s%s.json", (int)dirlen, dir, dirlen ? "/" : "", rel);
    return s;
}

static bool load_imports(Loader *l, uint32_t k, uint32_t depth)
{
    const char *from = l->paths[k];
    const char *slash = strrchr(from, '/');
    size_t dirlen = slash ? (size_t)(slash - from) : 0;
    for (uint32_t i = 0; i < l->files[k].nimports; i++) {
        const char *imp = l->files[k].imports[i];
        char *file = join_path(from, dirlen, imp);
        for (uint32_t d = 0; d < l->nlibdirs && access(file, R_OK) != 0 && imp[0] != '.'; d++) {
            free(file);
            file = join_path(l->libdirs[d], strlen(l->libdirs[d]), imp);
        }
        if (access(file, R_OK) != 0) {
            fail_msg("%s: imports %s, but there is no %s", from, imp, file);
            free(file);
            return false;
        }
        uint32_t sub;
        bool ok = load_file(l, file, &sub, depth + 1);
        free(file);
        if (!ok)
            return false;
        /* A cycle: a file whose imports are still being loaded. */
        if (!l->done[sub]) {
            fail_msg("%s: import cycle through %s", from, imp);
            return false;
        }
    }
    return true;
}

static bool load_file(Loader *l, const char *path, uint32_t *index, uint32_t depth)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (strcmp(l->paths[i], path) == 0) {
            *index = i;
            return true;
        }
    if (depth > 100) {
        fail_msg("%s: imports nest more than 100 deep", path);
        return false;
    }
    Buf in;
    buf_init(&in);
    if (!file_read_all(path, GOMINI_MAX_STAGE_BYTES, &in)) {
        buf_free(&in);
        return false;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->paths = xrealloc(l->paths, l->cap * sizeof *l->paths);
        l->files = xrealloc(l->files, l->cap * sizeof *l->files);
        l->done = xrealloc(l->done, l->cap * sizeof *l->done);
        l->order = xrealloc(l->order, l->cap * sizeof *l->order);
    }
    uint32_t k = l->n;
    bool ok = bytecode_read(in.data, in.len, file_display_name(path), &l->files[k]);
    buf_free(&in);
    if (!ok)
        return false;
    l->paths[k] = xstrdup(path);
    l->done[k] = false;
    l->n++;
    *index = k;
    if (depth > 0 && !l->files[k].library) {
        fail_msg("%s: a main package cannot be imported", path);
        return false;
    }
    if (!load_imports(l, k, depth))
        return false;
    l->done[k] = true;
    l->order[l->norder++] = k;
    return true;
}

static void loader_free(Loader *l)
{
    for (uint32_t i = 0; i < l->n; i++) {
        free(l->paths[i]);
        bytecode_free(&l->files[i]);
    }
    free(l->paths);
    free(l->files);
    free(l->done);
    free(l->order);
}

/* The program as one Bytecode: the main file alone, or linked with
 * the packages it imports. */
static bool load_program(const char *path, const char *const *libdirs, uint32_t nlibdirs, Bytecode *out)
{
    Loader l = {.libdirs = libdirs, .nlibdirs = nlibdirs};
    uint32_t root;
    bool ok = load_file(&l, path, &root, 0);
    if (ok && l.files[0].library) {
        fail_msg("%s: a package without func main: import it from a program", file_display_name(path));
        ok = false;
    }
    if (ok && l.n == 1) {
        *out = l.files[0];
        bytecode_init(&l.files[0]);   /* taken */
    } else if (ok) {
        /* main first, then the imports in reverse postorder: the linker
         * initialises from the last to the first. */
        Bytecode *files = xmalloc(l.n * sizeof *files);
        uint32_t k = 0;
        files[k++] = l.files[0];
        for (uint32_t i = l.norder; i-- > 0;)
            if (l.order[i] != 0)
                files[k++] = l.files[l.order[i]];
        char why[256];
        Bytecode linked;
        if (!bytecode_link(files, k, &linked, why, sizeof why) || !bytecode_verify(&linked, why, sizeof why)) {
            fail_msg("%s: %s", file_display_name(path), why);
            ok = false;
            if (linked.nfuncs)
                bytecode_free(&linked);
        } else {
            *out = linked;
        }
        free(files);
        for (uint32_t i = 0; i < l.n; i++)
            bytecode_init(&l.files[i]);   /* the linker took them */
    }
    loader_free(&l);
    return ok;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: govm [--disasm] [--trace] [--max-steps N] [--max-heap SIZE] [-L DIR]... FILE.json [args...]\n");
}

static void help(void)
{
    usage(stdout);
    printf("\nVerifies a go-mini-bytecode file (from gocodegen) and runs it.  FILE may also\n"
           "be a bundle file (gobundle -c's app.gmb); a govm with a bundle appended (gobundle's\n"
           "executable) runs that bundle and takes no flags.\n\n"
           "  --disasm          list the instructions with their source lines instead of running\n"
           "  --trace           print each instruction to standard error as it runs, with its\n"
           "                    registers' values\n"
           "  -L DIR            look for imported packages' bytecode (PATH.json) in DIR too;\n"
           "                    first beside the importing file\n"
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

/* Runs code (taken) with os.Args from args[0 .. nargs). */
static int run_code(Bytecode *code, const char *display, const Flags *flags, int nargs, char **args)
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

/* Does the file begin with "FXYB"?  (A quiet look: a missing file is
 * load_program's error to report.) */
static bool starts_as_bundle(const char *path)
{
    /* Only a regular file: a pipe (gomini's /dev/fd/4) cannot be read twice. */
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    FILE *f = fopen(path, "rb");
    char magic[4];
    bool yes = f && fread(magic, 1, 4, f) == 4 && bundle_is_data(magic, 4);
    if (f)
        fclose(f);
    return yes;
}

/* Bundle data (SPEC.md §5): its main program, run with os.Args. */
static int run_bundle(const Buf *data, const char *display, const Flags *flags, int nargs, char **args)
{
    char why[256];
    Buf main_json;
    if (!bundle_main(data->data, data->len, &main_json, why, sizeof why)) {
        fail_msg("%s: %s", display, why);
        buf_free(&main_json);
        return EXIT_INPUT;
    }
    Bytecode code;
    bool ok = bytecode_read(main_json.data, main_json.len, display, &code);
    buf_free(&main_json);
    if (!ok)
        return EXIT_INPUT;
    return run_code(&code, display, flags, nargs, args);
}

int main(int argc, char **argv)
{
    gomini_progname = "govm";
    /* A bundle appended to this very file runs before any argument is
     * read: they are all the script's (os.Args is argv0 and them). */
    char why[256];
    Buf bundle;
    int found = bundle_find("/proc/self/exe", &bundle, why, sizeof why);
    if (found < 0) {
        fail_msg("%s", why);
        return EXIT_INPUT;
    }
    if (found > 0) {
        Flags none = {0};
        int st = run_bundle(&bundle, argv[0], &none, argc, argv);
        buf_free(&bundle);
        return st;
    }
    Flags flags = {.libdirs = xcalloc((size_t)argc, sizeof *flags.libdirs)};
    int i, done = parse_flags(argc, argv, &flags, &i);
    if (done >= 0) {
        free(flags.libdirs);
        return done;
    }
    const char *path = argv[i];
    /* A bundle file (gomini -c's app.gmb) runs as its main program. */
    if (starts_as_bundle(path)) {
        Buf data;
        buf_init(&data);
        int st = EXIT_INPUT;
        if (file_read_all(path, GOMINI_MAX_STAGE_BYTES, &data))
            st = run_bundle(&data, file_display_name(path), &flags, argc - i, argv + i);
        buf_free(&data);
        free(flags.libdirs);
        return st;
    }
    Bytecode code;
    if (!load_program(path, (const char *const *)flags.libdirs, flags.nlibdirs, &code)) {
        free(flags.libdirs);
        return EXIT_INPUT;
    }
    free(flags.libdirs);
    /* os.Args: the program's file, then what follows it. */
    return run_code(&code, file_display_name(path), &flags, argc - i, argv + i);
}
