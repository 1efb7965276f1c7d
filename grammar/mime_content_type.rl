/*
 * Content-Type, Content-Disposition and Content-Transfer-Encoding field
 * bodies. See mime_content_type.h for the contract and the leniency.
 *
 * content   = CFWS type [CFWS "/" CFWS [subtype]] params
 * params    = *( sep / param ), sep = ";" / CFWS
 * param     = name [CFWS] "=" [CFWS] ( token-ish / quoted-string )
 * name      = attribute [ "*" section ] [ "*" ]      (RFC 2231 §3, §4)
 *
 * Comments nest, which a finite machine cannot count: every machine that
 * reads CFWS calls the one `comment` machine (fcall), which keeps the
 * depth in a counter and returns when it is back to zero. Inside a body's
 * extent every LF is a fold (the extent stops at the first one that is
 * not), so a line break is just a blank here.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "mime_content_type.h"

/* Digits an RFC 2231 section number may have (fits an unsigned long). */
#define SECTION_DIGITS_MAX 9

%%{
    machine mxq_mime_common;
    alphtype unsigned char;

    blank = [ \t\r\n];

    action deeper {
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            fbreak;
        }
    }
    action shallower {
        if (--depth == 0)
            fret;
    }
    action comment {
        depth = 1;
        fcall comment;
    }

    comment := (
        start: (
              '(' @deeper -> start
            | ')' @shallower -> start
            | '\\' -> pair
            | (any - [()\\]) -> start
        ),
        pair: ( any -> start )
    );
}%%

/* ------------------------------------------------------------- extent */

%%{
    machine mxq_mime_extent;
    alphtype unsigned char;

    action mark { mark = p; }
    action line_end { after_break = true; }
    action folded { after_break = false; }
    action stop { fbreak; }

    # mark: where the last line break began (its CR, or a bare LF)
    main := (
        start: (
              '\r' @mark -> cr
            | '\n' @mark @line_end -> lf
            | (any - [\r\n]) -> start
        ),
        cr: (
              '\n' @line_end -> lf
            | '\r' @mark -> cr
            | (any - [\r\n]) -> start
        ),
        lf: (
              [ \t] @folded -> start
            | '\r' @stop -> start
            | '\n' @stop -> start
            | (any - [ \t\r\n]) @stop -> start
        )
    );

    write data noerror nofinal;
}%%

size_t mxq_mime_field_extent(const char *data, size_t n)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n, *mark = pe;
    bool after_break = false;
    int cs;

    %% write init;
    %% write exec;
    return after_break ? (size_t)(mark - start) : n;
}

/* ----------------------------------------------------- type, subtype */

%%{
    machine mxq_content_type;
    include mxq_mime_common;

    type_char = any - blank - [/;(];
    sub_char = any - blank - [;(];

    action type_start { type_b = p; open = OPEN_TYPE; }
    action type_end { type_e = p; open = OPEN_NONE; }
    action sub_start { sub_b = p; open = OPEN_SUBTYPE; }
    action sub_end { sub_e = p; open = OPEN_NONE; }
    action params_at { params = p; fbreak; }

    main := (
        start: (
              blank -> start
            | '(' @comment -> start
            | type_char @type_start -> type
        ),
        type: (
              type_char -> type
            | blank @type_end -> after_type
            | '(' @type_end @comment -> after_type
            | '/' @type_end -> slash
            | ';' @type_end @params_at -> final
        ),
        after_type: (
              blank -> after_type
            | '(' @comment -> after_type
            | '/' -> slash
            | (';' | type_char) @params_at -> final
        ),
        slash: (
              blank -> slash
            | '(' @comment -> slash
            | ';' @params_at -> final
            | sub_char @sub_start -> sub
        ),
        sub: (
              sub_char -> sub
            | (blank | '(' | ';') @sub_end @params_at -> final
        )
    );

    write data;
}%%

enum open_item { OPEN_NONE, OPEN_TYPE, OPEN_SUBTYPE };

bool mxq_content_type_parse(const char *data, size_t n,
                            struct mxq_content_type *out)
{
    const unsigned char *start = (const unsigned char *)data;
    size_t end = mxq_mime_field_extent(data, n);
    const unsigned char *p = start, *pe = start + end;
    const unsigned char *type_b = NULL, *type_e = NULL;
    const unsigned char *sub_b = NULL, *sub_e = NULL, *params = NULL;
    enum open_item open = OPEN_NONE;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    %% write init;
    %% write exec;
    (void)mxq_content_type_en_main;
    if (too_deep || cs == mxq_content_type_error || type_b == NULL)
        return false;
    if (open == OPEN_TYPE)
        type_e = pe;
    else if (open == OPEN_SUBTYPE)
        sub_e = pe;
    *out = (struct mxq_content_type){
        .type = {(const char *)type_b, (size_t)(type_e - type_b)},
        .params = params != NULL ? (size_t)(params - start) : end,
        .end = end,
    };
    if (sub_b != NULL)
        out->subtype = (struct mxq_slice){(const char *)sub_b,
                                          (size_t)(sub_e - sub_b)};
    return true;
}

/* ---------------------------------------------------------- parameters */

/* Splits a parameter name into attribute and RFC 2231 suffix. False when
 * it is not attribute [ "*" section ] [ "*" ]. */
%%{
    machine mxq_mime_param_name;
    alphtype unsigned char;

    action star { base_len = (size_t)(p - start); has_suffix = true; }
    action digit {
        if (++digits > SECTION_DIGITS_MAX)
            fbreak;
        section = section * 10 + (unsigned long)(*p - '0');
    }
    action extended { extended = true; }

    main := (any - '*')+ ( '*' >star ( digit+ $digit ( '*' @extended )? )? )?;

    write data noerror;
}%%

static bool split_name(struct mxq_mime_param *prm)
{
    const unsigned char *start = (const unsigned char *)prm->name.p;
    const unsigned char *p = start, *pe = start + prm->name.n;
    size_t base_len = prm->name.n;
    unsigned digits = 0;
    unsigned long section = 0;
    bool has_suffix = false, extended = false;
    int cs;

    %% write init;
    %% write exec;
    if (cs < mxq_mime_param_name_first_final || p != pe ||
        digits > SECTION_DIGITS_MAX)
        return false;
    prm->name.n = base_len;
    prm->sectioned = digits > 0;
    prm->section = section;
    /* "name*" is extended; "name*N" only with its own final '*' */
    prm->extended = has_suffix && (digits == 0 || extended);
    return true;
}

/* A parameter is kept when it has a name and a value (a quoted one may be
 * empty) and its name reads as RFC 2231 says. */
static bool take_param(const unsigned char *name_b, const unsigned char *name_e,
                       const unsigned char *val_b, const unsigned char *val_e,
                       bool quoted, struct mxq_mime_param *out)
{
    if (name_e == name_b || (!quoted && val_e == val_b))
        return false;
    *out = (struct mxq_mime_param){
        .name = {(const char *)name_b, (size_t)(name_e - name_b)},
        .value = {(const char *)val_b, (size_t)(val_e - val_b)},
        .quoted = quoted,
    };
    return split_name(out);
}

%%{
    machine mxq_mime_params;
    include mxq_mime_common;

    name_char = any - blank - [;=("];
    value_char = any - blank - [;(];

    action name_start { name_b = p; name_e = p; }
    action name_end { name_e = p; }
    action no_name { name_b = p; name_e = p; }
    action token_start { val_b = p; open = OPEN_TOKEN; }
    action quoted_start { val_b = p + 1; open = OPEN_QUOTED; }
    # The terminator is read again from the start state, or by the next call.
    action token_end {
        open = OPEN_NO_VALUE;
        fhold;
        if (take_param(name_b, name_e, val_b, p + 1, false, out)) {
            found = true;
            fbreak;
        }
    }
    action quoted_end {
        open = OPEN_NO_VALUE;
        if (take_param(name_b, name_e, val_b, p, true, out)) {
            found = true;
            fbreak;
        }
    }

    main := (
        start: (
              (blank | ';') -> start
            | '(' @comment -> start
            | '=' @no_name -> before_value
            | '"' @no_name @quoted_start -> quoted
            | name_char @name_start -> name
        ),
        name: (
              (name_char | '"') -> name
            | blank @name_end -> after_name
            | '(' @name_end @comment -> after_name
            | '=' @name_end -> before_value
            | ';' -> start
        ),
        after_name: (
              blank -> after_name
            | '(' @comment -> after_name
            | '=' -> before_value
            | ';' -> start
            | '"' @no_name @quoted_start -> quoted
            | name_char @name_start -> name
        ),
        before_value: (
              blank -> before_value
            | '(' @comment -> before_value
            | ';' -> start
            | '"' @quoted_start -> quoted
            | (value_char - '"') @token_start -> token
        ),
        token: (
              value_char -> token
            | (blank | ';' | '(') @token_end -> start
        ),
        quoted: (
              (any - ["\\]) -> quoted
            | '\\' -> quoted_pair
            | '"' @quoted_end -> start
        ),
        quoted_pair: ( any -> quoted )
    );

    write data noerror nofinal;
}%%

enum open_value { OPEN_NO_VALUE, OPEN_TOKEN, OPEN_QUOTED };

bool mxq_mime_param_next(const char *data, size_t n, size_t *pos,
                         struct mxq_mime_param *out)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start + *pos, *pe = start + n;
    const unsigned char *name_b = p, *name_e = p, *val_b = p;
    enum open_value open = OPEN_NO_VALUE;
    unsigned depth = 0;
    bool too_deep = false, found = false;
    int cs, top = 0, stack[1];

    if (*pos >= n)
        return false;
    %% write init;
    %% write exec;
    (void)mxq_mime_params_en_main;
    if (too_deep) {
        *pos = n;
        return false;
    }
    /* A value the body's end closed (a quoted-string left open too). */
    if (!found && open != OPEN_NO_VALUE)
        found = take_param(name_b, name_e, val_b, pe, open == OPEN_QUOTED,
                           out);
    *pos = (size_t)(p - start);
    if (!found)
        *pos = n;
    return found;
}

/* ------------------------------------------------------------ decoding */

struct decoder {
    char *buf;
    size_t size, len;
    bool overflow;
};

static void put(struct decoder *d, unsigned char c)
{
    if (d->len < d->size)
        d->buf[d->len++] = (char)c;
    else
        d->overflow = true;
}

/* A quoted-string's content: quoted-pairs unescaped, folds removed. */
%%{
    machine mxq_mime_unquote;
    alphtype unsigned char;

    action copy { put(d, *p); }

    main := ( '\\' any @copy | [\r\n] | (any - [\\\r\n]) @copy )*;

    write data noerror nofinal;
}%%

static void unquote(struct decoder *d, const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data, *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    (void)mxq_mime_unquote_en_main;
}

static unsigned hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    return (unsigned)((c | 0x20) - 'a' + 10);
}

/* %XX decoding in place over buf[from..len): what it writes never passes
 * what it reads. A '%' without two hex digits stands for itself. */
%%{
    machine mxq_mime_percent;
    alphtype unsigned char;

    main := |*
        '%' xdigit xdigit => {
            *w++ = (unsigned char)(hex_value(ts[1]) << 4 | hex_value(ts[2]));
        };
        any => { *w++ = *ts; };
    *|;

    write data noerror nofinal;
}%%

static void percent_decode(struct decoder *d, size_t from)
{
    if (d->len == from)
        return;                    /* nothing written (buf may be NULL) */
    unsigned char *base = (unsigned char *)d->buf;
    const unsigned char *p = base + from, *pe = base + d->len, *eof = pe;
    const unsigned char *ts, *te;
    unsigned char *w = base + from;
    int cs, act;

    %% write init;
    %% write exec;
    (void)mxq_mime_percent_en_main;
    (void)act;
    (void)te;
    d->len = (size_t)(w - base);
}

/* Where the quotes of charset'language'value lie. */
%%{
    machine mxq_mime_ext_prefix;
    alphtype unsigned char;

    action q1 { *first = (size_t)(p - start); }
    action q2 { *second = (size_t)(p - start); fbreak; }

    main := [^']* '\'' @q1 [^']* '\'' @q2;

    write data noerror nofinal;
}%%

static void ext_quotes(const char *data, size_t n, size_t *first,
                       size_t *second)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n;
    int cs;

    *first = *second = n;
    %% write init;
    %% write exec;
    (void)mxq_mime_ext_prefix_en_main;
}

static bool same_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x | 0x20);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y | 0x20);
        if (x != y)
            return false;
    }
    return true;
}

/* Appends one parameter's (or section's) value. The first extended one
 * gives charset and language; a later extended section that repeats
 * "charset'" has it dropped (mail-parser does, and senders write it). */
static void append_value(struct decoder *d, const struct mxq_mime_param *prm,
                         struct mxq_mime_param_value *info, bool first)
{
    const char *v = prm->value.p;
    size_t vn = prm->value.n, from = d->len;

    if (prm->extended) {
        size_t q1, q2;
        ext_quotes(v, vn, &q1, &q2);
        if (first && q2 < vn) {
            info->charset = (struct mxq_slice){v, q1};
            info->language = (struct mxq_slice){v + q1 + 1, q2 - q1 - 1};
            v += q2 + 1;
            vn -= q2 + 1;
        } else if (!first && q1 < vn && info->charset.n > 0 &&
                   same_ci(v, q1, info->charset.p, info->charset.n)) {
            v += q1 + 1;
            vn -= q1 + 1;
        }
    }
    if (vn == 0)
        return;
    if (prm->quoted) {
        unquote(d, v, vn);
    } else {
        for (size_t i = 0; i < vn; i++)
            put(d, (unsigned char)v[i]);
    }
    if (prm->extended)
        percent_decode(d, from);
}

/* Charsets whose octets can be made UTF-8 here. */
%%{
    machine mxq_mime_charset;
    alphtype unsigned char;

    action latin1 { kind = CHARSET_LATIN1; }
    action ascii { kind = CHARSET_UTF8; }

    main := ( 'iso-8859-1'i | 'iso8859-1'i | 'iso_8859-1'i | 'latin1'i
            | 'latin-1'i | 'l1'i | 'iso-ir-100'i | 'cp819'i
            | 'iso_8859-1:1987'i ) @latin1
          | ( 'us-ascii'i | 'ascii'i | 'utf-8'i | 'utf8'i ) @ascii;

    write data noerror;
}%%

enum charset_kind { CHARSET_OTHER, CHARSET_LATIN1, CHARSET_UTF8 };

static enum charset_kind charset_kind(struct mxq_slice charset)
{
    if (charset.n == 0)
        return CHARSET_UTF8;       /* no RFC 2231 charset: as written */

    const unsigned char *p = (const unsigned char *)charset.p;
    const unsigned char *pe = p + charset.n;
    enum charset_kind kind = CHARSET_OTHER;
    int cs;
    %% write init;
    %% write exec;
    (void)mxq_mime_charset_en_main;
    return cs >= mxq_mime_charset_first_final ? kind : CHARSET_OTHER;
}

/* ISO-8859-1 to UTF-8 in place, from the end: an octet >= 0x80 becomes
 * two. What does not fit is cut at a character. */
static void latin1_to_utf8(struct decoder *d)
{
    size_t high = 0, len = d->len;
    for (size_t i = 0; i < len; i++)
        high += ((unsigned char)d->buf[i] >= 0x80);
    while (len + high > d->size) {
        d->overflow = true;
        len--;
        high -= ((unsigned char)d->buf[len] >= 0x80);
    }
    size_t w = len + high;
    d->len = w;
    while (len > 0) {
        unsigned char c = (unsigned char)d->buf[--len];
        if (c >= 0x80) {
            d->buf[--w] = (char)(0x80 | (c & 0x3f));
            d->buf[--w] = (char)(0xc0 | (c >> 6));
        } else {
            d->buf[--w] = (char)c;
        }
    }
}

static bool name_is(struct mxq_slice s, const char *name)
{
    return same_ci(s.p, s.n, name, strlen(name));
}

/* The section of `name` with the smallest number above `after` (any
 * number when `any` is true). */
static bool next_section(const char *p, size_t n, size_t params,
                         const char *name, bool any, unsigned long after,
                         struct mxq_mime_param *best)
{
    struct mxq_mime_param prm;
    size_t pos = params;
    bool found = false;

    while (mxq_mime_param_next(p, n, &pos, &prm)) {
        if (!prm.sectioned || !name_is(prm.name, name))
            continue;
        if (!any && prm.section <= after)
            continue;
        if (!found || prm.section < best->section) {
            *best = prm;
            found = true;
        }
    }
    return found;
}

enum mxq_mime_param_status mxq_mime_param_get(const char *p, size_t n,
                                              size_t params,
                                              const char *name,
                                              unsigned flags, char *buf,
                                              size_t bufsize,
                                              struct mxq_mime_param_value *out)
{
    struct mxq_mime_param prm, star = {0}, plain = {0};
    struct decoder d = {buf, bufsize, 0, false};
    bool have_star = false, have_plain = false, have_sections = false;
    size_t pos = params;

    *out = (struct mxq_mime_param_value){0};
    while (mxq_mime_param_next(p, n, &pos, &prm)) {
        if (!name_is(prm.name, name))
            continue;
        if (prm.sectioned) {
            have_sections = true;
        } else if (prm.extended && !have_star) {
            star = prm;
            have_star = true;
        } else if (!prm.extended && !have_plain) {
            plain = prm;
            have_plain = true;
        }
    }
    if (have_star) {
        append_value(&d, &star, out, true);
    } else if (have_sections) {
        unsigned long last = 0;
        for (unsigned i = 0; i < MXQ_MIME_PARAM_SECTIONS_MAX; i++) {
            if (!next_section(p, n, params, name, i == 0, last, &prm))
                break;
            append_value(&d, &prm, out, i == 0);
            last = prm.section;
        }
    } else if (have_plain) {
        append_value(&d, &plain, out, true);
    } else {
        return MXQ_MIME_PARAM_ABSENT;
    }
    if (flags & MXQ_MIME_PARAM_TO_UTF8) {
        enum charset_kind kind = charset_kind(out->charset);
        if (kind == CHARSET_LATIN1)
            latin1_to_utf8(&d);
        out->utf8 = kind != CHARSET_OTHER;
    }
    out->len = d.len;
    return d.overflow ? MXQ_MIME_PARAM_TOO_LONG : MXQ_MIME_PARAM_FOUND;
}

enum mxq_mime_param_status mxq_content_type_param(const char *p, size_t n,
                                                  const char *name,
                                                  char *buf, size_t bufsize,
                                                  size_t *len)
{
    struct mxq_content_type ct;
    struct mxq_mime_param_value v;

    *len = 0;
    if (!mxq_content_type_parse(p, n, &ct))
        return MXQ_MIME_PARAM_SYNTAX;
    enum mxq_mime_param_status st =
        mxq_mime_param_get(p, ct.end, ct.params, name, 0, buf, bufsize, &v);
    *len = v.len;
    return st;
}

/* ------------------------------------------- Content-Transfer-Encoding */

%%{
    machine mxq_cte_name;
    alphtype unsigned char;

    main := '7bit'i @{ kind = MXQ_CTE_7BIT; }
          | '8bit'i @{ kind = MXQ_CTE_8BIT; }
          | 'binary'i @{ kind = MXQ_CTE_BINARY; }
          | 'quoted-printable'i @{ kind = MXQ_CTE_QUOTED_PRINTABLE; }
          | 'base64'i @{ kind = MXQ_CTE_BASE64; }
          | 'x-'i any+ >{ kind = MXQ_CTE_X_TOKEN; };

    write data noerror;
}%%

static enum mxq_transfer_encoding cte_kind(const unsigned char *p,
                                           const unsigned char *pe)
{
    enum mxq_transfer_encoding kind = MXQ_CTE_OTHER;
    int cs;

    %% write init;
    %% write exec;
    (void)mxq_cte_name_en_main;
    return cs >= mxq_cte_name_first_final ? kind : MXQ_CTE_OTHER;
}

%%{
    machine mxq_cte;
    include mxq_mime_common;
    write data nofinal;

    token_char = any - blank - [()];

    action tok_start { tok_b = p; in_token = true; }
    action tok_end { tok_e = p; in_token = false; }

    main := (
        start: (
              blank -> start
            | '(' @comment -> start
            | token_char @tok_start -> tok
        ),
        tok: (
              token_char -> tok
            | blank @tok_end -> trail
            | '(' @tok_end @comment -> trail
        ),
        trail: (
              blank -> trail
            | '(' @comment -> trail
        )
    );

}%%

enum mxq_transfer_encoding mxq_content_transfer_encoding(const char *data,
                                                         size_t n,
                                                         struct mxq_slice *token)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + mxq_mime_field_extent(data, n);
    const unsigned char *tok_b = NULL, *tok_e = NULL;
    unsigned depth = 0;
    bool too_deep = false, in_token = false;
    int cs, top = 0, stack[1];

    %% write init;
    %% write exec;
    (void)mxq_cte_en_main;
    if (too_deep || cs == mxq_cte_error || p != pe || tok_b == NULL || depth > 0)
        return MXQ_CTE_INVALID;
    if (in_token)
        tok_e = pe;
    if (token != NULL)
        *token = (struct mxq_slice){(const char *)tok_b,
                                    (size_t)(tok_e - tok_b)};
    return cte_kind(tok_b, tok_e);
}
