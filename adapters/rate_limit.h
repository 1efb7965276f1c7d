/*
 * Counting events per client address over a minute (refused mail kept,
 * `smtp-refused-rate`, `smtp-connection-rate`, `smtp-message-rate`),
 * shared by the workers, per client key (client_key.h: IPv6 by its
 * prefix). The table has a fixed number
 * of slots: when a flood of distinct addresses fills it within a minute,
 * new addresses are refused rather than old counts forgotten, so memory
 * and what the counted events may cost stay bounded.
 */
#ifndef MXQD_RATE_LIMIT_H
#define MXQD_RATE_LIMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "client_key.h"

struct mxqd_rate_limit;

/* limit events per client per minute (0: none is refused) in a table
 * of `slots` clients; NULL when out of memory. */
struct mxqd_rate_limit *mxqd_rate_limit_new(uint32_t limit, size_t slots,
                                            unsigned ipv6_prefix);

/* Counts one event of ip at now (seconds): true when it is within the
 * limit. Thread-safe. */
bool mxqd_rate_limit_take(struct mxqd_rate_limit *rl,
                          const struct mxqd_ip *ip, int64_t now);

/* A reload's new limit (0: none); the counts stay. */
void mxqd_rate_limit_set(struct mxqd_rate_limit *rl, uint32_t limit);

void mxqd_rate_limit_free(struct mxqd_rate_limit *rl);

#endif
