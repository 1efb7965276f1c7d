/*
 * MIME field bodies with parameters: Content-Type (RFC 2045 §5.1) and
 * Content-Disposition (RFC 2183 §2), their parameters with RFC 2231's
 * continuations, charsets and languages, and Content-Transfer-Encoding
 * (RFC 2045 §6.1), from grammar/mime_content_type.rl.
 *
 * A field body is the octets after the ':' up to and including its final
 * line break (mime_header.h delivers them), folds inside. Real mail's
 * bodies are sloppy and a MIME walker must still find its boundary, so
 * the machines are lenient the way mail-parser is (stalwartlabs; its
 * conformance vectors drive tests/unit/test_mime_fields_struct.c):
 *   - a line break is CRLF or a bare LF, a fold is one followed by a
 *     space or tab, the first one that is not ends the body; a bare CR
 *     counts as a blank;
 *   - comments (nested at most MXQ_MIME_COMMENT_DEPTH_MAX deep) may stand
 *     between any two items;
 *   - type and subtype are any run of octets but blanks, '(', ';' (and '/'
 *     in the type): "text/plain/format" has the subtype "plain/format";
 *   - parameters may come without the ';' between them, and one without
 *     a name or a value (";;", "= x", "name=") is passed over;
 *   - an unquoted value is any run of octets but blanks, ';' and '(';
 *     a quoted-string left open runs to the end of the body.
 *
 * Pure functions: no allocation, no I/O. Type, subtype and parameters
 * are slices into the caller's bytes; a decoded value is written into the
 * caller's buffer.
 */
#ifndef MXQ_MIME_CONTENT_TYPE_H
#define MXQ_MIME_CONTENT_TYPE_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

/* Comments nested deeper than this make the field unreadable. */
#define MXQ_MIME_COMMENT_DEPTH_MAX 16
/* RFC 2231 sections joined into one value at most; later ones are left
 * out (and a section number of more than 9 digits makes its parameter
 * one that is passed over). */
#define MXQ_MIME_PARAM_SECTIONS_MAX 64

/* The length of a field body before its final line break: the first CRLF
 * or LF not followed by a space or tab (or n when there is none). Every
 * machine here reads only that much. */
size_t mxq_mime_field_extent(const char *p, size_t n);

struct mxq_content_type {
    struct mxq_slice type;     /* as written; compare case-insensitively */
    struct mxq_slice subtype;  /* n == 0 when none is written ("inline",
                                  "text/") */
    size_t params;             /* offset of the parameter list: the start
                                  for mxq_mime_param_next() */
    size_t end;                /* mxq_mime_field_extent(): the n to give
                                  the parameter functions */
};

/* Reads the type and subtype of a Content-Type or Content-Disposition
 * body. False when there is no type ("", "/plain", "; x=y") or when
 * comments nest too deep before the parameters. */
bool mxq_content_type_parse(const char *p, size_t n,
                            struct mxq_content_type *out);

/* One parameter as written. */
struct mxq_mime_param {
    struct mxq_slice name;     /* without an RFC 2231 suffix ("*", "*N",
                                  "*N*"); compare case-insensitively */
    struct mxq_slice value;    /* a token, or a quoted-string's content
                                  without its quotes (escapes and folds
                                  still in it) */
    bool quoted;
    bool extended;             /* the name ended in '*': %XX-encoded, and
                                  in an unsectioned or first section
                                  after charset'language' */
    bool sectioned;            /* "*N" was written; section holds N */
    unsigned long section;
};

/* Reads the next parameter of p[0..n) from offset *pos (start with the
 * params offset that mxq_content_type_parse() gave, and its end as n) and
 * moves *pos past it. False when
 * there are no more. Parameters without a name or a value are passed
 * over, and so is one whose name is only an RFC 2231 suffix. */
bool mxq_mime_param_next(const char *p, size_t n, size_t *pos,
                         struct mxq_mime_param *out);

enum mxq_mime_param_status {
    MXQ_MIME_PARAM_FOUND,
    MXQ_MIME_PARAM_ABSENT,
    MXQ_MIME_PARAM_TOO_LONG,   /* the value did not fit the buffer: it is
                                  cut (len says how much is there; %XX
                                  decoding may leave it shorter than the
                                  buffer) */
    MXQ_MIME_PARAM_SYNTAX      /* the field has no type (see
                                  mxq_content_type_parse()) */
};

/* Ask for UTF-8: a value in ISO-8859-1 (RFC 2231 charset "iso-8859-1",
 * "latin1" and their aliases) is converted; US-ASCII and UTF-8 are so
 * already; any other charset is left as its octets (utf8 false). */
#define MXQ_MIME_PARAM_TO_UTF8 1u

struct mxq_mime_param_value {
    size_t len;                /* octets written into the buffer */
    struct mxq_slice charset;  /* RFC 2231 charset and language, as */
    struct mxq_slice language; /* written (n == 0: none) */
    bool utf8;                 /* with MXQ_MIME_PARAM_TO_UTF8: the buffer
                                  holds UTF-8 */
};

/* Finds parameter `name` (case-insensitive) in the list at offset
 * `params` of p[0..n) (n: mxq_content_type's end) and decodes it into buf[0..bufsize): quoted-pairs unescaped,
 * folds removed, RFC 2231 sections joined in the order of their numbers
 * (gaps allowed; a repeated number counts once), %XX decoded in extended
 * ones. Which one wins when a name is written more than once: the first
 * "name*=", else the sections, else the first "name=". */
enum mxq_mime_param_status mxq_mime_param_get(const char *p, size_t n,
                                              size_t params,
                                              const char *name,
                                              unsigned flags, char *buf,
                                              size_t bufsize,
                                              struct mxq_mime_param_value *out);

/* The same from the start of a Content-Type or Content-Disposition body,
 * octets as decoded (no charset conversion): what a MIME walker asks for
 * "boundary", "charset" or "report-type". */
enum mxq_mime_param_status mxq_content_type_param(const char *p, size_t n,
                                                  const char *name,
                                                  char *buf, size_t bufsize,
                                                  size_t *len);

enum mxq_transfer_encoding {
    MXQ_CTE_INVALID = 0,       /* not one token between comments */
    MXQ_CTE_7BIT,
    MXQ_CTE_8BIT,
    MXQ_CTE_BINARY,
    MXQ_CTE_QUOTED_PRINTABLE,
    MXQ_CTE_BASE64,
    MXQ_CTE_X_TOKEN,           /* "x-..." (RFC 2045 §6.3) */
    MXQ_CTE_OTHER              /* a token none of these (an IANA token, or
                                  a sender's mistake: RFC 2045 §6.4 says
                                  to treat the body as application/
                                  octet-stream) */
};

/* Reads a Content-Transfer-Encoding body (case-insensitive, CFWS around
 * the token); *token (when not NULL) gets the token as written. */
enum mxq_transfer_encoding mxq_content_transfer_encoding(const char *p,
                                                         size_t n,
                                                         struct mxq_slice *token);

#endif
