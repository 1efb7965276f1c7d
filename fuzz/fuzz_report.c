/*
 * fuzz-report: the report parsers (engine/report/: DMARC aggregate XML,
 * TLS-RPT JSON, delivery-status, feedback-report, disposition
 * notifications, gzip and zip unpacking) on any bytes.
 *
 * Input: one octet that picks the parser (% 7: AUTO, DMARC, TLS-RPT,
 * delivery-status, feedback-report, MDN, none), then the part body.
 *
 * Invariants: the report object always comes out whole; it parses back
 * as JSON (yajl_tree_parse, which checks UTF-8 too) into an object with
 * a "type"; it has an "error" string exactly when the parser said it
 * failed, and then that string is the one it returned.
 */
#include "fuzz_support.h"

#include <yajl/yajl_gen.h>
#include <yajl/yajl_tree.h>

#include "report.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    static const enum mxq_report_kind kinds[] = {
        MXQ_REPORT_AUTO, MXQ_REPORT_DMARC_AGGREGATE, MXQ_REPORT_TLSRPT,
        MXQ_REPORT_DELIVERY_STATUS, MXQ_REPORT_FEEDBACK,
        MXQ_REPORT_DISPOSITION, MXQ_REPORT_NONE};
    if (size == 0)
        return 0;
    enum mxq_report_kind kind = kinds[data[0] % 7];
    char *body = fuzz_copy(data + 1, size - 1);

    yajl_gen g = yajl_gen_alloc(NULL);
    FUZZ_CHECK(g != NULL, "out of memory");
    char err[MXQ_REPORT_ERROR_SIZE];
    bool ok = mxq_report_write(g, kind, body, size - 1, err);

    const unsigned char *buf;
    size_t len;
    FUZZ_CHECK(yajl_gen_get_buf(g, &buf, &len) == yajl_gen_status_ok,
               "the generator is not at a complete value");
    char *json = fuzz_alloc(len + 1);
    memcpy(json, buf, len);
    char why[256];
    yajl_val tree = yajl_tree_parse(json, why, sizeof why);
    FUZZ_CHECK(tree != NULL, "the report does not parse: %s", why);
    FUZZ_CHECK(YAJL_IS_OBJECT(tree), "the report is no object");
    const char *type_path[] = {"type", NULL};
    FUZZ_CHECK(yajl_tree_get(tree, type_path, yajl_t_string) != NULL,
               "no type");
    const char *error_path[] = {"error", NULL};
    yajl_val e = yajl_tree_get(tree, error_path, yajl_t_any);
    FUZZ_CHECK(ok == (e == NULL), "ok %d but error %s", (int)ok,
               e ? "present" : "absent");
    if (e != NULL)
        FUZZ_CHECK(YAJL_IS_STRING(e) && e->u.string[0] != '\0',
                   "error is no text");
    yajl_tree_free(tree);
    free(json);
    yajl_gen_free(g);
    free(body);
    return 0;
}
