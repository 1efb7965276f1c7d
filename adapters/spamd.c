#include "spamd.h"
#include "connection.h"

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

/* What spamd may answer: more is garbage (engine/checks/spam.h's
 * MXQ_SPAM_REPLY_MAX), cut one octet past so that the engine sees it. */
#define SPAMD_REPLY_CAP (64 * 1024 + 1)

struct mxqd_spamd_scan {
    struct mxqd_handle handle;  /* MXQD_HANDLE_SPAMD */
    struct mxqd_spamd_scan *next; /* the connection's list, then the
                                     context's list of ended scans */
    struct mxqd_conn *conn;
    uint32_t id;
    int fd;
    int64_t deadline;
    uint8_t *out;               /* the request: head and message */
    size_t out_len, sent;
    uint8_t *in;                /* spamd's reply */
    size_t in_len;
    bool ended, ok;
};

bool mxqd_spamd_config_init(struct mxqd_spamd_config *cfg, const char *host,
                            unsigned port, unsigned timeout, char *err,
                            size_t errlen)
{
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_ADDRCONFIG};
    struct addrinfo *res = NULL;
    char service[16];
    snprintf(service, sizeof service, "%u", port);
    int rc = getaddrinfo(host, service, &hints, &res);
    if (rc != 0 || res == NULL || res->ai_addrlen > sizeof cfg->addr) {
        snprintf(err, errlen, "spamassassin-host %s: %s", host,
                 rc != 0 ? gai_strerror(rc) : "no address");
        if (res != NULL)
            freeaddrinfo(res);
        return false;
    }
    memcpy(&cfg->addr, res->ai_addr, res->ai_addrlen);
    cfg->addr_len = res->ai_addrlen;
    cfg->timeout = timeout;
    freeaddrinfo(res);
    return true;
}

static void unlink_scan(struct mxqd_spamd_scan **list,
                        struct mxqd_spamd_scan *s)
{
    for (struct mxqd_spamd_scan **p = list; *p != NULL; p = &(*p)->next)
        if (*p == s) {
            *p = s->next;
            return;
        }
}

static void scan_free(struct mxqd_spamd_scan *s)
{
    if (s->fd >= 0)
        close(s->fd); /* also leaves the epoll set */
    free(s->out);
    free(s->in);
    free(s);
}

/* The scan is over: off its connection, onto the list of ended ones. */
static void end(struct mxqd_spamd_scan *s, bool ok)
{
    if (s->ended)
        return;
    s->ended = true;
    s->ok = ok;
    if (s->fd >= 0) {
        close(s->fd);
        s->fd = -1;
    }
    unlink_scan(&s->conn->scans, s);
    s->next = s->conn->ctx->spamd_done;
    s->conn->ctx->spamd_done = s;
}

bool mxqd_spamd_start(struct mxqd_conn *c, const struct mxq_request *r,
                      int64_t now)
{
    const struct mxqd_spamd_config *cfg = c->ctx->spamd;
    if (cfg == NULL)
        return false;
    struct mxqd_spamd_scan *s = calloc(1, sizeof *s);
    if (s == NULL)
        return false;
    s->handle.kind = MXQD_HANDLE_SPAMD;
    s->conn = c;
    s->id = r->id;
    s->fd = -1;
    s->deadline = now + (int64_t)cfg->timeout;
    /* The engine's octets last only until the next call into the
     * session, and a scan may outlive its check's deadline. */
    s->out_len = r->u.spam.head_len + r->u.spam.message_len;
    s->out = malloc(s->out_len ? s->out_len : 1);
    s->in = malloc(SPAMD_REPLY_CAP);
    if (s->out == NULL || s->in == NULL) {
        scan_free(s);
        return false;
    }
    memcpy(s->out, r->u.spam.head, r->u.spam.head_len);
    memcpy(s->out + r->u.spam.head_len, r->u.spam.message,
           r->u.spam.message_len);
    s->fd = socket(cfg->addr.ss_family,
                   SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct epoll_event ev = {.events = EPOLLOUT | EPOLLIN, .data.ptr = s};
    if (s->fd < 0 ||
        (connect(s->fd, (const struct sockaddr *)&cfg->addr, cfg->addr_len) <
             0 &&
         errno != EINPROGRESS) ||
        epoll_ctl(c->ctx->epfd, EPOLL_CTL_ADD, s->fd, &ev) < 0) {
        /* spamd refused or is unreachable: the scan fails, answered
         * later like any other. */
        s->next = c->scans;
        c->scans = s;
        end(s, false);
        return true;
    }
    s->next = c->scans;
    c->scans = s;
    return true;
}

static void want(struct mxqd_spamd_scan *s, uint32_t events)
{
    struct epoll_event ev = {.events = events, .data.ptr = s};
    if (epoll_ctl(s->conn->ctx->epfd, EPOLL_CTL_MOD, s->fd, &ev) < 0)
        end(s, false);
}

void mxqd_spamd_event(struct mxqd_spamd_scan *s, uint32_t events)
{
    if (s->ended)
        return;
    if (s->sent < s->out_len && (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
        ssize_t n = send(s->fd, s->out + s->sent, s->out_len - s->sent,
                         MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            end(s, false); /* refused, reset */
            return;
        }
        if (n > 0)
            s->sent += (size_t)n;
        if (s->sent == s->out_len) {
            /* All of it is out: spamd reads Content-length octets and
             * answers; only its reply is waited for now. */
            shutdown(s->fd, SHUT_WR);
            want(s, EPOLLIN);
        }
        return;
    }
    if (!(events & (EPOLLIN | EPOLLERR | EPOLLHUP)))
        return;
    for (;;) {
        ssize_t n = recv(s->fd, s->in + s->in_len, SPAMD_REPLY_CAP - s->in_len,
                         0);
        if (n > 0) {
            s->in_len += (size_t)n;
            if (s->in_len == SPAMD_REPLY_CAP) {
                end(s, true); /* too long: the engine says so */
                return;
            }
            continue;
        }
        if (n == 0) {
            /* spamd closed: the reply is whole (a reply before the whole
             * request was taken is spamd's error, read all the same) */
            end(s, true);
            return;
        }
        if (errno == EAGAIN || errno == EINTR)
            return;
        end(s, false);
        return;
    }
}

void mxqd_spamd_expire(struct mxqd_conn *c, int64_t now)
{
    for (struct mxqd_spamd_scan *s = c->scans, *next; s != NULL; s = next) {
        next = s->next;
        if (now >= s->deadline)
            end(s, false);
    }
}

void mxqd_spamd_complete(struct mxqd_conn_context *ctx, int64_t now)
{
    while (ctx->spamd_done != NULL) {
        struct mxqd_spamd_scan *s = ctx->spamd_done;
        ctx->spamd_done = s->next;
        /* The answer may free the connection: nothing of it after. */
        struct mxqd_conn *c = s->conn;
        uint32_t id = s->id;
        bool ok = s->ok;
        uint8_t *reply = s->in;
        size_t n = s->in_len;
        s->in = NULL;
        scan_free(s);
        mxqd_conn_scanned(c, id, ok, reply, n, now);
        free(reply);
    }
}

void mxqd_spamd_cancel(struct mxqd_conn *c)
{
    while (c->scans != NULL) {
        struct mxqd_spamd_scan *s = c->scans;
        c->scans = s->next;
        scan_free(s);
    }
    /* Ended but not yet answered: the answer must not reach c. */
    struct mxqd_spamd_scan **p = &c->ctx->spamd_done;
    while (*p != NULL) {
        if ((*p)->conn == c) {
            struct mxqd_spamd_scan *s = *p;
            *p = s->next;
            scan_free(s);
        } else {
            p = &(*p)->next;
        }
    }
}
