/*
 * One mail transaction: its envelope and the message as it arrives, with
 * the trace header first. Knows nothing of the dialogue: the session
 * hands it what the client sent and asks for the verdict.
 */
#ifndef MXQ_TRANSACTION_H
#define MXQ_TRANSACTION_H

#include <stdbool.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "buffer.h"
#include "data.h"
#include "message_header.h"
#include "message_id.h"
#include "reply.h"
#include "smtp_command.h"

struct mxq_recipient {
    char *mailbox;       /* NUL-terminated copy */
    unsigned notify;     /* enum mxq_notify bits, 0 when not given */
    char *orcpt;         /* decoded ORCPT, NULL when not given */
    bool local;          /* a local address: goes to the local queue */
    char message_id[MXQ_MESSAGE_ID_SIZE];
};

/* What MAIL FROM gives a transaction. */
struct mxq_envelope {
    char *sender;        /* "" for the null path */
    bool smtputf8;
    enum mxq_body body;
    enum mxq_ret ret;
    char *envid;         /* decoded ENVID, NULL when not given */
};

struct mxq_transaction {
    bool open;           /* MAIL was accepted */
    struct mxq_envelope env;
    struct mxq_recipient *rcpts;
    uint32_t rcpt_count;
    size_t rcpt_cap;     /* rcpts[0..rcpt_cap) allocated */

    /* the message: Received header, then the content */
    struct mxq_buffer message;
    uint64_t content_size;   /* content octets seen, also past the cap */
    uint64_t max_size;       /* smtp-maxsize */
    bool oversize;           /* nothing more is kept */
    struct mxq_memory_budget *budget; /* what the message takes from */
    size_t charged;          /* octets taken from the budget */
    bool started;            /* Received header written, ids assigned */
    bool chunking;           /* BDAT, not DATA */
    int64_t received_at;
    struct mxq_data_scanner scan;
    struct mxq_message_header header; /* its fields, limits and edits */
};

/* What the trace header says of the session. */
struct mxq_trace {
    const char *helo;        /* NULL: "unknown" */
    const char *hostname;
    const char *remote_ip;   /* NULL: "unknown" */
    bool remote_ipv6;
    const char *protocol;    /* RFC 3848 "with" */
};

void mxq_envelope_free(struct mxq_envelope *env);
void mxq_recipient_free(struct mxq_recipient *r);

/* Empties the transaction and gives its memory back. */
void mxq_transaction_reset(struct mxq_transaction *tx);
/* Opens the transaction with env, taking its strings. */
void mxq_transaction_open(struct mxq_transaction *tx,
                          struct mxq_envelope *env);
/* Adds r, taking its strings; false (r untouched) when out of memory. */
bool mxq_transaction_add_recipient(struct mxq_transaction *tx,
                                   struct mxq_recipient *r);

/* The message begins (DATA or the first BDAT): ids for the recipients,
 * the Received header. False when out of memory. */
bool mxq_transaction_start_message(struct mxq_transaction *tx,
                                   struct mxq_id_source *ids,
                                   struct mxq_memory_budget *budget,
                                   const struct mxq_trace *trace,
                                   const struct mxq_header_options *header,
                                   uint64_t max_size, bool chunking,
                                   int64_t now);

/* DATA: scans p[0..n) for the end of the data; returns the octets used
 * and sets *done once the terminator was among them. */
size_t mxq_transaction_data(struct mxq_transaction *tx, const uint8_t *p,
                            size_t n, bool *done);
/* BDAT: takes the octets of a chunk. */
void mxq_transaction_chunk(struct mxq_transaction *tx, const uint8_t *p,
                           size_t n);
/* After a chunk: the reply that ends the transaction early (a bare line
 * ending, the size limit), or MXQ_R_COUNT to go on. */
enum mxq_reply mxq_transaction_chunk_verdict(struct mxq_transaction *tx);

/* The documents hold the message now: its raw copy goes. */
void mxq_transaction_drop_content(struct mxq_transaction *tx);

/* The whole message is in: the refusal, or MXQ_R_COUNT when it may be
 * stored; *arg is the refusal's text argument, if any (valid while tx
 * is). */
enum mxq_reply mxq_transaction_verdict(struct mxq_transaction *tx,
                                       const char **arg);

#endif
