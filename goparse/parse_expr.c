/* parse_expr.c - expressions and types.
 *
 * Operator precedence comes from the tokens.def table.  Types parse as
 * expressions where Go allows them there (conversions, make([]int, n),
 * composite literal types), so both live in this file. */
#include "parser.h"

#include <stdlib.h>
#include <string.h>

static Node *unary_node(Parser *p, AstKind kind, TokKind op, Pos pos, Node *x)
{
    Node *n = new_node(p, kind, pos, 1);
    n->op = kind == AST_UNARY ? (uint8_t)op : 0;
    n->kids[UNARY_X] = x;
    return n;
}

static Node *parse_unary(Parser *p);

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *parse_binary(Parser *p, Node *x, int prec)
{
    if (!x)
        x = parse_unary(p);
    while (tok_precedence(p->tok.kind) > prec) {
        Node *n = new_node(p, AST_BINARY, pos_here(p), BINARY__SLOTS);
        int op_prec = tok_precedence(p->tok.kind);
        n->op = (uint8_t)p->tok.kind;
        next(p);
        n->kids[BINARY_X] = x;
        n->kids[BINARY_Y] = parse_binary(p, NULL, op_prec);
        x = n;
    }
    return x;
}

/* Expression = UnaryExpr | Expression binary_op Expression . */
Node *parse_expr(Parser *p)
{
    return parse_binary(p, NULL, 0);
}

/* Expression = UnaryExpr | Expression binary_op Expression ., when its
 * first Operand, x, is already read (the n of "type T [n]E"). */
Node *parse_expr_from(Parser *p, Node *x)
{
    return parse_binary(p, parse_primary(p, x), 0);
}

/* ExpressionList = Expression { "," Expression } . */
Node *parse_expr_list(Parser *p)
{
    Node *x = parse_expr(p);
    if (!at(p, TOK_COMMA))
        return x;
    NodeVec v = {0};
    vec_push(&v, x);
    while (got(p, TOK_COMMA))
        vec_push(&v, parse_expr(p));
    return node_with_list(p, AST_LIST, x->pos, &v);
}

/* <-x is a receive, unless x turns out to be a channel type: then the
 * arrow belongs to the type, as in <-chan int.  (<-chan<- T reads as
 * <-chan (<-T)... so reassociate down the chain, as the go tool does.) */
static Node *receive_or_chan_type(Parser *p, Pos pos, Node *x)
{
    if (x->kind != AST_CHAN_TYPE)
        return unary_node(p, AST_UNARY, TOK_ARROW, pos, x);
    Node *t = x;
    bool send_only = true;
    while (send_only && t && t->kind == AST_CHAN_TYPE) {
        send_only = (t->flags & AST_SEND_ONLY) != 0;
        if (t->flags & AST_RECV_ONLY)
            syntax_error(p, "unexpected <-, expected chan");
        t->flags = (uint16_t)((t->flags & ~AST_SEND_ONLY) | AST_RECV_ONLY);
        t = t->kids[CHAN_TYPE_VALUE];
    }
    if (send_only)
        syntax_error(p, "unexpected %s, expected chan", t ? ast_display_name((AstKind)t->kind) : "type");
    x->pos = pos;
    return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
 * unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
 * "~" is taken too, as the go tool's parser does. */
static Node *parse_unary(Parser *p)
{
    if (!enter(p))
        return bad_expr(p);
    Node *x;
    Pos pos = pos_here(p);
    TokKind op = p->tok.kind;
    switch (op) {
    case TOK_MUL:
        next(p);
        x = unary_node(p, AST_STAR, op, pos, parse_unary(p));
        break;
    case TOK_ADD: case TOK_SUB: case TOK_NOT: case TOK_XOR: case TOK_AND: case TOK_TILDE:
        next(p);
        x = unary_node(p, AST_UNARY, op, pos, parse_unary(p));
        break;
    case TOK_ARROW:
        next(p);
        x = receive_or_chan_type(p, pos, parse_unary(p));
        break;
    default:
        x = parse_primary(p, NULL);
    }
    leave(p);
    return x;
}

/* BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
 * gomini has no imaginary_lit (golex refuses it). */
static Node *parse_basic_lit(Parser *p)
{
    Node *n = new_node(p, AST_BASIC_LIT, pos_here(p), 0);
    n->op = (uint8_t)p->tok.kind;
    set_token_text(p, n);
    next(p);
    return n;
}

/* FunctionLit = "func" Signature FunctionBody ., or FunctionType = "func"
 * Signature . when no body follows.  ("func" is current.) */
static Node *parse_func_lit_or_type(Parser *p)
{
    Pos pos = pos_here(p);
    next(p);
    Node *type = parse_func_type(p, pos);
    if (!at(p, TOK_LBRACE))
        return type;
    Node *n = new_node(p, AST_FUNC_LIT, pos, FUNC_LIT__SLOTS);
    p->xnest++;
    n->kids[FUNC_LIT_TYPE] = type;
    n->kids[FUNC_LIT_BODY] = parse_func_body(p);
    p->xnest--;
    return n;
}

/* Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
 * Literal = BasicLit | CompositeLit | FunctionLit .
 * A qualified OperandName, TypeArgs and a LiteralValue are left to
 * parse_primary.  A type literal here is a type used as an expression:
 * a Conversion's, a CompositeLit's, or an argument as in make([]int, n).
 * Parentheses are kept as Paren nodes, so later stages see the source's
 * structure. */
static Node *parse_operand(Parser *p)
{
    switch (p->tok.kind) {
    case TOK_IDENT:
        return parse_name(p);
    case TOK_INT: case TOK_FLOAT: case TOK_CHAR: case TOK_STRING:
        return parse_basic_lit(p);
    case TOK_LPAREN: {
        Node *n = new_node(p, AST_PAREN, pos_here(p), PAREN__SLOTS);
        next(p);
        p->xnest++;
        n->kids[PAREN_X] = parse_expr(p);
        p->xnest--;
        want(p, TOK_RPAREN);
        return n;
    }
    case TOK_FUNC:
        return parse_func_lit_or_type(p);
    case TOK_LBRACK: case TOK_CHAN: case TOK_MAP: case TOK_STRUCT: case TOK_INTERFACE:
        return parse_type(p);
    default: {
        Node *x = bad_expr(p);
        syntax_error(p, "expected expression");
        ADVANCE(p, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
        return x;
    }
    }
}

static Node *parse_complit(Parser *p, Node *type);

/* Element = Expression | LiteralValue .  Also reads a Key, which has the
 * same forms: Key = FieldName | Expression | LiteralValue . */
static Node *parse_element(Parser *p)
{
    return at(p, TOK_LBRACE) ? parse_complit(p, NULL) : parse_expr(p);
}

/* CompositeLit = LiteralType LiteralValue .  type is the LiteralType,
   already read, or NULL for a LiteralValue inside another one.
   LiteralValue = "{" [ ElementList [ "," ] ] "}" .
   ElementList  = KeyedElement { "," KeyedElement } .
   KeyedElement = [ Key ":" ] Element . */
static Node *parse_complit(Parser *p, Node *type)
{
    Pos pos = type ? type->pos : pos_here(p), end = pos;
    NodeVec v = {0};
    if (!enter(p))
        return bad_expr(p);
    p->xnest++;
    want(p, TOK_LBRACE);
    while (!at(p, TOK_EOF) && !at(p, TOK_RBRACE)) {
        Node *e = parse_element(p);
        if (at(p, TOK_COLON)) {
            Node *kv = new_node(p, AST_KEY_VALUE, pos_here(p), KEY_VALUE__SLOTS);
            next(p);
            kv->kids[KEY_VALUE_KEY] = e;
            kv->kids[KEY_VALUE_VALUE] = parse_element(p);
            e = kv;
        }
        vec_push(&v, e);
        if (!list_sep(p, "composite literal", TOK_COMMA, TOK_RBRACE))
            goto done;
    }
    end = pos_here(p);
    want(p, TOK_RBRACE);
done:
    p->xnest--;
    leave(p);
    Node *n = node_with_list(p, AST_COMPOSITE_LIT, pos, &v);
    n->kids[COMPOSITE_LIT_TYPE] = type;
    ast_set_end(n, end);
    return n;
}

/* Must x be a value (not a type)?  Decides whether T[i]{ starts a
 * composite literal.  Loops down the X of parentheses and index
 * expressions, which can chain 100,000 deep; recurses only into an
 * index, whose nesting the parser's own limit bounds. */
static bool is_value(const Node *x)
{
    for (;;) {
        switch (x->kind) {
        case AST_BASIC_LIT: case AST_COMPOSITE_LIT: case AST_FUNC_LIT: case AST_SLICE:
        case AST_TYPE_ASSERT: case AST_CALL: case AST_BINARY: case AST_UNARY:
            return true;
        case AST_PAREN:
            x = x->kids[PAREN_X];
            break;
        case AST_INDEX:
            if (is_value(x->kids[INDEX_INDEX]))
                return true;
            x = x->kids[INDEX_X];
            break;
        default:
            return false;
        }
    }
}

/* Does '{' after x open a composite literal (rather than a block)? */
static bool starts_complit(const Parser *p, const Node *x)
{
    switch (x->kind) {
    case AST_IDENT: case AST_SELECTOR:
        return p->xnest >= 0;
    case AST_INDEX:
        return p->xnest >= 0 && !is_value(x);
    case AST_ARRAY_TYPE: case AST_SLICE_TYPE: case AST_STRUCT_TYPE: case AST_MAP_TYPE:
        return true;
    default:
        return false;
    }
}

/* Selector = "." identifier .  TypeAssertion = "." "(" Type ")" . */
static Node *parse_selector(Parser *p, Node *x)
{
    Pos pos = pos_here(p);
    next(p);
    if (at(p, TOK_IDENT)) {
        Node *n = new_node(p, AST_SELECTOR, pos, SELECTOR__SLOTS);
        n->kids[SELECTOR_X] = x;
        n->kids[SELECTOR_SEL] = parse_name(p);
        return n;
    }
    if (got(p, TOK_LPAREN)) {
        Node *n = new_node(p, AST_TYPE_ASSERT, pos, TYPE_ASSERT__SLOTS);
        n->kids[TYPE_ASSERT_X] = x;
        if (!got(p, TOK_TYPE))
            n->kids[TYPE_ASSERT_TYPE] = parse_type(p);
        want(p, TOK_RPAREN);
        return n;
    }
    syntax_error(p, "expected name or (");
    ADVANCE(p, TOK_SEMI, TOK_RPAREN);
    return x;
}

/* Slice = "[" [ Expression ] ":" [ Expression ] "]" |
 *         "[" [ Expression ] ":" Expression ":" Expression "]" .
 * The rest of it after "x[low:" (low is NULL if there is none). */
static Node *parse_slice_rest(Parser *p, Pos pos, Node *x, Node *low)
{
    Node *n = new_node(p, AST_SLICE, pos, SLICE__SLOTS);
    n->kids[SLICE_X] = x;
    n->kids[SLICE_LOW] = low;
    p->xnest++;
    if (!at(p, TOK_COLON) && !at(p, TOK_RBRACK))
        n->kids[SLICE_HIGH] = parse_expr(p);
    if (at(p, TOK_COLON)) {
        n->flags |= AST_SLICE3;
        if (!n->kids[SLICE_HIGH]) {
            plain_error_at(p, pos_here(p), "middle index required in 3-index slice");
            n->kids[SLICE_HIGH] = bad_expr(p);
        }
        next(p);
        if (!at(p, TOK_RBRACK)) {
            n->kids[SLICE_MAX] = parse_expr(p);
        } else {
            plain_error_at(p, pos_here(p), "final index required in 3-index slice");
            n->kids[SLICE_MAX] = bad_expr(p);
        }
    }
    p->xnest--;
    want(p, TOK_RBRACK);
    return n;
}

/* TypeArgs = "[" TypeList [ "," ] "]" .  TypeList = Type { "," Type } .
 * The rest of x[first, T2, ...] after first, up to the "]": more type
 * arguments, as the go tool parses them (gomini's checker refuses
 * instantiation). */
static Node *parse_type_args(Parser *p, Node *first)
{
    NodeVec v = {0};
    vec_push(&v, first);
    while (got(p, TOK_COMMA)) {
        Node *t = parse_type_or_nil(p);
        if (!t)
            break;
        vec_push(&v, t);
    }
    return node_with_list(p, AST_LIST, first->pos, &v);
}

/* Index = "[" Expression [ "," ] "]" .  Also a Slice up to its first ":"
 * (parse_slice_rest reads the rest), and x[a, T], which parses as
 * TypeArgs = "[" TypeList [ "," ] "]" . */
static Node *parse_index_or_slice(Parser *p, Node *x)
{
    Pos pos = pos_here(p);
    next(p);
    Node *i = NULL;
    if (!at(p, TOK_COLON)) {
        if (at(p, TOK_RBRACK)) {
            syntax_error(p, "expected operand");
            i = bad_expr(p);
        } else {
            p->xnest++;
            i = parse_expr(p);
            p->xnest--;
        }
        bool is_index = at(p, TOK_RBRACK) || at(p, TOK_COMMA);
        if (at(p, TOK_COMMA))
            i = parse_type_args(p, i);   /* x[a, T]: generic instantiation */
        if (is_index) {
            want(p, TOK_RBRACK);
            Node *n = new_node(p, AST_INDEX, pos, INDEX__SLOTS);
            n->kids[INDEX_X] = x;
            n->kids[INDEX_INDEX] = i;
            return n;
        }
    }
    if (!got(p, TOK_COLON)) {
        syntax_error(p, "expected comma, : or ]");
        ADVANCE(p, TOK_COMMA, TOK_COLON, TOK_RBRACK);
    }
    return parse_slice_rest(p, pos, x, i);
}

/* Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
 * A Type parses as an expression here, as in make([]int, n). */
static Node *parse_call(Parser *p, Node *fun)
{
    Pos pos = pos_here(p), end = pos;
    NodeVec v = {0};
    bool dots = false;
    next(p);
    p->xnest++;
    while (!at(p, TOK_EOF) && !at(p, TOK_RPAREN)) {
        vec_push(&v, parse_expr(p));
        dots = got(p, TOK_ELLIPSIS);
        if (!list_sep(p, "argument list", TOK_COMMA, TOK_RPAREN))
            goto done;
        if (dots)
            break;
    }
    end = pos_here(p);
    want(p, TOK_RPAREN);
done:
    p->xnest--;
    Node *n = node_with_list(p, AST_CALL, pos, &v);
    n->kids[CALL_FUN] = fun;
    ast_set_end(n, end);
    if (dots)
        n->flags |= AST_HAS_ELLIPSIS;
    return n;
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *     PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
 *     PrimaryExpr Arguments .
 * A Conversion parses as Arguments and a MethodExpr as a Selector, after a
 * type; a LiteralValue after what can be a LiteralType makes a CompositeLit.
 * x is the Operand if the caller has read it. */
Node *parse_primary(Parser *p, Node *x)
{
    if (!x)
        x = parse_operand(p);
    for (;;) {
        switch (p->tok.kind) {
        case TOK_PERIOD:
            x = parse_selector(p, x);
            break;
        case TOK_LBRACK:
            x = parse_index_or_slice(p, x);
            break;
        case TOK_LPAREN:
            x = parse_call(p, x);
            break;
        case TOK_LBRACE: {
            Node *t = (Node *)unparen(x);   /* the parser's own tree */
            if (!starts_complit(p, t))
                return x;
            if (t != x)
                syntax_error(p, "cannot parenthesize type in composite literal");
            x = parse_complit(p, x);
            break;
        }
        default:
            return x;
        }
    }
}

/* ---- types ------------------------------------------------------------ */

/* Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .  An error if no
 * type starts here; parse_type_or_nil is the quiet form. */
Node *parse_type(Parser *p)
{
    Node *t = parse_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expected type");
        ADVANCE(p, TOK_COMMA, TOK_COLON, TOK_SEMI, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
    }
    return t;
}

/* TypeName       = identifier | QualifiedIdent .
   QualifiedIdent = PackageName "." identifier .
   name is the first identifier if the caller has read it. */
Node *parse_qualified_name(Parser *p, Node *name)
{
    Node *x = name ? name : parse_name(p);
    if (at(p, TOK_PERIOD)) {
        Node *n = new_node(p, AST_SELECTOR, pos_here(p), SELECTOR__SLOTS);
        next(p);
        n->kids[SELECTOR_X] = x;
        n->kids[SELECTOR_SEL] = parse_name(p);
        x = n;
    }
    return x;
}

/* The TypeArgs of Type = TypeName [ TypeArgs ] ., after the TypeName:
 *   TypeArgs = "[" TypeList [ "," ] "]" .
 * An instantiated generic type.  gomini has no generics, but parsing the
 * form keeps the go tool's error messages; the type checker refuses it. */
static Node *parse_type_instance(Parser *p, Node *type)
{
    Node *n = new_node(p, AST_INDEX, pos_here(p), INDEX__SLOTS);
    n->kids[INDEX_X] = type;
    next(p);
    if (at(p, TOK_RBRACK)) {
        syntax_error(p, "expected type argument list");
        n->kids[INDEX_INDEX] = bad_expr(p);
    } else {
        NodeVec v = {0};
        Pos pos = pos_here(p);
        do
            vec_push(&v, parse_type(p));
        while (got(p, TOK_COMMA) && !at(p, TOK_RBRACK));
        if (v.len == 1) {
            n->kids[INDEX_INDEX] = v.items[0];
            free(v.items);
        } else {
            n->kids[INDEX_INDEX] = node_with_list(p, AST_LIST, pos, &v);
        }
    }
    want(p, TOK_RBRACK);
    return n;
}

/* ElementType = Type ., of a ChannelType: a missing one gets the go tool's
 * message. */
static Node *parse_chan_elem(Parser *p)
{
    Node *t = parse_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

/* ArrayType = "[" ArrayLength "]" ElementType ., and a LiteralType's
 * "[" "..." "]" ElementType .  "[" is consumed; len is the length when the
 * caller already parsed it. */
Node *parse_array_type(Parser *p, Pos pos, Node *len)
{
    Node *n = new_node(p, AST_ARRAY_TYPE, pos, ARRAY_TYPE__SLOTS);
    if (len) {
        n->kids[ARRAY_TYPE_LEN] = len;
    } else if (at(p, TOK_ELLIPSIS)) {
        n->kids[ARRAY_TYPE_LEN] = new_node(p, AST_ELLIPSIS, pos_here(p), ELLIPSIS__SLOTS);
        next(p);
    } else {
        p->xnest++;
        n->kids[ARRAY_TYPE_LEN] = parse_expr(p);
        p->xnest--;
    }
    if (at(p, TOK_COMMA)) {
        syntax_error(p, "unexpected comma; expected ]");
        next(p);
    }
    want(p, TOK_RBRACK);
    n->kids[ARRAY_TYPE_ELEM] = parse_type(p);
    return n;
}

/* [ Tag ], with Tag = string_lit .  NULL without one.  Any literal is
 * taken, as the go tool's parser does. */
static Node *parse_field_tag(Parser *p)
{
    if (tok_class(p->tok.kind) != TC_LITERAL || at(p, TOK_IDENT))
        return NULL;
    return parse_basic_lit(p);
}

static Node *make_field(Parser *p, Pos pos, Node *type, Node *tag, NodeVec *names)
{
    Node *f = node_with_list(p, AST_FIELD, pos, names);
    f->kids[FIELD_TYPE] = type;
    f->kids[FIELD_TAG] = tag;
    return f;
}

/* EmbeddedField = [ "*" ] TypeName [ TypeArgs ] ., and the FieldDecl's
 * [ Tag ].  star says a '*' was read; name is the TypeName's first
 * identifier if the caller has read it.  No TypeArgs: gomini has no generics. */
static Node *parse_embedded_field(Parser *p, Pos pos, bool star, Node *name)
{
    if (at(p, TOK_LPAREN) && !name) {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        name = parse_qualified_name(p, NULL);
        got(p, TOK_RPAREN);
    }
    Node *type = parse_qualified_name(p, name);
    if (star)
        type = unary_node(p, AST_STAR, TOK_MUL, pos, type);
    NodeVec none = {0};
    return make_field(p, pos, type, parse_field_tag(p), &none);
}

/* FieldDecl = ( IdentifierList Type | EmbeddedField ) [ Tag ] . */
static Node *parse_field_decl(Parser *p)
{
    Pos pos = pos_here(p);
    if (at(p, TOK_MUL)) {
        next(p);
        return parse_embedded_field(p, pos, true, NULL);
    }
    if (!at(p, TOK_IDENT)) {
        syntax_error(p, "expected field name or embedded type");
        ADVANCE(p, TOK_SEMI, TOK_RBRACE);
        return NULL;
    }
    Node *name = parse_name(p);
    if (at(p, TOK_PERIOD) || at(p, TOK_SEMI) || at(p, TOK_RBRACE) ||
        (tok_class(p->tok.kind) == TC_LITERAL && !at(p, TOK_IDENT)))
        return parse_embedded_field(p, pos, false, name);
    NodeVec names = {0};
    vec_push(&names, name);
    while (got(p, TOK_COMMA))
        vec_push(&names, parse_name(p));
    Node *type = parse_type(p);
    return make_field(p, pos, type, parse_field_tag(p), &names);
}

/* StructType    = "struct" "{" { FieldDecl ";" } "}" .
   InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
   parse_member reads one FieldDecl or InterfaceElem. */
static Node *parse_member_block(Parser *p, AstKind kind, const char *context,
                                Node *(*parse_member)(Parser *))
{
    Pos pos = pos_here(p);
    NodeVec v = {0};
    next(p);  /* struct or interface */
    want(p, TOK_LBRACE);
    while (!at(p, TOK_EOF) && !at(p, TOK_RBRACE)) {
        Node *m = parse_member(p);
        if (m)
            vec_push(&v, m);
        if (!list_sep(p, context, TOK_SEMI, TOK_RBRACE))
            return node_with_list(p, kind, pos, &v);
    }
    want(p, TOK_RBRACE);
    return node_with_list(p, kind, pos, &v);
}

/* InterfaceElem = MethodElem | TypeElem .  MethodElem = MethodName Signature .
 * A TypeElem is one Type only: no "|" unions or "~" (gomini has no generics). */
static Node *parse_method_spec(Parser *p)
{
    Pos pos = pos_here(p);
    NodeVec names = {0};
    if (!at(p, TOK_IDENT)) {
        Node *t = parse_type_or_nil(p);
        if (!t) {
            syntax_error(p, "expected ~ term or type");
            ADVANCE(p, TOK_SEMI, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
            return NULL;
        }
        return make_field(p, pos, t, NULL, &names);
    }
    Node *name = parse_name(p);
    if (at(p, TOK_LPAREN)) {
        vec_push(&names, name);
        return make_field(p, pos, parse_func_type(p, pos_here(p)), NULL, &names);
    }
    return make_field(p, pos, parse_qualified_name(p, name), NULL, &names);
}

/* Result = Parameters | Type . */
static Node *parse_result(Parser *p)
{
    if (at(p, TOK_LPAREN)) {
        next(p);
        return parse_param_list(p, TOK_RPAREN);
    }
    Pos pos = pos_here(p);
    Node *t = parse_type_or_nil(p);
    if (!t)
        return NULL;
    NodeVec none = {0}, fields = {0};
    vec_push(&fields, make_field(p, pos, t, NULL, &none));
    return node_with_list(p, AST_FIELD_LIST, pos, &fields);
}

/* Signature = Parameters [ Result ] .  No type parameters in gomini. */
Node *parse_func_type(Parser *p, Pos pos)
{
    Node *n = new_node(p, AST_FUNC_TYPE, pos, FUNC_TYPE__SLOTS);
    if (at(p, TOK_LBRACK)) {
        plain_error_at(p, pos_here(p), "type parameters are not supported (gomini has no generics)");
        ADVANCE(p, TOK_RBRACK);
        got(p, TOK_RBRACK);
    }
    Pos lparen = pos_here(p);
    want(p, TOK_LPAREN);
    n->kids[FUNC_TYPE_PARAMS] = parse_param_list(p, TOK_RPAREN);
    if (!n->kids[FUNC_TYPE_PARAMS]->nkids)
        n->kids[FUNC_TYPE_PARAMS]->pos = lparen;
    n->kids[FUNC_TYPE_RESULTS] = parse_result(p);
    return n;
}

/* Type        = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
 * TypeLit     = ArrayType | StructType | PointerType | FunctionType |
 *               InterfaceType | SliceType | MapType | ChannelType .
 * PointerType = "*" BaseType .  SliceType = "[" "]" ElementType .
 * MapType     = "map" "[" KeyType "]" ElementType .
 * ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
 * NULL if no type starts here. */
static Node *parse_type_lit(Parser *p)
{
    Pos pos = pos_here(p);
    Node *n;
    switch (p->tok.kind) {
    case TOK_MUL:
        next(p);
        return unary_node(p, AST_STAR, TOK_MUL, pos, parse_type(p));
    case TOK_ARROW:
        next(p);
        want(p, TOK_CHAN);
        n = unary_node(p, AST_CHAN_TYPE, TOK_EOF, pos, parse_chan_elem(p));
        n->flags = AST_RECV_ONLY;
        return n;
    case TOK_FUNC:
        next(p);
        return parse_func_type(p, pos);
    case TOK_LBRACK:
        next(p);
        if (got(p, TOK_RBRACK))
            return unary_node(p, AST_SLICE_TYPE, TOK_EOF, pos, parse_type(p));
        return parse_array_type(p, pos, NULL);
    case TOK_CHAN:
        next(p);
        n = new_node(p, AST_CHAN_TYPE, pos, CHAN_TYPE__SLOTS);
        if (got(p, TOK_ARROW))
            n->flags = AST_SEND_ONLY;
        n->kids[CHAN_TYPE_VALUE] = parse_chan_elem(p);
        return n;
    case TOK_MAP:
        next(p);
        n = new_node(p, AST_MAP_TYPE, pos, MAP_TYPE__SLOTS);
        want(p, TOK_LBRACK);
        n->kids[MAP_TYPE_KEY] = parse_type(p);
        want(p, TOK_RBRACK);
        n->kids[MAP_TYPE_VALUE] = parse_type(p);
        return n;
    case TOK_STRUCT:  /* StructType = "struct" "{" { FieldDecl ";" } "}" . */
        return parse_member_block(p, AST_STRUCT_TYPE, "struct type", parse_field_decl);
    case TOK_INTERFACE:  /* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
        return parse_member_block(p, AST_INTERFACE_TYPE, "interface type", parse_method_spec);
    case TOK_IDENT:
        n = parse_qualified_name(p, NULL);
        return at(p, TOK_LBRACK) ? parse_type_instance(p, n) : n;
    case TOK_LPAREN:
        next(p);
        n = unary_node(p, AST_PAREN, TOK_EOF, pos, parse_type(p));
        want(p, TOK_RPAREN);
        return n;
    default:
        return NULL;
    }
}

/* Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ., or NULL if no
 * type starts here.  Each type counts one level of nesting. */
Node *parse_type_or_nil(Parser *p)
{
    if (!enter(p))
        return bad_expr(p);
    Node *t = parse_type_lit(p);
    leave(p);
    return t;
}

/* ---- parameters ------------------------------------------------------- */

typedef struct Param {
    Node *name, *type;
    bool shared;   /* type taken from a later parameter: a, b int */
} Param;

typedef struct ParamVec {
    Param *items;
    size_t len, cap;
    int named;     /* parameters with both a name and a type */
    int typed;     /* parameters with a type */
    Pos end;       /* the closing token, where a missing type is reported */
} ParamVec;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One name or one
 * type (or both) at a time; names are matched with types afterwards. */
static bool parse_param_decl(Parser *p, TokKind close, Param *par)
{
    *par = (Param){0};
    if (at(p, TOK_IDENT)) {
        Node *name = parse_name(p);
        if (at(p, TOK_PERIOD)) {
            par->type = parse_qualified_name(p, name);
            return true;
        }
        par->name = name;
    }
    if (at(p, TOK_ELLIPSIS)) {
        Node *e = new_node(p, AST_ELLIPSIS, pos_here(p), ELLIPSIS__SLOTS);
        next(p);
        e->kids[ELLIPSIS_ELEM] = parse_type_or_nil(p);
        if (!e->kids[ELLIPSIS_ELEM]) {
            e->kids[ELLIPSIS_ELEM] = bad_expr(p);
            syntax_error(p, "... is missing type");
        }
        par->type = e;
        return true;
    }
    par->type = parse_type_or_nil(p);
    if (par->name || par->type)
        return true;
    syntax_error(p, "expected %s", tok_spelling(close));
    ADVANCE(p, TOK_COMMA, close);
    return false;
}

/* Either every parameter is named or none is.  With none, a lone name is
 * a type.  With some, "a, b int" gives a its type from b; a parameter
 * that still lacks a name or a type is an error, reported as the go tool
 * does: a missing type at the closing parenthesis, a missing name at the
 * leftmost unnamed type. */
static void match_names_and_types(Parser *p, ParamVec *v)
{
    if (v->named == 0) {
        for (size_t i = 0; i < v->len; i++)
            if (v->items[i].name)
                v->items[i].type = v->items[i].name, v->items[i].name = NULL;
        return;
    }
    if ((size_t)v->named == v->len)
        return;
    Node *type = NULL;
    Pos err = {0};
    for (size_t i = v->len; i-- > 0;) {
        Param *par = &v->items[i];
        if (par->type) {
            type = par->type;
            if (!par->name) {
                err = par->type->pos;
                par->name = new_node(p, AST_IDENT, err, 0);
                ast_set_text(par->name, "_");
            }
        } else if (type) {
            par->type = type;
            par->shared = true;
        } else {
            err = par->name->pos;
            par->type = new_node(p, AST_BAD_EXPR, err, 0);
        }
    }
    if (!err.line)
        return;
    if (v->named == v->typed)
        syntax_error_at(p, v->end, "missing parameter type");
    else
        syntax_error_at(p, err, "missing parameter name");
}

/* Only the last parameter may be variadic. */
static void check_variadic(Parser *p, const ParamVec *v)
{
    for (size_t i = 0; i + 1 < v->len; i++) {
        const Node *t = v->items[i].type;
        if (t && t->kind == AST_ELLIPSIS && t != v->items[v->len - 1].type)
            plain_error_at(p, t->pos, "can only use ... with final parameter");
    }
}

/* One Field per group of names that share a type, as written. */
static Node *build_field_list(Parser *p, Pos pos, ParamVec *v)
{
    NodeVec fields = {0}, names = {0};
    Pos fpos = pos;
    for (size_t i = 0; i < v->len; i++) {
        Param *par = &v->items[i];
        if (names.len == 0)
            fpos = par->name ? par->name->pos : par->type->pos;
        if (par->name)
            vec_push(&names, par->name);
        if (par->shared)
            continue;
        vec_push(&fields, make_field(p, fpos, par->type, NULL, &names));
    }
    free(names.items);
    free(v->items);
    return node_with_list(p, AST_FIELD_LIST, pos, &fields);
}

/* Parameters    = "(" [ ParameterList [ "," ] ] ")" .
   ParameterList = ParameterDecl { "," ParameterDecl } .
   "(" is consumed; close is the closing token. */
Node *parse_param_list(Parser *p, TokKind close)
{
    Pos pos = pos_here(p);
    ParamVec v = {0};
    while (!at(p, TOK_EOF) && !at(p, close)) {
        Param par;
        if (parse_param_decl(p, close, &par)) {
            if (v.len == v.cap) {
                v.cap = v.cap ? v.cap * 2 : 8;
                v.items = xrealloc(v.items, v.cap * sizeof *v.items);
            }
            v.items[v.len++] = par;
            v.named += par.name && par.type;
            v.typed += par.type != NULL;
        }
        if (!list_sep(p, "parameter list", TOK_COMMA, close)) {
            v.end = pos_here(p);
            goto done;
        }
    }
    v.end = pos_here(p);
    want(p, close);
done:
    match_names_and_types(p, &v);
    check_variadic(p, &v);
    return build_field_list(p, pos, &v);
}
