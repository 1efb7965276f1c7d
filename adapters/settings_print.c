/*
 * --check-config and --help: the effective settings and the usage text.
 * The settings come out in config-file syntax, each after a comment that
 * says where its value came from, so that the output loads again.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "access.h"
#include "settings.h"
#include "settings_table.h"

/* Formats into a fixed buffer; output that does not fit is cut short. */
struct text {
    char buf[8192];
    size_t used;
};

static void
put(struct text *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
put(struct text *t, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (t->used >= sizeof t->buf)
        return;
    va_start(ap, fmt);
    n = vsnprintf(t->buf + t->used, sizeof t->buf - t->used, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->used += (size_t)n;
    if (t->used >= sizeof t->buf)
        t->used = sizeof t->buf - 1;
}

static void
put_size(struct text *t, uint64_t v)
{
    static const char *const units[] = { "GB", "MB", "KB" };
    static const unsigned shifts[] = { 30, 20, 10 };

    for (size_t i = 0; i < 3; i++) {
        if (v != 0 && v % (UINT64_C(1) << shifts[i]) == 0) {
            put(t, "%llu%s", (unsigned long long)(v >> shifts[i]), units[i]);
            return;
        }
    }
    put(t, "%llu", (unsigned long long)v);
}

/* Runs of consecutive ports come out as ranges: 25,1024-1026. */
static void
put_ports(struct text *t, const struct mxqd_port_list *l)
{
    for (size_t i = 0; i < l->count;) {
        size_t j = i;

        while (j + 1 < l->count && l->ports[j + 1] == l->ports[j] + 1)
            j++;
        put(t, "%s%u", i ? "," : "", l->ports[i]);
        if (j > i)
            put(t, "-%u", l->ports[j]);
        i = j + 1;
    }
}

static void
put_cidrs(struct text *t, const struct mxqd_cidr_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        const struct mxqd_cidr *c = &l->items[i];
        struct mxqd_ip ip = { .family = c->family };
        char addr[INET6_ADDRSTRLEN];
        unsigned full = c->family == AF_INET ? 32 : 128;

        memcpy(ip.addr, c->addr, sizeof ip.addr);
        mxqd_ip_format(&ip, addr, sizeof addr);
        put(t, "%s%s", i ? "; " : "", addr);
        if (c->prefix != full)
            put(t, "/%u", c->prefix);
    }
}

static void
put_words(struct text *t, const struct mxqd_setting *row, unsigned bits)
{
    bool first = true;

    if (row->type == TYPE_CHOICE) {
        if (bits > 0)
            put(t, "%s", row->words[bits - 1]);
        return;
    }
    for (size_t i = 0; row->words[i] != NULL; i++) {
        if (bits & (1u << i)) {
            put(t, "%s%s", first ? "" : ",", row->words[i]);
            first = false;
        }
    }
}

static void
put_field(struct text *t, const struct mxqd_settings *s,
          const struct mxqd_setting *row)
{
    const void *f = (const char *)s + row->offset;

    switch (row->type) {
    case TYPE_TEXT:
    case TYPE_IP:
    case TYPE_HOSTNAME:
    case TYPE_QUEUE:
        put(t, "%s", (const char *)f);
        break;
    case TYPE_BOOL:
        put(t, "%s", *(const bool *)f ? "true" : "false");
        break;
    case TYPE_UINT:
        if (*(const uint32_t *)f != 0 || row->def[0] != '\0')
            put(t, "%u", *(const uint32_t *)f);
        break;
    case TYPE_SIZE:
        put_size(t, *(const uint64_t *)f);
        break;
    case TYPE_ZONES: {
        const struct mxqd_zone_list *z = f;
        for (size_t i = 0; i < z->count; i++)
            put(t, "%s%s", i ? ", " : "", z->zones[i]);
        break;
    }
    case TYPE_SECONDS:
        put(t, "%u.%03u", *(const uint32_t *)f / 1000,
            *(const uint32_t *)f % 1000);
        break;
    case TYPE_PORTS:
        put_ports(t, f);
        break;
    case TYPE_CIDRS:
        put_cidrs(t, f);
        break;
    case TYPE_VALIDATE:
        put(t, "%s", *(const enum mxq_address_mode *)f == MXQ_ADDRESS_LOOSE ?
                     "loose" : "strict");
        break;
    case TYPE_WORDS:
    case TYPE_CHOICE:
        put_words(t, row, *(const unsigned *)f);
        break;
    case TYPE_LOG_TARGETS:
        for (size_t i = 0; i < s->log_target_count; i++)
            put(t, "%s%s", i ? "," : "", s->application_log[i]);
        break;
    }
}

static void
put_origin(struct text *t, const struct mxqd_settings *s,
           enum mxqd_origin origin, unsigned line, const char *name,
           size_t name_len, enum mxqd_status status)
{
    put(t, "# ");
    switch (origin) {
    case MXQD_ORIGIN_DEFAULT:
        put(t, "default");
        break;
    case MXQD_ORIGIN_FILE:
        put(t, "%s:%u", s->config_file, line);
        break;
    case MXQD_ORIGIN_ENV:
        put(t, "environment MXQ_");
        for (size_t i = 0; i < name_len; i++)
            put(t, "%c", name[i] == '-' ? '_' :
                (name[i] >= 'a' && name[i] <= 'z') ? name[i] - 'a' + 'A' :
                name[i]);
        break;
    case MXQD_ORIGIN_CLI:
        put(t, "command line");
        break;
    }
    if (status == MXQD_NOT_YET)
        put(t, " (not supported yet by mxq: ignored)");
    else if (status == MXQD_OUTBOUND)
        put(t, " (MailerQ only: no effect in mxq)");
    put(t, "\n");
}

static void
flush(struct text *t, int fd)
{
    size_t done = 0;

    while (done < t->used) {
        ssize_t n = write(fd, t->buf + done, t->used - done);

        if (n <= 0)
            break;
        done += (size_t)n;
    }
    t->used = 0;
}

void
mxqd_settings_print(const struct mxqd_settings *s, int fd)
{
    struct text t = { .used = 0 };
    struct text *out = &t;

    put(out, "# mxqd %s: effective settings\n", MXQ_VERSION);
    if (s->config_file[0] != '\0')
        put(out, "# config file: %s\n", s->config_file);
    flush(out, fd);
    for (size_t r = 0; r < mxqd_setting_rows; r++) {
        const struct mxqd_setting *row = &mxqd_setting_table[r];
        struct text value = { .used = 0 };

        if (row->offset == NO_FIELD)
            continue;
        if (row->status != MXQD_SUPPORTED &&
            s->origin[r] == MXQD_ORIGIN_DEFAULT)
            continue;
        put_origin(out, s, s->origin[r], s->origin_line[r], row->name,
                   strlen(row->name), row->status);
        put_field(&value, s, row);
        if ((row->flags & FLAG_SECRET) && value.used > 0)
            put(out, "# %s: (hidden)\n", row->name);
        else
            put(out, "%s:%s%.*s\n", row->name, value.used ? " " : "",
                (int)value.used, value.buf);
        flush(out, fd);
    }
    for (size_t i = 0; i < s->text_count; i++) {
        const struct mxqd_text_setting *x = &s->text[i];
        const struct mxqd_setting *row = &mxqd_setting_table[x->row];
        const char *name = s->text_pool + x->name_at;

        put_origin(out, s, x->origin, x->line, name, x->name_len,
                   row->status);
        if ((row->flags & FLAG_SECRET) && x->value_len > 0)
            put(out, "# %.*s: (hidden)\n", (int)x->name_len, name);
        else
            put(out, "%.*s:%s%.*s\n", (int)x->name_len, name,
                x->value_len ? " " : "", (int)x->value_len,
                s->text_pool + x->value_at);
        flush(out, fd);
    }
}

void
mxqd_settings_usage(int fd)
{
    struct text t = { .used = 0 };

    put(&t,
        "usage: mxqd [--config-file PATH] [--check-config] "
        "[--NAME VALUE | --NAME=VALUE]...\n"
        "       mxqd --help | --version\n"
        "\n"
        "Settings come from (later wins): defaults, the config file of\n"
        "--config-file (or MXQ_CONFIG_FILE), environment variables\n"
        "MXQ_NAME (MXQ_SMTP_PORT=2525), and --NAME options. The config file\n"
        "has one 'name: value' per line and '#' comment lines.\n"
        "--check-config loads everything, prints the effective settings\n"
        "and exits. All settings: docs/settings.md.\n"
        "\n"
        "Settings in effect in this version:\n");
    flush(&t, fd);
    for (size_t r = 0; r < mxqd_setting_rows; r++) {
        const struct mxqd_setting *row = &mxqd_setting_table[r];

        if (row->status != MXQD_SUPPORTED)
            continue;
        put(&t, "  --%-24s %s", row->name, mxqd_type_name(row->type));
        if (row->type == TYPE_UINT)
            put(&t, " %llu..%llu", (unsigned long long)row->min,
                (unsigned long long)row->max);
        put(&t, " (default: %s)\n", row->def[0] ? row->def : "empty");
        put(&t, "  %-26s %s\n", "", row->meaning);
        flush(&t, fd);
    }
}
