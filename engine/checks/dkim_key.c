#include "dkim_key.h"

#include <stdlib.h>
#include <string.h>

#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/hash.h>

enum mxq_dkim_key_outcome
mxq_dkim_key_from_answer(enum mxq_dns_rcode rcode,
                         const struct mxq_dns_record *records, size_t n,
                         struct mxq_dkim_key *key, const char **reason)
{
    if (rcode == MXQ_DNS_OK && (n == 0 || records == NULL))
        rcode = MXQ_DNS_NODATA;
    switch (rcode) {
    case MXQ_DNS_OK:
        break;
    case MXQ_DNS_NXDOMAIN:
    case MXQ_DNS_NODATA:
        *reason = "no key";
        return MXQ_DKIM_KEY_PERMERROR;
    case MXQ_DNS_TIMEOUT:
        *reason = "key lookup timed out";
        return MXQ_DKIM_KEY_TEMPERROR;
    default:
        *reason = "key lookup failed";
        return MXQ_DKIM_KEY_TEMPERROR;
    }
    const char *first_why = NULL;
    for (size_t k = 0; k < n; k++) {
        const char *why;
        if (mxq_dkim_key_parse((const char *)records[k].data.p,
                               records[k].data.n, key, &why))
            return MXQ_DKIM_KEY_OK;
        if (first_why == NULL)
            first_why = why;
    }
    *reason = first_why;
    return MXQ_DKIM_KEY_PERMERROR;
}

static enum mxq_dkim_key_outcome refuse(const char **reason, const char *why)
{
    *reason = why;
    return MXQ_DKIM_KEY_PERMERROR;
}

enum mxq_dkim_key_outcome
mxq_dkim_public_key_load(const struct mxq_dkim_key *key,
                         enum mxq_dkim_algorithm alg, unsigned min_rsa_bits,
                         struct mxq_dkim_public_key *pk, const char **reason)
{
    pk->ed25519 = alg == MXQ_DKIM_ED25519_SHA256;
    pk->bits = 0;
    if ((key->type == MXQ_DKIM_KEY_ED25519) != pk->ed25519)
        return refuse(reason, "key type does not match a=");
    if (alg == MXQ_DKIM_RSA_SHA1 ? !key->sha1 : !key->sha256)
        return refuse(reason, "hash not allowed by key h=");
    if (pk->ed25519) {
        if (key->p_len != ED25519_PUB_KEY_SIZE)
            return refuse(reason, "key: not an ed25519 key");
        if (wc_ed25519_init(&pk->u.ed) != 0) {
            *reason = "out of memory";
            return MXQ_DKIM_KEY_TEMPERROR;
        }
        if (wc_ed25519_import_public(key->p, (word32)key->p_len,
                                     &pk->u.ed) != 0) {
            wc_ed25519_free(&pk->u.ed);
            return refuse(reason, "key: not an ed25519 key");
        }
        pk->bits = 256;
        return MXQ_DKIM_KEY_OK;
    }
    word32 idx = 0;
    if (wc_InitRsaKey(&pk->u.rsa, NULL) != 0) {
        *reason = "out of memory";
        return MXQ_DKIM_KEY_TEMPERROR;
    }
    /* A SubjectPublicKeyInfo, or a bare RSAPublicKey (older keys). */
    if (wc_RsaPublicKeyDecode(key->p, &idx, &pk->u.rsa,
                              (word32)key->p_len) != 0) {
        wc_FreeRsaKey(&pk->u.rsa);
        return refuse(reason, "key: not an RSA key");
    }
    int bytes = wc_RsaEncryptSize(&pk->u.rsa);
    pk->bits = bytes > 0 ? (unsigned)bytes * 8 : 0;
    const char *why = NULL;
    if (pk->bits < min_rsa_bits)
        why = "key too short (RFC 8301)";
    else if (pk->bits > MXQ_DKIM_MAX_KEY_BITS)
        why = "key too long";
    if (why != NULL) {
        wc_FreeRsaKey(&pk->u.rsa);
        return refuse(reason, why);
    }
    return MXQ_DKIM_KEY_OK;
}

static bool verify_rsa(RsaKey *rsa, enum mxq_dkim_algorithm alg,
                       const uint8_t *b, size_t b_len, const uint8_t *digest,
                       size_t digest_len)
{
    uint8_t out[MXQ_DKIM_MAX_SIG_OCTETS];
    uint8_t want[MXQ_DKIM_DIGEST_MAX + 32];
    int got = -1;
    if (b_len == (size_t)wc_RsaEncryptSize(rsa))
        got = wc_RsaSSL_Verify(b, (word32)b_len, out, sizeof out, rsa);
    int oid = wc_HashGetOID(alg == MXQ_DKIM_RSA_SHA1 ? WC_HASH_TYPE_SHA
                                                     : WC_HASH_TYPE_SHA256);
    word32 want_len = wc_EncodeSignature(want, digest, (word32)digest_len,
                                         oid);
    return got > 0 && (word32)got == want_len &&
           memcmp(out, want, want_len) == 0;
}

bool mxq_dkim_public_key_verify(struct mxq_dkim_public_key *pk,
                                enum mxq_dkim_algorithm alg,
                                const uint8_t *b, size_t b_len,
                                const uint8_t *digest, size_t digest_len)
{
    if (!pk->ed25519)
        return verify_rsa(&pk->u.rsa, alg, b, b_len, digest, digest_len);
    /* RFC 8463 §3: the signature is over the SHA-256 of the header data. */
    int ok = 0;
    if (b_len != ED25519_SIG_SIZE ||
        wc_ed25519_verify_msg(b, (word32)b_len, digest, (word32)digest_len,
                              &ok, &pk->u.ed) != 0)
        ok = 0;
    return ok == 1;
}

void mxq_dkim_public_key_free(struct mxq_dkim_public_key *pk)
{
    if (pk->ed25519)
        wc_ed25519_free(&pk->u.ed);
    else
        wc_FreeRsaKey(&pk->u.rsa);
}
