/*
 * Broker sockets: rabbitmq-c's TCP socket, or its OpenSSL socket set up
 * here. rabbitmq-c checks the chain only after the handshake and names
 * hosts by DNS names only, so verification is OpenSSL's own, during the
 * handshake (SSL_VERIFY_PEER, the URI's host as the expected name or IP
 * address); rabbitmq-c's peer check stays on as a second look.
 */
#include "amqp_socket.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <amqp_ssl_socket.h>
#include <amqp_tcp_socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

struct mxqd_amqp_tls {
    bool no_verify;
    X509_STORE *store;            /* shared by every connection; NULL
                                     without verification */
};

/* The first verification failure of one handshake. */
struct failure {
    int error;                    /* X509_V_ERR_*, 0: none seen */
    int depth;                    /* 0: the broker's own certificate */
};

struct mxqd_amqp_tls *mxqd_amqp_tls_new(bool no_verify, const char *ca_file,
                                        char *err, size_t errlen)
{
    struct mxqd_amqp_tls *t = calloc(1, sizeof *t);

    if (t == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        return NULL;
    }
    t->no_verify = no_verify;
    if (no_verify)
        return t;
    t->store = X509_STORE_new();
    if (t->store == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        goto fail;
    }
    ERR_clear_error();
    if (ca_file != NULL && ca_file[0] != '\0') {
        if (X509_STORE_load_file(t->store, ca_file) != 1) {
            unsigned long e = ERR_peek_last_error();
            snprintf(err, errlen, "rabbitmq-ca-file %.1024s: no PEM "
                     "certificate read (%s)", ca_file,
                     e ? ERR_reason_error_string(e) : "unknown error");
            goto fail;
        }
    } else if (X509_STORE_set_default_paths(t->store) != 1) {
        snprintf(err, errlen, "rabbitmq: the system's certificate store "
                 "cannot be read; set rabbitmq-ca-file");
        goto fail;
    }
    ERR_clear_error();
    return t;
fail:
    ERR_clear_error();
    mxqd_amqp_tls_free(t);
    return NULL;
}

void mxqd_amqp_tls_free(struct mxqd_amqp_tls *tls)
{
    if (tls == NULL)
        return;
    X509_STORE_free(tls->store);
    free(tls);
}

/* OpenSSL's verdict stands (ok is returned as it is); the first failure
 * is kept for the log, in the handshake's struct failure. */
static int note_failure(int ok, X509_STORE_CTX *store)
{
    if (ok)
        return ok;
    SSL *ssl = X509_STORE_CTX_get_ex_data(
        store, SSL_get_ex_data_X509_STORE_CTX_idx());
    struct failure *f =
        ssl ? SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)) : NULL;
    if (f != NULL && f->error == 0) {
        f->error = X509_STORE_CTX_get_error(store);
        f->depth = X509_STORE_CTX_get_error_depth(store);
    }
    return ok;
}

static bool is_ip_literal(const char *host)
{
    unsigned char addr[16];
    return inet_pton(AF_INET, host, addr) == 1 ||
           inet_pton(AF_INET6, host, addr) == 1;
}

/* The expected name (or address) and the trust store on ctx. */
static bool set_verification(SSL_CTX *ctx, const struct mxqd_amqp_tls *tls,
                             const char *host)
{
    X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
    int ok = is_ip_literal(host)
                 ? X509_VERIFY_PARAM_set1_ip_asc(param, host)
                 : X509_VERIFY_PARAM_set1_host(param, host, 0);
    if (ok != 1)
        return false;
    X509_VERIFY_PARAM_set_hostflags(param,
                                    X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    SSL_CTX_set1_cert_store(ctx, tls->store);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, note_failure);
    return true;
}

static int open_tls(const struct mxqd_amqp_tls *tls,
                    amqp_connection_state_t conn,
                    const struct mxqd_amqp_uri *uri, struct timeval *timeout,
                    char *why, size_t whylen)
{
    amqp_socket_t *sock = amqp_ssl_socket_new(conn);
    struct failure f = { 0, 0 };

    if (sock == NULL) {
        snprintf(why, whylen, "TLS: cannot set up OpenSSL");
        return -1;
    }
    SSL_CTX *ctx = amqp_ssl_socket_get_context(sock);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    /* rabbitmq-c's host name check knows DNS names only: OpenSSL's,
     * set below, does the same and IP addresses too. */
    amqp_ssl_socket_set_verify_hostname(sock, 0);
    amqp_ssl_socket_set_verify_peer(sock, !tls->no_verify);
    if (tls->no_verify) {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    } else if (!set_verification(ctx, tls, uri->host)) {
        snprintf(why, whylen, "TLS: out of memory");
        return -1;
    }
    /* Only for the handshake: f lives on this stack frame. */
    SSL_CTX_set_app_data(ctx, &f);
    ERR_clear_error();
    int status = amqp_socket_open_noblock(sock, uri->host, uri->port,
                                          timeout);
    SSL_CTX_set_app_data(ctx, NULL);
    if (status == AMQP_STATUS_OK)
        return 0;

    unsigned long e = ERR_peek_last_error();
    if (f.error != 0) {
        snprintf(why, whylen, "TLS: the broker's certificate is not "
                 "trusted: %s (depth %d; see rabbitmq-verify and "
                 "rabbitmq-ca-file)", X509_verify_cert_error_string(f.error),
                 f.depth);
    } else if (e != 0 && ERR_reason_error_string(e) != NULL) {
        snprintf(why, whylen, "TLS: %s: %s", amqp_error_string2(status),
                 ERR_reason_error_string(e));
    } else {
        snprintf(why, whylen, "connect: %s", amqp_error_string2(status));
    }
    ERR_clear_error();
    return -1;
}

int mxqd_amqp_socket_open(const struct mxqd_amqp_tls *tls,
                          amqp_connection_state_t conn,
                          const struct mxqd_amqp_uri *uri,
                          struct timeval *timeout, char *why, size_t whylen)
{
    if (uri->tls) {
        if (tls == NULL) {
            snprintf(why, whylen, "TLS: not set up");
            return -1;
        }
        return open_tls(tls, conn, uri, timeout, why, whylen);
    }
    amqp_socket_t *sock = amqp_tcp_socket_new(conn);
    if (sock == NULL) {
        snprintf(why, whylen, "out of memory");
        return -1;
    }
    int status = amqp_socket_open_noblock(sock, uri->host, uri->port,
                                          timeout);
    if (status != AMQP_STATUS_OK) {
        snprintf(why, whylen, "connect: %s", amqp_error_string2(status));
        return -1;
    }
    return 0;
}
