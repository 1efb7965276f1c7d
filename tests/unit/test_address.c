/*
 * mxq_parse_path() / mxq_parse_mailbox(): hand-written tables for the
 * tricky cases, then every address of the isemail, isemail-js and JSON
 * Schema suites in strict and in loose mode.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "address.h"
#include "utf8.h"

#define OK MXQ_ADDR_OK
#define SYNTAX MXQ_ADDR_SYNTAX
#define NON_ASCII MXQ_ADDR_NON_ASCII
#define TOO_LONG MXQ_ADDR_TOO_LONG

#define UTF8 MXQ_ADDR_ALLOW_UTF8
#define PM MXQ_ADDR_ALLOW_POSTMASTER
#define NUL MXQ_ADDR_ALLOW_NULL
#define LOOSE MXQ_ADDR_LOOSE

/* Expected flags of struct mxq_address. */
#define IS_NULL 1u
#define IS_PM 2u
#define IS_LIT 4u
#define IS_UTF8 8u

static const char *
result_name(enum mxq_addr_result r)
{
    switch (r) {
    case OK: return "OK";
    case SYNTAX: return "SYNTAX";
    case NON_ASCII: return "NON_ASCII";
    case TOO_LONG: return "TOO_LONG";
    }
    return "?";
}

/* Prints an address with its control and non-ASCII octets escaped. */
static void
print_escaped(FILE *f, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f)
            fprintf(f, "\\x%02x", c);
        else
            fputc(c, f);
    }
}

static bool
slice_is(struct mxq_slice s, const char *want)
{
    return s.n == strlen(want) && memcmp(s.p, want, s.n) == 0;
}

static unsigned
bits_of(const struct mxq_address *a)
{
    return (a->is_null ? IS_NULL : 0) | (a->is_postmaster ? IS_PM : 0) |
           (a->is_literal ? IS_LIT : 0) | (a->is_utf8 ? IS_UTF8 : 0);
}

static enum mxq_addr_result
parse(bool path, const char *s, size_t n, unsigned flags,
      struct mxq_address *a)
{
    return path ? mxq_parse_path(s, n, flags, a)
                : mxq_parse_mailbox(s, n, flags, a);
}

/* Whatever strict mode accepts, loose mode accepts the same way. */
static int
check_loose_superset(bool path, const char *s, size_t n, unsigned flags,
                     const struct mxq_address *strict)
{
    struct mxq_address loose;

    if (parse(path, s, n, flags | LOOSE, &loose) != OK ||
        loose.local.p != strict->local.p || loose.local.n != strict->local.n ||
        loose.domain.p != strict->domain.p ||
        loose.domain.n != strict->domain.n ||
        loose.mailbox.p != strict->mailbox.p ||
        loose.mailbox.n != strict->mailbox.n ||
        bits_of(&loose) != bits_of(strict)) {
        fprintf(stderr, "loose mode does not accept the same way: ");
        print_escaped(stderr, s, n);
        fprintf(stderr, "\n");
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ the table */

struct addr_case {
    const char *in;
    size_t n;
    bool path;
    unsigned flags;
    enum mxq_addr_result want;
    const char *local;   /* when OK */
    const char *domain;  /* when OK */
    const char *mailbox; /* when OK; NULL: the whole input */
    unsigned bits;       /* when OK */
};

#define MB(s, fl, r, loc, dom, bits) \
    { s, sizeof(s) - 1, false, fl, r, loc, dom, NULL, bits }
#define PATH(s, fl, r, loc, dom, mbx, bits) \
    { s, sizeof(s) - 1, true, fl, r, loc, dom, mbx, bits }
#define MBX(s, fl, r, loc, dom, mbx, bits) \
    { s, sizeof(s) - 1, false, fl, r, loc, dom, mbx, bits }
#define MB_NO(s, fl, r) MB(s, fl, r, NULL, NULL, 0)
#define PATH_NO(s, fl, r) PATH(s, fl, r, NULL, NULL, NULL, 0)

static const struct addr_case cases[] = {
    /* Dot-string local parts and domains. */
    MB("a@b", 0, OK, "a", "b", 0),
    MB("user.name+tag@example.com", 0, OK, "user.name+tag", "example.com", 0),
    MB("!#$%&'*+-/=?^_`{|}~@x.org", 0, OK, "!#$%&'*+-/=?^_`{|}~", "x.org", 0),
    MB("a@b--c.com", 0, OK, "a", "b--c.com", 0),
    MB("a@1.2.3.4", 0, OK, "a", "1.2.3.4", 0),
    MB("a@xn--bcher-kva.example", 0, OK, "a", "xn--bcher-kva.example", 0),
    MB_NO("", 0, SYNTAX),
    MBX("", NUL, OK, "", "", "", IS_NULL),
    MB_NO("a", 0, SYNTAX),
    MB_NO("a@", 0, SYNTAX),
    MB_NO("@b.com", 0, SYNTAX),
    MB_NO(".a@b", 0, SYNTAX),
    MB_NO("a.@b", 0, SYNTAX),
    MB_NO("a..b@c", 0, SYNTAX),
    MB_NO("a b@c", 0, SYNTAX),
    MB_NO("a(b)@c", 0, SYNTAX),
    MB_NO("a@b@c", 0, SYNTAX),
    MB_NO("a@-b.com", 0, SYNTAX),
    MB_NO("a@b-.com", 0, SYNTAX),
    MB_NO("a@.b", 0, SYNTAX),
    MB_NO("a@b.", 0, SYNTAX),
    MB_NO("a@b..c", 0, SYNTAX),
    MB_NO("a@b_c.com", 0, SYNTAX),
    MB_NO("a@b c", 0, SYNTAX),
    MB_NO("a@b\r\n", 0, SYNTAX),
    MB_NO("a\0@b", 0, SYNTAX),
    MB_NO("a@b\0", 0, SYNTAX),

    /* Quoted strings. */
    MB("\"\"@b", 0, OK, "\"\"", "b", 0),
    MB("\"a b\"@c", 0, OK, "\"a b\"", "c", 0),
    MB("\"a\\\"b\"@c", 0, OK, "\"a\\\"b\"", "c", 0),
    MB("\"a\\\\\"@c", 0, OK, "\"a\\\\\"", "c", 0),
    MB("\"a\\ b\"@c", 0, OK, "\"a\\ b\"", "c", 0),
    MB("\"a@b\"@c", 0, OK, "\"a@b\"", "c", 0),
    MB("\"a..b.\"@c", 0, OK, "\"a..b.\"", "c", 0),
    MB_NO("\"a\\\"@c", 0, SYNTAX),
    MB_NO("\"a@c", 0, SYNTAX),
    MB_NO("a\"@c", 0, SYNTAX),
    MB_NO("\"a\"\"b\"@c", 0, SYNTAX),
    MB_NO("\"a\".b@c", 0, SYNTAX),
    MB_NO("\"a\"b@c", 0, SYNTAX),
    MB_NO("\"a\tb\"@c", 0, SYNTAX),
    MB_NO("\"a\\\tb\"@c", 0, SYNTAX),
    MB_NO("\"a\\\x01\"@c", 0, SYNTAX),
    MB_NO("\"a\x7f\"@c", 0, SYNTAX),
    MB_NO("\"a\\\x7f\"@c", 0, SYNTAX),
    MB_NO("\"a\r\n b\"@c", 0, SYNTAX),

    /* IPv4 address literals: Snum is 1*3DIGIT worth 0 through 255. */
    MB("a@[1.2.3.4]", 0, OK, "a", "[1.2.3.4]", IS_LIT),
    MB("a@[0.0.0.0]", 0, OK, "a", "[0.0.0.0]", IS_LIT),
    MB("a@[255.255.255.255]", 0, OK, "a", "[255.255.255.255]", IS_LIT),
    MB("a@[01.002.199.249]", 0, OK, "a", "[01.002.199.249]", IS_LIT),
    MB_NO("a@[256.1.1.1]", 0, SYNTAX),
    MB_NO("a@[1.1.1.260]", 0, SYNTAX),
    MB_NO("a@[1.2.3]", 0, SYNTAX),
    MB_NO("a@[1.2.3.4.5]", 0, SYNTAX),
    MB_NO("a@[1234.1.1.1]", 0, SYNTAX),
    MB_NO("a@[1.2.3.4", 0, SYNTAX),
    MB_NO("a@[1.2.3.4]x", 0, SYNTAX),
    MB_NO("a@b.[1.2.3.4]", 0, SYNTAX),
    MB_NO("a@[1.2.3.4].b", 0, SYNTAX),
    MB_NO("a@[ 1.2.3.4]", 0, SYNTAX),

    /* IPv6 address literals in the four RFC 5321 forms. */
    MB("a@[IPv6:1:2:3:4:5:6:7:8]", 0, OK, "a", "[IPv6:1:2:3:4:5:6:7:8]",
       IS_LIT),
    MB("a@[ipv6:::]", 0, OK, "a", "[ipv6:::]", IS_LIT),
    MB("a@[IPv6:::1]", 0, OK, "a", "[IPv6:::1]", IS_LIT),
    MB("a@[IPv6:1::]", 0, OK, "a", "[IPv6:1::]", IS_LIT),
    MB("a@[IPv6:1::8]", 0, OK, "a", "[IPv6:1::8]", IS_LIT),
    MB("a@[IPv6:abcd:EF01::ffff]", 0, OK, "a", "[IPv6:abcd:EF01::ffff]",
       IS_LIT),
    MB("a@[IPv6:1:2:3:4:5::8]", 0, OK, "a", "[IPv6:1:2:3:4:5::8]", IS_LIT),
    MB("a@[IPv6:1:2:3:4:5:6::]", 0, OK, "a", "[IPv6:1:2:3:4:5:6::]", IS_LIT),
    MB("a@[IPv6:::1:2:3:4:5:6]", 0, OK, "a", "[IPv6:::1:2:3:4:5:6]", IS_LIT),
    MB("a@[IPv6:1:2:3:4:5:6:1.2.3.4]", 0, OK, "a",
       "[IPv6:1:2:3:4:5:6:1.2.3.4]", IS_LIT),
    MB("a@[IPv6:::1.2.3.4]", 0, OK, "a", "[IPv6:::1.2.3.4]", IS_LIT),
    MB("a@[IPv6:::ffff:1.2.3.4]", 0, OK, "a", "[IPv6:::ffff:1.2.3.4]",
       IS_LIT),
    MB("a@[IPv6:1:2:3:4::1.2.3.4]", 0, OK, "a", "[IPv6:1:2:3:4::1.2.3.4]",
       IS_LIT),
    MB("a@[IPv6:1:2::3:4:1.2.3.4]", 0, OK, "a", "[IPv6:1:2::3:4:1.2.3.4]",
       IS_LIT),
    MB("a@[IPv6:::1:2:3:4:1.2.3.4]", 0, OK, "a",
       "[IPv6:::1:2:3:4:1.2.3.4]", IS_LIT),
    MB_NO("a@[IPv6:1:2:3:4:5:6:7]", 0, SYNTAX),       /* 7 groups */
    MB_NO("a@[IPv6:1:2:3:4:5:6:7:8:9]", 0, SYNTAX),   /* 9 groups */
    MB_NO("a@[IPv6:1:2:3:4:5:6::8]", 0, SYNTAX),      /* "::" for one */
    MB_NO("a@[IPv6:1:2:3:4:5:6:7::]", 0, SYNTAX),
    MB_NO("a@[IPv6:::1:2:3:4:5:6:7]", 0, SYNTAX),
    MB_NO("a@[IPv6:1::2::3]", 0, SYNTAX),
    MB_NO("a@[IPv6::1:2:3:4:5:6:7]", 0, SYNTAX),      /* lone colon */
    MB_NO("a@[IPv6:1:2:3:4:5:6:7:]", 0, SYNTAX),
    MB_NO("a@[IPv6:1:::2]", 0, SYNTAX),
    MB_NO("a@[IPv6:12345::]", 0, SYNTAX),
    MB_NO("a@[IPv6:g::]", 0, SYNTAX),
    MB_NO("a@[IPv6:1:2:3:4:5:1.2.3.4]", 0, SYNTAX),   /* v4-full: 6 */
    MB_NO("a@[IPv6:1:2:3:4:5:6:7:1.2.3.4]", 0, SYNTAX),
    MB_NO("a@[IPv6:1:2:3::4:5:1.2.3.4]", 0, SYNTAX),  /* v4-comp: 5 > 4 */
    MB_NO("a@[IPv6:1::2:3:4:5:1.2.3.4]", 0, SYNTAX),
    MB_NO("a@[IPv6:::1.2.3.256]", 0, SYNTAX),
    MB_NO("a@[IPv6:::1.2.3]", 0, SYNTAX),
    MB_NO("a@[IPv6:1.2.3.4]", 0, SYNTAX),
    MB_NO("a@[IPv6::]", 0, SYNTAX),
    MB_NO("a@[IPv6:]", 0, SYNTAX),
    MB_NO("a@[IPv6 ::1]", 0, SYNTAX),

    /* General-address-literal: Standardized-tag ":" 1*dcontent. */
    MB("a@[x-tag:any!thing]", 0, OK, "a", "[x-tag:any!thing]", IS_LIT),
    MB("a@[t:x@y]", 0, OK, "a", "[t:x@y]", IS_LIT),
    MB("a@[IPv7:1:2]", 0, OK, "a", "[IPv7:1:2]", IS_LIT),
    MB_NO("a@[IPv6:junk]", 0, SYNTAX), /* the IPv6 tag is taken */
    MB_NO("a@[ipv6:1:2]", 0, SYNTAX),
    MB_NO("a@[tag:]", 0, SYNTAX),
    MB_NO("a@[tag]", 0, SYNTAX),
    MB_NO("a@[:x]", 0, SYNTAX),
    MB_NO("a@[tag-:x]", 0, SYNTAX),
    MB_NO("a@[t_g:x]", 0, SYNTAX),
    MB_NO("a@[tag:a b]", 0, SYNTAX),
    MB_NO("a@[tag:a[b]", 0, SYNTAX),
    MB_NO("a@[tag:a\\]]", 0, SYNTAX),
    MB_NO("a@[tag:a]b]", 0, SYNTAX),

    /* Paths, source routes, <> and <postmaster>. */
    PATH("<a@b>", 0, OK, "a", "b", "a@b", 0),
    PATH("<@x.y:a@b>", 0, OK, "a", "b", "a@b", 0),
    PATH("<@x.y,@z.w:a@b.c>", 0, OK, "a", "b.c", "a@b.c", 0),
    PATH("<\"a>b c\"@d>", 0, OK, "\"a>b c\"", "d", "\"a>b c\"@d", 0),
    PATH("<a@[IPv6:::1]>", 0, OK, "a", "[IPv6:::1]", "a@[IPv6:::1]", IS_LIT),
    PATH("<postmaster@b>", PM, OK, "postmaster", "b", "postmaster@b", 0),
    PATH("<>", NUL, OK, "", "", "", IS_NULL),
    PATH_NO("<>", 0, SYNTAX),
    PATH_NO("<>", LOOSE | PM | UTF8, SYNTAX),
    PATH("<postmaster>", PM, OK, "postmaster", "", "postmaster", IS_PM),
    PATH("<PostMaster>", PM, OK, "PostMaster", "", "PostMaster", IS_PM),
    PATH_NO("<postmaster>", 0, SYNTAX),
    PATH_NO("<postmaster>", NUL | LOOSE | UTF8, SYNTAX),
    PATH_NO("<@x.y:postmaster>", PM, SYNTAX),
    PATH_NO("<postmistress>", PM, SYNTAX),
    MBX("postmaster", PM, OK, "postmaster", "", "postmaster", IS_PM),
    MB_NO("postmaster", 0, SYNTAX),
    PATH_NO("<@x.y:>", 0, SYNTAX),
    PATH_NO("<@x.y a@b>", 0, SYNTAX),
    PATH_NO("<@x.y,a@b>", 0, SYNTAX),
    PATH_NO("<@x.y:@z.w:a@b>", 0, SYNTAX),
    PATH_NO("<@[1.2.3.4]:a@b>", 0, SYNTAX), /* At-domain is a Domain */
    PATH_NO("<@:a@b>", 0, SYNTAX),
    PATH_NO("<,@x.y:a@b>", 0, SYNTAX),
    PATH_NO("a@b", 0, SYNTAX),
    PATH_NO("<a@b", 0, SYNTAX),
    PATH_NO("a@b>", 0, SYNTAX),
    PATH_NO("<a@b> ", 0, SYNTAX),
    PATH_NO(" <a@b>", 0, SYNTAX),
    PATH_NO("<<a@b>>", 0, SYNTAX),
    PATH_NO("< a@b>", 0, SYNTAX),
    PATH_NO("<", 0, SYNTAX),
    PATH_NO("", NUL, SYNTAX),

    /* RFC 6531: UTF-8 only with SMTPUTF8, and well-formed only. */
    MB_NO("\xc3\xbc@x.de", 0, NON_ASCII),
    MB("\xc3\xbc@x.de", UTF8, OK, "\xc3\xbc", "x.de", IS_UTF8),
    MB_NO("a@m\xc3\xbcnchen.de", 0, NON_ASCII),
    MB("a@m\xc3\xbcnchen.de", UTF8, OK, "a", "m\xc3\xbcnchen.de", IS_UTF8),
    MB("a@\xc3\xbc-\xc3\xbc.de", UTF8, OK, "a", "\xc3\xbc-\xc3\xbc.de",
       IS_UTF8),
    MB("\"\xc3\xbc x\"@x", UTF8, OK, "\"\xc3\xbc x\"", "x", IS_UTF8),
    MB("\xe4\xbc\x8a\xe6\x98\xad@\xe9\x83\xb5\xe4\xbb\xb6.\xe5\x95\x86",
       UTF8, OK, "\xe4\xbc\x8a\xe6\x98\xad",
       "\xe9\x83\xb5\xe4\xbb\xb6.\xe5\x95\x86", IS_UTF8),
    MB("\xf0\x9f\x98\x86@x", UTF8, OK, "\xf0\x9f\x98\x86", "x", IS_UTF8),
    MB("\xc2\x80@x", UTF8, OK, "\xc2\x80", "x", IS_UTF8), /* C1 is UTF-8 */
    MB("a@b", UTF8, OK, "a", "b", 0),
    MB_NO("a@-\xc3\xbc.de", UTF8, SYNTAX),
    MB_NO("a@\xc3\xbc-.de", UTF8, SYNTAX),
    MB_NO("a@[tag:\xc3\xbc]", UTF8, SYNTAX),   /* dcontent is ASCII */
    MB_NO("a@[tag:\xc3\xbc]", 0, SYNTAX),
    MB_NO("\"\\\xc3\xbc\"@x", UTF8, SYNTAX),   /* quoted-pair is ASCII */
    MB_NO("\"\\\xc3\xbc\"@x", 0, SYNTAX),
    MB_NO("\xc3@x", UTF8, SYNTAX),             /* truncated */
    MB_NO("\xc3@x", 0, SYNTAX),
    MB_NO("\xc0\xaf@x", UTF8, SYNTAX),         /* overlong */
    MB_NO("\xed\xa0\x80@x", UTF8, SYNTAX),     /* surrogate */
    MB_NO("\xf4\x90\x80\x80@x", UTF8, SYNTAX), /* above U+10FFFF */
    MB_NO("\xff@x", UTF8, SYNTAX),
    MB_NO("a@x\xc3", UTF8, SYNTAX),
    MB_NO("\xc3\xbc b@x", 0, SYNTAX),          /* not valid even with it */
    MB_NO("a\xef\xbc\xa0x", UTF8, SYNTAX),     /* fullwidth '@' is no '@' */
    PATH_NO("<@\xc3\xbc.de:a@b>", 0, NON_ASCII),
    /* The route is dropped: it needs SMTPUTF8, but the mailbox is ASCII. */
    PATH("<@\xc3\xbc.de:a@b>", UTF8, OK, "a", "b", "a@b", 0),
    PATH("<@\xc3\xbc.de:\xc3\xbc@b>", UTF8, OK, "\xc3\xbc", "b",
         "\xc3\xbc@b", IS_UTF8),
    PATH_NO("<@\xc3\xbc.de:a@b>", LOOSE, NON_ASCII),
    PATH("<@\xc3\xbc.de:(a@b>", LOOSE | UTF8, OK, "(a", "b", "(a@b", 0),

    /* Loose mode: any local part of non-CTL, non-space, non-<> octets. */
    MB("a..b@c", LOOSE, OK, "a..b", "c", 0),
    MB(".a@c", LOOSE, OK, ".a", "c", 0),
    MB("a.@c", LOOSE, OK, "a.", "c", 0),
    MB("a\"b@c", LOOSE, OK, "a\"b", "c", 0),
    MB("(comment)a@b.c", LOOSE, OK, "(comment)a", "b.c", 0),
    MB("a\\@b@c.com", LOOSE, OK, "a\\@b", "c.com", 0),
    MB("a@b@c.com", LOOSE, OK, "a@b", "c.com", 0),
    MB("@@c.com", LOOSE, OK, "@", "c.com", 0),
    MB("\"a\"b@[1.2.3.4]", LOOSE, OK, "\"a\"b", "[1.2.3.4]", IS_LIT),
    MB("x@[t:a@b]", LOOSE, OK, "x", "[t:a@b]", IS_LIT), /* strict wins */
    MB("\"a b\"@c", LOOSE, OK, "\"a b\"", "c", 0),
    MB_NO("\"x\"y@[t:a@b]", LOOSE, SYNTAX), /* split at the last '@' */
    MB_NO("@c.com", LOOSE, SYNTAX),
    MB_NO("a b@c", LOOSE, SYNTAX),
    MB_NO("a<b@c", LOOSE, SYNTAX),
    MB_NO("a>b@c", LOOSE, SYNTAX),
    MB_NO("a\x01@c", LOOSE, SYNTAX),
    MB_NO("a\x7f@c", LOOSE, SYNTAX),
    MB_NO("a\t@c", LOOSE, SYNTAX),
    MB_NO("a..b@c..d", LOOSE, SYNTAX),
    MB_NO("a..b@c_d", LOOSE, SYNTAX),
    MB_NO("a..b@[1.2.3.256]", LOOSE, SYNTAX),
    MB_NO("a..b@", LOOSE, SYNTAX),
    MB_NO("a..b", LOOSE, SYNTAX),
    MB_NO("a..b@c ", LOOSE, SYNTAX),
    MB_NO("\xc3\xbc.@x", LOOSE, NON_ASCII),
    MB("\xc3\xbc.@x", LOOSE | UTF8, OK, "\xc3\xbc.", "x", IS_UTF8),
    MB_NO("\xff.@x", LOOSE | UTF8, SYNTAX),
    MB_NO("\xc3.@x", LOOSE | UTF8, SYNTAX),
    PATH("<a..b@c>", LOOSE, OK, "a..b", "c", "a..b@c", 0),
    PATH("<@r.s:a..b@c>", LOOSE, OK, "a..b", "c", "a..b@c", 0),
    PATH("<@r.s,@t.u:a..b@c>", LOOSE, OK, "a..b", "c", "a..b@c", 0),
    PATH("<@r.s,x:y@c.com>", LOOSE, OK, "@r.s,x:y", "c.com",
         "@r.s,x:y@c.com", 0),
    PATH("<@r.s@c.com>", LOOSE, OK, "@r.s", "c.com", "@r.s@c.com", 0),
    PATH_NO("<@r.s:@c.com>", LOOSE, SYNTAX), /* a route, then no local */
    PATH_NO("<a b@c>", LOOSE, SYNTAX),
    PATH_NO("<a..b@c", LOOSE, SYNTAX),
    PATH_NO("<a..b@c>>", LOOSE, SYNTAX),
    PATH_NO("<a>b@c>", LOOSE, SYNTAX),
};

static void
test_table(void **state)
{
    size_t i;
    int failed = 0;

    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct addr_case *c = &cases[i];
        const char *mailbox = c->mailbox ? c->mailbox : c->in;
        struct mxq_address a;
        enum mxq_addr_result r;
        bool bad;

        r = parse(c->path, c->in, c->n, c->flags, &a);
        bad = r != c->want;
        if (!bad && r == OK)
            bad = !slice_is(a.local, c->local) ||
                  !slice_is(a.domain, c->domain) ||
                  (c->mailbox ? !slice_is(a.mailbox, mailbox)
                              : a.mailbox.p != c->in || a.mailbox.n != c->n) ||
                  bits_of(&a) != c->bits;
        if (bad) {
            fprintf(stderr, "case %zu ", i);
            print_escaped(stderr, c->in, c->n);
            fprintf(stderr, " flags %#x: got %s local '", c->flags,
                    result_name(r));
            print_escaped(stderr, a.local.p, a.local.n);
            fprintf(stderr, "' domain '");
            print_escaped(stderr, a.domain.p, a.domain.n);
            fprintf(stderr, "' mailbox '");
            print_escaped(stderr, a.mailbox.p, a.mailbox.n);
            fprintf(stderr, "' bits %#x, want %s\n", bits_of(&a),
                    result_name(c->want));
            failed++;
            continue;
        }
        if (r == OK && !(c->flags & LOOSE))
            failed += check_loose_superset(c->path, c->in, c->n, c->flags,
                                           &a);
    }
    assert_int_equal(failed, 0);
}

/* ------------------------------------------------------ length limits */

static size_t
put(char *buf, size_t at, char c, size_t count)
{
    memset(buf + at, c, count);
    return at + count;
}

static size_t
put_str(char *buf, size_t at, const char *s)
{
    memcpy(buf + at, s, strlen(s));
    return at + strlen(s);
}

/* A domain of `total` octets in labels of at most `label` octets. */
static size_t
put_domain(char *buf, size_t at, size_t total, size_t label)
{
    size_t left = total;

    while (left > 0) {
        size_t n = left < label ? left : label;
        if (left - n == 1) /* never end on a lone dot */
            n--;
        at = put(buf, at, 'd', n);
        left -= n;
        if (left > 0) {
            buf[at++] = '.';
            left--;
        }
    }
    return at;
}

static enum mxq_addr_result
parse_buf(const char *buf, size_t n, unsigned flags)
{
    struct mxq_address a;

    return mxq_parse_mailbox(buf, n, flags, &a);
}

static void
test_limits(void **state)
{
    char buf[1024];
    size_t n, i;
    struct mxq_address a;
    static const unsigned modes[] = { 0, LOOSE, UTF8, LOOSE | UTF8 };

    (void)state;
    for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
        unsigned fl = modes[i];

        /* Local part: 64 octets, quotes included. */
        n = put_str(buf, put(buf, 0, 'l', 64), "@x.org");
        assert_int_equal(parse_buf(buf, n, fl), OK);
        n = put_str(buf, put(buf, 0, 'l', 65), "@x.org");
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put(buf, 0, 'q', 64);
        buf[0] = buf[63] = '"';
        n = put_str(buf, n, "@x.org");
        assert_int_equal(parse_buf(buf, n, fl), OK);
        n = put(buf, 0, 'q', 65);
        buf[0] = buf[64] = '"';
        n = put_str(buf, n, "@x.org");
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);

        /* Labels: 63 octets, first, middle or last. */
        n = put_str(buf, put(buf, put_str(buf, 0, "a@"), 'd', 63), ".org");
        assert_int_equal(parse_buf(buf, n, fl), OK);
        n = put_str(buf, put(buf, put_str(buf, 0, "a@"), 'd', 64), ".org");
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put_str(buf, put(buf, put_str(buf, 0, "a@x."), 'd', 64), ".org");
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put(buf, put_str(buf, 0, "a@x.y."), 'd', 63);
        assert_int_equal(parse_buf(buf, n, fl), OK);
        n = put(buf, put_str(buf, 0, "a@x.y."), 'd', 64);
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put(buf, put_str(buf, 0, "a@"), 'd', 64);
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);

        /* Domain: 255 octets. */
        n = put_domain(buf, put_str(buf, 0, "a@"), 255, 63);
        assert_int_equal(n, 257);
        assert_int_equal(mxq_parse_mailbox(buf, n, fl, &a), OK);
        assert_int_equal(a.domain.n, 255);
        n = put_domain(buf, put_str(buf, 0, "a@"), 256, 63);
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put_domain(buf, put_str(buf, 0, "a@"), 600, 10);
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG);
        n = put_str(buf, put(buf, put_str(buf, 0, "a@[t:"), 'x', 252), "]");
        assert_int_equal(parse_buf(buf, n, fl), TOO_LONG); /* 256 */
        n = put_str(buf, put(buf, put_str(buf, 0, "a@[t:"), 'x', 251), "]");
        assert_int_equal(parse_buf(buf, n, fl), OK);
        /* A literal has no labels to measure. */
        n = put_str(buf, put(buf, put_str(buf, 0, "a@[t:"), 'x', 100), "]");
        assert_int_equal(parse_buf(buf, n, fl), OK);

        /* The largest path: 64 + 1 + 255, brackets and a source route. */
        n = put_str(buf, 0, "<@r.s:");
        n = put(buf, n, 'l', 64);
        buf[n++] = '@';
        n = put_domain(buf, n, 255, 63);
        buf[n++] = '>';
        assert_int_equal(mxq_parse_path(buf, n, fl, &a), OK);
        assert_int_equal(a.mailbox.n, 64 + 1 + 255);
        buf[7] = buf[8] = '.'; /* "l..l": only loose mode takes it */
        assert_int_equal(mxq_parse_path(buf, n, fl, &a),
                         (fl & LOOSE) ? OK : SYNTAX);
    }

    /* Loose local parts have the same limit. */
    n = put_str(buf, put(buf, put_str(buf, 0, ".."), 'l', 62), "@x.org");
    assert_int_equal(parse_buf(buf, n, LOOSE), OK);
    n = put_str(buf, put(buf, put_str(buf, 0, ".."), 'l', 63), "@x.org");
    assert_int_equal(parse_buf(buf, n, LOOSE), TOO_LONG);
    assert_int_equal(parse_buf(buf, n, 0), SYNTAX);

    /* Octets count, not characters; TOO_LONG outranks NON_ASCII. */
    for (n = 0, i = 0; i < 32; i++)
        n = put_str(buf, n, "\xc3\xbc");
    n = put_str(buf, n, "@x.org");
    assert_int_equal(parse_buf(buf, n, UTF8), OK);
    assert_int_equal(parse_buf(buf, n, 0), NON_ASCII);
    for (n = 0, i = 0; i < 32; i++)
        n = put_str(buf, n, "\xc3\xbc");
    n = put_str(buf, n, "l@x.org");
    assert_int_equal(parse_buf(buf, n, UTF8), TOO_LONG);
    assert_int_equal(parse_buf(buf, n, 0), TOO_LONG);
    n = put_str(buf, 0, "a@");
    for (i = 0; i < 21; i++)
        n = put_str(buf, n, "\xe9\x83\xb5"); /* a 63-octet U-label */
    assert_int_equal(parse_buf(buf, n, UTF8), OK);
    n = put_str(buf, n, "\xe9\x83\xb5");
    assert_int_equal(parse_buf(buf, n, UTF8), TOO_LONG);
}

/* ------------------------------------------------ conformance suites */

/* An expected verdict we disagree with, by file and test id; the prefix
 * makes sure the id still names the address we mean. */
struct exception {
    const char *file;
    long id;
    const char *prefix;
    const char *reason;
    bool used;
};

#define TOTAL_254 "isemail counts the whole address against 254 octets " \
                  "(RFC 3696 erratum); we apply the per-part limits only"
#define A_LABEL "isemail-js measures U-labels as punycode A-labels; we " \
                "count octets as written"

#define GENERAL_LITERAL "\"1111\" is an Ldh-str, so this is a " \
                        "General-address-literal in RFC 5321 syntax"

static struct exception exceptions[] = {
    { "isemail", 39, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab",
      TOTAL_254, false },
    { "isemail", 40, "a@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx",
      TOTAL_254, false },
    { "isemail", 66, "test@[1111:2222:", GENERAL_LITERAL, false },
    { "isemail-js", 32, "test@\xf0\x9f\x98\x86", A_LABEL, false },
    { "isemail-js", 41, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
      TOTAL_254, false },
    { "isemail-js", 42, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
      TOTAL_254, false },
    { "isemail-js", 43, "abcdef@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
      TOTAL_254, false },
    { "isemail-js", 44, "abcdef@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
      A_LABEL, false },
    { "isemail-js", 45, "abcdef@abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
      A_LABEL, false },
    { "isemail-js", 74, "test@[1111:2222:", GENERAL_LITERAL, false },
    { "isemail-js", 146, "\"\xc2\x80\"@",
      "U+0080 is UTF8-non-ascii (RFC 6531); idn-email.json agrees for C1",
      false },
    { "isemail-js", 205, "test@\xf0\x90\x8f\xbf", A_LABEL, false },
};

static struct exception *
find_exception(const char *file, long id)
{
    size_t i;

    for (i = 0; i < sizeof(exceptions) / sizeof(exceptions[0]); i++)
        if (strcmp(exceptions[i].file, file) == 0 && exceptions[i].id == id)
            return &exceptions[i];
    return NULL;
}

/* What loose mode must accept besides strict addresses: split at the last
 * '@', 1..64 octets of anything but CTLs, space, '<' and '>' (well-formed
 * UTF-8), then a domain strict mode accepts. */
static bool
loose_oracle(const char *s, size_t n)
{
    char buf[1024];
    size_t at, i;
    struct mxq_address a;

    for (at = n; at > 0 && s[at - 1] != '@'; at--)
        ;
    if (at <= 1 || at - 1 > 64 || n - at + 2 > sizeof(buf))
        return false;
    at--;
    for (i = 0; i < at; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c == 0x7f || c == '<' || c == '>')
            return false;
    }
    if (!mxq_utf8_valid(s, at))
        return false;
    buf[0] = 'x';
    memcpy(buf + 1, s + at, n - at);
    return mxq_parse_mailbox(buf, n - at + 1, UTF8, &a) == OK;
}

struct tally {
    const char *file;
    long checked;
    long accepted_strict;
    long accepted_loose;
    int failed;
};

static void
report(struct tally *t, long id, const char *s, size_t n, const char *mode,
       enum mxq_addr_result got, const char *want)
{
    fprintf(stderr, "%s #%ld [", t->file, id);
    print_escaped(stderr, s, n);
    fprintf(stderr, "] %s: got %s, want %s\n", mode, result_name(got), want);
    t->failed++;
}

/* Checks one suite address whose file says `file_accepts` (in RFC 5321
 * terms), in strict and loose mode, as a mailbox and as a path. */
static void
check_address(struct tally *t, long id, const char *s, size_t n,
              bool file_accepts)
{
    struct exception *ex = find_exception(t->file, id);
    bool want_strict = file_accepts, want_loose, non_ascii = false;
    unsigned flags;
    enum mxq_addr_result r, r_loose, r_plain, r_path;
    struct mxq_address a, b;
    char path[1100];
    size_t i;

    t->checked++;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            non_ascii = true;
    flags = non_ascii ? UTF8 : 0;
    if (ex != NULL) {
        if (strncmp(s, ex->prefix, strlen(ex->prefix)) != 0) {
            fprintf(stderr, "%s #%ld: the exception names another "
                    "address\n", t->file, id);
            t->failed++;
        }
        ex->used = true;
        want_strict = !file_accepts;
    }

    r = mxq_parse_mailbox(s, n, flags, &a);
    if ((r == OK) != want_strict)
        report(t, id, s, n, "strict", r, want_strict ? "OK" : "refusal");
    if (r == OK) {
        t->accepted_strict++;
        if (a.mailbox.p != s || a.mailbox.n != n ||
            a.local.p != s || a.local.n + 1 + a.domain.n != n ||
            a.domain.p != s + a.local.n + 1 || s[a.local.n] != '@' ||
            a.is_utf8 != non_ascii)
            report(t, id, s, n, "strict slices", r, "local@domain");
    }

    want_loose = want_strict || loose_oracle(s, n);
    r_loose = mxq_parse_mailbox(s, n, flags | LOOSE, &b);
    if ((r_loose == OK) != want_loose)
        report(t, id, s, n, "loose", r_loose, want_loose ? "OK" : "refusal");
    if (r_loose == OK)
        t->accepted_loose++;
    if (r == OK && (r_loose != OK || b.local.n != a.local.n))
        report(t, id, s, n, "loose superset", r_loose, "as strict");

    /* Without SMTPUTF8 the only change is OK -> NON_ASCII. */
    if (non_ascii) {
        r_plain = mxq_parse_mailbox(s, n, 0, &b);
        if (r_plain != (r == OK ? NON_ASCII : r))
            report(t, id, s, n, "strict, no SMTPUTF8", r_plain,
                   result_name(r == OK ? NON_ASCII : r));
        r_plain = mxq_parse_mailbox(s, n, LOOSE, &b);
        if (r_plain != (r_loose == OK ? NON_ASCII : r_loose))
            report(t, id, s, n, "loose, no SMTPUTF8", r_plain,
                   result_name(r_loose == OK ? NON_ASCII : r_loose));
    }

    /* "<" mailbox ">" decides the same (a leading '@' would be a route). */
    if (n + 2 <= sizeof(path) && (n == 0 || s[0] != '@')) {
        path[0] = '<';
        memcpy(path + 1, s, n);
        path[n + 1] = '>';
        r_path = mxq_parse_path(path, n + 2, flags, &b);
        if (r_path != r || (r == OK && b.local.n != a.local.n))
            report(t, id, s, n, "strict path", r_path, result_name(r));
        r_path = mxq_parse_path(path, n + 2, flags | LOOSE, &b);
        if (r_path != r_loose)
            report(t, id, s, n, "loose path", r_path, result_name(r_loose));
    }
}

static char *
slurp(const char *name, size_t *n)
{
    char path[512];
    FILE *f;
    char *buf;
    long size;

    snprintf(path, sizeof(path), "%s/%s", MXQ_CONFORMANCE_DIR, name);
    f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "cannot open %s\n", path);
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)size + 1);
    if (buf == NULL || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[size] = '\0';
    *n = (size_t)size;
    return buf;
}

static size_t
put_utf8(char *out, size_t at, uint32_t cp)
{
    if (cp < 0x80) {
        out[at++] = (char)cp;
    } else if (cp < 0x800) {
        out[at++] = (char)(0xc0 | (cp >> 6));
        out[at++] = (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) { /* lone surrogates too: ill-formed on purpose */
        out[at++] = (char)(0xe0 | (cp >> 12));
        out[at++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[at++] = (char)(0x80 | (cp & 0x3f));
    } else {
        out[at++] = (char)(0xf0 | (cp >> 18));
        out[at++] = (char)(0x80 | ((cp >> 12) & 0x3f));
        out[at++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[at++] = (char)(0x80 | (cp & 0x3f));
    }
    return at;
}

/* isemail tests.xml: XML text of s[0..n) into out; control characters
 * are written as U+2400 + their code (the file's note 1). */
static size_t
xml_text(const char *s, size_t n, char *out, size_t cap)
{
    size_t i = 0, o = 0;

    while (i < n && o + 4 < cap) {
        const char *semi;
        uint32_t cp = 0;

        if (s[i] != '&') {
            out[o++] = s[i++];
            continue;
        }
        semi = memchr(s + i, ';', n - i);
        assert_non_null(semi);
        if (strncmp(s + i, "&amp;", 5) == 0)
            cp = '&';
        else if (strncmp(s + i, "&lt;", 4) == 0)
            cp = '<';
        else if (strncmp(s + i, "&gt;", 4) == 0)
            cp = '>';
        else if (strncmp(s + i, "&quot;", 6) == 0)
            cp = '"';
        else if (strncmp(s + i, "&apos;", 6) == 0)
            cp = '\'';
        else if (strncmp(s + i, "&#x", 3) == 0)
            cp = (uint32_t)strtoul(s + i + 3, NULL, 16);
        else if (strncmp(s + i, "&#", 2) == 0)
            cp = (uint32_t)strtoul(s + i + 2, NULL, 10);
        else
            fail_msg("unknown XML entity in tests.xml");
        if (cp >= 0x2400 && cp < 0x2420)
            cp -= 0x2400;
        o = put_utf8(out, o, cp);
        i = (size_t)(semi - s) + 1;
    }
    assert_true(i == n);
    return o;
}

/* The text of <name>...</name> inside [from, to), or NULL. */
static const char *
xml_element(const char *from, const char *to, const char *name, size_t *n)
{
    char open[64], close[64];
    const char *a, *b;

    snprintf(open, sizeof(open), "<%s>", name);
    snprintf(close, sizeof(close), "</%s>", name);
    a = strstr(from, open);
    if (a == NULL || a > to)
        return NULL;
    a += strlen(open);
    b = strstr(a, close);
    if (b == NULL || b > to)
        return NULL;
    *n = (size_t)(b - a);
    return a;
}

static bool
isemail_category_accepts(const char *cat, size_t n, bool *known)
{
    static const char *accept[] = { "ISEMAIL_VALID_CATEGORY",
                                    "ISEMAIL_DNSWARN", "ISEMAIL_RFC5321" };
    static const char *refuse[] = { "ISEMAIL_ERR", "ISEMAIL_RFC5322",
                                    "ISEMAIL_CFWS", "ISEMAIL_DEPREC" };
    size_t i;

    *known = true;
    for (i = 0; i < 3; i++)
        if (strlen(accept[i]) == n && memcmp(cat, accept[i], n) == 0)
            return true;
    for (i = 0; i < 4; i++)
        if (strlen(refuse[i]) == n && memcmp(cat, refuse[i], n) == 0)
            return false;
    *known = false;
    return false;
}

static void
test_isemail(void **state)
{
    struct tally t = { "isemail", 0, 0, 0, 0 };
    size_t size, n = 0, cat_n = 0;
    char *xml = slurp("isemail/tests.xml", &size);
    const char *test, *end, *text, *cat;
    char addr[1024];
    bool known, accepts;

    (void)state;
    assert_non_null(xml);
    for (test = strstr(xml, "<test id=\""); test != NULL;
         test = strstr(end, "<test id=\"")) {
        long id = strtol(test + 10, NULL, 10);

        end = strstr(test, "</test>");
        assert_non_null(end);
        cat = xml_element(test, end, "category", &cat_n);
        assert_non_null(cat);
        accepts = isemail_category_accepts(cat, cat_n, &known);
        if (!known) {
            fprintf(stderr, "isemail #%ld: unknown category\n", id);
            t.failed++;
        }
        text = xml_element(test, end, "address", &n);
        if (text == NULL) {
            const char *empty = strstr(test, "<address/>");
            assert_true(empty != NULL && empty < end);
            n = 0;
        } else {
            n = xml_text(text, n, addr, sizeof(addr));
        }
        check_address(&t, id, addr, n, accepts);
    }
    printf("isemail/tests.xml: %ld addresses checked, %ld accepted strict, "
           "%ld accepted loose\n", t.checked, t.accepted_strict,
           t.accepted_loose);
    free(xml);
    assert_int_equal(t.checked, 164);
    assert_int_equal(t.failed, 0);
}

/* One JSON string starting at the '"' at s; writes its UTF-8 to out and
 * returns the position after the closing quote. A lone surrogate escape is
 * written as its 3-octet form, which is ill-formed UTF-8, as it should be:
 * the JavaScript string is not well-formed Unicode either. */
static const char *
json_string(const char *s, char *out, size_t cap, size_t *n)
{
    size_t o = 0;
    uint32_t cp, low;

    assert_true(*s == '"');
    for (s++; *s != '"'; ) {
        assert_true(*s != '\0' && o + 8 < cap);
        if (*s != '\\') {
            out[o++] = *s++;
            continue;
        }
        switch (s[1]) {
        case '"': case '\\': case '/': out[o++] = s[1]; s += 2; break;
        case 'b': out[o++] = '\b'; s += 2; break;
        case 'f': out[o++] = '\f'; s += 2; break;
        case 'n': out[o++] = '\n'; s += 2; break;
        case 'r': out[o++] = '\r'; s += 2; break;
        case 't': out[o++] = '\t'; s += 2; break;
        case 'u':
            cp = (uint32_t)strtoul((char[5]){ s[2], s[3], s[4], s[5], 0 },
                                   NULL, 16);
            s += 6;
            if (cp >= 0xd800 && cp < 0xdc00 && s[0] == '\\' && s[1] == 'u') {
                low = (uint32_t)strtoul(
                    (char[5]){ s[2], s[3], s[4], s[5], 0 }, NULL, 16);
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    s += 6;
                }
            }
            o = put_utf8(out, o, cp);
            break;
        default:
            fail_msg("bad JSON escape");
        }
    }
    *n = o;
    return s + 1;
}

/* isemail-js codes: valid and rfc5321* are RFC 5321 addresses; err*,
 * rfc5322*, cfws* and deprecated* are not. */
static bool
isemail_js_code_accepts(const char *code, bool *known)
{
    *known = true;
    if (strcmp(code, "valid") == 0 || strncmp(code, "rfc5321", 7) == 0)
        return true;
    if (strncmp(code, "err", 3) == 0 || strncmp(code, "rfc5322", 7) == 0 ||
        strncmp(code, "cfws", 4) == 0 || strncmp(code, "deprecated", 10) == 0)
        return false;
    *known = false;
    return false;
}

/* tests.json is one array of [address, code] pairs and nothing else, so
 * its strings, in order, are address, code, address, code... */
static void
test_isemail_js(void **state)
{
    struct tally t = { "isemail-js", 0, 0, 0, 0 };
    size_t size, n, code_n;
    char *json = slurp("isemail-js/tests.json", &size);
    const char *s;
    char addr[2048], code[64];
    long index = 0;
    bool known, accepts;

    (void)state;
    assert_non_null(json);
    for (s = strchr(json, '"'); s != NULL; s = strchr(s, '"'), index++) {
        s = json_string(s, addr, sizeof(addr), &n);
        s = strchr(s, '"');
        assert_non_null(s);
        s = json_string(s, code, sizeof(code), &code_n);
        code[code_n] = '\0';
        accepts = isemail_js_code_accepts(code, &known);
        if (!known) {
            fprintf(stderr, "isemail-js #%ld: unknown code %s\n", index,
                    code);
            t.failed++;
        }
        check_address(&t, index, addr, n, accepts);
    }
    printf("isemail-js/tests.json: %ld addresses checked, %ld accepted "
           "strict, %ld accepted loose\n", t.checked, t.accepted_strict,
           t.accepted_loose);
    free(json);
    assert_int_equal(t.checked, 210);
    assert_int_equal(t.failed, 0);
}

/* JSON Schema "email" / "idn-email": RFC 5322 addr-spec (with RFC 6531
 * for idn-email). Its valid addresses are all RFC 5321 mailboxes too:
 * the RFC 5322 extras (CFWS, obsolete forms, free domain literals) are
 * not in these files. Only string data is an address. */
static void
check_jsonschema(const char *name, const char *file, long expect)
{
    struct tally t = { name, 0, 0, 0, 0 };
    size_t size, g, i;
    char *json = slurp(file, &size);
    char err[256];
    yajl_val root, tests, test, data, valid;
    const char *tests_path[] = { "tests", NULL };
    const char *data_path[] = { "data", NULL };
    const char *valid_path[] = { "valid", NULL };
    long index = 0, skipped = 0;

    assert_non_null(json);
    root = yajl_tree_parse(json, err, sizeof(err));
    if (root == NULL)
        fail_msg("%s: %s", file, err);
    assert_true(YAJL_IS_ARRAY(root));
    for (g = 0; g < root->u.array.len; g++) {
        tests = yajl_tree_get(root->u.array.values[g], tests_path,
                              yajl_t_array);
        assert_non_null(tests);
        for (i = 0; i < tests->u.array.len; i++, index++) {
            test = tests->u.array.values[i];
            data = yajl_tree_get(test, data_path, yajl_t_any);
            valid = yajl_tree_get(test, valid_path, yajl_t_any);
            assert_true(YAJL_IS_TRUE(valid) || YAJL_IS_FALSE(valid));
            if (!YAJL_IS_STRING(data)) {
                skipped++;
                continue;
            }
            check_address(&t, index, data->u.string, strlen(data->u.string),
                          YAJL_IS_TRUE(valid));
        }
    }
    printf("%s: %ld addresses checked (%ld non-string data skipped), %ld "
           "accepted strict, %ld accepted loose\n", file, t.checked, skipped,
           t.accepted_strict, t.accepted_loose);
    yajl_tree_free(root);
    free(json);
    assert_int_equal(t.checked, expect);
    assert_int_equal(t.failed, 0);
}

static void
test_jsonschema_email(void **state)
{
    (void)state;
    check_jsonschema("jsonschema-email", "jsonschema-email/email.json", 21);
}

static void
test_jsonschema_idn_email(void **state)
{
    (void)state;
    check_jsonschema("jsonschema-idn-email",
                     "jsonschema-email/idn-email.json", 12);
}

/* Runs last: every exception must still be needed. */
static void
test_exceptions_used(void **state)
{
    size_t i;
    int unused = 0;

    (void)state;
    for (i = 0; i < sizeof(exceptions) / sizeof(exceptions[0]); i++) {
        if (!exceptions[i].used) {
            fprintf(stderr, "exception %s #%ld never applied\n",
                    exceptions[i].file, exceptions[i].id);
            unused++;
        }
    }
    printf("%zu deliberate exceptions\n", i);
    assert_int_equal(unused, 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_isemail),
        cmocka_unit_test(test_isemail_js),
        cmocka_unit_test(test_jsonschema_email),
        cmocka_unit_test(test_jsonschema_idn_email),
        cmocka_unit_test(test_exceptions_used),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
