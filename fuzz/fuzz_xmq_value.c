/*
 * fuzz-xmq-value: the x-mq-* value machines of grammar/xmq_value.rl.
 *
 * The input is a field body. Invariants: unfolding keeps every octet but
 * CR and LF, in order, less the blanks at both ends; each value machine
 * agrees with a plain reference written here (digits and a bound, the
 * time's shape and calendar, inet_pton() for addresses).
 */
#include "fuzz_support.h"

#include <arpa/inet.h>

#include "xmq_value.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool xv_blank(char c)
{
    return c == ' ' || c == '\t';
}

static void xv_check_unfold(const char *in, size_t n, const char *out,
                            size_t len)
{
    char *want = fuzz_alloc(n + 1);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (in[i] != '\r' && in[i] != '\n')
            want[w++] = in[i];
    size_t lo = 0, hi = w;
    while (lo < hi && xv_blank(want[lo]))
        lo++;
    while (hi > lo && xv_blank(want[hi - 1]))
        hi--;
    FUZZ_CHECK(len == hi - lo && memcmp(out, want + lo, len) == 0,
               "unfolded to %zu octets, want %zu", len, hi - lo);
    free(want);
}

static bool xv_ref_uint(const char *p, size_t n, uint64_t max, uint64_t *v)
{
    *v = 0;
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        unsigned d = (unsigned)(p[i] - '0');
        if (*v > (max - d) / 10)
            return false;
        *v = *v * 10 + d;
    }
    return true;
}

static void xv_check_ip(const char *p, size_t n)
{
    char text[64];
    unsigned char addr[16];
    bool want = false;
    if (n < sizeof text && memchr(p, '\0', n) == NULL) {
        memcpy(text, p, n);
        text[n] = '\0';
        want = inet_pton(AF_INET, text, addr) == 1 ||
               inet_pton(AF_INET6, text, addr) == 1;
    }
    FUZZ_CHECK(mxq_xmq_ip(p, n) == want, "ip: machine %d, inet_pton %d",
               !want, want);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    const char *in = (const char *)data;
    char *v = fuzz_alloc(size + 1);
    size_t n = mxq_xmq_unfold(in, size, v);
    xv_check_unfold(in, size, v, n);

    uint64_t got, want;
    static const uint64_t bounds[] = {65535, UINT64_MAX};
    for (size_t b = 0; b < 2; b++) {
        bool ok = mxq_xmq_uint(v, n, bounds[b], &got);
        FUZZ_CHECK(ok == xv_ref_uint(v, n, bounds[b], &want),
                   "uint disagrees");
        FUZZ_CHECK(!ok || got == want, "uint value %llu, want %llu",
                   (unsigned long long)got, (unsigned long long)want);
    }

    uint64_t list[4];
    size_t count = 99;
    if (mxq_xmq_uint_list(v, n, 1000, list, 4, &count)) {
        FUZZ_CHECK(count >= 1 && count <= 4, "list of %zu", count);
        for (size_t i = 0; i < count; i++)
            FUZZ_CHECK(list[i] <= 1000, "list item past the bound");
    }

    if (mxq_xmq_time(v, n)) {
        FUZZ_CHECK(n == 19 && v[4] == '-' && v[7] == '-' && v[10] == ' ' &&
                       v[13] == ':' && v[16] == ':',
                   "time of another shape");
        unsigned month = (unsigned)(v[5] - '0') * 10 + (unsigned)(v[6] - '0');
        unsigned day = (unsigned)(v[8] - '0') * 10 + (unsigned)(v[9] - '0');
        FUZZ_CHECK(month >= 1 && month <= 12 && day >= 1 && day <= 31,
                   "time month %u day %u", month, day);
    }

    bool flag;
    if (mxq_xmq_bool(v, n, &flag))
        FUZZ_CHECK(n >= 1 && n <= 5, "boolean of %zu octets", n);

    unsigned bits = 0;
    if (mxq_xmq_notify(v, n, &bits))
        FUZZ_CHECK(bits == 1 || (bits != 0 && (bits & 1) == 0 && bits < 16),
                   "notify bits %u", bits);
    if (mxq_xmq_ret(v, n, &bits))
        FUZZ_CHECK(bits == 1 || bits == 2, "ret %u", bits);

    xv_check_ip(v, n);
    free(v);
    return 0;
}
