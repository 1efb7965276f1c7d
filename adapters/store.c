/*
 * The store interface's calls, and the choice of backend from the
 * settings: the one place that knows both backends.
 */
#include "store.h"

#include <string.h>

#include "amqp_config.h"
#include "settings.h"

struct mxqd_store *mxqd_store_open(const struct mxqd_settings *s,
                                   unsigned workers, char *err,
                                   size_t errlen)
{
    if (s->rabbitmq_address[0] != '\0') {
        struct mxqd_amqp_config cfg;
        mxqd_amqp_config_from_settings(s, workers, &cfg);
        return mxqd_store_amqp_open(&cfg, err, errlen);
    }
    const char *queues[MXQD_QUEUES];
    mxqd_settings_queues(s, queues);
    struct mxqd_store_filequeue_config cfg = {
        .directory = s->queue_directory,
        .queues = queues,
        .queue_count = sizeof queues / sizeof queues[0],
        .workers = workers,
    };
    return mxqd_store_filequeue_open(&cfg, err, errlen);
}

int mxqd_store_submit(struct mxqd_store *st, unsigned worker,
                      const struct mxq_document *docs, size_t count,
                      void *token)
{
    return st->ops->submit(st, worker, docs, count, token);
}

void mxqd_store_flush(struct mxqd_store *st, unsigned worker, int64_t now)
{
    st->ops->flush(st, worker, now);
}

int mxqd_store_worker_fd(struct mxqd_store *st, unsigned worker)
{
    return st->ops->worker_fd(st, worker);
}

size_t mxqd_store_completions(struct mxqd_store *st, unsigned worker,
                              struct mxqd_store_done *out, size_t max)
{
    return st->ops->completions(st, worker, out, max);
}

bool mxqd_store_available(struct mxqd_store *st)
{
    return st->ops->available(st);
}

bool mxqd_store_can_store(void *store)
{
    return mxqd_store_available(store);
}

void mxqd_store_describe(struct mxqd_store *st, char *out, size_t len)
{
    st->ops->describe(st, out, len);
}

void mxqd_store_stats(struct mxqd_store *st, struct mxqd_store_stats *out)
{
    memset(out, 0, sizeof *out);
    st->ops->stats(st, out);
}

void mxqd_store_close(struct mxqd_store *st)
{
    if (st != NULL)
        st->ops->close(st);
}
