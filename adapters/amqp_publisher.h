/*
 * The RabbitMQ publisher (rabbitmq-address): hands every stored message to
 * RabbitMQ and reports back once the broker has confirmed all of it.
 *
 * rabbitmq-c blocks, so the connections live on their own threads
 * (rabbitmq-publishers, one connection each). Worker threads submit a
 * message as one unit (all its documents); a publisher thread
 * publishes it (mandatory, publisher confirms) and, when every document is
 * acked, or one of them is nacked or returned, or the connection is lost,
 * or the confirm timeout passes, puts the outcome on the submitting
 * worker's completion list and wakes that worker through an eventfd.
 *
 * A lost connection (a broker node gone) fails nothing by itself: the
 * publisher connects to the next address and publishes again what was not
 * confirmed, until the unit's confirm timeout (from its submission) runs
 * out; only then does the client get its 451.
 *
 * Delivery is at least once: a publish again, or the client's retry after
 * a failure, may leave the same document twice in the broker. `message_id`
 * is the key consumers use to drop the duplicate.
 *
 * Thread rules: mxqd_amqp_submit(w, ...) and mxqd_amqp_completions(w, ...)
 * are called only by worker thread w; the other calls from any thread.
 *
 * (Not named amqp.h: that is rabbitmq-c's header, and adapters/ is on the
 * include path.)
 */
#ifndef MXQD_AMQP_PUBLISHER_H
#define MXQD_AMQP_PUBLISHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#define MXQD_AMQP_MAX_PUBLISHERS 64
#define MXQD_AMQP_MAX_WORKERS 256
#define MXQD_AMQP_MAX_QUEUED 100000   /* units waiting per publisher */

enum mxqd_amqp_queue_type { MXQD_AMQP_CLASSIC, MXQD_AMQP_QUORUM };

struct mxqd_amqp_config {
    const char *address;         /* rabbitmq-address: URI or comma list */
    /* amqps:// (adapters/amqp_socket.h): the broker's certificate is
     * verified unless tls_no_verify (rabbitmq-verify false), against
     * tls_ca_file (rabbitmq-ca-file; NULL or "": the system's store). */
    bool tls_no_verify;
    const char *tls_ca_file;
    const char *exchange;        /* rabbitmq-exchange; "" or NULL: default */
    /* Queues declared (and bound to the exchange) at connect; NULL or ""
     * entries are skipped, duplicates declared once. */
    const char *queues[4];
    bool declare;                /* rabbitmq-declare */
    bool durable;                /* rabbitmq-durable */
    bool persistent;             /* rabbitmq-persistent: delivery mode 2 */
    bool lazy;                   /* rabbitmq-lazy: x-queue-mode lazy */
    bool gzip;                   /* rabbitmq-encoding: gzip */
    enum mxqd_amqp_queue_type queue_type; /* rabbitmq-queue-type */
    uint32_t max_priority;       /* rabbitmq-maxpriority; 0: none */
    uint32_t throttle;           /* rabbitmq-throttle: unconfirmed publishes
                                    per connection; 0: 100 */
    unsigned publishers;         /* rabbitmq-publishers; 0: 1 */
    unsigned workers;            /* threads that submit; 0: 1 */
    uint32_t confirm_timeout_ms; /* rabbitmq-confirm-timeout; 0: 30 s */
    /* Tuning, 0 for the defaults: connect and login timeout 5 s, heartbeat
     * 10 s, reconnect backoff 100 ms doubling to 5 s. */
    uint32_t connect_timeout_ms;
    uint32_t heartbeat_s;
    uint32_t backoff_min_ms, backoff_max_ms;
};

struct mxqd_amqp;

/* The outcome of one unit, as given back to its worker. */
struct mxqd_amqp_done {
    void *token;
    bool ok;                     /* every document confirmed by the broker */
};

/* Checks the configuration and starts the publisher threads; they connect
 * in the background (an unreachable broker is not an error here). NULL
 * with err filled on a bad configuration or when out of resources. */
struct mxqd_amqp *mxqd_amqp_start(const struct mxqd_amqp_config *cfg,
                                  char *err, size_t errlen);

/* True while at least one publisher is connected and not blocked by the
 * broker (connection.blocked: memory or disk alarm). While false, the
 * engine should refuse transactions early (451 4.3.0 at MAIL). */
bool mxqd_amqp_available(struct mxqd_amqp *a);

/* Queues docs[0..n) as one unit for a ready publisher: compressed into
 * the unit when gzip is on; otherwise the octets their parts point to are
 * read when each is published, so they must stay valid until the outcome
 * (a session's do, until mxq_session_stored()), and a message to many
 * recipients is never held once per recipient. Returns 0: the outcome comes later through
 * mxqd_amqp_completions(worker) with this token. Returns -1 when no
 * publisher is ready, the queue is full or memory ran out: nothing was
 * queued and no completion will come. */
int mxqd_amqp_submit(struct mxqd_amqp *a, unsigned worker,
                     const struct mxq_document *docs, size_t n, void *token);

/* The eventfd (non-blocking) that becomes readable when the worker has
 * completions waiting. */
int mxqd_amqp_worker_fd(struct mxqd_amqp *a, unsigned worker);

/* Takes up to max finished units of the worker (oldest first) and returns
 * how many. Resets the eventfd; if more are left, it is made readable
 * again, so a level-triggered epoll comes back for them. */
size_t mxqd_amqp_completions(struct mxqd_amqp *a, unsigned worker,
                             struct mxqd_amqp_done *out, size_t max);

/* Counters since start, summed over the publishers, and what holds now.
 * Units (messages): submitted, confirmed (every document acked), failed;
 * the rest counts documents. */
struct mxqd_amqp_stats {
    uint64_t submitted, published, acked, confirmed, failed;
    uint64_t nacks, returns, timeouts, connection_losses, connects;
    uint64_t unconfirmed;        /* published, awaiting their confirm */
    unsigned publishers, connected, blocked;
};
void mxqd_amqp_stats(struct mxqd_amqp *a, struct mxqd_amqp_stats *out);

/* Stops the publishers and frees everything. Call after the workers are
 * done: units still pending are dropped without a completion. */
void mxqd_amqp_stop(struct mxqd_amqp *a);

/* --check-config: tries every address of cfg once (connect, login,
 * confirm.select, and a passive look at each queue and the exchange;
 * nothing is declared) and writes one line per finding to fd. Returns 0
 * when at least one broker was reachable, -1 otherwise, -2 (nothing
 * tried) when mxqd_amqp_start would refuse cfg. */
int mxqd_amqp_check(const struct mxqd_amqp_config *cfg, int fd);

#endif
