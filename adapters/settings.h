/*
 * mxqd's settings: MailerQ's names, file syntax and precedence
 * (command line > environment MXQ_* > config file > defaults).
 * Parsing of the file and of every value goes through grammar/config.rl.
 * docs/settings.md lists every setting; adapters/settings_table.c is the
 * one place that defines them.
 */
#ifndef MXQD_SETTINGS_H
#define MXQD_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <netinet/in.h>

#include <mxq/mxq.h>

#define MXQD_MAX_PORTS 64
#define MXQD_MAX_CIDRS 64
#define MXQD_MAX_LOG_TARGETS 4

#define MXQD_MAX_SETTINGS 256     /* rows of the settings table */
#define MXQD_MAX_TEXT_ONLY 128    /* given settings kept only as text */
#define MXQD_TEXT_POOL 32768      /* bytes for their names and values */
#define MXQD_MAX_CONFIG_FILE 1048576 /* largest config file read */

struct mxqd_cidr {
    int family;              /* AF_INET or AF_INET6 */
    uint8_t addr[16];        /* network order; IPv4 in the first 4 octets */
    uint8_t prefix;          /* 0..32 or 0..128 */
};

struct mxqd_cidr_list {
    size_t count;
    struct mxqd_cidr items[MXQD_MAX_CIDRS];
};

struct mxqd_port_list {
    size_t count;
    uint16_t ports[MXQD_MAX_PORTS];
};

/* smtp-check */
/* smtp-protection-lists, split once when read: the engine's zones. */
#define MXQD_ZONE_SIZE 254             /* a DNS name, NUL included */
struct mxqd_zone_list {
    size_t count;
    char zones[MXQ_DNSBL_ZONES_MAX][MXQD_ZONE_SIZE];
};

enum { MXQD_CHECK_SPF = 1u << 0, MXQD_CHECK_DKIM = 1u << 1,
       MXQD_CHECK_DMARC = 1u << 2, MXQD_CHECK_SPAM = 1u << 3,
       MXQD_CHECK_ARC = 1u << 4 };
/* smtp-check-reject's words, in the order of check_reject_words[] */
enum { MXQD_REJECT_DMARC = 1u << 0, MXQD_REJECT_SPF = 1u << 1,
       MXQD_REJECT_TEMPERROR = 1u << 2, MXQD_REJECT_SPAM = 1u << 3 };
/* smtp-auth-results */
enum { MXQD_AUTH_RESULTS_LOCAL = 1u << 0,
       MXQD_AUTH_RESULTS_NONLOCAL = 1u << 1 };
/* dsn-notify */
enum { MXQD_NOTIFY_NEVER = 1u << 0, MXQD_NOTIFY_SUCCESS = 1u << 1,
       MXQD_NOTIFY_FAILURE = 1u << 2, MXQD_NOTIFY_DELAY = 1u << 3 };
/* dsn-ret */
enum mxqd_dsn_ret { MXQD_RET_UNSET = 0, MXQD_RET_FULL = 1, MXQD_RET_HDRS = 2 };

/* rabbitmq-encoding, rabbitmq-queue-type (keyword settings: 1 + index) */
enum { MXQD_ENCODING_NONE = 0, MXQD_ENCODING_GZIP = 1 };
enum { MXQD_QUEUE_TYPE_CLASSIC = 1, MXQD_QUEUE_TYPE_QUORUM = 2 };
/* application-log-format: 1 + the index of its word */
enum { MXQD_LOG_FORMAT_TEXT = 1, MXQD_LOG_FORMAT_JSON = 2 };

/* Where a setting's value came from, for --check-config. */
enum mxqd_origin { MXQD_ORIGIN_DEFAULT, MXQD_ORIGIN_FILE, MXQD_ORIGIN_ENV,
                   MXQD_ORIGIN_CLI };

/* A setting with no field below (one that has no effect in mxq): its name
 * and value as given, in text_pool. */
struct mxqd_text_setting {
    uint16_t row;            /* in the settings table */
    uint16_t name_at, name_len;
    uint16_t value_at, value_len;
    enum mxqd_origin origin;
    unsigned line;           /* for MXQD_ORIGIN_FILE */
};

struct mxqd_settings {
    /* listeners */
    char smtp_ip[64];                       /* smtp-ip; empty: all */
    struct mxqd_port_list smtp_port;        /* smtp-port, default 25 */
    struct mxqd_port_list smtp_secure_port; /* smtp-secure-port */
    unsigned smtp_threads;                  /* smtp-threads, default 1 */
    char user[64];                          /* user: drop privileges to */

    /* engine (copied into struct mxq_config) */
    char hostname[256];                     /* hostname, default gethostname */
    enum mxq_address_mode validate_address; /* smtp-validate-address */
    bool dsn_advertise;                     /* dsn-advertise, default 1 */
    uint64_t smtp_maxsize;                  /* smtp-maxsize */
    uint64_t smtp_memory_limit;             /* smtp-memory-limit */
    uint32_t smtp_max_line_length;          /* smtp-max-line-length */
    uint32_t smtp_max_recipients;           /* smtp-max-recipients */
    uint32_t smtp_max_errors;               /* smtp-max-errors */
    uint32_t smtp_timeout;                  /* smtp-timeout, seconds */
    uint32_t smtp_max_pending_output;       /* smtp-max-pending-output */

    /* storage */
    char queue_directory[4096];             /* queue-directory, ./queue */
    char rabbitmq_address[1024];            /* rabbitmq-address, empty */
    bool rabbitmq_verify;                   /* rabbitmq-verify, true */
    char rabbitmq_ca_file[4096];            /* rabbitmq-ca-file, empty */
    char rabbitmq_inbox[256];               /* rabbitmq-inbox, "inbox" */
    char rabbitmq_local[256];               /* rabbitmq-local */
    char rabbitmq_reports[256];             /* rabbitmq-reports */
    char rabbitmq_refused[256];             /* rabbitmq-refused */
    uint32_t smtp_refused_rate;             /* per client per minute */
    uint64_t smtp_refused_maxsize;          /* octets */

    /* RabbitMQ publishing: a non-empty rabbitmq_address replaces the file
     * queue (adapters/amqp_publisher.h) */
    char rabbitmq_exchange[256];            /* rabbitmq-exchange */
    bool rabbitmq_declare;                  /* rabbitmq-declare, true */
    bool rabbitmq_durable;                  /* rabbitmq-durable, true */
    bool rabbitmq_persistent;               /* rabbitmq-persistent, true */
    bool rabbitmq_lazy;                     /* rabbitmq-lazy, false */
    uint32_t rabbitmq_maxpriority;          /* rabbitmq-maxpriority; 0 */
    uint32_t rabbitmq_publishers;           /* rabbitmq-publishers, 1 */
    uint32_t rabbitmq_throttle;             /* rabbitmq-throttle, 100 */
    unsigned rabbitmq_encoding;             /* MXQD_ENCODING_* */
    unsigned rabbitmq_queue_type;           /* MXQD_QUEUE_TYPE_* */
    uint32_t rabbitmq_confirm_timeout;      /* seconds, 30 */

    /* logging */
    size_t log_target_count;
    char received_log_file[4096];           /* received-log-file */
    char received_log_format[4096];         /* received-log-format */
    char application_log[MXQD_MAX_LOG_TARGETS][1024]; /* application-log */
    unsigned application_log_format;        /* MXQD_LOG_FORMAT_* */
    char metrics_address[128];              /* metrics-address; empty:
                                               no endpoint */

    /* TLS (adapters/tls.h); no certificate: no TLS */
    char smtp_certificate[4096];            /* smtp-certificate */
    char smtp_key[4096];                    /* smtp-key */
    char smtp_ciphers[1024];                /* smtp-ciphers */
    uint32_t smtp_tls_timeout;              /* smtp-tls-timeout, seconds */

    /* trust boundary: who may connect and inject (adapters/policy.h) */
    char smtp_auth[1024];                   /* smtp-auth */
    char smtp_username[256];                /* smtp-username */
    char smtp_password[256];                /* smtp-password */
    bool smtp_auth_plaintext;               /* smtp-auth-plaintext */
    uint32_t smtp_max_auth_failures;        /* smtp-max-auth-failures */
    uint32_t smtp_auth_failure_delay;       /* smtp-auth-failure-delay */
    char smtp_local_addresses[4096];        /* smtp-local-addresses */
    struct mxqd_cidr_list smtp_range;       /* smtp-range */
    struct mxqd_cidr_list smtp_proxy;       /* smtp-proxy */
    struct mxqd_cidr_list smtp_default_ips; /* smtp-default-ips */
    struct mxqd_cidr_list smtp_mappable_ips;   /* smtp-mappable-ips */
    struct mxqd_cidr_list smtp_unmappable_ips; /* smtp-unmappable-ips */
    uint32_t smtp_connections;              /* smtp-connections */
    uint32_t smtp_connections_in;           /* smtp-connections-in */
    uint32_t smtp_connections_per_ip;       /* smtp-connections-per-ip */
    uint32_t smtp_connection_rate;          /* a minute, per client */
    uint32_t smtp_message_rate;             /* a minute, per client */
    uint32_t smtp_ipv6_prefix;              /* smtp-ipv6-prefix, 64 */
    struct mxqd_cidr_list smtp_rate_exempt; /* smtp-rate-exempt */
    /* not yet */
    unsigned smtp_check;                    /* MXQD_CHECK_* */
    unsigned smtp_check_reject;             /* MXQD_REJECT_* */
    uint32_t smtp_check_timeout;            /* smtp-check-timeout, s */
    char dns_servers[512];                  /* dns-servers */
    uint32_t dns_interval;                  /* dns-interval, ms */
    uint32_t dns_attempts;                  /* dns-attempts */
    uint32_t dns_capacity;                  /* dns-capacity */
    uint32_t dns_min_ttl;                   /* dns-min-ttl, s */
    uint32_t dns_max_ttl;                   /* dns-max-ttl, s */
    unsigned smtp_auth_results;             /* MXQD_AUTH_RESULTS_* */
    unsigned smtp_extract;                  /* smtp-extract: 1 + word */
    uint32_t smtp_header_max_line;          /* smtp-header-max-line */
    uint32_t smtp_header_max_fields;        /* smtp-header-max-fields */
    uint64_t smtp_header_max_size;          /* smtp-header-max-size */
    bool smtp_header_strict;                /* smtp-header-strict */
    bool smtp_protection;                   /* smtp-protection */
    struct mxqd_zone_list smtp_protection_lists; /* smtp-protection-lists */
    uint32_t smtp_protection_timeout;       /* smtp-protection-timeout, s */
    char spamassassin_host[256];            /* spamassassin-host */
    uint32_t spamassassin_port;             /* spamassassin-port */
    bool spamassassin_header;               /* spamassassin-header */
    uint64_t spamassassin_maxsize;          /* spamassassin-maxsize */
    unsigned dsn_notify;                    /* MXQD_NOTIFY_* */
    unsigned dsn_ret;                       /* enum mxqd_dsn_ret */

    /* command-line flags */
    bool check_config;                      /* --check-config */
    char config_file[4096];                 /* --config-file or
                                               MXQ_CONFIG_FILE */

    /* bookkeeping: where each value came from (by table row) */
    enum mxqd_origin origin[MXQD_MAX_SETTINGS];
    unsigned origin_line[MXQD_MAX_SETTINGS];
    size_t text_count;
    struct mxqd_text_setting text[MXQD_MAX_TEXT_ONLY];
    size_t text_pool_used;
    char text_pool[MXQD_TEXT_POOL];
};

/* Result of loading: 0 ok; 2 bad configuration (message written to err as
 * "file:line: what is wrong"); 1 --help/--version handled (exit 0).
 * envp is the environment (NULL: none). A setting that mxq does not
 * support yet but was given a value gets one line on stderr. */
int mxqd_settings_load(struct mxqd_settings *out, int argc, char **argv,
                       char **envp, char *err, size_t errlen);

/* Writes the effective settings ("name: value", the origin on a comment
 * line before each) to fd. The output loads again as a config file;
 * secrets are shown as commented-out lines. */
void mxqd_settings_print(const struct mxqd_settings *s, int fd);

/* The engine's view of the settings. ids must be set by the caller. */
/* Every queue the engine may name, for the stores to declare: the
 * inbox, then local, reports and refused (empty when not set: those fall
 * back to the inbox, or are not used). */
#define MXQD_QUEUES 4
void mxqd_settings_queues(const struct mxqd_settings *s,
                          const char *out[MXQD_QUEUES]);

void mxqd_settings_to_engine(const struct mxqd_settings *s,
                             struct mxq_config *cfg);

/* ------------------------------------------------- the table, read-only */

enum mxqd_status {
    MXQD_SUPPORTED, /* has effect now */
    MXQD_NOT_YET,   /* a later mxq feature: parsed, warned about, ignored */
    MXQD_OUTBOUND   /* MailerQ's sending side or MailerQ-only: accepted,
                       no effect in mxq */
};

struct mxqd_setting_info {
    const char *name;      /* a name ending in '*' matches a whole family */
    const char *type;      /* e.g. "port list", "size" */
    const char *def;       /* default, as written in a config file */
    enum mxqd_status status;
    const char *meaning;
    const char *alias_of;  /* an older name: the setting it stands for */
    uint64_t min, max;     /* number: the range; size: in bytes; seconds:
                              in milliseconds; both 0 for other types */
    bool secret;           /* hidden by --check-config */
    const char *section;   /* title of its part of the table, for the
                              generated man pages and docs */
};

size_t mxqd_settings_count(void);
/* Row i of the table (i < mxqd_settings_count()). */
void mxqd_settings_info(size_t i, struct mxqd_setting_info *out);
/* The first row of a part of the table (see sections[] there) that names
 * no setting any more, or NULL when all are there. */
const char *mxqd_settings_section_missing(void);

/* The usage text of --help. */
void mxqd_settings_usage(int fd);

#endif
