/*
 * The report parsers (engine/report/) against the conformance samples:
 * parsedmarc's DMARC aggregate and SMTP TLS samples, mail-auth's DMARC,
 * TLS-RPT and ARF samples (compared field by field with the .json that
 * mail-auth ships next to each input), sisimai's RFC 3464 bounces; and
 * hand-made bombs and garbage, which must end in an error string.
 *
 * The .eml samples' report parts are pulled out by a small MIME splitter
 * of this file's own (multipart boundaries, base64, quoted-printable):
 * the engine's parsers are handed decoded part bodies, as the MIME
 * walker will hand them.
 *
 * Every document written must parse back as JSON (yajl_tree_parse, which
 * also checks UTF-8).
 */
#include <ctype.h>
#include <dirent.h>
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
#include <yajl/yajl_gen.h>
#include <yajl/yajl_tree.h>
#include <zip.h>
#include <zlib.h>

#include "files.h"
#include "report.h"

#define CONF MXQ_CONFORMANCE_DIR

/* ------------------------------------------------ running the parsers */
struct result {
    bool ok;
    char err[MXQ_REPORT_ERROR_SIZE];
    yajl_val tree;   /* the report object */
};

static struct result run(enum mxq_report_kind kind, const char *p, size_t n)
{
    struct result r;
    yajl_gen g = yajl_gen_alloc(NULL);
    assert_non_null(g);
    r.ok = mxq_report_write(g, kind, p, n, r.err);
    const unsigned char *buf;
    size_t len;
    assert_int_equal(yajl_gen_get_buf(g, &buf, &len), yajl_gen_status_ok);
    char *json = malloc(len + 1);
    memcpy(json, buf, len);
    json[len] = '\0';
    char why[256];
    r.tree = yajl_tree_parse(json, why, sizeof why);
    if (r.tree == NULL)
        fail_msg("the report JSON does not parse: %s\n%.300s", why, json);
    assert_true(YAJL_IS_OBJECT(r.tree));
    free(json);
    yajl_gen_free(g);
    if (!r.ok) {
        const char *path[] = {"error", NULL};
        yajl_val e = yajl_tree_get(r.tree, path, yajl_t_string);
        assert_true(YAJL_IS_STRING(e) && e->u.string[0] != '\0');
    }
    return r;
}

static yajl_val get(yajl_val v, ...)
{
    va_list ap;
    va_start(ap, v);
    const char *key;
    while (v != NULL && (key = va_arg(ap, const char *)) != NULL) {
        const char *path[] = {key, NULL};
        v = YAJL_IS_OBJECT(v) ? yajl_tree_get(v, path, yajl_t_any) : NULL;
    }
    va_end(ap);
    return v;
}

static yajl_val item(yajl_val array, size_t i)
{
    return YAJL_IS_ARRAY(array) && i < array->u.array.len
               ? array->u.array.values[i]
               : NULL;
}

static size_t length(yajl_val array)
{
    return YAJL_IS_ARRAY(array) ? array->u.array.len : 0;
}

/* ------------------------------------------------- a small MIME split */
struct part {
    char type[64], subtype[64];
    char filename[256];
    char *body;   /* decoded */
    size_t n;
};

struct parts {
    struct part list[32];
    size_t count;
};

static const char *line_end(const char *p, const char *end)
{
    const char *e = memchr(p, '\n', (size_t)(end - p));
    return e ? e : end;
}

/* The value of header field name (unfolded) in the header p..end, into
 * out; false when absent. */
static bool header_value(const char *p, const char *end, const char *name,
                         char *out, size_t size)
{
    size_t k = strlen(name);
    for (const char *l = p; l < end;) {
        const char *e = line_end(l, end);
        if ((size_t)(e - l) > k && strncasecmp(l, name, k) == 0 &&
            l[k] == ':') {
            size_t o = 0;
            const char *v = l + k + 1;
            for (;;) {
                for (; v < e && o + 1 < size; v++)
                    if (*v != '\r')
                        out[o++] = *v;
                if (e + 1 < end && (e[1] == ' ' || e[1] == '\t')) {
                    v = e + 1;
                    e = line_end(v, end);
                    continue;
                }
                break;
            }
            out[o] = '\0';
            return true;
        }
        l = e < end ? e + 1 : end;
    }
    return false;
}

/* A parameter of a Content-Type or Content-Disposition value. */
static bool param(const char *value, const char *name, char *out,
                  size_t size)
{
    size_t k = strlen(name);
    for (const char *p = value; (p = strchr(p, ';')) != NULL;) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncasecmp(p, name, k) != 0 || p[k] != '=')
            continue;
        p += k + 1;
        size_t o = 0;
        if (*p == '"') {
            for (p++; *p && *p != '"' && o + 1 < size; p++)
                out[o++] = *p;
        } else
            for (; *p && *p != ';' && *p != ' ' && o + 1 < size; p++)
                out[o++] = *p;
        out[o] = '\0';
        return true;
    }
    return false;
}

static int b64(int c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static bool has_word(const char *s, const char *word)
{
    for (size_t k = strlen(word); *s; s++)
        if (strncasecmp(s, word, k) == 0)
            return true;
    return false;
}

static char *decode(const char *p, size_t n, const char *cte, size_t *out_n)
{
    char *out = malloc(n + 1);
    size_t o = 0;
    if (has_word(cte, "base64")) {
        unsigned acc = 0;
        int bits = 0;
        for (size_t i = 0; i < n; i++) {
            int v = b64((unsigned char)p[i]);
            if (v < 0)
                continue;
            acc = (acc << 6) | (unsigned)v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (char)((acc >> bits) & 0xff);
            }
        }
    } else if (has_word(cte, "quoted-printable")) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '=' && i + 1 < n && (p[i + 1] == '\n' ||
                                             p[i + 1] == '\r')) {
                i += p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n' ? 2
                                                                      : 1;
            } else if (p[i] == '=' && i + 2 < n) {
                char hex[3] = {p[i + 1], p[i + 2], 0};
                out[o++] = (char)strtol(hex, NULL, 16);
                i += 2;
            } else
                out[o++] = p[i];
        }
    } else {
        memcpy(out, p, n);
        o = n;
    }
    out[o] = '\0';
    *out_n = o;
    return out;
}

static void split(const char *p, const char *end, struct parts *out,
                  int depth)
{
    /* the header ends at the first empty line */
    const char *body = end, *hend = end;
    for (const char *l = p; l < end;) {
        const char *e = line_end(l, end);
        if (e == l || (e == l + 1 && *l == '\r')) {
            hend = l;
            body = e < end ? e + 1 : end;
            break;
        }
        l = e < end ? e + 1 : end;
    }
    char ct[1024] = "text/plain", cte[128] = "7bit", cd[1024] = "";
    header_value(p, hend, "Content-Type", ct, sizeof ct);
    header_value(p, hend, "Content-Transfer-Encoding", cte, sizeof cte);
    header_value(p, hend, "Content-Disposition", cd, sizeof cd);
    char *s = ct;
    while (*s == ' ' || *s == '\t')
        s++;
    struct part part = {0};
    sscanf(s, "%63[^/ ;]/%63[^ ;\r\n]", part.type, part.subtype);

    char boundary[256];
    if (strcasecmp(part.type, "multipart") == 0 && depth < 8 &&
        param(s, "boundary", boundary, sizeof boundary)) {
        size_t bn = strlen(boundary);
        const char *start = NULL;
        for (const char *l = body; l < end;) {
            const char *e = line_end(l, end);
            if (e - l >= (long)bn + 2 && l[0] == '-' && l[1] == '-' &&
                memcmp(l + 2, boundary, bn) == 0) {
                if (start)
                    split(start, l > start ? l - 1 : l, out, depth + 1);
                bool last = e - l >= (long)bn + 4 && l[bn + 2] == '-' &&
                            l[bn + 3] == '-';
                start = last ? NULL : (e < end ? e + 1 : end);
                if (last)
                    break;
            }
            l = e < end ? e + 1 : end;
        }
        return;
    }
    if (out->count >= sizeof out->list / sizeof *out->list)
        return;
    if (!param(cd, "filename", part.filename, sizeof part.filename))
        param(s, "name", part.filename, sizeof part.filename);
    part.body = decode(body, (size_t)(end - body), cte, &part.n);
    out->list[out->count++] = part;
}

static void split_file(const char *path, struct parts *out)
{
    size_t n;
    char *data = test_read_file(path, &n);
    assert_non_null(data);
    out->count = 0;
    split(data, data + n, out, 0);
    free(data);
}

static void free_parts(struct parts *ps)
{
    for (size_t i = 0; i < ps->count; i++)
        free(ps->list[i].body);
    ps->count = 0;
}

static enum mxq_report_kind kind_of(const struct part *p)
{
    return mxq_report_kind_of(p->type, strlen(p->type), p->subtype,
                              strlen(p->subtype));
}

/* The first part of the kinds asked for (AUTO: an attachment). */
static const struct part *find_part(const struct parts *ps,
                                    enum mxq_report_kind want)
{
    for (size_t i = 0; i < ps->count; i++) {
        enum mxq_report_kind k = kind_of(&ps->list[i]);
        if (k == want || (want == MXQ_REPORT_AUTO && k == MXQ_REPORT_TLSRPT))
            return &ps->list[i];
    }
    return NULL;
}

/* ------------------------------------------------- comparing values */
struct tally {
    int matched, total, skipped, fields;
    const char *skip_reason;
    bool this_ok;
    const char *file;
};

/* Lower case, without '-' and '_', so that mail-auth's enum names
 * ("AuthFailure", "TempError") meet the wire's words. */
static void norm_word(const char *s, char *out, size_t size)
{
    size_t o = 0;
    for (; *s && o + 1 < size; s++)
        if (*s != '-' && *s != '_')
            out[o++] = (char)tolower((unsigned char)*s);
    out[o] = '\0';
}

/* Blanks runs made one space, ends trimmed: folds are unfolded here. */
static void norm_space(const char *s, char *out, size_t size)
{
    size_t o = 0;
    bool blank = false;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    for (; *s && o + 1 < size; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
            blank = true;
            continue;
        }
        if (blank)
            out[o++] = ' ';
        blank = false;
        out[o++] = *s;
    }
    out[o] = '\0';
}

/* A value as text for comparing: a string, a number's text, "" for
 * null or absent; mail-auth's "Unspecified" is absent. */
static void as_text(yajl_val v, char *out, size_t size, bool words)
{
    out[0] = '\0';
    if (YAJL_IS_STRING(v)) {
        char tmp[8192];
        norm_space(v->u.string, tmp, sizeof tmp);
        if (words)
            norm_word(tmp, out, size);
        else
            snprintf(out, size, "%s", tmp);
    } else if (YAJL_IS_INTEGER(v))
        snprintf(out, size, "%lld", v->u.number.i);
    else if (YAJL_IS_NUMBER(v))
        snprintf(out, size, "%s", v->u.number.r);
    if (words && strcmp(out, "unspecified") == 0)
        out[0] = '\0';
}

static void compare(struct tally *t, const char *what, yajl_val expected,
                    yajl_val got, bool words)
{
    char e[8192], g[8192];
    as_text(expected, e, sizeof e, words);
    as_text(got, g, sizeof g, words);
    t->fields++;
    if (strcmp(e, g) != 0) {
        print_message("  %s: %s: expected \"%s\", got \"%s\"\n", t->file,
                      what, e, g);
        t->this_ok = false;
    }
}

/* mail-auth's names for DMARC's one-letter and scope words. */
static yajl_val dmarc_word(yajl_val v, char *buf, size_t size)
{
    static const struct { const char *from, *to; } map[] = {
        {"Relaxed", "r"}, {"Strict", "s"}, {"MailFrom", "mfrom"},
        {"Helo", "helo"}};
    if (!YAJL_IS_STRING(v))
        return v;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strcmp(v->u.string, map[i].from) == 0) {
            snprintf(buf, size, "%s", map[i].to);
            static struct yajl_val_s s;
            s.type = yajl_t_string;
            s.u.string = buf;
            return &s;
        }
    return v;
}

/* ------------------------------------------------- DMARC aggregate */
static void compare_dmarc(struct tally *t, yajl_val exp, yajl_val got)
{
    static const char *const meta[] = {"org_name", "email",
                                       "extra_contact_info", "report_id"};
    for (size_t i = 0; i < 4; i++)
        compare(t, meta[i], get(exp, "report_metadata", meta[i], NULL),
                get(got, "report_metadata", meta[i], NULL), false);
    compare(t, "begin", get(exp, "report_metadata", "date_range", "begin",
                            NULL),
            get(got, "report_metadata", "date_range", "begin", NULL), false);
    compare(t, "end", get(exp, "report_metadata", "date_range", "end", NULL),
            get(got, "report_metadata", "date_range", "end", NULL), false);
    static const char *const policy[] = {"domain", "adkim", "aspf", "p",
                                         "sp"};
    for (size_t i = 0; i < 5; i++) {
        char buf[32];
        compare(t, policy[i],
                dmarc_word(get(exp, "policy_published", policy[i], NULL),
                           buf, sizeof buf),
                get(got, "policy_published", policy[i], NULL), true);
    }
    yajl_val erecs = get(exp, "record", NULL), grecs = get(got, "records",
                                                           NULL);
    if (length(erecs) != length(grecs)) {
        print_message("  %s: %zu records, expected %zu\n", t->file,
                      length(grecs), length(erecs));
        t->this_ok = false;
    }
    for (size_t i = 0; i < length(erecs) && i < length(grecs); i++) {
        yajl_val e = item(erecs, i), g = item(grecs, i);
        compare(t, "source_ip", get(e, "row", "source_ip", NULL),
                get(g, "row", "source_ip", NULL), false);
        compare(t, "count", get(e, "row", "count", NULL),
                get(g, "row", "count", NULL), false);
        static const char *const pe[] = {"disposition", "dkim", "spf"};
        for (size_t k = 0; k < 3; k++)
            compare(t, pe[k], get(e, "row", "policy_evaluated", pe[k], NULL),
                    get(g, "row", "policy_evaluated", pe[k], NULL), true);
        compare(t, "header_from", get(e, "identifiers", "header_from", NULL),
                get(g, "identifiers", "header_from", NULL), false);
        compare(t, "envelope_from",
                get(e, "identifiers", "envelope_from", NULL),
                get(g, "identifiers", "envelope_from", NULL), false);
        static const char *const methods[] = {"dkim", "spf"};
        for (size_t m = 0; m < 2; m++) {
            yajl_val ea = get(e, "auth_results", methods[m], NULL);
            yajl_val ga = get(g, "auth_results", methods[m], NULL);
            if (length(ea) != length(ga)) {
                print_message("  %s: %zu %s results, expected %zu\n",
                              t->file, length(ga), methods[m], length(ea));
                t->this_ok = false;
            }
            static const char *const dk[] = {"domain", "selector", "result"};
            static const char *const sp[] = {"domain", "scope", "result"};
            for (size_t j = 0; j < length(ea) && j < length(ga); j++)
                for (size_t k = 0; k < 3; k++) {
                    const char *f = m == 0 ? dk[k] : sp[k];
                    char buf[32];
                    compare(t, f,
                            dmarc_word(get(item(ea, j), f, NULL), buf,
                                       sizeof buf),
                            get(item(ga, j), f, NULL), k != 0);
                }
        }
    }
}

static void dmarc_feedback_file(const char *path, const char *name,
                                void *ctx)
{
    struct tally *t = ctx;
    if (!test_ends_with(name, ".xml") && !test_ends_with(name, ".eml"))
        return;
    char expected_path[4096];
    snprintf(expected_path, sizeof expected_path, "%.*s.json",
             (int)(strlen(path) - 4), path);
    size_t n;
    char *expected_text = test_read_file(expected_path, &n);
    assert_non_null(expected_text);
    yajl_val expected = yajl_tree_parse(expected_text, NULL, 0);
    assert_non_null(expected);

    struct parts ps = {0};
    struct result r;
    if (test_ends_with(name, ".eml")) {
        split_file(path, &ps);
        const struct part *p = find_part(&ps, MXQ_REPORT_AUTO);
        assert_non_null(p);
        r = run(MXQ_REPORT_AUTO, p->body, p->n);
    } else {
        char *xml = test_read_file(path, &n);
        r = run(mxq_report_kind_of("text", 4, "xml", 3), xml, n);
        free(xml);
    }
    t->total++;
    t->this_ok = r.ok;
    t->file = name;
    if (!r.ok)
        print_message("  %s: %s\n", name, r.err);
    compare_dmarc(t, expected, r.tree);
    t->matched += t->this_ok;
    yajl_tree_free(r.tree);
    yajl_tree_free(expected);
    free(expected_text);
    free_parts(&ps);
}

static void test_mail_auth_dmarc(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/mail-auth/dmarc-feedback", dmarc_feedback_file, &t);
    print_message("dmarc-feedback: %d/%d matched (%d fields compared)\n",
                  t.matched, t.total, t.fields);
    assert_int_equal(t.total, 10);
    assert_int_equal(t.matched, t.total);
}

/* parsedmarc's samples carry no expected values: each must be read
 * (invalid_xml.xml must not), with its report_id and records. */
static void parsedmarc_file(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    bool must_fail = strcmp(name, "invalid_xml.xml") == 0;
    struct parts ps = {0};
    struct result r;
    size_t n;
    if (test_ends_with(name, ".eml")) {
        split_file(path, &ps);
        const struct part *p = find_part(&ps, MXQ_REPORT_AUTO);
        assert_non_null(p);
        r = run(MXQ_REPORT_AUTO, p->body, p->n);
    } else {
        char *data = test_read_file(path, &n);
        r = run(MXQ_REPORT_AUTO, data, n);
        free(data);
    }
    t->total++;
    bool good = must_fail ? !r.ok
                          : r.ok && YAJL_IS_STRING(get(r.tree,
                                                       "report_metadata",
                                                       "report_id", NULL)) &&
                                length(get(r.tree, "records", NULL)) > 0;
    if (!good)
        print_message("  %s: %s\n", name, r.ok ? "no report_id or records"
                                                : r.err);
    else if (must_fail)
        print_message("  %s: error as it should: %s\n", name, r.err);
    t->matched += good;
    yajl_tree_free(r.tree);
    free_parts(&ps);
}

static void test_parsedmarc_aggregate(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/parsedmarc-samples/aggregate", parsedmarc_file, &t);
    print_message("parsedmarc aggregate: %d/%d read as they should\n",
                  t.matched, t.total);
    assert_int_equal(t.matched, t.total);
}

static void invalid_file(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    size_t n;
    char *data = test_read_file(path, &n);
    struct result r = run(MXQ_REPORT_AUTO, data, n);
    t->total++;
    if (!r.ok) {
        t->matched++;
        print_message("  %s: %s\n", name, r.err);
    }
    yajl_tree_free(r.tree);
    free(data);
}

static void test_parsedmarc_aggregate_invalid(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/parsedmarc-samples/aggregate_invalid", invalid_file,
              &t);
    print_message("parsedmarc aggregate_invalid: %d/%d gave an error\n",
                  t.matched, t.total);
    assert_int_equal(t.matched, t.total);
}

/* ------------------------------------------------------------ TLS-RPT */
static void compare_tlsrpt(struct tally *t, yajl_val exp, yajl_val got)
{
    static const char *const top[] = {"organization-name", "contact-info",
                                      "report-id"};
    for (size_t i = 0; i < 3; i++)
        compare(t, top[i], get(exp, top[i], NULL), get(got, top[i], NULL),
                false);
    compare(t, "start-datetime",
            get(exp, "date-range", "start-datetime", NULL),
            get(got, "date-range", "start-datetime", NULL), false);
    compare(t, "end-datetime", get(exp, "date-range", "end-datetime", NULL),
            get(got, "date-range", "end-datetime", NULL), false);
    yajl_val ep = get(exp, "policies", NULL), gp = get(got, "policies", NULL);
    if (length(ep) != length(gp)) {
        print_message("  %s: %zu policies, expected %zu\n", t->file,
                      length(gp), length(ep));
        t->this_ok = false;
    }
    for (size_t i = 0; i < length(ep) && i < length(gp); i++) {
        yajl_val e = item(ep, i), g = item(gp, i);
        compare(t, "policy-type", get(e, "policy", "policy-type", NULL),
                get(g, "policy", "policy-type", NULL), false);
        compare(t, "policy-domain", get(e, "policy", "policy-domain", NULL),
                get(g, "policy", "policy-domain", NULL), false);
        static const char *const sum[] = {"total-successful-session-count",
                                          "total-failure-session-count"};
        for (size_t k = 0; k < 2; k++)
            compare(t, sum[k], get(e, "summary", sum[k], NULL),
                    get(g, "summary", sum[k], NULL), false);
        yajl_val ef = get(e, "failure-details", NULL);
        yajl_val gf = get(g, "failure-details", NULL);
        if (length(ef) != length(gf))
            t->this_ok = false;
        static const char *const fd[] = {
            "result-type", "sending-mta-ip", "receiving-mx-hostname",
            "receiving-ip", "failed-session-count", "additional-information",
            "failure-reason-code"};
        for (size_t j = 0; j < length(ef) && j < length(gf); j++)
            for (size_t k = 0; k < sizeof fd / sizeof *fd; k++)
                compare(t, fd[k], get(item(ef, j), fd[k], NULL),
                        get(item(gf, j), fd[k], NULL), false);
    }
}

static void mail_auth_tlsrpt_file(const char *path, const char *name,
                                  void *ctx)
{
    struct tally *t = ctx;
    size_t n;
    if (test_ends_with(name, ".json")) {
        /* every .json is a report in its own right */
        char *data = test_read_file(path, &n);
        struct result r = run(mxq_report_kind_of("application", 11,
                                                 "tlsrpt+json", 11),
                              data, n);
        yajl_val as_file = yajl_tree_parse(data, NULL, 0);
        t->total++;
        t->this_ok = r.ok;
        t->file = name;
        if (!r.ok)
            print_message("  %s: %s\n", name, r.err);
        compare_tlsrpt(t, as_file, r.tree);
        t->matched += t->this_ok;
        yajl_tree_free(as_file);
        yajl_tree_free(r.tree);
        free(data);
        return;
    }
    if (!test_ends_with(name, ".eml"))
        return;
    /* an .eml against the .json of its name */
    char expected_path[4096];
    snprintf(expected_path, sizeof expected_path, "%.*s.json",
             (int)(strlen(path) - 4), path);
    char *expected_text = test_read_file(expected_path, &n);
    assert_non_null(expected_text);
    yajl_val expected = yajl_tree_parse(expected_text, NULL, 0);
    struct parts ps = {0};
    split_file(path, &ps);
    const struct part *p = find_part(&ps, MXQ_REPORT_TLSRPT);
    assert_non_null(p);
    struct result r = run(kind_of(p), p->body, p->n);
    t->total++;
    t->this_ok = r.ok;
    t->file = name;
    if (!r.ok)
        print_message("  %s: %s\n", name, r.err);
    compare_tlsrpt(t, expected, r.tree);
    t->matched += t->this_ok;
    yajl_tree_free(r.tree);
    yajl_tree_free(expected);
    free(expected_text);
    free_parts(&ps);
}

static void test_mail_auth_tlsrpt(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/mail-auth/tlsrpt", mail_auth_tlsrpt_file, &t);
    print_message("tlsrpt: %d/%d matched (%d fields compared)\n", t.matched,
                  t.total, t.fields);
    assert_int_equal(t.total, 5);
    assert_int_equal(t.matched, t.total);
}

static void smtp_tls_file(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    struct parts ps = {0};
    struct result r;
    size_t n;
    if (test_ends_with(name, ".eml")) {
        split_file(path, &ps);
        const struct part *p = find_part(&ps, MXQ_REPORT_AUTO);
        assert_non_null(p);
        r = run(kind_of(p), p->body, p->n);
    } else {
        char *data = test_read_file(path, &n);
        r = run(MXQ_REPORT_AUTO, data, n);
        free(data);
    }
    t->total++;
    bool good = r.ok && YAJL_IS_STRING(get(r.tree, "report-id", NULL)) &&
                length(get(r.tree, "policies", NULL)) > 0;
    if (!good)
        print_message("  %s: %s\n", name, r.ok ? "no report-id" : r.err);
    t->matched += good;
    yajl_tree_free(r.tree);
    free_parts(&ps);
}

static void test_parsedmarc_smtp_tls(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/parsedmarc-samples/smtp_tls", smtp_tls_file, &t);
    print_message("parsedmarc smtp_tls: %d/%d read\n", t.matched, t.total);
    assert_int_equal(t.matched, t.total);
}

/* ---------------------------------------------------------------- ARF */
static void compare_arf(struct tally *t, yajl_val exp, yajl_val got)
{
    /* mail-auth's key, ours, whether words are compared loosely */
    static const struct { const char *exp, *got; bool words; } one[] = {
        {"feedback_type", "feedback-type", true},
        {"user_agent", "user-agent", false},
        {"version", "version", false},
        {"original_envelope_id", "original-envelope-id", false},
        {"original_mail_from", "original-mail-from", false},
        {"reporting_mta", "reporting-mta", false},
        {"source_ip", "source-ip", false},
        {"incidents", "incidents", false},
        {"auth_failure", "auth-failure", true},
        {"delivery_result", "delivery-result", true},
        {"identity_alignment", "identity-alignment", true},
        {"dkim_domain", "dkim-domain", false},
        {"dkim_identity", "dkim-identity", false},
        {"dkim_selector", "dkim-selector", false},
        {"dkim_canonicalized_body", "dkim-canonicalized-body", false},
        {"dkim_canonicalized_header", "dkim-canonicalized-header", false},
        {"dkim_adsp_dns", "dkim-adsp-dns", false},
        {"dkim_selector_dns", "dkim-selector-dns", false},
        {"spf_dns", "spf-dns", false},
    };
    for (size_t i = 0; i < sizeof one / sizeof *one; i++) {
        yajl_val g = get(got, one[i].got, NULL);
        /* mail-auth writes an absent Incidents as 1 (RFC 5965 §3.2's
         * default) and an absent Source-Port as 0 */
        yajl_val e = get(exp, one[i].exp, NULL);
        if (strcmp(one[i].exp, "incidents") == 0 && g == NULL &&
            YAJL_IS_INTEGER(e) && e->u.number.i == 1)
            continue;
        compare(t, one[i].exp, e, g, one[i].words);
    }
    /* Original-Rcpt-To: one string in mail-auth, all of them here */
    compare(t, "original_rcpt_to", get(exp, "original_rcpt_to", NULL),
            item(get(got, "original-rcpt-to", NULL), 0), false);
    static const struct { const char *exp, *got; } many[] = {
        {"authentication_results", "authentication-results"},
        {"reported_domain", "reported-domain"},
        {"reported_uri", "reported-uri"},
    };
    for (size_t i = 0; i < sizeof many / sizeof *many; i++) {
        yajl_val e = get(exp, many[i].exp, NULL), g = get(got, many[i].got,
                                                          NULL);
        if (length(e) != length(g)) {
            print_message("  %s: %zu %s, expected %zu\n", t->file,
                          length(g), many[i].got, length(e));
            t->this_ok = false;
        }
        for (size_t j = 0; j < length(e) && j < length(g); j++)
            compare(t, many[i].exp, item(e, j), item(g, j), false);
    }
}

static void arf_file(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    if (!test_ends_with(name, ".eml"))
        return;
    char expected_path[4096];
    snprintf(expected_path, sizeof expected_path, "%.*s.json",
             (int)(strlen(path) - 4), path);
    size_t n;
    char *expected_text = test_read_file(expected_path, &n);
    assert_non_null(expected_text);
    yajl_val expected = yajl_tree_parse(expected_text, NULL, 0);
    struct parts ps = {0};
    split_file(path, &ps);
    const struct part *p = find_part(&ps, MXQ_REPORT_FEEDBACK);
    assert_non_null(p);
    struct result r = run(MXQ_REPORT_FEEDBACK, p->body, p->n);
    t->total++;
    t->this_ok = r.ok;
    t->file = name;
    if (!r.ok)
        print_message("  %s: %s\n", name, r.err);
    compare_arf(t, expected, r.tree);
    /* Arrival-Date is kept as written; mail-auth gives Unix time */
    if (get(expected, "arrival_date", NULL) &&
        !YAJL_IS_NULL(get(expected, "arrival_date", NULL)))
        t->skipped++;
    t->matched += t->this_ok;
    yajl_tree_free(r.tree);
    yajl_tree_free(expected);
    free(expected_text);
    free_parts(&ps);
}

static void test_mail_auth_arf(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/mail-auth/arf", arf_file, &t);
    print_message("arf: %d/%d matched; %d arrival_date fields skipped "
                  "(kept as the RFC 5322 text, mail-auth has Unix time)\n",
                  t.matched, t.total, t.skipped);
    assert_int_equal(t.total, 5);
    assert_int_equal(t.matched, t.total);
}

/* ---------------------------------------------------------------- DSN */
static void dsn_file(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    if (strncmp(name, "rfc3464-", 8) != 0)
        return;
    struct parts ps = {0};
    split_file(path, &ps);
    const struct part *p = find_part(&ps, MXQ_REPORT_DELIVERY_STATUS);
    t->total++;
    if (p == NULL) {
        t->skipped++; /* no message/delivery-status part (plain bounce) */
        free_parts(&ps);
        return;
    }
    struct result r = run(MXQ_REPORT_DELIVERY_STATUS, p->body, p->n);
    yajl_val rcpts = get(r.tree, "recipients", NULL);
    bool good = false;
    for (size_t i = 0; i < length(rcpts); i++)
        good |= YAJL_IS_STRING(get(item(rcpts, i), "action", NULL)) &&
                YAJL_IS_STRING(get(item(rcpts, i), "status", NULL));
    if (!good)
        print_message("  %s: %s\n", name,
                      r.ok ? "no recipient with action and status" : r.err);
    t->matched += good;
    t->fields += r.ok;
    yajl_tree_free(r.tree);
    free_parts(&ps);
}

static void test_sisimai_dsn(void **state)
{
    (void)state;
    struct tally t = {0};
    test_each_file(CONF "/sisimai-dsn", dsn_file, &t);
    print_message("sisimai rfc3464: %d/%d with a recipient with action and "
                  "status (%d read without error); %d skipped: no "
                  "message/delivery-status part\n",
                  t.matched, t.total - t.skipped, t.fields, t.skipped);
    assert_true(t.total > 0);
    assert_int_equal(t.matched, t.total - t.skipped);
}

/* A DSN by hand: the typed values and the status code come apart. */
static void test_delivery_status_fields(void **state)
{
    (void)state;
    static const char dsn[] =
        "Reporting-MTA: dns; mx.example.net\n"
        "Original-Envelope-Id: QQ314159\n"
        "Arrival-Date: Tue, 1 Dec 2026 10:00:00 +0000\n"
        "\n"
        "Final-Recipient: rfc822; user@example.org\n"
        "Action: failed\n"
        "Status: 5.1.1 (bad destination mailbox)\n"
        "Diagnostic-Code: smtp; 550 5.1.1 No such\n"
        " user here\n";
    struct result r = run(MXQ_REPORT_DELIVERY_STATUS, dsn, sizeof dsn - 1);
    assert_true(r.ok);
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "type", NULL)), "dsn");
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "reporting-mta", NULL)),
                        "mx.example.net");
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "original-envid", NULL)),
                        "QQ314159");
    yajl_val rc = item(get(r.tree, "recipients", NULL), 0);
    assert_string_equal(YAJL_GET_STRING(get(rc, "final-recipient", NULL)),
                        "user@example.org");
    assert_string_equal(
        YAJL_GET_STRING(get(rc, "final-recipient-type", NULL)), "rfc822");
    assert_string_equal(YAJL_GET_STRING(get(rc, "status", NULL)), "5.1.1");
    assert_string_equal(YAJL_GET_STRING(get(rc, "diagnostic-code", NULL)),
                        "550 5.1.1 No such user here");
    assert_string_equal(
        YAJL_GET_STRING(get(rc, "diagnostic-code-type", NULL)), "smtp");
    yajl_tree_free(r.tree);
}

static void test_mdn(void **state)
{
    (void)state;
    static const char mdn[] =
        "Reporting-UA: mua.example.com; Mailer 1.0\r\n"
        "Final-Recipient: rfc822; user@example.com\r\n"
        "Original-Message-ID: <1@example.net>\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n";
    struct result r = run(mxq_report_kind_of("message", 7,
                                             "disposition-notification", 24),
                          mdn, sizeof mdn - 1);
    assert_true(r.ok);
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "disposition", "type",
                                            NULL)),
                        "displayed");
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "disposition",
                                            "sending-mode", NULL)),
                        "MDN-sent-manually");
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "reporting-ua", NULL)),
                        "mua.example.com");
    assert_string_equal(
        YAJL_GET_STRING(get(r.tree, "reporting-ua-product", NULL)),
        "Mailer 1.0");
    yajl_tree_free(r.tree);
    static const char bad[] = "Disposition: displayed\r\n";
    r = run(MXQ_REPORT_DISPOSITION, bad, sizeof bad - 1);
    assert_false(r.ok);
    yajl_tree_free(r.tree);
    /* The reporter's own Error field, even an empty one, is not the
     * parser's error (fuzz-report found the two colliding). */
    static const char reported[] =
        "Final-Recipient: rfc822; user@example.com\r\n"
        "Disposition: automatic-action/MDN-sent-automatically; failed\r\n"
        "Error:\r\n";
    r = run(MXQ_REPORT_DISPOSITION, reported, sizeof reported - 1);
    assert_true(r.ok);
    assert_null(get(r.tree, "error", NULL));
    assert_string_equal(YAJL_GET_STRING(get(r.tree, "mdn-error", NULL)), "");
    yajl_tree_free(r.tree);
    r = run(MXQ_REPORT_DISPOSITION, "Error: x\r\n", 10);
    assert_false(r.ok);
    assert_string_not_equal(YAJL_GET_STRING(get(r.tree, "error", NULL)), "");
    yajl_tree_free(r.tree);
}

/* ------------------------------------------------------ bombs, garbage */
/* n octets of the byte c (or pseudo-random ones when c < 0), gzipped. */
static char *gzip_of(size_t n, int c, size_t *out_n)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9,
                                  Z_DEFAULT_STRATEGY),
                     Z_OK);
    size_t cap = n / 500 + 1024, len = 0;
    if (c < 0)
        cap = n + n / 100 + 1024;
    char *out = malloc(cap);
    unsigned char chunk[65536];
    uint32_t x = 2463534242u;
    for (size_t done = 0; done < n;) {
        size_t k = n - done < sizeof chunk ? n - done : sizeof chunk;
        for (size_t i = 0; i < k; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            chunk[i] = c < 0 ? (unsigned char)x : (unsigned char)c;
        }
        done += k;
        zs.next_in = chunk;
        zs.avail_in = (uInt)k;
        do {
            zs.next_out = (Bytef *)out + len;
            zs.avail_out = (uInt)(cap - len);
            deflate(&zs, done == n ? Z_FINISH : Z_NO_FLUSH);
            len = cap - zs.avail_out;
        } while (zs.avail_in > 0 || (done == n && zs.avail_out == 0));
    }
    deflateEnd(&zs);
    *out_n = len;
    return out;
}

static void test_gzip_bombs(void **state)
{
    (void)state;
    size_t n;
    /* 100 MB of zeros in about 100 KB: stopped by the ratio */
    char *bomb = gzip_of(100u * 1000 * 1000, 0, &n);
    print_message("gzip of 100 MB of zeros: %zu octets\n", n);
    struct result r = run(MXQ_REPORT_AUTO, bomb, n);
    assert_false(r.ok);
    /* deflate packs zeros about 1030:1, so the size limit comes first */
    assert_true(strstr(r.err, "larger than") != NULL ||
                strstr(r.err, "times its compressed size") != NULL);
    print_message("  -> %s\n", r.err);
    yajl_tree_free(r.tree);
    free(bomb);

    /* 4 MiB of zeros, under the size limit: stopped by the ratio */
    bomb = gzip_of(4u * 1024 * 1024, 0, &n);
    r = run(MXQ_REPORT_AUTO, bomb, n);
    assert_false(r.ok);
    assert_non_null(strstr(r.err, "times its compressed size"));
    print_message("gzip of 4 MiB of zeros (%zu octets) -> %s\n", n, r.err);
    yajl_tree_free(r.tree);
    free(bomb);

    /* 17 MiB that do not compress: stopped by the size */
    bomb = gzip_of(17u * 1024 * 1024, -1, &n);
    r = run(MXQ_REPORT_AUTO, bomb, n);
    assert_false(r.ok);
    assert_non_null(strstr(r.err, "larger than"));
    print_message("gzip of 17 MiB of noise -> %s\n", r.err);
    yajl_tree_free(r.tree);

    /* cut short */
    r = run(MXQ_REPORT_AUTO, bomb, n / 2);
    assert_false(r.ok);
    print_message("a truncated gzip -> %s\n", r.err);
    yajl_tree_free(r.tree);
    free(bomb);
}

/* A zip of one member, made in memory. */
static char *zip_of(const char *member, const void *data, size_t len,
                    size_t *out_n)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    assert_non_null(src);
    zip_source_keep(src);
    zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    zip_source_t *file = zip_source_buffer(z, data, len, 0);
    assert_true(zip_file_add(z, member, file, 0) >= 0);
    assert_int_equal(zip_close(z), 0);
    assert_int_equal(zip_source_open(src), 0);
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    char *out = malloc((size_t)size);
    assert_int_equal(zip_source_read(src, out, (zip_uint64_t)size), size);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    *out_n = (size_t)size;
    return out;
}

static void test_zip(void **state)
{
    (void)state;
    static const char report[] =
        "<?xml version=\"1.0\"?><feedback><report_metadata><org_name>x"
        "</org_name><report_id>1</report_id></report_metadata>"
        "<policy_published><domain>example.com</domain><p>none</p>"
        "</policy_published><record><row><source_ip>192.0.2.1</source_ip>"
        "<count>2</count></row></record></feedback>";
    size_t n;
    char *zip = zip_of("r.xml", report, sizeof report - 1, &n);
    struct result r = run(MXQ_REPORT_AUTO, zip, n);
    assert_true(r.ok);
    assert_int_equal(get(item(get(r.tree, "records", NULL), 0), "row",
                         "count", NULL)->u.number.i,
                     2);
    yajl_tree_free(r.tree);
    free(zip);

    size_t big = 50u * 1000 * 1000;
    char *zeros = calloc(1, big);
    zip = zip_of("bomb.xml", zeros, big, &n);
    free(zeros);
    print_message("zip of 50 MB of zeros: %zu octets\n", n);
    r = run(MXQ_REPORT_AUTO, zip, n);
    assert_false(r.ok);
    print_message("  -> %s\n", r.err);
    yajl_tree_free(r.tree);
    /* and broken */
    r = run(MXQ_REPORT_AUTO, zip, n / 3);
    assert_false(r.ok);
    print_message("a truncated zip -> %s\n", r.err);
    yajl_tree_free(r.tree);
    free(zip);
}

static void test_xml_hostile(void **state)
{
    (void)state;
    static const char laughs[] =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        "<feedback><report_metadata><org_name>&lol2;</org_name>"
        "</report_metadata></feedback>";
    struct result r = run(MXQ_REPORT_DMARC_AGGREGATE, laughs,
                          sizeof laughs - 1);
    assert_false(r.ok);
    assert_non_null(strstr(r.err, "DOCTYPE"));
    yajl_tree_free(r.tree);

    static const char external[] =
        "<?xml version=\"1.0\"?><!DOCTYPE f SYSTEM \"file:///etc/passwd\">"
        "<feedback/>";
    r = run(MXQ_REPORT_DMARC_AGGREGATE, external, sizeof external - 1);
    assert_false(r.ok);
    yajl_tree_free(r.tree);

    /* nested too deep */
    char deep[4096] = "<feedback>";
    for (int i = 0; i < 100; i++)
        strcat(deep, "<a>");
    r = run(MXQ_REPORT_DMARC_AGGREGATE, deep, strlen(deep));
    assert_false(r.ok);
    yajl_tree_free(r.tree);

    static const char other[] = "<html><body>hi</body></html>";
    r = run(MXQ_REPORT_DMARC_AGGREGATE, other, sizeof other - 1);
    assert_false(r.ok);
    assert_non_null(strstr(r.err, "root"));
    yajl_tree_free(r.tree);
}

static void test_json_hostile(void **state)
{
    (void)state;
    size_t n = 200000;
    char *deep = malloc(n);
    memset(deep, '[', n);
    struct result r = run(MXQ_REPORT_TLSRPT, deep, n);
    assert_false(r.ok);
    print_message("200000 '[' -> %s\n", r.err);
    yajl_tree_free(r.tree);
    free(deep);

    static const char *const bad[] = {"", "{", "[1,2]", "\"x\"",
                                      "{\"policies\": 3}",
                                      "{\"report-id\": \"\xff\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        r = run(MXQ_REPORT_TLSRPT, bad[i], strlen(bad[i]));
        assert_false(r.ok);
        yajl_tree_free(r.tree);
    }
}

/* Every parser on noise and on cut samples: an error or a report, never
 * a crash, always JSON. */
static void test_garbage(void **state)
{
    (void)state;
    static const enum mxq_report_kind kinds[] = {
        MXQ_REPORT_AUTO, MXQ_REPORT_DMARC_AGGREGATE, MXQ_REPORT_TLSRPT,
        MXQ_REPORT_DELIVERY_STATUS, MXQ_REPORT_FEEDBACK,
        MXQ_REPORT_DISPOSITION, MXQ_REPORT_NONE};
    uint32_t x = 88172645u;
    char noise[2048];
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round * 10) % sizeof noise;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            noise[i] = (char)(round % 3 == 0 ? (x % 96) + 32 : x);
        }
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
            struct result r = run(kinds[k], noise, n);
            yajl_tree_free(r.tree);
        }
    }
    size_t n;
    char *xml = test_read_file(CONF "/mail-auth/dmarc-feedback/001.xml", &n);
    for (size_t cut = 0; cut < n; cut += 7) {
        struct result r = run(MXQ_REPORT_DMARC_AGGREGATE, xml, cut);
        yajl_tree_free(r.tree);
    }
    free(xml);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mail_auth_dmarc),
        cmocka_unit_test(test_parsedmarc_aggregate),
        cmocka_unit_test(test_parsedmarc_aggregate_invalid),
        cmocka_unit_test(test_mail_auth_tlsrpt),
        cmocka_unit_test(test_parsedmarc_smtp_tls),
        cmocka_unit_test(test_mail_auth_arf),
        cmocka_unit_test(test_sisimai_dsn),
        cmocka_unit_test(test_delivery_status_fields),
        cmocka_unit_test(test_mdn),
        cmocka_unit_test(test_gzip_bombs),
        cmocka_unit_test(test_zip),
        cmocka_unit_test(test_xml_hostile),
        cmocka_unit_test(test_json_hostile),
        cmocka_unit_test(test_garbage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
