/*
 * The authserv-id of an Authentication-Results field body (RFC 8601
 * §2.2: [CFWS] authserv-id, a `value` of RFC 2045: a token or a quoted
 * string), so that fields claiming the receiver's own id can be removed
 * before it adds its own (§5; OpenDKIM's CVE-2022-48521 is what comes of
 * removing only the first).
 */
#ifndef MXQ_AUTHRES_H
#define MXQ_AUTHRES_H

#include <stdbool.h>
#include <stddef.h>

/* Longest authserv-id read: a domain name is at most 253 octets. */
#define MXQ_AUTHRES_ID_MAX 255

/* Reads the authserv-id at the start of the field body p[0..n) (after
 * comments and folding white space) into id (quoted pairs unescaped,
 * NUL-terminated, at most MXQ_AUTHRES_ID_MAX octets). False when there
 * is none, or it is longer. */
bool mxq_authres_id(const char *p, size_t n,
                    char id[MXQ_AUTHRES_ID_MAX + 1]);

/* The field body's authserv-id is `ours` (ASCII, in any case: it is a
 * host name). */
bool mxq_authres_claims(const char *p, size_t n, const char *ours);

#endif
