#include "dnsbl.h"

#include <string.h>

#include "utf8.h"

static bool ipv4_mapped(const uint8_t ip[16])
{
    static const uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return memcmp(ip, prefix, sizeof prefix) == 0;
}

size_t mxq_dnsbl_query_name(const uint8_t ip[16], bool ipv6, const char *zone,
                            char out[MXQ_DNSBL_NAME_MAX])
{
    static const char hex[] = "0123456789abcdef";
    size_t zn = strlen(zone), n = 0;

    if (zn == 0)
        return 0;
    if (ipv6 && ipv4_mapped(ip)) {
        ip += 12;
        ipv6 = false;
    }
    if (ipv6) {
        for (size_t i = 16; i-- > 0;) {
            out[n++] = hex[ip[i] & 0xf];
            out[n++] = '.';
            out[n++] = hex[ip[i] >> 4];
            out[n++] = '.';
        }
    } else {
        for (size_t i = 4; i-- > 0;) {
            uint8_t v = ip[i];
            if (v >= 100)
                out[n++] = (char)('0' + v / 100);
            if (v >= 10)
                out[n++] = (char)('0' + v / 10 % 10);
            out[n++] = (char)('0' + v % 10);
            out[n++] = '.';
        }
    }
    if (n + zn + 1 > MXQ_DNSBL_NAME_MAX)
        return 0;
    memcpy(out + n, zone, zn + 1);
    return n + zn;
}

bool mxq_dnsbl_listed(enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n)
{
    if (rcode != MXQ_DNS_OK)
        return false;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *a = records[i].data.p;
        if (records[i].data.n != 4 || a[0] != 127)
            continue;
        if (a[1] == 255 && a[2] == 255)
            continue; /* the list refused the query */
        return true;
    }
    return false;
}

bool mxq_dnsbl_reason(enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n,
                      char *out)
{
    if (rcode != MXQ_DNS_OK || n == 0)
        return false;
    size_t len = records[0].data.n;
    if (len > MXQ_DNSBL_REASON_MAX)
        len = MXQ_DNSBL_REASON_MAX;
    /* It goes into an SMTP reply: printable ASCII only (grammar/utf8.rl). */
    if (len == 0 || !mxq_text_valid((const char *)records[0].data.p, len,
                                    false))
        return false;
    memcpy(out, records[0].data.p, len);
    out[len] = '\0';
    return true;
}
