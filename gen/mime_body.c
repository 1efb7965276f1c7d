
#line 1 "grammar/mime_body.rl"
/*
 * MIME bodies: delimiter lines and the two transfer encodings. See
 * mime_body.h for the contract.
 */
#include <string.h>

#include "mime_body.h"

typedef const unsigned char *uptr;

/* ------------------------------------------------------------ delimiters */


#line 14 "gen/mime_body.c"
static const int mime_delimiter_tail_start = 3;
static const int mime_delimiter_tail_first_final = 3;


#line 23 "grammar/mime_body.rl"


/* Is the line at q[0..pe) the rest of a delimiter line? */
static bool delimiter_tail(uptr q, uptr pe, bool *closing, uptr *next)
{
    uptr p = q, line_end = NULL;
    bool closing_flag = false;
    int cs;

    
#line 26 "gen/mime_body.c"
	{
	cs = mime_delimiter_tail_start;
	}

#line 33 "grammar/mime_body.rl"
    
#line 29 "gen/mime_body.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 3:
	switch( (*p) ) {
		case 9u: goto st4;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st4;
		case 45u: goto st2;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 19 "grammar/mime_body.rl"
	{ closing_flag = true; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 53 "gen/mime_body.c"
	switch( (*p) ) {
		case 9u: goto st4;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st4;
	}
	goto st0;
tr0:
#line 20 "grammar/mime_body.rl"
	{ line_end = p + 1; {p++; cs = 5; goto _out;} }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 67 "gen/mime_body.c"
	goto st0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto tr0;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 45u )
		goto tr2;
	goto st0;
	}
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 34 "grammar/mime_body.rl"
    if (line_end != NULL) {
        *next = line_end;
    } else if (p == pe && cs >= mime_delimiter_tail_first_final) {
        /* the body ends on the delimiter line: no line break needed */
        *next = pe;
    } else {
        return false;
    }
    *closing = closing_flag;
    return true;
}

struct delimiter_search {
    uptr start, from, end;
    const char *boundary;
    size_t boundary_len;
    struct mxq_mime_delimiter *out;
};

/* Does a delimiter line start at `line`? Fills out when it does. */
static bool delimiter_at(const struct delimiter_search *s, uptr line)
{
    size_t left = (size_t)(s->end - line);
    uptr next;
    bool closing;

    if (left < 2 + s->boundary_len || line[0] != '-' || line[1] != '-' ||
        memcmp(line + 2, s->boundary, s->boundary_len) != 0 ||
        !delimiter_tail(line + 2 + s->boundary_len, s->end, &closing, &next))
        return false;
    /* the line break before it belongs to the delimiter */
    uptr body_end = line;
    if (body_end > s->from && body_end[-1] == '\n')
        body_end--;
    if (body_end > s->from && body_end[-1] == '\r')
        body_end--;
    s->out->body_end = (size_t)(body_end - s->start);
    s->out->next = (size_t)(next - s->start);
    s->out->closing = closing;
    return true;
}


#line 133 "gen/mime_body.c"
static const int mime_lines_start = 1;


#line 90 "grammar/mime_body.rl"


bool mxq_mime_find_delimiter(const char *text, size_t n, size_t from,
                             const char *boundary, size_t boundary_len,
                             struct mxq_mime_delimiter *out)
{
    uptr start = (uptr)text;
    struct delimiter_search s = {start, start + from, start + n, boundary,
                                 boundary_len, out};
    bool found = false;

    if (from > n || boundary_len == 0 ||
        boundary_len > MXQ_MIME_BOUNDARY_MAX)
        return false;
    if (delimiter_at(&s, start + from))
        return true;

    uptr p = start + from, pe = start + n;
    int cs;
    
#line 154 "gen/mime_body.c"
	{
	cs = mime_lines_start;
	}

#line 110 "grammar/mime_body.rl"
    
#line 157 "gen/mime_body.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr1:
#line 81 "grammar/mime_body.rl"
	{
        if (p + 1 < pe && delimiter_at(&s, p + 1)) {
            found = true;
            {p++; cs = 1; goto _out;}
        }
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 174 "gen/mime_body.c"
	if ( (*p) == 10u )
		goto tr1;
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	if ( (*p) == 10u )
		goto tr1;
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 111 "grammar/mime_body.rl"
    return found;
}

/* ------------------------------------------------------ quoted-printable */

static unsigned hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    return (unsigned)((c | 0x20) - 'a' + 10);
}


#line 203 "gen/mime_body.c"
static const int mime_qp_start = 0;


#line 216 "grammar/mime_body.rl"


enum qp_pending { P_NONE, P_CR, P_EQ, P_EQ_HEX, P_EQ_PAD, P_EQ_CR };
#define NONE ((size_t)-1)

size_t mxq_mime_qp_decode(const char *text, size_t n, char *out)
{
    uptr p = (uptr)text, pe = p + n;
    size_t used = 0, hold = NONE, soft = 0;
    enum qp_pending pending = P_NONE;
    unsigned char hi = 0;
    bool padded = false;
    int cs;

    
#line 219 "gen/mime_body.c"
	{
	cs = mime_qp_start;
	}

#line 231 "grammar/mime_body.rl"
    
#line 222 "gen/mime_body.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 131 "grammar/mime_body.rl"
	{ hold = NONE; out[used++] = (char)(*p); pending = P_NONE; }
	goto st0;
tr1:
#line 132 "grammar/mime_body.rl"
	{
        if (hold == NONE)
            hold = used;
        out[used++] = (char)(*p);
        pending = P_NONE;
    }
	goto st0;
tr2:
#line 138 "grammar/mime_body.rl"
	{
        if (hold != NONE)
            used = hold;
        hold = NONE;
        if (pending == P_CR)
            out[used++] = '\r';
        out[used++] = '\n';
        pending = P_NONE;
    }
	goto st0;
tr5:
#line 147 "grammar/mime_body.rl"
	{ hold = NONE; out[used++] = '\r'; pending = P_NONE; p--; }
	goto st0;
tr6:
#line 157 "grammar/mime_body.rl"
	{
        out[used++] = '=';
        if (pending == P_EQ_HEX)
            out[used++] = (char)hi;
        pending = P_NONE;
        p--;
    }
	goto st0;
tr8:
#line 150 "grammar/mime_body.rl"
	{ used = soft; pending = P_NONE; }
	goto st0;
tr11:
#line 167 "grammar/mime_body.rl"
	{ pending = P_NONE; p--; }
	goto st0;
tr13:
#line 170 "grammar/mime_body.rl"
	{
        if (!padded)
            out[used++] = '=';
        out[used++] = '\r';
        pending = P_NONE;
        p--;
    }
	goto st0;
tr14:
#line 152 "grammar/mime_body.rl"
	{
        out[used++] = (char)(hex_value(hi) * 16 + hex_value((*p)));
        pending = P_NONE;
    }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 286 "gen/mime_body.c"
	switch( (*p) ) {
		case 9u: goto tr1;
		case 10u: goto tr2;
		case 13u: goto tr3;
		case 32u: goto tr1;
		case 61u: goto tr4;
	}
	goto tr0;
tr3:
#line 148 "grammar/mime_body.rl"
	{ pending = P_CR; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 301 "gen/mime_body.c"
	if ( (*p) == 10u )
		goto tr2;
	goto tr5;
tr4:
#line 149 "grammar/mime_body.rl"
	{ soft = used; hold = NONE; pending = P_EQ; padded = false; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 311 "gen/mime_body.c"
	switch( (*p) ) {
		case 9u: goto tr7;
		case 10u: goto tr8;
		case 13u: goto tr9;
		case 32u: goto tr7;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr10;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr10;
	} else
		goto tr10;
	goto tr6;
tr7:
#line 164 "grammar/mime_body.rl"
	{ out[used++] = '='; out[used++] = (char)(*p);
                       pending = P_EQ_PAD; padded = true; }
	goto st3;
tr12:
#line 166 "grammar/mime_body.rl"
	{ out[used++] = (char)(*p); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 337 "gen/mime_body.c"
	switch( (*p) ) {
		case 9u: goto tr12;
		case 10u: goto tr8;
		case 13u: goto tr9;
		case 32u: goto tr12;
	}
	goto tr11;
tr9:
#line 168 "grammar/mime_body.rl"
	{ pending = P_EQ_CR; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 351 "gen/mime_body.c"
	if ( (*p) == 10u )
		goto tr8;
	goto tr13;
tr10:
#line 151 "grammar/mime_body.rl"
	{ hi = (*p); pending = P_EQ_HEX; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 361 "gen/mime_body.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr14;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr14;
	} else
		goto tr14;
	goto tr6;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	}

#line 232 "grammar/mime_body.rl"
    switch (pending) {
    case P_CR:
        out[used++] = '\r';
        break;
    case P_EQ_HEX:
        out[used++] = '=';
        out[used++] = (char)hi;
        break;
    case P_EQ:
    case P_EQ_PAD:
    case P_EQ_CR:
        used = soft; /* an "=" at the very end is a soft line break */
        break;
    case P_NONE:
        if (hold != NONE)
            used = hold; /* blanks at the end of the data */
        break;
    }
    return used;
}
#undef NONE

/* ---------------------------------------------------------------- base64 */

static unsigned b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A');
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a') + 26;
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0') + 52;
    return c == '+' ? 62u : 63u;
}


#line 415 "gen/mime_body.c"
static const int mime_base64_start = 0;


#line 293 "grammar/mime_body.rl"


size_t mxq_mime_base64_decode(const char *text, size_t n, char *out,
                              bool *clean)
{
    uptr p = (uptr)text, pe = p + n;
    size_t used = 0;
    unsigned long bits = 0;
    unsigned count = 0;
    bool clean_so_far = true;
    int cs;

    
#line 429 "gen/mime_body.c"
	{
	cs = mime_base64_start;
	}

#line 306 "grammar/mime_body.rl"
    
#line 432 "gen/mime_body.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 281 "grammar/mime_body.rl"
	{ clean_so_far = false; }
	goto st0;
tr2:
#line 271 "grammar/mime_body.rl"
	{
        bits = bits << 6 | b64_value((*p));
        if (++count == 4) {
            out[used++] = (char)(bits >> 16);
            out[used++] = (char)(bits >> 8);
            out[used++] = (char)bits;
            bits = 0;
            count = 0;
        }
    }
	goto st0;
tr3:
#line 282 "grammar/mime_body.rl"
	{ {p++; cs = 0; goto _out;} }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 459 "gen/mime_body.c"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto st0;
		case 43u: goto tr2;
		case 61u: goto tr3;
	}
	if ( (*p) < 47u ) {
		if ( 9u <= (*p) && (*p) <= 10u )
			goto st0;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr2;
		} else if ( (*p) >= 65u )
			goto tr2;
	} else
		goto tr2;
	goto tr0;
	}
	_test_eof0: cs = 0; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 307 "grammar/mime_body.rl"
    /* a final group of 2 or 3 sextets holds 1 or 2 octets */
    if (count == 2) {
        out[used++] = (char)(bits >> 4);
    } else if (count == 3) {
        out[used++] = (char)(bits >> 10);
        out[used++] = (char)(bits >> 2);
    } else if (count == 1) {
        clean_so_far = false;
    }
    *clean = clean_so_far;
    return used;
}
