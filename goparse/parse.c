/* parse.c - the parser's machinery (tokens, errors, recovery) and the
 * top of the grammar: source files and declarations.  Expressions and
 * types are in parse_expr.c, statements in parse_stmt.c.
 *
 * The structure and the error messages follow the go tool's parser, so
 * a Go programmer sees the messages they know at the positions they
 * expect. */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- nodes ------------------------------------------------------------ */

void vec_push(NodeVec *v, Node *n)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->len++] = n;
}

Node *node_with_list(Parser *p, AstKind kind, Pos pos, NodeVec *v)
{
    unsigned fixed = ast_fixed_slots(kind);
    Node *n = new_node(p, kind, pos, fixed + (unsigned)v->len);
    if (v->len)
        memcpy(n->kids + fixed, v->items, v->len * sizeof *v->items);
    free(v->items);
    *v = (NodeVec){0};
    return n;
}

Node *new_node(Parser *p, AstKind kind, Pos pos, unsigned nkids)
{
    return ast_new(p->arena, kind, pos, nkids);
}

Node *as_list(Parser *p, Node *x)
{
    if (!x || x->kind == AST_LIST)
        return x;
    Node *l = new_node(p, AST_LIST, x->pos, 1);
    l->kids[LIST_ITEMS] = x;
    return l;
}

/* ---- tokens ----------------------------------------------------------- */

Pos pos_here(const Parser *p)
{
    return p->tok.pos;
}

bool at(const Parser *p, TokKind k)
{
    return p->tok.kind == k;
}

void next(Parser *p)
{
    if (p->stopped || diag_is_full(p->diag)) {
        /* Unwind quickly: every production stops at EOF. */
        p->tok = (Token){.kind = TOK_EOF, .pos = p->tok.pos};
        return;
    }
    /* Straight into p->tok: a copy through a local, written field by
     * field and read back whole, stalls on store forwarding. */
    Pos last = p->tok.pos;
    if (!p->next_token(p->source, &p->tok)) {
        p->stopped = p->source_failed = true;
        p->tok = (Token){.kind = TOK_EOF, .pos = last};
        return;
    }
    /* The text stays where the source has it: nodes borrow it. */
    p->tok.pos.file = p->file;
}

bool got(Parser *p, TokKind k)
{
    if (p->tok.kind != k)
        return false;
    next(p);
    return true;
}

void want(Parser *p, TokKind k)
{
    if (!got(p, k)) {
        syntax_error(p, "expected %s", tok_spelling(k));
        advance(p, NULL);
    }
}

Node *bad_expr(Parser *p)
{
    return new_node(p, AST_BAD_EXPR, pos_here(p), 0);
}

void set_token_text(const Parser *p, Node *n)
{
    n->text = p->tok.text;
    n->text_len = p->tok.len;
}

/* identifier = letter { letter | unicode_digit } ., one token from golex.
 * A missing one is reported and stands in as "_", so callers need no check. */
Node *parse_name(Parser *p)
{
    Node *n = new_node(p, AST_IDENT, pos_here(p), 0);
    if (at(p, TOK_IDENT)) {
        set_token_text(p, n);
        next(p);
        return n;
    }
    ast_set_text(n, "_");
    syntax_error(p, "expected name");
    advance(p, NULL);
    return n;
}

/* ---- errors ----------------------------------------------------------- */

/* How the go tool names the current token in "unexpected X". */
static void describe_token(const Token *t, Buf *b)
{
    switch (tok_class(t->kind)) {
    case TC_LITERAL:
        buf_printf(b, "%s %.*s", t->kind == TOK_IDENT ? "name" : "literal", (int)t->len, t->text);
        break;
    case TC_KEYWORD:
        buf_printf(b, "keyword %s", tok_spelling(t->kind));
        break;
    default:
        if (t->kind == TOK_SEMI)   /* automatic ones say why: "newline", "EOF" */
            buf_printf(b, "%.*s", t->text ? (int)t->len : 9, t->text ? t->text : "semicolon");
        else
            buf_puts(b, tok_spelling(t->kind));
    }
}

static bool has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "syntax error: unexpected X" + the message, joined as the go tool does. */
static void vsyntax_error_at(Parser *p, Pos pos, const char *fmt, va_list ap)
{
    if (p->stopped)
        return;
    /* At EOF after an error, more errors would only be noise. */
    if (at(p, TOK_EOF) && diag_has_errors(p->diag))
        return;
    Buf msg, out;
    buf_init(&msg);
    buf_init(&out);
    buf_vprintf(&msg, fmt, ap);
    buf_putc(&msg, '\0');
    const char *m = (const char *)msg.data;
    const char *sep = has_prefix(m, "in ") || has_prefix(m, "at ") || has_prefix(m, "after ") ? " "
                    : has_prefix(m, "expected ") ? ", "
                    : m[0] == '\0' ? "" : NULL;
    buf_puts(&out, "syntax error: ");
    if (sep) {
        buf_puts(&out, "unexpected ");
        describe_token(&p->tok, &out);
        buf_puts(&out, sep);
    }
    buf_puts(&out, m);
    buf_putc(&out, '\0');
    diag_syntax_error(p->diag, pos, "%s", (const char *)out.data);
    buf_free(&msg);
    buf_free(&out);
}

void syntax_error(Parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyntax_error_at(p, pos_here(p), fmt, ap);
    va_end(ap);
}

void syntax_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyntax_error_at(p, pos, fmt, ap);
    va_end(ap);
}

void plain_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
    if (p->stopped)
        return;
    Buf msg;
    buf_init(&msg);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    buf_putc(&msg, '\0');
    diag_error(p->diag, pos, "%s", (const char *)msg.data);
    buf_free(&msg);
}

/* Keywords that start a statement: good places to resume after an error. */
static bool is_stmt_keyword(TokKind k)
{
    switch (k) {
    case TOK_BREAK: case TOK_CONST: case TOK_CONTINUE: case TOK_DEFER:
    case TOK_FALLTHROUGH: case TOK_FOR: case TOK_GO: case TOK_GOTO: case TOK_IF:
    case TOK_RETURN: case TOK_SELECT: case TOK_SWITCH: case TOK_TYPE: case TOK_VAR:
        return true;
    default:
        return false;
    }
}

static bool in_follow(const Parser *p, const TokKind *follow)
{
    TokKind k = p->tok.kind;
    if (k == TOK_EOF)
        return true;
    if (p->fnest > 0 && is_stmt_keyword(k))
        return true;
    for (; *follow != TOK_EOF; follow++)
        if (*follow == k)
            return true;
    return false;
}

void advance(Parser *p, const TokKind *follow)
{
    if (!follow) {
        if (!at(p, TOK_EOF))
            next(p);
        return;
    }
    while (!in_follow(p, follow))
        next(p);
}

bool list_sep(Parser *p, const char *context, TokKind sep, TokKind close)
{
    if (got(p, sep) || at(p, close))
        return true;
    syntax_error(p, "in %s; possibly missing %s or %s", context, tok_spelling(sep), tok_spelling(close));
    ADVANCE(p, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
    return at(p, close);
}

bool enter(Parser *p)
{
    if (++p->depth <= GOMINI_MAX_NESTING)
        return true;
    if (!p->stopped)
        plain_error_at(p, pos_here(p), "nesting too deep: more than %d levels of blocks, "
                       "parentheses, brackets or types", GOMINI_MAX_NESTING);
    p->stopped = true;
    p->tok.kind = TOK_EOF;
    return false;
}

void leave(Parser *p)
{
    p->depth--;
}

/* ---- declarations ----------------------------------------------------- */

/* ImportSpec = [ "." | PackageName ] ImportPath .
   ImportPath = string_lit . */
static Node *parse_import_spec(Parser *p)
{
    Node *n = new_node(p, AST_IMPORT_SPEC, pos_here(p), IMPORT_SPEC__SLOTS);
    if (at(p, TOK_IDENT)) {
        n->kids[IMPORT_SPEC_NAME] = parse_name(p);
    } else if (at(p, TOK_PERIOD)) {
        n->kids[IMPORT_SPEC_NAME] = new_node(p, AST_IDENT, pos_here(p), 0);
        ast_set_text(n->kids[IMPORT_SPEC_NAME], ".");
        next(p);
    }
    if (tok_class(p->tok.kind) != TC_LITERAL || at(p, TOK_IDENT)) {
        syntax_error(p, "missing import path");
        ADVANCE(p, TOK_SEMI, TOK_RPAREN);
        return n;
    }
    Node *path = new_node(p, AST_BASIC_LIT, pos_here(p), 0);
    path->op = (uint8_t)p->tok.kind;
    set_token_text(p, path);
    if (!at(p, TOK_STRING))
        syntax_error(p, "import path must be a string");
    next(p);
    n->kids[IMPORT_SPEC_PATH] = path;
    return n;
}

/* Takes '=' (and ':=' with an error, for better recovery). */
static bool got_assign(Parser *p)
{
    if (at(p, TOK_DEFINE)) {
        syntax_error(p, "expected =");
        next(p);
        return true;
    }
    return got(p, TOK_ASSIGN);
}

/* IdentifierList = identifier { "," identifier } . */
static Node *parse_name_list(Parser *p)
{
    NodeVec v = {0};
    Pos pos = pos_here(p);
    vec_push(&v, parse_name(p));
    while (got(p, TOK_COMMA))
        vec_push(&v, parse_name(p));
    return node_with_list(p, AST_LIST, pos, &v);
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
   VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *parse_value_spec(Parser *p, TokKind keyword)
{
    Node *n = new_node(p, AST_VALUE_SPEC, pos_here(p), VALUE_SPEC__SLOTS);
    n->kids[VALUE_SPEC_NAMES] = parse_name_list(p);
    if (keyword == TOK_CONST) {
        if (!at(p, TOK_EOF) && !at(p, TOK_SEMI) && !at(p, TOK_RPAREN)) {
            n->kids[VALUE_SPEC_TYPE] = parse_type_or_nil(p);
            if (got_assign(p))
                n->kids[VALUE_SPEC_VALUES] = as_list(p, parse_expr_list(p));
        }
    } else if (got_assign(p)) {
        n->kids[VALUE_SPEC_VALUES] = as_list(p, parse_expr_list(p));
    } else {
        n->kids[VALUE_SPEC_TYPE] = parse_type(p);
        if (got_assign(p))
            n->kids[VALUE_SPEC_VALUES] = as_list(p, parse_expr_list(p));
    }
    return n;
}

/* Does the token after "type T [P" show a type parameter list?  A name
 * or a type there cannot continue an array length. */
static bool starts_type_params(const Parser *p)
{
    switch (p->tok.kind) {
    case TOK_IDENT: case TOK_COMMA: case TOK_INTERFACE: case TOK_LBRACK: case TOK_TILDE:
    case TOK_FUNC: case TOK_MAP: case TOK_CHAN: case TOK_STRUCT:
        return true;
    default:
        return false;
    }
}

/* TypeDef = identifier [ TypeParameters ] Type ., after "type T [": the
 * Type is an ArrayType or SliceType, or "[" opens TypeParameters, which
 * gomini refuses clearly before parsing on. */
static Node *parse_type_spec_bracket(Parser *p, Pos pos)
{
    if (got(p, TOK_RBRACK)) {
        Node *n = new_node(p, AST_SLICE_TYPE, pos, SLICE_TYPE__SLOTS);
        n->kids[SLICE_TYPE_ELEM] = parse_type(p);
        return n;
    }
    if (!at(p, TOK_IDENT))
        return parse_array_type(p, pos, NULL);
    Node *x = parse_name(p);
    if (!starts_type_params(p)) {
        p->xnest++;
        Node *len = parse_expr_from(p, x);
        p->xnest--;
        return parse_array_type(p, pos, len);
    }
    plain_error_at(p, x->pos, "type parameters are not supported (gomini has no generics)");
    ADVANCE(p, TOK_RBRACK);
    got(p, TOK_RBRACK);
    return parse_type(p);
}

/* TypeSpec  = AliasDecl | TypeDef .
   AliasDecl = identifier [ TypeParameters ] "=" Type .
   TypeDef   = identifier [ TypeParameters ] Type .
   gomini refuses TypeParameters (parse_type_spec_bracket). */
static Node *parse_type_spec(Parser *p)
{
    Node *n = new_node(p, AST_TYPE_SPEC, pos_here(p), TYPE_SPEC__SLOTS);
    n->kids[TYPE_SPEC_NAME] = parse_name(p);
    if (at(p, TOK_LBRACK)) {
        Pos pos = pos_here(p);
        next(p);
        n->kids[TYPE_SPEC_TYPE] = parse_type_spec_bracket(p, pos);
        return n;
    }
    if (got_assign(p))
        n->flags |= AST_ALIAS;
    n->kids[TYPE_SPEC_TYPE] = parse_type_or_nil(p);
    if (!n->kids[TYPE_SPEC_TYPE]) {
        n->kids[TYPE_SPEC_TYPE] = bad_expr(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, TOK_SEMI, TOK_RPAREN);
    }
    return n;
}

/* The Spec of an ImportDecl, ConstDecl, TypeDecl or VarDecl, as the keyword
   says: ImportSpec, ConstSpec, TypeSpec or VarSpec. */
static Node *parse_spec(Parser *p, TokKind keyword)
{
    switch (keyword) {
    case TOK_IMPORT: return parse_import_spec(p);
    case TOK_TYPE: return parse_type_spec(p);
    default: return parse_value_spec(p, keyword);
    }
}

/* ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
   ConstDecl  = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
   TypeDecl   = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .
   VarDecl    = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .
   The keyword is current. */
Node *parse_gen_decl(Parser *p, TokKind keyword)
{
    Pos pos = pos_here(p);
    NodeVec v = {0};
    uint16_t flags = 0;
    next(p);
    if (got(p, TOK_LPAREN)) {
        flags = AST_GROUPED;
        while (!at(p, TOK_EOF) && !at(p, TOK_RPAREN)) {
            vec_push(&v, parse_spec(p, keyword));
            if (!list_sep(p, "grouped declaration", TOK_SEMI, TOK_RPAREN))
                goto done;
        }
        want(p, TOK_RPAREN);
    } else {
        vec_push(&v, parse_spec(p, keyword));
    }
done:;
    Node *n = node_with_list(p, AST_GEN_DECL, pos, &v);
    n->op = (uint8_t)keyword;
    n->flags = flags;
    return n;
}

/* FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
   MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
   Receiver     = Parameters .
   gomini refuses TypeParameters (parse_func_type). */
static Node *parse_func_decl(Parser *p)
{
    Node *n = new_node(p, AST_FUNC_DECL, pos_here(p), FUNC_DECL__SLOTS);
    next(p);
    if (got(p, TOK_LPAREN)) {
        Node *recv = parse_param_list(p, TOK_RPAREN);
        unsigned count = 0;
        for (uint32_t i = 0; i < recv->nkids; i++) {
            Node *f = recv->kids[i];
            count += f->nkids > FIELD_NAMES ? f->nkids - FIELD_NAMES : 1;
        }
        /* Reported after the list, where the go tool reports it. */
        if (count == 0)
            plain_error_at(p, pos_here(p), "method has no receiver");
        else if (count > 1)
            plain_error_at(p, pos_here(p), "method has multiple receivers");
        n->kids[FUNC_DECL_RECV] = recv;
    }
    if (at(p, TOK_IDENT)) {
        n->kids[FUNC_DECL_NAME] = parse_name(p);
        n->kids[FUNC_DECL_TYPE] = parse_func_type(p, pos_here(p));
    } else {
        n->kids[FUNC_DECL_NAME] = new_node(p, AST_IDENT, pos_here(p), 0);
        ast_set_text(n->kids[FUNC_DECL_NAME], "_");
        n->kids[FUNC_DECL_TYPE] = new_node(p, AST_FUNC_TYPE, pos_here(p), FUNC_TYPE__SLOTS);
        syntax_error(p, n->kids[FUNC_DECL_RECV] ? "expected name" : "expected name or (");
        ADVANCE(p, TOK_LBRACE, TOK_SEMI);
    }
    if (at(p, TOK_LBRACE))
        n->kids[FUNC_DECL_BODY] = parse_func_body(p);
    return n;
}

static bool is_bodyless_func(const NodeVec *decls)
{
    if (decls->len == 0)
        return false;
    const Node *last = decls->items[decls->len - 1];
    return last->kind == AST_FUNC_DECL && last->kids[FUNC_DECL_BODY] == NULL;
}

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl ., and the ";"
   after it.  Declaration = ConstDecl | TypeDecl | VarDecl .
   An ImportDecl is taken here too; parse_source_file reports a late one. */
static void parse_top_level_decl(Parser *p, NodeVec *decls)
{
    switch (p->tok.kind) {
    case TOK_IMPORT: case TOK_CONST: case TOK_TYPE: case TOK_VAR:
        vec_push(decls, parse_gen_decl(p, p->tok.kind));
        break;
    case TOK_FUNC:
        vec_push(decls, parse_func_decl(p));
        break;
    default:
        if (at(p, TOK_LBRACE) && is_bodyless_func(decls))
            syntax_error(p, "unexpected semicolon or newline before {");
        else
            syntax_error(p, "non-declaration statement outside function body");
        ADVANCE(p, TOK_IMPORT, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
        return;
    }
    if (!at(p, TOK_EOF) && !got(p, TOK_SEMI)) {
        syntax_error(p, "after top level declaration");
        ADVANCE(p, TOK_IMPORT, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
    }
}

/* SourceFile    = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
   PackageClause = "package" PackageName . */
static Node *parse_source_file(Parser *p)
{
    Pos pos = pos_here(p);
    NodeVec decls = {0};
    if (!got(p, TOK_PACKAGE)) {
        syntax_error(p, "package statement must be first");
        return node_with_list(p, AST_FILE, pos, &decls);
    }
    Node *name = parse_name(p);
    want(p, TOK_SEMI);
    bool saw_decl = false;
    /* As the go tool does, give up after an error in the package clause. */
    bool package_ok = !diag_has_errors(p->diag);
    while (package_ok && !at(p, TOK_EOF)) {
        if (at(p, TOK_IMPORT) && saw_decl)
            syntax_error(p, "imports must appear before other declarations");
        saw_decl = !at(p, TOK_IMPORT);
        parse_top_level_decl(p, &decls);
    }
    Node *file = node_with_list(p, AST_FILE, pos, &decls);
    file->kids[FILE_NAME] = name;
    return file;
}

/* The parser loops over operator, selector, call, index and else-if
 * chains, so their trees can be deeper than its recursion: refuse one
 * deeper than every later stage reads, at the node past the limit. */
static void check_depth(Parser *p, const Node *file)
{
    const Node *deep = NULL;
    if (ast_depth(file, AST_MAX_DEPTH, &deep) > AST_MAX_DEPTH)
        diag_error(p->diag, deep->pos, "exceeded max nesting depth: the syntax tree would be "
                   "more than %d levels deep", AST_MAX_DEPTH);
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
 * Reads the first token, parse_source_file the rest; then, if the file
 * parsed cleanly, the depth check.  The API is in parse.h. */
Node *parse_file(TokenSource next_token, void *source, uint32_t file, Arena *arena, Diag *diag)
{
    Parser p = {
        .next_token = next_token, .source = source, .arena = arena,
        .diag = diag, .file = file,
    };
    next(&p);
    Node *n = parse_source_file(&p);
    if (p.source_failed)
        return NULL;
    if (!diag_has_errors(diag))
        check_depth(&p, n);
    return n;
}
