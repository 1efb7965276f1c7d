/*
 * fuzz-bounce_text: the bounce heuristics (grammar/bounce_text.rl) on any
 * bytes: the subject and sender machines and the text scanner.
 *
 * Invariants: every slice lies inside the input; a status has the shape
 * d.d{1,3}.d{1,3} with 2, 4 or 5 first; a reply code is three digits, 4
 * or 5 first; a recipient holds one '@' with text on both sides; a
 * second scan gives the same facts.
 */
#include "fuzz_support.h"

#include "bounce_text.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool inside(struct mxq_slice s, const char *p, size_t n)
{
    return s.n == 0 || (s.p >= p && s.p + s.n <= p + n);
}

static bool digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return n > 0;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *text = fuzz_copy(data, size);
    (void)mxq_bounce_subject(text, size);
    (void)mxq_bounce_sender(text, size);

    struct mxq_bounce_facts f, again;
    mxq_bounce_scan(text, size, &f);
    mxq_bounce_scan(text, size, &again);
    FUZZ_CHECK(memcmp(&f, &again, sizeof f) == 0, "a second scan differs");
    FUZZ_CHECK(inside(f.status, text, size) && inside(f.reply, text, size) &&
                   inside(f.recipient, text, size),
               "a slice outside the input");
    if (f.status.n > 0) {
        const char *s = f.status.p;
        const char *d1 = memchr(s, '.', f.status.n);
        FUZZ_CHECK(d1 == s + 1 && (s[0] == '2' || s[0] == '4' || s[0] == '5'),
                   "status class %.*s", (int)f.status.n, s);
        size_t rest = f.status.n - 2;
        const char *d2 = memchr(d1 + 1, '.', rest);
        FUZZ_CHECK(d2 != NULL && digits(d1 + 1, (size_t)(d2 - d1 - 1)) &&
                       d2 - d1 - 1 <= 3 &&
                       digits(d2 + 1, (size_t)(s + f.status.n - d2 - 1)) &&
                       s + f.status.n - d2 - 1 <= 3,
                   "status %.*s", (int)f.status.n, s);
    }
    if (f.reply.n > 0)
        FUZZ_CHECK(f.reply.n == 3 && digits(f.reply.p, 3) &&
                       (f.reply.p[0] == '4' || f.reply.p[0] == '5'),
                   "reply %.*s", (int)f.reply.n, f.reply.p);
    if (f.recipient.n > 0) {
        const char *at = memchr(f.recipient.p, '@', f.recipient.n);
        FUZZ_CHECK(at != NULL && at > f.recipient.p &&
                       at < f.recipient.p + f.recipient.n - 1 &&
                       memchr(at + 1, '@', (size_t)(f.recipient.p +
                                                   f.recipient.n - at - 1)) ==
                           NULL,
                   "recipient %.*s", (int)f.recipient.n, f.recipient.p);
    }
    free(text);
    return 0;
}
