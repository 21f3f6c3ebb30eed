/* token.c - lookup tables generated from tokens.def. */
#include "token.h"

#include <string.h>

static const char *const tok_names[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = #name,
#include "tokens.def"
#undef TOK
};

static const char *const tok_spellings[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = spelling,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_classes[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = TC_##class,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_precs[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = prec,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_flags[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = flags,
#include "tokens.def"
#undef TOK
};

static const unsigned char tok_assign_ofs[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) [TOK_##name] = assign_of,
#include "tokens.def"
#undef TOK
};

/* The keywords alone, in table order: a row of class KEYWORD expands to
 * its kind, any other row to nothing. */
#define KEYWORD_ROW_KEYWORD(name) TOK_##name,
#define KEYWORD_ROW_SPECIAL(name)
#define KEYWORD_ROW_LITERAL(name)
#define KEYWORD_ROW_OPERATOR(name)
static const unsigned char keywords[] = {
#define TOK(name, spelling, class, prec, flags, assign_of) KEYWORD_ROW_##class(name)
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

bool tok_ends_statement(TokKind k)
{
    return (unsigned)k < TOK__COUNT && (tok_flags[k] & TF_ENDS_STMT);
}

TokKind tok_assign_of(TokKind k)
{
    return (unsigned)k < TOK__COUNT ? (TokKind)tok_assign_ofs[k] : TOK_EOF;
}

TokKind tok_keyword(const char *s, size_t len)
{
    /* Keywords are 2 to 11 lowercase letters; most identifiers fail fast. */
    if (len < 2 || len > 11 || s[0] < 'b' || s[0] > 'v')
        return TOK_IDENT;
    for (size_t i = 0; i < sizeof keywords; i++) {
        const char *kw = tok_spellings[keywords[i]];
        if (kw[0] == s[0] && strlen(kw) == len && memcmp(kw, s, len) == 0)
            return (TokKind)keywords[i];
    }
    return TOK_IDENT;
}
