#include "dkim_canon.h"

#include <string.h>

bool mxq_dkim_hash_init(struct mxq_dkim_hash *h, enum mxq_dkim_hash_alg alg)
{
    h->alg = alg;
    if (alg == MXQ_DKIM_SHA1)
        return wc_InitSha(&h->u.sha1) == 0;
    return wc_InitSha256(&h->u.sha256) == 0;
}

void mxq_dkim_hash_update(struct mxq_dkim_hash *h, const void *p, size_t n)
{
    const uint8_t *q = p;
    /* wolfCrypt takes word32 lengths. */
    while (n > 0) {
        word32 k = n > 0x40000000u ? 0x40000000u : (word32)n;
        if (h->alg == MXQ_DKIM_SHA1)
            wc_ShaUpdate(&h->u.sha1, q, k);
        else
            wc_Sha256Update(&h->u.sha256, q, k);
        q += k;
        n -= k;
    }
}

size_t mxq_dkim_hash_final(struct mxq_dkim_hash *h,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX])
{
    if (h->alg == MXQ_DKIM_SHA1) {
        wc_ShaFinal(&h->u.sha1, out);
        wc_ShaFree(&h->u.sha1);
        return WC_SHA_DIGEST_SIZE;
    }
    wc_Sha256Final(&h->u.sha256, out);
    wc_Sha256Free(&h->u.sha256);
    return WC_SHA256_DIGEST_SIZE;
}

void mxq_dkim_hash_free(struct mxq_dkim_hash *h)
{
    if (h->alg == MXQ_DKIM_SHA1)
        wc_ShaFree(&h->u.sha1);
    else
        wc_Sha256Free(&h->u.sha256);
}

size_t mxq_dkim_hash_size(enum mxq_dkim_hash_alg alg)
{
    return alg == MXQ_DKIM_SHA1 ? WC_SHA_DIGEST_SIZE : WC_SHA256_DIGEST_SIZE;
}

static bool is_wsp(char c)
{
    return c == ' ' || c == '\t';
}

void mxq_dkim_canon_header(struct mxq_dkim_hash *h, enum mxq_dkim_canon c,
                           const char *head, size_t head_len,
                           size_t name_len, const char *body,
                           size_t body_len, bool crlf)
{
    if (c == MXQ_DKIM_SIMPLE) {
        mxq_dkim_hash_update(h, head, head_len);
        mxq_dkim_hash_update(h, body, body_len);
    } else {
        /* §3.4.2: the name in lower case, no WSP around the ':', folds
         * removed, WSP runs one SP, none at the start or the end. */
        uint8_t out[256];
        size_t used = 0;
        for (size_t i = 0; i < name_len; i++) {
            char ch = head[i];
            out[used++] = (uint8_t)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            if (used == sizeof out) {
                mxq_dkim_hash_update(h, out, used);
                used = 0;
            }
        }
        out[used++] = ':';
        bool pending = false, started = false;
        for (size_t i = 0; i < body_len; i++) {
            char ch = body[i];
            if (ch == '\r' && i + 1 < body_len && body[i + 1] == '\n') {
                i++;
                continue;
            }
            if (is_wsp(ch)) {
                pending = true;
                continue;
            }
            if (used + 2 > sizeof out) {
                mxq_dkim_hash_update(h, out, used);
                used = 0;
            }
            if (pending && started)
                out[used++] = ' ';
            pending = false;
            started = true;
            out[used++] = (uint8_t)ch;
        }
        mxq_dkim_hash_update(h, out, used);
    }
    if (crlf)
        mxq_dkim_hash_update(h, "\r\n", 2);
}

bool mxq_dkim_body_init(struct mxq_dkim_body *b, enum mxq_dkim_canon c,
                        enum mxq_dkim_hash_alg alg, bool limited,
                        uint64_t limit)
{
    memset(b, 0, offsetof(struct mxq_dkim_body, chunk));
    b->canon = c;
    b->limited = limited;
    b->limit = limit;
    return mxq_dkim_hash_init(&b->hash, alg);
}

static void flush(struct mxq_dkim_body *b)
{
    size_t k = b->used;
    if (b->limited && b->limit - b->hashed < k)
        k = (size_t)(b->limit - b->hashed);
    if (k > 0)
        mxq_dkim_hash_update(&b->hash, b->chunk, k);
    b->hashed += k;
    b->used = 0;
}

static void emit(struct mxq_dkim_body *b, uint8_t c)
{
    b->chunk[b->used++] = c;
    b->length++;
    if (b->used == sizeof b->chunk)
        flush(b);
}

/* An octet of a line's content (not the CRLF that ends it). */
static void content(struct mxq_dkim_body *b, uint8_t c)
{
    if (b->canon == MXQ_DKIM_RELAXED && (c == ' ' || c == '\t')) {
        b->wsp = true;
        return;
    }
    for (; b->empty_lines > 0; b->empty_lines--) {
        emit(b, '\r');
        emit(b, '\n');
    }
    if (b->wsp) {
        emit(b, ' ');
        b->wsp = false;
    }
    emit(b, c);
    b->any = true;
}

/* A CRLF: held back, since only a later line's content shows that it is
 * not one of the trailing empty lines (or the last line's end). */
static void line_end(struct mxq_dkim_body *b)
{
    b->wsp = false;        /* relaxed: WSP at the end of a line goes */
    b->empty_lines++;
}

void mxq_dkim_body_update(struct mxq_dkim_body *b, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)p[i];
        if (b->cr) {
            b->cr = false;
            if (c == '\n') {
                line_end(b);
                continue;
            }
            content(b, '\r');      /* a bare CR is content */
        }
        if (c == '\r')
            b->cr = true;
        else
            content(b, c);
    }
}

size_t mxq_dkim_body_final(struct mxq_dkim_body *b,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX])
{
    if (b->cr) {
        b->cr = false;
        content(b, '\r');
    }
    /* simple (§3.4.3): the last line's CRLF, or CRLF for an empty body;
     * relaxed (§3.4.4): the last line's CRLF unless the body is empty. */
    if (b->canon == MXQ_DKIM_SIMPLE || b->any) {
        emit(b, '\r');
        emit(b, '\n');
    }
    flush(b);
    return mxq_dkim_hash_final(&b->hash, out);
}

void mxq_dkim_body_free(struct mxq_dkim_body *b)
{
    mxq_dkim_hash_free(&b->hash);
}
