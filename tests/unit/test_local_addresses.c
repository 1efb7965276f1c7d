/*
 * Local addresses (adapters/local_addresses.c) and the lines they are
 * read from (grammar/policy_text.rl): exact entries, fnmatch patterns,
 * regexes, case rules, reloading (SIGHUP, a changed file, a bad file that
 * keeps the old list) and matching on many threads during reloads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "address.h"
#include "local_addresses.h"
#include "policy_text.h"

static char err[1024];

/* As the engine calls it: the domain where the address grammar finds
 * it (any address the tests match is one in loose mode). */
static bool match(struct mxqd_local *l, const char *mailbox)
{
    struct mxq_address a;
    size_t n = strlen(mailbox);

    if (mxq_parse_mailbox(mailbox, n,
                          MXQ_ADDR_LOOSE | MXQ_ADDR_ALLOW_UTF8 |
                              MXQ_ADDR_ALLOW_POSTMASTER,
                          &a) != MXQ_ADDR_OK)
        fail_msg("not an address: %s", mailbox);
    return mxqd_local_match(l, mailbox, n,
                            a.is_postmaster ? n
                                            : (size_t)(a.domain.p - mailbox));
}

#define MATCH(l, a) match(l, a)

static struct mxqd_local *from_text(const char *text)
{
    struct mxqd_local *l = NULL;
    if (mxqd_local_from_text(text, strlen(text), &l, err, sizeof err) != 0)
        fail_msg("%s", err);
    return l;
}

/* ------------------------------------------------------------- grammar */

struct collected {
    char lines[8][64];
    unsigned numbers[8];
    size_t count;
};

static int collect(void *ctx, const struct mxq_policy_line *l)
{
    struct collected *c = ctx;
    snprintf(c->lines[c->count], sizeof c->lines[0], "%.*s", (int)l->text.n,
             l->text.p);
    c->numbers[c->count++] = l->line;
    return 0;
}

static int stop_at_first(void *ctx, const struct mxq_policy_line *l)
{
    (void)ctx;
    (void)l;
    return 7;
}

static void test_lines(void **state)
{
    (void)state;
    struct collected c = { .count = 0 };
    unsigned bad = 0;
    const char *text = "# comment\n"
                       "\n"
                       "  a@b.c  \r\n"
                       "\t# indented comment\n"
                       "   \t \n"
                       "x y\tz\n"
                       "last";

    assert_int_equal(mxq_policy_lines(text, strlen(text), collect, &c, &bad),
                     0);
    assert_int_equal(c.count, 3);
    assert_string_equal(c.lines[0], "a@b.c");
    assert_int_equal(c.numbers[0], 3);
    assert_string_equal(c.lines[1], "x y\tz");
    assert_int_equal(c.numbers[1], 6);
    assert_string_equal(c.lines[2], "last");
    assert_int_equal(c.numbers[2], 7);

    static const struct {
        const char *text;
        size_t len;
        unsigned line;
    } bad_cases[] = {
        { "a\nb\rc\n", 6, 2 },       /* CR inside a line */
        { "a\n\nb\x01\n", 6, 3 },    /* control character */
        { "a\nb\0c\n", 6, 2 },       /* NUL */
        { "a\nb\r", 4, 2 },          /* CR at the end, no LF */
        { "a\x7f\n", 3, 1 },         /* DEL */
    };
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        c.count = 0;
        assert_int_equal(mxq_policy_lines(bad_cases[i].text, bad_cases[i].len,
                                          collect, &c, &bad), -1);
        assert_int_equal(bad, bad_cases[i].line);
    }
    /* The callback stops the walk with its value. */
    assert_int_equal(mxq_policy_lines("a\nb\n", 4, stop_at_first, &c,
                                      &bad), 7);
    assert_int_equal(mxq_policy_lines("a", 1, stop_at_first, &c, &bad), 7);
}

static void test_entry_kinds(void **state)
{
    (void)state;
    static const struct {
        const char *entry;
        enum mxq_local_kind kind;
        const char *text;
        size_t at;
    } good[] = {
        { "postmaster@example.com", MXQ_LOCAL_EXACT, "postmaster@example.com",
          10 },
        { "\"a@b\"@example.com", MXQ_LOCAL_EXACT, NULL, 5 },
        { "*@example.com", MXQ_LOCAL_PATTERN, "*@example.com", 0 },
        { "info@*.example.com", MXQ_LOCAL_PATTERN, NULL, 0 },
        { "[ab]x@y", MXQ_LOCAL_PATTERN, NULL, 0 },
        { "a?c", MXQ_LOCAL_PATTERN, NULL, 0 },
        { "regex:^a.*@b$", MXQ_LOCAL_REGEX, "^a.*@b$", 0 },
        { "regex:  x y", MXQ_LOCAL_REGEX, "x y", 0 },
        { "regex:a@b", MXQ_LOCAL_REGEX, "a@b", 0 },
        { "regex:*", MXQ_LOCAL_REGEX, "*", 0 },
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        enum mxq_local_kind kind;
        struct mxq_slice text;
        size_t at;

        if (mxq_policy_local_entry(good[i].entry, strlen(good[i].entry),
                                   &kind, &text, &at) != MXQ_CFG_OK)
            fail_msg("refused: %s", good[i].entry);
        assert_int_equal(kind, good[i].kind);
        if (good[i].text != NULL) {
            assert_int_equal(text.n, strlen(good[i].text));
            assert_memory_equal(text.p, good[i].text, text.n);
        }
        if (kind == MXQ_LOCAL_EXACT)
            assert_int_equal(at, good[i].at);
    }
    static const char *const bad[] = {
        "example.com", "user@", "@example.com", "a@@b", "a b@c", "regex:",
        "regex:   ", NULL,
    };
    for (size_t i = 0; bad[i] != NULL; i++) {
        enum mxq_local_kind kind;
        struct mxq_slice text;
        size_t at;
        if (mxq_policy_local_entry(bad[i], strlen(bad[i]), &kind, &text,
                                   &at) != MXQ_CFG_SYNTAX)
            fail_msg("accepted: %s", bad[i]);
    }
}

/* ------------------------------------------------------------ matching */

static void test_match(void **state)
{
    (void)state;
    struct mxqd_local *l = from_text(
        "# local addresses of mx.test\n"
        "postmaster@Example.COM\n"
        "Info@example.com\n"
        "*@local.test\n"
        "sales-??@shop.test\n"
        "regex:^(abuse|security)@example\\.org$\n"
        "regex:@sub[0-9]+\\.example\\.net$\n");
    size_t exact, patterns, regexes;

    mxqd_local_counts(l, &exact, &patterns, &regexes);
    assert_int_equal(exact, 2);
    assert_int_equal(patterns, 2);
    assert_int_equal(regexes, 2);

    /* Exact: the domain in any case, the local part as written. */
    assert_true(MATCH(l, "postmaster@example.com"));
    assert_true(MATCH(l, "postmaster@EXAMPLE.com"));
    assert_false(MATCH(l, "Postmaster@example.com"));
    assert_true(MATCH(l, "Info@example.com"));
    assert_false(MATCH(l, "info@example.com"));
    assert_false(MATCH(l, "postmaster@example.com.evil"));
    assert_false(MATCH(l, "xpostmaster@example.com"));
    assert_false(MATCH(l, "postmaster@example.co"));
    /* Patterns. */
    assert_true(MATCH(l, "anyone@local.test"));
    assert_true(MATCH(l, "Anyone@LOCAL.TEST"));
    assert_false(MATCH(l, "anyone@local.test.evil"));
    assert_false(MATCH(l, "anyone@sub.local.test"));
    assert_true(MATCH(l, "sales-eu@shop.test"));
    assert_false(MATCH(l, "sales-usa@shop.test"));
    /* Regexes see the domain in lower case. */
    assert_true(MATCH(l, "abuse@example.org"));
    assert_true(MATCH(l, "security@Example.Org"));
    assert_false(MATCH(l, "abuse@example.org.evil"));
    assert_false(MATCH(l, "xabuse@example.org"));
    assert_true(MATCH(l, "x@sub12.example.net"));
    assert_false(MATCH(l, "x@sub.example.net"));
    /* Nothing odd gets through. */
    assert_false(mxqd_local_match(l, "postmaster@example.com\0x", 24, 11));
    assert_false(mxqd_local_match(l, "", 0, 0));
    assert_false(mxqd_local_match(NULL, "a@local.test", 12, 2));
    char longer[1100];
    memset(longer, 'a', sizeof longer);
    memcpy(longer + sizeof longer - 11, "@local.test", 11);
    assert_false(mxqd_local_match(l, longer, sizeof longer,
                                  sizeof longer - 10));
    /* A length, not a string: only len octets count. */
    assert_true(mxqd_local_match(l, "anyone@local.testXYZ", 17, 7));
    /* A domain past the end is refused, not read. */
    assert_false(mxqd_local_match(l, "anyone@local.test", 17, 18));
    mxqd_local_free(l);
}

/* Pins that the domain compared in lower case is the one the address
 * grammar found (domain_at), not what follows the last '@': a quoted
 * local part and an address literal may hold '@' themselves. Before,
 * mxqd_local_match() split at the last '@' by hand and lowered only
 * "Y.test]" of postmaster@[TAG:X@Y.test]. */
static void test_domain_where_the_grammar_puts_it(void **state)
{
    (void)state;
    struct mxqd_local *l = from_text("\"a@B\"@example.org\n"
                                     "*@quoted.test\n"
                                     "regex:^postmaster@\\[tag:x@y\\.test\\]$\n");

    static const struct {
        const char *mailbox;
        bool local;
    } cases[] = {
        /* The quoted local part keeps its case, the domain does not. */
        { "\"a@B\"@example.org", true },
        { "\"a@B\"@Example.ORG", true },
        { "\"a@b\"@example.org", false },
        { "\"A@B\"@EXAMPLE.ORG", false },
        { "\"x@Y\"@QUOTED.Test", true },
        /* The whole address literal is the domain. */
        { "postmaster@[tag:x@y.test]", true },
        { "postmaster@[TAG:X@Y.test]", true },
        { "Postmaster@[tag:x@y.test]", false },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (MATCH(l, cases[i].mailbox) != cases[i].local)
            fail_msg("%s: local %d expected", cases[i].mailbox,
                     cases[i].local);
    /* The same octets with the domain elsewhere lower something else. */
    assert_false(mxqd_local_match(l, "\"a@B\"@example.org", 17, 3));
    mxqd_local_free(l);
}

static void test_bad_text(void **state)
{
    (void)state;
    struct mxqd_local *l = (void *)1;
    static const struct {
        const char *text;
        const char *error;
    } cases[] = {
        { "a@b\nexample.com\n", "text:2: not an address" },
        { "a@b\n\nregex:(unclosed\n", "text:3: bad regex" },
        { "a@b\x01\n", "text:1: control character" },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(mxqd_local_from_text(cases[i].text,
                                              strlen(cases[i].text), &l, err,
                                              sizeof err), -1);
        assert_null(l);
        if (strstr(err, cases[i].error) == NULL)
            fail_msg("case %zu: %s", i, err);
    }
    char big[1100 + 8];
    memset(big, 'a', sizeof big);
    memcpy(big + 1100, "@b.c\n", 6);
    assert_int_equal(mxqd_local_from_text(big, strlen(big), &l, err,
                                          sizeof err), -1);
    assert_non_null(strstr(err, "longer than 1024"));

    /* An empty file is an empty list, not an error. */
    assert_int_equal(mxqd_local_from_text("# none yet\n", 11, &l, err,
                                          sizeof err), 0);
    assert_false(MATCH(l, "a@b.c"));
    mxqd_local_free(l);
}

/* ------------------------------------------------------------ the file */

static void write_file(const char *path, const char *text)
{
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s.new", path);
    FILE *f = fopen(tmp, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    assert_int_equal(rename(tmp, path), 0); /* a new inode: a change */
}

static void test_file_reload(void **state)
{
    (void)state;
    char path[] = "/tmp/mxq-local-XXXXXX";
    int fd = mkstemp(path);
    struct mxqd_local *l;

    assert_true(fd >= 0);
    close(fd);
    write_file(path, "one@a.test\n");
    assert_int_equal(mxqd_local_open(path, &l, err, sizeof err), 0);
    assert_true(MATCH(l, "one@a.test"));
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), 0);

    write_file(path, "two@a.test\n*@b.test\n");
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), 1);
    assert_false(MATCH(l, "one@a.test"));
    assert_true(MATCH(l, "two@a.test"));
    assert_true(MATCH(l, "x@b.test"));
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), 0);

    /* A bad file keeps the list in force, says why once, and is not
     * tried again until it changes. */
    write_file(path, "two@a.test\nnot an address\n");
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), -1);
    assert_non_null(strstr(err, ":2: not an address"));
    assert_true(MATCH(l, "two@a.test"));
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), 0);
    assert_int_equal(mxqd_local_reload(l, err, sizeof err), -1); /* HUP */
    assert_true(MATCH(l, "x@b.test"));

    /* A vanished file too. */
    unlink(path);
    assert_int_equal(mxqd_local_reload_if_changed(l, err, sizeof err), -1);
    assert_non_null(strstr(err, "No such file"));
    assert_true(MATCH(l, "two@a.test"));

    /* SIGHUP reads the file even when nothing seems changed. */
    write_file(path, "three@a.test\n");
    assert_int_equal(mxqd_local_reload(l, err, sizeof err), 0);
    assert_true(MATCH(l, "three@a.test"));
    assert_false(MATCH(l, "two@a.test"));
    mxqd_local_free(l);
    unlink(path);

    assert_int_equal(mxqd_local_open("/nonexistent/mxq-local", &l, err,
                                     sizeof err), -1);
    assert_non_null(strstr(err, "No such file"));
    struct mxqd_local *t = from_text("a@b.c\n");
    assert_int_equal(mxqd_local_reload(t, err, sizeof err), -1);
    assert_int_equal(mxqd_local_reload_if_changed(t, err, sizeof err), 0);
    mxqd_local_free(t);
}

/* --------------------------------------------------------- concurrency */

struct matcher {
    struct mxqd_local *l;
    atomic_bool *stop;
    unsigned long lookups, wrong;
};

static void *match_loop(void *arg)
{
    struct matcher *m = arg;
    while (!atomic_load(m->stop)) {
        /* In every list the file ever holds. */
        if (!MATCH(m->l, "always@a.test"))
            m->wrong++;
        /* In none. */
        if (MATCH(m->l, "never@z.test"))
            m->wrong++;
        m->lookups++;
    }
    return NULL;
}

static void test_reload_while_matching(void **state)
{
    (void)state;
    char path[] = "/tmp/mxq-local-XXXXXX";
    int fd = mkstemp(path);
    struct mxqd_local *l;
    atomic_bool stop;
    struct matcher m[4];
    pthread_t threads[4];
    char text[256];

    assert_true(fd >= 0);
    close(fd);
    write_file(path, "always@a.test\n");
    assert_int_equal(mxqd_local_open(path, &l, err, sizeof err), 0);
    atomic_init(&stop, false);
    for (int i = 0; i < 4; i++) {
        m[i] = (struct matcher){ .l = l, .stop = &stop };
        assert_int_equal(pthread_create(&threads[i], NULL, match_loop, &m[i]),
                         0);
    }
    for (int round = 0; round < 200; round++) {
        snprintf(text, sizeof text, "always@a.test\nuser%d@a.test\n"
                 "regex:^r%d@\n*@p%d.test\n", round, round, round);
        write_file(path, text);
        assert_int_equal(mxqd_local_reload(l, err, sizeof err), 0);
    }
    atomic_store(&stop, true);
    unsigned long lookups = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        assert_int_equal(m[i].wrong, 0);
        lookups += m[i].lookups;
    }
    assert_true(lookups > 0);
    assert_true(MATCH(l, "user199@a.test"));
    mxqd_local_free(l);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_entry_kinds),
        cmocka_unit_test(test_match),
        cmocka_unit_test(test_domain_where_the_grammar_puts_it),
        cmocka_unit_test(test_bad_text),
        cmocka_unit_test(test_file_reload),
        cmocka_unit_test(test_reload_while_matching),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
