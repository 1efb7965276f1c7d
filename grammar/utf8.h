/* UTF-8 well-formedness (RFC 3629), from grammar/utf8.rl. */
#ifndef MXQ_UTF8_H
#define MXQ_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when p[0..n) is well-formed UTF-8: no overlong forms, no
 * surrogates, nothing above U+10FFFF. NUL is allowed (JSON escapes it). */
bool mxq_utf8_valid(const char *p, size_t n);

/* Text that reaches a reply, the log or the JSON: non-empty, no C0
 * control or DEL; printable ASCII, or well-formed UTF-8 when utf8. */
bool mxq_text_valid(const char *p, size_t n, bool utf8);

#endif
