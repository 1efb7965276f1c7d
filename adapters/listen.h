/*
 * The listening sockets.
 */
#ifndef MXQD_LISTEN_H
#define MXQD_LISTEN_H

#include <stddef.h>
#include <stdint.h>

/* Binds and listens on ip (empty: every address, IPv6 and IPv4) for each
 * port. Fills fds; returns 0, or -1 with err filled and nothing open. */
int mxqd_listen(const char *ip, const uint16_t *ports, size_t port_count,
                int *fds, size_t max, size_t *count, char *err,
                size_t errlen);

#endif
