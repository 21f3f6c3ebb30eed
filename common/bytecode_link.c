/* bytecode_link.c - linking a program's bytecode files into one (see
 * bytecode.h).  Each package is compiled on its own; what one uses of
 * another is named: extern functions ("geom.New",
 * "geom.(*Point).Scale") and extern globals ("geom.Created") by their
 * definitions' names, types by the names Go's %T gives them (two types
 * with one name are one type), natives and method names by name.  The
 * linker numbers everything anew and rewrites every operand. */
#include "bytecode.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool lfail(char *why, size_t n, const char *fmt, ...) PRINTF_LIKE(3, 4);
static bool lfail(char *why, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
    return false;
}

/* A name -> index table, by linear probing over a power of two. */
typedef struct Names {
    const char **key;
    uint32_t *val;
    uint32_t cap, n;
} Names;

static uint64_t name_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static void names_init(Names *t, uint32_t expect)
{
    t->cap = 16;
    while (t->cap < 2 * expect + 2)
        t->cap *= 2;
    t->key = xcalloc(t->cap, sizeof *t->key);
    t->val = xcalloc(t->cap, sizeof *t->val);
    t->n = 0;
}

static void names_free(Names *t)
{
    free(t->key);
    free(t->val);
}

/* The index of name, or UINT32_MAX. */
static uint32_t names_get(const Names *t, const char *name)
{
    for (uint32_t i = (uint32_t)name_hash(name) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        if (!t->key[i])
            return UINT32_MAX;
        if (strcmp(t->key[i], name) == 0)
            return t->val[i];
    }
}

static void names_put(Names *t, const char *name, uint32_t v)
{
    uint32_t i = (uint32_t)name_hash(name) & (t->cap - 1);
    while (t->key[i])
        i = (i + 1) & (t->cap - 1);
    t->key[i] = name;
    t->val[i] = v;
    t->n++;
}

/* Where each file's items went: one array per table, per file. */
typedef struct FileMap {
    uint32_t *type, *func, *konst, *native, *global, *mname;
} FileMap;

static bool same_signature(const BcFunc *decl, const BcFunc *def)
{
    uint32_t n = decl->params + decl->results;
    return decl->params == def->params && decl->results == def->results && n <= def->nregs &&
           memcmp(decl->classes, def->classes, n) == 0;
}

/* One operand renumbered; false if it no longer fits 16 bits. */
static bool remap_operand(const FileMap *m, OperandKind kind, uint32_t v, uint32_t *out)
{
    switch (kind) {
    case OPK_CONST: *out = m->konst[v]; break;
    case OPK_FUNC: *out = m->func[v]; break;
    case OPK_NATIVE: *out = m->native[v]; break;
    case OPK_GLOBAL: *out = m->global[v]; break;
    case OPK_TYPE: *out = m->type[v]; break;
    case OPK_METHOD: *out = m->mname[v]; break;
    default: *out = v; break;
    }
    return *out <= UINT16_MAX;
}

static bool remap_code(const FileMap *m, BcFunc *f, char *why, size_t n)
{
    for (uint32_t pc = 0; pc < f->ncode; pc++) {
        Instr in = f->code[pc];
        Opcode op = instr_op(in);
        uint32_t v[3] = {instr_a(in), instr_b(in), instr_c(in)};
        bool jump = false;
        for (unsigned k = 0; k < op_noperands(op); k++) {
            OperandKind kind = op_operand(op, k);
            if (kind == OPK_JUMP) {
                jump = true;
                break;
            }
            if (!remap_operand(m, kind, v[k], &v[k]))
                return lfail(why, n, "%s: the program has more than 65536 of something an operand names", f->name);
        }
        f->code[pc] = jump ? instr_make_jump(op, (uint16_t)v[0], instr_sj(in))
                           : instr_make(op, (uint16_t)v[0], (uint16_t)v[1], (uint16_t)v[2]);
    }
    return true;
}

#define GROW(arr, cnt, cap)                                            \
    do {                                                               \
        if ((cnt) == (cap)) {                                          \
            (cap) = (cap) ? 2 * (cap) : 16;                            \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));            \
        }                                                              \
    } while (0)

bool bytecode_link(Bytecode *files, uint32_t nf, Bytecode *out, char *why, size_t n)
{
    bytecode_init(out);
    FileMap *maps = xcalloc(nf, sizeof *maps);
    Names types, funcs, natives, globals, mnames;
    uint32_t total_types = 0, total_funcs = 0;
    for (uint32_t f = 0; f < nf; f++) {
        total_types += files[f].ntypes;
        total_funcs += files[f].nfuncs;
    }
    names_init(&types, total_types);
    names_init(&funcs, total_funcs);
    names_init(&natives, 64);
    names_init(&globals, 64);
    names_init(&mnames, 64);
    uint32_t types_cap = 0, funcs_cap = 0, consts_cap = 0, natives_cap = 0, globals_cap = 0, mn_cap = 0;
    bool ok = true;
    out->package = xstrdup(files[0].package);
    out->source = xstrdup(files[0].source);
    out->global_names = NULL;
    /* Pass 1: number every item, merging what is named alike. */
    for (uint32_t f = 0; f < nf && ok; f++) {
        Bytecode *b = &files[f];
        FileMap *m = &maps[f];
        m->type = xcalloc(b->ntypes + 1, sizeof *m->type);
        m->func = xcalloc(b->nfuncs + 1, sizeof *m->func);
        m->konst = xcalloc(b->nconsts + 1, sizeof *m->konst);
        m->native = xcalloc(b->nnatives + 1, sizeof *m->native);
        m->global = xcalloc(b->nglobals + 1, sizeof *m->global);
        m->mname = xcalloc(b->nmethod_names + 1, sizeof *m->mname);
        for (uint32_t i = 0; i < b->ntypes; i++) {
            uint32_t at = names_get(&types, b->types[i].name);
            if (at == UINT32_MAX) {
                GROW(out->types, out->ntypes, types_cap);
                at = out->ntypes++;
                out->types[at] = (BcType){0};
                names_put(&types, b->types[i].name, at);
            }
            m->type[i] = at;
        }
        for (uint32_t i = 0; i < b->nmethod_names; i++) {
            uint32_t at = names_get(&mnames, b->method_names[i]);
            if (at == UINT32_MAX) {
                GROW(out->method_names, out->nmethod_names, mn_cap);
                at = out->nmethod_names++;
                out->method_names[at] = xstrdup(b->method_names[i]);
                names_put(&mnames, out->method_names[at], at);
            }
            m->mname[i] = at;
        }
        for (uint32_t i = 0; i < b->nnatives; i++) {
            uint32_t at = names_get(&natives, b->natives[i]);
            if (at == UINT32_MAX) {
                GROW(out->natives, out->nnatives, natives_cap);
                at = out->nnatives++;
                out->natives[at] = xstrdup(b->natives[i]);
                names_put(&natives, out->natives[at], at);
            }
            m->native[i] = at;
        }
        for (uint32_t i = 0; i < b->nconsts; i++) {
            GROW(out->consts, out->nconsts, consts_cap);
            m->konst[i] = out->nconsts;
            out->consts[out->nconsts] = b->consts[i];
            b->consts[i].s = NULL;   /* moved */
            out->nconsts++;
        }
        for (uint32_t i = 0; i < b->nfuncs; i++) {
            if (b->funcs[i].ext)
                continue;
            uint32_t have = names_get(&funcs, b->funcs[i].name);
            if (have != UINT32_MAX && b->funcs[i].shared && out->funcs[have].shared &&
                same_signature(&b->funcs[i], &out->funcs[have])) {
                /* Another package's copy of the same wrapper. */
                m->func[i] = have;
                free(b->funcs[i].name);
                free(b->funcs[i].classes);
                free(b->funcs[i].code);
                free(b->funcs[i].lines);
                b->funcs[i] = (BcFunc){.name = NULL, .shared = true};   /* dropped: pass 3 skips it */
                continue;
            }
            if (have != UINT32_MAX) {
                ok = lfail(why, n, "%s is defined by two packages", b->funcs[i].name);
                break;
            }
            GROW(out->funcs, out->nfuncs, funcs_cap);
            m->func[i] = out->nfuncs;
            out->funcs[out->nfuncs] = b->funcs[i];
            names_put(&funcs, b->funcs[i].name, out->nfuncs);
            b->funcs[i] = (BcFunc){.name = NULL};
            out->nfuncs++;
        }
        for (uint32_t i = 0; i < b->nglobals; i++) {
            if (b->global_ext && b->global_ext[i])
                continue;
            GROW(out->globals, out->nglobals, globals_cap);
            m->global[i] = out->nglobals;
            out->globals[out->nglobals] = b->globals[i];
            if (b->global_names)
                names_put(&globals, b->global_names[i], out->nglobals);
            out->nglobals++;
        }
    }
    /* Pass 2: what each file names from another. */
    for (uint32_t f = 0; f < nf && ok; f++) {
        Bytecode *b = &files[f];
        FileMap *m = &maps[f];
        for (uint32_t i = 0; i < b->nfuncs && ok; i++) {
            if (!b->funcs[i].ext)
                continue;
            uint32_t at = names_get(&funcs, b->funcs[i].name);
            if (at == UINT32_MAX)
                ok = lfail(why, n, "%s: no package of the program defines it", b->funcs[i].name);
            else if (!same_signature(&b->funcs[i], &out->funcs[at]))
                ok = lfail(why, n, "%s: declared with other parameters or results than its definition",
                           b->funcs[i].name);
            m->func[i] = at;
        }
        for (uint32_t i = 0; i < b->nglobals && ok; i++) {
            if (!b->global_ext || !b->global_ext[i])
                continue;
            uint32_t at = names_get(&globals, b->global_names[i]);
            if (at == UINT32_MAX || out->globals[at] != b->globals[i])
                ok = lfail(why, n, "%s: no package of the program defines it so", b->global_names[i]);
            m->global[i] = at;
        }
    }
    /* Pass 3: the types' contents (a type with methods wins: it comes
     * from the package that declared them), the code, init and main. */
    for (uint32_t f = 0; f < nf && ok; f++) {
        Bytecode *b = &files[f];
        FileMap *m = &maps[f];
        for (uint32_t i = 0; i < b->ntypes; i++) {
            BcType *src = &b->types[i], *dst = &out->types[m->type[i]];
            bool first = dst->name == NULL;
            if (!first && (src->nmethods <= dst->nmethods || src->kind == BK_INTERFACE))
                continue;
            BcType t = {.kind = src->kind, .name = xstrdup(src->name), .len = src->len, .elem = BC_NO_TYPE,
                        .key = BC_NO_TYPE};
            if (src->elem != BC_NO_TYPE)
                t.elem = m->type[src->elem];
            if (src->key != BC_NO_TYPE)
                t.key = m->type[src->key];
            if (src->nfields) {
                t.fields = xcalloc(src->nfields, sizeof *t.fields);
                for (uint32_t k = 0; k < src->nfields; k++)
                    t.fields[t.nfields++] = (BcField){xstrdup(src->fields[k].name), m->type[src->fields[k].type],
                                                      src->fields[k].embedded};
            }
            if (src->nmethods) {
                t.methods = xcalloc(src->nmethods, sizeof *t.methods);
                for (uint32_t k = 0; k < src->nmethods; k++)
                    t.methods[t.nmethods++] = (BcMethod){m->mname[src->methods[k].name],
                                                         src->methods[k].func == BC_NO_FUNC
                                                             ? BC_NO_FUNC
                                                             : m->func[src->methods[k].func]};
            }
            if (!first) {
                /* The declaring package's entry replaces an importer's. */
                free(dst->name);
                for (uint32_t k = 0; k < dst->nfields; k++)
                    free(dst->fields[k].name);
                free(dst->fields);
                free(dst->methods);
            }
            *dst = t;
        }
        for (uint32_t i = 0; i < b->nfuncs && ok; i++)
            if (!b->funcs[i].ext && b->funcs[i].name == NULL && !b->funcs[i].shared)
                ok = remap_code(m, &out->funcs[m->func[i]], why, n);
    }
    if (ok) {
        /* Imports initialise first, in the order given, then main. */
        uint32_t cap = 0;
        for (uint32_t k = nf; k-- > 0;) {
            const Bytecode *b = &files[k];
            for (uint32_t i = 0; i < b->ninit; i++) {
                GROW(out->init, out->ninit, cap);
                out->init[out->ninit++] = maps[k].func[b->init[i]];
            }
        }
        out->main = maps[0].func[files[0].main];
        out->library = files[0].library;
    }
    for (uint32_t f = 0; f < nf; f++) {
        free(maps[f].type);
        free(maps[f].func);
        free(maps[f].konst);
        free(maps[f].native);
        free(maps[f].global);
        free(maps[f].mname);
        bytecode_free(&files[f]);
    }
    free(maps);
    names_free(&types);
    names_free(&funcs);
    names_free(&natives);
    names_free(&globals);
    names_free(&mnames);
    if (!ok)
        bytecode_free(out);
    return ok;
}
