/* path_test.c - path_clean against Go's path.Clean (the expected
 * results are what Go 1.19 prints for each), and path_import_key, the
 * rule by which gobundle keys a bundle's packages and govm finds them. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "fileio.h"

static int checks;
#define CHECK(x) (assert(x), checks++)

static void clean_is(const char *in, const char *want)
{
    char out[256];
    CHECK(path_clean(in, strlen(in), out, sizeof out));
    if (strcmp(out, want) != 0)
        fprintf(stderr, "path_clean(%s) = %s, want %s\n", in, out, want);
    CHECK(strcmp(out, want) == 0);
}

static void key_is(const char *imp, const char *want)
{
    char out[256];
    CHECK(path_import_key(imp, out, sizeof out));
    if (strcmp(out, want) != 0)
        fprintf(stderr, "path_import_key(%s) = %s, want %s\n", imp, out, want);
    CHECK(strcmp(out, want) == 0);
}

int main(void)
{
    /* Go's own path.Clean table, in part. */
    static const char *const cases[][2] = {
        {"", "."}, {"abc", "abc"}, {"abc/def", "abc/def"}, {"a/b/c", "a/b/c"}, {".", "."}, {"..", ".."},
        {"../..", "../.."}, {"../../abc", "../../abc"}, {"/abc", "/abc"}, {"/", "/"}, {"abc/", "abc"},
        {"abc/def/", "abc/def"}, {"a/b/c/", "a/b/c"}, {"./", "."}, {"../", ".."}, {"../../", "../.."},
        {"/abc/", "/abc"}, {"abc//def//ghi", "abc/def/ghi"}, {"//abc", "/abc"}, {"///abc", "/abc"},
        {"//abc//", "/abc"}, {"abc//", "abc"}, {"abc/./def", "abc/def"}, {"/./abc/def", "/abc/def"},
        {"abc/.", "abc"}, {"abc/def/ghi/../jkl", "abc/def/jkl"}, {"abc/def/../ghi/../jkl", "abc/jkl"},
        {"abc/def/..", "abc"}, {"abc/def/../..", "."}, {"/abc/def/../..", "/"}, {"abc/def/../../..", ".."},
        {"/abc/def/../../..", "/"}, {"abc/def/../../../ghi/jkl/../../../mno", "../../mno"},
        {"abc/./../def", "def"}, {"abc//./../def", "def"}, {"abc/../../././../def", "../../def"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        clean_is(cases[i][0], cases[i][1]);
    char small[4];
    CHECK(!path_clean("abcdef", 6, small, sizeof small));

    /* Bytecode's imports are canonical (from main's directory). */
    key_is("./util", "util");
    key_is("../shared", "../shared");
    key_is("./util/inner", "util/inner");
    key_is("mylib", "mylib");
    key_is(".//a/./b/", "a/b");
    printf("path_test: %d checks passed\n", checks);
    return 0;
}
