/*
 * MailerQ-style configuration text: the file, command-line options,
 * environment entries and every value syntax (see config.h).
 *
 * Each parser is one Ragel machine run over the caller's bytes. Actions
 * only record positions and accumulate numbers; limits (port ranges,
 * prefix lengths, item counts) are checked where an item ends.
 */
/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdint.h>
#include <string.h>

#include "config.h"

typedef const unsigned char *uptr;

%%{
    machine cfg_common;
    alphtype unsigned char;

    blank = [ \t];
    # Visible ASCII and every non-ASCII octet (paths may be UTF-8).
    text = 0x21..0x7e | 0x80..0xff;
}%%

/* ------------------------------------------------------------ the file */

enum file_stage { AT_LINE_START, IN_NAME, AFTER_NAME, IN_VALUE, IN_COMMENT };

struct file_scan {
    uptr buf;
    uptr line_at;            /* first byte of the current line */
    unsigned line;
    enum file_stage stage;
    uptr name_p;
    size_t name_n;
    uptr value_p;            /* NULL until the first visible byte */
    uptr value_end;
    bool pending;            /* an entry waits for its line end */
    mxq_cfg_entry_fn fn;
    void *ctx;
};

static int
emit_entry(struct file_scan *f)
{
    struct mxq_cfg_entry e;

    f->pending = false;
    e.name.p = (const char *)f->name_p;
    e.name.n = f->name_n;
    e.value.p = f->value_p ? (const char *)f->value_p
                           : (const char *)f->name_p + f->name_n;
    e.value.n = f->value_p ? (size_t)(f->value_end - f->value_p) : 0;
    e.line = f->line;
    return f->fn(f->ctx, &e);
}

static const char *
file_error_text(const struct file_scan *f, uptr p, uptr pe)
{
    if (p < pe && *p == 0)
        return "NUL byte";
    if (p > f->buf && p[-1] == '\r')
        return "carriage return without line feed";
    if (p < pe && *p != '\t' && *p != '\n' && (*p < 0x20 || *p == 0x7f))
        return "control character";
    switch (f->stage) {
    case AT_LINE_START:
        return "expected a setting name (a-z, 0-9, -), '#' or an empty line";
    case IN_NAME:
        if (p < pe && *p != '\n')
            return "invalid character in setting name (use a-z, 0-9, -)";
        return "expected ':' after the setting name";
    case AFTER_NAME:
        return "expected ':' after the setting name";
    case IN_VALUE:
    case IN_COMMENT:
        break;
    }
    return "syntax error";
}

%%{
    machine cfg_file;
    include cfg_common;

    action nl         { f.line++; f.line_at = p + 1; f.stage = AT_LINE_START; }
    action name_start { f.name_p = p; f.stage = IN_NAME; }
    action name_end   { f.name_n = (size_t)(p - f.name_p);
                        f.stage = AFTER_NAME; }
    action colon      { f.value_p = NULL; f.value_end = NULL; f.pending = true;
                        f.stage = IN_VALUE; }
    action value_char { if (f.value_p == NULL) f.value_p = p;
                        f.value_end = p + 1; }
    action comment    { f.stage = IN_COMMENT; }
    action emit       { if (f.pending) { rc = emit_entry(&f);
                                         if (rc != 0) fbreak; } }

    eol = '\r'? '\n' @emit @nl;
    name = ( [a-z0-9] [a-z0-9\-]* ) >name_start %name_end;
    entry = name blank* ':' @colon ( blank | text @value_char )*;
    comment = '#' @comment ( blank | text )*;
    line_body = blank* ( entry | comment )?;

    main := ( 0xef 0xbb 0xbf )? ( line_body eol )* line_body;

    write data noerror noentry;
}%%

int
mxq_cfg_parse_file(const char *buf, size_t len, mxq_cfg_entry_fn fn,
                   void *ctx, struct mxq_cfg_syntax_error *err)
{
    uptr p = (uptr)buf, pe = p + len;
    struct file_scan f;
    int cs, rc = 0;

    memset(&f, 0, sizeof f);
    f.buf = p;
    f.line_at = p;
    f.line = 1;
    f.stage = AT_LINE_START;
    f.fn = fn;
    f.ctx = ctx;

    %% write init;
    %% write exec;

    if (rc != 0)
        return rc;
    if (p == pe && cs >= cfg_file_first_final)
        return f.pending ? emit_entry(&f) : 0;
    err->line = f.line;
    err->what = file_error_text(&f, p, pe);
    if (p > f.buf && p[-1] == '\r')
        p--;
    err->column = (unsigned)(p - f.line_at) + 1;
    return -1;
}

/* --------------------------------------------------- command line, env */

%%{
    machine cfg_option;
    include cfg_common;

    action name_start { name->p = (const char *)p; }
    action equals     { name->n = (size_t)((const char *)p - name->p);
                        *has_value = true; value->p = (const char *)p + 1; }

    main := '--' ( [a-z0-9] [a-z0-9\-]* ) >name_start ( '=' @equals any* )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_option(const char *s, size_t n, struct mxq_slice *name,
                     struct mxq_slice *value, bool *has_value)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    name->p = s;
    name->n = 0;
    value->p = s + n;
    value->n = 0;
    *has_value = false;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_option_first_final)
        return MXQ_CFG_SYNTAX;
    if (*has_value)
        value->n = (size_t)(s + n - value->p);
    else
        name->n = (size_t)(s + n - name->p);
    return MXQ_CFG_OK;
}

%%{
    machine cfg_env;
    include cfg_common;

    action prefix     { *ours = true; }
    # MXQ_SMTP_PORT names smtp-port.
    action name_char  {
        if (len == cap)
            too_long = true;
        else if (fc == '_')
            name[len++] = '-';
        else if (fc >= 'A' && fc <= 'Z')
            name[len++] = (char)(fc - 'A' + 'a');
        else
            name[len++] = (char)fc;
    }
    action equals     { value->p = (const char *)p + 1; }

    main := 'MXQ_' @prefix [A-Z0-9_]+ $name_char '=' @equals any*;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_env(const char *s, size_t n, bool *ours, char *name,
                  size_t cap, size_t *name_len, struct mxq_slice *value)
{
    uptr p = (uptr)s, pe = p + n;
    size_t len = 0;
    bool too_long = false;
    int cs;

    *ours = false;
    *name_len = 0;
    value->p = s + n;
    value->n = 0;

    %% write init;
    %% write exec;

    if (!*ours)
        return MXQ_CFG_OK;
    if (p != pe || cs < cfg_env_first_final)
        return MXQ_CFG_SYNTAX;
    if (too_long)
        return MXQ_CFG_TOO_MANY;
    *name_len = len;
    value->n = (size_t)(s + n - value->p);
    return MXQ_CFG_OK;
}

%%{
    machine cfg_text;
    include cfg_common;

    action first { trimmed->p = (const char *)p; trimmed->n = 1; }
    action last  { trimmed->n = (size_t)((const char *)p + 1 - trimmed->p); }

    main := blank* ( text @first ( blank | text @last )* )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_text(const char *s, size_t n, struct mxq_slice *trimmed)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    trimmed->p = s;
    trimmed->n = 0;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_text_first_final)
        return MXQ_CFG_SYNTAX;
    return MXQ_CFG_OK;
}

/* ------------------------------------------------------- simple values */

%%{
    machine cfg_bool;
    include cfg_common;

    main := ( 'true'i | 'yes'i | 'on'i | '1' ) @{ v = true; }
          | ( 'false'i | 'no'i | 'off'i | '0' ) @{ v = false; };

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_bool(const char *s, size_t n, bool *out)
{
    uptr p = (uptr)s, pe = p + n;
    bool v = false;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_bool_first_final)
        return MXQ_CFG_SYNTAX;
    *out = v;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_number;

    # Decimal digits into v; `over` once v would pass UINT64_MAX.
    action digit {
        unsigned d = (unsigned)(fc - '0');
        if (v > (UINT64_MAX - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
    number = digit+ $digit;
}%%

%%{
    machine cfg_uint;
    include cfg_common;
    include cfg_number;

    main := number;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_uint(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    bool over = false;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_uint_first_final)
        return MXQ_CFG_SYNTAX;
    if (over)
        return MXQ_CFG_RANGE;
    *out = v;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_millis;
    include cfg_common;
    include cfg_number;

    # MailerQ's DNS timers: seconds with up to three decimals ("3.0").
    action frac {
        if (places < 3) {
            frac = frac * 10 + (unsigned)(fc - '0');
            places++;
        } else {
            over = true; /* finer than a millisecond */
        }
    }
    main := number ( '.' digit+ $frac )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_millis(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    unsigned frac = 0, places = 0;
    bool over = false;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_millis_first_final)
        return MXQ_CFG_SYNTAX;
    for (; places < 3; places++)
        frac *= 10;
    if (over || v > (UINT64_MAX - frac) / 1000)
        return MXQ_CFG_RANGE;
    *out = v * 1000 + frac;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_size;
    include cfg_common;
    include cfg_number;

    unit = 'b'i
         | ( 'k'i 'b'i? ) @{ shift = 10; }
         | ( 'm'i 'b'i? ) @{ shift = 20; }
         | ( 'g'i 'b'i? ) @{ shift = 30; }
         | ( 't'i 'b'i? ) @{ shift = 40; };

    main := number ( blank* unit )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_size(const char *s, size_t n, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    unsigned shift = 0;
    bool over = false;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_size_first_final)
        return MXQ_CFG_SYNTAX;
    if (over || v > (UINT64_MAX >> shift))
        return MXQ_CFG_RANGE;
    *out = v << shift;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_validate;
    include cfg_common;

    main := 'strict'i @{ v = MXQ_CFG_VALIDATE_STRICT; }
          | 'loose'i @{ v = MXQ_CFG_VALIDATE_LOOSE; };

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_validate(const char *s, size_t n, enum mxq_cfg_validate *out)
{
    uptr p = (uptr)s, pe = p + n;
    enum mxq_cfg_validate v = MXQ_CFG_VALIDATE_STRICT;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_validate_first_final)
        return MXQ_CFG_SYNTAX;
    *out = v;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_hostname;
    include cfg_common;

    action label_start { label_len = 0; }
    action label_char  { if (++label_len > 63) too_long = true; }

    label = ( alnum ( ( alnum | '-' )* alnum )? ) >label_start $label_char;
    main := label ( '.' label )* '.'?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_hostname(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    size_t label_len = 0;
    bool too_long = false;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_hostname_first_final)
        return MXQ_CFG_SYNTAX;
    if (too_long || n - (s[n - 1] == '.') > 253)
        return MXQ_CFG_RANGE;
    return MXQ_CFG_OK;
}

%%{
    machine cfg_queue_name;
    include cfg_common;

    main := [A-Za-z0-9_:\-] [A-Za-z0-9._:\-]*;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_queue_name(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_queue_name_first_final)
        return MXQ_CFG_SYNTAX;
    if (n > 255)
        return MXQ_CFG_RANGE;
    return MXQ_CFG_OK;
}

/* ---------------------------------------------------------- port lists */

static enum mxq_cfg_status
add_ports(uint32_t lo, uint32_t hi, uint16_t *ports, size_t cap,
          size_t *count)
{
    if (lo == 0 || hi > 65535 || lo > hi)
        return MXQ_CFG_RANGE;
    for (uint32_t port = lo; port <= hi; port++) {
        for (size_t i = 0; i < *count; i++)
            if (ports[i] == port)
                return MXQ_CFG_DUPLICATE;
        if (*count == cap)
            return MXQ_CFG_TOO_MANY;
        ports[(*count)++] = (uint16_t)port;
    }
    return MXQ_CFG_OK;
}

%%{
    machine cfg_ports;
    include cfg_common;

    action port_start { port = 0; }
    action port_digit { port = port * 10 + (uint32_t)(fc - '0'); }
    action item_start { ranged = false; }
    action dash       { low = port; ranged = true; }
    action item_end   { if (st == MXQ_CFG_OK)
                            st = add_ports(ranged ? low : port, port,
                                           ports, cap, count); }

    port = digit{1,5} >port_start $port_digit;
    item = ( port ( '-' @dash port )? ) >item_start %item_end;
    main := blank* ( item ( blank* ',' blank* item )* blank* )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_ports(const char *s, size_t n, uint16_t *ports, size_t cap,
                    size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_OK;
    uint32_t port = 0, low = 0;
    bool ranged = false;
    int cs;

    *count = 0;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_ports_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}

/* ------------------------------------------------------------ addresses */

/* What one address (and prefix) is made of, while it is being read. */
struct cidr_scan {
    uint16_t groups[8];      /* IPv6 16-bit groups, in order */
    unsigned ngroups;
    int dcolon;              /* index in groups[] where `::` stands; -1 */
    uint8_t v4[4];           /* the dotted quad, standalone or trailing */
    unsigned nv4;
    unsigned octet;
    unsigned h16;
    unsigned prefix;
    bool has_prefix;
    bool overflow;           /* more than 8 groups */
};

static void
cidr_scan_reset(struct cidr_scan *c)
{
    memset(c, 0, sizeof *c);
    c->dcolon = -1;
}

/* Builds the binary address from a finished scan. */
static enum mxq_cfg_status
cidr_scan_finish(const struct cidr_scan *c, struct mxq_cfg_cidr *out)
{
    memset(out, 0, sizeof *out);
    if (c->ngroups == 0 && c->dcolon < 0) {
        /* A standalone dotted quad (the grammar saw four octets). */
        out->family = 4;
        memcpy(out->addr, c->v4, 4);
        out->prefix = 32;
    } else {
        unsigned tail = c->nv4 == 4 ? 2 : 0;
        unsigned total = c->ngroups + tail;
        uint16_t g[8] = { 0 };

        if (c->overflow || (c->dcolon < 0 && total != 8) ||
            (c->dcolon >= 0 && total > 7))
            return MXQ_CFG_SYNTAX;
        /* Groups before `::` go to the front, the rest to the back. */
        unsigned before = c->dcolon < 0 ? c->ngroups : (unsigned)c->dcolon;
        unsigned after = c->ngroups - before;
        for (unsigned i = 0; i < before; i++)
            g[i] = c->groups[i];
        for (unsigned i = 0; i < after; i++)
            g[8 - tail - after + i] = c->groups[before + i];
        if (tail) {
            g[6] = (uint16_t)(c->v4[0] << 8 | c->v4[1]);
            g[7] = (uint16_t)(c->v4[2] << 8 | c->v4[3]);
        }
        out->family = 6;
        for (unsigned i = 0; i < 8; i++) {
            out->addr[2 * i] = (uint8_t)(g[i] >> 8);
            out->addr[2 * i + 1] = (uint8_t)(g[i] & 0xff);
        }
        out->prefix = 128;
    }
    if (c->has_prefix) {
        if (c->prefix > out->prefix)
            return MXQ_CFG_RANGE;
        out->prefix = (uint8_t)c->prefix;
        /* Clear the host bits: 1.2.3.4/24 is the range 1.2.3.0/24. */
        unsigned bytes = out->family == 4 ? 4 : 16;
        for (unsigned bit = out->prefix; bit < bytes * 8; bit++)
            out->addr[bit / 8] &= (uint8_t)~(0x80u >> (bit % 8));
    }
    return MXQ_CFG_OK;
}

static unsigned
hex_value(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return (unsigned)(ch - '0');
    if (ch >= 'a' && ch <= 'f')
        return (unsigned)(ch - 'a' + 10);
    return (unsigned)(ch - 'A' + 10);
}

%%{
    machine cfg_address;

    action octet_start { c.octet = 0; }
    action octet_digit { c.octet = c.octet * 10 + (unsigned)(fc - '0'); }
    action octet_end   { if (c.nv4 < 4) c.v4[c.nv4++] = (uint8_t)c.octet; }
    action v4_start    { c.nv4 = 0; }
    action h16_start   { c.h16 = 0; }
    action h16_digit   { c.h16 = c.h16 * 16 + hex_value(fc); }
    action h16_end     { if (c.ngroups < 8)
                             c.groups[c.ngroups++] = (uint16_t)c.h16;
                         else
                             c.overflow = true; }
    action dcolon      { c.dcolon = (int)c.ngroups; }
    action prefix_slash { c.has_prefix = true; c.prefix = 0; }
    action prefix_digit { c.prefix = c.prefix * 10 + (unsigned)(fc - '0'); }

    dec_octet = ( digit | [1-9] digit | '1' digit digit | '2' [0-4] digit
                | '25' [0-5] ) >octet_start $octet_digit %octet_end;
    ipv4 = ( dec_octet '.' dec_octet '.' dec_octet '.' dec_octet ) >v4_start;

    # RFC 4291 2.2 text forms. The group counts (8 without `::`, at most 7
    # with it, a trailing quad counting as two) are checked when it ends.
    h16 = xdigit{1,4} >h16_start $h16_digit %h16_end;
    groups = h16 ( ':' h16 )*;
    ipv6 = groups ( ':' ipv4 )?
         | groups? ':' ':' @dcolon ( groups ( ':' ipv4 )? | ipv4 )?;

    address = ipv4 | ipv6;
    prefix = '/' @prefix_slash ( '0' | [1-9] digit{0,2} ) $prefix_digit;
}%%

%%{
    machine cfg_ip;
    include cfg_common;
    include cfg_address;

    action done { st = cidr_scan_finish(&c, out); }

    main := address %done;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_ip(const char *s, size_t n, struct mxq_cfg_cidr *out)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_SYNTAX;
    struct cidr_scan c;
    int cs;

    cidr_scan_reset(&c);

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_ip_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}

%%{
    machine cfg_cidrs;
    include cfg_common;
    include cfg_address;

    action item_start { cidr_scan_reset(&c); }
    action item_end {
        if (st == MXQ_CFG_OK) {
            if (*count == cap)
                st = MXQ_CFG_TOO_MANY;
            else if ((st = cidr_scan_finish(&c, &items[*count])) == MXQ_CFG_OK)
                (*count)++;
        }
    }

    item = ( address prefix? ) >item_start %item_end;
    main := blank* ( item ( blank* ';' blank* item )* blank* )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_cidrs(const char *s, size_t n, struct mxq_cfg_cidr *items,
                    size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    enum mxq_cfg_status st = MXQ_CFG_OK;
    struct cidr_scan c;
    int cs;

    *count = 0;
    cidr_scan_reset(&c);

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_cidrs_first_final)
        return MXQ_CFG_SYNTAX;
    return st;
}

/* ------------------------------------------------------- keyword lists */

%%{
    machine cfg_list;
    include cfg_common;

    action item_start { item_p = p; item_end = p + 1; }
    action item_char  { item_end = p + 1; }
    action item_end {
        if (*count == cap) {
            too_many = true;
        } else {
            items[*count].p = (const char *)item_p;
            items[*count].n = (size_t)(item_end - item_p);
            (*count)++;
        }
    }

    # Blanks inside an item are kept, blanks before `,` are not.
    item_text = text - ',';
    item = ( item_text ( blank | item_text @item_char )* )
           >item_start %item_end;
    main := blank* ( item ( ',' blank* item )* )?;

    write data noerror noentry;
}%%

enum mxq_cfg_status
mxq_cfg_parse_list(const char *s, size_t n, struct mxq_slice *items,
                   size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    uptr item_p = p, item_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_list_first_final)
        return MXQ_CFG_SYNTAX;
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}

/* ------------------------------------------------------ field lists */

%%{
    machine cfg_fields;
    include cfg_common;

    action text_first { field_p = p; field_end = p + 1; }
    action text_more  { field_end = p + 1; }
    action comma {
        emit_field(items, cap, count, &too_many, field_p, field_end);
        field_p = field_end = p + 1;
    }

    # Blanks inside a field are kept, blanks around it are not; a field
    # may be empty, so every comma ends one.
    field_text = text - ',';
    field = blank* ( field_text >text_first
                     ( blank | field_text @text_more )* )?;
    main := field ( ',' @comma field )*;

    write data noerror noentry;
}%%

static void
emit_field(struct mxq_slice *items, size_t cap, size_t *count,
           bool *too_many, uptr from, uptr to)
{
    if (*count == cap) {
        *too_many = true;
        return;
    }
    items[*count].p = (const char *)from;
    items[*count].n = (size_t)(to - from);
    (*count)++;
}

enum mxq_cfg_status
mxq_cfg_parse_fields(const char *s, size_t n, struct mxq_slice *items,
                     size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n;
    uptr field_p = p, field_end = p;
    bool too_many = false;
    int cs;

    *count = 0;

    %% write init;
    %% write exec;

    if (p != pe || cs < cfg_fields_first_final)
        return MXQ_CFG_SYNTAX;
    emit_field(items, cap, count, &too_many, field_p, field_end);
    return too_many ? MXQ_CFG_TOO_MANY : MXQ_CFG_OK;
}
