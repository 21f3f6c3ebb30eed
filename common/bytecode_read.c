/* bytecode_read.c - go-mini-bytecode's reader and verifier, for govm
 * (see bytecode.h), through Jansson. */
#include "bytecode.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== verifying ======================================================= */

static bool why_fail(char *why, size_t n, const char *fmt, ...) PRINTF_LIKE(3, 4);
static bool why_fail(char *why, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
    return false;
}

static bool scalar_after(const BcFunc *f, uint32_t r, uint32_t k);
static bool type_is(const Bytecode *b, uint32_t t, BcKind k);
static bool verify_iface_call(const Bytecode *b, const BcFunc *f, Instr in, char *why, size_t n);

static bool verify_instr(const Bytecode *b, const BcFunc *f, uint32_t pc, char *why, size_t n)
{
    Instr in = f->code[pc];
    Opcode op = instr_op(in);
    if ((unsigned)op >= OP__COUNT)
        return why_fail(why, n, "unknown opcode %u", (unsigned)op);
    unsigned nops = op_noperands(op);
    for (unsigned k = 0; k < nops; k++) {
        uint32_t v = k == 0 ? instr_a(in) : k == 1 ? instr_b(in) : instr_c(in);
        switch (op_operand(op, k)) {
        case OPK_REG: case OPK_PREG: case OPK_XREG:
            if (v >= f->nregs)
                return why_fail(why, n, "%s: register %u out of range (the function has %u)", op_name(op), v, f->nregs);
            if (op_operand(op, k) != OPK_XREG && f->classes[v] != (op_operand(op, k) == OPK_PREG ? BC_REF : BC_SCALAR))
                return why_fail(why, n, "%s: register %u holds a %s, not a %s", op_name(op), v,
                                f->classes[v] == BC_REF ? "reference" : "number",
                                f->classes[v] == BC_REF ? "number" : "reference");
            break;
        case OPK_CONST:
            if (v >= b->nconsts)
                return why_fail(why, n, "%s: constant %u out of range (the file has %u)", op_name(op), v, b->nconsts);
            break;
        case OPK_FUNC:
            if (v >= b->nfuncs)
                return why_fail(why, n, "%s: function %u out of range (the file has %u)", op_name(op), v, b->nfuncs);
            break;
        case OPK_NATIVE:
            if (v >= b->nnatives)
                return why_fail(why, n, "%s: native %u out of range (the file has %u)", op_name(op), v, b->nnatives);
            break;
        case OPK_TYPE:
            if (v >= b->ntypes)
                return why_fail(why, n, "%s: type %u out of range (the file has %u)", op_name(op), v, b->ntypes);
            break;
        case OPK_METHOD:
            if (v >= b->nmethod_names)
                return why_fail(why, n, "%s: method name %u out of range (the file has %u)", op_name(op), v,
                                b->nmethod_names);
            break;
        case OPK_GLOBAL:
            if (v >= b->nglobals)
                return why_fail(why, n, "%s: global %u out of range (the file has %u)", op_name(op), v, b->nglobals);
            break;
        case OPK_JUMP: {
            int64_t target = (int64_t)pc + 1 + instr_sj(in);
            if (target < 0 || target >= (int64_t)f->ncode)
                return why_fail(why, n, "%s: jump to %lld, outside the function's %u instructions", op_name(op),
                                (long long)target, f->ncode);
            break;
        }
        default: break;
        }
    }
    /* Fields the row does not use must be zero: nothing hides there.  A
     * jump uses B and C together. */
    bool used[3] = {false, false, false};
    for (unsigned k = 0; k < nops; k++) {
        if (op_operand(op, k) == OPK_JUMP)
            used[1] = used[2] = true;   /* wherever it is listed */
        else
            used[k] = true;
    }
    uint16_t fields[3] = {instr_a(in), instr_b(in), instr_c(in)};
    for (unsigned k = 0; k < 3; k++)
        if (!used[k] && fields[k])
            return why_fail(why, n, "%s: an operand it does not take is set", op_name(op));
    /* Arities, register windows and the classes of X operands. */
    uint32_t a = instr_a(in), cnt = instr_b(in);
    switch (op) {
    case OP_MAKEIFACE:
        if (f->classes[instr_b(in)] != b->types[instr_c(in)].cls || type_is(b, instr_c(in), BK_INTERFACE))
            return why_fail(why, n, "MAKEIFACE: register %u's class is not that of type %u", instr_b(in), instr_c(in));
        break;
    case OP_UNBOX:
        if (f->classes[a] != b->types[instr_c(in)].cls)
            return why_fail(why, n, "UNBOX: register %u's class is not that of type %u", a, instr_c(in));
        break;
    case OP_IMPLEMENTS:
        if (!type_is(b, instr_c(in), BK_INTERFACE))
            return why_fail(why, n, "IMPLEMENTS: type %u is not an interface", instr_c(in));
        break;
    case OP_NEWAGG:
        if (!b->types[instr_b(in)].agg)
            return why_fail(why, n, "NEWAGG: type %u is not a struct or array", instr_b(in));
        break;
    case OP_MAKEMAP:
        if (!type_is(b, instr_b(in), BK_MAP))
            return why_fail(why, n, "MAKEMAP: type %u is not a map", instr_b(in));
        break;
    case OP_MAKESLICE:
        if (!type_is(b, instr_c(in), BK_SLICE) || !scalar_after(f, instr_b(in), 1))
            return why_fail(why, n, "MAKESLICE: needs a slice type and length and capacity registers");
        break;
    case OP_APPEND:
        if (!type_is(b, instr_c(in), BK_SLICE) ||
            f->classes[instr_b(in)] != b->types[b->types[instr_c(in)].elem].cls)
            return why_fail(why, n, "APPEND: the element's register does not fit slice type %u", instr_c(in));
        break;
    case OP_APPENDSL: case OP_APPENDSTR: case OP_STR2BYTES: case OP_STR2RUNES:
        if (!type_is(b, instr_c(in), BK_SLICE))
            return why_fail(why, n, "%s: type %u is not a slice", op_name(op), instr_c(in));
        break;
    case OP_SLICES: case OP_SLICEA:
        if (!scalar_after(f, instr_c(in), 1) || !scalar_after(f, instr_c(in), 2))
            return why_fail(why, n, "%s: the bounds are not three number registers", op_name(op));
        break;
    case OP_MAPGET2_R: case OP_MAPGET2_P: case OP_DECODERUNE:
        if (!scalar_after(f, a, 1))
            return why_fail(why, n, "%s: register %u + 1 is not a number register", op_name(op), a);
        break;
    case OP_MAKECLOSURE:
        if ((uint64_t)a + instr_c(in) >= f->nregs)
            return why_fail(why, n, "MAKECLOSURE: the captured registers are past the function's");
        break;
    case OP_MAKECHAN:
        if (!type_is(b, instr_b(in), BK_CHAN))
            return why_fail(why, n, "MAKECHAN: type %u is not a channel", instr_b(in));
        break;
    case OP_RECV2: case OP_SELRECV:
        if (!scalar_after(f, a, 1))
            return why_fail(why, n, "%s: register %u + 1 is not a number register", op_name(op), a);
        break;
    case OP_SELECT:
        /* Its cases are the instructions just before it. */
        if (instr_b(in) > pc)
            return why_fail(why, n, "SELECT: %u cases before instruction %u", instr_b(in), pc);
        for (uint32_t k = pc - instr_b(in); k < pc; k++)
            if (instr_op(f->code[k]) != OP_SELSEND && instr_op(f->code[k]) != OP_SELRECV)
                return why_fail(why, n, "SELECT: instruction %u is not one of its cases", k);
        break;
    case OP_CALLV: case OP_DEFER: case OP_GO: case OP_SPAWN:
        if ((uint64_t)a + cnt >= f->nregs)
            return why_fail(why, n, "CALLV: the arguments are past the function's registers");
        break;
    case OP_MAPNEXT:
        if (a + 2 >= f->nregs)
            return why_fail(why, n, "MAPNEXT: the key and value registers are past the function's");
        break;
    case OP_CALLIFACE:
        if (cnt == 0)
            return why_fail(why, n, "CALLIFACE: no receiver");
        if (!verify_iface_call(b, f, in, why, n))
            return false;
        break;
    case OP_MOVE:
        if (f->classes[instr_a(in)] != f->classes[instr_b(in)])
            return why_fail(why, n, "MOVE: between registers of different classes");
        break;
    case OP_LOADK:
        if ((b->consts[instr_b(in)].kind == BC_STRING) != (f->classes[instr_a(in)] == BC_REF))
            return why_fail(why, n, "LOADK: constant %u does not fit register %u's class", instr_b(in), instr_a(in));
        break;
    case OP_GETGLOBAL:
        if (f->classes[instr_a(in)] != b->globals[instr_b(in)])
            return why_fail(why, n, "GETGLOBAL: global %u and register %u differ in class", instr_b(in), instr_a(in));
        break;
    case OP_SETGLOBAL:
        if (f->classes[instr_b(in)] != b->globals[instr_a(in)])
            return why_fail(why, n, "SETGLOBAL: global %u and register %u differ in class", instr_a(in), instr_b(in));
        break;
    case OP_CALL: {
        const BcFunc *callee = &b->funcs[instr_c(in)];
        if (cnt != callee->params)
            return why_fail(why, n, "CALL: %u arguments to %s, which takes %u", cnt, callee->name, callee->params);
        uint32_t window = callee->params + callee->results;
        if (a + window > f->nregs)
            return why_fail(why, n, "CALL: arguments and results past the function's registers");
        /* The window is the callee's first registers: the same classes. */
        for (uint32_t r = 0; r < window; r++)
            if (f->classes[a + r] != callee->classes[r])
                return why_fail(why, n, "CALL: register %u's class is not that of %s's register %u", a + r,
                                callee->name, r);
        break;
    }
    case OP_CALLNATIVE:
        if (a + cnt > f->nregs)
            return why_fail(why, n, "CALLNATIVE: arguments past the function's registers");
        break;
    case OP_RETURN:
        if (cnt != f->results)
            return why_fail(why, n, "RETURN: %u results from %s, which returns %u", cnt, f->name, f->results);
        if (a + cnt > f->nregs || f->params + cnt > f->nregs)
            return why_fail(why, n, "RETURN: results past the function's registers");
        /* Results move to the registers after the parameters: the
         * classes must agree. */
        for (uint32_t r = 0; r < cnt; r++)
            if (f->classes[a + r] != f->classes[f->params + r])
                return why_fail(why, n, "RETURN: result register %u's class is not register %u's", a + r,
                                f->params + r);
        break;
    case OP_SLICE_STRING:
        if ((uint32_t)instr_c(in) + 1 >= f->nregs || f->classes[instr_c(in) + 1] != BC_SCALAR)
            return why_fail(why, n, "SLICE_STRING: the high bound is not a number register");
        break;
    default: break;
    }
    return true;
}

/* Every index a type holds, and each method's receiver. */
static bool verify_types(const Bytecode *b, char *why, size_t n)
{
    for (uint32_t t = 0; t < b->ntypes; t++) {
        const BcType *ty = &b->types[t];
        if ((ty->elem != BC_NO_TYPE && ty->elem >= b->ntypes) || (ty->key != BC_NO_TYPE && ty->key >= b->ntypes))
            return why_fail(why, n, "type %u (%s): element or key type out of range", t, ty->name);
        for (uint32_t i = 0; i < ty->nfields; i++)
            if (ty->fields[i].type >= b->ntypes)
                return why_fail(why, n, "type %u (%s): field %u's type out of range", t, ty->name, i);
        for (uint32_t i = 0; i < ty->nmethods; i++) {
            const BcMethod *m = &ty->methods[i];
            if (m->name >= b->nmethod_names)
                return why_fail(why, n, "type %u (%s): method name %u out of range", t, ty->name, m->name);
            for (uint32_t j = 0; j < i; j++)
                if (ty->methods[j].name == m->name)
                    return why_fail(why, n, "type %u (%s): method %s listed twice", t, ty->name,
                                    b->method_names[m->name]);
            if (ty->kind == BK_INTERFACE)
                continue;
            if (m->func >= b->nfuncs)
                return why_fail(why, n, "type %u (%s): method function %u out of range", t, ty->name, m->func);
            const BcFunc *f = &b->funcs[m->func];
            if (f->params == 0 || f->classes[0] != bytecode_kind_class(ty->kind))
                return why_fail(why, n, "type %u (%s): method %s's receiver does not fit the type", t, ty->name,
                                f->name);
        }
    }
    return true;
}

/* A call through an interface may reach any type's method of that
 * name: each must take the window as the call site lays it out. */
static bool verify_iface_call(const Bytecode *b, const BcFunc *f, Instr in, char *why, size_t n)
{
    uint32_t a = instr_a(in), cnt = instr_b(in), m = instr_c(in);
    for (uint32_t t = 0; t < b->ntypes; t++) {
        const BcType *ty = &b->types[t];
        if (!ty->vtable || ty->vtable[m] == BC_NO_FUNC)
            continue;
        const BcFunc *callee = &b->funcs[ty->vtable[m]];
        if (callee->params != cnt)
            return why_fail(why, n, "CALLIFACE: %u arguments to %s, which takes %u", cnt, callee->name,
                            callee->params);
        if (a + callee->params + callee->results > f->nregs)
            return why_fail(why, n, "CALLIFACE: arguments and results past the function's registers");
        for (uint32_t r = 1; r < callee->params + callee->results; r++)
            if (f->classes[a + r] != callee->classes[r])
                return why_fail(why, n, "CALLIFACE: register %u's class is not that of %s's register %u", a + r,
                                callee->name, r);
    }
    return true;
}

/* Register r + k exists and is a number register. */
static bool scalar_after(const BcFunc *f, uint32_t r, uint32_t k)
{
    return r + k < f->nregs && f->classes[r + k] == BC_SCALAR;
}

static bool type_is(const Bytecode *b, uint32_t t, BcKind k)
{
    return b->types[t].kind == k;
}

bool bytecode_verify(Bytecode *b, char *why, size_t n)
{
    if (!b->library && (b->nfuncs == 0 || b->main >= b->nfuncs || b->funcs[b->main].ext))
        return why_fail(why, n, "no main function");
    if (!verify_types(b, why, n) || !bytecode_derive(b, why, n))
        return false;
    for (uint32_t i = 0; i < b->ninit; i++)
        if (b->init[i] >= b->nfuncs || b->funcs[b->init[i]].params || b->funcs[b->init[i]].results ||
            b->funcs[b->init[i]].ext)
            return why_fail(why, n, "init function %u is not a function without parameters and results", b->init[i]);
    if (!b->library && (b->funcs[b->main].params || b->funcs[b->main].results))
        return why_fail(why, n, "main takes parameters or returns results");
    /* Every function's window first: a call's check reads its callee's
     * register classes, and the callee may come later. */
    for (uint32_t fi = 0; fi < b->nfuncs; fi++)
        if ((uint64_t)b->funcs[fi].params + b->funcs[fi].results > b->funcs[fi].nregs)
            return why_fail(why, n, "%s: more parameters and results than registers", b->funcs[fi].name);
    for (uint32_t fi = 0; fi < b->nfuncs; fi++) {
        const BcFunc *f = &b->funcs[fi];
        if (f->ext)
            continue;   /* a declaration: the linker checks it against the definition */
        if (f->ncode == 0)
            return why_fail(why, n, "%s: no instructions", f->name);
        Opcode last = instr_op(f->code[f->ncode - 1]);
        if (last != OP_RETURN && last != OP_JMP)
            return why_fail(why, n, "%s: the last instruction can fall off the end", f->name);
        for (uint32_t pc = 0; pc < f->ncode; pc++) {
            char inner[200];
            if (!verify_instr(b, f, pc, inner, sizeof inner))
                return why_fail(why, n, "%s, instruction %u: %s", f->name, pc, inner);
        }
    }
    return true;
}

/* ==== reading ========================================================= */

typedef struct Rd {
    char why[256];
} Rd;

static bool rfail(Rd *rd, const char *fmt, ...) PRINTF_LIKE(2, 3);
static bool rfail(Rd *rd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rd->why, sizeof rd->why, fmt, ap);
    va_end(ap);
    return false;
}

static bool get_u32(Rd *rd, json_t *v, const char *what, uint32_t *out)
{
    if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > UINT32_MAX)
        return rfail(rd, "%s: expected a non-negative integer", what);
    *out = (uint32_t)json_integer_value(v);
    return true;
}

static bool get_str(Rd *rd, json_t *v, const char *what, char **out)
{
    if (!json_is_string(v))
        return rfail(rd, "%s: expected a string", what);
    *out = xstrdup(json_string_value(v));
    return true;
}

static bool get_array(Rd *rd, json_t *o, const char *key, uint32_t *n, json_t **arr)
{
    *arr = json_object_get(o, key);
    if (!json_is_array(*arr))
        return rfail(rd, "\"%s\": expected an array", key);
    if (json_array_size(*arr) > BC_MAX_ITEMS)
        return rfail(rd, "\"%s\": more than %u entries", key, BC_MAX_ITEMS);
    *n = (uint32_t)json_array_size(*arr);
    return true;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool read_const(Rd *rd, json_t *v, BcConst *c)
{
    json_t *x;
    if (!json_is_object(v) || json_object_size(v) != 1)
        return rfail(rd, "a constant must be an object with one key");
    if ((x = json_object_get(v, "int"))) {
        if (!json_is_integer(x))
            return rfail(rd, "an int constant must be an integer");
        c->kind = BC_INT;
        c->i = json_integer_value(x);
    } else if ((x = json_object_get(v, "float"))) {
        char *end;
        if (!json_is_string(x))
            return rfail(rd, "a float constant must be a string");
        c->kind = BC_FLOAT;
        c->f = strtod(json_string_value(x), &end);
        if (*end || end == json_string_value(x))
            return rfail(rd, "a float constant must be a number");
    } else if ((x = json_object_get(v, "string"))) {
        if (!json_is_string(x))
            return rfail(rd, "a string constant must be a string");
        c->kind = BC_STRING;
        c->len = json_string_length(x);
        c->s = xmalloc(c->len + 1);
        memcpy(c->s, json_string_value(x), c->len + 1);
    } else if ((x = json_object_get(v, "bytes"))) {
        if (!json_is_string(x) || json_string_length(x) % 2)
            return rfail(rd, "a bytes constant must be hexadecimal pairs");
        const char *h = json_string_value(x);
        c->kind = BC_STRING;
        c->len = json_string_length(x) / 2;
        c->s = xmalloc(c->len + 1);
        for (size_t i = 0; i < c->len; i++) {
            int hi = hexval(h[2 * i]), lo = hexval(h[2 * i + 1]);
            if (hi < 0 || lo < 0)
                return rfail(rd, "a bytes constant must be hexadecimal pairs");
            c->s[i] = (char)(hi << 4 | lo);
        }
        c->s[c->len] = '\0';
    } else {
        return rfail(rd, "unknown constant kind");
    }
    return true;
}

static bool read_instr(Rd *rd, json_t *row, Instr *out)
{
    if (!json_is_array(row) || json_array_size(row) < 1 || !json_is_string(json_array_get(row, 0)))
        return rfail(rd, "an instruction must be [\"NAME\", operands...]");
    Opcode op;
    const char *name = json_string_value(json_array_get(row, 0));
    if (!op_lookup(name, strlen(name), &op))
        return rfail(rd, "unknown instruction %.40s", name);
    unsigned n = op_noperands(op);
    if (json_array_size(row) != 1 + n)
        return rfail(rd, "%s takes %u operands", op_name(op), n);
    uint16_t f[3] = {0, 0, 0};
    int32_t jump = 0;
    bool has_jump = false;
    for (unsigned k = 0; k < n; k++) {
        json_t *v = json_array_get(row, 1 + k);
        if (!json_is_integer(v))
            return rfail(rd, "%s: operands are integers", op_name(op));
        json_int_t x = json_integer_value(v);
        OperandKind kind = op_operand(op, k);
        if (kind == OPK_JUMP) {
            if (x < INT32_MIN || x > INT32_MAX)
                return rfail(rd, "%s: jump offset out of range", op_name(op));
            jump = (int32_t)x;
            has_jump = true;
        } else if (kind == OPK_IMM) {
            if (x < INT16_MIN || x > INT16_MAX)
                return rfail(rd, "%s: immediate out of range", op_name(op));
            f[k] = (uint16_t)(int16_t)x;
        } else {
            if (x < 0 || x > UINT16_MAX)
                return rfail(rd, "%s: operand %u out of range", op_name(op), k + 1);
            f[k] = (uint16_t)x;
        }
    }
    *out = has_jump ? instr_make_jump(op, f[0], jump) : instr_make(op, f[0], f[1], f[2]);
    return true;
}

static bool read_func(Rd *rd, json_t *v, BcFunc *f)
{
    json_t *code, *lines, *refs;
    uint32_t ncode, nlines, nrefs;
    if (!json_is_object(v) || !get_str(rd, json_object_get(v, "name"), "function name", &f->name) ||
        !get_u32(rd, json_object_get(v, "params"), "params", &f->params) ||
        !get_u32(rd, json_object_get(v, "results"), "results", &f->results) ||
        !get_u32(rd, json_object_get(v, "regs"), "regs", &f->nregs) || !get_array(rd, v, "code", &ncode, &code) ||
        !get_array(rd, v, "lines", &nlines, &lines) || !get_array(rd, v, "refs", &nrefs, &refs))
        return false;
    json_t *ext = json_object_get(v, "extern");
    if (ext && !json_is_true(ext))
        return rfail(rd, "%s: \"extern\" is true or absent", f->name);
    f->ext = ext != NULL;
    json_t *shared = json_object_get(v, "shared");
    if (shared && !json_is_true(shared))
        return rfail(rd, "%s: \"shared\" is true or absent", f->name);
    f->shared = shared != NULL;
    if (f->ext && ncode)
        return rfail(rd, "%s: an extern function has no code", f->name);
    if (f->nregs > BC_MAX_REGS)
        return rfail(rd, "%s: more than %u registers", f->name, BC_MAX_REGS);
    if (nlines != ncode)
        return rfail(rd, "%s: %u lines for %u instructions", f->name, nlines, ncode);
    f->classes = xcalloc(f->nregs ? f->nregs : 1, 1);
    for (uint32_t i = 0; i < nrefs; i++) {
        uint32_t r;
        if (!get_u32(rd, json_array_get(refs, i), "refs", &r))
            return false;
        if (r >= f->nregs)
            return rfail(rd, "%s: reference register %u out of range", f->name, r);
        f->classes[r] = BC_REF;
    }
    f->ncode = ncode;
    f->code = xmalloc((ncode ? ncode : 1) * sizeof *f->code);
    f->lines = xmalloc((ncode ? ncode : 1) * sizeof *f->lines);
    for (uint32_t i = 0; i < ncode; i++)
        if (!read_instr(rd, json_array_get(code, i), &f->code[i]) ||
            !get_u32(rd, json_array_get(lines, i), "lines", &f->lines[i]))
            return false;
    return true;
}

static bool get_u32_key(Rd *rd, json_t *o, const char *key, uint32_t *out)
{
    return get_u32(rd, json_object_get(o, key), key, out);
}

/* {"kind": "STRUCT", "name": "main.P", "fields": [["X", 2]], "methods": [[0, 4]]} */
static bool read_type(Rd *rd, json_t *t, BcType *ty)
{
    static const char *const kinds[BK__COUNT] = {
#define TY(name, goname, flags, bits) #name,
#include "types.def"
#undef TY
    };
    json_t *k = json_object_get(t, "kind"), *arr;
    if (!json_is_string(k))
        return rfail(rd, "a type needs a kind");
    unsigned kind = 0;
    while (kind < BK__COUNT && strcmp(kinds[kind], json_string_value(k)) != 0)
        kind++;
    if (kind == BK__COUNT || kind == BK_INVALID || kind == BK_NAMED || kind == BK_TUPLE)
        return rfail(rd, "unknown type kind %.40s", json_string_value(k));
    ty->kind = (BcKind)kind;
    ty->elem = ty->key = BC_NO_TYPE;
    if (!get_str(rd, json_object_get(t, "name"), "type name", &ty->name))
        return false;
    if (kind == BK_ARRAY || kind == BK_SLICE || kind == BK_POINTER || kind == BK_MAP || kind == BK_CHAN)
        if (!get_u32_key(rd, t, "elem", &ty->elem))
            return false;
    if (kind == BK_MAP && !get_u32_key(rd, t, "key", &ty->key))
        return false;
    if (kind == BK_ARRAY) {
        json_t *len = json_object_get(t, "len");
        if (!json_is_integer(len) || json_integer_value(len) < 0 || json_integer_value(len) > (1ll << 40))
            return rfail(rd, "type %s: an array needs a length", ty->name);
        ty->len = json_integer_value(len);
    }
    if (kind == BK_STRUCT) {
        uint32_t n;
        if (!get_array(rd, t, "fields", &n, &arr))
            return false;
        ty->fields = xcalloc(n ? n : 1, sizeof *ty->fields);
        for (; ty->nfields < n; ty->nfields++) {
            json_t *f = json_array_get(arr, ty->nfields);
            BcField *fd = &ty->fields[ty->nfields];
            size_t fl = json_array_size(f);
            if (!json_is_array(f) || fl < 2 || fl > 3 ||
                (fl == 3 && (!json_is_string(json_array_get(f, 2)) ||
                             strcmp(json_string_value(json_array_get(f, 2)), "embedded") != 0)))
                return rfail(rd, "type %s: a field is [name, type] or [name, type, \"embedded\"]", ty->name);
            fd->embedded = fl == 3;
            if (!get_str(rd, json_array_get(f, 0), "field name", &fd->name) ||
                !get_u32(rd, json_array_get(f, 1), "field type", &fd->type)) {
                ty->nfields++;
                return false;
            }
        }
    }
    if (json_object_get(t, "methods")) {
        uint32_t n;
        if (!get_array(rd, t, "methods", &n, &arr))
            return false;
        ty->methods = xcalloc(n ? n : 1, sizeof *ty->methods);
        for (; ty->nmethods < n; ty->nmethods++) {
            json_t *m = json_array_get(arr, ty->nmethods);
            BcMethod *md = &ty->methods[ty->nmethods];
            bool iface = kind == BK_INTERFACE;
            if (!json_is_array(m) || json_array_size(m) != (iface ? 1u : 2u))
                return rfail(rd, "type %s: a method is [name, function] (an interface's: [name])", ty->name);
            md->func = BC_NO_FUNC;
            if (!get_u32(rd, json_array_get(m, 0), "method name", &md->name) ||
                (!iface && !get_u32(rd, json_array_get(m, 1), "method function", &md->func)))
                return false;
        }
    }
    return true;
}

static bool read_doc(Rd *rd, json_t *doc, Bytecode *b)
{
    json_t *v;
    uint32_t n;
    if (!json_is_object(doc))
        return rfail(rd, "not a JSON object");
    v = json_object_get(doc, "format");
    if (!json_is_string(v) || strcmp(json_string_value(v), BYTECODE_FORMAT_NAME) != 0)
        return rfail(rd, "not a %s file", BYTECODE_FORMAT_NAME);
    v = json_object_get(doc, "version");
    if (!json_is_integer(v) || json_integer_value(v) < 1)
        return rfail(rd, "missing or bad version");
    if (json_integer_value(v) > BYTECODE_FORMAT_VERSION)
        return rfail(rd, "unsupported bytecode version: %lld (this binary supports version%s %s%d; upgrade gomini to run newer bytecode)",
                     (long long)json_integer_value(v), BYTECODE_FORMAT_VERSION > 1 ? "s" : "",
                     BYTECODE_FORMAT_VERSION > 1 ? "1–" : "", BYTECODE_FORMAT_VERSION);
    v = json_object_get(doc, "opset");
    if (!json_is_string(v) || strcmp(json_string_value(v), BYTECODE_OPSET) != 0)
        return rfail(rd, "unknown instruction set (this binary runs %s)", BYTECODE_OPSET);
    if (!get_str(rd, json_object_get(doc, "package"), "package", &b->package) ||
        !get_str(rd, json_object_get(doc, "source"), "source", &b->source))
        return false;
    json_t *arr;
    if (!get_array(rd, doc, "natives", &n, &arr))
        return false;
    b->natives = xcalloc(n ? n : 1, sizeof *b->natives);
    for (; b->nnatives < n; b->nnatives++)
        if (!get_str(rd, json_array_get(arr, b->nnatives), "natives", &b->natives[b->nnatives]))
            return false;
    if (!get_array(rd, doc, "methods", &n, &arr))
        return false;
    b->method_names = xcalloc(n ? n : 1, sizeof *b->method_names);
    for (; b->nmethod_names < n; b->nmethod_names++)
        if (!get_str(rd, json_array_get(arr, b->nmethod_names), "methods", &b->method_names[b->nmethod_names]))
            return false;
    if (!get_array(rd, doc, "types", &n, &arr))
        return false;
    b->types = xcalloc(n ? n : 1, sizeof *b->types);
    for (; b->ntypes < n; b->ntypes++)
        if (!read_type(rd, json_array_get(arr, b->ntypes), &b->types[b->ntypes])) {
            b->ntypes++;   /* what it allocated is freed with the rest */
            return false;
        }
    if (!get_array(rd, doc, "constants", &n, &arr))
        return false;
    b->consts = xcalloc(n ? n : 1, sizeof *b->consts);
    for (; b->nconsts < n; b->nconsts++)
        if (!read_const(rd, json_array_get(arr, b->nconsts), &b->consts[b->nconsts]))
            return false;
    if (!get_array(rd, doc, "imports", &n, &arr))
        return false;
    b->imports = xcalloc(n ? n : 1, sizeof *b->imports);
    for (; b->nimports < n; b->nimports++)
        if (!get_str(rd, json_array_get(arr, b->nimports), "imports", &b->imports[b->nimports]))
            return false;
    if (!get_array(rd, doc, "globals", &n, &arr))
        return false;
    b->globals = xcalloc(n ? n : 1, 1);
    for (; b->nglobals < n; b->nglobals++) {
        json_t *g = json_array_get(arr, b->nglobals), *cls = g;
        if (json_is_object(g)) {
            /* {"name", "class", "extern"}: a named global, for linking. */
            if (!b->global_names) {
                b->global_names = xcalloc(n, sizeof *b->global_names);
                b->global_ext = xcalloc(n, 1);
                b->nglobal_names = n;
            }
            if (!get_str(rd, json_object_get(g, "name"), "global name", &b->global_names[b->nglobals]))
                return false;
            json_t *ext = json_object_get(g, "extern");
            if (ext && !json_is_true(ext))
                return rfail(rd, "a global's \"extern\" is true or absent");
            b->global_ext[b->nglobals] = ext != NULL;
            cls = json_object_get(g, "class");
        } else if (b->global_names) {
            return rfail(rd, "globals are all named or none is");
        }
        if (!json_is_string(cls) || (strcmp(json_string_value(cls), "ref") && strcmp(json_string_value(cls), "scalar")))
            return rfail(rd, "a global is \"ref\" or \"scalar\"");
        b->globals[b->nglobals] = strcmp(json_string_value(cls), "ref") == 0 ? BC_REF : BC_SCALAR;
    }
    if (b->global_names)
        for (uint32_t i = 0; i < b->nglobals; i++)
            if (!b->global_names[i])
                return rfail(rd, "globals are all named or none is");
    if (!get_array(rd, doc, "functions", &n, &arr))
        return false;
    b->funcs = xcalloc(n ? n : 1, sizeof *b->funcs);
    for (; b->nfuncs < n; b->nfuncs++)
        if (!read_func(rd, json_array_get(arr, b->nfuncs), &b->funcs[b->nfuncs])) {
            b->nfuncs++;   /* what it allocated is freed with the rest */
            return false;
        }
    if (!get_array(rd, doc, "init", &n, &arr))
        return false;
    b->init = xcalloc(n ? n : 1, sizeof *b->init);
    for (; b->ninit < n; b->ninit++)
        if (!get_u32(rd, json_array_get(arr, b->ninit), "init", &b->init[b->ninit]))
            return false;
    json_t *m = json_object_get(doc, "main");
    if (json_is_null(m)) {
        b->library = true;   /* a package other programs import */
        return true;
    }
    return get_u32(rd, m, "main", &b->main);
}

bool bytecode_from_json(json_t *doc, Bytecode *b, char *why, size_t whylen)
{
    bytecode_init(b);
    Rd rd = {{0}};
    bool ok = read_doc(&rd, doc, b);
    if (ok)
        ok = bytecode_verify(b, rd.why, sizeof rd.why);
    if (!ok) {
        snprintf(why, whylen, "%s", rd.why);
        bytecode_free(b);
    }
    return ok;
}

bool bytecode_read(const void *data, size_t len, const char *path, Bytecode *b)
{
    bytecode_init(b);
    json_error_t err;
    /* Jansson refuses NUL bytes and invalid UTF-8 in strings itself. */
    json_t *doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &err);
    if (!doc) {
        fail_msg("%s: not a %s file: %s at line %d", path, BYTECODE_FORMAT_NAME, err.text, err.line);
        return false;
    }
    char why[256];
    bool ok = bytecode_from_json(doc, b, why, sizeof why);
    json_decref(doc);
    if (!ok)
        fail_msg("%s: %s", path, why);
    return ok;
}
