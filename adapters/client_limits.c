/*
 * The per-client limits; see client_limits.h.
 */
#include "client_limits.h"

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "client_count.h"
#include "rate_limit.h"

struct mxqd_client_limits {
    struct mxqd_cidr_list exempt;
    struct mxqd_client_count *open;     /* NULL: no limit */
    struct mxqd_rate_limit *connections; /* NULL: no limit */
    struct mxqd_rate_limit *messages;   /* NULL: no limit */
    struct mxqd_rate_limit *refused;    /* never NULL */
};

struct mxqd_client_limits *mxqd_client_limits_new(const struct mxqd_settings *s)
{
    struct mxqd_client_limits *l = calloc(1, sizeof *l);
    if (l == NULL)
        return NULL;
    unsigned prefix = s->smtp_ipv6_prefix;
    l->exempt = s->smtp_rate_exempt;
    bool ok = true;
    if (s->smtp_connections_per_ip > 0)
        ok &= (l->open = mxqd_client_count_new(s->smtp_connections_per_ip,
                                               MXQD_CLIENT_SLOTS, prefix)) !=
              NULL;
    if (s->smtp_connection_rate > 0)
        ok &= (l->connections = mxqd_rate_limit_new(
                   s->smtp_connection_rate, MXQD_CLIENT_SLOTS, prefix)) != NULL;
    if (s->smtp_message_rate > 0)
        ok &= (l->messages = mxqd_rate_limit_new(
                   s->smtp_message_rate, MXQD_CLIENT_SLOTS, prefix)) != NULL;
    ok &= (l->refused = mxqd_rate_limit_new(s->smtp_refused_rate,
                                            MXQD_CLIENT_SLOTS, prefix)) != NULL;
    if (!ok) {
        mxqd_client_limits_free(l);
        return NULL;
    }
    return l;
}

void mxqd_client_limits_free(struct mxqd_client_limits *l)
{
    if (l == NULL)
        return;
    mxqd_client_count_free(l->open);
    mxqd_rate_limit_free(l->connections);
    mxqd_rate_limit_free(l->messages);
    mxqd_rate_limit_free(l->refused);
    free(l);
}

static bool exempt(const struct mxqd_client_limits *l,
                   const struct mxqd_ip *ip)
{
    return l->exempt.count > 0 && mxqd_cidrs_contain(&l->exempt, ip);
}

enum mxqd_admission mxqd_client_limits_admit(struct mxqd_client_limits *l,
                                             const struct mxqd_ip *ip,
                                             int64_t now, bool *counted)
{
    *counted = false;
    if (exempt(l, ip))
        return MXQD_ADMITTED;
    if (l->open != NULL && !mxqd_client_count_take(l->open, ip))
        return MXQD_TOO_MANY_OPEN;
    *counted = l->open != NULL;
    if (l->connections != NULL &&
        !mxqd_rate_limit_take(l->connections, ip, now)) {
        mxqd_client_limits_leave(l, ip);
        *counted = false;
        return MXQD_TOO_FAST;
    }
    return MXQD_ADMITTED;
}

void mxqd_client_limits_leave(struct mxqd_client_limits *l,
                              const struct mxqd_ip *ip)
{
    if (l->open != NULL)
        mxqd_client_count_release(l->open, ip);
}

bool mxqd_client_limits_message(struct mxqd_client_limits *l,
                                const struct mxqd_ip *ip, int64_t now)
{
    return l->messages == NULL || exempt(l, ip) ||
           mxqd_rate_limit_take(l->messages, ip, now);
}

bool mxqd_client_limits_refused(struct mxqd_client_limits *l,
                                const struct mxqd_ip *ip, int64_t now)
{
    return exempt(l, ip) || mxqd_rate_limit_take(l->refused, ip, now);
}

void mxqd_ip_from_connection(const struct mxq_connection *conn,
                             struct mxqd_ip *ip)
{
    memset(ip, 0, sizeof *ip);
    if (!conn->remote_addr_known)
        return;
    ip->family = conn->remote_ipv6 ? AF_INET6 : AF_INET;
    memcpy(ip->addr, conn->remote_addr, conn->remote_ipv6 ? 16 : 4);
}
