/*
 * spamd's protocol: see spam.h. The reply is parsed by
 * grammar/spamd_reply.rl; here only the request head is written and the
 * parser's findings become the verdict.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "spam.h"
#include "spamd_reply.h"

/* sysexits.h's names, from EX_USAGE (64) on. */
static const char *const exit_reasons[] = {
    "spamd: EX_USAGE",      "spamd: EX_DATAERR",  "spamd: EX_NOINPUT",
    "spamd: EX_NOUSER",     "spamd: EX_NOHOST",   "spamd: EX_UNAVAILABLE",
    "spamd: EX_SOFTWARE",   "spamd: EX_OSERR",    "spamd: EX_OSFILE",
    "spamd: EX_CANTCREAT",  "spamd: EX_IOERR",    "spamd: EX_TEMPFAIL",
    "spamd: EX_PROTOCOL",   "spamd: EX_NOPERM",   "spamd: EX_CONFIG",
    "spamd: EX_TIMEOUT",
};
#define EXIT_FIRST 64u

/* User: a token spamd reads as one name (it puts no other limit on it). */
static bool user_token(const char *user)
{
    if (user == NULL || user[0] == '\0')
        return false;
    for (const char *c = user; *c != '\0'; c++) {
        bool ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                  (*c >= '0' && *c <= '9') || *c == '.' || *c == '_' ||
                  *c == '-' || *c == '@';
        if (!ok)
            return false;
    }
    return true;
}

size_t mxq_spam_request_head(char *out, size_t cap, size_t n, const char *user)
{
    bool with_user = user_token(user);
    int len = snprintf(out, cap,
                       "SYMBOLS SPAMC/1.5\r\nContent-length: %zu\r\n%s%s%s\r\n",
                       n, with_user ? "User: " : "", with_user ? user : "",
                       with_user ? "\r\n" : "");
    if (len < 0 || (size_t)len >= cap) {
        if (cap > 0)
            out[0] = '\0';
        return 0;
    }
    return (size_t)len;
}

/* Where the parser's symbols go. */
struct symbol_sink {
    struct mxq_spam_verdict *v;
    size_t used;                   /* octets of names[] taken */
    bool full;                     /* a symbol did not fit: drop the rest */
};

static void take_symbol(void *ctx, struct mxq_slice name)
{
    struct symbol_sink *s = ctx;
    struct mxq_spam_verdict *v = s->v;
    if (!s->full && v->symbol_count < MXQ_SPAM_MAX_SYMBOLS &&
        name.n < sizeof v->names - s->used) {
        char *at = v->names + s->used;
        memcpy(at, name.p, name.n);
        at[name.n] = '\0';
        v->symbol[v->symbol_count++] = at;
        s->used += name.n + 1;
    } else {
        s->full = true;
        v->symbols_dropped++;
    }
}

static void temperror(struct mxq_spam_verdict *v, const char *reason)
{
    memset(v, 0, sizeof *v);
    v->result = MXQ_SPAM_TEMPERROR;
    v->reason = reason;
}

void mxq_spam_parse(const char *p, size_t n, struct mxq_spam_verdict *v)
{
    struct mxq_spamd_reply r;
    struct symbol_sink sink = {v, 0, false};
    enum mxq_spamd_reply_status status;

    memset(v, 0, sizeof *v);
    if (n == 0 || p == NULL) {
        temperror(v, "empty reply");
        return;
    }
    if (n > MXQ_SPAM_REPLY_MAX) {
        temperror(v, "reply too long");
        return;
    }
    status = mxq_spamd_reply_parse(p, n, &r, take_symbol, &sink);
    if (!r.status_line) {
        temperror(v, "malformed reply");
        return;
    }
    if (r.code != 0) {
        unsigned i = r.code - EXIT_FIRST;
        temperror(v, r.code >= EXIT_FIRST &&
                             i < sizeof exit_reasons / sizeof *exit_reasons
                         ? exit_reasons[i]
                         : "spamd: error");
        return;
    }
    switch (status) {
    case MXQ_SPAMD_REPLY_OK:
        break;
    case MXQ_SPAMD_REPLY_BAD_SPAM:
        temperror(v, "bad Spam header");
        return;
    case MXQ_SPAMD_REPLY_LENGTH_MISMATCH:
        temperror(v, "Content-length mismatch");
        return;
    default:
        temperror(v, "malformed reply");
        return;
    }
    if (!r.spam_header) {
        temperror(v, "no Spam header");
        return;
    }
    v->result = r.spam ? MXQ_SPAM_SPAM : MXQ_SPAM_HAM;
    v->score = r.score;
    v->threshold = r.threshold;
    v->reason = NULL;
}
