/*
 * What the broker sends back on a publisher's connection.
 *
 * Delivery tags on a confirm channel are 1, 2, 3, ... in publish order, so
 * the unconfirmed publishes are a ring indexed by tag - first_tag. Acks may
 * cover many tags (multiple=true) and come in any order; resolved entries
 * leave the ring from its front. A unit (one message: all its documents)
 * is reported once every document it published is resolved: ok only when
 * all were acked and none was returned. A nack, or a close, ends the
 * connection (amqp_connection.c says what happens then).
 */
#include "amqp_publisher_int.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <amqp_framing.h>

/* ------------------------------------------------------------ the ring */

struct pending *mxqd_amqp_ring_at(struct publisher *p, size_t i)
{
    return &p->ring[(p->ring_start + i) % p->ring_cap];
}

bool mxqd_amqp_ring_grow(struct publisher *p)
{
    size_t cap = p->ring_cap ? p->ring_cap * 2 : 256;
    struct pending *ring = malloc(cap * sizeof *ring);

    if (ring == NULL)
        return false;
    for (size_t i = 0; i < p->ring_len; i++)
        ring[i] = *mxqd_amqp_ring_at(p, i);
    free(p->ring);
    p->ring = ring;
    p->ring_cap = cap;
    p->ring_start = 0;
    return true;
}

static void ring_pop_resolved(struct publisher *p)
{
    while (p->ring_len > 0 && mxqd_amqp_ring_at(p, 0)->unit == NULL) {
        p->ring_start = (p->ring_start + 1) % p->ring_cap;
        p->ring_len--;
        p->first_tag++;
    }
}

/* The publisher thread's count, copied where mxqd_amqp_stats() reads. */
void mxqd_amqp_set_unconfirmed(struct publisher *p, size_t n)
{
    p->unconfirmed = n;
    atomic_store_explicit(&p->unconfirmed_now, n, memory_order_relaxed);
}

/* The broker acked this publish. */
static void ack_entry(struct publisher *p, struct pending *e)
{
    struct unit *u = e->unit;

    if (u == NULL)
        return;
    e->unit = NULL;
    mxqd_amqp_set_unconfirmed(p, p->unconfirmed - 1);
    atomic_fetch_add(&p->acked, 1);
    mxqd_amqp_resolve_docs(p, u, 1, true);
}

/* basic.ack for `tag` (and every tag before it: multiple). */
static void confirm(struct publisher *p, uint64_t tag, bool multiple)
{
    if (tag < p->first_tag || p->ring_len == 0)
        return; /* resolved before (a repeated multiple ack) */
    uint64_t last = tag - p->first_tag;
    if (last >= p->ring_len) {
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: confirm for "
                 "unknown delivery tag %llu", p->index,
                 (unsigned long long)tag);
        if (!multiple)
            return;
        last = p->ring_len - 1;
    }
    for (uint64_t i = multiple ? 0 : last; i <= last; i++)
        ack_entry(p, mxqd_amqp_ring_at(p, (size_t)i));
    ring_pop_resolved(p);
}

/* A returned publish (unroutable): its unit fails. The broker sends the
 * return before the ack of the same publish, so the entry is still here. */
static void mark_returned(struct publisher *p, amqp_bytes_t message_id)
{
    for (size_t i = 0; i < p->ring_len; i++) {
        struct pending *e = mxqd_amqp_ring_at(p, i);
        if (e->unit == NULL)
            continue;
        const char *id = e->unit->docs[e->doc].message_id;
        if (strlen(id) == message_id.len &&
            memcmp(id, message_id.bytes, message_id.len) == 0)
            e->unit->failed = true;
    }
}

/* ------------------------------------------------------------ frames */

/* Handles one frame from the broker. Returns 0, or -1 with why filled
 * when the connection must end. */
static int on_frame(struct publisher *p, const amqp_frame_t *f, char *why,
                    size_t whylen)
{
    if (f->frame_type != AMQP_FRAME_METHOD)
        return 0;
    switch (f->payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        const amqp_basic_ack_t *m = f->payload.method.decoded;
        confirm(p, m->delivery_tag, m->multiple);
        p->nack_pause_ms = 0;
        return 0;
    }
    case AMQP_BASIC_NACK_METHOD: {
        /* A quorum queue nacks while it has no leader, and a channel
         * opened in that moment may go on nacking after the election:
         * nothing fails here, the connection is renewed after a pause and
         * what it had not confirmed is published again. */
        const amqp_basic_nack_t *m = f->payload.method.decoded;
        atomic_fetch_add(&p->nacks, 1);
        p->nacked = true;
        snprintf(why, whylen, "broker refused delivery tag %llu%s (nack)",
                 (unsigned long long)m->delivery_tag,
                 m->multiple ? " and before" : "");
        return -1;
    }
    case AMQP_BASIC_RETURN_METHOD: {
        const amqp_basic_return_t *m = f->payload.method.decoded;
        amqp_message_t msg;
        char text[128];
        snprintf(text, sizeof text, "%u %.*s, routing key %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes,
                 (int)m->routing_key.len,
                 (const char *)m->routing_key.bytes);
        amqp_rpc_reply_t r = amqp_read_message(p->conn, f->channel, &msg, 0);
        if (r.reply_type != AMQP_RESPONSE_NORMAL) {
            mxqd_amqp_describe_reply(r, why, whylen);
            return -1;
        }
        atomic_fetch_add(&p->returns, 1);
        if (msg.properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG) {
            mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: message %.*s "
                     "returned: %s", p->index,
                     (int)msg.properties.message_id.len,
                     (const char *)msg.properties.message_id.bytes, text);
            mark_returned(p, msg.properties.message_id);
        }
        amqp_destroy_message(&msg);
        return 0;
    }
    case AMQP_CHANNEL_CLOSE_METHOD: {
        const amqp_channel_close_t *m = f->payload.method.decoded;
        amqp_channel_close_ok_t ok = { 0 };
        snprintf(why, whylen, "broker closed the channel: %u %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes);
        amqp_send_method(p->conn, f->channel, AMQP_CHANNEL_CLOSE_OK_METHOD,
                         &ok);
        return -1;
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        const amqp_connection_close_t *m = f->payload.method.decoded;
        amqp_connection_close_ok_t ok = { 0 };
        snprintf(why, whylen, "broker closed the connection: %u %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes);
        amqp_send_method(p->conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
        return -1;
    }
    case AMQP_CONNECTION_BLOCKED_METHOD: {
        const amqp_connection_blocked_t *m = f->payload.method.decoded;
        atomic_store(&p->blocked, true);
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: broker blocks "
                 "publishing: %.*s", p->index, (int)m->reason.len,
                 (const char *)m->reason.bytes);
        return 0;
    }
    case AMQP_CONNECTION_UNBLOCKED_METHOD:
        atomic_store(&p->blocked, false);
        mxqd_log(MXQD_LOG_INFO, "rabbitmq: publisher %u: broker unblocked",
                 p->index);
        return 0;
    default:
        return 0;
    }
}

/* Takes every frame that can be had without waiting. */
int mxqd_amqp_read_frames(struct publisher *p, char *why, size_t whylen)
{
    for (;;) {
        struct timeval zero = { 0, 0 };
        amqp_frame_t f;
        int status = amqp_simple_wait_frame_noblock(p->conn, &f, &zero);
        if (status == AMQP_STATUS_TIMEOUT)
            break;
        if (status != AMQP_STATUS_OK) {
            snprintf(why, whylen, "%s", amqp_error_string2(status));
            return -1;
        }
        if (on_frame(p, &f, why, whylen) < 0)
            return -1;
    }
    amqp_maybe_release_buffers(p->conn);
    return 0;
}
