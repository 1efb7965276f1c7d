/*
 * A fixed table of per-address counters over one-minute windows, found
 * by hash with a short probe: the few slots an address may use.
 */
#include <arpa/inet.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rate_limit.h"

#define WINDOW_SECONDS 60
#define PROBES 8

struct slot {
    uint8_t key[16];
    bool used;
    int64_t window_start;
    uint32_t count;
};

struct mxqd_rate_limit {
    pthread_mutex_t lock;
    uint32_t limit;
    size_t slot_count;
    struct slot slots[];
};

struct mxqd_rate_limit *mxqd_rate_limit_new(uint32_t limit, size_t slots)
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
    rl->limit = limit;
    rl->slot_count = slots;
    return rl;
}

/* The address's key: IPv4 as ::ffff:a.b.c.d, IPv6 by its first 64 bits. */
static void address_key(const char *ip, uint8_t key[16])
{
    struct in_addr v4;
    memset(key, 0, 16);
    if (inet_pton(AF_INET, ip, &v4) == 1) {
        key[10] = key[11] = 0xff;
        memcpy(key + 12, &v4, 4);
    } else if (inet_pton(AF_INET6, ip, key) == 1) {
        memset(key + 8, 0, 8);
    } else {
        key[0] = 0xff; /* not an address: the one key of all such */
    }
}

static size_t key_hash(const uint8_t key[16])
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < 16; i++)
        h = (h ^ key[i]) * 1099511628211u;
    return (size_t)h;
}

/* A window that is over (or from a clock that went back). */
static bool window_over(const struct slot *s, int64_t now)
{
    return now - s->window_start >= WINDOW_SECONDS || now < s->window_start;
}

/* The slot of key: its own, else a free or stale one in its probe
 * range; NULL when all of them count other addresses this minute. */
static struct slot *find_slot(struct mxqd_rate_limit *rl,
                              const uint8_t key[16], int64_t now)
{
    size_t start = key_hash(key) % rl->slot_count;
    struct slot *spare = NULL;
    for (size_t i = 0; i < PROBES && i < rl->slot_count; i++) {
        struct slot *s = &rl->slots[(start + i) % rl->slot_count];
        if (s->used && memcmp(s->key, key, 16) == 0)
            return s;
        if (spare == NULL && (!s->used || window_over(s, now)))
            spare = s;
    }
    if (spare != NULL) {
        memcpy(spare->key, key, 16);
        spare->used = true;
        spare->window_start = now;
        spare->count = 0;
    }
    return spare;
}

bool mxqd_rate_limit_take(struct mxqd_rate_limit *rl, const char *ip,
                          int64_t now)
{
    if (rl->limit == 0)
        return true;
    uint8_t key[16];
    address_key(ip != NULL ? ip : "", key);
    pthread_mutex_lock(&rl->lock);
    struct slot *s = find_slot(rl, key, now);
    bool allowed = false;
    if (s != NULL) {
        if (window_over(s, now)) {
            s->window_start = now;
            s->count = 0;
        }
        allowed = s->count < rl->limit;
        if (allowed)
            s->count++;
    }
    pthread_mutex_unlock(&rl->lock);
    return allowed;
}

void mxqd_rate_limit_free(struct mxqd_rate_limit *rl)
{
    if (rl == NULL)
        return;
    pthread_mutex_destroy(&rl->lock);
    free(rl);
}
