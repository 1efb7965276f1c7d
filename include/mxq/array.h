/*
 * A growable array's storage, for libmxq and the daemon alike. Not part
 * of the engine's interface (mxq.h): a helper the library exports so that
 * its users grow their arrays the same way it does.
 */
#ifndef MXQ_ARRAY_H
#define MXQ_ARRAY_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Makes room for at least `need` elements of elem_size octets in *items,
 * which holds *cap of them (NULL and 0 at first). Nothing happens when
 * *cap >= need; otherwise the capacity becomes `first` (when *cap is 0)
 * or *cap, doubled until it reaches need, and *items is realloc()ed to
 * it (a first of 0 stands for need). False, with *items and *cap as
 * they were, when realloc fails, when need * elem_size does not fit in a
 * size_t, or when elem_size is 0. */
bool mxq_array_reserve(void **items, size_t *cap, size_t need,
                       size_t elem_size, size_t first);

#ifdef __cplusplus
}
#endif

#endif
