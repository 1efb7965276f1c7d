/*
 * Header field text (grammar/mime_text.rl): unstructured bodies (RFC 5322
 * §3.2.5, Subject, Comments), the phrase list of Keywords (§3.6.5), RFC
 * 2047 encoded words (with RFC 2231's "charset*language"), and the
 * comment scanner that the address and message-id machines share.
 *
 * Pure functions over a buffer: no allocation, no I/O. A field body is
 * the octets after the ':' up to and including its final CRLF; a line end
 * (CRLF, or a bare LF as in files) that is not followed by a space or tab
 * ends the field, and nothing after it is read. Decoded text is written
 * into the caller's buffer, never past its size.
 *
 * Decoding, and the choices made where real mail is broken the way the
 * mail-parser conformance suite expects it to be read:
 *   - a run of white space that holds a fold becomes one space; a run
 *     without a fold is kept as written; unstructured text and comments
 *     are trimmed, quoted strings are not;
 *   - white space between two encoded words is dropped (RFC 2047 §6.2);
 *     an encoded word glued to other text gets a space put between them;
 *   - encoded text may hold spaces and folds (the fold and the white space
 *     after it are dropped before decoding): mailers write both;
 *   - charsets decoded: utf-8, us-ascii, iso-8859-1, latin1, windows-1252
 *     (the first four read as windows-1252, as the WHATWG Encoding
 *     standard does: the same octets below 0x80 and in 0xA0-0xFF),
 *     iso-8859-2, iso-8859-8, iso-8859-15. Any other charset, base64 that
 *     does not decode, is left as the encoded word's text and flagged.
 *     UTF-8 octets are copied, not checked (mxq_utf8_valid() can).
 */
#ifndef MXQ_MIME_TEXT_H
#define MXQ_MIME_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

/* Comments nest at most this deep (RFC 5322 §3.2.2 sets no limit; a
 * limit keeps every scan linear and bounded). */
#define MXQ_MIME_COMMENT_DEPTH 16

/* The caller's buffer for decoded text. */
struct mxq_mime_text {
    char *buf;
    size_t size;
    size_t len;        /* octets written, never more than size */
    bool truncated;    /* the text did not fit: buf has its first len
                          octets (possibly ending inside a character) */
    bool undecoded;    /* an encoded word was left as written (unknown
                          charset, or encoded text that does not decode) */
};

void mxq_mime_text_init(struct mxq_mime_text *t, char *buf, size_t size);

/* Appends n octets as they are (truncating when full). */
void mxq_mime_text_put(struct mxq_mime_text *t, const char *p, size_t n);

enum mxq_mime_text_mode {
    MXQ_MIME_TEXT_UNSTRUCTURED, /* backslashes are text; trimmed */
    MXQ_MIME_TEXT_QUOTED,       /* the inside of a quoted-string: quoted
                                   pairs unescaped, not trimmed */
    MXQ_MIME_TEXT_COMMENT       /* the inside of a comment: quoted pairs
                                   unescaped, nested parentheses kept,
                                   trimmed */
};

/* Appends the decoded text of p[0..n) to out (up to its first line end
 * that is not a fold). Encoded words are decoded in every mode (RFC 2047
 * §5 allows them in comments; inside quoted strings they are not
 * allowed, but are common enough to decode). */
void mxq_mime_text_decode(const char *p, size_t n, enum mxq_mime_text_mode mode,
                          struct mxq_mime_text *out);

/* An unstructured field body, decoded: the same as MXQ_MIME_TEXT_UNSTRUCTURED. */
void mxq_mime_unstructured(const char *p, size_t n, struct mxq_mime_text *out);

/* True when p[0..n) is exactly one encoded word, "=?" charset ["*" lang]
 * "?" ("B" / "Q") "?" encoded-text "?=". */
bool mxq_mime_is_encoded_word(const char *p, size_t n);

enum mxq_mime_list_status {
    MXQ_MIME_LIST_ITEM,        /* *item set, *pos advanced past it */
    MXQ_MIME_LIST_END          /* no more items */
};

/* The comma-separated phrase list of Keywords: each non-empty item as it
 * is written, white space around it left out (decode it with
 * mxq_mime_unstructured()). A comma inside an encoded word, a quoted
 * string or a comment does not separate. Start with *pos = 0. */
enum mxq_mime_list_status mxq_mime_list_next(const char *p, size_t n,
                                             size_t *pos,
                                             struct mxq_slice *item);

enum mxq_mime_comment_status {
    MXQ_MIME_COMMENT_OK,
    MXQ_MIME_COMMENT_UNCLOSED, /* the field ended inside it, or an octet
                                  that no comment holds (a control) */
    MXQ_MIME_COMMENT_TOO_DEEP  /* nested deeper than MXQ_MIME_COMMENT_DEPTH */
};

/* p[pos] is '(': sets *end past the matching ')' (OK), or to where the
 * comment could not go on. Folds and quoted pairs are read inside it. */
enum mxq_mime_comment_status mxq_mime_comment_end(const char *p, size_t n,
                                                  size_t pos, size_t *end);

#endif
