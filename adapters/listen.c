/*
 * The listening sockets (smtp-ip, smtp-port, smtp-secure-port), bound
 * before the privilege drop.
 */
#include "listen.h"
#include "access.h"
#include "config.h"
#include "log.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* A listening socket, or -1 with *error and err set. */
static int listen_one(int family, const void *addr, uint16_t port,
                      bool dual_stack, int *error, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t len;
    int one = 1, zero = 0;
    char text[INET6_ADDRSTRLEN] = "?";

    memset(&ss, 0, sizeof ss);
    if (family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        memcpy(&sin->sin_addr, addr, sizeof sin->sin_addr);
        len = sizeof *sin;
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        memcpy(&sin6->sin6_addr, addr, sizeof sin6->sin6_addr);
        len = sizeof *sin6;
    }
    struct mxqd_ip shown = { .family = family };
    memcpy(shown.addr, addr, family == AF_INET ? 4 : 16);
    mxqd_ip_format(&shown, text, sizeof text);

    int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
        (family == AF_INET6 &&
         setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, dual_stack ? &zero : &one,
                    sizeof one) < 0) ||
        bind(fd, (struct sockaddr *)&ss, len) < 0 ||
        listen(fd, SOMAXCONN) < 0) {
        *error = errno;
        snprintf(err, errlen, "smtp-port %u on %s: %s", port, text,
                 strerror(*error));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    mxqd_log(MXQD_LOG_INFO, "listening on %s port %u%s", text, port,
             dual_stack ? " (IPv6 and IPv4)" : "");
    return fd;
}

int mxqd_listen(const char *ip, const uint16_t *ports, size_t port_count,
                int *fds, size_t max, size_t *count, char *err,
                size_t errlen)
{
    unsigned char addr[16];
    struct mxq_cfg_cidr parsed;
    int family;
    bool dual_stack = false;

    *count = 0;
    if (ip[0] == '\0') {
        family = AF_INET6;
        memcpy(addr, &in6addr_any, sizeof in6addr_any);
        dual_stack = true;
    } else if (mxq_cfg_parse_ip(ip, strlen(ip), &parsed) == MXQ_CFG_OK) {
        /* The config grammar's reading, as the settings checked it. */
        family = parsed.family == 4 ? AF_INET : AF_INET6;
        memcpy(addr, parsed.addr, sizeof addr);
        dual_stack = family == AF_INET6 &&
                     memcmp(addr, &in6addr_any, sizeof in6addr_any) == 0;
    } else {
        snprintf(err, errlen, "smtp-ip %s: not an IP address", ip);
        return -1;
    }
    if (port_count > max) {
        snprintf(err, errlen, "smtp-port: more than %zu ports", max);
        return -1;
    }
    for (size_t i = 0; i < port_count; i++) {
        int error = 0;
        int fd = listen_one(family, addr, ports[i], dual_stack, &error, err,
                            errlen);
        if (fd < 0 && error == EAFNOSUPPORT && dual_stack) {
            /* A kernel without IPv6: all addresses means all IPv4 ones. */
            struct in_addr any = { htonl(INADDR_ANY) };
            family = AF_INET;
            memcpy(addr, &any, sizeof any);
            dual_stack = false;
            fd = listen_one(family, addr, ports[i], false, &error, err,
                            errlen);
        }
        if (fd < 0) {
            for (size_t j = 0; j < *count; j++)
                close(fds[j]);
            *count = 0;
            return -1;
        }
        fds[(*count)++] = fd;
    }
    return 0;
}
