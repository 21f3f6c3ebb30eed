/* token.c - lookup tables generated from tokens.def. */
#include "token.h"

#include <string.h>

static const char *const tok_names[] = {
#define TOK(name, spelling, class, prec) [TOK_##name] = #name,
#include "tokens.def"
#undef TOK
};

static const char *const tok_spellings[] = {
#define TOK(name, spelling, class, prec) [TOK_##name] = spelling,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_classes[] = {
#define TOK(name, spelling, class, prec) [TOK_##name] = TC_##class,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_precs[] = {
#define TOK(name, spelling, class, prec) [TOK_##name] = prec,
#include "tokens.def"
#undef TOK
};

const char *tok_name(TokKind k)
{
    return (unsigned)k < TOK__COUNT ? tok_names[k] : "?";
}

const char *tok_spelling(TokKind k)
{
    return (unsigned)k < TOK__COUNT ? tok_spellings[k] : "?";
}

TokClass tok_class(TokKind k)
{
    return (unsigned)k < TOK__COUNT ? (TokClass)tok_classes[k] : TC_SPECIAL;
}

int tok_precedence(TokKind k)
{
    return (unsigned)k < TOK__COUNT ? tok_precs[k] : 0;
}

TokKind tok_keyword(const char *s, size_t len)
{
    /* Keywords are 2 to 11 lowercase letters; most identifiers fail fast. */
    if (len < 2 || len > 11 || s[0] < 'b' || s[0] > 'v')
        return TOK_IDENT;
    for (int k = TOK_BREAK; k <= TOK_VAR; k++) {
        const char *kw = tok_spellings[k];
        if (kw[0] == s[0] && strlen(kw) == len && memcmp(kw, s, len) == 0)
            return (TokKind)k;
    }
    return TOK_IDENT;
}

bool tok_ends_statement(TokKind k)
{
    switch (k) {
    case TOK_IDENT: case TOK_INT: case TOK_FLOAT: case TOK_CHAR: case TOK_STRING:
    case TOK_BREAK: case TOK_CONTINUE: case TOK_FALLTHROUGH: case TOK_RETURN:
    case TOK_INC: case TOK_DEC: case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
        return true;
    default:
        return false;
    }
}
