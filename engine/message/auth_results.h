/*
 * The Authentication-Results header field (RFC 8601) that
 * `smtp-auth-results` adds at the top of the MIME: our host name as the
 * authserv-id, then one resinfo per check that ran.
 */
#ifndef MXQ_AUTH_RESULTS_H
#define MXQ_AUTH_RESULTS_H

#include <stdbool.h>

#include "buffer.h"
#include "checks.h"

/* Appends the header field, CRLF included, to out; with `pad` it is
 * padded with blanks before its CRLF to a multiple of 3 octets, so that
 * its base64 can precede the message's base64 as is. Nothing when no
 * check ran. False when out of memory. */
bool mxq_auth_results_append(struct mxq_buffer *out, const char *hostname,
                             const struct mxq_checks *checks, bool pad);

#endif
