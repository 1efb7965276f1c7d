/*
 * The values inside report fields, from grammar/report_fields.rl:
 *   - typed values, "type ; value": Final-Recipient and Original-Recipient
 *     (RFC 3464 §2.3.1, "rfc822; user@example.com"), Reporting-MTA and
 *     Remote-MTA ("dns; mx.example.com"), Diagnostic-Code ("smtp; 550
 *     5.1.1 ..."), Reporting-UA (RFC 8098 §3.2.1);
 *   - status codes, class "." subject "." detail (RFC 3463 §2, RFC 3464
 *     §2.3.4);
 *   - unsigned numbers (DMARC counts and dates, ARF Version, Incidents);
 *   - the first token of a value (ARF Source-IP "192.0.2.1 (comment)");
 *   - the MDN disposition (RFC 8098 §3.2.6).
 * A field body may hold folds: CR and LF count as blanks here. Pure
 * functions, no allocation; results are slices into the caller's bytes.
 */
#ifndef MXQ_REPORT_FIELDS_H
#define MXQ_REPORT_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

/* Numbers above this are not read as numbers (they fit a JSON double
 * exactly). */
#define MXQ_REPORT_UINT_MAX ((UINT64_C(1) << 53) - 1)

/* "type ; value": type is a run of letters, digits and "-._+", value the
 * rest without the blanks around it (it may be empty). */
bool mxq_report_typed(const char *p, size_t n, struct mxq_slice *type,
                      struct mxq_slice *value);

/* A status code, alone or followed by a blank or a comment. */
bool mxq_report_status(const char *p, size_t n, struct mxq_slice *code);

/* Digits with blanks around, at most MXQ_REPORT_UINT_MAX. */
bool mxq_report_uint(const char *p, size_t n, uint64_t *out);

/* The first run of octets that are neither blanks nor '(' after the
 * leading blanks; false when there is none. */
bool mxq_report_token(const char *p, size_t n, struct mxq_slice *token);

struct mxq_mdn_disposition {
    struct mxq_slice action_mode;   /* manual-action, automatic-action */
    struct mxq_slice sending_mode;  /* MDN-sent-manually, -automatically */
    struct mxq_slice type;          /* displayed, deleted, ... */
    struct mxq_slice modifiers;     /* "error, ..." or empty */
};

/* action-mode "/" sending-mode ";" disposition-type ["/" modifiers]. */
bool mxq_report_disposition(const char *p, size_t n,
                            struct mxq_mdn_disposition *out);

#endif
