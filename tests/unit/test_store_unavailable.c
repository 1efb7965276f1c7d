/*
 * mxq_config.can_store: while the adapter cannot store (no RabbitMQ broker
 * connected), MAIL is answered 451 4.3.0 before any data is taken, without
 * counting as a client error; once it can again, the same session goes on.
 * mxq_config.may_start_message (smtp-message-rate) the same way, with
 * 450 4.7.1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dialogue.h"

static bool storage_up;
static int asked;

static bool can_store(void *ctx)
{
    assert_ptr_equal(ctx, &storage_up);
    asked++;
    return storage_up;
}

static void start(struct dialogue *d, uint32_t max_errors)
{
    struct mxq_config cfg;

    dialogue_config(&cfg);
    cfg.can_store = can_store;
    cfg.can_store_ctx = &storage_up;
    cfg.max_errors = max_errors;
    dialogue_start(d, &cfg);
    char *greeting = dialogue_take(d);
    free(greeting);
    dialogue_send(d, "HELO client.test\r\n");
    dialogue_expect(d, "250 mx.test\r\n");
}

static void test_refused_at_mail_then_accepted(void **state)
{
    (void)state;
    struct dialogue d;

    storage_up = false;
    asked = 0;
    start(&d, 20);
    dialogue_send(&d, "MAIL FROM:<a@example.org>\r\n");
    dialogue_expect(&d, "451 4.3.0 Cannot store messages right now, try "
                        "again later\r\n");
    assert_int_equal(asked, 1);
    /* no transaction was opened */
    dialogue_send(&d, "RCPT TO:<b@example.org>\r\n");
    dialogue_expect(&d, "503 5.5.1 Bad sequence of commands: need MAIL\r\n");

    storage_up = true;
    dialogue_send(&d, "MAIL FROM:<a@example.org>\r\n");
    dialogue_expect(&d, "250 2.1.0 Sender ok\r\n");
    dialogue_send(&d, "RCPT TO:<b@example.org>\r\nDATA\r\n");
    dialogue_expect(&d, "250 2.1.5 Recipient ok\r\n"
                        "354 End data with <CR><LF>.<CR><LF>\r\n");
    dialogue_send(&d, "Subject: x\r\n\r\nHello.\r\n.\r\n");
    dialogue_expect(&d, "250-2.0.0 Ok, your message has been queued using "
                        "the following identifiers:\r\n"
                        "250 2.0.0 t1 for b@example.org\r\n");
    assert_int_equal(d.doc_count, 1);
    dialogue_end(&d);
}

/* Refusals for this reason do not use up the client's error budget. */
static void test_not_counted_as_errors(void **state)
{
    (void)state;
    struct dialogue d;

    storage_up = false;
    start(&d, 2);
    for (int i = 0; i < 5; i++) {
        dialogue_send(&d, "MAIL FROM:<a@example.org>\r\n");
        dialogue_expect(&d, "451 4.3.0 Cannot store messages right now, try "
                            "again later\r\n");
    }
    assert_false(d.closed);
    dialogue_end(&d);
}

/* Syntax comes first: a bad MAIL is still a 501. */
static void test_syntax_before_storage(void **state)
{
    (void)state;
    struct dialogue d;

    storage_up = false;
    asked = 0;
    start(&d, 20);
    dialogue_send(&d, "MAIL FROM:<a@@example.org>\r\n");
    dialogue_expect(&d, "501 5.1.7 Bad sender address syntax\r\n");
    assert_int_equal(asked, 0);
    dialogue_end(&d);
}

static int messages_left;

static bool may_start_message(void *ctx, const struct mxq_connection *conn)
{
    assert_ptr_equal(ctx, &messages_left);
    assert_string_equal(conn->remote_ip, "127.0.0.2");
    return messages_left-- > 0;
}

/* Past the client's message rate MAIL gets 450 4.7.1, not counted as an
 * error, and the rest of the session is as usual. */
static void test_message_rate(void **state)
{
    (void)state;
    struct dialogue d;
    struct mxq_config cfg;

    dialogue_config(&cfg);
    cfg.may_start_message = may_start_message;
    cfg.may_start_message_ctx = &messages_left;
    cfg.max_errors = 1;
    messages_left = 1;
    dialogue_start(&d, &cfg);
    free(dialogue_take(&d));
    dialogue_send(&d, "HELO client.test\r\nMAIL FROM:<a@example.org>\r\n"
                      "RSET\r\n");
    dialogue_expect(&d, "250 mx.test\r\n250 2.1.0 Sender ok\r\n"
                        "250 2.0.0 Reset\r\n");
    for (int i = 0; i < 3; i++) {
        dialogue_send(&d, "MAIL FROM:<a@example.org>\r\n");
        dialogue_expect(&d, "450 4.7.1 Too many messages from your address, "
                            "try again later\r\n");
    }
    dialogue_send(&d, "NOOP\r\n");
    dialogue_expect(&d, "250 2.0.0 Ok\r\n");
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_message_rate),
        cmocka_unit_test(test_refused_at_mail_then_accepted),
        cmocka_unit_test(test_not_counted_as_errors),
        cmocka_unit_test(test_syntax_before_storage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
