/* ast.c - AST nodes, and the gomini-ast file: CBOR writer, checked
 * reader and JSON rendering (see ast.h and docs/formats.md).
 *
 * A node is written as one CBOR array:
 *     [kind, line, col, op, flags, text or null, child...]
 * where each child is a node array or null. */
#include "ast.h"

#include <cbor.h>
#include <string.h>

static const char *const kind_names[] = {
#define AST(name, display, slots, doc) [AST_##name] = #name,
#include "ast.def"
#undef AST
};

static const char *const display_names[] = {
#define AST(name, display, slots, doc) [AST_##name] = display,
#include "ast.def"
#undef AST
};

static const char *const slot_names[] = {
#define AST(name, display, slots, doc) [AST_##name] = slots,
#include "ast.def"
#undef AST
};

const char *ast_kind_name(AstKind k)
{
    return (unsigned)k < AST__COUNT ? kind_names[k] : "?";
}

const char *ast_display_name(AstKind k)
{
    return (unsigned)k < AST__COUNT ? display_names[k] : "?";
}

const char *ast_slots(AstKind k)
{
    return (unsigned)k < AST__COUNT ? slot_names[k] : "";
}

unsigned ast_fixed_slots(AstKind k, bool *has_list)
{
    unsigned words = 0;
    bool in_word = false;
    *has_list = false;
    for (const char *s = ast_slots(k); *s; s++) {
        if (*s == ' ') {
            in_word = false;
            continue;
        }
        if (!in_word)
            words++;
        in_word = true;
        if (*s == '*')
            *has_list = true;
    }
    return *has_list ? words - 1 : words;
}

Node *ast_new(Arena *a, AstKind kind, Pos pos, unsigned nkids)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = (uint16_t)kind;
    n->pos = pos;
    n->nkids = nkids;
    n->kids = nkids ? arena_alloc(a, nkids * sizeof *n->kids) : NULL;
    return n;
}

/* ---- CBOR ------------------------------------------------------------ */

static void write_node(Buf *out, const Node *n)
{
    if (!n) {
        cbor_put_null(out);
        return;
    }
    /* The head (array header, kind, line, col, op, flags) in one go: at
     * most 6 items of 9 bytes. */
    unsigned char *p = buf_reserve(out, 6 * CBOR_HEAD_MAX);
    unsigned char *start = p;
    p += cbor_encode_array_start(6 + (size_t)n->nkids, p, CBOR_HEAD_MAX);
    p = cbor_write_uint(p, n->kind);
    p = cbor_write_uint(p, n->pos.line);
    p = cbor_write_uint(p, n->pos.col);
    p = cbor_write_uint(p, n->op);
    p = cbor_write_uint(p, n->flags);
    out->len += (size_t)(p - start);
    if (n->text)
        cbor_put_cstring(out, n->text);
    else
        cbor_put_null(out);
    for (uint32_t i = 0; i < n->nkids; i++)
        write_node(out, n->kids[i]);
}

void ast_write(Buf *out, const Node *file, const char *const *sources, size_t nsources)
{
    container_begin(out, AST_FORMAT_NAME, AST_FORMAT_VERSION, sources, nsources);
    write_node(out, file);
}

typedef struct AstReader {
    CborReader *cbor;
    Arena *arena;
    uint32_t file;   /* Pos.file for every node */
} AstReader;

static bool read_text(AstReader *r, Node *n)
{
    CborItem it;
    if (!cbor_next(r->cbor, &it))
        return false;
    if (it.type == CBT_NULL)
        return true;
    if (it.type != CBT_STRING || memchr(it.str, '\0', it.len)) {
        cbor_fail(r->cbor, "expected node text at byte %zu", r->cbor->pos);
        return false;
    }
    n->text = arena_strndup(r->arena, it.str, it.len);
    return true;
}

/* The node's head: kind, position, op, flags, text.  Checks what the
 * head alone can: kind and op in range, the child count for the kind. */
static bool read_head(AstReader *r, uint64_t len, Node **out)
{
    uint64_t kind, line, col, op, flags;
    size_t at = r->cbor->pos;
    if (!cbor_get_uint(r->cbor, &kind) || !cbor_get_uint(r->cbor, &line) ||
        !cbor_get_uint(r->cbor, &col) || !cbor_get_uint(r->cbor, &op) ||
        !cbor_get_uint(r->cbor, &flags))
        return false;
    bool has_list = false;
    unsigned fixed = kind < AST__COUNT ? ast_fixed_slots((AstKind)kind, &has_list) : 0;
    uint64_t nkids = len - 6;
    if (kind >= AST__COUNT || op >= TOK__COUNT || (flags & ~(uint64_t)AST_FLAGS_ALL) ||
        line > UINT32_MAX || col > UINT32_MAX ||
        nkids < fixed || (!has_list && nkids != fixed) || nkids > r->cbor->len - r->cbor->pos) {
        cbor_fail(r->cbor, "invalid node at byte %zu", at);
        return false;
    }
    Node *n = ast_new(r->arena, (AstKind)kind, (Pos){r->file, (uint32_t)line, (uint32_t)col}, (unsigned)nkids);
    n->op = (uint16_t)op;
    n->flags = (uint16_t)flags;
    *out = n;
    return read_text(r, n);
}

static bool read_node(AstReader *r, Node **out, unsigned depth)
{
    CborItem it;
    size_t at = r->cbor->pos;
    *out = NULL;
    if (!cbor_next(r->cbor, &it))
        return false;
    if (it.type == CBT_NULL)
        return true;
    if (it.type != CBT_ARRAY || it.u < 6) {
        cbor_fail(r->cbor, "expected a node at byte %zu", at);
        return false;
    }
    if (depth > AST_MAX_DEPTH) {
        cbor_fail(r->cbor, "tree nested too deeply (limit %d)", AST_MAX_DEPTH);
        return false;
    }
    Node *n;
    if (!read_head(r, it.u, &n))
        return false;
    for (uint32_t i = 0; i < n->nkids; i++)
        if (!read_node(r, &n->kids[i], depth + 1))
            return false;
    *out = n;
    return true;
}

bool ast_read(const void *data, size_t len, const char *path, Arena *a, StageHeader *h, Node **file)
{
    CborReader cbor;
    cbor_reader_init(&cbor, data, len);
    if (!container_open(&cbor, path, AST_FORMAT_NAME, AST_FORMAT_VERSION, h))
        return false;
    AstReader r = {&cbor, a, 0};
    *file = NULL;
    if (read_node(&r, file, 0) && (!*file || (*file)->kind != AST_FILE))
        cbor_fail(&cbor, "the tree's root is not a File node");
    if (!container_close(&cbor, path, AST_FORMAT_NAME)) {
        stage_header_free(h);
        return false;
    }
    return true;
}

/* ---- JSON ------------------------------------------------------------ */

/* Copy the i-th word of a slot list into buf (without a trailing '*'). */
static const char *slot_name(AstKind k, unsigned i, char buf[32], bool *is_list)
{
    const char *s = ast_slots(k);
    for (; i > 0 && *s; s++)
        if (*s == ' ')
            i--;
    size_t n = strcspn(s, " *");
    if (n >= 32)
        n = 31;
    memcpy(buf, s, n);
    buf[n] = '\0';
    *is_list = s[n] == '*';
    return buf;
}

static void json_node(JsonWriter *j, const Node *n);

static void json_node_head(JsonWriter *j, const Node *n)
{
    json_key(j, "kind");
    json_cstring(j, ast_display_name((AstKind)n->kind));
    json_key(j, "line");
    json_uint(j, n->pos.line);
    json_key(j, "col");
    json_uint(j, n->pos.col);
    if (n->op) {
        json_key(j, "op");
        json_cstring(j, tok_spelling((TokKind)n->op));
    }
    if (n->flags) {
        static const char *const flag_names[] = {
#define F(name, doc) #name,
            AST_FLAG_LIST(F)
#undef F
        };
        json_key(j, "flags");
        json_begin_array(j, true);
        for (unsigned i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
            if (n->flags & (1u << i))
                json_cstring(j, flag_names[i]);
        json_end_array(j);
    }
    if (n->text) {
        json_key(j, "text");
        json_cstring(j, n->text);
    }
}

static void json_node(JsonWriter *j, const Node *n)
{
    if (!n) {
        json_null(j);
        return;
    }
    bool leaf = n->nkids == 0;
    json_begin_object(j, leaf);
    json_node_head(j, n);
    bool has_list;
    unsigned fixed = ast_fixed_slots((AstKind)n->kind, &has_list);
    for (unsigned i = 0; i < fixed && i < n->nkids; i++) {
        char buf[32];
        bool is_list;
        json_key(j, slot_name((AstKind)n->kind, i, buf, &is_list));
        json_node(j, n->kids[i]);
    }
    if (has_list) {
        char buf[32];
        bool is_list;
        json_key(j, slot_name((AstKind)n->kind, fixed, buf, &is_list));
        json_begin_array(j, false);
        for (uint32_t i = fixed; i < n->nkids; i++)
            json_node(j, n->kids[i]);
        json_end_array(j);
    }
    json_end_object(j);
}

void ast_write_json(Buf *out, const Node *file, const char *const *sources, size_t nsources)
{
    JsonWriter j;
    json_init(&j, out);
    json_begin_object(&j, false);
    json_key(&j, "format");
    json_cstring(&j, AST_FORMAT_NAME);
    json_key(&j, "version");
    json_uint(&j, AST_FORMAT_VERSION);
    json_key(&j, "sources");
    json_begin_array(&j, true);
    for (size_t i = 0; i < nsources; i++)
        json_cstring(&j, sources[i]);
    json_end_array(&j);
    json_key(&j, "body");
    json_node(&j, file);
    json_end_object(&j);
    json_end(&j);
    json_free(&j);
}
