/*
 * MailerQ-style configuration text (grammar/config.rl).
 *
 * The file: one `name: value` per line, `#` comment lines, blank lines,
 * LF or CRLF line ends, an optional UTF-8 byte order mark. Names are
 * [a-z0-9][a-z0-9-]*; a value runs to the end of the line, blanks around
 * it are not part of it, and it may be empty. A `#` inside a value is part
 * of the value (MailerQ has no trailing comments).
 *
 * The value syntaxes each have their own parser. All of them are pure
 * functions over the caller's bytes: no allocation, no I/O, no locale.
 */
#ifndef MXQ_CONFIG_H
#define MXQ_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

enum mxq_cfg_status {
    MXQ_CFG_OK = 0,
    MXQ_CFG_SYNTAX,    /* not of the expected form */
    MXQ_CFG_RANGE,     /* well-formed, but a number is out of range */
    MXQ_CFG_TOO_MANY,  /* more items than the caller has room for */
    MXQ_CFG_DUPLICATE  /* an item appears twice (ports) */
};

/* ------------------------------------------------------------ the file */

struct mxq_cfg_entry {
    struct mxq_slice name;
    struct mxq_slice value;   /* trimmed; n == 0 for `name:` */
    unsigned line;            /* 1-based */
};

struct mxq_cfg_syntax_error {
    unsigned line;            /* 1-based */
    unsigned column;          /* 1-based, in bytes */
    const char *what;         /* static text */
};

/* Called once per entry, in file order. A non-zero return stops the
 * parse, and mxq_cfg_parse_file returns that value. */
typedef int (*mxq_cfg_entry_fn)(void *ctx, const struct mxq_cfg_entry *e);

/* Returns 0 when the whole buffer was read, the callback's non-zero value
 * when it stopped, or -1 on a syntax error (described in *err). */
int mxq_cfg_parse_file(const char *buf, size_t len, mxq_cfg_entry_fn fn,
                       void *ctx, struct mxq_cfg_syntax_error *err);

/* ------------------------------------------------------- other sources */

/* A command-line argument `--name` or `--name=value`. *has_value tells
 * the two apart (`--name=` has an empty value). */
enum mxq_cfg_status mxq_cfg_parse_option(const char *p, size_t n,
                                         struct mxq_slice *name,
                                         struct mxq_slice *value,
                                         bool *has_value);

/* An environment entry `MXQ_NAME_PARTS=value`. Sets *ours to false (and
 * returns MXQ_CFG_OK) for any entry that does not start with `MXQ_`.
 * For ours, writes the setting name (`name-parts`: lower case, `_` -> `-`)
 * to name[0..cap) without a NUL and sets *value to the text after `=`.
 * SYNTAX: `MXQ_` followed by anything but [A-Z0-9_]+ `=`; TOO_MANY: the
 * name is longer than cap. */
enum mxq_cfg_status mxq_cfg_parse_env(const char *p, size_t n, bool *ours,
                                      char *name, size_t cap,
                                      size_t *name_len,
                                      struct mxq_slice *value);

/* A value from the command line or the environment: blanks around it are
 * dropped (as in the file) and control characters other than TAB are
 * refused (MXQ_CFG_SYNTAX), so that every source obeys the file's rules. */
enum mxq_cfg_status mxq_cfg_parse_text(const char *p, size_t n,
                                       struct mxq_slice *trimmed);

/* ------------------------------------------------------------- values */

/* true/false, yes/no, on/off, 1/0 (letters in any case). */
enum mxq_cfg_status mxq_cfg_parse_bool(const char *p, size_t n, bool *out);

/* Decimal digits only; RANGE when above UINT64_MAX. */
enum mxq_cfg_status mxq_cfg_parse_uint(const char *p, size_t n,
                                       uint64_t *out);

/* Seconds as milliseconds: digits, optionally `.` and up to three
 * decimals (`3`, `3.0`, `0.25`); RANGE for a finer or too large value. */
enum mxq_cfg_status mxq_cfg_parse_millis(const char *p, size_t n,
                                         uint64_t *out);

/* Bytes: digits, optional blanks, optional unit B, K/KB, M/MB, G/GB, T/TB
 * (any case). Units are binary: 1KB = 1024, 1MB = 1024 * 1024. */
enum mxq_cfg_status mxq_cfg_parse_size(const char *p, size_t n,
                                       uint64_t *out);

/* `25,2525,1024-1026`: ports 1..65535 and ranges lo-hi (lo <= hi),
 * separated by commas; blanks may surround commas and dashes. Each port
 * is written to ports[] once (DUPLICATE when it appears twice). An empty
 * or blank value gives zero ports. */
enum mxq_cfg_status mxq_cfg_parse_ports(const char *p, size_t n,
                                        uint16_t *ports, size_t cap,
                                        size_t *count);

struct mxq_cfg_cidr {
    int family;          /* 4 or 6 */
    uint8_t addr[16];    /* network byte order; IPv4 in addr[0..3]; the
                            bits after the prefix are cleared */
    uint8_t prefix;      /* 0..32 or 0..128 */
};

/* One IPv4 (dotted quad, no leading zeros) or IPv6 (RFC 4291 text form,
 * with `::` and a trailing dotted quad) address; no prefix, no zone. */
enum mxq_cfg_status mxq_cfg_parse_ip(const char *p, size_t n,
                                     struct mxq_cfg_cidr *out);

/* `1.2.3.0/24; ::1/128`: addresses with an optional /prefix, separated by
 * semicolons (blanks allowed around them). A bare address is /32 or /128.
 * RANGE: prefix too long. An empty or blank value gives zero items. */
enum mxq_cfg_status mxq_cfg_parse_cidrs(const char *p, size_t n,
                                        struct mxq_cfg_cidr *items,
                                        size_t cap, size_t *count);

/* `spf, dkim`: comma-separated items, each trimmed of blanks and
 * non-empty. The items are slices into p. Empty value: zero items. */
enum mxq_cfg_status mxq_cfg_parse_list(const char *p, size_t n,
                                       struct mxq_slice *items, size_t cap,
                                       size_t *count);

/* `amqp://a, ,amqp://b`: comma-separated fields, each trimmed of blanks
 * and possibly empty, so that the caller can name the one at fault: k
 * commas give k + 1 fields (an empty or blank value is one empty field).
 * The fields are slices into p; an empty one points where it stands.
 * SYNTAX: a control character or DEL; *count is then the number of fields
 * before the one that holds it (at most cap). TOO_MANY: more than cap
 * fields (items[0..cap) are filled). */
enum mxq_cfg_status mxq_cfg_parse_fields(const char *p, size_t n,
                                         struct mxq_slice *items, size_t cap,
                                         size_t *count);

enum mxq_cfg_validate { MXQ_CFG_VALIDATE_STRICT = 0,
                        MXQ_CFG_VALIDATE_LOOSE = 1 };

/* `strict` or `loose`. */
enum mxq_cfg_status mxq_cfg_parse_validate(const char *p, size_t n,
                                           enum mxq_cfg_validate *out);

/* A host name for the greeting: dot-separated labels of letters, digits
 * and inner hyphens, each 1..63 octets, 253 octets in all, optionally
 * ending in one dot. */
enum mxq_cfg_status mxq_cfg_parse_hostname(const char *p, size_t n);

/* A queue name (which may also become a file name): 1..255 of
 * [A-Za-z0-9._:-], not starting with a dot. */
enum mxq_cfg_status mxq_cfg_parse_queue_name(const char *p, size_t n);

#endif
