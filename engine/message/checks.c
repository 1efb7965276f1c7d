#include "checks.h"

#include <stdlib.h>
#include <string.h>

#include "buffer.h"

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
    return n;
}

bool mxq_checks_waiting(const struct mxq_checks *c)
{
    return c->spf != NULL || (c->dkim != NULL && !c->dkim_done &&
                              !c->dkim_expired);
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
}

void mxq_checks_reset(struct mxq_checks *c)
{
    mxq_spf_free(c->spf);
    free(c->spf_identity);
    mxq_dkim_free(c->dkim);
    *c = (struct mxq_checks){0};
}
