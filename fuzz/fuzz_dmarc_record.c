/*
 * fuzz-dmarc_record: a DMARC policy record (grammar/dmarc_record.rl) on
 * any bytes, and the evaluator (engine/checks/dmarc.c) given those bytes
 * as the one TXT record at _dmarc.example.com.
 *
 * Invariants: the fields are in range and the slices lie inside the
 * input; a fallback record is p=none with a rua; rua= read back alone
 * gives the same text; the evaluator agrees with the parser (not DMARC:
 * none; broken: permerror; valid: fail, since nothing aligns, with a
 * disposition no stronger than the policy) and asks one query.
 */
#include "fuzz_support.h"

#include "dmarc.h"
#include "dmarc_record.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool dmarc_inside(struct mxq_slice s, const char *p, size_t n)
{
    return fuzz_slice_inside(s.p, s.n, p, n);
}

static const char *dmarc_own_org(void *ctx, const char *domain)
{
    (void)ctx;
    return domain;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *text = fuzz_copy(data, size);
    struct mxq_dmarc_record r;
    enum mxq_dmarc_record_status s = mxq_dmarc_record_parse(text, size, &r);
    FUZZ_CHECK(s <= MXQ_DMARC_RECORD_BROKEN, "status %d", (int)s);
    FUZZ_CHECK(r.pct <= 100, "pct %u", r.pct);
    FUZZ_CHECK(r.sp <= MXQ_DMARC_POLICY_REJECT, "sp %d", (int)r.sp);
    FUZZ_CHECK(dmarc_inside(r.fo, text, size) &&
                   dmarc_inside(r.rf, text, size) &&
                   dmarc_inside(r.rua, text, size) &&
                   dmarc_inside(r.ruf, text, size),
               "slice outside the input");
    if (s == MXQ_DMARC_RECORD_VALID) {
        FUZZ_CHECK(r.p >= MXQ_DMARC_POLICY_NONE &&
                       r.p <= MXQ_DMARC_POLICY_REJECT,
                   "p %d", (int)r.p);
        FUZZ_CHECK(!r.p_fallback ||
                       (r.p == MXQ_DMARC_POLICY_NONE && r.rua.n > 0 &&
                        r.sp == MXQ_DMARC_POLICY_UNSET),
                   "fallback without p=none and rua");
    }
    if (s == MXQ_DMARC_RECORD_VALID && r.rua.n > 0 && r.rua.n < 4096) {
        char again[4200];
        int len = snprintf(again, sizeof again, "v=DMARC1; p=none; rua=%.*s",
                           (int)r.rua.n, r.rua.p);
        struct mxq_dmarc_record r2;
        FUZZ_CHECK(mxq_dmarc_record_parse(again, (size_t)len, &r2) ==
                           MXQ_DMARC_RECORD_VALID &&
                       r2.rua.n == r.rua.n &&
                       memcmp(r2.rua.p, r.rua.p, r.rua.n) == 0,
                   "rua not read back: %.*s", (int)r.rua.n, r.rua.p);
    }

    struct mxq_dmarc_input in = {.from_domain = "example.com",
                                 .spf = MXQ_SPF_FAIL,
                                 .org_domain = dmarc_own_org,
                                 .roll = size % 100};
    struct mxq_dmarc *e = mxq_dmarc_new(&in);
    if (e != NULL) {
        const char *name;
        unsigned queries = 0;
        struct mxq_dns_record rec = {0, {data, size}};
        while (mxq_dmarc_run(e, &name) == MXQ_DMARC_NEED_DNS) {
            FUZZ_CHECK(++queries == 1 &&
                           strcmp(name, "_dmarc.example.com") == 0,
                       "query %u: %s", queries, name);
            mxq_dmarc_answer(e, MXQ_DNS_OK, &rec, 1);
        }
        const struct mxq_dmarc_outcome *o = mxq_dmarc_outcome(e);
        enum mxq_dmarc_result want =
            s == MXQ_DMARC_RECORD_VALID    ? MXQ_DMARC_FAIL
            : s == MXQ_DMARC_RECORD_BROKEN ? MXQ_DMARC_PERMERROR
                                           : MXQ_DMARC_NONE;
        FUZZ_CHECK(o->result == want, "result %s, parser said %d",
                   mxq_dmarc_result_name(o->result), (int)s);
        FUZZ_CHECK(o->disposition <= o->policy, "disposition %s > %s",
                   mxq_dmarc_policy_name(o->disposition),
                   mxq_dmarc_policy_name(o->policy));
        FUZZ_CHECK(!o->spf_aligned && !o->dkim_aligned, "aligned");
        mxq_dmarc_free(e);
    }
    free(text);
    return 0;
}
