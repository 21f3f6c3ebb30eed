/* natives.c - the standard library functions govm provides natively,
 * by name, and their formatting of values as Go's fmt prints them.  The
 * declarations gocheck reads are in stdlib/; each function here has its
 * row in the table at the end. */
#include "vm.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Go's %v of a float64: the shortest decimal that reads back exactly,
 * in %e form when the exponent is below -4 or at least 6 (strconv's
 * shortest %g). */
static void format_float(Buf *out, double f, unsigned bits)
{
    if (isnan(f)) {
        buf_puts(out, "NaN");
        return;
    }
    if (isinf(f)) {
        buf_puts(out, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    char digits[40];
    int prec = 1;
    for (; prec <= 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, f);
        double back = strtod(digits, NULL);
        if (bits == 32 ? (float)back == (float)f : back == f)
            break;
    }
    char *e = strchr(digits, 'e');
    int exp = atoi(e + 1);
    *e = '\0';
    if (exp < -4 || exp >= 6) {
        /* d.ddde+XX, at least two exponent digits, as Go. */
        buf_printf(out, "%se%c%02d", digits, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    /* Plain notation with the same digits. */
    char mant[40];
    size_t n = 0;
    bool neg = digits[0] == '-';
    for (const char *p = digits + neg; *p; p++)
        if (*p != '.')
            mant[n++] = *p;
    mant[n] = '\0';
    if (neg)
        buf_putc(out, '-');
    if (exp < 0) {
        buf_puts(out, "0.");
        for (int i = -1; i > exp; i--)
            buf_putc(out, '0');
        buf_puts(out, mant);
    } else if ((size_t)exp + 1 >= n) {
        buf_puts(out, mant);
        for (size_t i = n; i < (size_t)exp + 1; i++)
            buf_putc(out, '0');
    } else {
        buf_append(out, mant, (size_t)exp + 1);
        buf_putc(out, '.');
        buf_puts(out, mant + exp + 1);
    }
}

/* %v of an interface value. */
static void format_value(VM *vm, Buf *out, const Iface *box)
{
    if (!box) {
        buf_puts(out, "<nil>");
        return;
    }
    const BcType *t = &vm->code->types[box->type];
    switch (t->kind) {
    case BK_BOOL: buf_puts(out, box->v.u ? "true" : "false"); break;
    case BK_INT: case BK_INT8: case BK_INT16: case BK_INT32: case BK_INT64:
        buf_printf(out, "%" PRId64, box->v.i);
        break;
    case BK_UINT: case BK_UINT8: case BK_UINT16: case BK_UINT32: case BK_UINT64: case BK_UINTPTR:
        buf_printf(out, "%" PRIu64, box->v.u);
        break;
    case BK_FLOAT32: format_float(out, box->v.f, 32); break;
    case BK_FLOAT64: format_float(out, box->v.f, 64); break;
    case BK_STRING: {
        const GoString *s = box->v.p;
        if (s && s->len)
            buf_append(out, s->data, s->len);
        break;
    }
    default: buf_printf(out, "%%!v(%s)", t->name); break;
    }
}

static int write_out(VM *vm, const Buf *b, Value *results)
{
    if (b->len)
        fwrite(b->data, 1, b->len, vm->out);
    results[0].i = (int64_t)b->len;
    results[1].p = NULL;   /* a nil error */
    return 0;
}

/* Println: operands always separated by spaces, then a newline. */
static int fmt_println(VM *vm, Value *args, uint32_t n, Value *results)
{
    Buf b;
    buf_init(&b);
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0)
            buf_putc(&b, ' ');
        format_value(vm, &b, args[i].p);
    }
    buf_putc(&b, '\n');
    int st = write_out(vm, &b, results);
    buf_free(&b);
    return st;
}

/* Print: a space between operands when neither is a string. */
static int fmt_print(VM *vm, Value *args, uint32_t n, Value *results)
{
    Buf b;
    buf_init(&b);
    for (uint32_t i = 0; i < n; i++) {
        const Iface *x = args[i].p, *prev = i ? args[i - 1].p : NULL;
        bool xs = x && vm->code->types[x->type].kind == BK_STRING;
        bool ps = prev && vm->code->types[prev->type].kind == BK_STRING;
        if (i > 0 && !xs && !ps)
            buf_putc(&b, ' ');
        format_value(vm, &b, x);
    }
    int st = write_out(vm, &b, results);
    buf_free(&b);
    return st;
}

static const NativeDef natives[] = {
    {"fmt.Println", "", true, "RP", fmt_println},
    {"fmt.Print", "", true, "RP", fmt_print},
};

const NativeDef *native_find(const char *name)
{
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++)
        if (strcmp(natives[i].name, name) == 0)
            return &natives[i];
    return NULL;
}
