/*
 * A DMARC policy record (RFC 7489 §6.3, §6.4), the text of a TXT record
 * at _dmarc.<domain>, from grammar/dmarc_record.rl.
 *
 *   dmarc-record = dmarc-version dmarc-sep [dmarc-request] ...
 *   dmarc-version = "v" *WSP "=" *WSP %x44 %x4d %x41 %x52 %x43 %x31
 *
 * The tag=value syntax is DKIM's (grammar/dkim_tags.h reads it; FWS is a
 * superset of the *WSP DMARC allows). Tag names are read in any case
 * (ABNF strings are case-insensitive), "DMARC1" only in upper case
 * (%x codes), the keyword values (none, r, s, ...) in any case.
 *
 * What a bad record becomes (§6.3: errors in the remainder "SHOULD be
 * discarded in favor of default values (if any) or ignored outright";
 * §6.6.3 for p and sp):
 *   - the first tag is not v=DMARC1: not a DMARC record (discarded in
 *     policy discovery, as if it were some other TXT record);
 *   - p= missing or bad, or sp= bad: when rua= has at least one valid
 *     URI, read as p=none with no sp (p_fallback set); otherwise the
 *     record is MXQ_DMARC_RECORD_BROKEN (the evaluator: permerror);
 *   - any other known tag with a bad value: read as absent (its default),
 *     with its bit in `invalid`;
 *   - a tag-list syntax error: the tags before it count, the rest is
 *     ignored (`truncated`);
 *   - a known tag given twice: the first counts;
 *   - unknown tags: ignored.
 * Pure functions, no allocation; slices point into the caller's bytes.
 */
#ifndef MXQ_DMARC_RECORD_H
#define MXQ_DMARC_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "slice.h"

enum mxq_dmarc_policy {
    MXQ_DMARC_POLICY_UNSET = 0,    /* sp= absent: p applies */
    MXQ_DMARC_POLICY_NONE,
    MXQ_DMARC_POLICY_QUARANTINE,
    MXQ_DMARC_POLICY_REJECT
};

enum mxq_dmarc_record_status {
    MXQ_DMARC_RECORD_VALID = 0,    /* usable (perhaps by the fallback) */
    MXQ_DMARC_RECORD_NOT_DMARC,    /* does not start with v=DMARC1 */
    MXQ_DMARC_RECORD_BROKEN        /* v=DMARC1 but no usable policy */
};

/* Bits of mxq_dmarc_record.invalid: the tags whose bad value was
 * replaced by the default. */
#define MXQ_DMARC_TAG_P     (1u << 0)
#define MXQ_DMARC_TAG_SP    (1u << 1)
#define MXQ_DMARC_TAG_ADKIM (1u << 2)
#define MXQ_DMARC_TAG_ASPF  (1u << 3)
#define MXQ_DMARC_TAG_PCT   (1u << 4)
#define MXQ_DMARC_TAG_FO    (1u << 5)
#define MXQ_DMARC_TAG_RF    (1u << 6)
#define MXQ_DMARC_TAG_RI    (1u << 7)
#define MXQ_DMARC_TAG_RUA   (1u << 8)
#define MXQ_DMARC_TAG_RUF   (1u << 9)

struct mxq_dmarc_record {
    enum mxq_dmarc_policy p;       /* NONE, QUARANTINE or REJECT when valid */
    enum mxq_dmarc_policy sp;      /* UNSET when absent */
    bool adkim_strict;             /* adkim=s (default r) */
    bool aspf_strict;              /* aspf=s (default r) */
    unsigned pct;                  /* 0..100, default 100 */
    uint32_t ri;                   /* seconds, default 86400 */
    /* The raw values (without the white space around them); empty when
     * absent or invalid: fo then means "0", rf "afrf". */
    struct mxq_slice fo, rf, rua, ruf;
    bool p_fallback;               /* p=none by §6.6.3 (p or sp was bad) */
    bool truncated;                /* a syntax error ended the tag list */
    unsigned invalid;              /* MXQ_DMARC_TAG_* */
};

/* Parses the record text p[0..n) into *out (filled in every case: the
 * defaults for NOT_DMARC, the tags as read for BROKEN). */
enum mxq_dmarc_record_status mxq_dmarc_record_parse(
    const char *p, size_t n, struct mxq_dmarc_record *out);

#endif
