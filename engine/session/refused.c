/*
 * Refused mail (`rabbitmq-refused`): a message refused for good once its
 * data is in is stored in the refused queue first, for the operator to
 * look at, and the client gets its refusal once that store is done. What
 * is kept is bounded: by size (refused_max_size) and by the adapter's
 * count per client (may_keep_refused).
 */
#include <stdio.h>

#include "session.h"

/* Is the message there to keep, whole, and not too large? */
static bool keepable(const mxq_session *s, enum mxq_reply refusal)
{
    const struct mxq_transaction *tx = &s->tx;
    if (s->cfg.refused_queue == NULL || s->cfg.refused_queue[0] == '\0')
        return false;
    /* A temporary refusal comes back: keeping it would keep each try. */
    if (mxq_reply_code(refusal) < 500)
        return false;
    if (!tx->started || tx->oversize || tx->content_size > tx->max_size ||
        tx->content_size > s->cfg.refused_max_size || tx->rcpt_count == 0)
        return false;
    return s->cfg.may_keep_refused == NULL ||
           s->cfg.may_keep_refused(s->cfg.may_keep_refused_ctx, &s->conn);
}

bool session_keep_refused(mxq_session *s, enum mxq_reply refusal,
                          const char *arg, bool checked)
{
    if (!keepable(s, refusal))
        return false;
    struct refused_message *r = &s->refused;
    r->reply = refusal;
    r->checked = checked;
    /* arg may live in the transaction, which the store empties */
    snprintf(r->arg, sizeof r->arg, "%s", arg ? arg : "");
    mxq_reply_text(refusal, r->arg, r->reason, sizeof r->reason);
    r->record = (struct mxq_refusal_record){
        .code = mxq_reply_code(refusal),
        .status = mxq_reply_status(refusal),
        .reason = r->reason};
    if (!session_request_store(s, &r->record))
        return false;
    r->pending = true;
    return true;
}

void session_refused_stored(mxq_session *s, bool ok)
{
    struct refused_message *r = &s->refused;
    r->pending = false;
    s->stats.messages_refused++;
    if (ok)
        s->stats.messages_refused_kept++;
    session_reply_error(s, r->reply, r->arg);
}
