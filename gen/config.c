
#line 1 "grammar/config.rl"
/*
 * MailerQ-style configuration text: the file, command-line options,
 * environment entries and every value syntax (see config.h).
 *
 * Each parser is one Ragel machine run over the caller's bytes. Actions
 * only record positions and accumulate numbers; limits (port ranges,
 * prefix lengths, item counts) are checked where an item ends.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdint.h>
#include <string.h>

#include "config.h"

typedef const unsigned char *uptr;


#line 29 "grammar/config.rl"


/* ------------------------------------------------------------ the file */

enum file_stage { AT_LINE_START, IN_NAME, AFTER_NAME, IN_VALUE, IN_COMMENT };

struct file_scan {
    uptr buf;
    uptr line_at;            /* first byte of the current line */
    unsigned line;
    enum file_stage stage;
    uptr name_p;
    size_t name_n;
    uptr value_p;            /* NULL until the first visible byte */
    uptr value_end;
    bool pending;            /* an entry waits for its line end */
    mxq_cfg_entry_fn fn;
    void *ctx;
};

static int
emit_entry(struct file_scan *f)
{
    struct mxq_cfg_entry e;

    f->pending = false;
    e.name.p = (const char *)f->name_p;
    e.name.n = f->name_n;
    e.value.p = f->value_p ? (const char *)f->value_p
                           : (const char *)f->name_p + f->name_n;
    e.value.n = f->value_p ? (size_t)(f->value_end - f->value_p) : 0;
    e.line = f->line;
    return f->fn(f->ctx, &e);
}

static const char *
file_error_text(const struct file_scan *f, uptr p, uptr pe)
{
    if (p < pe && *p == 0)
        return "NUL byte";
    if (p > f->buf && p[-1] == '\r')
        return "carriage return without line feed";
    if (p < pe && *p != '\t' && *p != '\n' && (*p < 0x20 || *p == 0x7f))
        return "control character";
    switch (f->stage) {
    case AT_LINE_START:
        return "expected a setting name (a-z, 0-9, -), '#' or an empty line";
    case IN_NAME:
        if (p < pe && *p != '\n')
            return "invalid character in setting name (use a-z, 0-9, -)";
        return "expected ':' after the setting name";
    case AFTER_NAME:
        return "expected ':' after the setting name";
    case IN_VALUE:
    case IN_COMMENT:
        break;
    }
    return "syntax error";
}


#line 83 "gen/config.c"
static const int cfg_file_start = 6;
static const int cfg_file_first_final = 6;


#line 114 "grammar/config.rl"


int
mxq_cfg_parse_file(const char *buf, size_t len, mxq_cfg_entry_fn fn,
                   void *ctx, struct mxq_cfg_syntax_error *err)
{
    uptr p = (uptr)buf, pe = p + len;
    struct file_scan f;
    int cs, rc = 0;

    memset(&f, 0, sizeof f);
    f.buf = p;
    f.line_at = p;
    f.line = 1;
    f.stage = AT_LINE_START;
    f.fn = fn;
    f.ctx = ctx;

    
#line 104 "gen/config.c"
	{
	cs = cfg_file_start;
	}

#line 133 "grammar/config.rl"
    
#line 107 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 6:
	switch( (*p) ) {
		case 9u: goto st7;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st7;
		case 35u: goto tr10;
		case 239u: goto st4;
	}
	if ( (*p) > 57u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr11;
	} else if ( (*p) >= 48u )
		goto tr11;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 102 "grammar/config.rl"
	{ if (f.pending) { rc = emit_entry(&f);
                                         if (rc != 0) {p++; cs = 7; goto _out;} } }
#line 93 "grammar/config.rl"
	{ f.line++; f.line_at = p + 1; f.stage = AT_LINE_START; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 139 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st7;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st7;
		case 35u: goto tr10;
	}
	if ( (*p) > 57u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr11;
	} else if ( (*p) >= 48u )
		goto tr11;
	goto st0;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	if ( (*p) == 10u )
		goto tr0;
	goto st0;
tr10:
#line 101 "grammar/config.rl"
	{ f.stage = IN_COMMENT; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 166 "gen/config.c"
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
	goto st8;
tr11:
#line 94 "grammar/config.rl"
	{ f.name_p = p; f.stage = IN_NAME; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 184 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr2;
		case 32u: goto tr2;
		case 45u: goto st2;
		case 58u: goto tr4;
	}
	if ( (*p) > 57u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st2;
	} else if ( (*p) >= 48u )
		goto st2;
	goto st0;
tr2:
#line 95 "grammar/config.rl"
	{ f.name_n = (size_t)(p - f.name_p);
                        f.stage = AFTER_NAME; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 204 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st3;
		case 32u: goto st3;
		case 58u: goto tr6;
	}
	goto st0;
tr4:
#line 95 "grammar/config.rl"
	{ f.name_n = (size_t)(p - f.name_p);
                        f.stage = AFTER_NAME; }
#line 97 "grammar/config.rl"
	{ f.value_p = NULL; f.value_end = NULL; f.pending = true;
                        f.stage = IN_VALUE; }
	goto st9;
tr6:
#line 97 "grammar/config.rl"
	{ f.value_p = NULL; f.value_end = NULL; f.pending = true;
                        f.stage = IN_VALUE; }
	goto st9;
tr15:
#line 99 "grammar/config.rl"
	{ if (f.value_p == NULL) f.value_p = p;
                        f.value_end = p + 1; }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 228 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st9;
		case 10u: goto tr0;
		case 13u: goto st1;
		case 32u: goto st9;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr15;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 187u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 191u )
		goto st7;
	goto st0;
	}
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 134 "grammar/config.rl"

    if (rc != 0)
        return rc;
    if (p == pe && cs >= cfg_file_first_final)
        return f.pending ? emit_entry(&f) : 0;
    err->line = f.line;
    err->what = file_error_text(&f, p, pe);
    if (p > f.buf && p[-1] == '\r')
        p--;
    err->column = (unsigned)(p - f.line_at) + 1;
    return -1;
}

/* --------------------------------------------------- command line, env */


#line 280 "gen/config.c"
static const int cfg_option_start = 1;
static const int cfg_option_first_final = 4;


#line 160 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_option(const char *s, size_t n, struct mxq_slice *name,
                     struct mxq_slice *value, bool *has_value)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    name->p = s;
    name->n = 0;
    value->p = s + n;
    value->n = 0;
    *has_value = false;

    
#line 298 "gen/config.c"
	{
	cs = cfg_option_start;
	}

#line 176 "grammar/config.rl"
    
#line 301 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 45u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 45u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) > 57u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr3;
	} else if ( (*p) >= 48u )
		goto tr3;
	goto st0;
tr3:
#line 153 "grammar/config.rl"
	{ name->p = (const char *)p; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 337 "gen/config.c"
	switch( (*p) ) {
		case 45u: goto st4;
		case 61u: goto tr5;
	}
	if ( (*p) > 57u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st4;
	} else if ( (*p) >= 48u )
		goto st4;
	goto st0;
tr5:
#line 154 "grammar/config.rl"
	{ name->n = (size_t)((const char *)p - name->p);
                        *has_value = true; value->p = (const char *)p + 1; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 355 "gen/config.c"
	goto st5;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 177 "grammar/config.rl"

    if (p != pe || cs < cfg_option_first_final)
        return MXQ_CFG_SYNTAX;
    if (*has_value)
        value->n = (size_t)(s + n - value->p);
    else
        name->n = (size_t)(s + n - name->p);
    return MXQ_CFG_OK;
}


#line 375 "gen/config.c"
static const int cfg_env_start = 1;
static const int cfg_env_first_final = 7;


#line 208 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_env(const char *s, size_t n, bool *ours, char *name,
                  size_t cap, size_t *name_len, struct mxq_slice *value)
{
    uptr p = (uptr)s, pe = p + n;
    size_t len = 0;
    bool too_long = false;
    int cs;

    *ours = false;
    *name_len = 0;
    value->p = s + n;
    value->n = 0;

    
#line 394 "gen/config.c"
	{
	cs = cfg_env_start;
	}

#line 225 "grammar/config.rl"
    
#line 397 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 77u )
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 88u )
		goto st3;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 81u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 95u )
		goto tr4;
	goto st0;
tr4:
#line 191 "grammar/config.rl"
	{ *ours = true; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 437 "gen/config.c"
	if ( (*p) == 95u )
		goto tr5;
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto tr5;
	} else if ( (*p) >= 48u )
		goto tr5;
	goto st0;
tr5:
#line 193 "grammar/config.rl"
	{
        if (len == cap)
            too_long = true;
        else if ((*p) == '_')
            name[len++] = '-';
        else if ((*p) >= 'A' && (*p) <= 'Z')
            name[len++] = (char)((*p) - 'A' + 'a');
        else
            name[len++] = (char)(*p);
    }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 461 "gen/config.c"
	switch( (*p) ) {
		case 61u: goto tr6;
		case 95u: goto tr5;
	}
	if ( (*p) > 57u ) {
		if ( 65u <= (*p) && (*p) <= 90u )
			goto tr5;
	} else if ( (*p) >= 48u )
		goto tr5;
	goto st0;
tr6:
#line 203 "grammar/config.rl"
	{ value->p = (const char *)p + 1; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 478 "gen/config.c"
	goto st7;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 226 "grammar/config.rl"

    if (!*ours)
        return MXQ_CFG_OK;
    if (p != pe || cs < cfg_env_first_final)
        return MXQ_CFG_SYNTAX;
    if (too_long)
        return MXQ_CFG_TOO_MANY;
    *name_len = len;
    value->n = (size_t)(s + n - value->p);
    return MXQ_CFG_OK;
}


#line 502 "gen/config.c"
static const int cfg_text_start = 1;
static const int cfg_text_first_final = 1;


#line 248 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_text(const char *s, size_t n, struct mxq_slice *trimmed)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    trimmed->p = s;
    trimmed->n = 0;

    
#line 516 "gen/config.c"
	{
	cs = cfg_text_start;
	}

#line 260 "grammar/config.rl"
    
#line 519 "gen/config.c"
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
		case 9u: goto st1;
		case 32u: goto st1;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr2;
st0:
cs = 0;
	goto _out;
tr2:
#line 242 "grammar/config.rl"
	{ trimmed->p = (const char *)p; trimmed->n = 1; }
	goto st2;
tr4:
#line 243 "grammar/config.rl"
	{ trimmed->n = (size_t)((const char *)p + 1 - trimmed->p); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 549 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr4;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 261 "grammar/config.rl"

    if (p != pe || cs < cfg_text_first_final)
        return MXQ_CFG_SYNTAX;
    return MXQ_CFG_OK;
}

/* ------------------------------------------------------- simple values */


#line 572 "gen/config.c"
static const int cfg_bool_start = 1;
static const int cfg_bool_first_final = 14;


#line 277 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_bool(const char *s, size_t n, bool *out)
{
    uptr p = (uptr)s, pe = p + n;
    bool v = false;
    int cs;

    
#line 584 "gen/config.c"
	{
	cs = cfg_bool_start;
	}

#line 287 "grammar/config.rl"
    
#line 587 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 48u: goto tr0;
		case 49u: goto tr2;
		case 70u: goto st2;
		case 78u: goto st6;
		case 79u: goto st7;
		case 84u: goto st9;
		case 89u: goto st12;
		case 102u: goto st2;
		case 110u: goto st6;
		case 111u: goto st7;
		case 116u: goto st9;
		case 121u: goto st12;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 274 "grammar/config.rl"
	{ v = false; }
	goto st14;
tr2:
#line 273 "grammar/config.rl"
	{ v = true; }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 621 "gen/config.c"
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 65u: goto st3;
		case 97u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 76u: goto st4;
		case 108u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 83u: goto st5;
		case 115u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 69u: goto tr0;
		case 101u: goto tr0;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 79u: goto tr0;
		case 111u: goto tr0;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 70u: goto st8;
		case 78u: goto tr2;
		case 102u: goto st8;
		case 110u: goto tr2;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 70u: goto tr0;
		case 102u: goto tr0;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 82u: goto st10;
		case 114u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 85u: goto st11;
		case 117u: goto st11;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 69u: goto tr2;
		case 101u: goto tr2;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 69u: goto st13;
		case 101u: goto st13;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 83u: goto tr2;
		case 115u: goto tr2;
	}
	goto st0;
	}
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 288 "grammar/config.rl"

    if (p != pe || cs < cfg_bool_first_final)
        return MXQ_CFG_SYNTAX;
    *out = v;
    return MXQ_CFG_OK;
}


#line 307 "grammar/config.rl"



#line 759 "gen/config.c"
static const int cfg_uint_start = 1;
static const int cfg_uint_first_final = 2;


#line 317 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_uint(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    bool over = false;
    int cs;

    
#line 772 "gen/config.c"
	{
	cs = cfg_uint_start;
	}

#line 328 "grammar/config.rl"
    
#line 775 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 299 "grammar/config.rl"
	{
        unsigned d = (unsigned)((*p) - '0');
        if (v > (UINT64_MAX - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 800 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 329 "grammar/config.rl"

    if (p != pe || cs < cfg_uint_first_final)
        return MXQ_CFG_SYNTAX;
    if (over)
        return MXQ_CFG_RANGE;
    *out = v;
    return MXQ_CFG_OK;
}


#line 818 "gen/config.c"
static const int cfg_millis_start = 1;
static const int cfg_millis_first_final = 3;


#line 355 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_millis(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    unsigned frac = 0, places = 0;
    bool over = false;
    int cs;

    
#line 832 "gen/config.c"
	{
	cs = cfg_millis_start;
	}

#line 367 "grammar/config.rl"
    
#line 835 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 299 "grammar/config.rl"
	{
        unsigned d = (unsigned)((*p) - '0');
        if (v > (UINT64_MAX - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 860 "gen/config.c"
	if ( (*p) == 46u )
		goto st2;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2;
	goto st0;
tr2:
#line 344 "grammar/config.rl"
	{
        if (places < 3) {
            frac = frac * 10 + (unsigned)((*p) - '0');
            places++;
        } else {
            over = true; /* finer than a millisecond */
        }
    }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 886 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2;
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 368 "grammar/config.rl"

    if (p != pe || cs < cfg_millis_first_final)
        return MXQ_CFG_SYNTAX;
    for (; places < 3; places++)
        frac *= 10;
    if (over || v > (UINT64_MAX - frac) / 1000)
        return MXQ_CFG_RANGE;
    *out = v * 1000 + frac;
    return MXQ_CFG_OK;
}


#line 908 "gen/config.c"
static const int cfg_size_start = 1;
static const int cfg_size_first_final = 3;


#line 393 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_size(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    unsigned shift = 0;
    bool over = false;
    int cs;

    
#line 922 "gen/config.c"
	{
	cs = cfg_size_start;
	}

#line 405 "grammar/config.rl"
    
#line 925 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 299 "grammar/config.rl"
	{
        unsigned d = (unsigned)((*p) - '0');
        if (v > (UINT64_MAX - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 950 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
		case 66u: goto st4;
		case 71u: goto tr4;
		case 75u: goto tr5;
		case 77u: goto tr6;
		case 84u: goto tr7;
		case 98u: goto st4;
		case 103u: goto tr4;
		case 107u: goto tr5;
		case 109u: goto tr6;
		case 116u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
		case 66u: goto st4;
		case 71u: goto tr4;
		case 75u: goto tr5;
		case 77u: goto tr6;
		case 84u: goto tr7;
		case 98u: goto st4;
		case 103u: goto tr4;
		case 107u: goto tr5;
		case 109u: goto tr6;
		case 116u: goto tr7;
	}
	goto st0;
tr8:
#line 387 "grammar/config.rl"
	{ shift = 30; }
	goto st4;
tr9:
#line 385 "grammar/config.rl"
	{ shift = 10; }
	goto st4;
tr10:
#line 386 "grammar/config.rl"
	{ shift = 20; }
	goto st4;
tr11:
#line 388 "grammar/config.rl"
	{ shift = 40; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 1002 "gen/config.c"
	goto st0;
tr4:
#line 387 "grammar/config.rl"
	{ shift = 30; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 1010 "gen/config.c"
	switch( (*p) ) {
		case 66u: goto tr8;
		case 98u: goto tr8;
	}
	goto st0;
tr5:
#line 385 "grammar/config.rl"
	{ shift = 10; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 1022 "gen/config.c"
	switch( (*p) ) {
		case 66u: goto tr9;
		case 98u: goto tr9;
	}
	goto st0;
tr6:
#line 386 "grammar/config.rl"
	{ shift = 20; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 1034 "gen/config.c"
	switch( (*p) ) {
		case 66u: goto tr10;
		case 98u: goto tr10;
	}
	goto st0;
tr7:
#line 388 "grammar/config.rl"
	{ shift = 40; }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 1046 "gen/config.c"
	switch( (*p) ) {
		case 66u: goto tr11;
		case 98u: goto tr11;
	}
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 406 "grammar/config.rl"

    if (p != pe || cs < cfg_size_first_final)
        return MXQ_CFG_SYNTAX;
    if (over || v > (UINT64_MAX >> shift))
        return MXQ_CFG_RANGE;
    *out = v << shift;
    return MXQ_CFG_OK;
}


#line 1072 "gen/config.c"
static const int cfg_validate_start = 1;
static const int cfg_validate_first_final = 11;


#line 423 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_validate(const char *s, size_t n, enum mxq_cfg_validate *out)
{
    uptr p = (uptr)s, pe = p + n;
    enum mxq_cfg_validate v = MXQ_CFG_VALIDATE_STRICT;
    int cs;

    
#line 1084 "gen/config.c"
	{
	cs = cfg_validate_start;
	}

#line 433 "grammar/config.rl"
    
#line 1087 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 76u: goto st2;
		case 83u: goto st6;
		case 108u: goto st2;
		case 115u: goto st6;
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
		case 79u: goto st3;
		case 111u: goto st3;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 79u: goto st4;
		case 111u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 83u: goto st5;
		case 115u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 69u: goto tr6;
		case 101u: goto tr6;
	}
	goto st0;
tr6:
#line 420 "grammar/config.rl"
	{ v = MXQ_CFG_VALIDATE_LOOSE; }
	goto st11;
tr11:
#line 419 "grammar/config.rl"
	{ v = MXQ_CFG_VALIDATE_STRICT; }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 1149 "gen/config.c"
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 84u: goto st7;
		case 116u: goto st7;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 82u: goto st8;
		case 114u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 73u: goto st9;
		case 105u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 67u: goto st10;
		case 99u: goto st10;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 84u: goto tr11;
		case 116u: goto tr11;
	}
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 434 "grammar/config.rl"

    if (p != pe || cs < cfg_validate_first_final)
        return MXQ_CFG_SYNTAX;
    *out = v;
    return MXQ_CFG_OK;
}


#line 1217 "gen/config.c"
static const int cfg_hostname_start = 1;
static const int cfg_hostname_first_final = 3;


#line 452 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_hostname(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    size_t label_len = 0;
    bool too_long = false;
    int cs;

    
#line 1230 "gen/config.c"
	{
	cs = cfg_hostname_start;
	}

#line 463 "grammar/config.rl"
    
#line 1233 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr0;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 445 "grammar/config.rl"
	{ label_len = 0; }
#line 446 "grammar/config.rl"
	{ if (++label_len > 63) too_long = true; }
	goto st3;
tr3:
#line 446 "grammar/config.rl"
	{ if (++label_len > 63) too_long = true; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 1262 "gen/config.c"
	switch( (*p) ) {
		case 45u: goto tr2;
		case 46u: goto st4;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr3;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr3;
	} else
		goto tr3;
	goto st0;
tr2:
#line 446 "grammar/config.rl"
	{ if (++label_len > 63) too_long = true; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 1282 "gen/config.c"
	if ( (*p) == 45u )
		goto tr2;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr3;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr3;
	} else
		goto tr3;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr0;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 464 "grammar/config.rl"

    if (p != pe || cs < cfg_hostname_first_final)
        return MXQ_CFG_SYNTAX;
    if (too_long || n - (s[n - 1] == '.') > 253)
        return MXQ_CFG_RANGE;
    return MXQ_CFG_OK;
}


#line 1322 "gen/config.c"
static const int cfg_queue_name_start = 1;
static const int cfg_queue_name_first_final = 2;


#line 479 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_queue_name(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    
#line 1333 "gen/config.c"
	{
	cs = cfg_queue_name_start;
	}

#line 488 "grammar/config.rl"
    
#line 1336 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 45u: goto st2;
		case 95u: goto st2;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 58u )
			goto st2;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st2;
	} else
		goto st2;
	goto st0;
st0:
cs = 0;
	goto _out;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 95u )
		goto st2;
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st2;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st2;
		} else if ( (*p) >= 65u )
			goto st2;
	} else
		goto st2;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 489 "grammar/config.rl"

    if (p != pe || cs < cfg_queue_name_first_final)
        return MXQ_CFG_SYNTAX;
    if (n > 255)
        return MXQ_CFG_RANGE;
    return MXQ_CFG_OK;
}

/* ---------------------------------------------------------- port lists */

static enum mxq_cfg_status
add_ports(uint32_t lo, uint32_t hi, uint16_t *ports, size_t cap,
          size_t *count)
{
    if (lo == 0 || hi > 65535 || lo > hi)
        return MXQ_CFG_RANGE;
    for (uint32_t port = lo; port <= hi; port++) {
        for (size_t i = 0; i < *count; i++)
            if (ports[i] == port)
                return MXQ_CFG_DUPLICATE;
        if (*count == cap)
            return MXQ_CFG_TOO_MANY;
        ports[(*count)++] = (uint16_t)port;
    }
    return MXQ_CFG_OK;
}


#line 1409 "gen/config.c"
static const int cfg_ports_start = 3;
static const int cfg_ports_first_final = 3;


#line 533 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_ports(const char *s, size_t n, uint16_t *ports, size_t cap,
                    size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_OK;
    uint32_t port = 0, low = 0;
    bool ranged = false;
    int cs;

    *count = 0;

    
#line 1426 "gen/config.c"
	{
	cs = cfg_ports_start;
	}

#line 548 "grammar/config.rl"
    
#line 1429 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 9u: goto st3;
		case 32u: goto st3;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 522 "grammar/config.rl"
	{ ranged = false; }
#line 520 "grammar/config.rl"
	{ port = 0; }
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 1457 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
		case 45u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr8;
	goto st0;
tr5:
#line 524 "grammar/config.rl"
	{ if (st == MXQ_CFG_OK)
                            st = add_ports(ranged ? low : port, port,
                                           ports, cap, count); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 1475 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st5;
		case 32u: goto st5;
		case 44u: goto st1;
	}
	goto st0;
tr6:
#line 524 "grammar/config.rl"
	{ if (st == MXQ_CFG_OK)
                            st = add_ports(ranged ? low : port, port,
                                           ports, cap, count); }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 1490 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st1;
		case 32u: goto st1;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2;
	goto st0;
tr7:
#line 523 "grammar/config.rl"
	{ low = port; ranged = true; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 1504 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr3;
	goto st0;
tr3:
#line 520 "grammar/config.rl"
	{ port = 0; }
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 1515 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr10;
	goto st0;
tr10:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 1530 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr11;
	goto st0;
tr11:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 1545 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr12;
	goto st0;
tr12:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 1560 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr13;
	goto st0;
tr13:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 1575 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
	}
	goto st0;
tr8:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 1588 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
		case 45u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr14;
	goto st0;
tr14:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 1604 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
		case 45u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr15;
	goto st0;
tr15:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 1620 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
		case 45u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr16;
	goto st0;
tr16:
#line 521 "grammar/config.rl"
	{ port = port * 10 + (uint32_t)((*p) - '0'); }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 1636 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr5;
		case 32u: goto tr5;
		case 44u: goto tr6;
		case 45u: goto tr7;
	}
	goto st0;
	}
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 4: 
	case 6: 
	case 7: 
	case 8: 
	case 9: 
	case 10: 
	case 11: 
	case 12: 
	case 13: 
	case 14: 
#line 524 "grammar/config.rl"
	{ if (st == MXQ_CFG_OK)
                            st = add_ports(ranged ? low : port, port,
                                           ports, cap, count); }
	break;
#line 1677 "gen/config.c"
	}
	}

	_out: {}
	}

#line 549 "grammar/config.rl"

    if (p != pe || cs < cfg_ports_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}

/* ------------------------------------------------------------ addresses */

/* What one address (and prefix) is made of, while it is being read. */
struct cidr_scan {
    uint16_t groups[8];      /* IPv6 16-bit groups, in order */
    unsigned ngroups;
    int dcolon;              /* index in groups[] where `::` stands; -1 */
    uint8_t v4[4];           /* the dotted quad, standalone or trailing */
    unsigned nv4;
    unsigned octet;
    unsigned h16;
    unsigned prefix;
    bool has_prefix;
    bool overflow;           /* more than 8 groups */
};

static void
cidr_scan_reset(struct cidr_scan *c)
{
    memset(c, 0, sizeof *c);
    c->dcolon = -1;
}

/* Builds the binary address from a finished scan. */
static enum mxq_cfg_status
cidr_scan_finish(const struct cidr_scan *c, struct mxq_cfg_cidr *out)
{
    memset(out, 0, sizeof *out);
    if (c->ngroups == 0 && c->dcolon < 0) {
        /* A standalone dotted quad (the grammar saw four octets). */
        out->family = 4;
        memcpy(out->addr, c->v4, 4);
        out->prefix = 32;
    } else {
        unsigned tail = c->nv4 == 4 ? 2 : 0;
        unsigned total = c->ngroups + tail;
        uint16_t g[8] = { 0 };

        if (c->overflow || (c->dcolon < 0 && total != 8) ||
            (c->dcolon >= 0 && total > 7))
            return MXQ_CFG_SYNTAX;
        /* Groups before `::` go to the front, the rest to the back. */
        unsigned before = c->dcolon < 0 ? c->ngroups : (unsigned)c->dcolon;
        unsigned after = c->ngroups - before;
        for (unsigned i = 0; i < before; i++)
            g[i] = c->groups[i];
        for (unsigned i = 0; i < after; i++)
            g[8 - tail - after + i] = c->groups[before + i];
        if (tail) {
            g[6] = (uint16_t)(c->v4[0] << 8 | c->v4[1]);
            g[7] = (uint16_t)(c->v4[2] << 8 | c->v4[3]);
        }
        out->family = 6;
        for (unsigned i = 0; i < 8; i++) {
            out->addr[2 * i] = (uint8_t)(g[i] >> 8);
            out->addr[2 * i + 1] = (uint8_t)(g[i] & 0xff);
        }
        out->prefix = 128;
    }
    if (c->has_prefix) {
        if (c->prefix > out->prefix)
            return MXQ_CFG_RANGE;
        out->prefix = (uint8_t)c->prefix;
        /* Clear the host bits: 1.2.3.4/24 is the range 1.2.3.0/24. */
        unsigned bytes = out->family == 4 ? 4 : 16;
        for (unsigned bit = out->prefix; bit < bytes * 8; bit++)
            out->addr[bit / 8] &= (uint8_t)~(0x80u >> (bit % 8));
    }
    return MXQ_CFG_OK;
}

static unsigned
hex_value(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return (unsigned)(ch - '0');
    if (ch >= 'a' && ch <= 'f')
        return (unsigned)(ch - 'a' + 10);
    return (unsigned)(ch - 'A' + 10);
}


#line 666 "grammar/config.rl"



#line 1771 "gen/config.c"
static const int cfg_ip_start = 1;
static const int cfg_ip_first_final = 18;


#line 678 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_ip(const char *s, size_t n, struct mxq_cfg_cidr *out)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_SYNTAX;
    struct cidr_scan c;
    int cs;

    cidr_scan_reset(&c);

    
#line 1786 "gen/config.c"
	{
	cs = cfg_ip_start;
	}

#line 691 "grammar/config.rl"
    
#line 1789 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 48u: goto tr0;
		case 49u: goto tr2;
		case 50u: goto tr3;
		case 58u: goto st17;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr4;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr6;
	} else
		goto tr6;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st18;
tr27:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 1831 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr38;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
tr37:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 1851 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr7;
		case 49u: goto tr8;
		case 50u: goto tr9;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr10;
	goto st0;
tr7:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st3;
tr25:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 1870 "gen/config.c"
	if ( (*p) == 46u )
		goto tr11;
	goto st0;
tr11:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 1880 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr12;
		case 49u: goto tr13;
		case 50u: goto tr14;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr15;
	goto st0;
tr12:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st5;
tr22:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 1899 "gen/config.c"
	if ( (*p) == 46u )
		goto tr16;
	goto st0;
tr16:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 1909 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr17;
		case 49u: goto tr18;
		case 50u: goto tr19;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr20;
	goto st0;
tr17:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st19;
tr41:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 1928 "gen/config.c"
	goto st0;
tr18:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 1937 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr40;
	goto st0;
tr20:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st21;
tr40:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 1951 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr41;
	goto st0;
tr19:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 1962 "gen/config.c"
	if ( (*p) == 53u )
		goto tr42;
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr41;
	} else if ( (*p) >= 48u )
		goto tr40;
	goto st0;
tr42:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 1977 "gen/config.c"
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr41;
	goto st0;
tr13:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 1988 "gen/config.c"
	if ( (*p) == 46u )
		goto tr16;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr21;
	goto st0;
tr15:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st8;
tr21:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 2004 "gen/config.c"
	if ( (*p) == 46u )
		goto tr16;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr22;
	goto st0;
tr14:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 2017 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr16;
		case 53u: goto tr23;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr22;
	} else if ( (*p) >= 48u )
		goto tr21;
	goto st0;
tr23:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 2034 "gen/config.c"
	if ( (*p) == 46u )
		goto tr16;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr22;
	goto st0;
tr8:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 2047 "gen/config.c"
	if ( (*p) == 46u )
		goto tr11;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr24;
	goto st0;
tr10:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st12;
tr24:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 2063 "gen/config.c"
	if ( (*p) == 46u )
		goto tr11;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr25;
	goto st0;
tr9:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 2076 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr11;
		case 53u: goto tr26;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr25;
	} else if ( (*p) >= 48u )
		goto tr24;
	goto st0;
tr26:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 2093 "gen/config.c"
	if ( (*p) == 46u )
		goto tr11;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr25;
	goto st0;
tr38:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 2105 "gen/config.c"
	if ( (*p) == 58u )
		goto tr39;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr43;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr43:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 2123 "gen/config.c"
	if ( (*p) == 58u )
		goto tr39;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr44;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr44;
	} else
		goto tr44;
	goto st0;
tr44:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 2141 "gen/config.c"
	if ( (*p) == 58u )
		goto tr39;
	goto st0;
tr39:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 2154 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr27;
		case 49u: goto tr28;
		case 50u: goto tr29;
		case 58u: goto tr31;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr30;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr6;
	} else
		goto tr6;
	goto st0;
tr28:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 2180 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr45;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
tr45:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 2201 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr46;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr46:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st29;
tr58:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 2226 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr44;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr44;
	} else
		goto tr44;
	goto st0;
tr29:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 2250 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 53u: goto tr47;
		case 58u: goto tr39;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr45;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr38;
		} else if ( (*p) >= 65u )
			goto tr38;
	} else
		goto tr48;
	goto st0;
tr47:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 2275 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr46;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr43;
		} else if ( (*p) >= 65u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr48:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st32;
tr60:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 2303 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr43;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr30:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 2327 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr48;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
tr31:
#line 649 "grammar/config.rl"
	{ c.dcolon = (int)c.ngroups; }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 2347 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr32;
		case 49u: goto tr33;
		case 50u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr35;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr36;
	} else
		goto tr36;
	goto st0;
tr32:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 2372 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr49;
	} else
		goto tr49;
	goto st0;
tr49:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 2392 "gen/config.c"
	if ( (*p) == 58u )
		goto tr50;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr51;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr51;
	} else
		goto tr51;
	goto st0;
tr51:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 2410 "gen/config.c"
	if ( (*p) == 58u )
		goto tr50;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr52;
	} else
		goto tr52;
	goto st0;
tr52:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 2428 "gen/config.c"
	if ( (*p) == 58u )
		goto tr50;
	goto st0;
tr50:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 2441 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr32;
		case 49u: goto tr33;
		case 50u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr35;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr36;
	} else
		goto tr36;
	goto st0;
tr33:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 2466 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr53;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr49;
	} else
		goto tr49;
	goto st0;
tr53:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 2487 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr54;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr51;
	} else
		goto tr51;
	goto st0;
tr54:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 2508 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr52;
	} else
		goto tr52;
	goto st0;
tr34:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 2532 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 53u: goto tr55;
		case 58u: goto tr50;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr53;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr49;
		} else if ( (*p) >= 65u )
			goto tr49;
	} else
		goto tr56;
	goto st0;
tr55:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 2557 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr54;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr51;
		} else if ( (*p) >= 65u )
			goto tr51;
	} else
		goto tr51;
	goto st0;
tr56:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 2581 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr51;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr51;
	} else
		goto tr51;
	goto st0;
tr35:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 2605 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr56;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr49;
	} else
		goto tr49;
	goto st0;
tr36:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 2626 "gen/config.c"
	if ( (*p) == 58u )
		goto tr50;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr49;
	} else
		goto tr49;
	goto st0;
tr6:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 2645 "gen/config.c"
	if ( (*p) == 58u )
		goto tr39;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr38;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
tr2:
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 2667 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr57;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
tr57:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 2688 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr58;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr3:
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 2712 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 53u: goto tr59;
		case 58u: goto tr39;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr57;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr38;
		} else if ( (*p) >= 65u )
			goto tr38;
	} else
		goto tr60;
	goto st0;
tr59:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 2737 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr58;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr43;
		} else if ( (*p) >= 65u )
			goto tr43;
	} else
		goto tr43;
	goto st0;
tr4:
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 2764 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr37;
		case 58u: goto tr39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr38;
	} else
		goto tr38;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 58u )
		goto tr31;
	goto st0;
	}
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 34: 
#line 673 "grammar/config.rl"
	{ st = cidr_scan_finish(&c, out); }
	break;
	case 19: 
	case 20: 
	case 21: 
	case 22: 
	case 23: 
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
#line 673 "grammar/config.rl"
	{ st = cidr_scan_finish(&c, out); }
	break;
	case 18: 
	case 24: 
	case 25: 
	case 26: 
	case 27: 
	case 28: 
	case 29: 
	case 30: 
	case 31: 
	case 32: 
	case 33: 
	case 35: 
	case 36: 
	case 37: 
	case 38: 
	case 39: 
	case 40: 
	case 41: 
	case 42: 
	case 43: 
	case 44: 
	case 45: 
	case 46: 
	case 47: 
	case 48: 
	case 49: 
	case 50: 
	case 51: 
	case 52: 
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
#line 673 "grammar/config.rl"
	{ st = cidr_scan_finish(&c, out); }
	break;
#line 2887 "gen/config.c"
	}
	}

	_out: {}
	}

#line 692 "grammar/config.rl"

    if (p != pe || cs < cfg_ip_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}


#line 2898 "gen/config.c"
static const int cfg_cidrs_start = 19;
static const int cfg_cidrs_first_final = 19;


#line 717 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_cidrs(const char *s, size_t n, struct mxq_cfg_cidr *items,
                    size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_OK;
    struct cidr_scan c;
    int cs;

    *count = 0;
    cidr_scan_reset(&c);

    
#line 2915 "gen/config.c"
	{
	cs = cfg_cidrs_start;
	}

#line 732 "grammar/config.rl"
    
#line 2918 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 9u: goto st19;
		case 32u: goto st19;
		case 48u: goto tr2;
		case 49u: goto tr3;
		case 50u: goto tr4;
		case 58u: goto tr6;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr5;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr7;
	} else
		goto tr7;
	goto st0;
st0:
cs = 0;
	goto _out;
tr2:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st20;
tr30:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
#line 2966 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr45;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr42:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st21;
tr50:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st21;
tr53:
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
#line 3022 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st21;
		case 32u: goto st21;
		case 59u: goto st1;
	}
	goto st0;
tr47:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st1;
tr52:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st1;
tr54:
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 3067 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st1;
		case 32u: goto st1;
		case 48u: goto tr2;
		case 49u: goto tr3;
		case 50u: goto tr4;
		case 58u: goto tr6;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr5;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr7;
	} else
		goto tr7;
	goto st0;
tr3:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
#line 3096 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr43:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 3120 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr8;
		case 49u: goto tr9;
		case 50u: goto tr10;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr11;
	goto st0;
tr8:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st3;
tr28:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 3139 "gen/config.c"
	if ( (*p) == 46u )
		goto tr12;
	goto st0;
tr12:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
#line 3149 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr13;
		case 49u: goto tr14;
		case 50u: goto tr15;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr16;
	goto st0;
tr13:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st5;
tr25:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 3168 "gen/config.c"
	if ( (*p) == 46u )
		goto tr17;
	goto st0;
tr17:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 3178 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr18;
		case 49u: goto tr19;
		case 50u: goto tr20;
	}
	if ( 51u <= (*p) && (*p) <= 57u )
		goto tr21;
	goto st0;
tr18:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st23;
tr57:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 3197 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr50;
		case 32u: goto tr50;
		case 47u: goto tr51;
		case 59u: goto tr52;
	}
	goto st0;
tr44:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
#line 650 "grammar/config.rl"
	{ c.has_prefix = true; c.prefix = 0; }
	goto st7;
tr51:
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
#line 650 "grammar/config.rl"
	{ c.has_prefix = true; c.prefix = 0; }
	goto st7;
tr66:
#line 650 "grammar/config.rl"
	{ c.has_prefix = true; c.prefix = 0; }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 3222 "gen/config.c"
	if ( (*p) == 48u )
		goto tr22;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr23;
	goto st0;
tr22:
#line 651 "grammar/config.rl"
	{ c.prefix = c.prefix * 10 + (unsigned)((*p) - '0'); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 3234 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr53;
		case 32u: goto tr53;
		case 59u: goto tr54;
	}
	goto st0;
tr23:
#line 651 "grammar/config.rl"
	{ c.prefix = c.prefix * 10 + (unsigned)((*p) - '0'); }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 3247 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr53;
		case 32u: goto tr53;
		case 59u: goto tr54;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr55;
	goto st0;
tr55:
#line 651 "grammar/config.rl"
	{ c.prefix = c.prefix * 10 + (unsigned)((*p) - '0'); }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
#line 3262 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr53;
		case 32u: goto tr53;
		case 59u: goto tr54;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr22;
	goto st0;
tr19:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 3278 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr50;
		case 32u: goto tr50;
		case 47u: goto tr51;
		case 59u: goto tr52;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr56;
	goto st0;
tr21:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st28;
tr56:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 3298 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr50;
		case 32u: goto tr50;
		case 47u: goto tr51;
		case 59u: goto tr52;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr57;
	goto st0;
tr20:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 3315 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr50;
		case 32u: goto tr50;
		case 47u: goto tr51;
		case 53u: goto tr58;
		case 59u: goto tr52;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr57;
	} else if ( (*p) >= 48u )
		goto tr56;
	goto st0;
tr58:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 3335 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr50;
		case 32u: goto tr50;
		case 47u: goto tr51;
		case 59u: goto tr52;
	}
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr57;
	goto st0;
tr14:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 3352 "gen/config.c"
	if ( (*p) == 46u )
		goto tr17;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr24;
	goto st0;
tr16:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st9;
tr24:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
#line 3368 "gen/config.c"
	if ( (*p) == 46u )
		goto tr17;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr25;
	goto st0;
tr15:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
#line 3381 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr17;
		case 53u: goto tr26;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr25;
	} else if ( (*p) >= 48u )
		goto tr24;
	goto st0;
tr26:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
#line 3398 "gen/config.c"
	if ( (*p) == 46u )
		goto tr17;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr25;
	goto st0;
tr9:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 3411 "gen/config.c"
	if ( (*p) == 46u )
		goto tr12;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr27;
	goto st0;
tr11:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st13;
tr27:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 3427 "gen/config.c"
	if ( (*p) == 46u )
		goto tr12;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr28;
	goto st0;
tr10:
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
#line 3440 "gen/config.c"
	switch( (*p) ) {
		case 46u: goto tr12;
		case 53u: goto tr29;
	}
	if ( (*p) > 52u ) {
		if ( 54u <= (*p) && (*p) <= 57u )
			goto tr28;
	} else if ( (*p) >= 48u )
		goto tr27;
	goto st0;
tr29:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 3457 "gen/config.c"
	if ( (*p) == 46u )
		goto tr12;
	if ( 48u <= (*p) && (*p) <= 53u )
		goto tr28;
	goto st0;
tr49:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 3470 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr59;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr59:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st32;
tr63:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
#line 3499 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr61;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr61;
	} else
		goto tr61;
	goto st0;
tr61:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
#line 3523 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	goto st0;
tr46:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 3541 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr30;
		case 49u: goto tr31;
		case 50u: goto tr32;
		case 58u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr33;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr35;
	} else
		goto tr35;
	goto st0;
tr31:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
#line 3567 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr62;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr62:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 3592 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr63;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr60:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 3616 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr61;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr61;
	} else
		goto tr61;
	goto st0;
tr45:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 3639 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr32:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 3666 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 53u: goto tr64;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr62;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr45;
		} else if ( (*p) >= 65u )
			goto tr45;
	} else
		goto tr65;
	goto st0;
tr64:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
#line 3695 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr63;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr60;
		} else if ( (*p) >= 65u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr76:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st40;
tr65:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
#line 3727 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr60;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr33:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
#line 3755 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr65;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr34:
#line 649 "grammar/config.rl"
	{ c.dcolon = (int)c.ngroups; }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
#line 3779 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr53;
		case 32u: goto tr53;
		case 47u: goto tr66;
		case 48u: goto tr36;
		case 49u: goto tr37;
		case 50u: goto tr38;
		case 59u: goto tr54;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr39;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr40;
	} else
		goto tr40;
	goto st0;
tr36:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
#line 3808 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr67;
	} else
		goto tr67;
	goto st0;
tr67:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
#line 3832 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr69:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
#line 3855 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr70;
	} else
		goto tr70;
	goto st0;
tr70:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
#line 3878 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	goto st0;
tr68:
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 3896 "gen/config.c"
	switch( (*p) ) {
		case 48u: goto tr36;
		case 49u: goto tr37;
		case 50u: goto tr38;
	}
	if ( (*p) < 65u ) {
		if ( 51u <= (*p) && (*p) <= 57u )
			goto tr39;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr40;
	} else
		goto tr40;
	goto st0;
tr37:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
#line 3921 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr71;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr67;
	} else
		goto tr67;
	goto st0;
tr71:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
#line 3946 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr72;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr72:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
#line 3971 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr70;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr70;
	} else
		goto tr70;
	goto st0;
tr38:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
#line 3999 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 53u: goto tr73;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr71;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr67;
		} else if ( (*p) >= 65u )
			goto tr67;
	} else
		goto tr74;
	goto st0;
tr73:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
#line 4028 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr72;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr69;
		} else if ( (*p) >= 65u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr74:
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
#line 4056 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr69;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr39:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
#line 4084 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr74;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr67;
	} else
		goto tr67;
	goto st0;
tr40:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
#line 4109 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr68;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr67;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr67;
	} else
		goto tr67;
	goto st0;
tr7:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st55;
tr35:
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
#line 4138 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr45;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr4:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
#line 4166 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 53u: goto tr75;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 52u )
			goto tr49;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr45;
		} else if ( (*p) >= 65u )
			goto tr45;
	} else
		goto tr76;
	goto st0;
tr75:
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
#line 4195 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 54u ) {
		if ( 48u <= (*p) && (*p) <= 53u )
			goto tr59;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 70u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr60;
		} else if ( (*p) >= 65u )
			goto tr60;
	} else
		goto tr60;
	goto st0;
tr5:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
#line 642 "grammar/config.rl"
	{ c.nv4 = 0; }
#line 639 "grammar/config.rl"
	{ c.octet = 0; }
#line 640 "grammar/config.rl"
	{ c.octet = c.octet * 10 + (unsigned)((*p) - '0'); }
#line 643 "grammar/config.rl"
	{ c.h16 = 0; }
#line 644 "grammar/config.rl"
	{ c.h16 = c.h16 * 16 + hex_value((*p)); }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
#line 4227 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto tr42;
		case 32u: goto tr42;
		case 46u: goto tr43;
		case 47u: goto tr44;
		case 58u: goto tr46;
		case 59u: goto tr47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr76;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr45;
	} else
		goto tr45;
	goto st0;
tr6:
#line 703 "grammar/config.rl"
	{ cidr_scan_reset(&c); }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 4251 "gen/config.c"
	if ( (*p) == 58u )
		goto tr34;
	goto st0;
	}
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
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
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 24: 
	case 25: 
	case 26: 
	case 42: 
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	break;
	case 23: 
	case 27: 
	case 28: 
	case 29: 
	case 30: 
#line 641 "grammar/config.rl"
	{ if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	break;
	case 20: 
	case 22: 
	case 31: 
	case 32: 
	case 33: 
	case 34: 
	case 35: 
	case 36: 
	case 37: 
	case 38: 
	case 39: 
	case 40: 
	case 41: 
	case 43: 
	case 44: 
	case 45: 
	case 46: 
	case 47: 
	case 48: 
	case 49: 
	case 50: 
	case 51: 
	case 52: 
	case 53: 
	case 54: 
	case 55: 
	case 56: 
	case 57: 
	case 58: 
#line 645 "grammar/config.rl"
	{ if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
#line 704 "grammar/config.rl"
	{
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }
	break;
#line 4388 "gen/config.c"
	}
	}

	_out: {}
	}

#line 733 "grammar/config.rl"

    if (p != pe || cs < cfg_cidrs_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}

/* ------------------------------------------------------- keyword lists */


#line 4401 "gen/config.c"
static const int cfg_list_start = 2;
static const int cfg_list_first_final = 2;


#line 764 "grammar/config.rl"


enum mxq_cfg_status
mxq_cfg_parse_list(const char *s, size_t n, struct mxq_slice *items,
                   size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    uptr item_p = p, item_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    
#line 4417 "gen/config.c"
	{
	cs = cfg_list_start;
	}

#line 778 "grammar/config.rl"
    
#line 4420 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
		case 44u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr2;
st0:
cs = 0;
	goto _out;
tr2:
#line 745 "grammar/config.rl"
	{ item_p = p; item_end = p + 1; }
	goto st3;
tr5:
#line 746 "grammar/config.rl"
	{ item_end = p + 1; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 4451 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st3;
		case 32u: goto st3;
		case 44u: goto tr6;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr5;
tr6:
#line 747 "grammar/config.rl"
	{
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].p = (const char *)item_p;
            items[*count].n = (size_t)(item_end - item_p);
            (*count)++;
        }
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 4475 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st1;
		case 32u: goto st1;
		case 44u: goto st0;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr2;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof1: cs = 1; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 3: 
#line 747 "grammar/config.rl"
	{
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].p = (const char *)item_p;
            items[*count].n = (size_t)(item_end - item_p);
            (*count)++;
        }
    }
	break;
#line 4504 "gen/config.c"
	}
	}

	_out: {}
	}

#line 779 "grammar/config.rl"

    if (p != pe || cs < cfg_list_first_final)
        return MXQ_CFG_SYNTAX;
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}

/* ------------------------------------------------------ field lists */


#line 4517 "gen/config.c"
static const int cfg_fields_start = 1;
static const int cfg_fields_first_final = 1;


#line 806 "grammar/config.rl"


static void
emit_field(struct mxq_slice *items, size_t cap, size_t *count,
           bool *too_many, uptr from, uptr to)
{
    if (*count == cap) {
        *too_many = true;
        return;
    }
    items[*count].p = (const char *)from;
    items[*count].n = (size_t)(to - from);
    (*count)++;
}

enum mxq_cfg_status
mxq_cfg_parse_fields(const char *s, size_t n, struct mxq_slice *items,
                     size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n;
    uptr field_p = p, field_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    
#line 4546 "gen/config.c"
	{
	cs = cfg_fields_start;
	}

#line 833 "grammar/config.rl"
    
#line 4549 "gen/config.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr3:
#line 793 "grammar/config.rl"
	{
        emit_field(items, cap, count, &too_many, field_p, field_end);
        field_p = field_end = p + 1;
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 4564 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st1;
		case 32u: goto st1;
		case 44u: goto tr3;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr2;
st0:
cs = 0;
	goto _out;
tr2:
#line 791 "grammar/config.rl"
	{ field_p = p; field_end = p + 1; }
	goto st2;
tr5:
#line 792 "grammar/config.rl"
	{ field_end = p + 1; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 4586 "gen/config.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 32u: goto st2;
		case 44u: goto tr3;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr5;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 834 "grammar/config.rl"

    if (p != pe || cs < cfg_fields_first_final)
        return MXQ_CFG_SYNTAX;
    emit_field(items, cap, count, &too_many, field_p, field_end);
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}
