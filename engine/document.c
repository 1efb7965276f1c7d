/*
 * One JSON document per accepted recipient, in MailerQ's inbound schema
 * (json-incoming): message-id, received, hostname, envelope, recipient,
 * mime, connection, dsn. MIME that is not valid UTF-8 goes in base64 with
 * "mime-encoding": "base64", so nothing is lost.
 */
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_gen.h>

#include "base64.h"
#include "civil_time.h"
#include "session.h"
#include "utf8.h"

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

static void put_dsn(yajl_gen g, const struct transaction *tx,
                    const struct recipient *r)
{
    if (tx->ret == MXQ_RET_NONE && tx->envid == NULL && r->notify == 0 &&
        r->orcpt == NULL)
        return;
    put_string(g, "dsn");
    yajl_gen_map_open(g);
    if (tx->ret != MXQ_RET_NONE)
        put_key_string(g, "ret", tx->ret == MXQ_RET_FULL ? "FULL" : "HDRS");
    if (tx->envid)
        put_key_string(g, "envid", tx->envid);
    if (r->notify)
        put_notify(g, r->notify);
    if (r->orcpt)
        put_key_string(g, "orcpt", r->orcpt);
    yajl_gen_map_close(g);
}

static void put_connection(yajl_gen g, const mxq_session *s)
{
    put_string(g, "connection");
    yajl_gen_map_open(g);
    put_key_string(g, "local-ip", s->conn.local_ip ? s->conn.local_ip : "");
    put_string(g, "local-port");
    yajl_gen_integer(g, s->conn.local_port);
    put_key_string(g, "remote-ip", s->conn.remote_ip ? s->conn.remote_ip : "");
    put_string(g, "remote-port");
    yajl_gen_integer(g, s->conn.remote_port);
    put_string(g, "secure");
    yajl_gen_bool(g, s->tls);
    if (s->user)
        put_key_string(g, "user", s->user);
    /* beyond MailerQ: what protected the connection */
    if (s->tls && (s->tls_version || s->tls_cipher)) {
        put_string(g, "tls");
        yajl_gen_map_open(g);
        if (s->tls_version)
            put_key_string(g, "version", s->tls_version);
        if (s->tls_cipher)
            put_key_string(g, "cipher", s->tls_cipher);
        yajl_gen_map_close(g);
    }
    yajl_gen_map_close(g);
}

/* One document; mime is the JSON-ready MIME (text or base64). */
static bool build_one(mxq_session *s, const struct recipient *r,
                      const char *received, const struct mxq_buffer *mime,
                      bool base64, struct mxq_document *doc)
{
    const struct transaction *tx = &s->tx;
    yajl_gen g = yajl_gen_alloc(NULL);
    if (g == NULL)
        return false;

    yajl_gen_map_open(g);
    put_key_string(g, "message-id", r->message_id);
    put_key_string(g, "received", received);
    put_key_string(g, "hostname", s->cfg.hostname);
    put_key_string(g, "envelope", tx->sender);
    put_key_string(g, "recipient", r->mailbox);
    put_string(g, "mime");
    yajl_gen_string(g, (const unsigned char *)mime->data, mime->len);
    if (base64)
        put_key_string(g, "mime-encoding", "base64");
    put_connection(g, s);
    if (s->conn.ip_count > 0) {
        put_string(g, "ips");
        yajl_gen_array_open(g);
        for (size_t i = 0; i < s->conn.ip_count; i++)
            put_string(g, s->conn.ips[i]);
        yajl_gen_array_close(g);
    }
    put_dsn(g, tx, r);
    yajl_gen_map_close(g);

    const unsigned char *json;
    size_t len;
    bool ok = yajl_gen_get_buf(g, &json, &len) == yajl_gen_status_ok;
    uint8_t *copy = ok ? malloc(len) : NULL;
    if (copy != NULL) {
        memcpy(copy, json, len);
        doc->queue = r->local && s->cfg.local_queue && s->cfg.local_queue[0]
                         ? s->cfg.local_queue
                         : s->cfg.inbox_queue;
        doc->message_id = r->message_id;
        doc->json = copy;
        doc->json_len = len;
    }
    yajl_gen_free(g);
    return copy != NULL;
}

bool documents_build(mxq_session *s)
{
    struct transaction *tx = &s->tx;
    struct mxq_buffer encoded = {0};
    const struct mxq_buffer *mime = &tx->message;
    bool base64 = !mxq_utf8_valid(tx->message.data, tx->message.len);
    char received[MXQ_JSON_TIME_SIZE];

    if (base64) {
        if (!mxq_base64_append(&encoded, tx->message.data, tx->message.len)) {
            mxq_buffer_free(&encoded);
            return false;
        }
        mime = &encoded;
    }
    mxq_format_json_time(tx->received_at, received);

    documents_free(s);
    s->docs = calloc(tx->rcpt_count, sizeof *s->docs);
    bool ok = s->docs != NULL;
    for (uint32_t i = 0; ok && i < tx->rcpt_count; i++) {
        ok = build_one(s, &tx->rcpts[i], received, mime, base64, &s->docs[i]);
        if (ok)
            s->doc_count = i + 1;
    }
    mxq_buffer_free(&encoded);
    if (!ok)
        documents_free(s);
    return ok;
}

void documents_free(mxq_session *s)
{
    for (size_t i = 0; i < s->doc_count; i++)
        free((void *)s->docs[i].json);
    free(s->docs);
    s->docs = NULL;
    s->doc_count = 0;
}
