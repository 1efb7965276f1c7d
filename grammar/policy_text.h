/*
 * The text of mxqd's policy settings and files (grammar/policy_text.rl):
 * the `smtp-auth` URI, its `hardcoded://` credential list, the lines of a
 * `file://` password file and of the `smtp-local-addresses` file.
 *
 * These come from the administrator, not from the network, but they are
 * read the way everything else is: by Ragel machines, as pure functions
 * over the caller's bytes. No allocation, no I/O, no locale; every slice
 * handed out points into the caller's buffer.
 */
#ifndef MXQ_POLICY_TEXT_H
#define MXQ_POLICY_TEXT_H

#include <stddef.h>

#include "config.h"
#include "slice.h"

/* ------------------------------------------------------------ the files */

/* One line of a policy file that says something. */
struct mxq_policy_line {
    struct mxq_slice text;   /* blanks around it dropped; never empty */
    unsigned line;           /* 1-based */
};

/* Called once per line, in file order; a non-zero return stops the
 * parse and is returned. */
typedef int (*mxq_policy_line_fn)(void *ctx, const struct mxq_policy_line *l);

/* Splits a file into lines: LF or CRLF ends, the last line may lack one.
 * Empty and blank lines, and lines whose first visible byte is `#`, are
 * skipped. A NUL, a control character other than TAB, or a CR not before
 * LF is refused: the return is -1 and *bad_line says where. Returns 0
 * when every line was read. */
int mxq_policy_lines(const char *buf, size_t len, mxq_policy_line_fn fn,
                     void *ctx, unsigned *bad_line);

/* ----------------------------------------------------------- smtp-auth */

/* `scheme://rest`: scheme is a letter, then letters, digits, `+ . -`
 * (RFC 3986 3.1); rest is anything, possibly empty. */
enum mxq_cfg_status mxq_policy_uri(const char *p, size_t n,
                                   struct mxq_slice *scheme,
                                   struct mxq_slice *rest);

struct mxq_policy_credential {
    struct mxq_slice user;
    struct mxq_slice secret;
};

/* `user:secret` - the user is one or more visible bytes other than `:`
 * (and other than `,` when in_list), the secret one or more visible
 * bytes (other than `,` when in_list; `:` is allowed). No blanks. */
enum mxq_cfg_status mxq_policy_credential(const char *p, size_t n,
                                          struct mxq_policy_credential *out);

/* `hardcoded://` list: `user:pass,user2:pass2`. TOO_MANY when more than
 * cap items. */
enum mxq_cfg_status mxq_policy_credentials(const char *p, size_t n,
                                           struct mxq_policy_credential *items,
                                           size_t cap, size_t *count);

/* ------------------------------------------------ smtp-local-addresses */

enum mxq_local_kind {
    MXQ_LOCAL_EXACT,    /* local@domain: no blanks, no `* ? [` */
    MXQ_LOCAL_PATTERN,  /* visible bytes with at least one of `* ? [`:
                           an fnmatch(3) pattern such as *@example.com */
    MXQ_LOCAL_REGEX     /* `regex:` then a POSIX extended regex (blanks
                           after the colon are not part of it) */
};

/* One entry as mxq_policy_lines() handed it out. For EXACT, *at is the
 * position of the last `@` (the domain follows it). */
enum mxq_cfg_status mxq_policy_local_entry(const char *p, size_t n,
                                           enum mxq_local_kind *kind,
                                           struct mxq_slice *text,
                                           size_t *at);

#endif
