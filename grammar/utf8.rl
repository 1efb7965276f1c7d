/*
 * UTF-8 well-formedness (RFC 3629 section 4).
 *
 * The machine mxq_utf8_common holds the definitions only, so that other
 * grammars can take them with `include mxq_utf8_common "utf8.rl";`. The
 * including machine must declare `alphtype unsigned char;` first.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "utf8.h"

%%{
    machine mxq_utf8_common;

    # RFC 3629 section 4, UTF8-2 .. UTF8-4: the ranges of the second octet
    # after E0, ED, F0 and F4 exclude overlong forms, the surrogates
    # U+D800..U+DFFF and everything above U+10FFFF.
    utf8_tail = 0x80..0xBF;
    utf8_2 = 0xC2..0xDF utf8_tail;
    utf8_3 = 0xE0 0xA0..0xBF utf8_tail
           | 0xE1..0xEC utf8_tail utf8_tail
           | 0xED 0x80..0x9F utf8_tail
           | 0xEE..0xEF utf8_tail utf8_tail;
    utf8_4 = 0xF0 0x90..0xBF utf8_tail utf8_tail
           | 0xF1..0xF3 utf8_tail utf8_tail utf8_tail
           | 0xF4 0x80..0x8F utf8_tail utf8_tail;

    # RFC 6531 UTF8-non-ascii.
    utf8_non_ascii = utf8_2 | utf8_3 | utf8_4;
}%%

%%{
    machine mxq_utf8;
    alphtype unsigned char;
    include mxq_utf8_common;

    main := ( 0x00..0x7F | utf8_non_ascii )*;

    write data noerror noentry;
}%%

bool
mxq_utf8_valid(const char *buf, size_t n)
{
    const unsigned char *p, *pe;
    int cs;

    if (n == 0)
        return true;
    p = (const unsigned char *)buf;
    pe = p + n;
    %% write init;
    %% write exec;
    return cs >= mxq_utf8_first_final;
}

/* Text that goes into a reply, the log or the JSON: non-empty, no C0
 * control and no DEL; printable ASCII, or with utf8 well-formed UTF-8. */
%%{
    machine mxq_text_ascii;
    alphtype unsigned char;
    include mxq_utf8_common;

    main := 0x20..0x7E+;

    write data noerror noentry;
}%%

%%{
    machine mxq_text_utf8;
    alphtype unsigned char;
    include mxq_utf8_common;

    main := ( 0x20..0x7E | utf8_non_ascii )+;

    write data noerror noentry;
}%%

static bool
text_utf8(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    %% machine mxq_text_utf8;
    %% write init;
    %% write exec;
    return cs >= mxq_text_utf8_first_final;
}

static bool
text_ascii(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    %% machine mxq_text_ascii;
    %% write init;
    %% write exec;
    return cs >= mxq_text_ascii_first_final;
}

bool
mxq_text_valid(const char *buf, size_t n, bool utf8)
{
    const unsigned char *p = (const unsigned char *)buf;
    return utf8 ? text_utf8(p, p + n) : text_ascii(p, p + n);
}
