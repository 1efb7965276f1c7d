/*
 * The MIME structure of a received message (RFC 2045, RFC 2046 §5.1):
 * each part in order (depth first, the message itself first), with its
 * header section, body and Content-Type, as offsets into the message.
 * Zero-copy; no allocation per part. The report parsers walk a message
 * to find its report parts; the bodies are decoded on demand with
 * grammar/mime_body.h.
 *
 * The parts of a multipart body are walked down to MXQ_MIME_DEPTH_MAX
 * levels, MXQ_MIME_PARTS_MAX parts in all. A message/rfc822 (or
 * message/global) part is one part: its body is the enclosed message,
 * which is not walked into (walk it again when it matters).
 */
#ifndef MXQ_MIME_WALK_H
#define MXQ_MIME_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "mime_content_type.h"
#include "slice.h"

#define MXQ_MIME_DEPTH_MAX 16
#define MXQ_MIME_PARTS_MAX 1000

struct mxq_mime_part {
    size_t header, body, end;      /* offsets: the part's header section,
                                      its body, and past its last octet */
    struct mxq_slice type, subtype; /* from Content-Type, or the default
                                      (text/plain; message/rfc822 in a
                                      multipart/digest) */
    struct mxq_slice content_type; /* the Content-Type field's body (its
                                      parameters), n == 0 when none */
    enum mxq_transfer_encoding encoding; /* MXQ_CTE_7BIT when none given */
    unsigned depth;                /* 0: the message */
    size_t index;                  /* 0, 1, ... in walk order */
};

/* Return false to stop the walk. */
typedef bool mxq_mime_part_fn(void *ctx, const struct mxq_mime_part *part);

enum mxq_mime_walk_status {
    MXQ_MIME_WALKED,
    MXQ_MIME_STOPPED,              /* the callback said so */
    MXQ_MIME_TOO_DEEP,             /* parts deeper than the limit were
                                      not walked (the others were) */
    MXQ_MIME_TOO_MANY_PARTS        /* the walk stopped at the limit */
};

enum mxq_mime_walk_status mxq_mime_walk(const char *message, size_t n,
                                        mxq_mime_part_fn *fn, void *ctx);

/* The body of the first field called name (any case) in the part's
 * header section, folds and all; false when there is none. */
bool mxq_mime_part_field(const char *message,
                         const struct mxq_mime_part *part, const char *name,
                         struct mxq_slice *body);

/* How many fields called name the part's header section has; *first is
 * the body of the first of them. */
size_t mxq_mime_part_fields(const char *message,
                            const struct mxq_mime_part *part,
                            const char *name, struct mxq_slice *first);

/* The slice is this word, in any case. */
bool mxq_mime_slice_is(struct mxq_slice s, const char *word);

#endif
