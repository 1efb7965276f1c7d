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

%%{
    machine mxq_log_template;
    alphtype unsigned char;

    action lit { literal(&c, (size_t)(p - base)); }
    action tag_start {
        tag_at = (size_t)(p - base);
        part = PART_TAG;
        c.negate = 0;
    }
    action tag_done { part = PART_TEXT; }
    action ref_start {
        part = PART_VAR;
        c.key_count = 0;
    }
    action v_json { c.var = MXQ_LOG_VAR_JSON; part = PART_PATH; }
    action v_report { c.var = MXQ_LOG_VAR_REPORT; part = PART_PATH; }
    action v_date { c.var = MXQ_LOG_VAR_DATE; part = PART_PATH; }
    action v_time { c.var = MXQ_LOG_VAR_TIME; part = PART_PATH; }
    action key_start {
        key_at = p;
        if (c.key_count == MXQ_LOG_TEMPLATE_MAX_KEYS) {
            refuse(&c, (size_t)(p - base), "key path too long");
            fbreak;
        }
    }
    action key_end {
        c.keys[c.key_count].off = (uint32_t)(key_at - base);
        c.keys[c.key_count].len = (uint32_t)(p - key_at);
        c.key_count++;
    }
    action if_start { part = PART_IF; }
    action negate { c.negate = 1; }

    action emit_value {
        if (!reference_ok(&c, tag_at))
            fbreak;
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_VALUE);
        if (op == NULL)
            fbreak;
        reference(&c, op);
    }
    action emit_if {
        if (!reference_ok(&c, tag_at))
            fbreak;
        if (c.depth == MXQ_LOG_TEMPLATE_MAX_DEPTH) {
            refuse(&c, tag_at, "{if} nested too deep");
            fbreak;
        }
        struct mxq_log_op *op = append(&c, tag_at, MXQ_LOG_OP_IF);
        if (op == NULL)
            fbreak;
        reference(&c, op);
        c.open[c.depth++] = (struct open_if){c.t->count - 1, 0, tag_at};
    }
    action emit_else {
        if (c.depth == 0) {
            refuse(&c, tag_at, "{else} without {if}");
            fbreak;
        }
        struct open_if *o = &c.open[c.depth - 1];
        if (o->jump != 0) {
            refuse(&c, tag_at, "a second {else} in one {if}");
            fbreak;
        }
        if (append(&c, tag_at, MXQ_LOG_OP_JUMP) == NULL)
            fbreak;
        o->jump = c.t->count - 1;
        c.t->ops[o->op].jump = (uint32_t)c.t->count;
    }
    action emit_endif {
        if (c.depth == 0) {
            refuse(&c, tag_at, "{/if} without {if}");
            fbreak;
        }
        struct open_if *o = &c.open[--c.depth];
        c.t->ops[o->jump != 0 ? o->jump : o->op].jump = (uint32_t)c.t->count;
    }
    action emit_ldelim { literal(&c, tag_at); }
    action emit_rdelim { literal(&c, (size_t)(p - base)); }

    wsp = [ \t];
    text = ( ( any - cntrl - '{' ) | '\t' ) @lit;

    key = ( alnum | '_' | '-' )+ >key_start %key_end;
    ref = '$' @ref_start
          ( 'json' @v_json | 'report' @v_report | 'date' @v_date
          | 'time' @v_time ) ( '.' key )*;

    value_tag = ref '}' @emit_value;
    if_tag = 'if' @if_start wsp+ ( '!' @negate wsp* )? ref wsp* '}' @emit_if;
    else_tag = 'else}' @emit_else;
    endif_tag = '/if}' @emit_endif;
    ldelim_tag = 'ldelim}' @emit_ldelim;
    rdelim_tag = 'rdelim}' @emit_rdelim;

    tag = '{' @tag_start
          ( value_tag | if_tag | else_tag | endif_tag | ldelim_tag
          | rdelim_tag ) @tag_done;

    main := ( text | tag )*;

    write data noerror noentry;
}%%

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

    %% write init;
    %% write exec;

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
