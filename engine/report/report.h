/*
 * Reports that arrive as mail, read into the message's JSON document as
 * its `report` object: DMARC aggregate reports (RFC 7489 appendix C and
 * DMARCbis), SMTP TLS reports (RFC 8460), delivery status notifications
 * (RFC 3464), abuse feedback reports (RFC 5965, ARF) and message
 * disposition notifications (RFC 8098).
 *
 * The MIME walker finds the part and decodes its transfer encoding; what
 * is here reads one decoded part body and writes what it says. Nothing
 * is kept from one call to the next, nothing does I/O.
 */
#ifndef MXQ_REPORT_H
#define MXQ_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <yajl/yajl_gen.h>

/* Room for the reason a part could not be read (it becomes
 * `report.error`). */
#define MXQ_REPORT_ERROR_SIZE 160

enum mxq_report_kind {
    MXQ_REPORT_NONE,               /* not a report part */
    /* gzip, zip, XML or JSON: which report it is shows in its bytes */
    MXQ_REPORT_AUTO,
    MXQ_REPORT_DMARC_AGGREGATE,    /* the XML itself */
    MXQ_REPORT_TLSRPT,             /* the JSON, or gzip of it */
    MXQ_REPORT_DELIVERY_STATUS,    /* message/(global-)delivery-status */
    MXQ_REPORT_FEEDBACK,           /* message/feedback-report */
    MXQ_REPORT_DISPOSITION         /* message/(global-)disposition-notification */
};

/* Which parser a part's Content-Type calls for (type and subtype as
 * written, compared without regard to case). */
enum mxq_report_kind mxq_report_kind_of(const char *type, size_t type_len,
                                        const char *subtype,
                                        size_t subtype_len);

/* Writes one JSON object, the value of "report": {"type": ..., what the
 * part says..., "error": ...}. The caller has written the key. Returns
 * true when the part was read; otherwise err holds the reason (also
 * written as "error", after whatever could be read before it). The
 * object is always complete and valid UTF-8, whatever the bytes. */
bool mxq_report_write(yajl_gen g, enum mxq_report_kind kind,
                      const char *body, size_t n,
                      char err[MXQ_REPORT_ERROR_SIZE]);

/* The same members without the braces, for a caller that adds its own
 * (what the message around the part says). */
bool mxq_report_write_members(yajl_gen g, enum mxq_report_kind kind,
                              const char *body, size_t n,
                              char err[MXQ_REPORT_ERROR_SIZE]);

/* A bounce that is no RFC 3464 report (Postfix, qmail, Exim, sendmail
 * text): "type": "bounce" and what its text shows, the status code, the
 * SMTP reply code and the failed recipient, as members. */
void mxq_report_write_bounce_members(yajl_gen g, const char *text,
                                     size_t n);

/* The name a report part's kind has as "type" ("dsn", "arf", ...). */
const char *mxq_report_type_name(enum mxq_report_kind kind);

#endif
