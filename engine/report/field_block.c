/*
 * The header-like field blocks of delivery-status (RFC 3464 §2.1),
 * feedback-report (RFC 5965 §3) and disposition-notification (RFC 8098
 * §3.1) bodies: one block, or a per-message block and then blocks
 * separated by empty lines. Each block is split into fields by the RFC
 * 5322 header-section scanner (grammar/mime_header.rl), which stops at
 * the empty line that ends it.
 */
#include <stdlib.h>
#include <string.h>

#include "mime_header.h"
#include "report_parsers.h"

/* The body with CRLF line ends: itself, or a copy in *copy. */
static bool crlf_text(const char *p, size_t n, struct mxq_buffer *copy,
                      struct mxq_slice *out, char *err)
{
    if (n > MXQ_REPORT_MAX_BODY)
        return mxq_report_fail(err, "report part larger than %u octets",
                               MXQ_REPORT_MAX_BODY);
    bool bare = false;
    for (size_t i = 0; i < n && !bare; i++)
        bare = (p[i] == '\n' && (i == 0 || p[i - 1] != '\r')) ||
               (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n'));
    if (!bare) {
        *out = (struct mxq_slice){p, n};
        return true;
    }
    /* A line ends at LF, at CRLF, or at a CR alone. */
    for (size_t i = 0; i < n; i++) {
        bool end = p[i] == '\n' || p[i] == '\r';
        bool ok = end ? mxq_buffer_append(copy, "\r\n", 2)
                      : mxq_buffer_append(copy, p + i, 1);
        if (!ok)
            return mxq_report_fail(err, "out of memory");
        if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
            i++;
    }
    *out = (struct mxq_slice){copy->data, copy->len};
    return true;
}

struct block_ctx {
    const char *base;                  /* where the scan started */
    struct mxq_report_block *b;
};

static void add_field(void *ctx, const struct mxq_header_field *f)
{
    struct block_ctx *c = ctx;
    if (c->b->count >= MXQ_REPORT_MAX_FIELDS)
        return; /* the scanner's own limit stops it */
    struct mxq_report_field *out = &c->b->fields[c->b->count++];
    out->name = (struct mxq_slice){c->base + f->start, f->name_len};
    out->value = (struct mxq_slice){c->base + f->body_start,
                                    f->end - f->body_start};
}

static const char *scan_error(enum mxq_header_status st)
{
    switch (st) {
    case MXQ_HEADER_LINE_TOO_LONG:
        return "a line too long";
    case MXQ_HEADER_TOO_MANY_FIELDS:
        return "too many fields";
    case MXQ_HEADER_TOO_LARGE:
        return "a field block too large";
    default:
        return "a line that is no field";
    }
}

bool mxq_report_block_read(const char *p, size_t n, size_t *pos,
                           struct mxq_report_block *b, char *err)
{
    b->count = 0;
    /* Empty lines between blocks (and before the first) say nothing. */
    while (*pos + 1 < n && p[*pos] == '\r' && p[*pos + 1] == '\n')
        *pos += 2;
    if (*pos >= n)
        return true;

    static const struct mxq_header_limits limits = {
        .max_line = MXQ_REPORT_MAX_LINE,
        .max_fields = MXQ_REPORT_MAX_FIELDS,
        .max_size = MXQ_REPORT_MAX_BODY,
    };
    struct mxq_header_scanner sc;
    struct block_ctx c = {p + *pos, b};
    size_t consumed = 0;
    mxq_header_init(&sc, &limits);
    enum mxq_header_status st =
        mxq_header_scan(&sc, p + *pos, n - *pos, add_field, &c, &consumed);
    bool to_the_end = st == MXQ_HEADER_MORE; /* no empty line after it */
    if (to_the_end)
        st = mxq_header_finish(&sc, add_field, &c);
    if (st != MXQ_HEADER_DONE)
        return mxq_report_fail(err, "%s at octet %zu", scan_error(st),
                               *pos + sc.error_offset);
    *pos = to_the_end ? n : *pos + consumed;
    return true;
}

const struct mxq_report_field *
mxq_report_block_find(const struct mxq_report_block *b, const char *name)
{
    for (size_t i = 0; i < b->count; i++)
        if (mxq_report_name_is(b->fields[i].name.p, b->fields[i].name.n,
                               name))
            return &b->fields[i];
    return NULL;
}

bool mxq_report_reader_open(struct mxq_report_reader *r, const char *p,
                            size_t n, char *err)
{
    *r = (struct mxq_report_reader){0};
    if (!crlf_text(p, n, &r->copy, &r->text, err)) {
        mxq_buffer_free(&r->copy);
        return false;
    }
    r->block = malloc(sizeof *r->block);
    if (r->block == NULL) {
        mxq_buffer_free(&r->copy);
        return mxq_report_fail(err, "out of memory");
    }
    return true;
}

bool mxq_report_reader_next(struct mxq_report_reader *r, char *err)
{
    return mxq_report_block_read(r->text.p, r->text.n, &r->pos, r->block,
                                 err);
}

void mxq_report_reader_close(struct mxq_report_reader *r)
{
    free(r->block);
    mxq_buffer_free(&r->copy);
    *r = (struct mxq_report_reader){0};
}
