/*
 * DKIM (engine/checks/dkim*.c): the tag grammar, base64, the
 * canonicalisations, the signature and key records, and the verifier
 * over three conformance suites (Mail::DKIM's corpus, dkimpy's messages,
 * mail-auth's) plus hand-made signatures (ed25519, signed here with
 * RFC 8032's test key, whose public half is RFC 8463's "brisbane" key).
 *
 * Each suite prints passed/total and every case that differs with the
 * reason; the counts asserted are the ones reached (see the comments at
 * each suite for why the rest differ).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/sha256.h>

#include "base64.h"
#include "dkim.h"
#include "dkim_canon.h"
#include "dkim_signature.h"
#include "dkim_tags.h"
#include "files.h"

#define PERL_LEGACY_PASSED 38
#define PERL_STRICT_PASSED 29
#define DKIMPY_PASSED 7
#define MAIL_AUTH_PASSED 8

#define CONF MXQ_CONFORMANCE_DIR

/* ------------------------------------------------------------ helpers */

/* base64 of p[0..n) into out, NUL-terminated (the engine's encoder). */
static void b64(const uint8_t *p, size_t n, char *out)
{
    struct mxq_buffer buf = {0};
    assert_true(mxq_base64_append(&buf, p, n));
    memcpy(out, buf.data, buf.len);
    out[buf.len] = '\0';
    mxq_buffer_free(&buf);
}

/* A fake DNS: name -> TXT value, or an rcode. */
struct dns_entry {
    char name[256];
    enum mxq_dns_rcode rcode;
    char value[2048];
};

struct dns {
    struct dns_entry e[64];
    size_t n;
};

static void dns_add(struct dns *d, const char *name, enum mxq_dns_rcode rc,
                    const char *value, size_t value_len)
{
    assert_true(d->n < 64);
    struct dns_entry *e = &d->e[d->n++];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->rcode = rc;
    assert_true(value_len < sizeof e->value);
    memcpy(e->value, value, value_len);
    e->value[value_len] = '\0';
}

/* One line "name<blanks>value" as FAKE_DNS.dat and mail-auth write them
 * (NXDOMAIN, ~~Query timed out~~, ~~SERVFAIL~~, "" for an empty record). */
static void dns_line(struct dns *d, const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && line[i] != ' ' && line[i] != '\t')
        i++;
    char name[256];
    assert_true(i < sizeof name);
    memcpy(name, line, i);
    name[i] = '\0';
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    const char *v = line + i;
    size_t vn = n - i;
    while (vn > 0 && (v[vn - 1] == '\r'))
        vn--;
#define IS(lit) (vn == sizeof(lit) - 1 && memcmp(v, lit, vn) == 0)
    if (IS("NXDOMAIN"))
        dns_add(d, name, MXQ_DNS_NXDOMAIN, "", 0);
    else if (IS("~~Query timed out~~"))
        dns_add(d, name, MXQ_DNS_TIMEOUT, "", 0);
    else if (IS("~~SERVFAIL~~"))
        dns_add(d, name, MXQ_DNS_SERVFAIL, "", 0);
    else if (IS("\"\""))
        dns_add(d, name, MXQ_DNS_OK, "", 0);
    else
        dns_add(d, name, MXQ_DNS_OK, v, vn);
#undef IS
}

static void dns_file(struct dns *d, const char *path)
{
    size_t n;
    char *text = test_read_file(path, &n);
    assert_non_null(text);
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && text[e] != '\n')
            e++;
        if (e > i && text[i] != '#')
            dns_line(d, text + i, e - i);
        i = e + 1;
    }
    free(text);
}

struct outcome {
    size_t count;
    struct {
        enum mxq_dkim_result result;
        const char *reason;
        bool l_truncated;
        char d[64], header_b[16];
    } v[MXQ_DKIM_MAX_SIGNATURES];
    size_t queries;
};

static void verify_with(const char *msg, size_t n, int64_t now,
                        const struct dns *dns, unsigned min_bits, bool sha1,
                        struct outcome *out)
{
    struct mxq_dkim *v = mxq_dkim_new(msg, n, now);
    const char *name;
    assert_non_null(v);
    mxq_dkim_set_legacy(v, min_bits, sha1);
    memset(out, 0, sizeof *out);
    while (mxq_dkim_run(v, &name) == MXQ_DKIM_NEED_DNS) {
        const struct dns_entry *e = NULL;
        out->queries++;
        assert_true(out->queries <= MXQ_DKIM_MAX_SIGNATURES);
        for (size_t k = 0; dns != NULL && k < dns->n; k++)
            if (strcasecmp(dns->e[k].name, name) == 0)
                e = &dns->e[k];
        if (e == NULL) {
            mxq_dkim_answer(v, MXQ_DNS_NXDOMAIN, NULL, 0);
        } else if (e->rcode == MXQ_DNS_OK) {
            struct mxq_dns_record r = {0, {(const uint8_t *)e->value,
                                           strlen(e->value)}};
            mxq_dkim_answer(v, MXQ_DNS_OK, &r, 1);
        } else {
            mxq_dkim_answer(v, e->rcode, NULL, 0);
        }
    }
    out->count = mxq_dkim_count(v);
    for (size_t k = 0; k < out->count; k++) {
        const struct mxq_dkim_verdict *r = mxq_dkim_get(v, k);
        out->v[k].result = r->result;
        out->v[k].reason = r->reason;
        out->v[k].l_truncated = r->l_truncated;
        snprintf(out->v[k].d, sizeof out->v[k].d, "%s", r->d);
        snprintf(out->v[k].header_b, sizeof out->v[k].header_b, "%s",
                 r->header_b);
    }
    mxq_dkim_free(v);
}

/* legacy: Mail::DKIM's rules (512-bit keys, rsa-sha1). */
static void verify(const char *msg, size_t n, int64_t now,
                   const struct dns *dns, bool legacy, struct outcome *out)
{
    verify_with(msg, n, now, dns, legacy ? 512 : MXQ_DKIM_MIN_RSA_BITS,
                legacy, out);
}

/* Mail::DKIM's overall result: pass if one signature passes, else fail
 * if one fails, else invalid; none without signatures. */
static const char *perl_word(const struct outcome *o, const char **why)
{
    const char *w = "none";
    *why = "no DKIM-Signature";
    for (size_t k = 0; k < o->count; k++) {
        if (o->v[k].result == MXQ_DKIM_PASS) {
            *why = NULL;
            return "pass";
        }
    }
    for (size_t k = 0; k < o->count; k++) {
        if (o->v[k].result == MXQ_DKIM_FAIL) {
            *why = o->v[k].reason;
            return "fail";
        }
    }
    if (o->count > 0) {
        w = "invalid";
        *why = o->v[0].reason;
    }
    return w;
}

/* ------------------------------------------------------------ tags */

static void test_tags(void **state)
{
    (void)state;
    const char *list = " v = 1 ;a=rsa-sha256;\r\n\tb=ab cd\r\n ef ; z=;x=1;";
    size_t pos = 0, n = strlen(list);
    struct mxq_dkim_tag t;
    bool bad;
    const char *names[] = {"v", "a", "b", "z", "x"};
    const char *values[] = {"1", "rsa-sha256", "ab cd\r\n ef", "", "1"};
    for (size_t k = 0; k < 5; k++) {
        assert_true(mxq_dkim_tag_next(list, n, &pos, &t, &bad));
        assert_int_equal(t.name.n, strlen(names[k]));
        assert_memory_equal(t.name.p, names[k], t.name.n);
        assert_int_equal(t.value.n, strlen(values[k]));
        assert_memory_equal(t.value.p, values[k], t.value.n);
    }
    assert_false(mxq_dkim_tag_next(list, n, &pos, &t, &bad));
    assert_false(bad);

    /* Not tag-lists. */
    const char *bad_lists[] = {"a=1;;b=2", "=1", "1a=2", "a", "a=1;b",
                               "a=\x01", "a=b\r\nc", "a=1; ;"};
    for (size_t k = 0; k < sizeof bad_lists / sizeof bad_lists[0]; k++) {
        pos = 0;
        while (mxq_dkim_tag_next(bad_lists[k], strlen(bad_lists[k]), &pos,
                                 &t, &bad))
            ;
        assert_true(bad);
    }
    /* Empty list, trailing ';' with FWS. */
    pos = 0;
    assert_false(mxq_dkim_tag_next("", 0, &pos, &t, &bad));
    assert_false(bad);
    pos = 0;
    assert_true(mxq_dkim_tag_next("a=1; \r\n ", 8, &pos, &t, &bad));
    assert_false(mxq_dkim_tag_next("a=1; \r\n ", 8, &pos, &t, &bad));
    assert_false(bad);
}

static void test_base64(void **state)
{
    (void)state;
    uint8_t out[16];
    size_t len;
    assert_true(mxq_dkim_base64("aGVs\r\n bG8=", 11, out, sizeof out, &len));
    assert_int_equal(len, 5);
    assert_memory_equal(out, "hello", 5);
    assert_true(mxq_dkim_base64("aGVsbG8", 7, out, sizeof out, &len));
    assert_int_equal(len, 5);
    assert_true(mxq_dkim_base64("", 0, out, sizeof out, &len));
    assert_int_equal(len, 0);
    assert_false(mxq_dkim_base64("aGV=sbG8", 8, out, sizeof out, &len));
    assert_false(mxq_dkim_base64("aGVsb", 5, out, sizeof out, &len));
    assert_false(mxq_dkim_base64("aGVsbG8=====", 12, out, sizeof out, &len));
    assert_false(mxq_dkim_base64("aGVs*G8=", 8, out, sizeof out, &len));
    assert_false(mxq_dkim_base64("aGVsbG8=", 8, out, 4, &len));
}

/* ------------------------------------------------------------ canon */

static void body_digest(enum mxq_dkim_canon c, const char *p, size_t n,
                        size_t piece, bool limited, uint64_t l, uint8_t *d,
                        uint64_t *length)
{
    struct mxq_dkim_body b;
    assert_true(mxq_dkim_body_init(&b, c, MXQ_DKIM_SHA256, limited, l));
    for (size_t i = 0; i < n; i += piece)
        mxq_dkim_body_update(&b, p + i, n - i < piece ? n - i : piece);
    mxq_dkim_body_final(&b, d);
    *length = b.length;
}

static void expect_body(enum mxq_dkim_canon c, const char *in,
                        const char *canonical)
{
    uint8_t want[32], got[32];
    uint64_t length;
    wc_Sha256 s;
    wc_InitSha256(&s);
    wc_Sha256Update(&s, (const uint8_t *)canonical, (word32)strlen(canonical));
    wc_Sha256Final(&s, want);
    wc_Sha256Free(&s);
    static const size_t pieces[] = {1, 2, 7, 1000000};
    for (size_t k = 0; k < 4; k++) {
        body_digest(c, in, strlen(in), pieces[k], false, 0, got, &length);
        assert_memory_equal(got, want, 32);
        assert_int_equal(length, strlen(canonical));
    }
}

static void test_body_canon(void **state)
{
    (void)state;
    /* RFC 6376 §3.4.5's example. */
    const char *ex = " C \r\nD \t E\r\n\r\n\r\n";
    expect_body(MXQ_DKIM_SIMPLE, ex, " C \r\nD \t E\r\n");
    expect_body(MXQ_DKIM_RELAXED, ex, " C\r\nD E\r\n");
    expect_body(MXQ_DKIM_SIMPLE, "", "\r\n");
    expect_body(MXQ_DKIM_RELAXED, "", "");
    expect_body(MXQ_DKIM_SIMPLE, "\r\n\r\n", "\r\n");
    expect_body(MXQ_DKIM_RELAXED, "\r\n \t\r\n", "");
    expect_body(MXQ_DKIM_SIMPLE, "abc", "abc\r\n");
    expect_body(MXQ_DKIM_RELAXED, "abc  ", "abc\r\n");
    expect_body(MXQ_DKIM_RELAXED, "a\r\n\r\n  \r\nb \r", "a\r\n\r\n\r\nb \r\r\n");
    expect_body(MXQ_DKIM_SIMPLE, "a\rb\r\n\r\n", "a\rb\r\n");

    /* Runs longer than the canonicaliser's chunk: simple hashes a long
     * line straight from the message, relaxed copies words and one SP. */
    char *in = malloc(5 * 4096 + 8), *out = malloc(5 * 4096 + 8);
    assert_non_null(in);
    assert_non_null(out);
    size_t ni = 0, no = 0;
    for (size_t k = 0; k < 4096; k++) {
        memcpy(in + ni, "ab \t ", 5);
        ni += 5;
        memcpy(out + no, k + 1 < 4096 ? "ab " : "ab", k + 1 < 4096 ? 3 : 2);
        no += k + 1 < 4096 ? 3 : 2;
    }
    memcpy(in + ni, "\r\n", 3);
    memcpy(out + no, "\r\n", 3);
    expect_body(MXQ_DKIM_RELAXED, in, out);
    memset(in, 'x', 3 * 4096);
    memcpy(in + 3 * 4096, "\r\n", 3);
    expect_body(MXQ_DKIM_SIMPLE, in, in);
    free(in);
    free(out);

    /* l=: only the first l octets are hashed, all are counted. */
    uint8_t got[32], want[32];
    uint64_t length;
    body_digest(MXQ_DKIM_RELAXED, "Hello\r\nWorld\r\n", 14, 3, true, 5, got,
                &length);
    assert_int_equal(length, 14);
    wc_Sha256 s;
    wc_InitSha256(&s);
    wc_Sha256Update(&s, (const uint8_t *)"Hello", 5);
    wc_Sha256Final(&s, want);
    wc_Sha256Free(&s);
    assert_memory_equal(got, want, 32);
}

static void test_header_canon(void **state)
{
    (void)state;
    /* §3.4.5: "A: X\r\n" and "B : Y\t\r\n\tZ  \r\n". */
    struct { const char *canonical; const char *head; size_t head_len,
             name_len; const char *body; } cases[] = {
        {"a:X\r\n", "A:", 2, 1, " X"},
        {"b:Y Z\r\n", "B :", 3, 1, " Y\t\r\n\tZ  "},
    };
    for (size_t k = 0; k < 2; k++) {
        struct mxq_dkim_hash h;
        uint8_t got[32], want[32];
        assert_true(mxq_dkim_hash_init(&h, MXQ_DKIM_SHA256));
        mxq_dkim_canon_header(&h, MXQ_DKIM_RELAXED, cases[k].head,
                              cases[k].head_len, cases[k].name_len,
                              cases[k].body, strlen(cases[k].body), true);
        mxq_dkim_hash_final(&h, got);
        assert_true(mxq_dkim_hash_init(&h, MXQ_DKIM_SHA256));
        mxq_dkim_hash_update(&h, cases[k].canonical,
                             strlen(cases[k].canonical));
        mxq_dkim_hash_final(&h, want);
        assert_memory_equal(got, want, 32);
    }
}

/* ------------------------------------------------------------ records */

static const char *sig_reason(const char *text)
{
    struct mxq_dkim_signature *s = malloc(sizeof *s);
    const char *why;
    assert_non_null(s);
    bool ok = mxq_dkim_signature_parse(text, strlen(text), s, &why);
    free(s);
    return ok ? NULL : why;
}

#define BH "bh=2jUSOH9NhtVGCQWNr9BrIAPreKQjO6Sn7XIkfJVOzv8=; "

static void test_signature_records(void **state)
{
    (void)state;
    assert_null(sig_reason("v=1; a=rsa-sha256; d=example.com; s=sel; "
                           "h=From:To; " BH "b=AAAA"));
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=To:Subject; " BH "b=AAAA"),
                        "h= lacks From");
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA; d=x.com"),
                        "duplicate tag");
    assert_string_equal(sig_reason("v=2; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA"),
                        "unknown v=");
    assert_string_equal(sig_reason("v=1; a=rsa-md5; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA"),
                        "unknown a=");
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA; "
                                   "i=@example.org"),
                        "i= not in d=");
    assert_null(sig_reason("v=1; a=rsa-sha256; d=example.com; s=sel; "
                           "h=From; " BH "b=AAAA; i=joe@Sub.Example.COM"));
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA; t=200; "
                                   "x=100"),
                        "x= before t=");
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA; "
                                   "c=relaxed/future"),
                        "unknown c=");
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; " BH "b=AAAA; q=http"),
                        "unknown q=");
    assert_string_equal(sig_reason("v=1; a=rsa-sha256; d=example.com; "
                                   "s=sel; h=From; b=AAAA"),
                        "missing bh=");
}

static const char *key_reason(const char *text, struct mxq_dkim_key *key)
{
    const char *why;
    return mxq_dkim_key_parse(text, strlen(text), key, &why) ? NULL : why;
}

static void test_key_records(void **state)
{
    (void)state;
    struct mxq_dkim_key *k = malloc(sizeof *k);
    assert_non_null(k);
    assert_null(key_reason("v=DKIM1; k=ed25519; t=y:s; p=AAAA", k));
    assert_int_equal(k->type, MXQ_DKIM_KEY_ED25519);
    assert_true(k->testing);
    assert_true(k->strict);
    assert_string_equal(key_reason("k=rsa; v=DKIM1; p=AAAA", k),
                        "key: bad v=");
    assert_string_equal(key_reason("v=DKIM1; p=", k), "key revoked");
    assert_true(k->revoked);
    assert_string_equal(key_reason("k=foo; p=AAAA", k), "key: unknown k=");
    assert_string_equal(key_reason("s=chat; p=AAAA", k),
                        "key: not for email (s=)");
    assert_null(key_reason("h=sha1:md5; p=AAAA", k));
    assert_true(k->sha1 && !k->sha256);
    assert_string_equal(key_reason("", k), "key: missing p=");
    free(k);
}

/* ------------------------------------------------------------ signing */

/* RFC 8032 §7.1 test 1: its public key is RFC 8463's brisbane key. */
static const char ed_seed_b64[] = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=";
static const char brisbane[] =
    "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

/* A relaxed/relaxed ed25519 signature over "From" and "Subject", with
 * extra tags; the canonical forms are written out here, not computed by
 * the code under test (the values hold single spaces only). */
static char *sign(const char *from, const char *subject, const char *body,
                  const char *canonical_body, const char *extra,
                  size_t *out_n)
{
    uint8_t seed[32], pub[32], digest[32], sig[64];
    size_t len;
    char bh[64], b[100];
    assert_true(mxq_dkim_base64(ed_seed_b64, strlen(ed_seed_b64), seed,
                                sizeof seed, &len));
    wc_Sha256 s;
    wc_InitSha256(&s);
    wc_Sha256Update(&s, (const uint8_t *)canonical_body,
                    (word32)strlen(canonical_body));
    wc_Sha256Final(&s, digest);
    wc_Sha256Free(&s);
    b64(digest, 32, bh);

    char tags[1024];
    snprintf(tags, sizeof tags,
             "v=1; a=ed25519-sha256; c=relaxed/relaxed; "
             "d=football.example.com; s=brisbane; h=from:subject%s; "
             "bh=%s; b=", extra, bh);
    char data[4096];
    snprintf(data, sizeof data, "from:%s\r\nsubject:%s\r\ndkim-signature:%s",
             from, subject, tags);
    wc_InitSha256(&s);
    wc_Sha256Update(&s, (const uint8_t *)data, (word32)strlen(data));
    wc_Sha256Final(&s, digest);
    wc_Sha256Free(&s);

    ed25519_key key;
    word32 sig_len = sizeof sig;
    assert_int_equal(wc_ed25519_init(&key), 0);
    assert_int_equal(wc_ed25519_import_private_only(seed, 32, &key), 0);
    assert_int_equal(wc_ed25519_make_public(&key, pub, 32), 0);
    assert_int_equal(wc_ed25519_import_private_key(seed, 32, pub, 32, &key),
                     0);
    assert_int_equal(wc_ed25519_sign_msg(digest, 32, sig, &sig_len, &key), 0);
    wc_ed25519_free(&key);
    b64(sig, 64, b);

    char *msg = malloc(8192);
    assert_non_null(msg);
    *out_n = (size_t)snprintf(msg, 8192,
                              "DKIM-Signature: %s%s\r\nFrom: %s\r\n"
                              "Subject: %s\r\n\r\n%s",
                              tags, b, from, subject, body);
    return msg;
}

static const char *FROM = "Joe <joe@football.example.com>";

static void one(const char *msg, size_t n, int64_t now, const char *key,
                enum mxq_dns_rcode rc, struct outcome *o)
{
    struct dns d = {0};
    dns_add(&d, "brisbane._domainkey.football.example.com", rc, key,
            strlen(key));
    verify(msg, n, now, &d, false, o);
    assert_int_equal(o->count, 1);
}

static void test_hand_cases(void **state)
{
    (void)state;
    struct outcome o;
    size_t n;
    const char *body = "Hello  there\r\nWorld\r\n\r\n";
    const char *cbody = "Hello there\r\nWorld\r\n";

    /* pass, and pass with the body fed in any form that canonicalises the
     * same. */
    char *m = sign(FROM, "hi", body, cbody, "", &n);
    one(m, n, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    assert_false(o.v[0].l_truncated);

    /* A changed body: body hash. */
    char *p = strstr(m, "World");
    p[0] = 'w';
    one(m, n, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_FAIL);
    assert_string_equal(o.v[0].reason, "body hash mismatch");
    p[0] = 'W';
    /* A changed signed header. */
    p = strstr(m, "Subject: hi");
    p[10] = 'o';
    one(m, n, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_FAIL);
    assert_string_equal(o.v[0].reason, "signature did not verify");
    p[10] = 'i';
    /* The key: NXDOMAIN, SERVFAIL, revoked, wrong type. */
    one(m, n, 0, "", MXQ_DNS_NXDOMAIN, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "no key");
    one(m, n, 0, "", MXQ_DNS_SERVFAIL, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_TEMPERROR);
    one(m, n, 0, "v=DKIM1; k=ed25519; p=", MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "key revoked");
    one(m, n, 0, "v=DKIM1; k=rsa; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
        MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    /* An unsigned header added below is fine; a second From is not
     * (over-signing is not in h= here, so it is the bottom one). */
    free(m);

    /* x=: passes before, permerror after. */
    m = sign(FROM, "hi", body, cbody, "; t=1000; x=2000", &n);
    one(m, n, 1999, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    one(m, n, 2001, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "signature expired");
    free(m);

    /* l= shorter than the body: pass, flagged. */
    m = sign(FROM, "hi", "Hello\r\nappended\r\n", "Hello", "; l=5", &n);
    one(m, n, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    assert_true(o.v[0].l_truncated);
    free(m);

    /* Over-signing: h= names from twice; a second From added on top
     * breaks it, as it should. */
    m = sign(FROM, "hi", body, cbody, "", &n);
    char *two = malloc(n + 64);
    int k = snprintf(two, n + 64, "From: evil@example.org\r\n%s", m);
    one(two, (size_t)k, 0, brisbane, MXQ_DNS_OK, &o);
    /* the bottom From is still the signed one: pass (a DMARC matter) */
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    free(two);
    free(m);

    /* Over-signing: h=from:subject:from with one From present: the
     * second "from" adds nothing (pass); a From added on top is then the
     * second instance and breaks the signature. */
    m = sign(FROM, "hi", body, cbody, ":from", &n);
    one(m, n, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    two = malloc(n + 64);
    k = snprintf(two, n + 64, "From: evil@example.org\r\n%s", m);
    one(two, (size_t)k, 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_FAIL);
    free(two);
    free(m);

    /* More than MXQ_DKIM_MAX_SIGNATURES: the rest are ignored, counted. */
    char many[4096];
    size_t used = 0;
    for (int j = 0; j < MXQ_DKIM_MAX_SIGNATURES + 3; j++)
        used += (size_t)snprintf(many + used, sizeof many - used,
                                 "DKIM-Signature: v=1; bad\r\n");
    used += (size_t)snprintf(many + used, sizeof many - used,
                             "From: x@example.com\r\n\r\nbody\r\n");
    struct mxq_dkim *v = mxq_dkim_new(many, used, 0);
    const char *qname;
    assert_non_null(v);
    assert_int_equal(mxq_dkim_run(v, &qname), MXQ_DKIM_DONE);
    assert_int_equal(mxq_dkim_count(v), MXQ_DKIM_MAX_SIGNATURES);
    assert_int_equal(mxq_dkim_ignored(v), 3);
    assert_int_equal(mxq_dkim_get(v, 0)->result, MXQ_DKIM_PERMERROR);
    assert_string_equal(mxq_dkim_get(v, 0)->reason, "tag syntax");
    mxq_dkim_free(v);

    /* h= without From: permerror. */
    const char *nofrom =
        "DKIM-Signature: v=1; a=ed25519-sha256; d=football.example.com; "
        "s=brisbane; h=subject; " BH "b=AAAA\r\nSubject: x\r\n\r\n";
    one(nofrom, strlen(nofrom), 0, brisbane, MXQ_DNS_OK, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "h= lacks From");
    assert_int_equal(o.queries, 0);
}

/* ------------------------------------------------------------ Mail::DKIM */

/*
 * t/corpus of Mail::DKIM with t/FAKE_DNS.dat, against the expectations
 * of t/verifier.t (expected_results.tsv). Mail::DKIM predates RFC 8301:
 * most of its keys have 512 bits and many signatures are rsa-sha1, so the
 * suite runs twice:
 *   - legacy (mxq_dkim_set_legacy(v, 512, true)): the rules Mail::DKIM
 *     applies; 38/79. The 41 that differ, all on purpose:
 *       17 DomainKeys (good_dk_*, bad_dk_*, dk_headers_*, dk_multiple_1):
 *          DomainKey-Signature, not DKIM: no signature here ("none");
 *        5 good_ietf00_*: pre-standard drafts (skipped upstream too);
 *       11 without v= (mine_ietf01_1..4, good_ietf01_1..2, multiple_1,
 *          bad_ietf01_1..3, bad_1): drafts before RFC 4871; v= is
 *          required (RFC 6376 §3.5): permerror "missing v=";
 *        4 v=0.5 (mine_ietf05_1, no_body_1..3): permerror "unknown v=";
 *        4 g= in the key (badkey_8, badkey_9, badkey_12, badkey_13):
 *          RFC 6376 dropped g= (RFC 4871's granularity), so it is
 *          ignored and they pass.
 *   - strict (RFC 8301): 29/79: besides those, every pass with rsa-sha1
 *     or a 512-bit key becomes permerror ("invalid"), and bad_1878954
 *     (rsa-sha1, want fail) is permerror before its key is fetched.
 */
struct perl_run {
    bool legacy;
    size_t passed, total;
};

static void perl_suite(struct perl_run *run)
{
    struct dns *dns = calloc(1, sizeof *dns);
    size_t n;
    assert_non_null(dns);
    dns_file(dns, CONF "/perl-mail-dkim/FAKE_DNS.dat");
    char *tsv = test_read_file(CONF "/perl-mail-dkim/expected_results.tsv",
                               &n);
    assert_non_null(tsv);
    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char file[128], want[16];
        if (sscanf(line, "%127[^\t]\t%15[^\t]", file, want) != 2)
            continue;
        char path[512];
        snprintf(path, sizeof path, CONF "/perl-mail-dkim/corpus/%s", file);
        size_t mn, cn;
        char *raw = test_read_file(path, &mn);
        assert_non_null(raw);
        char *msg = test_to_crlf(raw, mn, &cn);
        struct outcome o;
        /* Mail::DKIM's tests run at the current time (ignore_7 expired
         * long ago). */
        verify(msg, cn, (int64_t)time(NULL), dns, run->legacy, &o);
        const char *why;
        const char *got = perl_word(&o, &why);
        run->total++;
        if (strcmp(got, want) == 0)
            run->passed++;
        else
            printf("  perl-mail-dkim %-6s %-24s want %-7s got %-7s (%s)\n",
                   run->legacy ? "legacy" : "strict", file, want, got,
                   why ? why : "");
        free(msg);
        free(raw);
    }
    free(tsv);
    free(dns);
    printf("perl-mail-dkim (%s): %zu/%zu\n",
           run->legacy ? "legacy: 512-bit keys, rsa-sha1" : "RFC 8301",
           run->passed, run->total);
}

static void test_perl_mail_dkim(void **state)
{
    (void)state;
    struct perl_run legacy = {true, 0, 0}, strict = {false, 0, 0};
    perl_suite(&legacy);
    perl_suite(&strict);
    assert_int_equal(legacy.total, 79);
    assert_true(legacy.passed >= PERL_LEGACY_PASSED);
    assert_true(strict.passed >= PERL_STRICT_PASSED);
}

/* RFC 8301: rsa-sha1 and RSA keys under 1024 bits are permerror; a
 * Mail::DKIM message signed rsa-sha1 with a 512-bit key shows both. */
static void test_rfc8301(void **state)
{
    (void)state;
    struct dns *dns = calloc(1, sizeof *dns);
    size_t mn, cn;
    struct outcome o;
    assert_non_null(dns);
    dns_file(dns, CONF "/perl-mail-dkim/FAKE_DNS.dat");
    char *raw = test_read_file(CONF "/perl-mail-dkim/corpus/goodkey_2.txt",
                               &mn);
    assert_non_null(raw);
    char *msg = test_to_crlf(raw, mn, &cn);
    verify_with(msg, cn, 0, dns, 512, true, &o);
    assert_int_equal(o.count, 1);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PASS);
    verify_with(msg, cn, 0, dns, MXQ_DKIM_MIN_RSA_BITS, true, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "key too short (RFC 8301)");
    verify_with(msg, cn, 0, dns, 512, false, &o);
    assert_int_equal(o.v[0].result, MXQ_DKIM_PERMERROR);
    assert_string_equal(o.v[0].reason, "rsa-sha1 not allowed (RFC 8301)");
    assert_int_equal(o.queries, 0);
    free(msg);
    free(raw);
    free(dns);
}

/* ------------------------------------------------------------ dkimpy */

/*
 * dkimpy's test data. Runnable here (the others have no key published
 * with them: message.mbox (kitterman.com 2007-00), test2.message
 * (gmail.com 20120113); test.message, test_extra.message,
 * test_nofrom.message and rfc6376.msg are unsigned, for signing tests):
 *   rfc6376.signed.msg: RFC 8463's example, ed25519 (brisbane) + rsa
 *     (test, test.txt's key); both pass.
 *   ed25519test2.msg: Exim's ed25519 signature (eximtest.dns); pass.
 *   the rsa signature of rfc6376.signed.msg against the bad key records
 *     badk.txt, badversion.txt, test_bad.txt (dkimpy: no pass); and
 *     against test2.txt (the same key without k=): pass.
 */
static char *read_trim(const char *path)
{
    size_t n;
    char *t = test_read_file(path, &n);
    assert_non_null(t);
    while (n > 0 && (t[n - 1] == '\n' || t[n - 1] == '\r'))
        t[--n] = '\0';
    return t;
}

static void test_dkimpy(void **state)
{
    (void)state;
    size_t passed = 0, total = 0, mn, cn;
    struct outcome o;
    struct dns dns = {0};

    char *test_txt = read_trim(CONF "/dkimpy/test.txt");
    char *raw = test_read_file(CONF "/dkimpy/rfc6376.signed.msg", &mn);
    char *msg = test_to_crlf(raw, mn, &cn);
    dns_add(&dns, "brisbane._domainkey.football.example.com", MXQ_DNS_OK,
            brisbane, strlen(brisbane));
    dns_add(&dns, "test._domainkey.football.example.com", MXQ_DNS_OK,
            test_txt, strlen(test_txt));
    verify(msg, cn, 1600000000, &dns, false, &o);
    assert_int_equal(o.count, 2);
    for (size_t k = 0; k < 2; k++) {
        total++;
        if (o.v[k].result == MXQ_DKIM_PASS)
            passed++;
        else
            printf("  dkimpy rfc6376.signed.msg sig %zu: %s (%s)\n", k,
                   mxq_dkim_result_name(o.v[k].result), o.v[k].reason);
    }

    /* The rsa signature against other key records. */
    static const struct { const char *file; bool pass; } keys[] = {
        {"test2.txt", true}, {"badk.txt", false},
        {"badversion.txt", false}, {"test_bad.txt", false}};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        char path[512];
        snprintf(path, sizeof path, CONF "/dkimpy/%s", keys[k].file);
        char *rec = read_trim(path);
        struct dns d2 = {0};
        dns_add(&d2, "brisbane._domainkey.football.example.com", MXQ_DNS_OK,
                brisbane, strlen(brisbane));
        dns_add(&d2, "test._domainkey.football.example.com", MXQ_DNS_OK, rec,
                strlen(rec));
        verify(msg, cn, 1600000000, &d2, false, &o);
        total++;
        bool pass = o.v[1].result == MXQ_DKIM_PASS;
        if (pass == keys[k].pass)
            passed++;
        else
            printf("  dkimpy key %s: %s (%s)\n", keys[k].file,
                   mxq_dkim_result_name(o.v[1].result), o.v[1].reason);
        free(rec);
    }
    free(msg);
    free(raw);

    char *exim = read_trim(CONF "/dkimpy/eximtest.dns");
    raw = test_read_file(CONF "/dkimpy/ed25519test2.msg", &mn);
    msg = test_to_crlf(raw, mn, &cn);
    struct dns d3 = {0};
    dns_add(&d3, "sed._domainkey.test.ex", MXQ_DNS_OK, exim, strlen(exim));
    verify(msg, cn, 1600000000, &d3, false, &o);
    total++;
    if (o.count == 1 && o.v[0].result == MXQ_DKIM_PASS)
        passed++;
    else
        printf("  dkimpy ed25519test2.msg: %zu sigs, %s (%s)\n", o.count,
               o.count ? mxq_dkim_result_name(o.v[0].result) : "-",
               o.count ? o.v[0].reason : "");
    free(msg);
    free(raw);
    free(exim);
    free(test_txt);
    printf("dkimpy: %zu/%zu\n", passed, total);
    assert_true(passed >= DKIMPY_PASSED);
}

/* ------------------------------------------------------------ mail-auth */

/* mail-auth's resources/dkim: DNS lines, a blank line, the message; every
 * signature must pass at 1667843664. */
struct mail_auth_ctx {
    size_t passed, total;
};

static void mail_auth_file(const char *path, const char *name, void *ctx)
{
    struct mail_auth_ctx *c = ctx;
    size_t n, cn;
    char *raw = test_read_file(path, &n);
    assert_non_null(raw);
    struct dns *dns = calloc(1, sizeof *dns);
    assert_non_null(dns);
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && raw[e] != '\n')
            e++;
        if (e == i || (e == i + 1 && raw[i] == '\r')) {
            i = e + 1;
            break;
        }
        dns_line(dns, raw + i, e - i);
        i = e + 1;
    }
    char *msg = test_to_crlf(raw + i, n - i, &cn);
    struct outcome o;
    verify(msg, cn, 1667843664, dns, false, &o);
    for (size_t k = 0; k < o.count; k++) {
        c->total++;
        if (o.v[k].result == MXQ_DKIM_PASS)
            c->passed++;
        else
            printf("  mail-auth %s sig %zu (d=%s): %s (%s)\n", name, k,
                   o.v[k].d, mxq_dkim_result_name(o.v[k].result),
                   o.v[k].reason);
    }
    if (o.count == 0) {
        c->total++;
        printf("  mail-auth %s: no signature found\n", name);
    }
    free(msg);
    free(dns);
    free(raw);
}

static void test_mail_auth(void **state)
{
    (void)state;
    struct mail_auth_ctx c = {0, 0};
    test_each_file(CONF "/mail-auth/dkim", mail_auth_file, &c);
    printf("mail-auth/dkim: %zu/%zu\n", c.passed, c.total);
    assert_true(c.passed >= MAIL_AUTH_PASSED);
}

/* ------------------------------------------------------------ figures */

/* Verifications per second over mail-auth 001 (ed25519 + rsa-1024,
 * relaxed) with MXQ_DKIM_BENCH set in the environment. */
static void test_bench(void **state)
{
    (void)state;
    if (getenv("MXQ_DKIM_BENCH") == NULL)
        skip();
    size_t n, cn;
    char *raw = test_read_file(CONF "/mail-auth/dkim/001.txt", &n);
    assert_non_null(raw);
    struct dns *dns = calloc(1, sizeof *dns);
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && raw[e] != '\n')
            e++;
        if (e == i) {
            i = e + 1;
            break;
        }
        dns_line(dns, raw + i, e - i);
        i = e + 1;
    }
    char *msg = test_to_crlf(raw + i, n - i, &cn);
    struct outcome o;
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    size_t rounds = 2000;
    for (size_t r = 0; r < rounds; r++)
        verify(msg, cn, 1667843664, dns, false, &o);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    printf("bench: %zu messages x %zu signatures in %.3f s: %.0f signatures/s\n",
           rounds, o.count, s, (double)(rounds * o.count) / s);
    free(msg);
    free(dns);
    free(raw);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tags),
        cmocka_unit_test(test_base64),
        cmocka_unit_test(test_body_canon),
        cmocka_unit_test(test_header_canon),
        cmocka_unit_test(test_signature_records),
        cmocka_unit_test(test_key_records),
        cmocka_unit_test(test_hand_cases),
        cmocka_unit_test(test_perl_mail_dkim),
        cmocka_unit_test(test_rfc8301),
        cmocka_unit_test(test_dkimpy),
        cmocka_unit_test(test_mail_auth),
        cmocka_unit_test(test_bench),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
