/*
 * The values of MailerQ's x-mq-* header fields (spec §3.2), from
 * grammar/xmq_value.rl: what each typed field may hold.
 *
 * Pure functions over a buffer: no allocation, no I/O. Each takes the
 * value as mxq_xmq_unfold() leaves it (unfolded, trimmed of blanks) and
 * accepts it whole or not at all.
 */
#ifndef MXQ_XMQ_VALUE_H
#define MXQ_XMQ_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A field body (the octets after ':' up to and including its last CRLF)
 * unfolded and trimmed: every CRLF is dropped, so a folded line keeps the
 * blank that begins it (RFC 5322 §2.2.3), and blanks at both ends go.
 * Writes at most n octets to out (a body is never shorter unfolded) and
 * returns how many. Encoded words (RFC 2047) are left as they are. */
size_t mxq_xmq_unfold(const char *body, size_t n, char *out);

/* Decimal digits, at most max. */
bool mxq_xmq_uint(const char *p, size_t n, uint64_t max, uint64_t *out);

/* `300, 600,3600`: numbers (each at most max) separated by commas with
 * optional blanks. Writes up to cap of them; false when there are more,
 * or none. */
bool mxq_xmq_uint_list(const char *p, size_t n, uint64_t max,
                       uint64_t *out, size_t cap, size_t *count);

/* `YYYY-MM-DD HH:MM:SS` (UTC, MailerQ's strict form): a real day of the
 * Gregorian calendar, hours 00-23, minutes and seconds 00-59. */
bool mxq_xmq_time(const char *p, size_t n);

/* 1/0, true/false, yes/no (letters in any case). */
bool mxq_xmq_bool(const char *p, size_t n, bool *out);

/* An IPv4 address (dotted quad, no octet with a leading zero) or an IPv6
 * address (RFC 4291 text form, also with a trailing dotted quad); no
 * brackets, prefix or zone: what inet_pton() takes. */
bool mxq_xmq_ip(const char *p, size_t n);

/* A DSN NOTIFY list (RFC 3461 §4.1): NEVER alone, or SUCCESS, FAILURE
 * and DELAY each at most once, comma-separated (letters in any case,
 * blanks allowed around commas). *bits: 1 NEVER, 2 SUCCESS, 4 FAILURE,
 * 8 DELAY (MXQ_DSN_NOTIFY_*). */
bool mxq_xmq_notify(const char *p, size_t n, unsigned *bits);

/* FULL or HDRS (any case): *ret 1 or 2 (MXQ_DSN_RET_*). */
bool mxq_xmq_ret(const char *p, size_t n, unsigned *ret);

#endif
