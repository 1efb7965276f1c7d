/*
 * The command table, in the spirit of OpenSMTPD's smtp_session.c: per verb
 * the states it is allowed in, a check that validates the command and
 * leaves what the verb needs in s->pending (or refuses it), and a proceed
 * step that acts on s->pending. Between the two a command may wait for
 * answers (ST_COMMAND_WAIT): MAIL waits for the blocklists of
 * smtp-protection. SPF starts at MAIL without holding it up; the end of
 * the message waits for it (ST_CHECKING). Syntax comes from
 * grammar/smtp_command.rl, addresses from grammar/address.rl; replies from
 * the table in reply.c. The message data of DATA and BDAT follows the
 * table.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "budget.h"
#include "session.h"
#include "utf8.h"

#define IN(st) (1u << (st))
#define ANY_COMMAND_STATE \
    (IN(ST_CONNECTED) | IN(ST_GREETED) | IN(ST_MAIL) | IN(ST_RCPT))

/* A check replies itself when it refuses (false). */
typedef bool check_fn(mxq_session *s, const struct mxq_command *c);
typedef void proceed_fn(mxq_session *s);

static const char *missing_step(mxq_session *s, enum mxq_verb v);

struct command_def {
    unsigned states;       /* where the verb is allowed */
    check_fn *check;       /* NULL: nothing to check */
    proceed_fn *proceed;   /* NULL: the verb only answers `answer` */
    enum mxq_reply answer;
};

/* Decoded xtext as a new string, NULL when invalid or out of memory.
 * What it decodes to goes into the JSON, so it must be text
 * (grammar/utf8.rl): printable ASCII for ENVID (RFC 3461 §4.4), UTF-8
 * for ORCPT (RFC 6533 allows UTF-8 there). */
static char *decode_xtext(struct mxq_slice x, bool utf8)
{
    char *out = malloc(x.n + 1);
    if (out == NULL)
        return NULL;
    size_t n = mxq_xtext_decode(x.p, x.n, out, x.n);
    if (n == (size_t)-1 || !mxq_text_valid(out, n, utf8)) {
        free(out);
        return NULL;
    }
    out[n] = '\0';
    return out;
}

/* ------------------------------------------------------------ HELO */

static bool check_helo(mxq_session *s, const struct mxq_command *c)
{
    free(s->pending.helo);
    s->pending.helo = mxq_copy_string(c->arg.p, c->arg.n);
    s->pending.extended = c->verb == MXQ_VERB_EHLO;
    if (s->pending.helo == NULL) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return false;
    }
    return true;
}

static void proceed_helo(mxq_session *s)
{
    free(s->helo);
    s->helo = s->pending.helo;
    s->pending.helo = NULL;
    session_end_transaction(s);
    s->extended = s->pending.extended;
    s->state = ST_GREETED;
    if (!s->extended) {
        session_reply(s, MXQ_R_HELO, s->cfg.hostname);
        return;
    }

    char size[40];
    snprintf(size, sizeof size, "SIZE %" PRIu64, s->cfg.max_message_size);
    const char *keywords[] = {
        "PIPELINING", size, "8BITMIME", "ENHANCEDSTATUSCODES", "SMTPUTF8",
        "CHUNKING", "BINARYMIME", s->cfg.dsn_advertise ? "DSN" : NULL,
        s->cfg.starttls && !s->tls ? "STARTTLS" : NULL,
        mxq_auth_offered(s) ? "AUTH PLAIN LOGIN" : NULL,
    };
    size_t count = sizeof keywords / sizeof keywords[0];
    while (count > 0 && keywords[count - 1] == NULL)
        count--;
    session_reply_more(s, MXQ_R_EHLO_FIRST, s->cfg.hostname);
    for (size_t i = 0; i < count; i++)
        if (keywords[i] != NULL) {
            if (i + 1 < count)
                session_reply_more(s, MXQ_R_HELO, keywords[i]);
            else
                session_reply(s, MXQ_R_HELO, keywords[i]);
        }
}

/* ------------------------------------------------------- MAIL, RCPT */

/* The ESMTP parameters a verb takes; the rest get 555. */
static bool params_allowed(mxq_session *s, const struct mxq_command *c,
                           unsigned allowed)
{
    if (!s->cfg.dsn_advertise)
        allowed &= ~(unsigned)(MXQ_PARAM_RET | MXQ_PARAM_ENVID |
                               MXQ_PARAM_NOTIFY | MXQ_PARAM_ORCPT);
    if (!s->extended)
        allowed = 0; /* parameters need EHLO (RFC 5321 §4.1.2) */
    unsigned extra = c->params & ~allowed;
    if (extra == 0)
        return true;
    static const char *const names[] = {"SIZE", "BODY", "SMTPUTF8", "RET",
                                        "ENVID", "NOTIFY", "ORCPT", "AUTH"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (extra & (1u << i)) {
            session_reply_error(s, MXQ_R_PARAMETER_NOT_HERE, names[i]);
            return false;
        }
    return false;
}

/* How addresses outside MAIL and RCPT (x-mq-envelope) are checked. */
static unsigned address_flags(const mxq_session *s, bool utf8)
{
    return (utf8 ? MXQ_ADDR_ALLOW_UTF8 : 0) |
           (s->cfg.address_mode == MXQ_ADDRESS_LOOSE ? MXQ_ADDR_LOOSE : 0);
}

/* Parses a MAIL or RCPT path; replies and returns false when it is not
 * acceptable. */
static bool take_path(mxq_session *s, struct mxq_slice path, unsigned flags,
                      enum mxq_reply bad, struct mxq_address *a)
{
    if (s->cfg.address_mode == MXQ_ADDRESS_LOOSE)
        flags |= MXQ_ADDR_LOOSE;
    switch (mxq_parse_path(path.p, path.n, flags, a)) {
    case MXQ_ADDR_OK:
        return true;
    case MXQ_ADDR_NON_ASCII:
        session_reply_error(s, MXQ_R_NON_ASCII_ADDRESS, NULL);
        return false;
    default:
        session_reply_error(s, bad, NULL);
        return false;
    }
}

/* MAIL's AUTH= (RFC 4954 §5) is accepted wherever AUTH is offered; the
 * identity it claims is not recorded: the JSON's user is the one this
 * session authenticated, if any. */
static bool auth_extension(const mxq_session *s)
{
    return s->cfg.auth && (s->tls || s->cfg.auth_plaintext);
}

static bool check_mail(mxq_session *s, const struct mxq_command *c)
{
    struct mxq_address a;
    unsigned allowed = MXQ_PARAM_SIZE | MXQ_PARAM_BODY | MXQ_PARAM_SMTPUTF8 |
                       MXQ_PARAM_RET | MXQ_PARAM_ENVID;
    if (auth_extension(s))
        allowed |= MXQ_PARAM_AUTH;
    if (!params_allowed(s, c, allowed))
        return false;
    bool utf8 = (c->params & MXQ_PARAM_SMTPUTF8) != 0;
    if (!take_path(s, c->path,
                   MXQ_ADDR_ALLOW_NULL | (utf8 ? MXQ_ADDR_ALLOW_UTF8 : 0),
                   MXQ_R_BAD_SENDER, &a))
        return false;
    if ((c->params & MXQ_PARAM_SIZE) && c->size > s->cfg.max_message_size) {
        session_reply_error(s, MXQ_R_SIZE_DECLARED, NULL);
        return false;
    }
    /* Not the client's error: no error count. */
    if (s->cfg.can_store != NULL && !s->cfg.can_store(s->cfg.can_store_ctx)) {
        session_reply(s, MXQ_R_STORE_UNAVAILABLE, NULL);
        return false;
    }
    if (mxq_budget_exhausted(s->cfg.memory)) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return false;
    }
    if (s->cfg.may_start_message != NULL &&
        !s->cfg.may_start_message(s->cfg.may_start_message_ctx, &s->conn)) {
        session_reply(s, MXQ_R_MESSAGE_RATE, NULL);
        return false;
    }

    struct mxq_envelope *env = &s->pending.mail;
    mxq_envelope_free(env);
    if ((c->params & MXQ_PARAM_ENVID) &&
        (env->envid = decode_xtext(c->envid, false)) == NULL) {
        session_reply_error(s, MXQ_R_SYNTAX, NULL);
        return false;
    }
    env->sender = a.is_null ? mxq_copy_string("", 0)
                            : mxq_copy_string(a.mailbox.p, a.mailbox.n);
    if (env->sender == NULL) {
        mxq_envelope_free(env);
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return false;
    }
    env->smtputf8 = utf8;
    env->body = c->body;
    env->ret = c->ret;
    return true;
}

/* SPF starts as soon as its inputs are known, so that its lookups
 * overlap with the rest of the transaction. */
static void start_checks(mxq_session *s)
{
    if (!(s->cfg.checks & MXQ_CHECK_SPF) || !s->conn.remote_addr_known)
        return;
    struct mxq_spf_input in = {
        .ip = s->conn.remote_addr, .ipv6 = s->conn.remote_ipv6,
        .sender = s->tx.env.sender, .helo = s->helo,
        .hostname = s->cfg.hostname, .now = s->last_activity};
    /* Out of memory leaves the check temperror; the mail goes on. */
    (void)mxq_checks_start_spf(&s->checks, &in);
    session_request_lookups(s);
}

static void proceed_mail(mxq_session *s)
{
    session_end_transaction(s);
    mxq_transaction_open(&s->tx, &s->pending.mail);
    s->state = ST_MAIL;
    session_reply(s, MXQ_R_SENDER_OK, NULL);
    start_checks(s);
}

/* ORCPT as the JSON shows it: the bare address for rfc822, otherwise
 * "type;address" (RFC 3461 §4.2), xtext decoded either way. */
static char *decode_orcpt(const struct mxq_command *c)
{
    char *addr = decode_xtext(c->orcpt_address, true);
    if (addr == NULL)
        return NULL;
    if (c->orcpt_rfc822)
        return addr;
    size_t tn = c->orcpt_type.n, an = strlen(addr);
    char *full = malloc(tn + 1 + an + 1);
    if (full != NULL) {
        memcpy(full, c->orcpt_type.p, tn);
        full[tn] = ';';
        memcpy(full + tn + 1, addr, an + 1);
    }
    free(addr);
    return full;
}

static bool check_rcpt(mxq_session *s, const struct mxq_command *c)
{
    struct mxq_transaction *tx = &s->tx;
    struct mxq_address a;

    if (tx->chunking) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "RCPT after BDAT");
        return false;
    }
    if (!params_allowed(s, c, MXQ_PARAM_NOTIFY | MXQ_PARAM_ORCPT))
        return false;
    if (!take_path(s, c->path,
                   MXQ_ADDR_ALLOW_POSTMASTER |
                       (tx->env.smtputf8 ? MXQ_ADDR_ALLOW_UTF8 : 0),
                   MXQ_R_BAD_RECIPIENT, &a))
        return false;
    /* The grammar's split: <postmaster> has an empty domain at its end. */
    size_t domain_at = a.is_postmaster ? a.mailbox.n
                                       : (size_t)(a.domain.p - a.mailbox.p);
    bool local = s->cfg.is_local != NULL &&
                 s->cfg.is_local(s->cfg.is_local_ctx, a.mailbox.p, a.mailbox.n,
                                 domain_at);
    if (s->cfg.auth && s->user == NULL && !local) {
        session_reply_error(s, MXQ_R_AUTH_REQUIRED, NULL);
        return false;
    }
    if (tx->rcpt_count >= s->cfg.max_recipients) {
        session_reply(s, MXQ_R_TOO_MANY_RECIPIENTS, NULL);
        return false;
    }
    struct mxq_recipient *r = &s->pending.rcpt;
    mxq_recipient_free(r);
    r->notify = c->notify;
    r->local = local;
    if ((c->params & MXQ_PARAM_ORCPT) && (r->orcpt = decode_orcpt(c)) == NULL) {
        session_reply_error(s, MXQ_R_SYNTAX, NULL);
        return false;
    }
    r->mailbox = mxq_copy_string(a.mailbox.p, a.mailbox.n);
    if (r->mailbox == NULL) {
        mxq_recipient_free(r);
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return false;
    }
    return true;
}

static void proceed_rcpt(mxq_session *s)
{
    if (!mxq_transaction_add_recipient(&s->tx, &s->pending.rcpt)) {
        mxq_recipient_free(&s->pending.rcpt);
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    s->state = ST_RCPT;
    session_reply(s, MXQ_R_RECIPIENT_OK, NULL);
}

/* ------------------------------------------------------- DATA, BDAT */

/* RFC 3848 / RFC 6531 protocol names for the "with" clause. */
static const char *with_protocol(const mxq_session *s)
{
    static const char *const names[2][2][2] = {
        {{"ESMTP", "ESMTPA"}, {"ESMTPS", "ESMTPSA"}},
        {{"UTF8SMTP", "UTF8SMTPA"}, {"UTF8SMTPS", "UTF8SMTPSA"}}};
    if (!s->extended)
        return s->tls ? "SMTPS" : "SMTP";
    return names[s->tx.env.smtputf8][s->tls][s->user != NULL];
}

static size_t no_limit_if_zero(uint32_t limit)
{
    return limit ? limit : SIZE_MAX;
}

static bool start_message(mxq_session *s, bool chunking)
{
    struct mxq_trace trace = {
        .helo = s->helo, .hostname = s->cfg.hostname,
        .remote_ip = s->conn.remote_ip, .remote_ipv6 = s->conn.remote_ipv6,
        .protocol = with_protocol(s)};
    struct mxq_header_options header = {
        .limits = {.max_line = no_limit_if_zero(s->cfg.header_max_line),
                   .max_fields = no_limit_if_zero(s->cfg.header_max_fields),
                   .max_size = no_limit_if_zero(s->cfg.header_max_size)},
        .strict = s->cfg.header_strict,
        .extract = s->cfg.extract,
        .authenticated = s->user != NULL,
        .address_flags = address_flags(s, s->tx.env.smtputf8),
        .authserv_id = s->cfg.hostname,
        .drop_spam_markup =
            s->cfg.spam_header && (s->cfg.checks & MXQ_CHECK_SPAM) != 0};
    return mxq_transaction_start_message(&s->tx, s->cfg.ids, s->cfg.memory,
                                         &trace, &header,
                                         s->cfg.max_message_size, chunking,
                                         s->last_activity);
}

static bool check_data(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    if (s->tx.chunking) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "DATA after BDAT");
        return false;
    }
    if (s->tx.env.body == MXQ_BODY_BINARYMIME) {
        session_reply_error(s, MXQ_R_BINARY_NEEDS_BDAT, NULL);
        return false;
    }
    return true;
}

static void proceed_data(mxq_session *s)
{
    if (!start_message(s, false)) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    s->state = ST_DATA;
    session_reply(s, MXQ_R_START_DATA, NULL);
}

/* The next size octets are a chunk: read, and dropped when discard. */
static void begin_chunk(mxq_session *s, uint64_t size, bool last,
                        bool discard)
{
    /* A refusal that ended the session (too many errors) reads no more. */
    if (s->state == ST_CLOSING)
        return;
    s->chunk.discard = discard;
    if (discard)
        s->chunk.resume = s->state;
    s->chunk.last = last;
    s->chunk.left = size;
    s->state = ST_CHUNK;
    if (size == 0)
        (void)session_chunk(s, NULL, 0);
}

/* BDAT's octets follow the command whatever we answer, so even a refused
 * chunk is read and dropped (RFC 3030 §4). */
static bool check_bdat(mxq_session *s, const struct mxq_command *c)
{
    if (s->state != ST_RCPT) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE,
                            missing_step(s, MXQ_VERB_DATA));
        begin_chunk(s, c->chunk_size, c->last, true);
        return false;
    }
    if (!s->tx.chunking && !start_message(s, true)) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        begin_chunk(s, c->chunk_size, c->last, true);
        return false;
    }
    s->pending.chunk_size = c->chunk_size;
    s->pending.chunk_last = c->last;
    return true;
}

static void proceed_bdat(mxq_session *s)
{
    begin_chunk(s, s->pending.chunk_size, s->pending.chunk_last, false);
}

/* Refuses the message, after keeping it in the refused queue where it
 * may be: the transaction is over. */
static void refuse_message(mxq_session *s, enum mxq_reply refusal,
                           const char *arg, bool checked)
{
    if (session_keep_refused(s, refusal, arg, checked))
        return;
    s->stats.messages_refused++;
    if (mxq_reply_code(refusal) >= 500)
        session_reply_error(s, refusal, arg);
    else
        session_reply(s, refusal, arg);
    /* after the reply: arg may live in the transaction */
    session_end_transaction(s);
    if (s->state != ST_CLOSING)
        s->state = ST_GREETED;
}

void session_store_message(mxq_session *s)
{
    const char *why = NULL;
    enum mxq_reply refusal =
        s->cfg.checks ? mxq_checks_refusal(&s->checks, s->cfg.check_reject,
                                           &why)
                      : MXQ_R_COUNT;
    if (s->cfg.checks && s->conn.counters != NULL)
        mxq_checks_count(&s->checks, s->conn.counters->checks);
    if (refusal != MXQ_R_COUNT) {
        refuse_message(s, refusal, why, true);
        return;
    }
    if (!session_request_store(s, NULL))
        refuse_message(s, MXQ_R_OUT_OF_MEMORY, NULL, false);
}

bool session_request_store(mxq_session *s,
                           const struct mxq_refusal_record *refused)
{
    struct mxq_document_context ctx = {
        .hostname = s->cfg.hostname, .inbox_queue = s->cfg.inbox_queue,
        .local_queue = s->cfg.local_queue,
        .reports_queue = s->cfg.reports_queue, .conn = &s->conn,
        .secure = s->tls, .tls_version = s->tls_version,
        .tls_cipher = s->tls_cipher, .user = s->user,
        /* a message refused before its checks has none to show */
        .checks = s->cfg.checks && (refused == NULL || s->refused.checked)
                      ? &s->checks : NULL,
        .auth_results = s->cfg.auth_results,
        .spam_header = s->cfg.spam_header,
        .dsn_notify = s->cfg.dsn_notify, .dsn_ret = s->cfg.dsn_ret,
        .refused = refused, .refused_queue = s->cfg.refused_queue};
    s->docs.budget = s->cfg.memory;
    if (!mxq_documents_build(&s->docs, &s->tx, &ctx))
        return false;
    mxq_transaction_drop_content(&s->tx);
    struct mxq_request r = {.kind = MXQ_REQUEST_STORE};
    r.u.store.documents = s->docs.docs;
    r.u.store.count = s->docs.count;
    r.u.store.ignored_fields = s->tx.header.ignored;
    r.u.store.refused = refused != NULL;
    s->store_request = mxq_requests_add(&s->requests, &r);
    if (s->store_request == 0) {
        mxq_documents_free(&s->docs);
        return false;
    }
    s->state = ST_STORING;
    return true;
}

/* DMARC's pct= roll, 0..99: the engine has no randomness of its own,
 * the message's identifier (random to an outsider) stands in for it. */
static unsigned pct_roll(const struct mxq_transaction *tx)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    const char *id = tx->rcpt_count > 0 ? tx->rcpts[0].message_id : "";
    for (; *id; id++)
        h = (h ^ (unsigned char)*id) * 16777619u;
    return h % 100;
}

/* The whole message is in: refuse it, or have it stored once its checks
 * are done (they get check_timeout seconds more). */
static void finish_message(mxq_session *s)
{
    const char *arg;
    enum mxq_reply refusal = mxq_transaction_verdict(&s->tx, &arg);

    if (refusal != MXQ_R_COUNT) {
        refuse_message(s, refusal, arg, false);
        return;
    }
    s->tx.received_at = s->last_activity;
    if (s->cfg.checks & MXQ_CHECK_DKIM) {
        /* Out of memory leaves it temperror; the mail goes on. */
        (void)mxq_checks_start_dkim(&s->checks, s->tx.message.data,
                                    s->tx.message.len, s->last_activity);
    }
    if (s->cfg.checks & MXQ_CHECK_SPAM)
        (void)mxq_checks_start_spam(&s->checks, s->tx.message.len,
                                    s->cfg.spam_max_size);
    if (s->cfg.checks & MXQ_CHECK_ARC)
        (void)mxq_checks_start_arc(&s->checks, s->tx.message.data,
                                   s->tx.message.len);
    if (s->cfg.checks & MXQ_CHECK_DMARC)
        (void)mxq_checks_want_dmarc(&s->checks, s->tx.message.data,
                                    s->tx.message.len, s->cfg.org_domain,
                                    s->cfg.org_domain_ctx, pct_roll(&s->tx));
    session_request_lookups(s);
    if (mxq_checks_waiting(&s->checks)) {
        s->state = ST_CHECKING;
        s->checks_deadline = s->last_activity + (int64_t)s->cfg.check_timeout;
        return;
    }
    session_store_message(s);
}

size_t session_data(mxq_session *s, const uint8_t *p, size_t n)
{
    bool done;
    size_t used = mxq_transaction_data(&s->tx, p, n, &done);
    if (done)
        finish_message(s);
    return used;
}

/* The end of a chunk: 250 for each one, the store after the LAST. */
static void finish_chunk(mxq_session *s)
{
    if (s->chunk.discard) {
        /* The refusal was already sent for the BDAT command. */
        s->state = s->chunk.resume;
        s->chunk.discard = false;
        return;
    }
    if (s->chunk.last || mxq_transaction_chunk_verdict(&s->tx) != MXQ_R_COUNT) {
        finish_message(s); /* stores, or refuses and ends the transaction */
        return;
    }
    char count[24];
    snprintf(count, sizeof count, "%" PRIu64, s->tx.content_size);
    s->state = ST_RCPT;
    session_reply(s, MXQ_R_CHUNK_OK, count);
}

size_t session_chunk(mxq_session *s, const uint8_t *p, size_t n)
{
    size_t take = n < s->chunk.left ? n : (size_t)s->chunk.left;

    if (!s->chunk.discard)
        mxq_transaction_chunk(&s->tx, p, take);
    s->chunk.left -= take;
    if (s->chunk.left == 0)
        finish_chunk(s);
    return take;
}

/* ------------------------------------------------------- the others */

static void proceed_rset(mxq_session *s)
{
    session_end_transaction(s);
    if (s->state != ST_CONNECTED)
        s->state = ST_GREETED;
    session_reply(s, MXQ_R_RESET, NULL);
}

static void proceed_quit(mxq_session *s)
{
    session_close(s, MXQ_R_QUIT);
}

static bool refuse_not_implemented(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    session_reply_error(s, MXQ_R_NOT_IMPLEMENTED, NULL);
    return false;
}

/* RFC 3207. What the client sent after this line in plaintext is dropped
 * (nothing is read in ST_TLS_FLUSH and ST_TLS_WAIT), the STARTTLS request
 * comes once the 220 is sent, and the session restarts once TLS is up:
 * the STARTTLS command-injection class (CVE-2011-0411). */
static bool check_starttls(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    if (!s->cfg.starttls) {
        session_reply_error(s, MXQ_R_NOT_IMPLEMENTED, NULL);
        return false;
    }
    if (s->tls) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "TLS already active");
        return false;
    }
    return true;
}

static void proceed_starttls(mxq_session *s)
{
    session_end_transaction(s);
    session_reply(s, MXQ_R_START_TLS, NULL);
    if (s->state != ST_CLOSING)
        s->state = ST_TLS_FLUSH;
}

static bool check_auth(mxq_session *s, const struct mxq_command *c)
{
    mxq_auth_command(s, c); /* its own exchange; see auth.c */
    return false;
}

static const struct command_def commands[MXQ_VERB_COUNT] = {
    [MXQ_VERB_HELO] = {ANY_COMMAND_STATE, check_helo, proceed_helo, MXQ_R_OK},
    [MXQ_VERB_EHLO] = {ANY_COMMAND_STATE, check_helo, proceed_helo, MXQ_R_OK},
    [MXQ_VERB_MAIL] = {IN(ST_GREETED), check_mail, proceed_mail, MXQ_R_OK},
    [MXQ_VERB_RCPT] = {IN(ST_MAIL) | IN(ST_RCPT), check_rcpt, proceed_rcpt,
                       MXQ_R_OK},
    [MXQ_VERB_DATA] = {IN(ST_RCPT), check_data, proceed_data, MXQ_R_OK},
    [MXQ_VERB_BDAT] = {ANY_COMMAND_STATE, check_bdat, proceed_bdat, MXQ_R_OK},
    [MXQ_VERB_RSET] = {ANY_COMMAND_STATE, NULL, proceed_rset, MXQ_R_OK},
    [MXQ_VERB_NOOP] = {ANY_COMMAND_STATE, NULL, NULL, MXQ_R_OK},
    [MXQ_VERB_QUIT] = {ANY_COMMAND_STATE, NULL, proceed_quit, MXQ_R_OK},
    [MXQ_VERB_VRFY] = {ANY_COMMAND_STATE, NULL, NULL, MXQ_R_VRFY},
    [MXQ_VERB_EXPN] = {ANY_COMMAND_STATE, refuse_not_implemented, NULL,
                       MXQ_R_OK},
    [MXQ_VERB_HELP] = {ANY_COMMAND_STATE, NULL, NULL, MXQ_R_HELP},
    [MXQ_VERB_STARTTLS] = {IN(ST_CONNECTED) | IN(ST_GREETED), check_starttls,
                           proceed_starttls, MXQ_R_OK},
    [MXQ_VERB_AUTH] = {IN(ST_GREETED), check_auth, NULL, MXQ_R_OK},
};

/* The verbs that wait for the blocklists (protection.h) after their
 * check. */
static const bool screened[MXQ_VERB_COUNT] = {[MXQ_VERB_MAIL] = true};

/* What a 503 says for a verb used in the wrong state. */
static const char *missing_step(mxq_session *s, enum mxq_verb v)
{
    if (s->state == ST_CONNECTED)
        return "send HELO/EHLO first";
    if (v == MXQ_VERB_MAIL)
        return "nested MAIL command";
    if (v == MXQ_VERB_DATA)
        return s->state == ST_MAIL ? "need RCPT" : "need MAIL";
    if (v == MXQ_VERB_RCPT)
        return "need MAIL";
    return "out of order";
}

static void proceed(mxq_session *s, const struct command_def *def)
{
    if (def->proceed != NULL)
        def->proceed(s);
    else
        session_reply(s, def->answer, NULL);
}

/* The pending step between check and proceed: a screened command waits
 * (ST_COMMAND_WAIT, the input behind it held) until the blocklists have
 * answered; session_resume_command() goes on. False when it waits or
 * was refused. */
static bool screen(mxq_session *s, enum mxq_verb verb)
{
    if (mxq_protection_waiting(s)) {
        s->waiting_verb = verb;
        s->waiting_from = s->state;
        s->state = ST_COMMAND_WAIT;
        return false;
    }
    return mxq_protection_admits(s);
}

void session_command(mxq_session *s, const char *line, size_t len)
{
    struct mxq_command c;
    enum mxq_command_result r = mxq_parse_command(line, len, &c);

    if (s->conn.counters != NULL)
        s->conn.counters->commands[c.verb]++;
    switch (r) {
    case MXQ_CMD_OK:
        break;
    case MXQ_CMD_BAD_LINE:
        session_reply_error(s, MXQ_R_BAD_LINE, NULL);
        return;
    case MXQ_CMD_UNKNOWN_PARAM: {
        char name[64];
        size_t n = c.unknown_param.n < sizeof name - 1 ? c.unknown_param.n
                                                       : sizeof name - 1;
        memcpy(name, c.unknown_param.p, n);
        name[n] = '\0';
        session_reply_error(s, MXQ_R_UNKNOWN_PARAMETER, name);
        if (c.verb == MXQ_VERB_BDAT)
            begin_chunk(s, c.chunk_size, c.last, true);
        return;
    }
    case MXQ_CMD_DUPLICATE_PARAM:
        session_reply_error(s, MXQ_R_DUPLICATE_PARAMETER, NULL);
        return;
    case MXQ_CMD_SYNTAX:
        if (c.verb == MXQ_VERB_BDAT) {
            /* Without a size the chunk cannot be skipped: whatever
             * follows could be read as commands. End the session. */
            session_close(s, MXQ_R_BAD_CHUNK_SIZE);
            return;
        }
        session_reply_error(s, MXQ_R_SYNTAX, NULL);
        return;
    }
    const struct command_def *def = &commands[c.verb];
    if (c.verb == MXQ_VERB_UNKNOWN || def->states == 0) {
        session_reply_error(s, MXQ_R_UNKNOWN_COMMAND, NULL);
        return;
    }
    if (!(def->states & IN(s->state))) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, missing_step(s, c.verb));
        if (c.verb == MXQ_VERB_BDAT)
            begin_chunk(s, c.chunk_size, c.last, true);
        return;
    }
    if (def->check != NULL && !def->check(s, &c))
        return;
    if (screened[c.verb] && !screen(s, c.verb))
        return;
    proceed(s, def);
}

_Static_assert(MXQ_COUNTED_VERBS == MXQ_VERB_COUNT,
               "MXQ_COUNTED_VERBS in mxq.h");

const char *mxq_counted_verb(unsigned i)
{
    static const char *const names[MXQ_VERB_COUNT] = {
        [MXQ_VERB_UNKNOWN] = "unknown", [MXQ_VERB_HELO] = "HELO",
        [MXQ_VERB_EHLO] = "EHLO", [MXQ_VERB_MAIL] = "MAIL",
        [MXQ_VERB_RCPT] = "RCPT", [MXQ_VERB_DATA] = "DATA",
        [MXQ_VERB_BDAT] = "BDAT", [MXQ_VERB_RSET] = "RSET",
        [MXQ_VERB_NOOP] = "NOOP", [MXQ_VERB_QUIT] = "QUIT",
        [MXQ_VERB_VRFY] = "VRFY", [MXQ_VERB_EXPN] = "EXPN",
        [MXQ_VERB_HELP] = "HELP", [MXQ_VERB_STARTTLS] = "STARTTLS",
        [MXQ_VERB_AUTH] = "AUTH"};
    return i < MXQ_VERB_COUNT ? names[i] : NULL;
}

void session_resume_command(mxq_session *s)
{
    if (s->state != ST_COMMAND_WAIT)
        return;
    s->state = s->waiting_from;
    const struct command_def *def = &commands[s->waiting_verb];
    if (mxq_protection_admits(s))
        proceed(s, def);
}
