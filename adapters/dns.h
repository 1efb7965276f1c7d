/*
 * The resolver edge: answers the engine's MXQ_REQUEST_RESOLVE with c-ares,
 * inside a worker's epoll loop. Never a blocking call, never a thread.
 *
 * Each worker has its own resolver (one c-ares channel). The resolver
 * keeps its c-ares sockets in an epoll set of its own and puts only that
 * set's descriptor into the worker's epoll set, with data.ptr = the
 * caller's tag: the loop sees one descriptor however many sockets c-ares
 * opens, and the resolver learns exactly which of them are ready.
 *
 * Per worker loop iteration:
 *
 *   n = epoll_wait(epfd, ev, max, min(own_timeout, mxqd_dns_timeout_ms(d)));
 *   for each event whose data.ptr is the tag: mxqd_dns_process(d);
 *   mxqd_dns_tick(d);             (retries, timeouts, deferred answers)
 *
 * Answers are never given inside mxqd_dns_lookup(): a cache hit or an
 * invalid name is answered from the next mxqd_dns_process()/tick() (and
 * mxqd_dns_timeout_ms() is 0 while one waits), so the caller is never
 * re-entered. The done callback may call mxqd_dns_lookup() and
 * mxqd_dns_cancel() (of other queries) freely, but not mxqd_dns_free().
 *
 * One cache serves every worker (a mutex inside). It keeps answers for
 * their TTL clamped to [min_ttl, max_ttl], NXDOMAIN and NODATA for the
 * SOA minimum of the answer (RFC 2308) clamped the same way (min_ttl
 * without an SOA); SERVFAIL and timeouts are not cached. Two lookups of
 * the same name and type in one resolver share one query.
 */
#ifndef MXQD_DNS_H
#define MXQD_DNS_H

#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

/* Limits on what a single answer may hold; records beyond them are
 * dropped (the answer is capped, not failed). */
#define MXQD_DNS_MAX_NAME 253          /* octets, without the final dot */
#define MXQD_DNS_MAX_RECORDS 64
#define MXQD_DNS_MAX_DATA 16384        /* octets of record data */
/* Lookups waiting for a free slot beyond `capacity`; beyond this many
 * more get SERVFAIL at once rather than growing the queue. */
#define MXQD_DNS_MAX_WAITING 4096

/* Defaults for mxqd_dns_cache_new(). */
#define MXQD_DNS_CACHE_ENTRIES 10000
#define MXQD_DNS_CACHE_BYTES (16u * 1024 * 1024)

/* The settings: `dns-servers`, `dns-timeout`, `dns-attempts`,
 * `dns-capacity`, `dns-min-ttl`, `dns-max-ttl`. */
struct mxqd_dns_config {
    const char *servers;   /* "ip[:port];ip[:port]" (IPv6 with a port as
                              [ip]:port; ',' also separates); NULL or "":
                              /etc/resolv.conf */
    double timeout;        /* seconds per attempt, > 0 */
    unsigned attempts;     /* tries per server, >= 1 */
    unsigned capacity;     /* queries in flight at once, >= 1 */
    uint32_t min_ttl;      /* seconds; answers are kept at least this */
    uint32_t max_ttl;      /* seconds; and at most this (>= min_ttl) */
};

/* timeout 5 s, 2 attempts, capacity 128, TTLs in [60, 86400]. */
void mxqd_dns_config_defaults(struct mxqd_dns_config *cfg);

struct mxqd_dns_cache;
struct mxqd_dns;
struct mxqd_dns_query;

/* A cache of at most max_entries answers taking at most max_bytes; the
 * least recently used go first. NULL when out of memory. */
struct mxqd_dns_cache *mxqd_dns_cache_new(size_t max_entries,
                                          size_t max_bytes);
/* After every resolver using it is freed. */
void mxqd_dns_cache_free(struct mxqd_dns_cache *cache);

/* A resolver for one worker thread, its descriptor added to epfd with
 * EPOLLIN and data.ptr = epoll_tag. cache may be NULL (no caching).
 * NULL with err filled on failure (bad servers, bad numbers, no memory). */
struct mxqd_dns *mxqd_dns_new(const struct mxqd_dns_config *cfg,
                              struct mxqd_dns_cache *cache, int epfd,
                              void *epoll_tag, char *err, size_t errlen);

/* Frees the resolver: queries still waiting are dropped, their done is
 * not called. Not from inside a done callback. */
void mxqd_dns_free(struct mxqd_dns *dns);

/* The outcome of a lookup: n records when rcode is MXQ_DNS_OK (sorted by
 * preference for MX), valid only during the call; ttl is what the
 * answer may still be cached for (0 for SERVFAIL and TIMEOUT). After it
 * returns the query handle is gone. */
typedef void mxqd_dns_done(void *arg, enum mxq_dns_rcode rcode,
                           const struct mxq_dns_record *records, size_t n,
                           uint32_t ttl);

/* Starts a lookup of name (NUL-terminated, no final dot; read only
 * during the call) and type; done is called exactly once, later, unless
 * the query is cancelled first. A name longer than MXQD_DNS_MAX_NAME (or
 * empty) is answered SERVFAIL without a query. NULL only when out of
 * memory (done is then never called). */
struct mxqd_dns_query *mxqd_dns_lookup(struct mxqd_dns *dns,
                                       const char *name,
                                       enum mxq_dns_type type,
                                       mxqd_dns_done *done, void *arg);

/* The asker went away: done will not be called. Other lookups sharing
 * the same query still get their answer. Only for a query whose done
 * has not been called (nor is being called: that handle is gone). */
void mxqd_dns_cancel(struct mxqd_dns_query *q);

/* The resolver's descriptor is readable (an epoll event with the tag). */
void mxqd_dns_process(struct mxqd_dns *dns);

/* Milliseconds until mxqd_dns_tick() has work (a retry, a timeout, a
 * deferred answer); -1 when nothing is pending. */
int mxqd_dns_timeout_ms(struct mxqd_dns *dns);

/* After every epoll_wait: handles timeouts and gives deferred answers. */
void mxqd_dns_tick(struct mxqd_dns *dns);

/* Counters, for logs and tests. */
struct mxqd_dns_stats {
    uint64_t lookups;      /* mxqd_dns_lookup() calls */
    uint64_t queries;      /* queries handed to c-ares */
    uint64_t cache_hits;
    uint64_t joined;       /* lookups that shared a query in flight */
    uint64_t queued;       /* lookups that waited for a free slot */
    uint64_t timeouts;     /* queries with no answer in time */
    uint64_t failures;     /* queries answered SERVFAIL (or refused, or
                              malformed) */
    unsigned active;       /* queries in flight now */
    unsigned waiting;      /* queries waiting for a slot now */
};
void mxqd_dns_stats(const struct mxqd_dns *dns, struct mxqd_dns_stats *out);

#endif
