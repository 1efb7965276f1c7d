/* Unix time to calendar fields (UTC), without the C library's time zone
 * machinery: the engine reads no clock and no zone file. */
#ifndef MXQ_CIVIL_TIME_H
#define MXQ_CIVIL_TIME_H

#include <stdint.h>

struct mxq_civil_time {
    int year, month, day, hour, minute, second, weekday; /* weekday 0=Sun */
};

#define MXQ_JSON_TIME_SIZE 24
#define MXQ_RFC5322_TIME_SIZE 40

void mxq_civil_time(int64_t unix_seconds, struct mxq_civil_time *out);

/* "YYYY-MM-DD HH:MM:SS" (MailerQ's `received`). */
void mxq_format_json_time(int64_t unix_seconds, char out[MXQ_JSON_TIME_SIZE]);
/* RFC 5322 date-time, "Tue, 24 Nov 2026 23:37:29 +0000". */
void mxq_format_rfc5322_time(int64_t unix_seconds,
                             char out[MXQ_RFC5322_TIME_SIZE]);

#endif
