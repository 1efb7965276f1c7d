/*
 * The TTLs of a raw DNS answer, which c-ares 1.18 does not give for TXT,
 * MX and PTR, nor for the SOA of a negative answer.
 *
 * A plain walk over the message format of RFC 1035 section 4.1: the
 * header (4.1.1), the questions (4.1.2) and the resource records of the
 * answer and authority sections (4.1.3); names (4.1.4) are skipped, never
 * followed, so a compression pointer ends a name and nothing loops. A TTL
 * with the top bit set counts as zero (RFC 2181 section 8). The negative
 * TTL of NXDOMAIN and NODATA is min(SOA TTL, SOA MINIMUM) of the first
 * SOA in the authority section whose data holds MNAME, RNAME and the five
 * numbers (RFC 2308 section 5).
 */
#ifndef MXQD_DNS_WIRE_H
#define MXQD_DNS_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Walks m[0..len). *answer_ttl becomes the smaller of itself and every
 * TTL of the answer section; *negative_ttl, while it is UINT32_MAX, takes
 * the negative TTL of the first complete SOA of the authority section.
 * Callers start both at UINT32_MAX, which then means "absent". False when
 * m is NULL, shorter than the header, or a question or record runs past
 * len (or has a label type other than 00 and 11); what was found before
 * that point has been folded in already. The additional section and
 * anything after the authority section are not read. */
bool mxqd_dns_wire_ttls(const unsigned char *m, size_t len,
                        uint32_t *answer_ttl, uint32_t *negative_ttl);

#endif
