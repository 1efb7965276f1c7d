/*
 * libmxq: the sans-I/O SMTP receiving engine of mxq.
 *
 * The engine makes no system call and reads no clock. An adapter feeds it
 * the bytes a client sent and the current time; the engine answers with
 * bytes to send back and with requests the adapter carries out (store these
 * documents, start TLS, close the connection). The adapter reports how a
 * request ended, and the engine goes on from there.
 *
 * Typical loop of an adapter, per connection:
 *
 *   s = mxq_session_new(&cfg, &conn, now);
 *   send(mxq_session_output(s, &n)); mxq_session_output_done(s, n);
 *   on readable: consumed = mxq_session_feed(s, buf, len, now);
 *                keep buf[consumed..len) for later;
 *   after every call: look at mxq_session_wants(s) and act on each flag.
 *
 * All memory a session holds is bounded by the limits in mxq_config.
 */
#ifndef MXQ_MXQ_H
#define MXQ_MXQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MXQ_VERSION "0.1.0"

/* How MAIL FROM / RCPT TO addresses are checked (`smtp-validate-address`). */
enum mxq_address_mode {
    MXQ_ADDRESS_STRICT = 0, /* RFC 5321 Path, RFC 6531 with SMTPUTF8 */
    MXQ_ADDRESS_LOOSE = 1   /* MailerQ's loose mode: local@valid-domain */
};

/* Identifier source shared by every session of a process. The adapter
 * fills `prefix` once (unique per process start, e.g. from the start time
 * and pid); the engine appends a counter it increments atomically. */
struct mxq_id_source {
    char prefix[24];
    uint64_t counter; /* only touched through atomic builtins */
};

/* The settings the engine obeys. Defaults: mxq_config_defaults(). */
struct mxq_config {
    const char *hostname;          /* `hostname`: greeting, Received, JSON */
    const char *inbox_queue;       /* `rabbitmq-inbox`: queue of each document */
    enum mxq_address_mode address_mode; /* `smtp-validate-address` */
    bool dsn_advertise;            /* `dsn-advertise` */
    uint64_t max_message_size;     /* `smtp-maxsize`, octets */
    uint32_t max_line_length;      /* `smtp-max-line-length`, octets incl. CRLF */
    uint32_t max_recipients;       /* `smtp-max-recipients` per transaction */
    uint32_t max_errors;           /* `smtp-max-errors` per session, then 421 */
    uint32_t timeout;              /* `smtp-timeout`, idle seconds */
    uint32_t max_pending_output;   /* `smtp-max-pending-output`, octets of
                                      replies the client has not read before
                                      the engine stops reading its commands */
    struct mxq_id_source *ids;     /* required */

    /* Trust boundary (issue 5). */
    bool starttls;                 /* a certificate is configured: offer
                                      STARTTLS on plaintext connections */
    bool auth;                     /* credentials are configured (`smtp-auth`,
                                      `smtp-username`): offer AUTH, and
                                      unauthenticated clients may only send
                                      to local addresses */
    bool auth_plaintext;           /* `smtp-auth-plaintext`: offer AUTH
                                      without TLS too (loopback tests) */
    uint32_t max_auth_failures;    /* `smtp-max-auth-failures` per session */
    const char *local_queue;       /* `rabbitmq-local`: NULL/"" = inbox */
    /* Is this recipient one of the local addresses? NULL: none is. Must
     * not block: the adapter answers from memory. */
    bool (*is_local)(void *ctx, const char *mailbox, size_t len);
    void *is_local_ctx;

    /* Can a message be stored now? NULL: always. While it answers false
     * (e.g. no RabbitMQ broker is connected), MAIL gets 451 4.3.0, before
     * the client sends the data. Must not block. */
    bool (*can_store)(void *ctx);
    void *can_store_ctx;
};

/* Fills every field with its documented default (ids and hostname NULL). */
void mxq_config_defaults(struct mxq_config *cfg);

/* What the adapter knows about the TCP connection (after PROXY). */
struct mxq_connection {
    const char *local_ip;
    uint16_t local_port;
    const char *remote_ip;
    uint16_t remote_port;
    bool secure;                   /* TLS from the first byte */
    const char *tls_version;       /* when secure, e.g. "TLSv1.3" */
    const char *tls_cipher;        /* when secure */
    /* Outgoing IPs for the JSON `ips` (MailerQ: the local IP when it is
     * mappable, else `smtp-default-ips`); the adapter decides. */
    const char *const *ips;
    size_t ip_count;
};

/* One JSON document to store, exactly as it is to be published. */
struct mxq_document {
    const char *queue;             /* queue name (routing key) */
    const char *message_id;        /* NUL-terminated, also inside json */
    const uint8_t *json;
    size_t json_len;
};

/* Requests from the engine: a bit set, see mxq_session_wants(). */
enum mxq_want {
    MXQ_WANT_STORE = 1u << 0,    /* store mxq_session_documents(), then
                                    call mxq_session_store_done() */
    MXQ_WANT_STARTTLS = 1u << 1, /* after sending the pending output, start
                                    TLS; drop any unread plaintext; then
                                    call mxq_session_tls_started() */
    MXQ_WANT_CLOSE = 1u << 2,    /* after sending the pending output, close */
    MXQ_WANT_AUTH = 1u << 3      /* check mxq_session_credentials(), then
                                    call mxq_session_auth_done() */
};

typedef struct mxq_session mxq_session;

/* A new session; the greeting is queued as output. NULL when out of
 * memory. `cfg` and `conn` are copied where needed (strings are not: they
 * must outlive the session). `now` is Unix time in seconds. */
mxq_session *mxq_session_new(const struct mxq_config *cfg,
                             const struct mxq_connection *conn, int64_t now);
void mxq_session_free(mxq_session *s);

/* Hands client bytes to the engine. Returns how many it consumed; the
 * adapter keeps the rest and feeds them again once the engine can go on
 * (after a store completes or output was sent). */
size_t mxq_session_feed(mxq_session *s, const uint8_t *data, size_t len,
                        int64_t now);

/* The client closed its side (EOF). */
void mxq_session_eof(mxq_session *s, int64_t now);

/* Time passes: closes idle sessions with 421 after `timeout` seconds. */
void mxq_session_tick(mxq_session *s, int64_t now);

/* The server is stopping. Returns true when the session has queued its
 * 421 and only wants to be flushed and closed; false while a message is in
 * flight (DATA, BDAT or a pending store): the session then ends with 421
 * right after that message's reply, and the adapter may wait for it. */
bool mxq_session_shutdown(mxq_session *s);

/* The Unix time (seconds) of the session's next deadline, for a timer;
 * INT64_MAX when there is none. */
int64_t mxq_session_next_deadline(const mxq_session *s);

/* Bytes waiting to be sent, and the report of how many were sent. */
const uint8_t *mxq_session_output(const mxq_session *s, size_t *len);
void mxq_session_output_done(mxq_session *s, size_t sent);

unsigned mxq_session_wants(const mxq_session *s);

/* The documents of the message waiting to be stored (MXQ_WANT_STORE). */
const struct mxq_document *mxq_session_documents(const mxq_session *s,
                                                 size_t *count);
/* The outcome of the store: true only when every document is durable. */
void mxq_session_store_done(mxq_session *s, bool stored, int64_t now);

/* TLS is up (after MXQ_WANT_STARTTLS); version and cipher are kept by
 * pointer and must outlive the session. */
void mxq_session_tls_started(mxq_session *s, const char *version,
                             const char *cipher, int64_t now);

/* The credentials to check (MXQ_WANT_AUTH). Not NUL-terminated; valid
 * until mxq_session_auth_done(), which wipes them. */
void mxq_session_credentials(const mxq_session *s, const char **user,
                             size_t *user_len, const char **password,
                             size_t *password_len);
/* The verdict. The adapter delays a failure itself (to slow guessing). */
void mxq_session_auth_done(mxq_session *s, bool ok, int64_t now);

/* Counters for logs and tests. */
struct mxq_session_stats {
    uint32_t messages_accepted;
    uint32_t messages_refused;
    uint32_t errors;
};
void mxq_session_stats(const mxq_session *s, struct mxq_session_stats *out);

#ifdef __cplusplus
}
#endif
#endif
