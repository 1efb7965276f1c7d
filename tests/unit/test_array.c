/*
 * mxq_array_reserve() (engine/core/buffer.c, include/mxq/array.h): the
 * one way an array grows in the engine and the daemon (the recipients of
 * a transaction, the file queue's parts, the local address lists). It
 * pins the first size, the doubling and a need beyond one doubling. A
 * size that does not fit in a size_t and a failing realloc (the array
 * kept either way): test_out_of_memory.c, which decides when realloc
 * fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <mxq/array.h>

static void test_first_and_doubling(void **state)
{
    (void)state;
    int *items = NULL;
    size_t cap = 0;

    assert_true(mxq_array_reserve((void **)&items, &cap, 1, sizeof *items, 4));
    assert_non_null(items);
    assert_int_equal(cap, 4);
    for (int i = 0; i < 4; i++)
        items[i] = i;
    /* Room enough: nothing moves. */
    int *before = items;
    assert_true(mxq_array_reserve((void **)&items, &cap, 4, sizeof *items, 4));
    assert_ptr_equal(items, before);
    assert_int_equal(cap, 4);
    assert_true(mxq_array_reserve((void **)&items, &cap, 0, sizeof *items, 4));
    assert_int_equal(cap, 4);
    /* One more: doubled, the contents kept. */
    assert_true(mxq_array_reserve((void **)&items, &cap, 5, sizeof *items, 4));
    assert_int_equal(cap, 8);
    for (int i = 0; i < 4; i++)
        assert_int_equal(items[i], i);
    /* Far more: doubled until it is enough. */
    assert_true(mxq_array_reserve((void **)&items, &cap, 33, sizeof *items, 4));
    assert_int_equal(cap, 64);
    free(items);

    /* A first need above first: doubled from first. */
    items = NULL;
    cap = 0;
    assert_true(mxq_array_reserve((void **)&items, &cap, 20, sizeof *items,
                                  16));
    assert_int_equal(cap, 32);
    free(items);

    /* first 0: exactly what is needed. */
    items = NULL;
    cap = 0;
    assert_true(mxq_array_reserve((void **)&items, &cap, 3, sizeof *items, 0));
    assert_int_equal(cap, 3);
    free(items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_and_doubling),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
