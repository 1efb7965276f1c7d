/*
 * What the report parsers share (engine/report/ only): one function per
 * payload, the limits, the JSON helpers that keep every string UTF-8,
 * the field-block splitter of the header-like reports and the
 * decompression of zipped or gzipped attachments.
 *
 * A parser writes members into the report object the caller has opened
 * and leaves it balanced, whatever happens; false means err is filled.
 */
#ifndef MXQ_REPORT_PARSERS_H
#define MXQ_REPORT_PARSERS_H

#include <stdbool.h>
#include <stddef.h>

#include <yajl/yajl_gen.h>

#include "buffer.h"
#include "report.h"
#include "slice.h"

/* Octets a decompressed attachment may grow to, and how many times its
 * compressed size (checked once it is past MXQ_REPORT_RATIO_FLOOR: a
 * small report may well compress better than the ratio). */
#define MXQ_REPORT_MAX_INFLATED (16u * 1024 * 1024)
#define MXQ_REPORT_MAX_RATIO 1000u
#define MXQ_REPORT_RATIO_FLOOR (1024u * 1024)
/* Members a zip may list before the report must have been found. */
#define MXQ_REPORT_MAX_ZIP_ENTRIES 64

/* DMARC aggregate: records written, DKIM/SPF results and reasons kept
 * per record, octets kept of one element's text, elements nested. */
#define MXQ_DMARC_MAX_RECORDS 100000
#define MXQ_DMARC_MAX_AUTH 16
#define MXQ_DMARC_MAX_REASONS 8
#define MXQ_DMARC_MAX_TEXT 1024
#define MXQ_DMARC_MAX_DEPTH 32
/* expat's own guard against entity expansion (billion laughs). */
#define MXQ_DMARC_MAX_AMPLIFICATION 10.0f

/* TLS-RPT: policies, failure details per policy, strings in a list. */
#define MXQ_TLSRPT_MAX_POLICIES 1000
#define MXQ_TLSRPT_MAX_FAILURES 1000
#define MXQ_TLSRPT_MAX_STRINGS 1000

/* Field blocks (delivery-status, feedback-report, MDN). */
#define MXQ_REPORT_MAX_BODY (1024u * 1024)  /* the whole part */
#define MXQ_REPORT_MAX_LINE 8192
#define MXQ_REPORT_MAX_FIELDS 128           /* in one block */
#define MXQ_REPORT_MAX_RECIPIENTS 1000      /* per-recipient blocks */

/* ------------------------------------------------------------ parsers */
bool mxq_dmarc_aggregate_write(yajl_gen g, const char *xml, size_t n,
                               char *err);
bool mxq_tlsrpt_write(yajl_gen g, const char *json, size_t n, char *err);
bool mxq_delivery_status_write(yajl_gen g, const char *p, size_t n,
                               char *err);
bool mxq_feedback_report_write(yajl_gen g, const char *p, size_t n,
                               char *err);
bool mxq_mdn_write(yajl_gen g, const char *p, size_t n, char *err);

/* ------------------------------------------------------ decompression */
enum mxq_report_packing {
    MXQ_REPORT_PLAIN,
    MXQ_REPORT_GZIP,
    MXQ_REPORT_ZIP
};

/* What the first octets say the attachment is packed in. */
enum mxq_report_packing mxq_report_packing_of(const char *p, size_t n);

/* Unpacks a gzip stream, or a zip archive's first .xml or .json member,
 * into out (empty on entry), within the limits above. For a zip,
 * *member_json tells which kind the member's name says (else it is left
 * as it is). False, err filled and out freed, on a broken archive or a
 * bomb. */
bool mxq_report_inflate(enum mxq_report_packing packing, const char *p,
                        size_t n, struct mxq_buffer *out, bool *member_json,
                        char *err);

/* -------------------------------------------------------------- JSON */
/* printf into err (MXQ_REPORT_ERROR_SIZE). Returns false, for
 * `return report_fail(...)`. */
bool mxq_report_fail(char *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

void mxq_report_put_key(yajl_gen g, const char *key);
/* A text value: line breaks of folds dropped, blanks around trimmed, an
 * octet that is not part of well-formed UTF-8 written as U+FFFD. */
void mxq_report_put_text(yajl_gen g, const char *p, size_t n);
void mxq_report_put_key_text(yajl_gen g, const char *key, const char *p,
                             size_t n);
/* An unsigned number when the text is one, else the text. */
void mxq_report_put_number(yajl_gen g, const char *p, size_t n);
/* ASCII, case-insensitive. */
bool mxq_report_name_is(const char *p, size_t n, const char *name);

/* -------------------------------------------------------- field blocks */
struct mxq_report_field {
    struct mxq_slice name;
    struct mxq_slice value;   /* the body, folds still in it */
};

struct mxq_report_block {
    struct mxq_report_field fields[MXQ_REPORT_MAX_FIELDS];
    size_t count;
};

/* A part body ready for its blocks: with CRLF line ends (RFC 3464 and
 * 5965 say CRLF, decoded parts often hold bare LF), the body itself or a
 * copy, and one block on the heap (it is large) to read each in turn. */
struct mxq_report_reader {
    struct mxq_slice text;
    struct mxq_buffer copy;
    struct mxq_report_block *block;
    size_t pos;                 /* where the next block starts */
};

/* False with err filled (nothing to close) when the body is too large
 * or memory runs out. */
bool mxq_report_reader_open(struct mxq_report_reader *r, const char *p,
                            size_t n, char *err);
/* The next block into r->block (see mxq_report_block_read()). */
bool mxq_report_reader_next(struct mxq_report_reader *r, char *err);
void mxq_report_reader_close(struct mxq_report_reader *r);

/* Reads the field block that starts at *pos (blank lines before it are
 * passed over) and moves *pos past the empty line that ends it. Returns
 * false with err filled when the block is no field block; an empty
 * block (count 0) means the body ended. */
bool mxq_report_block_read(const char *p, size_t n, size_t *pos,
                           struct mxq_report_block *b, char *err);

/* The first field of that name, or NULL. */
const struct mxq_report_field *
mxq_report_block_find(const struct mxq_report_block *b, const char *name);

#endif
