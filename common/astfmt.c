/* astfmt.c - Go source text for expressions and simple statements
 * (see astfmt.h).  Bodies of function and composite literals print as
 * "…" to keep messages short, as the go tool does. */
#include "astfmt.h"

static void list(Buf *b, const Node *const *kids, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        astfmt_expr(b, kids[i]);
    }
}

static void field_list(Buf *b, const Node *fl)
{
    for (uint32_t i = 0; fl && i < fl->nkids; i++) {
        const Node *f = fl->kids[i];
        if (i)
            buf_puts(b, ", ");
        list(b, (const Node *const *)f->kids + 2, f->nkids - 2);
        if (f->nkids > 2)
            buf_putc(b, ' ');
        astfmt_expr(b, f->kids[0]);
    }
}

static void func_type(Buf *b, const Node *n)
{
    buf_puts(b, "func(");
    field_list(b, n->kids[0]);
    buf_putc(b, ')');
    const Node *res = n->kids[1];
    if (!res || res->nkids == 0)
        return;
    bool paren = res->nkids > 1 || res->kids[0]->nkids > 2;
    buf_puts(b, paren ? " (" : " ");
    field_list(b, res);
    if (paren)
        buf_putc(b, ')');
}

static void type_expr(Buf *b, const Node *n)
{
    switch (n->kind) {
    case AST_ARRAY_TYPE:
        buf_putc(b, '[');
        if (n->kids[0] && n->kids[0]->kind == AST_ELLIPSIS)
            buf_puts(b, "...");
        else
            astfmt_expr(b, n->kids[0]);
        buf_putc(b, ']');
        astfmt_expr(b, n->kids[1]);
        break;
    case AST_SLICE_TYPE: buf_puts(b, "[]"); astfmt_expr(b, n->kids[0]); break;
    case AST_MAP_TYPE:
        buf_puts(b, "map[");
        astfmt_expr(b, n->kids[0]);
        buf_putc(b, ']');
        astfmt_expr(b, n->kids[1]);
        break;
    case AST_CHAN_TYPE:
        buf_puts(b, n->flags & AST_RECV_ONLY ? "<-chan " : n->flags & AST_SEND_ONLY ? "chan<- " : "chan ");
        astfmt_expr(b, n->kids[0]);
        break;
    case AST_FUNC_TYPE: func_type(b, n); break;
    case AST_STRUCT_TYPE: buf_puts(b, n->nkids ? "struct{…}" : "struct{}"); break;
    case AST_INTERFACE_TYPE: buf_puts(b, n->nkids ? "interface{…}" : "interface{}"); break;
    case AST_ELLIPSIS: buf_puts(b, "..."); astfmt_expr(b, n->kids[0]); break;
    default: buf_puts(b, "?");
    }
}

static void slice_expr(Buf *b, const Node *n)
{
    astfmt_expr(b, n->kids[0]);
    buf_putc(b, '[');
    astfmt_expr(b, n->kids[1]);
    buf_putc(b, ':');
    astfmt_expr(b, n->kids[2]);
    if (n->flags & AST_SLICE3) {
        buf_putc(b, ':');
        astfmt_expr(b, n->kids[3]);
    }
    buf_putc(b, ']');
}

static void call_expr(Buf *b, const Node *n)
{
    astfmt_expr(b, n->kids[0]);
    buf_putc(b, '(');
    list(b, (const Node *const *)n->kids + 1, n->nkids - 1);
    if (n->flags & AST_HAS_ELLIPSIS)
        buf_puts(b, "...");
    buf_putc(b, ')');
}

void astfmt_expr(Buf *b, const Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_IDENT: case AST_BASIC_LIT: buf_puts(b, n->text ? n->text : "?"); break;
    case AST_BAD_EXPR: buf_puts(b, "BadExpr"); break;
    case AST_COMPOSITE_LIT: astfmt_expr(b, n->kids[0]); buf_puts(b, "{…}"); break;
    case AST_KEY_VALUE: astfmt_expr(b, n->kids[0]); buf_puts(b, ": "); astfmt_expr(b, n->kids[1]); break;
    case AST_FUNC_LIT: astfmt_expr(b, n->kids[0]); buf_puts(b, " {…}"); break;
    case AST_PAREN: buf_putc(b, '('); astfmt_expr(b, n->kids[0]); buf_putc(b, ')'); break;
    case AST_SELECTOR: astfmt_expr(b, n->kids[0]); buf_putc(b, '.'); astfmt_expr(b, n->kids[1]); break;
    case AST_INDEX:
        astfmt_expr(b, n->kids[0]);
        buf_putc(b, '[');
        astfmt_expr(b, n->kids[1]);
        buf_putc(b, ']');
        break;
    case AST_SLICE: slice_expr(b, n); break;
    case AST_TYPE_ASSERT:
        astfmt_expr(b, n->kids[0]);
        buf_puts(b, ".(");
        if (n->kids[1])
            astfmt_expr(b, n->kids[1]);
        else
            buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case AST_CALL: call_expr(b, n); break;
    case AST_STAR: buf_putc(b, '*'); astfmt_expr(b, n->kids[0]); break;
    case AST_UNARY: buf_puts(b, tok_spelling((TokKind)n->op)); astfmt_expr(b, n->kids[0]); break;
    case AST_BINARY:
        astfmt_expr(b, n->kids[0]);
        buf_printf(b, " %s ", tok_spelling((TokKind)n->op));
        astfmt_expr(b, n->kids[1]);
        break;
    case AST_LIST: list(b, (const Node *const *)n->kids, n->nkids); break;
    default: type_expr(b, n);
    }
}

void astfmt_emphasized(Buf *b, const Node *n)
{
    if (n && n->kind == AST_LIST && n->nkids == 1)
        n = n->kids[0];
    bool paren = n && n->kind == AST_BINARY;
    if (paren)
        buf_putc(b, '(');
    astfmt_expr(b, n);
    if (paren)
        buf_putc(b, ')');
}

void astfmt_stmt(Buf *b, const Node *n)
{
    switch (n->kind) {
    case AST_EXPR_STMT: astfmt_expr(b, n->kids[0]); break;
    case AST_SEND: astfmt_expr(b, n->kids[0]); buf_puts(b, " <- "); astfmt_expr(b, n->kids[1]); break;
    case AST_INC_DEC: astfmt_expr(b, n->kids[0]); buf_puts(b, tok_spelling((TokKind)n->op)); break;
    case AST_ASSIGN:
        astfmt_expr(b, n->kids[0]);
        buf_printf(b, " %s ", tok_spelling((TokKind)n->op));
        astfmt_expr(b, n->kids[1]);
        break;
    default: buf_puts(b, ast_display_name((AstKind)n->kind));
    }
}
