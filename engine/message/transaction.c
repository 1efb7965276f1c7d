/*
 * A mail transaction: its envelope, and the message as it arrives through
 * DATA (dot-stuffed, grammar/data.rl) or BDAT chunks (RFC 3030).
 */
#include "transaction.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mxq/array.h>

#include "budget.h"
#include "civil_time.h"

void mxq_envelope_free(struct mxq_envelope *env)
{
    free(env->sender);
    free(env->envid);
    memset(env, 0, sizeof *env);
}

void mxq_recipient_free(struct mxq_recipient *r)
{
    free(r->mailbox);
    free(r->orcpt);
    memset(r, 0, sizeof *r);
}

void mxq_transaction_reset(struct mxq_transaction *tx)
{
    for (uint32_t i = 0; i < tx->rcpt_count; i++)
        mxq_recipient_free(&tx->rcpts[i]);
    free(tx->rcpts);
    mxq_envelope_free(&tx->env);
    mxq_buffer_free(&tx->message);
    mxq_message_header_free(&tx->header);
    mxq_budget_give(tx->budget, tx->charged);
    memset(tx, 0, sizeof *tx);
}

void mxq_transaction_open(struct mxq_transaction *tx,
                          struct mxq_envelope *env)
{
    mxq_transaction_reset(tx);
    tx->env = *env;
    memset(env, 0, sizeof *env);
    tx->open = true;
}

bool mxq_transaction_add_recipient(struct mxq_transaction *tx,
                                   struct mxq_recipient *r)
{
    if (tx->rcpt_count == UINT32_MAX ||
        !mxq_array_reserve((void **)&tx->rcpts, &tx->rcpt_cap,
                           (size_t)tx->rcpt_count + 1, sizeof *tx->rcpts, 4))
        return false;
    tx->rcpts[tx->rcpt_count++] = *r;
    memset(r, 0, sizeof *r);
    return true;
}

/* Appends to the message what the budget allows. */
static bool append(struct mxq_transaction *tx, const char *p, size_t n)
{
    if (!mxq_budget_take(tx->budget, n))
        return false;
    tx->charged += n;
    return mxq_buffer_append(&tx->message, p, n);
}

static bool append_str(struct mxq_transaction *tx, const char *s)
{
    return append(tx, s, strlen(s));
}

/* The trace header of RFC 5321 §4.4, first in the message. The client's
 * HELO name went through the command grammar: printable ASCII, no CR/LF. */
static bool write_received(struct mxq_transaction *tx,
                           const struct mxq_trace *t, int64_t now)
{
    char date[MXQ_RFC5322_TIME_SIZE];
    char head[1024];
    const char *ip = t->remote_ip ? t->remote_ip : "unknown";

    mxq_format_rfc5322_time(now, date);
    int n = snprintf(head, sizeof head,
                     "Received: from %.255s ([%s%s])\r\n"
                     "\tby %.255s (mxq) with %s id %s",
                     t->helo ? t->helo : "unknown",
                     t->remote_ipv6 ? "IPv6:" : "", ip, t->hostname,
                     t->protocol, tx->rcpts[0].message_id);
    if (n < 0 || (size_t)n >= sizeof head)
        return false;
    if (!append(tx, head, (size_t)n))
        return false;
    /* "for" only with a single recipient: others stay private. */
    if (tx->rcpt_count == 1) {
        if (!append_str(tx, "\r\n\tfor <") ||
            !append_str(tx, tx->rcpts[0].mailbox) || !append_str(tx, ">"))
            return false;
    }
    return append_str(tx, "; ") && append_str(tx, date) &&
           append_str(tx, "\r\n");
}

bool mxq_transaction_start_message(struct mxq_transaction *tx,
                                   struct mxq_id_source *ids,
                                   struct mxq_memory_budget *budget,
                                   const struct mxq_trace *trace,
                                   const struct mxq_header_options *header,
                                   uint64_t max_size, bool chunking,
                                   int64_t now)
{
    for (uint32_t i = 0; i < tx->rcpt_count; i++)
        mxq_next_message_id(ids, tx->rcpts[i].message_id);
    tx->received_at = now;
    tx->started = true;
    tx->budget = budget;
    tx->chunking = chunking;
    tx->max_size = max_size;
    tx->content_size = 0;
    tx->oversize = false;
    if (chunking)
        mxq_lines_init(&tx->scan);
    else
        mxq_data_init(&tx->scan);
    if (!write_received(tx, trace, now))
        return false;
    mxq_message_header_start(&tx->header, header, &tx->message);
    return true;
}

static void append_content(void *ctx, const char *p, size_t n)
{
    struct mxq_transaction *tx = ctx;
    tx->content_size += n;
    if (tx->oversize)
        return;
    /* Nothing past the limit, or the budget, is kept in memory. */
    if (tx->content_size > tx->max_size || !append(tx, p, n)) {
        tx->oversize = true;
        mxq_message_header_abandon(&tx->header);
        mxq_buffer_free(&tx->message);
        mxq_budget_give(tx->budget, tx->charged);
        tx->charged = 0;
        return;
    }
    mxq_message_header_feed(&tx->header, &tx->message, n);
}

void mxq_transaction_drop_content(struct mxq_transaction *tx)
{
    mxq_buffer_free(&tx->message);
    mxq_budget_give(tx->budget, tx->charged);
    tx->charged = 0;
}

size_t mxq_transaction_data(struct mxq_transaction *tx, const uint8_t *p,
                            size_t n, bool *done)
{
    *done = false;
    return mxq_data_scan(&tx->scan, (const char *)p, n, append_content, tx,
                         done);
}

/* Line endings matter unless the body is declared binary. */
static bool binary(const struct mxq_transaction *tx)
{
    return tx->env.body == MXQ_BODY_BINARYMIME;
}

void mxq_transaction_chunk(struct mxq_transaction *tx, const uint8_t *p,
                           size_t n)
{
    if (n == 0)
        return;
    if (!binary(tx))
        mxq_lines_check(&tx->scan, (const char *)p, n);
    append_content(tx, (const char *)p, n);
}

enum mxq_reply mxq_transaction_chunk_verdict(struct mxq_transaction *tx)
{
    if (!binary(tx) && (tx->scan.bare_cr || tx->scan.bare_lf))
        return MXQ_R_BARE_LINE_ENDING;
    if (tx->content_size > tx->max_size)
        return MXQ_R_SIZE_EXCEEDED;
    return MXQ_R_COUNT;
}

enum mxq_reply mxq_transaction_verdict(struct mxq_transaction *tx,
                                       const char **arg)
{
    *arg = NULL;
    if (tx->chunking) {
        if (!binary(tx))
            mxq_lines_finish(&tx->scan);
        else
            tx->scan.bare_cr = tx->scan.bare_lf = false;
    }
    if (tx->scan.bare_cr || tx->scan.bare_lf)
        return MXQ_R_BARE_LINE_ENDING;
    if (tx->content_size > tx->max_size)
        return MXQ_R_SIZE_EXCEEDED;
    if (tx->oversize)
        return MXQ_R_OUT_OF_MEMORY;
    mxq_message_header_finish(&tx->header, &tx->message);
    return mxq_message_header_verdict(&tx->header, arg);
}
