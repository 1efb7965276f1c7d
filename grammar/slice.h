/* A zero-copy view into a caller's buffer: what every parser hands out. */
#ifndef MXQ_SLICE_H
#define MXQ_SLICE_H

#include <stddef.h>

struct mxq_slice {
    const char *p;
    size_t n;
};

#endif
