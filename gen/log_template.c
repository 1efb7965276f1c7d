
#line 1 "grammar/log_template.rl"
/*
 * The received log's template: see log_template.h for the grammar. One
 * machine reads the whole template; its actions append instructions
 * (literal runs, values, ifs and the jumps of their elses) and note which
 * part of a tag it is in, so that a refusal can say what was wrong and
 * where. The renderer below walks the instructions over a document.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log_template.h"

/* The part of the template the machine is in. */
enum template_part {
    PART_TEXT,
    PART_TAG,                      /* after "{" */
    PART_VAR,                      /* after "$" */
    PART_PATH,                     /* after the variable's name */
    PART_IF                        /* after "{if" */
};

/* One open {if}: its instruction, and its {else}'s jump (0: none yet;
 * an else's jump is never instruction 0). */
struct open_if {
    size_t op, jump;
    size_t at;                     /* offset of its "{" */
};

struct compiler {
    struct mxq_log_template *t;
    const char *err;               /* set by an action: stop */
    size_t err_at;
    struct open_if open[MXQ_LOG_TEMPLATE_MAX_DEPTH];
    size_t depth;
    /* the reference being read */
    uint8_t var, negate, key_count;
    struct mxq_log_key keys[MXQ_LOG_TEMPLATE_MAX_KEYS];
};

static void refuse(struct compiler *c, size_t at, const char *why)
{
    if (c->err == NULL) {
        c->err = why;
        c->err_at = at;
    }
}

static struct mxq_log_op *append(struct compiler *c, size_t at,
                                 enum mxq_log_op_kind kind)
{
    struct mxq_log_template *t = c->t;
    if (t->count == MXQ_LOG_TEMPLATE_MAX_OPS) {
        refuse(c, at, "template too long (too many tags and texts)");
        return NULL;
    }
    struct mxq_log_op *op = &t->ops[t->count++];
    memset(op, 0, sizeof *op);
    op->kind = (uint8_t)kind;
    return op;
}

/* One literal octet at text[at]: extends the last run when it is next. */
static void literal(struct compiler *c, size_t at)
{
    struct mxq_log_template *t = c->t;
    if (t->count > 0) {
        struct mxq_log_op *last = &t->ops[t->count - 1];
        if (last->kind == MXQ_LOG_OP_TEXT && last->off + last->len == at) {
            last->len++;
            return;
        }
    }
    struct mxq_log_op *op = append(c, at, MXQ_LOG_OP_TEXT);
    if (op != NULL) {
        op->off = (uint32_t)at;
        op->len = 1;
    }
}

static void reference(struct compiler *c, struct mxq_log_op *op)
{
    op->var = c->var;
    op->negate = c->negate;
    op->key_count = c->key_count;
    memcpy(op->keys, c->keys, sizeof op->keys);
}

/* The reference just read is fine as a value or a condition. */
static bool reference_ok(struct compiler *c, size_t at)
{
    if (c->var != MXQ_LOG_VAR_JSON && c->key_count > 0) {
        refuse(c, at, "only $json has keys");
        return false;
    }
    return true;
}


#line 110 "gen/log_template.c"
static const int mxq_log_template_start = 62;
static const int mxq_log_template_first_final = 62;


#line 212 "grammar/log_template.rl"


static const char *part_error(enum template_part part, bool at_end)
{
    switch (part) {
    case PART_TEXT:
        return "control character in the template";
    case PART_TAG:
        return at_end ? "unterminated tag"
                      : "unknown tag after '{' (a literal '{' is {ldelim})";
    case PART_VAR:
        return "unknown variable (there are $json, $report, $date, $time)";
    case PART_PATH:
        return at_end ? "unterminated tag" : "bad key or '}' missing";
    case PART_IF:
        return at_end ? "unterminated {if}" : "bad {if} (it is {if $var} or "
                                              "{if !$var})";
    }
    return "bad template";
}

struct mxq_log_template *mxq_log_template_compile(
    const char *text, size_t n, struct mxq_log_template_error *err)
{
    err->offset = 0;
    err->message = NULL;
    if (n > MXQ_LOG_TEMPLATE_MAX_LEN) {
        err->offset = MXQ_LOG_TEMPLATE_MAX_LEN;
        err->message = "template longer than 65536 octets";
        return NULL;
    }
    struct mxq_log_template *t = malloc(sizeof *t);
    char *copy = malloc(n + 1);
    if (t == NULL || copy == NULL) {
        free(t);
        free(copy);
        err->message = "out of memory";
        return NULL;
    }
    if (n > 0)
        memcpy(copy, text, n);
    copy[n] = '\0';
    t->text = copy;
    t->text_len = n;
    t->count = 0;

    struct compiler c;
    memset(&c, 0, sizeof c);
    c.t = t;

    const unsigned char *base = (const unsigned char *)copy;
    const unsigned char *p = base, *pe = base + n, *eof = pe;
    const unsigned char *key_at = base;
    size_t tag_at = 0;
    enum template_part part = PART_TEXT;
    int cs;
    (void)eof;

    
#line 171 "gen/log_template.c"
	{
	cs = mxq_log_template_start;
	}

#line 271 "grammar/log_template.rl"
    
#line 174 "gen/log_template.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
tr15:
#line 143 "grammar/log_template.rl"
	{
        if (!reference_ok(&c, tag_at))
            {p++; cs = 62; goto _out;}
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_VALUE);
        if (op == NULL)
            {p++; cs = 62; goto _out;}
        reference(&c, op);
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr19:
#line 135 "grammar/log_template.rl"
	{
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
#line 143 "grammar/log_template.rl"
	{
        if (!reference_ok(&c, tag_at))
            {p++; cs = 62; goto _out;}
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_VALUE);
        if (op == NULL)
            {p++; cs = 62; goto _out;}
        reference(&c, op);
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr33:
#line 179 "grammar/log_template.rl"
	{
        if (c.depth == 0) {
            refuse(&c, tag_at, "{/if} without {if}");
            {p++; cs = 62; goto _out;}
        }
        struct open_if *o = &c.open[--c.depth];
        c.t->ops[o->jump != 0 ? o->jump : o->op].jump = (uint32_t)c.t->count;
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr37:
#line 164 "grammar/log_template.rl"
	{
        if (c.depth == 0) {
            refuse(&c, tag_at, "{else} without {if}");
            {p++; cs = 62; goto _out;}
        }
        struct open_if *o = &c.open[c.depth - 1];
        if (o->jump != 0) {
            refuse(&c, tag_at, "a second {else} in one {if}");
            {p++; cs = 62; goto _out;}
        }
        if (append(&c, tag_at, MXQ_LOG_OP_JUMP) == NULL)
            {p++; cs = 62; goto _out;}
        o->jump = c.t->count - 1;
        c.t->ops[o->op].jump = (uint32_t)c.t->count;
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr52:
#line 151 "grammar/log_template.rl"
	{
        if (!reference_ok(&c, tag_at))
            {p++; cs = 62; goto _out;}
        if (c.depth == MXQ_LOG_TEMPLATE_MAX_DEPTH) {
            refuse(&c, tag_at, "{if} nested too deep");
            {p++; cs = 62; goto _out;}
        }
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_IF);
        if (op == NULL)
            {p++; cs = 62; goto _out;}
        reference(&c, op);
        c.open[c.depth++] = (struct open_if){c.t->count - 1, 0, tag_at};
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr57:
#line 135 "grammar/log_template.rl"
	{
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
#line 151 "grammar/log_template.rl"
	{
        if (!reference_ok(&c, tag_at))
            {p++; cs = 62; goto _out;}
        if (c.depth == MXQ_LOG_TEMPLATE_MAX_DEPTH) {
            refuse(&c, tag_at, "{if} nested too deep");
            {p++; cs = 62; goto _out;}
        }
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_IF);
        if (op == NULL)
            {p++; cs = 62; goto _out;}
        reference(&c, op);
        c.open[c.depth++] = (struct open_if){c.t->count - 1, 0, tag_at};
    }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr74:
#line 187 "grammar/log_template.rl"
	{ literal(&c, tag_at); }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr80:
#line 188 "grammar/log_template.rl"
	{ literal(&c, (size_t)(p - base)); }
#line 119 "grammar/log_template.rl"
	{ part = PART_TEXT; }
	goto st62;
tr81:
#line 113 "grammar/log_template.rl"
	{ literal(&c, (size_t)(p - base)); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
#line 287 "gen/log_template.c"
	switch( (*p) ) {
		case 123u: goto tr82;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 10u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto tr81;
st0:
cs = 0;
	goto _out;
tr82:
#line 114 "grammar/log_template.rl"
	{
        tag_at = (size_t)(p - base);
        part = PART_TAG;
        c.negate = 0;
    }
	goto st1;
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
#line 311 "gen/log_template.c"
	switch( (*p) ) {
		case 36u: goto tr0;
		case 47u: goto st20;
		case 101u: goto st23;
		case 105u: goto st27;
		case 108u: goto st50;
		case 114u: goto st56;
	}
	goto st0;
tr0:
#line 120 "grammar/log_template.rl"
	{
        part = PART_VAR;
        c.key_count = 0;
    }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 330 "gen/log_template.c"
	switch( (*p) ) {
		case 100u: goto st3;
		case 106u: goto st9;
		case 114u: goto st12;
		case 116u: goto st17;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	if ( (*p) == 97u )
		goto st4;
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 116u )
		goto st5;
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	if ( (*p) == 101u )
		goto tr13;
	goto st0;
tr13:
#line 126 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_DATE; part = PART_PATH; }
	goto st6;
tr22:
#line 124 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_JSON; part = PART_PATH; }
	goto st6;
tr27:
#line 125 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_REPORT; part = PART_PATH; }
	goto st6;
tr30:
#line 127 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_TIME; part = PART_PATH; }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
#line 374 "gen/log_template.c"
	switch( (*p) ) {
		case 46u: goto st7;
		case 125u: goto tr15;
	}
	goto st0;
tr18:
#line 135 "grammar/log_template.rl"
	{
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
#line 390 "gen/log_template.c"
	switch( (*p) ) {
		case 45u: goto tr16;
		case 95u: goto tr16;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr16;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr16;
	} else
		goto tr16;
	goto st0;
tr16:
#line 128 "grammar/log_template.rl"
	{
        key_at = p;
        if (c.key_count == MXQ_LOG_TEMPLATE_MAX_KEYS) {
            refuse(&c, (size_t)(p - base), "key path too long");
            {p++; cs = 8; goto _out;}
        }
    }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
#line 416 "gen/log_template.c"
	switch( (*p) ) {
		case 45u: goto st8;
		case 46u: goto tr18;
		case 95u: goto st8;
		case 125u: goto tr19;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st8;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st8;
	} else
		goto st8;
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 115u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 111u )
		goto st11;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) == 110u )
		goto tr22;
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 101u )
		goto st13;
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	if ( (*p) == 112u )
		goto st14;
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	if ( (*p) == 111u )
		goto st15;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 114u )
		goto st16;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	if ( (*p) == 116u )
		goto tr27;
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	if ( (*p) == 105u )
		goto st18;
	goto st0;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 109u )
		goto st19;
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	if ( (*p) == 101u )
		goto tr30;
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	if ( (*p) == 105u )
		goto st21;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( (*p) == 102u )
		goto st22;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 125u )
		goto tr33;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 108u )
		goto st24;
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 115u )
		goto st25;
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( (*p) == 101u )
		goto st26;
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	if ( (*p) == 125u )
		goto tr37;
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) == 102u )
		goto tr38;
	goto st0;
tr38:
#line 140 "grammar/log_template.rl"
	{ part = PART_IF; }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
#line 571 "gen/log_template.c"
	switch( (*p) ) {
		case 9u: goto st29;
		case 32u: goto st29;
	}
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 9u: goto st29;
		case 32u: goto st29;
		case 33u: goto tr40;
		case 36u: goto tr41;
	}
	goto st0;
tr40:
#line 141 "grammar/log_template.rl"
	{ c.negate = 1; }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
#line 594 "gen/log_template.c"
	switch( (*p) ) {
		case 9u: goto st30;
		case 32u: goto st30;
		case 36u: goto tr41;
	}
	goto st0;
tr41:
#line 120 "grammar/log_template.rl"
	{
        part = PART_VAR;
        c.key_count = 0;
    }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
#line 610 "gen/log_template.c"
	switch( (*p) ) {
		case 100u: goto st32;
		case 106u: goto st39;
		case 114u: goto st42;
		case 116u: goto st47;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 97u )
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	if ( (*p) == 116u )
		goto st34;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 101u )
		goto tr49;
	goto st0;
tr49:
#line 126 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_DATE; part = PART_PATH; }
	goto st35;
tr60:
#line 124 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_JSON; part = PART_PATH; }
	goto st35;
tr65:
#line 125 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_REPORT; part = PART_PATH; }
	goto st35;
tr68:
#line 127 "grammar/log_template.rl"
	{ c.var = MXQ_LOG_VAR_TIME; part = PART_PATH; }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
#line 654 "gen/log_template.c"
	switch( (*p) ) {
		case 9u: goto st36;
		case 32u: goto st36;
		case 46u: goto st37;
		case 125u: goto tr52;
	}
	goto st0;
tr54:
#line 135 "grammar/log_template.rl"
	{
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
#line 672 "gen/log_template.c"
	switch( (*p) ) {
		case 9u: goto st36;
		case 32u: goto st36;
		case 125u: goto tr52;
	}
	goto st0;
tr56:
#line 135 "grammar/log_template.rl"
	{
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
#line 689 "gen/log_template.c"
	switch( (*p) ) {
		case 45u: goto tr53;
		case 95u: goto tr53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr53;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr53;
	} else
		goto tr53;
	goto st0;
tr53:
#line 128 "grammar/log_template.rl"
	{
        key_at = p;
        if (c.key_count == MXQ_LOG_TEMPLATE_MAX_KEYS) {
            refuse(&c, (size_t)(p - base), "key path too long");
            {p++; cs = 38; goto _out;}
        }
    }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
#line 715 "gen/log_template.c"
	switch( (*p) ) {
		case 9u: goto tr54;
		case 32u: goto tr54;
		case 45u: goto st38;
		case 46u: goto tr56;
		case 95u: goto st38;
		case 125u: goto tr57;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st38;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st38;
	} else
		goto st38;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) == 115u )
		goto st40;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 111u )
		goto st41;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 110u )
		goto tr60;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 101u )
		goto st43;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 112u )
		goto st44;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 111u )
		goto st45;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	if ( (*p) == 114u )
		goto st46;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	if ( (*p) == 116u )
		goto tr65;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 105u )
		goto st48;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	if ( (*p) == 109u )
		goto st49;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	if ( (*p) == 101u )
		goto tr68;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	if ( (*p) == 100u )
		goto st51;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	if ( (*p) == 101u )
		goto st52;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	if ( (*p) == 108u )
		goto st53;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 105u )
		goto st54;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	if ( (*p) == 109u )
		goto st55;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) == 125u )
		goto tr74;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 100u )
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( (*p) == 101u )
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 108u )
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 105u )
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 109u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 125u )
		goto tr80;
	goto st0;
	}
	_test_eof62: cs = 62; goto _test_eof; 
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
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}

#line 272 "grammar/log_template.rl"

    if (c.err == NULL && (cs < mxq_log_template_first_final || p != pe)) {
        bool at_end = p == pe;
        refuse(&c, at_end ? tag_at : (size_t)(p - base),
               part_error(part, at_end));
    }
    if (c.err == NULL && c.depth > 0)
        refuse(&c, c.open[c.depth - 1].at, "{if} without its {/if}");
    if (c.err != NULL) {
        err->offset = c.err_at;
        err->message = c.err;
        mxq_log_template_free(t);
        return NULL;
    }
    return t;
}

void mxq_log_template_free(struct mxq_log_template *t)
{
    if (t == NULL)
        return;
    free(t->text);
    free(t);
}

/* ---------------------------------------------------------------- render */

struct sink {
    char *p;
    size_t cap, len;
};

static void put(struct sink *s, const char *p, size_t n)
{
    if (s->len < s->cap) {
        size_t room = s->cap - s->len;
        memcpy(s->p + s->len, p, n < room ? n : room);
    }
    s->len = n > SIZE_MAX - s->len ? SIZE_MAX : s->len + n;
}

static void put_str(struct sink *s, const char *z)
{
    put(s, z, strlen(z));
}

/* A string's octets, controls made spaces. */
static void put_clean(struct sink *s, const char *z)
{
    const char *run = z;
    for (; *z != '\0'; z++) {
        unsigned char ch = (unsigned char)*z;
        if (ch < 0x20 || ch == 0x7f) {
            put(s, run, (size_t)(z - run));
            put(s, " ", 1);
            run = z + 1;
        }
    }
    put(s, run, (size_t)(z - run));
}

/* A JSON string, escaped (controls as \u00XX: still one line). */
static void put_json_string(struct sink *s, const char *z)
{
    static const char hex[] = "0123456789abcdef";
    put(s, "\"", 1);
    const char *run = z;
    for (; *z != '\0'; z++) {
        unsigned char ch = (unsigned char)*z;
        if (ch >= 0x20 && ch != '"' && ch != '\\' && ch != 0x7f)
            continue;
        put(s, run, (size_t)(z - run));
        run = z + 1;
        if (ch == '"' || ch == '\\') {
            char e[2] = {'\\', (char)ch};
            put(s, e, 2);
        } else {
            char e[6] = {'\\', 'u', '0', '0', hex[ch >> 4], hex[ch & 15]};
            put(s, e, 6);
        }
    }
    put(s, run, (size_t)(z - run));
    put(s, "\"", 1);
}

#define JSON_TEXT_MAX_DEPTH 64

static void put_json(struct sink *s, yajl_val v, unsigned depth)
{
    if (v == NULL || YAJL_IS_NULL(v) || depth > JSON_TEXT_MAX_DEPTH) {
        put_str(s, "null");
    } else if (YAJL_IS_STRING(v)) {
        put_json_string(s, v->u.string);
    } else if (YAJL_IS_NUMBER(v)) {
        put_str(s, v->u.number.r);
    } else if (YAJL_IS_TRUE(v)) {
        put_str(s, "true");
    } else if (YAJL_IS_FALSE(v)) {
        put_str(s, "false");
    } else if (YAJL_IS_OBJECT(v)) {
        put(s, "{", 1);
        for (size_t i = 0; i < v->u.object.len; i++) {
            if (i > 0)
                put(s, ",", 1);
            put_json_string(s, v->u.object.keys[i]);
            put(s, ":", 1);
            put_json(s, v->u.object.values[i], depth + 1);
        }
        put(s, "}", 1);
    } else if (YAJL_IS_ARRAY(v)) {
        put(s, "[", 1);
        for (size_t i = 0; i < v->u.array.len; i++) {
            if (i > 0)
                put(s, ",", 1);
            put_json(s, v->u.array.values[i], depth + 1);
        }
        put(s, "]", 1);
    } else {
        put_str(s, "null");
    }
}

/* name equals key[0..len), every '_' of key read as '-' when hyphens. */
static bool key_is(const char *name, const char *key, size_t len,
                   bool hyphens)
{
    for (size_t i = 0; i < len; i++) {
        char k = key[i];
        if (hyphens && k == '_')
            k = '-';
        if (name[i] != k)
            return false;
    }
    return name[len] == '\0';
}

static yajl_val member(yajl_val obj, const char *key, size_t len)
{
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < obj->u.object.len; i++)
            if (key_is(obj->u.object.keys[i], key, len, pass == 1))
                return obj->u.object.values[i];
        if (memchr(key, '_', len) == NULL)
            break;
    }
    return NULL;
}

static yajl_val element(yajl_val arr, const char *key, size_t len)
{
    size_t index = 0;
    for (size_t i = 0; i < len; i++) {
        if (key[i] < '0' || key[i] > '9')
            return NULL;
        if (index > (SIZE_MAX - 9) / 10)
            return NULL;
        index = index * 10 + (size_t)(key[i] - '0');
    }
    return index < arr->u.array.len ? arr->u.array.values[index] : NULL;
}

static yajl_val lookup(const struct mxq_log_template *t,
                       const struct mxq_log_op *op, yajl_val v)
{
    for (size_t k = 0; k < op->key_count && v != NULL; k++) {
        const char *key = t->text + op->keys[k].off;
        size_t len = op->keys[k].len;
        if (YAJL_IS_OBJECT(v))
            v = member(v, key, len);
        else if (YAJL_IS_ARRAY(v))
            v = element(v, key, len);
        else
            v = NULL;
    }
    return v;
}

static bool truthy(yajl_val v)
{
    if (v == NULL || YAJL_IS_NULL(v) || YAJL_IS_FALSE(v))
        return false;
    if (YAJL_IS_STRING(v))
        return v->u.string[0] != '\0';
    if (YAJL_IS_NUMBER(v)) {
        if (v->u.number.flags & YAJL_NUMBER_INT_VALID)
            return v->u.number.i != 0;
        if (v->u.number.flags & YAJL_NUMBER_DOUBLE_VALID)
            return v->u.number.d != 0;
        return true;
    }
    if (YAJL_IS_OBJECT(v))
        return v->u.object.len > 0;
    if (YAJL_IS_ARRAY(v))
        return v->u.array.len > 0;
    return true;
}

bool mxq_log_template_is_report(yajl_val json)
{
    return json != NULL && YAJL_IS_OBJECT(json) &&
           member(json, "report", 6) != NULL;
}

static void put_value(struct sink *s, yajl_val v)
{
    if (v == NULL || YAJL_IS_NULL(v))
        return;
    if (YAJL_IS_STRING(v))
        put_clean(s, v->u.string);
    else
        put_json(s, v, 0);
}

size_t mxq_log_template_render(const struct mxq_log_template *t,
                               const struct mxq_log_vars *vars, char *out,
                               size_t cap)
{
    struct sink s = {out, cap, 0};
    size_t i = 0;
    while (i < t->count) {
        const struct mxq_log_op *op = &t->ops[i];
        i++;
        switch ((enum mxq_log_op_kind)op->kind) {
        case MXQ_LOG_OP_TEXT:
            put(&s, t->text + op->off, op->len);
            break;
        case MXQ_LOG_OP_JUMP:
            i = op->jump;
            break;
        case MXQ_LOG_OP_VALUE:
        case MXQ_LOG_OP_IF: {
            bool is_if = op->kind == MXQ_LOG_OP_IF, cond = false;
            char number[24];
            switch ((enum mxq_log_var)op->var) {
            case MXQ_LOG_VAR_JSON: {
                yajl_val v = lookup(t, op, vars->json);
                if (is_if)
                    cond = truthy(v);
                else
                    put_value(&s, v);
                break;
            }
            case MXQ_LOG_VAR_REPORT:
                if (is_if)
                    cond = vars->report;
                else
                    put_str(&s, vars->report ? "true" : "false");
                break;
            case MXQ_LOG_VAR_DATE: {
                const char *d = vars->date != NULL ? vars->date : "";
                if (is_if)
                    cond = d[0] != '\0';
                else
                    put_clean(&s, d);
                break;
            }
            case MXQ_LOG_VAR_TIME:
                if (is_if) {
                    cond = vars->time != 0;
                } else {
                    int len = snprintf(number, sizeof number, "%lld",
                                       (long long)vars->time);
                    if (len > 0)
                        put(&s, number, (size_t)len);
                }
                break;
            }
            if (is_if && cond == (op->negate != 0))
                i = op->jump;
            break;
        }
        }
    }
    return s.len;
}
