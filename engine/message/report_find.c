/*
 * Finding a message's report: one walk over its MIME parts notes the
 * report part, the returned message after it, the attachments that may
 * be DMARC or TLS reports and the first text part; then the first of
 * those that makes the message a report is read (see report_find.h).
 */
#include "report_find.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yajl/yajl_gen.h>

#include "bounce_text.h"
#include "mime_address.h"
#include "mime_body.h"
#include "mime_id.h"
#include "mime_text.h"
#include "mime_walk.h"
#include "report.h"
#include "utf8.h"

/* Attachments tried as DMARC or TLS reports, and the octets of a bounce's
 * text that are read for its facts. */
#define ATTACHMENTS_MAX 8
#define BOUNCE_TEXT_MAX (256u * 1024)

struct found_parts {
    const char *msg;
    struct mxq_mime_part top;
    struct mxq_mime_part report;     /* the first report part */
    enum mxq_report_kind report_kind; /* NONE: there is none */
    struct mxq_mime_part returned;   /* the message it returns */
    bool have_returned;
    struct mxq_mime_part attachments[ATTACHMENTS_MAX];
    size_t attachment_count;
    struct mxq_mime_part text;       /* the first text/plain part */
    bool have_text;
};

static bool is_returned_message(const struct mxq_mime_part *p)
{
    if (mxq_mime_slice_is(p->type, "message"))
        return mxq_mime_slice_is(p->subtype, "rfc822") ||
               mxq_mime_slice_is(p->subtype, "global") ||
               mxq_mime_slice_is(p->subtype, "global-headers");
    return mxq_mime_slice_is(p->type, "text") &&
           mxq_mime_slice_is(p->subtype, "rfc822-headers");
}

static bool on_part(void *ctx, const struct mxq_mime_part *p)
{
    struct found_parts *f = ctx;
    if (p->index == 0)
        f->top = *p;
    enum mxq_report_kind kind = mxq_report_kind_of(p->type.p, p->type.n,
                                                   p->subtype.p, p->subtype.n);
    if (kind == MXQ_REPORT_AUTO) {
        if (f->attachment_count < ATTACHMENTS_MAX)
            f->attachments[f->attachment_count++] = *p;
    } else if (kind != MXQ_REPORT_NONE) {
        if (f->report_kind == MXQ_REPORT_NONE) {
            f->report = *p;
            f->report_kind = kind;
        }
    } else if (f->report_kind != MXQ_REPORT_NONE && !f->have_returned &&
               is_returned_message(p)) {
        f->returned = *p;
        f->have_returned = true;
    } else if (!f->have_text && mxq_mime_slice_is(p->type, "text") &&
               mxq_mime_slice_is(p->subtype, "plain")) {
        f->text = *p;
        f->have_text = true;
    }
    return true;
}

/* A part's body without its transfer encoding: the octets themselves, or
 * decoded into *copy. False when out of memory. */
static bool decoded_body(const char *msg, const struct mxq_mime_part *p,
                         size_t max, struct mxq_buffer *copy,
                         struct mxq_slice *out)
{
    const char *body = msg + p->body;
    size_t n = p->end > p->body ? p->end - p->body : 0;
    if (p->encoding != MXQ_CTE_BASE64 &&
        p->encoding != MXQ_CTE_QUOTED_PRINTABLE) {
        *out = (struct mxq_slice){body, n < max ? n : max};
        return true;
    }
    char *plain = malloc(n > 0 ? n : 1);
    if (plain == NULL)
        return false;
    bool clean;
    size_t len = p->encoding == MXQ_CTE_BASE64
                     ? mxq_mime_base64_decode(body, n, plain, &clean)
                     : mxq_mime_qp_decode(body, n, plain);
    bool ok = mxq_buffer_append(copy, plain, len < max ? len : max);
    free(plain);
    *out = (struct mxq_slice){copy->data, copy->len};
    return ok;
}

/* A header field of the part, decoded as unstructured text. */
static bool field_text(const char *msg, const struct mxq_mime_part *p,
                       const char *name, char *buf, size_t size,
                       struct mxq_slice *out)
{
    struct mxq_slice body;
    if (!mxq_mime_part_field(msg, p, name, &body))
        return false;
    struct mxq_mime_text t;
    mxq_mime_text_init(&t, buf, size);
    mxq_mime_unstructured(body.p, body.n, &t);
    *out = (struct mxq_slice){buf, t.len};
    return true;
}

static bool starts_with(struct mxq_slice s, const char *prefix)
{
    size_t n = strlen(prefix);
    return s.n >= n && strncasecmp(s.p, prefix, n) == 0;
}

/* RFC 7489 §7.2.1.1 names a report's file
 * receiver "!" policy-domain "!" begin "!" end [ "!" id ] ".xml"... */
static bool report_file_name(const char *msg, const struct mxq_mime_part *p)
{
    char name[256];
    size_t len;
    struct mxq_slice body;
    if (mxq_content_type_param(p->content_type.p, p->content_type.n, "name",
                               name, sizeof name, &len) == MXQ_MIME_PARAM_FOUND &&
        memchr(name, '!', len) != NULL)
        return true;
    return mxq_mime_part_field(msg, p, "content-disposition", &body) &&
           mxq_content_type_param(body.p, body.n, "filename", name,
                                  sizeof name, &len) == MXQ_MIME_PARAM_FOUND &&
           memchr(name, '!', len) != NULL;
}

/* Which report the message says the attachment is: a TLS report with
 * RFC 8460's field, else a DMARC report by its Subject or file name;
 * AUTO when it says nothing. */
static enum mxq_report_kind said_kind(const struct found_parts *f,
                                      const struct mxq_mime_part *attachment)
{
    char buf[128];
    struct mxq_slice subject, field;
    if (mxq_mime_part_field(f->msg, &f->top, "tls-report-domain", &field))
        return MXQ_REPORT_TLSRPT;
    if ((field_text(f->msg, &f->top, "subject", buf, sizeof buf,
                    &subject) &&
         starts_with(subject, "report domain:")) ||
        report_file_name(f->msg, attachment))
        return MXQ_REPORT_DMARC_AGGREGATE;
    return MXQ_REPORT_AUTO;
}

/* The Message-ID of the returned message, as "original-message-id". */
static bool put_returned_id(yajl_gen g, const struct found_parts *f)
{
    struct mxq_buffer copy = {0};
    struct mxq_slice header, id_field;
    if (!decoded_body(f->msg, &f->returned, (size_t)-1, &copy, &header)) {
        mxq_buffer_free(&copy);
        return false;
    }
    /* the returned message's header section, as a part of its own */
    struct mxq_mime_part enclosed = {.header = 0, .body = header.n};
    struct mxq_mime_id id;
    size_t pos = 0;
    if (mxq_mime_part_field(header.p, &enclosed, "message-id", &id_field) &&
        mxq_mime_id_next(id_field.p, id_field.n, &pos, &id) ==
            MXQ_MIME_ID_ITEM &&
        id.id.n > 0 && mxq_utf8_valid(id.id.p, id.id.n)) {
        yajl_gen_string(g, (const unsigned char *)"original-message-id", 19);
        yajl_gen_string(g, (const unsigned char *)id.id.p, id.id.n);
    }
    mxq_buffer_free(&copy);
    return true;
}

/* Closes the object g holds and appends its JSON to *json; frees g. */
static bool take_object(yajl_gen g, struct mxq_buffer *json)
{
    const unsigned char *text;
    size_t len;
    yajl_gen_map_close(g);
    bool ok = yajl_gen_get_buf(g, &text, &len) == yajl_gen_status_ok &&
              mxq_buffer_append(json, text, len);
    yajl_gen_free(g);
    return ok;
}

/* Reads one part as a report of that kind into *json; *read says whether
 * its parser could. False when out of memory. */
static bool read_report(const struct found_parts *f,
                        const struct mxq_mime_part *part,
                        enum mxq_report_kind kind, struct mxq_buffer *json,
                        bool *read)
{
    struct mxq_buffer copy = {0};
    struct mxq_slice body;
    yajl_gen g = yajl_gen_alloc(NULL);
    bool ok = g != NULL &&
              decoded_body(f->msg, part, (size_t)-1, &copy, &body);
    if (ok) {
        char err[MXQ_REPORT_ERROR_SIZE];
        yajl_gen_map_open(g);
        *read = mxq_report_write_members(g, kind, body.p, body.n, err);
        ok = !f->have_returned || put_returned_id(g, f);
        ok = take_object(g, json) && ok;
    } else if (g != NULL) {
        yajl_gen_free(g);
    }
    mxq_buffer_free(&copy);
    return ok;
}

/* A multipart/report whose report part is missing or of a kind not read
 * here: a report all the same, with its error. */
static bool unread_report(struct mxq_buffer *json)
{
    static const char text[] =
        "{\"type\":\"unknown\",\"error\":"
        "\"multipart/report without a report part this receiver reads\"}";
    return mxq_buffer_append(json, text, sizeof text - 1);
}

/* A bounce: its subject, and its sender (the null path, or a mailer
 * daemon's From). */
static bool is_bounce(const struct found_parts *f, bool null_sender)
{
    char buf[256];
    struct mxq_slice subject, from;
    if (!field_text(f->msg, &f->top, "subject", buf, sizeof buf, &subject) ||
        !mxq_bounce_subject(subject.p, subject.n))
        return false;
    if (null_sender)
        return true;
    if (!mxq_mime_part_field(f->msg, &f->top, "from", &from))
        return false;
    struct mxq_mime_address_cursor cursor = {0};
    struct mxq_mime_address a;
    if (mxq_mime_address_next(from.p, from.n, &cursor, &a) !=
            MXQ_MIME_ADDR_ITEM ||
        !(a.flags & MXQ_MIME_ADDR_SPEC))
        return false;
    struct mxq_mime_text local;
    mxq_mime_text_init(&local, buf, sizeof buf);
    mxq_mime_address_text(a.local, &local);
    return mxq_bounce_sender(local.buf, local.len);
}

static bool read_bounce(const struct found_parts *f, struct mxq_buffer *json)
{
    struct mxq_buffer copy = {0};
    struct mxq_slice text = {"", 0};
    yajl_gen g = yajl_gen_alloc(NULL);
    bool ok = g != NULL &&
              (!f->have_text || decoded_body(f->msg, &f->text,
                                             BOUNCE_TEXT_MAX, &copy, &text));
    if (ok) {
        yajl_gen_map_open(g);
        mxq_report_write_bounce_members(g, text.p, text.n);
        ok = take_object(g, json);
    } else if (g != NULL) {
        yajl_gen_free(g);
    }
    mxq_buffer_free(&copy);
    return ok;
}

enum mxq_report_found mxq_report_find(const char *msg, size_t n,
                                      bool null_sender,
                                      struct mxq_buffer *json)
{
    struct found_parts f = {.msg = msg, .report_kind = MXQ_REPORT_NONE};
    mxq_mime_walk(msg, n, on_part, &f);
    bool read = false;

    if (f.report_kind != MXQ_REPORT_NONE)
        return read_report(&f, &f.report, f.report_kind, json, &read)
                   ? MXQ_REPORT_FOUND : MXQ_REPORT_FOUND_NO_MEMORY;
    if (mxq_mime_slice_is(f.top.type, "multipart") &&
        mxq_mime_slice_is(f.top.subtype, "report"))
        return unread_report(json) ? MXQ_REPORT_FOUND
                                   : MXQ_REPORT_FOUND_NO_MEMORY;
    for (size_t i = 0; i < f.attachment_count; i++) {
        enum mxq_report_kind said = said_kind(&f, &f.attachments[i]);
        if (!read_report(&f, &f.attachments[i], said, json, &read))
            return MXQ_REPORT_FOUND_NO_MEMORY;
        if (read || said != MXQ_REPORT_AUTO)
            return MXQ_REPORT_FOUND;
        json->len = 0; /* not this one */
    }
    if (is_bounce(&f, null_sender))
        return read_bounce(&f, json) ? MXQ_REPORT_FOUND
                                     : MXQ_REPORT_FOUND_NO_MEMORY;
    return MXQ_REPORT_FOUND_NONE;
}
