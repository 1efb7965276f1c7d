/*
 * spamd's reply to SYMBOLS: see spamd_reply.h for the grammar. One
 * machine reads the whole reply; its actions note the status line, the
 * Spam and Content-length headers and each symbol of the body, and which
 * part it is in, so that a failure can say where it happened.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "spamd_reply.h"

/* The part of the reply the machine is in. */
enum reply_part {
    PART_STATUS,
    PART_HEADER,
    PART_SPAM,                     /* the value of a Spam header */
    PART_BODY
};

/* A score as read: at most 9 + 6 digits, so the mantissa and the power
 * of ten are exact doubles and their quotient is correctly rounded. */
struct number {
    uint64_t mantissa;
    unsigned decimals;
    bool negative, dot;
};

static const double powers_of_ten[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

static double number_value(const struct number *x)
{
    double v = (double)x->mantissa / powers_of_ten[x->decimals];
    return x->negative ? -v : v;
}

%%{
    machine mxq_spamd_reply;
    alphtype unsigned char;

    action status_start { part = PART_STATUS; }
    action code_digit { code = code * 10 + (unsigned)(fc - '0'); }
    action message_start { message = p; }
    action message_end { message_end = p; }
    action status_done {
        out->status_line = true;
        out->code = code;
        out->message.p = (const char *)message;
        out->message.n = (size_t)(message_end - message);
        part = PART_HEADER;
    }
    action header_done { part = PART_HEADER; }

    action spam_start {
        part = PART_SPAM;
        if (spam_seen)
            repeated = true;
        spam_seen = true;
    }
    action flag_true { flag = true; }
    action flag_false { flag = false; }
    action num_start { memset(&num, 0, sizeof num); }
    action num_negative { num.negative = true; }
    action num_dot { num.dot = true; }
    action num_digit {
        num.mantissa = num.mantissa * 10 + (uint64_t)(fc - '0');
        if (num.dot)
            num.decimals++;
    }
    action score_done { score = number_value(&num); }
    action threshold_done { threshold = number_value(&num); }
    action spam_done {
        out->spam_header = true;
        out->spam = flag;
        out->score = score;
        out->threshold = threshold;
        part = PART_HEADER;
    }

    action length_start {
        if (out->has_length)
            repeated = true;
        out->has_length = true;
        out->content_length = 0;
    }
    action length_digit {
        size_t d = (size_t)(fc - '0');
        if (out->content_length <= (SIZE_MAX - d) / 10)
            out->content_length = out->content_length * 10 + d;
        else
            out->content_length = SIZE_MAX;
    }

    action body_start { part = PART_BODY; body = p + 1; }
    action symbol_start { symbol_at = p; }
    action symbol_end {
        symbols++;
        if (symbol != NULL) {
            struct mxq_slice s = {(const char *)symbol_at,
                                  (size_t)(p - symbol_at)};
            symbol(ctx, s);
        }
    }

    crlf = '\r\n';
    wsp = [ \t];
    text = any - [\r\n];

    status_line = 'SPAMD/1.' digit+ ' '
                  ( digit @code_digit ){1,3} ' '
                  ( text* >message_start %message_end )
                  crlf @status_done;

    number = ( ( '-' @num_negative )?
               ( digit @num_digit ){1,9}
               ( '.' @num_dot ( digit @num_digit ){1,6} )? ) >num_start;
    flag = ( 'true'i | 'yes'i ) @flag_true | ( 'false'i | 'no'i ) @flag_false;
    spam_value = wsp* flag wsp* ';' wsp* number %score_done
                 wsp* '/' wsp* number %threshold_done wsp*;
    spam_header = 'spam'i ':' @spam_start spam_value crlf @spam_done;

    length_header = 'content-length'i ':' @length_start
                    wsp* ( digit @length_digit )+ wsp* crlf @header_done;

    name = ( 0x21..0x7e - ':' )+;
    other_header = ( name - ( 'spam'i | 'content-length'i ) ) ':' text*
                   crlf @header_done;

    symbol_name = ( alnum | '_' )+ >symbol_start %symbol_end;
    body = ( symbol_name ( ',' symbol_name )* )? ( '\r'? '\n' )?;

    main := ( status_line ( spam_header | length_header | other_header )*
              crlf @body_start body ) >status_start;

    write data noerror noentry;
}%%

enum mxq_spamd_reply_status mxq_spamd_reply_parse(
    const char *text, size_t n, struct mxq_spamd_reply *out,
    mxq_spamd_symbol_fn *symbol, void *ctx)
{
    static const unsigned char empty[1] = {0};
    const unsigned char *base = n > 0 ? (const unsigned char *)text : empty;
    const unsigned char *p = base, *pe = base + n, *eof = pe;
    const unsigned char *message = base, *message_end = base;
    const unsigned char *body = NULL, *symbol_at = base;
    enum reply_part part = PART_STATUS;
    struct number num = {0, 0, false, false};
    double score = 0, threshold = 0;
    unsigned code = 0;
    size_t symbols = 0;
    bool flag = false, spam_seen = false, repeated = false;
    int cs;

    memset(out, 0, sizeof *out);
    out->message.p = out->body.p = (const char *)base;

    %% write init;
    %% write exec;

    if (cs < mxq_spamd_reply_first_final || p != pe) {
        out->spam_header = false;
        switch (part) {
        case PART_STATUS:
            return MXQ_SPAMD_REPLY_BAD_STATUS;
        case PART_HEADER:
            return MXQ_SPAMD_REPLY_BAD_HEADER;
        case PART_SPAM:
            return MXQ_SPAMD_REPLY_BAD_SPAM;
        case PART_BODY:
            return MXQ_SPAMD_REPLY_BAD_BODY;
        }
    }
    if (repeated) {
        out->spam_header = false;
        return MXQ_SPAMD_REPLY_REPEATED;
    }
    out->body.p = (const char *)body;
    out->body.n = (size_t)(pe - body);
    out->symbols = symbols;
    if (out->has_length && out->content_length != out->body.n)
        return MXQ_SPAMD_REPLY_LENGTH_MISMATCH;
    return MXQ_SPAMD_REPLY_OK;
}
