/*
 * The per-client limits; see client_limits.h.
 */
#include "client_limits.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "client_count.h"
#include "rate_limit.h"

/* smtp-rate-exempt of one configuration; the ones a reload replaced
 * stay until the end (a reload is rare). */
struct exempt_list {
    struct mxqd_cidr_list ranges;
    struct exempt_list *retired;
};

/* Every table is made at start, limited or not (0: no limit), so that a
 * reload can set any limit. Their memory is only touched where used. */
struct mxqd_client_limits {
    _Atomic(struct exempt_list *) exempt;
    struct mxqd_client_count *open;
    struct mxqd_rate_limit *connections, *messages, *refused;
};

static bool set_exempt(struct mxqd_client_limits *l,
                       const struct mxqd_settings *s)
{
    struct exempt_list *e = calloc(1, sizeof *e);
    if (e == NULL)
        return false;
    e->ranges = s->smtp_rate_exempt;
    e->retired = atomic_exchange(&l->exempt, e);
    return true;
}

struct mxqd_client_limits *mxqd_client_limits_new(const struct mxqd_settings *s)
{
    struct mxqd_client_limits *l = calloc(1, sizeof *l);
    if (l == NULL)
        return NULL;
    unsigned prefix = s->smtp_ipv6_prefix;
    atomic_init(&l->exempt, NULL);
    l->open = mxqd_client_count_new(0, MXQD_CLIENT_SLOTS, prefix);
    l->connections = mxqd_rate_limit_new(0, MXQD_CLIENT_SLOTS, prefix);
    l->messages = mxqd_rate_limit_new(0, MXQD_CLIENT_SLOTS, prefix);
    l->refused = mxqd_rate_limit_new(0, MXQD_CLIENT_SLOTS, prefix);
    if (l->open == NULL || l->connections == NULL || l->messages == NULL ||
        l->refused == NULL || !mxqd_client_limits_set(l, s)) {
        mxqd_client_limits_free(l);
        return NULL;
    }
    return l;
}

bool mxqd_client_limits_set(struct mxqd_client_limits *l,
                            const struct mxqd_settings *s)
{
    if (!set_exempt(l, s))
        return false;
    mxqd_client_count_set(l->open, s->smtp_connections_per_ip);
    mxqd_rate_limit_set(l->connections, s->smtp_connection_rate);
    mxqd_rate_limit_set(l->messages, s->smtp_message_rate);
    mxqd_rate_limit_set(l->refused, s->smtp_refused_rate);
    return true;
}

void mxqd_client_limits_free(struct mxqd_client_limits *l)
{
    if (l == NULL)
        return;
    mxqd_client_count_free(l->open);
    mxqd_rate_limit_free(l->connections);
    mxqd_rate_limit_free(l->messages);
    mxqd_rate_limit_free(l->refused);
    struct exempt_list *e = atomic_load(&l->exempt);
    while (e != NULL) {
        struct exempt_list *next = e->retired;
        free(e);
        e = next;
    }
    free(l);
}

static bool exempt(struct mxqd_client_limits *l, const struct mxqd_ip *ip)
{
    const struct exempt_list *e = atomic_load(&l->exempt);
    return e->ranges.count > 0 && mxqd_cidrs_contain(&e->ranges, ip);
}

enum mxqd_admission mxqd_client_limits_admit(struct mxqd_client_limits *l,
                                             const struct mxqd_ip *ip,
                                             int64_t now, bool *counted)
{
    *counted = false;
    if (exempt(l, ip))
        return MXQD_ADMITTED;
    if (!mxqd_client_count_take(l->open, ip))
        return MXQD_TOO_MANY_OPEN;
    *counted = true;
    if (!mxqd_rate_limit_take(l->connections, ip, now)) {
        mxqd_client_limits_leave(l, ip);
        *counted = false;
        return MXQD_TOO_FAST;
    }
    return MXQD_ADMITTED;
}

void mxqd_client_limits_leave(struct mxqd_client_limits *l,
                              const struct mxqd_ip *ip)
{
    mxqd_client_count_release(l->open, ip);
}

bool mxqd_client_limits_message(struct mxqd_client_limits *l,
                                const struct mxqd_ip *ip, int64_t now)
{
    return exempt(l, ip) || mxqd_rate_limit_take(l->messages, ip, now);
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
