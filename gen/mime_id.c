
#line 1 "grammar/mime_id.rl"
/*
 * Message ids: Message-ID, In-Reply-To, References. See mime_id.h for the
 * contract and the leniencies.
 *
 * A scanner cuts the body into white space, comments (grammar/mime_text.rl's
 * comment scanner, which bounds their depth), bracketed and bare ids; a
 * second machine says whether an id is strict and where its last '@' is.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "mime_id.h"
#include "mime_text.h"

enum id_kind {
    ID_END,            /* a line end that is not a fold, or no more input */
    ID_SPACE,          /* white space, folds, commas */
    ID_COMMENT,        /* '(' */
    ID_BRACKETED,      /* '<' ... '>' */
    ID_BARE,           /* an id without brackets */
    ID_BAD             /* an octet no id holds here */
};

struct id_tok {
    enum id_kind kind;
    size_t start, end;
};

#define ID_TOKEN(k)                                                         \
    do {                                                                    \
        tok.kind = (k);                                                     \
        tok.start = (size_t)(ts - base);                                    \
        tok.end = (size_t)(te - base);                                      \
    } while (0)


#line 44 "gen/mime_id.c"
static const int mxq_mime_id_lex_start = 5;


#line 64 "grammar/mime_id.rl"


static struct id_tok id_lex(const char *text, size_t n, size_t pos)
{
    const unsigned char *base = (const unsigned char *)text;
    struct id_tok tok = { ID_END, n, n };

    if (pos >= n)
        return tok;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    int cs, act = 0;

    
#line 59 "gen/mime_id.c"
	{
	cs = mxq_mime_id_lex_start;
	ts = 0;
	te = 0;
	act = 0;
	}

#line 78 "grammar/mime_id.rl"
    
#line 65 "gen/mime_id.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 55 "grammar/mime_id.rl"
	{{p = ((te))-1;}{ ID_TOKEN(ID_SPACE); {p++; cs = 5; goto _out;} }}
	goto st5;
tr3:
#line 60 "grammar/mime_id.rl"
	{{p = ((te))-1;}{ ID_TOKEN(ID_BAD); {p++; cs = 5; goto _out;} }}
	goto st5;
tr7:
#line 58 "grammar/mime_id.rl"
	{te = p+1;{ ID_TOKEN(ID_BRACKETED); {p++; cs = 5; goto _out;} }}
	goto st5;
tr11:
#line 57 "grammar/mime_id.rl"
	{te = p+1;{ ID_TOKEN(ID_COMMENT); {p++; cs = 5; goto _out;} }}
	goto st5;
tr12:
#line 60 "grammar/mime_id.rl"
	{te = p+1;{ ID_TOKEN(ID_BAD); {p++; cs = 5; goto _out;} }}
	goto st5;
tr14:
#line 59 "grammar/mime_id.rl"
	{te = p;p--;{ ID_TOKEN(ID_BARE); {p++; cs = 5; goto _out;} }}
	goto st5;
tr15:
#line 55 "grammar/mime_id.rl"
	{te = p;p--;{ ID_TOKEN(ID_SPACE); {p++; cs = 5; goto _out;} }}
	goto st5;
tr17:
#line 56 "grammar/mime_id.rl"
	{te = p;p--;{ ID_TOKEN(ID_END); {p++; cs = 5; goto _out;} }}
	goto st5;
tr18:
#line 60 "grammar/mime_id.rl"
	{te = p;p--;{ ID_TOKEN(ID_BAD); {p++; cs = 5; goto _out;} }}
	goto st5;
st5:
#line 1 "NONE"
	{ts = 0;}
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 1 "NONE"
	{ts = p;}
#line 103 "gen/mime_id.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto st8;
		case 13u: goto st9;
		case 32u: goto tr1;
		case 40u: goto tr11;
		case 41u: goto tr12;
		case 44u: goto tr1;
		case 60u: goto tr13;
		case 62u: goto tr12;
	}
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 13u: goto tr14;
		case 32u: goto tr14;
		case 44u: goto tr14;
		case 60u: goto tr14;
		case 62u: goto tr14;
	}
	if ( (*p) > 10u ) {
		if ( 40u <= (*p) && (*p) <= 41u )
			goto tr14;
	} else if ( (*p) >= 9u )
		goto tr14;
	goto st6;
tr1:
#line 1 "NONE"
	{te = p+1;}
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 139 "gen/mime_id.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto st0;
		case 13u: goto st1;
		case 32u: goto tr1;
		case 44u: goto tr1;
	}
	goto tr15;
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
	goto tr0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 9u: goto tr1;
		case 32u: goto tr1;
	}
	goto tr17;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 10u )
		goto st8;
	goto tr18;
tr13:
#line 1 "NONE"
	{te = p+1;}
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 186 "gen/mime_id.c"
	switch( (*p) ) {
		case 10u: goto st3;
		case 13u: goto st4;
		case 60u: goto tr18;
		case 62u: goto tr7;
	}
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 10u: goto st3;
		case 13u: goto st4;
		case 60u: goto tr3;
		case 62u: goto tr7;
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
	}
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 6: goto tr14;
	case 7: goto tr15;
	case 0: goto tr0;
	case 1: goto tr0;
	case 8: goto tr17;
	case 9: goto tr18;
	case 10: goto tr18;
	case 2: goto tr3;
	case 3: goto tr3;
	case 4: goto tr3;
	}
	}

	_out: {}
	}

#line 79 "grammar/mime_id.rl"
    (void)act;
    (void)ts;
    if (tok.end <= pos) /* cannot happen: `any` matches every octet */
        tok = (struct id_tok){ ID_BAD, pos, pos + 1 };
    return tok;
}

/* Whether an id's inside is the strict msg-id, and where its last '@' is. */

#line 260 "gen/mime_id.c"
static const int mxq_mime_id_strict_start = 1;
static const int mxq_mime_id_strict_first_final = 6;


#line 98 "grammar/mime_id.rl"


static bool id_strict(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    int cs;

    
#line 270 "gen/mime_id.c"
	{
	cs = mxq_mime_id_strict_start;
	}

#line 106 "grammar/mime_id.rl"
    
#line 273 "gen/mime_id.c"
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
		case 34u: goto st0;
		case 44u: goto st0;
		case 46u: goto st0;
		case 62u: goto st0;
		case 64u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st0;
		} else if ( (*p) >= 58u )
			goto st0;
	} else
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
		case 34u: goto st0;
		case 44u: goto st0;
		case 46u: goto st1;
		case 62u: goto st0;
		case 64u: goto st3;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st0;
		} else if ( (*p) >= 58u )
			goto st0;
	} else
		goto st0;
	goto st2;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 34u: goto st0;
		case 44u: goto st0;
		case 46u: goto st0;
		case 62u: goto st0;
		case 64u: goto st0;
		case 91u: goto st5;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 92u <= (*p) && (*p) <= 93u )
				goto st0;
		} else if ( (*p) >= 58u )
			goto st0;
	} else
		goto st0;
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 34u: goto st0;
		case 44u: goto st0;
		case 46u: goto st4;
		case 62u: goto st0;
		case 64u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st0;
		} else if ( (*p) >= 58u )
			goto st0;
	} else
		goto st0;
	goto st6;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 34u: goto st0;
		case 44u: goto st0;
		case 46u: goto st0;
		case 62u: goto st0;
		case 64u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) < 40u ) {
		if ( (*p) <= 32u )
			goto st0;
	} else if ( (*p) > 41u ) {
		if ( (*p) > 60u ) {
			if ( 91u <= (*p) && (*p) <= 93u )
				goto st0;
		} else if ( (*p) >= 58u )
			goto st0;
	} else
		goto st0;
	goto st6;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 93u: goto st7;
		case 127u: goto st0;
	}
	if ( (*p) > 32u ) {
		if ( 91u <= (*p) && (*p) <= 92u )
			goto st0;
	} else
		goto st0;
	goto st5;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 107 "grammar/mime_id.rl"
    return p == pe && cs >= mxq_mime_id_strict_first_final;
}


#line 436 "gen/mime_id.c"
static const int mxq_mime_id_at_start = 0;


#line 118 "grammar/mime_id.rl"


/* The last '@' of text[0..n), or NULL. */
static const char *id_last_at(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    const unsigned char *at = NULL;
    int cs;

    
#line 447 "gen/mime_id.c"
	{
	cs = mxq_mime_id_at_start;
	}

#line 128 "grammar/mime_id.rl"
    
#line 450 "gen/mime_id.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr1:
#line 114 "grammar/mime_id.rl"
	{ at = p; }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 462 "gen/mime_id.c"
	if ( (*p) == 64u )
		goto tr1;
	goto st0;
	}
	_test_eof0: cs = 0; goto _test_eof; 

	_test_eof: {}
	}

#line 129 "grammar/mime_id.rl"
    return (const char *)at;
}

static bool id_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void id_fill(const char *s, size_t n, bool bracketed,
                    struct mxq_mime_id *out)
{
    const char *at = id_last_at(s, n);

    out->id = (struct mxq_slice){ s, n };
    out->bracketed = bracketed;
    out->strict = id_strict(s, n);
    if (at == NULL) {
        out->left = out->id;
        out->right = (struct mxq_slice){ s + n, 0 };
    } else {
        out->left = (struct mxq_slice){ s, (size_t)(at - s) };
        out->right = (struct mxq_slice){ at + 1, n - (size_t)(at - s) - 1 };
    }
}

enum mxq_mime_id_status mxq_mime_id_next(const char *p, size_t n, size_t *pos,
                                         struct mxq_mime_id *out)
{
    size_t i = *pos;

    for (;;) {
        struct id_tok tok = id_lex(p, n, i);
        size_t a = tok.start, b = tok.end;

        switch (tok.kind) {
        case ID_END:
            *pos = tok.start;
            return MXQ_MIME_ID_END;
        case ID_SPACE:
            break;
        case ID_COMMENT:
            if (mxq_mime_comment_end(p, n, tok.start, &b) !=
                MXQ_MIME_COMMENT_OK) {
                *pos = b;
                return MXQ_MIME_ID_SYNTAX;
            }
            break;
        case ID_BRACKETED: {
            /* the inside, without the white space at its ends */
            size_t from = a + 1, to = b - 1;
            while (from < to && id_space(p[from]))
                from++;
            while (to > from && id_space(p[to - 1]))
                to--;
            if (from == to)
                break;                    /* "<>" */
            id_fill(p + from, to - from, true, out);
            *pos = tok.end;
            return MXQ_MIME_ID_ITEM;
        }
        case ID_BARE:
            id_fill(p + a, b - a, false, out);
            *pos = tok.end;
            return MXQ_MIME_ID_ITEM;
        case ID_BAD:
            *pos = tok.end;
            return MXQ_MIME_ID_SYNTAX;
        }
        i = b;
    }
}
