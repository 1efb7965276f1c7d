/*
 * Reads a whole regular file; see read_file.h.
 */
#include "read_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

char *mxqd_read_file(const char *path, size_t max, size_t *len, char *err,
                     size_t errlen)
{
    struct stat st;
    char *buf = NULL;
    size_t used = 0, size;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        goto out;
    }
    if ((uint64_t)st.st_size > max) {
        snprintf(err, errlen, "%s: larger than %zu octets", path, max);
        goto out;
    }
    size = (size_t)st.st_size;
    /* One octet more than the size, to notice a file that grew. */
    if ((buf = malloc(size + 1)) == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto out;
    }
    for (;;) {
        ssize_t got = read(fd, buf + used, size + 1 - used);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
            break;
        }
        if (got == 0) {
            *len = used;
            goto out;
        }
        used += (size_t)got;
        if (used > size) {
            snprintf(err, errlen, "%s: changed while being read", path);
            break;
        }
    }
    free(buf);
    buf = NULL;
out:
    close(fd);
    return buf;
}
