/*
 * The answer cache behind dns.h, internal to the resolver edge (dns.c).
 *
 * One cache serves every worker's resolver, so it has a mutex and its
 * answers carry an atomic reference count. Entries are keyed by
 * lowercase name and type, kept until they expire and bounded both in
 * count and in octets; the least recently used go first. The resolver
 * decides what an answer's TTL is (clamped, RFC 2308 for NXDOMAIN and
 * NODATA); the cache keeps it that many seconds.
 */
#ifndef MXQD_DNS_CACHE_H
#define MXQD_DNS_CACHE_H

#include "dns.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Circular lists with a sentinel: an element leaves its list without
 * knowing which list it is on. */
struct link {
    struct link *prev, *next;
};
#define OWNER(l, type, member) ((type *)((char *)(l) - offsetof(type, member)))

static inline void l_init(struct link *l) { l->prev = l->next = l; }
static inline bool l_empty(const struct link *l) { return l->next == l; }

static inline void l_add(struct link *list, struct link *e) /* at the tail */
{
    e->prev = list->prev;
    e->next = list;
    list->prev->next = e;
    list->prev = e;
}

static inline void l_del(struct link *e)
{
    e->prev->next = e->next;
    e->next->prev = e->prev;
    l_init(e);
}

/* Moves all of `from` onto the uninitialised `to`. */
static inline void l_move(struct link *to, struct link *from)
{
    l_init(to);
    if (!l_empty(from)) {
        *to = *from;
        to->next->prev = to->prev->next = to;
        l_init(from);
    }
}

/* An answer is one immutable block (records, then their data) shared by
 * reference count between the cache, flights and ready waiters, which
 * may be on different threads. */
struct answer {
    atomic_uint refs;
    enum mxq_dns_rcode rcode;
    uint32_t ttl;                 /* clamped; 0 for SERVFAIL, TIMEOUT */
    size_t n, size;               /* records; octets of the block */
    struct mxq_dns_record rec[];  /* then the records' data */
};

static inline void answer_unref(struct answer *a)
{
    if (a != NULL && atomic_fetch_sub(&a->refs, 1) == 1)
        free(a);
}

static inline struct answer *answer_ref(struct answer *a)
{
    if (a != NULL)
        atomic_fetch_add(&a->refs, 1);
    return a;
}

/* hash is the caller's hash of key and type; the same pair must always
 * come with the same hash. c may be NULL (no caching) for both. */

/* A referenced answer and, in *ttl, the seconds it has left; NULL when
 * absent or expired. */
struct answer *mxqd_dns_cache_get(struct mxqd_dns_cache *c, const char *key,
                                  uint16_t type, uint64_t hash,
                                  uint32_t *ttl);

/* Keeps a reference to a for a->ttl seconds, replacing what was kept
 * for key and type, evicting the least recently used to fit. A ttl of 0
 * or an answer bigger than the whole cache is not kept. */
void mxqd_dns_cache_put(struct mxqd_dns_cache *c, const char *key,
                        uint16_t type, uint64_t hash, struct answer *a);

#endif
