/*
 * DMARC (RFC 7489): the policy record grammar (grammar/dmarc_record.rl),
 * the evaluator (engine/checks/dmarc.c) driven by a table of DNS
 * answers, and the organizational-domain walk (§3.2) the daemon backs
 * with the public suffix list.
 *
 * libpsl's headers are not installed here, so the public suffix list is
 * read by a small matcher of this file (the algorithm of
 * publicsuffix.org/list: the prevailing rule is an exception, else the
 * longest match, else "*"; rules with U-labels are also entered in their
 * A-label form), checked against the list's own tests.txt.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "dmarc.h"
#include "dmarc_record.h"
#include "files.h"

/* ------------------------------------------------ public suffix list */

#define DMARC_TEST_BUF 256

static char **psl_rules;
static size_t psl_count, psl_cap;

static void psl_add(const char *rule)
{
    if (psl_count == psl_cap) {
        psl_cap = psl_cap ? psl_cap * 2 : 1024;
        psl_rules = realloc(psl_rules, psl_cap * sizeof *psl_rules);
        assert_non_null(psl_rules);
    }
    psl_rules[psl_count] = strdup(rule);
    assert_non_null(psl_rules[psl_count]);
    psl_count++;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool psl_has(const char *rule)
{
    return bsearch(&rule, psl_rules, psl_count, sizeof *psl_rules,
                   cmp_str) != NULL;
}

/* RFC 3492 punycode of one label of code points cp[0..n) into out. */
static bool punycode(const uint32_t *cp, size_t n, char *out, size_t cap)
{
    enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700 };
    size_t o = 0, h, b;
    uint32_t next = 128, delta = 0, bias = 72;
    for (size_t i = 0; i < n; i++)
        if (cp[i] < 128) {
            if (o + 1 >= cap)
                return false;
            out[o++] = (char)cp[i];
        }
    h = b = o;
    if (b > 0)
        out[o++] = '-';
    while (h < n) {
        uint32_t m = UINT32_MAX;
        for (size_t i = 0; i < n; i++)
            if (cp[i] >= next && cp[i] < m)
                m = cp[i];
        delta += (m - next) * (uint32_t)(h + 1);
        next = m;
        for (size_t i = 0; i < n; i++) {
            if (cp[i] < next)
                delta++;
            if (cp[i] != next)
                continue;
            uint32_t q = delta;
            for (uint32_t k = BASE;; k += BASE) {
                uint32_t t = k <= bias ? TMIN
                             : k >= bias + TMAX ? TMAX : k - bias;
                if (q < t)
                    break;
                uint32_t d = t + (q - t) % (BASE - t);
                if (o + 1 >= cap)
                    return false;
                out[o++] = (char)(d < 26 ? 'a' + d : '0' + d - 26);
                q = (q - t) / (BASE - t);
            }
            if (o + 1 >= cap)
                return false;
            out[o++] = (char)(q < 26 ? 'a' + q : '0' + q - 26);
            /* adapt */
            uint32_t dd = h == b ? delta / DAMP : delta / 2;
            dd += dd / (uint32_t)(h + 1);
            uint32_t k = 0;
            while (dd > ((BASE - TMIN) * TMAX) / 2) {
                dd /= BASE - TMIN;
                k += BASE;
            }
            bias = k + (BASE - TMIN + 1) * dd / (dd + SKEW);
            delta = 0;
            h++;
        }
        delta++;
        next++;
    }
    out[o] = '\0';
    return true;
}

/* The rule with its U-labels as A-labels ("xn--..."); false when it is
 * ASCII already. */
static bool to_alabels(const char *rule, char *out, size_t cap)
{
    bool changed = false;
    size_t o = 0;
    const unsigned char *s = (const unsigned char *)rule;
    while (*s) {
        const unsigned char *end = s;
        bool ascii = true;
        while (*end && *end != '.') {
            if (*end >= 0x80)
                ascii = false;
            end++;
        }
        if (ascii) {
            size_t len = (size_t)(end - s);
            if (o + len + 1 >= cap)
                return false;
            memcpy(out + o, s, len);
            o += len;
        } else {
            uint32_t cp[64];
            size_t n = 0;
            for (const unsigned char *q = s; q < end && n < 64;) {
                uint32_t c = *q;
                int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
                c &= more == 3 ? 0x07 : more == 2 ? 0x0f : more ? 0x1f : 0x7f;
                q++;
                while (more-- > 0 && q < end)
                    c = (c << 6) | (*q++ & 0x3f);
                cp[n++] = c;
            }
            if (o + 5 >= cap)
                return false;
            memcpy(out + o, "xn--", 4);
            o += 4;
            if (!punycode(cp, n, out + o, cap - o))
                return false;
            o += strlen(out + o);
            changed = true;
        }
        if (*end == '.')
            out[o++] = '.';
        s = *end ? end + 1 : end;
    }
    out[o] = '\0';
    return changed;
}

static void psl_load(void)
{
    size_t n;
    char *text = test_read_file(MXQ_CONFORMANCE_DIR
                                "/psl/public_suffix_list.dat", &n);
    assert_non_null(text);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        line[strcspn(line, " \t\r")] = '\0';
        if (line[0] == '\0' || (line[0] == '/' && line[1] == '/'))
            continue;
        for (char *c = line; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        psl_add(line);
        char alabel[512];
        if (to_alabels(line, alabel, sizeof alabel))
            psl_add(alabel);
    }
    free(text);
    qsort(psl_rules, psl_count, sizeof *psl_rules, cmp_str);
}

static void psl_unload(void)
{
    for (size_t i = 0; i < psl_count; i++)
        free(psl_rules[i]);
    free(psl_rules);
    psl_rules = NULL;
    psl_count = psl_cap = 0;
}

/* The registrable domain (public suffix plus one label) of a lower-case
 * name, into buf; NULL when the name is a public suffix or not a name. */
static const char *psl_registrable(const char *name, char *buf, size_t cap)
{
    if (name == NULL || name[0] == '\0' || name[0] == '.' ||
        strlen(name) >= cap)
        return NULL;
    /* Offsets of each label start, left to right. */
    size_t starts[128], labels = 0;
    starts[labels++] = 0;
    for (size_t i = 0; name[i]; i++)
        if (name[i] == '.') {
            if (labels == 128 || name[i + 1] == '\0' || name[i + 1] == '.')
                return NULL;
            starts[labels++] = i + 1;
        }
    /* The suffix's number of labels by the prevailing rule. */
    size_t suffix = 1;                 /* the default rule "*" */
    bool exception = false;
    for (size_t k = 0; k < labels && !exception; k++) {
        const char *tail = name + starts[k];
        size_t nl = labels - k;
        char rule[512];
        snprintf(rule, sizeof rule, "!%s", tail);
        if (psl_has(rule)) {
            suffix = nl - 1;
            exception = true;
            break;
        }
        if (nl > suffix && psl_has(tail))
            suffix = nl;
        if (k + 1 < labels) {
            snprintf(rule, sizeof rule, "*.%s", name + starts[k + 1]);
            if (nl > suffix && psl_has(rule))
                suffix = nl;
        }
    }
    if (labels <= suffix)
        return NULL;
    snprintf(buf, cap, "%s", name + starts[labels - suffix - 1]);
    return buf;
}

static const char *psl_org(void *ctx, const char *domain)
{
    return psl_registrable(domain, ctx, DMARC_TEST_BUF);
}

/* tests.txt: "input expected" per line ("null" for none), // comments. */
static void test_psl_walk(void **state)
{
    (void)state;
    size_t n, passed = 0, total = 0;
    char *text = test_read_file(MXQ_CONFORMANCE_DIR "/psl/tests.txt", &n);
    assert_non_null(text);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char in[256], want[256], got_buf[DMARC_TEST_BUF];
        if (line[0] == '/' || sscanf(line, "%255s %255s", in, want) != 2)
            continue;
        total++;
        for (char *c = in; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        const char *got = strcmp(in, "null") == 0
                              ? NULL
                              : psl_org(got_buf, in);
        bool ok = strcmp(want, "null") == 0 ? got == NULL
                                             : got && strcmp(got, want) == 0;
        if (ok)
            passed++;
        else
            print_message("psl: %s -> %s, expected %s\n", in,
                          got ? got : "null", want);
    }
    free(text);
    print_message("psl tests.txt: %zu/%zu passed (%zu rules)\n", passed,
                  total, psl_count);
    assert_int_equal(total, 78);
    assert_int_equal(passed, total);
}

/* test_psl.txt: checkPublicSuffix('input', 'expected'); with U-labels
 * as UTF-8 (null unquoted). */
static void test_psl_checks(void **state)
{
    (void)state;
    size_t n, passed = 0, total = 0;
    char *text = test_read_file(MXQ_CONFORMANCE_DIR "/psl/test_psl.txt", &n);
    assert_non_null(text);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char in[256] = "", want[256] = "", got_buf[DMARC_TEST_BUF];
        bool in_null = false, want_null = false;
        if (strncmp(line, "checkPublicSuffix(", 18) != 0)
            continue;
        char *a = line + 18, *b;
        if (strncmp(a, "null", 4) == 0) {
            in_null = true;
            b = a + 4;
        } else {
            if (sscanf(a, "'%255[^']'", in) != 1)
                continue;
            b = a + strlen(in) + 2;
        }
        b += strspn(b, ", ");
        if (strncmp(b, "null", 4) == 0)
            want_null = true;
        else if (sscanf(b, "'%255[^']'", want) != 1)
            continue;
        total++;
        for (char *c = in; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        const char *got = in_null ? NULL : psl_org(got_buf, in);
        bool ok = want_null ? got == NULL : got && strcmp(got, want) == 0;
        if (ok)
            passed++;
        else
            print_message("psl: %s -> %s, expected %s\n", in,
                          got ? got : "null", want_null ? "null" : want);
    }
    free(text);
    print_message("psl test_psl.txt: %zu/%zu passed\n", passed, total);
    assert_int_equal(total, 78);
    assert_int_equal(passed, total);
}

/* ---------------------------------------------------- record grammar */

static void test_records(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        enum mxq_dmarc_record_status status;
        enum mxq_dmarc_policy p, sp;
        unsigned pct;
        bool adkim_strict, aspf_strict, fallback;
        unsigned invalid;
        const char *rua;
    } cases[] = {
        {"v=DMARC1; p=reject", MXQ_DMARC_RECORD_VALID,
         MXQ_DMARC_POLICY_REJECT, 0, 100, false, false, false, 0, ""},
        {"v=DMARC1;p=quarantine;sp=none;pct=20;adkim=s;aspf=S",
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_QUARANTINE,
         MXQ_DMARC_POLICY_NONE, 20, true, true, false, 0, ""},
        {"v = DMARC1 ;\tP = None ; rua=mailto:d@example.com", 
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_NONE, 0, 100, false,
         false, false, 0, "mailto:d@example.com"},
        {"v=DMARC1; p=reject; rua=mailto:a@x.example!10m, "
         "mailto:b@y.example; ruf=mailto:f@x.example; fo=1:d; rf=afrf; "
         "ri=3600;",
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_REJECT, 0, 100, false,
         false, false, 0, "mailto:a@x.example!10m, mailto:b@y.example"},
        /* Not DMARC: v= not first, wrong version, lower case. */
        {"p=reject; v=DMARC1", MXQ_DMARC_RECORD_NOT_DMARC, 0, 0, 100, false,
         false, false, 0, ""},
        {"v=DMARC2; p=reject", MXQ_DMARC_RECORD_NOT_DMARC, 0, 0, 100, false,
         false, false, 0, ""},
        {"v=dmarc1; p=reject", MXQ_DMARC_RECORD_NOT_DMARC, 0, 0, 100, false,
         false, false, 0, ""},
        {"v=spf1 -all", MXQ_DMARC_RECORD_NOT_DMARC, 0, 0, 100, false, false,
         false, 0, ""},
        {"", MXQ_DMARC_RECORD_NOT_DMARC, 0, 0, 100, false, false, false, 0,
         ""},
        /* §6.6.3: no valid p. */
        {"v=DMARC1", MXQ_DMARC_RECORD_BROKEN, 0, 0, 100, false, false, false,
         0, ""},
        {"v=DMARC1; p=bogus", MXQ_DMARC_RECORD_BROKEN, 0, 0, 100, false,
         false, false, MXQ_DMARC_TAG_P, ""},
        {"v=DMARC1; p=reject; sp=bogus", MXQ_DMARC_RECORD_BROKEN,
         MXQ_DMARC_POLICY_REJECT, 0, 100, false, false, false,
         MXQ_DMARC_TAG_SP, ""},
        {"v=DMARC1; rua=mailto:d@example.com", MXQ_DMARC_RECORD_VALID,
         MXQ_DMARC_POLICY_NONE, 0, 100, false, false, true, 0,
         "mailto:d@example.com"},
        {"v=DMARC1; p=reject; sp=bogus; rua=mailto:d@example.com",
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_NONE, 0, 100, false, false,
         true, MXQ_DMARC_TAG_SP, "mailto:d@example.com"},
        {"v=DMARC1; p=junk; rua=not a uri", MXQ_DMARC_RECORD_BROKEN, 0, 0,
         100, false, false, false, MXQ_DMARC_TAG_P | MXQ_DMARC_TAG_RUA, ""},
        /* Other bad values: the default. */
        {"v=DMARC1; p=reject; pct=101; adkim=x; aspf=; ri=99999999999; "
         "fo=2; rf=:",
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_REJECT, 0, 100, false,
         false, false,
         MXQ_DMARC_TAG_PCT | MXQ_DMARC_TAG_ADKIM | MXQ_DMARC_TAG_ASPF |
             MXQ_DMARC_TAG_RI | MXQ_DMARC_TAG_FO | MXQ_DMARC_TAG_RF,
         ""},
        {"v=DMARC1; p=reject; pct=0", MXQ_DMARC_RECORD_VALID,
         MXQ_DMARC_POLICY_REJECT, 0, 0, false, false, false, 0, ""},
        {"v=DMARC1; p=reject; pct=0100", MXQ_DMARC_RECORD_VALID,
         MXQ_DMARC_POLICY_REJECT, 0, 100, false, false, false,
         MXQ_DMARC_TAG_PCT, ""},
        /* Unknown tags ignored; the first of a repeated tag counts; a
         * syntax error keeps the tags before it. */
        {"v=DMARC1; x_foo=bar; np=none; p=reject; p=none",
         MXQ_DMARC_RECORD_VALID, MXQ_DMARC_POLICY_REJECT, 0, 100, false,
         false, false, 0, ""},
        /* A tag name is DKIM's (ALPHA *(ALPHA / DIGIT / "_")): "x-foo"
         * is a syntax error that ends the list before p. */
        {"v=DMARC1; x-foo=bar; p=reject", MXQ_DMARC_RECORD_BROKEN, 0, 0,
         100, false, false, false, 0, ""},
        {"v=DMARC1; p=quarantine; =oops; p=reject", MXQ_DMARC_RECORD_VALID,
         MXQ_DMARC_POLICY_QUARANTINE, 0, 100, false, false, false, 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_dmarc_record r;
        enum mxq_dmarc_record_status s =
            mxq_dmarc_record_parse(cases[i].text, strlen(cases[i].text), &r);
        print_message("record %zu: %s\n", i, cases[i].text);
        assert_int_equal(s, cases[i].status);
        if (s == MXQ_DMARC_RECORD_NOT_DMARC)
            continue;
        assert_int_equal(r.p, cases[i].p);
        assert_int_equal(r.sp, cases[i].sp);
        assert_int_equal(r.pct, cases[i].pct);
        assert_int_equal(r.adkim_strict, cases[i].adkim_strict);
        assert_int_equal(r.aspf_strict, cases[i].aspf_strict);
        assert_int_equal(r.p_fallback, cases[i].fallback);
        assert_int_equal(r.invalid, cases[i].invalid);
        assert_int_equal(r.rua.n, strlen(cases[i].rua));
        assert_memory_equal(r.rua.p, cases[i].rua, r.rua.n);
    }

    struct mxq_dmarc_record r;
    const char *t = "v=DMARC1; p=none; fo=0:s; rf=afrf:iodef; ri=3600; "
                    "ruf=mailto:f@example.com";
    assert_int_equal(mxq_dmarc_record_parse(t, strlen(t), &r),
                     MXQ_DMARC_RECORD_VALID);
    assert_int_equal(r.fo.n, 3);
    assert_memory_equal(r.fo.p, "0:s", 3);
    assert_int_equal(r.rf.n, 10);
    assert_memory_equal(r.rf.p, "afrf:iodef", 10);
    assert_int_equal(r.ri, 3600);
    assert_int_equal(r.ruf.n, strlen("mailto:f@example.com"));
    assert_false(r.truncated);
    t = "v=DMARC1; p=none; =x";
    assert_int_equal(mxq_dmarc_record_parse(t, strlen(t), &r),
                     MXQ_DMARC_RECORD_VALID);
    assert_true(r.truncated);
}

/* ---------------------------------------------------------- evaluator */

/* A tiny organizational-domain table for the evaluation cases: the last
 * two labels, or three under co.uk. */
static const char *table_org(void *ctx, const char *domain)
{
    (void)ctx;
    size_t n = strlen(domain);
    int want = n > 6 && strcmp(domain + n - 6, ".co.uk") == 0 ? 3 : 2;
    if (strcmp(domain, "co.uk") == 0 || strchr(domain, '.') == NULL)
        return NULL;
    int dots = 0;
    for (size_t i = n; i-- > 0;)
        if (domain[i] == '.' && ++dots == want)
            return domain + i + 1;
    return domain;
}

struct zone {
    const char *name;
    enum mxq_dns_rcode rcode;
    const char *txt[3];
};

struct run {
    const struct mxq_dmarc_outcome *out;
    char queries[4][300];
    size_t nqueries;
};

/* Runs e against the zone (names missing from it are NXDOMAIN). */
static void drive(struct mxq_dmarc *e, const struct zone *zone,
                  struct run *run)
{
    const char *name;
    run->nqueries = 0;
    while (mxq_dmarc_run(e, &name) == MXQ_DMARC_NEED_DNS) {
        assert_true(run->nqueries < 4);
        snprintf(run->queries[run->nqueries++], 300, "%s", name);
        const struct zone *z = NULL;
        for (size_t i = 0; zone && zone[i].name; i++)
            if (strcasecmp(zone[i].name, name) == 0)
                z = &zone[i];
        struct mxq_dns_record recs[3];
        size_t n = 0;
        if (z != NULL)
            for (; n < 3 && z->txt[n]; n++) {
                recs[n].preference = 0;
                recs[n].data.p = (const uint8_t *)z->txt[n];
                recs[n].data.n = strlen(z->txt[n]);
            }
        mxq_dmarc_answer(e, z ? z->rcode : MXQ_DNS_NXDOMAIN, recs, n);
    }
    run->out = mxq_dmarc_outcome(e);
}

struct eval_case {
    const char *what;
    const char *from;
    enum mxq_spf_result spf;
    const char *spf_domain;
    const char *dkim_d;            /* a passing signature's d=, or NULL */
    const char *dkim_fail_d;       /* a failing one's */
    unsigned roll;
    struct zone zone[4];
    enum mxq_dmarc_result result;
    enum mxq_dmarc_policy policy, disposition;
    bool spf_aligned, dkim_aligned, used_sp, sampled_out;
    const char *policy_domain;
    size_t nqueries;
};

#define OK MXQ_DNS_OK
#define R_NONE MXQ_DMARC_POLICY_NONE
#define R_QUAR MXQ_DMARC_POLICY_QUARANTINE
#define R_REJ MXQ_DMARC_POLICY_REJECT

static const struct eval_case eval_cases[] = {
    {"aligned SPF pass (relaxed)", "example.com", MXQ_SPF_PASS,
     "bounce.example.com", NULL, NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_PASS, R_REJ, R_NONE, true, false, false, false,
     "example.com", 1},
    {"SPF pass, other domain", "example.com", MXQ_SPF_PASS, "other.net",
     NULL, NULL, 0, {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 1},
    {"SPF softfail for the From domain", "example.com", MXQ_SPF_SOFTFAIL,
     "example.com", NULL, NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=quarantine"}}},
     MXQ_DMARC_FAIL, R_QUAR, R_QUAR, false, false, false, false,
     "example.com", 1},
    {"aligned DKIM pass", "Example.COM.", MXQ_SPF_FAIL, "example.com",
     "mail.EXAMPLE.com", NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_PASS, R_REJ, R_NONE, false, true, false, false,
     "example.com", 1},
    {"DKIM fail aligned, pass unaligned", "example.com", MXQ_SPF_NONE, NULL,
     "other.net", "example.com", 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 1},
    {"strict DKIM: subdomain d= does not align", "example.com",
     MXQ_SPF_NONE, NULL, "mail.example.com", NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; adkim=s"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 1},
    {"strict DKIM: exact d=", "example.com", MXQ_SPF_NONE, NULL,
     "EXAMPLE.com", NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; adkim=s"}}},
     MXQ_DMARC_PASS, R_REJ, R_NONE, false, true, false, false,
     "example.com", 1},
    {"strict SPF: subdomain does not align", "example.com", MXQ_SPF_PASS,
     "bounce.example.com", NULL, NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; aspf=s"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 1},
    {"relaxed under co.uk: org is example.co.uk", "mail.example.co.uk",
     MXQ_SPF_PASS, "example.co.uk", NULL, NULL, 0,
     {{"_dmarc.example.co.uk", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_PASS, R_REJ, R_NONE, true, false, false, false,
     "example.co.uk", 2},
    {"relaxed does not cross the public suffix", "example.co.uk",
     MXQ_SPF_PASS, "other.co.uk", NULL, NULL, 0,
     {{"_dmarc.example.co.uk", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.co.uk", 1},
    {"subdomain: org fallback with sp", "a.b.example.com", MXQ_SPF_NONE,
     NULL, NULL, NULL, 0,
     {{"_dmarc.example.com", OK,
       {"v=DMARC1; p=reject; sp=quarantine"}}},
     MXQ_DMARC_FAIL, R_QUAR, R_QUAR, false, false, true, false,
     "example.com", 2},
    {"subdomain: org fallback without sp", "a.example.com", MXQ_SPF_NONE,
     NULL, NULL, NULL, 0,
     {{"_dmarc.a.example.com", MXQ_DNS_NODATA, {NULL}},
      {"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 2},
    {"subdomain's own record: p, not sp", "a.example.com", MXQ_SPF_NONE,
     NULL, NULL, NULL, 0,
     {{"_dmarc.a.example.com", OK, {"v=DMARC1; p=none; sp=reject"}},
      {"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_FAIL, R_NONE, R_NONE, false, false, false, false,
     "a.example.com", 1},
    {"non-DMARC TXT at the From domain: fallback", "a.example.com",
     MXQ_SPF_NONE, NULL, NULL, NULL, 0,
     {{"_dmarc.a.example.com", OK, {"v=spf1 -all", "hello"}},
      {"_dmarc.example.com", OK, {"v=DMARC1; p=quarantine"}}},
     MXQ_DMARC_FAIL, R_QUAR, R_QUAR, false, false, false, false,
     "example.com", 2},
    {"org domain's DMARC at the From domain: no second query",
     "example.com", MXQ_SPF_NONE, NULL, NULL, NULL, 0, {{NULL}},
     MXQ_DMARC_NONE, R_NONE, R_NONE, false, false, false, false, NULL, 1},
    {"no record anywhere", "a.example.com", MXQ_SPF_PASS, "a.example.com",
     NULL, NULL, 0, {{NULL}},
     MXQ_DMARC_NONE, R_NONE, R_NONE, false, false, false, false, NULL, 2},
    {"SERVFAIL", "example.com", MXQ_SPF_PASS, "example.com", NULL, NULL, 0,
     {{"_dmarc.example.com", MXQ_DNS_SERVFAIL, {NULL}}},
     MXQ_DMARC_TEMPERROR, R_NONE, R_NONE, false, false, false, false, NULL,
     1},
    {"timeout at the org domain", "a.example.com", MXQ_SPF_NONE, NULL,
     NULL, NULL, 0, {{"_dmarc.example.com", MXQ_DNS_TIMEOUT, {NULL}}},
     MXQ_DMARC_TEMPERROR, R_NONE, R_NONE, false, false, false, false, NULL,
     2},
    {"two records", "a.example.com", MXQ_SPF_NONE, NULL, NULL, NULL, 0,
     {{"_dmarc.a.example.com", OK,
       {"v=DMARC1; p=none", "v=DMARC1; p=reject"}},
      {"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_PERMERROR, R_NONE, R_NONE, false, false, false, false,
     "a.example.com", 1},
    {"broken record: no fallback", "a.example.com", MXQ_SPF_NONE, NULL,
     NULL, NULL, 0,
     {{"_dmarc.a.example.com", OK, {"v=DMARC1; p=bogus"}},
      {"_dmarc.example.com", OK, {"v=DMARC1; p=reject"}}},
     MXQ_DMARC_PERMERROR, R_NONE, R_NONE, false, false, false, false,
     "a.example.com", 1},
    {"bad p with rua: p=none", "example.com", MXQ_SPF_NONE, NULL, NULL,
     NULL, 0,
     {{"_dmarc.example.com", OK,
       {"v=DMARC1; p=bogus; rua=mailto:r@example.com"}}},
     MXQ_DMARC_FAIL, R_NONE, R_NONE, false, false, false, false,
     "example.com", 1},
    {"pct=30, roll 29: policy", "example.com", MXQ_SPF_NONE, NULL, NULL,
     NULL, 29, {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; pct=30"}}},
     MXQ_DMARC_FAIL, R_REJ, R_REJ, false, false, false, false,
     "example.com", 1},
    {"pct=30, roll 30: reject becomes quarantine", "example.com",
     MXQ_SPF_NONE, NULL, NULL, NULL, 30,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; pct=30"}}},
     MXQ_DMARC_FAIL, R_REJ, R_QUAR, false, false, false, true,
     "example.com", 1},
    {"pct=0, roll 0: quarantine becomes none", "example.com",
     MXQ_SPF_NONE, NULL, NULL, NULL, 0,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=quarantine; pct=0"}}},
     MXQ_DMARC_FAIL, R_QUAR, R_NONE, false, false, false, true,
     "example.com", 1},
    {"pct=100, roll 99 (and 1000): policy", "example.com", MXQ_SPF_NONE,
     NULL, NULL, NULL, 1000,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=quarantine"}}},
     MXQ_DMARC_FAIL, R_QUAR, R_QUAR, false, false, false, false,
     "example.com", 1},
    {"pct spares no pass", "example.com", MXQ_SPF_PASS, "example.com",
     NULL, NULL, 99,
     {{"_dmarc.example.com", OK, {"v=DMARC1; p=reject; pct=10"}}},
     MXQ_DMARC_PASS, R_REJ, R_NONE, true, false, false, false,
     "example.com", 1},
};

static void test_evaluation(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof eval_cases / sizeof eval_cases[0]; i++) {
        const struct eval_case *c = &eval_cases[i];
        print_message("eval %zu: %s\n", i, c->what);
        struct mxq_dmarc_dkim dkim[2];
        size_t nd = 0;
        if (c->dkim_fail_d)
            dkim[nd++] = (struct mxq_dmarc_dkim){false, c->dkim_fail_d};
        if (c->dkim_d)
            dkim[nd++] = (struct mxq_dmarc_dkim){true, c->dkim_d};
        struct mxq_dmarc_input in = {
            .from_domain = c->from, .spf = c->spf,
            .spf_domain = c->spf_domain, .dkim = dkim, .dkim_count = nd,
            .org_domain = table_org, .roll = c->roll};
        struct mxq_dmarc *e = mxq_dmarc_new(&in);
        assert_non_null(e);
        struct run run;
        drive(e, c->zone, &run);
        const struct mxq_dmarc_outcome *o = run.out;
        assert_string_equal(mxq_dmarc_result_name(o->result),
                            mxq_dmarc_result_name(c->result));
        assert_int_equal(o->policy, c->policy);
        assert_int_equal(o->disposition, c->disposition);
        assert_int_equal(o->spf_aligned, c->spf_aligned);
        assert_int_equal(o->dkim_aligned, c->dkim_aligned);
        assert_int_equal(o->used_sp, c->used_sp);
        assert_int_equal(o->sampled_out, c->sampled_out);
        assert_int_equal(run.nqueries, c->nqueries);
        if (c->policy_domain)
            assert_string_equal(o->policy_domain, c->policy_domain);
        else
            assert_null(o->policy_domain);
        assert_true((o->record != NULL) ==
                    (c->result == MXQ_DMARC_PASS ||
                     c->result == MXQ_DMARC_FAIL));
        if (o->dkim_aligned)
            assert_non_null(o->dkim_domain);
        mxq_dmarc_free(e);
    }
}

static void test_queries_and_outcome(void **state)
{
    (void)state;
    struct mxq_dmarc_dkim dkim = {true, "Mail.Example.com"};
    struct mxq_dmarc_input in = {
        .from_domain = "News.Example.COM", .spf = MXQ_SPF_PASS,
        .spf_domain = "elsewhere.net", .dkim = &dkim, .dkim_count = 1,
        .org_domain = table_org};
    const struct zone zone[] = {
        {"_dmarc.example.com", OK,
         {"v=DMARC1; p=reject; rua=mailto:agg@example.com"}},
        {NULL, 0, {NULL}}};
    struct mxq_dmarc *e = mxq_dmarc_new(&in);
    struct run run;
    drive(e, zone, &run);
    assert_int_equal(run.nqueries, 2);
    assert_string_equal(run.queries[0], "_dmarc.news.example.com");
    assert_string_equal(run.queries[1], "_dmarc.example.com");
    const struct mxq_dmarc_outcome *o = run.out;
    assert_int_equal(o->result, MXQ_DMARC_PASS);
    assert_string_equal(o->header_from, "news.example.com");
    assert_string_equal(o->policy_domain, "example.com");
    assert_string_equal(o->dkim_domain, "mail.example.com");
    assert_false(o->spf_aligned);
    assert_non_null(o->record);
    /* The record's slices outlive the answer. */
    assert_int_equal(o->record->rua.n, strlen("mailto:agg@example.com"));
    assert_memory_equal(o->record->rua.p, "mailto:agg@example.com",
                        o->record->rua.n);
    /* Done: more answers are ignored, run says done. */
    const char *name;
    mxq_dmarc_answer(e, MXQ_DNS_SERVFAIL, NULL, 0);
    assert_int_equal(mxq_dmarc_run(e, &name), MXQ_DMARC_DONE);
    assert_int_equal(mxq_dmarc_outcome(e)->result, MXQ_DMARC_PASS);
    mxq_dmarc_free(e);

    /* Asking again before answering asks the same. */
    in.from_domain = "example.org";
    e = mxq_dmarc_new(&in);
    const char *n1, *n2;
    assert_int_equal(mxq_dmarc_run(e, &n1), MXQ_DMARC_NEED_DNS);
    assert_int_equal(mxq_dmarc_run(e, &n2), MXQ_DMARC_NEED_DNS);
    assert_string_equal(n1, n2);
    mxq_dmarc_free(e);

    assert_null(mxq_dmarc_new(&(struct mxq_dmarc_input){
        .from_domain = "example.com"}));
    mxq_dmarc_free(NULL);
}

/* §6.6.1: no single From address, or no usable domain: permerror
 * without a query. */
static void test_no_single_from(void **state)
{
    (void)state;
    static const struct {
        const char *from;
        bool flag;
    } cases[] = {{"example.com", true}, {NULL, false}, {"", false},
                 {"exa mple.com", false}, {"a..b", false}, {".", false}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_dmarc_input in = {.from_domain = cases[i].from,
                                     .no_single_from = cases[i].flag,
                                     .org_domain = table_org};
        struct mxq_dmarc *e = mxq_dmarc_new(&in);
        struct run run;
        drive(e, NULL, &run);
        assert_int_equal(run.nqueries, 0);
        assert_int_equal(run.out->result, MXQ_DMARC_PERMERROR);
        assert_int_equal(run.out->disposition, MXQ_DMARC_POLICY_NONE);
        assert_string_equal(run.out->header_from, "");
        mxq_dmarc_free(e);
    }
}

/* The evaluator with the real list (through this file's matcher). */
static void test_with_psl(void **state)
{
    (void)state;
    char buf[DMARC_TEST_BUF];
    struct mxq_dmarc_dkim dkim = {true, "signer.example.co.uk"};
    struct mxq_dmarc_input in = {
        .from_domain = "news.example.co.uk", .spf = MXQ_SPF_PASS,
        .spf_domain = "other.co.uk", .dkim = &dkim, .dkim_count = 1,
        .org_domain = psl_org, .org_ctx = buf};
    const struct zone zone[] = {
        {"_dmarc.example.co.uk", OK, {"v=DMARC1; p=reject; sp=quarantine"}},
        {NULL, 0, {NULL}}};
    struct mxq_dmarc *e = mxq_dmarc_new(&in);
    struct run run;
    drive(e, zone, &run);
    assert_int_equal(run.nqueries, 2);
    assert_string_equal(run.queries[1], "_dmarc.example.co.uk");
    assert_int_equal(run.out->result, MXQ_DMARC_PASS);
    assert_true(run.out->dkim_aligned);
    assert_false(run.out->spf_aligned);
    assert_int_equal(run.out->policy, MXQ_DMARC_POLICY_QUARANTINE);
    mxq_dmarc_free(e);
}

static int psl_setup(void **state)
{
    (void)state;
    psl_load();
    return 0;
}

static int psl_teardown(void **state)
{
    (void)state;
    psl_unload();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_psl_walk),
        cmocka_unit_test(test_psl_checks),
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_evaluation),
        cmocka_unit_test(test_queries_and_outcome),
        cmocka_unit_test(test_no_single_from),
        cmocka_unit_test(test_with_psl),
    };
    return cmocka_run_group_tests(tests, psl_setup, psl_teardown);
}
