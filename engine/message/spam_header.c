/*
 * SpamAssassin's markup fields from spamd's verdict; see spam_header.h.
 */
#include "spam_header.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Lines are folded before this many octets, as SpamAssassin does. */
#define FOLD_AT 78

static bool append_test(struct mxq_buffer *out, size_t *column,
                        const char *name, bool first)
{
    size_t n = strlen(name);
    if (!first && !mxq_buffer_append(out, ",", 1))
        return false;
    *column += first ? 0 : 1;
    if (!first && *column + n > FOLD_AT) {
        if (!mxq_buffer_append(out, "\r\n\t", 3))
            return false;
        *column = 1;
    }
    *column += n;
    return mxq_buffer_append(out, name, n);
}

bool mxq_spam_header_append(struct mxq_buffer *out,
                            const struct mxq_checks *checks, bool pad)
{
    const struct mxq_spam_verdict *v = checks->spam;
    if (!checks->spam_ran || checks->spam_skipped || v == NULL ||
        (v->result != MXQ_SPAM_SPAM && v->result != MXQ_SPAM_HAM))
        return true;
    bool spam = v->result == MXQ_SPAM_SPAM;
    size_t start = out->len;
    char status[96];
    int n = snprintf(status, sizeof status,
                     "X-Spam-Status: %s, score=%.1f required=%.1f tests=",
                     spam ? "Yes" : "No", v->score, v->threshold);
    if (n < 0 || (size_t)n >= sizeof status)
        return false;
    bool ok = (!spam || mxq_buffer_append_str(out, "X-Spam-Flag: YES\r\n")) &&
              mxq_buffer_append(out, status, (size_t)n);
    size_t column = (size_t)n;
    for (size_t i = 0; ok && i < v->symbol_count; i++)
        ok = append_test(out, &column, v->symbol[i], i == 0);
    if (ok && v->symbol_count == 0)
        ok = mxq_buffer_append_str(out, "none");
    while (ok && pad && (out->len - start + 2) % 3 != 0)
        ok = mxq_buffer_append(out, " ", 1);
    return ok && mxq_buffer_append(out, "\r\n", 2);
}

bool mxq_spam_header_is_markup(const char *name, size_t n)
{
    return n > 7 && strncasecmp(name, "x-spam-", 7) == 0;
}
