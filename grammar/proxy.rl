/*
 * PROXY protocol headers, v1 and v2. See proxy.h for the contract.
 *
 * One machine reads both versions; the first octet tells them apart ('P'
 * or CR). mxq_proxy_feed() copies what arrives into the parser's buffer
 * and runs the machine over it, never past `limit`: 16 octets at first
 * (the fixed part of v2, longer than the shortest v1 line), then the
 * machine itself moves the limit: to 107 when it sees 'P', to 16 plus the
 * block length once v2 has read it. So the machine never sees an octet
 * after the header. v1 ends at its CRLF; v2 ends when the block is
 * exhausted, and is valid only if the machine stands at the end of a
 * field then (not inside an address, a TLV header or a TLV value).
 *
 * Counted data (TLV values, SSL sub-TLVs) is walked with Ragel conditions
 * on the octets still to come, so a TLV and its sub-TLVs are read by the
 * grammar, not by pointer arithmetic. A length that would run past the
 * end of the block (or of the SSL TLV) is refused where it is read.
 *
 * v1 addresses are converted to binary by the actions while they are
 * read. IPv6: a loose reader (groups, one "::", a dotted-quad tail) that
 * collects the groups, intersected with the exact RFC 4291 2.2 forms
 * (RFC 3986 IPv6address) that carry no actions: what is accepted is
 * exactly the valid text forms, and the actions run once per octet.
 */
#include <string.h>

#include "proxy.h"

static struct mxq_slice
slice(const uint8_t *from, const uint8_t *to)
{
    struct mxq_slice s = { (const char *)from, (size_t)(to - from) };

    return s;
}

/* fc is a hex digit: the grammar says so. */
static unsigned
hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (unsigned)(c - 'a' + 10);
    return (unsigned)(c - 'A' + 10);
}

/* Places the IPv6 groups read (those before "::" at the front, the rest
 * and a dotted-quad tail at the back). The grammar already allowed only
 * valid forms; false if the counts disagree all the same. */
static bool
ipv6_finish(const struct mxq_proxy_parser *ps, uint8_t ip[16])
{
    unsigned tail = ps->nquad == 4 ? 2 : 0;
    unsigned total = ps->ngroups + tail;
    unsigned before, after, i;
    uint16_t g[8] = { 0 };

    if (total > 8 || (ps->dcolon < 0 && total != 8) ||
        (ps->dcolon >= 0 && (total > 7 || (unsigned)ps->dcolon > ps->ngroups)))
        return false;
    before = ps->dcolon < 0 ? ps->ngroups : (unsigned)ps->dcolon;
    after = ps->ngroups - before;
    for (i = 0; i < before; i++)
        g[i] = ps->groups[i];
    for (i = 0; i < after; i++)
        g[8 - tail - after + i] = ps->groups[before + i];
    for (i = 0; i < 8; i++) {
        ip[2 * i] = (uint8_t)(g[i] >> 8);
        ip[2 * i + 1] = (uint8_t)(g[i] & 0xff);
    }
    if (tail)
        memcpy(ip + 12, ps->quad, 4);
    return true;
}

/* A top-level TLV value is complete: keep it if we use its type and it
 * is the first of its type. */
static void
tlv_value(struct mxq_proxy_parser *ps, const uint8_t *end)
{
    struct mxq_slice *s;

    switch (ps->tlv_type) {
    case MXQ_PP2_TYPE_ALPN:
        s = &ps->hdr.alpn;
        break;
    case MXQ_PP2_TYPE_AUTHORITY:
        s = &ps->hdr.authority;
        break;
    case MXQ_PP2_TYPE_UNIQUE_ID:
        s = &ps->hdr.unique_id;
        break;
    case MXQ_PP2_TYPE_NETNS:
        s = &ps->hdr.netns;
        break;
    default:
        return;
    }
    if (s->p == NULL)
        *s = slice(ps->mark, end);
}

/* The same for a sub-TLV of the first PP2_TYPE_SSL. */
static void
sub_value(struct mxq_proxy_parser *ps, const uint8_t *end)
{
    struct mxq_slice *s;

    if (ps->ssl_skip)
        return;
    switch (ps->sub_type) {
    case MXQ_PP2_SUBTYPE_SSL_VERSION:
        s = &ps->hdr.ssl.version;
        break;
    case MXQ_PP2_SUBTYPE_SSL_CN:
        s = &ps->hdr.ssl.cn;
        break;
    case MXQ_PP2_SUBTYPE_SSL_CIPHER:
        s = &ps->hdr.ssl.cipher;
        break;
    case MXQ_PP2_SUBTYPE_SSL_SIG_ALG:
        s = &ps->hdr.ssl.sig_alg;
        break;
    case MXQ_PP2_SUBTYPE_SSL_KEY_ALG:
        s = &ps->hdr.ssl.key_alg;
        break;
    default:
        return;
    }
    if (s->p == NULL)
        *s = slice(ps->mark, end);
}

%%{
    machine mxq_proxy;
    alphtype unsigned char;
    access ps->;

    # ---------------------------------------------------------- v1 text

    action v1_start {
        ps->hdr.version = 1;
        ps->limit = MXQ_PROXY_V1_MAX;
    }
    action tcp4 {
        ps->hdr.command = MXQ_PROXY_CMD_PROXY;
        ps->hdr.family = MXQ_PROXY_AF_INET;
    }
    action tcp6 {
        ps->hdr.command = MXQ_PROXY_CMD_PROXY;
        ps->hdr.family = MXQ_PROXY_AF_INET6;
    }
    action unknown { ps->hdr.command = MXQ_PROXY_CMD_UNKNOWN; }
    action line_end { ps->line_done = true; fbreak; }

    action mark { ps->mark = p; }

    action quad_start { ps->nquad = 0; }
    action octet_start { ps->octet = 0; }
    action octet_digit { ps->octet = ps->octet * 10 + (unsigned)(fc - '0'); }
    action octet_end {
        if (ps->nquad < 4)
            ps->quad[ps->nquad++] = (uint8_t)ps->octet;
    }

    action ipv6_start { ps->ngroups = 0; ps->dcolon = -1; ps->nquad = 0; }
    action h16_start { ps->h16 = 0; }
    action h16_digit { ps->h16 = ps->h16 * 16 + hex_value(fc); }
    action h16_end {
        if (ps->ngroups < 8)
            ps->groups[ps->ngroups++] = (uint16_t)ps->h16;
    }
    action dcolon { ps->dcolon = (int)ps->ngroups; }

    action src4 {
        memcpy(ps->hdr.src.ip, ps->quad, 4);
        ps->hdr.src.text = slice(ps->mark, p);
    }
    action dst4 {
        memcpy(ps->hdr.dst.ip, ps->quad, 4);
        ps->hdr.dst.text = slice(ps->mark, p);
    }
    action src6 {
        if (!ipv6_finish(ps, ps->hdr.src.ip))
            fgoto *mxq_proxy_error;
        ps->hdr.src.text = slice(ps->mark, p);
    }
    action dst6 {
        if (!ipv6_finish(ps, ps->hdr.dst.ip))
            fgoto *mxq_proxy_error;
        ps->hdr.dst.text = slice(ps->mark, p);
    }

    action port_start { ps->port = 0; }
    action port_digit { ps->port = ps->port * 10 + (unsigned)(fc - '0'); }
    action sport {
        ps->hdr.src.port = (uint16_t)ps->port;
        ps->hdr.src.port_text = slice(ps->mark, p);
    }
    action dport {
        ps->hdr.dst.port = (uint16_t)ps->port;
        ps->hdr.dst.port_text = slice(ps->mark, p);
    }

    # 0-255, no leading zeros ("avoid any possible confusion with octal").
    dec_octet = ( digit | [1-9] digit | '1' digit{2} | '2' [0-4] digit
                | '25' [0-5] ) >octet_start $octet_digit %octet_end;
    ipv4 = ( dec_octet ( '.' dec_octet ){3} ) >quad_start;

    # The reader: collects groups, notes where "::" stands.
    h16 = xdigit{1,4} >h16_start $h16_digit %h16_end;
    groups = h16 ( ':' h16 )*;
    ipv6_read = groups ( ':' ipv4 )?
              | groups? '::' @dcolon ( groups ( ':' ipv4 )? | ipv4 )?;

    # The exact forms, without actions (RFC 3986 3.2.2 IPv6address).
    s_h16 = xdigit{1,4};
    s_octet = digit | [1-9] digit | '1' digit{2} | '2' [0-4] digit
            | '25' [0-5];
    s_ls32 = s_h16 ':' s_h16 | s_octet ( '.' s_octet ){3};
    ipv6_forms =                                  ( s_h16 ':' ){6} s_ls32
        |                                    '::' ( s_h16 ':' ){5} s_ls32
        | (                       s_h16 )? '::' ( s_h16 ':' ){4} s_ls32
        | ( ( s_h16 ':' ){0,1} s_h16 )? '::' ( s_h16 ':' ){3} s_ls32
        | ( ( s_h16 ':' ){0,2} s_h16 )? '::' ( s_h16 ':' ){2} s_ls32
        | ( ( s_h16 ':' ){0,3} s_h16 )? '::' s_h16 ':' s_ls32
        | ( ( s_h16 ':' ){0,4} s_h16 )? '::' s_ls32
        | ( ( s_h16 ':' ){0,5} s_h16 )? '::' s_h16
        | ( ( s_h16 ':' ){0,6} s_h16 )? '::';

    ipv6 = ( ipv6_read & ipv6_forms ) >ipv6_start;

    # 0-65535, no leading zeros.
    port = ( '0' | [1-9] digit{0,3} | [1-5] digit{4} | '6' [0-4] digit{3}
           | '65' [0-4] digit{2} | '655' [0-2] digit | '6553' [0-5] )
           >port_start $port_digit;

    ports = port >mark %sport ' ' port >mark %dport;
    v1_tcp4 = "TCP4" @tcp4 ' ' ipv4 >mark %src4 ' ' ipv4 >mark %dst4
              ' ' ports;
    v1_tcp6 = "TCP6" @tcp6 ' ' ipv6 >mark %src6 ' ' ipv6 >mark %dst6
              ' ' ports;
    # "the receiver must ignore anything presented before the CRLF"
    v1_unknown = "UNKNOWN" @unknown [^\r\n]*;

    v1 = 'P' @v1_start "ROXY " ( v1_tcp4 | v1_tcp6 | v1_unknown )
         '\r' '\n' @line_end;

    # -------------------------------------------------------- v2 binary

    action v2_start { ps->hdr.version = 2; }
    action local { ps->hdr.command = MXQ_PROXY_CMD_LOCAL; }
    action proxy { ps->hdr.command = MXQ_PROXY_CMD_PROXY; }
    action fam_inet { ps->hdr.family = MXQ_PROXY_AF_INET; ps->need = 12; }
    action fam_inet6 { ps->hdr.family = MXQ_PROXY_AF_INET6; ps->need = 36; }
    action fam_unix { ps->hdr.family = MXQ_PROXY_AF_UNIX; ps->need = 216; }

    action block_hi { ps->block = (unsigned)fc << 8; }
    action block_lo {
        ps->block |= fc;
        if (ps->block > MXQ_PROXY_V2_MAX_BLOCK || ps->block < ps->need)
            fgoto *mxq_proxy_error;
        ps->limit = MXQ_PROXY_V2_FIXED + ps->block;
    }

    action field_start { ps->idx = 0; }
    action src_ip { if (ps->idx < 16) ps->hdr.src.ip[ps->idx++] = fc; }
    action dst_ip { if (ps->idx < 16) ps->hdr.dst.ip[ps->idx++] = fc; }
    action sport_hi { ps->hdr.src.port = (uint16_t)(fc << 8); }
    action sport_lo { ps->hdr.src.port = (uint16_t)(ps->hdr.src.port | fc); }
    action dport_hi { ps->hdr.dst.port = (uint16_t)(fc << 8); }
    action dport_lo { ps->hdr.dst.port = (uint16_t)(ps->hdr.dst.port | fc); }

    # A UNIX path is its field up to the first NUL (or all 108 octets).
    action path_start { ps->mark = p; ps->path_ended = false; }
    action src_path {
        if (fc == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.src.path = slice(ps->mark, p);
        }
    }
    action src_path_last {
        if (!ps->path_ended)
            ps->hdr.src.path = slice(ps->mark, p + 1);
    }
    action dst_path {
        if (fc == 0 && !ps->path_ended) {
            ps->path_ended = true;
            ps->hdr.dst.path = slice(ps->mark, p);
        }
    }
    action dst_path_last {
        if (!ps->path_ended)
            ps->hdr.dst.path = slice(ps->mark, p + 1);
    }

    # Conditions: is the current TLV (sub-TLV) value still going on? Two
    # conditions and their negations: separate "ended" conditions would
    # multiply Ragel's condition space and take it minutes.
    action tlv_more { ps->tlv_left > 0 }
    action sub_more { ps->sub_left > 0 }

    action tlv_type { ps->tlv_type = fc; }
    action tlv_len_hi { ps->tlv_left = (unsigned)fc << 8; }
    action tlv_len_lo {
        ps->tlv_left |= fc;
        if (ps->tlv_left > (size_t)(ps->buf + ps->limit - (p + 1)))
            fgoto *mxq_proxy_error;     /* runs past the block */
        ps->mark = p + 1;
        if (ps->tlv_left == 0)
            tlv_value(ps, p + 1);
    }
    action value_octet {
        if (--ps->tlv_left == 0)
            tlv_value(ps, p + 1);
    }

    action ssl_type {
        ps->ssl_skip = ps->hdr.has_ssl;  /* the first SSL TLV counts */
        ps->hdr.has_ssl = true;
    }
    action ssl_octet { ps->tlv_left--; }
    action ssl_client { if (!ps->ssl_skip) ps->hdr.ssl.client = fc; }
    action ssl_verify {
        if (!ps->ssl_skip)
            ps->hdr.ssl.verify = ps->hdr.ssl.verify << 8 | fc;
    }
    action sub_type { ps->sub_type = fc; }
    action sub_len_hi { ps->sub_left = (unsigned)fc << 8; }
    action sub_len_lo {
        ps->sub_left |= fc;
        if (ps->sub_left > ps->tlv_left)
            fgoto *mxq_proxy_error;     /* runs past the SSL TLV */
        ps->mark = p + 1;
        if (ps->sub_left == 0)
            sub_value(ps, p + 1);
    }
    action sub_octet {
        if (--ps->sub_left == 0)
            sub_value(ps, p + 1);
    }

    signature = 0x0d 0x0a 0x0d 0x0a 0x00 0x0d 0x0a 'QUIT' 0x0a;
    block_length = any @block_hi any @block_lo;

    inet_block = any{4} >field_start $src_ip any{4} >field_start $dst_ip
                 any @sport_hi any @sport_lo any @dport_hi any @dport_lo;
    inet6_block = any{16} >field_start $src_ip any{16} >field_start $dst_ip
                  any @sport_hi any @sport_lo any @dport_hi any @dport_lo;
    unix_block = any{108} >path_start $src_path @src_path_last
                 any{108} >path_start $dst_path @dst_path_last;

    # PP2_TYPE_SSL: client (1), verify (4), then sub-TLVs that must fill
    # the value exactly.
    ssl_value_octet = ( any when tlv_more ) @ssl_octet;
    sub_tlv = ( ssl_value_octet when !sub_more ) @sub_type
              ssl_value_octet @sub_len_hi ssl_value_octet @sub_len_lo
              ( ssl_value_octet when sub_more @sub_octet )*;
    ssl_value = ssl_value_octet @ssl_client ssl_value_octet{4} $ssl_verify
                sub_tlv*;

    tlv_length = any @tlv_len_hi any @tlv_len_lo;
    plain_value = ( any when tlv_more @value_octet )*;
    tlv = ( 0x20 when !tlv_more ) @tlv_type @ssl_type tlv_length ssl_value
        | ( ( any - 0x20 ) when !tlv_more ) @tlv_type tlv_length plain_value;
    tlvs = tlv*;

    # Ignored to the end of the block (the limit decides where that is).
    skipped = any*;

    v2_local = 0x20 @local any block_length skipped;
    v2_proxy = 0x21 @proxy (
          0x00 block_length skipped
        | 0x11 @fam_inet block_length inet_block tlvs
        | 0x21 @fam_inet6 block_length inet6_block tlvs
        | 0x31 @fam_unix block_length unix_block tlvs );

    v2 = signature >v2_start ( v2_local | v2_proxy );

    main := v1 | v2;

    write data noentry;
}%%

void
mxq_proxy_init(struct mxq_proxy_parser *ps)
{
    memset(ps, 0, sizeof *ps);
    ps->status = MXQ_PROXY_NEED_MORE;
    ps->limit = MXQ_PROXY_V2_FIXED;
    ps->dcolon = -1;
    %% write init;
}

enum mxq_proxy_status
mxq_proxy_feed(struct mxq_proxy_parser *ps, const uint8_t *data, size_t n,
               size_t *consumed, struct mxq_proxy_header *out)
{
    *consumed = 0;
    while (ps->status == MXQ_PROXY_NEED_MORE && *consumed < n) {
        size_t room = ps->limit - ps->used;
        size_t take = n - *consumed < room ? n - *consumed : room;
        const uint8_t *start = ps->buf + ps->used;
        const uint8_t *p = start;
        const uint8_t *pe = start + take;

        memcpy(ps->buf + ps->used, data + *consumed, take);
        %% write exec;
        ps->used += (size_t)(p - start);
        *consumed += (size_t)(p - start);

        if (ps->cs == mxq_proxy_error)
            ps->status = MXQ_PROXY_ERROR;
        else if (ps->line_done)
            ps->status = MXQ_PROXY_DONE;
        else if (ps->used == ps->limit)
            /* v2 ends with its block: inside a field is truncation. A v1
             * line without CRLF in its 107 octets is too long. */
            ps->status = ps->hdr.version == 2 &&
                                 ps->cs >= mxq_proxy_first_final &&
                                 ps->tlv_left == 0 && ps->sub_left == 0
                             ? MXQ_PROXY_DONE
                             : MXQ_PROXY_ERROR;
    }
    if (ps->status == MXQ_PROXY_DONE) {
        ps->hdr.length = ps->used;
        *out = ps->hdr;
    }
    return ps->status;
}

/* ------------------------------------------------------------ formatting */

static size_t
put_decimal(char *out, size_t at, unsigned v)
{
    if (v >= 100)
        out[at++] = (char)('0' + v / 100);
    if (v >= 10)
        out[at++] = (char)('0' + v / 10 % 10);
    out[at++] = (char)('0' + v % 10);
    return at;
}

static size_t
put_quad(char *out, size_t at, const uint8_t *q)
{
    for (int i = 0; i < 4; i++) {
        if (i > 0)
            out[at++] = '.';
        at = put_decimal(out, at, q[i]);
    }
    return at;
}

/* A group in lower case without leading zeros (RFC 5952 4.1, 4.3). */
static size_t
put_group(char *out, size_t at, unsigned v)
{
    static const char digits[] = "0123456789abcdef";
    bool started = false;

    for (int shift = 12; shift >= 0; shift -= 4) {
        unsigned d = (v >> shift) & 0xf;
        if (d != 0 || started || shift == 0) {
            out[at++] = digits[d];
            started = true;
        }
    }
    return at;
}

static size_t
put_ipv6(char *out, size_t at, const uint8_t *ip)
{
    static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                        0xff, 0xff };
    unsigned g[8];
    int best = -1, best_len = 0;

    /* RFC 5952 5: IPv4-mapped addresses in mixed notation. */
    if (memcmp(ip, mapped, sizeof mapped) == 0) {
        memcpy(out + at, "::ffff:", 7);
        return put_quad(out, at + 7, ip + 12);
    }
    for (int i = 0; i < 8; i++)
        g[i] = (unsigned)ip[2 * i] << 8 | ip[2 * i + 1];
    /* RFC 5952 4.2: the longest run of two or more zero groups, the
     * first one on a tie. */
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0)
            j++;
        if (j - i >= 2 && j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j > i ? j : i + 1;
    }
    for (int i = 0; i < 8;) {
        if (i == best) {
            out[at++] = ':';
            out[at++] = ':';
            i += best_len;
            continue;
        }
        if (i > 0 && i != best + best_len)
            out[at++] = ':';
        at = put_group(out, at, g[i]);
        i++;
    }
    return at;
}

size_t
mxq_proxy_format_ip(enum mxq_proxy_family family, const uint8_t *ip,
                    char *out, size_t cap)
{
    char text[MXQ_PROXY_IP_TEXT_MAX];
    size_t n;

    if (ip == NULL || out == NULL)
        return 0;
    if (family == MXQ_PROXY_AF_INET)
        n = put_quad(text, 0, ip);
    else if (family == MXQ_PROXY_AF_INET6)
        n = put_ipv6(text, 0, ip);
    else
        return 0;
    if (n >= cap)
        return 0;
    memcpy(out, text, n);
    out[n] = '\0';
    return n;
}
