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
#include <stdint.h>
#include <string.h>

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

/* Past the whole 8-octet words of ASCII from p on. */
static const unsigned char *
skip_ascii_words(const unsigned char *p, const unsigned char *pe)
{
    while (pe - p >= 8) {
        uint64_t word;
        memcpy(&word, p, sizeof word);
        if (word & UINT64_C(0x8080808080808080))
            break;
        p += 8;
    }
    return p;
}

/* Octets of non-ASCII text given to the machine at a time. */
#define UTF8_CHUNK 64

/* Most text is ASCII, the machine's loop on its start state (its only
 * final state): there, runs of ASCII words are stepped over eight octets
 * at a time, and what follows goes through the machine a chunk at a time,
 * its state carried from chunk to chunk. */
bool
mxq_utf8_valid(const char *buf, size_t n)
{
    const unsigned char *p = (const unsigned char *)buf, *pe;
    const unsigned char *end = p + n;
    int cs;

    %% write init;
    while (p < end) {
        if (cs == mxq_utf8_start && (p = skip_ascii_words(p, end)) == end)
            break;
        pe = end - p > UTF8_CHUNK ? p + UTF8_CHUNK : end;
        %% write exec;
        if (cs == 0) /* Ragel's error state */
            return false;
    }
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
