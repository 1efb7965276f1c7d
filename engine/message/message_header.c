/*
 * The message's header section as it streams in: the scanner over the
 * content, the fields it hands out, and the edits once it is over.
 */
#include "message_header.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mxq/array.h>

#include "authres.h"
#include "spam_header.h"

void mxq_message_header_start(struct mxq_message_header *h,
                              const struct mxq_header_options *opt,
                              const struct mxq_buffer *message)
{
    mxq_message_header_free(h);
    h->opt = *opt;
    h->base = message->len;
    mxq_header_init(&h->scan, &opt->limits);
}

static bool drop_field(struct mxq_message_header *h,
                       const struct mxq_header_field *f)
{
    if (!mxq_array_reserve((void **)&h->drops, &h->drop_cap,
                           h->drop_count + 1, sizeof *h->drops, 4))
        return false;
    h->drops[h->drop_count++] =
        (struct mxq_header_drop){f->start, f->end};
    return true;
}

struct field_ctx {
    struct mxq_message_header *h;
    const char *content;           /* the message's first content octet */
};

static bool name_is(const char *name, size_t n, const char *word)
{
    return n == strlen(word) && strncasecmp(name, word, n) == 0;
}

/* One complete field: is it one to extract or drop? */
static void on_field(void *ctx, const struct mxq_header_field *f)
{
    struct field_ctx *c = ctx;
    struct mxq_message_header *h = c->h;
    const char *name = c->content + f->start;

    if (h->out_of_memory)
        return;
    /* Results that claim to be ours are forged: every one goes (RFC 8601
     * §5), whatever this receiver adds itself. */
    if (name_is(name, f->name_len, "authentication-results") &&
        mxq_authres_claims(c->content + f->body_start,
                           f->end - f->body_start, h->opt.authserv_id)) {
        h->forged_results++;
        if (!drop_field(h, f))
            h->out_of_memory = true;
        return;
    }
    if (h->opt.drop_spam_markup &&
        mxq_spam_header_is_markup(name, f->name_len)) {
        if (!drop_field(h, f))
            h->out_of_memory = true;
        return;
    }
    if (h->opt.extract == MXQ_EXTRACT_OFF || h->xmq.error[0] != '\0' ||
        !mxq_xmq_is_field(name, f->name_len))
        return;
    bool read = h->opt.extract == MXQ_EXTRACT_ON || h->opt.authenticated;
    if (!read)
        h->ignored++;
    else if (!mxq_xmq_take(&h->xmq, name, f->name_len,
                           c->content + f->body_start, f->end - f->body_start,
                           h->opt.address_flags) &&
             h->xmq.error[0] == '\0')
        h->out_of_memory = true;
    if (!drop_field(h, f))
        h->out_of_memory = true;
}

/* Removes the dropped fields from the message: the octets between them
 * move up, once. A bad x-mq-* field refuses the message: it stays as
 * the client sent it (for the refused queue). */
static void make_edits(struct mxq_message_header *h,
                       struct mxq_buffer *message)
{
    h->over = true;
    if (h->drop_count == 0 || message->data == NULL ||
        h->xmq.error[0] != '\0')
        return;
    char *content = message->data + h->base;
    size_t content_len = message->len - h->base;
    size_t to = h->drops[0].start;
    for (size_t i = 0; i < h->drop_count; i++) {
        size_t from = h->drops[i].end;
        size_t until = i + 1 < h->drop_count ? h->drops[i + 1].start
                                             : content_len;
        memmove(content + to, content + from, until - from);
        to += until - from;
    }
    message->len = h->base + to;
}

void mxq_message_header_feed(struct mxq_message_header *h,
                             struct mxq_buffer *message, size_t n)
{
    if (h->over)
        return;
    struct field_ctx c = {h, message->data + h->base};
    if (mxq_header_scan(&h->scan, message->data + message->len - n, n,
                        on_field, &c, NULL) != MXQ_HEADER_MORE)
        make_edits(h, message);
}

void mxq_message_header_finish(struct mxq_message_header *h,
                               struct mxq_buffer *message)
{
    if (h->over)
        return;
    struct field_ctx c = {h, message->data + h->base};
    (void)mxq_header_finish(&h->scan, on_field, &c);
    make_edits(h, message);
}

void mxq_message_header_abandon(struct mxq_message_header *h)
{
    h->over = true;
}

enum mxq_reply mxq_message_header_verdict(const struct mxq_message_header *h,
                                          const char **arg)
{
    *arg = NULL;
    if (h->out_of_memory)
        return MXQ_R_OUT_OF_MEMORY;
    switch (h->scan.status) {
    case MXQ_HEADER_LINE_TOO_LONG:
        *arg = "a line is longer than smtp-header-max-line";
        return MXQ_R_HEADER_TOO_LARGE;
    case MXQ_HEADER_TOO_MANY_FIELDS:
        *arg = "more fields than smtp-header-max-fields";
        return MXQ_R_HEADER_TOO_LARGE;
    case MXQ_HEADER_TOO_LARGE:
        *arg = "larger than smtp-header-max-size";
        return MXQ_R_HEADER_TOO_LARGE;
    case MXQ_HEADER_MALFORMED:
        if (h->opt.strict) {
            *arg = "the header section is malformed";
            return MXQ_R_BAD_HEADER;
        }
        break;
    default:
        break;
    }
    if (h->xmq.error[0] != '\0') {
        *arg = h->xmq.error;
        return MXQ_R_BAD_HEADER;
    }
    return MXQ_R_COUNT;
}

void mxq_message_header_free(struct mxq_message_header *h)
{
    free(h->drops);
    mxq_xmq_free(&h->xmq);
    memset(h, 0, sizeof *h);
}
