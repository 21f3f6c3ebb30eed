/* gobundle - bytecode in, a self-contained executable (or a bundle
 * file) out (SPEC.md §5; the format is docs/formats.md's):
 *     gobundle [-o OUT] [--host PATH] [-c] [--up] [-L DIR]... [--embed SPEC]... MAIN.json...
 * One MAIN makes a single-command bundle; several make one command
 * each, named after its file.  The packages each imports are found as
 * govm finds them and packed too.  Flags, the commands and the summary
 * are here; embed.c expands --embed and pack.c writes the bundle. */
#include "common.h"
#include "embed.h"
#include "fileio.h"
#include "pack.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: gobundle [-o OUT] [--host PATH] [-c] [--up] [-v] [-L DIR]... [--embed SPEC]... MAIN.json...\n");
}

static void help(void)
{
    usage(stdout);
    printf("\nPacks programs' bytecode (from gocodegen) into a self-contained executable: a\n"
           "copy of govm with the bundle appended.  The packages each program imports are\n"
           "packed too, found beside the importing file (PATH.json), then in each -L DIR.\n"
           "Several MAIN files make a multi-command executable, one command per file,\n"
           "named after it (api.json is the command api).\n\n"
           "  -o OUT         the output (default: the first MAIN without .json)\n"
           "  --host PATH    the govm to copy (default: the govm beside gobundle)\n"
           "  -c             write the bundle data alone, OUT.gmb (run it with govm OUT.gmb)\n"
           "  --up           the executable is plain govm unless its first argument names a\n"
           "                 command (no dispatch by its own name)\n"
           "  --embed SPEC   embed files the programs read with os.ReadFile, os.Open, os.Stat\n"
           "                 and os.ReadDir: files, directories (recursively) and globs,\n"
           "                 comma-separated; DIR@ALIAS@ names DIR's files ALIAS/..., DIR@.@\n"
           "                 strips DIR, DIR@.@PATTERN keeps the names that match\n"
           "  -v             print what was written\n"
           "  --help, --version\n\n"
           "Exit status: 0, 1 for an input that cannot be packed, 64 usage error.\n");
}

/* Flags and inputs; the arrays are malloc'd. */
typedef struct Args {
    const char *out, *host;
    bool data_only, up, verbose;
    const char **mains, **libdirs, **embeds;
    uint32_t nmains, nlibdirs, nembeds;
} Args;

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "gobundle: %s%s\n", msg, arg ? arg : "");
    usage(stderr);
    return EXIT_USAGE;
}

/* -1 to go on, or the exit status. */
static int parse_args(int argc, char **argv, Args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            help();
            return EXIT_OK;
        } else if (strcmp(s, "--version") == 0) {
            printf("gobundle (gomini) %s\n", GOMINI_VERSION);
            return EXIT_OK;
        } else if (strcmp(s, "-o") == 0 || strcmp(s, "--host") == 0 || strcmp(s, "-L") == 0 ||
                   strcmp(s, "--embed") == 0) {
            if (i + 1 >= argc)
                return usage_error("flag needs an argument: ", s);
            const char *v = argv[++i];
            if (s[1] == 'o')
                a->out = v;
            else if (s[1] == 'L')
                a->libdirs[a->nlibdirs++] = v;
            else if (s[2] == 'h')
                a->host = v;
            else
                a->embeds[a->nembeds++] = v;
        } else if (strncmp(s, "--embed=", 8) == 0) {
            a->embeds[a->nembeds++] = s + 8;
        } else if (strncmp(s, "--host=", 7) == 0) {
            a->host = s + 7;
        } else if (strcmp(s, "-c") == 0) {
            a->data_only = true;
        } else if (strcmp(s, "--up") == 0) {
            a->up = true;
        } else if (strcmp(s, "-v") == 0) {
            a->verbose = true;
        } else if (s[0] == '-' && s[1]) {
            return usage_error("unknown flag: ", s);
        } else {
            a->mains[a->nmains++] = s;
        }
    }
    if (!a->nmains)
        return usage_error("no bytecode file given", NULL);
    if (a->data_only && a->host)
        return usage_error("-c writes no host: drop --host or -c", NULL);
    return -1;
}

/* The govm beside this gobundle (bin/govm for bin/gobundle). */
static char *default_host(void)
{
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return xstrdup("govm");
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    if (slash)
        slash[1] = '\0';
    size_t len = strlen(self) + 8;
    char *p = xmalloc(len);
    snprintf(p, len, "%sgovm", slash ? self : "");
    return p;
}

/* A command name a user can type, and that govm's dispatch can reach:
 * not empty, not "$" (the plain tool), not a flag. */
static bool check_command_name(const char *main, const char *name)
{
    if (!name[0] || strcmp(name, "$") == 0 || name[0] == '-' || name[0] == '.' || strchr(name, '/')) {
        fail_msg("%s: cannot make a command named \"%s\" (name the file otherwise)", main, name);
        return false;
    }
    return true;
}

/* The manifest's programs: main's, or one command per main file. */
static json_t *build_manifest(const Args *a, uint32_t *npackages)
{
    *npackages = 0;
    bool commands = a->nmains > 1 || a->up;
    json_t *cmds = json_object();
    json_t *single = NULL;
    for (uint32_t i = 0; i < a->nmains; i++) {
        uint32_t n;
        char *name = pack_command_name(a->mains[i]);
        if (commands && !check_command_name(a->mains[i], name)) {
            free(name);
            json_decref(cmds);
            return NULL;
        }
        for (uint32_t j = 0; j < i && commands; j++) {
            char *other = pack_command_name(a->mains[j]);
            bool dup = strcmp(name, other) == 0;
            free(other);
            if (dup) {
                fail_msg("two commands named %s: %s and %s", name, a->mains[j], a->mains[i]);
                free(name);
                json_decref(cmds);
                return NULL;
            }
        }
        json_t *prog = pack_program(a->mains[i], a->libdirs, a->nlibdirs, &n);
        if (!prog) {
            free(name);
            json_decref(cmds);
            return NULL;
        }
        *npackages += n;
        if (commands)
            json_object_set_new(cmds, name, prog);
        else
            single = prog;
        free(name);
    }
    if (!commands) {
        json_decref(cmds);
        return single;
    }
    json_t *m = json_pack("{s:o}", "commands", cmds);
    if (a->up)
        json_object_set_new(m, "up", json_true());
    return m;
}

/* "1.2 MB", as a person reads a size (decimal units, as ls -h --si). */
static void print_size(size_t n)
{
    if (n < 1000)
        printf("%zu B", n);
    else if (n < 1000 * 1000)
        printf("%.1f kB", (double)n / 1000);
    else
        printf("%.1f MB", (double)n / (1000 * 1000));
}

static void print_summary(const Args *a, const char *out, size_t size, uint32_t npackages, size_t nfiles)
{
    printf("%s: %s (", a->data_only ? "Wrote" : "Built", out);
    print_size(size);
    if (a->nmains > 1 || a->up)
        printf(", %u command%s", a->nmains, a->nmains == 1 ? "" : "s");
    printf(", %u package%s", npackages, npackages == 1 ? "" : "s");
    if (nfiles)
        printf(", %zu embedded file%s", nfiles, nfiles == 1 ? "" : "s");
    printf(")\n");
}

/* The first MAIN without .json (and with .gmb for -c); into dir, if
 * -o names a directory, as go build -o DIR/ does. */
static char *default_output(const Args *a, const char *dir)
{
    const char *first = a->mains[0];
    if (dir) {
        const char *slash = strrchr(first, '/');
        first = slash ? slash + 1 : first;
    }
    size_t n = strlen(first), d = dir ? strlen(dir) + 1 : 0;
    char *out = xmalloc(d + n + 5);
    snprintf(out, d + n + 5, "%s%s%s", dir ? dir : "", dir ? "/" : "", first);
    if (n > 5 && strcmp(out + d + n - 5, ".json") == 0)
        out[d + n - 5] = '\0';
    if (a->data_only)
        strcat(out, ".gmb");
    return out;
}

static int bundle(const Args *a)
{
    struct stat st;
    bool into_dir = a->out && stat(a->out, &st) == 0 && S_ISDIR(st.st_mode);
    char *deflt = a->out && !into_dir ? NULL : default_output(a, into_dir ? a->out : NULL);
    const char *out = deflt ? deflt : a->out;
    for (uint32_t i = 0; i < a->nmains; i++)
        if (file_is_same(a->mains[i], out)) {
            fail_msg("%s: the output would overwrite an input", out);
            free(deflt);
            return EXIT_USAGE;
        }
    EmbedList files = {0};
    int status = EXIT_INPUT;
    bool ok = true;
    for (uint32_t i = 0; ok && i < a->nembeds; i++)
        ok = embed_add(&files, a->embeds[i]);
    ok = ok && embed_finish(&files, out);
    uint32_t npackages;
    json_t *manifest = ok ? build_manifest(a, &npackages) : NULL;
    if (manifest) {
        char *host = a->data_only ? NULL : a->host ? xstrdup(a->host) : default_host();
        size_t size;
        if (pack_write(out, host, manifest, &files, &size)) {
            status = EXIT_OK;
            if (a->verbose)
                print_summary(a, out, size, npackages, files.n);
        }
        free(host);
    }
    embed_free(&files);
    free(deflt);
    return status;
}

int main(int argc, char **argv)
{
    gomini_progname = "gobundle";
    size_t n = (size_t)argc + 1;
    Args a = {.mains = xcalloc(n, sizeof(char *)), .libdirs = xcalloc(n, sizeof(char *)),
              .embeds = xcalloc(n, sizeof(char *))};
    int status = parse_args(argc, argv, &a);
    if (status < 0)
        status = bundle(&a);
    free(a.mains);
    free(a.libdirs);
    free(a.embeds);
    return status;
}
