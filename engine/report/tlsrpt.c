/*
 * SMTP TLS reports (RFC 8460 §4): the JSON read into yajl's tree, then
 * the members the RFC defines copied out, in its order. Nesting is
 * checked before the tree is built, since freeing a tree recurses once
 * per level.
 */
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_parse.h>
#include <yajl/yajl_tree.h>

#include "report_parsers.h"

/* Levels of arrays and objects a report may nest (it needs 5). */
#define TLSRPT_MAX_NESTING 32

struct nesting {
    unsigned depth;
    bool too_deep;
};

static int open_level(void *ctx)
{
    struct nesting *n = ctx;
    if (++n->depth > TLSRPT_MAX_NESTING) {
        n->too_deep = true;
        return 0;
    }
    return 1;
}

static int open_map(void *ctx) { return open_level(ctx); }
static int open_array(void *ctx) { return open_level(ctx); }
static int close_level(void *ctx)
{
    ((struct nesting *)ctx)->depth--;
    return 1;
}

/* False when the JSON nests deeper than TLSRPT_MAX_NESTING. */
static bool nesting_ok(const char *json, size_t n)
{
    static const yajl_callbacks calls = {
        .yajl_start_map = open_map,
        .yajl_end_map = close_level,
        .yajl_start_array = open_array,
        .yajl_end_array = close_level,
    };
    struct nesting depth = {0, false};
    yajl_handle h = yajl_alloc(&calls, NULL, &depth);
    if (h == NULL)
        return false;
    yajl_parse(h, (const unsigned char *)json, n);
    yajl_free(h);
    return !depth.too_deep;
}

static yajl_val member(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    return YAJL_IS_OBJECT(obj) ? yajl_tree_get(obj, path, yajl_t_any)
                               : NULL;
}

/* A scalar as it is; arrays and objects where a scalar belongs are left
 * out (nothing is written for them, key included). */
static void put_scalar(yajl_gen g, const char *key, yajl_val v)
{
    if (v == NULL || YAJL_IS_OBJECT(v) || YAJL_IS_ARRAY(v))
        return;
    mxq_report_put_key(g, key);
    if (YAJL_IS_STRING(v))
        /* yajl's parser checked that it is UTF-8 */
        yajl_gen_string(g, (const unsigned char *)v->u.string,
                        strlen(v->u.string));
    else if (YAJL_IS_INTEGER(v))
        yajl_gen_integer(g, v->u.number.i);
    else if (YAJL_IS_NUMBER(v))
        yajl_gen_number(g, v->u.number.r, strlen(v->u.number.r));
    else if (YAJL_IS_TRUE(v) || YAJL_IS_FALSE(v))
        yajl_gen_bool(g, YAJL_IS_TRUE(v));
    else
        yajl_gen_null(g);
}

static void put_member(yajl_gen g, yajl_val obj, const char *key)
{
    put_scalar(g, key, member(obj, key));
}

/* A list of strings; one string alone counts as a list of one (mx-host
 * is a string in RFC 8460's example, an array in its schema). */
static void put_strings(yajl_gen g, yajl_val obj, const char *key)
{
    yajl_val v = member(obj, key);
    if (!YAJL_IS_ARRAY(v) && !YAJL_IS_STRING(v))
        return;
    mxq_report_put_key(g, key);
    yajl_gen_array_open(g);
    size_t count = YAJL_IS_STRING(v) ? 1 : v->u.array.len;
    for (size_t i = 0; i < count && i < MXQ_TLSRPT_MAX_STRINGS; i++) {
        yajl_val s = YAJL_IS_STRING(v) ? v : v->u.array.values[i];
        if (YAJL_IS_STRING(s))
            yajl_gen_string(g, (const unsigned char *)s->u.string,
                            strlen(s->u.string));
    }
    yajl_gen_array_close(g);
}

static void put_failure(yajl_gen g, yajl_val f)
{
    static const char *const keys[] = {
        "result-type", "sending-mta-ip", "receiving-mx-hostname",
        "receiving-mx-helo", "receiving-ip", "failed-session-count",
        "additional-information", "failure-reason-code"};
    yajl_gen_map_open(g);
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        put_member(g, f, keys[i]);
    yajl_gen_map_close(g);
}

static void put_policy(yajl_gen g, yajl_val p)
{
    yajl_gen_map_open(g);
    yajl_val policy = member(p, "policy");
    if (YAJL_IS_OBJECT(policy)) {
        mxq_report_put_key(g, "policy");
        yajl_gen_map_open(g);
        put_member(g, policy, "policy-type");
        put_strings(g, policy, "policy-string");
        put_member(g, policy, "policy-domain");
        put_strings(g, policy, "mx-host");
        yajl_gen_map_close(g);
    }
    yajl_val summary = member(p, "summary");
    if (YAJL_IS_OBJECT(summary)) {
        mxq_report_put_key(g, "summary");
        yajl_gen_map_open(g);
        put_member(g, summary, "total-successful-session-count");
        put_member(g, summary, "total-failure-session-count");
        yajl_gen_map_close(g);
    }
    yajl_val failures = member(p, "failure-details");
    if (YAJL_IS_ARRAY(failures)) {
        mxq_report_put_key(g, "failure-details");
        yajl_gen_array_open(g);
        for (size_t i = 0;
             i < failures->u.array.len && i < MXQ_TLSRPT_MAX_FAILURES; i++)
            if (YAJL_IS_OBJECT(failures->u.array.values[i]))
                put_failure(g, failures->u.array.values[i]);
        yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
}

static bool put_report(yajl_gen g, yajl_val root, char *err)
{
    if (!YAJL_IS_OBJECT(root))
        return mxq_report_fail(err, "TLS report is no JSON object");
    put_member(g, root, "organization-name");
    yajl_val range = member(root, "date-range");
    if (YAJL_IS_OBJECT(range)) {
        mxq_report_put_key(g, "date-range");
        yajl_gen_map_open(g);
        put_member(g, range, "start-datetime");
        put_member(g, range, "end-datetime");
        yajl_gen_map_close(g);
    }
    put_member(g, root, "contact-info");
    put_member(g, root, "report-id");
    yajl_val policies = member(root, "policies");
    if (YAJL_IS_ARRAY(policies)) {
        mxq_report_put_key(g, "policies");
        yajl_gen_array_open(g);
        for (size_t i = 0;
             i < policies->u.array.len && i < MXQ_TLSRPT_MAX_POLICIES; i++)
            if (YAJL_IS_OBJECT(policies->u.array.values[i]))
                put_policy(g, policies->u.array.values[i]);
        yajl_gen_array_close(g);
    }
    static const char *const required[] = {"organization-name",
                                           "date-range", "report-id",
                                           "policies"};
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (member(root, required[i]) == NULL)
            return mxq_report_fail(err, "TLS report without %s",
                                   required[i]);
    if (!YAJL_IS_ARRAY(policies))
        return mxq_report_fail(err, "TLS report policies is no array");
    return true;
}

bool mxq_tlsrpt_write(yajl_gen g, const char *json, size_t n, char *err)
{
    if (n > MXQ_REPORT_MAX_INFLATED)
        return mxq_report_fail(err, "TLS report larger than %u octets",
                               MXQ_REPORT_MAX_INFLATED);
    if (!nesting_ok(json, n))
        return mxq_report_fail(err, "TLS report nests deeper than %d",
                               TLSRPT_MAX_NESTING);
    /* yajl_tree_parse reads a C string */
    char *text = malloc(n + 1);
    if (text == NULL)
        return mxq_report_fail(err, "out of memory");
    memcpy(text, json, n);
    text[n] = '\0';
    char why[128];
    yajl_val root = yajl_tree_parse(text, why, sizeof why);
    free(text);
    if (root == NULL) {
        /* yajl's message spans lines and quotes the input: its first
         * line only */
        size_t k = 0;
        while (why[k] && why[k] != '\n')
            k++;
        why[k] = '\0';
        return mxq_report_fail(err, "TLS report JSON: %s", why);
    }
    bool ok = put_report(g, root, err);
    yajl_tree_free(root);
    return ok;
}
