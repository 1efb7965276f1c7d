/*
 * fuzz-utf8: mxq_utf8_valid() against a plain decoder written here from
 * RFC 3629: lead octet, continuation octets, then the code point must not
 * be overlong, a surrogate, or above U+10FFFF.
 */
#include "fuzz_support.h"

#include "utf8.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

static bool utf8_reference_valid(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        size_t len;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return false; /* a continuation octet, or F8..FF */
        }
        if (n - i < len)
            return false;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

/* The text rule, written plainly: non-empty, no C0 control, no DEL;
 * ASCII only unless utf8, well-formed UTF-8 then. */
static bool text_reference_valid(const unsigned char *p, size_t n, bool utf8)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] < 0x20 || p[i] == 0x7F || (!utf8 && p[i] >= 0x80))
            return false;
    return !utf8 || utf8_reference_valid(p, n);
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    char *copy = fuzz_copy(data, size);
    bool got = mxq_utf8_valid(copy, size);
    bool want = utf8_reference_valid(data, size);

    FUZZ_CHECK(got == want, "mxq_utf8_valid says %d, the reference %d",
               got, want);
    for (int utf8 = 0; utf8 <= 1; utf8++)
        FUZZ_CHECK(mxq_text_valid(copy, size, utf8) ==
                       text_reference_valid(data, size, utf8),
                   "mxq_text_valid(utf8=%d) disagrees with the reference",
                   utf8);
    /* Cut in two at a point the input chooses: valid halves make a valid
     * whole, whatever the cut. */
    if (size > 1) {
        size_t cut = data[0] % size;
        if (mxq_utf8_valid(copy, cut) && mxq_utf8_valid(copy + cut, size - cut))
            FUZZ_CHECK(got, "two valid halves, an invalid whole");
    }
    free(copy);
    return 0;
}
