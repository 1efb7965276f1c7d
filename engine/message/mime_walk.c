/*
 * Walking a message's MIME parts: each part's header section through the
 * header scanner, its Content-Type through the field machine, and a
 * multipart body split at its delimiter lines.
 */
#include "mime_walk.h"

#include <string.h>
#include <strings.h>

#include "mime_body.h"
#include "mime_header.h"

bool mxq_mime_slice_is(struct mxq_slice s, const char *word)
{
    return s.n == strlen(word) && strncasecmp(s.p, word, s.n) == 0;
}

struct walk {
    const char *msg;
    mxq_mime_part_fn *fn;
    void *ctx;
    size_t parts;
    enum mxq_mime_walk_status status;
    bool too_deep;                 /* a part was left out for its depth */
};

/* What a part's header section says. */
struct part_fields {
    const char *text;              /* the part's first octet */
    struct mxq_slice content_type, encoding;
};

static void on_field(void *ctx, const struct mxq_header_field *f)
{
    struct part_fields *pf = ctx;
    struct mxq_slice name = {pf->text + f->start, f->name_len};
    struct mxq_slice body = {pf->text + f->body_start,
                             f->end - f->body_start};
    /* the first of each counts */
    if (mxq_mime_slice_is(name, "content-type") && pf->content_type.p == NULL)
        pf->content_type = body;
    else if (mxq_mime_slice_is(name, "content-transfer-encoding") &&
             pf->encoding.p == NULL)
        pf->encoding = body;
}

/* Where the body of the part at text[0..n) starts: after the empty line,
 * or, when the header section stops parsing, at the line that stops it.
 * fn gets each field before. */
static size_t read_header(const char *text, size_t n,
                          mxq_header_field_fn *fn, void *ctx)
{
    static const struct mxq_header_limits unlimited = {
        (size_t)-1, (size_t)-1, (size_t)-1};
    struct mxq_header_scanner sc;

    mxq_header_init(&sc, &unlimited);
    enum mxq_header_status st = mxq_header_scan(&sc, text, n, fn, ctx, NULL);
    if (st == MXQ_HEADER_MORE)
        st = mxq_header_finish(&sc, fn, ctx);
    if (st == MXQ_HEADER_DONE)
        return sc.body_offset;
    size_t at = sc.error_offset;
    while (at > 0 && text[at - 1] != '\n')
        at--;
    return at;
}

static void walk_part(struct walk *w, size_t start, size_t end,
                      unsigned depth, bool in_digest);

/* The parts of a multipart body at [body, end), split at `boundary`. */
static void walk_children(struct walk *w, const struct mxq_mime_part *parent,
                          const char *boundary, size_t boundary_len)
{
    bool digest = mxq_mime_slice_is(parent->subtype, "digest");
    struct mxq_mime_delimiter d;
    size_t n = parent->end;

    if (!mxq_mime_find_delimiter(w->msg, n, parent->body, boundary,
                                 boundary_len, &d))
        return; /* no parts: the preamble is all there is */
    while (!d.closing && d.next < n && w->status == MXQ_MIME_WALKED) {
        size_t start = d.next;
        struct mxq_mime_delimiter next;
        bool more = mxq_mime_find_delimiter(w->msg, n, start, boundary,
                                            boundary_len, &next);
        walk_part(w, start, more ? next.body_end : n, parent->depth + 1,
                  digest);
        if (!more)
            return;
        d = next;
    }
}

static void walk_part(struct walk *w, size_t start, size_t end,
                      unsigned depth, bool in_digest)
{
    if (w->status != MXQ_MIME_WALKED)
        return;
    if (depth > MXQ_MIME_DEPTH_MAX) {
        w->too_deep = true;
        return;
    }
    if (w->parts == MXQ_MIME_PARTS_MAX) {
        w->status = MXQ_MIME_TOO_MANY_PARTS;
        return;
    }

    struct part_fields pf = {0};
    struct mxq_mime_part part = {
        .header = start, .end = end, .depth = depth, .index = w->parts++,
        .encoding = MXQ_CTE_7BIT};
    pf.text = w->msg + start;
    part.body = start + read_header(pf.text, end - start, on_field, &pf);
    struct mxq_content_type ct;
    if (pf.content_type.p != NULL &&
        mxq_content_type_parse(pf.content_type.p, pf.content_type.n, &ct)) {
        part.type = ct.type;
        part.subtype = ct.subtype;
        part.content_type = pf.content_type;
    } else {
        part.type = (struct mxq_slice){in_digest ? "message" : "text",
                                       in_digest ? 7 : 4};
        part.subtype = (struct mxq_slice){in_digest ? "rfc822" : "plain",
                                          in_digest ? 6 : 5};
    }
    if (pf.encoding.p != NULL)
        part.encoding = mxq_content_transfer_encoding(pf.encoding.p,
                                                      pf.encoding.n, NULL);
    if (!w->fn(w->ctx, &part)) {
        w->status = MXQ_MIME_STOPPED;
        return;
    }

    char boundary[MXQ_MIME_BOUNDARY_MAX + 1];
    size_t boundary_len;
    if (mxq_mime_slice_is(part.type, "multipart") &&
        mxq_content_type_param(part.content_type.p, part.content_type.n,
                               "boundary", boundary, sizeof boundary,
                               &boundary_len) == MXQ_MIME_PARAM_FOUND &&
        boundary_len > 0)
        walk_children(w, &part, boundary, boundary_len);
}

enum mxq_mime_walk_status mxq_mime_walk(const char *message, size_t n,
                                        mxq_mime_part_fn *fn, void *ctx)
{
    struct walk w = {message, fn, ctx, 0, MXQ_MIME_WALKED, false};
    walk_part(&w, 0, n, 0, false);
    if (w.status == MXQ_MIME_WALKED && w.too_deep)
        return MXQ_MIME_TOO_DEEP;
    return w.status;
}

/* The fields of one name in a part's header section: how many, and the
 * first. */
struct field_search {
    const char *text, *name;
    struct mxq_slice found;
    size_t count;
};

static void on_search(void *ctx, const struct mxq_header_field *f)
{
    struct field_search *fs = ctx;
    struct mxq_slice name = {fs->text + f->start, f->name_len};
    if (mxq_mime_slice_is(name, fs->name) && fs->count++ == 0)
        fs->found = (struct mxq_slice){fs->text + f->body_start,
                                       f->end - f->body_start};
}

size_t mxq_mime_part_fields(const char *message,
                            const struct mxq_mime_part *part,
                            const char *name, struct mxq_slice *first)
{
    struct field_search fs = {message + part->header, name, {NULL, 0}, 0};
    read_header(fs.text, part->body - part->header, on_search, &fs);
    *first = fs.found;
    return fs.count;
}

bool mxq_mime_part_field(const char *message,
                         const struct mxq_mime_part *part, const char *name,
                         struct mxq_slice *body)
{
    return mxq_mime_part_fields(message, part, name, body) > 0;
}
