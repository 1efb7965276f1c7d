/*
 * DKIM tag lists and base64 values (RFC 6376 §3.2, §2.4). See dkim_tags.h
 * for the contract.
 *
 * A tag-value holds no ';', so the list is cut at its semicolons and each
 * piece is run through the tag-spec machine, whose actions mark where the
 * name and the value lie (the FWS around the value outside the marks).
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

#include "dkim_tags.h"

#define SLICE(s, a, b)                                                      \
    do {                                                                    \
        (s).p = (const char *)(a);                                          \
        (s).n = (size_t)((b) - (a));                                        \
    } while (0)

%%{
    machine mxq_dkim_common;
    alphtype unsigned char;

    wsp = [ \t];
    # RFC 6376 §2.8: FWS is [*WSP CRLF] 1*WSP; runs of it are read as any
    # mix of WSP and folds, each fold followed by WSP.
    fws = ( wsp | '\r\n' wsp )+;
}%%

%%{
    machine mxq_dkim_tag_spec;
    include mxq_dkim_common;

    action name_start { name_start = p; }
    action name_end { name_end = p; }
    action raw_start { raw_start = p; }
    action value_start { value_start = p; value_end = p; }
    action value_octet { value_end = p + 1; }

    tag_name = alpha ( alnum | '_' )*;
    tval = ( 0x21..0x3a | 0x3c..0x7e );
    tag_value = ( tval @value_octet )+ ( fws ( tval @value_octet )+ )*;

    main := fws? ( tag_name >name_start %name_end ) fws? '='
            ( fws? ( tag_value >value_start )? fws? ) >raw_start;

    write data noerror noentry;
}%%

/* Runs the tag-spec machine over p[0..n). */
static bool tag_spec(const char *text, size_t n, struct mxq_dkim_tag *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *name_start = p, *name_end = p;
    const unsigned char *raw_start = pe;
    const unsigned char *value_start = pe, *value_end = pe;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < mxq_dkim_tag_spec_first_final)
        return false;
    SLICE(out->name, name_start, name_end);
    SLICE(out->value, value_start, value_end);
    SLICE(out->raw_value, raw_start, pe);
    return true;
}

%%{
    machine mxq_dkim_blank;
    include mxq_dkim_common;

    main := fws?;

    write data noerror noentry;
}%%

/* p[0..n) is empty or FWS only. */
static bool blank_only(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    int cs;

    (void)eof;
    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_dkim_blank_first_final;
}

bool mxq_dkim_tag_next(const char *p, size_t n, size_t *pos,
                       struct mxq_dkim_tag *out, bool *syntax_error)
{
    *syntax_error = false;
    while (*pos <= n) {
        size_t start = *pos;
        const char *semi = start < n ? memchr(p + start, ';', n - start)
                                     : NULL;
        size_t end = semi != NULL ? (size_t)(semi - p) : n;
        /* Past the end when there is no ';' left. */
        *pos = semi != NULL ? end + 1 : n + 1;
        if (tag_spec(p + start, end - start, out))
            return true;
        /* An empty tag-spec only after the last ';' (or for an empty
         * list). */
        if (semi == NULL && blank_only(p + start, end - start))
            return false;
        *syntax_error = true;
        *pos = n + 1;
        return false;
    }
    return false;
}

%%{
    machine mxq_dkim_base64;
    include mxq_dkim_common;

    action sextet {
        uint8_t c = fc, v;
        if (c >= 'A' && c <= 'Z')
            v = (uint8_t)(c - 'A');
        else if (c >= 'a' && c <= 'z')
            v = (uint8_t)(c - 'a' + 26);
        else if (c >= '0' && c <= '9')
            v = (uint8_t)(c - '0' + 52);
        else
            v = c == '+' ? 62 : 63;
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (used == cap)
                return false;
            out[used++] = (uint8_t)(acc >> bits);
        }
        chars++;
    }
    action pad { pads++; }

    b64 = ( alnum | '+' | '/' ) @sextet;
    main := fws? ( b64 fws? )* ( '=' @pad fws? ( '=' @pad fws? )? )?;

    write data noerror noentry;
}%%

bool mxq_dkim_base64(const char *text, size_t n, uint8_t *out, size_t cap,
                     size_t *len)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    uint32_t acc = 0;
    unsigned bits = 0;
    size_t used = 0, chars = 0, pads = 0;
    int cs;

    (void)eof;
    *len = 0;
    %% write init;
    %% write exec;
    if (p != pe || cs < mxq_dkim_base64_first_final)
        return false;
    /* Whole quanta: 4 characters with the padding; without it, a last
     * quantum of 2 or 3 characters is accepted (as most verifiers do). */
    if (chars % 4 == 1 || (pads > 0 && (chars + pads) % 4 != 0))
        return false;
    *len = used;
    return true;
}
