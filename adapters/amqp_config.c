/*
 * rabbitmq-* settings -> struct mxqd_amqp_config.
 */
#include "amqp_config.h"

#include <string.h>

void mxqd_amqp_config_from_settings(const struct mxqd_settings *s,
                                    unsigned workers,
                                    struct mxqd_amqp_config *out)
{
    memset(out, 0, sizeof *out);
    out->address = s->rabbitmq_address;
    out->exchange = s->rabbitmq_exchange;
    /* Every queue the engine may name: empty local/reports fall back to
     * the inbox and are not declared. */
    out->queues[0] = s->rabbitmq_inbox;
    out->queues[1] = s->rabbitmq_local;
    out->queues[2] = s->rabbitmq_reports;
    out->declare = s->rabbitmq_declare;
    out->durable = s->rabbitmq_durable;
    out->persistent = s->rabbitmq_persistent;
    out->lazy = s->rabbitmq_lazy;
    out->gzip = s->rabbitmq_encoding == MXQD_ENCODING_GZIP;
    out->queue_type = s->rabbitmq_queue_type == MXQD_QUEUE_TYPE_QUORUM
                          ? MXQD_AMQP_QUORUM : MXQD_AMQP_CLASSIC;
    out->max_priority = s->rabbitmq_maxpriority;
    out->throttle = s->rabbitmq_throttle;
    out->publishers = s->rabbitmq_publishers;
    out->workers = workers ? workers : 1;
    out->confirm_timeout_ms = s->rabbitmq_confirm_timeout * 1000;
}
