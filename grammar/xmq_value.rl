/*
 * The values of x-mq-* header fields. See xmq_value.h for the contract.
 *
 * Every machine runs over the whole value and accepts it only when it
 * ends in a final state with nothing left over.
 */
#include "xmq_value.h"

typedef const unsigned char *uptr;

%%{
    machine xmq_common;
    alphtype unsigned char;

    blank = [ \t];
    list_sep = blank* ',' blank*;
}%%

/* ------------------------------------------------------------ unfolding */

%%{
    machine xmq_unfold;
    include xmq_common;

    # Line breaks go; every other octet is kept, and where the last one
    # that is not blank stood is remembered, for the trim at the end.
    action keep {
        if (used > 0 || (fc != ' ' && fc != '\t'))
            out[used++] = (char)fc;
        if (fc != ' ' && fc != '\t')
            kept = used;
    }
    main := ( [\r\n] | (any - [\r\n]) @keep )*;

    write data noerror nofinal noentry;
}%%

size_t mxq_xmq_unfold(const char *body, size_t n, char *out)
{
    uptr p = (uptr)body, pe = p + n;
    size_t used = 0, kept = 0;
    int cs;

    %% write init;
    %% write exec;
    return kept;
}

/* -------------------------------------------------------------- numbers */

/* Adds digit d to *v unless that would pass max. */
static bool add_digit(uint64_t *v, unsigned d, uint64_t max)
{
    if (*v > (max - d) / 10)
        return false;
    *v = *v * 10 + d;
    return true;
}

%%{
    machine xmq_uint;
    include xmq_common;

    action digit {
        if (!add_digit(&v, (unsigned)(fc - '0'), max)) {
            too_large = true;
            fbreak;
        }
    }
    main := digit+ $digit;

    write data noerror noentry;
}%%

bool mxq_xmq_uint(const char *s, size_t n, uint64_t max, uint64_t *out)
{
    uptr p = (uptr)s, pe = p + n;
    uint64_t v = 0;
    bool too_large = false;
    int cs;

    %% write init;
    %% write exec;
    if (too_large || p != pe || cs < xmq_uint_first_final)
        return false;
    *out = v;
    return true;
}

%%{
    machine xmq_uint_list;
    include xmq_common;

    action start { v = 0; }
    action digit {
        if (!add_digit(&v, (unsigned)(fc - '0'), max)) {
            refused = true;
            fbreak;
        }
    }
    # Runs on the octet after the number, or at the end of the value.
    action end {
        if (used == cap) {
            refused = true;
            fbreak;
        }
        out[used++] = v;
    }
    number = digit+ >start $digit %end;
    main := number ( list_sep number )*;

    write data noerror noentry;
}%%

bool mxq_xmq_uint_list(const char *s, size_t n, uint64_t max,
                       uint64_t *out, size_t cap, size_t *count)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    uint64_t v = 0;
    size_t used = 0;
    bool refused = false;
    int cs;

    %% write init;
    %% write exec;
    if (refused || p != pe || cs < xmq_uint_list_first_final)
        return false;
    *count = used;
    return true;
}

/* ----------------------------------------------------------------- time */

static bool leap_year(unsigned y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool real_day(unsigned year, unsigned month, unsigned day)
{
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30,
                                           31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1)
        return false;
    unsigned last = days[month - 1] + (month == 2 && leap_year(year));
    return day <= last;
}

%%{
    machine xmq_time;
    include xmq_common;

    action year  { year = year * 10 + (unsigned)(fc - '0'); }
    action month { month = month * 10 + (unsigned)(fc - '0'); }
    action day   { day = day * 10 + (unsigned)(fc - '0'); }

    hour = [01] digit | '2' [0-3];
    sixty = [0-5] digit;
    main := digit{4} $year '-' digit{2} $month '-' digit{2} $day
            ' ' hour ':' sixty ':' sixty;

    write data noerror noentry;
}%%

bool mxq_xmq_time(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    unsigned year = 0, month = 0, day = 0;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= xmq_time_first_final &&
           real_day(year, month, day);
}

/* -------------------------------------------------------------- boolean */

%%{
    machine xmq_bool;
    include xmq_common;

    main := ( '1' | 'true'i | 'yes'i ) @{ v = true; }
          | ( '0' | 'false'i | 'no'i ) @{ v = false; };

    write data noerror noentry;
}%%

bool mxq_xmq_bool(const char *s, size_t n, bool *out)
{
    uptr p = (uptr)s, pe = p + n;
    bool v = false;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < xmq_bool_first_final)
        return false;
    *out = v;
    return true;
}

/* ------------------------------------------------------------------- ip */

%%{
    machine xmq_ip;
    include mxq_address_common "address.rl";

    # RFC 5321's Snum lets an IPv4 octet start with 0; here that is
    # refused, as inet_pton() does: "010" is octal to some readers.
    v4_leading_zero = ( zlen | any* [.:] ) '0' digit+ '.' any*
                    | any* '.' '0' digit+ ( '.' any* )?;
    # RFC 4291 lets "::" stand for a single group too (RFC 5321's
    # IPv6-comp does not): seven groups, or five and an IPv4 part, around
    # it.
    one_group = '::' h16 ( ':' h16 ){6}
              | h16 '::' h16 ( ':' h16 ){5}
              | h16 ( ':' h16 ){1} '::' h16 ( ':' h16 ){4}
              | h16 ( ':' h16 ){2} '::' h16 ( ':' h16 ){3}
              | h16 ( ':' h16 ){3} '::' h16 ( ':' h16 ){2}
              | h16 ( ':' h16 ){4} '::' h16 ( ':' h16 ){1}
              | h16 ( ':' h16 ){5} '::' h16
              | h16 ( ':' h16 ){6} '::';
    one_group_v4 = '::' ( h16 ':' ){5} ipv4
                 | h16 '::' ( h16 ':' ){4} ipv4
                 | h16 ( ':' h16 ){1} '::' ( h16 ':' ){3} ipv4
                 | h16 ( ':' h16 ){2} '::' ( h16 ':' ){2} ipv4
                 | h16 ( ':' h16 ){3} '::' ( h16 ':' ){1} ipv4
                 | h16 ( ':' h16 ){4} '::' ipv4;
    main := ( ipv4 | ipv6_full | ipv6_comp | ipv6v4_full | ipv6v4_comp
            | one_group | one_group_v4 ) - v4_leading_zero;

    write data noerror noentry;
}%%

bool mxq_xmq_ip(const char *s, size_t n)
{
    uptr p = (uptr)s, pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= xmq_ip_first_final;
}

/* ------------------------------------------------------------------ dsn */

%%{
    machine xmq_notify;
    include xmq_common;

    # A word named twice clears `ok`.
    action word {
        ok = ok && !(bits & word);
        bits |= word;
    }
    notify_word = ( 'success'i @{ word = 2; } | 'failure'i @{ word = 4; }
                  | 'delay'i @{ word = 8; } ) %word;
    main := 'never'i @{ bits = 1; }
          | notify_word ( list_sep notify_word )*;

    write data noerror noentry;
}%%

bool mxq_xmq_notify(const char *s, size_t n, unsigned *out)
{
    uptr p = (uptr)s, pe = p + n, eof = pe;
    unsigned bits = 0, word = 0;
    bool ok = true;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < xmq_notify_first_final || !ok)
        return false;
    *out = bits;
    return true;
}

%%{
    machine xmq_ret;
    include xmq_common;

    main := 'full'i @{ v = 1; } | 'hdrs'i @{ v = 2; };

    write data noerror noentry;
}%%

bool mxq_xmq_ret(const char *s, size_t n, unsigned *out)
{
    uptr p = (uptr)s, pe = p + n;
    unsigned v = 0;
    int cs;

    %% write init;
    %% write exec;
    if (p != pe || cs < xmq_ret_first_final)
        return false;
    *out = v;
    return true;
}
