#include "dkim.h"

#include <stdlib.h>
#include <string.h>

#include "dkim_canon.h"
#include "dkim_key.h"
#include "dkim_signature.h"
#include "signed_fields.h"

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
    struct mxq_signed_fields fields; /* fields.error: every signature is
                                        permerror with it */
    struct sig *sigs;
    size_t sig_count, ignored;
    struct body bodies[MXQ_DKIM_MAX_SIGNATURES];
    size_t body_count;
    size_t current;
    bool waiting;
    char name[600];
};

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
    const struct mxq_signed_field *f = &v->fields.f[g->field];
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
    mxq_dkim_body_update(&bc, v->msg + v->fields.body_offset,
                         v->n - v->fields.body_offset);
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
    struct mxq_dkim *v = calloc(1, sizeof *v);

    if (v == NULL)
        return NULL;
    v->sigs = calloc(MXQ_DKIM_MAX_SIGNATURES, sizeof *v->sigs);
    if (v->sigs == NULL ||
        !mxq_signed_fields_scan(&v->fields, msg, n, MXQ_DKIM_MAX_FIELDS)) {
        free(v->sigs);
        free(v);
        return NULL;
    }
    v->msg = msg;
    v->n = n;
    v->now = now;
    v->min_rsa_bits = MXQ_DKIM_MIN_RSA_BITS;
    for (size_t k = 0; k < v->fields.count; k++) {
        if (!mxq_signed_field_is(&v->fields, k, "DKIM-Signature"))
            continue;
        if (v->sig_count < MXQ_DKIM_MAX_SIGNATURES)
            v->sigs[v->sig_count++].field = k;
        else
            v->ignored++;
    }
    for (size_t k = 0; k < v->sig_count; k++) {
        struct sig *g = &v->sigs[k];
        read_signature(v, g);
        if (g->done)
            continue;
        if (v->fields.error != NULL) {
            finish(g, MXQ_DKIM_PERMERROR, v->fields.error);
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

/* The header hash of §3.7 for the signature. */
static bool header_hash(const struct mxq_dkim *v, const struct sig *g,
                        uint8_t digest[MXQ_DKIM_DIGEST_MAX], size_t *len)
{
    struct mxq_dkim_hash h;
    enum mxq_dkim_canon c = g->s.header_canon;

    if (!mxq_dkim_hash_init(&h, hash_of(g->s.algorithm)))
        return false;
    mxq_signed_fields_hash_list(&v->fields, g->s.h, g->s.h_count, &h, c);
    if (!mxq_signed_field_hash_unsigned(&v->fields, g->field, &h, c,
                                        g->s.b_raw_start, g->s.b_raw_end)) {
        mxq_dkim_hash_free(&h);
        return false;
    }
    *len = mxq_dkim_hash_final(&h, digest);
    return true;
}

static void verify(struct mxq_dkim *v, struct sig *g,
                   const struct mxq_dkim_key *key)
{
    g->verdict.testing = key->testing;
    struct mxq_dkim_public_key *pk = malloc(sizeof *pk);
    if (pk == NULL) {
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
        return;
    }
    const char *why = NULL;
    enum mxq_dkim_key_outcome o = mxq_dkim_public_key_load(
        key, g->s.algorithm, v->min_rsa_bits, pk, &why);
    g->verdict.key_bits = pk->bits;
    if (o != MXQ_DKIM_KEY_OK) {
        finish(g, o == MXQ_DKIM_KEY_TEMPERROR ? MXQ_DKIM_TEMPERROR
                                               : MXQ_DKIM_PERMERROR,
               why);
        free(pk);
        return;
    }
    const struct body *b = &v->bodies[g->body];
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    size_t len;
    g->verdict.l_truncated = g->s.has_l && g->s.l < b->length;
    if (key->strict &&
        !mxq_dkim_slice_eq(g->s.i_domain, g->s.d.p, g->s.d.n))
        finish(g, MXQ_DKIM_PERMERROR, "key t=s: i= domain is not d=");
    else if (b->digest_len != g->s.bh_len ||
             memcmp(b->digest, g->s.bh, b->digest_len) != 0)
        finish(g, MXQ_DKIM_FAIL, "body hash mismatch");
    else if (!header_hash(v, g, digest, &len))
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
    else if (mxq_dkim_public_key_verify(pk, g->s.algorithm, g->s.b,
                                        g->s.b_len, digest, len))
        finish(g, MXQ_DKIM_PASS, NULL);
    else
        finish(g, MXQ_DKIM_FAIL, "signature did not verify");
    mxq_dkim_public_key_free(pk);
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
    struct mxq_dkim_key *key = malloc(sizeof *key);
    if (key == NULL) {
        finish(g, MXQ_DKIM_TEMPERROR, "out of memory");
        return;
    }
    const char *why = NULL;
    switch (mxq_dkim_key_from_answer(rcode, records, n, key, &why)) {
    case MXQ_DKIM_KEY_OK:
        verify(v, g, key);
        break;
    case MXQ_DKIM_KEY_TEMPERROR:
        finish(g, MXQ_DKIM_TEMPERROR, why);
        break;
    default:
        finish(g, MXQ_DKIM_PERMERROR, why);
        break;
    }
    free(key);
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
    mxq_signed_fields_free(&v->fields);
    free(v->sigs);
    free(v);
}
