/*
 * fuzz-spf: the SPF record and macro grammar (grammar/spf.rl) and the
 * evaluator (engine/checks/spf.c) driven by a resolver whose answers come
 * from the input.
 *
 * Input: one flags octet (bit 0: the client is IPv6, bit 1: MAIL FROM is
 * <>, bit 2: the client is IPv4-mapped IPv6), then the answers, one per
 * query in the order the evaluator asks:
 *   rcode octet (& 7: 0-3 OK, 4 NXDOMAIN, 5 NODATA, 6 SERVFAIL, 7 TIMEOUT)
 *   count octet (& 15 records), then per record a length octet and the
 *   record's octets (TXT text, A/AAAA address, MX/PTR name).
 * Once the input runs out every query times out. The octets after the
 * flags are also parsed as the terms of "v=spf1 " + them, and scanned as
 * macro-strings of both kinds.
 *
 * Invariants. Grammar: terms lie inside the record, in order, hold no
 * space, have a kind, a qualifier and CIDR lengths in range; a term's
 * domain-spec is a domain macro-string, an unknown modifier's value an
 * explain-string; a domain macro-string is an explain-string too; macro
 * pieces lie inside their string (or are the escapes' fixed text).
 * Evaluator: it ends within the query bound the limits give; every query
 * names a DNS name of valid length without a final dot; the result is in
 * range, an explanation only comes with fail; the identity is the one
 * checked.
 */
#include "fuzz_support.h"

#include "spf.h"
#include "spf_record.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

/* TXT, then per DNS term at most an MX lookup and 10 address lookups (or
 * an include's TXT), the PTR names and their addresses once, and exp=. */
#define SPF_FUZZ_MAX_QUERIES                                                \
    (1 + MXQ_SPF_MAX_DNS_TERMS * (1 + MXQ_SPF_MAX_MX_NAMES) + 1 +           \
     MXQ_SPF_MAX_PTR_NAMES + 1)
#define SPF_FUZZ_MAX_RECORDS 15

struct spf_fuzz_macro_check {
    const char *text;
    size_t n;
};

static bool spf_fuzz_piece(void *ctx, const struct mxq_spf_macro *m)
{
    const struct spf_fuzz_macro_check *c = ctx;
    if (m->expand) {
        FUZZ_CHECK(strchr("slodiphcrtv", m->letter) != NULL && m->letter,
                   "macro letter %d", m->letter);
        FUZZ_CHECK(m->keep <= 255, "keep %u", m->keep);
        FUZZ_CHECK(fuzz_slice_inside(m->delimiters.p, m->delimiters.n,
                                     c->text, c->n),
                   "delimiters outside the string");
        for (size_t i = 0; i < m->delimiters.n; i++)
            FUZZ_CHECK(strchr(".-+,/_=", m->delimiters.p[i]) != NULL,
                       "delimiter %d", m->delimiters.p[i]);
        return true;
    }
    bool fixed = (m->literal.n == 1 && (m->literal.p[0] == '%' ||
                                        m->literal.p[0] == ' ')) ||
                 (m->literal.n == 3 && memcmp(m->literal.p, "%20", 3) == 0);
    FUZZ_CHECK(m->literal.n > 0, "empty literal piece");
    FUZZ_CHECK(fixed || fuzz_slice_inside(m->literal.p, m->literal.n,
                                          c->text, c->n),
               "literal outside the string");
    return true;
}

static enum mxq_spf_macro_status spf_fuzz_scan(const char *p, size_t n,
                                               bool explain)
{
    struct spf_fuzz_macro_check c = {p, n};
    enum mxq_spf_macro_status st =
        mxq_spf_macro_scan(p, n, explain, spf_fuzz_piece, &c);
    FUZZ_CHECK(st == MXQ_SPF_MACRO_OK || st == MXQ_SPF_MACRO_SYNTAX,
               "macro status %d", (int)st);
    return st;
}

static void spf_fuzz_grammar(const uint8_t *data, size_t size)
{
    static const char version[] = "v=spf1 ";
    size_t n = sizeof version - 1 + size;
    char *rec = fuzz_alloc(n);
    memcpy(rec, version, sizeof version - 1);
    if (size)
        memcpy(rec + sizeof version - 1, data, size);
    FUZZ_CHECK(mxq_spf_is_record(rec, n), "\"v=spf1 \" is no record");

    size_t pos = 0, last_end = sizeof version - 2;
    for (;;) {
        struct mxq_spf_term t;
        size_t before = pos;
        enum mxq_spf_parse r = mxq_spf_next_term(rec, n, &pos, &t);
        if (r != MXQ_SPF_PARSE_TERM) {
            FUZZ_CHECK(r == MXQ_SPF_PARSE_END || r == MXQ_SPF_PARSE_SYNTAX,
                       "parse status %d", (int)r);
            break;
        }
        FUZZ_CHECK(pos > before && pos <= n, "no progress");
        FUZZ_CHECK(t.text.p >= rec + last_end + 1 &&
                       t.text.p + t.text.n == rec + pos && t.text.n > 0,
                   "term not where it was read");
        FUZZ_CHECK(memchr(t.text.p, ' ', t.text.n) == NULL,
                   "a space in a term");
        last_end = pos;
        FUZZ_CHECK(t.kind >= MXQ_SPF_TERM_ALL &&
                       t.kind <= MXQ_SPF_TERM_UNKNOWN_MODIFIER,
                   "kind %d", (int)t.kind);
        FUZZ_CHECK(strchr("+-~?", t.qualifier) != NULL && t.qualifier,
                   "qualifier %d", t.qualifier);
        FUZZ_CHECK(t.cidr4 <= 32 && t.cidr6 <= 128, "cidr %u/%u", t.cidr4,
                   t.cidr6);
        FUZZ_CHECK(fuzz_slice_inside(t.domain_spec.p, t.domain_spec.n,
                                     t.text.p, t.text.n) &&
                       fuzz_slice_inside(t.name.p, t.name.n, t.text.p,
                                         t.text.n) &&
                       fuzz_slice_inside(t.value.p, t.value.n, t.text.p,
                                         t.text.n),
                   "a part outside its term");
        if (t.domain_spec.n > 0)
            FUZZ_CHECK(spf_fuzz_scan(t.domain_spec.p, t.domain_spec.n,
                                     false) == MXQ_SPF_MACRO_OK,
                       "a domain-spec the macro scanner refuses");
        bool needs_spec = t.kind == MXQ_SPF_TERM_INCLUDE ||
                          t.kind == MXQ_SPF_TERM_EXISTS ||
                          t.kind == MXQ_SPF_TERM_REDIRECT ||
                          t.kind == MXQ_SPF_TERM_EXP;
        FUZZ_CHECK(!needs_spec || t.domain_spec.n > 0,
                   "kind %d without its domain-spec", (int)t.kind);
        if (t.kind == MXQ_SPF_TERM_UNKNOWN_MODIFIER && t.value.n > 0)
            FUZZ_CHECK(spf_fuzz_scan(t.value.p, t.value.n, true) ==
                           MXQ_SPF_MACRO_OK,
                       "a modifier value the macro scanner refuses");
    }
    free(rec);

    char *text = fuzz_copy(data, size);
    if (spf_fuzz_scan(text, size, false) == MXQ_SPF_MACRO_OK)
        FUZZ_CHECK(spf_fuzz_scan(text, size, true) == MXQ_SPF_MACRO_OK,
                   "a domain macro-string that is no explain-string");
    free(text);
}

/* The answers in the input. */
struct spf_fuzz_stream {
    const uint8_t *p;
    size_t n;
};

static bool spf_fuzz_take(struct spf_fuzz_stream *s, uint8_t *out)
{
    if (s->n == 0)
        return false;
    *out = *s->p++;
    s->n--;
    return true;
}

static void spf_fuzz_answer(struct mxq_spf *e, struct spf_fuzz_stream *s)
{
    static const enum mxq_dns_rcode rcodes[8] = {
        MXQ_DNS_OK, MXQ_DNS_OK, MXQ_DNS_OK, MXQ_DNS_OK,
        MXQ_DNS_NXDOMAIN, MXQ_DNS_NODATA, MXQ_DNS_SERVFAIL, MXQ_DNS_TIMEOUT};
    struct mxq_dns_record records[SPF_FUZZ_MAX_RECORDS];
    uint8_t *copies[SPF_FUZZ_MAX_RECORDS];
    uint8_t rc, count = 0;
    size_t n = 0;

    if (!spf_fuzz_take(s, &rc)) {
        mxq_spf_answer(e, MXQ_DNS_TIMEOUT, NULL, 0);
        return;
    }
    spf_fuzz_take(s, &count);
    count &= SPF_FUZZ_MAX_RECORDS;
    for (; n < count; n++) {
        uint8_t len = 0;
        spf_fuzz_take(s, &len);
        size_t have = len < s->n ? len : s->n;
        /* each record in a block of its own size, for ASan */
        copies[n] = (uint8_t *)fuzz_copy(s->p, have);
        records[n] = (struct mxq_dns_record){
            .preference = (uint16_t)n, .data = {copies[n], have}};
        s->p += have;
        s->n -= have;
    }
    mxq_spf_answer(e, rcodes[rc & 7], records, n);
    for (size_t i = 0; i < n; i++)
        free(copies[i]);
}

static void spf_fuzz_evaluator(const uint8_t *data, size_t size)
{
    uint8_t flags = size ? data[0] : 0;
    bool ipv6 = flags & 1, null_sender = flags & 2, mapped = flags & 4;
    uint8_t ip[16] = {192, 0, 2, 1};
    if (mapped) {
        static const uint8_t v4mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                             0xff, 0xff, 192, 0, 2, 1};
        memcpy(ip, v4mapped, 16);
        ipv6 = true;
    } else if (ipv6) {
        static const uint8_t v6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                       0, 0, 0, 0, 0, 0, 0, 1};
        memcpy(ip, v6, 16);
    }
    struct mxq_spf *e = mxq_spf_new(ip, ipv6,
                                    null_sender ? "" : "user@example.com",
                                    "helo.example.org", "mx.example.net",
                                    1700000000);
    FUZZ_CHECK(e != NULL, "out of memory");

    struct spf_fuzz_stream s = {data + (size ? 1 : 0), size ? size - 1 : 0};
    const char *name;
    enum mxq_dns_type type;
    unsigned queries = 0;
    while (mxq_spf_run(e, &name, &type) == MXQ_SPF_NEED_DNS) {
        FUZZ_CHECK(++queries <= SPF_FUZZ_MAX_QUERIES, "more than %d queries",
                   SPF_FUZZ_MAX_QUERIES);
        size_t len = strlen(name);
        FUZZ_CHECK(len > 0 && len <= 253 && name[len - 1] != '.',
                   "query name \"%s\"", name);
        FUZZ_CHECK(type == MXQ_DNS_A || type == MXQ_DNS_AAAA ||
                       type == MXQ_DNS_MX || type == MXQ_DNS_TXT ||
                       type == MXQ_DNS_PTR,
                   "query type %d", (int)type);
        spf_fuzz_answer(e, &s);
    }
    const char *explanation, *identity;
    enum mxq_spf_result r = mxq_spf_result(e, &explanation, &identity);
    FUZZ_CHECK(r >= MXQ_SPF_NONE && r <= MXQ_SPF_PERMERROR, "result %d",
               (int)r);
    FUZZ_CHECK(explanation == NULL || r == MXQ_SPF_FAIL,
               "an explanation with %s", mxq_spf_result_name(r));
    FUZZ_CHECK(strcmp(identity, null_sender ? "helo" : "mailfrom") == 0,
               "identity %s", identity);
    if (explanation != NULL)
        for (const char *c = explanation; *c; c++)
            FUZZ_CHECK(*c >= 0x20 && *c < 0x7f,
                       "a control octet or non-ASCII in the explanation");
    mxq_spf_free(e);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 0)
        spf_fuzz_grammar(data + 1, size - 1);
    spf_fuzz_evaluator(data, size);
    return 0;
}
