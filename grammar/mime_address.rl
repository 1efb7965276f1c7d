/*
 * RFC 5322 address lists. See mime_address.h for the contract and for
 * what is accepted beyond the RFC.
 *
 * Two levels. A scanner (mxq_mime_address_lex) cuts the body into the
 * lexical tokens of RFC 5322 §3.2: atoms, encoded words, quoted strings,
 * domain literals, comments (grammar/mime_text.rl's comment scanner,
 * which bounds their depth), white space with and without folds, the
 * specials, the end of the field. A member (one mailbox, or a group's
 * name) is the run of tokens up to a ',' ';' or ':' outside angle
 * brackets; which tokens it has decides what it is. Whether an address
 * is an addr-spec is decided by two machines over its tokens (one token
 * a symbol: the obsolete grammar, and the plain one), fed one token at a
 * time, so that no token list is stored.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mime_address.h"
#include "mime_text.h"

#define NONE SIZE_MAX

/* ------------------------------------------------------------- tokens */

enum addr_kind {
    TOK_END,           /* a line end that is not a fold, or no more input */
    TOK_WS,            /* white space without a fold */
    TOK_FWS,           /* white space with a fold */
    TOK_ATOM,
    TOK_EW,            /* an atom-like RFC 2047 encoded word */
    TOK_QUOTED,
    TOK_LITERAL,       /* a domain literal */
    TOK_COMMENT,       /* '(' ... ')' */
    TOK_LT, TOK_GT, TOK_AT, TOK_COMMA, TOK_SEMI, TOK_COLON, TOK_DOT,
    TOK_BAD            /* an octet no token starts with */
};

struct addr_tok {
    enum addr_kind kind;
    size_t start, end;
    enum mxq_mime_comment_status comment;   /* TOK_COMMENT */
};

#define ADDR_TOKEN(k)                                                       \
    do {                                                                    \
        tok.kind = (k);                                                     \
        tok.start = (size_t)(ts - base);                                    \
        tok.end = (size_t)(te - base);                                      \
    } while (0)

%%{
    machine mxq_mime_address_lex;
    alphtype unsigned char;

    wsp = [ \t];
    lb = '\r'? '\n';
    fold = lb wsp;
    ws_plain = wsp+;
    ws_fold = wsp* fold ( wsp | fold )*;

    # RFC 5322 §3.2.3 atext, and RFC 6532's UTF-8 (any octet >= 0x80).
    atext = alnum | [!#$%&'*+\-/=?^_`{|}~] | 0x80..0xff;
    quoted_pair = '\\' fold? ( any - [\r\n] );    # see mime_text.rl
    quoted_string = '"' ( ( any - ["\\\r\n] ) | quoted_pair | fold )* '"';
    domain_literal = '[' ( ( any - [\[\]\\\r\n] ) | quoted_pair | fold )* ']';
    # RFC 2047 §5(3): in a phrase an encoded word stands where an atom
    # does; its text may hold specials that an atom may not.
    encoded_word = '=?' ( any - [?*\r\n \t] )+ ( '*' ( any - [?\r\n \t] )* )?
                   '?' [BbQq] '?' ( any - [?\r\n \t] )* '?=';

    main := |*
        encoded_word => { ADDR_TOKEN(TOK_EW); fbreak; };
        atext+ => { ADDR_TOKEN(TOK_ATOM); fbreak; };
        ws_plain => { ADDR_TOKEN(TOK_WS); fbreak; };
        ws_fold => { ADDR_TOKEN(TOK_FWS); fbreak; };
        lb => { ADDR_TOKEN(TOK_END); fbreak; };
        quoted_string => { ADDR_TOKEN(TOK_QUOTED); fbreak; };
        domain_literal => { ADDR_TOKEN(TOK_LITERAL); fbreak; };
        '(' => { ADDR_TOKEN(TOK_COMMENT); fbreak; };
        '<' => { ADDR_TOKEN(TOK_LT); fbreak; };
        '>' => { ADDR_TOKEN(TOK_GT); fbreak; };
        '@' => { ADDR_TOKEN(TOK_AT); fbreak; };
        ',' => { ADDR_TOKEN(TOK_COMMA); fbreak; };
        ';' => { ADDR_TOKEN(TOK_SEMI); fbreak; };
        ':' => { ADDR_TOKEN(TOK_COLON); fbreak; };
        '.' => { ADDR_TOKEN(TOK_DOT); fbreak; };
        any => { ADDR_TOKEN(TOK_BAD); fbreak; };
    *|;

    write data noerror nofinal noentry;
}%%

/* The token at text[pos..n); a comment is read to its end. */
static struct addr_tok addr_lex(const char *text, size_t n, size_t pos)
{
    const unsigned char *base = (const unsigned char *)text;
    struct addr_tok tok = { TOK_END, n, n, MXQ_MIME_COMMENT_OK };

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
        tok = (struct addr_tok){ TOK_BAD, pos, pos + 1, MXQ_MIME_COMMENT_OK };
    if (tok.kind == TOK_COMMENT)
        tok.comment = mxq_mime_comment_end(text, n, tok.start, &tok.end);
    return tok;
}

static bool is_space(enum addr_kind k)
{
    return k == TOK_WS || k == TOK_FWS;
}

/* ---------------------------------------------------- addr-spec shape */

/* One symbol per token: a atom, e encoded word, q quoted string, l
 * domain literal, s white space or comment, x anything else, and the
 * specials as themselves. */
static char addr_symbol(enum addr_kind k)
{
    switch (k) {
    case TOK_ATOM: return 'a';
    case TOK_EW: return 'e';
    case TOK_QUOTED: return 'q';
    case TOK_LITERAL: return 'l';
    case TOK_WS: case TOK_FWS: case TOK_COMMENT: return 's';
    case TOK_AT: return '@';
    case TOK_DOT: return '.';
    case TOK_COLON: return ':';
    case TOK_COMMA: return ',';
    default: return 'x';
    }
}

%%{
    machine mxq_mime_addr_obsolete;
    alphtype char;

    cfws = 's'*;
    word = 'a' | 'e' | 'q';
    # obs-local-part, with the stray dots real mail has.
    local = '.'* cfws word ( cfws '.'+ cfws word )* ( cfws '.'+ )?;
    domain = 'a' ( cfws '.' cfws 'a' )* | 'l';
    # obs-route = obs-domain-list ":"
    obs_domain_list = ( ',' | 's' )* '@' cfws domain
                      ( cfws ',' cfws ( '@' cfws domain )? )*;
    main := cfws ( obs_domain_list cfws ':' cfws )? local cfws '@' cfws
            domain cfws;

    write data noentry;
}%%

%%{
    machine mxq_mime_addr_plain;
    alphtype char;

    dot_atom = 'a' ( '.' 'a' )*;
    main := ( dot_atom | 'q' ) '@' ( dot_atom | 'l' );

    write data noentry;
}%%

/* Both machines' states: one symbol is fed at a time. */
struct addr_shape {
    int obsolete, plain;
};

static void shape_init(struct addr_shape *s)
{
    int cs;

    %%{
        machine mxq_mime_addr_obsolete;
        write init;
    }%%
    s->obsolete = cs;
    %%{
        machine mxq_mime_addr_plain;
        write init;
    }%%
    s->plain = cs;
}

/* Each exec has its own function: -G2 code owns its labels. A machine
 * that failed stays failed (its exec must not run from the error state:
 * -G2 code would start over). */
static int obsolete_feed(int cs, char symbol)
{
    const char *p = &symbol, *pe = p + 1;

    if (cs == mxq_mime_addr_obsolete_error)
        return cs;
    %%{
        machine mxq_mime_addr_obsolete;
        write exec;
    }%%
    return cs;
}

static int plain_feed(int cs, char symbol)
{
    const char *p = &symbol, *pe = p + 1;

    if (cs == mxq_mime_addr_plain_error)
        return cs;
    %%{
        machine mxq_mime_addr_plain;
        write exec;
    }%%
    return cs;
}

static void shape_feed(struct addr_shape *s, char symbol)
{
    s->obsolete = obsolete_feed(s->obsolete, symbol);
    s->plain = plain_feed(s->plain, symbol);
}

static bool shape_obsolete_ok(const struct addr_shape *s)
{
    return s->obsolete >= mxq_mime_addr_obsolete_first_final;
}

static bool shape_plain_ok(const struct addr_shape *s)
{
    return s->plain >= mxq_mime_addr_plain_first_final;
}

/* ------------------------------------------------------------ members */

/* What one member's tokens showed. */
struct member {
    size_t start, end;             /* first and last token, NONE: none */
    size_t lt, gt;                 /* the angle brackets, NONE: none */
    size_t words_start, words_end; /* words outside the angle brackets */
    size_t pre_start, pre_end;     /* ... and before '<' */
    bool comments;
    bool bad;
    bool too_deep;
    enum addr_kind stop;           /* TOK_COMMA, TOK_SEMI, TOK_COLON or
                                      TOK_END */
    size_t stop_at, resume;        /* the stop token's start and end */
};

static void span(size_t *from, size_t *to, const struct addr_tok *t)
{
    if (*from == NONE)
        *from = t->start;
    *to = t->end;
}

/* Reads tokens from pos to the member's end. */
static void scan_member(const char *p, size_t n, size_t pos, struct member *m)
{
    bool in_angle = false;

    *m = (struct member){ NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
                          false, false, false, TOK_END, n, n };
    for (;;) {
        struct addr_tok t = addr_lex(p, n, pos);

        pos = t.end;
        if (t.kind == TOK_END) {
            m->bad |= in_angle;
            m->stop_at = m->resume = t.start;
            return;
        }
        if (is_space(t.kind))
            continue;
        if (!in_angle && (t.kind == TOK_COMMA || t.kind == TOK_SEMI ||
                          t.kind == TOK_COLON)) {
            m->stop = t.kind;
            m->stop_at = t.start;
            m->resume = t.end;
            return;
        }
        span(&m->start, &m->end, &t);
        switch (t.kind) {
        case TOK_COMMENT:
            m->comments = true;
            if (t.comment == MXQ_MIME_COMMENT_TOO_DEEP) {
                m->too_deep = true;
                m->stop_at = m->resume = t.end;
                return;
            }
            m->bad |= t.comment != MXQ_MIME_COMMENT_OK;
            break;
        case TOK_LT:
            m->bad |= in_angle || m->lt != NONE;
            m->lt = t.start;
            in_angle = true;
            break;
        case TOK_GT:
            m->bad |= !in_angle;
            m->gt = t.start;
            in_angle = false;
            break;
        case TOK_BAD:
            m->bad = true;
            break;
        default:
            if (in_angle)
                break;
            span(&m->words_start, &m->words_end, &t);
            if (m->lt == NONE)
                span(&m->pre_start, &m->pre_end, &t);
            break;
        }
    }
}

static struct mxq_slice slice(const char *p, size_t from, size_t to)
{
    if (from == NONE || to < from)
        return (struct mxq_slice){ p, 0 };
    return (struct mxq_slice){ p + from, to - from };
}

/* Where the address p[from..to) has its parts. */
struct address_parts {
    size_t first, last;            /* its first word's start, last's end */
    size_t at;                     /* the last '@' */
    size_t colon;                  /* a ':' after a leading '@': the route */
    size_t local_end, domain_start;
    bool leading_at;
};

static void address_parts(const char *p, size_t from, size_t to,
                          struct mxq_mime_address *out)
{
    struct address_parts a = { NONE, NONE, NONE, NONE, NONE, NONE, false };
    struct addr_shape shape;
    size_t last_word_end = NONE;

    /* the address is its words: CFWS at its ends is left out */
    for (size_t i = from; i < to;) {
        struct addr_tok t = addr_lex(p, to, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        if (is_space(t.kind) || t.kind == TOK_COMMENT)
            continue;
        if (a.first == NONE)
            a.first = t.start;
        a.last = t.end;
    }
    if (a.first == NONE)
        return;
    out->address = slice(p, a.first, a.last);

    shape_init(&shape);
    for (size_t i = a.first; i < a.last;) {
        struct addr_tok t = addr_lex(p, a.last, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        shape_feed(&shape, addr_symbol(t.kind));
        if (t.kind == TOK_AT) {
            if (t.start == a.first)
                a.leading_at = true;
            a.at = t.start;
            a.local_end = last_word_end;
            a.domain_start = NONE;
        } else if (t.kind == TOK_COLON && a.leading_at && a.colon == NONE) {
            a.colon = t.start;
        } else if (!is_space(t.kind) && t.kind != TOK_COMMENT) {
            last_word_end = t.end;
            if (a.at != NONE && a.domain_start == NONE)
                a.domain_start = t.start;
        }
    }
    if (!shape_obsolete_ok(&shape))
        return;
    out->flags |= MXQ_MIME_ADDR_SPEC;
    size_t spec_start = a.first;
    if (a.colon != NONE) {
        out->flags |= MXQ_MIME_ADDR_ROUTE;
        out->route = slice(p, a.first, a.colon);
        /* the local part's first word comes after the ':' */
        for (size_t i = a.colon + 1; i < a.last;) {
            struct addr_tok t = addr_lex(p, a.last, i);
            i = t.end;
            if (!is_space(t.kind) && t.kind != TOK_COMMENT) {
                spec_start = t.start;
                break;
            }
        }
    } else if (shape_plain_ok(&shape)) {
        out->flags |= MXQ_MIME_ADDR_PLAIN;
    }
    out->addr_spec = slice(p, spec_start, a.last);
    out->local = slice(p, spec_start, a.local_end);
    out->domain = slice(p, a.domain_start, a.last);
}

static void fill_mailbox(const char *p, const struct member *m,
                         const struct mxq_mime_address_cursor *c,
                         struct mxq_mime_address *out)
{
    out->kind = MXQ_MIME_ADDR_MAILBOX;
    out->whole = slice(p, m->start, m->end);
    if (m->comments)
        out->flags |= MXQ_MIME_ADDR_COMMENTS;
    if (c->in_group)
        out->group = c->group;
    if (m->lt != NONE) {
        out->flags |= MXQ_MIME_ADDR_ANGLE;
        if (m->pre_start != NONE)
            out->display_name = slice(p, m->pre_start, m->pre_end);
        else
            out->display_name = slice(p, m->words_start, m->words_end);
        /* a broken member may have no '>' after its '<' */
        size_t to = m->gt != NONE && m->gt > m->lt ? m->gt : m->end;
        address_parts(p, m->lt + 1, to, out);
    } else {
        address_parts(p, m->start, m->end, out);
    }
}

enum mxq_mime_addr_status
mxq_mime_address_next(const char *p, size_t n,
                      struct mxq_mime_address_cursor *c,
                      struct mxq_mime_address *out)
{
    struct member m;

    for (;;) {
        *out = (struct mxq_mime_address){ 0 };
        out->whole = out->display_name = out->address = out->route =
            out->addr_spec = out->local = out->domain = out->group =
                (struct mxq_slice){ p + (c->pos < n ? c->pos : n), 0 };
        scan_member(p, n, c->pos, &m);
        bool empty = m.start == NONE;

        if (m.too_deep) {
            c->pos = m.resume;
            return MXQ_MIME_ADDR_TOO_DEEP;
        }
        if (m.stop == TOK_COLON) {
            c->pos = m.resume;
            if (m.bad || c->in_group || m.lt != NONE)
                return MXQ_MIME_ADDR_SYNTAX;
            out->kind = MXQ_MIME_ADDR_GROUP_START;
            out->whole = slice(p, m.start, m.end);
            out->display_name = out->group =
                slice(p, m.words_start, m.words_end);
            if (m.comments)
                out->flags |= MXQ_MIME_ADDR_COMMENTS;
            c->in_group = true;
            c->group = out->group;
            return MXQ_MIME_ADDR_ITEM;
        }
        if (empty && (m.stop == TOK_SEMI || m.stop == TOK_END)) {
            if (!c->in_group) {
                c->pos = m.resume;
                return m.stop == TOK_END ? MXQ_MIME_ADDR_END
                                         : MXQ_MIME_ADDR_SYNTAX;
            }
            /* a group's ';', or a field that ends inside a group */
            c->pos = m.resume;
            c->in_group = false;
            out->kind = MXQ_MIME_ADDR_GROUP_END;
            out->group = c->group;
            return MXQ_MIME_ADDR_ITEM;
        }
        if (empty) {
            c->pos = m.resume;             /* a null member: "a@b,,c@d" */
            continue;
        }
        /* a ';' is read again next time: it ends the group */
        c->pos = m.stop == TOK_SEMI ? m.stop_at : m.resume;
        fill_mailbox(p, &m, c, out);
        return m.bad ? MXQ_MIME_ADDR_SYNTAX : MXQ_MIME_ADDR_ITEM;
    }
}

/* --------------------------------------------------------------- names */

enum name_piece { NAME_NONE, NAME_WORD, NAME_EW };

/* Writes a phrase's words with what separates them: white space within
 * a line as written, a fold or a comment as one space, nothing between
 * two encoded words (RFC 2047 §6.2). */
struct name_writer {
    struct mxq_mime_text *out;
    enum name_piece last;
    const char *ws;                   /* the pending separator, or NULL */
    size_t ws_n;
};

static void name_gap(struct name_writer *w, const char *ws, size_t n)
{
    if (w->ws != NULL || ws == NULL) {
        w->ws = " ";
        w->ws_n = 1;
    } else {
        w->ws = ws;
        w->ws_n = n;
    }
}

static void name_separate(struct name_writer *w, enum name_piece next)
{
    if (w->last != NAME_NONE && w->ws != NULL &&
        !(w->last == NAME_EW && next == NAME_EW))
        mxq_mime_text_put(w->out, w->ws, w->ws_n);
    w->ws = NULL;
    w->last = next;
}

/* A quoted string holding encoded words (not RFC 2047, but common) is an
 * encoded word to its neighbours. */
static bool quoted_encoded(const char *s, size_t n)
{
    return n >= 4 && s[0] == '=' && s[1] == '?' && s[n - 2] == '?' &&
           s[n - 1] == '=';
}

static void name_word(struct name_writer *w, const char *p,
                      const struct addr_tok *t)
{
    const char *s = p + t->start;
    size_t n = t->end - t->start;

    switch (t->kind) {
    case TOK_EW:
        name_separate(w, NAME_EW);
        mxq_mime_text_decode(s, n, MXQ_MIME_TEXT_UNSTRUCTURED, w->out);
        break;
    case TOK_QUOTED:
        name_separate(w, quoted_encoded(s + 1, n - 2) ? NAME_EW : NAME_WORD);
        mxq_mime_text_decode(s + 1, n - 2, MXQ_MIME_TEXT_QUOTED, w->out);
        break;
    default:
        name_separate(w, NAME_WORD);
        mxq_mime_text_put(w->out, s, n);
        break;
    }
}

/* The phrase: every word outside the angle brackets. */
static void write_phrase(const char *p, size_t n, struct mxq_mime_text *out)
{
    struct name_writer w = { out, NAME_NONE, NULL, 0 };
    bool in_angle = false;

    for (size_t i = 0; i < n;) {
        struct addr_tok t = addr_lex(p, n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        switch (t.kind) {
        case TOK_LT:
            in_angle = true;
            break;
        case TOK_GT:
            in_angle = false;
            name_gap(&w, NULL, 0);
            break;
        case TOK_WS:
            if (!in_angle)
                name_gap(&w, p + t.start, t.end - t.start);
            break;
        case TOK_FWS:
        case TOK_COMMENT:
            if (!in_angle)
                name_gap(&w, NULL, 0);
            break;
        default:
            if (!in_angle)
                name_word(&w, p, &t);
            break;
        }
    }
}

/* Every comment, decoded, one space between them; `open` before the
 * first. Returns whether one was written. */
static bool write_comments(const char *p, size_t n, const char *open,
                           struct mxq_mime_text *out)
{
    bool any = false;

    for (size_t i = 0; i < n;) {
        struct addr_tok t = addr_lex(p, n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        if (t.kind != TOK_COMMENT || t.comment != MXQ_MIME_COMMENT_OK)
            continue;
        size_t mark = out->len;
        bool truncated = out->truncated;
        const char *sep = any ? " " : open;
        mxq_mime_text_put(out, sep, strlen(sep));
        size_t text = out->len;
        mxq_mime_text_decode(p + t.start + 1, t.end - t.start - 2,
                             MXQ_MIME_TEXT_COMMENT, out);
        if (out->len == text && !out->truncated) {
            out->len = mark;              /* "()" says nothing */
            out->truncated = truncated;
            continue;
        }
        any = true;
    }
    return any;
}

bool mxq_mime_address_name(const struct mxq_mime_address *a,
                           struct mxq_mime_text *out)
{
    size_t mark = out->len;

    if (a->kind == MXQ_MIME_ADDR_GROUP_END)
        return false;
    /* without angle brackets the words are the address */
    if (a->kind == MXQ_MIME_ADDR_GROUP_START ||
        (a->flags & MXQ_MIME_ADDR_ANGLE))
        write_phrase(a->whole.p, a->whole.n, out);
    bool phrase = out->len > mark;
    if (write_comments(a->whole.p, a->whole.n, phrase ? " (" : "", out) &&
        phrase)
        mxq_mime_text_put(out, ")", 1);
    return out->len > mark;
}

void mxq_mime_address_text(struct mxq_slice s, struct mxq_mime_text *out)
{
    const char *ws = NULL;
    size_t ws_n = 0;
    bool line_start = true;           /* after a fold or a comment */

    for (size_t i = 0; i < s.n;) {
        struct addr_tok t = addr_lex(s.p, s.n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        switch (t.kind) {
        case TOK_WS:
            if (!line_start) {
                ws = s.p + t.start;
                ws_n = t.end - t.start;
            }
            break;
        case TOK_FWS:
        case TOK_COMMENT:
            ws = NULL;
            line_start = true;
            break;
        default:
            if (ws != NULL)
                mxq_mime_text_put(out, ws, ws_n);
            ws = NULL;
            line_start = false;
            mxq_mime_text_put(out, s.p + t.start, t.end - t.start);
            break;
        }
    }
}
