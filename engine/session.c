/*
 * Session lifecycle and the input loop: framing of command lines, hand-off
 * to the command table or to the message data, output and requests.
 */
#include "session.h"

#include <stdlib.h>
#include <string.h>

void mxq_config_defaults(struct mxq_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->inbox_queue = "inbox";
    cfg->address_mode = MXQ_ADDRESS_STRICT;
    cfg->dsn_advertise = true;
    cfg->max_message_size = 100u * 1024 * 1024;
    cfg->max_line_length = 2048;
    cfg->max_recipients = 1000;
    cfg->max_errors = 20;
    cfg->timeout = 300;
    cfg->max_pending_output = 64 * 1024;
    cfg->max_auth_failures = 3;
}

mxq_session *mxq_session_new(const struct mxq_config *cfg,
                             const struct mxq_connection *conn, int64_t now)
{
    if (cfg->ids == NULL)
        return NULL;
    mxq_session *s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    s->cfg = *cfg;
    if (s->cfg.hostname == NULL)
        s->cfg.hostname = "localhost";
    if (s->cfg.inbox_queue == NULL)
        s->cfg.inbox_queue = "inbox";
    s->conn = *conn;
    s->tls = conn->secure;
    s->tls_version = conn->tls_version;
    s->tls_cipher = conn->tls_cipher;
    s->last_activity = now;
    s->state = ST_CONNECTED;
    session_reply(s, MXQ_R_GREETING, s->cfg.hostname);
    return s;
}

void mxq_session_free(mxq_session *s)
{
    if (s == NULL)
        return;
    transaction_reset(s);
    documents_free(s);
    auth_forget(s);
    free(s->user);
    mxq_buffer_free(&s->out);
    mxq_buffer_free(&s->line);
    free(s->helo);
    free(s);
}

void session_reply(mxq_session *s, enum mxq_reply r, const char *arg)
{
    mxq_reply_line(&s->out, r, arg, false);
}

void session_reply_more(mxq_session *s, enum mxq_reply r, const char *arg)
{
    mxq_reply_line(&s->out, r, arg, true);
}

void session_close(mxq_session *s, enum mxq_reply r)
{
    session_reply(s, r, s->cfg.hostname);
    transaction_reset(s);
    s->state = ST_CLOSING;
    s->wants = MXQ_WANT_CLOSE;
}

void session_reply_error(mxq_session *s, enum mxq_reply r, const char *arg)
{
    session_reply(s, r, arg);
    s->stats.errors++;
    if (s->cfg.max_errors && s->stats.errors >= s->cfg.max_errors)
        session_close(s, MXQ_R_TOO_MANY_ERRORS);
}

/* A complete line, LF included: parsed from where it lies when it came in
 * one piece, from the line buffer when it came in several. */
static void handle_line(mxq_session *s, const char *p, size_t n)
{
    if (s->line_too_long || n > s->cfg.max_line_length) {
        s->line_too_long = false;
        if (s->state == ST_AUTH) {
            auth_forget(s);
            s->state = s->auth_resume;
        }
        session_reply_error(s, MXQ_R_LINE_TOO_LONG, NULL);
        return;
    }
    if (s->state == ST_AUTH)
        auth_response(s, p, n);
    else
        session_command(s, p, n);
}

/* Reads command lines until the state leaves command mode. */
static size_t feed_commands(mxq_session *s, const uint8_t *data, size_t len)
{
    const char *p = (const char *)data;
    size_t n = mxq_line_length(p, len);

    if (n == 0) {
        /* No LF yet: keep the piece, or only remember that it is too long. */
        if (!s->line_too_long &&
            s->line.len + len <= s->cfg.max_line_length) {
            if (!mxq_buffer_append(&s->line, p, len))
                session_close(s, MXQ_R_OUT_OF_MEMORY);
        } else {
            s->line_too_long = true;
            mxq_buffer_free(&s->line);
        }
        return len;
    }
    if (s->line.len == 0) {
        handle_line(s, p, n);
    } else if (s->line.len + n <= s->cfg.max_line_length) {
        if (mxq_buffer_append(&s->line, p, n))
            handle_line(s, s->line.data, s->line.len);
        else
            session_close(s, MXQ_R_OUT_OF_MEMORY);
        mxq_buffer_free(&s->line);
    } else {
        mxq_buffer_free(&s->line);
        s->line_too_long = true;
        handle_line(s, NULL, 0);
    }
    return n;
}

size_t mxq_session_feed(mxq_session *s, const uint8_t *data, size_t len,
                        int64_t now)
{
    size_t done = 0;

    if (len > 0)
        s->last_activity = now;
    while (done < len) {
        size_t used;
        switch (s->state) {
        case ST_CLOSING:
        case ST_TLS_WAIT:
            /* After QUIT, 421 or STARTTLS nothing the client already sent
             * in plaintext is ever acted on (CVE-2011-0411 class). */
            return len;
        case ST_STORING:
        case ST_AUTH_CHECK:
            return done;
        case ST_DATA:
            used = transaction_data(s, data + done, len - done, now);
            break;
        case ST_CHUNK:
            used = transaction_chunk(s, data + done, len - done, now);
            break;
        default:
            if (s->stopping) {
                session_close(s, MXQ_R_SHUTDOWN);
                return len;
            }
            if (s->out.len > s->cfg.max_pending_output)
                return done; /* the client is not reading its replies */
            used = feed_commands(s, data + done, len - done);
            break;
        }
        done += used;
    }
    return done;
}

void mxq_session_eof(mxq_session *s, int64_t now)
{
    (void)now;
    if (s->state == ST_STORING) {
        /* The store goes on; its outcome just cannot be told. */
        s->wants |= MXQ_WANT_CLOSE;
        return;
    }
    transaction_reset(s);
    s->state = ST_CLOSING;
    s->wants = MXQ_WANT_CLOSE;
}

void mxq_session_tick(mxq_session *s, int64_t now)
{
    /* Waiting on the adapter is no idleness of the client's; during a TLS
     * handshake the adapter has its own timeout, and no plaintext reply
     * may follow the go-ahead. */
    if (s->state == ST_CLOSING || s->state == ST_STORING ||
        s->state == ST_AUTH_CHECK || s->state == ST_TLS_WAIT ||
        s->cfg.timeout == 0)
        return;
    if (now - s->last_activity >= (int64_t)s->cfg.timeout)
        session_close(s, MXQ_R_TIMEOUT);
}

bool mxq_session_shutdown(mxq_session *s)
{
    s->stopping = true;
    switch (s->state) {
    case ST_DATA:
    case ST_CHUNK:
    case ST_STORING:
    case ST_AUTH_CHECK:
    case ST_TLS_WAIT: /* no plaintext reply may follow the TLS go-ahead */
        return false;
    case ST_CLOSING:
        return true;
    default:
        session_close(s, MXQ_R_SHUTDOWN);
        return true;
    }
}

int64_t mxq_session_next_deadline(const mxq_session *s)
{
    if (s->cfg.timeout == 0)
        return INT64_MAX;
    return s->last_activity + (int64_t)s->cfg.timeout;
}

const uint8_t *mxq_session_output(const mxq_session *s, size_t *len)
{
    *len = s->out.len;
    return (const uint8_t *)s->out.data;
}

void mxq_session_output_done(mxq_session *s, size_t sent)
{
    mxq_buffer_consume(&s->out, sent);
    if (s->out.len == 0)
        mxq_buffer_free(&s->out); /* idle sessions hold no buffer */
}

unsigned mxq_session_wants(const mxq_session *s)
{
    return s->wants;
}

const struct mxq_document *mxq_session_documents(const mxq_session *s,
                                                 size_t *count)
{
    *count = s->doc_count;
    return s->docs;
}

void mxq_session_store_done(mxq_session *s, bool stored, int64_t now)
{
    if (s->state != ST_STORING)
        return;
    s->wants &= ~(unsigned)MXQ_WANT_STORE;
    s->last_activity = now;
    if (stored) {
        char line[600];
        session_reply_more(s, MXQ_R_QUEUED_FIRST, NULL);
        for (uint32_t i = 0; i < s->tx.rcpt_count; i++) {
            const struct recipient *r = &s->tx.rcpts[i];
            size_t room = sizeof line - 1;
            size_t idlen = strlen(r->message_id);
            size_t mlen = strlen(r->mailbox);
            if (idlen + 5 + mlen > room)
                mlen = room - idlen - 5;
            memcpy(line, r->message_id, idlen);
            memcpy(line + idlen, " for ", 5);
            memcpy(line + idlen + 5, r->mailbox, mlen);
            line[idlen + 5 + mlen] = '\0';
            if (i + 1 < s->tx.rcpt_count)
                session_reply_more(s, MXQ_R_QUEUED_ID, line);
            else
                session_reply(s, MXQ_R_QUEUED_ID, line);
        }
        s->stats.messages_accepted++;
    } else {
        session_reply(s, MXQ_R_STORE_FAILED, NULL);
        s->stats.messages_refused++;
    }
    documents_free(s);
    transaction_reset(s);
    s->state = ST_GREETED;
    if (s->wants & MXQ_WANT_CLOSE)
        s->state = ST_CLOSING;
    else if (s->stopping)
        session_close(s, MXQ_R_SHUTDOWN);
}

void mxq_session_tls_started(mxq_session *s, const char *version,
                             const char *cipher, int64_t now)
{
    if (s->state != ST_TLS_WAIT)
        return;
    s->wants &= ~(unsigned)MXQ_WANT_STARTTLS;
    s->last_activity = now;
    s->tls = true;
    s->tls_version = version;
    s->tls_cipher = cipher;
    /* RFC 3207 §4.2: forget everything learnt before TLS. */
    free(s->helo);
    s->helo = NULL;
    s->extended = false;
    auth_forget(s);
    free(s->user);
    s->user = NULL;
    transaction_reset(s);
    mxq_buffer_free(&s->line);
    s->line_too_long = false;
    s->state = ST_CONNECTED;
    if (s->stopping)
        session_close(s, MXQ_R_SHUTDOWN);
}

void mxq_session_stats(const mxq_session *s, struct mxq_session_stats *out)
{
    *out = s->stats;
}
