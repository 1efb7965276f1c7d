#include "dkim_signature.h"

#include <string.h>

#include "dkim_tags.h"

bool mxq_dkim_slice_eq(struct mxq_slice a, const char *b, size_t n)
{
    if (a.n != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a.p[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

#define EQ(s, lit) mxq_dkim_slice_eq((s), (lit), sizeof(lit) - 1)

static bool is_fws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The next element of a list separated by sep, FWS around each element
 * removed; false past the last. */
static bool list_next(struct mxq_slice v, char sep, size_t *pos,
                      struct mxq_slice *out)
{
    if (*pos > v.n)
        return false;
    size_t start = *pos, end = start;
    while (end < v.n && v.p[end] != sep)
        end++;
    *pos = end + 1;
    while (start < end && is_fws(v.p[start]))
        start++;
    while (end > start && is_fws(v.p[end - 1]))
        end--;
    out->p = v.p + start;
    out->n = end - start;
    return true;
}

/* 1*76DIGIT (l=) or 1*12DIGIT (t=, x=): digits only; saturates. */
static bool number(struct mxq_slice v, size_t max_digits, uint64_t *out)
{
    uint64_t n = 0;
    if (v.n == 0 || v.n > max_digits)
        return false;
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] < '0' || v.p[i] > '9')
            return false;
        unsigned d = (unsigned)(v.p[i] - '0');
        n = n > (UINT64_MAX - d) / 10 ? UINT64_MAX : n * 10 + d;
    }
    *out = n;
    return true;
}

/* A domain name as d= and the domain of i= hold it (RFC 6376 §3.5:
 * domain-name, labels of letters, digits and hyphens); also an
 * s= selector (sub-domain labels). */
static bool domain_ok(struct mxq_slice v)
{
    if (v.n == 0 || v.n > 253)
        return false;
    size_t label = 0;
    for (size_t i = 0; i < v.n; i++) {
        char c = v.p[i];
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || c == '-' || c == '_') {
            if (++label > 63)
                return false;
        } else {
            return false;
        }
    }
    return label > 0;
}

static int hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* sub is dom or a subdomain of it (case-insensitive). */
static bool subdomain_of(struct mxq_slice sub, struct mxq_slice dom)
{
    if (sub.n < dom.n)
        return false;
    struct mxq_slice tail = {sub.p + sub.n - dom.n, dom.n};
    if (!mxq_dkim_slice_eq(tail, dom.p, dom.n))
        return false;
    return sub.n == dom.n || sub.p[sub.n - dom.n - 1] == '.';
}

#define FAIL(why)                                                           \
    do {                                                                    \
        *reason = (why);                                                    \
        return false;                                                       \
    } while (0)

/* Tag letters seen, to refuse duplicates (§3.2: permerror). */
enum {
    SEEN_V = 1 << 0, SEEN_A = 1 << 1, SEEN_B = 1 << 2, SEEN_BH = 1 << 3,
    SEEN_C = 1 << 4, SEEN_D = 1 << 5, SEEN_H = 1 << 6, SEEN_I = 1 << 7,
    SEEN_L = 1 << 8, SEEN_Q = 1 << 9, SEEN_S = 1 << 10, SEEN_T = 1 << 11,
    SEEN_X = 1 << 12, SEEN_Z = 1 << 13, SEEN_K = 1 << 14, SEEN_N = 1 << 15,
    SEEN_P = 1 << 16, SEEN_CV = 1 << 17
};

static unsigned sig_tag_bit(enum mxq_signature_kind kind,
                            struct mxq_slice name)
{
    /* ARC signatures have no v= and only the seal has cv=: elsewhere they
     * are unknown tags. */
    if (kind == MXQ_SIGNATURE_ARC_SEAL && name.n == 2 &&
        memcmp(name.p, "cv", 2) == 0)
        return SEEN_CV;
    if (kind != MXQ_SIGNATURE_DKIM && name.n == 1 && name.p[0] == 'v')
        return 0;
    static const struct { const char *name; unsigned bit; } tags[] = {
        {"v", SEEN_V}, {"a", SEEN_A}, {"b", SEEN_B}, {"bh", SEEN_BH},
        {"c", SEEN_C}, {"d", SEEN_D}, {"h", SEEN_H}, {"i", SEEN_I},
        {"l", SEEN_L}, {"q", SEEN_Q}, {"s", SEEN_S}, {"t", SEEN_T},
        {"x", SEEN_X}, {"z", SEEN_Z}};
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
        /* Tag names are case-sensitive (§3.2). */
        if (name.n == strlen(tags[k].name) &&
            memcmp(name.p, tags[k].name, name.n) == 0)
            return tags[k].bit;
    return 0;
}

static bool canon_word(struct mxq_slice w, enum mxq_dkim_canon *c)
{
    if (EQ(w, "simple"))
        *c = MXQ_DKIM_SIMPLE;
    else if (EQ(w, "relaxed"))
        *c = MXQ_DKIM_RELAXED;
    else
        return false;
    return true;
}

/* ARC's i=: 1*2DIGIT, 1..50. */
static bool instance_of(struct mxq_slice v, unsigned *out)
{
    uint64_t i;
    if (!number(v, 2, &i) || i < 1 || i > MXQ_ARC_MAX_INSTANCE)
        return false;
    *out = (unsigned)i;
    return true;
}

bool mxq_arc_results_instance(const char *p, size_t n, unsigned *instance)
{
    struct mxq_dkim_tag tag;
    size_t pos = 0;
    bool bad = false;
    if (!mxq_dkim_tag_next(p, n, &pos, &tag, &bad) || bad)
        return false;
    /* The tag must end at a ';', not at the end of the field. */
    if (pos > n || p[pos - 1] != ';')
        return false;
    return tag.name.n == 1 && tag.name.p[0] == 'i' &&
           instance_of(tag.value, instance);
}

bool mxq_dkim_signature_parse(const char *p, size_t n,
                              struct mxq_dkim_signature *sig,
                              const char **reason)
{
    return mxq_signature_parse(MXQ_SIGNATURE_DKIM, p, n, sig, reason);
}

bool mxq_signature_parse(enum mxq_signature_kind kind, const char *p,
                         size_t n, struct mxq_dkim_signature *sig,
                         const char **reason)
{
    const bool dkim = kind == MXQ_SIGNATURE_DKIM;
    const bool seal = kind == MXQ_SIGNATURE_ARC_SEAL;
    struct mxq_dkim_tag tag;
    size_t pos = 0;
    bool bad = false;
    unsigned seen = 0;
    struct mxq_slice v = {0}, a = {0}, b = {0}, bh = {0}, c = {0}, h = {0},
                     q = {0}, cv = {0}, i = {0};

    memset(sig, 0, offsetof(struct mxq_dkim_signature, b));
    sig->b_len = sig->bh_len = sig->h_count = 0;
    sig->has_l = sig->has_t = sig->has_x = false;
    *reason = NULL;
    while (mxq_dkim_tag_next(p, n, &pos, &tag, &bad)) {
        unsigned bit = sig_tag_bit(kind, tag.name);
        if (bit == 0)
            continue;              /* unknown tags are ignored (§3.2) */
        if (seen & bit)
            FAIL("duplicate tag");
        seen |= bit;
        switch (bit) {
        case SEEN_V: v = tag.value; break;
        case SEEN_A: a = tag.value; break;
        case SEEN_B:
            b = tag.value;
            sig->b_raw_start = (size_t)(tag.raw_value.p - p);
            sig->b_raw_end = sig->b_raw_start + tag.raw_value.n;
            break;
        case SEEN_BH: bh = tag.value; break;
        case SEEN_C: c = tag.value; break;
        case SEEN_D: sig->d = tag.value; break;
        case SEEN_H: h = tag.value; break;
        case SEEN_I: i = tag.value; break;
        case SEEN_CV: cv = tag.value; break;
        case SEEN_L:
            if (!number(tag.value, 76, &sig->l))
                FAIL("bad l=");
            sig->has_l = true;
            break;
        case SEEN_Q: q = tag.value; break;
        case SEEN_S: sig->s = tag.value; break;
        case SEEN_T:
            if (!number(tag.value, 12, &sig->t))
                FAIL("bad t=");
            sig->has_t = true;
            break;
        case SEEN_X:
            if (!number(tag.value, 12, &sig->x))
                FAIL("bad x=");
            sig->has_x = true;
            break;
        default: break;            /* z= is only for diagnostics */
        }
    }
    if (bad)
        FAIL("tag syntax");
    if (dkim) {
        if (!(seen & SEEN_V))
            FAIL("missing v=");
        if (!EQ(v, "1"))
            FAIL("unknown v=");
    } else {
        if (!(seen & SEEN_I))
            FAIL("missing i=");
        if (!instance_of(i, &sig->instance))
            FAIL("bad i=");
    }
    if (seal) {
        if (seen & SEEN_H)
            FAIL("h= in ARC-Seal");
        if (!(seen & SEEN_CV))
            FAIL("missing cv=");
        if (EQ(cv, "none"))
            sig->cv = MXQ_ARC_CV_NONE;
        else if (EQ(cv, "fail"))
            sig->cv = MXQ_ARC_CV_FAIL;
        else if (EQ(cv, "pass"))
            sig->cv = MXQ_ARC_CV_PASS;
        else
            FAIL("bad cv=");
        /* The seal hashes no body and canonicalises relaxed (§5.1.1). */
        seen &= ~(unsigned)(SEEN_BH | SEEN_C | SEEN_L);
        sig->has_l = false;
    }
    if (!(seen & SEEN_A))
        FAIL("missing a=");
    if (!(seen & SEEN_B))
        FAIL("missing b=");
    if (!seal && !(seen & SEEN_BH))
        FAIL("missing bh=");
    if (!(seen & SEEN_D))
        FAIL("missing d=");
    if (!seal && !(seen & SEEN_H))
        FAIL("missing h=");
    if (!(seen & SEEN_S))
        FAIL("missing s=");

    sig->a = a;
    if (EQ(a, "rsa-sha256"))
        sig->algorithm = MXQ_DKIM_RSA_SHA256;
    else if (EQ(a, "ed25519-sha256"))
        sig->algorithm = MXQ_DKIM_ED25519_SHA256;
    else if (EQ(a, "rsa-sha1") && dkim)
        sig->algorithm = MXQ_DKIM_RSA_SHA1;
    else
        FAIL("unknown a=");

    /* DKIM's default is simple/simple; ARC's signatures are relaxed
     * without c= (ValiMail's suite, ams_fields_c_na, and the signers it
     * was made with read the ARC drafts so). */
    sig->header_canon = sig->body_canon =
        dkim ? MXQ_DKIM_SIMPLE : MXQ_DKIM_RELAXED;
    if (seen & SEEN_C) {
        size_t k = 0;
        struct mxq_slice first, second;
        list_next(c, '/', &k, &first);
        if (!canon_word(first, &sig->header_canon))
            FAIL("unknown c=");
        if (list_next(c, '/', &k, &second)) {
            if (!canon_word(second, &sig->body_canon) || k <= c.n)
                FAIL("unknown c=");
        }
    }

    if (seen & SEEN_Q) {
        size_t k = 0;
        struct mxq_slice m;
        bool dns = false;
        while (list_next(q, ':', &k, &m))
            if (EQ(m, "dns/txt"))
                dns = true;
        if (!dns)
            FAIL("unknown q=");
    }

    if (!domain_ok(sig->d))
        FAIL("bad d=");
    if (!domain_ok(sig->s))
        FAIL("bad s=");

    if (dkim && (seen & SEEN_I)) {
        sig->i = i;
        /* §2.11: dkim-quoted-printable ("=" two hex digits), which may
         * hide the '@' itself; the domain is after the last '@'. */
        size_t k = 0;
        bool have_at = false;
        for (size_t j = 0; j < sig->i.n; j++) {
            char ch = sig->i.p[j];
            if (ch == '=') {
                int hi = j + 2 < sig->i.n ? hex(sig->i.p[j + 1]) : -1;
                int lo = hi >= 0 ? hex(sig->i.p[j + 2]) : -1;
                if (lo < 0)
                    FAIL("bad i=");
                ch = (char)(hi * 16 + lo);
                j += 2;
            }
            if (ch == '@') {
                k = 0;
                have_at = true;
                continue;
            }
            if (!have_at)
                continue;
            if (k == sizeof sig->i_domain_buf)
                FAIL("bad i=");
            sig->i_domain_buf[k++] = ch;
        }
        if (!have_at)
            FAIL("bad i=");
        sig->i_domain.p = sig->i_domain_buf;
        sig->i_domain.n = k;
        if (!domain_ok(sig->i_domain))
            FAIL("bad i=");
        if (!subdomain_of(sig->i_domain, sig->d))
            FAIL("i= not in d=");
    } else {
        sig->i_domain = sig->d;
    }

    /* An AMS may sign no field but itself (h= empty). */
    if (!seal && !(kind == MXQ_SIGNATURE_ARC_MESSAGE && h.n == 0)) {
        size_t k = 0;
        struct mxq_slice name;
        bool from = false;
        while (list_next(h, ':', &k, &name)) {
            /* An empty name between colons signs nothing: DKIM refuses
             * it, ARC skips it (ams_fields_h_mis_hdr). */
            if (name.n == 0 && !dkim)
                continue;
            if (name.n == 0)
                FAIL("bad h=");
            if (sig->h_count == MXQ_DKIM_MAX_SIGNED_HEADERS)
                FAIL("h= too long");
            sig->h[sig->h_count++] = name;
            if (EQ(name, "from"))
                from = true;
            if (!dkim && EQ(name, "arc-seal"))
                FAIL("h= names ARC-Seal");
        }
        if (dkim && !from)
            FAIL("h= lacks From");
    }

    if (sig->has_t && sig->has_x && sig->x < sig->t)
        FAIL("x= before t=");

    sig->b_text = b;
    if (!mxq_dkim_base64(b.p, b.n, sig->b, sizeof sig->b, &sig->b_len))
        FAIL("bad b=");
    if (sig->b_len == 0)
        FAIL("empty b=");
    if (seal)
        return true;
    if (!mxq_dkim_base64(bh.p, bh.n, sig->bh, sizeof sig->bh, &sig->bh_len))
        FAIL("bad bh=");
    size_t want = sig->algorithm == MXQ_DKIM_RSA_SHA1 ? 20 : 32;
    if (sig->bh_len != want)
        FAIL("bad bh=");
    return true;
}

static unsigned key_tag_bit(struct mxq_slice name)
{
    static const struct { const char *name; unsigned bit; } tags[] = {
        {"v", SEEN_V}, {"h", SEEN_H}, {"k", SEEN_K}, {"n", SEEN_N},
        {"p", SEEN_P}, {"s", SEEN_S}, {"t", SEEN_T}};
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
        if (name.n == strlen(tags[k].name) &&
            memcmp(name.p, tags[k].name, name.n) == 0)
            return tags[k].bit;
    return 0;
}

bool mxq_dkim_key_parse(const char *p, size_t n, struct mxq_dkim_key *key,
                        const char **reason)
{
    struct mxq_dkim_tag tag;
    size_t pos = 0, index = 0;
    bool bad = false;
    unsigned seen = 0;
    struct mxq_slice h = {0}, k = {0}, pv = {0}, s = {0}, t = {0};

    key->type = MXQ_DKIM_KEY_RSA;
    key->sha1 = key->sha256 = true;
    key->testing = key->strict = key->revoked = false;
    key->p_len = 0;
    *reason = NULL;
    while (mxq_dkim_tag_next(p, n, &pos, &tag, &bad)) {
        unsigned bit = key_tag_bit(tag.name);
        index++;
        if (bit == 0)
            continue;
        if (seen & bit)
            FAIL("key: duplicate tag");
        seen |= bit;
        switch (bit) {
        case SEEN_V:
            /* §3.6.1: if present, the first tag, and "DKIM1". */
            if (index != 1 || !(tag.value.n == 5 &&
                                memcmp(tag.value.p, "DKIM1", 5) == 0))
                FAIL("key: bad v=");
            break;
        case SEEN_H: h = tag.value; break;
        case SEEN_K: k = tag.value; break;
        case SEEN_P: pv = tag.value; break;
        case SEEN_S: s = tag.value; break;
        case SEEN_T: t = tag.value; break;
        default: break;
        }
    }
    if (bad)
        FAIL("key: tag syntax");
    if (!(seen & SEEN_P))
        FAIL("key: missing p=");
    if (seen & SEEN_K) {
        if (EQ(k, "rsa"))
            key->type = MXQ_DKIM_KEY_RSA;
        else if (EQ(k, "ed25519"))
            key->type = MXQ_DKIM_KEY_ED25519;
        else
            FAIL("key: unknown k=");
    }
    if (seen & SEEN_H) {
        size_t i = 0;
        struct mxq_slice m;
        key->sha1 = key->sha256 = false;
        while (list_next(h, ':', &i, &m)) {
            if (EQ(m, "sha1"))
                key->sha1 = true;
            else if (EQ(m, "sha256"))
                key->sha256 = true;
        }
    }
    if (seen & SEEN_S) {
        size_t i = 0;
        struct mxq_slice m;
        bool email = false;
        while (list_next(s, ':', &i, &m))
            if (EQ(m, "*") || EQ(m, "email"))
                email = true;
        if (!email)
            FAIL("key: not for email (s=)");
    }
    if (seen & SEEN_T) {
        size_t i = 0;
        struct mxq_slice m;
        while (list_next(t, ':', &i, &m)) {
            if (EQ(m, "y"))
                key->testing = true;
            else if (EQ(m, "s"))
                key->strict = true;
        }
    }
    if (pv.n == 0) {
        key->revoked = true;
        FAIL("key revoked");
    }
    if (!mxq_dkim_base64(pv.p, pv.n, key->p, sizeof key->p, &key->p_len) ||
        key->p_len == 0)
        FAIL("key: bad p=");
    return true;
}
