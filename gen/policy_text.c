
#line 1 "grammar/policy_text.rl"
/*
 * Policy text: the smtp-auth URI and credential lists, and the lines of
 * the password and local-address files (see policy_text.h).
 *
 * Each parser is one Ragel machine over the caller's bytes; actions only
 * record positions. What an entry means (is this hash one libcrypt
 * takes, does this regex compile) is for the adapter to decide.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stdint.h>

#include "policy_text.h"

typedef const unsigned char *uptr;


#line 29 "grammar/policy_text.rl"


/* ------------------------------------------------------------ the files */


#line 27 "gen/policy_text.c"
static const int policy_lines_start = 2;
static const int policy_lines_first_final = 2;


#line 58 "grammar/policy_text.rl"


int
mxq_policy_lines(const char *buf, size_t len, mxq_policy_line_fn fn,
                 void *ctx, unsigned *bad_line)
{
    uptr p = (uptr)buf, pe = p + len;
    uptr tp = NULL, te = NULL;
    unsigned line = 1;
    int cs, rc = 0;

    
#line 41 "gen/policy_text.c"
	{
	cs = policy_lines_start;
	}

#line 70 "grammar/policy_text.rl"
    
#line 44 "gen/policy_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 39 "grammar/policy_text.rl"
	{
        if (tp != NULL) {
            struct mxq_policy_line l = {
                { (const char *)tp, (size_t)(te - tp) }, line };
            tp = NULL;
            rc = fn(ctx, &l);
            if (rc != 0)
                {p++; cs = 2; goto _out;}
        }
    }
#line 37 "grammar/policy_text.rl"
	{ line++; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 66 "gen/policy_text.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st2;
		case 35u: goto st4;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr4;
st0:
cs = 0;
	goto _out;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto tr0;
	goto st0;
tr4:
#line 38 "grammar/policy_text.rl"
	{ if (tp == NULL) tp = p; te = p + 1; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 94 "gen/policy_text.c"
	switch( (*p) ) {
		case 9u: goto st3;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st3;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 10u: goto tr0;
		case 13u: goto st1;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st4;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 71 "grammar/policy_text.rl"

    if (rc != 0)
        return rc;
    if (p != pe || cs < policy_lines_first_final) {
        *bad_line = line;
        return -1;
    }
    if (tp != NULL) {
        struct mxq_policy_line l = {
            { (const char *)tp, (size_t)(te - tp) }, line };
        return fn(ctx, &l);
    }
    return 0;
}

/* ----------------------------------------------------------- smtp-auth */


#line 145 "gen/policy_text.c"
static const int policy_uri_start = 1;
static const int policy_uri_first_final = 5;


#line 99 "grammar/policy_text.rl"


enum mxq_cfg_status
mxq_policy_uri(const char *s, size_t n, struct mxq_slice *scheme,
               struct mxq_slice *rest)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    scheme->p = s;
    scheme->n = 0;
    rest->p = s + n;

    
#line 161 "gen/policy_text.c"
	{
	cs = policy_uri_start;
	}

#line 113 "grammar/policy_text.rl"
    
#line 164 "gen/policy_text.c"
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
		case 58u: goto tr2;
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
tr2:
#line 92 "grammar/policy_text.rl"
	{ scheme->n = (size_t)((const char *)p - scheme->p); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 206 "gen/policy_text.c"
	if ( (*p) == 47u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 47u )
		goto tr4;
	goto st0;
tr4:
#line 93 "grammar/policy_text.rl"
	{ rest->p = (const char *)p + 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 223 "gen/policy_text.c"
	goto st5;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 114 "grammar/policy_text.rl"

    if (p != pe || cs < policy_uri_first_final)
        return MXQ_CFG_SYNTAX;
    rest->n = (size_t)(s + n - rest->p);
    return MXQ_CFG_OK;
}


#line 240 "gen/policy_text.c"
static const int policy_credential_start = 1;
static const int policy_credential_first_final = 4;


#line 132 "grammar/policy_text.rl"


enum mxq_cfg_status
mxq_policy_credential(const char *s, size_t n,
                      struct mxq_policy_credential *out)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    out->user.p = s;
    out->user.n = 0;
    out->secret.p = s + n;

    
#line 256 "gen/policy_text.c"
	{
	cs = policy_credential_start;
	}

#line 146 "grammar/policy_text.rl"
    
#line 259 "gen/policy_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 58u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 58u: goto tr2;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
tr2:
#line 125 "grammar/policy_text.rl"
	{ out->user.n = (size_t)((const char *)p -
                                                 out->user.p); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 294 "gen/policy_text.c"
	if ( (*p) == 127u )
		goto st0;
	if ( (*p) <= 32u )
		goto st0;
	goto tr3;
tr3:
#line 127 "grammar/policy_text.rl"
	{ out->secret.p = (const char *)p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 306 "gen/policy_text.c"
	if ( (*p) == 127u )
		goto st0;
	if ( (*p) <= 32u )
		goto st0;
	goto st4;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 147 "grammar/policy_text.rl"

    if (p != pe || cs < policy_credential_first_final)
        return MXQ_CFG_SYNTAX;
    out->secret.n = (size_t)(s + n - out->secret.p);
    return MXQ_CFG_OK;
}


#line 326 "gen/policy_text.c"
static const int policy_credentials_start = 1;
static const int policy_credentials_first_final = 4;


#line 177 "grammar/policy_text.rl"


enum mxq_cfg_status
mxq_policy_credentials(const char *s, size_t n,
                       struct mxq_policy_credential *items, size_t cap,
                       size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    uptr item_p = p, user_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    
#line 343 "gen/policy_text.c"
	{
	cs = policy_credentials_start;
	}

#line 192 "grammar/policy_text.rl"
    
#line 346 "gen/policy_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr5:
#line 160 "grammar/policy_text.rl"
	{
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].user.p = (const char *)item_p;
            items[*count].user.n = (size_t)(user_end - item_p);
            items[*count].secret.p = (const char *)user_end + 1;
            items[*count].secret.n = (size_t)(p - user_end - 1);
            (*count)++;
        }
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 368 "gen/policy_text.c"
	switch( (*p) ) {
		case 44u: goto st0;
		case 58u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto tr0;
st0:
cs = 0;
	goto _out;
tr0:
#line 158 "grammar/policy_text.rl"
	{ item_p = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 386 "gen/policy_text.c"
	switch( (*p) ) {
		case 44u: goto st0;
		case 58u: goto tr3;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
tr3:
#line 159 "grammar/policy_text.rl"
	{ user_end = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 401 "gen/policy_text.c"
	switch( (*p) ) {
		case 44u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 44u: goto tr5;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st4;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 4: 
#line 160 "grammar/policy_text.rl"
	{
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].user.p = (const char *)item_p;
            items[*count].user.n = (size_t)(user_end - item_p);
            items[*count].secret.p = (const char *)user_end + 1;
            items[*count].secret.n = (size_t)(p - user_end - 1);
            (*count)++;
        }
    }
	break;
#line 442 "gen/policy_text.c"
	}
	}

	_out: {}
	}

#line 193 "grammar/policy_text.rl"

    if (p != pe || cs < policy_credentials_first_final)
        return MXQ_CFG_SYNTAX;
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}

/* ------------------------------------------------ smtp-local-addresses */


#line 455 "gen/policy_text.c"
static const int policy_local_start = 1;
static const int policy_local_first_final = 11;


#line 221 "grammar/policy_text.rl"


enum mxq_cfg_status
mxq_policy_local_entry(const char *s, size_t n, enum mxq_local_kind *kind,
                       struct mxq_slice *text, size_t *at)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    int cs;

    *kind = MXQ_LOCAL_EXACT;
    *at = 0;
    text->p = s;

    
#line 471 "gen/policy_text.c"
	{
	cs = policy_local_start;
	}

#line 235 "grammar/policy_text.rl"
    
#line 474 "gen/policy_text.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto st4;
		case 91u: goto st11;
		case 114u: goto st5;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 127u )
		goto st0;
	if ( (*p) <= 32u )
		goto st0;
	goto st11;
tr5:
#line 205 "grammar/policy_text.rl"
	{ *at = (size_t)((const char *)p - s); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 524 "gen/policy_text.c"
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto st4;
		case 91u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st12;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 91u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st4;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 101u: goto st6;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 103u: goto st7;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 101u: goto st8;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 42u: goto st11;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 120u: goto st9;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 42u: goto st11;
		case 58u: goto st10;
		case 63u: goto st11;
		case 64u: goto tr5;
		case 91u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) <= 32u )
		goto st0;
	goto st2;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 9u: goto st10;
		case 32u: goto st10;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr12;
tr12:
#line 208 "grammar/policy_text.rl"
	{ text->p = (const char *)p; }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 655 "gen/policy_text.c"
	if ( (*p) == 127u )
		goto st0;
	if ( (*p) > 8u ) {
		if ( 10u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st13;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 12: 
#line 206 "grammar/policy_text.rl"
	{ *kind = MXQ_LOCAL_EXACT; }
	break;
	case 11: 
#line 207 "grammar/policy_text.rl"
	{ *kind = MXQ_LOCAL_PATTERN; }
	break;
	case 13: 
#line 209 "grammar/policy_text.rl"
	{ *kind = MXQ_LOCAL_REGEX; }
	break;
#line 690 "gen/policy_text.c"
	}
	}

	_out: {}
	}

#line 236 "grammar/policy_text.rl"

    if (p != pe || cs < policy_local_first_final)
        return MXQ_CFG_SYNTAX;
    text->n = (size_t)(s + n - text->p);
    return MXQ_CFG_OK;
}
