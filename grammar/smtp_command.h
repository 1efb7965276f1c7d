/*
 * SMTP command lines (grammar/smtp_command.rl): RFC 5321 verbs plus the
 * ESMTP parameters of RFC 1870, 6152, 3030, 6531, 3461 and 4954.
 *
 * mxq_parse_command() is a pure function over one complete line, CRLF
 * included: no allocation, the slices point into the line. It checks the
 * syntax only; which verb is allowed when, and which parameter belongs to
 * which verb, is the engine's business.
 *
 * The whole line is always read. When several things are wrong, the
 * result is the first of: BAD_LINE, SYNTAX, DUPLICATE_PARAM,
 * UNKNOWN_PARAM. So an unknown keyword never hides a syntax error later on
 * the line. Duplicates are detected for the known keywords only. After
 * BAD_LINE or SYNTAX only `verb` is meaningful. Spaces: one SP wherever
 * RFC 5321 has SP, any number after "FROM:"/"TO:" and before the CRLF.
 */
#ifndef MXQ_SMTP_COMMAND_H
#define MXQ_SMTP_COMMAND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sasl.h"
#include "slice.h"

enum mxq_verb {
    MXQ_VERB_UNKNOWN = 0, /* not a verb we know: 500 */
    MXQ_VERB_HELO,
    MXQ_VERB_EHLO,
    MXQ_VERB_MAIL,
    MXQ_VERB_RCPT,
    MXQ_VERB_DATA,
    MXQ_VERB_BDAT,
    MXQ_VERB_RSET,
    MXQ_VERB_NOOP,
    MXQ_VERB_QUIT,
    MXQ_VERB_VRFY,
    MXQ_VERB_EXPN,
    MXQ_VERB_HELP,
    MXQ_VERB_STARTTLS,
    MXQ_VERB_AUTH,
    MXQ_VERB_COUNT
};

enum mxq_command_result {
    MXQ_CMD_OK = 0,
    MXQ_CMD_SYNTAX,        /* known verb, bad arguments: 501 */
    MXQ_CMD_BAD_LINE,      /* no CRLF at the end, a lone CR or LF, or a NUL
                              inside: 500 5.5.2 (verb may be known) */
    MXQ_CMD_UNKNOWN_PARAM, /* well-formed, but an ESMTP keyword we do not
                              know: 555 5.5.4 (see unknown_param) */
    MXQ_CMD_DUPLICATE_PARAM /* the same ESMTP keyword twice: 501 5.5.4 */
};

/* ESMTP parameters seen on the line: bits of `params`. */
enum mxq_param {
    MXQ_PARAM_SIZE = 1u << 0,
    MXQ_PARAM_BODY = 1u << 1,
    MXQ_PARAM_SMTPUTF8 = 1u << 2,
    MXQ_PARAM_RET = 1u << 3,
    MXQ_PARAM_ENVID = 1u << 4,
    MXQ_PARAM_NOTIFY = 1u << 5,
    MXQ_PARAM_ORCPT = 1u << 6,
    MXQ_PARAM_AUTH = 1u << 7
};

enum mxq_body { MXQ_BODY_7BIT = 0, MXQ_BODY_8BITMIME, MXQ_BODY_BINARYMIME };
enum mxq_ret { MXQ_RET_NONE = 0, MXQ_RET_FULL, MXQ_RET_HDRS };

/* NOTIFY=: NEVER alone, or any of the others (RFC 3461 §4.1). */
enum mxq_notify {
    MXQ_NOTIFY_NEVER = 1u << 0,
    MXQ_NOTIFY_SUCCESS = 1u << 1,
    MXQ_NOTIFY_FAILURE = 1u << 2,
    MXQ_NOTIFY_DELAY = 1u << 3
};

struct mxq_command {
    enum mxq_verb verb;
    /* HELO/EHLO: the domain or address literal; VRFY/EXPN/HELP/NOOP:
     * the argument, trailing spaces cut (may be empty for HELP and NOOP);
     * AUTH: the mechanism name. */
    struct mxq_slice arg;
    /* AUTH: the mechanism `arg` names (PLAIN, LOGIN, letters in any case;
     * any other sasl-mech: MXQ_SASL_UNKNOWN). UNKNOWN for other verbs. */
    enum mxq_sasl_mechanism auth_mechanism;
    /* MAIL/RCPT: the Path, angle brackets included ("<>", "<a@b>"), to be
     * handed to mxq_parse_path(). */
    struct mxq_slice path;
    /* AUTH: the initial response ("=" or base64), empty when absent. */
    struct mxq_slice auth_initial;
    /* BDAT: chunk size and LAST. */
    uint64_t chunk_size;
    bool last;

    unsigned params;                 /* enum mxq_param bits */
    uint64_t size;                   /* SIZE=, saturates at UINT64_MAX */
    enum mxq_body body;              /* BODY= */
    enum mxq_ret ret;                /* RET= */
    unsigned notify;                 /* enum mxq_notify bits */
    struct mxq_slice envid;          /* ENVID= xtext, still encoded */
    struct mxq_slice orcpt_type;     /* ORCPT= addr-type ("rfc822") */
    bool orcpt_rfc822;               /* ... and it is "rfc822", any case */
    struct mxq_slice orcpt_address;  /* ORCPT= xtext after ';', encoded */
    struct mxq_slice auth_mailbox;   /* AUTH= xtext or "<>", encoded */
    struct mxq_slice unknown_param;  /* first unknown keyword (+ value) */
};

enum mxq_command_result mxq_parse_command(const char *line, size_t len,
                                          struct mxq_command *out);

/* Decodes RFC 3461 xtext ("+2B" -> "+") into out (at most cap octets).
 * Returns the decoded length, or (size_t)-1 when in is not valid xtext or
 * out is too small. The syntax itself comes from the grammar. */
size_t mxq_xtext_decode(const char *in, size_t n, char *out, size_t cap);

#endif
