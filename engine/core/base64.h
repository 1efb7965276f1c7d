/* RFC 4648 base64, for MIME that is not valid UTF-8 and cannot go into a
 * JSON string as it is. */
#ifndef MXQ_BASE64_H
#define MXQ_BASE64_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

bool mxq_base64_append(struct mxq_buffer *out, const void *p, size_t n);

#endif
