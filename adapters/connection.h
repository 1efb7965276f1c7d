/*
 * One client connection: moves bytes between its socket and its engine
 * session and carries out what the session wants. No SMTP here.
 */
#ifndef MXQD_CONNECTION_H
#define MXQD_CONNECTION_H

#include <arpa/inet.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "access.h"

struct mxqd_store;
struct mxqd_policy;
struct mxqd_proxy_conn;
struct mxqd_auth_job;
struct mxqd_tls_server;
struct mxqd_tls;

/* What a worker's epoll set points at; the first member of each kind. */
enum mxqd_handle_kind { MXQD_HANDLE_LISTENER, MXQD_HANDLE_WAKE,
                        MXQD_HANDLE_CONN, MXQD_HANDLE_DNS,
                        MXQD_HANDLE_SPAMD };
struct mxqd_handle {
    enum mxqd_handle_kind kind;
};

struct mxqd_conn;
struct mxqd_dns;
struct conn_lookup;
struct mxqd_spamd_config;
struct mxqd_spamd_scan;
struct mxqd_received_log;
struct mxqd_config_gen;
struct mxqd_metrics;

/* Shared by the connections of one worker thread. */
struct mxqd_conn_context {
    int epfd;
    unsigned worker;                 /* for log lines */
    uint8_t *buffer;                 /* read buffer of the thread */
    size_t buffer_size;
    struct mxqd_conn *conns;         /* every open connection */
    size_t count;
    /* Where messages go (store.h); the connection is the token that
     * comes back through mxqd_store_completions(). */
    struct mxqd_store *store;
    /* smtp-certificate: STARTTLS and secure ports (tls.h); else NULL. */
    struct mxqd_tls_server *tls;
    bool stopping;                   /* SIGTERM: sessions end with 421 */
    /* Trust boundary (policy.h): connection cap, smtp-range, PROXY,
     * outgoing IPs, AUTH checks. NULL: none of them. */
    struct mxqd_policy *policy;
    /* The worker's resolver for the checks' lookups (dns.h); NULL: none,
     * every lookup is answered SERVFAIL. */
    struct mxqd_dns *dns;
    /* spamd for the spam check (spamd.h); NULL: every scan fails. */
    const struct mxqd_spamd_config *spamd;
    /* One line per accepted recipient (received_log.h), or NULL. */
    struct mxqd_received_log *received_log;
    struct mxqd_spamd_scan *spamd_done; /* ended, to be answered */
    /* metrics-address: the counters this worker alone writes (metrics.h);
     * NULL: nothing is counted. */
    struct mxqd_metrics *metrics;
};

struct mxqd_conn {
    struct mxqd_handle handle;        /* MXQD_HANDLE_CONN */
    struct mxqd_conn *prev, *next;    /* context's list */
    struct mxqd_conn_context *ctx;
    mxq_session *session;             /* NULL until a secure port's
                                         handshake is done */
    struct mxqd_tls *tls;             /* after STARTTLS or on a secure
                                         port; freed after the session */
    int fd;                           /* -1 once closed */
    uint32_t events;                  /* epoll interest registered */
    uint16_t local_port, remote_port;
    bool storing;                     /* submitted, awaiting the outcome */
    uint32_t store_id;                /* the session's STORE request */
    const struct mxq_document *store_docs; /* valid until answered */
    size_t store_count;
    size_t store_ignored;             /* x-mq-* fields it ignored */
    bool store_refused;               /* a refused message kept */
    uint32_t tls_id;                  /* the session's STARTTLS request */
    struct mxq_request auth;          /* the AUTH request (id 0: none) */
    bool eof_seen;
    bool close_wanted;                /* the session asked to be closed */
    bool abort_after_store;           /* shutdown: close once stored */
    char local_ip[INET6_ADDRSTRLEN];  /* must outlive the session */
    char remote_ip[INET6_ADDRSTRLEN];
    /* Trust boundary (issue 5). */
    struct mxqd_peer peer;            /* the endpoints (after PROXY) */
    struct mxqd_proxy_conn *proxy;    /* waiting for the PROXY header:
                                         no session, no TLS yet */
    bool secure_port;                 /* TLS once the header is read */
    bool client_counted;              /* in smtp-connections-per-ip */
    struct mxqd_config_gen *gen;      /* the session's configuration */
    struct mxqd_auth_job *auth_job;   /* at the checker thread */
    const char *ip_slot;              /* the JSON `ips` (one local IP) */
    struct mxqd_spamd_scan *scans;    /* the session's SPAM_SCAN requests
                                         at spamd (spamd.h) */
    struct conn_lookup *lookups;      /* the session's RESOLVE requests at
                                         the resolver */
    /* metrics (metrics.h) */
    uint64_t store_started_ns;        /* the store request's time */
    uint32_t refused_seen;            /* the session's refused messages
                                         counted so far */
};

/* Takes an accepted non-blocking socket: starts its session, registers it
 * with epoll and sends the greeting; with `secure` (smtp-secure-port) the
 * TLS handshake comes first. On failure the socket is closed. */
void mxqd_conn_open(struct mxqd_conn_context *ctx, int fd, bool secure,
                    int64_t now);

/* epoll reported events for the connection. */
void mxqd_conn_event(struct mxqd_conn *c, uint32_t events, int64_t now);

/* Once a second: lets the session close itself when idle too long. */
void mxqd_conn_tick(struct mxqd_conn *c, int64_t now);

/* The outcome of the store the connection was part of. May free c. */
void mxqd_conn_stored(struct mxqd_conn *c, bool ok, int64_t now);

/* The checker thread's verdict on the connection's AUTH. May free c. */
void mxqd_conn_auth_checked(struct mxqd_conn *c, bool ok, int64_t now);

/* The answer to the session's RESOLVE request id (conn_lookup.h). May
 * free c. */
void mxqd_conn_resolved(struct mxqd_conn *c, uint32_t id,
                        enum mxq_dns_rcode rcode,
                        const struct mxq_dns_record *records, size_t n,
                        uint32_t ttl, int64_t now);

/* Shutdown, once ctx->stopping is set: an idle session gets its 421 and
 * is closed; one with a message in flight ends with 421 after that
 * message's reply. May free c. */
void mxqd_conn_shutdown(struct mxqd_conn *c, int64_t now);

/* spamd's reply to scan `id` (ok false: it could not be had). */
void mxqd_conn_scanned(struct mxqd_conn *c, uint32_t id, bool ok,
                       const uint8_t *reply, size_t n, int64_t now);

/* End of the grace period: closes now, or right after a store in
 * progress. May free c. */
void mxqd_conn_abort(struct mxqd_conn *c);

#endif
