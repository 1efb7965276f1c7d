/*
 * fuzz-data: the DATA scanner and the BDAT line-ending check of
 * grammar/data.rl. The first input octet chooses how the rest is cut into
 * pieces (as TCP might); the rest is the stream after "DATA".
 *
 * Invariants: the verdict (done, consumed count, bare CR, bare LF) never
 * depends on the cuts, and equals that of a plain reference scanner
 * written here; the unstuffed content equals the reference's (with cuts:
 * unless a bare CR already dooms the message); the same for the line
 * check; mxq_line_length() finds the first LF.
 */
#include "fuzz_support.h"

#include "data.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

struct data_content {
    char *p;
    size_t n;
};

static void data_sink(void *ctx, const char *p, size_t n)
{
    struct data_content *c = ctx;
    memcpy(c->p + c->n, p, n); /* room for the whole input was made */
    c->n += n;
}

struct data_verdict {
    bool done, bare_cr, bare_lf;
    size_t consumed;
};

/* RFC 5321 §4.5.2 by hand: a "." opening a line is dropped; ".\r\n"
 * opening a line ends the data; a line opens after CRLF and at the start
 * (the DATA command's CRLF came before). */
static struct data_verdict data_reference(const char *p, size_t n,
                                          struct data_content *out)
{
    struct data_verdict v = {false, false, false, n};
    bool at_line_start = true;
    bool held_cr = false;

    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\r' && i + 1 < n && p[i + 1] != '\n')
            v.bare_cr = true;
        if (c == '\n' && (i == 0 || p[i - 1] != '\r'))
            v.bare_lf = true;
        if (at_line_start && c == '.') {
            if (i + 2 < n && p[i + 1] == '\r' && p[i + 2] == '\n') {
                v.done = true;
                v.consumed = i + 3;
                return v;
            }
            held_cr = i + 2 == n && p[i + 1] == '\r';
            at_line_start = false;
            continue; /* the stuffing dot */
        }
        at_line_start = c == '\n' && i > 0 && p[i - 1] == '\r';
        out->p[out->n++] = c;
    }
    if (held_cr)
        out->n--; /* ".\r" may still become the terminator */
    return v;
}

/* The length of the next piece: 1 .. a maximum the first octet chose. */
static size_t data_next_piece(uint32_t *state, size_t max)
{
    *state = *state * 1103515245u + 12345u;
    return 1 + (size_t)((*state >> 16) % max);
}

static struct data_verdict data_scan_pieces(const char *p, size_t n,
                                            uint8_t seed,
                                            struct data_content *out)
{
    static const size_t max_piece[8] = {1, 2, 3, 5, 8, 17, 64, 4096};
    struct mxq_data_scanner sc;
    struct data_verdict v = {false, false, false, 0};
    uint32_t state = seed;

    mxq_data_init(&sc);
    while (v.consumed < n && !v.done) {
        size_t piece = data_next_piece(&state, max_piece[seed & 7]);
        if (piece > n - v.consumed)
            piece = n - v.consumed;
        char *copy = fuzz_copy(p + v.consumed, piece);
        size_t used = mxq_data_scan(&sc, copy, piece, data_sink, out, &v.done);
        free(copy);
        FUZZ_CHECK(used <= piece, "consumed %zu of %zu", used, piece);
        FUZZ_CHECK(v.done || used == piece,
                   "stopped early (%zu of %zu) without the terminator", used,
                   piece);
        v.consumed += used;
    }
    v.bare_cr = sc.bare_cr;
    v.bare_lf = sc.bare_lf;
    return v;
}

static void data_check_scanner(const char *p, size_t n, uint8_t seed)
{
    struct data_content whole = {fuzz_alloc(n + 1), 0};
    struct data_content cut = {fuzz_alloc(n + 1), 0};
    struct data_content ref = {fuzz_alloc(n + 1), 0};
    struct mxq_data_scanner sc;
    struct data_verdict w = {false, false, false, 0};

    mxq_data_init(&sc);
    char *copy = fuzz_copy(p, n);
    w.consumed = mxq_data_scan(&sc, copy, n, data_sink, &whole, &w.done);
    free(copy);
    w.bare_cr = sc.bare_cr;
    w.bare_lf = sc.bare_lf;

    struct data_verdict c = data_scan_pieces(p, n, seed, &cut);
    struct data_verdict r = data_reference(p, n, &ref);

    FUZZ_CHECK(w.done == r.done && w.consumed == r.consumed,
               "one piece: done %d after %zu, reference: done %d after %zu",
               w.done, w.consumed, r.done, r.consumed);
    /* Octets after the terminator were not scanned: compare the flags of
     * what was. */
    FUZZ_CHECK(w.bare_cr == r.bare_cr && w.bare_lf == r.bare_lf,
               "one piece: bare CR %d LF %d, reference: %d %d", w.bare_cr,
               w.bare_lf, r.bare_cr, r.bare_lf);
    FUZZ_CHECK(whole.n == ref.n && memcmp(whole.p, ref.p, ref.n) == 0,
               "one piece: %zu content octets, reference %zu", whole.n,
               ref.n);
    FUZZ_CHECK(c.done == w.done && c.consumed == w.consumed &&
                   c.bare_cr == w.bare_cr && c.bare_lf == w.bare_lf,
               "in pieces: done %d after %zu, CR %d LF %d; one piece: done "
               "%d after %zu, CR %d LF %d",
               c.done, c.consumed, c.bare_cr, c.bare_lf, w.done, w.consumed,
               w.bare_cr, w.bare_lf);
    if (!c.bare_cr)
        FUZZ_CHECK(cut.n == whole.n && memcmp(cut.p, whole.p, cut.n) == 0,
                   "in pieces: %zu content octets, one piece %zu", cut.n,
                   whole.n);
    free(whole.p);
    free(cut.p);
    free(ref.p);
}

/* BDAT: a CR must be followed by LF, an LF preceded by CR; a CR at the
 * very end counts only after mxq_lines_finish(). */
static void data_check_lines(const char *p, size_t n, uint8_t seed)
{
    bool want_cr = false, want_lf = false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\r' && i + 1 < n && p[i + 1] != '\n')
            want_cr = true;
        if (p[i] == '\n' && (i == 0 || p[i - 1] != '\r'))
            want_lf = true;
    }
    bool trailing_cr = n > 0 && p[n - 1] == '\r';

    struct mxq_data_scanner sc;
    uint32_t state = seed;
    size_t at = 0;
    mxq_lines_init(&sc);
    while (at < n) {
        size_t piece = data_next_piece(&state, 1 + (seed >> 3));
        if (piece > n - at)
            piece = n - at;
        char *copy = fuzz_copy(p + at, piece);
        mxq_lines_check(&sc, copy, piece);
        free(copy);
        at += piece;
    }
    FUZZ_CHECK(sc.bare_lf == want_lf, "lines: bare LF %d, reference %d",
               sc.bare_lf, want_lf);
    FUZZ_CHECK(sc.bare_cr == want_cr,
               "lines: bare CR %d before the end, reference %d", sc.bare_cr,
               want_cr);
    mxq_lines_finish(&sc);
    FUZZ_CHECK(sc.bare_cr == (want_cr || trailing_cr),
               "lines: bare CR %d at the end, reference %d", sc.bare_cr,
               want_cr || trailing_cr);
}

static void data_check_line_length(const char *p, size_t n)
{
    size_t want = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\n') {
            want = i + 1;
            break;
        }
    char *copy = fuzz_copy(p, n);
    size_t got = mxq_line_length(copy, n);
    free(copy);
    FUZZ_CHECK(got == want, "line length %zu, reference %zu", got, want);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *stream = (const char *)data + 1;
    size_t n = size - 1;

    data_check_scanner(stream, n, data[0]);
    data_check_lines(stream, n, data[0]);
    data_check_line_length(stream, n);
    return 0;
}
