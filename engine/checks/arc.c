#include "arc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dkim.h"
#include "dkim_canon.h"
#include "dkim_key.h"
#include "signed_fields.h"

/* Header fields looked at, as for DKIM. */
#define ARC_MAX_FIELDS 1000
#define NO_FIELD SIZE_MAX

enum member { AAR = 0, AMS, AS, MEMBERS };

static const char *const member_names[MEMBERS] = {
    "ARC-Authentication-Results", "ARC-Message-Signature", "ARC-Seal"};

struct arc_set {
    size_t field[MEMBERS];
    struct mxq_dkim_signature ams, as;
    char domain[256];          /* the seal's d= */
};

/* A key read once, for every signature that names it. */
struct key_memo {
    char name[600];
    enum mxq_dkim_key_outcome outcome;
    const char *why;
    struct mxq_dkim_key key;
};

/* What is being verified: the newest message signature, then the seals
 * newest first, then the older message signatures. */
enum phase { NEWEST_AMS, SEALS, OLDER_AMS };

struct mxq_arc {
    const char *msg;
    size_t n;
    struct mxq_signed_fields fields;
    struct arc_set *sets;      /* sets[i - 1] is instance i */
    struct mxq_arc_verdict verdict;
    bool done, waiting;
    enum phase phase;
    unsigned at;               /* the instance being verified */
    struct key_memo *keys;
    size_t key_count;
    char name[600];
};

static void finish(struct mxq_arc *a, enum mxq_arc_result r,
                   const char *why)
{
    a->verdict.result = r;
    a->verdict.reason = why;
    a->done = true;
}

static int member_of(const struct mxq_arc *a, size_t k)
{
    for (int m = 0; m < MEMBERS; m++)
        if (mxq_signed_field_is(&a->fields, k, member_names[m]))
            return m;
    return -1;
}

/* Reads field k (member m) into sig (AMS, AS) and gives its instance. */
static bool read_member(const struct mxq_arc *a, size_t k, int m,
                        struct mxq_dkim_signature *sig, unsigned *instance,
                        const char **why)
{
    const struct mxq_signed_field *f = &a->fields.f[k];
    const char *body = a->msg + f->body_start;
    size_t len = f->body_end - f->body_start;
    if (m == AAR) {
        *why = "bad ARC-Authentication-Results instance";
        return mxq_arc_results_instance(body, len, instance);
    }
    if (!mxq_signature_parse(m == AS ? MXQ_SIGNATURE_ARC_SEAL
                                     : MXQ_SIGNATURE_ARC_MESSAGE,
                             body, len, sig, why))
        return false;
    *instance = sig->instance;
    return true;
}

/* The highest instance, every ARC field read; false with the verdict
 * decided. */
static bool find_sets(struct mxq_arc *a, struct mxq_dkim_signature *scratch,
                      unsigned *highest)
{
    bool any = false;
    *highest = 0;
    for (size_t k = 0; k < a->fields.count; k++) {
        int m = member_of(a, k);
        if (m < 0)
            continue;
        any = true;
        if (a->fields.error != NULL) {
            finish(a, MXQ_ARC_FAIL, a->fields.error);
            return false;
        }
        unsigned i;
        const char *why = NULL;
        if (!read_member(a, k, m, scratch, &i, &why)) {
            finish(a, MXQ_ARC_FAIL, why);
            return false;
        }
        if (i > *highest)
            *highest = i;
    }
    if (!any)
        finish(a, MXQ_ARC_NONE, NULL);
    return any;
}

/* RFC 8617 §5.2 steps 2 and 3: every set whole, once, 1..N, and the
 * seals' cv= none for the first and pass for the others. */
static void check_structure(struct mxq_arc *a)
{
    unsigned n = a->verdict.sets;
    for (unsigned i = 0; i < n; i++)
        for (int m = 0; m < MEMBERS; m++)
            a->sets[i].field[m] = NO_FIELD;
    for (size_t k = 0; k < a->fields.count; k++) {
        int m = member_of(a, k);
        if (m < 0)
            continue;
        struct mxq_dkim_signature sig;
        unsigned i;
        const char *why;
        /* find_sets() read every member already: this cannot fail. */
        if (!read_member(a, k, m, &sig, &i, &why))
            continue;
        struct arc_set *s = &a->sets[i - 1];
        if (m == AMS)
            s->ams = sig;
        else if (m == AS)
            s->as = sig;
        if (s->field[m] != NO_FIELD) {
            finish(a, MXQ_ARC_FAIL, "repeated ARC set member");
            return;
        }
        s->field[m] = k;
    }
    for (unsigned i = 0; i < n; i++)
        for (int m = 0; m < MEMBERS; m++)
            if (a->sets[i].field[m] == NO_FIELD) {
                finish(a, MXQ_ARC_FAIL, "incomplete ARC set");
                return;
            }
    if (a->sets[n - 1].as.cv == MXQ_ARC_CV_FAIL) {
        finish(a, MXQ_ARC_FAIL, "newest seal says cv=fail");
        return;
    }
    for (unsigned i = 0; i < n; i++) {
        enum mxq_arc_cv want = i == 0 ? MXQ_ARC_CV_NONE : MXQ_ARC_CV_PASS;
        if (a->sets[i].as.cv != want) {
            finish(a, MXQ_ARC_FAIL, i == 0 ? "first seal not cv=none"
                                           : "later seal not cv=pass");
            return;
        }
        struct mxq_slice d = a->sets[i].as.d;
        memcpy(a->sets[i].domain, d.p, d.n);
        a->sets[i].domain[d.n] = '\0';
    }
}

struct mxq_arc *mxq_arc_new(const char *msg, size_t n)
{
    struct mxq_arc *a = calloc(1, sizeof *a);
    struct mxq_dkim_signature *scratch = malloc(sizeof *scratch);
    if (a == NULL || scratch == NULL ||
        !mxq_signed_fields_scan(&a->fields, msg, n, ARC_MAX_FIELDS)) {
        free(scratch);
        free(a);
        return NULL;
    }
    a->msg = msg;
    a->n = n;
    unsigned highest;
    bool found = find_sets(a, scratch, &highest);
    free(scratch);
    if (!found)
        return a;
    a->verdict.sets = highest;
    a->sets = calloc(highest, sizeof *a->sets);
    a->keys = calloc(MXQ_ARC_MAX_KEY_LOOKUPS, sizeof *a->keys);
    if (a->sets == NULL || a->keys == NULL) {
        mxq_arc_free(a);
        return NULL;
    }
    check_structure(a);
    a->phase = NEWEST_AMS;
    a->at = highest;
    return a;
}

static struct mxq_dkim_signature *current(struct mxq_arc *a)
{
    struct arc_set *s = &a->sets[a->at - 1];
    return a->phase == SEALS ? &s->as : &s->ams;
}

/* The message signature of instance i over the body and its h= fields. */
static bool ams_verifies(const struct mxq_arc *a, unsigned i,
                         struct mxq_dkim_public_key *pk, const char **why)
{
    const struct arc_set *s = &a->sets[i - 1];
    const struct mxq_dkim_signature *g = &s->ams;
    struct mxq_dkim_body body;
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    if (!mxq_dkim_body_init(&body, g->body_canon, MXQ_DKIM_SHA256, g->has_l,
                            g->l))
        return false;
    mxq_dkim_body_update(&body, a->msg + a->fields.body_offset,
                         a->n - a->fields.body_offset);
    size_t len = mxq_dkim_body_final(&body, digest);
    if (len != g->bh_len || memcmp(digest, g->bh, len) != 0) {
        *why = "body hash mismatch";
        return false;
    }
    struct mxq_dkim_hash h;
    if (!mxq_dkim_hash_init(&h, MXQ_DKIM_SHA256))
        return false;
    mxq_signed_fields_hash_list(&a->fields, g->h, g->h_count, &h,
                                g->header_canon);
    if (!mxq_signed_field_hash_unsigned(&a->fields, s->field[AMS], &h,
                                        g->header_canon, g->b_raw_start,
                                        g->b_raw_end)) {
        mxq_dkim_hash_free(&h);
        return false;
    }
    len = mxq_dkim_hash_final(&h, digest);
    *why = "message signature did not verify";
    return mxq_dkim_public_key_verify(pk, g->algorithm, g->b, g->b_len,
                                      digest, len);
}

/* The seal of instance i over the sets 1..i (§5.1.1). */
static bool as_verifies(const struct mxq_arc *a, unsigned i,
                        struct mxq_dkim_public_key *pk, const char **why)
{
    const struct mxq_dkim_signature *g = &a->sets[i - 1].as;
    struct mxq_dkim_hash h;
    uint8_t digest[MXQ_DKIM_DIGEST_MAX];
    if (!mxq_dkim_hash_init(&h, MXQ_DKIM_SHA256))
        return false;
    for (unsigned j = 1; j <= i; j++) {
        const struct arc_set *s = &a->sets[j - 1];
        mxq_signed_field_hash(&a->fields, s->field[AAR], &h,
                              MXQ_DKIM_RELAXED);
        mxq_signed_field_hash(&a->fields, s->field[AMS], &h,
                              MXQ_DKIM_RELAXED);
        if (j < i)
            mxq_signed_field_hash(&a->fields, s->field[AS], &h,
                                  MXQ_DKIM_RELAXED);
    }
    if (!mxq_signed_field_hash_unsigned(&a->fields, a->sets[i - 1].field[AS],
                                        &h, MXQ_DKIM_RELAXED,
                                        g->b_raw_start, g->b_raw_end)) {
        mxq_dkim_hash_free(&h);
        return false;
    }
    size_t len = mxq_dkim_hash_final(&h, digest);
    *why = "seal did not verify";
    return mxq_dkim_public_key_verify(pk, g->algorithm, g->b, g->b_len,
                                      digest, len);
}

/* Verifies the current signature with its key: 1 valid, 0 not, -1 out
 * of memory. */
static int verify_current(struct mxq_arc *a, const struct key_memo *k,
                          const char **why)
{
    struct mxq_dkim_signature *g = current(a);
    if (k->outcome != MXQ_DKIM_KEY_OK) {
        *why = k->why;
        return 0;
    }
    struct mxq_dkim_public_key *pk = malloc(sizeof *pk);
    if (pk == NULL)
        return -1;
    enum mxq_dkim_key_outcome o = mxq_dkim_public_key_load(
        &k->key, g->algorithm, MXQ_DKIM_MIN_RSA_BITS, pk, why);
    if (o != MXQ_DKIM_KEY_OK) {
        free(pk);
        return o == MXQ_DKIM_KEY_TEMPERROR ? -1 : 0;
    }
    const char *fault = "out of memory";
    bool ok = a->phase == SEALS ? as_verifies(a, a->at, pk, &fault)
                                : ams_verifies(a, a->at, pk, &fault);
    mxq_dkim_public_key_free(pk);
    free(pk);
    *why = fault;
    return ok ? 1 : strcmp(fault, "out of memory") == 0 ? -1 : 0;
}

/* Moves on after the current signature verified (ok) or not. */
static void advance(struct mxq_arc *a, bool ok, const char *why)
{
    switch (a->phase) {
    case NEWEST_AMS:
        if (!ok) {
            finish(a, MXQ_ARC_FAIL, why);
            return;
        }
        a->phase = SEALS;
        return;
    case SEALS:
        if (!ok) {
            finish(a, MXQ_ARC_FAIL, why);
            return;
        }
        if (a->at > 1) {
            a->at--;
            return;
        }
        a->verdict.result = MXQ_ARC_PASS;
        a->verdict.oldest_pass = a->verdict.sets;
        a->phase = OLDER_AMS;
        a->at = a->verdict.sets;
        break;
    case OLDER_AMS:
        if (ok)
            a->verdict.oldest_pass = a->at;
        else
            a->at = 1;
        break;
    }
    /* The older message signatures, down to the first that fails. */
    if (a->at <= 1)
        finish(a, MXQ_ARC_PASS, NULL);
    else
        a->at--;
}

/* Applies key k to the current signature. */
static void use_key(struct mxq_arc *a, const struct key_memo *k)
{
    if (k->outcome == MXQ_DKIM_KEY_TEMPERROR) {
        if (a->phase == OLDER_AMS)
            finish(a, MXQ_ARC_PASS, NULL);
        else
            finish(a, MXQ_ARC_TEMPERROR, k->why);
        return;
    }
    const char *why = NULL;
    int r = verify_current(a, k, &why);
    if (r < 0) {
        finish(a, MXQ_ARC_TEMPERROR, "out of memory");
        return;
    }
    advance(a, r == 1, why);
}

enum mxq_arc_step mxq_arc_run(struct mxq_arc *a, const char **name)
{
    while (!a->done) {
        if (a->waiting) {
            *name = a->name;
            return MXQ_ARC_NEED_DNS;
        }
        const struct mxq_dkim_signature *g = current(a);
        if (g->s.n + g->d.n + 12 >= sizeof a->name) {
            advance(a, false, "key name too long");
            continue;
        }
        memcpy(a->name, g->s.p, g->s.n);
        memcpy(a->name + g->s.n, "._domainkey.", 12);
        memcpy(a->name + g->s.n + 12, g->d.p, g->d.n);
        a->name[g->s.n + 12 + g->d.n] = '\0';
        const struct key_memo *known = NULL;
        for (size_t k = 0; k < a->key_count && known == NULL; k++)
            if (strcmp(a->keys[k].name, a->name) == 0)
                known = &a->keys[k];
        if (known != NULL) {
            use_key(a, known);
            continue;
        }
        if (a->key_count == MXQ_ARC_MAX_KEY_LOOKUPS) {
            if (a->phase == OLDER_AMS)
                finish(a, MXQ_ARC_PASS, NULL);
            else
                finish(a, MXQ_ARC_FAIL, "too many keys");
            continue;
        }
        a->waiting = true;
    }
    return MXQ_ARC_DONE;
}

void mxq_arc_answer(struct mxq_arc *a, enum mxq_dns_rcode rcode,
                    const struct mxq_dns_record *records, size_t n)
{
    if (!a->waiting)
        return;
    a->waiting = false;
    struct key_memo *k = &a->keys[a->key_count++];
    memcpy(k->name, a->name, sizeof k->name);
    k->why = NULL;
    k->outcome = mxq_dkim_key_from_answer(rcode, records, n, &k->key,
                                          &k->why);
    use_key(a, k);
}

const struct mxq_arc_verdict *mxq_arc_verdict(const struct mxq_arc *a)
{
    return &a->verdict;
}

const char *mxq_arc_seal_domain(const struct mxq_arc *a, unsigned i)
{
    if (a->sets == NULL || i < 1 || i > a->verdict.sets)
        return "";
    return a->sets[i - 1].domain;
}

const char *mxq_arc_result_name(enum mxq_arc_result r)
{
    switch (r) {
    case MXQ_ARC_NONE: return "none";
    case MXQ_ARC_PASS: return "pass";
    case MXQ_ARC_FAIL: return "fail";
    default: return "temperror";
    }
}

void mxq_arc_free(struct mxq_arc *a)
{
    if (a == NULL)
        return;
    mxq_signed_fields_free(&a->fields);
    free(a->sets);
    free(a->keys);
    free(a);
}
