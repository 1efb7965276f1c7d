/*
 * The PROXY protocol header, versions 1 and 2 (grammar/proxy.rl), as
 * specified by HAProxy's doc/proxy-protocol.txt: what a trusted proxy
 * (smtp-proxy) sends before the client's first octet, telling who the
 * client really is.
 *
 * Resumable across reads: mxq_proxy_feed() takes whatever arrived and
 * consumes exactly the header, never an octet past it, so the SMTP
 * command or TLS ClientHello that follows stays with the caller. Whether
 * the header came in one read or one octet at a time makes no difference
 * to the verdict, the consumed count or the result.
 *
 * A header may be split across reads, a slice may not: the parser keeps
 * the header's octets in its own fixed buffer (a header is bounded) and
 * the slices it hands out point there. They stay valid as long as the
 * parser is neither re-initialized nor moved. No allocation, no I/O, no
 * libc networking.
 *
 * Accepted, and nothing else (any other octet is ERROR at once):
 *  - v1: "PROXY" SP ("TCP4" | "TCP6") SP src SP dst SP sport SP dport CRLF,
 *    or "PROXY UNKNOWN" followed by anything but CR and LF, then CRLF; at
 *    most MXQ_PROXY_V1_MAX octets. Exactly one SP between fields; "PROXY"
 *    and the protocol names are case-sensitive. IPv4: four decimal octets
 *    0-255 without leading zeros. IPv6: the RFC 4291 2.2 text forms (one
 *    "::", a trailing dotted quad), hex digits of either case; TCP4 takes
 *    IPv4 only, TCP6 IPv6 only. Ports 0-65535 without leading zeros.
 *  - v2: the 12-octet signature, version 2 with command LOCAL (0x20) or
 *    PROXY (0x21), the family/protocol octet, the 16-bit block length
 *    (at most MXQ_PROXY_V2_MAX_BLOCK), then the block:
 *      LOCAL: the family octet and the whole block are ignored (the spec:
 *        "discard the protocol block including the family").
 *      PROXY with 0x00 (UNSPEC): the block is ignored; use the real
 *        endpoints.
 *      PROXY with 0x11 (TCP over IPv4), 0x21 (TCP over IPv6), 0x31 (UNIX
 *        stream): the address block (12, 36 or 216 octets; the length may
 *        not be smaller), then TLVs to the end of the block.
 *      PROXY with UDP (0x12, 0x22) or UNIX datagram (0x32): refused, an SMTP
 *        session cannot ride on a datagram (the spec would let a receiver
 *        fall back to UNSPEC; we prefer to notice a misconfigured proxy).
 *      Anything else: refused, as the spec requires.
 *    Each TLV (type, 16-bit length, value) must fit exactly in what is left
 *    of the block; so must the sub-TLVs inside PP2_TYPE_SSL, after its
 *    5-octet client/verify prefix. A TLV that overruns is ERROR.
 */
#ifndef MXQ_PROXY_H
#define MXQ_PROXY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

/* v1: the longest line the spec allows, CRLF included ("PROXY UNKNOWN"
 * with two full IPv6 addresses and ports). */
#define MXQ_PROXY_V1_MAX 107
/* v2: signature (12), version/command, family, length (2). */
#define MXQ_PROXY_V2_FIXED 16
/* v2: the largest block length we accept. HAProxy sends well under this
 * (a UNIX address block is 216 octets; SSL details, ALPN, SNI and a
 * unique id of at most 128 octets add a few hundred); its own receiving
 * limit is its buffer size, but we only take what a sane proxy sends. */
#define MXQ_PROXY_V2_MAX_BLOCK 1024
#define MXQ_PROXY_MAX (MXQ_PROXY_V2_FIXED + MXQ_PROXY_V2_MAX_BLOCK)

/* Room for what mxq_proxy_format_ip() writes, NUL included: the size of
 * INET6_ADDRSTRLEN (the longest it writes is eight full groups, 39). */
#define MXQ_PROXY_IP_TEXT_MAX 46

/* v2 TLV types (spec 2.2) and the client bits of PP2_TYPE_SSL. */
#define MXQ_PP2_TYPE_ALPN 0x01
#define MXQ_PP2_TYPE_AUTHORITY 0x02
#define MXQ_PP2_TYPE_UNIQUE_ID 0x05
#define MXQ_PP2_TYPE_SSL 0x20
#define MXQ_PP2_SUBTYPE_SSL_VERSION 0x21
#define MXQ_PP2_SUBTYPE_SSL_CN 0x22
#define MXQ_PP2_SUBTYPE_SSL_CIPHER 0x23
#define MXQ_PP2_SUBTYPE_SSL_SIG_ALG 0x24
#define MXQ_PP2_SUBTYPE_SSL_KEY_ALG 0x25
#define MXQ_PP2_TYPE_NETNS 0x30

#define MXQ_PP2_CLIENT_SSL 0x01       /* the client spoke TLS to the proxy */
#define MXQ_PP2_CLIENT_CERT_CONN 0x02 /* ... and sent a certificate */
#define MXQ_PP2_CLIENT_CERT_SESS 0x04 /* ... at least once in the session */

enum mxq_proxy_status {
    MXQ_PROXY_NEED_MORE = 0, /* every octet given so far is header */
    MXQ_PROXY_DONE,          /* the header is complete: see *out */
    MXQ_PROXY_ERROR          /* not a valid header: close the connection */
};

enum mxq_proxy_command {
    MXQ_PROXY_CMD_PROXY = 0, /* v1 TCP4/TCP6, v2 PROXY: relayed client */
    MXQ_PROXY_CMD_LOCAL,     /* v2 LOCAL: the proxy's own connection
                                (health check): use the real endpoints */
    MXQ_PROXY_CMD_UNKNOWN    /* v1 UNKNOWN: use the real endpoints */
};

enum mxq_proxy_family {
    MXQ_PROXY_AF_UNSPEC = 0, /* no address: use the real endpoints */
    MXQ_PROXY_AF_INET,
    MXQ_PROXY_AF_INET6,
    MXQ_PROXY_AF_UNIX
};

struct mxq_proxy_endpoint {
    uint8_t ip[16];             /* network order; INET uses ip[0..4) */
    uint16_t port;
    struct mxq_slice text;      /* v1: the address as written */
    struct mxq_slice port_text; /* v1: the port as written */
    struct mxq_slice path;      /* v2 UNIX: the path, up to its first NUL */
};

/* PP2_TYPE_SSL: the client's TLS session with the proxy. */
struct mxq_proxy_ssl {
    uint8_t client;          /* MXQ_PP2_CLIENT_* bits */
    uint32_t verify;         /* 0: the client certificate was verified */
    struct mxq_slice version; /* sub-TLVs, each absent (p == NULL) unless */
    struct mxq_slice cn;      /* sent; the first of each type counts */
    struct mxq_slice cipher;
    struct mxq_slice sig_alg;
    struct mxq_slice key_alg;
};

struct mxq_proxy_header {
    unsigned version;               /* 1 or 2 */
    enum mxq_proxy_command command;
    /* UNSPEC unless the command is PROXY and the header carried
     * addresses; the addresses mean something only for INET and INET6
     * (UNIX: the paths). Everything not sent is zero. */
    enum mxq_proxy_family family;
    struct mxq_proxy_endpoint src, dst;
    size_t length;                  /* octets of the header on the wire */
    /* v2 TLVs we use; absent: p == NULL (a present empty value has
     * p != NULL, n == 0). The first TLV of a type counts, later ones and
     * all other types are skipped (their lengths are checked). */
    struct mxq_slice alpn;
    struct mxq_slice authority;     /* SNI, UTF-8, unchecked */
    struct mxq_slice unique_id;
    struct mxq_slice netns;
    bool has_ssl;
    struct mxq_proxy_ssl ssl;
};

/* The parser's state; treat as opaque. Large (the header buffer): embed
 * it in the connection, do not put it on a small stack. */
struct mxq_proxy_parser {
    int cs;
    enum mxq_proxy_status status;
    bool line_done;          /* v1: the CRLF was read */
    size_t used;             /* octets of buf[] that are header */
    size_t limit;            /* the most buf[] may hold as far as known */
    unsigned need;           /* v2: the address block's size */
    unsigned block;          /* v2: the block length as read */
    /* v1 address text being read (a split read may cut through it). */
    uint16_t groups[8];
    unsigned ngroups;
    int dcolon;              /* groups[] index where "::" stands, or -1 */
    uint8_t quad[4];
    unsigned nquad;
    unsigned h16, octet, port;
    /* v2 block being read. */
    unsigned idx;            /* octet index inside a fixed-size field */
    bool path_ended;
    bool ssl_skip;           /* a second PP2_TYPE_SSL: read, not kept */
    uint8_t tlv_type, sub_type;
    unsigned tlv_left;       /* octets of the current TLV value to come */
    unsigned sub_left;       /* same for the current SSL sub-TLV */
    const uint8_t *mark;     /* start of the text or value being read */
    struct mxq_proxy_header hdr;
    uint8_t buf[MXQ_PROXY_MAX];
};

void mxq_proxy_init(struct mxq_proxy_parser *ps);

/* Reads p[0..n). *consumed is set to the octets that belong to the
 * header: all n with NEED_MORE, exactly the rest of the header with DONE
 * (what follows it is the caller's), and with ERROR how far the parser
 * got before the octet it refused. On DONE *out is filled (its slices
 * point into ps); out is not touched otherwise. Once DONE or ERROR the
 * parser stays so: later calls consume nothing and return the same. */
enum mxq_proxy_status mxq_proxy_feed(struct mxq_proxy_parser *ps,
                                     const uint8_t *p, size_t n,
                                     size_t *consumed,
                                     struct mxq_proxy_header *out);

/* Writes an address as text, NUL-terminated, into out[0..cap): IPv4 as a
 * dotted quad, IPv6 in the RFC 5952 canonical form (lower case, no
 * leading zeros, the longest run of two or more zero groups as "::", the
 * first on a tie; IPv4-mapped addresses as "::ffff:192.0.2.1"). Returns
 * the length, or 0 when the family is neither INET nor INET6 or cap is
 * smaller than needed (MXQ_PROXY_IP_TEXT_MAX is always enough). */
size_t mxq_proxy_format_ip(enum mxq_proxy_family family, const uint8_t *ip,
                           char *out, size_t cap);

#endif
