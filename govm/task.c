/* task.c - govm's tasks and their scheduler (docs/tasks-design.md).
 *
 * Tasks run one at a time on the one thread.  The running task's state
 * is VM.run; a switch saves it into the Task and loads the next one's.
 * The run queue is FIFO: a task that used up its time slice, or that
 * something woke, goes to its back. */
#include "natives.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void free_state(TaskState *st)
{
    free(st->stack);
    free(st->frames);
    buf_free(&st->panic_trace);
    memset(st, 0, sizeof *st);
}

/* An ended task's state: its buffers kept for the next task, if there
 * is room among the spares. */
static void retire_state(VM *vm, TaskState *st)
{
    if (vm->nspare < sizeof vm->spare / sizeof vm->spare[0] && st->stack && st->frames) {
        vm->spare[vm->nspare].stack = st->stack;
        vm->spare[vm->nspare].stack_cap = st->stack_cap;
        vm->spare[vm->nspare].frames = st->frames;
        vm->spare[vm->nspare].frame_cap = st->frame_cap;
        vm->nspare++;
        st->stack = NULL;
        st->frames = NULL;
    }
    free_state(st);
}

void task_free_spares(VM *vm)
{
    while (vm->nspare > 0) {
        vm->nspare--;
        free(vm->spare[vm->nspare].stack);
        free(vm->spare[vm->nspare].frames);
    }
}

/* The slow path of the loop counts the time slice while another task
 * is ready (and serves --trace and --max-steps, as before). */
static void update_slow(VM *vm)
{
    vm->slow = vm->trace || vm->max_steps || vm->ready || vm->sleepers;
}

int64_t task_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void add_sleeper(VM *vm, Sleeper *z)
{
    Sleeper **q = &vm->sleepers;
    while (*q && (*q)->at <= z->at)
        q = &(*q)->next;
    z->next = *q;
    *q = z;
    update_slow(vm);
}

int task_sleep(VM *vm, int64_t ns)
{
    if (vm->no_sleep)
        ns = ns > 0 ? 1 : 0;
    if (ns <= 0)
        return 0;
    if (vm->ncalls > 0) {
        /* Under a native's call the task cannot be set aside: the whole
         * VM sleeps, as before there were tasks. */
        struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
        return 0;
    }
    Sleeper *z = xmalloc(sizeof *z);
    *z = (Sleeper){task_now() + ns, vm->current, NULL, {0}, NULL};
    add_sleeper(vm, z);
    vm->current->waiting = "sleep";
    return VM_SWITCH;
}

void task_add_timer(VM *vm, int64_t at, Chan *c, Value v)
{
    if (vm->no_sleep)
        at = task_now();
    Sleeper *z = xmalloc(sizeof *z);
    *z = (Sleeper){at, NULL, c, v, NULL};
    add_sleeper(vm, z);
}

/* Wakes the sleepers whose time has come and fires the timers due;
 * with wait, when nothing is ready, first sleeps until the next one. */
static void wake_due(VM *vm, bool wait)
{
    if (!vm->sleepers)
        return;
    int64_t now = task_now();
    if (wait && !vm->ready && vm->sleepers->at > now) {
        fflush(vm->out);
        int64_t d = vm->sleepers->at - now;
        struct timespec ts = {(time_t)(d / 1000000000), (long)(d % 1000000000)};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
            ;
        now = task_now();
    }
    while (vm->sleepers && vm->sleepers->at <= now) {
        Sleeper *z = vm->sleepers;
        vm->sleepers = z->next;
        if (z->task && !z->task->canceling)
            task_make_ready(vm, z->task);
        else
            (void)chan_send(vm, z->chan, z->v);   /* its one slot is free: never waits */
        free(z);
    }
    update_slow(vm);
}

static void link_task(VM *vm, Task *t)
{
    t->all_prev = NULL;
    t->all_next = vm->tasks;
    if (vm->tasks)
        vm->tasks->all_prev = t;
    vm->tasks = t;
}

static void unlink_task(VM *vm, Task *t)
{
    if (t->all_prev)
        t->all_prev->all_next = t->all_next;
    else if (vm->tasks == t)
        vm->tasks = t->all_next;
    if (t->all_next)
        t->all_next->all_prev = t->all_prev;
    t->all_next = t->all_prev = NULL;
}

static Task *new_task(VM *vm)
{
    Task *t = gc_alloc(vm, GC_TASK, sizeof *t);
    memset((char *)t + sizeof t->h, 0, sizeof *t - sizeof t->h);
    buf_init(&t->st.panic_trace);
    t->id = vm->next_task_id++;
    link_task(vm, t);
    return t;
}

void task_init_main(VM *vm)
{
    if (vm->main_task)
        return;
    vm->next_task_id = 1;
    vm->main_task = vm->current = new_task(vm);
    vm->budget = VM_TIME_SLICE;
}

void task_make_ready(VM *vm, Task *t)
{
    t->waiting = NULL;
    t->next = NULL;
    if (vm->ready_tail)
        vm->ready_tail->next = t;
    else
        vm->ready = t;
    vm->ready_tail = t;
    update_slow(vm);
}

static void wake_awaiters(VM *vm, Task *t)
{
    while (t->awaiters) {
        SyncWaiter *w = t->awaiters;
        t->awaiters = w->next;
        if (!w->task->canceling)
            task_make_ready(vm, w->task);
        free(w);
    }
}

bool task_done(const Task *t)
{
    return t->status >= TS_SUCCEEDED;
}

/* A canceled task's end, at what would have been its next turn: its
 * state goes, its awaiters see context canceled. */
static void end_canceled(VM *vm, Task *t)
{
    free_state(&t->st);
    t->status = TS_CANCELED;
    t->waiting = NULL;
    unlink_task(vm, t);
    wake_awaiters(vm, t);
}

static Task *take_ready(VM *vm)
{
    for (;;) {
        Task *t = vm->ready;
        if (t) {
            vm->ready = t->next;
            if (!vm->ready)
                vm->ready_tail = NULL;
            t->next = NULL;
        }
        if (t && t->canceling && t != vm->main_task && t != vm->current) {
            end_canceled(vm, t);
            continue;
        }
        update_slow(vm);
        return t;
    }
}

/* The next ready task, waiting out sleepers until one wakes; NULL if
 * none is ready and none sleeps. */
static Task *next_runnable(VM *vm)
{
    Task *next = take_ready(vm);
    while (!next && vm->sleepers) {
        wake_due(vm, true);
        next = take_ready(vm);
    }
    return next;
}

void task_cancel(VM *vm, Task *t)
{
    if (task_done(t) || t == vm->main_task || t->canceling)
        return;
    t->canceling = true;
    /* Parked, it is woken now (the queues drop its waiting there); the
     * running task itself ends at its next switch. */
    if (t->waiting && t != vm->current)
        task_make_ready(vm, t);
}

Task *task_go(VM *vm, Closure *c, const Value *args, uint32_t nargs)
{
    gc_protect(vm, c);
    Task *t = new_task(vm);
    gc_unprotect(vm, 1);
    /* Its first frame, made on its own stack, as the loop makes one. */
    TaskState mine = vm->run;
    vm->run = t->st;
    if (vm->nspare > 0) {
        vm->nspare--;
        vm->run.stack = vm->spare[vm->nspare].stack;
        vm->run.stack_cap = vm->spare[vm->nspare].stack_cap;
        vm->run.frames = vm->spare[vm->nspare].frames;
        vm->run.frame_cap = vm->spare[vm->nspare].frame_cap;
    }
    if (!vm_enter(vm, c->fn, 0)) {
        t->st = vm->run;
        vm->run = mine;
        return NULL;
    }
    memcpy(vm->run.stack, args, nargs * sizeof *args);
    t->fn = c->fn;
    vm->run.frames[0].stop = true;
    vm->run.frames[0].closure = c;
    t->st = vm->run;
    vm->run = mine;
    t->report = true;   /* a go statement's, unless spawn says otherwise */
    task_make_ready(vm, t);
    return t;
}

/* t runs next: VM.run owns its state now (t->st is emptied, so that
 * nothing is freed twice). */
static void load_state(VM *vm, Task *t)
{
    if (t->status == TS_PENDING)
        t->status = TS_RUNNING;
    vm->run = t->st;
    memset(&t->st, 0, sizeof t->st);
    buf_init(&t->st.panic_trace);
    vm->current = t;
}

bool task_switch(VM *vm)
{
    Task *cur = vm->current;
    wake_due(vm, false);
    if (cur->canceling && cur != vm->main_task) {
        /* It canceled itself (or was, while it ran): it ends here. */
        retire_state(vm, &vm->run);
        cur->status = TS_CANCELED;
        cur->waiting = NULL;
        unlink_task(vm, cur);
        wake_awaiters(vm, cur);
        vm->current = NULL;
        Task *next = next_runnable(vm);
        if (!next)
            return false;
        vm->budget = VM_TIME_SLICE;
        load_state(vm, next);
        return true;
    }
    if (!cur->waiting)
        task_make_ready(vm, cur);   /* its slice is over: to the back */
    Task *next = next_runnable(vm);
    if (!next)
        return false;
    vm->budget = VM_TIME_SLICE;
    if (next == cur)
        return true;
    cur->st = vm->run;
    load_state(vm, next);
    return true;
}


void task_ended(VM *vm, int st)
{
    Task *t = vm->current;
    if (st == 0) {
        const BcFunc *f = &vm->code->funcs[t->fn];
        t->status = TS_SUCCEEDED;
        t->result = f->results == 1 && f->classes[f->params] == BC_REF ? vm->run.stack[f->params] : (Value){0};
    } else {
        t->status = TS_FAILED;
        t->failure = vm->run.panic_value;
    }
    wake_awaiters(vm, t);
}

bool task_finish(VM *vm)
{
    Task *done = vm->current;
    unlink_task(vm, done);
    retire_state(vm, &vm->run);
    wake_due(vm, false);
    Task *next = next_runnable(vm);
    if (!next) {
        vm->current = NULL;
        return false;
    }
    load_state(vm, next);
    vm->budget = VM_TIME_SLICE;
    return true;
}

void task_free(Task *t)
{
    free_state(&t->st);
    while (t->awaiters) {
        SyncWaiter *w = t->awaiters;
        t->awaiters = w->next;
        free(w);
    }
}

/* Every task is blocked: Go's fatal error, and where each one waits. */
int task_deadlock(VM *vm)
{
    fflush(vm->out);
    fputs("fatal error: all goroutines are asleep - deadlock!\n", vm->err);
    Buf b;
    buf_init(&b);
    /* By number, as Go lists them: main (1) first. */
    Task *order[64];
    size_t n = 0;
    for (Task *t = vm->tasks; t && n < 64; t = t->all_next)
        order[n++] = t;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && order[j - 1]->id > order[j]->id; j--) {
            Task *x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    for (size_t i = 0; i < n; i++) {
        const TaskState *st = order[i] == vm->current ? &vm->run : &order[i]->st;
        vm_traceback_of(vm, st, order[i]->id, order[i]->waiting ? order[i]->waiting : "running", &b);
    }
    fwrite(b.data, 1, b.len, vm->err);
    buf_free(&b);
    return 2;
}

/* ==== handles: *task.Task is a struct whose one field is the Task ==== */

void *task_handle(VM *vm, Task *t)
{
    static const uint8_t cls[] = {BC_REF};
    if (!vm->t_task_handle)
        vm->t_task_handle = nat_struct_type(vm, "task.Task", 1, cls) + 1;
    uint32_t ty = vm->t_task_handle - 1;
    gc_protect(vm, t);
    Agg *h = agg_zero(vm, &vm->types[ty]);
    gc_unprotect(vm, 1);
    h->v[0].p = t;
    return h;
}

Task *task_of_handle(VM *vm, Value h)
{
    (void)vm;
    const Agg *o = agg_arg(h, 1);
    if (!o || agg_cls(o, 0) != BC_REF || !o->v[0].p || ((GcHeader *)o->v[0].p)->kind != GC_TASK)
        return NULL;
    return o->v[0].p;
}

void task_await(VM *vm, Task *t)
{
    SyncWaiter *w = xmalloc(sizeof *w), **q = &t->awaiters;
    *w = (SyncWaiter){vm->current, false, NULL};
    while (*q)
        q = &(*q)->next;
    *q = w;
    vm->current->waiting = "task await";
}
