/*
 * The per-client limits (client_limits.c) and their tables: windows a
 * minute long per client (rate_limit.c), connections open per client
 * (client_count.c), IPv6 clients by their prefix (client_key.c), exempt
 * ranges; a flood of distinct addresses fills a table and no more.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <arpa/inet.h>
#include <cmocka.h>

#include "client_count.h"
#include "client_limits.h"
#include "rate_limit.h"

static struct mxqd_ip ip(const char *text)
{
    struct mxqd_ip a = {0};
    if (inet_pton(AF_INET, text, a.addr) == 1)
        a.family = AF_INET;
    else if (inet_pton(AF_INET6, text, a.addr) == 1)
        a.family = AF_INET6;
    else
        fail_msg("not an address: %s", text);
    return a;
}

static bool take(struct mxqd_rate_limit *rl, const char *text, int64_t now)
{
    struct mxqd_ip a = ip(text);
    return mxqd_rate_limit_take(rl, &a, now);
}

static void test_rate_per_client(void **state)
{
    (void)state;
    struct mxqd_rate_limit *rl = mxqd_rate_limit_new(3, 64, 64);
    assert_non_null(rl);
    for (int i = 0; i < 3; i++)
        assert_true(take(rl, "192.0.2.1", 100));
    assert_false(take(rl, "192.0.2.1", 159));
    /* another address has its own count */
    assert_true(take(rl, "192.0.2.2", 159));
    /* a minute later the count starts again */
    assert_true(take(rl, "192.0.2.1", 160));
    /* IPv6: one count per /64 */
    for (int i = 0; i < 3; i++)
        assert_true(take(rl, i % 2 ? "2001:db8::1" : "2001:db8::ffff:2", 200));
    assert_false(take(rl, "2001:db8:0:0:1::9", 200));
    assert_true(take(rl, "2001:db8:0:1::1", 200));
    mxqd_rate_limit_free(rl);

    rl = mxqd_rate_limit_new(0, 1, 64);
    for (int i = 0; i < 100; i++)
        assert_true(take(rl, "192.0.2.1", 100));
    mxqd_rate_limit_free(rl);
}

/* smtp-ipv6-prefix: /48 puts two /64s together, /128 keeps every
 * address apart, and /61 cuts inside an octet. */
static void test_ipv6_prefix(void **state)
{
    (void)state;
    struct mxqd_rate_limit *wide = mxqd_rate_limit_new(1, 64, 48);
    assert_true(take(wide, "2001:db8:1:1::1", 10));
    assert_false(take(wide, "2001:db8:1:2::1", 10));
    assert_true(take(wide, "2001:db8:2::1", 10));
    mxqd_rate_limit_free(wide);

    struct mxqd_rate_limit *each = mxqd_rate_limit_new(1, 64, 128);
    assert_true(take(each, "2001:db8::1", 10));
    assert_true(take(each, "2001:db8::2", 10));
    assert_false(take(each, "2001:db8::1", 10));
    mxqd_rate_limit_free(each);

    struct mxqd_client_key a, b, c;
    struct mxqd_ip x = ip("2001:db8:0:7::1"), y = ip("2001:db8:0:0::1"),
                   z = ip("2001:db8:0:8::1");
    mxqd_client_key(&x, 61, &a);
    mxqd_client_key(&y, 61, &b);
    mxqd_client_key(&z, 61, &c);
    assert_memory_equal(&a, &b, sizeof a);
    assert_memory_not_equal(&a, &c, sizeof a);
    /* an IPv4 address and the IPv6 one of the same octets differ */
    struct mxqd_ip v4 = ip("32.1.13.184"), v6 = ip("2001:db8::");
    mxqd_client_key(&v4, 32, &a);
    mxqd_client_key(&v6, 32, &b);
    assert_memory_not_equal(&a, &b, sizeof a);
}

/* A flood of distinct addresses fills the table: newcomers are refused
 * within the minute, and let in again once it is over. */
static void test_rate_table_full(void **state)
{
    (void)state;
    struct mxqd_rate_limit *rl = mxqd_rate_limit_new(5, 16, 64);
    assert_non_null(rl);
    char text[32];
    size_t allowed = 0;
    for (int i = 0; i < 1000; i++) {
        snprintf(text, sizeof text, "10.0.%d.%d", i / 256, i % 256);
        allowed += take(rl, text, 1000);
    }
    assert_true(allowed <= 16);
    assert_true(allowed >= 8);
    assert_true(take(rl, "10.9.9.9", 1060));
    mxqd_rate_limit_free(rl);
}

static void test_open_per_client(void **state)
{
    (void)state;
    struct mxqd_client_count *cc = mxqd_client_count_new(2, 64, 64);
    struct mxqd_ip a = ip("127.0.0.2"), b = ip("127.0.0.3");
    struct mxqd_ip v6a = ip("2001:db8::1"), v6b = ip("2001:db8::2");
    assert_true(mxqd_client_count_take(cc, &a));
    assert_true(mxqd_client_count_take(cc, &a));
    assert_false(mxqd_client_count_take(cc, &a));
    assert_true(mxqd_client_count_take(cc, &b));
    mxqd_client_count_release(cc, &a);
    assert_true(mxqd_client_count_take(cc, &a));
    assert_true(mxqd_client_count_take(cc, &v6a));
    assert_true(mxqd_client_count_take(cc, &v6b));
    assert_false(mxqd_client_count_take(cc, &v6a)); /* one /64 */
    assert_int_equal(mxqd_client_count_clients(cc), 3);
    for (int i = 0; i < 2; i++) {
        mxqd_client_count_release(cc, &a);
        mxqd_client_count_release(cc, &v6a);
    }
    mxqd_client_count_release(cc, &b);
    assert_int_equal(mxqd_client_count_clients(cc), 0);
    mxqd_client_count_free(cc);

    /* a full table: more clients than slots are refused, and the slots
     * come back when their connections close */
    cc = mxqd_client_count_new(1, 8, 64);
    struct mxqd_ip many[100];
    size_t taken = 0;
    for (int i = 0; i < 100; i++) {
        char text[32];
        snprintf(text, sizeof text, "10.1.0.%d", i);
        many[i] = ip(text);
        taken += mxqd_client_count_take(cc, &many[i]);
    }
    assert_int_equal(taken, 8);
    assert_int_equal(mxqd_client_count_clients(cc), 8);
    for (int i = 0; i < 100; i++)
        mxqd_client_count_release(cc, &many[i]);
    assert_int_equal(mxqd_client_count_clients(cc), 0);
    assert_true(mxqd_client_count_take(cc, &many[99]));
    mxqd_client_count_free(cc);
}

/* The bundle: open and rate limits together, exempt ranges, messages. */
static void test_client_limits(void **state)
{
    (void)state;
    struct mxqd_settings s;
    memset(&s, 0, sizeof s);
    s.smtp_connections_per_ip = 2;
    s.smtp_connection_rate = 3;
    s.smtp_message_rate = 1;
    s.smtp_ipv6_prefix = 64;
    s.smtp_refused_rate = 1;
    s.smtp_rate_exempt.count = 1;
    s.smtp_rate_exempt.items[0].family = AF_INET;
    inet_pton(AF_INET, "127.0.0.9", s.smtp_rate_exempt.items[0].addr);
    s.smtp_rate_exempt.items[0].prefix = 32;
    struct mxqd_client_limits *l = mxqd_client_limits_new(&s);
    assert_non_null(l);
    struct mxqd_ip a = ip("127.0.0.2"), x = ip("127.0.0.9");
    bool counted;
    assert_int_equal(mxqd_client_limits_admit(l, &a, 10, &counted),
                     MXQD_ADMITTED);
    assert_true(counted);
    assert_int_equal(mxqd_client_limits_admit(l, &a, 10, &counted),
                     MXQD_ADMITTED);
    assert_int_equal(mxqd_client_limits_admit(l, &a, 10, &counted),
                     MXQD_TOO_MANY_OPEN);
    assert_false(counted);
    mxqd_client_limits_leave(l, &a);
    /* the third connection of the minute is the last */
    assert_int_equal(mxqd_client_limits_admit(l, &a, 11, &counted),
                     MXQD_ADMITTED);
    mxqd_client_limits_leave(l, &a);
    assert_int_equal(mxqd_client_limits_admit(l, &a, 12, &counted),
                     MXQD_TOO_FAST);
    assert_false(counted);
    /* a connection refused for its rate holds no place */
    mxqd_client_limits_leave(l, &a);
    assert_int_equal(mxqd_client_limits_admit(l, &a, 80, &counted),
                     MXQD_ADMITTED);
    /* messages */
    assert_true(mxqd_client_limits_message(l, &a, 10));
    assert_false(mxqd_client_limits_message(l, &a, 20));
    assert_true(mxqd_client_limits_refused(l, &a, 10));
    assert_false(mxqd_client_limits_refused(l, &a, 10));
    /* exempt: never counted, never refused */
    for (int i = 0; i < 10; i++) {
        assert_int_equal(mxqd_client_limits_admit(l, &x, 10, &counted),
                         MXQD_ADMITTED);
        assert_false(counted);
        assert_true(mxqd_client_limits_message(l, &x, 10));
        assert_true(mxqd_client_limits_refused(l, &x, 10));
    }
    mxqd_client_limits_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rate_per_client),
        cmocka_unit_test(test_ipv6_prefix),
        cmocka_unit_test(test_rate_table_full),
        cmocka_unit_test(test_open_per_client),
        cmocka_unit_test(test_client_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
