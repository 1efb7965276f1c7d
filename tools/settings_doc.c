/*
 * settings_doc: the documentation that is made from the settings table
 * (adapters/settings_table.c), so that names, types, defaults and
 * meanings have one source.
 *
 *   settings_doc mxqd.8             the mxqd(8) man page, on stdout
 *   settings_doc mxq.conf.5         the mxq.conf(5) man page, on stdout
 *   settings_doc markdown FILE      FILE (docs/settings.md) with every
 *                                   table between
 *                                   <!-- settings-table: NAME ... -->
 *                                   and <!-- /settings-table -->
 *                                   made again from the rows of those
 *                                   settings, on stdout
 *
 * man/ holds the pages as made; `cmake --build build --target docs` makes
 * them again and ci/check-docs.sh (test docs_fresh) fails when they are
 * stale. Exit status 0, or 1 with a message on stderr (a part of the
 * table that names no row, a type this program does not describe).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mxq/mxq.h>

#include "settings.h"

/* ------------------------------------------------------------- troff */

/* Text for a troff line: backslashes and minus signs escaped (option and
 * setting names must stay ASCII hyphen-minus when copied), a control
 * character at the start of a line neutralised. */
static void
roff(const char *text)
{
    for (const char *p = text; *p != '\0'; p++) {
        switch (*p) {
        case '\\': fputs("\\e", stdout); break;
        case '-': fputs("\\-", stdout); break;
        case '\n':
            putchar('\n');
            if (p[1] == '.' || p[1] == '\'')
                fputs("\\&", stdout);
            break;
        default:
            if (p == text && (*p == '.' || *p == '\''))
                fputs("\\&", stdout);
            putchar(*p);
        }
    }
}

/* One paragraph of text: a line of its own; `code` (Markdown's, as the
 * table's meanings write it) in bold. */
static void
para(const char *text)
{
    char part[1024];
    bool code = false;

    for (const char *p = text; *p != '\0';) {
        size_t n = strcspn(p, "`");
        if (n >= sizeof part)
            n = sizeof part - 1;
        memcpy(part, p, n);
        part[n] = '\0';
        fputs(code ? "\\fB" : "", stdout);
        roff(part);
        fputs(code ? "\\fR" : "", stdout);
        p += n;
        if (*p == '`') {
            code = !code;
            p++;
        }
    }
    putchar('\n');
}

static void
bold(const char *text)
{
    fputs("\\fB", stdout);
    roff(text);
    fputs("\\fR", stdout);
}

static void
italic(const char *text)
{
    fputs("\\fI", stdout);
    roff(text);
    fputs("\\fR", stdout);
}

/* ------------------------------------------------------- value types */

/* Every type name the table uses (mxqd_type_name()), with its syntax. */
static const struct {
    const char *type, *syntax;
} types[] = {
    { "boolean", "true or false, yes or no, on or off, 1 or 0, in any "
                 "case" },
    { "number", "decimal digits; each setting has its range" },
    { "size", "digits, optional blanks and an optional unit B, K or KB, "
              "M or MB, G or GB, T or TB, in any case. The units are "
              "binary: 1KB is 1024 bytes, 1MB 1024 KB" },
    { "seconds", "seconds with up to three decimals, e.g. 2.0 or 0.25" },
    { "port list", "ports 1..65535 and ranges low-high, separated by "
                   "commas, at most 64 ports: 25,2525,1024-1026" },
    { "IP range list", "IPv4 or IPv6 addresses, each with an optional "
                       "/prefix, separated by ';': 192.168.0.0/16; ::1. "
                       "At most 64 ranges" },
    { "IP address", "one IPv4 or IPv6 address, no prefix" },
    { "host name", "labels of letters, digits and inner hyphens, 1..63 "
                   "each, 253 in all: mx1.example.com" },
    { "DNS zone list", "host names separated by commas" },
    { "strict or loose", "one of the two words" },
    { "queue name", "1..255 of A-Z a-z 0-9 . _ : -, not starting with "
                    "a dot (queue names are also directory names of the "
                    "file queue)" },
    { "keyword list", "a comma list of the keywords the setting takes, in "
                      "any case" },
    { "keyword", "one of the keywords the setting takes" },
    { "log targets", "a comma list of at most 4 of stderr, stdout, syslog "
                     "or file paths" },
    { "text", "anything up to the end of the line" },
};

static const char *
type_syntax(const char *type)
{
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(types[i].type, type) == 0)
            return types[i].syntax;
    return NULL;
}

/* A size as written in a config file: the largest unit that divides it. */
static void
size_text(uint64_t bytes, char *out, size_t n)
{
    static const char *const units[] = { "TB", "GB", "MB", "KB" };

    for (int u = 0; u < 4; u++) {
        uint64_t unit = UINT64_C(1) << (10 * (4 - u));
        if (bytes != 0 && bytes % unit == 0) {
            snprintf(out, n, "%llu%s", (unsigned long long)(bytes / unit),
                     units[u]);
            return;
        }
    }
    snprintf(out, n, "%llu", (unsigned long long)bytes);
}

/* The type with its range, when it has one: "number 1..256",
 * "size 1KB..1GB", "seconds 0.01..60". */
static const char *
type_text(const struct mxqd_setting_info *info)
{
    static char text[128];
    char lo[32], hi[32];

    if (strcmp(info->type, "number") == 0 && info->max != 0 &&
        !(info->min == 0 && info->max == UINT32_MAX)) {
        snprintf(text, sizeof text, "number %llu..%llu",
                 (unsigned long long)info->min,
                 (unsigned long long)info->max);
    } else if (strcmp(info->type, "size") == 0 && info->max != 0) {
        size_text(info->min, lo, sizeof lo);
        size_text(info->max, hi, sizeof hi);
        snprintf(text, sizeof text, "size %s..%s", lo, hi);
    } else if (strcmp(info->type, "seconds") == 0 && info->max != 0) {
        snprintf(text, sizeof text, "seconds %g..%g",
                 (double)info->min / 1000, (double)info->max / 1000);
    } else {
        snprintf(text, sizeof text, "%s", info->type);
    }
    return text;
}

/* ------------------------------------------------------------ checks */

/* The table is what this program can describe: every part it is grouped
 * by names a row, every type has its syntax here. */
static bool
table_ok(void)
{
    const char *missing = mxqd_settings_section_missing();
    bool ok = true;

    if (missing != NULL) {
        fprintf(stderr, "settings_doc: the part of the table that starts at "
                "'%s' names no setting: fix sections[] in "
                "adapters/settings_table.c\n", missing);
        ok = false;
    }
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (type_syntax(info.type) == NULL) {
            fprintf(stderr, "settings_doc: setting %s: type '%s' is not "
                    "described in tools/settings_doc.c\n", info.name,
                    info.type);
            ok = false;
        }
    }
    return ok;
}

/* A setting that has effect, under its own name (not an older one). */
static bool
is_current(const struct mxqd_setting_info *info)
{
    return info->status == MXQD_SUPPORTED && info->alias_of == NULL;
}

/* ---------------------------------------------------------- mxq.conf.5 */

static void
header(const char *title, const char *section, const char *manual)
{
    printf(".\\\" Made by tools/settings_doc from adapters/settings_table.c;"
           " do not edit.\n");
    printf(".\\\" cmake --build build --target docs makes it again.\n");
    printf(".TH %s %s \"\" \"mxq %s\" \"%s\"\n", title, section, MXQ_VERSION,
           manual);
    puts(".nh");  /* setting names are not to be hyphenated */
}

/* ".TP" with "name (type; default X)" and the meaning. */
static void
setting_entry(const struct mxqd_setting_info *info, bool as_option)
{
    puts(".TP");
    if (as_option) {
        fputs("\\fB\\-\\-", stdout);
        roff(info->name);
        fputs("\\fR ", stdout);
        italic(type_text(info));
        putchar('\n');
    } else {
        bold(info->name);
        fputs(" (", stdout);
        italic(type_text(info));
        fputs("; default ", stdout);
        if (info->def[0] != '\0')
            bold(info->def);
        else
            fputs("empty", stdout);
        fputs(")\n", stdout);
    }
    para(info->meaning);
    if (as_option && info->def[0] != '\0') {
        fputs(".br\nDefault: ", stdout);
        bold(info->def);
        fputs(".\n", stdout);
    }
}

/* The parts of the table, in order, that have at least one row wanted. */
static void
each_section(void (*emit)(const char *title, void *ctx), void *ctx,
             bool (*wanted)(const struct mxqd_setting_info *))
{
    const char *last = NULL;

    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (!wanted(&info))
            continue;
        if (last == NULL || strcmp(last, info.section) != 0) {
            emit(info.section, ctx);
            last = info.section;
        }
    }
}

static void
conf_section(const char *title, void *ctx)
{
    (void)ctx;
    printf(".SS \"%s\"\n", title);
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (is_current(&info) && strcmp(info.section, title) == 0)
            setting_entry(&info, false);
    }
}

static void
mxq_conf_5(void)
{
    header("MXQ.CONF", "5", "File Formats");
    puts(".SH NAME");
    puts("mxq.conf \\- configuration of mxqd, the mxq SMTP receiver");
    puts(".SH SYNOPSIS");
    puts(".B /etc/mxq/mxq.conf");
    puts(".SH DESCRIPTION");
    para("mxqd(8) reads MailerQ's configuration format and MailerQ's "
         "setting names, so that the SMTP part of a MailerQ config.txt "
         "works unchanged. mxqd reads the file named by --config-file (or "
         "by the environment variable MXQ_CONFIG_FILE); it reads no file "
         "unless told to. The Debian package's unit starts it with "
         "/etc/mxq/mxq.conf.");
    puts(".PP");
    para("From lowest to highest precedence a setting comes from the "
         "defaults below, the file, the environment (MXQ_ and the name in "
         "upper case with - as _: MXQ_SMTP_PORT=2525) and the command line "
         "(--smtp-port 2525). Within one source a setting may be given "
         "once. mxqd --check-config prints the effective settings, each "
         "after a comment that says where it came from; the output loads "
         "again as a config file.");
    puts(".SS Syntax");
    puts(".IP \\(bu 2");
    para("One name: value per line. Names are lower case, [a-z0-9][a-z0-9-]*. "
         "Blanks before the name, around the colon and around the value "
         "are not part of it.");
    puts(".IP \\(bu 2");
    para("The value runs to the end of the line and may be empty, which "
         "means \"not set\". A # inside a value is part of the value.");
    puts(".IP \\(bu 2");
    para("Lines whose first non-blank character is # are comments; blank "
         "lines are ignored. Lines end in LF or CRLF. A UTF-8 byte order "
         "mark at the start is skipped. Control characters other than TAB "
         "are refused, and files larger than 1 MB.");
    puts(".IP \\(bu 2");
    para("A setting whose default is empty may be set to empty. One with "
         "a non-empty default needs a value, except application-log, where "
         "empty means no log.");
    puts(".IP \\(bu 2");
    para("A name mxqd does not know stops it with exit status 2 and the "
         "file and line; so does a bad value.");
    puts(".SS Values");
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        puts(".TP");
        italic(types[i].type);
        putchar('\n');
        para(types[i].syntax);
    }
    puts(".SH SETTINGS");
    para("Every setting that has effect in this version of mxq, with its "
         "type and default, grouped by subject.");
    each_section(conf_section, NULL, is_current);

    puts(".SH OLDER NAMES");
    para("Older MailerQ configs use these names. Each is read as the newer "
         "one, with a warning on stderr at start-up; both names in one "
         "source are an error.");
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (info.alias_of == NULL)
            continue;
        puts(".TP");
        bold(info.name);
        putchar('\n');
        fputs("read as ", stdout);
        bold(info.alias_of);
        putchar('\n');
    }

    puts(".SH NOT SUPPORTED YET");
    para("Read and checked, but without effect: a value that would change "
         "something gets one line on stderr at start-up. A name ending in "
         "* stands for every name with that prefix.");
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (info.status != MXQD_NOT_YET)
            continue;
        puts(".TP");
        bold(info.name);
        putchar('\n');
        para(info.meaning);
    }

    puts(".SH MAILERQ ONLY");
    para("MailerQ's sending side and MailerQ's own machinery. Accepted "
         "without a check and without a word, so that a MailerQ config "
         "file loads, and without effect in mxq:");
    bool first = true;
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (info.status != MXQD_OUTBOUND)
            continue;
        if (!first)
            fputs(",\n", stdout);
        bold(info.name);
        first = false;
    }
    puts(".");

    puts(".SH FILES");
    puts(".TP");
    puts(".I /etc/mxq/mxq.conf");
    para("the configuration the Debian package installs (a conffile) and "
         "its unit reads");
    puts(".TP");
    puts(".I /usr/share/doc/mxq/examples/mxq.conf.example");
    para("a small example, for a start without root on 127.0.0.1:2525");
    puts(".SH SEE ALSO");
    puts(".BR mxqd (8),");
    para("settings.md in /usr/share/doc/mxq (docs/settings.md in the "
         "source), which says more about each part.");
}

/* -------------------------------------------------------------- mxqd.8 */

static void
option_section(const char *title, void *ctx)
{
    (void)ctx;
    printf(".SS \"%s\"\n", title);
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (is_current(&info) && strcmp(info.section, title) == 0)
            setting_entry(&info, true);
    }
}

static void
mxqd_8(void)
{
    header("MXQD", "8", "System Administration");
    puts(".SH NAME");
    puts("mxqd \\- inbound SMTP receiver storing MailerQ JSON documents");
    puts(".SH SYNOPSIS");
    puts("\\fBmxqd\\fR [\\fB\\-\\-config\\-file\\fR \\fIpath\\fR] "
         "[\\fB\\-\\-check\\-config\\fR] "
         "[\\fB\\-\\-\\fIname\\fR \\fIvalue\\fR ...]");
    puts(".br");
    puts("\\fBmxqd \\-\\-help\\fR | \\fB\\-\\-version\\fR");
    puts(".SH DESCRIPTION");
    para("mxqd accepts mail over SMTP and turns every accepted message into "
         "one JSON document per recipient, in MailerQ's inbound format. It "
         "stores them in its file queue (queue-directory, one directory per "
         "queue with tmp/ and new/, one JSON document per line of each "
         ".jsonl file in new/) or publishes them to RabbitMQ "
         "(rabbitmq-address). A client gets 250 only once every document of "
         "its message is durable.");
    puts(".PP");
    para("mxqd runs in the foreground and logs to the application-log "
         "targets (stderr by default: the journal under systemd). With "
         "user set it binds its ports first and then switches to that "
         "user. Under systemd (Type=notify) it says READY=1 on "
         "$NOTIFY_SOCKET once it accepts connections, and STOPPING=1 when "
         "it stops.");
    puts(".SH OPTIONS");
    puts(".TP");
    puts("\\fB\\-\\-config\\-file\\fR \\fIpath\\fR");
    para("the config file, mxq.conf(5). Only on the command line or as "
         "MXQ_CONFIG_FILE; without it mxqd reads no file.");
    puts(".TP");
    puts(".B \\-\\-check\\-config");
    para("load everything as at start (the certificate and key, the "
         "password and local-address files, the received log's template), "
         "print the effective settings on stdout, and exit: 0, or 2 with "
         "the reason on stderr. Secrets are printed as comment lines.");
    puts(".TP");
    puts(".B \\-\\-help");
    para("the usage and the supported settings, exit 0.");
    puts(".TP");
    puts(".B \\-\\-version");
    para("mxqd and its version, exit 0.");
    puts(".PP");
    para("Every setting of mxq.conf(5) is also an option, --name value or "
         "--name=value, and overrides the file and the environment. A "
         "boolean given alone (--dsn-advertise) means true. A value that "
         "starts with -- is given as --name=--value. The settings:");
    each_section(option_section, NULL, is_current);

    puts(".SH ENVIRONMENT");
    puts(".TP");
    puts(".B MXQ_CONFIG_FILE");
    para("the config file, as --config-file.");
    puts(".TP");
    puts(".B MXQ_\\fINAME\\fR");
    para("a setting: MXQ_ and its name in upper case with - as _ "
         "(MXQ_SMTP_PORT=2525). Above the file, below the command line. A "
         "variable that starts with MXQ_ but names no setting is an error.");
    puts(".TP");
    puts(".B NOTIFY_SOCKET");
    para("set by systemd for a Type=notify service: where READY=1 and "
         "STOPPING=1 are sent (a path, or an abstract name starting "
         "with @).");
    puts(".SH SIGNALS");
    puts(".TP");
    puts(".BR SIGTERM \", \" SIGINT");
    para("stop accepting at once; every idle client gets 421 4.3.2 right "
         "away; a client in the middle of a message may finish it and gets "
         "its reply (the 250 once the message is durable), then the 421. "
         "After 10 seconds of grace whatever is still open is closed. Exit "
         "status 0.");
    puts(".TP");
    puts(".B SIGHUP");
    para("reopen the application-log and received-log-file files (for "
         "logrotate), read smtp-local-addresses again, and reload the "
         "configuration, whole or not at all: the certificate, key and "
         "ciphers for new TLS sessions; the message, check, limit, access "
         "and credential settings for new sessions and connections. A "
         "change to the listeners, threads, user, queue directory, "
         "rabbitmq-*, dns-*, spamd's address, smtp-ipv6-prefix or the log "
         "targets needs a restart: the reload is refused and the log says "
         "why. systemctl reload mxqd sends it.");
    puts(".SH FILES");
    puts(".TP");
    puts(".I /etc/mxq/mxq.conf");
    para("the configuration of the packaged service, mxq.conf(5).");
    puts(".TP");
    puts(".I /var/lib/mxq/queue");
    para("its file queue (StateDirectory=mxq of the unit): inbox/new/*.jsonl "
         "and the other queues' directories. A consumer claims a file by "
         "renaming it out of new/.");
    puts(".TP");
    puts(".I /lib/systemd/system/mxqd.service");
    para("the systemd unit: mxqd as user mxq, with CAP_NET_BIND_SERVICE "
         "only, for port 25.");
    puts(".SH EXIT STATUS");
    puts(".TP");
    puts(".B 0");
    para("stopped by SIGTERM or SIGINT, or --check-config, --help or "
         "--version done.");
    puts(".TP");
    puts(".B 1");
    para("could not start or go on: a port that cannot be bound, a queue "
         "directory that cannot be opened, ... (said in the log, and on "
         "stderr unless the log is there).");
    puts(".TP");
    puts(".B 2");
    para("bad configuration: one line on stderr, where and what is wrong "
         "(/etc/mxq/mxq.conf:12: unknown setting 'smtp-prot').");
    puts(".SH EXAMPLES");
    puts(".nf");
    puts("mxqd \\-\\-config\\-file /etc/mxq/mxq.conf \\-\\-check\\-config");
    puts("mxqd \\-\\-config\\-file /etc/mxq/mxq.conf \\-\\-smtp\\-port 2525 "
         "\\-\\-smtp\\-threads 4");
    puts("systemctl reload mxqd");
    puts(".fi");
    puts(".SH SEE ALSO");
    puts(".BR mxq.conf (5),");
    puts(".BR systemd.service (5),");
    para("README.md, settings.md, rabbitmq.md and checks.md in "
         "/usr/share/doc/mxq.");
}

/* ------------------------------------------------ docs/settings.md tables */

/* A Markdown table cell: '|' escaped. */
static void
cell(const char *text)
{
    for (const char *p = text; *p != '\0'; p++) {
        if (*p == '|')
            putchar('\\');
        putchar(*p);
    }
}

/* The row of one setting, as docs/settings.md's tables have it. */
static bool
markdown_row(const char *name)
{
    for (size_t i = 0; i < mxqd_settings_count(); i++) {
        struct mxqd_setting_info info;
        mxqd_settings_info(i, &info);
        if (strcmp(info.name, name) != 0)
            continue;
        fputs("| `", stdout);
        cell(info.name);
        fputs("` | ", stdout);
        cell(type_text(&info));
        fputs(" | ", stdout);
        if (info.def[0] != '\0') {
            putchar('`');
            cell(info.def);
            putchar('`');
        } else {
            fputs("empty", stdout);
        }
        fputs(" | ", stdout);
        cell(info.meaning);
        if (info.secret)
            fputs(" (never shown by --check-config)", stdout);
        fputs(" |\n", stdout);
        return true;
    }
    return false;
}

/* FILE with each table between the markers made again: the opening
 * marker names the settings of the table, in its order, blank-separated,
 * on one line or more up to its "-->":
 *   <!-- settings-table: smtp-ip smtp-port -->
 *   (made: the header and a row per setting)
 *   <!-- /settings-table -->
 * Everything outside the markers is copied as it is. */
static int
markdown(const char *path)
{
    static const char open_mark[] = "<!-- settings-table:";
    static const char close_mark[] = "<!-- /settings-table -->";
    FILE *in = fopen(path, "r");
    char line[8192];
    enum { OUTSIDE, NAMES, TABLE } where = OUTSIDE;
    unsigned lineno = 0, opened = 0;
    static char wanted[16384];  /* the names of the marker being read */
    size_t used = 0;

    if (in == NULL) {
        perror(path);
        return 1;
    }
    while (fgets(line, sizeof line, in) != NULL) {
        lineno++;
        if (where == TABLE) {
            if (strncmp(line, close_mark, sizeof close_mark - 1) == 0) {
                fputs(line, stdout);
                where = OUTSIDE;
            }
            continue;  /* the old rows: made again */
        }
        fputs(line, stdout);
        char *names = line;
        if (where == OUTSIDE) {
            if (strncmp(line, open_mark, sizeof open_mark - 1) != 0)
                continue;
            names += sizeof open_mark - 1;
            where = NAMES;
            opened = lineno;
        }
        char *end = strstr(names, "-->");
        if (end != NULL)
            *end = '\0';
        size_t len = strlen(names);
        if (used + len + 2 > sizeof wanted) {
            fprintf(stderr, "%s:%u: settings-table: too many names\n", path,
                    opened);
            fclose(in);
            return 1;
        }
        memcpy(wanted + used, names, len);
        used += len;
        wanted[used++] = ' ';
        wanted[used] = '\0';
        if (end == NULL)
            continue;
        /* The marker is whole: its table. */
        size_t rows = 0;
        for (char *name = strtok(wanted, " \t\r\n"); name != NULL;
             name = strtok(NULL, " \t\r\n")) {
            if (rows++ == 0)
                puts("| Setting | Type | Default | Meaning |\n"
                     "|---|---|---|---|");
            if (!markdown_row(name)) {
                fprintf(stderr, "%s:%u: settings-table: no setting is "
                        "called '%s'\n", path, opened, name);
                fclose(in);
                return 1;
            }
        }
        if (rows == 0) {
            fprintf(stderr, "%s:%u: settings-table names no setting\n",
                    path, opened);
            fclose(in);
            return 1;
        }
        used = 0;
        where = TABLE;
    }
    fclose(in);
    if (where != OUTSIDE) {
        fprintf(stderr, "%s:%u: settings-table not closed by %s\n", path,
                opened, close_mark);
        return 1;
    }
    return 0;
}

int
main(int argc, char **argv)
{
    if (!table_ok())
        return 1;
    if (argc == 2 && strcmp(argv[1], "mxqd.8") == 0)
        mxqd_8();
    else if (argc == 2 && strcmp(argv[1], "mxq.conf.5") == 0)
        mxq_conf_5();
    else if (argc == 3 && strcmp(argv[1], "markdown") == 0)
        return markdown(argv[2]);
    else {
        fprintf(stderr, "usage: settings_doc mxqd.8 | mxq.conf.5 | "
                "markdown FILE\n");
        return 1;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
