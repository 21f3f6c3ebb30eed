/* fuzz_bytecode.c - libFuzzer target: any bytes as a go-mini-bytecode
 * file.  The reader must refuse or accept it without crashing, and what
 * it accepts must run (a bounded number of steps, in a bounded heap)
 * without ever crashing: that is the verifier's promise.
 * Build and run with `make fuzz` (needs clang). */
#include <stdio.h>

#include "vm.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static FILE *null;
    if (!null)
        null = fopen("/dev/null", "w");
    FILE *saved = stderr;
    Bytecode b;
    fflush(stderr);
    if (bytecode_read(data, size, "fuzz.json", &b)) {
        VM vm;
        vm_init(&vm, &b);
        vm.out = vm.err = null ? null : saved;
        if (!vm_bind(&vm, "fuzz.json")) {
            vm_free(&vm);
            bytecode_free(&b);
            return 0;
        }
        vm.max_steps = 20000;
        vm.no_files = true;   /* a mutated program must not write or remove files */
        vm.no_sleep = true;   /* nor sleep past the fuzzer's time limit */
        vm.slow = true;
        vm.heap_limit = 16u << 20;
        (void)vm_run(&vm);
        vm_free(&vm);
        bytecode_free(&b);
    }
    return 0;
}
