/*
 * wolfSSL behind mxqd's connections. See tls.h for the division of work.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

/* options.h first: it carries the library's build flags, and without them
 * wolfSSL's struct layouts differ from the library's. */
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/error-ssl.h>

#include "settings.h"
#include "tls.h"

/* A certificate, key and cipher list in force: shared by the sessions
 * that started with it, and by the server while it is the current one
 * (a reload puts a new one in its place). */
struct tls_context {
    WOLFSSL_CTX *ctx;
    atomic_uint refs;
};

struct mxqd_tls_server {
    pthread_mutex_t lock;             /* around current */
    struct tls_context *current;
    uint32_t handshake_timeout;       /* seconds */
};

struct mxqd_tls {
    WOLFSSL *ssl;
    struct tls_context *context;      /* the one ssl was made from */
    int fd;
    int64_t deadline;                 /* of the handshake */
    bool established;
    bool broken;                      /* no close_notify any more */
    bool peer_closed;                 /* recv() saw the end */
    int sys_errno;                    /* of the last failed socket call */
    uint8_t *out;                     /* ciphertext not sent yet */
    size_t out_at, out_len, out_cap;  /* out[out_at..out_len) waits */
    char version[16];
    char cipher[80];
    char error[160];
};

/* ---------------------------------------------------------- I/O callbacks */

/* wolfSSL asks for the exact bytes of the record it reads; what follows
 * stays in the socket for the next readable event. */
static int io_recv(WOLFSSL *ssl, char *buf, int sz, void *arg)
{
    struct mxqd_tls *t = arg;
    (void)ssl;

    for (;;) {
        ssize_t n = recv(t->fd, buf, (size_t)sz, 0);
        if (n > 0)
            return (int)n;
        if (n == 0) {
            t->peer_closed = true;
            return WOLFSSL_CBIO_ERR_CONN_CLOSE;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return WOLFSSL_CBIO_ERR_WANT_READ;
        t->sys_errno = errno;
        return errno == ECONNRESET ? WOLFSSL_CBIO_ERR_CONN_RST
                                   : WOLFSSL_CBIO_ERR_GENERAL;
    }
}

/* Sends what the socket takes; returns false on a broken connection. */
static bool send_some(struct mxqd_tls *t, const uint8_t *p, size_t len,
                      size_t *sent)
{
    *sent = 0;
    while (*sent < len) {
        ssize_t n = send(t->fd, p + *sent, len - *sent, MSG_NOSIGNAL);
        if (n > 0) {
            *sent += (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return true;
        } else {
            t->sys_errno = n < 0 ? errno : EPIPE;
            return false;
        }
    }
    return true;
}

static bool buffer_append(struct mxqd_tls *t, const uint8_t *p, size_t len)
{
    if (t->out_at > 0 && t->out_at == t->out_len)
        t->out_at = t->out_len = 0;
    if (t->out_len - t->out_at + len > MXQD_TLS_MAX_UNSENT) {
        snprintf(t->error, sizeof t->error,
                 "more than %d bytes of TLS output unread",
                 MXQD_TLS_MAX_UNSENT);
        return false;
    }
    if (t->out_len + len > t->out_cap) {
        if (t->out_at > 0) {
            memmove(t->out, t->out + t->out_at, t->out_len - t->out_at);
            t->out_len -= t->out_at;
            t->out_at = 0;
        }
        if (t->out_len + len > t->out_cap) {
            size_t cap = t->out_len + len;
            uint8_t *q = realloc(t->out, cap);
            if (q == NULL) {
                snprintf(t->error, sizeof t->error, "out of memory");
                return false;
            }
            t->out = q;
            t->out_cap = cap;
        }
    }
    memcpy(t->out + t->out_len, p, len);
    t->out_len += len;
    return true;
}

/* Never reports a blocked write to wolfSSL: everything is kept and sent
 * by mxqd_tls_flush(), so that a handshake flight (ServerHello to
 * Finished, five writes) leaves in one segment instead of five that
 * Nagle's algorithm and the client's delayed ACK would hold up. */
static int io_send(WOLFSSL *ssl, char *buf, int sz, void *arg)
{
    struct mxqd_tls *t = arg;
    (void)ssl;

    if (sz <= 0)
        return 0;
    if (!buffer_append(t, (const uint8_t *)buf, (size_t)sz))
        return WOLFSSL_CBIO_ERR_GENERAL;
    return sz;
}

/* ------------------------------------------------------------ the server */

/* Says why a file cannot be used before wolfSSL says only "bad file". */
static int check_readable(const char *setting, const char *path, char *err,
                          size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        snprintf(err, errlen, "%s %s: %s", setting, path, strerror(errno));
        return -1;
    }
    close(fd);
    return 0;
}

static const char *wolfssl_reason(int code)
{
    const char *why = wolfSSL_ERR_reason_error_string((unsigned long)code);
    return why ? why : "unknown error";
}

static void context_release(struct tls_context *c)
{
    if (c != NULL && atomic_fetch_sub(&c->refs, 1) == 1) {
        wolfSSL_CTX_free(c->ctx);
        free(c);
    }
}

/* The current context, with a reference for the caller. */
static struct tls_context *context_take(struct mxqd_tls_server *srv)
{
    pthread_mutex_lock(&srv->lock);
    struct tls_context *c = srv->current;
    atomic_fetch_add(&c->refs, 1);
    pthread_mutex_unlock(&srv->lock);
    return c;
}

/* A context from the certificate, key and ciphers of s (set); NULL with
 * err filled when one of them cannot be used. */
static struct tls_context *context_new(const struct mxqd_settings *s,
                                       char *err, size_t errlen)
{
    const char *cert = s->smtp_certificate;
    const char *key = s->smtp_key[0] ? s->smtp_key : s->smtp_certificate;
    const char *ciphers = s->smtp_ciphers[0] ? s->smtp_ciphers
                                             : MXQD_TLS_DEFAULT_CIPHERS;
    int rc;

    if (check_readable("smtp-certificate", cert, err, errlen) < 0 ||
        check_readable(s->smtp_key[0] ? "smtp-key" : "smtp-certificate (as "
                       "the key)", key, err, errlen) < 0)
        return NULL;
    struct tls_context *c = calloc(1, sizeof *c);
    if (c == NULL || (c->ctx = wolfSSL_CTX_new(wolfTLS_server_method())) ==
                         NULL) {
        snprintf(err, errlen, "TLS: out of memory");
        free(c);
        return NULL;
    }
    atomic_init(&c->refs, 1);
    if (wolfSSL_CTX_SetMinVersion(c->ctx, WOLFSSL_TLSV1_2) !=
        WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "TLS: wolfSSL cannot set TLS 1.2 as minimum");
        goto fail;
    }
    rc = wolfSSL_CTX_use_certificate_chain_file(c->ctx, cert);
    if (rc != WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "smtp-certificate %s: not a PEM certificate "
                 "(chain) wolfSSL can use: %s", cert, wolfssl_reason(rc));
        goto fail;
    }
    rc = wolfSSL_CTX_use_PrivateKey_file(c->ctx, key, WOLFSSL_FILETYPE_PEM);
    if (rc != WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "%s %s: not a PEM private key wolfSSL can use "
                 "(an unencrypted RSA or EC key): %s",
                 s->smtp_key[0] ? "smtp-key" : "smtp-certificate", key,
                 wolfssl_reason(rc));
        goto fail;
    }
    if (wolfSSL_CTX_check_private_key(c->ctx) != WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "smtp-key %s does not belong to the "
                 "certificate in %s", key, cert);
        goto fail;
    }
    /* wolfSSL skips names it does not know and fails only when it knows
     * none: the log shows the suites that are in effect. */
    if (wolfSSL_CTX_set_cipher_list(c->ctx, ciphers) != WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "smtp-ciphers '%s': wolfSSL knows none of "
                 "these cipher suites (OpenSSL names, ':'-separated, e.g. "
                 "ECDHE-RSA-AES128-GCM-SHA256:TLS13-AES128-GCM-SHA256)",
                 ciphers);
        goto fail;
    }
    wolfSSL_CTX_set_verify(c->ctx, WOLFSSL_VERIFY_NONE, NULL);
    wolfSSL_CTX_SetIORecv(c->ctx, io_recv);
    wolfSSL_CTX_SetIOSend(c->ctx, io_send);
    return c;
fail:
    context_release(c);
    return NULL;
}

/* A TLS setting given without a certificate; NULL: none. */
static const char *orphan_setting(const struct mxqd_settings *s)
{
    return s->smtp_key[0] ? "smtp-key"
         : s->smtp_ciphers[0] ? "smtp-ciphers"
         : s->smtp_secure_port.count ? "smtp-secure-port"
         : NULL;
}

int mxqd_tls_server_setup(const struct mxqd_settings *s,
                          struct mxqd_tls_server **out, char *err,
                          size_t errlen)
{
    *out = NULL;
    if (s->smtp_certificate[0] == '\0') {
        const char *orphan = orphan_setting(s);
        if (orphan == NULL)
            return 0;
        snprintf(err, errlen, "%s is set but smtp-certificate is not", orphan);
        return -1;
    }
    struct mxqd_tls_server *srv = calloc(1, sizeof *srv);
    if (srv == NULL || wolfSSL_Init() != WOLFSSL_SUCCESS) {
        snprintf(err, errlen, "TLS: cannot initialise wolfSSL");
        free(srv);
        return -1;
    }
    pthread_mutex_init(&srv->lock, NULL);
    srv->handshake_timeout = s->smtp_tls_timeout;
    if ((srv->current = context_new(s, err, errlen)) == NULL) {
        mxqd_tls_server_free(srv);
        return -1;
    }
    *out = srv;
    return 0;
}

int mxqd_tls_server_reload(struct mxqd_tls_server *srv,
                           const struct mxqd_settings *s, char *err,
                           size_t errlen)
{
    if ((srv == NULL) != (s->smtp_certificate[0] == '\0')) {
        snprintf(err, errlen, "smtp-certificate %s: TLS can be turned on or "
                 "off only by a restart", srv ? "removed" : "added");
        return -1;
    }
    if (srv == NULL)
        return 0;
    struct tls_context *c = context_new(s, err, errlen);
    if (c == NULL)
        return -1;
    pthread_mutex_lock(&srv->lock);
    struct tls_context *old = srv->current;
    srv->current = c;
    srv->handshake_timeout = s->smtp_tls_timeout;
    pthread_mutex_unlock(&srv->lock);
    context_release(old); /* freed once its last session is gone */
    return 0;
}

void mxqd_tls_server_free(struct mxqd_tls_server *srv)
{
    if (srv == NULL)
        return;
    context_release(srv->current);
    pthread_mutex_destroy(&srv->lock);
    free(srv);
    wolfSSL_Cleanup();
}

void mxqd_tls_server_ciphers(const struct mxqd_tls_server *srv, char *buf,
                             size_t len)
{
    size_t used = 0;
    WOLFSSL *ssl;

    if (len == 0)
        return;
    buf[0] = '\0';
    struct tls_context *c = context_take((struct mxqd_tls_server *)srv);
    ssl = wolfSSL_new(c->ctx);
    if (ssl == NULL) {
        context_release(c);
        return;
    }
    WOLF_STACK_OF(WOLFSSL_CIPHER) *suites = wolfSSL_get_ciphers_compat(ssl);
    for (int i = 0; i < wolfSSL_sk_SSL_CIPHER_num(suites); i++) {
        const char *name =
            wolfSSL_CIPHER_get_name(wolfSSL_sk_SSL_CIPHER_value(suites, i));
        int n = snprintf(buf + used, len - used, "%s%s", i ? ":" : "",
                         name ? name : "?");
        if (n < 0 || (size_t)n >= len - used)
            break;
        used += (size_t)n;
    }
    wolfSSL_free(ssl);
    context_release(c);
}

/* ------------------------------------------------------- one connection */

struct mxqd_tls *mxqd_tls_new(struct mxqd_tls_server *srv, int fd,
                              int64_t now)
{
    struct mxqd_tls *t = calloc(1, sizeof *t);

    if (t == NULL)
        return NULL;
    t->context = context_take(srv);
    t->ssl = wolfSSL_new(t->context->ctx);
    if (t->ssl == NULL) {
        context_release(t->context);
        free(t);
        return NULL;
    }
    t->fd = fd;
    t->deadline = now + (int64_t)srv->handshake_timeout;
    /* Every flush is whole records; Nagle's algorithm would only hold a
     * secure port's greeting back behind the session ticket until the
     * client's delayed ACK (40 ms). */
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    wolfSSL_SetIOReadCtx(t->ssl, t);
    wolfSSL_SetIOWriteCtx(t->ssl, t);
    return t;
}

void mxqd_tls_free(struct mxqd_tls *t)
{
    if (t == NULL)
        return;
    wolfSSL_free(t->ssl);
    context_release(t->context);
    free(t->out);
    free(t);
}

/* Remembers why an operation failed; the connection is done for. */
static void note_failure(struct mxqd_tls *t, int ret)
{
    int code = wolfSSL_get_error(t->ssl, ret);

    t->broken = true;
    if (t->error[0] != '\0')
        return; /* said by a callback already */
    if (t->sys_errno != 0)
        snprintf(t->error, sizeof t->error, "%s", strerror(t->sys_errno));
    else if (t->peer_closed)
        snprintf(t->error, sizeof t->error, "connection closed by client");
    else
        snprintf(t->error, sizeof t->error, "%s (wolfSSL %d)",
                 wolfssl_reason(code), code);
}

static bool would_block(struct mxqd_tls *t, int ret)
{
    int code = wolfSSL_get_error(t->ssl, ret);
    return code == WOLFSSL_ERROR_WANT_READ || code == WOLFSSL_ERROR_WANT_WRITE;
}

enum mxqd_tls_step mxqd_tls_handshake(struct mxqd_tls *t)
{
    int ret;

    if (t->established)
        return MXQD_TLS_DONE;
    if (t->broken)
        return MXQD_TLS_FAILED;
    ret = wolfSSL_accept(t->ssl);
    if (ret == WOLFSSL_SUCCESS) {
        const char *v = wolfSSL_get_version(t->ssl);
        const char *c = wolfSSL_get_cipher_name(t->ssl);
        snprintf(t->version, sizeof t->version, "%s", v ? v : "unknown");
        snprintf(t->cipher, sizeof t->cipher, "%s", c ? c : "unknown");
        t->established = true;
        return MXQD_TLS_DONE;
    }
    if (!t->peer_closed && t->sys_errno == 0 && t->error[0] == '\0' &&
        would_block(t, ret))
        return MXQD_TLS_AGAIN;
    note_failure(t, ret);
    return MXQD_TLS_FAILED;
}

bool mxqd_tls_handshaking(const struct mxqd_tls *t)
{
    return !t->established;
}

bool mxqd_tls_expired(const struct mxqd_tls *t, int64_t now)
{
    return !t->established && now >= t->deadline;
}

const char *mxqd_tls_version(const struct mxqd_tls *t)
{
    return t->version;
}

const char *mxqd_tls_cipher(const struct mxqd_tls *t)
{
    return t->cipher;
}

ssize_t mxqd_tls_read(struct mxqd_tls *t, uint8_t *buf, size_t len)
{
    int ret;

    if (t->broken) {
        errno = EPROTO;
        return -1;
    }
    ret = wolfSSL_read(t->ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
    if (ret > 0)
        return ret;
    if (wolfSSL_get_error(t->ssl, ret) == WOLFSSL_ERROR_ZERO_RETURN ||
        t->peer_closed)
        return 0; /* close_notify, or the TCP end without it */
    if (t->sys_errno == 0 && t->error[0] == '\0' && would_block(t, ret)) {
        errno = EAGAIN;
        return -1;
    }
    note_failure(t, ret);
    errno = t->sys_errno == ECONNRESET ? ECONNRESET : EPROTO;
    return -1;
}

bool mxqd_tls_pending(struct mxqd_tls *t)
{
    return t->established && !t->broken && wolfSSL_pending(t->ssl) > 0;
}

ssize_t mxqd_tls_write(struct mxqd_tls *t, const uint8_t *buf, size_t len)
{
    int ret;

    if (t->broken) {
        errno = EPROTO;
        return -1;
    }
    if (len > MXQD_TLS_WRITE_CHUNK)
        len = MXQD_TLS_WRITE_CHUNK;
    ret = wolfSSL_write(t->ssl, buf, (int)len);
    if (ret > 0)
        return ret;
    /* io_send never blocks, so anything else is the end. */
    note_failure(t, ret);
    errno = t->sys_errno ? t->sys_errno : EPROTO;
    return -1;
}

int mxqd_tls_flush(struct mxqd_tls *t)
{
    size_t sent;

    if (t->out_len == t->out_at)
        return 0;
    if (!send_some(t, t->out + t->out_at, t->out_len - t->out_at, &sent)) {
        t->broken = true;
        errno = t->sys_errno;
        return -1;
    }
    t->out_at += sent;
    if (t->out_at == t->out_len) {
        /* An idle connection holds no buffer. */
        free(t->out);
        t->out = NULL;
        t->out_at = t->out_len = t->out_cap = 0;
    }
    return 0;
}

size_t mxqd_tls_unsent(const struct mxqd_tls *t)
{
    return t->out_len - t->out_at;
}

void mxqd_tls_close_notify(struct mxqd_tls *t)
{
    if (!t->established || t->broken)
        return;
    t->broken = true;
    wolfSSL_shutdown(t->ssl); /* queues the alert; no answer awaited */
    mxqd_tls_flush(t);
}

const char *mxqd_tls_error(const struct mxqd_tls *t)
{
    return t->error;
}
