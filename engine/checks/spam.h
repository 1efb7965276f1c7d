/*
 * SpamAssassin over spamd's protocol (SPAMC/SPAMD 1.5, spamd/PROTOCOL in
 * SpamAssassin's sources): the head of a SYMBOLS request, and spamd's
 * reply read into a verdict. The I/O is the caller's: connect to spamd,
 * send the head and the message's n octets, shut down the write side,
 * read until spamd closes, then hand every octet read to
 * mxq_spam_parse().
 *
 *   char head[256];
 *   size_t len = mxq_spam_request_head(head, sizeof head, n, "mail");
 *   send(head, len); send(message, n); shutdown(SHUT_WR);
 *   read all into reply[0..r);
 *   mxq_spam_parse(reply, r, &v);
 *
 * The reply's bytes are read by grammar/spamd_reply.rl; this module only
 * turns what it hands out into the verdict. What real spamd 4.0 answers
 * is in tests/unit/test_spam.c.
 *
 * No allocation, no system call: the verdict holds its own copies of the
 * symbol names.
 */
#ifndef MXQ_CHECKS_SPAM_H
#define MXQ_CHECKS_SPAM_H

#include <stddef.h>

#define MXQ_SPAM_MAX_SYMBOLS 64      /* symbols kept; more are counted in symbols_dropped */
#define MXQ_SPAM_SYMBOLS_SIZE 2048   /* octets of the symbol names, NUL-separated */
#define MXQ_SPAM_REPLY_MAX 65536     /* a reply longer than this is garbage */

enum mxq_spam_result { MXQ_SPAM_HAM = 0, MXQ_SPAM_SPAM, MXQ_SPAM_TEMPERROR };

struct mxq_spam_verdict {
    enum mxq_spam_result result;
    double score, threshold;         /* from "Spam: True ; 5.8 / 5.0" */
    size_t symbol_count, symbols_dropped;
    const char *symbol[MXQ_SPAM_MAX_SYMBOLS]; /* point into names */
    char names[MXQ_SPAM_SYMBOLS_SIZE];
    const char *reason;              /* static text, NULL unless TEMPERROR: e.g. "spamd: EX_UNAVAILABLE", "malformed reply", "no Spam header", "reply too long" */
};

/* The head of a SYMBOLS request for a message of n octets:
 * "SYMBOLS SPAMC/1.5\r\nContent-length: <n>\r\n[User: <user>\r\n]\r\n".
 * user: NULL for none (must be a token of letters, digits, '.', '_', '-', '@', else it is left out). Returns the length written to out (NUL-terminated), 0 when cap is too small. */
size_t mxq_spam_request_head(char *out, size_t cap, size_t n, const char *user);

/* Reads spamd's whole reply p[0..n) (every octet until spamd closed) into *v. Never fails: anything that is not a well-formed SPAMD/1.x reply with code 0 (EX_OK) and a Spam header is TEMPERROR with a reason. For code != 0 the reason names the code (EX_USAGE 64, EX_DATAERR 65, EX_NOINPUT 66, EX_NOUSER 67, EX_NOHOST 68, EX_UNAVAILABLE 69, EX_SOFTWARE 70, EX_OSERR 71, EX_OSFILE 72, EX_CANTCREAT 73, EX_IOERR 74, EX_TEMPFAIL 75, EX_PROTOCOL 76, EX_NOPERM 77, EX_CONFIG 78, EX_TIMEOUT 79; others "spamd: error"). */
void mxq_spam_parse(const char *p, size_t n, struct mxq_spam_verdict *v);

/*
 * The verdict in detail:
 *  - HAM / SPAM: the Spam header's True or Yes is SPAM, False or No HAM
 *    (spamd's own decision; score and threshold are as it wrote them).
 *    The symbols are those of the body, in spamd's order: the first
 *    MXQ_SPAM_MAX_SYMBOLS whose names fit in names[] (each followed by a
 *    NUL); from the first one that does not fit on, every symbol is only
 *    counted in symbols_dropped, so symbol[] is always a prefix of the
 *    list.
 *  - TEMPERROR: everything else zero, symbol_count 0, and reason one of
 *      "empty reply"               spamd closed without a word
 *      "reply too long"            more than MXQ_SPAM_REPLY_MAX octets
 *      "malformed reply"           no SPAMD/1.x status line, a broken
 *                                  header, a Spam or Content-length
 *                                  header twice, a body that is not a
 *                                  symbol list
 *      "spamd: EX_PROTOCOL", ...   a well-formed status line whose code
 *                                  is not 0, whatever follows it
 *      "spamd: error"              such a code outside 64..79
 *      "bad Spam header"           its value is not "flag ; score / score"
 *      "no Spam header"
 *      "Content-length mismatch"   the body is not as long as it says
 */

#endif
