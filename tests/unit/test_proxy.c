/*
 * The PROXY protocol parser (grammar/proxy.rl) and the address formatter.
 *
 * Every case is fed in one read with the client's first bytes behind it,
 * then cut in two at every octet boundary, then octet by octet: the
 * verdict, the consumed count and the header never change, and the bytes
 * after the header are never consumed. An invalid header is ERROR however
 * it is cut, never DONE.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "proxy.h"

/* What the client sends after the header: must never be consumed. */
static const char after[] = "EHLO client.example\r\n";

/* A header as a test sees it: addresses as text, TLVs as strings. */
struct expect {
    enum mxq_proxy_status status;
    unsigned version;
    enum mxq_proxy_command command;
    enum mxq_proxy_family family;
    const char *src, *dst;      /* formatted; NULL: not compared */
    unsigned sport, dport;
    const char *alpn, *authority, *unique_id, *netns; /* NULL: absent */
    bool has_ssl;
    unsigned client;
    uint32_t verify;
    const char *ssl_version, *ssl_cn, *ssl_cipher;
};

struct outcome {
    enum mxq_proxy_status status;
    size_t consumed;
    struct mxq_proxy_header h;
};

/* Feeds in[0..n) in pieces cut at `cut` (0: one read) or, with
 * bytewise, octet by octet. Stops at DONE or ERROR. */
static void feed(struct mxq_proxy_parser *ps, const uint8_t *in, size_t n,
                 size_t cut, bool bytewise, struct outcome *o)
{
    size_t at = 0;

    memset(o, 0, sizeof *o);
    mxq_proxy_init(ps);
    o->status = MXQ_PROXY_NEED_MORE;
    while (at < n && o->status == MXQ_PROXY_NEED_MORE) {
        size_t piece = bytewise ? 1 : (at < cut ? cut - at : n - at);
        size_t used = 0;
        o->status = mxq_proxy_feed(ps, in + at, piece, &used, &o->h);
        assert_true(used <= piece);
        if (o->status == MXQ_PROXY_NEED_MORE)
            assert_int_equal(used, piece);
        o->consumed += used;
        at += piece;
    }
}

static bool slice_is(struct mxq_slice s, const char *want)
{
    if (want == NULL)
        return s.p == NULL && s.n == 0;
    return s.p != NULL && s.n == strlen(want) && memcmp(s.p, want, s.n) == 0;
}

static void check_expect(const char *name, const struct outcome *o,
                         size_t header_len, const struct expect *e)
{
    const struct mxq_proxy_header *h = &o->h;
    char src[MXQ_PROXY_IP_TEXT_MAX], dst[MXQ_PROXY_IP_TEXT_MAX];

    if (o->status != e->status)
        fail_msg("%s: status %d, want %d", name, o->status, e->status);
    if (e->status != MXQ_PROXY_DONE)
        return;
    if (o->consumed != header_len || h->length != header_len)
        fail_msg("%s: consumed %zu (length %zu), want %zu", name, o->consumed,
                 h->length, header_len);
    if (h->version != e->version || h->command != e->command ||
        h->family != e->family)
        fail_msg("%s: v%u command %d family %d", name, h->version,
                 h->command, h->family);
    if (e->src != NULL) {
        assert_true(mxq_proxy_format_ip(h->family, h->src.ip, src, sizeof src));
        assert_true(mxq_proxy_format_ip(h->family, h->dst.ip, dst, sizeof dst));
        if (strcmp(src, e->src) != 0 || strcmp(dst, e->dst) != 0 ||
            h->src.port != e->sport || h->dst.port != e->dport)
            fail_msg("%s: %s port %u -> %s port %u", name, src, h->src.port,
                     dst, h->dst.port);
    }
    if (!slice_is(h->alpn, e->alpn) || !slice_is(h->authority, e->authority) ||
        !slice_is(h->unique_id, e->unique_id) || !slice_is(h->netns, e->netns))
        fail_msg("%s: TLVs differ", name);
    if (h->has_ssl != e->has_ssl)
        fail_msg("%s: SSL TLV %d", name, h->has_ssl);
    if (e->has_ssl &&
        (h->ssl.client != e->client || h->ssl.verify != e->verify ||
         !slice_is(h->ssl.version, e->ssl_version) ||
         !slice_is(h->ssl.cn, e->ssl_cn) ||
         !slice_is(h->ssl.cipher, e->ssl_cipher)))
        fail_msg("%s: SSL details differ", name);
}

/* Slices compared by their place in the header, since each parser has
 * its own buffer. */
static void same_slice(const char *name, size_t cut,
                       const struct mxq_proxy_parser *pa, struct mxq_slice a,
                       const struct mxq_proxy_parser *pb, struct mxq_slice b)
{
    if ((a.p == NULL) != (b.p == NULL) || a.n != b.n ||
        (a.p != NULL && a.p - (const char *)pa->buf !=
                            b.p - (const char *)pb->buf))
        fail_msg("%s: a slice moved when cut at %zu", name, cut);
}

static void same_header(const char *name, size_t cut,
                        const struct mxq_proxy_parser *pa,
                        const struct outcome *a,
                        const struct mxq_proxy_parser *pb,
                        const struct outcome *b)
{
    const struct mxq_proxy_header *x = &a->h, *y = &b->h;

    if (a->status != b->status || a->consumed != b->consumed)
        fail_msg("%s: cut at %zu: status %d after %zu, in one read %d "
                 "after %zu", name, cut, b->status, b->consumed, a->status,
                 a->consumed);
    if (a->status != MXQ_PROXY_DONE)
        return;
    if (x->length != y->length || x->version != y->version ||
        x->command != y->command || x->family != y->family ||
        memcmp(x->src.ip, y->src.ip, 16) != 0 ||
        memcmp(x->dst.ip, y->dst.ip, 16) != 0 || x->src.port != y->src.port ||
        x->dst.port != y->dst.port || x->has_ssl != y->has_ssl ||
        x->ssl.client != y->ssl.client || x->ssl.verify != y->ssl.verify)
        fail_msg("%s: the header differs when cut at %zu", name, cut);
    same_slice(name, cut, pa, x->src.text, pb, y->src.text);
    same_slice(name, cut, pa, x->dst.text, pb, y->dst.text);
    same_slice(name, cut, pa, x->src.port_text, pb, y->src.port_text);
    same_slice(name, cut, pa, x->dst.port_text, pb, y->dst.port_text);
    same_slice(name, cut, pa, x->src.path, pb, y->src.path);
    same_slice(name, cut, pa, x->dst.path, pb, y->dst.path);
    same_slice(name, cut, pa, x->alpn, pb, y->alpn);
    same_slice(name, cut, pa, x->authority, pb, y->authority);
    same_slice(name, cut, pa, x->unique_id, pb, y->unique_id);
    same_slice(name, cut, pa, x->netns, pb, y->netns);
    same_slice(name, cut, pa, x->ssl.version, pb, y->ssl.version);
    same_slice(name, cut, pa, x->ssl.cn, pb, y->ssl.cn);
    same_slice(name, cut, pa, x->ssl.cipher, pb, y->ssl.cipher);
}

static struct mxq_proxy_parser whole_parser, cut_parser;
static size_t cuts_checked;

/* header[0..n), then `after`: checked in one read, at every cut, and
 * octet by octet. */
static void check_everywhere(const char *name, const uint8_t *header,
                             size_t n, const struct expect *e)
{
    size_t total = n + strlen(after);
    uint8_t *in = malloc(total);
    struct outcome whole, cut;

    assert_non_null(in);
    memcpy(in, header, n);
    memcpy(in + n, after, strlen(after));

    feed(&whole_parser, in, total, 0, false, &whole);
    check_expect(name, &whole, n, e);
    for (size_t at = 1; at < total; at++) {
        feed(&cut_parser, in, total, at, false, &cut);
        same_header(name, at, &whole_parser, &whole, &cut_parser, &cut);
        cuts_checked++;
    }
    feed(&cut_parser, in, total, 0, true, &cut);
    same_header(name, 1, &whole_parser, &whole, &cut_parser, &cut);
    free(in);
}

/* ------------------------------------------------------------------ v1 */

struct v1_case {
    const char *name;
    const char *line;
    struct expect e;
};

#define V1_OK(cmd, fam, s, d, sp, dp)                                         \
    { .status = MXQ_PROXY_DONE, .version = 1,                                \
      .command = MXQ_PROXY_CMD_##cmd, .family = MXQ_PROXY_AF_##fam,          \
      .src = s, .dst = d, .sport = sp, .dport = dp }
#define V1_BAD { .status = MXQ_PROXY_ERROR }

/* 107 octets: the spec's worst case. */
#define FULL6 "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
#define LONGEST_UNKNOWN "PROXY UNKNOWN " FULL6 " " FULL6 " 65535 65535\r\n"

static const struct v1_case v1_cases[] = {
    {"tcp4", "PROXY TCP4 192.0.2.1 198.51.100.7 56324 25\r\n",
     V1_OK(PROXY, INET, "192.0.2.1", "198.51.100.7", 56324, 25)},
    {"tcp4 extremes", "PROXY TCP4 0.0.0.0 255.255.255.255 0 65535\r\n",
     V1_OK(PROXY, INET, "0.0.0.0", "255.255.255.255", 0, 65535)},
    {"tcp4 two-digit", "PROXY TCP4 10.99.100.249 250.1.0.10 9 10\r\n",
     V1_OK(PROXY, INET, "10.99.100.249", "250.1.0.10", 9, 10)},
    {"tcp6", "PROXY TCP6 2001:db8::1 2001:db8::2 1 2\r\n",
     V1_OK(PROXY, INET6, "2001:db8::1", "2001:db8::2", 1, 2)},
    {"tcp6 loopback and any", "PROXY TCP6 ::1 :: 65535 0\r\n",
     V1_OK(PROXY, INET6, "::1", "::", 65535, 0)},
    {"tcp6 mapped and full", "PROXY TCP6 ::ffff:192.0.2.1 1:2:3:4:5:6:7:8 1 2\r\n",
     V1_OK(PROXY, INET6, "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", 1, 2)},
    {"tcp6 upper case, dotted tail",
     "PROXY TCP6 " "FFFF:0ABC:ffff:0:FFFF:ffff:FFFF:ffff 1:2:3:4:5:6:1.2.3.4 1 2\r\n",
     V1_OK(PROXY, INET6, "ffff:abc:ffff:0:ffff:ffff:ffff:ffff",
           "1:2:3:4:5:6:102:304", 1, 2)},
    {"tcp6 trailing ::", "PROXY TCP6 1:: 1:2:3:4:5:6:7:: 1 2\r\n",
     V1_OK(PROXY, INET6, "1::", "1:2:3:4:5:6:7:0", 1, 2)},
    {"tcp6 :: then seven", "PROXY TCP6 ::2:3:4:5:6:7:8 1:0:0:2::3 1 2\r\n",
     V1_OK(PROXY, INET6, "0:2:3:4:5:6:7:8", "1:0:0:2::3", 1, 2)},
    {"tcp6 :: and a quad", "PROXY TCP6 ::1.2.3.4 1::5:1.2.3.4 1 2\r\n",
     V1_OK(PROXY, INET6, "::102:304", "1::5:102:304", 1, 2)},
    {"unknown", "PROXY UNKNOWN\r\n", V1_OK(UNKNOWN, UNSPEC, NULL, NULL, 0, 0)},
    {"unknown with junk", "PROXY UNKNOWN whatever \x01\xff\r\n",
     V1_OK(UNKNOWN, UNSPEC, NULL, NULL, 0, 0)},
    {"unknown, 107 octets", LONGEST_UNKNOWN,
     V1_OK(UNKNOWN, UNSPEC, NULL, NULL, 0, 0)},

    {"108 octets", "PROXY UNKNOWN " FULL6 " " FULL6 " 65535 655350\r\n", V1_BAD},
    {"octet 256", "PROXY TCP4 192.0.2.256 1.2.3.4 1 2\r\n", V1_BAD},
    {"three octets", "PROXY TCP4 192.0.2 1.2.3.4 1 2\r\n", V1_BAD},
    {"five octets", "PROXY TCP4 1.2.3.4.5 1.2.3.4 1 2\r\n", V1_BAD},
    {"leading zero in address", "PROXY TCP4 192.0.2.01 1.2.3.4 1 2\r\n", V1_BAD},
    {"leading zero 00", "PROXY TCP4 00.0.2.1 1.2.3.4 1 2\r\n", V1_BAD},
    {"port 65536", "PROXY TCP4 1.2.3.4 5.6.7.8 65536 25\r\n", V1_BAD},
    {"port 70000", "PROXY TCP4 1.2.3.4 5.6.7.8 1 70000\r\n", V1_BAD},
    {"port 6 digits", "PROXY TCP4 1.2.3.4 5.6.7.8 100000 25\r\n", V1_BAD},
    {"port leading zero", "PROXY TCP4 1.2.3.4 5.6.7.8 025 25\r\n", V1_BAD},
    {"port 00", "PROXY TCP4 1.2.3.4 5.6.7.8 00 25\r\n", V1_BAD},
    {"missing CRLF", "PROXY TCP4 1.2.3.4 5.6.7.8 1 2EHLO x\r\n", V1_BAD},
    {"CR without LF", "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\rEHLO x\r\n", V1_BAD},
    {"lone LF", "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\n", V1_BAD},
    {"lone LF, unknown", "PROXY UNKNOWN x\n", V1_BAD},
    {"lone CR in unknown", "PROXY UNKNOWN a\rb\r\n", V1_BAD},
    {"lower-case proxy", "proxy TCP4 1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"lower-case tcp4", "PROXY tcp4 1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"two spaces", "PROXY  TCP4 1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"two spaces inside", "PROXY TCP4 1.2.3.4  5.6.7.8 1 2\r\n", V1_BAD},
    {"space before CRLF", "PROXY TCP4 1.2.3.4 5.6.7.8 1 2 \r\n", V1_BAD},
    {"tab", "PROXY TCP4\t1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"port missing", "PROXY TCP4 1.2.3.4 5.6.7.8 1\r\n", V1_BAD},
    {"TCP4 with IPv6", "PROXY TCP4 ::1 ::1 1 2\r\n", V1_BAD},
    {"TCP6 with IPv4", "PROXY TCP6 1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"nine groups", "PROXY TCP6 1:2:3:4:5:6:7:8:9 ::1 1 2\r\n", V1_BAD},
    {"seven groups", "PROXY TCP6 1:2:3:4:5:6:7 ::1 1 2\r\n", V1_BAD},
    {"two ::", "PROXY TCP6 1::2::3 ::1 1 2\r\n", V1_BAD},
    {"::: ", "PROXY TCP6 1:::2 ::1 1 2\r\n", V1_BAD},
    {"leading colon", "PROXY TCP6 :1::2 ::1 1 2\r\n", V1_BAD},
    {"trailing colon", "PROXY TCP6 1::2: ::1 1 2\r\n", V1_BAD},
    {"five hex digits", "PROXY TCP6 12345:: ::1 1 2\r\n", V1_BAD},
    {"quad too far", "PROXY TCP6 1:2:3:4:5:6:7:1.2.3.4 ::1 1 2\r\n", V1_BAD},
    {"quad with :: and seven", "PROXY TCP6 1::2:3:4:5:6:1.2.3.4 ::1 1 2\r\n",
     V1_BAD},
    {"quad leading zero", "PROXY TCP6 ::ffff:1.2.3.04 ::1 1 2\r\n", V1_BAD},
    {"quad not last", "PROXY TCP6 ::1.2.3.4:1 ::1 1 2\r\n", V1_BAD},
    {"zone id", "PROXY TCP6 fe80::1%eth0 ::1 1 2\r\n", V1_BAD},
    {"brackets", "PROXY TCP6 [::1] ::1 1 2\r\n", V1_BAD},
    {"no protocol", "PROXY\r\n", V1_BAD},
    {"UNKNOW", "PROXY UNKNOW\r\n", V1_BAD},
    {"TCP5", "PROXY TCP5 1.2.3.4 5.6.7.8 1 2\r\n", V1_BAD},
    {"plain SMTP", "EHLO client.example\r\n", V1_BAD},
    {"empty line", "\r\n", V1_BAD},
};

static void test_v1(void **state)
{
    (void)state;
    assert_int_equal(strlen(LONGEST_UNKNOWN), MXQ_PROXY_V1_MAX);
    for (size_t i = 0; i < sizeof v1_cases / sizeof v1_cases[0]; i++) {
        const struct v1_case *c = &v1_cases[i];
        check_everywhere(c->name, (const uint8_t *)c->line, strlen(c->line),
                         &c->e);
    }
}

/* The zero-copy text slices of v1. */
static void test_v1_slices(void **state)
{
    (void)state;
    static const char line[] = "PROXY TCP6 2001:DB8::1 ::ffff:1.2.3.4 0 443\r\n";
    struct outcome o;

    feed(&whole_parser, (const uint8_t *)line, strlen(line), 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_DONE);
    assert_true(slice_is(o.h.src.text, "2001:DB8::1"));
    assert_true(slice_is(o.h.dst.text, "::ffff:1.2.3.4"));
    assert_true(slice_is(o.h.src.port_text, "0"));
    assert_true(slice_is(o.h.dst.port_text, "443"));
    assert_int_equal(o.h.src.port, 0);
    assert_int_equal(o.h.dst.port, 443);
    static const uint8_t want[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                     0,    0,    0,    0,    0, 0, 0, 1};
    assert_memory_equal(o.h.src.ip, want, 16);
    assert_true(slice_is(o.h.alpn, NULL));
    assert_false(o.h.has_ssl);
}

/* ------------------------------------------------------------------ v2 */

#define SIG "\r\n\r\n\0\r\nQUIT\n"

struct v2_case {
    const char *name;
    uint8_t ver_cmd, fam;
    const char *block;
    size_t block_len;
    int length;            /* the length field; -1: block_len */
    struct expect e;
};

#define BLOCK(s) s, sizeof(s) - 1
/* 192.0.2.1:40000 -> 198.51.100.7:25 */
#define INET4 "\xc0\x00\x02\x01" "\xc6\x33\x64\x07" "\x9c\x40" "\x00\x19"
/* 2001:db8::1:40000 -> 2001:db8::25:25 */
#define INET6 "\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x01"                 \
              "\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x25" "\x9c\x40" "\x00\x19"
#define SSL_TLV "\x20\x00\x39" "\x07" "\x00\x00\x00\x00"                     \
                "\x21\x00\x07" "TLSv1.3"                                     \
                "\x22\x00\x0e" "client.example"                              \
                "\x23\x00\x16" "TLS_AES_256_GCM_SHA384"
#define V2_OK(fam, s, d)                                                     \
    .status = MXQ_PROXY_DONE, .version = 2, .command = MXQ_PROXY_CMD_PROXY,  \
    .family = MXQ_PROXY_AF_##fam, .src = s, .dst = d, .sport = 40000,        \
    .dport = 25
#define V2_OK4 V2_OK(INET, "192.0.2.1", "198.51.100.7")
#define V2_OK6 V2_OK(INET6, "2001:db8::1", "2001:db8::25")
#define V2_DONE(cmd, fam)                                                    \
    { .status = MXQ_PROXY_DONE, .version = 2,                                \
      .command = MXQ_PROXY_CMD_##cmd, .family = MXQ_PROXY_AF_##fam }
#define V2_BAD { .status = MXQ_PROXY_ERROR }

static const struct v2_case v2_cases[] = {
    {"tcp4", 0x21, 0x11, BLOCK(INET4), -1, {V2_OK4}},
    {"tcp6", 0x21, 0x21, BLOCK(INET6), -1, {V2_OK6}},
    {"tcp4 with TLVs", 0x21, 0x11,
     BLOCK(INET4 "\x01\x00\x04" "smtp"
                 "\x02\x00\x0e" "mx.example.com"
                 "\x04\x00\x03" "\0\0\0"            /* NOOP */
                 "\xe0\x00\x02" "xy"                /* custom: skipped */
                 SSL_TLV
                 "\x05\x00\x04" "id-1"
                 "\x30\x00\x04" "blue"),
     -1,
     {V2_OK4, .alpn = "smtp", .authority = "mx.example.com",
      .unique_id = "id-1", .netns = "blue", .has_ssl = true, .client = 7,
      .ssl_version = "TLSv1.3", .ssl_cn = "client.example",
      .ssl_cipher = "TLS_AES_256_GCM_SHA384"}},
    {"tcp6 with TLVs", 0x21, 0x21,
     BLOCK(INET6 "\x03\x00\x04" "\x12\x34\x56\x78"  /* CRC32C: skipped */
                 "\x01\x00\x02" "h2"),
     -1, {V2_OK6, .alpn = "h2"}},
    {"empty TLV value", 0x21, 0x11, BLOCK(INET4 "\x01\x00\x00"), -1,
     {V2_OK4, .alpn = ""}},
    {"first TLV of a type counts", 0x21, 0x11,
     BLOCK(INET4 "\x02\x00\x01" "a" "\x02\x00\x01" "b"), -1,
     {V2_OK4, .authority = "a"}},
    {"SSL without sub-TLVs, unverified", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x05" "\x01" "\x00\x00\x00\x01"), -1,
     {V2_OK4, .has_ssl = true, .client = 1, .verify = 1}},
    {"first SSL TLV counts", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x0f" "\x01" "\x00\x00\x00\x00"
                 "\x21\x00\x07" "TLSv1.2"
                 "\x20\x00\x0f" "\x07" "\x00\x00\x00\x09"
                 "\x21\x00\x07" "TLSv1.3"),
     -1, {V2_OK4, .has_ssl = true, .client = 1, .ssl_version = "TLSv1.2"}},
    {"SSL sub-TLV of length 0", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x08" "\x01" "\x00\x00\x00\x00" "\x22\x00\x00"),
     -1, {V2_OK4, .has_ssl = true, .client = 1, .ssl_cn = ""}},
    {"local", 0x20, 0x00, BLOCK(""), -1, V2_DONE(LOCAL, UNSPEC)},
    {"local ignores family and block", 0x20, 0x12, BLOCK("\xff\x00\x03junk"),
     -1, V2_DONE(LOCAL, UNSPEC)},
    {"local, any family octet", 0x20, 0xff, BLOCK(INET4), -1,
     V2_DONE(LOCAL, UNSPEC)},
    {"proxy unspec: block ignored", 0x21, 0x00, BLOCK("\x01\x00\x09x"), -1,
     V2_DONE(PROXY, UNSPEC)},

    {"UDP over IPv4", 0x21, 0x12, BLOCK(INET4), -1, V2_BAD},
    {"UDP over IPv6", 0x21, 0x22, BLOCK(INET6), -1, V2_BAD},
    {"UNIX datagram", 0x21, 0x32, BLOCK(INET6), -1, V2_BAD},
    {"family 4", 0x21, 0x41, BLOCK(INET4), -1, V2_BAD},
    {"protocol 3", 0x21, 0x13, BLOCK(INET4), -1, V2_BAD},
    {"unspec family, stream", 0x21, 0x01, BLOCK(INET4), -1, V2_BAD},
    {"version 1", 0x11, 0x11, BLOCK(INET4), -1, V2_BAD},
    {"version 3", 0x31, 0x11, BLOCK(INET4), -1, V2_BAD},
    {"command 2", 0x22, 0x11, BLOCK(INET4), -1, V2_BAD},
    {"block shorter than the addresses", 0x21, 0x11, BLOCK(INET4), 11, V2_BAD},
    {"IPv6 block of IPv4 size", 0x21, 0x21, BLOCK(INET4), -1, V2_BAD},
    {"TLV overruns the block", 0x21, 0x11,
     BLOCK(INET4 "\x01\x00\x05" "smtp"), -1, V2_BAD},
    {"TLV overruns by one", 0x21, 0x11,
     BLOCK(INET4 "\x01\x00\x03" "ab"), -1, V2_BAD},
    {"TLV header cut after the type", 0x21, 0x11, BLOCK(INET4 "\x01"), -1,
     V2_BAD},
    {"TLV header cut in the length", 0x21, 0x11, BLOCK(INET4 "\x01\x00"), -1,
     V2_BAD},
    {"SSL shorter than client and verify", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x04" "\x01\x00\x00\x00"), -1, V2_BAD},
    {"SSL sub-TLV overruns the SSL TLV", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x0a" "\x01" "\x00\x00\x00\x00" "\x21\x00\x03" "TL"
                 "\x04\x00\x00"),
     -1, V2_BAD},
    {"SSL sub-TLV header cut", 0x21, 0x11,
     BLOCK(INET4 "\x20\x00\x07" "\x01" "\x00\x00\x00\x00" "\x21\x00"), -1,
     V2_BAD},
};

static size_t build_v2(uint8_t *out, uint8_t ver_cmd, uint8_t fam,
                       const void *block, size_t block_len, size_t length)
{
    memcpy(out, SIG, 12);
    out[12] = ver_cmd;
    out[13] = fam;
    out[14] = (uint8_t)(length >> 8);
    out[15] = (uint8_t)(length & 0xff);
    memcpy(out + 16, block, block_len);
    return 16 + block_len;
}

static void test_v2(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof v2_cases / sizeof v2_cases[0]; i++) {
        const struct v2_case *c = &v2_cases[i];
        uint8_t header[MXQ_PROXY_MAX];
        size_t length = c->length < 0 ? c->block_len : (size_t)c->length;
        size_t n = build_v2(header, c->ver_cmd, c->fam, c->block,
                            c->block_len, length);
        /* A length field smaller than the block: the rest is after it. */
        if (length < c->block_len && c->e.status == MXQ_PROXY_DONE)
            n = 16 + length;
        check_everywhere(c->name, header, n, &c->e);
    }
}

static void test_v2_unix(void **state)
{
    (void)state;
    uint8_t block[216] = {0}, header[16 + 216];
    struct expect e = V2_DONE(PROXY, UNIX);
    struct outcome o;

    memcpy(block, "/run/client.sock", 16);
    memset(block + 108, 'd', 108);      /* no NUL: all 108 octets */
    size_t n = build_v2(header, 0x21, 0x31, block, sizeof block, 216);
    check_everywhere("unix", header, n, &e);

    feed(&whole_parser, header, n, 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_DONE);
    assert_true(slice_is(o.h.src.path, "/run/client.sock"));
    assert_int_equal(o.h.dst.path.n, 108);
    assert_int_equal(o.h.dst.path.p[107], 'd');
    assert_int_equal(o.h.src.port, 0);

    /* Abstract socket: the path starts with NUL, so it is empty. */
    memset(block, 0, sizeof block);
    n = build_v2(header, 0x21, 0x31, block, sizeof block, 216);
    feed(&whole_parser, header, n, 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_DONE);
    assert_non_null(o.h.src.path.p);
    assert_int_equal(o.h.src.path.n, 0);

    /* One octet short of the two paths. */
    n = build_v2(header, 0x21, 0x31, block, 215, 215);
    feed(&whole_parser, header, n, 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_ERROR);
}

/* The raw binary addresses and ports, and the largest block accepted. */
static void test_v2_binary_and_limits(void **state)
{
    (void)state;
    static uint8_t block[MXQ_PROXY_V2_MAX_BLOCK + 1];
    static uint8_t header[16 + sizeof block];
    struct outcome o;

    memcpy(block, INET4, 12);
    /* One NOOP TLV filling the block to exactly the limit. */
    size_t fill = MXQ_PROXY_V2_MAX_BLOCK - 12 - 3;
    block[12] = 0x04;
    block[13] = (uint8_t)(fill >> 8);
    block[14] = (uint8_t)(fill & 0xff);
    size_t n = build_v2(header, 0x21, 0x11, block, MXQ_PROXY_V2_MAX_BLOCK,
                        MXQ_PROXY_V2_MAX_BLOCK);
    struct expect e = {V2_OK4};
    check_everywhere("largest block", header, n, &e);

    feed(&whole_parser, header, n, 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_DONE);
    assert_int_equal(o.h.length, MXQ_PROXY_MAX);
    static const uint8_t src[4] = {192, 0, 2, 1}, dst[4] = {198, 51, 100, 7};
    assert_memory_equal(o.h.src.ip, src, 4);
    assert_memory_equal(o.h.dst.ip, dst, 4);
    assert_int_equal(o.h.src.port, 40000);
    assert_int_equal(o.h.dst.port, 25);
    assert_null(o.h.src.text.p);

    /* One more octet is refused at the length field, before the block. */
    block[14]++;
    n = build_v2(header, 0x21, 0x11, block, MXQ_PROXY_V2_MAX_BLOCK + 1,
                 MXQ_PROXY_V2_MAX_BLOCK + 1);
    feed(&whole_parser, header, n, 0, false, &o);
    assert_int_equal(o.status, MXQ_PROXY_ERROR);
    assert_int_equal(o.consumed, 15);
}

static void test_v2_bad_signature(void **state)
{
    (void)state;
    uint8_t header[64];
    size_t n = build_v2(header, 0x21, 0x11, INET4, 12, 12);
    struct expect bad = V2_BAD;

    for (size_t i = 0; i < 12; i++) {
        char name[32];
        header[i] ^= 0x20;
        snprintf(name, sizeof name, "signature octet %zu", i);
        check_everywhere(name, header, n, &bad);
        header[i] ^= 0x20;
    }
}

/* ------------------------------------------------------- the stream */

/* Truncated input is NEED_MORE with everything consumed, never an error;
 * the parser keeps its verdict once it has one. */
static void test_need_more_and_after(void **state)
{
    (void)state;
    static const char line[] = "PROXY TCP4 192.0.2.1 198.51.100.7 56324 25\r\n";
    uint8_t header[64];
    size_t n = build_v2(header, 0x21, 0x11, INET4, 12, 12);
    struct mxq_proxy_parser *ps = &whole_parser;
    struct mxq_proxy_header h;
    size_t used;

    for (size_t k = 0; k < strlen(line); k++) {
        mxq_proxy_init(ps);
        assert_int_equal(mxq_proxy_feed(ps, (const uint8_t *)line, k, &used, &h),
                         MXQ_PROXY_NEED_MORE);
        assert_int_equal(used, k);
    }
    for (size_t k = 0; k < n; k++) {
        mxq_proxy_init(ps);
        assert_int_equal(mxq_proxy_feed(ps, header, k, &used, &h),
                         MXQ_PROXY_NEED_MORE);
        assert_int_equal(used, k);
    }

    /* A TLS ClientHello right behind a v2 header stays unread. */
    static const uint8_t hello[] = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01};
    uint8_t stream[64];
    memcpy(stream, header, n);
    memcpy(stream + n, hello, sizeof hello);
    mxq_proxy_init(ps);
    assert_int_equal(mxq_proxy_feed(ps, stream, n + sizeof hello, &used, &h),
                     MXQ_PROXY_DONE);
    assert_int_equal(used, n);
    assert_int_equal(stream[used], 0x16);

    /* Decided: nothing more is consumed, the answer stays. */
    assert_int_equal(mxq_proxy_feed(ps, hello, sizeof hello, &used, &h),
                     MXQ_PROXY_DONE);
    assert_int_equal(used, 0);
    assert_int_equal(h.family, MXQ_PROXY_AF_INET);
    mxq_proxy_init(ps);
    assert_int_equal(mxq_proxy_feed(ps, (const uint8_t *)"GET", 3, &used, &h),
                     MXQ_PROXY_ERROR);
    assert_int_equal(used, 0);
    assert_int_equal(mxq_proxy_feed(ps, header, n, &used, &h),
                     MXQ_PROXY_ERROR);
    assert_int_equal(used, 0);
    assert_int_equal(mxq_proxy_feed(ps, header, 0, &used, &h),
                     MXQ_PROXY_ERROR);
}

/* --------------------------------------------------------- formatting */

struct format_case {
    enum mxq_proxy_family family;
    uint8_t ip[16];
    const char *text;  /* NULL: refused */
};

static const struct format_case format_cases[] = {
    {MXQ_PROXY_AF_INET, {192, 0, 2, 1}, "192.0.2.1"},
    {MXQ_PROXY_AF_INET, {0, 0, 0, 0}, "0.0.0.0"},
    {MXQ_PROXY_AF_INET, {255, 255, 255, 255}, "255.255.255.255"},
    {MXQ_PROXY_AF_INET, {10, 99, 100, 9}, "10.99.100.9"},
    /* RFC 5952 4.1: no leading zeros; 4.3: lower case */
    {MXQ_PROXY_AF_INET6, {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                          0, 0, 1}, "2001:db8::1"},
    {MXQ_PROXY_AF_INET6, {0xab, 0xcd, 0x0a, 0xbc, 0x00, 0xab, 0x00, 0x0a, 0,
                          0, 0, 0, 0, 0, 0xff, 0xff}, "abcd:abc:ab:a::ffff"},
    {MXQ_PROXY_AF_INET6, {0}, "::"},
    {MXQ_PROXY_AF_INET6, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1},
     "::1"},
    {MXQ_PROXY_AF_INET6, {0, 1}, "1::"},
    /* 4.2.2: a single zero group is not compressed */
    {MXQ_PROXY_AF_INET6, {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0,
                          1, 0, 1}, "2001:db8:0:1:1:1:1:1"},
    /* 4.2.1: the longest run */
    {MXQ_PROXY_AF_INET6, {0x20, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
                          1}, "2001:0:0:1::1"},
    /* 4.2.3: the first run on a tie */
    {MXQ_PROXY_AF_INET6, {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0,
                          0, 0, 1}, "2001:db8::1:0:0:1"},
    {MXQ_PROXY_AF_INET6, {0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3, 0, 0},
     "1::2:0:0:3:0"},
    {MXQ_PROXY_AF_INET6, {0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0},
     "1:2:3:4:5:6:7:0"},
    {MXQ_PROXY_AF_INET6, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                          0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
     FULL6},
    /* 5: IPv4-mapped in mixed notation */
    {MXQ_PROXY_AF_INET6, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3,
                          4}, "::ffff:1.2.3.4"},
    {MXQ_PROXY_AF_INET6, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0,
                          0}, "::ffff:0.0.0.0"},
    /* the deprecated IPv4-compatible form is not special */
    {MXQ_PROXY_AF_INET6, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4},
     "::102:304"},
    {MXQ_PROXY_AF_INET6, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0xff, 1, 2, 3,
                          4}, "::1:ffff:102:304"},
    {MXQ_PROXY_AF_UNSPEC, {1, 2, 3, 4}, NULL},
    {MXQ_PROXY_AF_UNIX, {1, 2, 3, 4}, NULL},
};

static void test_format(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
        const struct format_case *c = &format_cases[i];
        char out[MXQ_PROXY_IP_TEXT_MAX];
        size_t n = mxq_proxy_format_ip(c->family, c->ip, out, sizeof out);

        if (c->text == NULL) {
            assert_int_equal(n, 0);
            continue;
        }
        if (n != strlen(c->text) || strcmp(out, c->text) != 0)
            fail_msg("case %zu: \"%s\", want \"%s\"", i, n ? out : "",
                     c->text);
        /* Exactly enough room works; one octet less does not, and then
         * nothing is written. */
        char tight[MXQ_PROXY_IP_TEXT_MAX];
        assert_int_equal(mxq_proxy_format_ip(c->family, c->ip, tight, n + 1),
                         n);
        assert_string_equal(tight, c->text);
        memset(tight, 'x', sizeof tight);
        assert_int_equal(mxq_proxy_format_ip(c->family, c->ip, tight, n), 0);
        assert_int_equal(tight[0], 'x');
    }
    assert_int_equal(mxq_proxy_format_ip(MXQ_PROXY_AF_INET, NULL,
                                         (char[8]){0}, 8), 0);
}

/* The cut tests above ran: every case was fed cut at each position. */
static void test_report(void **state)
{
    (void)state;
    size_t cases = sizeof v1_cases / sizeof v1_cases[0] +
                   sizeof v2_cases / sizeof v2_cases[0];
    assert_true(cases > 0);
    assert_true(cuts_checked >= cases);
    printf("proxy: %zu v1 and %zu v2 cases, %zu cuts checked\n",
           sizeof v1_cases / sizeof v1_cases[0],
           sizeof v2_cases / sizeof v2_cases[0], cuts_checked);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_v1),
        cmocka_unit_test(test_v1_slices),
        cmocka_unit_test(test_v2),
        cmocka_unit_test(test_v2_unix),
        cmocka_unit_test(test_v2_binary_and_limits),
        cmocka_unit_test(test_v2_bad_signature),
        cmocka_unit_test(test_need_more_and_after),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
