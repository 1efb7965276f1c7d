/*
 * Authentication-Results authserv-id: see authres.h. A lexer cuts the
 * start of the body into blanks and folds, comments (grammar/mime_text's
 * comment machine, which bounds their depth), and the value: a token or
 * a quoted string.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <string.h>
#include <strings.h>

#include "authres.h"
#include "mime_text.h"

enum authres_kind {
    AR_SPACE,          /* blanks and folds */
    AR_COMMENT,        /* '(' */
    AR_TOKEN,
    AR_QUOTED,         /* '"' ... '"' */
    AR_OTHER           /* nothing an authserv-id starts with */
};

%%{
    machine mxq_authres_lex;
    alphtype unsigned char;

    wsp = [ \t];
    lb = '\r'? '\n';
    # RFC 2045 token: US-ASCII but SPACE, CTLs and tspecials
    tspecials = [()<>@,;:\\"/\[\]?=];
    token = ( 0x21..0x7e - tspecials )+;
    qtext = ( any - [\\"\r\n] ) | '\\' ( any - [\r\n] ) | lb wsp;
    quoted = '"' qtext* '"';

    main := |*
        ( wsp | lb wsp )+ => { kind = AR_SPACE; fbreak; };
        '(' => { kind = AR_COMMENT; fbreak; };
        token => { kind = AR_TOKEN; fbreak; };
        quoted => { kind = AR_QUOTED; fbreak; };
        any => { kind = AR_OTHER; fbreak; };
    *|;

    write data noerror nofinal noentry;
}%%

/* The token at pos: its kind, and *end past it. */
static enum authres_kind lex(const char *text, size_t n, size_t pos,
                             size_t *end)
{
    const unsigned char *base = (const unsigned char *)text;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    enum authres_kind kind = AR_OTHER;
    int cs, act = 0;

    %% write init;
    %% write exec;
    (void)act;
    (void)ts;
    *end = te != NULL && te > base + pos ? (size_t)(te - base) : pos + 1;
    return kind;
}

/* The value's octets into id, quoted pairs and folds undone. */
static bool copy_value(const char *p, size_t n, bool quoted,
                       char id[MXQ_AUTHRES_ID_MAX + 1])
{
    size_t len = 0;
    for (size_t i = quoted ? 1 : 0; i < (quoted ? n - 1 : n); i++) {
        char c = p[i];
        if (quoted && (c == '\r' || c == '\n'))
            continue;
        if (quoted && c == '\\')
            c = p[++i];
        if (len == MXQ_AUTHRES_ID_MAX)
            return false;
        id[len++] = c;
    }
    id[len] = '\0';
    return len > 0;
}

bool mxq_authres_id(const char *p, size_t n, char id[MXQ_AUTHRES_ID_MAX + 1])
{
    size_t pos = 0;
    while (pos < n) {
        size_t end;
        switch (lex(p, n, pos, &end)) {
        case AR_SPACE:
            pos = end;
            break;
        case AR_COMMENT:
            if (mxq_mime_comment_end(p, n, pos, &end) != MXQ_MIME_COMMENT_OK)
                return false;
            pos = end;
            break;
        case AR_TOKEN:
            return copy_value(p + pos, end - pos, false, id);
        case AR_QUOTED:
            return copy_value(p + pos, end - pos, true, id);
        case AR_OTHER:
            return false;
        }
    }
    return false;
}

bool mxq_authres_claims(const char *p, size_t n, const char *ours)
{
    char id[MXQ_AUTHRES_ID_MAX + 1];
    return ours != NULL && ours[0] != '\0' && mxq_authres_id(p, n, id) &&
           strcasecmp(id, ours) == 0;
}
