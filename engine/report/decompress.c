/*
 * Report attachments come gzipped (RFC 7489 §7.2.1.1, RFC 8460 §5.3) or
 * zipped (what most DMARC reporters send). Unpacked in memory, bounded
 * in output size and in ratio to the input, so that a bomb ends in an
 * error string: gzip with zlib, zip with libzip reading from a buffer.
 */
#include <stdint.h>
#include <string.h>

#include <zip.h>
#include <zlib.h>

#include "report_parsers.h"

#define INFLATE_CHUNK 65536

enum mxq_report_packing mxq_report_packing_of(const char *p, size_t n)
{
    /* RFC 1952 §2.3.1 ID1 ID2; the zip local file header signature. */
    if (n >= 2 && (unsigned char)p[0] == 0x1f && (unsigned char)p[1] == 0x8b)
        return MXQ_REPORT_GZIP;
    if (n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0)
        return MXQ_REPORT_ZIP;
    return MXQ_REPORT_PLAIN;
}

/* False, err filled, when out would pass a limit by growing to total. */
static bool within_limits(size_t total, size_t packed, char *err)
{
    if (total > MXQ_REPORT_MAX_INFLATED)
        return mxq_report_fail(err, "decompressed report larger than %u "
                                    "octets", MXQ_REPORT_MAX_INFLATED);
    if (total > MXQ_REPORT_RATIO_FLOOR &&
        total / MXQ_REPORT_MAX_RATIO > packed)
        return mxq_report_fail(err, "decompressed report more than %u "
                                    "times its compressed size",
                               MXQ_REPORT_MAX_RATIO);
    return true;
}

static bool gunzip(const char *p, size_t n, struct mxq_buffer *out,
                   char *err)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    /* 15 + 16: a gzip wrapper, the largest window */
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return mxq_report_fail(err, "gzip: out of memory");
    unsigned char chunk[INFLATE_CHUNK];
    zs.next_in = (Bytef *)(uintptr_t)p;
    bool ok = true;
    size_t left = n; /* avail_in is a uInt: fed in pieces */
    int rc = Z_OK;
    while (ok) {
        if (zs.avail_in == 0 && left > 0) {
            zs.avail_in = left > UINT32_MAX ? UINT32_MAX : (uInt)left;
            left -= zs.avail_in;
        }
        zs.next_out = chunk;
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        size_t got = sizeof chunk - zs.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            ok = mxq_report_fail(err, "gzip: %s",
                                 zs.msg ? zs.msg : "corrupt data");
            break;
        }
        ok = within_limits(out->len + got, n, err);
        if (ok && got && !mxq_buffer_append(out, chunk, got))
            ok = mxq_report_fail(err, "gzip: out of memory");
        if (!ok)
            break;
        if (rc == Z_STREAM_END) {
            /* Another gzip member may follow (RFC 1952 §2.2); anything
             * else after the first (padding, junk) is not read. */
            size_t rest = zs.avail_in + left;
            if (mxq_report_packing_of((const char *)zs.next_in, rest) !=
                MXQ_REPORT_GZIP)
                break;
            if (inflateReset(&zs) != Z_OK)
                ok = mxq_report_fail(err, "gzip: cannot read on");
            continue;
        }
        if (rc == Z_BUF_ERROR || (got == 0 && zs.avail_in == 0 && left == 0)) {
            ok = mxq_report_fail(err, "gzip: truncated");
            break;
        }
    }
    inflateEnd(&zs);
    return ok;
}

/* Whether a member's name ends in the suffix (case-insensitive). */
static bool name_ends(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n >= k && mxq_report_name_is(name + n - k, k, suffix);
}

static bool read_member(zip_t *z, zip_uint64_t index, size_t packed,
                        struct mxq_buffer *out, char *err)
{
    zip_file_t *f = zip_fopen_index(z, index, 0);
    if (f == NULL)
        return mxq_report_fail(err, "zip: %s", zip_strerror(z));
    unsigned char chunk[INFLATE_CHUNK];
    bool ok = true;
    for (;;) {
        zip_int64_t got = zip_fread(f, chunk, sizeof chunk);
        if (got < 0) {
            ok = mxq_report_fail(err, "zip: %s",
                                 zip_error_strerror(zip_file_get_error(f)));
            break;
        }
        if (got == 0)
            break;
        ok = within_limits(out->len + (size_t)got, packed, err);
        if (ok && !mxq_buffer_append(out, chunk, (size_t)got))
            ok = mxq_report_fail(err, "zip: out of memory");
        if (!ok)
            break;
    }
    zip_fclose(f);
    return ok;
}

static bool unzip(const char *p, size_t n, struct mxq_buffer *out,
                  bool *member_json, char *err)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(p, n, 0, &ze);
    if (src == NULL) {
        zip_error_fini(&ze);
        return mxq_report_fail(err, "zip: out of memory");
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (z == NULL) {
        mxq_report_fail(err, "zip: %s", zip_error_strerror(&ze));
        zip_source_free(src);
        zip_error_fini(&ze);
        return false;
    }
    zip_error_fini(&ze);
    zip_int64_t entries = zip_get_num_entries(z, 0);
    bool ok = mxq_report_fail(err, "zip: no .xml or .json member");
    for (zip_int64_t i = 0; i < entries && i < MXQ_REPORT_MAX_ZIP_ENTRIES;
         i++) {
        const char *name = zip_get_name(z, (zip_uint64_t)i, 0);
        if (name == NULL)
            continue;
        bool xml = name_ends(name, ".xml"), json = name_ends(name, ".json");
        if (!xml && !json)
            continue;
        if (json)
            *member_json = true;
        else if (xml)
            *member_json = false;
        ok = read_member(z, (zip_uint64_t)i, n, out, err);
        break;
    }
    zip_discard(z); /* frees src too */
    return ok;
}

bool mxq_report_inflate(enum mxq_report_packing packing, const char *p,
                        size_t n, struct mxq_buffer *out, bool *member_json,
                        char *err)
{
    bool ok = packing == MXQ_REPORT_GZIP ? gunzip(p, n, out, err)
              : packing == MXQ_REPORT_ZIP
                  ? unzip(p, n, out, member_json, err)
                  : mxq_report_fail(err, "not compressed");
    if (!ok)
        mxq_buffer_free(out);
    return ok;
}
