/*
 * Header field text: unstructured bodies, the Keywords phrase list, RFC
 * 2047 encoded words and comments. See mime_text.h for the contract and
 * the choices made where real mail is broken.
 *
 * One scanner (mxq_mime_text_lex) cuts text into tokens: an encoded word,
 * white space (with or without a fold), a line end, a quoted pair, a
 * quoted string, a comma, a '(' and runs of other text. Decoding and the
 * list walk read tokens one at a time, so neither needs any storage. An
 * encoded word's parts (charset, encoding, text) are read back from the
 * token the scanner accepted; what is left to plain code is turning
 * base64 and Q text into octets and octets into UTF-8.
 */

/* Ragel's -G2 output jumps into switch cases from goto labels: the
 * fallthrough is the design of the generated code, not a slip. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mime_text.h"

/* ------------------------------------------------------------ comments */

%%{
    machine mxq_mime_comment;
    alphtype unsigned char;

    action open {
        if (++depth > MXQ_MIME_COMMENT_DEPTH) {
            status = MXQ_MIME_COMMENT_TOO_DEEP;
            fbreak;
        }
    }
    action close {
        if (--depth == 0) {
            status = MXQ_MIME_COMMENT_OK;
            fbreak;
        }
    }

    lb = '\r'? '\n';
    ctext = any - [()\\\r\n];
    # obs-qp allows a backslash before a line end: mailers fold there, and
    # the octet after the fold is the one quoted.
    quoted_pair = '\\' ( lb [ \t] )? ( any - [\r\n] );
    main := ( '(' @open | ')' @close | ctext | quoted_pair
            | lb [ \t] )*;

    write data noerror nofinal noentry;
}%%

enum mxq_mime_comment_status mxq_mime_comment_end(const char *text, size_t n,
                                                  size_t pos, size_t *end)
{
    const unsigned char *base = (const unsigned char *)text;
    const unsigned char *p = base + pos, *pe = base + n;
    enum mxq_mime_comment_status status = MXQ_MIME_COMMENT_UNCLOSED;
    unsigned depth = 0;
    int cs;

    %% write init;
    %% write exec;

    /* An unclosed comment stops before the line end that ended it, so
     * that the field's end is still seen by whoever reads on. */
    if (status == MXQ_MIME_COMMENT_UNCLOSED && p > base + pos + 1 &&
        p[-1] == '\n') {
        p--;
        if (p > base + pos + 1 && p[-1] == '\r')
            p--;
    }
    if (p <= base + pos)
        p = base + pos + 1;
    *end = (size_t)(p - base);
    return status;
}

/* ------------------------------------------------------------- tokens */

enum text_kind {
    TEXT_END,          /* a line end that is not a fold, or no more input */
    TEXT_WORD,         /* other text */
    TEXT_WS,           /* white space without a fold */
    TEXT_FWS,          /* white space with a fold in it */
    TEXT_EW,           /* an encoded word */
    TEXT_QP,           /* '\' and one octet */
    TEXT_QUOTED,       /* a whole quoted string */
    TEXT_COMMA,
    TEXT_PAREN         /* '(' */
};

struct text_tok {
    enum text_kind kind;
    size_t start, end;
};

#define TEXT_TOKEN(k)                                                       \
    do {                                                                    \
        tok.kind = (k);                                                     \
        tok.start = (size_t)(ts - base);                                    \
        tok.end = (size_t)(te - base);                                      \
    } while (0)

%%{
    machine mxq_mime_text_common;
    alphtype unsigned char;

    wsp = [ \t];
    lb = '\r'? '\n';
    fold = lb wsp;
    ws_plain = wsp+;
    ws_fold = wsp* fold ( wsp | fold )*;

    # RFC 2047 §2, with RFC 2231 §5's language; encoded text may hold
    # spaces and folds (see mime_text.h).
    ew_charset = ( any - [?*\r\n \t] )+;
    ew_language = '*' ( any - [?\r\n \t] )*;
    ew_text = ( ( any - [?\r\n] ) | fold )*;
    encoded_word = '=?' ew_charset ew_language? '?' [BbQq] '?' ew_text '?=';

    quoted_pair = '\\' fold? ( any - [\r\n] );
    quoted_string = '"' ( ( any - ["\\\r\n] ) | quoted_pair | fold )* '"';
    text = ( any - [ \t\r\n=\\,"(] )+;
}%%

%%{
    machine mxq_mime_text_lex;
    include mxq_mime_text_common;

    main := |*
        encoded_word => { TEXT_TOKEN(TEXT_EW); fbreak; };
        ws_plain => { TEXT_TOKEN(TEXT_WS); fbreak; };
        ws_fold => { TEXT_TOKEN(TEXT_FWS); fbreak; };
        lb => { TEXT_TOKEN(TEXT_END); fbreak; };
        quoted_pair => { TEXT_TOKEN(TEXT_QP); fbreak; };
        quoted_string => { TEXT_TOKEN(TEXT_QUOTED); fbreak; };
        ',' => { TEXT_TOKEN(TEXT_COMMA); fbreak; };
        '(' => { TEXT_TOKEN(TEXT_PAREN); fbreak; };
        text => { TEXT_TOKEN(TEXT_WORD); fbreak; };
        any => { TEXT_TOKEN(TEXT_WORD); fbreak; };
    *|;

    write data noerror nofinal noentry;
}%%

/* The token at text[pos..n). */
static struct text_tok text_lex(const char *text, size_t n, size_t pos)
{
    const unsigned char *base = (const unsigned char *)text;
    struct text_tok tok = { TEXT_END, n, n };

    if (pos >= n)
        return tok;
    const unsigned char *p = base + pos, *pe = base + n, *eof = pe;
    const unsigned char *ts = NULL, *te = NULL;
    int cs, act = 0;

    %% write init;
    %% write exec;
    (void)act;
    (void)ts;
    if (tok.end <= pos) /* cannot happen: `any` matches every octet */
        tok = (struct text_tok){ TEXT_WORD, pos, pos + 1 };
    return tok;
}

%%{
    machine mxq_mime_encoded_word;
    alphtype unsigned char;
    include mxq_mime_text_common;
    main := encoded_word;
    write data noerror noentry;
}%%

bool mxq_mime_is_encoded_word(const char *text, size_t n)
{
    const unsigned char *p = (const unsigned char *)text, *pe = p + n;
    int cs;

    %% write init;
    %% write exec;
    return p == pe && cs >= mxq_mime_encoded_word_first_final;
}

/* ------------------------------------------------------------- output */

void mxq_mime_text_init(struct mxq_mime_text *t, char *buf, size_t size)
{
    *t = (struct mxq_mime_text){ .buf = buf, .size = size };
}

void mxq_mime_text_put(struct mxq_mime_text *t, const char *p, size_t n)
{
    size_t room = t->size - t->len;

    if (n > room) {
        n = room;
        t->truncated = true;
    }
    if (n > 0)
        memcpy(t->buf + t->len, p, n);
    t->len += n;
}

static void put_codepoint(struct mxq_mime_text *t, uint32_t cp)
{
    char u[3];
    size_t n;

    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else {                              /* the tables stay in the BMP */
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    }
    mxq_mime_text_put(t, u, n);
}

/* ----------------------------------------------------------- charsets */

/* Every charset here is ASCII below 0x80; `high` maps 0xA0-0xFF (NULL:
 * the octet is the code point, as in Latin-1), `c1` 0x80-0x9F. */
struct charset {
    const char *name;
    bool utf8;
    const uint16_t *c1, *high;
};

/* WHATWG windows-1252: the five holes map to the C1 controls. */
static const uint16_t windows_1252_c1[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static const uint16_t iso_8859_2_high[96] = {
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7,
    0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B,
    0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7,
    0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C,
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
};

/* Unassigned positions are U+FFFD. */
static const uint16_t iso_8859_8_high[96] = {
    0x00A0, 0xFFFD, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00D7, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2017,
    0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7,
    0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC, 0x05DD, 0x05DE, 0x05DF,
    0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7,
    0x05E8, 0x05E9, 0x05EA, 0xFFFD, 0xFFFD, 0x200E, 0x200F, 0xFFFD,
};

static const uint16_t iso_8859_15_high[96] = {
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AC, 0x00A5, 0x0160, 0x00A7,
    0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x017D, 0x00B5, 0x00B6, 0x00B7,
    0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

/* C1 as itself: ISO-8859-x has control characters there. */
static const uint16_t c1_identity[32] = {
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
    0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
    0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
};

static const struct charset charsets[] = {
    { "utf-8", true, NULL, NULL },
    { "utf8", true, NULL, NULL },
    { "us-ascii", false, windows_1252_c1, NULL },
    { "ascii", false, windows_1252_c1, NULL },
    { "iso-8859-1", false, windows_1252_c1, NULL },
    { "iso8859-1", false, windows_1252_c1, NULL },
    { "iso_8859-1", false, windows_1252_c1, NULL },
    { "latin1", false, windows_1252_c1, NULL },
    { "latin-1", false, windows_1252_c1, NULL },
    { "windows-1252", false, windows_1252_c1, NULL },
    { "cp1252", false, windows_1252_c1, NULL },
    { "iso-8859-2", false, c1_identity, iso_8859_2_high },
    { "iso8859-2", false, c1_identity, iso_8859_2_high },
    { "latin2", false, c1_identity, iso_8859_2_high },
    { "iso-8859-8", false, c1_identity, iso_8859_8_high },
    { "iso-8859-8-i", false, c1_identity, iso_8859_8_high },
    { "iso8859-8", false, c1_identity, iso_8859_8_high },
    { "iso-8859-15", false, c1_identity, iso_8859_15_high },
    { "iso8859-15", false, c1_identity, iso_8859_15_high },
    { "latin9", false, c1_identity, iso_8859_15_high },
};

static bool same_name(const char *name, const char *p, size_t n)
{
    size_t i = 0;

    for (; i < n && name[i] != '\0'; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != name[i])
            return false;
    }
    return i == n && name[i] == '\0';
}

static const struct charset *find_charset(const char *p, size_t n)
{
    for (size_t i = 0; i < sizeof charsets / sizeof charsets[0]; i++)
        if (same_name(charsets[i].name, p, n))
            return &charsets[i];
    return NULL;
}

static void put_octet(struct mxq_mime_text *t, const struct charset *cs,
                      unsigned char c)
{
    if (c < 0x80 || cs->utf8) {
        char o = (char)c;
        mxq_mime_text_put(t, &o, 1);
    } else if (c < 0xA0) {
        put_codepoint(t, cs->c1[c - 0x80]);
    } else {
        put_codepoint(t, cs->high != NULL ? cs->high[c - 0xA0] : c);
    }
}

/* ------------------------------------------------- B and Q encodings */

static int base64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* RFC 2047 §4.1 (RFC 4648 base64). White space and folds are skipped;
 * '=' ends the data (missing padding is forgiven); any other octet
 * outside the alphabet fails. */
static bool decode_b(const unsigned char *s, size_t n,
                     const struct charset *cs, struct mxq_mime_text *t)
{
    uint32_t bits = 0;
    unsigned have = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '=')
            break;
        int v = base64_value(c);
        if (v < 0)
            return false;
        bits = (bits << 6 | (uint32_t)v) & 0xFFFFFF;
        have += 6;
        if (have >= 8) {
            have -= 8;
            put_octet(t, cs, (unsigned char)(bits >> have));
        }
    }
    return true;
}

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* RFC 2047 §4.2: '_' is a space, "=XX" an octet; a '=' without two hex
 * digits stands for itself; a fold and the white space after it go. */
static void decode_q(const unsigned char *s, size_t n,
                     const struct charset *cs, struct mxq_mime_text *t)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '\r')
            continue;
        if (c == '\n') {
            while (i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == '\t'))
                i++;
            continue;
        }
        if (c == '_') {
            c = ' ';
        } else if (c == '=' && i + 2 < n && hex_value(s[i + 1]) >= 0 &&
                   hex_value(s[i + 2]) >= 0) {
            c = (unsigned char)(hex_value(s[i + 1]) << 4 | hex_value(s[i + 2]));
            i += 2;
        }
        put_octet(t, cs, c);
    }
}

/* Decodes the encoded word p[0..n), which the scanner accepted: its
 * charset runs to the first '?' (a '*' starts the language), the
 * encoding is the octet after it, the text sits between the next '?'
 * and the final "?=". */
static void decode_encoded_word(const char *p, size_t n,
                                struct mxq_mime_text *t)
{
    const unsigned char *s = (const unsigned char *)p;
    size_t q = 2, name_end;

    while (s[q] != '?')
        q++;
    name_end = q;
    for (size_t i = 2; i < q; i++) {
        if (s[i] == '*') {
            name_end = i;
            break;
        }
    }
    const struct charset *cs = find_charset(p + 2, name_end - 2);
    unsigned char encoding = s[q + 1];
    const unsigned char *text = s + q + 3;
    size_t text_n = n - (q + 3) - 2;
    size_t mark = t->len;
    bool was_truncated = t->truncated;
    bool ok = cs != NULL;

    if (ok && (encoding == 'B' || encoding == 'b'))
        ok = decode_b(text, text_n, cs, t);
    else if (ok)
        decode_q(text, text_n, cs, t);
    if (!ok) {
        t->len = mark;
        t->truncated = was_truncated;
        t->undecoded = true;
        mxq_mime_text_put(t, p, n);
    }
}

/* ----------------------------------------------------------- decoding */

enum piece { PIECE_NONE, PIECE_TEXT, PIECE_EW };

/* What lies between the last piece written and the next. */
struct text_decoder {
    struct mxq_mime_text *out;
    enum mxq_mime_text_mode mode;
    enum piece last;
    const char *ws;                   /* pending white space, or NULL */
    size_t ws_n;
};

/* Writes the separation before a piece of the given kind. */
static void separate(struct text_decoder *d, enum piece next)
{
    const char *ws = d->ws;
    size_t ws_n = d->ws_n;

    d->ws = NULL;
    if (d->last == PIECE_NONE) {
        if (ws != NULL && d->mode == MXQ_MIME_TEXT_QUOTED)
            mxq_mime_text_put(d->out, ws, ws_n);
    } else if (d->last == PIECE_EW && next == PIECE_EW) {
        /* RFC 2047 §6.2: the space between encoded words is not text */
    } else if (ws != NULL) {
        mxq_mime_text_put(d->out, ws, ws_n);
    } else if (d->last != next) {
        mxq_mime_text_put(d->out, " ", 1);  /* glued: keep words apart */
    }
    d->last = next;
}

void mxq_mime_text_decode(const char *p, size_t n, enum mxq_mime_text_mode mode,
                          struct mxq_mime_text *out)
{
    struct text_decoder d = { .out = out, .mode = mode };
    size_t pos = 0;

    for (;;) {
        struct text_tok tok = text_lex(p, n, pos);
        const char *s = p + tok.start;
        size_t len = tok.end - tok.start;

        if (tok.kind == TEXT_END)
            break;
        pos = tok.end;
        switch (tok.kind) {
        case TEXT_WS:
            if (d.ws == NULL) {
                d.ws = s;
                d.ws_n = len;
                break;
            }
            /* fall through: white space after a comment's place */
        case TEXT_FWS:
            d.ws = " ";
            d.ws_n = 1;
            break;
        case TEXT_EW:
            separate(&d, PIECE_EW);
            decode_encoded_word(s, len, out);
            break;
        case TEXT_QP:
            separate(&d, PIECE_TEXT);
            /* in unstructured text a backslash is an octet like any
             * other; what follows it is read on */
            if (mode == MXQ_MIME_TEXT_UNSTRUCTURED) {
                mxq_mime_text_put(out, s, 1);
                pos = tok.start + 1;
            } else {
                mxq_mime_text_put(out, s + len - 1, 1);
            }
            break;
        case TEXT_QUOTED:
            /* In text a quote is an octet like any other: what follows it
             * is read on, folds included. */
            separate(&d, PIECE_TEXT);
            mxq_mime_text_put(out, s, 1);
            pos = tok.start + 1;
            break;
        default:
            separate(&d, PIECE_TEXT);
            mxq_mime_text_put(out, s, len);
            break;
        }
    }
    if (d.ws != NULL && mode == MXQ_MIME_TEXT_QUOTED)
        mxq_mime_text_put(out, d.ws, d.ws_n);
}

void mxq_mime_unstructured(const char *p, size_t n, struct mxq_mime_text *out)
{
    mxq_mime_text_decode(p, n, MXQ_MIME_TEXT_UNSTRUCTURED, out);
}

/* ---------------------------------------------------------------- lists */

enum mxq_mime_list_status mxq_mime_list_next(const char *p, size_t n,
                                             size_t *pos,
                                             struct mxq_slice *item)
{
    size_t i = *pos, start = 0, end = 0;
    bool have = false;

    for (;;) {
        struct text_tok tok = text_lex(p, n, i);

        if (tok.kind == TEXT_END || tok.kind == TEXT_COMMA) {
            i = tok.kind == TEXT_END ? tok.start : tok.end;
            if (have) {
                *pos = i;
                *item = (struct mxq_slice){ p + start, end - start };
                return MXQ_MIME_LIST_ITEM;
            }
            if (tok.kind == TEXT_END) {
                *pos = i;
                return MXQ_MIME_LIST_END;
            }
            continue;                     /* an empty item */
        }
        if (tok.kind == TEXT_PAREN)
            (void)mxq_mime_comment_end(p, n, tok.start, &tok.end);
        if (tok.kind != TEXT_WS && tok.kind != TEXT_FWS) {
            if (!have)
                start = tok.start;
            have = true;
            end = tok.end;
        }
        i = tok.end;
    }
}
