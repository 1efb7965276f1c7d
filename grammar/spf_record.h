/*
 * SPF records and macro strings (RFC 7208 §4.5, §4.6.1, §7, §12), from
 * grammar/spf.rl.
 *
 * Pure functions over a buffer: no allocation, no I/O; the slices point
 * into the caller's bytes. A record is read one term at a time with
 * mxq_spf_next_term(), so that any number of terms needs no storage; the
 * evaluator (engine/checks/spf.c) reads a record once to find syntax
 * errors and its modifiers, and again to evaluate it.
 *
 * (Not called spf.h: that is the evaluator's header, engine/checks/spf.h,
 * and both directories are on the engine's include path.)
 */
#ifndef MXQ_SPF_RECORD_H
#define MXQ_SPF_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

/* True when the TXT string is an SPF version 1 record: "v=spf1"
 * (case-insensitive) followed by a space or the end (§4.5). */
bool mxq_spf_is_record(const char *p, size_t n);

enum mxq_spf_term_kind {
    MXQ_SPF_TERM_ALL = 1,
    MXQ_SPF_TERM_INCLUDE,
    MXQ_SPF_TERM_A,
    MXQ_SPF_TERM_MX,
    MXQ_SPF_TERM_PTR,
    MXQ_SPF_TERM_IP4,
    MXQ_SPF_TERM_IP6,
    MXQ_SPF_TERM_EXISTS,
    MXQ_SPF_TERM_REDIRECT,
    MXQ_SPF_TERM_EXP,
    MXQ_SPF_TERM_UNKNOWN_MODIFIER  /* ignored by evaluation (§6) */
};

struct mxq_spf_term {
    enum mxq_spf_term_kind kind;
    struct mxq_slice text;         /* the whole term */
    char qualifier;                /* mechanisms: '+' (also when none is
                                      written), '-', '~' or '?' */
    /* include, a, mx, ptr, exists, redirect, exp: the domain-spec, a
     * macro-string still to be expanded; n == 0 when a, mx or ptr has
     * none (the current domain then). */
    struct mxq_slice domain_spec;
    /* modifiers: the name and the macro-string after '=' */
    struct mxq_slice name, value;
    /* ip4 (first 4 octets) and ip6: the network, in network order */
    uint8_t ip[16];
    /* a, mx, ip4: IPv4 prefix length (32 when absent); a, mx, ip6: IPv6
     * prefix length (128 when absent) */
    unsigned cidr4, cidr6;
};

enum mxq_spf_parse {
    MXQ_SPF_PARSE_TERM,            /* *term filled, *pos advanced past it */
    MXQ_SPF_PARSE_END,             /* no more terms (trailing spaces allowed) */
    MXQ_SPF_PARSE_SYNTAX           /* the term at *pos is not a term of the
                                      §12 grammar (this includes an unknown
                                      mechanism and any octet outside
                                      printable ASCII) */
};

/* Reads the term after offset *pos of an SPF record (rec[0..n), which
 * mxq_spf_is_record() accepted). Start with *pos = 0: the version is
 * skipped. */
enum mxq_spf_parse mxq_spf_next_term(const char *rec, size_t n, size_t *pos,
                                     struct mxq_spf_term *term);

/* --------------------------------------------------------------- macros */

/* One piece of a macro-string, in order. */
struct mxq_spf_macro {
    bool expand;                   /* false: `literal` stands for itself */
    struct mxq_slice literal;      /* literal octets; "%%", "%_" and "%-"
                                      come as "%", " " and "%20" */
    char letter;                   /* expand: the macro letter, lowercase */
    bool url_escape;               /* the letter was uppercase (§7.3) */
    unsigned keep;                 /* right-hand parts to keep, 0: all
                                      (saturates at 255) */
    bool reverse;                  /* the 'r' transformer */
    struct mxq_slice delimiters;   /* empty: "." */
};

/* Called for each piece; returning false stops the scan. */
typedef bool mxq_spf_macro_fn(void *ctx, const struct mxq_spf_macro *m);

enum mxq_spf_macro_status {
    MXQ_SPF_MACRO_OK,
    MXQ_SPF_MACRO_SYNTAX,          /* not a macro-string of its kind; some
                                      pieces may have been reported */
    MXQ_SPF_MACRO_STOPPED          /* fn returned false */
};

/* Scans a macro-string. With explain false it is one of a domain-spec
 * (the letters c, r and t are not allowed there, §7.2, and no spaces);
 * with explain true it is an explain-string (§6.2: spaces allowed, every
 * letter). */
enum mxq_spf_macro_status mxq_spf_macro_scan(const char *p, size_t n,
                                             bool explain,
                                             mxq_spf_macro_fn *fn, void *ctx);

#endif
