/*
 * The event loops: worker threads with one epoll set each, accept on the
 * listening sockets (listen.h), the once-a-second timer sweep, the
 * stores' outcomes handed to their connections, and the orderly stop.
 */
#ifndef MXQD_LOOP_H
#define MXQD_LOOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

struct mxqd_dns_cache;
struct mxqd_dns_config;
struct mxqd_policy;
struct mxqd_store;
struct mxqd_metrics_set;

/* After SIGTERM, how long transactions in flight get to finish before the
 * remaining connections are closed. */
#define MXQD_SHUTDOWN_GRACE_SECONDS 10

#define MXQD_MAX_LISTENERS 128

struct mxqd_server_config {
    struct mxqd_store *store;         /* where messages go (store.h) */
    unsigned threads;                 /* worker threads, at least 1 */
    const int *listeners;             /* from mxqd_listen() */
    size_t listener_count;
    const bool *listener_secure;      /* per listener: TLS from the first
                                         byte (smtp-secure-port); NULL:
                                         none */
    struct mxqd_tls_server *tls;      /* smtp-certificate, or NULL */
    struct mxqd_policy *policy;       /* trust boundary (policy.h), or
                                         NULL */
    unsigned grace_seconds;
    /* The checks' lookups (dns.h): a resolver per worker sharing one
     * cache; NULL: no check needs DNS. */
    const struct mxqd_dns_config *dns;
    struct mxqd_dns_cache *dns_cache;
    /* spamd for the spam check (spamd.h); NULL: every scan fails. */
    const struct mxqd_spamd_config *spamd;
    /* received-log-file (received_log.h), or NULL */
    struct mxqd_received_log *received_log;
    /* metrics-address: a block of counters per worker (metrics.h), or
     * NULL */
    struct mxqd_metrics_set *metrics;
};

struct mxqd_server;
struct mxqd_received_log;

/* Starts the workers. Signals must already be blocked in the caller, so
 * that the threads inherit the mask. NULL with err filled on failure. */
struct mxqd_server *mxqd_server_start(const struct mxqd_server_config *cfg,
                                      char *err, size_t errlen);

/* Stops accepting and asks the workers to finish (returns at once). */
void mxqd_server_stop(struct mxqd_server *srv);

/* Waits until every worker is done, then frees the server. */
void mxqd_server_join(struct mxqd_server *srv);

#endif
