/*
 * Heuristic bounces: see bounce_text.h for the contract.
 *
 * Two anchored machines say whether a Subject or a sender's local part is
 * a bounce's. The text is read twice, each time once through:
 *   - the codes pass cuts it into maximal runs of digits and dots; a run
 *     is a status code or a reply code by its shape and by the octets on
 *     its two sides (so "192.0.2.1", "5.1.12.3" and "15.1.1" are none);
 *   - the recipient pass goes line by line: a machine over the line says
 *     whether it announces failed recipients, and the address machine is
 *     started only where a recipient may begin (a line's first non-blank,
 *     a '<' after a blank), reading at most an address's longest length.
 * No scanner (|* *|) here: one that tries an address at every word would
 * read the same octets again from each start.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "bounce_text.h"

/* RFC 5321 §4.5.3.1: local part 64 octets, domain 255, label 63. */
#define BT_LOCAL_MAX 64
#define BT_DOMAIN_MAX 255
#define BT_LABEL_MAX 63
#define BT_ADDR_MAX (BT_LOCAL_MAX + 1 + BT_DOMAIN_MAX)
/* Non-blank lines after an announcing line that may hold the recipient. */
#define BT_ARMED_LINES 3

/* ------------------------------------------------------------ subject */
%%{
    machine mxq_bounce_subject;
    alphtype unsigned char;

    blank = [ \t];
    phrase = 'undelivered'i | 'undeliverable'i
           | 'failure notice'i
           | 'mail delivery failed'i | 'mail delivery failure'i
           | 'delivery status notification'i blank*
             '(' ( 'failure'i | 'delay'i )
           | 'returned mail'i
           | 'delivery failure'i | 'delivery failed'i | 'delivery has failed'i
           | 'delivery notification: delivery has failed'i
           | 'mail system error'i
           | 'non-delivery'i | 'non delivery'i | 'nondelivery'i
           | 'nondeliverable'i
           | 'mail failed'i | 'mail delivery problem'i
           | 'warning: could not send message'i
           | 'could not send message'i
           | 'delayed mail'i
           | 'message delivery failure'i
           | 'mail could not be delivered'i
           | 'message could not be delivered'i;

    action matched { matched = true; fbreak; }
    main := ( blank* phrase ) @matched;

    write data noerror nofinal noentry;
}%%

bool mxq_bounce_subject(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    bool matched = false;
    int cs;

    %% write init;
    %% write exec;
    (void)cs;
    return matched;
}

/* ------------------------------------------------------------- sender */
%%{
    machine mxq_bounce_sender;
    alphtype unsigned char;

    main := ( 'mailer'i | 'mail'i ) [\-_]? 'daemon'i | 'postmaster'i;

    write data noerror noentry;
}%%

bool mxq_bounce_sender(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_bounce_sender_first_final;
}

/* -------------------------------------------------------------- codes */
static bool bt_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

static bool bt_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

static bool bt_reply_before(unsigned char c)
{
    switch (c) {
    case ' ': case '\t': case '\r': case '\n': case ':': case ';': case '(':
    case '[': case '#': case '<': case '"': case '\'':
        return true;
    default:
        return false;
    }
}

struct bt_codes {
    const unsigned char *base, *end;
    struct mxq_slice status2;       /* the first class 2 status */
    struct mxq_bounce_facts *out;
};

%%{
    machine mxq_bounce_status;
    alphtype unsigned char;

    # RFC 3463 §2; the run is given whole, trailing dots cut off.
    main := [245] '.' digit{1,3} '.' digit{1,3};

    write data noerror noentry;
}%%

static bool bt_status_shape(const unsigned char *s, size_t n)
{
    const unsigned char *p = s, *pe = s + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_bounce_status_first_final;
}

/* A maximal run [a, b) of digits and dots. */
static void bt_run(struct bt_codes *c, const unsigned char *a,
                   const unsigned char *b)
{
    const unsigned char *e = b;
    while (e > a && e[-1] == '.')
        e--;
    if (e == a || (a > c->base && bt_alnum(a[-1])) ||
        (b < c->end && bt_alnum(*b)))
        return;
    struct mxq_bounce_facts *out = c->out;
    size_t len = (size_t)(e - a);
    if (bt_status_shape(a, len)) {
        if (*a == '2') {
            if (c->status2.n == 0)
                c->status2 = (struct mxq_slice){(const char *)a, len};
        } else if (out->status.n == 0) {
            out->status = (struct mxq_slice){(const char *)a, len};
        }
        return;
    }
    /* a reply code: three digits after the start, a blank or a line end,
     * or one of : ; ( [ # < " ' (so not "SIZE=550" or "1/550"), and
     * nothing but a blank, '-' or a line end after them */
    if (out->reply.n == 0 && e == b && len == 3 && (*a == '4' || *a == '5') &&
        (a == c->base || bt_reply_before(a[-1])) &&
        a[1] >= '0' && a[1] <= '5' && a[2] >= '0' && a[2] <= '9' &&
        b < c->end &&
        (bt_blank(*b) || *b == '-' || *b == '\r' || *b == '\n'))
        out->reply = (struct mxq_slice){(const char *)a, 3};
}

%%{
    machine mxq_bounce_codes;
    alphtype unsigned char;

    action run_start { run = p; }
    action run_end {
        bt_run(&codes, run, p);
        if (out->status.n != 0 && out->reply.n != 0)
            fbreak;
    }
    # Written so that no octet may both continue a run and start the next
    # one (as in ( run | other )*, where every digit would start a run).
    other = ^[0-9.];
    run = [0-9.]+ >run_start %run_end;
    main := other* ( run other+ )* run?;

    write data noerror nofinal noentry;
}%%

static void bt_scan_codes(const unsigned char *text, size_t n,
                          struct mxq_bounce_facts *out)
{
    const unsigned char *p = text, *pe = text + n, *eof = pe;
    const unsigned char *run = p;
    struct bt_codes codes = {text, pe, {NULL, 0}, out};
    int cs;

    %% write init;
    %% write exec;
    (void)cs;
    if (out->status.n == 0)
        out->status = codes.status2;
}

/* ---------------------------------------------------------- addresses */
%%{
    machine mxq_bounce_addr;
    alphtype unsigned char;

    atext = alnum | [!#$%&'*+\-/=?^_`{|}~];
    local = atext+ ( '.' atext+ )*;
    label = alnum ( ( alnum | '-' )* alnum )?;
    domain = label ( '.' label )*;

    action at { at = p; }
    action done { end = p + 1; }
    main := ( local '@' >at domain ) @done;

    write data noerror nofinal noentry;
}%%

/* The longest address that begins at s (reading at most BT_ADDR_MAX + 1
 * octets, and not past pe): its end, or NULL when there is none or it
 * breaks a length bound. */
static const unsigned char *bt_addr(const unsigned char *s,
                                    const unsigned char *limit)
{
    const unsigned char *p = s, *pe = limit, *at = NULL, *end = NULL;
    int cs;

    if ((size_t)(pe - p) > BT_ADDR_MAX + 1)
        pe = p + BT_ADDR_MAX + 1;
    %% write init;
    %% write exec;
    (void)cs;
    if (end == NULL || at == NULL || end > at + 1 + BT_DOMAIN_MAX ||
        at - s > BT_LOCAL_MAX)
        return NULL;
    size_t label = 0;
    for (const unsigned char *q = at + 1; q < end; q++) {
        label = *q == '.' ? 0 : label + 1;
        if (label > BT_LABEL_MAX)
            return NULL;
    }
    return end;
}

/* ---------------------------------------- lines that announce failures */
%%{
    machine mxq_bounce_announce;
    alphtype unsigned char;

    announce = 'could not be delivered'i | 'failed:'i
             | 'following address'i | 'following recipient'i
             | 'could not be reached'i | 'cannot be reached'i
             | 'recipients or groups'i | 'recipients or distribution lists'i
             | 'delivery has failed to'i | 'permanent fatal errors'i
             | 'undeliverable to'i | 'unable to deliver'i
             | "wasn't able to deliver"i | 'delivery to the following'i
             | 'failed addresses'i | 'failed recipient'i
             | 'was not delivered to'i | 'did not reach'i
             | 'mailbox is full'i;

    action found { found = true; fbreak; }
    main := any* announce @found;

    write data noerror nofinal noentry;
}%%

static bool bt_announces(const unsigned char *line, const unsigned char *le)
{
    const unsigned char *p = line, *pe = le;
    bool found = false;
    int cs;

    %% write init;
    %% write exec;
    (void)cs;
    return found;
}

/* Whether [p, le) begins with the ASCII text want (its letters in lower
 * case), letters in any case. */
static bool bt_starts(const unsigned char *p, const unsigned char *le,
                      const char *want)
{
    for (; *want != '\0'; want++, p++) {
        if (p == le)
            return false;
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)*want)
            return false;
    }
    return true;
}

static bool bt_rest_blank(const unsigned char *p, const unsigned char *le)
{
    while (p < le && (bt_blank(*p) || *p == '\r'))
        p++;
    return p == le;
}

/* The recipient on the line [ls, le) (no LF; a CR may end it), if any. */
static bool bt_line_recipient(const unsigned char *ls, const unsigned char *le,
                              bool armed, struct mxq_slice *out)
{
    const unsigned char *i = ls, *end;
    while (i < le && bt_blank(*i))
        i++;
    if (i == le)
        return false;
    if (*i == '<') {
        end = bt_addr(i + 1, le);
        if (end != NULL && end < le && *end == '>') {
            const unsigned char *f = end + 1;
            if ((i == ls && f < le && *f == ':') ||
                (i == ls && bt_starts(f, le, " (expanded from")) ||
                bt_starts(f, le, "...") || (armed && bt_rest_blank(f, le))) {
                *out = (struct mxq_slice){(const char *)i + 1,
                                          (size_t)(end - i - 1)};
                return true;
            }
        }
    } else if (armed) {
        end = bt_addr(i, le);
        if (end != NULL && (end == le || bt_blank(*end) || *end == '\r' ||
                            *end == ':' || *end == '<')) {
            *out = (struct mxq_slice){(const char *)i, (size_t)(end - i)};
            return true;
        }
    }
    /* sendmail's "<addr>... User unknown" after a blank, anywhere; the
     * addresses tried lie apart (none holds a '<'), so the line is read
     * once */
    for (const unsigned char *q = i + 1; q < le; q++) {
        if (*q != '<' || !bt_blank(q[-1]))
            continue;
        end = bt_addr(q + 1, le);
        if (end != NULL && end < le && *end == '>' &&
            bt_starts(end + 1, le, "...")) {
            *out = (struct mxq_slice){(const char *)q + 1,
                                      (size_t)(end - q - 1)};
            return true;
        }
        if (end != NULL)
            q = end - 1;
    }
    return false;
}

/* On a line that announces failures, an address after its last ':' that
 * ends the line: "Did not reach the following recipient: addr", "User's
 * mailbox is full: <addr>", Notes' "was not delivered to: addr". */
static bool bt_line_tail_recipient(const unsigned char *ls,
                                   const unsigned char *le,
                                   struct mxq_slice *out)
{
    const unsigned char *colon = le;
    while (colon > ls && colon[-1] != ':')
        colon--;
    if (colon == ls)
        return false;
    const unsigned char *a = colon;
    while (a < le && bt_blank(*a))
        a++;
    bool bracketed = a < le && *a == '<';
    const unsigned char *end = bt_addr(a + bracketed, le);
    if (end == NULL)
        return false;
    const unsigned char *f = end;
    if (bracketed) {
        if (f == le || *f != '>')
            return false;
        f++;
    }
    if (!bt_rest_blank(f, le))
        return false;
    *out = (struct mxq_slice){(const char *)a + bracketed,
                              (size_t)(end - a - bracketed)};
    return true;
}

static void bt_scan_recipient(const unsigned char *text, size_t n,
                              struct mxq_bounce_facts *out)
{
    const unsigned char *ls = text, *pe = text + n;
    unsigned armed = 0;

    while (ls < pe) {
        const unsigned char *le = ls;
        while (le < pe && *le != '\n')
            le++;
        bool announces = bt_announces(ls, le);
        if (bt_line_recipient(ls, le, armed > 0, &out->recipient) ||
            (announces && bt_line_tail_recipient(ls, le, &out->recipient)))
            return;
        if (announces)
            armed = BT_ARMED_LINES;
        else if (armed > 0 && !bt_rest_blank(ls, le))
            armed--;
        ls = le < pe ? le + 1 : le;
    }
}

void mxq_bounce_scan(const char *text, size_t n, struct mxq_bounce_facts *out)
{
    *out = (struct mxq_bounce_facts){{NULL, 0}, {NULL, 0}, {NULL, 0}};
    if (n == 0)
        return;
    bt_scan_codes((const unsigned char *)text, n, out);
    bt_scan_recipient((const unsigned char *)text, n, out);
}
