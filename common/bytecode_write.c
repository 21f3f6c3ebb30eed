/* bytecode_write.c - go-mini-bytecode's writer, for gocodegen (see
 * bytecode.h), through the project's own JSON writer.  It is apart from
 * the reader, which uses Jansson: the two libraries share names. */
#include "bytecode.h"

#include "jsonw.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ==== writing ========================================================= */

static bool is_utf8(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t size = 1;
        if (u[i] == 0 || (u[i] >= 0x80 && utf8_decode(u + i, len - i, &size) == UTF8_INVALID))
            return false;   /* Jansson refuses NUL in strings too */
        i += size;
    }
    return true;
}

static void write_const(JsonWriter *j, const BcConst *c)
{
    jw_begin_object(j, true);
    switch (c->kind) {
    case BC_INT: jw_key(j, "int"); jw_int(j, c->i); break;
    case BC_FLOAT: {
        /* As text, so that every bit survives: "%.17g" round-trips. */
        char num[40];
        snprintf(num, sizeof num, "%.17g", c->f);
        jw_key(j, "float");
        jw_cstring(j, num);
        break;
    }
    case BC_STRING:
        if (is_utf8(c->s, c->len)) {
            jw_key(j, "string");
            jw_string(j, c->s, c->len);
        } else {
            /* JSON text is UTF-8: other bytes go as hexadecimal. */
            Buf hex;
            buf_init(&hex);
            for (size_t i = 0; i < c->len; i++)
                buf_printf(&hex, "%02x", (unsigned char)c->s[i]);
            jw_key(j, "bytes");
            jw_string(j, (const char *)hex.data, hex.len);
            buf_free(&hex);
        }
        break;
    }
    jw_end_object(j);
}

static void write_func(JsonWriter *j, const BcFunc *f)
{
    jw_begin_object(j, false);
    jw_key(j, "name"); jw_cstring(j, f->name);
    jw_key(j, "params"); jw_uint(j, f->params);
    jw_key(j, "results"); jw_uint(j, f->results);
    jw_key(j, "regs"); jw_uint(j, f->nregs);
    if (f->ext) {
        jw_key(j, "extern");
        jw_bool(j, true);
    }
    if (f->shared) {
        jw_key(j, "shared");
        jw_bool(j, true);
    }
    jw_key(j, "refs");   /* the reference registers, for the collector */
    jw_begin_array(j, true);
    for (uint32_t r = 0; r < f->nregs; r++)
        if (f->classes[r] == BC_REF)
            jw_uint(j, r);
    jw_end_array(j);
    jw_key(j, "code");
    jw_begin_array(j, false);
    for (uint32_t i = 0; i < f->ncode; i++) {
        Instr in = f->code[i];
        Opcode op = instr_op(in);
        jw_begin_array(j, true);
        jw_cstring(j, op_name(op));
        unsigned n = op_noperands(op);
        for (unsigned k = 0; k < n; k++) {
            OperandKind kind = op_operand(op, k);
            if (kind == OPK_JUMP)
                jw_int(j, instr_sj(in));
            else if (kind == OPK_IMM)
                jw_int(j, k == 1 ? instr_sb(in) : instr_sc(in));
            else
                jw_uint(j, k == 0 ? instr_a(in) : k == 1 ? instr_b(in) : instr_c(in));
        }
        jw_end_array(j);
    }
    jw_end_array(j);
    jw_key(j, "lines");
    jw_begin_array(j, true);
    for (uint32_t i = 0; i < f->ncode; i++)
        jw_uint(j, f->lines[i]);
    jw_end_array(j);
    jw_end_object(j);
}

void bytecode_write(const Bytecode *b, Buf *out)
{
    JsonWriter j;
    jw_init(&j, out);
    jw_begin_object(&j, false);
    jw_key(&j, "format"); jw_cstring(&j, BYTECODE_FORMAT_NAME);
    jw_key(&j, "version"); jw_uint(&j, BYTECODE_FORMAT_VERSION);
    jw_key(&j, "opset"); jw_cstring(&j, BYTECODE_OPSET);
    jw_key(&j, "package"); jw_cstring(&j, b->package ? b->package : "");
    jw_key(&j, "source"); jw_cstring(&j, b->source ? b->source : "");
    jw_key(&j, "natives");
    jw_begin_array(&j, true);
    for (uint32_t i = 0; i < b->nnatives; i++)
        jw_cstring(&j, b->natives[i]);
    jw_end_array(&j);
    static const char *const kinds[BK__COUNT] = {
#define TY(name, goname, flags, bits) #name,
#include "types.def"
#undef TY
    };
    jw_key(&j, "methods");
    jw_begin_array(&j, true);
    for (uint32_t i = 0; i < b->nmethod_names; i++)
        jw_cstring(&j, b->method_names[i]);
    jw_end_array(&j);
    jw_key(&j, "types");
    jw_begin_array(&j, false);
    for (uint32_t i = 0; i < b->ntypes; i++) {
        const BcType *t = &b->types[i];
        jw_begin_object(&j, true);
        jw_key(&j, "kind");
        jw_cstring(&j, kinds[t->kind]);
        jw_key(&j, "name");
        jw_cstring(&j, t->name);
        if (t->kind == BK_ARRAY || t->kind == BK_SLICE || t->kind == BK_POINTER || t->kind == BK_MAP ||
            t->kind == BK_CHAN) {
            jw_key(&j, "elem");
            jw_uint(&j, t->elem);
        }
        if (t->kind == BK_MAP) {
            jw_key(&j, "key");
            jw_uint(&j, t->key);
        }
        if (t->kind == BK_ARRAY) {
            jw_key(&j, "len");
            jw_int(&j, t->len);
        }
        if (t->kind == BK_STRUCT) {
            jw_key(&j, "fields");
            jw_begin_array(&j, true);
            for (uint32_t k = 0; k < t->nfields; k++) {
                jw_begin_array(&j, true);
                jw_cstring(&j, t->fields[k].name);
                jw_uint(&j, t->fields[k].type);
                if (t->fields[k].embedded)
                    jw_cstring(&j, "embedded");
                jw_end_array(&j);
            }
            jw_end_array(&j);
        }
        if (t->nmethods) {
            jw_key(&j, "methods");
            jw_begin_array(&j, true);
            for (uint32_t k = 0; k < t->nmethods; k++) {
                jw_begin_array(&j, true);
                jw_uint(&j, t->methods[k].name);
                if (t->kind != BK_INTERFACE)
                    jw_uint(&j, t->methods[k].func);
                jw_end_array(&j);
            }
            jw_end_array(&j);
        }
        jw_end_object(&j);
    }
    jw_end_array(&j);
    jw_key(&j, "constants");
    jw_begin_array(&j, false);
    for (uint32_t i = 0; i < b->nconsts; i++)
        write_const(&j, &b->consts[i]);
    jw_end_array(&j);
    jw_key(&j, "imports");
    jw_begin_array(&j, true);
    for (uint32_t i = 0; i < b->nimports; i++)
        jw_cstring(&j, b->imports[i]);
    jw_end_array(&j);
    jw_key(&j, "globals");
    jw_begin_array(&j, !b->global_names);
    for (uint32_t i = 0; i < b->nglobals; i++) {
        const char *cls = b->globals[i] == BC_REF ? "ref" : "scalar";
        if (!b->global_names) {
            jw_cstring(&j, cls);
            continue;
        }
        /* {"name", "class"} and, when defined elsewhere, "extern". */
        jw_begin_object(&j, true);
        jw_key(&j, "name");
        jw_cstring(&j, b->global_names[i]);
        jw_key(&j, "class");
        jw_cstring(&j, cls);
        if (b->global_ext && b->global_ext[i]) {
            jw_key(&j, "extern");
            jw_bool(&j, true);
        }
        jw_end_object(&j);
    }
    jw_end_array(&j);
    jw_key(&j, "functions");
    jw_begin_array(&j, false);
    for (uint32_t i = 0; i < b->nfuncs; i++)
        write_func(&j, &b->funcs[i]);
    jw_end_array(&j);
    jw_key(&j, "init");
    jw_begin_array(&j, true);
    for (uint32_t i = 0; i < b->ninit; i++)
        jw_uint(&j, b->init[i]);
    jw_end_array(&j);
    jw_key(&j, "main");
    if (b->library)
        jw_null(&j);
    else
        jw_uint(&j, b->main);
    jw_end_object(&j);
    jw_end(&j);
    jw_free(&j);
}

