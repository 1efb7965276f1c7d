/*
 * Whether a received message is a report, and what it says: the `report`
 * object of the documents of its local recipients (rabbitmq-reports).
 *
 * A report is, in this order: a multipart/report, or any message with a
 * report part (message/delivery-status, message/feedback-report,
 * message/disposition-notification, application/tlsrpt+json/gzip); a
 * DMARC or TLS report attached as XML, JSON, gzip or zip, which is one
 * when it parses, or when the message says it is one (RFC 7489
 * §7.2.1.1's "Report Domain:" subject or '!' file name, RFC 8460 §5.3's
 * TLS-Report-Domain field) and then it is one with its error; and last a
 * bounce that is no RFC 3464 report: a bounce subject from a null sender
 * or from MAILER-DAEMON/postmaster.
 */
#ifndef MXQ_REPORT_FIND_H
#define MXQ_REPORT_FIND_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

enum mxq_report_found {
    MXQ_REPORT_FOUND_NONE,     /* not a report */
    MXQ_REPORT_FOUND,          /* *json holds the report object */
    MXQ_REPORT_FOUND_NO_MEMORY
};

/* Reads msg[0..n) (the whole message as stored); null_sender: the
 * envelope's reverse-path was <>. *json (empty on entry) gets the report
 * object's JSON text, {"type": ..., ...}. */
enum mxq_report_found mxq_report_find(const char *msg, size_t n,
                                      bool null_sender,
                                      struct mxq_buffer *json);

#endif
