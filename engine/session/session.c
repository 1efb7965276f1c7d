/*
 * Session lifecycle and the input loop: framing of command lines, hand-off
 * to the command table or to the message data, the input held while the
 * session waits, output, requests and their answers. Every sequencing rule
 * an adapter would otherwise keep is here, in settle().
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
    cfg->max_pending_input = 64 * 1024;
    cfg->max_auth_failures = 3;
    cfg->auth_failure_delay = 2;
    cfg->check_timeout = 20;
    cfg->dnsbl_timeout = 10;
    cfg->header_max_line = 8192;
    cfg->header_max_fields = 1000;
    cfg->header_max_size = 256 * 1024;
    cfg->extract = MXQ_EXTRACT_ON;
    cfg->refused_max_size = 1024 * 1024;
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
    if (s->cfg.max_pending_input < s->cfg.max_line_length)
        s->cfg.max_pending_input = s->cfg.max_line_length;
    s->conn = *conn;
    s->tls = conn->secure;
    s->tls_version = conn->tls_version;
    s->tls_cipher = conn->tls_cipher;
    s->last_activity = now;
    s->state = ST_CONNECTED;
    session_reply(s, MXQ_R_GREETING, s->cfg.hostname);
    mxq_protection_start(s, now);
    session_settle(s, now);
    return s;
}

static void free_pending(mxq_session *s)
{
    free(s->pending.helo);
    s->pending.helo = NULL;
    mxq_envelope_free(&s->pending.mail);
    mxq_recipient_free(&s->pending.rcpt);
}

void mxq_session_free(mxq_session *s)
{
    if (s == NULL)
        return;
    mxq_transaction_reset(&s->tx);
    mxq_documents_free(&s->docs);
    mxq_checks_reset(&s->checks);
    mxq_protection_free(&s->protection);
    mxq_requests_free(&s->requests);
    free_pending(s);
    mxq_auth_forget(&s->auth);
    free(s->user);
    mxq_buffer_free(&s->out);
    mxq_buffer_free(&s->line);
    mxq_buffer_free(&s->input);
    free(s->helo);
    free(s);
}

/* ------------------------------------------------------------ replies */

/* A reply that cannot be queued (out of memory) would leave the client
 * waiting for it forever: the session gives up instead. */
static void reply_lost(mxq_session *s)
{
    session_end_transaction(s);
    s->state = ST_CLOSING;
}

void session_reply(mxq_session *s, enum mxq_reply r, const char *arg)
{
    if (s->conn.counters != NULL)
        s->conn.counters->replies[r]++;
    if (!mxq_reply_line(&s->out, r, arg, false))
        reply_lost(s);
}

void session_reply_more(mxq_session *s, enum mxq_reply r, const char *arg)
{
    if (!mxq_reply_line(&s->out, r, arg, true))
        reply_lost(s);
}

void session_close(mxq_session *s, enum mxq_reply r)
{
    if (s->state == ST_CLOSING)
        return;
    session_reply(s, r, s->cfg.hostname);
    session_end_transaction(s);
    mxq_auth_forget(&s->auth);
    s->state = ST_CLOSING;
}

void session_reply_error(mxq_session *s, enum mxq_reply r, const char *arg)
{
    session_reply(s, r, arg);
    s->stats.errors++;
    if (s->cfg.max_errors && s->stats.errors >= s->cfg.max_errors)
        session_close(s, MXQ_R_TOO_MANY_ERRORS);
}

void session_end_transaction(mxq_session *s)
{
    mxq_transaction_reset(&s->tx);
    mxq_documents_free(&s->docs);
    session_drop_checks(s);
}

/* The checks' lookups, not the blocklists' (those are the session's). */
static void drop_check_lookups(mxq_session *s)
{
    uint32_t ids[MXQ_CHECK_LOOKUPS_MAX];
    size_t n = mxq_checks_outstanding(&s->checks, ids, MXQ_CHECK_LOOKUPS_MAX);
    for (size_t i = 0; i < n; i++)
        mxq_requests_drop_id(&s->requests, ids[i]);
}

/* The checks that still wait are temperror, their lookups forgotten. */
static void expire_checks(mxq_session *s)
{
    drop_check_lookups(s);
    mxq_checks_expire(&s->checks);
}

/* Answers to the checks' lookups are of no use now. */
void session_drop_checks(mxq_session *s)
{
    drop_check_lookups(s);
    mxq_checks_reset(&s->checks);
}

/* ---------------------------------------------------------- the input */

/* A complete line, LF included: parsed from where it lies when it came in
 * one piece, from the line buffer when it came in several. */
static void handle_line(mxq_session *s, const char *p, size_t n)
{
    if (s->line_too_long || n > s->cfg.max_line_length) {
        s->line_too_long = false;
        if (s->state == ST_AUTH) {
            mxq_auth_forget(&s->auth);
            s->state = s->auth.resume;
        }
        session_reply_error(s, MXQ_R_LINE_TOO_LONG, NULL);
        return;
    }
    if (s->state == ST_AUTH)
        mxq_auth_response(s, p, n);
    else
        session_command(s, p, n);
}

/* Reads one command line, or the piece of one that is there. */
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

static bool in_command_state(const mxq_session *s)
{
    switch (s->state) {
    case ST_CONNECTED:
    case ST_GREETED:
    case ST_MAIL:
    case ST_RCPT:
    case ST_AUTH:
        return true;
    default:
        return false;
    }
}

/* The session waits for an answer (or for its output to drain) and acts
 * on no input meanwhile. */
static bool waiting(const mxq_session *s)
{
    switch (s->state) {
    case ST_COMMAND_WAIT:
    case ST_CHECKING:
    case ST_STORING:
    case ST_AUTH_CHECK:
    case ST_AUTH_DELAY:
        return true;
    default:
        return in_command_state(s) &&
               s->out.len > s->cfg.max_pending_output; /* not reading */
    }
}

/* Acts on data[0..len) as far as the session can go now; returns the
 * octets used. */
static size_t process(mxq_session *s, const uint8_t *data, size_t len)
{
    size_t done = 0;

    while (done < len && !waiting(s)) {
        switch (s->state) {
        case ST_CLOSING:
        case ST_TLS_FLUSH:
        case ST_TLS_WAIT:
            /* After QUIT, 421 or STARTTLS nothing the client already sent
             * in plaintext is ever acted on (CVE-2011-0411 class). */
            return len;
        case ST_DATA:
            done += session_data(s, data + done, len - done);
            break;
        case ST_CHUNK:
            done += session_chunk(s, data + done, len - done);
            break;
        default:
            if (s->stopping)
                return done; /* settle() ends the session */
            done += feed_commands(s, data + done, len - done);
            break;
        }
    }
    return done;
}

/* Goes on with the held input, then applies the sequencing rules: the
 * 421 at shutdown, the EOF once all input before it is done, the TLS and
 * close requests once the output before them has been sent. */
void session_settle(mxq_session *s, int64_t now)
{
    for (int round = 0; round < 2; round++) {
        if (s->stopping && in_command_state(s))
            session_close(s, MXQ_R_SHUTDOWN);
        if (s->input.len > 0 && !waiting(s)) {
            size_t used = process(s, (const uint8_t *)s->input.data,
                                  s->input.len);
            mxq_buffer_consume(&s->input, used);
        }
        /* What is held after QUIT, 421 or STARTTLS is never acted on. */
        if (s->state == ST_CLOSING || s->state == ST_TLS_FLUSH ||
            s->state == ST_TLS_WAIT || s->input.len == 0)
            mxq_buffer_free(&s->input);
    }
    if (s->eof && s->input.len == 0 && !waiting(s) &&
        s->state != ST_CLOSING) {
        session_end_transaction(s);
        mxq_auth_forget(&s->auth);
        s->state = ST_CLOSING;
    }
    if (s->state == ST_TLS_FLUSH && s->out.len == 0) {
        struct mxq_request r = {.kind = MXQ_REQUEST_STARTTLS};
        s->tls_request = mxq_requests_add(&s->requests, &r);
        s->state = ST_TLS_WAIT;
        if (s->tls_request == 0) /* out of memory */
            s->state = ST_CLOSING;
    }
    if (s->state == ST_CLOSING && !s->close_requested) {
        if (s->closing_since == 0)
            s->closing_since = now;
        if (s->out.len == 0 && s->store_request == 0) {
            struct mxq_request r = {.kind = MXQ_REQUEST_CLOSE};
            s->close_requested = mxq_requests_add(&s->requests, &r) != 0;
        }
    }
}

size_t mxq_session_input_room(const mxq_session *s)
{
    switch (s->state) {
    case ST_CLOSING:
    case ST_TLS_FLUSH:
    case ST_TLS_WAIT:
        return 0;
    default:
        break;
    }
    if (s->eof || s->out.len > s->cfg.max_pending_output)
        return 0;
    return s->input.len < s->cfg.max_pending_input
               ? s->cfg.max_pending_input - s->input.len
               : 0;
}

size_t mxq_session_feed(mxq_session *s, const uint8_t *data, size_t len,
                        int64_t now)
{
    size_t used = 0;

    if (len == 0)
        return 0;
    s->last_activity = now;
    if (s->state == ST_CLOSING || s->state == ST_TLS_FLUSH ||
        s->state == ST_TLS_WAIT)
        return len; /* dropped, see process() */
    if (s->input.len == 0 && !waiting(s))
        used = process(s, data, len); /* in place: no copy */
    if (used < len && s->state != ST_CLOSING && s->state != ST_TLS_FLUSH &&
        s->state != ST_TLS_WAIT) {
        size_t room = s->input.len < s->cfg.max_pending_input
                          ? s->cfg.max_pending_input - s->input.len
                          : 0;
        size_t keep = len - used < room ? len - used : room;
        if (!mxq_buffer_append(&s->input, data + used, keep)) {
            session_close(s, MXQ_R_OUT_OF_MEMORY);
            keep = len - used;
        }
        used += keep;
    } else {
        used = len;
    }
    session_settle(s, now);
    return used;
}

void mxq_session_eof(mxq_session *s, int64_t now)
{
    s->eof = true;
    /* A credentials check is moot now; a store goes on. */
    if (s->state == ST_AUTH_CHECK || s->state == ST_AUTH_DELAY) {
        mxq_requests_drop(&s->requests, MXQ_REQUEST_AUTH);
        mxq_auth_forget(&s->auth);
        s->state = ST_CLOSING;
    }
    if (s->state == ST_TLS_FLUSH || s->state == ST_TLS_WAIT) {
        mxq_requests_drop(&s->requests, MXQ_REQUEST_STARTTLS);
        s->state = ST_CLOSING;
    }
    /* The client will not read the answer to the command that waits. */
    if (s->state == ST_COMMAND_WAIT) {
        session_end_transaction(s);
        s->state = ST_CLOSING;
    }
    /* Not stored yet: the client saw no 250 and will send it again. */
    if (s->state == ST_CHECKING) {
        s->stats.messages_refused++;
        session_end_transaction(s);
        s->state = ST_CLOSING;
    }
    session_settle(s, now);
}

/* ---------------------------------------------------------- time */

void mxq_session_tick(mxq_session *s, int64_t now)
{
    /* A MAIL the lists held up goes on (or is refused): that is all this
     * tick does, so that a refusal is not taken for an unread reply. */
    if (mxq_protection_expire(s, now)) {
        session_settle(s, now);
        return;
    }
    if (s->state == ST_AUTH_DELAY && now >= s->auth.fail_at) {
        s->last_activity = now;
        mxq_auth_fail_due(s);
    } else if (s->state == ST_CHECKING) {
        if (now >= s->checks_deadline) {
            expire_checks(s);
            session_store_message(s);
        }
    } else if (s->state == ST_CLOSING || s->state == ST_TLS_FLUSH) {
        /* A client that does not read its last reply is given up on. */
        int64_t since = s->state == ST_CLOSING ? s->closing_since
                                               : s->last_activity;
        if (!s->close_requested && s->store_request == 0 &&
            s->cfg.timeout && now - since >= (int64_t)s->cfg.timeout) {
            mxq_buffer_free(&s->out);
            s->state = ST_CLOSING;
        }
    } else if (!waiting(s) && s->state != ST_TLS_WAIT && s->cfg.timeout &&
               now - s->last_activity >= (int64_t)s->cfg.timeout) {
        /* Waiting on the adapter is no idleness of the client's; during
         * a TLS handshake the adapter has its own timeout. */
        session_close(s, MXQ_R_TIMEOUT);
    }
    session_settle(s, now);
}

bool mxq_session_shutdown(mxq_session *s, int64_t now)
{
    s->stopping = true;
    session_settle(s, now);
    return s->state == ST_CLOSING;
}

int64_t mxq_session_next_deadline(const mxq_session *s)
{
    if (s->state == ST_AUTH_DELAY)
        return s->auth.fail_at;
    if (s->state == ST_CHECKING)
        return s->checks_deadline;
    if (s->state == ST_COMMAND_WAIT)
        return s->protection.deadline;
    if (s->cfg.timeout == 0 || s->close_requested ||
        s->state == ST_STORING || s->state == ST_AUTH_CHECK ||
        s->state == ST_TLS_WAIT)
        return INT64_MAX;
    if (s->state == ST_CLOSING)
        return s->closing_since + (int64_t)s->cfg.timeout;
    return s->last_activity + (int64_t)s->cfg.timeout;
}

/* ---------------------------------------------------------- output */

const uint8_t *mxq_session_output(const mxq_session *s, size_t *len)
{
    *len = s->out.len;
    return (const uint8_t *)s->out.data;
}

void mxq_session_output_done(mxq_session *s, size_t sent, int64_t now)
{
    mxq_buffer_consume(&s->out, sent);
    if (s->out.len == 0)
        mxq_buffer_free(&s->out); /* idle sessions hold no buffer */
    session_settle(s, now);
}

/* ---------------------------------------------------------- requests */

const struct mxq_request *mxq_session_requests(mxq_session *s,
                                               size_t *count)
{
    return mxq_requests_take(&s->requests, count);
}

void session_request_lookups(mxq_session *s)
{
    struct mxq_check_lookup ask;
    uint32_t *id;

    const uint8_t *head;
    size_t head_len;
    if ((id = mxq_checks_next_scan(&s->checks, &head, &head_len)) != NULL) {
        struct mxq_request r = {.kind = MXQ_REQUEST_SPAM_SCAN};
        r.u.spam.head = head;
        r.u.spam.head_len = head_len;
        r.u.spam.message = (const uint8_t *)s->tx.message.data;
        r.u.spam.message_len = s->tx.message.len;
        *id = mxq_requests_add(&s->requests, &r);
        if (*id == 0) {
            expire_checks(s);
            return;
        }
    }
    while ((id = mxq_checks_next_lookup(&s->checks, &ask)) != NULL) {
        struct mxq_request r = {.kind = MXQ_REQUEST_RESOLVE};
        r.u.resolve.name = ask.name;
        r.u.resolve.type = ask.type;
        *id = mxq_requests_add(&s->requests, &r);
        if (*id == 0) {
            /* No room: the checks cannot finish, they are temperror. */
            expire_checks(s);
            return;
        }
    }
}

void mxq_session_scanned(mxq_session *s, uint32_t id, bool ok,
                         const uint8_t *reply, size_t n, int64_t now)
{
    if (!mxq_requests_answer(&s->requests, id, MXQ_REQUEST_SPAM_SCAN))
        return;
    if (!mxq_checks_scanned(&s->checks, id, ok, reply, n))
        return;
    if (s->state == ST_CHECKING && !mxq_checks_waiting(&s->checks)) {
        s->last_activity = now;
        session_store_message(s);
    }
    session_settle(s, now);
}

void mxq_session_resolved(mxq_session *s, uint32_t id,
                          enum mxq_dns_rcode rcode,
                          const struct mxq_dns_record *records, size_t n,
                          uint32_t ttl, int64_t now)
{
    (void)ttl; /* caching is the adapter's */
    if (!mxq_requests_answer(&s->requests, id, MXQ_REQUEST_RESOLVE))
        return;
    if (mxq_protection_answer(s, id, rcode, records, n)) {
        session_settle(s, now);
        return;
    }
    if (!mxq_checks_answer(&s->checks, id, rcode, records, n))
        return;
    session_request_lookups(s);
    if (s->state == ST_CHECKING && !mxq_checks_waiting(&s->checks)) {
        s->last_activity = now;
        session_store_message(s);
    }
    session_settle(s, now);
}

/* The 250 that names each recipient's identifier. */
static void reply_queued(mxq_session *s)
{
    char line[600];
    session_reply_more(s, MXQ_R_QUEUED_FIRST, NULL);
    for (uint32_t i = 0; i < s->tx.rcpt_count; i++) {
        const struct mxq_recipient *r = &s->tx.rcpts[i];
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
}

void mxq_session_stored(mxq_session *s, uint32_t id, bool ok, int64_t now)
{
    if (!mxq_requests_answer(&s->requests, id, MXQ_REQUEST_STORE))
        return;
    s->store_request = 0;
    s->last_activity = now;
    if (s->refused.pending) {
        session_refused_stored(s, ok);
    } else if (ok) {
        reply_queued(s);
        s->stats.messages_accepted++;
    } else {
        session_reply(s, MXQ_R_STORE_FAILED, NULL);
        s->stats.messages_refused++;
    }
    session_end_transaction(s);
    if (s->state == ST_STORING)
        s->state = ST_GREETED;
    session_settle(s, now);
}

void mxq_session_tls_started(mxq_session *s, uint32_t id,
                             const char *version, const char *cipher,
                             int64_t now)
{
    if (s->state != ST_TLS_WAIT ||
        !mxq_requests_answer(&s->requests, id, MXQ_REQUEST_STARTTLS))
        return;
    s->tls_request = 0;
    s->last_activity = now;
    s->tls = true;
    s->tls_version = version;
    s->tls_cipher = cipher;
    /* RFC 3207 §4.2: forget everything learnt before TLS. */
    free(s->helo);
    s->helo = NULL;
    s->extended = false;
    mxq_auth_forget(&s->auth);
    free(s->user);
    s->user = NULL;
    session_end_transaction(s);
    mxq_buffer_free(&s->line);
    mxq_buffer_free(&s->input);
    s->line_too_long = false;
    s->state = ST_CONNECTED;
    session_settle(s, now);
}

const char *mxq_session_user(const mxq_session *s)
{
    return s->user;
}

void mxq_session_stats(const mxq_session *s, struct mxq_session_stats *out)
{
    *out = s->stats;
}
