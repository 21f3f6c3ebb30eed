/* dot.c - Graphviz rendering of the AST (see dot.h). */
#include "dot.h"

#include <string.h>

/* Graphviz label text: escape quotes and backslashes. */
static void put_label_text(Buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            buf_putc(b, '\\');
        if (*s == '\n')
            buf_puts(b, "\\\\n");
        else
            buf_putc(b, *s);
    }
}

static void put_node(Buf *b, const Node *n, unsigned id)
{
    buf_printf(b, "  n%u [label=\"%s", id, ast_display_name((AstKind)n->kind));
    if (n->op) {
        buf_puts(b, " ");
        put_label_text(b, tok_spelling((TokKind)n->op));
    }
    if (n->text) {
        buf_puts(b, "\\n");
        put_label_text(b, n->text);
    }
    buf_printf(b, "\\n%u:%u\"];\n", n->pos.line, n->pos.col);
}

/* Children are numbered in preorder, so each id is known on the way down. */
static unsigned write_tree(Buf *b, const Node *n, unsigned id)
{
    put_node(b, n, id);
    unsigned next_id = id + 1;
    bool has_list;
    unsigned fixed = ast_fixed_slots((AstKind)n->kind, &has_list);
    const char *slots = ast_slots((AstKind)n->kind);
    for (uint32_t i = 0; i < n->nkids; i++) {
        if (!n->kids[i])
            continue;
        /* The edge label is the slot's name; list items get their index. */
        const char *s = slots;
        for (uint32_t k = 0; k < (i < fixed ? i : fixed); k++)
            s = strchr(s, ' ') + 1;
        int len = (int)strcspn(s, " *");
        buf_printf(b, "  n%u -> n%u [label=\"%.*s", id, next_id, len, s);
        if (i >= fixed)
            buf_printf(b, "[%u]", i - fixed);
        buf_puts(b, "\"];\n");
        next_id = write_tree(b, n->kids[i], next_id);
    }
    return next_id;
}

void dot_write(Buf *out, const Node *root, const char *source)
{
    buf_puts(out, "digraph ast {\n  label=\"");
    put_label_text(out, source);
    buf_puts(out, "\";\n  node [shape=box, fontname=\"monospace\"];\n"
                  "  edge [fontname=\"monospace\", fontsize=10];\n");
    write_tree(out, root, 0);
    buf_puts(out, "}\n");
}
