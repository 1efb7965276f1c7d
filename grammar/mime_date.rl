/*
 * RFC 5322 date-time. See mime_date.h for the contract and the leniency.
 *
 * The numbers are read digit by digit into their fields as the machine
 * passes them; items that could run together ("20 11" as a day and a
 * numeric month) must be apart by a blank or a comment, so no digit can
 * belong to two fields. Comments use the shared `comment` machine of
 * mime_content_type.rl (fcall, a depth counter).
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mime_content_type.h"
#include "mime_date.h"

/* A field that has read more digits than this is no date (and the
 * counters cannot overflow). */
#define FIELD_DIGITS_MAX 4

/* Where the date-time starts: after the last ';' outside comments. */
%%{
    machine mxq_date_semicolon;
    include mxq_mime_common "mime_content_type.rl";

    action after_semicolon { from = p + 1; }

    main := ( ';' @after_semicolon | '(' @comment | (any - [;(]) )*;

    write data noerror nofinal;
}%%

static const unsigned char *date_start(const unsigned char *p,
                                       const unsigned char *pe)
{
    const unsigned char *from = p;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    %% write init;
    %% write exec;
    (void)mxq_date_semicolon_en_main;
    (void)mxq_date_semicolon_en_comment;
    (void)too_deep;
    return from;
}

/* The zone names of §3.3 and §4.3, as offsets from UTC in hours. */
%%{
    machine mxq_date_zone;
    alphtype unsigned char;

    action utc { hours = 0; known = true; }
    action military { hours = 0; known = false; }

    main := ( 'UT'i | 'UTC'i | 'GMT'i | 'Z'i ) @utc
          | 'EST'i @{ hours = -5; known = true; }
          | 'EDT'i @{ hours = -4; known = true; }
          | 'CST'i @{ hours = -6; known = true; }
          | 'CDT'i @{ hours = -5; known = true; }
          | 'MST'i @{ hours = -7; known = true; }
          | 'MDT'i @{ hours = -6; known = true; }
          | 'PST'i @{ hours = -8; known = true; }
          | 'PDT'i @{ hours = -7; known = true; }
          | ( [a-ik-yA-IK-Y] ) @military;

    write data noerror;
}%%

static void named_zone(const unsigned char *p, const unsigned char *pe,
                       struct mxq_date *d)
{
    int hours = 0, cs;
    bool known = false;

    %% write init;
    %% write exec;
    (void)mxq_date_zone_en_main;
    if (cs < mxq_date_zone_first_final || p != pe) {
        hours = 0;                 /* a name we do not know: +0000 */
        known = false;
    }
    d->zone_west = hours < 0;
    d->zone_hours = hours < 0 ? -hours : hours;
    d->zone_minutes = 0;
    d->zone_known = known;
}

/* The digits read into each field. */
struct date_digits {
    unsigned day, month, year, hour, minute, second, zone;
};

%%{
    machine mxq_date;
    include mxq_mime_common "mime_content_type.rl";

    sep = ( blank | '(' @comment )+;
    cfws = ( blank | '(' @comment )*;

    action day_digit { add_digit(&d.day, &n.day, *p); }
    action month_digit { add_digit(&d.month, &n.month, *p); }
    action year_digit { add_digit(&d.year, &n.year, *p); }
    action hour_digit { add_digit(&d.hour, &n.hour, *p); }
    action minute_digit { add_digit(&d.minute, &n.minute, *p); }
    action second_digit { add_digit(&d.second, &n.second, *p); }
    action zone_digit { add_digit(&zone, &n.zone, *p); }
    action zone_west { d.zone_west = true; }
    action zone_name_start { zone_b = p; }
    action zone_name_char { zone_e = p + 1; }

    day_name = ( 'mon'i | 'tue'i | 'wed'i | 'thu'i | 'fri'i | 'sat'i
               | 'sun'i ) alpha*;
    month_name = ( 'jan'i @{ d.month = 1; } | 'feb'i @{ d.month = 2; }
                 | 'mar'i @{ d.month = 3; } | 'apr'i @{ d.month = 4; }
                 | 'may'i @{ d.month = 5; } | 'jun'i @{ d.month = 6; }
                 | 'jul'i @{ d.month = 7; } | 'aug'i @{ d.month = 8; }
                 | 'sep'i @{ d.month = 9; } | 'oct'i @{ d.month = 10; }
                 | 'nov'i @{ d.month = 11; } | 'dec'i @{ d.month = 12; }
                 ) alpha*;

    day = digit{1,2} $day_digit;
    month = month_name | digit{1,2} $month_digit;
    year = digit{2,4} $year_digit;
    time = digit{1,2} $hour_digit cfws ':' cfws digit{2} $minute_digit
           ( cfws ':' cfws digit{2} $second_digit ( '.' digit+ )? )?;
    numeric_zone = ( '+' | '-' @zone_west ) digit{4} $zone_digit;
    named_zone = alpha+ >zone_name_start $zone_name_char;
    zone = cfws numeric_zone | sep named_zone;

    rfc5322 = ( day_name cfws ( ',' cfws )? )?
              day sep month sep year sep time zone?;
    # asctime(): "Fri Feb  7 10:18:12 2003", the zone before or after
    # the year
    asctime = day_name sep month_name sep day sep time
              ( sep named_zone )? sep year zone?;

    main := cfws ( rfc5322 | asctime ) any*;

    write data noerror;
}%%

static void add_digit(int *field, unsigned *count, unsigned char c)
{
    if (++*count <= FIELD_DIGITS_MAX)
        *field = *field * 10 + (c - '0');
}

static int full_year(int year, unsigned digits)
{
    if (digits == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (digits == 3)
        return 1900 + year;
    return year;
}

static bool in_range(const struct mxq_date *d)
{
    return d->month >= 1 && d->month <= 12 && d->day >= 1 &&
           d->day <= 31 && d->hour <= 23 && d->minute <= 59 &&
           d->second <= 60;
}

bool mxq_date_parse(const char *data, size_t len, struct mxq_date *out)
{
    const unsigned char *start = (const unsigned char *)data;
    const unsigned char *pe = start + mxq_mime_field_extent(data, len);
    const unsigned char *p = date_start(start, pe);
    const unsigned char *zone_b = NULL, *zone_e = NULL;
    struct mxq_date d = {0};
    struct date_digits n = {0};
    int zone = 0;
    unsigned depth = 0;
    bool too_deep = false;
    int cs, top = 0, stack[1];

    %% write init;
    %% write exec;
    (void)mxq_date_en_main;
    (void)mxq_date_en_comment;
    if (too_deep || cs < mxq_date_first_final || n.minute != 2)
        return false;
    if (n.day > 2 || n.month > 2 || n.hour > 2 || n.year > 4 ||
        n.year < 2)
        return false;
    d.year = full_year(d.year, n.year);
    if (n.zone == 4) {
        d.zone_hours = zone / 100;
        d.zone_minutes = zone % 100;
        d.zone_known = true;
    } else if (zone_b != NULL) {
        named_zone(zone_b, zone_e, &d);
    } else {
        d.zone_west = false;       /* a sign without its four digits */
    }
    if (!in_range(&d))
        return false;
    *out = d;
    return true;
}

/* Days from 1970-01-01 to year-month-day of the proleptic Gregorian
 * calendar (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool mxq_date_unix(const struct mxq_date *d, int64_t *out)
{
    if (!in_range(d) || d->day > days_in_month(d->year, d->month) ||
        d->zone_hours < 0 || d->zone_hours > 99 || d->zone_minutes < 0 ||
        d->zone_minutes > 99)
        return false;
    int64_t t = days_from_civil(d->year, (unsigned)d->month,
                                (unsigned)d->day) * 86400 +
                d->hour * 3600 + d->minute * 60 + d->second;
    int64_t zone = (int64_t)d->zone_hours * 3600 + d->zone_minutes * 60;
    *out = d->zone_west ? t + zone : t - zone;
    return true;
}
