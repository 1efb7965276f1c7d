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
    out->tls_no_verify = !s->rabbitmq_verify;
    out->tls_ca_file = s->rabbitmq_ca_file;
    out->exchange = s->rabbitmq_exchange;
    mxqd_settings_queues(s, out->queues);
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
