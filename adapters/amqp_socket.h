/*
 * The socket of one broker connection: plain TCP for amqp://, TLS for
 * amqps:// (rabbitmq-c's own OpenSSL socket; the SMTP side's wolfSSL is
 * not involved).
 *
 * With verification on (rabbitmq-verify, the default) the broker's chain
 * must lead to a CA of the trust store and its certificate must name the
 * host of the URI (a DNS name, or an IP address in an IP SAN); otherwise
 * the handshake fails before any AMQP byte, so the credentials never
 * reach an impostor. The trust store is rabbitmq-ca-file, or the system's
 * default store when that is empty; it is read once, at start.
 */
#ifndef MXQD_AMQP_SOCKET_H
#define MXQD_AMQP_SOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/time.h>

#include <amqp.h>

#include "amqp_uri.h"

struct mxqd_amqp_tls;

/* The TLS side for every amqps:// connection: no_verify is
 * rabbitmq-verify false; ca_file NULL or "" means the system's store.
 * NULL with err filled when the CA file cannot be read or holds no
 * certificate, or when out of memory. Thread-safe once made. */
struct mxqd_amqp_tls *mxqd_amqp_tls_new(bool no_verify, const char *ca_file,
                                        char *err, size_t errlen);
void mxqd_amqp_tls_free(struct mxqd_amqp_tls *tls);

/* Gives conn its socket and opens it to uri within timeout (connect and,
 * for amqps, the TLS handshake). tls may be NULL only for amqp://.
 * Returns 0, or -1 with why filled ("connect: ...", "TLS: ..."). */
int mxqd_amqp_socket_open(const struct mxqd_amqp_tls *tls,
                          amqp_connection_state_t conn,
                          const struct mxqd_amqp_uri *uri,
                          struct timeval *timeout, char *why, size_t whylen);

#endif
