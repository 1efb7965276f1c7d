/*
 * RFC 5321 section 4.1.2 / 4.1.3 paths and mailboxes, with the RFC 6531
 * (SMTPUTF8) extensions, and MailerQ's "loose" local parts.
 *
 * The grammar always admits UTF-8 (RFC 6531); whether non-ASCII octets
 * were seen is recorded, and the caller's flags decide afterwards between
 * MXQ_ADDR_OK and MXQ_ADDR_NON_ASCII. Since the RFC 6531 grammar only adds
 * non-ASCII alternatives, "valid with SMTPUTF8" is exactly "accepted here".
 *
 * The length limits (RFC 5321 section 4.5.3.1) are measured from the
 * positions the actions record, not by the grammar, so that an overlong
 * but well-formed address reports MXQ_ADDR_TOO_LONG rather than a syntax
 * error.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "address.h"

#define MAX_LOCAL_PART 64   /* RFC 5321 4.5.3.1.1 */
#define MAX_DOMAIN 255      /* RFC 5321 4.5.3.1.2 */
#define MAX_LABEL 63        /* RFC 1035 2.3.4 */

/* What the actions record during one scan. */
struct addr_scan {
    const unsigned char *mailbox; /* first octet of the mailbox (paths) */
    const unsigned char *at;      /* the '@' before the domain */
    const unsigned char *label;   /* first octet of the current label */
    size_t longest_label;         /* longest label before `label` */
    bool non_ascii;               /* non-ASCII in the mailbox */
    bool route_non_ascii;         /* non-ASCII in an ignored source route */
};

%%{
    machine mxq_address_common;
    alphtype unsigned char;
    include mxq_utf8_common "utf8.rl";

    action non_ascii { s->non_ascii = true; }
    # What came before the mailbox was a source route: its non-ASCII
    # octets still need SMTPUTF8, but they are not the mailbox's.
    action mailbox_start {
        s->mailbox = p;
        s->route_non_ascii |= s->non_ascii;
        s->non_ascii = false;
    }

    # The separator between local part and domain. In loose mode a local
    # part may itself hold '@', so this fires at every candidate; the
    # domain never holds '@' there, so the last candidate is the separator.
    action at_sign {
        s->at = p;
        s->label = p + 1;
        s->longest_label = 0;
    }

    action label_end {
        if ((size_t)(p - s->label) > s->longest_label)
            s->longest_label = (size_t)(p - s->label);
        s->label = p + 1;
    }

    u8 = utf8_non_ascii >non_ascii;

    let_dig = alpha | digit;
    ldh_str = ( let_dig | '-' )* let_dig;

    # ---------------------------------------------------------- local part
    atext = let_dig | [!#$%&'*+\-/=?^_`{|}~] | u8;
    dot_string = atext+ ( '.' atext+ )*;
    qtext_smtp = 32..33 | 35..91 | 93..126 | u8;
    quoted_pair_smtp = '\\' 32..126;
    quoted_string = '"' ( qtext_smtp | quoted_pair_smtp )* '"';
    local_part = dot_string | quoted_string;

    # MailerQ's loose mode: anything but CTLs, space, '<' and '>'.
    loose_octet = ( 33..126 - [<>] ) | u8;
    loose_local_part = loose_octet+;

    # -------------------------------------------------------------- domain
    # RFC 6531: a sub-domain may also be a U-label.
    label_char = let_dig | u8;
    sub_domain = label_char ( ( label_char | '-' )* label_char )?;
    domain = sub_domain ( '.' sub_domain )*;
    measured_domain = sub_domain ( '.' >label_end sub_domain )*;

    # ---------------------------------------------------- address literals
    # Snum: 1*3DIGIT with a value of 0 through 255.
    snum = digit{1,2} | [01] digit{2} | '2' [0-4] digit | '25' [0-5];
    ipv4 = snum ( '.' snum ){3};

    h16 = xdigit{1,4};
    ipv6_full = h16 ( ':' h16 ){7};
    # "::" stands for at least two groups: at most six others.
    ipv6_comp = '::' ( h16 ( ':' h16 ){0,5} )?
              | h16 '::' ( h16 ( ':' h16 ){0,4} )?
              | h16 ( ':' h16 ){1} '::' ( h16 ( ':' h16 ){0,3} )?
              | h16 ( ':' h16 ){2} '::' ( h16 ( ':' h16 ){0,2} )?
              | h16 ( ':' h16 ){3} '::' ( h16 ( ':' h16 ){0,1} )?
              | h16 ( ':' h16 ){4} '::' h16?
              | h16 ( ':' h16 ){5} '::';
    ipv6v4_full = h16 ( ':' h16 ){5} ':' ipv4;
    # At most four groups besides the "::" and the IPv4 part.
    ipv6v4_comp = '::' ( h16 ':' ){0,4} ipv4
                | h16 '::' ( h16 ':' ){0,3} ipv4
                | h16 ( ':' h16 ){1} '::' ( h16 ':' ){0,2} ipv4
                | h16 ( ':' h16 ){2} '::' ( h16 ':' ){0,1} ipv4
                | h16 ( ':' h16 ){3} '::' ipv4;
    ipv6 = 'IPv6:'i ( ipv6_full | ipv6_comp | ipv6v4_full | ipv6v4_comp );

    # The tag IPv6 is taken by the rule above: "[IPv6:junk]" is no
    # General-address-literal.
    # RFC 5321 dcontent also has '<' and '>'. We leave them out: inside a
    # Path they would make the end of the path ambiguous, and no address
    # literal in use needs them (a deliberate exception, see the tests).
    dcontent = (33..90 | 94..126) - [<>];
    standardized_tag = ldh_str - 'IPv6'i;
    general_literal = standardized_tag ':' dcontent+;
    address_literal = '[' ( ipv4 | ipv6 | general_literal ) ']';
    # Loose mode splits at the last '@': its literals cannot hold one.
    loose_general_literal = standardized_tag ':' ( dcontent - '@' )+;
    loose_address_literal = '[' ( ipv4 | ipv6 | loose_general_literal ) ']';

    # ----------------------------------------------------------- mailboxes
    smtp_mailbox = local_part '@' >at_sign
                   ( measured_domain | address_literal );
    loose_smtp_mailbox = loose_local_part '@' >at_sign
                         ( measured_domain | loose_address_literal );

    # Source routes are accepted and ignored (RFC 5321 4.1.2, C.).
    at_domain_list = '@' domain ( ',' '@' domain )*;
}%%

/* Each machine below runs over p[0..n), n > 0, and says whether it ended
 * in an accepting state. In the strict machines the grammar is
 * unambiguous, so at_sign fires once, at the separator. */

%%{
    machine mxq_strict_path;
    include mxq_address_common;

    main := '<' ( ( at_domain_list ':' )? smtp_mailbox >mailbox_start
                | 'postmaster'i
                | '' ) '>';

    write data noerror noentry;
}%%

static bool
scan_strict_path(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return cs >= mxq_strict_path_first_final;
}

%%{
    machine mxq_strict_mailbox;
    include mxq_address_common;

    main := smtp_mailbox | 'postmaster'i;

    write data noerror noentry;
}%%

static bool
scan_strict_mailbox(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return cs >= mxq_strict_mailbox_first_final;
}

%%{
    machine mxq_loose_path;
    include mxq_address_common;

    # A loose local part may begin with what reads as a source route: when
    # it does, it is one, so that the mailbox never carries the route.
    main := '<' ( at_domain_list ':' loose_smtp_mailbox >mailbox_start
                | ( loose_smtp_mailbox >mailbox_start
                    - ( at_domain_list ':' any* ) ) ) '>';

    write data noerror noentry;
}%%

static bool
scan_loose_path(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return cs >= mxq_loose_path_first_final;
}

%%{
    machine mxq_loose_mailbox;
    include mxq_address_common;

    main := loose_smtp_mailbox;

    write data noerror noentry;
}%%

static bool
scan_loose_mailbox(const unsigned char *p, size_t n, struct addr_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return cs >= mxq_loose_mailbox_first_final;
}

/* Applies the length limits and the flags to a mailbox the grammar
 * accepted: mb[0..end) with the separator at s->at. */
static enum mxq_addr_result
finish_mailbox(const unsigned char *mb, const unsigned char *end,
               const struct addr_scan *s, unsigned flags,
               struct mxq_address *out)
{
    bool literal;

    if (mb == NULL || s->at == NULL || s->at < mb || s->at >= end)
        return MXQ_ADDR_SYNTAX; /* cannot happen: the grammar needs '@' */
    if ((size_t)(s->at - mb) > MAX_LOCAL_PART ||
        (size_t)(end - s->at - 1) > MAX_DOMAIN)
        return MXQ_ADDR_TOO_LONG;
    literal = s->at[1] == '[';
    if (!literal && (s->longest_label > MAX_LABEL ||
                     (size_t)(end - s->label) > MAX_LABEL))
        return MXQ_ADDR_TOO_LONG;
    if ((s->non_ascii || s->route_non_ascii) &&
        !(flags & MXQ_ADDR_ALLOW_UTF8))
        return MXQ_ADDR_NON_ASCII;
    out->local.p = (const char *)mb;
    out->local.n = (size_t)(s->at - mb);
    out->domain.p = (const char *)s->at + 1;
    out->domain.n = (size_t)(end - s->at - 1);
    out->mailbox.p = (const char *)mb;
    out->mailbox.n = (size_t)(end - mb);
    out->is_literal = literal;
    out->is_utf8 = s->non_ascii;
    return MXQ_ADDR_OK;
}

static void
clear(struct mxq_address *out, const char *p)
{
    struct mxq_slice empty = { p, 0 };

    out->local = empty;
    out->domain = empty;
    out->mailbox = empty;
    out->is_null = false;
    out->is_postmaster = false;
    out->is_literal = false;
    out->is_utf8 = false;
}

/* "<postmaster>" or "postmaster": what the grammar accepts without '@'. */
static enum mxq_addr_result
finish_postmaster(const char *local, size_t n, unsigned flags,
                  struct mxq_address *out)
{
    if (!(flags & MXQ_ADDR_ALLOW_POSTMASTER))
        return MXQ_ADDR_SYNTAX;
    out->local.p = local;
    out->local.n = n;
    out->mailbox = out->local;
    out->is_postmaster = true;
    return MXQ_ADDR_OK;
}

/*
 * Strict first: the common case is one scan. Loose mode rescans only what
 * the strict grammar refused, so whatever strict mode accepts, loose mode
 * accepts the same way. A strict TOO_LONG or NON_ASCII is final: the
 * address is well-formed, and loose mode relaxes neither limit nor flag.
 */
enum mxq_addr_result
mxq_parse_path(const char *p, size_t n, unsigned flags,
               struct mxq_address *out)
{
    const unsigned char *u = (const unsigned char *)p;
    struct addr_scan s = { 0 };

    clear(out, p);
    if (n < 2)
        return MXQ_ADDR_SYNTAX;
    if (scan_strict_path(u, n, &s)) {
        if (s.at == NULL && n == 2) {
            if (!(flags & MXQ_ADDR_ALLOW_NULL))
                return MXQ_ADDR_SYNTAX;
            out->local.p = out->domain.p = out->mailbox.p = p + 1;
            out->is_null = true;
            return MXQ_ADDR_OK;
        }
        if (s.at == NULL)
            return finish_postmaster(p + 1, n - 2, flags, out);
        return finish_mailbox(s.mailbox, u + n - 1, &s, flags, out);
    }
    if (!(flags & MXQ_ADDR_LOOSE))
        return MXQ_ADDR_SYNTAX;
    s = (struct addr_scan){ 0 };
    if (!scan_loose_path(u, n, &s))
        return MXQ_ADDR_SYNTAX;
    return finish_mailbox(s.mailbox, u + n - 1, &s, flags, out);
}

/* As a bare mailbox, "" stands for <> and "postmaster" for <postmaster>,
 * under the same flags. */
enum mxq_addr_result
mxq_parse_mailbox(const char *p, size_t n, unsigned flags,
                  struct mxq_address *out)
{
    const unsigned char *u = (const unsigned char *)p;
    struct addr_scan s = { 0 };

    clear(out, p);
    if (n == 0) {
        if (!(flags & MXQ_ADDR_ALLOW_NULL))
            return MXQ_ADDR_SYNTAX;
        out->is_null = true;
        return MXQ_ADDR_OK;
    }
    if (scan_strict_mailbox(u, n, &s)) {
        if (s.at == NULL)
            return finish_postmaster(p, n, flags, out);
        return finish_mailbox(u, u + n, &s, flags, out);
    }
    if (!(flags & MXQ_ADDR_LOOSE))
        return MXQ_ADDR_SYNTAX;
    s = (struct addr_scan){ 0 };
    if (!scan_loose_mailbox(u, n, &s))
        return MXQ_ADDR_SYNTAX;
    return finish_mailbox(u, u + n, &s, flags, out);
}
