#include "checks.h"

#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "mime_address.h"
#include "mime_walk.h"

static void dmarc_maybe_start(struct mxq_checks *c);

/* Runs SPF until it asks for a lookup or is done. */
static void spf_go_on(struct mxq_checks *c)
{
    const char *name;
    enum mxq_dns_type type;

    if (mxq_spf_run(c->spf, &name, &type) == MXQ_SPF_NEED_DNS) {
        c->spf_ask = (struct mxq_check_lookup){name, type};
        c->spf_asks = true;
        return;
    }
    c->spf_result = mxq_spf_result(c->spf, NULL, NULL);
    mxq_spf_free(c->spf);
    c->spf = NULL;
    dmarc_maybe_start(c);
}

bool mxq_checks_start_spf(struct mxq_checks *c, const struct mxq_spf_input *in)
{
    mxq_checks_reset(c);
    c->spf_ran = true;
    c->spf_result = MXQ_SPF_TEMPERROR;
    /* RFC 7208 §2.4: with a null reverse-path the HELO name is checked. */
    c->spf_helo = in->sender[0] == '\0';
    const char *identity = c->spf_helo ? (in->helo ? in->helo : "")
                                       : in->sender;
    c->spf_identity = mxq_copy_string(identity, strlen(identity));
    c->spf = mxq_spf_new(in->ip, in->ipv6, in->sender,
                         in->helo ? in->helo : "", in->hostname, in->now);
    if (c->spf_identity == NULL || c->spf == NULL) {
        mxq_spf_free(c->spf);
        c->spf = NULL;
        return false;
    }
    spf_go_on(c);
    return true;
}

/* ----------------------------------------------------------- DMARC */
/* Runs DMARC until it asks for a record or is done. */
static void dmarc_go_on(struct mxq_checks *c)
{
    const char *name;
    if (mxq_dmarc_run(c->dmarc, &name) == MXQ_DMARC_NEED_DNS) {
        c->dmarc_ask = (struct mxq_check_lookup){name, MXQ_DNS_TXT};
        c->dmarc_asks = true;
        return;
    }
    c->dmarc_done = true;
}

static const char *own_org_domain(void *ctx, const char *domain)
{
    (void)ctx, (void)domain;
    return NULL;
}

/* The domain SPF checked: MAIL FROM's after its last '@', or the HELO
 * name. */
static const char *spf_domain(const struct mxq_checks *c)
{
    if (c->spf_identity == NULL)
        return NULL;
    const char *at = strrchr(c->spf_identity, '@');
    return c->spf_helo || at == NULL ? c->spf_identity : at + 1;
}

/* Once SPF and DKIM are done, DMARC begins with their results. */
static void dmarc_maybe_start(struct mxq_checks *c)
{
    if (!c->dmarc_wanted || c->dmarc_ran || c->spf != NULL ||
        (c->dkim != NULL && !c->dkim_done && !c->dkim_expired))
        return;
    c->dmarc_ran = true;
    size_t count = c->dkim ? mxq_dkim_count(c->dkim) : 0;
    struct mxq_dmarc_dkim dkim[MXQ_DKIM_MAX_SIGNATURES];
    for (size_t i = 0; i < count; i++)
        dkim[i] = (struct mxq_dmarc_dkim){
            mxq_checks_dkim_result(c, i) == MXQ_DKIM_PASS,
            mxq_dkim_get(c->dkim, i)->d};
    struct mxq_dmarc_input in = c->dmarc_in;
    in.spf = c->spf_ran ? c->spf_result : MXQ_SPF_NONE;
    in.spf_domain = c->spf_ran ? spf_domain(c) : NULL;
    in.dkim = dkim;
    in.dkim_count = count;
    c->dmarc = mxq_dmarc_new(&in);
    if (c->dmarc == NULL) {
        c->dmarc_done = true; /* temperror */
        return;
    }
    dmarc_go_on(c);
}

/* The domain of the message's single From address (RFC 7489 §6.6.1),
 * NUL-terminated in buf; false when there is none, or more than one. */
static bool single_from_domain(const char *msg, size_t n, char *buf,
                               size_t size)
{
    /* the message as a part: its header section is all that is read */
    struct mxq_mime_part message = {.header = 0, .body = n};
    struct mxq_slice from;
    if (mxq_mime_part_fields(msg, &message, "from", &from) != 1)
        return false;
    struct mxq_mime_address_cursor cursor = {0};
    struct mxq_mime_address a, more;
    if (mxq_mime_address_next(from.p, from.n, &cursor, &a) !=
            MXQ_MIME_ADDR_ITEM ||
        a.kind != MXQ_MIME_ADDR_MAILBOX || !(a.flags & MXQ_MIME_ADDR_SPEC) ||
        mxq_mime_address_next(from.p, from.n, &cursor, &more) !=
            MXQ_MIME_ADDR_END)
        return false;
    struct mxq_mime_text t;
    mxq_mime_text_init(&t, buf, size - 1);
    mxq_mime_address_text(a.domain, &t);
    if (t.truncated || t.len == 0)
        return false;
    buf[t.len] = '\0';
    return true;
}

bool mxq_checks_want_dmarc(struct mxq_checks *c, const char *msg, size_t n,
                           const char *(*org_domain)(void *, const char *),
                           void *org_ctx, unsigned roll)
{
    char domain[256];
    bool single = single_from_domain(msg, n, domain, sizeof domain);
    c->dmarc_wanted = true;
    c->dmarc_in = (struct mxq_dmarc_input){
        .no_single_from = !single,
        .org_domain = org_domain ? org_domain : own_org_domain,
        .org_ctx = org_ctx, .roll = roll};
    if (single) {
        char *copy = mxq_copy_string(domain, strlen(domain));
        if (copy == NULL) {
            c->dmarc_ran = c->dmarc_done = true; /* temperror */
            return false;
        }
        c->dmarc_in.from_domain = copy;
    }
    dmarc_maybe_start(c);
    return true;
}

const struct mxq_dmarc_outcome *
mxq_checks_dmarc_outcome(const struct mxq_checks *c)
{
    return c->dmarc && c->dmarc_done ? mxq_dmarc_outcome(c->dmarc) : NULL;
}

/* Runs DKIM until it asks for a key or is done. */
static void dkim_go_on(struct mxq_checks *c)
{
    const char *name;
    if (mxq_dkim_run(c->dkim, &name) == MXQ_DKIM_NEED_DNS) {
        c->dkim_ask = (struct mxq_check_lookup){name, MXQ_DNS_TXT};
        c->dkim_asks = true;
        return;
    }
    c->dkim_done = true;
    dmarc_maybe_start(c);
}

bool mxq_checks_start_dkim(struct mxq_checks *c, const char *msg, size_t n,
                           int64_t now)
{
    c->dkim_ran = true;
    c->dkim = mxq_dkim_new(msg, n, now);
    if (c->dkim == NULL) {
        c->dkim_done = c->dkim_expired = true; /* temperror */
        return false;
    }
    dkim_go_on(c);
    return true;
}

enum mxq_dkim_result mxq_checks_dkim_result(const struct mxq_checks *c,
                                            size_t i)
{
    if (c->dkim_expired && !c->dkim_done)
        return MXQ_DKIM_TEMPERROR;
    return mxq_dkim_get(c->dkim, i)->result;
}

/* Runs ARC until it asks for a key or is done. */
static void arc_go_on(struct mxq_checks *c)
{
    const char *name;
    if (mxq_arc_run(c->arc, &name) == MXQ_ARC_NEED_DNS) {
        c->arc_ask = (struct mxq_check_lookup){name, MXQ_DNS_TXT};
        c->arc_asks = true;
        return;
    }
    c->arc_done = true;
}

bool mxq_checks_start_arc(struct mxq_checks *c, const char *msg, size_t n)
{
    c->arc_ran = true;
    c->arc = mxq_arc_new(msg, n);
    if (c->arc == NULL) {
        c->arc_expired = true; /* temperror */
        return false;
    }
    arc_go_on(c);
    return true;
}

const struct mxq_arc_verdict *mxq_checks_arc_verdict(const struct mxq_checks *c)
{
    return c->arc != NULL && c->arc_done ? mxq_arc_verdict(c->arc) : NULL;
}

bool mxq_checks_start_spam(struct mxq_checks *c, size_t n, uint64_t max_size)
{
    c->spam_ran = true;
    if ((uint64_t)n > max_size) {
        c->spam_skipped = true;
        return false;
    }
    c->spam_head_len = mxq_spam_request_head(c->spam_head,
                                             sizeof c->spam_head, n, NULL);
    if (c->spam_head_len == 0) {
        c->spam_failure = "no request";
        return false;
    }
    c->spam_asks = true;
    return true;
}

uint32_t *mxq_checks_next_scan(struct mxq_checks *c, const uint8_t **head,
                               size_t *head_len)
{
    if (!c->spam_asks)
        return NULL;
    c->spam_asks = false;
    *head = (const uint8_t *)c->spam_head;
    *head_len = c->spam_head_len;
    return &c->spam_request;
}

bool mxq_checks_scanned(struct mxq_checks *c, uint32_t id, bool ok,
                        const uint8_t *reply, size_t n)
{
    if (id == 0 || id != c->spam_request)
        return false;
    c->spam_request = 0;
    if (!ok) {
        c->spam_failure = "spamd did not answer";
        return true;
    }
    c->spam = malloc(sizeof *c->spam);
    if (c->spam == NULL) {
        c->spam_failure = "out of memory";
        return true;
    }
    mxq_spam_parse((const char *)reply, n, c->spam);
    return true;
}

uint32_t *mxq_checks_next_lookup(struct mxq_checks *c,
                                 struct mxq_check_lookup *ask)
{
    if (c->spf_asks) {
        c->spf_asks = false;
        *ask = c->spf_ask;
        return &c->spf_lookup;
    }
    if (c->dkim_asks) {
        c->dkim_asks = false;
        *ask = c->dkim_ask;
        return &c->dkim_lookup;
    }
    if (c->arc_asks) {
        c->arc_asks = false;
        *ask = c->arc_ask;
        return &c->arc_lookup;
    }
    if (c->dmarc_asks) {
        c->dmarc_asks = false;
        *ask = c->dmarc_ask;
        return &c->dmarc_lookup;
    }
    return NULL;
}

bool mxq_checks_answer(struct mxq_checks *c, uint32_t id,
                       enum mxq_dns_rcode rcode,
                       const struct mxq_dns_record *records, size_t n)
{
    if (id == 0)
        return false;
    if (c->spf != NULL && id == c->spf_lookup) {
        c->spf_lookup = 0;
        mxq_spf_answer(c->spf, rcode, records, n);
        spf_go_on(c);
        return true;
    }
    if (c->dkim != NULL && !c->dkim_done && id == c->dkim_lookup) {
        c->dkim_lookup = 0;
        mxq_dkim_answer(c->dkim, rcode, records, n);
        dkim_go_on(c);
        return true;
    }
    if (c->arc != NULL && !c->arc_done && id == c->arc_lookup) {
        c->arc_lookup = 0;
        mxq_arc_answer(c->arc, rcode, records, n);
        arc_go_on(c);
        return true;
    }
    if (c->dmarc != NULL && !c->dmarc_done && id == c->dmarc_lookup) {
        c->dmarc_lookup = 0;
        mxq_dmarc_answer(c->dmarc, rcode, records, n);
        dmarc_go_on(c);
        return true;
    }
    return false;
}

size_t mxq_checks_outstanding(const struct mxq_checks *c, uint32_t *ids,
                              size_t cap)
{
    size_t n = 0;
    if (c->spf_lookup != 0 && n < cap)
        ids[n++] = c->spf_lookup;
    if (c->dkim_lookup != 0 && n < cap)
        ids[n++] = c->dkim_lookup;
    if (c->arc_lookup != 0 && n < cap)
        ids[n++] = c->arc_lookup;
    if (c->spam_request != 0 && n < cap)
        ids[n++] = c->spam_request;
    if (c->dmarc_lookup != 0 && n < cap)
        ids[n++] = c->dmarc_lookup;
    return n;
}

bool mxq_checks_waiting(const struct mxq_checks *c)
{
    return c->spf != NULL ||
           (c->dkim != NULL && !c->dkim_done && !c->dkim_expired) ||
           (c->arc != NULL && !c->arc_done && !c->arc_expired) ||
           c->spam_asks || c->spam_request != 0 ||
           (c->dmarc_ran && !c->dmarc_done);
}

void mxq_checks_expire(struct mxq_checks *c)
{
    if (c->spf != NULL) {
        mxq_spf_free(c->spf);
        c->spf = NULL;
        c->spf_result = MXQ_SPF_TEMPERROR;
    }
    c->spf_lookup = 0;
    c->spf_asks = false;
    if (c->dkim != NULL && !c->dkim_done)
        c->dkim_expired = true;
    c->dkim_lookup = 0;
    c->dkim_asks = false;
    if (c->arc != NULL && !c->arc_done)
        c->arc_expired = true;
    if (c->spam_asks || c->spam_request != 0) {
        c->spam_asks = false;
        c->spam_request = 0;
        c->spam_failure = "spamd timed out";
    }
    c->arc_lookup = 0;
    c->arc_asks = false;
    /* DMARC not begun or not done: temperror (no outcome) */
    if (c->dmarc_wanted && !c->dmarc_done) {
        c->dmarc_ran = c->dmarc_done = true;
        mxq_dmarc_free(c->dmarc);
        c->dmarc = NULL;
    }
    c->dmarc_lookup = 0;
    c->dmarc_asks = false;
}

/* The first check that ran and ended temperror, by name; NULL when none
 * did. */
static const char *temperror_of(const struct mxq_checks *c)
{
    if (c->spf_ran && c->spf_result == MXQ_SPF_TEMPERROR)
        return "SPF";
    if (c->dkim_ran) {
        size_t n = c->dkim ? mxq_dkim_count(c->dkim) : 0;
        if (c->dkim == NULL)
            return "DKIM";
        for (size_t i = 0; i < n; i++)
            if (mxq_checks_dkim_result(c, i) == MXQ_DKIM_TEMPERROR)
                return "DKIM";
    }
    if (c->dmarc_ran) {
        const struct mxq_dmarc_outcome *o = mxq_checks_dmarc_outcome(c);
        if (o == NULL || o->result == MXQ_DMARC_TEMPERROR)
            return "DMARC";
    }
    if (c->arc_ran) {
        const struct mxq_arc_verdict *v = mxq_checks_arc_verdict(c);
        if (v == NULL || v->result == MXQ_ARC_TEMPERROR)
            return "ARC";
    }
    if (c->spam_ran && !c->spam_skipped &&
        (c->spam == NULL || c->spam->result == MXQ_SPAM_TEMPERROR))
        return "spam";
    return NULL;
}

enum mxq_reply mxq_checks_refusal(const struct mxq_checks *c,
                                  unsigned reject, const char **arg)
{
    if ((reject & MXQ_CHECK_REJECT_DMARC) && c->dmarc_ran) {
        const struct mxq_dmarc_outcome *o = mxq_checks_dmarc_outcome(c);
        /* pct= may have softened the policy for this message (§6.6.4) */
        if (o != NULL && o->result == MXQ_DMARC_FAIL &&
            o->disposition == MXQ_DMARC_POLICY_REJECT) {
            *arg = o->header_from;
            return MXQ_R_CHECK_DMARC;
        }
    }
    if ((reject & MXQ_CHECK_REJECT_SPAM) && c->spam != NULL &&
        c->spam->result == MXQ_SPAM_SPAM)
        return MXQ_R_CHECK_SPAM;
    if ((reject & MXQ_CHECK_REJECT_SPF) && c->spf_ran &&
        c->spf_result == MXQ_SPF_FAIL) {
        *arg = c->spf_identity ? c->spf_identity : "";
        return MXQ_R_CHECK_SPF;
    }
    if (reject & MXQ_CHECK_REJECT_TEMPERROR) {
        const char *which = temperror_of(c);
        if (which != NULL) {
            *arg = which;
            return MXQ_R_CHECK_TEMPERROR;
        }
    }
    return MXQ_R_COUNT;
}

void mxq_checks_reset(struct mxq_checks *c)
{
    mxq_spf_free(c->spf);
    free(c->spf_identity);
    mxq_dkim_free(c->dkim);
    mxq_arc_free(c->arc);
    free(c->spam);
    mxq_dmarc_free(c->dmarc);
    free((char *)c->dmarc_in.from_domain);
    *c = (struct mxq_checks){0};
}
