/*
 * The engine's side of the trust boundary: STARTTLS (and the plaintext
 * injection it must drop), AUTH PLAIN/LOGIN, and the rule that without
 * AUTH only local addresses may receive.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "dialogue.h"
#include "sasl.h"

#define GREETING "220 mx.test ESMTP mxq\r\n"
#define BODY "Subject: t\r\n\r\nx\r\n.\r\n"

/* The domain the engine passed last, as it passed it. */
static char seen_domain[300];

/* Local: any address whose domain is example.org, in any case. */
static bool local_example_org(void *ctx, const char *p, size_t n,
                              size_t domain_at)
{
    (void)ctx;
    assert_true(domain_at <= n);
    snprintf(seen_domain, sizeof seen_domain, "%.*s", (int)(n - domain_at),
             p + domain_at);
    return strcasecmp(seen_domain, "example.org") == 0;
}

static const char *json_string(yajl_val v, const char **path)
{
    yajl_val s = yajl_tree_get(v, path, yajl_t_string);
    assert_non_null(s);
    return YAJL_GET_STRING(s);
}

static void trust_config(struct mxq_config *cfg)
{
    dialogue_config(cfg);
    cfg->starttls = true;
    cfg->auth = true;
    cfg->local_queue = "local";
    cfg->is_local = local_example_org;
}

static void start(struct dialogue *d, bool auth_plaintext)
{
    struct mxq_config cfg;
    trust_config(&cfg);
    cfg.auth_plaintext = auth_plaintext;
    dialogue_start(d, &cfg);
    d->start_tls = true;
    d->user = "alice";
    d->password = "s3cret";
    dialogue_expect(d, GREETING);
}

static char *ehlo(struct dialogue *d)
{
    dialogue_send(d, "EHLO c\r\n");
    return dialogue_take(d);
}

static void test_starttls_offered_and_session_reset(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, false);
    char *r = ehlo(&d);
    assert_non_null(strstr(r, "250 STARTTLS\r\n"));
    assert_null(strstr(r, "AUTH")); /* not before TLS */
    free(r);
    /* not inside a transaction */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nSTARTTLS\r\nRSET\r\n"
                      "STARTTLS\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n"
                        "503 5.5.1 Bad sequence of commands: out of order\r\n"
                        "250 2.0.0 Reset\r\n220 2.0.0 Ready to start TLS\r\n");
    assert_int_equal(d.tls_requests, 1);
    /* HELO is forgotten: EHLO again first */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n");
    r = ehlo(&d);
    assert_null(strstr(r, "STARTTLS"));
    assert_non_null(strstr(r, "250 AUTH PLAIN LOGIN\r\n"));
    free(r);
    dialogue_send(&d, "STARTTLS\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: TLS already active\r\n");
    dialogue_end(&d);
}

/* CVE-2011-0411: commands pipelined after STARTTLS in plaintext must never
 * be executed, not even after the handshake. */
static void test_starttls_injection_dropped(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, false);
    free(ehlo(&d));
    d.start_tls = false; /* the handshake is "in progress" */
    dialogue_send(&d, "STARTTLS\r\nMAIL FROM:<evil@x.example>\r\n"
                      "RCPT TO:<b@example.org>\r\n");
    dialogue_expect(&d, "220 2.0.0 Ready to start TLS\r\n");
    assert_int_equal(d.pending.len, 0); /* consumed and dropped */
    assert_int_equal(d.tls_requests, 1);
    assert_int_equal(mxq_session_input_room(d.s), 0);
    /* the idle timer never answers in plaintext during the handshake */
    mxq_session_tick(d.s, d.now + 100000);
    dialogue_serve(&d);
    assert_false(d.closed);
    dialogue_expect(&d, "");
    size_t pending;
    mxq_session_output(d.s, &pending);
    assert_int_equal(pending, 0);
    mxq_session_tls_started(d.s, d.tls_request, "TLSv1.3",
                            "TLS_AES_128_GCM_SHA256", d.now);
    dialogue_send(&d, "RCPT TO:<b@example.org>\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n");
    dialogue_end(&d);
}

static void test_starttls_not_configured(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    free(dialogue_take(&d));
    char *r = ehlo(&d);
    assert_null(strstr(r, "STARTTLS"));
    assert_null(strstr(r, "AUTH"));
    free(r);
    dialogue_send(&d, "STARTTLS\r\nAUTH PLAIN\r\n");
    dialogue_expect(&d, "502 5.5.1 Command not implemented\r\n"
                        "502 5.5.1 Command not implemented\r\n");
    dialogue_end(&d);
}

static void test_auth_needs_tls(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, false);
    free(ehlo(&d));
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "538 5.7.11 Encryption required for requested "
                        "authentication mechanism\r\n");
    assert_int_equal(d.auth_requests, 0);
    dialogue_end(&d);
}

static void test_auth_plain_and_login(void **state)
{
    (void)state;
    struct dialogue d;
    /* PLAIN with an initial response: \0alice\0s3cret */
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "235 2.7.0 Authentication successful\r\n");
    dialogue_send(&d, "AUTH PLAIN\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: already authenticated\r\n");
    /* authenticated: any recipient, and the user lands in the JSON */
    dialogue_send(&d, "MAIL FROM:<alice@example.com>\r\nRCPT TO:<x@elsewhere.example>\r\n"
                      "DATA\r\n" BODY);
    assert_int_equal(d.doc_count, 1);
    yajl_val v = yajl_tree_parse(d.docs[0].json, NULL, 0);
    const char *user[] = {"connection", "user", NULL};
    assert_string_equal(json_string(v, user), "alice");
    const char *mime[] = {"mime", NULL};
    assert_non_null(strstr(json_string(v, mime), "with ESMTPA id"));
    yajl_tree_free(v);
    assert_string_equal(d.docs[0].queue, "inbox");
    dialogue_end(&d);

    /* PLAIN after a 334, then LOGIN */
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "AUTH PLAIN\r\n");
    dialogue_expect(&d, "334 \r\n");
    dialogue_send(&d, "AGFsaWNlAHdyb25n\r\n"); /* \0alice\0wrong */
    dialogue_expect(&d, "535 5.7.8 Authentication credentials invalid\r\n");
    dialogue_send(&d, "AUTH LOGIN\r\n");
    dialogue_expect(&d, "334 VXNlcm5hbWU6\r\n");
    dialogue_send(&d, "YWxpY2U=\r\n");
    dialogue_expect(&d, "334 UGFzc3dvcmQ6\r\n");
    dialogue_send(&d, "czNjcmV0\r\n");
    dialogue_expect(&d, "235 2.7.0 Authentication successful\r\n");
    assert_int_equal(d.auth_requests, 2);
    /* the LOGIN identity is the user in the JSON too, exactly */
    dialogue_send(&d, "MAIL FROM:<alice@example.com>\r\nRCPT TO:<x@elsewhere.example>\r\n"
                      "DATA\r\n" BODY);
    assert_int_equal(d.doc_count, 1);
    v = yajl_tree_parse(d.docs[0].json, NULL, 0);
    assert_string_equal(json_string(v, user), "alice");
    yajl_tree_free(v);
    dialogue_end(&d);
}

static void test_auth_errors_and_limit(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "AUTH CRAM-MD5\r\n");
    dialogue_expect(&d, "504 5.5.4 Unrecognized authentication mechanism\r\n");
    dialogue_send(&d, "AUTH LOGIN\r\n*\r\n");
    dialogue_expect(&d, "334 VXNlcm5hbWU6\r\n501 5.7.0 Authentication cancelled\r\n");
    dialogue_send(&d, "AUTH PLAIN not!base64\r\n");
    dialogue_expect(&d, "501 5.5.4 Syntax error in parameters or arguments\r\n");
    dialogue_send(&d, "AUTH LOGIN\r\nnot!base64\r\n");
    dialogue_expect(&d, "334 VXNlcm5hbWU6\r\n"
                        "501 5.5.2 Cannot decode the authentication response\r\n");
    /* an authorization identity other than the user is refused */
    dialogue_send(&d, "AUTH PLAIN Ym9iAGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "501 5.5.2 Cannot decode the authentication response\r\n");
    assert_int_equal(d.auth_requests, 0);
    /* three wrong passwords end the session */
    for (int i = 0; i < 2; i++) {
        dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHdyb25n\r\n");
        dialogue_expect(&d, "535 5.7.8 Authentication credentials invalid\r\n");
    }
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHdyb25n\r\nNOOP\r\n");
    dialogue_expect(&d, "421 4.7.0 mx.test too many authentication failures, "
                        "closing connection\r\n");
    assert_true(d.closed);
    dialogue_end(&d);
}

/* Credentials are UTF-8 text (RFC 4616); the identity has no controls. */
static void test_auth_credentials_must_be_text(void **state)
{
    (void)state;
    struct dialogue d;
    const char *bad = "501 5.5.2 Cannot decode the authentication response\r\n";
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "AUTH PLAIN AHX/cgBwdw==\r\n"); /* user "u\xffr" */
    dialogue_expect(&d, bad);
    dialogue_send(&d, "AUTH PLAIN AGFsaWNlAHMzww==\r\n"); /* password "s3\xc3" */
    dialogue_expect(&d, bad);
    dialogue_send(&d, "AUTH PLAIN AABwdw==\r\n"); /* empty user */
    dialogue_expect(&d, bad);
    dialogue_send(&d, "AUTH LOGIN\r\nYQli\r\ncHc=\r\n"); /* user "a\tb" */
    dialogue_expect(&d, "334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n"
                        "501 5.5.2 Cannot decode the authentication response\r\n");
    dialogue_send(&d, "AUTH LOGIN\r\nYWwAY2U=\r\ncHc=\r\n"); /* user "al\0ce" */
    dialogue_expect(&d, "334 VXNlcm5hbWU6\r\n334 UGFzc3dvcmQ6\r\n"
                        "501 5.5.2 Cannot decode the authentication response\r\n");
    assert_int_equal(d.auth_requests, 0);
    /* UTF-8 identities and passwords go to the adapter */
    dialogue_send(&d, "AUTH PLAIN AMO8c2VyAHDDpHNz\r\n");
    dialogue_expect(&d, "535 5.7.8 Authentication credentials invalid\r\n");
    assert_int_equal(d.auth_requests, 1);
    dialogue_end(&d);
}

static void test_unauthenticated_only_local(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "MAIL FROM:<x@example.com>\r\n"
                      "RCPT TO:<y@elsewhere.example>\r\n"
                      "RCPT TO:<info@example.org>\r\nDATA\r\n" BODY);
    char *r = dialogue_take(&d);
    assert_non_null(strstr(r, "530 5.7.0 Authentication required for this recipient\r\n"));
    assert_non_null(strstr(r, "250 2.0.0 t1 for info@example.org\r\n"));
    free(r);
    assert_int_equal(d.doc_count, 1);
    assert_string_equal(d.docs[0].queue, "local");
    yajl_val v = yajl_tree_parse(d.docs[0].json, NULL, 0);
    const char *user[] = {"connection", "user", NULL};
    assert_null(yajl_tree_get(v, user, yajl_t_any));
    yajl_tree_free(v);

    /* Pins is_local's domain_at: the engine passes where the address
     * grammar put the domain, not a split at some '@' the callback would
     * have to find again. A quoted local part and an address literal may
     * hold '@' themselves; <postmaster> has no domain. */
    static const struct {
        const char *rcpt, *reply, *domain;
    } cases[] = {
        { "\"info@elsewhere.example\"@Example.ORG", "250", "Example.ORG" },
        { "y@[tag:info@example.org]", "530", "[tag:info@example.org]" },
        { "@a.example,@b.example:z@EXAMPLE.org", "250", "EXAMPLE.org" },
        { "postmaster", "530", "" },
    };
    dialogue_send(&d, "MAIL FROM:<x@example.com>\r\n");
    free(dialogue_take(&d));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char line[128];
        snprintf(line, sizeof line, "RCPT TO:<%s>\r\n", cases[i].rcpt);
        dialogue_send(&d, line);
        r = dialogue_take(&d);
        if (strncmp(r, cases[i].reply, 3) != 0 ||
            strcmp(seen_domain, cases[i].domain) != 0)
            fail_msg("%s: %s, domain '%s'", cases[i].rcpt, r, seen_domain);
        free(r);
    }
    dialogue_end(&d);
}

static void test_tls_in_json(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, false);
    free(ehlo(&d));
    dialogue_send(&d, "STARTTLS\r\n");
    free(dialogue_take(&d));
    free(ehlo(&d));
    dialogue_send(&d, "MAIL FROM:<x@example.com>\r\nRCPT TO:<info@example.org>\r\n"
                      "DATA\r\n" BODY);
    assert_int_equal(d.doc_count, 1);
    yajl_val v = yajl_tree_parse(d.docs[0].json, NULL, 0);
    const char *secure[] = {"connection", "secure", NULL};
    assert_true(YAJL_IS_TRUE(yajl_tree_get(v, secure, yajl_t_any)));
    const char *version[] = {"connection", "tls", "version", NULL};
    assert_string_equal(json_string(v, version), "TLSv1.3");
    const char *mime[] = {"mime", NULL};
    assert_non_null(strstr(json_string(v, mime), "with ESMTPS id"));
    yajl_tree_free(v);
    dialogue_end(&d);
}

static void test_sasl_grammar(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(mxq_base64_decode("YWxpY2U=", 8, out, sizeof out), 5);
    assert_memory_equal(out, "alice", 5);
    assert_int_equal(mxq_base64_decode("YWI=", 4, out, sizeof out), 2);
    assert_int_equal(mxq_base64_decode("YQ==", 4, out, sizeof out), 1);
    assert_int_equal(mxq_base64_decode("=", 1, out, sizeof out), 0);
    assert_int_equal(mxq_base64_decode("YQ", 2, out, sizeof out), (size_t)-1);
    assert_int_equal(mxq_base64_decode("YQ=", 3, out, sizeof out), (size_t)-1);
    assert_int_equal(mxq_base64_decode("Y Q==", 5, out, sizeof out), (size_t)-1);
    assert_int_equal(mxq_base64_decode("YWxpY2U=", 8, out, 4), (size_t)-1);

    struct mxq_slice z, c, p;
    assert_true(mxq_sasl_plain_split("\0alice\0pw", 9, &z, &c, &p));
    assert_int_equal(z.n, 0);
    assert_int_equal(c.n, 5);
    assert_memory_equal(p.p, "pw", 2);
    assert_true(mxq_sasl_plain_split("alice\0alice\0pw", 14, &z, &c, &p));
    assert_int_equal(z.n, 5);
    assert_false(mxq_sasl_plain_split("\0\0pw", 4, &z, &c, &p));
    assert_false(mxq_sasl_plain_split("\0alice\0", 7, &z, &c, &p));
    assert_false(mxq_sasl_plain_split("\0alice\0p\0w", 10, &z, &c, &p));
    assert_false(mxq_sasl_plain_split("alice", 5, &z, &c, &p));
    assert_true(mxq_sasl_identity_valid("\xc3\xbcser", 5));
    assert_false(mxq_sasl_identity_valid("", 0));
    assert_false(mxq_sasl_identity_valid("a\tb", 3));
    assert_false(mxq_sasl_identity_valid("a\x7f", 2));
    assert_false(mxq_sasl_identity_valid("u\xffr", 3));
    assert_true(mxq_sasl_password_valid("", 0));
    assert_true(mxq_sasl_password_valid("p w\t\xc3\xa4", 6));
    assert_false(mxq_sasl_password_valid("p\0w", 3));
    assert_false(mxq_sasl_password_valid("s3\xc3", 3));
}

static void test_ips_in_json(void **state)
{
    (void)state;
    static const char *const ips[] = {"192.0.2.1", "192.0.2.2"};
    struct mxq_config cfg;
    struct mxq_id_source ids = {.prefix = "i"};
    dialogue_config(&cfg);
    cfg.ids = &ids;
    struct mxq_connection conn = {.local_ip = "192.0.2.9", .local_port = 25,
                                  .remote_ip = "198.51.100.7",
                                  .remote_port = 1234, .ips = ips,
                                  .ip_count = 2};
    mxq_session *s = mxq_session_new(&cfg, &conn, 0);
    assert_non_null(s);
    const char *in = "EHLO c\r\nMAIL FROM:<a@b.example>\r\n"
                     "RCPT TO:<c@d.example>\r\nDATA\r\nx\r\n.\r\n";
    assert_int_equal(mxq_session_feed(s, (const uint8_t *)in, strlen(in), 0),
                     strlen(in));
    size_t count;
    const struct mxq_request *r = mxq_session_requests(s, &count);
    assert_int_equal(count, 1);
    assert_int_equal(r[0].kind, MXQ_REQUEST_STORE);
    size_t n = r[0].u.store.count;
    const struct mxq_document *docs = r[0].u.store.documents;
    assert_int_equal(n, 1);
    char *json = calloc(1, docs[0].json_len + 1);
    assert_non_null(json);
    mxq_document_join(&docs[0], (uint8_t *)json);
    yajl_val v = yajl_tree_parse(json, NULL, 0);
    const char *path[] = {"ips", NULL};
    yajl_val arr = yajl_tree_get(v, path, yajl_t_array);
    assert_non_null(arr);
    assert_int_equal(YAJL_GET_ARRAY(arr)->len, 2);
    assert_string_equal(YAJL_GET_STRING(YAJL_GET_ARRAY(arr)->values[1]),
                        "192.0.2.2");
    yajl_tree_free(v);
    free(json);
    mxq_session_free(s);
}

/* RFC 4954 §5: MAIL's AUTH= is accepted wherever AUTH is offered (it
 * used to get 555); without the AUTH extension it is still refused. */
static void test_mail_auth_parameter(void **state)
{
    (void)state;
    struct dialogue d;
    start(&d, true);
    free(ehlo(&d));
    dialogue_send(&d, "MAIL FROM:<a@b.example> AUTH=<>\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n");
    dialogue_send(&d, "RSET\r\nAUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    dialogue_expect(&d, "250 2.0.0 Reset\r\n"
                        "235 2.7.0 Authentication successful\r\n");
    dialogue_send(&d, "MAIL FROM:<a@b.example> AUTH=a+40b.example\r\n"
                      "RCPT TO:<x@y.example>\r\nDATA\r\n" BODY);
    free(dialogue_take(&d));
    assert_int_equal(d.doc_count, 1);
    yajl_val v = yajl_tree_parse(d.docs[0].json, NULL, 0);
    const char *user[] = {"connection", "user", NULL};
    assert_string_equal(json_string(v, user), "alice");
    yajl_tree_free(v);
    dialogue_end(&d);

    struct mxq_config cfg;
    dialogue_config(&cfg);
    dialogue_start(&d, &cfg);
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO c\r\n");
    free(dialogue_take(&d));
    dialogue_send(&d, "MAIL FROM:<a@b.example> AUTH=<>\r\n");
    dialogue_expect(&d, "555 5.5.4 Parameter not allowed here: AUTH\r\n");
    dialogue_end(&d);
}

/* The engine delays a failed AUTH's reply by cfg.auth_failure_delay
 * seconds, and reads nothing meanwhile. */
static void test_auth_failure_delayed(void **state)
{
    (void)state;
    struct mxq_config cfg;
    struct mxq_id_source ids = {.prefix = "a"};
    trust_config(&cfg);
    cfg.auth_plaintext = true;
    cfg.ids = &ids;
    struct mxq_connection conn = {.remote_ip = "127.0.0.2"};
    int64_t now = 1000;
    mxq_session *s = mxq_session_new(&cfg, &conn, now);
    assert_non_null(s);
    size_t n, count;
    mxq_session_output(s, &n);
    mxq_session_output_done(s, n, now);
    const char *in = "EHLO c\r\nAUTH PLAIN AGFsaWNlAHdyb25n\r\nNOOP\r\n";
    assert_int_equal(mxq_session_feed(s, (const uint8_t *)in, strlen(in), now),
                     strlen(in));
    mxq_session_output(s, &n);
    mxq_session_output_done(s, n, now);
    const struct mxq_request *r = mxq_session_requests(s, &count);
    assert_int_equal(count, 1);
    assert_int_equal(r[0].kind, MXQ_REQUEST_AUTH);
    assert_memory_equal(r[0].u.auth.password, "wrong", 5);
    uint32_t id = r[0].id;
    mxq_session_authenticated(s, id, false, now);
    mxq_session_output(s, &n);
    assert_int_equal(n, 0);
    assert_int_equal(mxq_session_next_deadline(s), now + 2);
    mxq_session_tick(s, now + 1);
    mxq_session_output(s, &n);
    assert_int_equal(n, 0);
    /* a second verdict for the same request is ignored */
    mxq_session_authenticated(s, id, true, now + 1);
    mxq_session_tick(s, now + 2);
    const uint8_t *out = mxq_session_output(s, &n);
    const char *want = "535 5.7.8 Authentication credentials invalid\r\n"
                       "250 2.0.0 Ok\r\n";
    assert_int_equal(n, strlen(want));
    assert_memory_equal(out, want, n);
    assert_null(mxq_session_user(s));
    mxq_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_starttls_offered_and_session_reset),
        cmocka_unit_test(test_starttls_injection_dropped),
        cmocka_unit_test(test_starttls_not_configured),
        cmocka_unit_test(test_auth_needs_tls),
        cmocka_unit_test(test_auth_plain_and_login),
        cmocka_unit_test(test_auth_errors_and_limit),
        cmocka_unit_test(test_auth_credentials_must_be_text),
        cmocka_unit_test(test_unauthenticated_only_local),
        cmocka_unit_test(test_tls_in_json),
        cmocka_unit_test(test_sasl_grammar),
        cmocka_unit_test(test_ips_in_json),
        cmocka_unit_test(test_mail_auth_parameter),
        cmocka_unit_test(test_auth_failure_delayed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
