/*
 * fuzz-dkim_tags: the DKIM tag-list and base64 grammar
 * (grammar/dkim_tags.rl) and the records read with it
 * (engine/checks/dkim_signature.c): a DKIM-Signature body and a key
 * record.
 *
 * Input: any octets, read as a tag list, as base64, as a signature and as
 * a key record.
 *
 * Invariants: tags lie inside the input, in order, without overlap; a
 * name is ALPHA *(ALNUM / "_"), a value holds no ';' and does not start
 * or end with FWS, and lies inside its raw value; the iterator ends; the
 * base64 decoder writes no more than 3/4 of the characters; a signature
 * that reads has h= with From, i= inside d=, b= emptied range inside
 * the input, l/t/x consistent; a key that reads is not revoked and has
 * its p= octets.
 */
#include "fuzz_support.h"

#include "dkim_signature.h"
#include "dkim_tags.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool dkim_tags_fuzz_fws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *p = fuzz_copy(data, size);
    size_t pos = 0, last_end = 0, count = 0;
    struct mxq_dkim_tag t;
    bool bad = false;

    while (mxq_dkim_tag_next(p, size, &pos, &t, &bad)) {
        FUZZ_CHECK(++count <= size / 2 + 1, "too many tags");
        FUZZ_CHECK(fuzz_slice_inside(t.name.p, t.name.n, p, size), "name");
        FUZZ_CHECK(fuzz_slice_inside(t.raw_value.p, t.raw_value.n, p, size),
                   "raw value");
        FUZZ_CHECK(t.name.n > 0 && (size_t)(t.name.p - p) >= last_end,
                   "name order");
        char c0 = t.name.p[0];
        FUZZ_CHECK((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z'),
                   "name start");
        if (t.value.n > 0) {
            FUZZ_CHECK(t.value.p >= t.raw_value.p &&
                           t.value.p + t.value.n <=
                               t.raw_value.p + t.raw_value.n,
                       "value outside raw value");
            FUZZ_CHECK(memchr(t.value.p, ';', t.value.n) == NULL, "';'");
            FUZZ_CHECK(!dkim_tags_fuzz_fws(t.value.p[0]) &&
                           !dkim_tags_fuzz_fws(t.value.p[t.value.n - 1]),
                       "value FWS");
        }
        last_end = (size_t)(t.raw_value.p - p) + t.raw_value.n;
        FUZZ_CHECK(pos > last_end || pos == size + 1, "pos");
    }

    uint8_t out[512];
    size_t len = 0;
    if (mxq_dkim_base64(p, size, out, sizeof out, &len))
        FUZZ_CHECK(len <= size * 3 / 4 + 2 && len <= sizeof out, "base64 len");

    struct mxq_dkim_signature *sig = malloc(sizeof *sig);
    struct mxq_dkim_key *key = malloc(sizeof *key);
    const char *why = NULL;
    if (sig == NULL || key == NULL)
        abort();
    if (mxq_dkim_signature_parse(p, size, sig, &why)) {
        bool from = false;
        for (size_t k = 0; k < sig->h_count; k++)
            if (mxq_dkim_slice_eq(sig->h[k], "from", 4))
                from = true;
        FUZZ_CHECK(from, "h= without From");
        FUZZ_CHECK(sig->b_raw_start <= sig->b_raw_end &&
                       sig->b_raw_end <= size,
                   "b= range");
        FUZZ_CHECK(sig->b_len > 0 && sig->b_len <= sizeof sig->b, "b len");
        FUZZ_CHECK(sig->bh_len == 20 || sig->bh_len == 32, "bh len");
        FUZZ_CHECK(!(sig->has_t && sig->has_x) || sig->x >= sig->t, "x<t");
        FUZZ_CHECK(sig->d.n > 0 && sig->s.n > 0, "d/s");
        FUZZ_CHECK(sig->i_domain.n >= sig->d.n, "i domain");
    } else {
        FUZZ_CHECK(why != NULL, "no reason");
    }
    if (mxq_dkim_key_parse(p, size, key, &why))
        FUZZ_CHECK(!key->revoked && key->p_len > 0 &&
                       key->p_len <= sizeof key->p,
                   "key");
    else
        FUZZ_CHECK(why != NULL, "no key reason");
    free(sig);
    free(key);
    free(p);
    return 0;
}
