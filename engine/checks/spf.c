/*
 * check_host() of RFC 7208 §4-§7 as a state machine the caller drives
 * with DNS answers (see spf.h).
 *
 * Lookups are sequential: one query is outstanding at a time, which keeps
 * the state small and the order of lookups (and so which limit is reached
 * first) the one the RFC describes. An include pushes a frame (the
 * included record is evaluated as its own check_host()); a redirect
 * replaces the frame it ends, since its result is that frame's result.
 * Each include and redirect counts against MXQ_SPF_MAX_DNS_TERMS, which
 * so bounds the nesting.
 *
 * The PTR names of the client (for the ptr mechanism and the %{p} macro)
 * are looked up and validated once per check and kept. A term whose
 * domain-spec uses %{p} is evaluated again from its start once they are
 * known, so nothing is counted twice.
 */
#include <stdlib.h>
#include <string.h>

#include "spf.h"

#include "buffer.h"
#include "spf_record.h"

#define SPF_MAX_DOMAIN 253         /* RFC 1035 / RFC 7208 §7.3: a name in
                                      text form, without the final dot */
#define SPF_MAX_LABEL 63           /* RFC 1035 §2.3.4 */
/* Frames on the include chain: every include counts as a DNS term. */
#define SPF_MAX_DEPTH (MXQ_SPF_MAX_DNS_TERMS + 1)
/* The longest macro expansion kept, before §7.3 truncates a domain to
 * SPF_MAX_DOMAIN: a bound on memory for records that repeat long macros
 * (longer is permerror; an explanation this long is dropped). */
#define SPF_MAX_EXPANSION 8192
/* A macro value the engine formats itself: %{i} of IPv6 (63 octets),
 * %{c}, %{t}. */
#define SPF_VALUE_BUF 80

enum spf_state {
    ST_CHECK_HOST,                 /* the frame's domain is set */
    ST_WAIT_RECORD,
    ST_TERM,                       /* evaluate the term at frame->pos */
    ST_WAIT_A,
    ST_WAIT_MX,
    ST_MX_NEXT,                    /* look up the next MX name's addresses */
    ST_WAIT_MX_ADDR,
    ST_WAIT_EXISTS,
    ST_PTR_MATCH,                  /* ptr: the validated names are known */
    ST_PTR_START,                  /* fetch and validate the PTR names, */
    ST_WAIT_PTR,                   /* then go on at ptr_return */
    ST_PTR_NEXT,
    ST_WAIT_PTR_ADDR,
    ST_REDIRECT,                   /* no mechanism matched, redirect= given */
    ST_EXP,                        /* the result is fail: find exp= text */
    ST_WAIT_EXP,
    ST_EXP_EXPAND,
    ST_DONE
};

/* One check_host() on the include chain. */
struct spf_frame {
    char domain[SPF_MAX_DOMAIN + 1];
    char *record;                  /* the SPF record, a copy */
    size_t record_len;
    size_t pos;                    /* where the next term starts */
    bool has_redirect, has_exp;
    struct mxq_slice redirect, exp; /* their domain-specs, in record */
    bool redirected;               /* reached by redirect=: none becomes
                                      permerror (§6.1) */
    /* the mechanism waiting for DNS */
    char qualifier;
    unsigned cidr4, cidr6;
    char target[SPF_MAX_DOMAIN + 1]; /* ptr: the domain to match */
};

struct mxq_spf {
    uint8_t ip[16];                /* IPv4: the first 4 octets */
    bool ipv6;
    char *sender;                  /* local@domain, local part defaulted */
    size_t local_len;              /* sender[0..local_len) */
    const char *sender_domain;     /* inside sender */
    char *helo;
    char *receiver;
    int64_t now;
    bool helo_identity;

    struct spf_frame frames[SPF_MAX_DEPTH];
    size_t depth;                  /* the frame being evaluated */
    unsigned dns_terms, void_lookups;

    enum spf_state state;
    bool waiting;                  /* the query below is outstanding */
    char query[SPF_MAX_DOMAIN + 1];
    enum mxq_dns_type query_type;

    char mx_names[MXQ_SPF_MAX_MX_NAMES][SPF_MAX_DOMAIN + 1];
    size_t mx_count, mx_next;

    bool ptr_known;                /* ptr_names/ptr_valid are final */
    bool ptr_void;                 /* the PTR lookup found nothing */
    char ptr_names[MXQ_SPF_MAX_PTR_NAMES][SPF_MAX_DOMAIN + 1];
    bool ptr_valid[MXQ_SPF_MAX_PTR_NAMES];
    size_t ptr_count, ptr_next;
    enum spf_state ptr_return;

    char expansion[SPF_MAX_EXPANSION + 1];
    size_t expansion_len;

    char *exp_text;                /* the TXT string exp= pointed to */
    size_t exp_len;
    char *explanation;
    enum mxq_spf_result result;
};

/* ------------------------------------------------------------- helpers */

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

static bool same_name(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

/* name is domain or one of its subdomains (case-insensitive). */
static bool name_within(const char *name, const char *domain)
{
    size_t n = strlen(name), d = strlen(domain);
    if (n == d)
        return same_name(name, n, domain, d);
    return n > d && name[n - d - 1] == '.' &&
           same_name(name + n - d, d, domain, d);
}

/* Labels of 1..63 octets, at most 253 in all (no final dot). */
static bool labels_valid(const char *s, size_t n, size_t *labels)
{
    size_t count = 0, len = 0;
    if (n == 0 || n > SPF_MAX_DOMAIN)
        return false;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            if (len == 0 || len > SPF_MAX_LABEL)
                return false;
            count++;
            len = 0;
        } else {
            len++;
        }
    }
    if (labels != NULL)
        *labels = count;
    return true;
}

/* The ABNF toplabel (§12): alphanumerics with a letter, or with inner
 * hyphens. */
static bool is_toplabel(const char *s, size_t n)
{
    bool alpha = false, hyphen = false;
    if (n == 0 || s[0] == '-' || s[n - 1] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-')
            hyphen = true;
        else if (!is_alnum(s[i]))
            return false;
        else if (!(s[i] >= '0' && s[i] <= '9'))
            alpha = true;
    }
    return alpha || hyphen;
}

/* §4.3: the <domain> of a check_host() is a multi-label name of valid
 * labels ending in a toplabel; otherwise the result is none. (That also
 * turns away address literals and IP addresses given as HELO.) */
static bool check_host_domain_valid(const char *d)
{
    size_t n = strlen(d), labels;
    if (!labels_valid(d, n, &labels) || labels < 2)
        return false;
    const char *last = strrchr(d, '.') + 1;
    return is_toplabel(last, (size_t)(d + n - last));
}

static bool prefix_match(const uint8_t *a, const uint8_t *b, unsigned bits)
{
    size_t whole = bits / 8;
    if (memcmp(a, b, whole) != 0)
        return false;
    unsigned rest = bits % 8;
    if (rest == 0)
        return true;
    uint8_t mask = (uint8_t)(0xff << (8 - rest));
    return (a[whole] & mask) == (b[whole] & mask);
}

static struct spf_frame *frame(struct mxq_spf *e)
{
    return &e->frames[e->depth];
}

static enum mxq_spf_result qualifier_result(char q)
{
    switch (q) {
    case '-':
        return MXQ_SPF_FAIL;
    case '~':
        return MXQ_SPF_SOFTFAIL;
    case '?':
        return MXQ_SPF_NEUTRAL;
    default:
        return MXQ_SPF_PASS;
    }
}

/* The query type that fetches addresses comparable with the client's. */
static enum mxq_dns_type address_type(const struct mxq_spf *e)
{
    return e->ipv6 ? MXQ_DNS_AAAA : MXQ_DNS_A;
}

/* Does one of the address records lie in the client's network? */
static bool addresses_match(const struct mxq_spf *e,
                            const struct mxq_dns_record *records, size_t n,
                            unsigned cidr4, unsigned cidr6)
{
    size_t len = e->ipv6 ? 16 : 4;
    for (size_t i = 0; i < n; i++)
        if (records[i].data.n == len && records[i].data.p != NULL &&
            prefix_match(records[i].data.p, e->ip, e->ipv6 ? cidr6 : cidr4))
            return true;
    return false;
}

static void ask(struct mxq_spf *e, const char *name, enum mxq_dns_type type,
                enum spf_state next)
{
    size_t n = strlen(name);
    if (n > SPF_MAX_DOMAIN)
        n = SPF_MAX_DOMAIN;            /* callers pass checked names */
    memcpy(e->query, name, n);
    e->query[n] = '\0';
    e->query_type = type;
    e->waiting = true;
    e->state = next;
}

/* Printable ASCII without spaces: what host names in answers are made of,
 * and what %{p} may put into an explanation. */
static bool is_visible(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] <= 0x20 || s[i] >= 0x7f)
            return false;
    return true;
}

/* A DNS name from an answer (MX, PTR) that can be looked up in turn; any
 * other answer record is skipped. */
static bool copy_answer_name(char out[SPF_MAX_DOMAIN + 1],
                             const struct mxq_bytes *b)
{
    size_t n = b->n;
    if (b->p == NULL || n == 0)
        return false;
    if (b->p[n - 1] == '.')
        n--;
    if (!is_visible((const char *)b->p, n) ||
        !labels_valid((const char *)b->p, n, NULL))
        return false;
    memcpy(out, b->p, n);
    out[n] = '\0';
    return true;
}

/* ---------------------------------------------------- the IP's names */

static const char hex_upper[] = "0123456789ABCDEF";
static const char hex_lower[] = "0123456789abcdef";

/* The nibbles of the IPv6 address, dot-separated (§7.3 "dot format"),
 * most significant first; 63 octets. */
static size_t ip6_nibbles(const uint8_t ip[16], char *out, bool reverse,
                          const char *digits)
{
    size_t n = 0;
    for (size_t k = 0; k < 32; k++) {
        size_t i = reverse ? 31 - k : k;
        uint8_t v = (uint8_t)(i % 2 ? ip[i / 2] & 0x0f : ip[i / 2] >> 4);
        if (k > 0)
            out[n++] = '.';
        out[n++] = digits[v];
    }
    return n;
}

static size_t format_decimal(uint64_t v, char *out)
{
    char tmp[24];
    size_t n = 0, len = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    while (n > 0)
        out[len++] = tmp[--n];
    return len;
}

static size_t ip4_text(const uint8_t ip[4], char *out, bool reverse)
{
    size_t n = 0;
    for (size_t k = 0; k < 4; k++) {
        if (k > 0)
            out[n++] = '.';
        n += format_decimal(ip[reverse ? 3 - k : k], out + n);
    }
    return n;
}

/* RFC 5952 text: lowercase, the longest run of two or more zero groups
 * (the first of equal runs) as "::". */
static size_t ip6_text(const uint8_t ip[16], char *out)
{
    unsigned groups[8];
    size_t best = 8, best_len = 0, n = 0;
    for (size_t g = 0; g < 8; g++)
        groups[g] = (unsigned)(ip[2 * g] << 8 | ip[2 * g + 1]);
    for (size_t g = 0; g < 8;) {
        size_t run = 0;
        while (g + run < 8 && groups[g + run] == 0)
            run++;
        if (run >= 2 && run > best_len) {
            best = g;
            best_len = run;
        }
        g += run ? run : 1;
    }
    for (size_t g = 0; g < 8; g++) {
        if (g == best) {
            out[n++] = ':';
            out[n++] = ':';
            g += best_len - 1;
            continue;
        }
        if (n > 0 && out[n - 1] != ':')
            out[n++] = ':';
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            unsigned v = groups[g] >> shift & 0x0f;
            if (v || started || shift == 0) {
                out[n++] = hex_lower[v];
                started = true;
            }
        }
    }
    return n;
}

/* The name the PTR records of the client are at. */
static void reverse_name(const struct mxq_spf *e, char *out)
{
    size_t n;
    if (e->ipv6) {
        n = ip6_nibbles(e->ip, out, true, hex_lower);
        memcpy(out + n, ".ip6.arpa", sizeof ".ip6.arpa");
    } else {
        n = ip4_text(e->ip, out, true);
        memcpy(out + n, ".in-addr.arpa", sizeof ".in-addr.arpa");
    }
}

/* %{p} (§7.3): a validated name of the client that is the current
 * domain, else one of its subdomains, else any, else "unknown". */
static const char *validated_name(const struct mxq_spf *e, const char *domain)
{
    const char *within = NULL, *any = NULL;
    for (size_t i = 0; i < e->ptr_count; i++) {
        if (!e->ptr_valid[i])
            continue;
        const char *name = e->ptr_names[i];
        if (same_name(name, strlen(name), domain, strlen(domain)))
            return name;
        if (within == NULL && name_within(name, domain))
            within = name;
        if (any == NULL)
            any = name;
    }
    return within ? within : any ? any : "unknown";
}

/* -------------------------------------------------------------- macros */

struct expansion {
    struct mxq_spf *e;
    bool too_long;
};

static bool expansion_append(struct expansion *x, const char *p, size_t n)
{
    struct mxq_spf *e = x->e;
    if (n > SPF_MAX_EXPANSION - e->expansion_len) {
        x->too_long = true;
        return false;
    }
    memcpy(e->expansion + e->expansion_len, p, n);
    e->expansion_len += n;
    return true;
}

/* What a macro letter stands for, before transformers. */
static struct mxq_slice macro_value(struct mxq_spf *e, char letter,
                                    char tmp[SPF_VALUE_BUF])
{
    const char *s = "";
    size_t n = 0;
    switch (letter) {
    case 's':
        s = e->sender;
        break;
    case 'l':
        return (struct mxq_slice){e->sender, e->local_len};
    case 'o':
        s = e->sender_domain;
        break;
    case 'd':
        s = frame(e)->domain;
        break;
    case 'i':
        n = e->ipv6 ? ip6_nibbles(e->ip, tmp, false, hex_upper)
                    : ip4_text(e->ip, tmp, false);
        return (struct mxq_slice){tmp, n};
    case 'p':
        s = validated_name(e, frame(e)->domain);
        break;
    case 'v':
        s = e->ipv6 ? "ip6" : "in-addr";
        break;
    case 'h':
        s = e->helo;
        break;
    case 'c':
        n = e->ipv6 ? ip6_text(e->ip, tmp) : ip4_text(e->ip, tmp, false);
        return (struct mxq_slice){tmp, n};
    case 'r':
        s = e->receiver;
        break;
    case 't':
        if (e->now < 0) {
            tmp[0] = '-';
            n = 1 + format_decimal((uint64_t)-(e->now + 1) + 1, tmp + 1);
        } else {
            n = format_decimal((uint64_t)e->now, tmp);
        }
        return (struct mxq_slice){tmp, n};
    default:
        break;                     /* the grammar admits no other letter */
    }
    return (struct mxq_slice){s, strlen(s)};
}

static bool is_delimiter(char c, struct mxq_slice delimiters)
{
    if (delimiters.n == 0)
        return c == '.';
    return memchr(delimiters.p, c, delimiters.n) != NULL;
}

/* Part `index` of value split at the delimiters. */
static struct mxq_slice value_part(struct mxq_slice value,
                                   struct mxq_slice delimiters, size_t index)
{
    size_t start = 0, part = 0;
    for (size_t i = 0; i <= value.n; i++) {
        if (i == value.n || is_delimiter(value.p[i], delimiters)) {
            if (part == index)
                return (struct mxq_slice){value.p + start, i - start};
            part++;
            start = i + 1;
        }
    }
    return (struct mxq_slice){value.p, 0};
}

/* RFC 3986 unreserved octets stay, all others become %XX (§7.3). */
static bool append_escaped(struct expansion *x, struct mxq_slice s)
{
    for (size_t i = 0; i < s.n; i++) {
        char c = s.p[i];
        if (is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            if (!expansion_append(x, &c, 1))
                return false;
        } else {
            unsigned char u = (unsigned char)c;
            char esc[3] = {'%', hex_upper[u >> 4], hex_upper[u & 0x0f]};
            if (!expansion_append(x, esc, 3))
                return false;
        }
    }
    return true;
}

/* §7.3: split at the delimiters, reverse on 'r', keep the rightmost
 * `keep` parts, join them with ".". */
static bool expand_one(struct expansion *x, const struct mxq_spf_macro *m)
{
    char tmp[SPF_VALUE_BUF];
    struct mxq_slice value = macro_value(x->e, m->letter, tmp);
    size_t parts = 1;
    for (size_t i = 0; i < value.n; i++)
        if (is_delimiter(value.p[i], m->delimiters))
            parts++;
    size_t keep = m->keep == 0 || m->keep > parts ? parts : m->keep;
    for (size_t k = 0; k < keep; k++) {
        /* reversed, the rightmost `keep` are the original first ones */
        size_t index = m->reverse ? keep - 1 - k : parts - keep + k;
        struct mxq_slice part = value_part(value, m->delimiters, index);
        if (k > 0 && !expansion_append(x, ".", 1))
            return false;
        bool ok = m->url_escape ? append_escaped(x, part)
                                : expansion_append(x, part.p, part.n);
        if (!ok)
            return false;
    }
    return true;
}

static bool expand_piece(void *ctx, const struct mxq_spf_macro *m)
{
    struct expansion *x = ctx;
    if (!m->expand)
        return expansion_append(x, m->literal.p, m->literal.n);
    return expand_one(x, m);
}

static bool piece_uses_p(void *ctx, const struct mxq_spf_macro *m)
{
    if (m->expand && m->letter == 'p') {
        *(bool *)ctx = true;
        return false;
    }
    return true;
}

/* Does the macro-string need the client's validated name? */
static bool uses_p(struct mxq_slice spec, bool explain)
{
    bool found = false;
    if (spec.n > 0)
        mxq_spf_macro_scan(spec.p, spec.n, explain, piece_uses_p, &found);
    return found;
}

enum expand_status { EXPAND_OK, EXPAND_SYNTAX, EXPAND_TOO_LONG };

/* Expands into e->expansion (NUL-terminated). */
static enum expand_status expand(struct mxq_spf *e, struct mxq_slice spec,
                                 bool explain)
{
    struct expansion x = {.e = e};
    e->expansion_len = 0;
    enum mxq_spf_macro_status st = MXQ_SPF_MACRO_OK;
    if (spec.n > 0)
        st = mxq_spf_macro_scan(spec.p, spec.n, explain, expand_piece, &x);
    e->expansion[e->expansion_len] = '\0';
    if (x.too_long)
        return EXPAND_TOO_LONG;
    return st == MXQ_SPF_MACRO_OK ? EXPAND_OK : EXPAND_SYNTAX;
}

/* The expanded domain-spec as a name to look up: without its final dot,
 * cut on the left to SPF_MAX_DOMAIN (§7.3). False when it is no DNS name
 * (an empty or overlong label): such a target matches nothing. */
static bool expansion_target(struct mxq_spf *e, char out[SPF_MAX_DOMAIN + 1])
{
    const char *s = e->expansion;
    size_t n = e->expansion_len;
    if (n > 0 && s[n - 1] == '.')
        n--;
    while (n > SPF_MAX_DOMAIN) {
        const char *dot = memchr(s, '.', n);
        if (dot == NULL)
            return false;
        n -= (size_t)(dot + 1 - s);
        s = dot + 1;
    }
    if (!labels_valid(s, n, NULL))
        return false;
    memcpy(out, s, n);
    out[n] = '\0';
    return true;
}

/* ------------------------------------------------------------- results */

static void finish(struct mxq_spf *e, enum mxq_spf_result r)
{
    e->result = r;
    e->state = r == MXQ_SPF_FAIL && e->frames[0].has_exp ? ST_EXP : ST_DONE;
}

/* The current check_host() ended with r: hand it to the include that
 * started it, or make it the result. */
static void frame_done(struct mxq_spf *e, enum mxq_spf_result r)
{
    for (;;) {
        struct spf_frame *f = frame(e);
        if (f->redirected && r == MXQ_SPF_NONE)
            r = MXQ_SPF_PERMERROR;     /* §6.1 */
        if (e->depth == 0) {
            finish(e, r);
            return;
        }
        free(f->record);
        f->record = NULL;
        e->depth--;
        f = frame(e);
        switch (r) {                   /* §5.2's table */
        case MXQ_SPF_PASS:
            r = qualifier_result(f->qualifier);
            continue;                  /* matched: the includer ends */
        case MXQ_SPF_FAIL:
        case MXQ_SPF_SOFTFAIL:
        case MXQ_SPF_NEUTRAL:
            e->state = ST_TERM;        /* no match */
            return;
        case MXQ_SPF_TEMPERROR:
            continue;
        default:                       /* permerror, none */
            r = MXQ_SPF_PERMERROR;
            continue;
        }
    }
}

static void matched(struct mxq_spf *e)
{
    frame_done(e, qualifier_result(frame(e)->qualifier));
}

/* A term's lookup found nothing (§4.6.4). */
static void void_lookup(struct mxq_spf *e)
{
    if (++e->void_lookups > MXQ_SPF_MAX_VOID_LOOKUPS)
        frame_done(e, MXQ_SPF_PERMERROR);
    else
        e->state = ST_TERM;
}

/* §5: errors other than "no such name" end the check with temperror. */
static bool lookup_failed(enum mxq_dns_rcode rcode)
{
    return rcode != MXQ_DNS_OK && rcode != MXQ_DNS_NXDOMAIN &&
           rcode != MXQ_DNS_NODATA;
}

static void start_ptr(struct mxq_spf *e, enum spf_state resume)
{
    e->ptr_return = resume;
    e->state = ST_PTR_START;
}

/* ------------------------------------------------------------ records */

/* Reads the record once: a syntax error anywhere is permerror before
 * anything is evaluated (§4.6), and so are two redirect= or exp=
 * (§6). */
static bool record_prepare(struct spf_frame *f)
{
    size_t pos = 0;
    struct mxq_spf_term t;
    for (;;) {
        enum mxq_spf_parse r = mxq_spf_next_term(f->record, f->record_len,
                                                 &pos, &t);
        if (r == MXQ_SPF_PARSE_END)
            return true;
        if (r == MXQ_SPF_PARSE_SYNTAX)
            return false;
        if (t.kind == MXQ_SPF_TERM_REDIRECT) {
            if (f->has_redirect)
                return false;
            f->has_redirect = true;
            f->redirect = t.domain_spec;
        } else if (t.kind == MXQ_SPF_TERM_EXP) {
            if (f->has_exp)
                return false;
            f->has_exp = true;
            f->exp = t.domain_spec;
        }
    }
}

static void record_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                          const struct mxq_dns_record *records, size_t n)
{
    if (lookup_failed(rcode)) {
        frame_done(e, MXQ_SPF_TEMPERROR);      /* §4.4 */
        return;
    }
    const struct mxq_dns_record *found = NULL;
    size_t count = 0;
    for (size_t i = 0; rcode == MXQ_DNS_OK && i < n; i++) {
        const struct mxq_bytes *b = &records[i].data;
        if (b->p != NULL && mxq_spf_is_record((const char *)b->p, b->n)) {
            found = &records[i];
            count++;
        }
    }
    if (count != 1) {                          /* §4.5 */
        frame_done(e, count == 0 ? MXQ_SPF_NONE : MXQ_SPF_PERMERROR);
        return;
    }
    struct spf_frame *f = frame(e);
    f->record = mxq_copy_string((const char *)found->data.p, found->data.n);
    if (f->record == NULL) {
        /* out of memory here is transient: try again later */
        frame_done(e, MXQ_SPF_TEMPERROR);
        return;
    }
    f->record_len = found->data.n;
    f->pos = 0;
    if (!record_prepare(f)) {
        frame_done(e, MXQ_SPF_PERMERROR);
        return;
    }
    e->state = ST_TERM;
}

/* A new frame (include) or the current one again (redirect) for target. */
static void begin_check(struct spf_frame *f, const char *target,
                        bool redirected)
{
    free(f->record);
    memset(f, 0, sizeof *f);
    strcpy(f->domain, target);                 /* fits: a checked name */
    f->redirected = redirected;
}

/* Expands a term's domain-spec (empty: the current domain) into target.
 * False when the evaluation has ended (permerror); *valid says whether
 * target is a name at all. */
static bool term_target(struct mxq_spf *e, struct mxq_slice spec,
                        char target[SPF_MAX_DOMAIN + 1], bool *valid)
{
    if (spec.n == 0) {
        strcpy(target, frame(e)->domain);
        *valid = true;
        return true;
    }
    if (expand(e, spec, false) != EXPAND_OK) {
        frame_done(e, MXQ_SPF_PERMERROR);
        return false;
    }
    *valid = expansion_target(e, target);
    return true;
}

static void eval_dns_term(struct mxq_spf *e, const struct mxq_spf_term *t,
                          size_t next_pos)
{
    struct spf_frame *f = frame(e);
    char target[SPF_MAX_DOMAIN + 1];
    bool valid;

    if (!e->ptr_known && uses_p(t->domain_spec, false)) {
        start_ptr(e, ST_TERM);                 /* then this term again */
        return;
    }
    if (++e->dns_terms > MXQ_SPF_MAX_DNS_TERMS) {
        frame_done(e, MXQ_SPF_PERMERROR);
        return;
    }
    f->pos = next_pos;
    f->qualifier = t->qualifier;
    f->cidr4 = t->cidr4;
    f->cidr6 = t->cidr6;
    if (!term_target(e, t->domain_spec, target, &valid))
        return;

    switch (t->kind) {
    case MXQ_SPF_TERM_INCLUDE:
        /* check_host() of a non-name is none, and include of none is
         * permerror (§5.2) */
        if (!valid || !check_host_domain_valid(target) ||
            e->depth + 1 >= SPF_MAX_DEPTH) {
            frame_done(e, MXQ_SPF_PERMERROR);
            return;
        }
        e->depth++;
        begin_check(frame(e), target, false);
        e->state = ST_CHECK_HOST;
        return;
    case MXQ_SPF_TERM_A:
        if (valid)
            ask(e, target, address_type(e), ST_WAIT_A);
        return;
    case MXQ_SPF_TERM_MX:
        if (valid)
            ask(e, target, MXQ_DNS_MX, ST_WAIT_MX);
        return;
    case MXQ_SPF_TERM_EXISTS:
        /* §5.7: always an A lookup, whatever the client's family */
        if (valid)
            ask(e, target, MXQ_DNS_A, ST_WAIT_EXISTS);
        return;
    case MXQ_SPF_TERM_PTR:
        if (!valid)
            return;
        strcpy(f->target, target);
        if (e->ptr_known)
            e->state = ST_PTR_MATCH;
        else
            start_ptr(e, ST_PTR_MATCH);
        return;
    default:
        return;
    }
}

static void eval_term(struct mxq_spf *e)
{
    struct spf_frame *f = frame(e);
    struct mxq_spf_term t;
    size_t pos = f->pos;

    switch (mxq_spf_next_term(f->record, f->record_len, &pos, &t)) {
    case MXQ_SPF_PARSE_END:
        if (f->has_redirect)
            e->state = ST_REDIRECT;            /* §6.1: only when nothing
                                                  matched */
        else
            frame_done(e, MXQ_SPF_NEUTRAL);    /* §4.7 */
        return;
    case MXQ_SPF_PARSE_SYNTAX:
        frame_done(e, MXQ_SPF_PERMERROR);      /* record_prepare saw it */
        return;
    case MXQ_SPF_PARSE_TERM:
        break;
    }
    switch (t.kind) {
    case MXQ_SPF_TERM_ALL:
        f->pos = pos;
        f->qualifier = t.qualifier;
        matched(e);
        return;
    case MXQ_SPF_TERM_IP4:
    case MXQ_SPF_TERM_IP6: {
        bool want6 = t.kind == MXQ_SPF_TERM_IP6;
        f->pos = pos;
        f->qualifier = t.qualifier;
        if (e->ipv6 == want6 &&
            prefix_match(t.ip, e->ip, want6 ? t.cidr6 : t.cidr4))
            matched(e);
        return;
    }
    case MXQ_SPF_TERM_INCLUDE:
    case MXQ_SPF_TERM_A:
    case MXQ_SPF_TERM_MX:
    case MXQ_SPF_TERM_PTR:
    case MXQ_SPF_TERM_EXISTS:
        eval_dns_term(e, &t, pos);
        return;
    default:                                   /* modifiers */
        f->pos = pos;
        return;
    }
}

static void eval_redirect(struct mxq_spf *e)
{
    struct spf_frame *f = frame(e);
    char target[SPF_MAX_DOMAIN + 1];
    bool valid;

    if (!e->ptr_known && uses_p(f->redirect, false)) {
        start_ptr(e, ST_REDIRECT);
        return;
    }
    if (++e->dns_terms > MXQ_SPF_MAX_DNS_TERMS) {
        frame_done(e, MXQ_SPF_PERMERROR);
        return;
    }
    if (!term_target(e, f->redirect, target, &valid))
        return;
    if (!valid || !check_host_domain_valid(target)) {
        frame_done(e, MXQ_SPF_PERMERROR);      /* redirect to none */
        return;
    }
    begin_check(f, target, true);
    e->state = ST_CHECK_HOST;
}

/* -------------------------------------------------------- explanation */

static void eval_exp(struct mxq_spf *e)
{
    struct spf_frame *f = frame(e);            /* depth 0 */
    char target[SPF_MAX_DOMAIN + 1];

    if (!e->ptr_known && uses_p(f->exp, false)) {
        start_ptr(e, ST_EXP);
        return;
    }
    /* §6.2: whatever goes wrong, there is just no explanation */
    e->state = ST_DONE;
    if (expand(e, f->exp, false) != EXPAND_OK || !expansion_target(e, target))
        return;
    ask(e, target, MXQ_DNS_TXT, ST_WAIT_EXP);
}

static void exp_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                       const struct mxq_dns_record *records, size_t n)
{
    e->state = ST_DONE;
    if (rcode != MXQ_DNS_OK || n != 1 || records[0].data.p == NULL)
        return;                                /* §6.2: exactly one */
    e->exp_text = mxq_copy_string((const char *)records[0].data.p,
                                  records[0].data.n);
    e->exp_len = records[0].data.n;
    if (e->exp_text != NULL)
        e->state = ST_EXP_EXPAND;
}

static void expand_explanation(struct mxq_spf *e)
{
    struct mxq_slice text = {e->exp_text, e->exp_len};

    if (!e->ptr_known && uses_p(text, true)) {
        start_ptr(e, ST_EXP_EXPAND);
        return;
    }
    e->state = ST_DONE;
    /* The text is third-party and may end up in a reply: one
     * whose macros brought in control octets or non-ASCII (a HELO name)
     * is dropped, which §6.2 allows for any problem. */
    if (expand(e, text, true) != EXPAND_OK)
        return;
    for (size_t i = 0; i < e->expansion_len; i++) {
        char c = e->expansion[i];
        if (c < 0x20 || c >= 0x7f)
            return;
    }
    e->explanation = mxq_copy_string(e->expansion, e->expansion_len);
}

/* ------------------------------------------------------ DNS answers */

static void a_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                     const struct mxq_dns_record *records, size_t n)
{
    struct spf_frame *f = frame(e);
    if (lookup_failed(rcode))
        frame_done(e, MXQ_SPF_TEMPERROR);
    else if (rcode != MXQ_DNS_OK)
        void_lookup(e);
    else if (addresses_match(e, records, n, f->cidr4, f->cidr6))
        matched(e);
    else
        e->state = ST_TERM;
}

static void mx_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                      const struct mxq_dns_record *records, size_t n)
{
    if (lookup_failed(rcode)) {
        frame_done(e, MXQ_SPF_TEMPERROR);
        return;
    }
    if (rcode != MXQ_DNS_OK) {
        void_lookup(e);
        return;
    }
    if (n > MXQ_SPF_MAX_MX_NAMES) {
        frame_done(e, MXQ_SPF_PERMERROR);      /* §4.6.4 */
        return;
    }
    e->mx_count = 0;
    for (size_t i = 0; i < n; i++)             /* a null MX (".") is none */
        if (copy_answer_name(e->mx_names[e->mx_count], &records[i].data))
            e->mx_count++;
    e->mx_next = 0;
    e->state = ST_MX_NEXT;
}

static void mx_next(struct mxq_spf *e)
{
    if (e->mx_next == e->mx_count)
        e->state = ST_TERM;                    /* no match */
    else
        ask(e, e->mx_names[e->mx_next], address_type(e), ST_WAIT_MX_ADDR);
}

static void mx_addr_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                           const struct mxq_dns_record *records, size_t n)
{
    struct spf_frame *f = frame(e);
    if (lookup_failed(rcode)) {
        frame_done(e, MXQ_SPF_TEMPERROR);
        return;
    }
    if (rcode == MXQ_DNS_OK &&
        addresses_match(e, records, n, f->cidr4, f->cidr6)) {
        matched(e);
        return;
    }
    e->mx_next++;
    e->state = ST_MX_NEXT;
}

static void exists_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode)
{
    if (lookup_failed(rcode))
        frame_done(e, MXQ_SPF_TEMPERROR);
    else if (rcode != MXQ_DNS_OK)
        void_lookup(e);
    else
        matched(e);
}

/* §5.5: validated names of the client that are the target or below it. */
static void ptr_match(struct mxq_spf *e)
{
    struct spf_frame *f = frame(e);
    if (e->ptr_void && ++e->void_lookups > MXQ_SPF_MAX_VOID_LOOKUPS) {
        frame_done(e, MXQ_SPF_PERMERROR);
        return;
    }
    for (size_t i = 0; i < e->ptr_count; i++) {
        if (e->ptr_valid[i] && name_within(e->ptr_names[i], f->target)) {
            matched(e);
            return;
        }
    }
    e->state = ST_TERM;
}

static void ptr_start(struct mxq_spf *e)
{
    char name[SPF_MAX_DOMAIN + 1];
    reverse_name(e, name);
    ask(e, name, MXQ_DNS_PTR, ST_WAIT_PTR);
}

/* §5.5: an error in the PTR lookup only means no names. */
static void ptr_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                       const struct mxq_dns_record *records, size_t n)
{
    e->ptr_count = 0;
    e->ptr_void = rcode == MXQ_DNS_NXDOMAIN || rcode == MXQ_DNS_NODATA;
    for (size_t i = 0; rcode == MXQ_DNS_OK && i < n &&
                       e->ptr_count < MXQ_SPF_MAX_PTR_NAMES; i++)
        if (copy_answer_name(e->ptr_names[e->ptr_count], &records[i].data))
            e->ptr_valid[e->ptr_count++] = false;
    e->ptr_next = 0;
    e->state = ST_PTR_NEXT;
}

static void ptr_next(struct mxq_spf *e)
{
    if (e->ptr_next == e->ptr_count) {
        e->ptr_known = true;
        e->state = e->ptr_return;
    } else {
        ask(e, e->ptr_names[e->ptr_next], address_type(e), ST_WAIT_PTR_ADDR);
    }
}

/* §5.5: a forward lookup error skips the name. */
static void ptr_addr_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                            const struct mxq_dns_record *records, size_t n)
{
    if (rcode == MXQ_DNS_OK &&
        addresses_match(e, records, n, 32, 128))
        e->ptr_valid[e->ptr_next] = true;
    e->ptr_next++;
    e->state = ST_PTR_NEXT;
}

/* ---------------------------------------------------------- interface */

struct mxq_spf *mxq_spf_new(const uint8_t ip[16], bool ipv6,
                            const char *sender, const char *helo,
                            const char *receiver, int64_t now)
{
    static const uint8_t v4_mapped[12] = {0, 0, 0, 0, 0, 0,
                                          0, 0, 0, 0, 0xff, 0xff};
    struct mxq_spf *e = calloc(1, sizeof *e);
    if (e == NULL)
        return NULL;
    if (ipv6 && memcmp(ip, v4_mapped, sizeof v4_mapped) == 0) {
        memcpy(e->ip, ip + 12, 4);             /* §5: it is IPv4 */
    } else {
        memcpy(e->ip, ip, ipv6 ? 16 : 4);
        e->ipv6 = ipv6;
    }
    e->now = now;
    if (helo == NULL)
        helo = "";
    if (sender == NULL)
        sender = "";

    /* §4.3: the null path checks the HELO identity, postmaster@helo;
     * a sender without a local part is postmaster too. */
    e->helo_identity = sender[0] == '\0';
    const char *domain = helo, *local = "";
    size_t local_len = 0;
    if (!e->helo_identity) {
        const char *at = strrchr(sender, '@');
        domain = at ? at + 1 : sender;
        local = sender;
        local_len = at ? (size_t)(at - sender) : 0;
    }
    if (local_len == 0) {
        local = "postmaster";
        local_len = strlen(local);
    }
    size_t domain_len = strlen(domain);
    e->sender = malloc(local_len + 1 + domain_len + 1);
    e->helo = mxq_copy_string(helo, strlen(helo));
    if (receiver == NULL)
        receiver = "unknown";
    e->receiver = mxq_copy_string(receiver, strlen(receiver));
    if (e->sender == NULL || e->helo == NULL || e->receiver == NULL) {
        mxq_spf_free(e);
        return NULL;
    }
    memcpy(e->sender, local, local_len);
    e->sender[local_len] = '@';
    memcpy(e->sender + local_len + 1, domain, domain_len + 1);
    e->local_len = local_len;
    e->sender_domain = e->sender + local_len + 1;

    /* An overlong domain stays empty here: check_host() says none. */
    if (domain_len > 0 && domain[domain_len - 1] == '.')
        domain_len--;
    if (domain_len <= SPF_MAX_DOMAIN) {
        memcpy(e->frames[0].domain, domain, domain_len);
        e->frames[0].domain[domain_len] = '\0';
    }
    e->state = ST_CHECK_HOST;
    return e;
}

/* One state's work: it asks a query, or moves to another state. */
static void step(struct mxq_spf *e)
{
    switch (e->state) {
    case ST_CHECK_HOST:
        if (!check_host_domain_valid(frame(e)->domain))
            frame_done(e, MXQ_SPF_NONE);       /* §4.3 */
        else
            ask(e, frame(e)->domain, MXQ_DNS_TXT, ST_WAIT_RECORD);
        return;
    case ST_TERM:
        eval_term(e);
        return;
    case ST_MX_NEXT:
        mx_next(e);
        return;
    case ST_PTR_MATCH:
        ptr_match(e);
        return;
    case ST_PTR_START:
        ptr_start(e);
        return;
    case ST_PTR_NEXT:
        ptr_next(e);
        return;
    case ST_REDIRECT:
        eval_redirect(e);
        return;
    case ST_EXP:
        eval_exp(e);
        return;
    case ST_EXP_EXPAND:
        expand_explanation(e);
        return;
    default:                       /* waiting states are left by answers */
        e->state = ST_DONE;
        return;
    }
}

enum mxq_spf_step mxq_spf_run(struct mxq_spf *e, const char **name,
                              enum mxq_dns_type *type)
{
    /* Every step either asks a query or gets closer to the end: terms
     * only move forward and each frame change is a counted DNS term. */
    for (;;) {
        if (e->waiting) {
            *name = e->query;
            *type = e->query_type;
            return MXQ_SPF_NEED_DNS;
        }
        if (e->state == ST_DONE)
            return MXQ_SPF_DONE;
        step(e);
    }
}

void mxq_spf_answer(struct mxq_spf *e, enum mxq_dns_rcode rcode,
                    const struct mxq_dns_record *records, size_t n)
{
    if (!e->waiting)
        return;
    e->waiting = false;
    if (rcode == MXQ_DNS_OK && (n == 0 || records == NULL)) {
        rcode = MXQ_DNS_NODATA;
        n = 0;
    }
    if (rcode != MXQ_DNS_OK)
        n = 0;
    switch (e->state) {
    case ST_WAIT_RECORD:
        record_answer(e, rcode, records, n);
        return;
    case ST_WAIT_A:
        a_answer(e, rcode, records, n);
        return;
    case ST_WAIT_MX:
        mx_answer(e, rcode, records, n);
        return;
    case ST_WAIT_MX_ADDR:
        mx_addr_answer(e, rcode, records, n);
        return;
    case ST_WAIT_EXISTS:
        exists_answer(e, rcode);
        return;
    case ST_WAIT_PTR:
        ptr_answer(e, rcode, records, n);
        return;
    case ST_WAIT_PTR_ADDR:
        ptr_addr_answer(e, rcode, records, n);
        return;
    case ST_WAIT_EXP:
        exp_answer(e, rcode, records, n);
        return;
    default:
        return;
    }
}

enum mxq_spf_result mxq_spf_result(const struct mxq_spf *e,
                                   const char **explanation,
                                   const char **identity)
{
    bool done = e->state == ST_DONE && !e->waiting;
    if (explanation != NULL)
        *explanation = done ? e->explanation : NULL;
    if (identity != NULL)
        *identity = e->helo_identity ? "helo" : "mailfrom";
    return done ? e->result : MXQ_SPF_NONE;
}

const char *mxq_spf_result_name(enum mxq_spf_result r)
{
    switch (r) {
    case MXQ_SPF_NONE:
        return "none";
    case MXQ_SPF_NEUTRAL:
        return "neutral";
    case MXQ_SPF_PASS:
        return "pass";
    case MXQ_SPF_FAIL:
        return "fail";
    case MXQ_SPF_SOFTFAIL:
        return "softfail";
    case MXQ_SPF_TEMPERROR:
        return "temperror";
    case MXQ_SPF_PERMERROR:
        return "permerror";
    }
    return "none";
}

void mxq_spf_free(struct mxq_spf *e)
{
    if (e == NULL)
        return;
    for (size_t i = 0; i < SPF_MAX_DEPTH; i++)
        free(e->frames[i].record);
    free(e->sender);
    free(e->helo);
    free(e->receiver);
    free(e->exp_text);
    free(e->explanation);
    free(e);
}
