/*
 * `user`: after the listeners are bound, mxqd gives up root for good.
 */
#ifndef MXQD_PRIVDROP_H
#define MXQD_PRIVDROP_H

#include <stddef.h>

/* Switches group list, group and user to `user` (empty: does nothing).
 * Must run before any thread starts. Returns 0, or -1 with err filled. */
int mxqd_privdrop(const char *user, char *err, size_t errlen);

#endif
