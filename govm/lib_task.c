/* lib_task.c - the task package (SPEC.md §3, docs/tasks-design.md):
 * a *task.Task's status and error.  spawn and await are instructions
 * (SPAWN, AWAIT); the scheduler is task.c. */
#include "natives.h"

#include <stdint.h>
#include <string.h>

#define TASK_ARG(t, i)                                                                   \
    Task *t = task_of_handle(vm, ARG(i));                                                \
    if (!t)                                                                              \
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference")

static int t_status(VM *vm, size_t at, uint32_t nargs)
{
    static const char *const words[] = {"pending", "running", "succeeded", "failed", "canceled"};
    TASK_ARG(t, 0);
    const char *w = words[t->status <= TS_CANCELED ? t->status : TS_FAILED];
    RES(0).p = nat_string(vm, w, strlen(w));
    return 0;
}

/* The error a failed task ended with (its panic's value when that is an
 * error, else "task failed: " and the value), context canceled for a
 * canceled one, nil otherwise. */
static int task_err_value(VM *vm, Task *t, Value *out)
{
    out->p = NULL;
    if (t->status == TS_CANCELED) {
        *out = nat_sentinel(vm, SENT_CONTEXT_CANCELED);
    } else if (t->status == TS_FAILED) {
        const Iface *box = iface_box(vm, t->failure);
        if (box && vm_method(vm, box->type, vm->m_error) != BC_NO_FUNC) {
            *out = t->failure;
        } else {
            Buf b;
            buf_init(&b);
            buf_puts(&b, "task failed: ");
            int st = fmt_sprintf(vm, &b, "%v", 2, &t->failure, 1, false);
            if (st != 0) {
                buf_free(&b);
                return st;
            }
            *out = nat_error(vm, (const char *)b.data, b.len);
            buf_free(&b);
        }
    }
    return 0;
}

static int t_err(VM *vm, size_t at, uint32_t nargs)
{
    TASK_ARG(t, 0);
    return task_err_value(vm, t, &RES(0));
}

static int t_cancel(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    TASK_ARG(t, 0);
    task_cancel(vm, t);
    return 0;
}

/* task.Sleep(ms): time.Sleep's, and a cancel wakes it (to end). */
static int t_sleep(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    int64_t ms = ARG(0).i;
    return task_sleep(vm, ms > INT64_MAX / 1000000 ? INT64_MAX : ms * 1000000);
}

/* ==== groups: a TaskGroup's one field is a []*task.Task ================ */

static Agg *group_arg(Value g)
{
    Agg *o = agg_arg(g, 1);
    return o && agg_cls(o, 0) == BC_REF && (!o->v[0].p || slice_of(o->v[0].p, BC_REF)) ? o : NULL;
}

static int g_new(VM *vm, size_t at, uint32_t nargs)
{
    static const uint8_t cls[] = {BC_REF};
    uint32_t t = nat_struct_type(vm, "task.TaskGroup", 1, cls);
    RES(0).p = agg_zero(vm, &vm->types[t]);
    return 0;
}

static int g_add(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Agg *g = group_arg(ARG(0));
    if (!g || !task_of_handle(vm, ARG(1)))
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    uint32_t st = nat_slice_type(vm, "[]*uint8", nat_type(vm, "*uint8", BK_POINTER));
    Slice *s = g->v[0].p;
    size_t n = slice_len(s);
    s = slice_grow(vm, &vm->types[st], s, 1);
    slice_at(s, n)->p = ARG(1).p;
    g->v[0].p = s;
    return 0;
}

/* WaitTasks: parked on the first task not yet ended, then again. */
static int g_wait(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Agg *g = group_arg(ARG(0));
    if (!g)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    for (size_t i = 0; i < slice_len(g->v[0].p); i++) {
        Task *t = task_of_handle(vm, *slice_at(g->v[0].p, i));
        if (t && !task_done(t) && t != vm->current) {
            if (vm->ncalls > 0)
                return nat_panic(vm, "task.WaitTasks cannot wait inside a deferred call or a callback from native code");
            task_await(vm, t);
            return VM_RETRY;
        }
    }
    return 0;
}

/* GroupErr: the error of the first task, in the order they were added,
 * that failed or was canceled; nil if none did. */
static int g_err(VM *vm, size_t at, uint32_t nargs)
{
    Agg *g = group_arg(ARG(0));
    RES(0).p = NULL;
    if (!g)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    for (size_t i = 0; i < slice_len(g->v[0].p); i++) {
        Value h = *slice_at(g->v[0].p, i);
        Task *t = task_of_handle(vm, h);
        if (t && (t->status == TS_FAILED || t->status == TS_CANCELED)) {
            return task_err_value(vm, t, &RES(0));
        }
    }
    return 0;
}

static int g_cancel(VM *vm, size_t at, uint32_t nargs)
{
    (void)nargs;
    Agg *g = group_arg(ARG(0));
    if (!g)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    for (size_t i = 0; i < slice_len(g->v[0].p); i++) {
        Task *t = task_of_handle(vm, *slice_at(g->v[0].p, i));
        if (t)
            task_cancel(vm, t);
    }
    return 0;
}

const NativeDef natives_task[] = {
    {"task.Status", "P", "P", t_status},
    {"task.Err", "P", "P", t_err},
    {"task.Cancel", "P", "", t_cancel},
    {"task.Sleep", "R", "", t_sleep},
    {"task.NewTaskGroup", "", "P", g_new},
    {"task.AddTask", "PP", "", g_add},
    {"task.WaitTasks", "P", "", g_wait},
    {"task.GroupErr", "P", "P", g_err},
    {"task.CancelGroup", "P", "", g_cancel},
    {NULL, NULL, NULL, NULL},
};
