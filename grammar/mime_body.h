/*
 * MIME bodies (RFC 2045 §6.7, §6.8; RFC 2046 §5.1.1), from
 * grammar/mime_body.rl: where a multipart body's delimiter lines are, and
 * the decoding of quoted-printable and base64 part bodies.
 *
 * Pure functions over a buffer: no allocation, no I/O. Lines end in CRLF
 * in mail as received; a bare LF is taken as a line end too, so that
 * messages stored with LF line ends (test corpora, reports quoted by
 * other software) split the same way.
 */
#ifndef MXQ_MIME_BODY_H
#define MXQ_MIME_BODY_H

#include <stdbool.h>
#include <stddef.h>

/* RFC 2046 §5.1.1: a boundary is 1 to 70 characters. Longer ones seen in
 * real mail are accepted up to this. */
#define MXQ_MIME_BOUNDARY_MAX 200

struct mxq_mime_delimiter {
    size_t body_end;   /* where the part before ends: at the line break
                          before "--" (it belongs to the delimiter), or
                          at the delimiter when it opens the body */
    size_t next;       /* past the delimiter line's line break (or n) */
    bool closing;      /* "--boundary--": the last one */
};

/* Finds the first delimiter line "--" boundary [ "--" ] *(SP / HTAB)
 * line-break at or after offset `from` of p[0..n), where `from` is at the
 * start of a line. False when there is none. */
bool mxq_mime_find_delimiter(const char *p, size_t n, size_t from,
                             const char *boundary, size_t boundary_len,
                             struct mxq_mime_delimiter *out);

/* Quoted-printable (RFC 2045 §6.7) into out, which has room for n
 * octets: "=XX" (hex digits in either case) is its octet, "=" at a line's
 * end a soft line break, blanks before a line break are dropped; an "="
 * followed by anything else stays as it is (robustness, §6.7 note 1).
 * Returns the decoded length. */
size_t mxq_mime_qp_decode(const char *p, size_t n, char *out);

/* Base64 (RFC 2045 §6.8) into out, which has room for n octets:
 * characters outside the alphabet (line breaks, blanks) are ignored, as
 * the RFC says; the first "=" ends the data. Returns the decoded length;
 * *clean is false when something other than line breaks and blanks was
 * ignored, or the data ended in the middle of a group. */
size_t mxq_mime_base64_decode(const char *p, size_t n, char *out,
                              bool *clean);

#endif
