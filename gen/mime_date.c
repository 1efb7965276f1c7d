
#line 1 "grammar/mime_date.rl"
/*
 * RFC 5322 date-time. See mime_date.h for the contract and the leniency.
 *
 * The numbers are read digit by digit into their fields as the machine
 * passes them; items that could run together ("20 11" as a day and a
 * numeric month) must be apart by a blank or a comment, so no digit can
 * belong to two fields. Comments use the shared `comment` machine of
 * mime_content_type.rl (fcall, a depth counter).
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime_content_type.h"
#include "mime_date.h"

/* A field that has read more digits than this is no date (and the
 * counters cannot overflow). */
#define FIELD_DIGITS_MAX 4

/* Where the date-time starts: after the last ';' outside comments. */

#line 30 "gen/mime_date.c"
static const int mxq_date_semicolon_start = 2;

static const int mxq_date_semicolon_en_comment = 0;
static const int mxq_date_semicolon_en_main = 2;


#line 38 "grammar/mime_date.rl"


static const unsigned char *date_start(const unsigned char *p,
                                       const unsigned char *pe)
{
    const unsigned char *from = p;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    
#line 45 "gen/mime_date.c"
	{
	cs = mxq_date_semicolon_start;
	top = 0;
	}

#line 49 "grammar/mime_date.rl"
    
#line 49 "gen/mime_date.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch ( cs ) {
		case 2: goto st2;
		case 0: goto st0;
		case 1: goto st1;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
tr5:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 2;goto st0;}
    }
	goto st2;
tr6:
#line 33 "grammar/mime_date.rl"
	{ from = p + 1; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 80 "gen/mime_date.c"
	switch( (*p) ) {
		case 40u: goto tr5;
		case 59u: goto tr6;
	}
	goto st2;
tr1:
#line 38 "grammar/mime_content_type.rl"
	{
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            {p++; cs = 0; goto _out;}
        }
    }
	goto st0;
tr2:
#line 44 "grammar/mime_content_type.rl"
	{
        if (--depth == 0)
            {cs = stack[--top];goto _again;}
    }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 103 "gen/mime_date.c"
	switch( (*p) ) {
		case 40u: goto tr1;
		case 41u: goto tr2;
		case 92u: goto st1;
	}
	goto st0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 50 "grammar/mime_date.rl"
    (void)mxq_date_semicolon_en_main;
    (void)mxq_date_semicolon_en_comment;
    (void)too_deep;
    return from;
}

/* The zone names of §3.3 and §4.3, as offsets from UTC in hours. */

#line 129 "gen/mime_date.c"
static const int mxq_date_zone_start = 1;
static const int mxq_date_zone_first_final = 11;

static const int mxq_date_zone_en_main = 1;


#line 76 "grammar/mime_date.rl"


static void named_zone(const unsigned char *p, const unsigned char *pe,
                       struct mxq_date *d)
{
    int hours = 0, cs;
    bool known = false;

    
#line 142 "gen/mime_date.c"
	{
	cs = mxq_date_zone_start;
	}

#line 85 "grammar/mime_date.rl"
    
#line 145 "gen/mime_date.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 67u: goto tr2;
		case 69u: goto tr3;
		case 71u: goto tr4;
		case 77u: goto tr5;
		case 80u: goto tr6;
		case 85u: goto tr7;
		case 90u: goto tr8;
		case 99u: goto tr2;
		case 101u: goto tr3;
		case 103u: goto tr4;
		case 109u: goto tr5;
		case 112u: goto tr6;
		case 117u: goto tr7;
		case 122u: goto tr8;
	}
	if ( (*p) < 75u ) {
		if ( 65u <= (*p) && (*p) <= 73u )
			goto tr0;
	} else if ( (*p) > 89u ) {
		if ( (*p) > 105u ) {
			if ( 107u <= (*p) && (*p) <= 121u )
				goto tr0;
		} else if ( (*p) >= 97u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st11;
tr8:
#line 61 "grammar/mime_date.rl"
	{ hours = 0; known = true; }
	goto st11;
tr9:
#line 68 "grammar/mime_date.rl"
	{ hours = -5; known = true; }
	goto st11;
tr10:
#line 67 "grammar/mime_date.rl"
	{ hours = -6; known = true; }
	goto st11;
tr11:
#line 66 "grammar/mime_date.rl"
	{ hours = -4; known = true; }
	goto st11;
tr12:
#line 65 "grammar/mime_date.rl"
	{ hours = -5; known = true; }
	goto st11;
tr13:
#line 70 "grammar/mime_date.rl"
	{ hours = -6; known = true; }
	goto st11;
tr14:
#line 69 "grammar/mime_date.rl"
	{ hours = -7; known = true; }
	goto st11;
tr15:
#line 72 "grammar/mime_date.rl"
	{ hours = -7; known = true; }
	goto st11;
tr16:
#line 71 "grammar/mime_date.rl"
	{ hours = -8; known = true; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 216 "gen/mime_date.c"
	goto st0;
tr2:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 224 "gen/mime_date.c"
	switch( (*p) ) {
		case 68u: goto st2;
		case 83u: goto st3;
		case 100u: goto st2;
		case 115u: goto st3;
	}
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 84u: goto tr9;
		case 116u: goto tr9;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 84u: goto tr10;
		case 116u: goto tr10;
	}
	goto st0;
tr3:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 256 "gen/mime_date.c"
	switch( (*p) ) {
		case 68u: goto st4;
		case 83u: goto st5;
		case 100u: goto st4;
		case 115u: goto st5;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 84u: goto tr11;
		case 116u: goto tr11;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 84u: goto tr12;
		case 116u: goto tr12;
	}
	goto st0;
tr4:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 288 "gen/mime_date.c"
	switch( (*p) ) {
		case 77u: goto st6;
		case 109u: goto st6;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 84u: goto tr8;
		case 116u: goto tr8;
	}
	goto st0;
tr5:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 309 "gen/mime_date.c"
	switch( (*p) ) {
		case 68u: goto st7;
		case 83u: goto st8;
		case 100u: goto st7;
		case 115u: goto st8;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 84u: goto tr13;
		case 116u: goto tr13;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 84u: goto tr14;
		case 116u: goto tr14;
	}
	goto st0;
tr6:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 341 "gen/mime_date.c"
	switch( (*p) ) {
		case 68u: goto st9;
		case 83u: goto st10;
		case 100u: goto st9;
		case 115u: goto st10;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 84u: goto tr15;
		case 116u: goto tr15;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 84u: goto tr16;
		case 116u: goto tr16;
	}
	goto st0;
tr7:
#line 62 "grammar/mime_date.rl"
	{ hours = 0; known = false; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 373 "gen/mime_date.c"
	switch( (*p) ) {
		case 84u: goto tr26;
		case 116u: goto tr26;
	}
	goto st0;
tr26:
#line 61 "grammar/mime_date.rl"
	{ hours = 0; known = true; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 385 "gen/mime_date.c"
	switch( (*p) ) {
		case 67u: goto tr8;
		case 99u: goto tr8;
	}
	goto st0;
	}
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 86 "grammar/mime_date.rl"
    (void)mxq_date_zone_en_main;
    if (cs < mxq_date_zone_first_final || p != pe) {
        hours = 0;                 /* a name we do not know: +0000 */
        known = false;
    }
    d->zone_west = hours < 0;
    d->zone_hours = hours < 0 ? -hours : hours;
    d->zone_minutes = 0;
    d->zone_known = known;
}

/* The digits read into each field. */
struct date_digits {
    unsigned day, month, year, hour, minute, second, zone;
};


#line 428 "gen/mime_date.c"
static const int mxq_date_start = 1;
static const int mxq_date_first_final = 90;

static const int mxq_date_en_comment = 88;
static const int mxq_date_en_main = 1;


#line 149 "grammar/mime_date.rl"


static void add_digit(int *field, unsigned *count, unsigned char c)
{
    if (++*count <= FIELD_DIGITS_MAX)
        *field = *field * 10 + (c - '0');
}

static int full_year(int year, unsigned digits)
{
    if (digits == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (digits == 3)
        return 1900 + year;
    return year;
}

static bool in_range(const struct mxq_date *d)
{
    return d->month >= 1 && d->month <= 12 && d->day >= 1 &&
           d->day <= 31 && d->hour <= 23 && d->minute <= 59 &&
           d->second <= 60;
}

bool mxq_date_parse(const char *data, size_t len, struct mxq_date *out)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *pe = start + mxq_mime_field_extent(data, len);
    const unsigned char *p = date_start(start, pe);
    const unsigned char *zone_b = NULL, *zone_e = NULL;
    struct mxq_date d = {0};
    struct date_digits n = {0};
    int zone = 0;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    
#line 471 "gen/mime_date.c"
	{
	cs = mxq_date_start;
	top = 0;
	}

#line 187 "grammar/mime_date.rl"
    
#line 475 "gen/mime_date.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch ( cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 90: goto st90;
		case 91: goto st91;
		case 92: goto st92;
		case 93: goto st93;
		case 94: goto st94;
		case 95: goto st95;
		case 96: goto st96;
		case 97: goto st97;
		case 98: goto st98;
		case 99: goto st99;
		case 100: goto st100;
		case 101: goto st101;
		case 102: goto st102;
		case 103: goto st103;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 24: goto st24;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 32: goto st32;
		case 33: goto st33;
		case 34: goto st34;
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 50: goto st50;
		case 51: goto st51;
		case 52: goto st52;
		case 53: goto st53;
		case 104: goto st104;
		case 105: goto st105;
		case 106: goto st106;
		case 54: goto st54;
		case 55: goto st55;
		case 56: goto st56;
		case 57: goto st57;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 62: goto st62;
		case 63: goto st63;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 70: goto st70;
		case 71: goto st71;
		case 72: goto st72;
		case 73: goto st73;
		case 74: goto st74;
		case 75: goto st75;
		case 76: goto st76;
		case 77: goto st77;
		case 78: goto st78;
		case 79: goto st79;
		case 80: goto st80;
		case 81: goto st81;
		case 82: goto st82;
		case 83: goto st83;
		case 84: goto st84;
		case 85: goto st85;
		case 86: goto st86;
		case 87: goto st87;
		case 88: goto st88;
		case 89: goto st89;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
tr2:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 1;goto st88;}
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 607 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st1;
		case 32u: goto st1;
		case 40u: goto tr2;
		case 70u: goto st36;
		case 77u: goto st79;
		case 83u: goto st81;
		case 84u: goto st83;
		case 87u: goto st86;
		case 102u: goto st36;
		case 109u: goto st79;
		case 115u: goto st81;
		case 116u: goto st83;
		case 119u: goto st86;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr3;
	} else if ( (*p) >= 9u )
		goto st1;
	goto st0;
st0:
cs = 0;
	goto _out;
tr3:
#line 109 "grammar/mime_date.rl"
	{ add_digit(&d.day, &n.day, *p); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 638 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 40u: goto tr10;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr11;
	} else if ( (*p) >= 9u )
		goto st3;
	goto st0;
tr10:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 3;goto st88;}
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 659 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 40u: goto tr10;
		case 65u: goto st16;
		case 68u: goto st20;
		case 70u: goto st22;
		case 74u: goto st24;
		case 77u: goto st27;
		case 78u: goto st29;
		case 79u: goto st31;
		case 83u: goto st33;
		case 97u: goto st16;
		case 100u: goto st20;
		case 102u: goto st22;
		case 106u: goto st24;
		case 109u: goto st27;
		case 110u: goto st29;
		case 111u: goto st31;
		case 115u: goto st33;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr12;
	} else if ( (*p) >= 9u )
		goto st3;
	goto st0;
tr12:
#line 110 "grammar/mime_date.rl"
	{ add_digit(&d.month, &n.month, *p); }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 693 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
		case 40u: goto tr22;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr23;
	} else if ( (*p) >= 9u )
		goto st5;
	goto st0;
tr22:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 5;goto st88;}
    }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 714 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
		case 40u: goto tr22;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr24;
	} else if ( (*p) >= 9u )
		goto st5;
	goto st0;
tr24:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 732 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr25;
	goto st0;
tr25:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 742 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st8;
		case 32u: goto st8;
		case 40u: goto tr27;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr28;
	} else if ( (*p) >= 9u )
		goto st8;
	goto st0;
tr27:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 8;goto st88;}
    }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 763 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st8;
		case 32u: goto st8;
		case 40u: goto tr27;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr29;
	} else if ( (*p) >= 9u )
		goto st8;
	goto st0;
tr29:
#line 112 "grammar/mime_date.rl"
	{ add_digit(&d.hour, &n.hour, *p); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 781 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st10;
		case 32u: goto st10;
		case 40u: goto tr31;
		case 58u: goto st11;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr32;
	} else if ( (*p) >= 9u )
		goto st10;
	goto st0;
tr31:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 10;goto st88;}
    }
	goto st10;
tr32:
#line 112 "grammar/mime_date.rl"
	{ add_digit(&d.hour, &n.hour, *p); }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 806 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st10;
		case 32u: goto st10;
		case 40u: goto tr31;
		case 58u: goto st11;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st10;
	goto st0;
tr34:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 11;goto st88;}
    }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 825 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st11;
		case 32u: goto st11;
		case 40u: goto tr34;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr35;
	} else if ( (*p) >= 9u )
		goto st11;
	goto st0;
tr35:
#line 113 "grammar/mime_date.rl"
	{ add_digit(&d.minute, &n.minute, *p); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 843 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr36;
	goto st0;
tr36:
#line 113 "grammar/mime_date.rl"
	{ add_digit(&d.minute, &n.minute, *p); }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 853 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st92;
		case 32u: goto st92;
		case 40u: goto tr139;
		case 43u: goto st93;
		case 45u: goto tr141;
		case 58u: goto st97;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st92;
	goto st91;
tr147:
#line 115 "grammar/mime_date.rl"
	{ add_digit(&zone, &n.zone, *p); }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
#line 871 "gen/mime_date.c"
	goto st91;
tr139:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 92;goto st88;}
    }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 882 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st92;
		case 32u: goto st92;
		case 40u: goto tr139;
		case 43u: goto st93;
		case 45u: goto tr141;
		case 58u: goto st97;
	}
	if ( (*p) < 65u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr143;
	} else
		goto tr143;
	goto st91;
tr141:
#line 116 "grammar/mime_date.rl"
	{ d.zone_west = true; }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 906 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr144;
	goto st91;
tr144:
#line 115 "grammar/mime_date.rl"
	{ add_digit(&zone, &n.zone, *p); }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 916 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr145;
	goto st91;
tr145:
#line 115 "grammar/mime_date.rl"
	{ add_digit(&zone, &n.zone, *p); }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 926 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr146;
	goto st91;
tr146:
#line 115 "grammar/mime_date.rl"
	{ add_digit(&zone, &n.zone, *p); }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
#line 936 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr147;
	goto st91;
tr148:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 97;goto st88;}
    }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 949 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st97;
		case 32u: goto st97;
		case 40u: goto tr148;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr149;
	} else if ( (*p) >= 9u )
		goto st97;
	goto st91;
tr149:
#line 114 "grammar/mime_date.rl"
	{ add_digit(&d.second, &n.second, *p); }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
#line 967 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr150;
	goto st91;
tr150:
#line 114 "grammar/mime_date.rl"
	{ add_digit(&d.second, &n.second, *p); }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 977 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
		case 46u: goto st102;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st100;
	goto st91;
tr152:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 100;goto st88;}
    }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 998 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
	}
	if ( (*p) < 65u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st100;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr143;
	} else
		goto tr143;
	goto st91;
tr143:
#line 117 "grammar/mime_date.rl"
	{ zone_b = p; }
#line 118 "grammar/mime_date.rl"
	{ zone_e = p + 1; }
	goto st101;
tr154:
#line 118 "grammar/mime_date.rl"
	{ zone_e = p + 1; }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 1025 "gen/mime_date.c"
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr154;
	} else if ( (*p) >= 65u )
		goto tr154;
	goto st91;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st103;
	goto st91;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st103;
	} else if ( (*p) >= 9u )
		goto st100;
	goto st91;
tr28:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 1062 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st8;
		case 32u: goto st8;
		case 40u: goto tr27;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr37;
	} else if ( (*p) >= 9u )
		goto st8;
	goto st0;
tr37:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 1080 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st8;
		case 32u: goto st8;
		case 40u: goto tr27;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st8;
	goto st0;
tr23:
#line 110 "grammar/mime_date.rl"
	{ add_digit(&d.month, &n.month, *p); }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 1095 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
		case 40u: goto tr22;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st5;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 80u: goto st17;
		case 85u: goto st19;
		case 112u: goto st17;
		case 117u: goto st19;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 82u: goto tr40;
		case 114u: goto tr40;
	}
	goto st0;
tr40:
#line 123 "grammar/mime_date.rl"
	{ d.month = 4; }
	goto st18;
tr42:
#line 125 "grammar/mime_date.rl"
	{ d.month = 8; }
	goto st18;
tr44:
#line 127 "grammar/mime_date.rl"
	{ d.month = 12; }
	goto st18;
tr46:
#line 122 "grammar/mime_date.rl"
	{ d.month = 2; }
	goto st18;
tr49:
#line 122 "grammar/mime_date.rl"
	{ d.month = 1; }
	goto st18;
tr50:
#line 125 "grammar/mime_date.rl"
	{ d.month = 7; }
	goto st18;
tr51:
#line 124 "grammar/mime_date.rl"
	{ d.month = 6; }
	goto st18;
tr53:
#line 123 "grammar/mime_date.rl"
	{ d.month = 3; }
	goto st18;
tr54:
#line 124 "grammar/mime_date.rl"
	{ d.month = 5; }
	goto st18;
tr56:
#line 127 "grammar/mime_date.rl"
	{ d.month = 11; }
	goto st18;
tr58:
#line 126 "grammar/mime_date.rl"
	{ d.month = 10; }
	goto st18;
tr60:
#line 126 "grammar/mime_date.rl"
	{ d.month = 9; }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 1163 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
		case 40u: goto tr22;
	}
	if ( (*p) < 65u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st5;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st18;
	} else
		goto st18;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 71u: goto tr42;
		case 103u: goto tr42;
	}
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
		case 67u: goto tr44;
		case 99u: goto tr44;
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
		case 66u: goto tr46;
		case 98u: goto tr46;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 65u: goto st25;
		case 85u: goto st26;
		case 97u: goto st25;
		case 117u: goto st26;
	}
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 78u: goto tr49;
		case 110u: goto tr49;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 76u: goto tr50;
		case 78u: goto tr51;
		case 108u: goto tr50;
		case 110u: goto tr51;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 65u: goto st28;
		case 97u: goto st28;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 82u: goto tr53;
		case 89u: goto tr54;
		case 114u: goto tr53;
		case 121u: goto tr54;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 79u: goto st30;
		case 111u: goto st30;
	}
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 86u: goto tr56;
		case 118u: goto tr56;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 67u: goto st32;
		case 99u: goto st32;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 84u: goto tr58;
		case 116u: goto tr58;
	}
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 69u: goto st34;
		case 101u: goto st34;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 80u: goto tr60;
		case 112u: goto tr60;
	}
	goto st0;
tr11:
#line 109 "grammar/mime_date.rl"
	{ add_digit(&d.day, &n.day, *p); }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 1334 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 40u: goto tr10;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 82u: goto st37;
		case 114u: goto st37;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 73u: goto st38;
		case 105u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 13u: goto st39;
		case 32u: goto st39;
		case 40u: goto tr64;
		case 44u: goto st40;
	}
	if ( (*p) < 48u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st39;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st38;
		} else if ( (*p) >= 65u )
			goto st38;
	} else
		goto tr3;
	goto st0;
tr64:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 39;goto st88;}
    }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 1392 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st39;
		case 32u: goto st39;
		case 40u: goto tr64;
		case 44u: goto st40;
		case 65u: goto st41;
		case 68u: goto st64;
		case 70u: goto st66;
		case 74u: goto st68;
		case 77u: goto st71;
		case 78u: goto st73;
		case 79u: goto st75;
		case 83u: goto st77;
		case 97u: goto st41;
		case 100u: goto st64;
		case 102u: goto st66;
		case 106u: goto st68;
		case 109u: goto st71;
		case 110u: goto st73;
		case 111u: goto st75;
		case 115u: goto st77;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr3;
	} else if ( (*p) >= 9u )
		goto st39;
	goto st0;
tr74:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 40;goto st88;}
    }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 1430 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st40;
		case 32u: goto st40;
		case 40u: goto tr74;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr3;
	} else if ( (*p) >= 9u )
		goto st40;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 80u: goto st42;
		case 85u: goto st63;
		case 112u: goto st42;
		case 117u: goto st63;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 82u: goto tr77;
		case 114u: goto tr77;
	}
	goto st0;
tr77:
#line 123 "grammar/mime_date.rl"
	{ d.month = 4; }
	goto st43;
tr109:
#line 125 "grammar/mime_date.rl"
	{ d.month = 8; }
	goto st43;
tr111:
#line 127 "grammar/mime_date.rl"
	{ d.month = 12; }
	goto st43;
tr113:
#line 122 "grammar/mime_date.rl"
	{ d.month = 2; }
	goto st43;
tr116:
#line 122 "grammar/mime_date.rl"
	{ d.month = 1; }
	goto st43;
tr117:
#line 125 "grammar/mime_date.rl"
	{ d.month = 7; }
	goto st43;
tr118:
#line 124 "grammar/mime_date.rl"
	{ d.month = 6; }
	goto st43;
tr120:
#line 123 "grammar/mime_date.rl"
	{ d.month = 3; }
	goto st43;
tr121:
#line 124 "grammar/mime_date.rl"
	{ d.month = 5; }
	goto st43;
tr123:
#line 127 "grammar/mime_date.rl"
	{ d.month = 11; }
	goto st43;
tr125:
#line 126 "grammar/mime_date.rl"
	{ d.month = 10; }
	goto st43;
tr127:
#line 126 "grammar/mime_date.rl"
	{ d.month = 9; }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 1501 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st44;
		case 32u: goto st44;
		case 40u: goto tr79;
	}
	if ( (*p) < 65u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st44;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st43;
	} else
		goto st43;
	goto st0;
tr79:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 44;goto st88;}
    }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 1525 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st44;
		case 32u: goto st44;
		case 40u: goto tr79;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr81;
	} else if ( (*p) >= 9u )
		goto st44;
	goto st0;
tr81:
#line 109 "grammar/mime_date.rl"
	{ add_digit(&d.day, &n.day, *p); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 1543 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st46;
		case 32u: goto st46;
		case 40u: goto tr83;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr84;
	} else if ( (*p) >= 9u )
		goto st46;
	goto st0;
tr83:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 46;goto st88;}
    }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 1564 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st46;
		case 32u: goto st46;
		case 40u: goto tr83;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr85;
	} else if ( (*p) >= 9u )
		goto st46;
	goto st0;
tr85:
#line 112 "grammar/mime_date.rl"
	{ add_digit(&d.hour, &n.hour, *p); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 1582 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st48;
		case 32u: goto st48;
		case 40u: goto tr87;
		case 58u: goto st49;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr88;
	} else if ( (*p) >= 9u )
		goto st48;
	goto st0;
tr87:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 48;goto st88;}
    }
	goto st48;
tr88:
#line 112 "grammar/mime_date.rl"
	{ add_digit(&d.hour, &n.hour, *p); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 1607 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st48;
		case 32u: goto st48;
		case 40u: goto tr87;
		case 58u: goto st49;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st48;
	goto st0;
tr90:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 49;goto st88;}
    }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 1626 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st49;
		case 32u: goto st49;
		case 40u: goto tr90;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr91;
	} else if ( (*p) >= 9u )
		goto st49;
	goto st0;
tr91:
#line 113 "grammar/mime_date.rl"
	{ add_digit(&d.minute, &n.minute, *p); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 1644 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr92;
	goto st0;
tr92:
#line 113 "grammar/mime_date.rl"
	{ add_digit(&d.minute, &n.minute, *p); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 1654 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st52;
		case 32u: goto st52;
		case 40u: goto tr94;
		case 58u: goto st54;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st52;
	goto st0;
tr94:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 52;goto st88;}
    }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 1673 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st52;
		case 32u: goto st52;
		case 40u: goto tr94;
		case 58u: goto st54;
	}
	if ( (*p) < 48u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st52;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr97;
		} else if ( (*p) >= 65u )
			goto tr97;
	} else
		goto tr96;
	goto st0;
tr96:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 1698 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr98;
	goto st0;
tr98:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 1708 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr156;
	} else if ( (*p) >= 9u )
		goto st100;
	goto st91;
tr156:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 1728 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr157;
	} else if ( (*p) >= 9u )
		goto st100;
	goto st91;
tr157:
#line 111 "grammar/mime_date.rl"
	{ add_digit(&d.year, &n.year, *p); }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 1748 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st100;
		case 32u: goto st100;
		case 40u: goto tr152;
		case 43u: goto st93;
		case 45u: goto tr141;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st100;
	goto st91;
tr99:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 54;goto st88;}
    }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 1768 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st54;
		case 32u: goto st54;
		case 40u: goto tr99;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr100;
	} else if ( (*p) >= 9u )
		goto st54;
	goto st0;
tr100:
#line 114 "grammar/mime_date.rl"
	{ add_digit(&d.second, &n.second, *p); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 1786 "gen/mime_date.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr101;
	goto st0;
tr101:
#line 114 "grammar/mime_date.rl"
	{ add_digit(&d.second, &n.second, *p); }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 1796 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st57;
		case 32u: goto st57;
		case 40u: goto tr103;
		case 46u: goto st60;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st57;
	goto st0;
tr103:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 57;goto st88;}
    }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 1815 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st57;
		case 32u: goto st57;
		case 40u: goto tr103;
	}
	if ( (*p) < 48u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st57;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr97;
		} else if ( (*p) >= 65u )
			goto tr97;
	} else
		goto tr96;
	goto st0;
tr97:
#line 117 "grammar/mime_date.rl"
	{ zone_b = p; }
#line 118 "grammar/mime_date.rl"
	{ zone_e = p + 1; }
	goto st58;
tr107:
#line 118 "grammar/mime_date.rl"
	{ zone_e = p + 1; }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 1843 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st59;
		case 32u: goto st59;
		case 40u: goto tr106;
	}
	if ( (*p) < 65u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st59;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr107;
	} else
		goto tr107;
	goto st0;
tr106:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 59;goto st88;}
    }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
#line 1867 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st59;
		case 32u: goto st59;
		case 40u: goto tr106;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr96;
	} else if ( (*p) >= 9u )
		goto st59;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 13u: goto st57;
		case 32u: goto st57;
		case 40u: goto tr103;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st61;
	} else if ( (*p) >= 9u )
		goto st57;
	goto st0;
tr84:
#line 109 "grammar/mime_date.rl"
	{ add_digit(&d.day, &n.day, *p); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 1907 "gen/mime_date.c"
	switch( (*p) ) {
		case 13u: goto st46;
		case 32u: goto st46;
		case 40u: goto tr83;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st46;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 71u: goto tr109;
		case 103u: goto tr109;
	}
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 69u: goto st65;
		case 101u: goto st65;
	}
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 67u: goto tr111;
		case 99u: goto tr111;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 69u: goto st67;
		case 101u: goto st67;
	}
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 66u: goto tr113;
		case 98u: goto tr113;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 65u: goto st69;
		case 85u: goto st70;
		case 97u: goto st69;
		case 117u: goto st70;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 78u: goto tr116;
		case 110u: goto tr116;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 76u: goto tr117;
		case 78u: goto tr118;
		case 108u: goto tr117;
		case 110u: goto tr118;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 65u: goto st72;
		case 97u: goto st72;
	}
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 82u: goto tr120;
		case 89u: goto tr121;
		case 114u: goto tr120;
		case 121u: goto tr121;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 79u: goto st74;
		case 111u: goto st74;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 86u: goto tr123;
		case 118u: goto tr123;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 67u: goto st76;
		case 99u: goto st76;
	}
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 84u: goto tr125;
		case 116u: goto tr125;
	}
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 69u: goto st78;
		case 101u: goto st78;
	}
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 80u: goto tr127;
		case 112u: goto tr127;
	}
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 79u: goto st80;
		case 111u: goto st80;
	}
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 78u: goto st38;
		case 110u: goto st38;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 65u: goto st82;
		case 85u: goto st80;
		case 97u: goto st82;
		case 117u: goto st80;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 84u: goto st38;
		case 116u: goto st38;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 72u: goto st84;
		case 85u: goto st85;
		case 104u: goto st84;
		case 117u: goto st85;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 85u: goto st38;
		case 117u: goto st38;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 69u: goto st38;
		case 101u: goto st38;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 69u: goto st87;
		case 101u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 68u: goto st38;
		case 100u: goto st38;
	}
	goto st0;
tr134:
#line 38 "grammar/mime_content_type.rl"
	{
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            {p++; cs = 88; goto _out;}
        }
    }
	goto st88;
tr135:
#line 44 "grammar/mime_content_type.rl"
	{
        if (--depth == 0)
            {cs = stack[--top];goto _again;}
    }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 2168 "gen/mime_date.c"
	switch( (*p) ) {
		case 40u: goto tr134;
		case 41u: goto tr135;
		case 92u: goto st89;
	}
	goto st88;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	goto st88;
	}
	_test_eof1: cs = 1; goto _test_eof; 
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
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}

#line 188 "grammar/mime_date.rl"
    (void)mxq_date_en_main;
    (void)mxq_date_en_comment;
    if (too_deep || cs < mxq_date_first_final || n.minute != 2)
        return false;
    if (n.day > 2 || n.month > 2 || n.hour > 2 || n.year > 4 ||
        n.year < 2)
        return false;
    d.year = full_year(d.year, n.year);
    if (n.zone == 4) {
        d.zone_hours = zone / 100;
        d.zone_minutes = zone % 100;
        d.zone_known = true;
    } else if (zone_b != NULL) {
        named_zone(zone_b, zone_e, &d);
    } else {
        d.zone_west = false;       /* a sign without its four digits */
    }
    if (!in_range(&d))
        return false;
    *out = d;
    return true;
}

/* Days from 1970-01-01 to year-month-day of the proleptic Gregorian
 * calendar (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool mxq_date_unix(const struct mxq_date *d, int64_t *out)
{
    if (!in_range(d) || d->day > days_in_month(d->year, d->month) ||
        d->zone_hours < 0 || d->zone_hours > 99 || d->zone_minutes < 0 ||
        d->zone_minutes > 99)
        return false;
    int64_t t = days_from_civil(d->year, (unsigned)d->month,
                                (unsigned)d->day) * 86400 +
                d->hour * 3600 + d->minute * 60 + d->second;
    int64_t zone = (int64_t)d->zone_hours * 3600 + d->zone_minutes * 60;
    *out = d->zone_west ? t + zone : t - zone;
    return true;
}
