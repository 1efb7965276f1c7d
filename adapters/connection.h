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

#include "filequeue.h"

struct mxqd_amqp;

/* What a worker's epoll set points at; the first member of each kind. */
enum mxqd_handle_kind { MXQD_HANDLE_LISTENER, MXQD_HANDLE_WAKE,
                        MXQD_HANDLE_CONN };
struct mxqd_handle {
    enum mxqd_handle_kind kind;
};

struct mxqd_conn;

/* Shared by the connections of one worker thread. */
struct mxqd_conn_context {
    const struct mxq_config *engine;
    int epfd;
    unsigned worker;                 /* for log lines */
    uint8_t *buffer;                 /* read buffer of the thread */
    size_t buffer_size;
    size_t leftover_max;             /* stop reading above this */
    struct mxqd_conn *conns;         /* every open connection */
    size_t count;
    /* The documents completed in this loop iteration and their sessions;
     * the worker commits them together. */
    struct mxqd_fq_batch *batch;
    struct mxqd_conn *batch_conns;
    /* RabbitMQ (rabbitmq-address): when set, a store goes to the
     * publisher instead, the connection being the token that comes back
     * through mxqd_amqp_completions(); batch is then NULL. */
    struct mxqd_amqp *amqp;
};

struct mxqd_conn {
    struct mxqd_handle handle;        /* MXQD_HANDLE_CONN */
    struct mxqd_conn *prev, *next;    /* context's list */
    struct mxqd_conn *batch_next;     /* in a store batch */
    struct mxqd_conn_context *ctx;
    mxq_session *session;
    uint8_t *leftover;                /* bytes the engine did not take */
    uint32_t leftover_len;
    int fd;                           /* -1 once closed */
    uint32_t events;                  /* epoll interest registered */
    uint16_t local_port, remote_port;
    bool storing;                     /* in a batch, awaiting the outcome */
    bool retry_feed;                  /* the engine may take leftover now */
    bool eof_seen, eof_sent;
    bool abort_after_store;           /* shutdown: close once stored */
    char local_ip[INET6_ADDRSTRLEN];  /* must outlive the session */
    char remote_ip[INET6_ADDRSTRLEN];
};

/* Takes an accepted non-blocking socket: starts its session, registers it
 * with epoll and sends the greeting. On failure the socket is closed. */
void mxqd_conn_open(struct mxqd_conn_context *ctx, int fd, int64_t now);

/* epoll reported events for the connection. */
void mxqd_conn_event(struct mxqd_conn *c, uint32_t events, int64_t now);

/* Once a second: lets the session close itself when idle too long. */
void mxqd_conn_tick(struct mxqd_conn *c, int64_t now);

/* The outcome of the store the connection was part of. May free c. */
void mxqd_conn_stored(struct mxqd_conn *c, bool ok, int64_t now);

/* Shutdown: closes now, or right after a store in progress. May free c. */
void mxqd_conn_abort(struct mxqd_conn *c);

#endif
