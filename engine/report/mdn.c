/*
 * message/disposition-notification and its global form (RFC 8098 §3,
 * RFC 6533): what became of a message at its recipient. One field block.
 */
#include <stdio.h>
#include <stdlib.h>

#include "report_fields.h"
#include "report_parsers.h"

/* "name": value and "name-type": type for a typed field. */
static void put_typed(yajl_gen g, const struct mxq_report_block *b,
                      const char *name)
{
    const struct mxq_report_field *f = mxq_report_block_find(b, name);
    if (f == NULL)
        return;
    struct mxq_slice type, value;
    if (!mxq_report_typed(f->value.p, f->value.n, &type, &value)) {
        mxq_report_put_key_text(g, name, f->value.p, f->value.n);
        return;
    }
    mxq_report_put_key_text(g, name, value.p, value.n);
    char key[48];
    snprintf(key, sizeof key, "%s-type", name);
    mxq_report_put_key_text(g, key, type.p, type.n);
}

/* Reporting-UA is ua-name [";" ua-product] (RFC 8098 §3.2.1): a name,
 * not a type, before the ';'. */
static void put_reporting_ua(yajl_gen g, const struct mxq_report_block *b)
{
    const struct mxq_report_field *f =
        mxq_report_block_find(b, "reporting-ua");
    if (f == NULL)
        return;
    struct mxq_slice name, product;
    if (!mxq_report_typed(f->value.p, f->value.n, &name, &product)) {
        mxq_report_put_key_text(g, "reporting-ua", f->value.p, f->value.n);
        return;
    }
    mxq_report_put_key_text(g, "reporting-ua", name.p, name.n);
    mxq_report_put_key_text(g, "reporting-ua-product", product.p,
                            product.n);
}

static void put_plain_as(yajl_gen g, const struct mxq_report_block *b,
                         const char *name, const char *key)
{
    const struct mxq_report_field *f = mxq_report_block_find(b, name);
    if (f != NULL)
        mxq_report_put_key_text(g, key, f->value.p, f->value.n);
}

static void put_plain(yajl_gen g, const struct mxq_report_block *b,
                      const char *name)
{
    put_plain_as(g, b, name, name);
}

static bool put_disposition(yajl_gen g, const struct mxq_report_block *b,
                            char *err)
{
    const struct mxq_report_field *f =
        mxq_report_block_find(b, "disposition");
    if (f == NULL)
        return mxq_report_fail(err, "disposition-notification without "
                                    "Disposition");
    struct mxq_mdn_disposition d;
    if (!mxq_report_disposition(f->value.p, f->value.n, &d)) {
        mxq_report_put_key_text(g, "disposition", f->value.p, f->value.n);
        return mxq_report_fail(err, "Disposition is not mode/mode; type");
    }
    mxq_report_put_key(g, "disposition");
    yajl_gen_map_open(g);
    mxq_report_put_key_text(g, "action-mode", d.action_mode.p,
                            d.action_mode.n);
    mxq_report_put_key_text(g, "sending-mode", d.sending_mode.p,
                            d.sending_mode.n);
    mxq_report_put_key_text(g, "type", d.type.p, d.type.n);
    if (d.modifiers.n > 0)
        mxq_report_put_key_text(g, "modifiers", d.modifiers.p,
                                d.modifiers.n);
    yajl_gen_map_close(g);
    return true;
}

bool mxq_mdn_write(yajl_gen g, const char *body, size_t len, char *err)
{
    struct mxq_report_reader r;
    if (!mxq_report_reader_open(&r, body, len, err))
        return false;
    const struct mxq_report_block *b = r.block;
    bool ok = mxq_report_reader_next(&r, err);
    put_reporting_ua(g, b);
    put_typed(g, b, "mdn-gateway");
    put_typed(g, b, "original-recipient");
    put_typed(g, b, "final-recipient");
    put_plain(g, b, "original-message-id");
    /* The first reason is the one reported. */
    char later[MXQ_REPORT_ERROR_SIZE];
    bool disposition_ok = put_disposition(g, b, ok ? err : later);
    /* RFC 8098's Error field is the reporter's text, kept apart from the
     * "error" that says this parser failed. */
    put_plain_as(g, b, "error", "mdn-error");
    mxq_report_reader_close(&r);
    return ok && disposition_ok;
}
