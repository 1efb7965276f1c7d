/*
 * The header fields of a message as DKIM and ARC sign them (RFC 6376
 * §5.4.2, RFC 8617 §4.1): an index of every field's offsets, read once,
 * and the header hash of §3.7 over fields picked from it.
 *
 * The message (CRLF line ends) is not copied: it must outlive the index.
 */
#ifndef MXQ_CHECKS_SIGNED_FIELDS_H
#define MXQ_CHECKS_SIGNED_FIELDS_H

#include <stdbool.h>
#include <stddef.h>

#include "dkim_canon.h"
#include "slice.h"

struct mxq_signed_field {
    size_t start, name_len, body_start;
    size_t body_end;           /* without the field's final CRLF */
};

struct mxq_signed_fields {
    const char *msg;
    size_t n;
    struct mxq_signed_field *f;
    size_t count, cap;
    size_t body_offset;        /* where the body starts (n when none) */
    const char *error;         /* "too many header fields", "malformed
                                  header", or NULL */
};

/* Indexes the header section of msg[0..n), at most max_fields fields
 * (past them, error is set). False when out of memory. */
bool mxq_signed_fields_scan(struct mxq_signed_fields *x, const char *msg,
                            size_t n, size_t max_fields);
void mxq_signed_fields_free(struct mxq_signed_fields *x);

/* Whether field k is named name (case-insensitive). */
bool mxq_signed_field_is(const struct mxq_signed_fields *x, size_t k,
                         const char *name);

/* Hashes field k canonicalised, with its CRLF. */
void mxq_signed_field_hash(const struct mxq_signed_fields *x, size_t k,
                           struct mxq_dkim_hash *h, enum mxq_dkim_canon c);

/* Hashes the fields h[0..count) names, each taking the next instance
 * from the bottom when a name comes again (§5.4.2), absent ones adding
 * nothing. */
void mxq_signed_fields_hash_list(const struct mxq_signed_fields *x,
                                 const struct mxq_slice *h, size_t count,
                                 struct mxq_dkim_hash *h_ctx,
                                 enum mxq_dkim_canon c);

/* Hashes the signature field k itself, without its final CRLF and with
 * the octets [b_start, b_end) of its body (the b= value) left out. False
 * when out of memory. */
bool mxq_signed_field_hash_unsigned(const struct mxq_signed_fields *x,
                                    size_t k, struct mxq_dkim_hash *h,
                                    enum mxq_dkim_canon c, size_t b_start,
                                    size_t b_end);

#endif
