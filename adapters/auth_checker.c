/*
 * Checker threads for crypt hashes; see auth_checker.h.
 *
 * One mutex guards the queue, every job's state and the per-worker lists
 * of finished jobs. A job is QUEUED, then RUNNING (a thread hashes
 * without the lock), then DONE on its worker's list until the worker
 * takes it. Cancelling a QUEUED job frees it at once; a RUNNING or DONE
 * one is marked, and freed by whoever touches it next.
 */
#include "auth_checker.h"

#include <crypt.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

enum job_state { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

struct mxqd_auth_job {
    struct mxqd_auth_job *next;
    enum job_state state;
    bool cancelled;
    bool ok;
    unsigned worker;
    void *token;
    char *user, *password;
    size_t ulen, plen;
};

struct worker_slot {
    int fd;                          /* eventfd */
    struct mxqd_auth_job *done;      /* finished jobs, newest first */
};

struct mxqd_auth_checker {
    _Atomic(const struct mxqd_auth *) auth; /* a reload may replace it */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct mxqd_auth_job *head, *tail; /* the queue, oldest first */
    bool quit;
    unsigned workers, started;
    struct worker_slot *slots;
    pthread_t threads[8];
};

static void job_free(struct mxqd_auth_job *job)
{
    if (job == NULL)
        return;
    if (job->user != NULL)
        explicit_bzero(job->user, job->ulen);
    if (job->password != NULL)
        explicit_bzero(job->password, job->plen);
    free(job->user);
    free(job->password);
    free(job);
}

static void *checker_main(void *arg)
{
    struct mxqd_auth_checker *ch = arg;
    struct crypt_data *scratch = calloc(1, sizeof *scratch);

    pthread_mutex_lock(&ch->lock);
    for (;;) {
        while (ch->head == NULL && !ch->quit)
            pthread_cond_wait(&ch->cond, &ch->lock);
        if (ch->quit)
            break;
        struct mxqd_auth_job *job = ch->head;
        ch->head = job->next;
        if (ch->head == NULL)
            ch->tail = NULL;
        job->next = NULL;
        job->state = JOB_RUNNING;
        pthread_mutex_unlock(&ch->lock);

        bool ok = scratch != NULL &&
                  mxqd_auth_check_slow(atomic_load(&ch->auth), job->user,
                                       job->ulen,
                                       job->password, job->plen, scratch);

        pthread_mutex_lock(&ch->lock);
        if (job->cancelled) {
            job_free(job);
            continue;
        }
        job->ok = ok;
        job->state = JOB_DONE;
        struct worker_slot *slot = &ch->slots[job->worker];
        job->next = slot->done;
        slot->done = job;
        uint64_t one = 1;
        if (write(slot->fd, &one, sizeof one) < 0) {
            /* An eventfd counter does not overflow at one per job. */
        }
    }
    pthread_mutex_unlock(&ch->lock);
    free(scratch);
    return NULL;
}

struct mxqd_auth_checker *mxqd_auth_checker_start(const struct mxqd_auth *a,
                                                  unsigned workers,
                                                  unsigned threads,
                                                  char *err, size_t errlen)
{
    struct mxqd_auth_checker *ch = calloc(1, sizeof *ch);

    if (threads == 0)
        threads = 1;
    if (threads > sizeof ch->threads / sizeof ch->threads[0])
        threads = sizeof ch->threads / sizeof ch->threads[0];
    if (ch == NULL || (ch->slots = calloc(workers, sizeof *ch->slots)) ==
                          NULL) {
        snprintf(err, errlen, "auth checker: out of memory");
        free(ch);
        return NULL;
    }
    atomic_init(&ch->auth, a);
    ch->workers = workers;
    pthread_mutex_init(&ch->lock, NULL);
    pthread_cond_init(&ch->cond, NULL);
    for (unsigned i = 0; i < workers; i++)
        ch->slots[i].fd = -1;
    for (unsigned i = 0; i < workers; i++) {
        ch->slots[i].fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (ch->slots[i].fd < 0) {
            snprintf(err, errlen, "auth checker: eventfd: %s",
                     strerror(errno));
            goto fail;
        }
    }
    for (unsigned i = 0; i < threads; i++) {
        if (pthread_create(&ch->threads[i], NULL, checker_main, ch) != 0) {
            snprintf(err, errlen, "auth checker: cannot start a thread");
            goto fail;
        }
        ch->started++;
    }
    return ch;
fail:
    mxqd_auth_checker_stop(ch);
    return NULL;
}

void mxqd_auth_checker_stop(struct mxqd_auth_checker *ch)
{
    if (ch == NULL)
        return;
    pthread_mutex_lock(&ch->lock);
    ch->quit = true;
    pthread_cond_broadcast(&ch->cond);
    pthread_mutex_unlock(&ch->lock);
    for (unsigned i = 0; i < ch->started; i++)
        pthread_join(ch->threads[i], NULL);
    /* The threads are gone: whatever is left is only ours. */
    for (struct mxqd_auth_job *j = ch->head, *next; j != NULL; j = next) {
        next = j->next;
        job_free(j);
    }
    for (unsigned i = 0; i < ch->workers; i++) {
        for (struct mxqd_auth_job *j = ch->slots[i].done, *next; j != NULL;
             j = next) {
            next = j->next;
            job_free(j);
        }
        if (ch->slots[i].fd >= 0)
            close(ch->slots[i].fd);
    }
    pthread_mutex_destroy(&ch->lock);
    pthread_cond_destroy(&ch->cond);
    free(ch->slots);
    free(ch);
}

struct mxqd_auth_job *mxqd_auth_checker_submit(struct mxqd_auth_checker *ch,
                                               unsigned worker,
                                               const char *user, size_t ulen,
                                               const char *password,
                                               size_t plen, void *token)
{
    struct mxqd_auth_job *job;

    if (worker >= ch->workers || (job = calloc(1, sizeof *job)) == NULL)
        return NULL;
    job->worker = worker;
    job->token = token;
    job->ulen = ulen;
    job->plen = plen;
    job->user = malloc(ulen + 1);
    job->password = malloc(plen + 1);
    if (job->user == NULL || job->password == NULL) {
        job_free(job);
        return NULL;
    }
    memcpy(job->user, user, ulen);
    memcpy(job->password, password, plen);
    job->user[ulen] = '\0';
    job->password[plen] = '\0';

    pthread_mutex_lock(&ch->lock);
    job->state = JOB_QUEUED;
    if (ch->tail != NULL)
        ch->tail->next = job;
    else
        ch->head = job;
    ch->tail = job;
    pthread_cond_signal(&ch->cond);
    pthread_mutex_unlock(&ch->lock);
    return job;
}

void mxqd_auth_checker_cancel(struct mxqd_auth_checker *ch,
                              struct mxqd_auth_job *job)
{
    if (job == NULL)
        return;
    pthread_mutex_lock(&ch->lock);
    if (job->state == JOB_QUEUED) {
        struct mxqd_auth_job **pp = &ch->head, *prev = NULL;
        while (*pp != NULL && *pp != job) {
            prev = *pp;
            pp = &(*pp)->next;
        }
        if (*pp == job) {
            *pp = job->next;
            if (ch->tail == job)
                ch->tail = prev;
        }
        job_free(job);
    } else {
        /* RUNNING: the thread frees it; DONE: the next collection does. */
        job->cancelled = true;
    }
    pthread_mutex_unlock(&ch->lock);
}

int mxqd_auth_checker_fd(const struct mxqd_auth_checker *ch, unsigned worker)
{
    return worker < ch->workers ? ch->slots[worker].fd : -1;
}

size_t mxqd_auth_checker_completions(struct mxqd_auth_checker *ch,
                                     unsigned worker,
                                     struct mxqd_auth_done *out, size_t max)
{
    struct worker_slot *slot;
    uint64_t count;
    size_t n = 0;

    if (worker >= ch->workers)
        return 0;
    slot = &ch->slots[worker];
    /* Reset the eventfd before looking: a job finished after the look
     * writes it again. */
    if (read(slot->fd, &count, sizeof count) < 0) {
        /* EAGAIN: nothing was signalled; the list may still hold some. */
    }
    pthread_mutex_lock(&ch->lock);
    while (slot->done != NULL && n < max) {
        struct mxqd_auth_job *job = slot->done;
        slot->done = job->next;
        if (!job->cancelled) {
            out[n].token = job->token;
            out[n].ok = job->ok;
            n++;
        }
        job_free(job);
    }
    if (slot->done != NULL) {
        /* More than max: make sure the worker comes back. */
        uint64_t one = 1;
        if (write(slot->fd, &one, sizeof one) < 0) {
            /* see checker_main */
        }
    }
    pthread_mutex_unlock(&ch->lock);
    return n;
}

void mxqd_auth_checker_use(struct mxqd_auth_checker *ch,
                           const struct mxqd_auth *a)
{
    atomic_store(&ch->auth, a);
}
