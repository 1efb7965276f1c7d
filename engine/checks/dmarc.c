/*
 * DMARC policy discovery and evaluation (RFC 7489 §6.6) as a state
 * machine the caller drives with DNS answers (see dmarc.h).
 *
 * Alignment does not depend on DNS, only on the adkim=/aspf= modes, so
 * both ways of it (strict: the same name; relaxed: the same
 * organizational domain, §3.1) are worked out once in mxq_dmarc_new(),
 * while the caller's organizational-domain function and DKIM verdicts
 * are at hand; the record then picks one.
 */
#include <stdlib.h>
#include <string.h>

#include "dmarc.h"

#define DMARC_MAX_DOMAIN 253       /* RFC 1035: text form, no final dot */
#define DMARC_MAX_LABEL 63
#define DMARC_PREFIX "_dmarc."
#define DMARC_PREFIX_LEN 7

enum dmarc_state {
    STATE_QUERY_FROM,              /* _dmarc.<From domain> */
    STATE_QUERY_ORG,               /* _dmarc.<organizational domain> */
    STATE_DONE
};

struct mxq_dmarc {
    enum dmarc_state state;
    unsigned roll;
    char from[DMARC_MAX_DOMAIN + 1];
    char org[DMARC_MAX_DOMAIN + 1];
    char query[DMARC_PREFIX_LEN + DMARC_MAX_DOMAIN + 1];
    bool spf_strict, spf_relaxed;  /* an SPF pass aligned either way */
    char dkim_strict[DMARC_MAX_DOMAIN + 1];  /* first aligned d=, or "" */
    char dkim_relaxed[DMARC_MAX_DOMAIN + 1];
    char *record_text;
    struct mxq_dmarc_record record;
    struct mxq_dmarc_outcome out;
};

/* Copies name into out[DMARC_MAX_DOMAIN + 1] in lower case without a
 * final dot; false when it is not a domain name (empty labels, too long,
 * control characters or space). */
static bool normalize(const char *name, char *out)
{
    if (name == NULL)
        return false;
    size_t n = strlen(name);
    if (n > 0 && name[n - 1] == '.')
        n--;
    if (n == 0 || n > DMARC_MAX_DOMAIN)
        return false;
    size_t label = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
        } else if (c <= ' ' || c == 0x7f) {
            return false;
        } else if (++label > DMARC_MAX_LABEL) {
            return false;
        }
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (label == 0)
        return false;
    out[n] = '\0';
    return true;
}

/* The organizational domain of the normalized name into out. */
static void org_of(const struct mxq_dmarc_input *in, const char *name,
                   char *out)
{
    const char *org = in->org_domain(in->org_ctx, name);
    if (!normalize(org, out))
        memcpy(out, name, strlen(name) + 1);
}

/* strict: id is the From domain; relaxed: they share the organizational
 * domain. */
static void align(const struct mxq_dmarc_input *in, const char *from,
                  const char *from_org, const char *id, bool *strict,
                  bool *relaxed)
{
    char name[DMARC_MAX_DOMAIN + 1], org[DMARC_MAX_DOMAIN + 1];
    *strict = *relaxed = false;
    if (!normalize(id, name))
        return;
    *strict = strcmp(name, from) == 0;
    org_of(in, name, org);
    *relaxed = *strict || strcmp(org, from_org) == 0;
}

static void finish(struct mxq_dmarc *e, enum mxq_dmarc_result result)
{
    e->out.result = result;
    e->state = STATE_DONE;
}

struct mxq_dmarc *mxq_dmarc_new(const struct mxq_dmarc_input *in)
{
    if (in == NULL || in->org_domain == NULL)
        return NULL;
    struct mxq_dmarc *e = calloc(1, sizeof *e);
    if (e == NULL)
        return NULL;
    e->roll = in->roll > 99 ? 99 : in->roll;
    e->out.header_from = e->from;
    e->out.policy = e->out.disposition = MXQ_DMARC_POLICY_NONE;
    /* §6.6.1: one author domain, or no DMARC. */
    if (in->no_single_from || !normalize(in->from_domain, e->from) ||
        strlen(e->from) > DMARC_MAX_DOMAIN - DMARC_PREFIX_LEN) {
        e->from[0] = '\0';
        finish(e, MXQ_DMARC_PERMERROR);
        return e;
    }
    org_of(in, e->from, e->org);

    bool strict, relaxed;
    if (in->spf == MXQ_SPF_PASS) {
        align(in, e->from, e->org, in->spf_domain, &strict, &relaxed);
        e->spf_strict = strict;
        e->spf_relaxed = relaxed;
    }
    for (size_t i = 0; i < in->dkim_count; i++) {
        if (!in->dkim[i].pass)
            continue;
        align(in, e->from, e->org, in->dkim[i].d, &strict, &relaxed);
        /* normalize() succeeded when either is set. */
        if (strict && e->dkim_strict[0] == '\0')
            normalize(in->dkim[i].d, e->dkim_strict);
        if (relaxed && e->dkim_relaxed[0] == '\0')
            normalize(in->dkim[i].d, e->dkim_relaxed);
    }
    e->state = STATE_QUERY_FROM;
    return e;
}

enum mxq_dmarc_step mxq_dmarc_run(struct mxq_dmarc *e, const char **name)
{
    if (e->state == STATE_DONE)
        return MXQ_DMARC_DONE;
    const char *domain = e->state == STATE_QUERY_FROM ? e->from : e->org;
    memcpy(e->query, DMARC_PREFIX, DMARC_PREFIX_LEN);
    memcpy(e->query + DMARC_PREFIX_LEN, domain, strlen(domain) + 1);
    *name = e->query;
    return MXQ_DMARC_NEED_DNS;
}

/* §6.6.2 with the record found at the organizational domain when
 * at_org. */
static void evaluate(struct mxq_dmarc *e, bool at_org)
{
    const struct mxq_dmarc_record *r = &e->record;
    struct mxq_dmarc_outcome *o = &e->out;

    o->record = r;
    o->policy = r->p;
    /* at_org: the From domain is a subdomain (the org is another name). */
    if (at_org && r->sp != MXQ_DMARC_POLICY_UNSET) {
        o->policy = r->sp;
        o->used_sp = true;
    }
    o->spf_aligned = r->aspf_strict ? e->spf_strict : e->spf_relaxed;
    const char *d = r->adkim_strict ? e->dkim_strict : e->dkim_relaxed;
    o->dkim_aligned = d[0] != '\0';
    o->dkim_domain = o->dkim_aligned ? d : NULL;
    if (o->spf_aligned || o->dkim_aligned) {
        o->disposition = MXQ_DMARC_POLICY_NONE;
        finish(e, MXQ_DMARC_PASS);
        return;
    }
    o->disposition = o->policy;
    /* §6.6.4: pct= applies the policy to that share of the failures;
     * the rest get the next softer one. */
    if (e->roll >= r->pct && o->policy != MXQ_DMARC_POLICY_NONE) {
        o->sampled_out = true;
        o->disposition = o->policy == MXQ_DMARC_POLICY_REJECT
                             ? MXQ_DMARC_POLICY_QUARANTINE
                             : MXQ_DMARC_POLICY_NONE;
    }
    finish(e, MXQ_DMARC_FAIL);
}

void mxq_dmarc_answer(struct mxq_dmarc *e, enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n)
{
    if (e->state == STATE_DONE)
        return;
    bool at_org = e->state == STATE_QUERY_ORG;
    if (rcode == MXQ_DNS_SERVFAIL || rcode == MXQ_DNS_TIMEOUT) {
        finish(e, MXQ_DMARC_TEMPERROR);
        return;
    }
    size_t found = 0, first = 0;
    if (rcode == MXQ_DNS_OK) {
        for (size_t i = 0; i < n; i++) {
            struct mxq_dmarc_record r;
            if (records[i].data.n > 0 &&
                mxq_dmarc_record_parse((const char *)records[i].data.p,
                                       records[i].data.n, &r) !=
                MXQ_DMARC_RECORD_NOT_DMARC) {
                if (found++ == 0)
                    first = i;
            }
        }
    }
    if (found == 0) {
        /* §6.6.3 step 3: no record at the From domain; ask the
         * organizational domain when it is another name. */
        if (!at_org && strcmp(e->org, e->from) != 0) {
            e->state = STATE_QUERY_ORG;
            return;
        }
        finish(e, MXQ_DMARC_NONE);
        return;
    }
    e->out.policy_domain = at_org ? e->org : e->from;
    if (found > 1) {
        finish(e, MXQ_DMARC_PERMERROR);
        return;
    }
    /* The record's slices must outlive the answer. */
    size_t len = records[first].data.n;
    e->record_text = malloc(len + 1);
    if (e->record_text == NULL) {
        /* Out of memory is a transient failure. */
        finish(e, MXQ_DMARC_TEMPERROR);
        return;
    }
    if (len > 0)
        memcpy(e->record_text, records[first].data.p, len);
    e->record_text[len] = '\0';
    if (mxq_dmarc_record_parse(e->record_text, len, &e->record) !=
        MXQ_DMARC_RECORD_VALID) {
        finish(e, MXQ_DMARC_PERMERROR);
        return;
    }
    evaluate(e, at_org);
}

const struct mxq_dmarc_outcome *mxq_dmarc_outcome(const struct mxq_dmarc *e)
{
    return &e->out;
}

const char *mxq_dmarc_result_name(enum mxq_dmarc_result r)
{
    switch (r) {
    case MXQ_DMARC_NONE:
        return "none";
    case MXQ_DMARC_PASS:
        return "pass";
    case MXQ_DMARC_FAIL:
        return "fail";
    case MXQ_DMARC_TEMPERROR:
        return "temperror";
    case MXQ_DMARC_PERMERROR:
        return "permerror";
    }
    return "none";
}

const char *mxq_dmarc_policy_name(enum mxq_dmarc_policy p)
{
    switch (p) {
    case MXQ_DMARC_POLICY_NONE:
        return "none";
    case MXQ_DMARC_POLICY_QUARANTINE:
        return "quarantine";
    case MXQ_DMARC_POLICY_REJECT:
        return "reject";
    case MXQ_DMARC_POLICY_UNSET:
        break;
    }
    return "";
}

void mxq_dmarc_free(struct mxq_dmarc *e)
{
    if (e == NULL)
        return;
    free(e->record_text);
    free(e);
}
