/*
 * TLS for mxqd with wolfSSL: one server context from smtp-certificate,
 * smtp-key and smtp-ciphers, and per connection a TLS stream over the
 * connection's non-blocking socket. Nothing here knows SMTP or epoll: the
 * connection drives the handshake, reads and writes when its socket is
 * ready, and asks for EPOLLOUT while mxqd_tls_unsent() is not zero.
 *
 * wolfSSL reads the socket itself through a receive callback (so it takes
 * exactly the bytes of the records it needs, and what follows stays in the
 * socket), and writes into a per-connection buffer through a send
 * callback; mxqd_tls_flush() sends it. wolfSSL therefore never sees a
 * blocked write, and the connection hands it new plaintext only once that
 * buffer is empty: at most one record is held per client.
 */
#ifndef MXQD_TLS_H
#define MXQD_TLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct mxqd_settings;

/* TLS 1.2 and 1.3 with forward secrecy and AEAD ciphers only (Mozilla's
 * "intermediate" list), used when smtp-ciphers is empty. wolfSSL's own
 * default would also offer RC4, 3DES and TLS 1.3's integrity-only
 * suites. */
#define MXQD_TLS_DEFAULT_CIPHERS                                         \
    "TLS13-AES128-GCM-SHA256:TLS13-AES256-GCM-SHA384:"                   \
    "TLS13-CHACHA20-POLY1305-SHA256:"                                    \
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"         \
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"         \
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"         \
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"               \
    "DHE-RSA-CHACHA20-POLY1305"

/* Ciphertext held for one client that does not read its replies (or that
 * makes the server talk, e.g. with key updates) before it is dropped. */
#define MXQD_TLS_MAX_UNSENT (256 * 1024)

/* Plaintext handed to wolfSSL per write: one record. */
#define MXQD_TLS_WRITE_CHUNK 16384

struct mxqd_tls_server;
struct mxqd_tls;

/* Reads the TLS settings. No smtp-certificate: 0 and *out NULL (TLS is
 * off; smtp-key, smtp-ciphers or smtp-secure-port without it are an
 * error). Otherwise loads the certificate chain and the key (smtp-key
 * empty: the key is in the certificate file), checks that they match and
 * sets the cipher list: 0 and *out set, or -1 with a message in err. */
int mxqd_tls_server_setup(const struct mxqd_settings *s,
                          struct mxqd_tls_server **out, char *err,
                          size_t errlen);
/* SIGHUP: the certificate, key and ciphers of s read again and put in
 * force for the sessions that start from now on; the ones under way keep
 * theirs. -1 with err filled (and nothing changed) when they cannot be
 * used, or when TLS would be turned on or off (a restart). */
int mxqd_tls_server_reload(struct mxqd_tls_server *srv,
                           const struct mxqd_settings *s, char *err,
                           size_t errlen);

void mxqd_tls_server_free(struct mxqd_tls_server *srv);

/* Names of the cipher suites in effect, ':'-separated, for the log. */
void mxqd_tls_server_ciphers(const struct mxqd_tls_server *srv, char *buf,
                             size_t len);

/* TLS as server on fd (non-blocking, not owned); the handshake must be
 * done by `now` + smtp-tls-timeout. NULL when out of memory. */
struct mxqd_tls *mxqd_tls_new(struct mxqd_tls_server *srv, int fd,
                              int64_t now);
void mxqd_tls_free(struct mxqd_tls *t);

enum mxqd_tls_step {
    MXQD_TLS_DONE,    /* the handshake is complete */
    MXQD_TLS_AGAIN,   /* wait until the socket is readable */
    MXQD_TLS_FAILED   /* see mxqd_tls_error() */
};

/* One step of the handshake, as far as the bytes at hand allow. */
enum mxqd_tls_step mxqd_tls_handshake(struct mxqd_tls *t);
bool mxqd_tls_handshaking(const struct mxqd_tls *t);
/* The handshake ran past its deadline. */
bool mxqd_tls_expired(const struct mxqd_tls *t, int64_t now);

/* After the handshake: e.g. "TLSv1.3" and "TLS13-AES128-GCM-SHA256".
 * The strings live as long as t. */
const char *mxqd_tls_version(const struct mxqd_tls *t);
const char *mxqd_tls_cipher(const struct mxqd_tls *t);

/* Like recv(): plaintext bytes, 0 at the end of the stream (close_notify
 * or the TCP connection closed), or -1 with errno EAGAIN (nothing yet),
 * ECONNRESET, or EPROTO (see mxqd_tls_error()). */
ssize_t mxqd_tls_read(struct mxqd_tls *t, uint8_t *buf, size_t len);

/* Decrypted bytes wolfSSL holds that the socket will not announce. */
bool mxqd_tls_pending(struct mxqd_tls *t);

/* Encrypts up to MXQD_TLS_WRITE_CHUNK bytes of buf: how many were taken,
 * or -1 with errno set. Call it only when mxqd_tls_unsent() is 0. */
ssize_t mxqd_tls_write(struct mxqd_tls *t, const uint8_t *buf, size_t len);

/* Sends buffered ciphertext as far as the socket takes it: 0, or -1 with
 * errno set when the connection is broken. */
int mxqd_tls_flush(struct mxqd_tls *t);
size_t mxqd_tls_unsent(const struct mxqd_tls *t);

/* Queues close_notify (after a complete handshake only) and sends what it
 * can without waiting. */
void mxqd_tls_close_notify(struct mxqd_tls *t);

/* What went wrong last, for the log; "" when nothing did. */
const char *mxqd_tls_error(const struct mxqd_tls *t);

#endif
