/*
 * DKIM verification (RFC 6376 §6, RFC 8301, RFC 8463) of a whole message
 * as a resumable state machine, like SPF's (spf.h).
 *
 * The verifier makes no system call, reads no clock and has no DNS
 * library: mxq_dkim_new() finds the DKIM-Signature fields, reads them
 * and hashes the body once for each distinct (body canonicalisation,
 * l=, hash) the signatures ask for; mxq_dkim_run() then verifies until
 * it needs a key (it names the TXT query s._domainkey.d) or all is done;
 * the caller looks the name up and hands the outcome to
 * mxq_dkim_answer(), then calls mxq_dkim_run() again. One query is
 * outstanding at a time.
 *
 *   v = mxq_dkim_new(msg, n, now);
 *   while (mxq_dkim_run(v, &name) == MXQ_DKIM_NEED_DNS)
 *       mxq_dkim_answer(v, rcode, records, count);   (TXT for name)
 *   for (i = 0; i < mxq_dkim_count(v); i++)
 *       r = mxq_dkim_get(v, i);                      (one per signature)
 *   mxq_dkim_free(v);
 *
 * The message (CRLF line ends, dot-unstuffed) is not copied: it must stay
 * valid until mxq_dkim_run() returned MXQ_DKIM_DONE. Memory is bounded:
 * a fixed state per signature (at most MXQ_DKIM_MAX_SIGNATURES) and the
 * offsets of the header fields.
 */
#ifndef MXQ_CHECKS_DKIM_H
#define MXQ_CHECKS_DKIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mxq/mxq.h"

/* Signatures verified per message: the ones after these, top to bottom,
 * are not verified nor reported (mxq_dkim_ignored() counts them). */
#define MXQ_DKIM_MAX_SIGNATURES 8
/* Header fields looked at for h=; a message with more gets permerror
 * "too many header fields" for each signature. */
#define MXQ_DKIM_MAX_FIELDS 1000
/* The shortest RSA key accepted (RFC 8301 §3.2). */
#define MXQ_DKIM_MIN_RSA_BITS 1024

enum mxq_dkim_step {
    MXQ_DKIM_NEED_DNS,         /* TXT for *name */
    MXQ_DKIM_DONE
};

/* RFC 8601 §2.7.1's words. */
enum mxq_dkim_result {
    MXQ_DKIM_PASS = 0,
    MXQ_DKIM_FAIL,
    MXQ_DKIM_NEUTRAL,
    MXQ_DKIM_TEMPERROR,
    MXQ_DKIM_PERMERROR
};

struct mxq_dkim_verdict {
    enum mxq_dkim_result result;
    const char *reason;        /* short, static: "body hash mismatch", ...;
                                  NULL for a pass */
    /* NUL-terminated copies ("" when the signature did not have it);
     * i is "@d" when i= is absent. */
    const char *d, *s, *i, *a;
    char header_b[13];         /* the first 12 characters of b= (RFC 6008) */
    bool l_truncated;          /* l= is shorter than the canonical body */
    bool testing;              /* the key has t=y */
    unsigned key_bits;         /* RSA modulus size, 256 for ed25519, 0 when
                                  no key was used */
};

struct mxq_dkim;

/* now: Unix time, for x=. NULL when out of memory. */
struct mxq_dkim *mxq_dkim_new(const char *msg, size_t n, int64_t now);

/* Before the first mxq_dkim_run(): accept RSA keys from min_rsa_bits
 * (default MXQ_DKIM_MIN_RSA_BITS) and, with allow_sha1, rsa-sha1
 * (RFC 8301 forbids both; for comparing with older verifiers). */
void mxq_dkim_set_legacy(struct mxq_dkim *v, unsigned min_rsa_bits,
                         bool allow_sha1);

/* Verifies until a key is needed or every signature has its result.
 * With MXQ_DKIM_NEED_DNS, *name (NUL-terminated, no final dot, valid
 * until the answer) is the TXT query; calling again before answering
 * asks the same. */
enum mxq_dkim_step mxq_dkim_run(struct mxq_dkim *v, const char **name);

/* The outcome of the TXT query: records only with MXQ_DNS_OK (each a
 * record's strings joined). An answer when none is outstanding is
 * ignored. */
void mxq_dkim_answer(struct mxq_dkim *v, enum mxq_dns_rcode rcode,
                     const struct mxq_dns_record *records, size_t n);

/* Signatures found (at most MXQ_DKIM_MAX_SIGNATURES), in message order;
 * their verdicts are final once mxq_dkim_run() returned MXQ_DKIM_DONE. */
size_t mxq_dkim_count(const struct mxq_dkim *v);
const struct mxq_dkim_verdict *mxq_dkim_get(const struct mxq_dkim *v,
                                            size_t index);
/* DKIM-Signature fields past MXQ_DKIM_MAX_SIGNATURES. */
size_t mxq_dkim_ignored(const struct mxq_dkim *v);

/* "pass", "fail", ... as in Authentication-Results. */
const char *mxq_dkim_result_name(enum mxq_dkim_result r);

void mxq_dkim_free(struct mxq_dkim *v);

#endif
