/*
 * ARC chain validation (RFC 8617 §5.2) of a whole message as a resumable
 * state machine, like DKIM's (dkim.h): the receiver's side only, no
 * sealing.
 *
 *   a = mxq_arc_new(msg, n);
 *   while (mxq_arc_run(a, &name) == MXQ_ARC_NEED_DNS)
 *       mxq_arc_answer(a, rcode, records, count);   (TXT for name)
 *   v = mxq_arc_verdict(a);
 *   mxq_arc_free(a);
 *
 * mxq_arc_new() reads the ARC sets and decides what needs no key: no set
 * is "none"; a chain whose newest seal says cv=fail, an incomplete or
 * repeated set, a gap in the instances, a first seal other than cv=none
 * or a later one other than cv=pass is "fail". Then the newest
 * ARC-Message-Signature and every ARC-Seal, newest first, are verified
 * (one key lookup each, repeated names answered from the keys already
 * read); once the chain passes, the older message signatures are
 * verified down to the first that fails, for the oldest passing
 * instance. The message (CRLF line ends) must stay valid until DONE.
 */
#ifndef MXQ_CHECKS_ARC_H
#define MXQ_CHECKS_ARC_H

#include <stdbool.h>
#include <stddef.h>

#include "dkim_signature.h"
#include "mxq/mxq.h"

/* Distinct key names looked up per message: a chain that needs more is
 * "fail" (a forged chain of 50 sets must not cost 100 queries); the
 * oldest passing instance is looked for within the same budget. */
#define MXQ_ARC_MAX_KEY_LOOKUPS 16

enum mxq_arc_step {
    MXQ_ARC_NEED_DNS,          /* TXT for *name */
    MXQ_ARC_DONE
};

/* RFC 8617 §4.4's cv words, and temperror when a key could not be had. */
enum mxq_arc_result {
    MXQ_ARC_NONE = 0,
    MXQ_ARC_PASS,
    MXQ_ARC_FAIL,
    MXQ_ARC_TEMPERROR
};

struct mxq_arc_verdict {
    enum mxq_arc_result result;
    const char *reason;        /* short, static; NULL for pass and none */
    unsigned sets;             /* N, the sets found (0 with none) */
    unsigned oldest_pass;      /* with pass: the lowest instance whose
                                  message signature and all newer ones
                                  verify (1..N) */
};

struct mxq_arc;

/* NULL when out of memory. */
struct mxq_arc *mxq_arc_new(const char *msg, size_t n);

/* With MXQ_ARC_NEED_DNS, *name (NUL-terminated, valid until the answer)
 * is the TXT query; calling again before answering asks the same. */
enum mxq_arc_step mxq_arc_run(struct mxq_arc *a, const char **name);

/* The outcome of the TXT query: records only with MXQ_DNS_OK. An answer
 * when none is outstanding is ignored. */
void mxq_arc_answer(struct mxq_arc *a, enum mxq_dns_rcode rcode,
                    const struct mxq_dns_record *records, size_t n);

/* Final once mxq_arc_run() returned MXQ_ARC_DONE. */
const struct mxq_arc_verdict *mxq_arc_verdict(const struct mxq_arc *a);

/* The d= of the seal of instance i (1..sets), NUL-terminated, "" when
 * out of range: the chain of custody, oldest first. */
const char *mxq_arc_seal_domain(const struct mxq_arc *a, unsigned i);

/* "none", "pass", "fail", "temperror". */
const char *mxq_arc_result_name(enum mxq_arc_result r);

void mxq_arc_free(struct mxq_arc *a);

#endif
