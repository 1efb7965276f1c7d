/*
 * Per-connection glue. Bytes are read into the worker's buffer and fed to
 * the session; only what the session did not take is kept per connection
 * (usually nothing), so an idle connection costs this struct plus the
 * session. Output is written at once; EPOLLOUT is asked for only while
 * some of it waits. Epoll is level-triggered.
 */
#include "connection.h"
#include "amqp_publisher.h"
#include "auth.h"
#include "auth_checker.h"
#include "log.h"
#include "policy.h"
#include "proxy_conn.h"
#include "tls.h"

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
    size_t len = 0;
    if (c->session != NULL)
        mxq_session_output(c->session, &len);
    return len;
}

/* Replies not on the wire yet: the session's, and TLS records waiting. */
static size_t unsent(const struct mxqd_conn *c)
{
    return pending_output(c) + (c->tls ? mxqd_tls_unsent(c->tls) : 0);
}

static bool handshaking(const struct mxqd_conn *c)
{
    return c->tls != NULL && mxqd_tls_handshaking(c->tls);
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
    mxqd_tls_free(c->tls); /* after the session: it points into it */
    free(c->leftover);
    mxqd_proxy_conn_free(c->proxy);
    if (c->auth_job != NULL)
        mxqd_auth_checker_cancel(ctx->policy->checker, c->auth_job);
    if (ctx->policy != NULL)
        mxqd_access_release(ctx->policy->access);
    free(c);
}

/* Closes the socket at once; the memory goes once no store refers to it.
 * Returns false, so that callers can write `return conn_close(...)`. */
static bool conn_close(struct mxqd_conn *c, const char *why)
{
    if (c->fd >= 0) {
        struct mxq_session_stats st = { 0 };
        if (c->session != NULL)
            mxq_session_stats(c->session, &st);
        mxqd_log(MXQD_LOG_INFO,
                 "close %s port %u: %u accepted, %u refused, %u errors%s%s",
                 c->remote_ip, c->remote_port, st.messages_accepted,
                 st.messages_refused, st.errors, why ? ": " : "",
                 why ? why : "");
        if (c->tls != NULL)
            mxqd_tls_close_notify(c->tls); /* best effort, no waiting */
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
    unsigned wants = c->session ? mxq_session_wants(c->session) : 0;

    if (handshaking(c))
        want |= EPOLLIN; /* the client's handshake records */
    else if (!c->storing && !c->eof_seen &&
             c->leftover_len < c->ctx->leftover_max &&
             !(wants & (MXQ_WANT_CLOSE | MXQ_WANT_STARTTLS)))
        want |= EPOLLIN;
    if (unsent(c) > 0)
        want |= EPOLLOUT;
    if (want == c->events)
        return true;
    struct epoll_event ev = { .events = want, .data.ptr = &c->handle };
    if (epoll_ctl(c->ctx->epfd, EPOLL_CTL_MOD, c->fd, &ev) < 0)
        return conn_close(c, strerror(errno));
    c->events = want;
    return true;
}

/* Sends what the session has queued, as far as the socket takes it. With
 * TLS, a record is encrypted only once the previous one is on the wire. */
static bool flush_output(struct mxqd_conn *c)
{
    for (;;) {
        if (c->tls != NULL) {
            if (mxqd_tls_flush(c->tls) < 0)
                return false;
            if (mxqd_tls_unsent(c->tls) > 0)
                return true;
        }
        size_t len;
        const uint8_t *out = mxq_session_output(c->session, &len);
        if (len == 0)
            return true;
        ssize_t n = c->tls != NULL ? mxqd_tls_write(c->tls, out, len)
                                   : send(c->fd, out, len, MSG_NOSIGNAL);
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

/* ------------------------------------------------------------------ TLS */

static bool run(struct mxqd_conn *c, int64_t now);

/* The session: at accept, or on a secure port once TLS is up. The strings
 * it points to live in c (and c->tls), which outlive it. */
static bool start_session(struct mxqd_conn *c, int64_t now)
{
    bool secure = c->tls != NULL;
    struct mxq_connection conn = {
        .local_ip = c->local_ip, .local_port = c->local_port,
        .remote_ip = c->remote_ip, .remote_port = c->remote_port,
        .secure = secure,
        .tls_version = secure ? mxqd_tls_version(c->tls) : NULL,
        .tls_cipher = secure ? mxqd_tls_cipher(c->tls) : NULL,
    };
    if (c->ctx->policy != NULL)
        mxqd_access_ips(c->ctx->policy->access, &c->peer.local, c->local_ip,
                        &c->ip_slot, &conn.ips, &conn.ip_count);
    c->session = mxq_session_new(c->ctx->engine, &conn, now);
    return c->session != NULL;
}

/* Advances the handshake as far as the client's bytes allow. Once it is
 * done the session starts (secure port) or restarts, every state of before
 * forgotten (STARTTLS). Returns false when c was closed. */
static bool handshake_step(struct mxqd_conn *c, int64_t now)
{
    enum mxqd_tls_step step = mxqd_tls_handshake(c->tls);
    char why[200];

    if (mxqd_tls_flush(c->tls) < 0 && step != MXQD_TLS_FAILED)
        return conn_close(c, strerror(errno));
    if (step == MXQD_TLS_AGAIN)
        return set_interest(c);
    if (step == MXQD_TLS_FAILED) {
        snprintf(why, sizeof why, "TLS handshake: %s",
                 mxqd_tls_error(c->tls));
        return conn_close(c, why);
    }
    mxqd_log(MXQD_LOG_INFO, "TLS %s %s with %s port %u",
             mxqd_tls_version(c->tls), mxqd_tls_cipher(c->tls), c->remote_ip,
             c->remote_port);
    if (c->session == NULL) {
        if (!start_session(c, now))
            return conn_close(c, "out of memory");
    } else {
        mxq_session_tls_started(c->session, mxqd_tls_version(c->tls),
                                mxqd_tls_cipher(c->tls), now);
    }
    return run(c, now);
}

/* STARTTLS, its 220 sent. No plaintext the client sent after the command
 * is ever read as a command (CVE-2011-0411): the engine dropped what came
 * with it, the leftover goes here, and from now on only wolfSSL reads the
 * socket, so anything else breaks the handshake. */
static bool start_tls(struct mxqd_conn *c, int64_t now)
{
    if (c->ctx->tls == NULL)
        return conn_close(c, "STARTTLS without a certificate");
    free(c->leftover);
    c->leftover = NULL;
    c->leftover_len = 0;
    c->retry_feed = false;
    c->tls = mxqd_tls_new(c->ctx->tls, c->fd, now);
    if (c->tls == NULL)
        return conn_close(c, "out of memory");
    return handshake_step(c, now);
}

/* ----------------------------------------------------------------- AUTH */

/* A failed AUTH is answered at the first tick this many seconds on (the
 * ticks come each whole second): 1 to 2 s after the attempt, which slows
 * down guessing. The session reads nothing meanwhile. */
#define AUTH_FAILURE_DELAY 2

static void auth_verdict(struct mxqd_conn *c, bool ok, int64_t now)
{
    const char *user, *password;
    size_t ulen, plen;
    char name[65];

    c->auth_job = NULL;
    if (!ok) {
        c->auth_fail_at = now + AUTH_FAILURE_DELAY; /* see auth_due() */
        return;
    }
    mxq_session_credentials(c->session, &user, &ulen, &password, &plen);
    mxqd_auth_loggable(user, ulen, name, sizeof name);
    mxqd_log(MXQD_LOG_INFO, "AUTH %s port %u: authenticated as %s",
             c->remote_ip, c->remote_port, name);
    c->auth_pending = false;
    mxq_session_auth_done(c->session, true, now);
}

/* The session wants its credentials checked: plaintext entries here, at
 * once; crypt hashes on the checker thread. */
static void start_auth(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_policy *p = c->ctx->policy;
    const char *user, *password;
    size_t ulen, plen;

    mxq_session_credentials(c->session, &user, &ulen, &password, &plen);
    c->auth_pending = true;
    c->auth_fail_at = 0;
    switch (p != NULL ? mxqd_auth_check_fast(p->auth, user, ulen, password,
                                             plen)
                      : MXQD_AUTH_DENIED) {
    case MXQD_AUTH_GRANTED:
        auth_verdict(c, true, now);
        return;
    case MXQD_AUTH_DENIED:
        auth_verdict(c, false, now);
        return;
    case MXQD_AUTH_SLOW:
        break;
    }
    c->auth_job = mxqd_auth_checker_submit(p->checker, c->ctx->worker, user,
                                           ulen, password, plen, c);
    if (c->auth_job == NULL)
        auth_verdict(c, false, now); /* out of memory: no entry */
}

/* Tells a failure whose delay is over; true when it did. */
static bool auth_due(struct mxqd_conn *c, int64_t now)
{
    if (!c->auth_pending || c->auth_fail_at == 0 || now < c->auth_fail_at)
        return false;
    c->auth_pending = false;
    c->auth_fail_at = 0;
    mxqd_log(MXQD_LOG_WARNING, "AUTH %s port %u: authentication failed",
             c->remote_ip, c->remote_port);
    mxq_session_auth_done(c->session, false, now);
    return true;
}

void mxqd_conn_auth_checked(struct mxqd_conn *c, bool ok, int64_t now)
{
    auth_verdict(c, ok, now);
    if (ok)
        run(c, now);
}

/* Carries out what the session wants until nothing moves any more.
 * Returns false when the connection was closed (c may be gone). */
static bool run(struct mxqd_conn *c, int64_t now)
{
    for (;;) {
        if (c->fd < 0)
            return false;
        if (handshaking(c))
            break; /* handshake_step() drives the connection */
        if (c->proxy != NULL)
            break; /* proxy_step() does, until the header is read */
        /* Stopping: a message that just got its reply (a refusal, say)
         * is followed by the 421 now, not at the client's next command. */
        if (c->ctx->stopping)
            mxq_session_shutdown(c->session);
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
        if ((wants & MXQ_WANT_AUTH) && !c->auth_pending) {
            start_auth(c, now);
            continue;
        }
        if (c->auth_pending)
            break; /* the checker's verdict, or a failure's delay */
        if (wants & MXQ_WANT_CLOSE) {
            if (unsent(c) == 0)
                return conn_close(c, NULL);
            break;
        }
        if (wants & MXQ_WANT_STARTTLS) {
            if (unsent(c) == 0) /* the 220 went out in plaintext */
                return start_tls(c, now);
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
        if (c->leftover_len == 0)
            c->retry_feed = false; /* nothing waits: an EOF may be told */
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

/* ------------------------------------------------------ trust boundary */

/* At accept: the connection cap, then either a PROXY header to wait for
 * or the smtp-range check. Nothing is said on a secure port (it would
 * not be TLS). Returns false when the socket was refused and closed. */
static bool admit(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_policy *p = c->ctx->policy;

    if (p == NULL)
        return true;
    if (!mxqd_access_take(p->access)) {
        mxqd_log(MXQD_LOG_WARNING, "refused %s port %u: smtp-connections "
                 "reached (%u open)", c->remote_ip, c->remote_port,
                 mxqd_access_in_use(p->access));
        mxqd_access_refuse(c->fd, c->secure_port ? NULL
                                                 : MXQD_REPLY_TOO_MANY);
        return false;
    }
    if (mxqd_access_is_proxy(p->access, &c->peer.remote)) {
        if ((c->proxy = mxqd_proxy_conn_new(&c->peer, now)) != NULL)
            return true;
        mxqd_log(MXQD_LOG_WARNING, "cannot take connection from %s: out of "
                 "memory", c->remote_ip);
    } else if (mxqd_access_allowed(p->access, &c->peer.remote)) {
        return true;
    } else {
        mxqd_log(MXQD_LOG_INFO, "refused %s port %u: not in smtp-range",
                 c->remote_ip, c->remote_port);
    }
    mxqd_access_release(p->access);
    mxqd_access_refuse(c->fd, c->secure_port ? NULL
                                             : MXQD_REPLY_NOT_IN_RANGE);
    return false;
}

/* A proxy's connection is readable: once its header is complete, the
 * header's endpoints are the connection's, and the connection goes on as
 * one accepted from the client itself. Returns false when c was closed. */
static bool proxy_step(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_peer client;
    const char *why = "";
    char proxy_ip[INET6_ADDRSTRLEN];

    switch (mxqd_proxy_conn_read(c->proxy, c->fd, &client, &why)) {
    case MXQD_PROXY_WAIT:
        return true;
    case MXQD_PROXY_FAILED:
        mxqd_access_say(c->fd, NULL); /* a FIN, not a reset */
        return conn_close(c, why);
    case MXQD_PROXY_READY:
        break;
    }
    memcpy(proxy_ip, c->remote_ip, sizeof proxy_ip);
    c->peer = client;
    mxqd_ip_format(&client.local, c->local_ip, sizeof c->local_ip);
    mxqd_ip_format(&client.remote, c->remote_ip, sizeof c->remote_ip);
    c->local_port = client.local_port;
    c->remote_port = client.remote_port;
    mxqd_log(MXQD_LOG_INFO, "PROXY %s from %s: client %s port %u to %s port "
             "%u", mxqd_proxy_conn_kind(c->proxy), proxy_ip, c->remote_ip,
             c->remote_port, c->local_ip, c->local_port);
    mxqd_proxy_conn_free(c->proxy);
    c->proxy = NULL;
    if (!mxqd_access_allowed(c->ctx->policy->access, &c->peer.remote)) {
        mxqd_access_say(c->fd, c->secure_port ? NULL
                                              : MXQD_REPLY_NOT_IN_RANGE);
        return conn_close(c, "not in smtp-range");
    }
    if (c->secure_port) {
        c->tls = c->ctx->tls ? mxqd_tls_new(c->ctx->tls, c->fd, now) : NULL;
        if (c->tls == NULL)
            return conn_close(c, "cannot start TLS");
        return handshake_step(c, now);
    }
    if (!start_session(c, now))
        return conn_close(c, "out of memory");
    return run(c, now);
}

void mxqd_conn_open(struct mxqd_conn_context *ctx, int fd, bool secure,
                    int64_t now)
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
    mxqd_peer_from_sockaddrs(&local, &remote, &c->peer);
    c->secure_port = secure;
    if (!admit(c, now)) {
        free(c); /* the socket is closed */
        return;
    }

    /* A secure port's session starts once the handshake is done; behind
     * a proxy, once the PROXY header is read (proxy_step()). */
    bool ready;
    if (c->proxy != NULL) {
        ready = true;
    } else if (secure) {
        c->tls = ctx->tls ? mxqd_tls_new(ctx->tls, fd, now) : NULL;
        ready = c->tls != NULL;
    } else {
        ready = start_session(c, now);
    }
    c->events = EPOLLIN;
    struct epoll_event ev = { .events = c->events, .data.ptr = &c->handle };
    if (!ready || epoll_ctl(ctx->epfd, EPOLL_CTL_ADD, fd, &ev) < 0) {
        mxqd_log(MXQD_LOG_WARNING, "cannot take connection from %s: %s",
                 c->remote_ip, ready ? strerror(errno) : "out of memory");
        mxq_session_free(c->session);
        mxqd_tls_free(c->tls);
        mxqd_proxy_conn_free(c->proxy);
        if (ctx->policy != NULL)
            mxqd_access_release(ctx->policy->access);
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
    if (c->proxy != NULL)
        return; /* nothing is said before the PROXY header */
    if (c->tls != NULL)
        handshake_step(c, now);
    else
        run(c, now);
}

static bool on_readable(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_conn_context *ctx = c->ctx;
    size_t have = c->leftover_len;

    if (handshaking(c))
        return handshake_step(c, now);
    if (have >= ctx->leftover_max)
        return true; /* the session must take some first */
    if (have > 0)
        memcpy(ctx->buffer, c->leftover, have);
    ssize_t n = c->tls != NULL
        ? mxqd_tls_read(c->tls, ctx->buffer + have, ctx->buffer_size - have)
        : recv(c->fd, ctx->buffer + have, ctx->buffer_size - have, 0);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return true;
        return conn_close(c, c->tls ? mxqd_tls_error(c->tls)
                                    : strerror(errno));
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

/* wolfSSL may hold decrypted bytes that epoll cannot announce: they are
 * read while the connection reads at all (a bounded number of rounds). */
static void read_buffered(struct mxqd_conn *c, int64_t now)
{
    for (int round = 0; round < 64; round++) {
        if (c->fd < 0 || c->tls == NULL || !(c->events & EPOLLIN) ||
            !mxqd_tls_pending(c->tls))
            return;
        if (!on_readable(c, now))
            return;
    }
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
    if (c->proxy != NULL) {
        if (events & EPOLLIN)
            proxy_step(c, now);
        return;
    }
    if (handshaking(c)) {
        handshake_step(c, now);
        return;
    }
    if ((events & EPOLLOUT) && !run(c, now))
        return;
    if ((events & EPOLLIN) && !c->storing && !on_readable(c, now))
        return;
    read_buffered(c, now);
}

void mxqd_conn_tick(struct mxqd_conn *c, int64_t now)
{
    if (c->fd < 0 || c->storing)
        return;
    if (c->proxy != NULL) {
        if (mxqd_proxy_conn_expired(c->proxy, now))
            conn_close(c, "no PROXY header in time");
        return;
    }
    if (handshaking(c)) {
        if (mxqd_tls_expired(c->tls, now))
            conn_close(c, "TLS handshake timeout");
        return;
    }
    if (auth_due(c, now)) {
        run(c, now);
        return;
    }
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
    if (run(c, now))
        read_buffered(c, now);
}

void mxqd_conn_shutdown(struct mxqd_conn *c, int64_t now)
{
    if (c->fd < 0)
        return;
    if (c->proxy != NULL || handshaking(c)) {
        /* No SMTP under way (PROXY header or TLS handshake pending):
         * nothing in flight, and no channel for a 421 yet. */
        conn_close(c, "shutting down");
        return;
    }
    run(c, now); /* run() tells the session */
}

void mxqd_conn_abort(struct mxqd_conn *c)
{
    if (c->storing) {
        c->abort_after_store = true;
        return;
    }
    conn_close(c, "shutting down");
}
