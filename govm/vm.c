/* vm.c - the dispatch loop and the heap (see vm.h).
 * One C loop runs every bytecode call: CALL pushes a frame on the value
 * stack and goes on, RETURN pops it, so recursion in a script never
 * recurses in C.  Dispatch is computed goto, with a switch for compilers
 * without labels as values (-DGOVM_SWITCH). */
#include "vm.h"
#include "natives.h"

#include "utf8.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
    /* The file's types (shared, not copied deeply); govm's own follow. */
    vm->types_cap = code->ntypes + 16;
    vm->types = xmalloc(vm->types_cap * sizeof *vm->types);
    if (code->ntypes)
        memcpy(vm->types, code->types, code->ntypes * sizeof *vm->types);
    vm->ntypes = code->ntypes;
    vm->m_error = vm->m_string = UINT32_MAX;
}

uint32_t vm_add_type(VM *vm, BcType t)
{
    if (vm->ntypes == vm->types_cap) {
        vm->types_cap = vm->types_cap ? 2 * vm->types_cap : 16;
        vm->types = xrealloc(vm->types, vm->types_cap * sizeof *vm->types);
    }
    t.cls = (uint8_t)bytecode_kind_class(t.kind);
    t.agg = t.kind == BK_STRUCT || t.kind == BK_ARRAY;
    vm->types[vm->ntypes] = t;
    return vm->ntypes++;
}

uint32_t vm_type_named(const VM *vm, const char *name)
{
    for (uint32_t i = 0; i < vm->ntypes; i++)
        if (strcmp(vm->types[i].name, name) == 0)
            return i;
    return BC_NO_TYPE;
}

uint32_t vm_method(const VM *vm, uint32_t type, uint32_t m)
{
    const BcType *t = &vm->types[type];
    if (m >= vm->nmethod_names || !t->vtable)
        return BC_NO_FUNC;
    return t->vtable[m];
}

bool vm_func_fits(const VM *vm, uint32_t fn, uint32_t nparams, const char *results)
{
    uint32_t nres = (uint32_t)strlen(results);
    if (fn & VM_NATIVE_METHOD) {
        const NativeDef *d = vm->native_methods[fn & ~VM_NATIVE_METHOD];
        return strlen(d->params) == nparams && strcmp(d->results, results) == 0;
    }
    const BcFunc *f = &vm->code->funcs[fn];
    if (f->params != nparams || f->results != nres)
        return false;
    for (uint32_t i = 0; i < nres; i++)
        if (f->classes[nparams + i] != (results[i] == 'P' ? BC_REF : BC_SCALAR))
            return false;
    return true;
}

uint32_t vm_method_named(const VM *vm, const char *name)
{
    for (uint32_t i = 0; i < vm->nmethod_names; i++)
        if (strcmp(vm->method_names[i], name) == 0)
            return i;
    return UINT32_MAX;
}

/* The index of a method name, added after the file's if new. */
static uint32_t method_name(VM *vm, const char *name, size_t len)
{
    for (uint32_t i = 0; i < vm->nmethod_names; i++)
        if (strlen(vm->method_names[i]) == len && memcmp(vm->method_names[i], name, len) == 0)
            return i;
    vm->method_names = xrealloc(vm->method_names, (vm->nmethod_names + 1) * sizeof *vm->method_names);
    vm->method_names[vm->nmethod_names] = name;   /* names live in the native tables (NUL after len) */
    return vm->nmethod_names++;
}

/* How natives name a type's methods: "*strconv.NumError" has
 * "strconv.(*NumError).Error", "sort.IntSlice" has "sort.IntSlice.Len". */
static void receiver_form(const char *type_name, Buf *out)
{
    out->len = 0;
    const char *name = type_name[0] == '*' ? type_name + 1 : type_name;
    const char *dot = strrchr(name, '.');
    if (!dot || strpbrk(name, "[]{}() ")) {
        buf_putc(out, '\0');
        return;
    }
    if (type_name[0] == '*')
        buf_printf(out, "%.*s.(*%s).", (int)(dot - name), name, dot + 1);
    else
        buf_printf(out, "%s.", name);
    buf_putc(out, '\0');
}

static uint32_t native_method_index(VM *vm, const NativeDef *d)
{
    for (uint32_t i = 0; i < vm->nnative_methods; i++)
        if (vm->native_methods[i] == d)
            return i;
    vm->native_methods = xrealloc(vm->native_methods, (vm->nnative_methods + 1) * sizeof *vm->native_methods);
    vm->native_methods[vm->nnative_methods] = d;
    return vm->nnative_methods++;
}

/* Every type's vtable, govm's own copy over all method names: the
 * file's methods, then the native methods of the standard library's
 * types (strconv.NumError's Error) and of govm's own types. */
static void build_vtables(VM *vm)
{
    Buf form;
    buf_init(&form);
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t t = 0; t < vm->ntypes; t++) {
            BcType *ty = &vm->types[t];
            receiver_form(ty->name, &form);
            size_t flen = strlen((const char *)form.data);
            if (pass == 1) {
                const uint32_t *file = t < vm->code->ntypes ? ty->vtable : NULL;
                ty->vtable = xmalloc((vm->nmethod_names ? vm->nmethod_names : 1) * sizeof *ty->vtable);
                for (uint32_t m = 0; m < vm->nmethod_names; m++)
                    ty->vtable[m] = file && m < vm->code->nmethod_names ? file[m] : BC_NO_FUNC;
            }
            if (flen == 0)
                continue;
            for (const NativeDef *d = natives_all(0); d; d = natives_next(d)) {
                if (strncmp(d->name, (const char *)form.data, flen) != 0 || strchr(d->name + flen, '.'))
                    continue;
                uint32_t m = method_name(vm, d->name + flen, strlen(d->name + flen));
                if (pass == 1)
                    ty->vtable[m] = VM_NATIVE_METHOD | native_method_index(vm, d);
            }
        }
    }
    buf_free(&form);
}

/* Does the window at register a of f fit native nd (n arguments)?
 * skip_first: register a is an interface a native method's receiver
 * replaces. */
static bool native_fits(const BcFunc *f, const NativeDef *nd, uint32_t a, uint32_t n, bool skip_first)
{
    uint32_t nres = (uint32_t)strlen(nd->results);
    if (n != strlen(nd->params) || a + n + nres > f->nregs)
        return false;
    for (uint32_t k = skip_first ? 1 : 0; k < n; k++)
        if (f->classes[a + k] != (nd->params[k] == 'P' ? BC_REF : BC_SCALAR))
            return false;
    for (uint32_t k = 0; k < nres; k++)
        if (f->classes[a + n + k] != (nd->results[k] == 'P' ? BC_REF : BC_SCALAR))
            return false;
    return true;   /* a scalar receiver is passed in a window of its own (CALLIFACE) */
}

bool vm_bind(VM *vm, const char *path)
{
    const Bytecode *b = vm->code;
    vm->method_names = xmalloc((b->nmethod_names + 4) * sizeof *vm->method_names);
    for (uint32_t i = 0; i < b->nmethod_names; i++)
        vm->method_names[i] = b->method_names[i];
    vm->nmethod_names = b->nmethod_names;
    vm->m_error = method_name(vm, "Error", 5);
    vm->m_string = method_name(vm, "String", 6);
    vm->m_unwrap = method_name(vm, "Unwrap", 6);
    vm->m_read = method_name(vm, "Read", 4);
    vm->m_write = method_name(vm, "Write", 5);
    vm->m_gostring = method_name(vm, "GoString", 8);
    natives_register(vm);
    build_vtables(vm);
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
            const NativeDef *bad = NULL;
            if (instr_op(in) == OP_CALLNATIVE || instr_op(in) == OP_DEFERNATIVE) {
                const NativeDef *nd = vm->natives[instr_c(in)];
                if (!native_fits(f, nd, instr_a(in), instr_b(in), false))
                    bad = nd;
            } else if (instr_op(in) == OP_CALLIFACE) {
                /* The native methods this call may reach. */
                for (uint32_t t = 0; t < vm->ntypes && !bad; t++) {
                    uint32_t m = vm_method(vm, t, instr_c(in));
                    if (m != BC_NO_FUNC && (m & VM_NATIVE_METHOD) && !native_fits(f, vm->native_methods[m & ~VM_NATIVE_METHOD], instr_a(in),
                                                        instr_b(in), true))
                        bad = vm->native_methods[m & ~VM_NATIVE_METHOD];
                }
            }
            if (bad) {
                fail_msg("%s: %s, instruction %u: %s: %s called with the wrong arguments or results", path, f->name,
                         pc, op_name(instr_op(in)), bad->name);
                return false;
            }
        }
    }
    return true;
}

void vm_free(VM *vm)
{
    free(vm->natives);
    for (uint32_t i = 0; i < vm->nshadowed; i++)
        free(vm->shadowed[i]);
    free(vm->shadowed);
    for (GcHeader *h = vm->objects, *next; h; h = next) {
        next = h->next;
        gc_free_object(h);
    }
    for (uint32_t i = 0; i < vm->code->nconsts; i++)
        free(vm->kstrings[i]);
    for (uint32_t t = 0; t < vm->ntypes; t++) {
        BcType *ty = &vm->types[t];
        free(ty->vtable);   /* govm's own copy (build_vtables) */
        if (t < vm->code->ntypes)
            continue;
        free(ty->fields);
        free(ty->methods);
        free(ty->slot_cls);
        free(ty->slot_agg);
    }
    free(vm->types);
    free(vm->native_methods);
    free(vm->method_names);
    buf_free(&vm->run.panic_trace);
    task_free_spares(vm);
    while (vm->sleepers) {
        Sleeper *z = vm->sleepers;
        vm->sleepers = z->next;
        free(z);
    }
    free(vm->kstrings);
    free(vm->globals);
    free(vm->run.stack);
    free(vm->gray);
    free(vm->run.frames);
}

/* ==== errors ========================================================== */

/* Go's traceback, shortened: each frame's function and source line. */
void vm_traceback_of(VM *vm, const TaskState *st, uint32_t id, const char *state, Buf *out)
{
    buf_printf(out, "\ngoroutine %u [%s]:\n", id, state);
    for (uint32_t i = st->nframes; i-- > 0;) {
        const Frame *fr = &st->frames[i];
        const BcFunc *f = &vm->code->funcs[fr->fn];
        uint32_t pc = fr->pc > 0 ? fr->pc - 1 : 0;
        buf_printf(out, "%s(%s)\n\t%s:%u\n", f->name, f->params ? "..." : "", vm->code->source,
                   pc < f->ncode ? f->lines[pc] : 0);
        if (st->nframes - i >= 100 && i > 10) {
            buf_puts(out, "...additional frames elided...\n");
            i = 10;
        }
    }
}

static void traceback_to(VM *vm, Buf *out)
{
    vm_traceback_of(vm, &vm->run, vm->current ? vm->current->id : 1, "running", out);
}

static void traceback(VM *vm)
{
    Buf b;
    buf_init(&b);
    traceback_to(vm, &b);
    fwrite(b.data, 1, b.len, vm->err);
    buf_free(&b);
}

/* A panic starts: its value, and the stack where it started (printed
 * if nothing recovers it).  Returns 2, what panicking natives return. */
static int start_panic(VM *vm, Value v)
{
    if (vm->run.unwinding > 0 && vm->run.nchain < 8 && (vm->run.panicking || vm->run.last_recovered.p)) {
        /* A panic in a deferred call while another unwinds (or after it
         * recovered one): Go prints them all. */
        vm->run.chain_recovered[vm->run.nchain] = !vm->run.panicking;
        vm->run.panic_chain[vm->run.nchain++] = vm->run.panicking ? vm->run.panic_value : vm->run.last_recovered;
        vm->run.last_recovered.p = NULL;
    } else if (vm->run.unwinding == 0) {
        vm->run.nchain = 0;
    }
    vm->run.panic_value = v;
    vm->run.panicking = true;
    vm->run.recovered = false;
    vm->run.panic_trace.len = 0;
    traceback_to(vm, &vm->run.panic_trace);
    return 2;
}

/* A runtime error's panic: an error value whose message is prefix and
 * the formatted text ("runtime error: index out of range ..."). */
static int panic_error(VM *vm, const char *prefix, const char *fmt, va_list ap)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, prefix);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    buf_puts(&b, tmp);
    Value e = nat_runtime_error(vm, (const char *)b.data, b.len);
    buf_free(&b);
    return start_panic(vm, e);
}

static int runtime_panic(VM *vm, const char *fmt, ...) PRINTF_LIKE(2, 3);
static int runtime_panic(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int st = panic_error(vm, "runtime error: ", fmt, ap);
    va_end(ap);
    return st;
}

/* A runtime.Error whose message has no "runtime error: " (a nil map's). */
static int plain_panic(VM *vm, const char *fmt, ...) PRINTF_LIKE(2, 3);
static int plain_panic(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int st = panic_error(vm, "", fmt, ap);
    va_end(ap);
    return st;
}

int nat_panic(VM *vm, const char *fmt, ...)
{
    /* A native's panic(string): the value is the string. */
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    GoString *s = vm_string(vm, tmp, strlen(tmp));
    gc_protect(vm, s);
    Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
    gc_unprotect(vm, 1);
    box->type = nat_type(vm, "string", BK_STRING);
    box->v.p = s;
    return start_panic(vm, (Value){.p = box});
}

int nat_runtime_panic(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int st = panic_error(vm, "runtime error: ", fmt, ap);
    va_end(ap);
    return st;
}

int nat_exit(VM *vm, int code)
{
    vm->exit_code = code;
    return VM_EXIT;
}

static void panic_value_text(VM *vm, Value v, Buf *out);

/* Prints an unrecovered panic as Go does: "panic: " and the value (an
 * error's Error(), a Stringer's String(), a basic value, else its type
 * and address), then the stack where it began. */
static void print_panic(VM *vm)
{
    Value v = vm->run.panic_value;
    vm->run.panicking = false;
    Buf b;
    buf_init(&b);
    for (uint32_t i = 0; i <= vm->run.nchain; i++) {
        if (i > 0)
            buf_puts(&b, "\n\t");
        panic_value_text(vm, i < vm->run.nchain ? vm->run.panic_chain[i] : v, &b);
        if (i < vm->run.nchain && vm->run.chain_recovered[i])
            buf_puts(&b, " [recovered]");
    }
    vm->run.nchain = 0;
    fflush(vm->out);
    fwrite(b.data, 1, b.len, vm->err);
    fputc('\n', vm->err);
    fwrite(vm->run.panic_trace.data, 1, vm->run.panic_trace.len, vm->err);
    buf_free(&b);
}

/* "panic: " and a panic's value as Go's runtime prints it. */
static void panic_value_text(VM *vm, Value v, Buf *out)
{
    Buf b;
    buf_init(&b);
    buf_puts(&b, "panic: ");
    const Iface *box = iface_box(vm, v);
    if (!box) {
        buf_puts(&b, "nil");
    } else {
        const BcType *t = &vm->types[box->type];
        uint32_t m = vm_method(vm, box->type, vm->m_error);
        if (m == BC_NO_FUNC)
            m = vm_method(vm, box->type, vm->m_string);
        Value res;
        if (m != BC_NO_FUNC && vm_func_fits(vm, m, 1, "P") && vm_call(vm, m, &box->v, 1, &res, 1) == 0) {
            buf_append(&b, str_ptr(res.p), str_len(res.p));
        } else if (t->kind == BK_STRING) {
            buf_append(&b, str_ptr(box->v.p), str_len(box->v.p));
        } else if (t->cls == BC_SCALAR || t->kind == BK_STRING) {
            /* A named basic type prints as main.T(value). */
            bool named = strchr(t->name, '.') != NULL;
            if (named)
                buf_printf(&b, "%s(", t->name);
            fmt_sprint(vm, &b, &v, 1, false);
            if (named)
                buf_putc(&b, ')');
        } else {
            buf_printf(&b, "(%s) %p", t->name, box->v.p);
        }
    }
    buf_append(out, b.data, b.len);
    buf_free(&b);
}

static int index_panic(VM *vm, int64_t i, size_t len)
{
    if (i < 0)
        return runtime_panic(vm, "index out of range [%" PRId64 "]", i);
    return runtime_panic(vm, "index out of range [%" PRId64 "] with length %zu", i, len);
}

/* s[lo:hi:max] against cap, with Go's messages; max is -1 for the
 * two-index form, and becomes cap. */
static bool slice_out_of_range(VM *vm, uint64_t lo, uint64_t hi, uint64_t *max, size_t cap)
{
    bool three = *max != UINT64_MAX;
    if (!three)
        *max = cap;
    if (*max > cap) {
        runtime_panic(vm, "slice bounds out of range [::%" PRId64 "] with capacity %zu", (int64_t)*max, cap);
        return true;
    }
    if (hi > *max) {
        if (three)
            runtime_panic(vm, "slice bounds out of range [:%" PRId64 ":%" PRId64 "]", (int64_t)hi, (int64_t)*max);
        else
            runtime_panic(vm, "slice bounds out of range [:%" PRId64 "] with capacity %zu", (int64_t)hi, cap);
        return true;
    }
    if (lo > hi) {
        if (three)
            runtime_panic(vm, "slice bounds out of range [%" PRId64 ":%" PRId64 ":]", (int64_t)lo, (int64_t)hi);
        else
            runtime_panic(vm, "slice bounds out of range [%" PRId64 ":%" PRId64 "]", (int64_t)lo, (int64_t)hi);
        return true;
    }
    return false;
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

/* Makes room for fn's registers at base. */
static bool enter(VM *vm, uint32_t fn, size_t base)
{
    const BcFunc *f = &vm->code->funcs[fn];
    size_t need = base + f->nregs;
    if (need * sizeof(Value) + (size_t)vm->run.nframes * VM_FRAME_COST > VM_MAX_STACK_BYTES)
        return false;
    if (need > vm->run.stack_cap) {
        /* Small at first: a task's stack grows as its calls nest. */
        size_t cap = vm->run.stack_cap ? vm->run.stack_cap : 16;
        while (cap < need)
            cap *= 2;
        vm->run.stack = xrealloc(vm->run.stack, cap * sizeof *vm->run.stack);
        vm->run.stack_cap = cap;
    }
    /* The callee's own registers (past its arguments) start empty: the
     * collector reads them by the callee's classes. */
    for (uint32_t r = f->params; r < f->nregs; r++)
        vm->run.stack[base + r].u = 0;
    vm->run.stack_len = need;
    if (vm->run.nframes == vm->run.frame_cap) {
        vm->run.frame_cap = vm->run.frame_cap ? 2 * vm->run.frame_cap : 4;
        vm->run.frames = xrealloc(vm->run.frames, vm->run.frame_cap * sizeof *vm->run.frames);
    }
    vm->run.frames[vm->run.nframes++] = (Frame){fn, 0, base, false, false, NULL, NULL, 0, false, false, false};
    return true;
}

bool vm_enter(VM *vm, uint32_t fn, size_t base)
{
    return enter(vm, fn, base);
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

/* ==== helpers of the loop ============================================= */

/* Is v a value of type t: the object kind its references need (and a
 * struct or array of that very type)? */
bool payload_fits(const VM *vm, uint32_t t, Value v)
{
    const BcType *ty = &vm->types[t];
    const GcHeader *h = v.p;
    if (ty->cls != BC_REF || !h)
        return ty->cls != BC_REF || !ty->agg;   /* a nil reference fits all but a struct */
    switch (ty->kind) {
    case BK_STRING: return h->kind == GC_STRING;
    case BK_SLICE: return h->kind == GC_SLICE && ((const Slice *)h)->arr->elem_cls == vm->types[ty->elem].cls;
    case BK_MAP: return h->kind == GC_MAP && ((const Map *)h)->type->key == ty->key &&
                        ((const Map *)h)->type->elem == ty->elem;
    case BK_STRUCT: case BK_ARRAY: return h->kind == GC_AGG && ((const Agg *)h)->type == ty;
    case BK_POINTER:
        if (vm->types[ty->elem].agg)
            return h->kind == GC_AGG && ((const Agg *)h)->type == &vm->types[ty->elem];
        return h->kind == GC_CELL && ((const Cell *)h)->cls == vm->types[ty->elem].cls;
    case BK_FUNC: return h->kind == GC_CLOSURE;
    default: return false;   /* an interface is never boxed again */
    }
}

/* --trace: an instruction about to run, with its registers' values. */
static void trace_instr(VM *vm, const BcFunc *f, uint32_t pc, const Value *R)
{
    Instr in = f->code[pc];
    Opcode op = instr_op(in);
    fprintf(vm->err, "%s %u [%u] %s", f->name, pc, f->lines[pc], op_name(op));
    for (unsigned k = 0; k < op_noperands(op); k++) {
        OperandKind kind = op_operand(op, k);
        uint32_t v = k == 0 ? instr_a(in) : k == 1 ? instr_b(in) : instr_c(in);
        if (kind == OPK_JUMP) {
            fprintf(vm->err, " to %d", (int)pc + 1 + instr_sj(in));
            break;
        }
        if (kind == OPK_IMM)
            fprintf(vm->err, " %d", (int16_t)v);
        else if (kind == OPK_REG || kind == OPK_PREG || kind == OPK_XREG)
            fprintf(vm->err, " R%u", v);
        else
            fprintf(vm->err, " %u", v);
    }
    const char *sep = "  ;";
    for (unsigned k = 0; k < op_noperands(op); k++) {
        OperandKind kind = op_operand(op, k);
        if (kind != OPK_REG && kind != OPK_PREG && kind != OPK_XREG)
            continue;
        uint32_t r = k == 0 ? instr_a(in) : k == 1 ? instr_b(in) : instr_c(in);
        if (f->classes[r] == BC_SCALAR) {
            fprintf(vm->err, "%s R%u=%" PRId64, sep, r, R[r].i);
        } else {
            const GcHeader *h = R[r].p;
            if (!h)
                fprintf(vm->err, "%s R%u=nil", sep, r);
            else if (h->kind == GC_STRING)
                fprintf(vm->err, "%s R%u=\"%.*s\"", sep, r, (int)(((const GoString *)h)->len > 40 ? 40 : ((const GoString *)h)->len),
                        ((const GoString *)h)->data);
            else
                fprintf(vm->err, "%s R%u=%p", sep, r, (const void *)h);
        }
        sep = ",";
    }
    fputc('\n', vm->err);
}

/* Go's longest slice, bounded by what a heap could hold. */
#define VM_MAX_LEN ((uint64_t)1 << 40)

static size_t decode_rune(const char *s, size_t len, int32_t *r)
{
    size_t size;
    int32_t c = utf8_decode((const unsigned char *)s, len, &size);
    if (r)
        *r = c == UTF8_INVALID ? 0xFFFD : c;
    return size;
}

/* string(r): UTF-8, or U+FFFD for what is not a code point. */
static void append_rune(Buf *b, int64_t r)
{
    if (r < 0 || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char out[4];
    buf_append(b, out, utf8_encode_rune((uint32_t)r, out));
}

static bool same_type_agg(const void *p, const BcType *t)
{
    const Agg *o = p;
    return o && o->h.kind == GC_AGG && o->type == t;
}

/* Value p may be struct o's field i (whose type is a struct or array). */
static bool same_agg_type(const VM *vm, const void *p, const Agg *o, uint32_t i)
{
    return o->type->kind == BK_STRUCT && same_type_agg(p, &vm->types[o->type->fields[i].type]);
}

/* A pointer to slot i of o. */
static Cell *cell_into(VM *vm, Agg *o, size_t i)
{
    gc_protect(vm, o);
    Cell *c = gc_alloc(vm, GC_CELL, sizeof *c);
    gc_unprotect(vm, 1);
    c->owner = &o->h;
    c->slot = &o->v[i];
    c->cls = agg_cls(o, i);
    return c;
}

/* The first method of interface type it that type t lacks, or NULL. */
static const char *missing_method(const VM *vm, uint32_t t, uint32_t it)
{
    const BcType *ty = &vm->types[t], *iface = &vm->types[it];
    for (uint32_t i = 0; i < iface->nmethods; i++) {
        uint32_t m = iface->methods[i].name;
        if (!ty->vtable || ty->vtable[m] == BC_NO_FUNC)
            return vm->method_names[m];
    }
    return NULL;
}

/* An interface type's name as Go's runtime prints it. */
static const char *iface_name(const BcType *t)
{
    if (strcmp(t->name, "any") == 0 || strcmp(t->name, "interface{}") == 0)
        return "interface {}";
    return t->name;
}

/* x.(T) failed: Go's message, as a runtime error's. */
static int assert_panic(VM *vm, uint32_t static_type, const Iface *x, uint32_t target)
{
    const BcType *st = &vm->types[static_type], *tt = &vm->types[target];
    /* Go names the static type when the target is concrete. */
    if (!x && tt->kind == BK_INTERFACE)
        return plain_panic(vm, "interface conversion: interface is nil, not %s", iface_name(tt));
    if (!x)
        return plain_panic(vm, "interface conversion: %s is nil, not %s", iface_name(st), tt->name);
    if (tt->kind == BK_INTERFACE)
        return plain_panic(vm, "interface conversion: %s is not %s: missing method %s", vm->types[x->type].name,
                           iface_name(tt), missing_method(vm, x->type, target));
    return plain_panic(vm, "interface conversion: %s is %s, not %s", iface_name(st), vm->types[x->type].name,
                       tt->name);
}

static const BcType *iface_type(const VM *vm)
{
    static const BcType any = {.kind = BK_INTERFACE, .name = "interface {}"};
    (void)vm;
    return &any;
}

/* Is c a closure whose function takes go's or spawn's B arguments, laid
 * out in registers A+1 .. A+B of f as its parameters are?  (A forged
 * file could say otherwise; gocodegen's never does.) */
static bool fits_task_window(const Bytecode *code, const BcFunc *f, const Closure *c, uint32_t A, uint32_t B)
{
    if (c->h.kind != GC_CLOSURE || c->fn >= code->nfuncs)
        return false;
    const BcFunc *callee = &code->funcs[c->fn];
    return callee->params == B && memcmp(f->classes + A + 1, callee->classes, B) == 0;
}

/* ==== the loop ======================================================== */

static int run_loop(VM *vm);

/* Runs fn in the main task on an empty stack (an init function, main),
 * and the other tasks while main waits or its time slice is over.  When
 * main's function returns the others are left as they are (and main
 * goes on to the next function, or the program ends). */
static int vm_run_function(VM *vm, uint32_t fn)
{
    task_init_main(vm);
    vm->run.nframes = 0;
    vm->run.stack_len = 0;
    vm->nprotect = 0;
    if (setjmp(vm->fatal))
        return 2;
    if (!enter(vm, fn, 0))
        return stack_overflow(vm);
    vm->run.frames[0].stop = true;
    for (;;) {
        int st = run_loop(vm);
        if (st == VM_SWITCH) {
            if (!task_switch(vm))
                return task_deadlock(vm);
            continue;
        }
        if (vm->current == vm->main_task) {
            if (st == 2 && vm->run.panicking) {
                vm->run.nframes = 0;
                print_panic(vm);
            }
            return st;
        }
        /* Another task ended.  A go statement's panic is reported; a
         * spawned task's is kept for await.  Neither interrupts another
         * task; os.Exit ends the program. */
        if (st == VM_EXIT || (st == 2 && !vm->run.panicking))
            return st;   /* os.Exit, or a fatal error (a stack overflow) */
        task_ended(vm, st);
        if (st == 2 && vm->run.panicking) {
            vm->run.nframes = 0;
            if (vm->current->report)
                print_panic(vm);
            vm->run.panicking = false;
        }
        if (!task_finish(vm))
            return task_deadlock(vm);
    }
}

int vm_run(VM *vm)
{
    int st = 0;
    for (uint32_t i = 0; i < vm->code->ninit && st == 0; i++)
        st = vm_run_function(vm, vm->code->init[i]);
    if (st == 0)
        st = vm_run_function(vm, vm->code->main);
    fflush(vm->out);
    return st == VM_EXIT ? vm->exit_code : st;
}

/* The first free stack slot above the running frame's registers and
 * above the window of a native method running over it. */
static size_t stack_top(const VM *vm)
{
    size_t top = 0;
    if (vm->run.nframes > 0) {
        const Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        top = fr->base + vm->code->funcs[fr->fn].nregs;
    }
    if (vm->window && vm->window->end > top)
        top = vm->window->end;
    return top;
}

static void reserve_stack(VM *vm, size_t need)
{
    if (need <= vm->run.stack_cap)
        return;
    size_t cap = vm->run.stack_cap ? vm->run.stack_cap : 1024;
    while (cap < need)
        cap *= 2;
    vm->run.stack = xrealloc(vm->run.stack, cap * sizeof *vm->run.stack);
    vm->run.stack_cap = cap;
}

/* A call a native made is done: its window, above the running
 * frame, may be a lower frame's dead registers, which must not keep
 * its values for the collector. */
static void clear_slots(VM *vm, size_t base, size_t n)
{
    if (base + n <= vm->run.stack_cap)
        memset(vm->run.stack + base, 0, n * sizeof(Value));
}

/* CALLIFACE of a native method whose receiver is a number (a
 * time.Duration's String, an os.FileMode's IsDir): R[A], a reference
 * register, keeps the interface, and the native runs in a window of its
 * own (vm_call), whose results are copied after the call's arguments. */
static int call_scalar_receiver(VM *vm, uint32_t fn, Value recv, size_t at, uint32_t nargs)
{
    const NativeDef *nd = vm->native_methods[fn & ~VM_NATIVE_METHOD];
    uint32_t nres = (uint32_t)strlen(nd->results);
    Value args[16], res[16];
    if (nargs > 16 || nres > 16)
        return nat_runtime_panic(vm, "govm: %s takes too many values", nd->name);
    args[0] = recv;
    for (uint32_t i = 1; i < nargs; i++)
        args[i] = vm->run.stack[at + i];
    int st = vm_call(vm, fn, args, nargs, res, nres);
    if (st == 0)
        memcpy(vm->run.stack + at + nargs, res, nres * sizeof *res);
    return st;
}

int vm_call(VM *vm, uint32_t fn, const Value *args, uint32_t nargs, Value *results, uint32_t nresults)
{
    if (vm->ncalls >= VM_MAX_NATIVE_NESTING)
        return stack_overflow(vm);
    /* args may point into the stack, which entering may move. */
    Value local[16], *copy = nargs <= 16 ? local : xmalloc(nargs * sizeof *copy);
    memcpy(copy, args, nargs * sizeof *copy);
    size_t base = stack_top(vm);
    int st;
    if (fn & VM_NATIVE_METHOD) {
        const NativeDef *nd = vm->native_methods[fn & ~VM_NATIVE_METHOD];
        reserve_stack(vm, base + nargs + nresults);
        memcpy(vm->run.stack + base, copy, nargs * sizeof *copy);
        memset(vm->run.stack + base + nargs, 0, nresults * sizeof *copy);
        NativeWindow w = {base, base + nargs + nresults, nd, vm->window};
        vm->window = &w;
        vm->ncalls++;
        st = nd->fn(vm, base, nargs);
        vm->ncalls--;
        vm->window = w.outer;
        if (st == 0)
            memcpy(results, vm->run.stack + base + nargs, nresults * sizeof *results);
        clear_slots(vm, base, nargs + nresults);
    } else {
        if (!enter(vm, fn, base)) {
            if (copy != local)
                free(copy);
            return stack_overflow(vm);
        }
        memcpy(vm->run.stack + base, copy, nargs * sizeof *copy);
        vm->run.frames[vm->run.nframes - 1].stop = true;
        vm->ncalls++;
        st = run_loop(vm);
        vm->ncalls--;
        if (st == 0)
            memcpy(results, vm->run.stack + base + vm->code->funcs[fn].params, nresults * sizeof *results);
        clear_slots(vm, base, vm->code->funcs[fn].params + vm->code->funcs[fn].results);
    }
    if (copy != local)
        free(copy);
    return st;
}

int vm_call_closure(VM *vm, Closure *c, const Value *args, uint32_t nargs, Value *results, uint32_t nresults,
                    const char *classes)
{
    if (!c)
        return nat_runtime_panic(vm, "invalid memory address or nil pointer dereference");
    bool fits = c->h.kind == GC_CLOSURE && c->fn < vm->code->nfuncs;
    const BcFunc *callee = fits ? &vm->code->funcs[c->fn] : NULL;
    fits = fits && callee->params == nargs && callee->results == nresults;
    for (uint32_t i = 0; fits && i < nargs + nresults; i++)
        fits = callee->classes[i] == (classes[i] == 'P' ? BC_REF : BC_SCALAR);
    if (!fits) {
        fflush(vm->out);
        fprintf(vm->err, "fatal error: a native called %s with the wrong arguments\n",
                callee ? callee->name : "a value that is not a function");
        return 2;
    }
    if (vm->ncalls >= VM_MAX_NATIVE_NESTING)
        return stack_overflow(vm);
    Value local[16], *copy = nargs <= 16 ? local : xmalloc(nargs * sizeof *copy);
    if (nargs)
        memcpy(copy, args, nargs * sizeof *copy);
    size_t base = stack_top(vm);
    gc_protect(vm, c);
    bool ok = enter(vm, c->fn, base);
    gc_unprotect(vm, 1);
    int st;
    if (!ok) {
        st = stack_overflow(vm);
    } else {
        memcpy(vm->run.stack + base, copy, nargs * sizeof *copy);
        vm->run.frames[vm->run.nframes - 1].stop = true;
        vm->run.frames[vm->run.nframes - 1].closure = c;
        vm->ncalls++;
        st = run_loop(vm);
        vm->ncalls--;
        if (st == 0)
            memcpy(results, vm->run.stack + base + callee->params, nresults * sizeof *results);
        clear_slots(vm, base, callee->params + callee->results);
    }
    if (copy != local)
        free(copy);
    return st;
}

/* Runs a deferred call on top of the stack; by_panic: recover may
 * stop the panic in it. */
static int run_defer(VM *vm, Defer *d, bool by_panic)
{
    size_t base = stack_top(vm);
    if (!d->closure) {
        const NativeDef *nd = vm->natives[d->native];
        reserve_stack(vm, base + d->nargs + d->nresults);
        memcpy(vm->run.stack + base, d->args, d->nargs * sizeof(Value));
        memset(vm->run.stack + base + d->nargs, 0, d->nresults * sizeof(Value));
        /* d is off the frame's list: the window keeps the arguments. */
        NativeWindow w = {base, base + d->nargs + d->nresults, nd, vm->window};
        vm->window = &w;
        uint32_t nargs = d->nargs, nresults = d->nresults;
        vm->ncalls++;
        int st = nd->fn(vm, base, nargs);
        vm->ncalls--;
        vm->window = w.outer;
        clear_slots(vm, base, nargs + nresults);
        return st;
    }
    const BcFunc *callee = &vm->code->funcs[d->closure->fn];
    if (callee->params != d->nargs || memcmp(callee->classes, defer_cls(d), d->nargs) != 0) {
        fflush(vm->out);
        fprintf(vm->err, "fatal error: a deferred call of %s does not match its arguments\n", callee->name);
        return 2;
    }
    if (vm->ncalls >= VM_MAX_NATIVE_NESTING)
        return stack_overflow(vm);
    gc_protect(vm, d);
    bool ok = enter(vm, d->closure->fn, base);
    gc_unprotect(vm, 1);
    if (!ok)
        return stack_overflow(vm);
    memcpy(vm->run.stack + base, d->args, d->nargs * sizeof(Value));
    Frame *fr = &vm->run.frames[vm->run.nframes - 1];
    fr->stop = true;
    fr->closure = d->closure;
    fr->deferred = by_panic;
    vm->ncalls++;
    vm->run.unwinding += by_panic;
    int st = run_loop(vm);
    vm->run.unwinding -= by_panic;
    vm->ncalls--;
    clear_slots(vm, base, callee->params + callee->results);
    return st;
}

/* Runs the top frame until a frame marked stop returns. */
static int run_loop(VM *vm)
{
    const Bytecode *code = vm->code;
    Frame *fr0 = &vm->run.frames[vm->run.nframes - 1];
    const BcFunc *f = &code->funcs[fr0->fn];
    const Instr *ip = f->code + fr0->pc;
    Value *R = vm->run.stack + fr0->base;
    Instr in;
    const BcType *unhashable_type = NULL;   /* for the panic a map operation raises */
    if (vm->current && vm->current->resume_panic && vm->ncalls == 0) {
        /* It waited to send on a channel that was closed meanwhile. */
        const char *why = vm->current->resume_panic;
        vm->current->resume_panic = NULL;
        plain_panic(vm, "%s", why);
        goto unwind;
    }

#define A instr_a(in)
#define B instr_b(in)
#define C instr_c(in)
#define SAVE() (vm->run.frames[vm->run.nframes - 1].pc = (uint32_t)(ip - f->code))
#define PANIC(...) do { SAVE(); runtime_panic(vm, __VA_ARGS__); goto unwind; } while (0)
#define PANIC_PLAIN(...) do { SAVE(); plain_panic(vm, __VA_ARGS__); goto unwind; } while (0)
/* Objects from registers, checked: a struct or array (nil panics), a
 * slice, string, map or interface (nil allowed), a pointer cell. */
#define AGG_OF(var, val) Agg *var = (val).p; \
    if (!var) goto nil_deref; \
    if (var->h.kind != GC_AGG) goto bad_object
#define KIND_OF(type, k, var, val) type *var = (val).p; \
    if (var && var->h.kind != (k)) goto bad_object
#define SLICE_OF(var, val) KIND_OF(Slice, GC_SLICE, var, val)
#define STR_OF(var, val) KIND_OF(GoString, GC_STRING, var, val)
#define MAP_OF(var, val) KIND_OF(Map, GC_MAP, var, val)
#define IFACE_OF(var, val) KIND_OF(Iface, GC_IFACE, var, val)
#define CELL_OF(var, val) Cell *var = (val).p; \
    if (!var) goto nil_deref; \
    if (var->h.kind != GC_CELL) goto bad_object
/* A key that is a reference is of the map's key type all the way down,
 * since hashing reads inside it. */
#define KEY_CHECK(m, k) do { \
        if ((m) && (m)->key->cls == BC_REF && !value_fits(vm, (m)->key, (k), 0)) goto bad_object; \
    } while (0)
/* Slot i of o exists and has class cls (a forged file could lie). */
#define SLOT_CHECK(o, i, cls) do { \
        if ((size_t)(i) >= (o)->n || agg_cls((o), (i)) != (cls)) goto bad_object; \
    } while (0)
#define INDEX_CHECK(idx, len) do { \
        if ((idx).u >= (len)) { SAVE(); index_panic(vm, (idx).i, (len)); goto unwind; } \
    } while (0)
#define SLICE_BOUNDS(lo, hi, max, cap) do { \
        if (slice_out_of_range(vm, (lo), (hi), &(max), (cap))) { SAVE(); goto unwind; } \
    } while (0)

#if defined(__GNUC__) && !defined(GOVM_SWITCH)
    static const void *const labels[OP__COUNT] = {
#define OP(name, operands, effect, synopsis) [OP_##name] = &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define CASE(name) L_##name:
#define NEXT()                                                     \
    do {                                                           \
        if (vm->slow)                                              \
            goto slow_path;                                        \
        in = *ip++;                                                \
        goto *labels[instr_op(in)];                                \
    } while (0)
    NEXT();
#else
#define CASE(name) case OP_##name:
#define NEXT() goto dispatch
dispatch:
    if (vm->slow)
        goto slow_path;
    in = *ip++;
dispatch_now:
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
            { runtime_panic(vm, "integer divide by zero"); goto unwind; }
        }
        /* MinInt64 / -1 overflows in C; in Go it wraps to MinInt64. */
        R[A].i = R[C].i == -1 ? (int64_t)(0 - R[B].u) : R[B].i / R[C].i;
        NEXT();
    }
    CASE(REM_INT) {
        if (R[C].i == 0) {
            SAVE();
            { runtime_panic(vm, "integer divide by zero"); goto unwind; }
        }
        R[A].i = R[C].i == -1 ? 0 : R[B].i % R[C].i;
        NEXT();
    }
    CASE(DIV_UINT) {
        if (R[C].u == 0) {
            SAVE();
            { runtime_panic(vm, "integer divide by zero"); goto unwind; }
        }
        R[A].u = R[B].u / R[C].u;
        NEXT();
    }
    CASE(REM_UINT) {
        if (R[C].u == 0) {
            SAVE();
            { runtime_panic(vm, "integer divide by zero"); goto unwind; }
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
        STR_OF(x, R[B]);
        STR_OF(y, R[C]);
        size_t xl = x ? x->len : 0, yl = y ? y->len : 0;
        R[A].u = xl == yl && (xl == 0 || memcmp(x->data, y->data, xl) == 0);
        NEXT();
    }
    CASE(LT_STRING) {
        STR_OF(x, R[B]);
        STR_OF(y, R[C]);
        size_t xl = x ? x->len : 0, yl = y ? y->len : 0, n = xl < yl ? xl : yl;
        int c = n ? memcmp(x->data, y->data, n) : 0;
        R[A].u = c < 0 || (c == 0 && xl < yl);
        NEXT();
    }
    CASE(CONCAT) {
        STR_OF(x, R[B]);
        STR_OF(y, R[C]);
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
    CASE(LEN_STRING) {
        STR_OF(s, R[B]);
        R[A].i = s ? (int64_t)s->len : 0;
        NEXT();
    }
    CASE(INDEX_STRING) {
        STR_OF(s, R[B]);
        size_t len = s ? s->len : 0;
        if (R[C].u >= len) {
            SAVE();
            index_panic(vm, R[C].i, len);
            goto unwind;
        }
        R[A].u = (unsigned char)s->data[R[C].u];
        NEXT();
    }
    CASE(SLICE_STRING) {
        STR_OF(s, R[B]);
        size_t len = s ? s->len : 0;
        uint64_t lo = R[C].u, hi = R[C + 1].u;
        if (hi > len) {
            SAVE();
            runtime_panic(vm, "slice bounds out of range [:%" PRId64 "] with length %zu", R[C + 1].i, len);
            goto unwind;
        }
        if (lo > hi) {
            SAVE();
            runtime_panic(vm, "slice bounds out of range [%" PRId64 ":%" PRId64 "]", R[C].i, R[C + 1].i);
            goto unwind;
        }
        SAVE();
        GoString *sub = gc_alloc(vm, GC_STRING, sizeof *sub);
        sub->len = (size_t)(hi - lo);
        sub->data = s ? s->data + lo : "";
        sub->base = s && s->base ? s->base : s;   /* always a string that owns its bytes */
        R[A].p = sub;
        NEXT();
    }

    /* ---- structs and arrays ---- */
    CASE(NEWAGG) {
        SAVE();
        R[A].p = agg_zero(vm, &vm->types[B]);
        NEXT();
    }
    CASE(CLONE) {
        AGG_OF(o, R[B]);
        SAVE();
        R[A].p = agg_clone(vm, o);
        NEXT();
    }
    CASE(COPYINTO) {
        AGG_OF(d, R[A]);
        AGG_OF(s, R[B]);
        if (d->type != s->type && !agg_same_layout(vm, d->type, s->type, 0))
            goto bad_object;
        agg_copy_into(vm, d, s);
        NEXT();
    }
    CASE(GETFIELD_R) {
        AGG_OF(o, R[B]);
        SLOT_CHECK(o, C, BC_SCALAR);
        R[A] = o->v[C];
        NEXT();
    }
    CASE(GETFIELD_P) {
        AGG_OF(o, R[B]);
        SLOT_CHECK(o, C, BC_REF);
        R[A] = o->v[C];
        NEXT();
    }
    CASE(SETFIELD_R) {
        AGG_OF(o, R[A]);
        SLOT_CHECK(o, B, BC_SCALAR);
        o->v[B] = R[C];
        NEXT();
    }
    CASE(SETFIELD_P) {
        AGG_OF(o, R[A]);
        SLOT_CHECK(o, B, BC_REF);
        if (agg_sub(o, B) && !same_agg_type(vm, R[C].p, o, B))
            goto bad_object;
        o->v[B] = R[C];
        NEXT();
    }
    CASE(INDEXA_R) {
        AGG_OF(o, R[B]);
        INDEX_CHECK(R[C], o->n);
        SLOT_CHECK(o, 0, BC_SCALAR);
        R[A] = o->v[R[C].u];
        NEXT();
    }
    CASE(INDEXA_P) {
        AGG_OF(o, R[B]);
        INDEX_CHECK(R[C], o->n);
        SLOT_CHECK(o, 0, BC_REF);
        R[A] = o->v[R[C].u];
        NEXT();
    }
    CASE(SETINDEXA_R) {
        AGG_OF(o, R[A]);
        INDEX_CHECK(R[B], o->n);
        SLOT_CHECK(o, 0, BC_SCALAR);
        o->v[R[B].u] = R[C];
        NEXT();
    }
    CASE(SETINDEXA_P) {
        AGG_OF(o, R[A]);
        INDEX_CHECK(R[B], o->n);
        SLOT_CHECK(o, 0, BC_REF);
        if (o->elem_agg)
            goto bad_object;   /* elements that are values are assigned with COPYINTO */
        o->v[R[B].u] = R[C];
        NEXT();
    }
    CASE(EQ_AGG) {
        AGG_OF(x, R[B]);
        AGG_OF(y, R[C]);
        if (x->type != y->type || !value_fits(vm, x->type, R[B], 0) || !value_fits(vm, x->type, R[C], 0))
            goto bad_object;
        R[A].u = value_equal(vm, x->type, R[B], R[C], NULL);
        NEXT();
    }

    /* ---- slices ---- */
    CASE(MAKESLICE) {
        const BcType *t = &vm->types[C];
        int64_t len = R[B].i, cap = R[B + 1].i;
        if (len < 0 || (uint64_t)len > VM_MAX_LEN)
            PANIC("makeslice: len out of range");
        if (cap < len || (uint64_t)cap > VM_MAX_LEN)
            PANIC("makeslice: cap out of range");
        SAVE();
        Slice *s = slice_grow(vm, t, NULL, (size_t)cap);
        s->len = (size_t)len;
        R[A].p = s;
        NEXT();
    }
    CASE(LEN_SLICE) {
        SLICE_OF(s, R[B]);
        R[A].u = s ? s->len : 0;
        NEXT();
    }
    CASE(CAP_SLICE) {
        SLICE_OF(s, R[B]);
        R[A].u = s ? s->cap : 0;
        NEXT();
    }
    CASE(INDEXS_R) {
        SLICE_OF(s, R[B]);
        INDEX_CHECK(R[C], s ? s->len : 0);
        SLOT_CHECK(s->arr, 0, BC_SCALAR);
        R[A] = s->arr->v[s->off + R[C].u];
        NEXT();
    }
    CASE(INDEXS_P) {
        SLICE_OF(s, R[B]);
        INDEX_CHECK(R[C], s ? s->len : 0);
        SLOT_CHECK(s->arr, 0, BC_REF);
        R[A] = s->arr->v[s->off + R[C].u];
        NEXT();
    }
    CASE(SETINDEXS_R) {
        SLICE_OF(s, R[A]);
        INDEX_CHECK(R[B], s ? s->len : 0);
        SLOT_CHECK(s->arr, 0, BC_SCALAR);
        s->arr->v[s->off + R[B].u] = R[C];
        NEXT();
    }
    CASE(SETINDEXS_P) {
        SLICE_OF(s, R[A]);
        INDEX_CHECK(R[B], s ? s->len : 0);
        SLOT_CHECK(s->arr, 0, BC_REF);
        if (s->arr->elem_agg)
            goto bad_object;
        s->arr->v[s->off + R[B].u] = R[C];
        NEXT();
    }
    CASE(SLICES) {
        SLICE_OF(s, R[B]);
        size_t cap = s ? s->cap : 0;
        uint64_t lo = R[C].u, hi = R[C + 1].u, max = R[C + 2].u;
        SLICE_BOUNDS(lo, hi, max, cap);
        SAVE();
        if (!s) {
            R[A].p = NULL;   /* nil[0:0] is nil */
            NEXT();
        }
        R[A].p = slice_new(vm, s->arr, s->off + lo, hi - lo, max - lo);
        NEXT();
    }
    CASE(SLICEA) {
        AGG_OF(o, R[B]);
        if (o->type->kind != BK_ARRAY)
            goto bad_object;
        uint64_t lo = R[C].u, hi = R[C + 1].u, max = R[C + 2].u;
        SLICE_BOUNDS(lo, hi, max, o->n);
        SAVE();
        R[A].p = slice_new(vm, o, lo, hi - lo, max - lo);
        NEXT();
    }
    CASE(APPEND) {
        SLICE_OF(s, R[A]);
        const BcType *t = &vm->types[C];
        SAVE();
        Slice *ns = slice_grow(vm, t, s, 1);
        Value *slot = &ns->arr->v[ns->off + ns->len - 1];
        if (ns->arr->elem_cls != vm->types[t->elem].cls)
            goto bad_object;
        if (ns->arr->elem_agg) {
            Agg *d = slot->p;
            AGG_OF(src, R[B]);
            if (d->type != src->type)
                goto bad_object;
            agg_copy_into(vm, d, src);
        } else {
            *slot = R[B];
        }
        R[A].p = ns;
        NEXT();
    }
    CASE(APPENDSL) {
        SLICE_OF(s, R[A]);
        SLICE_OF(x, R[B]);
        const BcType *t = &vm->types[C];
        size_t n = x ? x->len : 0;
        if (n == 0) {
            if (!s && x)
                goto append_empty;   /* append(nil, empty...) stays nil */
            NEXT();
        }
        SAVE();
        {
            Slice *ns = slice_grow(vm, t, s, n);
            if (ns->arr->elem_cls != x->arr->elem_cls || ns->arr->elem_agg != x->arr->elem_agg)
                goto bad_object;
            Value *dst = &ns->arr->v[ns->off + ns->len - n];
            const Value *src = &x->arr->v[x->off];
            if (ns->arr->elem_agg) {
                for (size_t i = 0; i < n; i++)
                    agg_copy_into(vm, dst[i].p, src[i].p);
            } else {
                memmove(dst, src, n * sizeof *dst);
            }
            R[A].p = ns;
        }
        NEXT();
    append_empty:
        NEXT();
    }
    CASE(APPENDSTR) {
        SLICE_OF(s, R[A]);
        STR_OF(x, R[B]);
        const BcType *t = &vm->types[C];
        size_t n = x ? x->len : 0;
        if (n == 0)
            NEXT();
        SAVE();
        Slice *ns = slice_grow(vm, t, s, n);
        if (ns->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        Value *dst = &ns->arr->v[ns->off + ns->len - n];
        for (size_t i = 0; i < n; i++)
            dst[i].u = (unsigned char)x->data[i];
        R[A].p = ns;
        NEXT();
    }
    CASE(COPYSL) {
        SLICE_OF(d, R[B]);
        SLICE_OF(s, R[C]);
        size_t n = d && s ? (d->len < s->len ? d->len : s->len) : 0;
        if (n) {
            if (d->arr->elem_cls != s->arr->elem_cls || d->arr->elem_agg != s->arr->elem_agg)
                goto bad_object;
            Value *dv = &d->arr->v[d->off];
            const Value *sv = &s->arr->v[s->off];
            if (d->arr->elem_agg) {
                /* Overlapping copies go the safe way round. */
                if (dv > sv)
                    for (size_t i = n; i-- > 0;)
                        agg_copy_into(vm, dv[i].p, sv[i].p);
                else
                    for (size_t i = 0; i < n; i++)
                        agg_copy_into(vm, dv[i].p, sv[i].p);
            } else {
                memmove(dv, sv, n * sizeof *dv);
            }
        }
        R[A].u = n;
        NEXT();
    }
    CASE(COPYSTR) {
        SLICE_OF(d, R[B]);
        STR_OF(s, R[C]);
        size_t sl = s ? s->len : 0;
        size_t n = d ? (d->len < sl ? d->len : sl) : 0;
        if (n && d->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        for (size_t i = 0; i < n; i++)
            d->arr->v[d->off + i].u = (unsigned char)s->data[i];
        R[A].u = n;
        NEXT();
    }
    CASE(STR2BYTES) {
        STR_OF(x, R[B]);
        size_t n = x ? x->len : 0;
        SAVE();
        Slice *ns = slice_grow(vm, &vm->types[C], NULL, n);
        if (ns->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        for (size_t i = 0; i < n; i++)
            ns->arr->v[i].u = (unsigned char)x->data[i];
        R[A].p = ns;
        NEXT();
    }
    CASE(BYTES2STR) {
        SLICE_OF(x, R[B]);
        size_t n = x ? x->len : 0;
        if (n && x->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        SAVE();
        GoString *s = vm_string(vm, NULL, 0);
        if (n) {
            gc_protect(vm, (void *)x);
            s = gc_alloc(vm, GC_STRING, sizeof *s + n + 1);
            gc_unprotect(vm, 1);
            for (size_t i = 0; i < n; i++)
                s->bytes[i] = (char)x->arr->v[x->off + i].u;
            s->len = n;
            s->data = s->bytes;
        }
        R[A].p = s;
        NEXT();
    }
    CASE(STR2RUNES) {
        STR_OF(x, R[B]);
        size_t len = x ? x->len : 0, n = 0;
        for (size_t i = 0; i < len; n++)
            i += decode_rune(x->data + i, len - i, NULL);
        SAVE();
        Slice *ns = slice_grow(vm, &vm->types[C], NULL, n);
        if (ns->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        size_t k = 0;
        for (size_t i = 0; i < len; k++) {
            int32_t r;
            i += decode_rune(x->data + i, len - i, &r);
            ns->arr->v[k].i = r;
        }
        R[A].p = ns;
        NEXT();
    }
    CASE(RUNES2STR) {
        SLICE_OF(x, R[B]);
        size_t n = x ? x->len : 0;
        if (n && x->arr->elem_cls != BC_SCALAR)
            goto bad_object;
        Buf b;
        buf_init(&b);
        for (size_t i = 0; i < n; i++)
            append_rune(&b, x->arr->v[x->off + i].i);
        SAVE();
        R[A].p = vm_string(vm, (const char *)b.data, b.len);
        buf_free(&b);
        NEXT();
    }
    CASE(RUNE2STR) {
        Buf b;
        buf_init(&b);
        append_rune(&b, R[B].i);
        SAVE();
        R[A].p = vm_string(vm, (const char *)b.data, b.len);
        buf_free(&b);
        NEXT();
    }
    CASE(DECODERUNE) {
        STR_OF(x, R[B]);
        size_t len = x ? x->len : 0;
        if (R[C].u >= len)
            goto bad_object;
        int32_t r;
        size_t w = decode_rune(x->data + R[C].u, len - R[C].u, &r);
        R[A].i = r;
        R[A + 1].u = w;
        NEXT();
    }

    /* ---- maps ---- */
    CASE(MAKEMAP) {
        SAVE();
        R[A].p = map_new(vm, &vm->types[B]);
        NEXT();
    }
    CASE(LEN_MAP) {
        MAP_OF(m, R[B]);
        R[A].u = m ? m->count : 0;
        NEXT();
    }
    CASE(MAPGET_R) CASE(MAPGET2_R) {
        MAP_OF(m, R[B]);
        if (m && (m->val->cls != BC_SCALAR || m->key->cls != f->classes[C]))
            goto bad_object;
        KEY_CHECK(m, R[C]);
        const BcType *bad = NULL;
        const Value *v = map_find(vm, m, R[C], &bad);
        if (bad) {
            unhashable_type = bad;
            goto unhashable;
        }
        R[A].u = v ? v->u : 0;
        if (instr_op(in) == OP_MAPGET2_R)
            R[A + 1].u = v != NULL;
        NEXT();
    }
    CASE(MAPGET_P) CASE(MAPGET2_P) {
        MAP_OF(m, R[B]);
        if (m && (m->val->cls != BC_REF || m->key->cls != f->classes[C]))
            goto bad_object;
        KEY_CHECK(m, R[C]);
        const BcType *bad = NULL;
        Value *v = map_find(vm, m, R[C], &bad);
        if (bad) {
            unhashable_type = bad;
            goto unhashable;
        }
        if (instr_op(in) == OP_MAPGET2_P)
            R[A + 1].u = v != NULL;
        if (m && m->val->agg) {
            /* A struct read from a map is a copy (or a zero one). */
            SAVE();
            R[A].p = v ? agg_clone(vm, v->p) : agg_zero(vm, m->val);
        } else {
            R[A].p = v ? v->p : NULL;
        }
        NEXT();
    }
    CASE(MAPSET) {
        MAP_OF(m, R[A]);
        if (!m)
            PANIC_PLAIN("assignment to entry in nil map");
        if (m->key->cls != f->classes[B] || m->val->cls != f->classes[C])
            goto bad_object;
        if (m->val->agg && !same_type_agg(R[C].p, m->val))
            goto bad_object;
        KEY_CHECK(m, R[B]);
        SAVE();
        const BcType *bad = NULL;
        Value *slot = map_insert(vm, m, R[B], &bad);
        if (bad) {
            unhashable_type = bad;
            goto unhashable;
        }
        *slot = R[C];
        NEXT();
    }
    CASE(MAPDELETE) {
        MAP_OF(m, R[A]);
        if (m && m->key->cls != f->classes[B])
            goto bad_object;
        KEY_CHECK(m, R[B]);
        const BcType *bad = NULL;
        map_delete(vm, m, R[B], &bad);
        if (bad) {
            unhashable_type = bad;
            goto unhashable;
        }
        NEXT();
    }
    CASE(MAPITER) {
        MAP_OF(m, R[B]);
        size_t n = m ? m->count : 0;
        SAVE();
        if (m)
            gc_protect(vm, m);
        MapIter *it = gc_alloc(vm, GC_MAPITER, sizeof *it + n * sizeof(Value));
        if (m)
            gc_unprotect(vm, 1);
        it->map = m;
        it->key = m ? m->key : &vm->types[0];
        it->n = n;
        for (size_t i = 0, k = 0; m && i < m->nentries; i++)
            if (m->entries[i].live)
                it->keys[k++] = m->entries[i].key;
        R[A].p = it;
        NEXT();
    }
    CASE(MAPNEXT) {
        MapIter *it = R[A].p;
        if (!it || it->h.kind != GC_MAPITER)
            goto bad_object;
        Map *m = it->map;
        /* Entries deleted since the range began are skipped; added ones
         * are not produced (both as Go allows). */
        for (;;) {
            if (it->pos >= it->n) {
                ip += instr_sj(in);
                NEXT();
            }
            Value key = it->keys[it->pos++];
            Value *v = map_find(vm, m, key, NULL);
            if (!v)
                continue;
            if (f->classes[A + 1] != m->key->cls || f->classes[A + 2] != m->val->cls)
                goto bad_object;
            SAVE();
            R[A + 2] = *v;
            R[A + 1] = key;
            if (m->key->agg)
                R[A + 1].p = agg_clone(vm, key.p);
            if (m->val->agg)
                R[A + 2].p = agg_clone(vm, R[A + 2].p);
            NEXT();
        }
    }

    /* ---- pointers to variables that are not structs or arrays ---- */
    CASE(NEWCELL) {
        SAVE();
        Cell *c = gc_alloc(vm, GC_CELL, sizeof *c);
        c->cls = vm->types[B].cls;
        c->slot = &c->own;
        if (vm->types[B].agg)
            goto bad_object;
        R[A].p = c;
        NEXT();
    }
    CASE(LOADREF_R) {
        CELL_OF(c, R[B]);
        if (c->cls != BC_SCALAR)
            goto bad_object;
        R[A] = *c->slot;
        NEXT();
    }
    CASE(LOADREF_P) {
        CELL_OF(c, R[B]);
        if (c->cls != BC_REF)
            goto bad_object;
        R[A] = *c->slot;
        NEXT();
    }
    CASE(STOREREF_R) {
        CELL_OF(c, R[A]);
        if (c->cls != BC_SCALAR)
            goto bad_object;
        *c->slot = R[B];
        NEXT();
    }
    CASE(STOREREF_P) {
        CELL_OF(c, R[A]);
        if (c->cls != BC_REF)
            goto bad_object;
        *c->slot = R[B];
        NEXT();
    }
    CASE(REFFIELD) {
        AGG_OF(o, R[B]);
        if (C >= o->n || agg_sub(o, C))
            goto bad_object;
        SAVE();
        R[A].p = cell_into(vm, o, C);
        NEXT();
    }
    CASE(REFINDEXS) {
        SLICE_OF(s, R[B]);
        INDEX_CHECK(R[C], s ? s->len : 0);
        if (s->arr->elem_agg)
            goto bad_object;
        SAVE();
        R[A].p = cell_into(vm, s->arr, s->off + R[C].u);
        NEXT();
    }
    CASE(REFINDEXA) {
        AGG_OF(o, R[B]);
        INDEX_CHECK(R[C], o->n);
        if (o->elem_agg || o->slot_cls)
            goto bad_object;
        SAVE();
        R[A].p = cell_into(vm, o, R[C].u);
        NEXT();
    }
    CASE(EQ_REF) R[A].u = R[B].p == R[C].p; NEXT();
    CASE(EQ_CELLREF) {
        const Cell *x = R[B].p, *y = R[C].p;
        if ((x && x->h.kind != GC_CELL) || (y && y->h.kind != GC_CELL))
            goto bad_object;
        R[A].u = x == y || (x && y && x->slot == y->slot);
        NEXT();
    }
    CASE(ISNIL) R[A].u = R[B].p == NULL; NEXT();
    CASE(NILCHECK) {
        if (!R[A].p)
            PANIC("invalid memory address or nil pointer dereference");
        NEXT();
    }

    /* ---- interfaces ---- */
    CASE(MAKEIFACE) {
        /* A box must hold what its type says: natives and fmt trust it. */
        if (!payload_fits(vm, C, R[B]))
            goto bad_object;
        SAVE();
        Iface *box = gc_alloc(vm, GC_IFACE, sizeof *box);
        box->type = C;
        box->v = R[B];
        R[A].p = box;
        NEXT();
    }
    CASE(HASTYPE) {
        IFACE_OF(x, R[B]);
        R[A].u = x && x->type == C;
        NEXT();
    }
    CASE(IMPLEMENTS) {
        IFACE_OF(x, R[B]);
        R[A].u = x && missing_method(vm, x->type, C) == NULL;
        NEXT();
    }
    CASE(UNBOX) {
        IFACE_OF(x, R[B]);
        const BcType *t = &vm->types[C];
        SAVE();
        if (x && x->type == C)
            R[A] = t->agg ? (Value){.p = agg_clone(vm, x->v.p)} : x->v;
        else
            R[A] = value_zero(vm, t);
        NEXT();
    }
    CASE(PANICASSERT) {
        SAVE();
        IFACE_OF(x, R[B]);
        assert_panic(vm, A, x, C);
        goto unwind;
    }
    CASE(EQ_IFACE) {
        const BcType *bad = NULL;
        IFACE_OF(x, R[B]);
        IFACE_OF(y, R[C]);
        (void)x, (void)y;
        if (!value_fits(vm, iface_type(vm), R[B], 0) || !value_fits(vm, iface_type(vm), R[C], 0))
            goto bad_object;
        R[A].u = value_equal(vm, iface_type(vm), R[B], R[C], &bad);
        if (bad) {
            SAVE();
            runtime_panic(vm, "comparing uncomparable type %s", bad->name);
            goto unwind;
        }
        NEXT();
    }
    CASE(CALLIFACE) {
        IFACE_OF(x, R[A]);
        if (!x)
            PANIC("invalid memory address or nil pointer dereference");
        const BcType *t = &vm->types[x->type];
        uint32_t callee = t->vtable ? t->vtable[C] : BC_NO_FUNC;
        if (callee != BC_NO_FUNC && (callee & VM_NATIVE_METHOD)) {
            /* A native method (vm_bind checked its window). */
            SAVE();
            const NativeDef *nd = vm->native_methods[callee & ~VM_NATIVE_METHOD];
            size_t at = vm->run.frames[vm->run.nframes - 1].base + A;
            int st;
            if (nd->params[0] == 'R') {
                st = call_scalar_receiver(vm, callee, x->v, at, B);
            } else {
                R[A] = x->v;
                st = nd->fn(vm, at, B);
            }
            if (st != 0) {
                if (st == 2 && vm->run.panicking)
                    goto unwind;
                return st;
            }
            R = vm->run.stack + vm->run.frames[vm->run.nframes - 1].base;
            NEXT();
        }
        if (callee == BC_NO_FUNC || code->funcs[callee].params != B)
            goto bad_object;
        SAVE();
        size_t base = vm->run.frames[vm->run.nframes - 1].base + A;
        R[A] = x->v;   /* the receiver; its class is the callee's register 0's */
        if (!enter(vm, callee, base))
            return stack_overflow(vm);
        vm->run.frames[vm->run.nframes - 1].via_iface = true;
        f = &code->funcs[callee];
        ip = f->code;
        R = vm->run.stack + base;
        NEXT();
    }

    CASE(JMP) ip += instr_sj(in); NEXT();
    CASE(JMPIF) if (R[A].u) ip += instr_sj(in); NEXT();
    CASE(JMPIFNOT) if (!R[A].u) ip += instr_sj(in); NEXT();

    CASE(MAKECLOSURE) {
        SAVE();
        const BcFunc *target = &code->funcs[B];
        (void)target;
        Closure *c = gc_alloc(vm, GC_CLOSURE, sizeof *c + C * (sizeof(Value) + 1));
        c->fn = B;
        c->ncaps = C;
        memcpy(c->caps, R + A + 1, C * sizeof(Value));
        memcpy(closure_cls(c), f->classes + A + 1, C);
        R[A].p = c;
        NEXT();
    }
    CASE(GETCAP) {
        Closure *c = vm->run.frames[vm->run.nframes - 1].closure;
        if (!c || B >= c->ncaps || closure_cls(c)[B] != f->classes[A])
            goto bad_object;
        R[A] = c->caps[B];
        NEXT();
    }
    CASE(CALLV) {
        Closure *c = R[A].p;
        if (!c)
            goto nil_deref;
        if (c->h.kind != GC_CLOSURE)
            goto bad_object;
        const BcFunc *callee = &code->funcs[c->fn];
        /* The window's classes must be the callee's: checked here, as
         * which function a value holds is known only now. */
        if (callee->params != B || A + 1 + callee->params + callee->results > f->nregs ||
            memcmp(f->classes + A + 1, callee->classes, callee->params + callee->results) != 0)
            goto bad_object;
        SAVE();
        size_t base = vm->run.frames[vm->run.nframes - 1].base + A + 1;
        if (!enter(vm, c->fn, base))
            return stack_overflow(vm);
        vm->run.frames[vm->run.nframes - 1].closure = c;
        f = callee;
        ip = f->code;
        R = vm->run.stack + base;
        NEXT();
    }

    CASE(DEFER) {
        Closure *c = R[A].p;
        if (!c)
            goto nil_deref;
        if (c->h.kind != GC_CLOSURE)
            goto bad_object;
        SAVE();
        Defer *d = gc_alloc(vm, GC_DEFER, sizeof *d + B * (sizeof(Value) + 1));
        d->closure = c;
        d->nargs = B;
        memcpy(d->args, R + A + 1, B * sizeof(Value));
        memcpy(defer_cls(d), f->classes + A + 1, B);
        Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        d->next = fr->defers;
        fr->defers = d;
        NEXT();
    }
    CASE(DEFERNATIVE) {
        SAVE();
        Defer *d = gc_alloc(vm, GC_DEFER, sizeof *d + B * (sizeof(Value) + 1));
        d->native = C;
        d->nargs = B;
        d->nresults = (uint32_t)strlen(vm->natives[C]->results);
        memcpy(d->args, R + A, B * sizeof(Value));
        memcpy(defer_cls(d), f->classes + A, B);
        Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        d->next = fr->defers;
        fr->defers = d;
        NEXT();
    }
    CASE(RUNDEFERS) {
        /* One deferred call, the last first; this instruction runs again
         * for the next.  A deferred function value runs as a frame of
         * its own, as CALLV makes one (so it may wait on a channel like
         * any call); a native runs here. */
        Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        Defer *d = fr->defers;
        if (!d)
            NEXT();
        fr->defers = d->next;
        SAVE();
        fr->pc--;
        if (!d->closure) {
            int st = run_defer(vm, d, false);
            R = vm->run.stack + vm->run.frames[vm->run.nframes - 1].base;
            if (st != 0) {
                vm->run.frames[vm->run.nframes - 1].pc++;
                if (st == 2 && vm->run.panicking)
                    goto unwind;
                return st;
            }
            ip--;
            NEXT();
        }
        const BcFunc *callee = &code->funcs[d->closure->fn];
        if (callee->params != d->nargs || memcmp(callee->classes, defer_cls(d), d->nargs) != 0)
            goto bad_object;
        size_t base = stack_top(vm);
        if (!enter(vm, d->closure->fn, base))
            return stack_overflow(vm);
        memcpy(vm->run.stack + base, d->args, d->nargs * sizeof(Value));
        vm->run.frames[vm->run.nframes - 1].closure = d->closure;
        vm->run.frames[vm->run.nframes - 1].unwindow = true;
        f = callee;
        ip = f->code;
        R = vm->run.stack + base;
        NEXT();
    }
    CASE(RECOVERAT) {
        vm->run.frames[vm->run.nframes - 1].recover_pc = (uint32_t)(ip - f->code + instr_sj(in));
        NEXT();
    }
    CASE(PANIC) {
        IFACE_OF(x, R[A]);
        (void)x;
        SAVE();
        start_panic(vm, R[A]);
        goto unwind;
    }
    CASE(RECOVER) {
        Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        if (fr->deferred && vm->run.panicking) {
            R[A] = vm->run.panic_value;
            vm->run.last_recovered = vm->run.panic_value;
            vm->run.panic_value.p = NULL;
            vm->run.panicking = false;
            vm->run.recovered = true;
        } else {
            R[A].p = NULL;
        }
        NEXT();
    }

    /* print and println write to stderr, after what stdout holds, so
     * that the two interleave as Go's unbuffered ones do. */
    CASE(PRINT_INT) fflush(vm->out); fprintf(vm->err, "%" PRId64, R[A].i); NEXT();
    CASE(PRINT_UINT) fflush(vm->out); fprintf(vm->err, "%" PRIu64, R[A].u); NEXT();
    CASE(PRINT_FLOAT) fflush(vm->out); print_float(vm->err, R[A].f); NEXT();
    CASE(PRINT_BOOL) fflush(vm->out); fputs(R[A].u ? "true" : "false", vm->err); NEXT();
    CASE(PRINT_STRING) {
        STR_OF(s, R[A]);
        fflush(vm->out);
        if (s && s->len)
            fwrite(s->data, 1, s->len, vm->err);
        NEXT();
    }
    CASE(PRINT_SPACE) fputc(' ', vm->err); NEXT();
    CASE(PRINT_NEWLINE) fputc('\n', vm->err); NEXT();

    CASE(CALL) {
        SAVE();
        size_t base = vm->run.frames[vm->run.nframes - 1].base + A;
        if (!enter(vm, C, base))
            return stack_overflow(vm);
        f = &code->funcs[C];
        ip = f->code;
        R = vm->run.stack + base;
        NEXT();
    }
    CASE(CALLNATIVE) {
        SAVE();
        size_t at = vm->run.frames[vm->run.nframes - 1].base + A;
        int st = vm->natives[C]->fn(vm, at, B);
        if (st != 0) {
            if (st == 2 && vm->run.panicking)
                goto unwind;
            if (st == VM_SWITCH)
                goto wait;   /* a sync call parked the task; it goes on after the call */
            if (st == VM_RETRY) {
                /* It parked, and runs the call again when woken. */
                vm->run.frames[vm->run.nframes - 1].pc = (uint32_t)(ip - f->code) - 1;
                goto wait;
            }
            return st;
        }
        R = vm->run.stack + vm->run.frames[vm->run.nframes - 1].base;   /* a call back into bytecode may move the stack */
        NEXT();
    }
    CASE(GO) {
        Closure *c = R[A].p;
        if (!c)
            goto nil_deref;
        if (!fits_task_window(code, f, c, A, B))
            goto bad_object;
        SAVE();
        if (!task_go(vm, c, R + A + 1, B))
            return stack_overflow(vm);
        NEXT();
    }
    CASE(SNAPSHOT) {
        SAVE();
        const char *why = value_snapshot(vm, &vm->types[B], &R[A]);
        if (why)
            PANIC_PLAIN("%s", why);
        NEXT();
    }
    CASE(SPAWN) {
        Closure *c = R[A].p;
        if (!c)
            goto nil_deref;
        if (!fits_task_window(code, f, c, A, B))
            goto bad_object;
        SAVE();
        Task *t = task_go(vm, c, R + A + 1, B);
        if (!t)
            return stack_overflow(vm);
        t->report = false;   /* its end is for await and task.Err */
        R[A].p = task_handle(vm, t);
        NEXT();
    }
    CASE(AWAIT) {
        Task *t = task_of_handle(vm, R[B]);
        if (!t)
            goto nil_deref;
        if (t->status == TS_SUCCEEDED) {
            R[A] = t->result;
            NEXT();
        }
        if (t->status == TS_FAILED || t->status == TS_CANCELED) {
            SAVE();
            start_panic(vm, t->status == TS_FAILED ? t->failure : nat_sentinel(vm, SENT_CONTEXT_CANCELED));
            goto unwind;
        }
        if (t == vm->current)
            PANIC_PLAIN("await of the running task: it would wait forever");
        /* Parked until it ends; then this instruction runs again. */
        vm->run.frames[vm->run.nframes - 1].pc = (uint32_t)(ip - f->code) - 1;
        task_await(vm, t);
        goto wait;
    }
    CASE(MAKECHAN) {
        int64_t n = R[C].i;
        if (n < 0 || (uint64_t)n > ((uint64_t)1 << 40))
            PANIC_PLAIN("makechan: size out of range");
        SAVE();
        R[A].p = chan_new(vm, &vm->types[vm->types[B].elem], (size_t)n);
        NEXT();
    }
    CASE(SEND) {
        Chan *c = R[A].p;
        if (c && (c->h.kind != GC_CHAN || c->elem->cls != f->classes[B]))
            goto bad_object;
        SAVE();
        ChanResult r = CHAN_BLOCKED;
        if (c)
            r = chan_send(vm, c, R[B]);
        else
            chan_block_forever(vm, "chan send (nil chan)");
        if (r == CHAN_CLOSED)
            PANIC_PLAIN("send on closed channel");
        if (r == CHAN_BLOCKED)
            goto wait;
        NEXT();
    }
    CASE(RECV) CASE(RECV2) {
        Chan *c = R[B].p;
        if (c && (c->h.kind != GC_CHAN || c->elem->cls != f->classes[A]))
            goto bad_object;
        SAVE();
        size_t base = vm->run.frames[vm->run.nframes - 1].base;
        ChanResult r = CHAN_BLOCKED;
        if (c)
            r = chan_recv(vm, c, base + A, instr_op(in) == OP_RECV2 ? base + A + 1 : SIZE_MAX);
        else
            chan_block_forever(vm, "chan receive (nil chan)");
        if (r == CHAN_BLOCKED)
            goto wait;
        NEXT();
    }
    CASE(SELSEND) CASE(SELRECV) NEXT();   /* read by the SELECT after them */
    CASE(SELECT) {
        SAVE();
        size_t base = vm->run.frames[vm->run.nframes - 1].base;
        ChanResult r = chan_select(vm, ip - 1 - B, B, C != 0, f->classes, base, base + A);
        if (r == CHAN_BAD)
            goto bad_object;
        if (r == CHAN_CLOSED)
            PANIC_PLAIN("send on closed channel");
        if (r == CHAN_BLOCKED)
            goto wait;
        NEXT();
    }
    CASE(CLOSE) {
        Chan *c = R[A].p;
        if (!c)
            PANIC_PLAIN("close of nil channel");
        if (c->h.kind != GC_CHAN)
            goto bad_object;
        SAVE();
        if (chan_close(vm, c) == CHAN_CLOSED)
            PANIC_PLAIN("close of closed channel");
        NEXT();
    }
    CASE(LEN_CHAN) CASE(CAP_CHAN) {
        Chan *c = R[B].p;
        if (c && c->h.kind != GC_CHAN)
            goto bad_object;
        R[A].u = !c ? 0 : instr_op(in) == OP_LEN_CHAN ? c->len : c->cap;
        NEXT();
    }

    CASE(RETURN) {
        /* Results go after the parameters: the caller's window. */
        if (A != f->params)
            memmove(R + f->params, R + A, (size_t)B * sizeof *R);
        /* Called through an interface, register 0 held the receiver in
         * a register the caller classes as a reference. */
        if (vm->run.frames[vm->run.nframes - 1].via_iface)
            R[0].p = NULL;
        /* The callee's registers past the window overlap registers of
         * the frames below (dead during the call), which the collector
         * reads by those frames' classes: they must not keep the
         * callee's numbers. */
        if (f->nregs > f->params + f->results)
            memset(R + f->params + f->results, 0, (size_t)(f->nregs - f->params - f->results) * sizeof *R);
        /* A deferred call's window is nobody's: its registers are dead
         * ones of the frames below, which must not keep its numbers. */
        if (vm->run.frames[vm->run.nframes - 1].unwindow)
            memset(R, 0, (size_t)(f->params + f->results) * sizeof *R);
        bool stop = vm->run.frames[vm->run.nframes - 1].stop;
        bool panic_defer = vm->run.frames[vm->run.nframes - 1].panic_defer;
        vm->run.nframes--;
        if (panic_defer) {
            /* Back to the panic it ran for: recovered, or on. */
            vm->run.unwinding--;
            vm->run.stack_len = stack_top(vm);
            goto unwind;
        }
        if (stop) {
            vm->run.stack_len = stack_top(vm);
            return 0;
        }
        Frame *caller = &vm->run.frames[vm->run.nframes - 1];
        f = &code->funcs[caller->fn];
        ip = f->code + caller->pc;
        R = vm->run.stack + caller->base;
        vm->run.stack_len = caller->base + f->nregs;
        NEXT();
    }

#if !(defined(__GNUC__) && !defined(GOVM_SWITCH))
    default: break;
    }
    return runtime_panic(vm, "invalid instruction");
#endif

unwind:
    /* A panic: each frame's deferred calls run, the last first; one that
     * recovers makes its function go on at its recover point (which
     * returns); otherwise the frame is dropped.  A frame a native
     * called (stop) ends this loop: the native hands the panic on. */
    for (;;) {
        Frame *fr = &vm->run.frames[vm->run.nframes - 1];
        while (fr->defers && !vm->run.recovered) {
            Defer *d = fr->defers;
            fr->defers = d->next;
            if (d->closure) {
                /* A deferred function value runs as a frame of its own
                 * (so it may wait, as in a task); recover works there,
                 * and its return comes back here. */
                const BcFunc *callee = &code->funcs[d->closure->fn];
                if (callee->params != d->nargs || memcmp(callee->classes, defer_cls(d), d->nargs) != 0) {
                    fflush(vm->out);
                    fprintf(vm->err, "fatal error: a deferred call of %s does not match its arguments\n", callee->name);
                    return 2;
                }
                size_t base = stack_top(vm);
                if (!enter(vm, d->closure->fn, base))
                    return stack_overflow(vm);
                memcpy(vm->run.stack + base, d->args, d->nargs * sizeof(Value));
                Frame *df = &vm->run.frames[vm->run.nframes - 1];
                df->closure = d->closure;
                df->deferred = true;
                df->unwindow = true;
                df->panic_defer = true;
                vm->run.unwinding++;
                f = callee;
                ip = f->code;
                R = vm->run.stack + base;
                NEXT();
            }
            int st = run_defer(vm, d, true);
            fr = &vm->run.frames[vm->run.nframes - 1];
            if (st != 0 && !(st == 2 && vm->run.panicking))
                return st;
        }
        if (vm->run.recovered) {
            vm->run.recovered = false;
            vm->run.last_recovered.p = NULL;
            vm->run.nchain = 0;
            f = &code->funcs[fr->fn];
            if (fr->recover_pc >= f->ncode) {
                fflush(vm->out);
                fprintf(vm->err, "fatal error: %s recovered a panic but has no recover point\n", f->name);
                return 2;
            }
            ip = f->code + fr->recover_pc;
            R = vm->run.stack + fr->base;
            NEXT();
        }
        /* The dropped frame's registers are dead (its caller's window
         * too: the call never finished). */
        memset(vm->run.stack + fr->base, 0, code->funcs[fr->fn].nregs * sizeof(Value));
        if (fr->panic_defer)
            vm->run.unwinding--;   /* a deferred call that panicked in turn */
        bool stop = fr->stop;
        vm->run.nframes--;
        if (stop)
            return 2;
    }

wait:
    /* The task is parked (Task.waiting says on what); the scheduler
     * runs another.  Inside a native's call it cannot be set aside. */
    if (vm->ncalls > 0) {
        fflush(vm->out);
        fprintf(vm->err, "fatal error: a task cannot wait (%s) inside a deferred call or a callback from native "
                         "code: govm does not support that yet\n", vm->current->waiting);
        traceback(vm);
        return 2;
    }
    return VM_SWITCH;

nil_deref:
    SAVE();
    runtime_panic(vm, "invalid memory address or nil pointer dereference");
    goto unwind;
bad_object:
    SAVE();
    fflush(vm->out);
    fprintf(vm->err, "fatal error: %s: an instruction was given the wrong kind of object (the bytecode does not match its types)\n",
            op_name(instr_op(in)));
    traceback(vm);
    return 2;
unhashable:
    SAVE();
    runtime_panic(vm, "hash of unhashable type %s", unhashable_type ? unhashable_type->name : "?");
    goto unwind;
slow_path:
    /* Another task is ready, --max-steps or --trace: checked here only
     * when one of them holds, so the common loop tests one flag.  A
     * task gives the CPU up at any instruction's start, where all of
     * its state is in its registers and frames, unless a native's call
     * is under it (its C stack cannot be set aside). */
    if ((vm->ready || vm->sleepers) && vm->ncalls == 0 && --vm->budget == 0) {
        SAVE();
        return VM_SWITCH;
    }
    if (vm->max_steps && ++vm->steps > vm->max_steps)
        goto step_limit;
    if (vm->trace)
        trace_instr(vm, f, (uint32_t)(ip - f->code), R);
    in = *ip++;
#if defined(__GNUC__) && !defined(GOVM_SWITCH)
    goto *labels[instr_op(in)];
#else
    goto dispatch_now;
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
