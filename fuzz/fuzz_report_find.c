/*
 * fuzz-report_find: whole messages through the report finder
 * (engine/message/report_find.c): the MIME walk, the choice of the
 * report part, its decoding and parsing, the bounce heuristics.
 *
 * Input: one octet of flags (bit 0: the envelope sender was <>), then
 * the message.
 *
 * Invariants: the finder never runs out of memory here; when it finds a
 * report, the object parses back as JSON into an object whose "type" is
 * one of the documented names, with "error" a non-empty string if
 * present; when it finds none, it wrote nothing; the same input gives
 * the same answer twice.
 */
#include "fuzz_support.h"

#include <yajl/yajl_tree.h>

#include "buffer.h"
#include "report_find.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool known_type(const char *t)
{
    static const char *const names[] = {"dsn", "arf", "mdn", "dmarc",
                                        "tlsrpt", "bounce", "unknown"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(t, names[i]) == 0)
            return true;
    return false;
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    bool null_sender = data[0] & 1;
    char *msg = fuzz_copy(data + 1, size - 1);
    struct mxq_buffer json = {0}, again = {0};

    enum mxq_report_found found =
        mxq_report_find(msg, size - 1, null_sender, &json);
    FUZZ_CHECK(found != MXQ_REPORT_FOUND_NO_MEMORY, "out of memory");
    FUZZ_CHECK(mxq_report_find(msg, size - 1, null_sender, &again) == found,
               "a second run answers otherwise");
    FUZZ_CHECK(again.len == json.len &&
                   (json.len == 0 || memcmp(again.data, json.data,
                                            json.len) == 0),
               "a second run writes other JSON");
    if (found == MXQ_REPORT_FOUND_NONE) {
        FUZZ_CHECK(json.len == 0, "no report, but %zu octets written",
                   json.len);
    } else {
        char *text = fuzz_alloc(json.len + 1);
        memcpy(text, json.data, json.len);
        char why[256];
        yajl_val tree = yajl_tree_parse(text, why, sizeof why);
        FUZZ_CHECK(tree != NULL, "the report does not parse: %s", why);
        FUZZ_CHECK(YAJL_IS_OBJECT(tree), "the report is no object");
        const char *type_path[] = {"type", NULL};
        yajl_val type = yajl_tree_get(tree, type_path, yajl_t_string);
        FUZZ_CHECK(type != NULL && known_type(YAJL_GET_STRING(type)),
                   "no known type");
        const char *error_path[] = {"error", NULL};
        yajl_val e = yajl_tree_get(tree, error_path, yajl_t_any);
        if (e != NULL)
            FUZZ_CHECK(YAJL_IS_STRING(e) && e->u.string[0] != '\0',
                       "error is no text");
        yajl_tree_free(tree);
        free(text);
    }
    mxq_buffer_free(&json);
    mxq_buffer_free(&again);
    free(msg);
    return 0;
}
