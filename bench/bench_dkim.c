/*
 * DKIM verifications per second: mxq's verifier (engine/checks/dkim.h)
 * against OpenDKIM's libopendkim in the same process, on the same
 * messages and keys, with the keys served from memory (no DNS, no
 * network). Every verification's verdict is checked: a message that
 * does not pass on both sides aborts the run (for the Mail::DKIM corpus
 * only the messages that pass on both sides are kept, and the rest are
 * counted). Then (or alone, with --hash) SHA-256 throughput of wolfCrypt
 * (what the engine hashes with) and of OpenSSL's libcrypto (what
 * OpenDKIM hashes with) over 50 KB buffers, and RSA-2048 / ed25519
 * verifications per second of both.
 *
 *   bench_dkim [--seconds S] [--rounds N] --keys FILE [--set NAME=DIR]...
 *              [--corpus DIR] [--no-hash]
 *   bench_dkim --hash [--seconds S]
 *
 * --keys: "name record" lines (OpenDKIM's DKIM_QUERY_FILE format, the
 * one bench/dkim_messages.py writes). --set: every file of DIR is a
 * message (CRLF). --corpus: Mail::DKIM's corpus directory, with
 * FAKE_DNS.dat and expected_results.tsv beside it; both verifiers run
 * with the legacy rules it needs (512-bit keys, rsa-sha1 accepted).
 *
 * OpenDKIM is measured twice: "mem" has a key-lookup callback answering
 * from the same in-memory table as mxq's loop (the fair figure, used for
 * the ratio), "file" uses DKIM_QUERY_FILE on the key file (it reads the
 * file for each key). Each figure is the median of --rounds rounds
 * (default 3) of --seconds each (default 1), the verifiers alternating;
 * the time is the thread's CPU time, not the wall clock.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <dirent.h>

#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/asn_public.h>
#include <wolfssl/wolfcrypt/ed25519.h>
#include <wolfssl/wolfcrypt/hash.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include <wolfssl/wolfcrypt/sha256.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <opendkim/dkim.h>

#include "dkim.h"
#include "dkim_canon.h"

#define MAX_MESSAGES 512
#define MAX_SETS 16
#define MAX_KEYS 256

/* The thread's CPU time: on a shared machine the time another process
 * had the core is not counted (every loop here is one thread, CPU-bound,
 * with no system call but OpenDKIM's file method's reads). */
static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "bench_dkim: ");
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\n");
    exit(1);
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 65536, used = 0;
    char *p = malloc(cap + 1);
    for (;;) {
        if (p == NULL)
            die("out of memory reading %s%s", path, "");
        size_t k = fread(p + used, 1, cap - used, f);
        used += k;
        if (used < cap)
            break;
        cap *= 2;
        p = realloc(p, cap + 1);
    }
    fclose(f);
    p[used] = '\0';
    *n = used;
    return p;
}

/* Each LF without a CR before it made CRLF (the corpus is stored with
 * LF; the generated messages are CRLF already and come back the same). */
static char *to_crlf(const char *p, size_t n, size_t *out_n)
{
    char *q = malloc(2 * n + 1);
    size_t k = 0;
    if (q == NULL)
        die("out of memory%s%s", "", "");
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n' && (i == 0 || p[i - 1] != '\r'))
            q[k++] = '\r';
        q[k++] = p[i];
    }
    q[k] = '\0';
    *out_n = k;
    return q;
}

/* ------------------------------------------------------------ keys */

struct key {
    char *name;
    enum mxq_dns_rcode rcode;
    char *value;
};

static struct key keys[MAX_KEYS];
static size_t key_count;

/* "name<blanks>value" lines, # comments; FAKE_DNS.dat's NXDOMAIN and
 * failure words. */
static void load_keys(const char *path)
{
    size_t n;
    char *text = read_file(path, &n);
    if (text == NULL)
        die("cannot read %s%s", path, "");
    for (char *line = strtok(text, "\n"); line != NULL;
         line = strtok(NULL, "\n")) {
        size_t len = strlen(line);
        while (len > 0 && line[len - 1] == '\r')
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *sp = line + strcspn(line, " \t");
        if (*sp == '\0')
            continue;
        *sp++ = '\0';
        sp += strspn(sp, " \t");
        if (key_count == MAX_KEYS)
            die("too many keys in %s%s", path, "");
        struct key *k = &keys[key_count++];
        k->name = strdup(line);
        k->rcode = MXQ_DNS_OK;
        if (strcmp(sp, "NXDOMAIN") == 0)
            k->rcode = MXQ_DNS_NXDOMAIN;
        else if (strcmp(sp, "~~Query timed out~~") == 0)
            k->rcode = MXQ_DNS_TIMEOUT;
        else if (strcmp(sp, "~~SERVFAIL~~") == 0)
            k->rcode = MXQ_DNS_SERVFAIL;
        k->value = strdup(strcmp(sp, "\"\"") == 0 ? "" : sp);
    }
    free(text);
}

static const struct key *find_key(const char *name)
{
    for (size_t i = 0; i < key_count; i++)
        if (strcasecmp(keys[i].name, name) == 0)
            return &keys[i];
    return NULL;
}

/* ------------------------------------------------------------ sets */

struct message {
    char *p;
    size_t n;
    char *name;
};

struct set {
    char name[64];
    bool legacy;               /* 512-bit keys and rsa-sha1 accepted */
    struct message m[MAX_MESSAGES];
    size_t count;
    size_t bytes;
    size_t excluded;
    char excluded_names[8192];
};

static struct set sets[MAX_SETS];
static size_t set_count;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_message(struct set *s, const char *path, const char *name)
{
    size_t n, cn;
    char *raw = read_file(path, &n);
    if (raw == NULL)
        die("cannot read %s%s", path, "");
    if (s->count == MAX_MESSAGES)
        die("too many messages in %s%s", s->name, "");
    struct message *m = &s->m[s->count++];
    m->p = to_crlf(raw, n, &cn);
    m->n = cn;
    m->name = strdup(name);
    s->bytes += cn;
    free(raw);
}

static void load_set(const char *name, const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        die("cannot open %s%s", dir, "");
    char *names[MAX_MESSAGES];
    size_t k = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && k < MAX_MESSAGES)
        if (e->d_name[0] != '.')
            names[k++] = strdup(e->d_name);
    closedir(d);
    qsort(names, k, sizeof names[0], name_cmp);
    struct set *s = &sets[set_count++];
    snprintf(s->name, sizeof s->name, "%s", name);
    for (size_t i = 0; i < k; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        add_message(s, path, names[i]);
        free(names[i]);
    }
    if (s->count == 0)
        die("no message in %s%s", dir, "");
}

/* ------------------------------------------------------------ mxq */

/* Verifies with the in-memory keys; true when there is at least one
 * signature and every one passes. */
static bool mxq_verify(const struct message *m, bool legacy,
                       const char **why)
{
    struct mxq_dkim *v = mxq_dkim_new(m->p, m->n, (int64_t)time(NULL));
    const char *name;
    if (v == NULL)
        die("out of memory%s%s", "", "");
    if (legacy)
        mxq_dkim_set_legacy(v, 512, true);
    while (mxq_dkim_run(v, &name) == MXQ_DKIM_NEED_DNS) {
        const struct key *k = find_key(name);
        if (k == NULL) {
            mxq_dkim_answer(v, MXQ_DNS_NXDOMAIN, NULL, 0);
        } else if (k->rcode != MXQ_DNS_OK) {
            mxq_dkim_answer(v, k->rcode, NULL, 0);
        } else {
            struct mxq_dns_record r = {0, {(const uint8_t *)k->value,
                                           strlen(k->value)}};
            mxq_dkim_answer(v, MXQ_DNS_OK, &r, 1);
        }
    }
    size_t count = mxq_dkim_count(v);
    bool ok = count > 0;
    *why = count > 0 ? NULL : "no signature";
    for (size_t i = 0; i < count; i++) {
        const struct mxq_dkim_verdict *r = mxq_dkim_get(v, i);
        if (r->result != MXQ_DKIM_PASS) {
            ok = false;
            *why = r->reason ? r->reason
                             : mxq_dkim_result_name(r->result);
        }
    }
    mxq_dkim_free(v);
    return ok;
}

/* ------------------------------------------------------------ OpenDKIM */

static DKIM_CBSTAT odkim_lookup(DKIM *dkim, DKIM_SIGINFO *sig,
                                unsigned char *buf, size_t buflen)
{
    (void)dkim;
    char name[600];
    snprintf(name, sizeof name, "%s._domainkey.%s",
             (const char *)dkim_sig_getselector(sig),
             (const char *)dkim_sig_getdomain(sig));
    const struct key *k = find_key(name);
    if (k == NULL || k->rcode == MXQ_DNS_NXDOMAIN)
        return DKIM_CBSTAT_NOTFOUND;
    if (k->rcode != MXQ_DNS_OK)
        return DKIM_CBSTAT_TRYAGAIN;
    size_t n = strlen(k->value);
    if (n >= buflen)
        return DKIM_CBSTAT_ERROR;
    memcpy(buf, k->value, n + 1);
    return DKIM_CBSTAT_CONTINUE;
}

/* lib[legacy][file] */
static DKIM_LIB *odkim_libs[2][2];

static DKIM_LIB *odkim_lib(bool legacy, bool file, const char *key_file)
{
    DKIM_LIB *lib = dkim_init(NULL, NULL);
    if (lib == NULL)
        die("dkim_init failed%s%s", "", "");
    if (file) {
        dkim_query_t q = DKIM_QUERY_FILE;
        dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_QUERYMETHOD, &q,
                     sizeof q);
        dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_QUERYINFO,
                     (void *)key_file, strlen(key_file));
    } else {
        dkim_set_key_lookup(lib, odkim_lookup);
    }
    if (legacy) {
        unsigned bits = 512;
        dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_MINKEYBITS, &bits,
                     sizeof bits);
    }
    return lib;
}

static bool odkim_verify(const struct message *m, bool legacy, bool file,
                         const char **why)
{
    DKIM_STAT st;
    DKIM *d = dkim_verify(odkim_libs[legacy][file],
                          (const unsigned char *)"bench", NULL, &st);
    if (d == NULL)
        die("dkim_verify failed%s%s", "", "");
    *why = NULL;
    st = dkim_chunk(d, (unsigned char *)m->p, m->n);
    if (st == DKIM_STAT_OK)
        st = dkim_chunk(d, NULL, 0);
    if (st == DKIM_STAT_OK)
        st = dkim_eom(d, NULL);
    DKIM_SIGINFO **sigs = NULL;
    int nsigs = 0;
    bool ok = st == DKIM_STAT_OK;
    if (!ok)
        *why = dkim_getresultstr(st);
    if (ok && dkim_getsiglist(d, &sigs, &nsigs) != DKIM_STAT_OK)
        ok = false;
    if (ok && nsigs == 0) {
        ok = false;
        *why = "no signature";
    }
    for (int i = 0; ok && i < nsigs; i++) {
        if (!DKIM_SIG_CHECK(sigs[i])) {
            ok = false;
            *why = dkim_sig_geterrorstr(dkim_sig_geterror(sigs[i]));
        }
    }
    dkim_free(d);
    return ok;
}

/* ------------------------------------------------------------ loops */

enum verifier { MXQ, ODKIM_MEM, ODKIM_FILE, VERIFIERS };
static const char *const verifier_names[] = {"mxq", "OpenDKIM mem",
                                             "OpenDKIM file"};

static bool verify_one(enum verifier w, const struct set *s,
                       const struct message *m, const char **why)
{
    if (w == MXQ)
        return mxq_verify(m, s->legacy, why);
    return odkim_verify(m, s->legacy, w == ODKIM_FILE, why);
}

/* Verifications per second of w over s for about secs; aborts on any
 * verdict other than pass. */
static double rate(enum verifier w, const struct set *s, double secs)
{
    uint64_t done = 0;
    double start = seconds_now(), now;
    do {
        for (size_t i = 0; i < s->count; i++) {
            const char *why;
            if (!verify_one(w, s, &s->m[i], &why)) {
                fprintf(stderr, "bench_dkim: %s: %s/%s does not pass: %s\n",
                        verifier_names[w], s->name, s->m[i].name,
                        why ? why : "?");
                exit(1);
            }
            done++;
        }
        now = seconds_now();
    } while (now - start < secs);
    return (double)done / (now - start);
}

static int double_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], double_cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The corpus: the messages Mail::DKIM expects to pass that pass on
 * every side (the others are counted, not timed). */
static void load_corpus(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/../FAKE_DNS.dat", dir);
    load_keys(path);
    snprintf(path, sizeof path, "%s/../expected_results.tsv", dir);
    size_t n;
    char *tsv = read_file(path, &n);
    if (tsv == NULL)
        die("cannot read %s%s", path, "");
    struct set *s = &sets[set_count++];
    snprintf(s->name, sizeof s->name, "perl-mail-dkim");
    s->legacy = true;
    size_t expected_pass = 0;
    for (char *line = strtok(tsv, "\n"); line != NULL;
         line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (tab == NULL || strncmp(tab + 1, "pass", 4) != 0)
            continue;
        *tab = '\0';
        expected_pass++;
        snprintf(path, sizeof path, "%s/%s", dir, line);
        add_message(s, path, line);
        const struct message *m = &s->m[s->count - 1];
        const char *why_mxq, *why_odkim, *why_file;
        bool mxq_pass = verify_one(MXQ, s, m, &why_mxq);
        bool odkim_pass = verify_one(ODKIM_MEM, s, m, &why_odkim);
        bool file_pass = verify_one(ODKIM_FILE, s, m, &why_file);
        if (!mxq_pass || !odkim_pass || !file_pass) {
            size_t used = strlen(s->excluded_names);
            snprintf(s->excluded_names + used,
                     sizeof s->excluded_names - used,
                     "\n  %-20s mxq: %-24s OpenDKIM: %s", line,
                     mxq_pass ? "pass" : why_mxq,
                     odkim_pass ? (file_pass ? "pass" : why_file)
                                : why_odkim);
            s->excluded++;
            s->bytes -= m->n;
            s->count--;
        }
    }
    free(tsv);
    printf("perl-mail-dkim corpus: %zu messages expected to pass, %zu pass"
           " with mxq and OpenDKIM (legacy rules: 512-bit keys, rsa-sha1)"
           " and are timed; left out:%s\n",
           expected_pass, s->count, s->excluded ? s->excluded_names : " none");
    if (s->count == 0)
        die("no corpus message passes%s%s", "", "");
}

/* ------------------------------------------------------------ crypto */

static volatile uint8_t sink;

struct hash_figures {
    double wolf_mbs, ossl_mbs, wolf_rsa, ossl_rsa, wolf_ed, ossl_ed;
};

static void crypto_bench(double secs, struct hash_figures *h)
{
    enum { BUF = 50 * 1024 };
    static uint8_t buf[BUF];
    uint8_t d[32], d2[32];
    for (size_t i = 0; i < BUF; i++)
        buf[i] = (uint8_t)(i * 131 + 7);
    uint64_t n = 0;
    double t0 = seconds_now(), t;
    do {
        wc_Sha256 s;
        wc_InitSha256(&s);
        wc_Sha256Update(&s, buf, BUF);
        wc_Sha256Final(&s, d);
        wc_Sha256Free(&s);
        sink ^= d[0];
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->wolf_mbs = (double)n * BUF / (t - t0) / 1e6;

    const EVP_MD *md = EVP_sha256();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    n = 0;
    t0 = seconds_now();
    do {
        EVP_DigestInit_ex(ctx, md, NULL);
        EVP_DigestUpdate(ctx, buf, BUF);
        EVP_DigestFinal_ex(ctx, d2, NULL);
        sink ^= d2[0];
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->ossl_mbs = (double)n * BUF / (t - t0) / 1e6;
    EVP_MD_CTX_free(ctx);
    if (memcmp(d, d2, 32) != 0)
        die("wolfCrypt and OpenSSL disagree on SHA-256%s%s", "", "");

    /* RSA-2048: OpenSSL makes the key and signs the digest (PKCS#1 v1.5,
     * as DKIM's rsa-sha256); both verify it, wolfCrypt as the engine
     * does (wc_RsaSSL_Verify, then compare with the DigestInfo). */
    EVP_PKEY *rsa = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
    uint8_t sig[512];
    size_t sig_len = sizeof sig;
    EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(rsa, NULL);
    if (rsa == NULL || pc == NULL || EVP_PKEY_sign_init(pc) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_signature_md(pc, md) <= 0 ||
        EVP_PKEY_sign(pc, sig, &sig_len, d, 32) <= 0)
        die("OpenSSL RSA signing failed%s%s", "", "");
    EVP_PKEY_CTX_free(pc);
    uint8_t *der = NULL;
    int der_len = i2d_PUBKEY(rsa, &der);
    RsaKey wk;
    word32 idx = 0;
    if (der_len <= 0 || wc_InitRsaKey(&wk, NULL) != 0 ||
        wc_RsaPublicKeyDecode(der, &idx, &wk, (word32)der_len) != 0)
        die("wolfCrypt cannot read the RSA key%s%s", "", "");
    uint8_t want[64];
    word32 want_len = wc_EncodeSignature(want, d, 32, wc_HashGetOID(
                                             WC_HASH_TYPE_SHA256));
    n = 0;
    t0 = seconds_now();
    do {
        uint8_t out[512];
        int got = wc_RsaSSL_Verify(sig, (word32)sig_len, out, sizeof out,
                                   &wk);
        if (got != (int)want_len || memcmp(out, want, want_len) != 0)
            die("wolfCrypt RSA verify failed%s%s", "", "");
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->wolf_rsa = (double)n / (t - t0);
    wc_FreeRsaKey(&wk);
    OPENSSL_free(der);

    pc = EVP_PKEY_CTX_new(rsa, NULL);
    if (pc == NULL || EVP_PKEY_verify_init(pc) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_PADDING) <= 0 ||
        EVP_PKEY_CTX_set_signature_md(pc, md) <= 0)
        die("OpenSSL RSA verify setup failed%s%s", "", "");
    n = 0;
    t0 = seconds_now();
    do {
        if (EVP_PKEY_verify(pc, sig, sig_len, d, 32) != 1)
            die("OpenSSL RSA verify failed%s%s", "", "");
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->ossl_rsa = (double)n / (t - t0);
    EVP_PKEY_CTX_free(pc);
    EVP_PKEY_free(rsa);

    /* ed25519 over the 32-octet digest, as DKIM's ed25519-sha256. */
    EVP_PKEY *ed = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
    uint8_t pub[32], esig[64];
    size_t pub_len = sizeof pub, esig_len = sizeof esig;
    EVP_MD_CTX *mc = EVP_MD_CTX_new();
    if (ed == NULL || mc == NULL ||
        EVP_PKEY_get_raw_public_key(ed, pub, &pub_len) != 1 ||
        EVP_DigestSignInit(mc, NULL, NULL, NULL, ed) != 1 ||
        EVP_DigestSign(mc, esig, &esig_len, d, 32) != 1)
        die("OpenSSL ed25519 signing failed%s%s", "", "");
    EVP_MD_CTX_free(mc);
    ed25519_key ek;
    if (wc_ed25519_init(&ek) != 0 ||
        wc_ed25519_import_public(pub, (word32)pub_len, &ek) != 0)
        die("wolfCrypt cannot read the ed25519 key%s%s", "", "");
    n = 0;
    t0 = seconds_now();
    do {
        int res = 0;
        if (wc_ed25519_verify_msg(esig, (word32)esig_len, d, 32, &res,
                                  &ek) != 0 || res != 1)
            die("wolfCrypt ed25519 verify failed%s%s", "", "");
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->wolf_ed = (double)n / (t - t0);
    wc_ed25519_free(&ek);

    mc = EVP_MD_CTX_new();
    n = 0;
    t0 = seconds_now();
    do {
        if (EVP_DigestVerifyInit(mc, NULL, NULL, NULL, ed) != 1 ||
            EVP_DigestVerify(mc, esig, esig_len, d, 32) != 1)
            die("OpenSSL ed25519 verify failed%s%s", "", "");
        n++;
    } while ((t = seconds_now()) - t0 < secs);
    h->ossl_ed = (double)n / (t - t0);
    EVP_MD_CTX_free(mc);
    EVP_PKEY_free(ed);

    printf("\n%-34s %14s %14s\n", "primitive", "wolfCrypt", "OpenSSL");
    printf("%-34s %9.0f MB/s %9.0f MB/s\n", "SHA-256 over 50 KB buffers",
           h->wolf_mbs, h->ossl_mbs);
    printf("%-34s %9.0f /s   %9.0f /s\n", "RSA-2048 verify (PKCS#1 v1.5)",
           h->wolf_rsa, h->ossl_rsa);
    printf("%-34s %9.0f /s   %9.0f /s\n", "ed25519 verify (32-octet msg)",
           h->wolf_ed, h->ossl_ed);
}

/* The engine's SHA-256 (mxq_dkim_hash_*, OpenSSL's libcrypto) over
 * p[0..n): octets per microsecond (MB/s). */
static double hash_rate(const char *p, size_t n, double secs)
{
    uint64_t done = 0;
    uint8_t d[MXQ_DKIM_DIGEST_MAX];
    double t0 = seconds_now(), t;
    do {
        struct mxq_dkim_hash h;
        if (!mxq_dkim_hash_init(&h, MXQ_DKIM_SHA256))
            die("mxq_dkim_hash_init failed%s%s", "", "");
        mxq_dkim_hash_update(&h, p, n);
        mxq_dkim_hash_final(&h, d);
        sink ^= d[0];
        done++;
    } while ((t = seconds_now()) - t0 < secs);
    return (double)done * (double)n / (t - t0) / 1e6;
}

/* The engine's body canonicaliser and hash (dkim_canon.h) over one body:
 * MB/s of message body read. */
static double canon_rate(enum mxq_dkim_canon c, const char *body, size_t n,
                         double secs)
{
    uint64_t done = 0;
    uint8_t d[MXQ_DKIM_DIGEST_MAX];
    double t0 = seconds_now(), t;
    do {
        struct mxq_dkim_body b;
        if (!mxq_dkim_body_init(&b, c, MXQ_DKIM_SHA256, false, 0))
            die("mxq_dkim_body_init failed%s%s", "", "");
        mxq_dkim_body_update(&b, body, n);
        mxq_dkim_body_final(&b, d);
        sink ^= d[0];
        done++;
    } while ((t = seconds_now()) - t0 < secs);
    return (double)done * (double)n / (t - t0) / 1e6;
}

/* ------------------------------------------------------------ main */

static void usage(void)
{
    fprintf(stderr,
            "usage: bench_dkim [--seconds S] [--rounds N] --keys FILE"
            " [--set NAME=DIR]... [--corpus DIR] [--no-hash]\n"
            "       bench_dkim --hash [--seconds S]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    double secs = 1.0;
    int rounds = 3;
    bool hash_only = false, hash = true;
    const char *key_file = NULL, *corpus = NULL;
    const char *set_args[MAX_SETS];
    size_t set_arg_count = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--seconds") == 0 && i + 1 < argc)
            secs = atof(argv[++i]);
        else if (strcmp(a, "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(a, "--keys") == 0 && i + 1 < argc)
            key_file = argv[++i];
        else if (strcmp(a, "--set") == 0 && i + 1 < argc &&
                 set_arg_count < MAX_SETS - 1)
            set_args[set_arg_count++] = argv[++i];
        else if (strcmp(a, "--corpus") == 0 && i + 1 < argc)
            corpus = argv[++i];
        else if (strcmp(a, "--hash") == 0)
            hash_only = true;
        else if (strcmp(a, "--no-hash") == 0)
            hash = false;
        else
            usage();
    }
    if (secs <= 0 || rounds < 1 || rounds > 15)
        usage();
    struct hash_figures h;
    if (hash_only) {
        crypto_bench(secs, &h);
        return 0;
    }
    if (key_file == NULL || (set_arg_count == 0 && corpus == NULL))
        usage();
    load_keys(key_file);
    for (int legacy = 0; legacy < 2; legacy++)
        for (int file = 0; file < 2; file++)
            odkim_libs[legacy][file] = odkim_lib(legacy, file, key_file);
    if (!dkim_libfeature(odkim_libs[0][0], DKIM_FEATURE_ED25519))
        printf("note: this libopendkim has no ed25519\n");
    for (size_t i = 0; i < set_arg_count; i++) {
        char name[64];
        const char *eq = strchr(set_args[i], '=');
        if (eq == NULL || eq == set_args[i] ||
            (size_t)(eq - set_args[i]) >= sizeof name)
            usage();
        memcpy(name, set_args[i], (size_t)(eq - set_args[i]));
        name[eq - set_args[i]] = '\0';
        load_set(name, eq + 1);
    }
    if (corpus != NULL) {
        /* The corpus' keys go after the generated ones; the file
         * method reads FAKE_DNS.dat itself. */
        char path[4096];
        snprintf(path, sizeof path, "%s/../FAKE_DNS.dat", corpus);
        dkim_close(odkim_libs[1][1]);
        odkim_libs[1][1] = odkim_lib(true, true, path);
        load_corpus(corpus);
    }

    printf("each figure: median of %d rounds of %.1f s of CPU time (one"
           " thread); every verification checked to pass\n\n", rounds, secs);
    printf("%-16s %5s %8s %12s %14s %14s %8s\n", "message set", "msgs",
           "avg KB", "mxq verif/s", "OpenDKIM mem/s", "OpenDKIM file/s",
           "mxq/mem");
    bool all_met = true;
    for (size_t i = 0; i < set_count; i++) {
        const struct set *s = &sets[i];
        double r[VERIFIERS][15], med[VERIFIERS];
        for (int k = 0; k < rounds; k++)
            for (int w = 0; w < VERIFIERS; w++)
                r[w][k] = rate((enum verifier)w, s, secs);
        for (int w = 0; w < VERIFIERS; w++)
            med[w] = median(r[w], rounds);
        double ratio = med[MXQ] / med[ODKIM_MEM];
        if (ratio < 2.0)
            all_met = false;
        printf("%-16s %5zu %8.1f %12.0f %14.0f %14.0f %7.2fx\n", s->name,
               s->count, (double)s->bytes / (double)s->count / 1024.0,
               med[MXQ], med[ODKIM_MEM], med[ODKIM_FILE], ratio);
        fflush(stdout);
    }
    printf("goal mxq >= 2x OpenDKIM (mem) on every set: %s\n",
           all_met ? "met" : "NOT met");

    if (hash) {
        crypto_bench(secs, &h);
        /* Where a 50 KB verification's time goes: the body is hashed
         * once (plus a few hundred octets of header fields), then one
         * signature check. */
        /* Where a 50 KB verification's time goes, measured on one
         * message, the parts alternating (medians of --rounds). */
        const char *const label[2] = {"50k-rsa", "50k-ed25519"};
        const char *const alg[2] = {"RSA-2048", "ed25519"};
        const double sig_rate[2] = {h.wolf_rsa, h.wolf_ed};
        bool first = true;
        for (int k = 0; k < 2; k++) {
            const struct set *s = NULL;
            for (size_t i = 0; i < set_count; i++)
                if (strcmp(sets[i].name, label[k]) == 0)
                    s = &sets[i];
            if (s == NULL)
                continue;
            static struct set one;
            one = *s;
            one.count = 1;
            const struct message *m = &one.m[0];
            const char *body = strstr(m->p, "\r\n\r\n");
            if (body == NULL)
                continue;
            body += 4;
            size_t bn = m->n - (size_t)(body - m->p);
            double tv[15], th[15], tc[15];
            for (int r = 0; r < rounds; r++) {
                tv[r] = 1e6 / rate(MXQ, &one, secs / 2);
                th[r] = (double)bn / hash_rate(body, bn, secs / 2);
                tc[r] = (double)bn /
                        canon_rate(MXQ_DKIM_RELAXED, body, bn, secs / 2);
            }
            double total = median(tv, rounds), hash_us = median(th, rounds);
            double canon = median(tc, rounds) - hash_us;
            double sig = 1e6 / sig_rate[k];
            double rest = total - hash_us - canon - sig;
            printf("%s%s, mxq, %s (%zu octets, body %zu): %.0f us per"
                   " verification = SHA-256 of the body %.0f us (%.0f %%)"
                   " + body canonicalisation loop %.0f us (%.0f %%) + %s"
                   " verify %.0f us (%.0f %%) + the rest (header fields,"
                   " key, set-up) %.0f us (%.0f %%)\n",
                   first ? "\n" : "", label[k], m->name, m->n, bn, total,
                   hash_us, 100 * hash_us / total, canon,
                   100 * canon / total, alg[k], sig, 100 * sig / total, rest,
                   100 * rest / total);
            first = false;
        }
    }
    for (int legacy = 0; legacy < 2; legacy++)
        for (int file = 0; file < 2; file++)
            dkim_close(odkim_libs[legacy][file]);
    return 0;
}
