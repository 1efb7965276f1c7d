/*
 * The DATA scanner: every case is fed whole and split at every byte
 * boundary (and byte by byte); the verdict and the content never depend
 * on the cut. Covers the SMTP smuggling variants.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buffer.h"
#include "data.h"

struct data_case {
    const char *name;
    const char *input;
    size_t input_len;   /* 0: strlen */
    const char *content; /* what the message holds, NULL: not ended */
    size_t consumed;    /* octets up to and including the terminator */
    bool bare;          /* a bare CR or LF was flagged */
    size_t content_len; /* 0: strlen */
};

static void sink(void *ctx, const char *p, size_t n)
{
    assert_true(mxq_buffer_append(ctx, p, n));
}

struct outcome {
    struct mxq_buffer content;
    size_t consumed;
    bool done;
    bool bare;
};

/* Feeds the input in pieces cut at `cut` and `cut2`. */
static void scan(const char *in, size_t n, size_t cut, size_t cut2,
                 struct outcome *o)
{
    struct mxq_data_scanner sc;
    size_t bounds[] = {0, cut, cut2, n};
    memset(o, 0, sizeof *o);
    mxq_data_init(&sc);
    for (int i = 0; i < 3 && !o->done; i++) {
        size_t from = bounds[i], to = bounds[i + 1];
        if (to <= from)
            continue;
        bool done = false;
        size_t used = mxq_data_scan(&sc, in + from, to - from, sink,
                                    &o->content, &done);
        o->consumed += used;
        if (done) {
            o->done = true;
        } else {
            assert_int_equal(used, to - from);
        }
    }
    o->bare = sc.bare_cr || sc.bare_lf;
}

static const struct data_case cases[] = {
    {"plain", "a\r\nb\r\n.\r\nNEXT", 0, "a\r\nb\r\n", 9, false, 0},
    {"empty message", ".\r\n", 0, "", 3, false, 0},
    {"dot stuffing", "..a\r\n..\r\n.\r\n", 0, ".a\r\n.\r\n", 12, false, 0},
    {"dot then text", ".x\r\n.\r\n", 0, "x\r\n", 7, false, 0},
    {"terminator needs CRLF before", "a.\r\n.\r\n", 0, "a.\r\n", 7, false, 0},
    /* the smuggling variants: none of these end the data */
    {"LF.LF", "a\n.\nMAIL FROM:<x@y>\r\n.\r\n", 0,
     "a\n.\nMAIL FROM:<x@y>\r\n", 24, true, 0},
    {"CRLF.LF", "a\r\n.\nRCPT TO:<x@y>\r\n.\r\n", 0,
     "a\r\n\nRCPT TO:<x@y>\r\n", 23, true, 0},
    {"LF.CRLF", "a\n.\r\nQUIT\r\n.\r\n", 0, "a\n.\r\nQUIT\r\n", 14, true, 0},
    {"CR.CR", "a\r.\rQUIT\r\n.\r\n", 0, "a\r.\rQUIT\r\n", 13, true, 0},
    {"CR.CRLF", "a\r.\r\nQUIT\r\n.\r\n", 0, "a\r.\r\nQUIT\r\n", 14, true, 0},
    {"CRLF.CR", "a\r\n.\rQUIT\r\n.\r\n", 0, "a\r\n\rQUIT\r\n", 14, true, 0},
    {"bare CR in line", "a\rb\r\n.\r\n", 0, "a\rb\r\n", 8, true, 0},
    {"bare LF in line", "a\nb\r\n.\r\n", 0, "a\nb\r\n", 8, true, 0},
    {"CR CR LF", "a\r\r\n.\r\n", 0, "a\r\r\n", 7, true, 0},
    {"NUL is content", "a\0b\r\n.\r\n", 8, "a\0b\r\n", 8, false, 5},
    {"not ended", "a\r\n.\r", 0, NULL, 0, false, 0},
};

static void test_cases_at_every_cut(void **state)
{
    (void)state;
    size_t checked = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct data_case *c = &cases[i];
        size_t n = c->input_len ? c->input_len : strlen(c->input);
        size_t want_len = !c->content      ? 0
                          : c->content_len ? c->content_len
                                           : strlen(c->content);
        for (size_t cut = 0; cut <= n; cut++) {
            for (size_t cut2 = cut; cut2 <= n; cut2++) {
                struct outcome o;
                scan(c->input, n, cut, cut2, &o);
                if (c->content == NULL) {
                    assert_false(o.done);
                } else {
                    /* A refused message's content is never used: only
                     * the verdict and the end must not depend on the cut. */
                    bool content_ok = c->bare ||
                        (o.content.len == want_len && (want_len == 0 ||
                         memcmp(o.content.data, c->content, want_len) == 0));
                    if (!o.done || o.consumed != c->consumed ||
                        o.bare != c->bare || !content_ok)
                        fail_msg("case '%s' cut %zu/%zu: done %d consumed %zu "
                                 "bare %d len %zu",
                                 c->name, cut, cut2, o.done, o.consumed,
                                 o.bare, o.content.len);
                }
                mxq_buffer_free(&o.content);
                checked++;
            }
        }
    }
    printf("data scanner: %zu cases, %zu cuts checked\n",
           sizeof cases / sizeof cases[0], checked);
}

static void test_byte_by_byte(void **state)
{
    (void)state;
    const char *in = "x\r\n..y\r\n\r\n.\r\n";
    struct mxq_data_scanner sc;
    struct mxq_buffer out = {0};
    bool done = false;
    mxq_data_init(&sc);
    size_t i;
    for (i = 0; i < strlen(in) && !done; i++)
        assert_int_equal(mxq_data_scan(&sc, in + i, 1, sink, &out, &done), 1);
    assert_true(done);
    assert_int_equal(i, strlen(in));
    assert_int_equal(out.len, strlen("x\r\n.y\r\n\r\n"));
    assert_memory_equal(out.data, "x\r\n.y\r\n\r\n", out.len);
    mxq_buffer_free(&out);
}

static void test_bdat_line_check(void **state)
{
    (void)state;
    static const struct {
        const char *chunks[3];
        bool bare;
    } cases[] = {
        {{"a\r\nb\r\n", NULL, NULL}, false},
        {{"a\r", "\nb\r\n", NULL}, false},
        {{"a\n", NULL, NULL}, true},
        {{"a\r", "b", NULL}, true},
        {{"a\r", NULL, NULL}, true}, /* ends on a CR */
        {{"", "a\r\r\n", NULL}, true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_data_scanner sc;
        mxq_lines_init(&sc);
        for (int k = 0; k < 3 && cases[i].chunks[k]; k++)
            mxq_lines_check(&sc, cases[i].chunks[k], strlen(cases[i].chunks[k]));
        mxq_lines_finish(&sc);
        assert_int_equal(sc.bare_cr || sc.bare_lf, cases[i].bare);
    }
}

static void test_line_framing(void **state)
{
    (void)state;
    assert_int_equal(mxq_line_length("NOOP\r\nQUIT\r\n", 12), 6);
    assert_int_equal(mxq_line_length("NOOP\r", 5), 0);
    assert_int_equal(mxq_line_length("\n", 1), 1);
    assert_int_equal(mxq_line_length("", 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases_at_every_cut),
        cmocka_unit_test(test_byte_by_byte),
        cmocka_unit_test(test_bdat_line_check),
        cmocka_unit_test(test_line_framing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
