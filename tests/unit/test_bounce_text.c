/*
 * The bounce heuristics of grammar/bounce_text.rl: the subjects and
 * senders of bounces, and what the texts of Postfix, qmail, Exim,
 * sendmail and Exchange bounces show.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "bounce_text.h"

static bool subject(const char *s)
{
    return mxq_bounce_subject(s, strlen(s));
}

static bool sender(const char *s)
{
    return mxq_bounce_sender(s, strlen(s));
}

static void test_subjects_and_senders(void **state)
{
    (void)state;
    assert_true(subject("Undelivered Mail Returned to Sender"));
    assert_true(subject("failure notice"));
    assert_true(subject("Mail delivery failed: returning message to sender"));
    assert_true(subject("Delivery Status Notification (Failure)"));
    assert_true(subject("Returned mail: see transcript for details"));
    assert_true(subject("Undeliverable: Lunch"));
    assert_true(subject("  DELAYED MAIL (still being retried)"));
    assert_false(subject("Re: Undelivered Mail Returned to Sender"));
    assert_false(subject("Out of office"));
    assert_false(subject("Automatic reply: Lunch"));
    assert_false(subject("Undeliver"));
    assert_false(subject(""));

    assert_true(sender("MAILER-DAEMON"));
    assert_true(sender("mailer_daemon"));
    assert_true(sender("MailerDaemon"));
    assert_true(sender("postmaster"));
    assert_true(sender("Mail-Daemon"));
    assert_false(sender("postmaster2"));
    assert_false(sender("daemon"));
    assert_false(sender(""));
}

struct facts_case {
    const char *name, *text, *status, *reply, *recipient;
};

static void expect_slice(const char *what, const char *name,
                         struct mxq_slice got, const char *want)
{
    if (want == NULL) {
        if (got.n != 0)
            fail_msg("%s: %s: want none, got %.*s", name, what, (int)got.n,
                     got.p);
        return;
    }
    if (got.n != strlen(want) || memcmp(got.p, want, got.n) != 0)
        fail_msg("%s: %s: want %s, got %.*s", name, what, want, (int)got.n,
                 got.p ? got.p : "");
}

static void test_texts(void **state)
{
    (void)state;
    static const struct facts_case cases[] = {
        {"postfix",
         "This is the mail system at host mx.example.net.\r\n\r\n"
         "For further assistance, please contact <postmaster@example.net>\r\n"
         "\r\n                   The mail system\r\n\r\n"
         "<gone@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\r\n"
         "    <gone@example.org>: Recipient address rejected\r\n",
         "5.1.1", "550", "gone@example.org"},
        {"qmail",
         "Hi. This is the qmail-send program at mail.example.net.\n"
         "<user@example.com>:\nSorry, no mailbox here by that name. "
         "(#5.1.1)\n",
         "5.1.1", NULL, "user@example.com"},
        {"exim",
         "This message was created automatically by mail delivery software."
         "\n\nA message that you sent could not be delivered to one or more "
         "of its\nrecipients. This is a permanent error. The following "
         "address(es) failed:\n\n  user@example.com\n    SMTP error from "
         "remote mail server after RCPT TO:<user@example.com>:\n"
         "    550 5.1.1 User unknown\n",
         "5.1.1", "550", "user@example.com"},
        {"sendmail",
         "   ----- The following addresses had permanent fatal errors -----\n"
         "<who@example.org>\n    (reason: 550-5.1.1 No such user)\n",
         "5.1.1", "550", "who@example.org"},
        {"exchange",
         "Delivery has failed to these recipients or groups:\r\n\r\n"
         "someone@example.com\r\nThe e-mail address you entered couldn't be "
         "found. #550 5.1.10 RESOLVER.ADR.RecipientNotFound ##\r\n",
         "5.1.10", "550", NULL},
        {"not statuses",
         "Relay 192.0.2.1 runs version 5.1.12.3 of 15.1.1 and 5.1.1000; "
         "x5.1.1 too.\n",
         NULL, NULL, NULL},
        {"binary", "\x00\xff<\x01@\x02>\n\t@\n5.\n<a@b>", NULL, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const struct facts_case *c = &cases[i];
        size_t n = strcmp(c->name, "binary") == 0 ? 20 : strlen(c->text);
        struct mxq_bounce_facts f;
        mxq_bounce_scan(c->text, n, &f);
        expect_slice("status", c->name, f.status, c->status);
        expect_slice("reply", c->name, f.reply, c->reply);
        expect_slice("recipient", c->name, f.recipient, c->recipient);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subjects_and_senders),
        cmocka_unit_test(test_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
