/*
 * Reading a whole policy file (passwords, local addresses) into memory.
 */
#ifndef MXQD_READ_FILE_H
#define MXQD_READ_FILE_H

#include <stddef.h>

/* The regular file at path, at most max octets, in a new buffer (free()
 * it; wipe it first if it held secrets). NULL with "path: why" in err. */
char *mxqd_read_file(const char *path, size_t max, size_t *len, char *err,
                     size_t errlen);

#endif
