/* Per-recipient identifiers: the adapter's per-process prefix and a
 * counter, in a lower-case base-32 that is safe in a file name, a JSON
 * string and a reply line. */
#include <string.h>

#include "message_id.h"

void mxq_next_message_id(struct mxq_id_source *ids, char out[MXQ_MESSAGE_ID_SIZE])
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuv";
    uint64_t n = __atomic_add_fetch(&ids->counter, 1, __ATOMIC_RELAXED);
    char tail[16];
    size_t t = 0;

    do {
        tail[t++] = digits[n & 31];
        n >>= 5;
    } while (n != 0);

    size_t p = strnlen(ids->prefix, sizeof ids->prefix);
    memcpy(out, ids->prefix, p);
    while (t > 0)
        out[p++] = tail[--t];
    out[p] = '\0';
}
