/*
 * `rabbitmq-address`: one amqp:// or amqps:// URI, or a comma-separated
 * failover list.
 * Pure functions (no I/O): the list is split by the config grammar
 * (mxq_cfg_parse_fields) and each URI is read by rabbitmq-c's
 * amqp_parse_url on a private copy (it writes into its input).
 * The value comes from the config file, never from the network.
 */
#ifndef MXQD_AMQP_URI_H
#define MXQD_AMQP_URI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MXQD_AMQP_MAX_URIS 16
#define MXQD_AMQP_URI_MAX 1023       /* bytes of one URI */
#define MXQD_AMQP_FIELD_MAX 255      /* bytes of host, user, password, vhost */

struct mxqd_amqp_uri {
    char host[MXQD_AMQP_FIELD_MAX + 1];
    uint16_t port;
    char user[MXQD_AMQP_FIELD_MAX + 1];
    char password[MXQD_AMQP_FIELD_MAX + 1];
    char vhost[MXQD_AMQP_FIELD_MAX + 1];
    bool tls;                        /* amqps:// (adapters/amqp_socket.h) */
    /* For logs and --check-config: the URI without the password. */
    char shown[2 * MXQD_AMQP_FIELD_MAX + 64];
};

/* Splits `text` at commas (blanks around each URI are dropped) and parses
 * each URI; max is at most MXQD_AMQP_MAX_URIS (a larger one counts as
 * that). An IPv6 host is shown in brackets. Defaults as in rabbitmq-c:
 * user and password guest, host localhost, port 5672 (amqps: 5671),
 * vhost "/". An empty
 * vhost ("amqp://host/", as in MailerQ's own example) also means "/".
 * Returns 0 with out[0..*count) filled, or -1 with err filled (an empty
 * list, an empty entry, more than max URIs, a control character, a URI
 * rabbitmq-c refuses, a field longer than MXQD_AMQP_FIELD_MAX). */
int mxqd_amqp_uri_parse_list(const char *text, struct mxqd_amqp_uri *out,
                             size_t max, size_t *count, char *err,
                             size_t errlen);

#endif
