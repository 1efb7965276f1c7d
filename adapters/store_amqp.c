/*
 * The RabbitMQ publisher (amqp_publisher.h) behind the store interface: a
 * message is stored once the broker has confirmed every document of it.
 */
#include "store.h"
#include "amqp_publisher.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

struct amqp_store {
    struct mxqd_store base;
    struct mxqd_amqp *publisher;
    unsigned publishers;
};

static struct mxqd_amqp *publisher(struct mxqd_store *st)
{
    return ((struct amqp_store *)st)->publisher;
}

static int amqp_submit(struct mxqd_store *st, unsigned worker,
                       const struct mxq_document *docs, size_t count,
                       void *token)
{
    return mxqd_amqp_submit(publisher(st), worker, docs, count, token) < 0
               ? EAGAIN : 0;
}

static void amqp_flush(struct mxqd_store *st, unsigned worker, int64_t now)
{
    /* The publisher threads take each message as it is submitted. */
    (void)st;
    (void)worker;
    (void)now;
}

static int amqp_worker_fd(struct mxqd_store *st, unsigned worker)
{
    return mxqd_amqp_worker_fd(publisher(st), worker);
}

static size_t amqp_completions(struct mxqd_store *st, unsigned worker,
                               struct mxqd_store_done *out, size_t max)
{
    struct mxqd_amqp_done done[64];
    size_t n = mxqd_amqp_completions(publisher(st), worker, done,
                                     max < 64 ? max : 64);
    for (size_t i = 0; i < n; i++)
        out[i] = (struct mxqd_store_done){ done[i].token, done[i].ok };
    return n;
}

static bool amqp_available(struct mxqd_store *st)
{
    return mxqd_amqp_available(publisher(st));
}

static void amqp_stats(struct mxqd_store *st, struct mxqd_store_stats *out)
{
    struct mxqd_amqp_stats a;

    mxqd_amqp_stats(publisher(st), &a);
    out->amqp = true;
    out->published = a.published;
    out->confirmed = a.acked;
    out->nacked = a.nacks;
    out->returned = a.returns;
    out->confirm_timeouts = a.timeouts;
    out->connects = a.connects;
    out->connection_losses = a.connection_losses;
    out->unconfirmed = a.unconfirmed;
    out->publishers = a.publishers;
    out->connected = a.connected;
    out->blocked = a.blocked;
}

static void amqp_describe(struct mxqd_store *st, char *out, size_t len)
{
    snprintf(out, len, "publishing to RabbitMQ with %u publishers",
             ((struct amqp_store *)st)->publishers);
}

static void amqp_close(struct mxqd_store *st)
{
    mxqd_amqp_stop(publisher(st));
    free(st);
}

static const struct mxqd_store_ops amqp_ops = {
    .submit = amqp_submit,
    .flush = amqp_flush,
    .worker_fd = amqp_worker_fd,
    .completions = amqp_completions,
    .available = amqp_available,
    .stats = amqp_stats,
    .describe = amqp_describe,
    .close = amqp_close,
};

struct mxqd_store *mxqd_store_amqp_open(const struct mxqd_amqp_config *cfg,
                                        char *err, size_t errlen)
{
    struct amqp_store *s = calloc(1, sizeof *s);

    if (s == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        return NULL;
    }
    s->base.ops = &amqp_ops;
    s->publishers = cfg->publishers ? cfg->publishers : 1;
    s->publisher = mxqd_amqp_start(cfg, err, errlen);
    if (s->publisher == NULL) {
        free(s);
        return NULL;
    }
    return &s->base;
}
