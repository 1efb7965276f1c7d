/* A growable byte buffer, the engine's only container. It has no cap of
 * its own: each owner bounds what it appends (the limits in mxq_config,
 * the memory budget). */
#ifndef MXQ_BUFFER_H
#define MXQ_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

struct mxq_buffer {
    char *data;
    size_t len;
    size_t cap;
};

/* Room for n more octets after len, for a writer that fills data + len
 * itself and then moves len; false (buffer unchanged) when out of
 * memory. */
bool mxq_buffer_reserve(struct mxq_buffer *b, size_t n);
/* Appends n octets; false (buffer unchanged) when out of memory. */
bool mxq_buffer_append(struct mxq_buffer *b, const void *p, size_t n);
bool mxq_buffer_append_str(struct mxq_buffer *b, const char *s);
/* Drops the first n octets. */
void mxq_buffer_consume(struct mxq_buffer *b, size_t n);
/* A NUL-terminated copy of n octets; NULL when out of memory. */
char *mxq_copy_string(const char *p, size_t n);
/* Empties the buffer and gives its memory back. */
void mxq_buffer_free(struct mxq_buffer *b);

#endif
