/*
 * The engine when memory runs out: linked with -Wl,--wrap=realloc (see
 * tests/CMakeLists.txt), so the test decides when the engine's realloc
 * fails. A reply that cannot be queued must not be lost silently: the
 * session gives up and asks to be closed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "dialogue.h"

void *__real_realloc(void *p, size_t n);
void *__wrap_realloc(void *p, size_t n);

static bool fail_realloc;
static size_t fail_above; /* with fail_realloc: only larger requests */

void *__wrap_realloc(void *p, size_t n)
{
    return fail_realloc && n > fail_above ? NULL : __real_realloc(p, n);
}

static void test_lost_reply_closes(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    dialogue_send(&d, "EHLO c\r\n");
    free(dialogue_take(&d));
    assert_false(d.closed);

    fail_realloc = true; /* the output buffer cannot grow */
    dialogue_send(&d, "NOOP\r\n");
    fail_realloc = false;
    dialogue_expect(&d, "");
    assert_true(d.closed);
    assert_int_equal(mxq_session_input_room(d.s), 0);
    dialogue_end(&d);
}

/* The documents cannot be built: 452, and the session goes on. */
static void test_documents_out_of_memory(void **state)
{
    (void)state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    dialogue_send(&d, "EHLO c\r\nMAIL FROM:<a@b.example>\r\n"
                      "RCPT TO:<c@d.example>\r\nDATA\r\n");
    free(dialogue_take(&d));
    char body[2048];
    memset(body, 'x', sizeof body);
    memcpy(body + sizeof body - 6, "\r\n.\r\n", 6);
    /* the message buffer cannot grow past 1 KiB; replies still can */
    fail_realloc = true;
    fail_above = 1024;
    assert_int_equal(mxq_session_feed(d.s, (const uint8_t *)body,
                                      sizeof body - 1, d.now),
                     sizeof body - 1);
    fail_realloc = false;
    fail_above = 0;
    dialogue_serve(&d);
    dialogue_expect(&d, "452 4.3.1 Insufficient system resources\r\n");
    assert_int_equal(d.doc_count, 0);
    dialogue_send(&d, "NOOP\r\n");
    dialogue_expect(&d, "250 2.0.0 Ok\r\n");
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lost_reply_closes),
        cmocka_unit_test(test_documents_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
