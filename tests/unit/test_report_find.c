/*
 * Which received messages are reports, and their `report` objects
 * (engine/message/report_find.c): every report sample of the conformance
 * suites as a whole message, and messages built here around the
 * attachment forms DMARC reporters use (zip, gzip, XML, with and without
 * the hints of RFC 7489 §7.2.1.1).
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

#include "base64.h"
#include "buffer.h"
#include "files.h"
#include "report_find.h"

#define CONF MXQ_CONFORMANCE_DIR

/* What mxq_report_find made of a message: NULL tree when no report. */
struct found {
    yajl_val tree;
    const char *type;
    const char *error;
};

static struct found find(const char *msg, size_t n, bool null_sender)
{
    struct mxq_buffer json = {0};
    struct found f = {0};
    enum mxq_report_found r = mxq_report_find(msg, n, null_sender, &json);
    assert_int_not_equal(r, MXQ_REPORT_FOUND_NO_MEMORY);
    if (r == MXQ_REPORT_FOUND) {
        char err[256];
        assert_true(mxq_buffer_append(&json, "", 1));
        f.tree = yajl_tree_parse(json.data, err, sizeof err);
        if (f.tree == NULL)
            fail_msg("report JSON does not parse (%s): %s", err, json.data);
        assert_true(YAJL_IS_OBJECT(f.tree));
        const char *type_path[] = {"type", NULL};
        const char *error_path[] = {"error", NULL};
        f.type = YAJL_GET_STRING(yajl_tree_get(f.tree, type_path,
                                               yajl_t_string));
        assert_non_null(f.type);
        f.error = YAJL_GET_STRING(yajl_tree_get(f.tree, error_path,
                                                yajl_t_string));
    } else {
        assert_int_equal(json.len, 0);
    }
    mxq_buffer_free(&json);
    return f;
}

/* The file as SMTP carries it: every line ending CRLF (the samples are
 * stored with LF), without the "From " line of an mbox. */
static char *read_as_sent(const char *path, size_t *n)
{
    size_t len;
    char *raw = test_read_file(path, &len);
    assert_non_null(raw);
    size_t from = 0;
    if (len > 5 && memcmp(raw, "From ", 5) == 0)
        while (from < len && raw[from++] != '\n')
            ;
    char *out = test_to_crlf(raw + from, len - from, n);
    free(raw);
    return out;
}

static const char *member(yajl_val tree, const char *a, const char *b)
{
    const char *path[] = {a, b, NULL};
    yajl_val v = yajl_tree_get(tree, path, yajl_t_any);
    return YAJL_IS_STRING(v) ? YAJL_GET_STRING(v) : NULL;
}

/* ------------------------------------------------ the sample suites */
struct tally {
    const char *prefix;       /* files whose name starts so; "" for all */
    bool null_sender;
    size_t files, none, errors;
    size_t dsn, arf, mdn, dmarc, tlsrpt, bounce, other;
    size_t with_original_id;  /* reports naming the returned message */
    size_t bounce_facts;      /* statuses and recipients of bounces */
    char none_names[2048];    /* which were no report */
};

static void count(const char *path, const char *name, void *ctx)
{
    struct tally *t = ctx;
    if (strncmp(name, t->prefix, strlen(t->prefix)) != 0 ||
        !test_ends_with(name, ".eml"))
        return;
    size_t n;
    char *msg = read_as_sent(path, &n);
    t->files++;
    struct found f = find(msg, n, t->null_sender);
    if (f.tree == NULL) {
        t->none++;
        size_t used = strlen(t->none_names);
        snprintf(t->none_names + used, sizeof t->none_names - used, " %s",
                 name);
    } else {
        static const struct {
            const char *type;
            size_t offset;
        } kinds[] = {{"dsn", offsetof(struct tally, dsn)},
                     {"arf", offsetof(struct tally, arf)},
                     {"mdn", offsetof(struct tally, mdn)},
                     {"dmarc", offsetof(struct tally, dmarc)},
                     {"tlsrpt", offsetof(struct tally, tlsrpt)},
                     {"bounce", offsetof(struct tally, bounce)}};
        size_t *slot = &t->other;
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (strcmp(f.type, kinds[i].type) == 0)
                slot = (size_t *)((char *)t + kinds[i].offset);
        (*slot)++;
        if (f.error) {
            t->errors++;
            fprintf(stderr, "  %s: %s: %s\n", name, f.type, f.error);
        }
        if (strcmp(f.type, "bounce") == 0) {
            const char *status = member(f.tree, "status", NULL);
            const char *rcpt = member(f.tree, "recipient", NULL);
            fprintf(stderr, "  %s: bounce: status %s, recipient %s\n", name,
                    status ? status : "-", rcpt ? rcpt : "-");
            t->bounce_facts += (status != NULL) + (rcpt != NULL);
        }
        if (member(f.tree, "original-message-id", NULL))
            t->with_original_id++;
        yajl_tree_free(f.tree);
    }
    free(msg);
}

static struct tally run_suite(const char *dir, const char *prefix,
                              bool null_sender)
{
    struct tally t = {.prefix = prefix, .null_sender = null_sender};
    test_each_file(dir, count, &t);
    fprintf(stderr,
            "%s/%s*: %zu files: dsn %zu, arf %zu, mdn %zu, dmarc %zu, "
            "tlsrpt %zu, bounce %zu, other %zu, no report %zu, errors %zu, "
            "original-message-id %zu\n",
            dir + strlen(CONF) + 1, prefix, t.files, t.dsn, t.arf, t.mdn,
            t.dmarc, t.tlsrpt, t.bounce, t.other, t.none, t.errors,
            t.with_original_id);
    if (t.none > 0)
        fprintf(stderr, "  no report:%s\n", t.none_names);
    assert_true(t.files > 0);
    return t;
}

/* RFC 3464 reports and four text bounces from many MTAs (the bounces
 * come from the null path, as RFC 5321 §4.5.5 has them sent). Three are
 * multipart/report whose delimiter lines the suite stripped: reports
 * still, with their error. */
static void test_sisimai_rfc3464(void **state)
{
    (void)state;
    struct tally t = run_suite(CONF "/sisimai-dsn", "rfc3464-", true);
    assert_int_equal(t.none, 0);
    assert_int_equal(t.dsn, 29);
    assert_int_equal(t.bounce, 4);
    assert_int_equal(t.other, 3);
    assert_int_equal(t.errors, t.other);
    assert_int_equal(t.with_original_id, 26);
    assert_int_equal(t.bounce_facts, 4 + 1); /* 4 recipients, 1 status */
}

/* Postfix: 64 DSNs (one without a recipient block: its error), four
 * text bounces, and one postmaster notice ("Postfix SMTP server: errors
 * from ...") that reports no delivery. */
static void test_sisimai_postfix(void **state)
{
    (void)state;
    struct tally t = run_suite(CONF "/sisimai-dsn", "lhost-postfix-", true);
    assert_int_equal(t.dsn, 64);
    assert_int_equal(t.bounce, 4);
    assert_int_equal(t.none, 1);
    assert_int_equal(t.errors, 1);
    assert_int_equal(t.bounce_facts, 4 + 2); /* 4 recipients, 2 statuses */
}

/* Feedback reports; Microsoft's JMRP complaints (multipart/mixed around
 * the message) and Apple's "unsubscribe" mail are no ARF and no report. */
static void test_sisimai_arf(void **state)
{
    (void)state;
    struct tally t = run_suite(CONF "/sisimai-dsn", "arf-", false);
    assert_int_equal(t.errors, 0);
    assert_int_equal(t.arf, 13);
    assert_int_equal(t.none, 4);
}

/* Auto-replies (RFC 3834) are answers, not reports. */
static void test_sisimai_auto_replies(void **state)
{
    (void)state;
    struct tally t = run_suite(CONF "/sisimai-dsn", "rfc3834-", false);
    assert_int_equal(t.none, t.files);
}

static void test_parsedmarc_messages(void **state)
{
    (void)state;
    struct tally agg = run_suite(CONF "/parsedmarc-samples/aggregate", "",
                                 false);
    assert_int_equal(agg.dmarc, agg.files);
    assert_int_equal(agg.errors, 0);
    struct tally tls = run_suite(CONF "/parsedmarc-samples/smtp_tls", "",
                                 false);
    assert_int_equal(tls.tlsrpt, tls.files);
    assert_int_equal(tls.errors, 0);
    /* DMARC failure reports are ARF (RFC 6591); Exim's plain-text one is
     * a multipart/report without its ARF part: a report with its error */
    struct tally fail = run_suite(CONF "/parsedmarc-samples/failure", "",
                                  false);
    assert_int_equal(fail.arf, fail.files - 1);
    assert_int_equal(fail.other, 1);
    assert_int_equal(fail.errors, 1);
}

static void test_mail_auth_arf(void **state)
{
    (void)state;
    struct tally t = run_suite(CONF "/mail-auth/arf", "", false);
    assert_int_equal(t.arf, t.files);
    assert_int_equal(t.errors, 0);
}

/* ------------------------------------- attachments built around samples */
static char *message(const char *subject, const char *from,
                     const char *type, const char *filename,
                     const char *payload, size_t payload_len, size_t *n)
{
    struct mxq_buffer m = {0};
    char head[1024];
    snprintf(head, sizeof head,
             "From: %s\r\nTo: dmarc@example.com\r\nSubject: %s\r\n"
             "MIME-Version: 1.0\r\n"
             "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
             "--b1\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
             "--b1\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n",
             from, subject, type, filename);
    assert_true(mxq_buffer_append_str(&m, head));
    assert_true(mxq_base64_append(&m, payload, payload_len));
    assert_true(mxq_buffer_append_str(&m, "\r\n--b1--\r\n"));
    *n = m.len;
    return m.data;
}

static struct found attach(const char *subject, const char *type,
                           const char *filename, const char *sample)
{
    size_t payload_len, n;
    char *payload = test_read_file(sample, &payload_len);
    assert_non_null(payload);
    char *msg = message(subject, "noreply-dmarc@example.net", type, filename,
                        payload, payload_len, &n);
    struct found f = find(msg, n, false);
    free(msg);
    free(payload);
    return f;
}

#define AGG CONF "/parsedmarc-samples/aggregate/"

static void test_dmarc_attachments(void **state)
{
    (void)state;
    static const struct {
        const char *type, *file;
    } forms[] = {
        {"application/zip", "estadocuenta1.infonacot.gob.mx_example.com_"
                            "1536853302_1536939702_2940.xml.zip"},
        {"application/gzip",
         "fastmail.com_example.com_1516060800_1516147199_102675056.xml.gz"},
        {"text/xml", "example.net_example.com_1529366400_1529452799.xml"},
        {"application/octet-stream",
         "fastmail.com_example.com_1516060800_1516147199_102675056.xml.gz"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s%s", AGG, forms[i].file);
        /* no hint at all: it is a report because it parses as one */
        struct found f = attach("Your mail", forms[i].type, "report", path);
        assert_non_null(f.tree);
        assert_string_equal(f.type, "dmarc");
        assert_null(f.error);
        assert_non_null(member(f.tree, "report_metadata", "org_name"));
        yajl_tree_free(f.tree);
    }
}

/* A broken report the message says is one: a report with its error. An
 * attachment that says nothing and is no report: no report. */
static void test_dmarc_hints(void **state)
{
    (void)state;
    const char *invalid = CONF "/parsedmarc-samples/aggregate_invalid/"
                               "report_with_upper_cased_pass.xml";
    struct found f = attach("Report Domain: example.com Submitter: "
                            "example.net Report-ID: 1",
                            "text/xml", "report.xml", invalid);
    assert_non_null(f.tree);
    assert_string_equal(f.type, "dmarc");
    assert_non_null(f.error);
    yajl_tree_free(f.tree);

    f = attach("Quarterly figures", "text/xml",
               "example.net!example.com!1!2.xml", invalid);
    assert_non_null(f.tree);
    assert_non_null(f.error);
    yajl_tree_free(f.tree);

    f = attach("Quarterly figures", "text/xml", "figures.xml", invalid);
    assert_null(f.tree);
    f = attach("Quarterly figures", "application/octet-stream", "x.bin",
               CONF "/sisimai-dsn/LICENSE");
    assert_null(f.tree);
}

/* ------------------------------------------------------ by hand */
static struct found find_text(const char *msg, bool null_sender)
{
    return find(msg, strlen(msg), null_sender);
}

static void test_dsn_original_message_id(void **state)
{
    (void)state;
    static const char msg[] =
        "From: MAILER-DAEMON@mx.example.net\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        " boundary=\"r\"\r\n\r\n"
        "--r\r\nContent-Type: text/plain\r\n\r\nIt failed.\r\n"
        "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n"
        "Original-Envelope-Id: ENV-7\r\n\r\n"
        "Final-Recipient: rfc822; gone@example.org\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n\r\n"
        "--r\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: me@example.com\r\nMessage-ID: <orig.42@example.com>\r\n"
        "Subject: hello\r\n\r\n"
        "--r--\r\n";
    struct found f = find_text(msg, true);
    assert_non_null(f.tree);
    assert_string_equal(f.type, "dsn");
    assert_null(f.error);
    assert_string_equal(member(f.tree, "original-message-id", NULL),
                        "orig.42@example.com");
    assert_string_equal(member(f.tree, "original-envid", NULL), "ENV-7");
    assert_string_equal(member(f.tree, "reporting-mta", NULL),
                        "mx.example.net");
    yajl_tree_free(f.tree);
}

static void test_report_without_its_part(void **state)
{
    (void)state;
    static const char msg[] =
        "Subject: report\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;"
        " boundary=\"r\"\r\n\r\n"
        "--r\r\nContent-Type: text/plain\r\n\r\nNothing else.\r\n--r--\r\n";
    struct found f = find_text(msg, true);
    assert_non_null(f.tree);
    assert_non_null(f.error);
    yajl_tree_free(f.tree);
}

static void test_bounces_and_not(void **state)
{
    (void)state;
    static const char qmail[] =
        "From: MAILER-DAEMON@mail.example.net\r\n"
        "Subject: failure notice\r\n\r\n"
        "Hi. This is the qmail-send program at mail.example.net.\r\n"
        "I'm afraid I wasn't able to deliver your message to the following"
        " addresses.\r\nThis is a permanent error; I've given up. Sorry it"
        " didn't work out.\r\n\r\n"
        "<gone@example.org>:\r\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\r\n";
    struct found f = find_text(qmail, false);
    assert_non_null(f.tree);
    assert_string_equal(f.type, "bounce");
    assert_string_equal(member(f.tree, "recipient", NULL), "gone@example.org");
    assert_string_equal(member(f.tree, "status", NULL), "5.1.1");
    yajl_tree_free(f.tree);

    /* the same text from a person with a sender: no bounce */
    static const char person[] =
        "From: Joe <joe@example.net>\r\n"
        "Subject: failure notice\r\n\r\n"
        "<gone@example.org>: 5.1.1 gone\r\n";
    assert_null(find_text(person, false).tree);
    /* plain mail from the null path */
    static const char plain[] =
        "From: a@example.net\r\nSubject: Lunch?\r\n\r\nAt noon.\r\n";
    assert_null(find_text(plain, true).tree);
    assert_null(find_text("", true).tree);
    assert_null(find_text("\r\n", false).tree);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sisimai_rfc3464),
        cmocka_unit_test(test_sisimai_postfix),
        cmocka_unit_test(test_sisimai_arf),
        cmocka_unit_test(test_sisimai_auto_replies),
        cmocka_unit_test(test_parsedmarc_messages),
        cmocka_unit_test(test_mail_auth_arf),
        cmocka_unit_test(test_dmarc_attachments),
        cmocka_unit_test(test_dmarc_hints),
        cmocka_unit_test(test_dsn_original_message_id),
        cmocka_unit_test(test_report_without_its_part),
        cmocka_unit_test(test_bounces_and_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
