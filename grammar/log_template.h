/*
 * The received log's line template (`received-log-format`), from
 * grammar/log_template.rl: the part of MailerQ's Smart-TPL that its
 * received-log template uses, compiled once into a short list of
 * instructions and rendered per document.
 *
 *   template = *( text / tag )
 *   text     = any octet but "{" and the controls (TAB is text); a "}"
 *              outside a tag is text
 *   tag      = "{" ( ref "}"                        the value
 *                  / "if" 1*WSP [ "!" *WSP ] ref *WSP "}"
 *                  / "else}" / "/if}"
 *                  / "ldelim}" / "rdelim}" )        a literal "{" / "}"
 *   ref      = "$" ( "json" *( "." key ) / "report" / "date" / "time" )
 *   key      = 1*( ALPHA / DIGIT / "_" / "-" )
 *
 * A "{" always starts a tag: a literal brace is {ldelim}. Every {if}
 * ends with its {/if}, has at most one {else}, and ifs nest at most
 * MXQ_LOG_TEMPLATE_MAX_DEPTH deep.
 *
 * Variables: $json the document (keys looked up as written, then with
 * every "_" read as "-": message_id finds "message-id"; a key of digits
 * indexes an array), $report whether the document has a "report" member,
 * $date the time of logging as "YYYY-MM-DD HH:MM:SS" (UTC), $time the
 * same in Unix seconds.
 *
 * Values: a string as it is, every control octet (0x00-0x1f, 0x7f) made
 * a space, so one document gives one line; a number as its JSON text;
 * true and false; null or a missing key nothing; an object or an array
 * its compact JSON text. {if} is false for a missing key, null, false,
 * "", a number that is zero, an empty object or array, $report when
 * false, $time when 0; true otherwise.
 *
 * Rendering allocates nothing: it writes into the caller's buffer.
 */
#ifndef MXQ_LOG_TEMPLATE_H
#define MXQ_LOG_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <yajl/yajl_tree.h>

#define MXQ_LOG_TEMPLATE_MAX_LEN 65536   /* octets of template */
#define MXQ_LOG_TEMPLATE_MAX_OPS 256     /* instructions */
#define MXQ_LOG_TEMPLATE_MAX_KEYS 8      /* keys in one $json path */
#define MXQ_LOG_TEMPLATE_MAX_DEPTH 8     /* ifs inside ifs */

/* MailerQ's default received-log-format (its logging.md). */
#define MXQ_LOG_TEMPLATE_DEFAULT                                             \
    "[{$date}]{if $json.message_id} {$json.message_id} {/if}"                \
    "<{$json.envelope}> <{$json.recipient}> "                                \
    "[{$json.connection.remote_ip}] [{$json.connection.local_ip}]"

enum mxq_log_var {
    MXQ_LOG_VAR_JSON,
    MXQ_LOG_VAR_REPORT,
    MXQ_LOG_VAR_DATE,
    MXQ_LOG_VAR_TIME
};

enum mxq_log_op_kind {
    MXQ_LOG_OP_TEXT,               /* text[off, off + len) */
    MXQ_LOG_OP_VALUE,              /* a variable's value */
    MXQ_LOG_OP_IF,                 /* false (true when negate): go to jump */
    MXQ_LOG_OP_JUMP                /* go to jump (an {else} reached) */
};

struct mxq_log_key {
    uint32_t off, len;             /* in the template's text */
};

struct mxq_log_op {
    uint8_t kind;                  /* enum mxq_log_op_kind */
    uint8_t var;                   /* enum mxq_log_var: VALUE, IF */
    uint8_t negate;                /* IF: {if !$var} */
    uint8_t key_count;             /* VALUE, IF of $json */
    uint32_t off, len;             /* TEXT */
    uint32_t jump;                 /* IF, JUMP: the next instruction */
    struct mxq_log_key keys[MXQ_LOG_TEMPLATE_MAX_KEYS];
};

struct mxq_log_template {
    char *text;                    /* a copy of the template */
    size_t text_len;
    size_t count;                  /* ops[0..count) */
    struct mxq_log_op ops[MXQ_LOG_TEMPLATE_MAX_OPS];
};

/* Why a template was refused: where (an octet offset into it) and what
 * (a static string). */
struct mxq_log_template_error {
    size_t offset;
    const char *message;
};

/* Compiles text[0..n) (any octets). Returns the template (free it with
 * mxq_log_template_free), or NULL with *err filled: a template that does
 * not parse, or no memory ("out of memory", offset 0). */
struct mxq_log_template *mxq_log_template_compile(
    const char *text, size_t n, struct mxq_log_template_error *err);

void mxq_log_template_free(struct mxq_log_template *t);

/* What the variables are for one document. */
struct mxq_log_vars {
    yajl_val json;                 /* the document (NULL: every key missing) */
    bool report;                   /* $report */
    const char *date;              /* $date, NUL-terminated (NULL: "") */
    int64_t time;                  /* $time */
};

/* True when the document has a top-level "report" member ($report). */
bool mxq_log_template_is_report(yajl_val json);

/* Renders one line (no newline added) into out[0..cap): returns the
 * line's whole length, of which the first min(length, cap) octets are
 * written (as snprintf, but no NUL). The line holds no CR, LF or NUL
 * unless the template's own text does (it cannot: controls are refused). */
size_t mxq_log_template_render(const struct mxq_log_template *t,
                               const struct mxq_log_vars *vars, char *out,
                               size_t cap);

#endif
