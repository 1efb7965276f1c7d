/*
 * Application log. Each line is formatted into a local buffer and written
 * with one write(2), which keeps lines of concurrent threads whole (files
 * are opened O_APPEND). Reopening swaps descriptors with dup2(2), which is
 * atomic, so writers never see a closed descriptor.
 */
#include "log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <yajl/yajl_gen.h>

#define LOG_MAX_TARGETS 4
#define LOG_LINE_MAX 1024

struct log_target {
    int fd;              /* -1 for syslog */
    bool is_file;        /* reopened on SIGHUP */
    char path[1024];
};

static struct log_target targets_open[LOG_MAX_TARGETS];
static size_t targets_count;
static bool syslog_open;
static atomic_bool json_lines; /* set again by a reload */
/* mxqd does not fork once its log is open: getpid() once, not a system
 * call per line. */
static long log_pid;

void mxqd_log_use_json(bool json)
{
    json_lines = json;
}

/* The JSON line of a message: escaped by yajl, in line[size]; its
 * length, 0 when it does not fit. */
static size_t json_line(char *line, size_t size, const char *time_text,
                        enum mxqd_log_level level, const char *message);

static const char *level_name(enum mxqd_log_level level)
{
    switch (level) {
    case MXQD_LOG_INFO: return "info";
    case MXQD_LOG_WARNING: return "warning";
    case MXQD_LOG_CRITICAL: return "critical";
    }
    return "info";
}

static int level_priority(enum mxqd_log_level level)
{
    switch (level) {
    case MXQD_LOG_INFO: return LOG_INFO;
    case MXQD_LOG_WARNING: return LOG_WARNING;
    case MXQD_LOG_CRITICAL: return LOG_CRIT;
    }
    return LOG_INFO;
}

static int open_file(const char *path)
{
    return open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
}

int mxqd_log_open(const char (*targets)[1024], size_t count, char *err,
                  size_t errlen)
{
    mxqd_log_close();
    log_pid = (long)getpid();
    for (size_t i = 0; i < count && targets_count < LOG_MAX_TARGETS; i++) {
        struct log_target *t = &targets_open[targets_count];
        const char *name = targets[i];

        memset(t, 0, sizeof *t);
        if (name[0] == '\0')
            continue;
        if (strcmp(name, "stderr") == 0) {
            t->fd = STDERR_FILENO;
        } else if (strcmp(name, "stdout") == 0) {
            t->fd = STDOUT_FILENO;
        } else if (strcmp(name, "syslog") == 0) {
            t->fd = -1;
            if (!syslog_open)
                openlog("mxqd", LOG_PID | LOG_NDELAY, LOG_MAIL);
            syslog_open = true;
        } else {
            if (strlen(name) >= sizeof t->path) {
                snprintf(err, errlen, "application-log: path too long");
                return -1;
            }
            t->fd = open_file(name);
            if (t->fd < 0) {
                snprintf(err, errlen, "application-log: %s: %s", name,
                         strerror(errno));
                return -1;
            }
            t->is_file = true;
            snprintf(t->path, sizeof t->path, "%s", name);
        }
        targets_count++;
    }
    return 0;
}

void mxqd_log_reopen(void)
{
    for (size_t i = 0; i < targets_count; i++) {
        struct log_target *t = &targets_open[i];
        if (!t->is_file)
            continue;
        int fd = open_file(t->path);
        if (fd < 0) {
            mxqd_log(MXQD_LOG_WARNING, "cannot reopen log %s: %s", t->path,
                     strerror(errno));
            continue;
        }
        if (dup2(fd, t->fd) < 0)
            mxqd_log(MXQD_LOG_WARNING, "cannot reopen log %s: %s", t->path,
                     strerror(errno));
        close(fd);
    }
}

void mxqd_log_close(void)
{
    for (size_t i = 0; i < targets_count; i++)
        if (targets_open[i].is_file)
            close(targets_open[i].fd);
    if (syslog_open)
        closelog();
    syslog_open = false;
    targets_count = 0;
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; /* nowhere left to report it */
        p += w;
        n -= (size_t)w;
    }
}

void mxqd_log(enum mxqd_log_level level, const char *fmt, ...)
{
    if (targets_count == 0)
        return;

    char line[LOG_LINE_MAX];
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char time_text[64];
    snprintf(time_text, sizeof time_text, "%04d-%02d-%02d %02d:%02d:%02d",
             tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
             tm.tm_min, tm.tm_sec);
    int head = snprintf(line, sizeof line, "%s mxqd[%ld] %s: ", time_text,
                        log_pid, level_name(level));
    if (head < 0 || (size_t)head >= sizeof line)
        return;

    va_list ap;
    va_start(ap, fmt);
    int body = vsnprintf(line + head, sizeof line - (size_t)head, fmt, ap);
    va_end(ap);
    if (body < 0)
        return;
    size_t len = (size_t)head + (size_t)body;
    if (len > sizeof line - 2)
        len = sizeof line - 2; /* truncated: still one whole line */
    line[len++] = '\n';

    /* escaping may grow it: up to 6 octets for one */
    char json[LOG_LINE_MAX * 6 + 128];
    size_t json_len = 0;
    if (json_lines) {
        line[len - 1] = '\0';
        json_len = json_line(json, sizeof json, time_text, level, line + head);
        line[len - 1] = '\n';
    }
    for (size_t i = 0; i < targets_count; i++) {
        if (targets_open[i].fd < 0) {
            line[len - 1] = '\0';
            syslog(level_priority(level), "%s", line + head);
            line[len - 1] = '\n';
        } else if (json_len > 0) {
            write_all(targets_open[i].fd, json, json_len);
        } else {
            write_all(targets_open[i].fd, line, len);
        }
    }
}

static void put_pair(yajl_gen g, const char *key, const char *value)
{
    yajl_gen_string(g, (const unsigned char *)key, strlen(key));
    yajl_gen_string(g, (const unsigned char *)value, strlen(value));
}

static size_t json_line(char *line, size_t size, const char *time_text,
                        enum mxqd_log_level level, const char *message)
{
    yajl_gen g = yajl_gen_alloc(NULL);
    if (g == NULL)
        return 0;
    /* a message is ours, but may quote a client's bytes: not UTF-8
     * checked by yajl, so escape what is not printable ASCII */
    char safe[LOG_LINE_MAX];
    size_t n = 0;
    for (const char *p = message; *p && n + 1 < sizeof safe; p++)
        safe[n++] = (*p >= 0x20 && *p < 0x7f) ? *p : '?';
    safe[n] = '\0';
    yajl_gen_map_open(g);
    put_pair(g, "time", time_text);
    yajl_gen_string(g, (const unsigned char *)"pid", 3);
    yajl_gen_integer(g, log_pid);
    put_pair(g, "level", level_name(level));
    put_pair(g, "message", safe);
    yajl_gen_map_close(g);
    const unsigned char *buf;
    size_t len = 0;
    bool ok = yajl_gen_get_buf(g, &buf, &len) == yajl_gen_status_ok &&
              len + 1 < size;
    if (ok) {
        memcpy(line, buf, len);
        line[len++] = '\n';
    }
    yajl_gen_free(g);
    return ok ? len : 0;
}
