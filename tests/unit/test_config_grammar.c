/* grammar/config.rl: the config file syntax and every value syntax. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "config.h"

#define LEN(s) (sizeof(s) - 1)

/* ------------------------------------------------------------- the file */

struct collected {
    size_t count;
    char names[16][64];
    char values[16][128];
    unsigned lines[16];
    int stop_at;              /* return 7 at this entry (1-based); 0: never */
};

static int
collect(void *ctx, const struct mxq_cfg_entry *e)
{
    struct collected *c = ctx;

    assert_true(c->count < 16);
    snprintf(c->names[c->count], 64, "%.*s", (int)e->name.n, e->name.p);
    snprintf(c->values[c->count], 128, "%.*s", (int)e->value.n, e->value.p);
    c->lines[c->count] = e->line;
    c->count++;
    return (int)c->count == c->stop_at ? 7 : 0;
}

static void
test_file_entries(void **state)
{
    (void)state;
    static const char text[] =
        "# MailerQ config\n"
        "\n"
        "smtp-port:          25,2525\r\n"
        "   \t\n"
        "smtp-ip:\t1.2.3.4   \n"
        "rabbitmq-local:\n"
        "  # indented comment with : colon\n"
        "  indented-name : value with  inner  blanks \t\n"
        "smtp-ciphers: !aNULL:!eNULL # not a comment\n"
        "path: /var/\xc3\xa9t\xc3\xa9\n"
        "last-line: no newline";
    struct collected c = { 0 };
    struct mxq_cfg_syntax_error err = { 0 };

    assert_int_equal(mxq_cfg_parse_file(text, LEN(text), collect, &c, &err),
                     0);
    assert_int_equal(c.count, 7);
    assert_string_equal(c.names[0], "smtp-port");
    assert_string_equal(c.values[0], "25,2525");
    assert_int_equal(c.lines[0], 3);
    assert_string_equal(c.names[1], "smtp-ip");
    assert_string_equal(c.values[1], "1.2.3.4");
    assert_int_equal(c.lines[1], 5);
    assert_string_equal(c.names[2], "rabbitmq-local");
    assert_string_equal(c.values[2], "");
    assert_int_equal(c.lines[2], 6);
    assert_string_equal(c.names[3], "indented-name");
    assert_string_equal(c.values[3], "value with  inner  blanks");
    assert_int_equal(c.lines[3], 8);
    assert_string_equal(c.values[4], "!aNULL:!eNULL # not a comment");
    assert_string_equal(c.values[5], "/var/\xc3\xa9t\xc3\xa9");
    assert_string_equal(c.names[6], "last-line");
    assert_string_equal(c.values[6], "no newline");
    assert_int_equal(c.lines[6], 11);
}

static void
test_file_empty_and_bom(void **state)
{
    (void)state;
    struct collected c = { 0 };
    struct mxq_cfg_syntax_error err = { 0 };
    static const char bom[] = "\xef\xbb\xbfuser: mail\r\n";

    assert_int_equal(mxq_cfg_parse_file("", 0, collect, &c, &err), 0);
    assert_int_equal(mxq_cfg_parse_file("\n\r\n# x\n", 7, collect, &c, &err),
                     0);
    assert_int_equal(c.count, 0);
    assert_int_equal(mxq_cfg_parse_file(bom, LEN(bom), collect, &c, &err), 0);
    assert_int_equal(c.count, 1);
    assert_string_equal(c.names[0], "user");
    assert_string_equal(c.values[0], "mail");
}

static void
test_file_callback_stops(void **state)
{
    (void)state;
    static const char text[] = "a: 1\nb: 2\nc: 3\n";
    struct collected c = { .stop_at = 2 };
    struct mxq_cfg_syntax_error err = { 0 };

    assert_int_equal(mxq_cfg_parse_file(text, LEN(text), collect, &c, &err),
                     7);
    assert_int_equal(c.count, 2);
    /* The last line without a newline is delivered and can stop too. */
    memset(&c, 0, sizeof c);
    c.stop_at = 1;
    assert_int_equal(mxq_cfg_parse_file("a: 1", 4, collect, &c, &err), 7);
}

struct file_error_case {
    const char *text;
    size_t n;
    unsigned line;
    unsigned column;
    const char *what;        /* a piece of the message */
};

#define FERR(s, l, c, w) { s, sizeof(s) - 1, l, c, w }

static const struct file_error_case file_errors[] = {
    FERR("smtp-port 25\n", 1, 11, "expected ':'"),
    FERR("ok: 1\nsmtp-port\n", 2, 10, "expected ':'"),
    FERR("ok: 1\nsmtp-port", 2, 10, "expected ':'"),
    FERR("smtp_port: 25\n", 1, 5, "invalid character in setting name"),
    FERR("# c\nSmtp-port: 25\n", 2, 1, "expected a setting name"),
    FERR("a: 1\n\n  =x\n", 3, 3, "expected a setting name"),
    FERR(": 25\n", 1, 1, "expected a setting name"),
    FERR("-smtp-port: 25\n", 1, 1, "expected a setting name"),
    FERR("smtp-port = 25\n", 1, 11, "expected ':'"),
    FERR("a: 1\rb: 2\n", 1, 5, "carriage return"),
    FERR("a: 1\r", 1, 5, "carriage return"),
    FERR("a: x\x01y\n", 1, 5, "control character"),
    FERR("a: x\x7f\n", 1, 5, "control character"),
    FERR("# x\x1b[0m\n", 1, 4, "control character"),
    FERR("a: 1\nb: \0\n", 2, 4, "NUL"),
    FERR("\xef\xbb", 1, 3, "expected a setting name"),
    FERR("a: 1\n\xef\xbb\xbf" "b: 2\n", 2, 1, "expected a setting name"),
};

static void
test_file_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof file_errors / sizeof file_errors[0]; i++) {
        const struct file_error_case *t = &file_errors[i];
        struct collected c = { 0 };
        struct mxq_cfg_syntax_error err = { 0 };
        int rc = mxq_cfg_parse_file(t->text, t->n, collect, &c, &err);

        if (rc != -1 || err.line != t->line || err.column != t->column ||
            strstr(err.what, t->what) == NULL)
            fail_msg("case %zu: rc %d at %u:%u '%s', expected %u:%u '%s'", i,
                     rc, err.line, err.column, rc == -1 ? err.what : "",
                     t->line, t->column, t->what);
    }
}

/* ------------------------------------------------------- options, env */

static void
test_option(void **state)
{
    (void)state;
    struct mxq_slice name, value;
    bool has;

    assert_int_equal(mxq_cfg_parse_option("--smtp-port", 11, &name, &value,
                                          &has), MXQ_CFG_OK);
    assert_false(has);
    assert_int_equal(name.n, 9);
    assert_memory_equal(name.p, "smtp-port", 9);

    assert_int_equal(mxq_cfg_parse_option("--smtp-port=25,26", 17, &name,
                                          &value, &has), MXQ_CFG_OK);
    assert_true(has);
    assert_int_equal(name.n, 9);
    assert_int_equal(value.n, 5);
    assert_memory_equal(value.p, "25,26", 5);

    assert_int_equal(mxq_cfg_parse_option("--user=", 7, &name, &value, &has),
                     MXQ_CFG_OK);
    assert_true(has);
    assert_int_equal(value.n, 0);
    assert_int_equal(mxq_cfg_parse_option("--a=b=c", 7, &name, &value, &has),
                     MXQ_CFG_OK);
    assert_int_equal(value.n, 3);

    static const char *const bad[] = { "", "-", "--", "-x", "smtp-port",
                                       "--Smtp", "--a b", "---", "--=x",
                                       "--a_b" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (mxq_cfg_parse_option(bad[i], strlen(bad[i]), &name, &value,
                                 &has) != MXQ_CFG_SYNTAX)
            fail_msg("option '%s' accepted", bad[i]);
}

static void
test_env(void **state)
{
    (void)state;
    char name[32];
    size_t len;
    struct mxq_slice value;
    bool ours;

    assert_int_equal(mxq_cfg_parse_env("MXQ_SMTP_PORT=2525", 18, &ours, name,
                                       sizeof name, &len, &value),
                     MXQ_CFG_OK);
    assert_true(ours);
    assert_int_equal(len, 9);
    assert_memory_equal(name, "smtp-port", 9);
    assert_int_equal(value.n, 4);
    assert_memory_equal(value.p, "2525", 4);

    assert_int_equal(mxq_cfg_parse_env("MXQ_USER=", 9, &ours, name,
                                       sizeof name, &len, &value),
                     MXQ_CFG_OK);
    assert_true(ours);
    assert_int_equal(value.n, 0);

    static const char *const not_ours[] = { "PATH=/bin", "MXQ=1", "MX_A=1",
                                            "mxq_smtp_port=1", "MAILERQ_X=1",
                                            "" };
    for (size_t i = 0; i < sizeof not_ours / sizeof not_ours[0]; i++) {
        assert_int_equal(mxq_cfg_parse_env(not_ours[i], strlen(not_ours[i]),
                                           &ours, name, sizeof name, &len,
                                           &value), MXQ_CFG_OK);
        if (ours)
            fail_msg("'%s' taken as ours", not_ours[i]);
    }
    static const char *const bad[] = { "MXQ_=1", "MXQ_smtp=1", "MXQ_A-B=1",
                                       "MXQ_SMTP_PORT" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (mxq_cfg_parse_env(bad[i], strlen(bad[i]), &ours, name,
                              sizeof name, &len, &value) != MXQ_CFG_SYNTAX ||
            !ours)
            fail_msg("'%s' not refused", bad[i]);
    }
    assert_int_equal(mxq_cfg_parse_env("MXQ_ABCDEFGH=1", 14, &ours, name, 4,
                                       &len, &value), MXQ_CFG_TOO_MANY);
}

static void
test_text(void **state)
{
    (void)state;
    struct mxq_slice t;

    assert_int_equal(mxq_cfg_parse_text("  a b \t", 7, &t), MXQ_CFG_OK);
    assert_int_equal(t.n, 3);
    assert_memory_equal(t.p, "a b", 3);
    assert_int_equal(mxq_cfg_parse_text("   ", 3, &t), MXQ_CFG_OK);
    assert_int_equal(t.n, 0);
    assert_int_equal(mxq_cfg_parse_text("x\r\n250 y", 8, &t), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_text("x\n", 2, &t), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_text("\x1b", 1, &t), MXQ_CFG_SYNTAX);
}

/* -------------------------------------------------------------- scalars */

static void
test_bool(void **state)
{
    (void)state;
    static const char *const yes[] = { "true", "TRUE", "True", "yes", "on",
                                       "1", "On" };
    static const char *const no[] = { "false", "FALSE", "no", "off", "0",
                                      "Off" };
    static const char *const bad[] = { "", "2", "tru", "truee", "y", "n",
                                       " true", "true ", "enabled", "01",
                                       "10", "o" };
    bool v;

    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        v = false;
        assert_int_equal(mxq_cfg_parse_bool(yes[i], strlen(yes[i]), &v),
                         MXQ_CFG_OK);
        assert_true(v);
    }
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        v = true;
        assert_int_equal(mxq_cfg_parse_bool(no[i], strlen(no[i]), &v),
                         MXQ_CFG_OK);
        assert_false(v);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (mxq_cfg_parse_bool(bad[i], strlen(bad[i]), &v) != MXQ_CFG_SYNTAX)
            fail_msg("boolean '%s' accepted", bad[i]);
}

struct number_case {
    const char *text;
    enum mxq_cfg_status st;
    uint64_t value;
};

static const struct number_case uints[] = {
    { "0", MXQ_CFG_OK, 0 },
    { "300", MXQ_CFG_OK, 300 },
    { "007", MXQ_CFG_OK, 7 },
    { "18446744073709551615", MXQ_CFG_OK, UINT64_MAX },
    { "18446744073709551616", MXQ_CFG_RANGE, 0 },
    { "99999999999999999999999", MXQ_CFG_RANGE, 0 },
    { "", MXQ_CFG_SYNTAX, 0 },
    { "-1", MXQ_CFG_SYNTAX, 0 },
    { "+1", MXQ_CFG_SYNTAX, 0 },
    { "1.5", MXQ_CFG_SYNTAX, 0 },
    { "1 ", MXQ_CFG_SYNTAX, 0 },
    { "0x10", MXQ_CFG_SYNTAX, 0 },
    { "1e3", MXQ_CFG_SYNTAX, 0 },
};

static const struct number_case sizes[] = {
    { "0", MXQ_CFG_OK, 0 },
    { "2048", MXQ_CFG_OK, 2048 },
    { "2048B", MXQ_CFG_OK, 2048 },
    { "512KB", MXQ_CFG_OK, 512 * 1024 },
    { "512k", MXQ_CFG_OK, 512 * 1024 },
    { "1MB", MXQ_CFG_OK, 1024 * 1024 },
    { "100MB", MXQ_CFG_OK, 100u * 1024 * 1024 },
    { "100 MB", MXQ_CFG_OK, 100u * 1024 * 1024 },
    { "100mb", MXQ_CFG_OK, 100u * 1024 * 1024 },
    { "100M", MXQ_CFG_OK, 100u * 1024 * 1024 },
    { "1GB", MXQ_CFG_OK, UINT64_C(1) << 30 },
    { "2TB", MXQ_CFG_OK, UINT64_C(2) << 40 },
    { "16777215TB", MXQ_CFG_OK, UINT64_C(16777215) << 40 },
    { "16777216TB", MXQ_CFG_RANGE, 0 },
    { "18446744073709551616", MXQ_CFG_RANGE, 0 },
    { "", MXQ_CFG_SYNTAX, 0 },
    { "MB", MXQ_CFG_SYNTAX, 0 },
    { "1.5MB", MXQ_CFG_SYNTAX, 0 },
    { "10 ", MXQ_CFG_SYNTAX, 0 },
    { "10MiB", MXQ_CFG_SYNTAX, 0 },
    { "10MBB", MXQ_CFG_SYNTAX, 0 },
    { "10PB", MXQ_CFG_SYNTAX, 0 },
    { "-10MB", MXQ_CFG_SYNTAX, 0 },
    { "10 M B", MXQ_CFG_SYNTAX, 0 },
};

static void
run_numbers(const struct number_case *cases, size_t n, bool size)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t v = 12345;
        enum mxq_cfg_status st = size ?
            mxq_cfg_parse_size(cases[i].text, strlen(cases[i].text), &v) :
            mxq_cfg_parse_uint(cases[i].text, strlen(cases[i].text), &v);

        if (st != cases[i].st || (st == MXQ_CFG_OK && v != cases[i].value))
            fail_msg("'%s': status %d value %llu", cases[i].text, (int)st,
                     (unsigned long long)v);
    }
}

static void
test_uint(void **state)
{
    (void)state;
    run_numbers(uints, sizeof uints / sizeof uints[0], false);
}

/* MailerQ's DNS timers: seconds with up to three decimals, in ms. */
static const struct number_case millis[] = {
    { "0", MXQ_CFG_OK, 0 },
    { "3", MXQ_CFG_OK, 3000 },
    { "3.0", MXQ_CFG_OK, 3000 },
    { "60.0", MXQ_CFG_OK, 60000 },
    { "0.25", MXQ_CFG_OK, 250 },
    { "2.5", MXQ_CFG_OK, 2500 },
    { "0.001", MXQ_CFG_OK, 1 },
    { "007.100", MXQ_CFG_OK, 7100 },
    { "18446744073709551.615", MXQ_CFG_OK, UINT64_MAX },
    { "18446744073709551.616", MXQ_CFG_RANGE, 0 },
    { "18446744073709552", MXQ_CFG_RANGE, 0 },
    { "0.0001", MXQ_CFG_RANGE, 0 },
    { "", MXQ_CFG_SYNTAX, 0 },
    { ".5", MXQ_CFG_SYNTAX, 0 },
    { "5.", MXQ_CFG_SYNTAX, 0 },
    { "1.2.3", MXQ_CFG_SYNTAX, 0 },
    { "-1", MXQ_CFG_SYNTAX, 0 },
    { "1e3", MXQ_CFG_SYNTAX, 0 },
    { "3 ", MXQ_CFG_SYNTAX, 0 },
    { "3s", MXQ_CFG_SYNTAX, 0 },
};

static void
test_millis(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof millis / sizeof millis[0]; i++) {
        uint64_t v = 12345;
        enum mxq_cfg_status st =
            mxq_cfg_parse_millis(millis[i].text, strlen(millis[i].text), &v);
        if (st != millis[i].st || (st == MXQ_CFG_OK && v != millis[i].value))
            fail_msg("'%s': status %d value %llu", millis[i].text, (int)st,
                     (unsigned long long)v);
    }
}

static void
test_size(void **state)
{
    (void)state;
    run_numbers(sizes, sizeof sizes / sizeof sizes[0], true);
}

static void
test_validate(void **state)
{
    (void)state;
    enum mxq_cfg_validate v;

    assert_int_equal(mxq_cfg_parse_validate("strict", 6, &v), MXQ_CFG_OK);
    assert_int_equal(v, MXQ_CFG_VALIDATE_STRICT);
    assert_int_equal(mxq_cfg_parse_validate("loose", 5, &v), MXQ_CFG_OK);
    assert_int_equal(v, MXQ_CFG_VALIDATE_LOOSE);
    assert_int_equal(mxq_cfg_parse_validate("LOOSE", 5, &v), MXQ_CFG_OK);
    assert_int_equal(v, MXQ_CFG_VALIDATE_LOOSE);
    assert_int_equal(mxq_cfg_parse_validate("", 0, &v), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_validate("lose", 4, &v), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_validate("strict,loose", 12, &v),
                     MXQ_CFG_SYNTAX);
}

static void
test_hostname(void **state)
{
    (void)state;
    static const char *const good[] = { "mx", "localhost", "mx1.example.com",
                                        "mx.example.com.", "a-b.c-d.e",
                                        "123.example", "x" };
    static const char *const bad[] = { "", ".", "-mx.example", "mx-.example",
                                       "mx..example", ".mx", "mx example",
                                       "mx_1.example", "mx.example..",
                                       "[1.2.3.4]", "mx\xc3\xa9" };
    char label64[80], long_name[300];

    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (mxq_cfg_parse_hostname(good[i], strlen(good[i])) != MXQ_CFG_OK)
            fail_msg("host name '%s' refused", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (mxq_cfg_parse_hostname(bad[i], strlen(bad[i])) != MXQ_CFG_SYNTAX)
            fail_msg("host name '%s' accepted", bad[i]);

    memset(label64, 'a', 64);
    assert_int_equal(mxq_cfg_parse_hostname(label64, 63), MXQ_CFG_OK);
    assert_int_equal(mxq_cfg_parse_hostname(label64, 64), MXQ_CFG_RANGE);
    /* 253 octets in all is the limit, 254 with the root dot. */
    for (size_t i = 0; i < sizeof long_name; i++)
        long_name[i] = i % 2 ? '.' : 'a';
    assert_int_equal(mxq_cfg_parse_hostname(long_name, 253), MXQ_CFG_OK);
    assert_int_equal(mxq_cfg_parse_hostname(long_name, 254), MXQ_CFG_OK);
    assert_int_equal(mxq_cfg_parse_hostname(long_name, 255), MXQ_CFG_RANGE);
}

static void
test_queue_name(void **state)
{
    (void)state;
    static const char *const good[] = { "inbox", "mailerq-inbox", "a.b:c_d",
                                        "Q1" };
    static const char *const bad[] = { "", ".hidden", "..", "a/b", "a b",
                                       "../x", "q\xc3\xa9" };
    char long_name[300];

    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (mxq_cfg_parse_queue_name(good[i], strlen(good[i])) != MXQ_CFG_OK)
            fail_msg("queue '%s' refused", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (mxq_cfg_parse_queue_name(bad[i], strlen(bad[i])) !=
            MXQ_CFG_SYNTAX)
            fail_msg("queue '%s' accepted", bad[i]);
    memset(long_name, 'q', sizeof long_name);
    assert_int_equal(mxq_cfg_parse_queue_name(long_name, 255), MXQ_CFG_OK);
    assert_int_equal(mxq_cfg_parse_queue_name(long_name, 256), MXQ_CFG_RANGE);
}

/* ---------------------------------------------------------------- lists */

struct ports_case {
    const char *text;
    enum mxq_cfg_status st;
    const char *want;         /* the ports, comma-joined */
};

static const struct ports_case port_cases[] = {
    { "25", MXQ_CFG_OK, "25" },
    { "25,2525,1024-1026", MXQ_CFG_OK, "25,2525,1024,1025,1026" },
    { "25, 2525,  587", MXQ_CFG_OK, "25,2525,587" },
    { " 25 ,2525 ", MXQ_CFG_OK, "25,2525" },
    { "1,65535", MXQ_CFG_OK, "1,65535" },
    { "7-7", MXQ_CFG_OK, "7" },
    { "", MXQ_CFG_OK, "" },
    { "  ", MXQ_CFG_OK, "" },
    { "0", MXQ_CFG_RANGE, NULL },
    { "65536", MXQ_CFG_RANGE, NULL },
    { "99999", MXQ_CFG_RANGE, NULL },
    { "0-5", MXQ_CFG_RANGE, NULL },
    { "26-25", MXQ_CFG_RANGE, NULL },
    { "25,25", MXQ_CFG_DUPLICATE, NULL },
    { "20-30,25", MXQ_CFG_DUPLICATE, NULL },
    { "1-65", MXQ_CFG_TOO_MANY, NULL },
    { "1-65535", MXQ_CFG_TOO_MANY, NULL },
    { "100000", MXQ_CFG_SYNTAX, NULL },
    { "25,", MXQ_CFG_SYNTAX, NULL },
    { ",25", MXQ_CFG_SYNTAX, NULL },
    { "25,,26", MXQ_CFG_SYNTAX, NULL },
    { "25;26", MXQ_CFG_SYNTAX, NULL },
    { "25 26", MXQ_CFG_SYNTAX, NULL },
    { "1024 - 1026", MXQ_CFG_SYNTAX, NULL },
    { "1024-", MXQ_CFG_SYNTAX, NULL },
    { "-25", MXQ_CFG_SYNTAX, NULL },
    { "smtp", MXQ_CFG_SYNTAX, NULL },
    { "+25", MXQ_CFG_SYNTAX, NULL },
};

static void
test_ports(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof port_cases / sizeof port_cases[0]; i++) {
        const struct ports_case *t = &port_cases[i];
        uint16_t ports[64];
        size_t count = 99;
        char got[512] = "";
        size_t used = 0;
        enum mxq_cfg_status st = mxq_cfg_parse_ports(t->text, strlen(t->text),
                                                     ports, 64, &count);

        if (st == MXQ_CFG_OK)
            for (size_t k = 0; k < count; k++)
                used += (size_t)snprintf(got + used, sizeof got - used, "%s%u",
                                         k ? "," : "", ports[k]);
        if (st != t->st || (st == MXQ_CFG_OK && strcmp(got, t->want) != 0))
            fail_msg("'%s': status %d ports '%s'", t->text, (int)st, got);
    }
}

struct cidr_case {
    const char *text;
    enum mxq_cfg_status st;
    size_t count;
    int family;                /* of the first item */
    uint8_t addr[16];          /* of the first item */
    uint8_t prefix;
};

static const struct cidr_case cidr_cases[] = {
    { "1.2.3.4", MXQ_CFG_OK, 1, 4, { 1, 2, 3, 4 }, 32 },
    { "1.2.3.0/24", MXQ_CFG_OK, 1, 4, { 1, 2, 3, 0 }, 24 },
    { "1.2.3.4/24", MXQ_CFG_OK, 1, 4, { 1, 2, 3, 0 }, 24 },
    { "255.255.255.255/0", MXQ_CFG_OK, 1, 4, { 0 }, 0 },
    { "192.168.0.0/16;10.0.0.0/8", MXQ_CFG_OK, 2, 4, { 192, 168 }, 16 },
    { "1.2.3.4; 1.2.3.5; 1.2.3.6", MXQ_CFG_OK, 3, 4, { 1, 2, 3, 4 }, 32 },
    { "1.2.3.0/24; ::1/128", MXQ_CFG_OK, 2, 4, { 1, 2, 3, 0 }, 24 },
    { "::1", MXQ_CFG_OK, 1, 6, { [15] = 1 }, 128 },
    { "::", MXQ_CFG_OK, 1, 6, { 0 }, 128 },
    { "::/0", MXQ_CFG_OK, 1, 6, { 0 }, 0 },
    { "fe80::/10", MXQ_CFG_OK, 1, 6, { 0xfe, 0x80 }, 10 },
    { "FE80::1:2/64", MXQ_CFG_OK, 1, 6, { 0xfe, 0x80 }, 64 },
    { "2001:db8::8:800:200c:417a", MXQ_CFG_OK, 1, 6,
      { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 8, 8, 0, 0x20, 0x0c, 0x41,
        0x7a }, 128 },
    { "1:2:3:4:5:6:7:8", MXQ_CFG_OK, 1, 6,
      { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8 }, 128 },
    { "1:2:3:4:5:6:7::", MXQ_CFG_OK, 1, 6,
      { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0 }, 128 },
    { "::2:3:4:5:6:7:8", MXQ_CFG_OK, 1, 6,
      { 0, 0, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8 }, 128 },
    { "::ffff:1.2.3.4", MXQ_CFG_OK, 1, 6,
      { [10] = 0xff, [11] = 0xff, [12] = 1, [13] = 2, [14] = 3, [15] = 4 },
      128 },
    { "1:2:3:4:5:6:1.2.3.4", MXQ_CFG_OK, 1, 6,
      { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 1, 2, 3, 4 }, 128 },
    { "::1.2.3.4/120", MXQ_CFG_OK, 1, 6, { [12] = 1, [13] = 2, [14] = 3 },
      120 },
    { "abcd:ef01:ffff::/33", MXQ_CFG_OK, 1, 6,
      { 0xab, 0xcd, 0xef, 0x01, 0x80 }, 33 },
    { "", MXQ_CFG_OK, 0, 0, { 0 }, 0 },
    { " ", MXQ_CFG_OK, 0, 0, { 0 }, 0 },

    { "1.2.3.4/33", MXQ_CFG_RANGE, 0, 0, { 0 }, 0 },
    { "::/129", MXQ_CFG_RANGE, 0, 0, { 0 }, 0 },
    { "1.2.3.4/999", MXQ_CFG_RANGE, 0, 0, { 0 }, 0 },
    { "1.2.3", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4.5", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "256.1.1.1", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "01.2.3.4", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4/", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4/08", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4/1000", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4;", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { ";1.2.3.4", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4,1.2.3.5", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4 1.2.3.5", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1:2:3:4:5:6:7", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1:2:3:4:5:6:7:8:9", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1:2:3:4:5:6:7:8::", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1::2::3", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { ":::", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { ":1::", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1:", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "12345::", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1:2:3:4:5:6:7:1.2.3.4", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "::1.2.3", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "1.2.3.4::", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "fe80::1%eth0", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "[::1]", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "localhost", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
    { "g::1", MXQ_CFG_SYNTAX, 0, 0, { 0 }, 0 },
};

static void
test_cidrs(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cidr_cases / sizeof cidr_cases[0]; i++) {
        const struct cidr_case *t = &cidr_cases[i];
        struct mxq_cfg_cidr items[8];
        size_t count = 99;
        enum mxq_cfg_status st;

        memset(items, 0xaa, sizeof items);
        st = mxq_cfg_parse_cidrs(t->text, strlen(t->text), items, 8, &count);
        if (st != t->st)
            fail_msg("'%s': status %d, expected %d", t->text, (int)st,
                     (int)t->st);
        if (st != MXQ_CFG_OK)
            continue;
        if (count != t->count)
            fail_msg("'%s': %zu items", t->text, count);
        if (count == 0)
            continue;
        if (items[0].family != t->family || items[0].prefix != t->prefix ||
            memcmp(items[0].addr, t->addr,
                   t->family == 4 ? 4 : 16) != 0)
            fail_msg("'%s': family %d prefix %u", t->text, items[0].family,
                     items[0].prefix);
        /* IPv4 leaves the rest of addr[] zero. */
        if (t->family == 4)
            for (size_t k = 4; k < 16; k++)
                assert_int_equal(items[0].addr[k], 0);
    }
}

static void
test_cidrs_too_many(void **state)
{
    (void)state;
    struct mxq_cfg_cidr items[2];
    size_t count = 0;

    assert_int_equal(mxq_cfg_parse_cidrs("1.1.1.1;2.2.2.2;3.3.3.3", 23, items,
                                         2, &count), MXQ_CFG_TOO_MANY);
}

static void
test_ip(void **state)
{
    (void)state;
    struct mxq_cfg_cidr ip;

    assert_int_equal(mxq_cfg_parse_ip("127.0.0.1", 9, &ip), MXQ_CFG_OK);
    assert_int_equal(ip.family, 4);
    assert_int_equal(ip.prefix, 32);
    assert_memory_equal(ip.addr, "\x7f\0\0\x01", 4);
    assert_int_equal(mxq_cfg_parse_ip("::1", 3, &ip), MXQ_CFG_OK);
    assert_int_equal(ip.family, 6);
    assert_int_equal(ip.addr[15], 1);
    assert_int_equal(mxq_cfg_parse_ip("", 0, &ip), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_ip("1.2.3.4/32", 10, &ip), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_ip("1.2.3.4;1.2.3.5", 15, &ip),
                     MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_ip(" 1.2.3.4", 8, &ip), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_ip("1:2:3", 5, &ip), MXQ_CFG_SYNTAX);
    assert_int_equal(mxq_cfg_parse_ip("localhost", 9, &ip), MXQ_CFG_SYNTAX);
}

struct list_case {
    const char *text;
    enum mxq_cfg_status st;
    const char *want;          /* items joined with '|' */
};

static const struct list_case list_cases[] = {
    { "spf,dkim", MXQ_CFG_OK, "spf|dkim" },
    { "spf, dkim ,dmarc , spam", MXQ_CFG_OK, "spf|dkim|dmarc|spam" },
    { "  stderr  ", MXQ_CFG_OK, "stderr" },
    { "/var/log/my mxq.log,syslog", MXQ_CFG_OK, "/var/log/my mxq.log|syslog" },
    { "", MXQ_CFG_OK, "" },
    { " \t", MXQ_CFG_OK, "" },
    { "a,b,c,d,e", MXQ_CFG_TOO_MANY, NULL },
    { "spf,", MXQ_CFG_SYNTAX, NULL },
    { ",spf", MXQ_CFG_SYNTAX, NULL },
    { "spf,,dkim", MXQ_CFG_SYNTAX, NULL },
    { "spf, ,dkim", MXQ_CFG_SYNTAX, NULL },
    { "spf\x01", MXQ_CFG_SYNTAX, NULL },
};

static void
test_list(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof list_cases / sizeof list_cases[0]; i++) {
        const struct list_case *t = &list_cases[i];
        struct mxq_slice items[4];
        size_t count = 99, used = 0;
        char got[256] = "";
        enum mxq_cfg_status st = mxq_cfg_parse_list(t->text, strlen(t->text),
                                                    items, 4, &count);

        if (st == MXQ_CFG_OK)
            for (size_t k = 0; k < count; k++)
                used += (size_t)snprintf(got + used, sizeof got - used,
                                         "%s%.*s", k ? "|" : "",
                                         (int)items[k].n, items[k].p);
        if (st != t->st || (st == MXQ_CFG_OK && strcmp(got, t->want) != 0))
            fail_msg("'%s': status %d items '%s'", t->text, (int)st, got);
    }
}

/* Fields may be empty, so that a caller can name the one at fault:
 * k commas give k + 1 fields. */
static const struct list_case field_cases[] = {
    { "amqp://a", MXQ_CFG_OK, "amqp://a" },
    { " amqp://a , amqp://b ", MXQ_CFG_OK, "amqp://a|amqp://b" },
    { "", MXQ_CFG_OK, "" },
    { "  ", MXQ_CFG_OK, "" },
    { "a,", MXQ_CFG_OK, "a|" },
    { ",a", MXQ_CFG_OK, "|a" },
    { "a, ,b", MXQ_CFG_OK, "a||b" },
    { "a,b,c,d", MXQ_CFG_OK, "a|b|c|d" },
    { "a,b,c,d,e", MXQ_CFG_TOO_MANY, NULL },
    { "a,b\x01", MXQ_CFG_SYNTAX, "1" },
    { "\x7f", MXQ_CFG_SYNTAX, "0" },
};

static void
test_fields(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof field_cases / sizeof field_cases[0]; i++) {
        const struct list_case *t = &field_cases[i];
        struct mxq_slice items[4];
        size_t count = 99, used = 0;
        char got[256] = "";
        enum mxq_cfg_status st = mxq_cfg_parse_fields(
            t->text, strlen(t->text), items, 4, &count);

        if (st == MXQ_CFG_OK)
            for (size_t k = 0; k < count; k++)
                used += (size_t)snprintf(got + used, sizeof got - used,
                                         "%s%.*s", k ? "|" : "",
                                         (int)items[k].n, items[k].p);
        else if (st == MXQ_CFG_SYNTAX) /* the fields before the bad one */
            snprintf(got, sizeof got, "%zu", count);
        if (st != t->st || (t->want != NULL && strcmp(got, t->want) != 0))
            fail_msg("'%s': status %d got '%s'", t->text, (int)st, got);
    }
    /* the empty field points where it stands */
    struct mxq_slice items[3];
    size_t count = 0;
    const char *text = "a,,b";
    assert_int_equal(mxq_cfg_parse_fields(text, 4, items, 3, &count),
                     MXQ_CFG_OK);
    assert_int_equal(count, 3);
    assert_int_equal(items[1].n, 0);
    assert_ptr_equal(items[1].p, text + 2);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_file_entries),
        cmocka_unit_test(test_file_empty_and_bom),
        cmocka_unit_test(test_file_callback_stops),
        cmocka_unit_test(test_file_errors),
        cmocka_unit_test(test_option),
        cmocka_unit_test(test_env),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_bool),
        cmocka_unit_test(test_uint),
        cmocka_unit_test(test_size),
        cmocka_unit_test(test_millis),
        cmocka_unit_test(test_validate),
        cmocka_unit_test(test_hostname),
        cmocka_unit_test(test_queue_name),
        cmocka_unit_test(test_ports),
        cmocka_unit_test(test_cidrs),
        cmocka_unit_test(test_cidrs_too_many),
        cmocka_unit_test(test_ip),
        cmocka_unit_test(test_list),
        cmocka_unit_test(test_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
