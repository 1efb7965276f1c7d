/*
 * The received log (`received-log-file`, `received-log-format`): one line
 * per stored document, rendered from the line template
 * (grammar/log_template.h) over the document's JSON without its MIME.
 *
 * The file is opened O_APPEND; each call writes its lines with one
 * write(2) under a mutex, so lines of concurrent threads never mix. It is
 * reopened by mxqd_received_log_reopen() (SIGHUP, logrotate), and by a
 * write that finds, at most once a second, that the file it has open was
 * removed or renamed away from the path (MailerQ "reopens files that have
 * been removed").
 *
 * No log (NULL) is valid everywhere and does nothing.
 */
#ifndef MXQD_RECEIVED_LOG_H
#define MXQD_RECEIVED_LOG_H

#include <stddef.h>
#include <time.h>

#include <mxq/mxq.h>

struct mxqd_received_log;

/* Compiles format (NULL or "": MailerQ's default) and opens path
 * (created 0640). An empty or NULL path is no log: returns NULL with
 * err "" (nothing is done later). Otherwise returns the log, or NULL
 * with err saying why (a template that does not parse, with its offset;
 * a file that cannot be opened). */
struct mxqd_received_log *mxqd_received_log_open(const char *path,
                                                 const char *format,
                                                 char *err, size_t errlen);

/* Checks a format alone (--check-config): 0, or -1 with err filled. */
int mxqd_received_log_check_format(const char *format, char *err,
                                   size_t errlen);

/* One line per document of docs[0..count), $date and $time the current
 * time; the lines of one call go out in one write(2). Thread-safe. A
 * write that fails is reported on the application log (once until
 * writes succeed again); the documents are stored all the same. */
void mxqd_received_log_write(struct mxqd_received_log *log,
                             const struct mxq_document *docs, size_t count);

/* The same with $date/$time from `now` (tests). */
void mxqd_received_log_write_at(struct mxqd_received_log *log,
                                const struct mxq_document *docs,
                                size_t count, time_t now);

/* Reopens the file at its path; when that fails the old descriptor stays
 * (and a warning goes to the application log). Returns 0 or -1. */
int mxqd_received_log_reopen(struct mxqd_received_log *log);

void mxqd_received_log_close(struct mxqd_received_log *log);

#endif
