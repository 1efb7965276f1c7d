/*
 * The pending step at the end of a message: with smtp-check: spf the
 * session asks for SPF's lookups from MAIL FROM on (RESOLVE requests),
 * holds the message's 250 until they are answered or the per-message
 * deadline has passed, and puts the result in every document's checks.
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

#include "dialogue.h"
#include "files.h"
#include "sasl.h"

#define BODY "Subject: hi\r\n\r\nHello.\r\n"
#define QUEUED_1                                                          \
    "250-2.0.0 Ok, your message has been queued using the following "     \
    "identifiers:\r\n250 2.0.0 t1 for b@example.org\r\n"

/* The client is 127.0.0.2 (dialogue.c). */
static const struct fake_record zone[] = {
    {"pass.test", MXQ_DNS_TXT, "v=spf1 ip4:127.0.0.0/8 -all", 0},
    {"fail.test", MXQ_DNS_TXT, "v=spf1 -all", 0},
    {"mx.test", MXQ_DNS_TXT, "v=spf1 mx -all", 0},
    {"mx.test", MXQ_DNS_MX, "mail.mx.test", 10},
    {"mail.mx.test", MXQ_DNS_A, "127.0.0.2", 0},
    {"helo.test", MXQ_DNS_TXT, "v=spf1 a -all", 0},
    {"helo.test", MXQ_DNS_A, "127.0.0.2", 0},
};

static void start(struct dialogue *d, bool waits)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_SPF;
    cfg.check_timeout = 20;
    dialogue_start(d, &cfg);
    d->zone = zone;
    d->zone_count = sizeof zone / sizeof zone[0];
    d->resolve_waits = waits;
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

/* The one check of document i, as "result identity-key identity". */
static const char *check_of(struct dialogue *d, size_t i)
{
    static char text[256];
    char err[256];
    assert_true(i < d->doc_count);
    yajl_val v = yajl_tree_parse(d->docs[i].json, err, sizeof err);
    assert_non_null(v);
    const char *path[] = {"checks", NULL};
    yajl_val checks = yajl_tree_get(v, path, yajl_t_array);
    if (checks == NULL) {
        yajl_tree_free(v);
        return "no checks";
    }
    assert_int_equal(YAJL_GET_ARRAY(checks)->len, 1);
    yajl_val c = YAJL_GET_ARRAY(checks)->values[0];
    assert_true(YAJL_IS_OBJECT(c));
    assert_int_equal(YAJL_GET_OBJECT(c)->len, 2);
    assert_string_equal(YAJL_GET_OBJECT(c)->keys[0], "spf");
    snprintf(text, sizeof text, "%s %s %s",
             YAJL_GET_STRING(YAJL_GET_OBJECT(c)->values[0]),
             YAJL_GET_OBJECT(c)->keys[1],
             YAJL_GET_STRING(YAJL_GET_OBJECT(c)->values[1]));
    yajl_tree_free(v);
    return text;
}

static void send_message(struct dialogue *d, const char *sender)
{
    char mail[256];
    snprintf(mail, sizeof mail,
             "MAIL FROM:<%s>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n", sender);
    dialogue_send(d, mail);
    dialogue_send(d, BODY ".\r\n");
}

static void test_results_in_the_documents(void **state)
{
    (void)state;
    static const struct {
        const char *sender, *want;
    } cases[] = {
        {"a@pass.test", "pass smtp.mailfrom a@pass.test"},
        {"a@fail.test", "fail smtp.mailfrom a@fail.test"},
        {"a@mx.test", "pass smtp.mailfrom a@mx.test"},
        {"a@nosuch.test", "none smtp.mailfrom a@nosuch.test"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct dialogue d;
        start(&d, false);
        send_message(&d, cases[i].sender);
        dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                            "354 End data with <CR><LF>.<CR><LF>\r\n" QUEUED_1);
        assert_true(d.resolve_requests > 0);
        assert_string_equal(check_of(&d, 0), cases[i].want);
        dialogue_end(&d);
    }
}

static void test_null_sender_checks_the_helo_name(void **state)
{
    (void)state;
    struct dialogue d;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_SPF;
    dialogue_start(&d, &cfg);
    d.zone = zone;
    d.zone_count = sizeof zone / sizeof zone[0];
    dialogue_send(&d, "EHLO helo.test\r\n");
    send_message(&d, "");
    assert_int_equal(d.doc_count, 1);
    assert_string_equal(check_of(&d, 0), "pass smtp.helo helo.test");
    dialogue_end(&d);
}

/* The 250 waits for the lookups; pipelined input waits with it. */
static void test_message_waits_for_its_lookups(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    dialogue_send(&d, "MAIL FROM:<a@mx.test>\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n");
    /* SPF asked for its first lookup at once, before DATA */
    assert_int_equal(d.lookup_count, 1);
    assert_string_equal(d.lookups[0].name, "mx.test");
    assert_int_equal(d.lookups[0].type, MXQ_DNS_TXT);
    dialogue_send(&d, "RCPT TO:<b@example.org>\r\nDATA\r\n");
    dialogue_send(&d, BODY ".\r\nNOOP\r\n");
    dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n"
                        "354 End data with <CR><LF>.<CR><LF>\r\n");
    assert_int_equal(d.doc_count, 0);
    assert_int_equal(mxq_session_next_deadline(d.s), d.now + 20);
    assert_int_equal(mxq_session_input_room(d.s),
                     d.cfg.max_pending_input - strlen("NOOP\r\n"));
    /* TXT, then MX, then the MX host's A: one at a time */
    dialogue_answer_lookups(&d);
    assert_int_equal(d.resolve_requests, 3);
    dialogue_expect(&d, QUEUED_1 "250 2.0.0 Ok\r\n");
    assert_string_equal(check_of(&d, 0), "pass smtp.mailfrom a@mx.test");
    dialogue_end(&d);
}

/* Past check_timeout after the message's end the check is temperror and
 * the message is stored anyway; a late answer changes nothing. */
static void test_deadline_gives_temperror(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    send_message(&d, "a@pass.test");
    free(dialogue_take(&d));
    int64_t end = d.now;
    assert_int_equal(mxq_session_next_deadline(d.s), end + 20);
    mxq_session_tick(d.s, end + 19);
    dialogue_serve(&d);
    assert_int_equal(d.doc_count, 0);
    d.now = end + 20;
    mxq_session_tick(d.s, d.now);
    dialogue_serve(&d);
    dialogue_expect(&d, QUEUED_1);
    assert_string_equal(check_of(&d, 0), "temperror smtp.mailfrom a@pass.test");
    /* the late answer is for a request the session dropped */
    dialogue_answer_lookups(&d);
    assert_int_equal(d.doc_count, 1);
    dialogue_expect(&d, "");
    dialogue_end(&d);
}

/* RSET drops the lookups; the next transaction asks afresh. */
static void test_rset_drops_the_lookups(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    /* pipelined, the lookup is dropped before it is handed out */
    dialogue_send(&d, "MAIL FROM:<a@fail.test>\r\nRSET\r\n");
    assert_int_equal(d.resolve_requests, 0);
    dialogue_send(&d, "MAIL FROM:<a@fail.test>\r\n");
    assert_int_equal(d.lookup_count, 1);
    uint32_t stale = d.lookups[0].id;
    d.lookup_count = 0;
    dialogue_send(&d, "RSET\r\n");
    send_message(&d, "a@pass.test");
    mxq_session_resolved(d.s, stale, MXQ_DNS_NXDOMAIN, NULL, 0, 60, d.now);
    dialogue_serve(&d);
    assert_int_equal(d.doc_count, 0);
    assert_int_equal(d.lookup_count, 1);
    assert_string_equal(d.lookups[0].name, "pass.test");
    dialogue_answer_lookups(&d);
    assert_int_equal(d.doc_count, 1);
    assert_string_equal(check_of(&d, 0), "pass smtp.mailfrom a@pass.test");
    dialogue_end(&d);
}

/* A client gone before its 250 gets nothing stored: it will send again. */
static void test_eof_while_checking_stores_nothing(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    send_message(&d, "a@pass.test");
    free(dialogue_take(&d));
    mxq_session_eof(d.s, d.now);
    dialogue_serve(&d);
    assert_true(d.closed);
    dialogue_answer_lookups(&d);
    assert_int_equal(d.doc_count, 0);
    struct mxq_session_stats st;
    mxq_session_stats(d.s, &st);
    assert_int_equal(st.messages_accepted, 0);
    dialogue_end(&d);
}

/* At shutdown a message waiting for its checks is finished first. */
static void test_shutdown_waits_for_the_checks(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    send_message(&d, "a@pass.test");
    free(dialogue_take(&d));
    assert_false(mxq_session_shutdown(d.s, d.now));
    dialogue_answer_lookups(&d);
    dialogue_expect(&d, QUEUED_1
                    "421 4.3.2 mx.test shutting down, try again later\r\n");
    assert_true(d.closed);
    dialogue_end(&d);
}

static void test_no_checks_without_the_setting(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    d.zone = zone;
    d.zone_count = sizeof zone / sizeof zone[0];
    dialogue_send(&d, "EHLO client.test\r\n");
    send_message(&d, "a@pass.test");
    assert_int_equal(d.resolve_requests, 0);
    assert_int_equal(d.doc_count, 1);
    assert_string_equal(check_of(&d, 0), "no checks");
    dialogue_end(&d);
}

/* No client address (PROXY LOCAL): no SPF, and so no lookups. */
static void test_no_spf_without_a_client_address(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_SPF;
    struct mxq_id_source ids = {.prefix = "t"};
    cfg.ids = &ids;
    struct mxq_connection conn = {.local_ip = "127.0.0.1", .local_port = 25};
    mxq_session *s = mxq_session_new(&cfg, &conn, 0);
    assert_non_null(s);
    const char *in = "EHLO c.test\r\nMAIL FROM:<a@pass.test>\r\n";
    mxq_session_feed(s, (const uint8_t *)in, strlen(in), 0);
    size_t n;
    assert_null(mxq_session_requests(s, &n));
    assert_int_equal(n, 0);
    mxq_session_free(s);
}

/* The "mime" of document i, NUL-terminated (base64 decoded when the
 * document says so); the caller frees. */
static char *mime_of(struct dialogue *d, size_t i)
{
    char err[256];
    yajl_val v = yajl_tree_parse(d->docs[i].json, err, sizeof err);
    assert_non_null(v);
    const char *mime_path[] = {"mime", NULL};
    const char *enc_path[] = {"mime-encoding", NULL};
    const char *mime = YAJL_GET_STRING(yajl_tree_get(v, mime_path,
                                                     yajl_t_string));
    assert_non_null(mime);
    size_t n = strlen(mime);
    char *out = malloc(n + 1);
    assert_non_null(out);
    if (yajl_tree_get(v, enc_path, yajl_t_string) != NULL) {
        size_t k = mxq_base64_decode(mime, n, out, n);
        assert_true(k != (size_t)-1);
        out[k] = '\0';
    } else {
        memcpy(out, mime, n + 1);
    }
    yajl_tree_free(v);
    return out;
}

static bool local_test(void *ctx, const char *mailbox, size_t len,
                       size_t domain_at)
{
    (void)ctx;
    return len - domain_at == 10 && memcmp(mailbox + domain_at, "local.test",
                                           10) == 0;
}

/* smtp-auth-results: the field at the top of the MIME of the recipients
 * it is asked for, the message after it byte for byte; in base64 too. */
static void test_authentication_results(void **state)
{
    (void)state;
    static const struct {
        const char *sender, *body, *field;
    } cases[] = {
        {"a@pass.test", BODY,
         "Authentication-Results: mx.test;\r\n"
         "\tspf=pass smtp.mailfrom=a@pass.test\r\n"},
        {"\"a b\"@fail.test", BODY,
         "Authentication-Results: mx.test;\r\n"
         "\tspf=fail smtp.mailfrom=\"\\\"a b\\\"@fail.test\"\r\n"},
        /* not UTF-8: base64, the field padded to whole 3-octet groups */
        {"a@pass.test", "Subject: \xff\r\n\r\nx\r\n",
         "Authentication-Results: mx.test;\r\n"
         "\tspf=pass smtp.mailfrom=a@pass.test \r\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_config cfg;
        dialogue_config(&cfg);
        cfg.checks = MXQ_CHECK_SPF;
        cfg.auth_results = MXQ_AUTH_RESULTS_NONLOCAL;
        cfg.is_local = local_test;
        struct dialogue d;
        dialogue_start_resolving(&d, &cfg, zone,
                                 sizeof zone / sizeof zone[0], false);
        char text[512];
        snprintf(text, sizeof text, "EHLO client.test\r\nMAIL FROM:<%s>\r\n"
                 "RCPT TO:<b@example.org>\r\nRCPT TO:<c@local.test>\r\n"
                 "DATA\r\n%s.\r\n", cases[i].sender, cases[i].body);
        dialogue_send(&d, text);
        assert_int_equal(d.doc_count, 2);
        char *nonlocal = mime_of(&d, 0), *local = mime_of(&d, 1);
        size_t fn = strlen(cases[i].field);
        if (strncmp(nonlocal, cases[i].field, fn) != 0)
            fail_msg("case %zu: %.*s", i, (int)fn + 8, nonlocal);
        if (i == 2)
            assert_int_equal(fn % 3, 0);
        /* the rest is the local recipient's MIME: the message as it came */
        assert_string_equal(nonlocal + fn, local);
        assert_memory_equal(local, "Received: ", 10);
        free(nonlocal);
        free(local);
        dialogue_end(&d);
    }
}

/* ------------------------------------------------------------ DKIM */
/* RFC 8463's example message: an ed25519 signature (brisbane, whose key
 * is published here) and an rsa one (test, whose key is not). */
static const struct fake_record dkim_zone[] = {
    {"brisbane._domainkey.football.example.com", MXQ_DNS_TXT,
     "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=", 0},
};

/* The sample as DATA carries it: CRLF line ends, and its lines that
 * start with a dot stuffed. */
static char *dkim_sample(void)
{
    size_t n, len;
    char *raw = test_read_file(MXQ_CONFORMANCE_DIR "/dkimpy/rfc6376.signed.msg",
                               &n);
    assert_non_null(raw);
    char *text = test_to_crlf(raw, n, &len);
    free(raw);
    char *out = malloc(2 * len + 1);
    assert_non_null(out);
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '.' && (i == 0 || text[i - 1] == '\n'))
            out[k++] = '.';
        out[k++] = text[i];
    }
    out[k] = '\0';
    free(text);
    return out;
}

static yajl_val dkim_checks_of(struct dialogue *d, size_t i, yajl_val *root)
{
    char err[256];
    *root = yajl_tree_parse(d->docs[i].json, err, sizeof err);
    assert_non_null(*root);
    const char *path[] = {"checks", NULL};
    yajl_val checks = yajl_tree_get(*root, path, yajl_t_array);
    assert_non_null(checks);
    return checks;
}

static const char *member_of(yajl_val obj, const char *key)
{
    const char *path[] = {key, NULL};
    yajl_val v = yajl_tree_get(obj, path, yajl_t_string);
    return v ? YAJL_GET_STRING(v) : NULL;
}

static void start_dkim(struct dialogue *d, bool waits)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_DKIM;
    cfg.check_timeout = 20;
    cfg.auth_results = MXQ_AUTH_RESULTS_LOCAL | MXQ_AUTH_RESULTS_NONLOCAL;
    dialogue_start(d, &cfg);
    d->zone = dkim_zone;
    d->zone_count = sizeof dkim_zone / sizeof dkim_zone[0];
    d->resolve_waits = waits;
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

static void send_signed(struct dialogue *d)
{
    char *msg = dkim_sample();
    dialogue_send(d, "MAIL FROM:<joe@football.example.com>\r\n"
                     "RCPT TO:<b@example.org>\r\nDATA\r\n");
    dialogue_send(d, msg);
    dialogue_send(d, ".\r\n");
    free(msg);
}

/* At the message's end DKIM asks for each signature's key; one object
 * per signature, and one resinfo each in Authentication-Results. */
static void test_dkim_results(void **state)
{
    (void)state;
    struct dialogue d;
    start_dkim(&d, false);
    send_signed(&d);
    free(dialogue_take(&d));
    assert_int_equal(d.doc_count, 1);
    assert_int_equal(d.resolve_requests, 2);
    yajl_val root, checks = dkim_checks_of(&d, 0, &root);
    assert_int_equal(YAJL_GET_ARRAY(checks)->len, 2);
    yajl_val ed = YAJL_GET_ARRAY(checks)->values[0];
    yajl_val rsa = YAJL_GET_ARRAY(checks)->values[1];
    assert_string_equal(member_of(ed, "dkim"), "pass");
    assert_string_equal(member_of(ed, "header.d"), "football.example.com");
    assert_string_equal(member_of(ed, "selector"), "brisbane");
    assert_string_equal(member_of(ed, "header.a"), "ed25519-sha256");
    assert_string_equal(member_of(rsa, "dkim"), "permerror");
    assert_string_equal(member_of(rsa, "header.s"), "test");
    const char *mime = member_of(root, "mime");
    assert_non_null(mime);
    assert_non_null(strstr(mime, "Authentication-Results: mx.test;\r\n"
                                 "\tdkim=pass header.d=football.example.com"));
    assert_non_null(strstr(mime, ";\r\n\tdkim=permerror header.d="));
    yajl_tree_free(root);
    dialogue_end(&d);
}

/* A key that does not come before the deadline: temperror, and the
 * message is stored. */
static void test_dkim_deadline(void **state)
{
    (void)state;
    struct dialogue d;
    start_dkim(&d, true);
    send_signed(&d);
    free(dialogue_take(&d));
    assert_int_equal(d.doc_count, 0);
    d.now += 20;
    mxq_session_tick(d.s, d.now);
    dialogue_serve(&d);
    dialogue_expect(&d, QUEUED_1);
    yajl_val root, checks = dkim_checks_of(&d, 0, &root);
    assert_int_equal(YAJL_GET_ARRAY(checks)->len, 2);
    for (size_t i = 0; i < 2; i++)
        assert_string_equal(
            member_of(YAJL_GET_ARRAY(checks)->values[i], "dkim"),
            "temperror");
    yajl_tree_free(root);
    dialogue_answer_lookups(&d);
    assert_int_equal(d.doc_count, 1);
    dialogue_end(&d);
}

/* No signature: {"dkim": "none"}. */
static void test_dkim_unsigned(void **state)
{
    (void)state;
    struct dialogue d;
    start_dkim(&d, false);
    send_message(&d, "a@example.com");
    free(dialogue_take(&d));
    assert_int_equal(d.doc_count, 1);
    assert_int_equal(d.resolve_requests, 0);
    yajl_val root, checks = dkim_checks_of(&d, 0, &root);
    assert_int_equal(YAJL_GET_ARRAY(checks)->len, 1);
    assert_string_equal(member_of(YAJL_GET_ARRAY(checks)->values[0], "dkim"),
                        "none");
    yajl_tree_free(root);
    dialogue_end(&d);
}

/* ---------------------------------------------------------- spam */

static const char gtube_reply[] =
    "SPAMD/1.1 0 EX_OK\r\nContent-length: 27\r\n"
    "Spam: True ; 1002.3 / 5.0\r\n\r\nGTUBE,NO_RECEIVED,NO_RELAYS";

static void start_spam(struct dialogue *d, const char *reply, bool ok,
                       unsigned reject, uint64_t max_size)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_SPAM;
    cfg.check_reject = reject;
    cfg.check_timeout = 20;
    cfg.spam_max_size = max_size;
    dialogue_start(d, &cfg);
    d->spam_reply = reply;
    d->spam_ok = ok;
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

/* The object of the only check in document i. */
static yajl_val spam_check_of(struct dialogue *d, size_t i, yajl_val *root)
{
    yajl_val checks = dkim_checks_of(d, i, root);
    assert_int_equal(YAJL_GET_ARRAY(checks)->len, 1);
    return YAJL_GET_ARRAY(checks)->values[0];
}

/* spamd's verdict, score, threshold and symbols, once the message is
 * in; the request says how long the message is. */
static void test_spam_verdict(void **state)
{
    (void)state;
    struct dialogue d;
    start_spam(&d, gtube_reply, true, 0, 500 * 1024);
    send_message(&d, "a@example.com");
    char *replies = dialogue_take(&d);
    assert_non_null(strstr(replies, "354 "));
    assert_non_null(strstr(replies, QUEUED_1));
    free(replies);
    assert_int_equal(d.scan_requests, 1);
    char want[64];
    snprintf(want, sizeof want, "SYMBOLS SPAMC/1.5\r\nContent-length: %zu\r\n",
             d.scan_message_len);
    assert_true(d.scan_message_len > 0);
    assert_memory_equal(d.scan_head, want, strlen(want));
    yajl_val root, c = spam_check_of(&d, 0, &root);
    const char *spam[] = {"spam", NULL}, *score[] = {"score", NULL};
    const char *threshold[] = {"threshold", NULL};
    const char *symbols[] = {"symbols", NULL};
    assert_true(YAJL_IS_TRUE(yajl_tree_get(c, spam, yajl_t_any)));
    assert_true(YAJL_GET_DOUBLE(yajl_tree_get(c, score, yajl_t_number)) ==
                1002.3);
    assert_true(YAJL_GET_DOUBLE(yajl_tree_get(c, threshold,
                                              yajl_t_number)) == 5.0);
    yajl_val list = yajl_tree_get(c, symbols, yajl_t_array);
    assert_non_null(list);
    assert_int_equal(YAJL_GET_ARRAY(list)->len, 3);
    assert_string_equal(YAJL_GET_STRING(YAJL_GET_ARRAY(list)->values[0]),
                        "GTUBE");
    assert_string_equal(YAJL_GET_STRING(YAJL_GET_ARRAY(list)->values[2]),
                        "NO_RELAYS");
    yajl_tree_free(root);
    dialogue_end(&d);
}

/* smtp-check-reject: spam refuses it, and nothing is stored. */
static void test_spam_reject(void **state)
{
    (void)state;
    struct dialogue d;
    start_spam(&d, gtube_reply, true, MXQ_CHECK_REJECT_SPAM, 500 * 1024);
    send_message(&d, "a@example.com");
    char *replies = dialogue_take(&d);
    size_t n = strlen(replies);
    static const char refused[] = "\r\n550 5.7.1 Message refused as spam\r\n";
    assert_true(n >= sizeof refused - 1);
    assert_string_equal(replies + n - (sizeof refused - 1), refused);
    free(replies);
    assert_int_equal(d.doc_count, 0);
    dialogue_end(&d);
}

/* No spamd, a garbled reply, the deadline: temperror with a reason, and
 * the mail is stored (or refused 451 with smtp-check-reject: temperror). */
static void test_spam_failures(void **state)
{
    (void)state;
    static const struct {
        const char *reply;
        bool ok, waits;
        unsigned reject;
        const char *reason;
    } cases[] = {
        {"", false, false, 0, "spamd did not answer"},
        {"HTTP/1.0 200 OK\r\n\r\n", true, false, 0, NULL},
        {NULL, true, true, 0, "spamd timed out"},
        {"", false, false, MXQ_CHECK_REJECT_TEMPERROR, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct dialogue d;
        start_spam(&d, cases[i].reply, cases[i].ok, cases[i].reject,
                   500 * 1024);
        d.spam_waits = cases[i].waits;
        send_message(&d, "a@example.com");
        free(dialogue_take(&d));
        if (cases[i].waits) {
            assert_int_equal(d.doc_count, 0);
            d.now += 20;
            mxq_session_tick(d.s, d.now);
            dialogue_serve(&d);
        }
        if (cases[i].reject) {
            assert_int_equal(d.doc_count, 0);
            dialogue_end(&d);
            continue;
        }
        assert_int_equal(d.doc_count, 1);
        yajl_val root, c = spam_check_of(&d, 0, &root);
        assert_string_equal(member_of(c, "spam"), "temperror");
        const char *reason = member_of(c, "reason");
        assert_non_null(reason);
        if (cases[i].reason)
            assert_string_equal(reason, cases[i].reason);
        yajl_tree_free(root);
        dialogue_end(&d);
    }
}

/* Over spamassassin-maxsize: not sent to spamd, and the check says so. */
static void test_spam_too_large(void **state)
{
    (void)state;
    struct dialogue d;
    start_spam(&d, gtube_reply, true, 0, 10);
    send_message(&d, "a@example.com");
    free(dialogue_take(&d));
    assert_int_equal(d.scan_requests, 0);
    yajl_val root, c = spam_check_of(&d, 0, &root);
    assert_string_equal(member_of(c, "spam"), "none");
    assert_string_equal(member_of(c, "reason"),
                        "larger than spamassassin-maxsize");
    yajl_tree_free(root);
    dialogue_end(&d);
}

/* spamassassin-header: SpamAssassin's markup on top, folded, the
 * message's own X-Spam-* fields gone; the same in base64 MIME. */
static void test_spam_header(void **state)
{
    (void)state;
    static const char many[] =
        "SPAMD/1.1 0 EX_OK\r\nContent-length: 131\r\n"
        "Spam: False ; 2.1 / 5.0\r\n\r\n"
        "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,"
        "RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS,URIBL_BLOCKED,T_SCC_BODY";
    for (int binary = 0; binary <= 1; binary++) {
        struct dialogue d;
        struct mxq_config cfg;
        dialogue_config(&cfg);
        cfg.checks = MXQ_CHECK_SPAM;
        cfg.spam_max_size = 500 * 1024;
        cfg.spam_header = true;
        dialogue_start(&d, &cfg);
        d.spam_reply = binary ? gtube_reply : many;
        d.spam_ok = true;
        free(dialogue_take(&d));
        dialogue_send(&d, "EHLO client.test\r\nMAIL FROM:<a@example.com>\r\n"
                          "RCPT TO:<b@example.org>\r\nDATA\r\n");
        dialogue_send(&d, "X-Spam-Flag: NO\r\nSubject: hi\r\n"
                          "X-Spam-Status: No, score=-100 forged\r\n\r\n");
        dialogue_send(&d, binary ? "caf\xe9\r\n.\r\n" : "Hello.\r\n.\r\n");
        free(dialogue_take(&d));
        assert_int_equal(d.doc_count, 1);
        assert_int_equal(strstr(d.docs[0].json, "\"mime-encoding\"") != NULL,
                         binary);
        char *mime = mime_of(&d, 0);
        if (binary) {
            static const char top[] =
                "X-Spam-Flag: YES\r\nX-Spam-Status: Yes, score=1002.3 "
                "required=5.0 tests=GTUBE,NO_RECEIVED,\r\n\tNO_RELAYS";
            assert_memory_equal(mime, top, sizeof top - 1);
            assert_non_null(strstr(mime, "caf\xe9\r\n"));
        } else {
            static const char top[] =
                "X-Spam-Status: No, score=2.1 required=5.0 tests=DKIM_SIGNED,"
                "DKIM_VALID,\r\n\tDKIM_VALID_AU,HTML_MESSAGE,MIME_HTML_ONLY,"
                "RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,\r\n\tSPF_PASS,"
                "URIBL_BLOCKED,T_SCC_BODY\r\nReceived: ";
            assert_memory_equal(mime, top, sizeof top - 1);
        }
        /* every line within 78 octets, and only our markup */
        for (const char *line = mime; *line;) {
            const char *end = strstr(line, "\r\n");
            assert_non_null(end);
            assert_true(end - line <= 80);
            line = end + 2;
        }
        assert_null(strstr(mime, "forged"));
        assert_null(strstr(mime, "X-Spam-Flag: NO"));
        assert_non_null(strstr(mime, "\r\nSubject: hi\r\n\r\n"));
        free(mime);
        dialogue_end(&d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_results_in_the_documents),
        cmocka_unit_test(test_null_sender_checks_the_helo_name),
        cmocka_unit_test(test_message_waits_for_its_lookups),
        cmocka_unit_test(test_deadline_gives_temperror),
        cmocka_unit_test(test_rset_drops_the_lookups),
        cmocka_unit_test(test_eof_while_checking_stores_nothing),
        cmocka_unit_test(test_shutdown_waits_for_the_checks),
        cmocka_unit_test(test_no_checks_without_the_setting),
        cmocka_unit_test(test_no_spf_without_a_client_address),
        cmocka_unit_test(test_authentication_results),
        cmocka_unit_test(test_dkim_results),
        cmocka_unit_test(test_dkim_deadline),
        cmocka_unit_test(test_dkim_unsigned),
        cmocka_unit_test(test_spam_verdict),
        cmocka_unit_test(test_spam_reject),
        cmocka_unit_test(test_spam_failures),
        cmocka_unit_test(test_spam_too_large),
        cmocka_unit_test(test_spam_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
