/* gobundle - bytecode in, a self-contained executable (or a bundle
 * file) out (SPEC.md §5, docs/bundle-design.md):
 *     gobundle [-o OUT] [--host PATH] [-c] MAIN.json
 * The executable is [host govm][bundle data][size, 8 bytes LE]["FXYS"];
 * the bundle data is "FXYB", version 2, and a JSON manifest whose main
 * is the program's bytecode.  With -c only the bundle data is written
 * (for `govm app.gmb`).  Packages, resources and commands are the next
 * steps of the plan. */
#include "common.h"
#include "fileio.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *out)
{
    fprintf(out, "usage: gobundle [-o OUT] [--host PATH] [-c] MAIN.json\n");
}

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "gobundle: %s%s\n", msg, arg ? arg : "");
    usage(stderr);
    return EXIT_USAGE;
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

/* The host's bytes without a bundle it may already carry, so that
 * packing twice gives the same file. */
static size_t host_length(const Buf *host)
{
    if (host->len < 12 || memcmp(host->data + host->len - 4, "FXYS", 4) != 0)
        return host->len;
    uint64_t size = 0;
    for (int i = 7; i >= 0; i--)
        size = size << 8 | host->data[host->len - 12 + (size_t)i];
    return size <= host->len - 12 ? host->len - 12 - (size_t)size : host->len;
}

int main(int argc, char **argv)
{
    gomini_progname = "gobundle";
    const char *out = NULL, *input = NULL;
    char *host_path = NULL;
    bool data_only = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            printf("\nPacks a program's bytecode (from gocodegen) into a self-contained executable:\n"
                   "a copy of govm with the bundle appended.\n\n"
                   "  -o OUT         the output (default: MAIN without .json)\n"
                   "  --host PATH    the govm to copy (default: the govm beside gobundle)\n"
                   "  -c             write the bundle data alone (run it with govm OUT)\n");
            free(host_path);
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("gobundle (gomini) %s\n", GOMINI_VERSION);
            free(host_path);
            return EXIT_OK;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--host") == 0) {
            if (i + 1 >= argc) {
                free(host_path);
                return usage_error("flag needs an argument: ", a);
            }
            if (a[1] == 'o') {
                out = argv[++i];
            } else {
                free(host_path);
                host_path = xstrdup(argv[++i]);
            }
        } else if (strcmp(a, "-c") == 0) {
            data_only = true;
        } else if (a[0] == '-' && a[1]) {
            free(host_path);
            return usage_error("unknown flag: ", a);
        } else if (input) {
            free(host_path);
            return usage_error("one bytecode file only (packages in a bundle are not built yet): ", a);
        } else {
            input = a;
        }
    }
    if (!input) {
        free(host_path);
        return usage_error("no bytecode file given", NULL);
    }
    /* The main program: a bytecode document, as JSON. */
    json_error_t err;
    json_t *doc = json_load_file(input, 0, &err);
    if (!doc && err.line > 0) {
        fail_msg("%s:%d:%d: not a go-mini-bytecode file: %s", input, err.line, err.column, err.text);
        free(host_path);
        return EXIT_INPUT;
    }
    if (!doc || !json_is_object(doc)) {
        fail_msg("%s: not a go-mini-bytecode file: %s", input, doc ? "not an object" : err.text);
        json_decref(doc);
        free(host_path);
        return EXIT_INPUT;
    }
    json_t *format = json_object_get(doc, "format");
    if (!json_is_string(format) || strcmp(json_string_value(format), "go-mini-bytecode") != 0) {
        fail_msg("%s: not a go-mini-bytecode file (its format is not go-mini-bytecode)", input);
        json_decref(doc);
        free(host_path);
        return EXIT_INPUT;
    }
    json_t *manifest = json_pack("{s:O}", "main", doc);
    char *text = json_dumps(manifest, JSON_COMPACT);
    json_decref(manifest);
    json_decref(doc);
    Buf data;
    buf_init(&data);
    buf_append(&data, "FXYB\002", 5);
    buf_puts(&data, text);
    free(text);
    char *deflt = NULL;
    if (!out) {
        /* app.json -> app (or app.gmb for -c) */
        size_t n = strlen(input);
        deflt = xmalloc(n + 5);
        memcpy(deflt, input, n + 1);
        if (n > 5 && strcmp(deflt + n - 5, ".json") == 0)
            deflt[n - 5] = '\0';
        if (data_only)
            strcat(deflt, ".gmb");
        out = deflt;
    }
    Buf file;
    buf_init(&file);
    int status = EXIT_OK;
    if (file_is_same(input, out)) {
        fail_msg("%s: the output would overwrite an input", out);
        status = EXIT_USAGE;
    }
    if (status == EXIT_OK && !data_only) {
        if (!host_path)
            host_path = default_host();
        Buf host;
        buf_init(&host);
        if (!file_read_all(host_path, (size_t)1 << 30, &host)) {
            buf_free(&host);
            status = EXIT_INPUT;
        } else {
            buf_append(&file, host.data, host_length(&host));
            buf_free(&host);
        }
    }
    if (status == EXIT_OK) {
        buf_append(&file, data.data, data.len);
        if (!data_only) {
            unsigned char foot[12];
            uint64_t size = data.len;
            for (int i = 0; i < 8; i++)
                foot[i] = (unsigned char)(size >> (8 * i));
            memcpy(foot + 8, "FXYS", 4);
            buf_append(&file, foot, 12);
        }
        if (!file_write_atomic(out, file.data, file.len))
            status = EXIT_INPUT;
        else if (!data_only && chmod(out, 0755) != 0) {
            fail_msg("%s: %s", out, strerror(errno));
            status = EXIT_INPUT;
        }
    }
    buf_free(&file);
    buf_free(&data);
    free(deflt);
    free(host_path);
    return status;
}
