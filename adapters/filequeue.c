/*
 * Durable file queue with group commit. A batch keeps, per queue, the
 * parts of its documents' JSON lines (not copies: the documents stay the
 * sessions' until their store is answered, which is after the commit); a
 * commit (a round) takes one or more batches and writes each queue's parts
 * of all of them with writev into one file:
 *
 *   tmp/NAME: create (O_EXCL), write, fsync, close
 *   rename tmp/NAME -> new/NAME, then fsync new/
 *
 * Every file of the round is in tmp/ and synced before the first rename, so
 * a failure before the renames leaves nothing in new/; a failure after them
 * unlinks the renamed files again. Paths are used rather than directory
 * descriptors so that a queue directory removed under a running daemon
 * fails the store instead of writing into an unlinked directory.
 */
#include "filequeue.h"
#include "log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <mxq/array.h>

#define FQ_FILE_NAME_MAX 96
#define FQ_PATH_MAX (PATH_MAX + MXQD_FQ_QUEUE_NAME_MAX + FQ_FILE_NAME_MAX + 8)
/* A part list that grew beyond this during a burst is given back
 * afterwards. */
#define FQ_PARTS_KEEP 4096
/* At most this many parts per writev (IOV_MAX is at least 1024). */
#define FQ_WRITEV_MAX 1024

struct mxqd_filequeue {
    pthread_mutex_t lock;           /* guards count and adding names */
    uint64_t files;                 /* file name counter, atomic */
    size_t count;
    char dir[PATH_MAX];
    char names[MXQD_FQ_MAX_QUEUES][MXQD_FQ_QUEUE_NAME_MAX + 1];
    mxqd_fq_fault_fn *fault;        /* tests only: see filequeue.h */
};

struct fq_slot {
    size_t queue;                   /* index into names */
    struct iovec *parts;            /* the lines, in pieces */
    size_t count, cap;              /* parts[0..count) */
    size_t len;                     /* octets in them */
    size_t documents;
};

/* One file of a round: the lines of every batch of the round for one
 * queue. */
struct fq_file {
    size_t queue;                   /* index into names */
    size_t documents;
    char name[FQ_FILE_NAME_MAX];
    bool in_tmp, in_new;
};

/* One commit: its batches, and a file per queue they have lines for. */
struct fq_round {
    struct mxqd_filequeue *q;
    struct mxqd_fq_batch *const *batches;
    size_t count;
    size_t files;
    struct fq_file file[MXQD_FQ_MAX_QUEUES];
};

struct mxqd_fq_batch {
    struct mxqd_filequeue *q;
    unsigned thread;
    size_t documents;
    size_t slots;
    struct fq_slot slot[MXQD_FQ_MAX_QUEUES];
};

static int fault(const struct fq_round *r, enum mxqd_fq_step step)
{
    return r->q->fault ? r->q->fault(step) : 0;
}

void mxqd_filequeue_inject_faults(struct mxqd_filequeue *q,
                                  mxqd_fq_fault_fn *fault)
{
    q->fault = fault;
}

static bool valid_queue_name(const char *name)
{
    size_t len = strnlen(name, MXQD_FQ_QUEUE_NAME_MAX + 1);
    if (len == 0 || len > MXQD_FQ_QUEUE_NAME_MAX)
        return false;
    if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        return false;
    return strchr(name, '/') == NULL;
}

static int make_dir(const char *path)
{
    struct stat st;
    if (mkdir(path, 0750) < 0 && errno != EEXIST)
        return errno;
    if (stat(path, &st) < 0)
        return errno;
    return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
}

/* dir/queue, dir/queue/sub or dir/queue/sub/file. */
static int path_of(char *out, const struct mxqd_filequeue *q, size_t queue,
                   const char *sub, const char *file)
{
    const char *name = q->names[queue];
    int n;

    if (sub == NULL)
        n = snprintf(out, FQ_PATH_MAX, "%s/%s", q->dir, name);
    else if (file == NULL)
        n = snprintf(out, FQ_PATH_MAX, "%s/%s/%s", q->dir, name, sub);
    else
        n = snprintf(out, FQ_PATH_MAX, "%s/%s/%s/%s", q->dir, name, sub, file);
    return n < 0 || n >= FQ_PATH_MAX ? ENAMETOOLONG : 0;
}

/* Files left in tmp/ by an earlier run were never renamed into new/, so
 * none of their documents was acknowledged: they go. Called before this
 * process writes anything into the queue. */
static void remove_leftovers(const char *tmp)
{
    DIR *d = opendir(tmp);
    struct dirent *e;
    size_t removed = 0, failed = 0;

    if (d == NULL) {
        mxqd_log(MXQD_LOG_WARNING, "cannot read %s: %s", tmp,
                 strerror(errno));
        return;
    }
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (unlinkat(dirfd(d), e->d_name, 0) == 0)
            removed++;
        else
            failed++;
    }
    closedir(d);
    if (removed > 0)
        mxqd_log(MXQD_LOG_WARNING, "removed %zu leftover files from %s "
                 "(an earlier run never acknowledged them)", removed, tmp);
    if (failed > 0)
        mxqd_log(MXQD_LOG_WARNING, "cannot remove %zu entries of %s", failed,
                 tmp);
}

/* Creates the directories of a new queue and empties its tmp/. Called with
 * q->lock held (or before any thread runs). Returns 0 or an errno value. */
static int create_queue(struct mxqd_filequeue *q, const char *name,
                        size_t *index)
{
    char path[FQ_PATH_MAX];
    int err;

    for (size_t i = 0; i < q->count; i++) {
        if (strcmp(q->names[i], name) == 0) {
            *index = i;
            return 0;
        }
    }
    if (!valid_queue_name(name))
        return EINVAL;
    if (q->count == MXQD_FQ_MAX_QUEUES)
        return ENOSPC;
    size_t i = q->count;
    memcpy(q->names[i], name, strlen(name) + 1);
    if ((err = path_of(path, q, i, NULL, NULL)) || (err = make_dir(path)) ||
        (err = path_of(path, q, i, "new", NULL)) || (err = make_dir(path)) ||
        (err = path_of(path, q, i, "tmp", NULL)) || (err = make_dir(path)))
        return err;
    remove_leftovers(path);
    q->count = i + 1;
    *index = i;
    return 0;
}

struct mxqd_filequeue *mxqd_filequeue_open(const char *dir,
                                           const char *const *queues,
                                           size_t count, char *err,
                                           size_t errlen)
{
    struct mxqd_filequeue *q = calloc(1, sizeof *q);
    int e;

    if (q == NULL) {
        snprintf(err, errlen, "queue-directory: out of memory");
        return NULL;
    }
    pthread_mutex_init(&q->lock, NULL);
    if (dir[0] == '\0' || strlen(dir) >= sizeof q->dir) {
        snprintf(err, errlen, "queue-directory: bad path");
        goto fail;
    }
    memcpy(q->dir, dir, strlen(dir) + 1);
    if ((e = make_dir(q->dir)) != 0) {
        snprintf(err, errlen, "queue-directory %s: %s", dir, strerror(e));
        goto fail;
    }
    for (size_t i = 0; i < count; i++) {
        size_t index;
        if (queues[i][0] == '\0')
            continue;
        if ((e = create_queue(q, queues[i], &index)) != 0) {
            snprintf(err, errlen, "queue %s in %s: %s", queues[i], dir,
                     e == EINVAL ? "not a valid queue name" : strerror(e));
            goto fail;
        }
    }
    return q;
fail:
    mxqd_filequeue_close(q);
    return NULL;
}

void mxqd_filequeue_close(struct mxqd_filequeue *q)
{
    if (q == NULL)
        return;
    pthread_mutex_destroy(&q->lock);
    free(q);
}

struct mxqd_fq_batch *mxqd_fq_batch_new(struct mxqd_filequeue *q,
                                        unsigned thread)
{
    struct mxqd_fq_batch *b = calloc(1, sizeof *b);
    if (b == NULL)
        return NULL;
    b->q = q;
    b->thread = thread;
    return b;
}

void mxqd_fq_batch_free(struct mxqd_fq_batch *b)
{
    if (b == NULL)
        return;
    for (size_t i = 0; i < b->slots; i++)
        free(b->slot[i].parts);
    free(b);
}

size_t mxqd_fq_batch_documents(const struct mxqd_fq_batch *b)
{
    return b->documents;
}

/* The batch's slot for a queue name, created on first use. */
static int slot_for(struct mxqd_fq_batch *b, const char *name,
                    struct fq_slot **out)
{
    struct mxqd_filequeue *q = b->q;
    size_t index;
    int err;

    for (size_t i = 0; i < b->slots; i++) {
        if (strcmp(q->names[b->slot[i].queue], name) == 0) {
            *out = &b->slot[i];
            return 0;
        }
    }
    pthread_mutex_lock(&q->lock);
    err = create_queue(q, name, &index);
    pthread_mutex_unlock(&q->lock);
    if (err)
        return err;
    if (b->slots == MXQD_FQ_MAX_QUEUES)
        return ENOSPC;
    *out = &b->slot[b->slots++];
    memset(*out, 0, sizeof **out);
    (*out)->queue = index;
    return 0;
}

static int append(struct fq_slot *s, const struct mxq_document *d)
{
    static const char newline = '\n';
    if (d->json_len > SIZE_MAX / 2 - s->len - 1)
        return ENOMEM;
    if (!mxq_array_reserve((void **)&s->parts, &s->cap,
                           s->count + MXQ_DOCUMENT_PARTS + 1,
                           sizeof *s->parts, 64))
        return ENOMEM;
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++)
        if (d->parts[i].n > 0)
            s->parts[s->count++] = (struct iovec){(void *)d->parts[i].p,
                                                  d->parts[i].n};
    s->parts[s->count++] = (struct iovec){(void *)&newline, 1};
    s->len += d->json_len + 1;
    return 0;
}

static bool has_newline(const struct mxq_document *d)
{
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++)
        if (d->parts[i].n > 0 && memchr(d->parts[i].p, '\n', d->parts[i].n))
            return true;
    return false;
}

int mxqd_fq_batch_add(struct mxqd_fq_batch *b,
                      const struct mxq_document *docs, size_t count)
{
    size_t mark[MXQD_FQ_MAX_QUEUES], mark_documents[MXQD_FQ_MAX_QUEUES];
    size_t slots = b->slots;
    int err = 0;

    size_t mark_count[MXQD_FQ_MAX_QUEUES];
    for (size_t i = 0; i < slots; i++) {
        mark[i] = b->slot[i].len;
        mark_count[i] = b->slot[i].count;
        mark_documents[i] = b->slot[i].documents;
    }
    for (size_t i = 0; i < count && err == 0; i++) {
        struct fq_slot *s;
        /* One document per line: a raw newline would break the framing. */
        if (docs[i].json_len == 0 || docs[i].queue == NULL ||
            has_newline(&docs[i]))
            err = EINVAL;
        else if ((err = slot_for(b, docs[i].queue, &s)) == 0 &&
                 (err = append(s, &docs[i])) == 0)
            s->documents++;
    }
    if (err) {
        for (size_t i = 0; i < slots; i++) {
            b->slot[i].len = mark[i];
            b->slot[i].count = mark_count[i];
            b->slot[i].documents = mark_documents[i];
        }
        for (size_t i = slots; i < b->slots; i++)
            b->slot[i].len = b->slot[i].count = b->slot[i].documents = 0;
        return err;
    }
    b->documents += count;
    return 0;
}

/* Writes parts[0..count) whole; the parts are consumed as they go. */
static int write_all(int fd, struct iovec *parts, size_t count)
{
    while (count > 0) {
        int n = count < FQ_WRITEV_MAX ? (int)count : FQ_WRITEV_MAX;
        ssize_t w = writev(fd, parts, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return errno;
        if (w == 0)
            return EIO;
        size_t done = (size_t)w;
        while (count > 0 && done >= parts->iov_len) {
            done -= parts->iov_len;
            parts++;
            count--;
        }
        if (done > 0) { /* a part written in part */
            parts->iov_base = (char *)parts->iov_base + done;
            parts->iov_len -= done;
        }
    }
    return 0;
}

/* The batch's lines for a queue, or NULL when it has none. */
static struct fq_slot *slot_of(struct mxqd_fq_batch *b, size_t queue)
{
    for (size_t i = 0; i < b->slots; i++)
        if (b->slot[i].queue == queue && b->slot[i].len > 0)
            return &b->slot[i];
    return NULL;
}

/* tmp/NAME: created, written with every batch's lines and synced. */
static int write_tmp(struct fq_round *r, struct fq_file *f)
{
    char path[FQ_PATH_MAX];
    int err, fd;

    if ((err = path_of(path, r->q, f->queue, "tmp", f->name)))
        return err;
    if ((err = fault(r, MXQD_FQ_STEP_CREATE)))
        return err;
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    if (fd < 0)
        return errno;
    f->in_tmp = true;
    err = fault(r, MXQD_FQ_STEP_WRITE);
    for (size_t i = 0; i < r->count && !err; i++) {
        struct fq_slot *s = slot_of(r->batches[i], f->queue);
        if (s != NULL)
            err = write_all(fd, s->parts, s->count);
    }
    if (!err && !(err = fault(r, MXQD_FQ_STEP_FSYNC)) && fsync(fd) < 0)
        err = errno;
    if (close(fd) < 0 && !err)
        err = errno;
    if (!err)
        err = fault(r, MXQD_FQ_STEP_CLOSE);
    return err;
}

static int move_to_new(struct fq_round *r, struct fq_file *f)
{
    char from[FQ_PATH_MAX], to[FQ_PATH_MAX];
    int err;

    if ((err = path_of(from, r->q, f->queue, "tmp", f->name)) ||
        (err = path_of(to, r->q, f->queue, "new", f->name)))
        return err;
    if ((err = fault(r, MXQD_FQ_STEP_RENAME)))
        return err;
    /* Never replace a file in new/: that would lose acknowledged mail. */
    if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) < 0) {
        if (errno != EINVAL)
            return errno;
        /* A file system without RENAME_NOREPLACE: link(2) does not
         * replace either. */
        if (link(from, to) < 0)
            return errno;
        unlink(from);
    }
    f->in_tmp = false;
    f->in_new = true;
    return 0;
}

static int sync_new_dir(struct fq_round *r, struct fq_file *f)
{
    char path[FQ_PATH_MAX];
    int err, fd;

    if ((err = path_of(path, r->q, f->queue, "new", NULL)))
        return err;
    if ((err = fault(r, MXQD_FQ_STEP_DIRSYNC)))
        return err;
    fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    if (fsync(fd) < 0)
        err = errno;
    close(fd);
    return err;
}

/* After a failure: no file of the round may stay, in new/ or in tmp/. */
static void remove_file(struct fq_round *r, struct fq_file *f)
{
    char path[FQ_PATH_MAX];

    if (f->in_new && path_of(path, r->q, f->queue, "new", f->name) == 0)
        unlink(path);
    if (f->in_tmp && path_of(path, r->q, f->queue, "tmp", f->name) == 0)
        unlink(path);
}

static void log_outcome(struct fq_round *r, struct fq_file *f, int err)
{
    char path[FQ_PATH_MAX];

    if (path_of(path, r->q, f->queue, "new", f->name) != 0)
        return;
    if (err)
        mxqd_log(MXQD_LOG_CRITICAL, "storing %zu documents in %s failed: %s",
                 f->documents, path, strerror(err));
    else
        mxqd_log(MXQD_LOG_INFO, "stored %zu documents in %s", f->documents,
                 path);
}

/* A file for each queue the batches have lines for, named: unique within
 * the process whatever the round or thread (the counter); the time and pid
 * make it unique across restarts. */
static void plan_files(struct fq_round *r, int64_t now)
{
    for (size_t i = 0; i < r->count; i++) {
        struct mxqd_fq_batch *b = r->batches[i];
        for (size_t k = 0; k < b->slots; k++) {
            struct fq_slot *s = &b->slot[k];
            size_t f = 0;
            if (s->len == 0)
                continue;
            while (f < r->files && r->file[f].queue != s->queue)
                f++;
            if (f == r->files)
                r->file[r->files++] = (struct fq_file){.queue = s->queue};
            r->file[f].documents += s->documents;
        }
    }
    for (size_t f = 0; f < r->files; f++) {
        uint64_t n = __atomic_fetch_add(&r->q->files, 1, __ATOMIC_RELAXED);
        snprintf(r->file[f].name, sizeof r->file[f].name,
                 "%lld.%ld.%u.%llu.jsonl", (long long)now, (long)getpid(),
                 r->batches[0]->thread, (unsigned long long)n);
    }
}

/* Empties a committed batch, giving back a part list a burst grew. */
static void reset_batch(struct mxqd_fq_batch *b)
{
    for (size_t i = 0; i < b->slots; i++) {
        struct fq_slot *s = &b->slot[i];
        s->len = s->count = s->documents = 0;
        if (s->cap > FQ_PARTS_KEEP) {
            free(s->parts);
            s->parts = NULL;
            s->cap = 0;
        }
    }
    b->documents = 0;
}

int mxqd_fq_commit(struct mxqd_fq_batch *const *batches, size_t count,
                   int64_t now)
{
    struct fq_round r = {.batches = batches, .count = count};
    int err = 0;

    if (count == 0)
        return 0;
    r.q = batches[0]->q;
    plan_files(&r, now);
    for (size_t f = 0; f < r.files && !err; f++)
        err = write_tmp(&r, &r.file[f]);
    for (size_t f = 0; f < r.files && !err; f++)
        err = move_to_new(&r, &r.file[f]);
    for (size_t f = 0; f < r.files && !err; f++)
        err = sync_new_dir(&r, &r.file[f]);
    for (size_t f = 0; f < r.files; f++) {
        log_outcome(&r, &r.file[f], err);
        if (err)
            remove_file(&r, &r.file[f]);
    }
    for (size_t i = 0; i < count; i++)
        reset_batch(batches[i]);
    return err;
}

int mxqd_fq_batch_commit(struct mxqd_fq_batch *b, int64_t now)
{
    return mxqd_fq_commit(&b, 1, now);
}
