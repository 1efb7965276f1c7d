/*
 * DKIM-Signature field bodies (RFC 6376 §3.5) and key records (§3.6.1),
 * read into structs; RFC 8301 (no rsa-sha1) and RFC 8463 (ed25519); the
 * two ARC signatures, ARC-Message-Signature and ARC-Seal (RFC 8617 §4.1),
 * which are DKIM-Signature with an instance in i= and a few rules of
 * their own, and the instance of ARC-Authentication-Results.
 *
 * Pure functions, no allocation: strings are slices into the caller's
 * bytes, base64 values are decoded into the structs. A false return
 * means the signature or key is unusable (permerror), with a short
 * reason ("missing b=", "h= lacks From", ...).
 */
#ifndef MXQ_CHECKS_DKIM_SIGNATURE_H
#define MXQ_CHECKS_DKIM_SIGNATURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dkim_canon.h"
#include "slice.h"

/* Bounds: a signature or a key of 8192 bits; at most this many names in
 * h= (more is permerror). */
#define MXQ_DKIM_MAX_KEY_BITS 8192
#define MXQ_DKIM_MAX_SIG_OCTETS (MXQ_DKIM_MAX_KEY_BITS / 8)
/* An 8192-bit SubjectPublicKeyInfo is about 1060 octets. */
#define MXQ_DKIM_MAX_KEY_OCTETS 1100
#define MXQ_DKIM_MAX_SIGNED_HEADERS 64

enum mxq_dkim_algorithm {
    MXQ_DKIM_RSA_SHA256 = 0,
    MXQ_DKIM_ED25519_SHA256,
    MXQ_DKIM_RSA_SHA1          /* read, but permerror unless allowed */
};

/* RFC 8617 §4.1: instances run 1..50. */
#define MXQ_ARC_MAX_INSTANCE 50

enum mxq_signature_kind {
    MXQ_SIGNATURE_DKIM = 0,     /* DKIM-Signature */
    MXQ_SIGNATURE_ARC_MESSAGE,  /* ARC-Message-Signature: i= the instance,
                                   no v=, h= may be empty but not name
                                   ARC-Seal */
    MXQ_SIGNATURE_ARC_SEAL      /* ARC-Seal: i= and cv=, no h=, bh= nor
                                   c= (always relaxed header fields) */
};

/* ARC-Seal's cv= (chain validation status). */
enum mxq_arc_cv {
    MXQ_ARC_CV_NONE = 0,
    MXQ_ARC_CV_FAIL,
    MXQ_ARC_CV_PASS
};

struct mxq_dkim_signature {
    enum mxq_dkim_algorithm algorithm;
    unsigned instance;         /* ARC: i= */
    enum mxq_arc_cv cv;        /* ARC-Seal */
    struct mxq_slice a;        /* as written */
    enum mxq_dkim_canon header_canon, body_canon;
    struct mxq_slice d, s;
    struct mxq_slice i;        /* as written, or empty: then "@" d */
    struct mxq_slice i_domain; /* the part after the last '@', its
                                  dkim-quoted-printable decoded (d without
                                  i=); points into i_domain_buf or at d */
    char i_domain_buf[256];
    struct mxq_slice b_text;   /* the b= value, without FWS around it */
    size_t b_raw_start, b_raw_end; /* what "b= emptied" removes, offsets
                                      in the field body */
    uint8_t b[MXQ_DKIM_MAX_SIG_OCTETS];
    size_t b_len;
    uint8_t bh[MXQ_DKIM_DIGEST_MAX];
    size_t bh_len;
    struct mxq_slice h[MXQ_DKIM_MAX_SIGNED_HEADERS];
    size_t h_count;
    bool has_l, has_t, has_x;
    uint64_t l, t, x;          /* numbers past 2^64-1 saturate */
};

/* Reads a DKIM-Signature field body (p[0..n), folds included). */
bool mxq_dkim_signature_parse(const char *p, size_t n,
                              struct mxq_dkim_signature *sig,
                              const char **reason);

/* Reads a signature field body of the kind given; for ARC, rsa-sha1 and
 * instances outside 1..MXQ_ARC_MAX_INSTANCE are refused. */
bool mxq_signature_parse(enum mxq_signature_kind kind, const char *p,
                         size_t n, struct mxq_dkim_signature *sig,
                         const char **reason);

/* The instance of an ARC-Authentication-Results field body, which must
 * start with "i=" instance ";" (RFC 8617 §4.1.1). */
bool mxq_arc_results_instance(const char *p, size_t n, unsigned *instance);

enum mxq_dkim_key_type {
    MXQ_DKIM_KEY_RSA = 0,
    MXQ_DKIM_KEY_ED25519
};

struct mxq_dkim_key {
    enum mxq_dkim_key_type type;
    bool sha1, sha256;         /* h=: the hashes allowed (both without h=) */
    bool testing;              /* t=y */
    bool strict;               /* t=s: i's domain must be d */
    bool revoked;              /* p= empty */
    uint8_t p[MXQ_DKIM_MAX_KEY_OCTETS];
    size_t p_len;
};

/* Reads a key record (a TXT record's strings joined). */
bool mxq_dkim_key_parse(const char *p, size_t n, struct mxq_dkim_key *key,
                        const char **reason);

/* Case-insensitive equality of two slices (ASCII). */
bool mxq_dkim_slice_eq(struct mxq_slice a, const char *b, size_t n);

#endif
