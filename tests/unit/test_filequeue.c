/*
 * The durable file queue: a batch becomes one JSON-lines file per queue in
 * new/, and a failure at any step leaves no file of the batch behind.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filequeue.h"

struct fixture {
    char dir[64];
    struct mxqd_filequeue *q;
    struct mxqd_fq_batch *b;
};

static struct mxq_document doc(const char *queue, const char *json)
{
    struct mxq_document d = { .queue = queue, .message_id = "id",
                              .parts = {{(const uint8_t *)json, strlen(json)}},
                              .json_len = strlen(json) };
    return d;
}

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    const char *queues[] = { "inbox", "local", "" };
    char err[256] = "";

    assert_non_null(f);
    snprintf(f->dir, sizeof f->dir, "/tmp/mxq-fq-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    f->q = mxqd_filequeue_open(f->dir, queues, 3, err, sizeof err);
    assert_non_null(f->q);
    f->b = mxqd_fq_batch_new(f->q, 7);
    assert_non_null(f->b);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    char cmd[128];

    mxqd_filequeue_inject_faults(f->q, NULL);
    mxqd_fq_batch_free(f->b);
    mxqd_filequeue_close(f->q);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

/* Number of entries in dir/queue/sub; the name of the last one in name. */
static int count_files(struct fixture *f, const char *queue, const char *sub,
                       char *name, size_t namelen)
{
    char path[256];
    int n = 0;
    snprintf(path, sizeof path, "%s/%s/%s", f->dir, queue, sub);
    DIR *d = opendir(path);
    if (d == NULL)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (name)
            snprintf(name, namelen, "%s/%s", path, e->d_name);
        n++;
    }
    closedir(d);
    return n;
}

static char *read_all(const char *path)
{
    static char buf[4096];
    int fd = open(path, O_RDONLY);
    assert_true(fd >= 0);
    ssize_t n = read(fd, buf, sizeof buf - 1);
    assert_true(n >= 0);
    buf[n] = '\0';
    close(fd);
    return buf;
}

static void test_directories_created(void **state)
{
    struct fixture *f = *state;
    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 0);
    assert_int_equal(count_files(f, "local", "new", NULL, 0), 0);
}

static void test_batch_is_one_file(void **state)
{
    struct fixture *f = *state;
    struct mxq_document one[] = { doc("inbox", "{\"a\":1}"),
                                  doc("inbox", "{\"a\":2}") };
    struct mxq_document two[] = { doc("inbox", "{\"b\":\"x\"}") };
    char name[600];

    assert_int_equal(mxqd_fq_batch_add(f->b, one, 2), 0);
    assert_int_equal(mxqd_fq_batch_add(f->b, two, 1), 0);
    assert_int_equal(mxqd_fq_batch_documents(f->b), 3);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 1700000000), 0);
    assert_int_equal(mxqd_fq_batch_documents(f->b), 0);

    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
    assert_int_equal(count_files(f, "inbox", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":1}\n{\"a\":2}\n{\"b\":\"x\"}\n");
    assert_non_null(strstr(name, "/new/1700000000."));
    assert_non_null(strstr(name, ".7.0.jsonl"));
}

static void test_one_file_per_queue(void **state)
{
    struct fixture *f = *state;
    struct mxq_document docs[] = { doc("inbox", "{\"a\":1}"),
                                   doc("local", "{\"a\":2}"),
                                   doc("reports", "{\"a\":3}") };
    char name[600];

    assert_int_equal(mxqd_fq_batch_add(f->b, docs, 3), 0);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 1), 0);
    assert_int_equal(count_files(f, "inbox", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":1}\n");
    assert_int_equal(count_files(f, "local", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":2}\n");
    /* A queue first named by a document is created on the fly. */
    assert_int_equal(count_files(f, "reports", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":3}\n");

    /* Empty commits write nothing; later commits get new names. */
    assert_int_equal(mxqd_fq_batch_commit(f->b, 1), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 1);
    assert_int_equal(mxqd_fq_batch_add(f->b, docs, 1), 0);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 1), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 2);
}

/* Batches of several threads, or a worker's two batches, committing in the
 * same second never share a file name (a rename would replace the file). */
static void test_names_never_collide(void **state)
{
    struct fixture *f = *state;
    struct mxqd_fq_batch *other = mxqd_fq_batch_new(f->q, 7);
    struct mxq_document docs[] = { doc("inbox", "{\"a\":1}") };

    assert_non_null(other);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(mxqd_fq_batch_add(f->b, docs, 1), 0);
        assert_int_equal(mxqd_fq_batch_commit(f->b, 5), 0);
        assert_int_equal(mxqd_fq_batch_add(other, docs, 1), 0);
        assert_int_equal(mxqd_fq_batch_commit(other, 5), 0);
    }
    mxqd_fq_batch_free(other);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 6);
}

static void test_bad_documents_add_nothing(void **state)
{
    struct fixture *f = *state;
    struct mxq_document bad_name[] = { doc("inbox", "{\"a\":1}"),
                                       doc("../etc", "{\"a\":2}") };
    struct mxq_document bad_json[] = { doc("inbox", "{\"a\":1}"),
                                       doc("local", "{\"a\":\n2}") };
    struct mxq_document good[] = { doc("inbox", "{\"ok\":1}") };
    char name[600];

    assert_int_equal(mxqd_fq_batch_add(f->b, good, 1), 0);
    assert_int_equal(mxqd_fq_batch_add(f->b, bad_name, 2), EINVAL);
    assert_int_equal(mxqd_fq_batch_add(f->b, bad_json, 2), EINVAL);
    assert_int_equal(mxqd_fq_batch_documents(f->b), 1);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 1), 0);
    assert_int_equal(count_files(f, "inbox", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"ok\":1}\n");
    assert_int_equal(count_files(f, "local", "new", NULL, 0), 0);
}

static int fail_step;     /* the step to fail */
static int fail_skip;     /* how many occurrences of it to let pass */

static int inject(enum mxqd_fq_step step)
{
    if ((int)step != fail_step)
        return 0;
    return fail_skip-- > 0 ? 0 : ENOSPC;
}

/* Every step, for the first and for the second file of a two-queue batch:
 * the commit fails and leaves nothing behind; the batch is usable after. */
static void test_failure_leaves_nothing(void **state)
{
    struct fixture *f = *state;
    struct mxq_document docs[] = { doc("inbox", "{\"a\":1}"),
                                   doc("local", "{\"a\":2}") };

    for (int step = MXQD_FQ_STEP_CREATE; step <= MXQD_FQ_STEP_DIRSYNC; step++) {
        for (int skip = 0; skip < 2; skip++) {
            fail_step = step;
            fail_skip = skip;
            mxqd_filequeue_inject_faults(f->q, inject);
            assert_int_equal(mxqd_fq_batch_add(f->b, docs, 2), 0);
            assert_int_equal(mxqd_fq_batch_commit(f->b, 2), ENOSPC);
            assert_int_equal(mxqd_fq_batch_documents(f->b), 0);
            mxqd_filequeue_inject_faults(f->q, NULL);
            assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 0);
            assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
            assert_int_equal(count_files(f, "local", "new", NULL, 0), 0);
            assert_int_equal(count_files(f, "local", "tmp", NULL, 0), 0);
        }
    }
    assert_int_equal(mxqd_fq_batch_add(f->b, docs, 2), 0);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 3), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 1);
    assert_int_equal(count_files(f, "local", "new", NULL, 0), 1);
}

/* A round of several batches (the committer's, one per worker): one file
 * per queue holds the lines of every batch, in batch order; a batch
 * without lines for a queue adds nothing to its file. A failure leaves no
 * file of the round, and every batch empty. */
static void test_round_of_batches(void **state)
{
    struct fixture *f = *state;
    struct mxqd_fq_batch *second = mxqd_fq_batch_new(f->q, 8);
    struct mxqd_fq_batch *third = mxqd_fq_batch_new(f->q, 9);
    struct mxq_document a[] = { doc("inbox", "{\"a\":1}"),
                                doc("local", "{\"a\":2}") };
    struct mxq_document b[] = { doc("inbox", "{\"b\":1}") };
    struct mxq_document c[] = { doc("local", "{\"c\":1}") };
    struct mxqd_fq_batch *round[] = { f->b, second, third };
    char name[600];

    assert_non_null(second);
    assert_non_null(third);
    assert_int_equal(mxqd_fq_batch_add(f->b, a, 2), 0);
    assert_int_equal(mxqd_fq_batch_add(second, b, 1), 0);
    assert_int_equal(mxqd_fq_batch_add(third, c, 1), 0);
    assert_int_equal(mxqd_fq_commit(round, 3, 11), 0);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(mxqd_fq_batch_documents(round[i]), 0);
    assert_int_equal(count_files(f, "inbox", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":1}\n{\"b\":1}\n");
    assert_non_null(strstr(name, "/new/11."));
    assert_int_equal(count_files(f, "local", "new", name, sizeof name), 1);
    assert_string_equal(read_all(name), "{\"a\":2}\n{\"c\":1}\n");

    fail_step = MXQD_FQ_STEP_DIRSYNC;
    fail_skip = 1; /* the second file's: both were renamed into new/ */
    mxqd_filequeue_inject_faults(f->q, inject);
    assert_int_equal(mxqd_fq_batch_add(f->b, a, 2), 0);
    assert_int_equal(mxqd_fq_batch_add(second, b, 1), 0);
    assert_int_equal(mxqd_fq_commit(round, 2, 12), ENOSPC);
    mxqd_filequeue_inject_faults(f->q, NULL);
    assert_int_equal(mxqd_fq_batch_documents(f->b), 0);
    assert_int_equal(mxqd_fq_batch_documents(second), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 1);
    assert_int_equal(count_files(f, "local", "new", NULL, 0), 1);
    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
    assert_int_equal(count_files(f, "local", "tmp", NULL, 0), 0);
    mxqd_fq_batch_free(second);
    mxqd_fq_batch_free(third);
}

/* A queue directory that disappeared under the daemon fails the store. */
static void test_missing_directory_fails(void **state)
{
    struct fixture *f = *state;
    struct mxq_document docs[] = { doc("inbox", "{\"a\":1}"),
                                   doc("local", "{\"a\":2}") };
    char cmd[160];

    snprintf(cmd, sizeof cmd, "rm -rf '%s/local/tmp'", f->dir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(mxqd_fq_batch_add(f->b, docs, 2), 0);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 4), ENOENT);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 0);
    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
}

static void test_open_rejects_bad_paths(void **state)
{
    struct fixture *f = *state;
    const char *bad[] = { "in/box" };
    const char *good[] = { "inbox" };
    char path[128], err[256] = "";

    assert_null(mxqd_filequeue_open(f->dir, bad, 1, err, sizeof err));
    assert_non_null(strstr(err, "not a valid queue name"));

    snprintf(path, sizeof path, "%s/file", f->dir);
    int fd = open(path, O_WRONLY | O_CREAT, 0600);
    assert_true(fd >= 0);
    close(fd);
    assert_null(mxqd_filequeue_open(path, good, 1, err, sizeof err));
    assert_non_null(strstr(err, "Not a directory"));
}

static void touch(struct fixture *f, const char *queue, const char *sub,
                  const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s/%s/%s", f->dir, queue, sub, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "{\"torn\":", 9), 9);
    close(fd);
}

/* Files an earlier run left in tmp/ were never acknowledged: a new start
 * removes them, in every queue it opens, and leaves new/ alone. */
static void test_open_removes_leftovers_in_tmp(void **state)
{
    struct fixture *f = *state;
    const char *queues[] = { "inbox", "local" };
    char err[256] = "";
    struct mxq_document docs[] = { doc("inbox", "{\"a\":1}") };

    assert_int_equal(mxqd_fq_batch_add(f->b, docs, 1), 0);
    assert_int_equal(mxqd_fq_batch_commit(f->b, 6), 0);
    touch(f, "inbox", "tmp", "1.2.0.0.jsonl");
    touch(f, "inbox", "tmp", "1.2.0.1.jsonl");
    touch(f, "inbox", "tmp", ".hidden");
    touch(f, "local", "tmp", "3.4.1.0.jsonl");
    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 2);

    struct mxqd_filequeue *again =
        mxqd_filequeue_open(f->dir, queues, 2, err, sizeof err);
    assert_non_null(again);
    assert_int_equal(count_files(f, "inbox", "tmp", NULL, 0), 0);
    assert_int_equal(count_files(f, "local", "tmp", NULL, 0), 0);
    assert_int_equal(count_files(f, "inbox", "new", NULL, 0), 1);

    /* Nothing hidden stays either (count_files skips dot files). */
    char path[256];
    snprintf(path, sizeof path, "%s/inbox/tmp/.hidden", f->dir);
    assert_int_equal(access(path, F_OK), -1);

    /* A queue first named later is emptied when it is created. */
    char dir[256];
    snprintf(dir, sizeof dir, "%s/reports", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    snprintf(dir, sizeof dir, "%s/reports/tmp", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    touch(f, "reports", "tmp", "5.6.0.0.jsonl");
    struct mxqd_fq_batch *b = mxqd_fq_batch_new(again, 1);
    struct mxq_document report[] = { doc("reports", "{\"r\":1}") };
    assert_non_null(b);
    assert_int_equal(mxqd_fq_batch_add(b, report, 1), 0);
    assert_int_equal(count_files(f, "reports", "tmp", NULL, 0), 0);
    assert_int_equal(mxqd_fq_batch_commit(b, 7), 0);
    assert_int_equal(count_files(f, "reports", "new", NULL, 0), 1);
    mxqd_fq_batch_free(b);
    mxqd_filequeue_close(again);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_directories_created, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_is_one_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_file_per_queue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_names_never_collide, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_documents_add_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_failure_leaves_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_round_of_batches, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_directory_fails, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_rejects_bad_paths, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_removes_leftovers_in_tmp, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
