/* astfmt.c - Go source text for expressions and simple statements
 * (see astfmt.h).  Bodies of function and composite literals print as
 * "…" to keep messages short, as the go tool does.  Expressions nested
 * deeper than FMT_MAX_DEPTH also print as "…": a message needs only the
 * outline, and the tree may be 100,000 levels deep. */
#include "astfmt.h"

#define FMT_MAX_DEPTH 64

static void expr(Buf *b, const Node *n, unsigned depth);

static void list(Buf *b, const Node *const *kids, uint32_t n, unsigned depth)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        expr(b, kids[i], depth);
    }
}

static void field_list(Buf *b, const Node *fl, unsigned depth)
{
    for (uint32_t i = 0; fl && i < fl->nkids; i++) {
        const Node *f = fl->kids[i];
        if (i)
            buf_puts(b, ", ");
        list(b, (const Node *const *)f->kids + FIELD_NAMES, f->nkids - FIELD_NAMES, depth);
        if (f->nkids > FIELD_NAMES)
            buf_putc(b, ' ');
        expr(b, f->kids[FIELD_TYPE], depth);
    }
}

static void func_type(Buf *b, const Node *n, unsigned depth)
{
    buf_puts(b, "func(");
    field_list(b, n->kids[FUNC_TYPE_PARAMS], depth);
    buf_putc(b, ')');
    const Node *res = n->kids[FUNC_TYPE_RESULTS];
    if (!res || res->nkids == 0)
        return;
    bool paren = res->nkids > 1 || res->kids[0]->nkids > FIELD_NAMES;
    buf_puts(b, paren ? " (" : " ");
    field_list(b, res, depth);
    if (paren)
        buf_putc(b, ')');
}

static void type_expr(Buf *b, const Node *n, unsigned depth)
{
    switch (n->kind) {
    case AST_ARRAY_TYPE:
        buf_putc(b, '[');
        if (n->kids[ARRAY_TYPE_LEN] && n->kids[ARRAY_TYPE_LEN]->kind == AST_ELLIPSIS)
            buf_puts(b, "...");
        else
            expr(b, n->kids[ARRAY_TYPE_LEN], depth);
        buf_putc(b, ']');
        expr(b, n->kids[ARRAY_TYPE_ELEM], depth);
        break;
    case AST_SLICE_TYPE: buf_puts(b, "[]"); expr(b, n->kids[SLICE_TYPE_ELEM], depth); break;
    case AST_MAP_TYPE:
        buf_puts(b, "map[");
        expr(b, n->kids[MAP_TYPE_KEY], depth);
        buf_putc(b, ']');
        expr(b, n->kids[MAP_TYPE_VALUE], depth);
        break;
    case AST_CHAN_TYPE:
        buf_puts(b, n->flags & AST_RECV_ONLY ? "<-chan " : n->flags & AST_SEND_ONLY ? "chan<- " : "chan ");
        expr(b, n->kids[CHAN_TYPE_VALUE], depth);
        break;
    case AST_FUNC_TYPE: func_type(b, n, depth); break;
    case AST_STRUCT_TYPE: buf_puts(b, n->nkids ? "struct{…}" : "struct{}"); break;
    case AST_INTERFACE_TYPE: buf_puts(b, n->nkids ? "interface{…}" : "interface{}"); break;
    case AST_ELLIPSIS: buf_puts(b, "..."); expr(b, n->kids[ELLIPSIS_ELEM], depth); break;
    default: buf_puts(b, "?");
    }
}

static void slice_expr(Buf *b, const Node *n, unsigned depth)
{
    expr(b, n->kids[SLICE_X], depth);
    buf_putc(b, '[');
    expr(b, n->kids[SLICE_LOW], depth);
    buf_putc(b, ':');
    expr(b, n->kids[SLICE_HIGH], depth);
    if (n->flags & AST_SLICE3) {
        buf_putc(b, ':');
        expr(b, n->kids[SLICE_MAX], depth);
    }
    buf_putc(b, ']');
}

static void call_expr(Buf *b, const Node *n, unsigned depth)
{
    expr(b, n->kids[CALL_FUN], depth);
    buf_putc(b, '(');
    list(b, (const Node *const *)n->kids + CALL_ARGS, n->nkids - CALL_ARGS, depth);
    if (n->flags & AST_HAS_ELLIPSIS)
        buf_puts(b, "...");
    buf_putc(b, ')');
}

static void type_assert(Buf *b, const Node *n, unsigned depth)
{
    expr(b, n->kids[TYPE_ASSERT_X], depth);
    buf_puts(b, ".(");
    if (n->kids[TYPE_ASSERT_TYPE])
        expr(b, n->kids[TYPE_ASSERT_TYPE], depth);
    else
        buf_puts(b, "type");
    buf_putc(b, ')');
}

static void pair(Buf *b, const Node *x, const char *between, const Node *y, unsigned depth)
{
    expr(b, x, depth);
    buf_puts(b, between);
    expr(b, y, depth);
}

static void expr(Buf *b, const Node *n, unsigned depth)
{
    if (!n)
        return;
    if (++depth > FMT_MAX_DEPTH) {
        buf_puts(b, "…");
        return;
    }
    switch (n->kind) {
    case AST_IDENT: case AST_BASIC_LIT: buf_append(b, n->text, n->text_len); break;
    case AST_BAD_EXPR: buf_puts(b, "BadExpr"); break;
    case AST_COMPOSITE_LIT: expr(b, n->kids[COMPOSITE_LIT_TYPE], depth); buf_puts(b, "{…}"); break;
    case AST_KEY_VALUE: pair(b, n->kids[KEY_VALUE_KEY], ": ", n->kids[KEY_VALUE_VALUE], depth); break;
    case AST_FUNC_LIT: expr(b, n->kids[FUNC_LIT_TYPE], depth); buf_puts(b, " {…}"); break;
    case AST_PAREN: buf_putc(b, '('); expr(b, n->kids[PAREN_X], depth); buf_putc(b, ')'); break;
    case AST_SELECTOR: pair(b, n->kids[SELECTOR_X], ".", n->kids[SELECTOR_SEL], depth); break;
    case AST_INDEX:
        pair(b, n->kids[INDEX_X], "[", n->kids[INDEX_INDEX], depth);
        buf_putc(b, ']');
        break;
    case AST_SLICE: slice_expr(b, n, depth); break;
    case AST_TYPE_ASSERT: type_assert(b, n, depth); break;
    case AST_CALL: call_expr(b, n, depth); break;
    case AST_STAR: buf_putc(b, '*'); expr(b, n->kids[STAR_X], depth); break;
    case AST_UNARY: buf_puts(b, tok_spelling((TokKind)n->op)); expr(b, n->kids[UNARY_X], depth); break;
    case AST_BINARY:
        expr(b, n->kids[BINARY_X], depth);
        buf_printf(b, " %s ", tok_spelling((TokKind)n->op));
        expr(b, n->kids[BINARY_Y], depth);
        break;
    case AST_LIST: list(b, (const Node *const *)n->kids, n->nkids, depth); break;
    default: type_expr(b, n, depth);
    }
}

void astfmt_expr(Buf *b, const Node *n)
{
    expr(b, n, 0);
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
    case AST_EXPR_STMT: astfmt_expr(b, n->kids[EXPR_STMT_X]); break;
    case AST_SEND: pair(b, n->kids[SEND_CHAN], " <- ", n->kids[SEND_VALUE], 0); break;
    case AST_INC_DEC: astfmt_expr(b, n->kids[INC_DEC_X]); buf_puts(b, tok_spelling((TokKind)n->op)); break;
    case AST_ASSIGN:
        astfmt_expr(b, n->kids[ASSIGN_LHS]);
        buf_printf(b, " %s ", tok_spelling((TokKind)n->op));
        astfmt_expr(b, n->kids[ASSIGN_RHS]);
        break;
    default: buf_puts(b, ast_display_name((AstKind)n->kind));
    }
}
