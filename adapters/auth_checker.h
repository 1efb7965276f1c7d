/*
 * The slow half of AUTH checks (crypt hashes), run on checker threads so
 * that no SMTP worker waits for it. A worker submits a job with a token
 * (its connection); the verdict comes back through the worker's eventfd
 * and mxqd_auth_checker_completions(), on the worker's own thread. A job
 * whose connection went away is cancelled and its verdict dropped.
 *
 * Jobs wait in one queue for all workers. It needs no limit of its own:
 * a connection has at most one job, so connections bound the queue.
 */
#ifndef MXQD_AUTH_CHECKER_H
#define MXQD_AUTH_CHECKER_H

#include <stdbool.h>
#include <stddef.h>

#include "auth.h"

#define MXQD_AUTH_CHECKER_THREADS 2

struct mxqd_auth_checker;
struct mxqd_auth_job;

/* Starts threads for auth (which must outlive the checker) serving
 * `workers` worker threads. Signals must be blocked already. NULL with
 * err filled on failure. */
struct mxqd_auth_checker *mxqd_auth_checker_start(const struct mxqd_auth *a,
                                                  unsigned workers,
                                                  unsigned threads,
                                                  char *err, size_t errlen);

/* Stops the threads and frees every job. */
void mxqd_auth_checker_stop(struct mxqd_auth_checker *ch);

/* Queues a check; the credentials are copied (and wiped when done).
 * NULL when out of memory. */
struct mxqd_auth_job *mxqd_auth_checker_submit(struct mxqd_auth_checker *ch,
                                               unsigned worker,
                                               const char *user, size_t ulen,
                                               const char *password,
                                               size_t plen, void *token);

/* The token is going away: its verdict will not be reported. Call it on
 * the submitting worker, for a job not yet reported. */
void mxqd_auth_checker_cancel(struct mxqd_auth_checker *ch,
                              struct mxqd_auth_job *job);

/* The eventfd that becomes readable when the worker has verdicts. */
int mxqd_auth_checker_fd(const struct mxqd_auth_checker *ch, unsigned worker);

struct mxqd_auth_done {
    void *token;
    bool ok;
};

/* Up to max verdicts for the worker (the jobs are freed). */
size_t mxqd_auth_checker_completions(struct mxqd_auth_checker *ch,
                                     unsigned worker,
                                     struct mxqd_auth_done *out, size_t max);

/* SIGHUP: the credentials the jobs from now on are checked against (the
 * old ones must stay valid: a job may be checking with them). */
void mxqd_auth_checker_use(struct mxqd_auth_checker *ch,
                           const struct mxqd_auth *a);

#endif
