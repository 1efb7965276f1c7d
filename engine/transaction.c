/*
 * A mail transaction: its envelope, and the message as it arrives through
 * DATA (dot-stuffed, grammar/data.rl) or BDAT chunks (RFC 3030), up to the
 * request to store it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil_time.h"
#include "session.h"

void transaction_reset(mxq_session *s)
{
    struct transaction *tx = &s->tx;
    for (uint32_t i = 0; i < tx->rcpt_count; i++) {
        free(tx->rcpts[i].mailbox);
        free(tx->rcpts[i].orcpt);
    }
    free(tx->rcpts);
    free(tx->sender);
    free(tx->envid);
    mxq_buffer_free(&tx->message);
    memset(tx, 0, sizeof *tx);
}

/* RFC 3848 / RFC 6531 protocol names for the "with" clause. */
static const char *with_protocol(const mxq_session *s)
{
    static const char *const names[2][2][2] = {
        {{"ESMTP", "ESMTPA"}, {"ESMTPS", "ESMTPSA"}},
        {{"UTF8SMTP", "UTF8SMTPA"}, {"UTF8SMTPS", "UTF8SMTPSA"}}};
    if (!s->extended)
        return s->tls ? "SMTPS" : "SMTP";
    return names[s->tx.smtputf8][s->tls][s->user != NULL];
}

/* The trace header of RFC 5321 §4.4, first in the message. The client's
 * HELO name went through the command grammar: printable ASCII, no CR/LF. */
static bool write_received(mxq_session *s, int64_t now)
{
    struct transaction *tx = &s->tx;
    char date[MXQ_RFC5322_TIME_SIZE];
    char head[1024];
    const char *ip = s->conn.remote_ip ? s->conn.remote_ip : "unknown";
    bool v6 = strchr(ip, ':') != NULL;

    mxq_format_rfc5322_time(now, date);
    int n = snprintf(head, sizeof head,
                     "Received: from %.255s ([%s%s])\r\n"
                     "\tby %.255s (mxq) with %s id %s",
                     s->helo ? s->helo : "unknown", v6 ? "IPv6:" : "", ip,
                     s->cfg.hostname, with_protocol(s),
                     tx->rcpts[0].message_id);
    if (n < 0 || (size_t)n >= sizeof head)
        return false;
    if (!mxq_buffer_append(&tx->message, head, (size_t)n))
        return false;
    /* "for" only with a single recipient: others stay private. */
    if (tx->rcpt_count == 1) {
        if (!mxq_buffer_append_str(&tx->message, "\r\n\tfor <") ||
            !mxq_buffer_append_str(&tx->message, tx->rcpts[0].mailbox) ||
            !mxq_buffer_append_str(&tx->message, ">"))
            return false;
    }
    return mxq_buffer_append_str(&tx->message, "; ") &&
           mxq_buffer_append_str(&tx->message, date) &&
           mxq_buffer_append_str(&tx->message, "\r\n");
}

bool transaction_start_message(mxq_session *s, int64_t now)
{
    struct transaction *tx = &s->tx;
    for (uint32_t i = 0; i < tx->rcpt_count; i++)
        mxq_next_message_id(s->cfg.ids, tx->rcpts[i].message_id);
    tx->received_at = now;
    tx->started = true;
    tx->content_size = 0;
    tx->oversize = false;
    mxq_data_init(&tx->scan);
    return write_received(s, now);
}

static void append_content(void *ctx, const char *p, size_t n)
{
    mxq_session *s = ctx;
    struct transaction *tx = &s->tx;
    tx->content_size += n;
    if (tx->oversize)
        return;
    /* Nothing past the limit is kept in memory. */
    if (tx->content_size > s->cfg.max_message_size ||
        !mxq_buffer_append(&tx->message, p, n)) {
        tx->oversize = true;
        mxq_buffer_free(&tx->message);
    }
}

/* The whole message is in: refuse it, or ask for it to be stored. */
static void finish_message(mxq_session *s, int64_t now)
{
    struct transaction *tx = &s->tx;
    enum mxq_reply refusal = MXQ_R_COUNT;

    if (tx->scan.bare_cr || tx->scan.bare_lf)
        refusal = MXQ_R_BARE_LINE_ENDING;
    else if (tx->content_size > s->cfg.max_message_size)
        refusal = MXQ_R_SIZE_EXCEEDED;
    else if (tx->oversize)
        refusal = MXQ_R_OUT_OF_MEMORY;
    if (refusal == MXQ_R_COUNT) {
        tx->received_at = now;
        if (documents_build(s)) {
            s->state = ST_STORING;
            s->wants |= MXQ_WANT_STORE;
            return;
        }
        refusal = MXQ_R_OUT_OF_MEMORY;
    }
    s->stats.messages_refused++;
    transaction_reset(s);
    s->state = ST_GREETED;
    if (mxq_reply_code(refusal) >= 500)
        session_reply_error(s, refusal, NULL);
    else
        session_reply(s, refusal, NULL);
}

size_t transaction_data(mxq_session *s, const uint8_t *p, size_t n,
                        int64_t now)
{
    bool done = false;
    size_t used = mxq_data_scan(&s->tx.scan, (const char *)p, n,
                                append_content, s, &done);
    if (done)
        finish_message(s, now);
    return used;
}

void transaction_begin_chunk(mxq_session *s, uint64_t size, bool last,
                             bool discard)
{
    struct transaction *tx = &s->tx;
    /* A refusal that ended the session (too many errors) reads no more. */
    if (s->state == ST_CLOSING)
        return;
    if (!discard && !tx->chunking) {
        tx->chunking = true;
        mxq_lines_init(&tx->scan);
    }
    tx->chunk_discard = discard;
    if (discard)
        s->resume_state = s->state;
    tx->chunk_last = last;
    tx->chunk_left = size;
    s->state = ST_CHUNK;
    if (size == 0)
        (void)transaction_chunk(s, NULL, 0, s->last_activity);
}

/* The end of a chunk: 250 for each one, the store after the LAST. */
static void finish_chunk(mxq_session *s, int64_t now)
{
    struct transaction *tx = &s->tx;

    if (tx->chunk_discard) {
        /* The refusal was already sent for the BDAT command. */
        s->state = s->resume_state;
        tx->chunk_discard = false;
        return;
    }
    /* Line endings matter unless the body is declared binary. */
    bool binary = tx->body == MXQ_BODY_BINARYMIME;
    if (tx->chunk_last) {
        if (!binary)
            mxq_lines_finish(&tx->scan);
        else
            tx->scan.bare_cr = tx->scan.bare_lf = false;
        finish_message(s, now);
        return;
    }
    if (!binary && (tx->scan.bare_cr || tx->scan.bare_lf)) {
        finish_message(s, now); /* refuses, and ends the transaction */
        return;
    }
    if (tx->content_size > s->cfg.max_message_size) {
        finish_message(s, now);
        return;
    }
    char count[24];
    snprintf(count, sizeof count, "%" PRIu64, tx->content_size);
    s->state = ST_RCPT;
    session_reply(s, MXQ_R_CHUNK_OK, count);
}

size_t transaction_chunk(mxq_session *s, const uint8_t *p, size_t n,
                         int64_t now)
{
    struct transaction *tx = &s->tx;
    size_t take = n < tx->chunk_left ? n : (size_t)tx->chunk_left;

    if (!tx->chunk_discard && take > 0) {
        if (tx->body != MXQ_BODY_BINARYMIME)
            mxq_lines_check(&tx->scan, (const char *)p, take);
        append_content(s, (const char *)p, take);
    }
    tx->chunk_left -= take;
    if (tx->chunk_left == 0)
        finish_chunk(s, now);
    return take;
}
