/* chan.c - channels (docs/tasks-design.md): a ring buffer of values
 * and the tasks parked on it.  A send hands its value straight to a
 * waiting receiver; a receive takes the first buffered value and lets
 * the first waiting sender's value into the ring behind it; close
 * wakes every receiver (with the zero value) and every sender (which
 * then panics).  Values of struct and array types are copied as they
 * are sent, so the receiver owns what it gets. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

Chan *chan_new(VM *vm, const BcType *elem, size_t cap)
{
    Chan *c = gc_alloc(vm, GC_CHAN, sizeof *c);
    c->elem = elem;
    c->cap = cap;
    c->len = c->head = 0;
    c->ring = cap ? xcalloc(cap, sizeof *c->ring) : NULL;
    c->closed = false;
    c->recvq = c->sendq = NULL;
    if (cap)
        gc_account(vm, &c->h, cap * sizeof *c->ring);
    return c;
}

static Waiter *pop_waiter(Waiter **q)
{
    Waiter *w = *q;
    if (w)
        *q = w->next;
    return w;
}

static void push_waiter(Waiter **q, Waiter *w)
{
    w->next = NULL;
    while (*q)
        q = &(*q)->next;
    *q = w;
}

/* Delivers v to a parked receiver, which becomes ready. */
static void deliver(VM *vm, Waiter *w, Value v, bool ok)
{
    Task *t = w->task;
    t->st.stack[w->slot] = v;
    if (w->ok_slot != SIZE_MAX)
        t->st.stack[w->ok_slot].u = ok;
    free(w);
    task_make_ready(vm, t);
}

/* The running task parks on queue q. */
static void park(VM *vm, Waiter **q, const char *why, size_t slot, size_t ok_slot, Value v)
{
    Waiter *w = xmalloc(sizeof *w);
    *w = (Waiter){vm->current, slot, ok_slot, v, NULL};
    push_waiter(q, w);
    vm->current->waiting = why;
}

ChanResult chan_send(VM *vm, Chan *c, Value v)
{
    if (c->closed)
        return CHAN_CLOSED;
    gc_protect(vm, c);
    v = value_copy(vm, c->elem, v);   /* the receiver's own copy */
    gc_unprotect(vm, 1);
    Waiter *r = pop_waiter(&c->recvq);
    if (r) {
        deliver(vm, r, v, true);
        return CHAN_DONE;
    }
    if (c->len < c->cap) {
        c->ring[(c->head + c->len++) % c->cap] = v;
        return CHAN_DONE;
    }
    park(vm, &c->sendq, "chan send", 0, 0, v);
    return CHAN_BLOCKED;
}

ChanResult chan_recv(VM *vm, Chan *c, size_t slot, size_t ok_slot)
{
    Value *R = vm->run.stack;
    if (c->len > 0) {
        R[slot] = c->ring[c->head];
        c->ring[c->head].u = 0;
        c->head = (c->head + 1) % c->cap;
        c->len--;
        Waiter *s = pop_waiter(&c->sendq);
        if (s) {
            /* A sender was waiting for room: its value joins the ring. */
            c->ring[(c->head + c->len++) % c->cap] = s->v;
            Task *t = s->task;
            free(s);
            task_make_ready(vm, t);
        }
        if (ok_slot != SIZE_MAX)
            R[ok_slot].u = 1;
        return CHAN_DONE;
    }
    Waiter *s = pop_waiter(&c->sendq);
    if (s) {
        R[slot] = s->v;
        Task *t = s->task;
        free(s);
        task_make_ready(vm, t);
        if (ok_slot != SIZE_MAX)
            R[ok_slot].u = 1;
        return CHAN_DONE;
    }
    if (c->closed) {
        gc_protect(vm, c);
        Value z = value_zero(vm, c->elem);
        gc_unprotect(vm, 1);
        vm->run.stack[slot] = z;
        if (ok_slot != SIZE_MAX)
            vm->run.stack[ok_slot].u = 0;
        return CHAN_DONE;
    }
    park(vm, &c->recvq, "chan receive", slot, ok_slot, (Value){0});
    return CHAN_BLOCKED;
}

ChanResult chan_close(VM *vm, Chan *c)
{
    if (c->closed)
        return CHAN_CLOSED;
    c->closed = true;
    gc_protect(vm, c);
    while (c->recvq) {
        /* Each zero value is made before the waiter leaves the queue,
         * where the collector still sees its task. */
        Value z = value_zero(vm, c->elem);
        deliver(vm, pop_waiter(&c->recvq), z, false);
    }
    gc_unprotect(vm, 1);
    while (c->sendq) {
        Waiter *s = pop_waiter(&c->sendq);
        Task *t = s->task;
        free(s);
        t->resume_panic = "send on closed channel";
        task_make_ready(vm, t);
    }
    return CHAN_DONE;
}

/* A receive or send on a nil channel blocks forever. */
void chan_block_forever(VM *vm, const char *why)
{
    vm->current->waiting = why;
}

void chan_mark(VM *vm, Chan *c, void (*gray)(VM *, void *))
{
    if (c->elem->cls == BC_REF)
        for (size_t i = 0; i < c->len; i++)
            gray(vm, c->ring[(c->head + i) % c->cap].p);
    for (Waiter *w = c->recvq; w; w = w->next)
        gray(vm, w->task);
    for (Waiter *w = c->sendq; w; w = w->next) {
        gray(vm, w->task);
        if (c->elem->cls == BC_REF)
            gray(vm, w->v.p);
    }
}

void chan_free(Chan *c)
{
    free(c->ring);
    while (c->recvq)
        free(pop_waiter(&c->recvq));
    while (c->sendq)
        free(pop_waiter(&c->sendq));
}
