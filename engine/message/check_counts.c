/*
 * The checks' results, counted for metrics: one row per check and
 * result, in the words the documents' `checks` use (document.c).
 */
#include "checks.h"

/* DKIM's extra row is "none" (no signature), spam's are its
 * enum (ham, spam, temperror) and "none" (too large to scan). */
enum {
    SPF_AT = 0,
    DKIM_AT = SPF_AT + MXQ_SPF_PERMERROR + 1,
    DKIM_NONE = DKIM_AT + MXQ_DKIM_PERMERROR + 1,
    DMARC_AT = DKIM_NONE + 1,
    ARC_AT = DMARC_AT + MXQ_DMARC_PERMERROR + 1,
    SPAM_AT = ARC_AT + MXQ_ARC_TEMPERROR + 1,
    SPAM_NONE = SPAM_AT + MXQ_SPAM_TEMPERROR + 1,
    ROWS = SPAM_NONE + 1
};
_Static_assert(ROWS == MXQ_COUNTED_CHECKS, "MXQ_COUNTED_CHECKS in mxq.h");

const char *mxq_counted_check(unsigned i, const char **result)
{
    static const char *const spam[] = {
        [MXQ_SPAM_HAM] = "ham", [MXQ_SPAM_SPAM] = "spam",
        [MXQ_SPAM_TEMPERROR] = "temperror"};

    if (i < DKIM_AT) {
        *result = mxq_spf_result_name((enum mxq_spf_result)(i - SPF_AT));
        return "spf";
    }
    if (i < DMARC_AT) {
        *result = i == DKIM_NONE ? "none"
                  : mxq_dkim_result_name((enum mxq_dkim_result)(i - DKIM_AT));
        return "dkim";
    }
    if (i < ARC_AT) {
        *result =
            mxq_dmarc_result_name((enum mxq_dmarc_result)(i - DMARC_AT));
        return "dmarc";
    }
    if (i < SPAM_AT) {
        *result = mxq_arc_result_name((enum mxq_arc_result)(i - ARC_AT));
        return "arc";
    }
    if (i < ROWS) {
        *result = i == SPAM_NONE ? "none" : spam[i - SPAM_AT];
        return "spam";
    }
    return NULL;
}

void mxq_checks_count(const struct mxq_checks *c,
                      uint64_t counts[MXQ_COUNTED_CHECKS])
{
    if (c->spf_ran)
        counts[SPF_AT + c->spf_result]++;
    if (c->dkim_ran) {
        size_t n = c->dkim != NULL ? mxq_dkim_count(c->dkim) : 0;
        if (n == 0)
            counts[c->dkim != NULL ? DKIM_NONE
                                   : DKIM_AT + MXQ_DKIM_TEMPERROR]++;
        for (size_t i = 0; i < n; i++)
            counts[DKIM_AT + mxq_checks_dkim_result(c, i)]++;
    }
    if (c->dmarc_ran) {
        const struct mxq_dmarc_outcome *o = mxq_checks_dmarc_outcome(c);
        counts[DMARC_AT + (o != NULL ? o->result : MXQ_DMARC_TEMPERROR)]++;
    }
    if (c->arc_ran) {
        const struct mxq_arc_verdict *v = mxq_checks_arc_verdict(c);
        counts[ARC_AT + (v != NULL ? v->result : MXQ_ARC_TEMPERROR)]++;
    }
    if (c->spam_ran)
        counts[c->spam_skipped ? SPAM_NONE
               : c->spam != NULL ? SPAM_AT + c->spam->result
                                 : SPAM_AT + MXQ_SPAM_TEMPERROR]++;
}
