/*
 * Received field bodies (RFC 5321 §4.4 Time-stamp-line, RFC 5322 §3.6.7),
 * from grammar/mime_received.rl: enough to walk a message's trace.
 *
 *   from domain-or-literal (TCP-info) by domain [via link] [with protocol]
 *   [id id] [for path] ; date-time
 *
 * Real Received lines are what every MTA made of that, so the walk is a
 * lenient one over words, the way mail-parser reads them (its vectors
 * drive tests/unit/test_mime_fields_struct.c): the clauses are found by
 * their keywords (case-insensitive) outside comments, in any order; what
 * is not understood is passed over; the trace is what could be found,
 * never a failure of the whole field while anything can be. Inside the
 * from clause's comments it takes the client's address (from an address
 * literal, or the first bare address), its reverse name, the HELO/EHLO/
 * LHLO name (written "(HELO x)" or "helo=x") and an ident. A TLS version
 * and cipher are taken where MTAs write them ("(using TLSv1.3 with cipher
 * X)", "(version=TLS1_2, cipher=X)", "TLS-1.0:X:256"). The date is
 * mime_date.h's, after the last ';' outside comments.
 *
 * Every text is a slice into the caller's bytes (n == 0: not found);
 * addresses are as written, without brackets, "IPv6:" or a port.
 */
#ifndef MXQ_MIME_RECEIVED_H
#define MXQ_MIME_RECEIVED_H

#include <stdbool.h>
#include <stddef.h>

#include "mime_date.h"
#include "slice.h"

enum mxq_received_protocol {
    MXQ_RECEIVED_PROTO_NONE = 0,
    MXQ_RECEIVED_PROTO_SMTP, MXQ_RECEIVED_PROTO_ESMTP,
    MXQ_RECEIVED_PROTO_ESMTPA, MXQ_RECEIVED_PROTO_ESMTPS,
    MXQ_RECEIVED_PROTO_ESMTPSA, MXQ_RECEIVED_PROTO_LMTP,
    MXQ_RECEIVED_PROTO_LMTPA, MXQ_RECEIVED_PROTO_LMTPS,
    MXQ_RECEIVED_PROTO_LMTPSA, MXQ_RECEIVED_PROTO_UTF8SMTP,
    MXQ_RECEIVED_PROTO_UTF8SMTPA, MXQ_RECEIVED_PROTO_UTF8SMTPS,
    MXQ_RECEIVED_PROTO_UTF8SMTPSA, MXQ_RECEIVED_PROTO_UTF8LMTP,
    MXQ_RECEIVED_PROTO_UTF8LMTPA, MXQ_RECEIVED_PROTO_UTF8LMTPS,
    MXQ_RECEIVED_PROTO_UTF8LMTPSA, MXQ_RECEIVED_PROTO_HTTP,
    MXQ_RECEIVED_PROTO_HTTPS, MXQ_RECEIVED_PROTO_IMAP,
    MXQ_RECEIVED_PROTO_POP3, MXQ_RECEIVED_PROTO_MMS,
    MXQ_RECEIVED_PROTO_LOCAL
};

enum mxq_received_greeting {
    MXQ_RECEIVED_GREETING_NONE = 0,
    MXQ_RECEIVED_HELO, MXQ_RECEIVED_EHLO, MXQ_RECEIVED_LHLO
};

enum mxq_received_tls {
    MXQ_RECEIVED_TLS_NONE = 0,
    MXQ_RECEIVED_SSLV2, MXQ_RECEIVED_SSLV3, MXQ_RECEIVED_TLSV1_0,
    MXQ_RECEIVED_TLSV1_1, MXQ_RECEIVED_TLSV1_2, MXQ_RECEIVED_TLSV1_3
};

struct mxq_received {
    struct mxq_slice from;         /* the name after "from", or its address */
    bool from_is_ip;
    struct mxq_slice from_ip;      /* the client's address from TCP-info */
    struct mxq_slice from_iprev;   /* the name in TCP-info */
    struct mxq_slice helo;         /* the name the client greeted with */
    bool helo_is_ip;
    enum mxq_received_greeting helo_cmd;
    struct mxq_slice ident;        /* user@ or IDENT: in TCP-info */
    struct mxq_slice by;
    bool by_is_ip;
    struct mxq_slice via;
    struct mxq_slice with;         /* the protocol word as written */
    enum mxq_received_protocol protocol; /* what it names (RFC 3848, and
                                            the words MTAs use for them) */
    struct mxq_slice id;
    struct mxq_slice for_;         /* the address, without <> */
    enum mxq_received_tls tls_version;
    struct mxq_slice tls_cipher;
    bool has_date;
    struct mxq_date date;
};

/* Walks a Received body. False when nothing at all was found in it. */
bool mxq_received_parse(const char *p, size_t n, struct mxq_received *out);

/* "ESMTPS", "Local", ...; "" for NONE. */
const char *mxq_received_protocol_name(enum mxq_received_protocol proto);
/* "TLSv1_3", "SSLv3", ...; "" for NONE. */
const char *mxq_received_tls_name(enum mxq_received_tls tls);

#endif
