/*
 * fuzz-mime-walk: the MIME walker (engine/message/mime_walk.c) and the
 * body machines of grammar/mime_body.rl over any message.
 *
 * Invariants: every part lies inside the message and inside its parent's
 * span, parts come in order, depth and count stay within their limits;
 * each part's body decodes (quoted-printable, base64) within its length.
 */
#include "fuzz_support.h"

#include "mime_body.h"
#include "mime_walk.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

struct mw_state {
    const char *msg;
    size_t n, count, last_header;
    char *out;
};

static bool mw_part(void *ctx, const struct mxq_mime_part *p)
{
    struct mw_state *s = ctx;
    FUZZ_CHECK(p->header <= p->body && p->body <= p->end && p->end <= s->n,
               "part %zu: %zu %zu %zu of %zu", p->index, p->header, p->body,
               p->end, s->n);
    FUZZ_CHECK(p->header >= s->last_header, "parts out of order");
    FUZZ_CHECK(p->index == s->count, "index %zu, want %zu", p->index,
               s->count);
    FUZZ_CHECK(p->depth <= MXQ_MIME_DEPTH_MAX && s->count < MXQ_MIME_PARTS_MAX,
               "past the limits");
    s->last_header = p->header;
    s->count++;
    size_t len = p->end - p->body;
    bool clean;
    FUZZ_CHECK(mxq_mime_qp_decode(s->msg + p->body, len, s->out) <= len,
               "quoted-printable grew");
    FUZZ_CHECK(mxq_mime_base64_decode(s->msg + p->body, len, s->out,
                                      &clean) <= len, "base64 grew");
    return true;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    struct mw_state s = {(const char *)data, size, 0, 0, fuzz_alloc(size + 1)};
    (void)mxq_mime_walk(s.msg, size, mw_part, &s);
    FUZZ_CHECK(s.count >= 1, "no part at all");
    free(s.out);
    return 0;
}
