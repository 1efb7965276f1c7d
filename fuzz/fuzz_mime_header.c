/*
 * fuzz-mime-header: the header section scanner of grammar/mime_header.rl.
 * The first input octet chooses how the rest (a message, as it is after
 * DATA's unstuffing) is cut into pieces and which limits apply.
 *
 * Invariants: the outcome (status, offsets, every field) never depends on
 * the cuts; without limits it equals that of a plain line-by-line
 * reference written here; the fields tile the header section; with
 * limits, the fields reported are the first ones of the unlimited scan.
 */
#include "fuzz_support.h"

#include "mime_header.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define MH_MAX_FIELDS 4096

struct mh_outcome {
    struct mxq_header_field fields[MH_MAX_FIELDS];
    size_t count;
    enum mxq_header_status status;
    size_t body_offset, error_offset;
};

static void mh_collect(void *ctx, const struct mxq_header_field *f)
{
    struct mh_outcome *o = ctx;
    FUZZ_CHECK(o->count < MH_MAX_FIELDS, "more fields than the limit");
    o->fields[o->count++] = *f;
}

static size_t mh_next_piece(uint32_t *state, size_t max)
{
    *state = *state * 1103515245u + 12345u;
    return 1 + (size_t)((*state >> 16) % max);
}

static void mh_scan(const char *p, size_t n, uint8_t seed,
                    const struct mxq_header_limits *limits,
                    struct mh_outcome *o)
{
    static const size_t max_piece[4] = {1, 3, 17, 1 << 20};
    struct mxq_header_scanner sc;
    uint32_t state = seed;
    size_t at = 0;

    memset(o, 0, sizeof *o);
    mxq_header_init(&sc, limits);
    o->status = MXQ_HEADER_MORE;
    while (at < n && o->status == MXQ_HEADER_MORE) {
        size_t piece = mh_next_piece(&state, max_piece[seed & 3]);
        if (piece > n - at)
            piece = n - at;
        char *copy = fuzz_copy(p + at, piece);
        size_t used = 0;
        o->status = mxq_header_scan(&sc, copy, piece, mh_collect, o, &used);
        free(copy);
        FUZZ_CHECK(used <= piece, "consumed %zu of %zu", used, piece);
        FUZZ_CHECK(o->status != MXQ_HEADER_MORE || used == piece,
                   "stopped early (%zu of %zu) while still in the header",
                   used, piece);
        at += used;
    }
    if (o->status == MXQ_HEADER_MORE)
        o->status = mxq_header_finish(&sc, mh_collect, o);
    o->body_offset = sc.body_offset;
    o->error_offset = sc.error_offset;
}

static bool mh_ftext(unsigned char c)
{
    return c >= 33 && c <= 126 && c != ':';
}

static void mh_ref_emit(struct mh_outcome *o, struct mxq_header_field *cur,
                        bool *open, size_t end)
{
    if (!*open)
        return;
    cur->end = end;
    mh_collect(o, cur);
    *open = false;
}

static void mh_ref_end(struct mh_outcome *o, enum mxq_header_status st,
                       size_t at)
{
    o->status = st;
    if (st == MXQ_HEADER_DONE)
        o->body_offset = at;
    else
        o->error_offset = at;
}

/* RFC 5322 §2.2 read line by line, without limits. */
static void mh_reference(const unsigned char *m, size_t n,
                         struct mh_outcome *o)
{
    struct mxq_header_field cur = {0};
    bool open = false;
    size_t i = 0;

    memset(o, 0, sizeof *o);
    for (;;) {
        /* At the start of a line. */
        if (i == n) {
            mh_ref_emit(o, &cur, &open, n);
            return mh_ref_end(o, MXQ_HEADER_DONE, n);
        }
        if (m[i] == '\r') {
            mh_ref_emit(o, &cur, &open, i);
            if (i + 1 == n)
                return mh_ref_end(o, MXQ_HEADER_DONE, n);
            if (m[i + 1] == '\n')
                return mh_ref_end(o, MXQ_HEADER_DONE, i + 2);
            return mh_ref_end(o, MXQ_HEADER_MALFORMED, i + 1);
        }
        if (m[i] == ' ' || m[i] == '\t') {
            if (!open)
                return mh_ref_end(o, MXQ_HEADER_MALFORMED, i);
        } else if (mh_ftext(m[i])) {
            mh_ref_emit(o, &cur, &open, i);
            cur = (struct mxq_header_field){.start = i};
            open = true;
            while (i < n && mh_ftext(m[i]))
                i++;
            cur.name_len = i - cur.start;
            while (i < n && (m[i] == ' ' || m[i] == '\t'))
                i++;
            if (i == n || m[i] != ':')
                return mh_ref_end(o, MXQ_HEADER_MALFORMED, i);
            cur.body_start = ++i;
        } else {
            mh_ref_emit(o, &cur, &open, i);
            return mh_ref_end(o, MXQ_HEADER_MALFORMED, i);
        }
        /* The rest of the line, through its CRLF. */
        for (;; i++) {
            if (i == n) {
                mh_ref_emit(o, &cur, &open, n);
                return mh_ref_end(o, MXQ_HEADER_DONE, n);
            }
            if (m[i] == '\n')
                return mh_ref_end(o, MXQ_HEADER_MALFORMED, i);
            if (m[i] >= 0x80)
                cur.eight_bit = true;
            if (m[i] != '\r')
                continue;
            if (i + 1 == n) {
                mh_ref_emit(o, &cur, &open, n);
                return mh_ref_end(o, MXQ_HEADER_DONE, n);
            }
            if (m[i + 1] != '\n')
                return mh_ref_end(o, MXQ_HEADER_MALFORMED, i + 1);
            i += 2;
            break;
        }
    }
}

static void mh_check_same(const struct mh_outcome *a,
                          const struct mh_outcome *b, const char *what)
{
    FUZZ_CHECK(a->status == b->status, "%s: status %d, other %d", what,
               (int)a->status, (int)b->status);
    FUZZ_CHECK(a->count == b->count, "%s: %zu fields, other %zu", what,
               a->count, b->count);
    if (a->status == MXQ_HEADER_DONE)
        FUZZ_CHECK(a->body_offset == b->body_offset,
                   "%s: body at %zu, other %zu", what, a->body_offset,
                   b->body_offset);
    else
        FUZZ_CHECK(a->error_offset == b->error_offset,
                   "%s: error at %zu, other %zu", what, a->error_offset,
                   b->error_offset);
    for (size_t i = 0; i < a->count; i++)
        FUZZ_CHECK(memcmp(&a->fields[i], &b->fields[i],
                          sizeof a->fields[i]) == 0,
                   "%s: field %zu differs", what, i);
}

static struct mh_outcome mh_whole, mh_cut, mh_ref, mh_limited;

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *m = (const char *)data + 1;
    /* Short enough that no scan can report more than MH_MAX_FIELDS (a
     * field takes at least three octets). */
    size_t n = size - 1 < 3 * MH_MAX_FIELDS ? size - 1 : 3 * MH_MAX_FIELDS;
    const struct mxq_header_limits unlimited = {SIZE_MAX, MH_MAX_FIELDS,
                                                SIZE_MAX};

    mh_scan(m, n, 3, &unlimited, &mh_whole); /* one piece */
    mh_scan(m, n, data[0], &unlimited, &mh_cut);
    mh_check_same(&mh_whole, &mh_cut, "in pieces");
    mh_reference((const unsigned char *)m, n, &mh_ref);
    mh_check_same(&mh_whole, &mh_ref, "reference");

    size_t at = 0;
    for (size_t i = 0; i < mh_whole.count; i++) {
        FUZZ_CHECK(mh_whole.fields[i].start == at, "field %zu at %zu, not %zu",
                   i, mh_whole.fields[i].start, at);
        at = mh_whole.fields[i].end;
    }

    /* Small limits: an error, or the unlimited outcome; the fields
     * reported are the unlimited scan's first ones. */
    const struct mxq_header_limits small = {1 + (data[0] >> 4),
                                            1 + (data[0] & 7),
                                            1 + (size_t)data[0] * 4};
    mh_scan(m, n, data[0], &small, &mh_limited);
    FUZZ_CHECK(mh_limited.count <= mh_whole.count, "limits gave more fields");
    for (size_t i = 0; i < mh_limited.count; i++)
        FUZZ_CHECK(memcmp(&mh_limited.fields[i], &mh_whole.fields[i],
                          sizeof mh_whole.fields[i]) == 0,
                   "limited field %zu differs", i);
    if (mh_limited.status == MXQ_HEADER_DONE ||
        mh_limited.status == MXQ_HEADER_MALFORMED)
        mh_check_same(&mh_limited, &mh_whole, "limited");
    return 0;
}
