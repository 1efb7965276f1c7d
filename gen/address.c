
#line 1 "grammar/address.rl"
/*
 * RFC 5321 section 4.1.2 / 4.1.3 paths and mailboxes, with the RFC 6531
 * (SMTPUTF8) extensions, and MailerQ's "loose" local parts.
 *
 * The grammar always admits UTF-8 (RFC 6531); whether non-ASCII octets
 * were seen is recorded, and the caller's flags decide afterwards between
 * MXQ_ADDR_OK and MXQ_ADDR_NON_ASCII. Since the RFC 6531 grammar only adds
 * non-ASCII alternatives, "valid with SMTPUTF8" is exactly "accepted here".
 *
 * The length limits (RFC 5321 section 4.5.3.1) are measured from the
 * positions the actions record, not by the grammar, so that an overlong
 * but well-formed address reports MXQ_ADDR_TOO_LONG rather than a syntax
 * error.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "address.h"

#define MAX_LOCAL_PART 64   /* RFC 5321 4.5.3.1.1 */
#define MAX_DOMAIN 255      /* RFC 5321 4.5.3.1.2 */
#define MAX_LABEL 63        /* RFC 1035 2.3.4 */

/* What the actions record during one scan. */
struct addr_scan {
    const unsigned char *mailbox; /* first octet of the mailbox (paths) */
    const unsigned char *at;      /* the '@' before the domain */
    const unsigned char *label;   /* first octet of the current label */
    size_t longest_label;         /* longest label before `label` */
    bool non_ascii;               /* non-ASCII in the mailbox */
    bool route_non_ascii;         /* non-ASCII in an ignored source route */
};


#line 139 "grammar/address.rl"


/* Each machine below runs over p[0..n), n > 0, and says whether it ended
 * in an accepting state. In the strict machines the grammar is
 * unambiguous, so at_sign fires once, at the separator. */


#line 48 "gen/address.c"
static const int mxq_strict_path_start = 1;
static const int mxq_strict_path_first_final = 200;


#line 154 "grammar/address.rl"


static bool
scan_strict_path(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 59 "gen/address.c"
	{
	cs = mxq_strict_path_start;
	}

#line 163 "grammar/address.rl"
    
#line 62 "gen/address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 60u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 34u: goto tr3;
		case 45u: goto tr2;
		case 62u: goto st200;
		case 64u: goto st178;
		case 80u: goto tr6;
		case 112u: goto tr6;
		case 224u: goto tr8;
		case 237u: goto tr10;
		case 240u: goto tr11;
		case 244u: goto tr13;
	}
	if ( (*p) < 61u ) {
		if ( (*p) < 42u ) {
			if ( 33u <= (*p) && (*p) <= 39u )
				goto tr2;
		} else if ( (*p) > 43u ) {
			if ( 47u <= (*p) && (*p) <= 57u )
				goto tr2;
		} else
			goto tr2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr12;
			} else if ( (*p) >= 225u )
				goto tr9;
		} else
			goto tr7;
	} else
		goto tr2;
	goto st0;
tr2:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 125 "gen/address.c"
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 33u: goto st3;
		case 45u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 47u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
tr7:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st5;
tr17:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 212 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st3;
	goto st0;
tr8:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st6;
tr18:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 230 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st5;
	goto st0;
tr9:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st7;
tr19:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 248 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st5;
	goto st0;
tr10:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st8;
tr20:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 266 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st5;
	goto st0;
tr11:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st9;
tr21:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 284 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr12:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st10;
tr22:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 302 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr13:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st11;
tr23:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 320 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st7;
	goto st0;
tr16:
#line 58 "grammar/address.rl"
	{
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 334 "gen/address.c"
	switch( (*p) ) {
		case 91u: goto st23;
		case 224u: goto tr29;
		case 237u: goto tr31;
		case 240u: goto tr32;
		case 244u: goto tr34;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st13;
		} else if ( (*p) >= 48u )
			goto st13;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr28;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr33;
		} else
			goto tr30;
	} else
		goto st13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto tr36;
		case 62u: goto st200;
		case 224u: goto tr29;
		case 237u: goto tr31;
		case 240u: goto tr32;
		case 244u: goto tr34;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st13;
		} else if ( (*p) >= 48u )
			goto st13;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr28;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr33;
		} else
			goto tr30;
	} else
		goto st13;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 45u: goto st14;
		case 224u: goto tr29;
		case 237u: goto tr31;
		case 240u: goto tr32;
		case 244u: goto tr34;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st13;
		} else if ( (*p) >= 48u )
			goto st13;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr28;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr33;
		} else
			goto tr30;
	} else
		goto st13;
	goto st0;
tr28:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 426 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st13;
	goto st0;
tr29:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 436 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st15;
	goto st0;
tr30:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 446 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st15;
	goto st0;
tr31:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 456 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st15;
	goto st0;
tr32:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 466 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st17;
	goto st0;
tr33:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 476 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st17;
	goto st0;
tr34:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 486 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st17;
	goto st0;
tr36:
#line 64 "grammar/address.rl"
	{
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 500 "gen/address.c"
	switch( (*p) ) {
		case 224u: goto tr29;
		case 237u: goto tr31;
		case 240u: goto tr32;
		case 244u: goto tr34;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st13;
		} else if ( (*p) >= 48u )
			goto st13;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr28;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr33;
		} else
			goto tr30;
	} else
		goto st13;
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 45u: goto st24;
		case 50u: goto st50;
		case 73u: goto st52;
		case 105u: goto st52;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st29;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st25;
		} else if ( (*p) >= 65u )
			goto st25;
	} else
		goto st48;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 45u )
		goto st24;
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
		case 45u: goto st24;
		case 58u: goto st26;
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
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	if ( (*p) == 61u )
		goto st27;
	if ( (*p) < 63u ) {
		if ( 33u <= (*p) && (*p) <= 59u )
			goto st27;
	} else if ( (*p) > 90u ) {
		if ( 94u <= (*p) && (*p) <= 126u )
			goto st27;
	} else
		goto st27;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 61u: goto st27;
		case 93u: goto st28;
	}
	if ( (*p) < 63u ) {
		if ( 33u <= (*p) && (*p) <= 59u )
			goto st27;
	} else if ( (*p) > 90u ) {
		if ( 94u <= (*p) && (*p) <= 126u )
			goto st27;
	} else
		goto st27;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 62u )
		goto st200;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 45u: goto st24;
		case 46u: goto st30;
		case 58u: goto st26;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st48;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st25;
	} else
		goto st25;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	if ( (*p) == 50u )
		goto st46;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st44;
	} else if ( (*p) >= 48u )
		goto st31;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( (*p) == 46u )
		goto st32;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st44;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 50u )
		goto st42;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st40;
	} else if ( (*p) >= 48u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 46u )
		goto st34;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st40;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 50u )
		goto st38;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st36;
	} else if ( (*p) >= 48u )
		goto st35;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	if ( (*p) == 93u )
		goto st28;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st36;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( (*p) == 93u )
		goto st28;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) == 93u )
		goto st28;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 53u: goto st39;
		case 93u: goto st28;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st37;
	} else if ( (*p) >= 48u )
		goto st36;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) == 93u )
		goto st28;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st37;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 46u )
		goto st34;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st41;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 46u )
		goto st34;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 46u: goto st34;
		case 53u: goto st43;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st41;
	} else if ( (*p) >= 48u )
		goto st40;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 46u )
		goto st34;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st41;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 46u )
		goto st32;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st45;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	if ( (*p) == 46u )
		goto st32;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 46u: goto st32;
		case 53u: goto st47;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) >= 48u )
		goto st44;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 46u )
		goto st32;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st45;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 45u: goto st24;
		case 46u: goto st30;
		case 58u: goto st26;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st25;
	} else
		goto st25;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 45u: goto st24;
		case 46u: goto st30;
		case 58u: goto st26;
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
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 45u: goto st24;
		case 46u: goto st30;
		case 53u: goto st51;
		case 58u: goto st26;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st48;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st25;
		} else if ( (*p) >= 65u )
			goto st25;
	} else
		goto st49;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 45u: goto st24;
		case 46u: goto st30;
		case 58u: goto st26;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st49;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st25;
		} else if ( (*p) >= 65u )
			goto st25;
	} else
		goto st25;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 45u: goto st24;
		case 58u: goto st26;
		case 80u: goto st53;
		case 112u: goto st53;
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
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 45u: goto st24;
		case 58u: goto st26;
		case 86u: goto st54;
		case 118u: goto st54;
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
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 45u: goto st24;
		case 54u: goto st55;
		case 58u: goto st26;
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
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 45u: goto st24;
		case 58u: goto st56;
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
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 58u )
		goto st154;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st57;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st57;
	} else
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st58;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st58;
	} else
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st59;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st59;
	} else
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st60;
	} else
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 58u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 58u )
		goto st141;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st62;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st62;
	} else
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st63;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st63;
	} else
		goto st63;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st64;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st64;
	} else
		goto st64;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 58u )
		goto st66;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st65;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st65;
	} else
		goto st65;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 58u )
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 58u )
		goto st128;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st67;
	} else
		goto st67;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st68;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st68;
	} else
		goto st68;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st69;
	} else
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	if ( (*p) == 58u )
		goto st71;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st70;
	} else
		goto st70;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	if ( (*p) == 58u )
		goto st71;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 58u )
		goto st115;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st72;
	} else
		goto st72;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st73;
	} else
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st74;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st74;
	} else
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	if ( (*p) == 58u )
		goto st76;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st75;
	} else
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	if ( (*p) == 58u )
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 58u )
		goto st103;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st78;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st78;
	} else
		goto st78;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st79;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st79;
	} else
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 58u )
		goto st81;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st80;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st80;
	} else
		goto st80;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 58u )
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 58u )
		goto st102;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st82;
	} else
		goto st82;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st83;
	} else
		goto st83;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st84;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st84;
	} else
		goto st84;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	if ( (*p) == 58u )
		goto st86;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st85;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st85;
	} else
		goto st85;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	if ( (*p) == 58u )
		goto st86;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 50u: goto st97;
		case 58u: goto st37;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st87;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st101;
		} else if ( (*p) >= 65u )
			goto st101;
	} else
		goto st100;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st88;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st96;
	} else
		goto st96;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st95;
	} else
		goto st95;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st90;
	} else
		goto st90;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	if ( (*p) == 58u )
		goto st91;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) == 93u )
		goto st28;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st93;
	} else
		goto st93;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) == 93u )
		goto st28;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st94;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st94;
	} else
		goto st94;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	if ( (*p) == 93u )
		goto st28;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st37;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st37;
	} else
		goto st37;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	if ( (*p) == 58u )
		goto st91;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st90;
	} else
		goto st90;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	if ( (*p) == 58u )
		goto st91;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st95;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st95;
	} else
		goto st95;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st98;
		case 58u: goto st91;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st88;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st96;
		} else if ( (*p) >= 65u )
			goto st96;
	} else
		goto st99;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st89;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st95;
		} else if ( (*p) >= 65u )
			goto st95;
	} else
		goto st95;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st95;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st95;
	} else
		goto st95;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st99;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st96;
	} else
		goto st96;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	if ( (*p) == 58u )
		goto st91;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st96;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st96;
	} else
		goto st96;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	if ( (*p) == 93u )
		goto st28;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 50u: goto st110;
		case 93u: goto st28;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st104;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st114;
		} else if ( (*p) >= 65u )
			goto st114;
	} else
		goto st113;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st105;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st109;
	} else
		goto st109;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st106;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st108;
	} else
		goto st108;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st107;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st107;
	} else
		goto st107;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 58u: goto st91;
		case 93u: goto st28;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st107;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st107;
	} else
		goto st107;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st108;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st108;
	} else
		goto st108;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st111;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st105;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st109;
		} else if ( (*p) >= 65u )
			goto st109;
	} else
		goto st112;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st106;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st108;
		} else if ( (*p) >= 65u )
			goto st108;
	} else
		goto st108;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st108;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st108;
	} else
		goto st108;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st112;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st109;
	} else
		goto st109;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 58u: goto st91;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st109;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st109;
	} else
		goto st109;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 50u: goto st123;
		case 93u: goto st28;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st116;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st127;
		} else if ( (*p) >= 65u )
			goto st127;
	} else
		goto st126;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st117;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st122;
	} else
		goto st122;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st118;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st119;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 58u: goto st120;
		case 93u: goto st28;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	if ( (*p) == 50u )
		goto st110;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st104;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st114;
		} else if ( (*p) >= 65u )
			goto st114;
	} else
		goto st113;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st119;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st121;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st124;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st117;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st122;
		} else if ( (*p) >= 65u )
			goto st122;
	} else
		goto st125;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st118;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st121;
		} else if ( (*p) >= 65u )
			goto st121;
	} else
		goto st121;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st121;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st121;
	} else
		goto st121;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st125;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st122;
	} else
		goto st122;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 58u: goto st120;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st122;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st122;
	} else
		goto st122;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 50u: goto st136;
		case 93u: goto st28;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st129;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st140;
		} else if ( (*p) >= 65u )
			goto st140;
	} else
		goto st139;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st130;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st135;
	} else
		goto st135;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st131;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st134;
	} else
		goto st134;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st132;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 58u: goto st133;
		case 93u: goto st28;
	}
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	if ( (*p) == 50u )
		goto st123;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st116;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st127;
		} else if ( (*p) >= 65u )
			goto st127;
	} else
		goto st126;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st132;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st134;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st134;
	} else
		goto st134;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st137;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st130;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st135;
		} else if ( (*p) >= 65u )
			goto st135;
	} else
		goto st138;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st131;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st134;
		} else if ( (*p) >= 65u )
			goto st134;
	} else
		goto st134;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st134;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st134;
	} else
		goto st134;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st138;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st135;
	} else
		goto st135;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 58u: goto st133;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st135;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st135;
	} else
		goto st135;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 50u: goto st149;
		case 93u: goto st28;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st142;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st153;
		} else if ( (*p) >= 65u )
			goto st153;
	} else
		goto st152;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st143;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st148;
	} else
		goto st148;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st144;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st147;
	} else
		goto st147;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st145;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 58u: goto st146;
		case 93u: goto st28;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	if ( (*p) == 50u )
		goto st136;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st129;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st140;
		} else if ( (*p) >= 65u )
			goto st140;
	} else
		goto st139;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st145;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st147;
	} else
		goto st147;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st150;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st143;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st148;
		} else if ( (*p) >= 65u )
			goto st148;
	} else
		goto st151;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st144;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st147;
		} else if ( (*p) >= 65u )
			goto st147;
	} else
		goto st147;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st147;
	} else
		goto st147;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st151;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st148;
	} else
		goto st148;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 58u: goto st146;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st148;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st148;
	} else
		goto st148;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	if ( (*p) == 58u )
		goto st155;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 50u: goto st163;
		case 93u: goto st28;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st156;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st167;
		} else if ( (*p) >= 65u )
			goto st167;
	} else
		goto st166;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st157;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st162;
	} else
		goto st162;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st158;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st161;
	} else
		goto st161;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 58u: goto st160;
		case 93u: goto st28;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	if ( (*p) == 50u )
		goto st149;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st142;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st153;
		} else if ( (*p) >= 65u )
			goto st153;
	} else
		goto st152;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st161;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st161;
	} else
		goto st161;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st164;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st157;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st162;
		} else if ( (*p) >= 65u )
			goto st162;
	} else
		goto st165;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st158;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st161;
		} else if ( (*p) >= 65u )
			goto st161;
	} else
		goto st161;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st161;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st161;
	} else
		goto st161;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 46u: goto st30;
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st165;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st162;
	} else
		goto st162;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 58u: goto st160;
		case 93u: goto st28;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st162;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st162;
	} else
		goto st162;
	goto st0;
tr3:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 2800 "gen/address.c"
	switch( (*p) ) {
		case 34u: goto st169;
		case 92u: goto st170;
		case 224u: goto tr187;
		case 237u: goto tr189;
		case 240u: goto tr190;
		case 244u: goto tr192;
	}
	if ( (*p) < 194u ) {
		if ( 32u <= (*p) && (*p) <= 126u )
			goto st168;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr191;
		} else if ( (*p) >= 225u )
			goto tr188;
	} else
		goto tr186;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	if ( (*p) == 64u )
		goto tr16;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	if ( 32u <= (*p) && (*p) <= 126u )
		goto st168;
	goto st0;
tr186:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 2841 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st168;
	goto st0;
tr187:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 2851 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st171;
	goto st0;
tr188:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 2861 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st171;
	goto st0;
tr189:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 2871 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st171;
	goto st0;
tr190:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 2881 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st173;
	goto st0;
tr191:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 2891 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st173;
	goto st0;
tr192:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 2901 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st173;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 224u: goto tr197;
		case 237u: goto tr199;
		case 240u: goto tr200;
		case 244u: goto tr202;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st179;
		} else if ( (*p) >= 48u )
			goto st179;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr196;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr201;
		} else
			goto tr198;
	} else
		goto st179;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 44u: goto st180;
		case 45u: goto st181;
		case 46u: goto st178;
		case 58u: goto st189;
		case 224u: goto tr197;
		case 237u: goto tr199;
		case 240u: goto tr200;
		case 244u: goto tr202;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st179;
		} else if ( (*p) >= 48u )
			goto st179;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr196;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr201;
		} else
			goto tr198;
	} else
		goto st179;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	if ( (*p) == 64u )
		goto st178;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 45u: goto st181;
		case 224u: goto tr197;
		case 237u: goto tr199;
		case 240u: goto tr200;
		case 244u: goto tr202;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st179;
		} else if ( (*p) >= 48u )
			goto st179;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr196;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr201;
		} else
			goto tr198;
	} else
		goto st179;
	goto st0;
tr196:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
#line 3007 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st179;
	goto st0;
tr197:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 3017 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st182;
	goto st0;
tr198:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 3027 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st182;
	goto st0;
tr199:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 3037 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st182;
	goto st0;
tr200:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 3047 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st184;
	goto st0;
tr201:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 3057 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st184;
	goto st0;
tr202:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 3067 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st184;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 34u: goto tr3;
		case 45u: goto tr2;
		case 61u: goto tr2;
		case 63u: goto tr2;
		case 224u: goto tr8;
		case 237u: goto tr10;
		case 240u: goto tr11;
		case 244u: goto tr13;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 42u ) {
			if ( 33u <= (*p) && (*p) <= 39u )
				goto tr2;
		} else if ( (*p) > 43u ) {
			if ( 47u <= (*p) && (*p) <= 57u )
				goto tr2;
		} else
			goto tr2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr12;
			} else if ( (*p) >= 225u )
				goto tr9;
		} else
			goto tr7;
	} else
		goto tr2;
	goto st0;
tr6:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
#line 3119 "gen/address.c"
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 79u: goto st191;
		case 111u: goto st191;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 83u: goto st192;
		case 115u: goto st192;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 84u: goto st193;
		case 116u: goto st193;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 77u: goto st194;
		case 109u: goto st194;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 65u: goto st195;
		case 97u: goto st195;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 83u: goto st196;
		case 115u: goto st196;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 84u: goto st197;
		case 116u: goto st197;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 69u: goto st198;
		case 101u: goto st198;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 61u: goto st3;
		case 64u: goto tr16;
		case 82u: goto st199;
		case 114u: goto st199;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 33u: goto st3;
		case 46u: goto st4;
		case 62u: goto st200;
		case 64u: goto tr16;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 61u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st3;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr22;
			} else if ( (*p) >= 225u )
				goto tr19;
		} else
			goto tr17;
	} else
		goto st3;
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
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 164 "grammar/address.rl"
    return cs >= mxq_strict_path_first_final;
}


#line 3720 "gen/address.c"
static const int mxq_strict_mailbox_start = 1;
static const int mxq_strict_mailbox_first_final = 184;


#line 174 "grammar/address.rl"


static bool
scan_strict_mailbox(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 3731 "gen/address.c"
	{
	cs = mxq_strict_mailbox_start;
	}

#line 183 "grammar/address.rl"
    
#line 3734 "gen/address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 34u: goto st165;
		case 45u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 80u: goto st175;
		case 112u: goto st175;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 42u ) {
			if ( 33u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 47u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 33u: goto st2;
		case 45u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 47u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
tr4:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 3862 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st2;
	goto st0;
tr5:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 3872 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st4;
	goto st0;
tr6:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 3882 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st4;
	goto st0;
tr7:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 3892 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st4;
	goto st0;
tr8:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 3902 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st6;
	goto st0;
tr9:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 3912 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st6;
	goto st0;
tr10:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 3922 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st6;
	goto st0;
tr12:
#line 58 "grammar/address.rl"
	{
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 3936 "gen/address.c"
	switch( (*p) ) {
		case 91u: goto st21;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st184;
		} else if ( (*p) >= 48u )
			goto st184;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr17;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr22;
		} else
			goto tr19;
	} else
		goto st184;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 45u: goto st12;
		case 46u: goto tr191;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st184;
		} else if ( (*p) >= 48u )
			goto st184;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr17;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr22;
		} else
			goto tr19;
	} else
		goto st184;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 45u: goto st12;
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st184;
		} else if ( (*p) >= 48u )
			goto st184;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr17;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr22;
		} else
			goto tr19;
	} else
		goto st184;
	goto st0;
tr17:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 4027 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st184;
	goto st0;
tr18:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 4037 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st13;
	goto st0;
tr19:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 4047 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st13;
	goto st0;
tr20:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 4057 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st13;
	goto st0;
tr21:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 4067 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st15;
	goto st0;
tr22:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 4077 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st15;
	goto st0;
tr23:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 4087 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st15;
	goto st0;
tr191:
#line 64 "grammar/address.rl"
	{
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 4101 "gen/address.c"
	switch( (*p) ) {
		case 224u: goto tr18;
		case 237u: goto tr20;
		case 240u: goto tr21;
		case 244u: goto tr23;
	}
	if ( (*p) < 97u ) {
		if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto st184;
		} else if ( (*p) >= 48u )
			goto st184;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr17;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr22;
		} else
			goto tr19;
	} else
		goto st184;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 45u: goto st22;
		case 50u: goto st47;
		case 73u: goto st49;
		case 105u: goto st49;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st26;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st23;
		} else if ( (*p) >= 65u )
			goto st23;
	} else
		goto st45;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 45u )
		goto st22;
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
		case 45u: goto st22;
		case 58u: goto st24;
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
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 61u )
		goto st25;
	if ( (*p) < 63u ) {
		if ( 33u <= (*p) && (*p) <= 59u )
			goto st25;
	} else if ( (*p) > 90u ) {
		if ( 94u <= (*p) && (*p) <= 126u )
			goto st25;
	} else
		goto st25;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 61u: goto st25;
		case 93u: goto st185;
	}
	if ( (*p) < 63u ) {
		if ( 33u <= (*p) && (*p) <= 59u )
			goto st25;
	} else if ( (*p) > 90u ) {
		if ( 94u <= (*p) && (*p) <= 126u )
			goto st25;
	} else
		goto st25;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 45u: goto st22;
		case 46u: goto st27;
		case 58u: goto st24;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st23;
	} else
		goto st23;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) == 50u )
		goto st43;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st41;
	} else if ( (*p) >= 48u )
		goto st28;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st41;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	if ( (*p) == 50u )
		goto st39;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st37;
	} else if ( (*p) >= 48u )
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( (*p) == 50u )
		goto st35;
	if ( (*p) > 49u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) >= 48u )
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 93u )
		goto st185;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 93u )
		goto st185;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st34;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 93u )
		goto st185;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 53u: goto st36;
		case 93u: goto st185;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st34;
	} else if ( (*p) >= 48u )
		goto st33;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( (*p) == 93u )
		goto st185;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st34;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st38;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	if ( (*p) == 46u )
		goto st31;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 46u: goto st31;
		case 53u: goto st40;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st38;
	} else if ( (*p) >= 48u )
		goto st37;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 46u )
		goto st31;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st38;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st42;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 46u )
		goto st29;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st44;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto st42;
	} else if ( (*p) >= 48u )
		goto st41;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 46u )
		goto st29;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto st42;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 45u: goto st22;
		case 46u: goto st27;
		case 58u: goto st24;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st46;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st23;
	} else
		goto st23;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 45u: goto st22;
		case 46u: goto st27;
		case 58u: goto st24;
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
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 45u: goto st22;
		case 46u: goto st27;
		case 53u: goto st48;
		case 58u: goto st24;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st45;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st23;
		} else if ( (*p) >= 65u )
			goto st23;
	} else
		goto st46;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 45u: goto st22;
		case 46u: goto st27;
		case 58u: goto st24;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st46;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st23;
		} else if ( (*p) >= 65u )
			goto st23;
	} else
		goto st23;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 45u: goto st22;
		case 58u: goto st24;
		case 80u: goto st50;
		case 112u: goto st50;
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
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 45u: goto st22;
		case 58u: goto st24;
		case 86u: goto st51;
		case 118u: goto st51;
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
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 45u: goto st22;
		case 54u: goto st52;
		case 58u: goto st24;
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
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 45u: goto st22;
		case 58u: goto st53;
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
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 58u )
		goto st151;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st54;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st54;
	} else
		goto st54;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	if ( (*p) == 58u )
		goto st58;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st55;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st55;
	} else
		goto st55;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) == 58u )
		goto st58;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st56;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st56;
	} else
		goto st56;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 58u )
		goto st58;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st57;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st57;
	} else
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 58u )
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 58u )
		goto st138;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st59;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st59;
	} else
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 58u )
		goto st63;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st60;
	} else
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 58u )
		goto st63;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st61;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st61;
	} else
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 58u )
		goto st63;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st62;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st62;
	} else
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 58u )
		goto st63;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 58u )
		goto st125;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st64;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st64;
	} else
		goto st64;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 58u )
		goto st68;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st65;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st65;
	} else
		goto st65;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 58u )
		goto st68;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st66;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st66;
	} else
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 58u )
		goto st68;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st67;
	} else
		goto st67;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) == 58u )
		goto st68;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	if ( (*p) == 58u )
		goto st112;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st69;
	} else
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	if ( (*p) == 58u )
		goto st73;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st70;
	} else
		goto st70;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	if ( (*p) == 58u )
		goto st73;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st71;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st71;
	} else
		goto st71;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 58u )
		goto st73;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st72;
	} else
		goto st72;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	if ( (*p) == 58u )
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	if ( (*p) == 58u )
		goto st100;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st74;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st74;
	} else
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	if ( (*p) == 58u )
		goto st78;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st75;
	} else
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	if ( (*p) == 58u )
		goto st78;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st76;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st76;
	} else
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 58u )
		goto st78;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st77;
	} else
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	if ( (*p) == 58u )
		goto st78;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	if ( (*p) == 58u )
		goto st99;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st79;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st79;
	} else
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 58u )
		goto st83;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st80;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st80;
	} else
		goto st80;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	if ( (*p) == 58u )
		goto st83;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st81;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st81;
	} else
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	if ( (*p) == 58u )
		goto st83;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st82;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st82;
	} else
		goto st82;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 58u )
		goto st83;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 50u: goto st94;
		case 58u: goto st34;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st84;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st98;
		} else if ( (*p) >= 65u )
			goto st98;
	} else
		goto st97;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st85;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st93;
	} else
		goto st93;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st86;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st87;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st87;
	} else
		goto st87;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	if ( (*p) == 58u )
		goto st88;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st89;
	} else
		goto st89;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	if ( (*p) == 93u )
		goto st185;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st90;
	} else
		goto st90;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	if ( (*p) == 93u )
		goto st185;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st91;
	} else
		goto st91;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) == 93u )
		goto st185;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st34;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st34;
	} else
		goto st34;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) == 58u )
		goto st88;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st87;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st87;
	} else
		goto st87;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) == 58u )
		goto st88;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st95;
		case 58u: goto st88;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st85;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st93;
		} else if ( (*p) >= 65u )
			goto st93;
	} else
		goto st96;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st86;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st92;
		} else if ( (*p) >= 65u )
			goto st92;
	} else
		goto st92;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st92;
	} else
		goto st92;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st96;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st93;
	} else
		goto st93;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	if ( (*p) == 58u )
		goto st88;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st93;
	} else
		goto st93;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	if ( (*p) == 93u )
		goto st185;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st89;
	} else
		goto st89;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 50u: goto st107;
		case 93u: goto st185;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st101;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st111;
		} else if ( (*p) >= 65u )
			goto st111;
	} else
		goto st110;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st102;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st106;
	} else
		goto st106;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st103;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st105;
	} else
		goto st105;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st104;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st104;
	} else
		goto st104;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 58u: goto st88;
		case 93u: goto st185;
	}
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st104;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st104;
	} else
		goto st104;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st105;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st105;
	} else
		goto st105;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st108;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st102;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st106;
		} else if ( (*p) >= 65u )
			goto st106;
	} else
		goto st109;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st103;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st105;
		} else if ( (*p) >= 65u )
			goto st105;
	} else
		goto st105;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st105;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st105;
	} else
		goto st105;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st109;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st106;
	} else
		goto st106;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 58u: goto st88;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st106;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st106;
	} else
		goto st106;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 50u: goto st120;
		case 93u: goto st185;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st113;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st124;
		} else if ( (*p) >= 65u )
			goto st124;
	} else
		goto st123;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st114;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st115;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st118;
	} else
		goto st118;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st116;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st116;
	} else
		goto st116;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 58u: goto st117;
		case 93u: goto st185;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	if ( (*p) == 50u )
		goto st107;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st101;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st111;
		} else if ( (*p) >= 65u )
			goto st111;
	} else
		goto st110;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st116;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st116;
	} else
		goto st116;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st118;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st118;
	} else
		goto st118;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st121;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st114;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st119;
		} else if ( (*p) >= 65u )
			goto st119;
	} else
		goto st122;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st115;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st118;
		} else if ( (*p) >= 65u )
			goto st118;
	} else
		goto st118;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st118;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st118;
	} else
		goto st118;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st122;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 58u: goto st117;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st119;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st119;
	} else
		goto st119;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 50u: goto st133;
		case 93u: goto st185;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st126;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st137;
		} else if ( (*p) >= 65u )
			goto st137;
	} else
		goto st136;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st127;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st128;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st131;
	} else
		goto st131;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st129;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st129;
	} else
		goto st129;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 58u: goto st130;
		case 93u: goto st185;
	}
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	if ( (*p) == 50u )
		goto st120;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st113;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st124;
		} else if ( (*p) >= 65u )
			goto st124;
	} else
		goto st123;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st129;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st129;
	} else
		goto st129;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st131;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st131;
	} else
		goto st131;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st134;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st127;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st132;
		} else if ( (*p) >= 65u )
			goto st132;
	} else
		goto st135;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st128;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st131;
		} else if ( (*p) >= 65u )
			goto st131;
	} else
		goto st131;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st131;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st131;
	} else
		goto st131;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st135;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 58u: goto st130;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st132;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 50u: goto st146;
		case 93u: goto st185;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st139;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st150;
		} else if ( (*p) >= 65u )
			goto st150;
	} else
		goto st149;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st140;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st141;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st144;
	} else
		goto st144;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st142;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st142;
	} else
		goto st142;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 58u: goto st143;
		case 93u: goto st185;
	}
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	if ( (*p) == 50u )
		goto st133;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st126;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st137;
		} else if ( (*p) >= 65u )
			goto st137;
	} else
		goto st136;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st142;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st142;
	} else
		goto st142;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st144;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st144;
	} else
		goto st144;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st147;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st140;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st145;
		} else if ( (*p) >= 65u )
			goto st145;
	} else
		goto st148;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st141;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st144;
		} else if ( (*p) >= 65u )
			goto st144;
	} else
		goto st144;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st144;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st144;
	} else
		goto st144;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st148;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 58u: goto st143;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st145;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st145;
	} else
		goto st145;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	if ( (*p) == 58u )
		goto st152;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 50u: goto st160;
		case 93u: goto st185;
	}
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st153;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st164;
		} else if ( (*p) >= 65u )
			goto st164;
	} else
		goto st163;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st154;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st155;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st158;
	} else
		goto st158;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st156;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st156;
	} else
		goto st156;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st185;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	if ( (*p) == 50u )
		goto st146;
	if ( (*p) < 51u ) {
		if ( 48u <= (*p) && (*p) <= 49u )
			goto st139;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st150;
		} else if ( (*p) >= 65u )
			goto st150;
	} else
		goto st149;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st156;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st156;
	} else
		goto st156;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st158;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st158;
	} else
		goto st158;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 46u: goto st27;
		case 53u: goto st161;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto st154;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st159;
		} else if ( (*p) >= 65u )
			goto st159;
	} else
		goto st162;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto st155;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto st158;
		} else if ( (*p) >= 65u )
			goto st158;
	} else
		goto st158;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st158;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st158;
	} else
		goto st158;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 46u: goto st27;
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st162;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 34u: goto st166;
		case 92u: goto st167;
		case 224u: goto tr174;
		case 237u: goto tr176;
		case 240u: goto tr177;
		case 244u: goto tr179;
	}
	if ( (*p) < 194u ) {
		if ( 32u <= (*p) && (*p) <= 126u )
			goto st165;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr178;
		} else if ( (*p) >= 225u )
			goto tr175;
	} else
		goto tr173;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	if ( (*p) == 64u )
		goto tr12;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	if ( 32u <= (*p) && (*p) <= 126u )
		goto st165;
	goto st0;
tr173:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st168;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
#line 6428 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st165;
	goto st0;
tr174:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st169;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
#line 6438 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st168;
	goto st0;
tr175:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 6448 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st168;
	goto st0;
tr176:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 6458 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st168;
	goto st0;
tr177:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
#line 6468 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st170;
	goto st0;
tr178:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 6478 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st170;
	goto st0;
tr179:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 6488 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st170;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 79u: goto st176;
		case 111u: goto st176;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 83u: goto st177;
		case 115u: goto st177;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 84u: goto st178;
		case 116u: goto st178;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 77u: goto st179;
		case 109u: goto st179;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 65u: goto st180;
		case 97u: goto st180;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 83u: goto st181;
		case 115u: goto st181;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 84u: goto st182;
		case 116u: goto st182;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 69u: goto st183;
		case 101u: goto st183;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 82u: goto st186;
		case 114u: goto st186;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 33u: goto st2;
		case 46u: goto st3;
		case 61u: goto st2;
		case 64u: goto tr12;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 42u ) {
			if ( 35u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 57u )
				goto st2;
		} else
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 194u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr9;
			} else if ( (*p) >= 225u )
				goto tr6;
		} else
			goto tr4;
	} else
		goto st2;
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
	_test_eof184: cs = 184; goto _test_eof; 
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
	_test_eof185: cs = 185; goto _test_eof; 
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
	_test_eof186: cs = 186; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 184 "grammar/address.rl"
    return cs >= mxq_strict_mailbox_first_final;
}


#line 7082 "gen/address.c"
static const int mxq_loose_path_start = 1;
static const int mxq_loose_path_first_final = 190;


#line 198 "grammar/address.rl"


static bool
scan_loose_path(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 7093 "gen/address.c"
	{
	cs = mxq_loose_path_start;
	}

#line 207 "grammar/address.rl"
    
#line 7096 "gen/address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 60u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 61u: goto tr2;
		case 64u: goto tr3;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto tr2;
		} else if ( (*p) >= 33u )
			goto tr2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr9;
		} else if ( (*p) >= 225u )
			goto tr6;
	} else
		goto tr4;
	goto st0;
tr2:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 7146 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
tr12:
#line 58 "grammar/address.rl"
	{
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 7180 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 91u: goto st15;
		case 224u: goto tr23;
		case 237u: goto tr25;
		case 240u: goto tr26;
		case 244u: goto tr28;
	}
	if ( (*p) < 92u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st5;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st5;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st5;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr27;
			} else if ( (*p) >= 225u )
				goto tr24;
		} else
			goto tr22;
	} else
		goto st3;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 45u: goto st6;
		case 46u: goto tr30;
		case 62u: goto st190;
		case 64u: goto tr12;
		case 224u: goto tr23;
		case 237u: goto tr25;
		case 240u: goto tr26;
		case 244u: goto tr28;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 58u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 57u )
					goto st5;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 59u ) {
			if ( (*p) > 63u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st5;
			} else if ( (*p) >= 61u )
				goto st3;
		} else
			goto st3;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st5;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr27;
			} else if ( (*p) >= 225u )
				goto tr24;
		} else
			goto tr22;
	} else
		goto st3;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 45u: goto st6;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr23;
		case 237u: goto tr25;
		case 240u: goto tr26;
		case 244u: goto tr28;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st5;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st5;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st5;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr27;
			} else if ( (*p) >= 225u )
				goto tr24;
		} else
			goto tr22;
	} else
		goto st3;
	goto st0;
tr22:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 7318 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st5;
	goto st0;
tr23:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 7328 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr24:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 7338 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr25:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 7348 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st7;
	goto st0;
tr26:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 7358 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st9;
	goto st0;
tr27:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 7368 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st9;
	goto st0;
tr28:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 7378 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st9;
	goto st0;
tr30:
#line 64 "grammar/address.rl"
	{
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 7392 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr23;
		case 237u: goto tr25;
		case 240u: goto tr26;
		case 244u: goto tr28;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st5;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st5;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st5;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr27;
			} else if ( (*p) >= 225u )
				goto tr24;
		} else
			goto tr22;
	} else
		goto st3;
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 45u: goto st16;
		case 50u: goto st49;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 73u: goto st51;
		case 105u: goto st51;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st28;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st17;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st47;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st17;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 45u: goto st16;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st17;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st17;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st17;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 45u: goto st16;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 61u: goto st19;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 94u ) {
		if ( (*p) < 63u ) {
			if ( 33u <= (*p) && (*p) <= 59u )
				goto st19;
		} else if ( (*p) > 90u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st3;
		} else
			goto st19;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st19;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 61u: goto st19;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 94u ) {
		if ( (*p) < 63u ) {
			if ( 33u <= (*p) && (*p) <= 59u )
				goto st19;
		} else if ( (*p) > 90u ) {
			if ( 91u <= (*p) && (*p) <= 92u )
				goto st3;
		} else
			goto st19;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st19;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 62u: goto st190;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 61u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
tr4:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st21;
tr13:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 7682 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st3;
	goto st0;
tr5:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st22;
tr14:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 7700 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st21;
	goto st0;
tr6:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st23;
tr15:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 7718 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st21;
	goto st0;
tr7:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st24;
tr16:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 7736 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st21;
	goto st0;
tr8:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st25;
tr17:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 7754 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st23;
	goto st0;
tr9:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st26;
tr18:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 7772 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st23;
	goto st0;
tr10:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st27;
tr19:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 7790 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st23;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 45u: goto st16;
		case 46u: goto st29;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st47;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 50u: goto st45;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st43;
		} else
			goto st30;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 46u: goto st31;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st43;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 50u: goto st41;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st39;
		} else
			goto st32;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 46u: goto st33;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st39;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 50u: goto st37;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st35;
		} else
			goto st34;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st35;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st36;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 53u: goto st38;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st36;
		} else
			goto st35;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st36;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 46u: goto st33;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st40;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 46u: goto st33;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 46u: goto st33;
		case 53u: goto st42;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st40;
		} else
			goto st39;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 46u: goto st33;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st40;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 46u: goto st31;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st44;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 46u: goto st31;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 46u: goto st31;
		case 53u: goto st46;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st44;
		} else
			goto st43;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 46u: goto st31;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st3;
		} else
			goto st44;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr13;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else
			goto tr15;
	} else
		goto st3;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 45u: goto st16;
		case 46u: goto st29;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st48;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 45u: goto st16;
		case 46u: goto st29;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 45u: goto st16;
		case 46u: goto st29;
		case 53u: goto st50;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st17;
			} else if ( (*p) >= 54u )
				goto st48;
		} else
			goto st47;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st17;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 45u: goto st16;
		case 46u: goto st29;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st17;
			} else if ( (*p) >= 54u )
				goto st17;
		} else
			goto st48;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st17;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 45u: goto st16;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 80u: goto st52;
		case 112u: goto st52;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 45u: goto st16;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 86u: goto st53;
		case 118u: goto st53;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 45u: goto st16;
		case 54u: goto st54;
		case 58u: goto st18;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 45u: goto st16;
		case 58u: goto st55;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st17;
		} else
			goto st17;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st17;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 58u: goto st153;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st56;
		} else
			goto st56;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st56;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 58u: goto st60;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st57;
		} else
			goto st57;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 58u: goto st60;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st58;
		} else
			goto st58;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 58u: goto st60;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st59;
		} else
			goto st59;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 58u: goto st60;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 58u: goto st140;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st61;
		} else
			goto st61;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 58u: goto st65;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st62;
		} else
			goto st62;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 58u: goto st65;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st63;
		} else
			goto st63;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st63;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 58u: goto st65;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st64;
		} else
			goto st64;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st64;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 58u: goto st65;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 58u: goto st127;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st66;
		} else
			goto st66;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 58u: goto st70;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st67;
		} else
			goto st67;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st67;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 58u: goto st70;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st68;
		} else
			goto st68;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st68;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 58u: goto st70;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st69;
		} else
			goto st69;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 58u: goto st70;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 58u: goto st114;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st71;
		} else
			goto st71;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st71;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 58u: goto st75;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st72;
		} else
			goto st72;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st72;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 58u: goto st75;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st73;
		} else
			goto st73;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 58u: goto st75;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st74;
		} else
			goto st74;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 58u: goto st75;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 58u: goto st102;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st76;
		} else
			goto st76;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 58u: goto st80;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st77;
		} else
			goto st77;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st77;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 58u: goto st80;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st78;
		} else
			goto st78;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st78;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 58u: goto st80;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st79;
		} else
			goto st79;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 58u: goto st80;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 58u: goto st101;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st81;
		} else
			goto st81;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 58u: goto st85;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st82;
		} else
			goto st82;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st82;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 58u: goto st85;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st83;
		} else
			goto st83;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st83;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 58u: goto st85;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st84;
		} else
			goto st84;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st84;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 58u: goto st85;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 50u: goto st96;
		case 58u: goto st36;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 49u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st100;
			} else if ( (*p) >= 51u )
				goto st99;
		} else
			goto st86;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st100;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st95;
		} else
			goto st87;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st95;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st94;
		} else
			goto st88;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st94;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st89;
		} else
			goto st89;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st89;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 58u: goto st90;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st91;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st91;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st91;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st92;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st92;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st92;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st93;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st93;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st93;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st36;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st36;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st36;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st89;
		} else
			goto st89;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st89;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st94;
		} else
			goto st94;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st94;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st97;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st95;
			} else if ( (*p) >= 54u )
				goto st98;
		} else
			goto st87;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st95;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st94;
			} else if ( (*p) >= 54u )
				goto st94;
		} else
			goto st88;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st94;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st94;
		} else
			goto st94;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st94;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st95;
		} else
			goto st98;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st95;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st95;
		} else
			goto st95;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st95;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st91;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st91;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st91;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 50u: goto st109;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st103;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st113;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st112;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st113;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st108;
		} else
			goto st104;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st108;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st107;
		} else
			goto st105;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st107;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st106;
		} else
			goto st106;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st106;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 58u: goto st90;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st106;
		} else
			goto st106;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st106;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st107;
		} else
			goto st107;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st107;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st110;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st108;
			} else if ( (*p) >= 54u )
				goto st111;
		} else
			goto st104;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st108;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st107;
			} else if ( (*p) >= 54u )
				goto st107;
		} else
			goto st105;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st107;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st107;
		} else
			goto st107;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st107;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st108;
		} else
			goto st111;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st108;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 58u: goto st90;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st108;
		} else
			goto st108;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st108;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 50u: goto st122;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st115;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st126;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st125;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st126;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st121;
		} else
			goto st116;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st121;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st120;
		} else
			goto st117;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st120;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st118;
		} else
			goto st118;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st118;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 58u: goto st119;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 50u: goto st109;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st103;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st113;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st112;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st113;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st118;
		} else
			goto st118;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st118;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st120;
		} else
			goto st120;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st120;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st123;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st121;
			} else if ( (*p) >= 54u )
				goto st124;
		} else
			goto st116;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st121;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st120;
			} else if ( (*p) >= 54u )
				goto st120;
		} else
			goto st117;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st120;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st120;
		} else
			goto st120;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st120;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st121;
		} else
			goto st124;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st121;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 58u: goto st119;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st121;
		} else
			goto st121;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st121;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 50u: goto st135;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st128;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st139;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st138;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st139;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st134;
		} else
			goto st129;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st134;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st133;
		} else
			goto st130;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st133;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st131;
		} else
			goto st131;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st131;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 58u: goto st132;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 50u: goto st122;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st115;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st126;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st125;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st126;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st131;
		} else
			goto st131;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st131;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st133;
		} else
			goto st133;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st133;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st136;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st134;
			} else if ( (*p) >= 54u )
				goto st137;
		} else
			goto st129;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st134;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st133;
			} else if ( (*p) >= 54u )
				goto st133;
		} else
			goto st130;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st133;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st133;
		} else
			goto st133;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st133;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st134;
		} else
			goto st137;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st134;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 58u: goto st132;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st134;
		} else
			goto st134;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st134;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 50u: goto st148;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st141;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st152;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st151;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st152;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st147;
		} else
			goto st142;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st147;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st146;
		} else
			goto st143;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st146;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st144;
		} else
			goto st144;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st144;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 58u: goto st145;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 50u: goto st135;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st128;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st139;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st138;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st139;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st144;
		} else
			goto st144;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st144;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st146;
		} else
			goto st146;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st146;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st149;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st147;
			} else if ( (*p) >= 54u )
				goto st150;
		} else
			goto st142;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st147;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st146;
			} else if ( (*p) >= 54u )
				goto st146;
		} else
			goto st143;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st146;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st146;
		} else
			goto st146;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st146;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st147;
		} else
			goto st150;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st147;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 58u: goto st145;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st147;
		} else
			goto st147;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st147;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 58u: goto st154;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 50u: goto st162;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st155;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st166;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st165;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st166;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st161;
		} else
			goto st156;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st161;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st160;
		} else
			goto st157;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st160;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st158;
		} else
			goto st158;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st158;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 58u: goto st159;
		case 61u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 50u: goto st148;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st141;
			} else if ( (*p) >= 33u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st152;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st151;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st152;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st158;
		} else
			goto st158;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st158;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st160;
		} else
			goto st160;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st160;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 46u: goto st29;
		case 53u: goto st163;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st161;
			} else if ( (*p) >= 54u )
				goto st164;
		} else
			goto st156;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st161;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st160;
			} else if ( (*p) >= 54u )
				goto st160;
		} else
			goto st157;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st160;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st3;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st160;
		} else
			goto st160;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st160;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 46u: goto st29;
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st161;
		} else
			goto st164;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st161;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 58u: goto st159;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 93u: goto st20;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st161;
		} else
			goto st161;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr18;
			} else if ( (*p) >= 225u )
				goto tr15;
		} else
			goto tr13;
	} else
		goto st161;
	goto st0;
tr3:
#line 49 "grammar/address.rl"
	{
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 13547 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr182;
		case 237u: goto tr184;
		case 240u: goto tr185;
		case 244u: goto tr187;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st168;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st168;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st168;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr186;
			} else if ( (*p) >= 225u )
				goto tr183;
		} else
			goto tr181;
	} else
		goto st3;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 44u: goto st169;
		case 45u: goto st182;
		case 46u: goto st167;
		case 58u: goto st181;
		case 59u: goto st3;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr182;
		case 237u: goto tr184;
		case 240u: goto tr185;
		case 244u: goto tr187;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st3;
			} else if ( (*p) >= 65u )
				goto st168;
		} else
			goto st168;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr186;
			} else if ( (*p) >= 225u )
				goto tr183;
		} else
			goto tr181;
	} else
		goto st168;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 61u: goto st3;
		case 64u: goto tr192;
		case 224u: goto tr14;
		case 237u: goto tr16;
		case 240u: goto tr17;
		case 244u: goto tr19;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st3;
		} else if ( (*p) >= 33u )
			goto st3;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr18;
		} else if ( (*p) >= 225u )
			goto tr15;
	} else
		goto tr13;
	goto st0;
tr192:
#line 58 "grammar/address.rl"
	{
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 13669 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 91u: goto st15;
		case 224u: goto tr195;
		case 237u: goto tr197;
		case 240u: goto tr198;
		case 244u: goto tr200;
	}
	if ( (*p) < 92u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st171;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st171;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st171;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr199;
			} else if ( (*p) >= 225u )
				goto tr196;
		} else
			goto tr194;
	} else
		goto st3;
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 44u: goto st169;
		case 45u: goto st172;
		case 46u: goto tr202;
		case 58u: goto st181;
		case 59u: goto st3;
		case 62u: goto st190;
		case 64u: goto tr12;
		case 224u: goto tr195;
		case 237u: goto tr197;
		case 240u: goto tr198;
		case 244u: goto tr200;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 63u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st171;
			} else if ( (*p) >= 61u )
				goto st3;
		} else
			goto st171;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st171;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr199;
			} else if ( (*p) >= 225u )
				goto tr196;
		} else
			goto tr194;
	} else
		goto st3;
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 45u: goto st172;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr195;
		case 237u: goto tr197;
		case 240u: goto tr198;
		case 244u: goto tr200;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st171;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st171;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st171;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr199;
			} else if ( (*p) >= 225u )
				goto tr196;
		} else
			goto tr194;
	} else
		goto st3;
	goto st0;
tr194:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
#line 13807 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st171;
	goto st0;
tr195:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 13817 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st173;
	goto st0;
tr196:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
#line 13827 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st173;
	goto st0;
tr197:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
#line 13837 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st173;
	goto st0;
tr198:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st177;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
#line 13847 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st175;
	goto st0;
tr199:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st178;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
#line 13857 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st175;
	goto st0;
tr200:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
#line 13867 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st175;
	goto st0;
tr202:
#line 64 "grammar/address.rl"
	{
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
#line 13881 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr195;
		case 237u: goto tr197;
		case 240u: goto tr198;
		case 244u: goto tr200;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st171;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st171;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st171;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr199;
			} else if ( (*p) >= 225u )
				goto tr196;
		} else
			goto tr194;
	} else
		goto st3;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 61u: goto tr2;
		case 224u: goto tr5;
		case 237u: goto tr7;
		case 240u: goto tr8;
		case 244u: goto tr10;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto tr2;
		} else if ( (*p) >= 33u )
			goto tr2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr9;
		} else if ( (*p) >= 225u )
			goto tr6;
	} else
		goto tr4;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 45u: goto st182;
		case 61u: goto st3;
		case 63u: goto st3;
		case 64u: goto tr12;
		case 224u: goto tr182;
		case 237u: goto tr184;
		case 240u: goto tr185;
		case 244u: goto tr187;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st3;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st168;
			} else if ( (*p) >= 58u )
				goto st3;
		} else
			goto st168;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st3;
			} else if ( (*p) >= 97u )
				goto st168;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr186;
			} else if ( (*p) >= 225u )
				goto tr183;
		} else
			goto tr181;
	} else
		goto st3;
	goto st0;
tr181:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st183;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
#line 13997 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st168;
	goto st0;
tr182:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 14007 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st183;
	goto st0;
tr183:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
#line 14017 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st183;
	goto st0;
tr184:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
#line 14027 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st183;
	goto st0;
tr185:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st187;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
#line 14037 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st185;
	goto st0;
tr186:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 14047 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st185;
	goto st0;
tr187:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
#line 14057 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st185;
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
	_test_eof190: cs = 190; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 208 "grammar/address.rl"
    return cs >= mxq_loose_path_first_final;
}


#line 14257 "gen/address.c"
static const int mxq_loose_mailbox_start = 1;
static const int mxq_loose_mailbox_first_final = 164;


#line 218 "grammar/address.rl"


static bool
scan_loose_mailbox(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    
#line 14268 "gen/address.c"
	{
	cs = mxq_loose_mailbox_start;
	}

#line 227 "grammar/address.rl"
    
#line 14271 "gen/address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 61u: goto st2;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
tr9:
#line 58 "grammar/address.rl"
	{
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 14340 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 91u: goto st13;
		case 224u: goto tr13;
		case 237u: goto tr15;
		case 240u: goto tr16;
		case 244u: goto tr18;
	}
	if ( (*p) < 92u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st164;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st164;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st164;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr17;
			} else if ( (*p) >= 225u )
				goto tr14;
		} else
			goto tr12;
	} else
		goto st2;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 45u: goto st4;
		case 46u: goto tr168;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr13;
		case 237u: goto tr15;
		case 240u: goto tr16;
		case 244u: goto tr18;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st164;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st164;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st164;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr17;
			} else if ( (*p) >= 225u )
				goto tr14;
		} else
			goto tr12;
	} else
		goto st2;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 45u: goto st4;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr13;
		case 237u: goto tr15;
		case 240u: goto tr16;
		case 244u: goto tr18;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st164;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st164;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st164;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr17;
			} else if ( (*p) >= 225u )
				goto tr14;
		} else
			goto tr12;
	} else
		goto st2;
	goto st0;
tr12:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 14476 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st164;
	goto st0;
tr13:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 14486 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st5;
	goto st0;
tr14:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 14496 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st5;
	goto st0;
tr15:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 14506 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st5;
	goto st0;
tr16:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 14516 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr17:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 14526 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st7;
	goto st0;
tr18:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 14536 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st7;
	goto st0;
tr168:
#line 64 "grammar/address.rl"
	{
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 14550 "gen/address.c"
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr13;
		case 237u: goto tr15;
		case 240u: goto tr16;
		case 244u: goto tr18;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st164;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st164;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st164;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr17;
			} else if ( (*p) >= 225u )
				goto tr14;
		} else
			goto tr12;
	} else
		goto st2;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 45u: goto st14;
		case 50u: goto st46;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 73u: goto st48;
		case 105u: goto st48;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st25;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st15;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st44;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st15;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 45u: goto st14;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st15;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st15;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st15;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 45u: goto st14;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 61u: goto st17;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 94u ) {
		if ( (*p) < 63u ) {
			if ( 33u <= (*p) && (*p) <= 59u )
				goto st17;
		} else if ( (*p) > 90u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st2;
		} else
			goto st17;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st17;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 61u: goto st17;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 94u ) {
		if ( (*p) < 63u ) {
			if ( 33u <= (*p) && (*p) <= 59u )
				goto st17;
		} else if ( (*p) > 90u ) {
			if ( 91u <= (*p) && (*p) <= 92u )
				goto st2;
		} else
			goto st17;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st17;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
tr2:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 14827 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st2;
	goto st0;
tr3:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 14837 "gen/address.c"
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st18;
	goto st0;
tr4:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 14847 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st18;
	goto st0;
tr5:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 14857 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st18;
	goto st0;
tr6:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 14867 "gen/address.c"
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st20;
	goto st0;
tr7:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 14877 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st20;
	goto st0;
tr8:
#line 46 "grammar/address.rl"
	{ s->non_ascii = true; }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 14887 "gen/address.c"
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st20;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto st26;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st44;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 50u: goto st42;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st40;
		} else
			goto st27;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 46u: goto st28;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st40;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 50u: goto st38;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st36;
		} else
			goto st29;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 46u: goto st30;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st36;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 50u: goto st34;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 49u ) {
			if ( 51u <= (*p) && (*p) <= 57u )
				goto st32;
		} else
			goto st31;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st32;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st33;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 53u: goto st35;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st33;
		} else
			goto st32;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st33;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 46u: goto st30;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st37;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 46u: goto st30;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 46u: goto st30;
		case 53u: goto st39;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st37;
		} else
			goto st36;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 46u: goto st30;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st37;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 46u: goto st28;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( 58u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st41;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 46u: goto st28;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 46u: goto st28;
		case 53u: goto st43;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 58u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( 54u <= (*p) && (*p) <= 57u )
				goto st41;
		} else
			goto st40;
	} else if ( (*p) > 59u ) {
		if ( (*p) < 194u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 46u: goto st28;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 63u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( 54u <= (*p) && (*p) <= 59u )
				goto st2;
		} else
			goto st41;
	} else if ( (*p) > 126u ) {
		if ( (*p) < 225u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto tr2;
		} else if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else
			goto tr4;
	} else
		goto st2;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto st26;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st45;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto st26;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto st26;
		case 53u: goto st47;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st15;
			} else if ( (*p) >= 54u )
				goto st45;
		} else
			goto st44;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st15;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 45u: goto st14;
		case 46u: goto st26;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 91u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto st15;
			} else if ( (*p) >= 54u )
				goto st15;
		} else
			goto st45;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 122u ) {
				if ( 123u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st15;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 45u: goto st14;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 80u: goto st49;
		case 112u: goto st49;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 45u: goto st14;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 86u: goto st50;
		case 118u: goto st50;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 45u: goto st14;
		case 54u: goto st51;
		case 58u: goto st16;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 45u: goto st14;
		case 58u: goto st52;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 90u ) {
				if ( 91u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st15;
		} else
			goto st15;
	} else if ( (*p) > 122u ) {
		if ( (*p) < 194u ) {
			if ( 123u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st15;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 58u: goto st150;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st53;
		} else
			goto st53;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st53;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 58u: goto st57;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st54;
		} else
			goto st54;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st54;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 58u: goto st57;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st55;
		} else
			goto st55;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st55;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 58u: goto st57;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st56;
		} else
			goto st56;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st56;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 58u: goto st57;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 58u: goto st137;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st58;
		} else
			goto st58;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 58u: goto st62;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st59;
		} else
			goto st59;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 58u: goto st62;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st60;
		} else
			goto st60;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 58u: goto st62;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st61;
		} else
			goto st61;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 58u: goto st62;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 58u: goto st124;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st63;
		} else
			goto st63;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st63;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 58u: goto st67;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st64;
		} else
			goto st64;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st64;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 58u: goto st67;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st65;
		} else
			goto st65;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st65;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 58u: goto st67;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st66;
		} else
			goto st66;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 58u: goto st67;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 58u: goto st111;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st68;
		} else
			goto st68;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st68;
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 58u: goto st72;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st69;
		} else
			goto st69;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st69;
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 58u: goto st72;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st70;
		} else
			goto st70;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st70;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 58u: goto st72;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st71;
		} else
			goto st71;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st71;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 58u: goto st72;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 58u: goto st99;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st73;
		} else
			goto st73;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st73;
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 58u: goto st77;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st74;
		} else
			goto st74;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 58u: goto st77;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st75;
		} else
			goto st75;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 58u: goto st77;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st76;
		} else
			goto st76;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st76;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 58u: goto st77;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 58u: goto st98;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st78;
		} else
			goto st78;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st78;
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 58u: goto st82;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st79;
		} else
			goto st79;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st79;
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 58u: goto st82;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st80;
		} else
			goto st80;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st80;
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 58u: goto st82;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st81;
		} else
			goto st81;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st81;
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 58u: goto st82;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 50u: goto st93;
		case 58u: goto st33;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 49u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st97;
			} else if ( (*p) >= 51u )
				goto st96;
		} else
			goto st83;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st97;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st92;
		} else
			goto st84;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st92;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st91;
		} else
			goto st85;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st91;
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st86;
		} else
			goto st86;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st86;
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 58u: goto st87;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st88;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st88;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st88;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st89;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st89;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st89;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st90;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st90;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st90;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st33;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st33;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st33;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st86;
		} else
			goto st86;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st86;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st91;
		} else
			goto st91;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st91;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st94;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st92;
			} else if ( (*p) >= 54u )
				goto st95;
		} else
			goto st84;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st92;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st91;
			} else if ( (*p) >= 54u )
				goto st91;
		} else
			goto st85;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st91;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st91;
		} else
			goto st91;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st91;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st92;
		} else
			goto st95;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st92;
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st92;
		} else
			goto st92;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st92;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st88;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st88;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st88;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 50u: goto st106;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st100;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st110;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st109;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st110;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st105;
		} else
			goto st101;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st105;
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st104;
		} else
			goto st102;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st104;
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st103;
		} else
			goto st103;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st103;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 58u: goto st87;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st103;
		} else
			goto st103;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st103;
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st104;
		} else
			goto st104;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st104;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st107;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st105;
			} else if ( (*p) >= 54u )
				goto st108;
		} else
			goto st101;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st105;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st104;
			} else if ( (*p) >= 54u )
				goto st104;
		} else
			goto st102;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st104;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st104;
		} else
			goto st104;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st104;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st105;
		} else
			goto st108;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st105;
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 58u: goto st87;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st105;
		} else
			goto st105;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st105;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 50u: goto st119;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st112;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st123;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st122;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st123;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st118;
		} else
			goto st113;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st118;
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st117;
		} else
			goto st114;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st117;
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st115;
		} else
			goto st115;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st115;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 58u: goto st116;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 50u: goto st106;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st100;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st110;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st109;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st110;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st115;
		} else
			goto st115;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st115;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st117;
		} else
			goto st117;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st117;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st120;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st118;
			} else if ( (*p) >= 54u )
				goto st121;
		} else
			goto st113;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st118;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st117;
			} else if ( (*p) >= 54u )
				goto st117;
		} else
			goto st114;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st117;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st117;
		} else
			goto st117;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st117;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st118;
		} else
			goto st121;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st118;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 58u: goto st116;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st118;
		} else
			goto st118;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st118;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 50u: goto st132;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st125;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st136;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st135;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st136;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st131;
		} else
			goto st126;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st131;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st130;
		} else
			goto st127;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st130;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st128;
		} else
			goto st128;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st128;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 58u: goto st129;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 50u: goto st119;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st112;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st123;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st122;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st123;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st128;
		} else
			goto st128;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st128;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st130;
		} else
			goto st130;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st130;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st133;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st131;
			} else if ( (*p) >= 54u )
				goto st134;
		} else
			goto st126;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st131;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st130;
			} else if ( (*p) >= 54u )
				goto st130;
		} else
			goto st127;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st130;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st130;
		} else
			goto st130;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st130;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st131;
		} else
			goto st134;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st131;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 58u: goto st129;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st131;
		} else
			goto st131;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st131;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 50u: goto st145;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st138;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st149;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st148;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st149;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st144;
		} else
			goto st139;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st144;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st143;
		} else
			goto st140;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st143;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st141;
		} else
			goto st141;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st141;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 58u: goto st142;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 50u: goto st132;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st125;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st136;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st135;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st136;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st141;
		} else
			goto st141;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st141;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st143;
		} else
			goto st143;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st143;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st146;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st144;
			} else if ( (*p) >= 54u )
				goto st147;
		} else
			goto st139;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st144;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st143;
			} else if ( (*p) >= 54u )
				goto st143;
		} else
			goto st140;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st143;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st143;
		} else
			goto st143;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st143;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st144;
		} else
			goto st147;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st144;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 58u: goto st142;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st144;
		} else
			goto st144;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st144;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 58u: goto st151;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 50u: goto st159;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st152;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st163;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st162;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st163;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st158;
		} else
			goto st153;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st158;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st157;
		} else
			goto st154;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st157;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st155;
		} else
			goto st155;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st155;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 58u: goto st156;
		case 61u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 194u ) {
		if ( (*p) > 59u ) {
			if ( 63u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 33u )
			goto st2;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto tr7;
		} else if ( (*p) >= 225u )
			goto tr4;
	} else
		goto tr2;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 50u: goto st145;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 51u ) {
			if ( (*p) > 47u ) {
				if ( 48u <= (*p) && (*p) <= 49u )
					goto st138;
			} else if ( (*p) >= 33u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 59u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st149;
			} else if ( (*p) >= 58u )
				goto st2;
		} else
			goto st148;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st149;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st155;
		} else
			goto st155;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st155;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st157;
		} else
			goto st157;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st157;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 46u: goto st26;
		case 53u: goto st160;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 52u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st158;
			} else if ( (*p) >= 54u )
				goto st161;
		} else
			goto st153;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st158;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 53u ) {
			if ( (*p) > 57u ) {
				if ( 65u <= (*p) && (*p) <= 70u )
					goto st157;
			} else if ( (*p) >= 54u )
				goto st157;
		} else
			goto st154;
	} else if ( (*p) > 96u ) {
		if ( (*p) < 194u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 126u )
					goto st2;
			} else if ( (*p) >= 97u )
				goto st157;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st2;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st157;
		} else
			goto st157;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st157;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 46u: goto st26;
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st158;
		} else
			goto st161;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st158;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 58u: goto st156;
		case 59u: goto st2;
		case 61u: goto st2;
		case 63u: goto st2;
		case 64u: goto tr9;
		case 93u: goto st165;
		case 224u: goto tr3;
		case 237u: goto tr5;
		case 240u: goto tr6;
		case 244u: goto tr8;
	}
	if ( (*p) < 97u ) {
		if ( (*p) < 48u ) {
			if ( 33u <= (*p) && (*p) <= 47u )
				goto st2;
		} else if ( (*p) > 57u ) {
			if ( (*p) > 70u ) {
				if ( 71u <= (*p) && (*p) <= 96u )
					goto st2;
			} else if ( (*p) >= 65u )
				goto st158;
		} else
			goto st158;
	} else if ( (*p) > 102u ) {
		if ( (*p) < 194u ) {
			if ( 103u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) > 223u ) {
			if ( (*p) > 239u ) {
				if ( 241u <= (*p) && (*p) <= 243u )
					goto tr7;
			} else if ( (*p) >= 225u )
				goto tr4;
		} else
			goto tr2;
	} else
		goto st158;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
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
	_test_eof165: cs = 165; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 228 "grammar/address.rl"
    return cs >= mxq_loose_mailbox_first_final;
}

/* Applies the length limits and the flags to a mailbox the grammar
 * accepted: mb[0..end) with the separator at s->at. */
static enum mxq_addr_result
finish_mailbox(const unsigned char *mb, const unsigned char *end,
               const struct addr_scan *s, unsigned flags,
               struct mxq_address *out)
{
    bool literal;

    if (mb == NULL || s->at == NULL || s->at < mb || s->at >= end)
        return MXQ_ADDR_SYNTAX; /* cannot happen: the grammar needs '@' */
    if ((size_t)(s->at - mb) > MAX_LOCAL_PART ||
        (size_t)(end - s->at - 1) > MAX_DOMAIN)
        return MXQ_ADDR_TOO_LONG;
    literal = s->at[1] == '[';
    if (!literal && (s->longest_label > MAX_LABEL ||
                     (size_t)(end - s->label) > MAX_LABEL))
        return MXQ_ADDR_TOO_LONG;
    if ((s->non_ascii || s->route_non_ascii) &&
        !(flags & MXQ_ADDR_ALLOW_UTF8))
        return MXQ_ADDR_NON_ASCII;
    out->local.p = (const char *)mb;
    out->local.n = (size_t)(s->at - mb);
    out->domain.p = (const char *)s->at + 1;
    out->domain.n = (size_t)(end - s->at - 1);
    out->mailbox.p = (const char *)mb;
    out->mailbox.n = (size_t)(end - mb);
    out->is_literal = literal;
    out->is_utf8 = s->non_ascii;
    return MXQ_ADDR_OK;
}

static void
clear(struct mxq_address *out, const char *p)
{
    struct mxq_slice empty = { p, 0 };

    out->local = empty;
    out->domain = empty;
    out->mailbox = empty;
    out->is_null = false;
    out->is_postmaster = false;
    out->is_literal = false;
    out->is_utf8 = false;
}

/* "<postmaster>" or "postmaster": what the grammar accepts without '@'. */
static enum mxq_addr_result
finish_postmaster(const char *local, size_t n, unsigned flags,
                  struct mxq_address *out)
{
    if (!(flags & MXQ_ADDR_ALLOW_POSTMASTER))
        return MXQ_ADDR_SYNTAX;
    out->local.p = local;
    out->local.n = n;
    out->mailbox = out->local;
    out->is_postmaster = true;
    return MXQ_ADDR_OK;
}

/*
 * Strict first: the common case is one scan. Loose mode rescans only what
 * the strict grammar refused, so whatever strict mode accepts, loose mode
 * accepts the same way. A strict TOO_LONG or NON_ASCII is final: the
 * address is well-formed, and loose mode relaxes neither limit nor flag.
 */
enum mxq_addr_result
mxq_parse_path(const char *p, size_t n, unsigned flags,
               struct mxq_address *out)
{
    const unsigned char *u = (const unsigned char *)p;
    struct addr_scan s = { 0 };

    clear(out, p);
    if (n < 2)
        return MXQ_ADDR_SYNTAX;
    if (scan_strict_path(u, n, &s)) {
        if (s.at == NULL && n == 2) {
            if (!(flags & MXQ_ADDR_ALLOW_NULL))
                return MXQ_ADDR_SYNTAX;
            out->local.p = out->domain.p = out->mailbox.p = p + 1;
            out->is_null = true;
            return MXQ_ADDR_OK;
        }
        if (s.at == NULL)
            return finish_postmaster(p + 1, n - 2, flags, out);
        return finish_mailbox(s.mailbox, u + n - 1, &s, flags, out);
    }
    if (!(flags & MXQ_ADDR_LOOSE))
        return MXQ_ADDR_SYNTAX;
    s = (struct addr_scan){ 0 };
    if (!scan_loose_path(u, n, &s))
        return MXQ_ADDR_SYNTAX;
    return finish_mailbox(s.mailbox, u + n - 1, &s, flags, out);
}

/* As a bare mailbox, "" stands for <> and "postmaster" for <postmaster>,
 * under the same flags. */
enum mxq_addr_result
mxq_parse_mailbox(const char *p, size_t n, unsigned flags,
                  struct mxq_address *out)
{
    const unsigned char *u = (const unsigned char *)p;
    struct addr_scan s = { 0 };

    clear(out, p);
    if (n == 0) {
        if (!(flags & MXQ_ADDR_ALLOW_NULL))
            return MXQ_ADDR_SYNTAX;
        out->is_null = true;
        return MXQ_ADDR_OK;
    }
    if (scan_strict_mailbox(u, n, &s)) {
        if (s.at == NULL)
            return finish_postmaster(p, n, flags, out);
        return finish_mailbox(u, u + n, &s, flags, out);
    }
    if (!(flags & MXQ_ADDR_LOOSE))
        return MXQ_ADDR_SYNTAX;
    s = (struct addr_scan){ 0 };
    if (!scan_loose_mailbox(u, n, &s))
        return MXQ_ADDR_SYNTAX;
    return finish_mailbox(u, u + n, &s, flags, out);
}
