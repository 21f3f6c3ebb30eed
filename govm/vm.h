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

enum GcKind { GC_STRING, GC_IFACE };

/* An interface's box: the dynamic type (an index into the bytecode's
 * types) and the value. */
typedef struct Iface {
    GcHeader h;
    uint32_t type;
    Value v;
} Iface;

/* A native (standard library) function: arguments in args[0..nargs),
 * results written to results[]; returns 0, or 2 after reporting a
 * fatal error or a panic. */
typedef struct VM VM;

typedef int (*NativeFn)(VM *vm, Value *args, uint32_t nargs, Value *results);

typedef struct NativeDef {
    const char *name;         /* "fmt.Println" */
    const char *params;       /* the fixed parameters' classes: 'R' number, 'P' reference */
    bool variadic;            /* then any number of interface arguments (...any) */
    const char *results;      /* the results' classes */
    NativeFn fn;
} NativeDef;

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

/* One call in progress. */
typedef struct Frame {
    uint32_t fn;
    uint32_t pc;              /* the next instruction */
    size_t base;              /* its R[0] in the value stack */
} Frame;

struct VM {
    const Bytecode *code;
    Value *stack;             /* registers of every frame, R = stack + base */
    uint8_t *classes;         /* the class of each stack slot, for the collector */
    size_t stack_len, stack_cap;
    Frame *frames;
    uint32_t nframes, frame_cap;
    Value *globals;
    const NativeDef **natives; /* the file's natives, bound by vm_bind */
    GoString **kstrings;      /* the string constants, made once, never collected */
    GcHeader *objects;        /* every object */
    size_t heap_bytes, heap_limit, next_gc;
    bool gc_stress;           /* collect on every allocation (GOMINI_GCSTRESS=1) */
    uint64_t steps, max_steps;
    bool trace;
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

void vm_init(VM *vm, const Bytecode *code);
/* Binds the file's natives to govm's and checks every CALLNATIVE
 * against the native's signature; false with a message (naming path)
 * if one is unknown or called wrongly. */
bool vm_bind(VM *vm, const char *path);
void vm_free(VM *vm);
/* Runs the init functions, then main.  Returns the exit status: 0, or
 * 2 after a panic or a fatal error (printed on vm->err as Go prints them). */
int vm_run(VM *vm);

/* The one allocation function: collects when the heap has grown (or on
 * every call in GC stress mode), and ends the run with "fatal error:
 * out of memory" past --max-heap. */
void *gc_alloc(VM *vm, uint32_t kind, size_t bytes);
GoString *vm_string(VM *vm, const char *s, size_t len);
void gc_collect(VM *vm);

/* govm --disasm: each function's instructions with their source lines
 * and the opcode table's effect, as luac -l -l lists them. */
void vm_disasm(const Bytecode *b, FILE *out);

#endif
