/*
 * The structured MIME field machines: Content-Type / Content-Disposition
 * with RFC 2231 parameters and Content-Transfer-Encoding
 * (grammar/mime_content_type.rl), date-time (grammar/mime_date.rl) and
 * Received (grammar/mime_received.rl), against mail-parser's field
 * vectors (conformance/mail-parser/{content_type,date,received}.json) and
 * cases of their own for the limits and the refusals.
 *
 * Every value a vector gives is checked: type, subtype and every
 * parameter (name, decoded value, language); every date field; every
 * Received clause, both ways (what mail-parser found must be found and
 * what it did not must not be). A vector may be skipped only with its
 * reason in the tables below; the skip count is printed with each suite.
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

#include "civil_time.h"
#include "mime_content_type.h"
#include "mime_date.h"
#include "mime_received.h"

#ifndef MXQ_CONFORMANCE_DIR
#error "MXQ_CONFORMANCE_DIR: the conformance vectors (tests/CMakeLists.txt)"
#endif

#define VALUE_MAX 1024
#define NAMES_MAX 32

/* A vector left out, and why. */
struct skip {
    size_t index;
    const char *reason;
};

/* RFC 2047 encoded-words inside parameter values: RFC 2047 §5 (3) says
 * they are not to be there, and what a MIME walker asks for (boundary,
 * charset, report-type) never holds one; we give the value as written. */
#define SKIP_ENCODED_WORD "RFC 2047 encoded-word in a parameter value"

static const struct skip content_type_skips[] = {
    {32, SKIP_ENCODED_WORD}, {33, SKIP_ENCODED_WORD},
    {34, SKIP_ENCODED_WORD}, {35, SKIP_ENCODED_WORD},
    {36, SKIP_ENCODED_WORD}, {37, SKIP_ENCODED_WORD},
    {101, SKIP_ENCODED_WORD},
    /* yajl's tree gives strings without their length, so the NUL in
     * key*0="f\0oo" cuts them; test_rfc2231_mixed runs this vector
     * verbatim */
    {59, "a NUL octet (yajl_tree cuts strings there; run by hand instead)"},
    /* "3**=b", "*5**6*=d", "15*x***fff*===g": names that are not an
     * attribute with an RFC 2231 suffix; mail-parser salvages them by
     * dropping stars, we pass such parameters over */
    {61, "malformed RFC 2231 names (passed over, not salvaged)"},
};

static const struct skip date_skips[] = {
    /* " 4 8 15 16 23 42, ..." has no ':' in its time and no zone: no
     * date-time in any RFC form; mail-parser takes any six numbers */
    {12, "six bare numbers read as a date by mail-parser"},
};

/* Where mail-parser's Received date is not the date written (its
 * Received walk reads dates its own way, not as its Date parser does). */
#define SKIP_ASCTIME "asctime() date: mail-parser's is none (month 13, second 211)"
#define SKIP_ZONE_NAME "zone name in a Received date: mail-parser takes PST as +0000"
#define SKIP_YEAR "two-digit year: mail-parser's Received reads 03 as 1903, RFC 5322 §4.3 as 2003"

static const struct skip received_skips[] = {
    {13, SKIP_ASCTIME}, {117, SKIP_ASCTIME}, {118, SKIP_ASCTIME},
    {151, SKIP_ASCTIME},
    {67, SKIP_ZONE_NAME}, {163, SKIP_ZONE_NAME},
    {89, SKIP_YEAR}, {90, SKIP_YEAR}, {128, SKIP_YEAR},
    {144, "07:53:55.516: mail-parser drops the seconds"},
    /* ";_ Tue, 21 Jul 2009 ...": an underscore before the date-time */
    {138, "junk before the date-time"},
};

static const char *skip_reason(const struct skip *skips, size_t count,
                               size_t index)
{
    for (size_t i = 0; i < count; i++)
        if (skips[i].index == index && skips[i].reason != NULL)
            return skips[i].reason;
    return NULL;
}

/* ------------------------------------------------------------ plumbing */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long len = ftell(f);
    assert_true(len >= 0);
    rewind(f);
    char *buf = malloc((size_t)len + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static yajl_val load_vectors(const char *file, char **text)
{
    char path[1024], err[256];
    snprintf(path, sizeof path, "%s/mail-parser/%s", MXQ_CONFORMANCE_DIR,
             file);
    *text = read_file(path);
    yajl_val doc = yajl_tree_parse(*text, err, sizeof err);
    if (doc == NULL)
        fail_msg("%s: %s", path, err);
    assert_true(YAJL_IS_ARRAY(doc));
    return doc;
}

static yajl_val member(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    if (obj == NULL || !YAJL_IS_OBJECT(obj))
        return NULL;
    return yajl_tree_get(obj, path, yajl_t_any);
}

static const char *member_string(yajl_val obj, const char *key)
{
    yajl_val v = member(obj, key);
    return v != NULL && YAJL_IS_STRING(v) ? YAJL_GET_STRING(v) : NULL;
}

static long long member_int(yajl_val obj, const char *key)
{
    yajl_val v = member(obj, key);
    assert_true(v != NULL && YAJL_IS_INTEGER(v));
    return YAJL_GET_INTEGER(v);
}

static bool slice_is(struct mxq_slice s, const char *want)
{
    return s.n == strlen(want) && (s.n == 0 || memcmp(s.p, want, s.n) == 0);
}

/* Types and subtypes are case-insensitive (RFC 2045 §5.1); mail-parser
 * gives them lowercase, the machine as written. */
static bool slice_is_ci(struct mxq_slice s, const char *want)
{
    return s.n == strlen(want) && (s.n == 0 || strncasecmp(s.p, want, s.n) == 0);
}

/* Why a vector failed, printed with its index. */
struct verdict {
    bool ok;
    char why[256];
};

static void reject(struct verdict *v, const char *fmt, ...)
{
    if (!v->ok)
        return;                   /* the first reason is the one shown */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->why, sizeof v->why, fmt, ap);
    va_end(ap);
    v->ok = false;
}

struct suite_count {
    const char *name;
    size_t total, passed, skipped;
    char reasons[512];
};

static void count_skip(struct suite_count *c, const char *reason)
{
    c->skipped++;
    if (strstr(c->reasons, reason) != NULL)
        return;
    size_t used = strlen(c->reasons);
    snprintf(c->reasons + used, sizeof c->reasons - used, "%s%s",
             used ? "; " : "", reason);
}

static void report(const struct suite_count *c)
{
    if (c->skipped)
        printf("%s: %zu/%zu passed (%zu skipped: %s)\n", c->name, c->passed,
               c->total, c->skipped, c->reasons);
    else
        printf("%s: %zu/%zu passed (0 skipped)\n", c->name, c->passed,
               c->total);
    fflush(stdout);
}

/* -------------------------------------------------------- content type */

static void lower_copy(char *out, size_t size, struct mxq_slice s)
{
    size_t n = s.n < size - 1 ? s.n : size - 1;
    for (size_t i = 0; i < n; i++) {
        char c = s.p[i];
        out[i] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
    }
    out[n] = '\0';
}

/* The distinct parameter names of a field, lowercase. */
static size_t param_names(const char *p, const struct mxq_content_type *ct,
                          char names[NAMES_MAX][64])
{
    struct mxq_mime_param prm;
    size_t pos = ct->params, count = 0;

    while (mxq_mime_param_next(p, ct->end, &pos, &prm)) {
        char name[64];
        lower_copy(name, sizeof name, prm.name);
        bool seen = false;
        for (size_t i = 0; i < count; i++)
            seen = seen || strcmp(names[i], name) == 0;
        if (!seen) {
            assert_true(count < NAMES_MAX);
            strcpy(names[count++], name);
        }
    }
    return count;
}

/* The i-th octet string of a [name, value] pair. */
static const char *pair_string(yajl_val pair, size_t i)
{
    assert_true(YAJL_IS_ARRAY(pair) && pair->u.array.len == 2);
    yajl_val v = pair->u.array.values[i];
    assert_true(YAJL_IS_STRING(v));
    const char *s = YAJL_GET_STRING(v);
    assert_non_null(s);
    return s;
}

/* A "-language" entry belongs to the parameter before the suffix. */
static const char *language_of(yajl_val attrs, const char *name)
{
    char want[80];
    snprintf(want, sizeof want, "%s-language", name);
    for (size_t i = 0; i < attrs->u.array.len; i++) {
        yajl_val pair = attrs->u.array.values[i];
        if (strcmp(pair_string(pair, 0), want) == 0)
            return pair_string(pair, 1);
    }
    return NULL;
}

static bool is_language_entry(yajl_val attrs, const char *name)
{
    size_t n = strlen(name), suffix = strlen("-language");
    if (n <= suffix || strcmp(name + n - suffix, "-language") != 0)
        return false;
    char base[64];
    snprintf(base, sizeof base, "%.*s", (int)(n - suffix), name);
    for (size_t i = 0; i < attrs->u.array.len; i++) {
        yajl_val pair = attrs->u.array.values[i];
        if (strcmp(pair_string(pair, 0), base) == 0)
            return true;
    }
    return false;
}

static void check_attribute(const char *p, const struct mxq_content_type *ct,
                            yajl_val attrs, const char *name,
                            const char *want, struct verdict *v)
{
    char buf[VALUE_MAX];
    struct mxq_mime_param_value got;
    enum mxq_mime_param_status st =
        mxq_mime_param_get(p, ct->end, ct->params, name,
                           MXQ_MIME_PARAM_TO_UTF8, buf, sizeof buf, &got);
    if (st != MXQ_MIME_PARAM_FOUND) {
        reject(v, "parameter %s: status %d", name, (int)st);
        return;
    }
    if (got.len != strlen(want) || memcmp(buf, want, got.len) != 0)
        reject(v, "parameter %s: \"%.*s\", wanted \"%s\"", name,
               (int)got.len, buf, want);
    const char *lang = language_of(attrs, name);
    if (lang != NULL ? !slice_is(got.language, lang) : got.language.n > 0)
        reject(v, "parameter %s: language \"%.*s\", wanted \"%s\"", name,
               (int)got.language.n, got.language.p, lang ? lang : "");
}

static void check_content_type(const char *header, yajl_val want,
                               struct verdict *v)
{
    struct mxq_content_type ct;
    size_t n = strlen(header);
    bool parsed = mxq_content_type_parse(header, n, &ct);

    if (want == NULL || YAJL_IS_NULL(want)) {
        if (parsed)
            reject(v, "parsed, wanted a refusal");
        return;
    }
    if (!parsed) {
        reject(v, "refused");
        return;
    }
    const char *type = member_string(want, "c_type");
    const char *subtype = member_string(want, "c_subtype");
    if (!slice_is_ci(ct.type, type))
        reject(v, "type \"%.*s\", wanted \"%s\"", (int)ct.type.n, ct.type.p,
               type);
    if (subtype != NULL ? !slice_is_ci(ct.subtype, subtype)
                        : ct.subtype.n > 0)
        reject(v, "subtype \"%.*s\", wanted \"%s\"", (int)ct.subtype.n,
               ct.subtype.p, subtype ? subtype : "(none)");

    char names[NAMES_MAX][64];
    size_t have = param_names(header, &ct, names), wanted = 0;
    yajl_val attrs = member(want, "attributes");
    if (attrs != NULL && YAJL_IS_ARRAY(attrs)) {
        for (size_t i = 0; i < attrs->u.array.len; i++) {
            yajl_val pair = attrs->u.array.values[i];
            const char *name = pair_string(pair, 0);
            if (is_language_entry(attrs, name))
                continue;
            wanted++;
            check_attribute(header, &ct, attrs, name,
                            pair_string(pair, 1), v);
        }
    }
    if (have != wanted)
        reject(v, "%zu parameters, wanted %zu", have, wanted);
}

static void test_content_type_vectors(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_vectors("content_type.json", &text);
    struct suite_count c = {.name = "content_type"};

    for (size_t i = 0; i < doc->u.array.len; i++) {
        yajl_val t = doc->u.array.values[i];
        const char *header = member_string(t, "header");
        const char *reason = skip_reason(
            content_type_skips,
            sizeof content_type_skips / sizeof content_type_skips[0], i);
        c.total++;
        assert_non_null(header);
        if (reason != NULL) {
            count_skip(&c, reason);
            continue;
        }
        struct verdict v = {.ok = true};
        check_content_type(header, member(t, "expected"), &v);
        if (v.ok)
            c.passed++;
        else
            printf("  content_type %zu: %s\n", i, v.why);
    }
    report(&c);
    yajl_tree_free(doc);
    free(text);
    assert_int_equal(c.passed + c.skipped, c.total);
}

/* ---------------------------------------------------------------- date */

/* The date's Unix time, read back as calendar fields in its own zone. */
static void check_unix_time(const struct mxq_date *d, struct verdict *v)
{
    int64_t t;
    if (!mxq_date_unix(d, &t)) {
        reject(v, "no Unix time");
        return;
    }
    int64_t zone = (int64_t)d->zone_hours * 3600 + d->zone_minutes * 60;
    struct mxq_civil_time c;
    mxq_civil_time(d->zone_west ? t - zone : t + zone, &c);
    if (c.year != d->year || c.month != d->month || c.day != d->day ||
        c.hour != d->hour || c.minute != d->minute ||
        c.second != d->second)
        reject(v, "Unix time %lld reads back as %04d-%02d-%02d %02d:%02d:%02d",
               (long long)t, c.year, c.month, c.day, c.hour, c.minute,
               c.second);
}

/* mail-parser's received dates give no sign to a zero offset the same
 * way (GMT comes "before GMT"): compare signs only when the offset is
 * not zero. */
static void check_date(const struct mxq_date *d, yajl_val want,
                       bool strict_sign, struct verdict *v)
{
    int got[6] = {d->year, d->month, d->day, d->hour, d->minute, d->second};
    static const char *const keys[6] = {"year", "month", "day",
                                        "hour", "minute", "second"};
    for (int i = 0; i < 6; i++)
        if (got[i] != member_int(want, keys[i]))
            reject(v, "%s %d, wanted %lld", keys[i], got[i],
                   member_int(want, keys[i]));
    long long hours = member_int(want, "tz_hour");
    long long minutes = member_int(want, "tz_minute");
    yajl_val west = member(want, "tz_before_gmt");
    bool want_west = west != NULL && YAJL_IS_TRUE(west);
    if (d->zone_hours != hours || d->zone_minutes != minutes)
        reject(v, "zone %02d%02d, wanted %02lld%02lld", d->zone_hours,
               d->zone_minutes, hours, minutes);
    if ((strict_sign || hours || minutes) && d->zone_west != want_west)
        reject(v, "zone sign %c, wanted %c", d->zone_west ? '-' : '+',
               want_west ? '-' : '+');
    check_unix_time(d, v);
}

static void test_date_vectors(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_vectors("date.json", &text);
    struct suite_count c = {.name = "date"};

    for (size_t i = 0; i < doc->u.array.len; i++) {
        yajl_val t = doc->u.array.values[i];
        const char *header = member_string(t, "header");
        yajl_val want = member(t, "expected");
        const char *reason = skip_reason(
            date_skips, sizeof date_skips / sizeof date_skips[0], i);
        c.total++;
        if (reason != NULL) {
            count_skip(&c, reason);
            continue;
        }
        struct verdict v = {.ok = true};
        struct mxq_date d;
        bool parsed = mxq_date_parse(header, strlen(header), &d);
        if (want == NULL || YAJL_IS_NULL(want)) {
            if (parsed)
                reject(&v, "parsed, wanted a refusal");
        } else if (!parsed) {
            reject(&v, "refused");
        } else {
            check_date(&d, want, true, &v);
        }
        if (v.ok)
            c.passed++;
        else
            printf("  date %zu: %s\n", i, v.why);
    }
    report(&c);
    yajl_tree_free(doc);
    free(text);
    assert_int_equal(c.passed + c.skipped, c.total);
}

/* ------------------------------------------------------------ received */

/* Addresses compare as addresses: mail-parser writes them canonically. */
static bool same_address(struct mxq_slice got, const char *want)
{
    char a[64];
    unsigned char x[16], y[16];
    if (got.n >= sizeof a)
        return false;
    memcpy(a, got.p, got.n);
    a[got.n] = '\0';
    if (inet_pton(AF_INET, a, x) == 1 && inet_pton(AF_INET, want, y) == 1)
        return memcmp(x, y, 4) == 0;
    if (inet_pton(AF_INET6, a, x) == 1 && inet_pton(AF_INET6, want, y) == 1)
        return memcmp(x, y, 16) == 0;
    return false;
}

static void check_text(struct verdict *v, const char *clause,
                       struct mxq_slice got, const char *want)
{
    if (want == NULL ? got.n > 0 : !slice_is(got, want))
        reject(v, "%s \"%.*s\", wanted \"%s\"", clause, (int)got.n, got.p,
               want ? want : "(none)");
}

static void check_address(struct verdict *v, const char *clause,
                          struct mxq_slice got, const char *want)
{
    if (want == NULL ? got.n > 0 : !same_address(got, want))
        reject(v, "%s \"%.*s\", wanted \"%s\"", clause, (int)got.n, got.p,
               want ? want : "(none)");
}

/* {"Name": x} or {"IpAddr": x} */
static void check_host(struct verdict *v, const char *clause, yajl_val want,
                       struct mxq_slice got, bool got_ip)
{
    const char *name = member_string(want, "Name");
    const char *ip = member_string(want, "IpAddr");
    if (ip != NULL) {
        if (!got_ip)
            reject(v, "%s \"%.*s\" is no address", clause, (int)got.n,
                   got.p);
        check_address(v, clause, got, ip);
        return;
    }
    if (name != NULL && got_ip)
        reject(v, "%s is an address, wanted name \"%s\"", clause, name);
    check_text(v, clause, got, name);
}

static const char *greeting_name(enum mxq_received_greeting g)
{
    switch (g) {
    case MXQ_RECEIVED_HELO: return "Helo";
    case MXQ_RECEIVED_EHLO: return "Ehlo";
    case MXQ_RECEIVED_LHLO: return "Lhlo";
    default: return NULL;
    }
}

static void check_named(struct verdict *v, const char *clause,
                        const char *got, const char *want)
{
    if (got != NULL && *got == '\0')
        got = NULL;
    if ((got == NULL) != (want == NULL) ||
        (got != NULL && strcmp(got, want) != 0))
        reject(v, "%s %s, wanted %s", clause, got ? got : "(none)",
               want ? want : "(none)");
}

static void check_received(const char *header, yajl_val want,
                           struct verdict *v)
{
    struct mxq_received r;
    if (!mxq_received_parse(header, strlen(header), &r)) {
        reject(v, "nothing found");
        return;
    }
    check_host(v, "from", member(want, "from"), r.from, r.from_is_ip);
    check_host(v, "by", member(want, "by"), r.by, r.by_is_ip);
    check_host(v, "helo", member(want, "helo"), r.helo, r.helo_is_ip);
    check_address(v, "from_ip", r.from_ip, member_string(want, "from_ip"));
    check_text(v, "from_iprev", r.from_iprev,
               member_string(want, "from_iprev"));
    check_text(v, "ident", r.ident, member_string(want, "ident"));
    check_text(v, "via", r.via, member_string(want, "via"));
    check_text(v, "id", r.id, member_string(want, "id"));
    check_text(v, "for", r.for_, member_string(want, "for_"));
    check_text(v, "tls_cipher", r.tls_cipher,
               member_string(want, "tls_cipher"));
    check_named(v, "with", mxq_received_protocol_name(r.protocol),
                member_string(want, "with"));
    check_named(v, "tls_version", mxq_received_tls_name(r.tls_version),
                member_string(want, "tls_version"));
    check_named(v, "helo_cmd", greeting_name(r.helo_cmd),
                member_string(want, "helo_cmd"));
    yajl_val date = member(want, "date");
    if (date == NULL || YAJL_IS_NULL(date)) {
        if (r.has_date)
            reject(v, "a date, wanted none");
    } else if (!r.has_date) {
        reject(v, "no date");
    } else {
        check_date(&r.date, date, false, v);
    }
}

static void test_received_vectors(void **state)
{
    (void)state;
    char *text;
    yajl_val doc = load_vectors("received.json", &text);
    struct suite_count c = {.name = "received"};

    for (size_t i = 0; i < doc->u.array.len; i++) {
        yajl_val t = doc->u.array.values[i];
        const char *header = member_string(t, "header");
        const char *reason = skip_reason(
            received_skips, sizeof received_skips / sizeof received_skips[0],
            i);
        c.total++;
        if (reason != NULL) {
            count_skip(&c, reason);
            continue;
        }
        struct verdict v = {.ok = true};
        check_received(header, member(t, "expected"), &v);
        if (v.ok)
            c.passed++;
        else
            printf("  received %zu: %s\n", i, v.why);
    }
    report(&c);
    yajl_tree_free(doc);
    free(text);
    assert_int_equal(c.passed + c.skipped, c.total);
}

/* ------------------------------------------------- cases of their own */

static enum mxq_mime_param_status get_param(const char *field, size_t n,
                                            const char *name, unsigned flags,
                                            char *buf, size_t size,
                                            struct mxq_mime_param_value *v)
{
    struct mxq_content_type ct;
    assert_true(mxq_content_type_parse(field, n, &ct));
    return mxq_mime_param_get(field, ct.end, ct.params, name, flags, buf,
                              size, v);
}

/* Vector 59 of content_type.json, with its NUL. */
static void test_rfc2231_mixed(void **state)
{
    (void)state;
    static const char field[] =
        "test/encoded; key4*=us-ascii''foo; key*9999=ba%; key2*0=a; "
        "key3*0*=us-ascii'en'xyz; key*0=\"f\0oo\"; key2*1*=b%25; "
        "key3*1=plop%; key*1=baz; *=test; =test2;\n";
    static const struct { const char *name, *value, *language; size_t n; }
    want[] = {
        {"key4", "foo", "", 3}, {"key2", "ab%", "", 3},
        {"key3", "xyzplop%", "en", 8}, {"key", "f\0oobazba%", "", 10},
    };
    char buf[64];
    struct mxq_mime_param_value v;
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_int_equal(get_param(field, sizeof field - 1, want[i].name,
                                   MXQ_MIME_PARAM_TO_UTF8, buf, sizeof buf,
                                   &v),
                         MXQ_MIME_PARAM_FOUND);
        assert_int_equal(v.len, want[i].n);
        assert_memory_equal(buf, want[i].value, v.len);
        assert_true(slice_is(v.language, want[i].language));
    }
    struct mxq_content_type ct;
    char names[NAMES_MAX][64];
    assert_true(mxq_content_type_parse(field, sizeof field - 1, &ct));
    assert_int_equal(param_names(field, &ct, names), 4);
}

static void test_comment_depth_limit(void **state)
{
    (void)state;
    char field[256];
    struct mxq_content_type ct;
    int d = MXQ_MIME_COMMENT_DEPTH_MAX;

    snprintf(field, sizeof field, "%.*s%.*s text/plain\r\n", d,
             "((((((((((((((((((((((((((((((((", d,
             "))))))))))))))))))))))))))))))))");
    assert_true(mxq_content_type_parse(field, strlen(field), &ct));
    assert_true(slice_is(ct.type, "text"));
    snprintf(field, sizeof field, "%.*s%.*s text/plain\r\n", d + 1,
             "((((((((((((((((((((((((((((((((", d + 1,
             "))))))))))))))))))))))))))))))))");
    assert_false(mxq_content_type_parse(field, strlen(field), &ct));

    /* too deep inside the parameters: the list ends there */
    snprintf(field, sizeof field, "text/plain; a=b %.*s; c=d\r\n", d + 1,
             "((((((((((((((((((((((((((((((((");
    char buf[8];
    struct mxq_mime_param_value v;
    assert_int_equal(get_param(field, strlen(field), "a", 0, buf, sizeof buf,
                               &v), MXQ_MIME_PARAM_FOUND);
    assert_int_equal(get_param(field, strlen(field), "c", 0, buf, sizeof buf,
                               &v), MXQ_MIME_PARAM_ABSENT);

    struct mxq_date date;
    snprintf(field, sizeof field, "Tue, 1 Jul 2003 %.*s%.*s 10:52:37 +0200",
             d + 1, "((((((((((((((((((((((((((((((((", d + 1,
             "))))))))))))))))))))))))))))))))");
    assert_false(mxq_date_parse(field, strlen(field), &date));
}

static void test_param_buffer_and_sections(void **state)
{
    (void)state;
    static const char field[] =
        "multipart/mixed; boundary=\"0123456789abcdef\"\r\n";
    char buf[64];
    size_t len;

    assert_int_equal(mxq_content_type_param(field, sizeof field - 1,
                                            "BOUNDARY", buf, 8, &len),
                     MXQ_MIME_PARAM_TOO_LONG);
    assert_int_equal(len, 8);
    assert_memory_equal(buf, "01234567", 8);
    assert_int_equal(mxq_content_type_param(field, sizeof field - 1,
                                            "boundary", buf, sizeof buf,
                                            &len), MXQ_MIME_PARAM_FOUND);
    assert_int_equal(len, 16);
    assert_int_equal(mxq_content_type_param(field, sizeof field - 1,
                                            "charset", buf, sizeof buf,
                                            &len), MXQ_MIME_PARAM_ABSENT);
    assert_int_equal(mxq_content_type_param("; a=b\r\n", 7, "a", buf,
                                            sizeof buf, &len),
                     MXQ_MIME_PARAM_SYNTAX);

    /* more sections than are joined; a section number too long */
    char many[1024] = "text/plain";
    for (int i = 0; i < MXQ_MIME_PARAM_SECTIONS_MAX + 6; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many),
                 "; t*%d=x", i);
    strcat(many, "; u*1234567890=y\r\n");
    struct mxq_mime_param_value v;
    assert_int_equal(get_param(many, strlen(many), "t", 0, buf, sizeof buf,
                               &v), MXQ_MIME_PARAM_FOUND);
    assert_int_equal(v.len, MXQ_MIME_PARAM_SECTIONS_MAX);
    assert_int_equal(get_param(many, strlen(many), "u", 0, buf, sizeof buf,
                               &v), MXQ_MIME_PARAM_ABSENT);

    /* ISO-8859-1 to UTF-8 cut at a character when the buffer is short */
    static const char latin[] = "a/b; n*=iso-8859-1''%E9%E9\r\n";
    assert_int_equal(get_param(latin, sizeof latin - 1, "n",
                               MXQ_MIME_PARAM_TO_UTF8, buf, 3, &v),
                     MXQ_MIME_PARAM_TOO_LONG);
    assert_int_equal(v.len, 2);
    assert_memory_equal(buf, "\xc3\xa9", 2);
    /* a charset we do not convert is left as its octets */
    static const char koi[] = "a/b; n*=koi8-r''%E9\r\n";
    assert_int_equal(get_param(koi, sizeof koi - 1, "n",
                               MXQ_MIME_PARAM_TO_UTF8, buf, sizeof buf, &v),
                     MXQ_MIME_PARAM_FOUND);
    assert_false(v.utf8);
    assert_int_equal(v.len, 1);
    assert_true(slice_is(v.charset, "koi8-r"));
    /* "name*" wins over the sections and "name=" */
    static const char both[] =
        "attachment; filename=\"a.pdf\"; filename*=utf-8''b.pdf\r\n";
    assert_int_equal(get_param(both, sizeof both - 1, "filename", 0, buf,
                               sizeof buf, &v), MXQ_MIME_PARAM_FOUND);
    assert_int_equal(v.len, 5);
    assert_memory_equal(buf, "b.pdf", 5);
}

static void test_field_extent(void **state)
{
    (void)state;
    assert_int_equal(mxq_mime_field_extent("a\r\n b\r\n", 7), 5);
    assert_int_equal(mxq_mime_field_extent("a\r\nX: y\r\n", 9), 1);
    assert_int_equal(mxq_mime_field_extent("a\n", 2), 1);
    assert_int_equal(mxq_mime_field_extent("a b", 3), 3);
    assert_int_equal(mxq_mime_field_extent("", 0), 0);
}

static void test_transfer_encoding(void **state)
{
    (void)state;
    static const struct { const char *body; enum mxq_transfer_encoding e; }
    cases[] = {
        {" 7bit\r\n", MXQ_CTE_7BIT}, {"8BIT\r\n", MXQ_CTE_8BIT},
        {" (c) Binary (c)\r\n", MXQ_CTE_BINARY},
        {"Quoted-Printable\r\n", MXQ_CTE_QUOTED_PRINTABLE},
        {" base64\r\n\r\n", MXQ_CTE_BASE64},
        {" x-uuencode\r\n", MXQ_CTE_X_TOKEN},
        {" uuencode\r\n", MXQ_CTE_OTHER},
        {" base64 7bit\r\n", MXQ_CTE_INVALID},
        {" \r\n", MXQ_CTE_INVALID}, {" (base64\r\n", MXQ_CTE_INVALID},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_slice tok;
        assert_int_equal(mxq_content_transfer_encoding(
                             cases[i].body, strlen(cases[i].body), &tok),
                         cases[i].e);
    }
}

static void test_date_limits(void **state)
{
    (void)state;
    struct mxq_date d;
    int64_t t;
    static const char *const refused[] = {
        "32 Jan 2020 10:00:00 +0000", "1 Jan 2020 24:00:00 +0000",
        "1 Jan 2020 10:60:00 +0000", "1 Jan 2020 10:00:61 +0000",
        "1 Jan 20201 10:00:00 +0000", "1 Jan 2 10:00:00 +0000",
        "1 Jan 2020", "", "Tue, 1 Jul 2003 (open 10:52:37 +0200",
        "1 13 2020 10:00:00 +0000",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        assert_false(mxq_date_parse(refused[i], strlen(refused[i]), &d));

    assert_true(mxq_date_parse("1 Jan 49 00:00 +0000", 20, &d));
    assert_int_equal(d.year, 2049);
    assert_true(mxq_date_parse("1 Jan 50 00:00 +0000", 20, &d));
    assert_int_equal(d.year, 1950);
    assert_true(mxq_date_parse("1 Jan 103 00:00 +0000", 21, &d));
    assert_int_equal(d.year, 2003);

    assert_true(mxq_date_parse("Thu, 1 Jan 1970 01:00:00 +0100", 30, &d));
    assert_true(mxq_date_unix(&d, &t));
    assert_int_equal(t, 0);
    assert_true(mxq_date_parse("Sat, 29 Feb 2020 23:59:60 -0330", 31, &d));
    assert_true(mxq_date_unix(&d, &t));
    /* 23:59:60 local is 2020-03-01T00:00 local, 03:30 UTC */
    assert_int_equal(t, 1583020800 + 12600);
    assert_true(mxq_date_parse("31 Jun 2020 10:00:00 +0000", 26, &d));
    assert_false(mxq_date_unix(&d, &t));
    assert_true(mxq_date_parse("1 Jan 2020 10:00:00 J", 21, &d));
    assert_false(d.zone_known);
    assert_true(mxq_date_parse("1 Jan 2020 10:00:00 Z", 21, &d));
    assert_true(d.zone_known);
    assert_true(mxq_date_parse("Fri Feb  7 10:18:12 2003 -0800", 30, &d));
    assert_int_equal(d.year, 2003);
    assert_int_equal(d.day, 7);
    assert_true(d.zone_west);
    assert_int_equal(d.zone_hours, 8);
}

static void test_received_limits(void **state)
{
    (void)state;
    struct mxq_received r;
    static const char minimal[] =
        "from a.example ([192.0.2.1]) by b.example; 1 Jan 2020 10:00:00 "
        "+0000\r\n";
    assert_true(mxq_received_parse(minimal, sizeof minimal - 1, &r));
    assert_true(slice_is(r.from, "a.example"));
    assert_true(slice_is(r.from_ip, "192.0.2.1"));
    assert_true(slice_is(r.by, "b.example"));
    assert_true(r.has_date);
    assert_false(mxq_received_parse("\r\n", 2, &r));
    assert_false(mxq_received_parse("(((((\r\n", 7, &r));
    /* the rest of the message is not the field's */
    static const char two[] = "from a by b\r\nX: from c; 1 Jan 2020 10:00 Z\r\n";
    assert_true(mxq_received_parse(two, sizeof two - 1, &r));
    assert_true(slice_is(r.by, "b"));
    assert_false(r.has_date);
    static const char helo[] =
        "from x (EHLO [2001:db8::1]) (IPv6:2001:db8::1) by y with UTF8SMTPS;"
        " 1 Jan 2020 10:00 +0000\r\n";
    assert_true(mxq_received_parse(helo, sizeof helo - 1, &r));
    assert_int_equal(r.helo_cmd, MXQ_RECEIVED_EHLO);
    assert_true(r.helo_is_ip);
    assert_true(slice_is(r.from_ip, "2001:db8::1"));
    assert_int_equal(r.protocol, MXQ_RECEIVED_PROTO_UTF8SMTPS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_content_type_vectors),
        cmocka_unit_test(test_date_vectors),
        cmocka_unit_test(test_received_vectors),
        cmocka_unit_test(test_rfc2231_mixed),
        cmocka_unit_test(test_comment_depth_limit),
        cmocka_unit_test(test_param_buffer_and_sections),
        cmocka_unit_test(test_field_extent),
        cmocka_unit_test(test_transfer_encoding),
        cmocka_unit_test(test_date_limits),
        cmocka_unit_test(test_received_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
