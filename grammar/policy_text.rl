/*
 * Policy text: the smtp-auth URI and credential lists, and the lines of
 * the password and local-address files (see policy_text.h).
 *
 * Each parser is one Ragel machine over the caller's bytes; actions only
 * record positions. What an entry means (is this hash one libcrypt
 * takes, does this regex compile) is for the adapter to decide.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "policy_text.h"

typedef const unsigned char *uptr;

%%{
    machine policy_common;
    alphtype unsigned char;

    blank = [ \t];
    # Visible ASCII and every non-ASCII octet (addresses may be UTF-8).
    text = 0x21..0x7e | 0x80..0xff;
}%%

/* ------------------------------------------------------------ the files */

%%{
    machine policy_lines;
    include policy_common;

    action nl        { line++; }
    action text_char { if (tp == NULL) tp = p; te = p + 1; }
    action emit {
        if (tp != NULL) {
            struct mxq_policy_line l = {
                { (const char *)tp, (size_t)(te - tp) }, line };
            tp = NULL;
            rc = fn(ctx, &l);
            if (rc != 0)
                fbreak;
        }
    }

    eol = '\r'? '\n' @emit @nl;
    comment = '#' ( blank | text )*;
    content = ( text - '#' ) @text_char ( blank | text @text_char )*;
    line_body = blank* ( content | comment )?;

    main := ( line_body eol )* line_body;

    write data noerror noentry;
}%%

int
mxq_policy_lines(const char *buf, size_t len, mxq_policy_line_fn fn,
                 void *ctx, unsigned *bad_line)
{
    uptr p = (uptr)buf, pe = p + len;
    uptr tp = NULL, te = NULL;
    unsigned line = 1;
    int cs, rc = 0;

    %% write init;
    %% write exec;

    if (rc != 0)
        return rc;
    if (p != pe || cs < policy_lines_first_final) {
        *bad_line = line;
        return -1;
    }
    if (tp != NULL) {
        struct mxq_policy_line l = {
            { (const char *)tp, (size_t)(te - tp) }, line };
        return fn(ctx, &l);
    }
    return 0;
}

/* ----------------------------------------------------------- smtp-auth */

%%{
    machine policy_uri;
    include policy_common;

    action scheme_end { scheme->n = (size_t)((const char *)p - scheme->p); }
    action rest_start { rest->p = (const char *)p + 1; }

    main := ( [A-Za-z] [A-Za-z0-9+.\-]* ) %scheme_end ':' '/' '/' @rest_start
            any*;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_policy_uri(const char *s, size_t n, struct mxq_slice *scheme,
               struct mxq_slice *rest)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    scheme->p = s;
    scheme->n = 0;
    rest->p = s + n;

    %% write init;
    %% write exec;

    if (p != pe || cs < policy_uri_first_final)
        return MXQ_CFG_SYNTAX;
    rest->n = (size_t)(s + n - rest->p);
    return MXQ_CFG_OK;
}

%%{
    machine policy_credential;
    include policy_common;

    action user_end     { out->user.n = (size_t)((const char *)p -
                                                 out->user.p); }
    action secret_start { out->secret.p = (const char *)p; }

    main := ( text - ':' )+ %user_end ':' text+ >secret_start;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_policy_credential(const char *s, size_t n,
                      struct mxq_policy_credential *out)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    out->user.p = s;
    out->user.n = 0;
    out->secret.p = s + n;

    %% write init;
    %% write exec;

    if (p != pe || cs < policy_credential_first_final)
        return MXQ_CFG_SYNTAX;
    out->secret.n = (size_t)(s + n - out->secret.p);
    return MXQ_CFG_OK;
}

%%{
    machine policy_credentials;
    include policy_common;

    action item_start { item_p = p; }
    action user_end   { user_end = p; }
    action item_end {
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].user.p = (const char *)item_p;
            items[*count].user.n = (size_t)(user_end - item_p);
            items[*count].secret.p = (const char *)user_end + 1;
            items[*count].secret.n = (size_t)(p - user_end - 1);
            (*count)++;
        }
    }

    item = ( ( text - [:,] )+ %user_end ':' ( text - ',' )+ )
           >item_start %item_end;
    main := item ( ',' item )*;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_policy_credentials(const char *s, size_t n,
                       struct mxq_policy_credential *items, size_t cap,
                       size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    uptr item_p = p, user_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    %% write init;
    %% write exec;

    if (p != pe || cs < policy_credentials_first_final)
        return MXQ_CFG_SYNTAX;
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}

/* ------------------------------------------------ smtp-local-addresses */

%%{
    machine policy_local;
    include policy_common;

    action at        { *at = (size_t)((const char *)p - s); }
    action exact     { *kind = MXQ_LOCAL_EXACT; }
    action pattern   { *kind = MXQ_LOCAL_PATTERN; }
    action rx_start  { text->p = (const char *)p; }
    action regex     { *kind = MXQ_LOCAL_REGEX; }

    wild = [*?\[];
    plain = text - wild;
    part = ( plain - '@' )+;
    exact = ( part ( '@' @at part )+ ) %exact;
    pattern = ( plain* wild text* ) %pattern;
    regex = ( 'regex:' blank* ( text >rx_start ( blank | text )* ) ) %regex;

    main := ( ( exact | pattern ) - ( 'regex:' any* ) ) | regex;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_policy_local_entry(const char *s, size_t n, enum mxq_local_kind *kind,
                       struct mxq_slice *text, size_t *at)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    int cs;

    *kind = MXQ_LOCAL_EXACT;
    *at = 0;
    text->p = s;

    %% write init;
    %% write exec;

    if (p != pe || cs < policy_local_first_final)
        return MXQ_CFG_SYNTAX;
    text->n = (size_t)(s + n - text->p);
    return MXQ_CFG_OK;
}
