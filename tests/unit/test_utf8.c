/* mxq_utf8_valid(): RFC 3629 well-formedness. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "utf8.h"

struct utf8_case {
    const char *bytes;
    size_t n;
    bool valid;
    const char *what;
};

#define CASE(s, v, what) { s, sizeof(s) - 1, v, what }

static const struct utf8_case cases[] = {
    CASE("", true, "empty"),
    CASE("plain ASCII", true, "ASCII"),
    CASE("\0", true, "NUL"),
    CASE("\x7f", true, "DEL"),
    CASE("\xc2\x80", true, "U+0080, first 2-octet"),
    CASE("\xdf\xbf", true, "U+07FF, last 2-octet"),
    CASE("\xe0\xa0\x80", true, "U+0800, first 3-octet"),
    CASE("\xed\x9f\xbf", true, "U+D7FF, below the surrogates"),
    CASE("\xee\x80\x80", true, "U+E000, above the surrogates"),
    CASE("\xef\xbf\xbf", true, "U+FFFF"),
    CASE("\xf0\x90\x80\x80", true, "U+10000, first 4-octet"),
    CASE("\xf4\x8f\xbf\xbf", true, "U+10FFFF, the last code point"),
    CASE("h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x86", true,
         "mixed text"),

    CASE("\x80", false, "lone continuation octet"),
    CASE("\xbf", false, "lone continuation octet"),
    CASE("a\x80z", false, "continuation octet between ASCII"),
    CASE("\xc0\x80", false, "overlong NUL"),
    CASE("\xc0\xaf", false, "overlong '/'"),
    CASE("\xc1\xbf", false, "overlong U+007F"),
    CASE("\xe0\x80\x80", false, "overlong 3-octet NUL"),
    CASE("\xe0\x9f\xbf", false, "overlong U+07FF"),
    CASE("\xf0\x80\x80\x80", false, "overlong 4-octet NUL"),
    CASE("\xf0\x8f\xbf\xbf", false, "overlong U+FFFF"),
    CASE("\xed\xa0\x80", false, "U+D800, high surrogate"),
    CASE("\xed\xaf\xbf", false, "U+DBFF"),
    CASE("\xed\xb0\x80", false, "U+DC00, low surrogate"),
    CASE("\xed\xbf\xbf", false, "U+DFFF"),
    CASE("\xed\xa0\xbd\xed\xb8\x86", false, "CESU-8 surrogate pair"),
    CASE("\xf4\x90\x80\x80", false, "U+110000"),
    CASE("\xf5\x80\x80\x80", false, "lead F5"),
    CASE("\xf7\xbf\xbf\xbf", false, "lead F7"),
    CASE("\xf8\x88\x80\x80\x80", false, "5-octet form"),
    CASE("\xfc\x84\x80\x80\x80\x80", false, "6-octet form"),
    CASE("\xfe", false, "FE"),
    CASE("\xff", false, "FF"),
    CASE("\xc2", false, "truncated 2-octet"),
    CASE("\xe0\xa0", false, "truncated 3-octet"),
    CASE("\xe2\x82", false, "truncated 3-octet"),
    CASE("\xf0\x90\x80", false, "truncated 4-octet"),
    CASE("a\xe2\x82", false, "truncated at the end"),
    CASE("\xe2\x82" "a", false, "ASCII inside a sequence"),
    CASE("\xc2\xc2\x80", false, "lead octet inside a sequence"),
    CASE("\xf0\x9f\x98", false, "emoji without its last octet"),
};

static void
test_table(void **state)
{
    size_t i;
    int failed = 0;

    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        if (mxq_utf8_valid(cases[i].bytes, cases[i].n) != cases[i].valid) {
            fprintf(stderr, "utf8 case %zu (%s): expected %s\n", i,
                    cases[i].what, cases[i].valid ? "valid" : "invalid");
            failed++;
        }
    }
    assert_int_equal(failed, 0);
}

/* An independent reference: decode one sequence at s[0..n), return its
 * length or 0 when it is not a well-formed character. */
static size_t
reference_char(const unsigned char *s, size_t n)
{
    uint32_t cp;
    size_t len, i;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc0 && s[0] < 0xe0) {
        len = 2;
        cp = s[0] & 0x1f;
    } else if (s[0] >= 0xe0 && s[0] < 0xf0) {
        len = 3;
        cp = s[0] & 0x0f;
    } else if (s[0] >= 0xf0 && s[0] < 0xf8) {
        len = 4;
        cp = s[0] & 0x07;
    } else
        return 0;
    if (len > n)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && cp < 0x10000))
        return 0; /* overlong */
    if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
        return 0;
    return len;
}

static bool
reference_valid(const unsigned char *s, size_t n)
{
    size_t i = 0, len;

    while (i < n) {
        if ((len = reference_char(s + i, n - i)) == 0)
            return false;
        i += len;
    }
    return true;
}

static int
compare(const unsigned char *s, size_t n)
{
    if (mxq_utf8_valid((const char *)s, n) == reference_valid(s, n))
        return 0;
    fprintf(stderr, "utf8 disagrees with the reference on");
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, " %02x", s[i]);
    fprintf(stderr, "\n");
    return 1;
}

/* Every 1- and 2-octet string, every 3-octet string with a 3-octet lead,
 * and every 4-octet string with a 4-octet lead and a fixed last octet. */
static void
test_exhaustive(void **state)
{
    unsigned char s[4];
    unsigned a, b, c, d;
    long checked = 0;
    int failed = 0;
    static const unsigned char last[] = { 0x00, 0x7f, 0x80, 0xbf, 0xc0 };

    (void)state;
    for (a = 0; a < 256; a++) {
        s[0] = (unsigned char)a;
        failed += compare(s, 1);
        checked++;
        for (b = 0; b < 256; b++) {
            s[1] = (unsigned char)b;
            failed += compare(s, 2);
            checked++;
        }
    }
    for (a = 0xe0; a < 0xf0; a++)
        for (b = 0; b < 256; b++)
            for (c = 0; c < 256; c++) {
                s[0] = (unsigned char)a;
                s[1] = (unsigned char)b;
                s[2] = (unsigned char)c;
                failed += compare(s, 3);
                checked++;
            }
    for (a = 0xf0; a < 0xf8; a++)
        for (b = 0; b < 256; b++)
            for (c = 0; c < 256; c++)
                for (d = 0; d < sizeof(last); d++) {
                    s[0] = (unsigned char)a;
                    s[1] = (unsigned char)b;
                    s[2] = (unsigned char)c;
                    s[3] = last[d];
                    failed += compare(s, 4);
                    checked++;
                }
    printf("utf8: %ld strings compared with the reference decoder\n",
           checked);
    assert_int_equal(failed, 0);
}

/* ASCII words are stepped over and the rest goes to the machine in
 * chunks: each sequence, well-formed or not, at every offset within ASCII
 * padding, across word and chunk boundaries, with ASCII or more non-ASCII
 * text after it. */
static void
test_offsets(void **state)
{
    static const char *const seqs[] = {
        "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", /* well-formed */
        "\xc3", "\xe2\x82", "\xf0\x9f\x98",               /* cut short */
        "\x80", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
        "\xff",
    };
    unsigned char s[200];
    int failed = 0;
    long checked = 0;

    (void)state;
    for (size_t k = 0; k < sizeof seqs / sizeof seqs[0]; k++) {
        size_t len = strlen(seqs[k]);
        for (size_t at = 0; at + len <= 140; at++)
            for (int tail = 0; tail < 3; tail++) {
                size_t n = 140 + (size_t)tail * 20;
                memset(s, 'a', n);
                memcpy(s + at, seqs[k], len);
                if (tail == 2) /* more non-ASCII text further on */
                    memcpy(s + 150, "\xc3\xa9\xc3\xa9", 4);
                failed += compare(s, n);
                failed += compare(s, at + len); /* ends with it */
                checked += 2;
            }
    }
    printf("utf8: %ld strings with a sequence at every offset\n", checked);
    assert_int_equal(failed, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_exhaustive),
        cmocka_unit_test(test_offsets),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
