/*
 * Connection admission and address policy; see access.h.
 */
#include "access.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proxy.h"

/* What a refused client may already have sent is read and dropped before
 * the close, at most this much, so that the close is not a reset. */
#define REFUSE_DRAIN_MAX 4096

/* The lists of one configuration. A reload puts new ones in place; the
 * old ones stay until mxqd_access_free(), since sessions keep pointers
 * into default_text (a reload is rare, and they are 9 KiB). */
struct mxqd_access_lists {
    struct mxqd_cidr_list range, proxy, mappable, unmappable;
    size_t default_count;
    const char *default_ips[MXQD_MAX_CIDRS];
    char default_text[MXQD_MAX_CIDRS][INET6_ADDRSTRLEN];
    struct mxqd_access_lists *retired; /* the ones in force before */
};

struct mxqd_access {
    _Atomic(struct mxqd_access_lists *) lists;
    atomic_uint cap;              /* 0: no cap */
    atomic_uint in_use;
};

static const struct mxqd_access_lists *lists_of(const struct mxqd_access *a)
{
    return atomic_load_explicit(&((struct mxqd_access *)a)->lists,
                                memory_order_acquire);
}

void mxqd_ip_from_sockaddr(const struct sockaddr_storage *ss,
                           struct mxqd_ip *ip, uint16_t *port)
{
    memset(ip, 0, sizeof *ip);
    *port = 0;
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;
        ip->family = AF_INET;
        memcpy(ip->addr, &sin->sin_addr, 4);
        *port = ntohs(sin->sin_port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
        if (IN6_IS_ADDR_V4MAPPED(&sin6->sin6_addr)) {
            ip->family = AF_INET;
            memcpy(ip->addr, &sin6->sin6_addr.s6_addr[12], 4);
        } else {
            ip->family = AF_INET6;
            memcpy(ip->addr, &sin6->sin6_addr, 16);
        }
        *port = ntohs(sin6->sin6_port);
    }
}

void mxqd_peer_from_sockaddrs(const struct sockaddr_storage *local,
                              const struct sockaddr_storage *remote,
                              struct mxqd_peer *peer)
{
    mxqd_ip_from_sockaddr(local, &peer->local, &peer->local_port);
    mxqd_ip_from_sockaddr(remote, &peer->remote, &peer->remote_port);
}

void mxqd_ip_format(const struct mxqd_ip *ip, char *buf, size_t len)
{
    enum mxq_proxy_family f = ip->family == AF_INET ? MXQ_PROXY_AF_INET
                            : ip->family == AF_INET6 ? MXQ_PROXY_AF_INET6
                                                     : MXQ_PROXY_AF_UNSPEC;

    /* The PROXY grammar's formatter writes RFC 5952 text, the same as
     * inet_ntop, without depending on the C library's choice. */
    if (mxq_proxy_format_ip(f, ip->addr, buf, len) == 0)
        snprintf(buf, len, "unknown");
}

static bool cidr_contains(const struct mxqd_cidr *c, const struct mxqd_ip *ip)
{
    unsigned full, rest;

    if (c->family != ip->family)
        return false;
    full = c->prefix / 8;
    rest = c->prefix % 8;
    if (memcmp(c->addr, ip->addr, full) != 0)
        return false;
    if (rest == 0)
        return true;
    uint8_t mask = (uint8_t)(0xff << (8 - rest));
    return (c->addr[full] & mask) == (ip->addr[full] & mask);
}

bool mxqd_cidrs_contain(const struct mxqd_cidr_list *list,
                        const struct mxqd_ip *ip)
{
    for (size_t i = 0; i < list->count; i++)
        if (cidr_contains(&list->items[i], ip))
            return true;
    return false;
}

static unsigned smaller_cap(uint32_t a, uint32_t b)
{
    if (a == 0)
        return b;
    if (b == 0)
        return a;
    return a < b ? a : b;
}

struct mxqd_access_lists *mxqd_access_prepare(const struct mxqd_settings *s,
                                              char *err, size_t errlen)
{
    struct mxqd_access_lists *l = calloc(1, sizeof *l);

    if (l == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    l->range = s->smtp_range;
    l->proxy = s->smtp_proxy;
    l->mappable = s->smtp_mappable_ips;
    l->unmappable = s->smtp_unmappable_ips;
    for (size_t i = 0; i < s->smtp_default_ips.count; i++) {
        const struct mxqd_cidr *c = &s->smtp_default_ips.items[i];
        struct mxqd_ip ip = { .family = c->family };

        memcpy(ip.addr, c->addr, sizeof ip.addr);
        mxqd_ip_format(&ip, l->default_text[i], sizeof l->default_text[i]);
        if (c->prefix != (c->family == AF_INET ? 32 : 128)) {
            snprintf(err, errlen, "smtp-default-ips: %s/%u is a range; "
                     "give single addresses", l->default_text[i], c->prefix);
            free(l);
            return NULL;
        }
        l->default_ips[i] = l->default_text[i];
    }
    l->default_count = s->smtp_default_ips.count;
    return l;
}

void mxqd_access_commit(struct mxqd_access *a, struct mxqd_access_lists *l,
                        const struct mxqd_settings *s)
{
    l->retired = atomic_exchange(&a->lists, l);
    atomic_store(&a->cap,
                 smaller_cap(s->smtp_connections, s->smtp_connections_in));
}

void mxqd_access_discard(struct mxqd_access_lists *l)
{
    free(l);
}

struct mxqd_access *mxqd_access_new(const struct mxqd_settings *s,
                                    char *err, size_t errlen)
{
    struct mxqd_access *a = calloc(1, sizeof *a);
    struct mxqd_access_lists *l = a ? mxqd_access_prepare(s, err, errlen)
                                    : NULL;
    if (l == NULL) {
        if (a == NULL)
            snprintf(err, errlen, "out of memory");
        free(a);
        return NULL;
    }
    atomic_init(&a->lists, NULL);
    atomic_init(&a->in_use, 0);
    mxqd_access_commit(a, l, s);
    return a;
}

void mxqd_access_free(struct mxqd_access *a)
{
    if (a == NULL)
        return;
    struct mxqd_access_lists *l = atomic_load(&a->lists);
    while (l != NULL) {
        struct mxqd_access_lists *next = l->retired;
        free(l);
        l = next;
    }
    free(a);
}

bool mxqd_access_take(struct mxqd_access *a)
{
    if (a == NULL)
        return true;
    unsigned before = atomic_fetch_add(&a->in_use, 1);
    unsigned cap = atomic_load(&a->cap);
    if (cap == 0 || before < cap)
        return true;
    atomic_fetch_sub(&a->in_use, 1);
    return false;
}

void mxqd_access_release(struct mxqd_access *a)
{
    if (a != NULL)
        atomic_fetch_sub(&a->in_use, 1);
}

unsigned mxqd_access_in_use(const struct mxqd_access *a)
{
    return a ? atomic_load(&((struct mxqd_access *)a)->in_use) : 0;
}

bool mxqd_access_is_proxy(const struct mxqd_access *a,
                          const struct mxqd_ip *peer)
{
    return a != NULL && mxqd_cidrs_contain(&lists_of(a)->proxy, peer);
}

bool mxqd_access_allowed(const struct mxqd_access *a,
                         const struct mxqd_ip *client)
{
    if (a == NULL)
        return true;
    const struct mxqd_access_lists *l = lists_of(a);
    return l->range.count == 0 || mxqd_cidrs_contain(&l->range, client);
}

void mxqd_access_ips(const struct mxqd_access *a, const struct mxqd_ip *local,
                     const char *local_text, const char **slot,
                     const char *const **ips, size_t *count)
{
    *ips = NULL;
    *count = 0;
    if (a == NULL)
        return;
    const struct mxqd_access_lists *l = lists_of(a);
    if (mxqd_cidrs_contain(&l->mappable, local) &&
        !mxqd_cidrs_contain(&l->unmappable, local)) {
        *slot = local_text;
        *ips = slot;
        *count = 1;
    } else if (l->default_count > 0) {
        *ips = l->default_ips;
        *count = l->default_count;
    }
}

void mxqd_access_say(int fd, const char *reply)
{
    uint8_t sink[512];
    size_t drained = 0;

    if (reply != NULL && send(fd, reply, strlen(reply), MSG_NOSIGNAL) < 0) {
        /* Nothing to do: the client is gone or not reading. */
    }
    shutdown(fd, SHUT_WR);
    while (drained < REFUSE_DRAIN_MAX) {
        ssize_t n = recv(fd, sink, sizeof sink, MSG_DONTWAIT);
        if (n <= 0)
            break;
        drained += (size_t)n;
    }
}

void mxqd_access_refuse(int fd, const char *reply)
{
    mxqd_access_say(fd, reply);
    close(fd);
}
