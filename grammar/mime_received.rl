/*
 * Received field bodies. See mime_received.h for the contract and the
 * leniency.
 *
 * Two layers. A scanner cuts the body into words and separators
 * ( ) [ ] < > ; = , " / : (an IPv6 address, with or without "IPv6:", is
 * one word although it holds ':') and keeps the comment and bracket
 * depth. Each word is classified by small exact-match machines (address,
 * keyword, protocol, TLS version, e-mail, domain, cipher suite) and fed
 * to the walk: a keyword outside comments opens its clause and says what
 * the next words may be; the words of the from clause's comments give
 * the TCP-info.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>

#include "mime_content_type.h"
#include "mime_received.h"

%%{
    machine mxq_received_common;
    alphtype unsigned char;

    qnum = digit | [1-9] digit | '1' digit{2} | '2' [0-4] digit
         | '25' [0-5];
    ip4 = qnum '.' qnum '.' qnum '.' qnum;

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
    ip6v4_full = h16 ( ':' h16 ){5} ':' ip4;
    ip6v4_comp = '::' ( h16 ':' ){0,4} ip4
               | h16 '::' ( h16 ':' ){0,3} ip4
               | h16 ( ':' h16 ){1} '::' ( h16 ':' ){0,2} ip4
               | h16 ( ':' h16 ){2} '::' ( h16 ':' ){0,1} ip4
               | h16 ( ':' h16 ){3} '::' ip4;
    ip6 = ip6_full | ip6_comp | ip6v4_full | ip6v4_comp;
}%%

enum word_kind {
    WORD_SEPARATOR,            /* one of the separator octets */
    WORD_TEXT,                 /* none of the below */
    WORD_IP,
    WORD_FROM, WORD_BY, WORD_FOR, WORD_ID, WORD_WITH, WORD_VIA, WORD_IDENT,
    WORD_GREETING,             /* value: enum mxq_received_greeting */
    WORD_PROTOCOL,             /* value: enum mxq_received_protocol */
    WORD_TLS,                  /* value: enum mxq_received_tls */
    WORD_EMAIL,
    WORD_DOMAIN,
    WORD_CIPHER
};

struct word {
    enum word_kind kind;
    int value;
    unsigned char separator;
    struct mxq_slice text;
    unsigned depth;            /* comments open around it */
    unsigned brackets;         /* '[' open around it */
};

/* ------------------------------------------------------ classification */

static bool whole_match(int cs, int first_final, const unsigned char *p,
                        const unsigned char *pe)
{
    return cs >= first_final && p == pe;
}

%%{
    machine mxq_received_ip4;
    include mxq_received_common;
    main := ip4;
    write data noerror;
}%%

static bool is_ip4(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    %% write init;
    %% write exec;
    (void)mxq_received_ip4_en_main;
    return whole_match(cs, mxq_received_ip4_first_final, p, pe);
}

/* Keywords, greetings, protocol names and TLS versions, case-insensitive.
 * An action on a longer name overrides the one on its prefix. */
%%{
    machine mxq_received_name;
    alphtype unsigned char;

    action kw_from { kind = WORD_FROM; }
    action kw_by { kind = WORD_BY; }
    action kw_for { kind = WORD_FOR; }
    action kw_id { kind = WORD_ID; }
    action kw_with { kind = WORD_WITH; }
    action kw_via { kind = WORD_VIA; }
    action kw_ident { kind = WORD_IDENT; }

    keyword = 'from'i @kw_from | 'by'i @kw_by | 'for'i @kw_for
            | 'id'i @kw_id | 'with'i @kw_with | 'via'i @kw_via
            | 'ident'i @kw_ident;

    greeting = ( 'helo'i @{ value = MXQ_RECEIVED_HELO; }
               | 'ehlo'i @{ value = MXQ_RECEIVED_EHLO; }
               | 'lhlo'i @{ value = MXQ_RECEIVED_LHLO; } )
               @{ kind = WORD_GREETING; };

    action p_smtp { value = MXQ_RECEIVED_PROTO_SMTP; }
    action p_esmtp { value = MXQ_RECEIVED_PROTO_ESMTP; }
    action p_esmtpa { value = MXQ_RECEIVED_PROTO_ESMTPA; }
    action p_esmtps { value = MXQ_RECEIVED_PROTO_ESMTPS; }
    action p_esmtpsa { value = MXQ_RECEIVED_PROTO_ESMTPSA; }
    action p_lmtp { value = MXQ_RECEIVED_PROTO_LMTP; }
    action p_lmtpa { value = MXQ_RECEIVED_PROTO_LMTPA; }
    action p_lmtps { value = MXQ_RECEIVED_PROTO_LMTPS; }
    action p_lmtpsa { value = MXQ_RECEIVED_PROTO_LMTPSA; }
    action p_http { value = MXQ_RECEIVED_PROTO_HTTP; }
    action p_https { value = MXQ_RECEIVED_PROTO_HTTPS; }
    action p_local { value = MXQ_RECEIVED_PROTO_LOCAL; }

    # RFC 3848's names, and what MTAs write for them ("smtpsvc",
    # "local-esmtps", "asmtp", "httprest", "ESMTP-TLS", "BSMTP").
    protocol = ( 'smtp'i @p_smtp | 'smtpd'i @p_smtp | 'smtpsvc'i @p_smtp
               | 'bsmtp'i @p_smtp | 'esmtp-tls'i @p_esmtps
               | 'esmtp'i @p_esmtp | 'esmtpa'i @p_esmtpa
               | 'asmtp'i @p_esmtpa
               | 'esmtps'i @p_esmtps | 'esmtpsa'i @p_esmtpsa
               | 'esmtptls'i @p_esmtps
               | 'lmtp'i @p_lmtp | 'lsmtp'i @p_lmtp | 'lmtpa'i @p_lmtpa
               | 'lmtps'i @p_lmtps | 'lmtpsa'i @p_lmtpsa
               | 'utf8smtp'i @{ value = MXQ_RECEIVED_PROTO_UTF8SMTP; }
               | 'utf8smtpa'i @{ value = MXQ_RECEIVED_PROTO_UTF8SMTPA; }
               | 'utf8smtps'i @{ value = MXQ_RECEIVED_PROTO_UTF8SMTPS; }
               | 'utf8smtpsa'i @{ value = MXQ_RECEIVED_PROTO_UTF8SMTPSA; }
               | 'utf8lmtp'i @{ value = MXQ_RECEIVED_PROTO_UTF8LMTP; }
               | 'utf8lmtpa'i @{ value = MXQ_RECEIVED_PROTO_UTF8LMTPA; }
               | 'utf8lmtps'i @{ value = MXQ_RECEIVED_PROTO_UTF8LMTPS; }
               | 'utf8lmtpsa'i @{ value = MXQ_RECEIVED_PROTO_UTF8LMTPSA; }
               | 'http'i @p_http | 'httpu'i @p_http | 'httprest'i @p_http
               | 'https'i @p_https
               | 'imap'i @{ value = MXQ_RECEIVED_PROTO_IMAP; }
               | 'pop3'i @{ value = MXQ_RECEIVED_PROTO_POP3; }
               | 'mms'i @{ value = MXQ_RECEIVED_PROTO_MMS; }
               | 'local'i @p_local | 'socket'i @p_local | 'stdin'i @p_local
               | 'local-esmtp'i @p_esmtp | 'local-esmtps'i @p_esmtps
               | 'local-smtp'i @p_smtp | 'local-bsmtp'i @p_smtp
               ) @{ kind = WORD_PROTOCOL; };

    action v10 { value = MXQ_RECEIVED_TLSV1_0; }
    tls_sep = [._\-];
    tls = ( 'tls'i 'v'i? tls_sep* '1' tls_sep* ( '0' @v10
              | '1' @{ value = MXQ_RECEIVED_TLSV1_1; }
              | '2' @{ value = MXQ_RECEIVED_TLSV1_2; }
              | '3' @{ value = MXQ_RECEIVED_TLSV1_3; } )
          | 'tls'i 'v'i? '1' @v10
          | 'ssl'i 'v'i? ( '2' @{ value = MXQ_RECEIVED_SSLV2; }
                         | '3' @{ value = MXQ_RECEIVED_SSLV3; } )
          ) @{ kind = WORD_TLS; };

    main := keyword | greeting | protocol | tls;

    write data noerror;
}%%

static bool named_word(const unsigned char *p, const unsigned char *pe,
                       struct word *w)
{
    enum word_kind kind = WORD_TEXT;
    int value = 0, cs;

    %% write init;
    %% write exec;
    (void)mxq_received_name_en_main;
    if (!whole_match(cs, mxq_received_name_first_final, p, pe))
        return false;
    w->kind = kind;
    w->value = value;
    return true;
}

/* An e-mail address: one '@' and a letter somewhere. */
%%{
    machine mxq_received_email;
    alphtype unsigned char;
    main := ( (any - '@')* '@' (any - '@')* ) & ( any* alpha any* );
    write data noerror;
}%%

static bool is_email(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    %% write init;
    %% write exec;
    (void)mxq_received_email_en_main;
    return whole_match(cs, mxq_received_email_first_final, p, pe);
}

/* A domain name: letters, digits, '-', '.' (and UTF-8), with a dot and a
 * letter. */
%%{
    machine mxq_received_domain;
    alphtype unsigned char;
    domain_char = alnum | [.\-] | 0x80..0xff;
    main := domain_char+ & ( any* '.' any* ) & ( any* alpha any* );
    write data noerror;
}%%

static bool is_domain(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    %% write init;
    %% write exec;
    (void)mxq_received_domain_en_main;
    return whole_match(cs, mxq_received_domain_first_final, p, pe);
}

/* A TLS cipher suite name as OpenSSL and IANA spell them: capitals,
 * digits, '_' or '-', a known first word, seven octets or more. */
%%{
    machine mxq_received_cipher;
    alphtype unsigned char;
    main := ( ( 'RSA' | 'ECD' | 'DHE' | 'PSK' | 'SRP' | 'AES' | 'DES'
              | 'TLS' ) [A-Z0-9_\-]* )
          & ( any* digit any* ) & ( any* [_\-] any* ) & any{7,};
    write data noerror;
}%%

static bool is_cipher(const unsigned char *p, const unsigned char *pe)
{
    int cs;
    %% write init;
    %% write exec;
    (void)mxq_received_cipher_en_main;
    return whole_match(cs, mxq_received_cipher_first_final, p, pe);
}

static void classify(struct word *w)
{
    const unsigned char *p = (const unsigned char *)w->text.p;
    const unsigned char *pe = p + w->text.n;

    w->kind = WORD_TEXT;
    if (is_ip4(p, pe))
        w->kind = WORD_IP;
    else if (named_word(p, pe, w))
        return;
    else if (is_email(p, pe))
        w->kind = WORD_EMAIL;
    else if (is_domain(p, pe))
        w->kind = WORD_DOMAIN;
    else if (is_cipher(p, pe))
        w->kind = WORD_CIPHER;
}

/* ---------------------------------------------------------------- walk */

/* What the next word may be, after a keyword. */
enum expect {
    EXPECT_NOTHING, EXPECT_FROM, EXPECT_BY, EXPECT_FOR, EXPECT_ID,
    EXPECT_WITH, EXPECT_VIA, EXPECT_HELO, EXPECT_IDENT
};

enum clause { CLAUSE_NONE, CLAUSE_FROM, CLAUSE_OTHER };

struct walker {
    struct mxq_received *r;
    enum expect expect;
    enum clause clause;
    unsigned depth, brackets;
    bool in_quote;
};

static bool is_sep(const struct word *w, const char *which)
{
    if (w->kind != WORD_SEPARATOR)
        return false;
    for (; *which; which++)
        if ((unsigned char)*which == w->separator)
            return true;
    return false;
}

static bool is_keyword(const struct word *w)
{
    return w->kind == WORD_FROM || w->kind == WORD_BY ||
           w->kind == WORD_FOR || w->kind == WORD_ID ||
           w->kind == WORD_WITH || w->kind == WORD_VIA;
}

/* Drops the '@' of "user@" (an ident written before an address literal). */
static struct mxq_slice ident_of(struct mxq_slice s)
{
    if (s.n > 1 && s.p[s.n - 1] == '@')
        s.n--;
    return s;
}

/* The value of a host clause (from, by, the HELO name). */
static void take_host(const struct word *w, struct mxq_slice *host,
                      bool *is_ip)
{
    *host = w->text;
    *is_ip = w->kind == WORD_IP;
}

/* A word after a keyword: true when it was the keyword's (taken or passed
 * over); false when it ends the expectation and is to be walked on its
 * own. */
static bool expected(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;
    bool sep = w->kind == WORD_SEPARATOR;

    switch (k->expect) {
    case EXPECT_FROM:
        if (is_sep(w, "["))
            return true;
        if (!sep)
            take_host(w, &r->from, &r->from_is_ip);
        break;
    case EXPECT_BY:
        if (is_sep(w, "[<"))
            return true;
        if (!sep)
            take_host(w, &r->by, &r->by_is_ip);
        break;
    case EXPECT_HELO:
        if (is_sep(w, "=[:"))
            return true;
        if (!sep)
            take_host(w, &r->helo, &r->helo_is_ip);
        break;
    case EXPECT_FOR:
        if (is_sep(w, "=<"))
            return true;
        if (w->kind != WORD_EMAIL) {
            k->expect = EXPECT_NOTHING;
            return false;
        }
        r->for_ = w->text;
        break;
    case EXPECT_ID:
        if (is_sep(w, "=<[:"))
            return true;
        if (!sep)
            r->id = w->text;
        break;
    case EXPECT_IDENT:
        if (is_sep(w, "=<[:"))
            return true;
        if (!sep)
            r->ident = w->text;
        break;
    case EXPECT_VIA:
        if (is_sep(w, "="))
            return true;
        if (!sep)
            r->via = w->text;
        break;
    case EXPECT_WITH:
        /* the protocol may come after words of the MTA's name
         * ("with Microsoft SMTPSVC", "with [XMail 1.20 ESMTP Server]") */
        if (w->kind == WORD_PROTOCOL) {
            r->with = w->text;
            r->protocol = (enum mxq_received_protocol)w->value;
            break;
        }
        if (is_sep(w, ";") || w->kind == WORD_TLS || is_keyword(w)) {
            k->expect = EXPECT_NOTHING;
            return false;
        }
        return true;
    case EXPECT_NOTHING:
        return false;
    }
    k->expect = EXPECT_NOTHING;
    return !sep;
}

/* A keyword outside comments opens its clause. "from" counts inside one
 * too ("(from user@host) by ...") while no from was found. */
static void keyword(struct walker *k, const struct word *w)
{
    static const enum expect expects[] = {
        [WORD_BY] = EXPECT_BY, [WORD_FOR] = EXPECT_FOR,
        [WORD_ID] = EXPECT_ID, [WORD_WITH] = EXPECT_WITH,
        [WORD_VIA] = EXPECT_VIA,
    };

    if (w->kind == WORD_FROM) {
        if (k->r->from.n == 0) {
            k->expect = EXPECT_FROM;
            k->clause = CLAUSE_FROM;
        }
    } else if (w->depth == 0) {
        k->expect = expects[w->kind];
        k->clause = CLAUSE_OTHER;
    }
}

/* The words of TCP-info: inside the from clause's comments. */
static void tcp_info(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;

    switch (w->kind) {
    case WORD_GREETING:
        if (w->depth > 0) {
            r->helo_cmd = (enum mxq_received_greeting)w->value;
            k->expect = EXPECT_HELO;
        }
        break;
    case WORD_IP:
        /* an address literal wins over a bare address */
        if (w->brackets > 0 || (w->depth > 0 && r->from_ip.n == 0))
            r->from_ip = w->text;
        break;
    case WORD_DOMAIN:
        if (w->depth > 0)
            r->from_iprev = w->text;
        break;
    case WORD_EMAIL:
        r->ident = ident_of(w->text);
        break;
    default:
        break;
    }
}

static void walk(struct walker *k, const struct word *w)
{
    struct mxq_received *r = k->r;

    if (k->expect != EXPECT_NOTHING && expected(k, w))
        return;
    switch (w->kind) {
    case WORD_FROM: case WORD_BY: case WORD_FOR: case WORD_ID:
    case WORD_WITH: case WORD_VIA:
        keyword(k, w);
        return;
    case WORD_SEPARATOR:
        if (w->separator == ';' && w->depth == 0)
            k->clause = CLAUSE_OTHER;
        return;
    case WORD_IDENT:
        if (w->depth > 0)
            k->expect = EXPECT_IDENT;
        return;
    case WORD_CIPHER:
        if (w->depth > 0 || r->tls_cipher.n == 0)
            r->tls_cipher = w->text;
        return;
    case WORD_TLS:
        if (w->depth > 0 && r->tls_version == MXQ_RECEIVED_TLS_NONE)
            r->tls_version = (enum mxq_received_tls)w->value;
        return;
    default:
        break;
    }
    if (k->clause == CLAUSE_FROM)
        tcp_info(k, w);
}

static void walk_word(struct walker *k, const unsigned char *ts,
                      const unsigned char *te, bool ip6)
{
    struct word w = {
        .text = {(const char *)ts, (size_t)(te - ts)},
        .depth = k->depth, .brackets = k->brackets,
    };
    if (ip6)
        w.kind = WORD_IP;
    else
        classify(&w);
    walk(k, &w);
}

/* A separator is walked with the depth before it; it then opens or
 * closes a comment or bracket (not inside a quoted-string). */
static void walk_separator(struct walker *k, unsigned char c)
{
    struct word w = {
        .kind = WORD_SEPARATOR, .separator = c,
        .depth = k->depth, .brackets = k->brackets,
    };
    walk(k, &w);
    if (c == '"')
        k->in_quote = !k->in_quote;
    if (k->in_quote)
        return;
    if (c == '(')
        k->depth++;
    else if (c == ')' && k->depth > 0)
        k->depth--;
    else if (c == '[')
        k->brackets++;
    else if (c == ']' && k->brackets > 0)
        k->brackets--;
}

%%{
    machine mxq_received_words;
    include mxq_received_common;

    blank = [ \t\r\n];
    separator = [()\[\]<>;=,"/:];

    main := |*
        blank+;
        'IPv6:'i ip6 => { walk_word(k, ts + 5, te, true); };
        ip6 => { walk_word(k, ts, te, true); };
        ( any - blank - separator )+ => { walk_word(k, ts, te, false); };
        separator => { walk_separator(k, *ts); };
    *|;

    write data noerror nofinal;
}%%

static bool found_any(const struct mxq_received *r)
{
    return r->from.n || r->from_ip.n || r->from_iprev.n || r->helo.n ||
           r->helo_cmd || r->ident.n || r->by.n || r->via.n || r->with.n ||
           r->id.n || r->for_.n || r->tls_version || r->tls_cipher.n ||
           r->has_date;
}

bool mxq_received_parse(const char *data, size_t n, struct mxq_received *out)
{
    const unsigned char *p = (const unsigned char *)data;
    const unsigned char *pe = p + mxq_mime_field_extent(data, n), *eof = pe;
    const unsigned char *ts, *te;
    struct walker walker = {.r = out}, *k = &walker;
    int cs, act;

    *out = (struct mxq_received){0};
    %% write init;
    %% write exec;
    (void)mxq_received_words_en_main;
    (void)act;
    out->has_date = mxq_date_parse(data, n, &out->date);
    return found_any(out);
}

const char *mxq_received_protocol_name(enum mxq_received_protocol proto)
{
    static const char *const names[] = {
        [MXQ_RECEIVED_PROTO_NONE] = "",
        [MXQ_RECEIVED_PROTO_SMTP] = "SMTP",
        [MXQ_RECEIVED_PROTO_ESMTP] = "ESMTP",
        [MXQ_RECEIVED_PROTO_ESMTPA] = "ESMTPA",
        [MXQ_RECEIVED_PROTO_ESMTPS] = "ESMTPS",
        [MXQ_RECEIVED_PROTO_ESMTPSA] = "ESMTPSA",
        [MXQ_RECEIVED_PROTO_LMTP] = "LMTP",
        [MXQ_RECEIVED_PROTO_LMTPA] = "LMTPA",
        [MXQ_RECEIVED_PROTO_LMTPS] = "LMTPS",
        [MXQ_RECEIVED_PROTO_LMTPSA] = "LMTPSA",
        [MXQ_RECEIVED_PROTO_UTF8SMTP] = "UTF8SMTP",
        [MXQ_RECEIVED_PROTO_UTF8SMTPA] = "UTF8SMTPA",
        [MXQ_RECEIVED_PROTO_UTF8SMTPS] = "UTF8SMTPS",
        [MXQ_RECEIVED_PROTO_UTF8SMTPSA] = "UTF8SMTPSA",
        [MXQ_RECEIVED_PROTO_UTF8LMTP] = "UTF8LMTP",
        [MXQ_RECEIVED_PROTO_UTF8LMTPA] = "UTF8LMTPA",
        [MXQ_RECEIVED_PROTO_UTF8LMTPS] = "UTF8LMTPS",
        [MXQ_RECEIVED_PROTO_UTF8LMTPSA] = "UTF8LMTPSA",
        [MXQ_RECEIVED_PROTO_HTTP] = "HTTP",
        [MXQ_RECEIVED_PROTO_HTTPS] = "HTTPS",
        [MXQ_RECEIVED_PROTO_IMAP] = "IMAP",
        [MXQ_RECEIVED_PROTO_POP3] = "POP3",
        [MXQ_RECEIVED_PROTO_MMS] = "MMS",
        [MXQ_RECEIVED_PROTO_LOCAL] = "Local",
    };
    if ((unsigned)proto >= sizeof names / sizeof names[0])
        return "";
    return names[proto];
}

const char *mxq_received_tls_name(enum mxq_received_tls tls)
{
    static const char *const names[] = {
        [MXQ_RECEIVED_TLS_NONE] = "",
        [MXQ_RECEIVED_SSLV2] = "SSLv2",
        [MXQ_RECEIVED_SSLV3] = "SSLv3",
        [MXQ_RECEIVED_TLSV1_0] = "TLSv1_0",
        [MXQ_RECEIVED_TLSV1_1] = "TLSv1_1",
        [MXQ_RECEIVED_TLSV1_2] = "TLSv1_2",
        [MXQ_RECEIVED_TLSV1_3] = "TLSv1_3",
    };
    if ((unsigned)tls >= sizeof names / sizeof names[0])
        return "";
    return names[tls];
}
