/*
 * Message-ID, In-Reply-To and References field bodies (RFC 5322 §3.6.4,
 * with §4.5.4's obsolete forms), from grammar/mime_id.rl.
 *
 * Pure functions over a buffer: no allocation, no I/O, the slices point
 * into the caller's bytes. The ids are read one at a time with
 * mxq_mime_id_next(), so any number of them needs no storage. A field
 * body ends at its first line end that is not a fold.
 *
 * Leniencies (real mail, and the mail-parser conformance suite):
 *   - an id's inside is taken as written between '<' and '>', CFWS and
 *     all (obs-id-left and obs-id-right allow CFWS around the dots), with
 *     white space at its ends left out; `strict` says whether it is the
 *     RFC 5322 msg-id;
 *   - an id without angle brackets ("abc@example.com") is an id: it runs
 *     to white space, '<', '(' or ','; commas between ids are skipped;
 *   - "<>" (an empty id) is no id.
 */
#ifndef MXQ_MIME_ID_H
#define MXQ_MIME_ID_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

struct mxq_mime_id {
    struct mxq_slice id;       /* without the angle brackets */
    struct mxq_slice left;     /* before the last '@' (all of id if none) */
    struct mxq_slice right;    /* after the last '@'; empty if none */
    bool bracketed;            /* written inside '<' '>' */
    bool strict;               /* id-left "@" id-right of RFC 5322 §3.6.4:
                                  dot-atom-text (UTF-8 allowed, RFC 6532)
                                  "@" dot-atom-text or a no-fold-literal,
                                  no CFWS */
};

enum mxq_mime_id_status {
    MXQ_MIME_ID_ITEM,          /* *out set, *pos advanced past it */
    MXQ_MIME_ID_END,           /* no more ids */
    MXQ_MIME_ID_SYNTAX         /* octets at *pos that are no id (an unclosed
                                  '<' or comment, a stray '>' or ')', a
                                  comment nested too deep): *pos is advanced
                                  past them, so a caller may read on */
};

/* Reads the id after offset *pos of p[0..n). Start with *pos = 0. */
enum mxq_mime_id_status mxq_mime_id_next(const char *p, size_t n, size_t *pos,
                                         struct mxq_mime_id *out);

#endif
