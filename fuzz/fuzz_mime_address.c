/*
 * fuzz-mime_address: the RFC 5322 field-body machines over one input:
 * the address list (grammar/mime_address.rl), the message ids
 * (grammar/mime_id.rl), unstructured text and the Keywords list
 * (grammar/mime_text.rl).
 *
 * Invariants: every slice lies inside the input, in order; every call
 * advances (or, once, ends a group) and the iteration ends within a bound
 * of the input's length; decoded text stays inside its buffer (which is
 * exactly its size, so AddressSanitizer sees one octet too many) and
 * `len` never passes `size`; a plain addr-spec has local "@" domain as its
 * slices.
 *
 * Differential: where the RFC 5321 mailbox parser (grammar/address.h)
 * accepts the whole input as local@domain, the address list holds exactly
 * that one mailbox, plain, with the same local part and domain.
 */
#include "fuzz_support.h"

#include "address.h"
#include "mime_address.h"
#include "mime_id.h"
#include "mime_text.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);


static void mime_address_fuzz_slice(struct mxq_slice s, const char *in,
                                    size_t n, const char *what)
{
    FUZZ_CHECK(fuzz_slice_inside(s.p, s.n, in, n), "%s outside the input",
               what);
}

/* Decodes into a heap block of exactly `size` octets. */
static void mime_address_fuzz_check_text(const struct mxq_mime_text *t)
{
    FUZZ_CHECK(t->len <= t->size, "decoded %zu into %zu", t->len, t->size);
}

static void mime_address_fuzz_one(const char *in, size_t n,
                                  const struct mxq_mime_address *a,
                                  size_t out_size)
{
    mime_address_fuzz_slice(a->whole, in, n, "whole");
    mime_address_fuzz_slice(a->display_name, in, n, "display_name");
    mime_address_fuzz_slice(a->address, in, n, "address");
    mime_address_fuzz_slice(a->route, in, n, "route");
    mime_address_fuzz_slice(a->addr_spec, in, n, "addr_spec");
    mime_address_fuzz_slice(a->local, in, n, "local");
    mime_address_fuzz_slice(a->domain, in, n, "domain");
    mime_address_fuzz_slice(a->group, in, n, "group");
    if (a->flags & MXQ_MIME_ADDR_PLAIN) {
        FUZZ_CHECK(a->local.p == a->addr_spec.p &&
                   a->local.n + 1 + a->domain.n == a->addr_spec.n &&
                   a->local.p[a->local.n] == '@',
                   "plain addr-spec is not local@domain");
    }
    char *buf = fuzz_alloc(out_size);
    struct mxq_mime_text t;
    mxq_mime_text_init(&t, buf, out_size);
    (void)mxq_mime_address_name(a, &t);
    mime_address_fuzz_check_text(&t);
    mxq_mime_text_init(&t, buf, out_size);
    mxq_mime_address_text(a->address, &t);
    mime_address_fuzz_check_text(&t);
    free(buf);
}

/* Returns the number of mailboxes; *first gets the first item. */
static size_t mime_address_fuzz_list(const char *in, size_t n, size_t out_size,
                                     struct mxq_mime_address *first,
                                     enum mxq_mime_addr_status *first_status)
{
    struct mxq_mime_address_cursor c = { 0 };
    struct mxq_mime_address a;
    enum mxq_mime_addr_status st;
    size_t rounds = 0, mailboxes = 0;

    for (;;) {
        size_t before = c.pos;
        bool grouped = c.in_group;
        st = mxq_mime_address_next(in, n, &c, &a);
        if (rounds == 0) {
            *first = a;
            *first_status = st;
        }
        FUZZ_CHECK(++rounds <= 2 * n + 2, "no end after %zu calls", rounds);
        if (st == MXQ_MIME_ADDR_END)
            break;
        FUZZ_CHECK(c.pos <= n, "cursor past the end");
        FUZZ_CHECK(c.pos > before || grouped != c.in_group,
                   "no progress at %zu (status %d)", before, (int)st);
        if (st == MXQ_MIME_ADDR_ITEM) {
            mime_address_fuzz_one(in, n, &a, out_size);
            mailboxes += a.kind == MXQ_MIME_ADDR_MAILBOX;
        }
    }
    return mailboxes;
}

static void mime_address_fuzz_ids(const char *in, size_t n)
{
    size_t pos = 0, rounds = 0;
    struct mxq_mime_id id;
    enum mxq_mime_id_status st;

    while ((st = mxq_mime_id_next(in, n, &pos, &id)) != MXQ_MIME_ID_END) {
        FUZZ_CHECK(++rounds <= n + 1, "ids never end");
        FUZZ_CHECK(pos <= n, "id position past the end");
        if (st != MXQ_MIME_ID_ITEM)
            continue;
        FUZZ_CHECK(id.id.n > 0, "empty id");
        mime_address_fuzz_slice(id.id, in, n, "id");
        mime_address_fuzz_slice(id.left, in, n, "id left");
        mime_address_fuzz_slice(id.right, in, n, "id right");
    }
}

static void mime_address_fuzz_text(const char *in, size_t n, size_t out_size)
{
    char *buf = fuzz_alloc(out_size);
    struct mxq_mime_text t;
    size_t pos = 0, rounds = 0;
    struct mxq_slice item;

    mxq_mime_text_init(&t, buf, out_size);
    mxq_mime_unstructured(in, n, &t);
    mime_address_fuzz_check_text(&t);
    mxq_mime_text_init(&t, buf, out_size);
    mxq_mime_text_decode(in, n, MXQ_MIME_TEXT_QUOTED, &t);
    mime_address_fuzz_check_text(&t);
    mxq_mime_text_init(&t, buf, out_size);
    mxq_mime_text_decode(in, n, MXQ_MIME_TEXT_COMMENT, &t);
    mime_address_fuzz_check_text(&t);
    while (mxq_mime_list_next(in, n, &pos, &item) == MXQ_MIME_LIST_ITEM) {
        FUZZ_CHECK(++rounds <= n + 1, "list never ends");
        FUZZ_CHECK(item.n > 0, "empty list item");
        mime_address_fuzz_slice(item, in, n, "list item");
        mxq_mime_text_init(&t, buf, out_size);
        mxq_mime_unstructured(item.p, item.n, &t);
        mime_address_fuzz_check_text(&t);
    }
    free(buf);
}

static bool mime_address_fuzz_same(struct mxq_slice a, struct mxq_slice b)
{
    return a.p == b.p && a.n == b.n;
}

/* grammar/address.h's RFC 5321 mailbox against the RFC 5322 list. */
static void mime_address_fuzz_diff(const char *in, size_t n,
                                   const struct mxq_mime_address *first,
                                   enum mxq_mime_addr_status st,
                                   size_t mailboxes)
{
    struct mxq_address smtp;

    if (mxq_parse_mailbox(in, n, MXQ_ADDR_ALLOW_UTF8, &smtp) != MXQ_ADDR_OK)
        return;
    FUZZ_CHECK(st == MXQ_MIME_ADDR_ITEM && mailboxes == 1 &&
               first->kind == MXQ_MIME_ADDR_MAILBOX,
               "RFC 5321 mailbox, but status %d, %zu mailboxes", (int)st,
               mailboxes);
    FUZZ_CHECK(first->flags & MXQ_MIME_ADDR_PLAIN,
               "RFC 5321 mailbox not plain (flags %x)", first->flags);
    FUZZ_CHECK(mime_address_fuzz_same(first->local, smtp.local) &&
               mime_address_fuzz_same(first->domain, smtp.domain),
               "split differs: %.*s @ %.*s vs %.*s @ %.*s",
               (int)first->local.n, first->local.p, (int)first->domain.n,
               first->domain.p, (int)smtp.local.n, smtp.local.p,
               (int)smtp.domain.n, smtp.domain.p);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);
    /* an output buffer from roomy to tight, chosen by the input's length */
    size_t out_size = size % 3 == 0 ? 4 * size + 16 : size % 3 == 1 ? 1 : 7;
    struct mxq_mime_address first;
    enum mxq_mime_addr_status st;

    size_t mailboxes = mime_address_fuzz_list(in, size, out_size, &first, &st);
    mime_address_fuzz_ids(in, size);
    mime_address_fuzz_text(in, size, out_size);
    mime_address_fuzz_diff(in, size, &first, st, mailboxes);
    free(in);
    return 0;
}
