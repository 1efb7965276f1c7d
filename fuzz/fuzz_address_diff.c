/*
 * fuzz-address_diff: strict against loose, ASCII against SMTPUTF8, on the
 * same input (a Path and a bare mailbox).
 *
 * Whatever strict accepts, loose accepts as the same mailbox; whatever
 * strict finds well-formed (even too long or non-ASCII), loose does not
 * call a syntax error; what needs SMTPUTF8 is accepted with it; the domain
 * of a loose-only mailbox is a valid strict domain ("local@valid-domain");
 * a loose local part holds no space, control octet, '<' or '>'.
 */
#include "fuzz_support.h"

#include "address.h"
#include "utf8.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

typedef enum mxq_addr_result diff_parse_fn(const char *, size_t, unsigned,
                                           struct mxq_address *);

static bool diff_same_mailbox(const struct mxq_address *a,
                              const struct mxq_address *b)
{
    return a->mailbox.p == b->mailbox.p && a->mailbox.n == b->mailbox.n &&
           a->is_null == b->is_null && a->is_postmaster == b->is_postmaster;
}

static void diff_check_loose_only(const struct mxq_address *a, unsigned flags)
{
    if (a->is_null || a->is_postmaster)
        return;
    for (size_t i = 0; i < a->local.n; i++) {
        unsigned char c = (unsigned char)a->local.p[i];
        FUZZ_CHECK(c > 0x20 && c != 0x7F && c != '<' && c != '>',
                   "loose local part holds octet 0x%02x", c);
    }
    /* "local@valid-domain": the domain stands on its own in strict mode. */
    char *probe = fuzz_alloc(a->domain.n + 2);
    probe[0] = 'x';
    probe[1] = '@';
    memcpy(probe + 2, a->domain.p, a->domain.n);
    struct mxq_address d;
    enum mxq_addr_result r =
        mxq_parse_mailbox(probe, a->domain.n + 2,
                          flags & MXQ_ADDR_ALLOW_UTF8, &d);
    FUZZ_CHECK(r == MXQ_ADDR_OK, "loose domain %.*s is not valid strictly (%d)",
               (int)a->domain.n, a->domain.p, (int)r);
    free(probe);
}

static void diff_one(diff_parse_fn *parse, const char *in, size_t n,
                     unsigned extra)
{
    struct mxq_address strict, loose, utf8;
    for (unsigned u = 0; u < 2; u++) {
        unsigned flags = extra | (u ? MXQ_ADDR_ALLOW_UTF8 : 0);
        enum mxq_addr_result rs = parse(in, n, flags, &strict);
        enum mxq_addr_result rl = parse(in, n, flags | MXQ_ADDR_LOOSE, &loose);

        if (rs == MXQ_ADDR_OK)
            FUZZ_CHECK(rl == MXQ_ADDR_OK && diff_same_mailbox(&strict, &loose),
                       "strict accepts, loose says %d", (int)rl);
        if (rs != MXQ_ADDR_SYNTAX)
            FUZZ_CHECK(rl != MXQ_ADDR_SYNTAX,
                       "strict says %d, loose calls it a syntax error",
                       (int)rs);
        if (rs == MXQ_ADDR_SYNTAX && rl == MXQ_ADDR_OK)
            diff_check_loose_only(&loose, flags);

        if (u == 0) {
            enum mxq_addr_result ru =
                parse(in, n, flags | MXQ_ADDR_ALLOW_UTF8, &utf8);
            if (rs == MXQ_ADDR_OK)
                FUZZ_CHECK(ru == MXQ_ADDR_OK && diff_same_mailbox(&strict, &utf8),
                           "ASCII accepted, refused (%d) with SMTPUTF8",
                           (int)ru);
            if (rs == MXQ_ADDR_NON_ASCII)
                FUZZ_CHECK(ru == MXQ_ADDR_OK,
                           "needs SMTPUTF8, but with it gets %d", (int)ru);
        }
    }
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *in = fuzz_copy(data, size);
    unsigned both = MXQ_ADDR_ALLOW_NULL | MXQ_ADDR_ALLOW_POSTMASTER;

    diff_one(mxq_parse_path, in, size, 0);
    diff_one(mxq_parse_path, in, size, both);
    diff_one(mxq_parse_mailbox, in, size, 0);
    diff_one(mxq_parse_mailbox, in, size, both);
    free(in);
    return 0;
}
