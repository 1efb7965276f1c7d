
#line 1 "grammar/smtp_command.rl"
/*
 * SMTP command lines. See smtp_command.h for the contract.
 *
 * One machine reads the whole line in one pass: the verb, its arguments,
 * the ESMTP parameters and the CRLF. Only when it fails does a second,
 * tiny machine read what is left of the line, to tell a broken line
 * (BAD_LINE: a lone CR or LF, a NUL, no CRLF) from a broken command
 * (SYNTAX). Everything the first machine accepts before the point of
 * failure is free of CR, LF and NUL, except the CR of the terminator,
 * which sets saw_cr: so the rest of the line decides.
 *
 * Spaces: one SP wherever RFC 5321 has SP; any number after "FROM:" and
 * "TO:" and before the CRLF, because real clients send them.
 */
#include <stdint.h>

#include "smtp_command.h"

static struct mxq_slice
slice(const unsigned char *from, const unsigned char *to)
{
    struct mxq_slice s = { (const char *)from, (size_t)(to - from) };

    return s;
}

/* Appends one decimal digit; false when the value would not fit. */
static bool
add_digit(uint64_t *value, unsigned char c)
{
    unsigned digit = (unsigned)(c - '0');

    if (*value > (UINT64_MAX - digit) / 10)
        return false;
    *value = *value * 10 + digit;
    return true;
}

/* Records an ESMTP keyword; a second one of the same kind is flagged. */
static void
note_param(struct mxq_command *out, unsigned bit, bool *duplicate)
{
    if (out->params & bit)
        *duplicate = true;
    out->params |= bit;
}


#line 49 "gen/smtp_command.c"
static const int smtp_command_start = 1;
static const int smtp_command_first_final = 232;
static const int smtp_command_error = 0;


#line 212 "grammar/smtp_command.rl"


/* What follows the point where the command machine failed: does the line
 * still end in CRLF, with no CR, LF or NUL before it? */

#line 57 "gen/smtp_command.c"
static const int line_rest_start = 1;
static const int line_rest_first_final = 3;
static const int line_rest_error = 0;


#line 223 "grammar/smtp_command.rl"


static bool
line_is_sound(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    
#line 68 "gen/smtp_command.c"
	{
	cs = line_rest_start;
	}

#line 231 "grammar/smtp_command.rl"
    
#line 71 "gen/smtp_command.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st2;
	}
	goto st1;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 10u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 232 "grammar/smtp_command.rl"
    return cs >= line_rest_first_final && cs != line_rest_error;
}

enum mxq_command_result
mxq_parse_command(const char *line, size_t len, struct mxq_command *out)
{
    const unsigned char *p = (const unsigned char *)line;
    const unsigned char *pe = p + len;
    const unsigned char *mark = p, *param = p;
    bool saw_cr = false, too_big = false, duplicate = false;
    int cs;

    *out = (struct mxq_command){ .verb = MXQ_VERB_UNKNOWN };

    
#line 123 "gen/smtp_command.c"
	{
	cs = smtp_command_start;
	}

#line 126 "gen/smtp_command.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr4;
		case 66u: goto tr5;
		case 68u: goto tr6;
		case 69u: goto tr7;
		case 72u: goto tr8;
		case 77u: goto tr9;
		case 78u: goto tr10;
		case 81u: goto tr11;
		case 82u: goto tr12;
		case 83u: goto tr13;
		case 86u: goto tr14;
		case 97u: goto tr4;
		case 98u: goto tr5;
		case 100u: goto tr6;
		case 101u: goto tr7;
		case 104u: goto tr8;
		case 109u: goto tr9;
		case 110u: goto tr10;
		case 113u: goto tr11;
		case 114u: goto tr12;
		case 115u: goto tr13;
		case 118u: goto tr14;
	}
	goto tr0;
st0:
cs = 0;
	goto _out;
tr0:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 171 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
	}
	goto tr0;
tr2:
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr21:
#line 72 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr32:
#line 75 "grammar/smtp_command.rl"
	{ out->auth_initial = slice(mark, p); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr108:
#line 84 "grammar/smtp_command.rl"
	{
        if (out->unknown_param.p == NULL)
            out->unknown_param = slice(param, p);
    }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr119:
#line 119 "grammar/smtp_command.rl"
	{ out->auth_mailbox = slice(mark, p); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr157:
#line 106 "grammar/smtp_command.rl"
	{ out->envid = slice(mark, p); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr203:
#line 117 "grammar/smtp_command.rl"
	{ out->orcpt_address = slice(mark, p); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr250:
#line 101 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_SMTPUTF8, &duplicate); }
#line 70 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 216 "gen/smtp_command.c"
	if ( (*p) == 10u )
		goto st232;
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
	}
	goto st4;
tr4:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 241 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 85u: goto tr16;
		case 117u: goto tr16;
	}
	goto tr0;
tr16:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 257 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr17;
		case 116u: goto tr17;
	}
	goto tr0;
tr17:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 273 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 72u: goto tr18;
		case 104u: goto tr18;
	}
	goto tr0;
tr18:
#line 65 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_AUTH; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 289 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st9;
	}
	goto tr0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 45u: goto tr20;
		case 95u: goto tr20;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr20;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr20;
	} else
		goto tr20;
	goto st0;
tr20:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 320 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st19;
		case 95u: goto st19;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st19;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st19;
	} else
		goto st19;
	goto st0;
tr22:
#line 72 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 342 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 43u: goto tr25;
		case 61u: goto tr26;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr25;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr25;
	} else
		goto tr25;
	goto st0;
tr72:
#line 72 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st12;
tr33:
#line 75 "grammar/smtp_command.rl"
	{ out->auth_initial = slice(mark, p); }
	goto st12;
tr62:
#line 81 "grammar/smtp_command.rl"
	{ out->last = true; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 370 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto st0;
tr25:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 382 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto st14;
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st14;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st14;
	} else
		goto st14;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 43u: goto st15;
		case 61u: goto st18;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st15;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st15;
	} else
		goto st15;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 43u: goto st16;
		case 61u: goto st17;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st16;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st16;
	} else
		goto st16;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 13u: goto tr32;
		case 32u: goto tr33;
		case 43u: goto st13;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st13;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st13;
	} else
		goto st13;
	goto st0;
tr26:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 452 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr32;
		case 32u: goto tr33;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 61u )
		goto st17;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st20;
		case 95u: goto st20;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st20;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st20;
	} else
		goto st20;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st21;
		case 95u: goto st21;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st21;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st21;
	} else
		goto st21;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st22;
		case 95u: goto st22;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st22;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st22;
	} else
		goto st22;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st23;
		case 95u: goto st23;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st23;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st23;
	} else
		goto st23;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st24;
		case 95u: goto st24;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st24;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st24;
	} else
		goto st24;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st25;
		case 95u: goto st25;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st25;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st25;
	} else
		goto st25;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st26;
		case 95u: goto st26;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st26;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st26;
	} else
		goto st26;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st27;
		case 95u: goto st27;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st27;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st27;
	} else
		goto st27;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st28;
		case 95u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st28;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st28;
	} else
		goto st28;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st29;
		case 95u: goto st29;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st29;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st29;
	} else
		goto st29;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st30;
		case 95u: goto st30;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st30;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st30;
	} else
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st31;
		case 95u: goto st31;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st31;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st31;
	} else
		goto st31;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st32;
		case 95u: goto st32;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st32;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st32;
	} else
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st33;
		case 95u: goto st33;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st33;
	} else
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st34;
		case 95u: goto st34;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st34;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st34;
	} else
		goto st34;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st35;
		case 95u: goto st35;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st35;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st35;
	} else
		goto st35;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st36;
		case 95u: goto st36;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st36;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st36;
	} else
		goto st36;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
		case 45u: goto st37;
		case 95u: goto st37;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st37;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st37;
	} else
		goto st37;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
	}
	goto st0;
tr5:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 822 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 68u: goto tr53;
		case 100u: goto tr53;
	}
	goto tr0;
tr53:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 838 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr54;
		case 97u: goto tr54;
	}
	goto tr0;
tr54:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 854 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr55;
		case 116u: goto tr55;
	}
	goto tr0;
tr55:
#line 57 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_BDAT; }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 870 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st42;
	}
	goto tr0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr57;
	goto st0;
tr57:
#line 77 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->chunk_size, (*p)))
            too_big = true;
    }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 894 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st44;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr57;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 76u: goto st45;
		case 108u: goto st45;
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
		case 83u: goto st47;
		case 115u: goto st47;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 84u: goto tr62;
		case 116u: goto tr62;
	}
	goto st0;
tr6:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 946 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr63;
		case 97u: goto tr63;
	}
	goto tr0;
tr63:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 962 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr64;
		case 116u: goto tr64;
	}
	goto tr0;
tr64:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 978 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr65;
		case 97u: goto tr65;
	}
	goto tr0;
tr65:
#line 56 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_DATA; }
	goto st51;
tr257:
#line 60 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_QUIT; }
	goto st51;
tr265:
#line 58 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_RSET; }
	goto st51;
tr272:
#line 64 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_STARTTLS; }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 1003 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto tr0;
tr7:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 1017 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 72u: goto tr66;
		case 88u: goto tr67;
		case 104u: goto tr66;
		case 120u: goto tr67;
	}
	goto tr0;
tr66:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 1035 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr68;
		case 108u: goto tr68;
	}
	goto tr0;
tr68:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 1051 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr69;
		case 111u: goto tr69;
	}
	goto tr0;
tr69:
#line 53 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_EHLO; }
	goto st55;
tr82:
#line 52 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_HELO; }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 1070 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st56;
	}
	goto tr0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( 33u <= (*p) && (*p) <= 126u )
		goto tr71;
	goto st0;
tr71:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 1091 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr72;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st57;
	goto st0;
tr67:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 1105 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr74;
		case 112u: goto tr74;
	}
	goto tr0;
tr74:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 1121 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 78u: goto tr75;
		case 110u: goto tr75;
	}
	goto tr0;
tr75:
#line 62 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_EXPN; }
	goto st60;
tr275:
#line 61 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_VRFY; }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 1140 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st61;
	}
	goto tr0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
	}
	goto tr77;
tr77:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p + 1); }
	goto st62;
tr78:
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p + 1); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 1169 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st62;
	}
	goto tr78;
tr8:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 1183 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 69u: goto tr80;
		case 101u: goto tr80;
	}
	goto tr0;
tr80:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 1199 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr81;
		case 108u: goto tr81;
	}
	goto tr0;
tr81:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 1215 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr82;
		case 80u: goto tr83;
		case 111u: goto tr82;
		case 112u: goto tr83;
	}
	goto tr0;
tr83:
#line 63 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_HELP; }
	goto st66;
tr254:
#line 59 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_NOOP; }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 1236 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st67;
	}
	goto tr0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto tr77;
tr9:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1261 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr85;
		case 97u: goto tr85;
	}
	goto tr0;
tr85:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 1277 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 73u: goto tr86;
		case 105u: goto tr86;
	}
	goto tr0;
tr86:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1293 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr87;
		case 108u: goto tr87;
	}
	goto tr0;
tr87:
#line 54 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_MAIL; }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 1309 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st72;
	}
	goto tr0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 70u: goto st73;
		case 102u: goto st73;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 82u: goto st74;
		case 114u: goto st74;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 79u: goto st75;
		case 111u: goto st75;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 77u: goto st76;
		case 109u: goto st76;
	}
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 58u )
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 32u: goto st77;
		case 60u: goto tr94;
	}
	goto st0;
tr94:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 1375 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
		case 34u: goto st79;
		case 60u: goto st0;
		case 62u: goto tr97;
	}
	goto st78;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st78;
		case 92u: goto st80;
	}
	goto st79;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
	}
	goto st79;
tr97:
#line 74 "grammar/smtp_command.rl"
	{ out->path = slice(mark, p + 1); }
	goto st81;
tr133:
#line 98 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_7BIT; }
	goto st81;
tr140:
#line 99 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_8BITMIME; }
	goto st81;
tr149:
#line 100 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_BINARYMIME; }
	goto st81;
tr192:
#line 111 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_NEVER; }
	goto st81;
tr215:
#line 103 "grammar/smtp_command.rl"
	{ out->ret = MXQ_RET_FULL; }
	goto st81;
tr218:
#line 104 "grammar/smtp_command.rl"
	{ out->ret = MXQ_RET_HDRS; }
	goto st81;
tr243:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 1438 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	goto st0;
tr109:
#line 84 "grammar/smtp_command.rl"
	{
        if (out->unknown_param.p == NULL)
            out->unknown_param = slice(param, p);
    }
	goto st82;
tr120:
#line 119 "grammar/smtp_command.rl"
	{ out->auth_mailbox = slice(mark, p); }
	goto st82;
tr158:
#line 106 "grammar/smtp_command.rl"
	{ out->envid = slice(mark, p); }
	goto st82;
tr204:
#line 117 "grammar/smtp_command.rl"
	{ out->orcpt_address = slice(mark, p); }
	goto st82;
tr251:
#line 101 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_SMTPUTF8, &duplicate); }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
#line 1465 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 65u: goto tr101;
		case 66u: goto tr102;
		case 69u: goto tr103;
		case 78u: goto tr104;
		case 79u: goto tr105;
		case 82u: goto tr106;
		case 83u: goto tr107;
		case 97u: goto tr101;
		case 98u: goto tr102;
		case 101u: goto tr103;
		case 110u: goto tr104;
		case 111u: goto tr105;
		case 114u: goto tr106;
		case 115u: goto tr107;
	}
	if ( (*p) < 67u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr100;
	} else if ( (*p) > 90u ) {
		if ( 99u <= (*p) && (*p) <= 122u )
			goto tr100;
	} else
		goto tr100;
	goto st0;
tr100:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 1499 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st85;
	} else if ( (*p) >= 33u )
		goto st85;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st85;
	} else if ( (*p) >= 33u )
		goto st85;
	goto st0;
tr101:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 1545 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 85u: goto st87;
		case 117u: goto st87;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st88;
		case 116u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 72u: goto st89;
		case 104u: goto st89;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr116;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr116:
#line 118 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_AUTH, &duplicate); }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 1628 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr118;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr117;
	} else if ( (*p) >= 33u )
		goto tr117;
	goto st0;
tr117:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 1643 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr119;
		case 32u: goto tr120;
		case 43u: goto st92;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st91;
	} else if ( (*p) >= 33u )
		goto st91;
	goto st0;
tr118:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 1661 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st93;
	} else if ( (*p) >= 48u )
		goto st93;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st91;
	} else if ( (*p) >= 48u )
		goto st91;
	goto st0;
tr102:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 1684 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 79u: goto st95;
		case 111u: goto st95;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 68u: goto st96;
		case 100u: goto st96;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 89u: goto st97;
		case 121u: goto st97;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr127;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr127:
#line 97 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_BODY, &duplicate); }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 1767 "gen/smtp_command.c"
	switch( (*p) ) {
		case 55u: goto st99;
		case 56u: goto st102;
		case 66u: goto st109;
		case 98u: goto st109;
	}
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 66u: goto st100;
		case 98u: goto st100;
	}
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 73u: goto st101;
		case 105u: goto st101;
	}
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 84u: goto tr133;
		case 116u: goto tr133;
	}
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 66u: goto st103;
		case 98u: goto st103;
	}
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 73u: goto st104;
		case 105u: goto st104;
	}
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 84u: goto st105;
		case 116u: goto st105;
	}
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 77u: goto st106;
		case 109u: goto st106;
	}
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 73u: goto st107;
		case 105u: goto st107;
	}
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 77u: goto st108;
		case 109u: goto st108;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 69u: goto tr140;
		case 101u: goto tr140;
	}
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 73u: goto st110;
		case 105u: goto st110;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 78u: goto st111;
		case 110u: goto st111;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 65u: goto st112;
		case 97u: goto st112;
	}
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 82u: goto st113;
		case 114u: goto st113;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 89u: goto st114;
		case 121u: goto st114;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 77u: goto st115;
		case 109u: goto st115;
	}
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 73u: goto st116;
		case 105u: goto st116;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 77u: goto st117;
		case 109u: goto st117;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 69u: goto tr149;
		case 101u: goto tr149;
	}
	goto st0;
tr103:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
#line 1952 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 78u: goto st119;
		case 110u: goto st119;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 86u: goto st120;
		case 118u: goto st120;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 73u: goto st121;
		case 105u: goto st121;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 68u: goto st122;
		case 100u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr154;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr154:
#line 105 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_ENVID, &duplicate); }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
#line 2056 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr156;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr155;
	} else if ( (*p) >= 33u )
		goto tr155;
	goto st0;
tr155:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
#line 2071 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr157;
		case 32u: goto tr158;
		case 43u: goto st125;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st124;
	} else if ( (*p) >= 33u )
		goto st124;
	goto st0;
tr156:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st125;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
#line 2089 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st126;
	} else if ( (*p) >= 48u )
		goto st126;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st124;
	} else if ( (*p) >= 48u )
		goto st124;
	goto st0;
tr104:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
#line 2112 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 79u: goto st128;
		case 111u: goto st128;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st129;
		case 116u: goto st129;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 73u: goto st130;
		case 105u: goto st130;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 70u: goto st131;
		case 102u: goto st131;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 89u: goto st132;
		case 121u: goto st132;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr167;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr167:
#line 107 "grammar/smtp_command.rl"
	{
        note_param(out, MXQ_PARAM_NOTIFY, &duplicate);
        out->notify = 0;
    }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 2240 "gen/smtp_command.c"
	switch( (*p) ) {
		case 68u: goto st134;
		case 70u: goto st140;
		case 78u: goto st152;
		case 83u: goto st146;
		case 100u: goto st134;
		case 102u: goto st140;
		case 110u: goto st152;
		case 115u: goto st146;
	}
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 69u: goto st135;
		case 101u: goto st135;
	}
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 76u: goto st136;
		case 108u: goto st136;
	}
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 65u: goto st137;
		case 97u: goto st137;
	}
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 89u: goto tr175;
		case 121u: goto tr175;
	}
	goto st0;
tr175:
#line 114 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_DELAY; }
	goto st138;
tr182:
#line 113 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_FAILURE; }
	goto st138;
tr188:
#line 112 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_SUCCESS; }
	goto st138;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
#line 2300 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
		case 44u: goto st139;
	}
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 68u: goto st134;
		case 70u: goto st140;
		case 83u: goto st146;
		case 100u: goto st134;
		case 102u: goto st140;
		case 115u: goto st146;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 65u: goto st141;
		case 97u: goto st141;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 73u: goto st142;
		case 105u: goto st142;
	}
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 76u: goto st143;
		case 108u: goto st143;
	}
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 85u: goto st144;
		case 117u: goto st144;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 82u: goto st145;
		case 114u: goto st145;
	}
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 69u: goto tr182;
		case 101u: goto tr182;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 85u: goto st147;
		case 117u: goto st147;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 67u: goto st148;
		case 99u: goto st148;
	}
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 67u: goto st149;
		case 99u: goto st149;
	}
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 69u: goto st150;
		case 101u: goto st150;
	}
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 83u: goto st151;
		case 115u: goto st151;
	}
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 83u: goto tr188;
		case 115u: goto tr188;
	}
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 69u: goto st153;
		case 101u: goto st153;
	}
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 86u: goto st154;
		case 118u: goto st154;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 69u: goto st155;
		case 101u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 82u: goto tr192;
		case 114u: goto tr192;
	}
	goto st0;
tr105:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st156;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
#line 2470 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 82u: goto st157;
		case 114u: goto st157;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 67u: goto st158;
		case 99u: goto st158;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 80u: goto st159;
		case 112u: goto st159;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st160;
		case 116u: goto st160;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr197;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr197:
#line 115 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_ORCPT, &duplicate); }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
#line 2574 "gen/smtp_command.c"
	switch( (*p) ) {
		case 33u: goto tr198;
		case 45u: goto tr198;
		case 63u: goto tr198;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr198;
		} else if ( (*p) >= 35u )
			goto tr198;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr198;
		} else if ( (*p) >= 65u )
			goto tr198;
	} else
		goto tr198;
	goto st0;
tr198:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st162;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
#line 2601 "gen/smtp_command.c"
	switch( (*p) ) {
		case 33u: goto st162;
		case 45u: goto st162;
		case 59u: goto tr200;
		case 63u: goto st162;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st162;
		} else if ( (*p) >= 35u )
			goto st162;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st162;
		} else if ( (*p) >= 65u )
			goto st162;
	} else
		goto st162;
	goto st0;
tr200:
#line 116 "grammar/smtp_command.rl"
	{ out->orcpt_type = slice(mark, p); }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
#line 2629 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr202;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr201;
	} else if ( (*p) >= 33u )
		goto tr201;
	goto st0;
tr201:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
#line 2644 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr203;
		case 32u: goto tr204;
		case 43u: goto st165;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st164;
	} else if ( (*p) >= 33u )
		goto st164;
	goto st0;
tr202:
#line 71 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
#line 2662 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st166;
	} else if ( (*p) >= 48u )
		goto st166;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st164;
	} else if ( (*p) >= 48u )
		goto st164;
	goto st0;
tr106:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 2685 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 69u: goto st168;
		case 101u: goto st168;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st169;
		case 116u: goto st169;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr210;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr210:
#line 102 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_RET, &duplicate); }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 2747 "gen/smtp_command.c"
	switch( (*p) ) {
		case 70u: goto st171;
		case 72u: goto st174;
		case 102u: goto st171;
		case 104u: goto st174;
	}
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 85u: goto st172;
		case 117u: goto st172;
	}
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 76u: goto st173;
		case 108u: goto st173;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 76u: goto tr215;
		case 108u: goto tr215;
	}
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 68u: goto st175;
		case 100u: goto st175;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 82u: goto st176;
		case 114u: goto st176;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 83u: goto tr218;
		case 115u: goto tr218;
	}
	goto st0;
tr107:
#line 83 "grammar/smtp_command.rl"
	{ param = p; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 2815 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 73u: goto st178;
		case 77u: goto st201;
		case 105u: goto st178;
		case 109u: goto st201;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 90u: goto st179;
		case 122u: goto st179;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 89u ) {
		if ( 97u <= (*p) && (*p) <= 121u )
			goto st83;
	} else
		goto st83;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 69u: goto st180;
		case 101u: goto st180;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 45u: goto st83;
		case 61u: goto tr223;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr223:
#line 89 "grammar/smtp_command.rl"
	{
        note_param(out, MXQ_PARAM_SIZE, &duplicate);
        out->size = 0;
    }
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
#line 2903 "gen/smtp_command.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr224;
	goto st0;
tr224:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 2916 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr225;
	goto st0;
tr225:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 2933 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr226;
	goto st0;
tr226:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 2950 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr227;
	goto st0;
tr227:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 2967 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr228;
	goto st0;
tr228:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 2984 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr229;
	goto st0;
tr229:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 3001 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr230;
	goto st0;
tr230:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 3018 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr231;
	goto st0;
tr231:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 3035 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr232;
	goto st0;
tr232:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 3052 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr233;
	goto st0;
tr233:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
#line 3069 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr234;
	goto st0;
tr234:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
#line 3086 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr235;
	goto st0;
tr235:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 3103 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr236;
	goto st0;
tr236:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
#line 3120 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr237;
	goto st0;
tr237:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st195;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
#line 3137 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr238;
	goto st0;
tr238:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st196;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
#line 3154 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr239;
	goto st0;
tr239:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 3171 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr240;
	goto st0;
tr240:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 3188 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr241;
	goto st0;
tr241:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
#line 3205 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr242;
	goto st0;
tr242:
#line 93 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
#line 3222 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st82;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr243;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st202;
		case 116u: goto st202;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 80u: goto st203;
		case 112u: goto st203;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 85u: goto st204;
		case 117u: goto st204;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 84u: goto st205;
		case 116u: goto st205;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 61u: goto st84;
		case 70u: goto st206;
		case 102u: goto st206;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 13u: goto tr108;
		case 32u: goto tr109;
		case 45u: goto st83;
		case 56u: goto st207;
		case 61u: goto st84;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 13u: goto tr250;
		case 32u: goto tr251;
		case 45u: goto st83;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
tr10:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st208;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
#line 3379 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr252;
		case 111u: goto tr252;
	}
	goto tr0;
tr252:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 3395 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr253;
		case 111u: goto tr253;
	}
	goto tr0;
tr253:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
#line 3411 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr254;
		case 112u: goto tr254;
	}
	goto tr0;
tr11:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
#line 3427 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 85u: goto tr255;
		case 117u: goto tr255;
	}
	goto tr0;
tr255:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 3443 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 73u: goto tr256;
		case 105u: goto tr256;
	}
	goto tr0;
tr256:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
#line 3459 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr257;
		case 116u: goto tr257;
	}
	goto tr0;
tr12:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 3475 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 67u: goto tr258;
		case 83u: goto tr259;
		case 99u: goto tr258;
		case 115u: goto tr259;
	}
	goto tr0;
tr258:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 3493 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr260;
		case 112u: goto tr260;
	}
	goto tr0;
tr260:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 3509 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr261;
		case 116u: goto tr261;
	}
	goto tr0;
tr261:
#line 55 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_RCPT; }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 3525 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st218;
	}
	goto tr0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 84u: goto st219;
		case 116u: goto st219;
	}
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 79u: goto st76;
		case 111u: goto st76;
	}
	goto st0;
tr259:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 3557 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 69u: goto tr264;
		case 101u: goto tr264;
	}
	goto tr0;
tr264:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 3573 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr265;
		case 116u: goto tr265;
	}
	goto tr0;
tr13:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 3589 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr266;
		case 116u: goto tr266;
	}
	goto tr0;
tr266:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
#line 3605 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr267;
		case 97u: goto tr267;
	}
	goto tr0;
tr267:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 3621 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 82u: goto tr268;
		case 114u: goto tr268;
	}
	goto tr0;
tr268:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 3637 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr269;
		case 116u: goto tr269;
	}
	goto tr0;
tr269:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 3653 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr270;
		case 116u: goto tr270;
	}
	goto tr0;
tr270:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 3669 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr271;
		case 108u: goto tr271;
	}
	goto tr0;
tr271:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 3685 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 83u: goto tr272;
		case 115u: goto tr272;
	}
	goto tr0;
tr14:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 3701 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 82u: goto tr273;
		case 114u: goto tr273;
	}
	goto tr0;
tr273:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 3717 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 70u: goto tr274;
		case 102u: goto tr274;
	}
	goto tr0;
tr274:
#line 68 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 3733 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 89u: goto tr275;
		case 121u: goto tr275;
	}
	goto tr0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
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
	_test_eof18: cs = 18; goto _test_eof; 
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
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof138: cs = 138; goto _test_eof; 
	_test_eof139: cs = 139; goto _test_eof; 
	_test_eof140: cs = 140; goto _test_eof; 
	_test_eof141: cs = 141; goto _test_eof; 
	_test_eof142: cs = 142; goto _test_eof; 
	_test_eof143: cs = 143; goto _test_eof; 
	_test_eof144: cs = 144; goto _test_eof; 
	_test_eof145: cs = 145; goto _test_eof; 
	_test_eof146: cs = 146; goto _test_eof; 
	_test_eof147: cs = 147; goto _test_eof; 
	_test_eof148: cs = 148; goto _test_eof; 
	_test_eof149: cs = 149; goto _test_eof; 
	_test_eof150: cs = 150; goto _test_eof; 
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof224: cs = 224; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof227: cs = 227; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 250 "grammar/smtp_command.rl"


    if (cs >= smtp_command_first_final && cs != smtp_command_error) {
        if (too_big)
            return MXQ_CMD_SYNTAX;
        if (duplicate)
            return MXQ_CMD_DUPLICATE_PARAM;
        if (out->unknown_param.p != NULL)
            return MXQ_CMD_UNKNOWN_PARAM;
        return MXQ_CMD_OK;
    }
    /* The machine failed at p, or ran out of input. */
    if (saw_cr || !line_is_sound(p, pe))
        return MXQ_CMD_BAD_LINE;
    return MXQ_CMD_SYNTAX;
}

/* RFC 3461 §4: xtext decoding, validating as it goes. */

#line 3996 "gen/smtp_command.c"
static const int xtext_decode_start = 3;
static const int xtext_decode_first_final = 3;
static const int xtext_decode_error = 0;


#line 298 "grammar/smtp_command.rl"


size_t
mxq_xtext_decode(const char *in, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)in;
    const unsigned char *pe = p + n;
    unsigned char high = 0, low = 0;
    size_t o = 0;
    bool full = false;
    int cs;

    
#line 4012 "gen/smtp_command.c"
	{
	cs = xtext_decode_start;
	}

#line 311 "grammar/smtp_command.rl"
    
#line 4015 "gen/smtp_command.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr3:
#line 281 "grammar/smtp_command.rl"
	{ low = (unsigned char)((*p) - '0'); }
#line 283 "grammar/smtp_command.rl"
	{
        if (o == cap) {
            full = true;
            {p++; cs = 3; goto _out;}
        }
        out[o++] = (char)(high << 4 | low);
    }
	goto st3;
tr4:
#line 282 "grammar/smtp_command.rl"
	{ low = (unsigned char)((*p) - 'A' + 10); }
#line 283 "grammar/smtp_command.rl"
	{
        if (o == cap) {
            full = true;
            {p++; cs = 3; goto _out;}
        }
        out[o++] = (char)(high << 4 | low);
    }
	goto st3;
tr5:
#line 272 "grammar/smtp_command.rl"
	{
        if (o == cap) {
            full = true;
            {p++; cs = 3; goto _out;}
        }
        out[o++] = (char)(*p);
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 4053 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto st1;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr5;
	} else if ( (*p) >= 33u )
		goto tr5;
	goto st0;
st0:
cs = 0;
	goto _out;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto tr2;
	} else if ( (*p) >= 48u )
		goto tr0;
	goto st0;
tr0:
#line 279 "grammar/smtp_command.rl"
	{ high = (unsigned char)((*p) - '0'); }
	goto st2;
tr2:
#line 280 "grammar/smtp_command.rl"
	{ high = (unsigned char)((*p) - 'A' + 10); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 4084 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto tr4;
	} else if ( (*p) >= 48u )
		goto tr3;
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 312 "grammar/smtp_command.rl"
    if (full || p != pe || cs < xtext_decode_first_final ||
        cs == xtext_decode_error)
        return (size_t)-1;
    return o;
}
