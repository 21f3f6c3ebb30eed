/* lib_vm.c - the vm package: vm.Run runs a bytecode file or a bundle
 * file in a VM of its own, in this process, and hands back what it
 * printed.  The inner VM shares nothing with the caller's: its own
 * heap, globals, tasks and files; its standard output and error are
 * memory streams, so nothing it prints reaches the terminal. */
#include "natives.h"

#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How deep vm.Run may nest (a plugin that runs a plugin ...): each
 * level is a C call with a VM on the stack. */
#define VM_RUN_MAX_DEPTH 16

/* The error result: "vm.Run: " and why. */
static int run_error(VM *vm, size_t at, uint32_t nargs, const char *why)
{
    Buf b;
    buf_init(&b);
    buf_printf(&b, "vm.Run: %s", why);
    RES(1) = nat_error(vm, (const char *)b.data, b.len);
    buf_free(&b);
    return 0;
}

/* The embedded file of the running bundle that path names, if any: a
 * bundled plugin host finds its plugins among its own files first. */
static const BundleFile *embedded_program(VM *vm, const char *path)
{
    char why[256];
    if (!vm->bundle || !vm->bundle->index || !bundle_index(vm->bundle, why, sizeof why))
        return NULL;
    return bundle_file(vm->bundle, path);
}

/* A bytecode document held in memory (an embedded .json), verified. */
static bool load_document(const BundleFile *f, const char *path, Bytecode *code, char *why, size_t n)
{
    json_error_t err;
    json_t *doc = json_loadb((const char *)f->data, (size_t)f->size, JSON_REJECT_DUPLICATES, &err);
    if (!doc) {
        snprintf(why, n, "%s: not a go-mini-bytecode file: %s at line %d", path, err.text, err.line);
        return false;
    }
    char inner[256];
    bool ok = bytecode_from_json(doc, code, inner, sizeof inner);
    json_decref(doc);
    if (!ok)
        snprintf(why, n, "%s: %s", path, inner);
    return ok;
}

/* The command a multi-command bundle's first argument names, taken out
 * of argv; NULL with why. */
static const BundleProgram *pick_command(const Bundle *bundle, const char *path, int *argc, char **argv, char *why,
                                         size_t n)
{
    const BundleProgram *p = *argc > 1 ? bundle_command(bundle, argv[1]) : NULL;
    if (!p) {
        Buf names;
        buf_init(&names);
        for (uint32_t i = 0; i < bundle->ncommands; i++)
            buf_printf(&names, "%s%s", i ? ", " : "", bundle->commands[i].name);
        buf_putc(&names, '\0');
        if (*argc > 1)
            snprintf(why, n, "%s: no command \"%s\" (its commands: %s)", path, argv[1], (char *)names.data);
        else
            snprintf(why, n, "%s: name one of its commands (%s) as the first argument", path, (char *)names.data);
        buf_free(&names);
        return NULL;
    }
    free(argv[1]);   /* the caller's copy: os.Args never holds the command */
    memmove(argv + 1, argv + 2, (size_t)(*argc - 1) * sizeof *argv);
    (*argc)--;
    return p;
}

/* The program at argv[0] (a bundle's command: argv[1]), loaded into
 * *code: an embedded file of the running bundle, else a file.  *bundle
 * is loaded for bundle data.  False with why. */
static bool load_target(VM *vm, int *argc, char **argv, Bytecode *code, Bundle *bundle, bool *is_bundle, char *why,
                        size_t n)
{
    const char *path = argv[0];
    const BundleFile *emb = embedded_program(vm, path);
    *is_bundle = emb ? emb->size >= 4 && memcmp(emb->data, "FXYB", 4) == 0 : bundle_file_is_bundle(path);
    if (!*is_bundle)
        return emb ? load_document(emb, path, code, why, n) : load_program(path, NULL, 0, code, why, n);
    char inner[400];
    bool ok = emb ? bundle_load(emb->data, (size_t)emb->size, bundle, inner, sizeof inner)
                  : bundle_open(path, bundle, inner, sizeof inner);
    if (!ok) {
        snprintf(why, n, "%s: %s", path, inner);
        return false;
    }
    const BundleProgram *p = bundle->ncommands ? pick_command(bundle, path, argc, argv, why, n) : &bundle->program;
    return p && load_bundled(p, path, code, why, n);
}

/* Runs code in a fresh VM with os.Args = argv; its output into out and
 * its standard error into err. */
static int run_inner(const VM *outer, Bytecode *code, Bundle *bundle, int argc, char **argv, Buf *out, Buf *err)
{
    char *obuf = NULL, *ebuf = NULL;
    size_t olen = 0, elen = 0;
    FILE *o = open_memstream(&obuf, &olen), *e = open_memstream(&ebuf, &elen);
    int status = EXIT_INPUT;
    if (o && e) {
        VM inner;
        vm_init(&inner, code);
        inner.out = o;
        inner.err = e;
        if (vm_bind(&inner, argv[0])) {
            inner.argc = argc;
            inner.argv = argv;
            inner.bundle = bundle;
            inner.run_depth = outer->run_depth + 1;
            inner.no_files = outer->no_files;
            inner.no_sleep = outer->no_sleep;
            inner.heap_limit = outer->heap_limit;
            inner.gc_stress = outer->gc_stress;
            status = vm_run(&inner);
        }
        vm_free(&inner);
    }
    if (o)
        fclose(o);
    if (e)
        fclose(e);
    buf_append(out, obuf ? obuf : "", olen);
    buf_append(err, ebuf ? ebuf : "", elen);
    free(obuf);
    free(ebuf);
    return status;
}

/* The error of a program that ended with status: "exit status 2:
 * panic: boom", the first line it wrote to its standard error after
 * the status, as a person reads it. */
static void exit_error(VM *vm, size_t at, uint32_t nargs, int status, const Buf *err)
{
    Buf msg;
    buf_init(&msg);
    buf_printf(&msg, "exit status %d", status);
    size_t line = 0;
    while (line < err->len && err->data[line] != '\n')
        line++;
    if (line > 0) {
        buf_puts(&msg, ": ");
        buf_append(&msg, err->data, line);
    }
    gc_protect(vm, RES(0).p);
    RES(1) = nat_error(vm, (const char *)msg.data, msg.len);
    gc_unprotect(vm, 1);
    buf_free(&msg);
}

/* vm.Run(path string, args ...string) (string, error) */
static int vm_run_native(VM *vm, size_t at, uint32_t nargs)
{
    RES(0).p = nat_string(vm, "", 0);
    RES(1).p = NULL;
    if (vm->run_depth >= VM_RUN_MAX_DEPTH)
        return run_error(vm, at, nargs, "programs nest more than 16 deep");
    if (vm->no_files)
        return run_error(vm, at, nargs, "this VM may open no files");
    size_t nextra = slice_of(ARG(1).p, BC_REF) ? slice_len(ARG(1).p) : 0;
    int argc = (int)nextra + 1;
    char **argv = xcalloc((size_t)argc + 1, sizeof *argv);
    bool ok = (argv[0] = nat_c_string(ARG(0))) != NULL;
    for (size_t i = 0; ok && i < nextra; i++)
        ok = (argv[i + 1] = nat_c_string(*slice_at(ARG(1).p, i))) != NULL;
    int st = 0;
    if (!ok) {
        st = run_error(vm, at, nargs, "a path or argument holds a NUL byte");
    } else {
        char why[600];
        Bytecode code;
        Bundle bundle = {0};
        bool is_bundle;
        int nargc = argc;
        if (!load_target(vm, &nargc, argv, &code, &bundle, &is_bundle, why, sizeof why)) {
            st = run_error(vm, at, nargs, why);
        } else {
            Buf out, err;
            buf_init(&out);
            buf_init(&err);
            int status = run_inner(vm, &code, is_bundle ? &bundle : NULL, nargc, argv, &out, &err);
            bytecode_free(&code);
            RES(0).p = nat_string(vm, (const char *)out.data, out.len);
            if (status != 0)
                exit_error(vm, at, nargs, status, &err);
            buf_free(&out);
            buf_free(&err);
        }
        if (is_bundle)
            bundle_free(&bundle);
    }
    for (int i = 0; i < argc; i++)
        free(argv[i]);
    free(argv);
    return st;
}

const NativeDef natives_vm[] = {
    {"vm.Run", "PP", "PP", vm_run_native},
    {NULL, NULL, NULL, NULL},
};
