/*
 * message/feedback-report (RFC 5965 §3, the Abuse Reporting Format), with
 * the authentication-failure fields of RFC 6591 and Source-Port of RFC
 * 6692. Fields that may appear once are written as values (the first
 * one wins), the others as arrays.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_fields.h"
#include "report_parsers.h"

enum arf_value {
    ARF_TEXT,      /* as written */
    ARF_NUMBER,    /* Version, Incidents, Source-Port */
    ARF_TOKEN,     /* Source-IP: the address without a comment after it */
    ARF_TYPED      /* Reporting-MTA: "dns; name" */
};

struct arf_rule {
    const char *name;   /* the field name */
    const char *key;    /* the JSON key */
    enum arf_value value;
    bool many;
};

static const struct arf_rule arf_rules[] = {
    /* RFC 5965 §3.1, required */
    {"feedback-type", "feedback-type", ARF_TEXT, false},
    {"user-agent", "user-agent", ARF_TEXT, false},
    {"version", "version", ARF_NUMBER, false},
    /* §3.2, optional once */
    {"original-envelope-id", "original-envelope-id", ARF_TEXT, false},
    {"original-mail-from", "original-mail-from", ARF_TEXT, false},
    {"arrival-date", "arrival-date", ARF_TEXT, false},
    /* Received-Date: the name drafts of ARF used for Arrival-Date */
    {"received-date", "arrival-date", ARF_TEXT, false},
    {"reporting-mta", "reporting-mta", ARF_TYPED, false},
    {"source-ip", "source-ip", ARF_TOKEN, false},
    {"incidents", "incidents", ARF_NUMBER, false},
    /* §3.2, optional, repeatable */
    {"authentication-results", "authentication-results", ARF_TEXT, true},
    {"original-rcpt-to", "original-rcpt-to", ARF_TEXT, true},
    {"reported-domain", "reported-domain", ARF_TEXT, true},
    {"reported-uri", "reported-uri", ARF_TEXT, true},
    /* RFC 6692 */
    {"source-port", "source-port", ARF_NUMBER, false},
    /* RFC 6591 §3.1 (auth-failure reports) */
    {"auth-failure", "auth-failure", ARF_TEXT, false},
    {"delivery-result", "delivery-result", ARF_TEXT, false},
    {"dkim-adsp-dns", "dkim-adsp-dns", ARF_TEXT, false},
    {"dkim-canonicalized-body", "dkim-canonicalized-body", ARF_TEXT, false},
    {"dkim-canonicalized-header", "dkim-canonicalized-header", ARF_TEXT,
     false},
    {"dkim-domain", "dkim-domain", ARF_TEXT, false},
    {"dkim-identity", "dkim-identity", ARF_TEXT, false},
    {"dkim-selector", "dkim-selector", ARF_TEXT, false},
    {"dkim-selector-dns", "dkim-selector-dns", ARF_TEXT, false},
    {"spf-dns", "spf-dns", ARF_TEXT, false},
    {"identity-alignment", "identity-alignment", ARF_TEXT, false},
};

static void put_value(yajl_gen g, const struct arf_rule *rule,
                      const struct mxq_report_field *f)
{
    const char *p = f->value.p;
    size_t n = f->value.n;
    struct mxq_slice a, b;
    switch (rule->value) {
    case ARF_NUMBER:
        mxq_report_put_number(g, p, n);
        return;
    case ARF_TOKEN:
        if (mxq_report_token(p, n, &a)) {
            mxq_report_put_text(g, a.p, a.n);
            return;
        }
        break;
    case ARF_TYPED:
        if (mxq_report_typed(p, n, &a, &b)) {
            mxq_report_put_text(g, b.p, b.n);
            return;
        }
        break;
    case ARF_TEXT:
        break;
    }
    mxq_report_put_text(g, p, n);
}

/* Whether an earlier rule already wrote this key (Received-Date after
 * Arrival-Date). */
static bool key_written(const struct mxq_report_block *b, size_t rule)
{
    for (size_t i = 0; i < rule; i++)
        if (strcmp(arf_rules[i].key, arf_rules[rule].key) == 0 &&
            mxq_report_block_find(b, arf_rules[i].name) != NULL)
            return true;
    return false;
}

static void put_rule(yajl_gen g, const struct mxq_report_block *b,
                     size_t r)
{
    const struct arf_rule *rule = &arf_rules[r];
    if (!rule->many) {
        const struct mxq_report_field *f =
            mxq_report_block_find(b, rule->name);
        if (f == NULL || key_written(b, r))
            return;
        mxq_report_put_key(g, rule->key);
        put_value(g, rule, f);
        return;
    }
    bool open = false;
    for (size_t i = 0; i < b->count; i++) {
        const struct mxq_report_field *f = &b->fields[i];
        if (!mxq_report_name_is(f->name.p, f->name.n, rule->name))
            continue;
        if (!open) {
            mxq_report_put_key(g, rule->key);
            yajl_gen_array_open(g);
            open = true;
        }
        put_value(g, rule, f);
    }
    if (open)
        yajl_gen_array_close(g);
}

bool mxq_feedback_report_write(yajl_gen g, const char *body, size_t len,
                               char *err)
{
    struct mxq_report_reader r;
    if (!mxq_report_reader_open(&r, body, len, err))
        return false;
    const struct mxq_report_block *b = r.block;
    bool ok = mxq_report_reader_next(&r, err);
    /* What is read is written even when the block broke off. */
    for (size_t r = 0; r < sizeof arf_rules / sizeof *arf_rules; r++)
        put_rule(g, b, r);
    if (ok && mxq_report_block_find(b, "feedback-type") == NULL)
        ok = mxq_report_fail(err, "feedback-report without Feedback-Type");
    mxq_report_reader_close(&r);
    return ok;
}
