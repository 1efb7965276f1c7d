/*
 * DKIM canonicalisation (RFC 6376 §3.4) feeding a hash (§3.7).
 *
 * Header fields are canonicalised whole (mxq_dkim_canon_header); the body
 * through a streaming canonicaliser that can be fed in pieces of any size
 * (it carries the empty lines and the WSP it has not yet decided about
 * across pieces) and hashes at most l= octets of the canonical body while
 * counting all of them.
 *
 *   mxq_dkim_body_init(&b, MXQ_DKIM_RELAXED, MXQ_DKIM_SHA256, limit);
 *   mxq_dkim_body_update(&b, piece, n);   (as often as needed)
 *   mxq_dkim_body_final(&b, digest, &digest_len);
 *   b.length: octets of the whole canonical body
 */
#ifndef MXQ_CHECKS_DKIM_CANON_H
#define MXQ_CHECKS_DKIM_CANON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>


enum mxq_dkim_canon {
    MXQ_DKIM_SIMPLE = 0,
    MXQ_DKIM_RELAXED
};

enum mxq_dkim_hash_alg {
    MXQ_DKIM_SHA256 = 0,
    MXQ_DKIM_SHA1
};

/* The longest digest (SHA-256). */
#define MXQ_DKIM_DIGEST_MAX 32

/* OpenSSL's EVP digest (libcrypto's SHA-256 runs on the CPU's SHA
 * instructions; see CMakeLists.txt). */
struct evp_md_ctx_st;

struct mxq_dkim_hash {
    enum mxq_dkim_hash_alg alg;
    struct evp_md_ctx_st *ctx;
};

bool mxq_dkim_hash_init(struct mxq_dkim_hash *h, enum mxq_dkim_hash_alg alg);
void mxq_dkim_hash_update(struct mxq_dkim_hash *h, const void *p, size_t n);
/* Writes the digest (32 or 20 octets) and frees the context. */
size_t mxq_dkim_hash_final(struct mxq_dkim_hash *h,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX]);
/* Frees a context without a digest. */
void mxq_dkim_hash_free(struct mxq_dkim_hash *h);
size_t mxq_dkim_hash_size(enum mxq_dkim_hash_alg alg);

/* Hashes one header field canonicalised: `head` is the field up to and
 * including its ':' (head_len octets), of which the first name_len are
 * the name (the rest obsolete WSP before the ':'); `body` the field body
 * without the field's final CRLF. With crlf the canonical CRLF follows
 * (every field but the DKIM-Signature being verified). */
void mxq_dkim_canon_header(struct mxq_dkim_hash *h, enum mxq_dkim_canon c,
                           const char *head, size_t head_len,
                           size_t name_len, const char *body,
                           size_t body_len, bool crlf);

/* Canonical octets gathered before they are hashed. */
#define MXQ_DKIM_BODY_CHUNK 4096

struct mxq_dkim_body {
    enum mxq_dkim_canon canon;
    struct mxq_dkim_hash hash;
    bool limited;          /* l= given */
    uint64_t limit;        /* with limited: octets to hash at most */
    uint64_t hashed;       /* canonical octets hashed */
    uint64_t length;       /* canonical octets produced */
    uint64_t empty_lines;  /* CRLFs held back: they may be trailing */
    bool any;              /* a line with content was produced */
    bool cr;               /* the last octet was a CR (its LF may follow) */
    bool wsp;              /* relaxed: WSP held back */
    size_t used;
    uint8_t chunk[MXQ_DKIM_BODY_CHUNK];
};

/* limit: hash at most that many canonical octets, when limited. */
bool mxq_dkim_body_init(struct mxq_dkim_body *b, enum mxq_dkim_canon c,
                        enum mxq_dkim_hash_alg alg, bool limited,
                        uint64_t limit);
void mxq_dkim_body_update(struct mxq_dkim_body *b, const char *p, size_t n);
/* Ends the body (the final CRLF of §3.4.3/§3.4.4) and writes the digest;
 * b->length is then the whole canonical body's length. */
size_t mxq_dkim_body_final(struct mxq_dkim_body *b,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX]);
/* Frees a canonicaliser that is not finished. */
void mxq_dkim_body_free(struct mxq_dkim_body *b);

#endif
