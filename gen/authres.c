
#line 1 "grammar/authres.rl"
/*
 * Authentication-Results authserv-id: see authres.h. A lexer cuts the
 * start of the body into blanks and folds, comments (grammar/mime_text's
 * comment machine, which bounds their depth), and the value: a token or
 * a quoted string.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <string.h>
#include <strings.h>

#include "authres.h"
#include "mime_text.h"

enum authres_kind {
    AR_SPACE,          /* blanks and folds */
    AR_COMMENT,        /* '(' */
    AR_TOKEN,
    AR_QUOTED,         /* '"' ... '"' */
    AR_OTHER           /* nothing an authserv-id starts with */
};


#line 29 "gen/authres.c"
static const int mxq_authres_lex_start = 6;


#line 49 "grammar/authres.rl"


/* The token at pos: its kind, and *end past it. */
static enum authres_kind lex(const char *text, size_t n, size_t pos,
                             size_t *end)
{
    const unsigned char *base = (const unsigned char *)text;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    enum authres_kind kind = AR_OTHER;
    int cs, act = 0;

    
#line 43 "gen/authres.c"
	{
	cs = mxq_authres_lex_start;
	ts = 0;
	te = 0;
	act = 0;
	}

#line 62 "grammar/authres.rl"
    
#line 49 "gen/authres.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 1 "NONE"
	{	switch( act ) {
	case 1:
	{{p = ((te))-1;} kind = AR_SPACE; {p++; cs = 6; goto _out;} }
	break;
	case 5:
	{{p = ((te))-1;} kind = AR_OTHER; {p++; cs = 6; goto _out;} }
	break;
	}
	}
	goto st6;
tr2:
#line 41 "grammar/authres.rl"
	{{p = ((te))-1;}{ kind = AR_SPACE; {p++; cs = 6; goto _out;} }}
	goto st6;
tr4:
#line 45 "grammar/authres.rl"
	{{p = ((te))-1;}{ kind = AR_OTHER; {p++; cs = 6; goto _out;} }}
	goto st6;
tr8:
#line 44 "grammar/authres.rl"
	{te = p+1;{ kind = AR_QUOTED; {p++; cs = 6; goto _out;} }}
	goto st6;
tr10:
#line 45 "grammar/authres.rl"
	{te = p+1;{ kind = AR_OTHER; {p++; cs = 6; goto _out;} }}
	goto st6;
tr15:
#line 42 "grammar/authres.rl"
	{te = p+1;{ kind = AR_COMMENT; {p++; cs = 6; goto _out;} }}
	goto st6;
tr16:
#line 41 "grammar/authres.rl"
	{te = p;p--;{ kind = AR_SPACE; {p++; cs = 6; goto _out;} }}
	goto st6;
tr18:
#line 45 "grammar/authres.rl"
	{te = p;p--;{ kind = AR_OTHER; {p++; cs = 6; goto _out;} }}
	goto st6;
tr19:
#line 43 "grammar/authres.rl"
	{te = p;p--;{ kind = AR_TOKEN; {p++; cs = 6; goto _out;} }}
	goto st6;
st6:
#line 1 "NONE"
	{ts = 0;}
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 1 "NONE"
	{ts = p;}
#line 95 "gen/authres.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto st8;
		case 13u: goto tr12;
		case 32u: goto tr1;
		case 34u: goto tr14;
		case 40u: goto tr15;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st10;
		} else if ( (*p) >= 33u )
			goto st10;
	} else if ( (*p) > 46u ) {
		if ( (*p) < 65u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st10;
		} else if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st10;
		} else
			goto st10;
	} else
		goto st10;
	goto tr10;
tr1:
#line 1 "NONE"
	{te = p+1;}
#line 41 "grammar/authres.rl"
	{act = 1;}
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 129 "gen/authres.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto st0;
		case 13u: goto st1;
		case 32u: goto tr1;
	}
	goto tr16;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	switch( (*p) ) {
		case 9u: goto tr1;
		case 32u: goto tr1;
	}
	goto tr0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto st0;
	goto tr2;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 9u: goto tr1;
		case 32u: goto tr1;
	}
	goto tr18;
tr12:
#line 1 "NONE"
	{te = p+1;}
#line 45 "grammar/authres.rl"
	{act = 5;}
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 169 "gen/authres.c"
	if ( (*p) == 10u )
		goto st0;
	goto tr18;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 33u )
		goto st10;
	if ( (*p) < 45u ) {
		if ( (*p) > 39u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto st10;
		} else if ( (*p) >= 35u )
			goto st10;
	} else if ( (*p) > 46u ) {
		if ( (*p) < 65u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st10;
		} else if ( (*p) > 90u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto st10;
		} else
			goto st10;
	} else
		goto st10;
	goto tr19;
tr14:
#line 1 "NONE"
	{te = p+1;}
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 203 "gen/authres.c"
	switch( (*p) ) {
		case 10u: goto st3;
		case 13u: goto st4;
		case 34u: goto tr8;
		case 92u: goto st5;
	}
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 10u: goto st3;
		case 13u: goto st4;
		case 34u: goto tr8;
		case 92u: goto st5;
	}
	goto st2;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
	}
	goto tr4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 10u )
		goto st3;
	goto tr4;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 10u: goto tr4;
		case 13u: goto tr4;
	}
	goto st2;
	}
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 7: goto tr16;
	case 0: goto tr0;
	case 1: goto tr2;
	case 8: goto tr18;
	case 9: goto tr18;
	case 10: goto tr19;
	case 11: goto tr18;
	case 2: goto tr4;
	case 3: goto tr4;
	case 4: goto tr4;
	case 5: goto tr4;
	}
	}

	_out: {}
	}

#line 63 "grammar/authres.rl"
    (void)act;
    (void)ts;
    *end = te != NULL && te > base + pos ? (size_t)(te - base) : pos + 1;
    return kind;
}

/* The value's octets into id, quoted pairs and folds undone. */
static bool copy_value(const char *p, size_t n, bool quoted,
                       char id[MXQ_AUTHRES_ID_MAX + 1])
{
    size_t len = 0;
    for (size_t i = quoted ? 1 : 0; i < (quoted ? n - 1 : n); i++) {
        char c = p[i];
        if (quoted && (c == '\r' || c == '\n'))
            continue;
        if (quoted && c == '\\')
            c = p[++i];
        if (len == MXQ_AUTHRES_ID_MAX)
            return false;
        id[len++] = c;
    }
    id[len] = '\0';
    return len > 0;
}

bool mxq_authres_id(const char *p, size_t n, char id[MXQ_AUTHRES_ID_MAX + 1])
{
    size_t pos = 0;
    while (pos < n) {
        size_t end;
        switch (lex(p, n, pos, &end)) {
        case AR_SPACE:
            pos = end;
            break;
        case AR_COMMENT:
            if (mxq_mime_comment_end(p, n, pos, &end) != MXQ_MIME_COMMENT_OK)
                return false;
            pos = end;
            break;
        case AR_TOKEN:
            return copy_value(p + pos, end - pos, false, id);
        case AR_QUOTED:
            return copy_value(p + pos, end - pos, true, id);
        case AR_OTHER:
            return false;
        }
    }
    return false;
}

bool mxq_authres_claims(const char *p, size_t n, const char *ours)
{
    char id[MXQ_AUTHRES_ID_MAX + 1];
    return ours != NULL && ours[0] != '\0' && mxq_authres_id(p, n, id) &&
           strcasecmp(id, ours) == 0;
}
