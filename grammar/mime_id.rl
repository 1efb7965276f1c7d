/*
 * Message ids: Message-ID, In-Reply-To, References. See mime_id.h for the
 * contract and the leniencies.
 *
 * A scanner cuts the body into white space, comments (grammar/mime_text.rl's
 * comment scanner, which bounds their depth), bracketed and bare ids; a
 * second machine says whether an id is strict and where its last '@' is.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "mime_id.h"
#include "mime_text.h"

enum id_kind {
    ID_END,            /* a line end that is not a fold, or no more input */
    ID_SPACE,          /* white space, folds, commas */
    ID_COMMENT,        /* '(' */
    ID_BRACKETED,      /* '<' ... '>' */
    ID_BARE,           /* an id without brackets */
    ID_BAD             /* an octet no id holds here */
};

struct id_tok {
    enum id_kind kind;
    size_t start, end;
};

#define ID_TOKEN(k)                                                         \
    do {                                                                    \
        tok.kind = (k);                                                     \
        tok.start = (size_t)(ts - base);                                    \
        tok.end = (size_t)(te - base);                                      \
    } while (0)

%%{
    machine mxq_mime_id_lex;
    alphtype unsigned char;

    wsp = [ \t];
    lb = '\r'? '\n';
    fold = lb wsp;

    bracketed = '<' ( ( any - [<>\r\n] ) | fold )* '>';
    bare = ( any - [ \t\r\n<>(),] )+;

    main := |*
        ( wsp | fold | ',' )+ => { ID_TOKEN(ID_SPACE); fbreak; };
        lb => { ID_TOKEN(ID_END); fbreak; };
        '(' => { ID_TOKEN(ID_COMMENT); fbreak; };
        bracketed => { ID_TOKEN(ID_BRACKETED); fbreak; };
        bare => { ID_TOKEN(ID_BARE); fbreak; };
        any => { ID_TOKEN(ID_BAD); fbreak; };
    *|;

    write data noerror nofinal noentry;
}%%

static struct id_tok id_lex(const char *text, size_t n, size_t pos)
{
    const unsigned char *base = (const unsigned char *)text;
    struct id_tok tok = { ID_END, n, n };

    if (pos >= n)
        return tok;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    int cs, act = 0;

    %% write init;
    %% write exec;
    (void)act;
    (void)ts;
    if (tok.end <= pos) /* cannot happen: `any` matches every octet */
        tok = (struct id_tok){ ID_BAD, pos, pos + 1 };
    return tok;
}

/* Whether an id's inside is the strict msg-id, and where its last '@' is. */
%%{
    machine mxq_mime_id_strict;
    alphtype unsigned char;

    atext = alnum | [!#$%&'*+\-/=?^_`{|}~] | 0x80..0xff;
    dot_atom_text = atext+ ( '.' atext+ )*;
    dtext = 0x21..0x5a | 0x5e..0x7e | 0x80..0xff;
    no_fold_literal = '[' dtext* ']';
    main := dot_atom_text '@' ( dot_atom_text | no_fold_literal );

    write data noerror noentry;
}%%

static bool id_strict(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_mime_id_strict_first_final;
}

%%{
    machine mxq_mime_id_at;
    alphtype unsigned char;

    action at_sign { at = p; }
    main := ( ( any - '@' ) | '@' @at_sign )*;

    write data noerror nofinal noentry;
}%%

/* The last '@' of text[0..n), or NULL. */
static const char *id_last_at(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *at = NULL;
    int cs;

    %% write init;
    %% write exec;
    return (const char *)at;
}

static bool id_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void id_fill(const char *s, size_t n, bool bracketed,
                    struct mxq_mime_id *out)
{
    const char *at = id_last_at(s, n);

    out->id = (struct mxq_slice){ s, n };
    out->bracketed = bracketed;
    out->strict = id_strict(s, n);
    if (at == NULL) {
        out->left = out->id;
        out->right = (struct mxq_slice){ s + n, 0 };
    } else {
        out->left = (struct mxq_slice){ s, (size_t)(at - s) };
        out->right = (struct mxq_slice){ at + 1, n - (size_t)(at - s) - 1 };
    }
}

enum mxq_mime_id_status mxq_mime_id_next(const char *p, size_t n, size_t *pos,
                                         struct mxq_mime_id *out)
{
    size_t i = *pos;

    for (;;) {
        struct id_tok tok = id_lex(p, n, i);
        size_t a = tok.start, b = tok.end;

        switch (tok.kind) {
        case ID_END:
            *pos = tok.start;
            return MXQ_MIME_ID_END;
        case ID_SPACE:
            break;
        case ID_COMMENT:
            if (mxq_mime_comment_end(p, n, tok.start, &b) !=
                MXQ_MIME_COMMENT_OK) {
                *pos = b;
                return MXQ_MIME_ID_SYNTAX;
            }
            break;
        case ID_BRACKETED: {
            /* the inside, without the white space at its ends */
            size_t from = a + 1, to = b - 1;
            while (from < to && id_space(p[from]))
                from++;
            while (to > from && id_space(p[to - 1]))
                to--;
            if (from == to)
                break;                    /* "<>" */
            id_fill(p + from, to - from, true, out);
            *pos = tok.end;
            return MXQ_MIME_ID_ITEM;
        }
        case ID_BARE:
            id_fill(p + a, b - a, false, out);
            *pos = tok.end;
            return MXQ_MIME_ID_ITEM;
        case ID_BAD:
            *pos = tok.end;
            return MXQ_MIME_ID_SYNTAX;
        }
        i = b;
    }
}
