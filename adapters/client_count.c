/*
 * Open connections per client; see client_count.h. Open addressing over
 * a short probe: a slot whose count fell to 0 is free again, and a key
 * is looked for in its whole probe range before a free slot is taken.
 */
#include "client_count.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define PROBES 16

struct slot {
    struct mxqd_client_key key;
    uint32_t open;                 /* 0: free */
};

struct mxqd_client_count {
    pthread_mutex_t lock;
    atomic_uint limit;               /* a reload may change it */
    unsigned ipv6_prefix;
    size_t slot_count;
    struct slot slots[];
};

struct mxqd_client_count *mxqd_client_count_new(uint32_t limit, size_t slots,
                                                unsigned ipv6_prefix)
{
    if (slots == 0)
        slots = 1;
    struct mxqd_client_count *cc =
        calloc(1, sizeof *cc + slots * sizeof cc->slots[0]);
    if (cc == NULL)
        return NULL;
    if (pthread_mutex_init(&cc->lock, NULL) != 0) {
        free(cc);
        return NULL;
    }
    atomic_init(&cc->limit, limit);
    cc->ipv6_prefix = ipv6_prefix;
    cc->slot_count = slots;
    return cc;
}

/* key's slot, or with `take` a free one in its range; NULL: none. */
static struct slot *find(struct mxqd_client_count *cc,
                         const struct mxqd_client_key *key, bool take)
{
    size_t start = mxqd_client_key_hash(key) % cc->slot_count;
    struct slot *free_slot = NULL;
    for (size_t i = 0; i < PROBES && i < cc->slot_count; i++) {
        struct slot *s = &cc->slots[(start + i) % cc->slot_count];
        if (s->open > 0 && memcmp(&s->key, key, sizeof *key) == 0)
            return s;
        if (s->open == 0 && free_slot == NULL)
            free_slot = s;
    }
    if (take && free_slot != NULL)
        free_slot->key = *key;
    return take ? free_slot : NULL;
}

bool mxqd_client_count_take(struct mxqd_client_count *cc,
                            const struct mxqd_ip *ip)
{
    struct mxqd_client_key key;
    mxqd_client_key(ip, cc->ipv6_prefix, &key);
    pthread_mutex_lock(&cc->lock);
    struct slot *s = find(cc, &key, true);
    uint32_t limit = atomic_load(&cc->limit);
    bool taken = s != NULL && (limit == 0 || s->open < limit);
    if (taken)
        s->open++;
    pthread_mutex_unlock(&cc->lock);
    return taken;
}

void mxqd_client_count_release(struct mxqd_client_count *cc,
                               const struct mxqd_ip *ip)
{
    struct mxqd_client_key key;
    mxqd_client_key(ip, cc->ipv6_prefix, &key);
    pthread_mutex_lock(&cc->lock);
    struct slot *s = find(cc, &key, false);
    if (s != NULL)
        s->open--;
    pthread_mutex_unlock(&cc->lock);
}

size_t mxqd_client_count_clients(struct mxqd_client_count *cc)
{
    size_t n = 0;
    pthread_mutex_lock(&cc->lock);
    for (size_t i = 0; i < cc->slot_count; i++)
        n += cc->slots[i].open > 0;
    pthread_mutex_unlock(&cc->lock);
    return n;
}

void mxqd_client_count_set(struct mxqd_client_count *cc, uint32_t limit)
{
    atomic_store(&cc->limit, limit);
}

void mxqd_client_count_free(struct mxqd_client_count *cc)
{
    if (cc == NULL)
        return;
    pthread_mutex_destroy(&cc->lock);
    free(cc);
}
