/* ast.c - AST nodes, the tables ast.def generates, a walk without
 * recursion, and the gomini-ast file: CBOR writer, checked reader and
 * JSON rendering (see ast.h and docs/formats.md).
 *
 * A node is written as one CBOR array:
 *     [kind, line, col, op, flags, text or null, child...]
 * where each child is a node array or null.  Trees can be as deep as
 * AST_MAX_DEPTH (long operator chains), so nothing here recurses. */
#include "ast.h"
#include "tokfile.h"

#include <cbor.h>
#include <stdlib.h>
#include <string.h>

/* ---- tables ----------------------------------------------------------- */

static const bool end_kinds[] = {
#define AST(name, display, nslots, list, slots, end, doc) [AST_##name] = end,
#include "ast.def"
#undef AST
};

static const char *const kind_names[] = {
#define AST(name, display, nslots, list, slots, end, doc) [AST_##name] = #name,
#include "ast.def"
#undef AST
};

static const char *const display_names[] = {
#define AST(name, display, nslots, list, slots, end, doc) [AST_##name] = display,
#include "ast.def"
#undef AST
};

static const unsigned char slot_counts[] = {
#define AST(name, display, nslots, list, slots, end, doc) [AST_##name] = nslots,
#include "ast.def"
#undef AST
};



static const bool list_kinds[] = {
#define AST(name, display, nslots, list, slots, end, doc) [AST_##name] = list,
#include "ast.def"
#undef AST
};

/* Slot names as ast.def spells them ("COND"). */
#define SLOTSTR_0(k, unused)
#define SLOTSTR_1(k, a) #a
#define SLOTSTR_2(k, a, b) #a, #b
#define SLOTSTR_3(k, a, b, c) #a, #b, #c
#define SLOTSTR_4(k, a, b, c, d) #a, #b, #c, #d
static const char *const slot_names[][AST_MAX_SLOTS] = {
#define AST(name, display, nslots, list, slots, end, doc) \
    [AST_##name] = {AST_APPLY(SLOTSTR_##nslots, (name, AST_UNPAREN slots))},
#include "ast.def"
#undef AST
};

bool ast_has_end(AstKind k)
{
    return (unsigned)k < AST__COUNT && end_kinds[k];
}

const char *ast_kind_name(AstKind k)
{
    return (unsigned)k < AST__COUNT ? kind_names[k] : "?";
}

const char *ast_display_name(AstKind k)
{
    return (unsigned)k < AST__COUNT ? display_names[k] : "?";
}

unsigned ast_slot_count(AstKind k)
{
    return (unsigned)k < AST__COUNT ? slot_counts[k] : 0;
}

bool ast_has_list(AstKind k)
{
    return (unsigned)k < AST__COUNT && list_kinds[k];
}

unsigned ast_fixed_slots(AstKind k)
{
    return ast_slot_count(k) - ast_has_list(k);
}

unsigned ast_slot_of(AstKind k, unsigned i)
{
    unsigned fixed = ast_fixed_slots(k);
    return i < fixed ? i : fixed;
}

const char *ast_slot_name(AstKind k, unsigned i, char buf[AST_SLOT_NAME_MAX])
{
    buf[0] = '\0';
    if (i >= ast_slot_count(k))
        return buf;
    /* COND -> Cond: every slot name is one word. */
    const char *s = slot_names[k][i];
    size_t n = 0;
    for (; s[n] && n + 1 < AST_SLOT_NAME_MAX; n++)
        buf[n] = n == 0 ? s[n] : (char)(s[n] >= 'A' && s[n] <= 'Z' ? s[n] - 'A' + 'a' : s[n]);
    buf[n] = '\0';
    return buf;
}

/* ---- nodes ------------------------------------------------------------ */

Node *ast_new(Arena *a, AstKind kind, Pos pos, unsigned nkids)
{
    size_t end = (unsigned)kind < AST__COUNT && end_kinds[kind] ? sizeof(Pos) : 0;
    Node *n = arena_alloc(a, sizeof *n + (size_t)nkids * sizeof n->kids[0] + end);
    n->kind = (uint8_t)kind;
    n->pos = pos;
    n->nkids = nkids;
    return n;
}

void ast_set_text(Node *n, const char *s)
{
    n->text = s;
    n->text_len = (uint32_t)strlen(s);
}

bool ast_text_is(const Node *n, const char *s)
{
    size_t len = strlen(s);
    return n->text && n->text_len == len && memcmp(n->text, s, len) == 0;
}

/* ---- the walk --------------------------------------------------------- */

void ast_walk_init(AstWalk *w, const Node *root)
{
    *w = (AstWalk){.root = root};
}

void ast_walk_free(AstWalk *w)
{
    free(w->stack);
    *w = (AstWalk){0};
}

static void walk_push(AstWalk *w, const Node *n)
{
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->stack = xrealloc(w->stack, w->cap * sizeof *w->stack);
    }
    w->stack[w->len++] = (AstWalkFrame){n, 0};
}

/* A visit of n on the way down, pushing it if it has children to visit;
 * a leaf is left at once, on the next step. */
static void visit_down(AstWalk *w, AstVisit *v, const Node *n, const Node *parent, uint32_t index)
{
    *v = (AstVisit){n, parent, index, w->len + 1, false};
    if (n)
        walk_push(w, n);
}

bool ast_walk_next(AstWalk *w, AstVisit *v)
{
    if (!w->started) {
        w->started = true;
        visit_down(w, v, w->root, NULL, 0);
        return true;
    }
    if (w->len == 0)
        return false;
    AstWalkFrame *top = &w->stack[w->len - 1];
    if (top->next < top->node->nkids) {
        uint32_t i = top->next++;
        visit_down(w, v, top->node->kids[i], top->node, i);
        return true;
    }
    w->len--;
    const Node *parent = w->len ? w->stack[w->len - 1].node : NULL;
    uint32_t index = w->len ? w->stack[w->len - 1].next - 1 : 0;
    *v = (AstVisit){top->node, parent, index, w->len + 1, true};
    return true;
}

/* A stack of (node, depth) pairs still to look at: depth needs no visit
 * on the way up, so this is cheaper than ast_walk. */
typedef struct DepthItem {
    const Node *node;
    size_t depth;
} DepthItem;

unsigned ast_depth(const Node *root, unsigned limit, const Node **deepest)
{
    size_t len = 0, cap = 64, max = 0;
    DepthItem *stack = xmalloc(cap * sizeof *stack);
    if (root)
        stack[len++] = (DepthItem){root, 1};
    while (len > 0) {
        DepthItem it = stack[--len];
        if (it.depth > max) {
            max = it.depth;
            if (max > limit) {
                if (deepest)
                    *deepest = it.node;
                break;
            }
        }
        if (cap - len < it.node->nkids) {
            while (cap - len < it.node->nkids)
                cap *= 2;
            stack = xrealloc(stack, cap * sizeof *stack);
        }
        for (uint32_t i = it.node->nkids; i-- > 0;)
            if (it.node->kids[i])
                stack[len++] = (DepthItem){it.node->kids[i], it.depth + 1};
    }
    free(stack);
    return max > limit ? limit + 1 : (unsigned)max;
}

uint32_t ast_count(const Node *root)
{
    const Node *n = root;
    for (;;) {
        const Node *last = NULL;
        for (uint32_t i = n->nkids; i-- > 0 && !last;)
            last = n->kids[i];
        if (!last)
            return n->id + 1;
        n = last;
    }
}

/* ---- CBOR ------------------------------------------------------------- */

static void write_head(Buf *out, const Node *n)
{
    /* Array header, kind, line, col, op, flags in one reservation: at
     * most 6 items of 9 bytes, then the text. */
    bool end = end_kinds[n->kind];
    unsigned char *p = buf_reserve(out, 8 * CBOR_HEAD_MAX + CBOR_HEAD_MAX), *start = p;
    p += cbor_encode_array_start(6 + 2 * end + (size_t)n->nkids, p, CBOR_HEAD_MAX);
    p = cbor_write_uint(p, n->kind);
    p = cbor_write_uint(p, n->pos.line);
    p = cbor_write_uint(p, n->pos.col);
    p = cbor_write_uint(p, n->op);
    p = cbor_write_uint(p, n->flags);
    if (!n->text)
        *p++ = CBOR_NULL_BYTE;
    out->len += (size_t)(p - start);
    if (n->text)
        cbor_put_string(out, n->text, n->text_len);
    if (end) {
        p = buf_reserve(out, 2 * CBOR_HEAD_MAX);
        start = p;
        p = cbor_write_uint(p, ast_end(n).line);
        p = cbor_write_uint(p, ast_end(n).col);
        out->len += (size_t)(p - start);
    }
}

/* Preorder with a stack of the nodes still to write: pop one, write its
 * head, push its children last to first.  Cheaper than ast_walk, since
 * writing needs no visit on the way up; this runs for every node. */
void ast_write(Buf *out, const Node *file, const char *const *sources, size_t nsources)
{
    container_begin(out, AST_FORMAT_NAME, AST_FORMAT_VERSION, sources, nsources);
    ast_write_tree(out, file);
}

void ast_write_tree(Buf *out, const Node *file)
{
    const Node **stack = xmalloc(64 * sizeof *stack);
    size_t len = 0, cap = 64;
    stack[len++] = file;
    while (len > 0) {
        const Node *n = stack[--len];
        if (!n) {
            buf_putc(out, CBOR_NULL_BYTE);
            continue;
        }
        write_head(out, n);
        if (cap - len < n->nkids) {
            while (cap - len < n->nkids)
                cap *= 2;
            stack = xrealloc(stack, cap * sizeof *stack);
        }
        for (uint32_t i = n->nkids; i-- > 0;)
            stack[len++] = n->kids[i];
    }
    free(stack);
}

typedef struct AstReader {
    CborReader *cbor;
    Arena *arena;
    uint32_t file;         /* Pos.file for every node */
    AstWalkFrame *stack;   /* nodes whose children are being read */
    size_t len, cap;
    uint32_t next_id;      /* Node.id of the next node read */
} AstReader;

static bool read_text(AstReader *r, Node *n)
{
    CborItem it;
    size_t at = r->cbor->pos;
    if (!cbor_next(r->cbor, &it))
        return false;
    if (it.type == CBT_NULL)
        return true;
    if (it.type != CBT_STRING || it.len == 0 || it.len > UINT32_MAX || memchr(it.str, '\0', it.len)) {
        cbor_fail(r->cbor, "expected node text at byte %zu", at);
        return false;
    }
    n->text = it.str;
    n->text_len = (uint32_t)it.len;
    return true;
}

/* Names and literals must be what golex and goparse write: the later
 * stages take a name's bytes and a literal's shape on trust.  An import's
 * name may also be "."; a literal's op is its token kind. */
static bool valid_node_text(const Node *n)
{
    switch ((AstKind)n->kind) {
    case AST_IDENT:
        return n->text && ((n->text_len == 1 && n->text[0] == '.') ||
                           tok_text_is_valid(TOK_IDENT, n->text, n->text_len));
    case AST_BASIC_LIT:
        switch ((TokKind)n->op) {
        case TOK_INT: case TOK_FLOAT: case TOK_CHAR: case TOK_STRING:
            return n->text && tok_text_is_valid((TokKind)n->op, n->text, n->text_len);
        default:
            return false;
        }
    default:
        return true;
    }
}

/* The node's head, after its array head of len items: kind, position,
 * op, flags, text.  Checks what the head alone can: kind and op in
 * range, the child count for the kind. */
static bool read_head(AstReader *r, size_t at, uint64_t len, Node **out)
{
    uint64_t kind, line, col, op, flags;
    if (!cbor_get_uint(r->cbor, &kind) || !cbor_get_uint(r->cbor, &line) ||
        !cbor_get_uint(r->cbor, &col) || !cbor_get_uint(r->cbor, &op) ||
        !cbor_get_uint(r->cbor, &flags))
        return false;
    bool end = kind < AST__COUNT && end_kinds[kind];
    uint64_t nkids = len - 6 - 2 * end;
    unsigned fixed = kind < AST__COUNT ? ast_fixed_slots((AstKind)kind) : 0;
    bool list = kind < AST__COUNT && ast_has_list((AstKind)kind);
    if (kind >= AST__COUNT || op >= TOK__COUNT || (flags & ~(uint64_t)AST_FLAGS_ALL) || len < 6u + 2u * end ||
        line > UINT32_MAX || col > UINT32_MAX || nkids < fixed || (!list && nkids != fixed)) {
        cbor_fail(r->cbor, "invalid node at byte %zu", at);
        return false;
    }
    if (!cbor_check_count(r->cbor, nkids + 1))   /* the text, then a byte a child */
        return false;
    Node *n = ast_new(r->arena, (AstKind)kind, (Pos){r->file, (uint32_t)line, (uint32_t)col},
                      (unsigned)nkids);
    n->op = (uint8_t)op;
    n->flags = (uint16_t)flags;
    n->id = r->next_id++;
    *out = n;
    if (!read_text(r, n))
        return false;
    if (!valid_node_text(n)) {
        cbor_fail(r->cbor, "invalid %s at byte %zu", n->kind == AST_IDENT ? "name" : "literal", at);
        return false;
    }
    if (end) {
        uint64_t eline, ecol;
        if (!cbor_get_uint(r->cbor, &eline) || !cbor_get_uint(r->cbor, &ecol))
            return false;
        if (eline > UINT32_MAX || ecol > UINT32_MAX) {
            cbor_fail(r->cbor, "invalid node at byte %zu", at);
            return false;
        }
        ast_set_end(n, (Pos){r->file, (uint32_t)eline, (uint32_t)ecol});
    }
    return true;
}

/* One child (or the root): a node array or null, into *slot.  A node
 * with children is pushed, to be filled in by the loop in read_tree. */
static bool read_item(AstReader *r, Node **slot)
{
    CborItem it;
    size_t at = r->cbor->pos;
    *slot = NULL;
    if (!cbor_next(r->cbor, &it))
        return false;
    if (it.type == CBT_NULL)
        return true;
    if (it.type != CBT_ARRAY || it.u < 6) {
        cbor_fail(r->cbor, "expected a node at byte %zu", at);
        return false;
    }
    if (r->len + 1 > AST_MAX_DEPTH) {
        cbor_fail(r->cbor, "tree nested too deeply (more than %d levels)", AST_MAX_DEPTH);
        return false;
    }
    if (!read_head(r, at, it.u, slot))
        return false;
    if ((*slot)->nkids > 0) {
        if (r->len == r->cap) {
            r->cap = r->cap ? r->cap * 2 : 64;
            r->stack = xrealloc(r->stack, r->cap * sizeof *r->stack);
        }
        r->stack[r->len++] = (AstWalkFrame){*slot, 0};
    }
    return true;
}

/* The children of pushed nodes, in order, with an explicit stack. */
static bool read_tree(AstReader *r, Node **root)
{
    if (!read_item(r, root))
        return false;
    while (r->len > 0) {
        AstWalkFrame *top = &r->stack[r->len - 1];
        Node *n = (Node *)top->node;
        if (top->next == n->nkids) {
            r->len--;
            continue;
        }
        if (!read_item(r, &n->kids[top->next++]))
            return false;
    }
    return true;
}

bool ast_read_tree(CborReader *cbor, uint32_t file, Arena *a, Node **root)
{
    AstReader r = {cbor, a, file, NULL, 0, 0, 0};
    *root = NULL;
    bool ok = read_tree(&r, root);
    free(r.stack);
    if (ok && (!*root || (*root)->kind != AST_FILE)) {
        cbor_fail(cbor, "the tree's root is not a File node");
        ok = false;
    }
    return ok && cbor->err == CBOR_OK;
}

bool ast_read(const void *data, size_t len, const char *path, uint32_t file, Arena *a,
              StageHeader *h, Node **root)
{
    size_t start, end;
    return ast_read_span(data, len, path, file, a, h, root, &start, &end);
}

bool ast_read_span(const void *data, size_t len, const char *path, uint32_t file, Arena *a,
                   StageHeader *h, Node **root, size_t *tree_start, size_t *tree_end)
{
    CborReader cbor;
    cbor_reader_init(&cbor, data, len);
    if (!container_open(&cbor, path, AST_FORMAT_NAME, AST_FORMAT_VERSION, h))
        return false;
    if (h->version < AST_FORMAT_VERSION) {
        /* Version 1 nodes had no end positions: its files cannot be read
         * as version 2, and are not worth a second reader. */
        fail_msg("%s: gomini-ast version %llu is older than this gomini reads (%d): run goparse again", path,
                 (unsigned long long)h->version, AST_FORMAT_VERSION);
        stage_header_free(h);
        return false;
    }
    AstReader r = {&cbor, a, file, NULL, 0, 0, 0};
    *root = NULL;
    *tree_start = cbor.pos;
    if (read_tree(&r, root) && (!*root || (*root)->kind != AST_FILE))
        cbor_fail(&cbor, "the tree's root is not a File node");
    *tree_end = cbor.pos;
    free(r.stack);
    if (!container_close(&cbor, path, AST_FORMAT_NAME)) {
        stage_header_free(h);
        return false;
    }
    return true;
}

/* ---- JSON ------------------------------------------------------------- */

static void json_node_head(JsonWriter *j, const Node *n)
{
    jw_key(j, "kind");
    jw_cstring(j, ast_display_name((AstKind)n->kind));
    jw_key(j, "line");
    jw_uint(j, n->pos.line);
    jw_key(j, "col");
    jw_uint(j, n->pos.col);
    if (n->op) {
        jw_key(j, "op");
        jw_cstring(j, tok_spelling((TokKind)n->op));
    }
    if (n->flags) {
        static const char *const flag_names[] = {
#define F(name, doc) #name,
            AST_FLAG_LIST(F)
#undef F
        };
        jw_key(j, "flags");
        jw_begin_array(j, true);
        for (unsigned i = 0; i < AST_FLAG__COUNT; i++)
            if (n->flags & (1u << i))
                jw_cstring(j, flag_names[i]);
        jw_end_array(j);
    }
    if (n->text) {
        jw_key(j, "text");
        jw_string(j, n->text, n->text_len);
    }
    if (end_kinds[n->kind]) {
        jw_key(j, "endLine");
        jw_uint(j, ast_end(n).line);
        jw_key(j, "endCol");
        jw_uint(j, ast_end(n).col);
    }
}

/* Before a child: its slot's key, and for the first list item the
 * list's opening bracket. */
static void json_before_child(JsonWriter *j, const Node *parent, uint32_t i)
{
    AstKind k = (AstKind)parent->kind;
    unsigned fixed = ast_fixed_slots(k);
    char name[AST_SLOT_NAME_MAX];
    if (i < fixed) {
        jw_key(j, ast_slot_name(k, i, name));
    } else if (i == fixed) {
        jw_key(j, ast_slot_name(k, fixed, name));
        jw_begin_array(j, false);
    }
}

/* After the last child: close the list, or print an empty one. */
static void json_after_children(JsonWriter *j, const Node *n)
{
    AstKind k = (AstKind)n->kind;
    if (ast_has_list(k)) {
        unsigned fixed = ast_fixed_slots(k);
        if (n->nkids == fixed) {
            char name[AST_SLOT_NAME_MAX];
            jw_key(j, ast_slot_name(k, fixed, name));
            jw_begin_array(j, false);
        }
        jw_end_array(j);
    }
    jw_end_object(j);
}

void ast_json_tree(JsonWriter *j, const Node *root, AstJsonNote note, void *ctx)
{
    AstWalk w;
    AstVisit v;
    ast_walk_init(&w, root);
    while (ast_walk_next(&w, &v)) {
        if (v.leaving) {
            json_after_children(j, v.node);
            continue;
        }
        if (v.parent)
            json_before_child(j, v.parent, v.index);
        if (!v.node) {
            jw_null(j);
            continue;
        }
        jw_begin_object(j, v.node->nkids == 0);
        json_node_head(j, v.node);
        if (note)
            note(j, v.node, ctx);
    }
    ast_walk_free(&w);
}

void ast_write_json(Buf *out, const Node *file, const char *const *sources, size_t nsources)
{
    JsonWriter j;
    jw_init(&j, out);
    jw_begin_object(&j, false);
    jw_key(&j, "format");
    jw_cstring(&j, AST_FORMAT_NAME);
    jw_key(&j, "version");
    jw_uint(&j, AST_FORMAT_VERSION);
    jw_key(&j, "sources");
    jw_begin_array(&j, true);
    for (size_t i = 0; i < nsources; i++)
        jw_cstring(&j, sources[i]);
    jw_end_array(&j);
    jw_key(&j, "body");
    ast_json_tree(&j, file, NULL, NULL);
    jw_end_object(&j);
    jw_end(&j);
    jw_free(&j);
}
