/*
 * The received log (adapters/received_log.c): one line per document made
 * by the engine, its MIME never read, one line even with CR/LF in the
 * values, reports seen as such, the file reopened when asked and when it
 * was renamed or removed, and lines of several threads kept whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <pthread.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dialogue.h"
#include "files.h"
#include "log_template.h"
#include "received_log.h"

#define BODY "Subject: hi\r\n\r\nHello.\r\n"
#define NOW ((time_t)1795478401) /* 2026-11-24 00:00:01 UTC */

struct fixture {
    char dir[64];
    char path[128];
};

static int setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    snprintf(f->dir, sizeof f->dir, "/tmp/mxq-rlog-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->path, sizeof f->path, "%s/received.log", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static char *slurp(const char *path)
{
    size_t n;
    char *text = test_read_file(path, &n);
    if (text == NULL)
        fail_msg("cannot read %s", path);
    return text;
}

static void expect_file(const char *path, const char *want)
{
    char *got = slurp(path);
    assert_string_equal(got, want);
    free(got);
}

static struct mxqd_received_log *open_log(const char *path,
                                          const char *format)
{
    char err[256] = "";
    struct mxqd_received_log *log =
        mxqd_received_log_open(path, format, err, sizeof err);
    if (log == NULL)
        fail_msg("cannot open the log: %s", err);
    assert_string_equal(err, "");
    return log;
}

/* A document in the engine's parts: head, MIME contents, tail, report. */
static struct mxq_document doc_parts(const char *head, const char *mime,
                                     const char *tail, const char *report)
{
    struct mxq_document d = {.queue = "inbox", .message_id = "x"};
    const char *p[MXQ_DOCUMENT_PARTS] = {head, mime, tail, report};
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++) {
        d.parts[i].p = (const uint8_t *)p[i];
        d.parts[i].n = p[i] ? strlen(p[i]) : 0;
        d.json_len += d.parts[i].n;
    }
    return d;
}

/* Two recipients through the engine; the store left waiting, so that
 * the documents are the engine's own (parts and all). */
static void test_engine_documents(void **state)
{
    struct fixture *f = *state;
    struct dialogue d;
    dialogue_start(&d, NULL);
    d.store = STORE_WAITS;
    dialogue_send(&d, "EHLO client.test\r\nMAIL FROM:<a@example.com>\r\n"
                      "RCPT TO:<b@example.org>\r\nRCPT TO:<c@example.org>\r\n"
                      "DATA\r\n" BODY ".\r\n");
    assert_int_not_equal(d.store_waiting, 0);
    const struct mxq_document *docs = d.pending_store.u.store.documents;
    size_t count = d.pending_store.u.store.count;
    assert_int_equal(count, 2);
    assert_true(docs[0].parts[1].n > 0);   /* the MIME is a part of its own */

    struct mxqd_received_log *log = open_log(f->path, NULL);
    mxqd_received_log_write_at(log, docs, count, NOW);
    expect_file(f->path,
                "[2026-11-24 00:00:01] t1 <a@example.com> <b@example.org> "
                "[127.0.0.2] [127.0.0.1]\n"
                "[2026-11-24 00:00:01] t2 <a@example.com> <c@example.org> "
                "[127.0.0.2] [127.0.0.1]\n");
    mxqd_received_log_close(log);

    /* the MIME is not there to be seen; the rest is */
    log = open_log(f->path, "{$json.mime}|{$json.hostname}|{$json.received}"
                            "|{$json.connection.secure}|{$report}");
    mxqd_received_log_write_at(log, docs, 1, NOW);
    mxqd_received_log_close(log);
    char *text = slurp(f->path);
    assert_non_null(strstr(text, "\n|mx.test|2026-11-24 00:00:00|false|false\n"));
    free(text);

    dialogue_finish_store(&d, true);
    dialogue_end(&d);
}

static void test_one_line_per_document(void **state)
{
    struct fixture *f = *state;
    struct mxqd_received_log *log =
        open_log(f->path, "{$json.recipient} {$json.o} {$time}");
    struct mxq_document docs[] = {
        doc_parts("{\"recipient\":\"a\\r\\nb\\n\\u0001c\",\"mime\":\"",
                  "Subject: x\\r\\n\\r\\nbody\\r\\n", "\",\"o\":{\"k\":\"\\n\"}}",
                  NULL),
        /* not JSON at all: every key missing, still one line */
        doc_parts("{\"recipient\":", "\\n", "\n\r", NULL),
        doc_parts("{\"recipient\":\"z\",\"mime\":\"", "", "\"}", NULL),
    };
    mxqd_received_log_write_at(log, docs, 3, NOW);
    expect_file(f->path, "a  b  c {\"k\":\"\\u000a\"} 1795478401\n"
                         "  1795478401\n"
                         "z  1795478401\n");
    mxqd_received_log_close(log);
}

static void test_reports(void **state)
{
    struct fixture *f = *state;
    struct mxqd_received_log *log = open_log(
        f->path, "{if $report}report {$json.report.type}{else}mail{/if}"
                 " {$json.recipient}");
    struct mxq_document docs[] = {
        doc_parts("{\"recipient\":\"p@x\",\"mime\":\"", "MIME\\r\\n", "\"",
                  ",\"report\":{\"type\":\"dsn\"}}"),
        doc_parts("{\"recipient\":\"q@x\",\"mime\":\"", "MIME\\r\\n", "\"}",
                  NULL),
    };
    mxqd_received_log_write_at(log, docs, 2, NOW);
    expect_file(f->path, "report dsn p@x\nmail q@x\n");
    mxqd_received_log_close(log);
}

static void test_appends_and_mode(void **state)
{
    struct fixture *f = *state;
    FILE *fp = fopen(f->path, "w");
    assert_non_null(fp);
    fputs("before\n", fp);
    fclose(fp);
    struct mxqd_received_log *log = open_log(f->path, "{$date}");
    struct mxq_document d = doc_parts("{}", NULL, NULL, NULL);
    mxqd_received_log_write_at(log, &d, 1, 0);
    mxqd_received_log_write_at(log, &d, 0, 0);      /* nothing */
    mxqd_received_log_write_at(log, &d, 1, NOW);
    expect_file(f->path, "before\n1970-01-01 00:00:00\n2026-11-24 00:00:01\n");
    mxqd_received_log_close(log);

    char fresh[160];
    snprintf(fresh, sizeof fresh, "%s/new.log", f->dir);
    mode_t old = umask(0);
    log = open_log(fresh, NULL);
    umask(old);
    struct stat st;
    assert_int_equal(stat(fresh, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    mxqd_received_log_close(log);
}

static void test_no_log_and_errors(void **state)
{
    struct fixture *f = *state;
    char err[256] = "x";
    assert_null(mxqd_received_log_open("", NULL, err, sizeof err));
    assert_string_equal(err, "");
    strcpy(err, "x");
    assert_null(mxqd_received_log_open(NULL, "{$foo}", err, sizeof err));
    assert_string_equal(err, "");
    /* no log: every call is fine and does nothing */
    struct mxq_document d = doc_parts("{}", NULL, NULL, NULL);
    mxqd_received_log_write(NULL, &d, 1);
    mxqd_received_log_write_at(NULL, &d, 1, NOW);
    assert_int_equal(mxqd_received_log_reopen(NULL), 0);
    mxqd_received_log_close(NULL);

    assert_null(mxqd_received_log_open(f->path, "[{$json.a", err,
                                       sizeof err));
    assert_string_equal(err, "received-log-format: unterminated tag "
                             "(at offset 1)");
    assert_int_equal(access(f->path, F_OK), -1);    /* nothing created */
    assert_int_equal(mxqd_received_log_check_format("{if $json}", err,
                                                    sizeof err), -1);
    assert_string_equal(err, "received-log-format: {if} without its {/if} "
                             "(at offset 0)");
    assert_int_equal(mxqd_received_log_check_format(NULL, err, sizeof err), 0);
    assert_int_equal(mxqd_received_log_check_format("", err, sizeof err), 0);
    assert_int_equal(mxqd_received_log_check_format("{$time}", err,
                                                    sizeof err), 0);

    char bad[160];
    snprintf(bad, sizeof bad, "%s/no/such/dir.log", f->dir);
    assert_null(mxqd_received_log_open(bad, NULL, err, sizeof err));
    assert_non_null(strstr(err, "received-log-file"));
    assert_non_null(strstr(err, "No such file or directory"));
}

/* Sleeps into the next second of the monotonic clock: the log looks at
 * its path at most once a second. */
static void next_second(void)
{
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    do {
        usleep(20000);
        clock_gettime(CLOCK_MONOTONIC, &b);
    } while (b.tv_sec == a.tv_sec);
}

static void test_reopen(void **state)
{
    struct fixture *f = *state;
    char moved[160], moved2[160];
    snprintf(moved, sizeof moved, "%s/received.log.1", f->dir);
    snprintf(moved2, sizeof moved2, "%s/received.log.2", f->dir);
    struct mxqd_received_log *log = open_log(f->path, "{$json.n}");
    struct mxq_document one = doc_parts("{\"n\":1}", NULL, NULL, NULL);
    struct mxq_document two = doc_parts("{\"n\":2}", NULL, NULL, NULL);
    struct mxq_document three = doc_parts("{\"n\":3}", NULL, NULL, NULL);
    struct mxq_document four = doc_parts("{\"n\":4}", NULL, NULL, NULL);

    /* SIGHUP after logrotate's rename */
    mxqd_received_log_write_at(log, &one, 1, NOW);
    assert_int_equal(rename(f->path, moved), 0);
    assert_int_equal(mxqd_received_log_reopen(log), 0);
    mxqd_received_log_write_at(log, &two, 1, NOW);
    expect_file(moved, "1\n");
    expect_file(f->path, "2\n");

    /* renamed with no SIGHUP: found within a second */
    next_second();
    assert_int_equal(rename(f->path, moved2), 0);
    next_second();
    mxqd_received_log_write_at(log, &three, 1, NOW);
    expect_file(moved2, "2\n");
    expect_file(f->path, "3\n");

    /* removed */
    next_second();
    assert_int_equal(unlink(f->path), 0);
    next_second();
    mxqd_received_log_write_at(log, &four, 1, NOW);
    expect_file(f->path, "4\n");

    /* a reopen that fails keeps the file open */
    char dir2[160], path2[200];
    snprintf(dir2, sizeof dir2, "%s/sub", f->dir);
    assert_int_equal(mkdir(dir2, 0700), 0);
    snprintf(path2, sizeof path2, "%s/r.log", dir2);
    mxqd_received_log_close(log);
    log = open_log(path2, "{$json.n}");
    assert_int_equal(rename(path2, f->path), 0);
    assert_int_equal(rmdir(dir2), 0);
    assert_int_equal(mxqd_received_log_reopen(log), -1);
    next_second();
    mxqd_received_log_write_at(log, &one, 1, NOW);  /* check fails too */
    expect_file(f->path, "1\n");
    mxqd_received_log_close(log);
}

#define THREADS 4
#define WRITES 300

struct writer {
    struct mxqd_received_log *log;
    int id;
};

/* A long value, so that mixed writes would show. */
static char big[3000];

static void *writer_main(void *arg)
{
    struct writer *w = arg;
    char head[128];
    snprintf(head, sizeof head, "{\"t\":%d,\"b\":\"", w->id);
    struct mxq_document d[2] = {
        doc_parts(head, NULL, big, "\"}"),
        doc_parts(head, NULL, "y", "\"}"),
    };
    for (int i = 0; i < WRITES; i++)
        mxqd_received_log_write(w->log, d, 2);
    return NULL;
}

static void test_threads(void **state)
{
    struct fixture *f = *state;
    struct mxqd_received_log *log = open_log(f->path, "{$json.t} {$json.b}");
    memset(big, 'x', sizeof big - 1);
    pthread_t th[THREADS];
    struct writer w[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (struct writer){log, i};
        assert_int_equal(pthread_create(&th[i], NULL, writer_main, &w[i]), 0);
    }
    for (int i = 0; i < THREADS; i++)
        pthread_join(th[i], NULL);
    mxqd_received_log_close(log);

    char *text = slurp(f->path);
    size_t lines = 0, per[THREADS] = {0};
    for (char *line = text, *nl; (nl = strchr(line, '\n')) != NULL;
         line = nl + 1) {
        *nl = '\0';
        assert_true(line[0] >= '0' && line[0] < '0' + THREADS);
        assert_int_equal(line[1], ' ');
        const char *b = line + 2;
        size_t n = strlen(b);
        bool big = n == 2999 && strspn(b, "x") == n;
        assert_true(big || strcmp(b, "y") == 0);
        /* each call's two lines come together */
        if (big) {
            char *next = nl + 1;
            assert_int_equal(next[0], line[0]);
            assert_int_equal(strncmp(next + 1, " y\n", 3), 0);
        }
        per[line[0] - '0']++;
        lines++;
    }
    assert_int_equal(lines, THREADS * WRITES * 2);
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(per[i], WRITES * 2);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_engine_documents, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_one_line_per_document, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_reports, setup, teardown),
        cmocka_unit_test_setup_teardown(test_appends_and_mode, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_no_log_and_errors, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_threads, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
