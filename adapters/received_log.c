/*
 * The received log: see received_log.h. Lines are rendered outside the
 * lock (the document's JSON without its MIME, parsed with yajl's tree);
 * only the write, and the check whether the file was rotated away, are
 * under it.
 */
#include "received_log.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yajl/yajl_tree.h>

#include "log.h"
#include "log_template.h"

/* A longer line is cut there (a line is a few hundred octets). */
#define RECEIVED_LINE_MAX (1024 * 1024)

struct mxqd_received_log {
    pthread_mutex_t lock;
    int fd;
    char *path;
    struct mxq_log_template *tpl;
    dev_t dev;                     /* of the file fd has open */
    ino_t ino;
    time_t checked;                /* monotonic second of the last check */
    bool failing;                  /* the last write failed (reported) */
    bool reopen_failing;           /* the last reopen failed (reported) */
};

static int open_file(const char *path)
{
    return open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOCTTY,
                0640);
}

static struct mxq_log_template *compile(const char *format, char *err,
                                        size_t errlen)
{
    if (format == NULL || format[0] == '\0')
        format = MXQ_LOG_TEMPLATE_DEFAULT;
    struct mxq_log_template_error e;
    struct mxq_log_template *t =
        mxq_log_template_compile(format, strlen(format), &e);
    if (t == NULL)
        snprintf(err, errlen, "received-log-format: %s (at offset %zu)",
                 e.message, e.offset);
    return t;
}

int mxqd_received_log_check_format(const char *format, char *err,
                                   size_t errlen)
{
    struct mxq_log_template *t = compile(format, err, errlen);
    if (t == NULL)
        return -1;
    mxq_log_template_free(t);
    return 0;
}

struct mxqd_received_log *mxqd_received_log_open(const char *path,
                                                 const char *format,
                                                 char *err, size_t errlen)
{
    if (errlen > 0)
        err[0] = '\0';
    if (path == NULL || path[0] == '\0')
        return NULL;
    struct mxqd_received_log *log = calloc(1, sizeof *log);
    if (log == NULL) {
        snprintf(err, errlen, "received-log-file: out of memory");
        return NULL;
    }
    log->fd = -1;
    log->tpl = compile(format, err, errlen);
    log->path = strdup(path);
    if (log->tpl == NULL || log->path == NULL) {
        if (log->path == NULL)
            snprintf(err, errlen, "received-log-file: out of memory");
        goto fail;
    }
    log->fd = open_file(path);
    struct stat st;
    if (log->fd < 0 || fstat(log->fd, &st) != 0) {
        snprintf(err, errlen, "received-log-file %s: %s", path,
                 strerror(errno));
        goto fail;
    }
    log->dev = st.st_dev;
    log->ino = st.st_ino;
    if (pthread_mutex_init(&log->lock, NULL) != 0) {
        snprintf(err, errlen, "received-log-file: cannot create a mutex");
        goto fail;
    }
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    log->checked = ts.tv_sec;
    return log;

fail:
    if (log->fd >= 0)
        close(log->fd);
    mxq_log_template_free(log->tpl);
    free(log->path);
    free(log);
    return NULL;
}

void mxqd_received_log_close(struct mxqd_received_log *log)
{
    if (log == NULL)
        return;
    pthread_mutex_destroy(&log->lock);
    if (log->fd >= 0)
        close(log->fd);
    mxq_log_template_free(log->tpl);
    free(log->path);
    free(log);
}

/* Under the lock. */
static int reopen_locked(struct mxqd_received_log *log)
{
    int fd = open_file(log->path);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        if (!log->reopen_failing)
            mxqd_log(MXQD_LOG_WARNING, "cannot reopen received log %s: %s",
                     log->path, strerror(e));
        log->reopen_failing = true;
        return -1;
    }
    log->reopen_failing = false;
    if (log->fd >= 0)
        close(log->fd);
    log->fd = fd;
    log->dev = st.st_dev;
    log->ino = st.st_ino;
    return 0;
}

int mxqd_received_log_reopen(struct mxqd_received_log *log)
{
    if (log == NULL)
        return 0;
    pthread_mutex_lock(&log->lock);
    int r = reopen_locked(log);
    pthread_mutex_unlock(&log->lock);
    return r;
}

/* Under the lock: at most once a second, whether the file open is still
 * the one at the path (logrotate without copytruncate, rm). */
static void check_rotated_locked(struct mxqd_received_log *log)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (ts.tv_sec == log->checked)
        return;
    log->checked = ts.tv_sec;
    struct stat open_st, path_st;
    bool gone = fstat(log->fd, &open_st) == 0 && open_st.st_nlink == 0;
    if (!gone) {
        if (stat(log->path, &path_st) != 0)
            gone = errno == ENOENT || errno == ENOTDIR;
        else
            gone = path_st.st_dev != log->dev || path_st.st_ino != log->ino;
    }
    if (gone)
        reopen_locked(log);
}

static void write_locked(struct mxqd_received_log *log, const char *p,
                         size_t n)
{
    while (n > 0) {
        ssize_t w = write(log->fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (!log->failing)
                mxqd_log(MXQD_LOG_WARNING, "cannot write received log %s: %s",
                         log->path, w < 0 ? strerror(errno) : "short write");
            log->failing = true;
            return;
        }
        p += w;
        n -= (size_t)w;
    }
    log->failing = false;
}

/* The lines being made: a buffer on the stack, then on the heap. */
struct batch {
    char *p;
    size_t len, cap;
    bool heap, broken;
};

static bool batch_reserve(struct batch *b, size_t more)
{
    if (b->broken)
        return false;
    if (more <= b->cap - b->len)
        return true;
    size_t cap = b->cap * 2;
    while (cap - b->len < more)
        cap *= 2;
    char *p = b->heap ? realloc(b->p, cap) : malloc(cap);
    if (p == NULL) {
        b->broken = true;
        return false;
    }
    if (!b->heap)
        memcpy(p, b->p, b->len);
    b->p = p;
    b->cap = cap;
    b->heap = true;
    return true;
}

/* The document's JSON with an empty "mime" (parts[1] left out): parts[0]
 * ends inside the mime string, parts[2] goes on from its closing quote. */
static char *json_without_mime(const struct mxq_document *d, char **buf,
                               size_t *cap)
{
    size_t n = 0;
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++)
        if (i != 1)
            n += d->parts[i].n;
    if (n + 1 > *cap) {
        char *p = realloc(*buf, n + 1);
        if (p == NULL)
            return NULL;
        *buf = p;
        *cap = n + 1;
    }
    char *out = *buf;
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++) {
        if (i == 1 || d->parts[i].n == 0)
            continue;
        memcpy(out, d->parts[i].p, d->parts[i].n);
        out += d->parts[i].n;
    }
    *out = '\0';
    return *buf;
}

static void render_line(const struct mxq_log_template *tpl,
                        const struct mxq_log_vars *vars, struct batch *b)
{
    /* room for a typical line and its newline first */
    if (!batch_reserve(b, 512))
        return;
    size_t room = b->cap - b->len - 1;
    size_t n = mxq_log_template_render(tpl, vars, b->p + b->len, room);
    if (n > room) {
        if (n > RECEIVED_LINE_MAX)
            n = RECEIVED_LINE_MAX;
        if (!batch_reserve(b, n + 1))
            return;
        mxq_log_template_render(tpl, vars, b->p + b->len, n);
    }
    b->len += n;
    b->p[b->len++] = '\n';
}

void mxqd_received_log_write_at(struct mxqd_received_log *log,
                                const struct mxq_document *docs,
                                size_t count, time_t now)
{
    if (log == NULL || count == 0)
        return;
    char date[32] = "";
    struct tm tm;
    if (gmtime_r(&now, &tm) != NULL)
        strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);

    char first[4096];
    struct batch b = {first, 0, sizeof first, false, false};
    char *json = NULL;
    size_t json_cap = 0;
    for (size_t i = 0; i < count; i++) {
        char *text = json_without_mime(&docs[i], &json, &json_cap);
        char why[128];
        yajl_val v = text != NULL ? yajl_tree_parse(text, why, sizeof why)
                                  : NULL;
        struct mxq_log_vars vars = {v, mxq_log_template_is_report(v), date,
                                    (int64_t)now};
        render_line(log->tpl, &vars, &b);
        yajl_tree_free(v);
    }
    free(json);

    if (b.broken) {
        mxqd_log(MXQD_LOG_WARNING, "received log %s: out of memory, "
                 "%zu lines lost", log->path, count);
    } else {
        pthread_mutex_lock(&log->lock);
        check_rotated_locked(log);
        write_locked(log, b.p, b.len);
        pthread_mutex_unlock(&log->lock);
    }
    if (b.heap)
        free(b.p);
}

void mxqd_received_log_write(struct mxqd_received_log *log,
                             const struct mxq_document *docs, size_t count)
{
    if (log == NULL || count == 0)
        return;
    mxqd_received_log_write_at(log, docs, count, time(NULL));
}
