/* vm.h - govm's machine: values, the heap, tasks' stacks and the loop.
 * docs/vm-design.md gives the design; this is the part built so far:
 * scalar and string values, calls on a value stack (never on the C
 * stack), the builtins print and println, Go's runtime errors, and a
 * precise mark-and-sweep collector behind one allocation function. */
#ifndef GOMINI_VM_H
#define GOMINI_VM_H

#include "bytecode.h"

#include <setjmp.h>
#include <stdio.h>

typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

/* Every heap object starts with this; kinds as GcKind. */
typedef struct GcHeader {
    struct GcHeader *next;    /* all objects, for the sweep */
    uint32_t kind;
    uint32_t marked;
    size_t size;              /* bytes, header included, for --max-heap */
} GcHeader;

/* The kinds of heap object (GcHeader.kind). */
enum GcKind {
    GC_STRING, GC_IFACE, GC_AGG, GC_SLICE, GC_MAP, GC_CELL, GC_MAPITER, GC_BYTES, GC_CLOSURE, GC_DEFER, GC_IOSTATE,
    GC_TASK, GC_CHAN, GC_SYNC
};

/* The state of a bufio.Scanner, Reader or Writer, or a strings.Reader
 * (lib_io.c): the reader or writer (an interface), data read ahead or
 * waiting to be written, the current token. */
typedef struct IoState {
    GcHeader h;
    Value target;
    Value err;
    Buf buf, token;
    size_t pos;
    size_t prev_rune;         /* 1 + where the last ReadRune began; 0: the last read was not one */
    uint8_t split_kind;
    bool eof, done;
} IoState;

/* A function value: the function and what it captured, with each
 * capture's class (cls follows caps[ncaps]). */
typedef struct Closure {
    GcHeader h;
    uint32_t fn;
    uint32_t ncaps;
    Value caps[];
} Closure;

static inline uint8_t *closure_cls(Closure *c)
{
    return (uint8_t *)(c->caps + c->ncaps);
}

/* A growing byte buffer a native owns (a strings.Builder's). */
typedef struct BytesObj {
    GcHeader h;
    Buf buf;
} BytesObj;

/* What a native or the loop returns to end the run: 2 after a panic or
 * fatal error (reported), VM_EXIT for os.Exit (vm->exit_code). */
#define VM_EXIT (-1)

/* An interface's box: the dynamic type (an index into the bytecode's
 * types) and the value. */
typedef struct Iface {
    GcHeader h;
    uint32_t type;
    Value v;
} Iface;

typedef struct VM VM;

/* How many objects an instruction may hold in C variables while it
 * allocates (nested copies take one per level of value nesting). */
#define VM_MAX_PROTECT (2 * BC_MAX_VALUE_DEPTH + 64)

/* A native (standard library) function or method.  Its arguments are
 * vm->run.stack[at .. at+nargs) and its results go right after them, as a
 * bytecode call's window; it indexes the stack afresh after calling
 * back into bytecode (vm_call), which may move the stack.  Returns 0, or
 * 2 after reporting a panic or a fatal error. */
typedef int (*NativeFn)(VM *vm, size_t at, uint32_t nargs);

typedef struct NativeDef NativeDef;

/* A native method vm_call runs sits above every frame, where no frame's
 * register classes describe it: the window says what is there, for the
 * collector and for the next call's base. */
typedef struct NativeWindow {
    size_t base, end;         /* its arguments, then its results */
    const NativeDef *nd;      /* their classes */
    struct NativeWindow *outer;
} NativeWindow;

struct NativeDef {
    const char *name;         /* "fmt.Println", "strings.(*Builder).WriteString" */
    const char *params;       /* the parameters' classes: 'R' number, 'P' reference */
    const char *results;      /* the results' classes */
    NativeFn fn;
};

/* A vtable entry with this bit set names a native method: the rest is
 * an index into vm->native_methods. */
#define VM_NATIVE_METHOD 0x80000000u

/* The natives govm provides (natives.c), and the lookup by name. */
const NativeDef *native_find(const char *name);

/* An immutable string: its bytes follow it, or (a substring) are in base's. */
typedef struct GoString {
    GcHeader h;
    size_t len;
    const char *data;
    struct GoString *base;    /* NULL unless a substring */
    char bytes[];
} GoString;

/* A struct, an array, or the array under a slice: n values.  A struct's
 * slots have their fields' classes; an array's (type ARRAY) and a
 * slice's backing array's (type SLICE) all have the element's.  Slots
 * whose type is itself a struct or array hold their own object, owned
 * by this one (value semantics: copies copy them too). */
typedef struct Agg {
    GcHeader h;
    const BcType *type;
    const uint8_t *slot_cls, *slot_agg;  /* STRUCT: per field; else NULL */
    uint8_t elem_cls, elem_agg;          /* ARRAY, SLICE */
    size_t n;
    Value v[];
} Agg;

static inline uint8_t agg_cls(const Agg *o, size_t i)
{
    return o->slot_cls ? o->slot_cls[i] : o->elem_cls;
}

static inline bool agg_sub(const Agg *o, size_t i)
{
    return o->slot_agg ? o->slot_agg[i] : o->elem_agg;
}

/* A slice value: a window on an Agg; NULL is the nil slice. */
typedef struct Slice {
    GcHeader h;
    Agg *arr;
    size_t off, len, cap;
} Slice;

/* A pointer to a variable that is not a struct or array: a cell of its
 * own (new(T), &x), or a slot inside an object (&s.f, &a[i]), which
 * the cell keeps alive. */
typedef struct Cell {
    GcHeader h;
    GcHeader *owner;          /* NULL: the value is this cell's own */
    Value *slot;
    uint8_t cls;
    Value own;
} Cell;

typedef struct MapEntry {
    Value key, val;
    uint64_t hash;
    bool live;
} MapEntry;

/* A hash table: entries in insertion order (deleted ones are left
 * dead until the table grows), and an open-addressing index of them. */
typedef struct Map {
    GcHeader h;
    const BcType *type;
    const BcType *key, *val;
    MapEntry *entries;
    size_t nentries, cap, count;
    uint32_t *index;          /* 1 + entry, 0 empty; index_cap a power of two */
    size_t index_cap;
} Map;

/* A range over a map: its keys when the range began. */
typedef struct MapIter {
    GcHeader h;
    Map *map;
    const BcType *key;
    size_t pos, n;
    Value keys[];
} MapIter;

/* One call in progress. */
typedef struct Frame {
    uint32_t fn;
    uint32_t pc;              /* the next instruction */
    size_t base;              /* its R[0] in the value stack */
    bool via_iface;           /* R[0] held the interface: cleared on return */
    bool stop;                /* a native called it (vm_call): its return ends that loop */
    Closure *closure;         /* the function value called (CALLV), or NULL */
    struct Defer *defers;     /* deferred calls, the last first */
    uint32_t recover_pc;      /* where the function goes on after a recovered panic (RECOVERAT) */
    bool deferred;            /* a deferred call run by a panic: recover works here */
    bool unwindow;            /* a deferred call RUNDEFERS made: no caller's window holds its registers */
    bool panic_defer;         /* a deferred call a panic runs: its return goes back to unwinding */
} Frame;

/* A deferred call: a function value (or a native, fn < nnatives when
 * native is set) and its arguments, evaluated at the defer statement;
 * cls follows args. */
typedef struct Defer {
    GcHeader h;
    struct Defer *next;
    Closure *closure;
    uint32_t native;          /* a native's index, when closure is NULL */
    uint32_t nargs, nresults;
    Value args[];
} Defer;

static inline uint8_t *defer_cls(Defer *d)
{
    return (uint8_t *)(d->args + d->nargs);
}

/* What a task owns, that the interpreter reads in VM.run while the
 * task runs: its registers and frames, and its panic.  Switching tasks
 * saves it and loads another's. */
typedef struct TaskState {
    Value *stack;             /* registers of every frame, R = stack + base */
    size_t stack_len, stack_cap;
    Frame *frames;
    uint32_t nframes, frame_cap;
    bool panicking, recovered;  /* a panic is unwinding; a deferred call recovered it */
    Value panic_value;        /* the panic's value (an interface) */
    Buf panic_trace;          /* the stack where it began */
    /* Panics a later one began in the deferred calls of, as Go prints
     * them ("panic: A [recovered]" then "\tpanic: B"). */
    Value panic_chain[8];
    bool chain_recovered[8];
    uint32_t nchain;
    Value last_recovered;     /* what recover() took, while its deferred call runs */
    uint32_t unwinding;       /* deferred calls a panic is running, nested */
} TaskState;

/* A task (docs/tasks-design.md): a goroutine, or main's.  While it
 * runs its state is VM.run and st is stale; otherwise st is it. */
typedef struct Task {
    GcHeader h;
    TaskState st;
    struct Task *next;        /* in the run queue */
    struct Task *all_next, *all_prev;  /* every task not yet finished */
    uint32_t id;              /* Go's goroutine number: main's is 1 */
    const char *waiting;      /* blocked on this ("chan receive"), or NULL: ready or running */
    const char *resume_panic; /* a runtime panic to start when it runs again (a send on a channel closed meanwhile) */
    uint8_t status;           /* TaskStatus */
    uint32_t fn;              /* its function (spawn's wrapper returns the result as an interface) */
    bool report;              /* a go statement's: its failure is printed, nobody awaits it */
    bool canceling;           /* task.Cancel asked: it ends, canceled, when next it would run */
    Value result;             /* succeeded: the function's result, an interface (spawn's) */
    Value failure;            /* failed: its panic's value */
    struct SyncWaiter *awaiters;  /* tasks waiting in await for it to end */
} Task;

/* task.Status's words, in order. */
typedef enum TaskStatus { TS_PENDING, TS_RUNNING, TS_SUCCEEDED, TS_FAILED, TS_CANCELED } TaskStatus;

/* A task parked on a channel: a receiver's registers for the value
 * and the ok flag (indices into its stack; ok_slot SIZE_MAX when it
 * takes no flag), or a sender's value. */
typedef struct Select Select;
typedef struct Waiter {
    Task *task;
    size_t slot, ok_slot;
    Value v;
    struct Waiter *next;
    /* A case of a select the task waits in: the first case ready fires
     * it, and writes its index to case_slot; the other cases' waiters
     * are dropped as they are met. */
    Select *sel;
    uint32_t case_index;
} Waiter;

typedef struct WaitQueue {
    Waiter *head, *tail;
} WaitQueue;

struct Select {
    bool fired;
    size_t case_slot;
    uint32_t refs;            /* waiters pointing here */
};

/* A channel: a ring of cap values of the element's class, and the
 * tasks waiting to receive and to send, first come first served. */
typedef struct Chan {
    GcHeader h;
    const BcType *elem;
    size_t cap, len, head;
    Value *ring;
    bool closed;
    WaitQueue recvq, sendq;
} Chan;

/* The state behind a sync.WaitGroup, Mutex, RWMutex or Once
 * (lib_sync.c): a count (the WaitGroup's counter, the RWMutex's
 * readers), whether it is locked (or done), and the waiting tasks,
 * first come first served (writer says which want to write). */
typedef struct SyncWaiter {
    Task *task;
    bool writer;
    struct SyncWaiter *next;
} SyncWaiter;

typedef struct SyncState {
    GcHeader h;
    int64_t count;
    bool locked;
    SyncWaiter *waiters;
} SyncState;

/* A task asleep until at (time.Sleep), or a timer that sends v on
 * chan then (time.After); the list is in order of at. */
typedef struct Sleeper {
    int64_t at;               /* CLOCK_REALTIME nanoseconds, as time.Now */
    Task *task;
    Chan *chan;
    Value v;
    struct Sleeper *next;
} Sleeper;

/* What run_loop returns when the running task gives the CPU up: it
 * yielded at the end of its time slice (still ready) or it blocked
 * (Task.waiting says on what). */
#define VM_SWITCH (-2)
/* A native's VM_SWITCH after which the call runs again when the task
 * is woken (task.WaitTasks checks its group anew). */
#define VM_RETRY (-3)
/* Instructions a task runs before another ready task gets its turn. */
#define VM_TIME_SLICE 10000u

struct VM {
    const Bytecode *code;
    BcType *types;            /* the file's types, then govm's own (natives' error values) */
    uint32_t ntypes, types_cap;
    const NativeDef **native_methods;  /* what VM_NATIVE_METHOD vtable entries name */
    uint32_t nnative_methods;
    const char **method_names;  /* the file's method names, then those natives look up */
    uint32_t nmethod_names;
    uint32_t m_error, m_string, m_unwrap;  /* indices of Error, String and Unwrap there */
    uint32_t t_error_string, t_wrap_error, t_runtime_error;  /* govm's error types */
    uint32_t t_num_error;     /* *strconv.NumError: the program's if it names it */
    uint32_t t_task_handle;   /* task.Task, found on the first spawn (0: not yet) */
    uint32_t ncalls;          /* nesting of vm_call */
    NativeWindow *window;     /* the innermost native method vm_call runs */
    int exit_code;            /* os.Exit's, with VM_EXIT */
    int argc;                 /* os.Args: the program's file, then its arguments */
    char **argv;
    Slice *args_slice;        /* os.Args, made once */
    Agg *files[3];            /* os.Stdin, os.Stdout, os.Stderr, made once */
    uint32_t m_read, m_write; /* the method names Read and Write */
    uint32_t m_gostring;      /* GoString, which %#v calls */
    struct Bundle *bundle;    /* the bundle run, whose embedded files os reads first; or NULL */
    char **shadowed;          /* clean paths this program wrote: the disk's, not the bundle's, from then on */
    uint32_t nshadowed;
    uint32_t run_depth;       /* vm.Run's nesting: this VM's program runs inside that many others */
    bool no_files;            /* os may open, make or remove no file (the fuzzer's sandbox) */
    bool no_sleep;            /* time.Sleep and timers take no time (the fuzzer's too) */
    GcHeader *sentinels[16];  /* io.EOF and the like, made on first use (natives.h) */
    TaskState run;            /* the running task's (docs/tasks-design.md) */
    Task *current, *main_task;
    Task *ready, *ready_tail; /* the run queue */
    Task *tasks;              /* every task not yet finished */
    uint32_t next_task_id;
    uint32_t budget;          /* instructions left in the running task's slice */
    uint64_t rng;             /* select's choice among ready cases (xorshift, fixed seed: runs repeat) */
    Sleeper *sleepers;        /* sleeping tasks and pending timers, soonest first */
    /* The registers and frames of ended tasks, for the next ones: a
     * million short tasks then cost no million mallocs. */
    struct { Value *stack; size_t stack_cap; Frame *frames; uint32_t frame_cap; } spare[32];
    uint32_t nspare;
    Value *globals;
    const NativeDef **natives; /* the file's natives, bound by vm_bind */
    GoString **kstrings;      /* the string constants, made once, never collected */
    GcHeader *objects;        /* every object */
    GcHeader **gray;          /* the collector's mark stack */
    size_t ngray, graycap;
    void *protect[VM_MAX_PROTECT];  /* objects an instruction holds while it allocates more */
    size_t nprotect;
    size_t heap_bytes, heap_limit, next_gc;
    bool gc_stress;           /* collect on every allocation (GOMINI_GCSTRESS=1) */
    uint64_t steps, max_steps;
    bool trace;               /* --trace: print each instruction as it runs */
    bool slow;                /* trace or max_steps: the loop's slow path */
    FILE *out, *err;          /* stdout and stderr (tests may swap them) */
    jmp_buf fatal;            /* out of memory deep in an allocation ends the run here */
};

/* The deepest a task's stack may grow, as Go's default maximum stack:
 * past it, "goroutine stack exceeds 1000000000-byte limit".  A frame is
 * counted as VM_FRAME_COST bytes plus 8 per register, about what Go's
 * own frames take, so the limit is reached near Go's recursion depth
 * while govm itself uses a fifth of that memory. */
#define VM_MAX_STACK_BYTES 1000000000u
#define VM_FRAME_COST 128u

/* How deep natives may call back into bytecode inside each other (a
 * String method that prints a value with a String method ...). */
#define VM_MAX_NATIVE_NESTING 200u

void vm_init(VM *vm, const Bytecode *code);
/* Binds the file's natives to govm's and checks every CALLNATIVE
 * against the native's signature; false with a message (naming path)
 * if one is unknown or called wrongly. */
bool vm_bind(VM *vm, const char *path);
void vm_free(VM *vm);
/* Runs the init functions, then main.  Returns the exit status: 0, or
 * 2 after a panic or a fatal error (printed on vm->err as Go prints them). */
int vm_run(VM *vm);

/* Calls function fn (a bytecode function, or a native method if it has
 * VM_NATIVE_METHOD) from a native, with nargs arguments; its results are
 * copied to results.  Returns 0, or 2 after a panic or fatal error. */
int vm_call(VM *vm, uint32_t fn, const Value *args, uint32_t nargs, Value *results, uint32_t nresults);
/* Calls a function value (a Closure), as CALLV does: classes gives the
 * arguments' then the results' ('R', 'P'); they must be the function's
 * (else a fatal error). */
int vm_call_closure(VM *vm, Closure *c, const Value *args, uint32_t nargs, Value *results, uint32_t nresults,
                    const char *classes);
/* Does function fn take nparams and give results of these classes? */
bool vm_func_fits(const VM *vm, uint32_t fn, uint32_t nparams, const char *results);
/* The function a type's method of that name is (method names index
 * m), or BC_NO_FUNC. */
uint32_t vm_method(const VM *vm, uint32_t type, uint32_t m);
/* A method name's index, or UINT32_MAX if no type has it. */
uint32_t vm_method_named(const VM *vm, const char *name);
/* Whether v is a value of type t as govm represents it (MAKEIFACE's check). */
bool payload_fits(const VM *vm, uint32_t t, Value v);
/* The box an interface value holds, or NULL for nil, and for anything
 * that is not a box (which only a forged file can put there). */
static inline const Iface *iface_box(const VM *vm, Value v)
{
    const Iface *x = v.p;
    return x && x->h.kind == GC_IFACE && x->type < vm->ntypes ? x : NULL;
}
/* Adds a type of govm's own (natives.c), returning its index. */
uint32_t vm_add_type(VM *vm, BcType t);
uint32_t vm_type_named(const VM *vm, const char *name);

/* The one allocation function: collects when the heap has grown (or on
 * every call in GC stress mode), and ends the run with "fatal error:
 * out of memory" past --max-heap. */
void *gc_alloc(VM *vm, uint32_t kind, size_t bytes);
/* Resizes memory an object owns outside its block (a map's table),
 * counted in the heap as the object's. */
void *gc_realloc_extra(VM *vm, GcHeader *owner, void *p, size_t old_bytes, size_t new_bytes);
/* Keeps p alive across allocations until unprotected (last in, first out). */
void gc_protect(VM *vm, void *p);
void gc_unprotect(VM *vm, size_t n);
NORETURN void vm_out_of_memory(VM *vm);
/* Counts bytes more that an object owns outside its block. */
void gc_account(VM *vm, GcHeader *h, size_t more);
void gc_free_object(GcHeader *h);
GoString *vm_string(VM *vm, const char *s, size_t len);
void gc_collect(VM *vm);

/* objects.c: making, copying and comparing values. */
Agg *agg_new(VM *vm, const BcType *t, size_t n);       /* zero; n slots (STRUCT: its fields) */
Agg *agg_zero(VM *vm, const BcType *t);                /* a zero struct or array of type t */
Agg *agg_clone(VM *vm, const Agg *o);
void agg_copy_into(VM *vm, Agg *dst, const Agg *src);
bool agg_same_layout(const VM *vm, const BcType *a, const BcType *b, unsigned depth);
Value value_zero(VM *vm, const BcType *t);            /* t's zero value: 0, NULL or a zero object */
Value value_copy(VM *vm, const BcType *t, Value v);   /* a copy where t has value semantics */
/* The deep copy of *v (of type t) that crosses into a new task, in
 * place; NULL, or why it cannot be copied ("spawn cannot snapshot vm
 * pointers"). */
const char *value_snapshot(VM *vm, const BcType *t, Value *v);
/* Go's ==; *bad names the type when a comparison is of uncomparable values. */
#define VALUE_FITS_MAX_DEPTH 1000
bool value_fits(const VM *vm, const BcType *t, Value v, unsigned depth);
bool value_equal(const VM *vm, const BcType *t, Value a, Value b, const BcType **bad);
uint64_t value_hash(const VM *vm, const BcType *t, Value v, const BcType **bad);
Slice *slice_new(VM *vm, Agg *arr, size_t off, size_t len, size_t cap);
/* append: a new header, sharing the array while it has room. */
Slice *slice_grow(VM *vm, const BcType *slice_type, Slice *s, size_t extra);

/* task.c: the scheduler (docs/tasks-design.md) */
void task_init_main(VM *vm);
Task *task_go(VM *vm, Closure *c, const Value *args, uint32_t nargs);  /* a new ready task; NULL: no stack */
void task_ended(VM *vm, int st);
void *task_handle(VM *vm, Task *t);       /* a *task.Task for t */
Task *task_of_handle(VM *vm, Value h);    /* NULL for nil (or not a handle) */
void task_await(VM *vm, Task *t);         /* parks the running task until t ends */
void task_cancel(VM *vm, Task *t);        /* task.Cancel */
bool task_done(const Task *t);            /* succeeded, failed or canceled */   /* the running task's function returned (st 0) or failed (2): record it */
void task_make_ready(VM *vm, Task *t);
bool task_switch(VM *vm);      /* after VM_SWITCH: the next ready task runs; false: none is ready */
bool task_finish(VM *vm);      /* the running task ended: the next ready one runs; false: none */
int task_deadlock(VM *vm);     /* Go's fatal error for tasks all blocked; returns 2 */
int task_sleep(VM *vm, int64_t ns);   /* time.Sleep: parks the running task (VM_SWITCH), or 0 */
void task_add_timer(VM *vm, int64_t at, Chan *c, Value v);   /* sends v on c at time at */
int64_t task_now(void);        /* CLOCK_REALTIME nanoseconds */
void task_free(Task *t);       /* what a collected task still holds */
void task_free_spares(VM *vm); /* at the VM's end */

/* chan.c */
typedef enum ChanResult { CHAN_DONE, CHAN_BLOCKED, CHAN_CLOSED, CHAN_BAD } ChanResult;
Chan *chan_new(VM *vm, const BcType *elem, size_t cap);
ChanResult chan_send(VM *vm, Chan *c, Value v);
/* The value into the running task's stack at slot, ok at ok_slot (SIZE_MAX: none). */
ChanResult chan_recv(VM *vm, Chan *c, size_t slot, size_t ok_slot);
ChanResult chan_close(VM *vm, Chan *c);
void chan_block_forever(VM *vm, const char *why);
/* select over the cases whose instructions are cases[0..n): runs one
 * that is ready (chosen at random among them) and writes its index to
 * the running task's slot case_slot, or the default's (n) when there is
 * one, or parks the task on every case. */
ChanResult chan_select(VM *vm, const Instr *cases, uint32_t n, bool has_default, const uint8_t *classes,
                       size_t base, size_t case_slot);
void chan_mark(VM *vm, Chan *c, void (*gray)(VM *, void *));
void chan_free(Chan *c);

/* vm.c, for task.c */
bool vm_enter(VM *vm, uint32_t fn, size_t base);
void vm_traceback_of(VM *vm, const TaskState *st, uint32_t id, const char *state, Buf *out);

/* map.c */
Map *map_new(VM *vm, const BcType *t);
Value *map_find(const VM *vm, const Map *m, Value key, const BcType **bad);
Value *map_insert(VM *vm, Map *m, Value key, const BcType **bad);
void map_delete(const VM *vm, Map *m, Value key, const BcType **bad);
void map_free(Map *m);

/* govm --disasm: each function's instructions with their source lines
 * and the opcode table's effect, as luac -l -l lists them. */
void vm_disasm(const Bytecode *b, FILE *out);

#endif
