/*
 * MIME bodies: delimiter lines and the two transfer encodings. See
 * mime_body.h for the contract.
 */
#include <string.h>

#include "mime_body.h"

typedef const unsigned char *uptr;

/* ------------------------------------------------------------ delimiters */

%%{
    machine mime_delimiter_tail;
    alphtype unsigned char;

    # What follows "--" boundary on a delimiter line (RFC 2046 §5.1.1:
    # the closing "--", then transport padding, then the line break).
    main := ( '--' @{ closing_flag = true; } )? [ \t]*
            ( '\r'? '\n' @{ line_end = p + 1; fbreak; } )?;

    write data noerror noentry;
}%%

/* Is the line at q[0..pe) the rest of a delimiter line? */
static bool delimiter_tail(uptr q, uptr pe, bool *closing, uptr *next)
{
    uptr p = q, line_end = NULL;
    bool closing_flag = false;
    int cs;

    %% write init;
    %% write exec;
    if (line_end != NULL) {
        *next = line_end;
    } else if (p == pe && cs >= mime_delimiter_tail_first_final) {
        /* the body ends on the delimiter line: no line break needed */
        *next = pe;
    } else {
        return false;
    }
    *closing = closing_flag;
    return true;
}

struct delimiter_search {
    uptr start, from, end;
    const char *boundary;
    size_t boundary_len;
    struct mxq_mime_delimiter *out;
};

/* Does a delimiter line start at `line`? Fills out when it does. */
static bool delimiter_at(const struct delimiter_search *s, uptr line)
{
    size_t left = (size_t)(s->end - line);
    uptr next;
    bool closing;

    if (left < 2 + s->boundary_len || line[0] != '-' || line[1] != '-' ||
        memcmp(line + 2, s->boundary, s->boundary_len) != 0 ||
        !delimiter_tail(line + 2 + s->boundary_len, s->end, &closing, &next))
        return false;
    /* the line break before it belongs to the delimiter */
    uptr body_end = line;
    if (body_end > s->from && body_end[-1] == '\n')
        body_end--;
    if (body_end > s->from && body_end[-1] == '\r')
        body_end--;
    s->out->body_end = (size_t)(body_end - s->start);
    s->out->next = (size_t)(next - s->start);
    s->out->closing = closing;
    return true;
}

%%{
    machine mime_lines;
    alphtype unsigned char;

    # Every line start after the first is a candidate.
    action line_end {
        if (p + 1 < pe && delimiter_at(&s, p + 1)) {
            found = true;
            fbreak;
        }
    }
    main := ( (any - '\n')* '\n' @line_end )*;

    write data noerror nofinal noentry;
}%%

bool mxq_mime_find_delimiter(const char *text, size_t n, size_t from,
                             const char *boundary, size_t boundary_len,
                             struct mxq_mime_delimiter *out)
{
    uptr start = (uptr)text;
    struct delimiter_search s = {start, start + from, start + n, boundary,
                                 boundary_len, out};
    bool found = false;

    if (from > n || boundary_len == 0 ||
        boundary_len > MXQ_MIME_BOUNDARY_MAX)
        return false;
    if (delimiter_at(&s, start + from))
        return true;

    uptr p = start + from, pe = start + n;
    int cs;
    %% write init;
    %% write exec;
    return found;
}

/* ------------------------------------------------------ quoted-printable */

static unsigned hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    return (unsigned)((c | 0x20) - 'a' + 10);
}

%%{
    machine mime_qp;
    alphtype unsigned char;

    # `hold`: where blanks at the end of a line began (they go at a hard
    # line break, RFC 2045 §6.7 rule 3); `soft`: where an "=" began that
    # may turn out to be a soft line break (then it and its padding go).
    # `pending` says what is left unfinished if the data ends here.
    action text { hold = NONE; out[used++] = (char)fc; pending = P_NONE; }
    action blank {
        if (hold == NONE)
            hold = used;
        out[used++] = (char)fc;
        pending = P_NONE;
    }
    action hard_break {
        if (hold != NONE)
            used = hold;
        hold = NONE;
        if (pending == P_CR)
            out[used++] = '\r';
        out[used++] = '\n';
        pending = P_NONE;
    }
    action bare_cr { hold = NONE; out[used++] = '\r'; pending = P_NONE; fhold; }
    action cr { pending = P_CR; }
    action equals { soft = used; hold = NONE; pending = P_EQ; padded = false; }
    action soft_break { used = soft; pending = P_NONE; }
    action hex1 { hi = fc; pending = P_EQ_HEX; }
    action hex2 {
        out[used++] = (char)(hex_value(hi) * 16 + hex_value(fc));
        pending = P_NONE;
    }
    # "=" (and a hex digit) followed by something else: kept as written.
    action not_escape {
        out[used++] = '=';
        if (pending == P_EQ_HEX)
            out[used++] = (char)hi;
        pending = P_NONE;
        fhold;
    }
    action pad_start { out[used++] = '='; out[used++] = (char)fc;
                       pending = P_EQ_PAD; padded = true; }
    action pad { out[used++] = (char)fc; }
    action not_padding { pending = P_NONE; fhold; }
    action eq_cr { pending = P_EQ_CR; }
    # "=" (and its padding, already written) then a CR that is no line end
    action eq_bare_cr {
        if (!padded)
            out[used++] = '=';
        out[used++] = '\r';
        pending = P_NONE;
        fhold;
    }

    blank = [ \t];

    main := (
        start: (
              blank @blank -> start
            | '\r' @cr -> cr
            | '\n' @hard_break -> start
            | '=' @equals -> eq
            | ( any - blank - [\r\n=] ) @text -> start
        ),
        cr: (
              '\n' @hard_break -> start
            | ( any - '\n' ) @bare_cr -> start
        ),
        eq: (
              xdigit @hex1 -> eq_hex
            | blank @pad_start -> eq_pad
            | '\r' @eq_cr -> eq_cr
            | '\n' @soft_break -> start
            | ( any - xdigit - blank - [\r\n] ) @not_escape -> start
        ),
        eq_hex: (
              xdigit @hex2 -> start
            | ( any - xdigit ) @not_escape -> start
        ),
        eq_pad: (
              blank @pad -> eq_pad
            | '\r' @eq_cr -> eq_cr
            | '\n' @soft_break -> start
            | ( any - blank - [\r\n] ) @not_padding -> start
        ),
        eq_cr: (
              '\n' @soft_break -> start
            | ( any - '\n' ) @eq_bare_cr -> start
        )
    );

    write data noerror nofinal noentry;
}%%

enum qp_pending { P_NONE, P_CR, P_EQ, P_EQ_HEX, P_EQ_PAD, P_EQ_CR };
#define NONE ((size_t)-1)

size_t mxq_mime_qp_decode(const char *text, size_t n, char *out)
{
    uptr p = (uptr)text, pe = p + n;
    size_t used = 0, hold = NONE, soft = 0;
    enum qp_pending pending = P_NONE;
    unsigned char hi = 0;
    bool padded = false;
    int cs;

    %% write init;
    %% write exec;
    switch (pending) {
    case P_CR:
        out[used++] = '\r';
        break;
    case P_EQ_HEX:
        out[used++] = '=';
        out[used++] = (char)hi;
        break;
    case P_EQ:
    case P_EQ_PAD:
    case P_EQ_CR:
        used = soft; /* an "=" at the very end is a soft line break */
        break;
    case P_NONE:
        if (hold != NONE)
            used = hold; /* blanks at the end of the data */
        break;
    }
    return used;
}
#undef NONE

/* ---------------------------------------------------------------- base64 */

static unsigned b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A');
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a') + 26;
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0') + 52;
    return c == '+' ? 62u : 63u;
}

%%{
    machine mime_base64;
    alphtype unsigned char;

    action sextet {
        bits = bits << 6 | b64_value(fc);
        if (++count == 4) {
            out[used++] = (char)(bits >> 16);
            out[used++] = (char)(bits >> 8);
            out[used++] = (char)bits;
            bits = 0;
            count = 0;
        }
    }
    action ignored { clean_so_far = false; }
    action end { fbreak; }

    alphabet = [A-Za-z0-9+/];
    main := (
          alphabet @sextet
        | [ \t\r\n]
        | '=' @end
        | ( any - alphabet - [ \t\r\n=] ) @ignored
    )*;

    write data noerror nofinal noentry;
}%%

size_t mxq_mime_base64_decode(const char *text, size_t n, char *out,
                              bool *clean)
{
    uptr p = (uptr)text, pe = p + n;
    size_t used = 0;
    unsigned long bits = 0;
    unsigned count = 0;
    bool clean_so_far = true;
    int cs;

    %% write init;
    %% write exec;
    /* a final group of 2 or 3 sextets holds 1 or 2 octets */
    if (count == 2) {
        out[used++] = (char)(bits >> 4);
    } else if (count == 3) {
        out[used++] = (char)(bits >> 10);
        out[used++] = (char)(bits >> 2);
    } else if (count == 1) {
        clean_so_far = false;
    }
    *clean = clean_so_far;
    return used;
}
