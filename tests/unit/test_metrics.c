/*
 * The metrics (adapters/metrics.c): the workers' counters summed, the
 * Prometheus text made of them, and the engine's commands and replies
 * counted per thread (mxq_connection.counters).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <mxq/mxq.h>

#include "metrics.h"

static const char *const queues[MXQD_QUEUES] = {"inbox", "", "reports",
                                                "refused"};

/* The text holds this whole line. */
static void has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
        if ((p == text || p[-1] == '\n') && p[n] == '\n')
            return;
    fail_msg("no line '%s' in:\n%s", line, text);
}

static void lacks(const char *text, const char *part)
{
    if (strstr(text, part) != NULL)
        fail_msg("'%s' should not be in:\n%s", part, text);
}

static struct mxq_document doc(const char *queue)
{
    return (struct mxq_document){.queue = queue, .message_id = "x"};
}

static void test_sums_of_two_workers(void **state)
{
    (void)state;
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(2, "file", queues);
    assert_non_null(set);
    struct mxqd_metrics *a = mxqd_metrics_worker(set, 0);
    struct mxqd_metrics *b = mxqd_metrics_worker(set, 1);
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_null(mxqd_metrics_worker(set, 2));
    /* one cache line (or more) each: no sharing between workers */
    assert_int_equal((uintptr_t)a % 64, 0);
    assert_int_equal((uintptr_t)b % 64, 0);

    mxqd_metrics_add(a, MXQD_M_CONN_ACCEPTED, 3);
    mxqd_metrics_add(b, MXQD_M_CONN_ACCEPTED, 2);
    mxqd_metrics_add(a, MXQD_M_CONN_REFUSED + MXQD_REFUSED_RANGE, 1);
    mxqd_metrics_add(b, MXQD_M_CONN_REFUSED + MXQD_REFUSED_CLIENT_LIMIT, 1);
    mxqd_metrics_add(a, MXQD_M_CONN_OPENED, 2);
    mxqd_metrics_add(b, MXQD_M_CONN_OPENED, 2);
    mxqd_metrics_add(b, MXQD_M_CONN_CLOSED, 1);
    mxqd_metrics_add(a, MXQD_M_RECEIVED_BYTES, 1000);
    mxqd_metrics_add(b, MXQD_M_RECEIVED_BYTES, 234);
    mxqd_metrics_add(a, MXQD_M_AUTH_SUCCESS, 1);
    mxqd_metrics_add(b, MXQD_M_AUTH_FAILURE, 2);

    uint64_t sums[MXQD_M_COUNTERS];
    mxqd_metrics_sum(set, sums);
    assert_int_equal(sums[MXQD_M_CONN_ACCEPTED], 5);
    assert_int_equal(sums[MXQD_M_RECEIVED_BYTES], 1234);

    size_t len;
    char *text = mxqd_metrics_render(set, &len);
    assert_non_null(text);
    assert_int_equal(strlen(text), len);
    has_line(text, "# TYPE mxq_connections_accepted_total counter");
    has_line(text, "mxq_connections_accepted_total 5");
    has_line(text, "mxq_connections_refused_total{reason=\"range\"} 1");
    has_line(text, "mxq_connections_refused_total{reason=\"limit\"} 0");
    has_line(text,
             "mxq_connections_refused_total{reason=\"client_limit\"} 1");
    has_line(text, "mxq_connections_refused_total{reason=\"proxy\"} 0");
    has_line(text, "mxq_connections_refused_total{reason=\"tls\"} 0");
    has_line(text, "# TYPE mxq_connections_open gauge");
    has_line(text, "mxq_connections_open 3");
    has_line(text, "mxq_received_bytes_total 1234");
    has_line(text, "mxq_auth_total{result=\"success\"} 1");
    has_line(text, "mxq_auth_total{result=\"failure\"} 2");
    has_line(text, "mxq_build_info{version=\"" MXQ_VERSION "\"} 1");
    free(text);
    mxqd_metrics_set_free(set);
}

static void test_stored_and_latency(void **state)
{
    (void)state;
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(1, "amqp", queues);
    struct mxqd_metrics *m = mxqd_metrics_worker(set, 0);
    struct mxq_document two[] = {doc("inbox"), doc("reports")};
    struct mxq_document kept[] = {doc("refused")};
    struct mxq_document odd[] = {doc("elsewhere")};
    uint64_t now = mxqd_metrics_now_ns(m);
    assert_true(now > 0);

    /* 3 ms ago: the 0.005 bucket; 30 s ago: only +Inf */
    mxqd_metrics_stored(m, two, 2, true, true, now - 3000000);
    mxqd_metrics_stored(m, kept, 1, true, false, now - 30000000000ull);
    mxqd_metrics_stored(m, odd, 1, false, true, now);

    size_t len;
    char *text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_messages_accepted_total 1");
    has_line(text, "mxq_recipients_accepted_total 2");
    has_line(text, "mxq_store_failures_total 1");
    has_line(text, "mxq_documents_stored_total{queue=\"inbox\","
                   "backend=\"amqp\"} 1");
    has_line(text, "mxq_documents_stored_total{queue=\"reports\","
                   "backend=\"amqp\"} 1");
    has_line(text, "mxq_documents_stored_total{queue=\"refused\","
                   "backend=\"amqp\"} 1");
    lacks(text, "queue=\"\"");        /* rabbitmq-local unset */
    lacks(text, "queue=\"other\"");   /* none stored there */
    has_line(text, "# TYPE mxq_store_latency_seconds histogram");
    has_line(text, "mxq_store_latency_seconds_bucket{le=\"0.001\"} 0");
    has_line(text, "mxq_store_latency_seconds_bucket{le=\"0.0025\"} 0");
    has_line(text, "mxq_store_latency_seconds_bucket{le=\"0.005\"} 1");
    has_line(text, "mxq_store_latency_seconds_bucket{le=\"10\"} 1");
    has_line(text, "mxq_store_latency_seconds_bucket{le=\"+Inf\"} 2");
    has_line(text, "mxq_store_latency_seconds_count 2");
    /* 30.003 s and a little: the sum in seconds */
    assert_non_null(strstr(text, "mxq_store_latency_seconds_sum 30.00"));
    free(text);

    /* a document in no configured queue */
    mxqd_metrics_stored(m, odd, 1, true, true, now);
    text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_documents_stored_total{queue=\"other\","
                   "backend=\"amqp\"} 1");
    free(text);
    mxqd_metrics_set_free(set);
}

static void test_tls_versions_and_labels(void **state)
{
    (void)state;
    const char *const odd[MXQD_QUEUES] = {"in\"box\\", "in\"box\\", "", ""};
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(1, "file", odd);
    struct mxqd_metrics *m = mxqd_metrics_worker(set, 0);
    struct mxq_document d[] = {doc("in\"box\\")};

    mxqd_metrics_tls(m, "TLSv1.3");
    mxqd_metrics_tls(m, "TLSv1.3");
    mxqd_metrics_tls(m, "TLSv1.2");
    mxqd_metrics_tls(m, "SSLv3");
    mxqd_metrics_stored(m, d, 1, true, true, mxqd_metrics_now_ns(m));
    size_t len;
    char *text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_tls_sessions_total{version=\"TLSv1.3\"} 2");
    has_line(text, "mxq_tls_sessions_total{version=\"TLSv1.2\"} 1");
    has_line(text, "mxq_tls_sessions_total{version=\"TLSv1\"} 0");
    has_line(text, "mxq_tls_sessions_total{version=\"other\"} 1");
    /* escaped, and once although two slots have the name */
    has_line(text, "mxq_documents_stored_total{queue=\"in\\\"box\\\\\","
                   "backend=\"file\"} 1");
    free(text);
    mxqd_metrics_set_free(set);
}

static void test_without_counters(void **state)
{
    (void)state;
    assert_null(mxqd_metrics_worker(NULL, 0));
    assert_null(mxqd_metrics_engine(NULL));
    assert_int_equal(mxqd_metrics_now_ns(NULL), 0);
    mxqd_metrics_add(NULL, MXQD_M_CONN_ACCEPTED, 1);
    mxqd_metrics_stored(NULL, NULL, 0, true, true, 0);
    mxqd_metrics_tls(NULL, "TLSv1.3");
    mxqd_metrics_sync(NULL);
    uint32_t seen = 0;
    mxqd_metrics_session(NULL, NULL, &seen);
    mxqd_metrics_set_free(NULL);
}

/* The engine counts into the thread's struct; the worker copies it. */
static void test_engine_commands_and_replies(void **state)
{
    (void)state;
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(1, "file", queues);
    struct mxqd_metrics *m = mxqd_metrics_worker(set, 0);
    struct mxq_config cfg;
    struct mxq_id_source ids = {0};
    mxq_config_defaults(&cfg);
    strcpy(ids.prefix, "t");
    cfg.ids = &ids;
    cfg.hostname = "mx.test";
    struct mxq_connection conn = {
        .local_ip = "127.0.0.1", .local_port = 25,
        .remote_ip = "127.0.0.2", .remote_port = 40000,
        .counters = mxqd_metrics_engine(m)};
    mxq_session *s = mxq_session_new(&cfg, &conn, 0);
    assert_non_null(s);
    static const char in[] = "EHLO client.test\r\nNOOP\r\nNOOP\r\n"
                             "FROB\r\nRCPT TO:<a@b.example>\r\nQUIT\r\n";
    assert_int_equal(mxq_session_feed(s, (const uint8_t *)in,
                                      sizeof in - 1, 0),
                     sizeof in - 1);

    /* nothing shows before the worker copies */
    size_t len;
    char *text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_commands_total{verb=\"NOOP\"} 0");
    free(text);

    mxqd_metrics_sync(m);
    text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_commands_total{verb=\"EHLO\"} 1");
    has_line(text, "mxq_commands_total{verb=\"NOOP\"} 2");
    has_line(text, "mxq_commands_total{verb=\"unknown\"} 1");
    has_line(text, "mxq_commands_total{verb=\"RCPT\"} 1");
    has_line(text, "mxq_commands_total{verb=\"QUIT\"} 1");
    has_line(text, "mxq_commands_total{verb=\"MAIL\"} 0");
    has_line(text, "mxq_replies_total{code=\"220\",status=\"\"} 1");
    /* EHLO's reply is one reply however many lines */
    has_line(text, "mxq_replies_total{code=\"250\",status=\"\"} 1");
    has_line(text, "mxq_replies_total{code=\"250\",status=\"2.0.0\"} 2");
    has_line(text, "mxq_replies_total{code=\"500\",status=\"5.5.1\"} 1");
    has_line(text, "mxq_replies_total{code=\"503\",status=\"5.5.1\"} 1");
    has_line(text, "mxq_replies_total{code=\"221\",status=\"2.0.0\"} 1");
    free(text);

    uint32_t seen = 0;
    mxqd_metrics_session(m, s, &seen);
    assert_int_equal(seen, 0);
    mxq_session_free(s);
    mxqd_metrics_set_free(set);
}

static void test_verb_and_reply_names(void **state)
{
    (void)state;
    const char *status;
    assert_string_equal(mxq_counted_verb(0), "unknown");
    assert_string_equal(mxq_counted_verb(MXQ_COUNTED_VERBS - 1), "AUTH");
    assert_null(mxq_counted_verb(MXQ_COUNTED_VERBS));
    for (unsigned i = 0; i < MXQ_COUNTED_REPLIES; i++) {
        int code = mxq_counted_reply(i, &status);
        assert_true(code >= 200 && code < 600);
        assert_non_null(status);
    }
    assert_int_equal(mxq_counted_reply(MXQ_COUNTED_REPLIES, &status), 0);
}

/* Every check row names its check and a result, each pair once, in the
 * words of the documents' `checks`. */
static void test_check_rows(void **state)
{
    (void)state;
    const char *result, *other, *check;
    unsigned spf = 0, dkim = 0, dmarc = 0, arc = 0, spam = 0;
    for (unsigned i = 0; i < MXQ_COUNTED_CHECKS; i++) {
        check = mxq_counted_check(i, &result);
        assert_non_null(check);
        assert_non_null(result);
        assert_true(result[0] != '\0');
        for (unsigned j = 0; j < i; j++) {
            const char *c = mxq_counted_check(j, &other);
            assert_false(strcmp(c, check) == 0 && strcmp(other, result) == 0);
        }
        spf += strcmp(check, "spf") == 0;
        dkim += strcmp(check, "dkim") == 0;
        dmarc += strcmp(check, "dmarc") == 0;
        arc += strcmp(check, "arc") == 0;
        spam += strcmp(check, "spam") == 0;
    }
    assert_null(mxq_counted_check(MXQ_COUNTED_CHECKS, &result));
    assert_int_equal(spf, 7);   /* RFC 7208 §2.6 */
    assert_int_equal(dkim, 6);  /* RFC 8601's five, and none */
    assert_int_equal(dmarc, 5);
    assert_int_equal(arc, 4);
    assert_int_equal(spam, 4);  /* ham, spam, temperror, none */
    assert_string_equal(mxq_counted_check(0, &result), "spf");
    assert_string_equal(result, "none");
}

/* The store's half: the file queue's rounds as a histogram, or the
 * publisher's counters and connection states; neither before the store
 * is open. */
static void test_store_families(void **state)
{
    (void)state;
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(1, "file", queues);
    uint64_t sums[MXQD_M_COUNTERS] = {0};
    size_t len;

    char *text = mxqd_metrics_render_sums(set, sums, NULL, &len);
    lacks(text, "mxq_filequeue");
    lacks(text, "mxq_amqp");
    free(text);

    struct mxqd_store_stats fq = {.rounds = 4, .rounds_failed = 1,
                                  .round_documents = 1 + 2 + 3 + 5000};
    fq.round_buckets[0] = 1;                            /* 1 */
    fq.round_buckets[1] = 1;                            /* 2 */
    fq.round_buckets[2] = 1;                            /* 3: <= 4 */
    fq.round_buckets[MXQD_STORE_ROUND_BUCKETS - 1] = 1; /* > 1024 */
    text = mxqd_metrics_render_sums(set, sums, &fq, &len);
    has_line(text, "# TYPE mxq_filequeue_round_documents histogram");
    has_line(text, "mxq_filequeue_rounds_total 4");
    has_line(text, "mxq_filequeue_round_failures_total 1");
    has_line(text, "mxq_filequeue_round_documents_bucket{le=\"1\"} 1");
    has_line(text, "mxq_filequeue_round_documents_bucket{le=\"2\"} 2");
    has_line(text, "mxq_filequeue_round_documents_bucket{le=\"4\"} 3");
    has_line(text, "mxq_filequeue_round_documents_bucket{le=\"1024\"} 3");
    has_line(text, "mxq_filequeue_round_documents_bucket{le=\"+Inf\"} 4");
    has_line(text, "mxq_filequeue_round_documents_sum 5006");
    has_line(text, "mxq_filequeue_round_documents_count 4");
    lacks(text, "mxq_amqp");
    free(text);

    struct mxqd_store_stats amqp = {
        .amqp = true, .published = 10, .confirmed = 7, .nacked = 1,
        .returned = 1, .confirm_timeouts = 0, .connects = 3,
        .connection_losses = 2, .unconfirmed = 1, .publishers = 4,
        .connected = 3, .blocked = 1};
    text = mxqd_metrics_render_sums(set, sums, &amqp, &len);
    has_line(text, "mxq_amqp_published_total 10");
    has_line(text, "mxq_amqp_confirms_total{result=\"ack\"} 7");
    has_line(text, "mxq_amqp_confirms_total{result=\"nack\"} 1");
    has_line(text, "mxq_amqp_confirms_total{result=\"returned\"} 1");
    has_line(text, "mxq_amqp_confirms_total{result=\"timeout\"} 0");
    has_line(text, "mxq_amqp_unconfirmed 1");
    has_line(text, "mxq_amqp_publishers{state=\"connected\"} 2");
    has_line(text, "mxq_amqp_publishers{state=\"blocked\"} 1");
    has_line(text, "mxq_amqp_publishers{state=\"disconnected\"} 1");
    has_line(text, "mxq_amqp_connects_total 3");
    has_line(text, "mxq_amqp_connection_losses_total 2");
    lacks(text, "mxq_filequeue");
    free(text);
    mxqd_metrics_set_free(set);
}

/* The resolver's counters, copied by the worker. */
static void test_dns_counters(void **state)
{
    (void)state;
    struct mxqd_metrics_set *set = mxqd_metrics_set_new(2, "file", queues);
    struct mxqd_dns_stats a = {.lookups = 5, .queries = 3, .cache_hits = 1,
                               .joined = 1, .timeouts = 1, .failures = 0,
                               .active = 2};
    struct mxqd_dns_stats b = {.lookups = 1, .queries = 1, .failures = 1};
    mxqd_metrics_dns(mxqd_metrics_worker(set, 0), &a);
    mxqd_metrics_dns(mxqd_metrics_worker(set, 1), &b);
    mxqd_metrics_dns(NULL, &b);
    size_t len;
    char *text = mxqd_metrics_render(set, &len);
    has_line(text, "mxq_dns_lookups_total 6");
    has_line(text, "mxq_dns_queries_total 4");
    has_line(text, "mxq_dns_cache_hits_total 1");
    has_line(text, "mxq_dns_joined_total 1");
    has_line(text, "mxq_dns_timeouts_total 1");
    has_line(text, "mxq_dns_failures_total 1");
    has_line(text, "mxq_dns_queries_in_flight 2");
    free(text);
    mxqd_metrics_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sums_of_two_workers),
        cmocka_unit_test(test_check_rows),
        cmocka_unit_test(test_store_families),
        cmocka_unit_test(test_dns_counters),
        cmocka_unit_test(test_stored_and_latency),
        cmocka_unit_test(test_tls_versions_and_labels),
        cmocka_unit_test(test_without_counters),
        cmocka_unit_test(test_engine_commands_and_replies),
        cmocka_unit_test(test_verb_and_reply_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
