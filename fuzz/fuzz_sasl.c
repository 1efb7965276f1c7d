/*
 * fuzz-sasl: the SMTP AUTH pieces of grammar/sasl.rl. The input is taken
 * as a base64 response and as a decoded PLAIN message.
 *
 * mxq_base64_decode() must agree with a plain RFC 4648 decoder written
 * here (padding required, no whitespace, "=" alone is empty), never write
 * past its capacity; mxq_sasl_plain_split() must agree with splitting at
 * the two NULs by hand, and its slices must lie inside the message;
 * mxq_sasl_identity_valid() and mxq_sasl_password_valid() must agree with
 * an octet check by hand plus mxq_utf8_valid() (fuzzed on its own).
 */
#include "fuzz_support.h"

#include "sasl.h"
#include "utf8.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static int sasl_sextet(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* Decodes into out (room for n octets); (size_t)-1 when not base64. */
static size_t sasl_reference_base64(const char *in, size_t n, char *out)
{
    if (n == 1 && in[0] == '=')
        return 0;
    if (n % 4 != 0)
        return (size_t)-1;
    size_t o = 0;
    for (size_t i = 0; i < n; i += 4) {
        bool last = i + 4 == n;
        int pad = 0;
        if (last && in[i + 3] == '=')
            pad = in[i + 2] == '=' ? 2 : 1;
        uint32_t acc = 0;
        for (int k = 0; k < 4 - pad; k++) {
            int v = sasl_sextet((unsigned char)in[i + k]);
            if (v < 0)
                return (size_t)-1;
            acc = acc << 6 | (uint32_t)v;
        }
        if (pad == 0) {
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
        } else if (pad == 1) {
            out[o++] = (char)(acc >> 10);
            out[o++] = (char)(acc >> 2);
        } else {
            out[o++] = (char)(acc >> 4);
        }
    }
    return o;
}

static void sasl_check_base64(const char *in, size_t n)
{
    char *want = fuzz_alloc(n + 1);
    char *got = fuzz_alloc(n + 1);
    size_t w = sasl_reference_base64(in, n, want);
    size_t g = mxq_base64_decode(in, n, got, n + 1);

    FUZZ_CHECK(g == w, "base64: %zu, reference %zu", g, w);
    if (w != (size_t)-1) {
        FUZZ_CHECK(memcmp(got, want, w) == 0, "base64: decoded octets differ");
        /* Exactly enough room works; one octet less is refused. */
        char *exact = fuzz_alloc(w);
        FUZZ_CHECK(mxq_base64_decode(in, n, exact, w) == w,
                   "base64: exact capacity refused");
        if (w > 0)
            FUZZ_CHECK(mxq_base64_decode(in, n, exact, w - 1) == (size_t)-1,
                       "base64: decoded past its capacity");
        free(exact);
    }
    free(want);
    free(got);
}

static void sasl_check_plain(const char *msg, size_t n)
{
    struct mxq_slice zid, cid, pw;
    bool got = mxq_sasl_plain_split(msg, n, &zid, &cid, &pw);

    const char *nul1 = memchr(msg, '\0', n);
    const char *nul2 = nul1 ? memchr(nul1 + 1, '\0', n - (size_t)(nul1 + 1 - msg))
                            : NULL;
    const char *nul3 = nul2 ? memchr(nul2 + 1, '\0', n - (size_t)(nul2 + 1 - msg))
                            : NULL;
    bool want = nul2 != NULL && nul3 == NULL && nul2 > nul1 + 1 &&
                nul2 + 1 < msg + n;
    FUZZ_CHECK(got == want, "PLAIN: split %d, reference %d", got, want);
    if (!want)
        return;
    FUZZ_CHECK(zid.p == msg && zid.n == (size_t)(nul1 - msg) &&
                   cid.p == nul1 + 1 && cid.n == (size_t)(nul2 - nul1 - 1) &&
                   pw.p == nul2 + 1 && pw.n == (size_t)(msg + n - nul2 - 1),
               "PLAIN: the parts differ from the reference");
}

static void sasl_check_text(const char *t, size_t n)
{
    bool no_nul = true, no_control = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        no_nul = no_nul && c != 0;
        no_control = no_control && c >= 0x20 && c != 0x7f;
    }
    bool utf8 = mxq_utf8_valid(t, n);
    FUZZ_CHECK(mxq_sasl_identity_valid(t, n) == (n > 0 && no_control && utf8),
               "identity verdict differs from the reference");
    FUZZ_CHECK(mxq_sasl_password_valid(t, n) == (no_nul && utf8),
               "password verdict differs from the reference");
    FUZZ_CHECK(mxq_sasl_is_cancel(t, n) == (n == 1 && t[0] == '*'),
               "cancel verdict differs from the reference");
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);
    sasl_check_base64(in, size);
    sasl_check_plain(in, size);
    sasl_check_text(in, size);

    /* What an AUTH PLAIN response decodes to is split next. */
    char *decoded = fuzz_alloc(size + 1);
    size_t n = mxq_base64_decode(in, size, decoded, size + 1);
    if (n != (size_t)-1) {
        char *exact = fuzz_copy(decoded, n);
        sasl_check_plain(exact, n);
        sasl_check_text(exact, n);
        free(exact);
    }
    free(decoded);
    free(in);
    return 0;
}
