/*
 * MailerQ's x-mq-* header fields (`smtp-extract`, spec §3): each one the
 * header section holds becomes a JSON property of the message's
 * documents, with the typed mapping of spec §3.2; the field itself is
 * dropped from the MIME (by the header section's edits, header.c).
 *
 * What MailerQ leaves open, decided here (docs/settings.md says it too):
 * - the prefix matches in any case; a custom name becomes its property
 *   in lower case (`X-MQ-Foo-Bar` → "foo-bar"), as a string;
 * - a value is unfolded and trimmed; encoded words stay as written;
 * - only x-mq-ip and x-mq-tag repeat (each copy adds one item); any
 *   other field given twice is refused, as is a bad value, a value that
 *   is not UTF-8, and a name that would overwrite one of the document's
 *   own properties (x-mq-mime, x-mq-recipient, ...): 554 5.6.0 naming
 *   the field, and nothing is stored;
 * - x-mq-envelope replaces the envelope; x-mq-ip replaces the outgoing
 *   addresses of smtp-ips; x-mq-dsn-* fill in what the client's DSN
 *   parameters left out (those win) and win over dsn-notify/dsn-ret.
 */
#ifndef MXQ_MESSAGE_XMQ_H
#define MXQ_MESSAGE_XMQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buffer.h"

/* Items of x-mq-retries kept; a longer list is refused. */
#define MXQ_XMQ_RETRIES_MAX 64
/* Room for the refusal's text ("x-mq-<name>: why"). */
#define MXQ_XMQ_ERROR_SIZE 160

struct mxq_xmq_def;

struct mxq_xmq_entry {
    const struct mxq_xmq_def *def;
    size_t name, name_len;         /* custom fields: the property, in text */
    size_t value, value_len;       /* the unfolded value, in text */
    uint64_t number;               /* numbers and ports */
    unsigned bits;                 /* booleans (0/1), NOTIFY, RET */
};

struct mxq_xmq {
    struct mxq_xmq_entry *entries;
    size_t count, cap;
    struct mxq_buffer text;        /* names and values of the entries */
    char error[MXQ_XMQ_ERROR_SIZE]; /* set: the message is refused */
};

/* Is this field name an x-mq-* one? */
bool mxq_xmq_is_field(const char *name, size_t n);

/* Takes x-mq-* field name[0..name_len) with its body (as the header
 * scanner delivers it: after ':' up to and including the last CRLF).
 * address_flags are the envelope's MXQ_ADDR_* (for x-mq-envelope).
 * False when the message must be refused (x->error says why) or memory
 * ran out (x->error empty). */
bool mxq_xmq_take(struct mxq_xmq *x, const char *name, size_t name_len,
                  const char *body, size_t body_len, unsigned address_flags);

void mxq_xmq_free(struct mxq_xmq *x);

/* What the document writer asks. NULL / false: the header did not say. */
const char *mxq_xmq_envelope(const struct mxq_xmq *x, size_t *len);
bool mxq_xmq_has_ips(const struct mxq_xmq *x);
struct mxq_xmq_dsn {
    unsigned notify, ret;          /* 0: not given */
    const char *orcpt, *envid;     /* NULL: not given */
    size_t orcpt_len, envid_len;
};
void mxq_xmq_dsn(const struct mxq_xmq *x, struct mxq_xmq_dsn *out);

/* Writes the ips array (when x-mq-ip was given) and every other property
 * but envelope and dsn, as keys of the open JSON map g (a yajl_gen). */
void mxq_xmq_put_ips(void *g, const struct mxq_xmq *x);
void mxq_xmq_put_properties(void *g, const struct mxq_xmq *x);

#endif
