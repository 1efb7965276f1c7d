/*
 * smtp-protection: the client's address is looked up in the DNS
 * blocklists of cfg.dnsbl_zones from the moment it connects. MAIL waits
 * (the command table's pending step) until every list has answered or
 * cfg.dnsbl_timeout seconds have passed since the connect; a listed
 * client is then refused with 554 5.7.1 and the list's reason, and the
 * session closes. A list that does not answer in time lets the client in.
 * Authenticated clients are not checked at MAIL.
 */
#ifndef MXQ_PROTECTION_H
#define MXQ_PROTECTION_H

#include <stdbool.h>
#include <stdint.h>

#include "dnsbl.h"

struct mxq_protection {
    bool active;             /* lookups outstanding, nothing decided yet */
    bool listed;
    int64_t deadline;
    char *names;             /* the query names, MXQ_DNSBL_NAME_MAX each */
    uint32_t lookups[MXQ_DNSBL_ZONES_MAX]; /* A lookups not answered yet */
    uint32_t reason_lookup;  /* the listing zone's TXT */
    unsigned zone;           /* the list that lists the client */
    char *reason;            /* its TXT, NULL: none */
};

struct mxq_session;

/* At the connect: starts the lookups (nothing when no list is configured
 * or the connection has no client address). */
void mxq_protection_start(struct mxq_session *s, int64_t now);

/* The answer to lookup id: false when it is not one of protection's. */
bool mxq_protection_answer(struct mxq_session *s, uint32_t id,
                           enum mxq_dns_rcode rcode,
                           const struct mxq_dns_record *records, size_t n);

/* Time passes: past the deadline what is not answered lets the client in.
 * True when that decided it now. */
bool mxq_protection_expire(struct mxq_session *s, int64_t now);

/* Still waiting for lists that may refuse the client (an authenticated
 * one they never refuse). */
bool mxq_protection_waiting(const struct mxq_session *s);

/* The gate of MAIL: true when the command may proceed; false when the
 * client is listed (the refusal is queued and the session closes). Only
 * once nothing is waiting. */
bool mxq_protection_admits(struct mxq_session *s);

void mxq_protection_free(struct mxq_protection *p);

#endif
