/*
 * The per-process memory budget (cfg.memory, `smtp-memory-limit`): the
 * messages in flight of all sessions share it; once it is used up MAIL
 * gets 452 4.3.1, a message that would cross it is refused with 452 4.3.1
 * at its end, and every octet comes back when a transaction ends.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dialogue.h"

#define QUEUED "250-2.0.0 Ok, your message has been queued using the " \
               "following identifiers:\r\n"

static void start(struct dialogue *d, struct mxq_memory_budget *budget)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.memory = budget;
    dialogue_start(d, &cfg);
    dialogue_send(d, "EHLO c\r\n");
    free(dialogue_take(d));
}

static void send_message(struct dialogue *d, size_t body_octets)
{
    dialogue_send(d, "MAIL FROM:<a@b.example>\r\nRCPT TO:<c@d.example>\r\n"
                     "DATA\r\n");
    free(dialogue_take(d));
    char *body = malloc(body_octets + 5);
    assert_non_null(body);
    memset(body, 'x', body_octets);
    for (size_t i = 70; i < body_octets; i += 72)
        memcpy(body + i, "\r\n", 2);
    memcpy(body + body_octets, "\r\n.\r\n", 5);
    dialogue_send_pieces(d, body, body_octets + 5, 1000);
    free(body);
}

static void test_message_within_and_beyond(void **state)
{
    (void)state;
    struct mxq_memory_budget budget = {.limit = 8192};
    struct dialogue d;
    start(&d, &budget);

    send_message(&d, 1000);
    char *r = dialogue_take(&d);
    assert_memory_equal(r, QUEUED, strlen(QUEUED));
    free(r);
    assert_int_equal(budget.used, 0); /* all given back once stored */

    /* the message itself fits, its document too does not */
    send_message(&d, 5000);
    dialogue_expect(&d, "452 4.3.1 Insufficient system resources\r\n");
    assert_int_equal(budget.used, 0);

    /* the content alone crosses it */
    send_message(&d, 20000);
    dialogue_expect(&d, "452 4.3.1 Insufficient system resources\r\n");
    assert_int_equal(budget.used, 0);
    assert_int_equal(d.doc_count, 1);
    dialogue_end(&d);
}

/* Two sessions share one budget: while one holds a message waiting for
 * its store, the other cannot start a transaction. */
static void test_shared_between_sessions(void **state)
{
    (void)state;
    struct mxq_memory_budget budget = {.limit = 4096};
    struct dialogue a, b;
    start(&a, &budget);
    start(&b, &budget);
    a.store = STORE_WAITS;
    send_message(&a, 1500);
    assert_int_not_equal(a.store_waiting, 0);
    assert_true(budget.used >= 1500); /* the document holds the MIME */
    assert_true(budget.used <= budget.limit);

    budget.limit = budget.used; /* used up, exactly */
    dialogue_send(&b, "MAIL FROM:<a@b.example>\r\n");
    dialogue_expect(&b, "452 4.3.1 Insufficient system resources\r\n");

    dialogue_finish_store(&a, true);
    char *r = dialogue_take(&a);
    assert_memory_equal(r, QUEUED, strlen(QUEUED));
    free(r);
    assert_int_equal(budget.used, 0);
    dialogue_send(&b, "MAIL FROM:<a@b.example>\r\n");
    dialogue_expect(&b, "250 2.1.0 Sender ok\r\n");
    dialogue_end(&a);
    dialogue_end(&b);
    assert_int_equal(budget.used, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_message_within_and_beyond),
        cmocka_unit_test(test_shared_between_sessions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
