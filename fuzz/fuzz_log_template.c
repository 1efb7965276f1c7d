/*
 * fuzz-log_template: any bytes as a received-log template
 * (grammar/log_template.rl), compiled and rendered over fixed documents.
 *
 * Invariants: refused exactly when there is a message, at an offset
 * inside the input; accepted, the instructions lie inside the template's
 * text, their jumps go forward and stay inside the program, every key is
 * a non-empty run of the key characters; a template without '{' is
 * accepted exactly when it holds no control octet and renders as itself.
 * Rendering: the same length whatever the room, the same octets in a
 * buffer of exactly that length and as a prefix in a smaller one, never a
 * CR, LF or NUL (one document, one line), and the same line again.
 */
#include "fuzz_support.h"

#include <yajl/yajl_tree.h>

#include "log_template.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static const char *const log_template_fuzz_docs[] = {
    /* as the engine makes them */
    "{\"message-id\":\"t1\",\"received\":\"2026-11-24 00:00:00\","
    "\"hostname\":\"mx.test\",\"envelope\":\"a@example.com\","
    "\"recipient\":\"b@example.org\",\"mime\":\"\","
    "\"connection\":{\"local-ip\":\"127.0.0.1\",\"local-port\":25,"
    "\"remote-ip\":\"127.0.0.2\",\"remote-port\":40000,\"secure\":false},"
    "\"checks\":[{\"spf\":\"pass\",\"smtp.mailfrom\":\"a@example.com\"}],"
    "\"report\":{\"type\":\"dsn\",\"recipients\":[1,2.5,null,true]}}",
    /* awkward values: controls, escapes, nesting, hyphens and '_' */
    "{\"a\":\"x\\r\\ny\\u0001\\u007f\",\"a-b\":{\"c_d\":[[],{},\"\\\"\\\\\"]},"
    "\"a_b\":0,\"json\":{\"json\":\"\\n\"},\"0\":[[[[[[[[[\"deep\"]]]]]]]]],"
    "\"e\":\"\",\"n\":null,\"f\":false,\"t\":true,\"z\":-0.0,\"big\":1e999}",
};

static bool log_template_fuzz_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static void log_template_fuzz_program(const struct mxq_log_template *t,
                                      const char *buf, size_t size)
{
    FUZZ_CHECK(t->text_len == size && memcmp(t->text, buf, size) == 0,
               "text is not a copy of the input");
    FUZZ_CHECK(t->count <= MXQ_LOG_TEMPLATE_MAX_OPS, "%zu instructions",
               t->count);
    for (size_t i = 0; i < t->count; i++) {
        const struct mxq_log_op *op = &t->ops[i];
        FUZZ_CHECK(op->kind <= MXQ_LOG_OP_JUMP, "op %zu of kind %u", i,
                   op->kind);
        if (op->kind == MXQ_LOG_OP_TEXT) {
            FUZZ_CHECK(op->len > 0 && op->off <= size &&
                           op->len <= size - op->off,
                       "text %zu outside the template", i);
            continue;
        }
        if (op->kind == MXQ_LOG_OP_IF || op->kind == MXQ_LOG_OP_JUMP)
            FUZZ_CHECK(op->jump > i && op->jump <= t->count,
                       "op %zu jumps to %u of %zu", i, (unsigned)op->jump,
                       t->count);
        if (op->kind == MXQ_LOG_OP_JUMP)
            continue;
        FUZZ_CHECK(op->var <= MXQ_LOG_VAR_TIME, "var %u", op->var);
        FUZZ_CHECK(op->key_count <= MXQ_LOG_TEMPLATE_MAX_KEYS &&
                       (op->key_count == 0 || op->var == MXQ_LOG_VAR_JSON),
                   "op %zu: %u keys", i, op->key_count);
        for (size_t k = 0; k < op->key_count; k++) {
            const struct mxq_log_key *key = &op->keys[k];
            FUZZ_CHECK(key->len > 0 && key->off <= size &&
                           key->len <= size - key->off,
                       "key outside the template");
            for (size_t c = 0; c < key->len; c++)
                FUZZ_CHECK(log_template_fuzz_key_char(buf[key->off + c]),
                           "key octet 0x%02x",
                           (unsigned char)buf[key->off + c]);
        }
    }
}

static void log_template_fuzz_render(const struct mxq_log_template *t,
                                     const struct mxq_log_vars *vars)
{
    size_t n = mxq_log_template_render(t, vars, NULL, 0);
    FUZZ_CHECK(n < 64 * 1024 * 1024, "line of %zu octets", n);
    char *line = fuzz_alloc(n);
    FUZZ_CHECK(mxq_log_template_render(t, vars, line, n) == n,
               "length differs with room");
    FUZZ_CHECK(memchr(line, '\n', n) == NULL &&
                   memchr(line, '\r', n) == NULL &&
                   memchr(line, '\0', n) == NULL,
               "CR, LF or NUL in the line");
    char *again = fuzz_alloc(n + 1);
    again[n] = '#';
    FUZZ_CHECK(mxq_log_template_render(t, vars, again, n + 1) == n &&
                   memcmp(again, line, n) == 0 && again[n] == '#',
               "not the same line again");
    if (n > 1) {
        size_t part = n / 2;
        memset(again, '#', n + 1);
        FUZZ_CHECK(mxq_log_template_render(t, vars, again, part) == n &&
                       memcmp(again, line, part) == 0 && again[part] == '#',
                   "a short buffer holds something else");
    }
    free(again);
    free(line);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *buf = fuzz_copy(data, size);
    struct mxq_log_template_error err = {size + 1, NULL};
    struct mxq_log_template *t = mxq_log_template_compile(buf, size, &err);
    FUZZ_CHECK((t == NULL) == (err.message != NULL),
               "result and message disagree");

    bool brace = memchr(buf, '{', size) != NULL, control = false;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)buf[i];
        control = control || (c < 0x20 && c != '\t') || c == 0x7f;
    }
    if (!brace && size <= MXQ_LOG_TEMPLATE_MAX_LEN)
        FUZZ_CHECK((t != NULL) == !control, "plain text %s",
                   t != NULL ? "with a control accepted" : "refused");

    if (t == NULL) {
        FUZZ_CHECK(err.offset <= size, "error at %zu of %zu", err.offset,
                   size);
        FUZZ_CHECK(err.message[0] != '\0', "empty message");
        free(buf);
        return 0;
    }
    log_template_fuzz_program(t, buf, size);

    static yajl_val docs[2];
    if (docs[0] == NULL)
        for (size_t i = 0; i < 2; i++) {
            char why[128];
            docs[i] = yajl_tree_parse(log_template_fuzz_docs[i], why,
                                      sizeof why);
            FUZZ_CHECK(docs[i] != NULL, "fixed document %zu: %s", i, why);
        }
    struct mxq_log_vars vars[] = {
        {docs[0], mxq_log_template_is_report(docs[0]), "2026-11-24 00:00:01",
         1795478401},
        {docs[1], mxq_log_template_is_report(docs[1]), "", 0},
        {NULL, false, NULL, -1},
    };
    FUZZ_CHECK(vars[0].report && !vars[1].report, "report members");
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++)
        log_template_fuzz_render(t, &vars[i]);

    if (!brace) {
        size_t n = mxq_log_template_render(t, &vars[0], NULL, 0);
        char *line = fuzz_alloc(n);
        mxq_log_template_render(t, &vars[0], line, n);
        FUZZ_CHECK(n == size && memcmp(line, buf, size) == 0,
                   "plain text renders as something else");
        free(line);
    }
    mxq_log_template_free(t);
    free(buf);
    return 0;
}
