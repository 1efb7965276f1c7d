/*
 * fuzz-policy_text: the policy texts of grammar/policy_text.rl (smtp-auth
 * URI and credentials, password and local-address files). The whole input
 * goes through every parser of policy_text.h, each compared with a plain
 * reference written here from the contract; slices must lie inside the
 * input; a callback that stops the line split stops it there.
 */
#include "fuzz_support.h"

#include "policy_text.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define POLICY_MAX_LINES 512

static bool policy_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

static bool policy_text(unsigned char c)
{
    return (c >= 0x21 && c <= 0x7e) || c >= 0x80;
}

struct policy_lines {
    struct mxq_policy_line l[POLICY_MAX_LINES];
    size_t count;
    size_t stop_at;
};

static int policy_collect(void *ctx, const struct mxq_policy_line *l)
{
    struct policy_lines *c = ctx;
    if (c->count < POLICY_MAX_LINES)
        c->l[c->count] = *l;
    c->count++;
    return c->count - 1 == c->stop_at ? 9 : 0;
}

/* LF or CRLF ends a line; blank and `#` lines are skipped; only blanks
 * and visible octets are allowed. Returns 0, or -1 and *bad. */
static int policy_reference_lines(const char *p, size_t n,
                                  struct policy_lines *out, unsigned *bad)
{
    size_t at = 0;
    unsigned line = 1;
    for (;;) {
        const char *lf = memchr(p + at, '\n', n - at);
        size_t end = lf ? (size_t)(lf - p) : n;
        size_t body = end;
        if (lf && body > at && p[body - 1] == '\r')
            body--;
        size_t first = at, last = body;
        for (size_t i = at; i < body; i++)
            if (!policy_blank((unsigned char)p[i]) &&
                !policy_text((unsigned char)p[i])) {
                *bad = line;
                return -1;
            }
        while (first < body && policy_blank((unsigned char)p[first]))
            first++;
        while (last > first && policy_blank((unsigned char)p[last - 1]))
            last--;
        if (first < last && p[first] != '#') {
            if (out->count < POLICY_MAX_LINES) {
                out->l[out->count].text.p = p + first;
                out->l[out->count].text.n = last - first;
                out->l[out->count].line = line;
            }
            out->count++;
        }
        if (!lf)
            return 0;
        at = end + 1;
        line++;
    }
}

static void policy_check_lines(const char *in, size_t n)
{
    static struct policy_lines got, want, stopped;
    unsigned bad_got = 0, bad_want = 0;

    got.count = want.count = stopped.count = 0;
    got.stop_at = stopped.stop_at = SIZE_MAX;
    int rg = mxq_policy_lines(in, n, policy_collect, &got, &bad_got);
    int rw = policy_reference_lines(in, n, &want, &bad_want);
    FUZZ_CHECK(rg == rw, "lines: %d, reference %d", rg, rw);
    if (rg == -1) {
        FUZZ_CHECK(bad_got == bad_want, "lines: bad line %u, reference %u",
                   bad_got, bad_want);
        return;
    }
    FUZZ_CHECK(got.count == want.count, "lines: %zu, reference %zu",
               got.count, want.count);
    size_t count = got.count < POLICY_MAX_LINES ? got.count : POLICY_MAX_LINES;
    for (size_t i = 0; i < count; i++)
        FUZZ_CHECK(got.l[i].text.p == want.l[i].text.p &&
                       got.l[i].text.n == want.l[i].text.n &&
                       got.l[i].line == want.l[i].line,
                   "lines: line %zu differs from the reference", i);
    if (got.count > 0) {
        stopped.stop_at = got.count / 2;
        int rs = mxq_policy_lines(in, n, policy_collect, &stopped, &bad_got);
        FUZZ_CHECK(rs == 9 && stopped.count == stopped.stop_at + 1,
                   "lines: the callback's stop gave %d after %zu", rs,
                   stopped.count);
    }
}

static void policy_check_uri(const char *in, size_t n)
{
    struct mxq_slice scheme, rest;
    enum mxq_cfg_status r = mxq_policy_uri(in, n, &scheme, &rest);
    size_t i = 0;
    bool ok = n > 0 && ((in[0] | 0x20) >= 'a' && (in[0] | 0x20) <= 'z');
    if (ok) {
        i = 1;
        while (i < n && (((in[i] | 0x20) >= 'a' && (in[i] | 0x20) <= 'z') ||
                         (in[i] >= '0' && in[i] <= '9') || in[i] == '+' ||
                         in[i] == '.' || in[i] == '-'))
            i++;
        ok = n - i >= 3 && memcmp(in + i, "://", 3) == 0;
    }
    FUZZ_CHECK((r == MXQ_CFG_OK) == ok, "uri: %d, reference %d", (int)r, ok);
    if (ok)
        FUZZ_CHECK(scheme.p == in && scheme.n == i && rest.p == in + i + 3 &&
                       rest.n == n - i - 3,
                   "uri: scheme or rest differ");
}

/* user ':' secret; in a list neither holds ','. */
static bool policy_reference_credential(const char *p, size_t n, bool in_list,
                                        struct mxq_policy_credential *out)
{
    const char *colon = memchr(p, ':', n);
    if (colon == NULL || colon == p || colon + 1 == p + n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (!policy_text(c) || (in_list && c == ','))
            return false;
    }
    out->user.p = p;
    out->user.n = (size_t)(colon - p);
    out->secret.p = colon + 1;
    out->secret.n = (size_t)(p + n - colon - 1);
    return true;
}

static void policy_check_credentials(const char *in, size_t n)
{
    struct mxq_policy_credential got, want;
    enum mxq_cfg_status r = mxq_policy_credential(in, n, &got);
    bool ok = policy_reference_credential(in, n, false, &want);
    FUZZ_CHECK((r == MXQ_CFG_OK) == ok, "credential: %d, reference %d",
               (int)r, ok);
    if (ok)
        FUZZ_CHECK(got.user.p == want.user.p && got.user.n == want.user.n &&
                       got.secret.p == want.secret.p &&
                       got.secret.n == want.secret.n,
                   "credential: parts differ");

    struct mxq_policy_credential items[4], ref[4];
    size_t count = 99, want_count = 0;
    r = mxq_policy_credentials(in, n, items, 4, &count);
    enum mxq_cfg_status w = MXQ_CFG_OK;
    size_t at = 0;
    for (;;) {
        const char *comma = memchr(in + at, ',', n - at);
        size_t end = comma ? (size_t)(comma - in) : n;
        struct mxq_policy_credential c;
        if (!policy_reference_credential(in + at, end - at, true, &c)) {
            w = MXQ_CFG_SYNTAX;
            break;
        }
        if (want_count < 4)
            ref[want_count] = c;
        want_count++;
        if (!comma)
            break;
        at = end + 1;
    }
    if (w == MXQ_CFG_OK && want_count > 4)
        w = MXQ_CFG_TOO_MANY;
    FUZZ_CHECK(r == w, "credentials: %d, reference %d", (int)r, (int)w);
    if (r != MXQ_CFG_OK)
        return;
    FUZZ_CHECK(count == want_count, "credentials: %zu, reference %zu", count,
               want_count);
    for (size_t i = 0; i < count; i++)
        FUZZ_CHECK(items[i].user.p == ref[i].user.p &&
                       items[i].user.n == ref[i].user.n &&
                       items[i].secret.p == ref[i].secret.p &&
                       items[i].secret.n == ref[i].secret.n,
                   "credentials: item %zu differs", i);
}

static void policy_check_local(const char *in, size_t n)
{
    enum mxq_local_kind kind;
    struct mxq_slice text;
    size_t at = 99;
    enum mxq_cfg_status r = mxq_policy_local_entry(in, n, &kind, &text, &at);

    bool ok = true;
    enum mxq_local_kind want_kind = MXQ_LOCAL_EXACT;
    size_t want_at = 0, from = 0;
    if (n >= 6 && memcmp(in, "regex:", 6) == 0) {
        want_kind = MXQ_LOCAL_REGEX;
        from = 6;
        while (from < n && policy_blank((unsigned char)in[from]))
            from++;
        ok = from < n;
        for (size_t i = from; i < n; i++)
            if (!policy_blank((unsigned char)in[i]) &&
                !policy_text((unsigned char)in[i]))
                ok = false;
    } else {
        ok = n > 0;
        bool wild = false;
        for (size_t i = 0; i < n; i++) {
            if (!policy_text((unsigned char)in[i]))
                ok = false;
            if (in[i] == '*' || in[i] == '?' || in[i] == '[')
                wild = true;
        }
        if (wild) {
            want_kind = MXQ_LOCAL_PATTERN;
        } else if (ok) {
            const char *last = NULL;
            for (size_t i = 0; i < n; i++)
                if (in[i] == '@') {
                    if (i == 0 || in[i - 1] == '@' || i + 1 == n)
                        ok = false;
                    last = in + i;
                }
            ok = ok && last != NULL;
            want_at = last ? (size_t)(last - in) : 0;
        }
    }
    FUZZ_CHECK((r == MXQ_CFG_OK) == ok, "local entry: %d, reference %d",
               (int)r, ok);
    if (!ok)
        return;
    FUZZ_CHECK(kind == want_kind && text.p == in + from && text.n == n - from,
               "local entry: kind %d, reference %d", (int)kind,
               (int)want_kind);
    if (kind == MXQ_LOCAL_EXACT)
        FUZZ_CHECK(at == want_at, "local entry: '@' at %zu, reference %zu",
                   at, want_at);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);

    policy_check_lines(in, size);
    policy_check_uri(in, size);
    policy_check_credentials(in, size);
    policy_check_local(in, size);
    free(in);
    return 0;
}
