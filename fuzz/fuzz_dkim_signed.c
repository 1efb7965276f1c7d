/*
 * fuzz-dkim_signed: DKIM over messages this harness signs itself, so
 * that the verifier's passing path is fuzzed as much as its failures.
 *
 * Input: a flags octet (bits 0-1: header and body canonicalisation,
 * simple or relaxed; bits 2-7 with the next octet: where to change the
 * body), then the message (any bytes). The harness puts an
 * ed25519-sha256 DKIM-Signature on top, made with the engine's
 * canonicalisation and field index and RFC 8032 §7.1's test key
 * (d=fuzz.test, s=ed, h=from:to:subject), and has the verifier check it
 * with that key's record.
 *
 * Invariants: when the message's header section reads (no malformed or
 * excess fields, no continuation line first), the signature passes; with one visible octet of the
 * body changed, it does not (the body hash must see it, in both
 * canonicalisations).
 */
#include "fuzz_support.h"

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/ed25519.h>

#include "base64.h"
#include "dkim.h"
#include "dkim_canon.h"
#include "fuzz_dns.h"
#include "signed_fields.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

/* RFC 8032 §7.1 test 1: the secret key of fuzz_key_ed25519. */
static const uint8_t fuzz_ed25519_secret[32] = {
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a,
    0xf4, 0x92, 0xec, 0x2c, 0xc4, 0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32,
    0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60};
static const uint8_t fuzz_ed25519_public[32] = {
    0xd7, 0x5a, 0x98, 0x01, 0x82, 0xb1, 0x0a, 0xb7, 0xd5, 0x4b, 0xfe,
    0xd3, 0xc9, 0x64, 0x07, 0x3a, 0x0e, 0xe1, 0x72, 0xf3, 0xda, 0xa6,
    0x23, 0x25, 0xaf, 0x02, 0x1a, 0x68, 0xf7, 0x07, 0x51, 0x1a};

/* base64 of p[0..n) into out (the engine's encoder); its length. */
static size_t base64_of(const uint8_t *p, size_t n, char *out)
{
    struct mxq_buffer buf = {0};
    FUZZ_CHECK(mxq_base64_append(&buf, p, n), "out of memory");
    memcpy(out, buf.data, buf.len);
    size_t len = buf.len;
    mxq_buffer_free(&buf);
    return len;
}

/* The verifier's result for the top signature of msg. */
static enum mxq_dkim_result verify(const char *msg, size_t n)
{
    struct mxq_dkim *v = mxq_dkim_new(msg, n, 0);
    FUZZ_CHECK(v != NULL, "out of memory");
    const char *name;
    while (mxq_dkim_run(v, &name) == MXQ_DKIM_NEED_DNS) {
        const char *k = strcmp(name, "ed._domainkey.fuzz.test") == 0
                            ? fuzz_key_ed25519
                            : "";
        struct mxq_dns_record r = {0, {(const uint8_t *)k, strlen(k)}};
        mxq_dkim_answer(v, *k ? MXQ_DNS_OK : MXQ_DNS_NXDOMAIN, &r, 1);
    }
    FUZZ_CHECK(mxq_dkim_count(v) >= 1, "our signature not found");
    enum mxq_dkim_result r = mxq_dkim_get(v, 0)->result;
    mxq_dkim_free(v);
    return r;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const canon[] = {"simple", "relaxed"};
    enum mxq_dkim_canon hc = data[0] & 1 ? MXQ_DKIM_RELAXED : MXQ_DKIM_SIMPLE;
    enum mxq_dkim_canon bc = data[0] & 2 ? MXQ_DKIM_RELAXED : MXQ_DKIM_SIMPLE;
    size_t where = (size_t)(data[0] >> 2) << 8 | data[1];
    const char *m = (const char *)data + 2;
    size_t mn = size - 2;

    /* The body hash of the message as it is. */
    struct mxq_signed_fields orig;
    FUZZ_CHECK(mxq_signed_fields_scan(&orig, m, mn, MXQ_DKIM_MAX_FIELDS - 1),
               "out of memory");
    /* A message whose header section does not read, or which starts with
     * a continuation line (it would extend our field), is not signed. */
    bool readable = orig.error == NULL &&
                    !(mn > 0 && (m[0] == ' ' || m[0] == '\t'));
    size_t body = orig.body_offset;
    mxq_signed_fields_free(&orig);
    if (!readable)
        return 0;
    struct mxq_dkim_body b;
    uint8_t bh[MXQ_DKIM_DIGEST_MAX];
    FUZZ_CHECK(mxq_dkim_body_init(&b, bc, MXQ_DKIM_SHA256, false, 0), "init");
    mxq_dkim_body_update(&b, m + body, mn - body);
    size_t bh_len = mxq_dkim_body_final(&b, bh);
    char bh64[64];
    bh64[base64_of(bh, bh_len, bh64)] = '\0';

    /* The field, b= still empty, on top of the message. */
    char head[256];
    int hl = snprintf(head, sizeof head,
                      "DKIM-Signature: v=1; a=ed25519-sha256; c=%s/%s; "
                      "d=fuzz.test; s=ed;\r\n\th=from:to:subject; bh=%s;\r\n"
                      "\tb=",
                      canon[hc], canon[bc], bh64);
    FUZZ_CHECK(hl > 0 && (size_t)hl < sizeof head, "head");
    size_t sig_b64 = 88;       /* 64 octets in base64 */
    size_t total = (size_t)hl + sig_b64 + 2 + mn;
    char *msg = fuzz_alloc(total);
    memcpy(msg, head, (size_t)hl);
    memcpy(msg + hl + sig_b64 + 2, m, mn);
    memcpy(msg + hl + sig_b64, "\r\n", 2);

    /* The header hash over a copy without the b= value yet. */
    size_t unsigned_n = (size_t)hl + 2 + mn;
    char *unsigned_msg = fuzz_alloc(unsigned_n);
    memcpy(unsigned_msg, head, (size_t)hl);
    memcpy(unsigned_msg + hl, "\r\n", 2);
    memcpy(unsigned_msg + hl + 2, m, mn);
    struct mxq_signed_fields x;
    FUZZ_CHECK(mxq_signed_fields_scan(&x, unsigned_msg, unsigned_n,
                                      MXQ_DKIM_MAX_FIELDS),
               "out of memory");
    FUZZ_CHECK(x.count >= 1 && mxq_signed_field_is(&x, 0, "DKIM-Signature"),
               "the signature is not the first field");
    struct mxq_slice h[3] = {{"from", 4}, {"to", 2}, {"subject", 7}};
    struct mxq_dkim_hash hh;
    FUZZ_CHECK(mxq_dkim_hash_init(&hh, MXQ_DKIM_SHA256), "hash");
    mxq_signed_fields_hash_list(&x, h, 3, &hh, hc);
    size_t field_body = x.f[0].body_end - x.f[0].body_start;
    FUZZ_CHECK(mxq_signed_field_hash_unsigned(&x, 0, &hh, hc, field_body,
                                              field_body),
               "out of memory");
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    size_t dl = mxq_dkim_hash_final(&hh, digest);
    mxq_signed_fields_free(&x);
    free(unsigned_msg);

    ed25519_key key;
    uint8_t sig[ED25519_SIG_SIZE];
    word32 sig_len = sizeof sig;
    FUZZ_CHECK(wc_ed25519_init(&key) == 0 &&
                   wc_ed25519_import_private_key(
                       fuzz_ed25519_secret, 32, fuzz_ed25519_public, 32,
                       &key) == 0 &&
                   wc_ed25519_sign_msg(digest, (word32)dl, sig, &sig_len,
                                       &key) == 0,
               "signing");
    wc_ed25519_free(&key);
    FUZZ_CHECK(base64_of(sig, sig_len, msg + hl) == sig_b64, "b= length");

    {
        enum mxq_dkim_result r = verify(msg, total);
        FUZZ_CHECK(r == MXQ_DKIM_PASS, "own signature: %s",
                   mxq_dkim_result_name(r));
        /* One visible octet of the body changed. */
        size_t at = (size_t)hl + sig_b64 + 2 + body;
        size_t body_n = total - at;
        for (size_t k = 0; k < body_n; k++) {
            size_t i = at + (where + k) % body_n;
            char c = msg[i];
            if (c > ' ' && c < 0x7f) {
                msg[i] = c == 'x' ? 'y' : 'x';
                r = verify(msg, total);
                FUZZ_CHECK(r == MXQ_DKIM_FAIL, "changed body: %s",
                           mxq_dkim_result_name(r));
                break;
            }
        }
    }
    free(msg);
    return 0;
}
