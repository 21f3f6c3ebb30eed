/* lib_task.c - the task package (SPEC.md §3, docs/tasks-design.md):
 * a *task.Task's status and error.  spawn and await are instructions
 * (SPAWN, AWAIT); the scheduler is task.c. */
#include "natives.h"

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
 * error, else the panic as a runtime error's text), context canceled
 * for a canceled one, nil otherwise. */
static int t_err(VM *vm, size_t at, uint32_t nargs)
{
    TASK_ARG(t, 0);
    RES(0).p = NULL;
    if (t->status == TS_CANCELED) {
        RES(0) = nat_sentinel(vm, SENT_CONTEXT_CANCELED);
    } else if (t->status == TS_FAILED) {
        const Iface *box = iface_box(vm, t->failure);
        if (box && vm_method(vm, box->type, vm->m_error) != BC_NO_FUNC) {
            RES(0) = t->failure;
        } else {
            Buf b;
            buf_init(&b);
            buf_puts(&b, "task failed: ");
            int st = fmt_sprintf(vm, &b, "%v", 2, &t->failure, 1, false);
            if (st != 0) {
                buf_free(&b);
                return st;
            }
            RES(0) = nat_error(vm, (const char *)b.data, b.len);
            buf_free(&b);
        }
    }
    return 0;
}

const NativeDef natives_task[] = {
    {"task.Status", "P", "P", t_status},
    {"task.Err", "P", "P", t_err},
    {NULL, NULL, NULL, NULL},
};
