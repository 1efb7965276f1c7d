/*
 * Bounces that are no RFC 3464 report: what the text of a Postfix, qmail,
 * Exim or sendmail bounce shows (grammar/bounce_text.rl finds it).
 */
#include "bounce_text.h"
#include "report_parsers.h"

void mxq_report_write_bounce_members(yajl_gen g, const char *text, size_t n)
{
    struct mxq_bounce_facts facts;
    mxq_bounce_scan(text ? text : "", text ? n : 0, &facts);
    mxq_report_put_key(g, "type");
    mxq_report_put_key(g, "bounce");
    if (facts.status.n > 0)
        mxq_report_put_key_text(g, "status", facts.status.p, facts.status.n);
    if (facts.reply.n > 0)
        mxq_report_put_key_text(g, "reply-code", facts.reply.p,
                                facts.reply.n);
    if (facts.recipient.n > 0)
        mxq_report_put_key_text(g, "recipient", facts.recipient.p,
                                facts.recipient.n);
}
