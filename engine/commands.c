/*
 * The command table, in the spirit of OpenSMTPD's smtp_session.c: per verb
 * the states it is allowed in (the check) and the function that does the
 * work (the proceed). Syntax comes from grammar/smtp_command.rl, addresses
 * from grammar/address.rl; replies from the table in reply.c.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "address.h"
#include "session.h"
#include "utf8.h"

#define IN(st) (1u << (st))
#define ANY_COMMAND_STATE \
    (IN(ST_CONNECTED) | IN(ST_GREETED) | IN(ST_MAIL) | IN(ST_RCPT))

typedef void proceed_fn(mxq_session *s, const struct mxq_command *c);

static const char *missing_step(mxq_session *s, enum mxq_verb v);

struct command_def {
    unsigned states;       /* where the verb is allowed */
    proceed_fn *proceed;   /* NULL: the verb only answers `answer` */
    enum mxq_reply answer;
};

/* Decoded xtext as a new string, NULL when invalid or out of memory.
 * What it decodes to goes into the JSON, so it must be text: printable
 * ASCII for ENVID (RFC 3461 §4.4), well-formed UTF-8 without controls for
 * ORCPT (RFC 6533 allows UTF-8 there). */
static char *decode_xtext(struct mxq_slice x, bool utf8)
{
    char *out = malloc(x.n + 1);
    if (out == NULL)
        return NULL;
    size_t n = mxq_xtext_decode(x.p, x.n, out, x.n);
    bool text = n != (size_t)-1 && (!utf8 || mxq_utf8_valid(out, n));
    for (size_t i = 0; text && i < n; i++) {
        unsigned char c = (unsigned char)out[i];
        text = c >= 0x20 && c != 0x7f && (utf8 || c < 0x80);
    }
    if (!text) {
        free(out);
        return NULL;
    }
    out[n] = '\0';
    return out;
}

static void do_helo(mxq_session *s, const struct mxq_command *c)
{
    char *helo = mxq_copy_string(c->arg.p, c->arg.n);
    if (helo == NULL) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    free(s->helo);
    s->helo = helo;
    transaction_reset(s);
    s->extended = c->verb == MXQ_VERB_EHLO;
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
        auth_offered(s) ? "AUTH PLAIN LOGIN" : NULL,
    };
    size_t count = sizeof keywords / sizeof keywords[0];
    while (count > 0 && keywords[count - 1] == NULL)
        count--;
    session_reply_more(s, MXQ_R_EHLO_FIRST, s->cfg.hostname);
    for (size_t i = 0; i < count; i++)
        if (keywords[i] != NULL)
            mxq_reply_line(&s->out, MXQ_R_HELO, keywords[i], i + 1 < count);
}

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

static enum mxq_addr_result parse_address(mxq_session *s, struct mxq_slice path,
                                          unsigned flags,
                                          struct mxq_address *a)
{
    if (s->cfg.address_mode == MXQ_ADDRESS_LOOSE)
        flags |= MXQ_ADDR_LOOSE;
    return mxq_parse_path(path.p, path.n, flags, a);
}

static void do_mail(mxq_session *s, const struct mxq_command *c)
{
    struct mxq_address a;
    if (!params_allowed(s, c, MXQ_PARAM_SIZE | MXQ_PARAM_BODY |
                                  MXQ_PARAM_SMTPUTF8 | MXQ_PARAM_RET |
                                  MXQ_PARAM_ENVID))
        return;
    bool utf8 = (c->params & MXQ_PARAM_SMTPUTF8) != 0;
    switch (parse_address(s, c->path,
                          MXQ_ADDR_ALLOW_NULL | (utf8 ? MXQ_ADDR_ALLOW_UTF8 : 0),
                          &a)) {
    case MXQ_ADDR_OK:
        break;
    case MXQ_ADDR_NON_ASCII:
        session_reply_error(s, MXQ_R_NON_ASCII_ADDRESS, NULL);
        return;
    default:
        session_reply_error(s, MXQ_R_BAD_SENDER, NULL);
        return;
    }
    if ((c->params & MXQ_PARAM_SIZE) && c->size > s->cfg.max_message_size) {
        session_reply_error(s, MXQ_R_SIZE_DECLARED, NULL);
        return;
    }
    /* Not the client's error: no error count. */
    if (s->cfg.can_store != NULL && !s->cfg.can_store(s->cfg.can_store_ctx)) {
        session_reply(s, MXQ_R_STORE_UNAVAILABLE, NULL);
        return;
    }

    transaction_reset(s);
    struct transaction *tx = &s->tx;
    tx->sender = a.is_null ? mxq_copy_string("", 0)
                           : mxq_copy_string(a.mailbox.p, a.mailbox.n);
    if ((c->params & MXQ_PARAM_ENVID) &&
        (tx->envid = decode_xtext(c->envid, false)) == NULL) {
        transaction_reset(s);
        session_reply_error(s, MXQ_R_SYNTAX, NULL);
        return;
    }
    if (tx->sender == NULL) {
        transaction_reset(s);
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    tx->smtputf8 = utf8;
    tx->body = c->body;
    tx->ret = c->ret;
    s->state = ST_MAIL;
    session_reply(s, MXQ_R_SENDER_OK, NULL);
}

/* ORCPT as the JSON shows it: the bare address for rfc822, otherwise
 * "type;address" (RFC 3461 §4.2), xtext decoded either way. */
static char *decode_orcpt(const struct mxq_command *c)
{
    char *addr = decode_xtext(c->orcpt_address, true);
    if (addr == NULL)
        return NULL;
    if (c->orcpt_type.n == 6 && strncasecmp(c->orcpt_type.p, "rfc822", 6) == 0)
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

static void do_rcpt(mxq_session *s, const struct mxq_command *c)
{
    struct transaction *tx = &s->tx;
    struct mxq_address a;

    if (tx->chunking) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "RCPT after BDAT");
        return;
    }
    if (!params_allowed(s, c, MXQ_PARAM_NOTIFY | MXQ_PARAM_ORCPT))
        return;
    switch (parse_address(s, c->path,
                          MXQ_ADDR_ALLOW_POSTMASTER |
                              (tx->smtputf8 ? MXQ_ADDR_ALLOW_UTF8 : 0),
                          &a)) {
    case MXQ_ADDR_OK:
        break;
    case MXQ_ADDR_NON_ASCII:
        session_reply_error(s, MXQ_R_NON_ASCII_ADDRESS, NULL);
        return;
    default:
        session_reply_error(s, MXQ_R_BAD_RECIPIENT, NULL);
        return;
    }
    bool local = s->cfg.is_local != NULL &&
                 s->cfg.is_local(s->cfg.is_local_ctx, a.mailbox.p, a.mailbox.n);
    if (s->cfg.auth && s->user == NULL && !local) {
        session_reply_error(s, MXQ_R_AUTH_REQUIRED, NULL);
        return;
    }
    if (tx->rcpt_count >= s->cfg.max_recipients) {
        session_reply(s, MXQ_R_TOO_MANY_RECIPIENTS, NULL);
        return;
    }
    if (tx->rcpt_count == tx->rcpt_cap) {
        uint32_t cap = tx->rcpt_cap ? tx->rcpt_cap * 2 : 4;
        struct recipient *grown = realloc(tx->rcpts, cap * sizeof *grown);
        if (grown == NULL) {
            session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
            return;
        }
        tx->rcpts = grown;
        tx->rcpt_cap = cap;
    }
    struct recipient *r = &tx->rcpts[tx->rcpt_count];
    memset(r, 0, sizeof *r);
    r->notify = c->notify;
    r->local = local;
    if ((c->params & MXQ_PARAM_ORCPT) && (r->orcpt = decode_orcpt(c)) == NULL) {
        session_reply_error(s, MXQ_R_SYNTAX, NULL);
        return;
    }
    r->mailbox = mxq_copy_string(a.mailbox.p, a.mailbox.n);
    if (r->mailbox == NULL) {
        free(r->orcpt);
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    tx->rcpt_count++;
    s->state = ST_RCPT;
    session_reply(s, MXQ_R_RECIPIENT_OK, NULL);
}

static void do_data(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    if (s->tx.chunking) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "DATA after BDAT");
        return;
    }
    if (s->tx.body == MXQ_BODY_BINARYMIME) {
        session_reply_error(s, MXQ_R_BINARY_NEEDS_BDAT, NULL);
        return;
    }
    if (!transaction_start_message(s, s->last_activity)) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        return;
    }
    s->state = ST_DATA;
    session_reply(s, MXQ_R_START_DATA, NULL);
}

/* BDAT's octets follow the command whatever we answer, so even a refused
 * chunk is read and dropped (RFC 3030 §4). */
static void do_bdat(mxq_session *s, const struct mxq_command *c)
{
    if (s->state != ST_RCPT) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE,
                            missing_step(s, MXQ_VERB_DATA));
        transaction_begin_chunk(s, c->chunk_size, c->last, true);
        return;
    }
    if (!s->tx.chunking && !transaction_start_message(s, s->last_activity)) {
        session_reply(s, MXQ_R_OUT_OF_MEMORY, NULL);
        transaction_begin_chunk(s, c->chunk_size, c->last, true);
        return;
    }
    transaction_begin_chunk(s, c->chunk_size, c->last, false);
}

static void do_rset(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    transaction_reset(s);
    if (s->state != ST_CONNECTED)
        s->state = ST_GREETED;
    session_reply(s, MXQ_R_RESET, NULL);
}

static void do_quit(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    session_close(s, MXQ_R_QUIT);
}

static void do_not_implemented(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    session_reply_error(s, MXQ_R_NOT_IMPLEMENTED, NULL);
}

/* RFC 3207. What the client sent after this line in plaintext is dropped
 * (feed stops reading in ST_TLS_WAIT), and the session restarts once TLS
 * is up: the STARTTLS command-injection class (CVE-2011-0411). */
static void do_starttls(mxq_session *s, const struct mxq_command *c)
{
    (void)c;
    if (!s->cfg.starttls) {
        session_reply_error(s, MXQ_R_NOT_IMPLEMENTED, NULL);
        return;
    }
    if (s->tls) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, "TLS already active");
        return;
    }
    transaction_reset(s);
    session_reply(s, MXQ_R_START_TLS, NULL);
    s->state = ST_TLS_WAIT;
    s->wants |= MXQ_WANT_STARTTLS;
}

static const struct command_def commands[MXQ_VERB_COUNT] = {
    [MXQ_VERB_HELO] = {ANY_COMMAND_STATE, do_helo, MXQ_R_OK},
    [MXQ_VERB_EHLO] = {ANY_COMMAND_STATE, do_helo, MXQ_R_OK},
    [MXQ_VERB_MAIL] = {IN(ST_GREETED), do_mail, MXQ_R_OK},
    [MXQ_VERB_RCPT] = {IN(ST_MAIL) | IN(ST_RCPT), do_rcpt, MXQ_R_OK},
    [MXQ_VERB_DATA] = {IN(ST_RCPT), do_data, MXQ_R_OK},
    [MXQ_VERB_BDAT] = {ANY_COMMAND_STATE, do_bdat, MXQ_R_OK},
    [MXQ_VERB_RSET] = {ANY_COMMAND_STATE, do_rset, MXQ_R_OK},
    [MXQ_VERB_NOOP] = {ANY_COMMAND_STATE, NULL, MXQ_R_OK},
    [MXQ_VERB_QUIT] = {ANY_COMMAND_STATE, do_quit, MXQ_R_OK},
    [MXQ_VERB_VRFY] = {ANY_COMMAND_STATE, NULL, MXQ_R_VRFY},
    [MXQ_VERB_EXPN] = {ANY_COMMAND_STATE, do_not_implemented, MXQ_R_OK},
    [MXQ_VERB_HELP] = {ANY_COMMAND_STATE, NULL, MXQ_R_HELP},
    [MXQ_VERB_STARTTLS] = {IN(ST_CONNECTED) | IN(ST_GREETED), do_starttls, MXQ_R_OK},
    [MXQ_VERB_AUTH] = {IN(ST_GREETED), auth_command, MXQ_R_OK},
};

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

void session_command(mxq_session *s, const char *line, size_t len)
{
    struct mxq_command c;
    enum mxq_command_result r = mxq_parse_command(line, len, &c);

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
            transaction_begin_chunk(s, c.chunk_size, c.last, true);
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
    if (c.verb == MXQ_VERB_UNKNOWN || commands[c.verb].states == 0) {
        session_reply_error(s, MXQ_R_UNKNOWN_COMMAND, NULL);
        return;
    }
    if (!(commands[c.verb].states & IN(s->state))) {
        session_reply_error(s, MXQ_R_BAD_SEQUENCE, missing_step(s, c.verb));
        if (c.verb == MXQ_VERB_BDAT)
            transaction_begin_chunk(s, c.chunk_size, c.last, true);
        return;
    }
    if (commands[c.verb].proceed)
        commands[c.verb].proceed(s, &c);
    else
        session_reply(s, commands[c.verb].answer, NULL);
}
