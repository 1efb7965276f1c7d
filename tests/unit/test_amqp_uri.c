/*
 * rabbitmq-address: splitting the failover list and reading each URI
 * (adapters/amqp_uri.c), and the publisher's checks of its configuration
 * that need no broker.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "amqp_publisher.h"
#include "amqp_uri.h"

static struct mxqd_amqp_uri uris[MXQD_AMQP_MAX_URIS];
static char err[512];

static size_t parse_ok(const char *text)
{
    size_t count = 99;
    err[0] = '\0';
    if (mxqd_amqp_uri_parse_list(text, uris, MXQD_AMQP_MAX_URIS, &count, err,
                                 sizeof err) != 0)
        fail_msg("%s: %s", text, err);
    return count;
}

static void parse_bad(const char *text, const char *why)
{
    size_t count = 99;
    err[0] = '\0';
    assert_int_equal(mxqd_amqp_uri_parse_list(text, uris, MXQD_AMQP_MAX_URIS,
                                              &count, err, sizeof err), -1);
    if (strstr(err, why) == NULL)
        fail_msg("%s: expected '%s' in '%s'", text, why, err);
}

static void test_one_full(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://mxq:s3cret@broker.example:5673/mail"),
                     1);
    assert_string_equal(uris[0].host, "broker.example");
    assert_int_equal(uris[0].port, 5673);
    assert_string_equal(uris[0].user, "mxq");
    assert_string_equal(uris[0].password, "s3cret");
    assert_string_equal(uris[0].vhost, "mail");
    assert_string_equal(uris[0].shown, "amqp://mxq@broker.example:5673/mail");
}

static void test_defaults(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://localhost"), 1);
    assert_string_equal(uris[0].user, "guest");
    assert_string_equal(uris[0].password, "guest");
    assert_int_equal(uris[0].port, 5672);
    assert_string_equal(uris[0].vhost, "/");
    assert_string_equal(uris[0].shown, "amqp://guest@localhost:5672/%2F");
}

/* MailerQ's documented default is amqp://guest:guest@localhost/: the
 * empty vhost there means "/". */
static void test_empty_vhost_is_root(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://guest:guest@localhost/"), 1);
    assert_string_equal(uris[0].vhost, "/");
    assert_int_equal(parse_ok("amqp://h/%2F"), 1);
    assert_string_equal(uris[0].vhost, "/");
    assert_int_equal(parse_ok("amqp://h/%2Fprod"), 1);
    assert_string_equal(uris[0].vhost, "/prod");
    assert_string_equal(uris[0].shown, "amqp://guest@h:5672/%2Fprod");
}

static void test_percent_decoding_and_ipv6(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://u%40x:p%3Aw%2C@[::1]:25601/v"), 1);
    assert_string_equal(uris[0].user, "u@x");
    assert_string_equal(uris[0].password, "p:w,");
    assert_string_equal(uris[0].host, "::1");
    assert_int_equal(uris[0].port, 25601);
    assert_string_equal(uris[0].shown, "amqp://u@x@[::1]:25601/v");
}

/* amqps://: TLS to the broker, port 5671 unless given (MailerQ's
 * rabbitmq-address); the scheme is kept in what the log shows. */
static void test_amqps(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqps://broker.example/"), 1);
    assert_true(uris[0].tls);
    assert_string_equal(uris[0].host, "broker.example");
    assert_int_equal(uris[0].port, 5671);
    assert_string_equal(uris[0].vhost, "/");
    assert_string_equal(uris[0].user, "guest");
    assert_string_equal(uris[0].shown, "amqps://guest@broker.example:5671/%2F");

    assert_int_equal(parse_ok("amqps://mxq:s3cret@10.0.0.5:5999/mail"), 1);
    assert_true(uris[0].tls);
    assert_int_equal(uris[0].port, 5999);
    assert_string_equal(uris[0].vhost, "mail");
    assert_string_equal(uris[0].password, "s3cret");
    assert_string_equal(uris[0].shown, "amqps://mxq@10.0.0.5:5999/mail");
    assert_null(strstr(uris[0].shown, "s3cret"));

    assert_int_equal(parse_ok("amqps://h/%2Fprod"), 1);
    assert_string_equal(uris[0].vhost, "/prod");
    assert_int_equal(parse_ok("amqps://[::1]:5673/v"), 1);
    assert_string_equal(uris[0].host, "::1");
    assert_string_equal(uris[0].shown, "amqps://guest@[::1]:5673/v");

    /* A cluster may mix both; each entry keeps its own scheme and port. */
    assert_int_equal(parse_ok("amqp://a/, amqps://b/, amqps://c:1/x"), 3);
    assert_false(uris[0].tls);
    assert_int_equal(uris[0].port, 5672);
    assert_true(uris[1].tls);
    assert_int_equal(uris[1].port, 5671);
    assert_true(uris[2].tls);
    assert_int_equal(uris[2].port, 1);
    assert_string_equal(uris[2].vhost, "x");

    parse_bad("amqps://a:99999/", "not an AMQP URI");
    parse_bad("amqps:/a", "not an AMQP URI");
}

static void test_failover_list(void **state)
{
    (void)state;
    assert_int_equal(parse_ok(" amqp://a:1/ ,amqp://b:2/x,\tamqp://c "), 3);
    assert_string_equal(uris[0].host, "a");
    assert_int_equal(uris[0].port, 1);
    assert_string_equal(uris[1].host, "b");
    assert_string_equal(uris[1].vhost, "x");
    assert_string_equal(uris[2].host, "c");
    assert_int_equal(uris[2].port, 5672);
}

static void test_password_never_shown(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://u:topsecret@h/"), 1);
    assert_null(strstr(uris[0].shown, "topsecret"));
    /* nor in an error about the entry */
    parse_bad("amqp://u:topsecret@h/,amqp://u:topsecret@h:99999/",
              "entry 2");
    assert_null(strstr(err, "topsecret"));
}

static void test_bad_lists(void **state)
{
    (void)state;
    parse_bad("", "entry 1 is empty");
    parse_bad("amqp://a,,amqp://b", "entry 2 is empty");
    parse_bad("amqp://a,", "entry 2 is empty");
    parse_bad("http://a", "not an AMQP URI");
    parse_bad("amqp://a:99999", "not an AMQP URI");
    parse_bad("amqp://a/v?heartbeat=5", "not an AMQP URI");
    parse_bad("amqp://a/b/c", "not an AMQP URI");

    char many[2048] = "";
    for (int i = 0; i <= MXQD_AMQP_MAX_URIS; i++)
        strcat(many, i ? ",amqp://h" : "amqp://h");
    parse_bad(many, "more than 16 URIs");

    char long_uri[1200] = "amqp://";
    memset(long_uri + 7, 'h', sizeof long_uri - 8);
    long_uri[sizeof long_uri - 1] = '\0';
    parse_bad(long_uri, "longer than 1023 bytes");

    char long_host[400] = "amqp://";
    memset(long_host + 7, 'h', 300);
    long_host[307] = '\0';
    parse_bad(long_host, "part longer than 255 bytes");
}

/* The config grammar splits the list: blanks (spaces and tabs) around
 * commas are dropped (inner ones are kept for rabbitmq-c), a blank
 * entry is an empty one, and control characters are refused by position
 * (rabbitmq-c would have taken them into the host). */
static void test_grammar_splits(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://a \t,\t amqp://b:7/v ,amqp://c\t"), 3);
    assert_string_equal(uris[0].host, "a");
    assert_string_equal(uris[1].host, "b");
    assert_int_equal(uris[1].port, 7);
    assert_string_equal(uris[1].vhost, "v");
    assert_string_equal(uris[2].host, "c");
    assert_int_equal(parse_ok("\tamqp://only "), 1);
    assert_string_equal(uris[0].host, "only");

    parse_bad(" \t ", "entry 1 is empty");
    parse_bad(" , amqp://a", "entry 1 is empty");
    parse_bad("amqp://a, \t ,amqp://b", "entry 2 is empty");
    parse_bad("amqp://a,amqp://b, ", "entry 3 is empty");

    parse_bad("amqp://a\x01" "b", "entry 1 holds a control character");
    parse_bad("amqp://a\n", "entry 1 holds a control character");
    parse_bad("amqp://a,amqp://b\x7f", "entry 2 holds a control character");
    parse_bad("amqp://a,,amqp://b\r", "entry 3 holds a control character");
}

/* At most max URIs, and never more than out[] holds
 * (MXQD_AMQP_MAX_URIS), whatever max says. */
static void test_at_most_max(void **state)
{
    (void)state;
    size_t count = 99;

    assert_int_equal(mxqd_amqp_uri_parse_list("amqp://a,amqp://b", uris, 1,
                                              &count, err, sizeof err), -1);
    assert_string_equal(err, "rabbitmq-address: more than 1 URIs");
    assert_int_equal(count, 0);

    char many[2048] = "";
    for (int i = 0; i <= MXQD_AMQP_MAX_URIS; i++)
        strcat(many, i ? ",amqp://h" : "amqp://h");
    assert_int_equal(mxqd_amqp_uri_parse_list(many, uris, 1000, &count, err,
                                              sizeof err), -1);
    assert_string_equal(err, "rabbitmq-address: more than 16 URIs");
}

/* The host is shown in brackets when the config grammar reads it as an
 * IPv6 address, and only then. */
static void test_ipv6_shown_in_brackets(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("amqp://[2001:db8::5]:5673/v, amqp://[::1], "
                              "amqp://u@[::ffff:192.0.2.1]/, "
                              "amqp://[192.0.2.7]:1/, amqp://h.example/"),
                     5);
    assert_string_equal(uris[0].host, "2001:db8::5");
    assert_string_equal(uris[0].shown, "amqp://guest@[2001:db8::5]:5673/v");
    assert_string_equal(uris[1].shown, "amqp://guest@[::1]:5672/%2F");
    assert_string_equal(uris[2].host, "::ffff:192.0.2.1");
    assert_string_equal(uris[2].shown, "amqp://u@[::ffff:192.0.2.1]:5672/%2F");
    assert_string_equal(uris[3].host, "192.0.2.7");
    assert_string_equal(uris[3].shown, "amqp://guest@192.0.2.7:1/%2F");
    assert_string_equal(uris[4].shown, "amqp://guest@h.example:5672/%2F");
}

/* The publisher refuses what it cannot do before it starts a thread. */
static void test_start_refuses_bad_config(void **state)
{
    (void)state;
    struct mxqd_amqp_config cfg = {
        .address = "amqp://127.0.0.1:1/", .queues = { "inbox" },
        .durable = true, .queue_type = MXQD_AMQP_QUORUM, .lazy = true,
    };
    assert_null(mxqd_amqp_start(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "quorum"));

    /* amqps: the CA file is read at start; one that cannot be read, or
     * holds no certificate, stops mxqd then, not at each connect. */
    cfg.lazy = false;
    cfg.address = "amqps://127.0.0.1:1/";
    cfg.tls_ca_file = "/nonexistent/ca.pem";
    assert_null(mxqd_amqp_start(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "rabbitmq-ca-file /nonexistent/ca.pem"));
    cfg.tls_ca_file = MXQ_SOURCE_DIR "/README.md";
    assert_null(mxqd_amqp_start(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "no PEM certificate"));
    /* Not read at all without an amqps:// address, or without
     * verification. */
    cfg.address = "amqp://127.0.0.1:1/";
    cfg.tls_ca_file = "/nonexistent/ca.pem";
    struct mxqd_amqp *a = mxqd_amqp_start(&cfg, err, sizeof err);
    assert_non_null(a);
    mxqd_amqp_stop(a);
    cfg.address = "amqps://127.0.0.1:1/";
    cfg.tls_no_verify = true;
    a = mxqd_amqp_start(&cfg, err, sizeof err);
    assert_non_null(a);
    mxqd_amqp_stop(a);
    cfg.tls_no_verify = false;
    cfg.tls_ca_file = NULL;

    cfg.address = "amqp://127.0.0.1:1/";
    cfg.publishers = MXQD_AMQP_MAX_PUBLISHERS + 1;
    assert_null(mxqd_amqp_start(&cfg, err, sizeof err));
    assert_non_null(strstr(err, "rabbitmq-publishers"));
}

/* Nothing listens on port 1: mxqd still starts, is not available, refuses
 * submissions at once, and stops cleanly. */
static void test_unreachable_broker(void **state)
{
    (void)state;
    struct mxqd_amqp_config cfg = {
        .address = "amqp://127.0.0.1:1/", .queues = { "inbox" },
        .durable = true, .declare = true, .workers = 2,
        .backoff_min_ms = 10, .backoff_max_ms = 20,
    };
    struct mxqd_amqp *a = mxqd_amqp_start(&cfg, err, sizeof err);
    assert_non_null(a);
    assert_false(mxqd_amqp_available(a));
    struct mxq_document doc = { .queue = "inbox", .message_id = "m1",
                                .parts = {{(const uint8_t *)"{}", 2}},
                                .json_len = 2 };
    assert_int_equal(mxqd_amqp_submit(a, 0, &doc, 1, NULL), -1);
    assert_int_equal(mxqd_amqp_submit(a, 7, &doc, 1, NULL), -1);
    assert_true(mxqd_amqp_worker_fd(a, 1) >= 0);
    assert_int_equal(mxqd_amqp_worker_fd(a, 2), -1);
    struct mxqd_amqp_done done[4];
    assert_int_equal(mxqd_amqp_completions(a, 0, done, 4), 0);
    mxqd_amqp_stop(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_full),
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_empty_vhost_is_root),
        cmocka_unit_test(test_percent_decoding_and_ipv6),
        cmocka_unit_test(test_amqps),
        cmocka_unit_test(test_failover_list),
        cmocka_unit_test(test_password_never_shown),
        cmocka_unit_test(test_bad_lists),
        cmocka_unit_test(test_grammar_splits),
        cmocka_unit_test(test_at_most_max),
        cmocka_unit_test(test_ipv6_shown_in_brackets),
        cmocka_unit_test(test_start_refuses_bad_config),
        cmocka_unit_test(test_unreachable_broker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
