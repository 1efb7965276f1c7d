/*
 * The JSON side of the report parsers: keys, text values that are always
 * UTF-8 whatever a report holds, numbers, and the error string.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_parsers.h"
#include "report_fields.h"
#include "utf8.h"

bool mxq_report_fail(char *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, MXQ_REPORT_ERROR_SIZE, fmt, ap);
    va_end(ap);
    return false;
}

void mxq_report_put_key(yajl_gen g, const char *key)
{
    yajl_gen_string(g, (const unsigned char *)key, strlen(key));
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Writes p[0..n) without CR and LF into out (n octets at most), every
 * octet >= 0x80 as U+FFFD when the whole is not UTF-8 (3 octets each:
 * out holds 3 n). */
static size_t clean_text(const char *p, size_t n, unsigned char *out)
{
    bool utf8 = mxq_utf8_valid(p, n);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\r' || c == '\n')
            continue;
        if (c >= 0x80 && !utf8) {
            out[k++] = 0xef;
            out[k++] = 0xbf;
            out[k++] = 0xbd;
        } else
            out[k++] = c;
    }
    return k;
}

void mxq_report_put_text(yajl_gen g, const char *p, size_t n)
{
    while (n > 0 && is_blank(p[0]))
        p++, n--;
    while (n > 0 && is_blank(p[n - 1]))
        n--;
    /* Short values (nearly all) are cleaned on the stack. */
    unsigned char small[3 * 256];
    unsigned char *out = small, *heap = NULL;
    if (n > 256) {
        heap = n <= SIZE_MAX / 3 ? malloc(3 * n) : NULL;
        if (heap == NULL) {
            /* out of memory: the member still gets a value */
            yajl_gen_string(g, (const unsigned char *)"", 0);
            return;
        }
        out = heap;
    }
    size_t k = clean_text(p, n, out);
    yajl_gen_string(g, out, k);
    free(heap);
}

void mxq_report_put_key_text(yajl_gen g, const char *key, const char *p,
                             size_t n)
{
    mxq_report_put_key(g, key);
    mxq_report_put_text(g, p, n);
}

void mxq_report_put_number(yajl_gen g, const char *p, size_t n)
{
    uint64_t v;
    if (mxq_report_uint(p, n, &v))
        yajl_gen_integer(g, (long long)v);
    else
        mxq_report_put_text(g, p, n);
}

bool mxq_report_name_is(const char *p, size_t n, const char *name)
{
    size_t len = strlen(name);
    if (n != len)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)p[i], b = (unsigned char)name[i];
        if (a >= 'A' && a <= 'Z')
            a = (unsigned char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (unsigned char)(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}
