/*
 * The file queue (filequeue.h) behind the store interface, with group
 * commit. Each worker has two batches: the filling one, which takes what
 * the worker submits, and the one at its committer thread. At the end of
 * a loop iteration (flush) the filling batch goes to the committer if
 * that is idle; otherwise it keeps growing, so while one fsync round
 * runs, the next batch gathers every message that completes meanwhile and
 * the worker never waits for the disk. The committer reports through the
 * worker's eventfd; the outcome is handed back as completions, on the
 * worker's thread, which alone touches its sessions.
 */
#include "store.h"
#include "filequeue.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

/* The tokens of one batch, in submission order. */
struct tokens {
    void **items;
    size_t count, cap;
};

struct fq_worker {
    int fd;                          /* eventfd: the commit is done */
    pthread_t committer;
    bool started;

    /* The worker thread's own. */
    struct mxqd_fq_batch *filling, *committing;
    struct tokens filling_tokens, committing_tokens;
    size_t returned;                 /* committing tokens given back */
    int64_t commit_now;
    bool busy;                       /* committing is not back yet */

    pthread_mutex_t lock;            /* ready, done, quit, result */
    pthread_cond_t cond;
    bool ready, done, quit;
    int result;

    /* Written by the committer alone, read by mxqd_store_stats(). */
    _Atomic uint64_t rounds, rounds_failed, round_documents;
    _Atomic uint64_t round_buckets[MXQD_STORE_ROUND_BUCKETS];
};

struct fq_store {
    struct mxqd_store base;
    struct mxqd_filequeue *queue;
    char directory[PATH_MAX];
    char inbox[MXQD_FQ_QUEUE_NAME_MAX + 1];
    unsigned worker_count;
    struct fq_worker workers[];
};

static struct fq_store *fq(struct mxqd_store *st)
{
    return (struct fq_store *)st;
}

static struct fq_worker *worker_of(struct mxqd_store *st, unsigned worker)
{
    return worker < fq(st)->worker_count ? &fq(st)->workers[worker] : NULL;
}

/* Room for one more token. */
static int tokens_reserve(struct tokens *t)
{
    if (t->count < t->cap)
        return 0;
    size_t cap = t->cap ? t->cap * 2 : 64;
    void **items = realloc(t->items, cap * sizeof *items);
    if (items == NULL)
        return ENOMEM;
    t->items = items;
    t->cap = cap;
    return 0;
}

static void count_up(_Atomic uint64_t *v, uint64_t n)
{
    atomic_store_explicit(v, atomic_load_explicit(v, memory_order_relaxed) +
                                 n, memory_order_relaxed);
}

/* One fsync round of `documents`, by the committer. */
static void count_round(struct fq_worker *w, size_t documents, int result)
{
    size_t b = 0;
    while (b + 1 < MXQD_STORE_ROUND_BUCKETS && documents > ((size_t)1 << b))
        b++;
    count_up(&w->rounds, 1);
    count_up(&w->round_documents, documents);
    count_up(&w->round_buckets[b], 1);
    if (result != 0)
        count_up(&w->rounds_failed, 1);
}

static void *committer_main(void *arg)
{
    struct fq_worker *w = arg;

    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->ready && !w->quit)
            pthread_cond_wait(&w->cond, &w->lock);
        if (!w->ready)
            break;
        w->ready = false;
        pthread_mutex_unlock(&w->lock);

        size_t documents = mxqd_fq_batch_documents(w->committing);
        int result = mxqd_fq_batch_commit(w->committing, w->commit_now);
        count_round(w, documents, result);

        pthread_mutex_lock(&w->lock);
        w->result = result;
        w->done = true;
        uint64_t one = 1;
        if (write(w->fd, &one, sizeof one) < 0) {
            /* The counter cannot overflow at one write per batch. */
        }
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

static int fq_submit(struct mxqd_store *st, unsigned worker,
                     const struct mxq_document *docs, size_t count,
                     void *token)
{
    struct fq_worker *w = worker_of(st, worker);
    if (w == NULL)
        return EINVAL;
    /* Room for the token first: the batch must not take documents whose
     * outcome could not be told. */
    int err = tokens_reserve(&w->filling_tokens);
    if (err == 0)
        err = mxqd_fq_batch_add(w->filling, docs, count);
    if (err == 0)
        w->filling_tokens.items[w->filling_tokens.count++] = token;
    return err;
}

static void fq_flush(struct mxqd_store *st, unsigned worker, int64_t now)
{
    struct fq_worker *w = worker_of(st, worker);
    if (w == NULL || w->busy || w->filling_tokens.count == 0)
        return;
    struct mxqd_fq_batch *b = w->committing;
    struct tokens t = w->committing_tokens;
    w->committing = w->filling;
    w->committing_tokens = w->filling_tokens;
    w->filling = b;
    w->filling_tokens = t;
    w->filling_tokens.count = 0;
    w->returned = 0;
    w->commit_now = now;
    w->busy = true;
    pthread_mutex_lock(&w->lock);
    w->ready = true;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->lock);
}

static int fq_worker_fd(struct mxqd_store *st, unsigned worker)
{
    struct fq_worker *w = worker_of(st, worker);
    return w ? w->fd : -1;
}

static size_t fq_completions(struct mxqd_store *st, unsigned worker,
                             struct mxqd_store_done *out, size_t max)
{
    struct fq_worker *w = worker_of(st, worker);
    uint64_t count;

    if (w == NULL || !w->busy)
        return 0;
    pthread_mutex_lock(&w->lock);
    bool done = w->done;
    int result = w->result;
    pthread_mutex_unlock(&w->lock);
    if (!done)
        return 0;

    size_t n = 0;
    while (n < max && w->returned < w->committing_tokens.count) {
        out[n].token = w->committing_tokens.items[w->returned++];
        out[n].ok = result == 0;
        n++;
    }
    if (w->returned == w->committing_tokens.count) {
        /* All told: the committer may take the next batch. */
        while (read(w->fd, &count, sizeof count) > 0)
            ;
        pthread_mutex_lock(&w->lock);
        w->done = false;
        pthread_mutex_unlock(&w->lock);
        w->committing_tokens.count = 0;
        w->busy = false;
    }
    return n;
}

static bool fq_available(struct mxqd_store *st)
{
    (void)st;
    return true;
}

static void fq_stats(struct mxqd_store *st, struct mxqd_store_stats *out)
{
    struct fq_store *s = fq(st);

    for (unsigned i = 0; i < s->worker_count; i++) {
        struct fq_worker *w = &s->workers[i];
        out->rounds += atomic_load_explicit(&w->rounds, memory_order_relaxed);
        out->rounds_failed +=
            atomic_load_explicit(&w->rounds_failed, memory_order_relaxed);
        out->round_documents +=
            atomic_load_explicit(&w->round_documents, memory_order_relaxed);
        for (size_t b = 0; b < MXQD_STORE_ROUND_BUCKETS; b++)
            out->round_buckets[b] += atomic_load_explicit(
                &w->round_buckets[b], memory_order_relaxed);
    }
}

static void fq_describe(struct mxqd_store *st, char *out, size_t len)
{
    snprintf(out, len, "storing documents in %s/%s/new", fq(st)->directory,
             fq(st)->inbox);
}

static void worker_stop(struct fq_worker *w)
{
    if (w->started) {
        pthread_mutex_lock(&w->lock);
        w->quit = true;
        pthread_cond_signal(&w->cond);
        pthread_mutex_unlock(&w->lock);
        pthread_join(w->committer, NULL);
    }
    if (w->fd >= 0)
        close(w->fd);
    mxqd_fq_batch_free(w->filling);
    mxqd_fq_batch_free(w->committing);
    free(w->filling_tokens.items);
    free(w->committing_tokens.items);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->cond);
}

static void fq_close(struct mxqd_store *st)
{
    struct fq_store *s = fq(st);
    for (unsigned i = 0; i < s->worker_count; i++)
        worker_stop(&s->workers[i]);
    mxqd_filequeue_close(s->queue);
    free(s);
}

static const struct mxqd_store_ops fq_ops = {
    .submit = fq_submit,
    .flush = fq_flush,
    .worker_fd = fq_worker_fd,
    .completions = fq_completions,
    .available = fq_available,
    .stats = fq_stats,
    .describe = fq_describe,
    .close = fq_close,
};

static int worker_start(struct fq_store *s, unsigned index)
{
    struct fq_worker *w = &s->workers[index];

    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->cond, NULL);
    w->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    w->filling = mxqd_fq_batch_new(s->queue, index);
    w->committing = mxqd_fq_batch_new(s->queue, index);
    if (w->fd < 0 || w->filling == NULL || w->committing == NULL)
        return -1;
    if (pthread_create(&w->committer, NULL, committer_main, w) != 0)
        return -1;
    w->started = true;
    return 0;
}

struct mxqd_store *mxqd_store_filequeue_open(
    const struct mxqd_store_filequeue_config *cfg, char *err, size_t errlen)
{
    unsigned workers = cfg->workers ? cfg->workers : 1;
    struct fq_store *s = calloc(1, sizeof *s + workers * sizeof s->workers[0]);

    if (s == NULL) {
        snprintf(err, errlen, "file queue: out of memory");
        return NULL;
    }
    s->base.ops = &fq_ops;
    s->queue = mxqd_filequeue_open(cfg->directory, cfg->queues,
                                   cfg->queue_count, err, errlen);
    if (s->queue == NULL) {
        free(s);
        return NULL;
    }
    mxqd_filequeue_inject_faults(s->queue, cfg->fault);
    snprintf(s->directory, sizeof s->directory, "%s", cfg->directory);
    snprintf(s->inbox, sizeof s->inbox, "%s",
             cfg->queue_count > 0 && cfg->queues[0] ? cfg->queues[0] : "");
    for (unsigned i = 0; i < workers; i++) {
        s->workers[i].fd = -1;
        s->worker_count = i + 1;
        if (worker_start(s, i) < 0) {
            snprintf(err, errlen, "file queue: cannot start the committer "
                     "of worker %u", i);
            fq_close(&s->base);
            return NULL;
        }
    }
    return &s->base;
}
