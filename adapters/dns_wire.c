/*
 * The TTL walk over a raw DNS answer; see dns_wire.h.
 */
#include "dns_wire.h"

#include <limits.h>

#define DNS_TYPE_SOA 6

static uint16_t get16(const unsigned char *p)
{
    return (uint16_t)(p[0] << 8 | p[1]);
}

/* RFC 2181 section 8: a TTL with the top bit set means zero. */
static uint32_t get_ttl(const unsigned char *p)
{
    uint32_t t = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
                 (uint32_t)p[2] << 8 | p[3];
    return t > INT32_MAX ? 0 : t;
}

/* Past the name at m[i], within len; 0 when it runs out or is bad. A
 * compression pointer ends the name here, so nothing loops. */
static size_t skip_name(const unsigned char *m, size_t len, size_t i)
{
    while (i < len) {
        unsigned l = m[i];
        if (l == 0)
            return i + 1;
        if ((l & 0xC0) == 0xC0)
            return len - i >= 2 ? i + 2 : 0;
        if (l & 0xC0)
            return 0;
        i += 1 + l;
    }
    return 0;
}

/* The smallest TTL of the answer section, and the negative TTL min(SOA
 * TTL, SOA MINIMUM) of the authority section (RFC 2308 section 5);
 * UINT32_MAX when absent. False when malformed. */
bool mxqd_dns_wire_ttls(const unsigned char *m, size_t len,
                        uint32_t *answer, uint32_t *negative)
{
    if (m == NULL || len < 12)
        return false;
    unsigned qd = get16(m + 4), an = get16(m + 6), ns = get16(m + 8);
    size_t i = 12;
    for (unsigned k = 0; k < qd; k++) {
        if ((i = skip_name(m, len, i)) == 0 || len - i < 4)
            return false;
        i += 4;
    }
    for (unsigned k = 0; k < an + ns; k++) {
        if ((i = skip_name(m, len, i)) == 0 || len - i < 10)
            return false;
        uint16_t type = get16(m + i);
        uint32_t ttl = get_ttl(m + i + 4);
        size_t rdlen = get16(m + i + 8), end = i + 10 + rdlen, j;
        if (len < end)
            return false;
        i += 10;
        if (k < an && ttl < *answer)
            *answer = ttl;
        if (k >= an && type == DNS_TYPE_SOA && *negative == UINT32_MAX &&
            (j = skip_name(m, end, i)) != 0 &&      /* MNAME */
            (j = skip_name(m, end, j)) != 0 && end - j >= 20) {
            uint32_t min = get_ttl(m + j + 16);     /* RNAME, then MINIMUM */
            *negative = ttl < min ? ttl : min;
        }
        i = end;
    }
    return true;
}
