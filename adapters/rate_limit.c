/*
 * A fixed table of per-address counters over one-minute windows, found
 * by hash with a short probe: the few slots an address may use.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "rate_limit.h"

#define WINDOW_SECONDS 60
#define PROBES 8

struct slot {
    struct mxqd_client_key key;
    bool used;
    int64_t window_start;
    uint32_t count;
};

struct mxqd_rate_limit {
    pthread_mutex_t lock;
    atomic_uint limit;               /* a reload may change it */
    unsigned ipv6_prefix;
    size_t slot_count;
    struct slot slots[];
};

struct mxqd_rate_limit *mxqd_rate_limit_new(uint32_t limit, size_t slots,
                                            unsigned ipv6_prefix)
{
    if (slots == 0)
        slots = 1;
    struct mxqd_rate_limit *rl =
        calloc(1, sizeof *rl + slots * sizeof rl->slots[0]);
    if (rl == NULL)
        return NULL;
    if (pthread_mutex_init(&rl->lock, NULL) != 0) {
        free(rl);
        return NULL;
    }
    atomic_init(&rl->limit, limit);
    rl->ipv6_prefix = ipv6_prefix;
    rl->slot_count = slots;
    return rl;
}

/* A window that is over (or from a clock that went back). */
static bool window_over(const struct slot *s, int64_t now)
{
    return now - s->window_start >= WINDOW_SECONDS || now < s->window_start;
}

/* The slot of key: its own, else a free or stale one in its probe
 * range; NULL when all of them count other addresses this minute. */
static struct slot *find_slot(struct mxqd_rate_limit *rl,
                              const struct mxqd_client_key *key, int64_t now)
{
    size_t start = mxqd_client_key_hash(key) % rl->slot_count;
    struct slot *spare = NULL;
    for (size_t i = 0; i < PROBES && i < rl->slot_count; i++) {
        struct slot *s = &rl->slots[(start + i) % rl->slot_count];
        if (s->used && memcmp(&s->key, key, sizeof *key) == 0)
            return s;
        if (spare == NULL && (!s->used || window_over(s, now)))
            spare = s;
    }
    if (spare != NULL) {
        spare->key = *key;
        spare->used = true;
        spare->window_start = now;
        spare->count = 0;
    }
    return spare;
}

bool mxqd_rate_limit_take(struct mxqd_rate_limit *rl,
                          const struct mxqd_ip *ip, int64_t now)
{
    uint32_t limit = atomic_load(&rl->limit);
    if (limit == 0)
        return true;
    struct mxqd_client_key key;
    mxqd_client_key(ip, rl->ipv6_prefix, &key);
    pthread_mutex_lock(&rl->lock);
    struct slot *s = find_slot(rl, &key, now);
    bool allowed = false;
    if (s != NULL) {
        if (window_over(s, now)) {
            s->window_start = now;
            s->count = 0;
        }
        allowed = s->count < limit;
        if (allowed)
            s->count++;
    }
    pthread_mutex_unlock(&rl->lock);
    return allowed;
}

void mxqd_rate_limit_set(struct mxqd_rate_limit *rl, uint32_t limit)
{
    atomic_store(&rl->limit, limit);
}

void mxqd_rate_limit_free(struct mxqd_rate_limit *rl)
{
    if (rl == NULL)
        return;
    pthread_mutex_destroy(&rl->lock);
    free(rl);
}
