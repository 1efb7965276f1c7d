/*
 * The header section of the message being received, read as it streams
 * in (grammar/mime_header.rl): the limits of `smtp-header-*`, the x-mq-*
 * fields of `smtp-extract`, and the edits made to the message.
 *
 * The edits are one mechanism for every feature that changes the header
 * section: fields are dropped from the message where they stand (x-mq-*
 * and Authentication-Results claiming our name), once the section
 * is over, in one pass over the octets after the first dropped field;
 * fields are added at the top by the documents (Authentication-Results),
 * which put them before the shared message. The body is never copied for
 * an edit.
 */
#ifndef MXQ_MESSAGE_HEADER_H
#define MXQ_MESSAGE_HEADER_H

#include <stdbool.h>
#include <stddef.h>

#include <mxq/mxq.h>

#include "buffer.h"
#include "mime_header.h"
#include "reply.h"
#include "xmq.h"

struct mxq_header_options {
    struct mxq_header_limits limits;
    bool strict;                   /* a malformed section is refused */
    enum mxq_extract extract;
    bool authenticated;            /* the client logged in */
    unsigned address_flags;        /* MXQ_ADDR_* for x-mq-envelope */
    /* our host name: Authentication-Results fields that claim it are
     * dropped; NULL or "": none is */
    const char *authserv_id;
    /* spamassassin-header: our X-Spam-* fields go on top, so the
     * message's own are dropped (as spamd drops them) */
    bool drop_spam_markup;
};

struct mxq_header_drop {
    size_t start, end;             /* content offsets */
};

struct mxq_message_header {
    struct mxq_header_scanner scan;
    struct mxq_header_options opt;
    size_t base;                   /* where the content starts in the
                                      message buffer (after Received) */
    struct mxq_header_drop *drops;
    size_t drop_count, drop_cap;
    bool over;                     /* the section ended (or was given up)
                                      and the edits are made */
    bool out_of_memory;
    size_t ignored;                /* x-mq-* fields dropped unread */
    size_t forged_results;         /* Authentication-Results claiming
                                      authserv_id, dropped */
    struct mxq_xmq xmq;
};

/* The content begins at message->len. */
void mxq_message_header_start(struct mxq_message_header *h,
                              const struct mxq_header_options *opt,
                              const struct mxq_buffer *message);
/* The last n octets of message are new content. */
void mxq_message_header_feed(struct mxq_message_header *h,
                             struct mxq_buffer *message, size_t n);
/* The message's end: the last field, and the edits. */
void mxq_message_header_finish(struct mxq_message_header *h,
                               struct mxq_buffer *message);
/* Nothing more is kept of the message (it is too large): stop. */
void mxq_message_header_abandon(struct mxq_message_header *h);

/* The refusal the header section earns, or MXQ_R_COUNT; *arg is the
 * reply's text argument (valid while h is). */
enum mxq_reply mxq_message_header_verdict(const struct mxq_message_header *h,
                                          const char **arg);

void mxq_message_header_free(struct mxq_message_header *h);

#endif
