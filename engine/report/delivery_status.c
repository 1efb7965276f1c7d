/*
 * message/delivery-status and message/global-delivery-status (RFC 3464
 * §2, RFC 6533): the per-message fields, then one object per recipient.
 * Typed values ("rfc822; user@example.com", "smtp; 550 ...") are split
 * by grammar/report_fields.rl into the value and its "-type".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_fields.h"
#include "report_parsers.h"

enum field_kind {
    FIELD_TEXT,     /* as written */
    FIELD_TYPED,    /* "type ; value" */
    FIELD_STATUS    /* a status code */
};

struct field_rule {
    const char *name;   /* the field's name, and the JSON key */
    enum field_kind kind;
    const char *key;    /* a shorter JSON key, when not NULL */
};

static const struct field_rule per_message[] = {
    {"reporting-mta", FIELD_TYPED, NULL},
    {"dsn-gateway", FIELD_TYPED, NULL},
    {"received-from-mta", FIELD_TYPED, NULL},
    {"arrival-date", FIELD_TEXT, NULL},
    /* the name of the ENVID it echoes (RFC 3461 §4.4) */
    {"original-envelope-id", FIELD_TEXT, "original-envid"},
};

static const struct field_rule per_recipient[] = {
    {"original-recipient", FIELD_TYPED, NULL},
    {"final-recipient", FIELD_TYPED, NULL},
    {"action", FIELD_TEXT, NULL},
    {"status", FIELD_STATUS, NULL},
    {"remote-mta", FIELD_TYPED, NULL},
    {"diagnostic-code", FIELD_TYPED, NULL},
    {"last-attempt-date", FIELD_TEXT, NULL},
    {"final-log-id", FIELD_TEXT, NULL},
    {"will-retry-until", FIELD_TEXT, NULL},
};

/* "name": value, and for a typed value "name-type": its type. A typed
 * value written without its type is kept as it is. */
static void put_field(yajl_gen g, const struct field_rule *rule,
                      const struct mxq_report_field *f)
{
    const char *p = f->value.p;
    size_t n = f->value.n;
    const char *key = rule->key ? rule->key : rule->name;
    struct mxq_slice type, value, code;
    if (rule->kind == FIELD_TYPED && mxq_report_typed(p, n, &type, &value)) {
        mxq_report_put_key_text(g, key, value.p, value.n);
        char key[48];
        snprintf(key, sizeof key, "%s-type", rule->name);
        mxq_report_put_key_text(g, key, type.p, type.n);
        return;
    }
    if (rule->kind == FIELD_STATUS && mxq_report_status(p, n, &code)) {
        mxq_report_put_key_text(g, key, code.p, code.n);
        return;
    }
    mxq_report_put_key_text(g, key, p, n);
}

static void put_block(yajl_gen g, const struct mxq_report_block *b,
                      const struct field_rule *rules, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const struct mxq_report_field *f =
            mxq_report_block_find(b, rules[i].name);
        if (f != NULL)
            put_field(g, &rules[i], f);
    }
}

bool mxq_delivery_status_write(yajl_gen g, const char *body, size_t len,
                               char *err)
{
    struct mxq_report_reader r;
    if (!mxq_report_reader_open(&r, body, len, err))
        return false;
    const struct mxq_report_block *b = r.block;
    size_t recipients = 0;
    bool ok = mxq_report_reader_next(&r, err);
    if (ok && b->count == 0)
        ok = mxq_report_fail(err, "delivery-status without fields");
    if (ok)
        put_block(g, b, per_message, sizeof per_message / sizeof *per_message);

    mxq_report_put_key(g, "recipients");
    yajl_gen_array_open(g);
    while (ok) {
        ok = mxq_report_reader_next(&r, err);
        if (!ok || b->count == 0)
            break;
        if (++recipients > MXQ_REPORT_MAX_RECIPIENTS) {
            ok = mxq_report_fail(err, "more than %d recipients",
                                 MXQ_REPORT_MAX_RECIPIENTS);
            break;
        }
        yajl_gen_map_open(g);
        put_block(g, b, per_recipient,
                  sizeof per_recipient / sizeof *per_recipient);
        yajl_gen_map_close(g);
    }
    yajl_gen_array_close(g);
    if (ok && recipients == 0)
        ok = mxq_report_fail(err, "delivery-status without a recipient");
    mxq_report_reader_close(&r);
    return ok;
}
