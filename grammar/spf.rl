/*
 * SPF records and macro strings: RFC 7208 §12's ABNF, with the rules of
 * §4.6.1 (a term that is neither a known mechanism nor name "=" is a
 * syntax error; unknown modifiers are accepted) and of §7 (the letters
 * c, r and t only in explanations; a DIGIT transformer is nonzero). See
 * spf_record.h for the contract.
 *
 * Terms are separated by spaces only, and no term holds a space, so a
 * record is cut at its spaces and each piece is run through the term
 * machine, which says which term it is. Where a term's parts lie (its
 * domain-spec, CIDR lengths, address) is read back from the piece once the
 * machine accepted it: the grammar is ambiguous only in where a
 * domain-spec ends, and a CIDR suffix can never be part of one (a
 * domain-spec ends in "." toplabel ["."] or in a macro-expand, neither
 * of which ends in "/" digits).
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

#include "spf_record.h"

/* A DIGIT transformer larger than any split can have parts. */
#define MACRO_KEEP_MAX 255

%%{
    machine mxq_spf_common;
    alphtype unsigned char;

    alphanum = alpha | digit;
    toplabel = ( alphanum* alpha alphanum* )
             | ( alphanum+ '-' ( alphanum | '-' )* alphanum );

    delimiter = [.\-+,/_=];
    macro_literal = 0x21..0x24 | 0x26..0x7e;
    # §7.2: c, r and t only in "exp" text.
    domain_letter = [slodiphvSLODIPHV];
    explain_letter = domain_letter | [crtCRT];
    # *DIGIT whose value is nonzero (§7.3), then an optional 'r'.
    transformers = ( '0'* [1-9] digit* )? [rR]?;

    domain_expand = '%{' domain_letter transformers delimiter* '}'
                  | '%%' | '%_' | '%-';
    any_expand = '%{' explain_letter transformers delimiter* '}'
               | '%%' | '%_' | '%-';

    domain_end = ( '.' toplabel '.'? ) | domain_expand;
    domain_spec = ( domain_expand | macro_literal )* domain_end;
    macro_string = ( any_expand | macro_literal )*;

    # Prefix lengths without leading zeros, in range (§5.6).
    ip4_cidr = '/' ( '0' | [1-9] | [12] digit | '3' [0-2] );
    ip6_cidr = '/' ( '0' | [1-9] | [1-9] digit | '1' [01] digit
                   | '12' [0-8] );
    dual_cidr = ip4_cidr? ( '/' ip6_cidr )?;

    qnum = digit | [1-9] digit | '1' digit{2} | '2' [0-4] digit
         | '25' [0-5];
    ip4_network = qnum '.' qnum '.' qnum '.' qnum;

    # RFC 4291 §2.2: "::" stands for at least two zero groups.
    h16 = xdigit{1,4};
    ip6_full = h16 ( ':' h16 ){7};
    ip6_comp = '::' ( h16 ( ':' h16 ){0,5} )?
             | h16 '::' ( h16 ( ':' h16 ){0,4} )?
             | h16 ( ':' h16 ){1} '::' ( h16 ( ':' h16 ){0,3} )?
             | h16 ( ':' h16 ){2} '::' ( h16 ( ':' h16 ){0,2} )?
             | h16 ( ':' h16 ){3} '::' ( h16 ( ':' h16 ){0,1} )?
             | h16 ( ':' h16 ){4} '::' h16?
             | h16 ( ':' h16 ){5} '::';
    ip6v4_full = h16 ( ':' h16 ){5} ':' ip4_network;
    ip6v4_comp = '::' ( h16 ':' ){0,4} ip4_network
               | h16 '::' ( h16 ':' ){0,3} ip4_network
               | h16 ( ':' h16 ){1} '::' ( h16 ':' ){0,2} ip4_network
               | h16 ( ':' h16 ){2} '::' ( h16 ':' ){0,1} ip4_network
               | h16 ( ':' h16 ){3} '::' ip4_network;
    ip6_network = ip6_full | ip6_comp | ip6v4_full | ip6v4_comp;
}%%

/* ------------------------------------------------------------ records */

bool mxq_spf_is_record(const char *p, size_t n)
{
    static const char version[] = "v=spf1";
    size_t len = sizeof version - 1;

    if (n < len || (n > len && p[len] != ' '))
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != version[i])
            return false;
    }
    return true;
}

/* The term machine only names the term. Each mechanism name's last
 * octet sets the kind, and a modifier's '=' (always later in the term)
 * overrides that: "all=x" is an unknown modifier, "a" then "all" is the
 * all mechanism. */
%%{
    machine mxq_spf_term;
    include mxq_spf_common;

    action is_all { kind = MXQ_SPF_TERM_ALL; }
    action is_include { kind = MXQ_SPF_TERM_INCLUDE; }
    action is_a { kind = MXQ_SPF_TERM_A; }
    action is_mx { kind = MXQ_SPF_TERM_MX; }
    action is_ptr { kind = MXQ_SPF_TERM_PTR; }
    action is_ip4 { kind = MXQ_SPF_TERM_IP4; }
    action is_ip6 { kind = MXQ_SPF_TERM_IP6; }
    action is_exists { kind = MXQ_SPF_TERM_EXISTS; }
    action is_redirect { kind = MXQ_SPF_TERM_REDIRECT; }
    action is_exp { kind = MXQ_SPF_TERM_EXP; }
    action is_unknown { kind = MXQ_SPF_TERM_UNKNOWN_MODIFIER; }

    qualifier = [+\-?~];
    mechanism = 'all'i @is_all
              | 'include'i @is_include ':' domain_spec
              | 'a'i @is_a ( ':' domain_spec )? dual_cidr
              | 'mx'i @is_mx ( ':' domain_spec )? dual_cidr
              | 'ptr'i @is_ptr ( ':' domain_spec )?
              | 'ip4'i @is_ip4 ':' ip4_network ip4_cidr?
              | 'ip6'i @is_ip6 ':' ip6_network ip6_cidr?
              | 'exists'i @is_exists ':' domain_spec;
    directive = qualifier? mechanism;

    name = alpha ( alphanum | [\-_.] )*;
    modifier = 'redirect'i '=' @is_redirect domain_spec
             | 'exp'i '=' @is_exp domain_spec
             | ( name - ( 'redirect'i | 'exp'i ) ) '=' @is_unknown macro_string;

    main := directive | modifier;

    write data noerror noentry;
}%%

static bool scan_term(const unsigned char *p, size_t n,
                      enum mxq_spf_term_kind *out)
{
    const unsigned char *pe = p + n;
    enum mxq_spf_term_kind kind = 0;
    int cs;

    %% write init;
    %% write exec;
    if (cs < mxq_spf_term_first_final || kind == 0)
        return false;
    *out = kind;
    return true;
}

/* Reads "/" digits at the end of s[start..*end); on success *end is at
 * the '/'. */
static bool tail_number(const char *s, size_t start, size_t *end,
                        unsigned *value)
{
    size_t i = *end;
    unsigned v = 0;

    while (i > start && s[i - 1] >= '0' && s[i - 1] <= '9')
        i--;
    if (i == *end || i == start || s[i - 1] != '/')
        return false;
    for (size_t k = i; k < *end; k++)
        v = v * 10 + (unsigned)(s[k] - '0');  /* at most 3 digits */
    *value = v;
    *end = i - 1;
    return true;
}

/* The dual-cidr-length at the end of an a or mx term. */
static size_t strip_dual_cidr(const char *s, size_t start, size_t end,
                              struct mxq_spf_term *t)
{
    unsigned v;

    if (tail_number(s, start, &end, &v)) {
        if (end > start && s[end - 1] == '/') {
            t->cidr6 = v;
            end--;
            if (tail_number(s, start, &end, &v))
                t->cidr4 = v;
        } else {
            t->cidr4 = v;
        }
    }
    return end;
}

static unsigned parse_decimal(const char *s, size_t n)
{
    unsigned v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (unsigned)(s[i] - '0');
    return v;
}

/* Dotted quad, already checked by the grammar. */
static void parse_ip4(const char *s, size_t n, uint8_t out[4])
{
    size_t part = 0, from = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            out[part++] = (uint8_t)parse_decimal(s + from, i - from);
            from = i + 1;
        }
    }
}

static unsigned hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (unsigned)(c - 'a' + 10);
    return (unsigned)(c - 'A' + 10);
}

/* An RFC 4291 address, already checked by the grammar. */
static void parse_ip6(const char *s, size_t n, uint8_t out[16])
{
    uint16_t head[8], tail[8];
    size_t nhead = 0, ntail = 0, i = 0;
    bool gap = false;

    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        gap = true;
        i = 2;
    }
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ':' && s[j] != '.')
            j++;
        uint16_t *groups = gap ? tail : head;
        size_t *count = gap ? &ntail : &nhead;
        if (j < n && s[j] == '.') {
            /* the trailing IPv4 part is the last two groups */
            uint8_t v4[4];
            parse_ip4(s + i, n - i, v4);
            groups[(*count)++] = (uint16_t)(v4[0] << 8 | v4[1]);
            groups[(*count)++] = (uint16_t)(v4[2] << 8 | v4[3]);
            break;
        }
        unsigned g = 0;
        for (size_t k = i; k < j; k++)
            g = g << 4 | hex_value(s[k]);
        groups[(*count)++] = (uint16_t)g;
        i = j;
        if (i < n) {
            if (i + 1 < n && s[i + 1] == ':') {
                gap = true;
                i += 2;
            } else {
                i++;
            }
        }
    }
    uint16_t all[8] = {0};
    memcpy(all, head, nhead * sizeof head[0]);
    memcpy(all + 8 - ntail, tail, ntail * sizeof tail[0]);
    for (size_t g = 0; g < 8; g++) {
        out[2 * g] = (uint8_t)(all[g] >> 8);
        out[2 * g + 1] = (uint8_t)all[g];
    }
}

/* Where the parts of an accepted term lie. */
static void split_term(const char *s, size_t n, struct mxq_spf_term *t)
{
    size_t i = 0;

    t->qualifier = '+';
    if (t->kind <= MXQ_SPF_TERM_EXISTS && strchr("+-?~", s[0]) != NULL) {
        t->qualifier = s[0];
        i = 1;
    }
    if (t->kind >= MXQ_SPF_TERM_REDIRECT) {
        const char *eq = memchr(s, '=', n);  /* the grammar put one there */
        size_t at = (size_t)(eq - s);
        t->name = (struct mxq_slice){s, at};
        t->value = (struct mxq_slice){s + at + 1, n - at - 1};
        if (t->kind != MXQ_SPF_TERM_UNKNOWN_MODIFIER)
            t->domain_spec = t->value;
        return;
    }
    while (i < n && s[i] != ':' && s[i] != '/')
        i++;                                 /* past the mechanism name */
    size_t end = n;
    switch (t->kind) {
    case MXQ_SPF_TERM_A:
    case MXQ_SPF_TERM_MX:
        end = strip_dual_cidr(s, i, n, t);
        break;
    case MXQ_SPF_TERM_IP4:
    case MXQ_SPF_TERM_IP6: {
        unsigned v;
        if (tail_number(s, i, &end, &v)) {
            if (t->kind == MXQ_SPF_TERM_IP4)
                t->cidr4 = v;
            else
                t->cidr6 = v;
        }
        if (t->kind == MXQ_SPF_TERM_IP4)
            parse_ip4(s + i + 1, end - i - 1, t->ip);
        else
            parse_ip6(s + i + 1, end - i - 1, t->ip);
        return;
    }
    default:
        break;
    }
    if (i < end && s[i] == ':')
        t->domain_spec = (struct mxq_slice){s + i + 1, end - i - 1};
}

enum mxq_spf_parse mxq_spf_next_term(const char *rec, size_t n, size_t *pos,
                                     struct mxq_spf_term *term)
{
    size_t i = *pos;

    if (i == 0)
        i = 6;                               /* "v=spf1" */
    while (i < n && rec[i] == ' ')
        i++;
    *pos = i;
    if (i >= n)
        return MXQ_SPF_PARSE_END;
    size_t start = i;
    while (i < n && rec[i] != ' ')
        i++;

    memset(term, 0, sizeof *term);
    term->cidr4 = 32;
    term->cidr6 = 128;
    if (!scan_term((const unsigned char *)rec + start, i - start,
                   &term->kind))
        return MXQ_SPF_PARSE_SYNTAX;
    term->text = (struct mxq_slice){rec + start, i - start};
    split_term(rec + start, i - start, term);
    *pos = i;
    return MXQ_SPF_PARSE_TERM;
}

/* ------------------------------------------------------------- macros */

struct macro_scan {
    mxq_spf_macro_fn *fn;
    void *ctx;
    const unsigned char *literal;            /* pending literal run, or NULL */
    struct mxq_spf_macro m;                  /* the expansion being read */
    bool stopped;
};

static bool emit_literal(struct macro_scan *s, const char *p, size_t n)
{
    struct mxq_spf_macro lit = {.literal = {p, n}};
    if (!s->fn(s->ctx, &lit)) {
        s->stopped = true;
        return false;
    }
    return true;
}

/* Reports the literal run that ends at p, if any. */
static bool flush_literal(struct macro_scan *s, const unsigned char *p)
{
    const unsigned char *from = s->literal;
    s->literal = NULL;
    if (from == NULL)
        return true;
    return emit_literal(s, (const char *)from, (size_t)(p - from));
}

%%{
    machine mxq_spf_macro_common;
    include mxq_spf_common;

    action literal { if (s->literal == NULL) s->literal = p; }
    action flush { if (!flush_literal(s, p)) fbreak; }
    action letter {
        s->m = (struct mxq_spf_macro){.expand = true};
        s->m.url_escape = *p >= 'A' && *p <= 'Z';
        s->m.letter = (char)(s->m.url_escape ? *p - 'A' + 'a' : *p);
    }
    action digit {
        s->m.keep = s->m.keep * 10 + (unsigned)(*p - '0');
        if (s->m.keep > MACRO_KEEP_MAX)
            s->m.keep = MACRO_KEEP_MAX;
    }
    action reverse { s->m.reverse = true; }
    action delimiter {
        if (s->m.delimiters.p == NULL)
            s->m.delimiters.p = (const char *)p;
        s->m.delimiters.n++;
    }
    action expand {
        if (!s->fn(s->ctx, &s->m)) {
            s->stopped = true;
            fbreak;
        }
    }
    action percent { if (!emit_literal(s, "%", 1)) fbreak; }
    action space { if (!emit_literal(s, " ", 1)) fbreak; }
    action url_space { if (!emit_literal(s, "%20", 3)) fbreak; }

    scan_transformers = ( ( '0'* [1-9] digit* ) $digit )? ( [rR] @reverse )?;
    escapes = '%' >flush ( '%' @percent | '_' @space | '-' @url_space );
    domain_piece = '%' >flush '{' domain_letter @letter scan_transformers
                   ( delimiter @delimiter )* '}' @expand
                 | escapes
                 | macro_literal @literal;
    explain_piece = '%' >flush '{' explain_letter @letter scan_transformers
                    ( delimiter @delimiter )* '}' @expand
                  | escapes
                  | ( macro_literal | ' ' ) @literal;
}%%

%%{
    machine mxq_spf_macro_domain;
    include mxq_spf_macro_common;
    main := domain_piece*;
    write data noerror noentry;
}%%

%%{
    machine mxq_spf_macro_explain;
    include mxq_spf_macro_common;
    main := explain_piece*;
    write data noerror noentry;
}%%

/* Each runs its machine over p[0..n) and says whether it accepted all
 * of it (false also when a callback stopped it). */
static bool scan_domain_macro(const unsigned char *p, size_t n,
                              struct macro_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %%{
        machine mxq_spf_macro_domain;
        write init;
        write exec;
    }%%
    return p == pe && cs >= mxq_spf_macro_domain_first_final;
}

static bool scan_explain_macro(const unsigned char *p, size_t n,
                               struct macro_scan *s)
{
    const unsigned char *pe = p + n;
    int cs;

    %%{
        machine mxq_spf_macro_explain;
        write init;
        write exec;
    }%%
    return p == pe && cs >= mxq_spf_macro_explain_first_final;
}

/* The DIGIT transformer's value was checked nonzero by the grammar
 * (transformers), so keep == 0 means "no DIGIT". */
enum mxq_spf_macro_status mxq_spf_macro_scan(const char *text, size_t n,
                                             bool explain,
                                             mxq_spf_macro_fn *fn, void *ctx)
{
    const unsigned char *p = (const unsigned char *)text;
    struct macro_scan scan = {.fn = fn, .ctx = ctx};

    if (n == 0)
        return MXQ_SPF_MACRO_OK;           /* the empty macro-string */
    bool accepted = explain ? scan_explain_macro(p, n, &scan)
                            : scan_domain_macro(p, n, &scan);

    if (scan.stopped)
        return MXQ_SPF_MACRO_STOPPED;
    if (!accepted)
        return MXQ_SPF_MACRO_SYNTAX;
    if (!flush_literal(&scan, p + n))
        return MXQ_SPF_MACRO_STOPPED;
    return MXQ_SPF_MACRO_OK;
}
