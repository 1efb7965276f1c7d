/*
 * fuzz-bounce_text: the bounce heuristics of grammar/bounce_text.rl on
 * any octets: the Subject and sender machines and the text scan.
 *
 * Invariants: every slice lies inside the input; a status has RFC 3463's
 * shape and stands alone (no letter or digit before it, none and no
 * ".digit" after it); a reply code is 4xx or 5xx with a blank, '-' or a
 * line end after it; a recipient is local "@" domain with exactly one
 * '@', its local part dot-atom-text, its domain labels; a second scan
 * gives the same facts; the sender machine agrees with a plain list.
 */
#include "fuzz_support.h"

#include <strings.h>

#include "bounce_text.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool bt_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool bt_alnum(char c)
{
    return bt_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool bt_same(struct mxq_slice a, struct mxq_slice b)
{
    return a.n == b.n && (a.n == 0 || a.p == b.p);
}

/* 1 to 3 digits from *i, which is left after them. */
static bool bt_number(const char *s, size_t n, size_t *i)
{
    size_t from = *i;
    while (*i < n && bt_digit(s[*i]) && *i - from < 4)
        (*i)++;
    return *i - from >= 1 && *i - from <= 3;
}

static void bt_check_status(struct mxq_slice st, const char *in, size_t size)
{
    const char *s = st.p;
    size_t n = st.n, i = 1;
    FUZZ_CHECK(n >= 5 && (s[0] == '2' || s[0] == '4' || s[0] == '5') &&
                   s[1] == '.',
               "status class: %.*s", (int)n, s);
    i = 2;
    FUZZ_CHECK(bt_number(s, n, &i) && i < n && s[i] == '.',
               "status subject: %.*s", (int)n, s);
    i++;
    FUZZ_CHECK(bt_number(s, n, &i) && i == n, "status detail: %.*s", (int)n,
               s);
    size_t at = (size_t)(s - in), end = at + n;
    FUZZ_CHECK(at == 0 || (!bt_alnum(in[at - 1]) && in[at - 1] != '.'),
               "status after %02x", (unsigned char)in[at - 1]);
    FUZZ_CHECK(end == size ||
                   (!bt_alnum(in[end]) &&
                    !(in[end] == '.' && end + 1 < size &&
                      bt_digit(in[end + 1]))),
               "status before %02x", (unsigned char)in[end]);
}

static void bt_check_reply(struct mxq_slice r, const char *in, size_t size)
{
    const char *s = r.p;
    FUZZ_CHECK(r.n == 3 && (s[0] == '4' || s[0] == '5') && s[1] >= '0' &&
                   s[1] <= '5' && bt_digit(s[2]),
               "reply %.*s", (int)r.n, s);
    size_t at = (size_t)(s - in), end = at + 3;
    FUZZ_CHECK(at == 0 || !bt_alnum(in[at - 1]), "reply after %02x",
               (unsigned char)in[at - 1]);
    FUZZ_CHECK(end < size && (in[end] == ' ' || in[end] == '\t' ||
                              in[end] == '-' || in[end] == '\r' ||
                              in[end] == '\n'),
               "reply followed by %02x",
               end < size ? (unsigned char)in[end] : 0x100);
}

static bool bt_atext(char c)
{
    return bt_alnum(c) || (c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c));
}

static void bt_check_recipient(struct mxq_slice r)
{
    const char *s = r.p;
    size_t n = r.n, ats = 0, at = 0;
    bool quoted = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (s[i] == '@' && !quoted) {
            ats++;
            at = i;
        }
    }
    FUZZ_CHECK(ats == 1, "recipient with %zu '@': %.*s", ats, (int)n, s);
    FUZZ_CHECK(at >= 1 && at <= 64 && n - at - 1 >= 1 && n - at - 1 <= 255,
               "recipient lengths: %.*s", (int)n, s);
    /* dot-atom-text */
    for (size_t i = 0; i < at; i++)
        FUZZ_CHECK(bt_atext(s[i]) ||
                       (s[i] == '.' && i > 0 && i + 1 < at && s[i + 1] != '.'),
                   "recipient local part: %.*s", (int)n, s);
    /* labels of letters, digits and inner '-' */
    size_t label = 0;
    for (size_t i = at + 1; i <= n; i++) {
        if (i == n || s[i] == '.') {
            FUZZ_CHECK(label >= 1 && label <= 63 && s[i - 1] != '-',
                       "recipient label: %.*s", (int)n, s);
            label = 0;
            continue;
        }
        FUZZ_CHECK(bt_alnum(s[i]) || (s[i] == '-' && label > 0),
                   "recipient domain: %.*s", (int)n, s);
        label++;
    }
}

static bool bt_ref_sender(const char *p, size_t n)
{
    static const char *const names[] = {
        "mailer-daemon", "mailer_daemon", "mailerdaemon", "mail-daemon",
        "mail_daemon",   "maildaemon",    "postmaster",
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (n == strlen(names[i]) && strncasecmp(p, names[i], n) == 0 &&
            memchr(p, '\0', n) == NULL)
            return true;
    return false;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);

    bool sub = mxq_bounce_subject(in, size);
    FUZZ_CHECK(sub == mxq_bounce_subject(in, size), "subject twice");
    FUZZ_CHECK(!sub || size >= 9, "a bounce subject of %zu octets", size);
    FUZZ_CHECK(mxq_bounce_sender(in, size) == bt_ref_sender(in, size),
               "sender disagrees with the list");

    struct mxq_bounce_facts f, again;
    mxq_bounce_scan(in, size, &f);
    mxq_bounce_scan(in, size, &again);
    FUZZ_CHECK(bt_same(f.status, again.status) &&
                   bt_same(f.reply, again.reply) &&
                   bt_same(f.recipient, again.recipient),
               "a second scan differs");
    FUZZ_CHECK(fuzz_slice_inside(f.status.p, f.status.n, in, size) &&
                   fuzz_slice_inside(f.reply.p, f.reply.n, in, size) &&
                   fuzz_slice_inside(f.recipient.p, f.recipient.n, in, size),
               "a slice outside the input");
    if (f.status.n)
        bt_check_status(f.status, in, size);
    if (f.reply.n)
        bt_check_reply(f.reply, in, size);
    if (f.recipient.n)
        bt_check_recipient(f.recipient);
    free(in);
    return 0;
}
