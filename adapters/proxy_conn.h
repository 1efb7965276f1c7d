/*
 * The PROXY phase of a connection from a smtp-proxy address: before any
 * SMTP, the proxy's header (v1 or v2, grammar/proxy.h) says who the client
 * really is. Nothing is sent to the peer meanwhile.
 *
 * Only the header's octets are taken from the socket: what follows it
 * (SMTP, or a TLS ClientHello on a secure port) stays in the socket for
 * the next phase. The socket is peeked at, the parser told what it shows,
 * and exactly the octets the parser took are then read away.
 */
#ifndef MXQD_PROXY_CONN_H
#define MXQD_PROXY_CONN_H

#include <stdbool.h>
#include <stdint.h>

#include "access.h"

/* Seconds a proxy has to send its whole header. */
#define MXQD_PROXY_TIMEOUT 10

struct mxqd_proxy_conn;

/* real: the TCP endpoints (the proxy's). NULL when out of memory. */
struct mxqd_proxy_conn *mxqd_proxy_conn_new(const struct mxqd_peer *real,
                                            int64_t now);
void mxqd_proxy_conn_free(struct mxqd_proxy_conn *pc);

bool mxqd_proxy_conn_expired(const struct mxqd_proxy_conn *pc, int64_t now);

enum mxqd_proxy_step {
    MXQD_PROXY_WAIT,    /* the header is not complete yet */
    MXQD_PROXY_READY,   /* *client holds the endpoints to use */
    MXQD_PROXY_FAILED   /* close the connection; *why says why */
};

/* Reads from fd (non-blocking) what belongs to the header. READY: the
 * header's source and destination (TCP over IPv4 or IPv6), or the real
 * endpoints for a LOCAL, UNKNOWN or address-less header. */
enum mxqd_proxy_step mxqd_proxy_conn_read(struct mxqd_proxy_conn *pc, int fd,
                                          struct mxqd_peer *client,
                                          const char **why);

/* "v1", "v2" or "v2 LOCAL" etc., for the log, once READY. */
const char *mxqd_proxy_conn_kind(const struct mxqd_proxy_conn *pc);

#endif
