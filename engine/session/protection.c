#include "protection.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"

static void forget_lookups(struct mxq_protection *p)
{
    free(p->names);
    p->names = NULL;
    memset(p->lookups, 0, sizeof p->lookups);
    p->reason_lookup = 0;
}

/* Nothing more to wait for: the verdict stands. */
static void decide(struct mxq_session *s)
{
    s->protection.active = false;
    forget_lookups(&s->protection);
    session_resume_command(s);
}

void mxq_protection_start(struct mxq_session *s, int64_t now)
{
    struct mxq_protection *p = &s->protection;
    size_t zones = s->cfg.dnsbl_zone_count;

    if (zones == 0 || !s->conn.remote_addr_known)
        return;
    if (zones > MXQ_DNSBL_ZONES_MAX)
        zones = MXQ_DNSBL_ZONES_MAX;
    p->names = malloc(zones * MXQ_DNSBL_NAME_MAX);
    if (p->names == NULL)
        return; /* out of memory: the client is let in, as on a timeout */
    p->deadline = now + (int64_t)s->cfg.dnsbl_timeout;
    for (size_t i = 0; i < zones; i++) {
        char *name = p->names + i * MXQ_DNSBL_NAME_MAX;
        if (mxq_dnsbl_query_name(s->conn.remote_addr, s->conn.remote_ipv6,
                                 s->cfg.dnsbl_zones[i], name) == 0)
            continue;
        struct mxq_request r = {.kind = MXQ_REQUEST_RESOLVE};
        r.u.resolve.name = name;
        r.u.resolve.type = MXQ_DNS_A;
        p->lookups[i] = mxq_requests_add(&s->requests, &r);
        p->active |= p->lookups[i] != 0;
    }
    if (!p->active)
        forget_lookups(p);
}

/* The listing zone's reason, then the verdict. */
static void ask_reason(struct mxq_session *s, unsigned zone)
{
    struct mxq_protection *p = &s->protection;
    struct mxq_request r = {.kind = MXQ_REQUEST_RESOLVE};

    p->listed = true;
    p->zone = zone;
    memset(p->lookups, 0, sizeof p->lookups); /* their answers are moot */
    if (s->state == ST_CLOSING) {
        decide(s); /* nothing more is asked for once the session ends */
        return;
    }
    r.u.resolve.name = p->names + zone * MXQ_DNSBL_NAME_MAX;
    r.u.resolve.type = MXQ_DNS_TXT;
    p->reason_lookup = mxq_requests_add(&s->requests, &r);
    if (p->reason_lookup == 0)
        decide(s); /* listed, without a reason */
}

bool mxq_protection_answer(struct mxq_session *s, uint32_t id,
                           enum mxq_dns_rcode rcode,
                           const struct mxq_dns_record *records, size_t n)
{
    struct mxq_protection *p = &s->protection;

    if (!p->active || id == 0)
        return false;
    if (id == p->reason_lookup) {
        char reason[MXQ_DNSBL_REASON_MAX + 1];
        if (mxq_dnsbl_reason(rcode, records, n, reason))
            p->reason = mxq_copy_string(reason, strlen(reason));
        decide(s);
        return true;
    }
    bool waiting = false, mine = false;
    for (unsigned i = 0; i < MXQ_DNSBL_ZONES_MAX; i++) {
        if (p->lookups[i] == id) {
            p->lookups[i] = 0;
            mine = true;
            if (mxq_dnsbl_listed(rcode, records, n)) {
                ask_reason(s, i);
                return true;
            }
        }
        waiting |= p->lookups[i] != 0;
    }
    if (mine && !waiting)
        decide(s);
    return mine;
}

bool mxq_protection_expire(struct mxq_session *s, int64_t now)
{
    if (!s->protection.active || now < s->protection.deadline)
        return false;
    decide(s); /* listed or not, as far as the answers went */
    return true;
}

bool mxq_protection_waiting(const struct mxq_session *s)
{
    return s->protection.active && s->user == NULL;
}

bool mxq_protection_admits(struct mxq_session *s)
{
    const struct mxq_protection *p = &s->protection;
    if (!p->listed || s->user != NULL)
        return true;
    char text[MXQ_DNSBL_REASON_MAX + 300];
    snprintf(text, sizeof text, "Service unavailable; client [%s] blocked "
             "using %s%s%s", s->conn.remote_ip ? s->conn.remote_ip : "",
             s->cfg.dnsbl_zones[p->zone], p->reason ? ": " : "",
             p->reason ? p->reason : "");
    session_reply(s, MXQ_R_BLOCKED, text);
    session_end_transaction(s);
    s->state = ST_CLOSING;
    return false;
}

void mxq_protection_free(struct mxq_protection *p)
{
    forget_lookups(p);
    free(p->reason);
    p->reason = NULL;
}
