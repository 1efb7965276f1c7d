/*
 * The JSON documents of a message, one per recipient, in MailerQ's
 * inbound schema (json-incoming).
 */
#ifndef MXQ_DOCUMENT_H
#define MXQ_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include <mxq/mxq.h>

#include "checks.h"
#include "transaction.h"

/* What the documents say of the connection and the configuration. */
struct mxq_document_context {
    const char *hostname;
    const char *inbox_queue;
    const char *local_queue;       /* NULL or "": the inbox */
    const char *reports_queue;     /* NULL or "": reports not looked for */
    const struct mxq_connection *conn;
    bool secure;
    const char *tls_version, *tls_cipher;
    const char *user;              /* NULL: not authenticated */
    const struct mxq_checks *checks; /* NULL: `smtp-check` is off */
    unsigned auth_results;         /* MXQ_AUTH_RESULTS_* */
    bool spam_header;              /* X-Spam-* on top of every MIME */
    unsigned dsn_notify;           /* defaults: MXQ_DSN_NOTIFY_* */
    unsigned dsn_ret;              /* MXQ_DSN_RET_* */
    /* Set: the message was refused, and every document goes to
     * refused_queue with this `refused` object (and no report). */
    const struct mxq_refusal_record *refused;
    const char *refused_queue;
};

/* What a refused message's documents say of the refusal. */
struct mxq_refusal_record {
    int code;                      /* 550 */
    const char *status;            /* "5.7.1"; "" where there is none */
    const char *reason;            /* the reply's text */
};

struct mxq_document_set {
    struct mxq_document *docs;
    size_t count;
    /* the shared MIME: base64 text, or the escaped text */
    struct mxq_buffer encoded;
    /* ,"report":{...}} of the local recipients' documents, when the
     * message is a report */
    struct mxq_buffer report;
    struct mxq_memory_budget *budget;
    size_t charged;                /* octets taken from the budget */
};

/* Builds one document per recipient of tx, taking their memory from
 * set->budget; false (set empty) when out of memory or budget. */
bool mxq_documents_build(struct mxq_document_set *set,
                         const struct mxq_transaction *tx,
                         const struct mxq_document_context *ctx);
void mxq_documents_free(struct mxq_document_set *set);

#endif
