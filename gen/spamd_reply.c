
#line 1 "grammar/spamd_reply.rl"
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


#line 46 "gen/spamd_reply.c"
static const int mxq_spamd_reply_start = 1;
static const int mxq_spamd_reply_first_final = 97;


#line 144 "grammar/spamd_reply.rl"


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

    
#line 71 "gen/spamd_reply.c"
	{
	cs = mxq_spamd_reply_start;
	}

#line 167 "grammar/spamd_reply.rl"
    
#line 74 "gen/spamd_reply.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 83u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 49 "grammar/spamd_reply.rl"
	{ part = PART_STATUS; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 93 "gen/spamd_reply.c"
	if ( (*p) == 80u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 65u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 77u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 68u )
		goto st6;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 47u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 49u )
		goto st8;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 46u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 32u )
		goto st11;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st10;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr11;
	goto st0;
tr11:
#line 50 "grammar/spamd_reply.rl"
	{ code = code * 10 + (unsigned)((*p) - '0'); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 168 "gen/spamd_reply.c"
	if ( (*p) == 32u )
		goto st13;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto tr15;
	}
	goto tr14;
tr14:
#line 51 "grammar/spamd_reply.rl"
	{ message = p; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 189 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto tr17;
	}
	goto st14;
tr15:
#line 51 "grammar/spamd_reply.rl"
	{ message = p; }
#line 52 "grammar/spamd_reply.rl"
	{ message_end = p; }
	goto st15;
tr17:
#line 52 "grammar/spamd_reply.rl"
	{ message_end = p; }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 205 "gen/spamd_reply.c"
	if ( (*p) == 10u )
		goto tr18;
	goto st0;
tr18:
#line 53 "grammar/spamd_reply.rl"
	{
        out->status_line = true;
        out->code = code;
        out->message.p = (const char *)message;
        out->message.n = (size_t)(message_end - message);
        part = PART_HEADER;
    }
	goto st16;
tr28:
#line 60 "grammar/spamd_reply.rl"
	{ part = PART_HEADER; }
	goto st16;
tr79:
#line 80 "grammar/spamd_reply.rl"
	{
        out->spam_header = true;
        out->spam = flag;
        out->score = score;
        out->threshold = threshold;
        part = PART_HEADER;
    }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 233 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 13u: goto st17;
		case 67u: goto st23;
		case 83u: goto st40;
		case 99u: goto st23;
		case 115u: goto st40;
	}
	if ( (*p) > 57u ) {
		if ( 59u <= (*p) && (*p) <= 126u )
			goto st20;
	} else if ( (*p) >= 33u )
		goto st20;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 10u )
		goto tr23;
	goto st0;
tr23:
#line 102 "grammar/spamd_reply.rl"
	{ part = PART_BODY; body = p + 1; }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 260 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 10u: goto st98;
		case 13u: goto st18;
		case 95u: goto tr25;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr25;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr25;
	} else
		goto tr25;
	goto st0;
tr112:
#line 104 "grammar/spamd_reply.rl"
	{
        symbols++;
        if (symbol != NULL) {
            struct mxq_slice s = {(const char *)symbol_at,
                                  (size_t)(p - symbol_at)};
            symbol(ctx, s);
        }
    }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 288 "gen/spamd_reply.c"
	goto st0;
tr113:
#line 104 "grammar/spamd_reply.rl"
	{
        symbols++;
        if (symbol != NULL) {
            struct mxq_slice s = {(const char *)symbol_at,
                                  (size_t)(p - symbol_at)};
            symbol(ctx, s);
        }
    }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 303 "gen/spamd_reply.c"
	if ( (*p) == 10u )
		goto st98;
	goto st0;
tr25:
#line 103 "grammar/spamd_reply.rl"
	{ symbol_at = p; }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 313 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 10u: goto tr112;
		case 13u: goto tr113;
		case 44u: goto tr114;
		case 95u: goto st99;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st99;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st99;
	} else
		goto st99;
	goto st0;
tr114:
#line 104 "grammar/spamd_reply.rl"
	{
        symbols++;
        if (symbol != NULL) {
            struct mxq_slice s = {(const char *)symbol_at,
                                  (size_t)(p - symbol_at)};
            symbol(ctx, s);
        }
    }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 342 "gen/spamd_reply.c"
	if ( (*p) == 95u )
		goto tr25;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr25;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr25;
	} else
		goto tr25;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 58u )
		goto st21;
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 10u: goto st0;
		case 13u: goto st22;
	}
	goto st21;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 10u )
		goto tr28;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 58u: goto st21;
		case 79u: goto st24;
		case 111u: goto st24;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 58u: goto st21;
		case 78u: goto st25;
		case 110u: goto st25;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 58u: goto st21;
		case 84u: goto st26;
		case 116u: goto st26;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 58u: goto st21;
		case 69u: goto st27;
		case 101u: goto st27;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 58u: goto st21;
		case 78u: goto st28;
		case 110u: goto st28;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 58u: goto st21;
		case 84u: goto st29;
		case 116u: goto st29;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 45u: goto st30;
		case 58u: goto st21;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 58u: goto st21;
		case 76u: goto st31;
		case 108u: goto st31;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 58u: goto st21;
		case 69u: goto st32;
		case 101u: goto st32;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 58u: goto st21;
		case 78u: goto st33;
		case 110u: goto st33;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 58u: goto st21;
		case 71u: goto st34;
		case 103u: goto st34;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 58u: goto st21;
		case 84u: goto st35;
		case 116u: goto st35;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 58u: goto st21;
		case 72u: goto st36;
		case 104u: goto st36;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( (*p) == 58u )
		goto tr42;
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
tr42:
#line 88 "grammar/spamd_reply.rl"
	{
        if (out->has_length)
            repeated = true;
        out->has_length = true;
        out->content_length = 0;
    }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 554 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st37;
		case 32u: goto st37;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr44;
	goto st0;
tr44:
#line 94 "grammar/spamd_reply.rl"
	{
        size_t d = (size_t)((*p) - '0');
        if (out->content_length <= (SIZE_MAX - d) / 10)
            out->content_length = out->content_length * 10 + d;
        else
            out->content_length = SIZE_MAX;
    }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 574 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st39;
		case 13u: goto st22;
		case 32u: goto st39;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr44;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 9u: goto st39;
		case 13u: goto st22;
		case 32u: goto st39;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 58u: goto st21;
		case 80u: goto st41;
		case 112u: goto st41;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 58u: goto st21;
		case 65u: goto st42;
		case 97u: goto st42;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 58u: goto st21;
		case 77u: goto st43;
		case 109u: goto st43;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 58u )
		goto tr49;
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st20;
	goto st0;
tr49:
#line 62 "grammar/spamd_reply.rl"
	{
        part = PART_SPAM;
        if (spam_seen)
            repeated = true;
        spam_seen = true;
    }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 649 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st44;
		case 32u: goto st44;
		case 70u: goto st45;
		case 78u: goto st89;
		case 84u: goto st90;
		case 89u: goto st93;
		case 102u: goto st45;
		case 110u: goto st89;
		case 116u: goto st90;
		case 121u: goto st93;
	}
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 65u: goto st46;
		case 97u: goto st46;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 76u: goto st47;
		case 108u: goto st47;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 83u: goto st48;
		case 115u: goto st48;
	}
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 69u: goto tr58;
		case 101u: goto tr58;
	}
	goto st0;
tr58:
#line 69 "grammar/spamd_reply.rl"
	{ flag = false; }
	goto st49;
tr108:
#line 68 "grammar/spamd_reply.rl"
	{ flag = true; }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 708 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st49;
		case 32u: goto st49;
		case 59u: goto st50;
	}
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 9u: goto st50;
		case 32u: goto st50;
		case 45u: goto tr61;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr62;
	goto st0;
tr61:
#line 70 "grammar/spamd_reply.rl"
	{ memset(&num, 0, sizeof num); }
#line 71 "grammar/spamd_reply.rl"
	{ num.negative = true; }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 734 "gen/spamd_reply.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr63;
	goto st0;
tr62:
#line 70 "grammar/spamd_reply.rl"
	{ memset(&num, 0, sizeof num); }
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st52;
tr63:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 756 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr67;
	goto st0;
tr64:
#line 78 "grammar/spamd_reply.rl"
	{ score = number_value(&num); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 772 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st53;
		case 32u: goto st53;
		case 47u: goto st54;
	}
	goto st0;
tr66:
#line 78 "grammar/spamd_reply.rl"
	{ score = number_value(&num); }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 785 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st54;
		case 32u: goto st54;
		case 45u: goto tr70;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr71;
	goto st0;
tr70:
#line 70 "grammar/spamd_reply.rl"
	{ memset(&num, 0, sizeof num); }
#line 71 "grammar/spamd_reply.rl"
	{ num.negative = true; }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 801 "gen/spamd_reply.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr72;
	goto st0;
tr71:
#line 70 "grammar/spamd_reply.rl"
	{ memset(&num, 0, sizeof num); }
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st56;
tr72:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 823 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr76;
	goto st0;
tr73:
#line 79 "grammar/spamd_reply.rl"
	{ threshold = number_value(&num); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 839 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto st57;
		case 13u: goto st58;
		case 32u: goto st57;
	}
	goto st0;
tr74:
#line 79 "grammar/spamd_reply.rl"
	{ threshold = number_value(&num); }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 852 "gen/spamd_reply.c"
	if ( (*p) == 10u )
		goto tr79;
	goto st0;
tr75:
#line 72 "grammar/spamd_reply.rl"
	{ num.dot = true; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 862 "gen/spamd_reply.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr80;
	goto st0;
tr80:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 876 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr81;
	goto st0;
tr81:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 895 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr82;
	goto st0;
tr82:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 914 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr83;
	goto st0;
tr83:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 933 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr84;
	goto st0;
tr84:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 952 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr85;
	goto st0;
tr85:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 971 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
	}
	goto st0;
tr76:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 988 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr86;
	goto st0;
tr86:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 1008 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr87;
	goto st0;
tr87:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1028 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr88;
	goto st0;
tr88:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 1048 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr89;
	goto st0;
tr89:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1068 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr90;
	goto st0;
tr90:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 1088 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr91;
	goto st0;
tr91:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 1108 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr92;
	goto st0;
tr92:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 1128 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr73;
		case 13u: goto tr74;
		case 32u: goto tr73;
		case 46u: goto tr75;
	}
	goto st0;
tr65:
#line 72 "grammar/spamd_reply.rl"
	{ num.dot = true; }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 1142 "gen/spamd_reply.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr93;
	goto st0;
tr93:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 1156 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr94;
	goto st0;
tr94:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 1175 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr95;
	goto st0;
tr95:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
#line 1194 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr96;
	goto st0;
tr96:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 1213 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr97;
	goto st0;
tr97:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 1232 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr98;
	goto st0;
tr98:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 1251 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 47u: goto tr66;
	}
	goto st0;
tr67:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 1268 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr99;
	goto st0;
tr99:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 1288 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr100;
	goto st0;
tr100:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 1308 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr101;
	goto st0;
tr101:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
#line 1328 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr102;
	goto st0;
tr102:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 1348 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr103;
	goto st0;
tr103:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 1368 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr104;
	goto st0;
tr104:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 1388 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr105;
	goto st0;
tr105:
#line 73 "grammar/spamd_reply.rl"
	{
        num.mantissa = num.mantissa * 10 + (uint64_t)((*p) - '0');
        if (num.dot)
            num.decimals++;
    }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 1408 "gen/spamd_reply.c"
	switch( (*p) ) {
		case 9u: goto tr64;
		case 32u: goto tr64;
		case 46u: goto tr65;
		case 47u: goto tr66;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 79u: goto tr58;
		case 111u: goto tr58;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 82u: goto st91;
		case 114u: goto st91;
	}
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 85u: goto st92;
		case 117u: goto st92;
	}
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 69u: goto tr108;
		case 101u: goto tr108;
	}
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 69u: goto st94;
		case 101u: goto st94;
	}
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 83u: goto tr108;
		case 115u: goto tr108;
	}
	goto st0;
tr13:
#line 50 "grammar/spamd_reply.rl"
	{ code = code * 10 + (unsigned)((*p) - '0'); }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 1476 "gen/spamd_reply.c"
	if ( (*p) == 32u )
		goto st13;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr110;
	goto st0;
tr110:
#line 50 "grammar/spamd_reply.rl"
	{ code = code * 10 + (unsigned)((*p) - '0'); }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 1488 "gen/spamd_reply.c"
	if ( (*p) == 32u )
		goto st13;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 99: 
#line 104 "grammar/spamd_reply.rl"
	{
        symbols++;
        if (symbol != NULL) {
            struct mxq_slice s = {(const char *)symbol_at,
                                  (size_t)(p - symbol_at)};
            symbol(ctx, s);
        }
    }
	break;
#line 1605 "gen/spamd_reply.c"
	}
	}

	_out: {}
	}

#line 168 "grammar/spamd_reply.rl"

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
