/*
 * mxqd's application log (`application-log`): stderr, stdout, syslog or
 * files. One write per line, so lines from several threads never mix.
 * Callers log events and identifiers, never message content.
 */
#ifndef MXQD_LOG_H
#define MXQD_LOG_H

#include <stdbool.h>
#include <stddef.h>

enum mxqd_log_level { MXQD_LOG_INFO, MXQD_LOG_WARNING, MXQD_LOG_CRITICAL };

/* Opens the targets ("stderr", "stdout", "syslog" or a file path, appended
 * to). No target: nothing is logged. Returns 0, or -1 with err filled. */
int mxqd_log_open(const char (*targets)[1024], size_t count, char *err,
                  size_t errlen);

/* Reopens the files (SIGHUP, after logrotate moved them). A file that
 * cannot be reopened keeps its old descriptor. */
void mxqd_log_reopen(void);

void mxqd_log_close(void);

/* `application-log-format: json`: every line one JSON object, {"time",
 * "pid", "level", "message"}, the same fields as a text line's (syslog
 * keeps its own format). */
void mxqd_log_use_json(bool json);

void mxqd_log(enum mxqd_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
