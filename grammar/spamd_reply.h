/*
 * spamd's reply to a SYMBOLS request (SpamAssassin's spamd/PROTOCOL,
 * SPAMC/SPAMD 1.5), from grammar/spamd_reply.rl: the whole reply, every
 * octet spamd sent until it closed the connection.
 *
 *   reply       = status-line *header CRLF body
 *   status-line = "SPAMD/1." 1*DIGIT SP code SP *text CRLF
 *   code        = 1*3DIGIT                 (sysexits.h: 0 is EX_OK)
 *   header      = name ":" *WSP value CRLF (names in any case)
 *   Spam        = ("True" / "False" / "Yes" / "No") *WSP ";" *WSP score
 *                 *WSP "/" *WSP score *WSP
 *   score       = ["-"] 1*9DIGIT ["." 1*6DIGIT]
 *   Content-length = 1*DIGIT *WSP
 *   body        = [symbol *("," symbol)] [CRLF / LF]
 *   symbol      = 1*(ALPHA / DIGIT / "_")
 *
 * Other header names are read as `1*(VCHAR but ":")` with any value and
 * ignored. The head is CRLF only: spamd (4.0.1, seen) sends no bare LF
 * there (its REPORT text uses LF, but that is a body not read here). An
 * error reply is the status line alone ("SPAMD/1.0 76 Bad header line:
 * ...\r\n"): `status_line` and `code` are set even though the rest is
 * then BAD_HEADER (no empty line).
 *
 * Pure function, no allocation; slices point into the caller's bytes.
 */
#ifndef MXQ_SPAMD_REPLY_H
#define MXQ_SPAMD_REPLY_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

enum mxq_spamd_reply_status {
    MXQ_SPAMD_REPLY_OK = 0,        /* the whole reply is well-formed */
    MXQ_SPAMD_REPLY_BAD_STATUS,    /* no complete status line */
    MXQ_SPAMD_REPLY_BAD_HEADER,    /* a broken header line, or no empty line */
    MXQ_SPAMD_REPLY_BAD_SPAM,      /* the Spam header's value is broken */
    MXQ_SPAMD_REPLY_REPEATED,      /* Spam or Content-length given twice */
    MXQ_SPAMD_REPLY_BAD_BODY,      /* the body is not a list of symbols */
    MXQ_SPAMD_REPLY_LENGTH_MISMATCH /* body length != Content-length */
};

struct mxq_spamd_reply {
    bool status_line;              /* the status line was read whole */
    unsigned code;                 /* its code, when status_line */
    struct mxq_slice message;      /* its text ("EX_OK"), when status_line */
    bool spam_header;              /* a well-formed Spam header was read */
    bool spam;                     /* True or Yes */
    double score, threshold;       /* "5.8 / 5.0" */
    bool has_length;               /* a Content-length header was read */
    size_t content_length;         /* saturated at SIZE_MAX */
    struct mxq_slice body;         /* after the empty line, when OK */
    size_t symbols;                /* symbols the body lists, when OK */
};

/* Called once per symbol name of the body, in order, while the machine
 * reads it: when the parse does not end OK, the calls made so far are to
 * be forgotten. */
typedef void mxq_spamd_symbol_fn(void *ctx, struct mxq_slice name);

/* Parses p[0..n) into *out (always filled: zeros and empty slices where
 * nothing was read), calling symbol (when not NULL) for each symbol. */
enum mxq_spamd_reply_status mxq_spamd_reply_parse(
    const char *p, size_t n, struct mxq_spamd_reply *out,
    mxq_spamd_symbol_fn *symbol, void *ctx);

#endif
