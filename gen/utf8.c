
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
#include <stdint.h>
#include <string.h>

#include "utf8.h"


#line 39 "grammar/utf8.rl"



#line 24 "gen/utf8.c"
static const int mxq_utf8_start = 8;
static const int mxq_utf8_first_final = 8;


#line 49 "grammar/utf8.rl"


/* Past the whole 8-octet words of ASCII from p on. */
static const unsigned char *
skip_ascii_words(const unsigned char *p, const unsigned char *pe)
{
    while (pe - p >= 8) {
        uint64_t word;
        memcpy(&word, p, sizeof word);
        if (word & UINT64_C(0x8080808080808080))
            break;
        p += 8;
    }
    return p;
}

/* Octets of non-ASCII text given to the machine at a time. */
#define UTF8_CHUNK 64

/* Most text is ASCII, the machine's loop on its start state (its only
 * final state): there, runs of ASCII words are stepped over eight octets
 * at a time, and what follows goes through the machine a chunk at a time,
 * its state carried from chunk to chunk. */
bool
mxq_utf8_valid(const char *buf, size_t n)
{
    const unsigned char *p = (const unsigned char *)buf, *pe;
    const unsigned char *end = p + n;
    int cs;

    
#line 57 "gen/utf8.c"
	{
	cs = mxq_utf8_start;
	}

#line 80 "grammar/utf8.rl"
    while (p < end) {
        if (cs == mxq_utf8_start && (p = skip_ascii_words(p, end)) == end)
            break;
        pe = end - p > UTF8_CHUNK ? p + UTF8_CHUNK : end;
        
#line 64 "gen/utf8.c"
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

#line 85 "grammar/utf8.rl"
        if (cs == 0) /* Ragel's error state */
            return false;
    }
    return cs >= mxq_utf8_first_final;
}

/* Text that goes into a reply, the log or the JSON: non-empty, no C0
 * control and no DEL; printable ASCII, or with utf8 well-formed UTF-8. */

#line 167 "gen/utf8.c"
static const int mxq_text_ascii_start = 1;
static const int mxq_text_ascii_first_final = 2;


#line 101 "grammar/utf8.rl"



#line 172 "gen/utf8.c"
static const int mxq_text_utf8_start = 1;
static const int mxq_text_utf8_first_final = 9;


#line 111 "grammar/utf8.rl"


static bool
text_utf8(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    
#line 119 "grammar/utf8.rl"
    
#line 182 "gen/utf8.c"
	{
	cs = mxq_text_utf8_start;
	}

#line 120 "grammar/utf8.rl"
    
#line 185 "gen/utf8.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 224u: goto st3;
		case 237u: goto st5;
		case 240u: goto st6;
		case 244u: goto st8;
	}
	if ( (*p) < 194u ) {
		if ( 32u <= (*p) && (*p) <= 126u )
			goto st9;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto st7;
		} else if ( (*p) >= 225u )
			goto st4;
	} else
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 224u: goto st3;
		case 237u: goto st5;
		case 240u: goto st6;
		case 244u: goto st8;
	}
	if ( (*p) < 194u ) {
		if ( 32u <= (*p) && (*p) <= 126u )
			goto st9;
	} else if ( (*p) > 223u ) {
		if ( (*p) > 239u ) {
			if ( 241u <= (*p) && (*p) <= 243u )
				goto st7;
		} else if ( (*p) >= 225u )
			goto st4;
	} else
		goto st2;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st9;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( 160u <= (*p) && (*p) <= 191u )
		goto st2;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st2;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( 128u <= (*p) && (*p) <= 159u )
		goto st2;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( 144u <= (*p) && (*p) <= 191u )
		goto st4;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( 128u <= (*p) && (*p) <= 191u )
		goto st4;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( 128u <= (*p) && (*p) <= 143u )
		goto st4;
	goto st0;
	}
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 121 "grammar/utf8.rl"
    return cs >= mxq_text_utf8_first_final;
}

static bool
text_ascii(const unsigned char *p, const unsigned char *pe)
{
    int cs;

    
#line 130 "grammar/utf8.rl"
    
#line 304 "gen/utf8.c"
	{
	cs = mxq_text_ascii_start;
	}

#line 131 "grammar/utf8.rl"
    
#line 307 "gen/utf8.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( 32u <= (*p) && (*p) <= 126u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( 32u <= (*p) && (*p) <= 126u )
		goto st2;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 132 "grammar/utf8.rl"
    return cs >= mxq_text_ascii_first_final;
}

bool
mxq_text_valid(const char *buf, size_t n, bool utf8)
{
    const unsigned char *p = (const unsigned char *)buf;
    return utf8 ? text_utf8(p, p + n) : text_ascii(p, p + n);
}
