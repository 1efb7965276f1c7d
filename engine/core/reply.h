/*
 * Every reply the engine sends, from one table: code, RFC 3463 enhanced
 * status and text. Nothing else in the engine writes a reply code.
 */
#ifndef MXQ_REPLY_H
#define MXQ_REPLY_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

enum mxq_reply {
    MXQ_R_GREETING,          /* 220, arg: hostname */
    MXQ_R_HELO,              /* 250, arg: hostname */
    MXQ_R_EHLO_FIRST,        /* 250-, arg: hostname */
    MXQ_R_OK,
    MXQ_R_SENDER_OK,
    MXQ_R_RECIPIENT_OK,
    MXQ_R_START_DATA,
    MXQ_R_CHUNK_OK,          /* arg: octets received */
    MXQ_R_QUEUED_FIRST,      /* 250- before the identifiers */
    MXQ_R_QUEUED_ID,         /* arg: "<id> for <recipient>" */
    MXQ_R_RESET,
    MXQ_R_VRFY,
    MXQ_R_HELP,
    MXQ_R_START_TLS,
    MXQ_R_QUIT,              /* arg: hostname */
    MXQ_R_TIMEOUT,           /* arg: hostname */
    MXQ_R_TOO_MANY_ERRORS,
    MXQ_R_SHUTDOWN,          /* arg: hostname */
    MXQ_R_STORE_FAILED,
    MXQ_R_STORE_UNAVAILABLE,  /* 451 at MAIL: cfg.can_store said no */
    MXQ_R_OUT_OF_MEMORY,
    MXQ_R_TOO_MANY_RECIPIENTS,
    MXQ_R_UNKNOWN_COMMAND,
    MXQ_R_BAD_LINE,
    MXQ_R_LINE_TOO_LONG,
    MXQ_R_SYNTAX,
    MXQ_R_NOT_IMPLEMENTED,
    MXQ_R_BAD_SEQUENCE,      /* arg: what is missing */
    MXQ_R_UNKNOWN_PARAMETER,
    MXQ_R_DUPLICATE_PARAMETER,
    MXQ_R_PARAMETER_NOT_HERE,
    MXQ_R_BAD_SENDER,
    MXQ_R_BAD_RECIPIENT,
    MXQ_R_NON_ASCII_ADDRESS,
    MXQ_R_SIZE_DECLARED,
    MXQ_R_SIZE_EXCEEDED,
    MXQ_R_BARE_LINE_ENDING,
    MXQ_R_BINARY_NEEDS_BDAT,
    MXQ_R_BAD_CHUNK_SIZE,    /* arg: hostname */
    MXQ_R_AUTH_CHALLENGE,    /* 334, arg: base64 challenge */
    MXQ_R_AUTH_OK,
    MXQ_R_AUTH_FAILED,
    MXQ_R_AUTH_CANCELLED,
    MXQ_R_AUTH_BAD_RESPONSE,
    MXQ_R_AUTH_MECHANISM,
    MXQ_R_AUTH_NEEDS_TLS,
    MXQ_R_AUTH_REQUIRED,
    MXQ_R_AUTH_TOO_MANY,     /* arg: hostname */
    MXQ_R_HEADER_TOO_LARGE,  /* 552 at the end of data, arg: which limit */
    MXQ_R_BAD_HEADER,        /* 554 at the end of data, arg: the field */
    MXQ_R_BLOCKED,           /* 554 at MAIL, arg: the blocklist's text */
    MXQ_R_CHECK_DMARC,       /* 550 5.7.1, arg: the From domain */
    MXQ_R_CHECK_SPF,         /* 550 5.7.23, arg: the checked identity */
    MXQ_R_CHECK_TEMPERROR,   /* 451 4.7.0, arg: the check's name */
    MXQ_R_CHECK_SPAM,        /* 550 5.7.1 */
    MXQ_R_ACCESS_DENIED,     /* before any session: smtp-range */
    MXQ_R_TOO_MANY_CONNECTIONS, /* before any session: smtp-connections */
    MXQ_R_CLIENT_TOO_MANY,   /* before any session: smtp-connections-per-ip */
    MXQ_R_CLIENT_TOO_FAST,   /* before any session: smtp-connection-rate */
    MXQ_R_MESSAGE_RATE,      /* 450 4.7.1 at MAIL: smtp-message-rate */
    MXQ_R_COUNT
};

/* Appends one reply line; `more` makes it a "NNN-" continuation line.
 * False when the buffer could not take it (out of memory, or its cap). */
bool mxq_reply_line(struct mxq_buffer *out, enum mxq_reply r,
                    const char *arg, bool more);

/* The numeric code of a reply, for counting errors. */
int mxq_reply_code(enum mxq_reply r);

/* A reply's parts, for a document that records it: its RFC 3463 status
 * ("" where it has none) and its text with arg in place, in text[len]. */
const char *mxq_reply_status(enum mxq_reply r);
void mxq_reply_text(enum mxq_reply r, const char *arg, char *text,
                    size_t len);

#endif
