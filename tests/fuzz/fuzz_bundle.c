/* fuzz_bundle.c - libFuzzer target: any bytes as bundle data (what
 * follows govm in a bundled executable, or a .gmb file).  The bundle
 * reader and then the bytecode reader must refuse or accept them
 * without crashing.  Build and run with `make fuzz` (needs clang). */
#include <stdio.h>

#include "bundle.h"
#include "bytecode.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    char why[256];
    Buf main_json;
    if (bundle_main(data, size, &main_json, why, sizeof why)) {
        Bytecode b;
        if (bytecode_read(main_json.data, main_json.len, "fuzz.gmb", &b))
            bytecode_free(&b);
    }
    buf_free(&main_json);
    return 0;
}
