/*
 * fuzz-address: mxq_parse_path() and mxq_parse_mailbox() in every mode.
 * The first input octet holds the flags (enum mxq_addr_flags: strict or
 * loose, with or without SMTPUTF8, null path, postmaster); the rest is
 * the address.
 *
 * Invariants of an accepted address: the slices lie inside the input and
 * fit together (mailbox = local "@" domain); no CR, LF or NUL anywhere and
 * no '<' or '>' outside a quoted local part; the RFC 5321 length limits
 * hold; non-ASCII only with SMTPUTF8, and then well-formed UTF-8; a strict
 * bare mailbox is accepted as a Path too, as the same mailbox.
 */
#include "fuzz_support.h"

#include "address.h"
#include "utf8.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define ADDRESS_ALL_FLAGS                                                    \
    (MXQ_ADDR_ALLOW_UTF8 | MXQ_ADDR_ALLOW_POSTMASTER | MXQ_ADDR_ALLOW_NULL | \
     MXQ_ADDR_LOOSE)

static bool address_is_postmaster(struct mxq_slice s)
{
    static const char word[] = "postmaster";
    if (s.n != sizeof word - 1)
        return false;
    for (size_t i = 0; i < s.n; i++)
        if ((s.p[i] | 0x20) != word[i])
            return false;
    return true;
}

/* The checks every accepted address passes, whatever the mode. Shared
 * with fuzz-address_diff. */
static void address_check_accepted(const struct mxq_address *a,
                                   const char *in, size_t n, unsigned flags)
{
    FUZZ_CHECK(fuzz_slice_inside(a->local.p, a->local.n, in, n) &&
                   fuzz_slice_inside(a->domain.p, a->domain.n, in, n) &&
                   fuzz_slice_inside(a->mailbox.p, a->mailbox.n, in, n),
               "a slice lies outside the input");
    if (a->is_null) {
        FUZZ_CHECK(flags & MXQ_ADDR_ALLOW_NULL, "null path not allowed");
        FUZZ_CHECK(a->mailbox.n == 0 && a->local.n == 0 && a->domain.n == 0,
                   "null path with content");
        return;
    }
    if (a->is_postmaster) {
        FUZZ_CHECK(flags & MXQ_ADDR_ALLOW_POSTMASTER,
                   "postmaster not allowed");
        FUZZ_CHECK(address_is_postmaster(a->mailbox) && a->domain.n == 0,
                   "postmaster that is not \"postmaster\"");
        return;
    }
    const char *m = a->mailbox.p;
    size_t mn = a->mailbox.n;
    FUZZ_CHECK(a->local.n > 0 && a->domain.n > 0, "empty local or domain");
    FUZZ_CHECK(a->local.p == m && a->local.n + 1 + a->domain.n == mn &&
                   m[a->local.n] == '@' && a->domain.p == m + a->local.n + 1,
               "mailbox is not local@domain");
    FUZZ_CHECK(a->local.n <= 64 && a->domain.n <= 255,
               "length limits: local %zu, domain %zu", a->local.n,
               a->domain.n);
    FUZZ_CHECK(a->is_literal == (a->domain.p[0] == '['),
               "is_literal does not match the domain");
    if (!a->is_literal) {
        size_t label = 0;
        for (size_t i = 0; i < a->domain.n; i++) {
            label = a->domain.p[i] == '.' ? 0 : label + 1;
            FUZZ_CHECK(label <= 63, "a label longer than 63 octets");
        }
    }

    bool quoted = a->local.p[0] == '"';
    bool non_ascii = false;
    for (size_t i = 0; i < mn; i++) {
        unsigned char c = (unsigned char)m[i];
        FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0',
                   "CR, LF or NUL in an accepted mailbox");
        bool in_quotes = quoted && i < a->local.n;
        FUZZ_CHECK(in_quotes || (c != '<' && c != '>'),
                   "'<' or '>' outside a quoted local part, at %zu", i);
        FUZZ_CHECK(c >= 0x21 || in_quotes, "a control octet or space at %zu",
                   i);
        if (c >= 0x80)
            non_ascii = true;
    }
    FUZZ_CHECK(a->is_utf8 == non_ascii, "is_utf8 is %d", a->is_utf8);
    if (non_ascii) {
        FUZZ_CHECK(flags & MXQ_ADDR_ALLOW_UTF8, "non-ASCII without SMTPUTF8");
        FUZZ_CHECK(mxq_utf8_valid(m, mn), "ill-formed UTF-8 accepted");
    }
}

static void address_check_result(enum mxq_addr_result r)
{
    FUZZ_CHECK(r == MXQ_ADDR_OK || r == MXQ_ADDR_SYNTAX ||
                   r == MXQ_ADDR_NON_ASCII || r == MXQ_ADDR_TOO_LONG,
               "result %d out of range", (int)r);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned flags = data[0] & ADDRESS_ALL_FLAGS;
    size_t n = size - 1;
    char *in = fuzz_copy(data + 1, n);
    struct mxq_address a;

    enum mxq_addr_result r = mxq_parse_path(in, n, flags, &a);
    address_check_result(r);
    if (r == MXQ_ADDR_OK)
        address_check_accepted(&a, in, n, flags);

    r = mxq_parse_mailbox(in, n, flags, &a);
    address_check_result(r);
    if (r == MXQ_ADDR_OK) {
        address_check_accepted(&a, in, n, flags);
        if (!(flags & MXQ_ADDR_LOOSE) && !a.is_null) {
            /* The same mailbox in angle brackets is a Path. */
            char *path = fuzz_alloc(n + 2);
            path[0] = '<';
            memcpy(path + 1, in, n);
            path[n + 1] = '>';
            struct mxq_address b;
            enum mxq_addr_result rp = mxq_parse_path(path, n + 2, flags, &b);
            FUZZ_CHECK(rp == MXQ_ADDR_OK && b.mailbox.n == a.mailbox.n &&
                           memcmp(b.mailbox.p, a.mailbox.p, a.mailbox.n) == 0,
                       "a mailbox (%d) that is no Path (%d)", (int)r,
                       (int)rp);
            free(path);
        }
    }
    free(in);
    return 0;
}
