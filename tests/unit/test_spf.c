/*
 * SPF: the record and macro grammar (grammar/spf.rl) and the evaluator
 * (engine/checks/spf.c), against the OpenSPF conformance suites and a few
 * cases of their own.
 *
 * The suites (conformance/spf/rfc*-tests.yml, converted to JSON at build time by
 * suite_to_json.py) are run as they are: each scenario's zonedata
 * becomes a fake resolver that answers the evaluator's queries, with
 * pyspf's driver rules (test/testspf.py):
 *   - a name without TXT entries serves its SPF entries as TXT, after its
 *     other entries; "TXT: NONE" stops that and serves nothing;
 *   - a "TIMEOUT" entry times out a query whose type no entry before it
 *     had (and ends the answer otherwise);
 *   - an unknown name is NXDOMAIN, a known one without the type NODATA;
 *   - a CNAME is followed (a loop answers nothing, as in pyspf);
 *   - "explanation: DEFAULT" accepts any explanation, and a list of
 *     results accepts any of them.
 */
#include <arpa/inet.h>
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
#include <yajl/yajl_tree.h>

#include "spf.h"
#include "spf_record.h"

#ifndef MXQ_SPF_JSON_DIR
#error "MXQ_SPF_JSON_DIR: the suites converted to JSON (tests/CMakeLists.txt)"
#endif

/* More queries than any check can make within the limits: a guard
 * against an evaluator that never ends. */
#define MAX_QUERIES_PER_CHECK 200
#define CNAME_CHAIN_MAX 10

/* ------------------------------------------------------- fake resolver */

enum rr_type { RR_TIMEOUT, RR_A, RR_AAAA, RR_MX, RR_PTR, RR_CNAME, RR_TXT,
               RR_SPF };

struct rr {
    enum rr_type type;
    uint16_t preference;
    uint8_t *data;
    size_t len;
};

struct zone_name {
    char *name;                    /* lowercase, no final dot */
    struct rr *rrs;
    size_t count;
};

struct zone {
    struct zone_name *names;
    size_t count;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    assert_non_null(p);
    return p;
}

/* Lowercase, without a final dot. */
static char *normalized_name(const char *s, size_t n)
{
    if (n > 0 && s[n - 1] == '.')
        n--;
    char *out = xmalloc(n + 1);
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
    out[n] = '\0';
    return out;
}

/* The string of a JSON value that must be one. */
static const char *json_string(yajl_val v)
{
    assert_true(v != NULL && YAJL_IS_STRING(v));
    return v->u.string;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    fail_msg("bad hex digit %c", c);
    return 0;
}

/* Appends a string value (or its {"$bytes": hex} form) to buf. */
static void append_string(yajl_val v, uint8_t **buf, size_t *len)
{
    const char *s;
    size_t n;
    uint8_t *bytes = NULL;

    if (YAJL_IS_OBJECT(v)) {
        assert_int_equal(v->u.object.len, 1);
        assert_string_equal(v->u.object.keys[0], "$bytes");
        const char *hex = json_string(v->u.object.values[0]);
        n = strlen(hex) / 2;
        bytes = xmalloc(n);
        for (size_t i = 0; i < n; i++)
            bytes[i] = (uint8_t)(hex_digit(hex[2 * i]) << 4 |
                                 hex_digit(hex[2 * i + 1]));
        s = (const char *)bytes;
    } else {
        assert_true(YAJL_IS_STRING(v));
        s = json_string(v);
        n = strlen(s);
    }
    *buf = realloc(*buf, *len + n + 1);
    assert_non_null(*buf);
    memcpy(*buf + *len, s, n);
    *len += n;
    free(bytes);
}

static bool is_none_marker(yajl_val v)
{
    return YAJL_IS_STRING(v) && strcmp(json_string(v), "NONE") == 0;
}

static void add_rr(struct zone_name *zn, struct rr rr)
{
    zn->rrs = realloc(zn->rrs, (zn->count + 1) * sizeof *zn->rrs);
    assert_non_null(zn->rrs);
    zn->rrs[zn->count++] = rr;
}

/* One {TYPE: value} entry as pyspf's test driver reads it. */
static struct rr parse_rr(const char *type, yajl_val v)
{
    struct rr rr = {0};
    if (strcmp(type, "A") == 0 || strcmp(type, "AAAA") == 0) {
        bool six = type[1] == 'A';
        rr.type = six ? RR_AAAA : RR_A;
        rr.len = six ? 16 : 4;
        rr.data = xmalloc(rr.len);
        assert_int_equal(inet_pton(six ? AF_INET6 : AF_INET,
                                   json_string(v), rr.data), 1);
    } else if (strcmp(type, "MX") == 0) {
        assert_true(YAJL_IS_ARRAY(v) && v->u.array.len == 2);
        rr.type = RR_MX;
        rr.preference = (uint16_t)YAJL_GET_INTEGER(v->u.array.values[0]);
        const char *host = json_string(v->u.array.values[1]);
        rr.data = (uint8_t *)normalized_name(host, strlen(host));
        rr.len = strlen((char *)rr.data);
    } else if (strcmp(type, "PTR") == 0 || strcmp(type, "CNAME") == 0) {
        const char *s = json_string(v);
        size_t n = strlen(s);
        if (n > 0 && s[n - 1] == '.')
            n--;                   /* names come without the final dot */
        rr.type = type[0] == 'P' ? RR_PTR : RR_CNAME;
        rr.data = xmalloc(n + 1);
        memcpy(rr.data, s, n);
        rr.len = n;
    } else if (strcmp(type, "TXT") == 0 || strcmp(type, "SPF") == 0) {
        rr.type = type[0] == 'T' ? RR_TXT : RR_SPF;
        if (YAJL_IS_ARRAY(v)) {    /* character-strings, joined */
            for (size_t i = 0; i < v->u.array.len; i++)
                append_string(v->u.array.values[i], &rr.data, &rr.len);
        } else {
            append_string(v, &rr.data, &rr.len);
        }
        if (rr.data == NULL)
            rr.data = xmalloc(1);
    } else {
        fail_msg("unknown record type %s", type);
    }
    return rr;
}

static void zone_add_name(struct zone *z, const char *name, yajl_val list)
{
    z->names = realloc(z->names, (z->count + 1) * sizeof *z->names);
    assert_non_null(z->names);
    struct zone_name *zn = &z->names[z->count++];
    memset(zn, 0, sizeof *zn);
    zn->name = normalized_name(name, strlen(name));
    assert_true(YAJL_IS_ARRAY(list));

    bool has_txt = false;
    for (size_t i = 0; i < list->u.array.len; i++) {
        yajl_val m = list->u.array.values[i];
        if (YAJL_IS_STRING(m)) {
            assert_string_equal(json_string(m), "TIMEOUT");
            add_rr(zn, (struct rr){.type = RR_TIMEOUT});
            continue;
        }
        assert_true(YAJL_IS_OBJECT(m) && m->u.object.len == 1);
        const char *type = m->u.object.keys[0];
        yajl_val v = m->u.object.values[0];
        if (strcmp(type, "TXT") == 0)
            has_txt = true;
        if (!is_none_marker(v))
            add_rr(zn, parse_rr(type, v));
    }
    /* SPF entries double as TXT when the name has no TXT entry at all */
    size_t own = zn->count;
    for (size_t i = 0; !has_txt && i < own; i++) {
        if (zn->rrs[i].type != RR_SPF)
            continue;
        struct rr copy = zn->rrs[i];
        copy.type = RR_TXT;
        copy.data = xmalloc(copy.len + 1);
        memcpy(copy.data, zn->rrs[i].data, copy.len);
        add_rr(zn, copy);
    }
}

static void zone_load(struct zone *z, yajl_val zonedata)
{
    memset(z, 0, sizeof *z);
    if (zonedata == NULL || !YAJL_IS_OBJECT(zonedata))
        return;
    for (size_t i = 0; i < zonedata->u.object.len; i++)
        zone_add_name(z, zonedata->u.object.keys[i],
                      zonedata->u.object.values[i]);
}

static void zone_free(struct zone *z)
{
    for (size_t i = 0; i < z->count; i++) {
        for (size_t k = 0; k < z->names[i].count; k++)
            free(z->names[i].rrs[k].data);
        free(z->names[i].rrs);
        free(z->names[i].name);
    }
    free(z->names);
    memset(z, 0, sizeof *z);
}

static const struct zone_name *zone_find(const struct zone *z,
                                         const char *name)
{
    char *key = normalized_name(name, strlen(name));
    const struct zone_name *found = NULL;
    for (size_t i = 0; i < z->count && found == NULL; i++)
        if (strcmp(z->names[i].name, key) == 0)
            found = &z->names[i];
    free(key);
    return found;
}

static enum rr_type rr_type_of(enum mxq_dns_type t)
{
    switch (t) {
    case MXQ_DNS_A:
        return RR_A;
    case MXQ_DNS_AAAA:
        return RR_AAAA;
    case MXQ_DNS_MX:
        return RR_MX;
    case MXQ_DNS_PTR:
        return RR_PTR;
    case MXQ_DNS_TXT:
        return RR_TXT;
    }
    fail_msg("query of type %d", (int)t);
    return RR_TXT;
}

#define ANSWER_MAX 64

struct answer {
    enum mxq_dns_rcode rcode;
    struct mxq_dns_record records[ANSWER_MAX];
    size_t count;
};

/* The records point into the zone. */
static void zone_lookup(const struct zone *z, const char *name,
                        enum mxq_dns_type type, struct answer *a,
                        unsigned depth)
{
    const struct zone_name *zn = zone_find(z, name);
    enum rr_type want = rr_type_of(type);
    const struct rr *cname = NULL;

    a->count = 0;
    if (zn == NULL) {
        a->rcode = MXQ_DNS_NXDOMAIN;
        return;
    }
    for (size_t i = 0; i < zn->count; i++) {
        const struct rr *rr = &zn->rrs[i];
        if (rr->type == RR_TIMEOUT) {
            if (a->count == 0) {
                a->rcode = MXQ_DNS_TIMEOUT;
                return;
            }
            break;
        }
        if (rr->type == RR_CNAME)
            cname = rr;
        if (rr->type != want)
            continue;
        assert_true(a->count < ANSWER_MAX);
        a->records[a->count++] = (struct mxq_dns_record){
            .preference = rr->preference, .data = {rr->data, rr->len}};
    }
    if (a->count > 0) {
        a->rcode = MXQ_DNS_OK;
        return;
    }
    if (cname != NULL && depth < CNAME_CHAIN_MAX) {
        char *target = normalized_name((const char *)cname->data, cname->len);
        zone_lookup(z, target, type, a, depth + 1);
        free(target);
        return;
    }
    a->rcode = MXQ_DNS_NODATA;     /* also a CNAME loop, as in pyspf */
}

/* ------------------------------------------------------------- checks */

struct check {
    enum mxq_spf_result result;
    char *explanation;             /* NULL: none */
    unsigned queries;
};

static bool parse_host(const char *host, uint8_t ip[16], bool *ipv6)
{
    memset(ip, 0, 16);
    *ipv6 = strchr(host, ':') != NULL;
    return inet_pton(*ipv6 ? AF_INET6 : AF_INET, host, ip) == 1;
}

static struct check run_check(const struct zone *z, const char *host,
                              const char *helo, const char *mailfrom)
{
    uint8_t ip[16];
    bool ipv6;
    struct check c = {0};

    assert_true(parse_host(host, ip, &ipv6));
    struct mxq_spf *e = mxq_spf_new(ip, ipv6, mailfrom, helo,
                                    "receiver.example.org", 1700000000);
    assert_non_null(e);
    const char *name;
    enum mxq_dns_type type;
    while (mxq_spf_run(e, &name, &type) == MXQ_SPF_NEED_DNS) {
        struct answer a;
        assert_true(++c.queries <= MAX_QUERIES_PER_CHECK);
        zone_lookup(z, name, type, &a, 0);
        mxq_spf_answer(e, a.rcode, a.records, a.count);
    }
    const char *exp, *identity;
    c.result = mxq_spf_result(e, &exp, &identity);
    assert_string_equal(identity, mailfrom[0] ? "mailfrom" : "helo");
    c.explanation = exp ? strdup(exp) : NULL;
    mxq_spf_free(e);
    return c;
}

/* A zone from inline JSON, for the tests of our own. */
static struct check check_json(const char *zone_json, const char *host,
                               const char *helo, const char *mailfrom)
{
    char err[256];
    yajl_val zonedata = yajl_tree_parse(zone_json, err, sizeof err);
    if (zonedata == NULL)
        fail_msg("zone JSON: %s", err);
    struct zone z;
    zone_load(&z, zonedata);
    struct check c = run_check(&z, host, helo, mailfrom);
    zone_free(&z);
    yajl_tree_free(zonedata);
    return c;
}

/* ----------------------------------------------------- the suites */

struct expected_failure {
    const char *test;
    const char *reason;            /* the RFC 7208 change that explains it */
};

struct suite_outcome {
    unsigned total, passed;
    const char *failed[64];
    size_t failed_count;
};

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s (built by the spf_suites_json target)", path);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long len = ftell(f);
    assert_true(len >= 0);
    rewind(f);
    char *buf = xmalloc((size_t)len + 1);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static yajl_val field(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    return yajl_tree_get(obj, path, yajl_t_any);
}

static const char *string_field(yajl_val obj, const char *key)
{
    yajl_val v = field(obj, key);
    return v != NULL && YAJL_IS_STRING(v) ? json_string(v) : NULL;
}

static bool result_accepted(yajl_val expected, enum mxq_spf_result got)
{
    const char *name = mxq_spf_result_name(got);
    if (YAJL_IS_STRING(expected))
        return strcasecmp(json_string(expected), name) == 0;
    assert_true(YAJL_IS_ARRAY(expected));
    for (size_t i = 0; i < expected->u.array.len; i++)
        if (strcasecmp(json_string(expected->u.array.values[i]), name) == 0)
            return true;
    return false;
}

static bool run_suite_test(const struct zone *z, const char *name, yajl_val t)
{
    const char *host = string_field(t, "host");
    const char *helo = string_field(t, "helo");
    const char *mailfrom = string_field(t, "mailfrom");
    const char *want_exp = string_field(t, "explanation");
    yajl_val want = field(t, "result");
    assert_non_null(host);
    assert_non_null(want);

    struct check c = run_check(z, host, helo ? helo : "",
                               mailfrom ? mailfrom : "");
    bool ok = result_accepted(want, c.result);
    if (ok && want_exp != NULL && strcmp(want_exp, "DEFAULT") != 0)
        ok = c.explanation != NULL && strcmp(c.explanation, want_exp) == 0;
    if (!ok)
        print_message("  %s: got %s, explanation \"%s\"%s%s\n", name,
                      mxq_spf_result_name(c.result),
                      c.explanation ? c.explanation : "(none)",
                      want_exp ? ", wanted explanation " : "",
                      want_exp ? want_exp : "");
    free(c.explanation);
    return ok;
}

static yajl_val load_suite(const char *file, char **text)
{
    char path[1024], err[256];
    snprintf(path, sizeof path, "%s/%s", MXQ_SPF_JSON_DIR, file);
    *text = read_file(path);
    yajl_val doc = yajl_tree_parse(*text, err, sizeof err);
    if (doc == NULL)
        fail_msg("%s: %s", path, err);
    assert_true(YAJL_IS_ARRAY(doc));
    return doc;
}

static void run_suite(yajl_val doc, struct suite_outcome *out)
{
    memset(out, 0, sizeof *out);
    for (size_t s = 0; s < doc->u.array.len; s++) {
        yajl_val scenario = doc->u.array.values[s];
        yajl_val tests = field(scenario, "tests");
        struct zone z;
        assert_true(tests != NULL && YAJL_IS_OBJECT(tests));
        zone_load(&z, field(scenario, "zonedata"));
        for (size_t i = 0; i < tests->u.object.len; i++) {
            const char *name = tests->u.object.keys[i];
            out->total++;
            if (run_suite_test(&z, name, tests->u.object.values[i])) {
                out->passed++;
            } else {
                assert_true(out->failed_count < 64);
                out->failed[out->failed_count++] = name;
            }
        }
        zone_free(&z);
    }
}

static void test_rfc7208_suite(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_suite("rfc7208-tests.json", &text);
    struct suite_outcome o;
    run_suite(doc, &o);
    print_message("rfc7208-tests: %u/%u passed\n", o.passed, o.total);
    assert_int_equal(o.total, 203);
    assert_int_equal(o.passed, o.total);
    yajl_tree_free(doc);
    free(text);
}

/* RFC 4408 tests whose expectations RFC 7208 changed and that this
 * evaluator, which follows RFC 7208, fails; NULL-terminated. None today:
 * where RFC 7208 changed a result (mx-limit is permerror now; the type
 * SPF lookups are gone; the invalid-domain cases are undefined), the
 * RFC 4408 suite already accepts the RFC 7208 outcome among its listed
 * results (see conformance/spf/rfc7208-tests.CHANGES). A test that
 * starts failing must be added here with its reason, or fixed. */
static const struct expected_failure rfc4408_differences[] = {
    {NULL, NULL},
};

static void test_rfc4408_suite(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_suite("rfc4408-tests.json", &text);
    struct suite_outcome o;
    run_suite(doc, &o);
    print_message("rfc4408-tests: %u/%u passed\n", o.passed, o.total);
    assert_int_equal(o.total, 191);
    assert_int_equal(o.passed + o.failed_count, o.total);

    size_t expected = 0;
    while (rfc4408_differences[expected].test != NULL)
        expected++;
    for (size_t i = 0; i < o.failed_count; i++) {
        bool listed = false;
        for (size_t k = 0; k < expected && !listed; k++)
            listed = strcmp(o.failed[i], rfc4408_differences[k].test) == 0;
        if (!listed)
            fail_msg("rfc4408 test %s failed and is not an RFC 7208 change",
                     o.failed[i]);
    }
    for (size_t k = 0; k < expected; k++) {
        bool failed = false;
        for (size_t i = 0; i < o.failed_count && !failed; i++)
            failed = strcmp(o.failed[i], rfc4408_differences[k].test) == 0;
        if (!failed)
            fail_msg("rfc4408 test %s is listed as differing but passed",
                     rfc4408_differences[k].test);
        print_message("  expected difference %s: %s\n",
                      rfc4408_differences[k].test,
                      rfc4408_differences[k].reason);
    }
    yajl_tree_free(doc);
    free(text);
}

/* ------------------------------------------------------- the grammar */

static enum mxq_spf_parse first_term(const char *record,
                                     struct mxq_spf_term *t)
{
    size_t pos = 0;
    return mxq_spf_next_term(record, strlen(record), &pos, t);
}

static bool slice_is(struct mxq_slice s, const char *want)
{
    return s.n == strlen(want) && memcmp(s.p, want, s.n) == 0;
}

static void test_record_version(void **state)
{
    (void)state;
    assert_true(mxq_spf_is_record("v=spf1", 6));
    assert_true(mxq_spf_is_record("V=SpF1 -all", 11));
    assert_false(mxq_spf_is_record("v=spf10", 7));
    assert_false(mxq_spf_is_record("v=spf1-all", 10));
    assert_false(mxq_spf_is_record(" v=spf1", 7));
    assert_false(mxq_spf_is_record("v=spf", 5));
}

static void test_record_terms(void **state)
{
    (void)state;
    struct mxq_spf_term t;

    assert_int_equal(first_term("v=spf1 -a:foo.example.com/24//64", &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_A);
    assert_int_equal(t.qualifier, '-');
    assert_true(slice_is(t.domain_spec, "foo.example.com"));
    assert_int_equal(t.cidr4, 24);
    assert_int_equal(t.cidr6, 64);

    /* ':' and '/' are macro-literals inside a domain-spec */
    assert_int_equal(first_term("v=spf1 mx:foo:bar/baz.example.com//0", &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_MX);
    assert_true(slice_is(t.domain_spec, "foo:bar/baz.example.com"));
    assert_int_equal(t.cidr4, 32);
    assert_int_equal(t.cidr6, 0);

    assert_int_equal(first_term("v=spf1 ip6:2001:db8::1.2.3.4/96", &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_IP6);
    const uint8_t want6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                               0, 0, 0, 0, 1, 2, 3, 4};
    assert_memory_equal(t.ip, want6, 16);
    assert_int_equal(t.cidr6, 96);

    assert_int_equal(first_term("v=spf1 ?ip4:192.0.2.0/24", &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_IP4);
    assert_int_equal(t.qualifier, '?');
    assert_int_equal(t.ip[0], 192);
    assert_int_equal(t.ip[3], 0);
    assert_int_equal(t.cidr4, 24);

    /* a mechanism name before '=' makes an unknown modifier */
    assert_int_equal(first_term("v=spf1 all=x", &t), MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_UNKNOWN_MODIFIER);
    assert_true(slice_is(t.name, "all"));
    assert_true(slice_is(t.value, "x"));
    assert_int_equal(first_term("v=spf1 Redirect=%{d}.x", &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_REDIRECT);
    assert_true(slice_is(t.domain_spec, "%{d}.x"));

    /* the spaces: leading, repeated, trailing */
    const char *rec = "v=spf1  a   ptr:%{d} ";
    size_t pos = 0;
    assert_int_equal(mxq_spf_next_term(rec, strlen(rec), &pos, &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_A);
    assert_int_equal(t.domain_spec.n, 0);
    assert_int_equal(mxq_spf_next_term(rec, strlen(rec), &pos, &t),
                     MXQ_SPF_PARSE_TERM);
    assert_int_equal(t.kind, MXQ_SPF_TERM_PTR);
    assert_true(slice_is(t.domain_spec, "%{d}"));
    assert_int_equal(mxq_spf_next_term(rec, strlen(rec), &pos, &t),
                     MXQ_SPF_PARSE_END);
}

static void test_record_syntax_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "v=spf1 foo",              /* unknown mechanism */
        "v=spf1 a:museum",         /* no toplabel */
        "v=spf1 a:abc.123",        /* numeric toplabel */
        "v=spf1 a:example.-com",
        "v=spf1 a/33",             /* CIDR out of range */
        "v=spf1 a//129",
        "v=spf1 ip4:1.2.3.4/032",  /* leading zero */
        "v=spf1 ip4:1.2.3.4//32",
        "v=spf1 ip6::CAFE::BABE",
        "v=spf1 include:x.com/24",
        "v=spf1 exists:%{r}.example.com",  /* r only in explanations */
        "v=spf1 exists:%{d0}.example.com", /* DIGIT zero */
        "v=spf1 exists:foo%.example.com",  /* lone '%' */
        "v=spf1 1up=foo",
        "v=spf1 =all",
        "v=spf1 exp=",
        "v=spf1 -all\t",
        "v=spf1 a:b\x80.com",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct mxq_spf_term t;
        if (first_term(bad[i], &t) != MXQ_SPF_PARSE_SYNTAX)
            fail_msg("accepted: %s", bad[i]);
    }
}

struct pieces {
    char text[512];
    size_t len;
};

static bool collect_piece(void *ctx, const struct mxq_spf_macro *m)
{
    struct pieces *p = ctx;
    int n;
    if (m->expand)
        n = snprintf(p->text + p->len, sizeof p->text - p->len,
                     "[%c%s%u%s:%.*s]", m->letter, m->url_escape ? "^" : "",
                     m->keep, m->reverse ? "r" : "", (int)m->delimiters.n,
                     m->delimiters.p ? m->delimiters.p : "");
    else
        n = snprintf(p->text + p->len, sizeof p->text - p->len, "<%.*s>",
                     (int)m->literal.n, m->literal.p);
    assert_true(n > 0 && (size_t)n < sizeof p->text - p->len);
    p->len += (size_t)n;
    return true;
}

static void test_macro_scan(void **state)
{
    (void)state;
    struct pieces p = {0};
    const char *s = "x%{L2r-+}y%%%_%-%{ir}.z";
    assert_int_equal(mxq_spf_macro_scan(s, strlen(s), false, collect_piece, &p),
                     MXQ_SPF_MACRO_OK);
    assert_string_equal(p.text, "<x>[l^2r:-+]<y><%>< ><%20>[i0r:]<.z>");

    memset(&p, 0, sizeof p);
    s = "from %{c} at %{t}";
    assert_int_equal(mxq_spf_macro_scan(s, strlen(s), true, collect_piece, &p),
                     MXQ_SPF_MACRO_OK);
    assert_string_equal(p.text, "<from >[c0:]< at >[t0:]");
    assert_int_equal(mxq_spf_macro_scan(s, strlen(s), false, collect_piece, &p),
                     MXQ_SPF_MACRO_SYNTAX);

    static const char *const bad[] = {"%", "%{", "%{x}", "%{d", "%a",
                                      "%{d0}", "a\x7f"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&p, 0, sizeof p);
        if (mxq_spf_macro_scan(bad[i], strlen(bad[i]), true, collect_piece,
                               &p) != MXQ_SPF_MACRO_SYNTAX)
            fail_msg("accepted macro-string %s", bad[i]);
    }
}

/* ----------------------------------------------- evaluator, own cases */

static void test_macro_expansion_rfc_examples(void **state)
{
    (void)state;
    /* RFC 7208 §7.4's examples, through exists: and exp= */
    const char *zone =
        "{\"email.example.com\": [{\"TXT\": \"v=spf1 "
        "exists:%{l1r+}.%{d} exists:%{ir}.%{v}._spf.%{d2} -all "
        "exp=%{d1}.exp.example.com\"}],"
        " \"com.exp.example.com\": [{\"TXT\": "
        "\"%{s} %{o} %{d} %{d4} %{d3} %{d2} %{d1} %{dr} %{d2r} %{l} %{l-} "
        "%{lr} %{lr-} %{l1r-} %{i} %{v} %{h}\"}]}";
    struct check c = check_json(zone, "192.0.2.3", "mx.example.org",
                                "strong-bad@email.example.com");
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_non_null(c.explanation);
    assert_string_equal(c.explanation,
                        "strong-bad@email.example.com email.example.com "
                        "email.example.com email.example.com "
                        "email.example.com example.com com "
                        "com.example.email example.email strong-bad "
                        "strong.bad strong-bad bad.strong strong "
                        "192.0.2.3 in-addr mx.example.org");
    free(c.explanation);

    /* IPv6: %{i} in dot format, %{c} in RFC 5952 form */
    zone = "{\"x.example\": [{\"TXT\": \"v=spf1 -all exp=e.x.example\"}],"
           " \"e.x.example\": [{\"TXT\": \"%{c} %{ir} %{v} %{t} %{r}\"}]}";
    c = check_json(zone, "2001:db8::cb01", "h.example", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_string_equal(c.explanation,
                        "2001:db8::cb01 1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0."
                        "0.0.0.0.0.0.8.B.D.0.1.0.0.2 ip6 1700000000 "
                        "receiver.example.org");
    free(c.explanation);
}

/* A record of n copies of a term, then "-all"; counted queries. */
static struct check repeated_terms(const char *term, unsigned n)
{
    char zone[4096];
    int len = snprintf(zone, sizeof zone,
                       "{\"x.example\": [{\"TXT\": \"v=spf1");
    for (unsigned i = 0; i < n; i++)
        len += snprintf(zone + len, sizeof zone - (size_t)len, " %s", term);
    snprintf(zone + len, sizeof zone - (size_t)len,
             " -all\"}, {\"A\": \"192.0.2.9\"}, "
             "{\"MX\": [1, \"x.example\"]}]}");
    return check_json(zone, "192.0.2.1", "h.example", "a@x.example");
}

static void test_dns_term_limit(void **state)
{
    (void)state;
    /* 10 DNS terms are evaluated, the 11th is permerror (§4.6.4) */
    struct check c = repeated_terms("a", MXQ_SPF_MAX_DNS_TERMS);
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_int_equal(c.queries, 1 + MXQ_SPF_MAX_DNS_TERMS);
    c = repeated_terms("a", MXQ_SPF_MAX_DNS_TERMS + 1);
    assert_int_equal(c.result, MXQ_SPF_PERMERROR);
    assert_int_equal(c.queries, 1 + MXQ_SPF_MAX_DNS_TERMS);
    /* mx costs two queries but one term */
    c = repeated_terms("mx", MXQ_SPF_MAX_DNS_TERMS);
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_int_equal(c.queries, 1 + 2 * MXQ_SPF_MAX_DNS_TERMS);
    /* ip4 and all cost nothing */
    c = repeated_terms("ip4:10.0.0.1", 50);
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_int_equal(c.queries, 1);
}

static void test_void_lookup_limit(void **state)
{
    (void)state;
    struct check c = repeated_terms("a:nx.example",
                                    MXQ_SPF_MAX_VOID_LOOKUPS);
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    c = repeated_terms("a:nx.example", MXQ_SPF_MAX_VOID_LOOKUPS + 1);
    assert_int_equal(c.result, MXQ_SPF_PERMERROR);
    c = repeated_terms("exists:nx.example", MXQ_SPF_MAX_VOID_LOOKUPS + 1);
    assert_int_equal(c.result, MXQ_SPF_PERMERROR);
}

static void test_mx_and_ptr_limits(void **state)
{
    (void)state;
    char zone[4096];
    int len = snprintf(zone, sizeof zone,
                       "{\"x.example\": [{\"TXT\": \"v=spf1 mx ptr -all\"}");
    for (unsigned i = 0; i < MXQ_SPF_MAX_MX_NAMES; i++)
        len += snprintf(zone + len, sizeof zone - (size_t)len,
                        ", {\"MX\": [%u, \"m%u.x.example\"]}", i, i);
    len += snprintf(zone + len, sizeof zone - (size_t)len,
                    "], \"1.2.0.192.in-addr.arpa\": [");
    for (unsigned i = 0; i <= MXQ_SPF_MAX_PTR_NAMES; i++)
        len += snprintf(zone + len, sizeof zone - (size_t)len,
                        "%s{\"PTR\": \"p%u.x.example\"}", i ? ", " : "", i);
    /* only the 11th PTR name would validate */
    snprintf(zone + len, sizeof zone - (size_t)len,
             "], \"p%u.x.example\": [{\"A\": \"192.0.2.1\"}]}",
             MXQ_SPF_MAX_PTR_NAMES);

    struct check c = check_json(zone, "192.0.2.1", "h.example", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    /* TXT, MX, 10 MX addresses, PTR, 10 PTR addresses */
    assert_int_equal(c.queries, 1 + 1 + MXQ_SPF_MAX_MX_NAMES + 1 +
                                    MXQ_SPF_MAX_PTR_NAMES);

    /* one more MX name is permerror */
    char *more = strstr(zone, "{\"MX\": [0,");
    assert_non_null(more);
    char zone11[4096];
    snprintf(zone11, sizeof zone11, "%.*s{\"MX\": [99, \"extra.x.example\"]}, %s",
             (int)(more - zone), zone, more);
    c = check_json(zone11, "192.0.2.1", "h.example", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_PERMERROR);
}

static void test_identities_and_domains(void **state)
{
    (void)state;
    const char *zone =
        "{\"helo.example\": [{\"TXT\": \"v=spf1 -all exp=e.helo.example\"}],"
        " \"e.helo.example\": [{\"TXT\": \"%{s}\"}],"
        " \"x.example\": [{\"TXT\": \"v=spf1 ip6:2001:db8::/32 ip4:192.0.2.0/24"
        " -all\"}]}";
    /* <>: the HELO identity, postmaster@helo */
    struct check c = check_json(zone, "192.0.2.1", "helo.example", "");
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    assert_string_equal(c.explanation, "postmaster@helo.example");
    free(c.explanation);
    /* IPv4-mapped IPv6 is IPv4 */
    c = check_json(zone, "::ffff:192.0.2.7", "h", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_PASS);
    c = check_json(zone, "2001:db8:1::1", "h", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_PASS);
    c = check_json(zone, "2001:db9::1", "h", "a@x.example");
    assert_int_equal(c.result, MXQ_SPF_FAIL);
    /* malformed domains are none, without a lookup */
    c = check_json(zone, "192.0.2.1", "h", "a@[192.0.2.1]");
    assert_int_equal(c.result, MXQ_SPF_NONE);
    assert_int_equal(c.queries, 0);
    c = check_json(zone, "192.0.2.1", "h", "a@example");
    assert_int_equal(c.result, MXQ_SPF_NONE);
    c = check_json(zone, "192.0.2.1", "192.0.2.1", "");
    assert_int_equal(c.result, MXQ_SPF_NONE);
}

static void test_answers_out_of_turn(void **state)
{
    (void)state;
    uint8_t ip[16] = {192, 0, 2, 1};
    struct mxq_spf *e = mxq_spf_new(ip, false, "a@x.example", "h", NULL, 0);
    assert_non_null(e);
    /* ignored: nothing was asked yet */
    mxq_spf_answer(e, MXQ_DNS_TIMEOUT, NULL, 0);
    const char *name;
    enum mxq_dns_type type;
    assert_int_equal(mxq_spf_run(e, &name, &type), MXQ_SPF_NEED_DNS);
    assert_string_equal(name, "x.example");
    assert_int_equal(type, MXQ_DNS_TXT);
    /* asking again asks the same */
    assert_int_equal(mxq_spf_run(e, &name, &type), MXQ_SPF_NEED_DNS);
    assert_string_equal(name, "x.example");
    assert_int_equal(mxq_spf_result(e, NULL, NULL), MXQ_SPF_NONE);
    /* OK without records is NODATA: none */
    mxq_spf_answer(e, MXQ_DNS_OK, NULL, 0);
    assert_int_equal(mxq_spf_run(e, &name, &type), MXQ_SPF_DONE);
    assert_int_equal(mxq_spf_result(e, NULL, NULL), MXQ_SPF_NONE);
    mxq_spf_free(e);

    e = mxq_spf_new(ip, false, "a@x.example", "h", NULL, 0);
    assert_non_null(e);
    assert_int_equal(mxq_spf_run(e, &name, &type), MXQ_SPF_NEED_DNS);
    mxq_spf_answer(e, MXQ_DNS_SERVFAIL, NULL, 0);
    assert_int_equal(mxq_spf_run(e, &name, &type), MXQ_SPF_DONE);
    assert_int_equal(mxq_spf_result(e, NULL, NULL), MXQ_SPF_TEMPERROR);
    mxq_spf_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_version),
        cmocka_unit_test(test_record_terms),
        cmocka_unit_test(test_record_syntax_errors),
        cmocka_unit_test(test_macro_scan),
        cmocka_unit_test(test_macro_expansion_rfc_examples),
        cmocka_unit_test(test_dns_term_limit),
        cmocka_unit_test(test_void_lookup_limit),
        cmocka_unit_test(test_mx_and_ptr_limits),
        cmocka_unit_test(test_identities_and_domains),
        cmocka_unit_test(test_answers_out_of_turn),
        cmocka_unit_test(test_rfc7208_suite),
        cmocka_unit_test(test_rfc4408_suite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
