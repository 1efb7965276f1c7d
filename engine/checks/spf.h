/*
 * SPF (RFC 7208): check_host() of §4 as a resumable state machine.
 *
 * The evaluator makes no system call, reads no clock and has no DNS
 * library: the caller drives it. mxq_spf_run() evaluates until it needs
 * a DNS answer (it then names the query) or has the result; the caller
 * looks the name up however it likes and hands the outcome to
 * mxq_spf_answer(), then calls mxq_spf_run() again. One query is
 * outstanding at a time.
 *
 *   e = mxq_spf_new(ip, ipv6, sender, helo, receiver, now);
 *   while (mxq_spf_run(e, &name, &type) == MXQ_SPF_NEED_DNS)
 *       mxq_spf_answer(e, rcode, records, n);   (look name/type up)
 *   result = mxq_spf_result(e, &explanation, &identity);
 *   mxq_spf_free(e);
 *
 * Memory is bounded: a fixed state plus one copy of each SPF record on
 * the include chain (at most MXQ_SPF_MAX_DNS_TERMS + 1 of them).
 */
#ifndef MXQ_CHECKS_SPF_H
#define MXQ_CHECKS_SPF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mxq/mxq.h"

/* RFC 7208 §4.6.4: terms that cause DNS queries (include, a, mx, ptr,
 * exists, redirect) per check; one more is permerror. */
#define MXQ_SPF_MAX_DNS_TERMS 10
/* §4.6.4: terms whose lookup found nothing (NXDOMAIN, or no records);
 * one more is permerror. */
#define MXQ_SPF_MAX_VOID_LOOKUPS 2
/* §4.6.4: an mx mechanism with more MX names than this is permerror. */
#define MXQ_SPF_MAX_MX_NAMES 10
/* §4.6.4: only the first PTR names are validated (ptr, %{p}). */
#define MXQ_SPF_MAX_PTR_NAMES 10

enum mxq_spf_step {
    MXQ_SPF_NEED_DNS,              /* *name and *type say what to look up */
    MXQ_SPF_DONE                   /* mxq_spf_result() has the result */
};

/* The results of §2.6. */
enum mxq_spf_result {
    MXQ_SPF_NONE = 0,
    MXQ_SPF_NEUTRAL,
    MXQ_SPF_PASS,
    MXQ_SPF_FAIL,
    MXQ_SPF_SOFTFAIL,
    MXQ_SPF_TEMPERROR,
    MXQ_SPF_PERMERROR
};

struct mxq_spf;

/* A check of `sender` (the MAIL FROM mailbox, local@domain, or "" for
 * <>: then the HELO identity, postmaster@helo, is checked) for the client
 * `ip`: 16 octets when ipv6 (an IPv4-mapped address is treated as the
 * IPv4 address, §5), otherwise the first 4. `receiver` is this host's
 * name for %{r} (NULL: "unknown"), `now` the Unix time for %{t}. The
 * strings are copied. NULL when out of memory. */
struct mxq_spf *mxq_spf_new(const uint8_t ip[16], bool ipv6,
                            const char *sender, const char *helo,
                            const char *receiver, int64_t now);

/* Evaluates until a DNS answer is needed or the result is known. With
 * MXQ_SPF_NEED_DNS, *name (NUL-terminated, no final dot, valid until the
 * answer) and *type are the query; calling again before answering asks
 * the same. */
enum mxq_spf_step mxq_spf_run(struct mxq_spf *e, const char **name,
                              enum mxq_dns_type *type);

/* The outcome of the query mxq_spf_run() asked for: records only with
 * MXQ_DNS_OK (n == 0 counts as NODATA). They are copied as needed. An
 * answer when no query is outstanding is ignored. */
void mxq_spf_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                    const struct mxq_dns_record *records, size_t n);

/* The result once mxq_spf_run() returned MXQ_SPF_DONE (MXQ_SPF_NONE
 * before). *explanation (when not NULL) is the expanded exp= text of a
 * fail, or NULL when there is none; *identity (when not NULL) is
 * "mailfrom" or "helo". The strings live as long as the check. */
enum mxq_spf_result mxq_spf_result(const struct mxq_spf *e,
                                   const char **explanation,
                                   const char **identity);

/* "none", "neutral", "pass", ... as in a Received-SPF field. */
const char *mxq_spf_result_name(enum mxq_spf_result r);

void mxq_spf_free(struct mxq_spf *e);

#endif
