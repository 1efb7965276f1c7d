/*
 * A publisher's connection: connect, log in, open the confirm channel and
 * declare; and when the connection is lost, or the broker nacks (a quorum
 * queue without a leader), the units it had not confirmed are published
 * again, whole, on the next one (the next address of the list), as long as
 * their deadline allows.
 */
#include "amqp_publisher_int.h"
#include "log.h"

#include <stdarg.h>
#include <stdio.h>

#include <amqp_framing.h>

#define FRAME_MAX 131072
#define FAIL_LOG_INTERVAL_MS 10000

static struct timeval ms_to_timeval(uint32_t ms)
{
    struct timeval tv = { .tv_sec = ms / 1000,
                          .tv_usec = (suseconds_t)(ms % 1000) * 1000 };
    return tv;
}

void mxqd_amqp_describe_reply(amqp_rpc_reply_t r, char *buf, size_t len)
{
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        snprintf(buf, len, "ok");
        return;
    case AMQP_RESPONSE_NONE:
        snprintf(buf, len, "no reply");
        return;
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        snprintf(buf, len, "%s", amqp_error_string2(r.library_error));
        return;
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *c = r.reply.decoded;
            snprintf(buf, len, "broker closed the connection: %u %.*s",
                     c->reply_code, (int)c->reply_text.len,
                     (const char *)c->reply_text.bytes);
        } else if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *c = r.reply.decoded;
            snprintf(buf, len, "broker closed the channel: %u %.*s",
                     c->reply_code, (int)c->reply_text.len,
                     (const char *)c->reply_text.bytes);
        } else {
            snprintf(buf, len, "unexpected broker method 0x%08x",
                     (unsigned)r.reply.id);
        }
        return;
    }
    snprintf(buf, len, "unknown reply");
}

/* True when r is not a normal reply; then why holds "<what>: <reply>",
 * what formatted from fmt. One place for every RPC step's failure text. */
static bool rpc_failed(amqp_rpc_reply_t r, char *why, size_t whylen,
                       const char *fmt, ...)
{
    if (r.reply_type == AMQP_RESPONSE_NORMAL)
        return false;
    char what[192], text[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    mxqd_amqp_describe_reply(r, text, sizeof text);
    snprintf(why, whylen, "%s: %s", what, text);
    return true;
}

/* Connects, logs in and opens the confirm channel. NULL with why filled. */
amqp_connection_state_t mxqd_amqp_open_connection(
    const struct mxqd_amqp *a, const struct mxqd_amqp_uri *uri,
    const char *name, char *why, size_t whylen)
{
    const struct mxqd_amqp_config *cfg = &a->cfg;
    amqp_connection_state_t conn = amqp_new_connection();
    struct timeval tv = ms_to_timeval(cfg->connect_timeout_ms);
    amqp_rpc_reply_t r;

    if (conn == NULL) {
        snprintf(why, whylen, "out of memory");
        return NULL;
    }
    if (mxqd_amqp_socket_open(a->tls, conn, uri, &tv, why, whylen) < 0)
        goto fail;
    amqp_set_handshake_timeout(conn, &tv);
    amqp_set_rpc_timeout(conn, &tv);

    /* connection.blocked lets the broker say it stopped reading (memory
     * or disk alarm) instead of leaving publishes hanging silently. */
    amqp_table_entry_t caps[1] = {
        { .key = amqp_cstring_bytes("connection.blocked"),
          .value = { .kind = AMQP_FIELD_KIND_BOOLEAN,
                     .value.boolean = 1 } },
    };
    amqp_table_entry_t props[2] = {
        { .key = amqp_cstring_bytes("connection_name"),
          .value = { .kind = AMQP_FIELD_KIND_UTF8,
                     .value.bytes = amqp_cstring_bytes(name) } },
        { .key = amqp_cstring_bytes("capabilities"),
          .value = { .kind = AMQP_FIELD_KIND_TABLE,
                     .value.table = { .num_entries = 1, .entries = caps } } },
    };
    amqp_table_t properties = { .num_entries = 2, .entries = props };
    r = amqp_login_with_properties(conn, uri->vhost, 0, FRAME_MAX,
                                   (int)cfg->heartbeat_s, &properties,
                                   AMQP_SASL_METHOD_PLAIN, uri->user,
                                   uri->password);
    if (rpc_failed(r, why, whylen, "login"))
        goto fail;
    amqp_channel_open(conn, CHANNEL);
    r = amqp_get_rpc_reply(conn);
    if (rpc_failed(r, why, whylen, "channel.open"))
        goto fail;
    amqp_confirm_select(conn, CHANNEL);
    r = amqp_get_rpc_reply(conn);
    if (rpc_failed(r, why, whylen, "confirm.select"))
        goto fail;
    return conn;
fail:
    amqp_destroy_connection(conn);
    return NULL;
}

/* Queue arguments from the settings. */
static amqp_table_t queue_arguments(const struct mxqd_amqp_config *cfg,
                                    amqp_table_entry_t *entries)
{
    int n = 0;

    if (cfg->lazy) {
        entries[n].key = amqp_cstring_bytes("x-queue-mode");
        entries[n].value.kind = AMQP_FIELD_KIND_UTF8;
        entries[n].value.value.bytes = amqp_cstring_bytes("lazy");
        n++;
    }
    if (cfg->max_priority > 0) {
        entries[n].key = amqp_cstring_bytes("x-max-priority");
        entries[n].value.kind = AMQP_FIELD_KIND_I32;
        entries[n].value.value.i32 = (int32_t)cfg->max_priority;
        n++;
    }
    /* Classic is the broker's default; naming it would clash with queues
     * declared before without the argument on some broker versions. */
    if (cfg->queue_type == MXQD_AMQP_QUORUM) {
        entries[n].key = amqp_cstring_bytes("x-queue-type");
        entries[n].value.kind = AMQP_FIELD_KIND_UTF8;
        entries[n].value.value.bytes = amqp_cstring_bytes("quorum");
        n++;
    }
    amqp_table_t t = { .num_entries = n, .entries = n ? entries : NULL };
    return t;
}

/* Declares (or, with rabbitmq-declare off, looks for) the queues and the
 * exchange. Returns 0, or -1 with why filled. */
static int declare_all(struct mxqd_amqp *a, amqp_connection_state_t conn,
                       char *why, size_t whylen)
{
    const struct mxqd_amqp_config *cfg = &a->cfg;
    bool passive = !cfg->declare;
    amqp_table_entry_t entries[3];
    amqp_table_t args = queue_arguments(cfg, entries);
    amqp_rpc_reply_t r;

    if (a->exchange[0] != '\0') {
        amqp_exchange_declare(conn, CHANNEL, amqp_cstring_bytes(a->exchange),
                              amqp_cstring_bytes("direct"), passive,
                              cfg->durable, 0, 0, amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "exchange %.64s", a->exchange))
            return -1;
    }
    /* With an exchange and no declaring, the routing keys need not be
     * queue names of this broker: only the exchange is looked for. */
    if (passive && a->exchange[0] != '\0')
        return 0;
    for (size_t i = 0; i < a->queue_count; i++) {
        amqp_queue_declare(conn, CHANNEL, amqp_cstring_bytes(a->queues[i]),
                           passive, cfg->durable, 0, 0,
                           passive ? amqp_empty_table : args);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "queue %.64s", a->queues[i]))
            return -1;
        if (passive || a->exchange[0] == '\0')
            continue;
        amqp_queue_bind(conn, CHANNEL, amqp_cstring_bytes(a->queues[i]),
                        amqp_cstring_bytes(a->exchange),
                        amqp_cstring_bytes(a->queues[i]), amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "bind %.64s to %.64s", a->queues[i],
                       a->exchange))
            return -1;
    }
    return 0;
}

/* One connection attempt to the next address of the list. */
int mxqd_amqp_connect_next(struct publisher *p)
{
    struct mxqd_amqp *a = p->a;
    const struct mxqd_amqp_uri *uri = &a->uris[p->uri];
    char why[512] = "", name[64];

    snprintf(name, sizeof name, "mxqd %s publisher %u", MXQ_VERSION,
             p->index);
    amqp_connection_state_t conn = mxqd_amqp_open_connection(
        a, uri, name, why, sizeof why);
    if (conn != NULL && declare_all(a, conn, why, sizeof why) < 0) {
        amqp_destroy_connection(conn);
        conn = NULL;
    }
    if (conn == NULL) {
        int64_t now = now_ms();
        if (now - p->last_fail_log >= FAIL_LOG_INTERVAL_MS) {
            p->last_fail_log = now;
            mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: %s: %s",
                     p->index, uri->shown, why);
        }
        p->uri = (p->uri + 1) % a->uri_count;
        return -1;
    }
    /* Publishing needs no more RPCs; heartbeats watch the link now. */
    amqp_set_rpc_timeout(conn, NULL);
    p->conn = conn;
    atomic_store(&p->blocked, false);
    p->first_tag = 1;
    p->ring_start = 0;
    p->ring_len = 0;
    mxqd_amqp_set_unconfirmed(p, 0);
    p->backoff_ms = a->cfg.backoff_min_ms;
    p->last_fail_log = 0;
    pthread_mutex_lock(&p->lock);
    p->sock = amqp_get_sockfd(conn);
    atomic_store(&p->ready, true);
    pthread_mutex_unlock(&p->lock);
    atomic_fetch_add(&p->connects, 1);
    mxqd_log(MXQD_LOG_INFO, "rabbitmq: publisher %u connected to %s",
             p->index, uri->shown);
    return 0;
}


/* The units published on the lost connection and not confirmed, in
 * publish order, each once: to be published again, whole (its documents
 * that were acked too, so the broker may hold those twice). A unit
 * already failed (a document returned) or past its deadline fails now.
 * Returns how many failed; the others are chained from *first. */
static size_t take_unconfirmed(struct publisher *p, int64_t now,
                               struct unit **first, size_t *again)
{
    struct unit **end = first, *last = NULL;
    size_t failed = 0;

    *first = NULL;
    *again = 0;
    for (size_t i = 0; i < p->ring_len; i++) {
        struct pending *e = mxqd_amqp_ring_at(p, i);
        struct unit *u = e->unit;
        if (u == NULL)
            continue;
        e->unit = NULL;
        mxqd_amqp_set_unconfirmed(p, p->unconfirmed - 1);
        if (u == last)
            continue; /* a unit's documents are published one after another */
        last = u;
        if (u->failed || u->deadline <= now) {
            /* Its other documents in the ring are skipped above, and
             * those never published are counted in unresolved too. */
            failed++;
            mxqd_amqp_resolve_docs(p, u, u->unresolved, false);
            continue;
        }
        u->unresolved = u->count;
        u->next = NULL;
        *end = u;
        end = &u->next;
        (*again)++;
    }
    p->ring_len = 0;
    return failed;
}

/* Ends the connection. Unless mxqd is stopping, what was not confirmed on
 * it goes back to the front of the queue, to be published again on the
 * next connection (the next address, rabbitmq-address) until its
 * deadline (rabbitmq-confirm-timeout after its submission); the queue
 * waits for that connection too. While there is none the publisher takes
 * no new units. When stopping, everything fails. */
void mxqd_amqp_drop_connection(struct publisher *p, const char *why)
{
    bool stopping = atomic_load(&p->a->stopping);
    int64_t now = now_ms();
    struct unit *again = NULL, *queue = NULL;
    size_t again_units = 0, failed_units;

    pthread_mutex_lock(&p->lock);
    atomic_store(&p->ready, false);
    p->sock = -1;
    if (stopping) {
        queue = p->head;
        p->head = p->tail = NULL;
        p->queued = 0;
    }
    pthread_mutex_unlock(&p->lock);

    failed_units = take_unconfirmed(p, now, &again, &again_units);
    if (stopping) {
        /* Nothing waits for a next connection: all of it fails. */
        for (struct unit *u = again, *next; u != NULL; u = next) {
            next = u->next;
            mxqd_amqp_resolve_docs(p, u, u->unresolved, false);
        }
        failed_units += again_units;
        again_units = 0;
        for (struct unit *u = queue, *next; u != NULL; u = next) {
            next = u->next;
            failed_units++;
            mxqd_amqp_resolve_docs(p, u, u->unresolved, false);
        }
    } else if (again != NULL) {
        struct unit *tail = again;
        while (tail->next != NULL)
            tail = tail->next;
        pthread_mutex_lock(&p->lock);
        tail->next = p->head;
        if (p->head == NULL)
            p->tail = tail;
        p->head = again;
        p->queued += again_units;
        pthread_mutex_unlock(&p->lock);
    }
    if (p->conn != NULL) {
        amqp_destroy_connection(p->conn);
        p->conn = NULL;
    }
    if (!stopping) {
        atomic_fetch_add(&p->losses, 1);
        /* The next attempt goes to the next address: the lost one may be
         * down for a while (a connect to it can take its timeout). */
        size_t lost = p->uri;
        p->uri = (p->uri + 1) % p->a->uri_count;
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: connection to "
                 "%s ended (%s); %zu messages to publish again on the next "
                 "connection, %zu failed", p->index,
                 p->a->uris[lost].shown, why, again_units, failed_units);
    }
}
