
#line 1 "grammar/report_fields.rl"
/*
 * Values inside the fields of reports (delivery status, feedback report,
 * disposition notification, DMARC numbers). See report_fields.h for the
 * contract.
 *
 * Each machine marks where its parts start and end with actions; the
 * blanks around a part (spaces, tabs and the CR LF of folds) are outside
 * the marks, so a caller gets the part without them.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "report_fields.h"

#define SLICE(s, a, b)                                                      \
    do {                                                                    \
        (s).p = (const char *)(a);                                          \
        (s).n = (size_t)((b) - (a));                                        \
    } while (0)


#line 40 "grammar/report_fields.rl"



#line 32 "gen/report_fields.c"
static const int mxq_report_typed_start = 1;
static const int mxq_report_typed_first_final = 4;


#line 56 "grammar/report_fields.rl"


bool mxq_report_typed(const char *text, size_t n, struct mxq_slice *type,
                      struct mxq_slice *value)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *type_start = p, *type_end = p;
    const unsigned char *value_start = pe, *value_end = pe;
    int cs;

    
#line 46 "gen/report_fields.c"
	{
	cs = mxq_report_typed_start;
	}

#line 68 "grammar/report_fields.rl"
    
#line 49 "gen/report_fields.c"
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
		case 13u: goto st1;
		case 32u: goto st1;
		case 43u: goto tr2;
		case 95u: goto tr2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr2;
		} else if ( (*p) >= 9u )
			goto st1;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr2;
		} else if ( (*p) >= 65u )
			goto tr2;
	} else
		goto tr2;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 46 "grammar/report_fields.rl"
	{ type_start = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 89 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto tr3;
		case 32u: goto tr3;
		case 43u: goto st2;
		case 59u: goto tr5;
		case 95u: goto st2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st2;
		} else if ( (*p) >= 9u )
			goto tr3;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
tr3:
#line 47 "grammar/report_fields.rl"
	{ type_end = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 118 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 59u: goto st4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto st0;
tr5:
#line 47 "grammar/report_fields.rl"
	{ type_end = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 133 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st4;
		case 32u: goto st4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st4;
	goto tr8;
tr8:
#line 48 "grammar/report_fields.rl"
	{ value_start = p; value_end = p; }
#line 49 "grammar/report_fields.rl"
	{ value_end = p + 1; }
	goto st5;
tr9:
#line 49 "grammar/report_fields.rl"
	{ value_end = p + 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 151 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st5;
	goto tr9;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 4: 
#line 48 "grammar/report_fields.rl"
	{ value_start = p; value_end = p; }
	break;
#line 172 "gen/report_fields.c"
	}
	}

	_out: {}
	}

#line 69 "grammar/report_fields.rl"
    if (p != pe || cs < mxq_report_typed_first_final)
        return false;
    SLICE(*type, type_start, type_end);
    SLICE(*value, value_start, value_end);
    return true;
}


#line 184 "gen/report_fields.c"
static const int mxq_report_status_start = 1;
static const int mxq_report_status_first_final = 8;


#line 89 "grammar/report_fields.rl"


bool mxq_report_status(const char *text, size_t n, struct mxq_slice *code)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *code_start = p, *code_end = p;
    int cs;

    
#line 196 "gen/report_fields.c"
	{
	cs = mxq_report_status_start;
	}

#line 99 "grammar/report_fields.rl"
    
#line 199 "gen/report_fields.c"
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
		case 13u: goto st1;
		case 32u: goto st1;
		case 50u: goto tr2;
	}
	if ( (*p) > 10u ) {
		if ( 52u <= (*p) && (*p) <= 53u )
			goto tr2;
	} else if ( (*p) >= 9u )
		goto st1;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 80 "grammar/report_fields.rl"
	{ code_start = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 229 "gen/report_fields.c"
	if ( (*p) == 46u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st6;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st8;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 13u: goto tr9;
		case 32u: goto tr9;
		case 40u: goto tr9;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st10;
	} else if ( (*p) >= 9u )
		goto tr9;
	goto st0;
tr9:
#line 81 "grammar/report_fields.rl"
	{ code_end = p; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 277 "gen/report_fields.c"
	goto st9;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 13u: goto tr9;
		case 32u: goto tr9;
		case 40u: goto tr9;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st11;
	} else if ( (*p) >= 9u )
		goto tr9;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 13u: goto tr9;
		case 32u: goto tr9;
		case 40u: goto tr9;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr9;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 46u )
		goto st5;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 46u )
		goto st5;
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 8: 
	case 10: 
	case 11: 
#line 81 "grammar/report_fields.rl"
	{ code_end = p; }
	break;
#line 343 "gen/report_fields.c"
	}
	}

	_out: {}
	}

#line 100 "grammar/report_fields.rl"
    if (cs < mxq_report_status_first_final)
        return false;
    SLICE(*code, code_start, code_end);
    return true;
}


#line 354 "gen/report_fields.c"
static const int mxq_report_uint_start = 1;
static const int mxq_report_uint_first_final = 2;


#line 119 "grammar/report_fields.rl"


bool mxq_report_uint(const char *text, size_t n, uint64_t *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    uint64_t v = 0;
    int cs;

    
#line 365 "gen/report_fields.c"
	{
	cs = mxq_report_uint_start;
	}

#line 128 "grammar/report_fields.rl"
    
#line 368 "gen/report_fields.c"
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
		case 13u: goto st1;
		case 32u: goto st1;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr2;
	} else if ( (*p) >= 9u )
		goto st1;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 110 "grammar/report_fields.rl"
	{
        unsigned d = (unsigned)((*p) - '0');
        if (v > (MXQ_REPORT_UINT_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 402 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
	}
	if ( (*p) > 10u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr2;
	} else if ( (*p) >= 9u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 129 "grammar/report_fields.rl"
    if (p != pe || cs < mxq_report_uint_first_final)
        return false;
    *out = v;
    return true;
}


#line 437 "gen/report_fields.c"
static const int mxq_report_token_start = 1;
static const int mxq_report_token_first_final = 2;


#line 145 "grammar/report_fields.rl"


bool mxq_report_token(const char *text, size_t n, struct mxq_slice *token)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *start = p, *end = p;
    int cs;

    
#line 449 "gen/report_fields.c"
	{
	cs = mxq_report_token_start;
	}

#line 155 "grammar/report_fields.rl"
    
#line 452 "gen/report_fields.c"
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
		case 13u: goto st1;
		case 32u: goto st1;
		case 40u: goto st0;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st1;
	goto tr0;
tr0:
#line 139 "grammar/report_fields.rl"
	{ start = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 476 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto tr4;
		case 32u: goto tr4;
		case 40u: goto tr4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr4;
	goto st2;
tr4:
#line 140 "grammar/report_fields.rl"
	{ end = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 491 "gen/report_fields.c"
	goto st3;
st0:
cs = 0;
	goto _out;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 2: 
#line 140 "grammar/report_fields.rl"
	{ end = p; }
	break;
#line 507 "gen/report_fields.c"
	}
	}

	_out: {}
	}

#line 156 "grammar/report_fields.rl"
    if (cs < mxq_report_token_first_final)
        return false;
    SLICE(*token, start, end);
    return true;
}


#line 518 "gen/report_fields.c"
static const int mxq_report_disposition_start = 1;
static const int mxq_report_disposition_first_final = 9;


#line 184 "grammar/report_fields.rl"


bool mxq_report_disposition(const char *text, size_t n,
                            struct mxq_mdn_disposition *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *action_start = p, *action_end = p;
    const unsigned char *sending_start = p, *sending_end = p;
    const unsigned char *type_start = p, *type_end = p;
    const unsigned char *mods_start = pe, *mods_end = pe;
    int cs;

    
#line 534 "gen/report_fields.c"
	{
	cs = mxq_report_disposition_start;
	}

#line 198 "grammar/report_fields.rl"
    
#line 537 "gen/report_fields.c"
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
		case 13u: goto st1;
		case 32u: goto st1;
		case 43u: goto tr2;
		case 95u: goto tr2;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr2;
		} else if ( (*p) >= 9u )
			goto st1;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr2;
		} else if ( (*p) >= 65u )
			goto tr2;
	} else
		goto tr2;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 166 "grammar/report_fields.rl"
	{ action_start = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 577 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto tr3;
		case 32u: goto tr3;
		case 43u: goto st2;
		case 47u: goto tr5;
		case 95u: goto st2;
	}
	if ( (*p) < 45u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr3;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
tr3:
#line 167 "grammar/report_fields.rl"
	{ action_end = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 603 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 47u: goto st4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto st0;
tr5:
#line 167 "grammar/report_fields.rl"
	{ action_end = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 618 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st4;
		case 32u: goto st4;
		case 43u: goto tr8;
		case 95u: goto tr8;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr8;
		} else if ( (*p) >= 9u )
			goto st4;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr8;
		} else if ( (*p) >= 65u )
			goto tr8;
	} else
		goto tr8;
	goto st0;
tr8:
#line 168 "grammar/report_fields.rl"
	{ sending_start = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 646 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto tr9;
		case 32u: goto tr9;
		case 43u: goto st5;
		case 59u: goto tr11;
		case 95u: goto st5;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st5;
		} else if ( (*p) >= 9u )
			goto tr9;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st5;
		} else if ( (*p) >= 65u )
			goto st5;
	} else
		goto st5;
	goto st0;
tr9:
#line 169 "grammar/report_fields.rl"
	{ sending_end = p; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 675 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st6;
		case 32u: goto st6;
		case 59u: goto st7;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st6;
	goto st0;
tr11:
#line 169 "grammar/report_fields.rl"
	{ sending_end = p; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 690 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st7;
		case 32u: goto st7;
		case 43u: goto tr14;
		case 95u: goto tr14;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 10u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr14;
		} else if ( (*p) >= 9u )
			goto st7;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr14;
		} else if ( (*p) >= 65u )
			goto tr14;
	} else
		goto tr14;
	goto st0;
tr14:
#line 170 "grammar/report_fields.rl"
	{ type_start = p; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 718 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto tr17;
		case 32u: goto tr17;
		case 43u: goto st9;
		case 47u: goto tr19;
		case 95u: goto st9;
	}
	if ( (*p) < 45u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto tr17;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st9;
		} else if ( (*p) >= 65u )
			goto st9;
	} else
		goto st9;
	goto st0;
tr17:
#line 171 "grammar/report_fields.rl"
	{ type_end = p; }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 744 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st10;
		case 32u: goto st10;
		case 47u: goto st8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st10;
	goto st0;
tr19:
#line 171 "grammar/report_fields.rl"
	{ type_end = p; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 759 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st8;
		case 32u: goto st8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st8;
	goto tr15;
tr15:
#line 172 "grammar/report_fields.rl"
	{ mods_start = p; mods_end = p; }
#line 173 "grammar/report_fields.rl"
	{ mods_end = p + 1; }
	goto st11;
tr21:
#line 173 "grammar/report_fields.rl"
	{ mods_end = p + 1; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 777 "gen/report_fields.c"
	switch( (*p) ) {
		case 13u: goto st11;
		case 32u: goto st11;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st11;
	goto tr21;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 9: 
#line 171 "grammar/report_fields.rl"
	{ type_end = p; }
	break;
#line 804 "gen/report_fields.c"
	}
	}

	_out: {}
	}

#line 199 "grammar/report_fields.rl"
    if (p != pe || cs < mxq_report_disposition_first_final)
        return false;
    SLICE(out->action_mode, action_start, action_end);
    SLICE(out->sending_mode, sending_start, sending_end);
    SLICE(out->type, type_start, type_end);
    SLICE(out->modifiers, mods_start, mods_end);
    return true;
}
