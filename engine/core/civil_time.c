#include "civil_time.h"

#include <stdio.h>

/* Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
 * civil_from_days, public domain algorithm). */
void mxq_civil_time(int64_t t, struct mxq_civil_time *out)
{
    int64_t days = t / 86400;
    int64_t secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days -= 1;
    }
    out->hour = (int)(secs / 3600);
    out->minute = (int)(secs % 3600 / 60);
    out->second = (int)(secs % 60);
    out->weekday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */

    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    out->year = (int)(yoe + era * 400 + (m <= 2));
    out->month = (int)m;
    out->day = (int)d;
}

void mxq_format_json_time(int64_t t, char out[MXQ_JSON_TIME_SIZE])
{
    struct mxq_civil_time c;
    mxq_civil_time(t, &c);
    snprintf(out, MXQ_JSON_TIME_SIZE, "%04u-%02u-%02u %02u:%02u:%02u",
             (unsigned)c.year % 10000, (unsigned)c.month % 100,
             (unsigned)c.day % 100, (unsigned)c.hour % 100,
             (unsigned)c.minute % 100, (unsigned)c.second % 100);
}

void mxq_format_rfc5322_time(int64_t t, char out[MXQ_RFC5322_TIME_SIZE])
{
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed",
                                       "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr",
                                         "May", "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Dec"};
    struct mxq_civil_time c;
    mxq_civil_time(t, &c);
    snprintf(out, MXQ_RFC5322_TIME_SIZE, "%s, %u %s %04u %02u:%02u:%02u +0000",
             days[c.weekday], (unsigned)c.day % 100, months[c.month - 1],
             (unsigned)c.year % 10000, (unsigned)c.hour % 100,
             (unsigned)c.minute % 100, (unsigned)c.second % 100);
}
