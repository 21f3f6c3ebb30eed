/* heap.c - govm's heap: the one allocation function and the precise
 * mark-and-sweep collector (see vm.h).
 *
 * Roots are exact.  Each frame's registers are marked by its function's
 * register classes: frame k owns the stack from its base up to frame
 * k+1's base (the registers of a call's window belong to the callee,
 * which has the same classes for them), and the top frame owns all its
 * registers; a native method called from native code has a window
 * above them all, marked by its classes.  A caller's registers above a call's window are dead during
 * the call (gocodegen allocates them after the window and uses them
 * only after it), so the callee may reuse them.  Globals are marked by
 * their classes, objects by their layout.  Marking uses an explicit
 * stack: however long a linked list a script builds, the collector
 * never recurses. */
#include "vm.h"

#include <stdlib.h>
#include <string.h>

NORETURN void vm_out_of_memory(VM *vm)
{
    fflush(vm->out);
    fprintf(vm->err, "fatal error: out of memory\n");
    longjmp(vm->fatal, 1);
}

static void gray(VM *vm, void *p)
{
    GcHeader *h = p;
    if (!h || h->marked)
        return;
    h->marked = 1;
    if (vm->ngray == vm->graycap) {
        vm->graycap = vm->graycap ? 2 * vm->graycap : 256;
        vm->gray = xrealloc(vm->gray, vm->graycap * sizeof *vm->gray);
    }
    vm->gray[vm->ngray++] = h;
}

static void mark_state(VM *vm, TaskState *st, size_t max_end);

/* Marks what one object refers to. */
static void scan(VM *vm, GcHeader *h)
{
    switch ((enum GcKind)h->kind) {
    case GC_STRING: gray(vm, ((GoString *)h)->base); break;
    case GC_IFACE: {
        Iface *b = (Iface *)h;
        if (vm->types[b->type].cls == BC_REF)
            gray(vm, b->v.p);
        break;
    }
    case GC_AGG: {
        Agg *o = (Agg *)h;
        if (!o->slot_cls && o->elem_cls != BC_REF)
            break;
        for (size_t i = 0; i < o->n; i++)
            if (agg_cls(o, i) == BC_REF)
                gray(vm, o->v[i].p);
        break;
    }
    case GC_SLICE: gray(vm, ((Slice *)h)->arr); break;
    case GC_BYTES: break;
    case GC_IOSTATE: {
        IoState *st = (IoState *)h;
        if (st->target.p)
            gray(vm, st->target.p);
        gray(vm, st->err.p);
        break;
    }
    case GC_DEFER: {
        Defer *d = (Defer *)h;
        gray(vm, d->next);
        gray(vm, d->closure);
        const uint8_t *cls = defer_cls(d);
        for (uint32_t i = 0; i < d->nargs; i++)
            if (cls[i] == BC_REF)
                gray(vm, d->args[i].p);
        break;
    }
    case GC_CLOSURE: {
        Closure *c = (Closure *)h;
        const uint8_t *cls = closure_cls(c);
        for (uint32_t i = 0; i < c->ncaps; i++)
            if (cls[i] == BC_REF)
                gray(vm, c->caps[i].p);
        break;
    }
    case GC_CELL: {
        Cell *c = (Cell *)h;
        if (c->owner)
            gray(vm, c->owner);
        else if (c->cls == BC_REF)
            gray(vm, c->own.p);
        break;
    }
    case GC_MAP: {
        Map *m = (Map *)h;
        for (size_t i = 0; i < m->nentries; i++) {
            if (!m->entries[i].live)
                continue;
            if (m->key->cls == BC_REF)
                gray(vm, m->entries[i].key.p);
            if (m->val->cls == BC_REF)
                gray(vm, m->entries[i].val.p);
        }
        break;
    }
    case GC_TASK: {
        Task *t = (Task *)h;
        /* The running task's state is VM.run, marked as a root. */
        if (t != vm->current)
            mark_state(vm, &t->st, 0);
        gray(vm, t->result.p);
        gray(vm, t->failure.p);
        for (SyncWaiter *w = t->awaiters; w; w = w->next)
            gray(vm, w->task);
        break;
    }
    case GC_CHAN: chan_mark(vm, (Chan *)h, gray); break;
    case GC_SYNC:
        for (SyncWaiter *w = ((SyncState *)h)->waiters; w; w = w->next)
            gray(vm, w->task);
        break;
    case GC_MAPITER: {
        MapIter *it = (MapIter *)h;
        gray(vm, it->map);
        if (it->key->cls == BC_REF)
            for (size_t i = 0; i < it->n; i++)
                gray(vm, it->keys[i].p);
        break;
    }
    }
}

/* A task's registers, frames and panic.  max_end: how far what lies
 * above its top frame reaches (a native's window on the running task).
 * From the top frame down, max_end is how far the frames above reach.
 * A frame's registers above its callee's base are dead during the
 * call; those no frame above uses still hold what they held before the
 * call, which is not marked now: they are cleared, so that no later
 * collection follows a pointer freed meanwhile. */
static void mark_state(VM *vm, TaskState *st, size_t max_end)
{
    const Bytecode *code = vm->code;
    for (uint32_t k = st->nframes; k-- > 0;) {
        const Frame *fr = &st->frames[k];
        const BcFunc *f = &code->funcs[fr->fn];
        size_t end = fr->base + f->nregs;
        gray(vm, fr->closure);
        gray(vm, fr->defers);
        size_t live_end = k + 1 < st->nframes && st->frames[k + 1].base < end ? st->frames[k + 1].base : end;
        for (size_t r = fr->base; r < live_end; r++)
            if (f->classes[r - fr->base] == BC_REF)
                gray(vm, st->stack[r].p);
        if (k + 1 < st->nframes && max_end < end)
            for (size_t r = max_end > live_end ? max_end : live_end; r < end; r++)
                st->stack[r].u = 0;
        if (end > max_end)
            max_end = end;
    }
    gray(vm, st->panic_value.p);
    gray(vm, st->last_recovered.p);
    for (uint32_t i = 0; i < st->nchain; i++)
        gray(vm, st->panic_chain[i].p);
}

static void mark_roots(VM *vm)
{
    const Bytecode *code = vm->code;
    size_t max_end = 0;
    for (const NativeWindow *w = vm->window; w; w = w->outer) {
        /* vm_func_fits checked the classes against the call. */
        size_t r = w->base;
        for (const char *c = w->nd->params; *c && r < w->end; c++, r++)
            if (*c == 'P')
                gray(vm, vm->run.stack[r].p);
        for (const char *c = w->nd->results; *c && r < w->end; c++, r++)
            if (*c == 'P')
                gray(vm, vm->run.stack[r].p);
        if (w->end > max_end)
            max_end = w->end;
    }
    mark_state(vm, &vm->run, max_end);
    /* The other tasks (their states are marked as their objects are). */
    for (Task *t = vm->tasks; t; t = t->all_next)
        gray(vm, t);
    gray(vm, vm->current);
    for (Sleeper *z = vm->sleepers; z; z = z->next) {
        gray(vm, z->task);
        gray(vm, z->chan);
        if (z->chan && z->chan->elem->cls == BC_REF)
            gray(vm, z->v.p);
    }
    for (uint32_t i = 0; i < code->nglobals; i++)
        if (code->globals[i] == BC_REF)
            gray(vm, vm->globals[i].p);
    gray(vm, vm->args_slice);
    for (int i = 0; i < 3; i++)
        gray(vm, vm->files[i]);
    for (size_t i = 0; i < vm->nprotect; i++)
        gray(vm, vm->protect[i]);
    for (size_t i = 0; i < sizeof vm->sentinels / sizeof vm->sentinels[0]; i++)
        gray(vm, vm->sentinels[i]);
}

void gc_free_object(GcHeader *h)
{
    if (h->kind == GC_MAP)
        map_free((Map *)h);
    else if (h->kind == GC_BYTES)
        buf_free(&((BytesObj *)h)->buf);
    else if (h->kind == GC_TASK)
        task_free((Task *)h);
    else if (h->kind == GC_CHAN)
        chan_free((Chan *)h);
    else if (h->kind == GC_SYNC)
        for (SyncWaiter *w = ((SyncState *)h)->waiters, *next; w; w = next) {
            next = w->next;
            free(w);
        }
    else if (h->kind == GC_IOSTATE) {
        buf_free(&((IoState *)h)->buf);
        buf_free(&((IoState *)h)->token);
    }
    free(h);
}

void gc_account(VM *vm, GcHeader *h, size_t more)
{
    h->size += more;
    vm->heap_bytes += more;
    if (vm->heap_limit && vm->heap_bytes > vm->heap_limit)
        vm_out_of_memory(vm);
}

void gc_collect(VM *vm)
{
    mark_roots(vm);
    while (vm->ngray > 0)
        scan(vm, vm->gray[--vm->ngray]);
    GcHeader **link = &vm->objects;
    while (*link) {
        GcHeader *h = *link;
        if (h->marked) {
            h->marked = 0;
            link = &h->next;
        } else {
            *link = h->next;
            vm->heap_bytes -= h->size;
            gc_free_object(h);
        }
    }
    vm->next_gc = vm->heap_bytes * 2 > (1u << 20) ? vm->heap_bytes * 2 : (1u << 20);
}

/* Room for bytes more, collecting first when the heap has grown. */
static void reserve(VM *vm, size_t bytes)
{
    if (vm->gc_stress || vm->heap_bytes + bytes > vm->next_gc)
        gc_collect(vm);
    if (bytes > SIZE_MAX / 2 || (vm->heap_limit && vm->heap_bytes + bytes > vm->heap_limit))
        vm_out_of_memory(vm);
}

void *gc_alloc(VM *vm, uint32_t kind, size_t bytes)
{
    reserve(vm, bytes);
    GcHeader *h = calloc(1, bytes);
    if (!h)
        vm_out_of_memory(vm);
    h->kind = kind;
    h->size = bytes;
    h->next = vm->objects;
    vm->objects = h;
    vm->heap_bytes += bytes;
    return h;
}

void *gc_realloc_extra(VM *vm, GcHeader *owner, void *p, size_t old_bytes, size_t new_bytes)
{
    if (new_bytes > old_bytes) {
        gc_protect(vm, owner);
        reserve(vm, new_bytes - old_bytes);
        gc_unprotect(vm, 1);
    }
    void *q = realloc(p, new_bytes ? new_bytes : 1);
    if (!q)
        vm_out_of_memory(vm);
    owner->size = owner->size - old_bytes + new_bytes;
    vm->heap_bytes = vm->heap_bytes - old_bytes + new_bytes;
    return q;
}

void gc_protect(VM *vm, void *p)
{
    if (vm->nprotect == VM_MAX_PROTECT) {
        fprintf(vm->err, "fatal error: govm: too many temporary roots\n");
        longjmp(vm->fatal, 1);
    }
    vm->protect[vm->nprotect++] = p;
}

void gc_unprotect(VM *vm, size_t n)
{
    vm->nprotect -= n;
}

GoString *vm_string(VM *vm, const char *s, size_t len)
{
    if (len > SIZE_MAX / 2)
        vm_out_of_memory(vm);
    GoString *g = gc_alloc(vm, GC_STRING, sizeof *g + len + 1);
    if (len)
        memcpy(g->bytes, s, len);
    g->len = len;
    g->data = g->bytes;
    return g;
}
