/*
 * mxq_amqp_tool: drives the RabbitMQ publisher (adapters/amqp_publisher.c)
 * without the SMTP side, and reads queues back, for the integration tests.
 *
 *   mxq_amqp_tool publish [options] FILE
 *       Publishes the units of FILE and prints one line per unit:
 *       "ok ID", "fail ID" (the broker did not confirm) or "refused ID"
 *       (no broker connected: mxqd would answer 451). ID is the message id
 *       of the unit's first document. FILE holds records:
 *           U <documents>\n
 *           D <queue> <message-id> <length>\n<length bytes>\n   (per doc)
 *   mxq_amqp_tool stream [options] SECONDS
 *       Submits one unit of --docs documents every --interval-ms to queue
 *       --stream-queue for SECONDS, then waits for the outcomes; prints
 *       "ok ID" / "fail ID" / "refused ID" per unit as they come (IDs are
 *       s<n>-<d>, one line per document). SIGINT or SIGTERM ends the
 *       submitting early.
 *   mxq_amqp_tool get URI QUEUE
 *       Takes every message off QUEUE (basic.get, acked) and prints each:
 *           M <routing-key> <message-id|-> <content-type|-> \
 *             <content-encoding|-> <delivery-mode> <length>\n<body>\n
 *   mxq_amqp_tool drain URI QUEUE
 *       The same with a consumer (prefetch 1000, acked in batches): as
 *       many messages as QUEUE held at the start (passive declare), much
 *       faster than basic.get on a quorum queue, where each get is one
 *       replicated command. Fails when they do not all come within 10 s
 *       of each other.
 *
 * Options: --address URIS --exchange NAME --queues A,B,C --gzip
 *   --transient --lazy --quorum --no-declare --maxpriority N --throttle N
 *   --publishers N --confirm-timeout-ms N --docs N --interval-ms N
 *   --stream-queue NAME --wait-ready-ms N
 * Exit: 0 when it ran (outcomes are in the output), 2 on a usage error.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>

#include "amqp_publisher.h"
#include "amqp_uri.h"
#include "log.h"

struct options {
    struct mxqd_amqp_config cfg;
    char queue_list[1024];
    const char *stream_queue;
    unsigned docs;
    unsigned interval_ms;
    unsigned wait_ready_ms;
};

struct unit_rec {
    char first_id[128];
    unsigned docs;
    struct mxq_document *doc;
    char **ids;
};

static int usage(void)
{
    fprintf(stderr, "usage: mxq_amqp_tool publish|stream|get|drain ... "
            "(see the comment in amqp_tool.c)\n");
    return 2;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int parse_options(int argc, char **argv, int *i, struct options *o)
{
    memset(o, 0, sizeof *o);
    o->cfg.declare = true;
    o->cfg.durable = true;
    o->cfg.persistent = true;
    o->cfg.backoff_min_ms = 50;
    o->cfg.backoff_max_ms = 500;
    o->docs = 1;
    o->interval_ms = 5;
    o->wait_ready_ms = 30000;
    o->stream_queue = "inbox";
    for (; *i < argc && strncmp(argv[*i], "--", 2) == 0; (*i)++) {
        const char *name = argv[*i] + 2;
        const char *value = *i + 1 < argc ? argv[*i + 1] : NULL;
        bool takes = true;

        if (strcmp(name, "gzip") == 0) {
            o->cfg.gzip = true;
            takes = false;
        } else if (strcmp(name, "transient") == 0) {
            o->cfg.persistent = false;
            takes = false;
        } else if (strcmp(name, "lazy") == 0) {
            o->cfg.lazy = true;
            takes = false;
        } else if (strcmp(name, "quorum") == 0) {
            o->cfg.queue_type = MXQD_AMQP_QUORUM;
            takes = false;
        } else if (strcmp(name, "no-declare") == 0) {
            o->cfg.declare = false;
            takes = false;
        } else if (value == NULL) {
            return -1;
        } else if (strcmp(name, "address") == 0) {
            o->cfg.address = value;
        } else if (strcmp(name, "exchange") == 0) {
            o->cfg.exchange = value;
        } else if (strcmp(name, "queues") == 0) {
            snprintf(o->queue_list, sizeof o->queue_list, "%s", value);
        } else if (strcmp(name, "maxpriority") == 0) {
            o->cfg.max_priority = (uint32_t)atoi(value);
        } else if (strcmp(name, "throttle") == 0) {
            o->cfg.throttle = (uint32_t)atoi(value);
        } else if (strcmp(name, "publishers") == 0) {
            o->cfg.publishers = (unsigned)atoi(value);
        } else if (strcmp(name, "confirm-timeout-ms") == 0) {
            o->cfg.confirm_timeout_ms = (uint32_t)atoi(value);
        } else if (strcmp(name, "docs") == 0) {
            o->docs = (unsigned)atoi(value);
        } else if (strcmp(name, "interval-ms") == 0) {
            o->interval_ms = (unsigned)atoi(value);
        } else if (strcmp(name, "stream-queue") == 0) {
            o->stream_queue = value;
        } else if (strcmp(name, "wait-ready-ms") == 0) {
            o->wait_ready_ms = (unsigned)atoi(value);
        } else {
            return -1;
        }
        if (takes)
            (*i)++;
    }
    /* --queues a,b,c: the queues to declare */
    size_t q = 0;
    for (char *tok = strtok(o->queue_list, ","); tok && q < 4;
         tok = strtok(NULL, ","))
        o->cfg.queues[q++] = tok;
    return o->cfg.address ? 0 : -1;
}

static bool wait_ready(struct mxqd_amqp *a, unsigned ms)
{
    int64_t until = now_ms() + ms;
    while (!mxqd_amqp_available(a)) {
        if (now_ms() >= until)
            return false;
        usleep(20000);
    }
    return true;
}

/* Waits up to ms for completions of worker 0; returns how many. */
static size_t collect(struct mxqd_amqp *a, int ms, struct mxqd_amqp_done *out,
                      size_t max)
{
    struct pollfd fd = { .fd = mxqd_amqp_worker_fd(a, 0), .events = POLLIN };
    if (poll(&fd, 1, ms) <= 0)
        return 0;
    return mxqd_amqp_completions(a, 0, out, max);
}

/* ------------------------------------------------------------ publish */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;

    if (f == NULL)
        return NULL;
    for (;;) {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 1 << 20;
            char *p = realloc(buf, cap + 1);
            if (p == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Parses the records; returns the number of units or -1. */
static int parse_units(char *buf, size_t len, struct unit_rec **out)
{
    struct unit_rec *units = NULL;
    size_t count = 0;
    char *p = buf, *end = buf + len;

    while (p < end) {
        /* "U <n>\n"; not sscanf: glibc's takes the length of the whole
         * remaining buffer each time. */
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL || p[0] != 'U' || p[1] != ' ')
            return -1;
        unsigned docs = (unsigned)strtoul(p + 2, NULL, 10);
        if (docs == 0)
            return -1;
        p = nl + 1;
        struct unit_rec *grown = realloc(units, (count + 1) * sizeof *units);
        if (grown == NULL)
            return -1;
        units = grown;
        struct unit_rec *u = &units[count++];
        memset(u, 0, sizeof *u);
        u->docs = docs;
        u->doc = calloc(docs, sizeof *u->doc);
        u->ids = calloc(docs, sizeof *u->ids);
        for (unsigned d = 0; d < docs; d++) {
            char *nl = memchr(p, '\n', (size_t)(end - p));
            if (nl == NULL)
                return -1;
            *nl = '\0';
            char *queue = strtok(p + 2, " ");
            char *id = strtok(NULL, " ");
            char *length = strtok(NULL, " ");
            if (p[0] != 'D' || !queue || !id || !length)
                return -1;
            size_t n = strtoul(length, NULL, 10);
            p = nl + 1;
            if ((size_t)(end - p) < n + 1)
                return -1;
            u->doc[d].queue = queue;
            u->doc[d].message_id = id;
            u->doc[d].parts[0] = (struct mxq_bytes){(const uint8_t *)p, n};
            u->doc[d].json_len = n;
            u->ids[d] = id;
            p += n + 1;
        }
        snprintf(u->first_id, sizeof u->first_id, "%s", u->doc[0].message_id);
    }
    *out = units;
    return (int)count;
}

static int run_publish(struct options *o, const char *path)
{
    size_t len;
    char *buf = read_file(path, &len);
    struct unit_rec *units = NULL;
    char err[512];

    if (buf == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 2;
    }
    int count = parse_units(buf, len, &units);
    if (count < 0) {
        fprintf(stderr, "%s: bad record\n", path);
        return 2;
    }
    struct mxqd_amqp *a = mxqd_amqp_start(&o->cfg, err, sizeof err);
    if (a == NULL) {
        printf("error %s\n", err);
        return 1;
    }
    if (!wait_ready(a, o->wait_ready_ms))
        printf("not-ready\n");
    size_t pending = 0;
    for (int i = 0; i < count; i++) {
        if (mxqd_amqp_submit(a, 0, units[i].doc, units[i].docs, &units[i]) < 0)
            printf("refused %s\n", units[i].first_id);
        else
            pending++;
    }
    /* The documents stay the caller's until their outcome (as a session's
     * stay until mxq_session_stored()): they go after the stop. */
    int64_t until = now_ms() + 120000;
    while (pending > 0 && now_ms() < until) {
        struct mxqd_amqp_done done[64];
        size_t n = collect(a, 1000, done, 64);
        for (size_t j = 0; j < n; j++) {
            struct unit_rec *u = done[j].token;
            printf("%s %s\n", done[j].ok ? "ok" : "fail", u->first_id);
            pending--;
        }
    }
    struct mxqd_amqp_stats st;
    mxqd_amqp_stats(a, &st);
    printf("stats submitted=%llu published=%llu confirmed=%llu failed=%llu "
           "nacks=%llu returns=%llu timeouts=%llu losses=%llu connects=%llu "
           "unfinished=%zu\n",
           (unsigned long long)st.submitted, (unsigned long long)st.published,
           (unsigned long long)st.confirmed, (unsigned long long)st.failed,
           (unsigned long long)st.nacks, (unsigned long long)st.returns,
           (unsigned long long)st.timeouts,
           (unsigned long long)st.connection_losses,
           (unsigned long long)st.connects, pending);
    mxqd_amqp_stop(a);
    for (int i = 0; i < count; i++) {
        free(units[i].doc);
        free(units[i].ids);
    }
    free(units);
    free(buf);
    return 0;
}

/* ------------------------------------------------------------ stream */

/* A streamed message: its documents stay until its outcome. */
struct stream_unit {
    unsigned seq;
    char (*ids)[64];
    char (*bodies)[256];
};

static void stream_unit_free(struct stream_unit *u)
{
    free(u->ids);
    free(u->bodies);
    free(u);
}

static volatile sig_atomic_t stop_submitting;

static void on_stop_signal(int sig)
{
    (void)sig;
    stop_submitting = 1;
}

static void print_outcome(const char *what, unsigned seq, unsigned docs)
{
    for (unsigned d = 0; d < docs; d++)
        printf("%s s%u-%u\n", what, seq, d);
}

static int run_stream(struct options *o, unsigned seconds)
{
    char err[512];
    struct mxqd_amqp *a = mxqd_amqp_start(&o->cfg, err, sizeof err);
    if (a == NULL) {
        printf("error %s\n", err);
        return 1;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    signal(SIGINT, on_stop_signal);
    signal(SIGTERM, on_stop_signal);
    if (!wait_ready(a, o->wait_ready_ms))
        printf("not-ready\n");

    int64_t start = now_ms(), end = start + (int64_t)seconds * 1000;
    int64_t next = start;
    unsigned seq = 0;
    size_t pending = 0;
    struct mxq_document *docs = calloc(o->docs, sizeof *docs);

    while (now_ms() < end || pending > 0) {
        int64_t now = now_ms();
        if (stop_submitting && end > now)
            end = now;
        if (now >= end + 120000)
            break;
        if (now < end && now >= next) {
            next += o->interval_ms;
            struct stream_unit *u = malloc(sizeof *u);
            u->seq = seq;
            u->ids = calloc(o->docs, sizeof *u->ids);
            u->bodies = calloc(o->docs, sizeof *u->bodies);
            char (*ids)[64] = u->ids;
            char (*bodies)[256] = u->bodies;
            for (unsigned d = 0; d < o->docs; d++) {
                snprintf(ids[d], sizeof ids[d], "s%u-%u", seq, d);
                int n = snprintf(bodies[d], sizeof bodies[d],
                                 "{\"message-id\":\"%s\",\"seq\":%u,"
                                 "\"doc\":%u}", ids[d], seq, d);
                docs[d] = (struct mxq_document){
                    .queue = o->stream_queue, .message_id = ids[d],
                    .parts = {{(const uint8_t *)bodies[d], (size_t)n}},
                    .json_len = (size_t)n };
            }
            if (mxqd_amqp_submit(a, 0, docs, o->docs, u) < 0) {
                print_outcome("refused", seq, o->docs);
                stream_unit_free(u);
            } else {
                pending++;
            }
            seq++;
        }
        int wait = now < end ? (int)(next > now ? next - now : 0) : 200;
        struct mxqd_amqp_done done[256];
        size_t n = collect(a, wait, done, 256);
        for (size_t j = 0; j < n; j++) {
            struct stream_unit *u = done[j].token;
            print_outcome(done[j].ok ? "ok" : "fail", u->seq, o->docs);
            stream_unit_free(u);
            pending--;
        }
    }
    struct mxqd_amqp_stats st;
    mxqd_amqp_stats(a, &st);
    printf("stats submitted=%llu confirmed=%llu failed=%llu timeouts=%llu "
           "losses=%llu connects=%llu unfinished=%zu\n",
           (unsigned long long)st.submitted, (unsigned long long)st.confirmed,
           (unsigned long long)st.failed, (unsigned long long)st.timeouts,
           (unsigned long long)st.connection_losses,
           (unsigned long long)st.connects, pending);
    mxqd_amqp_stop(a);
    free(docs);
    return 0;
}

/* ------------------------------------------------------------ get */

static void put_bytes(amqp_bytes_t b)
{
    if (b.len == 0)
        fputs("-", stdout);
    else
        fwrite(b.bytes, 1, b.len, stdout);
}

/* A connection to the first broker of address with channel 1 open, or
 * NULL (said on stderr); *status: the exit status then. */
static amqp_connection_state_t open_channel(const char *address, int *status)
{
    struct mxqd_amqp_uri uri;
    size_t count;
    char err[512];

    *status = 1;
    if (mxqd_amqp_uri_parse_list(address, &uri, 1, &count, err,
                                 sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        *status = 2;
        return NULL;
    }
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(conn);
    if (amqp_socket_open(sock, uri.host, uri.port) != AMQP_STATUS_OK) {
        fprintf(stderr, "cannot connect\n");
        return NULL;
    }
    amqp_rpc_reply_t r = amqp_login(conn, uri.vhost, 0, 131072, 0,
                                    AMQP_SASL_METHOD_PLAIN, uri.user,
                                    uri.password);
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        fprintf(stderr, "cannot log in\n");
        return NULL;
    }
    amqp_channel_open(conn, 1);
    if (amqp_get_rpc_reply(conn).reply_type != AMQP_RESPONSE_NORMAL)
        return NULL;
    return conn;
}

static void put_message(amqp_bytes_t key, const amqp_message_t *msg)
{
    const amqp_basic_properties_t *p = &msg->properties;
    amqp_bytes_t none = { 0, NULL };
    fputs("M ", stdout);
    put_bytes(key);
    fputc(' ', stdout);
    put_bytes(p->_flags & AMQP_BASIC_MESSAGE_ID_FLAG ? p->message_id : none);
    fputc(' ', stdout);
    put_bytes(p->_flags & AMQP_BASIC_CONTENT_TYPE_FLAG ? p->content_type
                                                       : none);
    fputc(' ', stdout);
    put_bytes(p->_flags & AMQP_BASIC_CONTENT_ENCODING_FLAG
                  ? p->content_encoding : none);
    printf(" %u %zu\n",
           p->_flags & AMQP_BASIC_DELIVERY_MODE_FLAG ? p->delivery_mode : 0,
           msg->body.len);
    fwrite(msg->body.bytes, 1, msg->body.len, stdout);
    fputc('\n', stdout);
}

static int run_drain(const char *address, const char *queue)
{
    int status;
    amqp_connection_state_t conn = open_channel(address, &status);
    if (conn == NULL)
        return status;
    amqp_queue_declare_ok_t *q = amqp_queue_declare(
        conn, 1, amqp_cstring_bytes(queue), 1, 0, 0, 0, amqp_empty_table);
    if (q == NULL) {
        fprintf(stderr, "queue.declare (passive) failed\n");
        return 1;
    }
    uint32_t left = q->message_count;
    if (left > 0) {
        amqp_basic_qos(conn, 1, 0, 1000, 0);
        amqp_basic_consume(conn, 1, amqp_cstring_bytes(queue),
                           amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
        if (amqp_get_rpc_reply(conn).reply_type != AMQP_RESPONSE_NORMAL) {
            fprintf(stderr, "basic.consume failed\n");
            return 1;
        }
    }
    while (left > 0) {
        struct timeval tv = { 10, 0 };
        amqp_envelope_t env;
        amqp_maybe_release_buffers(conn);
        amqp_rpc_reply_t r = amqp_consume_message(conn, &env, &tv, 0);
        if (r.reply_type != AMQP_RESPONSE_NORMAL) {
            fprintf(stderr, "drain: no message for 10 s, %u left\n",
                    (unsigned)left);
            return 1;
        }
        put_message(env.routing_key, &env.message);
        left--;
        if (left % 500 == 0)
            amqp_basic_ack(conn, 1, env.delivery_tag, 1);
        amqp_destroy_envelope(&env);
    }
    fflush(stdout);
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
    return 0;
}

static int run_get(const char *address, const char *queue)
{
    int status;
    amqp_rpc_reply_t r;
    amqp_connection_state_t conn = open_channel(address, &status);
    if (conn == NULL)
        return status;
    for (;;) {
        r = amqp_basic_get(conn, 1, amqp_cstring_bytes(queue), 1);
        if (r.reply_type != AMQP_RESPONSE_NORMAL) {
            fprintf(stderr, "basic.get failed\n");
            return 1;
        }
        if (r.reply.id == AMQP_BASIC_GET_EMPTY_METHOD)
            break;
        amqp_basic_get_ok_t *ok = r.reply.decoded;
        amqp_bytes_t key = amqp_bytes_malloc_dup(ok->routing_key);
        amqp_message_t msg;
        r = amqp_read_message(conn, 1, &msg, 0);
        if (r.reply_type != AMQP_RESPONSE_NORMAL) {
            fprintf(stderr, "cannot read message\n");
            return 1;
        }
        put_message(key, &msg);
        amqp_bytes_free(key);
        amqp_destroy_message(&msg);
        amqp_maybe_release_buffers(conn);
    }
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
    return 0;
}

int main(int argc, char **argv)
{
    static const char stderr_target[1][1024] = { "stderr" };
    struct options o;
    char err[256];
    int i = 2;

    if (argc < 2)
        return usage();
    mxqd_log_open(stderr_target, 1, err, sizeof err);
    if (strcmp(argv[1], "get") == 0)
        return argc == 4 ? run_get(argv[2], argv[3]) : usage();
    if (strcmp(argv[1], "drain") == 0)
        return argc == 4 ? run_drain(argv[2], argv[3]) : usage();
    if (parse_options(argc, argv, &i, &o) < 0 || i + 1 != argc)
        return usage();
    if (strcmp(argv[1], "publish") == 0)
        return run_publish(&o, argv[i]);
    if (strcmp(argv[1], "stream") == 0)
        return run_stream(&o, (unsigned)atoi(argv[i]));
    return usage();
}
