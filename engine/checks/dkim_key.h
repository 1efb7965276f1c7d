/*
 * A DKIM public key from its TXT answer to a verified signature: what
 * DKIM-Signature (RFC 6376 §6.1.2-3) and both ARC signatures (RFC 8617
 * §5.1) do alike with s._domainkey.d.
 */
#ifndef MXQ_CHECKS_DKIM_KEY_H
#define MXQ_CHECKS_DKIM_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/rsa.h>

#include "dkim_signature.h"
#include "mxq/mxq.h"

enum mxq_dkim_key_outcome {
    MXQ_DKIM_KEY_OK = 0,
    MXQ_DKIM_KEY_PERMERROR,     /* no key, or an unusable one */
    MXQ_DKIM_KEY_TEMPERROR      /* the lookup failed, or out of memory */
};

/* Reads the first record of the answer that is a key (§3.6.2.2) into
 * *key; otherwise the outcome and a short reason ("no key", "key lookup
 * timed out", the record's fault...). */
enum mxq_dkim_key_outcome
mxq_dkim_key_from_answer(enum mxq_dns_rcode rcode,
                         const struct mxq_dns_record *records, size_t n,
                         struct mxq_dkim_key *key, const char **reason);

/* The key's material, imported and checked before any hashing (§6.1.2
 * step 9: a key unfit for the algorithm is permerror). */
struct mxq_dkim_public_key {
    bool ed25519;
    unsigned bits;             /* RSA modulus size, 256 for ed25519 */
    union {
        RsaKey rsa;
        ed25519_key ed;
    } u;
};

/* Imports the key for a signature of algorithm alg: its type must match
 * and an RSA key must have min_rsa_bits..MXQ_DKIM_MAX_KEY_BITS bits.
 * pk->bits is set once the key was read, even when it is refused. On
 * success the caller frees pk with mxq_dkim_public_key_free(). */
enum mxq_dkim_key_outcome
mxq_dkim_public_key_load(const struct mxq_dkim_key *key,
                         enum mxq_dkim_algorithm alg, unsigned min_rsa_bits,
                         struct mxq_dkim_public_key *pk, const char **reason);

/* Whether b[0..b_len) is alg's signature over the header hash. */
bool mxq_dkim_public_key_verify(struct mxq_dkim_public_key *pk,
                                enum mxq_dkim_algorithm alg,
                                const uint8_t *b, size_t b_len,
                                const uint8_t *digest, size_t digest_len);

void mxq_dkim_public_key_free(struct mxq_dkim_public_key *pk);

#endif
