/* mxq_parse_command() and mxq_xtext_decode(): table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "smtp_command.h"

/* A string literal and its length, NULs included. */
#define LINE(s) s, sizeof(s) - 1

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------ results */

struct result_case {
    const char *line;
    size_t len;
    enum mxq_command_result result;
    enum mxq_verb verb;
};

static const struct result_case result_cases[] = {
    /* Every verb, in mixed case. */
    { LINE("HELO example.org\r\n"), MXQ_CMD_OK, MXQ_VERB_HELO },
    { LINE("helo example.org\r\n"), MXQ_CMD_OK, MXQ_VERB_HELO },
    { LINE("HeLo [192.0.2.1]\r\n"), MXQ_CMD_OK, MXQ_VERB_HELO },
    { LINE("EHLO example.org\r\n"), MXQ_CMD_OK, MXQ_VERB_EHLO },
    { LINE("eHlO [IPv6:2001:db8::1]\r\n"), MXQ_CMD_OK, MXQ_VERB_EHLO },
    { LINE("EHLO under_score.odd!name\r\n"), MXQ_CMD_OK, MXQ_VERB_EHLO },
    { LINE("EHLO x  \r\n"), MXQ_CMD_OK, MXQ_VERB_EHLO },
    { LINE("MAIL FROM:<a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("mail from:<a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("Mail From:<>\r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("RCPT TO:<a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_RCPT },
    { LINE("rCpT tO:<postmaster>\r\n"), MXQ_CMD_OK, MXQ_VERB_RCPT },
    { LINE("DATA\r\n"), MXQ_CMD_OK, MXQ_VERB_DATA },
    { LINE("data\r\n"), MXQ_CMD_OK, MXQ_VERB_DATA },
    { LINE("BDAT 10\r\n"), MXQ_CMD_OK, MXQ_VERB_BDAT },
    { LINE("bdat 10 last\r\n"), MXQ_CMD_OK, MXQ_VERB_BDAT },
    { LINE("RSET\r\n"), MXQ_CMD_OK, MXQ_VERB_RSET },
    { LINE("rSeT\r\n"), MXQ_CMD_OK, MXQ_VERB_RSET },
    { LINE("NOOP\r\n"), MXQ_CMD_OK, MXQ_VERB_NOOP },
    { LINE("noop anything at all\r\n"), MXQ_CMD_OK, MXQ_VERB_NOOP },
    { LINE("QUIT\r\n"), MXQ_CMD_OK, MXQ_VERB_QUIT },
    { LINE("quit\r\n"), MXQ_CMD_OK, MXQ_VERB_QUIT },
    { LINE("VRFY postmaster\r\n"), MXQ_CMD_OK, MXQ_VERB_VRFY },
    { LINE("vrfy \"John Smith\"\r\n"), MXQ_CMD_OK, MXQ_VERB_VRFY },
    { LINE("EXPN staff\r\n"), MXQ_CMD_OK, MXQ_VERB_EXPN },
    { LINE("HELP\r\n"), MXQ_CMD_OK, MXQ_VERB_HELP },
    { LINE("help mail\r\n"), MXQ_CMD_OK, MXQ_VERB_HELP },
    { LINE("STARTTLS\r\n"), MXQ_CMD_OK, MXQ_VERB_STARTTLS },
    { LINE("StartTls\r\n"), MXQ_CMD_OK, MXQ_VERB_STARTTLS },
    { LINE("AUTH PLAIN\r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },
    { LINE("auth PLAIN AGZvbwBiYXI=\r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },
    { LINE("AUTH login\r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN =\r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },
    { LINE("AUTH X-OAUTH_2 dGVzdA==\r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },

    /* Trailing spaces before the CRLF, argument-less verbs too. */
    { LINE("QUIT \r\n"), MXQ_CMD_OK, MXQ_VERB_QUIT },
    { LINE("DATA   \r\n"), MXQ_CMD_OK, MXQ_VERB_DATA },
    { LINE("RSET \r\n"), MXQ_CMD_OK, MXQ_VERB_RSET },
    { LINE("STARTTLS \r\n"), MXQ_CMD_OK, MXQ_VERB_STARTTLS },
    { LINE("NOOP \r\n"), MXQ_CMD_OK, MXQ_VERB_NOOP },
    { LINE("HELP \r\n"), MXQ_CMD_OK, MXQ_VERB_HELP },
    { LINE("MAIL FROM:<a@b> \r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> SIZE=1  \r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("AUTH PLAIN  \r\n"), MXQ_CMD_OK, MXQ_VERB_AUTH },
    { LINE("BDAT 1 LAST \r\n"), MXQ_CMD_OK, MXQ_VERB_BDAT },

    /* Spaces after "FROM:" and "TO:". */
    { LINE("MAIL FROM: <a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:   <a@b> BODY=8BITMIME\r\n"), MXQ_CMD_OK,
      MXQ_VERB_MAIL },
    { LINE("RCPT TO: <a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_RCPT },

    /* Unknown verbs on sound lines. */
    { LINE("MAILX FROM:<a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("MAI FROM:<a@b>\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("XCLIENT NAME=foo\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("QUITT\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("GET / HTTP/1.1\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE(" QUIT\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("QUIT\tnow\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },
    { LINE("\xc3\xa9t\xc3\xa9\r\n"), MXQ_CMD_OK, MXQ_VERB_UNKNOWN },

    /* Known verbs with bad arguments. */
    { LINE("MAIL\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL \r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:a@b\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM <a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL  FROM:<a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL TO:<a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a b@c>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<<a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<\"a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<\"a\\\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>  SIZE=1\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> =1\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> -X\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> X=\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> X=a=b\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_MAIL },
    { LINE("RCPT\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_RCPT },
    { LINE("RCPT TO:\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_RCPT },
    { LINE("RCPT FROM:<a@b>\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_RCPT },
    { LINE("HELO\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_HELO },
    { LINE("HELO \r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_HELO },
    { LINE("EHLO\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_EHLO },
    { LINE("EHLO a b\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_EHLO },
    { LINE("EHLO \xc3\xa9.example\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_EHLO },
    { LINE("EHLO a\x7f\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_EHLO },
    { LINE("DATA x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_DATA },
    { LINE("QUIT now\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_QUIT },
    { LINE("RSET x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_RSET },
    { LINE("STARTTLS x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_STARTTLS },
    { LINE("VRFY\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_VRFY },
    { LINE("VRFY \r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_VRFY },
    { LINE("EXPN\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_EXPN },
    { LINE("NOOP  x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_NOOP },
    { LINE("BDAT\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_BDAT },
    { LINE("BDAT x\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_BDAT },
    { LINE("BDAT -1\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_BDAT },
    { LINE("BDAT 1 FIRST\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_BDAT },
    { LINE("BDAT 1 LASTX\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_BDAT },
    { LINE("AUTH\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PL@IN\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH ABCDEFGHIJKLMNOPQRSTU\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN AGZvbwBiYXI\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN dGVzdA=\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN ==\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN dG!z\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },
    { LINE("AUTH PLAIN dGVz dGVz\r\n"), MXQ_CMD_SYNTAX, MXQ_VERB_AUTH },

    /* Line endings: lone CR, lone LF, NUL, no CRLF at all. */
    { LINE("QUIT\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\r"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT \n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\rX\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\r\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\0\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT \0\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\r\n\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("QUIT\r\nQUIT\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_QUIT },
    { LINE("MAIL\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>\r"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b>"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a\0@b>\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a\r@b>\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<\"a\rb\"@c>\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<\"a\\\0\"@c>\r\n"), MXQ_CMD_BAD_LINE,
      MXQ_VERB_MAIL },
    /* Bad syntax first, bad line later: the line wins. */
    { LINE("MAIL FROM:junk\0\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:junk\r"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:junk\rjunk\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("MAIL FROM:<a@b> FOO=1 \n"), MXQ_CMD_BAD_LINE, MXQ_VERB_MAIL },
    { LINE("BDAT 99999999999999999999999\n"), MXQ_CMD_BAD_LINE,
      MXQ_VERB_BDAT },
    { LINE("RCPT TO:<a@b> NOTIFY=NEVER\0\r\n"), MXQ_CMD_BAD_LINE,
      MXQ_VERB_RCPT },
    { LINE("EHLO foo\0bar\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_EHLO },
    { LINE("VRFY a\rb\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_VRFY },
    { LINE("HELP\0"), MXQ_CMD_BAD_LINE, MXQ_VERB_HELP },
    { LINE("\0QUIT\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE("FOO\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE("FOO bar\0\r\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE("QUI\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE("\n"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE("\r"), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
    { LINE(""), MXQ_CMD_BAD_LINE, MXQ_VERB_UNKNOWN },
};

static void
test_results(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(result_cases); i++) {
        const struct result_case *c = &result_cases[i];
        struct mxq_command cmd;
        enum mxq_command_result r = mxq_parse_command(c->line, c->len, &cmd);

        if (r != c->result || cmd.verb != c->verb)
            print_error("case %zu: result %d verb %d, want %d %d\n", i,
                        (int)r, (int)cmd.verb, (int)c->result, (int)c->verb);
        assert_int_equal(r, c->result);
        assert_int_equal(cmd.verb, c->verb);
    }
}

/* ------------------------------------------------------------ slices */

enum field {
    F_ARG,
    F_PATH,
    F_AUTH_INITIAL,
    F_ENVID,
    F_ORCPT_TYPE,
    F_ORCPT_ADDRESS,
    F_AUTH_MAILBOX,
    F_UNKNOWN
};

struct slice_case {
    const char *line;
    size_t len;
    enum field field;
    const char *want; /* NULL: the slice is empty */
};

static const struct slice_case slice_cases[] = {
    { LINE("HELO example.org\r\n"), F_ARG, "example.org" },
    { LINE("EHLO [192.0.2.1]   \r\n"), F_ARG, "[192.0.2.1]" },
    { LINE("EHLO [IPv6:2001:db8::1]\r\n"), F_ARG, "[IPv6:2001:db8::1]" },
    { LINE("VRFY postmaster\r\n"), F_ARG, "postmaster" },
    { LINE("VRFY John  Smith  \r\n"), F_ARG, "John  Smith" },
    { LINE("EXPN \"staff list\"\r\n"), F_ARG, "\"staff list\"" },
    { LINE("HELP\r\n"), F_ARG, NULL },
    { LINE("HELP \r\n"), F_ARG, NULL },
    { LINE("HELP mail from\r\n"), F_ARG, "mail from" },
    { LINE("NOOP x \r\n"), F_ARG, "x" },
    { LINE("AUTH PLAIN\r\n"), F_ARG, "PLAIN" },
    { LINE("AUTH CRAM-MD5 \r\n"), F_ARG, "CRAM-MD5" },
    { LINE("AUTH PLAIN\r\n"), F_AUTH_INITIAL, NULL },
    { LINE("AUTH PLAIN =\r\n"), F_AUTH_INITIAL, "=" },
    { LINE("AUTH PLAIN AGZvbwBiYXI=\r\n"), F_AUTH_INITIAL, "AGZvbwBiYXI=" },
    { LINE("AUTH XOAUTH2 dGVzdA== \r\n"), F_AUTH_INITIAL, "dGVzdA==" },
    { LINE("AUTH PLAIN dGVzdGVz\r\n"), F_AUTH_INITIAL, "dGVzdGVz" },
    { LINE("EHLO x\r\n"), F_PATH, NULL },

    /* Paths: brackets included, '>' and spaces inside quotes. */
    { LINE("MAIL FROM:<>\r\n"), F_PATH, "<>" },
    { LINE("MAIL FROM:<a@b>\r\n"), F_PATH, "<a@b>" },
    { LINE("MAIL FROM:   <a@b>   \r\n"), F_PATH, "<a@b>" },
    { LINE("RCPT TO:<postmaster>\r\n"), F_PATH, "<postmaster>" },
    { LINE("RCPT TO:<@x.org,@y.org:a@b>\r\n"), F_PATH,
      "<@x.org,@y.org:a@b>" },
    { LINE("MAIL FROM:<\"a>b\"@c>\r\n"), F_PATH, "<\"a>b\"@c>" },
    { LINE("MAIL FROM:<\"john smith\"@c> SIZE=5\r\n"), F_PATH,
      "<\"john smith\"@c>" },
    { LINE("MAIL FROM:<\"a\\\"> b\"@c>\r\n"), F_PATH, "<\"a\\\"> b\"@c>" },
    { LINE("MAIL FROM:<\"\\\\\"@c>\r\n"), F_PATH, "<\"\\\\\"@c>" },
    { LINE("MAIL FROM:<\xc3\xa9l\xc3\xa8ve@\xc3\xa9" "cole.fr>\r\n"), F_PATH,
      "<\xc3\xa9l\xc3\xa8ve@\xc3\xa9" "cole.fr>" },
    { LINE("MAIL FROM:<\xff\xfe>\r\n"), F_PATH, "<\xff\xfe>" },
    { LINE("MAIL FROM:<a\\b@c>\r\n"), F_PATH, "<a\\b@c>" },

    /* ESMTP values, still encoded. */
    { LINE("MAIL FROM:<> ENVID=QQ314159\r\n"), F_ENVID, "QQ314159" },
    { LINE("MAIL FROM:<> ENVID=a+2Bb+3D \r\n"), F_ENVID, "a+2Bb+3D" },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;a+2Bb@c\r\n"), F_ORCPT_TYPE,
      "rfc822" },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;a+2Bb@c\r\n"), F_ORCPT_ADDRESS,
      "a+2Bb@c" },
    { LINE("RCPT TO:<a@b> ORCPT=utf-8;a\\x{E9}@c NOTIFY=NEVER\r\n"),
      F_ORCPT_TYPE, "utf-8" },
    { LINE("RCPT TO:<a@b> ORCPT=utf-8;a\\x{E9}@c NOTIFY=NEVER\r\n"),
      F_ORCPT_ADDRESS, "a\\x{E9}@c" },
    { LINE("MAIL FROM:<a@b> AUTH=<>\r\n"), F_AUTH_MAILBOX, "<>" },
    { LINE("MAIL FROM:<a@b> AUTH=e+3Dmc2@example.com\r\n"), F_AUTH_MAILBOX,
      "e+3Dmc2@example.com" },
    { LINE("MAIL FROM:<a@b> XFOO\r\n"), F_UNKNOWN, "XFOO" },
    { LINE("MAIL FROM:<a@b> X-FOO=bar SIZE=1\r\n"), F_UNKNOWN, "X-FOO=bar" },
    { LINE("MAIL FROM:<a@b> SIZE=1 XA=1 XB=2\r\n"), F_UNKNOWN, "XA=1" },
    { LINE("MAIL FROM:<a@b> SIZEX=1\r\n"), F_UNKNOWN, "SIZEX=1" },
    { LINE("MAIL FROM:<a@b> SMTPUTF8X \r\n"), F_UNKNOWN, "SMTPUTF8X" },
    { LINE("MAIL FROM:<a@b> SIZE=1\r\n"), F_UNKNOWN, NULL },
};

static struct mxq_slice
pick(const struct mxq_command *cmd, enum field f)
{
    switch (f) {
    case F_ARG: return cmd->arg;
    case F_PATH: return cmd->path;
    case F_AUTH_INITIAL: return cmd->auth_initial;
    case F_ENVID: return cmd->envid;
    case F_ORCPT_TYPE: return cmd->orcpt_type;
    case F_ORCPT_ADDRESS: return cmd->orcpt_address;
    case F_AUTH_MAILBOX: return cmd->auth_mailbox;
    case F_UNKNOWN: return cmd->unknown_param;
    }
    fail();
    return cmd->arg;
}

static void
test_slices(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(slice_cases); i++) {
        const struct slice_case *c = &slice_cases[i];
        struct mxq_command cmd;
        enum mxq_command_result r = mxq_parse_command(c->line, c->len, &cmd);
        struct mxq_slice s = pick(&cmd, c->field);

        if (r != MXQ_CMD_OK && r != MXQ_CMD_UNKNOWN_PARAM)
            print_error("case %zu: result %d\n", i, (int)r);
        assert_true(r == MXQ_CMD_OK || r == MXQ_CMD_UNKNOWN_PARAM);
        if (c->want == NULL) {
            assert_int_equal(s.n, 0);
            continue;
        }
        if (s.n != strlen(c->want) || memcmp(s.p, c->want, s.n) != 0)
            print_error("case %zu: got \"%.*s\", want \"%s\"\n", i, (int)s.n,
                        s.p ? s.p : "", c->want);
        assert_int_equal(s.n, strlen(c->want));
        assert_memory_equal(s.p, c->want, s.n);
        /* Zero copy: the slice is inside the line. */
        assert_true(s.p >= c->line && s.p + s.n <= c->line + c->len);
    }
}

/* Spaces outside quotes end nothing: they are a syntax error, not a
 * shorter path. */
static void
test_path_space_outside_quotes(void **state)
{
    struct mxq_command cmd;

    (void)state;
    assert_int_equal(mxq_parse_command(
        LINE("MAIL FROM:<not an address but delimited>\r\n"), &cmd),
        MXQ_CMD_SYNTAX);
    assert_int_equal(cmd.verb, MXQ_VERB_MAIL);
}

/* ------------------------------------------------------------ ESMTP */

struct param_case {
    const char *line;
    size_t len;
    enum mxq_command_result result;
    unsigned params;
    uint64_t size;
    enum mxq_body body;
    enum mxq_ret ret;
    unsigned notify;
};

#define NOTIFY_SFD (MXQ_NOTIFY_SUCCESS | MXQ_NOTIFY_FAILURE | MXQ_NOTIFY_DELAY)

static const struct param_case param_cases[] = {
    { LINE("MAIL FROM:<a@b>\r\n"), MXQ_CMD_OK, 0, 0, 0, 0, 0 },
    /* SIZE */
    { LINE("MAIL FROM:<a@b> SIZE=0\r\n"), MXQ_CMD_OK, MXQ_PARAM_SIZE,
      0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> size=1048576\r\n"), MXQ_CMD_OK, MXQ_PARAM_SIZE,
      1048576, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=18446744073709551615\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE, UINT64_MAX, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=18446744073709551614\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE, UINT64_MAX - 1, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=18446744073709551616\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE, UINT64_MAX, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=99999999999999999999\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE, UINT64_MAX, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=00000000000000000042\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE, 42, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=100000000000000000000\r\n"), MXQ_CMD_SYNTAX,
      0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=12k\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=-1\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=1 SIZE=2\r\n"), MXQ_CMD_DUPLICATE_PARAM,
      MXQ_PARAM_SIZE, 2, 0, 0, 0 },
    /* BODY */
    { LINE("MAIL FROM:<a@b> BODY=7BIT\r\n"), MXQ_CMD_OK, MXQ_PARAM_BODY,
      0, MXQ_BODY_7BIT, 0, 0 },
    { LINE("MAIL FROM:<a@b> body=8bitmime\r\n"), MXQ_CMD_OK, MXQ_PARAM_BODY,
      0, MXQ_BODY_8BITMIME, 0, 0 },
    { LINE("MAIL FROM:<a@b> BODY=BINARYMIME\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_BODY, 0, MXQ_BODY_BINARYMIME, 0, 0 },
    { LINE("MAIL FROM:<a@b> BODY=8BIT\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> BODY=7BITX\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> BODY\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> BODY=7BIT BODY=8BITMIME\r\n"),
      MXQ_CMD_DUPLICATE_PARAM, MXQ_PARAM_BODY, 0, MXQ_BODY_8BITMIME, 0, 0 },
    /* SMTPUTF8 */
    { LINE("MAIL FROM:<a@b> SMTPUTF8\r\n"), MXQ_CMD_OK, MXQ_PARAM_SMTPUTF8,
      0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> smtputf8 \r\n"), MXQ_CMD_OK, MXQ_PARAM_SMTPUTF8,
      0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SMTPUTF8=yes\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("MAIL FROM:<a@b> SMTPUTF8 SMTPUTF8\r\n"), MXQ_CMD_DUPLICATE_PARAM,
      MXQ_PARAM_SMTPUTF8, 0, 0, 0, 0 },
    /* RET */
    { LINE("MAIL FROM:<a@b> RET=FULL\r\n"), MXQ_CMD_OK, MXQ_PARAM_RET,
      0, 0, MXQ_RET_FULL, 0 },
    { LINE("MAIL FROM:<a@b> ret=hdrs\r\n"), MXQ_CMD_OK, MXQ_PARAM_RET,
      0, 0, MXQ_RET_HDRS, 0 },
    { LINE("MAIL FROM:<a@b> RET=NONE\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> RET=\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> RET=FULL RET=HDRS\r\n"), MXQ_CMD_DUPLICATE_PARAM,
      MXQ_PARAM_RET, 0, 0, MXQ_RET_HDRS, 0 },
    /* ENVID */
    { LINE("MAIL FROM:<a@b> ENVID=abc+2B+3D\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_ENVID, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=a+2b\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=a+2\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=a+\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=a+G0\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=a=b\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> ENVID=\xc3\xa9\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("MAIL FROM:<a@b> ENVID=a ENVID=b\r\n"), MXQ_CMD_DUPLICATE_PARAM,
      MXQ_PARAM_ENVID, 0, 0, 0, 0 },
    /* NOTIFY */
    { LINE("RCPT TO:<a@b> NOTIFY=NEVER\r\n"), MXQ_CMD_OK, MXQ_PARAM_NOTIFY,
      0, 0, 0, MXQ_NOTIFY_NEVER },
    { LINE("RCPT TO:<a@b> notify=success\r\n"), MXQ_CMD_OK, MXQ_PARAM_NOTIFY,
      0, 0, 0, MXQ_NOTIFY_SUCCESS },
    { LINE("RCPT TO:<a@b> NOTIFY=SUCCESS,FAILURE,DELAY\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_NOTIFY, 0, 0, 0, NOTIFY_SFD },
    { LINE("RCPT TO:<a@b> NOTIFY=DELAY,FAILURE\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_NOTIFY, 0, 0, 0, MXQ_NOTIFY_DELAY | MXQ_NOTIFY_FAILURE },
    { LINE("RCPT TO:<a@b> NOTIFY=NEVER,SUCCESS\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0,
      0, 0 },
    { LINE("RCPT TO:<a@b> NOTIFY=SUCCESS,NEVER\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0,
      0, 0 },
    { LINE("RCPT TO:<a@b> NOTIFY=SUCCESS,\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("RCPT TO:<a@b> NOTIFY=\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("RCPT TO:<a@b> NOTIFY=ALWAYS\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("RCPT TO:<a@b> NOTIFY=NEVER NOTIFY=DELAY\r\n"),
      MXQ_CMD_DUPLICATE_PARAM, MXQ_PARAM_NOTIFY, 0, 0, 0, MXQ_NOTIFY_DELAY },
    /* ORCPT */
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;a@b\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_ORCPT, 0, 0, 0, 0 },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("RCPT TO:<a@b> ORCPT=;a@b\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;a+2x\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("RCPT TO:<a@b> ORCPT=rfc822;a@b ORCPT=rfc822;c@d\r\n"),
      MXQ_CMD_DUPLICATE_PARAM, MXQ_PARAM_ORCPT, 0, 0, 0, 0 },
    /* AUTH */
    { LINE("MAIL FROM:<a@b> AUTH=<>\r\n"), MXQ_CMD_OK, MXQ_PARAM_AUTH,
      0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> AUTH=a+2Bb@c\r\n"), MXQ_CMD_OK, MXQ_PARAM_AUTH,
      0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> AUTH=\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> AUTH=a+zz\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> AUTH=<> AUTH=<>\r\n"), MXQ_CMD_DUPLICATE_PARAM,
      MXQ_PARAM_AUTH, 0, 0, 0, 0 },
    /* All of them at once; on RCPT too (which belongs where is the
     * engine's business). */
    { LINE("MAIL FROM:<a@b> SIZE=100 BODY=8BITMIME SMTPUTF8 RET=HDRS "
           "ENVID=x NOTIFY=FAILURE ORCPT=rfc822;a@b AUTH=<>\r\n"),
      MXQ_CMD_OK, 0xff, 100, MXQ_BODY_8BITMIME, MXQ_RET_HDRS,
      MXQ_NOTIFY_FAILURE },
    { LINE("RCPT TO:<a@b> SIZE=7 BODY=BINARYMIME\r\n"), MXQ_CMD_OK,
      MXQ_PARAM_SIZE | MXQ_PARAM_BODY, 7, MXQ_BODY_BINARYMIME, 0, 0 },
    /* Unknown keywords: reported, the rest still read. */
    { LINE("MAIL FROM:<a@b> XFOO\r\n"), MXQ_CMD_UNKNOWN_PARAM, 0, 0, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> X-FOO=bar~! SIZE=10\r\n"),
      MXQ_CMD_UNKNOWN_PARAM, MXQ_PARAM_SIZE, 10, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> 8BITMIME\r\n"), MXQ_CMD_UNKNOWN_PARAM, 0, 0, 0, 0,
      0 },
    /* Precedence: SYNTAX > DUPLICATE_PARAM > UNKNOWN_PARAM. */
    { LINE("MAIL FROM:<a@b> XFOO=1 SIZE=x\r\n"), MXQ_CMD_SYNTAX, 0, 0, 0, 0,
      0 },
    { LINE("MAIL FROM:<a@b> XFOO=1 SIZE=1 SIZE=1\r\n"),
      MXQ_CMD_DUPLICATE_PARAM, MXQ_PARAM_SIZE, 1, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=1 SIZE=1 XFOO\r\n"),
      MXQ_CMD_DUPLICATE_PARAM, MXQ_PARAM_SIZE, 1, 0, 0, 0 },
    { LINE("MAIL FROM:<a@b> SIZE=1 SIZE=1 BODY=9BIT\r\n"), MXQ_CMD_SYNTAX, 0,
      0, 0, 0, 0 },
    /* Unknown keywords are not checked for duplicates. */
    { LINE("MAIL FROM:<a@b> XFOO XFOO\r\n"), MXQ_CMD_UNKNOWN_PARAM, 0, 0, 0,
      0, 0 },
};

static void
test_params(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(param_cases); i++) {
        const struct param_case *c = &param_cases[i];
        struct mxq_command cmd;
        enum mxq_command_result r = mxq_parse_command(c->line, c->len, &cmd);

        if (r != c->result)
            print_error("case %zu: result %d, want %d\n", i, (int)r,
                        (int)c->result);
        assert_int_equal(r, c->result);
        if (r == MXQ_CMD_SYNTAX)
            continue;
        assert_int_equal(cmd.params, c->params);
        assert_true(cmd.size == c->size);
        assert_int_equal(cmd.body, c->body);
        assert_int_equal(cmd.ret, c->ret);
        assert_int_equal(cmd.notify, c->notify);
    }
}

/* ------------------------------------------------------------ BDAT */

struct bdat_case {
    const char *line;
    size_t len;
    enum mxq_command_result result;
    uint64_t size;
    bool last;
};

static const struct bdat_case bdat_cases[] = {
    { LINE("BDAT 0\r\n"), MXQ_CMD_OK, 0, false },
    { LINE("BDAT 0 LAST\r\n"), MXQ_CMD_OK, 0, true },
    { LINE("bdat 1 last\r\n"), MXQ_CMD_OK, 1, true },
    { LINE("BDAT 65536 Last\r\n"), MXQ_CMD_OK, 65536, true },
    { LINE("BDAT 4294967296\r\n"), MXQ_CMD_OK, 4294967296u, false },
    { LINE("BDAT 18446744073709551615\r\n"), MXQ_CMD_OK, UINT64_MAX, false },
    { LINE("BDAT 000000000000000000000000007\r\n"), MXQ_CMD_OK, 7, false },
    { LINE("BDAT 18446744073709551616\r\n"), MXQ_CMD_SYNTAX, 0, false },
    { LINE("BDAT 99999999999999999999999 LAST\r\n"), MXQ_CMD_SYNTAX, 0,
      false },
    { LINE("BDAT  1\r\n"), MXQ_CMD_SYNTAX, 0, false },
    { LINE("BDAT 1  LAST\r\n"), MXQ_CMD_SYNTAX, 0, false },
    { LINE("BDAT 1LAST\r\n"), MXQ_CMD_SYNTAX, 0, false },
    { LINE("BDAT +1\r\n"), MXQ_CMD_SYNTAX, 0, false },
    { LINE("BDAT 0x10\r\n"), MXQ_CMD_SYNTAX, 0, false },
};

static void
test_bdat(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(bdat_cases); i++) {
        const struct bdat_case *c = &bdat_cases[i];
        struct mxq_command cmd;
        enum mxq_command_result r = mxq_parse_command(c->line, c->len, &cmd);

        if (r != c->result)
            print_error("case %zu: result %d, want %d\n", i, (int)r,
                        (int)c->result);
        assert_int_equal(r, c->result);
        assert_int_equal(cmd.verb, MXQ_VERB_BDAT);
        if (r != MXQ_CMD_OK)
            continue;
        assert_true(cmd.chunk_size == c->size);
        assert_int_equal(cmd.last, c->last);
    }
}

/* ------------------------------------------------------------ misc */

/* *out is reset: nothing of a previous command survives. */
static void
test_reset(void **state)
{
    struct mxq_command cmd;

    (void)state;
    assert_int_equal(mxq_parse_command(LINE("MAIL FROM:<a@b> SIZE=5 "
        "BODY=8BITMIME RET=FULL NOTIFY=NEVER ENVID=x XFOO\r\n"), &cmd),
        MXQ_CMD_UNKNOWN_PARAM);
    assert_int_equal(mxq_parse_command(LINE("RCPT TO:<c@d>\r\n"), &cmd),
                     MXQ_CMD_OK);
    assert_int_equal(cmd.params, 0);
    assert_true(cmd.size == 0);
    assert_int_equal(cmd.body, MXQ_BODY_7BIT);
    assert_int_equal(cmd.ret, MXQ_RET_NONE);
    assert_int_equal(cmd.notify, 0);
    assert_int_equal(cmd.envid.n, 0);
    assert_int_equal(cmd.unknown_param.n, 0);
    assert_null(cmd.unknown_param.p);
    assert_int_equal(cmd.arg.n, 0);

    assert_int_equal(mxq_parse_command(LINE("BDAT 9 LAST\r\n"), &cmd),
                     MXQ_CMD_OK);
    assert_int_equal(mxq_parse_command(LINE("QUIT\r\n"), &cmd), MXQ_CMD_OK);
    assert_true(cmd.chunk_size == 0);
    assert_false(cmd.last);
    assert_int_equal(cmd.path.n, 0);
}

/* The parser reads only [line, line + len): no terminating NUL needed,
 * and bytes after len are not looked at. */
static void
test_bounds(void **state)
{
    static const char text[] = "EHLO example.org\r\nQUIT\r\n";
    char exact[18];
    struct mxq_command cmd;

    (void)state;
    memcpy(exact, text, sizeof(exact));
    assert_int_equal(mxq_parse_command(exact, sizeof(exact), &cmd),
                     MXQ_CMD_OK);
    assert_int_equal(cmd.verb, MXQ_VERB_EHLO);
    assert_int_equal(cmd.arg.n, 11);
    assert_ptr_equal(cmd.arg.p, exact + 5);
    /* One byte short of the LF: a lone CR. */
    assert_int_equal(mxq_parse_command(exact, sizeof(exact) - 1, &cmd),
                     MXQ_CMD_BAD_LINE);
    assert_int_equal(cmd.verb, MXQ_VERB_EHLO);
}

/* A long run of junk in the verb and in the arguments. */
static void
test_long_lines(void **state)
{
    static char line[4096];
    struct mxq_command cmd;

    (void)state;
    memset(line, 'A', sizeof(line));
    line[sizeof(line) - 2] = '\r';
    line[sizeof(line) - 1] = '\n';
    assert_int_equal(mxq_parse_command(line, sizeof(line), &cmd), MXQ_CMD_OK);
    assert_int_equal(cmd.verb, MXQ_VERB_UNKNOWN);

    memcpy(line, "VRFY ", 5);
    assert_int_equal(mxq_parse_command(line, sizeof(line), &cmd), MXQ_CMD_OK);
    assert_int_equal(cmd.verb, MXQ_VERB_VRFY);
    assert_int_equal(cmd.arg.n, sizeof(line) - 7);

    memcpy(line, "MAIL FROM:<", 11);
    line[sizeof(line) - 3] = '>';
    assert_int_equal(mxq_parse_command(line, sizeof(line), &cmd), MXQ_CMD_OK);
    assert_int_equal(cmd.path.n, sizeof(line) - 12);
}

/* Every single octet after a verb: only SP and CR lead somewhere, and
 * nothing crashes. */
static void
test_every_octet(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        char line[] = "QUIT?\r\n";
        struct mxq_command cmd;
        enum mxq_command_result r;

        line[4] = (char)c;
        r = mxq_parse_command(line, sizeof(line) - 1, &cmd);
        if (c == ' ') {
            assert_int_equal(r, MXQ_CMD_OK);
            assert_int_equal(cmd.verb, MXQ_VERB_QUIT);
        } else if (c == '\r' || c == '\n' || c == '\0') {
            assert_int_equal(r, MXQ_CMD_BAD_LINE);
            assert_int_equal(cmd.verb, MXQ_VERB_QUIT);
        } else {
            assert_int_equal(r, MXQ_CMD_OK);
            assert_int_equal(cmd.verb, MXQ_VERB_UNKNOWN);
        }
    }
}

/* ------------------------------------------------------------ xtext */

struct xtext_case {
    const char *in;
    size_t n;
    const char *want; /* NULL: invalid */
    size_t want_n;
};

#define XOK(s, w) s, sizeof(s) - 1, w, sizeof(w) - 1
#define XBAD(s) s, sizeof(s) - 1, NULL, 0

static const struct xtext_case xtext_cases[] = {
    { XOK("", "") },
    { XOK("abc", "abc") },
    { XOK("+2B", "+") },
    { XOK("+3D", "=") },
    { XOK("a+2Bb+3Dc", "a+b=c") },
    { XOK("+20+09", " \t") },
    { XOK("+00", "\0") },
    { XOK("+FF+C3+A9", "\xff\xc3\xa9") },
    { XOK("<>", "<>") },
    { XOK("!~*,;", "!~*,;") },
    { XOK("QQ314159", "QQ314159") },
    { XBAD("+2b") },
    { XBAD("+2") },
    { XBAD("+") },
    { XBAD("a+") },
    { XBAD("+G0") },
    { XBAD("+-1") },
    { XBAD("a=b") },
    { XBAD("a b") },
    { XBAD("\x7f") },
    { XBAD("\x80") },
    { XBAD("a\0") },
    { XBAD("a\r\n") },
};

static void
test_xtext_decode(void **state)
{
    (void)state;
    for (size_t i = 0; i < NELEM(xtext_cases); i++) {
        const struct xtext_case *c = &xtext_cases[i];
        char out[32];
        size_t n;

        memset(out, '#', sizeof(out));
        n = mxq_xtext_decode(c->in, c->n, out, sizeof(out));
        if (c->want == NULL) {
            if (n != (size_t)-1)
                print_error("case %zu: decoded to %zu octets\n", i, n);
            assert_true(n == (size_t)-1);
            continue;
        }
        assert_int_equal(n, c->want_n);
        assert_memory_equal(out, c->want, n);
        /* Nothing written past the decoded length. */
        assert_int_equal(out[n], '#');
    }
}

static void
test_xtext_capacity(void **state)
{
    char out[4];

    (void)state;
    memset(out, '#', sizeof(out));
    assert_int_equal(mxq_xtext_decode("abc", 3, out, 3), 3);
    assert_int_equal(out[3], '#');
    assert_true(mxq_xtext_decode("abcd", 4, out, 3) == (size_t)-1);
    assert_int_equal(out[3], '#');
    assert_true(mxq_xtext_decode("ab+2B", 5, out, 2) == (size_t)-1);
    assert_int_equal(mxq_xtext_decode("ab+2B", 5, out, 3), 3);
    assert_memory_equal(out, "ab+", 3);
    assert_int_equal(mxq_xtext_decode("", 0, NULL, 0), 0);
    assert_true(mxq_xtext_decode("a", 1, NULL, 0) == (size_t)-1);
}

/* What the grammar hands out, the decoder takes. */
static void
test_xtext_roundtrip(void **state)
{
    struct mxq_command cmd;
    char out[64];
    size_t n;

    (void)state;
    assert_int_equal(mxq_parse_command(LINE("RCPT TO:<a@b> "
        "ORCPT=rfc822;first+2Blast+3Dx@example.org\r\n"), &cmd), MXQ_CMD_OK);
    n = mxq_xtext_decode(cmd.orcpt_address.p, cmd.orcpt_address.n, out,
                         sizeof(out));
    assert_int_equal(n, strlen("first+last=x@example.org"));
    assert_memory_equal(out, "first+last=x@example.org", n);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_results),
        cmocka_unit_test(test_slices),
        cmocka_unit_test(test_path_space_outside_quotes),
        cmocka_unit_test(test_params),
        cmocka_unit_test(test_bdat),
        cmocka_unit_test(test_reset),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_long_lines),
        cmocka_unit_test(test_every_octet),
        cmocka_unit_test(test_xtext_decode),
        cmocka_unit_test(test_xtext_capacity),
        cmocka_unit_test(test_xtext_roundtrip),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
