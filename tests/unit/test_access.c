/*
 * Who may connect (adapters/access.c): IP ranges, smtp-range, the
 * connection cap, proxy sources, the outgoing IPs of the JSON; and the
 * PROXY phase of a connection (adapters/proxy_conn.c) over a real socket
 * pair: exactly the header is read, the bytes after it stay.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "access.h"
#include "config.h"
#include "proxy_conn.h"
#include "settings.h"

static struct mxqd_settings settings;
static char err[512];

static void cidrs(struct mxqd_cidr_list *list, const char *text)
{
    struct mxq_cfg_cidr items[MXQD_MAX_CIDRS];
    size_t count = 0;

    assert_int_equal(mxq_cfg_parse_cidrs(text, strlen(text), items,
                                         MXQD_MAX_CIDRS, &count), MXQ_CFG_OK);
    list->count = count;
    for (size_t i = 0; i < count; i++) {
        list->items[i].family = items[i].family == 4 ? AF_INET : AF_INET6;
        memcpy(list->items[i].addr, items[i].addr, 16);
        list->items[i].prefix = items[i].prefix;
    }
}

static struct mxqd_ip ip(const char *text)
{
    struct mxqd_ip out = { 0 };
    if (inet_pton(AF_INET, text, out.addr) == 1)
        out.family = AF_INET;
    else if (inet_pton(AF_INET6, text, out.addr) == 1)
        out.family = AF_INET6;
    else
        fail_msg("not an IP: %s", text);
    return out;
}

static bool in(const struct mxqd_cidr_list *list, const char *text)
{
    struct mxqd_ip a = ip(text);
    return mxqd_cidrs_contain(list, &a);
}

static struct mxqd_access *access_from(void)
{
    struct mxqd_access *a = mxqd_access_new(&settings, err, sizeof err);
    if (a == NULL)
        fail_msg("%s", err);
    return a;
}

/* --------------------------------------------------------- addresses */

static void test_ranges(void **state)
{
    (void)state;
    struct mxqd_cidr_list list;

    cidrs(&list, "192.168.0.0/16; 10.1.2.3; 172.16.0.0/12; 2001:db8::/33; "
                 "::1");
    assert_true(in(&list, "192.168.255.1"));
    assert_false(in(&list, "192.169.0.1"));
    assert_true(in(&list, "10.1.2.3"));
    assert_false(in(&list, "10.1.2.4"));
    assert_true(in(&list, "172.31.255.255"));   /* /12: not on a byte */
    assert_false(in(&list, "172.32.0.0"));
    assert_true(in(&list, "2001:db8:7fff::1"));
    assert_false(in(&list, "2001:db8:8000::1"));
    assert_true(in(&list, "::1"));
    assert_false(in(&list, "::2"));
    /* A family never matches the other's ranges. */
    assert_false(in(&list, "::ffff:192.168.0.1"));

    cidrs(&list, "0.0.0.0/0");
    assert_true(in(&list, "1.2.3.4"));
    assert_false(in(&list, "::1"));
    cidrs(&list, "");
    assert_false(in(&list, "1.2.3.4"));
}

static void test_sockaddr(void **state)
{
    (void)state;
    struct sockaddr_storage ss;
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
    struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
    struct mxqd_ip out;
    uint16_t port;
    char text[64];

    memset(&ss, 0, sizeof ss);
    sin6->sin6_family = AF_INET6;
    sin6->sin6_port = htons(2525);
    inet_pton(AF_INET6, "::ffff:127.0.0.5", &sin6->sin6_addr);
    mxqd_ip_from_sockaddr(&ss, &out, &port);
    assert_int_equal(out.family, AF_INET); /* dual stack: the IPv4 client */
    assert_int_equal(port, 2525);
    mxqd_ip_format(&out, text, sizeof text);
    assert_string_equal(text, "127.0.0.5");

    inet_pton(AF_INET6, "2001:DB8:0:0:1::1", &sin6->sin6_addr);
    mxqd_ip_from_sockaddr(&ss, &out, &port);
    assert_int_equal(out.family, AF_INET6);
    mxqd_ip_format(&out, text, sizeof text);
    assert_string_equal(text, "2001:db8::1:0:0:1");

    /* The deprecated IPv4-compatible form is plain RFC 5952 text (glibc's
     * inet_ntop would say ::1.2.3.4): the same in the log, the JSON and
     * --check-config, which all use this one formatter. */
    inet_pton(AF_INET6, "::1.2.3.4", &sin6->sin6_addr);
    mxqd_ip_from_sockaddr(&ss, &out, &port);
    assert_int_equal(out.family, AF_INET6);
    mxqd_ip_format(&out, text, sizeof text);
    assert_string_equal(text, "::102:304");

    memset(&ss, 0, sizeof ss);
    sin->sin_family = AF_INET;
    sin->sin_port = htons(25);
    inet_pton(AF_INET, "192.0.2.1", &sin->sin_addr);
    mxqd_ip_from_sockaddr(&ss, &out, &port);
    assert_int_equal(port, 25);
    mxqd_ip_format(&out, text, sizeof text);
    assert_string_equal(text, "192.0.2.1");

    ss.ss_family = AF_UNIX;
    mxqd_ip_from_sockaddr(&ss, &out, &port);
    mxqd_ip_format(&out, text, sizeof text);
    assert_string_equal(text, "unknown");
}

/* ------------------------------------------------------------ policy */

static void test_range_and_proxy(void **state)
{
    (void)state;
    struct mxqd_access *a;
    struct mxqd_ip x;

    memset(&settings, 0, sizeof settings);
    a = access_from();
    x = ip("203.0.113.9");
    assert_true(mxqd_access_allowed(a, &x)); /* empty: everybody */
    assert_false(mxqd_access_is_proxy(a, &x));
    assert_true(mxqd_access_allowed(NULL, &x));
    assert_false(mxqd_access_is_proxy(NULL, &x));
    mxqd_access_free(a);

    cidrs(&settings.smtp_range, "127.0.0.1; 192.168.0.0/16");
    cidrs(&settings.smtp_proxy, "127.0.0.2/32");
    a = access_from();
    x = ip("127.0.0.1");
    assert_true(mxqd_access_allowed(a, &x));
    x = ip("127.0.0.3");
    assert_false(mxqd_access_allowed(a, &x));
    assert_false(mxqd_access_is_proxy(a, &x));
    x = ip("127.0.0.2");
    assert_true(mxqd_access_is_proxy(a, &x));
    mxqd_access_free(a);
}

static void test_connection_cap(void **state)
{
    (void)state;
    struct mxqd_access *a;

    memset(&settings, 0, sizeof settings);
    a = access_from();
    for (int i = 0; i < 1000; i++)
        assert_true(mxqd_access_take(a)); /* no cap */
    mxqd_access_free(a);
    assert_true(mxqd_access_take(NULL));
    mxqd_access_release(NULL);

    /* The smaller of the two applies. */
    settings.smtp_connections = 5;
    settings.smtp_connections_in = 3;
    a = access_from();
    assert_true(mxqd_access_take(a));
    assert_true(mxqd_access_take(a));
    assert_true(mxqd_access_take(a));
    assert_false(mxqd_access_take(a));
    assert_false(mxqd_access_take(a));
    assert_int_equal(mxqd_access_in_use(a), 3);
    mxqd_access_release(a);
    assert_true(mxqd_access_take(a));
    assert_false(mxqd_access_take(a));
    mxqd_access_free(a);

    settings.smtp_connections = 0;
    settings.smtp_connections_in = 1;
    a = access_from();
    assert_true(mxqd_access_take(a));
    assert_false(mxqd_access_take(a));
    mxqd_access_free(a);
    settings.smtp_connections = 2;
    settings.smtp_connections_in = 0;
    a = access_from();
    assert_true(mxqd_access_take(a));
    assert_true(mxqd_access_take(a));
    assert_false(mxqd_access_take(a));
    mxqd_access_free(a);
}

static void test_outgoing_ips(void **state)
{
    (void)state;
    struct mxqd_access *a;
    const char *slot = NULL;
    const char *const *ips;
    size_t count;
    struct mxqd_ip local;

    /* MailerQ's example. */
    memset(&settings, 0, sizeof settings);
    cidrs(&settings.smtp_default_ips, "1.2.3.4;4.5.6.7");
    cidrs(&settings.smtp_unmappable_ips, "1.2.3.28/32;1.2.3.5/32");
    cidrs(&settings.smtp_mappable_ips, "1.2.3.0/24;4.5.6.0/24");
    a = access_from();

    local = ip("1.2.3.10");
    mxqd_access_ips(a, &local, "1.2.3.10", &slot, &ips, &count);
    assert_int_equal(count, 1);
    assert_ptr_equal(ips, &slot);
    assert_string_equal(ips[0], "1.2.3.10");

    local = ip("1.2.3.28"); /* mappable, but an exception */
    mxqd_access_ips(a, &local, "1.2.3.28", &slot, &ips, &count);
    assert_int_equal(count, 2);
    assert_string_equal(ips[0], "1.2.3.4");
    assert_string_equal(ips[1], "4.5.6.7");

    local = ip("9.9.9.9"); /* not mappable */
    mxqd_access_ips(a, &local, "9.9.9.9", &slot, &ips, &count);
    assert_int_equal(count, 2);
    mxqd_access_free(a);

    /* No defaults: nothing. */
    memset(&settings, 0, sizeof settings);
    cidrs(&settings.smtp_mappable_ips, "::/0");
    a = access_from();
    local = ip("9.9.9.9");
    mxqd_access_ips(a, &local, "9.9.9.9", &slot, &ips, &count);
    assert_int_equal(count, 0);
    assert_null(ips);
    local = ip("2001:db8::25");
    mxqd_access_ips(a, &local, "2001:db8::25", &slot, &ips, &count);
    assert_int_equal(count, 1);
    assert_string_equal(ips[0], "2001:db8::25");
    mxqd_access_free(a);
    mxqd_access_ips(NULL, &local, "x", &slot, &ips, &count);
    assert_int_equal(count, 0);

    /* smtp-default-ips takes addresses, not ranges. */
    cidrs(&settings.smtp_default_ips, "1.2.3.4; 10.0.0.0/8");
    assert_null(mxqd_access_new(&settings, err, sizeof err));
    assert_non_null(strstr(err, "smtp-default-ips: 10.0.0.0/8 is a range"));
    cidrs(&settings.smtp_default_ips, "2001:db8::1/128");
    a = access_from();
    mxqd_access_ips(a, &local, "2001:db8::25", &slot, &ips, &count);
    assert_int_equal(count, 1); /* still mappable */
    local = ip("10.0.0.1");
    mxqd_access_ips(a, &local, "10.0.0.1", &slot, &ips, &count);
    assert_string_equal(ips[0], "2001:db8::1");
    mxqd_access_free(a);
}

static void test_refuse(void **state)
{
    (void)state;
    int sv[2];
    char buf[128];
    ssize_t n;

    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    /* What the client sent already is read away, not left for a reset. */
    assert_int_equal(write(sv[1], "EHLO early\r\n", 12), 12);
    char reply[128];
    assert_int_equal(mxq_refusal_reply(MXQ_REFUSAL_NOT_IN_RANGE, reply,
                                       sizeof reply),
                     strlen("554 5.7.1 Access denied\r\n"));
    mxqd_access_refuse(sv[0], reply);
    n = read(sv[1], buf, sizeof buf - 1);
    assert_true(n > 0);
    buf[n] = '\0';
    assert_string_equal(buf, "554 5.7.1 Access denied\r\n");
    assert_int_equal(read(sv[1], buf, sizeof buf), 0);
    close(sv[1]);

    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    mxqd_access_refuse(sv[0], NULL); /* a TLS port: nothing said */
    assert_int_equal(read(sv[1], buf, sizeof buf), 0);
    close(sv[1]);
}

/* ------------------------------------------------------- PROXY phase */

struct pair {
    int server, client;
    struct mxqd_proxy_conn *pc;
    struct mxqd_peer real;
};

static void pair_open(struct pair *p)
{
    int sv[2];
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv),
                     0);
    p->server = sv[0];
    p->client = sv[1];
    memset(&p->real, 0, sizeof p->real);
    p->real.remote = ip("127.0.0.2");
    p->real.remote_port = 40000;
    p->real.local = ip("127.0.0.1");
    p->real.local_port = 25;
    p->pc = mxqd_proxy_conn_new(&p->real, 1000);
    assert_non_null(p->pc);
}

static void pair_close(struct pair *p)
{
    mxqd_proxy_conn_free(p->pc);
    close(p->server);
    if (p->client >= 0)
        close(p->client);
}

static void send_bytes(struct pair *p, const void *data, size_t n)
{
    assert_int_equal(write(p->client, data, n), (ssize_t)n);
}

static enum mxqd_proxy_step step(struct pair *p, struct mxqd_peer *client,
                                 const char **why)
{
    *why = "";
    return mxqd_proxy_conn_read(p->pc, p->server, client, why);
}

static void assert_rest(struct pair *p, const char *rest)
{
    char buf[256];
    ssize_t n = read(p->server, buf, sizeof buf);
    assert_int_equal(n, (ssize_t)strlen(rest));
    assert_memory_equal(buf, rest, strlen(rest));
}

static void assert_endpoint(const struct mxqd_ip *addr, uint16_t port,
                            const char *text, uint16_t want_port)
{
    char buf[64];
    mxqd_ip_format(addr, buf, sizeof buf);
    assert_string_equal(buf, text);
    assert_int_equal(port, want_port);
}

static void test_proxy_v1(void **state)
{
    (void)state;
    struct pair p;
    struct mxqd_peer client;
    const char *why;
    const char *header = "PROXY TCP4 192.0.2.7 198.51.100.25 56324 25\r\n";

    pair_open(&p);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_WAIT); /* nothing */
    /* Split at every third octet, the SMTP command right behind it. */
    for (size_t i = 0; i < strlen(header); i += 3) {
        size_t n = strlen(header) - i < 3 ? strlen(header) - i : 3;
        send_bytes(&p, header + i, n);
        if (i + n < strlen(header))
            assert_int_equal(step(&p, &client, &why), MXQD_PROXY_WAIT);
    }
    send_bytes(&p, "EHLO client\r\n", 13);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_READY);
    assert_endpoint(&client.remote, client.remote_port, "192.0.2.7", 56324);
    assert_endpoint(&client.local, client.local_port, "198.51.100.25", 25);
    assert_string_equal(mxqd_proxy_conn_kind(p.pc), "v1");
    assert_rest(&p, "EHLO client\r\n");
    pair_close(&p);

    pair_open(&p);
    const char *v6 = "PROXY TCP6 2001:db8::7 2001:db8::25 1 2525\r\n\x16\x03";
    send_bytes(&p, v6, strlen(v6));
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_READY);
    assert_endpoint(&client.remote, client.remote_port, "2001:db8::7", 1);
    assert_endpoint(&client.local, client.local_port, "2001:db8::25", 2525);
    assert_rest(&p, "\x16\x03"); /* a TLS ClientHello stays */
    pair_close(&p);

    /* UNKNOWN: the proxy's own endpoints. */
    pair_open(&p);
    send_bytes(&p, "PROXY UNKNOWN whatever\r\n", 24);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_READY);
    assert_endpoint(&client.remote, client.remote_port, "127.0.0.2", 40000);
    assert_endpoint(&client.local, client.local_port, "127.0.0.1", 25);
    assert_string_equal(mxqd_proxy_conn_kind(p.pc), "v1 UNKNOWN");
    pair_close(&p);
}

static void test_proxy_v2(void **state)
{
    (void)state;
    static const uint8_t sig[12] = { 0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d,
                                     0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a };
    uint8_t h[64];
    struct pair p;
    struct mxqd_peer client;
    const char *why;

    /* PROXY, TCP over IPv4, with a NOOP TLV (type 0x04) of 3 octets. */
    memcpy(h, sig, 12);
    h[12] = 0x21;
    h[13] = 0x11;
    h[14] = 0;
    h[15] = 12 + 6;
    const uint8_t addrs[12] = { 127, 0, 0, 5, 127, 0, 0, 1,
                                0xdc, 0x05, 0x00, 0x19 }; /* 56325 -> 25 */
    memcpy(h + 16, addrs, 12);
    const uint8_t tlv[6] = { 0x04, 0x00, 0x03, 'x', 'y', 'z' };
    memcpy(h + 28, tlv, 6);

    pair_open(&p);
    send_bytes(&p, h, 20);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_WAIT);
    send_bytes(&p, h + 20, 14);
    send_bytes(&p, "QUIT\r\n", 6);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_READY);
    assert_endpoint(&client.remote, client.remote_port, "127.0.0.5", 56325);
    assert_endpoint(&client.local, client.local_port, "127.0.0.1", 25);
    assert_string_equal(mxqd_proxy_conn_kind(p.pc), "v2");
    assert_rest(&p, "QUIT\r\n");
    pair_close(&p);

    /* LOCAL (a health check): the real endpoints. */
    pair_open(&p);
    h[12] = 0x20;
    h[13] = 0x00;
    h[15] = 0;
    send_bytes(&p, h, 16);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_READY);
    assert_endpoint(&client.remote, client.remote_port, "127.0.0.2", 40000);
    assert_string_equal(mxqd_proxy_conn_kind(p.pc), "v2 LOCAL");
    pair_close(&p);

    /* A TLV that runs past the block. */
    pair_open(&p);
    h[12] = 0x21;
    h[13] = 0x11;
    h[15] = 12 + 3;
    memcpy(h + 16, addrs, 12);
    const uint8_t long_tlv[3] = { 0x04, 0x00, 0x09 };
    memcpy(h + 28, long_tlv, 3);
    send_bytes(&p, h, 31);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_FAILED);
    assert_string_equal(why, "not a valid PROXY header");
    pair_close(&p);
}

static void test_proxy_failures(void **state)
{
    (void)state;
    struct pair p;
    struct mxqd_peer client;
    const char *why;

    /* SMTP where a header belongs. */
    pair_open(&p);
    send_bytes(&p, "EHLO x\r\n", 8);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_FAILED);
    assert_string_equal(why, "not a valid PROXY header");
    pair_close(&p);

    /* A v1 line with two spaces. */
    pair_open(&p);
    send_bytes(&p, "PROXY  TCP4 1.2.3.4 5.6.7.8 1 2\r\n", 33);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_FAILED);
    pair_close(&p);

    /* The proxy hangs up half way. */
    pair_open(&p);
    send_bytes(&p, "PROXY TCP4 1.2", 14);
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_WAIT);
    close(p.client);
    p.client = -1;
    assert_int_equal(step(&p, &client, &why), MXQD_PROXY_FAILED);
    assert_non_null(strstr(why, "closed before the end"));
    pair_close(&p);

    /* Too slow. */
    pair_open(&p);
    assert_false(mxqd_proxy_conn_expired(p.pc, 1000));
    assert_false(mxqd_proxy_conn_expired(p.pc, 1000 + MXQD_PROXY_TIMEOUT - 1));
    assert_true(mxqd_proxy_conn_expired(p.pc, 1000 + MXQD_PROXY_TIMEOUT));
    pair_close(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_sockaddr),
        cmocka_unit_test(test_range_and_proxy),
        cmocka_unit_test(test_connection_cap),
        cmocka_unit_test(test_outgoing_ips),
        cmocka_unit_test(test_refuse),
        cmocka_unit_test(test_proxy_v1),
        cmocka_unit_test(test_proxy_v2),
        cmocka_unit_test(test_proxy_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
