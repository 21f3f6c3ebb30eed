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
    c->recvq = c->sendq = (WaitQueue){NULL, NULL};
    if (cap)
        gc_account(vm, &c->h, cap * sizeof *c->ring);
    return c;
}

static void drop_waiter(Waiter *w)
{
    if (w->sel && --w->sel->refs == 0)
        free(w->sel);
    free(w);
}

/* The first waiter of q still waiting: the waiters of a select that
 * another case fired, and of a task canceled, are dropped as they come
 * to the front. */
static Waiter *first_waiter(WaitQueue *q)
{
    while (q->head && ((q->head->sel && q->head->sel->fired) || q->head->task->canceling)) {
        Waiter *w = q->head;
        q->head = w->next;
        if (!q->head)
            q->tail = NULL;
        drop_waiter(w);
    }
    return q->head;
}

static Waiter *pop_waiter(WaitQueue *q)
{
    Waiter *w = first_waiter(q);
    if (w) {
        q->head = w->next;
        if (!q->head)
            q->tail = NULL;
    }
    return w;
}

/* A parked task's registers: its saved state's, or VM.run's while it
 * is still the running one (a timer may fire as the scheduler starts
 * to switch away from it). */
static Value *stack_of(VM *vm, Task *t)
{
    return t == vm->current ? vm->run.stack : t->st.stack;
}

/* A waiter is served: its select (if any) fires with its case. */
static void serve(VM *vm, Waiter *w)
{
    if (w->sel) {
        w->sel->fired = true;
        stack_of(vm, w->task)[w->sel->case_slot].i = w->case_index;
    }
}

static void push_waiter(WaitQueue *q, Waiter *w)
{
    w->next = NULL;
    if (q->tail)
        q->tail->next = w;
    else
        q->head = w;
    q->tail = w;
}

/* Delivers v to a parked receiver, which becomes ready. */
static void deliver(VM *vm, Waiter *w, Value v, bool ok)
{
    Task *t = w->task;
    serve(vm, w);
    Value *R = stack_of(vm, t);
    R[w->slot] = v;
    if (w->ok_slot != SIZE_MAX)
        R[w->ok_slot].u = ok;
    drop_waiter(w);
    task_make_ready(vm, t);
}

/* Releases a parked sender whose value was taken (or refused: panic
 * is then what it panics with when it runs); it becomes ready. */
static void release_sender(VM *vm, Waiter *s, const char *panic)
{
    Task *t = s->task;
    serve(vm, s);
    drop_waiter(s);
    if (panic)
        t->resume_panic = panic;
    task_make_ready(vm, t);
}

/* The running task parks on queue q. */
static void park(VM *vm, WaitQueue *q, const char *why, size_t slot, size_t ok_slot, Value v)
{
    Waiter *w = xmalloc(sizeof *w);
    *w = (Waiter){vm->current, slot, ok_slot, v, NULL, NULL, 0};
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
            release_sender(vm, s, NULL);
        }
        if (ok_slot != SIZE_MAX)
            R[ok_slot].u = 1;
        return CHAN_DONE;
    }
    Waiter *s = pop_waiter(&c->sendq);
    if (s) {
        R[slot] = s->v;
        release_sender(vm, s, NULL);
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
    while (first_waiter(&c->recvq)) {
        /* Each zero value is made before the waiter leaves the queue,
         * where the collector still sees its task. */
        Value z = value_zero(vm, c->elem);
        deliver(vm, pop_waiter(&c->recvq), z, false);
    }
    gc_unprotect(vm, 1);
    Waiter *s;
    while ((s = pop_waiter(&c->sendq)))
        release_sender(vm, s, "send on closed channel");
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
    for (Waiter *w = c->recvq.head; w; w = w->next)
        gray(vm, w->task);
    for (Waiter *w = c->sendq.head; w; w = w->next) {
        gray(vm, w->task);
        if (c->elem->cls == BC_REF)
            gray(vm, w->v.p);
    }
}

static void drop_all(WaitQueue *q)
{
    while (q->head) {
        Waiter *w = q->head;
        q->head = w->next;
        drop_waiter(w);
    }
    q->tail = NULL;
}

void chan_free(Chan *c)
{
    free(c->ring);
    drop_all(&c->recvq);
    drop_all(&c->sendq);
}

/* ==== select ========================================================== */

static uint64_t next_random(VM *vm)
{
    uint64_t x = vm->rng ? vm->rng : 0x9E3779B97F4A7C15u;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return vm->rng = x;
}

static bool case_ready(Chan *c, bool send)
{
    if (!c)
        return false;   /* a nil channel's case is never ready */
    if (send)
        return c->closed || first_waiter(&c->recvq) || c->len < c->cap;
    return c->len > 0 || first_waiter(&c->sendq) || c->closed;
}

ChanResult chan_select(VM *vm, const Instr *cases, uint32_t n, bool has_default, const uint8_t *classes,
                       size_t base, size_t case_slot)
{
    Value *R = vm->run.stack + base;
    uint32_t ready[64], nready = 0;
    for (uint32_t i = 0; i < n; i++) {
        Instr in = cases[i];
        bool send = instr_op(in) == OP_SELSEND;
        Chan *c = R[send ? instr_a(in) : instr_b(in)].p;
        uint32_t vreg = send ? instr_b(in) : instr_a(in);
        if (c && (c->h.kind != GC_CHAN || c->elem->cls != classes[vreg]))
            return CHAN_BAD;
        if (case_ready(c, send) && nready < 64)
            ready[nready++] = i;
    }
    if (nready > 0) {
        /* A fair choice among the cases ready now. */
        uint32_t i = ready[next_random(vm) % nready];
        Instr in = cases[i];
        vm->run.stack[case_slot].i = i;
        if (instr_op(in) == OP_SELSEND)
            return chan_send(vm, R[instr_a(in)].p, R[instr_b(in)]);
        return chan_recv(vm, R[instr_b(in)].p, base + instr_a(in), base + instr_a(in) + 1);
    }
    if (has_default) {
        vm->run.stack[case_slot].i = n;
        return CHAN_DONE;
    }
    if (n == 0) {
        vm->current->waiting = "select (no cases)";
        return CHAN_BLOCKED;
    }
    /* Wait on every case; the first to be served fires the select. */
    Select *sel = xmalloc(sizeof *sel);
    *sel = (Select){false, case_slot, 0};
    for (uint32_t i = 0; i < n; i++) {
        Instr in = cases[i];
        bool send = instr_op(in) == OP_SELSEND;
        Chan *c = R[send ? instr_a(in) : instr_b(in)].p;
        if (!c)
            continue;
        Value v = {0};
        if (send) {
            gc_protect(vm, c);
            v = value_copy(vm, c->elem, R[instr_b(in)]);
            gc_unprotect(vm, 1);
        }
        Waiter *w = xmalloc(sizeof *w);
        *w = (Waiter){vm->current, base + instr_a(in), base + instr_a(in) + 1, v, NULL, sel, i};
        push_waiter(send ? &c->sendq : &c->recvq, w);
        sel->refs++;
    }
    if (sel->refs == 0)
        free(sel);   /* every channel is nil: it waits forever */
    vm->current->waiting = "select";
    return CHAN_BLOCKED;
}
