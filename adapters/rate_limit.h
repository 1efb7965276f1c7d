/*
 * Counting events per client address over a minute (refused mail kept,
 * `smtp-refused-rate`), shared by the workers. IPv4 addresses count one
 * by one, IPv6 ones by their /64 (one site). The table has a fixed number
 * of slots: when a flood of distinct addresses fills it within a minute,
 * new addresses are refused rather than old counts forgotten, so memory
 * and what the counted events may cost stay bounded.
 */
#ifndef MXQD_RATE_LIMIT_H
#define MXQD_RATE_LIMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mxqd_rate_limit;

/* limit events per address per minute (0: none is refused) in a table
 * of `slots` addresses; NULL when out of memory. */
struct mxqd_rate_limit *mxqd_rate_limit_new(uint32_t limit, size_t slots);

/* Counts one event of ip (text, as the connection has it) at now
 * (seconds): true when it is within the limit. An address that does not
 * parse counts as one address of its own ("unknown"). Thread-safe. */
bool mxqd_rate_limit_take(struct mxqd_rate_limit *rl, const char *ip,
                          int64_t now);

void mxqd_rate_limit_free(struct mxqd_rate_limit *rl);

#endif
