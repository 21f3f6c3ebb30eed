/* stack.c - a big C stack for deep recursive walks (see stack.h). */
#include "stack.h"

#include "ast.h"

#include <pthread.h>
#include <string.h>

typedef struct StackCall {
    void (*fn)(void *);
    void *arg;
} StackCall;

static void *call_on_thread(void *p)
{
    StackCall *call = p;
    call->fn(call->arg);
    return NULL;
}

bool stack_run(size_t size, void (*fn)(void *), void *arg)
{
    size *= STACK_SANITIZER_FACTOR;
    pthread_attr_t attr;
    pthread_t thread;
    StackCall call = {fn, arg};
    int err = pthread_attr_init(&attr);
    if (!err)
        err = pthread_attr_setstacksize(&attr, size);
    if (!err)
        err = pthread_create(&thread, &attr, call_on_thread, &call);
    pthread_attr_destroy(&attr);
    if (err) {
        fail_msg("cannot make a %zu MiB stack: %s", size >> 20, strerror(err));
        return false;
    }
    pthread_join(thread, NULL);
    return true;
}

bool stack_run_for_input(size_t input_bytes, size_t per_level, void (*fn)(void *), void *arg)
{
    size_t levels = input_bytes / 4 + 1;
    if (levels > AST_MAX_DEPTH)
        levels = AST_MAX_DEPTH;
    /* The main thread's stack is 8 MiB by default: a quarter of it is
     * left for what is below the walk. */
    if (levels * per_level * STACK_SANITIZER_FACTOR <= (size_t)2 << 20) {
        fn(arg);
        return true;
    }
    return stack_run((size_t)AST_MAX_DEPTH * per_level, fn, arg);
}
