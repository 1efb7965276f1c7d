/*
 * Every setting mxqd recognises: MailerQ's names (so that a MailerQ config
 * file loads) and mxq's own. docs/settings.md describes the same rows;
 * test_settings checks that it names each of them.
 */
#include <stdbool.h>
#include <string.h>

#include "settings_table.h"

#define FIELD(f) .offset = offsetof(struct mxqd_settings, f), \
                 .size = sizeof(((struct mxqd_settings *)0)->f)
#define TEXT_ONLY .offset = NO_FIELD, .size = 0

/* Shorthands for rows of MailerQ settings that have no effect in mxq. */
#define OUTBOUND(n, m) { .name = n, .type = TYPE_TEXT, \
    .status = MXQD_OUTBOUND, .def = "", TEXT_ONLY, .meaning = m }
#define OUTBOUND_SECRET(n, m) { .name = n, .type = TYPE_TEXT, \
    .status = MXQD_OUTBOUND, .def = "", TEXT_ONLY, .flags = FLAG_SECRET, \
    .meaning = m }
#define OUTBOUND_FAMILY(n, m) { .name = n, .type = TYPE_TEXT, \
    .status = MXQD_OUTBOUND, .def = "", TEXT_ONLY, .flags = FLAG_PATTERN, \
    .meaning = m }
/* A later feature of mxq, kept as text (checked by type when typed). */
#define LATER(n, t, m) { .name = n, .type = t, .status = MXQD_NOT_YET, \
    .def = "", TEXT_ONLY, .max = UINT32_MAX, .meaning = m }

/* An older MailerQ name: accepted for the newer one, with a warning. */
#define ALIAS(n, t, to) { .name = n, .type = t, .status = MXQD_SUPPORTED, \
    .def = "", TEXT_ONLY, .alias_of = to, .meaning = "older name of " to }

/* In the order of the MXQD_CHECK_* bits. */
static const char *const check_words[] = { "spf", "dkim", "dmarc", "spam",
                                           "arc", NULL };
static const char *const check_reject_words[] = { "dmarc", "spf",
                                                  "temperror", "spam",
                                                  NULL };
static const char *const auth_results_words[] = { "local", "nonlocal", NULL };
static const char *const notify_words[] = { "never", "success", "failure",
                                            "delay", NULL };
static const char *const ret_words[] = { "full", "hdrs", NULL };
/* smtp-extract: MailerQ's boolean, and ours (see extract_mode()) */
static const char *const extract_words[] = {
    "false", "no", "off", "0", "true", "yes", "on", "1", "authenticated",
    NULL };
static const char *const encoding_words[] = { "gzip", NULL };
static const char *const queue_type_words[] = { "classic", "quorum", NULL };
static const char *const log_format_words[] = { "text", "json", NULL };

const struct mxqd_setting mxqd_setting_table[] = {
    /* ---------------------------------------------- supported: listeners */
    { .name = "smtp-ip", .type = TYPE_IP, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_ip),
      .meaning = "the one local IP address to listen on; empty: all" },
    { .name = "smtp-port", .type = TYPE_PORTS, .status = MXQD_SUPPORTED,
      .def = "25", FIELD(smtp_port),
      .meaning = "port(s) for SMTP with STARTTLS: 25,2525,1024-1026" },
    { .name = "smtp-threads", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "1", FIELD(smtp_threads), .min = 1, .max = 256,
      .meaning = "worker threads serving SMTP connections" },
    { .name = "user", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(user),
      .meaning = "user to switch to after binding the ports; empty: stay" },

    /* ------------------------------------------------- supported: engine */
    { .name = "hostname", .type = TYPE_HOSTNAME, .status = MXQD_SUPPORTED,
      .def = "", FIELD(hostname),
      .meaning = "name in the greeting, EHLO reply, Received and JSON; "
                 "empty: the system's host name (mxq's own setting)" },
    { .name = "smtp-validate-address", .type = TYPE_VALIDATE,
      .status = MXQD_SUPPORTED, .def = "strict", FIELD(validate_address),
      .meaning = "strict (RFC 5321) or loose checks of MAIL FROM/RCPT TO" },
    { .name = "dsn-advertise", .type = TYPE_BOOL, .status = MXQD_SUPPORTED,
      .def = "true", FIELD(dsn_advertise),
      .meaning = "offer DSN in EHLO and accept RET/ENVID/NOTIFY/ORCPT" },
    { .name = "smtp-maxsize", .type = TYPE_SIZE, .status = MXQD_SUPPORTED,
      .def = "100MB", FIELD(smtp_maxsize), .min = 1024,
      .max = UINT64_C(1) << 30,
      .meaning = "largest message accepted (SIZE); 1KB..1GB, 1MB = 1024KB" },
    { .name = "smtp-memory-limit", .type = TYPE_SIZE,
      .status = MXQD_SUPPORTED, .def = "1GB", FIELD(smtp_memory_limit),
      .min = UINT64_C(1) << 20, .max = UINT64_C(1) << 40,
      .meaning = "memory for messages in flight, all sessions together: "
                 "message content and documents; once used up MAIL gets `452 "
                 "4.3.1`, and a message that would cross it is refused with "
                 "`452 4.3.1` at its end (mxq's own)" },
    { .name = "smtp-max-line-length", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "2048", FIELD(smtp_max_line_length),
      .min = 512, .max = 65536,
      .meaning = "longest command or text line, CRLF included (mxq's own)" },
    { .name = "smtp-max-recipients", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "1000", FIELD(smtp_max_recipients),
      .min = 100, .max = 100000,
      .meaning = "recipients per transaction (mxq's own)" },
    { .name = "smtp-max-errors", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "20", FIELD(smtp_max_errors), .min = 1, .max = 1000,
      .meaning = "errors per session before 421 and close (mxq's own)" },
    { .name = "smtp-timeout", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "300", FIELD(smtp_timeout), .min = 1, .max = 86400,
      .meaning = "seconds a client may stay silent" },
    { .name = "smtp-max-pending-output", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "65536",
      FIELD(smtp_max_pending_output), .min = 4096, .max = 16777216,
      .meaning = "unread reply bytes before mxq stops reading a client's "
                 "commands (mxq's own)" },

    /* ------------------------------------------------ supported: storage */
    { .name = "queue-directory", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "./queue", FIELD(queue_directory),
      .meaning = "directory of the file queue (mxq's own)" },
    { .name = "rabbitmq-address", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(rabbitmq_address), .flags = FLAG_SECRET,
      .meaning = "amqp://user:pass@host:port/vhost (amqps:// for TLS, "
                 "port 5671), or a comma list of them, e.g. the nodes of a "
                 "cluster (failover, in order of preference: a lost "
                 "connection moves to the next one, where what was not "
                 "confirmed is published again); empty: the file queue" },
    { .name = "rabbitmq-verify", .type = TYPE_BOOL, .status = MXQD_SUPPORTED,
      .def = "true", FIELD(rabbitmq_verify),
      .meaning = "on amqps:// connections, verify the broker's certificate: "
                 "its chain and the URI's host name; false: accept any "
                 "certificate (self-signed)" },
    { .name = "rabbitmq-ca-file", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_ca_file),
      .meaning = "PEM file of the CAs trusted for the broker's certificate; "
                 "empty: the system's store (mxq's own)" },
    { .name = "rabbitmq-inbox", .type = TYPE_QUEUE, .status = MXQD_SUPPORTED,
      .def = "inbox", FIELD(rabbitmq_inbox),
      .meaning = "queue of received mail (MailerQ's default is outbox)" },
    { .name = "rabbitmq-local", .type = TYPE_QUEUE, .status = MXQD_SUPPORTED,
      .def = "", FIELD(rabbitmq_local),
      .meaning = "queue of mail to local addresses; empty: the inbox" },
    { .name = "rabbitmq-reports", .type = TYPE_QUEUE,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_reports),
      .meaning = "queue of reports (DSN, ARF, MDN, DMARC, TLS-RPT, bounces) "
                 "sent to local addresses, each document with a `report` "
                 "object (see \"Reports to local addresses\")" },
    { .name = "rabbitmq-refused", .type = TYPE_QUEUE,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_refused),
      .meaning = "queue keeping mail refused for good once its data was "
                 "in (smtp-check-reject, a bad header); empty: not kept" },
    { .name = "smtp-refused-rate", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "10", FIELD(smtp_refused_rate),
      .max = 1000000,
      .meaning = "refused messages kept per client (IPv6: per "
                 "smtp-ipv6-prefix) per minute; 0: no limit (mxq's own)" },
    { .name = "smtp-refused-maxsize", .type = TYPE_SIZE,
      .status = MXQD_SUPPORTED, .def = "1MB", FIELD(smtp_refused_maxsize),
      .max = UINT64_C(1) << 30,
      .meaning = "the largest refused message kept (mxq's own)" },
    { .name = "rabbitmq-exchange", .type = TYPE_QUEUE,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_exchange),
      .meaning = "direct exchange to publish to, the routing key being the "
                 "queue name; empty: the default exchange" },
    { .name = "rabbitmq-declare", .type = TYPE_BOOL, .status = MXQD_SUPPORTED,
      .def = "true", FIELD(rabbitmq_declare),
      .meaning = "declare the queues and the exchange (and bind them) at "
                 "each connect; false: only check that they exist" },
    { .name = "rabbitmq-durable", .type = TYPE_BOOL, .status = MXQD_SUPPORTED,
      .def = "true", FIELD(rabbitmq_durable),
      .meaning = "declare the queues and the exchange durable" },
    { .name = "rabbitmq-persistent", .type = TYPE_BOOL,
      .status = MXQD_SUPPORTED, .def = "true", FIELD(rabbitmq_persistent),
      .meaning = "publish persistent messages, delivery mode 2 "
                 "(MailerQ's default is false)" },
    { .name = "rabbitmq-lazy", .type = TYPE_BOOL, .status = MXQD_SUPPORTED,
      .def = "false", FIELD(rabbitmq_lazy),
      .meaning = "declare the queues lazy (x-queue-mode)" },
    { .name = "rabbitmq-maxpriority", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_maxpriority),
      .min = 0, .max = 255,
      .meaning = "x-max-priority of the declared queues; empty or 0: none" },
    { .name = "rabbitmq-queue-type", .type = TYPE_CHOICE,
      .status = MXQD_SUPPORTED, .def = "classic", FIELD(rabbitmq_queue_type),
      .words = queue_type_words,
      .meaning = "classic or quorum (x-queue-type, for clustered brokers) "
                 "(mxq's own)" },
    { .name = "rabbitmq-publishers", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "1", FIELD(rabbitmq_publishers),
      .min = 1, .max = 64,
      .meaning = "publishing threads, one broker connection each" },
    { .name = "rabbitmq-throttle", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "100", FIELD(rabbitmq_throttle),
      .min = 1, .max = 65535,
      .meaning = "unconfirmed publishes in flight per connection" },
    { .name = "rabbitmq-encoding", .type = TYPE_CHOICE,
      .status = MXQD_SUPPORTED, .def = "", FIELD(rabbitmq_encoding),
      .words = encoding_words,
      .meaning = "gzip: compress what is published, content-encoding gzip; "
                 "empty: plain JSON" },
    { .name = "rabbitmq-confirm-timeout", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "30", FIELD(rabbitmq_confirm_timeout),
      .min = 1, .max = 3600,
      .meaning = "seconds from a message's store request to its broker "
                 "confirm, across a move to the next address, before the "
                 "client gets 451 (and a connection that has not confirmed "
                 "in time is renewed) (mxq's own)" },

    /* ---------------------------------------------------- supported: TLS */
    { .name = "smtp-secure-port", .type = TYPE_PORTS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_secure_port),
      .meaning = "port(s) speaking TLS from the first byte (SMTPS, e.g. "
                 "465); needs smtp-certificate" },
    { .name = "smtp-certificate", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_certificate),
      .meaning = "path of the PEM certificate chain (server certificate "
                 "first); set: STARTTLS is offered; empty: no TLS" },
    { .name = "smtp-key", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_key),
      .meaning = "path of the PEM private key; empty: in the certificate "
                 "file" },
    { .name = "smtp-ciphers", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_ciphers),
      .meaning = "OpenSSL-style cipher list, TLS 1.3 suites included; "
                 "empty: ECDHE/DHE with AES-GCM or ChaCha20 only" },
    { .name = "smtp-tls-timeout", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "30", FIELD(smtp_tls_timeout), .min = 1, .max = 3600,
      .meaning = "seconds a client gets for the TLS handshake (mxq's own)" },

    /* ------------------------------------------------ supported: logging */
    { .name = "application-log", .type = TYPE_LOG_TARGETS,
      .status = MXQD_SUPPORTED, .def = "stderr", FIELD(application_log),
      .flags = FLAG_EMPTY_OK,
      .meaning = "comma list of stderr, stdout, syslog or file paths; "
                 "empty: no log" },
    { .name = "application-log-format", .type = TYPE_CHOICE,
      .status = MXQD_SUPPORTED, .def = "text",
      FIELD(application_log_format), .words = log_format_words,
      .meaning = "text, or json: one object per line with time, pid, "
                 "level and message, for log shippers (mxq's own)" },

    /* ------------------------------------------------ supported: metrics */
    { .name = "metrics-address", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(metrics_address),
      .meaning = "ip:port ([ipv6]:port) of the Prometheus endpoint, GET "
                 "/metrics, e.g. 127.0.0.1:9325; empty: none (mxq's own)" },

    /* ---------------------------------------- supported: trust boundary */
    { .name = "smtp-auth", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_auth), .flags = FLAG_SECRET,
      .meaning = "credentials for AUTH: hardcoded://user:pass,user2:pass2 "
                 "or file:///path (lines user:crypt-hash); other schemes "
                 "(ldap, radius, http, ...) are refused" },
    { .name = "smtp-username", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_username),
      .meaning = "a login for AUTH, with smtp-password (MailerQ <= 5.11)" },
    { .name = "smtp-password", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_password), .flags = FLAG_SECRET,
      .meaning = "password of smtp-username (MailerQ <= 5.11)" },
    { .name = "smtp-auth-plaintext", .type = TYPE_BOOL,
      .status = MXQD_SUPPORTED, .def = "false", FIELD(smtp_auth_plaintext),
      .meaning = "offer AUTH without TLS too, e.g. for tests over loopback "
                 "(mxq's own)" },
    { .name = "smtp-auth-failure-delay", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "2", FIELD(smtp_auth_failure_delay),
      .min = 0, .max = 60,
      .meaning = "seconds before a failed AUTH is answered, to slow "
                 "guessing (mxq's own)" },
    { .name = "smtp-max-auth-failures", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "3", FIELD(smtp_max_auth_failures),
      .min = 1, .max = 100,
      .meaning = "failed AUTH attempts per session before 421 and close "
                 "(mxq's own)" },
    { .name = "smtp-local-addresses", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_local_addresses),
      .meaning = "file of local addresses (exact, *@domain patterns, "
                 "regex:ERE), taken without AUTH; reloaded on SIGHUP and "
                 "when it changes" },
    { .name = "smtp-range", .type = TYPE_CIDRS, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_range),
      .meaning = "';' list of IP ranges allowed to connect (the client "
                 "after PROXY); others get 554; empty: all" },
    { .name = "smtp-proxy", .type = TYPE_CIDRS, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_proxy),
      .meaning = "';' list of IP ranges that send a PROXY v1/v2 header "
                 "first" },
    { .name = "smtp-connections", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_connections),
      .max = UINT32_MAX,
      .meaning = "most connections open at once; more get 421; empty or "
                 "0: no cap" },
    { .name = "smtp-connections-in", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_connections_in),
      .max = UINT32_MAX,
      .meaning = "cap on incoming connections: the same as "
                 "smtp-connections in mxq (the smaller one applies)" },
    { .name = "smtp-connections-per-ip", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "0", FIELD(smtp_connections_per_ip),
      .max = 1000000,
      .meaning = "most connections open at once from one client (IPv6: "
                 "one smtp-ipv6-prefix); more get 421 4.7.0; 0: no limit "
                 "(mxq's own)" },
    { .name = "smtp-connection-rate", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "0", FIELD(smtp_connection_rate),
      .max = 1000000,
      .meaning = "new connections a minute from one client; more get "
                 "421 4.7.0; 0: no limit (mxq's own)" },
    { .name = "smtp-message-rate", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "0", FIELD(smtp_message_rate),
      .max = 1000000,
      .meaning = "messages (MAIL commands) a minute from one client; more "
                 "get 450 4.7.1; 0: no limit (mxq's own)" },
    { .name = "smtp-ipv6-prefix", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "64", FIELD(smtp_ipv6_prefix),
      .min = 16, .max = 128,
      .meaning = "IPv6 clients count by this prefix in the per-client "
                 "limits (mxq's own)" },
    { .name = "smtp-rate-exempt", .type = TYPE_CIDRS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_rate_exempt),
      .meaning = "';' list of client ranges no per-client limit applies "
                 "to (mxq's own)" },
    { .name = "smtp-default-ips", .type = TYPE_CIDRS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_default_ips),
      .meaning = "';' list of outgoing IPs put into the JSON when the "
                 "local IP is not mappable" },
    { .name = "smtp-mappable-ips", .type = TYPE_CIDRS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_mappable_ips),
      .meaning = "local IPs whose mail is sent out from the same IP "
                 "(it goes into the JSON)" },
    { .name = "smtp-unmappable-ips", .type = TYPE_CIDRS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_unmappable_ips),
      .meaning = "exceptions to smtp-mappable-ips" },

    /* ------------------------------------------- not yet: SMTP features */
    { .name = "smtp-check", .type = TYPE_WORDS, .status = MXQD_SUPPORTED,
      .def = "", FIELD(smtp_check), .words = check_words,
      .meaning = "checks of incoming mail, results in the JSON's checks: "
                 "spf, dkim, dmarc (runs spf and dkim too), arc, spam "
                 "(spamd at spamassassin-host)" },
    { .name = "smtp-check-reject", .type = TYPE_WORDS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_check_reject),
      .words = check_reject_words,
      .meaning = "what refuses a message once its checks are done, at the end"
                 " of DATA/BDAT: `dmarc` (a DMARC fail whose policy, after "
                 "`pct`, says reject: `550 5.7.1`), `spf` (an SPF fail: `550 "
                 "5.7.23`, RFC 7372), `temperror` (a check that could not "
                 "finish, by a DNS failure, spamd or `smtp-check-timeout`: "
                 "`451 4.7.0`), `spam` (spamd says spam: `550 5.7.1`); empty:"
                 " every message is accepted with its results (mxq's own; a "
                 "word whose check does not run is warned about at start-up)" },
    { .name = "smtp-check-timeout", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "20", FIELD(smtp_check_timeout),
      .min = 1, .max = 600,
      .meaning = "seconds the end of a message waits for its checks before "
                 "the 250; a check not done by then is `temperror` (mxq's "
                 "own)" },
    { .name = "dns-servers", .type = TYPE_TEXT, .status = MXQD_SUPPORTED,
      .def = "", FIELD(dns_servers),
      .meaning = "name servers for the checks' lookups: `ip[:port]`, IPv6 "
                 "with a port as `[addr]:port`, separated by semicolons "
                 "(commas also work); empty: those of /etc/resolv.conf (mxq's"
                 " own)" },
    { .name = "dns-interval", .type = TYPE_SECONDS,
      .status = MXQD_SUPPORTED, .def = "2.0", FIELD(dns_interval),
      .min = 10, .max = 60000,
      .meaning = "seconds before a DNS query is sent again (up to three "
                 "decimals)" },
    { .name = "dns-attempts", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "3", FIELD(dns_attempts), .min = 1, .max = 10,
      .meaning = "times a DNS query is sent before it times out" },
    { .name = "dns-capacity", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "100", FIELD(dns_capacity), .min = 1, .max = 10000,
      .meaning = "DNS queries in flight per worker; more wait their turn" },
    { .name = "dns-min-ttl", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "60", FIELD(dns_min_ttl), .min = 1, .max = 86400,
      .meaning = "seconds an answer (also NXDOMAIN and NODATA, RFC 2308) is "
                 "cached at least" },
    { .name = "dns-max-ttl", .type = TYPE_UINT, .status = MXQD_SUPPORTED,
      .def = "86400", FIELD(dns_max_ttl), .min = 1, .max = 604800,
      .meaning = "seconds an answer is cached at most (mxq's own)" },
    { .name = "smtp-auth-results", .type = TYPE_WORDS,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_auth_results),
      .words = auth_results_words,
      .meaning = "`local`, `nonlocal`: add an `Authentication-Results` field "
                 "with the checks' results at the top of the MIME of the "
                 "documents of local, non-local recipients" },
    { .name = "smtp-extract", .type = TYPE_CHOICE, .status = MXQD_SUPPORTED,
      .def = "true", FIELD(smtp_extract), .words = extract_words,
      .meaning = "`true` (MailerQ's default: also `yes`, `on`, `1`): every "
                 "`x-mq-*` header field becomes a JSON property and leaves "
                 "the MIME; `false` (`no`, `off`, `0`): they stay in the MIME"
                 " and nothing is added; `authenticated` (mxq's own): only "
                 "for clients that logged in (AUTH), the others' `x-mq-*` "
                 "fields are dropped from the MIME unread, and the log says "
                 "how many, once per message" },
    { .name = "smtp-header-max-line", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "8192", FIELD(smtp_header_max_line),
      .min = 998, .max = 1048576,
      .meaning = "longest header line, CRLF not counted; past it "
                 "552 5.3.4 (mxq's own)" },
    { .name = "smtp-header-max-fields", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "1000",
      FIELD(smtp_header_max_fields), .min = 50, .max = 100000,
      .meaning = "most header fields in a message; past it 552 5.3.4 "
                 "(mxq's own)" },
    { .name = "smtp-header-max-size", .type = TYPE_SIZE,
      .status = MXQD_SUPPORTED, .def = "256KB",
      FIELD(smtp_header_max_size), .min = 16384, .max = 64u * 1024 * 1024,
      .meaning = "largest header section; past it 552 5.3.4 (mxq's own)" },
    { .name = "smtp-header-strict", .type = TYPE_BOOL,
      .status = MXQD_SUPPORTED, .def = "false", FIELD(smtp_header_strict),
      .meaning = "refuse a malformed header section with 554 5.6.0 "
                 "instead of keeping it uninterpreted (mxq's own)" },
    { .name = "smtp-protection", .type = TYPE_BOOL,
      .status = MXQD_SUPPORTED, .def = "false", FIELD(smtp_protection),
      .meaning = "refuse clients on the DNS blocklists of "
                 "smtp-protection-lists (554 5.7.1 at MAIL)" },
    { .name = "smtp-protection-lists", .type = TYPE_ZONES,
      .status = MXQD_SUPPORTED, .def = "", FIELD(smtp_protection_lists),
      .meaning = "blocklist zones, comma-separated, at most 8, e.g. "
                 "`zen.spamhaus.org` (mxq's own: MailerQ does not say where "
                 "its list comes from)" },
    { .name = "smtp-protection-timeout", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "10",
      FIELD(smtp_protection_timeout), .min = 1, .max = 120,
      .meaning = "seconds after the connect that MAIL waits for the lists; a "
                 "list that has not answered by then lets the client in "
                 "(mxq's own)" },
    { .name = "spamassassin-host", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "localhost",
      FIELD(spamassassin_host),
      .meaning = "where spamd runs, for `smtp-check: spam`: a name (resolved "
                 "once at start-up) or an address" },
    { .name = "spamassassin-port", .type = TYPE_UINT,
      .status = MXQD_SUPPORTED, .def = "783", FIELD(spamassassin_port),
      .min = 1, .max = 65535,
      .meaning = "port of spamd (usually 783)" },
    { .name = "spamassassin-header", .type = TYPE_BOOL,
      .status = MXQD_SUPPORTED, .def = "false", FIELD(spamassassin_header),
      .meaning = "add spamd's verdict as SpamAssassin's `X-Spam-Flag: YES` "
                 "(spam only) and `X-Spam-Status: Yes, score=5.8 required=5.0"
                 " tests=A,B` (folded at 78 columns) at the top of every "
                 "document's MIME, after any Authentication-Results; the "
                 "message's own `X-Spam-*` fields are dropped, as spamd drops"
                 " them; nothing is added when spamd gave no verdict (mxq's "
                 "own)" },
    { .name = "spamassassin-maxsize", .type = TYPE_SIZE,
      .status = MXQD_SUPPORTED, .def = "500KB",
      FIELD(spamassassin_maxsize), .min = 1024, .max = UINT64_C(1) << 30,
      .meaning = "the largest message sent to spamd (spamc's own limit); a "
                 "larger one is not scanned, its check is `{\"spam\": "
                 "\"none\", \"reason\": ...}` (mxq's own)" },
    { .name = "dsn-notify", .type = TYPE_WORDS, .status = MXQD_SUPPORTED,
      .def = "", FIELD(dsn_notify), .words = notify_words,
      .flags = FLAG_FIRST_ALONE,
      .meaning = "NOTIFY written into a document's `dsn` when the client gave"
                 " none for that recipient: `never`, or any of `success`, "
                 "`failure`, `delay` (never stands alone, RFC 3461 §4.1). "
                 "Written at receipt, so the consumer sees what applies; "
                 "MailerQ applies its own at delivery" },
    { .name = "dsn-ret", .type = TYPE_CHOICE, .status = MXQD_SUPPORTED,
      .def = "", FIELD(dsn_ret), .words = ret_words,
      .meaning = "RET written into a document's `dsn` when the client gave "
                 "none: `full` or `hdrs`, written at receipt as `dsn-notify`" },
    ALIAS("smtp-defaultips", TYPE_CIDRS, "smtp-default-ips"),
    ALIAS("smtp-defaultip", TYPE_CIDRS, "smtp-default-ips"),
    ALIAS("smtp-privatekey", TYPE_TEXT, "smtp-key"),
    ALIAS("smtp-ranges", TYPE_CIDRS, "smtp-range"),

    /* ---------------------------------------- not yet: RabbitMQ publishing */
    LATER("rabbitmq-queues", TYPE_TEXT, "names of the queues"),

    /* ------------------------------------------ not yet: inbound storage */
    LATER("storage-address", TYPE_TEXT,
          "message store; MailerQ may put received MIME there"),
    LATER("storage-policy", TYPE_TEXT,
          "all, out, in or none: which MIME goes to the store"),
    { .name = "received-log-file", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(received_log_file),
      .meaning = "file that gets one line per accepted recipient (appended; "
                 "reopened on SIGHUP or once it was moved); empty: none" },
    { .name = "received-log-format", .type = TYPE_TEXT,
      .status = MXQD_SUPPORTED, .def = "", FIELD(received_log_format),
      .meaning = "the line, in MailerQ's template syntax: {$json.key}, "
                 "{if $report}...{else}...{/if}, {$date}, {$time}; empty: "
                 "MailerQ's default" },
    { .name = "received-log-*", .type = TYPE_TEXT, .status = MXQD_NOT_YET,
      .def = "", TEXT_ONLY, .flags = FLAG_PATTERN,
      .meaning = "MailerQ's older rotation settings (-directory, -prefix, "
                 "-compression, -history, -maxage, -maxsize)" },
    { .name = "received-bin-log-*", .type = TYPE_TEXT, .status = MXQD_NOT_YET,
      .def = "", TEXT_ONLY, .flags = FLAG_PATTERN,
      .meaning = "binary log of received messages" },

    /* ------------------------------------- MailerQ's outbound side: none */
    OUTBOUND("smtp-connections-out", "MailerQ's reserve of outgoing "
             "connections; mxq sends nothing"),
    OUTBOUND("rabbitmq-outbox", "queue MailerQ delivers from"),
    OUTBOUND("rabbitmq-results", "delivery results queue"),
    OUTBOUND("rabbitmq-success", "delivery successes queue"),
    OUTBOUND("rabbitmq-failure", "delivery failures queue"),
    OUTBOUND("rabbitmq-retry", "delivery retries queue"),
    OUTBOUND("rabbitmq-dsn", "queue of DSNs MailerQ generates"),
    OUTBOUND("rabbitmq-consumers", "consuming threads"),
    OUTBOUND("rabbitmq-qos", "prefetch per consumer"),
    OUTBOUND("rabbitmq-flush-qos", "prefetch when flushing"),
    OUTBOUND("rabbitmq-minqos", "lowest prefetch"),
    OUTBOUND("max-delivertime", "seconds to keep trying a delivery"),
    OUTBOUND("max-attempts", "delivery attempts"),
    OUTBOUND("retry-interval", "delays between delivery attempts"),
    OUTBOUND_FAMILY("smtp-sink-*", "redirect outgoing mail to a sink"),
    OUTBOUND("validate-envelope", "checks of injected JSON envelopes"),
    OUTBOUND("validate-recipient", "checks of injected JSON recipients"),
    OUTBOUND("proxy-server", "outgoing HTTP proxy"),

    /* --------------------------------------------------- MailerQ itself */
    OUTBOUND("license", "MailerQ license file"),
    OUTBOUND("lock", "pid file"),
    OUTBOUND("server-id", "instance id in message ids"),
    OUTBOUND("heartbeat", "usage statistics to Copernica"),
    OUTBOUND("heartbeat-enabled", "usage statistics to Copernica"),
    OUTBOUND("daemon", "run in the background"),
    OUTBOUND("disable-crash-report", "crash reports"),
    OUTBOUND("disable-crash-post", "crash reports"),
    OUTBOUND("extract-recipients", "command-line injection"),
    OUTBOUND("ignore-dot", "command-line injection"),
    OUTBOUND("list-ips", "list local IPs and exit"),
    OUTBOUND("loopback", "command-line injection"),
    OUTBOUND("notify-cluster", "cluster messages"),
    OUTBOUND("paused", "start with delivery paused"),
    OUTBOUND("purge-database", "database maintenance"),
    OUTBOUND("repair-database", "database maintenance"),
    OUTBOUND("render-useragent", "management console"),
    OUTBOUND("error-log", "deprecated: application-log"),
    /* secrets of MailerQ's own: never shown by --check-config */
    OUTBOUND_SECRET("www-password", "management console password"),
    OUTBOUND_SECRET("database-address", "MailerQ's database, user and "
                    "password included"),
    OUTBOUND_FAMILY("www-*", "management console (www-port, www-auth, ...)"),
    OUTBOUND_FAMILY("database-*", "MailerQ's database (address, ttl)"),
    OUTBOUND_FAMILY("storage-*", "message store (threads, ttl, timeout, ...)"),
    OUTBOUND_FAMILY("dns-*", "resolver (timeout, min-ttl, attempts, ...)"),
    OUTBOUND_FAMILY("send-log-*", "log of delivery attempts"),
    OUTBOUND_FAMILY("send-bin-log-*", "binary log of delivery attempts"),
    OUTBOUND_FAMILY("download-log-*", "log of downloads"),
    OUTBOUND_FAMILY("download-bin-log-*", "binary log of downloads"),
    OUTBOUND_FAMILY("error-log-*", "older application log settings"),
};

const size_t mxqd_setting_rows =
    sizeof mxqd_setting_table / sizeof mxqd_setting_table[0];

_Static_assert(sizeof mxqd_setting_table / sizeof mxqd_setting_table[0]
                   <= MXQD_MAX_SETTINGS,
               "raise MXQD_MAX_SETTINGS");
_Static_assert(sizeof(unsigned) == sizeof(uint32_t),
               "unsigned fields are written as uint32_t");

int
mxqd_setting_find(const char *name, size_t n)
{
    int family = -1;
    size_t family_len = 0;

    for (size_t i = 0; i < mxqd_setting_rows; i++) {
        const struct mxqd_setting *row = &mxqd_setting_table[i];
        size_t len = strlen(row->name);

        if (!(row->flags & FLAG_PATTERN)) {
            if (len == n && memcmp(row->name, name, n) == 0)
                return (int)i;
            continue;
        }
        /* "www-*": the prefix and at least one more byte. The longest
         * matching prefix wins (received-bin-log-* over a shorter one). */
        len--;
        if (n > len && memcmp(row->name, name, len) == 0 &&
            len > family_len) {
            family = (int)i;
            family_len = len;
        }
    }
    return family;
}

const char *
mxqd_type_name(enum mxqd_type type)
{
    switch (type) {
    case TYPE_TEXT: return "text";
    case TYPE_BOOL: return "boolean";
    case TYPE_UINT: return "number";
    case TYPE_SIZE: return "size";
    case TYPE_SECONDS: return "seconds";
    case TYPE_PORTS: return "port list";
    case TYPE_CIDRS: return "IP range list";
    case TYPE_IP: return "IP address";
    case TYPE_HOSTNAME: return "host name";
    case TYPE_ZONES: return "DNS zone list";
    case TYPE_VALIDATE: return "strict or loose";
    case TYPE_QUEUE: return "queue name";
    case TYPE_WORDS: return "keyword list";
    case TYPE_CHOICE: return "keyword";
    case TYPE_LOG_TARGETS: return "log targets";
    }
    return "?";
}

/* The parts of the table, each from the row named here to the next part,
 * as the generated documentation groups them (tools/settings_doc.c: the
 * man pages and docs/settings.md). A new part of the table gets its row
 * here; settings_doc fails when a row named here is gone. */
static const struct {
    const char *first, *title;
} sections[] = {
    { "smtp-ip", "Listeners" },
    { "hostname", "SMTP" },
    { "queue-directory", "Storage: the file queue and RabbitMQ" },
    { "smtp-secure-port", "TLS" },
    { "application-log", "Logging" },
    { "metrics-address", "Metrics" },
    { "smtp-auth", "Who may connect and inject" },
    { "smtp-check", "Checks, DNS, header limits, blocklists, spam, DSN" },
    { "smtp-defaultips", "Older names" },
    { "rabbitmq-queues", "RabbitMQ" },
    { "storage-address", "The received log and the message store" },
    { "smtp-connections-out", "MailerQ's sending side" },
    { "license", "MailerQ itself" },
};

const char *
mxqd_settings_section_missing(void)
{
    for (size_t k = 0; k < sizeof sections / sizeof sections[0]; k++)
        if (mxqd_setting_find(sections[k].first,
                              strlen(sections[k].first)) < 0)
            return sections[k].first;
    return NULL;
}

size_t
mxqd_settings_count(void)
{
    return mxqd_setting_rows;
}

void
mxqd_settings_info(size_t i, struct mxqd_setting_info *out)
{
    const struct mxqd_setting *row = &mxqd_setting_table[i];

    out->name = row->name;
    out->type = mxqd_type_name(row->type);
    out->def = row->def;
    out->status = row->status;
    out->meaning = row->meaning;
    out->alias_of = row->alias_of;
    bool ranged = row->type == TYPE_UINT || row->type == TYPE_SIZE ||
                  row->type == TYPE_SECONDS;
    out->min = ranged ? row->min : 0;
    out->max = ranged ? row->max : 0;
    out->secret = (row->flags & FLAG_SECRET) != 0;
    out->section = "";
    for (size_t k = 0; k < sizeof sections / sizeof sections[0]; k++) {
        int first = mxqd_setting_find(sections[k].first,
                                      strlen(sections[k].first));
        if (first >= 0 && (size_t)first <= i)
            out->section = sections[k].title;
    }
}
