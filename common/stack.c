/* stack.c - a big C stack for deep recursive walks (see stack.h). */
#include "stack.h"

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
