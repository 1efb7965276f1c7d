/*
 * Generations of the engine's configuration; see config_gen.h.
 */
#include "config_gen.h"

#include <pthread.h>
#include <stdlib.h>

#include "policy.h"
#include "store.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct mxqd_config_gen *current;

struct mxqd_config_gen *mxqd_config_gen_new(struct mxqd_settings *s,
                                            bool owns,
                                            const struct mxqd_engine_parts *p)
{
    struct mxqd_config_gen *g = calloc(1, sizeof *g);
    if (g == NULL)
        return NULL;
    g->settings = s;
    g->owns_settings = owns;
    atomic_init(&g->refs, 1);
    struct mxq_config *e = &g->engine;
    mxq_config_defaults(e); /* fields the settings do not know */
    mxqd_settings_to_engine(s, e);
    e->starttls = p->starttls;
    mxqd_policy_to_engine(p->policy, e);
    e->ids = p->ids;
    e->memory = p->memory;
    e->can_store = mxqd_store_can_store;
    e->can_store_ctx = p->store;
    if (s->smtp_protection) {
        for (size_t i = 0; i < s->smtp_protection_lists.count; i++)
            g->zones[i] = s->smtp_protection_lists.zones[i];
        e->dnsbl_zone_count = s->smtp_protection_lists.count;
        e->dnsbl_zones = g->zones;
    }
    return g;
}

void mxqd_config_release(struct mxqd_config_gen *g)
{
    if (g == NULL || atomic_fetch_sub(&g->refs, 1) != 1)
        return;
    if (g->owns_settings)
        free(g->settings);
    free(g);
}

void mxqd_config_publish(struct mxqd_config_gen *g)
{
    pthread_mutex_lock(&lock);
    struct mxqd_config_gen *old = current;
    current = g;
    pthread_mutex_unlock(&lock);
    mxqd_config_release(old);
}

struct mxqd_config_gen *mxqd_config_take(void)
{
    pthread_mutex_lock(&lock);
    struct mxqd_config_gen *g = current;
    if (g != NULL)
        atomic_fetch_add(&g->refs, 1);
    pthread_mutex_unlock(&lock);
    return g;
}

void mxqd_config_shutdown(void)
{
    mxqd_config_publish(NULL);
}
