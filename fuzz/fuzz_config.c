/*
 * fuzz-config: the configuration grammar (grammar/config.rl). The whole
 * input goes through every parser of config.h: as a file, as a command
 * line option, as an environment entry and as each kind of value.
 *
 * Each result is compared with a plain reference written here from the
 * contract in config.h (for addresses: inet_pton()); slices must lie
 * inside the input; a callback that stops the file parse stops it there.
 */
#include "fuzz_support.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include "config.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define CONFIG_MAX_ENTRIES 512

static bool config_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

static bool config_text(unsigned char c)
{
    return (c >= 0x21 && c <= 0x7e) || c >= 0x80;
}

static bool config_lower_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static unsigned char config_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static bool config_equal_nocase(const char *p, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return false;
    for (size_t i = 0; i < n; i++)
        if (config_lower((unsigned char)p[i]) != (unsigned char)word[i])
            return false;
    return true;
}

/* p[0..n) without the blanks around it. */
static struct mxq_slice config_trim(const char *p, size_t n)
{
    while (n > 0 && config_blank((unsigned char)p[0]))
        p++, n--;
    while (n > 0 && config_blank((unsigned char)p[n - 1]))
        n--;
    struct mxq_slice s = {p, n};
    return s;
}

/* ------------------------------------------------------------ the file */

struct config_entries {
    struct mxq_cfg_entry e[CONFIG_MAX_ENTRIES];
    size_t count;
    size_t stop_at;        /* return 5 at this entry; SIZE_MAX: never */
};

static int config_collect(void *ctx, const struct mxq_cfg_entry *e)
{
    struct config_entries *c = ctx;
    if (c->count < CONFIG_MAX_ENTRIES)
        c->e[c->count] = *e;
    c->count++;
    return c->count - 1 == c->stop_at ? 5 : 0;
}

/* One line without its end: false when it is not a valid line. */
static bool config_reference_line(const char *p, size_t n, unsigned line,
                                  struct config_entries *out)
{
    size_t i = 0;
    while (i < n && config_blank((unsigned char)p[i]))
        i++;
    if (i == n)
        return true;
    if (p[i] == '#') {
        for (i++; i < n; i++)
            if (!config_blank((unsigned char)p[i]) &&
                !config_text((unsigned char)p[i]))
                return false;
        return true;
    }
    size_t name = i;
    if (!config_lower_alnum((unsigned char)p[i]))
        return false;
    while (i < n && (config_lower_alnum((unsigned char)p[i]) || p[i] == '-'))
        i++;
    size_t name_n = i - name;
    while (i < n && config_blank((unsigned char)p[i]))
        i++;
    if (i == n || p[i] != ':')
        return false;
    for (size_t k = i + 1; k < n; k++)
        if (!config_blank((unsigned char)p[k]) &&
            !config_text((unsigned char)p[k]))
            return false;
    if (out->count < CONFIG_MAX_ENTRIES) {
        struct mxq_cfg_entry *e = &out->e[out->count];
        e->name.p = p + name;
        e->name.n = name_n;
        e->value = config_trim(p + i + 1, n - i - 1);
        e->line = line;
    }
    out->count++;
    return true;
}

/* Returns 0, or -1 with the number of the first bad line. */
static int config_reference_file(const char *p, size_t n,
                                 struct config_entries *out, unsigned *bad)
{
    size_t at = 0;
    unsigned line = 1;
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
        at = 3;
    for (;;) {
        const char *lf = memchr(p + at, '\n', n - at);
        size_t end = lf ? (size_t)(lf - p) : n;
        size_t body = end;
        if (lf && body > at && p[body - 1] == '\r')
            body--;
        if (!config_reference_line(p + at, body - at, line, out)) {
            *bad = line;
            return -1;
        }
        if (!lf)
            return 0;
        at = end + 1;
        line++;
    }
}

static void config_check_file(const char *in, size_t n)
{
    static struct config_entries got, want, stopped;
    struct mxq_cfg_syntax_error err = {0, 0, NULL};
    unsigned bad = 0;

    got.count = want.count = stopped.count = 0;
    got.stop_at = stopped.stop_at = SIZE_MAX;
    int rc = mxq_cfg_parse_file(in, n, config_collect, &got, &err);
    int rw = config_reference_file(in, n, &want, &bad);

    FUZZ_CHECK(rc == rw, "file: %d, reference %d (line %u)", rc, rw, bad);
    if (rc == -1) {
        FUZZ_CHECK(err.line == bad && err.column >= 1 && err.what != NULL,
                   "file: error on line %u col %u, reference line %u",
                   err.line, err.column, bad);
        return;
    }
    FUZZ_CHECK(got.count == want.count, "file: %zu entries, reference %zu",
               got.count, want.count);
    size_t count = got.count < CONFIG_MAX_ENTRIES ? got.count
                                                  : CONFIG_MAX_ENTRIES;
    for (size_t i = 0; i < count; i++) {
        const struct mxq_cfg_entry *g = &got.e[i], *w = &want.e[i];
        FUZZ_CHECK(fuzz_slice_inside(g->name.p, g->name.n, in, n) &&
                       fuzz_slice_inside(g->value.p, g->value.n, in, n),
                   "file: entry %zu lies outside the input", i);
        FUZZ_CHECK(g->name.p == w->name.p && g->name.n == w->name.n &&
                       g->value.n == w->value.n &&
                       (w->value.n == 0 || g->value.p == w->value.p) &&
                       g->line == w->line,
                   "file: entry %zu (line %u) differs from the reference", i,
                   g->line);
    }
    if (got.count > 0) {
        stopped.stop_at = got.count / 2;
        rc = mxq_cfg_parse_file(in, n, config_collect, &stopped, &err);
        FUZZ_CHECK(rc == 5 && stopped.count == stopped.stop_at + 1,
                   "file: the callback's stop gave %d after %zu entries", rc,
                   stopped.count);
    }
}

/* --------------------------------------------------- command line, env */

static void config_check_option(const char *in, size_t n)
{
    struct mxq_slice name, value;
    bool has_value;
    enum mxq_cfg_status r = mxq_cfg_parse_option(in, n, &name, &value,
                                                 &has_value);
    size_t i = 2;
    bool ok = n > 2 && in[0] == '-' && in[1] == '-' &&
              config_lower_alnum((unsigned char)in[2]);
    while (ok && i < n && in[i] != '=') {
        ok = config_lower_alnum((unsigned char)in[i]) || in[i] == '-';
        i++;
    }
    FUZZ_CHECK((r == MXQ_CFG_OK) == ok, "option: %d, reference %d", (int)r,
               ok);
    if (!ok)
        return;
    bool want_value = i < n;
    FUZZ_CHECK(has_value == want_value && name.p == in + 2 &&
                   name.n == i - 2 &&
                   (!want_value || (value.p == in + i + 1 &&
                                    value.n == n - i - 1)),
               "option: name or value differ");
}

static void config_check_env(const char *in, size_t n)
{
    char name[32];
    size_t name_len;
    struct mxq_slice value;
    bool ours;
    enum mxq_cfg_status r = mxq_cfg_parse_env(in, n, &ours, name,
                                              sizeof name, &name_len, &value);
    bool want_ours = n >= 4 && memcmp(in, "MXQ_", 4) == 0;
    FUZZ_CHECK(ours == want_ours, "env: ours %d", ours);
    if (!ours) {
        FUZZ_CHECK(r == MXQ_CFG_OK, "env: not ours, yet %d", (int)r);
        return;
    }
    size_t i = 4;
    while (i < n && ((in[i] >= 'A' && in[i] <= 'Z') ||
                     (in[i] >= '0' && in[i] <= '9') || in[i] == '_'))
        i++;
    enum mxq_cfg_status want = MXQ_CFG_OK;
    if (i == 4 || i == n || in[i] != '=')
        want = MXQ_CFG_SYNTAX;
    else if (i - 4 > sizeof name)
        want = MXQ_CFG_TOO_MANY;
    FUZZ_CHECK(r == want, "env: %d, reference %d", (int)r, (int)want);
    if (r != MXQ_CFG_OK)
        return;
    FUZZ_CHECK(name_len == i - 4 && value.p == in + i + 1 &&
                   value.n == n - i - 1,
               "env: name or value differ");
    for (size_t k = 0; k < name_len; k++) {
        unsigned char c = (unsigned char)in[4 + k];
        unsigned char w = c == '_' ? '-' : config_lower(c);
        FUZZ_CHECK((unsigned char)name[k] == w, "env: name octet %zu", k);
    }
}

static void config_check_text(const char *in, size_t n)
{
    struct mxq_slice t;
    enum mxq_cfg_status r = mxq_cfg_parse_text(in, n, &t);
    bool ok = true;
    for (size_t i = 0; i < n; i++)
        if (!config_blank((unsigned char)in[i]) &&
            !config_text((unsigned char)in[i]))
            ok = false;
    FUZZ_CHECK((r == MXQ_CFG_OK) == ok, "text: %d, reference %d", (int)r, ok);
    if (ok) {
        struct mxq_slice w = config_trim(in, n);
        FUZZ_CHECK(t.n == w.n && (w.n == 0 || t.p == w.p),
                   "text: trimmed to %zu octets, reference %zu", t.n, w.n);
    }
}

/* ------------------------------------------------------------- values */

static void config_check_bool(const char *in, size_t n)
{
    static const char *const yes[] = {"true", "yes", "on", "1"};
    static const char *const no[] = {"false", "no", "off", "0"};
    bool v = false, want_ok = false, want_v = false;
    enum mxq_cfg_status r = mxq_cfg_parse_bool(in, n, &v);
    for (size_t i = 0; i < 4; i++) {
        if (config_equal_nocase(in, n, yes[i]))
            want_ok = want_v = true;
        if (config_equal_nocase(in, n, no[i]))
            want_ok = true;
    }
    FUZZ_CHECK((r == MXQ_CFG_OK) == want_ok && (!want_ok || v == want_v),
               "bool: %d/%d, reference %d/%d", (int)r, v, want_ok, want_v);
}

/* Digits in p[0..n): 0 and *v, RANGE on overflow, SYNTAX otherwise. */
static enum mxq_cfg_status config_reference_uint(const char *p, size_t n,
                                                 uint64_t *v)
{
    bool over = false;
    *v = 0;
    if (n == 0)
        return MXQ_CFG_SYNTAX;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return MXQ_CFG_SYNTAX;
        unsigned d = (unsigned)(p[i] - '0');
        if (*v > (UINT64_MAX - d) / 10)
            over = true;
        else if (!over)
            *v = *v * 10 + d;
    }
    return over ? MXQ_CFG_RANGE : MXQ_CFG_OK;
}

static void config_check_numbers(const char *in, size_t n)
{
    uint64_t got = 0, want = 0;
    enum mxq_cfg_status r = mxq_cfg_parse_uint(in, n, &got);
    enum mxq_cfg_status w = config_reference_uint(in, n, &want);
    FUZZ_CHECK(r == w && (r != MXQ_CFG_OK || got == want),
               "uint: %d, reference %d", (int)r, (int)w);

    /* size: digits, blanks, a unit */
    size_t digits = 0;
    while (digits < n && in[digits] >= '0' && in[digits] <= '9')
        digits++;
    size_t u = digits;
    while (u < n && config_blank((unsigned char)in[u]))
        u++;
    static const struct {
        const char *unit;
        unsigned shift;
    } units[] = {{"b", 0},   {"k", 10},  {"kb", 10}, {"m", 20}, {"mb", 20},
                 {"g", 30},  {"gb", 30}, {"t", 40},  {"tb", 40}};
    int shift = u == n && u == digits ? 0 : -1;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (config_equal_nocase(in + u, n - u, units[i].unit))
            shift = (int)units[i].shift;
    enum mxq_cfg_status ws = MXQ_CFG_SYNTAX;
    uint64_t wv = 0;
    if (digits > 0 && shift >= 0) {
        ws = config_reference_uint(in, digits, &wv);
        if (ws == MXQ_CFG_OK && wv > (UINT64_MAX >> shift))
            ws = MXQ_CFG_RANGE;
        wv <<= shift;
    }
    r = mxq_cfg_parse_size(in, n, &got);
    FUZZ_CHECK(r == ws && (r != MXQ_CFG_OK || got == wv),
               "size: %d, reference %d", (int)r, (int)ws);
}

static void config_check_words(const char *in, size_t n)
{
    enum mxq_cfg_validate v;
    enum mxq_cfg_status r = mxq_cfg_parse_validate(in, n, &v);
    bool strict = config_equal_nocase(in, n, "strict");
    bool loose = config_equal_nocase(in, n, "loose");
    FUZZ_CHECK((r == MXQ_CFG_OK) == (strict || loose) &&
                   (r != MXQ_CFG_OK ||
                    v == (strict ? MXQ_CFG_VALIDATE_STRICT
                                 : MXQ_CFG_VALIDATE_LOOSE)),
               "validate: %d", (int)r);

    /* queue name */
    enum mxq_cfg_status want = n > 0 ? MXQ_CFG_OK : MXQ_CFG_SYNTAX;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        bool ok = config_lower_alnum(config_lower(c)) || c == '_' ||
                  c == ':' || c == '-' || (c == '.' && i > 0);
        if (!ok)
            want = MXQ_CFG_SYNTAX;
    }
    if (want == MXQ_CFG_OK && n > 255)
        want = MXQ_CFG_RANGE;
    r = mxq_cfg_parse_queue_name(in, n);
    FUZZ_CHECK(r == want, "queue name: %d, reference %d", (int)r, (int)want);

    /* host name: labels of letters, digits, inner hyphens */
    want = n > 0 ? MXQ_CFG_OK : MXQ_CFG_SYNTAX;
    bool long_label = false;
    size_t end = n > 0 && in[n - 1] == '.' ? n - 1 : n;
    size_t start = 0;
    if (end == 0)
        want = MXQ_CFG_SYNTAX;
    while (want == MXQ_CFG_OK && start <= end) {
        const char *dot = memchr(in + start, '.', end - start);
        size_t stop = dot ? (size_t)(dot - in) : end;
        size_t len = stop - start;
        if (len == 0 || in[start] == '-' || in[stop - 1] == '-')
            want = MXQ_CFG_SYNTAX;
        for (size_t i = start; i < stop && want == MXQ_CFG_OK; i++)
            if (!config_lower_alnum(config_lower((unsigned char)in[i])) &&
                in[i] != '-')
                want = MXQ_CFG_SYNTAX;
        if (len > 63)
            long_label = true;
        start = stop + 1;
    }
    if (want == MXQ_CFG_OK && (long_label || end > 253))
        want = MXQ_CFG_RANGE;
    r = mxq_cfg_parse_hostname(in, n);
    FUZZ_CHECK(r == want, "hostname: %d, reference %d", (int)r, (int)want);
}

/* ------------------------------------------------- ports, lists, IPs */

static void config_check_ports(const char *in, size_t n)
{
    uint16_t ports[16];
    size_t count = 99;
    enum mxq_cfg_status r = mxq_cfg_parse_ports(in, n, ports, 16, &count);
    if (r != MXQ_CFG_OK)
        return;
    FUZZ_CHECK(count <= 16, "ports: %zu of 16", count);
    for (size_t i = 0; i < count; i++) {
        FUZZ_CHECK(ports[i] >= 1, "ports: port 0");
        for (size_t k = 0; k < i; k++)
            FUZZ_CHECK(ports[k] != ports[i], "ports: %u twice", ports[i]);
    }
    if (config_trim(in, n).n == 0)
        FUZZ_CHECK(count == 0, "ports: %zu from a blank value", count);
}

static void config_check_list(const char *in, size_t n)
{
    struct mxq_slice items[8];
    size_t count = 99;
    enum mxq_cfg_status r = mxq_cfg_parse_list(in, n, items, 8, &count);
    if (r != MXQ_CFG_OK)
        return;
    FUZZ_CHECK(count <= 8, "list: %zu of 8", count);
    for (size_t i = 0; i < count; i++) {
        struct mxq_slice it = items[i];
        FUZZ_CHECK(it.n > 0 && fuzz_slice_inside(it.p, it.n, in, n),
                   "list: item %zu empty or outside", i);
        FUZZ_CHECK(memchr(it.p, ',', it.n) == NULL &&
                       !config_blank((unsigned char)it.p[0]) &&
                       !config_blank((unsigned char)it.p[it.n - 1]),
                   "list: item %zu holds a comma or is not trimmed", i);
        for (size_t k = 0; k < it.n; k++)
            FUZZ_CHECK(config_blank((unsigned char)it.p[k]) ||
                           config_text((unsigned char)it.p[k]),
                       "list: control octet in item %zu", i);
    }
}

static void config_check_ip(const char *in, size_t n)
{
    struct mxq_cfg_cidr got;
    enum mxq_cfg_status r = mxq_cfg_parse_ip(in, n, &got);

    char text[64];
    uint8_t want[16];
    int family = 0;
    if (n < sizeof text && memchr(in, '\0', n) == NULL) {
        memcpy(text, in, n);
        text[n] = '\0';
        if (inet_pton(AF_INET, text, want) == 1)
            family = 4;
        else if (inet_pton(AF_INET6, text, want) == 1)
            family = 6;
    }
    FUZZ_CHECK((r == MXQ_CFG_OK) == (family != 0),
               "ip: %d, inet_pton family %d", (int)r, family);
    if (family != 0)
        FUZZ_CHECK(got.family == family &&
                       memcmp(got.addr, want, family == 4 ? 4 : 16) == 0,
                   "ip: a different address than inet_pton");

    struct mxq_cfg_cidr items[8];
    size_t count = 99;
    r = mxq_cfg_parse_cidrs(in, n, items, 8, &count);
    if (r != MXQ_CFG_OK)
        return;
    FUZZ_CHECK(count <= 8, "cidrs: %zu of 8", count);
    for (size_t i = 0; i < count; i++) {
        const struct mxq_cfg_cidr *c = &items[i];
        unsigned bits = c->family == 4 ? 32 : 128;
        FUZZ_CHECK((c->family == 4 || c->family == 6) && c->prefix <= bits,
                   "cidrs: family %d prefix %u", c->family, c->prefix);
        for (unsigned b = c->prefix; b < bits; b++)
            FUZZ_CHECK(!(c->addr[b / 8] & (0x80 >> (b % 8))),
                       "cidrs: bit %u after the /%u prefix is set", b,
                       c->prefix);
    }
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);

    config_check_file(in, size);
    config_check_option(in, size);
    config_check_env(in, size);
    config_check_text(in, size);
    config_check_bool(in, size);
    config_check_numbers(in, size);
    config_check_words(in, size);
    config_check_ports(in, size);
    config_check_list(in, size);
    config_check_ip(in, size);
    free(in);
    return 0;
}
