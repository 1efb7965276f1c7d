/*
 * RabbitMQ publisher threads.
 *
 * Each publisher thread owns one AMQP connection with one channel in
 * confirm mode. Its loop: read what the broker sent (acks, nacks, returns,
 * closes), fail what waited too long, publish the queued units (corked, so
 * a batch leaves in few segments), then poll the socket and its eventfd.
 *
 * A write that blocks (a broker that stopped reading) cannot be left by
 * the thread itself; the watchdog thread shuts such a socket down after
 * the confirm timeout, which makes the write fail.
 *
 * The other pieces: amqp_units.c (submitting, completions),
 * amqp_confirms.c (the broker's frames), amqp_connection.c (connecting,
 * and a lost connection) and amqp_check.c (the configuration).
 */
#include "amqp_publisher_int.h"
#include "log.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

#include <amqp_framing.h>

#define POLL_MAX_MS 1000          /* heartbeats need a call now and then */
#define WATCHDOG_PERIOD_MS 250
#define BODY_KEEP (4u << 20)      /* publish buffer kept between messages */

/* ------------------------------------------------------------ the loop */

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
        mxqd_amqp_resolve_docs(p, u, u->unresolved, false);
    }
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
            (p->ring_len == p->ring_cap && !mxqd_amqp_ring_grow(p))) {
            snprintf(why, whylen, "out of memory");
            mxqd_amqp_resolve_docs(p, u, u->count - i, false);
            return -1;
        }
        /* In the ring before the write: a failed write resolves it. */
        struct pending *e = mxqd_amqp_ring_at(p, p->ring_len++);
        e->unit = u;
        e->doc = i;
        mxqd_amqp_set_unconfirmed(p, p->unconfirmed + 1);
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
    if (p->ring_len > 0 && mxqd_amqp_ring_at(p, 0)->unit->deadline <= now) {
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
    if (p->ring_len > 0 && mxqd_amqp_ring_at(p, 0)->unit->deadline < until)
        until = mxqd_amqp_ring_at(p, 0)->unit->deadline;
    return until <= now ? 0 : (int)(until - now);
}

/* One round on a ready connection. Returns -1 with why filled when the
 * connection must end. */
static int serve(struct publisher *p, char *why, size_t whylen)
{
    if (mxqd_amqp_read_frames(p, why, whylen) < 0)
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
            if (mxqd_amqp_connect_next(p) < 0)
                backoff(p);
            continue;
        }
        why[0] = '\0';
        if (serve(p, why, sizeof why) < 0) {
            mxqd_amqp_drop_connection(p, why);
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
        mxqd_amqp_drop_connection(p, "stopping");
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

struct mxqd_amqp *mxqd_amqp_start(const struct mxqd_amqp_config *cfg,
                                  char *err, size_t errlen)
{
    struct mxqd_amqp *a = calloc(1, sizeof *a);

    if (a == NULL) {
        snprintf(err, errlen, "rabbitmq: out of memory");
        return NULL;
    }
    if (mxqd_amqp_configure(a, cfg, err, errlen) < 0) {
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
