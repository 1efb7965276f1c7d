/*
 * RabbitMQ publisher threads.
 *
 * Each publisher thread owns one AMQP connection with one channel in
 * confirm mode. Its loop: read what the broker sent (acks, nacks, returns,
 * closes), fail what waited too long, publish the queued units (corked, so
 * a batch leaves in few segments), then poll the socket and its eventfd.
 *
 * Delivery tags on a confirm channel are 1, 2, 3, ... in publish order, so
 * the unconfirmed publishes are a ring indexed by tag - first_tag. Acks may
 * cover many tags (multiple=true) and come in any order; resolved entries
 * leave the ring from its front. A unit (one message: all its documents)
 * is reported once every document it published is resolved: ok only when
 * all were acked and none was returned. When the connection is lost, or
 * the broker nacks (a quorum queue without a leader), the units it had not
 * confirmed are published again, whole, on the next one (the next address
 * of the list), as long as their deadline allows.
 *
 * A write that blocks (a broker that stopped reading) cannot be left by
 * the thread itself; the watchdog thread shuts such a socket down after
 * the confirm timeout, which makes the write fail.
 */
#include "amqp_publisher.h"
#include "amqp_socket.h"
#include "amqp_uri.h"
#include "log.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <amqp.h>
#include <amqp_framing.h>
#include <zlib.h>

#define CHANNEL 1
#define FRAME_MAX 131072
#define DEFAULT_THROTTLE 100
#define DEFAULT_CONFIRM_TIMEOUT_MS 30000
#define DEFAULT_CONNECT_TIMEOUT_MS 5000
#define DEFAULT_HEARTBEAT_S 10
#define DEFAULT_BACKOFF_MIN_MS 100
#define DEFAULT_BACKOFF_MAX_MS 5000
#define POLL_MAX_MS 1000          /* heartbeats need a call now and then */
#define WATCHDOG_PERIOD_MS 250
#define FAIL_LOG_INTERVAL_MS 10000
#define SCRATCH_KEEP (4u << 20)   /* gzip buffer kept between messages */
#define BODY_KEEP (4u << 20)      /* publish buffer kept between messages */
#define NAME_MAX_LEN 255

/* ------------------------------------------------------------ types */

struct doc {
    const char *queue;            /* NUL-terminated, inside the unit */
    const char *message_id;
    const uint8_t *body;          /* gzip: compressed, inside the unit */
    /* Else the document's parts, the submitter's octets (valid until the
     * outcome), joined when it is published. */
    struct mxq_bytes parts[MXQ_DOCUMENT_PARTS];
    size_t len;
};

/* One message: all its documents, in one allocation. */
struct unit {
    struct unit *next;            /* publisher queue, then done list */
    void *token;
    unsigned worker;
    uint32_t count;               /* documents */
    uint32_t unresolved;          /* documents without an outcome */
    bool failed;
    int64_t deadline;             /* monotonic ms */
    struct doc docs[];
};

/* A publish waiting for its confirm; unit NULL once resolved. */
struct pending {
    struct unit *unit;
    uint32_t doc;
};

struct publisher {
    struct mxqd_amqp *a;
    unsigned index;
    pthread_t thread;
    bool started;
    int wake_fd;                  /* eventfd: units queued, or stop */

    pthread_mutex_t lock;         /* head..queued, ready, sock */
    struct unit *head, *tail;
    size_t queued;
    atomic_bool ready;            /* written under lock */
    int sock;                     /* the connection's socket, or -1 */
    atomic_int_least64_t writing_since; /* ms, 0: not publishing */
    /* connection.blocked from the broker (memory or disk alarm): written
     * by the publisher thread, read by submitters. */
    atomic_bool blocked;

    /* Only the publisher thread touches these. */
    amqp_connection_state_t conn;
    size_t uri;                   /* address to try next */
    uint32_t backoff_ms;
    int64_t last_fail_log;
    struct pending *ring;
    size_t ring_cap, ring_start, ring_len;
    uint8_t *body;                /* the document being published, joined */
    size_t body_cap;
    uint64_t first_tag;           /* delivery tag of ring[ring_start] */
    bool nacked;                  /* the connection ends for a nack */
    uint32_t nack_pause_ms;       /* before the next connection after one;
                                     doubles while nacks go on */
    size_t unconfirmed;
    atomic_size_t unconfirmed_now; /* a copy for mxqd_amqp_stats() */

    atomic_uint_least64_t published, acked, confirmed, failed, nacks,
        returns, timeouts, losses, connects;
};

struct worker_slot {
    pthread_mutex_t lock;         /* head, tail */
    struct unit *head, *tail;     /* finished units */
    int fd;                       /* eventfd */
    /* gzip, used by the worker's own thread only */
    z_stream z;
    bool z_ready;
    uint8_t *scratch;
    size_t scratch_cap;
};

struct mxqd_amqp {
    struct mxqd_amqp_config cfg;
    char exchange[NAME_MAX_LEN + 1];
    char queues[4][NAME_MAX_LEN + 1];
    size_t queue_count;
    struct mxqd_amqp_uri uris[MXQD_AMQP_MAX_URIS];
    size_t uri_count;
    struct mxqd_amqp_tls *tls;    /* with an amqps:// address only */
    unsigned worker_count, publisher_count;
    struct worker_slot *workers;
    struct publisher *publishers;
    atomic_bool stopping;
    atomic_uint next_publisher;
    atomic_uint_least64_t submitted;
    pthread_t watchdog;
    bool watchdog_started;
    pthread_mutex_t watch_lock;   /* watch_quit */
    pthread_cond_t watch_cond;
    bool watch_quit;
};

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static struct timeval ms_to_timeval(uint32_t ms)
{
    struct timeval tv = { .tv_sec = ms / 1000,
                          .tv_usec = (suseconds_t)(ms % 1000) * 1000 };
    return tv;
}

static void wake(int fd)
{
    uint64_t one = 1;
    if (write(fd, &one, sizeof one) < 0) {
        /* EAGAIN: the counter is already far from zero; it stays readable. */
    }
}

static void drain(int fd)
{
    uint64_t n;
    while (read(fd, &n, sizeof n) > 0)
        ;
}

/* ------------------------------------------------------------ completions */

static void complete(struct mxqd_amqp *a, struct unit *u)
{
    struct worker_slot *w = &a->workers[u->worker];
    bool was_empty;

    u->next = NULL;
    pthread_mutex_lock(&w->lock);
    was_empty = w->head == NULL;
    if (w->tail)
        w->tail->next = u;
    else
        w->head = u;
    w->tail = u;
    pthread_mutex_unlock(&w->lock);
    if (was_empty)
        wake(w->fd);
}

/* `n` more documents of u have an outcome. */
static void resolve_docs(struct publisher *p, struct unit *u, uint32_t n,
                         bool ok)
{
    if (!ok)
        u->failed = true;
    u->unresolved -= n;
    if (u->unresolved > 0)
        return;
    if (u->failed)
        atomic_fetch_add(&p->failed, 1);
    else
        atomic_fetch_add(&p->confirmed, 1);
    complete(p->a, u);
}

size_t mxqd_amqp_completions(struct mxqd_amqp *a, unsigned worker,
                             struct mxqd_amqp_done *out, size_t max)
{
    struct worker_slot *w;
    struct unit *taken = NULL, **end = &taken;
    size_t n = 0;
    bool left;

    if (worker >= a->worker_count)
        return 0;
    w = &a->workers[worker];
    drain(w->fd);
    pthread_mutex_lock(&w->lock);
    while (n < max && w->head != NULL) {
        struct unit *u = w->head;
        w->head = u->next;
        u->next = NULL;
        *end = u;
        end = &u->next;
        n++;
    }
    if (w->head == NULL)
        w->tail = NULL;
    left = w->head != NULL;
    pthread_mutex_unlock(&w->lock);
    if (left)
        wake(w->fd);

    size_t i = 0;
    for (struct unit *u = taken, *next; u != NULL; u = next) {
        next = u->next;
        out[i].token = u->token;
        out[i].ok = !u->failed;
        i++;
        free(u);
    }
    return n;
}

int mxqd_amqp_worker_fd(struct mxqd_amqp *a, unsigned worker)
{
    return worker < a->worker_count ? a->workers[worker].fd : -1;
}

/* ------------------------------------------------------------ submitting */

/* Room for `need` more bytes in the worker's gzip buffer. */
static bool scratch_reserve(struct worker_slot *w, size_t used, size_t need)
{
    if (need > SIZE_MAX - used)
        return false;
    if (used + need <= w->scratch_cap)
        return true;
    size_t cap = w->scratch_cap ? w->scratch_cap : 65536;
    while (cap < used + need)
        cap = cap > SIZE_MAX / 2 ? used + need : cap * 2;
    uint8_t *p = realloc(w->scratch, cap);
    if (p == NULL)
        return false;
    w->scratch = p;
    w->scratch_cap = cap;
    return true;
}

/* Compresses every body into the scratch buffer; sizes[i] gets each
 * length. Returns false when zlib or memory fails. */
static bool compress_all(struct worker_slot *w, const struct mxq_document *docs,
                         size_t n, size_t *sizes)
{
    size_t used = 0;

    if (!w->z_ready) {
        memset(&w->z, 0, sizeof w->z);
        /* windowBits 15 + 16: a gzip wrapper, as content-encoding says */
        if (deflateInit2(&w->z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK)
            return false;
        w->z_ready = true;
    }
    for (size_t i = 0; i < n; i++) {
        if (deflateReset(&w->z) != Z_OK)
            return false;
        if (docs[i].json_len > UINT32_MAX)
            return false;
        uLong bound = deflateBound(&w->z, (uLong)docs[i].json_len);
        if (!scratch_reserve(w, used, bound))
            return false;
        w->z.next_out = w->scratch + used;
        w->z.avail_out = (uInt)bound;
        for (size_t k = 0; k < MXQ_DOCUMENT_PARTS; k++) {
            w->z.next_in = (Bytef *)docs[i].parts[k].p;
            w->z.avail_in = (uInt)docs[i].parts[k].n;
            bool last = k + 1 == MXQ_DOCUMENT_PARTS;
            if (!last && w->z.avail_in == 0)
                continue; /* no progress possible: Z_BUF_ERROR */
            int z = deflate(&w->z, last ? Z_FINISH : Z_NO_FLUSH);
            if (last ? z != Z_STREAM_END : z != Z_OK || w->z.avail_in != 0)
                return false;
        }
        sizes[i] = bound - w->z.avail_out;
        used += sizes[i];
    }
    return true;
}

static struct unit *make_unit(struct mxqd_amqp *a, struct worker_slot *w,
                              const struct mxq_document *docs, size_t n)
{
    size_t *sizes = calloc(n, sizeof *sizes);
    size_t total = sizeof(struct unit) + n * sizeof(struct doc);
    struct unit *u = NULL;

    if (sizes == NULL)
        return NULL;
    if (a->cfg.gzip && !compress_all(w, docs, n, sizes))
        goto out;
    for (size_t i = 0; i < n; i++) {
        if (!a->cfg.gzip)
            sizes[i] = docs[i].json_len;
        size_t add = strlen(docs[i].queue) + strlen(docs[i].message_id) + 2;
        size_t body = a->cfg.gzip ? sizes[i] : 0;
        if (body > SIZE_MAX - total - add)
            goto out;
        total += body + add;
    }
    u = malloc(total);
    if (u == NULL)
        goto out;
    memset(u, 0, sizeof *u);
    u->count = (uint32_t)n;
    u->unresolved = (uint32_t)n;

    char *p = (char *)&u->docs[n];
    const uint8_t *packed = w->scratch;
    for (size_t i = 0; i < n; i++) {
        struct doc *d = &u->docs[i];
        size_t q = strlen(docs[i].queue) + 1;
        size_t m = strlen(docs[i].message_id) + 1;

        memcpy(p, docs[i].queue, q);
        d->queue = p;
        p += q;
        memcpy(p, docs[i].message_id, m);
        d->message_id = p;
        p += m;
        d->len = sizes[i];
        d->body = NULL;
        if (!a->cfg.gzip) {
            /* Not copied: the body is joined at its publish, so that a
             * message to many recipients is not held once per recipient. */
            memcpy(d->parts, docs[i].parts, sizeof d->parts);
            continue;
        }
        if (sizes[i] > 0)
            memcpy(p, packed, sizes[i]);
        packed += sizes[i];
        d->body = (const uint8_t *)p;
        p += sizes[i];
    }
out:
    free(sizes);
    if (a->cfg.gzip && w->scratch_cap > SCRATCH_KEEP) {
        free(w->scratch);
        w->scratch = NULL;
        w->scratch_cap = 0;
    }
    return u;
}

/* Connected, and the broker does not block it. */
static bool usable(struct publisher *p)
{
    return atomic_load(&p->ready) && !atomic_load(&p->blocked);
}

/* The next usable publisher, round robin; NULL when none is. */
static struct publisher *pick_publisher(struct mxqd_amqp *a)
{
    unsigned start = atomic_fetch_add(&a->next_publisher, 1);

    for (unsigned i = 0; i < a->publisher_count; i++) {
        struct publisher *p = &a->publishers[(start + i) % a->publisher_count];
        if (usable(p))
            return p;
    }
    return NULL;
}

bool mxqd_amqp_available(struct mxqd_amqp *a)
{
    for (unsigned i = 0; i < a->publisher_count; i++)
        if (usable(&a->publishers[i]))
            return true;
    return false;
}

int mxqd_amqp_submit(struct mxqd_amqp *a, unsigned worker,
                     const struct mxq_document *docs, size_t n, void *token)
{
    if (worker >= a->worker_count || n == 0 || n > UINT32_MAX ||
        atomic_load(&a->stopping))
        return -1;
    struct publisher *p = pick_publisher(a);
    if (p == NULL)
        return -1;
    struct unit *u = make_unit(a, &a->workers[worker], docs, n);
    if (u == NULL) {
        mxqd_log(MXQD_LOG_CRITICAL, "rabbitmq: cannot copy a message of %zu "
                 "documents: out of memory", n);
        return -1;
    }
    u->token = token;
    u->worker = worker;
    u->deadline = now_ms() + a->cfg.confirm_timeout_ms;

    bool was_empty;
    pthread_mutex_lock(&p->lock);
    /* Checked again under the lock: a publisher that lost its connection
     * marks itself not ready under this lock and takes no more until it
     * has the next one. */
    if (!atomic_load(&p->ready) || p->queued >= MXQD_AMQP_MAX_QUEUED) {
        pthread_mutex_unlock(&p->lock);
        free(u);
        return -1;
    }
    was_empty = p->head == NULL;
    if (p->tail)
        p->tail->next = u;
    else
        p->head = u;
    p->tail = u;
    p->queued++;
    pthread_mutex_unlock(&p->lock);
    atomic_fetch_add(&a->submitted, 1);
    if (was_empty)
        wake(p->wake_fd);
    return 0;
}

/* ------------------------------------------------------------ the ring */

static struct pending *ring_at(struct publisher *p, size_t i)
{
    return &p->ring[(p->ring_start + i) % p->ring_cap];
}

static bool ring_grow(struct publisher *p)
{
    size_t cap = p->ring_cap ? p->ring_cap * 2 : 256;
    struct pending *ring = malloc(cap * sizeof *ring);

    if (ring == NULL)
        return false;
    for (size_t i = 0; i < p->ring_len; i++)
        ring[i] = *ring_at(p, i);
    free(p->ring);
    p->ring = ring;
    p->ring_cap = cap;
    p->ring_start = 0;
    return true;
}

static void ring_pop_resolved(struct publisher *p)
{
    while (p->ring_len > 0 && ring_at(p, 0)->unit == NULL) {
        p->ring_start = (p->ring_start + 1) % p->ring_cap;
        p->ring_len--;
        p->first_tag++;
    }
}

/* The publisher thread's count, copied where mxqd_amqp_stats() reads. */
static void set_unconfirmed(struct publisher *p, size_t n)
{
    p->unconfirmed = n;
    atomic_store_explicit(&p->unconfirmed_now, n, memory_order_relaxed);
}

/* The broker acked this publish. */
static void ack_entry(struct publisher *p, struct pending *e)
{
    struct unit *u = e->unit;

    if (u == NULL)
        return;
    e->unit = NULL;
    set_unconfirmed(p, p->unconfirmed - 1);
    atomic_fetch_add(&p->acked, 1);
    resolve_docs(p, u, 1, true);
}

/* basic.ack for `tag` (and every tag before it: multiple). */
static void confirm(struct publisher *p, uint64_t tag, bool multiple)
{
    if (tag < p->first_tag || p->ring_len == 0)
        return; /* resolved before (a repeated multiple ack) */
    uint64_t last = tag - p->first_tag;
    if (last >= p->ring_len) {
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: confirm for "
                 "unknown delivery tag %llu", p->index,
                 (unsigned long long)tag);
        if (!multiple)
            return;
        last = p->ring_len - 1;
    }
    for (uint64_t i = multiple ? 0 : last; i <= last; i++)
        ack_entry(p, ring_at(p, (size_t)i));
    ring_pop_resolved(p);
}

/* A returned publish (unroutable): its unit fails. The broker sends the
 * return before the ack of the same publish, so the entry is still here. */
static void mark_returned(struct publisher *p, amqp_bytes_t message_id)
{
    for (size_t i = 0; i < p->ring_len; i++) {
        struct pending *e = ring_at(p, i);
        if (e->unit == NULL)
            continue;
        const char *id = e->unit->docs[e->doc].message_id;
        if (strlen(id) == message_id.len &&
            memcmp(id, message_id.bytes, message_id.len) == 0)
            e->unit->failed = true;
    }
}

/* ------------------------------------------------------------ connection */

static void describe_reply(amqp_rpc_reply_t r, char *buf, size_t len)
{
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        snprintf(buf, len, "ok");
        return;
    case AMQP_RESPONSE_NONE:
        snprintf(buf, len, "no reply");
        return;
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        snprintf(buf, len, "%s", amqp_error_string2(r.library_error));
        return;
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *c = r.reply.decoded;
            snprintf(buf, len, "broker closed the connection: %u %.*s",
                     c->reply_code, (int)c->reply_text.len,
                     (const char *)c->reply_text.bytes);
        } else if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *c = r.reply.decoded;
            snprintf(buf, len, "broker closed the channel: %u %.*s",
                     c->reply_code, (int)c->reply_text.len,
                     (const char *)c->reply_text.bytes);
        } else {
            snprintf(buf, len, "unexpected broker method 0x%08x",
                     (unsigned)r.reply.id);
        }
        return;
    }
    snprintf(buf, len, "unknown reply");
}

/* True when r is not a normal reply; then why holds "<what>: <reply>",
 * what formatted from fmt. One place for every RPC step's failure text. */
static bool rpc_failed(amqp_rpc_reply_t r, char *why, size_t whylen,
                       const char *fmt, ...)
{
    if (r.reply_type == AMQP_RESPONSE_NORMAL)
        return false;
    char what[192], text[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    describe_reply(r, text, sizeof text);
    snprintf(why, whylen, "%s: %s", what, text);
    return true;
}

/* Connects, logs in and opens the confirm channel. NULL with why filled. */
static amqp_connection_state_t open_connection(const struct mxqd_amqp *a,
                                               const struct mxqd_amqp_uri *uri,
                                               const char *name, char *why,
                                               size_t whylen)
{
    const struct mxqd_amqp_config *cfg = &a->cfg;
    amqp_connection_state_t conn = amqp_new_connection();
    struct timeval tv = ms_to_timeval(cfg->connect_timeout_ms);
    amqp_rpc_reply_t r;

    if (conn == NULL) {
        snprintf(why, whylen, "out of memory");
        return NULL;
    }
    if (mxqd_amqp_socket_open(a->tls, conn, uri, &tv, why, whylen) < 0)
        goto fail;
    amqp_set_handshake_timeout(conn, &tv);
    amqp_set_rpc_timeout(conn, &tv);

    /* connection.blocked lets the broker say it stopped reading (memory
     * or disk alarm) instead of leaving publishes hanging silently. */
    amqp_table_entry_t caps[1] = {
        { .key = amqp_cstring_bytes("connection.blocked"),
          .value = { .kind = AMQP_FIELD_KIND_BOOLEAN,
                     .value.boolean = 1 } },
    };
    amqp_table_entry_t props[2] = {
        { .key = amqp_cstring_bytes("connection_name"),
          .value = { .kind = AMQP_FIELD_KIND_UTF8,
                     .value.bytes = amqp_cstring_bytes(name) } },
        { .key = amqp_cstring_bytes("capabilities"),
          .value = { .kind = AMQP_FIELD_KIND_TABLE,
                     .value.table = { .num_entries = 1, .entries = caps } } },
    };
    amqp_table_t properties = { .num_entries = 2, .entries = props };
    r = amqp_login_with_properties(conn, uri->vhost, 0, FRAME_MAX,
                                   (int)cfg->heartbeat_s, &properties,
                                   AMQP_SASL_METHOD_PLAIN, uri->user,
                                   uri->password);
    if (rpc_failed(r, why, whylen, "login"))
        goto fail;
    amqp_channel_open(conn, CHANNEL);
    r = amqp_get_rpc_reply(conn);
    if (rpc_failed(r, why, whylen, "channel.open"))
        goto fail;
    amqp_confirm_select(conn, CHANNEL);
    r = amqp_get_rpc_reply(conn);
    if (rpc_failed(r, why, whylen, "confirm.select"))
        goto fail;
    return conn;
fail:
    amqp_destroy_connection(conn);
    return NULL;
}

/* Queue arguments from the settings. */
static amqp_table_t queue_arguments(const struct mxqd_amqp_config *cfg,
                                    amqp_table_entry_t *entries)
{
    int n = 0;

    if (cfg->lazy) {
        entries[n].key = amqp_cstring_bytes("x-queue-mode");
        entries[n].value.kind = AMQP_FIELD_KIND_UTF8;
        entries[n].value.value.bytes = amqp_cstring_bytes("lazy");
        n++;
    }
    if (cfg->max_priority > 0) {
        entries[n].key = amqp_cstring_bytes("x-max-priority");
        entries[n].value.kind = AMQP_FIELD_KIND_I32;
        entries[n].value.value.i32 = (int32_t)cfg->max_priority;
        n++;
    }
    /* Classic is the broker's default; naming it would clash with queues
     * declared before without the argument on some broker versions. */
    if (cfg->queue_type == MXQD_AMQP_QUORUM) {
        entries[n].key = amqp_cstring_bytes("x-queue-type");
        entries[n].value.kind = AMQP_FIELD_KIND_UTF8;
        entries[n].value.value.bytes = amqp_cstring_bytes("quorum");
        n++;
    }
    amqp_table_t t = { .num_entries = n, .entries = n ? entries : NULL };
    return t;
}

/* Declares (or, with rabbitmq-declare off, looks for) the queues and the
 * exchange. Returns 0, or -1 with why filled. */
static int declare_all(struct mxqd_amqp *a, amqp_connection_state_t conn,
                       char *why, size_t whylen)
{
    const struct mxqd_amqp_config *cfg = &a->cfg;
    bool passive = !cfg->declare;
    amqp_table_entry_t entries[3];
    amqp_table_t args = queue_arguments(cfg, entries);
    amqp_rpc_reply_t r;

    if (a->exchange[0] != '\0') {
        amqp_exchange_declare(conn, CHANNEL, amqp_cstring_bytes(a->exchange),
                              amqp_cstring_bytes("direct"), passive,
                              cfg->durable, 0, 0, amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "exchange %.64s", a->exchange))
            return -1;
    }
    /* With an exchange and no declaring, the routing keys need not be
     * queue names of this broker: only the exchange is looked for. */
    if (passive && a->exchange[0] != '\0')
        return 0;
    for (size_t i = 0; i < a->queue_count; i++) {
        amqp_queue_declare(conn, CHANNEL, amqp_cstring_bytes(a->queues[i]),
                           passive, cfg->durable, 0, 0,
                           passive ? amqp_empty_table : args);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "queue %.64s", a->queues[i]))
            return -1;
        if (passive || a->exchange[0] == '\0')
            continue;
        amqp_queue_bind(conn, CHANNEL, amqp_cstring_bytes(a->queues[i]),
                        amqp_cstring_bytes(a->exchange),
                        amqp_cstring_bytes(a->queues[i]), amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (rpc_failed(r, why, whylen, "bind %.64s to %.64s", a->queues[i],
                       a->exchange))
            return -1;
    }
    return 0;
}

/* One connection attempt to the next address of the list. */
static int connect_next(struct publisher *p)
{
    struct mxqd_amqp *a = p->a;
    const struct mxqd_amqp_uri *uri = &a->uris[p->uri];
    char why[512] = "", name[64];

    snprintf(name, sizeof name, "mxqd %s publisher %u", MXQ_VERSION,
             p->index);
    amqp_connection_state_t conn = open_connection(a, uri, name, why,
                                                   sizeof why);
    if (conn != NULL && declare_all(a, conn, why, sizeof why) < 0) {
        amqp_destroy_connection(conn);
        conn = NULL;
    }
    if (conn == NULL) {
        int64_t now = now_ms();
        if (now - p->last_fail_log >= FAIL_LOG_INTERVAL_MS) {
            p->last_fail_log = now;
            mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: %s: %s",
                     p->index, uri->shown, why);
        }
        p->uri = (p->uri + 1) % a->uri_count;
        return -1;
    }
    /* Publishing needs no more RPCs; heartbeats watch the link now. */
    amqp_set_rpc_timeout(conn, NULL);
    p->conn = conn;
    atomic_store(&p->blocked, false);
    p->first_tag = 1;
    p->ring_start = 0;
    p->ring_len = 0;
    set_unconfirmed(p, 0);
    p->backoff_ms = a->cfg.backoff_min_ms;
    p->last_fail_log = 0;
    pthread_mutex_lock(&p->lock);
    p->sock = amqp_get_sockfd(conn);
    atomic_store(&p->ready, true);
    pthread_mutex_unlock(&p->lock);
    atomic_fetch_add(&p->connects, 1);
    mxqd_log(MXQD_LOG_INFO, "rabbitmq: publisher %u connected to %s",
             p->index, uri->shown);
    return 0;
}

/* Takes the units whose deadline passed off the queue and fails them. */
static void expire_queued(struct publisher *p, int64_t now)
{
    for (;;) {
        pthread_mutex_lock(&p->lock);
        struct unit *u = p->head;
        if (u != NULL && u->deadline <= now) {
            p->head = u->next;
            if (p->head == NULL)
                p->tail = NULL;
            p->queued--;
        } else {
            u = NULL;
        }
        pthread_mutex_unlock(&p->lock);
        if (u == NULL)
            break;
        atomic_fetch_add(&p->timeouts, 1);
        resolve_docs(p, u, u->unresolved, false);
    }
}

/* The units published on the lost connection and not confirmed, in
 * publish order, each once: to be published again, whole (its documents
 * that were acked too, so the broker may hold those twice). A unit
 * already failed (a document returned) or past its deadline fails now.
 * Returns how many failed; the others are chained from *first. */
static size_t take_unconfirmed(struct publisher *p, int64_t now,
                               struct unit **first, size_t *again)
{
    struct unit **end = first, *last = NULL;
    size_t failed = 0;

    *first = NULL;
    *again = 0;
    for (size_t i = 0; i < p->ring_len; i++) {
        struct pending *e = ring_at(p, i);
        struct unit *u = e->unit;
        if (u == NULL)
            continue;
        e->unit = NULL;
        set_unconfirmed(p, p->unconfirmed - 1);
        if (u == last)
            continue; /* a unit's documents are published one after another */
        last = u;
        if (u->failed || u->deadline <= now) {
            /* Its other documents in the ring are skipped above, and
             * those never published are counted in unresolved too. */
            failed++;
            resolve_docs(p, u, u->unresolved, false);
            continue;
        }
        u->unresolved = u->count;
        u->next = NULL;
        *end = u;
        end = &u->next;
        (*again)++;
    }
    p->ring_len = 0;
    return failed;
}

/* Ends the connection. Unless mxqd is stopping, what was not confirmed on
 * it goes back to the front of the queue, to be published again on the
 * next connection (the next address, rabbitmq-address) until its
 * deadline (rabbitmq-confirm-timeout after its submission); the queue
 * waits for that connection too. While there is none the publisher takes
 * no new units. When stopping, everything fails. */
static void drop_connection(struct publisher *p, const char *why)
{
    bool stopping = atomic_load(&p->a->stopping);
    int64_t now = now_ms();
    struct unit *again = NULL, *queue = NULL;
    size_t again_units = 0, failed_units;

    pthread_mutex_lock(&p->lock);
    atomic_store(&p->ready, false);
    p->sock = -1;
    if (stopping) {
        queue = p->head;
        p->head = p->tail = NULL;
        p->queued = 0;
    }
    pthread_mutex_unlock(&p->lock);

    failed_units = take_unconfirmed(p, now, &again, &again_units);
    if (stopping) {
        /* Nothing waits for a next connection: all of it fails. */
        for (struct unit *u = again, *next; u != NULL; u = next) {
            next = u->next;
            resolve_docs(p, u, u->unresolved, false);
        }
        failed_units += again_units;
        again_units = 0;
        for (struct unit *u = queue, *next; u != NULL; u = next) {
            next = u->next;
            failed_units++;
            resolve_docs(p, u, u->unresolved, false);
        }
    } else if (again != NULL) {
        struct unit *tail = again;
        while (tail->next != NULL)
            tail = tail->next;
        pthread_mutex_lock(&p->lock);
        tail->next = p->head;
        if (p->head == NULL)
            p->tail = tail;
        p->head = again;
        p->queued += again_units;
        pthread_mutex_unlock(&p->lock);
    }
    if (p->conn != NULL) {
        amqp_destroy_connection(p->conn);
        p->conn = NULL;
    }
    if (!stopping) {
        atomic_fetch_add(&p->losses, 1);
        /* The next attempt goes to the next address: the lost one may be
         * down for a while (a connect to it can take its timeout). */
        size_t lost = p->uri;
        p->uri = (p->uri + 1) % p->a->uri_count;
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: connection to "
                 "%s ended (%s); %zu messages to publish again on the next "
                 "connection, %zu failed", p->index,
                 p->a->uris[lost].shown, why, again_units, failed_units);
    }
}

/* ------------------------------------------------------------ the loop */

/* Handles one frame from the broker. Returns 0, or -1 with why filled
 * when the connection must end. */
static int on_frame(struct publisher *p, const amqp_frame_t *f, char *why,
                    size_t whylen)
{
    if (f->frame_type != AMQP_FRAME_METHOD)
        return 0;
    switch (f->payload.method.id) {
    case AMQP_BASIC_ACK_METHOD: {
        const amqp_basic_ack_t *m = f->payload.method.decoded;
        confirm(p, m->delivery_tag, m->multiple);
        p->nack_pause_ms = 0;
        return 0;
    }
    case AMQP_BASIC_NACK_METHOD: {
        /* A quorum queue nacks while it has no leader, and a channel
         * opened in that moment may go on nacking after the election:
         * nothing fails here, the connection is renewed after a pause and
         * what it had not confirmed is published again. */
        const amqp_basic_nack_t *m = f->payload.method.decoded;
        atomic_fetch_add(&p->nacks, 1);
        p->nacked = true;
        snprintf(why, whylen, "broker refused delivery tag %llu%s (nack)",
                 (unsigned long long)m->delivery_tag,
                 m->multiple ? " and before" : "");
        return -1;
    }
    case AMQP_BASIC_RETURN_METHOD: {
        const amqp_basic_return_t *m = f->payload.method.decoded;
        amqp_message_t msg;
        char text[128];
        snprintf(text, sizeof text, "%u %.*s, routing key %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes,
                 (int)m->routing_key.len,
                 (const char *)m->routing_key.bytes);
        amqp_rpc_reply_t r = amqp_read_message(p->conn, f->channel, &msg, 0);
        if (r.reply_type != AMQP_RESPONSE_NORMAL) {
            describe_reply(r, why, whylen);
            return -1;
        }
        atomic_fetch_add(&p->returns, 1);
        if (msg.properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG) {
            mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: message %.*s "
                     "returned: %s", p->index,
                     (int)msg.properties.message_id.len,
                     (const char *)msg.properties.message_id.bytes, text);
            mark_returned(p, msg.properties.message_id);
        }
        amqp_destroy_message(&msg);
        return 0;
    }
    case AMQP_CHANNEL_CLOSE_METHOD: {
        const amqp_channel_close_t *m = f->payload.method.decoded;
        amqp_channel_close_ok_t ok = { 0 };
        snprintf(why, whylen, "broker closed the channel: %u %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes);
        amqp_send_method(p->conn, f->channel, AMQP_CHANNEL_CLOSE_OK_METHOD,
                         &ok);
        return -1;
    }
    case AMQP_CONNECTION_CLOSE_METHOD: {
        const amqp_connection_close_t *m = f->payload.method.decoded;
        amqp_connection_close_ok_t ok = { 0 };
        snprintf(why, whylen, "broker closed the connection: %u %.*s",
                 m->reply_code, (int)m->reply_text.len,
                 (const char *)m->reply_text.bytes);
        amqp_send_method(p->conn, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &ok);
        return -1;
    }
    case AMQP_CONNECTION_BLOCKED_METHOD: {
        const amqp_connection_blocked_t *m = f->payload.method.decoded;
        atomic_store(&p->blocked, true);
        mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: broker blocks "
                 "publishing: %.*s", p->index, (int)m->reason.len,
                 (const char *)m->reason.bytes);
        return 0;
    }
    case AMQP_CONNECTION_UNBLOCKED_METHOD:
        atomic_store(&p->blocked, false);
        mxqd_log(MXQD_LOG_INFO, "rabbitmq: publisher %u: broker unblocked",
                 p->index);
        return 0;
    default:
        return 0;
    }
}

/* Takes every frame that can be had without waiting. */
static int read_frames(struct publisher *p, char *why, size_t whylen)
{
    for (;;) {
        struct timeval zero = { 0, 0 };
        amqp_frame_t f;
        int status = amqp_simple_wait_frame_noblock(p->conn, &f, &zero);
        if (status == AMQP_STATUS_TIMEOUT)
            break;
        if (status != AMQP_STATUS_OK) {
            snprintf(why, whylen, "%s", amqp_error_string2(status));
            return -1;
        }
        if (on_frame(p, &f, why, whylen) < 0)
            return -1;
    }
    amqp_maybe_release_buffers(p->conn);
    return 0;
}

static void set_cork(struct publisher *p, int on)
{
    int fd = amqp_get_sockfd(p->conn);
    if (fd >= 0)
        setsockopt(fd, IPPROTO_TCP, TCP_CORK, &on, sizeof on);
}

/* The body of d as one run of octets: joined from the document's parts
 * into the publisher's buffer (kept up to BODY_KEEP between messages). */
static bool body_of(struct publisher *p, const struct doc *d,
                    amqp_bytes_t *body)
{
    if (d->body != NULL || d->len == 0) {
        *body = (amqp_bytes_t){ .len = d->len, .bytes = (void *)d->body };
        return true;
    }
    if (d->len > p->body_cap) {
        uint8_t *grown = realloc(p->body, d->len);
        if (grown == NULL)
            return false;
        p->body = grown;
        p->body_cap = d->len;
    }
    struct mxq_document joined = { .json_len = d->len };
    memcpy(joined.parts, d->parts, sizeof joined.parts);
    mxq_document_join(&joined, p->body);
    *body = (amqp_bytes_t){ .len = d->len, .bytes = p->body };
    return true;
}

static void release_body(struct publisher *p)
{
    if (p->body_cap > BODY_KEEP) {
        free(p->body);
        p->body = NULL;
        p->body_cap = 0;
    }
}

/* Publishes every document of u. Returns 0, or -1 with why filled (the
 * connection must end; u's unpublished documents are resolved here). */
static int publish_unit(struct publisher *p, struct unit *u, char *why,
                        size_t whylen)
{
    const struct mxqd_amqp_config *cfg = &p->a->cfg;
    amqp_bytes_t exchange = amqp_cstring_bytes(p->a->exchange);
    amqp_basic_properties_t props;

    memset(&props, 0, sizeof props);
    props._flags = AMQP_BASIC_CONTENT_TYPE_FLAG |
                   AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG;
    props.content_type = amqp_cstring_bytes("application/json");
    props.delivery_mode = cfg->persistent ? 2 : 1;
    if (cfg->gzip) {
        props._flags |= AMQP_BASIC_CONTENT_ENCODING_FLAG;
        props.content_encoding = amqp_cstring_bytes("gzip");
    }
    for (uint32_t i = 0; i < u->count; i++) {
        const struct doc *d = &u->docs[i];
        amqp_bytes_t body;
        if (!body_of(p, d, &body) ||
            (p->ring_len == p->ring_cap && !ring_grow(p))) {
            snprintf(why, whylen, "out of memory");
            resolve_docs(p, u, u->count - i, false);
            return -1;
        }
        /* In the ring before the write: a failed write resolves it. */
        struct pending *e = ring_at(p, p->ring_len++);
        e->unit = u;
        e->doc = i;
        set_unconfirmed(p, p->unconfirmed + 1);
        props.message_id = amqp_cstring_bytes(d->message_id);
        int status = amqp_basic_publish(p->conn, CHANNEL, exchange,
                                        amqp_cstring_bytes(d->queue), 1, 0,
                                        &props, body);
        if (status != AMQP_STATUS_OK) {
            /* The connection ends: u, in the ring by this document, is
             * published again whole on the next one. */
            snprintf(why, whylen, "publish: %s", amqp_error_string2(status));
            return -1;
        }
        atomic_fetch_add(&p->published, 1);
    }
    return 0;
}

/* Publishes queued units while the throttle allows. */
static int publish_queued(struct publisher *p, char *why, size_t whylen)
{
    uint32_t throttle = p->a->cfg.throttle;
    bool corked = false;
    int rc = 0;

    while (!atomic_load(&p->blocked)) {
        pthread_mutex_lock(&p->lock);
        struct unit *u = p->head;
        /* A unit larger than the throttle goes alone. */
        if (u != NULL && p->unconfirmed > 0 &&
            p->unconfirmed + u->count > throttle)
            u = NULL;
        if (u != NULL) {
            p->head = u->next;
            if (p->head == NULL)
                p->tail = NULL;
            p->queued--;
            u->next = NULL;
        }
        pthread_mutex_unlock(&p->lock);
        if (u == NULL)
            break;
        if (!corked) {
            corked = true;
            atomic_store(&p->writing_since, now_ms());
            set_cork(p, 1);
        }
        int published = publish_unit(p, u, why, whylen);
        release_body(p);
        if (published < 0) {
            rc = -1;
            break;
        }
    }
    if (corked) {
        if (rc == 0)
            set_cork(p, 0); /* sends what the cork held */
        atomic_store(&p->writing_since, 0);
    }
    return rc;
}

/* Fails queued units whose time ran out, and ends the connection when a
 * published one did. Returns -1 with why filled in that case. */
static int check_deadlines(struct publisher *p, int64_t now, char *why,
                           size_t whylen)
{
    expire_queued(p, now);
    if (p->ring_len > 0 && ring_at(p, 0)->unit->deadline <= now) {
        atomic_fetch_add(&p->timeouts, 1);
        snprintf(why, whylen, "no confirm within %u ms",
                 (unsigned)p->a->cfg.confirm_timeout_ms);
        return -1;
    }
    return 0;
}

/* How long poll may sleep: until the nearest deadline, at most a second. */
static int poll_timeout(struct publisher *p, int64_t now)
{
    int64_t until = now + POLL_MAX_MS;

    if (amqp_frames_enqueued(p->conn) || amqp_data_in_buffer(p->conn))
        return 0;
    pthread_mutex_lock(&p->lock);
    if (p->head != NULL) {
        if (p->head->deadline < until)
            until = p->head->deadline;
        if (!atomic_load(&p->blocked) && (p->unconfirmed == 0 ||
                            p->unconfirmed + p->head->count <=
                                p->a->cfg.throttle))
            until = now; /* more to publish at once */
    }
    pthread_mutex_unlock(&p->lock);
    if (p->ring_len > 0 && ring_at(p, 0)->unit->deadline < until)
        until = ring_at(p, 0)->unit->deadline;
    return until <= now ? 0 : (int)(until - now);
}

/* One round on a ready connection. Returns -1 with why filled when the
 * connection must end. */
static int serve(struct publisher *p, char *why, size_t whylen)
{
    if (read_frames(p, why, whylen) < 0)
        return -1;
    if (check_deadlines(p, now_ms(), why, whylen) < 0)
        return -1;
    if (publish_queued(p, why, whylen) < 0)
        return -1;

    struct pollfd fds[2] = {
        { .fd = amqp_get_sockfd(p->conn), .events = POLLIN },
        { .fd = p->wake_fd, .events = POLLIN },
    };
    int n = poll(fds, 2, poll_timeout(p, now_ms()));
    if (n < 0 && errno != EINTR) {
        snprintf(why, whylen, "poll: %s", strerror(errno));
        return -1;
    }
    if (n > 0 && (fds[1].revents & POLLIN))
        drain(p->wake_fd);
    return 0;
}

/* Waits up to ms (less for the queue's first deadline, which still
 * holds) or until woken. */
static void pause_for(struct publisher *p, uint32_t ms)
{
    struct pollfd fd = { .fd = p->wake_fd, .events = POLLIN };
    int64_t now = now_ms(), wait = ms;

    expire_queued(p, now);
    pthread_mutex_lock(&p->lock);
    if (p->head != NULL && p->head->deadline - now < wait)
        wait = p->head->deadline > now ? p->head->deadline - now : 0;
    pthread_mutex_unlock(&p->lock);
    if (poll(&fd, 1, (int)wait) > 0)
        drain(p->wake_fd);
    expire_queued(p, now_ms());
}

/* Between connection attempts. */
static void backoff(struct publisher *p)
{
    pause_for(p, p->backoff_ms);
    p->backoff_ms *= 2;
    if (p->backoff_ms > p->a->cfg.backoff_max_ms)
        p->backoff_ms = p->a->cfg.backoff_max_ms;
}

static void *publisher_main(void *arg)
{
    struct publisher *p = arg;
    char why[512];

    while (!atomic_load(&p->a->stopping)) {
        if (p->conn == NULL) {
            if (connect_next(p) < 0)
                backoff(p);
            continue;
        }
        why[0] = '\0';
        if (serve(p, why, sizeof why) < 0) {
            drop_connection(p, why);
            if (p->nacked) {
                const struct mxqd_amqp_config *cfg = &p->a->cfg;
                p->nacked = false;
                p->nack_pause_ms = p->nack_pause_ms == 0
                                       ? cfg->backoff_min_ms
                                       : p->nack_pause_ms * 2;
                if (p->nack_pause_ms > cfg->backoff_max_ms)
                    p->nack_pause_ms = cfg->backoff_max_ms;
                pause_for(p, p->nack_pause_ms);
            }
        }
    }
    if (p->conn != NULL) {
        /* A polite goodbye; nothing is pending once the workers are done. */
        struct timeval tv = { 1, 0 };
        amqp_set_rpc_timeout(p->conn, &tv);
        amqp_connection_close(p->conn, AMQP_REPLY_SUCCESS);
        drop_connection(p, "stopping");
    }
    return NULL;
}

/* ------------------------------------------------------------ watchdog */

static void *watchdog_main(void *arg)
{
    struct mxqd_amqp *a = arg;

    pthread_mutex_lock(&a->watch_lock);
    while (!a->watch_quit) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += WATCHDOG_PERIOD_MS * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&a->watch_cond, &a->watch_lock, &ts);
        int64_t now = now_ms();
        for (unsigned i = 0; i < a->publisher_count; i++) {
            struct publisher *p = &a->publishers[i];
            int64_t since = atomic_load(&p->writing_since);
            if (since == 0 || now - since < a->cfg.confirm_timeout_ms)
                continue;
            pthread_mutex_lock(&p->lock);
            if (p->sock >= 0) {
                mxqd_log(MXQD_LOG_WARNING, "rabbitmq: publisher %u: a write "
                         "has blocked for %lld ms; dropping the connection",
                         p->index, (long long)(now - since));
                shutdown(p->sock, SHUT_RDWR);
            }
            pthread_mutex_unlock(&p->lock);
            atomic_store(&p->writing_since, 0);
        }
    }
    pthread_mutex_unlock(&a->watch_lock);
    return NULL;
}

/* ------------------------------------------------------------ start/stop */

static void apply_defaults(struct mxqd_amqp_config *c)
{
    if (c->throttle == 0)
        c->throttle = DEFAULT_THROTTLE;
    if (c->publishers == 0)
        c->publishers = 1;
    if (c->workers == 0)
        c->workers = 1;
    if (c->confirm_timeout_ms == 0)
        c->confirm_timeout_ms = DEFAULT_CONFIRM_TIMEOUT_MS;
    if (c->connect_timeout_ms == 0)
        c->connect_timeout_ms = DEFAULT_CONNECT_TIMEOUT_MS;
    if (c->heartbeat_s == 0)
        c->heartbeat_s = DEFAULT_HEARTBEAT_S;
    if (c->backoff_min_ms == 0)
        c->backoff_min_ms = DEFAULT_BACKOFF_MIN_MS;
    if (c->backoff_max_ms < c->backoff_min_ms)
        c->backoff_max_ms = c->backoff_min_ms > DEFAULT_BACKOFF_MAX_MS
                                ? c->backoff_min_ms : DEFAULT_BACKOFF_MAX_MS;
}

static bool copy_name(char *dst, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    if (n > NAME_MAX_LEN)
        return false;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
    return true;
}

/* Checks cfg and fills the parts of a that do not need threads. */
static int configure(struct mxqd_amqp *a, const struct mxqd_amqp_config *cfg,
                     char *err, size_t errlen)
{
    a->cfg = *cfg;
    apply_defaults(&a->cfg);
    if (cfg->address == NULL ||
        mxqd_amqp_uri_parse_list(cfg->address, a->uris, MXQD_AMQP_MAX_URIS,
                                 &a->uri_count, err, errlen) < 0) {
        if (cfg->address == NULL)
            snprintf(err, errlen, "rabbitmq-address is empty");
        return -1;
    }
    a->cfg.address = NULL; /* not kept: the URIs hold what is needed */
    if (!copy_name(a->exchange, cfg->exchange)) {
        snprintf(err, errlen, "rabbitmq-exchange: longer than %d bytes",
                 NAME_MAX_LEN);
        return -1;
    }
    a->cfg.exchange = a->exchange;
    for (size_t i = 0; i < 4; i++) {
        const char *q = cfg->queues[i];
        bool seen = false;
        if (q == NULL || q[0] == '\0')
            continue;
        for (size_t j = 0; j < a->queue_count; j++)
            seen |= strcmp(a->queues[j], q) == 0;
        if (seen)
            continue;
        if (!copy_name(a->queues[a->queue_count], q)) {
            snprintf(err, errlen, "queue name longer than %d bytes",
                     NAME_MAX_LEN);
            return -1;
        }
        a->queue_count++;
    }
    for (size_t i = 0; i < 4; i++)
        a->cfg.queues[i] = i < a->queue_count ? a->queues[i] : NULL;
    if (a->cfg.queue_type == MXQD_AMQP_QUORUM &&
        (a->cfg.lazy || a->cfg.max_priority > 0 || !a->cfg.durable)) {
        snprintf(err, errlen, "rabbitmq-queue-type quorum: quorum queues are "
                 "durable and know neither rabbitmq-lazy nor "
                 "rabbitmq-maxpriority");
        return -1;
    }
    if (a->cfg.max_priority > 255) {
        snprintf(err, errlen, "rabbitmq-maxpriority: at most 255");
        return -1;
    }
    if (a->cfg.publishers > MXQD_AMQP_MAX_PUBLISHERS) {
        snprintf(err, errlen, "rabbitmq-publishers: at most %d",
                 MXQD_AMQP_MAX_PUBLISHERS);
        return -1;
    }
    if (a->cfg.workers > MXQD_AMQP_MAX_WORKERS) {
        snprintf(err, errlen, "rabbitmq: at most %d worker threads",
                 MXQD_AMQP_MAX_WORKERS);
        return -1;
    }
    /* Last: nothing after it may fail (the callers free a alone). The
     * CA file is read now, not at each connect. */
    bool tls = false;
    for (size_t i = 0; i < a->uri_count; i++)
        tls |= a->uris[i].tls;
    if (tls) {
        a->tls = mxqd_amqp_tls_new(cfg->tls_no_verify, cfg->tls_ca_file, err,
                                   errlen);
        if (a->tls == NULL)
            return -1;
    }
    a->cfg.tls_ca_file = NULL; /* not kept: read into a->tls */
    return 0;
}

struct mxqd_amqp *mxqd_amqp_start(const struct mxqd_amqp_config *cfg,
                                  char *err, size_t errlen)
{
    struct mxqd_amqp *a = calloc(1, sizeof *a);

    if (a == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        return NULL;
    }
    if (configure(a, cfg, err, errlen) < 0) {
        free(a);
        return NULL;
    }
    atomic_init(&a->stopping, false);
    pthread_mutex_init(&a->watch_lock, NULL);
    pthread_cond_init(&a->watch_cond, NULL);
    a->workers = calloc(a->cfg.workers, sizeof *a->workers);
    a->publishers = calloc(a->cfg.publishers, sizeof *a->publishers);
    if (a->workers == NULL || a->publishers == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        goto fail;
    }
    for (; a->worker_count < a->cfg.workers; a->worker_count++) {
        struct worker_slot *w = &a->workers[a->worker_count];
        w->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (w->fd < 0) {
            snprintf(err, errlen, "rabbitmq: eventfd: %s", strerror(errno));
            goto fail;
        }
        pthread_mutex_init(&w->lock, NULL);
    }
    for (; a->publisher_count < a->cfg.publishers; a->publisher_count++) {
        struct publisher *p = &a->publishers[a->publisher_count];
        p->a = a;
        p->index = a->publisher_count;
        p->sock = -1;
        p->uri = 0; /* the list is in order of preference */
        p->backoff_ms = a->cfg.backoff_min_ms;
        p->wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (p->wake_fd < 0) {
            snprintf(err, errlen, "rabbitmq: eventfd: %s", strerror(errno));
            goto fail;
        }
        pthread_mutex_init(&p->lock, NULL);
    }
    for (unsigned i = 0; i < a->publisher_count; i++) {
        struct publisher *p = &a->publishers[i];
        if (pthread_create(&p->thread, NULL, publisher_main, p) != 0) {
            snprintf(err, errlen, "rabbitmq: cannot start publisher %u", i);
            goto fail;
        }
        p->started = true;
    }
    if (pthread_create(&a->watchdog, NULL, watchdog_main, a) != 0) {
        snprintf(err, errlen, "rabbitmq: cannot start the watchdog");
        goto fail;
    }
    a->watchdog_started = true;
    return a;
fail:
    mxqd_amqp_stop(a);
    return NULL;
}

static void free_list(struct unit *u)
{
    while (u != NULL) {
        struct unit *next = u->next;
        free(u);
        u = next;
    }
}

void mxqd_amqp_stop(struct mxqd_amqp *a)
{
    if (a == NULL)
        return;
    atomic_store(&a->stopping, true);
    for (unsigned i = 0; i < a->publisher_count; i++)
        wake(a->publishers[i].wake_fd);
    for (unsigned i = 0; i < a->publisher_count; i++)
        if (a->publishers[i].started)
            pthread_join(a->publishers[i].thread, NULL);
    /* The watchdog goes last: it unblocks a publisher stuck in a write. */
    pthread_mutex_lock(&a->watch_lock);
    a->watch_quit = true;
    pthread_cond_signal(&a->watch_cond);
    pthread_mutex_unlock(&a->watch_lock);
    if (a->watchdog_started)
        pthread_join(a->watchdog, NULL);
    for (unsigned i = 0; i < a->publisher_count; i++) {
        struct publisher *p = &a->publishers[i];
        free_list(p->head); /* only if a thread never started */
        free(p->ring);
        free(p->body);
        close(p->wake_fd);
        pthread_mutex_destroy(&p->lock);
    }
    for (unsigned i = 0; i < a->worker_count; i++) {
        struct worker_slot *w = &a->workers[i];
        free_list(w->head);
        if (w->z_ready)
            deflateEnd(&w->z);
        free(w->scratch);
        close(w->fd);
        pthread_mutex_destroy(&w->lock);
    }
    free(a->publishers);
    free(a->workers);
    mxqd_amqp_tls_free(a->tls);
    pthread_mutex_destroy(&a->watch_lock);
    pthread_cond_destroy(&a->watch_cond);
    free(a);
}

void mxqd_amqp_stats(struct mxqd_amqp *a, struct mxqd_amqp_stats *out)
{
    memset(out, 0, sizeof *out);
    out->submitted = atomic_load(&a->submitted);
    for (unsigned i = 0; i < a->publisher_count; i++) {
        struct publisher *p = &a->publishers[i];
        out->published += atomic_load(&p->published);
        out->acked += atomic_load(&p->acked);
        out->confirmed += atomic_load(&p->confirmed);
        out->failed += atomic_load(&p->failed);
        out->nacks += atomic_load(&p->nacks);
        out->returns += atomic_load(&p->returns);
        out->timeouts += atomic_load(&p->timeouts);
        out->connection_losses += atomic_load(&p->losses);
        out->connects += atomic_load(&p->connects);
        out->unconfirmed += atomic_load_explicit(&p->unconfirmed_now,
                                                 memory_order_relaxed);
        bool ready = atomic_load(&p->ready);
        out->connected += ready;
        out->blocked += ready && atomic_load(&p->blocked);
    }
    out->publishers = a->publisher_count;
}

/* ------------------------------------------------------------ --check-config */

static const char *server_version(amqp_connection_state_t conn, char *buf,
                                  size_t len)
{
    const amqp_table_t *t = amqp_get_server_properties(conn);

    snprintf(buf, len, "unknown version");
    for (int i = 0; t != NULL && i < t->num_entries; i++) {
        const amqp_table_entry_t *e = &t->entries[i];
        if (e->key.len == 7 && memcmp(e->key.bytes, "version", 7) == 0 &&
            e->value.kind == AMQP_FIELD_KIND_UTF8)
            snprintf(buf, len, "%.*s", (int)e->value.value.bytes.len,
                     (const char *)e->value.value.bytes.bytes);
    }
    return buf;
}

/* A passive declare on its own channel: a missing queue or exchange
 * closes the channel, not the connection. */
static void check_one(amqp_connection_state_t conn, amqp_channel_t ch,
                      const char *kind, const char *name, bool will_declare,
                      int fd)
{
    amqp_rpc_reply_t r;
    char text[256];

    amqp_channel_open(conn, ch);
    r = amqp_get_rpc_reply(conn);
    if (r.reply_type != AMQP_RESPONSE_NORMAL) {
        describe_reply(r, text, sizeof text);
        dprintf(fd, "#   %s %s: cannot look: %s\n", kind, name, text);
        return;
    }
    if (strcmp(kind, "queue") == 0) {
        amqp_queue_declare_ok_t *ok = amqp_queue_declare(
            conn, ch, amqp_cstring_bytes(name), 1, 0, 0, 0, amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (ok != NULL) {
            dprintf(fd, "#   queue %s: exists, %u messages, %u consumers\n",
                    name, ok->message_count, ok->consumer_count);
            amqp_channel_close(conn, ch, AMQP_REPLY_SUCCESS);
            return;
        }
    } else {
        amqp_exchange_declare(conn, ch, amqp_cstring_bytes(name),
                              amqp_cstring_bytes("direct"), 1, 0, 0, 0,
                              amqp_empty_table);
        r = amqp_get_rpc_reply(conn);
        if (r.reply_type == AMQP_RESPONSE_NORMAL) {
            dprintf(fd, "#   exchange %s: exists\n", name);
            amqp_channel_close(conn, ch, AMQP_REPLY_SUCCESS);
            return;
        }
    }
    describe_reply(r, text, sizeof text);
    if (r.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION &&
        r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
        amqp_channel_close_ok_t ok = { 0 };
        amqp_send_method(conn, ch, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
    }
    dprintf(fd, "#   %s %s: %s (%s)\n", kind, name,
            will_declare ? "not there yet, declared at start" : "MISSING",
            text);
}

int mxqd_amqp_check(const struct mxqd_amqp_config *cfg, int fd)
{
    struct mxqd_amqp *a = calloc(1, sizeof *a);
    char err[512];
    int reachable = 0;

    if (a == NULL)
        return -1;
    if (configure(a, cfg, err, sizeof err) < 0) {
        dprintf(fd, "# rabbitmq: %s\n", err);
        free(a);
        return -2;
    }
    for (size_t i = 0; i < a->uri_count; i++) {
        const struct mxqd_amqp_uri *uri = &a->uris[i];
        char why[512] = "", version[64];
        amqp_connection_state_t conn = open_connection(
            a, uri, "mxqd --check-config", why, sizeof why);
        if (conn == NULL) {
            dprintf(fd, "# rabbitmq %s: NOT REACHABLE: %s\n", uri->shown, why);
            continue;
        }
        reachable++;
        dprintf(fd, "# rabbitmq %s: connected (RabbitMQ %s), publisher "
                "confirms on\n", uri->shown,
                server_version(conn, version, sizeof version));
        amqp_channel_t ch = CHANNEL + 1;
        if (a->exchange[0] != '\0')
            check_one(conn, ch++, "exchange", a->exchange, a->cfg.declare, fd);
        for (size_t q = 0; q < a->queue_count; q++)
            check_one(conn, ch++, "queue", a->queues[q], a->cfg.declare,
                      fd);
        amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
        amqp_destroy_connection(conn);
    }
    mxqd_amqp_tls_free(a->tls);
    free(a);
    return reachable > 0 ? 0 : -1;
}
