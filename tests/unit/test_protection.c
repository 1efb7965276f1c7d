/*
 * smtp-protection: the client (127.0.0.2 in the dialogues) is looked up
 * in the blocklists at connect; MAIL waits in the command table's pending
 * step until the lists have answered or the deadline has passed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dialogue.h"
#include "dnsbl.h"

#define SENDER_OK "250 2.1.0 Sender ok\r\n"
#define BLOCKED                                                           \
    "554 5.7.1 Service unavailable; client [127.0.0.2] blocked using "    \
    "bl.test: listed, see https://bl.test/127.0.0.2\r\n"

static const struct fake_record zone[] = {
    {"2.0.0.127.bl.test", MXQ_DNS_A, "127.0.0.2", 0},
    {"2.0.0.127.bl.test", MXQ_DNS_TXT,
     "listed, see https://bl.test/127.0.0.2", 0},
    {"2.0.0.127.refusing.test", MXQ_DNS_A, "127.255.255.254", 0},
};

static void start(struct dialogue *d, const char *const *zones, size_t n,
                  bool waits, bool auth)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.dnsbl_zones = zones;
    cfg.dnsbl_zone_count = n;
    cfg.dnsbl_timeout = 10;
    cfg.auth = auth;
    cfg.auth_plaintext = auth;
    dialogue_start_resolving(d, &cfg, zone, sizeof zone / sizeof zone[0],
                             waits);
    d->user = "alice";
    d->password = "s3cret";
}

static void test_query_names(void **state)
{
    (void)state;
    char name[MXQ_DNSBL_NAME_MAX];
    const uint8_t v4[16] = {192, 0, 2, 99};
    assert_int_equal(mxq_dnsbl_query_name(v4, false, "bl.test", name), 18);
    assert_string_equal(name, "99.2.0.192.bl.test");
    /* RFC 5782 §2.4's example, 2001:db8:1:2:3:4:567:89ab */
    const uint8_t v6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 2,
                            0, 3, 0, 4, 0x05, 0x67, 0x89, 0xab};
    assert_true(mxq_dnsbl_query_name(v6, true, "ugly.example.com", name) > 0);
    assert_string_equal(name, "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0."
                              "0.0.8.b.d.0.1.0.0.2.ugly.example.com");
    /* an IPv4-mapped client is an IPv4 one */
    const uint8_t mapped[16] = {[10] = 0xff, [11] = 0xff, 10, 20, 30, 40};
    assert_true(mxq_dnsbl_query_name(mapped, true, "bl.test", name) > 0);
    assert_string_equal(name, "40.30.20.10.bl.test");
    assert_int_equal(mxq_dnsbl_query_name(v4, false, "", name), 0);
    char zone_253[254];
    memset(zone_253, 'a', 253);
    zone_253[253] = '\0';
    assert_int_equal(mxq_dnsbl_query_name(v6, true, zone_253, name), 64 + 253);
}

static void test_what_lists(void **state)
{
    (void)state;
    uint8_t a[3][4] = {{127, 0, 0, 2}, {127, 255, 255, 254}, {192, 0, 2, 1}};
    struct mxq_dns_record r[3];
    for (int i = 0; i < 3; i++)
        r[i] = (struct mxq_dns_record){0, {a[i], 4}};
    assert_true(mxq_dnsbl_listed(MXQ_DNS_OK, &r[0], 1));
    assert_false(mxq_dnsbl_listed(MXQ_DNS_OK, &r[1], 1)); /* refused */
    assert_false(mxq_dnsbl_listed(MXQ_DNS_OK, &r[2], 1));
    assert_false(mxq_dnsbl_listed(MXQ_DNS_OK, &r[1], 2));
    assert_true(mxq_dnsbl_listed(MXQ_DNS_OK, r, 3));
    assert_false(mxq_dnsbl_listed(MXQ_DNS_NXDOMAIN, NULL, 0));
    assert_false(mxq_dnsbl_listed(MXQ_DNS_TIMEOUT, NULL, 0));

    char reason[MXQ_DNSBL_REASON_MAX + 1];
    const char *bad = "line\r\nbreak";
    struct mxq_dns_record txt = {0, {(const uint8_t *)bad, strlen(bad)}};
    assert_false(mxq_dnsbl_reason(MXQ_DNS_OK, &txt, 1, reason));
    char longer[300];
    memset(longer, 'x', sizeof longer);
    txt.data = (struct mxq_bytes){(const uint8_t *)longer, sizeof longer};
    assert_true(mxq_dnsbl_reason(MXQ_DNS_OK, &txt, 1, reason));
    assert_int_equal(strlen(reason), MXQ_DNSBL_REASON_MAX);
}

/* A pipelining client: EHLO is answered, MAIL waits for the list, and
 * nothing after it is acted on once the client is found listed. */
static void test_listed_client_refused_at_mail(void **state)
{
    (void)state;
    static const char *const zones[] = {"clean.test", "bl.test"};
    struct dialogue d;
    start(&d, zones, 2, true, false);
    assert_int_equal(d.lookup_count, 2);
    assert_string_equal(d.lookups[0].name, "2.0.0.127.clean.test");
    assert_string_equal(d.lookups[1].name, "2.0.0.127.bl.test");
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"
                      "RCPT TO:<c@d.test>\r\nDATA\r\n");
    char *r = dialogue_take(&d);
    assert_non_null(strstr(r, "250 DSN\r\n"));
    assert_null(strstr(r, "Sender ok"));
    free(r);
    assert_int_equal(mxq_session_next_deadline(d.s), d.now + 10);
    dialogue_answer_lookups(&d); /* the A, then the TXT of bl.test */
    assert_int_equal(d.resolve_requests, 3);
    dialogue_expect(&d, BLOCKED);
    assert_true(d.closed);
    assert_int_equal(d.doc_count, 0);
    dialogue_end(&d);
}

static void test_clean_client_goes_on(void **state)
{
    (void)state;
    static const char *const zones[] = {"clean.test", "refusing.test"};
    struct dialogue d;
    start(&d, zones, 2, true, false);
    free(dialogue_take(&d));
    /* EHLO ends no transaction of the lists: their answers still count */
    dialogue_send(&d, "EHLO client.test\r\nRSET\r\n");
    free(dialogue_take(&d));
    dialogue_send(&d, "MAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\n");
    dialogue_expect(&d, "");
    dialogue_answer_lookups(&d);
    dialogue_expect(&d, SENDER_OK "250 2.1.5 Recipient ok\r\n");
    assert_false(d.closed);
    dialogue_end(&d);
}

/* Lists that do not answer let the client in at the deadline. */
static void test_timeout_lets_the_client_in(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, true, false);
    int64_t connected = d.now;
    free(dialogue_take(&d));
    dialogue_send(&d, "HELO client.test\r\nMAIL FROM:<a@b.test>\r\n");
    dialogue_expect(&d, "250 mx.test\r\n");
    mxq_session_tick(d.s, connected + 9);
    dialogue_serve(&d);
    dialogue_expect(&d, "");
    d.now = connected + 10;
    mxq_session_tick(d.s, d.now);
    dialogue_serve(&d);
    dialogue_expect(&d, SENDER_OK);
    /* the late answer (listed) changes nothing */
    dialogue_answer_lookups(&d);
    dialogue_send(&d, "RCPT TO:<c@d.test>\r\n");
    dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n");
    dialogue_end(&d);
}

/* A client found listed after the deadline passed, at MAIL: refused. A
 * MAIL after the answers came needs no wait. */
static void test_answer_before_mail(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, false, false); /* answered at once */
    assert_int_equal(d.resolve_requests, 2);
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO client.test\r\n");
    free(dialogue_take(&d));
    dialogue_send(&d, "MAIL FROM:<a@b.test>\r\n");
    dialogue_expect(&d, BLOCKED);
    assert_true(d.closed);
    dialogue_end(&d);
}

/* An authenticated client is not refused, and does not wait. */
static void test_authenticated_client_is_exempt(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, true, true);
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO client.test\r\n");
    free(dialogue_take(&d));
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "235 2.7.0 Authentication successful\r\n");
    dialogue_send(&d, "MAIL FROM:<a@b.test>\r\n");
    dialogue_expect(&d, SENDER_OK);
    dialogue_answer_lookups(&d);
    dialogue_send(&d, "RCPT TO:<c@d.test>\r\n");
    dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n");
    dialogue_end(&d);
}

/* The client leaves while MAIL waits: nothing more is answered. */
static void test_eof_while_mail_waits(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, true, false);
    free(dialogue_take(&d));
    dialogue_send(&d, "HELO c.test\r\nMAIL FROM:<a@b.test>\r\n");
    free(dialogue_take(&d));
    mxq_session_eof(d.s, d.now);
    dialogue_serve(&d);
    assert_true(d.closed);
    dialogue_answer_lookups(&d);
    dialogue_expect(&d, "");
    dialogue_end(&d);
}

/* A listing that comes after QUIT asks for no reason: nothing is asked
 * for after the close (found by fuzz-session). */
static void test_listing_after_quit_asks_nothing(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, true, false);
    free(dialogue_take(&d));
    dialogue_send(&d, "QUIT\r\n");
    dialogue_expect(&d, "221 2.0.0 mx.test closing connection\r\n");
    assert_true(d.closed);
    dialogue_answer_lookups(&d);
    assert_int_equal(d.resolve_requests, 1);
    assert_int_equal(d.lookup_count, 0);
    dialogue_end(&d);
}

/* The reason never comes: at the deadline the listed client is refused
 * without one, and the refusal is sent, not dropped as unread output
 * (found by fuzz-session). */
static void test_listed_without_reason_at_deadline(void **state)
{
    (void)state;
    static const char *const zones[] = {"bl.test"};
    struct dialogue d;
    start(&d, zones, 1, true, false);
    int64_t connected = d.now;
    free(dialogue_take(&d));
    dialogue_send(&d, "HELO c.test\r\nMAIL FROM:<a@b.test>\r\n");
    dialogue_expect(&d, "250 mx.test\r\n");
    uint8_t a[4] = {127, 0, 0, 2};
    struct mxq_dns_record listed = {0, {a, 4}};
    assert_int_equal(d.lookup_count, 1);
    mxq_session_resolved(d.s, d.lookups[0].id, MXQ_DNS_OK, &listed, 1, 60,
                         d.now);
    d.lookup_count = 0;
    dialogue_serve(&d); /* the TXT is asked for, and left waiting */
    assert_int_equal(d.lookup_count, 1);
    d.now = connected + 59;
    mxq_session_tick(d.s, d.now);
    dialogue_serve(&d);
    dialogue_expect(&d, "554 5.7.1 Service unavailable; client [127.0.0.2] "
                        "blocked using bl.test\r\n");
    assert_true(d.closed);
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_query_names),
        cmocka_unit_test(test_what_lists),
        cmocka_unit_test(test_listed_client_refused_at_mail),
        cmocka_unit_test(test_clean_client_goes_on),
        cmocka_unit_test(test_timeout_lets_the_client_in),
        cmocka_unit_test(test_answer_before_mail),
        cmocka_unit_test(test_authenticated_client_is_exempt),
        cmocka_unit_test(test_eof_while_mail_waits),
        cmocka_unit_test(test_listing_after_quit_asks_nothing),
        cmocka_unit_test(test_listed_without_reason_at_deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
