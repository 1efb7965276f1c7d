/*
 * RFC 5322 §3.3 date-time, with the obsolete forms of §4.3, from
 * grammar/mime_date.rl: the body of a Date field (or of Resent-Date, or
 * what follows the ';' of a Received field).
 *
 *   [day-of-week [","]] day month year hour ":" minute [":" second] [zone]
 *
 * with CFWS (comments nest, at most MXQ_MIME_COMMENT_DEPTH_MAX deep) and
 * line breaks as mime_content_type.h says. Lenient the way mail-parser is
 * where its conformance vectors expect it:
 *   - two-digit years are 2000-2049 and 1950-1999, three-digit years are
 *     1900 + the number (§4.3);
 *   - day-of-week and month names are case-insensitive and may be
 *     written out ("Thursday", "July"); a month may be its number (1-12);
 *   - seconds may be missing (0), a fraction after them is ignored;
 *   - the asctime() form "Fri Feb  7 10:18:12 2003" (a zone name may
 *     stand before the year, any zone after it);
 *   - zones: +hhmm/-hhmm; UT, UTC, GMT, Z; EST EDT CST CDT MST MDT PST
 *     PDT; a military letter or any other name (the "EST" of "EST5EDT"
 *     too, when it is not one of those) is +0000 with zone_known false
 *     (§4.3 says military zones mean nothing); no zone at all likewise;
 *   - whatever follows the zone (or the time, when there is none) is
 *     ignored: "+0200 (CEST)", "-0500 EST";
 *   - when the body holds a ';' outside comments, the date-time is what
 *     follows the last one (a Received field handed over whole).
 * Hours up to 23, minutes up to 59, seconds up to 60 (a leap second),
 * days up to 31: anything else is no date.
 */
#ifndef MXQ_MIME_DATE_H
#define MXQ_MIME_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct mxq_date {
    int year, month, day;          /* month 1-12 */
    int hour, minute, second;
    bool zone_west;                /* the zone is behind UTC ("-0330") */
    int zone_hours, zone_minutes;  /* as written, 0-99 each */
    bool zone_known;               /* false: no zone, a military letter or
                                      a name not listed above (+0000) */
};

/* Reads a date-time from a field body. False when it holds none. */
bool mxq_date_parse(const char *p, size_t n, struct mxq_date *out);

/* Seconds since 1970-01-01T00:00:00Z. False when the day does not exist
 * in its month (31 June) or a field is out of range. */
bool mxq_date_unix(const struct mxq_date *d, int64_t *out);

#endif
