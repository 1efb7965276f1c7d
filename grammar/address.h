/*
 * RFC 5321 / RFC 6531 addresses (grammar/address.rl).
 *
 * Pure functions over a buffer: no allocation, no I/O, the slices point
 * into the caller's bytes.
 */
#ifndef MXQ_ADDRESS_H
#define MXQ_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "slice.h"

enum mxq_addr_result {
    MXQ_ADDR_OK = 0,
    MXQ_ADDR_SYNTAX,      /* not an address in this mode (501 5.1.3 / 5.1.7) */
    MXQ_ADDR_NON_ASCII,   /* valid only with SMTPUTF8, which was not given
                             (553 5.6.7) */
    MXQ_ADDR_TOO_LONG     /* local part > 64, domain > 255, label > 63 */
};

enum mxq_addr_flags {
    MXQ_ADDR_ALLOW_UTF8 = 1u << 0,       /* SMTPUTF8 was given on MAIL */
    MXQ_ADDR_ALLOW_POSTMASTER = 1u << 1, /* RCPT TO:<postmaster> */
    MXQ_ADDR_ALLOW_NULL = 1u << 2,       /* MAIL FROM:<> */
    MXQ_ADDR_LOOSE = 1u << 3             /* MailerQ's loose mode */
};

struct mxq_address {
    struct mxq_slice local;   /* as written (quotes kept); empty for <> */
    struct mxq_slice domain;  /* as written, literal brackets kept */
    struct mxq_slice mailbox; /* local@domain as written, without the
                                 source route and the angle brackets */
    bool is_null;             /* <> */
    bool is_postmaster;       /* <postmaster>, no domain */
    bool is_literal;          /* domain is an address literal */
    bool is_utf8;             /* the mailbox has non-ASCII octets */
};

/* A Path as it appears in MAIL/RCPT: "<" [source-route ":"] mailbox ">",
 * or "<>" / "<postmaster>" when the flags allow them. */
enum mxq_addr_result mxq_parse_path(const char *p, size_t n, unsigned flags,
                                    struct mxq_address *out);

/* A bare Mailbox (local@domain, no brackets): for the conformance suites
 * and for addresses found outside the SMTP dialogue. */
enum mxq_addr_result mxq_parse_mailbox(const char *p, size_t n,
                                       unsigned flags,
                                       struct mxq_address *out);

#endif
