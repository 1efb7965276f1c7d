/*
 * sd_notify(3)'s wire protocol: the state text as one datagram, no reply.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "log.h"
#include "sd_notify.h"

static int
send_state(const char *state)
{
    const char *name = getenv("NOTIFY_SOCKET");
    struct sockaddr_un addr;
    size_t len;

    if (name == NULL || name[0] == '\0')
        return 0;
    len = strlen(name);
    /* A path or '@' + an abstract name; systemd's other forms (vsock:)
     * are not used for services on Debian 12. */
    if ((name[0] != '/' && name[0] != '@') || len >= sizeof addr.sun_path) {
        errno = EINVAL;
        return -1;
    }
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    memcpy(addr.sun_path, name, len);
    if (name[0] == '@')
        addr.sun_path[0] = '\0';  /* abstract: no NUL at the end counted */

    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    socklen_t addrlen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
                                    len + (name[0] == '/'));
    ssize_t sent = sendto(fd, state, strlen(state), MSG_NOSIGNAL,
                          (const struct sockaddr *)&addr, addrlen);
    int saved = errno;
    close(fd);
    if (sent < 0) {
        errno = saved;
        return -1;
    }
    return 1;
}

int
mxqd_sd_notify(const char *state)
{
    int rc = send_state(state);

    if (rc < 0) {
        int saved = errno;
        mxqd_log(MXQD_LOG_WARNING, "NOTIFY_SOCKET: cannot tell systemd "
                 "%.*s: %s", (int)strcspn(state, "\n"), state,
                 strerror(saved));
        errno = saved;
    }
    return rc;
}
