/*
 * The answer cache shared by the resolvers; see dns_cache.h.
 */
#include "dns_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CACHE_MAX_BUCKETS ((size_t)1 << 20)

struct centry {
    struct centry *hnext;          /* bucket chain */
    struct link lru;               /* least recently used first */
    uint64_t hash;
    int64_t expires;               /* monotonic seconds */
    struct answer *ans;
    size_t size;
    uint16_t type;
    char key[];                    /* lowercase name */
};

struct mxqd_dns_cache {
    pthread_mutex_t lock;
    size_t max_entries, max_bytes, count, bytes, mask;
    struct centry **buckets;
    struct link lru;
};

static int64_t now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec;
}

struct mxqd_dns_cache *mxqd_dns_cache_new(size_t max_entries,
                                          size_t max_bytes)
{
    struct mxqd_dns_cache *c = calloc(1, sizeof *c);
    size_t nb = 16;

    while (nb < max_entries && nb < CACHE_MAX_BUCKETS)
        nb <<= 1;
    if (c == NULL || (c->buckets = calloc(nb, sizeof *c->buckets)) == NULL ||
        pthread_mutex_init(&c->lock, NULL) != 0) {
        free(c != NULL ? c->buckets : NULL);
        free(c);
        return NULL;
    }
    c->mask = nb - 1;
    c->max_entries = max_entries;
    c->max_bytes = max_bytes;
    l_init(&c->lru);
    return c;
}

/* Under the lock. */
static void cache_remove(struct mxqd_dns_cache *c, struct centry *e)
{
    struct centry **pp = &c->buckets[e->hash & c->mask];
    while (*pp != e)
        pp = &(*pp)->hnext;
    *pp = e->hnext;
    l_del(&e->lru);
    c->count--;
    c->bytes -= e->size;
    answer_unref(e->ans);
    free(e);
}

void mxqd_dns_cache_free(struct mxqd_dns_cache *c)
{
    if (c == NULL)
        return;
    while (!l_empty(&c->lru))
        cache_remove(c, OWNER(c->lru.next, struct centry, lru));
    pthread_mutex_destroy(&c->lock);
    free(c->buckets);
    free(c);
}

static struct centry *cache_find(struct mxqd_dns_cache *c, const char *key,
                                 uint16_t type, uint64_t hash)
{
    for (struct centry *e = c->buckets[hash & c->mask]; e; e = e->hnext)
        if (e->hash == hash && e->type == type && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

struct answer *mxqd_dns_cache_get(struct mxqd_dns_cache *c, const char *key,
                                  uint16_t type, uint64_t hash,
                                  uint32_t *ttl)
{
    struct answer *a = NULL;
    int64_t now = now_seconds();

    if (c == NULL)
        return NULL;
    pthread_mutex_lock(&c->lock);
    struct centry *e = cache_find(c, key, type, hash);
    if (e != NULL && e->expires <= now) {
        cache_remove(c, e);
    } else if (e != NULL) {
        l_del(&e->lru);
        l_add(&c->lru, &e->lru);
        *ttl = (uint32_t)(e->expires - now);
        a = answer_ref(e->ans);
    }
    pthread_mutex_unlock(&c->lock);
    return a;
}

void mxqd_dns_cache_put(struct mxqd_dns_cache *c, const char *key,
                        uint16_t type, uint64_t hash, struct answer *a)
{
    size_t klen = strlen(key), size = sizeof(struct centry) + klen + 1;
    struct centry *e, *old;

    if (c == NULL || a->ttl == 0 || c->max_entries == 0 ||
        (size += a->size) > c->max_bytes ||
        (e = malloc(sizeof *e + klen + 1)) == NULL)
        return; /* only a cache */
    memcpy(e->key, key, klen + 1);
    e->hash = hash;
    e->type = type;
    e->size = size;
    e->expires = now_seconds() + a->ttl;
    e->ans = answer_ref(a);
    pthread_mutex_lock(&c->lock);
    if ((old = cache_find(c, key, type, hash)) != NULL)
        cache_remove(c, old);
    while (!l_empty(&c->lru) &&
           (c->count >= c->max_entries || c->bytes + size > c->max_bytes))
        cache_remove(c, OWNER(c->lru.next, struct centry, lru));
    e->hnext = c->buckets[hash & c->mask];
    c->buckets[hash & c->mask] = e;
    l_add(&c->lru, &e->lru);
    c->count++;
    c->bytes += size;
    pthread_mutex_unlock(&c->lock);
}
