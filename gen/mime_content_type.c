
#line 1 "grammar/mime_content_type.rl"
/*
 * Content-Type, Content-Disposition and Content-Transfer-Encoding field
 * bodies. See mime_content_type.h for the contract and the leniency.
 *
 * content   = CFWS type [CFWS "/" CFWS [subtype]] params
 * params    = *( sep / param ), sep = ";" / CFWS
 * param     = name [CFWS] "=" [CFWS] ( token-ish / quoted-string )
 * name      = attribute [ "*" section ] [ "*" ]      (RFC 2231 §3, §4)
 *
 * Comments nest, which a finite machine cannot count: every machine that
 * reads CFWS calls the one `comment` machine (fcall), which keeps the
 * depth in a counter and returns when it is back to zero. Inside a body's
 * extent every LF is a fold (the extent stops at the first one that is
 * not), so a line break is just a blank here.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "mime_content_type.h"

/* Digits an RFC 2231 section number may have (fits an unsigned long). */
#define SECTION_DIGITS_MAX 9


#line 62 "grammar/mime_content_type.rl"


/* ------------------------------------------------------------- extent */


#line 37 "gen/mime_content_type.c"
static const int mxq_mime_extent_start = 0;

static const int mxq_mime_extent_en_main = 0;


#line 96 "grammar/mime_content_type.rl"


size_t mxq_mime_field_extent(const char *data, size_t n)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n, *mark = pe;
    bool after_break = false;
    int cs;

    
#line 50 "gen/mime_content_type.c"
	{
	cs = mxq_mime_extent_start;
	}

#line 106 "grammar/mime_content_type.rl"
    
#line 53 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr3:
#line 73 "grammar/mime_content_type.rl"
	{ {p++; cs = 0; goto _out;} }
	goto st0;
tr4:
#line 72 "grammar/mime_content_type.rl"
	{ after_break = false; }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 68 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 10u: goto tr1;
		case 13u: goto tr2;
	}
	goto st0;
tr1:
#line 70 "grammar/mime_content_type.rl"
	{ mark = p; }
#line 71 "grammar/mime_content_type.rl"
	{ after_break = true; }
	goto st1;
tr5:
#line 71 "grammar/mime_content_type.rl"
	{ after_break = true; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 84 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 9u: goto tr4;
		case 32u: goto tr4;
	}
	goto tr3;
tr2:
#line 70 "grammar/mime_content_type.rl"
	{ mark = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 96 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 10u: goto tr5;
		case 13u: goto tr2;
	}
	goto st0;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 107 "grammar/mime_content_type.rl"
    return after_break ? (size_t)(mark - start) : n;
}

/* ----------------------------------------------------- type, subtype */


#line 114 "gen/mime_content_type.c"
static const int mxq_content_type_start = 1;
static const int mxq_content_type_first_final = 8;
static const int mxq_content_type_error = 0;

static const int mxq_content_type_en_comment = 6;
static const int mxq_content_type_en_main = 1;


#line 157 "grammar/mime_content_type.rl"


enum open_item { OPEN_NONE, OPEN_TYPE, OPEN_SUBTYPE };

bool mxq_content_type_parse(const char *data, size_t n,
                            struct mxq_content_type *out)
{
    const unsigned char *start = (const unsigned char *)data;
    size_t end = mxq_mime_field_extent(data, n);
    const unsigned char *p = start, *pe = start + end;
    const unsigned char *type_b = NULL, *type_e = NULL;
    const unsigned char *sub_b = NULL, *sub_e = NULL, *params = NULL;
    enum open_item open = OPEN_NONE;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    
#line 138 "gen/mime_content_type.c"
	{
	cs = mxq_content_type_start;
	top = 0;
	}

#line 175 "grammar/mime_content_type.rl"
    
#line 142 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch ( cs ) {
		case 1: goto st1;
		case 2: goto st2;
		case 3: goto st3;
		case 8: goto st8;
		case 0: goto st0;
		case 4: goto st4;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
tr2:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 1;goto st6;}
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 176 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st1;
		case 32u: goto st1;
		case 40u: goto tr2;
		case 47u: goto st0;
		case 59u: goto st0;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st1;
	goto tr0;
tr0:
#line 119 "grammar/mime_content_type.rl"
	{ type_b = p; open = OPEN_TYPE; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 193 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto tr5;
		case 32u: goto tr5;
		case 40u: goto tr6;
		case 47u: goto tr7;
		case 59u: goto tr8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr5;
	goto st2;
tr11:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 3;goto st6;}
    }
	goto st3;
tr5:
#line 120 "grammar/mime_content_type.rl"
	{ type_e = p; open = OPEN_NONE; }
	goto st3;
tr6:
#line 120 "grammar/mime_content_type.rl"
	{ type_e = p; open = OPEN_NONE; }
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 3;goto st6;}
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 223 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 40u: goto tr11;
		case 47u: goto st4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto tr9;
tr8:
#line 120 "grammar/mime_content_type.rl"
	{ type_e = p; open = OPEN_NONE; }
#line 123 "grammar/mime_content_type.rl"
	{ params = p; {p++; cs = 8; goto _out;} }
	goto st8;
tr9:
#line 123 "grammar/mime_content_type.rl"
	{ params = p; {p++; cs = 8; goto _out;} }
	goto st8;
tr16:
#line 122 "grammar/mime_content_type.rl"
	{ sub_e = p; open = OPEN_NONE; }
#line 123 "grammar/mime_content_type.rl"
	{ params = p; {p++; cs = 8; goto _out;} }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 247 "gen/mime_content_type.c"
	goto st0;
st0:
cs = 0;
	goto _out;
tr14:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 4;goto st6;}
    }
	goto st4;
tr7:
#line 120 "grammar/mime_content_type.rl"
	{ type_e = p; open = OPEN_NONE; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 264 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st4;
		case 32u: goto st4;
		case 40u: goto tr14;
		case 59u: goto tr9;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st4;
	goto tr13;
tr13:
#line 121 "grammar/mime_content_type.rl"
	{ sub_b = p; open = OPEN_SUBTYPE; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 280 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto tr16;
		case 32u: goto tr16;
		case 40u: goto tr16;
		case 59u: goto tr16;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr16;
	goto st5;
tr18:
#line 38 "grammar/mime_content_type.rl"
	{
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            {p++; cs = 6; goto _out;}
        }
    }
	goto st6;
tr19:
#line 44 "grammar/mime_content_type.rl"
	{
        if (--depth == 0)
            {cs = stack[--top];goto _again;}
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 307 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 40u: goto tr18;
		case 41u: goto tr19;
		case 92u: goto st7;
	}
	goto st6;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	goto st6;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 176 "grammar/mime_content_type.rl"
    (void)mxq_content_type_en_main;
    if (too_deep || cs == mxq_content_type_error || type_b == NULL)
        return false;
    if (open == OPEN_TYPE)
        type_e = pe;
    else if (open == OPEN_SUBTYPE)
        sub_e = pe;
    *out = (struct mxq_content_type){
        .type = {(const char *)type_b, (size_t)(type_e - type_b)},
        .params = params != NULL ? (size_t)(params - start) : end,
        .end = end,
    };
    if (sub_b != NULL)
        out->subtype = (struct mxq_slice){(const char *)sub_b,
                                          (size_t)(sub_e - sub_b)};
    return true;
}

/* ---------------------------------------------------------- parameters */

/* Splits a parameter name into attribute and RFC 2231 suffix. False when
 * it is not attribute [ "*" section ] [ "*" ]. */

#line 353 "gen/mime_content_type.c"
static const int mxq_mime_param_name_start = 1;
static const int mxq_mime_param_name_first_final = 2;

static const int mxq_mime_param_name_en_main = 1;


#line 213 "grammar/mime_content_type.rl"


static bool split_name(struct mxq_mime_param *prm)
{
    const unsigned char *start = (const unsigned char *)prm->name.p;
    const unsigned char *p = start, *pe = start + prm->name.n;
    size_t base_len = prm->name.n;
    unsigned digits = 0;
    unsigned long section = 0;
    bool has_suffix = false, extended = false;
    int cs;

    
#line 370 "gen/mime_content_type.c"
	{
	cs = mxq_mime_param_name_start;
	}

#line 226 "grammar/mime_content_type.rl"
    
#line 373 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 42u )
		goto st0;
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 42u )
		goto tr2;
	goto st2;
tr2:
#line 202 "grammar/mime_content_type.rl"
	{ base_len = (size_t)(p - start); has_suffix = true; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 396 "gen/mime_content_type.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr3;
	goto st0;
st0:
cs = 0;
	goto _out;
tr3:
#line 203 "grammar/mime_content_type.rl"
	{
        if (++digits > SECTION_DIGITS_MAX)
            {p++; cs = 4; goto _out;}
        section = section * 10 + (unsigned long)(*p - '0');
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 413 "gen/mime_content_type.c"
	if ( (*p) == 42u )
		goto tr4;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr3;
	goto st0;
tr4:
#line 208 "grammar/mime_content_type.rl"
	{ extended = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 425 "gen/mime_content_type.c"
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 227 "grammar/mime_content_type.rl"
    if (cs < mxq_mime_param_name_first_final || p != pe ||
        digits > SECTION_DIGITS_MAX)
        return false;
    prm->name.n = base_len;
    prm->sectioned = digits > 0;
    prm->section = section;
    /* "name*" is extended; "name*N" only with its own final '*' */
    prm->extended = has_suffix && (digits == 0 || extended);
    return true;
}

/* A parameter is kept when it has a name and a value (a quoted one may be
 * empty) and its name reads as RFC 2231 says. */
static bool take_param(const unsigned char *name_b, const unsigned char *name_e,
                       const unsigned char *val_b, const unsigned char *val_e,
                       bool quoted, struct mxq_mime_param *out)
{
    if (name_e == name_b || (!quoted && val_e == val_b))
        return false;
    *out = (struct mxq_mime_param){
        .name = {(const char *)name_b, (size_t)(name_e - name_b)},
        .value = {(const char *)val_b, (size_t)(val_e - val_b)},
        .quoted = quoted,
    };
    return split_name(out);
}


#line 462 "gen/mime_content_type.c"
static const int mxq_mime_params_start = 0;

static const int mxq_mime_params_en_comment = 7;
static const int mxq_mime_params_en_main = 0;


#line 326 "grammar/mime_content_type.rl"


enum open_value { OPEN_NO_VALUE, OPEN_TOKEN, OPEN_QUOTED };

bool mxq_mime_param_next(const char *data, size_t n, size_t *pos,
                         struct mxq_mime_param *out)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start + *pos, *pe = start + n;
    const unsigned char *name_b = p, *name_e = p, *val_b = p;
    enum open_value open = OPEN_NO_VALUE;
    unsigned depth = 0;
    bool too_deep = false, found = false;
    int cs, top = 0, stack[1];

    if (*pos >= n)
        return false;
    
#line 484 "gen/mime_content_type.c"
	{
	cs = mxq_mime_params_start;
	top = 0;
	}

#line 344 "grammar/mime_content_type.rl"
    
#line 488 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch ( cs ) {
		case 0: goto st0;
		case 1: goto st1;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 5: goto st5;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
tr3:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 0;goto st7;}
    }
	goto st0;
tr13:
#line 275 "grammar/mime_content_type.rl"
	{
        open = OPEN_NO_VALUE;
        if (take_param(name_b, name_e, val_b, p, true, out)) {
            found = true;
            {p++; cs = 0; goto _out;}
        }
    }
	goto st0;
tr19:
#line 267 "grammar/mime_content_type.rl"
	{
        open = OPEN_NO_VALUE;
        p--;
        if (take_param(name_b, name_e, val_b, p + 1, false, out)) {
            found = true;
            {p++; cs = 0; goto _out;}
        }
    }
	goto st0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
#line 541 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st0;
		case 32u: goto st0;
		case 34u: goto tr2;
		case 40u: goto tr3;
		case 59u: goto st0;
		case 61u: goto tr4;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st0;
	goto tr0;
tr0:
#line 261 "grammar/mime_content_type.rl"
	{ name_b = p; name_e = p; }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 559 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto tr6;
		case 32u: goto tr6;
		case 40u: goto tr7;
		case 59u: goto st0;
		case 61u: goto tr8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr6;
	goto st1;
tr10:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 2;goto st7;}
    }
	goto st2;
tr6:
#line 262 "grammar/mime_content_type.rl"
	{ name_e = p; }
	goto st2;
tr7:
#line 262 "grammar/mime_content_type.rl"
	{ name_e = p; }
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 2;goto st7;}
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 589 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st2;
		case 32u: goto st2;
		case 34u: goto tr2;
		case 40u: goto tr10;
		case 59u: goto st0;
		case 61u: goto st5;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st2;
	goto tr0;
tr2:
#line 263 "grammar/mime_content_type.rl"
	{ name_b = p; name_e = p; }
#line 265 "grammar/mime_content_type.rl"
	{ val_b = p + 1; open = OPEN_QUOTED; }
	goto st3;
tr16:
#line 265 "grammar/mime_content_type.rl"
	{ val_b = p + 1; open = OPEN_QUOTED; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 611 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 34u: goto tr13;
		case 92u: goto st4;
	}
	goto st3;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	goto st3;
tr17:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 5;goto st7;}
    }
	goto st5;
tr4:
#line 263 "grammar/mime_content_type.rl"
	{ name_b = p; name_e = p; }
	goto st5;
tr8:
#line 262 "grammar/mime_content_type.rl"
	{ name_e = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 637 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st5;
		case 34u: goto tr16;
		case 40u: goto tr17;
		case 59u: goto st0;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st5;
	goto tr15;
tr15:
#line 264 "grammar/mime_content_type.rl"
	{ val_b = p; open = OPEN_TOKEN; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 654 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto tr19;
		case 32u: goto tr19;
		case 40u: goto tr19;
		case 59u: goto tr19;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr19;
	goto st6;
tr21:
#line 38 "grammar/mime_content_type.rl"
	{
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            {p++; cs = 7; goto _out;}
        }
    }
	goto st7;
tr22:
#line 44 "grammar/mime_content_type.rl"
	{
        if (--depth == 0)
            {cs = stack[--top];goto _again;}
    }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 681 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 40u: goto tr21;
		case 41u: goto tr22;
		case 92u: goto st8;
	}
	goto st7;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	goto st7;
	}
	_test_eof0: cs = 0; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 345 "grammar/mime_content_type.rl"
    (void)mxq_mime_params_en_main;
    if (too_deep) {
        *pos = n;
        return false;
    }
    /* A value the body's end closed (a quoted-string left open too). */
    if (!found && open != OPEN_NO_VALUE)
        found = take_param(name_b, name_e, val_b, pe, open == OPEN_QUOTED,
                           out);
    *pos = (size_t)(p - start);
    if (!found)
        *pos = n;
    return found;
}

/* ------------------------------------------------------------ decoding */

struct decoder {
    char *buf;
    size_t size, len;
    bool overflow;
};

static void put(struct decoder *d, unsigned char c)
{
    if (d->len < d->size)
        d->buf[d->len++] = (char)c;
    else
        d->overflow = true;
}

/* A quoted-string's content: quoted-pairs unescaped, folds removed. */

#line 738 "gen/mime_content_type.c"
static const int mxq_mime_unquote_start = 1;

static const int mxq_mime_unquote_en_main = 1;


#line 386 "grammar/mime_content_type.rl"


static void unquote(struct decoder *d, const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data, *pe = p + n;
    int cs;

    
#line 749 "gen/mime_content_type.c"
	{
	cs = mxq_mime_unquote_start;
	}

#line 394 "grammar/mime_content_type.rl"
    
#line 752 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 381 "grammar/mime_content_type.rl"
	{ put(d, *p); }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 764 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 10u: goto st1;
		case 13u: goto st1;
		case 92u: goto st0;
	}
	goto tr0;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	goto tr0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 

	_test_eof: {}
	}

#line 395 "grammar/mime_content_type.rl"
    (void)mxq_mime_unquote_en_main;
}

static unsigned hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    return (unsigned)((c | 0x20) - 'a' + 10);
}

/* %XX decoding in place over buf[from..len): what it writes never passes
 * what it reads. A '%' without two hex digits stands for itself. */

#line 793 "gen/mime_content_type.c"
static const int mxq_mime_percent_start = 1;

static const int mxq_mime_percent_en_main = 1;


#line 419 "grammar/mime_content_type.rl"


static void percent_decode(struct decoder *d, size_t from)
{
    if (d->len == from)
        return;                    /* nothing written (buf may be NULL) */
    unsigned char *base = (unsigned char *)d->buf;
    const unsigned char *p = base + from, *pe = base + d->len, *eof = pe;
    const unsigned char *ts, *te;
    unsigned char *w = base + from;
    int cs, act;

    
#line 809 "gen/mime_content_type.c"
	{
	cs = mxq_mime_percent_start;
	ts = 0;
	te = 0;
	act = 0;
	}

#line 432 "grammar/mime_content_type.rl"
    
#line 815 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr0:
#line 415 "grammar/mime_content_type.rl"
	{{p = ((te))-1;}{ *w++ = *ts; }}
	goto st1;
tr1:
#line 412 "grammar/mime_content_type.rl"
	{te = p+1;{
            *w++ = (unsigned char)(hex_value(ts[1]) << 4 | hex_value(ts[2]));
        }}
	goto st1;
tr2:
#line 415 "grammar/mime_content_type.rl"
	{te = p+1;{ *w++ = *ts; }}
	goto st1;
tr4:
#line 415 "grammar/mime_content_type.rl"
	{te = p;p--;{ *w++ = *ts; }}
	goto st1;
st1:
#line 1 "NONE"
	{ts = 0;}
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 1 "NONE"
	{ts = p;}
#line 840 "gen/mime_content_type.c"
	if ( (*p) == 37u )
		goto tr3;
	goto tr2;
tr3:
#line 1 "NONE"
	{te = p+1;}
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 850 "gen/mime_content_type.c"
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st0;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st0;
	} else
		goto st0;
	goto tr4;
st0:
	if ( ++p == pe )
		goto _test_eof0;
case 0:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr1;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr1;
	} else
		goto tr1;
	goto tr0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof0: cs = 0; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 2: goto tr4;
	case 0: goto tr0;
	}
	}

	}

#line 433 "grammar/mime_content_type.rl"
    (void)mxq_mime_percent_en_main;
    (void)act;
    (void)te;
    d->len = (size_t)(w - base);
}

/* Where the quotes of charset'language'value lie. */

#line 894 "gen/mime_content_type.c"
static const int mxq_mime_ext_prefix_start = 1;

static const int mxq_mime_ext_prefix_en_main = 1;


#line 450 "grammar/mime_content_type.rl"


static void ext_quotes(const char *data, size_t n, size_t *first,
                       size_t *second)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + n;
    int cs;

    *first = *second = n;
    
#line 908 "gen/mime_content_type.c"
	{
	cs = mxq_mime_ext_prefix_start;
	}

#line 461 "grammar/mime_content_type.rl"
    
#line 911 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 39u )
		goto tr1;
	goto st1;
tr1:
#line 444 "grammar/mime_content_type.rl"
	{ *first = (size_t)(p - start); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 930 "gen/mime_content_type.c"
	if ( (*p) == 39u )
		goto tr3;
	goto st2;
tr3:
#line 445 "grammar/mime_content_type.rl"
	{ *second = (size_t)(p - start); {p++; cs = 3; goto _out;} }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 940 "gen/mime_content_type.c"
	goto st0;
st0:
cs = 0;
	goto _out;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 462 "grammar/mime_content_type.rl"
    (void)mxq_mime_ext_prefix_en_main;
}

static bool same_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x | 0x20);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y | 0x20);
        if (x != y)
            return false;
    }
    return true;
}

/* Appends one parameter's (or section's) value. The first extended one
 * gives charset and language; a later extended section that repeats
 * "charset'" has it dropped (mail-parser does, and senders write it). */
static void append_value(struct decoder *d, const struct mxq_mime_param *prm,
                         struct mxq_mime_param_value *info, bool first)
{
    const char *v = prm->value.p;
    size_t vn = prm->value.n, from = d->len;

    if (prm->extended) {
        size_t q1, q2;
        ext_quotes(v, vn, &q1, &q2);
        if (first && q2 < vn) {
            info->charset = (struct mxq_slice){v, q1};
            info->language = (struct mxq_slice){v + q1 + 1, q2 - q1 - 1};
            v += q2 + 1;
            vn -= q2 + 1;
        } else if (!first && q1 < vn && info->charset.n > 0 &&
                   same_ci(v, q1, info->charset.p, info->charset.n)) {
            v += q1 + 1;
            vn -= q1 + 1;
        }
    }
    if (vn == 0)
        return;
    if (prm->quoted) {
        unquote(d, v, vn);
    } else {
        for (size_t i = 0; i < vn; i++)
            put(d, (unsigned char)v[i]);
    }
    if (prm->extended)
        percent_decode(d, from);
}

/* Charsets whose octets can be made UTF-8 here. */

#line 1007 "gen/mime_content_type.c"
static const int mxq_mime_charset_start = 1;
static const int mxq_mime_charset_first_final = 45;

static const int mxq_mime_charset_en_main = 1;


#line 530 "grammar/mime_content_type.rl"


enum charset_kind { CHARSET_OTHER, CHARSET_LATIN1, CHARSET_UTF8 };

static enum charset_kind charset_kind(struct mxq_slice charset)
{
    if (charset.n == 0)
        return CHARSET_UTF8;       /* no RFC 2231 charset: as written */

    const unsigned char *p = (const unsigned char *)charset.p;
    const unsigned char *pe = p + charset.n;
    enum charset_kind kind = CHARSET_OTHER;
    int cs;
    
#line 1025 "gen/mime_content_type.c"
	{
	cs = mxq_mime_charset_start;
	}

#line 544 "grammar/mime_content_type.rl"
    
#line 1028 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 65u: goto st2;
		case 67u: goto st6;
		case 73u: goto st10;
		case 76u: goto st34;
		case 85u: goto st39;
		case 97u: goto st2;
		case 99u: goto st6;
		case 105u: goto st10;
		case 108u: goto st34;
		case 117u: goto st39;
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
		case 83u: goto st3;
		case 115u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 67u: goto st4;
		case 99u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 73u: goto st5;
		case 105u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 73u: goto tr9;
		case 105u: goto tr9;
	}
	goto st0;
tr9:
#line 522 "grammar/mime_content_type.rl"
	{ kind = CHARSET_UTF8; }
	goto st45;
tr13:
#line 521 "grammar/mime_content_type.rl"
	{ kind = CHARSET_LATIN1; }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 1096 "gen/mime_content_type.c"
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 80u: goto st7;
		case 112u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 56u )
		goto st8;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	if ( (*p) == 49u )
		goto st9;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 57u )
		goto tr13;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 83u: goto st11;
		case 115u: goto st11;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 79u: goto st12;
		case 111u: goto st12;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 45u: goto st13;
		case 56u: goto st14;
		case 95u: goto st24;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 56u: goto st14;
		case 73u: goto st19;
		case 105u: goto st19;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	if ( (*p) == 56u )
		goto st15;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 53u )
		goto st16;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 57u )
		goto st17;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 45u )
		goto st18;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 49u )
		goto tr13;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 82u: goto st20;
		case 114u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 45u )
		goto st21;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( (*p) == 49u )
		goto st22;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 48u )
		goto st23;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 48u )
		goto tr13;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 56u )
		goto st25;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( (*p) == 56u )
		goto st26;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	if ( (*p) == 53u )
		goto st27;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) == 57u )
		goto st28;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 45u )
		goto st29;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	if ( (*p) == 49u )
		goto tr33;
	goto st0;
tr33:
#line 521 "grammar/mime_content_type.rl"
	{ kind = CHARSET_LATIN1; }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 1286 "gen/mime_content_type.c"
	if ( (*p) == 58u )
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	if ( (*p) == 49u )
		goto st31;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( (*p) == 57u )
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 56u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 55u )
		goto tr13;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 49u: goto tr13;
		case 65u: goto st35;
		case 97u: goto st35;
	}
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 84u: goto st36;
		case 116u: goto st36;
	}
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 73u: goto st37;
		case 105u: goto st37;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 78u: goto st38;
		case 110u: goto st38;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 45u: goto st18;
		case 49u: goto tr13;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 83u: goto st40;
		case 84u: goto st42;
		case 115u: goto st40;
		case 116u: goto st42;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 45u )
		goto st41;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 65u: goto st2;
		case 97u: goto st2;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 70u: goto st43;
		case 102u: goto st43;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 45u: goto st44;
		case 56u: goto tr9;
	}
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 56u )
		goto tr9;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 545 "grammar/mime_content_type.rl"
    (void)mxq_mime_charset_en_main;
    return cs >= mxq_mime_charset_first_final ? kind : CHARSET_OTHER;
}

/* ISO-8859-1 to UTF-8 in place, from the end: an octet >= 0x80 becomes
 * two. What does not fit is cut at a character. */
static void latin1_to_utf8(struct decoder *d)
{
    size_t high = 0, len = d->len;
    for (size_t i = 0; i < len; i++)
        high += ((unsigned char)d->buf[i] >= 0x80);
    while (len + high > d->size) {
        d->overflow = true;
        len--;
        high -= ((unsigned char)d->buf[len] >= 0x80);
    }
    size_t w = len + high;
    d->len = w;
    while (len > 0) {
        unsigned char c = (unsigned char)d->buf[--len];
        if (c >= 0x80) {
            d->buf[--w] = (char)(0x80 | (c & 0x3f));
            d->buf[--w] = (char)(0xc0 | (c >> 6));
        } else {
            d->buf[--w] = (char)c;
        }
    }
}

static bool name_is(struct mxq_slice s, const char *name)
{
    return same_ci(s.p, s.n, name, strlen(name));
}

/* The section of `name` with the smallest number above `after` (any
 * number when `any` is true). */
static bool next_section(const char *p, size_t n, size_t params,
                         const char *name, bool any, unsigned long after,
                         struct mxq_mime_param *best)
{
    struct mxq_mime_param prm;
    size_t pos = params;
    bool found = false;

    while (mxq_mime_param_next(p, n, &pos, &prm)) {
        if (!prm.sectioned || !name_is(prm.name, name))
            continue;
        if (!any && prm.section <= after)
            continue;
        if (!found || prm.section < best->section) {
            *best = prm;
            found = true;
        }
    }
    return found;
}

enum mxq_mime_param_status mxq_mime_param_get(const char *p, size_t n,
                                              size_t params,
                                              const char *name,
                                              unsigned flags, char *buf,
                                              size_t bufsize,
                                              struct mxq_mime_param_value *out)
{
    struct mxq_mime_param prm, star = {0}, plain = {0};
    struct decoder d = {buf, bufsize, 0, false};
    bool have_star = false, have_plain = false, have_sections = false;
    size_t pos = params;

    *out = (struct mxq_mime_param_value){0};
    while (mxq_mime_param_next(p, n, &pos, &prm)) {
        if (!name_is(prm.name, name))
            continue;
        if (prm.sectioned) {
            have_sections = true;
        } else if (prm.extended && !have_star) {
            star = prm;
            have_star = true;
        } else if (!prm.extended && !have_plain) {
            plain = prm;
            have_plain = true;
        }
    }
    if (have_star) {
        append_value(&d, &star, out, true);
    } else if (have_sections) {
        unsigned long last = 0;
        for (unsigned i = 0; i < MXQ_MIME_PARAM_SECTIONS_MAX; i++) {
            if (!next_section(p, n, params, name, i == 0, last, &prm))
                break;
            append_value(&d, &prm, out, i == 0);
            last = prm.section;
        }
    } else if (have_plain) {
        append_value(&d, &plain, out, true);
    } else {
        return MXQ_MIME_PARAM_ABSENT;
    }
    if (flags & MXQ_MIME_PARAM_TO_UTF8) {
        enum charset_kind kind = charset_kind(out->charset);
        if (kind == CHARSET_LATIN1)
            latin1_to_utf8(&d);
        out->utf8 = kind != CHARSET_OTHER;
    }
    out->len = d.len;
    return d.overflow ? MXQ_MIME_PARAM_TOO_LONG : MXQ_MIME_PARAM_FOUND;
}

enum mxq_mime_param_status mxq_content_type_param(const char *p, size_t n,
                                                  const char *name,
                                                  char *buf, size_t bufsize,
                                                  size_t *len)
{
    struct mxq_content_type ct;
    struct mxq_mime_param_value v;

    *len = 0;
    if (!mxq_content_type_parse(p, n, &ct))
        return MXQ_MIME_PARAM_SYNTAX;
    enum mxq_mime_param_status st =
        mxq_mime_param_get(p, ct.end, ct.params, name, 0, buf, bufsize, &v);
    *len = v.len;
    return st;
}

/* ------------------------------------------- Content-Transfer-Encoding */


#line 1592 "gen/mime_content_type.c"
static const int mxq_cte_name_start = 1;
static const int mxq_cte_name_first_final = 34;

static const int mxq_cte_name_en_main = 1;


#line 684 "grammar/mime_content_type.rl"


static enum mxq_transfer_encoding cte_kind(const unsigned char *p,
                                           const unsigned char *pe)
{
    enum mxq_transfer_encoding kind = MXQ_CTE_OTHER;
    int cs;

    
#line 1605 "gen/mime_content_type.c"
	{
	cs = mxq_cte_name_start;
	}

#line 693 "grammar/mime_content_type.rl"
    
#line 1608 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 55u: goto st2;
		case 56u: goto st5;
		case 66u: goto st8;
		case 81u: goto st17;
		case 88u: goto st32;
		case 98u: goto st8;
		case 113u: goto st17;
		case 120u: goto st32;
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
		case 66u: goto st3;
		case 98u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 73u: goto st4;
		case 105u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 84u: goto tr8;
		case 116u: goto tr8;
	}
	goto st0;
tr8:
#line 676 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_7BIT; }
	goto st34;
tr11:
#line 677 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_8BIT; }
	goto st34;
tr17:
#line 680 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_BASE64; }
	goto st34;
tr21:
#line 678 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_BINARY; }
	goto st34;
tr36:
#line 679 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_QUOTED_PRINTABLE; }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 1674 "gen/mime_content_type.c"
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 66u: goto st6;
		case 98u: goto st6;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 73u: goto st7;
		case 105u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 84u: goto tr11;
		case 116u: goto tr11;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 65u: goto st9;
		case 73u: goto st13;
		case 97u: goto st9;
		case 105u: goto st13;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 83u: goto st10;
		case 115u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 69u: goto st11;
		case 101u: goto st11;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 54u )
		goto st12;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 52u )
		goto tr17;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 78u: goto st14;
		case 110u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 65u: goto st15;
		case 97u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 82u: goto st16;
		case 114u: goto st16;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 89u: goto tr21;
		case 121u: goto tr21;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 85u: goto st18;
		case 117u: goto st18;
	}
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 79u: goto st19;
		case 111u: goto st19;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 84u: goto st20;
		case 116u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 69u: goto st21;
		case 101u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 68u: goto st22;
		case 100u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 45u )
		goto st23;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 80u: goto st24;
		case 112u: goto st24;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 82u: goto st25;
		case 114u: goto st25;
	}
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 73u: goto st26;
		case 105u: goto st26;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 78u: goto st27;
		case 110u: goto st27;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 84u: goto st28;
		case 116u: goto st28;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 65u: goto st29;
		case 97u: goto st29;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 66u: goto st30;
		case 98u: goto st30;
	}
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 76u: goto st31;
		case 108u: goto st31;
	}
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 69u: goto tr36;
		case 101u: goto tr36;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 45u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	goto tr38;
tr38:
#line 681 "grammar/mime_content_type.rl"
	{ kind = MXQ_CTE_X_TOKEN; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 1933 "gen/mime_content_type.c"
	goto st35;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 694 "grammar/mime_content_type.rl"
    (void)mxq_cte_name_en_main;
    return cs >= mxq_cte_name_first_final ? kind : MXQ_CTE_OTHER;
}


#line 1977 "gen/mime_content_type.c"
static const int mxq_cte_start = 1;
static const int mxq_cte_error = 0;

static const int mxq_cte_en_comment = 4;
static const int mxq_cte_en_main = 1;


#line 725 "grammar/mime_content_type.rl"


enum mxq_transfer_encoding mxq_content_transfer_encoding(const char *data,
                                                         size_t n,
                                                         struct mxq_slice *token)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *p = start, *pe = start + mxq_mime_field_extent(data, n);
    const unsigned char *tok_b = NULL, *tok_e = NULL;
    unsigned depth = 0;
    bool too_deep = false, in_token = false;
    int cs, top = 0, stack[1];

    
#line 1996 "gen/mime_content_type.c"
	{
	cs = mxq_cte_start;
	top = 0;
	}

#line 739 "grammar/mime_content_type.rl"
    
#line 2000 "gen/mime_content_type.c"
	{
	if ( p == pe )
		goto _test_eof;
	goto _resume;

_again:
	switch ( cs ) {
		case 1: goto st1;
		case 2: goto st2;
		case 3: goto st3;
		case 0: goto st0;
		case 4: goto st4;
		case 5: goto st5;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
tr2:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 1;goto st4;}
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 2031 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st1;
		case 32u: goto st1;
		case 40u: goto tr2;
		case 41u: goto st0;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st1;
	goto tr0;
tr0:
#line 705 "grammar/mime_content_type.rl"
	{ tok_b = p; in_token = true; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 2047 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto tr5;
		case 32u: goto tr5;
		case 40u: goto tr6;
		case 41u: goto st0;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto tr5;
	goto st2;
tr8:
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 3;goto st4;}
    }
	goto st3;
tr5:
#line 706 "grammar/mime_content_type.rl"
	{ tok_e = p; in_token = false; }
	goto st3;
tr6:
#line 706 "grammar/mime_content_type.rl"
	{ tok_e = p; in_token = false; }
#line 48 "grammar/mime_content_type.rl"
	{
        depth = 1;
        {stack[top++] = 3;goto st4;}
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 2076 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 13u: goto st3;
		case 32u: goto st3;
		case 40u: goto tr8;
	}
	if ( 9u <= (*p) && (*p) <= 10u )
		goto st3;
	goto st0;
st0:
cs = 0;
	goto _out;
tr10:
#line 38 "grammar/mime_content_type.rl"
	{
        if (++depth > MXQ_MIME_COMMENT_DEPTH_MAX) {
            too_deep = true;
            {p++; cs = 4; goto _out;}
        }
    }
	goto st4;
tr11:
#line 44 "grammar/mime_content_type.rl"
	{
        if (--depth == 0)
            {cs = stack[--top];goto _again;}
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 2105 "gen/mime_content_type.c"
	switch( (*p) ) {
		case 40u: goto tr10;
		case 41u: goto tr11;
		case 92u: goto st5;
	}
	goto st4;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	goto st4;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 740 "grammar/mime_content_type.rl"
    (void)mxq_cte_en_main;
    if (too_deep || cs == mxq_cte_error || p != pe || tok_b == NULL || depth > 0)
        return MXQ_CTE_INVALID;
    if (in_token)
        tok_e = pe;
    if (token != NULL)
        *token = (struct mxq_slice){(const char *)tok_b,
                                    (size_t)(tok_e - tok_b)};
    return cte_kind(tok_b, tok_e);
}
