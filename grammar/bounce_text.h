/*
 * Heuristic bounces (non-delivery notices that are not RFC 3464 reports),
 * from grammar/bounce_text.rl: the Subject and sender local part MTAs give
 * them, and what can be read out of their text (Postfix, qmail, Exim,
 * sendmail, Exchange plain-text notices).
 *
 * Pure functions over a buffer: no allocation, no I/O, the slices point
 * into the caller's bytes. Any octets are taken (NULs, 8-bit, very long
 * lines); the text is read in two passes, each linear in its length.
 */
#ifndef MXQ_BOUNCE_TEXT_H
#define MXQ_BOUNCE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

/* The Subject, already unfolded and decoded: one that MTAs give to
 * bounces ("Undelivered Mail Returned to Sender", "failure notice", "Mail
 * delivery failed", "Delivery Status Notification (Failure)" or
 * "(Delay)", "Returned mail: ...", "Undeliverable: ...", "Delivery
 * failure", "Mail System Error - Returned Mail", "Non-delivery ...",
 * "Delivery has failed", "Warning: could not send message", "Delayed
 * Mail", "mail failed, returning to sender"...). Letters in any case;
 * the phrase must begin the subject (after blanks), what follows it is
 * not looked at. "Re: ...", "Fwd: ...", "Out of office", "Automatic
 * reply" and "Delivery Status Notification (Success)" are no bounce
 * subjects. */
bool mxq_bounce_subject(const char *p, size_t n);

/* The local part of a From address that bounces come from, whole, in any
 * case: mailer-daemon, mailer_daemon, mailerdaemon, mail-daemon,
 * mail_daemon, maildaemon, postmaster. */
bool mxq_bounce_sender(const char *local, size_t n);

struct mxq_bounce_facts {
    /* An enhanced status code (RFC 3463: 2|4|5 "." 1*3digit "." 1*3digit)
     * standing alone: no letter or digit right before it, no letter,
     * digit or ".digit" right after it (so not part of an IP address, a
     * version 1.2.3.4 or "15.1.1"). The first one of class 4 or 5; the
     * first of class 2 when there is none of those (a session transcript
     * shows "250 2.1.5 Ok" before the failure). n == 0 when none. */
    struct mxq_slice status;
    /* The first SMTP reply code 4xx/5xx (second digit 0-5) standing as a
     * word: at the start, or after a blank, a line end or one of
     * : ; ( [ # < " ' (not "SIZE=550"), and followed by a space, a tab,
     * '-' or a line end ("said: 550 5.1.1", "550-5.1.1", "smtp;550
     * 5.1.1", Postfix's "said: 550" wrapped at the line end). n == 0
     * when none. */
    struct mxq_slice reply;
    /* The first failed recipient, the addr-spec without angle brackets;
     * n == 0 when none. An address here is dot-atom-text "@" a domain of
     * labels (letters, digits, inner '-'), ASCII only, local part at most
     * 64 octets, domain at most 255 and labels at most 63. Recognised:
     *   - at the start of a line, "<addr>:" (Postfix, qmail) or
     *     "<addr> (expanded from" (Postfix);
     *   - anywhere, after a blank or at a line start, "<addr>..."
     *     (sendmail);
     *   - within three non-blank lines after a line that announces the
     *     failed recipients ("could not be delivered", "failed:", "the
     *     following address", "following recipient", "cannot be
     *     reached", "recipients or groups", "permanent fatal errors",
     *     "failed addresses", "was not delivered to", "did not reach"...),
     *     a line whose first non-blank is "<addr>" with nothing after it,
     *     or a bare addr followed by the line end, a blank, ':' or '<'
     *     (Exim "  user@example.com", Exchange "user@example.com" and
     *     "      user@example.com on 1/1/2010 ...", smail's " addr ...
     *     unknown host" after "Failed addresses follow:");
     *   - on such an announcing line itself, an addr or <addr> after its
     *     last ':' that ends the line ("Did not reach the following
     *     recipient: addr", "User's mailbox is full: <addr>"). */
    struct mxq_slice recipient;
};

/* Scans the decoded text of a bounce's first text part (CRLF or LF line
 * ends) and fills *out. */
void mxq_bounce_scan(const char *text, size_t n, struct mxq_bounce_facts *out);

#endif
