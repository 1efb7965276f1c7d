/*
 * The authserv-id of Authentication-Results (grammar/authres.rl): RFC
 * 8601 §2.2's [CFWS] value, a token or a quoted string, and the match
 * against our own host name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "authres.h"

static void test_ids(void **state)
{
    (void)state;
    static const struct {
        const char *body, *id; /* id NULL: none */
    } cases[] = {
        {" mx.example.com; spf=pass", "mx.example.com"},
        {"mx.example.com", "mx.example.com"},
        {" mx.example.com 1; none", "mx.example.com"},
        {" (comment (nested)) mx.example.com;", "mx.example.com"},
        {"\r\n\t mx.example.com;", "mx.example.com"},
        {" \"mx.example.com\"; dkim=pass", "mx.example.com"},
        {" \"mx\\.example.com\";", "mx.example.com"},
        {" \"mx.exa\r\n mple\";", "mx.exa mple"},
        {" ; spf=pass", NULL},
        {" (unclosed mx.example.com", NULL},
        {"", NULL},
        {" \"\";", NULL},
        {" @x", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char id[MXQ_AUTHRES_ID_MAX + 1];
        bool found = mxq_authres_id(cases[i].body, strlen(cases[i].body), id);
        if (cases[i].id == NULL) {
            if (found)
                fail_msg("%s: want none, got %s", cases[i].body, id);
        } else {
            if (!found)
                fail_msg("%s: want %s, got none", cases[i].body, cases[i].id);
            assert_string_equal(id, cases[i].id);
        }
    }
}

static void test_claims(void **state)
{
    (void)state;
    static const char ours[] = "mx.example.com";
    assert_true(mxq_authres_claims(" MX.Example.COM; spf=pass", 25, ours));
    assert_false(mxq_authres_claims(" mx.example.com.evil; x", 22, ours));
    assert_false(mxq_authres_claims(" mx.example.co; x", 17, ours));
    assert_false(mxq_authres_claims(" mx.example.com;", 16, ""));
    assert_false(mxq_authres_claims(" mx.example.com;", 16, NULL));
    /* too long for a host name: no id, so no claim */
    char longer[400];
    memset(longer, 'a', sizeof longer);
    char id[MXQ_AUTHRES_ID_MAX + 1];
    assert_false(mxq_authres_id(longer, sizeof longer, id));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ids),
        cmocka_unit_test(test_claims),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
