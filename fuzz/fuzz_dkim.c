/*
 * fuzz-dkim: the DKIM verifier (engine/checks/dkim.c) over whole
 * messages, with key answers from the input.
 *
 * Input: a 2-octet big-endian length L, then L octets of message, then
 * the answers, one per query in the order the verifier asks (read by
 * fuzz_next_answer(), fuzz_dns.h).
 * When the input runs out, every query is answered with one fixed key
 * record (alternately RSA-1024 and ed25519 keys from the conformance
 * data), so that the verification code is reached. The octet after the
 * length (if any) also chooses legacy rules (bit 0) and the time.
 *
 * Invariants: at most MXQ_DKIM_MAX_SIGNATURES queries; each names
 * "<s>._domainkey.<d>", NUL-terminated, at most 253 octets; the run ends
 * with DONE; every verdict has a result in range, a reason unless it
 * passed, and d/s/i/a strings.
 */
#include "fuzz_support.h"

#include "dkim.h"
#include "fuzz_dns.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    size_t len = (size_t)data[0] << 8 | data[1];
    if (len > size - 2)
        len = size - 2;
    char *msg = fuzz_copy(data + 2, len);
    const uint8_t *ans = data + 2 + len, *end = data + size;
    unsigned flags = len > 0 ? (uint8_t)msg[0] : 0;

    struct mxq_dkim *v = mxq_dkim_new(msg, len, (int64_t)(flags >> 1) * 100000000);
    if (v == NULL)
        abort();
    if (flags & 1)
        mxq_dkim_set_legacy(v, 512, true);
    const char *name;
    size_t queries = 0;
    while (mxq_dkim_run(v, &name) == MXQ_DKIM_NEED_DNS) {
        FUZZ_CHECK(++queries <= MXQ_DKIM_MAX_SIGNATURES, "queries %zu",
                   queries);
        size_t nl = strlen(name);
        FUZZ_CHECK(nl > 0 && nl <= 253, "name length %zu", nl);
        FUZZ_CHECK(strstr(name, "._domainkey.") != NULL, "name %s", name);
        const char *again;
        FUZZ_CHECK(mxq_dkim_run(v, &again) == MXQ_DKIM_NEED_DNS &&
                       again == name,
                   "asks again");
        struct mxq_dns_record recs[3];
        size_t got;
        enum mxq_dns_rcode rcode;
        if (!fuzz_next_answer(&ans, end, &rcode, recs, &got)) {
            const char *k = queries % 2 ? fuzz_key_rsa1024 : fuzz_key_ed25519;
            struct mxq_dns_record r = {0, {(const uint8_t *)k, strlen(k)}};
            mxq_dkim_answer(v, MXQ_DNS_OK, &r, 1);
            continue;
        }
        mxq_dkim_answer(v, rcode, got ? recs : NULL, got);
    }
    size_t n = mxq_dkim_count(v);
    FUZZ_CHECK(n <= MXQ_DKIM_MAX_SIGNATURES, "count %zu", n);
    for (size_t k = 0; k < n; k++) {
        const struct mxq_dkim_verdict *r = mxq_dkim_get(v, k);
        FUZZ_CHECK(r != NULL && r->result <= MXQ_DKIM_PERMERROR, "result");
        FUZZ_CHECK(r->result != MXQ_DKIM_NEUTRAL, "left undecided");
        FUZZ_CHECK((r->result == MXQ_DKIM_PASS) == (r->reason == NULL),
                   "reason");
        FUZZ_CHECK(r->d && r->s && r->i && r->a, "strings");
        FUZZ_CHECK(strlen(r->header_b) < sizeof r->header_b, "header.b");
    }
    FUZZ_CHECK(mxq_dkim_get(v, n) == NULL, "get past the end");
    mxq_dkim_free(v);
    free(msg);
    return 0;
}
