/*
 * fuzz-proxy: the PROXY protocol parser of grammar/proxy.rl. The first
 * input octet chooses how the rest is cut into reads (as TCP might); the
 * rest is what a trusted proxy sent: the header, then the client's bytes.
 *
 * Invariants: the verdict, the consumed count and the header never depend
 * on the cuts; NEED_MORE consumes everything, DONE exactly the header (v1
 * at most 107 octets ending in CRLF, v2 16 plus its length field); every
 * slice lies inside the header; the parser says DONE exactly when a
 * reference written here from the spec finds a complete header (v1 with
 * libc's inet_pton for the addresses, v2 with a plain TLV walk), and then
 * both agree on every field. mxq_proxy_format_ip() agrees with libc's
 * inet_ntop (but for the deprecated IPv4-compatible form, which glibc
 * prints as "::1.2.3.4" and RFC 5952 does not ask for) and its text reads
 * back to the same address.
 */
#include "fuzz_support.h"

#include <arpa/inet.h>

#include "proxy.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

struct proxy_run {
    enum mxq_proxy_status status;
    size_t consumed;
    struct mxq_proxy_header h;
    struct mxq_proxy_parser *ps;
};

static struct mxq_proxy_parser *proxy_new(void)
{
    struct mxq_proxy_parser *ps = (void *)fuzz_alloc(sizeof *ps);
    mxq_proxy_init(ps);
    return ps;
}

/* The length of the next read: 1 .. a maximum the first octet chose. */
static size_t proxy_next_piece(uint32_t *state, size_t max)
{
    *state = *state * 1103515245u + 12345u;
    return 1 + (size_t)((*state >> 16) % max);
}

/* Feeds p[0..n) in reads of the sizes the seed chooses (0: one read),
 * each read in a heap block of its exact size. */
static void proxy_feed_pieces(struct proxy_run *r, const uint8_t *p,
                              size_t n, uint8_t seed)
{
    static const size_t max_piece[8] = {1, 2, 3, 7, 16, 17, 64, 1100};
    uint32_t state = seed;
    size_t at = 0;

    memset(r, 0, sizeof *r);
    r->ps = proxy_new();
    r->status = MXQ_PROXY_NEED_MORE;
    do {
        size_t piece = seed == 0 ? n - at
                                 : proxy_next_piece(&state, max_piece[seed & 7]);
        if (piece > n - at)
            piece = n - at;
        uint8_t *copy = (uint8_t *)fuzz_copy(p + at, piece);
        size_t used = 0;
        r->status = mxq_proxy_feed(r->ps, copy, piece, &used, &r->h);
        free(copy);
        FUZZ_CHECK(used <= piece, "consumed %zu of %zu", used, piece);
        if (r->status == MXQ_PROXY_NEED_MORE)
            FUZZ_CHECK(used == piece, "NEED_MORE after %zu of %zu", used,
                       piece);
        r->consumed += used;
        at += used;
        if (used < piece)
            break;
    } while (r->status == MXQ_PROXY_NEED_MORE && at < n);

    /* Once decided, the parser stays so and takes nothing more. */
    if (r->status != MXQ_PROXY_NEED_MORE && n > 0) {
        struct mxq_proxy_header again;
        size_t used = 99;
        enum mxq_proxy_status s =
            mxq_proxy_feed(r->ps, p, n, &used, &again);
        FUZZ_CHECK(s == r->status && used == 0,
                   "a decided parser answers %d, consumed %zu", (int)s, used);
    }
}

/* ------------------------------------------------------------ reference */

struct proxy_ref {
    bool done;
    size_t length;
    unsigned version;
    enum mxq_proxy_command command;
    enum mxq_proxy_family family;
    uint8_t src[16], dst[16];
    unsigned sport, dport;
    /* offsets into the header; length SIZE_MAX: absent */
    size_t alpn_at, alpn_n, authority_at, authority_n, unique_at, unique_n,
        netns_at, netns_n;
    bool has_ssl;
    unsigned client;
    uint32_t verify;
    size_t version_at, version_n, cn_at, cn_n, cipher_at, cipher_n;
    size_t src_path_n, dst_path_n;
};

static bool proxy_port_text(const uint8_t *p, size_t n, unsigned *value)
{
    if (n == 0 || n > 5 || (n > 1 && p[0] == '0'))
        return false;
    *value = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        *value = *value * 10 + (unsigned)(p[i] - '0');
    }
    return *value <= 65535;
}

static bool proxy_ip_text(int af, const uint8_t *p, size_t n, uint8_t *out)
{
    char text[64];
    if (n == 0 || n >= sizeof text || memchr(p, 0, n) != NULL)
        return false;
    memcpy(text, p, n);
    text[n] = '\0';
    return inet_pton(af, text, out) == 1;
}

/* v1 by hand: split the line at single spaces. */
static void proxy_ref_v1(const uint8_t *p, size_t n, struct proxy_ref *ref)
{
    size_t end = 0;
    while (end < n && p[end] != '\r' && p[end] != '\n')
        end++;
    if (end + 1 >= n || p[end] != '\r' || p[end + 1] != '\n' ||
        end + 2 > MXQ_PROXY_V1_MAX)
        return;
    if (n < 6 || memcmp(p, "PROXY ", 6) != 0)
        return;
    const uint8_t *line = p + 6;
    size_t len = end - 6;
    ref->version = 1;
    ref->length = end + 2;
    if (len >= 7 && memcmp(line, "UNKNOWN", 7) == 0) {
        ref->command = MXQ_PROXY_CMD_UNKNOWN;
        ref->done = true;
        return;
    }
    int af;
    if (len >= 5 && memcmp(line, "TCP4 ", 5) == 0) {
        af = AF_INET;
        ref->family = MXQ_PROXY_AF_INET;
    } else if (len >= 5 && memcmp(line, "TCP6 ", 5) == 0) {
        af = AF_INET6;
        ref->family = MXQ_PROXY_AF_INET6;
    } else {
        return;
    }
    size_t start[4], size[4], field = 0, at = 5;
    start[0] = at;
    for (size_t i = at; i <= len; i++) {
        if (i == len || line[i] == ' ') {
            if (field == 4)
                return;
            size[field] = i - start[field];
            field++;
            if (field < 4)
                start[field] = i + 1;
        }
    }
    if (field != 4)
        return;
    if (!proxy_ip_text(af, line + start[0], size[0], ref->src) ||
        !proxy_ip_text(af, line + start[1], size[1], ref->dst) ||
        !proxy_port_text(line + start[2], size[2], &ref->sport) ||
        !proxy_port_text(line + start[3], size[3], &ref->dport))
        return;
    ref->command = MXQ_PROXY_CMD_PROXY;
    ref->done = true;
}

static unsigned proxy_be16(const uint8_t *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static size_t proxy_path_length(const uint8_t *p)
{
    const uint8_t *nul = memchr(p, 0, 108);
    return nul ? (size_t)(nul - p) : 108;
}

static void proxy_ref_note(size_t *at, size_t *n, size_t where, size_t len)
{
    if (*n == SIZE_MAX) {
        *at = where;
        *n = len;
    }
}

/* The sub-TLVs of an SSL TLV fill [from, to) exactly. */
static bool proxy_ref_ssl(const uint8_t *p, size_t from, size_t to,
                          struct proxy_ref *ref, bool keep)
{
    if (to - from < 5)
        return false;
    if (keep) {
        ref->client = p[from];
        ref->verify = (uint32_t)p[from + 1] << 24 |
                      (uint32_t)p[from + 2] << 16 |
                      (uint32_t)p[from + 3] << 8 | p[from + 4];
    }
    size_t at = from + 5;
    while (at < to) {
        if (to - at < 3)
            return false;
        size_t len = proxy_be16(p + at + 1);
        if (len > to - at - 3)
            return false;
        if (keep) {
            if (p[at] == MXQ_PP2_SUBTYPE_SSL_VERSION)
                proxy_ref_note(&ref->version_at, &ref->version_n, at + 3, len);
            if (p[at] == MXQ_PP2_SUBTYPE_SSL_CN)
                proxy_ref_note(&ref->cn_at, &ref->cn_n, at + 3, len);
            if (p[at] == MXQ_PP2_SUBTYPE_SSL_CIPHER)
                proxy_ref_note(&ref->cipher_at, &ref->cipher_n, at + 3, len);
        }
        at += 3 + len;
    }
    return true;
}

static void proxy_ref_v2(const uint8_t *p, size_t n, struct proxy_ref *ref)
{
    static const uint8_t sig[12] = {0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d,
                                    0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a};
    if (n < 16 || memcmp(p, sig, 12) != 0)
        return;
    size_t block = proxy_be16(p + 14);
    if (block > MXQ_PROXY_V2_MAX_BLOCK || n < 16 + block)
        return;
    size_t end = 16 + block, at = 16;
    ref->version = 2;
    ref->length = end;
    if (p[12] == 0x20) {
        ref->command = MXQ_PROXY_CMD_LOCAL;
        ref->done = true;
        return;
    }
    if (p[12] != 0x21)
        return;
    ref->command = MXQ_PROXY_CMD_PROXY;
    switch (p[13]) {
    case 0x00:
        ref->done = true;
        return;
    case 0x11:
        if (block < 12)
            return;
        ref->family = MXQ_PROXY_AF_INET;
        memcpy(ref->src, p + 16, 4);
        memcpy(ref->dst, p + 20, 4);
        ref->sport = proxy_be16(p + 24);
        ref->dport = proxy_be16(p + 26);
        at += 12;
        break;
    case 0x21:
        if (block < 36)
            return;
        ref->family = MXQ_PROXY_AF_INET6;
        memcpy(ref->src, p + 16, 16);
        memcpy(ref->dst, p + 32, 16);
        ref->sport = proxy_be16(p + 48);
        ref->dport = proxy_be16(p + 50);
        at += 36;
        break;
    case 0x31:
        if (block < 216)
            return;
        ref->family = MXQ_PROXY_AF_UNIX;
        ref->src_path_n = proxy_path_length(p + 16);
        ref->dst_path_n = proxy_path_length(p + 124);
        at += 216;
        break;
    default:
        return;
    }
    while (at < end) {
        if (end - at < 3)
            return;
        size_t len = proxy_be16(p + at + 1);
        if (len > end - at - 3)
            return;
        size_t value = at + 3;
        switch (p[at]) {
        case MXQ_PP2_TYPE_ALPN:
            proxy_ref_note(&ref->alpn_at, &ref->alpn_n, value, len);
            break;
        case MXQ_PP2_TYPE_AUTHORITY:
            proxy_ref_note(&ref->authority_at, &ref->authority_n, value, len);
            break;
        case MXQ_PP2_TYPE_UNIQUE_ID:
            proxy_ref_note(&ref->unique_at, &ref->unique_n, value, len);
            break;
        case MXQ_PP2_TYPE_NETNS:
            proxy_ref_note(&ref->netns_at, &ref->netns_n, value, len);
            break;
        case MXQ_PP2_TYPE_SSL:
            if (!proxy_ref_ssl(p, value, value + len, ref, !ref->has_ssl))
                return;
            ref->has_ssl = true;
            break;
        default:
            break;
        }
        at = value + len;
    }
    ref->done = true;
}

static void proxy_reference(const uint8_t *p, size_t n, struct proxy_ref *ref)
{
    memset(ref, 0, sizeof *ref);
    ref->alpn_n = ref->authority_n = ref->unique_n = ref->netns_n = SIZE_MAX;
    ref->version_n = ref->cn_n = ref->cipher_n = SIZE_MAX;
    if (n > 0 && p[0] == 'P')
        proxy_ref_v1(p, n, ref);
    else if (n > 0 && p[0] == '\r')
        proxy_ref_v2(p, n, ref);
    if (!ref->done)
        ref->length = 0;
}

/* ------------------------------------------------------------- checks */

/* Where a slice starts in the parser's buffer; SIZE_MAX when absent. */
static size_t proxy_offset(const struct proxy_run *r, struct mxq_slice s)
{
    const char *buf = (const char *)r->ps->buf;
    if (s.p == NULL) {
        FUZZ_CHECK(s.n == 0, "an absent slice of length %zu", s.n);
        return SIZE_MAX;
    }
    FUZZ_CHECK(fuzz_slice_inside(s.p, s.n, buf, r->h.length) &&
                   s.p >= buf && s.p <= buf + r->h.length,
               "a slice outside the header");
    return (size_t)(s.p - buf);
}

static void proxy_check_slice(const struct proxy_run *r, struct mxq_slice s,
                              size_t want_at, size_t want_n, const char *what)
{
    size_t at = proxy_offset(r, s);
    if (want_n == SIZE_MAX)
        FUZZ_CHECK(at == SIZE_MAX, "%s present, reference: absent", what);
    else
        FUZZ_CHECK(at == want_at && s.n == want_n,
                   "%s at %zu+%zu, reference %zu+%zu", what, at, s.n,
                   want_at, want_n);
}

static void proxy_check_against_reference(const struct proxy_run *r,
                                          const struct proxy_ref *ref)
{
    const struct mxq_proxy_header *h = &r->h;
    size_t ip_len = h->family == MXQ_PROXY_AF_INET ? 4 : 16;

    FUZZ_CHECK(h->length == ref->length && r->consumed == ref->length,
               "header of %zu octets (consumed %zu), reference %zu",
               h->length, r->consumed, ref->length);
    FUZZ_CHECK(h->version == ref->version && h->command == ref->command &&
                   h->family == ref->family,
               "v%u command %d family %d, reference v%u %d %d", h->version,
               (int)h->command, (int)h->family, ref->version,
               (int)ref->command, (int)ref->family);
    if (h->family == MXQ_PROXY_AF_INET || h->family == MXQ_PROXY_AF_INET6) {
        FUZZ_CHECK(memcmp(h->src.ip, ref->src, ip_len) == 0 &&
                       memcmp(h->dst.ip, ref->dst, ip_len) == 0,
                   "addresses differ from the reference");
        FUZZ_CHECK(h->src.port == ref->sport && h->dst.port == ref->dport,
                   "ports %u %u, reference %u %u", h->src.port, h->dst.port,
                   ref->sport, ref->dport);
    }
    if (h->family == MXQ_PROXY_AF_UNIX)
        FUZZ_CHECK(h->src.path.n == ref->src_path_n &&
                       h->dst.path.n == ref->dst_path_n,
                   "UNIX paths of %zu and %zu octets, reference %zu %zu",
                   h->src.path.n, h->dst.path.n, ref->src_path_n,
                   ref->dst_path_n);
    if (h->version == 1 && h->command == MXQ_PROXY_CMD_PROXY) {
        /* The text slices are the fields between the spaces. */
        const char *line = (const char *)r->ps->buf;
        size_t at = proxy_offset(r, h->src.text);
        FUZZ_CHECK(at == 11 && line[at + h->src.text.n] == ' ' &&
                       h->dst.text.p == h->src.text.p + h->src.text.n + 1 &&
                       h->src.port_text.p ==
                           h->dst.text.p + h->dst.text.n + 1 &&
                       h->dst.port_text.p ==
                           h->src.port_text.p + h->src.port_text.n + 1 &&
                       h->dst.port_text.p + h->dst.port_text.n ==
                           line + h->length - 2,
                   "v1 text slices do not tile the line");
    }
    proxy_check_slice(r, h->alpn, ref->alpn_at, ref->alpn_n, "ALPN");
    proxy_check_slice(r, h->authority, ref->authority_at, ref->authority_n,
                      "AUTHORITY");
    proxy_check_slice(r, h->unique_id, ref->unique_at, ref->unique_n,
                      "UNIQUE_ID");
    proxy_check_slice(r, h->netns, ref->netns_at, ref->netns_n, "NETNS");
    FUZZ_CHECK(h->has_ssl == ref->has_ssl, "SSL TLV %d, reference %d",
               h->has_ssl, ref->has_ssl);
    if (h->has_ssl) {
        FUZZ_CHECK(h->ssl.client == ref->client && h->ssl.verify == ref->verify,
                   "SSL client %u verify %u, reference %u %u", h->ssl.client,
                   (unsigned)h->ssl.verify, ref->client,
                   (unsigned)ref->verify);
        proxy_check_slice(r, h->ssl.version, ref->version_at, ref->version_n,
                          "SSL version");
        proxy_check_slice(r, h->ssl.cn, ref->cn_at, ref->cn_n, "SSL CN");
        proxy_check_slice(r, h->ssl.cipher, ref->cipher_at, ref->cipher_n,
                          "SSL cipher");
    }
}

static void proxy_check_same(const struct proxy_run *a,
                             const struct proxy_run *b)
{
    FUZZ_CHECK(a->status == b->status && a->consumed == b->consumed,
               "in one read: %d after %zu; in pieces: %d after %zu",
               (int)a->status, a->consumed, (int)b->status, b->consumed);
    if (a->status != MXQ_PROXY_DONE)
        return;
    const struct mxq_proxy_header *x = &a->h, *y = &b->h;
    FUZZ_CHECK(x->length == y->length && x->version == y->version &&
                   x->command == y->command && x->family == y->family &&
                   memcmp(x->src.ip, y->src.ip, 16) == 0 &&
                   memcmp(x->dst.ip, y->dst.ip, 16) == 0 &&
                   x->src.port == y->src.port && x->dst.port == y->dst.port &&
                   x->has_ssl == y->has_ssl &&
                   x->ssl.client == y->ssl.client &&
                   x->ssl.verify == y->ssl.verify,
               "the header read in pieces differs");
#define PROXY_SAME_SLICE(f)                                                  \
    FUZZ_CHECK(proxy_offset(a, x->f) == proxy_offset(b, y->f) &&             \
                   x->f.n == y->f.n,                                         \
               "slice " #f " differs when read in pieces")
    PROXY_SAME_SLICE(src.text);
    PROXY_SAME_SLICE(dst.text);
    PROXY_SAME_SLICE(src.port_text);
    PROXY_SAME_SLICE(dst.port_text);
    PROXY_SAME_SLICE(src.path);
    PROXY_SAME_SLICE(dst.path);
    PROXY_SAME_SLICE(alpn);
    PROXY_SAME_SLICE(authority);
    PROXY_SAME_SLICE(unique_id);
    PROXY_SAME_SLICE(netns);
    PROXY_SAME_SLICE(ssl.version);
    PROXY_SAME_SLICE(ssl.cn);
    PROXY_SAME_SLICE(ssl.cipher);
    PROXY_SAME_SLICE(ssl.sig_alg);
    PROXY_SAME_SLICE(ssl.key_alg);
#undef PROXY_SAME_SLICE
}

/* The formatter against inet_ntop, and back through inet_pton. */
static void proxy_check_format(enum mxq_proxy_family family,
                               const uint8_t *ip)
{
    char got[MXQ_PROXY_IP_TEXT_MAX], want[64];
    uint8_t back[16];
    int af = family == MXQ_PROXY_AF_INET ? AF_INET : AF_INET6;
    size_t n = mxq_proxy_format_ip(family, ip, got, sizeof got);

    FUZZ_CHECK(n > 0 && n < sizeof got && strlen(got) == n,
               "formatting gave %zu octets", n);
    FUZZ_CHECK(inet_pton(af, got, back) == 1 &&
                   memcmp(back, ip, family == MXQ_PROXY_AF_INET ? 4 : 16) == 0,
               "\"%s\" does not read back to the same address", got);
    FUZZ_CHECK(mxq_proxy_format_ip(family, ip, got, n) == 0,
               "formatting into %zu octets for %zu+1 did not fail", n, n);
    if (family == MXQ_PROXY_AF_INET6) {
        static const uint8_t zero6[12] = {0};
        bool compatible = memcmp(ip, zero6, 12) == 0 &&
                          (ip[12] != 0 || ip[13] != 0);
        if (compatible)
            return; /* glibc: "::1.2.3.4"; RFC 5952: "::102:304" */
    }
    FUZZ_CHECK(inet_ntop(af, ip, want, sizeof want) != NULL &&
                   strcmp(got, want) == 0,
               "formatted \"%s\", inet_ntop \"%s\"", got, want);
}

/* One stream through every check. */
static void proxy_check_stream(const uint8_t *stream, size_t n, uint8_t seed)
{
    struct proxy_run whole, cut;
    struct proxy_ref ref;

    proxy_feed_pieces(&whole, stream, n, 0);
    proxy_feed_pieces(&cut, stream, n, seed);
    proxy_check_same(&whole, &cut);
    proxy_reference(stream, n, &ref);

    FUZZ_CHECK((whole.status == MXQ_PROXY_DONE) == ref.done,
               "parser says %d after %zu, reference %s", (int)whole.status,
               whole.consumed, ref.done ? "complete" : "not complete");
    if (whole.status == MXQ_PROXY_NEED_MORE)
        FUZZ_CHECK(whole.consumed == n, "NEED_MORE after %zu of %zu",
                   whole.consumed, n);
    if (whole.status == MXQ_PROXY_DONE) {
        proxy_check_against_reference(&whole, &ref);
        if (whole.h.family == MXQ_PROXY_AF_INET ||
            whole.h.family == MXQ_PROXY_AF_INET6) {
            proxy_check_format(whole.h.family, whole.h.src.ip);
            proxy_check_format(whole.h.family, whole.h.dst.ip);
        }
    }
    free(whole.ps);
    free(cut.ps);
}

/* A stream that is no header at all is refused at its first octet: make
 * better use of it as an address, in a v1 line of each family, so that
 * the address grammar meets inet_pton on many more texts. */
static void proxy_check_as_address(const uint8_t *p, size_t n, uint8_t seed)
{
    static const char *const families[2] = {"PROXY TCP4 ", "PROXY TCP6 "};
    size_t len = 0;
    while (len < n && len < 48 && p[len] != ' ' && p[len] != '\r' &&
           p[len] != '\n')
        len++;
    for (int f = 0; f < 2; f++) {
        uint8_t line[160];
        size_t at = strlen(families[f]);
        memcpy(line, families[f], at);
        memcpy(line + at, p, len);
        at += len;
        memcpy(line + at, " ::1 1 2\r\n", 10);
        if (f == 0)
            memcpy(line + at, " 0.0.0.0 1 2\r\n", 14);
        at += f == 0 ? 14 : 10;
        proxy_check_stream(line, at, seed);
    }
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t *stream = data + 1;
    size_t n = size - 1;

    proxy_check_stream(stream, n, data[0]);
    if (n > 0 && stream[0] != 'P' && stream[0] != '\r')
        proxy_check_as_address(stream, n, data[0]);

    /* Any 16 octets as an IPv6 address, any 4 as IPv4. */
    uint8_t ip[16] = {0};
    memcpy(ip, stream, n < 16 ? n : 16);
    proxy_check_format(MXQ_PROXY_AF_INET6, ip);
    proxy_check_format(MXQ_PROXY_AF_INET, ip);
    char text[64];
    FUZZ_CHECK(mxq_proxy_format_ip(MXQ_PROXY_AF_UNIX, ip, text, sizeof text) ==
                   0,
               "formatted a UNIX address as an IP address");
    return 0;
}
