/* dot.c - Graphviz rendering of the AST (see dot.h).  The tree is
 * walked with an explicit stack (ast_walk), so any tree goparse accepts
 * can be drawn. */
#include "dot.h"

#include <stdlib.h>
#include <string.h>

/* Graphviz label text: escape quotes and backslashes, and show control
 * characters (a raw string may hold them) as \xNN. */
static void put_label_text(Buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            buf_putc(b, '\\');
        if (c == '\n')
            buf_puts(b, "\\\\n");
        else if (c < 0x20 || c == 0x7f)
            buf_printf(b, "\\\\x%02x", c);
        else
            buf_putc(b, c);
    }
}

static void put_node(Buf *b, const Node *n, unsigned id)
{
    buf_printf(b, "  n%u [label=\"%s", id, ast_display_name((AstKind)n->kind));
    if (n->op) {
        const char *op = tok_spelling((TokKind)n->op);
        buf_puts(b, " ");
        put_label_text(b, op, strlen(op));
    }
    if (n->text) {
        buf_puts(b, "\\n");
        put_label_text(b, n->text, n->text_len);
    }
    buf_printf(b, "\\n%u:%u\"];\n", n->pos.line, n->pos.col);
}

/* The edge label is the slot's name; list items get their index. */
static void put_edge(Buf *b, const Node *parent, uint32_t index, unsigned from, unsigned to)
{
    AstKind k = (AstKind)parent->kind;
    unsigned fixed = ast_fixed_slots(k);
    char name[AST_SLOT_NAME_MAX];
    buf_printf(b, "  n%u -> n%u [label=\"%s", from, to, ast_slot_name(k, ast_slot_of(k, index), name));
    if (index >= fixed)
        buf_printf(b, "[%u]", index - fixed);
    buf_puts(b, "\"];\n");
}

void dot_write(Buf *out, const Node *root, const char *source)
{
    buf_puts(out, "digraph ast {\n  label=\"");
    put_label_text(out, source, strlen(source));
    buf_puts(out, "\";\n  node [shape=box, fontname=\"monospace\"];\n"
                  "  edge [fontname=\"monospace\", fontsize=10];\n");
    /* Nodes are numbered in preorder; ids[d] is the id of the node on
     * the current path at depth d, so an edge can name its parent. */
    unsigned *ids = NULL;
    size_t cap = 0;
    unsigned next_id = 0;
    AstWalk w;
    AstVisit v;
    ast_walk_init(&w, root);
    while (ast_walk_next(&w, &v)) {
        if (!v.node || v.leaving)
            continue;
        if (v.depth >= cap) {
            cap = cap ? cap * 2 : 64;
            ids = xrealloc(ids, cap * sizeof *ids);
        }
        unsigned id = next_id++;
        ids[v.depth] = id;
        put_node(out, v.node, id);
        if (v.parent)
            put_edge(out, v.parent, v.index, ids[v.depth - 1], id);
    }
    ast_walk_free(&w);
    free(ids);
    buf_puts(out, "}\n");
}
