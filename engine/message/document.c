/*
 * One JSON document per accepted recipient, in MailerQ's inbound schema
 * (json-incoming): message-id, received, hostname, envelope, recipient,
 * mime, connection, dsn. MIME that is not valid UTF-8 goes in base64 with
 * "mime-encoding": "base64", so nothing is lost.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <yajl/yajl_gen.h>

#include "document.h"

#include "auth_results.h"
#include "base64.h"
#include "budget.h"
#include "civil_time.h"
#include "json_string.h"
#include "report_find.h"
#include "spam_header.h"
#include "utf8.h"
#include "xmq.h"

static void put_string(yajl_gen g, const char *s)
{
    yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

static void put_key_string(yajl_gen g, const char *key, const char *value)
{
    put_string(g, key);
    put_string(g, value);
}

static void put_notify(yajl_gen g, unsigned notify)
{
    static const struct {
        unsigned bit;
        const char *name;
    } words[] = {{MXQ_NOTIFY_NEVER, "NEVER"},
                 {MXQ_NOTIFY_SUCCESS, "SUCCESS"},
                 {MXQ_NOTIFY_FAILURE, "FAILURE"},
                 {MXQ_NOTIFY_DELAY, "DELAY"}};
    char text[32] = "";
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (notify & words[i].bit) {
            if (text[0])
                strcat(text, ",");
            strcat(text, words[i].name);
        }
    put_key_string(g, "notify", text);
}

/* The public dsn-* values are the grammar's. */
_Static_assert(MXQ_DSN_NOTIFY_NEVER == MXQ_NOTIFY_NEVER &&
               MXQ_DSN_NOTIFY_SUCCESS == MXQ_NOTIFY_SUCCESS &&
               MXQ_DSN_NOTIFY_FAILURE == MXQ_NOTIFY_FAILURE &&
               MXQ_DSN_NOTIFY_DELAY == MXQ_NOTIFY_DELAY &&
               MXQ_DSN_RET_FULL == MXQ_RET_FULL &&
               MXQ_DSN_RET_HDRS == MXQ_RET_HDRS,
               "dsn values differ from the command grammar's");

/* What the x-mq-* fields say; nothing when one of them was bad (the
 * message is refused: its document goes to the refused queue). */
static const struct mxq_xmq *xmq_of(const struct mxq_transaction *tx)
{
    static const struct mxq_xmq none;
    return tx->header.xmq.error[0] != '\0' ? &none : &tx->header.xmq;
}

static void put_text(yajl_gen g, const char *p, size_t n)
{
    yajl_gen_string(g, (const unsigned char *)p, n);
}

/* What the client asked for, else what the message's x-mq-dsn-* fields
 * say, else the operator's defaults (dsn-notify, dsn-ret), which are
 * written at receipt. */
static void put_dsn(yajl_gen g, const struct mxq_transaction *tx,
                    const struct mxq_recipient *r,
                    const struct mxq_document_context *c)
{
    const struct mxq_envelope *env = &tx->env;
    struct mxq_xmq_dsn header;
    mxq_xmq_dsn(xmq_of(tx), &header);
    unsigned ret = env->ret != MXQ_RET_NONE ? (unsigned)env->ret
                   : header.ret ? header.ret : c->dsn_ret;
    unsigned notify = r->notify ? r->notify
                      : header.notify ? header.notify : c->dsn_notify;
    bool envid = env->envid != NULL || header.envid != NULL;
    bool orcpt = r->orcpt != NULL || header.orcpt != NULL;
    if (ret == 0 && !envid && notify == 0 && !orcpt)
        return;
    put_string(g, "dsn");
    yajl_gen_map_open(g);
    if (ret != 0)
        put_key_string(g, "ret", ret == MXQ_RET_FULL ? "FULL" : "HDRS");
    if (env->envid)
        put_key_string(g, "envid", env->envid);
    else if (header.envid) {
        put_string(g, "envid");
        put_text(g, header.envid, header.envid_len);
    }
    if (notify)
        put_notify(g, notify);
    if (r->orcpt)
        put_key_string(g, "orcpt", r->orcpt);
    else if (header.orcpt) {
        put_string(g, "orcpt");
        put_text(g, header.orcpt, header.orcpt_len);
    }
    yajl_gen_map_close(g);
}

static void put_connection(yajl_gen g, const struct mxq_document_context *c)
{
    const struct mxq_connection *conn = c->conn;
    put_string(g, "connection");
    yajl_gen_map_open(g);
    put_key_string(g, "local-ip", conn->local_ip ? conn->local_ip : "");
    put_string(g, "local-port");
    yajl_gen_integer(g, conn->local_port);
    put_key_string(g, "remote-ip", conn->remote_ip ? conn->remote_ip : "");
    put_string(g, "remote-port");
    yajl_gen_integer(g, conn->remote_port);
    put_string(g, "secure");
    yajl_gen_bool(g, c->secure);
    if (c->user)
        put_key_string(g, "user", c->user);
    /* beyond MailerQ: what protected the connection */
    if (c->secure && (c->tls_version || c->tls_cipher)) {
        put_string(g, "tls");
        yajl_gen_map_open(g);
        if (c->tls_version)
            put_key_string(g, "version", c->tls_version);
        if (c->tls_cipher)
            put_key_string(g, "cipher", c->tls_cipher);
        yajl_gen_map_close(g);
    }
    yajl_gen_map_close(g);
}

/* A value from the message: a document holds UTF-8 only. */
static void put_key_message_text(yajl_gen g, const char *key,
                                 const char *value)
{
    put_key_string(g, key, mxq_utf8_valid(value, strlen(value)) ? value : "");
}

/* DKIM: one object per signature with RFC 8601's properties and MailerQ's
 * domain and selector; {"dkim": "none"} for a message without one. */
static void put_dkim(yajl_gen g, const struct mxq_checks *checks)
{
    size_t count = checks->dkim ? mxq_dkim_count(checks->dkim) : 0;
    if (count == 0) {
        yajl_gen_map_open(g);
        put_key_string(g, "dkim", checks->dkim ? "none" : "temperror");
        yajl_gen_map_close(g);
        return;
    }
    for (size_t i = 0; i < count; i++) {
        const struct mxq_dkim_verdict *v = mxq_dkim_get(checks->dkim, i);
        yajl_gen_map_open(g);
        put_key_string(g, "dkim", mxq_dkim_result_name(
                                      mxq_checks_dkim_result(checks, i)));
        put_key_message_text(g, "header.d", v->d);
        put_key_message_text(g, "header.s", v->s);
        put_key_message_text(g, "header.i", v->i);
        put_key_message_text(g, "header.b", v->header_b);
        put_key_message_text(g, "header.a", v->a);
        put_key_message_text(g, "domain", v->d);
        put_key_message_text(g, "selector", v->s);
        if (v->reason)
            put_key_string(g, "reason", v->reason);
        if (v->l_truncated) {
            put_string(g, "l-truncated");
            yajl_gen_bool(g, true);
        }
        yajl_gen_map_close(g);
    }
}

/* DMARC: {"dmarc", "header.from", "policy", "disposition"}; temperror
 * alone when it could not finish. */
static void put_dmarc(yajl_gen g, const struct mxq_checks *checks)
{
    const struct mxq_dmarc_outcome *o = mxq_checks_dmarc_outcome(checks);
    yajl_gen_map_open(g);
    put_key_string(g, "dmarc", o ? mxq_dmarc_result_name(o->result)
                                 : "temperror");
    if (o != NULL) {
        put_key_message_text(g, "header.from", o->header_from);
        put_key_string(g, "policy", mxq_dmarc_policy_name(o->policy));
        put_key_string(g, "disposition",
                       mxq_dmarc_policy_name(o->disposition));
    }
    yajl_gen_map_close(g);
}

/* ARC: {"arc", "chain": [the sealers' domains, oldest first],
 * "header.oldest-pass"} (RFC 8617 §10.2's property); temperror alone
 * when it could not finish. */
static void put_arc(yajl_gen g, const struct mxq_checks *checks)
{
    const struct mxq_arc_verdict *v = mxq_checks_arc_verdict(checks);
    yajl_gen_map_open(g);
    put_key_string(g, "arc", v ? mxq_arc_result_name(v->result)
                               : "temperror");
    if (v != NULL && v->sets > 0) {
        put_string(g, "chain");
        yajl_gen_array_open(g);
        for (unsigned i = 1; i <= v->sets; i++) {
            const char *d = mxq_arc_seal_domain(checks->arc, i);
            put_string(g, mxq_utf8_valid(d, strlen(d)) ? d : "");
        }
        yajl_gen_array_close(g);
        if (v->result == MXQ_ARC_PASS) {
            put_string(g, "header.oldest-pass");
            yajl_gen_integer(g, v->oldest_pass);
        }
    }
    if (v != NULL && v->reason != NULL)
        put_key_string(g, "reason", v->reason);
    yajl_gen_map_close(g);
}

/* spamd's score and threshold: numbers with its one decimal. */
static void put_score(yajl_gen g, const char *key, double v)
{
    char text[32];
    int n = snprintf(text, sizeof text, "%.1f", v);
    put_string(g, key);
    if (n > 0 && (size_t)n < sizeof text)
        yajl_gen_number(g, text, (size_t)n);
    else
        yajl_gen_integer(g, 0);
}

/* spam: {"spam": true|false, "score", "threshold", "symbols"}; "none"
 * for a message too large to scan, "temperror" when spamd gave no
 * verdict, each with a reason. */
static void put_spam(yajl_gen g, const struct mxq_checks *checks)
{
    const struct mxq_spam_verdict *v = checks->spam;
    yajl_gen_map_open(g);
    if (checks->spam_skipped) {
        put_key_string(g, "spam", "none");
        put_key_string(g, "reason", "larger than spamassassin-maxsize");
    } else if (v == NULL || v->result == MXQ_SPAM_TEMPERROR) {
        put_key_string(g, "spam", "temperror");
        const char *why = v != NULL && v->reason ? v->reason
                          : checks->spam_failure ? checks->spam_failure
                                                 : "not scanned";
        put_key_string(g, "reason", why);
    } else {
        put_string(g, "spam");
        yajl_gen_bool(g, v->result == MXQ_SPAM_SPAM);
        put_score(g, "score", v->score);
        put_score(g, "threshold", v->threshold);
        put_string(g, "symbols");
        yajl_gen_array_open(g);
        for (size_t i = 0; i < v->symbol_count; i++)
            put_string(g, v->symbol[i]);
        yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
}

/* `checks`: one object per check, its result under the check's name and
 * its inputs under RFC 8601's property names (spec §2.4). */
static void put_checks(yajl_gen g, const struct mxq_checks *checks)
{
    put_string(g, "checks");
    yajl_gen_array_open(g);
    if (checks->spf_ran) {
        yajl_gen_map_open(g);
        put_key_string(g, "spf", mxq_spf_result_name(checks->spf_result));
        put_key_string(g, checks->spf_helo ? "smtp.helo" : "smtp.mailfrom",
                       checks->spf_identity ? checks->spf_identity : "");
        yajl_gen_map_close(g);
    }
    if (checks->dkim_ran)
        put_dkim(g, checks);
    if (checks->dmarc_ran)
        put_dmarc(g, checks);
    if (checks->arc_ran)
        put_arc(g, checks);
    if (checks->spam_ran)
        put_spam(g, checks);
    yajl_gen_array_close(g);
}

/* "refused": {"reason", "code", "enhanced-code"}: why the client was
 * refused, in the refused queue's documents. */
static void put_refused(yajl_gen g, const struct mxq_refusal_record *r)
{
    put_string(g, "refused");
    yajl_gen_map_open(g);
    put_key_string(g, "reason", r->reason);
    put_string(g, "code");
    yajl_gen_integer(g, r->code);
    put_key_string(g, "enhanced-code", r->status);
    yajl_gen_map_close(g);
}

/* One document around the shared MIME: generated with an empty "mime"
 * string, whose two quotes are where the head ends and the tail begins. */
static bool build_one(const struct mxq_transaction *tx,
                      const struct mxq_document_context *c,
                      const struct mxq_recipient *r, const char *received,
                      struct mxq_bytes mime, bool base64,
                      const char *const top[2], struct mxq_bytes report,
                      struct mxq_document *doc)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    if (g == NULL)
        return false;

    const unsigned char *json;
    size_t len, head;
    yajl_gen_map_open(g);
    put_key_string(g, "message-id", r->message_id);
    put_key_string(g, "received", received);
    put_key_string(g, "hostname", c->hostname);
    size_t envelope_len;
    const char *envelope = mxq_xmq_envelope(xmq_of(tx), &envelope_len);
    put_string(g, "envelope");
    if (envelope != NULL)
        put_text(g, envelope, envelope_len);
    else
        put_string(g, tx->env.sender);
    put_key_string(g, "recipient", r->mailbox);
    /* The head ends inside the "mime" string, after what this document
     * adds at the top of the message (Authentication-Results). */
    unsigned wanted = r->local ? MXQ_AUTH_RESULTS_LOCAL
                               : MXQ_AUTH_RESULTS_NONLOCAL;
    put_key_string(g, "mime", top[(c->auth_results & wanted) != 0]);
    yajl_gen_get_buf(g, &json, &head);
    head -= 1; /* up to the closing quote */
    if (base64)
        put_key_string(g, "mime-encoding", "base64");
    put_connection(g, c);
    if (mxq_xmq_has_ips(xmq_of(tx)))
        mxq_xmq_put_ips(g, xmq_of(tx));
    else if (c->conn->ip_count > 0) {
        put_string(g, "ips");
        yajl_gen_array_open(g);
        for (size_t i = 0; i < c->conn->ip_count; i++)
            put_string(g, c->conn->ips[i]);
        yajl_gen_array_close(g);
    }
    mxq_xmq_put_properties(g, xmq_of(tx));
    if (c->checks != NULL)
        put_checks(g, c->checks);
    put_dsn(g, tx, r, c);
    if (c->refused != NULL)
        put_refused(g, c->refused);
    yajl_gen_map_close(g);

    bool ok = yajl_gen_get_buf(g, &json, &len) == yajl_gen_status_ok;
    uint8_t *own = ok ? malloc(len) : NULL;
    if (own != NULL) {
        memcpy(own, json, len);
        bool reported = r->local && report.n > 0;
        doc->queue = c->refused ? c->refused_queue
                     : reported ? c->reports_queue
                     : r->local && c->local_queue && c->local_queue[0]
                         ? c->local_queue
                         : c->inbox_queue;
        doc->message_id = r->message_id;
        doc->parts[0] = (struct mxq_bytes){own, head};
        doc->parts[1] = mime;
        /* a report's closing brace comes after its member */
        size_t tail = len - head - (reported ? 1 : 0);
        doc->parts[2] = (struct mxq_bytes){own + head, tail};
        doc->parts[3] = reported ? report : (struct mxq_bytes){NULL, 0};
        doc->json_len = head + mime.n + tail + doc->parts[3].n;
    }
    yajl_gen_free(g);
    return own != NULL;
}

/* The MIME as the contents of a JSON string, made once per message into
 * the set's buffer: base64, or the text escaped as yajl escapes it. */
static bool shared_mime(struct mxq_document_set *set,
                        const struct mxq_transaction *tx, bool base64,
                        struct mxq_bytes *out)
{
    if (base64) {
        if (!mxq_base64_append(&set->encoded, tx->message.data,
                               tx->message.len))
            return false;
        *out = (struct mxq_bytes){(const uint8_t *)set->encoded.data,
                                  set->encoded.len};
        return true;
    }
    if (!mxq_json_string_append(&set->encoded, tx->message.data,
                                tx->message.len))
        return false;
    *out = (struct mxq_bytes){(const uint8_t *)set->encoded.data,
                              set->encoded.len};
    return true;
}

/* Whether any recipient is local: only their documents say what a
 * report is, and only then is one looked for. */
static bool any_local(const struct mxq_transaction *tx)
{
    for (uint32_t i = 0; i < tx->rcpt_count; i++)
        if (tx->rcpts[i].local)
            return true;
    return false;
}

/* The `report` member of the local recipients' documents, with the
 * document's closing brace, in set->report; empty when the message is no
 * report. False when out of memory. */
static bool shared_report(struct mxq_document_set *set,
                          const struct mxq_transaction *tx,
                          const struct mxq_document_context *ctx,
                          struct mxq_bytes *out)
{
    struct mxq_buffer object = {0};
    *out = (struct mxq_bytes){NULL, 0};
    if (ctx->reports_queue == NULL || ctx->reports_queue[0] == '\0' ||
        ctx->refused != NULL || !any_local(tx))
        return true;
    enum mxq_report_found found =
        mxq_report_find(tx->message.data, tx->message.len,
                        tx->env.sender[0] == '\0', &object);
    bool ok = found != MXQ_REPORT_FOUND_NO_MEMORY;
    if (found == MXQ_REPORT_FOUND)
        ok = mxq_buffer_append_str(&set->report, ",\"report\":") &&
             mxq_buffer_append(&set->report, object.data, object.len) &&
             mxq_buffer_append(&set->report, "}", 1);
    mxq_buffer_free(&object);
    if (ok && set->report.len > 0)
        *out = (struct mxq_bytes){(const uint8_t *)set->report.data,
                                  set->report.len};
    return ok;
}

/* The fields added at the top of the MIME, as the contents of a JSON
 * string (base64 when the MIME is): tops[1] for the recipients that get
 * Authentication-Results (smtp-auth-results), tops[0] for the others;
 * both with the X-Spam-* fields when spamassassin-header asks for them.
 * Each is NUL-terminated, or empty (data NULL). */
static bool top_fields(struct mxq_buffer tops[2],
                       const struct mxq_document_context *ctx, bool base64)
{
    struct mxq_buffer spam = {0}, results = {0};
    const struct mxq_checks *checks = ctx->checks;
    /* base64: each padded to whole 3-octet groups, so that their base64
     * joins the message's */
    bool ok = checks == NULL ||
              ((!ctx->auth_results ||
                mxq_auth_results_append(&results, ctx->hostname, checks,
                                        base64)) &&
               (!ctx->spam_header ||
                mxq_spam_header_append(&spam, checks, base64)));
    for (int i = 0; ok && i < 2; i++) {
        struct mxq_buffer plain = {0};
        ok = (i == 0 || results.len == 0 ||
              mxq_buffer_append(&plain, results.data, results.len)) &&
             (spam.len == 0 ||
              mxq_buffer_append(&plain, spam.data, spam.len));
        if (ok && plain.len > 0)
            ok = (base64 ? mxq_base64_append(&tops[i], plain.data, plain.len)
                         : mxq_buffer_append(&tops[i], plain.data,
                                             plain.len)) &&
                 mxq_buffer_append(&tops[i], "", 1);
        mxq_buffer_free(&plain);
    }
    mxq_buffer_free(&spam);
    mxq_buffer_free(&results);
    return ok;
}

bool mxq_documents_build(struct mxq_document_set *set,
                         const struct mxq_transaction *tx,
                         const struct mxq_document_context *ctx)
{
    bool base64 = !mxq_utf8_valid(tx->message.data, tx->message.len);
    char received[MXQ_JSON_TIME_SIZE];
    struct mxq_bytes mime = {NULL, 0}, report = {NULL, 0};
    struct mxq_buffer tops[2] = {{0}, {0}};

    mxq_documents_free(set);
    bool ok = shared_mime(set, tx, base64, &mime) &&
              shared_report(set, tx, ctx, &report) &&
              mxq_budget_take(set->budget, mime.n + report.n) &&
              top_fields(tops, ctx, base64);
    const char *top[2] = {tops[0].data ? tops[0].data : "",
                          tops[1].data ? tops[1].data : ""};
    if (ok)
        set->charged = mime.n + report.n;
    mxq_format_json_time(tx->received_at, received);

    set->docs = ok ? calloc(tx->rcpt_count, sizeof *set->docs) : NULL;
    ok = set->docs != NULL;
    for (uint32_t i = 0; ok && i < tx->rcpt_count; i++) {
        ok = build_one(tx, ctx, &tx->rcpts[i], received, mime, base64,
                       top, report, &set->docs[i]);
        if (ok)
            set->count = i + 1;
        size_t own = ok ? set->docs[i].parts[0].n + set->docs[i].parts[2].n
                        : 0;
        if (ok && (ok = mxq_budget_take(set->budget, own)))
            set->charged += own;
    }
    mxq_buffer_free(&tops[0]);
    mxq_buffer_free(&tops[1]);
    if (!ok)
        mxq_documents_free(set);
    return ok;
}

void mxq_documents_free(struct mxq_document_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        free((void *)set->docs[i].parts[0].p);
    free(set->docs);
    set->docs = NULL;
    set->count = 0;
    mxq_buffer_free(&set->encoded);
    mxq_buffer_free(&set->report);
    mxq_budget_give(set->budget, set->charged);
    set->charged = 0;
}

void mxq_document_join(const struct mxq_document *d, uint8_t *out)
{
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++) {
        if (d->parts[i].n > 0)
            memcpy(out, d->parts[i].p, d->parts[i].n);
        out += d->parts[i].n;
    }
}
