/*
 * JSON string escaping for the message's MIME, the largest string of a
 * document: mostly runs of octets that need no escape (lines, between
 * their CR LF), which are found eight octets at a time and appended whole.
 */
#include "json_string.h"

#include <stdint.h>
#include <string.h>

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Whether some octet of w is below 0x20, a '"' or a '\\' (the bit tricks
 * are exact for "some octet", which is all that is asked). */
static bool word_needs_escape(uint64_t w)
{
    uint64_t quote = w ^ (ONES * '"'), backslash = w ^ (ONES * '\\');
    uint64_t below = (w - ONES * 0x20) & ~w;
    uint64_t zero_quote = (quote - ONES) & ~quote;
    uint64_t zero_backslash = (backslash - ONES) & ~backslash;
    return ((below | zero_quote | zero_backslash) & HIGHS) != 0;
}

static bool needs_escape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

/* How many octets from p on need no escape. */
static size_t plain_run(const unsigned char *p, size_t n)
{
    size_t i = 0;
    for (; n - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, sizeof w);
        if (word_needs_escape(w))
            break;
    }
    while (i < n && !needs_escape(p[i]))
        i++;
    return i;
}

/* Writes the escape of c, which needs one, at w; returns its end. */
static char *put_escape(char *w, unsigned char c)
{
    static const char digits[] = "0123456789ABCDEF";
    char two = 0;

    switch (c) {
    case '\b': two = 'b'; break;
    case '\t': two = 't'; break;
    case '\n': two = 'n'; break;
    case '\f': two = 'f'; break;
    case '\r': two = 'r'; break;
    case '"': two = '"'; break;
    case '\\': two = '\\'; break;
    default: break;
    }
    *w++ = '\\';
    if (two != 0) {
        *w++ = two;
        return w;
    }
    memcpy(w, "u00", 3);
    w[3] = digits[c >> 4];
    w[4] = digits[c & 15];
    return w + 5;
}

/* Input octets escaped per reservation of the worst case (6 each). */
#define JSON_CHUNK 4096

bool mxq_json_string_append(struct mxq_buffer *out, const void *data,
                            size_t n)
{
    const unsigned char *p = data;
    size_t i = 0;

    while (i < n) {
        size_t end = n - i > JSON_CHUNK ? i + JSON_CHUNK : n;
        if (!mxq_buffer_reserve(out, (end - i) * 6))
            return false;
        char *w = out->data + out->len;
        while (i < end) {
            size_t run = plain_run(p + i, end - i);
            memcpy(w, p + i, run);
            w += run;
            i += run;
            if (i < end)
                w = put_escape(w, p[i++]);
        }
        out->len = (size_t)(w - out->data);
    }
    return true;
}
