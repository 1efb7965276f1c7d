/*
 * Private to the RabbitMQ publisher's pieces: amqp_publisher.c (the
 * threads), amqp_units.c (submitting and completions), amqp_confirms.c
 * (what the broker sends back), amqp_connection.c (connecting, and what a
 * lost connection leaves) and amqp_check.c (the configuration, checked).
 * The shared state and the few calls that cross from one piece to another.
 */
#ifndef MXQD_AMQP_PUBLISHER_INT_H
#define MXQD_AMQP_PUBLISHER_INT_H

#include "amqp_publisher.h"
#include "amqp_socket.h"
#include "amqp_uri.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include <amqp.h>
#include <zlib.h>

#define CHANNEL 1
#define NAME_MAX_LEN 255

/* ------------------------------------------------------------ types */

struct doc {
    const char *queue;            /* NUL-terminated, inside the unit */
    const char *message_id;
    const uint8_t *body;          /* gzip: compressed, inside the unit */
    /* Else the document's parts, the submitter's octets (valid until the
     * outcome), joined when it is published. */
    struct mxq_bytes parts[MXQ_DOCUMENT_PARTS];
    size_t len;
};

/* One message: all its documents, in one allocation. */
struct unit {
    struct unit *next;            /* publisher queue, then done list */
    void *token;
    unsigned worker;
    uint32_t count;               /* documents */
    uint32_t unresolved;          /* documents without an outcome */
    bool failed;
    int64_t deadline;             /* monotonic ms */
    struct doc docs[];
};

/* A publish waiting for its confirm; unit NULL once resolved. */
struct pending {
    struct unit *unit;
    uint32_t doc;
};

struct publisher {
    struct mxqd_amqp *a;
    unsigned index;
    pthread_t thread;
    bool started;
    int wake_fd;                  /* eventfd: units queued, or stop */

    pthread_mutex_t lock;         /* head..queued, ready, sock */
    struct unit *head, *tail;
    size_t queued;
    atomic_bool ready;            /* written under lock */
    int sock;                     /* the connection's socket, or -1 */
    atomic_int_least64_t writing_since; /* ms, 0: not publishing */
    /* connection.blocked from the broker (memory or disk alarm): written
     * by the publisher thread, read by submitters. */
    atomic_bool blocked;

    /* Only the publisher thread touches these. */
    amqp_connection_state_t conn;
    size_t uri;                   /* address to try next */
    uint32_t backoff_ms;
    int64_t last_fail_log;
    struct pending *ring;
    size_t ring_cap, ring_start, ring_len;
    uint8_t *body;                /* the document being published, joined */
    size_t body_cap;
    uint64_t first_tag;           /* delivery tag of ring[ring_start] */
    bool nacked;                  /* the connection ends for a nack */
    uint32_t nack_pause_ms;       /* before the next connection after one;
                                     doubles while nacks go on */
    size_t unconfirmed;
    atomic_size_t unconfirmed_now; /* a copy for mxqd_amqp_stats() */

    atomic_uint_least64_t published, acked, confirmed, failed, nacks,
        returns, timeouts, losses, connects;
};

struct worker_slot {
    pthread_mutex_t lock;         /* head, tail */
    struct unit *head, *tail;     /* finished units */
    int fd;                       /* eventfd */
    /* gzip, used by the worker's own thread only */
    z_stream z;
    bool z_ready;
    uint8_t *scratch;
    size_t scratch_cap;
};

struct mxqd_amqp {
    struct mxqd_amqp_config cfg;
    char exchange[NAME_MAX_LEN + 1];
    char queues[4][NAME_MAX_LEN + 1];
    size_t queue_count;
    struct mxqd_amqp_uri uris[MXQD_AMQP_MAX_URIS];
    size_t uri_count;
    struct mxqd_amqp_tls *tls;    /* with an amqps:// address only */
    unsigned worker_count, publisher_count;
    struct worker_slot *workers;
    struct publisher *publishers;
    atomic_bool stopping;
    atomic_uint next_publisher;
    atomic_uint_least64_t submitted;
    pthread_t watchdog;
    bool watchdog_started;
    pthread_mutex_t watch_lock;   /* watch_quit */
    pthread_cond_t watch_cond;
    bool watch_quit;
};

static inline int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static inline void wake(int fd)
{
    uint64_t one = 1;
    if (write(fd, &one, sizeof one) < 0) {
        /* EAGAIN: the counter is already far from zero; it stays readable. */
    }
}

static inline void drain(int fd)
{
    uint64_t n;
    while (read(fd, &n, sizeof n) > 0)
        ;
}

/* amqp_units.c: `n` more documents of u have an outcome; the last one
 * puts u on its worker's completion list. */
void mxqd_amqp_resolve_docs(struct publisher *p, struct unit *u, uint32_t n,
                            bool ok);

/* amqp_confirms.c: the ring of publishes awaiting their confirm, and the
 * frames from the broker. */
struct pending *mxqd_amqp_ring_at(struct publisher *p, size_t i);
bool mxqd_amqp_ring_grow(struct publisher *p);
void mxqd_amqp_set_unconfirmed(struct publisher *p, size_t n);
int mxqd_amqp_read_frames(struct publisher *p, char *why, size_t whylen);

/* amqp_connection.c */
void mxqd_amqp_describe_reply(amqp_rpc_reply_t r, char *buf, size_t len);
amqp_connection_state_t mxqd_amqp_open_connection(
    const struct mxqd_amqp *a, const struct mxqd_amqp_uri *uri,
    const char *name, char *why, size_t whylen);
int mxqd_amqp_connect_next(struct publisher *p);
void mxqd_amqp_drop_connection(struct publisher *p, const char *why);

/* amqp_check.c */
int mxqd_amqp_configure(struct mxqd_amqp *a,
                        const struct mxqd_amqp_config *cfg, char *err,
                        size_t errlen);

#endif
