/*
 * mxq_json_string_append() against yajl_gen_string(), which escapes the
 * documents' other strings: octet for octet the same, for every octet,
 * every pair of octets, and random strings with many escapes at every
 * offset of the eight-octet words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_gen.h>

#include "json_string.h"

/* 1 when the two disagree on s[0..n) (and says where). */
static int compare(const unsigned char *s, size_t n)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    const unsigned char *want;
    size_t want_len;
    struct mxq_buffer got = {0};
    int differs;

    assert_non_null(g);
    assert_int_equal(yajl_gen_string(g, s, n), yajl_gen_status_ok);
    assert_int_equal(yajl_gen_get_buf(g, &want, &want_len),
                     yajl_gen_status_ok);
    assert_true(mxq_json_string_append(&got, s, n));
    /* yajl's has the quotes around it */
    differs = got.len != want_len - 2 ||
              (got.len > 0 && memcmp(got.data, want + 1, got.len) != 0);
    if (differs) {
        fprintf(stderr, "differs from yajl on %zu octets:", n);
        for (size_t i = 0; i < n && i < 32; i++)
            fprintf(stderr, " %02x", s[i]);
        fprintf(stderr, "\n");
    }
    mxq_buffer_free(&got);
    yajl_gen_free(g);
    return differs;
}

static void test_every_octet_and_pair(void **state)
{
    unsigned char s[2];
    int failed = 0;

    (void)state;
    for (unsigned a = 0; a < 256; a++) {
        s[0] = (unsigned char)a;
        failed += compare(s, 1);
        for (unsigned b = 0; b < 256; b++) {
            s[1] = (unsigned char)b;
            failed += compare(s, 2);
        }
    }
    assert_int_equal(failed, 0);
}

/* Octets drawn mostly from those that need an escape and their
 * neighbours, so that runs of every length end at every offset. */
static unsigned char pick(uint32_t *seed)
{
    static const unsigned char some[] = {
        0x00, 0x01, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x21, 0x22,
        0x23, 0x2f, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xa2, 0xdc, 0xff,
    };
    *seed = *seed * 1103515245u + 12345u;
    uint32_t r = *seed >> 16;
    if (r % 4 == 0)
        return some[(r >> 2) % sizeof some];
    return (unsigned char)('a' + (r >> 2) % 26);
}

static void test_random_strings(void **state)
{
    unsigned char s[300];
    uint32_t seed = 20261208;
    int failed = 0;
    long compared = 0;

    (void)state;
    for (int round = 0; round < 50000; round++) {
        size_t n = (size_t)(round % 300);
        for (size_t i = 0; i < n; i++)
            s[i] = pick(&seed);
        failed += compare(s, n);
        compared++;
    }
    printf("json_string: %ld random strings compared with yajl\n",
           compared);
    assert_int_equal(failed, 0);
}

/* A message-like text: long lines ending in CR LF, quotes and
 * backslashes inside. */
static void test_message_text(void **state)
{
    size_t n = 1 << 20;
    unsigned char *s = malloc(n);

    (void)state;
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        s[i] = i % 78 == 76 ? '\r' : i % 78 == 77 ? '\n'
               : i % 301 == 0 ? '"' : i % 499 == 0 ? '\\'
               : (unsigned char)(' ' + i % 95);
    assert_int_equal(compare(s, n), 0);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_octet_and_pair),
        cmocka_unit_test(test_random_strings),
        cmocka_unit_test(test_message_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
