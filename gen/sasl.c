
#line 1 "grammar/sasl.rl"
/* SASL pieces for SMTP AUTH; see sasl.h. */
#include "sasl.h"
#include "utf8.h"

#include <stdint.h>

#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"

/* SASL mechanism names (RFC 4422 section 3.1): definitions only, taken
 * by the command grammar with `include mxq_sasl_common "sasl.rl";` (the
 * including machine declares `alphtype unsigned char;` first). */

#line 25 "grammar/sasl.rl"



#line 15 "gen/sasl.c"
static const int mxq_base64_start = 5;
static const int mxq_base64_first_final = 5;

static const int mxq_base64_en_main = 5;


#line 69 "grammar/sasl.rl"


size_t mxq_base64_decode(const char *in, size_t n, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)in;
    const unsigned char *pe = p + n;
    const unsigned char *eof = pe;
    uint32_t acc = 0;
    int bits = 0;
    size_t o = 0;
    int cs;

    
#line 32 "gen/sasl.c"
	{
	cs = mxq_base64_start;
	}

#line 82 "grammar/sasl.rl"
    
#line 35 "gen/sasl.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 5:
	switch( (*p) ) {
		case 43u: goto tr7;
		case 61u: goto st7;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr7;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr7;
	} else
		goto tr7;
	goto st0;
st0:
cs = 0;
	goto _out;
tr7:
#line 31 "grammar/sasl.rl"
	{
        uint8_t c = (*p);
        uint32_t v = c >= 'a' ? (uint32_t)(c - 'a' + 26)
                   : c >= 'A' ? (uint32_t)(c - 'A')
                   : c >= '0' ? (uint32_t)(c - '0' + 52)
                   : c == '+' ? 62u : 63u;
        acc = (acc << 6) | v;
        if (++bits == 4) {
            if (o + 3 > cap)
                return (size_t)-1;
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
            acc = 0;
            bits = 0;
        }
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 80 "gen/sasl.c"
	if ( (*p) == 43u )
		goto tr0;
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr0;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
tr0:
#line 31 "grammar/sasl.rl"
	{
        uint8_t c = (*p);
        uint32_t v = c >= 'a' ? (uint32_t)(c - 'a' + 26)
                   : c >= 'A' ? (uint32_t)(c - 'A')
                   : c >= '0' ? (uint32_t)(c - '0' + 52)
                   : c == '+' ? 62u : 63u;
        acc = (acc << 6) | v;
        if (++bits == 4) {
            if (o + 3 > cap)
                return (size_t)-1;
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
            acc = 0;
            bits = 0;
        }
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 114 "gen/sasl.c"
	switch( (*p) ) {
		case 43u: goto tr2;
		case 61u: goto st4;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr2;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr2;
	} else
		goto tr2;
	goto st0;
tr2:
#line 31 "grammar/sasl.rl"
	{
        uint8_t c = (*p);
        uint32_t v = c >= 'a' ? (uint32_t)(c - 'a' + 26)
                   : c >= 'A' ? (uint32_t)(c - 'A')
                   : c >= '0' ? (uint32_t)(c - '0' + 52)
                   : c == '+' ? 62u : 63u;
        acc = (acc << 6) | v;
        if (++bits == 4) {
            if (o + 3 > cap)
                return (size_t)-1;
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
            acc = 0;
            bits = 0;
        }
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 150 "gen/sasl.c"
	switch( (*p) ) {
		case 43u: goto tr4;
		case 61u: goto tr5;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr4;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr4;
	} else
		goto tr4;
	goto st0;
tr4:
#line 31 "grammar/sasl.rl"
	{
        uint8_t c = (*p);
        uint32_t v = c >= 'a' ? (uint32_t)(c - 'a' + 26)
                   : c >= 'A' ? (uint32_t)(c - 'A')
                   : c >= '0' ? (uint32_t)(c - '0' + 52)
                   : c == '+' ? 62u : 63u;
        acc = (acc << 6) | v;
        if (++bits == 4) {
            if (o + 3 > cap)
                return (size_t)-1;
            out[o++] = (char)(acc >> 16);
            out[o++] = (char)(acc >> 8);
            out[o++] = (char)acc;
            acc = 0;
            bits = 0;
        }
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 186 "gen/sasl.c"
	if ( (*p) == 43u )
		goto tr7;
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto tr7;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr7;
	} else
		goto tr7;
	goto st0;
tr5:
#line 54 "grammar/sasl.rl"
	{
        /* three sextets, "=": two octets */
        if (o + 2 > cap)
            return (size_t)-1;
        out[o++] = (char)(acc >> 10);
        out[o++] = (char)(acc >> 2);
    }
	goto st7;
tr6:
#line 48 "grammar/sasl.rl"
	{
        /* two sextets, "==": one octet */
        if (o + 1 > cap)
            return (size_t)-1;
        out[o++] = (char)(acc >> 4);
    }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 218 "gen/sasl.c"
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 61u )
		goto tr6;
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 83 "grammar/sasl.rl"
    (void)eof;
    (void)mxq_base64_en_main;
    if (cs < mxq_base64_first_final)
        return (size_t)-1;
    if (n == 1) /* "=": the empty response */
        return 0;
    return o;
}


#line 246 "gen/sasl.c"
static const int mxq_sasl_plain_start = 1;
static const int mxq_sasl_plain_first_final = 5;

static const int mxq_sasl_plain_en_main = 1;


#line 106 "grammar/sasl.rl"


bool mxq_sasl_plain_split(const char *msg, size_t n, struct mxq_slice *authzid,
                          struct mxq_slice *authcid, struct mxq_slice *passwd)
{
    const unsigned char *p = (const unsigned char *)msg;
    const unsigned char *pe = p + n;
    const unsigned char *zid_end = p, *cid_start = NULL, *cid_end = NULL;
    const unsigned char *pw_start = NULL;
    int cs;

    
#line 262 "gen/sasl.c"
	{
	cs = mxq_sasl_plain_start;
	}

#line 118 "grammar/sasl.rl"
    
#line 265 "gen/sasl.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 0u )
		goto tr0;
	goto st1;
tr0:
#line 96 "grammar/sasl.rl"
	{ zid_end = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 284 "gen/sasl.c"
	if ( (*p) == 0u )
		goto st0;
	goto tr2;
st0:
cs = 0;
	goto _out;
tr2:
#line 97 "grammar/sasl.rl"
	{ cid_start = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 297 "gen/sasl.c"
	if ( (*p) == 0u )
		goto tr4;
	goto st3;
tr4:
#line 98 "grammar/sasl.rl"
	{ cid_end = p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 307 "gen/sasl.c"
	if ( (*p) == 0u )
		goto st0;
	goto tr6;
tr6:
#line 99 "grammar/sasl.rl"
	{ pw_start = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 317 "gen/sasl.c"
	if ( (*p) == 0u )
		goto st0;
	goto st5;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 119 "grammar/sasl.rl"
    (void)mxq_sasl_plain_en_main;
    if (cs < mxq_sasl_plain_first_final || pw_start == NULL)
        return false;
    authzid->p = msg;
    authzid->n = (size_t)(zid_end - (const unsigned char *)msg);
    authcid->p = (const char *)cid_start;
    authcid->n = (size_t)(cid_end - cid_start);
    passwd->p = (const char *)pw_start;
    passwd->n = (size_t)(pe - pw_start);
    return true;
}

/* RFC 4616 section 2: identities and passwords are UTF-8 without NUL.
 * The identity also reaches the JSON and the log, so it is non-empty and
 * holds no C0 control or DEL either (SASLprep, RFC 4013, prohibits them
 * too). LOGIN has no RFC; the same rules apply to it. */
bool mxq_sasl_identity_valid(const char *text, size_t n)
{
    return mxq_text_valid(text, n, true); /* grammar/utf8.rl */
}


#line 351 "gen/sasl.c"
static const int mxq_sasl_password_start = 8;
static const int mxq_sasl_password_first_final = 8;


#line 148 "grammar/sasl.rl"


bool mxq_sasl_password_valid(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *pe = p + n;
    int cs;

    
#line 362 "gen/sasl.c"
	{
	cs = mxq_sasl_password_start;
	}

#line 157 "grammar/sasl.rl"
    
#line 365 "gen/sasl.c"
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
		case 0u: goto st0;
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

#line 158 "grammar/sasl.rl"
    return cs >= mxq_sasl_password_first_final;
}

/* RFC 4954 section 4: "If the client wishes to cancel an authentication
 * exchange, it issues a line with a single '*'." */

#line 466 "gen/sasl.c"
static const int mxq_sasl_cancel_start = 1;
static const int mxq_sasl_cancel_first_final = 2;


#line 170 "grammar/sasl.rl"


bool mxq_sasl_is_cancel(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *pe = p + n;
    int cs;

    
#line 477 "gen/sasl.c"
	{
	cs = mxq_sasl_cancel_start;
	}

#line 179 "grammar/sasl.rl"
    
#line 480 "gen/sasl.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 42u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 180 "grammar/sasl.rl"
    return p == pe && cs >= mxq_sasl_cancel_first_final;
}
