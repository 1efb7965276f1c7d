/*
 * Throughput of each generated parser over a realistic mix, in MB/s and
 * items/s. Usage: bench_grammars [--quick]
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <dirent.h>

#include "address.h"
#include "data.h"
#include "mime_header.h"
#include "smtp_command.h"
#include "utf8.h"

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static volatile uint64_t sink_total; /* keeps the work from being elided */

static void report(const char *name, double secs, uint64_t bytes,
                   uint64_t items, const char *unit)
{
    printf("%-22s %9.1f MB/s %12.0f %s/s\n", name, bytes / secs / 1e6,
           items / secs, unit);
}

/* A session's worth of commands, as clients send them. */
static const char *const command_mix[] = {
    "EHLO mail-yw1-f170.google.com\r\n",
    "MAIL FROM:<bounces+1234-abcd-user=example.org@em123.sendgrid.net> SIZE=48213 BODY=8BITMIME\r\n",
    "RCPT TO:<user@example.org>\r\n",
    "RCPT TO:<someone.else@sub.example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;someone.else@sub.example.org\r\n",
    "DATA\r\n",
    "BDAT 65536 LAST\r\n",
    "RSET\r\n",
    "NOOP\r\n",
    "QUIT\r\n",
};

static const char *const address_mix[] = {
    "<user@example.org>",
    "<bounces+1234-abcd-user=example.org@em123.sendgrid.net>",
    "<first.last@mail.sub.example.co.uk>",
    "<\"quoted local\"@example.com>",
    "<@relay.example:user@[192.0.2.1]>",
    "<postmaster@[IPv6:2001:db8::1]>",
    "<>",
};

static void bench_commands(double budget)
{
    size_t n = sizeof command_mix / sizeof command_mix[0];
    size_t lens[16];
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(command_mix[i]);
    uint64_t bytes = 0, items = 0;
    double start = seconds_now(), now;
    do {
        for (int r = 0; r < 10000; r++)
            for (size_t i = 0; i < n; i++) {
                struct mxq_command c;
                sink_total += mxq_parse_command(command_mix[i], lens[i], &c);
                bytes += lens[i];
                items++;
            }
        now = seconds_now();
    } while (now - start < budget);
    report("smtp_command", now - start, bytes, items, "commands");
}

static void bench_addresses(double budget)
{
    size_t n = sizeof address_mix / sizeof address_mix[0];
    size_t lens[16];
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(address_mix[i]);
    uint64_t bytes = 0, items = 0;
    double start = seconds_now(), now;
    do {
        for (int r = 0; r < 10000; r++)
            for (size_t i = 0; i < n; i++) {
                struct mxq_address a;
                sink_total += mxq_parse_path(address_mix[i], lens[i],
                                             MXQ_ADDR_ALLOW_NULL, &a);
                bytes += lens[i];
                items++;
            }
        now = seconds_now();
    } while (now - start < budget);
    report("address (strict)", now - start, bytes, items, "addresses");
}

/* A 1 MB message of 76-octet lines, some dot-stuffed. */
static char *make_message(size_t *len)
{
    size_t cap = 1 << 20;
    char *m = malloc(cap + 8);
    size_t n = 0;
    int line = 0;
    while (n + 78 <= cap) {
        char c = (line % 50 == 0) ? '.' : (char)('A' + line % 26);
        memset(m + n, c, 76);
        for (int k = 8; k < 76; k += 9)
            m[n + k] = ' ';
        m[n + 76] = '\r';
        m[n + 77] = '\n';
        n += 78;
        line++;
    }
    memcpy(m + n, ".\r\n", 3);
    *len = n + 3;
    return m;
}

static void count_sink(void *ctx, const char *p, size_t n)
{
    (void)p;
    *(uint64_t *)ctx += n;
}

static void bench_data(double budget)
{
    size_t len;
    char *m = make_message(&len);
    uint64_t bytes = 0, items = 0, content = 0;
    double start = seconds_now(), now;
    do {
        struct mxq_data_scanner sc;
        bool done;
        mxq_data_init(&sc);
        bytes += mxq_data_scan(&sc, m, len, count_sink, &content, &done);
        items++;
        now = seconds_now();
    } while (now - start < budget);
    sink_total += content;
    report("data (DATA body)", now - start, bytes, items, "messages");

    bytes = items = 0;
    start = seconds_now();
    do {
        struct mxq_data_scanner sc;
        mxq_lines_init(&sc);
        mxq_lines_check(&sc, m, len);
        sink_total += sc.bare_lf;
        bytes += len;
        items++;
        now = seconds_now();
    } while (now - start < budget);
    report("lines (BDAT check)", now - start, bytes, items, "chunks");

    bytes = items = 0;
    start = seconds_now();
    do {
        sink_total += mxq_utf8_valid(m, len);
        bytes += len;
        items++;
        now = seconds_now();
    } while (now - start < budget);
    report("utf8", now - start, bytes, items, "messages");

    bytes = items = 0;
    start = seconds_now();
    do {
        for (size_t off = 0; off < len;) {
            size_t l = mxq_line_length(m + off, len - off);
            if (l == 0)
                break;
            off += l;
            items++;
        }
        bytes += len;
        now = seconds_now();
    } while (now - start < budget);
    report("line framing", now - start, bytes, items, "lines");
    free(m);
}

/* ------------------------------------------------------ header sections */

struct corpus {
    char *text;                    /* the header sections, one after another */
    size_t len, cap;
    size_t starts[4096];           /* where each begins */
    size_t count;
};

/* Appends the header section of the message in `path`, LF line ends made
 * CRLF as mail has them on the wire. */
static void add_header_section(struct corpus *c, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL || c->count == sizeof c->starts / sizeof c->starts[0]) {
        if (f)
            fclose(f);
        return;
    }
    c->starts[c->count++] = c->len;
    int ch, prev = 0;
    while ((ch = fgetc(f)) != EOF) {
        if (c->len + 2 >= c->cap)
            c->text = realloc(c->text, c->cap = c->cap ? 2 * c->cap : 1 << 20);
        if (ch == '\n' && prev != '\r')
            c->text[c->len++] = '\r';
        c->text[c->len++] = (char)ch;
        size_t l = c->len;
        if (l >= 4 && memcmp(c->text + l - 4, "\r\n\r\n", 4) == 0)
            break;
        prev = ch;
    }
    fclose(f);
}

static void add_dir(struct corpus *c, const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name), k = strlen(suffix);
        if (n < k || strcmp(e->d_name + n - k, suffix) != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        add_header_section(c, path);
    }
    closedir(d);
}

static void count_field(void *ctx, const struct mxq_header_field *f)
{
    *(uint64_t *)ctx += f->name_len;
}

/* The header scanner over real header sections: mail-parser's messages,
 * sisimai's DSNs, dkimpy's and Mail::DKIM's signed messages. */
static void bench_headers(double budget)
{
    static struct corpus c;
    add_dir(&c, MXQ_CONFORMANCE_DIR "/mail-parser/eml/rfc", ".eml");
    add_dir(&c, MXQ_CONFORMANCE_DIR "/mail-parser/eml/malformed", ".eml");
    add_dir(&c, MXQ_CONFORMANCE_DIR "/sisimai-dsn", ".eml");
    add_dir(&c, MXQ_CONFORMANCE_DIR "/dkimpy", ".msg");
    add_dir(&c, MXQ_CONFORMANCE_DIR "/perl-mail-dkim", ".txt");
    if (c.count == 0) {
        printf("%-22s (no corpus under %s)\n", "header sections",
               MXQ_CONFORMANCE_DIR);
        return;
    }
    static const struct mxq_header_limits limits = {8192, 1000, 256 * 1024};
    uint64_t bytes = 0, items = 0, names = 0;
    double start = seconds_now(), now;
    do {
        for (size_t i = 0; i < c.count; i++) {
            size_t end = i + 1 < c.count ? c.starts[i + 1] : c.len;
            struct mxq_header_scanner sc;
            mxq_header_init(&sc, &limits);
            mxq_header_scan(&sc, c.text + c.starts[i], end - c.starts[i],
                            count_field, &names, NULL);
            mxq_header_finish(&sc, count_field, &names);
            items += sc.fields;
        }
        bytes += c.len;
        now = seconds_now();
    } while (now - start < budget);
    sink_total += names;
    char name[40];
    snprintf(name, sizeof name, "headers (%zu msgs)", c.count);
    report(name, now - start, bytes, items, "fields");
}

int main(int argc, char **argv)
{
    double budget = (argc > 1 && strcmp(argv[1], "--quick") == 0) ? 0.2 : 2.0;
    printf("grammar throughput (%.1f s each; goal >= 1000 MB/s)\n", budget);
    bench_commands(budget);
    bench_addresses(budget);
    bench_data(budget);
    bench_headers(budget);
    return sink_total == 42 ? 1 : 0;
}
