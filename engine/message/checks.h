/*
 * The checks of one message (`smtp-check`). Each starts once its inputs
 * are known (SPF at MAIL FROM, so that its lookups overlap with the
 * client's DATA) and asks for DNS records; the session turns every ask
 * into a RESOLVE request and routes the answer back by the request's id.
 * Before the documents are built the message waits until every check is
 * done or its deadline has passed; a check still waiting then is
 * temperror.
 */
#ifndef MXQ_CHECKS_H
#define MXQ_CHECKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "arc.h"
#include "reply.h"
#include "dkim.h"
#include "dmarc.h"
#include "spam.h"
#include "spf.h"

/* Lookups one message's checks may have outstanding at once. */
#define MXQ_CHECK_LOOKUPS_MAX 8

/* A lookup a check asks for. */
struct mxq_check_lookup {
    const char *name;              /* NUL-terminated, valid until answered */
    enum mxq_dns_type type;
};

struct mxq_checks {
    struct mxq_spf *spf;           /* NULL: not run (or done and kept below) */
    uint32_t spf_lookup;           /* id of its outstanding lookup, 0: none */
    bool spf_ran;
    bool spf_asks;                 /* wants spf_ask, not requested yet */
    struct mxq_check_lookup spf_ask;
    enum mxq_spf_result spf_result;
    char *spf_identity;            /* the checked address (smtp.mailfrom),
                                      or the HELO name (smtp.helo) */
    bool spf_helo;                 /* the identity is the HELO name */

    struct mxq_dkim *dkim;         /* NULL: not run; kept once done for
                                      its verdicts */
    bool dkim_ran;
    bool dkim_done;                /* every verdict is final */
    bool dkim_expired;             /* the deadline came first: the
                                      signatures not verified are
                                      temperror */
    uint32_t dkim_lookup;
    bool dkim_asks;
    struct mxq_check_lookup dkim_ask;

    struct mxq_arc *arc;           /* NULL: not run; kept once done */
    bool arc_ran;
    bool arc_done;
    bool arc_expired;              /* the deadline came first: temperror */
    uint32_t arc_lookup;
    bool arc_asks;
    struct mxq_check_lookup arc_ask;

    /* spam: spamd scans the message once it is in */
    bool spam_ran;
    bool spam_skipped;             /* larger than spamassassin-maxsize */
    bool spam_asks;                /* wants its scan, not requested yet */
    uint32_t spam_request;         /* the outstanding scan, 0: none */
    struct mxq_spam_verdict *spam; /* spamd's verdict once answered */
    const char *spam_failure;      /* why there is none: a temperror */
    char spam_head[128];           /* the SPAMC request's head */
    size_t spam_head_len;

    /* DMARC starts once SPF and DKIM are done */
    bool dmarc_wanted;
    struct mxq_dmarc_input dmarc_in; /* from_domain owned here */
    struct mxq_dmarc *dmarc;       /* kept once done for its outcome */
    bool dmarc_ran;
    bool dmarc_done;
    uint32_t dmarc_lookup;
    bool dmarc_asks;
    struct mxq_check_lookup dmarc_ask;
};

/* What SPF is checked with. */
struct mxq_spf_input {
    const uint8_t *ip;             /* 16 octets, IPv4 in [0..4) */
    bool ipv6;
    const char *sender;            /* MAIL FROM's mailbox, "" for <> */
    const char *helo;              /* NULL: none given */
    const char *hostname;          /* ours, for %{r} */
    int64_t now;
};

/* Starts SPF; false when out of memory (the check is then temperror). */
bool mxq_checks_start_spf(struct mxq_checks *c, const struct mxq_spf_input *in);

/* Starts DKIM over the whole message msg[0..n), which must stay as it is
 * until the checks are reset; false when out of memory (temperror). */
bool mxq_checks_start_dkim(struct mxq_checks *c, const char *msg, size_t n,
                           int64_t now);

/* Starts ARC chain validation over msg[0..n) (kept as for DKIM); false
 * when out of memory (temperror). */
bool mxq_checks_start_arc(struct mxq_checks *c, const char *msg, size_t n);

/* ARC's verdict; NULL when it could not finish (temperror). */
const struct mxq_arc_verdict *mxq_checks_arc_verdict(const struct mxq_checks *c);

/* Starts the spam check of a message of n octets: false when it is
 * larger than max_size (not scanned, the check says so) or when the
 * request's head cannot be made (temperror); otherwise the scan waits to
 * be requested (mxq_checks_next_scan()). */
bool mxq_checks_start_spam(struct mxq_checks *c, size_t n, uint64_t max_size);

/* The scan the spam check waits for and has not asked for yet: returns
 * where the caller writes the id of its SPAM_SCAN request, with the
 * request's head in *head; NULL when there is none. */
uint32_t *mxq_checks_next_scan(struct mxq_checks *c, const uint8_t **head,
                               size_t *head_len);

/* spamd's reply to scan `id` (ok false: none could be had): false when
 * the check did not ask for it. */
bool mxq_checks_scanned(struct mxq_checks *c, uint32_t id, bool ok,
                        const uint8_t *reply, size_t n);

/* DMARC for the message msg[0..n): its From domain is read now; the
 * check starts once SPF and DKIM are done (at once when they did not
 * run). roll: 0..99 for pct=. False when out of memory (temperror). */
bool mxq_checks_want_dmarc(struct mxq_checks *c, const char *msg, size_t n,
                           const char *(*org_domain)(void *, const char *),
                           void *org_ctx, unsigned roll);

/* DMARC's outcome; NULL when it could not run (temperror). */
const struct mxq_dmarc_outcome *
mxq_checks_dmarc_outcome(const struct mxq_checks *c);

/* DKIM's result for signature i, temperror for one the deadline cut
 * short. */
enum mxq_dkim_result mxq_checks_dkim_result(const struct mxq_checks *c,
                                            size_t i);

/* A lookup a check waits for and has not asked for yet: returns where
 * the caller writes the id of the request it made for it, and *ask; NULL
 * when there is none. */
uint32_t *mxq_checks_next_lookup(struct mxq_checks *c,
                                 struct mxq_check_lookup *ask);

/* The answer to lookup `id`: false when no check asked for it. */
bool mxq_checks_answer(struct mxq_checks *c, uint32_t id,
                       enum mxq_dns_rcode rcode,
                       const struct mxq_dns_record *records, size_t n);

/* The ids of the lookups the checks have asked for and wait for. */
size_t mxq_checks_outstanding(const struct mxq_checks *c, uint32_t *ids,
                              size_t cap);

/* Some check still waits for a lookup. */
bool mxq_checks_waiting(const struct mxq_checks *c);

/* The deadline has passed: what still waits becomes temperror. */
void mxq_checks_expire(struct mxq_checks *c);

/* Once the checks are done: the refusal that `smtp-check-reject`
 * (MXQ_CHECK_REJECT_* bits in reject) makes of them, with its argument in
 * *arg (valid while the checks are); MXQ_R_COUNT to accept. A failure
 * that the sender's policy or record decides wins over a temperror. */
enum mxq_reply mxq_checks_refusal(const struct mxq_checks *c,
                                  unsigned reject, const char **arg);

/* Once the checks are done: adds one to the row (mxq_counted_check())
 * of each result, one per DKIM signature. */
void mxq_checks_count(const struct mxq_checks *c,
                      uint64_t counts[MXQ_COUNTED_CHECKS]);

/* Frees what the checks hold; c is empty again. */
void mxq_checks_reset(struct mxq_checks *c);

#endif
