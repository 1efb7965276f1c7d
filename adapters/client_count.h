/*
 * Connections open per client (`smtp-connections-per-ip`), shared by the
 * workers: a fixed table of client keys (client_key.h) with their counts.
 * A client the table has no room for is refused, so that a flood of
 * distinct addresses costs a bounded table and no more.
 */
#ifndef MXQD_CLIENT_COUNT_H
#define MXQD_CLIENT_COUNT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "client_key.h"

struct mxqd_client_count;

/* At most limit open per client (0: no limit), `slots` clients at once;
 * NULL when out of memory. */
struct mxqd_client_count *mxqd_client_count_new(uint32_t limit, size_t slots,
                                                unsigned ipv6_prefix);

/* One more connection of ip: false (nothing counted) at the limit, or
 * when the table is full. Thread-safe. */
bool mxqd_client_count_take(struct mxqd_client_count *cc,
                            const struct mxqd_ip *ip);
/* A connection counted by take() is gone. */
void mxqd_client_count_release(struct mxqd_client_count *cc,
                               const struct mxqd_ip *ip);
/* Clients with a connection open, for tests. */
size_t mxqd_client_count_clients(struct mxqd_client_count *cc);

/* A reload's new limit (0: none); the counts stay. */
void mxqd_client_count_set(struct mxqd_client_count *cc, uint32_t limit);

void mxqd_client_count_free(struct mxqd_client_count *cc);

#endif
