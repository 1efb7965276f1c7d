/*
 * DNS answers taken from a fuzzer's input, for the harnesses of checks
 * that ask for key records (fuzz-dkim, fuzz-arc, fuzz-dkim_signed).
 */
#ifndef MXQ_FUZZ_DNS_H
#define MXQ_FUZZ_DNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mxq/mxq.h"

/* Key records answered when the input has run out: RSA-1024 (the key of
 * ValiMail's ARC suite and of the conformance data) and ed25519 (RFC 8032
 * §7.1 test 1, whose secret key fuzz-dkim_signed signs with). */
static const char fuzz_key_rsa1024[] =
    "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6"
    "NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/"
    "e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTI"
    "KT+l/K4w3QIDAQAB";
static const char fuzz_key_ed25519[] =
    "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

/* One answer from the input: an rcode octet (& 7: 0-3 OK, 4 NXDOMAIN,
 * 5 NODATA, 6 SERVFAIL, 7 TIMEOUT), a count octet (& 3 records), then per
 * record a 2-octet big-endian length and the record's octets (cut at the
 * input's end). *at moves past it; false when fewer than 2 octets are
 * left. The records point into the input. */
static inline bool fuzz_next_answer(const uint8_t **at, const uint8_t *end,
                                    enum mxq_dns_rcode *rcode,
                                    struct mxq_dns_record recs[3],
                                    size_t *got)
{
    static const enum mxq_dns_rcode codes[8] = {
        MXQ_DNS_OK, MXQ_DNS_OK, MXQ_DNS_OK, MXQ_DNS_OK,
        MXQ_DNS_NXDOMAIN, MXQ_DNS_NODATA, MXQ_DNS_SERVFAIL,
        MXQ_DNS_TIMEOUT};
    const uint8_t *ans = *at;
    if (ans + 2 > end)
        return false;
    unsigned rc = ans[0] & 7, count = ans[1] & 3;
    ans += 2;
    *got = 0;
    for (unsigned k = 0; k < count && ans + 2 <= end; k++) {
        size_t rl = (size_t)ans[0] << 8 | ans[1];
        ans += 2;
        if (rl > (size_t)(end - ans))
            rl = (size_t)(end - ans);
        recs[*got].preference = 0;
        recs[*got].data.p = ans;
        recs[*got].data.n = rl;
        (*got)++;
        ans += rl;
    }
    *rcode = codes[rc];
    *at = ans;
    return true;
}

#endif
