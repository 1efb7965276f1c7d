/*
 * Who may connect, and what address a connection stands for: the
 * smtp-range check, the connection cap (smtp-connections,
 * smtp-connections-in), which peers are proxies (smtp-proxy) and the
 * outgoing IPs of the JSON (smtp-mappable-ips, smtp-unmappable-ips,
 * smtp-default-ips). Read-only after mxqd_access_new() except for the
 * slot counter, which is atomic (every worker thread shares one), and a
 * reload, which swaps the lists atomically.
 */
#ifndef MXQD_ACCESS_H
#define MXQD_ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "settings.h"


struct mxqd_ip {
    int family;          /* AF_INET or AF_INET6 (0: unknown) */
    uint8_t addr[16];    /* network order; IPv4 in addr[0..4) */
};

/* Both ends of a TCP connection, as mxqd takes them. */
struct mxqd_peer {
    struct mxqd_ip local, remote;
    uint16_t local_port, remote_port;
};

/* An IPv4 client on a dual-stack socket (::ffff:a.b.c.d) is a.b.c.d. */
void mxqd_ip_from_sockaddr(const struct sockaddr_storage *ss,
                           struct mxqd_ip *ip, uint16_t *port);
void mxqd_peer_from_sockaddrs(const struct sockaddr_storage *local,
                              const struct sockaddr_storage *remote,
                              struct mxqd_peer *peer);
/* Dotted quad or RFC 5952 text; "unknown" for family 0. */
void mxqd_ip_format(const struct mxqd_ip *ip, char *buf, size_t len);
bool mxqd_cidrs_contain(const struct mxqd_cidr_list *list,
                        const struct mxqd_ip *ip);

struct mxqd_access;

/* NULL with err filled when a setting cannot be used (a range in
 * smtp-default-ips, out of memory). */
struct mxqd_access *mxqd_access_new(const struct mxqd_settings *s,
                                    char *err, size_t errlen);
void mxqd_access_free(struct mxqd_access *a);

/* SIGHUP: the lists (smtp-range, smtp-proxy, the IP lists) and the cap of
 * s, made first (NULL with err filled when a setting cannot be used),
 * then put in force for the connections that come from then on, or
 * discarded. */
struct mxqd_access_lists;
struct mxqd_access_lists *mxqd_access_prepare(const struct mxqd_settings *s,
                                              char *err, size_t errlen);
void mxqd_access_commit(struct mxqd_access *a, struct mxqd_access_lists *l,
                        const struct mxqd_settings *s);
void mxqd_access_discard(struct mxqd_access_lists *l);

/* Takes one of the smtp-connections slots; false when all are taken. A
 * taken slot is given back with mxqd_access_release(). NULL a: no cap. */
bool mxqd_access_take(struct mxqd_access *a);
void mxqd_access_release(struct mxqd_access *a);
/* Slots in use, for the log and tests. */
unsigned mxqd_access_in_use(const struct mxqd_access *a);

/* The peer must send a PROXY header first (smtp-proxy). */
bool mxqd_access_is_proxy(const struct mxqd_access *a,
                          const struct mxqd_ip *peer);

/* The client may connect (smtp-range; empty: everybody). */
bool mxqd_access_allowed(const struct mxqd_access *a,
                         const struct mxqd_ip *client);

/* The outgoing IPs for a connection to local (text: local_text, which
 * must outlive the session, as must *slot): the local IP itself when it
 * is mappable, else smtp-default-ips, else none. */
void mxqd_access_ips(const struct mxqd_access *a, const struct mxqd_ip *local,
                     const char *local_text, const char **slot,
                     const char *const **ips, size_t *count);

/* Writes reply (NULL: nothing, e.g. on a TLS port) to a socket that has
 * no session (best effort: the socket is new, its send buffer empty),
 * ends the sending side and reads away what the client already sent, so
 * that the close that follows is no reset that could destroy the reply. */
void mxqd_access_say(int fd, const char *reply);

/* mxqd_access_say(), then close(fd). */
void mxqd_access_refuse(int fd, const char *reply);

#endif
