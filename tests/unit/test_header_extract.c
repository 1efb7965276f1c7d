/*
 * The header section as the engine reads it while the message streams
 * in: x-mq-* extraction (`smtp-extract`), the exact removal of those
 * fields, and the limits and strict mode of `smtp-header-*`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include <mxq/mxq.h>

#include "dialogue.h"

#define RECEIVED_END "; Tue, 24 Nov 2026 00:00:00 +0000\r\n"
#define QUEUED "250-2.0.0 Ok, your message has been queued using the " \
               "following identifiers:\r\n"

static yajl_val parse_doc(const struct stored_doc *doc)
{
    char err[256];
    yajl_val v = yajl_tree_parse(doc->json, err, sizeof err);
    if (v == NULL)
        fail_msg("document is not JSON: %s: %s", err, doc->json);
    return v;
}

static yajl_val get(yajl_val v, const char *a, const char *b)
{
    const char *path[] = {a, b, NULL};
    return yajl_tree_get(v, path, yajl_t_any);
}

static const char *get_string(yajl_val v, const char *a, const char *b)
{
    yajl_val s = get(v, a, b);
    return s && YAJL_IS_STRING(s) ? YAJL_GET_STRING(s) : NULL;
}

/* The document's MIME after our Received field: what the client sent,
 * edited. */
static const char *content_of(yajl_val doc)
{
    const char *mime = get_string(doc, "mime", NULL);
    assert_non_null(mime);
    const char *end = strstr(mime, RECEIVED_END);
    assert_non_null(end);
    return end + strlen(RECEIVED_END);
}

/* With AUTH on, a client that did not log in may send to local
 * addresses only: here every address is local. */
static bool all_local(void *ctx, const char *mailbox, size_t len,
                      size_t domain_at)
{
    (void)ctx, (void)mailbox, (void)len, (void)domain_at;
    return true;
}

static void start(struct dialogue *d, enum mxq_extract extract)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.extract = extract;
    cfg.auth = true;
    cfg.auth_plaintext = true;
    cfg.is_local = all_local;
    dialogue_start(d, &cfg);
    d->user = "alice";
    d->password = "s3cret";
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

/* Sends one message to b@example.org, in pieces of `piece` octets (0:
 * at once), and returns the replies to its end of data. */
static char *send_message(struct dialogue *d, const char *content,
                          size_t piece)
{
    dialogue_send(d, "MAIL FROM:<a@example.com>\r\n"
                     "RCPT TO:<b@example.org>\r\nDATA\r\n");
    free(dialogue_take(d));
    dialogue_send_pieces(d, content, strlen(content), piece);
    dialogue_send(d, ".\r\n");
    return dialogue_take(d);
}

static void expect_stored(struct dialogue *d, const char *content,
                          size_t piece)
{
    size_t before = d->doc_count;
    char *got = send_message(d, content, piece);
    if (strncmp(got, QUEUED, strlen(QUEUED)) != 0)
        fail_msg("not queued: %s", got);
    free(got);
    assert_int_equal(d->doc_count, before + 1);
}

static void expect_refused(struct dialogue *d, const char *content,
                           const char *reply)
{
    size_t before = d->doc_count;
    char *got = send_message(d, content, 0);
    assert_string_equal(got, reply);
    free(got);
    assert_int_equal(d->doc_count, before);
}

/* --------------------------------------------------------- the mapping */

static void test_every_mapping(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, MXQ_EXTRACT_ON);
    expect_stored(&d,
                  "From: a@example.com\r\n"
                  "x-mq-ip: 10.11.12.13\r\n"
                  "X-MQ-IP: 2001:db8::1\r\n"
                  "x-mq-tag: one\r\n"
                  "x-mq-tag: two words\r\n"
                  "x-mq-pool: bulk\r\n"
                  "x-mq-delayed: 2027-02-28 23:59:59\r\n"
                  "x-mq-maxdelivertime: 2028-02-29 00:00:00\r\n"
                  "x-mq-maxattempts: 3\r\n"
                  "x-mq-retries: 300, 600,3600\r\n"
                  "x-mq-priority: 7\r\n"
                  "x-mq-inlinecss: 1\r\n"
                  "x-mq-keepmime: false\r\n"
                  "x-mq-results-queue: res\r\n"
                  "x-mq-failure-queue: fail\r\n"
                  "x-mq-success-queue: ok\r\n"
                  "x-mq-retry-queue: again\r\n"
                  "x-mq-smarthost-hostname: relay.test\r\n"
                  "x-mq-smarthost-port: 2525\r\n"
                  "x-mq-smarthost-username: u\r\n"
                  "x-mq-smarthost-password: p w\r\n"
                  "x-mq-envelope: bounce@example.com\r\n"
                  "X-Mq-Custom-Identifier: my-id\r\n"
                  "Subject: hi\r\n\r\nbody\r\n", 0);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(content_of(v),
                        "From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n");
    yajl_val ips = get(v, "ips", NULL);
    assert_true(YAJL_IS_ARRAY(ips));
    assert_int_equal(ips->u.array.len, 2);
    assert_string_equal(YAJL_GET_STRING(ips->u.array.values[0]),
                        "10.11.12.13");
    assert_string_equal(YAJL_GET_STRING(ips->u.array.values[1]),
                        "2001:db8::1");
    yajl_val tags = get(v, "tags", NULL);
    assert_int_equal(tags->u.array.len, 2);
    assert_string_equal(YAJL_GET_STRING(tags->u.array.values[1]),
                        "two words");
    assert_string_equal(get_string(v, "pool", NULL), "bulk");
    assert_string_equal(get_string(v, "nextattempt", "time"),
                        "2027-02-28 23:59:59");
    assert_string_equal(get_string(v, "maxdelivertime", NULL),
                        "2028-02-29 00:00:00");
    assert_int_equal(YAJL_GET_INTEGER(get(v, "maxattempts", NULL)), 3);
    assert_int_equal(YAJL_GET_INTEGER(get(v, "priority", NULL)), 7);
    yajl_val retries = get(v, "retries", NULL);
    assert_true(YAJL_IS_ARRAY(retries));
    assert_int_equal(retries->u.array.len, 3);
    assert_int_equal(YAJL_GET_INTEGER(retries->u.array.values[2]), 3600);
    assert_true(YAJL_IS_TRUE(get(v, "inlinecss", NULL)));
    assert_true(YAJL_IS_FALSE(get(v, "keepmime", NULL)));
    assert_string_equal(get_string(v, "queues", "results"), "res");
    assert_string_equal(get_string(v, "queues", "failure"), "fail");
    assert_string_equal(get_string(v, "queues", "success"), "ok");
    assert_string_equal(get_string(v, "queues", "retry"), "again");
    assert_string_equal(get_string(v, "smarthost", "hostname"), "relay.test");
    assert_int_equal(YAJL_GET_INTEGER(get(v, "smarthost", "port")), 2525);
    assert_string_equal(get_string(v, "smarthost", "username"), "u");
    assert_string_equal(get_string(v, "smarthost", "password"), "p w");
    assert_string_equal(get_string(v, "envelope", NULL),
                        "bounce@example.com");
    assert_string_equal(get_string(v, "custom-identifier", NULL), "my-id");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* The SMTP DSN parameters win over x-mq-dsn-*, which win over the
 * dsn-notify / dsn-ret defaults. */
static void test_dsn_precedence(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.dsn_notify = MXQ_DSN_NOTIFY_DELAY;
    cfg.dsn_ret = MXQ_DSN_RET_FULL;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO client.test\r\n"
                      "MAIL FROM:<a@example.com> ENVID=smtp\r\n"
                      "RCPT TO:<b@example.org> NOTIFY=SUCCESS\r\n"
                      "RCPT TO:<c@example.org>\r\nDATA\r\n"
                      "x-mq-dsn-notify: failure, delay\r\n"
                      "x-mq-dsn-ret: hdrs\r\n"
                      "x-mq-dsn-envid: header\r\n"
                      "x-mq-dsn-orcpt: rfc822;o@example.org\r\n"
                      "\r\nbody\r\n.\r\n");
    assert_int_equal(d.doc_count, 2);
    yajl_val b = parse_doc(&d.docs[0]), c = parse_doc(&d.docs[1]);
    assert_string_equal(get_string(b, "dsn", "notify"), "SUCCESS");
    assert_string_equal(get_string(c, "dsn", "notify"), "FAILURE,DELAY");
    assert_string_equal(get_string(b, "dsn", "ret"), "HDRS");
    assert_string_equal(get_string(b, "dsn", "envid"), "smtp");
    assert_string_equal(get_string(c, "dsn", "orcpt"), "rfc822;o@example.org");
    assert_null(get(b, "notify", NULL));
    yajl_tree_free(b);
    yajl_tree_free(c);
    dialogue_end(&d);
}

/* ------------------------------------------------------ exact removal */

static void test_removal_is_exact(void **state)
{
    (void)state;
    static const struct {
        const char *sent, *kept;
    } cases[] = {
        /* first, last and only field */
        {"x-mq-pool: a\r\nSubject: s\r\n\r\nb\r\n", "Subject: s\r\n\r\nb\r\n"},
        {"Subject: s\r\nx-mq-pool: a\r\n\r\nb\r\n", "Subject: s\r\n\r\nb\r\n"},
        {"x-mq-pool: a\r\n\r\nb\r\n", "\r\nb\r\n"},
        /* folded, and between folded fields with 8-bit (UTF-8) text */
        {"Subject: caf\xc3\xa9\r\n \xc3\xa9t\xc3\xa9\r\n"
         "X-MQ-Pool:\r\n\tfolded\r\n  more\r\n"
         "To: b@example.org\r\n\r\nbody \xc3\xa9\r\n",
         "Subject: caf\xc3\xa9\r\n \xc3\xa9t\xc3\xa9\r\n"
         "To: b@example.org\r\n\r\nbody \xc3\xa9\r\n"},
        /* a message that is all header section, no empty line */
        {"Subject: s\r\nx-mq-pool: a\r\n", "Subject: s\r\n"},
        /* x-mq- lines in the body stay */
        {"Subject: s\r\n\r\nx-mq-pool: a\r\n", "Subject: s\r\n\r\nx-mq-pool: a\r\n"},
        /* a name that only starts like it */
        {"x-mq: a\r\nx-mqpool: b\r\n\r\n", "x-mq: a\r\nx-mqpool: b\r\n\r\n"},
    };
    static const size_t pieces[] = {0, 1, 2, 7};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
            struct dialogue d;
            start(&d, MXQ_EXTRACT_ON);
            expect_stored(&d, cases[i].sent, pieces[k]);
            yajl_val v = parse_doc(&d.docs[0]);
            assert_string_equal(content_of(v), cases[i].kept);
            yajl_tree_free(v);
            dialogue_end(&d);
        }
}

static void test_folded_value_is_unfolded(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, MXQ_EXTRACT_ON);
    expect_stored(&d, "x-mq-foo:   one\r\n two\r\n\tthree  \r\n\r\n", 0);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(get_string(v, "foo", NULL), "one two\tthree");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* ---------------------------------------------------------- bad values */

static void test_bad_values_are_refused(void **state)
{
    (void)state;
    static const struct {
        const char *field, *why;
    } cases[] = {
        {"x-mq-ip: nonsense", "x-mq-ip: not an IP address"},
        {"x-mq-ip: 10.0.0.256", "x-mq-ip: not an IP address"},
        {"x-mq-maxattempts: -3", "x-mq-maxattempts: not a number of 0 or more"},
        {"x-mq-priority: 1e3", "x-mq-priority: not a number of 0 or more"},
        {"x-mq-delayed: 2027-02-29 10:00:00",
         "x-mq-delayed: not a time as YYYY-MM-DD HH:MM:SS"},
        {"x-mq-maxdelivertime: tomorrow",
         "x-mq-maxdelivertime: not a time as YYYY-MM-DD HH:MM:SS"},
        {"x-mq-retries: 300,,600",
         "x-mq-retries: not a comma-separated list of numbers"},
        {"x-mq-inlinecss: maybe",
         "x-mq-inlinecss: not a boolean (1, 0, true, false, yes, no)"},
        {"x-mq-smarthost-port: 65536", "x-mq-smarthost-port: not a port number"},
        {"x-mq-smarthost-port: 0", "x-mq-smarthost-port: not a port number"},
        {"x-mq-dsn-notify: never,success",
         "x-mq-dsn-notify: not a DSN NOTIFY list"},
        {"x-mq-dsn-ret: all", "x-mq-dsn-ret: not FULL or HDRS"},
        {"x-mq-envelope: not an address", "x-mq-envelope: not an email address"},
        {"X-MQ-Mime: replaced", "X-MQ-Mime: may not be set by a header"},
        {"x-mq-recipient: c@example.org",
         "x-mq-recipient: may not be set by a header"},
        {"x-mq-pool: \xff", "x-mq-pool: not UTF-8"},
        {"x-mq-pool: a\r\nx-mq-pool: b", "x-mq-pool: given more than once"},
        {"x-mq-foo: a\r\nX-MQ-FOO: b", "X-MQ-FOO: given more than once"},
    };
    struct dialogue d;
    start(&d, MXQ_EXTRACT_ON);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char content[256], reply[256];
        snprintf(content, sizeof content, "Subject: s\r\n%s\r\n\r\nb\r\n",
                 cases[i].field);
        snprintf(reply, sizeof reply, "554 5.6.0 Message refused: %s\r\n",
                 cases[i].why);
        expect_refused(&d, content, reply);
    }
    /* the session goes on */
    expect_stored(&d, "x-mq-maxattempts: 0\r\n\r\n", 0);
    dialogue_end(&d);
}

/* ----------------------------------------------------------- the modes */

/* Authentication-Results claiming our host name (mx.test) are forged:
 * every one goes, whatever smtp-extract says; others' stay. */
static void test_forged_results_are_removed(void **state)
{
    (void)state;
    static const char sent[] =
        "Authentication-Results: mx.test; dkim=pass header.d=bank.test\r\n"
        "Authentication-Results: other.test; spf=fail\r\n"
        "Subject: s\r\n"
        "Authentication-Results: (forged) MX.TEST 1; spf=pass\r\n"
        "authentication-results:\r\n \"mx.test\"; dmarc=pass\r\n"
        "Authentication-Results: mx.test.evil; none\r\n"
        "Authentication-Results: mx.test\r\n"
        "\r\nAuthentication-Results: mx.test; in the body\r\n";
    static const char kept[] =
        "Authentication-Results: other.test; spf=fail\r\n"
        "Subject: s\r\n"
        "Authentication-Results: mx.test.evil; none\r\n"
        "\r\nAuthentication-Results: mx.test; in the body\r\n";
    static const enum mxq_extract modes[] = {MXQ_EXTRACT_ON, MXQ_EXTRACT_OFF};
    static const size_t pieces[] = {0, 1, 5};
    for (size_t m = 0; m < 2; m++)
        for (size_t k = 0; k < sizeof pieces / sizeof pieces[0]; k++) {
            struct dialogue d;
            start(&d, modes[m]);
            expect_stored(&d, sent, pieces[k]);
            yajl_val v = parse_doc(&d.docs[0]);
            assert_string_equal(content_of(v), kept);
            yajl_tree_free(v);
            dialogue_end(&d);
        }
}

static void test_extract_off_keeps_everything(void **state)
{
    (void)state;
    static const char sent[] = "x-mq-pool: a\r\nx-mq-ip: nonsense\r\n\r\nb\r\n";
    struct dialogue d;
    start(&d, MXQ_EXTRACT_OFF);
    expect_stored(&d, sent, 0);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(content_of(v), sent);
    assert_null(get(v, "pool", NULL));
    assert_null(get(v, "ips", NULL));
    yajl_tree_free(v);
    dialogue_end(&d);
}

static void test_extract_authenticated(void **state)
{
    (void)state;
    static const char sent[] = "x-mq-pool: a\r\nx-mq-ip: nonsense\r\n"
                               "Subject: s\r\n\r\nb\r\n";
    struct dialogue d;
    /* a stranger's fields are dropped unread, even bad ones */
    start(&d, MXQ_EXTRACT_AUTHENTICATED);
    expect_stored(&d, sent, 0);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(content_of(v), "Subject: s\r\n\r\nb\r\n");
    assert_null(get(v, "pool", NULL));
    assert_null(get(v, "ips", NULL));
    yajl_tree_free(v);

    /* once logged in they count */
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "235 2.7.0 Authentication successful\r\n");
    expect_refused(&d, sent,
                   "554 5.6.0 Message refused: x-mq-ip: not an IP address\r\n");
    expect_stored(&d, "x-mq-pool: a\r\n\r\nb\r\n", 0);
    v = parse_doc(&d.docs[1]);
    assert_string_equal(get_string(v, "pool", NULL), "a");
    assert_string_equal(get_string(v, "connection", "user"), "alice");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* BDAT chunks cut the header section anywhere. */
static void test_bdat(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, MXQ_EXTRACT_ON);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "BDAT 8\r\nx-mq-poo"
                      "BDAT 20 LAST\r\nl: a\r\nSubject: s\r\n\r\n");
    assert_int_equal(d.doc_count, 1);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(get_string(v, "pool", NULL), "a");
    assert_string_equal(content_of(v), "Subject: s\r\n\r\n");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* ---------------------------------------------------------- the limits */

static void start_limited(struct dialogue *d, bool strict)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.header_max_line = 100;
    cfg.header_max_fields = 3;
    cfg.header_max_size = 200;
    cfg.header_strict = strict;
    dialogue_start(d, &cfg);
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

static void test_limits(void **state)
{
    (void)state;
    char line[256], many[256], large[512];
    snprintf(line, sizeof line, "Subject: %0100d\r\n\r\n", 0);
    snprintf(many, sizeof many, "A: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n");
    /* short lines, few fields, too many octets: folded */
    snprintf(large, sizeof large, "Subject: %s\r\n\r\n",
             "a\r\n b\r\n c\r\n d\r\n e\r\n f\r\n g\r\n h\r\n i\r\n j\r\n k\r\n"
             " l\r\n m\r\n n\r\n o\r\n p\r\n q\r\n r\r\n s\r\n t\r\n u\r\n v\r\n"
             " w\r\n x\r\n y\r\n z\r\n 0123456789012345678901234567890123456789"
             "\r\n 0123456789012345678901234567890123456789012345678901234567"
             "\r\n 012345678901234567890123456789012345678901234567890");
    struct dialogue d;
    start_limited(&d, false);
    expect_refused(&d, line, "552 5.3.4 Message header section too large: "
                   "a line is longer than smtp-header-max-line\r\n");
    expect_refused(&d, many, "552 5.3.4 Message header section too large: "
                   "more fields than smtp-header-max-fields\r\n");
    expect_refused(&d, large, "552 5.3.4 Message header section too large: "
                   "larger than smtp-header-max-size\r\n");
    /* at the limits */
    snprintf(line, sizeof line, "Subject: %091d\r\n\r\n", 0);
    expect_stored(&d, line, 0);
    expect_stored(&d, "A: 1\r\nB: 2\r\nC: 3\r\n\r\nlong body line "
                      "0123456789012345678901234567890123456789012345678901"
                      "234567890123456789012345678901234567890123456789\r\n", 0);
    dialogue_end(&d);
}

static void test_malformed_header(void **state)
{
    (void)state;
    static const char sent[] = "Subject: s\r\nnot a field\r\nx-mq-pool: a\r\n"
                               "\r\nb\r\n";
    struct dialogue d;
    /* by default kept byte for byte, and not read past the bad line */
    start_limited(&d, false);
    expect_stored(&d, sent, 0);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(content_of(v), sent);
    assert_null(get(v, "pool", NULL));
    yajl_tree_free(v);
    dialogue_end(&d);

    start_limited(&d, true);
    expect_refused(&d, sent, "554 5.6.0 Message refused: the header section "
                   "is malformed\r\n");
    expect_stored(&d, "Subject: s\r\n\r\nb\r\n", 0);
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_mapping),
        cmocka_unit_test(test_dsn_precedence),
        cmocka_unit_test(test_removal_is_exact),
        cmocka_unit_test(test_folded_value_is_unfolded),
        cmocka_unit_test(test_bad_values_are_refused),
        cmocka_unit_test(test_extract_off_keeps_everything),
        cmocka_unit_test(test_forged_results_are_removed),
        cmocka_unit_test(test_extract_authenticated),
        cmocka_unit_test(test_bdat),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_malformed_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
