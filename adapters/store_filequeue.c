/*
 * The file queue (filequeue.h) behind the store interface, with group
 * commit. Each worker has two batches: the filling one, which takes what
 * the worker submits, and the one handed to the committer thread. At the
 * end of a loop iteration (flush) the filling batch is handed over if the
 * worker's previous one is back; otherwise it keeps growing, so while one
 * fsync round runs, the next batch gathers every message that completes
 * meanwhile and the worker never waits for the disk.
 *
 * One committer serves every worker: a round takes the batches of all the
 * workers that handed one over, into one file per queue. A round's cost
 * is mostly per file (creating it, fsync, rename, fsync of new/), so
 * fewer, larger rounds spend less per document than a committer per
 * worker would. The committer reports through each worker's eventfd; the
 * outcome is handed back as completions, on the worker's thread, which
 * alone touches its sessions.
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

    /* The worker thread's own. */
    struct mxqd_fq_batch *filling, *committing;
    struct tokens filling_tokens, committing_tokens;
    size_t returned;                 /* committing tokens given back */
    bool busy;                       /* committing is not back yet */

    /* Guarded by the store's lock. */
    int64_t commit_now;
    bool ready, done;
    int result;
};

struct fq_store {
    struct mxqd_store base;
    struct mxqd_filequeue *queue;
    char directory[PATH_MAX];
    char inbox[MXQD_FQ_QUEUE_NAME_MAX + 1];

    pthread_t committer;
    bool started;
    pthread_mutex_t lock;            /* the workers' ready, done, result */
    pthread_cond_t cond;             /* a batch is ready, or quit */
    bool quit;
    struct mxqd_fq_batch **round;    /* the batches of the round at hand */
    unsigned *round_workers;         /* whose they are */

    /* Written by the committer alone, read by mxqd_store_stats(). */
    _Atomic uint64_t rounds, rounds_failed, round_documents;
    _Atomic uint64_t round_buckets[MXQD_STORE_ROUND_BUCKETS];

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
static void count_round(struct fq_store *s, size_t documents, int result)
{
    size_t b = 0;
    while (b + 1 < MXQD_STORE_ROUND_BUCKETS && documents > ((size_t)1 << b))
        b++;
    count_up(&s->rounds, 1);
    count_up(&s->round_documents, documents);
    count_up(&s->round_buckets[b], 1);
    if (result != 0)
        count_up(&s->rounds_failed, 1);
}

/* Takes every batch handed over into the round; with s->lock held.
 * Returns how many, and the latest time they were handed over at. */
static size_t take_ready(struct fq_store *s, int64_t *now)
{
    size_t n = 0;
    for (unsigned i = 0; i < s->worker_count; i++) {
        struct fq_worker *w = &s->workers[i];
        if (!w->ready)
            continue;
        w->ready = false;
        if (n == 0 || w->commit_now > *now)
            *now = w->commit_now;
        s->round[n] = w->committing;
        s->round_workers[n++] = i;
    }
    return n;
}

static void *committer_main(void *arg)
{
    struct fq_store *s = arg;
    int64_t now = 0;

    pthread_mutex_lock(&s->lock);
    for (;;) {
        size_t n = take_ready(s, &now);
        if (n == 0 && s->quit)
            break;
        if (n == 0) {
            pthread_cond_wait(&s->cond, &s->lock);
            continue;
        }
        pthread_mutex_unlock(&s->lock);

        size_t documents = 0;
        for (size_t i = 0; i < n; i++)
            documents += mxqd_fq_batch_documents(s->round[i]);
        int result = mxqd_fq_commit(s->round, n, now);
        count_round(s, documents, result);

        pthread_mutex_lock(&s->lock);
        for (size_t i = 0; i < n; i++) {
            struct fq_worker *w = &s->workers[s->round_workers[i]];
            uint64_t one = 1;
            w->result = result;
            w->done = true;
            if (write(w->fd, &one, sizeof one) < 0) {
                /* The counter cannot overflow at one write per batch. */
            }
        }
    }
    pthread_mutex_unlock(&s->lock);
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
    w->busy = true;
    pthread_mutex_lock(&fq(st)->lock);
    w->commit_now = now;
    w->ready = true;
    pthread_cond_signal(&fq(st)->cond);
    pthread_mutex_unlock(&fq(st)->lock);
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
    pthread_mutex_lock(&fq(st)->lock);
    bool done = w->done;
    int result = w->result;
    pthread_mutex_unlock(&fq(st)->lock);
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
        pthread_mutex_lock(&fq(st)->lock);
        w->done = false;
        pthread_mutex_unlock(&fq(st)->lock);
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

    out->rounds += atomic_load_explicit(&s->rounds, memory_order_relaxed);
    out->rounds_failed +=
        atomic_load_explicit(&s->rounds_failed, memory_order_relaxed);
    out->round_documents +=
        atomic_load_explicit(&s->round_documents, memory_order_relaxed);
    for (size_t b = 0; b < MXQD_STORE_ROUND_BUCKETS; b++)
        out->round_buckets[b] +=
            atomic_load_explicit(&s->round_buckets[b], memory_order_relaxed);
}

static void fq_describe(struct mxqd_store *st, char *out, size_t len)
{
    snprintf(out, len, "storing documents in %s/%s/new", fq(st)->directory,
             fq(st)->inbox);
}

static void worker_free(struct fq_worker *w)
{
    if (w->fd >= 0)
        close(w->fd);
    mxqd_fq_batch_free(w->filling);
    mxqd_fq_batch_free(w->committing);
    free(w->filling_tokens.items);
    free(w->committing_tokens.items);
}

/* The committer commits what was handed over before it quits. */
static void fq_close(struct mxqd_store *st)
{
    struct fq_store *s = fq(st);
    if (s->started) {
        pthread_mutex_lock(&s->lock);
        s->quit = true;
        pthread_cond_signal(&s->cond);
        pthread_mutex_unlock(&s->lock);
        pthread_join(s->committer, NULL);
    }
    for (unsigned i = 0; i < s->worker_count; i++)
        worker_free(&s->workers[i]);
    mxqd_filequeue_close(s->queue);
    free(s->round);
    free(s->round_workers);
    pthread_mutex_destroy(&s->lock);
    pthread_cond_destroy(&s->cond);
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

static int worker_init(struct fq_store *s, unsigned index)
{
    struct fq_worker *w = &s->workers[index];

    w->fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    w->filling = mxqd_fq_batch_new(s->queue, index);
    w->committing = mxqd_fq_batch_new(s->queue, index);
    return w->fd < 0 || w->filling == NULL || w->committing == NULL ? -1 : 0;
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
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->cond, NULL);
    snprintf(s->directory, sizeof s->directory, "%s", cfg->directory);
    snprintf(s->inbox, sizeof s->inbox, "%s",
             cfg->queue_count > 0 && cfg->queues[0] ? cfg->queues[0] : "");
    s->round = calloc(workers, sizeof *s->round);
    s->round_workers = calloc(workers, sizeof *s->round_workers);
    bool ok = s->round != NULL && s->round_workers != NULL;
    for (unsigned i = 0; i < workers && ok; i++) {
        s->workers[i].fd = -1;
        s->worker_count = i + 1;
        ok = worker_init(s, i) == 0;
    }
    if (!ok) {
        snprintf(err, errlen, "file queue: out of memory or descriptors");
        fq_close(&s->base);
        return NULL;
    }
    if (pthread_create(&s->committer, NULL, committer_main, s) != 0) {
        snprintf(err, errlen, "file queue: cannot start the committer");
        fq_close(&s->base);
        return NULL;
    }
    s->started = true;
    return &s->base;
}
