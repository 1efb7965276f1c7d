
#line 1 "grammar/mime_header.rl"
/*
 * The header section's framing. See mime_header.h for the contract.
 *
 * field      = field-name *WSP ":" body CRLF *(WSP body CRLF)
 *              (the *WSP before ':' is RFC 5322 §4.5's obs-optional)
 * field-name = 1*ftext, ftext = %d33-57 / %d59-126
 * body       = any octets but CR and LF (unstructured, obs-utext, and the
 *              UTF-8 of RFC 6532; what they mean is the field's machine's)
 * the end    = CRLF at the start of a line (the empty line), or the end
 *              of the message
 */
#include "mime_header.h"


#line 15 "gen/mime_header.c"
static const int mxq_header_start = 1;

static const int mxq_header_en_main = 1;


#line 96 "grammar/mime_header.rl"


static size_t pos(const struct mxq_header_scanner *sc, const unsigned char *p,
                  const unsigned char *start)
{
    return sc->offset + (size_t)(p - start);
}

static void fail(struct mxq_header_scanner *sc, enum mxq_header_status why,
                 size_t at)
{
    if (sc->status == MXQ_HEADER_MORE) {
        sc->status = why;
        sc->error_offset = at;
    }
}

/* A limit is broken even by the octet that would have ended the header
 * section. */
static void past_limit(struct mxq_header_scanner *sc,
                       enum mxq_header_status why, size_t at)
{
    if (sc->status == MXQ_HEADER_DONE)
        sc->status = MXQ_HEADER_MORE;
    fail(sc, why, at);
}

/* The field being read ends at `end`. */
static void emit(struct mxq_header_scanner *sc, size_t end,
                 mxq_header_field_fn *fn, void *ctx)
{
    sc->in_field = false;
    if (sc->fields == sc->limits.max_fields) {
        fail(sc, MXQ_HEADER_TOO_MANY_FIELDS, sc->field.start);
        return;
    }
    sc->fields++;
    sc->field.end = end;
    if (fn != NULL)
        fn(ctx, &sc->field);
}

void mxq_header_init(struct mxq_header_scanner *sc,
                     const struct mxq_header_limits *limits)
{
    *sc = (struct mxq_header_scanner){ .limits = *limits };
    
#line 65 "gen/mime_header.c"
	{
	 sc->cs = mxq_header_start;
	}

#line 143 "grammar/mime_header.rl"
}

enum mxq_header_status mxq_header_scan(struct mxq_header_scanner *sc,
                                       const char *data, size_t n,
                                       mxq_header_field_fn *fn, void *ctx,
                                       size_t *consumed)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n;

    if (sc->status != MXQ_HEADER_MORE) {
        if (consumed != NULL)
            *consumed = 0;
        return sc->status;
    }
    
#line 83 "gen/mime_header.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch (  sc->cs )
	{
case 1:
	if ( (*p) == 13u )
		goto tr1;
	if ( (*p) > 57u ) {
		if ( 59u <= (*p) && (*p) <= 126u )
			goto tr2;
	} else if ( (*p) >= 33u )
		goto tr2;
	goto tr0;
tr0:
#line 37 "grammar/mime_header.rl"
	{ fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start)); }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
tr3:
#line 38 "grammar/mime_header.rl"
	{
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = pos(sc, p, start) + 1;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
tr13:
#line 36 "grammar/mime_header.rl"
	{ emit(sc, pos(sc, p, start), fn, ctx); }
#line 37 "grammar/mime_header.rl"
	{ fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start)); }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 144 "gen/mime_header.c"
	goto st0;
st0:
 sc->cs = 0;
	goto _out;
tr1:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 2; goto _out;}
    }
	goto st2;
tr14:
#line 36 "grammar/mime_header.rl"
	{ emit(sc, pos(sc, p, start), fn, ctx); }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 2; goto _out;}
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 177 "gen/mime_header.c"
	if ( (*p) == 10u )
		goto tr3;
	goto tr0;
tr5:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 3; goto _out;}
    }
	goto st3;
tr2:
#line 22 "grammar/mime_header.rl"
	{
        sc->field.start = pos(sc, p, start);
        sc->field.eight_bit = false;
        sc->in_field = true;
        sc->have_colon = false;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 3; goto _out;}
    }
	goto st3;
tr15:
#line 36 "grammar/mime_header.rl"
	{ emit(sc, pos(sc, p, start), fn, ctx); }
#line 22 "grammar/mime_header.rl"
	{
        sc->field.start = pos(sc, p, start);
        sc->field.eight_bit = false;
        sc->in_field = true;
        sc->have_colon = false;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 3; goto _out;}
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 233 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto tr4;
		case 32u: goto tr4;
		case 58u: goto tr6;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto tr5;
	goto tr0;
tr7:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 4; goto _out;}
    }
	goto st4;
tr4:
#line 28 "grammar/mime_header.rl"
	{
        sc->field.name_len = pos(sc, p, start) - sc->field.start;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 4; goto _out;}
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 272 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto tr7;
		case 32u: goto tr7;
		case 58u: goto tr8;
	}
	goto tr0;
tr9:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 5; goto _out;}
    }
	goto st5;
tr6:
#line 28 "grammar/mime_header.rl"
	{
        sc->field.name_len = pos(sc, p, start) - sc->field.start;
    }
#line 31 "grammar/mime_header.rl"
	{
        sc->field.body_start = pos(sc, p, start) + 1;
        sc->have_colon = true;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 5; goto _out;}
    }
	goto st5;
tr8:
#line 31 "grammar/mime_header.rl"
	{
        sc->field.body_start = pos(sc, p, start) + 1;
        sc->have_colon = true;
    }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 5; goto _out;}
    }
	goto st5;
tr11:
#line 35 "grammar/mime_header.rl"
	{ sc->field.eight_bit = true; }
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 5; goto _out;}
    }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 342 "gen/mime_header.c"
	switch( (*p) ) {
		case 10u: goto tr0;
		case 13u: goto tr10;
	}
	if ( (*p) <= 127u )
		goto tr9;
	goto tr11;
tr10:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 6; goto _out;}
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 365 "gen/mime_header.c"
	if ( (*p) == 10u )
		goto tr12;
	goto tr0;
tr12:
#line 44 "grammar/mime_header.rl"
	{
        if (*p == '\n')
            sc->line_len = 0;
        else if (*p != '\r' && ++sc->line_len > sc->limits.max_line)
            past_limit(sc, MXQ_HEADER_LINE_TOO_LONG, pos(sc, p, start));
        if (pos(sc, p, start) >= sc->limits.max_size)
            past_limit(sc, MXQ_HEADER_TOO_LARGE, pos(sc, p, start));
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 7; goto _out;}
    }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 384 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto tr9;
		case 13u: goto tr14;
		case 32u: goto tr9;
	}
	if ( (*p) > 57u ) {
		if ( 59u <= (*p) && (*p) <= 126u )
			goto tr15;
	} else if ( (*p) >= 33u )
		goto tr15;
	goto tr13;
	}
	_test_eof8:  sc->cs = 8; goto _test_eof; 
	_test_eof2:  sc->cs = 2; goto _test_eof; 
	_test_eof3:  sc->cs = 3; goto _test_eof; 
	_test_eof4:  sc->cs = 4; goto _test_eof; 
	_test_eof5:  sc->cs = 5; goto _test_eof; 
	_test_eof6:  sc->cs = 6; goto _test_eof; 
	_test_eof7:  sc->cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 159 "grammar/mime_header.rl"

    size_t used = (size_t)(p - start);
    sc->offset += used;
    if (consumed != NULL)
        *consumed = used;
    return sc->status;
}

enum mxq_header_status mxq_header_finish(struct mxq_header_scanner *sc,
                                         mxq_header_field_fn *fn, void *ctx)
{
    if (sc->status != MXQ_HEADER_MORE)
        return sc->status;
    if (sc->in_field && !sc->have_colon) {
        fail(sc, MXQ_HEADER_MALFORMED, sc->offset);
        return sc->status;
    }
    if (sc->in_field)
        emit(sc, sc->offset, fn, ctx);
    if (sc->status == MXQ_HEADER_MORE) {
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = sc->offset;
    }
    return sc->status;
}
