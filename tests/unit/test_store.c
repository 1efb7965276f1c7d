/*
 * The store interface over the file queue, as a worker uses it: submit,
 * flush, wait for the fd, take the completions. Group commit (what is
 * submitted while a commit runs goes into the next one) and a failing
 * disk (every message of the batch fails, nothing is left in new/).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"

struct fixture {
    char dir[64];
    struct mxqd_store *st;
};

static struct mxq_document doc(const char *queue, const char *json)
{
    struct mxq_document d = { .queue = queue, .message_id = "id",
                              .parts = {{(const uint8_t *)json, strlen(json)}},
                              .json_len = strlen(json) };
    return d;
}

static int fail_step = -1;   /* the commit step to fail, -1: none */

static int inject(enum mxqd_fq_step step)
{
    return (int)step == fail_step ? ENOSPC : 0;
}

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    const char *queues[] = { "inbox", "local" };
    char err[256] = "";

    assert_non_null(f);
    snprintf(f->dir, sizeof f->dir, "/tmp/mxq-store-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    struct mxqd_store_filequeue_config cfg = {
        .directory = f->dir, .queues = queues, .queue_count = 2,
        .workers = 2, .fault = inject,
    };
    f->st = mxqd_store_filequeue_open(&cfg, err, sizeof err);
    assert_non_null(f->st);
    fail_step = -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    char cmd[128];

    mxqd_store_close(f->st);
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static size_t files_in(const struct fixture *f, const char *queue)
{
    char path[128];
    size_t n = 0;
    snprintf(path, sizeof path, "%s/%s/new", f->dir, queue);
    DIR *d = opendir(path);
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

/* Waits (at most 5 s) for the worker's fd, then takes what is there. */
static size_t wait_done(struct mxqd_store *st, unsigned worker,
                        struct mxqd_store_done *out, size_t max)
{
    struct pollfd p = { .fd = mxqd_store_worker_fd(st, worker),
                        .events = POLLIN };
    assert_true(p.fd >= 0);
    assert_int_equal(poll(&p, 1, 5000), 1);
    return mxqd_store_completions(st, worker, out, max);
}

static void test_submit_flush_complete(void **state)
{
    struct fixture *f = *state;
    struct mxq_document one[] = { doc("inbox", "{\"a\":1}"),
                                  doc("local", "{\"a\":2}") };
    struct mxq_document two[] = { doc("inbox", "{\"b\":1}") };
    int t1, t2;
    struct mxqd_store_done done[4];

    assert_true(mxqd_store_available(f->st));
    assert_int_equal(mxqd_store_submit(f->st, 0, one, 2, &t1), 0);
    assert_int_equal(mxqd_store_submit(f->st, 0, two, 1, &t2), 0);
    /* Nothing moves before the flush. */
    assert_int_equal(mxqd_store_completions(f->st, 0, done, 4), 0);
    mxqd_store_flush(f->st, 0, 1700000000);
    assert_int_equal(wait_done(f->st, 0, done, 4), 2);
    assert_ptr_equal(done[0].token, &t1);
    assert_true(done[0].ok);
    assert_ptr_equal(done[1].token, &t2);
    assert_true(done[1].ok);
    /* One group: one file per queue for both messages. */
    assert_int_equal(files_in(f, "inbox"), 1);
    assert_int_equal(files_in(f, "local"), 1);
    /* The other worker saw nothing. */
    assert_int_equal(mxqd_store_completions(f->st, 1, done, 4), 0);
}

/* Completions come out in pieces of max; the fd stays readable while any
 * are left. */
static void test_completions_in_pieces(void **state)
{
    struct fixture *f = *state;
    struct mxq_document d[] = { doc("inbox", "{\"c\":1}") };
    int tokens[5];
    struct mxqd_store_done done[2];
    size_t total = 0;

    for (int i = 0; i < 5; i++)
        assert_int_equal(mxqd_store_submit(f->st, 1, d, 1, &tokens[i]), 0);
    mxqd_store_flush(f->st, 1, 5);
    for (int round = 0; round < 3; round++) {
        size_t n = wait_done(f->st, 1, done, 2);
        assert_int_equal(n, round < 2 ? 2 : 1);
        for (size_t i = 0; i < n; i++) {
            assert_ptr_equal(done[i].token, &tokens[total + i]);
            assert_true(done[i].ok);
        }
        total += n;
    }
    struct pollfd p = { .fd = mxqd_store_worker_fd(f->st, 1),
                        .events = POLLIN };
    assert_int_equal(poll(&p, 1, 0), 0);
}

/* What is submitted while a commit runs waits for the next flush after
 * that commit's completions, and forms a group of its own. */
static void test_next_group_waits(void **state)
{
    struct fixture *f = *state;
    struct mxq_document d[] = { doc("inbox", "{\"d\":1}") };
    int first, second;
    struct mxqd_store_done done[2];

    assert_int_equal(mxqd_store_submit(f->st, 0, d, 1, &first), 0);
    mxqd_store_flush(f->st, 0, 7);
    assert_int_equal(mxqd_store_submit(f->st, 0, d, 1, &second), 0);
    mxqd_store_flush(f->st, 0, 7); /* busy: second stays filling */
    assert_int_equal(wait_done(f->st, 0, done, 2), 1);
    assert_ptr_equal(done[0].token, &first);
    mxqd_store_flush(f->st, 0, 8);
    assert_int_equal(wait_done(f->st, 0, done, 2), 1);
    assert_ptr_equal(done[0].token, &second);
    assert_int_equal(files_in(f, "inbox"), 2);
}

/* A disk that fails (the fault hook, through the store) fails every
 * message of the group, leaves nothing in new/, and the next group is
 * stored again. */
static void test_failing_disk(void **state)
{
    struct fixture *f = *state;
    struct mxq_document d[] = { doc("inbox", "{\"e\":1}") };
    int a, b, c;
    struct mxqd_store_done done[2];

    for (int step = MXQD_FQ_STEP_CREATE; step <= MXQD_FQ_STEP_DIRSYNC;
         step++) {
        fail_step = step;
        assert_int_equal(mxqd_store_submit(f->st, 0, d, 1, &a), 0);
        assert_int_equal(mxqd_store_submit(f->st, 0, d, 1, &b), 0);
        mxqd_store_flush(f->st, 0, 9);
        assert_int_equal(wait_done(f->st, 0, done, 2), 2);
        assert_false(done[0].ok);
        assert_false(done[1].ok);
        assert_int_equal(files_in(f, "inbox"), 0);
    }
    fail_step = -1;
    assert_int_equal(mxqd_store_submit(f->st, 0, d, 1, &c), 0);
    mxqd_store_flush(f->st, 0, 10);
    assert_int_equal(wait_done(f->st, 0, done, 2), 1);
    assert_true(done[0].ok);
    assert_int_equal(files_in(f, "inbox"), 1);
}

/* A document the queue cannot take is refused at submit: no completion
 * will come for it, and the group goes on without it. */
static void test_refused_at_submit(void **state)
{
    struct fixture *f = *state;
    struct mxq_document bad[] = { doc("inbox", "{\"f\":\n1}") };
    struct mxq_document good[] = { doc("inbox", "{\"f\":1}") };
    int t;
    struct mxqd_store_done done[2];

    assert_int_equal(mxqd_store_submit(f->st, 0, bad, 1, &t), EINVAL);
    assert_int_equal(mxqd_store_submit(f->st, 5, good, 1, &t), EINVAL);
    assert_int_equal(mxqd_store_submit(f->st, 0, good, 1, &t), 0);
    mxqd_store_flush(f->st, 0, 11);
    assert_int_equal(wait_done(f->st, 0, done, 2), 1);
    assert_ptr_equal(done[0].token, &t);
    assert_true(done[0].ok);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_submit_flush_complete, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_completions_in_pieces, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_next_group_waits, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_failing_disk, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refused_at_submit, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
