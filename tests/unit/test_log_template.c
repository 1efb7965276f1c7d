/*
 * The received log's template (grammar/log_template.rl): MailerQ's
 * default over documents shaped like the engine's, if/else, keys looked
 * up with '_' as '-', values of every JSON type on one line, and the
 * templates refused with what and where.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "log_template.h"

/* As engine/message/document.c makes them (tests/unit/test_session.c). */
#define ENGINE_DOC                                                          \
    "{\"message-id\":\"t1\",\"received\":\"2026-11-24 00:00:00\","          \
    "\"hostname\":\"mx.test\",\"envelope\":\"a@example.com\","              \
    "\"recipient\":\"b@example.org\",\"mime\":\"\","                        \
    "\"connection\":{\"local-ip\":\"127.0.0.1\",\"local-port\":25,"         \
    "\"remote-ip\":\"127.0.0.2\",\"remote-port\":40000,"                   \
    "\"secure\":false},"                                                   \
    "\"checks\":[{\"spf\":\"pass\",\"smtp.mailfrom\":\"a@example.com\"}]}"

static yajl_val parse(const char *json)
{
    char err[256];
    yajl_val v = yajl_tree_parse(json, err, sizeof err);
    if (v == NULL)
        fail_msg("not JSON: %s: %s", err, json);
    return v;
}

static struct mxq_log_template *compile(const char *text)
{
    struct mxq_log_template_error e;
    struct mxq_log_template *t = mxq_log_template_compile(text, strlen(text),
                                                          &e);
    if (t == NULL)
        fail_msg("template refused: %s at %zu: %s", e.message, e.offset,
                 text);
    return t;
}

/* The template rendered over json (NULL: no document), NUL-terminated
 * in a static buffer. */
static const char *render_vars(const char *text, const char *json,
                               bool report, const char *date, int64_t time)
{
    static char line[4096];
    struct mxq_log_template *t = compile(text);
    yajl_val v = json != NULL ? parse(json) : NULL;
    struct mxq_log_vars vars = {v, report, date, time};
    size_t n = mxq_log_template_render(t, &vars, line, sizeof line - 1);
    assert_true(n < sizeof line);
    line[n] = '\0';
    /* the same again, into a buffer of exactly its length */
    char *exact = malloc(n + 1);
    assert_non_null(exact);
    assert_int_equal(mxq_log_template_render(t, &vars, exact, n), n);
    assert_memory_equal(exact, line, n);
    free(exact);
    yajl_tree_free(v);
    mxq_log_template_free(t);
    return line;
}

static const char *render(const char *text, const char *json)
{
    return render_vars(text, json, false, "2026-11-24 00:00:01", 1795478401);
}

static void test_default_template(void **state)
{
    (void)state;
    assert_string_equal(render(MXQ_LOG_TEMPLATE_DEFAULT, ENGINE_DOC),
                        "[2026-11-24 00:00:01] t1 <a@example.com> "
                        "<b@example.org> [127.0.0.2] [127.0.0.1]");
    /* without a message-id the if leaves its text out */
    assert_string_equal(
        render(MXQ_LOG_TEMPLATE_DEFAULT,
               "{\"envelope\":\"\",\"recipient\":\"x@y\","
               "\"connection\":{\"remote-ip\":\"::1\"}}"),
        "[2026-11-24 00:00:01]<> <x@y> [::1] []");
    /* no document at all: every key is missing */
    assert_string_equal(render(MXQ_LOG_TEMPLATE_DEFAULT, NULL),
                        "[2026-11-24 00:00:01]<> <> [] []");
}

static void test_if_else(void **state)
{
    (void)state;
    const char *doc = "{\"a\":\"x\",\"e\":\"\",\"z\":0,\"f\":false,"
                      "\"n\":null,\"o\":{},\"l\":[],\"l1\":[0],"
                      "\"d\":0.0,\"d1\":0.5,\"t\":true,\"s0\":\"0\"}";
    assert_string_equal(render("{if $json.a}yes{/if}", doc), "yes");
    assert_string_equal(render("{if $json.a}yes{else}no{/if}", doc), "yes");
    assert_string_equal(render("{if !$json.a}yes{else}no{/if}", doc), "no");
    assert_string_equal(render("{if ! $json.a}yes{else}no{/if}", doc), "no");
    assert_string_equal(render("{if\t$json.a }yes{/if}", doc), "yes");
    const char *falsy[] = {"e", "z", "f", "n", "o", "l", "d", "missing"};
    for (size_t i = 0; i < sizeof falsy / sizeof *falsy; i++) {
        char t[64];
        snprintf(t, sizeof t, "{if $json.%s}T{else}F{/if}", falsy[i]);
        assert_string_equal(render(t, doc), "F");
        snprintf(t, sizeof t, "{if !$json.%s}T{else}F{/if}", falsy[i]);
        assert_string_equal(render(t, doc), "T");
    }
    const char *truthy[] = {"a", "l1", "d1", "t", "s0"};
    for (size_t i = 0; i < sizeof truthy / sizeof *truthy; i++) {
        char t[64];
        snprintf(t, sizeof t, "{if $json.%s}T{else}F{/if}", truthy[i]);
        assert_string_equal(render(t, doc), "T");
    }
    /* nesting, each else with its own if */
    const char *nested = "<{if $json.a}A{if $json.e}E{else}e{/if}"
                         "{if $json.t}T{/if}{else}a{/if}>";
    assert_string_equal(render(nested, doc), "<AeT>");
    assert_string_equal(render(nested, "{}"), "<a>");
    /* as deep as allowed */
    char deep[512] = "";
    for (int i = 0; i < MXQ_LOG_TEMPLATE_MAX_DEPTH; i++)
        strcat(deep, "{if $json.a}(");
    strcat(deep, "x");
    for (int i = 0; i < MXQ_LOG_TEMPLATE_MAX_DEPTH; i++)
        strcat(deep, "){/if}");
    assert_string_equal(render(deep, doc), "((((((((x))))))))");
    /* empty branches */
    assert_string_equal(render("a{if $json.a}{else}{/if}b", doc), "ab");
    /* $report, $date, $time as conditions */
    assert_string_equal(render_vars("{if $report}R{else}-{/if}", "{}", true,
                                    "", 0), "R");
    assert_string_equal(render_vars("{if $report}R{else}-{/if}", "{}", false,
                                    "", 0), "-");
    assert_string_equal(render_vars("{if $date}D{/if}{if $time}T{/if}", "{}",
                                    false, "", 0), "");
    assert_string_equal(render_vars("{if $date}D{/if}{if $time}T{/if}", "{}",
                                    false, "x", 5), "DT");
}

static void test_keys_and_hyphens(void **state)
{
    (void)state;
    assert_string_equal(render("{$json.message_id}", ENGINE_DOC), "t1");
    assert_string_equal(render("{$json.message-id}", ENGINE_DOC), "t1");
    assert_string_equal(render("{$json.connection.remote_port}", ENGINE_DOC),
                        "40000");
    /* a key as written wins over its hyphen reading */
    assert_string_equal(render("{$json.a_b}", "{\"a-b\":1,\"a_b\":2}"), "2");
    assert_string_equal(render("{$json.a_b}", "{\"a-b\":1}"), "1");
    /* a hyphen is never read as '_' */
    assert_string_equal(render("{$json.a-b}", "{\"a_b\":1}"), "");
    /* missing keys, keys under non-objects: nothing */
    assert_string_equal(render("[{$json.nope}][{$json.envelope.x}]"
                               "[{$json.connection.nope.deeper}]",
                               ENGINE_DOC), "[][][]");
    /* array elements by index */
    assert_string_equal(render("{$json.checks.0.spf}/{$json.checks.1.spf}"
                               "/{$json.checks.x}", ENGINE_DOC), "pass//");
    assert_string_equal(render("{$json.l.10}", "{\"l\":[0,1,2,3,4,5,6,7,8,9,"
                                               "10,11]}"), "10");
    assert_string_equal(render("{$json.l.99999999999999999999999}",
                               "{\"l\":[1]}"), "");
    /* case matters */
    assert_string_equal(render("{$json.Envelope}", ENGINE_DOC), "");
}

static void test_values(void **state)
{
    (void)state;
    const char *doc = "{\"s\":\"a\\r\\nb\\tc\\u0000d\\u007f\","
                      "\"i\":-12,\"d\":1.5e3,\"t\":true,\"f\":false,"
                      "\"n\":null,\"o\":{\"k\":\"v\\n\\\"\",\"l\":[1,{}]},"
                      "\"u\":\"\\u00e9\\u2028\"}";
    assert_string_equal(render("[{$json.s}]", doc), "[a  b c]");
    assert_string_equal(render("{$json.i} {$json.d}", doc), "-12 1.5e3");
    assert_string_equal(render("{$json.t} {$json.f} [{$json.n}]", doc),
                        "true false []");
    assert_string_equal(render("{$json.o}", doc),
                        "{\"k\":\"v\\u000a\\\"\",\"l\":[1,{}]}");
    assert_string_equal(render("{$json.o.l}", doc), "[1,{}]");
    assert_string_equal(render("{$json.u}", doc), "\xc3\xa9\xe2\x80\xa8");
    assert_string_equal(render("{$json}", "{\"a\":[true,null]}"),
                        "{\"a\":[true,null]}");
    assert_string_equal(render_vars("{$report}/{$date}/{$time}", "{}", true,
                                    "2026-01-02 03:04:05", 1767323045),
                        "true/2026-01-02 03:04:05/1767323045");
    assert_string_equal(render_vars("{$report}/{$date}/{$time}", "{}", false,
                                    NULL, -1), "false//-1");
}

static void test_literals(void **state)
{
    (void)state;
    assert_string_equal(render("", "{}"), "");
    assert_string_equal(render("plain text", "{}"), "plain text");
    assert_string_equal(render("{ldelim}\"a\":\"{$json.a}\"{rdelim}",
                               "{\"a\":\"b\"}"), "{\"a\":\"b\"}");
    assert_string_equal(render("} }}", "{}"), "} }}");
    assert_string_equal(render("\ttab\xc3\xa9", "{}"), "\ttab\xc3\xa9");
    assert_string_equal(render("{ldelim}{rdelim}{ldelim}", "{}"), "{}{");
}

static void test_truncated_render(void **state)
{
    (void)state;
    struct mxq_log_template *t = compile("0123456789{$json.a}");
    yajl_val v = parse("{\"a\":\"abcdef\"}");
    struct mxq_log_vars vars = {v, false, "", 0};
    char out[8];
    memset(out, '#', sizeof out);
    assert_int_equal(mxq_log_template_render(t, &vars, out, 4), 16);
    assert_memory_equal(out, "0123####", 8);
    assert_int_equal(mxq_log_template_render(t, &vars, out, 0), 16);
    assert_int_equal(mxq_log_template_render(t, &vars, NULL, 0), 16);
    yajl_tree_free(v);
    mxq_log_template_free(t);
}

struct bad {
    const char *text;
    size_t offset;
    const char *message;           /* a part of it */
};

static void test_bad_templates(void **state)
{
    (void)state;
    static const struct bad cases[] = {
        {"{", 0, "unterminated tag"},
        {"ab{$json", 2, "unterminated tag"},
        {"ab{$json.x", 2, "unterminated tag"},
        {"{$json.}", 7, "bad key"},
        {"{$json..a}", 7, "bad key"},
        {"{$json.a b}", 8, "bad key"},
        {"{$json.a|upper}", 8, "bad key"},
        {"{$foo}", 2, "unknown variable"},
        {"{$}", 2, "unknown variable"},
        {"{$JSON}", 2, "unknown variable"},
        {"x{foo}", 2, "unknown tag"},
        {"x{ $json}", 2, "unknown tag"},
        {"{\"a\":1}", 1, "unknown tag"},
        {"{$date.x}", 0, "only $json has keys"},
        {"{if $time.x}{/if}", 0, "only $json has keys"},
        {"{if$json}{/if}", 3, "bad {if}"},
        {"{if $json}", 0, "{if} without its {/if}"},
        {"{if $json}{if $json}{/if}", 0, "{if} without its {/if}"},
        {"a{/if}", 1, "{/if} without {if}"},
        {"a{else}", 1, "{else} without {if}"},
        {"{if $json}{else}{else}{/if}", 16, "a second {else}"},
        {"{if $json}{/if}{else}", 15, "{else} without {if}"},
        {"{if $json x}{/if}", 10, "bad key"},
        {"{if !!$json}{/if}", 5, "bad {if}"},
        {"{elseif $json}", 5, "unknown tag"},
        {"{/IF}", 2, "unknown tag"},
        {"{ldelim }", 7, "unknown tag"},
        {"line\nbreak", 4, "control character"},
        {"cr\r", 2, "control character"},
        {"del\x7f", 3, "control character"},
        {"{$json.a.b.c.d.e.f.g.h.i}", 23, "key path too long"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct mxq_log_template_error e = {99, "untouched"};
        struct mxq_log_template *t = mxq_log_template_compile(
            cases[i].text, strlen(cases[i].text), &e);
        if (t != NULL)
            fail_msg("accepted: %s", cases[i].text);
        if (e.message == NULL || strstr(e.message, cases[i].message) == NULL ||
            e.offset != cases[i].offset)
            fail_msg("%s: got \"%s\" at %zu, want \"%s\" at %zu",
                     cases[i].text, e.message ? e.message : "(null)",
                     e.offset, cases[i].message, cases[i].offset);
    }

    /* a NUL inside: refused where it is */
    struct mxq_log_template_error e;
    assert_null(mxq_log_template_compile("ab\0cd", 5, &e));
    assert_int_equal(e.offset, 2);
    assert_non_null(strstr(e.message, "control character"));

    /* one nesting level too deep: refused at the if too many */
    char deep[512] = "";
    for (int i = 0; i <= MXQ_LOG_TEMPLATE_MAX_DEPTH; i++)
        strcat(deep, "{if $json}");
    assert_null(mxq_log_template_compile(deep, strlen(deep), &e));
    assert_int_equal(e.offset, MXQ_LOG_TEMPLATE_MAX_DEPTH * 10);
    assert_non_null(strstr(e.message, "nested too deep"));

    /* too many instructions */
    char many[4096] = "";
    for (int i = 0; i <= MXQ_LOG_TEMPLATE_MAX_OPS; i++)
        strcat(many, "{$date}");
    assert_null(mxq_log_template_compile(many, strlen(many), &e));
    assert_int_equal(e.offset, MXQ_LOG_TEMPLATE_MAX_OPS * 7);
    assert_non_null(strstr(e.message, "too long"));
    many[MXQ_LOG_TEMPLATE_MAX_OPS * 7] = '\0';
    mxq_log_template_free(compile(many));

    /* too long a text */
    size_t big = MXQ_LOG_TEMPLATE_MAX_LEN + 1;
    char *text = malloc(big);
    assert_non_null(text);
    memset(text, 'a', big);
    assert_null(mxq_log_template_compile(text, big, &e));
    assert_non_null(strstr(e.message, "longer than"));
    struct mxq_log_template *t = mxq_log_template_compile(text, big - 1, &e);
    assert_non_null(t);
    assert_int_equal(t->count, 1);   /* one literal run */
    mxq_log_template_free(t);
    free(text);
}

static void test_compiled_instructions(void **state)
{
    (void)state;
    struct mxq_log_template *t = compile(MXQ_LOG_TEMPLATE_DEFAULT);
    /* "[" $date "]" if " " id " " /if "<" env "> <" rcpt "> [" ip "] [" ip "]" */
    assert_int_equal(t->count, 16);
    assert_int_equal(t->ops[3].kind, MXQ_LOG_OP_IF);
    assert_int_equal(t->ops[3].jump, 7);
    assert_int_equal(t->ops[5].kind, MXQ_LOG_OP_VALUE);
    assert_int_equal(t->ops[5].key_count, 1);
    assert_int_equal(t->ops[14].key_count, 2);
    mxq_log_template_free(t);
    mxq_log_template_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_template),
        cmocka_unit_test(test_if_else),
        cmocka_unit_test(test_keys_and_hyphens),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_literals),
        cmocka_unit_test(test_truncated_render),
        cmocka_unit_test(test_bad_templates),
        cmocka_unit_test(test_compiled_instructions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
