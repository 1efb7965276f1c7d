/*
 * The header section of a message (RFC 5322 §2.2, §3.6, and the obsolete
 * forms of §4.5 that real mail still uses; RFC 6532 for UTF-8): which
 * octets are which header field, and where the body starts.
 *
 * Streaming and zero-copy: the scanner is fed the message as it arrives
 * (after dot-unstuffing), in pieces of any size, and reports each field
 * as offsets from the message's first octet; it keeps no copy and
 * allocates nothing. A field is known to be complete only when the next
 * line's first octet shows it is not folded, so it is reported then.
 *
 * The message's lines end in CRLF (the engine refuses a bare CR or LF
 * before this runs), so a field body is every octet up to a CRLF that is
 * not followed by a space or tab. What the body means is for the field
 * machines; here a body may hold any octet but CR and LF (obs-utext
 * allows NUL and control characters).
 */
#ifndef MXQ_MIME_HEADER_H
#define MXQ_MIME_HEADER_H

#include <stdbool.h>
#include <stddef.h>

/* One header field, as offsets from the start of the message. */
struct mxq_header_field {
    size_t start;          /* the name's first octet */
    size_t name_len;       /* the name (without obsolete blanks before ':') */
    size_t body_start;     /* just past the ':' */
    size_t end;            /* past the field's last CRLF (or the message's
                              end when that came first) */
    bool eight_bit;        /* octets >= 0x80 in the body (RFC 6532) */
};

typedef void mxq_header_field_fn(void *ctx, const struct mxq_header_field *f);

enum mxq_header_status {
    MXQ_HEADER_MORE,       /* still in the header section */
    MXQ_HEADER_DONE,       /* it ended; body_offset says where the body is */
    /* Not a header section from here on (a line without a field name and
     * ':', or a continuation line before any field): the fields before
     * were reported; the rest is not interpreted. */
    MXQ_HEADER_MALFORMED,
    MXQ_HEADER_LINE_TOO_LONG,   /* a line longer than max_line */
    MXQ_HEADER_TOO_MANY_FIELDS, /* more fields than max_fields */
    MXQ_HEADER_TOO_LARGE        /* a header section past max_size */
};

struct mxq_header_limits {
    size_t max_line;       /* octets in one line, CRLF not counted */
    size_t max_fields;
    size_t max_size;       /* octets in the header section, the empty line
                              included */
};

struct mxq_header_scanner {
    int cs;
    struct mxq_header_limits limits;
    enum mxq_header_status status;
    size_t offset;         /* message octets scanned */
    size_t line_start;     /* offset of the line being read */
    size_t fields;         /* fields reported */
    size_t body_offset;    /* with DONE: the body's first octet */
    size_t error_offset;   /* with an error: the octet that caused it */
    struct mxq_header_field field; /* the one being read */
    bool in_field, have_colon;
};

void mxq_header_init(struct mxq_header_scanner *sc,
                     const struct mxq_header_limits *limits);

/* Scans the next n octets of the message. Calls fn for each field that
 * they complete, and returns the status; once it is not MORE, further
 * calls do nothing and return it again. Stops right after the empty line
 * that ends the header section: *consumed (when not NULL) says how many
 * of the n octets were scanned. */
enum mxq_header_status mxq_header_scan(struct mxq_header_scanner *sc,
                                       const char *p, size_t n,
                                       mxq_header_field_fn *fn, void *ctx,
                                       size_t *consumed);

/* The message ended. A message may be all header section, with no empty
 * line (RFC 5322 §3.5): the last field is reported and the status becomes
 * DONE with an empty body. A field name that never got its ':' makes it
 * MALFORMED. */
enum mxq_header_status mxq_header_finish(struct mxq_header_scanner *sc,
                                         mxq_header_field_fn *fn, void *ctx);

#endif
