/*
 * SASL for SMTP AUTH (RFC 4954): the base64 of the client's responses and
 * the PLAIN message (RFC 4616), from grammar/sasl.rl. Pure functions.
 */
#ifndef MXQ_SASL_H
#define MXQ_SASL_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

/* The SASL mechanisms mxq knows (RFC 4954 section 4, the AUTH command):
 * PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login). The command
 * grammar classifies the mechanism of `AUTH <mech>` into
 * mxq_command.auth_mechanism (grammar/smtp_command.h). */
enum mxq_sasl_mechanism {
    MXQ_SASL_UNKNOWN = 0,  /* any other sasl-mech (RFC 4422 section 3.1) */
    MXQ_SASL_PLAIN,        /* "PLAIN", letters in any case */
    MXQ_SASL_LOGIN         /* "LOGIN", letters in any case */
};

/* RFC 4954 section 4: a client response that is a single "*" cancels the
 * exchange. p[0..n) is the response line without its CRLF; true exactly
 * for "*" (no blanks around it). */
bool mxq_sasl_is_cancel(const char *p, size_t n);

/* Decodes strict RFC 4648 base64 (padding required, no whitespace) into
 * out. Returns the decoded length, or (size_t)-1 when the input is not
 * base64 or out is too small. "=" alone (RFC 4954: empty) decodes to 0. */
size_t mxq_base64_decode(const char *in, size_t n, char *out, size_t cap);

/* Splits a decoded PLAIN message: [authzid] NUL authcid NUL passwd. The
 * authcid and passwd must be non-empty and hold no NUL. */
bool mxq_sasl_plain_split(const char *msg, size_t n, struct mxq_slice *authzid,
                          struct mxq_slice *authcid, struct mxq_slice *passwd);

/* The credentials as text (RFC 4616 section 2): an identity is non-empty
 * UTF-8 without C0 controls and DEL (it reaches the JSON and the log); a
 * password is UTF-8 without NUL. */
bool mxq_sasl_identity_valid(const char *text, size_t n);
bool mxq_sasl_password_valid(const char *text, size_t n);

#endif
