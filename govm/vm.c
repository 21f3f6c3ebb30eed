/* vm.c - the dispatch loop and the heap (see vm.h).
 * One C loop runs every bytecode call: CALL pushes a frame on the value
 * stack and goes on, RETURN pops it, so recursion in a script never
 * recurses in C.  Dispatch is computed goto, with a switch for compilers
 * without labels as values (-DGOVM_SWITCH). */
#include "vm.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ==== the heap ======================================================== */

/* Ends the run from inside any allocation: the loop's setjmp returns 2.
 * No exit(): a program embedding the VM gets its status back. */
static NORETURN void out_of_memory(VM *vm)
{
    fflush(vm->out);
    fprintf(vm->err, "fatal error: out of memory\n");
    longjmp(vm->fatal, 1);
}

static void mark_value(VM *vm, void *p)
{
    GcHeader *h = p;
    if (!h || h->marked)
        return;
    h->marked = 1;
    if (h->kind == GC_STRING && ((GoString *)h)->base)
        ((GoString *)h)->base->h.marked = 1;   /* a substring keeps its base; bases have no base */
    if (h->kind == GC_IFACE) {
        /* A box holds a reference when its type's values are references;
         * the only ones so far are strings, which reach no further. */
        Iface *b = p;
        if (bytecode_kind_class(vm->code->types[b->type].kind) == BC_REF)
            mark_value(vm, b->v.p);
    }
}

void gc_collect(VM *vm)
{
    for (size_t i = 0; i < vm->stack_len; i++)
        if (vm->classes[i] == BC_REF)
            mark_value(vm, vm->stack[i].p);
    for (uint32_t i = 0; i < vm->code->nglobals; i++)
        if (vm->code->globals[i] == BC_REF)
            mark_value(vm, vm->globals[i].p);
    GcHeader **link = &vm->objects;
    while (*link) {
        GcHeader *h = *link;
        if (h->marked) {
            h->marked = 0;
            link = &h->next;
        } else {
            *link = h->next;
            vm->heap_bytes -= h->size;
            free(h);
        }
    }
    vm->next_gc = vm->heap_bytes * 2 > (1u << 20) ? vm->heap_bytes * 2 : (1u << 20);
}

void *gc_alloc(VM *vm, uint32_t kind, size_t bytes)
{
    if (vm->gc_stress || vm->heap_bytes + bytes > vm->next_gc)
        gc_collect(vm);
    if (vm->heap_limit && vm->heap_bytes + bytes > vm->heap_limit)
        out_of_memory(vm);
    GcHeader *h = calloc(1, bytes);
    if (!h)
        out_of_memory(vm);
    h->kind = kind;
    h->size = bytes;
    h->next = vm->objects;
    vm->objects = h;
    vm->heap_bytes += bytes;
    return h;
}

GoString *vm_string(VM *vm, const char *s, size_t len)
{
    if (len > SIZE_MAX / 2)
        out_of_memory(vm);
    GoString *g = gc_alloc(vm, GC_STRING, sizeof *g + len + 1);
    memcpy(g->bytes, s, len);
    g->len = len;
    g->data = g->bytes;
    return g;
}

/* ==== set-up ========================================================== */

void vm_init(VM *vm, const Bytecode *code)
{
    memset(vm, 0, sizeof *vm);
    vm->code = code;
    vm->out = stdout;
    vm->err = stderr;
    vm->next_gc = 1u << 20;
    vm->globals = xcalloc(code->nglobals ? code->nglobals : 1, sizeof *vm->globals);
    /* String constants live as long as the program: outside the heap. */
    vm->kstrings = xcalloc(code->nconsts ? code->nconsts : 1, sizeof *vm->kstrings);
    for (uint32_t i = 0; i < code->nconsts; i++)
        if (code->consts[i].kind == BC_STRING) {
            const BcConst *c = &code->consts[i];
            GoString *g = xcalloc(1, sizeof *g + c->len + 1);
            memcpy(g->bytes, c->s, c->len);
            g->len = c->len;
            g->data = g->bytes;
            g->h.kind = GC_STRING;
            g->h.marked = 1;   /* never swept: not on the objects list */
            vm->kstrings[i] = g;
        }
}

bool vm_bind(VM *vm, const char *path)
{
    const Bytecode *b = vm->code;
    vm->natives = xcalloc(b->nnatives ? b->nnatives : 1, sizeof *vm->natives);
    for (uint32_t i = 0; i < b->nnatives; i++)
        if (!(vm->natives[i] = native_find(b->natives[i]))) {
            fail_msg("%s: this govm has no native function %s", path, b->natives[i]);
            return false;
        }
    for (uint32_t fi = 0; fi < b->nfuncs; fi++) {
        const BcFunc *f = &b->funcs[fi];
        for (uint32_t pc = 0; pc < f->ncode; pc++) {
            Instr in = f->code[pc];
            if (instr_op(in) != OP_CALLNATIVE)
                continue;
            const NativeDef *nd = vm->natives[instr_c(in)];
            uint32_t a = instr_a(in), n = instr_b(in), nres = (uint32_t)strlen(nd->results);
            uint32_t nfixed = (uint32_t)strlen(nd->params);
            bool ok = (nd->variadic ? n >= nfixed : n == nfixed) && a + n + nres <= f->nregs;
            for (uint32_t k = 0; ok && k < n; k++)
                ok = f->classes[a + k] == (k >= nfixed || nd->params[k] == 'P' ? BC_REF : BC_SCALAR);
            for (uint32_t k = 0; ok && k < nres; k++)
                ok = f->classes[a + n + k] == (nd->results[k] == 'P' ? BC_REF : BC_SCALAR);
            if (!ok) {
                fail_msg("%s: %s, instruction %u: CALLNATIVE: %s called with the wrong arguments or results", path,
                         f->name, pc, nd->name);
                return false;
            }
        }
    }
    return true;
}

void vm_free(VM *vm)
{
    free(vm->natives);
    for (GcHeader *h = vm->objects, *next; h; h = next) {
        next = h->next;
        free(h);
    }
    for (uint32_t i = 0; i < vm->code->nconsts; i++)
        free(vm->kstrings[i]);
    free(vm->kstrings);
    free(vm->globals);
    free(vm->stack);
    free(vm->classes);
    free(vm->frames);
}

/* ==== errors ========================================================== */

/* Go's traceback, shortened: each frame's function and source line. */
static void traceback(VM *vm)
{
    fprintf(vm->err, "\ngoroutine 1 [running]:\n");
    for (uint32_t i = vm->nframes; i-- > 0;) {
        const Frame *fr = &vm->frames[i];
        const BcFunc *f = &vm->code->funcs[fr->fn];
        uint32_t pc = fr->pc > 0 ? fr->pc - 1 : 0;
        fprintf(vm->err, "%s(%s)\n\t%s:%u\n", f->name, f->params ? "..." : "", vm->code->source,
                pc < f->ncode ? f->lines[pc] : 0);
        if (vm->nframes - i >= 100 && i > 10) {
            fprintf(vm->err, "...additional frames elided...\n");
            i = 10;
        }
    }
}

static int runtime_panic(VM *vm, const char *fmt, ...) PRINTF_LIKE(2, 3);
static int runtime_panic(VM *vm, const char *fmt, ...)
{
    fflush(vm->out);
    va_list ap;
    va_start(ap, fmt);
    fprintf(vm->err, "panic: runtime error: ");
    vfprintf(vm->err, fmt, ap);
    fputc('\n', vm->err);
    va_end(ap);
    traceback(vm);
    return 2;
}

static int stack_overflow(VM *vm)
{
    fflush(vm->out);
    fprintf(vm->err, "runtime: goroutine stack exceeds %u-byte limit\nfatal error: stack overflow\n",
            VM_MAX_STACK_BYTES);
    traceback(vm);
    return 2;
}

/* ==== frames ========================================================== */

/* Makes room for fn's registers at base, with their classes. */
static bool enter(VM *vm, uint32_t fn, size_t base)
{
    const BcFunc *f = &vm->code->funcs[fn];
    size_t need = base + f->nregs;
    if (need * sizeof(Value) + (size_t)vm->nframes * VM_FRAME_COST > VM_MAX_STACK_BYTES)
        return false;
    if (need > vm->stack_cap) {
        size_t cap = vm->stack_cap ? vm->stack_cap : 1024;
        while (cap < need)
            cap *= 2;
        vm->stack = xrealloc(vm->stack, cap * sizeof *vm->stack);
        vm->classes = xrealloc(vm->classes, cap);
        vm->stack_cap = cap;
    }
    /* The callee's own registers (past its arguments) start empty, and
     * their classes are the callee's. */
    for (uint32_t r = f->params; r < f->nregs; r++)
        vm->stack[base + r].u = 0;
    if (f->nregs > 0)
        memcpy(vm->classes + base, f->classes, f->nregs);
    vm->stack_len = need;
    if (vm->nframes == vm->frame_cap) {
        vm->frame_cap = vm->frame_cap ? 2 * vm->frame_cap : 64;
        vm->frames = xrealloc(vm->frames, vm->frame_cap * sizeof *vm->frames);
    }
    vm->frames[vm->nframes++] = (Frame){fn, 0, base};
    return true;
}

/* ==== print and println =============================================== */

/* Go's print formats a float64 as %+e with three exponent digits. */
static void print_float(FILE *out, double f)
{
    if (f != f) {
        fputs("NaN", out);
        return;
    }
    if (f > 1.7976931348623157e308 || f < -1.7976931348623157e308) {
        fputs(f > 0 ? "+Inf" : "-Inf", out);
        return;
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%+.6e", f);
    char *e = strchr(buf, 'e');
    if (e) {
        int exp = atoi(e + 1);
        snprintf(e, (size_t)(buf + sizeof buf - e), "e%c%03d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    fputs(buf, out);
}

/* ==== the loop ======================================================== */

static int vm_run_function(VM *vm, uint32_t fn);

int vm_run(VM *vm)
{
    for (uint32_t i = 0; i < vm->code->ninit; i++) {
        int st = vm_run_function(vm, vm->code->init[i]);
        if (st != 0)
            return st;
    }
    int st = vm_run_function(vm, vm->code->main);
    fflush(vm->out);
    return st;
}

static int vm_run_function(VM *vm, uint32_t fn)
{
    const Bytecode *code = vm->code;
    vm->nframes = 0;
    vm->stack_len = 0;
    if (setjmp(vm->fatal))
        return 2;
    if (!enter(vm, fn, 0))
        return stack_overflow(vm);
    const BcFunc *f = &code->funcs[fn];
    const Instr *ip = f->code;
    Value *R = vm->stack;
    Instr in;

#define A instr_a(in)
#define B instr_b(in)
#define C instr_c(in)
#define SAVE() (vm->frames[vm->nframes - 1].pc = (uint32_t)(ip - f->code))

#if defined(__GNUC__) && !defined(GOVM_SWITCH)
    static const void *const labels[OP__COUNT] = {
#define OP(name, operands, effect, synopsis) [OP_##name] = &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define CASE(name) L_##name:
#define NEXT()                                                     \
    do {                                                           \
        if (vm->max_steps && ++vm->steps > vm->max_steps)          \
            goto step_limit;                                       \
        in = *ip++;                                                \
        goto *labels[instr_op(in)];                                \
    } while (0)
    NEXT();
#else
#define CASE(name) case OP_##name:
#define NEXT() goto dispatch
dispatch:
    if (vm->max_steps && ++vm->steps > vm->max_steps)
        goto step_limit;
    in = *ip++;
    switch (instr_op(in)) {
#endif

    CASE(NOP) NEXT();
    CASE(MOVE) R[A] = R[B]; NEXT();
    CASE(LOADK) {
        const BcConst *k = &code->consts[B];
        if (k->kind == BC_STRING)
            R[A].p = vm->kstrings[B];
        else if (k->kind == BC_FLOAT)
            R[A].f = k->f;
        else
            R[A].i = k->i;
        NEXT();
    }
    CASE(LOADI) R[A].i = instr_sb(in); NEXT();
    CASE(LOADNIL) R[A].p = NULL; NEXT();
    CASE(GETGLOBAL) R[A] = vm->globals[B]; NEXT();
    CASE(SETGLOBAL) vm->globals[A] = R[B]; NEXT();

    /* Integers wrap: computed on uint64_t, where overflow is defined. */
    CASE(ADD_INT) R[A].u = R[B].u + R[C].u; NEXT();
    CASE(ADDI_INT) R[A].u = R[B].u + (uint64_t)(int64_t)instr_sc(in); NEXT();
    CASE(SUB_INT) R[A].u = R[B].u - R[C].u; NEXT();
    CASE(MUL_INT) R[A].u = R[B].u * R[C].u; NEXT();
    CASE(DIV_INT) {
        if (R[C].i == 0) {
            SAVE();
            return runtime_panic(vm, "integer divide by zero");
        }
        /* MinInt64 / -1 overflows in C; in Go it wraps to MinInt64. */
        R[A].i = R[C].i == -1 ? (int64_t)(0 - R[B].u) : R[B].i / R[C].i;
        NEXT();
    }
    CASE(REM_INT) {
        if (R[C].i == 0) {
            SAVE();
            return runtime_panic(vm, "integer divide by zero");
        }
        R[A].i = R[C].i == -1 ? 0 : R[B].i % R[C].i;
        NEXT();
    }
    CASE(DIV_UINT) {
        if (R[C].u == 0) {
            SAVE();
            return runtime_panic(vm, "integer divide by zero");
        }
        R[A].u = R[B].u / R[C].u;
        NEXT();
    }
    CASE(REM_UINT) {
        if (R[C].u == 0) {
            SAVE();
            return runtime_panic(vm, "integer divide by zero");
        }
        R[A].u = R[B].u % R[C].u;
        NEXT();
    }
    CASE(NEG_INT) R[A].u = 0 - R[B].u; NEXT();
    CASE(AND) R[A].u = R[B].u & R[C].u; NEXT();
    CASE(OR) R[A].u = R[B].u | R[C].u; NEXT();
    CASE(XOR) R[A].u = R[B].u ^ R[C].u; NEXT();
    CASE(ANDNOT) R[A].u = R[B].u & ~R[C].u; NEXT();
    CASE(NOT_BITS) R[A].u = ~R[B].u; NEXT();
    /* Go defines shifts past the width: 0, or all sign bits. */
    CASE(SHL) R[A].u = R[C].u >= 64 ? 0 : R[B].u << R[C].u; NEXT();
    CASE(SHR_INT) R[A].i = R[C].u >= 64 ? (R[B].i < 0 ? -1 : 0) : R[B].i >> R[C].u; NEXT();
    CASE(SHR_UINT) R[A].u = R[C].u >= 64 ? 0 : R[B].u >> R[C].u; NEXT();
    CASE(TRUNC) {
        int bits = instr_sc(in);
        uint64_t v = R[B].u;
        if (bits < 0) {   /* signed: sign-extend from -bits */
            unsigned n = (unsigned)-bits;
            if (n < 64) {
                uint64_t m = (uint64_t)1 << (n - 1);
                v &= ((uint64_t)1 << n) - 1;
                v = (v ^ m) - m;
            }
        } else if (bits > 0 && bits < 64) {
            v &= ((uint64_t)1 << bits) - 1;
        }
        R[A].u = v;
        NEXT();
    }

    CASE(ADD_FLOAT) R[A].f = R[B].f + R[C].f; NEXT();
    CASE(SUB_FLOAT) R[A].f = R[B].f - R[C].f; NEXT();
    CASE(MUL_FLOAT) R[A].f = R[B].f * R[C].f; NEXT();
    CASE(DIV_FLOAT) R[A].f = R[B].f / R[C].f; NEXT();
    CASE(NEG_FLOAT) R[A].f = -R[B].f; NEXT();
    CASE(ROUND32) R[A].f = (double)(float)R[B].f; NEXT();
    CASE(INT2FLOAT) R[A].f = (double)R[B].i; NEXT();
    CASE(FLOAT2INT) {
        /* Out-of-range conversions are implementation-defined in Go;
         * in C they are undefined, so they are clamped here. */
        double x = R[B].f;
        R[A].i = x != x ? INT64_MIN : x >= 9.2233720368547758e18 ? INT64_MAX
                 : x <= -9.2233720368547758e18 ? INT64_MIN : (int64_t)x;
        NEXT();
    }

    CASE(EQ_INT) R[A].u = R[B].u == R[C].u; NEXT();
    CASE(LT_INT) R[A].u = R[B].i < R[C].i; NEXT();
    CASE(LE_INT) R[A].u = R[B].i <= R[C].i; NEXT();
    CASE(LT_UINT) R[A].u = R[B].u < R[C].u; NEXT();
    CASE(LE_UINT) R[A].u = R[B].u <= R[C].u; NEXT();
    CASE(EQ_FLOAT) R[A].u = R[B].f == R[C].f; NEXT();
    CASE(LT_FLOAT) R[A].u = R[B].f < R[C].f; NEXT();
    CASE(LE_FLOAT) R[A].u = R[B].f <= R[C].f; NEXT();
    CASE(NOT) R[A].u = !R[B].u; NEXT();

    CASE(EQ_STRING) {
        const GoString *x = R[B].p, *y = R[C].p;
        size_t xl = x ? x->len : 0, yl = y ? y->len : 0;
        R[A].u = xl == yl && (xl == 0 || memcmp(x->data, y->data, xl) == 0);
        NEXT();
    }
    CASE(LT_STRING) {
        const GoString *x = R[B].p, *y = R[C].p;
        size_t xl = x ? x->len : 0, yl = y ? y->len : 0, n = xl < yl ? xl : yl;
        int c = n ? memcmp(x->data, y->data, n) : 0;
        R[A].u = c < 0 || (c == 0 && xl < yl);
        NEXT();
    }
    CASE(CONCAT) {
        const GoString *x = R[B].p, *y = R[C].p;
        size_t xl = x ? x->len : 0, yl = y ? y->len : 0;
        SAVE();
        /* gc_alloc may collect, but never moves the stack: R stays valid. */
        GoString *s = gc_alloc(vm, GC_STRING, sizeof *s + xl + yl + 1);
        if (xl)
            memcpy(s->bytes, x->data, xl);
        if (yl)
            memcpy(s->bytes + xl, y->data, yl);
        s->len = xl + yl;
        s->data = s->bytes;
        R[A].p = s;
        NEXT();
    }
    CASE(LEN_STRING) R[A].i = R[B].p ? (int64_t)((GoString *)R[B].p)->len : 0; NEXT();
    CASE(INDEX_STRING) {
        const GoString *s = R[B].p;
        size_t len = s ? s->len : 0;
        if (R[C].u >= len) {
            SAVE();
            return runtime_panic(vm, "index out of range [%" PRId64 "] with length %zu", R[C].i, len);
        }
        R[A].u = (unsigned char)s->data[R[C].u];
        NEXT();
    }
    CASE(SLICE_STRING) {
        GoString *s = R[B].p;
        size_t len = s ? s->len : 0;
        uint64_t lo = R[C].u, hi = R[C + 1].u;
        if (hi > len) {
            SAVE();
            return runtime_panic(vm, "slice bounds out of range [:%" PRId64 "] with length %zu", R[C + 1].i, len);
        }
        if (lo > hi) {
            SAVE();
            return runtime_panic(vm, "slice bounds out of range [%" PRId64 ":%" PRId64 "]", R[C].i, R[C + 1].i);
        }
        SAVE();
        GoString *sub = gc_alloc(vm, GC_STRING, sizeof *sub);
        sub->len = (size_t)(hi - lo);
        sub->data = s ? s->data + lo : "";
        sub->base = s && s->base ? s->base : s;   /* always a string that owns its bytes */
        R[A].p = sub;
        NEXT();
    }

    CASE(MAKEIFACE) {
        SAVE();
        Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
        box->type = C;
        box->v = R[B];
        R[A].p = box;
        NEXT();
    }

    CASE(JMP) ip += instr_sj(in); NEXT();
    CASE(JMPIF) if (R[A].u) ip += instr_sj(in); NEXT();
    CASE(JMPIFNOT) if (!R[A].u) ip += instr_sj(in); NEXT();

    CASE(PRINT_INT) fprintf(vm->err, "%" PRId64, R[A].i); NEXT();
    CASE(PRINT_UINT) fprintf(vm->err, "%" PRIu64, R[A].u); NEXT();
    CASE(PRINT_FLOAT) print_float(vm->err, R[A].f); NEXT();
    CASE(PRINT_BOOL) fputs(R[A].u ? "true" : "false", vm->err); NEXT();
    CASE(PRINT_STRING) {
        const GoString *s = R[A].p;
        if (s && s->len)
            fwrite(s->data, 1, s->len, vm->err);
        NEXT();
    }
    CASE(PRINT_SPACE) fputc(' ', vm->err); NEXT();
    CASE(PRINT_NEWLINE) fputc('\n', vm->err); NEXT();

    CASE(CALL) {
        SAVE();
        size_t base = vm->frames[vm->nframes - 1].base + A;
        if (!enter(vm, C, base))
            return stack_overflow(vm);
        f = &code->funcs[C];
        ip = f->code;
        R = vm->stack + base;
        NEXT();
    }
    CASE(CALLNATIVE) {
        SAVE();
        int st = vm->natives[C]->fn(vm, R + A, B, R + A + B);
        if (st != 0)
            return st;
        NEXT();
    }
    CASE(RETURN) {
        /* Results go after the parameters: the caller's window. */
        if (A != f->params)
            memmove(R + f->params, R + A, (size_t)B * sizeof *R);
        vm->nframes--;
        if (vm->nframes == 0) {
            vm->stack_len = 0;
            return 0;
        }
        Frame *caller = &vm->frames[vm->nframes - 1];
        f = &code->funcs[caller->fn];
        ip = f->code + caller->pc;
        R = vm->stack + caller->base;
        vm->stack_len = caller->base + f->nregs;
        NEXT();
    }

#if !(defined(__GNUC__) && !defined(GOVM_SWITCH))
    default: break;
    }
    return runtime_panic(vm, "invalid instruction");
#endif

step_limit:
    SAVE();
    fflush(vm->out);
    fprintf(vm->err, "fatal error: step limit exceeded (--max-steps %" PRIu64 ")\n", vm->max_steps);
    traceback(vm);
    return 2;
#undef A
#undef B
#undef C
}
