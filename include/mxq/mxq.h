/*
 * libmxq: the sans-I/O SMTP receiving engine of mxq.
 *
 * The engine makes no system call and reads no clock. An adapter feeds it
 * the bytes a client sent and the current time; the engine answers with
 * bytes to send back and with requests (struct mxq_request) the adapter
 * carries out: store these documents, start TLS, check these credentials,
 * look up these DNS records (for the checks of `smtp-check`), close the
 * connection. Each request has an id; the adapter answers it
 * with the call its kind names, whenever the work is done, and any number
 * of requests may be outstanding at once. The engine keeps every sequencing
 * rule itself: it asks for TLS only once the 220 has been sent, for the
 * close only once the last reply has been, it holds the client's pipelined
 * input while it waits, and it delays AUTH failures.
 *
 * Typical loop of an adapter, per connection:
 *
 *   s = mxq_session_new(&cfg, &conn, now);
 *   loop:
 *     out = mxq_session_output(s, &n); sent = send(out, n);
 *     mxq_session_output_done(s, sent, now);
 *     reqs = mxq_session_requests(s, &count);
 *     for each request: start it (STORE, STARTTLS, AUTH, RESOLVE) or
 *         close (CLOSE);
 *     when readable and (room = mxq_session_input_room(s)) > 0:
 *         read at most room octets; mxq_session_feed(s, buf, len, now);
 *         (the session takes them all: nothing stays with the adapter)
 *     at EOF: mxq_session_eof(s, now);
 *     when a request is done: mxq_session_stored(s, id, ok, now),
 *         mxq_session_resolved(s, id, rcode, records, n, ttl, now), ...
 *     at mxq_session_next_deadline(s): mxq_session_tick(s, now);
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

/* `smtp-extract`: what x-mq-* header fields do. */
enum mxq_extract {
    MXQ_EXTRACT_OFF = 0,    /* false: they stay in the MIME, nothing more */
    MXQ_EXTRACT_ON = 1,     /* true (MailerQ's default): they become JSON
                               properties and leave the MIME */
    MXQ_EXTRACT_AUTHENTICATED = 2 /* only for clients that authenticated;
                               the others' are dropped and ignored */
};

/* Identifier source shared by every session of a process. The adapter
 * fills `prefix` once (unique per process start, e.g. from the start time
 * and pid); the engine appends a counter it increments atomically. */
struct mxq_id_source {
    char prefix[24];
    uint64_t counter; /* only touched through atomic builtins */
};

/* Memory for messages in flight, shared by every session of a process
 * (`smtp-memory-limit`): what the sessions hold of message content and
 * documents. Once it is used up new transactions get 452 4.3.1, and a
 * message that would cross it is refused with 452 4.3.1 at its end. */
struct mxq_memory_budget {
    uint64_t limit;                /* octets; 0: no limit */
    uint64_t used;                 /* only touched through atomic builtins */
};

struct mxq_connection;

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
    uint32_t max_pending_input;    /* octets of the client's input the
                                      session holds while it waits (a store,
                                      a check): mxq_session_input_room() */
    struct mxq_id_source *ids;     /* required */
    struct mxq_memory_budget *memory; /* NULL: no budget */

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
    uint32_t auth_failure_delay;   /* seconds (default 2)
                                      before a failed AUTH is answered (it
                                      slows guessing); nothing is read
                                      meanwhile */
    /* DMARC's organizational domain of a domain (lower case, no final
     * dot): the public suffix and one label more, NULL when the domain
     * is its own. Must not block (the adapter answers from the public
     * suffix list it loaded). NULL: every domain is its own. */
    const char *(*org_domain)(void *ctx, const char *domain);
    void *org_domain_ctx;
    const char *local_queue;       /* `rabbitmq-local`: NULL/"" = inbox */
    /* `rabbitmq-reports`: NULL/"" = reports are not looked for. A report
     * (DSN, ARF, MDN, DMARC, TLS-RPT, a bounce) to a local recipient goes
     * here, its document with a `report` object. */
    const char *reports_queue;
    /* Is this recipient one of the local addresses? NULL: none is. Must
     * not block: the adapter answers from memory. mailbox[0..len) is the
     * RCPT's local@domain as written (no angle brackets, no source
     * route); its domain is mailbox[domain_at..len), where the address
     * grammar found it (after the separating '@': a quoted local part
     * or an address literal may hold '@' as well). <postmaster> has no
     * domain: domain_at is len. */
    bool (*is_local)(void *ctx, const char *mailbox, size_t len,
                     size_t domain_at);
    void *is_local_ctx;

    /* `rabbitmq-refused`: NULL/"": refused mail is not kept. A message
     * refused for good (a 5xx reply) once its data is in, whole (by
     * `smtp-check-reject`, a bad x-mq-* field or header section, bare
     * line endings), and at most refused_max_size octets, is stored
     * here first, one document per recipient with a `refused` object
     * (reason, code, enhanced-code); the client gets its refusal once
     * the store is done, whatever its outcome. Refusals at RCPT or MAIL
     * have no message to keep. */
    const char *refused_queue;
    uint64_t refused_max_size;     /* `smtp-refused-maxsize` */
    /* May this client's refused message be kept? NULL: always. Must not
     * block: the adapter counts refused messages per client address
     * (`smtp-refused-rate`). */
    bool (*may_keep_refused)(void *ctx, const struct mxq_connection *conn);
    void *may_keep_refused_ctx;
    /* May this client start one more message now? Asked at each MAIL
     * that is otherwise fine; false: 450 4.7.1. NULL: always. Must not
     * block (the adapter counts messages per client,
     * `smtp-message-rate`). */
    bool (*may_start_message)(void *ctx, const struct mxq_connection *conn);
    void *may_start_message_ctx;

    /* The checks to run on each message (`smtp-check`), MXQ_CHECK_*
     * bits; their results go into the documents' `checks`. */
    unsigned checks;
    /* What refuses a message once its checks are done
     * (`smtp-check-reject`), MXQ_CHECK_REJECT_* bits; 0: never. */
    unsigned check_reject;
    /* `spamassassin-maxsize`: a larger message is not sent to spamd. */
    uint64_t spam_max_size;
    /* `spamassassin-header`: spamd's verdict as SpamAssassin's
     * X-Spam-Flag and X-Spam-Status fields at the top of every
     * document's MIME; the message's own X-Spam-* fields are dropped. */
    bool spam_header;
    unsigned auth_results;         /* `smtp-auth-results`:
                                      MXQ_AUTH_RESULTS_* bits: add an
                                      Authentication-Results field with
                                      the checks' results at the top of
                                      the MIME of local or non-local
                                      recipients' documents */
    /* `dsn-notify`, `dsn-ret`: written into a document's `dsn` when the
     * client gave no NOTIFY (for that recipient) or no RET. 0: none. */
    unsigned dsn_notify;           /* MXQ_DSN_NOTIFY_* bits */
    unsigned dsn_ret;              /* MXQ_DSN_RET_* */
    uint32_t check_timeout;        /* `smtp-check-timeout`: seconds a
                                      message's end waits for its checks;
                                      what is not done by then is
                                      temperror */

    /* `smtp-protection`: DNS blocklists the client's address is looked up
     * in at connect (zones such as "zen.spamhaus.org"; at most
     * MXQ_DNSBL_ZONES_MAX are used). A listed client gets 554 5.7.1 at MAIL, which waits for the
     * answers up to dnsbl_timeout seconds after the connect; a list
     * that has not answered by then lets the client in. Authenticated
     * clients are not refused. */
    const char *const *dnsbl_zones;
    size_t dnsbl_zone_count;
    uint32_t dnsbl_timeout;        /* `smtp-protection-timeout` */

    /* The header section (`smtp-header-*`). Past a limit the message is
     * refused with 552 5.3.4. A section that does not parse is kept as it
     * is and not interpreted, or, with header_strict, refused with
     * 554 5.6.0. A limit of 0 is none. */
    uint32_t header_max_line;      /* octets of one line, CRLF not counted */
    uint32_t header_max_fields;
    uint32_t header_max_size;      /* octets of the whole section */
    bool header_strict;
    enum mxq_extract extract;      /* `smtp-extract` */

    /* Can a message be stored now? NULL: always. While it answers false
     * (e.g. no RabbitMQ broker is connected), MAIL gets 451 4.3.0, before
     * the client sends the data. Must not block. */
    bool (*can_store)(void *ctx);
    void *can_store_ctx;
};

/* The checks of `smtp-check`. */
#define MXQ_CHECK_SPF 1u           /* RFC 7208, from MAIL FROM on */
#define MXQ_CHECK_DKIM 2u          /* RFC 6376, once the message is in */
#define MXQ_CHECK_DMARC 4u         /* RFC 7489, once SPF and DKIM are done
                                      (give both with it) */
#define MXQ_CHECK_ARC 8u           /* RFC 8617, once the message is in */
#define MXQ_CHECK_SPAM 16u         /* spamd, once the message is in */

/* `smtp-check-reject`: a DMARC fail whose policy says reject (550 5.7.1),
 * an SPF fail (550 5.7.23, RFC 7372), a check that ended temperror
 * (451 4.7.0). */
#define MXQ_CHECK_REJECT_DMARC 1u
#define MXQ_CHECK_REJECT_SPF 2u
#define MXQ_CHECK_REJECT_TEMPERROR 4u
#define MXQ_CHECK_REJECT_SPAM 8u   /* spamd says spam: 550 5.7.1 */

/* `dsn-notify` (RFC 3461 §4.1: NEVER alone, or any of the others) and
 * `dsn-ret`. */
#define MXQ_DSN_NOTIFY_NEVER 1u
#define MXQ_DSN_NOTIFY_SUCCESS 2u
#define MXQ_DSN_NOTIFY_FAILURE 4u
#define MXQ_DSN_NOTIFY_DELAY 8u
#define MXQ_DSN_RET_FULL 1u
#define MXQ_DSN_RET_HDRS 2u

/* Blocklists one session looks its client up in (`smtp-protection-lists`). */
#define MXQ_DNSBL_ZONES_MAX 8

/* The documents of `smtp-auth-results`. */
#define MXQ_AUTH_RESULTS_LOCAL 1u
#define MXQ_AUTH_RESULTS_NONLOCAL 2u

/* Fills every field with its documented default (ids and hostname NULL). */
void mxq_config_defaults(struct mxq_config *cfg);

/* What the adapter knows about the TCP connection (after PROXY). */
struct mxq_connection {
    const char *local_ip;
    uint16_t local_port;
    const char *remote_ip;
    uint16_t remote_port;
    bool remote_ipv6;              /* remote_ip is an IPv6 address */
    bool remote_addr_known;        /* remote_addr holds it (the checks
                                      need it; a PROXY LOCAL has none) */
    uint8_t remote_addr[16];       /* network order, IPv4 in [0..4) */
    bool secure;                   /* TLS from the first byte */
    const char *tls_version;       /* when secure, e.g. "TLSv1.3" */
    const char *tls_cipher;        /* when secure */
    /* Outgoing IPs for the JSON `ips` (MailerQ: the local IP when it is
     * mappable, else `smtp-default-ips`); the adapter decides. */
    const char *const *ips;
    size_t ip_count;
    /* Where the session counts its commands and replies (metrics), or
     * NULL. Plain counters: every session given the same struct must run
     * on one thread, whose adapter alone reads them. */
    struct mxq_counters *counters;
};

/* Commands by verb and final reply lines by kind. Verb 0 is a command
 * the engine does not know (or a line it could not read), then HELO,
 * EHLO, MAIL, RCPT, DATA, BDAT, RSET, NOOP, QUIT, VRFY, EXPN, HELP,
 * STARTTLS, AUTH; a reply kind is one row of the engine's reply table. */
#define MXQ_COUNTED_VERBS 15
#define MXQ_COUNTED_REPLIES 60
#define MXQ_COUNTED_CHECKS 26
struct mxq_counters {
    uint64_t commands[MXQ_COUNTED_VERBS];
    uint64_t replies[MXQ_COUNTED_REPLIES];
    uint64_t checks[MXQ_COUNTED_CHECKS]; /* a message's results (one per
                                            DKIM signature), once its
                                            checks are done */
};
/* The name of verb i ("unknown", "HELO", ...), NULL past the last. */
const char *mxq_counted_verb(unsigned i);
/* The code of reply kind i (0 past the last) and its RFC 3463 status
 * ("" when it has none). */
int mxq_counted_reply(unsigned i, const char **status);
/* The check of row i ("spf", "dkim", "dmarc", "arc", "spam") with its
 * result in *result, as the documents' `checks` word it; NULL past the
 * last. */
const char *mxq_counted_check(unsigned i, const char **result);

/* A run of octets. */
struct mxq_bytes {
    const uint8_t *p;
    size_t n;
};

#define MXQ_DOCUMENT_PARTS 4

/* One JSON document to store, exactly as it is to be published: its
 * parts one after the other. parts[1] is the message's MIME as the
 * contents of a JSON string, shared by every document of the message (one
 * copy however many recipients); parts[0] and parts[2] are the document's
 * own, around it; parts[3], empty or the `report` member and the closing
 * brace, is shared by the documents of a report's local recipients.
 * Write them with writev, or join them with mxq_document_join(). */
struct mxq_document {
    const char *queue;             /* queue name (routing key) */
    const char *message_id;        /* NUL-terminated, also inside the JSON */
    struct mxq_bytes parts[MXQ_DOCUMENT_PARTS];
    size_t json_len;               /* the parts' lengths added up */
};

/* Copies the document's JSON, json_len octets, to out. */
void mxq_document_join(const struct mxq_document *d, uint8_t *out);

/* DNS, for the checks: the record types the engine asks for, and how a
 * lookup ended (RFC 1035 and RFC 2308's terms). */
enum mxq_dns_type {
    MXQ_DNS_A = 1,
    MXQ_DNS_MX = 15,
    MXQ_DNS_TXT = 16,
    MXQ_DNS_PTR = 12,
    MXQ_DNS_AAAA = 28
};

enum mxq_dns_rcode {
    MXQ_DNS_OK = 0,                /* records follow (at least one) */
    MXQ_DNS_NXDOMAIN,              /* the name does not exist */
    MXQ_DNS_NODATA,                /* the name exists, no record of the type */
    MXQ_DNS_SERVFAIL,              /* the server failed, or the answer was
                                      malformed */
    MXQ_DNS_TIMEOUT                /* no answer in time */
};

/* One record of an answer. A: 4 octets, AAAA: 16 (network order); TXT:
 * the record's character-strings joined; MX and PTR: the name, without
 * the final dot, preference for MX. */
struct mxq_dns_record {
    uint16_t preference;
    struct mxq_bytes data;
};

/* What the engine asks of the adapter. */
enum mxq_request_kind {
    /* Store u.store's documents durably (all or nothing); answer with
     * mxq_session_stored(). The documents stay valid until then. */
    MXQ_REQUEST_STORE = 1,
    /* The 220 for STARTTLS is sent: start the TLS handshake on the
     * socket; answer with mxq_session_tls_started(), or close the
     * connection if the handshake fails. */
    MXQ_REQUEST_STARTTLS,
    /* Check u.auth's credentials; answer with mxq_session_authenticated().
     * They stay valid until then, and are wiped right after. */
    MXQ_REQUEST_AUTH,
    /* Look up u.resolve's name and type; answer with
     * mxq_session_resolved(), whatever the outcome. Many can be
     * outstanding. The name is valid only until the next call into the
     * session: copy it when the request is taken. */
    MXQ_REQUEST_RESOLVE,
    /* Have spamd scan a message: send u.spam's head, then its message, to
     * spamd; read spamd's reply until it closes the connection (at most
     * 64 KiB and one octet); answer with mxq_session_scanned(), whatever
     * the outcome. The octets are valid only until the next call into
     * the session: copy them when the request is taken. */
    MXQ_REQUEST_SPAM_SCAN,
    /* The last reply is sent (or the client stopped reading it): send
     * what the adapter itself still buffers (TLS records) and close. No
     * answer; the session may be freed. */
    MXQ_REQUEST_CLOSE
};

/* At most this many requests are outstanding at once, so a hand-out of
 * mxq_session_requests() is never longer. */
#define MXQ_REQUESTS_MAX 32

struct mxq_request {
    uint32_t id;                   /* unique within the session, never 0 */
    enum mxq_request_kind kind;
    union {
        struct {
            const struct mxq_document *documents;
            size_t count;
            /* x-mq-* fields dropped unread (`smtp-extract:
             * authenticated`, a client that did not log in): for the
             * log */
            size_t ignored_fields;
            /* a refused message kept in the refused queue
             * (`rabbitmq-refused`): stored, but not accepted */
            bool refused;
        } store;
        struct {                   /* not NUL-terminated */
            const char *user;
            size_t user_len;
            const char *password;
            size_t password_len;
        } auth;
        struct {                   /* NUL-terminated, no final dot */
            const char *name;
            enum mxq_dns_type type;
        } resolve;
        struct {
            const uint8_t *head;   /* SPAMC's request line and headers */
            size_t head_len;
            const uint8_t *message; /* the message as received */
            size_t message_len;
        } spam;
    } u;
};

typedef struct mxq_session mxq_session;

/* A new session; the greeting is queued as output. NULL when out of
 * memory. `cfg` and `conn` are copied where needed (strings are not: they
 * must outlive the session). `now` is Unix time in seconds. */
mxq_session *mxq_session_new(const struct mxq_config *cfg,
                             const struct mxq_connection *conn, int64_t now);
void mxq_session_free(mxq_session *s);

/* Hands client bytes to the engine, which takes them all (returns len)
 * as long as len <= mxq_session_input_room(); beyond that it takes what
 * fits and returns how much. What it cannot act on yet (while a store or
 * a check is pending) it holds and goes on with by itself later. */
size_t mxq_session_feed(mxq_session *s, const uint8_t *data, size_t len,
                        int64_t now);

/* How many more octets the session takes now; 0 means: do not read from
 * the client (the session waits for the TLS handshake, is closing, holds
 * enough input, or the client is not reading its replies). */
size_t mxq_session_input_room(const mxq_session *s);

/* The client closed its side (EOF). Acted on once the input before it is
 * done: the transaction in progress is dropped, a pending store goes on
 * (its outcome cannot be told), then CLOSE is requested. */
void mxq_session_eof(mxq_session *s, int64_t now);

/* Time passes: closes idle sessions with 421 after `timeout` seconds,
 * answers an AUTH failure once its delay is over, and gives up on a
 * client that does not read its last reply. Call it at
 * mxq_session_next_deadline() at the latest. */
void mxq_session_tick(mxq_session *s, int64_t now);

/* The server is stopping. Returns true when the session has queued its
 * 421 and only wants to be flushed and closed; false while a message is in
 * flight (DATA, BDAT, a pending store or check) or a handshake is: the
 * session then ends with 421 right after that message's reply. */
bool mxq_session_shutdown(mxq_session *s, int64_t now);

/* The Unix time (seconds) of the session's next deadline, for a timer;
 * INT64_MAX when there is none. */
int64_t mxq_session_next_deadline(const mxq_session *s);

/* Bytes waiting to be sent, and the report of how many were sent. */
const uint8_t *mxq_session_output(const mxq_session *s, size_t *len);
void mxq_session_output_done(mxq_session *s, size_t sent, int64_t now);

/* The requests made since the last call, each returned once; NULL when
 * there are none. The array is valid until the next call into the
 * session; what a request points to, until it is answered. */
const struct mxq_request *mxq_session_requests(mxq_session *s,
                                               size_t *count);

/* Answers. An id that is not outstanding (answered already, or of a
 * request the session dropped) is ignored. */

/* The store of request `id` ended: true only when every document is
 * durable. */
void mxq_session_stored(mxq_session *s, uint32_t id, bool ok, int64_t now);

/* TLS is up; version and cipher are kept by pointer and must outlive the
 * session. */
void mxq_session_tls_started(mxq_session *s, uint32_t id,
                             const char *version, const char *cipher,
                             int64_t now);

/* The verdict on the credentials of request `id`. */
void mxq_session_authenticated(mxq_session *s, uint32_t id, bool ok,
                               int64_t now);

/* The answer to lookup `id`: n records when rcode is MXQ_DNS_OK, and
 * the TTL they (or, for NXDOMAIN and NODATA, the negative answer) may be
 * cached for. The engine copies what it keeps. */
void mxq_session_resolved(mxq_session *s, uint32_t id,
                          enum mxq_dns_rcode rcode,
                          const struct mxq_dns_record *records, size_t n,
                          uint32_t ttl, int64_t now);

/* spamd's reply to scan `id`: every octet it sent before it closed
 * (ok), or ok false when it could not be reached or did not answer in
 * time. The engine copies what it keeps. */
void mxq_session_scanned(mxq_session *s, uint32_t id, bool ok,
                         const uint8_t *reply, size_t n, int64_t now);

/* The authenticated user (NUL-terminated), NULL when none: for logs. */
const char *mxq_session_user(const mxq_session *s);

/* Replies to a connection refused before it has a session (smtp-range,
 * smtp-connections), from the engine's reply table: writes the line, CRLF
 * included and NUL-terminated, into buf and returns its length (0 when
 * it does not fit). */
enum mxq_refusal {
    MXQ_REFUSAL_NOT_IN_RANGE,      /* 554 5.7.1 */
    MXQ_REFUSAL_TOO_MANY,          /* 421 4.7.0 */
    MXQ_REFUSAL_CLIENT_TOO_MANY,   /* 421 4.7.0: smtp-connections-per-ip */
    MXQ_REFUSAL_CLIENT_TOO_FAST    /* 421 4.7.0: smtp-connection-rate */
};
size_t mxq_refusal_reply(enum mxq_refusal r, char *buf, size_t len);

/* Counters for logs and tests. */
struct mxq_session_stats {
    uint32_t messages_accepted;
    uint32_t messages_refused;
    uint32_t messages_refused_kept; /* of those, in the refused queue */
    uint32_t errors;
};
void mxq_session_stats(const mxq_session *s, struct mxq_session_stats *out);

#ifdef __cplusplus
}
#endif
#endif
