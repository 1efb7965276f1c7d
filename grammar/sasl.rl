/* SASL pieces for SMTP AUTH; see sasl.h. */
#include "sasl.h"
#include "utf8.h"

#include <stdint.h>

#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"

/* SASL mechanism names (RFC 4422 section 3.1): definitions only, taken
 * by the command grammar with `include mxq_sasl_common "sasl.rl";` (the
 * including machine declares `alphtype unsigned char;` first). */
%%{
    machine mxq_sasl_common;

    # sasl-mech = 1*20mech-char; mech-char = UPPER-ALPHA / DIGIT / HYPHEN /
    # UNDERSCORE. RFC 5321 section 2.4 makes SMTP keywords case-blind and
    # RFC 4954 names the mechanism as such an argument, so lower case is
    # read too.
    sasl_mech_char = [A-Za-z0-9\-_];
    sasl_mech = sasl_mech_char{1,20};

    # The mechanisms we offer (EHLO: "AUTH PLAIN LOGIN").
    sasl_plain = "PLAIN"i;      # RFC 4616
    sasl_login = "LOGIN"i;      # draft-murchison-sasl-login
}%%

%%{
    machine mxq_base64;
    alphtype unsigned char;

    action sextet {
        uint8_t c = fc;
        uint32_t v = c >= 'a' ? (uint32_t)(c - 'a' + 26)
                   : c >= 'A' ? (uint32_t)(c - 'A')
                   : c >= '0' ? (uint32_t)(c - '0' + 52)
                   : c == '+' ? 62u : 63u;
        acc = (acc << 6) | v;
        if (++bits == 4) {
            if (o + 3 > cap)
                return (size_t)-1;
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
            acc = 0;
            bits = 0;
        }
    }
    action two_pad {
        /* two sextets, "==": one octet */
        if (o + 1 > cap)
            return (size_t)-1;
        out[o++] = (char)(acc >> 4);
    }
    action one_pad {
        /* three sextets, "=": two octets */
        if (o + 2 > cap)
            return (size_t)-1;
        out[o++] = (char)(acc >> 10);
        out[o++] = (char)(acc >> 2);
    }

    b64 = [A-Za-z0-9+/] @sextet;
    quad = b64{4};
    tail = b64{2} '==' @two_pad | b64{3} '=' @one_pad;

    main := quad* tail? | '=';

    write data noerror;
}%%

size_t mxq_base64_decode(const char *in, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)in;
    const unsigned char *pe = p + n;
    const unsigned char *eof = pe;
    uint32_t acc = 0;
    int bits = 0;
    size_t o = 0;
    int cs;

    %% write init;
    %% write exec;
    (void)eof;
    (void)mxq_base64_en_main;
    if (cs < mxq_base64_first_final)
        return (size_t)-1;
    if (n == 1) /* "=": the empty response */
        return 0;
    return o;
}

%%{
    machine mxq_sasl_plain;
    alphtype unsigned char;

    action zid_end { zid_end = p; }
    action cid_start { cid_start = p; }
    action cid_end { cid_end = p; }
    action pw_start { pw_start = p; }

    main := (any - 0)* %zid_end 0
            ((any - 0)+ >cid_start %cid_end) 0
            ((any - 0)+ >pw_start);

    write data noerror;
}%%

bool mxq_sasl_plain_split(const char *msg, size_t n, struct mxq_slice *authzid,
                          struct mxq_slice *authcid, struct mxq_slice *passwd)
{
    const unsigned char *p = (const unsigned char *)msg;
    const unsigned char *pe = p + n;
    const unsigned char *zid_end = p, *cid_start = NULL, *cid_end = NULL;
    const unsigned char *pw_start = NULL;
    int cs;

    %% write init;
    %% write exec;
    (void)mxq_sasl_plain_en_main;
    if (cs < mxq_sasl_plain_first_final || pw_start == NULL)
        return false;
    authzid->p = msg;
    authzid->n = (size_t)(zid_end - (const unsigned char *)msg);
    authcid->p = (const char *)cid_start;
    authcid->n = (size_t)(cid_end - cid_start);
    passwd->p = (const char *)pw_start;
    passwd->n = (size_t)(pe - pw_start);
    return true;
}

/* RFC 4616 section 2: identities and passwords are UTF-8 without NUL.
 * The identity also reaches the JSON and the log, so it is non-empty and
 * holds no C0 control or DEL either (SASLprep, RFC 4013, prohibits them
 * too). LOGIN has no RFC; the same rules apply to it. */
bool mxq_sasl_identity_valid(const char *text, size_t n)
{
    return mxq_text_valid(text, n, true); /* grammar/utf8.rl */
}

%%{
    machine mxq_sasl_password;
    alphtype unsigned char;
    include mxq_utf8_common "utf8.rl";

    main := ( 0x01..0x7F | utf8_non_ascii )*;

    write data noerror noentry;
}%%

bool mxq_sasl_password_valid(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return cs >= mxq_sasl_password_first_final;
}

/* RFC 4954 section 4: "If the client wishes to cancel an authentication
 * exchange, it issues a line with a single '*'." */
%%{
    machine mxq_sasl_cancel;
    alphtype unsigned char;

    main := '*';

    write data noerror noentry;
}%%

bool mxq_sasl_is_cancel(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_sasl_cancel_first_final;
}
