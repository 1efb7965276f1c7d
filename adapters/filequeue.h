/*
 * The embedded durable queue: queue-directory/<queue>/{tmp,new}/, as in
 * maildir. A batch holds the documents completed together; committing it
 * writes one JSON-lines file per queue in tmp/, fsyncs it, renames it into
 * new/ and fsyncs new/. A batch is all or nothing: after a failed commit no
 * file of it is left in new/ or tmp/.
 */
#ifndef MXQD_FILEQUEUE_H
#define MXQD_FILEQUEUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#define MXQD_FQ_MAX_QUEUES 16        /* distinct queue names per process */
#define MXQD_FQ_QUEUE_NAME_MAX 255

struct mxqd_filequeue;
struct mxqd_fq_batch;

/* Creates dir and dir/<queue>/{tmp,new} for each name given (more queues
 * are created when a document names them). Files an earlier run left in a
 * queue's tmp/ were never acknowledged and are removed (logged with their
 * count); so two processes must not share a queue directory. NULL with err
 * filled on error. */
struct mxqd_filequeue *mxqd_filequeue_open(const char *dir,
                                           const char *const *queues,
                                           size_t count, char *err,
                                           size_t errlen);
void mxqd_filequeue_close(struct mxqd_filequeue *q);

/* A batch for one thread; `thread` goes into the file names. */
struct mxqd_fq_batch *mxqd_fq_batch_new(struct mxqd_filequeue *q,
                                        unsigned thread);
void mxqd_fq_batch_free(struct mxqd_fq_batch *b);

/* Adds the documents of one message: all of them or, on failure (a bad
 * queue name, no memory), none. Returns 0 or an errno value. Nothing is
 * copied: the documents' parts must stay valid until the commit. */
int mxqd_fq_batch_add(struct mxqd_fq_batch *b,
                      const struct mxq_document *docs, size_t count);

/* Documents added since the last commit. */
size_t mxqd_fq_batch_documents(const struct mxqd_fq_batch *b);

/* Makes the batches (of one queue directory, one thread's each) durable
 * together, one file per queue for all of them, and empties them: one
 * round. `now` (Unix seconds) and the first batch's thread go into the
 * file names. Returns 0, or the errno value of the first failure; then
 * none of the round's files stays. */
int mxqd_fq_commit(struct mxqd_fq_batch *const *batches, size_t count,
                   int64_t now);

/* mxqd_fq_commit() of one batch. */
int mxqd_fq_batch_commit(struct mxqd_fq_batch *b, int64_t now);

/* For tests: fault, when not NULL, is called before each step of this
 * queue's commits; a nonzero return is taken as that step failing with
 * that errno value. */
enum mxqd_fq_step {
    MXQD_FQ_STEP_CREATE, MXQD_FQ_STEP_WRITE, MXQD_FQ_STEP_FSYNC,
    MXQD_FQ_STEP_CLOSE, MXQD_FQ_STEP_RENAME, MXQD_FQ_STEP_DIRSYNC
};
typedef int mxqd_fq_fault_fn(enum mxqd_fq_step step);
void mxqd_filequeue_inject_faults(struct mxqd_filequeue *q,
                                  mxqd_fq_fault_fn *fault);

#endif
