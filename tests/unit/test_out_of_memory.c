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

#include <mxq/array.h>

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

/* Pins that mxq_array_reserve() refuses a size that does not fit in a
 * size_t and survives a failing realloc: false, and the array, its
 * contents and its capacity are as they were. */
static void test_array_reserve_refused(void **state)
{
    (void)state;
    uint64_t *items = NULL;
    size_t cap = 0;

    assert_true(mxq_array_reserve((void **)&items, &cap, 2, sizeof *items, 2));
    items[0] = 42;
    uint64_t *before = items;
    /* need * elem_size wraps around; elem_size 0 is no array */
    assert_false(mxq_array_reserve((void **)&items, &cap,
                                   SIZE_MAX / sizeof *items + 1,
                                   sizeof *items, 2));
    assert_false(mxq_array_reserve((void **)&items, &cap, SIZE_MAX,
                                   sizeof *items, 2));
    assert_false(mxq_array_reserve((void **)&items, &cap, 3, 0, 2));
    fail_realloc = true;
    fail_above = 0;
    bool grown = mxq_array_reserve((void **)&items, &cap, 3, sizeof *items, 2);
    fail_realloc = false;
    assert_false(grown);
    assert_ptr_equal(items, before);
    assert_int_equal(cap, 2);
    assert_int_equal(items[0], 42);
    free(items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lost_reply_closes),
        cmocka_unit_test(test_documents_out_of_memory),
        cmocka_unit_test(test_array_reserve_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
