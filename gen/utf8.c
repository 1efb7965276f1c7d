
#line 1 "grammar/utf8.rl"
/*
 * UTF-8 well-formedness (RFC 3629 section 4).
 *
 * The machine mxq_utf8_common holds the definitions only, so that other
 * grammars can take them with `include mxq_utf8_common "utf8.rl";`. The
 * including machine must declare `alphtype unsigned char;` first.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "utf8.h"


#line 37 "grammar/utf8.rl"



#line 22 "gen/utf8.c"
static const int mxq_utf8_start = 8;
static const int mxq_utf8_first_final = 8;


#line 47 "grammar/utf8.rl"


bool
mxq_utf8_valid(const char *buf, size_t n)
{
    const unsigned char *p, *pe;
    int cs;

    if (n == 0)
        return true;
    p = (const unsigned char *)buf;
    pe = p + n;
    
#line 37 "gen/utf8.c"
	{
	cs = mxq_utf8_start;
	}

#line 60 "grammar/utf8.rl"
    
#line 40 "gen/utf8.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 224u: goto st2;
		case 237u: goto st4;
		case 240u: goto st5;
		case 244u: goto st7;
	}
	if ( (*p) < 225u ) {
		if ( (*p) > 193u ) {
			if ( 194u <= (*p) && (*p) <= 223u )
				goto st1;
		} else if ( (*p) >= 128u )
			goto st0;
	} else if ( (*p) > 239u ) {
		if ( (*p) > 243u ) {
			if ( 245u <= (*p) )
				goto st0;
		} else if ( (*p) >= 241u )
			goto st6;
	} else
		goto st3;
	goto st8;
st0:
cs = 0;
	goto _out;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st8;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st1;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st1;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st1;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st3;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st3;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st3;
	goto st0;
	}
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 61 "grammar/utf8.rl"
    return cs >= mxq_utf8_first_final;
}
