/*
 * Loading mxqd's settings: defaults, then the config file named by
 * --config-file (or MXQ_CONFIG_FILE), then MXQ_* environment variables,
 * then --name value / --name=value options; a later source wins. Within
 * one source a setting may appear once. Every piece of text is read by
 * the machines of grammar/config.rl; this file only routes the results.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "public_suffix.h"
#include "settings.h"
#include "settings_table.h"

/* Where the value being set comes from, for origins and messages. */
struct source {
    enum mxqd_origin origin;
    const char *file;         /* MXQD_ORIGIN_FILE */
    unsigned line;
    const char *env;          /* MXQD_ORIGIN_ENV: the variable's name */
    size_t env_len;
};

struct error_buf {
    char *text;
    size_t len;
};

static int
fail(struct error_buf *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
fail(struct error_buf *e, const char *fmt, ...)
{
    va_list ap;

    if (e->len > 0) {
        va_start(ap, fmt);
        vsnprintf(e->text, e->len, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* "file:line", "environment MXQ_X" or "command line". */
static void
where(const struct source *src, char *buf, size_t len)
{
    switch (src->origin) {
    case MXQD_ORIGIN_FILE:
        snprintf(buf, len, "%s:%u", src->file, src->line);
        break;
    case MXQD_ORIGIN_ENV:
        snprintf(buf, len, "environment %.*s", (int)src->env_len, src->env);
        break;
    case MXQD_ORIGIN_CLI:
        snprintf(buf, len, "command line");
        break;
    case MXQD_ORIGIN_DEFAULT:
        snprintf(buf, len, "built-in default");
        break;
    }
}

/* Values are quoted in messages, shortened so that a line stays a line. */
#define QUOTE_MAX 80
#define QUOTE(v) (int)((v).n > QUOTE_MAX ? QUOTE_MAX : (v).n), (v).p, \
                 ((v).n > QUOTE_MAX ? "..." : "")

static int
bad_value(struct error_buf *e, const struct source *src,
          const struct mxqd_setting *row, struct mxq_slice name,
          struct mxq_slice value, const char *what)
{
    char at[4200];

    where(src, at, sizeof at);
    if (row->flags & FLAG_SECRET)
        return fail(e, "%s: %.*s: %s", at, (int)name.n, name.p, what);
    return fail(e, "%s: %.*s: '%.*s%s' %s", at, (int)name.n, name.p,
                QUOTE(value), what);
}

static bool
slice_is(struct mxq_slice s, const char *word)
{
    return strlen(word) == s.n && strncasecmp(s.p, word, s.n) == 0;
}

/* ------------------------------------------------------- value parsing */

/* Scratch for values that are checked but have no field to go to. */
union scratch {
    struct mxqd_port_list ports;
    struct mxqd_cidr_list cidrs;
    uint64_t size;
    uint32_t number;
    bool flag;
};

static int
copy_text(struct error_buf *e, const struct source *src,
          const struct mxqd_setting *row, struct mxq_slice name,
          struct mxq_slice value, char *dst)
{
    char what[64];

    if (dst == NULL)
        return 0;
    if (value.n >= row->size) {
        snprintf(what, sizeof what, "is too long (at most %zu bytes)",
                 row->size - 1);
        return bad_value(e, src, row, name, value, what);
    }
    memcpy(dst, value.p, value.n);
    dst[value.n] = '\0';
    return 0;
}

/* A comma list of DNS zones, each a host name, kept one by one. */
static int
parse_zones(struct error_buf *e, const struct source *src,
            const struct mxqd_setting *row, struct mxq_slice name,
            struct mxq_slice value, struct mxqd_zone_list *out)
{
    struct mxq_slice zones[MXQ_DNSBL_ZONES_MAX];
    size_t count;

    switch (mxq_cfg_parse_list(value.p, value.n, zones, MXQ_DNSBL_ZONES_MAX,
                               &count)) {
    case MXQ_CFG_OK:
        break;
    case MXQ_CFG_TOO_MANY:
        return bad_value(e, src, row, name, value, "names more than 8 zones");
    default:
        return bad_value(e, src, row, name, value,
                         "is not a comma-separated list of zones");
    }
    for (size_t i = 0; i < count; i++) {
        if (mxq_cfg_parse_hostname(zones[i].p, zones[i].n) != MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "holds a zone that is not a host name");
        /* a host name is at most 253 octets */
        memcpy(out->zones[i], zones[i].p, zones[i].n);
        out->zones[i][zones[i].n] = '\0';
    }
    out->count = count;
    return 0;
}

static int
parse_number(struct error_buf *e, const struct source *src,
             const struct mxqd_setting *row, struct mxq_slice name,
             struct mxq_slice value, uint64_t *out)
{
    enum mxq_cfg_status st;
    char what[128];

    if (row->type == TYPE_SIZE)
        st = mxq_cfg_parse_size(value.p, value.n, out);
    else if (row->type == TYPE_SECONDS)
        st = mxq_cfg_parse_millis(value.p, value.n, out);
    else
        st = mxq_cfg_parse_uint(value.p, value.n, out);
    if (st == MXQ_CFG_SYNTAX)
        return bad_value(e, src, row, name, value,
                         row->type == TYPE_SIZE ?
                         "is not a size (e.g. 100MB, 512KB, 2048)" :
                         row->type == TYPE_SECONDS ?
                         "is not a number of seconds (e.g. 3, 2.5)" :
                         "is not a whole number");
    if (st != MXQ_CFG_OK || *out < row->min || *out > row->max) {
        if (row->type == TYPE_SECONDS)
            snprintf(what, sizeof what, "is out of range (%.3f..%.3f "
                     "seconds, at most three decimals)",
                     (double)row->min / 1000, (double)row->max / 1000);
        else
            snprintf(what, sizeof what, "is out of range (%llu..%llu%s)",
                     (unsigned long long)row->min,
                     (unsigned long long)row->max,
                     row->type == TYPE_SIZE ? " bytes" : "");
        return bad_value(e, src, row, name, value, what);
    }
    return 0;
}

/* What a value parser's status means for one kind of setting: the message
 * for each status but MXQ_CFG_OK, indexed by status. A status a kind has
 * no message for gets its MXQ_CFG_SYNTAX message. */
#define STATUS_TEXTS (MXQ_CFG_DUPLICATE + 1)
typedef const char *status_texts[STATUS_TEXTS];

static const status_texts port_texts = {
    [MXQ_CFG_SYNTAX] = "is not a port list (e.g. 25,2525,1024-1026)",
    [MXQ_CFG_RANGE] = "has a port outside 1..65535 or a range whose "
                      "low end is above its high end",
    [MXQ_CFG_TOO_MANY] = "has more than 64 ports",
    [MXQ_CFG_DUPLICATE] = "has a port twice",
};

static const status_texts cidr_texts = {
    [MXQ_CFG_SYNTAX] = "is not a ';' list of IP ranges "
                       "(e.g. 192.168.0.0/16; ::1)",
    [MXQ_CFG_RANGE] = "has a prefix longer than the address "
                      "(/32 for IPv4, /128 for IPv6)",
    [MXQ_CFG_TOO_MANY] = "has more than 64 ranges",
};

static const status_texts log_target_texts = {
    [MXQ_CFG_SYNTAX] = "is not a comma list of stderr, stdout, syslog "
                       "or file paths",
    [MXQ_CFG_TOO_MANY] = "has more than 4 targets",
};

/* 0 for MXQ_CFG_OK, else bad_value with the kind's message for st. */
static int
check_status(struct error_buf *e, const struct source *src,
             const struct mxqd_setting *row, struct mxq_slice name,
             struct mxq_slice value, enum mxq_cfg_status st,
             const status_texts texts)
{
    const char *what = texts[MXQ_CFG_SYNTAX];

    if (st == MXQ_CFG_OK)
        return 0;
    if ((unsigned)st < STATUS_TEXTS && texts[st] != NULL)
        what = texts[st];
    return bad_value(e, src, row, name, value, what);
}

static int
parse_ports(struct error_buf *e, const struct source *src,
            const struct mxqd_setting *row, struct mxq_slice name,
            struct mxq_slice value, struct mxqd_port_list *out)
{
    return check_status(e, src, row, name, value,
                        mxq_cfg_parse_ports(value.p, value.n, out->ports,
                                            MXQD_MAX_PORTS, &out->count),
                        port_texts);
}

static int
parse_cidrs(struct error_buf *e, const struct source *src,
            const struct mxqd_setting *row, struct mxq_slice name,
            struct mxq_slice value, struct mxqd_cidr_list *out)
{
    struct mxq_cfg_cidr items[MXQD_MAX_CIDRS];
    size_t count = 0;

    if (check_status(e, src, row, name, value,
                     mxq_cfg_parse_cidrs(value.p, value.n, items,
                                         MXQD_MAX_CIDRS, &count),
                     cidr_texts) < 0)
        return -1;
    out->count = count;
    for (size_t i = 0; i < count; i++) {
        out->items[i].family = items[i].family == 4 ? AF_INET : AF_INET6;
        memcpy(out->items[i].addr, items[i].addr, sizeof items[i].addr);
        out->items[i].prefix = items[i].prefix;
    }
    return 0;
}

/* words[] of the row, for messages: "spf, dkim, dmarc, spam". */
static void
word_list(const struct mxqd_setting *row, char *buf, size_t len)
{
    size_t used = 0;

    buf[0] = '\0';
    for (size_t i = 0; row->words[i] != NULL && used < len; i++)
        used += (size_t)snprintf(buf + used, len - used, "%s%s",
                                 i ? ", " : "", row->words[i]);
}

static int
parse_words(struct error_buf *e, const struct source *src,
            const struct mxqd_setting *row, struct mxq_slice name,
            struct mxq_slice value, unsigned *out)
{
    struct mxq_slice items[16];
    size_t count = 0;
    char allowed[128], what[256];

    word_list(row, allowed, sizeof allowed);
    if (mxq_cfg_parse_list(value.p, value.n, items, 16, &count) !=
        MXQ_CFG_OK || (row->type == TYPE_CHOICE && count > 1)) {
        snprintf(what, sizeof what, "is not %s of: %s",
                 row->type == TYPE_CHOICE ? "one" : "a comma list",
                 allowed);
        return bad_value(e, src, row, name, value, what);
    }
    *out = 0;
    for (size_t i = 0; i < count; i++) {
        size_t w = 0;

        while (row->words[w] != NULL && !slice_is(items[i], row->words[w]))
            w++;
        if (row->words[w] == NULL) {
            snprintf(what, sizeof what, "has '%.*s%s', not one of: %s",
                     QUOTE(items[i]), allowed);
            return bad_value(e, src, row, name, value, what);
        }
        *out |= row->type == TYPE_CHOICE ? (unsigned)w + 1 : 1u << w;
    }
    if ((row->flags & FLAG_FIRST_ALONE) && (*out & 1u) && *out != 1u) {
        snprintf(what, sizeof what, "has %s with other words: %s stands "
                 "alone", row->words[0], row->words[0]);
        return bad_value(e, src, row, name, value, what);
    }
    return 0;
}

static int
parse_log_targets(struct error_buf *e, const struct source *src,
                  const struct mxqd_setting *row, struct mxq_slice name,
                  struct mxq_slice value, struct mxqd_settings *s)
{
    struct mxq_slice items[MXQD_MAX_LOG_TARGETS];
    size_t count = 0;

    if (check_status(e, src, row, name, value,
                     mxq_cfg_parse_list(value.p, value.n, items,
                                        MXQD_MAX_LOG_TARGETS, &count),
                     log_target_texts) < 0)
        return -1;
    for (size_t i = 0; i < count; i++) {
        if (items[i].n >= sizeof s->application_log[i])
            return bad_value(e, src, row, name, value,
                             "has a path of 1024 bytes or more");
        memcpy(s->application_log[i], items[i].p, items[i].n);
        s->application_log[i][items[i].n] = '\0';
    }
    s->log_target_count = count;
    return 0;
}

/* Reads value by the row's type into dst (the field, or scratch when the
 * row has none; char fields are then only checked). */
static int
parse_value(struct mxqd_settings *s, const struct mxqd_setting *row,
            struct mxq_slice name, struct mxq_slice value,
            const struct source *src, void *dst, bool has_field,
            struct error_buf *e)
{
    uint64_t number = 0;
    char *text = has_field ? dst : NULL;
    struct mxq_cfg_cidr ip;
    enum mxq_cfg_validate mode;

    switch (row->type) {
    case TYPE_TEXT:
        return copy_text(e, src, row, name, value, text);
    case TYPE_BOOL:
        if (value.n == 0) {
            *(bool *)dst = false;
            return 0;
        }
        if (mxq_cfg_parse_bool(value.p, value.n, dst) != MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "is not a boolean (true/false, yes/no, on/off, "
                             "1/0)");
        return 0;
    case TYPE_UINT:
    case TYPE_SIZE:
    case TYPE_SECONDS:
        if (value.n > 0 && parse_number(e, src, row, name, value, &number))
            return -1;
        if (row->type == TYPE_SIZE)
            *(uint64_t *)dst = number;
        else
            *(uint32_t *)dst = (uint32_t)number;
        return 0;
    case TYPE_PORTS:
        return parse_ports(e, src, row, name, value, dst);
    case TYPE_CIDRS:
        return parse_cidrs(e, src, row, name, value, dst);
    case TYPE_IP:
        if (value.n > 0 && mxq_cfg_parse_ip(value.p, value.n, &ip) !=
            MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "is not an IPv4 or IPv6 address");
        return copy_text(e, src, row, name, value, text);
    case TYPE_HOSTNAME:
        if (value.n > 0 && mxq_cfg_parse_hostname(value.p, value.n) !=
            MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "is not a host name (letters, digits, inner "
                             "hyphens, dots; labels of 1..63)");
        return copy_text(e, src, row, name, value, text);
    case TYPE_ZONES:
        return parse_zones(e, src, row, name, value, dst);
    case TYPE_QUEUE:
        if (value.n > 0 && mxq_cfg_parse_queue_name(value.p, value.n) !=
            MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "is not a queue name (1..255 of A-Z a-z 0-9 "
                             ". _ : -, not starting with a dot)");
        return copy_text(e, src, row, name, value, text);
    case TYPE_VALIDATE:
        if (mxq_cfg_parse_validate(value.p, value.n, &mode) != MXQ_CFG_OK)
            return bad_value(e, src, row, name, value,
                             "is not strict or loose");
        *(enum mxq_address_mode *)dst = mode == MXQ_CFG_VALIDATE_LOOSE ?
            MXQ_ADDRESS_LOOSE : MXQ_ADDRESS_STRICT;
        return 0;
    case TYPE_WORDS:
    case TYPE_CHOICE:
        return parse_words(e, src, row, name, value, dst);
    case TYPE_LOG_TARGETS:
        return parse_log_targets(e, src, row, name, value, s);
    }
    return bad_value(e, src, row, name, value, "has an unknown type");
}

/* ------------------------------------------------------ text settings */

static struct mxqd_text_setting *
find_text(struct mxqd_settings *s, struct mxq_slice name)
{
    for (size_t i = 0; i < s->text_count; i++) {
        struct mxqd_text_setting *t = &s->text[i];

        if (t->name_len == name.n &&
            memcmp(s->text_pool + t->name_at, name.p, name.n) == 0)
            return t;
    }
    return NULL;
}

static bool
pool_add(struct mxqd_settings *s, struct mxq_slice text, uint16_t *at,
         uint16_t *len)
{
    if (text.n > MXQD_TEXT_POOL - s->text_pool_used)
        return false;
    memcpy(s->text_pool + s->text_pool_used, text.p, text.n);
    *at = (uint16_t)s->text_pool_used;
    *len = (uint16_t)text.n;
    s->text_pool_used += text.n;
    return true;
}

static int
keep_text(struct mxqd_settings *s, size_t row, struct mxq_slice name,
          struct mxq_slice value, const struct source *src,
          struct error_buf *e)
{
    struct mxqd_text_setting *t = find_text(s, name);
    char at[4200];

    where(src, at, sizeof at);
    if (t == NULL) {
        if (s->text_count == MXQD_MAX_TEXT_ONLY)
            return fail(e, "%s: more than %d MailerQ-only settings",
                        at, MXQD_MAX_TEXT_ONLY);
        t = &s->text[s->text_count];
        memset(t, 0, sizeof *t);
        t->row = (uint16_t)row;
        if (!pool_add(s, name, &t->name_at, &t->name_len))
            return fail(e, "%s: settings too long in all", at);
        s->text_count++;
    }
    if (!pool_add(s, value, &t->value_at, &t->value_len))
        return fail(e, "%s: settings too long in all", at);
    t->origin = src->origin;
    t->line = src->line;
    return 0;
}

/* ------------------------------------------------------ one assignment */

static int
already_set(struct error_buf *e, const struct source *src,
            struct mxq_slice name, unsigned first_line)
{
    char at[4200];

    where(src, at, sizeof at);
    if (src->origin == MXQD_ORIGIN_FILE)
        return fail(e, "%s: %.*s is already set on line %u", at,
                    (int)name.n, name.p, first_line);
    return fail(e, "%s: %.*s is given twice", at, (int)name.n, name.p);
}

/* Both names of one setting in one source. */
static int
both_names(struct error_buf *e, const struct source *src, const char *older,
           const char *newer)
{
    char at[4200];

    where(src, at, sizeof at);
    return fail(e, "%s: %s and %s are one setting (%s is its older name): "
                "give only %s", at, older, newer, older, newer);
}

/* The older name that set row r from this source, or NULL. */
static const char *
alias_used(const struct mxqd_settings *s, size_t r, enum mxqd_origin origin)
{
    for (size_t a = 0; a < mxqd_setting_rows; a++) {
        const char *to = mxqd_setting_table[a].alias_of;
        if (to != NULL && strcmp(to, mxqd_setting_table[r].name) == 0 &&
            s->origin[a] == origin)
            return mxqd_setting_table[a].name;
    }
    return NULL;
}

static int
set_value(struct mxqd_settings *s, size_t r, struct mxq_slice name,
          struct mxq_slice value, const struct source *src,
          struct error_buf *e);

/* An older name: the value goes to the newer one, and the warning says so
 * at the end (warn_not_yet). */
static int
set_alias(struct mxqd_settings *s, size_t r, struct mxq_slice name,
          struct mxq_slice value, const struct source *src,
          struct error_buf *e)
{
    const char *to = mxqd_setting_table[r].alias_of;
    int target = mxqd_setting_find(to, strlen(to));

    if (target < 0)
        return fail(e, "setting %s: no setting %s", mxqd_setting_table[r].name,
                    to);
    if (s->origin[target] == src->origin && s->origin[r] != src->origin)
        return both_names(e, src, mxqd_setting_table[r].name, to);
    if (set_value(s, (size_t)target, name, value, src, e) != 0)
        return -1;
    s->origin[r] = src->origin;
    s->origin_line[r] = src->line;
    return 0;
}

static int
set_value(struct mxqd_settings *s, size_t r, struct mxq_slice name,
          struct mxq_slice value, const struct source *src,
          struct error_buf *e)
{
    const struct mxqd_setting *row = &mxqd_setting_table[r];
    bool has_field = row->offset != NO_FIELD;

    if (row->alias_of != NULL)
        return set_alias(s, r, name, value, src, e);
    const char *older = src->origin != MXQD_ORIGIN_DEFAULT
                            ? alias_used(s, r, src->origin) : NULL;
    if (older != NULL && s->origin[r] == src->origin &&
        strncmp(name.p, row->name, name.n) == 0 && row->name[name.n] == '\0')
        return both_names(e, src, older, row->name);
    union scratch scratch;
    void *dst = has_field ? (char *)s + row->offset : (void *)&scratch;

    if (src->origin != MXQD_ORIGIN_DEFAULT) {
        if (has_field && s->origin[r] == src->origin)
            return already_set(e, src, name, s->origin_line[r]);
        if (!has_field) {
            const struct mxqd_text_setting *t = find_text(s, name);

            if (t != NULL && t->origin == src->origin)
                return already_set(e, src, name, t->line);
        }
    }
    if (value.n == 0 && row->def[0] != '\0' && !(row->flags & FLAG_EMPTY_OK))
        return bad_value(e, src, row, name, value,
                         "needs a value (it has no 'unset')");
    if (has_field)
        memset(dst, 0, row->size);
    if (row->type == TYPE_LOG_TARGETS)
        s->log_target_count = 0;
    if (parse_value(s, row, name, value, src, dst, has_field, e) != 0)
        return -1;
    if (!has_field)
        return keep_text(s, r, name, value, src, e);
    s->origin[r] = src->origin;
    s->origin_line[r] = src->line;
    return 0;
}

static int
unknown(struct error_buf *e, const struct source *src, struct mxq_slice name)
{
    char at[4200];

    where(src, at, sizeof at);
    if (src->origin == MXQD_ORIGIN_CLI)
        return fail(e, "%s: unknown option --%.*s (see --help)", at,
                    (int)name.n, name.p);
    return fail(e, "%s: unknown setting '%.*s' (see docs/settings.md)", at,
                (int)name.n, name.p);
}

/* -------------------------------------------------------------- sources */

static int
set_defaults(struct mxqd_settings *s, struct error_buf *e)
{
    const struct source src = { .origin = MXQD_ORIGIN_DEFAULT };

    for (size_t r = 0; r < mxqd_setting_rows; r++) {
        const struct mxqd_setting *row = &mxqd_setting_table[r];
        struct mxq_slice name = { row->name, strlen(row->name) };
        struct mxq_slice value = { row->def, strlen(row->def) };

        if (row->offset != NO_FIELD &&
            set_value(s, r, name, value, &src, e) != 0)
            return -1;
    }
    return 0;
}

struct file_ctx {
    struct mxqd_settings *s;
    struct source src;
    struct error_buf *e;
};

static int
on_file_entry(void *ctx, const struct mxq_cfg_entry *entry)
{
    struct file_ctx *f = ctx;
    int row = mxqd_setting_find(entry->name.p, entry->name.n);

    f->src.line = entry->line;
    if (slice_is(entry->name, "config-file")) {
        fail(f->e, "%s:%u: config-file can only be given on the command "
             "line or as MXQ_CONFIG_FILE", f->src.file, entry->line);
        return 1;
    }
    if (row < 0) {
        unknown(f->e, &f->src, entry->name);
        return 1;
    }
    if (set_value(f->s, (size_t)row, entry->name, entry->value, &f->src,
                  f->e) != 0)
        return 1;
    return 0;
}

/* Reads the whole file (at most MXQD_MAX_CONFIG_FILE bytes) into a new
 * buffer. */
static char *
read_file(const char *path, size_t *len, struct error_buf *e)
{
    struct stat st;
    char *buf = NULL;
    size_t used = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        fail(e, "config file %s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(e, "config file %s: not a regular file", path);
        goto out;
    }
    if (st.st_size > MXQD_MAX_CONFIG_FILE) {
        fail(e, "config file %s: larger than %d bytes", path,
             MXQD_MAX_CONFIG_FILE);
        goto out;
    }
    buf = malloc((size_t)st.st_size + 1);
    if (buf == NULL) {
        fail(e, "config file %s: out of memory", path);
        goto out;
    }
    for (;;) {
        ssize_t got = read(fd, buf + used, (size_t)st.st_size + 1 - used);

        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            fail(e, "config file %s: %s", path, strerror(errno));
            free(buf);
            buf = NULL;
            goto out;
        }
        if (got == 0)
            break;
        used += (size_t)got;
        if (used > (size_t)st.st_size) {
            fail(e, "config file %s: changed while being read", path);
            free(buf);
            buf = NULL;
            goto out;
        }
    }
    *len = used;
out:
    close(fd);
    return buf;
}

static int
load_file(struct mxqd_settings *s, struct error_buf *e)
{
    struct file_ctx ctx = { .s = s, .e = e,
        .src = { .origin = MXQD_ORIGIN_FILE, .file = s->config_file } };
    struct mxq_cfg_syntax_error syntax;
    size_t len = 0;
    char *buf = read_file(s->config_file, &len, e);
    int rc;

    if (buf == NULL)
        return -1;
    rc = mxq_cfg_parse_file(buf, len, on_file_entry, &ctx, &syntax);
    free(buf);
    if (rc == -1)
        return fail(e, "%s:%u:%u: %s", s->config_file, syntax.line,
                    syntax.column, syntax.what);
    return rc == 0 ? 0 : -1;
}

static int
set_config_file(struct mxqd_settings *s, struct mxq_slice value,
                const struct source *src, struct error_buf *e)
{
    char at[4200];

    where(src, at, sizeof at);
    if (value.n == 0)
        return fail(e, "%s: config-file needs a path", at);
    if (value.n >= sizeof s->config_file)
        return fail(e, "%s: config-file path too long", at);
    memcpy(s->config_file, value.p, value.n);
    s->config_file[value.n] = '\0';
    return 0;
}

/* Runs over envp. With apply false, only MXQ_CONFIG_FILE is taken. */
static int
walk_env(struct mxqd_settings *s, char **envp, bool apply,
         struct error_buf *e)
{
    for (size_t i = 0; envp != NULL && envp[i] != NULL; i++) {
        const char *entry = envp[i];
        const char *eq = memchr(entry, '=', strlen(entry));
        struct source src = { .origin = MXQD_ORIGIN_ENV, .env = entry,
                              .env_len = eq ? (size_t)(eq - entry)
                                            : strlen(entry) };
        char name_buf[64], at[4200];
        struct mxq_slice name, raw, value;
        bool ours = false;
        enum mxq_cfg_status st;
        int row;

        st = mxq_cfg_parse_env(entry, strlen(entry), &ours, name_buf,
                               sizeof name_buf, &name.n, &raw);
        if (!ours)
            continue;
        name.p = name_buf;
        where(&src, at, sizeof at);
        if (st != MXQ_CFG_OK)
            return fail(e, "%s: not a setting name (MXQ_ and then upper "
                        "case letters, digits and _)", at);
        if (mxq_cfg_parse_text(raw.p, raw.n, &value) != MXQ_CFG_OK)
            return fail(e, "%s: control characters in the value", at);
        if (slice_is(name, "config-file")) {
            if (!apply && s->config_file[0] == '\0' &&
                set_config_file(s, value, &src, e) != 0)
                return -1;
            continue;
        }
        if (!apply)
            continue;
        row = mxqd_setting_find(name.p, name.n);
        if (row < 0)
            return unknown(e, &src, name);
        if (set_value(s, (size_t)row, name, value, &src, e) != 0)
            return -1;
    }
    return 0;
}

enum cli_pass { CLI_CHECK, CLI_APPLY };
enum { CLI_OK = 0, CLI_ERROR = -1, CLI_HELP = 1, CLI_VERSION = 2 };

/* Runs over argv. CLI_CHECK reads the flags and --config-file and refuses
 * unknown names; CLI_APPLY sets the settings. */
static int
walk_cli(struct mxqd_settings *s, int argc, char **argv, enum cli_pass pass,
         struct error_buf *e)
{
    const struct source src = { .origin = MXQD_ORIGIN_CLI };
    bool config_file_seen = false;

    for (int i = 1; i < argc; i++) {
        struct mxq_slice name, value, trimmed;
        bool has_value;
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        int row;

        if (mxq_cfg_parse_option(argv[i], strlen(argv[i]), &name, &value,
                                 &has_value) != MXQ_CFG_OK)
            return fail(e, "command line: '%.*s%s' is not an option "
                        "(--name value or --name=value)",
                        QUOTE(((struct mxq_slice){ argv[i],
                                                   strlen(argv[i]) })));
        if (slice_is(name, "help") || slice_is(name, "version") ||
            slice_is(name, "check-config")) {
            if (has_value)
                return fail(e, "command line: --%.*s takes no value",
                            (int)name.n, name.p);
            if (pass == CLI_CHECK && slice_is(name, "help"))
                return CLI_HELP;
            if (pass == CLI_CHECK && slice_is(name, "version"))
                return CLI_VERSION;
            s->check_config = true;
            continue;
        }
        row = slice_is(name, "config-file") ? -1
                                            : mxqd_setting_find(name.p,
                                                                name.n);
        if (row < 0 && !slice_is(name, "config-file"))
            return unknown(e, &src, name);
        if (!has_value) {
            bool flag;

            if (row >= 0 && mxqd_setting_table[row].type == TYPE_BOOL) {
                /* --dsn-advertise alone means true; a boolean word after
                 * it is its value. */
                if (next != NULL && mxq_cfg_parse_bool(next, strlen(next),
                                                       &flag) == MXQ_CFG_OK)
                    value = (struct mxq_slice){ argv[++i], strlen(next) };
                else
                    value = (struct mxq_slice){ "true", 4 };
            } else if (next == NULL || strncmp(next, "--", 2) == 0) {
                return fail(e, "command line: --%.*s needs a value "
                            "(--%.*s=VALUE for one starting with --)",
                            (int)name.n, name.p, (int)name.n, name.p);
            } else {
                value = (struct mxq_slice){ argv[++i], strlen(next) };
            }
        }
        if (mxq_cfg_parse_text(value.p, value.n, &trimmed) != MXQ_CFG_OK)
            return fail(e, "command line: --%.*s: control characters in "
                        "the value", (int)name.n, name.p);
        if (row < 0) {
            if (pass == CLI_APPLY)
                continue;
            if (config_file_seen)
                return fail(e, "command line: config-file is given twice");
            config_file_seen = true;
            if (set_config_file(s, trimmed, &src, e) != 0)
                return CLI_ERROR;
            continue;
        }
        if (pass == CLI_APPLY &&
            set_value(s, (size_t)row, name, trimmed, &src, e) != 0)
            return CLI_ERROR;
    }
    return CLI_OK;
}

/* ----------------------------------------------------------- finishing */

static int
default_hostname(struct mxqd_settings *s, struct error_buf *e)
{
    int row = mxqd_setting_find("hostname", 8);
    char name[256];

    if (s->hostname[0] != '\0')
        return 0;
    /* Empty from any source means the default: say so in --check-config. */
    if (row >= 0)
        s->origin[row] = MXQD_ORIGIN_DEFAULT;
    if (gethostname(name, sizeof name) != 0)
        return fail(e, "hostname: the system's host name is unknown (%s); "
                    "set hostname", strerror(errno));
    name[sizeof name - 1] = '\0';
    if (mxq_cfg_parse_hostname(name, strlen(name)) != MXQ_CFG_OK)
        return fail(e, "hostname: the system's host name '%s' is not a "
                    "valid host name; set hostname", name);
    memcpy(s->hostname, name, sizeof name);
    return 0;
}

static bool
all_zero(const void *p, size_t n)
{
    const unsigned char *b = p;

    for (size_t i = 0; i < n; i++)
        if (b[i] != 0)
            return false;
    return true;
}

/* One line on stderr for each later-feature setting that was given a
 * value: mxq ignores it, and says so. */
static void
warn_not_yet(const struct mxqd_settings *s)
{
    for (size_t r = 0; r < mxqd_setting_rows; r++) {
        const struct mxqd_setting *row = &mxqd_setting_table[r];

        if (row->status != MXQD_NOT_YET || row->offset == NO_FIELD)
            continue;
        if (s->origin[r] != MXQD_ORIGIN_DEFAULT &&
            !all_zero((const char *)s + row->offset, row->size))
            dprintf(2, "setting %s: not supported yet by mxq, ignored\n",
                    row->name);
    }
    for (size_t r = 0; r < mxqd_setting_rows; r++) {
        const struct mxqd_setting *row = &mxqd_setting_table[r];
        if (row->alias_of != NULL && s->origin[r] != MXQD_ORIGIN_DEFAULT)
            dprintf(2, "setting %s: an older name, read as %s (use that "
                    "name)\n", row->name, row->alias_of);
    }
    if (s->smtp_protection && s->smtp_protection_lists.count == 0)
        dprintf(2, "setting smtp-protection: true, but smtp-protection-lists "
                "is empty: no client is looked up\n");
    /* A refusal by a check that does not run never happens: say so. */
    static const struct { unsigned reject, checks; const char *word; }
        refusals[] = {
            { MXQD_REJECT_DMARC, MXQD_CHECK_DMARC, "dmarc" },
            { MXQD_REJECT_SPF, MXQD_CHECK_SPF | MXQD_CHECK_DMARC, "spf" },
            { MXQD_REJECT_SPAM, MXQD_CHECK_SPAM, "spam" } };
    for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++)
        if ((s->smtp_check_reject & refusals[i].reject) &&
            !(s->smtp_check & refusals[i].checks))
            dprintf(2, "setting smtp-check-reject: %s, but smtp-check does "
                    "not run it: nothing is refused for it\n",
                    refusals[i].word);
    if (s->spamassassin_header && !(s->smtp_check & MXQD_CHECK_SPAM))
        dprintf(2, "setting spamassassin-header: true, but smtp-check does "
                "not run spam: no X-Spam-* field is added\n");
    for (size_t i = 0; i < s->text_count; i++) {
        const struct mxqd_text_setting *t = &s->text[i];

        if (mxqd_setting_table[t->row].status == MXQD_NOT_YET &&
            t->value_len > 0)
            dprintf(2, "setting %.*s: not supported yet by mxq, ignored\n",
                    (int)t->name_len, s->text_pool + t->name_at);
    }
}

int
mxqd_settings_load(struct mxqd_settings *out, int argc, char **argv,
                   char **envp, char *err, size_t errlen)
{
    struct error_buf e = { err, errlen };
    int rc;

    if (errlen > 0)
        err[0] = '\0';
    memset(out, 0, sizeof *out);
    if (set_defaults(out, &e) != 0)
        return 2;

    rc = walk_cli(out, argc, argv, CLI_CHECK, &e);
    if (rc == CLI_HELP) {
        mxqd_settings_usage(1);
        return 1;
    }
    if (rc == CLI_VERSION) {
        dprintf(1, "mxqd %s\n", MXQ_VERSION);
        return 1;
    }
    if (rc != CLI_OK)
        return 2;
    if (walk_env(out, envp, false, &e) != 0)
        return 2;
    if (out->config_file[0] != '\0' && load_file(out, &e) != 0)
        return 2;
    if (walk_env(out, envp, true, &e) != 0)
        return 2;
    if (walk_cli(out, argc, argv, CLI_APPLY, &e) != CLI_OK)
        return 2;
    if (default_hostname(out, &e) != 0)
        return 2;
    warn_not_yet(out);
    return 0;
}

/* smtp-extract's word (1 + its index in extract_words): four that mean
 * false, four that mean true, then authenticated. */
static enum mxq_extract extract_mode(unsigned choice)
{
    if (choice == 0 || choice > 8)
        return choice == 9 ? MXQ_EXTRACT_AUTHENTICATED : MXQ_EXTRACT_ON;
    return choice <= 4 ? MXQ_EXTRACT_OFF : MXQ_EXTRACT_ON;
}

void mxqd_settings_queues(const struct mxqd_settings *s,
                          const char *out[MXQD_QUEUES])
{
    out[0] = s->rabbitmq_inbox;
    out[1] = s->rabbitmq_local;
    out[2] = s->rabbitmq_reports;
    out[3] = s->rabbitmq_refused;
}

void
mxqd_settings_to_engine(const struct mxqd_settings *s, struct mxq_config *cfg)
{
    cfg->hostname = s->hostname;
    cfg->inbox_queue = s->rabbitmq_inbox;
    cfg->address_mode = s->validate_address;
    cfg->dsn_advertise = s->dsn_advertise;
    cfg->max_message_size = s->smtp_maxsize;
    cfg->max_line_length = s->smtp_max_line_length;
    cfg->max_recipients = s->smtp_max_recipients;
    cfg->max_errors = s->smtp_max_errors;
    cfg->timeout = s->smtp_timeout;
    cfg->max_pending_output = s->smtp_max_pending_output;
    /* auth and is_local: adapters/policy.c, which knows the back-ends */
    cfg->auth_plaintext = s->smtp_auth_plaintext;
    cfg->max_auth_failures = s->smtp_max_auth_failures;
    cfg->auth_failure_delay = s->smtp_auth_failure_delay;
    cfg->local_queue = s->rabbitmq_local;
    cfg->reports_queue = s->rabbitmq_reports;
    cfg->refused_queue = s->rabbitmq_refused;
    cfg->refused_max_size = s->smtp_refused_maxsize;
    cfg->checks = ((s->smtp_check & MXQD_CHECK_SPF) ? MXQ_CHECK_SPF : 0) |
                  ((s->smtp_check & MXQD_CHECK_DKIM) ? MXQ_CHECK_DKIM : 0) |
                  ((s->smtp_check & MXQD_CHECK_ARC) ? MXQ_CHECK_ARC : 0) |
                  ((s->smtp_check & MXQD_CHECK_SPAM) ? MXQ_CHECK_SPAM : 0);
    cfg->spam_max_size = s->spamassassin_maxsize;
    cfg->spam_header = s->spamassassin_header;
    if (s->smtp_check & MXQD_CHECK_DMARC) {
        /* DMARC is evaluated over SPF and DKIM: they run with it */
        cfg->checks |= MXQ_CHECK_DMARC | MXQ_CHECK_SPF | MXQ_CHECK_DKIM;
        cfg->org_domain = mxqd_org_domain;
        cfg->org_domain_ctx = mxqd_public_suffix_list();
    }
    cfg->check_timeout = s->smtp_check_timeout;
    cfg->check_reject =
        ((s->smtp_check_reject & MXQD_REJECT_DMARC) ? MXQ_CHECK_REJECT_DMARC
                                                   : 0) |
        ((s->smtp_check_reject & MXQD_REJECT_SPF) ? MXQ_CHECK_REJECT_SPF : 0) |
        ((s->smtp_check_reject & MXQD_REJECT_TEMPERROR)
             ? MXQ_CHECK_REJECT_TEMPERROR
             : 0) |
        ((s->smtp_check_reject & MXQD_REJECT_SPAM) ? MXQ_CHECK_REJECT_SPAM
                                                  : 0);
    cfg->dsn_notify =
        ((s->dsn_notify & MXQD_NOTIFY_NEVER) ? MXQ_DSN_NOTIFY_NEVER : 0) |
        ((s->dsn_notify & MXQD_NOTIFY_SUCCESS) ? MXQ_DSN_NOTIFY_SUCCESS : 0) |
        ((s->dsn_notify & MXQD_NOTIFY_FAILURE) ? MXQ_DSN_NOTIFY_FAILURE : 0) |
        ((s->dsn_notify & MXQD_NOTIFY_DELAY) ? MXQ_DSN_NOTIFY_DELAY : 0);
    cfg->dsn_ret = s->dsn_ret == MXQD_RET_FULL ? MXQ_DSN_RET_FULL
                 : s->dsn_ret == MXQD_RET_HDRS ? MXQ_DSN_RET_HDRS : 0;
    cfg->auth_results =
        ((s->smtp_auth_results & MXQD_AUTH_RESULTS_LOCAL) ?
             MXQ_AUTH_RESULTS_LOCAL : 0) |
        ((s->smtp_auth_results & MXQD_AUTH_RESULTS_NONLOCAL) ?
             MXQ_AUTH_RESULTS_NONLOCAL : 0);
    /* dnsbl_zones: main.c, which keeps the split list */
    cfg->dnsbl_timeout = s->smtp_protection_timeout;
    cfg->extract = extract_mode(s->smtp_extract);
    cfg->header_max_line = s->smtp_header_max_line;
    cfg->header_max_fields = s->smtp_header_max_fields;
    cfg->header_max_size = (uint32_t)s->smtp_header_max_size;
    cfg->header_strict = s->smtp_header_strict;
}
