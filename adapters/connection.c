/*
 * Per-connection glue. Bytes are read into the worker's buffer, as many as
 * the session has room for, and fed to it: the session takes them all,
 * so an idle connection costs this struct plus the session. Output is
 * written at once; EPOLLOUT is asked for only while some of it waits. The
 * session's requests are carried out as they come; every rule of when to
 * do what is the engine's. Epoll is level-triggered.
 */
#include "connection.h"
#include "auth.h"
#include "auth_checker.h"
#include "client_limits.h"
#include "config_gen.h"
#include "conn_lookup.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "proxy_conn.h"
#include "received_log.h"
#include "spamd.h"
#include "store.h"
#include "tls.h"

#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

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
    mxqd_conn_lookups_cancel(c);
    mxqd_spamd_cancel(c);
    mxqd_metrics_session(ctx->metrics, c->session, &c->refused_seen);
    mxq_session_free(c->session);
    mxqd_tls_free(c->tls); /* after the session: it points into it */
    mxqd_proxy_conn_free(c->proxy);
    if (c->auth_job != NULL)
        mxqd_auth_checker_cancel(ctx->policy->checker, c->auth_job);
    if (ctx->policy != NULL)
        mxqd_access_release(ctx->policy->access);
    if (c->client_counted)
        mxqd_client_limits_leave(ctx->policy->limits, &c->peer.remote);
    mxqd_config_release(c->gen); /* after the session, which used it */
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
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_CLOSED, 1);
    }
    if (!c->storing)
        conn_free(c);
    return false;
}

/* Returns false when the connection was closed (c may be gone). */
static bool set_interest(struct mxqd_conn *c)
{
    uint32_t want = 0;

    if (handshaking(c) || c->proxy != NULL)
        want |= EPOLLIN; /* the client's handshake records, the header */
    else if (c->session != NULL && !c->eof_seen && !c->close_wanted &&
             mxq_session_input_room(c->session) > 0)
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
static bool flush_output(struct mxqd_conn *c, int64_t now)
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
            mxq_session_output_done(c->session, (size_t)n, now);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return true;
        } else {
            return false;
        }
    }
}

/* Hands the message's documents to the store. */
static void start_store(struct mxqd_conn *c, const struct mxq_request *r,
                        int64_t now)
{
    struct mxqd_conn_context *ctx = c->ctx;
    const struct mxq_document *docs = r->u.store.documents;
    size_t count = r->u.store.count;

    c->store_id = r->id;
    c->store_count = count;
    c->store_docs = docs;
    c->store_ignored = r->u.store.ignored_fields;
    c->store_refused = r->u.store.refused;
    c->store_started_ns = mxqd_metrics_now_ns(ctx->metrics);
    int err = mxqd_store_submit(ctx->store, ctx->worker, docs, count, c);
    if (err) {
        /* EAGAIN: the broker is away, which the operator hears of from
         * the publisher already. */
        mxqd_log(err == EAGAIN ? MXQD_LOG_WARNING : MXQD_LOG_CRITICAL,
                 "cannot store message from %s: %s",
                 c->remote_ip, err == EAGAIN ? "no broker connected, or "
                 "out of memory" : strerror(err));
        mxq_session_stored(c->session, r->id, false, now);
        return;
    }
    c->storing = true;
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
        .remote_ipv6 = c->peer.remote.family == AF_INET6,
        .remote_addr_known = c->peer.remote.family != 0,
        .secure = secure,
        .tls_version = secure ? mxqd_tls_version(c->tls) : NULL,
        .tls_cipher = secure ? mxqd_tls_cipher(c->tls) : NULL,
        .counters = mxqd_metrics_engine(c->ctx->metrics),
    };
    memcpy(conn.remote_addr, c->peer.remote.addr, sizeof conn.remote_addr);
    if (c->ctx->policy != NULL)
        mxqd_access_ips(c->ctx->policy->access, &c->peer.local, c->local_ip,
                        &c->ip_slot, &conn.ips, &conn.ip_count);
    /* the configuration in force now, for the whole session */
    c->gen = mxqd_config_take();
    c->session = c->gen ? mxq_session_new(&c->gen->engine, &conn, now)
                        : NULL;
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
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                         MXQD_REFUSED_TLS, 1);
        snprintf(why, sizeof why, "TLS handshake: %s",
                 mxqd_tls_error(c->tls));
        return conn_close(c, why);
    }
    mxqd_log(MXQD_LOG_INFO, "TLS %s %s with %s port %u",
             mxqd_tls_version(c->tls), mxqd_tls_cipher(c->tls), c->remote_ip,
             c->remote_port);
    mxqd_metrics_tls(c->ctx->metrics, mxqd_tls_version(c->tls));
    if (c->session == NULL) {
        if (!start_session(c, now))
            return conn_close(c, "out of memory");
    } else {
        mxq_session_tls_started(c->session, c->tls_id,
                                mxqd_tls_version(c->tls),
                                mxqd_tls_cipher(c->tls), now);
    }
    return run(c, now);
}

/* STARTTLS, its 220 sent. No plaintext the client sent after the command
 * is ever read as a command (CVE-2011-0411): the engine dropped what came
 * with it, and from now on only wolfSSL reads the socket, so anything
 * else breaks the handshake. */
static bool start_tls(struct mxqd_conn *c, uint32_t id, int64_t now)
{
    if (c->ctx->tls == NULL)
        return conn_close(c, "STARTTLS without a certificate");
    c->tls_id = id;
    c->tls = mxqd_tls_new(c->ctx->tls, c->fd, now);
    if (c->tls == NULL)
        return conn_close(c, "out of memory");
    return handshake_step(c, now);
}

/* ----------------------------------------------------------------- AUTH */

/* The verdict on request c->auth; the engine delays a failure's reply. */
static void auth_verdict(struct mxqd_conn *c, bool ok, int64_t now)
{
    char name[65];

    c->auth_job = NULL;
    if (c->auth.id == 0)
        return;
    mxqd_metrics_add(c->ctx->metrics, ok ? MXQD_M_AUTH_SUCCESS
                                         : MXQD_M_AUTH_FAILURE, 1);
    if (ok) {
        mxqd_auth_loggable(c->auth.u.auth.user, c->auth.u.auth.user_len, name,
                           sizeof name);
        mxqd_log(MXQD_LOG_INFO, "AUTH %s port %u: authenticated as %s",
                 c->remote_ip, c->remote_port, name);
    } else {
        mxqd_log(MXQD_LOG_WARNING, "AUTH %s port %u: authentication failed",
                 c->remote_ip, c->remote_port);
    }
    uint32_t id = c->auth.id;
    c->auth.id = 0;
    mxq_session_authenticated(c->session, id, ok, now);
}

/* The session wants its credentials checked: plaintext entries here, at
 * once; crypt hashes on the checker thread. */
static void start_auth(struct mxqd_conn *c, const struct mxq_request *r,
                       int64_t now)
{
    struct mxqd_policy *p = c->ctx->policy;
    const char *user = r->u.auth.user, *password = r->u.auth.password;
    size_t ulen = r->u.auth.user_len, plen = r->u.auth.password_len;

    c->auth = *r; /* what it points to is valid until answered */
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

void mxqd_conn_auth_checked(struct mxqd_conn *c, bool ok, int64_t now)
{
    auth_verdict(c, ok, now);
    run(c, now);
}

void mxqd_conn_resolved(struct mxqd_conn *c, uint32_t id,
                        enum mxq_dns_rcode rcode,
                        const struct mxq_dns_record *records, size_t n,
                        uint32_t ttl, int64_t now)
{
    if (c->session == NULL)
        return;
    mxq_session_resolved(c->session, id, rcode, records, n, ttl, now);
    run(c, now);
}

void mxqd_conn_scanned(struct mxqd_conn *c, uint32_t id, bool ok,
                       const uint8_t *reply, size_t n, int64_t now)
{
    if (c->session == NULL)
        return;
    mxq_session_scanned(c->session, id, ok, reply, n, now);
    run(c, now);
}

/* Carries out the session's requests until nothing moves any more.
 * Returns false when the connection was closed (c may be gone). */
static bool run(struct mxqd_conn *c, int64_t now)
{
    for (;;) {
        if (c->fd < 0)
            return false;
        if (handshaking(c) || c->proxy != NULL)
            break; /* handshake_step() or proxy_step() drive it */
        if (!flush_output(c, now))
            return conn_close(c, strerror(errno));
        size_t count;
        const struct mxq_request *reqs =
            mxq_session_requests(c->session, &count);
        if (count == 0)
            break;
        /* The array lasts only until the next call into the session. */
        struct mxq_request batch[MXQ_REQUESTS_MAX];
        if (count > sizeof batch / sizeof batch[0])
            return conn_close(c, "too many requests at once");
        memcpy(batch, reqs, count * sizeof *batch);
        for (size_t i = 0; i < count; i++) {
            switch (batch[i].kind) {
            case MXQ_REQUEST_STORE:
                start_store(c, &batch[i], now);
                break;
            case MXQ_REQUEST_AUTH:
                start_auth(c, &batch[i], now);
                break;
            case MXQ_REQUEST_STARTTLS:
                return start_tls(c, batch[i].id, now);
            case MXQ_REQUEST_RESOLVE:
                if (!mxqd_conn_lookup_start(c, &batch[i]))
                    mxq_session_resolved(c->session, batch[i].id,
                                         MXQ_DNS_SERVFAIL, NULL, 0, 0, now);
                break;
            case MXQ_REQUEST_SPAM_SCAN:
                if (!mxqd_spamd_start(c, &batch[i], now))
                    mxq_session_scanned(c->session, batch[i].id, false, NULL,
                                        0, now);
                break;
            case MXQ_REQUEST_CLOSE:
                c->close_wanted = true;
                break;
            }
        }
    }
    mxqd_metrics_session(c->ctx->metrics, c->session, &c->refused_seen);
    if (c->close_wanted && unsent(c) == 0)
        return conn_close(c, NULL);
    return set_interest(c);
}

/* ------------------------------------------------------ trust boundary */

/* The engine's reply to a connection it never sees, in line; NULL on a
 * secure port, where nothing is said (it would not be TLS). */
static const char *refusal_line(const struct mxqd_conn *c,
                                enum mxq_refusal r, char line[128])
{
    return !c->secure_port && mxq_refusal_reply(r, line, 128) > 0 ? line
                                                                  : NULL;
}

static void say_refusal(struct mxqd_conn *c, enum mxq_refusal r)
{
    char line[128];
    mxqd_access_say(c->fd, refusal_line(c, r, line));
}

/* say_refusal(), then the close. */
static void refuse(struct mxqd_conn *c, enum mxq_refusal r)
{
    char line[128];
    mxqd_access_refuse(c->fd, refusal_line(c, r, line));
}

/* The client is known (at accept, or from its PROXY header): its own
 * limits. False: refused, said to the client (as refuse() does) and
 * logged; the caller closes. */
static bool admit_client(struct mxqd_conn *c, int64_t now)
{
    struct mxqd_client_limits *l = c->ctx->policy->limits;
    enum mxqd_admission a =
        mxqd_client_limits_admit(l, &c->peer.remote, now, &c->client_counted);
    if (a == MXQD_ADMITTED)
        return true;
    mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                     MXQD_REFUSED_CLIENT_LIMIT, 1);
    bool too_many = a == MXQD_TOO_MANY_OPEN;
    mxqd_log(MXQD_LOG_INFO, "refused %s port %u: %s", c->remote_ip,
             c->remote_port, too_many ? "smtp-connections-per-ip reached"
                                      : "smtp-connection-rate reached");
    say_refusal(c, too_many ? MXQ_REFUSAL_CLIENT_TOO_MANY
                            : MXQ_REFUSAL_CLIENT_TOO_FAST);
    return false;
}

/* At accept: the connection cap, then either a PROXY header to wait for
 * or the smtp-range check and the client's limits. Nothing is said on a secure port (it would
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
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                         MXQD_REFUSED_LIMIT, 1);
        refuse(c, MXQ_REFUSAL_TOO_MANY);
        return false;
    }
    if (mxqd_access_is_proxy(p->access, &c->peer.remote)) {
        if ((c->proxy = mxqd_proxy_conn_new(&c->peer, now)) != NULL)
            return true;
        mxqd_log(MXQD_LOG_WARNING, "cannot take connection from %s: out of "
                 "memory", c->remote_ip);
    } else if (mxqd_access_allowed(p->access, &c->peer.remote)) {
        if (admit_client(c, now))
            return true;
        mxqd_access_release(p->access);
        close(c->fd);
        return false;
    } else {
        mxqd_log(MXQD_LOG_INFO, "refused %s port %u: not in smtp-range",
                 c->remote_ip, c->remote_port);
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                         MXQD_REFUSED_RANGE, 1);
    }
    mxqd_access_release(p->access);
    refuse(c, MXQ_REFUSAL_NOT_IN_RANGE);
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
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                         MXQD_REFUSED_PROXY, 1);
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
        mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                         MXQD_REFUSED_RANGE, 1);
        say_refusal(c, MXQ_REFUSAL_NOT_IN_RANGE);
        return conn_close(c, "not in smtp-range");
    }
    if (!admit_client(c, now))
        return conn_close(c, "a per-client limit");
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

    mxqd_metrics_add(ctx->metrics, MXQD_M_CONN_ACCEPTED, 1);
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
    /* An IPv4 client on a dual-stack socket (::ffff:a.b.c.d) is logged
     * and published as a.b.c.d; an unknown family as "unknown". */
    mxqd_peer_from_sockaddrs(&local, &remote, &c->peer);
    mxqd_ip_format(&c->peer.local, c->local_ip, sizeof c->local_ip);
    mxqd_ip_format(&c->peer.remote, c->remote_ip, sizeof c->remote_ip);
    c->local_port = c->peer.local_port;
    c->remote_port = c->peer.remote_port;
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
    mxqd_metrics_add(ctx->metrics, MXQD_M_CONN_OPENED, 1);
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

    if (handshaking(c))
        return handshake_step(c, now);
    size_t room = mxq_session_input_room(c->session);
    if (room == 0 || c->eof_seen)
        return set_interest(c); /* the session must go on first */
    if (room > ctx->buffer_size)
        room = ctx->buffer_size;
    ssize_t n = c->tls != NULL ? mxqd_tls_read(c->tls, ctx->buffer, room)
                               : recv(c->fd, ctx->buffer, room, 0);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return true;
        return conn_close(c, c->tls ? mxqd_tls_error(c->tls)
                                    : strerror(errno));
    }
    if (n == 0) {
        c->eof_seen = true;
        mxq_session_eof(c->session, now);
        return run(c, now);
    }
    mxqd_metrics_add(ctx->metrics, MXQD_M_RECEIVED_BYTES, (uint64_t)n);
    if (mxq_session_feed(c->session, ctx->buffer, (size_t)n, now) !=
        (size_t)n)
        return conn_close(c, "session refused input it had room for");
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
    if ((events & EPOLLIN) && !on_readable(c, now))
        return;
    read_buffered(c, now);
}

void mxqd_conn_tick(struct mxqd_conn *c, int64_t now)
{
    mxqd_spamd_expire(c, now);
    if (c->fd < 0 || c->storing)
        return;
    if (c->proxy != NULL) {
        if (mxqd_proxy_conn_expired(c->proxy, now)) {
            mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                             MXQD_REFUSED_PROXY, 1);
            conn_close(c, "no PROXY header in time");
        }
        return;
    }
    if (handshaking(c)) {
        if (mxqd_tls_expired(c->tls, now)) {
            mxqd_metrics_add(c->ctx->metrics, MXQD_M_CONN_REFUSED +
                             MXQD_REFUSED_TLS, 1);
            conn_close(c, "TLS handshake timeout");
        }
        return;
    }
    mxq_session_tick(c->session, now);
    run(c, now);
}

static void log_stored(const struct mxqd_conn *c)
{
    char ids[600];
    size_t used = 0, count = c->store_count;
    const struct mxq_document *docs = c->store_docs;

    ids[0] = '\0';
    for (size_t i = 0; i < count && used < sizeof ids; i++) {
        int n = snprintf(ids + used, sizeof ids - used, "%s%s", i ? " " : "",
                         docs[i].message_id);
        if (n < 0)
            break;
        used += (size_t)n;
    }
    /* the queues, each once: inbox, local, reports or refused */
    char queues[300];
    size_t qused = 0;
    queues[0] = '\0';
    for (size_t i = 0; i < count && qused < sizeof queues; i++) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(docs[j].queue, docs[i].queue) == 0;
        int n = seen ? 0 : snprintf(queues + qused, sizeof queues - qused,
                                    "%s%s", qused ? ", " : "",
                                    docs[i].queue);
        if (n < 0)
            break;
        qused += (size_t)n;
    }
    mxqd_log(MXQD_LOG_INFO, "message from %s stored in %s for %zu "
             "recipients: %s", c->remote_ip, queues, count, ids);
    if (c->store_ignored > 0)
        mxqd_log(MXQD_LOG_INFO, "message from %s: %zu x-mq-* header "
                 "fields ignored (smtp-extract: authenticated, client not "
                 "authenticated)", c->remote_ip, c->store_ignored);
}

void mxqd_conn_stored(struct mxqd_conn *c, bool ok, int64_t now)
{
    c->storing = false;
    mxqd_metrics_stored(c->ctx->metrics, c->store_docs, c->store_count, ok,
                        !c->store_refused, c->store_started_ns);
    if (ok)
        log_stored(c);
    /* received-log: accepted mail only, not what the refused queue
     * keeps */
    if (ok && !c->store_refused && c->ctx->received_log != NULL &&
        c->store_count > 0)
        mxqd_received_log_write(c->ctx->received_log, c->store_docs,
                                c->store_count);
    mxq_session_stored(c->session, c->store_id, ok, now);
    if (c->fd < 0) {
        conn_free(c);
        return;
    }
    if (c->abort_after_store) {
        flush_output(c, now); /* best effort: the client may still read it */
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
    mxq_session_shutdown(c->session, now);
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
