#include "buffer.h"

#include <mxq/array.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool mxq_buffer_reserve(struct mxq_buffer *b, size_t n)
{
    return n <= SIZE_MAX - b->len &&
           mxq_array_reserve((void **)&b->data, &b->cap, b->len + n, 1, 256);
}

bool mxq_buffer_append(struct mxq_buffer *b, const void *p, size_t n)
{
    if (n == 0)
        return true;
    if (!mxq_buffer_reserve(b, n))
        return false;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    return true;
}

bool mxq_buffer_append_str(struct mxq_buffer *b, const char *s)
{
    return mxq_buffer_append(b, s, strlen(s));
}

void mxq_buffer_consume(struct mxq_buffer *b, size_t n)
{
    if (n >= b->len) {
        b->len = 0;
        return;
    }
    memmove(b->data, b->data + n, b->len - n);
    b->len -= n;
}

char *mxq_copy_string(const char *p, size_t n)
{
    char *c = malloc(n + 1);
    if (c != NULL) {
        memcpy(c, p, n);
        c[n] = '\0';
    }
    return c;
}

void mxq_buffer_free(struct mxq_buffer *b)
{
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

bool mxq_array_reserve(void **items, size_t *cap, size_t need,
                       size_t elem_size, size_t first)
{
    if (need <= *cap)
        return true;
    if (elem_size == 0 || need > SIZE_MAX / elem_size)
        return false;
    size_t next = *cap ? *cap : first ? first : need;
    while (next < need)
        next = next > SIZE_MAX / 2 ? need : next * 2;
    if (next > SIZE_MAX / elem_size)
        next = need; /* doubling overshot what fits: exactly need */
    void *grown = realloc(*items, next * elem_size);
    if (grown == NULL)
        return false;
    *items = grown;
    *cap = next;
    return true;
}
