/*
 * Per-connection glue. Bytes are read into the worker's buffer and fed to
 * the session; only what the session did not take is kept per connection
 * (usually nothing), so an idle connection costs this struct plus the
 * session. Output is written at once; EPOLLOUT is asked for only while
 * some of it waits. Epoll is level-triggered.
 */
#include "connection.h"
#include "amqp_publisher.h"
#include "log.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

/* An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d; it is
 * logged and published as a.b.c.d. */
static void format_address(const struct sockaddr_storage *ss, char *ip,
                           size_t iplen, uint16_t *port)
{
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &sin->sin_addr, ip, (socklen_t)iplen);
        *port = ntohs(sin->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
        if (IN6_IS_ADDR_V4MAPPED(&sin6->sin6_addr))
            inet_ntop(AF_INET, &sin6->sin6_addr.s6_addr[12], ip,
                      (socklen_t)iplen);
        else
            inet_ntop(AF_INET6, &sin6->sin6_addr, ip, (socklen_t)iplen);
        *port = ntohs(sin6->sin6_port);
    } else {
        snprintf(ip, iplen, "unknown");
        *port = 0;
    }
}

static size_t pending_output(const struct mxqd_conn *c)
{
    size_t len;
    mxq_session_output(c->session, &len);
    return len;
}

static void conn_free(struct mxqd_conn *c)
{
    struct mxqd_conn_context *ctx = c->ctx;

    if (c->prev)
        c->prev->next = c->next;
    else
        ctx->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    ctx->count--;
    mxq_session_free(c->session);
    free(c->leftover);
    free(c);
}

/* Closes the socket at once; the memory goes once no store refers to it.
 * Returns false, so that callers can write `return conn_close(...)`. */
static bool conn_close(struct mxqd_conn *c, const char *why)
{
    if (c->fd >= 0) {
        struct mxq_session_stats st;
        mxq_session_stats(c->session, &st);
        mxqd_log(MXQD_LOG_INFO,
                 "close %s port %u: %u accepted, %u refused, %u errors%s%s",
                 c->remote_ip, c->remote_port, st.messages_accepted,
                 st.messages_refused, st.errors, why ? ": " : "",
                 why ? why : "");
        close(c->fd); /* also leaves the epoll set */
        c->fd = -1;
    }
    if (!c->storing)
        conn_free(c);
    return false;
}

/* Returns false when the connection was closed (c may be gone). */
static bool set_interest(struct mxqd_conn *c)
{
    uint32_t want = 0;
    unsigned wants = mxq_session_wants(c->session);

    if (!c->storing && !c->eof_seen && c->leftover_len < c->ctx->leftover_max &&
        !(wants & (MXQ_WANT_CLOSE | MXQ_WANT_STARTTLS)))
        want |= EPOLLIN;
    if (pending_output(c) > 0)
        want |= EPOLLOUT;
    if (want == c->events)
        return true;
    struct epoll_event ev = { .events = want, .data.ptr = &c->handle };
    if (epoll_ctl(c->ctx->epfd, EPOLL_CTL_MOD, c->fd, &ev) < 0)
        return conn_close(c, strerror(errno));
    c->events = want;
    return true;
}

/* Sends what the session has queued, as far as the socket takes it. */
static bool flush_output(struct mxqd_conn *c)
{
    for (;;) {
        size_t len;
        const uint8_t *out = mxq_session_output(c->session, &len);
        if (len == 0)
            return true;
        ssize_t n = send(c->fd, out, len, MSG_NOSIGNAL);
        if (n > 0) {
            mxq_session_output_done(c->session, (size_t)n);
            c->retry_feed = true;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return true;
        } else {
            return false;
        }
    }
}

/* Keeps bytes[0..len) as the leftover; they may not overlap it. */
static bool keep_leftover(struct mxqd_conn *c, const uint8_t *bytes,
                          size_t len)
{
    if (len > c->leftover_len) {
        uint8_t *p = malloc(len);
        if (p == NULL)
            return false;
        free(c->leftover);
        c->leftover = p;
    }
    if (len == 0) {
        free(c->leftover);
        c->leftover = NULL;
    } else {
        memcpy(c->leftover, bytes, len);
    }
    c->leftover_len = (uint32_t)len;
    return true;
}

static void drop_leftover(struct mxqd_conn *c, size_t used)
{
    c->leftover_len -= (uint32_t)used;
    if (c->leftover_len == 0) {
        free(c->leftover);
        c->leftover = NULL;
    } else {
        memmove(c->leftover, c->leftover + used, c->leftover_len);
    }
}

/* Hands the message's documents to this iteration's batch. */
static void start_store(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_conn_context *ctx = c->ctx;
    size_t count;
    const struct mxq_document *docs = mxq_session_documents(c->session, &count);

    if (ctx->amqp != NULL) {
        /* The publisher copies the documents. */
        if (mxqd_amqp_submit(ctx->amqp, ctx->worker, docs, count, c) < 0) {
            mxqd_log(MXQD_LOG_WARNING, "cannot publish message from %s: no "
                     "broker connected, or out of memory", c->remote_ip);
            mxq_session_store_done(c->session, false, now);
            return;
        }
        c->storing = true;
        return;
    }
    int err = mxqd_fq_batch_add(ctx->batch, docs, count);

    if (err) {
        mxqd_log(MXQD_LOG_CRITICAL, "cannot queue message from %s: %s",
                 c->remote_ip, strerror(err));
        mxq_session_store_done(c->session, false, now);
        return;
    }
    c->storing = true;
    c->batch_next = ctx->batch_conns;
    ctx->batch_conns = c;
}

/* Carries out what the session wants until nothing moves any more.
 * Returns false when the connection was closed (c may be gone). */
static bool run(struct mxqd_conn *c, int64_t now)
{
    for (;;) {
        if (c->fd < 0)
            return false;
        if (!flush_output(c))
            return conn_close(c, strerror(errno));
        unsigned wants = mxq_session_wants(c->session);
        if ((wants & MXQ_WANT_STORE) && !c->storing) {
            start_store(c, now);
            if (c->storing)
                break;
            continue; /* refused at once: the 451 is queued */
        }
        if (c->storing)
            break;
        if (wants & (MXQ_WANT_CLOSE | MXQ_WANT_STARTTLS)) {
            /* STARTTLS is not built yet (issue 5): the engine never
             * advertises it, so this only ends the connection. */
            if (pending_output(c) == 0)
                return conn_close(c, wants & MXQ_WANT_CLOSE
                                         ? NULL : "STARTTLS unavailable");
            break;
        }
        if (c->leftover_len > 0 && c->retry_feed) {
            c->retry_feed = false;
            size_t used = mxq_session_feed(c->session, c->leftover,
                                           c->leftover_len, now);
            if (used > 0) {
                drop_leftover(c, used);
                continue;
            }
        }
        /* The client's EOF is told once all it sent has been taken, or
         * when what is left cannot be taken any more. */
        if (c->eof_seen && !c->eof_sent && !c->retry_feed &&
            pending_output(c) == 0) {
            c->eof_sent = true;
            mxq_session_eof(c->session, now);
            continue;
        }
        break;
    }
    return set_interest(c);
}

void mxqd_conn_open(struct mxqd_conn_context *ctx, int fd, int64_t now)
{
    struct sockaddr_storage local, remote;
    socklen_t llen = sizeof local, rlen = sizeof remote;
    struct mxqd_conn *c = calloc(1, sizeof *c);

    if (c == NULL || getsockname(fd, (struct sockaddr *)&local, &llen) < 0 ||
        getpeername(fd, (struct sockaddr *)&remote, &rlen) < 0) {
        mxqd_log(MXQD_LOG_WARNING, "cannot take connection: %s",
                 c ? strerror(errno) : "out of memory");
        free(c);
        close(fd);
        return;
    }
    c->handle.kind = MXQD_HANDLE_CONN;
    c->ctx = ctx;
    c->fd = fd;
    format_address(&local, c->local_ip, sizeof c->local_ip, &c->local_port);
    format_address(&remote, c->remote_ip, sizeof c->remote_ip,
                   &c->remote_port);

    struct mxq_connection conn = {
        .local_ip = c->local_ip, .local_port = c->local_port,
        .remote_ip = c->remote_ip, .remote_port = c->remote_port,
        .secure = false,
    };
    c->session = mxq_session_new(ctx->engine, &conn, now);
    c->events = EPOLLIN;
    struct epoll_event ev = { .events = c->events, .data.ptr = &c->handle };
    if (c->session == NULL || epoll_ctl(ctx->epfd, EPOLL_CTL_ADD, fd, &ev) < 0) {
        mxqd_log(MXQD_LOG_WARNING, "cannot take connection from %s: %s",
                 c->remote_ip, c->session ? strerror(errno) : "out of memory");
        mxq_session_free(c->session);
        free(c);
        close(fd);
        return;
    }
    c->next = ctx->conns;
    if (ctx->conns)
        ctx->conns->prev = c;
    ctx->conns = c;
    ctx->count++;
    mxqd_log(MXQD_LOG_INFO, "open %s port %u to %s port %u (worker %u)",
             c->remote_ip, c->remote_port, c->local_ip, c->local_port,
             ctx->worker);
    run(c, now);
}

static bool on_readable(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_conn_context *ctx = c->ctx;
    size_t have = c->leftover_len;

    if (have >= ctx->leftover_max)
        return true; /* the session must take some first */
    if (have > 0)
        memcpy(ctx->buffer, c->leftover, have);
    ssize_t n = recv(c->fd, ctx->buffer + have, ctx->buffer_size - have, 0);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return true;
        return conn_close(c, strerror(errno));
    }
    if (n == 0) {
        c->eof_seen = true;
        return run(c, now);
    }

    size_t total = have + (size_t)n;
    size_t used = mxq_session_feed(c->session, ctx->buffer, total, now);
    if (!keep_leftover(c, ctx->buffer + used, total - used))
        return conn_close(c, "out of memory");
    c->retry_feed = false;
    return run(c, now);
}

void mxqd_conn_event(struct mxqd_conn *c, uint32_t events, int64_t now)
{
    if (c->fd < 0)
        return;
    if (events & (EPOLLERR | EPOLLHUP)) {
        /* Reset, or both directions shut: no reply can reach the client.
         * A store in progress goes on; its outcome cannot be told. */
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
        conn_close(c, err ? strerror(err) : "connection lost");
        return;
    }
    if ((events & EPOLLOUT) && !run(c, now))
        return;
    if ((events & EPOLLIN) && !c->storing)
        on_readable(c, now);
}

void mxqd_conn_tick(struct mxqd_conn *c, int64_t now)
{
    if (c->fd < 0 || c->storing)
        return;
    mxq_session_tick(c->session, now);
    if (mxq_session_wants(c->session) & MXQ_WANT_CLOSE)
        run(c, now);
}

static void log_stored(const struct mxqd_conn *c)
{
    char ids[600];
    size_t used = 0, count;
    const struct mxq_document *docs = mxq_session_documents(c->session, &count);

    ids[0] = '\0';
    for (size_t i = 0; i < count && used < sizeof ids; i++) {
        int n = snprintf(ids + used, sizeof ids - used, "%s%s", i ? " " : "",
                         docs[i].message_id);
        if (n < 0)
            break;
        used += (size_t)n;
    }
    mxqd_log(MXQD_LOG_INFO, "message from %s stored for %zu recipients: %s",
             c->remote_ip, count, ids);
}

void mxqd_conn_stored(struct mxqd_conn *c, bool ok, int64_t now)
{
    c->storing = false;
    if (ok)
        log_stored(c);
    mxq_session_store_done(c->session, ok, now);
    if (c->fd < 0) {
        conn_free(c);
        return;
    }
    c->retry_feed = true;
    if (c->abort_after_store) {
        flush_output(c); /* best effort: the client may still read it */
        conn_close(c, "shutting down");
        return;
    }
    run(c, now);
}

void mxqd_conn_abort(struct mxqd_conn *c)
{
    if (c->storing) {
        c->abort_after_store = true;
        return;
    }
    conn_close(c, "shutting down");
}
