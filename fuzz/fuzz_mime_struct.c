/*
 * fuzz-mime_struct: the structured field machines, grammar/
 * mime_content_type.rl (Content-Type / Content-Disposition parameters with
 * RFC 2231, Content-Transfer-Encoding), grammar/mime_date.rl and
 * grammar/mime_received.rl, all over the same input taken as a field body.
 *
 * Input: the first octet picks the size of the decoding buffer (0-255,
 * a heap block of exactly that size so that AddressSanitizer sees a write
 * past it) and whether values are asked for as UTF-8; the rest is the
 * field body.
 *
 * Invariants: every slice lies inside the body's extent (which lies
 * inside the body); a type is never empty; the parameter iterator moves
 * forward and ends; a parameter it gave is found by name; a decoded
 * value's length is within its buffer; a date's fields are in range and
 * a date whose day exists has a Unix time; a Received walk's texts lie
 * inside the body and its enums are named.
 */
#include "fuzz_support.h"

#include "mime_content_type.h"
#include "mime_date.h"
#include "mime_received.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

/* Parameters looked up by name per input (each lookup reads them all). */
#define MIME_STRUCT_FUZZ_LOOKUPS 8
#define MIME_STRUCT_FUZZ_PARAMS_MAX 100000

static void mime_struct_fuzz_inside(struct mxq_slice s, const char *body,
                                    size_t n, const char *what)
{
    FUZZ_CHECK(fuzz_slice_inside(s.p, s.n, body, n), "%s outside the body",
               what);
}

static void mime_struct_fuzz_lookup(const char *body,
                                    const struct mxq_content_type *ct,
                                    struct mxq_slice name, size_t bufsize,
                                    unsigned flags)
{
    char key[64];
    if (name.n >= sizeof key || memchr(name.p, '\0', name.n) != NULL)
        return;
    memcpy(key, name.p, name.n);
    key[name.n] = '\0';

    char *buf = fuzz_alloc(bufsize);
    struct mxq_mime_param_value v;
    enum mxq_mime_param_status st = mxq_mime_param_get(
        body, ct->end, ct->params, key, flags, buf, bufsize, &v);
    FUZZ_CHECK(st == MXQ_MIME_PARAM_FOUND || st == MXQ_MIME_PARAM_TOO_LONG,
               "a parameter the iterator gave is not found: %d", (int)st);
    FUZZ_CHECK(v.len <= bufsize, "len %zu past the buffer of %zu", v.len,
               bufsize);
    mime_struct_fuzz_inside(v.charset, body, ct->end, "charset");
    mime_struct_fuzz_inside(v.language, body, ct->end, "language");
    free(buf);
}

static void mime_struct_fuzz_content_type(const char *body, size_t n,
                                          size_t bufsize, unsigned flags)
{
    struct mxq_content_type ct;
    size_t end = mxq_mime_field_extent(body, n);
    FUZZ_CHECK(end <= n, "extent %zu past %zu", end, n);
    if (!mxq_content_type_parse(body, n, &ct))
        return;
    FUZZ_CHECK(ct.end == end, "end %zu, extent %zu", ct.end, end);
    FUZZ_CHECK(ct.type.n > 0, "an empty type");
    FUZZ_CHECK(ct.params <= ct.end, "params at %zu past %zu", ct.params,
               ct.end);
    mime_struct_fuzz_inside(ct.type, body, end, "type");
    mime_struct_fuzz_inside(ct.subtype, body, end, "subtype");

    struct mxq_mime_param prm;
    size_t pos = ct.params, count = 0, lookups = 0;
    while (mxq_mime_param_next(body, ct.end, &pos, &prm)) {
        FUZZ_CHECK(++count <= MIME_STRUCT_FUZZ_PARAMS_MAX &&
                       count <= ct.end,
                   "the parameters do not end");
        FUZZ_CHECK(pos <= ct.end, "pos %zu past %zu", pos, ct.end);
        FUZZ_CHECK(prm.name.n > 0, "an empty name");
        mime_struct_fuzz_inside(prm.name, body, pos, "name");
        mime_struct_fuzz_inside(prm.value, body, pos, "value");
        FUZZ_CHECK(prm.quoted || prm.value.n > 0, "an empty token value");
        if (lookups++ < MIME_STRUCT_FUZZ_LOOKUPS)
            mime_struct_fuzz_lookup(body, &ct, prm.name, bufsize, flags);
    }

    char *buf = fuzz_alloc(bufsize);
    size_t len;
    enum mxq_mime_param_status st =
        mxq_content_type_param(body, n, "boundary", buf, bufsize, &len);
    FUZZ_CHECK(st != MXQ_MIME_PARAM_SYNTAX, "SYNTAX after a parse");
    FUZZ_CHECK(len <= bufsize, "boundary of %zu in %zu", len, bufsize);
    free(buf);
}

static void mime_struct_fuzz_date_fields(const struct mxq_date *d)
{
    FUZZ_CHECK(d->month >= 1 && d->month <= 12 && d->day >= 1 &&
                   d->day <= 31 && d->hour >= 0 && d->hour <= 23 &&
                   d->minute >= 0 && d->minute <= 59 && d->second >= 0 &&
                   d->second <= 60 && d->year >= 0 && d->year <= 9999,
               "date %d-%d-%d %d:%d:%d", d->year, d->month, d->day, d->hour,
               d->minute, d->second);
    FUZZ_CHECK(d->zone_hours >= 0 && d->zone_hours <= 99 &&
                   d->zone_minutes >= 0 && d->zone_minutes <= 99,
               "zone %d:%d", d->zone_hours, d->zone_minutes);
    int64_t t;
    static const int days[12] = {31, 29, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    bool unix_ok = mxq_date_unix(d, &t);
    if (d->day <= 28 || (d->month != 2 && d->day <= days[d->month - 1]))
        FUZZ_CHECK(unix_ok, "no Unix time for a day that exists");
}

static void mime_struct_fuzz_received(const char *body, size_t n)
{
    struct mxq_received r;
    bool found = mxq_received_parse(body, n, &r);
    const struct mxq_slice texts[] = {
        r.from, r.from_ip, r.from_iprev, r.helo, r.ident, r.by,
        r.via, r.with, r.id, r.for_, r.tls_cipher,
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        mime_struct_fuzz_inside(texts[i], body, n, "a Received text");
    FUZZ_CHECK(found || !r.has_date, "a date, yet nothing found");
    FUZZ_CHECK(r.protocol == MXQ_RECEIVED_PROTO_NONE ||
                   mxq_received_protocol_name(r.protocol)[0] != '\0',
               "protocol %d has no name", (int)r.protocol);
    FUZZ_CHECK(r.tls_version == MXQ_RECEIVED_TLS_NONE ||
                   mxq_received_tls_name(r.tls_version)[0] != '\0',
               "TLS version %d has no name", (int)r.tls_version);
    FUZZ_CHECK((r.protocol != MXQ_RECEIVED_PROTO_NONE) == (r.with.n > 0),
               "a with word without its protocol");
    if (r.has_date)
        mime_struct_fuzz_date_fields(&r.date);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t bufsize = data[0];
    unsigned flags = (data[0] & 1) ? MXQ_MIME_PARAM_TO_UTF8 : 0;
    size_t n = size - 1;
    char *body = fuzz_copy(data + 1, n);

    mime_struct_fuzz_content_type(body, n, bufsize, flags);

    struct mxq_slice token;
    enum mxq_transfer_encoding cte =
        mxq_content_transfer_encoding(body, n, &token);
    FUZZ_CHECK(cte >= MXQ_CTE_INVALID && cte <= MXQ_CTE_OTHER, "cte %d",
               (int)cte);
    if (cte != MXQ_CTE_INVALID) {
        FUZZ_CHECK(token.n > 0, "an empty transfer encoding");
        mime_struct_fuzz_inside(token, body, n, "transfer encoding");
    }

    struct mxq_date d;
    if (mxq_date_parse(body, n, &d))
        mime_struct_fuzz_date_fields(&d);

    mime_struct_fuzz_received(body, n);
    free(body);
    return 0;
}
