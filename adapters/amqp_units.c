/*
 * The workers' side of the RabbitMQ publisher: a submitted message becomes
 * one unit (one allocation; with gzip it holds the compressed bodies too)
 * queued on a usable publisher; its outcome comes back on the worker's
 * completion list, announced through the worker's eventfd.
 */
#include "amqp_publisher_int.h"
#include "log.h"

#include <stdlib.h>
#include <string.h>

#include <mxq/array.h>

#define SCRATCH_KEEP (4u << 20)   /* gzip buffer kept between messages */

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
void mxqd_amqp_resolve_docs(struct publisher *p, struct unit *u, uint32_t n,
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
    return need <= SIZE_MAX - used &&
           mxq_array_reserve((void **)&w->scratch, &w->scratch_cap,
                             used + need, 1, 65536);
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
