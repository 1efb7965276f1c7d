
#line 1 "grammar/dmarc_record.rl"
/*
 * DMARC policy records (RFC 7489 §6.3, §6.4). See dmarc_record.h for the
 * contract and for what a bad value becomes.
 *
 * The tag list is cut by mxq_dkim_tag_next() (grammar/dkim_tags.rl: the
 * same tag=value syntax); each known tag's value is then run through the
 * machine below from the entry point of its kind.
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

#include "dkim_tags.h"
#include "dmarc_record.h"


#line 25 "gen/dmarc_record.c"
static const int mxq_dmarc_value_start = 1;
static const int mxq_dmarc_value_first_final = 34;

static const int mxq_dmarc_value_en_policy = 7;
static const int mxq_dmarc_value_en_align = 25;
static const int mxq_dmarc_value_en_number = 26;
static const int mxq_dmarc_value_en_fo = 27;
static const int mxq_dmarc_value_en_rf = 30;
static const int mxq_dmarc_value_en_uris = 1;


#line 66 "grammar/dmarc_record.rl"


struct value_match {
    enum mxq_dmarc_policy policy;
    bool strict;
    uint32_t number;
    bool overflow;
};

/* Runs the machine from entry point `start` over v; true when all of v
 * matches. */
static bool match(int start, struct mxq_slice v, struct value_match *m)
{
    const unsigned char *p = (const unsigned char *)v.p, *pe = p + v.n;
    const unsigned char *eof = pe;
    enum mxq_dmarc_policy policy = MXQ_DMARC_POLICY_UNSET;
    bool strict = false, overflow = false;
    uint32_t number = 0;
    int cs = start;

    if (v.n == 0)
        return false;
    
#line 57 "gen/dmarc_record.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st2;
	} else if ( (*p) >= 65u )
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
		case 43u: goto st2;
		case 58u: goto st3;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st2;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) < 45u ) {
		if ( 34u <= (*p) && (*p) <= 43u )
			goto st34;
	} else if ( (*p) > 58u ) {
		if ( 60u <= (*p) && (*p) <= 126u )
			goto st34;
	} else
		goto st34;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 33u: goto st6;
		case 44u: goto st5;
	}
	if ( (*p) > 58u ) {
		if ( 60u <= (*p) && (*p) <= 126u )
			goto st34;
	} else if ( (*p) >= 34u )
		goto st34;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 44u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 9u: goto st5;
		case 32u: goto st5;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st2;
	} else if ( (*p) >= 65u )
		goto st2;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st35;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 44u: goto st5;
		case 71u: goto st36;
		case 75u: goto st36;
		case 77u: goto st36;
		case 84u: goto st36;
		case 103u: goto st36;
		case 107u: goto st36;
		case 109u: goto st36;
		case 116u: goto st36;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st35;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 44u: goto st5;
	}
	goto st0;
case 7:
	switch( (*p) ) {
		case 78u: goto st8;
		case 81u: goto st11;
		case 82u: goto st20;
		case 110u: goto st8;
		case 113u: goto st11;
		case 114u: goto st20;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 79u: goto st9;
		case 111u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 78u: goto st10;
		case 110u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 69u: goto st37;
		case 101u: goto st37;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 85u: goto st12;
		case 117u: goto st12;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 65u: goto st13;
		case 97u: goto st13;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 82u: goto st14;
		case 114u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 65u: goto st15;
		case 97u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 78u: goto st16;
		case 110u: goto st16;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 84u: goto st17;
		case 116u: goto st17;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 73u: goto st18;
		case 105u: goto st18;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 78u: goto st19;
		case 110u: goto st19;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 69u: goto st38;
		case 101u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 69u: goto st21;
		case 101u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 74u: goto st22;
		case 106u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 69u: goto st23;
		case 101u: goto st23;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 67u: goto st24;
		case 99u: goto st24;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 84u: goto st39;
		case 116u: goto st39;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	goto st0;
case 25:
	switch( (*p) ) {
		case 82u: goto st40;
		case 83u: goto st41;
		case 114u: goto st40;
		case 115u: goto st41;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	goto st0;
case 26:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr29;
	goto st0;
tr29:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 395 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr39;
	goto st0;
tr39:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 411 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr40;
	goto st0;
tr40:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 427 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr41;
	goto st0;
tr41:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 443 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr42;
	goto st0;
tr42:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 459 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr43;
	goto st0;
tr43:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 475 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr44;
	goto st0;
tr44:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 491 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr45;
	goto st0;
tr45:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 507 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr46;
	goto st0;
tr46:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 523 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr47;
	goto st0;
tr47:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 539 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr48;
	goto st0;
tr48:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 555 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr49;
	goto st0;
tr49:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 571 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr50;
	goto st0;
tr50:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 587 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr51;
	goto st0;
tr51:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 603 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr52;
	goto st0;
tr52:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 619 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr53;
	goto st0;
tr53:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 635 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr54;
	goto st0;
tr54:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 651 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr55;
	goto st0;
tr55:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 667 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr56;
	goto st0;
tr56:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
#line 683 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr57;
	goto st0;
tr57:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
#line 699 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr58;
	goto st0;
tr58:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 715 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr59;
	goto st0;
tr59:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 731 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr60;
	goto st0;
tr60:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
#line 747 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr61;
	goto st0;
tr61:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 763 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr62;
	goto st0;
tr62:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 779 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr63;
	goto st0;
tr63:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
#line 795 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr64;
	goto st0;
tr64:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 811 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr65;
	goto st0;
tr65:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
#line 827 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr66;
	goto st0;
tr66:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 843 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr67;
	goto st0;
tr67:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 859 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr68;
	goto st0;
tr68:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 875 "gen/dmarc_record.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr69;
	goto st0;
tr69:
#line 32 "grammar/dmarc_record.rl"
	{
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)((*p) - '0') >= number * 10)
            number = number * 10 + (uint32_t)((*p) - '0');
        else
            overflow = true;
    }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 891 "gen/dmarc_record.c"
	goto st0;
case 27:
	switch( (*p) ) {
		case 68u: goto st74;
		case 83u: goto st74;
		case 100u: goto st74;
		case 115u: goto st74;
	}
	if ( 48u <= (*p) && (*p) <= 49u )
		goto st74;
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 9u: goto st28;
		case 32u: goto st28;
		case 58u: goto st29;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 9u: goto st28;
		case 32u: goto st28;
		case 58u: goto st29;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 9u: goto st29;
		case 32u: goto st29;
		case 68u: goto st74;
		case 83u: goto st74;
		case 100u: goto st74;
		case 115u: goto st74;
	}
	if ( 48u <= (*p) && (*p) <= 49u )
		goto st74;
	goto st0;
case 30:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st75;
	} else
		goto st75;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 9u: goto st31;
		case 32u: goto st31;
		case 45u: goto st33;
		case 58u: goto st32;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st75;
	} else
		goto st75;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 9u: goto st31;
		case 32u: goto st31;
		case 58u: goto st32;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 9u: goto st32;
		case 32u: goto st32;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st75;
	} else
		goto st75;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 45u )
		goto st33;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st75;
	} else
		goto st75;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
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
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 37: 
#line 28 "grammar/dmarc_record.rl"
	{ policy = MXQ_DMARC_POLICY_NONE; }
	break;
	case 38: 
#line 29 "grammar/dmarc_record.rl"
	{ policy = MXQ_DMARC_POLICY_QUARANTINE; }
	break;
	case 39: 
#line 30 "grammar/dmarc_record.rl"
	{ policy = MXQ_DMARC_POLICY_REJECT; }
	break;
	case 41: 
#line 31 "grammar/dmarc_record.rl"
	{ strict = true; }
	break;
#line 1095 "gen/dmarc_record.c"
	}
	}

	_out: {}
	}

#line 89 "grammar/dmarc_record.rl"
    m->policy = policy;
    m->strict = strict;
    m->number = number;
    m->overflow = overflow;
    return p == pe && cs >= mxq_dmarc_value_first_final;
}

/* ASCII case-insensitive name == word (lower case). */
static bool is_tag(struct mxq_slice name, const char *word)
{
    size_t n = strlen(word);
    if (name.n != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name.p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)word[i])
            return false;
    }
    return true;
}

enum mxq_dmarc_record_status mxq_dmarc_record_parse(
    const char *p, size_t n, struct mxq_dmarc_record *out)
{
    static const struct mxq_slice empty = {"", 0};
    struct mxq_dkim_tag tag;
    struct value_match m;
    size_t pos = 0;
    bool error = false;
    unsigned seen = 0;

    memset(out, 0, sizeof *out);
    out->pct = 100;
    out->ri = 86400;
    out->fo = out->rf = out->rua = out->ruf = empty;

    /* §6.4: v=DMARC1 first, exactly ("DMARC1" in %x codes). */
    if (!mxq_dkim_tag_next(p, n, &pos, &tag, &error) ||
        !is_tag(tag.name, "v") || tag.value.n != 6 ||
        memcmp(tag.value.p, "DMARC1", 6) != 0)
        return MXQ_DMARC_RECORD_NOT_DMARC;

    while (mxq_dkim_tag_next(p, n, &pos, &tag, &error)) {
        struct mxq_slice v = tag.value;
        unsigned bit;
        if (is_tag(tag.name, "p"))
            bit = MXQ_DMARC_TAG_P;
        else if (is_tag(tag.name, "sp"))
            bit = MXQ_DMARC_TAG_SP;
        else if (is_tag(tag.name, "adkim"))
            bit = MXQ_DMARC_TAG_ADKIM;
        else if (is_tag(tag.name, "aspf"))
            bit = MXQ_DMARC_TAG_ASPF;
        else if (is_tag(tag.name, "pct"))
            bit = MXQ_DMARC_TAG_PCT;
        else if (is_tag(tag.name, "fo"))
            bit = MXQ_DMARC_TAG_FO;
        else if (is_tag(tag.name, "rf"))
            bit = MXQ_DMARC_TAG_RF;
        else if (is_tag(tag.name, "ri"))
            bit = MXQ_DMARC_TAG_RI;
        else if (is_tag(tag.name, "rua"))
            bit = MXQ_DMARC_TAG_RUA;
        else if (is_tag(tag.name, "ruf"))
            bit = MXQ_DMARC_TAG_RUF;
        else
            continue;              /* unknown tags are ignored (§6.3) */
        if (seen & bit)
            continue;              /* the first of a repeated tag counts */
        seen |= bit;
        bool ok;
        switch (bit) {
        case MXQ_DMARC_TAG_P:
        case MXQ_DMARC_TAG_SP:
            ok = match(mxq_dmarc_value_en_policy, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_P)
                out->p = m.policy;
            else if (ok)
                out->sp = m.policy;
            break;
        case MXQ_DMARC_TAG_ADKIM:
        case MXQ_DMARC_TAG_ASPF:
            ok = match(mxq_dmarc_value_en_align, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_ADKIM)
                out->adkim_strict = m.strict;
            else if (ok)
                out->aspf_strict = m.strict;
            break;
        case MXQ_DMARC_TAG_PCT:
            ok = v.n <= 3 && match(mxq_dmarc_value_en_number, v, &m) &&
                 m.number <= 100;
            if (ok)
                out->pct = m.number;
            break;
        case MXQ_DMARC_TAG_RI:
            ok = match(mxq_dmarc_value_en_number, v, &m) && !m.overflow;
            if (ok)
                out->ri = m.number;
            break;
        case MXQ_DMARC_TAG_FO:
            if ((ok = match(mxq_dmarc_value_en_fo, v, &m)))
                out->fo = v;
            break;
        case MXQ_DMARC_TAG_RF:
            if ((ok = match(mxq_dmarc_value_en_rf, v, &m)))
                out->rf = v;
            break;
        default: /* rua, ruf */
            ok = match(mxq_dmarc_value_en_uris, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_RUA)
                out->rua = v;
            else if (ok)
                out->ruf = v;
            break;
        }
        if (!ok)
            out->invalid |= bit;
    }
    out->truncated = error;

    /* §6.6.3: no valid p, or a bad sp. */
    if (out->p == MXQ_DMARC_POLICY_UNSET ||
        (out->invalid & MXQ_DMARC_TAG_SP)) {
        /* Without a reporting URI the record is ignored: it is kept as
         * read, for diagnostics. */
        if (out->rua.n == 0)
            return MXQ_DMARC_RECORD_BROKEN;
        out->p = MXQ_DMARC_POLICY_NONE;
        out->sp = MXQ_DMARC_POLICY_UNSET;
        out->p_fallback = true;
    }
    return MXQ_DMARC_RECORD_VALID;
}
