/*
 * fuzz-dns_wire: the TTL walk of adapters/dns_wire.c. The whole input is
 * one raw DNS message, as c-ares hands it to the answer callback.
 *
 * Invariants:
 * - nothing is read outside the message (each run gets a heap block of
 *   exactly its size, so AddressSanitizer sees any overread);
 * - mxqd_dns_wire_ttls() agrees on the verdict and on both TTLs with a
 *   reference walk written here from RFC 1035 section 4.1 (a descent
 *   message - questions - records - name with explicit offsets and a
 *   bounds check on every read), also on prefixes of the message (just
 *   short of its end, and eight cut points the input chooses), where the
 *   TTLs folded in before the point of failure must agree as well;
 * - truncation: every prefix shorter than the end of the last record of
 *   the authority section is refused, and a rejected message stays
 *   rejected however it is cut; a longer prefix gives the same answer;
 * - the TTLs fold as dns.c relies on: with other starting values the
 *   answer TTL is the minimum with the start and the negative TTL is
 *   only set while it is UINT32_MAX;
 * - where c-ares itself (ares_parse_a_reply with addrttls) takes every
 *   answer record as an A address, the smallest TTL it reports is the
 *   answer TTL. c-ares 1.18 clamps nothing: it stores the 32-bit TTL in
 *   an int, so a TTL with the top bit set comes out negative; dns.c maps
 *   that to 0, which is the RFC 2181 section 8 rule of the walk, and the
 *   comparison maps it the same way (without such a TTL the values are
 *   compared as they are).
 *
 * What the walk (and so the reference) deliberately does not check:
 * name and label lengths (c-ares does when it expands names), where a
 * compression pointer points (names are skipped, never followed), the
 * class of an SOA, and anything in the additional section.
 */
#include "fuzz_support.h"

#include <limits.h>
#include <sys/select.h> /* fd_set, which ares.h uses */

#include <ares.h>

#include "dns_wire.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

/* ------------------------------------------------------------ reference */

struct dw_cursor {
    const uint8_t *m;
    size_t end;                 /* reads stop here */
    size_t at;                  /* the next octet to read */
};

struct dw_walk {
    bool ok;
    uint32_t answer, negative;  /* as mxqd_dns_wire_ttls() folds them */
    size_t end;                 /* past the last record, when ok */
};

static bool dw_take(struct dw_cursor *c, size_t n, size_t *at)
{
    if (c->at > c->end || n > c->end - c->at)
        return false;
    *at = c->at;
    c->at += n;
    return true;
}

static bool dw_u8(struct dw_cursor *c, uint32_t *v)
{
    size_t at;
    if (!dw_take(c, 1, &at))
        return false;
    *v = c->m[at];
    return true;
}

static bool dw_u16(struct dw_cursor *c, uint32_t *v)
{
    uint32_t hi, lo;
    if (!dw_u8(c, &hi) || !dw_u8(c, &lo))
        return false;
    *v = hi * 256 + lo;
    return true;
}

static bool dw_u32(struct dw_cursor *c, uint32_t *v)
{
    uint32_t hi, lo;
    if (!dw_u16(c, &hi) || !dw_u16(c, &lo))
        return false;
    *v = hi * 65536 + lo;
    return true;
}

/* RFC 2181 section 8: a TTL with the most significant bit set is 0. */
static uint32_t dw_ttl(uint32_t raw)
{
    return (raw & 0x80000000u) ? 0 : raw;
}

/* RFC 1035 section 4.1.4: a name is a sequence of labels (length octet
 * 00xxxxxx, then that many octets) ended by the zero octet or by a
 * pointer (two octets, 11xxxxxx xxxxxxxx). The types 01 and 10 are not
 * names. The pointer's target is not read. */
static bool dw_name(struct dw_cursor *c)
{
    for (;;) {
        uint32_t l, low;
        size_t at;
        if (!dw_u8(c, &l))
            return false;
        if (l == 0)
            return true;
        switch (l >> 6) {
        case 3:
            return dw_u8(c, &low);
        case 0:
            if (!dw_take(c, l, &at))
                return false;
            break;
        default:
            return false;
        }
    }
}

/* A question: QNAME, QTYPE, QCLASS. */
static bool dw_question(struct dw_cursor *c)
{
    uint32_t qtype, qclass;
    return dw_name(c) && dw_u16(c, &qtype) && dw_u16(c, &qclass);
}

/* SOA RDATA (RFC 1035 section 3.3.13), inside the RDATA only: MNAME,
 * RNAME, SERIAL, REFRESH, RETRY, EXPIRE, MINIMUM. */
static bool dw_soa_minimum(const uint8_t *m, size_t at, size_t end,
                           uint32_t *minimum)
{
    struct dw_cursor rd = {m, end, at};
    uint32_t serial, refresh, retry, expire;
    return dw_name(&rd) && dw_name(&rd) && dw_u32(&rd, &serial) &&
           dw_u32(&rd, &refresh) && dw_u32(&rd, &retry) &&
           dw_u32(&rd, &expire) && dw_u32(&rd, minimum);
}

/* A resource record: NAME, TYPE, CLASS, TTL, RDLENGTH, RDATA. */
static bool dw_record(struct dw_cursor *c, bool answer_section,
                      struct dw_walk *w)
{
    uint32_t type, class, raw_ttl, rdlength, minimum;
    size_t rdata;
    if (!dw_name(c) || !dw_u16(c, &type) || !dw_u16(c, &class) ||
        !dw_u32(c, &raw_ttl) || !dw_u16(c, &rdlength) ||
        !dw_take(c, rdlength, &rdata))
        return false;
    uint32_t ttl = dw_ttl(raw_ttl);
    if (answer_section) {
        if (ttl < w->answer)
            w->answer = ttl;
    } else if (type == 6 /* SOA */ && w->negative == UINT32_MAX &&
               dw_soa_minimum(c->m, rdata, rdata + rdlength, &minimum)) {
        /* RFC 2308 section 5 */
        uint32_t min = dw_ttl(minimum);
        w->negative = ttl < min ? ttl : min;
    }
    return true;
}

/* Header (RFC 1035 section 4.1.1), QDCOUNT questions, ANCOUNT answer
 * records, NSCOUNT authority records. */
static void dw_reference(const uint8_t *m, size_t len, struct dw_walk *w)
{
    struct dw_cursor c = {m, len, 0};
    uint32_t id, flags, qd, an, ns, ar;

    w->ok = false;
    if (m == NULL || !dw_u16(&c, &id) || !dw_u16(&c, &flags) ||
        !dw_u16(&c, &qd) || !dw_u16(&c, &an) || !dw_u16(&c, &ns) ||
        !dw_u16(&c, &ar))
        return;
    for (uint32_t k = 0; k < qd; k++)
        if (!dw_question(&c))
            return;
    for (uint32_t k = 0; k < an; k++)
        if (!dw_record(&c, true, w))
            return;
    for (uint32_t k = 0; k < ns; k++)
        if (!dw_record(&c, false, w))
            return;
    w->ok = true;
    w->end = c.at;
}

/* ------------------------------------------------------------ checks */

/* The walk of data[0..len) from the given start values, in a heap block
 * of exactly len octets. */
static struct dw_walk dw_under_test(const uint8_t *data, size_t len,
                                    uint32_t answer, uint32_t negative)
{
    struct dw_walk w = {false, answer, negative, 0};
    unsigned char *copy = (unsigned char *)fuzz_copy(data, len);
    w.ok = mxqd_dns_wire_ttls(copy, len, &w.answer, &w.negative);
    free(copy);
    return w;
}

/* The walk of data[0..len) agrees with the reference; its verdict. */
static struct dw_walk dw_compare(const uint8_t *data, size_t len)
{
    struct dw_walk got = dw_under_test(data, len, UINT32_MAX, UINT32_MAX);
    struct dw_walk ref = {false, UINT32_MAX, UINT32_MAX, 0};
    dw_reference(data, len, &ref);
    FUZZ_CHECK(got.ok == ref.ok, "verdict %d, reference %d (%zu octets)",
               got.ok, ref.ok, len);
    FUZZ_CHECK(got.answer == ref.answer,
               "answer TTL %u, reference %u (%zu octets)",
               (unsigned)got.answer, (unsigned)ref.answer, len);
    FUZZ_CHECK(got.negative == ref.negative,
               "negative TTL %u, reference %u (%zu octets)",
               (unsigned)got.negative, (unsigned)ref.negative, len);
    got.end = ref.end;
    return got;
}

static uint32_t dw_next(uint32_t *state)
{
    *state = *state * 1103515245u + 12345u;
    return *state >> 8;
}

/* c-ares' A parser: when it took every answer record as an address, its
 * smallest TTL is the walk's answer TTL. */
static void dw_check_cares(const uint8_t *data, size_t size,
                           const struct dw_walk *w)
{
    struct ares_addrttl at[64];
    int n = (int)(sizeof at / sizeof at[0]);
    unsigned an = (unsigned)data[6] << 8 | data[7];

    if (size > INT_MAX || an == 0 || an > sizeof at / sizeof at[0])
        return;
    unsigned char *copy = (unsigned char *)fuzz_copy(data, size);
    int st = ares_parse_a_reply(copy, (int)size, NULL, at, &n);
    free(copy);
    if (st != ARES_SUCCESS || n < 0 || (unsigned)n != an)
        return;
    uint32_t min = UINT32_MAX;
    for (int i = 0; i < n; i++) {
        /* c-ares keeps the top bit as a negative int: RFC 2181 says 0. */
        uint32_t t = at[i].ttl < 0 ? 0 : (uint32_t)at[i].ttl;
        if (t < min)
            min = t;
    }
    FUZZ_CHECK(min == w->answer, "c-ares' smallest A TTL %u, walk %u",
               (unsigned)min, (unsigned)w->answer);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    uint32_t both[2] = {UINT32_MAX, UINT32_MAX};
    FUZZ_CHECK(!mxqd_dns_wire_ttls(NULL, size, &both[0], &both[1]) &&
                   both[0] == UINT32_MAX && both[1] == UINT32_MAX,
               "NULL message accepted");

    struct dw_walk w = dw_compare(data, size);
    if (w.ok)
        FUZZ_CHECK(w.end >= 12 && w.end <= size, "end %zu of %zu", w.end,
                   size);
    /* Where a prefix must be refused: below the end of the last record,
     * or anywhere when the whole is refused. */
    size_t refuse_below = w.ok ? w.end : size + 1;

    /* Cuts: just below the end, and a few chosen by the input. */
    uint32_t state = 2166136261u;
    for (size_t i = 0; i < size && i < 64; i++)
        state = (state ^ data[i]) * 16777619u;
    size_t cuts[8];
    size_t ncuts = 0;
    if (w.ok)
        cuts[ncuts++] = w.end - 1;
    while (ncuts < sizeof cuts / sizeof cuts[0])
        cuts[ncuts++] = size ? dw_next(&state) % (size + 1) : 0;
    for (size_t k = 0; k < ncuts; k++) {
        size_t cut = cuts[k];
        struct dw_walk p = dw_compare(data, cut);
        if (cut < refuse_below)
            FUZZ_CHECK(!p.ok, "prefix of %zu octets (of %zu) accepted",
                       cut, size);
        else
            FUZZ_CHECK(p.ok && p.answer == w.answer &&
                           p.negative == w.negative,
                       "prefix of %zu octets (end %zu) differs", cut, w.end);
    }

    /* Folding into other start values. */
    uint32_t a0 = dw_next(&state) % 3 == 0 ? UINT32_MAX : dw_next(&state);
    uint32_t n0 = dw_next(&state) % 2 == 0 ? UINT32_MAX : dw_next(&state);
    struct dw_walk f = dw_under_test(data, size, a0, n0);
    FUZZ_CHECK(f.ok == w.ok, "verdict depends on the start values");
    FUZZ_CHECK(f.answer == (a0 < w.answer ? a0 : w.answer),
               "answer TTL %u from start %u, %u from UINT32_MAX",
               (unsigned)f.answer, (unsigned)a0, (unsigned)w.answer);
    FUZZ_CHECK(f.negative == (n0 != UINT32_MAX ? n0 : w.negative),
               "negative TTL %u from start %u, %u from UINT32_MAX",
               (unsigned)f.negative, (unsigned)n0, (unsigned)w.negative);

    if (w.ok)
        dw_check_cares(data, size, &w);
    return 0;
}
