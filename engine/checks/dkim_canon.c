#include "dkim_canon.h"

#include <string.h>

#include <openssl/evp.h>

bool mxq_dkim_hash_init(struct mxq_dkim_hash *h, enum mxq_dkim_hash_alg alg)
{
    h->alg = alg;
    h->ctx = EVP_MD_CTX_new();
    if (h->ctx == NULL)
        return false;
    if (EVP_DigestInit_ex(h->ctx, alg == MXQ_DKIM_SHA1 ? EVP_sha1()
                                                      : EVP_sha256(),
                          NULL) != 1) {
        EVP_MD_CTX_free(h->ctx);
        h->ctx = NULL;
        return false;
    }
    return true;
}

void mxq_dkim_hash_update(struct mxq_dkim_hash *h, const void *p, size_t n)
{
    if (n > 0)
        EVP_DigestUpdate(h->ctx, p, n);
}

size_t mxq_dkim_hash_final(struct mxq_dkim_hash *h,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX])
{
    unsigned len = 0;
    if (EVP_DigestFinal_ex(h->ctx, out, &len) != 1)
        len = 0;
    mxq_dkim_hash_free(h);
    return len;
}

void mxq_dkim_hash_free(struct mxq_dkim_hash *h)
{
    EVP_MD_CTX_free(h->ctx);
    h->ctx = NULL;
}

size_t mxq_dkim_hash_size(enum mxq_dkim_hash_alg alg)
{
    return alg == MXQ_DKIM_SHA1 ? 20 : 32;
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

/* Canonical octets as they are: gathered, or hashed straight from the
 * message when there are many. */
static void emit_run(struct mxq_dkim_body *b, const uint8_t *p, size_t n)
{
    b->length += n;
    if (n >= sizeof b->chunk / 2) {
        flush(b);
        size_t k = n;
        if (b->limited && b->limit - b->hashed < k)
            k = (size_t)(b->limit - b->hashed);
        mxq_dkim_hash_update(&b->hash, p, k);
        b->hashed += k;
        return;
    }
    while (n > 0) {
        size_t room = sizeof b->chunk - b->used;
        size_t k = n < room ? n : room;
        memcpy(b->chunk + b->used, p, k);
        b->used += k;
        p += k;
        n -= k;
        if (b->used == sizeof b->chunk)
            flush(b);
    }
}

/* Before a line's content: the CRLFs held back, and relaxed's one SP for
 * the WSP run before it. */
static void settle(struct mxq_dkim_body *b)
{
    for (; b->empty_lines > 0; b->empty_lines--) {
        emit(b, '\r');
        emit(b, '\n');
    }
    if (b->wsp) {
        emit(b, ' ');
        b->wsp = false;
    }
    b->any = true;
}

static bool is_body_wsp(uint8_t c)
{
    return c == ' ' || c == '\t';
}

/* Relaxed: content octets, with each WSP run between them as one SP,
 * straight into the chunk; stops at a CR, or before a WSP run that may
 * end the line (it reaches the piece's end or a CR). */
static const uint8_t *relaxed_run(struct mxq_dkim_body *b, const uint8_t *s,
                                  const uint8_t *end)
{
    size_t used = b->used;
    uint64_t produced = 0;
    while (s < end) {
        uint8_t c = *s;
        if (c == '\r')
            break;
        if (is_body_wsp(c)) {
            const uint8_t *q = s + 1;
            while (q < end && is_body_wsp(*q))
                q++;
            if (q == end || *q == '\r')
                break;
            c = ' ';
            s = q - 1;
        }
        b->chunk[used++] = c;
        produced++;
        s++;
        if (used == sizeof b->chunk) {
            b->used = used;
            flush(b);
            used = 0;
        }
    }
    b->used = used;
    b->length += produced;
    return s;
}

void mxq_dkim_body_update(struct mxq_dkim_body *b, const char *p, size_t n)
{
    const uint8_t *s = (const uint8_t *)p, *end = s + n;
    const bool relaxed = b->canon == MXQ_DKIM_RELAXED;
    while (s < end) {
        uint8_t c = *s;
        if (b->cr) {
            b->cr = false;
            if (c == '\n') {
                /* A CRLF: held back, since only a later line's content
                 * shows that it is not one of the trailing empty lines;
                 * relaxed drops the WSP at the end of a line. */
                b->wsp = false;
                b->empty_lines++;
                s++;
                continue;
            }
            settle(b);
            emit(b, '\r');        /* a bare CR is content */
            continue;
        }
        if (c == '\r') {
            b->cr = true;
            s++;
            continue;
        }
        if (relaxed && is_body_wsp(c)) {
            b->wsp = true;        /* one SP if content follows */
            s++;
            continue;
        }
        settle(b);
        if (relaxed) {
            s = relaxed_run(b, s, end);
        } else {
            const uint8_t *cr = memchr(s, '\r', (size_t)(end - s));
            const uint8_t *run = s;
            s = cr ? cr : end;
            emit_run(b, run, (size_t)(s - run));
        }
    }
}

size_t mxq_dkim_body_final(struct mxq_dkim_body *b,
                           uint8_t out[MXQ_DKIM_DIGEST_MAX])
{
    if (b->cr) {
        b->cr = false;
        settle(b);
        emit(b, '\r');
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
