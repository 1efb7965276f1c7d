/*
 * fuzz-arc: ARC chain validation (engine/checks/arc.c) over whole
 * messages, with key answers from the input.
 *
 * Input: a 2-octet big-endian length L, then L octets of message, then
 * the answers, one per query in the order the validator asks (read by
 * fuzz_next_answer(), fuzz_dns.h). When the input runs out, every query
 * is answered with the RSA-1024 key of ValiMail's suite (the seeds are
 * its messages), so that the signatures are really checked.
 *
 * Invariants: at most MXQ_ARC_MAX_KEY_LOOKUPS queries, each naming
 * "<s>._domainkey.<d>" and asked again until answered; the run ends with
 * DONE; none has no sets and no reason; pass has no reason and an oldest
 * passing instance in 1..sets; fail and temperror have a reason; every
 * seal domain of 1..sets is a string, and "" outside.
 */
#include "fuzz_support.h"

#include "arc.h"
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

    struct mxq_arc *a = mxq_arc_new(msg, len);
    if (a == NULL)
        abort();
    const char *name;
    size_t queries = 0;
    while (mxq_arc_run(a, &name) == MXQ_ARC_NEED_DNS) {
        FUZZ_CHECK(++queries <= MXQ_ARC_MAX_KEY_LOOKUPS, "queries %zu",
                   queries);
        FUZZ_CHECK(strstr(name, "._domainkey.") != NULL, "name %s", name);
        const char *again;
        FUZZ_CHECK(mxq_arc_run(a, &again) == MXQ_ARC_NEED_DNS &&
                       again == name,
                   "asks again");
        struct mxq_dns_record recs[3];
        size_t got;
        enum mxq_dns_rcode rcode;
        if (!fuzz_next_answer(&ans, end, &rcode, recs, &got)) {
            struct mxq_dns_record r = {
                0, {(const uint8_t *)fuzz_key_rsa1024,
                    strlen(fuzz_key_rsa1024)}};
            mxq_arc_answer(a, MXQ_DNS_OK, &r, 1);
            continue;
        }
        mxq_arc_answer(a, rcode, got ? recs : NULL, got);
    }
    const struct mxq_arc_verdict *v = mxq_arc_verdict(a);
    switch (v->result) {
    case MXQ_ARC_NONE:
        FUZZ_CHECK(v->sets == 0 && v->reason == NULL, "none with sets");
        break;
    case MXQ_ARC_PASS:
        FUZZ_CHECK(v->reason == NULL, "pass with a reason");
        FUZZ_CHECK(v->sets >= 1 && v->sets <= MXQ_ARC_MAX_INSTANCE &&
                       v->oldest_pass >= 1 && v->oldest_pass <= v->sets,
                   "sets %u oldest %u", v->sets, v->oldest_pass);
        break;
    case MXQ_ARC_FAIL:
    case MXQ_ARC_TEMPERROR:
        FUZZ_CHECK(v->reason != NULL && v->reason[0] != '\0', "no reason");
        break;
    default:
        FUZZ_CHECK(false, "result %d", (int)v->result);
    }
    for (unsigned i = 0; i <= v->sets + 1; i++) {
        const char *d = mxq_arc_seal_domain(a, i);
        FUZZ_CHECK(d != NULL, "no domain string");
        FUZZ_CHECK((i >= 1 && i <= v->sets) || d[0] == '\0',
                   "domain out of range");
    }
    mxq_arc_free(a);
    free(msg);
    return 0;
}
