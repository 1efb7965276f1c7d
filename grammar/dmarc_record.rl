/*
 * DMARC policy records (RFC 7489 §6.3, §6.4). See dmarc_record.h for the
 * contract and for what a bad value becomes.
 *
 * The tag list is cut by mxq_dkim_tag_next() (grammar/dkim_tags.rl: the
 * same tag=value syntax); each known tag's value is then run through the
 * machine below from the entry point of its kind.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dkim_tags.h"
#include "dmarc_record.h"

%%{
    machine mxq_dmarc_value;
    alphtype unsigned char;

    action none { policy = MXQ_DMARC_POLICY_NONE; }
    action quarantine { policy = MXQ_DMARC_POLICY_QUARANTINE; }
    action reject { policy = MXQ_DMARC_POLICY_REJECT; }
    action strict { strict = true; }
    action digit {
        if (number <= UINT32_MAX / 10 &&
            number * 10 + (uint32_t)(fc - '0') >= number * 10)
            number = number * 10 + (uint32_t)(fc - '0');
        else
            overflow = true;
    }

    wsp = [ \t];

    # §6.4: dmarc-request / dmarc-srequest.
    policy := ( 'none'i %none | 'quarantine'i %quarantine
              | 'reject'i %reject );
    # dmarc-adkim / dmarc-aspf.
    align := ( 'r'i | 's'i %strict );
    # dmarc-percent is 1*3DIGIT, dmarc-ainterval 1*32DIGIT; the value's
    # range is checked after.
    number := ( digit @digit ){1,32};
    # dmarc-fo: ( "0" / "1" / "d" / "s" ) *( *WSP ":" *WSP ... )
    fo_opt = [01] | 'd'i | 's'i;
    fo := fo_opt ( wsp* ':' wsp* fo_opt )*;
    # dmarc-rfmt: Keyword *( *WSP ":" Keyword ), Keyword of RFC 5321
    # (Ldh-str).
    keyword = alnum ( ( alnum | '-' )* alnum )?;
    rf := keyword ( wsp* ':' wsp* keyword )*;
    # dmarc-uri: URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ], in a
    # comma-separated list. A URI is read as scheme ":" and the visible
    # characters a URI may hold (a ',' or '!' in one is %-encoded, §6.4).
    scheme = alpha ( alnum | [+.\-] )*;
    uri_char = 0x21..0x7e - [,!;];
    dmarc_uri = scheme ':' uri_char+ ( '!' digit+ [kmgtKMGT]? )?;
    uris := dmarc_uri ( wsp* ',' wsp* dmarc_uri )*;

    write data noerror;
}%%

struct value_match {
    enum mxq_dmarc_policy policy;
    bool strict;
    uint32_t number;
    bool overflow;
};

/* Runs the machine from entry point `start` over v; true when all of v
 * matches. */
static bool match(int start, struct mxq_slice v, struct value_match *m)
{
    const unsigned char *p = (const unsigned char *)v.p, *pe = p + v.n;
    const unsigned char *eof = pe;
    enum mxq_dmarc_policy policy = MXQ_DMARC_POLICY_UNSET;
    bool strict = false, overflow = false;
    uint32_t number = 0;
    int cs = start;

    if (v.n == 0)
        return false;
    %% write exec;
    m->policy = policy;
    m->strict = strict;
    m->number = number;
    m->overflow = overflow;
    return p == pe && cs >= mxq_dmarc_value_first_final;
}

/* ASCII case-insensitive name == word (lower case). */
static bool is_tag(struct mxq_slice name, const char *word)
{
    size_t n = strlen(word);
    if (name.n != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name.p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if (c != (unsigned char)word[i])
            return false;
    }
    return true;
}

enum mxq_dmarc_record_status mxq_dmarc_record_parse(
    const char *p, size_t n, struct mxq_dmarc_record *out)
{
    static const struct mxq_slice empty = {"", 0};
    struct mxq_dkim_tag tag;
    struct value_match m;
    size_t pos = 0;
    bool error = false;
    unsigned seen = 0;

    memset(out, 0, sizeof *out);
    out->pct = 100;
    out->ri = 86400;
    out->fo = out->rf = out->rua = out->ruf = empty;

    /* §6.4: v=DMARC1 first, exactly ("DMARC1" in %x codes). */
    if (!mxq_dkim_tag_next(p, n, &pos, &tag, &error) ||
        !is_tag(tag.name, "v") || tag.value.n != 6 ||
        memcmp(tag.value.p, "DMARC1", 6) != 0)
        return MXQ_DMARC_RECORD_NOT_DMARC;

    while (mxq_dkim_tag_next(p, n, &pos, &tag, &error)) {
        struct mxq_slice v = tag.value;
        unsigned bit;
        if (is_tag(tag.name, "p"))
            bit = MXQ_DMARC_TAG_P;
        else if (is_tag(tag.name, "sp"))
            bit = MXQ_DMARC_TAG_SP;
        else if (is_tag(tag.name, "adkim"))
            bit = MXQ_DMARC_TAG_ADKIM;
        else if (is_tag(tag.name, "aspf"))
            bit = MXQ_DMARC_TAG_ASPF;
        else if (is_tag(tag.name, "pct"))
            bit = MXQ_DMARC_TAG_PCT;
        else if (is_tag(tag.name, "fo"))
            bit = MXQ_DMARC_TAG_FO;
        else if (is_tag(tag.name, "rf"))
            bit = MXQ_DMARC_TAG_RF;
        else if (is_tag(tag.name, "ri"))
            bit = MXQ_DMARC_TAG_RI;
        else if (is_tag(tag.name, "rua"))
            bit = MXQ_DMARC_TAG_RUA;
        else if (is_tag(tag.name, "ruf"))
            bit = MXQ_DMARC_TAG_RUF;
        else
            continue;              /* unknown tags are ignored (§6.3) */
        if (seen & bit)
            continue;              /* the first of a repeated tag counts */
        seen |= bit;
        bool ok;
        switch (bit) {
        case MXQ_DMARC_TAG_P:
        case MXQ_DMARC_TAG_SP:
            ok = match(mxq_dmarc_value_en_policy, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_P)
                out->p = m.policy;
            else if (ok)
                out->sp = m.policy;
            break;
        case MXQ_DMARC_TAG_ADKIM:
        case MXQ_DMARC_TAG_ASPF:
            ok = match(mxq_dmarc_value_en_align, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_ADKIM)
                out->adkim_strict = m.strict;
            else if (ok)
                out->aspf_strict = m.strict;
            break;
        case MXQ_DMARC_TAG_PCT:
            ok = v.n <= 3 && match(mxq_dmarc_value_en_number, v, &m) &&
                 m.number <= 100;
            if (ok)
                out->pct = m.number;
            break;
        case MXQ_DMARC_TAG_RI:
            ok = match(mxq_dmarc_value_en_number, v, &m) && !m.overflow;
            if (ok)
                out->ri = m.number;
            break;
        case MXQ_DMARC_TAG_FO:
            if ((ok = match(mxq_dmarc_value_en_fo, v, &m)))
                out->fo = v;
            break;
        case MXQ_DMARC_TAG_RF:
            if ((ok = match(mxq_dmarc_value_en_rf, v, &m)))
                out->rf = v;
            break;
        default: /* rua, ruf */
            ok = match(mxq_dmarc_value_en_uris, v, &m);
            if (ok && bit == MXQ_DMARC_TAG_RUA)
                out->rua = v;
            else if (ok)
                out->ruf = v;
            break;
        }
        if (!ok)
            out->invalid |= bit;
    }
    out->truncated = error;

    /* §6.6.3: no valid p, or a bad sp. */
    if (out->p == MXQ_DMARC_POLICY_UNSET ||
        (out->invalid & MXQ_DMARC_TAG_SP)) {
        /* Without a reporting URI the record is ignored: it is kept as
         * read, for diagnostics. */
        if (out->rua.n == 0)
            return MXQ_DMARC_RECORD_BROKEN;
        out->p = MXQ_DMARC_POLICY_NONE;
        out->sp = MXQ_DMARC_POLICY_UNSET;
        out->p_fallback = true;
    }
    return MXQ_DMARC_RECORD_VALID;
}
