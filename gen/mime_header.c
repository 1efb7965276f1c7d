
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


#line 108 "grammar/mime_header.rl"


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

/* Is the line being read, up to offset `at`, within max_line? When it is
 * not, the limit broke at its first octet past max_line (CR and LF do not
 * count), before anything that happened after that octet. */
static bool line_fits(struct mxq_header_scanner *sc, size_t at)
{
    if (at - sc->line_start <= sc->limits.max_line)
        return true;
    fail(sc, MXQ_HEADER_LINE_TOO_LONG, sc->line_start + sc->limits.max_line);
    return false;
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
    
#line 66 "gen/mime_header.c"
	{
	 sc->cs = mxq_header_start;
	}

#line 156 "grammar/mime_header.rl"
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
    /* The octet at offset max_size breaks that limit, after what it does
     * itself (even when it would have ended the header section). */
    size_t room = sc->limits.max_size - sc->offset;
    bool clamped = n > room;
    if (clamped)
        pe = start + room + 1;
    
#line 90 "gen/mime_header.c"
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
#line 45 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start)))
            fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start));
        {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
tr3:
#line 51 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start) - 1))
            fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start));
        {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
tr4:
#line 61 "grammar/mime_header.rl"
	{
        sc->status = MXQ_HEADER_DONE;
        sc->body_offset = pos(sc, p, start) + 1;
        {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
tr14:
#line 39 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start)))
            emit(sc, pos(sc, p, start), fn, ctx);
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 8; goto _out;}
    }
#line 45 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start)))
            fail(sc, MXQ_HEADER_MALFORMED, pos(sc, p, start));
        {p++;  sc->cs = 8; goto _out;}
    }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 142 "gen/mime_header.c"
	goto st0;
st0:
 sc->cs = 0;
	goto _out;
tr1:
#line 56 "grammar/mime_header.rl"
	{
        if (!line_fits(sc, pos(sc, p, start)))
            {p++;  sc->cs = 2; goto _out;}
    }
	goto st2;
tr15:
#line 39 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start)))
            emit(sc, pos(sc, p, start), fn, ctx);
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 2; goto _out;}
    }
#line 56 "grammar/mime_header.rl"
	{
        if (!line_fits(sc, pos(sc, p, start)))
            {p++;  sc->cs = 2; goto _out;}
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 168 "gen/mime_header.c"
	if ( (*p) == 10u )
		goto tr4;
	goto tr3;
tr2:
#line 22 "grammar/mime_header.rl"
	{
        sc->field.start = pos(sc, p, start);
        sc->field.eight_bit = false;
        sc->in_field = true;
        sc->have_colon = false;
    }
	goto st3;
tr16:
#line 39 "grammar/mime_header.rl"
	{
        if (line_fits(sc, pos(sc, p, start)))
            emit(sc, pos(sc, p, start), fn, ctx);
        if (sc->status != MXQ_HEADER_MORE)
            {p++;  sc->cs = 3; goto _out;}
    }
#line 22 "grammar/mime_header.rl"
	{
        sc->field.start = pos(sc, p, start);
        sc->field.eight_bit = false;
        sc->in_field = true;
        sc->have_colon = false;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 197 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 58u: goto tr7;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st3;
	goto tr0;
tr5:
#line 28 "grammar/mime_header.rl"
	{
        sc->field.name_len = pos(sc, p, start) - sc->field.start;
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 214 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 58u: goto tr9;
	}
	goto tr0;
tr7:
#line 28 "grammar/mime_header.rl"
	{
        sc->field.name_len = pos(sc, p, start) - sc->field.start;
    }
#line 31 "grammar/mime_header.rl"
	{
        sc->field.body_start = pos(sc, p, start) + 1;
        sc->have_colon = true;
    }
	goto st5;
tr9:
#line 31 "grammar/mime_header.rl"
	{
        sc->field.body_start = pos(sc, p, start) + 1;
        sc->have_colon = true;
    }
	goto st5;
tr12:
#line 35 "grammar/mime_header.rl"
	{ sc->field.eight_bit = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 242 "gen/mime_header.c"
	switch( (*p) ) {
		case 10u: goto tr0;
		case 13u: goto tr11;
	}
	if ( (*p) <= 127u )
		goto st5;
	goto tr12;
tr11:
#line 56 "grammar/mime_header.rl"
	{
        if (!line_fits(sc, pos(sc, p, start)))
            {p++;  sc->cs = 6; goto _out;}
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 259 "gen/mime_header.c"
	if ( (*p) == 10u )
		goto tr13;
	goto tr3;
tr13:
#line 60 "grammar/mime_header.rl"
	{ sc->line_start = pos(sc, p, start) + 1; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 269 "gen/mime_header.c"
	switch( (*p) ) {
		case 9u: goto st5;
		case 13u: goto tr15;
		case 32u: goto st5;
	}
	if ( (*p) > 57u ) {
		if ( 59u <= (*p) && (*p) <= 126u )
			goto tr16;
	} else if ( (*p) >= 33u )
		goto tr16;
	goto tr14;
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

#line 178 "grammar/mime_header.rl"

    size_t end = pos(sc, p, start);
    if (sc->status == MXQ_HEADER_MORE) {
        /* the line read so far, a CR that may start its CRLF not counted */
        bool cr = p > start && p[-1] == '\r';
        (void)line_fits(sc, cr ? end - 1 : end);
    }
    if (clamped && end > sc->limits.max_size &&
        (sc->status == MXQ_HEADER_MORE || sc->status == MXQ_HEADER_DONE)) {
        sc->status = MXQ_HEADER_MORE;
        fail(sc, MXQ_HEADER_TOO_LARGE, sc->limits.max_size);
    }
    /* A long line is found late: nothing past its first octet over the
     * limit counts as scanned. */
    if (sc->status == MXQ_HEADER_LINE_TOO_LONG && end > sc->error_offset + 1)
        end = sc->error_offset + 1;
    size_t used = end - sc->offset;
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
