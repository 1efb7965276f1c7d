
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
static const int smtp_command_first_final = 248;
static const int smtp_command_error = 0;


#line 223 "grammar/smtp_command.rl"


/* What follows the point where the command machine failed: does the line
 * still end in CRLF, with no CR, LF or NUL before it? */

#line 57 "gen/smtp_command.c"
static const int line_rest_start = 1;
static const int line_rest_first_final = 3;
static const int line_rest_error = 0;


#line 234 "grammar/smtp_command.rl"


static bool
line_is_sound(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    
#line 68 "gen/smtp_command.c"
	{
	cs = line_rest_start;
	}

#line 242 "grammar/smtp_command.rl"
    
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

#line 243 "grammar/smtp_command.rl"
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
#line 69 "grammar/smtp_command.rl"
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
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr23:
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr34:
#line 76 "grammar/smtp_command.rl"
	{ out->auth_initial = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr59:
#line 78 "grammar/smtp_command.rl"
	{ out->auth_mechanism = MXQ_SASL_LOGIN; }
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr65:
#line 77 "grammar/smtp_command.rl"
	{ out->auth_mechanism = MXQ_SASL_PLAIN; }
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr122:
#line 87 "grammar/smtp_command.rl"
	{
        if (out->unknown_param.p == NULL)
            out->unknown_param = slice(param, p);
    }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr133:
#line 123 "grammar/smtp_command.rl"
	{ out->auth_mailbox = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr171:
#line 109 "grammar/smtp_command.rl"
	{ out->envid = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr218:
#line 121 "grammar/smtp_command.rl"
	{ out->orcpt_address = slice(mark, p); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
tr271:
#line 104 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_SMTPUTF8, &duplicate); }
#line 71 "grammar/smtp_command.rl"
	{ saw_cr = true; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 226 "gen/smtp_command.c"
	if ( (*p) == 10u )
		goto st248;
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
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
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 251 "gen/smtp_command.c"
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
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 267 "gen/smtp_command.c"
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
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 283 "gen/smtp_command.c"
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
#line 66 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_AUTH; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 299 "gen/smtp_command.c"
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
		case 76u: goto tr21;
		case 80u: goto tr22;
		case 95u: goto tr20;
		case 108u: goto tr21;
		case 112u: goto tr22;
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
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 334 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
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
tr24:
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st11;
tr60:
#line 78 "grammar/smtp_command.rl"
	{ out->auth_mechanism = MXQ_SASL_LOGIN; }
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st11;
tr66:
#line 77 "grammar/smtp_command.rl"
	{ out->auth_mechanism = MXQ_SASL_PLAIN; }
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 364 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 43u: goto tr27;
		case 61u: goto tr28;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr27;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr27;
	} else
		goto tr27;
	goto st0;
tr86:
#line 73 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p); }
	goto st12;
tr35:
#line 76 "grammar/smtp_command.rl"
	{ out->auth_initial = slice(mark, p); }
	goto st12;
tr76:
#line 84 "grammar/smtp_command.rl"
	{ out->last = true; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 392 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto st0;
tr27:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 404 "gen/smtp_command.c"
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
		case 13u: goto tr34;
		case 32u: goto tr35;
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
tr28:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 474 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr34;
		case 32u: goto tr35;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
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
		case 13u: goto tr23;
		case 32u: goto tr24;
	}
	goto st0;
tr21:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 844 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st19;
		case 79u: goto st39;
		case 95u: goto st19;
		case 111u: goto st39;
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
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st20;
		case 71u: goto st40;
		case 95u: goto st20;
		case 103u: goto st40;
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
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st21;
		case 73u: goto st41;
		case 95u: goto st21;
		case 105u: goto st41;
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
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st22;
		case 78u: goto st42;
		case 95u: goto st22;
		case 110u: goto st42;
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
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 13u: goto tr59;
		case 32u: goto tr60;
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
tr22:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 950 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st19;
		case 76u: goto st44;
		case 95u: goto st19;
		case 108u: goto st44;
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
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st20;
		case 65u: goto st45;
		case 95u: goto st20;
		case 97u: goto st45;
	}
	if ( (*p) < 66u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st20;
	} else if ( (*p) > 90u ) {
		if ( 98u <= (*p) && (*p) <= 122u )
			goto st20;
	} else
		goto st20;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st21;
		case 73u: goto st46;
		case 95u: goto st21;
		case 105u: goto st46;
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
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr24;
		case 45u: goto st22;
		case 78u: goto st47;
		case 95u: goto st22;
		case 110u: goto st47;
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
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 13u: goto tr65;
		case 32u: goto tr66;
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
tr5:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 1056 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 68u: goto tr67;
		case 100u: goto tr67;
	}
	goto tr0;
tr67:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 1072 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr68;
		case 97u: goto tr68;
	}
	goto tr0;
tr68:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 1088 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr69;
		case 116u: goto tr69;
	}
	goto tr0;
tr69:
#line 58 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_BDAT; }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 1104 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st52;
	}
	goto tr0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr71;
	goto st0;
tr71:
#line 80 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->chunk_size, (*p)))
            too_big = true;
    }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 1128 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st54;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr71;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 76u: goto st55;
		case 108u: goto st55;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 65u: goto st56;
		case 97u: goto st56;
	}
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 83u: goto st57;
		case 115u: goto st57;
	}
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 84u: goto tr76;
		case 116u: goto tr76;
	}
	goto st0;
tr6:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 1180 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr77;
		case 97u: goto tr77;
	}
	goto tr0;
tr77:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 1196 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr78;
		case 116u: goto tr78;
	}
	goto tr0;
tr78:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 1212 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr79;
		case 97u: goto tr79;
	}
	goto tr0;
tr79:
#line 57 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_DATA; }
	goto st61;
tr278:
#line 61 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_QUIT; }
	goto st61;
tr286:
#line 59 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_RSET; }
	goto st61;
tr293:
#line 65 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_STARTTLS; }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 1237 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto tr0;
tr7:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 1251 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 72u: goto tr80;
		case 88u: goto tr81;
		case 104u: goto tr80;
		case 120u: goto tr81;
	}
	goto tr0;
tr80:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 1269 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr82;
		case 108u: goto tr82;
	}
	goto tr0;
tr82:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 1285 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr83;
		case 111u: goto tr83;
	}
	goto tr0;
tr83:
#line 54 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_EHLO; }
	goto st65;
tr96:
#line 53 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_HELO; }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 1304 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st66;
	}
	goto tr0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( 33u <= (*p) && (*p) <= 126u )
		goto tr85;
	goto st0;
tr85:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 1325 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr23;
		case 32u: goto tr86;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st67;
	goto st0;
tr81:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1339 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr88;
		case 112u: goto tr88;
	}
	goto tr0;
tr88:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 1355 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 78u: goto tr89;
		case 110u: goto tr89;
	}
	goto tr0;
tr89:
#line 63 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_EXPN; }
	goto st70;
tr296:
#line 62 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_VRFY; }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1374 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st71;
	}
	goto tr0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
	}
	goto tr91;
tr91:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
#line 74 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p + 1); }
	goto st72;
tr92:
#line 74 "grammar/smtp_command.rl"
	{ out->arg = slice(mark, p + 1); }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 1403 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st72;
	}
	goto tr92;
tr8:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 1417 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 69u: goto tr94;
		case 101u: goto tr94;
	}
	goto tr0;
tr94:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 1433 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr95;
		case 108u: goto tr95;
	}
	goto tr0;
tr95:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
#line 1449 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr96;
		case 80u: goto tr97;
		case 111u: goto tr96;
		case 112u: goto tr97;
	}
	goto tr0;
tr97:
#line 64 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_HELP; }
	goto st76;
tr275:
#line 60 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_NOOP; }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 1470 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st77;
	}
	goto tr0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st12;
	}
	goto tr91;
tr9:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 1495 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr99;
		case 97u: goto tr99;
	}
	goto tr0;
tr99:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 1511 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 73u: goto tr100;
		case 105u: goto tr100;
	}
	goto tr0;
tr100:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 1527 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr101;
		case 108u: goto tr101;
	}
	goto tr0;
tr101:
#line 55 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_MAIL; }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 1543 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st82;
	}
	goto tr0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 70u: goto st83;
		case 102u: goto st83;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 82u: goto st84;
		case 114u: goto st84;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 79u: goto st85;
		case 111u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 77u: goto st86;
		case 109u: goto st86;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	if ( (*p) == 58u )
		goto st87;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 32u: goto st87;
		case 60u: goto tr108;
	}
	goto st0;
tr108:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 1609 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st0;
		case 34u: goto st89;
		case 60u: goto st0;
		case 62u: goto tr111;
	}
	goto st88;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st88;
		case 92u: goto st90;
	}
	goto st89;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
	}
	goto st89;
tr111:
#line 75 "grammar/smtp_command.rl"
	{ out->path = slice(mark, p + 1); }
	goto st91;
tr147:
#line 101 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_7BIT; }
	goto st91;
tr154:
#line 102 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_8BITMIME; }
	goto st91;
tr163:
#line 103 "grammar/smtp_command.rl"
	{ out->body = MXQ_BODY_BINARYMIME; }
	goto st91;
tr206:
#line 114 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_NEVER; }
	goto st91;
tr236:
#line 106 "grammar/smtp_command.rl"
	{ out->ret = MXQ_RET_FULL; }
	goto st91;
tr239:
#line 107 "grammar/smtp_command.rl"
	{ out->ret = MXQ_RET_HDRS; }
	goto st91;
tr264:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 1672 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	goto st0;
tr123:
#line 87 "grammar/smtp_command.rl"
	{
        if (out->unknown_param.p == NULL)
            out->unknown_param = slice(param, p);
    }
	goto st92;
tr134:
#line 123 "grammar/smtp_command.rl"
	{ out->auth_mailbox = slice(mark, p); }
	goto st92;
tr172:
#line 109 "grammar/smtp_command.rl"
	{ out->envid = slice(mark, p); }
	goto st92;
tr219:
#line 121 "grammar/smtp_command.rl"
	{ out->orcpt_address = slice(mark, p); }
	goto st92;
tr272:
#line 104 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_SMTPUTF8, &duplicate); }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 1699 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st12;
		case 65u: goto tr115;
		case 66u: goto tr116;
		case 69u: goto tr117;
		case 78u: goto tr118;
		case 79u: goto tr119;
		case 82u: goto tr120;
		case 83u: goto tr121;
		case 97u: goto tr115;
		case 98u: goto tr116;
		case 101u: goto tr117;
		case 110u: goto tr118;
		case 111u: goto tr119;
		case 114u: goto tr120;
		case 115u: goto tr121;
	}
	if ( (*p) < 67u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr114;
	} else if ( (*p) > 90u ) {
		if ( 99u <= (*p) && (*p) <= 122u )
			goto tr114;
	} else
		goto tr114;
	goto st0;
tr114:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 1733 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st95;
	} else if ( (*p) >= 33u )
		goto st95;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st95;
	} else if ( (*p) >= 33u )
		goto st95;
	goto st0;
tr115:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 1779 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 85u: goto st97;
		case 117u: goto st97;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st98;
		case 116u: goto st98;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 72u: goto st99;
		case 104u: goto st99;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr130;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr130:
#line 122 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_AUTH, &duplicate); }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 1862 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr132;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr131;
	} else if ( (*p) >= 33u )
		goto tr131;
	goto st0;
tr131:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 1877 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr133;
		case 32u: goto tr134;
		case 43u: goto st102;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st101;
	} else if ( (*p) >= 33u )
		goto st101;
	goto st0;
tr132:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 1895 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st103;
	} else if ( (*p) >= 48u )
		goto st103;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st101;
	} else if ( (*p) >= 48u )
		goto st101;
	goto st0;
tr116:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 1918 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 79u: goto st105;
		case 111u: goto st105;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 68u: goto st106;
		case 100u: goto st106;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 89u: goto st107;
		case 121u: goto st107;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr141;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr141:
#line 100 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_BODY, &duplicate); }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 2001 "gen/smtp_command.c"
	switch( (*p) ) {
		case 55u: goto st109;
		case 56u: goto st112;
		case 66u: goto st119;
		case 98u: goto st119;
	}
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 66u: goto st110;
		case 98u: goto st110;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 73u: goto st111;
		case 105u: goto st111;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 84u: goto tr147;
		case 116u: goto tr147;
	}
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 66u: goto st113;
		case 98u: goto st113;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 73u: goto st114;
		case 105u: goto st114;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 84u: goto st115;
		case 116u: goto st115;
	}
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 77u: goto st116;
		case 109u: goto st116;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 73u: goto st117;
		case 105u: goto st117;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 77u: goto st118;
		case 109u: goto st118;
	}
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 69u: goto tr154;
		case 101u: goto tr154;
	}
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 73u: goto st120;
		case 105u: goto st120;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 78u: goto st121;
		case 110u: goto st121;
	}
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 65u: goto st122;
		case 97u: goto st122;
	}
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 82u: goto st123;
		case 114u: goto st123;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 89u: goto st124;
		case 121u: goto st124;
	}
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 77u: goto st125;
		case 109u: goto st125;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 73u: goto st126;
		case 105u: goto st126;
	}
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 77u: goto st127;
		case 109u: goto st127;
	}
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 69u: goto tr163;
		case 101u: goto tr163;
	}
	goto st0;
tr117:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st128;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
#line 2186 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 78u: goto st129;
		case 110u: goto st129;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 86u: goto st130;
		case 118u: goto st130;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 73u: goto st131;
		case 105u: goto st131;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 68u: goto st132;
		case 100u: goto st132;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr168;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr168:
#line 108 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_ENVID, &duplicate); }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
#line 2290 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr170;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr169;
	} else if ( (*p) >= 33u )
		goto tr169;
	goto st0;
tr169:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 2305 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr171;
		case 32u: goto tr172;
		case 43u: goto st135;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st134;
	} else if ( (*p) >= 33u )
		goto st134;
	goto st0;
tr170:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 2323 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st136;
	} else if ( (*p) >= 48u )
		goto st136;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st134;
	} else if ( (*p) >= 48u )
		goto st134;
	goto st0;
tr118:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
#line 2346 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 79u: goto st138;
		case 111u: goto st138;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st139;
		case 116u: goto st139;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 73u: goto st140;
		case 105u: goto st140;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 70u: goto st141;
		case 102u: goto st141;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 89u: goto st142;
		case 121u: goto st142;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr181;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr181:
#line 110 "grammar/smtp_command.rl"
	{
        note_param(out, MXQ_PARAM_NOTIFY, &duplicate);
        out->notify = 0;
    }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
#line 2474 "gen/smtp_command.c"
	switch( (*p) ) {
		case 68u: goto st144;
		case 70u: goto st150;
		case 78u: goto st162;
		case 83u: goto st156;
		case 100u: goto st144;
		case 102u: goto st150;
		case 110u: goto st162;
		case 115u: goto st156;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 69u: goto st145;
		case 101u: goto st145;
	}
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 76u: goto st146;
		case 108u: goto st146;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 65u: goto st147;
		case 97u: goto st147;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 89u: goto tr189;
		case 121u: goto tr189;
	}
	goto st0;
tr189:
#line 117 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_DELAY; }
	goto st148;
tr196:
#line 116 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_FAILURE; }
	goto st148;
tr202:
#line 115 "grammar/smtp_command.rl"
	{ out->notify |= MXQ_NOTIFY_SUCCESS; }
	goto st148;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
#line 2534 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
		case 44u: goto st149;
	}
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 68u: goto st144;
		case 70u: goto st150;
		case 83u: goto st156;
		case 100u: goto st144;
		case 102u: goto st150;
		case 115u: goto st156;
	}
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 65u: goto st151;
		case 97u: goto st151;
	}
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 73u: goto st152;
		case 105u: goto st152;
	}
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 76u: goto st153;
		case 108u: goto st153;
	}
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 85u: goto st154;
		case 117u: goto st154;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 82u: goto st155;
		case 114u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 69u: goto tr196;
		case 101u: goto tr196;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 85u: goto st157;
		case 117u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 67u: goto st158;
		case 99u: goto st158;
	}
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 67u: goto st159;
		case 99u: goto st159;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 69u: goto st160;
		case 101u: goto st160;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 83u: goto st161;
		case 115u: goto st161;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 83u: goto tr202;
		case 115u: goto tr202;
	}
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 69u: goto st163;
		case 101u: goto st163;
	}
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 86u: goto st164;
		case 118u: goto st164;
	}
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 69u: goto st165;
		case 101u: goto st165;
	}
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 82u: goto tr206;
		case 114u: goto tr206;
	}
	goto st0;
tr119:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st166;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
#line 2704 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 82u: goto st167;
		case 114u: goto st167;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 67u: goto st168;
		case 99u: goto st168;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 80u: goto st169;
		case 112u: goto st169;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st170;
		case 116u: goto st170;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr211;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr211:
#line 118 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_ORCPT, &duplicate); }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 2808 "gen/smtp_command.c"
	switch( (*p) ) {
		case 33u: goto tr212;
		case 45u: goto tr212;
		case 63u: goto tr212;
		case 82u: goto tr213;
		case 114u: goto tr213;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr212;
		} else if ( (*p) >= 35u )
			goto tr212;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr212;
		} else if ( (*p) >= 65u )
			goto tr212;
	} else
		goto tr212;
	goto st0;
tr212:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 2837 "gen/smtp_command.c"
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 59u: goto tr215;
		case 63u: goto st172;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
tr215:
#line 119 "grammar/smtp_command.rl"
	{ out->orcpt_type = slice(mark, p); }
	goto st173;
tr228:
#line 120 "grammar/smtp_command.rl"
	{ out->orcpt_rfc822 = true; }
#line 119 "grammar/smtp_command.rl"
	{ out->orcpt_type = slice(mark, p); }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 2869 "gen/smtp_command.c"
	if ( (*p) == 43u )
		goto tr217;
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto tr216;
	} else if ( (*p) >= 33u )
		goto tr216;
	goto st0;
tr216:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 2884 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr218;
		case 32u: goto tr219;
		case 43u: goto st175;
	}
	if ( (*p) > 60u ) {
		if ( 62u <= (*p) && (*p) <= 126u )
			goto st174;
	} else if ( (*p) >= 33u )
		goto st174;
	goto st0;
tr217:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 2902 "gen/smtp_command.c"
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st176;
	} else if ( (*p) >= 48u )
		goto st176;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 70u )
			goto st174;
	} else if ( (*p) >= 48u )
		goto st174;
	goto st0;
tr213:
#line 72 "grammar/smtp_command.rl"
	{ mark = p; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 2925 "gen/smtp_command.c"
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 59u: goto tr215;
		case 63u: goto st172;
		case 70u: goto st178;
		case 102u: goto st178;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 59u: goto tr215;
		case 63u: goto st172;
		case 67u: goto st179;
		case 99u: goto st179;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 56u: goto st180;
		case 59u: goto tr215;
		case 63u: goto st172;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 50u: goto st181;
		case 59u: goto tr215;
		case 63u: goto st172;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 50u: goto st182;
		case 59u: goto tr215;
		case 63u: goto st172;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 33u: goto st172;
		case 45u: goto st172;
		case 59u: goto tr228;
		case 63u: goto st172;
	}
	if ( (*p) < 47u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st172;
		} else if ( (*p) >= 35u )
			goto st172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st172;
		} else if ( (*p) >= 65u )
			goto st172;
	} else
		goto st172;
	goto st0;
tr120:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 3085 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 69u: goto st184;
		case 101u: goto st184;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st185;
		case 116u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr231:
#line 105 "grammar/smtp_command.rl"
	{ note_param(out, MXQ_PARAM_RET, &duplicate); }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 3147 "gen/smtp_command.c"
	switch( (*p) ) {
		case 70u: goto st187;
		case 72u: goto st190;
		case 102u: goto st187;
		case 104u: goto st190;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 85u: goto st188;
		case 117u: goto st188;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 76u: goto st189;
		case 108u: goto st189;
	}
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 76u: goto tr236;
		case 108u: goto tr236;
	}
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 68u: goto st191;
		case 100u: goto st191;
	}
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 82u: goto st192;
		case 114u: goto st192;
	}
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 83u: goto tr239;
		case 115u: goto tr239;
	}
	goto st0;
tr121:
#line 86 "grammar/smtp_command.rl"
	{ param = p; }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
#line 3215 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 73u: goto st194;
		case 77u: goto st217;
		case 105u: goto st194;
		case 109u: goto st217;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 90u: goto st195;
		case 122u: goto st195;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 89u ) {
		if ( 97u <= (*p) && (*p) <= 121u )
			goto st93;
	} else
		goto st93;
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 69u: goto st196;
		case 101u: goto st196;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 45u: goto st93;
		case 61u: goto tr244;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr244:
#line 92 "grammar/smtp_command.rl"
	{
        note_param(out, MXQ_PARAM_SIZE, &duplicate);
        out->size = 0;
    }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
#line 3303 "gen/smtp_command.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr245;
	goto st0;
tr245:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
#line 3316 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr246;
	goto st0;
tr246:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
#line 3333 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr247;
	goto st0;
tr247:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
#line 3350 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr248;
	goto st0;
tr248:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st201;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
#line 3367 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr249;
	goto st0;
tr249:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st202;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
#line 3384 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr250;
	goto st0;
tr250:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st203;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
#line 3401 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr251;
	goto st0;
tr251:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
#line 3418 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr252;
	goto st0;
tr252:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st205;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
#line 3435 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr253;
	goto st0;
tr253:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
#line 3452 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr254;
	goto st0;
tr254:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st207;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
#line 3469 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr255;
	goto st0;
tr255:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st208;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
#line 3486 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr256;
	goto st0;
tr256:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
#line 3503 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr257;
	goto st0;
tr257:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
#line 3520 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr258;
	goto st0;
tr258:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
#line 3537 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr259;
	goto st0;
tr259:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
#line 3554 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr260;
	goto st0;
tr260:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
#line 3571 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr261;
	goto st0;
tr261:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
#line 3588 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr262;
	goto st0;
tr262:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
#line 3605 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr263;
	goto st0;
tr263:
#line 96 "grammar/smtp_command.rl"
	{
        if (!add_digit(&out->size, (*p)))
            out->size = UINT64_MAX;
    }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
#line 3622 "gen/smtp_command.c"
	switch( (*p) ) {
		case 13u: goto tr2;
		case 32u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr264;
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st218;
		case 116u: goto st218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 80u: goto st219;
		case 112u: goto st219;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 85u: goto st220;
		case 117u: goto st220;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 84u: goto st221;
		case 116u: goto st221;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 61u: goto st94;
		case 70u: goto st222;
		case 102u: goto st222;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	switch( (*p) ) {
		case 13u: goto tr122;
		case 32u: goto tr123;
		case 45u: goto st93;
		case 56u: goto st223;
		case 61u: goto st94;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 13u: goto tr271;
		case 32u: goto tr272;
		case 45u: goto st93;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
tr10:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 3779 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr273;
		case 111u: goto tr273;
	}
	goto tr0;
tr273:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 3795 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 79u: goto tr274;
		case 111u: goto tr274;
	}
	goto tr0;
tr274:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 3811 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr275;
		case 112u: goto tr275;
	}
	goto tr0;
tr11:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 3827 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 85u: goto tr276;
		case 117u: goto tr276;
	}
	goto tr0;
tr276:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 3843 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 73u: goto tr277;
		case 105u: goto tr277;
	}
	goto tr0;
tr277:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 3859 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr278;
		case 116u: goto tr278;
	}
	goto tr0;
tr12:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 3875 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 67u: goto tr279;
		case 83u: goto tr280;
		case 99u: goto tr279;
		case 115u: goto tr280;
	}
	goto tr0;
tr279:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 3893 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 80u: goto tr281;
		case 112u: goto tr281;
	}
	goto tr0;
tr281:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 3909 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr282;
		case 116u: goto tr282;
	}
	goto tr0;
tr282:
#line 56 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_RCPT; }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 3925 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto st234;
	}
	goto tr0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 84u: goto st235;
		case 116u: goto st235;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 79u: goto st86;
		case 111u: goto st86;
	}
	goto st0;
tr280:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 3957 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 69u: goto tr285;
		case 101u: goto tr285;
	}
	goto tr0;
tr285:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
#line 3973 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr286;
		case 116u: goto tr286;
	}
	goto tr0;
tr13:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 3989 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr287;
		case 116u: goto tr287;
	}
	goto tr0;
tr287:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
#line 4005 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 65u: goto tr288;
		case 97u: goto tr288;
	}
	goto tr0;
tr288:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
#line 4021 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 82u: goto tr289;
		case 114u: goto tr289;
	}
	goto tr0;
tr289:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 4037 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr290;
		case 116u: goto tr290;
	}
	goto tr0;
tr290:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 4053 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 84u: goto tr291;
		case 116u: goto tr291;
	}
	goto tr0;
tr291:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 4069 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 76u: goto tr292;
		case 108u: goto tr292;
	}
	goto tr0;
tr292:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 4085 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 83u: goto tr293;
		case 115u: goto tr293;
	}
	goto tr0;
tr14:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st245;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
#line 4101 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 82u: goto tr294;
		case 114u: goto tr294;
	}
	goto tr0;
tr294:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st246;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
#line 4117 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 70u: goto tr295;
		case 102u: goto tr295;
	}
	goto tr0;
tr295:
#line 69 "grammar/smtp_command.rl"
	{ out->verb = MXQ_VERB_UNKNOWN; }
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 4133 "gen/smtp_command.c"
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr2;
		case 32u: goto st4;
		case 89u: goto tr296;
		case 121u: goto tr296;
	}
	goto tr0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
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
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 261 "grammar/smtp_command.rl"


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

#line 4412 "gen/smtp_command.c"
static const int xtext_decode_start = 3;
static const int xtext_decode_first_final = 3;
static const int xtext_decode_error = 0;


#line 309 "grammar/smtp_command.rl"


size_t
mxq_xtext_decode(const char *in, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)in;
    const unsigned char *pe = p + n;
    unsigned char high = 0, low = 0;
    size_t o = 0;
    bool full = false;
    int cs;

    
#line 4428 "gen/smtp_command.c"
	{
	cs = xtext_decode_start;
	}

#line 322 "grammar/smtp_command.rl"
    
#line 4431 "gen/smtp_command.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr3:
#line 292 "grammar/smtp_command.rl"
	{ low = (unsigned char)((*p) - '0'); }
#line 294 "grammar/smtp_command.rl"
	{
        if (o == cap) {
            full = true;
            {p++; cs = 3; goto _out;}
        }
        out[o++] = (char)(high << 4 | low);
    }
	goto st3;
tr4:
#line 293 "grammar/smtp_command.rl"
	{ low = (unsigned char)((*p) - 'A' + 10); }
#line 294 "grammar/smtp_command.rl"
	{
        if (o == cap) {
            full = true;
            {p++; cs = 3; goto _out;}
        }
        out[o++] = (char)(high << 4 | low);
    }
	goto st3;
tr5:
#line 283 "grammar/smtp_command.rl"
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
#line 4469 "gen/smtp_command.c"
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
#line 290 "grammar/smtp_command.rl"
	{ high = (unsigned char)((*p) - '0'); }
	goto st2;
tr2:
#line 291 "grammar/smtp_command.rl"
	{ high = (unsigned char)((*p) - 'A' + 10); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 4500 "gen/smtp_command.c"
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

#line 323 "grammar/smtp_command.rl"
    if (full || p != pe || cs < xtext_decode_first_final ||
        cs == xtext_decode_error)
        return (size_t)-1;
    return o;
}
