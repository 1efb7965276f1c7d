/*
 * The counters behind metrics-address (metrics_http.h serves them): one
 * block of counters per worker thread, written by that worker alone, and
 * the Prometheus text made of their sums.
 *
 * A worker adds with a relaxed load and a relaxed store (no
 * read-modify-write, no lock: it is the only writer, and on x86-64 both
 * are plain moves); the endpoint's thread reads them relaxed too, so a
 * scrape sees every counter at some recent value, never a torn one. The
 * blocks are cache-line aligned: no worker shares a line with another.
 *
 * Without metrics-address there is no set, every worker's pointer is NULL
 * and mxqd_metrics_add() does nothing.
 */
#ifndef MXQD_METRICS_H
#define MXQD_METRICS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "dns.h"
#include "settings.h" /* MXQD_QUEUES */
#include "store.h"

/* mxq_connections_refused_total{reason} */
enum mxqd_refusal_reason {
    MXQD_REFUSED_RANGE,        /* not in smtp-range (after PROXY too) */
    MXQD_REFUSED_LIMIT,        /* smtp-connections reached */
    MXQD_REFUSED_CLIENT_LIMIT, /* smtp-connections-per-ip, -rate */
    MXQD_REFUSED_PROXY,        /* a bad PROXY header, or none in time */
    MXQD_REFUSED_TLS,          /* a TLS handshake failed or timed out */
    MXQD_REFUSED_REASONS
};

/* mxq_tls_sessions_total{version} */
enum mxqd_tls_slot { MXQD_TLS_13, MXQD_TLS_12, MXQD_TLS_11, MXQD_TLS_10,
                     MXQD_TLS_OTHER, MXQD_TLS_SLOTS };

/* mxq_documents_stored_total{queue}: the configured queues, then one for
 * a name that is none of them. */
#define MXQD_METRICS_QUEUES (MXQD_QUEUES + 1)

/* mxq_store_latency_seconds: the finite upper bounds (seconds), then +Inf. */
#define MXQD_METRICS_BUCKETS 13
extern const double mxqd_metrics_bounds[MXQD_METRICS_BUCKETS];


/* Indices into a worker's counters. */
enum mxqd_counter {
    MXQD_M_CONN_ACCEPTED,
    MXQD_M_CONN_REFUSED,                       /* + reason */
    MXQD_M_CONN_OPENED = MXQD_M_CONN_REFUSED + MXQD_REFUSED_REASONS,
    MXQD_M_CONN_CLOSED,
    MXQD_M_MESSAGES_ACCEPTED,
    MXQD_M_MESSAGES_REFUSED,
    MXQD_M_RECIPIENTS_ACCEPTED,
    MXQD_M_RECEIVED_BYTES,
    MXQD_M_DOCUMENTS,                          /* + queue slot */
    MXQD_M_STORE_FAILED = MXQD_M_DOCUMENTS + MXQD_METRICS_QUEUES,
    MXQD_M_STORE_BUCKET,                       /* + bucket, +Inf last */
    MXQD_M_STORE_SUM_NS = MXQD_M_STORE_BUCKET + MXQD_METRICS_BUCKETS + 1,
    MXQD_M_TLS,                                /* + enum mxqd_tls_slot */
    MXQD_M_AUTH_SUCCESS = MXQD_M_TLS + MXQD_TLS_SLOTS,
    MXQD_M_AUTH_FAILURE,
    /* the worker's resolver (struct mxqd_dns_stats), copied once a second */
    MXQD_M_DNS_LOOKUPS,
    MXQD_M_DNS_QUERIES,
    MXQD_M_DNS_CACHE_HITS,
    MXQD_M_DNS_JOINED,
    MXQD_M_DNS_TIMEOUTS,
    MXQD_M_DNS_FAILURES,
    MXQD_M_DNS_ACTIVE,
    /* the engine's (struct mxq_counters), copied once a second */
    MXQD_M_COMMANDS,                           /* + verb */
    MXQD_M_REPLIES = MXQD_M_COMMANDS + MXQ_COUNTED_VERBS, /* + kind */
    MXQD_M_CHECKS = MXQD_M_REPLIES + MXQ_COUNTED_REPLIES, /* + row */
    MXQD_M_COUNTERS = MXQD_M_CHECKS + MXQ_COUNTED_CHECKS
};

struct mxqd_metrics_set;

/* One worker's counters. */
struct mxqd_metrics {
    _Alignas(64) _Atomic uint64_t v[MXQD_M_COUNTERS];
    const struct mxqd_metrics_set *set;        /* the queue names */
    /* The worker's sessions count here (mxq_connection.counters), plain;
     * mxqd_metrics_sync() copies them into v. */
    struct mxq_counters engine;
};

/* Counters for `workers` threads; `backend` ("file" or "amqp") and the
 * queue names (mxqd_settings_queues(): an empty one is not used) label
 * mxq_documents_stored_total. NULL: out of memory. */
struct mxqd_metrics_set *mxqd_metrics_set_new(
    unsigned workers, const char *backend,
    const char *const queues[MXQD_QUEUES]);
void mxqd_metrics_set_free(struct mxqd_metrics_set *set);

/* Worker i's counters; NULL for a NULL set. */
struct mxqd_metrics *mxqd_metrics_worker(struct mxqd_metrics_set *set,
                                         unsigned i);

/* By the worker that owns m only; m NULL: nothing. */
static inline void mxqd_metrics_add(struct mxqd_metrics *m,
                                    enum mxqd_counter i, uint64_t n)
{
    if (m == NULL)
        return;
    uint64_t v = atomic_load_explicit(&m->v[i], memory_order_relaxed);
    atomic_store_explicit(&m->v[i], v + n, memory_order_relaxed);
}

/* CLOCK_MONOTONIC in nanoseconds; 0 without counters (m NULL). */
uint64_t mxqd_metrics_now_ns(const struct mxqd_metrics *m);

/* A store came back: its documents by queue, the message and its
 * recipients, and the latency since `started_ns` (mxqd_metrics_now_ns()
 * at the store request) when ok; a failure when not. A message kept in
 * the refused queue (rabbitmq-refused) is stored, not `accepted`. */
void mxqd_metrics_stored(struct mxqd_metrics *m,
                         const struct mxq_document *docs, size_t count,
                         bool ok, bool accepted, uint64_t started_ns);

/* A TLS session is up with this version (wolfSSL's name, "TLSv1.3"). */
void mxqd_metrics_tls(struct mxqd_metrics *m, const char *version);

/* The messages the session refused since *seen (its
 * mxq_session_stats().messages_refused), which then takes that count. */
void mxqd_metrics_session(struct mxqd_metrics *m, const mxq_session *s,
                          uint32_t *seen);

/* The engine's counters of the worker's sessions into v (the worker,
 * once a second and when it ends). */
void mxqd_metrics_sync(struct mxqd_metrics *m);

/* The worker's resolver counters into v (with mxqd_metrics_sync()). */
void mxqd_metrics_dns(struct mxqd_metrics *m, const struct mxqd_dns_stats *st);

/* The store whose backend counters (mxqd_store_stats()) the text shows,
 * once it is open; until then they are left out. */
void mxqd_metrics_set_store(struct mxqd_metrics_set *set,
                            struct mxqd_store *store);

/* What the sessions of the worker count into, NULL for a NULL m. */
struct mxq_counters *mxqd_metrics_engine(struct mxqd_metrics *m);

/* Every worker's counters summed into out (the reading thread). */
void mxqd_metrics_sum(const struct mxqd_metrics_set *set,
                      uint64_t out[MXQD_M_COUNTERS]);

/* The Prometheus text (format 0.0.4) of these sums and the store's
 * counters (NULL: none); malloc'd, *len its length, or NULL (out of
 * memory). */
char *mxqd_metrics_render_sums(const struct mxqd_metrics_set *set,
                               const uint64_t sums[MXQD_M_COUNTERS],
                               const struct mxqd_store_stats *store,
                               size_t *len);

/* Sum, read the store's counters, then render. */
char *mxqd_metrics_render(const struct mxqd_metrics_set *set, size_t *len);

#endif
