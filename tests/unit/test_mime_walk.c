/*
 * The MIME walker (engine/message/mime_walk.c) and the body decoders
 * (grammar/mime_body.rl): mail-parser's RFC messages, whose expected
 * parse trees give every part's header, body and end offsets, compared
 * part by part; its malformed messages and sisimai's DSNs walked under
 * the sanitizers with the walk's invariants; quoted-printable and base64
 * against RFC 2045's rules.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "mime_body.h"
#include "mime_walk.h"

#define EML_DIR MXQ_CONFORMANCE_DIR "/mail-parser/eml"
#define MAX_PARTS 256

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* LF line ends as CRLF, as mail-parser's .crlf.json expects. */
static char *to_crlf(const char *p, size_t n, size_t *len)
{
    char *out = malloc(2 * n + 1);
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n' && (i == 0 || p[i - 1] != '\r'))
            out[used++] = '\r';
        out[used++] = p[i];
    }
    out[used] = '\0';
    *len = used;
    return out;
}

struct collected {
    struct mxq_mime_part parts[MAX_PARTS];
    size_t count;
    size_t last_header;
    size_t n;                      /* the message's length */
};

/* Every part lies inside its message, in order; records it. */
static bool collect(void *ctx, const struct mxq_mime_part *p)
{
    struct collected *c = ctx;
    assert_true(p->header <= p->body && p->body <= p->end && p->end <= c->n);
    assert_true(p->depth <= MXQ_MIME_DEPTH_MAX);
    assert_int_equal(p->index, c->count);
    assert_true(p->header >= c->last_header);
    c->last_header = p->header;
    if (c->count < MAX_PARTS)
        c->parts[c->count] = *p;
    c->count++;
    return true;
}

static enum mxq_mime_walk_status walk(const char *msg, size_t n,
                                      struct collected *c)
{
    memset(c, 0, sizeof *c);
    c->n = n;
    return mxq_mime_walk(msg, n, collect, c);
}

static long long number(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    yajl_val v = yajl_tree_get(obj, path, yajl_t_number);
    assert_non_null(v);
    return YAJL_GET_INTEGER(v);
}

/* Does the walk of `eml` give the parts of `json`? */
static bool matches(const char *eml_path, const char *json_path)
{
    size_t raw_len, len, json_len;
    char *raw = read_all(eml_path, &raw_len);
    char *msg = to_crlf(raw, raw_len, &len);
    char *json = read_all(json_path, &json_len);
    char err[256];
    yajl_val tree = yajl_tree_parse(json, err, sizeof err);
    assert_non_null(tree);
    const char *parts_path[] = {"parts", NULL};
    yajl_val parts = yajl_tree_get(tree, parts_path, yajl_t_array);
    assert_non_null(parts);

    struct collected *c = malloc(sizeof *c);
    walk(msg, len, c);
    bool same = c->count == YAJL_GET_ARRAY(parts)->len;
    for (size_t i = 0; same && i < c->count; i++) {
        yajl_val want = YAJL_GET_ARRAY(parts)->values[i];
        same = (long long)c->parts[i].header == number(want, "offset_header") &&
               (long long)c->parts[i].body == number(want, "offset_body") &&
               (long long)c->parts[i].end == number(want, "offset_end");
        if (!same)
            print_message("%s part %zu: %zu %zu %zu, want %lld %lld %lld\n",
                          eml_path, i, c->parts[i].header, c->parts[i].body,
                          c->parts[i].end, number(want, "offset_header"),
                          number(want, "offset_body"),
                          number(want, "offset_end"));
    }
    if (c->count != YAJL_GET_ARRAY(parts)->len)
        print_message("%s: %zu parts, want %zu\n", eml_path, c->count,
                      YAJL_GET_ARRAY(parts)->len);
    free(c);
    yajl_tree_free(tree);
    free(json);
    free(msg);
    free(raw);
    return same;
}

/* Calls fn on every .eml of dir; returns how many there were. */
static size_t each_eml(const char *dir, void (*fn)(const char *path, void *),
                       void *ctx)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 4, ".eml") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        fn(path, ctx);
        count++;
    }
    closedir(d);
    return count;
}

struct tally {
    size_t matched, total;
};

static void compare_one(const char *path, void *ctx)
{
    struct tally *t = ctx;
    char json[1024];
    snprintf(json, sizeof json, "%.*s.crlf.json",
             (int)(strlen(path) - 4), path);
    t->total++;
    t->matched += matches(path, json);
}

static void test_rfc_messages_match_mail_parser(void **state)
{
    (void)state;
    struct tally t = {0};
    each_eml(EML_DIR "/rfc", compare_one, &t);
    print_message("mail-parser eml/rfc: %zu/%zu messages, every part's "
                  "offsets as expected\n", t.matched, t.total);
    assert_int_equal(t.total, 10);
    assert_int_equal(t.matched, t.total);
}

static void compare_malformed(const char *path, void *ctx)
{
    compare_one(path, ctx);
    /* and as stored, line ends as they are */
    size_t len;
    char *raw = read_all(path, &len);
    struct collected *c = malloc(sizeof *c);
    walk(raw, len, c);
    assert_true(c->count >= 1);
    free(c);
    free(raw);
}

static void test_malformed_messages(void **state)
{
    (void)state;
    struct tally t = {0};
    each_eml(EML_DIR "/malformed", compare_malformed, &t);
    print_message("mail-parser eml/malformed: %zu messages walked without "
                  "error; %zu with mail-parser's offsets\n", t.total,
                  t.matched);
    assert_int_equal(t.total, 23);
}

static void walk_dsn(const char *path, void *ctx)
{
    size_t *reports = ctx;
    size_t len;
    char *msg = read_all(path, &len);
    struct collected *c = malloc(sizeof *c);
    walk(msg, len, c);
    for (size_t i = 0; i < c->count && i < MAX_PARTS; i++)
        if (mxq_mime_slice_is(c->parts[i].type, "multipart") &&
            mxq_mime_slice_is(c->parts[i].subtype, "report")) {
            (*reports)++;
            break;
        }
    free(c);
    free(msg);
}

static void test_sisimai_dsns(void **state)
{
    (void)state;
    size_t reports = 0;
    size_t total = each_eml(MXQ_CONFORMANCE_DIR "/sisimai-dsn", walk_dsn,
                            &reports);
    print_message("sisimai-dsn: %zu messages walked, %zu of them "
                  "multipart/report\n", total, reports);
    assert_true(total > 0);
    assert_true(reports > 0);
}

/* ------------------------------------------------- hand-written walks */

static void test_nesting_and_defaults(void **state)
{
    (void)state;
    static const char msg[] =
        "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
        "\r\n"
        "preamble\r\n"
        "--outer\r\n"
        "\r\n"
        "plain by default\r\n"
        "--outer \t\r\n"
        "Content-Type: multipart/digest; boundary=inner\r\n"
        "\r\n"
        "--inner\r\n"
        "\r\n"
        "Subject: a message by default\r\n"
        "\r\n"
        "--inner--\r\n"
        "--outer\r\n"
        "Content-Type: text/html\r\n"
        "Content-Transfer-Encoding: Base64\r\n"
        "\r\n"
        "PGI+\r\n"
        "--outer--\r\n"
        "epilogue\r\n";
    struct collected c;
    assert_int_equal(walk(msg, sizeof msg - 1, &c), MXQ_MIME_WALKED);
    assert_int_equal(c.count, 5);
    assert_true(mxq_mime_slice_is(c.parts[1].subtype, "plain"));
    assert_memory_equal(msg + c.parts[1].body, "plain by default", 16);
    assert_int_equal(c.parts[1].end - c.parts[1].body, 16);
    assert_true(mxq_mime_slice_is(c.parts[2].subtype, "digest"));
    assert_true(mxq_mime_slice_is(c.parts[3].type, "message"));
    assert_true(mxq_mime_slice_is(c.parts[3].subtype, "rfc822"));
    assert_int_equal(c.parts[3].depth, 2);
    assert_true(mxq_mime_slice_is(c.parts[4].subtype, "html"));
    assert_int_equal(c.parts[4].encoding, MXQ_CTE_BASE64);
    assert_memory_equal(msg + c.parts[4].body, "PGI+", 4);
    assert_int_equal(c.parts[4].end - c.parts[4].body, 4);
    assert_int_equal(c.parts[0].end, sizeof msg - 1);
}

/* Multiparts nested past the limit: the deep ones are left out. */
static void test_depth_limit(void **state)
{
    (void)state;
    char msg[8192];
    size_t n = 0;
    for (int i = 0; i <= MXQ_MIME_DEPTH_MAX + 3; i++)
        n += (size_t)snprintf(msg + n, sizeof msg - n,
                              "Content-Type: multipart/mixed; boundary=b%d\r\n"
                              "\r\n--b%d\r\n", i, i);
    struct collected c;
    assert_int_equal(walk(msg, n, &c), MXQ_MIME_TOO_DEEP);
    assert_int_equal(c.count, MXQ_MIME_DEPTH_MAX + 1);
}

static void test_parts_limit(void **state)
{
    (void)state;
    size_t cap = 40 * (MXQ_MIME_PARTS_MAX + 10), n = 0;
    char *msg = malloc(cap);
    n += (size_t)snprintf(msg, cap, "Content-Type: multipart/mixed; "
                                    "boundary=b\r\n\r\n");
    for (int i = 0; i < MXQ_MIME_PARTS_MAX + 5; i++)
        n += (size_t)snprintf(msg + n, cap - n, "--b\r\n\r\npart\r\n");
    struct collected *c = malloc(sizeof *c);
    assert_int_equal(walk(msg, n, c), MXQ_MIME_TOO_MANY_PARTS);
    assert_int_equal(c->count, MXQ_MIME_PARTS_MAX);
    free(c);
    free(msg);
}

/* ------------------------------------------------------------- bodies */

static void expect_qp(const char *in, const char *want)
{
    char out[256];
    size_t n = mxq_mime_qp_decode(in, strlen(in), out);
    if (n != strlen(want) || memcmp(out, want, n) != 0)
        print_message("qp \"%s\" gave \"%.*s\"\n", in, (int)n, out);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(out, want, n);
}

static void test_quoted_printable(void **state)
{
    (void)state;
    expect_qp("caf=C3=A9 =e9t=E9", "caf\xc3\xa9 \xe9t\xe9");
    expect_qp("soft=\r\nbreak", "softbreak");
    expect_qp("soft= \t\r\nwith padding", "softwith padding");
    expect_qp("trailing  \r\nblanks\t\r\n", "trailing\r\nblanks\r\n");
    expect_qp("kept =\r\n", "kept ");
    expect_qp("bad =G1 =4 =", "bad =G1 =4 ");
    expect_qp("lone=\rcr", "lone=\rcr");
    expect_qp("end=4", "end=4");
    expect_qp("lf\nonly  \n", "lf\nonly\n");
    expect_qp("end blanks  ", "end blanks");
}

static void expect_b64(const char *in, const char *want, bool clean)
{
    char out[256];
    bool got_clean;
    size_t n = mxq_mime_base64_decode(in, strlen(in), out, &got_clean);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(out, want, n);
    assert_int_equal(got_clean, clean);
}

static void test_base64(void **state)
{
    (void)state;
    expect_b64("aGVsbG8gd29y\r\nbGQ=\r\n", "hello world", true);
    expect_b64("YQ==", "a", true);
    expect_b64("YWI=", "ab", true);
    expect_b64("YWJj", "abc", true);
    expect_b64("YW*Jj", "abc", false);
    expect_b64("YWJjZ", "abc", false);
    expect_b64("YWJj=ignored", "abc", true);
}

static void test_delimiters(void **state)
{
    (void)state;
    struct mxq_mime_delimiter d;
    static const char body[] = "--b\r\npart one\r\n--bx\r\n--b--  \r\nafter";
    assert_true(mxq_mime_find_delimiter(body, sizeof body - 1, 0, "b", 1, &d));
    assert_int_equal(d.body_end, 0);
    assert_int_equal(d.next, 5);
    assert_false(d.closing);
    assert_true(mxq_mime_find_delimiter(body, sizeof body - 1, d.next, "b", 1,
                                        &d));
    assert_int_equal(d.body_end, 19); /* "--bx" is not a delimiter */
    assert_true(d.closing);
    /* the last line needs no line break; an empty boundary finds nothing */
    assert_true(mxq_mime_find_delimiter("x\r\n--b--", 8, 0, "b", 1, &d));
    assert_true(d.closing);
    assert_int_equal(d.next, 8);
    assert_false(mxq_mime_find_delimiter("--\r\n", 4, 0, "", 0, &d));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rfc_messages_match_mail_parser),
        cmocka_unit_test(test_malformed_messages),
        cmocka_unit_test(test_sisimai_dsns),
        cmocka_unit_test(test_nesting_and_defaults),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_parts_limit),
        cmocka_unit_test(test_quoted_printable),
        cmocka_unit_test(test_base64),
        cmocka_unit_test(test_delimiters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
