/*
 * Worker threads. Every worker has its own epoll set (level-triggered)
 * holding the shared listening sockets (EPOLLEXCLUSIVE: one idle worker is
 * woken per connection, so busy workers take fewer), its connections and
 * the wake handle: an eventfd for a stop, and the store's and the AUTH
 * checker's descriptors for their outcomes. At the end of every iteration
 * the store is flushed, which lets it commit what the iteration submitted
 * as one group (store.h).
 */
#include "loop.h"
#include "auth_checker.h"
#include "connection.h"
#include "dns.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "spamd.h"
#include "store.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define LOOP_READ_BUFFER (64 * 1024)
#define LOOP_MAX_EVENTS 256
#define LOOP_ACCEPTS_PER_WAKE 16   /* then let other workers take some */
#define LOOP_ACCEPT_PAUSE 1        /* seconds, after running out of fds */

struct listener {
    struct mxqd_handle handle;     /* MXQD_HANDLE_LISTENER */
    int fd;
    bool secure;                   /* smtp-secure-port: TLS at once */
};

struct worker {
    struct mxqd_server *server;
    unsigned index;
    pthread_t thread;
    int epfd;
    struct mxqd_handle wake;       /* MXQD_HANDLE_WAKE */
    int wake_fd;
    struct mxqd_conn_context ctx;
    struct mxqd_handle dns_handle; /* MXQD_HANDLE_DNS */
    bool listening;
    int64_t resume_accept;         /* after EMFILE: when to listen again */
};

struct mxqd_server {
    struct mxqd_server_config cfg;
    struct listener listeners[MXQD_MAX_LISTENERS];
    size_t listener_count;
    struct worker *workers;
    unsigned started;
    atomic_bool stopping;
};

static int64_t clock_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

static void watch_listeners(struct worker *w, bool on)
{
    struct mxqd_server *srv = w->server;

    if (w->listening == on)
        return;
    for (size_t i = 0; i < srv->listener_count; i++) {
        struct listener *l = &srv->listeners[i];
        struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE,
                                  .data.ptr = &l->handle };
        if (on)
            epoll_ctl(w->epfd, EPOLL_CTL_ADD, l->fd, &ev);
        else
            epoll_ctl(w->epfd, EPOLL_CTL_DEL, l->fd, NULL);
    }
    w->listening = on;
}

static void accept_some(struct worker *w, struct listener *l, int64_t now)
{
    for (int i = 0; i < LOOP_ACCEPTS_PER_WAKE; i++) {
        int fd = accept4(l->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            mxqd_conn_open(&w->ctx, fd, l->secure, now);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED:
            continue;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            /* Level-triggered: without a pause this would spin. */
            mxqd_log(MXQD_LOG_WARNING,
                     "worker %u: cannot accept (%s), %u connections; "
                     "pausing %d s", w->index, strerror(errno),
                     (unsigned)w->ctx.count, LOOP_ACCEPT_PAUSE);
            watch_listeners(w, false);
            w->resume_accept = now + LOOP_ACCEPT_PAUSE;
            return;
        default:
            return; /* EAGAIN, or EINVAL once the listener is shut */
        }
    }
}

/* ------------------------------------------------------------ outcomes */

/* Tells the sessions whose messages the store has made durable, or not. */
static void complete_stored(struct worker *w, int64_t now)
{
    struct mxqd_store_done done[64];
    size_t n;

    do {
        n = mxqd_store_completions(w->ctx.store, w->index, done, 64);
        for (size_t i = 0; i < n; i++)
            mxqd_conn_stored(done[i].token, done[i].ok, now); /* may free */
    } while (n == 64);
}

/* Tells the sessions whose AUTH the checker thread decided. Its eventfd
 * shares the worker's wake handle, like the store's. */
static void complete_auth(struct worker *w, int64_t now)
{
    struct mxqd_auth_done done[64];
    size_t n;

    if (w->ctx.policy == NULL || w->ctx.policy->checker == NULL)
        return;
    do {
        n = mxqd_auth_checker_completions(w->ctx.policy->checker, w->index,
                                          done, 64);
        for (size_t i = 0; i < n; i++)
            mxqd_conn_auth_checked(done[i].token, done[i].ok, now);
    } while (n == 64);
}

/* ------------------------------------------------------------ the loop */

static void drain_wake(struct worker *w)
{
    uint64_t count;
    while (read(w->wake_fd, &count, sizeof count) > 0)
        ;
}

static void sweep(struct worker *w, int64_t now)
{
    for (struct mxqd_conn *c = w->ctx.conns, *next; c != NULL; c = next) {
        next = c->next;
        mxqd_conn_tick(c, now);
    }
    mxqd_metrics_sync(w->ctx.metrics); /* the sessions' counts, for scrapes */
    if (w->ctx.dns != NULL && w->ctx.metrics != NULL) {
        struct mxqd_dns_stats dns;
        mxqd_dns_stats(w->ctx.dns, &dns);
        mxqd_metrics_dns(w->ctx.metrics, &dns);
    }
    if (w->resume_accept && now >= w->resume_accept &&
        !atomic_load(&w->server->stopping)) {
        w->resume_accept = 0;
        watch_listeners(w, true);
    }
}

/* Stop accepting first, then tell every session. */
static void shutdown_all(struct worker *w, int64_t now)
{
    watch_listeners(w, false);
    w->ctx.stopping = true;
    for (struct mxqd_conn *c = w->ctx.conns, *next; c != NULL; c = next) {
        next = c->next;
        mxqd_conn_shutdown(c, now);
    }
}

static void abort_all(struct worker *w)
{
    for (struct mxqd_conn *c = w->ctx.conns, *next; c != NULL; c = next) {
        next = c->next;
        mxqd_conn_abort(c);
    }
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct mxqd_server *srv = w->server;
    struct epoll_event events[LOOP_MAX_EVENTS];
    int64_t last_sweep = clock_seconds(), stop_at = 0;
    bool stopping = false, aborted = false;

    for (;;) {
        int wait_ms = 1000;
        if (w->ctx.dns != NULL) {
            int dns_ms = mxqd_dns_timeout_ms(w->ctx.dns);
            if (dns_ms >= 0 && dns_ms < wait_ms)
                wait_ms = dns_ms;
        }
        int n = epoll_wait(w->epfd, events, LOOP_MAX_EVENTS, wait_ms);
        if (n < 0 && errno != EINTR) {
            mxqd_log(MXQD_LOG_CRITICAL, "worker %u: epoll_wait: %s",
                     w->index, strerror(errno));
            n = 0;
        }
        int64_t now = clock_seconds();
        bool woken = false, dns_ready = false;

        for (int i = 0; i < n; i++) {
            struct mxqd_handle *h = events[i].data.ptr;
            switch (h->kind) {
            case MXQD_HANDLE_LISTENER:
                if (w->listening)
                    accept_some(w, (struct listener *)h, now);
                break;
            case MXQD_HANDLE_WAKE:
                woken = true;
                break;
            case MXQD_HANDLE_CONN:
                mxqd_conn_event((struct mxqd_conn *)h, events[i].events, now);
                break;
            case MXQD_HANDLE_DNS:
                dns_ready = true;
                break;
            case MXQD_HANDLE_SPAMD:
                mxqd_spamd_event((struct mxqd_spamd_scan *)h,
                                 events[i].events);
                break;
            }
        }
        /* After the events: an answer may free a connection that also
         * had an event in this round. */
        mxqd_spamd_complete(&w->ctx, now);
        /* After the events too: an answer may free a connection that also
         * had an event in this round. */
        if (dns_ready)
            mxqd_dns_process(w->ctx.dns);
        if (w->ctx.dns != NULL)
            mxqd_dns_tick(w->ctx.dns);
        /* After the events: a completed store may free a connection that
         * also had an event in this round. */
        if (woken) {
            drain_wake(w);
            complete_stored(w, now);
            complete_auth(w, now);
        }
        mxqd_store_flush(w->ctx.store, w->index, now);
        if (now != last_sweep) {
            last_sweep = now;
            sweep(w, now);
            mxqd_spamd_complete(&w->ctx, now); /* the scans it expired */
        }

        if (!stopping && atomic_load(&srv->stopping)) {
            stopping = true;
            stop_at = now + srv->cfg.grace_seconds;
            shutdown_all(w, now);
        }
        if (stopping) {
            if (!aborted && now >= stop_at) {
                aborted = true;
                abort_all(w);
                mxqd_store_flush(w->ctx.store, w->index, now);
            }
            /* A connection waiting for its store is still counted. */
            if (w->ctx.count == 0)
                break;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ the server */

static int worker_init(struct worker *w, struct mxqd_server *srv,
                       unsigned index)
{
    const struct mxqd_server_config *cfg = &srv->cfg;

    w->server = srv;
    w->index = index;
    w->wake.kind = MXQD_HANDLE_WAKE;
    w->dns_handle.kind = MXQD_HANDLE_DNS;
    w->wake_fd = -1;
    w->epfd = epoll_create1(EPOLL_CLOEXEC);
    w->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    w->ctx.epfd = w->epfd;
    w->ctx.worker = index;
    w->ctx.buffer_size = LOOP_READ_BUFFER;
    w->ctx.buffer = malloc(w->ctx.buffer_size);
    w->ctx.store = cfg->store;
    w->ctx.tls = cfg->tls;
    w->ctx.policy = cfg->policy;
    w->ctx.spamd = cfg->spamd;
    w->ctx.received_log = cfg->received_log;
    w->ctx.metrics = mxqd_metrics_worker(cfg->metrics, index); /* or NULL */
    if (w->epfd < 0 || w->wake_fd < 0 || w->ctx.buffer == NULL)
        return -1;
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &w->wake };
    if (epoll_ctl(w->epfd, EPOLL_CTL_ADD, w->wake_fd, &ev) < 0)
        return -1;
    struct epoll_event sev = { .events = EPOLLIN, .data.ptr = &w->wake };
    if (epoll_ctl(w->epfd, EPOLL_CTL_ADD,
                  mxqd_store_worker_fd(cfg->store, index), &sev) < 0)
        return -1;
    if (cfg->policy != NULL && cfg->policy->checker != NULL) {
        struct epoll_event cev = { .events = EPOLLIN, .data.ptr = &w->wake };
        if (epoll_ctl(w->epfd, EPOLL_CTL_ADD,
                      mxqd_auth_checker_fd(cfg->policy->checker, index),
                      &cev) < 0)
            return -1;
    }
    if (cfg->dns != NULL) {
        char why[256];
        w->ctx.dns = mxqd_dns_new(cfg->dns, cfg->dns_cache, w->epfd,
                                  &w->dns_handle, why, sizeof why);
        if (w->ctx.dns == NULL) {
            mxqd_log(MXQD_LOG_CRITICAL, "worker %u: resolver: %s", index,
                     why);
            errno = EINVAL;
            return -1;
        }
    }
    watch_listeners(w, true);
    return 0;
}

static void worker_free(struct worker *w)
{
    mxqd_dns_free(w->ctx.dns); /* its connections are gone */
    if (w->epfd >= 0)
        close(w->epfd);
    if (w->wake_fd >= 0)
        close(w->wake_fd);
    free(w->ctx.buffer);
}

struct mxqd_server *mxqd_server_start(const struct mxqd_server_config *cfg,
                                      char *err, size_t errlen)
{
    struct mxqd_server *srv = calloc(1, sizeof *srv);
    unsigned threads = cfg->threads ? cfg->threads : 1;

    if (srv == NULL || cfg->listener_count > MXQD_MAX_LISTENERS) {
        snprintf(err, errlen, "cannot start: %s",
                 srv ? "too many listeners" : "out of memory");
        free(srv);
        return NULL;
    }
    srv->cfg = *cfg;
    srv->cfg.threads = threads;
    atomic_init(&srv->stopping, false);
    for (size_t i = 0; i < cfg->listener_count; i++) {
        srv->listeners[i].handle.kind = MXQD_HANDLE_LISTENER;
        srv->listeners[i].fd = cfg->listeners[i];
        srv->listeners[i].secure =
            cfg->listener_secure != NULL && cfg->listener_secure[i];
    }
    srv->listener_count = cfg->listener_count;
    srv->workers = calloc(threads, sizeof *srv->workers);
    if (srv->workers == NULL) {
        snprintf(err, errlen, "cannot start: out of memory");
        free(srv);
        return NULL;
    }
    for (unsigned i = 0; i < threads; i++) {
        struct worker *w = &srv->workers[i];
        w->epfd = -1;
        if (worker_init(w, srv, i) < 0) {
            snprintf(err, errlen, "cannot start worker %u: %s", i,
                     strerror(errno));
            worker_free(w);
            goto fail;
        }
        if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
            snprintf(err, errlen, "cannot start worker %u", i);
            worker_free(w);
            goto fail;
        }
        srv->started++;
    }
    return srv;
fail:
    mxqd_server_stop(srv);
    mxqd_server_join(srv);
    return NULL;
}

void mxqd_server_stop(struct mxqd_server *srv)
{
    /* Shutting a listening socket refuses new connections at once and
     * makes a pending accept fail; the descriptors stay valid until the
     * workers are gone. */
    atomic_store(&srv->stopping, true);
    for (size_t i = 0; i < srv->listener_count; i++)
        shutdown(srv->listeners[i].fd, SHUT_RDWR);
    for (unsigned i = 0; i < srv->started; i++) {
        uint64_t one = 1;
        if (write(srv->workers[i].wake_fd, &one, sizeof one) < 0) {
            /* The worker still sees the flag within a second. */
        }
    }
}

void mxqd_server_join(struct mxqd_server *srv)
{
    for (unsigned i = 0; i < srv->started; i++) {
        struct worker *w = &srv->workers[i];
        pthread_join(w->thread, NULL);
        worker_free(w);
    }
    free(srv->workers);
    free(srv);
}
