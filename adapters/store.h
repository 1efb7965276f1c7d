/*
 * Where accepted messages go: one interface over the storage backends,
 * the embedded file queue (store_filequeue.c) and RabbitMQ (store_amqp.c).
 * A third backend is one more file that fills struct mxqd_store_ops.
 *
 * The workers use it the same way whatever the backend: a worker thread
 * submits the documents of one message with a token; at the end of each
 * loop iteration it calls mxqd_store_flush(); when the store's fd for
 * that worker becomes readable, mxqd_store_completions() gives back the
 * tokens with their outcome. The documents must stay valid until their
 * token has come back. Thread rules: the calls naming a worker are made
 * by that worker's thread only; mxqd_store_can_store from any thread.
 */
#ifndef MXQD_STORE_H
#define MXQD_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "filequeue.h"

struct mxqd_settings;

/* The outcome of one submitted message. */
struct mxqd_store_done {
    void *token;
    bool ok;                     /* every document is durable */
};

struct mxqd_store;

/* What the backend did since start, for metrics: read from any thread.
 * Only the half of the store's backend is filled. */
#define MXQD_STORE_ROUND_BUCKETS 12    /* documents <= 1, 2, 4 ... 1024, +Inf */
struct mxqd_store_stats {
    bool amqp;                   /* the RabbitMQ half; else the file one */
    /* the file queue: fsync rounds (one batch each), documents in them */
    uint64_t rounds, rounds_failed, round_documents;
    uint64_t round_buckets[MXQD_STORE_ROUND_BUCKETS]; /* not cumulative */
    /* RabbitMQ: documents published and their confirms, publishers */
    uint64_t published, confirmed, nacked, returned, confirm_timeouts;
    uint64_t connects, connection_losses;
    uint64_t unconfirmed;        /* now: published, no confirm yet */
    unsigned publishers, connected, blocked; /* now */
};

struct mxqd_store_ops {
    /* Returns 0: the outcome comes later through completions. Returns an
     * errno value when nothing was taken (no completion will come). */
    int (*submit)(struct mxqd_store *st, unsigned worker,
                  const struct mxq_document *docs, size_t count,
                  void *token);
    /* The end of the worker's loop iteration: what was submitted during
     * it may start on its way (group commit). */
    void (*flush)(struct mxqd_store *st, unsigned worker, int64_t now);
    int (*worker_fd)(struct mxqd_store *st, unsigned worker);
    size_t (*completions)(struct mxqd_store *st, unsigned worker,
                          struct mxqd_store_done *out, size_t max);
    bool (*available)(struct mxqd_store *st);
    void (*stats)(struct mxqd_store *st, struct mxqd_store_stats *out);
    /* One line for the log: where documents go. */
    void (*describe)(struct mxqd_store *st, char *out, size_t len);
    /* After every worker is done: nothing is in flight any more. */
    void (*close)(struct mxqd_store *st);
};

/* Each backend's own struct starts with this. */
struct mxqd_store {
    const struct mxqd_store_ops *ops;
};

/* The backend the settings choose: RabbitMQ when rabbitmq-address is set,
 * else the file queue in queue-directory. `workers` threads will submit.
 * NULL with err filled on failure. */
struct mxqd_store *mxqd_store_open(const struct mxqd_settings *s,
                                   unsigned workers, char *err,
                                   size_t errlen);

int mxqd_store_submit(struct mxqd_store *st, unsigned worker,
                      const struct mxq_document *docs, size_t count,
                      void *token);
void mxqd_store_flush(struct mxqd_store *st, unsigned worker, int64_t now);

/* Readable (level-triggered) while the worker has completions waiting. */
int mxqd_store_worker_fd(struct mxqd_store *st, unsigned worker);

/* Takes up to max outcomes of the worker, oldest first; call again while
 * it returns max. */
size_t mxqd_store_completions(struct mxqd_store *st, unsigned worker,
                              struct mxqd_store_done *out, size_t max);

/* False while the store cannot take messages (no broker connected, or
 * the broker blocks publishers): the engine refuses MAIL with 451. */
bool mxqd_store_available(struct mxqd_store *st);

/* For mxq_config.can_store, with the store as ctx. */
bool mxqd_store_can_store(void *store);

void mxqd_store_describe(struct mxqd_store *st, char *out, size_t len);

/* The backend's counters (any thread). */
void mxqd_store_stats(struct mxqd_store *st, struct mxqd_store_stats *out);

/* Frees the store; NULL is fine. */
void mxqd_store_close(struct mxqd_store *st);

/* ---- The backends, for mxqd_store_open and for tests. */

struct mxqd_store_filequeue_config {
    const char *directory;             /* queue-directory */
    const char *const *queues;         /* created at open */
    size_t queue_count;
    unsigned workers;
    /* Tests only: the fault hook of filequeue.h, for every commit; NULL
     * in the daemon. */
    mxqd_fq_fault_fn *fault;
};

/* Group commit: what a worker submits during one loop iteration goes
 * into its filling batch; flush hands the batch to the worker's
 * committer thread unless that is still busy with the previous one, in
 * which case the filling batch keeps growing. */
struct mxqd_store *mxqd_store_filequeue_open(
    const struct mxqd_store_filequeue_config *cfg, char *err,
    size_t errlen);

struct mxqd_amqp_config;
/* The RabbitMQ publisher (amqp_publisher.h) behind the interface. */
struct mxqd_store *mxqd_store_amqp_open(const struct mxqd_amqp_config *cfg,
                                        char *err, size_t errlen);

#endif
