/*
 * The bounce heuristics of grammar/bounce_text.rl: the subjects and
 * senders of bounces; what hand-written Postfix, qmail, Exim, sendmail
 * and Exchange texts show; codes that are none (addresses, versions,
 * longer runs); and sisimai's Postfix samples that are no RFC 3464
 * report, their first text part cut out by a small splitter of this
 * file's own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "bounce_text.h"
#include "files.h"

#define CONF MXQ_CONFORMANCE_DIR

static bool subject(const char *s)
{
    return mxq_bounce_subject(s, strlen(s));
}

static bool sender(const char *s)
{
    return mxq_bounce_sender(s, strlen(s));
}

static void test_subjects(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "Undelivered Mail Returned to Sender",
        "failure notice",
        "Mail delivery failed: returning message to sender",
        "Delivery Status Notification (Failure)",
        "Delivery Status Notification (Delay)",
        "Returned mail: see transcript for details",
        "Returned mail: User unknown",
        "Undeliverable: Lunch on Friday",
        "Undelivered Mail",
        "Delivery failure",
        "DELIVERY FAILURE: User kijitora not listed",
        "Mail System Error - Returned Mail",
        "Non-delivery report: Lunch",
        "Nondelivery notification",
        "Delivery has failed",
        "Warning: could not send message for past 4 hours",
        "  \tUNDELIVERED MAIL RETURNED TO SENDER",
        "Delayed Mail (still being retried)",
        "Delivery Notification: Delivery has failed",
        "mail failed, returning to sender",
        "Mail delivery problem",
        "Nondeliverable mail",
    };
    static const char *const no[] = {
        "Out of office",
        "Automatic reply: Lunch",
        "Re: Undelivered Mail Returned to Sender",
        "Fwd: failure notice",
        "Delivery Status Notification (Success)",
        "Lunch on Friday",
        "Undeliver",
        "Mail",
        "",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (!subject(yes[i]))
            fail_msg("not a bounce subject: \"%s\"", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (subject(no[i]))
            fail_msg("a bounce subject: \"%s\"", no[i]);
    /* the length is what counts, not a NUL */
    assert_false(mxq_bounce_subject("failure notice", 7));
    assert_true(mxq_bounce_subject("failure notice\0x", 16));
}

static void test_senders(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "MAILER-DAEMON", "mailer-daemon", "mailer_daemon", "MailerDaemon",
        "mail-daemon",   "Mail_Daemon",   "maildaemon",    "postmaster",
        "PostMaster",
    };
    static const char *const no[] = {
        "postmaster2", "daemon", "mailer", "mailer--daemon", "mailer-daemon ",
        " postmaster", "post-master", "root", "",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (!sender(yes[i]))
            fail_msg("not a bounce sender: \"%s\"", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (sender(no[i]))
            fail_msg("a bounce sender: \"%s\"", no[i]);
    assert_false(mxq_bounce_sender("postmaster", 4));
}

/* ---------------------------------------------------------- the texts */
static void expect(const char *name, const char *what, struct mxq_slice got,
                   const char *want, const char *text, size_t n)
{
    if (got.n != 0 && (got.p < text || got.p + got.n > text + n))
        fail_msg("%s: %s lies outside the text", name, what);
    if (want == NULL) {
        if (got.n != 0)
            fail_msg("%s: %s: want none, got \"%.*s\"", name, what,
                     (int)got.n, got.p);
        return;
    }
    if (got.n != strlen(want) || memcmp(got.p, want, got.n) != 0)
        fail_msg("%s: %s: want \"%s\", got \"%.*s\"", name, what, want,
                 (int)got.n, got.n ? got.p : "");
}

struct text_case {
    const char *name, *text, *status, *reply, *recipient;
};

static void check(const struct text_case *c, const char *text, size_t n)
{
    struct mxq_bounce_facts f;
    mxq_bounce_scan(text, n, &f);
    expect(c->name, "status", f.status, c->status, text, n);
    expect(c->name, "reply", f.reply, c->reply, text, n);
    expect(c->name, "recipient", f.recipient, c->recipient, text, n);
}

static const struct text_case texts[] = {
    {"postfix",
     "This is the mail system at host mx.example.net.\r\n"
     "\r\n"
     "I'm sorry to have to inform you that your message could not\r\n"
     "be delivered to one or more recipients. It's attached below.\r\n"
     "\r\n"
     "For further assistance, please send mail to <postmaster@example.net>\r\n"
     "\r\n"
     "If you do so, please include this problem report. You can\r\n"
     "delete your own text from the attached returned message.\r\n"
     "\r\n"
     "                   The mail system\r\n"
     "\r\n"
     "<gone@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\r\n"
     "    <gone@example.org>: Recipient address rejected: User unknown (in\r\n"
     "    reply to RCPT TO command)\r\n",
     "5.1.1", "550", "gone@example.org"},
    {"postfix expanded",
     "This is the mail system at host mx.example.net.\n\n"
     "<kijitora@example.jp> (expanded from <neko@example.net>): host\n"
     "    mx.example.jp[192.0.2.9] said: 552-5.2.2 Mailbox full\n",
     "5.2.2", "552", "kijitora@example.jp"},
    {"qmail",
     "Hi. This is the qmail-send program at mail.example.net.\n"
     "I'm afraid I wasn't able to deliver your message to the following "
     "addresses.\n"
     "This is a permanent error; I've given up. Sorry it didn't work out.\n"
     "\n"
     "<user@example.com>:\n"
     "Sorry, no mailbox here by that name. (#5.1.1)\n"
     "\n"
     "--- Below this line is a copy of the message.\n",
     "5.1.1", NULL, "user@example.com"},
    {"exim",
     "This message was created automatically by mail delivery software.\n"
     "\n"
     "A message that you sent could not be delivered to one or more of its\n"
     "recipients. This is a permanent error. The following address(es) "
     "failed:\n"
     "\n"
     "  user@example.com\n"
     "    SMTP error from remote mail server after RCPT "
     "TO:<user@example.com>:\n"
     "    550 5.1.1 User unknown\n",
     "5.1.1", "550", "user@example.com"},
    {"sendmail",
     "The original message was received at Mon, 1 Jan 2024 10:00:00 +0000\n"
     "from mail.example.org [192.0.2.10]\n"
     "\n"
     "   ----- The following addresses had permanent fatal errors -----\n"
     "<who@example.org>\n"
     "    (reason: 550 5.1.1 <who@example.org>... User unknown)\n"
     "\n"
     "   ----- Transcript of session follows -----\n"
     "... while talking to mx.example.org.:\n"
     ">>> DATA\n"
     "<<< 550 5.1.1 <who@example.org>... User unknown\n"
     "550 5.1.1 <who@example.org>... User unknown\n",
     "5.1.1", "550", "who@example.org"},
    {"sendmail transcript only",
     "   ----- Transcript of session follows -----\n"
     "... while talking to mx.example.org.:\n"
     ">>> RCPT To:<x@example.org>\n"
     "<<< 550-5.1.1 <x@example.org>... User unknown\n",
     "5.1.1", "550", "x@example.org"},
    {"exchange 2010",
     "Delivery has failed to these recipients or groups:\r\n"
     "\r\n"
     "someone@example.com\r\n"
     "The e-mail address you entered couldn't be found. Please check the "
     "recipient's e-mail address and try to resend the message.\r\n"
     "\r\n"
     "Diagnostic information for administrators:\r\n"
     "\r\n"
     "Generating server: mail.example.com\r\n"
     "\r\n"
     "someone@example.com\r\n"
     "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\r\n",
     "5.1.1", "550", "someone@example.com"},
    {"exchange 2003",
     "Your message did not reach some or all of the intended recipients.\r\n"
     "\r\n"
     "      Subject:\tLunch\r\n"
     "      Sent:\t1/1/2010 10:00 AM\r\n"
     "\r\n"
     "The following recipient(s) cannot be reached:\r\n"
     "\r\n"
     "      Some.One@example.com on 1/1/2010 10:00 AM\r\n"
     "            The e-mail account does not exist at the organization "
     "this message was sent to.\r\n"
     "            <mx.example.com #5.1.1 smtp;550 5.1.1 User unknown>\r\n",
     "5.1.1", "550", "Some.One@example.com"},
    {"smail",
     "|------------------------- Failed addresses follow: ---------------|\n"
     " kijitora@neko.example.com ... unknown host\n",
     NULL, NULL, "kijitora@neko.example.com"},
    {"the address ends the announcing line",
     "Your Message\n\nTo:      <kijitora@example.net>\n\n"
     "Did not reach the following recipient: kijitora@example.net\n",
     NULL, NULL, "kijitora@example.net"},
    {"a bracketed address ends the announcing line",
     "User's mailbox is full: <neko@example.jp>\nUnable to deliver mail.\n",
     NULL, NULL, "neko@example.jp"},
    {"not at an announcing line's end",
     "Did not reach the following recipient: a@example.net today\n"
     "Could not be delivered: <a@example.net>x\n"
     "Lunch at noon: b@example.net\n",
     NULL, NULL, NULL},
    {"transcript: a failure after successes",
     " Out: 250 2.1.5 Ok\n In:  DATA\n Out: 354 End data\n"
     " Out: 451 4.3.0 Error: queue file write error\n",
     "4.3.0", "451", NULL},
    {"only a success", "Out: 250 2.0.0 Ok\n", "2.0.0", NULL, NULL},
    {"not statuses",
     "Relay 192.0.2.1 runs version 5.1.12.3; see 15.1.1, 5.1.1000, 5.1.1.4,"
     " x5.1.1, 5.1.1x, 1.5.1.1, 5..1.1, 5.1, 4.1234.1 and 2.0.0.1 too.\n",
     NULL, NULL, NULL},
    {"a status at a sentence's end", "Status is 5.7.1.\n", "5.7.1", NULL,
     NULL},
    {"not replies",
     "port 5500 550x x550 550.1 1.550 5501 SIZE=550 no 600 and 350 "
     "or 560 or 550",
     NULL, NULL, NULL},
    {"a sentence's address is no recipient",
     "For further assistance, please contact <postmaster@example.net>\n"
     "  <x@example.net>: indented\n"
     "bare@example.net\n"
     "<a@b.example>x\n"
     "<@example.net>:\n"
     "<a..b@example.net>:\n"
     "<a@example-.net>:\n"
     "<a@-example.net>:\n"
     "<a@example.net.>:\n"
     "<a@b@example.net>:\n"
     "<\"q\"@example.net>:\n",
     NULL, NULL, NULL},
    {"an announcement ages",
     "could not be delivered:\nA\nB\nC\n  x@example.com\n",
     NULL, NULL, NULL},
    {"LF only and CR at the end",
     "could not be delivered\r\n\r\n  x@example.com\r\n", NULL, NULL,
     "x@example.com"},
    {"empty", "", NULL, NULL, NULL},
};

static void test_texts(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        check(&texts[i], texts[i].text, strlen(texts[i].text));
}

/* Odd octets: NULs, 8-bit, a long local part, a very long line. */
static void test_odd_input(void **state)
{
    (void)state;
    static const char bin[] = "\0\xff<\x01@\x02>\n\t@\n5.\n<a@b>:\0"
                              " 550 5.1.1\0\n";
    struct text_case c = {"binary", NULL, "5.1.1", "550", "a@b"};
    check(&c, bin, sizeof bin - 1);

    /* a local part one octet too long, then one just long enough */
    char buf[256];
    buf[0] = '<';
    memset(buf + 1, 'a', 65);
    strcpy(buf + 66, "@example.com>:\n");
    struct text_case none = {"local part of 65", NULL, NULL, NULL, NULL};
    check(&none, buf, strlen(buf));
    char want[80];
    memset(want, 'a', 64);
    strcpy(want + 64, "@example.com");
    struct text_case ok = {"local part of 64", NULL, NULL, NULL, want};
    buf[1] = '<';
    check(&ok, buf + 1, strlen(buf + 1)); /* "<aaa...a@example.com>:" */

    /* a megabyte line of atext, dots and '<', then a Postfix line */
    size_t n = 1 << 20;
    char *big = malloc(n + 64);
    assert_non_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = "a.<-@ 1."[i % 8];
    strcpy(big + n, "\n<u@example.com>: said: 550 5.1.1\n");
    struct text_case tail = {"long line", NULL, "5.1.1", "550",
                             "u@example.com"};
    check(&tail, big, strlen(big));
    free(big);
}

/* ------------------------------------------------- the sisimai samples */

/* Where the header section of [p, p + n) ends (after its empty line). */
static const char *body_of(const char *p, size_t n)
{
    const char *e = p + n;
    for (const char *q = p; q + 1 < e; q++) {
        if (q[0] == '\n' && q[1] == '\n')
            return q + 2;
        if (q + 3 < e && memcmp(q, "\r\n\r\n", 4) == 0)
            return q + 4;
    }
    return e;
}

/* The top-level body, or for a multipart/mixed message its first part
 * (whose body is the first text part in these samples). */
static void first_text(const char *msg, size_t n, const char **text,
                       size_t *len)
{
    const char *body = body_of(msg, n), *end = msg + n;
    /* the boundary parameter, in the header section */
    const char *b = NULL;
    for (const char *q = msg; q + 9 < body; q++)
        if (strncasecmp(q, "boundary=", 9) == 0) {
            b = q + 9;
            break;
        }
    if (b == NULL) {
        *text = body;
        *len = (size_t)(end - body);
        return;
    }
    char delim[128] = "\n--";
    size_t dl = 3;
    if (*b == '"')
        b++;
    while (b < body && *b != '"' && *b != '\r' && *b != '\n' && *b != ';' &&
           dl + 1 < sizeof delim)
        delim[dl++] = *b++;
    delim[dl] = '\0';
    const char *part = strstr(body - 1, delim);
    assert_non_null(part);
    part += dl;
    const char *pbody = body_of(part, (size_t)(end - part));
    const char *pend = strstr(pbody, delim);
    assert_non_null(pend);
    *text = pbody;
    *len = (size_t)(pend - pbody) + 1;   /* with the LF before the delimiter */
}

static void test_sisimai_postfix(void **state)
{
    (void)state;
    /* lhost-postfix-*.eml whose top-level type is not multipart/report;
     * the values read by hand from each file */
    static const struct text_case samples[] = {
        /* multipart/mixed; "said: 550" at a line end, no status */
        {"lhost-postfix-07.eml", NULL, NULL, "550",
         "kijitora@user.example.or.jp"},
        /* multipart/mixed; "Name service error ... Host not found" */
        {"lhost-postfix-34.eml", NULL, NULL, NULL, "kijitora@example.com"},
        /* text/plain holding a forwarded multipart/report: "421 Service
         * not available" in its text, "Status: 4.0.0" in its report */
        {"lhost-postfix-49.eml", NULL, "4.0.0", "421",
         "kijitora-neko-nyaan@ntt.example.ne.jp"},
        {"lhost-postfix-50.eml", NULL, "4.0.0", "421",
         "soto-neko-nyaan@ntt.example.com"},
        /* no Content-Type: an SMTP session transcript, "451 4.3.0" after
         * a row of 250 2.x.x; no recipient line */
        {"lhost-postfix-75.eml", NULL, "4.3.0", "451", NULL},
    };
    size_t checked = 0;
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/sisimai-dsn/%s", CONF,
                 samples[i].name);
        size_t n = 0;
        char *msg = test_read_file(path, &n);
        if (msg == NULL)
            fail_msg("cannot read %s", path);
        const char *text;
        size_t len;
        first_text(msg, n, &text, &len);
        check(&samples[i], text, len);
        /* the same from a copy of exactly the text's length */
        char *copy = malloc(len ? len : 1);
        assert_non_null(copy);
        memcpy(copy, text, len);
        check(&samples[i], copy, len);
        free(copy);
        free(msg);
        checked++;
    }
    assert_int_equal(checked, 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subjects),
        cmocka_unit_test(test_senders),
        cmocka_unit_test(test_texts),
        cmocka_unit_test(test_odd_input),
        cmocka_unit_test(test_sisimai_postfix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
