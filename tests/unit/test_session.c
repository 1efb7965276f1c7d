/*
 * Dialogue tests: client bytes go into the engine, every reply and every
 * stored document is compared.
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

#define EHLO_REPLY                                                         \
    "250-mx.test\r\n250-PIPELINING\r\n250-SIZE 104857600\r\n"              \
    "250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250-SMTPUTF8\r\n"          \
    "250-CHUNKING\r\n250-BINARYMIME\r\n250 DSN\r\n"

#define BODY "Subject: hi\r\n\r\nHello.\r\n"

static const char *received_for(const char *id, const char *rcpt)
{
    static char text[512];
    snprintf(text, sizeof text,
             "Received: from client.test ([127.0.0.2])\r\n"
             "\tby mx.test (mxq) with ESMTP id %s\r\n"
             "\tfor <%s>; Tue, 24 Nov 2026 00:00:00 +0000\r\n",
             id, rcpt);
    return text;
}

static yajl_val parse_doc(const struct stored_doc *doc)
{
    char err[256];
    yajl_val v = yajl_tree_parse(doc->json, err, sizeof err);
    if (v == NULL)
        fail_msg("document is not JSON: %s: %s", err, doc->json);
    return v;
}

static const char *doc_string(yajl_val v, const char *a, const char *b)
{
    const char *path[] = {a, b, NULL};
    yajl_val s = yajl_tree_get(v, path, yajl_t_string);
    return s ? YAJL_GET_STRING(s) : NULL;
}

static void greet(struct dialogue *d)
{
    dialogue_expect(d, "220 mx.test ESMTP mxq\r\n");
    dialogue_send(d, "EHLO client.test\r\n");
    dialogue_expect(d, EHLO_REPLY);
}

static void test_greeting_and_ehlo(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "HELO client.test\r\n");
    dialogue_expect(&d, "250 mx.test\r\n");
    dialogue_send(&d, "QUIT\r\n");
    dialogue_expect(&d, "221 2.0.0 mx.test closing connection\r\n");
    assert_true(d.closed);
    /* nothing is read or answered after QUIT */
    dialogue_send(&d, "NOOP\r\n");
    dialogue_expect(&d, "");
    dialogue_end(&d);
}

static void test_whole_transaction(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n");
    dialogue_send(&d, "RCPT TO:<b@example.org>\r\n");
    dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n");
    dialogue_send(&d, "DATA\r\n");
    dialogue_expect(&d, "354 End data with <CR><LF>.<CR><LF>\r\n");
    dialogue_send(&d, BODY "..dot\r\n.\r\n");
    dialogue_expect(&d,
                    "250-2.0.0 Ok, your message has been queued using the "
                    "following identifiers:\r\n"
                    "250 2.0.0 t1 for b@example.org\r\n");
    assert_int_equal(d.doc_count, 1);
    assert_string_equal(d.docs[0].queue, "inbox");

    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(doc_string(v, "message-id", NULL), "t1");
    assert_string_equal(doc_string(v, "received", NULL), "2026-11-24 00:00:00");
    assert_string_equal(doc_string(v, "hostname", NULL), "mx.test");
    assert_string_equal(doc_string(v, "envelope", NULL), "a@example.com");
    assert_string_equal(doc_string(v, "recipient", NULL), "b@example.org");
    char mime[1024];
    snprintf(mime, sizeof mime, "%s%s", received_for("t1", "b@example.org"),
             BODY ".dot\r\n");
    assert_string_equal(doc_string(v, "mime", NULL), mime);
    assert_null(doc_string(v, "mime-encoding", NULL));
    assert_string_equal(doc_string(v, "connection", "local-ip"), "127.0.0.1");
    assert_string_equal(doc_string(v, "connection", "remote-ip"), "127.0.0.2");
    const char *port[] = {"connection", "remote-port", NULL};
    assert_int_equal(YAJL_GET_INTEGER(yajl_tree_get(v, port, yajl_t_number)),
                     40000);
    const char *secure[] = {"connection", "secure", NULL};
    assert_true(YAJL_IS_FALSE(yajl_tree_get(v, secure, yajl_t_any)));
    const char *dsn[] = {"dsn", NULL};
    assert_null(yajl_tree_get(v, dsn, yajl_t_any));
    const char *ips[] = {"ips", NULL};
    assert_null(yajl_tree_get(v, ips, yajl_t_any));
    yajl_tree_free(v);
    dialogue_end(&d);
}

static void test_two_recipients_and_null_sender(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<>\r\nRCPT TO:<x@example.org>\r\n"
                      "RCPT TO:<Postmaster>\r\nDATA\r\n" BODY ".\r\n");
    dialogue_expect(&d,
                    "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                    "250 2.1.5 Recipient ok\r\n"
                    "354 End data with <CR><LF>.<CR><LF>\r\n"
                    "250-2.0.0 Ok, your message has been queued using the "
                    "following identifiers:\r\n"
                    "250-2.0.0 t1 for x@example.org\r\n"
                    "250 2.0.0 t2 for Postmaster\r\n");
    assert_int_equal(d.doc_count, 2);
    for (size_t i = 0; i < 2; i++) {
        yajl_val v = parse_doc(&d.docs[i]);
        assert_string_equal(doc_string(v, "envelope", NULL), "");
        /* two recipients: the Received header names neither */
        const char *mime = doc_string(v, "mime", NULL);
        assert_non_null(strstr(mime, "with ESMTP id t1; Tue, 24 Nov 2026"));
        assert_null(strstr(mime, "for <"));
        yajl_tree_free(v);
    }
    dialogue_end(&d);
}

struct sequence_case {
    const char *input;
    const char *reply;
};

static void run_cases(const struct sequence_case *cases, size_t n, bool ehlo)
{
    for (size_t i = 0; i < n; i++) {
        struct dialogue d;
        dialogue_start(&d, NULL);
        if (ehlo)
            greet(&d);
        else
            dialogue_expect(&d, "220 mx.test ESMTP mxq\r\n");
        dialogue_send(&d, cases[i].input);
        char *got = dialogue_take(&d);
        if (strcmp(got, cases[i].reply) != 0)
            fail_msg("input %s\nwant %s\ngot  %s", cases[i].input,
                     cases[i].reply, got);
        free(got);
        assert_int_equal(d.doc_count, 0);
        dialogue_end(&d);
    }
}

static void test_bad_sequences(void **state)
{
    (void)state;
    static const struct sequence_case before_ehlo[] = {
        {"MAIL FROM:<a@b.example>\r\n",
         "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n"},
        {"RCPT TO:<a@b.example>\r\n",
         "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n"},
        {"DATA\r\n",
         "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n"},
        {"NOOP\r\n", "250 2.0.0 Ok\r\n"},
        {"RSET\r\n", "250 2.0.0 Reset\r\n"},
    };
    run_cases(before_ehlo, sizeof before_ehlo / sizeof before_ehlo[0], false);

    static const struct sequence_case after_ehlo[] = {
        {"RCPT TO:<a@b.example>\r\n",
         "503 5.5.1 Bad sequence of commands: need MAIL\r\n"},
        {"DATA\r\n", "503 5.5.1 Bad sequence of commands: need MAIL\r\n"},
        {"MAIL FROM:<a@b.example>\r\nDATA\r\n",
         "250 2.1.0 Sender ok\r\n"
         "503 5.5.1 Bad sequence of commands: need RCPT\r\n"},
        {"MAIL FROM:<a@b.example>\r\nMAIL FROM:<a@b.example>\r\n",
         "250 2.1.0 Sender ok\r\n"
         "503 5.5.1 Bad sequence of commands: nested MAIL command\r\n"},
        {"FOO\r\n", "500 5.5.1 Command unrecognized\r\n"},
        {"MAIL FROM:<a@b.example> FOO=1\r\n",
         "555 5.5.4 Unsupported parameter FOO=1\r\n"},
        {"MAIL FROM:<a@b.example> NOTIFY=NEVER\r\n",
         "555 5.5.4 Parameter not allowed here: NOTIFY\r\n"},
        {"MAIL FROM:<a@@b.example>\r\n", "501 5.1.7 Bad sender address syntax\r\n"},
        {"MAIL FROM:<j\xc3\xb6@b.example>\r\n",
         "553 5.6.7 Non-ASCII address needs SMTPUTF8\r\n"},
        {"MAIL FROM:<a@b.example>\r\nRCPT TO:<b..c@b.example>\r\n",
         "250 2.1.0 Sender ok\r\n501 5.1.3 Bad recipient address syntax\r\n"},
        {"VRFY someone\r\n",
         "252 2.5.0 Cannot verify the user, but will accept the message\r\n"},
        {"EXPN list\r\n", "502 5.5.1 Command not implemented\r\n"},
        {"HELP\r\n",
         "214 2.0.0 See RFC 5321; commands: EHLO HELO MAIL RCPT DATA BDAT "
         "RSET NOOP QUIT VRFY HELP\r\n"},
        {"NOOP\nNOOP\r\n",
         "500 5.5.2 Syntax error: a command line ends with CRLF and holds no "
         "NUL\r\n250 2.0.0 Ok\r\n"},
        {"MAIL FROM:<a@b.example> SIZE=104857601\r\n",
         "552 5.3.4 Message size exceeds fixed maximum message size\r\n"},
        {"MAIL FROM:<a@b.example> BODY=BINARYMIME\r\nRCPT TO:<c@d.example>\r\n"
         "DATA\r\n",
         "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
         "503 5.5.1 BODY=BINARYMIME requires BDAT\r\n"},
    };
    run_cases(after_ehlo, sizeof after_ehlo / sizeof after_ehlo[0], true);
}

static void test_helo_takes_no_parameters(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    dialogue_send(&d, "HELO client.test\r\nMAIL FROM:<a@b.example> SIZE=10\r\n");
    dialogue_expect(&d, "220 mx.test ESMTP mxq\r\n250 mx.test\r\n"
                        "555 5.5.4 Parameter not allowed here: SIZE\r\n");
    dialogue_end(&d);
}

/* Everything in one write: the replies come back in order. */
static void test_pipelining(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    dialogue_send(&d, "EHLO client.test\r\nMAIL FROM:<a@example.com>\r\n"
                      "RCPT TO:<b@example.org>\r\nRCPT TO:<bad@@x>\r\n"
                      "DATA\r\n" BODY ".\r\nRSET\r\nQUIT\r\n");
    dialogue_expect(&d, "220 mx.test ESMTP mxq\r\n" EHLO_REPLY
                        "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "501 5.1.3 Bad recipient address syntax\r\n"
                        "354 End data with <CR><LF>.<CR><LF>\r\n"
                        "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t1 for b@example.org\r\n"
                        "250 2.0.0 Reset\r\n"
                        "221 2.0.0 mx.test closing connection\r\n");
    assert_int_equal(d.doc_count, 1);
    dialogue_end(&d);
}

/* While the store is pending nothing after the data is read; the 250
 * comes only once the adapter says the documents are durable. */
static void test_store_is_awaited(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    d.store = STORE_WAITS;
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "DATA\r\n" BODY ".\r\nNOOP\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "354 End data with <CR><LF>.<CR><LF>\r\n");
    assert_int_not_equal(d.store_waiting, 0);
    /* the NOOP is held by the session until the store is done */
    assert_int_equal(mxq_session_input_room(d.s),
                     d.cfg.max_pending_input - strlen("NOOP\r\n"));
    dialogue_finish_store(&d, true);
    dialogue_expect(&d, "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t1 for b@example.org\r\n250 2.0.0 Ok\r\n");
    assert_int_equal(d.doc_count, 1);
    dialogue_end(&d);
}

static void test_store_failure_is_451(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    d.store = STORE_FAILS;
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "DATA\r\n" BODY ".\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "354 End data with <CR><LF>.<CR><LF>\r\n"
                        "451 4.3.0 Message not stored, try again later\r\n");
    assert_int_equal(d.store_requests, 1);
    assert_int_equal(d.doc_count, 0);
    /* the session goes on: a new transaction can start */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n");
    dialogue_end(&d);
}

static void test_bdat(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    static const char chunks[] = "MAIL FROM:<a@example.com> BODY=BINARYMIME\r\n"
                                 "RCPT TO:<b@example.org>\r\n"
                                 "BDAT 5\r\nab\ncdBDAT 3 LAST\r\n\x00\xff\n";
    dialogue_send_pieces(&d, chunks, sizeof chunks - 1, 0);
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "250 2.0.0 5 octets received\r\n"
                        "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t1 for b@example.org\r\n");
    assert_int_equal(d.doc_count, 1);
    /* binary content: base64 in the document, nothing lost */
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(doc_string(v, "mime-encoding", NULL), "base64");
    yajl_tree_free(v);

    /* BDAT 0 LAST ends an empty chunked message */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "BDAT 6\r\nab\r\n\r\nBDAT 0 LAST\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "250 2.0.0 6 octets received\r\n"
                        "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t2 for b@example.org\r\n");
    assert_int_equal(d.doc_count, 2);
    v = parse_doc(&d.docs[1]);
    const char *mime = doc_string(v, "mime", NULL);
    assert_string_equal(mime + strlen(mime) - 6, "ab\r\n\r\n");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* A refused BDAT's octets are still read, never taken for commands. */
static void test_refused_bdat_is_skipped(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "BDAT 12 LAST\r\nQUIT\r\nQUIT\r\nNOOP\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: need MAIL\r\n"
                        "250 2.0.0 Ok\r\n");
    assert_false(d.closed);
    /* without MIME line discipline a bare LF in a chunk fails it */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "BDAT 4 LAST\r\nab\nc");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n"
                        "550 5.6.0 Message refused: bare CR or LF in data, "
                        "lines must end with CRLF\r\n");
    assert_int_equal(d.doc_count, 0);
    /* a size that cannot be read ends the session */
    dialogue_send(&d, "BDAT x\r\n");
    dialogue_expect(&d, "421 4.5.2 mx.test cannot tell where the BDAT chunk "
                        "ends, closing connection\r\n");
    assert_true(d.closed);
    dialogue_end(&d);
}

static void test_size_limit_at_end_of_data(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.max_message_size = 100;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    dialogue_send(&d, "EHLO c\r\nMAIL FROM:<a@example.com>\r\n"
                      "RCPT TO:<b@example.org>\r\nDATA\r\n");
    free(dialogue_take(&d));
    char line[80];
    memset(line, 'x', 78);
    line[78] = '\r';
    line[79] = '\n';
    for (int i = 0; i < 1000; i++)
        dialogue_send_pieces(&d, line, sizeof line, 0);
    dialogue_send(&d, ".\r\n");
    dialogue_expect(&d, "552 5.3.4 Message size exceeds fixed maximum "
                        "message size\r\n");
    assert_int_equal(d.store_requests, 0);
    /* exactly the limit is fine */
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "DATA\r\n");
    free(dialogue_take(&d));
    dialogue_send_pieces(&d, line, 80, 0);
    dialogue_send(&d, "123456789012345678\r\n.\r\n");
    char *got = dialogue_take(&d);
    assert_non_null(strstr(got, "250 2.0.0 t2 for b@example.org"));
    free(got);
    dialogue_end(&d);
}

/* dsn-notify, dsn-ret: written where the client gave nothing; what the
 * client gave wins, per recipient for NOTIFY. */
static void test_dsn_defaults(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.dsn_notify = MXQ_DSN_NOTIFY_FAILURE | MXQ_DSN_NOTIFY_DELAY;
    cfg.dsn_ret = MXQ_DSN_RET_HDRS;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\n"
                      "RCPT TO:<b@example.org>\r\n"
                      "RCPT TO:<c@example.org> NOTIFY=NEVER\r\n"
                      "DATA\r\n" BODY ".\r\n"
                      "MAIL FROM:<a@example.com> RET=FULL\r\n"
                      "RCPT TO:<d@example.org>\r\nDATA\r\n" BODY ".\r\n");
    assert_int_equal(d.doc_count, 3);
    const char *want[3][2] = {{"HDRS", "FAILURE,DELAY"}, {"HDRS", "NEVER"},
                              {"FULL", "FAILURE,DELAY"}};
    for (int i = 0; i < 3; i++) {
        yajl_val v = parse_doc(&d.docs[i]);
        assert_string_equal(doc_string(v, "dsn", "ret"), want[i][0]);
        assert_string_equal(doc_string(v, "dsn", "notify"), want[i][1]);
        yajl_tree_free(v);
    }
    dialogue_end(&d);
}

static void test_dsn_parameters(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com> RET=HDRS ENVID=id+2B1\r\n"
                      "RCPT TO:<b@example.org> NOTIFY=SUCCESS,FAILURE "
                      "ORCPT=rfc822;b+2Bx@example.org\r\n"
                      "DATA\r\n" BODY ".\r\n");
    assert_int_equal(d.doc_count, 1);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(doc_string(v, "dsn", "ret"), "HDRS");
    assert_string_equal(doc_string(v, "dsn", "envid"), "id+1");
    assert_string_equal(doc_string(v, "dsn", "notify"), "SUCCESS,FAILURE");
    assert_string_equal(doc_string(v, "dsn", "orcpt"), "b+x@example.org");
    yajl_tree_free(v);
    dialogue_end(&d);

    /* decoded values must be text: they go into the JSON */
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com> ENVID=a+FFb\r\n"
                      "MAIL FROM:<a@example.com> ENVID=a+0Ab\r\n"
                      "MAIL FROM:<a@example.com>\r\n"
                      "RCPT TO:<b@example.org> ORCPT=rfc822;b+FF@example.org\r\n"
                      "RCPT TO:<b@example.org> ORCPT=utf-8;b+C3+A4@example.org\r\n");
    dialogue_expect(&d, "501 5.5.4 Syntax error in parameters or arguments\r\n"
                        "501 5.5.4 Syntax error in parameters or arguments\r\n"
                        "250 2.1.0 Sender ok\r\n"
                        "501 5.5.4 Syntax error in parameters or arguments\r\n"
                        "250 2.1.5 Recipient ok\r\n");
    dialogue_end(&d);

    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.dsn_advertise = false;
    dialogue_start(&d, &cfg);
    dialogue_send(&d, "EHLO c\r\n");
    char *ehlo = dialogue_take(&d);
    assert_null(strstr(ehlo, "DSN"));
    assert_non_null(strstr(ehlo, "250 BINARYMIME\r\n"));
    free(ehlo);
    dialogue_send(&d, "MAIL FROM:<a@example.com> RET=FULL\r\n");
    dialogue_expect(&d, "555 5.5.4 Parameter not allowed here: RET\r\n");
    dialogue_end(&d);
}

static void test_recipient_limit(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.max_recipients = 100;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\n");
    free(dialogue_take(&d));
    char line[64];
    for (int i = 0; i < 100; i++) {
        snprintf(line, sizeof line, "RCPT TO:<r%d@example.org>\r\n", i);
        dialogue_send(&d, line);
        dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n");
    }
    dialogue_send(&d, "RCPT TO:<one-too-many@example.org>\r\n");
    dialogue_expect(&d, "452 4.5.3 Too many recipients\r\n");
    dialogue_end(&d);
}

static void test_error_limit(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.max_errors = 3;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    dialogue_send(&d, "A\r\nB\r\nC\r\nNOOP\r\n");
    dialogue_expect(&d, "220 mx.test ESMTP mxq\r\n"
                        "500 5.5.1 Command unrecognized\r\n"
                        "500 5.5.1 Command unrecognized\r\n"
                        "500 5.5.1 Command unrecognized\r\n"
                        "421 4.7.0 Too many errors, closing connection\r\n");
    assert_true(d.closed);
    dialogue_end(&d);

    /* a refused BDAT that is the last error ends the session for good */
    dialogue_start(&d, &cfg);
    dialogue_send(&d, "A\r\nB\r\nBDAT 100\r\nxyz");
    dialogue_expect(&d, "220 mx.test ESMTP mxq\r\n"
                        "500 5.5.1 Command unrecognized\r\n"
                        "500 5.5.1 Command unrecognized\r\n"
                        "503 5.5.1 Bad sequence of commands: send HELO/EHLO first\r\n"
                        "421 4.7.0 Too many errors, closing connection\r\n");
    mxq_session_tick(d.s, d.now + 100000);
    size_t n;
    mxq_session_output(d.s, &n);
    assert_int_equal(n, 0);
    dialogue_end(&d);
}

static void test_line_length_limit(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.max_line_length = 512;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    free(dialogue_take(&d));
    char line[2000];
    memcpy(line, "NOOP ", 5);
    memset(line + 5, 'x', sizeof line - 5);
    /* 510 octets + CRLF fits; one more does not, in one piece or many */
    memcpy(line + 510, "\r\n", 2);
    dialogue_send_pieces(&d, line, 512, 0);
    dialogue_expect(&d, "250 2.0.0 Ok\r\n");
    memset(line + 5, 'x', sizeof line - 5);
    memcpy(line + 511, "\r\n", 2);
    dialogue_send_pieces(&d, line, 513, 7);
    dialogue_expect(&d, "500 5.5.2 Line too long\r\n");
    memset(line + 5, 'x', sizeof line - 5);
    memcpy(line + 1998, "\r\n", 2);
    dialogue_send_pieces(&d, line, 2000, 100);
    dialogue_send(&d, "NOOP\r\n");
    dialogue_expect(&d, "500 5.5.2 Line too long\r\n250 2.0.0 Ok\r\n");
    dialogue_end(&d);
}

static void test_idle_timeout(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    free(dialogue_take(&d));
    assert_int_equal(mxq_session_next_deadline(d.s), d.now + 300);
    size_t count;
    mxq_session_tick(d.s, d.now + 299);
    assert_null(mxq_session_requests(d.s, &count));
    assert_int_equal(count, 0);
    mxq_session_tick(d.s, d.now + 300);
    size_t n;
    const uint8_t *out = mxq_session_output(d.s, &n);
    assert_memory_equal(out, "421 4.4.2 mx.test timeout, closing connection\r\n", n);
    /* the close is asked for once the 421 is sent */
    assert_null(mxq_session_requests(d.s, &count));
    mxq_session_output_done(d.s, n, d.now + 300);
    const struct mxq_request *r = mxq_session_requests(d.s, &count);
    assert_int_equal(count, 1);
    assert_int_equal(r[0].kind, MXQ_REQUEST_CLOSE);
    dialogue_end(&d);
}

static void test_smtputf8(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<j\xc3\xb6rg@b\xc3\xa4r.example> SMTPUTF8\r\n"
                      "RCPT TO:<\xe4\xbc\x8a@\xe9\x83\xb5.example>\r\n"
                      "DATA\r\nSubject: \xc3\xa4\r\n\r\nx\r\n.\r\n");
    assert_int_equal(d.doc_count, 1);
    yajl_val v = parse_doc(&d.docs[0]);
    assert_string_equal(doc_string(v, "envelope", NULL),
                        "j\xc3\xb6rg@b\xc3\xa4r.example");
    assert_non_null(strstr(doc_string(v, "mime", NULL), "with UTF8SMTP id"));
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* Replies pile up when the client does not read: the engine stops. */
static void test_output_back_pressure(void **state)
{
    (void)state;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.max_pending_output = 100;
    cfg.max_errors = 0;
    struct dialogue d;
    dialogue_start(&d, &cfg);
    size_t consumed = 0;
    const char *noops = "NOOP\r\nNOOP\r\nNOOP\r\nNOOP\r\nNOOP\r\nNOOP\r\n"
                        "NOOP\r\nNOOP\r\nNOOP\r\nNOOP\r\nNOOP\r\n";
    consumed = mxq_session_feed(d.s, (const uint8_t *)noops, strlen(noops),
                                d.now);
    /* it holds what it did not act on, and wants no more for now */
    assert_int_equal(consumed, strlen(noops));
    assert_int_equal(mxq_session_input_room(d.s), 0);
    size_t n;
    mxq_session_output(d.s, &n);
    assert_true(n > 100 && n < 200);
    /* once the client reads, the rest is answered */
    mxq_session_output_done(d.s, n, d.now);
    mxq_session_output(d.s, &n);
    assert_true(n > 0);
    assert_true(mxq_session_input_room(d.s) > 0);
    dialogue_end(&d);
}

/* Whole dialogues with every DATA-terminator variant, each fed cut at
 * every byte position: the replies and documents never depend on the cut.
 * A smuggled second MAIL inside the data must never become a transaction. */
static void test_terminators_split_everywhere(void **state)
{
    (void)state;
    static const struct {
        const char *data;
        const char *final_reply;
        size_t docs;
    } cases[] = {
        {"a\r\n.\r\n", "250 2.0.0 t1 for b@example.org\r\n", 1},
        {"..\r\n.\r\n", "250 2.0.0 t1 for b@example.org\r\n", 1},
        {"a\n.\nMAIL FROM:<evil@x.example>\nRCPT TO:<v@example.org>\nDATA\n"
         "smuggled\n.\n\r\n.\r\n",
         "550 5.6.0 Message refused: bare CR or LF in data, lines must end "
         "with CRLF\r\n", 0},
        {"a\r\n.\nMAIL FROM:<evil@x.example>\r\n.\r\n",
         "550 5.6.0 Message refused: bare CR or LF in data, lines must end "
         "with CRLF\r\n", 0},
        {"a\r.\rMAIL FROM:<evil@x.example>\r\n.\r\n",
         "550 5.6.0 Message refused: bare CR or LF in data, lines must end "
         "with CRLF\r\n", 0},
        {"a\n.\r\nMAIL FROM:<evil@x.example>\r\n.\r\n",
         "550 5.6.0 Message refused: bare CR or LF in data, lines must end "
         "with CRLF\r\n", 0},
    };
    const char *prefix = "EHLO c\r\nMAIL FROM:<a@example.com>\r\n"
                         "RCPT TO:<b@example.org>\r\nDATA\r\n";
    size_t cuts = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char input[512];
        int n = snprintf(input, sizeof input, "%s%sNOOP\r\n", prefix,
                         cases[i].data);
        assert_true(n > 0 && (size_t)n < sizeof input);
        char *reference = NULL;
        for (size_t cut = 1; cut <= (size_t)n; cut++) {
            struct dialogue d;
            dialogue_start(&d, NULL);
            dialogue_send_pieces(&d, input, cut, 0);
            dialogue_send_pieces(&d, input + cut, (size_t)n - cut, 0);
            char *got = dialogue_take(&d);
            assert_int_equal(d.doc_count, cases[i].docs);
            assert_non_null(strstr(got, cases[i].final_reply));
            assert_int_equal(d.store_requests, cases[i].docs);
            /* the NOOP after the data is answered, nothing else */
            size_t len = strlen(got);
            assert_true(len > 14);
            assert_string_equal(got + len - 14, "250 2.0.0 Ok\r\n");
            if (reference == NULL)
                reference = got;
            else {
                assert_string_equal(got, reference);
                free(got);
            }
            dialogue_end(&d);
            cuts++;
        }
        free(reference);
    }
    printf("terminator dialogues: %zu cases, %zu cuts\n",
           sizeof cases / sizeof cases[0], cuts);
}

static void test_shutdown(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    greet(&d);
    assert_true(mxq_session_shutdown(d.s, d.now));
    dialogue_send(&d, "NOOP\r\n");
    dialogue_expect(&d, "421 4.3.2 mx.test shutting down, try again later\r\n");
    assert_true(d.closed);
    dialogue_end(&d);

    /* a message in flight is finished first, then 421 */
    dialogue_start(&d, NULL);
    d.store = STORE_WAITS;
    greet(&d);
    dialogue_send(&d, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\n"
                      "DATA\r\n" BODY ".\r\n");
    free(dialogue_take(&d));
    assert_false(mxq_session_shutdown(d.s, d.now));
    assert_false(d.closed);
    dialogue_finish_store(&d, true);
    dialogue_expect(&d, "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t1 for b@example.org\r\n"
                        "421 4.3.2 mx.test shutting down, try again later\r\n");
    assert_true(d.closed);
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_greeting_and_ehlo),
        cmocka_unit_test(test_whole_transaction),
        cmocka_unit_test(test_two_recipients_and_null_sender),
        cmocka_unit_test(test_bad_sequences),
        cmocka_unit_test(test_helo_takes_no_parameters),
        cmocka_unit_test(test_pipelining),
        cmocka_unit_test(test_store_is_awaited),
        cmocka_unit_test(test_store_failure_is_451),
        cmocka_unit_test(test_bdat),
        cmocka_unit_test(test_refused_bdat_is_skipped),
        cmocka_unit_test(test_size_limit_at_end_of_data),
        cmocka_unit_test(test_dsn_parameters),
        cmocka_unit_test(test_dsn_defaults),
        cmocka_unit_test(test_recipient_limit),
        cmocka_unit_test(test_error_limit),
        cmocka_unit_test(test_line_length_limit),
        cmocka_unit_test(test_idle_timeout),
        cmocka_unit_test(test_smtputf8),
        cmocka_unit_test(test_output_back_pressure),
        cmocka_unit_test(test_terminators_split_everywhere),
        cmocka_unit_test(test_shutdown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
