/* parse_stmt.c - statements: blocks, simple statements, if, for,
 * switch, select, and the rest of Go's statement forms. */
#include "parser.h"
#include "astfmt.h"

#include <stdio.h>
#include <stdlib.h>

/* Every one-slot statement keeps its child in slot 0. */
_Static_assert(EXPR_STMT_X == 0 && INC_DEC_X == 0 && GO_CALL == 0 && DEFER_CALL == 0 &&
               DECL_STMT_DECL == 0, "stmt1 fills slot 0");

static Node *stmt1(Parser *p, AstKind kind, Pos pos, Node *x)
{
    Node *n = new_node(p, kind, pos, 1);
    n->kids[0] = x;
    return n;
}

static bool is_assign_op(TokKind k)
{
    return tok_assign_of(k) != TOK_EOF;
}

static Node *assign_node(Parser *p, Pos pos, TokKind op, Node *lhs, Node *rhs)
{
    Node *n = new_node(p, AST_ASSIGN, pos, ASSIGN__SLOTS);
    n->op = (uint8_t)op;
    n->kids[ASSIGN_LHS] = as_list(p, lhs);
    n->kids[ASSIGN_RHS] = as_list(p, rhs);
    return n;
}

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
 * lhs, already read, is an ExpressionList either way, and op is = or :=
 * (NULL and TOK_EOF for "for range x").
 * Returns a Range node whose Body the for statement fills in. */
static Node *parse_range_clause(Parser *p, Node *lhs, TokKind op)
{
    Node *n = new_node(p, AST_RANGE, pos_here(p), RANGE__SLOTS);
    n->op = (uint8_t)op;
    next(p);  /* range */
    if (lhs && lhs->kind == AST_LIST) {
        n->kids[RANGE_KEY] = lhs->kids[0];
        n->kids[RANGE_VALUE] = lhs->nkids > 1 ? lhs->kids[1] : NULL;
        if (lhs->nkids > 2)
            plain_error_at(p, lhs->kids[2]->pos, "range clause permits at most two iteration variables");
    } else {
        n->kids[RANGE_KEY] = lhs;
    }
    n->kids[RANGE_X] = parse_expr(p);
    return n;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl .
 * keyword is FOR where a range clause may follow, else TOK_EOF. */
static Node *parse_simple_stmt(Parser *p, Node *lhs, TokKind keyword)
{
    if (keyword == TOK_FOR && at(p, TOK_RANGE))
        return parse_range_clause(p, NULL, TOK_EOF);
    if (!lhs)
        lhs = parse_expr_list(p);
    Pos pos = pos_here(p);
    TokKind k = p->tok.kind;
    if (lhs->kind != AST_LIST && k != TOK_ASSIGN && k != TOK_DEFINE) {
        if (is_assign_op(k)) {
            next(p);
            return assign_node(p, pos, k, lhs, parse_expr(p));
        }
        if (k == TOK_INC || k == TOK_DEC) {
            next(p);
            Node *n = stmt1(p, AST_INC_DEC, pos, lhs);
            n->op = (uint8_t)k;
            return n;
        }
        if (k == TOK_ARROW) {
            next(p);
            Node *n = new_node(p, AST_SEND, pos, SEND__SLOTS);
            n->kids[SEND_CHAN] = lhs;
            n->kids[SEND_VALUE] = parse_expr(p);
            return n;
        }
        return stmt1(p, AST_EXPR_STMT, lhs->pos, lhs);
    }
    if (k == TOK_ASSIGN || k == TOK_DEFINE) {
        next(p);
        if (keyword == TOK_FOR && at(p, TOK_RANGE))
            return parse_range_clause(p, lhs, k);
        return assign_node(p, pos, k, lhs, parse_expr_list(p));
    }
    syntax_error(p, "expected := or = or comma");
    ADVANCE(p, TOK_SEMI, TOK_RBRACE);
    if (lhs->kind == AST_LIST)
        lhs = lhs->kids[0];
    return stmt1(p, AST_EXPR_STMT, lhs->pos, lhs);
}

/* StatementList = { Statement ";" } . */
static void parse_stmt_list(Parser *p, NodeVec *v)
{
    while (!at(p, TOK_EOF) && !at(p, TOK_RBRACE) && !at(p, TOK_CASE) && !at(p, TOK_DEFAULT)) {
        Node *s = parse_stmt_or_nil(p);
        if (!s)
            break;
        vec_push(v, s);
        if (!got(p, TOK_SEMI) && !at(p, TOK_RBRACE)) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, TOK_SEMI, TOK_RBRACE, TOK_CASE, TOK_DEFAULT);
            got(p, TOK_SEMI);
        }
    }
}

/* Block = "{" StatementList "}" .  context names what the block belongs
 * to, for "expected { after if clause". */
Node *parse_block(Parser *p, const char *context)
{
    Pos pos = pos_here(p);
    NodeVec v = {0};
    if (!got(p, TOK_LBRACE)) {
        syntax_error(p, "expected { after %s", context);
        ADVANCE(p, TOK_IDENT, TOK_RBRACE);
        Pos end = pos_here(p);
        if (got(p, TOK_RBRACE)) {
            Node *b = new_node(p, AST_BLOCK, pos, 0);
            ast_set_end(b, end);
            return b;
        }
    }
    parse_stmt_list(p, &v);
    Pos end = pos_here(p);
    want(p, TOK_RBRACE);
    Node *b = node_with_list(p, AST_BLOCK, pos, &v);
    ast_set_end(b, end);
    return b;
}

/* FunctionBody = Block .  Inside one, statement keywords are places to
 * resume after an error. */
Node *parse_func_body(Parser *p)
{
    p->fnest++;
    Node *body = parse_block(p, "function");
    p->fnest--;
    return body;
}

/* The three parts of a control clause header. */
typedef struct Header {
    Node *init, *cond, *post;
} Header;

static bool is_type_switch_guard(const Node *s)
{
    if (s->kind == AST_EXPR_STMT)
        s = s->kids[EXPR_STMT_X];
    else if (s->kind == AST_ASSIGN && s->op == TOK_DEFINE && s->kids[ASSIGN_LHS]->nkids == 1 &&
             s->kids[ASSIGN_LHS]->kids[0]->kind == AST_IDENT && s->kids[ASSIGN_RHS]->nkids == 1)
        s = s->kids[ASSIGN_RHS]->kids[0];
    else
        return false;
    return s->kind == AST_TYPE_ASSERT && s->kids[TYPE_ASSERT_TYPE] == NULL;
}

/* "cannot use x := 1 as value": a statement where a condition belongs. */
static void report_stmt_as_value(Parser *p, const Node *s)
{
    Buf b;
    buf_init(&b);
    if (s->kind == AST_ASSIGN && s->op == TOK_ASSIGN) {
        buf_puts(&b, "assignment ");
        astfmt_emphasized(&b, s->kids[ASSIGN_LHS]);
        buf_puts(&b, " = ");
        astfmt_emphasized(&b, s->kids[ASSIGN_RHS]);
    } else {
        astfmt_stmt(&b, s);
    }
    buf_putc(&b, '\0');
    syntax_error_at(p, s->pos, "cannot use %s as value", (const char *)b.data);
    buf_free(&b);
}

/* The condition of an if: a missing one gets the go tool's message. */
static void check_if_cond(Parser *p, Header *h, const Token *semi)
{
    if (h->cond || semi->kind != TOK_SEMI)
        return;
    if (semi->text)
        syntax_error_at(p, semi->pos, "unexpected %.*s, expected { after if clause",
                        (int)semi->len, semi->text);
    else
        syntax_error_at(p, semi->pos, "missing condition in if statement");
    h->cond = new_node(p, AST_BAD_EXPR, semi->pos, 0);
}

/* Turn the statement found where the condition goes into an expression. */
static void unpack_cond(Parser *p, TokKind keyword, Header *h, Node *cond_stmt)
{
    if (!cond_stmt)
        return;
    if (keyword == TOK_SWITCH && is_type_switch_guard(cond_stmt))
        h->cond = cond_stmt;   /* the type switch keeps the whole guard */
    else if (cond_stmt->kind == AST_EXPR_STMT)
        h->cond = cond_stmt->kids[EXPR_STMT_X];
    else
        report_stmt_as_value(p, cond_stmt);
}

/* The rest of ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
 * after the init's ';': the condition and post statement.  The condition
 * comes back as a statement, for unpack_cond. */
static Node *parse_for_cond_post(Parser *p, Header *h)
{
    Node *cond = NULL;
    if (!at(p, TOK_SEMI)) {
        if (at(p, TOK_LBRACE)) {
            syntax_error(p, "expected for loop condition");
            return NULL;
        }
        cond = parse_simple_stmt(p, NULL, TOK_EOF);
    }
    want(p, TOK_SEMI);
    if (!at(p, TOK_LBRACE)) {
        h->post = parse_simple_stmt(p, NULL, TOK_EOF);
        if (h->post->kind == AST_ASSIGN && h->post->op == TOK_DEFINE)
            syntax_error_at(p, h->post->pos, "cannot declare in post statement of for loop");
    }
    return cond;
}

/* The header of an if, switch or for statement, from the keyword to the "{":
 *   IfStmt:         "if" [ SimpleStmt ";" ] Expression
 *   ExprSwitchStmt: "switch" [ SimpleStmt ";" ] [ Expression ]
 *   TypeSwitchStmt: "switch" [ SimpleStmt ";" ] TypeSwitchGuard
 *   ForStmt:        "for" [ Condition | ForClause | RangeClause ]
 * TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" . */
static Header parse_header(Parser *p, TokKind keyword)
{
    Header h = {0};
    Token semi = {0};
    Node *cond_stmt = NULL;
    next(p);  /* the keyword */
    if (at(p, TOK_LBRACE)) {
        if (keyword == TOK_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad_expr(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (!at(p, TOK_SEMI)) {
        if (got(p, TOK_VAR))
            syntax_error(p, "var declaration not allowed in %s initializer", tok_spelling(keyword));
        h.init = parse_simple_stmt(p, NULL, keyword);
        if (h.init->kind == AST_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    if (!at(p, TOK_LBRACE)) {
        if (at(p, TOK_SEMI)) {
            semi = p->tok;
            next(p);
        } else {
            want(p, TOK_LBRACE);
            if (!at(p, TOK_LBRACE))
                ADVANCE(p, TOK_LBRACE, TOK_RBRACE);
        }
        if (keyword == TOK_FOR)
            cond_stmt = parse_for_cond_post(p, &h);
        else if (!at(p, TOK_LBRACE))
            cond_stmt = parse_simple_stmt(p, NULL, keyword);
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }
    unpack_cond(p, keyword, &h, cond_stmt);
    if (keyword == TOK_IF)
        check_if_cond(p, &h, &semi);
    p->xnest = outer;
    return h;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
 * An else-if chain is built in a loop: generated code can chain 100,000
 * of them, and each would otherwise cost a level of C recursion. */
static Node *parse_if_stmt(Parser *p)
{
    Node *first = NULL, *last = NULL;
    for (;;) {
        Node *n = new_node(p, AST_IF, pos_here(p), IF__SLOTS);
        Header h = parse_header(p, TOK_IF);
        n->kids[IF_INIT] = h.init;
        n->kids[IF_COND] = h.cond;
        n->kids[IF_THEN] = parse_block(p, "if clause");
        if (last)
            last->kids[IF_ELSE] = n;
        else
            first = n;
        last = n;
        if (!got(p, TOK_ELSE))
            break;
        if (at(p, TOK_IF))
            continue;
        if (at(p, TOK_LBRACE)) {
            n->kids[IF_ELSE] = parse_block(p, "else");
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, TOK_IDENT, TOK_RBRACE);
        }
        break;
    }
    return first;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *parse_for_stmt(Parser *p)
{
    Pos pos = pos_here(p);
    Header h = parse_header(p, TOK_FOR);
    if (h.init && h.init->kind == AST_RANGE) {
        Node *r = h.init;
        r->pos = pos;
        r->kids[RANGE_BODY] = parse_block(p, "for clause");
        return r;
    }
    Node *n = new_node(p, AST_FOR, pos, FOR__SLOTS);
    n->kids[FOR_INIT] = h.init;
    n->kids[FOR_COND] = h.cond;
    n->kids[FOR_POST] = h.post;
    n->kids[FOR_BODY] = parse_block(p, "for clause");
    return n;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" .
 * CommClause     = CommCase ":" StatementList .
 * CommCase       = "case" ( SendStmt | RecvStmt ) | "default" .
 * A TypeCaseClause's TypeList parses as an ExpressionList. */
static Node *parse_case_clause(Parser *p, bool comm)
{
    Pos pos = pos_here(p);
    Node *head = NULL;
    NodeVec body = {0};
    if (got(p, TOK_CASE)) {
        head = comm ? parse_simple_stmt(p, NULL, TOK_EOF) : as_list(p, parse_expr_list(p));
    } else if (!got(p, TOK_DEFAULT)) {
        syntax_error(p, "expected case or default or }");
        ADVANCE(p, TOK_COLON, TOK_CASE, TOK_DEFAULT, TOK_RBRACE);
    }
    want(p, TOK_COLON);
    parse_stmt_list(p, &body);
    Node *n = node_with_list(p, comm ? AST_COMM_CLAUSE : AST_CASE_CLAUSE, pos, &body);
    n->kids[CASE_CLAUSE_LIST] = head;
    return n;
}

/* The "{" { ExprCaseClause } "}" of an ExprSwitchStmt (TypeCaseClause in
 * a TypeSwitchStmt) or the "{" { CommClause } "}" of a SelectStmt, as a
 * Block of clauses. */
static Node *parse_clauses(Parser *p, const char *what, bool comm)
{
    Pos pos = pos_here(p);
    NodeVec v = {0};
    if (!got(p, TOK_LBRACE)) {
        syntax_error(p, "missing { after %s clause", what);
        ADVANCE(p, TOK_CASE, TOK_DEFAULT, TOK_RBRACE);
    }
    while (!at(p, TOK_EOF) && !at(p, TOK_RBRACE))
        vec_push(&v, parse_case_clause(p, comm));
    Pos end = pos_here(p);
    want(p, TOK_RBRACE);
    Node *b = node_with_list(p, AST_BLOCK, pos, &v);
    ast_set_end(b, end);
    return b;
}

/* SwitchStmt     = ExprSwitchStmt | TypeSwitchStmt .
 * ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
 * TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" . */
static Node *parse_switch_stmt(Parser *p)
{
    Pos pos = pos_here(p);
    Header h = parse_header(p, TOK_SWITCH);
    bool type_switch = h.cond && (h.cond->kind == AST_ASSIGN || h.cond->kind == AST_EXPR_STMT);
    Node *n = new_node(p, type_switch ? AST_TYPE_SWITCH : AST_SWITCH, pos, 3);
    n->kids[SWITCH_INIT] = h.init;
    n->kids[SWITCH_TAG] = h.cond;
    n->kids[SWITCH_BODY] = parse_clauses(p, "switch", false);
    return n;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *parse_select_stmt(Parser *p)
{
    Node *n = new_node(p, AST_SELECT, pos_here(p), SELECT__SLOTS);
    next(p);
    n->kids[SELECT_BODY] = parse_clauses(p, "select", true);
    return n;
}

/* GoStmt = "go" Expression .  DeferStmt = "defer" Expression . */
static Node *parse_call_stmt(Parser *p)
{
    TokKind k = p->tok.kind;
    Pos pos = pos_here(p);
    next(p);
    Node *x = parse_primary(p, NULL);
    if (x->kind == AST_PAREN) {
        plain_error_at(p, x->pos, "expression in %s must not be parenthesized", tok_spelling(k));
        x = (Node *)unparen(x);   /* the parser's own tree */
    }
    return stmt1(p, k == TOK_GO ? AST_GO : AST_DEFER, pos, x);
}

/* LabeledStmt = Label ":" Statement .  NULL after a missing statement,
 * so the enclosing list stops there, as in the go tool. */
static Node *parse_labeled_stmt(Parser *p, Node *label)
{
    Node *n = new_node(p, AST_LABELED, label->pos, LABELED__SLOTS);
    Pos colon = pos_here(p);
    n->kids[LABELED_LABEL] = label;
    want(p, TOK_COLON);
    if (at(p, TOK_RBRACE)) {
        n->kids[LABELED_STMT] = new_node(p, AST_EMPTY_STMT, pos_here(p), 0);
        return n;
    }
    n->kids[LABELED_STMT] = parse_stmt_or_nil(p);
    if (!n->kids[LABELED_STMT]) {
        syntax_error_at(p, colon, "missing statement after label");
        return NULL;
    }
    return n;
}

/* BreakStmt       = "break" [ Label ] .
 * ContinueStmt    = "continue" [ Label ] .
 * GotoStmt        = "goto" Label .
 * FallthroughStmt = "fallthrough" . */
static Node *parse_branch_stmt(Parser *p)
{
    Node *n = new_node(p, AST_BRANCH, pos_here(p), BRANCH__SLOTS);
    TokKind k = p->tok.kind;
    n->op = (uint8_t)k;
    next(p);
    if (k == TOK_GOTO || (k != TOK_FALLTHROUGH && at(p, TOK_IDENT)))
        n->kids[BRANCH_LABEL] = parse_name(p);
    return n;
}

/* ReturnStmt = "return" [ ExpressionList ] . */
static Node *parse_return_stmt(Parser *p)
{
    Pos pos = pos_here(p);
    NodeVec v = {0};
    next(p);
    if (!at(p, TOK_SEMI) && !at(p, TOK_RBRACE)) {
        Node *x = parse_expr_list(p);
        if (x->kind == AST_LIST)
            for (uint32_t i = 0; i < x->nkids; i++)
                vec_push(&v, x->kids[i]);
        else
            vec_push(&v, x);
    }
    return node_with_list(p, AST_RETURN, pos, &v);
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *     BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
 *     IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
 * NULL if no statement starts here. */
static Node *parse_stmt(Parser *p)
{
    if (at(p, TOK_IDENT)) {
        Node *lhs = parse_expr_list(p);
        if (lhs->kind == AST_IDENT && at(p, TOK_COLON))
            return parse_labeled_stmt(p, lhs);
        return parse_simple_stmt(p, lhs, TOK_EOF);
    }
    switch (p->tok.kind) {
    case TOK_VAR: case TOK_CONST: case TOK_TYPE: {
        Pos pos = pos_here(p);
        return stmt1(p, AST_DECL_STMT, pos, parse_gen_decl(p, p->tok.kind));
    }
    case TOK_LBRACE:
        return parse_block(p, "block");
    case TOK_ADD: case TOK_SUB: case TOK_MUL: case TOK_AND: case TOK_XOR: case TOK_NOT:
    case TOK_INT: case TOK_FLOAT: case TOK_CHAR: case TOK_STRING:
    case TOK_FUNC: case TOK_LPAREN: case TOK_LBRACK: case TOK_STRUCT:
    case TOK_MAP: case TOK_CHAN: case TOK_INTERFACE: case TOK_ARROW:
        return parse_simple_stmt(p, NULL, TOK_EOF);
    case TOK_FOR: return parse_for_stmt(p);
    case TOK_SWITCH: return parse_switch_stmt(p);
    case TOK_SELECT: return parse_select_stmt(p);
    case TOK_IF: return parse_if_stmt(p);
    case TOK_FALLTHROUGH: case TOK_BREAK: case TOK_CONTINUE: case TOK_GOTO:
        return parse_branch_stmt(p);
    case TOK_GO: case TOK_DEFER:
        return parse_call_stmt(p);
    case TOK_RETURN:
        return parse_return_stmt(p);
    case TOK_SEMI:
        return new_node(p, AST_EMPTY_STMT, pos_here(p), 0);
    default:
        return NULL;
    }
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *     BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
 *     IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
 * NULL if none starts here.  Every statement counts one level of nesting:
 * blocks, labels and case clauses all recurse through here. */
Node *parse_stmt_or_nil(Parser *p)
{
    if (!enter(p))
        return NULL;
    Node *s = parse_stmt(p);
    leave(p);
    return s;
}
