/*
 * The PROXY phase; see proxy_conn.h.
 */
#include "proxy_conn.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "proxy.h"

struct mxqd_proxy_conn {
    struct mxqd_peer real;
    int64_t deadline;
    const char *kind;
    struct mxq_proxy_parser parser; /* large: holds the header */
};

struct mxqd_proxy_conn *mxqd_proxy_conn_new(const struct mxqd_peer *real,
                                            int64_t now)
{
    struct mxqd_proxy_conn *pc = malloc(sizeof *pc);

    if (pc == NULL)
        return NULL;
    pc->real = *real;
    pc->deadline = now + MXQD_PROXY_TIMEOUT;
    pc->kind = "";
    mxq_proxy_init(&pc->parser);
    return pc;
}

void mxqd_proxy_conn_free(struct mxqd_proxy_conn *pc)
{
    free(pc);
}

bool mxqd_proxy_conn_expired(const struct mxqd_proxy_conn *pc, int64_t now)
{
    return now >= pc->deadline;
}

const char *mxqd_proxy_conn_kind(const struct mxqd_proxy_conn *pc)
{
    return pc->kind;
}

static void take_endpoint(const struct mxq_proxy_endpoint *e,
                          enum mxq_proxy_family family, struct mxqd_ip *ip,
                          uint16_t *port)
{
    memset(ip, 0, sizeof *ip);
    ip->family = family == MXQ_PROXY_AF_INET ? AF_INET : AF_INET6;
    memcpy(ip->addr, e->ip, family == MXQ_PROXY_AF_INET ? 4 : 16);
    *port = e->port;
}

static void header_to_peer(struct mxqd_proxy_conn *pc,
                           const struct mxq_proxy_header *h,
                           struct mxqd_peer *client)
{
    *client = pc->real;
    if (h->command == MXQ_PROXY_CMD_LOCAL) {
        pc->kind = "v2 LOCAL";
        return;
    }
    if (h->command == MXQ_PROXY_CMD_UNKNOWN) {
        pc->kind = "v1 UNKNOWN";
        return;
    }
    if (h->family != MXQ_PROXY_AF_INET && h->family != MXQ_PROXY_AF_INET6) {
        pc->kind = h->family == MXQ_PROXY_AF_UNIX ? "v2 UNIX" : "v2 UNSPEC";
        return;
    }
    pc->kind = h->version == 1 ? "v1" : "v2";
    take_endpoint(&h->src, h->family, &client->remote, &client->remote_port);
    take_endpoint(&h->dst, h->family, &client->local, &client->local_port);
}

/* Reads n octets the peek showed (they are there: nobody else reads). */
static bool drop(int fd, size_t n)
{
    uint8_t sink[MXQ_PROXY_MAX];

    while (n > 0) {
        ssize_t got = recv(fd, sink, n, MSG_DONTWAIT);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        n -= (size_t)got;
    }
    return true;
}

enum mxqd_proxy_step mxqd_proxy_conn_read(struct mxqd_proxy_conn *pc, int fd,
                                          struct mxqd_peer *client,
                                          const char **why)
{
    uint8_t peek[MXQ_PROXY_MAX];
    struct mxq_proxy_header header;
    size_t consumed = 0;
    ssize_t n;

    do
        n = recv(fd, peek, sizeof peek, MSG_PEEK | MSG_DONTWAIT);
    while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return MXQD_PROXY_WAIT;
    if (n < 0) {
        *why = strerror(errno);
        return MXQD_PROXY_FAILED;
    }
    if (n == 0) {
        *why = "closed before the end of the PROXY header";
        return MXQD_PROXY_FAILED;
    }
    switch (mxq_proxy_feed(&pc->parser, peek, (size_t)n, &consumed,
                           &header)) {
    case MXQ_PROXY_NEED_MORE:
        if (!drop(fd, consumed)) {
            *why = "cannot read the PROXY header";
            return MXQD_PROXY_FAILED;
        }
        return MXQD_PROXY_WAIT;
    case MXQ_PROXY_DONE:
        if (!drop(fd, consumed)) {
            *why = "cannot read the PROXY header";
            return MXQD_PROXY_FAILED;
        }
        header_to_peer(pc, &header, client);
        return MXQD_PROXY_READY;
    case MXQ_PROXY_ERROR:
        break;
    }
    *why = "not a valid PROXY header";
    return MXQD_PROXY_FAILED;
}
