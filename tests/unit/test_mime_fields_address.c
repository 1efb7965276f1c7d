/*
 * RFC 5322 field bodies: address lists (grammar/mime_address.rl), message
 * ids (grammar/mime_id.rl), the Keywords list and unstructured text with
 * RFC 2047 encoded words (grammar/mime_text.rl).
 *
 * First the mail-parser conformance suites (conformance/mail-parser/
 * {address,id,list,unstructured}.json): every expected value is compared,
 * names after decoding, addresses, groups and their members, ids, list
 * items, text. A line per suite says how many passed; a case may only be
 * skipped with its reason in `skips` below (there are none now). Then
 * cases of our own: the limits, the slices, what must be refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "mime_address.h"
#include "mime_id.h"
#include "mime_text.h"

#define OUT_MAX 8192

/* A growing string, for the canonical forms that are compared. */
struct str {
    char *s;
    size_t n;
};

static void str_add(struct str *b, const char *p, size_t n)
{
    b->s = realloc(b->s, b->n + n + 1);
    assert_non_null(b->s);
    memcpy(b->s + b->n, p, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void str_cat(struct str *b, const char *p)
{
    str_add(b, p, strlen(p));
}

/* A JSON string or null, in brackets. */
static void str_value(struct str *b, yajl_val v)
{
    if (v == NULL || YAJL_IS_NULL(v)) {
        str_cat(b, "null");
        return;
    }
    assert_true(YAJL_IS_STRING(v));
    str_cat(b, "[");
    str_cat(b, v->u.string);
    str_cat(b, "]");
}

static void str_text(struct str *b, const struct mxq_mime_text *t, bool some)
{
    if (!some) {
        str_cat(b, "null");
        return;
    }
    str_cat(b, "[");
    str_add(b, t->buf, t->len);
    str_cat(b, "]");
}

static char *read_file(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/mail-parser/%s", MXQ_CONFORMANCE_DIR,
             name);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)size + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
    buf[size] = '\0';
    fclose(f);
    *len = (size_t)size;
    return buf;
}

static yajl_val load_suite(const char *name)
{
    size_t len;
    char err[256];
    char *text = read_file(name, &len);
    yajl_val root = yajl_tree_parse(text, err, sizeof err);
    free(text);
    if (root == NULL || !YAJL_IS_ARRAY(root))
        fail_msg("%s: %s", name, err);
    return root;
}

static yajl_val member(yajl_val obj, const char *key)
{
    const char *path[] = { key, NULL };
    return yajl_tree_get(obj, path, yajl_t_any);
}

/* A case that may be skipped, and why. */
struct skip {
    const char *suite;
    size_t index;
    const char *reason;
};

static const struct skip skips[] = {
    { NULL, 0, NULL }
};

static const char *skip_reason(const char *suite, size_t index)
{
    for (size_t i = 0; skips[i].suite != NULL; i++)
        if (strcmp(skips[i].suite, suite) == 0 && skips[i].index == index)
            return skips[i].reason;
    return NULL;
}

typedef void canonical_fn(const char *header, size_t n, struct str *out);
typedef void expected_fn(yajl_val expected, struct str *out);

/* Runs a suite: each case's canonical result against its expectation. */
static void run_suite(const char *suite, canonical_fn *actual,
                      expected_fn *expected)
{
    char file[64];
    snprintf(file, sizeof file, "%s.json", suite);
    yajl_val root = load_suite(file);
    size_t total = root->u.array.len, passed = 0, skipped = 0, failed = 0;
    const char *why = NULL;

    for (size_t i = 0; i < total; i++) {
        yajl_val c = root->u.array.values[i];
        const char *header = member(c, "header")->u.string;
        const char *reason = skip_reason(suite, i);
        if (reason != NULL) {
            skipped++;
            why = reason;
            continue;
        }
        struct str want = { 0 }, got = { 0 };
        str_cat(&want, "");
        str_cat(&got, "");
        expected(member(c, "expected"), &want);
        actual(header, strlen(header), &got);
        if (strcmp(want.s, got.s) == 0) {
            passed++;
        } else {
            failed++;
            printf("%s #%zu: %s\n  want %s\n  got  %s\n", suite, i, header,
                   want.s, got.s);
        }
        free(want.s);
        free(got.s);
    }
    printf("%s: %zu/%zu passed (%zu skipped%s%s)\n", suite, passed, total,
           skipped, why ? ": " : "", why ? why : "");
    yajl_tree_free(root);
    assert_int_equal(failed, 0);
}

/* -------------------------------------------------------- address.json */

/* The canonical form: G for a group list, L for a plain list; each
 * group as name{members}, each member as name=address. */
static void expected_address(yajl_val e, struct str *out)
{
    yajl_val list = member(e, "List"), groups = member(e, "Group");
    if (list != NULL) {
        str_cat(out, "L");
        for (size_t i = 0; i < list->u.array.len; i++) {
            yajl_val a = list->u.array.values[i];
            str_value(out, member(a, "name"));
            str_cat(out, "=");
            str_value(out, member(a, "address"));
            str_cat(out, ";");
        }
        return;
    }
    assert_non_null(groups);
    str_cat(out, "G");
    for (size_t g = 0; g < groups->u.array.len; g++) {
        yajl_val grp = groups->u.array.values[g];
        yajl_val addrs = member(grp, "addresses");
        str_value(out, member(grp, "name"));
        str_cat(out, "{");
        for (size_t i = 0; i < addrs->u.array.len; i++) {
            yajl_val a = addrs->u.array.values[i];
            str_value(out, member(a, "name"));
            str_cat(out, "=");
            str_value(out, member(a, "address"));
            str_cat(out, ";");
        }
        str_cat(out, "}");
    }
}

static void mailbox_canonical(const struct mxq_mime_address *a,
                              struct str *out)
{
    char buf[OUT_MAX];
    struct mxq_mime_text t;

    mxq_mime_text_init(&t, buf, sizeof buf);
    str_text(out, &t, mxq_mime_address_name(a, &t));
    assert_false(t.truncated);
    str_cat(out, "=");
    mxq_mime_text_init(&t, buf, sizeof buf);
    mxq_mime_address_text(a->address, &t);
    str_text(out, &t, a->address.n > 0);
    str_cat(out, ";");
}

static void actual_address(const char *h, size_t n, struct str *out)
{
    struct mxq_mime_address_cursor c = { 0 };
    struct mxq_mime_address a;
    struct str list = { 0 }, groups = { 0 };
    bool any_group = false, open = false;
    enum mxq_mime_addr_status st;
    char buf[OUT_MAX];

    str_cat(&list, "L");
    str_cat(&groups, "G");
    while ((st = mxq_mime_address_next(h, n, &c, &a)) == MXQ_MIME_ADDR_ITEM) {
        if (a.kind == MXQ_MIME_ADDR_GROUP_START) {
            struct mxq_mime_text t;
            mxq_mime_text_init(&t, buf, sizeof buf);
            if (open)
                str_cat(&groups, "}");
            open = true;
            any_group = true;
            str_text(&groups, &t, mxq_mime_address_name(&a, &t));
            str_cat(&groups, "{");
            continue;
        }
        if (a.kind == MXQ_MIME_ADDR_GROUP_END) {
            str_cat(&groups, "}");
            open = false;
            continue;
        }
        if (a.group.n == 0 && !open) {
            /* ungrouped mailboxes after a group form a group of no name */
            str_cat(&groups, "null{");
            open = true;
        }
        mailbox_canonical(&a, &list);
        mailbox_canonical(&a, &groups);
        /* an ungrouped run stays open until a group starts or the end */
    }
    if (open)
        str_cat(&groups, "}");
    if (st != MXQ_MIME_ADDR_END) {
        char s[32];
        snprintf(s, sizeof s, "status %d", (int)st);
        str_cat(out, s);
    }
    str_cat(out, any_group ? groups.s : list.s);
    free(list.s);
    free(groups.s);
}

/* ------------------------------------------------------------- id.json */

static void expected_ids(yajl_val e, struct str *out)
{
    if (YAJL_IS_NULL(e))
        return;
    for (size_t i = 0; i < e->u.array.len; i++)
        str_value(out, e->u.array.values[i]);
}

static void actual_ids(const char *h, size_t n, struct str *out)
{
    size_t pos = 0;
    struct mxq_mime_id id;
    enum mxq_mime_id_status st;

    str_cat(out, "");
    while ((st = mxq_mime_id_next(h, n, &pos, &id)) == MXQ_MIME_ID_ITEM) {
        str_cat(out, "[");
        str_add(out, id.id.p, id.id.n);
        str_cat(out, "]");
    }
    if (st != MXQ_MIME_ID_END)
        str_cat(out, "SYNTAX");
}

/* ----------------------------------------------------------- list.json */

static void actual_list(const char *h, size_t n, struct str *out)
{
    size_t pos = 0;
    struct mxq_slice item;
    char buf[OUT_MAX];

    str_cat(out, "");
    while (mxq_mime_list_next(h, n, &pos, &item) == MXQ_MIME_LIST_ITEM) {
        struct mxq_mime_text t;
        mxq_mime_text_init(&t, buf, sizeof buf);
        mxq_mime_unstructured(item.p, item.n, &t);
        str_text(out, &t, true);
    }
}

/* --------------------------------------------------- unstructured.json */

static void expected_text(yajl_val e, struct str *out)
{
    str_value(out, e);
}

static void actual_text(const char *h, size_t n, struct str *out)
{
    char buf[OUT_MAX];
    struct mxq_mime_text t;

    mxq_mime_text_init(&t, buf, sizeof buf);
    mxq_mime_unstructured(h, n, &t);
    str_text(out, &t, true);
}

static void test_address_suite(void **state)
{
    (void)state;
    run_suite("address", actual_address, expected_address);
}

static void test_id_suite(void **state)
{
    (void)state;
    run_suite("id", actual_ids, expected_ids);
}

static void test_list_suite(void **state)
{
    (void)state;
    run_suite("list", actual_list, expected_ids);
}

static void test_unstructured_suite(void **state)
{
    (void)state;
    run_suite("unstructured", actual_text, expected_text);
}

/* ------------------------------------------------------- our own cases */

static enum mxq_mime_addr_status first(const char *h, struct mxq_mime_address *a)
{
    struct mxq_mime_address_cursor c = { 0 };
    return mxq_mime_address_next(h, strlen(h), &c, a);
}

static void assert_slice(struct mxq_slice s, const char *want)
{
    if (s.n != strlen(want) || memcmp(s.p, want, s.n) != 0)
        fail_msg("slice [%.*s], want [%s]", (int)s.n, s.p, want);
}

static void test_slices_and_flags(void **state)
{
    struct mxq_mime_address a;
    (void)state;

    assert_int_equal(first("John <john.doe@example.com>\r\n", &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_slice(a.display_name, "John");
    assert_slice(a.local, "john.doe");
    assert_slice(a.domain, "example.com");
    assert_slice(a.addr_spec, "john.doe@example.com");
    assert_true(a.flags & MXQ_MIME_ADDR_PLAIN);

    /* obs-local-part and obs-domain: CFWS around the dots */
    assert_int_equal(first("john . \"d oe\" @ example (x). com\r\n", &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_true(a.flags & MXQ_MIME_ADDR_SPEC);
    assert_false(a.flags & MXQ_MIME_ADDR_PLAIN);
    assert_slice(a.local, "john . \"d oe\"");
    assert_slice(a.domain, "example (x). com");

    /* obs-route */
    assert_int_equal(first("<@a.example,,@b.example:x@y.example>\r\n", &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_true(a.flags & MXQ_MIME_ADDR_ROUTE);
    assert_slice(a.route, "@a.example,,@b.example");
    assert_slice(a.addr_spec, "x@y.example");
    assert_slice(a.local, "x");

    /* RFC 6532 */
    assert_int_equal(first("Jörg <jörg@bücher.example>\r\n", &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_slice(a.local, "jörg");
    assert_true(a.flags & MXQ_MIME_ADDR_PLAIN);

    /* a URL is an address, but no addr-spec */
    assert_int_equal(first("<mailto:a@b?subject=x>\r\n", &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_false(a.flags & MXQ_MIME_ADDR_SPEC);
    assert_int_equal(a.local.n, 0);
}

static void test_groups(void **state)
{
    const char *h = "g: a@b, c@d; , e@f, ,\r\n";
    struct mxq_mime_address_cursor c = { 0 };
    struct mxq_mime_address a;
    enum mxq_mime_addr_kind want[] = {
        MXQ_MIME_ADDR_GROUP_START, MXQ_MIME_ADDR_MAILBOX,
        MXQ_MIME_ADDR_MAILBOX, MXQ_MIME_ADDR_GROUP_END, MXQ_MIME_ADDR_MAILBOX
    };
    (void)state;

    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_int_equal(mxq_mime_address_next(h, strlen(h), &c, &a),
                         MXQ_MIME_ADDR_ITEM);
        assert_int_equal(a.kind, want[i]);
        if (i >= 1 && i <= 3)
            assert_slice(a.group, "g");
    }
    assert_int_equal(a.group.n, 0);
    assert_int_equal(mxq_mime_address_next(h, strlen(h), &c, &a),
                     MXQ_MIME_ADDR_END);
    assert_int_equal(mxq_mime_address_next(h, strlen(h), &c, &a),
                     MXQ_MIME_ADDR_END);

    /* a field that ends inside a group ends the group */
    const char *open = "g: a@b\r\n";
    c = (struct mxq_mime_address_cursor){ 0 };
    assert_int_equal(mxq_mime_address_next(open, strlen(open), &c, &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_int_equal(mxq_mime_address_next(open, strlen(open), &c, &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_int_equal(mxq_mime_address_next(open, strlen(open), &c, &a),
                     MXQ_MIME_ADDR_ITEM);
    assert_int_equal(a.kind, MXQ_MIME_ADDR_GROUP_END);
    assert_int_equal(mxq_mime_address_next(open, strlen(open), &c, &a),
                     MXQ_MIME_ADDR_END);
}

/* Every status until the end; fails when it does not end. */
static size_t count_status(const char *h, size_t n,
                           enum mxq_mime_addr_status want)
{
    struct mxq_mime_address_cursor c = { 0 };
    struct mxq_mime_address a;
    enum mxq_mime_addr_status st;
    size_t count = 0, rounds = 0;

    while ((st = mxq_mime_address_next(h, n, &c, &a)) != MXQ_MIME_ADDR_END) {
        assert_true(++rounds <= n + 1);
        if (st == want)
            count++;
    }
    return count;
}

static void test_refused(void **state)
{
    static const char *const bad[] = {
        "\"unclosed <a@b>\r\n",
        "(unclosed a@b\r\n",
        "a@b>\r\n",
        "<a@b\r\n",
        "<a@b> <c@d>\r\n",
        "g: h: a@b;\r\n",
        "a@b;\r\n",
        "a\x01@b\r\n",
        "<a@b> x: c@d\r\n",
        "a@[b\r\n",
    };
    (void)state;

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (count_status(bad[i], strlen(bad[i]), MXQ_MIME_ADDR_SYNTAX) == 0)
            fail_msg("accepted: %s", bad[i]);
    }
    /* what follows a broken member is still read */
    const char *h = "<a@b> <c@d>, e@f\r\n";
    assert_int_equal(count_status(h, strlen(h), MXQ_MIME_ADDR_ITEM), 1);
}

static void test_comment_depth(void **state)
{
    char h[256];
    struct mxq_mime_address a;
    size_t n = 0;
    (void)state;

    for (int depth = MXQ_MIME_COMMENT_DEPTH; depth <= MXQ_MIME_COMMENT_DEPTH + 1;
         depth++) {
        n = 0;
        for (int i = 0; i < depth; i++)
            h[n++] = '(';
        memcpy(h + n, "c", 1);
        n++;
        for (int i = 0; i < depth; i++)
            h[n++] = ')';
        memcpy(h + n, " a@b\r\n", 7);
        enum mxq_mime_addr_status st = first(h, &a);
        if (depth == MXQ_MIME_COMMENT_DEPTH) {
            assert_int_equal(st, MXQ_MIME_ADDR_ITEM);
            assert_slice(a.addr_spec, "a@b");
        } else {
            assert_int_equal(st, MXQ_MIME_ADDR_TOO_DEEP);
        }
    }
    /* the id and list machines share the limit */
    size_t pos = 0;
    struct mxq_mime_id id;
    assert_int_equal(mxq_mime_id_next(h, strlen(h), &pos, &id),
                     MXQ_MIME_ID_SYNTAX);
}

static void test_long_input(void **state)
{
    enum { COUNT = 20000 };
    size_t n = COUNT * 14 + 3;  /* "a00000@b.c,\r\n " each */
    char *h = malloc(n + 1);
    (void)state;

    assert_non_null(h);
    size_t len = 0;
    for (int i = 0; i < COUNT; i++)
        len += (size_t)sprintf(h + len, "a%05d@b.c,\r\n ", i);
    memcpy(h + len, "\r\n", 2);
    len += 2;
    assert_int_equal(count_status(h, len, MXQ_MIME_ADDR_ITEM), COUNT);

    /* one very long display name, decoded into a small buffer */
    memset(h, 'x', n - 10);
    memcpy(h + n - 10, " <a@b>\r\n", 9);
    struct mxq_mime_address a;
    struct mxq_mime_address_cursor c = { 0 };
    assert_int_equal(mxq_mime_address_next(h, n - 1, &c, &a),
                     MXQ_MIME_ADDR_ITEM);
    char small[16];
    struct mxq_mime_text t;
    mxq_mime_text_init(&t, small, sizeof small);
    assert_true(mxq_mime_address_name(&a, &t));
    assert_true(t.truncated);
    assert_int_equal(t.len, sizeof small);
    free(h);
}

static void test_text_decoding(void **state)
{
    static const struct { const char *in, *out; bool undecoded; } cases[] = {
        { "=?windows-1252?Q?=80_=93q=94?=\r\n", "\xe2\x82\xac \xe2\x80\x9cq\xe2\x80\x9d", false },
        { "=?latin1?B?6Q==?=\r\n", "\xc3\xa9", false },
        { "=?utf-8?B?w6k?=\r\n", "\xc3\xa9", false },      /* no padding */
        { "=?koi8-r?B?6Q==?= x\r\n", "=?koi8-r?B?6Q==?= x", true },
        { "=?utf-8?B?!!!?=\r\n", "=?utf-8?B?!!!?=", true },
        { "=?utf-8?Q?a=2?=\r\n", "a=2", false },
        { "a\r\n b\r\nc: d\r\n", "a b", false },
    };
    char buf[128];
    struct mxq_mime_text t;
    (void)state;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mxq_mime_text_init(&t, buf, sizeof buf);
        mxq_mime_unstructured(cases[i].in, strlen(cases[i].in), &t);
        if (t.len != strlen(cases[i].out) ||
            memcmp(buf, cases[i].out, t.len) != 0)
            fail_msg("%s: got [%.*s]", cases[i].in, (int)t.len, buf);
        assert_int_equal(t.undecoded, cases[i].undecoded);
    }
    assert_true(mxq_mime_is_encoded_word("=?a*en?q?x?=", 12));
    assert_false(mxq_mime_is_encoded_word("=?a?x?x?=", 9));
}

static void test_ids(void **state)
{
    const char *h = "<a.b@c.d> , <x @ y(c)> bare@id (c)\r\n";
    size_t pos = 0;
    struct mxq_mime_id id;
    (void)state;

    assert_int_equal(mxq_mime_id_next(h, strlen(h), &pos, &id),
                     MXQ_MIME_ID_ITEM);
    assert_true(id.strict);
    assert_slice(id.left, "a.b");
    assert_slice(id.right, "c.d");
    assert_int_equal(mxq_mime_id_next(h, strlen(h), &pos, &id),
                     MXQ_MIME_ID_ITEM);
    assert_false(id.strict);
    assert_slice(id.id, "x @ y(c)");
    assert_int_equal(mxq_mime_id_next(h, strlen(h), &pos, &id),
                     MXQ_MIME_ID_ITEM);
    assert_false(id.bracketed);
    assert_slice(id.id, "bare@id");
    assert_int_equal(mxq_mime_id_next(h, strlen(h), &pos, &id),
                     MXQ_MIME_ID_END);
    pos = 0;
    assert_int_equal(mxq_mime_id_next("<a@b\r\n", 6, &pos, &id),
                     MXQ_MIME_ID_SYNTAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address_suite),
        cmocka_unit_test(test_id_suite),
        cmocka_unit_test(test_list_suite),
        cmocka_unit_test(test_unstructured_suite),
        cmocka_unit_test(test_slices_and_flags),
        cmocka_unit_test(test_groups),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_comment_depth),
        cmocka_unit_test(test_long_input),
        cmocka_unit_test(test_text_decoding),
        cmocka_unit_test(test_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
