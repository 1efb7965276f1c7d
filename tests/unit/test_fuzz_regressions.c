/*
 * Replays the fuzz corpora in the normal test suite: every file of
 * fuzz/corpus/<name>/ and fuzz/regressions/<name>/ (each input that ever
 * made a fuzzer fail) goes through the harness fuzz/fuzz_<name>.c, which
 * abort()s when an invariant breaks. The harnesses are included here under
 * their own entry names; no fuzzer is needed.
 */
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#define MXQ_FUZZ_ENTRY fuzz_utf8_one
#include "../../fuzz/fuzz_utf8.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_data_one
#include "../../fuzz/fuzz_data.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_smtp_command_one
#include "../../fuzz/fuzz_smtp_command.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_address_one
#include "../../fuzz/fuzz_address.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_address_diff_one
#include "../../fuzz/fuzz_address_diff.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_session_one
#include "../../fuzz/fuzz_session.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_sasl_one
#include "../../fuzz/fuzz_sasl.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_config_one
#include "../../fuzz/fuzz_config.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_proxy_one
#include "../../fuzz/fuzz_proxy.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_policy_one
#include "../../fuzz/fuzz_policy_text.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_mime_header_one
#include "../../fuzz/fuzz_mime_header.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_spf_one
#include "../../fuzz/fuzz_spf.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_dns_wire_one
#include "../../fuzz/fuzz_dns_wire.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_xmq_value_one
#include "../../fuzz/fuzz_xmq_value.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_mime_struct_one
#include "../../fuzz/fuzz_mime_struct.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_mime_walk_one
#include "../../fuzz/fuzz_mime_walk.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_mime_address_one
#include "../../fuzz/fuzz_mime_address.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_report_one
#include "../../fuzz/fuzz_report.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_bounce_text_one
#include "../../fuzz/fuzz_bounce_text.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_authres_one
#include "../../fuzz/fuzz_authres.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_dkim_tags_one
#include "../../fuzz/fuzz_dkim_tags.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_dkim_one
#include "../../fuzz/fuzz_dkim.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_dkim_signed_one
#include "../../fuzz/fuzz_dkim_signed.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_arc_one
#include "../../fuzz/fuzz_arc.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_spamd_reply_one
#include "../../fuzz/fuzz_spamd_reply.c"
#undef MXQ_FUZZ_ENTRY
#define MXQ_FUZZ_ENTRY fuzz_log_template_one
#include "../../fuzz/fuzz_log_template.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_report_find_one
#include "../../fuzz/fuzz_report_find.c"
#undef MXQ_FUZZ_ENTRY

#define MXQ_FUZZ_ENTRY fuzz_dmarc_record_one
#include "../../fuzz/fuzz_dmarc_record.c"
#undef MXQ_FUZZ_ENTRY

typedef int harness_fn(const uint8_t *data, size_t size);

/* The input being replayed, named when a harness aborts. */
static char current[4096];

static void on_abort(int sig)
{
    static const char what[] = "\nfuzz regression failed on: ";
    (void)!write(2, what, sizeof what - 1);
    (void)!write(2, current, strlen(current));
    (void)!write(2, "\n", 1);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Runs in the child: failures end it with abort(). */
static size_t replay_file(harness_fn *fn, const char *path)
{
    FILE *f = fopen(path, "rb");
    long len = -1;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0) {
        fprintf(stderr, "cannot read %s\n", path);
        abort();
    }
    rewind(f);
    /* Exactly the file's size, so AddressSanitizer sees any overread. */
    uint8_t *buf = malloc(len > 0 ? (size_t)len : 1);
    if (buf == NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
        fprintf(stderr, "cannot read %s\n", path);
        abort();
    }
    fclose(f);

    snprintf(current, sizeof current, "%s", path);
    fn(buf, (size_t)len);
    free(buf);
    return 1;
}

/* Every regular file in dir; 0 when dir does not exist. */
static size_t replay_dir(harness_fn *fn, const char *dir)
{
    DIR *d = opendir(dir);
    size_t count = 0;
    struct dirent *e;

    if (d == NULL)
        return 0;
    while ((e = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
            count += replay_file(fn, path);
    }
    closedir(d);
    return count;
}

/* In a child process, so that one broken invariant (abort) fails this
 * harness's test and the others still run. */
static void replay(harness_fn *fn, const char *name)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char dir[1024];
        signal(SIGABRT, on_abort);
        snprintf(dir, sizeof dir, "%s/fuzz/corpus/%s", MXQ_SOURCE_DIR, name);
        size_t seeds = replay_dir(fn, dir);
        snprintf(dir, sizeof dir, "%s/fuzz/regressions/%s", MXQ_SOURCE_DIR,
                 name);
        size_t regressions = replay_dir(fn, dir);
        fprintf(stderr, "fuzz-%s: %zu seeds, %zu regressions\n", name, seeds,
                regressions);
        /* every harness ships with a seed corpus */
        _exit(seeds > 0 ? 0 : 3);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (WIFSIGNALED(status))
        fail_msg("fuzz-%s: signal %d (see above)", name, WTERMSIG(status));
    assert_true(WIFEXITED(status));
    if (WEXITSTATUS(status) == 3)
        fail_msg("fuzz-%s: no seed corpus", name);
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void test_utf8(void **state)
{
    (void)state;
    replay(fuzz_utf8_one, "utf8");
}

static void test_data(void **state)
{
    (void)state;
    replay(fuzz_data_one, "data");
}

static void test_mime_header(void **state)
{
    (void)state;
    replay(fuzz_mime_header_one, "mime_header");
}

static void test_smtp_command(void **state)
{
    (void)state;
    replay(fuzz_smtp_command_one, "smtp_command");
}

static void test_address(void **state)
{
    (void)state;
    replay(fuzz_address_one, "address");
}

static void test_address_diff(void **state)
{
    (void)state;
    replay(fuzz_address_diff_one, "address_diff");
}

static void test_session(void **state)
{
    (void)state;
    replay(fuzz_session_one, "session");
}

static void test_sasl(void **state)
{
    (void)state;
    replay(fuzz_sasl_one, "sasl");
}

static void test_config(void **state)
{
    (void)state;
    replay(fuzz_config_one, "config");
}

static void test_policy(void **state)
{
    (void)state;
    replay(fuzz_policy_one, "policy_text");
}

static void test_proxy(void **state)
{
    (void)state;
    replay(fuzz_proxy_one, "proxy");
}

static void test_spf(void **state)
{
    (void)state;
    replay(fuzz_spf_one, "spf");
}

static void test_dns_wire(void **state)
{
    (void)state;
    replay(fuzz_dns_wire_one, "dns_wire");
}

static void test_xmq_value(void **state)
{
    (void)state;
    replay(fuzz_xmq_value_one, "xmq_value");
}

static void test_mime_struct(void **state)
{
    (void)state;
    replay(fuzz_mime_struct_one, "mime_struct");
}

static void test_mime_walk(void **state)
{
    (void)state;
    replay(fuzz_mime_walk_one, "mime_walk");
}

static void test_mime_address(void **state)
{
    (void)state;
    replay(fuzz_mime_address_one, "mime_address");
}

static void test_report(void **state)
{
    (void)state;
    replay(fuzz_report_one, "report");
}

static void test_bounce_text(void **state)
{
    (void)state;
    replay(fuzz_bounce_text_one, "bounce_text");
}

static void test_authres(void **state)
{
    (void)state;
    replay(fuzz_authres_one, "authres");
}

static void test_dkim_tags(void **state)
{
    (void)state;
    replay(fuzz_dkim_tags_one, "dkim_tags");
}

static void test_dkim(void **state)
{
    (void)state;
    replay(fuzz_dkim_one, "dkim");
}

static void test_dkim_signed(void **state)
{
    (void)state;
    replay(fuzz_dkim_signed_one, "dkim_signed");
}

static void test_spamd_reply(void **state)
{
    (void)state;
    replay(fuzz_spamd_reply_one, "spamd_reply");
}

static void test_log_template(void **state)
{
    (void)state;
    replay(fuzz_log_template_one, "log_template");
}

static void test_arc(void **state)
{
    (void)state;
    replay(fuzz_arc_one, "arc");
}

static void test_report_find(void **state)
{
    (void)state;
    replay(fuzz_report_find_one, "report_find");
}

static void test_dmarc_record(void **state)
{
    (void)state;
    replay(fuzz_dmarc_record_one, "dmarc_record");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_data),
        cmocka_unit_test(test_mime_header),
        cmocka_unit_test(test_smtp_command),
        cmocka_unit_test(test_address),
        cmocka_unit_test(test_address_diff),
        cmocka_unit_test(test_session),
        cmocka_unit_test(test_sasl),
        cmocka_unit_test(test_config),
        cmocka_unit_test(test_proxy),
        cmocka_unit_test(test_policy),
        cmocka_unit_test(test_spf),
        cmocka_unit_test(test_dns_wire),
        cmocka_unit_test(test_xmq_value),
        cmocka_unit_test(test_mime_address),
        cmocka_unit_test(test_mime_struct),
        cmocka_unit_test(test_mime_walk),
        cmocka_unit_test(test_report),
        cmocka_unit_test(test_bounce_text),
        cmocka_unit_test(test_report_find),
        cmocka_unit_test(test_dmarc_record),
        cmocka_unit_test(test_authres),
        cmocka_unit_test(test_dkim_tags),
        cmocka_unit_test(test_dkim),
        cmocka_unit_test(test_dkim_signed),
        cmocka_unit_test(test_arc),
        cmocka_unit_test(test_spamd_reply),
        cmocka_unit_test(test_log_template),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
