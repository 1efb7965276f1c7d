/*
 * Values inside the fields of reports (delivery status, feedback report,
 * disposition notification, DMARC numbers). See report_fields.h for the
 * contract.
 *
 * Each machine marks where its parts start and end with actions; the
 * blanks around a part (spaces, tabs and the CR LF of folds) are outside
 * the marks, so a caller gets the part without them.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "report_fields.h"

#define SLICE(s, a, b)                                                      \
    do {                                                                    \
        (s).p = (const char *)(a);                                          \
        (s).n = (size_t)((b) - (a));                                        \
    } while (0)

%%{
    machine mxq_report_common;
    alphtype unsigned char;

    blank = [ \t\r\n];
    # A type ("rfc822", "dns", "x-local") or a user agent's name
    # ("mua.example.com"): no blanks, no ';'.
    atom = ( alnum | [\-._+] )+;
    # A value's octets; blanks inside are kept, the trailing ones are not
    # part of any mark (value_end is set after each non-blank octet).
    nonblank = any - blank;
}%%

%%{
    machine mxq_report_typed;
    include mxq_report_common;

    action type_start { type_start = p; }
    action type_end { type_end = p; }
    action value_start { value_start = p; value_end = p; }
    action value_octet { value_end = p + 1; }

    value = ( nonblank @value_octet ( nonblank @value_octet | blank )* )?;
    main := blank* ( atom >type_start %type_end ) blank* ';' blank*
            ( value >value_start );

    write data noerror noentry;
}%%

bool mxq_report_typed(const char *text, size_t n, struct mxq_slice *type,
                      struct mxq_slice *value)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *type_start = p, *type_end = p;
    const unsigned char *value_start = pe, *value_end = pe;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < mxq_report_typed_first_final)
        return false;
    SLICE(*type, type_start, type_end);
    SLICE(*value, value_start, value_end);
    return true;
}

%%{
    machine mxq_report_status;
    include mxq_report_common;

    action code_start { code_start = p; }
    action code_end { code_end = p; }

    # RFC 3463 §2: class is 2, 4 or 5; subject and detail 1 to 3 digits.
    code = [245] '.' digit{1,3} '.' digit{1,3};
    main := blank* ( code >code_start %code_end )
            ( ( blank | '(' ) any* )?;

    write data noerror noentry;
}%%

bool mxq_report_status(const char *text, size_t n, struct mxq_slice *code)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *code_start = p, *code_end = p;
    int cs;

    %% write init;
    %% write exec;
    if (cs < mxq_report_status_first_final)
        return false;
    SLICE(*code, code_start, code_end);
    return true;
}

%%{
    machine mxq_report_uint;
    include mxq_report_common;

    action digit {
        unsigned d = (unsigned)(fc - '0');
        if (v > (MXQ_REPORT_UINT_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    main := blank* ( digit @digit )+ blank*;

    write data noerror noentry;
}%%

bool mxq_report_uint(const char *text, size_t n, uint64_t *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    uint64_t v = 0;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < mxq_report_uint_first_final)
        return false;
    *out = v;
    return true;
}

%%{
    machine mxq_report_token;
    include mxq_report_common;

    action start { start = p; }
    action end { end = p; }

    main := blank* ( ( nonblank - '(' )+ >start %end ) ( ( blank | '(' ) any* )?;

    write data noerror noentry;
}%%

bool mxq_report_token(const char *text, size_t n, struct mxq_slice *token)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *start = p, *end = p;
    int cs;

    %% write init;
    %% write exec;
    if (cs < mxq_report_token_first_final)
        return false;
    SLICE(*token, start, end);
    return true;
}

%%{
    machine mxq_report_disposition;
    include mxq_report_common;

    action action_start { action_start = p; }
    action action_end { action_end = p; }
    action sending_start { sending_start = p; }
    action sending_end { sending_end = p; }
    action type_start { type_start = p; }
    action type_end { type_end = p; }
    action mods_start { mods_start = p; mods_end = p; }
    action mods_octet { mods_end = p + 1; }

    # RFC 8098 §3.2.6: the modes and the type are atoms; the modifiers a
    # comma list, kept as written.
    modifiers = ( nonblank @mods_octet ( nonblank @mods_octet | blank )* );
    main := blank* ( atom >action_start %action_end ) blank* '/' blank*
            ( atom >sending_start %sending_end ) blank* ';' blank*
            ( atom >type_start %type_end ) blank*
            ( '/' blank* ( modifiers >mods_start ) )?;

    write data noerror noentry;
}%%

bool mxq_report_disposition(const char *text, size_t n,
                            struct mxq_mdn_disposition *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *action_start = p, *action_end = p;
    const unsigned char *sending_start = p, *sending_end = p;
    const unsigned char *type_start = p, *type_end = p;
    const unsigned char *mods_start = pe, *mods_end = pe;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < mxq_report_disposition_first_final)
        return false;
    SLICE(out->action_mode, action_start, action_end);
    SLICE(out->sending_mode, sending_start, sending_end);
    SLICE(out->type, type_start, type_end);
    SLICE(out->modifiers, mods_start, mods_end);
    return true;
}
