/*
 * fuzz-policy_text: the policy texts of grammar/policy_text.rl (smtp-auth
 * URI and credentials, password and local-address files).
 *
 * Every exported parser of policy_text.h is compared, on every input, with
 * a plain hand parser written here from the contract in policy_text.h (not
 * from the grammar): status and every slice, offset, count and field.
 *
 *  - mxq_policy_lines(): the return, *bad_line, every line handed to the
 *    callback (text slice and number), also the lines handed out before a
 *    refused one; a callback that stops the split (first, middle, last
 *    line) stops it there with its own return and nothing after it.
 *  - mxq_policy_uri(), mxq_policy_credential(), mxq_policy_credentials()
 *    (with caps 0..4 and 7 in blocks of exactly cap items) and
 *    mxq_policy_local_entry(): over the whole input, and again over each
 *    of the first lines that mxq_policy_lines() hands out, each in a heap
 *    block of its own size - the way the adapters use them.
 *
 * The input is just the text, as before: old corpus entries keep their
 * meaning.
 */
#include "fuzz_support.h"

#include "policy_text.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define POLICY_MAX_LINES 512
#define POLICY_LINE_CHECKS 32   /* lines also checked as entries */
#define POLICY_REF_ITEMS 8      /* credential items the reference keeps */

/* ------------------------------------------------- octet classes (spec) */

/* blank: space or TAB. */
static bool ref_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* visible: printable ASCII other than space, or any non-ASCII octet. */
static bool ref_visible(unsigned char c)
{
    return (c >= 0x21 && c <= 0x7e) || c >= 0x80;
}

static bool ref_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool ref_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool same_slice(struct mxq_slice a, struct mxq_slice b)
{
    return a.p == b.p && a.n == b.n;
}

/* ------------------------------------------------------------ the files */

struct policy_lines {
    struct mxq_policy_line l[POLICY_MAX_LINES];
    size_t count;
    size_t stop_at;   /* the callback returns 9 on this line */
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
 * and visible octets are allowed. Returns 0, or -1 and *bad; out holds
 * the lines before the bad one. */
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
            if (!ref_blank((unsigned char)p[i]) &&
                !ref_visible((unsigned char)p[i])) {
                *bad = line;
                return -1;
            }
        while (first < body && ref_blank((unsigned char)p[first]))
            first++;
        while (last > first && ref_blank((unsigned char)p[last - 1]))
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

/* got's first `count` lines are want's first `count` lines. */
static void policy_same_lines(const char *what, const struct policy_lines *got,
                              const struct policy_lines *want, size_t count)
{
    if (count > POLICY_MAX_LINES)
        count = POLICY_MAX_LINES;
    for (size_t i = 0; i < count; i++)
        FUZZ_CHECK(same_slice(got->l[i].text, want->l[i].text) &&
                       got->l[i].line == want->l[i].line,
                   "lines (%s): line %zu is [%td,+%zu) on line %u, "
                   "reference [%td,+%zu) on line %u",
                   what, i, got->l[i].text.p - want->l[0].text.p,
                   got->l[i].text.n, got->l[i].line,
                   want->l[i].text.p - want->l[0].text.p, want->l[i].text.n,
                   want->l[i].line);
}

static void policy_check_lines(const char *in, size_t n,
                               struct policy_lines *got)
{
    static struct policy_lines want, stopped;
    unsigned bad_got = 0, bad_want = 0;

    got->count = want.count = 0;
    got->stop_at = SIZE_MAX;
    int rg = mxq_policy_lines(in, n, policy_collect, got, &bad_got);
    int rw = policy_reference_lines(in, n, &want, &bad_want);
    FUZZ_CHECK(rg == rw, "lines: %d, reference %d", rg, rw);
    if (rg == -1)
        FUZZ_CHECK(bad_got == bad_want, "lines: bad line %u, reference %u",
                   bad_got, bad_want);
    /* On -1 the lines before the bad one have been handed out already. */
    FUZZ_CHECK(got->count == want.count,
               "lines: %zu handed out, reference %zu (return %d)",
               got->count, want.count, rg);
    policy_same_lines("all", got, &want, got->count);
    if (rg != 0)
        return;

    size_t stops[3] = { 0, got->count / 2, got->count - 1 };
    for (size_t s = 0; s < 3 && got->count > 0; s++) {
        if (s > 0 && stops[s] == stops[s - 1])
            continue;
        unsigned bad_stop = 12345;
        stopped.count = 0;
        stopped.stop_at = stops[s];
        int rs = mxq_policy_lines(in, n, policy_collect, &stopped, &bad_stop);
        FUZZ_CHECK(rs == 9 && stopped.count == stops[s] + 1 &&
                       bad_stop == 12345,
                   "lines: a stop on line %zu gave %d after %zu lines",
                   stops[s], rs, stopped.count);
        policy_same_lines("stopped", &stopped, &want, stopped.count);
    }
}

/* ----------------------------------------------------------- smtp-auth */

/* scheme "://" rest; scheme = ALPHA *( ALPHA / DIGIT / "+" / "." / "-" ). */
static bool policy_reference_uri(const char *p, size_t n,
                                 struct mxq_slice *scheme,
                                 struct mxq_slice *rest)
{
    if (n == 0 || !ref_alpha((unsigned char)p[0]))
        return false;
    size_t i = 1;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (!ref_alpha(c) && !ref_digit(c) && c != '+' && c != '.' &&
            c != '-')
            break;
        i++;
    }
    if (n - i < 3 || p[i] != ':' || p[i + 1] != '/' || p[i + 2] != '/')
        return false;
    scheme->p = p;
    scheme->n = i;
    rest->p = p + i + 3;
    rest->n = n - i - 3;
    return true;
}

static void policy_check_uri(const char *in, size_t n)
{
    struct mxq_slice scheme, rest, want_scheme, want_rest;
    enum mxq_cfg_status r = mxq_policy_uri(in, n, &scheme, &rest);
    bool ok = policy_reference_uri(in, n, &want_scheme, &want_rest);
    FUZZ_CHECK(r == (ok ? MXQ_CFG_OK : MXQ_CFG_SYNTAX),
               "uri: %d, reference %s", (int)r, ok ? "OK" : "SYNTAX");
    if (ok)
        FUZZ_CHECK(same_slice(scheme, want_scheme) &&
                       same_slice(rest, want_rest),
                   "uri: scheme [%td,+%zu) rest [%td,+%zu), reference "
                   "[0,+%zu) [%zu,+%zu)",
                   scheme.p - in, scheme.n, rest.p - in, rest.n,
                   want_scheme.n, want_scheme.n + 3, want_rest.n);
}

/* user ':' secret: user is one or more visible octets other than ':' (and
 * ','), secret one or more visible octets (other than ','). */
static bool policy_reference_credential(const char *p, size_t n, bool in_list,
                                        struct mxq_policy_credential *out)
{
    size_t colon = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (!ref_visible(c) || (in_list && c == ','))
            return false;
        if (c == ':' && colon == n)
            colon = i;
    }
    if (colon == n || colon == 0 || colon == n - 1)
        return false;
    out->user.p = p;
    out->user.n = colon;
    out->secret.p = p + colon + 1;
    out->secret.n = n - colon - 1;
    return true;
}

static bool same_credential(const struct mxq_policy_credential *a,
                            const struct mxq_policy_credential *b)
{
    return same_slice(a->user, b->user) && same_slice(a->secret, b->secret);
}

static void policy_check_credential(const char *in, size_t n)
{
    struct mxq_policy_credential got, want;
    enum mxq_cfg_status r = mxq_policy_credential(in, n, &got);
    bool ok = policy_reference_credential(in, n, false, &want);
    FUZZ_CHECK(r == (ok ? MXQ_CFG_OK : MXQ_CFG_SYNTAX),
               "credential: %d, reference %s", (int)r, ok ? "OK" : "SYNTAX");
    if (ok)
        FUZZ_CHECK(same_credential(&got, &want),
                   "credential: user [%td,+%zu) secret [%td,+%zu), "
                   "reference [0,+%zu) [%zu,+%zu)",
                   got.user.p - in, got.user.n, got.secret.p - in,
                   got.secret.n, want.user.n, want.user.n + 1,
                   want.secret.n);
}

/* item *( ',' item ): split at every ',', each piece a credential. */
static bool policy_reference_credentials(const char *in, size_t n,
                                         struct mxq_policy_credential *ref,
                                         size_t *total)
{
    size_t at = 0;
    *total = 0;
    for (;;) {
        size_t end = at;
        while (end < n && in[end] != ',')
            end++;
        struct mxq_policy_credential c;
        if (!policy_reference_credential(in + at, end - at, true, &c))
            return false;
        if (*total < POLICY_REF_ITEMS)
            ref[*total] = c;
        (*total)++;
        if (end == n)
            return true;
        at = end + 1;
    }
}

static void policy_check_credentials(const char *in, size_t n)
{
    static const size_t caps[] = { 0, 1, 2, 3, 4, 7 };
    struct mxq_policy_credential ref[POLICY_REF_ITEMS];
    size_t total = 0;
    bool ok = policy_reference_credentials(in, n, ref, &total);

    for (size_t k = 0; k < sizeof caps / sizeof caps[0]; k++) {
        size_t cap = caps[k];
        /* exactly cap items, so that AddressSanitizer sees a write past */
        struct mxq_policy_credential *items =
            (void *)fuzz_alloc(cap * sizeof *items);
        size_t count = 99;
        enum mxq_cfg_status r =
            mxq_policy_credentials(in, n, items, cap, &count);
        enum mxq_cfg_status w = !ok            ? MXQ_CFG_SYNTAX
                                : total > cap ? MXQ_CFG_TOO_MANY
                                               : MXQ_CFG_OK;
        FUZZ_CHECK(r == w, "credentials (cap %zu): %d, reference %d "
                   "(%zu items)", cap, (int)r, (int)w, total);
        if (r == MXQ_CFG_OK)
            FUZZ_CHECK(count == total, "credentials (cap %zu): %zu items, "
                       "reference %zu", cap, count, total);
        else if (r == MXQ_CFG_TOO_MANY)
            FUZZ_CHECK(count <= cap, "credentials (cap %zu): %zu items "
                       "with TOO_MANY", cap, count);
        if (r != MXQ_CFG_SYNTAX)
            for (size_t i = 0; i < count; i++)
                FUZZ_CHECK(same_credential(&items[i], &ref[i]),
                           "credentials (cap %zu): item %zu is user "
                           "[%td,+%zu) secret [%td,+%zu), reference "
                           "[%td,+%zu) [%td,+%zu)",
                           cap, i, items[i].user.p - in, items[i].user.n,
                           items[i].secret.p - in, items[i].secret.n,
                           ref[i].user.p - in, ref[i].user.n,
                           ref[i].secret.p - in, ref[i].secret.n);
        free(items);
    }
}

/* ------------------------------------------------ smtp-local-addresses */

/* "regex:" blank* ERE  - the ERE starts visible, then blanks and visible;
 * else visible octets only: with one of `* ? [` a PATTERN, else an EXACT
 * local@domain whose '@'-separated parts are never empty (at: last '@'). */
static bool policy_reference_local(const char *p, size_t n,
                                   enum mxq_local_kind *kind,
                                   struct mxq_slice *text, size_t *at)
{
    if (n >= 6 && memcmp(p, "regex:", 6) == 0) {
        size_t from = 6;
        while (from < n && ref_blank((unsigned char)p[from]))
            from++;
        if (from == n)
            return false;
        for (size_t i = from; i < n; i++)
            if (!ref_blank((unsigned char)p[i]) &&
                !ref_visible((unsigned char)p[i]))
                return false;
        *kind = MXQ_LOCAL_REGEX;
        text->p = p + from;
        text->n = n - from;
        return true;
    }
    if (n == 0)
        return false;
    bool wild = false;
    for (size_t i = 0; i < n; i++) {
        if (!ref_visible((unsigned char)p[i]))
            return false;
        if (p[i] == '*' || p[i] == '?' || p[i] == '[')
            wild = true;
    }
    text->p = p;
    text->n = n;
    if (wild) {
        *kind = MXQ_LOCAL_PATTERN;
        return true;
    }
    size_t ats = 0, last = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '@')
            continue;
        if (i == 0 || p[i - 1] == '@' || i == n - 1)
            return false;   /* an empty part */
        ats++;
        last = i;
    }
    if (ats == 0)
        return false;
    *kind = MXQ_LOCAL_EXACT;
    *at = last;
    return true;
}

static void policy_check_local(const char *in, size_t n)
{
    enum mxq_local_kind kind, want_kind = MXQ_LOCAL_EXACT;
    struct mxq_slice text, want_text = { NULL, 0 };
    size_t at = 99, want_at = 0;
    enum mxq_cfg_status r = mxq_policy_local_entry(in, n, &kind, &text, &at);
    bool ok = policy_reference_local(in, n, &want_kind, &want_text, &want_at);

    FUZZ_CHECK(r == (ok ? MXQ_CFG_OK : MXQ_CFG_SYNTAX),
               "local entry: %d, reference %s", (int)r,
               ok ? "OK" : "SYNTAX");
    if (!ok)
        return;
    FUZZ_CHECK(kind == want_kind && same_slice(text, want_text),
               "local entry: kind %d text [%td,+%zu), reference %d "
               "[%td,+%zu)",
               (int)kind, text.p - in, text.n, (int)want_kind,
               want_text.p - in, want_text.n);
    if (kind == MXQ_LOCAL_EXACT)
        FUZZ_CHECK(at == want_at, "local entry: '@' at %zu, reference %zu",
                   at, want_at);
}

/* ---------------------------------------------------------------- entry */

static void policy_check_entries(const char *in, size_t n)
{
    policy_check_uri(in, n);
    policy_check_credential(in, n);
    policy_check_credentials(in, n);
    policy_check_local(in, n);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    static struct policy_lines lines;
    char *in = fuzz_copy(data, size);

    policy_check_lines(in, size, &lines);
    policy_check_entries(in, size);

    /* The adapters hand each line of a file to the entry parsers. */
    size_t count = lines.count < POLICY_LINE_CHECKS ? lines.count
                                                    : POLICY_LINE_CHECKS;
    for (size_t i = 0; i < count; i++) {
        char *line = fuzz_copy(lines.l[i].text.p, lines.l[i].text.n);
        policy_check_entries(line, lines.l[i].text.n);
        free(line);
    }
    free(in);
    return 0;
}
