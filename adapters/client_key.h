/*
 * The key that stands for a client in the per-client tables
 * (rate_limit.h, client_count.h): an IPv4 address as it is, an IPv6
 * address by its first `ipv6_prefix` bits (one site: /64 by default,
 * `smtp-ipv6-prefix`), so that a client cannot escape its limits by
 * taking the next address of its network.
 */
#ifndef MXQD_CLIENT_KEY_H
#define MXQD_CLIENT_KEY_H

#include <stddef.h>
#include <stdint.h>

#include "access.h"

struct mxqd_client_key {
    uint8_t octets[17];            /* family, then the address */
};

/* An address of unknown family is one key of its own. */
void mxqd_client_key(const struct mxqd_ip *ip, unsigned ipv6_prefix,
                     struct mxqd_client_key *key);
size_t mxqd_client_key_hash(const struct mxqd_client_key *key);

#endif
