/* lib_sync.c - sync's WaitGroup, Mutex, RWMutex and Once over govm's
 * scheduler (docs/tasks-design.md).  Each value's one field holds a
 * SyncState, made on first use.  A call that must wait parks the task
 * on it and returns VM_SWITCH, and the loop runs the next ready task;
 * the call that frees the way hands it over (a Mutex's lock goes to the
 * first waiter, which holds it when it runs again). */
#include "natives.h"

#include <stdlib.h>

static SyncState *sync_state(VM *vm, Value v)
{
    Agg *o = agg_arg(v, 1);
    if (!o || agg_cls(o, 0) != BC_REF || (o->v[0].p && ((GcHeader *)o->v[0].p)->kind != GC_SYNC))
        return NULL;
    if (!o->v[0].p) {
        gc_protect(vm, o);
        SyncState *st = gc_alloc(vm, GC_SYNC, sizeof *st);
        gc_unprotect(vm, 1);
        st->count = 0;
        st->locked = false;
        st->waiters = NULL;
        o->v[0].p = st;
    }
    return o->v[0].p;
}

#define STATE(st)                                                                       \
    SyncState *st = sync_state(vm, ARG(0));                                             \
    if (!st)                                                                            \
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference")

/* The running task waits on st; it runs again when handed the way. */
static int wait_on(VM *vm, SyncState *st, bool writer, const char *name)
{
    if (vm->ncalls > 0) {
        fflush(vm->out);
        fprintf(vm->err, "fatal error: a task cannot wait (%s) inside a deferred call or a callback from native "
                         "code: govm does not support that yet\n", name);
        return 2;
    }
    SyncWaiter *w = xmalloc(sizeof *w), **q = &st->waiters;
    *w = (SyncWaiter){vm->current, writer, NULL};
    while (*q)
        q = &(*q)->next;
    *q = w;
    vm->current->waiting = "semacquire";   /* as Go's traceback names it */
    return VM_SWITCH;
}

static Task *wake_first(VM *vm, SyncState *st)
{
    while (st->waiters && st->waiters->task->canceling) {
        SyncWaiter *gone = st->waiters;   /* a canceled task waits no more */
        st->waiters = gone->next;
        free(gone);
    }
    SyncWaiter *w = st->waiters;
    if (!w)
        return NULL;
    st->waiters = w->next;
    Task *t = w->task;
    free(w);
    task_make_ready(vm, t);
    return t;
}

/* Go's fatal errors here cannot be recovered: the run ends, status 2. */
static NORETURN void sync_fatal(VM *vm, const char *msg)
{
    fflush(vm->out);
    fprintf(vm->err, "fatal error: %s\n", msg);
    Buf b;
    buf_init(&b);
    vm_traceback_of(vm, &vm->run, vm->current ? vm->current->id : 1, "running", &b);
    fwrite(b.data, 1, b.len, vm->err);
    buf_free(&b);
    longjmp(vm->fatal, 1);
}

/* ==== WaitGroup ======================================================= */

static int wg_add(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    st->count += ARG(1).i;
    if (st->count < 0)
        return nat_panic(vm, "sync: negative WaitGroup counter");
    if (st->count == 0)
        while (wake_first(vm, st))
            ;
    return 0;
}

static int wg_done(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (--st->count < 0)
        return nat_panic(vm, "sync: negative WaitGroup counter");
    if (st->count == 0)
        while (wake_first(vm, st))
            ;
    return 0;
}

static int wg_wait(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    return st->count == 0 ? 0 : wait_on(vm, st, false, "sync.WaitGroup.Wait");
}

/* ==== Mutex =========================================================== */

static int mu_lock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (!st->locked) {
        st->locked = true;
        return 0;
    }
    return wait_on(vm, st, true, "sync.Mutex.Lock");
}

static int mu_try_lock(VM *vm, size_t at, uint32_t nargs)
{
    STATE(st);
    RES(0).u = !st->locked;
    st->locked = true;
    return 0;
}

static int mu_unlock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (!st->locked)
        sync_fatal(vm, "sync: unlock of unlocked mutex");
    /* The lock passes to the first waiter, or is free. */
    if (!wake_first(vm, st))
        st->locked = false;
    return 0;
}

/* ==== RWMutex: count is the number of readers ========================== */

static int rw_lock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (!st->locked && st->count == 0) {
        st->locked = true;
        return 0;
    }
    return wait_on(vm, st, true, "sync.RWMutex.Lock");
}

static int rw_rlock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    /* A waiting writer goes first, so writers are not starved. */
    if (!st->locked && !st->waiters) {
        st->count++;
        return 0;
    }
    return wait_on(vm, st, false, "sync.RWMutex.RLock");
}

/* The way is free: the first waiter, a writer alone or the readers at
 * the front together, gets it. */
static void rw_hand_over(VM *vm, SyncState *st)
{
    if (!st->waiters || st->locked || st->count > 0)
        return;
    if (st->waiters->writer) {
        st->locked = true;
        wake_first(vm, st);
        return;
    }
    while (st->waiters && !st->waiters->writer) {
        st->count++;
        wake_first(vm, st);
    }
}

static int rw_unlock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (!st->locked)
        sync_fatal(vm, "sync: Unlock of unlocked RWMutex");
    st->locked = false;
    rw_hand_over(vm, st);
    return 0;
}

static int rw_runlock(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (st->count <= 0)
        sync_fatal(vm, "sync: RUnlock of unlocked RWMutex");
    st->count--;
    rw_hand_over(vm, st);
    return 0;
}

/* ==== Once ============================================================ */

static int once_do(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    STATE(st);
    if (st->locked)
        return 0;
    st->locked = true;   /* done, even if f panics, as Go's Once */
    Value res;
    return vm_call_closure(vm, ARG(1).p, NULL, 0, &res, 0, "");
}

const NativeDef natives_sync[] = {
    {"sync.(*WaitGroup).Add", "PR", "", wg_add},
    {"sync.(*WaitGroup).Done", "P", "", wg_done},
    {"sync.(*WaitGroup).Wait", "P", "", wg_wait},
    {"sync.(*Mutex).Lock", "P", "", mu_lock},
    {"sync.(*Mutex).Unlock", "P", "", mu_unlock},
    {"sync.(*Mutex).TryLock", "P", "R", mu_try_lock},
    {"sync.(*RWMutex).Lock", "P", "", rw_lock},
    {"sync.(*RWMutex).Unlock", "P", "", rw_unlock},
    {"sync.(*RWMutex).RLock", "P", "", rw_rlock},
    {"sync.(*RWMutex).RUnlock", "P", "", rw_runlock},
    {"sync.(*Once).Do", "PP", "", once_do},
    {NULL, NULL, NULL, NULL},
};
