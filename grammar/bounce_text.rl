/*
 * Bounce texts: see bounce_text.h. Two anchored machines for the Subject
 * and the sender's local part, and a scanner that cuts the text into
 * words, numbers, dotted runs and addresses and keeps the first status
 * code, reply code and recipient.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include "bounce_text.h"

%%{
    machine mxq_bounce_subject;
    alphtype unsigned char;

    subject = 'undelivered mail'i | 'undeliverable'i | 'undelivered'i
            | 'failure notice'i | 'mail delivery failed'i
            | 'delivery status notification'i | 'returned mail'i
            | 'mail failed'i | 'delivery failure'i | 'delivery has failed'i
            | 'delivery failed'i | 'delayed mail'i | 'mail system error'i
            | 'non-delivery'i | 'nondeliverable'i | 'non delivery'i
            | 'warning: could not send message'i
            | 'could not send message'i | 'delivery notification: delivery has failed'i
            | 'message delivery failure'i | 'mail delivery problem'i
            | 'returned mail:'i | 'delivery status'i;

    action matched { matched = true; fbreak; }
    main := [ \t]* subject @matched;

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

%%{
    machine mxq_bounce_sender;
    alphtype unsigned char;

    main := 'mailer'i [\-_]? 'daemon'i | 'mail-daemon'i | 'postmaster'i;

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

/* A dotted run d.d.d is a status code when it has three numbers, the
 * first one of 2, 4, 5 and the others 1 to 3 digits long. */
static bool status_shape(const unsigned char *s, size_t n)
{
    size_t parts[3], count = 0, run = 0;
    if (n < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5'))
        return false;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            if (count == 3)
                return false;
            parts[count++] = run;
            run = 0;
        } else {
            run++;
        }
    }
    return count == 3 && parts[0] == 1 && parts[1] >= 1 && parts[1] <= 3 &&
           parts[2] >= 1 && parts[2] <= 3;
}

#define KEEP(field, from, to)                                               \
    do {                                                                    \
        if (out->field.n == 0)                                              \
            out->field = (struct mxq_slice){(const char *)(from),           \
                                            (size_t)((to) - (from))};       \
    } while (0)

%%{
    machine mxq_bounce_scan;
    alphtype unsigned char;

    atext = alnum | [!#$%&'*+\-/=?^_`{|}~];
    local = atext+ ( '.' atext+ )*;
    label = alnum ( alnum | '-' )*;
    domain = label ( '.' label )+;
    addr = local '@' domain;

    word = ( alpha | '_' ) ( alnum | '_' )*;
    dotted = digit+ ( '.' digit+ )+;
    reply = [45] digit digit [ \-];
    lb = '\r'? '\n';

    main := |*
        # at a line's start: "please contact <support@...>" in a
        # sentence is no recipient
        '<' addr '>' => {
            if (ts == start)
                KEEP(recipient, ts + 1, te - 1);
        };
        lb [ \t]* '<' addr '>' => {
            const unsigned char *a = ts;
            while (*a != '<')
                a++;
            KEEP(recipient, a + 1, te - 1);
        };
        # after a colon: "User's mailbox is full: <user@...>", but not
        # "Message-Id: <...>"
        ':' [ \t]+ '<' addr '>' => {
            const unsigned char *a = ts;
            bool message_id = word_end == ts && word_len == 2 &&
                              (word_end[-2] | 0x20) == 'i' &&
                              (word_end[-1] | 0x20) == 'd';
            while (*a != '<')
                a++;
            if (!message_id)
                KEEP(recipient, a + 1, te - 1);
        };
        lb [ \t]+ addr => {
            const unsigned char *a = ts;
            while (*a == '\r' || *a == '\n' || *a == ' ' || *a == '\t')
                a++;
            /* alone on its line, or before ':' or a blank */
            if (te == pe || *te == '\r' || *te == '\n' || *te == ' ' ||
                *te == '\t' || *te == ':')
                KEEP(recipient, a, te);
        };
        word => { word_end = te; word_len = (size_t)(te - ts); };
        dotted => {
            if (status_shape(ts, (size_t)(te - ts)))
                KEEP(status, ts, te);
        };
        reply => { KEEP(reply, ts, te - 1); };
        digit+;
        any;
    *|;

    write data noerror nofinal noentry;
}%%

void mxq_bounce_scan(const char *text, size_t n, struct mxq_bounce_facts *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *start = p, *eof = pe, *ts = NULL, *te = NULL;
    const unsigned char *word_end = NULL; /* the last word, for a colon */
    size_t word_len = 0;
    int cs, act = 0;

    *out = (struct mxq_bounce_facts){{NULL, 0}, {NULL, 0}, {NULL, 0}};
    if (n == 0)
        return;
    %% write init;
    %% write exec;
    (void)act;
    (void)cs;
}
