
#line 1 "grammar/mime_address.rl"
/*
 * RFC 5322 address lists. See mime_address.h for the contract and for
 * what is accepted beyond the RFC.
 *
 * Two levels. A scanner (mxq_mime_address_lex) cuts the body into the
 * lexical tokens of RFC 5322 §3.2: atoms, encoded words, quoted strings,
 * domain literals, comments (grammar/mime_text.rl's comment scanner,
 * which bounds their depth), white space with and without folds, the
 * specials, the end of the field. A member (one mailbox, or a group's
 * name) is the run of tokens up to a ',' ';' or ':' outside angle
 * brackets; which tokens it has decides what it is. Whether an address
 * is an addr-spec is decided by two machines over its tokens (one token
 * a symbol: the obsolete grammar, and the plain one), fed one token at a
 * time, so that no token list is stored.
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

#include "mime_address.h"
#include "mime_text.h"

#define NONE SIZE_MAX

/* ------------------------------------------------------------- tokens */

enum addr_kind {
    TOK_END,           /* a line end that is not a fold, or no more input */
    TOK_WS,            /* white space without a fold */
    TOK_FWS,           /* white space with a fold */
    TOK_ATOM,
    TOK_EW,            /* an atom-like RFC 2047 encoded word */
    TOK_QUOTED,
    TOK_LITERAL,       /* a domain literal */
    TOK_COMMENT,       /* '(' ... ')' */
    TOK_LT, TOK_GT, TOK_AT, TOK_COMMA, TOK_SEMI, TOK_COLON, TOK_DOT,
    TOK_BAD            /* an octet no token starts with */
};

struct addr_tok {
    enum addr_kind kind;
    size_t start, end;
    enum mxq_mime_comment_status comment;   /* TOK_COMMENT */
};

#define ADDR_TOKEN(k)                                                       \
    do {                                                                    \
        tok.kind = (k);                                                     \
        tok.start = (size_t)(ts - base);                                    \
        tok.end = (size_t)(te - base);                                      \
    } while (0)


#line 62 "gen/mime_address.c"
static const int mxq_mime_address_lex_start = 21;


#line 101 "grammar/mime_address.rl"


/* The token at text[pos..n); a comment is read to its end. */
static struct addr_tok addr_lex(const char *text, size_t n, size_t pos)
{
    const unsigned char *base = (const unsigned char *)text;
    struct addr_tok tok = { TOK_END, n, n, MXQ_MIME_COMMENT_OK };

    if (pos >= n)
        return tok;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    int cs, act = 0;

    
#line 78 "gen/mime_address.c"
	{
	cs = mxq_mime_address_lex_start;
	ts = 0;
	te = 0;
	act = 0;
	}

#line 116 "grammar/mime_address.rl"
    
#line 84 "gen/mime_address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 1 "NONE"
	{	switch( act ) {
	case 1:
	{{p = ((te))-1;} ADDR_TOKEN(TOK_EW); {p++; cs = 21; goto _out;} }
	break;
	case 2:
	{{p = ((te))-1;} ADDR_TOKEN(TOK_ATOM); {p++; cs = 21; goto _out;} }
	break;
	case 3:
	{{p = ((te))-1;} ADDR_TOKEN(TOK_WS); {p++; cs = 21; goto _out;} }
	break;
	case 4:
	{{p = ((te))-1;} ADDR_TOKEN(TOK_FWS); {p++; cs = 21; goto _out;} }
	break;
	}
	}
	goto st21;
tr3:
#line 97 "grammar/mime_address.rl"
	{{p = ((te))-1;}{ ADDR_TOKEN(TOK_BAD); {p++; cs = 21; goto _out;} }}
	goto st21;
tr7:
#line 87 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_QUOTED); {p++; cs = 21; goto _out;} }}
	goto st21;
tr12:
#line 83 "grammar/mime_address.rl"
	{{p = ((te))-1;}{ ADDR_TOKEN(TOK_ATOM); {p++; cs = 21; goto _out;} }}
	goto st21;
tr18:
#line 82 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_EW); {p++; cs = 21; goto _out;} }}
	goto st21;
tr23:
#line 88 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_LITERAL); {p++; cs = 21; goto _out;} }}
	goto st21;
tr27:
#line 97 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_BAD); {p++; cs = 21; goto _out;} }}
	goto st21;
tr33:
#line 89 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_COMMENT); {p++; cs = 21; goto _out;} }}
	goto st21;
tr34:
#line 93 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_COMMA); {p++; cs = 21; goto _out;} }}
	goto st21;
tr35:
#line 96 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_DOT); {p++; cs = 21; goto _out;} }}
	goto st21;
tr36:
#line 95 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_COLON); {p++; cs = 21; goto _out;} }}
	goto st21;
tr37:
#line 94 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_SEMI); {p++; cs = 21; goto _out;} }}
	goto st21;
tr38:
#line 90 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_LT); {p++; cs = 21; goto _out;} }}
	goto st21;
tr40:
#line 91 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_GT); {p++; cs = 21; goto _out;} }}
	goto st21;
tr41:
#line 92 "grammar/mime_address.rl"
	{te = p+1;{ ADDR_TOKEN(TOK_AT); {p++; cs = 21; goto _out;} }}
	goto st21;
tr43:
#line 84 "grammar/mime_address.rl"
	{te = p;p--;{ ADDR_TOKEN(TOK_WS); {p++; cs = 21; goto _out;} }}
	goto st21;
tr45:
#line 85 "grammar/mime_address.rl"
	{te = p;p--;{ ADDR_TOKEN(TOK_FWS); {p++; cs = 21; goto _out;} }}
	goto st21;
tr46:
#line 86 "grammar/mime_address.rl"
	{te = p;p--;{ ADDR_TOKEN(TOK_END); {p++; cs = 21; goto _out;} }}
	goto st21;
tr47:
#line 97 "grammar/mime_address.rl"
	{te = p;p--;{ ADDR_TOKEN(TOK_BAD); {p++; cs = 21; goto _out;} }}
	goto st21;
tr48:
#line 83 "grammar/mime_address.rl"
	{te = p;p--;{ ADDR_TOKEN(TOK_ATOM); {p++; cs = 21; goto _out;} }}
	goto st21;
st21:
#line 1 "NONE"
	{ts = 0;}
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 1 "NONE"
	{ts = p;}
#line 169 "gen/mime_address.c"
	switch( (*p) ) {
		case 9u: goto tr28;
		case 10u: goto st24;
		case 13u: goto st25;
		case 32u: goto tr28;
		case 34u: goto tr32;
		case 40u: goto tr33;
		case 41u: goto tr27;
		case 44u: goto tr34;
		case 46u: goto tr35;
		case 58u: goto tr36;
		case 59u: goto tr37;
		case 60u: goto tr38;
		case 61u: goto st28;
		case 62u: goto tr40;
		case 64u: goto tr41;
		case 91u: goto tr42;
		case 127u: goto tr27;
	}
	if ( (*p) > 31u ) {
		if ( 92u <= (*p) && (*p) <= 93u )
			goto tr27;
	} else
		goto tr27;
	goto tr31;
tr28:
#line 1 "NONE"
	{te = p+1;}
#line 84 "grammar/mime_address.rl"
	{act = 3;}
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 202 "gen/mime_address.c"
	switch( (*p) ) {
		case 9u: goto tr28;
		case 10u: goto st0;
		case 13u: goto st1;
		case 32u: goto tr28;
	}
	goto tr43;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	switch( (*p) ) {
		case 9u: goto tr1;
		case 32u: goto tr1;
	}
	goto tr0;
tr1:
#line 1 "NONE"
	{te = p+1;}
#line 85 "grammar/mime_address.rl"
	{act = 4;}
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 226 "gen/mime_address.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto st0;
		case 13u: goto st1;
		case 32u: goto tr1;
	}
	goto tr45;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto st0;
	goto tr0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 9u: goto tr1;
		case 32u: goto tr1;
	}
	goto tr46;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( (*p) == 10u )
		goto st24;
	goto tr47;
tr31:
#line 1 "NONE"
	{te = p+1;}
#line 83 "grammar/mime_address.rl"
	{act = 2;}
	goto st26;
tr55:
#line 1 "NONE"
	{te = p+1;}
#line 82 "grammar/mime_address.rl"
	{act = 1;}
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 268 "gen/mime_address.c"
	switch( (*p) ) {
		case 34u: goto tr0;
		case 44u: goto tr0;
		case 46u: goto tr0;
		case 62u: goto tr0;
		case 64u: goto tr0;
		case 127u: goto tr0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto tr0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto tr0;
		} else if ( (*p) >= 58u )
			goto tr0;
	} else
		goto tr0;
	goto tr31;
tr32:
#line 1 "NONE"
	{te = p+1;}
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 295 "gen/mime_address.c"
	switch( (*p) ) {
		case 10u: goto st3;
		case 13u: goto st4;
		case 34u: goto tr7;
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
		case 34u: goto tr7;
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
	goto tr3;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 10u )
		goto st3;
	goto tr3;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 10u: goto st6;
		case 13u: goto st8;
	}
	goto st2;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 9u: goto st7;
		case 32u: goto st7;
	}
	goto tr3;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 10u: goto tr3;
		case 13u: goto tr3;
	}
	goto st2;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 10u )
		goto st6;
	goto tr3;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 44u: goto tr48;
		case 46u: goto tr48;
		case 63u: goto tr49;
		case 127u: goto tr48;
	}
	if ( (*p) < 58u ) {
		if ( (*p) > 32u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr48;
		} else
			goto tr48;
	} else if ( (*p) > 60u ) {
		if ( (*p) > 64u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto tr48;
		} else if ( (*p) >= 62u )
			goto tr48;
	} else
		goto tr48;
	goto tr31;
tr49:
#line 1 "NONE"
	{te = p+1;}
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 396 "gen/mime_address.c"
	switch( (*p) ) {
		case 13u: goto tr48;
		case 32u: goto tr48;
		case 34u: goto st9;
		case 42u: goto tr31;
		case 44u: goto st9;
		case 46u: goto st9;
		case 63u: goto tr31;
		case 127u: goto st9;
	}
	if ( (*p) < 40u ) {
		if ( (*p) < 9u ) {
			if ( (*p) <= 8u )
				goto st9;
		} else if ( (*p) > 10u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto st9;
		} else
			goto tr48;
	} else if ( (*p) > 41u ) {
		if ( (*p) < 62u ) {
			if ( 58u <= (*p) && (*p) <= 60u )
				goto st9;
		} else if ( (*p) > 64u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st9;
		} else
			goto st9;
	} else
		goto st9;
	goto tr50;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 13u: goto tr12;
		case 32u: goto tr12;
		case 63u: goto st10;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr12;
	goto st9;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 66u: goto st11;
		case 81u: goto st11;
		case 98u: goto st11;
		case 113u: goto st11;
	}
	goto tr12;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 63u )
		goto st12;
	goto tr12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 13u: goto tr12;
		case 32u: goto tr12;
		case 63u: goto st13;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr12;
	goto st12;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	if ( (*p) == 61u )
		goto tr18;
	goto tr12;
tr50:
#line 1 "NONE"
	{te = p+1;}
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 483 "gen/mime_address.c"
	switch( (*p) ) {
		case 13u: goto tr48;
		case 32u: goto tr48;
		case 34u: goto st9;
		case 44u: goto st9;
		case 46u: goto st9;
		case 63u: goto st31;
		case 127u: goto st9;
	}
	if ( (*p) < 40u ) {
		if ( (*p) < 9u ) {
			if ( (*p) <= 8u )
				goto st9;
		} else if ( (*p) > 10u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto st9;
		} else
			goto tr48;
	} else if ( (*p) > 41u ) {
		if ( (*p) < 62u ) {
			if ( 58u <= (*p) && (*p) <= 60u )
				goto st9;
		} else if ( (*p) > 64u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st9;
		} else
			goto st9;
	} else
		goto st9;
	goto tr50;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 44u: goto tr48;
		case 46u: goto tr48;
		case 62u: goto tr48;
		case 64u: goto tr48;
		case 66u: goto st32;
		case 81u: goto st32;
		case 98u: goto st32;
		case 113u: goto st32;
		case 127u: goto tr48;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto tr48;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto tr48;
		} else if ( (*p) >= 58u )
			goto tr48;
	} else
		goto tr48;
	goto tr31;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 44u: goto tr48;
		case 46u: goto tr48;
		case 63u: goto tr53;
		case 127u: goto tr48;
	}
	if ( (*p) < 58u ) {
		if ( (*p) > 32u ) {
			if ( 40u <= (*p) && (*p) <= 41u )
				goto tr48;
		} else
			goto tr48;
	} else if ( (*p) > 60u ) {
		if ( (*p) > 64u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto tr48;
		} else if ( (*p) >= 62u )
			goto tr48;
	} else
		goto tr48;
	goto tr31;
tr53:
#line 1 "NONE"
	{te = p+1;}
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 574 "gen/mime_address.c"
	switch( (*p) ) {
		case 13u: goto tr48;
		case 32u: goto tr48;
		case 34u: goto st12;
		case 44u: goto st12;
		case 46u: goto st12;
		case 63u: goto st34;
		case 127u: goto st12;
	}
	if ( (*p) < 40u ) {
		if ( (*p) < 9u ) {
			if ( (*p) <= 8u )
				goto st12;
		} else if ( (*p) > 10u ) {
			if ( 11u <= (*p) && (*p) <= 31u )
				goto st12;
		} else
			goto tr48;
	} else if ( (*p) > 41u ) {
		if ( (*p) < 62u ) {
			if ( 58u <= (*p) && (*p) <= 60u )
				goto st12;
		} else if ( (*p) > 64u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st12;
		} else
			goto st12;
	} else
		goto st12;
	goto tr53;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 44u: goto tr48;
		case 46u: goto tr48;
		case 61u: goto tr55;
		case 64u: goto tr48;
		case 127u: goto tr48;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto tr48;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 62u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto tr48;
		} else if ( (*p) >= 58u )
			goto tr48;
	} else
		goto tr48;
	goto tr31;
tr42:
#line 1 "NONE"
	{te = p+1;}
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 635 "gen/mime_address.c"
	switch( (*p) ) {
		case 10u: goto st15;
		case 13u: goto st16;
		case 91u: goto tr47;
		case 92u: goto st17;
		case 93u: goto tr23;
	}
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 10u: goto st15;
		case 13u: goto st16;
		case 91u: goto tr3;
		case 92u: goto st17;
		case 93u: goto tr23;
	}
	goto st14;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 9u: goto st14;
		case 32u: goto st14;
	}
	goto tr3;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 10u )
		goto st15;
	goto tr3;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 10u: goto st18;
		case 13u: goto st20;
	}
	goto st14;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 9u: goto st19;
		case 32u: goto st19;
	}
	goto tr3;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 10u: goto tr3;
		case 13u: goto tr3;
	}
	goto st14;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 10u )
		goto st18;
	goto tr3;
	}
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 22: goto tr43;
	case 0: goto tr0;
	case 23: goto tr45;
	case 1: goto tr0;
	case 24: goto tr46;
	case 25: goto tr47;
	case 26: goto tr0;
	case 27: goto tr47;
	case 2: goto tr3;
	case 3: goto tr3;
	case 4: goto tr3;
	case 5: goto tr3;
	case 6: goto tr3;
	case 7: goto tr3;
	case 8: goto tr3;
	case 28: goto tr48;
	case 29: goto tr48;
	case 9: goto tr12;
	case 10: goto tr12;
	case 11: goto tr12;
	case 12: goto tr12;
	case 13: goto tr12;
	case 30: goto tr48;
	case 31: goto tr48;
	case 32: goto tr48;
	case 33: goto tr48;
	case 34: goto tr48;
	case 35: goto tr47;
	case 14: goto tr3;
	case 15: goto tr3;
	case 16: goto tr3;
	case 17: goto tr3;
	case 18: goto tr3;
	case 19: goto tr3;
	case 20: goto tr3;
	}
	}

	_out: {}
	}

#line 117 "grammar/mime_address.rl"
    (void)act;
    (void)ts;
    if (tok.end <= pos) /* cannot happen: `any` matches every octet */
        tok = (struct addr_tok){ TOK_BAD, pos, pos + 1, MXQ_MIME_COMMENT_OK };
    if (tok.kind == TOK_COMMENT)
        tok.comment = mxq_mime_comment_end(text, n, tok.start, &tok.end);
    return tok;
}

static bool is_space(enum addr_kind k)
{
    return k == TOK_WS || k == TOK_FWS;
}

/* ---------------------------------------------------- addr-spec shape */

/* One symbol per token: a atom, e encoded word, q quoted string, l
 * domain literal, s white space or comment, x anything else, and the
 * specials as themselves. */
static char addr_symbol(enum addr_kind k)
{
    switch (k) {
    case TOK_ATOM: return 'a';
    case TOK_EW: return 'e';
    case TOK_QUOTED: return 'q';
    case TOK_LITERAL: return 'l';
    case TOK_WS: case TOK_FWS: case TOK_COMMENT: return 's';
    case TOK_AT: return '@';
    case TOK_DOT: return '.';
    case TOK_COLON: return ':';
    case TOK_COMMA: return ',';
    default: return 'x';
    }
}


#line 822 "gen/mime_address.c"
static const int mxq_mime_addr_obsolete_start = 1;
static const int mxq_mime_addr_obsolete_first_final = 16;
static const int mxq_mime_addr_obsolete_error = 0;


#line 168 "grammar/mime_address.rl"



#line 828 "gen/mime_address.c"
static const int mxq_mime_addr_plain_start = 1;
static const int mxq_mime_addr_plain_first_final = 7;
static const int mxq_mime_addr_plain_error = 0;


#line 178 "grammar/mime_address.rl"


/* Both machines' states: one symbol is fed at a time. */
struct addr_shape {
    int obsolete, plain;
};

static void shape_init(struct addr_shape *s)
{
    int cs;

    
#line 843 "gen/mime_address.c"
	{
	cs = mxq_mime_addr_obsolete_start;
	}

#line 192 "grammar/mime_address.rl"

    s->obsolete = cs;
    
#line 848 "gen/mime_address.c"
	{
	cs = mxq_mime_addr_plain_start;
	}

#line 197 "grammar/mime_address.rl"

    s->plain = cs;
}

/* Each exec has its own function: -G2 code owns its labels. A machine
 * that failed stays failed (its exec must not run from the error state:
 * -G2 code would start over). */
static int obsolete_feed(int cs, char symbol)
{
    const char *p = &symbol, *pe = p + 1;

    if (cs == mxq_mime_addr_obsolete_error)
        return cs;
    
#line 864 "gen/mime_address.c"
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
		case 44: goto st2;
		case 46: goto st7;
		case 64: goto st3;
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st1;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 44: goto st2;
		case 64: goto st3;
		case 115: goto st2;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 97: goto st4;
		case 108: goto st15;
		case 115: goto st3;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 44: goto st5;
		case 46: goto st14;
		case 58: goto st6;
		case 115: goto st4;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 44: goto st5;
		case 58: goto st6;
		case 64: goto st3;
		case 115: goto st5;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 46: goto st7;
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st6;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 46: goto st7;
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st13;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 46: goto st9;
		case 64: goto st10;
		case 115: goto st8;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 46: goto st9;
		case 64: goto st10;
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st12;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 97: goto st16;
		case 108: goto st17;
		case 115: goto st10;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 46: goto st11;
		case 115: goto st16;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 97: goto st16;
		case 115: goto st11;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 115 )
		goto st17;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 64: goto st10;
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st12;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 97: goto st8;
		case 101: goto st8;
		case 113: goto st8;
		case 115: goto st13;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 97: goto st4;
		case 115: goto st14;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 44: goto st5;
		case 58: goto st6;
		case 115: goto st15;
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
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 213 "grammar/mime_address.rl"

    return cs;
}

static int plain_feed(int cs, char symbol)
{
    const char *p = &symbol, *pe = p + 1;

    if (cs == mxq_mime_addr_plain_error)
        return cs;
    
#line 1084 "gen/mime_address.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 97: goto st2;
		case 113: goto st6;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 46: goto st3;
		case 64: goto st4;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 97 )
		goto st2;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 97: goto st7;
		case 108: goto st8;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 46 )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 97 )
		goto st7;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 64 )
		goto st4;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 226 "grammar/mime_address.rl"

    return cs;
}

static void shape_feed(struct addr_shape *s, char symbol)
{
    s->obsolete = obsolete_feed(s->obsolete, symbol);
    s->plain = plain_feed(s->plain, symbol);
}

static bool shape_obsolete_ok(const struct addr_shape *s)
{
    return s->obsolete >= mxq_mime_addr_obsolete_first_final;
}

static bool shape_plain_ok(const struct addr_shape *s)
{
    return s->plain >= mxq_mime_addr_plain_first_final;
}

/* ------------------------------------------------------------ members */

/* What one member's tokens showed. */
struct member {
    size_t start, end;             /* first and last token, NONE: none */
    size_t lt, gt;                 /* the angle brackets, NONE: none */
    size_t words_start, words_end; /* words outside the angle brackets */
    size_t pre_start, pre_end;     /* ... and before '<' */
    bool comments;
    bool bad;
    bool too_deep;
    enum addr_kind stop;           /* TOK_COMMA, TOK_SEMI, TOK_COLON or
                                      TOK_END */
    size_t stop_at, resume;        /* the stop token's start and end */
};

static void span(size_t *from, size_t *to, const struct addr_tok *t)
{
    if (*from == NONE)
        *from = t->start;
    *to = t->end;
}

/* Reads tokens from pos to the member's end. */
static void scan_member(const char *p, size_t n, size_t pos, struct member *m)
{
    bool in_angle = false;

    *m = (struct member){ NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
                          false, false, false, TOK_END, n, n };
    for (;;) {
        struct addr_tok t = addr_lex(p, n, pos);

        pos = t.end;
        if (t.kind == TOK_END) {
            m->bad |= in_angle;
            m->stop_at = m->resume = t.start;
            return;
        }
        if (is_space(t.kind))
            continue;
        if (!in_angle && (t.kind == TOK_COMMA || t.kind == TOK_SEMI ||
                          t.kind == TOK_COLON)) {
            m->stop = t.kind;
            m->stop_at = t.start;
            m->resume = t.end;
            return;
        }
        span(&m->start, &m->end, &t);
        switch (t.kind) {
        case TOK_COMMENT:
            m->comments = true;
            if (t.comment == MXQ_MIME_COMMENT_TOO_DEEP) {
                m->too_deep = true;
                m->stop_at = m->resume = t.end;
                return;
            }
            m->bad |= t.comment != MXQ_MIME_COMMENT_OK;
            break;
        case TOK_LT:
            m->bad |= in_angle || m->lt != NONE;
            m->lt = t.start;
            in_angle = true;
            break;
        case TOK_GT:
            m->bad |= !in_angle;
            m->gt = t.start;
            in_angle = false;
            break;
        case TOK_BAD:
            m->bad = true;
            break;
        default:
            if (in_angle)
                break;
            span(&m->words_start, &m->words_end, &t);
            if (m->lt == NONE)
                span(&m->pre_start, &m->pre_end, &t);
            break;
        }
    }
}

static struct mxq_slice slice(const char *p, size_t from, size_t to)
{
    if (from == NONE || to < from)
        return (struct mxq_slice){ p, 0 };
    return (struct mxq_slice){ p + from, to - from };
}

/* Where the address p[from..to) has its parts. */
struct address_parts {
    size_t first, last;            /* its first word's start, last's end */
    size_t at;                     /* the last '@' */
    size_t colon;                  /* a ':' after a leading '@': the route */
    size_t local_end, domain_start;
    bool leading_at;
};

static void address_parts(const char *p, size_t from, size_t to,
                          struct mxq_mime_address *out)
{
    struct address_parts a = { NONE, NONE, NONE, NONE, NONE, NONE, false };
    struct addr_shape shape;
    size_t last_word_end = NONE;

    /* the address is its words: CFWS at its ends is left out */
    for (size_t i = from; i < to;) {
        struct addr_tok t = addr_lex(p, to, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        if (is_space(t.kind) || t.kind == TOK_COMMENT)
            continue;
        if (a.first == NONE)
            a.first = t.start;
        a.last = t.end;
    }
    if (a.first == NONE)
        return;
    out->address = slice(p, a.first, a.last);

    shape_init(&shape);
    for (size_t i = a.first; i < a.last;) {
        struct addr_tok t = addr_lex(p, a.last, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        shape_feed(&shape, addr_symbol(t.kind));
        if (t.kind == TOK_AT) {
            if (t.start == a.first)
                a.leading_at = true;
            a.at = t.start;
            a.local_end = last_word_end;
            a.domain_start = NONE;
        } else if (t.kind == TOK_COLON && a.leading_at && a.colon == NONE) {
            a.colon = t.start;
        } else if (!is_space(t.kind) && t.kind != TOK_COMMENT) {
            last_word_end = t.end;
            if (a.at != NONE && a.domain_start == NONE)
                a.domain_start = t.start;
        }
    }
    if (!shape_obsolete_ok(&shape))
        return;
    out->flags |= MXQ_MIME_ADDR_SPEC;
    size_t spec_start = a.first;
    if (a.colon != NONE) {
        out->flags |= MXQ_MIME_ADDR_ROUTE;
        out->route = slice(p, a.first, a.colon);
        /* the local part's first word comes after the ':' */
        for (size_t i = a.colon + 1; i < a.last;) {
            struct addr_tok t = addr_lex(p, a.last, i);
            i = t.end;
            if (!is_space(t.kind) && t.kind != TOK_COMMENT) {
                spec_start = t.start;
                break;
            }
        }
    } else if (shape_plain_ok(&shape)) {
        out->flags |= MXQ_MIME_ADDR_PLAIN;
    }
    out->addr_spec = slice(p, spec_start, a.last);
    out->local = slice(p, spec_start, a.local_end);
    out->domain = slice(p, a.domain_start, a.last);
}

static void fill_mailbox(const char *p, const struct member *m,
                         const struct mxq_mime_address_cursor *c,
                         struct mxq_mime_address *out)
{
    out->kind = MXQ_MIME_ADDR_MAILBOX;
    out->whole = slice(p, m->start, m->end);
    if (m->comments)
        out->flags |= MXQ_MIME_ADDR_COMMENTS;
    if (c->in_group)
        out->group = c->group;
    if (m->lt != NONE) {
        out->flags |= MXQ_MIME_ADDR_ANGLE;
        if (m->pre_start != NONE)
            out->display_name = slice(p, m->pre_start, m->pre_end);
        else
            out->display_name = slice(p, m->words_start, m->words_end);
        /* a broken member may have no '>' after its '<' */
        size_t to = m->gt != NONE && m->gt > m->lt ? m->gt : m->end;
        address_parts(p, m->lt + 1, to, out);
    } else {
        address_parts(p, m->start, m->end, out);
    }
}

enum mxq_mime_addr_status
mxq_mime_address_next(const char *p, size_t n,
                      struct mxq_mime_address_cursor *c,
                      struct mxq_mime_address *out)
{
    struct member m;

    for (;;) {
        *out = (struct mxq_mime_address){ 0 };
        out->whole = out->display_name = out->address = out->route =
            out->addr_spec = out->local = out->domain = out->group =
                (struct mxq_slice){ p + (c->pos < n ? c->pos : n), 0 };
        scan_member(p, n, c->pos, &m);
        bool empty = m.start == NONE;

        if (m.too_deep) {
            c->pos = m.resume;
            return MXQ_MIME_ADDR_TOO_DEEP;
        }
        if (m.stop == TOK_COLON) {
            c->pos = m.resume;
            if (m.bad || c->in_group || m.lt != NONE)
                return MXQ_MIME_ADDR_SYNTAX;
            out->kind = MXQ_MIME_ADDR_GROUP_START;
            out->whole = slice(p, m.start, m.end);
            out->display_name = out->group =
                slice(p, m.words_start, m.words_end);
            if (m.comments)
                out->flags |= MXQ_MIME_ADDR_COMMENTS;
            c->in_group = true;
            c->group = out->group;
            return MXQ_MIME_ADDR_ITEM;
        }
        if (empty && (m.stop == TOK_SEMI || m.stop == TOK_END)) {
            if (!c->in_group) {
                c->pos = m.resume;
                return m.stop == TOK_END ? MXQ_MIME_ADDR_END
                                         : MXQ_MIME_ADDR_SYNTAX;
            }
            /* a group's ';', or a field that ends inside a group */
            c->pos = m.resume;
            c->in_group = false;
            out->kind = MXQ_MIME_ADDR_GROUP_END;
            out->group = c->group;
            return MXQ_MIME_ADDR_ITEM;
        }
        if (empty) {
            c->pos = m.resume;             /* a null member: "a@b,,c@d" */
            continue;
        }
        /* a ';' is read again next time: it ends the group */
        c->pos = m.stop == TOK_SEMI ? m.stop_at : m.resume;
        fill_mailbox(p, &m, c, out);
        return m.bad ? MXQ_MIME_ADDR_SYNTAX : MXQ_MIME_ADDR_ITEM;
    }
}

/* --------------------------------------------------------------- names */

enum name_piece { NAME_NONE, NAME_WORD, NAME_EW };

/* Writes a phrase's words with what separates them: white space within
 * a line as written, a fold or a comment as one space, nothing between
 * two encoded words (RFC 2047 §6.2). */
struct name_writer {
    struct mxq_mime_text *out;
    enum name_piece last;
    const char *ws;                   /* the pending separator, or NULL */
    size_t ws_n;
};

static void name_gap(struct name_writer *w, const char *ws, size_t n)
{
    if (w->ws != NULL || ws == NULL) {
        w->ws = " ";
        w->ws_n = 1;
    } else {
        w->ws = ws;
        w->ws_n = n;
    }
}

static void name_separate(struct name_writer *w, enum name_piece next)
{
    if (w->last != NAME_NONE && w->ws != NULL &&
        !(w->last == NAME_EW && next == NAME_EW))
        mxq_mime_text_put(w->out, w->ws, w->ws_n);
    w->ws = NULL;
    w->last = next;
}

/* A quoted string holding encoded words (not RFC 2047, but common) is an
 * encoded word to its neighbours. */
static bool quoted_encoded(const char *s, size_t n)
{
    return n >= 4 && s[0] == '=' && s[1] == '?' && s[n - 2] == '?' &&
           s[n - 1] == '=';
}

static void name_word(struct name_writer *w, const char *p,
                      const struct addr_tok *t)
{
    const char *s = p + t->start;
    size_t n = t->end - t->start;

    switch (t->kind) {
    case TOK_EW:
        name_separate(w, NAME_EW);
        mxq_mime_text_decode(s, n, MXQ_MIME_TEXT_UNSTRUCTURED, w->out);
        break;
    case TOK_QUOTED:
        name_separate(w, quoted_encoded(s + 1, n - 2) ? NAME_EW : NAME_WORD);
        mxq_mime_text_decode(s + 1, n - 2, MXQ_MIME_TEXT_QUOTED, w->out);
        break;
    default:
        name_separate(w, NAME_WORD);
        mxq_mime_text_put(w->out, s, n);
        break;
    }
}

/* The phrase: every word outside the angle brackets. */
static void write_phrase(const char *p, size_t n, struct mxq_mime_text *out)
{
    struct name_writer w = { out, NAME_NONE, NULL, 0 };
    bool in_angle = false;

    for (size_t i = 0; i < n;) {
        struct addr_tok t = addr_lex(p, n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        switch (t.kind) {
        case TOK_LT:
            in_angle = true;
            break;
        case TOK_GT:
            in_angle = false;
            name_gap(&w, NULL, 0);
            break;
        case TOK_WS:
            if (!in_angle)
                name_gap(&w, p + t.start, t.end - t.start);
            break;
        case TOK_FWS:
        case TOK_COMMENT:
            if (!in_angle)
                name_gap(&w, NULL, 0);
            break;
        default:
            if (!in_angle)
                name_word(&w, p, &t);
            break;
        }
    }
}

/* Every comment, decoded, one space between them; `open` before the
 * first. Returns whether one was written. */
static bool write_comments(const char *p, size_t n, const char *open,
                           struct mxq_mime_text *out)
{
    bool any = false;

    for (size_t i = 0; i < n;) {
        struct addr_tok t = addr_lex(p, n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        if (t.kind != TOK_COMMENT || t.comment != MXQ_MIME_COMMENT_OK)
            continue;
        size_t mark = out->len;
        bool truncated = out->truncated;
        const char *sep = any ? " " : open;
        mxq_mime_text_put(out, sep, strlen(sep));
        size_t text = out->len;
        mxq_mime_text_decode(p + t.start + 1, t.end - t.start - 2,
                             MXQ_MIME_TEXT_COMMENT, out);
        if (out->len == text && !out->truncated) {
            out->len = mark;              /* "()" says nothing */
            out->truncated = truncated;
            continue;
        }
        any = true;
    }
    return any;
}

bool mxq_mime_address_name(const struct mxq_mime_address *a,
                           struct mxq_mime_text *out)
{
    size_t mark = out->len;

    if (a->kind == MXQ_MIME_ADDR_GROUP_END)
        return false;
    /* without angle brackets the words are the address */
    if (a->kind == MXQ_MIME_ADDR_GROUP_START ||
        (a->flags & MXQ_MIME_ADDR_ANGLE))
        write_phrase(a->whole.p, a->whole.n, out);
    bool phrase = out->len > mark;
    if (write_comments(a->whole.p, a->whole.n, phrase ? " (" : "", out) &&
        phrase)
        mxq_mime_text_put(out, ")", 1);
    return out->len > mark;
}

void mxq_mime_address_text(struct mxq_slice s, struct mxq_mime_text *out)
{
    const char *ws = NULL;
    size_t ws_n = 0;
    bool line_start = true;           /* after a fold or a comment */

    for (size_t i = 0; i < s.n;) {
        struct addr_tok t = addr_lex(s.p, s.n, i);
        i = t.end;
        if (t.kind == TOK_END)
            break;
        switch (t.kind) {
        case TOK_WS:
            if (!line_start) {
                ws = s.p + t.start;
                ws_n = t.end - t.start;
            }
            break;
        case TOK_FWS:
        case TOK_COMMENT:
            ws = NULL;
            line_start = true;
            break;
        default:
            if (ws != NULL)
                mxq_mime_text_put(out, ws, ws_n);
            ws = NULL;
            line_start = false;
            mxq_mime_text_put(out, s.p + t.start, t.end - t.start);
            break;
        }
    }
}
