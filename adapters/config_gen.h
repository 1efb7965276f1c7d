/*
 * The engine's configuration in force, as generations: SIGHUP makes a new
 * one from the file read again, and sessions that start from then on use
 * it, while each session keeps the one it started with (its strings live
 * in that generation's settings) until it ends. A generation is freed
 * once it is not the current one and no session holds it.
 */
#ifndef MXQD_CONFIG_GEN_H
#define MXQD_CONFIG_GEN_H

#include <stdatomic.h>
#include <stdbool.h>

#include <mxq/mxq.h>

#include "settings.h"

struct mxqd_policy;
struct mxqd_store;

/* What every generation shares: made once at start. */
struct mxqd_engine_parts {
    struct mxqd_policy *policy;
    bool starttls;
    struct mxq_id_source *ids;
    struct mxq_memory_budget *memory;
    struct mxqd_store *store;
};

struct mxqd_config_gen {
    struct mxqd_settings *settings;
    bool owns_settings;            /* freed with the generation */
    struct mxq_config engine;
    const char *zones[MXQ_DNSBL_ZONES_MAX];
    atomic_uint refs;
};

/* The engine's configuration from s (which it takes when owns); NULL
 * when out of memory. */
struct mxqd_config_gen *mxqd_config_gen_new(struct mxqd_settings *s,
                                            bool owns,
                                            const struct mxqd_engine_parts *p);

/* g becomes the current generation; the one before is released. */
void mxqd_config_publish(struct mxqd_config_gen *g);
/* The current generation, held until mxqd_config_release(). */
struct mxqd_config_gen *mxqd_config_take(void);
void mxqd_config_release(struct mxqd_config_gen *g);
/* At exit, after the workers: the current one goes too. */
void mxqd_config_shutdown(void);

#endif
