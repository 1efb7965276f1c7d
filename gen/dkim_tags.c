
#line 1 "grammar/dkim_tags.rl"
/*
 * DKIM tag lists and base64 values (RFC 6376 §3.2, §2.4). See dkim_tags.h
 * for the contract.
 *
 * A tag-value holds no ';', so the list is cut at its semicolons and each
 * piece is run through the tag-spec machine, whose actions mark where the
 * name and the value lie (the FWS around the value outside the marks).
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

#define SLICE(s, a, b)                                                      \
    do {                                                                    \
        (s).p = (const char *)(a);                                          \
        (s).n = (size_t)((b) - (a));                                        \
    } while (0)


#line 37 "grammar/dkim_tags.rl"



#line 32 "gen/dkim_tags.c"
static const int mxq_dkim_tag_spec_start = 1;
static const int mxq_dkim_tag_spec_first_final = 12;


#line 57 "grammar/dkim_tags.rl"


/* Runs the tag-spec machine over p[0..n). */
static bool tag_spec(const char *text, size_t n, struct mxq_dkim_tag *out)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    const unsigned char *name_start = p, *name_end = p;
    const unsigned char *raw_start = pe;
    const unsigned char *value_start = pe, *value_end = pe;
    int cs;

    
#line 47 "gen/dkim_tags.c"
	{
	cs = mxq_dkim_tag_spec_start;
	}

#line 70 "grammar/dkim_tags.rl"
    
#line 50 "gen/dkim_tags.c"
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
		case 9u: goto st1;
		case 13u: goto st2;
		case 32u: goto st1;
	}
	if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr3;
	} else if ( (*p) >= 65u )
		goto tr3;
	goto st0;
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
	switch( (*p) ) {
		case 9u: goto st1;
		case 32u: goto st1;
	}
	goto st0;
tr3:
#line 43 "grammar/dkim_tags.rl"
	{ name_start = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 96 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 13u: goto tr6;
		case 32u: goto tr5;
		case 61u: goto tr8;
		case 95u: goto st4;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st4;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st4;
	} else
		goto st4;
	goto st0;
tr5:
#line 44 "grammar/dkim_tags.rl"
	{ name_end = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 119 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st5;
		case 13u: goto st6;
		case 32u: goto st5;
		case 61u: goto st12;
	}
	goto st0;
tr6:
#line 44 "grammar/dkim_tags.rl"
	{ name_end = p; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 133 "gen/dkim_tags.c"
	if ( (*p) == 10u )
		goto st7;
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 9u: goto st5;
		case 32u: goto st5;
	}
	goto st0;
tr8:
#line 44 "grammar/dkim_tags.rl"
	{ name_end = p; }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 152 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto tr17;
		case 13u: goto tr18;
		case 32u: goto tr17;
	}
	if ( (*p) > 58u ) {
		if ( 60u <= (*p) && (*p) <= 126u )
			goto tr19;
	} else if ( (*p) >= 33u )
		goto tr19;
	goto st0;
tr17:
#line 45 "grammar/dkim_tags.rl"
	{ raw_start = p; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 170 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st13;
		case 13u: goto st8;
		case 32u: goto st13;
	}
	if ( (*p) > 58u ) {
		if ( 60u <= (*p) && (*p) <= 126u )
			goto tr21;
	} else if ( (*p) >= 33u )
		goto tr21;
	goto st0;
tr18:
#line 45 "grammar/dkim_tags.rl"
	{ raw_start = p; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 188 "gen/dkim_tags.c"
	if ( (*p) == 10u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 9u: goto st13;
		case 32u: goto st13;
	}
	goto st0;
tr19:
#line 45 "grammar/dkim_tags.rl"
	{ raw_start = p; }
#line 46 "grammar/dkim_tags.rl"
	{ value_start = p; value_end = p; }
#line 47 "grammar/dkim_tags.rl"
	{ value_end = p + 1; }
	goto st14;
tr21:
#line 46 "grammar/dkim_tags.rl"
	{ value_start = p; value_end = p; }
#line 47 "grammar/dkim_tags.rl"
	{ value_end = p + 1; }
	goto st14;
tr23:
#line 47 "grammar/dkim_tags.rl"
	{ value_end = p + 1; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 216 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st14;
		case 13u: goto st10;
		case 32u: goto st14;
	}
	if ( (*p) > 58u ) {
		if ( 60u <= (*p) && (*p) <= 126u )
			goto tr23;
	} else if ( (*p) >= 33u )
		goto tr23;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 10u )
		goto st11;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 9u: goto st14;
		case 32u: goto st14;
	}
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 12: 
#line 45 "grammar/dkim_tags.rl"
	{ raw_start = p; }
	break;
#line 266 "gen/dkim_tags.c"
	}
	}

	_out: {}
	}

#line 71 "grammar/dkim_tags.rl"
    if (p != pe || cs < mxq_dkim_tag_spec_first_final)
        return false;
    SLICE(out->name, name_start, name_end);
    SLICE(out->value, value_start, value_end);
    SLICE(out->raw_value, raw_start, pe);
    return true;
}


#line 279 "gen/dkim_tags.c"
static const int mxq_dkim_blank_start = 3;
static const int mxq_dkim_blank_first_final = 3;


#line 86 "grammar/dkim_tags.rl"


/* p[0..n) is empty or FWS only. */
static bool blank_only(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    int cs;

    (void)eof;
    
#line 292 "gen/dkim_tags.c"
	{
	cs = mxq_dkim_blank_start;
	}

#line 97 "grammar/dkim_tags.rl"
    
#line 295 "gen/dkim_tags.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 9u: goto st3;
		case 13u: goto st1;
		case 32u: goto st3;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto st2;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 9u: goto st3;
		case 32u: goto st3;
	}
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 98 "grammar/dkim_tags.rl"
    return p == pe && cs >= mxq_dkim_blank_first_final;
}

bool mxq_dkim_tag_next(const char *p, size_t n, size_t *pos,
                       struct mxq_dkim_tag *out, bool *syntax_error)
{
    *syntax_error = false;
    while (*pos <= n) {
        size_t start = *pos;
        const char *semi = start < n ? memchr(p + start, ';', n - start)
                                     : NULL;
        size_t end = semi != NULL ? (size_t)(semi - p) : n;
        /* Past the end when there is no ';' left. */
        *pos = semi != NULL ? end + 1 : n + 1;
        if (tag_spec(p + start, end - start, out))
            return true;
        /* An empty tag-spec only after the last ';' (or for an empty
         * list). */
        if (semi == NULL && blank_only(p + start, end - start))
            return false;
        *syntax_error = true;
        *pos = n + 1;
        return false;
    }
    return false;
}


#line 364 "gen/dkim_tags.c"
static const int mxq_dkim_base64_start = 7;
static const int mxq_dkim_base64_first_final = 7;


#line 155 "grammar/dkim_tags.rl"


bool mxq_dkim_base64(const char *text, size_t n, uint8_t *out, size_t cap,
                     size_t *len)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *eof = pe;
    uint32_t acc = 0;
    unsigned bits = 0;
    size_t used = 0, chars = 0, pads = 0;
    int cs;

    (void)eof;
    *len = 0;
    
#line 381 "gen/dkim_tags.c"
	{
	cs = mxq_dkim_base64_start;
	}

#line 170 "grammar/dkim_tags.rl"
    
#line 384 "gen/dkim_tags.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr8:
#line 129 "grammar/dkim_tags.rl"
	{
        uint8_t c = (*p), v;
        if (c >= 'A' && c <= 'Z')
            v = (uint8_t)(c - 'A');
        else if (c >= 'a' && c <= 'z')
            v = (uint8_t)(c - 'a' + 26);
        else if (c >= '0' && c <= '9')
            v = (uint8_t)(c - '0' + 52);
        else
            v = c == '+' ? 62 : 63;
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (used == cap)
                return false;
            out[used++] = (uint8_t)(acc >> bits);
        }
        chars++;
    }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 415 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st7;
		case 13u: goto st1;
		case 32u: goto st7;
		case 43u: goto tr8;
		case 61u: goto tr9;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr8;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr8;
	} else
		goto tr8;
	goto st0;
st0:
cs = 0;
	goto _out;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto st2;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 9u: goto st7;
		case 32u: goto st7;
	}
	goto st0;
tr9:
#line 149 "grammar/dkim_tags.rl"
	{ pads++; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 457 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st8;
		case 13u: goto st3;
		case 32u: goto st8;
		case 61u: goto tr11;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 10u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 9u: goto st8;
		case 32u: goto st8;
	}
	goto st0;
tr11:
#line 149 "grammar/dkim_tags.rl"
	{ pads++; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 487 "gen/dkim_tags.c"
	switch( (*p) ) {
		case 9u: goto st9;
		case 13u: goto st5;
		case 32u: goto st9;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 10u )
		goto st6;
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 9u: goto st9;
		case 32u: goto st9;
	}
	goto st0;
	}
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 171 "grammar/dkim_tags.rl"
    if (p != pe || cs < mxq_dkim_base64_first_final)
        return false;
    /* Whole quanta: 4 characters with the padding; without it, a last
     * quantum of 2 or 3 characters is accepted (as most verifiers do). */
    if (chars % 4 == 1 || (pads > 0 && (chars + pads) % 4 != 0))
        return false;
    *len = used;
    return true;
}
