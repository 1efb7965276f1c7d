/*
 * RFC 5322 §3.4 address lists: From, To, Cc, Bcc, Reply-To, Sender,
 * Resent-*, and the List-* fields of RFC 2369 (URLs in angle brackets),
 * from grammar/mime_address.rl. RFC 6532: UTF-8 in local parts, display
 * names, quoted strings and comments.
 *
 * Pure functions over a buffer: no allocation, no I/O, the slices point
 * into the caller's bytes. The members are read one at a time with
 * mxq_mime_address_next(), so any number of addresses needs no storage;
 * a group comes as a GROUP_START item, its mailboxes, a GROUP_END item.
 * A field body ends at its first line end that is not a fold.
 *
 * What is accepted, beyond RFC 5322 §3.4, and why (real mail; the
 * mail-parser conformance suite reads it the same way):
 *   - §4.4 obsolete forms: obs-phrase (a '.' in a display name), CFWS
 *     around the dots and the '@' of an addr-spec ("jdoe@test . example"),
 *     obs-local-part with quoted and plain words mixed, obs-route
 *     ("<@a,@b:x@y>", flag ROUTE), null members ("a@b,,c@d" skipped), a
 *     group that the field ends without its ';';
 *   - dots doubled, leading or trailing in a local part ("a..b@c");
 *   - any text inside angle brackets is the address (List-Help:
 *     <mailto:x@y?subject=help>, <http://...>): flag SPEC says whether it
 *     is an addr-spec, and only then are local and domain set;
 *   - a member without '<' is its address, whatever its words ("NO" in
 *     List-Post), and its comments are its name;
 *   - a member that is only a comment is reported, with an empty address:
 *     "(the end of the group)" is text a reader wants;
 *   - display name words after the angle-addr ("<a@b> Doe") are name;
 *   - octets 0x80-0xFF anywhere a word may be, not checked as UTF-8.
 * Refused (MXQ_MIME_ADDR_SYNTAX, iteration can go on after it): an
 * unclosed quoted string, comment, literal or '<'; a second '<', a '>'
 * without '<'; a ':' inside a group or after an angle-addr; a ';' outside
 * a group; a control octet outside quotes and comments.
 */
#ifndef MXQ_MIME_ADDRESS_H
#define MXQ_MIME_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "mime_text.h"
#include "slice.h"

enum mxq_mime_addr_kind {
    MXQ_MIME_ADDR_MAILBOX = 1,
    MXQ_MIME_ADDR_GROUP_START,  /* group and display_name: its name */
    MXQ_MIME_ADDR_GROUP_END     /* group: the name of the group it ends */
};

enum mxq_mime_addr_flags {
    MXQ_MIME_ADDR_ANGLE = 1u << 0,    /* written as name-addr / angle-addr */
    MXQ_MIME_ADDR_SPEC = 1u << 1,     /* address is an addr-spec (with the
                                         obsolete forms): local and domain
                                         are set */
    MXQ_MIME_ADDR_PLAIN = 1u << 2,    /* ... and a plain one: dot-atom or
                                         quoted-string "@" dot-atom or
                                         domain-literal, nothing between
                                         (no CFWS, no route) */
    MXQ_MIME_ADDR_ROUTE = 1u << 3,    /* an obs-route came before it */
    MXQ_MIME_ADDR_COMMENTS = 1u << 4  /* the member holds comments */
};

struct mxq_mime_address {
    enum mxq_mime_addr_kind kind;
    unsigned flags;
    struct mxq_slice whole;        /* the member as written, from its first
                                      to its last token (group start: the
                                      part before ':') */
    struct mxq_slice display_name; /* the phrase as written: quotes,
                                      encoded words and comments between
                                      its words kept; empty: none */
    struct mxq_slice address;      /* inside the angle brackets (route
                                      included) or the bare member, from its
                                      first to its last word; empty: none */
    struct mxq_slice route;        /* "@a,@b" without the ':' */
    struct mxq_slice addr_spec;    /* local "@" domain as written */
    struct mxq_slice local, domain;
    struct mxq_slice group;        /* the enclosing group's name as
                                      written; empty outside groups */
};

/* Where the iteration is: start with a zeroed cursor. */
struct mxq_mime_address_cursor {
    size_t pos;
    bool in_group;
    struct mxq_slice group;
};

enum mxq_mime_addr_status {
    MXQ_MIME_ADDR_ITEM,        /* *out set, the cursor past it */
    MXQ_MIME_ADDR_END,         /* no more members */
    MXQ_MIME_ADDR_SYNTAX,      /* the member at the cursor is broken (see
                                  above); the cursor is past it */
    MXQ_MIME_ADDR_TOO_DEEP     /* a comment nested deeper than
                                  MXQ_MIME_COMMENT_DEPTH; the cursor is
                                  past it */
};

/* Reads the next item of the address list p[0..n). */
enum mxq_mime_addr_status
mxq_mime_address_next(const char *p, size_t n,
                      struct mxq_mime_address_cursor *cursor,
                      struct mxq_mime_address *out);

/* The name a reader is shown, decoded into out (RFC 2047 encoded words,
 * quoted strings unquoted): the display name, then the member's comments
 * in parentheses, "Pete (his account)"; only the comments when there is
 * no display name. A group start gives the group's name. Returns false
 * when there is no name (nothing was written). */
bool mxq_mime_address_name(const struct mxq_mime_address *a,
                           struct mxq_mime_text *out);

/* The text of an address slice (address, addr_spec, local or domain)
 * without its comments and folds; white space inside a line is kept as
 * written ("test  . example"). */
void mxq_mime_address_text(struct mxq_slice s, struct mxq_mime_text *out);

#endif
