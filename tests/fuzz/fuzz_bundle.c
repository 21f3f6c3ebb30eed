/* fuzz_bundle.c - libFuzzer target: any bytes as bundle data (what
 * follows govm in a bundled executable, or a .gmb file).  The bundle
 * reader, the loader of its programs and packages, and the lookup of
 * its embedded files must refuse or accept them without crashing, and
 * every embedded file they accept must lie within the data (each byte
 * is read, so AddressSanitizer sees one that does not).  Build and run
 * with `make fuzz` (needs clang). */
#include <stdio.h>

#include "bundle.h"
#include "load.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void load_one(const BundleProgram *p)
{
    char why[512];
    Bytecode b;
    if (load_bundled(p, "fuzz.gmb", &b, why, sizeof why))
        bytecode_free(&b);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char why[512];
    Bundle b = {0};
    if (bundle_load(data, size, &b, why, sizeof why)) {
        if (b.ncommands)
            for (uint32_t i = 0; i < b.ncommands; i++)
                load_one(&b.commands[i]);
        else
            load_one(&b.program);
        volatile unsigned sum = 0;
        if (!bundle_index(&b, why, sizeof why))
            b.nfiles = 0;
        for (uint32_t i = 0; i < b.nfiles; i++) {
            for (uint64_t k = 0; k < b.files[i].size; k++)
                sum += b.files[i].data[k];
            (void)bundle_file(&b, b.files[i].key);
            (void)bundle_is_dir(&b, b.files[i].key);
        }
        (void)bundle_is_dir(&b, "a");
        (void)sum;
    }
    bundle_free(&b);
    return 0;
}
