/*
 * ARC chain validation (engine/checks/arc.c) against ValiMail's suite
 * (conformance/arc/arc-draft-validation-tests.yml, converted to JSON at
 * build time by suite_to_json.py), every case run as it is: the message
 * with CRLF line ends, the scenario's txt-records as the only DNS (any
 * other name NXDOMAIN), the verdict compared with the case's cv.
 *
 * The suite leaves cv empty for the three chains that carry a cv=fail
 * seal (cv_fail_i1_as_cv_fail, cv_fail_i2_as2_fail, cv_fail_i2_as1_fail):
 * RFC 8617 §5.2 steps 2 and 3 make each of them "fail", which is what is
 * expected here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "arc.h"
#include "files.h"

#ifndef MXQ_ARC_JSON
#error "MXQ_ARC_JSON: the suite converted to JSON (tests/CMakeLists.txt)"
#endif

/* The DNS of one scenario, and what was asked of it. */
struct zone {
    yajl_val records;          /* object: name -> TXT value, or NULL */
    enum mxq_dns_rcode forced; /* MXQ_DNS_OK: answer from records */
    unsigned queries;
};

static void answer(struct mxq_arc *a, const char *name, struct zone *z)
{
    z->queries++;
    if (z->forced != MXQ_DNS_OK) {
        mxq_arc_answer(a, z->forced, NULL, 0);
        return;
    }
    const char *path[] = {name, NULL};
    yajl_val v = z->records ? yajl_tree_get(z->records, path, yajl_t_string)
                            : NULL;
    if (v == NULL) {
        mxq_arc_answer(a, MXQ_DNS_NXDOMAIN, NULL, 0);
        return;
    }
    /* YAML's folded scalars leave blanks in the key: TXT strings joined
     * are what DKIM reads, FWS and all, so they stay. */
    const char *txt = YAJL_GET_STRING(v);
    struct mxq_dns_record r = {0, {(const uint8_t *)txt, strlen(txt)}};
    mxq_arc_answer(a, MXQ_DNS_OK, &r, 1);
}

/* Runs the validator over an LF message; *a_out stays for inspection
 * when not NULL. */
static struct mxq_arc_verdict run(const char *lf_message, struct zone *z,
                                  char seal_domains[][256])
{
    size_t n;
    char *msg = test_to_crlf(lf_message, strlen(lf_message), &n);
    assert_non_null(msg);
    struct mxq_arc *a = mxq_arc_new(msg, n);
    assert_non_null(a);
    const char *name;
    while (mxq_arc_run(a, &name) == MXQ_ARC_NEED_DNS)
        answer(a, name, z);
    struct mxq_arc_verdict v = *mxq_arc_verdict(a);
    if (seal_domains != NULL)
        for (unsigned i = 1; i <= v.sets && i <= 8; i++)
            snprintf(seal_domains[i - 1], 256, "%s",
                     mxq_arc_seal_domain(a, i));
    mxq_arc_free(a);
    free(msg);
    return v;
}

static const char *expected_word(const char *cv)
{
    if (strcmp(cv, "Pass") == 0)
        return "pass";
    if (strcmp(cv, "None") == 0)
        return "none";
    return "fail";             /* "Fail", and the three empty ones */
}

static yajl_val load_suite(char **text)
{
    char err[256];
    size_t n;
    *text = test_read_file(MXQ_ARC_JSON, &n);
    if (*text == NULL)
        fail_msg("cannot read %s", MXQ_ARC_JSON);
    yajl_val doc = yajl_tree_parse(*text, err, sizeof err);
    if (doc == NULL)
        fail_msg("%s: %s", MXQ_ARC_JSON, err);
    assert_true(YAJL_IS_ARRAY(doc));
    return doc;
}

/* The message of a named case, from any scenario, and its scenario's
 * records. */
static const char *find_case(yajl_val doc, const char *name,
                             yajl_val *records)
{
    for (size_t s = 0; s < YAJL_GET_ARRAY(doc)->len; s++) {
        yajl_val sc = YAJL_GET_ARRAY(doc)->values[s];
        const char *tp[] = {"tests", name, "message", NULL};
        const char *rp[] = {"txt-records", NULL};
        yajl_val m = yajl_tree_get(sc, tp, yajl_t_string);
        if (m != NULL) {
            *records = yajl_tree_get(sc, rp, yajl_t_object);
            return YAJL_GET_STRING(m);
        }
    }
    fail_msg("no case %s", name);
    return NULL;
}

static void test_suite(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_suite(&text);
    unsigned total = 0, agreed = 0, by_word[3] = {0};
    for (size_t s = 0; s < YAJL_GET_ARRAY(doc)->len; s++) {
        yajl_val sc = YAJL_GET_ARRAY(doc)->values[s];
        const char *tp[] = {"tests", NULL};
        const char *rp[] = {"txt-records", NULL};
        yajl_val tests = yajl_tree_get(sc, tp, yajl_t_object);
        assert_non_null(tests);
        yajl_val records = yajl_tree_get(sc, rp, yajl_t_object);
        for (size_t t = 0; t < YAJL_GET_OBJECT(tests)->len; t++) {
            const char *name = YAJL_GET_OBJECT(tests)->keys[t];
            yajl_val c = YAJL_GET_OBJECT(tests)->values[t];
            const char *mp[] = {"message", NULL}, *cp[] = {"cv", NULL};
            yajl_val m = yajl_tree_get(c, mp, yajl_t_string);
            yajl_val cv = yajl_tree_get(c, cp, yajl_t_string);
            assert_non_null(m);
            assert_non_null(cv);
            struct zone z = {records, MXQ_DNS_OK, 0};
            struct mxq_arc_verdict v = run(YAJL_GET_STRING(m), &z, NULL);
            const char *want = expected_word(YAJL_GET_STRING(cv));
            const char *got = mxq_arc_result_name(v.result);
            total++;
            if (strcmp(want, got) == 0) {
                agreed++;
                by_word[v.result == MXQ_ARC_PASS   ? 0
                        : v.result == MXQ_ARC_FAIL ? 1
                                                   : 2]++;
            } else {
                print_message("%s: wanted %s, got %s (%s)\n", name, want,
                              got, v.reason ? v.reason : "");
            }
        }
    }
    print_message("ARC validation suite: %u/%u as expected (pass %u, fail "
                  "%u, none %u)\n",
                  agreed, total, by_word[0], by_word[1], by_word[2]);
    assert_int_equal(total, 171);
    assert_int_equal(agreed, total);
    yajl_tree_free(doc);
    free(text);
}

/* RFC 8617 §5.2 step 5: the oldest passing instance. */
static void test_oldest_pass(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_suite(&text);
    yajl_val records;
    char domains[8][256];

    const char *m = find_case(doc, "cv_pass_i3_1", &records);
    struct zone z = {records, MXQ_DNS_OK, 0};
    struct mxq_arc_verdict v = run(m, &z, domains);
    assert_int_equal(v.result, MXQ_ARC_PASS);
    assert_int_equal(v.sets, 3);
    assert_int_equal(v.oldest_pass, 1);
    assert_string_equal(domains[0], "example.org");
    assert_string_equal(domains[2], "example.org");
    /* Six signatures under one key name: one query. */
    assert_int_equal(z.queries, 1);

    /* The From field changed after instance 1 signed: AMS(1) no longer
     * verifies, the chain still does. */
    m = find_case(doc, "cv_pass_i2_1_ams1_invalid", &records);
    z = (struct zone){records, MXQ_DNS_OK, 0};
    v = run(m, &z, NULL);
    assert_int_equal(v.result, MXQ_ARC_PASS);
    assert_int_equal(v.oldest_pass, 2);
    yajl_tree_free(doc);
    free(text);
}

/* A key that cannot be had is temperror, not fail; a missing one fails. */
static void test_dns_failures(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_suite(&text);
    yajl_val records;
    const char *m = find_case(doc, "cv_pass_i2_1", &records);

    struct zone z = {records, MXQ_DNS_TIMEOUT, 0};
    struct mxq_arc_verdict v = run(m, &z, NULL);
    assert_int_equal(v.result, MXQ_ARC_TEMPERROR);
    assert_string_equal(v.reason, "key lookup timed out");
    z = (struct zone){records, MXQ_DNS_SERVFAIL, 0};
    assert_int_equal(run(m, &z, NULL).result, MXQ_ARC_TEMPERROR);
    z = (struct zone){NULL, MXQ_DNS_OK, 0};
    v = run(m, &z, NULL);
    assert_int_equal(v.result, MXQ_ARC_FAIL);
    assert_string_equal(v.reason, "no key");
    yajl_tree_free(doc);
    free(text);
}

/* Forged sets under many selectors stop at the lookup budget. */
static void test_lookup_budget(void **state)
{
    (void)state;
    char *msg = malloc(64 * 1024);
    assert_non_null(msg);
    size_t n = 0;
    for (unsigned i = 30; i >= 1; i--) {
        n += (size_t)sprintf(msg + n,
                             "ARC-Seal: i=%u; a=rsa-sha256; cv=%s; "
                             "d=example.org; s=s%u; b=AAAA\r\n"
                             "ARC-Message-Signature: i=%u; a=rsa-sha256; "
                             "d=example.org; s=m%u; h=from; bh=%s; "
                             "b=AAAA\r\n"
                             "ARC-Authentication-Results: i=%u; "
                             "example.org; none\r\n",
                             i, i == 1 ? "none" : "pass", i, i, i,
                             "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
                             i);
    }
    n += (size_t)sprintf(msg + n, "From: a@example.org\r\n\r\nbody\r\n");
    struct mxq_arc *a = mxq_arc_new(msg, n);
    assert_non_null(a);
    const char *name;
    unsigned queries = 0;
    /* Every key "exists" and every signature is wrong: the newest AMS
     * fails at once. */
    while (mxq_arc_run(a, &name) == MXQ_ARC_NEED_DNS) {
        queries++;
        mxq_arc_answer(a, MXQ_DNS_NXDOMAIN, NULL, 0);
    }
    assert_int_equal(mxq_arc_verdict(a)->result, MXQ_ARC_FAIL);
    assert_int_equal(mxq_arc_verdict(a)->sets, 30);
    assert_true(queries <= MXQ_ARC_MAX_KEY_LOOKUPS);
    mxq_arc_free(a);
    free(msg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_suite),
        cmocka_unit_test(test_oldest_pass),
        cmocka_unit_test(test_dns_failures),
        cmocka_unit_test(test_lookup_budget),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
