/*
 * AUTH credentials (adapters/auth.c, auth_checker.c) and the text they
 * are read from (grammar/policy_text.rl): hardcoded:// lists, file://
 * password files with crypt hashes, smtp-username/smtp-password, the
 * schemes mxq refuses, constant-time checks, the checker thread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <crypt.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"
#include "auth_checker.h"
#include "policy_text.h"
#include "settings.h"

static struct mxqd_settings settings;
static char err[1024];

static void reset(void)
{
    memset(&settings, 0, sizeof settings);
    err[0] = '\0';
}

static int open_auth(struct mxqd_auth **a)
{
    return mxqd_auth_open(&settings, a, err, sizeof err);
}

/* A crypt hash with a fixed salt, as mkpasswd -m sha-512 makes. Each
 * call has its own buffer (a few may be arguments of one call). */
static const char *hash_of(const char *password, const char *salt)
{
    static struct crypt_data data;
    static char hashes[4][256];
    static unsigned next;
    char *copy = hashes[next++ % 4];

    memset(&data, 0, sizeof data);
    const char *h = crypt_r(password, salt, &data);
    assert_non_null(h);
    assert_int_equal(h[0], '$');
    snprintf(copy, sizeof hashes[0], "%s", h);
    return copy;
}

static char *write_temp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/mxq-auth-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

#define FAST(a, u, p) mxqd_auth_check_fast(a, u, strlen(u), p, strlen(p))

/* ------------------------------------------------------------ grammar */

static void test_uri_grammar(void **state)
{
    (void)state;
    struct mxq_slice scheme, rest;

    assert_int_equal(mxq_policy_uri("hardcoded://a:b", 15, &scheme, &rest),
                     MXQ_CFG_OK);
    assert_int_equal(scheme.n, 9);
    assert_memory_equal(rest.p, "a:b", 3);
    assert_int_equal(rest.n, 3);
    assert_int_equal(mxq_policy_uri("file:///etc/p", 13, &scheme, &rest),
                     MXQ_CFG_OK);
    assert_memory_equal(rest.p, "/etc/p", 6);
    assert_int_equal(mxq_policy_uri("x+y.z-1://", 10, &scheme, &rest),
                     MXQ_CFG_OK);
    assert_int_equal(rest.n, 0);
    assert_int_equal(mxq_policy_uri("hardcoded:a:b", 13, &scheme, &rest),
                     MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_policy_uri("1x://a", 6, &scheme, &rest),
                     MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_policy_uri("", 0, &scheme, &rest), MXQ_CFG_SYNTAX);
}

static void test_credential_grammar(void **state)
{
    (void)state;
    struct mxq_policy_credential items[3], one;
    size_t count;
    const char *list = "alice:s3cret,bob:pa:ss";

    assert_int_equal(mxq_policy_credentials(list, strlen(list), items, 3,
                                            &count), MXQ_CFG_OK);
    assert_int_equal(count, 2);
    assert_int_equal(items[0].user.n, 5);
    assert_memory_equal(items[0].secret.p, "s3cret", 6);
    assert_int_equal(items[0].secret.n, 6);
    assert_memory_equal(items[1].user.p, "bob", 3);
    assert_int_equal(items[1].secret.n, 5); /* "pa:ss": ':' allowed */

    static const char *const bad[] = {
        "", "alice", "alice:", ":pw", "a:b,", ",a:b", "a:b,,c:d",
        "a b:c", "a:b c", "a:b\tc", "a:\x01", NULL,
    };
    for (size_t i = 0; bad[i] != NULL; i++)
        assert_int_equal(mxq_policy_credentials(bad[i], strlen(bad[i]), items,
                                                3, &count), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_policy_credentials("a:1,b:2,c:3,d:4", 15, items, 3,
                                            &count), MXQ_CFG_TOO_MANY);

    /* A file line: the user may hold ',' but not ':'. */
    assert_int_equal(mxq_policy_credential("a,b:$6$x$y", 10, &one),
                     MXQ_CFG_OK);
    assert_int_equal(one.user.n, 3);
    assert_int_equal(one.secret.n, 6);
    assert_int_equal(mxq_policy_credential("ab", 2, &one), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_policy_credential("a:", 2, &one), MXQ_CFG_SYNTAX);
}

/* ------------------------------------------------------- configuration */

static void test_nothing_configured(void **state)
{
    (void)state;
    struct mxqd_auth *a = (void *)1;
    size_t plain, hashed;

    reset();
    assert_int_equal(open_auth(&a), 0);
    assert_null(a);
    mxqd_auth_counts(NULL, &plain, &hashed);
    assert_int_equal(plain + hashed, 0);
    assert_int_equal(FAST(NULL, "a", "b"), MXQD_AUTH_DENIED);
}

static void test_username_password(void **state)
{
    (void)state;
    struct mxqd_auth *a;

    reset();
    strcpy(settings.smtp_username, "my_user_name");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "smtp-username and smtp-password"));

    strcpy(settings.smtp_password, "secret_password");
    assert_int_equal(open_auth(&a), 0);
    assert_non_null(a);
    assert_int_equal(FAST(a, "my_user_name", "secret_password"),
                     MXQD_AUTH_GRANTED);
    assert_int_equal(FAST(a, "my_user_name", "secret_passwore"),
                     MXQD_AUTH_DENIED);
    assert_int_equal(FAST(a, "my_user_name", "secret_passwor"),
                     MXQD_AUTH_DENIED);
    assert_int_equal(FAST(a, "my_user_name", "secret_password2"),
                     MXQD_AUTH_DENIED);
    assert_int_equal(FAST(a, "My_user_name", "secret_password"),
                     MXQD_AUTH_DENIED);
    assert_int_equal(FAST(a, "my_user_name", ""), MXQD_AUTH_DENIED);
    /* A NUL would end the password early for crypt; never accepted. */
    assert_int_equal(mxqd_auth_check_fast(a, "my_user_name", 12,
                                          "secret_password\0x", 17),
                     MXQD_AUTH_DENIED);
    mxqd_auth_free(a);
}

static void test_hardcoded(void **state)
{
    (void)state;
    struct mxqd_auth *a;
    size_t plain, hashed;

    reset();
    strcpy(settings.smtp_auth, "hardcoded://alice:s3cret,bob:pa:ss");
    strcpy(settings.smtp_username, "carol");
    strcpy(settings.smtp_password, "x");
    assert_int_equal(open_auth(&a), 0);
    mxqd_auth_counts(a, &plain, &hashed);
    assert_int_equal(plain, 3);
    assert_int_equal(hashed, 0);
    assert_int_equal(FAST(a, "alice", "s3cret"), MXQD_AUTH_GRANTED);
    assert_int_equal(FAST(a, "bob", "pa:ss"), MXQD_AUTH_GRANTED);
    assert_int_equal(FAST(a, "carol", "x"), MXQD_AUTH_GRANTED);
    assert_int_equal(FAST(a, "alice", "pa:ss"), MXQD_AUTH_DENIED);
    assert_int_equal(FAST(a, "dave", "s3cret"), MXQD_AUTH_DENIED);
    mxqd_auth_free(a);

    /* The scheme is case-insensitive (RFC 3986 3.1). */
    strcpy(settings.smtp_auth, "HardCoded://x:y");
    assert_int_equal(open_auth(&a), 0);
    assert_int_equal(FAST(a, "x", "y"), MXQD_AUTH_GRANTED);
    mxqd_auth_free(a);

    strcpy(settings.smtp_auth, "hardcoded://carol:y");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "user carol is listed twice"));
    assert_null(strstr(err, "y"));

    strcpy(settings.smtp_auth, "hardcoded://alice:one two");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "hardcoded:// takes"));
    assert_null(strstr(err, "two")); /* the password is not repeated */
}

static void test_unsupported_schemes(void **state)
{
    (void)state;
    struct mxqd_auth *a;
    static const char *const uris[] = {
        "ldap://ldap.example.com/dc=example", "radius://secret@host",
        "users://", "http://auth.example/check", "exec:///bin/true",
        "mysql://u:p@localhost/db", NULL,
    };

    for (size_t i = 0; uris[i] != NULL; i++) {
        reset();
        strcpy(settings.smtp_auth, uris[i]);
        assert_int_equal(open_auth(&a), -1);
        assert_non_null(strstr(err, "not supported by mxq"));
        assert_null(a);
    }
    reset();
    strcpy(settings.smtp_auth, "username:password");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "not a URI"));
}

static void test_file(void **state)
{
    (void)state;
    struct mxqd_auth *a;
    struct crypt_data *scratch = calloc(1, sizeof *scratch);
    char text[1024];
    size_t plain, hashed;

    assert_non_null(scratch);
    reset();
    snprintf(text, sizeof text,
             "# users of mx.test\r\n"
             "\n"
             "bob:%s\r\n"
             "   carol:%s   \n"
             "user@example.com:%s",            /* no LF at the end */
             hash_of("bobpw", "$6$saltsaltsalt01$"),
             hash_of("carolpw", "$6$rounds=1000$saltsaltsalt02$"),
             hash_of("mailpw", "$2b$05$abcdefghijklmnopqrstuu"));
    snprintf(settings.smtp_auth, sizeof settings.smtp_auth, "file://%s",
             write_temp(text));
    assert_int_equal(open_auth(&a), 0);
    unlink(settings.smtp_auth + 7);
    mxqd_auth_counts(a, &plain, &hashed);
    assert_int_equal(plain, 0);
    assert_int_equal(hashed, 3);

    /* Every hashed check is slow, known user or not. */
    assert_int_equal(FAST(a, "bob", "bobpw"), MXQD_AUTH_SLOW);
    assert_int_equal(FAST(a, "nobody", "x"), MXQD_AUTH_SLOW);
#define SLOW(u, p) mxqd_auth_check_slow(a, u, strlen(u), p, strlen(p), scratch)
    assert_true(SLOW("bob", "bobpw"));
    assert_true(SLOW("carol", "carolpw"));
    assert_true(SLOW("user@example.com", "mailpw"));
    assert_false(SLOW("bob", "carolpw"));
    assert_false(SLOW("bob", "bobpW"));
    assert_false(SLOW("bob", "bobpw "));
    assert_false(SLOW("carol", ""));
    assert_false(SLOW("nobody", "bobpw"));
    assert_false(mxqd_auth_check_slow(a, "bob", 3, "bobpw\0", 6, scratch));
    mxqd_auth_free(a);

    /* With plaintext entries too: a plaintext match is quick, anything
     * else goes to the hashes. */
    strcpy(settings.smtp_username, "bob");
    strcpy(settings.smtp_password, "plainpw");
    snprintf(text, sizeof text, "bob:%s\n",
             hash_of("bobpw", "$6$saltsaltsalt01$"));
    snprintf(settings.smtp_auth, sizeof settings.smtp_auth, "file://%s",
             write_temp(text));
    assert_int_equal(open_auth(&a), 0);
    unlink(settings.smtp_auth + 7);
    assert_int_equal(FAST(a, "bob", "plainpw"), MXQD_AUTH_GRANTED);
    assert_int_equal(FAST(a, "bob", "bobpw"), MXQD_AUTH_SLOW);
    assert_true(SLOW("bob", "bobpw"));
    assert_false(SLOW("bob", "plainpw"));
#undef SLOW
    mxqd_auth_free(a);
    free(scratch);
}

static void test_bad_files(void **state)
{
    (void)state;
    struct mxqd_auth *a;
    char text[512];
    static const struct {
        const char *line;
        const char *error;
    } cases[] = {
        { "bob:ab01234567890\n", "not one libcrypt accepts" },      /* DES */
        { "bob:$1$saltsalt$abcdefghijklmnopqrstuv\n", "libcrypt" }, /* MD5 */
        { "bob:plaintext\n", "libcrypt" },
        { "bob:$5$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\n",
          "libcrypt" },                            /* sha-256: legacy */
        { "bob\n", "not user:hash" },
        { "bob:$6$a$b c\n", "not user:hash" },
        { "bob:$6$a$\x01\n", "control character" },
        { "# only a comment\n", "has no users" },
        { "", "has no users" },
    };

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        reset();
        snprintf(text, sizeof text, "%s", cases[i].line);
        snprintf(settings.smtp_auth, sizeof settings.smtp_auth, "file://%s",
                 write_temp(text));
        assert_int_equal(open_auth(&a), -1);
        unlink(settings.smtp_auth + 7);
        if (strstr(err, cases[i].error) == NULL)
            fail_msg("case %zu: %s", i, err);
    }

    reset();
    snprintf(text, sizeof text, "bob:%s\nbob:%s\n",
             hash_of("x", "$6$saltsaltsalt01$"),
             hash_of("y", "$6$saltsaltsalt01$"));
    snprintf(settings.smtp_auth, sizeof settings.smtp_auth, "file://%s",
             write_temp(text));
    assert_int_equal(open_auth(&a), -1);
    unlink(settings.smtp_auth + 7);
    assert_non_null(strstr(err, "listed twice"));

    reset();
    strcpy(settings.smtp_auth, "file://relative/path");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "absolute path"));

    strcpy(settings.smtp_auth, "file:///nonexistent/mxq-passwd");
    assert_int_equal(open_auth(&a), -1);
    assert_non_null(strstr(err, "No such file"));
}

static void test_loggable(void **state)
{
    (void)state;
    char out[8];

    mxqd_auth_loggable("alice", 5, out, sizeof out);
    assert_string_equal(out, "alice");
    mxqd_auth_loggable("a\r\nb c\x80", 7, out, sizeof out);
    assert_string_equal(out, "a??b?c?");
    mxqd_auth_loggable("averylongname", 13, out, sizeof out);
    assert_string_equal(out, "averylo");
}

/* ------------------------------------------------------ checker thread */

static size_t wait_completions(struct mxqd_auth_checker *ch, unsigned worker,
                               struct mxqd_auth_done *out, size_t want)
{
    size_t got = 0;
    struct pollfd p = { .fd = mxqd_auth_checker_fd(ch, worker),
                        .events = POLLIN };

    for (int round = 0; round < 100 && got < want; round++) {
        poll(&p, 1, 100);
        got += mxqd_auth_checker_completions(ch, worker, out + got,
                                             want - got);
    }
    return got;
}

static void test_checker(void **state)
{
    (void)state;
    struct mxqd_auth *a;
    struct mxqd_auth_checker *ch;
    struct mxqd_auth_done done[8];
    char text[512];
    int tokens[6];

    reset();
    snprintf(text, sizeof text, "bob:%s\n",
             hash_of("bobpw", "$6$saltsaltsalt01$"));
    snprintf(settings.smtp_auth, sizeof settings.smtp_auth, "file://%s",
             write_temp(text));
    assert_int_equal(open_auth(&a), 0);
    unlink(settings.smtp_auth + 7);
    ch = mxqd_auth_checker_start(a, 2, 1, err, sizeof err);
    assert_non_null(ch);
    assert_true(mxqd_auth_checker_fd(ch, 0) >= 0);
    assert_int_equal(mxqd_auth_checker_fd(ch, 2), -1);

    assert_non_null(mxqd_auth_checker_submit(ch, 0, "bob", 3, "bobpw", 5,
                                             &tokens[0]));
    assert_non_null(mxqd_auth_checker_submit(ch, 1, "bob", 3, "nope", 4,
                                             &tokens[1]));
    assert_non_null(mxqd_auth_checker_submit(ch, 0, "eve", 3, "bobpw", 5,
                                             &tokens[2]));
    assert_null(mxqd_auth_checker_submit(ch, 2, "bob", 3, "bobpw", 5,
                                         &tokens[3]));

    assert_int_equal(wait_completions(ch, 0, done, 2), 2);
    for (size_t i = 0; i < 2; i++) {
        if (done[i].token == &tokens[0])
            assert_true(done[i].ok);
        else
            assert_ptr_equal(done[i].token, &tokens[2]);
        if (done[i].token == &tokens[2])
            assert_false(done[i].ok);
    }
    assert_int_equal(wait_completions(ch, 1, done, 1), 1);
    assert_ptr_equal(done[0].token, &tokens[1]);
    assert_false(done[0].ok);

    /* Cancelled jobs, wherever they are, are never reported. */
    struct mxqd_auth_job *jobs[4];
    for (int i = 0; i < 4; i++)
        jobs[i] = mxqd_auth_checker_submit(ch, 0, "bob", 3, "bobpw", 5,
                                           &tokens[i]);
    mxqd_auth_checker_cancel(ch, jobs[3]); /* still queued */
    mxqd_auth_checker_cancel(ch, jobs[0]); /* queued or running */
    size_t got = wait_completions(ch, 0, done, 2);
    assert_int_equal(got, 2);
    for (size_t i = 0; i < got; i++) {
        assert_true(done[i].token == &tokens[1] ||
                    done[i].token == &tokens[2]);
        assert_true(done[i].ok);
    }
    assert_int_equal(mxqd_auth_checker_completions(ch, 0, done, 8), 0);

    /* Stopping frees what is still queued or done. */
    for (int i = 0; i < 6; i++)
        mxqd_auth_checker_submit(ch, i % 2, "bob", 3, "x", 1, &tokens[i]);
    mxqd_auth_checker_stop(ch);
    mxqd_auth_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uri_grammar),
        cmocka_unit_test(test_credential_grammar),
        cmocka_unit_test(test_nothing_configured),
        cmocka_unit_test(test_username_password),
        cmocka_unit_test(test_hardcoded),
        cmocka_unit_test(test_unsupported_schemes),
        cmocka_unit_test(test_file),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_loggable),
        cmocka_unit_test(test_checker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
