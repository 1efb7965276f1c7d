#include "dkim.h"

#include <stdlib.h>
#include <string.h>

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/hash.h>
#include <wolfssl/wolfcrypt/rsa.h>

#include "dkim_canon.h"
#include "dkim_signature.h"
#include "mime_header.h"

struct field {
    size_t start, name_len, body_start, body_end;
};

/* One body hash, shared by the signatures that ask for the same. */
struct body {
    enum mxq_dkim_canon canon;
    enum mxq_dkim_hash_alg alg;
    bool limited;
    uint64_t limit;
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    size_t digest_len;
    uint64_t length;
};

struct sig {
    size_t field;
    bool parsed, done;
    size_t body;
    struct mxq_dkim_signature s;
    struct mxq_dkim_verdict verdict;
    char d[256], sel[256], i[320], a[32];
};

struct mxq_dkim {
    const char *msg;
    size_t n;
    int64_t now;
    unsigned min_rsa_bits;
    bool allow_sha1;
    struct field *fields;
    size_t field_count, field_cap;
    const char *header_error;  /* every signature is permerror with it */
    size_t body_offset;
    struct sig *sigs;
    size_t sig_count, ignored;
    struct body bodies[MXQ_DKIM_MAX_SIGNATURES];
    size_t body_count;
    size_t current;
    bool waiting, oom;
    char name[600];
};

static bool name_is(const char *p, size_t n, const char *lit)
{
    struct mxq_slice s = {p, n};
    return mxq_dkim_slice_eq(s, lit, strlen(lit));
}

static void on_field(void *ctx, const struct mxq_header_field *f)
{
    struct mxq_dkim *v = ctx;
    if (v->oom)
        return;
    if (v->field_count == v->field_cap) {
        size_t cap = v->field_cap ? v->field_cap * 2 : 32;
        struct field *nf = realloc(v->fields, cap * sizeof *nf);
        if (nf == NULL) {
            v->oom = true;
            return;
        }
        v->fields = nf;
        v->field_cap = cap;
    }
    struct field *g = &v->fields[v->field_count];
    g->start = f->start;
    g->name_len = f->name_len;
    g->body_start = f->body_start;
    g->body_end = f->end;
    if (g->body_end >= g->body_start + 2 && v->msg[g->body_end - 2] == '\r' &&
        v->msg[g->body_end - 1] == '\n')
        g->body_end -= 2;
    if (name_is(v->msg + f->start, f->name_len, "DKIM-Signature")) {
        if (v->sig_count < MXQ_DKIM_MAX_SIGNATURES)
            v->sigs[v->sig_count++].field = v->field_count;
        else
            v->ignored++;
    }
    v->field_count++;
}

static void copy_slice(char *out, size_t cap, struct mxq_slice s)
{
    size_t k = s.n < cap - 1 ? s.n : cap - 1;
    if (k > 0)
        memcpy(out, s.p, k);
    out[k] = '\0';
}

static void finish(struct sig *g, enum mxq_dkim_result r, const char *why)
{
    g->verdict.result = r;
    g->verdict.reason = why;
    g->done = true;
}

/* Reads the signature and fills the verdict's strings. */
static void read_signature(struct mxq_dkim *v, struct sig *g)
{
    const struct field *f = &v->fields[g->field];
    const char *why = NULL;

    g->parsed = mxq_dkim_signature_parse(v->msg + f->body_start,
                                         f->body_end - f->body_start, &g->s,
                                         &why);
    copy_slice(g->d, sizeof g->d, g->s.d);
    copy_slice(g->sel, sizeof g->sel, g->s.s);
    copy_slice(g->a, sizeof g->a, g->s.a);
    if (g->s.i.n > 0) {
        copy_slice(g->i, sizeof g->i, g->s.i);
    } else if (g->s.d.n > 0) {
        g->i[0] = '@';
        copy_slice(g->i + 1, sizeof g->i - 1, g->s.d);
    } else {
        g->i[0] = '\0';
    }
    size_t k = 0;
    for (size_t j = 0; j < g->s.b_text.n && k < sizeof g->verdict.header_b - 1;
         j++) {
        char c = g->s.b_text.p[j];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            g->verdict.header_b[k++] = c;
    }
    g->verdict.header_b[k] = '\0';
    g->verdict.d = g->d;
    g->verdict.s = g->sel;
    g->verdict.i = g->i;
    g->verdict.a = g->a;
    g->verdict.result = MXQ_DKIM_NEUTRAL;
    if (!g->parsed)
        finish(g, MXQ_DKIM_PERMERROR, why);
}

static enum mxq_dkim_hash_alg hash_of(enum mxq_dkim_algorithm a)
{
    return a == MXQ_DKIM_RSA_SHA1 ? MXQ_DKIM_SHA1 : MXQ_DKIM_SHA256;
}

/* The body hash the signature needs: an existing one or a new one. */
static bool body_for(struct mxq_dkim *v, struct sig *g)
{
    enum mxq_dkim_hash_alg alg = hash_of(g->s.algorithm);
    for (size_t k = 0; k < v->body_count; k++) {
        struct body *b = &v->bodies[k];
        if (b->canon == g->s.body_canon && b->alg == alg &&
            b->limited == g->s.has_l && (!b->limited || b->limit == g->s.l)) {
            g->body = k;
            return true;
        }
    }
    struct body *b = &v->bodies[v->body_count];
    struct mxq_dkim_body bc;
    if (!mxq_dkim_body_init(&bc, g->s.body_canon, alg, g->s.has_l, g->s.l))
        return false;
    mxq_dkim_body_update(&bc, v->msg + v->body_offset, v->n - v->body_offset);
    b->canon = g->s.body_canon;
    b->alg = alg;
    b->limited = g->s.has_l;
    b->limit = g->s.l;
    b->digest_len = mxq_dkim_body_final(&bc, b->digest);
    b->length = bc.length;
    g->body = v->body_count++;
    return true;
}

struct mxq_dkim *mxq_dkim_new(const char *msg, size_t n, int64_t now)
{
    static const struct mxq_header_limits limits = {
        (size_t)-1, MXQ_DKIM_MAX_FIELDS, (size_t)-1};
    struct mxq_header_scanner sc;
    struct mxq_dkim *v = calloc(1, sizeof *v);

    if (v == NULL)
        return NULL;
    v->sigs = calloc(MXQ_DKIM_MAX_SIGNATURES, sizeof *v->sigs);
    if (v->sigs == NULL) {
        free(v);
        return NULL;
    }
    v->msg = msg;
    v->n = n;
    v->now = now;
    v->min_rsa_bits = MXQ_DKIM_MIN_RSA_BITS;
    mxq_header_init(&sc, &limits);
    enum mxq_header_status st =
        mxq_header_scan(&sc, msg, n, on_field, v, NULL);
    if (st == MXQ_HEADER_MORE)
        st = mxq_header_finish(&sc, on_field, v);
    if (v->oom) {
        mxq_dkim_free(v);
        return NULL;
    }
    if (st == MXQ_HEADER_DONE)
        v->body_offset = sc.body_offset;
    else if (st == MXQ_HEADER_TOO_MANY_FIELDS)
        v->header_error = "too many header fields";
    else
        v->header_error = "malformed header";
    for (size_t k = 0; k < v->sig_count; k++) {
        struct sig *g = &v->sigs[k];
        read_signature(v, g);
        if (g->done)
            continue;
        if (v->header_error != NULL) {
            finish(g, MXQ_DKIM_PERMERROR, v->header_error);
            continue;
        }
        if (!body_for(v, g)) {
            finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
            continue;
        }
    }
    return v;
}

void mxq_dkim_set_legacy(struct mxq_dkim *v, unsigned min_rsa_bits,
                         bool allow_sha1)
{
    v->min_rsa_bits = min_rsa_bits;
    v->allow_sha1 = allow_sha1;
}

/* The checks that need no key; false when they decided the result. */
static bool before_key(struct mxq_dkim *v, struct sig *g)
{
    if (g->s.algorithm == MXQ_DKIM_RSA_SHA1 && !v->allow_sha1) {
        finish(g, MXQ_DKIM_PERMERROR, "rsa-sha1 not allowed (RFC 8301)");
        return false;
    }
    if (g->s.has_x && v->now >= 0 && (uint64_t)v->now > g->s.x) {
        finish(g, MXQ_DKIM_PERMERROR, "signature expired");
        return false;
    }
    if (g->s.s.n + g->s.d.n + 12 > 253) {
        finish(g, MXQ_DKIM_PERMERROR, "key name too long");
        return false;
    }
    return true;
}

enum mxq_dkim_step mxq_dkim_run(struct mxq_dkim *v, const char **name)
{
    while (v->current < v->sig_count) {
        struct sig *g = &v->sigs[v->current];
        if (g->done || !before_key(v, g)) {
            v->current++;
            continue;
        }
        if (!v->waiting) {
            memcpy(v->name, g->s.s.p, g->s.s.n);
            memcpy(v->name + g->s.s.n, "._domainkey.", 12);
            memcpy(v->name + g->s.s.n + 12, g->s.d.p, g->s.d.n);
            v->name[g->s.s.n + 12 + g->s.d.n] = '\0';
            v->waiting = true;
        }
        *name = v->name;
        return MXQ_DKIM_NEED_DNS;
    }
    return MXQ_DKIM_DONE;
}

/* The n-th field (from the bottom, 0 first) named like name, or none. */
static const struct field *nth_from_bottom(const struct mxq_dkim *v,
                                           struct mxq_slice name, size_t nth)
{
    for (size_t k = v->field_count; k-- > 0;) {
        const struct field *f = &v->fields[k];
        if (mxq_dkim_slice_eq(name, v->msg + f->start, f->name_len)) {
            if (nth == 0)
                return f;
            nth--;
        }
    }
    return NULL;
}

/* The header hash of §3.7 for the signature. */
static bool header_hash(const struct mxq_dkim *v, const struct sig *g,
                        uint8_t digest[MXQ_DKIM_DIGEST_MAX], size_t *len)
{
    struct mxq_dkim_hash h;
    enum mxq_dkim_canon c = g->s.header_canon;

    if (!mxq_dkim_hash_init(&h, hash_of(g->s.algorithm)))
        return false;
    for (size_t k = 0; k < g->s.h_count; k++) {
        /* §5.4.2: a name listed again takes the next instance up; one
         * listed more often than present adds nothing. */
        size_t nth = 0;
        for (size_t j = 0; j < k; j++)
            if (mxq_dkim_slice_eq(g->s.h[j], g->s.h[k].p, g->s.h[k].n))
                nth++;
        const struct field *f = nth_from_bottom(v, g->s.h[k], nth);
        if (f == NULL)
            continue;
        mxq_dkim_canon_header(&h, c, v->msg + f->start,
                              f->body_start - f->start, f->name_len,
                              v->msg + f->body_start,
                              f->body_end - f->body_start, true);
    }
    /* The signature itself, b= emptied, without the final CRLF. */
    const struct field *f = &v->fields[g->field];
    const char *body = v->msg + f->body_start;
    size_t body_len = f->body_end - f->body_start;
    size_t cut = g->s.b_raw_end - g->s.b_raw_start;
    char *copy = malloc(body_len - cut + 1);
    if (copy == NULL) {
        mxq_dkim_hash_free(&h);
        return false;
    }
    memcpy(copy, body, g->s.b_raw_start);
    memcpy(copy + g->s.b_raw_start, body + g->s.b_raw_end,
           body_len - g->s.b_raw_end);
    mxq_dkim_canon_header(&h, c, v->msg + f->start, f->body_start - f->start,
                          f->name_len, copy, body_len - cut, false);
    free(copy);
    *len = mxq_dkim_hash_final(&h, digest);
    return true;
}

/* The key's material, imported and checked before any hashing (§6.1.2
 * step 9: a key unfit for the algorithm is permerror). */
union public_key {
    RsaKey rsa;
    ed25519_key ed;
};

static bool load_key(struct mxq_dkim *v, struct sig *g,
                     const struct mxq_dkim_key *key, union public_key *pk)
{
    if (key->type == MXQ_DKIM_KEY_ED25519) {
        if (key->p_len != ED25519_PUB_KEY_SIZE) {
            finish(g, MXQ_DKIM_PERMERROR, "key: not an ed25519 key");
            return false;
        }
        if (wc_ed25519_init(&pk->ed) != 0) {
            finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
            return false;
        }
        if (wc_ed25519_import_public(key->p, (word32)key->p_len, &pk->ed) !=
            0) {
            wc_ed25519_free(&pk->ed);
            finish(g, MXQ_DKIM_PERMERROR, "key: not an ed25519 key");
            return false;
        }
        g->verdict.key_bits = 256;
        return true;
    }
    word32 idx = 0;
    if (wc_InitRsaKey(&pk->rsa, NULL) != 0) {
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
        return false;
    }
    /* A SubjectPublicKeyInfo, or a bare RSAPublicKey (older keys). */
    if (wc_RsaPublicKeyDecode(key->p, &idx, &pk->rsa, (word32)key->p_len) !=
        0) {
        wc_FreeRsaKey(&pk->rsa);
        finish(g, MXQ_DKIM_PERMERROR, "key: not an RSA key");
        return false;
    }
    int bytes = wc_RsaEncryptSize(&pk->rsa);
    unsigned bits = bytes > 0 ? (unsigned)bytes * 8 : 0;
    g->verdict.key_bits = bits;
    const char *why = NULL;
    if (bits < v->min_rsa_bits)
        why = "key too short (RFC 8301)";
    else if (bits > MXQ_DKIM_MAX_KEY_BITS)
        why = "key too long";
    if (why != NULL) {
        wc_FreeRsaKey(&pk->rsa);
        finish(g, MXQ_DKIM_PERMERROR, why);
        return false;
    }
    return true;
}

static bool check_rsa(struct sig *g, RsaKey *rsa, const uint8_t *digest,
                      size_t digest_len)
{
    uint8_t out[MXQ_DKIM_MAX_SIG_OCTETS];
    uint8_t want[MXQ_DKIM_DIGEST_MAX + 32];
    int got = -1;
    if (g->s.b_len == (size_t)wc_RsaEncryptSize(rsa))
        got = wc_RsaSSL_Verify(g->s.b, (word32)g->s.b_len, out, sizeof out,
                               rsa);
    int oid = wc_HashGetOID(g->s.algorithm == MXQ_DKIM_RSA_SHA1
                                ? WC_HASH_TYPE_SHA
                                : WC_HASH_TYPE_SHA256);
    word32 want_len = wc_EncodeSignature(want, digest, (word32)digest_len,
                                         oid);
    return got > 0 && (word32)got == want_len &&
           memcmp(out, want, want_len) == 0;
}

static bool check_ed25519(struct sig *g, ed25519_key *ed,
                          const uint8_t *digest, size_t digest_len)
{
    int ok = 0;
    /* RFC 8463 §3: the signature is over the SHA-256 of the header data. */
    if (g->s.b_len != ED25519_SIG_SIZE ||
        wc_ed25519_verify_msg(g->s.b, (word32)g->s.b_len, digest,
                              (word32)digest_len, &ok, ed) != 0)
        ok = 0;
    return ok == 1;
}

static void verify(struct mxq_dkim *v, struct sig *g,
                   const struct mxq_dkim_key *key)
{
    bool ed = g->s.algorithm == MXQ_DKIM_ED25519_SHA256;
    g->verdict.testing = key->testing;
    if ((key->type == MXQ_DKIM_KEY_ED25519) != ed) {
        finish(g, MXQ_DKIM_PERMERROR, "key type does not match a=");
        return;
    }
    if (g->s.algorithm == MXQ_DKIM_RSA_SHA1 ? !key->sha1 : !key->sha256) {
        finish(g, MXQ_DKIM_PERMERROR, "hash not allowed by key h=");
        return;
    }
    if (key->strict &&
        !mxq_dkim_slice_eq(g->s.i_domain, g->s.d.p, g->s.d.n)) {
        finish(g, MXQ_DKIM_PERMERROR, "key t=s: i= domain is not d=");
        return;
    }
    union public_key *pk = malloc(sizeof *pk);
    if (pk == NULL) {
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
        return;
    }
    if (!load_key(v, g, key, pk)) {
        free(pk);
        return;
    }
    const struct body *b = &v->bodies[g->body];
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    size_t len;
    g->verdict.l_truncated = g->s.has_l && g->s.l < b->length;
    if (b->digest_len != g->s.bh_len ||
        memcmp(b->digest, g->s.bh, b->digest_len) != 0)
        finish(g, MXQ_DKIM_FAIL, "body hash mismatch");
    else if (!header_hash(v, g, digest, &len))
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
    else if (ed ? check_ed25519(g, &pk->ed, digest, len)
                : check_rsa(g, &pk->rsa, digest, len))
        finish(g, MXQ_DKIM_PASS, NULL);
    else
        finish(g, MXQ_DKIM_FAIL, "signature did not verify");
    if (ed)
        wc_ed25519_free(&pk->ed);
    else
        wc_FreeRsaKey(&pk->rsa);
    free(pk);
}

void mxq_dkim_answer(struct mxq_dkim *v, enum mxq_dns_rcode rcode,
                     const struct mxq_dns_record *records, size_t n)
{
    if (!v->waiting)
        return;
    v->waiting = false;
    struct sig *g = &v->sigs[v->current];
    v->current++;
    if (rcode == MXQ_DNS_OK && (n == 0 || records == NULL))
        rcode = MXQ_DNS_NODATA;
    switch (rcode) {
    case MXQ_DNS_OK:
        break;
    case MXQ_DNS_NXDOMAIN:
    case MXQ_DNS_NODATA:
        finish(g, MXQ_DKIM_PERMERROR, "no key");
        return;
    case MXQ_DNS_TIMEOUT:
        finish(g, MXQ_DKIM_TEMPERROR, "key lookup timed out");
        return;
    default:
        finish(g, MXQ_DKIM_TEMPERROR, "key lookup failed");
        return;
    }
    struct mxq_dkim_key *key = malloc(sizeof *key);
    if (key == NULL) {
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
        return;
    }
    /* §3.6.2.2: the first record that is a key is used. */
    const char *first_why = NULL;
    for (size_t k = 0; k < n; k++) {
        const char *why;
        if (mxq_dkim_key_parse((const char *)records[k].data.p,
                               records[k].data.n, key, &why)) {
            verify(v, g, key);
            free(key);
            return;
        }
        if (first_why == NULL)
            first_why = why;
    }
    free(key);
    finish(g, MXQ_DKIM_PERMERROR, first_why);
}

size_t mxq_dkim_count(const struct mxq_dkim *v)
{
    return v->sig_count;
}

const struct mxq_dkim_verdict *mxq_dkim_get(const struct mxq_dkim *v,
                                            size_t index)
{
    return index < v->sig_count ? &v->sigs[index].verdict : NULL;
}

size_t mxq_dkim_ignored(const struct mxq_dkim *v)
{
    return v->ignored;
}

const char *mxq_dkim_result_name(enum mxq_dkim_result r)
{
    switch (r) {
    case MXQ_DKIM_PASS: return "pass";
    case MXQ_DKIM_FAIL: return "fail";
    case MXQ_DKIM_NEUTRAL: return "neutral";
    case MXQ_DKIM_TEMPERROR: return "temperror";
    default: return "permerror";
    }
}

void mxq_dkim_free(struct mxq_dkim *v)
{
    if (v == NULL)
        return;
    free(v->fields);
    free(v->sigs);
    free(v);
}
