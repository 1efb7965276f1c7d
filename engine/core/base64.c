#include "base64.h"

#include <stdint.h>

static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool mxq_base64_append(struct mxq_buffer *out, const void *data, size_t n)
{
    const uint8_t *p = data;
    char chunk[4096];
    size_t used = 0;

    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        size_t left = n - i;
        if (left > 1)
            v |= (uint32_t)p[i + 1] << 8;
        if (left > 2)
            v |= p[i + 2];
        chunk[used++] = alphabet[(v >> 18) & 63];
        chunk[used++] = alphabet[(v >> 12) & 63];
        chunk[used++] = left > 1 ? alphabet[(v >> 6) & 63] : '=';
        chunk[used++] = left > 2 ? alphabet[v & 63] : '=';
        if (used == sizeof chunk) {
            if (!mxq_buffer_append(out, chunk, used))
                return false;
            used = 0;
        }
    }
    return mxq_buffer_append(out, chunk, used);
}
