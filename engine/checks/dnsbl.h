/*
 * DNS blocklists (RFC 5782): the query name of a client address in a
 * list's zone, and what the list's answer means. Pure functions; the
 * session asks for the lookups (session/protection.c).
 */
#ifndef MXQ_CHECKS_DNSBL_H
#define MXQ_CHECKS_DNSBL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

/* A query name: 32 nibbles of an IPv6 address with their dots, the zone,
 * the NUL. */
#define MXQ_DNSBL_NAME_MAX (64 + 253 + 1)
/* Octets of a list's TXT reason kept for the reply. */
#define MXQ_DNSBL_REASON_MAX 200

/* The name to look up for `ip` in `zone` (RFC 5782 §2.1 and §2.4):
 * IPv4 octets reversed (an IPv4-mapped IPv6 address counts as IPv4), IPv6
 * nibbles reversed in lowercase hex. Returns its length, 0 when it does
 * not fit MXQ_DNSBL_NAME_MAX or the zone is empty. */
size_t mxq_dnsbl_query_name(const uint8_t ip[16], bool ipv6, const char *zone,
                            char out[MXQ_DNSBL_NAME_MAX]);

/* Does the answer to the A query list the client? Any address in
 * 127.0.0.0/8 does (§2.3), except 127.255.255.0/24, which lists such as
 * Spamhaus answer when they refuse the query (an error, not a listing). */
bool mxq_dnsbl_listed(enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n);

/* The reason from the list's TXT answer for the reply: the first record
 * when it is printable ASCII, cut to MXQ_DNSBL_REASON_MAX octets; false
 * when there is none to use. out holds MXQ_DNSBL_REASON_MAX + 1. */
bool mxq_dnsbl_reason(enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n,
                      char *out);

#endif
