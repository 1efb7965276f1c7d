/*
 * DMARC (RFC 7489): policy discovery (§6.6.3) and the check of §6.6.2 as
 * a resumable state machine, in the manner of spf.h.
 *
 * The evaluator makes no system call, reads no clock, draws no random
 * number and has no DNS library or public suffix list: the caller drives
 * it with DNS answers, supplies the organizational domain (§3.2) through
 * a function, and rolls the dice for pct= (§6.6.4).
 *
 *   e = mxq_dmarc_new(&input);
 *   while (mxq_dmarc_run(e, &name) == MXQ_DMARC_NEED_DNS)
 *       mxq_dmarc_answer(e, rcode, records, n);   (TXT for name)
 *   out = mxq_dmarc_outcome(e);
 *   mxq_dmarc_free(e);
 *
 * At most two TXT queries: _dmarc.<From domain>, then, when that holds
 * no DMARC record and the organizational domain is another name,
 * _dmarc.<organizational domain>.
 */
#ifndef MXQ_CHECKS_DMARC_H
#define MXQ_CHECKS_DMARC_H

#include <stdbool.h>
#include <stddef.h>

#include "mxq/mxq.h"

#include "dmarc_record.h"
#include "spf.h"

enum mxq_dmarc_step {
    MXQ_DMARC_NEED_DNS,            /* TXT for *name */
    MXQ_DMARC_DONE
};

/* RFC 7489 §11.2's words for Authentication-Results. */
enum mxq_dmarc_result {
    MXQ_DMARC_NONE = 0,            /* no DMARC record: not applied */
    MXQ_DMARC_PASS,                /* an aligned SPF or DKIM pass */
    MXQ_DMARC_FAIL,
    MXQ_DMARC_TEMPERROR,           /* SERVFAIL or timeout on a query */
    MXQ_DMARC_PERMERROR            /* a broken record, several records, or
                                      no single usable From domain */
};

/* One DKIM signature's verdict (see dkim.h's mxq_dkim_verdict). */
struct mxq_dmarc_dkim {
    bool pass;                     /* MXQ_DKIM_PASS */
    const char *d;                 /* its d= */
};

/* The organizational domain of `domain` (lower case, no final dot), e.g.
 * by the public suffix list: the public suffix and one more label. NULL
 * when there is none (domain is a public suffix itself): then the domain
 * is its own. The result is copied before the next call. */
typedef const char *mxq_dmarc_org_domain_fn(void *ctx, const char *domain);

struct mxq_dmarc_input {
    /* The RFC 5322.From domain. When the message has no single From
     * address (none, several, or one that cannot be parsed: §6.6.1) set
     * no_single_from; the result is then permerror without a query, as
     * it is when from_domain is NULL, empty or not a domain name. */
    const char *from_domain;
    bool no_single_from;
    /* SPF's result and the domain it checked (the MAIL FROM domain, or
     * the HELO identity for <>); spf_domain may be NULL with no pass. */
    enum mxq_spf_result spf;
    const char *spf_domain;
    const struct mxq_dmarc_dkim *dkim;
    size_t dkim_count;
    mxq_dmarc_org_domain_fn *org_domain;   /* required */
    void *org_ctx;
    /* 0..99, uniformly random: the message is subject to the policy
     * when roll < pct (larger values are read as 99). */
    unsigned roll;
};

struct mxq_dmarc_outcome {
    enum mxq_dmarc_result result;
    /* The policy that applies: the record's p, or its sp when the From
     * domain is a subdomain of the organizational domain whose record
     * was found by the fallback and sp= is present. NONE without a
     * usable record. */
    enum mxq_dmarc_policy policy;
    /* What to do: NONE for a pass and without a usable record; for a
     * fail the policy, or one step softer when pct= spared the message
     * (reject -> quarantine, quarantine -> none: §6.6.4). */
    enum mxq_dmarc_policy disposition;
    bool sampled_out;              /* a fail that pct= spared */
    bool used_sp;
    /* NUL-terminated, lower case, without final dot; they live as long
     * as the check. header_from is "" when there was no usable From. */
    const char *header_from;
    const char *policy_domain;     /* where the record was found, or NULL */
    bool spf_aligned;              /* SPF passed for an aligned domain */
    bool dkim_aligned;             /* some DKIM pass has an aligned d= */
    const char *dkim_domain;       /* the first such d=, or NULL */
    /* The record that was used (VALID), NULL when none; its slices point
     * into a copy that lives as long as the check. */
    const struct mxq_dmarc_record *record;
};

/* The strings are copied; the DKIM verdicts and org_domain are used
 * only during the call. NULL when out of memory or org_domain is NULL. */
struct mxq_dmarc *mxq_dmarc_new(const struct mxq_dmarc_input *in);

/* Evaluates until a DNS answer is needed or the result is known. With
 * MXQ_DMARC_NEED_DNS, *name (NUL-terminated, no final dot, valid until
 * the answer) is the TXT query; calling again before answering asks the
 * same. */
enum mxq_dmarc_step mxq_dmarc_run(struct mxq_dmarc *e, const char **name);

/* The outcome of the TXT query: records only with MXQ_DNS_OK (each a
 * record's strings joined; n == 0 counts as NODATA). An answer when none
 * is outstanding is ignored. */
void mxq_dmarc_answer(struct mxq_dmarc *e, enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n);

/* Final once mxq_dmarc_run() returned MXQ_DMARC_DONE (result NONE
 * before). */
const struct mxq_dmarc_outcome *mxq_dmarc_outcome(const struct mxq_dmarc *e);

/* "none", "pass", "fail", "temperror", "permerror". */
const char *mxq_dmarc_result_name(enum mxq_dmarc_result r);
/* "none", "quarantine", "reject" (and "" for UNSET). */
const char *mxq_dmarc_policy_name(enum mxq_dmarc_policy p);

void mxq_dmarc_free(struct mxq_dmarc *e);

#endif
