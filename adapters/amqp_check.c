/*
 * The publisher's configuration, checked: its defaults, limits and names
 * (nothing connects) at every mxqd_amqp_start and --check-config; then,
 * for --check-config only, against every broker of the address list.
 */
#include "amqp_publisher_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <amqp_framing.h>

#define DEFAULT_THROTTLE 100
#define DEFAULT_CONFIRM_TIMEOUT_MS 30000
#define DEFAULT_CONNECT_TIMEOUT_MS 5000
#define DEFAULT_HEARTBEAT_S 10
#define DEFAULT_BACKOFF_MIN_MS 100
#define DEFAULT_BACKOFF_MAX_MS 5000

/* ------------------------------------------------------------ at start */

static void apply_defaults(struct mxqd_amqp_config *c)
{
    if (c->throttle == 0)
        c->throttle = DEFAULT_THROTTLE;
    if (c->publishers == 0)
        c->publishers = 1;
    if (c->workers == 0)
        c->workers = 1;
    if (c->confirm_timeout_ms == 0)
        c->confirm_timeout_ms = DEFAULT_CONFIRM_TIMEOUT_MS;
    if (c->connect_timeout_ms == 0)
        c->connect_timeout_ms = DEFAULT_CONNECT_TIMEOUT_MS;
    if (c->heartbeat_s == 0)
        c->heartbeat_s = DEFAULT_HEARTBEAT_S;
    if (c->backoff_min_ms == 0)
        c->backoff_min_ms = DEFAULT_BACKOFF_MIN_MS;
    if (c->backoff_max_ms < c->backoff_min_ms)
        c->backoff_max_ms = c->backoff_min_ms > DEFAULT_BACKOFF_MAX_MS
                                ? c->backoff_min_ms : DEFAULT_BACKOFF_MAX_MS;
}

static bool copy_name(char *dst, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n > NAME_MAX_LEN)
        return false;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
    return true;
}

/* Checks cfg and fills the parts of a that do not need threads. */
int mxqd_amqp_configure(struct mxqd_amqp *a,
                        const struct mxqd_amqp_config *cfg, char *err,
                        size_t errlen)
{
    a->cfg = *cfg;
    apply_defaults(&a->cfg);
    if (cfg->address == NULL ||
        mxqd_amqp_uri_parse_list(cfg->address, a->uris, MXQD_AMQP_MAX_URIS,
                                 &a->uri_count, err, errlen) < 0) {
        if (cfg->address == NULL)
            snprintf(err, errlen, "rabbitmq-address is empty");
        return -1;
    }
    a->cfg.address = NULL; /* not kept: the URIs hold what is needed */
    if (!copy_name(a->exchange, cfg->exchange)) {
        snprintf(err, errlen, "rabbitmq-exchange: longer than %d bytes",
                 NAME_MAX_LEN);
        return -1;
    }
    a->cfg.exchange = a->exchange;
    for (size_t i = 0; i < 4; i++) {
        const char *q = cfg->queues[i];
        bool seen = false;
        if (q == NULL || q[0] == '\0')
            continue;
        for (size_t j = 0; j < a->queue_count; j++)
            seen |= strcmp(a->queues[j], q) == 0;
        if (seen)
            continue;
        if (!copy_name(a->queues[a->queue_count], q)) {
            snprintf(err, errlen, "queue name longer than %d bytes",
                     NAME_MAX_LEN);
            return -1;
        }
        a->queue_count++;
    }
    for (size_t i = 0; i < 4; i++)
        a->cfg.queues[i] = i < a->queue_count ? a->queues[i] : NULL;
    if (a->cfg.queue_type == MXQD_AMQP_QUORUM &&
        (a->cfg.lazy || a->cfg.max_priority > 0 || !a->cfg.durable)) {
        snprintf(err, errlen, "rabbitmq-queue-type quorum: quorum queues are "
                 "durable and know neither rabbitmq-lazy nor "
                 "rabbitmq-maxpriority");
        return -1;
    }
    if (a->cfg.max_priority > 255) {
        snprintf(err, errlen, "rabbitmq-maxpriority: at most 255");
        return -1;
    }
    if (a->cfg.publishers > MXQD_AMQP_MAX_PUBLISHERS) {
        snprintf(err, errlen, "rabbitmq-publishers: at most %d",
                 MXQD_AMQP_MAX_PUBLISHERS);
        return -1;
    }
    if (a->cfg.workers > MXQD_AMQP_MAX_WORKERS) {
        snprintf(err, errlen, "rabbitmq: at most %d worker threads",
                 MXQD_AMQP_MAX_WORKERS);
        return -1;
    }
    /* Last: nothing after it may fail (the callers free a alone). The
     * CA file is read now, not at each connect. */
    bool tls = false;
    for (size_t i = 0; i < a->uri_count; i++)
        tls |= a->uris[i].tls;
    if (tls) {
        a->tls = mxqd_amqp_tls_new(cfg->tls_no_verify, cfg->tls_ca_file, err,
                                   errlen);
        if (a->tls == NULL)
            return -1;
    }
    a->cfg.tls_ca_file = NULL; /* not kept: read into a->tls */
    return 0;
}

/* ------------------------------------------------------------ --check-config */

static const char *server_version(amqp_connection_state_t conn, char *buf,
                                  size_t len)
{
    const amqp_table_t *t = amqp_get_server_properties(conn);

    snprintf(buf, len, "unknown version");
    for (int i = 0; t != NULL && i < t->num_entries; i++) {
        const amqp_table_entry_t *e = &t->entries[i];
        if (e->key.len == 7 && memcmp(e->key.bytes, "version", 7) == 0 &&
            e->value.kind == AMQP_FIELD_KIND_UTF8)
            snprintf(buf, len, "%.*s", (int)e->value.value.bytes.len,
                     (const char *)e->value.value.bytes.bytes);
    }
    return buf;
}

/* A passive declare on its own channel: a missing queue or exchange
 * closes the channel, not the connection. */
static void check_one(amqp_connection_state_t conn, amqp_channel_t ch,
                      const char *kind, const char *name, bool will_declare,
                      int fd)
{
    amqp_rpc_reply_t r;
    char text[256];

    amqp_channel_open(conn, ch);
    r = amqp_get_rpc_reply(conn);
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        mxqd_amqp_describe_reply(r, text, sizeof text);
        dprintf(fd, "#   %s %s: cannot look: %s\n", kind, name, text);
        return;
    }
    if (strcmp(kind, "queue") == 0) {
        amqp_queue_declare_ok_t *ok = amqp_queue_declare(
            conn, ch, amqp_cstring_bytes(name), 1, 0, 0, 0, amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (ok != NULL) {
            dprintf(fd, "#   queue %s: exists, %u messages, %u consumers\n",
                    name, ok->message_count, ok->consumer_count);
            amqp_channel_close(conn, ch, AMQP_REPLY_SUCCESS);
            return;
        }
    } else {
        amqp_exchange_declare(conn, ch, amqp_cstring_bytes(name),
                              amqp_cstring_bytes("direct"), 1, 0, 0, 0,
                              amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (r.reply_type == AMQP_RESPONSE_NORMAL) {
            dprintf(fd, "#   exchange %s: exists\n", name);
            amqp_channel_close(conn, ch, AMQP_REPLY_SUCCESS);
            return;
        }
    }
    mxqd_amqp_describe_reply(r, text, sizeof text);
    if (r.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION &&
        r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        amqp_channel_close_ok_t ok = { 0 };
        amqp_send_method(conn, ch, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
    }
    dprintf(fd, "#   %s %s: %s (%s)\n", kind, name,
            will_declare ? "not there yet, declared at start" : "MISSING",
            text);
}

int mxqd_amqp_check(const struct mxqd_amqp_config *cfg, int fd)
{
    struct mxqd_amqp *a = calloc(1, sizeof *a);
    char err[512];
    int reachable = 0;

    if (a == NULL)
        return -1;
    if (mxqd_amqp_configure(a, cfg, err, sizeof err) < 0) {
        dprintf(fd, "# rabbitmq: %s\n", err);
        free(a);
        return -2;
    }
    for (size_t i = 0; i < a->uri_count; i++) {
        const struct mxqd_amqp_uri *uri = &a->uris[i];
        char why[512] = "", version[64];
        amqp_connection_state_t conn = mxqd_amqp_open_connection(
            a, uri, "mxqd --check-config", why, sizeof why);
        if (conn == NULL) {
            dprintf(fd, "# rabbitmq %s: NOT REACHABLE: %s\n", uri->shown, why);
            continue;
        }
        reachable++;
        dprintf(fd, "# rabbitmq %s: connected (RabbitMQ %s), publisher "
                "confirms on\n", uri->shown,
                server_version(conn, version, sizeof version));
        amqp_channel_t ch = CHANNEL + 1;
        if (a->exchange[0] != '\0')
            check_one(conn, ch++, "exchange", a->exchange, a->cfg.declare, fd);
        for (size_t q = 0; q < a->queue_count; q++)
            check_one(conn, ch++, "queue", a->queues[q], a->cfg.declare,
                      fd);
        amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
        amqp_destroy_connection(conn);
    }
    mxqd_amqp_tls_free(a->tls);
    free(a);
    return reachable > 0 ? 0 : -1;
}
