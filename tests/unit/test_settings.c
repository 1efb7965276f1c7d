/* adapters/settings.c: sources, precedence, messages, warnings, printing. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

#include "settings.h"

/* ------------------------------------------------------------ helpers */

struct fixture {
    struct mxqd_settings *s;
    char path[64];            /* a config file written by the test */
    char err[1024];
    char stderr_text[4096];   /* what load wrote on stderr */
};

static int
setup(void **state)
{
    struct fixture *f = calloc(1, sizeof *f);

    assert_non_null(f);
    f->s = calloc(1, sizeof *f->s);
    assert_non_null(f->s);
    *state = f;
    return 0;
}

static int
teardown(void **state)
{
    struct fixture *f = *state;

    if (f->path[0] != '\0')
        unlink(f->path);
    free(f->s);
    free(f);
    return 0;
}

static void
write_config(struct fixture *f, const char *text)
{
    int fd;

    if (f->path[0] == '\0') {
        snprintf(f->path, sizeof f->path, "/tmp/mxq-settings-XXXXXX");
        fd = mkstemp(f->path);
    } else {
        fd = open(f->path, O_WRONLY | O_TRUNC);
    }
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

/* Runs load with fd 2 sent to a file, and keeps what came out. */
static int
load(struct fixture *f, int argc, char **argv, char **envp)
{
    char tmp[] = "/tmp/mxq-stderr-XXXXXX";
    int fd = mkstemp(tmp), saved = dup(2), out = dup(1), null;
    ssize_t n;
    int rc;

    assert_true(fd >= 0 && saved >= 0 && out >= 0);
    null = open("/dev/null", O_WRONLY);
    assert_true(null >= 0);
    dup2(fd, 2);
    dup2(null, 1);            /* --help and --version write here */
    rc = mxqd_settings_load(f->s, argc, argv, envp, f->err, sizeof f->err);
    dup2(saved, 2);
    dup2(out, 1);
    close(saved);
    close(out);
    close(null);
    n = pread(fd, f->stderr_text, sizeof f->stderr_text - 1, 0);
    f->stderr_text[n > 0 ? n : 0] = '\0';
    close(fd);
    unlink(tmp);
    return rc;
}

/* Load with only a config file: argv = mxqd --config-file PATH. */
static int
load_file(struct fixture *f, const char *text)
{
    char *argv[] = { "mxqd", "--config-file", f->path, NULL };

    write_config(f, text);
    return load(f, 3, argv, NULL);
}

static void
assert_error(const struct fixture *f, const char *piece)
{
    if (strstr(f->err, piece) == NULL)
        fail_msg("error '%s' lacks '%s'", f->err, piece);
}

static size_t
count_of(const char *text, const char *piece)
{
    size_t n = 0;

    for (const char *p = strstr(text, piece); p; p = strstr(p + 1, piece))
        n++;
    return n;
}

/* ------------------------------------------------------------- defaults */

static void
test_defaults(void **state)
{
    struct fixture *f = *state;
    char *argv[] = { "mxqd", NULL };
    const struct mxqd_settings *s = f->s;

    assert_int_equal(load(f, 1, argv, NULL), 0);
    assert_string_equal(f->stderr_text, "");
    assert_string_equal(s->smtp_ip, "");
    assert_int_equal(s->smtp_port.count, 1);
    assert_int_equal(s->smtp_port.ports[0], 25);
    assert_int_equal(s->smtp_secure_port.count, 0);
    assert_int_equal(s->smtp_threads, 1);
    assert_string_equal(s->user, "");
    assert_true(s->hostname[0] != '\0');
    assert_int_equal(s->validate_address, MXQ_ADDRESS_STRICT);
    assert_true(s->dsn_advertise);
    assert_int_equal(s->smtp_maxsize, 100u * 1024 * 1024);
    assert_int_equal(s->smtp_max_line_length, 2048);
    assert_int_equal(s->smtp_max_recipients, 1000);
    assert_int_equal(s->smtp_max_errors, 20);
    assert_int_equal(s->smtp_timeout, 300);
    assert_int_equal(s->smtp_max_pending_output, 65536);
    assert_string_equal(s->queue_directory, "./queue");
    assert_string_equal(s->rabbitmq_address, "");
    assert_string_equal(s->rabbitmq_inbox, "inbox");
    assert_string_equal(s->rabbitmq_local, "");
    assert_string_equal(s->rabbitmq_reports, "");
    assert_int_equal(s->log_target_count, 1);
    assert_string_equal(s->application_log[0], "stderr");
    assert_false(s->check_config);
    assert_int_equal(s->smtp_extract, 5); /* "true" */
    assert_int_equal(s->smtp_header_max_line, 8192);
    assert_int_equal(s->smtp_header_max_fields, 1000);
    assert_int_equal(s->smtp_header_max_size, 256 * 1024);
    assert_false(s->smtp_header_strict);
    assert_int_equal(s->smtp_check, 0);
}

/* ----------------------------------------------------------- precedence */

static void
test_precedence(void **state)
{
    struct fixture *f = *state;
    char *env[] = { "PATH=/bin", "MXQ_SMTP_TIMEOUT=30", "MXQ_USER= envuser ",
                    "MXQ_SMTP_THREADS=3", NULL };
    char *argv[] = { "mxqd", "--config-file", f->path, "--user=cliuser",
                     "--smtp-threads", "4", NULL };
    const struct mxqd_settings *s = f->s;

    write_config(f, "smtp-port: 2525\n"
                    "smtp-timeout: 60\n"
                    "user: fileuser\n"
                    "smtp-max-errors: 5\n");
    assert_int_equal(load(f, 6, argv, env), 0);
    assert_int_equal(s->smtp_port.count, 1);
    assert_int_equal(s->smtp_port.ports[0], 2525); /* file */
    assert_int_equal(s->smtp_max_errors, 5);        /* file */
    assert_int_equal(s->smtp_timeout, 30);          /* env over file */
    assert_string_equal(s->user, "cliuser");        /* cli over env, file */
    assert_int_equal(s->smtp_threads, 4);           /* cli over env */
    assert_int_equal(s->smtp_max_recipients, 1000); /* default */
    assert_string_equal(s->config_file, f->path);
}

static void
test_config_file_from_env(void **state)
{
    struct fixture *f = *state;
    char env_entry[128];
    char *env[] = { env_entry, NULL };
    char *argv[] = { "mxqd", NULL };

    write_config(f, "smtp-port: 2600\n");
    snprintf(env_entry, sizeof env_entry, "MXQ_CONFIG_FILE=%s", f->path);
    assert_int_equal(load(f, 1, argv, env), 0);
    assert_int_equal(f->s->smtp_port.ports[0], 2600);
}

static void
test_cli_forms(void **state)
{
    struct fixture *f = *state;
    char *argv[] = { "mxqd", "--smtp-port", "25, 2525,1024-1026",
                     "--dsn-advertise", "off", "--smtp-maxsize=10MB",
                     "--smtp-validate-address", "loose",
                     "--application-log=stdout, syslog",
                     "--hostname", "mx.example.org", "--check-config", NULL };
    const struct mxqd_settings *s = f->s;

    assert_int_equal(load(f, 12, argv, NULL), 0);
    assert_int_equal(s->smtp_port.count, 5);
    assert_int_equal(s->smtp_port.ports[4], 1026);
    assert_false(s->dsn_advertise);
    assert_int_equal(s->smtp_maxsize, 10u * 1024 * 1024);
    assert_int_equal(s->validate_address, MXQ_ADDRESS_LOOSE);
    assert_int_equal(s->log_target_count, 2);
    assert_string_equal(s->application_log[1], "syslog");
    assert_string_equal(s->hostname, "mx.example.org");
    assert_true(s->check_config);

    /* A boolean alone means true; what follows is the next option. */
    char *argv2[] = { "mxqd", "--dsn-advertise", "--smtp-port", "26", NULL };
    assert_int_equal(load(f, 4, argv2, NULL), 0);
    assert_true(s->dsn_advertise);
    assert_int_equal(s->smtp_port.ports[0], 26);
}

static void
test_help_version(void **state)
{
    struct fixture *f = *state;
    char *help[] = { "mxqd", "--help", NULL };
    char *version[] = { "mxqd", "--smtp-port=2525", "--version", NULL };
    char *bad[] = { "mxqd", "--help=yes", NULL };

    assert_int_equal(load(f, 2, help, NULL), 1);
    assert_int_equal(load(f, 3, version, NULL), 1);
    assert_int_equal(load(f, 2, bad, NULL), 2);
    assert_error(f, "--help takes no value");
}

/* ------------------------------------------------------------- failures */

static void
test_unknown_names(void **state)
{
    struct fixture *f = *state;
    char expect[128];

    assert_int_equal(load_file(f, "# ok\nsmtp-port: 25\nsmtp-prot: 25\n"), 2);
    snprintf(expect, sizeof expect, "%s:3: unknown setting 'smtp-prot'",
             f->path);
    assert_error(f, expect);

    char *env[] = { "MXQ_SMTP_PROT=25", NULL };
    char *argv[] = { "mxqd", NULL };
    assert_int_equal(load(f, 1, argv, env), 2);
    assert_error(f, "environment MXQ_SMTP_PROT: unknown setting 'smtp-prot'");

    char *env2[] = { "MXQ_smtp_port=25", NULL };
    assert_int_equal(load(f, 1, argv, env2), 2);
    assert_error(f, "environment MXQ_smtp_port: not a setting name");

    char *cli[] = { "mxqd", "--smtp-prot", "25", NULL };
    assert_int_equal(load(f, 3, cli, NULL), 2);
    assert_error(f, "command line: unknown option --smtp-prot");

    char *positional[] = { "mxqd", "25", NULL };
    assert_int_equal(load(f, 2, positional, NULL), 2);
    assert_error(f, "command line: '25' is not an option");

    /* A family of MailerQ names does not swallow mxq's own typos. */
    assert_int_equal(load_file(f, "rabbitmq-inbx: in\n"), 2);
    assert_error(f, "unknown setting 'rabbitmq-inbx'");
}

struct bad_value {
    const char *line;
    const char *piece;
};

static const struct bad_value bad_values[] = {
    { "smtp-port: 0", "smtp-port: '0' has a port outside 1..65535" },
    { "smtp-port: 25,25", "has a port twice" },
    { "smtp-port: 25;26", "is not a port list" },
    { "smtp-port:", "smtp-port: '' needs a value" },
    { "smtp-ip: 1.2.3.256", "is not an IPv4 or IPv6 address" },
    { "smtp-ip: 1.2.3.0/24", "is not an IPv4 or IPv6 address" },
    { "smtp-threads: 0", "smtp-threads: '0' is out of range (1..256)" },
    { "smtp-threads: many", "is not a whole number" },
    { "smtp-maxsize: 1.5MB", "is not a size" },
    { "smtp-maxsize: 2GB", "is out of range (1024..1073741824 bytes)" },
    { "smtp-max-line-length: 100", "is out of range (512..65536)" },
    { "smtp-max-recipients: 99", "is out of range (100..100000)" },
    { "smtp-timeout: 99999999999999999999999", "is out of range" },
    { "dsn-advertise: maybe", "is not a boolean" },
    { "smtp-validate-address: lax", "is not strict or loose" },
    { "hostname: mx_1.example", "is not a host name" },
    { "rabbitmq-inbox: ../x", "is not a queue name" },
    { "rabbitmq-inbox:", "needs a value" },
    { "queue-directory:", "needs a value" },
    { "application-log: a,b,c,d,e", "has more than 4 targets" },
    { "smtp-check: spf,virus", "has 'virus', not one of: spf, dkim, dmarc, "
                               "spam, arc" },
    { "smtp-check-reject: dkim", "has 'dkim', not one of: dmarc, spf, "
                                 "temperror, spam" },
    { "dsn-ret: full,hdrs", "is not one of: full, hdrs" },
    { "smtp-range: 10.0.0.0/33", "has a prefix longer than the address" },
    { "smtp-proxy: 1", "is not a ';' list of IP ranges" },
    { "rabbitmq-durable: perhaps", "is not a boolean" },
    { "smtp-password: secret\x01", "control character" },
};

static void
test_bad_values(void **state)
{
    struct fixture *f = *state;

    for (size_t i = 0; i < sizeof bad_values / sizeof bad_values[0]; i++) {
        char text[256], expect[128];

        snprintf(text, sizeof text, "# line 1\n%s\n", bad_values[i].line);
        if (load_file(f, text) != 2 || strstr(f->err, bad_values[i].piece) ==
            NULL)
            fail_msg("'%s': got '%s'", bad_values[i].line, f->err);
        snprintf(expect, sizeof expect, "%s:2:", f->path);
        if (strncmp(f->err, expect, strlen(expect)) != 0)
            fail_msg("'%s': '%s' does not start with '%s'",
                     bad_values[i].line, f->err, expect);
    }
}

/* The list settings' messages, whole, for every status their parsers
 * give (settings.c maps each status to its text through one table). */
struct whole_message {
    const char *name;
    const char *value;
    const char *what;
};

static const struct whole_message list_messages[] = {
    { "smtp-port", "25;26", "is not a port list (e.g. 25,2525,1024-1026)" },
    { "smtp-port", "0", "has a port outside 1..65535 or a range whose low "
                        "end is above its high end" },
    { "smtp-port", "30-20", "has a port outside 1..65535 or a range whose "
                            "low end is above its high end" },
    { "smtp-port", "25,25", "has a port twice" },
    { "smtp-port", NULL, "has more than 64 ports" },
    { "smtp-range", "10.0.0.0/33", "has a prefix longer than the address "
                                   "(/32 for IPv4, /128 for IPv6)" },
    { "smtp-range", "10.0.0.0/8,", "is not a ';' list of IP ranges "
                                   "(e.g. 192.168.0.0/16; ::1)" },
    { "smtp-range", NULL, "has more than 64 ranges" },
    { "application-log", "stderr,,syslog", "is not a comma list of stderr, "
                                           "stdout, syslog or file paths" },
    { "application-log", "a,b,c,d,e", "has more than 4 targets" },
};

static void
test_list_messages_whole(void **state)
{
    struct fixture *f = *state;

    for (size_t i = 0; i < sizeof list_messages / sizeof list_messages[0];
         i++) {
        const struct whole_message *m = &list_messages[i];
        char value[1024] = "", text[1200], expect[1400];
        size_t used = 0;

        if (m->value != NULL) {
            snprintf(value, sizeof value, "%s", m->value);
        } else {
            bool ports = strcmp(m->name, "smtp-port") == 0;

            for (int k = 1; k <= 65; k++)
                used += (size_t)snprintf(value + used, sizeof value - used,
                                         ports ? "%s%d" : "%s10.0.%d.0/24",
                                         k > 1 ? (ports ? "," : ";") : "",
                                         k);
        }
        snprintf(text, sizeof text, "# line 1\n%s: %s\n", m->name, value);
        assert_int_equal(load_file(f, text), 2);
        snprintf(expect, sizeof expect, "%s:2: %s: '%.80s%s' %s", f->path,
                 m->name, value, strlen(value) > 80 ? "..." : "", m->what);
        assert_string_equal(f->err, expect);
    }
}

static void
test_bad_values_other_sources(void **state)
{
    struct fixture *f = *state;
    char *env[] = { "MXQ_SMTP_PORT=70000", NULL };
    char *argv[] = { "mxqd", NULL };

    assert_int_equal(load(f, 1, argv, env), 2);
    assert_error(f, "environment MXQ_SMTP_PORT: smtp-port: '70000'");

    char *env2[] = { "MXQ_HOSTNAME=mx\r\n250 evil", NULL };
    assert_int_equal(load(f, 1, argv, env2), 2);
    assert_error(f, "environment MXQ_HOSTNAME: control characters");

    char *cli[] = { "mxqd", "--hostname=mx\r\n250 evil", NULL };
    assert_int_equal(load(f, 2, cli, NULL), 2);
    assert_error(f, "command line: --hostname: control characters");

    char *cli2[] = { "mxqd", "--smtp-timeout", NULL };
    assert_int_equal(load(f, 2, cli2, NULL), 2);
    assert_error(f, "command line: --smtp-timeout needs a value");

    char *cli3[] = { "mxqd", "--smtp-timeout", "--smtp-port=26", NULL };
    assert_int_equal(load(f, 3, cli3, NULL), 2);
    assert_error(f, "--smtp-timeout needs a value");

    char *cli4[] = { "mxqd", "--smtp-timeout=0", NULL };
    assert_int_equal(load(f, 2, cli4, NULL), 2);
    assert_error(f, "command line: smtp-timeout: '0' is out of range");
}

static void
test_duplicates(void **state)
{
    struct fixture *f = *state;
    char expect[128];

    assert_int_equal(load_file(f, "smtp-port: 25\n\nsmtp-port: 26\n"), 2);
    snprintf(expect, sizeof expect,
             "%s:3: smtp-port is already set on line 1", f->path);
    assert_error(f, expect);

    assert_int_equal(load_file(f, "license: a\nlicense: b\n"), 2);
    assert_error(f, "license is already set on line 1");

    char *cli[] = { "mxqd", "--user=a", "--user", "b", NULL };
    assert_int_equal(load(f, 4, cli, NULL), 2);
    assert_error(f, "command line: user is given twice");
}

static void
test_file_problems(void **state)
{
    struct fixture *f = *state;
    char expect[128];
    char *missing[] = { "mxqd", "--config-file=/nonexistent/mxq.conf", NULL };

    assert_int_equal(load(f, 2, missing, NULL), 2);
    assert_error(f, "config file /nonexistent/mxq.conf: No such file");

    char *dir[] = { "mxqd", "--config-file=/tmp", NULL };
    assert_int_equal(load(f, 2, dir, NULL), 2);
    assert_error(f, "not a regular file");

    assert_int_equal(load_file(f, "smtp-port: 25\nsmtp_ip: 1.2.3.4\n"), 2);
    snprintf(expect, sizeof expect,
             "%s:2:5: invalid character in setting name", f->path);
    assert_error(f, expect);

    assert_int_equal(load_file(f, "config-file: /etc/other\n"), 2);
    assert_error(f, "config-file can only be given on the command line");

    char *twice[] = { "mxqd", "--config-file=a", "--config-file=b", NULL };
    assert_int_equal(load(f, 3, twice, NULL), 2);
    assert_error(f, "config-file is given twice");
}

/* ----------------------------------------------- MailerQ-only settings */

static void
test_not_yet_warns_once(void **state)
{
    struct fixture *f = *state;
    char *env[] = { "MXQ_SMTP_CERTIFICATE=/etc/env.crt", NULL };
    char *argv[] = { "mxqd", "--config-file", f->path,
                     "--smtp-certificate=/etc/cli.crt", NULL };

    write_config(f, "smtp-certificate: /etc/mailerq/x.crt\n"
                    "smtp-key:\n"                  /* empty: silent */
                    "smtp-extract: false\n"        /* what mxq does: silent */
                    "smtp-range: 192.168.0.0/16\n"
                    "rabbitmq-durable: true\n"
                    "storage-policy: in\n"
                    "rabbitmq-address: amqp://guest:guest@localhost/\n");
    assert_int_equal(load(f, 4, argv, env), 0);
    assert_string_equal(f->s->smtp_certificate, "/etc/cli.crt");
    assert_int_equal(f->s->smtp_range.count, 1);
    assert_int_equal(f->s->smtp_range.items[0].family, AF_INET);
    assert_int_equal(f->s->smtp_range.items[0].prefix, 16);
    assert_int_equal(count_of(f->stderr_text, "\n"), 1);
    assert_int_equal(count_of(f->stderr_text,
                              "setting storage-policy: not supported yet "
                              "by mxq, ignored\n"), 1);
    /* supported since issue 5 (TLS, trust boundary): no warning */
    assert_int_equal(count_of(f->stderr_text, "setting smtp-certificate:"),
                     0);
    assert_int_equal(count_of(f->stderr_text, "setting smtp-range:"), 0);
    /* supported since the RabbitMQ adapter landed: no warning */
    assert_int_equal(count_of(f->stderr_text, "setting rabbitmq-"), 0);
    assert_int_equal(count_of(f->stderr_text, "smtp-key"), 0);
    assert_int_equal(count_of(f->stderr_text, "smtp-extract"), 0);
}

static void
test_outbound_accepted(void **state)
{
    struct fixture *f = *state;

    assert_int_equal(load_file(f,
        "license: /etc/mailerq/license.txt\n"
        "lock: /tmp/mailerq.pid\n"
        "server-id: 7\n"
        "heartbeat: false\n"
        "rabbitmq-outbox: outbox\n"
        "rabbitmq-results: results\n"
        "rabbitmq-success:\n"
        "rabbitmq-failure: failure\n"
        "rabbitmq-retry: retry\n"
        "rabbitmq-dsn: dsn\n"
        "smtp-connections-out: 75\n"
        "max-delivertime: 86400\n"
        "max-attempts: 0\n"
        "retry-interval: 600,600,1800,1800,3600,3600,7200\n"
        "smtp-sink-address: 0.0.0.0\n"
        "smtp-sink-port: 25\n"
        "www-port: 8485\n"
        "www-auth: hardcoded://admin:secret\n"
        "database-address: mysql://user:pass@localhost/mailerq\n"
        "storage-threads: 4\n"
        "dns-timeout: 60.0\n"
        "dns-buffersize: 1MB\n"
        "send-log-file: /var/log/mailerq/send.log\n"
        "send-log-format: [{$date}] {$email}\n"
        "error-log: /var/log/mailerq/error.log\n"), 0);
    assert_string_equal(f->stderr_text, "");
    assert_int_equal(f->s->text_count, 25);
}

/* The examples of MailerQ's "built-in SMTP server" page, as written. */
static void
test_mailerq_smtp_page(void **state)
{
    struct fixture *f = *state;
    const struct mxqd_settings *s = f->s;

    assert_int_equal(load_file(f,
        "smtp-ip:            1.2.3.4\n"
        "smtp-port:          25,2525,1024-1026\n"
        "smtp-secure-port:   2526\n"
        "smtp-default-ips:       1.2.3.4;4.5.6.7\n"
        "smtp-unmappable-ips:    1.2.3.28/32;1.2.3.5/32\n"
        "smtp-mappable-ips:      1.2.3.0/24;4.5.6.0/24\n"
        "smtp-certificate:   /etc/mailerq/your.domain.com.crt\n"
        "smtp-key:           /etc/mailerq/your.domain.com.key\n"
        "smtp-ciphers:       !aNULL:!eNULL:!LOW:!SSLv2:!EXPORT:!EXPORT56:FIPS:"
        "MEDIUM:HIGH:@STRENGTH\n"
        "smtp-range:         192.168.0.0/16\n"
        "smtp-username:      my_user_name\n"
        "smtp-password:      secret_password\n"
        "rabbitmq-inbox:     outbox\n"
        "rabbitmq-outbox:    outbox\n"
        "rabbitmq-local:     local\n"
        "rabbitmq-reports:   reports\n"
        "smtp-check:         spf,dkim,dmarc,spam\n"
        "smtp-auth-results:  local,nonlocal\n"
        "spamassassin-host:  localhost\n"
        "spamassassin-port:  783\n"
        "smtp-proxy:     192.168.0.0/16\n"
        "smtp-validate-address:  strict\n"
        "smtp-connections:       100\n"
        "smtp-connections-in:    50\n"
        "smtp-connections-out:   75\n"
        "smtp-maxsize:           100MB\n"
        "smtp-threads:           1\n"
        "smtp-extract:       true\n"
        "dsn-advertise: 1\n"
        "dsn-notify: FAILURE\n"
        "dsn-ret: HDRS\n"
        "smtp-timeout: 300\n"
        "smtp-protection: true\n"
        "smtp-auth: hardcoded://username:password\n"), 0);
    assert_string_equal(s->smtp_ip, "1.2.3.4");
    assert_int_equal(s->smtp_port.count, 5);
    assert_int_equal(s->smtp_secure_port.ports[0], 2526);
    assert_int_equal(s->smtp_mappable_ips.count, 2);
    assert_int_equal(s->smtp_check, MXQD_CHECK_SPF | MXQD_CHECK_DKIM |
                                    MXQD_CHECK_DMARC | MXQD_CHECK_SPAM);
    assert_int_equal(s->smtp_auth_results,
                     MXQD_AUTH_RESULTS_LOCAL | MXQD_AUTH_RESULTS_NONLOCAL);
    assert_int_equal(s->dsn_notify, MXQD_NOTIFY_FAILURE);
    assert_int_equal(s->dsn_ret, MXQD_RET_HDRS);
    assert_int_equal(s->spamassassin_port, 783);
    assert_string_equal(s->rabbitmq_inbox, "outbox");
    /* Every setting of the page is supported now: smtp-check with spam,
     * spamassassin-host and -port, smtp-extract, smtp-auth-results,
     * dsn-notify, dsn-ret; smtp-protection too, and without lists it
     * says that it checks nothing. */
    assert_int_equal(count_of(f->stderr_text, "not supported yet by mxq"),
                     0);
    assert_int_equal(count_of(f->stderr_text, "smtp-protection-lists is "
                                              "empty"), 1);
    assert_int_equal(count_of(f->stderr_text, "smtp-check: dmarc"), 0);
    assert_int_equal(count_of(f->stderr_text, "smtp-check: dkim"), 0);
    assert_int_equal(count_of(f->stderr_text, "smtp-check: spf"), 0);
    assert_int_equal(count_of(f->stderr_text, "smtp-connections-out"), 0);
}

/* smtp-check-reject: its words become the engine's bits; one that names
 * a check that does not run is said at start-up. */
static void
test_check_reject(void **state)
{
    struct fixture *f = *state;
    const struct mxqd_settings *s = f->s;

    assert_int_equal(load_file(f, "smtp-check: spf, arc\n"
                                  "smtp-check-reject: dmarc,spf,temperror\n"),
                     0);
    assert_int_equal(s->smtp_check, MXQD_CHECK_SPF | MXQD_CHECK_ARC);
    assert_int_equal(s->smtp_check_reject, MXQD_REJECT_DMARC |
                                           MXQD_REJECT_SPF |
                                           MXQD_REJECT_TEMPERROR);
    assert_int_equal(count_of(f->stderr_text, "smtp-check-reject: dmarc, "
                                              "but smtp-check does not run"),
                     1);
    assert_int_equal(count_of(f->stderr_text, "smtp-check-reject: spf"), 0);
}

/* ------------------------------------------------------------ examples */

static void
test_example_config_loads(void **state)
{
    struct fixture *f = *state;
    char *argv[] = { "mxqd", "--config-file",
                     MXQ_SOURCE_DIR "/mxq.conf.example", NULL };
    const struct mxqd_settings *s = f->s;

    assert_int_equal(load(f, 3, argv, NULL), 0);
    assert_string_equal(f->stderr_text, "");
    assert_string_equal(s->smtp_ip, "127.0.0.1");
    assert_int_equal(s->smtp_port.count, 1);
    assert_int_equal(s->smtp_port.ports[0], 2525);
    assert_string_equal(s->queue_directory, "./queue");
}

/* Pins that --check-config writes an address as the log and the JSON do
 * (mxqd_ip_format, RFC 5952): before, it had inet_ntop's text of its own,
 * which for the IPv4-compatible ::1.2.3.4 differs from the "::102:304" of
 * the JSON's ips. */
static void
test_print_addresses_as_logged(void **state)
{
    struct fixture *f = *state;
    char printed[] = "/tmp/mxq-printed-XXXXXX";
    char text[16384];
    int fd = mkstemp(printed);
    ssize_t n;

    assert_true(fd >= 0);
    unlink(printed);
    assert_int_equal(load_file(f,
        "smtp-range: ::1.2.3.4; ::FFFF:10.0.0.1/120; 2001:DB8:0:0:1::1\n"),
        0);
    mxqd_settings_print(f->s, fd);
    n = pread(fd, text, sizeof text - 1, 0);
    assert_true(n > 0);
    text[n] = '\0';
    close(fd);
    if (strstr(text, "smtp-range: ::102:304; ::ffff:10.0.0.0/120; "
                     "2001:db8::1:0:0:1\n") == NULL)
        fail_msg("%s", text);
}

/* --check-config output is a config file that gives the same settings. */
static void
test_print_round_trip(void **state)
{
    struct fixture *f = *state;
    struct mxqd_settings *first = calloc(1, sizeof *first);
    char printed[] = "/tmp/mxq-printed-XXXXXX";
    char *argv[] = { "mxqd", "--config-file", printed, NULL };
    char text[16384];
    int fd = mkstemp(printed);
    ssize_t n;

    assert_non_null(first);
    assert_true(fd >= 0);
    assert_int_equal(load_file(f,
        "smtp-port: 25, 1024-1026, 2525\n"
        "smtp-ip: ::1\n"
        "smtp-maxsize: 3MB\n"
        "smtp-validate-address: loose\n"
        "application-log: stdout, /var/log/mxq.log\n"
        "smtp-range: 10.1.2.3/8; fe80::1/10\n"
        "smtp-password: hunter2\n"
        "smtp-check: dkim, spf\n"
        "license: /etc/mailerq/license.txt\n"
        "dns-timeout: 60.0\n"), 0);
    memcpy(first, f->s, sizeof *first);
    mxqd_settings_print(first, fd);
    n = pread(fd, text, sizeof text - 1, 0);
    assert_true(n > 0);
    text[n] = '\0';
    close(fd);

    assert_non_null(strstr(text, "smtp-port: 25,1024-1026,2525\n"));
    assert_non_null(strstr(text, "smtp-maxsize: 3MB\n"));
    assert_non_null(strstr(text, "smtp-range: 10.0.0.0/8; fe80::/10\n"));
    assert_non_null(strstr(text, "# smtp-password: (hidden)\n"));
    assert_null(strstr(text, "hunter2"));
    assert_non_null(strstr(text, "smtp-check: spf,dkim\n"));
    assert_non_null(strstr(text, "(MailerQ only: no effect in mxq)\n"
                                 "license: /etc/mailerq/license.txt\n"));
    assert_non_null(strstr(text, "# default\nsmtp-timeout: 300\n"));
    assert_non_null(strstr(text, ":2\nsmtp-ip: ::1\n"));

    assert_int_equal(load(f, 3, argv, NULL), 0);
    unlink(printed);
    assert_string_equal(f->s->smtp_ip, first->smtp_ip);
    assert_memory_equal(&f->s->smtp_port, &first->smtp_port,
                        sizeof first->smtp_port);
    assert_int_equal(f->s->smtp_maxsize, first->smtp_maxsize);
    assert_int_equal(f->s->validate_address, first->validate_address);
    assert_int_equal(f->s->log_target_count, 2);
    assert_string_equal(f->s->application_log[1], "/var/log/mxq.log");
    assert_memory_equal(&f->s->smtp_range, &first->smtp_range,
                        sizeof first->smtp_range);
    assert_string_equal(f->s->smtp_password, ""); /* hidden: not carried */
    assert_int_equal(f->s->smtp_check, first->smtp_check);
    assert_string_equal(f->s->hostname, first->hostname);
    free(first);
}

static void
test_to_engine(void **state)
{
    struct fixture *f = *state;
    struct mxq_config cfg;
    struct mxq_id_source ids;

    assert_int_equal(load_file(f, "hostname: mx.example.net\n"
                                  "rabbitmq-inbox: incoming\n"
                                  "smtp-validate-address: loose\n"
                                  "dsn-advertise: no\n"
                                  "smtp-maxsize: 1MB\n"
                                  "smtp-max-line-length: 1000\n"
                                  "smtp-max-recipients: 150\n"
                                  "smtp-max-errors: 3\n"
                                  "smtp-timeout: 42\n"
                                  "smtp-max-pending-output: 8192\n"
                                  "smtp-extract: authenticated\n"
                                  "smtp-header-max-line: 1000\n"
                                  "smtp-header-max-fields: 60\n"
                                  "smtp-header-max-size: 64KB\n"
                                  "smtp-header-strict: yes\n"), 0);
    memset(&cfg, 0, sizeof cfg);
    cfg.ids = &ids;
    mxqd_settings_to_engine(f->s, &cfg);
    assert_string_equal(cfg.hostname, "mx.example.net");
    assert_string_equal(cfg.inbox_queue, "incoming");
    assert_int_equal(cfg.address_mode, MXQ_ADDRESS_LOOSE);
    assert_false(cfg.dsn_advertise);
    assert_int_equal(cfg.max_message_size, 1024 * 1024);
    assert_int_equal(cfg.max_line_length, 1000);
    assert_int_equal(cfg.max_recipients, 150);
    assert_int_equal(cfg.max_errors, 3);
    assert_int_equal(cfg.timeout, 42);
    assert_int_equal(cfg.max_pending_output, 8192);
    assert_int_equal(cfg.extract, MXQ_EXTRACT_AUTHENTICATED);
    assert_int_equal(cfg.header_max_line, 1000);
    assert_int_equal(cfg.header_max_fields, 60);
    assert_int_equal(cfg.header_max_size, 64 * 1024);
    assert_true(cfg.header_strict);
    /* every word of smtp-extract */
    static const struct {
        const char *word;
        enum mxq_extract mode;
    } words[] = {{"false", MXQ_EXTRACT_OFF}, {"no", MXQ_EXTRACT_OFF},
                 {"off", MXQ_EXTRACT_OFF}, {"0", MXQ_EXTRACT_OFF},
                 {"true", MXQ_EXTRACT_ON}, {"yes", MXQ_EXTRACT_ON},
                 {"on", MXQ_EXTRACT_ON}, {"1", MXQ_EXTRACT_ON},
                 {"authenticated", MXQ_EXTRACT_AUTHENTICATED}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "smtp-extract: %s\n", words[i].word);
        assert_int_equal(load_file(f, text), 0);
        mxqd_settings_to_engine(f->s, &cfg);
        assert_int_equal(cfg.extract, words[i].mode);
    }
}

/* docs/settings.md names every row of the table. */
static void
test_docs_cover_table(void **state)
{
    (void)state;
    FILE *doc = fopen(MXQ_SOURCE_DIR "/docs/settings.md", "r");
    static char text[65536];
    size_t n;

    assert_non_null(doc);
    n = fread(text, 1, sizeof text - 1, doc);
    fclose(doc);
    text[n] = '\0';
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        char quoted[128];

        mxqd_settings_info(i, &info);
        snprintf(quoted, sizeof quoted, "`%s`", info.name);
        if (strstr(text, quoted) == NULL)
            fail_msg("docs/settings.md does not name %s", quoted);
    }
}

/* dsn-notify: NEVER stands alone (RFC 3461 §4.1). */
static void
test_dsn_defaults(void **state)
{
    struct fixture *f = *state;

    assert_int_equal(load_file(f, "dsn-notify: failure, delay\n"
                                  "dsn-ret: HDRS\n"), 0);
    assert_int_equal(f->s->dsn_notify,
                     MXQD_NOTIFY_FAILURE | MXQD_NOTIFY_DELAY);
    struct mxq_config cfg;
    mxq_config_defaults(&cfg);
    mxqd_settings_to_engine(f->s, &cfg);
    assert_int_equal(cfg.dsn_notify,
                     MXQ_DSN_NOTIFY_FAILURE | MXQ_DSN_NOTIFY_DELAY);
    assert_int_equal(cfg.dsn_ret, MXQ_DSN_RET_HDRS);
    assert_int_equal(count_of(f->stderr_text, "not supported yet"), 0);
    assert_int_equal(load_file(f, "dsn-notify: never,failure\n"), 2);
    assert_error(f, "never stands alone");
}

/* MailerQ's older names: read as the newer ones, with a warning; both
 * names in one source are an error, whichever comes first; in different
 * sources the usual precedence holds. */
static void
test_older_names(void **state)
{
    struct fixture *f = *state;

    assert_int_equal(load_file(f, "smtp-defaultips: 192.0.2.1\n"
                                  "smtp-privatekey: /etc/mxq/key.pem\n"
                                  "smtp-ranges: 10.0.0.0/8; 192.168.0.0/16\n"),
                     0);
    assert_int_equal(f->s->smtp_default_ips.count, 1);
    assert_string_equal(f->s->smtp_key, "/etc/mxq/key.pem");
    assert_int_equal(f->s->smtp_range.count, 2);
    assert_int_equal(count_of(f->stderr_text, "an older name, read as"), 3);
    assert_int_equal(count_of(f->stderr_text, "setting smtp-ranges: an older "
                                              "name, read as smtp-range"), 1);

    assert_int_equal(load_file(f, "smtp-range: 10.0.0.0/8\n"
                                  "smtp-ranges: 192.168.0.0/16\n"), 2);
    assert_error(f, "smtp-ranges and smtp-range are one setting");
    assert_int_equal(load_file(f, "smtp-defaultip: 192.0.2.1\n"
                                  "smtp-default-ips: 192.0.2.2\n"), 2);
    assert_error(f, "smtp-defaultip and smtp-default-ips are one setting");
    assert_int_equal(load_file(f, "smtp-defaultip: 192.0.2.1\n"
                                  "smtp-defaultips: 192.0.2.2\n"), 2);
    assert_error(f, "smtp-defaultips and smtp-default-ips are one setting");

    /* the command line's newer name wins over the file's older one */
    char *argv[] = { "mxqd", "--config-file", f->path, "--smtp-key",
                     "/cli.pem", NULL };
    write_config(f, "smtp-privatekey: /file.pem\n");
    assert_int_equal(load(f, 5, argv, NULL), 0);
    assert_string_equal(f->s->smtp_key, "/cli.pem");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_defaults, setup, teardown),
        cmocka_unit_test_setup_teardown(test_older_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dsn_defaults, setup, teardown),
        cmocka_unit_test_setup_teardown(test_precedence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_config_file_from_env, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_cli_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_help_version, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_names, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list_messages_whole, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_bad_values_other_sources, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_duplicates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_file_problems, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_yet_warns_once, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_outbound_accepted, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_check_reject, setup, teardown),
        cmocka_unit_test_setup_teardown(test_mailerq_smtp_page, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_example_config_loads, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_print_addresses_as_logged, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_print_round_trip, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_to_engine, setup, teardown),
        cmocka_unit_test(test_docs_cover_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
