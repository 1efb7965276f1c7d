/*
 * Rules on network input that used to be C loops in the engine and now
 * are grammar machines: the text rule of decoded xtext (grammar/utf8.rl),
 * the SASL cancel line and mechanism names (grammar/sasl.rl, classified by
 * grammar/smtp_command.rl), ORCPT's rfc822 type and MAIL's AUTH=.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sasl.h"
#include "smtp_command.h"
#include "utf8.h"

static void test_text_valid(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t n;
        bool ascii, utf8;
    } cases[] = {
        {"a", 1, true, true},
        {"hello world ~", 13, true, true},
        {"", 0, false, false},            /* empty */
        {"a\tb", 3, false, false},        /* C0 control */
        {"a\x7f", 2, false, false},       /* DEL */
        {"a\0b", 3, false, false},        /* NUL */
        {"j\xc3\xb6rg", 5, false, true},  /* UTF-8 */
        {"\xc3", 1, false, false},        /* truncated UTF-8 */
        {"\xc0\xaf", 2, false, false},    /* overlong */
        {"\xed\xa0\x80", 3, false, false}, /* surrogate */
        {"\xc2\x85", 2, false, true},     /* U+0085 is UTF8-non-ascii */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(mxq_text_valid(cases[i].text, cases[i].n, false),
                         cases[i].ascii);
        assert_int_equal(mxq_text_valid(cases[i].text, cases[i].n, true),
                         cases[i].utf8);
    }
}

static void test_sasl_cancel(void **state)
{
    (void)state;
    assert_true(mxq_sasl_is_cancel("*", 1));
    assert_false(mxq_sasl_is_cancel("", 0));
    assert_false(mxq_sasl_is_cancel("**", 2));
    assert_false(mxq_sasl_is_cancel(" *", 2));
    assert_false(mxq_sasl_is_cancel("*\r", 2));
}

static struct mxq_command parse(const char *line)
{
    struct mxq_command c;
    assert_int_equal(mxq_parse_command(line, strlen(line), &c), MXQ_CMD_OK);
    return c;
}

static void test_auth_mechanism(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        enum mxq_sasl_mechanism mech;
    } cases[] = {
        {"AUTH PLAIN\r\n", MXQ_SASL_PLAIN},
        {"AUTH plain AGEAYg==\r\n", MXQ_SASL_PLAIN},
        {"AUTH LoGiN\r\n", MXQ_SASL_LOGIN},
        {"AUTH PLAINX\r\n", MXQ_SASL_UNKNOWN},
        {"AUTH LOGI\r\n", MXQ_SASL_UNKNOWN},
        {"AUTH CRAM-MD5\r\n", MXQ_SASL_UNKNOWN},
        {"AUTH SCRAM-SHA-256 =\r\n", MXQ_SASL_UNKNOWN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct mxq_command c = parse(cases[i].line);
        assert_int_equal(c.verb, MXQ_VERB_AUTH);
        assert_int_equal(c.auth_mechanism, cases[i].mech);
    }
    assert_int_equal(parse("NOOP\r\n").auth_mechanism, MXQ_SASL_UNKNOWN);
}

static void test_orcpt_type(void **state)
{
    (void)state;
    struct mxq_command c = parse("RCPT TO:<a@b> ORCPT=rfc822;a+40b\r\n");
    assert_true(c.orcpt_rfc822);
    assert_int_equal(c.orcpt_type.n, 6);
    c = parse("RCPT TO:<a@b> ORCPT=RFC822;a@b\r\n");
    assert_true(c.orcpt_rfc822);
    c = parse("RCPT TO:<a@b> ORCPT=rfc8222;a@b\r\n");
    assert_false(c.orcpt_rfc822);
    assert_int_equal(c.orcpt_type.n, 7);
    c = parse("RCPT TO:<a@b> ORCPT=x400;a@b\r\n");
    assert_false(c.orcpt_rfc822);
    assert_memory_equal(c.orcpt_type.p, "x400", 4);
}

/* RFC 4954 §5: AUTH=<> or AUTH=xtext on MAIL. */
static void test_mail_auth_parameter(void **state)
{
    (void)state;
    struct mxq_command c = parse("MAIL FROM:<a@b> AUTH=<>\r\n");
    assert_true(c.params & MXQ_PARAM_AUTH);
    assert_int_equal(c.auth_mailbox.n, 2);
    assert_memory_equal(c.auth_mailbox.p, "<>", 2);
    c = parse("MAIL FROM:<a@b> AUTH=e+2Bf@example.org\r\n");
    assert_true(c.params & MXQ_PARAM_AUTH);
    assert_int_equal(c.auth_mailbox.n, strlen("e+2Bf@example.org"));
    struct mxq_command bad;
    const char *line = "MAIL FROM:<a@b> AUTH=\r\n";
    assert_int_equal(mxq_parse_command(line, strlen(line), &bad),
                     MXQ_CMD_SYNTAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_valid),
        cmocka_unit_test(test_sasl_cancel),
        cmocka_unit_test(test_auth_mechanism),
        cmocka_unit_test(test_orcpt_type),
        cmocka_unit_test(test_mail_auth_parameter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
