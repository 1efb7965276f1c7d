
#line 1 "grammar/data.rl"
/*
 * Message data framing. See data.h for the contract.
 *
 * Only CRLF "." CRLF ends DATA. A lone CR or LF is flagged and makes the
 * transaction fail, so no reading of the stream by a peer that treats
 * "\n.\n" or "\r.\r" as the end can put commands into ours: the SMTP
 * smuggling class (CVE-2023-51764/51765/51766) is closed by construction.
 */
#include "data.h"


#line 12 "gen/data.c"
static const int mxq_data_start = 1;

static const int mxq_data_en_main = 1;


#line 64 "grammar/data.rl"


void mxq_data_init(struct mxq_data_scanner *sc)
{
    sc->bare_cr = false;
    sc->bare_lf = false;
    sc->held_cr = false;
    
#line 23 "gen/data.c"
	{
	 sc->cs = mxq_data_start;
	}

#line 72 "grammar/data.rl"
}

size_t mxq_data_scan(struct mxq_data_scanner *sc, const char *data, size_t n,
                     mxq_data_sink *sink, void *ctx, bool *done)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;
    const unsigned char *span = p;

    *done = false;
    
#line 36 "gen/data.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch (  sc->cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 10u: goto tr1;
		case 13u: goto st3;
		case 46u: goto tr3;
	}
	goto st2;
tr1:
#line 17 "grammar/data.rl"
	{ sc->bare_lf = true; }
	goto st2;
tr4:
#line 16 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st2;
tr8:
#line 27 "grammar/data.rl"
	{ sc->held_cr = false; }
#line 16 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 65 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto tr1;
		case 13u: goto st3;
	}
	goto st2;
tr6:
#line 16 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st3;
tr10:
#line 27 "grammar/data.rl"
	{ sc->held_cr = false; }
#line 16 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 81 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto st1;
		case 13u: goto tr6;
	}
	goto tr4;
tr3:
#line 21 "grammar/data.rl"
	{
        if (p > span)
            sink(ctx, (const char *)span, (size_t)(p - span));
        span = p + 1;
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 97 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto tr1;
		case 13u: goto tr7;
	}
	goto st2;
tr7:
#line 26 "grammar/data.rl"
	{ sc->held_cr = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 109 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto tr9;
		case 13u: goto tr10;
	}
	goto tr8;
tr9:
#line 27 "grammar/data.rl"
	{ sc->held_cr = false; }
#line 28 "grammar/data.rl"
	{
        /* span is past the dot: the ".\r" withheld, nothing more to give. */
        *done = true;
        {p++;  sc->cs = 6; goto _out;}
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 126 "gen/data.c"
	goto st0;
st0:
 sc->cs = 0;
	goto _out;
	}
	_test_eof1:  sc->cs = 1; goto _test_eof; 
	_test_eof2:  sc->cs = 2; goto _test_eof; 
	_test_eof3:  sc->cs = 3; goto _test_eof; 
	_test_eof4:  sc->cs = 4; goto _test_eof; 
	_test_eof5:  sc->cs = 5; goto _test_eof; 
	_test_eof6:  sc->cs = 6; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 83 "grammar/data.rl"

    if (!*done) {
        const unsigned char *end = pe;
        /* A ".\r" at a line start may be the terminator: withhold the CR.
         * If an LF does not follow, the data is refused anyway. */
        if (sc->held_cr && end > span)
            end--;
        if (end > span)
            sink(ctx, (const char *)span, (size_t)(end - span));
    }
    return (size_t)(p - (const unsigned char *)data);
}


#line 154 "gen/data.c"
static const int mxq_lines_start = 0;

static const int mxq_lines_en_main = 0;


#line 120 "grammar/data.rl"


void mxq_lines_init(struct mxq_data_scanner *sc)
{
    sc->bare_cr = false;
    sc->bare_lf = false;
    sc->held_cr = false;
    
#line 165 "gen/data.c"
	{
	 sc->cs = mxq_lines_start;
	}

#line 128 "grammar/data.rl"
}

void mxq_lines_check(struct mxq_data_scanner *sc, const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;

    
#line 175 "gen/data.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch (  sc->cs )
	{
tr1:
#line 102 "grammar/data.rl"
	{ sc->bare_lf = true; }
	goto st0;
tr3:
#line 104 "grammar/data.rl"
	{ sc->held_cr = false; }
#line 101 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st0;
tr4:
#line 104 "grammar/data.rl"
	{ sc->held_cr = false; }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 194 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto tr1;
		case 13u: goto tr2;
	}
	goto st0;
tr2:
#line 103 "grammar/data.rl"
	{ sc->held_cr = true; }
	goto st1;
tr5:
#line 101 "grammar/data.rl"
	{ sc->bare_cr = true; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 209 "gen/data.c"
	switch( (*p) ) {
		case 10u: goto tr4;
		case 13u: goto tr5;
	}
	goto tr3;
	}
	_test_eof0:  sc->cs = 0; goto _test_eof; 
	_test_eof1:  sc->cs = 1; goto _test_eof; 

	_test_eof: {}
	}

#line 136 "grammar/data.rl"
}

void mxq_lines_finish(struct mxq_data_scanner *sc)
{
    if (sc->held_cr)
        sc->bare_cr = true;
}


#line 228 "gen/data.c"
static const int mxq_line_start = 1;

static const int mxq_line_en_main = 1;


#line 153 "grammar/data.rl"


size_t mxq_line_length(const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + n;
    bool found = false;
    int cs;

    
#line 241 "gen/data.c"
	{
	cs = mxq_line_start;
	}

#line 163 "grammar/data.rl"
    
#line 244 "gen/data.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto tr1;
	goto st1;
tr1:
#line 148 "grammar/data.rl"
	{ found = true; {p++; cs = 2; goto _out;} }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 263 "gen/data.c"
	goto st0;
st0:
cs = 0;
	goto _out;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 164 "grammar/data.rl"

    (void)mxq_line_en_main;
    return found ? (size_t)(p - (const unsigned char *)data) : 0;
}
