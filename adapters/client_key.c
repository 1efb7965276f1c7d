/*
 * Client keys; see client_key.h.
 */
#include "client_key.h"

#include <string.h>
#include <sys/socket.h>

void mxqd_client_key(const struct mxqd_ip *ip, unsigned ipv6_prefix,
                     struct mxqd_client_key *key)
{
    memset(key, 0, sizeof *key);
    key->octets[0] = (uint8_t)ip->family;
    if (ip->family == AF_INET) {
        memcpy(key->octets + 1, ip->addr, 4);
    } else if (ip->family == AF_INET6) {
        unsigned bits = ipv6_prefix > 128 ? 128 : ipv6_prefix;
        memcpy(key->octets + 1, ip->addr, bits / 8);
        if (bits % 8)
            key->octets[1 + bits / 8] =
                (uint8_t)(ip->addr[bits / 8] & (0xff00u >> (bits % 8)));
    }
}

size_t mxqd_client_key_hash(const struct mxqd_client_key *key)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < sizeof key->octets; i++)
        h = (h ^ key->octets[i]) * 1099511628211u;
    return (size_t)h;
}
