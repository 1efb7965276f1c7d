/*
 * What Postfix's anvil does: limits per client, shared by the workers.
 * Connections open at once (`smtp-connections-per-ip`), new connections a
 * minute (`smtp-connection-rate`), messages a minute (`smtp-message-rate`,
 * counted at MAIL) and refused messages kept a minute
 * (`smtp-refused-rate`). IPv6 clients count by their `smtp-ipv6-prefix`;
 * clients in `smtp-rate-exempt` are not counted. Every table is fixed in
 * size (client_count.h, rate_limit.h).
 */
#ifndef MXQD_CLIENT_LIMITS_H
#define MXQD_CLIENT_LIMITS_H

#include <stdbool.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "access.h"
#include "settings.h"

/* Clients each table keeps at once. */
#define MXQD_CLIENT_SLOTS 16384

struct mxqd_client_limits;

/* NULL when out of memory. */
struct mxqd_client_limits *mxqd_client_limits_new(const struct mxqd_settings *s);
void mxqd_client_limits_free(struct mxqd_client_limits *l);

/* SIGHUP: the limits and exempt ranges of s, for what comes from now on
 * (the counts stay; smtp-ipv6-prefix needs a restart). False when out of
 * memory, nothing changed. */
bool mxqd_client_limits_set(struct mxqd_client_limits *l,
                            const struct mxqd_settings *s);

enum mxqd_admission {
    MXQD_ADMITTED,
    MXQD_TOO_MANY_OPEN,            /* smtp-connections-per-ip */
    MXQD_TOO_FAST                  /* smtp-connection-rate */
};

/* A new connection of ip at now (seconds): admitted or not. When
 * admitted with *counted set, mxqd_client_limits_leave() gives its place
 * back when it closes. */
enum mxqd_admission mxqd_client_limits_admit(struct mxqd_client_limits *l,
                                             const struct mxqd_ip *ip,
                                             int64_t now, bool *counted);
void mxqd_client_limits_leave(struct mxqd_client_limits *l,
                              const struct mxqd_ip *ip);

/* One more message (a MAIL) of ip: false past smtp-message-rate. */
bool mxqd_client_limits_message(struct mxqd_client_limits *l,
                                const struct mxqd_ip *ip, int64_t now);
/* One more refused message kept: false past smtp-refused-rate. */
bool mxqd_client_limits_refused(struct mxqd_client_limits *l,
                                const struct mxqd_ip *ip, int64_t now);

/* The engine's connection as an address (unknown when it has none). */
void mxqd_ip_from_connection(const struct mxq_connection *conn,
                             struct mxqd_ip *ip);

#endif
