#include "signed_fields.h"

#include <stdlib.h>
#include <string.h>

#include "dkim_signature.h"
#include "mime_header.h"

struct scan {
    struct mxq_signed_fields *x;
    bool oom;
};

static void on_field(void *ctx, const struct mxq_header_field *f)
{
    struct scan *s = ctx;
    struct mxq_signed_fields *x = s->x;
    if (s->oom)
        return;
    if (x->count == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 32;
        struct mxq_signed_field *nf = realloc(x->f, cap * sizeof *nf);
        if (nf == NULL) {
            s->oom = true;
            return;
        }
        x->f = nf;
        x->cap = cap;
    }
    struct mxq_signed_field *g = &x->f[x->count++];
    g->start = f->start;
    g->name_len = f->name_len;
    g->body_start = f->body_start;
    g->body_end = f->end;
    if (g->body_end >= g->body_start + 2 && x->msg[g->body_end - 2] == '\r' &&
        x->msg[g->body_end - 1] == '\n')
        g->body_end -= 2;
}

bool mxq_signed_fields_scan(struct mxq_signed_fields *x, const char *msg,
                            size_t n, size_t max_fields)
{
    const struct mxq_header_limits limits = {(size_t)-1, max_fields,
                                             (size_t)-1};
    struct mxq_header_scanner sc;
    struct scan s = {x, false};

    memset(x, 0, sizeof *x);
    x->msg = msg;
    x->n = n;
    x->body_offset = n;
    mxq_header_init(&sc, &limits);
    enum mxq_header_status st = mxq_header_scan(&sc, msg, n, on_field, &s,
                                                NULL);
    if (st == MXQ_HEADER_MORE)
        st = mxq_header_finish(&sc, on_field, &s);
    if (s.oom) {
        mxq_signed_fields_free(x);
        return false;
    }
    if (st == MXQ_HEADER_DONE)
        x->body_offset = sc.body_offset;
    else if (st == MXQ_HEADER_TOO_MANY_FIELDS)
        x->error = "too many header fields";
    else
        x->error = "malformed header";
    return true;
}

void mxq_signed_fields_free(struct mxq_signed_fields *x)
{
    free(x->f);
    x->f = NULL;
    x->count = x->cap = 0;
}

bool mxq_signed_field_is(const struct mxq_signed_fields *x, size_t k,
                         const char *name)
{
    struct mxq_slice s = {x->msg + x->f[k].start, x->f[k].name_len};
    return mxq_dkim_slice_eq(s, name, strlen(name));
}

void mxq_signed_field_hash(const struct mxq_signed_fields *x, size_t k,
                           struct mxq_dkim_hash *h, enum mxq_dkim_canon c)
{
    const struct mxq_signed_field *f = &x->f[k];
    mxq_dkim_canon_header(h, c, x->msg + f->start, f->body_start - f->start,
                          f->name_len, x->msg + f->body_start,
                          f->body_end - f->body_start, true);
}

/* The index of the nth field (from the bottom, 0 first) named name, or
 * count when there is none. */
static size_t nth_from_bottom(const struct mxq_signed_fields *x,
                              struct mxq_slice name, size_t nth)
{
    for (size_t k = x->count; k-- > 0;) {
        const struct mxq_signed_field *f = &x->f[k];
        if (mxq_dkim_slice_eq(name, x->msg + f->start, f->name_len)) {
            if (nth == 0)
                return k;
            nth--;
        }
    }
    return x->count;
}

void mxq_signed_fields_hash_list(const struct mxq_signed_fields *x,
                                 const struct mxq_slice *h, size_t count,
                                 struct mxq_dkim_hash *h_ctx,
                                 enum mxq_dkim_canon c)
{
    for (size_t k = 0; k < count; k++) {
        size_t nth = 0;
        for (size_t j = 0; j < k; j++)
            if (mxq_dkim_slice_eq(h[j], h[k].p, h[k].n))
                nth++;
        size_t f = nth_from_bottom(x, h[k], nth);
        if (f < x->count)
            mxq_signed_field_hash(x, f, h_ctx, c);
    }
}

bool mxq_signed_field_hash_unsigned(const struct mxq_signed_fields *x,
                                    size_t k, struct mxq_dkim_hash *h,
                                    enum mxq_dkim_canon c, size_t b_start,
                                    size_t b_end)
{
    const struct mxq_signed_field *f = &x->f[k];
    const char *body = x->msg + f->body_start;
    size_t body_len = f->body_end - f->body_start;
    size_t cut = b_end - b_start;
    char *copy = malloc(body_len - cut + 1);
    if (copy == NULL)
        return false;
    memcpy(copy, body, b_start);
    memcpy(copy + b_start, body + b_end, body_len - b_end);
    mxq_dkim_canon_header(h, c, x->msg + f->start, f->body_start - f->start,
                          f->name_len, copy, body_len - cut, false);
    free(copy);
    return true;
}
