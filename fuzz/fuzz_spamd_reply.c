/*
 * fuzz-spamd_reply: spamd's reply (grammar/spamd_reply.rl) read into a
 * verdict (engine/checks/spam.c) on any bytes.
 *
 * Invariants: the result is HAM, SPAM or TEMPERROR, TEMPERROR exactly
 * when there is a reason; a TEMPERROR verdict holds nothing else; at most
 * MXQ_SPAM_MAX_SYMBOLS symbols, each inside names[], NUL-terminated
 * there, in order, not overlapping, a non-empty run of letters, digits
 * and '_', and the body's symbols in their order; kept and dropped
 * symbols add up to what the grammar counted; scores as the grammar read
 * them, finite. The grammar alone: its slices lie inside the input, OK
 * only with the rest of the input as body and every symbol handed out.
 * The request head with the input's first line as user: a User line
 * exactly for a token, and nothing when one octet short.
 */
#include "fuzz_support.h"

#include "spam.h"
#include "spamd_reply.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

struct spamd_reply_fuzz_sink {
    const char *buf;
    size_t len;
    size_t calls;
};

static void spamd_reply_fuzz_symbol(void *ctx, struct mxq_slice name)
{
    struct spamd_reply_fuzz_sink *s = ctx;
    FUZZ_CHECK(name.n > 0, "empty symbol");
    FUZZ_CHECK(fuzz_slice_inside(name.p, name.n, s->buf, s->len),
               "symbol outside the input");
    s->calls++;
}

static bool spamd_reply_fuzz_symbol_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
}

/* s[0..len) is a whole symbol of the list body, at or after *from;
 * *from then past it. */
static bool spamd_reply_fuzz_in(struct mxq_slice body, const char *s,
                                size_t len, size_t *from)
{
    for (size_t at = *from; at + len <= body.n; at++) {
        if ((at == 0 || body.p[at - 1] == ',') &&
            memcmp(body.p + at, s, len) == 0 &&
            (at + len == body.n ||
             !spamd_reply_fuzz_symbol_char(body.p[at + len]))) {
            *from = at + len;
            return true;
        }
    }
    return false;
}

static void spamd_reply_fuzz_head(const char *buf, size_t size)
{
    char user[64], head[160];
    size_t u = 0;
    while (u < size && u < sizeof user - 1 && buf[u] != '\n' && buf[u] != '\0')
        u++;
    memcpy(user, buf, u);
    user[u] = '\0';
    bool token = u > 0;
    for (size_t i = 0; i < u; i++)
        token = token && (spamd_reply_fuzz_symbol_char(user[i]) ||
                          user[i] == '.' || user[i] == '-' || user[i] == '@');
    size_t len = mxq_spam_request_head(head, sizeof head, size, user);
    FUZZ_CHECK(len > 0 && len < sizeof head && head[len] == '\0' &&
                   strlen(head) == len, "head length %zu", len);
    FUZZ_CHECK((strstr(head, "\r\nUser: ") != NULL) == token,
               "User line for \"%s\"", user);
    FUZZ_CHECK(len >= 4 && memcmp(head + len - 4, "\r\n\r\n", 4) == 0 &&
                   strstr(head, "\r\n\r\n") == head + len - 4,
               "head does not end at its empty line");
    /* one octet too few: nothing */
    FUZZ_CHECK(mxq_spam_request_head(head, len, size, user) == 0 &&
                   head[0] == '\0', "head fits in %zu", len);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);

    /* the grammar alone */
    struct mxq_spamd_reply r;
    struct spamd_reply_fuzz_sink sink = {buf, size, 0};
    enum mxq_spamd_reply_status st =
        mxq_spamd_reply_parse(buf, size, &r, spamd_reply_fuzz_symbol, &sink);
    FUZZ_CHECK(st >= MXQ_SPAMD_REPLY_OK &&
                   st <= MXQ_SPAMD_REPLY_LENGTH_MISMATCH, "status %d", (int)st);
    FUZZ_CHECK(fuzz_slice_inside(r.message.p, r.message.n, buf, size),
               "message outside the input");
    FUZZ_CHECK(r.status_line || r.code == 0, "code without a status line");
    FUZZ_CHECK(r.code <= 999, "code %u", r.code);
    if (st == MXQ_SPAMD_REPLY_OK || st == MXQ_SPAMD_REPLY_LENGTH_MISMATCH) {
        FUZZ_CHECK(r.status_line, "OK without a status line");
        FUZZ_CHECK(fuzz_slice_inside(r.body.p, r.body.n, buf, size) &&
                       r.body.p + r.body.n == buf + size,
                   "body is not the rest of the input");
        FUZZ_CHECK(r.symbols == sink.calls, "%zu symbols, %zu calls",
                   r.symbols, sink.calls);
        FUZZ_CHECK(st == MXQ_SPAMD_REPLY_OK ||
                       (r.has_length && r.content_length != r.body.n),
                   "mismatch without one");
        if (r.spam_header)
            FUZZ_CHECK(r.score > -1e9 && r.score < 1e9 &&
                           r.threshold > -1e9 && r.threshold < 1e9,
                       "score %g / %g", r.score, r.threshold);
    } else {
        FUZZ_CHECK(!r.spam_header, "Spam header of a broken reply");
    }

    /* the verdict */
    struct mxq_spam_verdict v;
    memset(&v, 0xa5, sizeof v);
    mxq_spam_parse(buf, size, &v);
    FUZZ_CHECK(v.result == MXQ_SPAM_HAM || v.result == MXQ_SPAM_SPAM ||
                   v.result == MXQ_SPAM_TEMPERROR, "result %d", (int)v.result);
    FUZZ_CHECK((v.result == MXQ_SPAM_TEMPERROR) == (v.reason != NULL),
               "result %d with reason %s", (int)v.result,
               v.reason ? v.reason : "(null)");
    FUZZ_CHECK(v.symbol_count <= MXQ_SPAM_MAX_SYMBOLS, "%zu symbols",
               v.symbol_count);
    if (v.result == MXQ_SPAM_TEMPERROR) {
        FUZZ_CHECK(v.reason[0] != '\0', "empty reason");
        FUZZ_CHECK(v.symbol_count == 0 && v.symbols_dropped == 0 &&
                       v.score == 0 && v.threshold == 0,
                   "TEMPERROR (%s) with a verdict", v.reason);
        FUZZ_CHECK(size == 0 || size > MXQ_SPAM_REPLY_MAX ||
                       st != MXQ_SPAMD_REPLY_OK || r.code != 0 ||
                       !r.spam_header,
                   "TEMPERROR (%s) for a good reply", v.reason);
    } else {
        FUZZ_CHECK(st == MXQ_SPAMD_REPLY_OK && r.code == 0 && r.spam_header,
                   "verdict for a reply the grammar refused");
        FUZZ_CHECK(v.score == r.score && v.threshold == r.threshold,
                   "scores differ from the grammar's");
        FUZZ_CHECK((v.result == MXQ_SPAM_SPAM) == r.spam, "flag differs");
        FUZZ_CHECK(v.symbol_count + v.symbols_dropped == r.symbols,
                   "%zu kept + %zu dropped != %zu", v.symbol_count,
                   v.symbols_dropped, r.symbols);
        const char *next = v.names;
        size_t from = 0;
        for (size_t i = 0; i < v.symbol_count; i++) {
            const char *s = v.symbol[i];
            FUZZ_CHECK(s >= next && s < v.names + sizeof v.names,
                       "symbol %zu outside names[] or out of order", i);
            size_t room = (size_t)(v.names + sizeof v.names - s);
            size_t len = strnlen(s, room);
            FUZZ_CHECK(len < room, "symbol %zu not NUL-terminated", i);
            FUZZ_CHECK(len > 0, "symbol %zu empty", i);
            for (size_t k = 0; k < len; k++)
                FUZZ_CHECK(spamd_reply_fuzz_symbol_char(s[k]),
                           "symbol %zu holds 0x%02x", i, (unsigned char)s[k]);
            FUZZ_CHECK(spamd_reply_fuzz_in(r.body, s, len, &from),
                       "symbol %s not in the body (in order)", s);
            next = s + len + 1;
        }
    }
    /* the same bytes, the same verdict */
    struct mxq_spam_verdict again;
    mxq_spam_parse(buf, size, &again);
    FUZZ_CHECK(again.result == v.result && again.reason == v.reason &&
                   again.symbol_count == v.symbol_count &&
                   again.symbols_dropped == v.symbols_dropped,
               "not deterministic");

    spamd_reply_fuzz_head(buf, size);
    free(buf);
    return 0;
}
