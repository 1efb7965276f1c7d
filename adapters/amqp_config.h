/*
 * Glue between mxqd's settings and the RabbitMQ publisher: the publisher's
 * configuration from the rabbitmq-* settings.
 */
#ifndef MXQD_AMQP_CONFIG_H
#define MXQD_AMQP_CONFIG_H

#include <stdbool.h>

#include "amqp_publisher.h"
#include "settings.h"

/* Fills out from s; `workers` threads will submit. The strings stay in s. */
void mxqd_amqp_config_from_settings(const struct mxqd_settings *s,
                                    unsigned workers,
                                    struct mxqd_amqp_config *out);

#endif
