/*
 * spamd's protocol (engine/checks/spam.c, grammar/spamd_reply.rl): the
 * SYMBOLS request head, the replies real spamd 4.0.1 sent (captured
 * byte for byte in tests/data/spamd/, see its README.md), and replies
 * broken in every way the verdict has a reason for.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "spam.h"
#include "spamd_reply.h"

/* ------------------------------------------------------------ helpers */

/* tests/data/spamd/<name>, whole, in a block of exactly its size. */
static char *read_capture(const char *name, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/spamd/%s", MXQ_SOURCE_DIR,
             name);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long len = ftell(f);
    assert_true(len > 0);
    rewind(f);
    char *buf = malloc((size_t)len);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    *n = (size_t)len;
    return buf;
}

static struct mxq_spam_verdict verdict;

static const struct mxq_spam_verdict *parse_text(const char *text)
{
    mxq_spam_parse(text, strlen(text), &verdict);
    return &verdict;
}

static const struct mxq_spam_verdict *parse_capture(const char *name)
{
    size_t n;
    char *p = read_capture(name, &n);
    mxq_spam_parse(p, n, &verdict);
    free(p);
    return &verdict;
}

/* v is HAM or SPAM with exactly these symbols, none dropped. */
static void assert_symbols(const struct mxq_spam_verdict *v,
                           const char *const *want, size_t count)
{
    assert_int_equal(v->symbol_count, count);
    assert_int_equal(v->symbols_dropped, 0);
    for (size_t i = 0; i < count; i++)
        assert_string_equal(v->symbol[i], want[i]);
}

static void assert_temperror(const struct mxq_spam_verdict *v,
                             const char *reason)
{
    assert_int_equal(v->result, MXQ_SPAM_TEMPERROR);
    assert_non_null(v->reason);
    assert_string_equal(v->reason, reason);
    assert_int_equal(v->symbol_count, 0);
    assert_int_equal(v->symbols_dropped, 0);
    assert_true(v->score == 0 && v->threshold == 0);
}

/* ------------------------------------------------------- real replies */

static void test_real_ham(void **state)
{
    (void)state;
    static const char *const symbols[] = {"RCVD_ILLEGAL_IP"};
    const struct mxq_spam_verdict *v = parse_capture("symbols_ham.bin");
    assert_int_equal(v->result, MXQ_SPAM_HAM);
    assert_null(v->reason);
    assert_true(v->score == 1.3);
    assert_true(v->threshold == 5.0);
    assert_symbols(v, symbols, 1);
}

static void test_real_gtube(void **state)
{
    (void)state;
    static const char *const symbols[] = {"GTUBE", "RCVD_ILLEGAL_IP"};
    const struct mxq_spam_verdict *v = parse_capture("symbols_gtube.bin");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_null(v->reason);
    assert_true(v->score == 1001.3);
    assert_true(v->threshold == 5.0);
    assert_symbols(v, symbols, 2);
}

static void test_real_negative_score(void **state)
{
    (void)state;
    static const char *const symbols[] = {"ALL_TRUSTED"};
    const struct mxq_spam_verdict *v = parse_capture("symbols_ham_local.bin");
    assert_int_equal(v->result, MXQ_SPAM_HAM);
    assert_null(v->reason);
    assert_true(v->score == -1.0);
    assert_true(v->threshold == 5.0);
    assert_symbols(v, symbols, 1);
}

static void test_real_headerless_message(void **state)
{
    (void)state;
    static const char *const symbols[] = {
        "MISSING_DATE", "MISSING_FROM",       "MISSING_HEADERS", "MISSING_MID",
        "NO_HEADERS_MESSAGE", "NO_RECEIVED", "NO_RELAYS"};
    const struct mxq_spam_verdict *v = parse_capture("symbols_bare.bin");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_null(v->reason);
    assert_true(v->score == 5.2);
    assert_true(v->threshold == 5.0);
    assert_symbols(v, symbols, 7);
}

/* CHECK's reply: no Content-length, an empty body. */
static void test_real_check(void **state)
{
    (void)state;
    const struct mxq_spam_verdict *v = parse_capture("check_gtube.bin");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_null(v->reason);
    assert_true(v->score == 1001.3);
    assert_true(v->threshold == 5.0);
    assert_symbols(v, NULL, 0);
}

/* spamd's error replies are the status line alone. */
static void test_real_errors(void **state)
{
    (void)state;
    assert_temperror(parse_capture("err_badcmd.bin"), "spamd: EX_PROTOCOL");
    assert_temperror(parse_capture("err_shortbody.bin"), "spamd: EX_PROTOCOL");
    assert_temperror(parse_capture("err_lf_request.bin"),
                     "spamd: EX_PROTOCOL");
    /* not answers to SYMBOLS: REPORT's body is text, PING has no head */
    assert_temperror(parse_capture("report_gtube.bin"), "malformed reply");
    assert_temperror(parse_capture("ping.bin"), "malformed reply");
}

/* The grammar's own view of a real reply. */
static void test_grammar_fields(void **state)
{
    (void)state;
    size_t n;
    char *p = read_capture("symbols_gtube.bin", &n);
    struct mxq_spamd_reply r;
    assert_int_equal(mxq_spamd_reply_parse(p, n, &r, NULL, NULL),
                     MXQ_SPAMD_REPLY_OK);
    assert_true(r.status_line);
    assert_int_equal(r.code, 0);
    assert_int_equal(r.message.n, 5);
    assert_memory_equal(r.message.p, "EX_OK", 5);
    assert_true(r.spam_header && r.spam);
    assert_true(r.has_length);
    assert_int_equal(r.content_length, 21);
    assert_int_equal(r.body.n, 21);
    assert_memory_equal(r.body.p, "GTUBE,RCVD_ILLEGAL_IP", 21);
    assert_int_equal(r.symbols, 2);
    free(p);

    p = read_capture("err_badcmd.bin", &n);
    assert_int_equal(mxq_spamd_reply_parse(p, n, &r, NULL, NULL),
                     MXQ_SPAMD_REPLY_BAD_HEADER);
    assert_true(r.status_line);
    assert_int_equal(r.code, 76);
    assert_int_equal(r.message.n, strlen("Bad header line: FOO SPAMC/1.5"));
    assert_memory_equal(r.message.p, "Bad header line: FOO SPAMC/1.5",
                        r.message.n);
    free(p);
}

/* ------------------------------------------------- liberal where safe */

static void test_variants(void **state)
{
    (void)state;
    const struct mxq_spam_verdict *v;

    /* names in any case, no blanks, Yes / No, other versions */
    v = parse_text("SPAMD/1.5 0 EX_OK\r\nCONTENT-LENGTH: 3\r\n"
                   "spam:Yes;15/5\r\n\r\nA_B");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_true(v->score == 15.0 && v->threshold == 5.0);
    assert_int_equal(v->symbol_count, 1);
    assert_string_equal(v->symbol[0], "A_B");

    v = parse_text("SPAMD/1.12 0 EX_OK\r\nSpam: no  ;  -0.25  /  7.125 \r\n\r\n");
    assert_int_equal(v->result, MXQ_SPAM_HAM);
    assert_true(v->score == -0.25 && v->threshold == 7.125);
    assert_int_equal(v->symbol_count, 0);

    v = parse_text("SPAMD/1.1 0 EX_OK\r\nSpam: FALSE ; 0.0 / 5.0\r\n\r\n");
    assert_int_equal(v->result, MXQ_SPAM_HAM);

    /* unknown headers are ignored, wherever they are */
    v = parse_text("SPAMD/1.5 0 EX_OK\r\nX-Whatever: a: b; c\r\nDidSet: local\r\n"
                   "Spam: True ; 5.8 / 5.0\r\nContent-length: 7\r\nEmpty:\r\n"
                   "\r\nX1,Y2_3");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_true(v->score == 5.8 && v->threshold == 5.0);
    assert_int_equal(v->symbol_count, 2);
    assert_string_equal(v->symbol[0], "X1");
    assert_string_equal(v->symbol[1], "Y2_3");

    /* the body may end in CRLF or LF, counted by Content-length */
    v = parse_text("SPAMD/1.1 0 EX_OK\r\nContent-length: 5\r\n"
                   "Spam: True ; 6.0 / 5.0\r\n\r\nA,B\r\n");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_int_equal(v->symbol_count, 2);
    assert_string_equal(v->symbol[1], "B");
    v = parse_text("SPAMD/1.1 0 EX_OK\r\nContent-length: 4\r\n"
                   "Spam: True ; 6.0 / 5.0\r\n\r\nA,B\n");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_int_equal(v->symbol_count, 2);
    v = parse_text("SPAMD/1.1 0 EX_OK\r\nContent-length: 2\r\n"
                   "Spam: True ; 6.0 / 5.0\r\n\r\n\r\n");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_int_equal(v->symbol_count, 0);
}

/* ----------------------------------------------------------- refusals */

static void test_empty_and_truncated(void **state)
{
    (void)state;
    assert_temperror(parse_text(""), "empty reply");
    mxq_spam_parse(NULL, 0, &verdict);
    assert_temperror(&verdict, "empty reply");

    static const char *const truncated[] = {
        "S", "SPAMD/1", "SPAMD/1.1", "SPAMD/1.1 ", "SPAMD/1.1 0",
        "SPAMD/1.1 0 EX_O", "SPAMD/1.1 0 EX_OK", "SPAMD/1.1 0 EX_OK\r",
        "SPAMD/1.1 76 Bad header line", "SPAMD/1.1 76 Bad\r",
    };
    for (size_t i = 0; i < sizeof truncated / sizeof *truncated; i++) {
        const struct mxq_spam_verdict *v = parse_text(truncated[i]);
        if (v->reason == NULL || strcmp(v->reason, "malformed reply") != 0)
            fail_msg("%s: %s", truncated[i], v->reason ? v->reason : "(null)");
        assert_temperror(v, "malformed reply");
    }
    /* every proper prefix of a real reply is refused */
    size_t n;
    char *p = read_capture("symbols_gtube.bin", &n);
    for (size_t cut = 1; cut < n; cut++) {
        char *copy = malloc(cut);
        assert_non_null(copy);
        memcpy(copy, p, cut);
        mxq_spam_parse(copy, cut, &verdict);
        if (verdict.result != MXQ_SPAM_TEMPERROR)
            fail_msg("prefix of %zu octets accepted", cut);
        assert_non_null(verdict.reason);
        free(copy);
    }
    free(p);
}

static void test_status_line(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "SPAMD/2.0 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1. 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "spamd/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1  0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0000 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 x EX_OK\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\nSpam: True ; 6 / 5\n\n",          /* bare LF */
        "SPAMD/1.1 0 EX_OK\r\nX-A: b\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nContent-length: 0\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\n",
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n",       /* no empty line */
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA-B", /* bad symbol */
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA,,B",
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA,",
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA B",
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nNo colon\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\n: v\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nX: a\rb\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nContent-length: x\r\nSpam: True ; 6 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nContent-length:\r\nSpam: True ; 6 / 5\r\n\r\n",
        /* twice */
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\nSpam: False ; 1 / 5\r\n\r\n",
        "SPAMD/1.1 0 EX_OK\r\nContent-length: 0\r\ncontent-length: 0\r\n"
        "Spam: True ; 6 / 5\r\n\r\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const struct mxq_spam_verdict *v = parse_text(bad[i]);
        if (v->reason == NULL || strcmp(v->reason, "malformed reply") != 0)
            fail_msg("case %zu: %s", i, v->reason ? v->reason : "(null)");
        assert_temperror(v, "malformed reply");
    }
}

static void test_exit_codes(void **state)
{
    (void)state;
    static const char *const names[] = {
        "EX_USAGE",  "EX_DATAERR", "EX_NOINPUT",   "EX_NOUSER",
        "EX_NOHOST", "EX_UNAVAILABLE", "EX_SOFTWARE", "EX_OSERR",
        "EX_OSFILE", "EX_CANTCREAT", "EX_IOERR",   "EX_TEMPFAIL",
        "EX_PROTOCOL", "EX_NOPERM", "EX_CONFIG",    "EX_TIMEOUT"};
    for (unsigned code = 64; code <= 79; code++) {
        char reply[64], reason[64];
        snprintf(reply, sizeof reply, "SPAMD/1.0 %u %s\r\n", code,
                 names[code - 64]);
        snprintf(reason, sizeof reason, "spamd: %s", names[code - 64]);
        assert_temperror(parse_text(reply), reason);
    }
    assert_temperror(parse_text("SPAMD/1.0 76 Bad header line: (Content-Length "
                                "mismatch: Expected 1000 bytes, got 22 bytes)\r\n"),
                     "spamd: EX_PROTOCOL");
    /* the code decides, whatever follows the status line */
    assert_temperror(parse_text("SPAMD/1.1 69 EX_UNAVAILABLE\r\n"
                                "Spam: True ; 6 / 5\r\n\r\nA"),
                     "spamd: EX_UNAVAILABLE");
    assert_temperror(parse_text("SPAMD/1.1 75 \r\ngarbage\n\n"),
                     "spamd: EX_TEMPFAIL");
    static const char *const other[] = {
        "SPAMD/1.0 1 x\r\n", "SPAMD/1.0 63 x\r\n", "SPAMD/1.0 80 x\r\n",
        "SPAMD/1.0 999 x\r\n", "SPAMD/1.0 064 EX_USAGE\r\n" /* 64 */};
    for (size_t i = 0; i < 4; i++)
        assert_temperror(parse_text(other[i]), "spamd: error");
    assert_temperror(parse_text(other[4]), "spamd: EX_USAGE");
}

static void test_spam_header(void **state)
{
    (void)state;
    assert_temperror(parse_text("SPAMD/1.1 0 EX_OK\r\n\r\n"), "no Spam header");
    assert_temperror(parse_text("SPAMD/1.1 0 EX_OK\r\nContent-length: 3\r\n"
                                "X-Spam: True ; 6 / 5\r\n\r\nA_B"),
                     "no Spam header");
    assert_temperror(parse_text("SPAMD/1.1 0 EX_OK\r\nSpamx: True ; 6 / 5\r\n\r\n"),
                     "no Spam header");
    static const char *const bad[] = {
        "Spam: True ; 5.x / 5.0",  "Spam: True ; / 5.0",
        "Spam: True ; 5.8 /",      "Spam: True ; 5.8",
        "Spam: True 5.8 / 5.0",    "Spam: Maybe ; 5.8 / 5.0",
        "Spam: ; 5.8 / 5.0",       "Spam: True ; +5.8 / 5.0",
        "Spam: True ; 5. / 5.0",   "Spam: True ; .5 / 5.0",
        "Spam: True ; 5,8 / 5.0",  "Spam: True ; 1e3 / 5.0",
        "Spam: True ; --1 / 5.0",  "Spam: True ; 5.8 / 5.0 x",
        "Spam: True ; 1234567890 / 5.0",   /* ten integer digits */
        "Spam: True ; 1.1234567 / 5.0",    /* seven decimals */
        "Spam: True ; 5.8 / 5.0 ; 1",      "Spam: Truee ; 5.8 / 5.0",
        "Spam:",                           "Spam: True ; 6 / 5\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char reply[128];
        snprintf(reply, sizeof reply, "SPAMD/1.1 0 EX_OK\r\n%s\r\n\r\n", bad[i]);
        const struct mxq_spam_verdict *v = parse_text(reply);
        if (v->reason == NULL || strcmp(v->reason, "bad Spam header") != 0)
            fail_msg("%s: %s", bad[i], v->reason ? v->reason : "(null)");
        assert_temperror(v, "bad Spam header");
    }
    /* the widest score there is */
    const struct mxq_spam_verdict *v = parse_text(
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; -999999999.999999 / 123456789.5\r\n\r\n");
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_true(v->score == -999999999.999999);
    assert_true(v->threshold == 123456789.5);
}

static void test_content_length(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "Content-length: 14\r\nSpam: False ; 1.3 / 5.0\r\n\r\nRCVD_ILLEGAL_IP",
        "Content-length: 16\r\nSpam: False ; 1.3 / 5.0\r\n\r\nRCVD_ILLEGAL_IP",
        "Content-length: 0\r\nSpam: False ; 1.3 / 5.0\r\n\r\nA",
        "Content-length: 1\r\nSpam: False ; 1.3 / 5.0\r\n\r\n",
        "Content-length: 99999999999999999999999999\r\nSpam: False ; 1 / 5\r\n\r\nA",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char reply[256];
        snprintf(reply, sizeof reply, "SPAMD/1.1 0 EX_OK\r\n%s", bad[i]);
        assert_temperror(parse_text(reply), "Content-length mismatch");
    }
    /* blanks around the number */
    const struct mxq_spam_verdict *v = parse_text(
        "SPAMD/1.1 0 EX_OK\r\nContent-length:\t 1 \r\nSpam: False ; 1 / 5\r\n\r\nA");
    assert_int_equal(v->result, MXQ_SPAM_HAM);
    assert_int_equal(v->symbol_count, 1);
}

/* A reply of `size` octets: a head, then symbols "S<i>" padded with a
 * long last symbol. */
static char *reply_of_size(size_t size, size_t *n)
{
    static const char head[] =
        "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 9.9 / 5.0\r\n\r\n";
    char *p = malloc(size);
    assert_non_null(p);
    memcpy(p, head, sizeof head - 1);
    memset(p + sizeof head - 1, 'Z', size - (sizeof head - 1));
    *n = size;
    return p;
}

static void test_reply_size(void **state)
{
    (void)state;
    size_t n;
    char *p = reply_of_size(MXQ_SPAM_REPLY_MAX, &n);
    mxq_spam_parse(p, n, &verdict);
    /* accepted, but a 65490-octet name does not fit */
    assert_int_equal(verdict.result, MXQ_SPAM_SPAM);
    assert_null(verdict.reason);
    assert_int_equal(verdict.symbol_count, 0);
    assert_int_equal(verdict.symbols_dropped, 1);
    free(p);

    p = reply_of_size(MXQ_SPAM_REPLY_MAX + 1, &n);
    mxq_spam_parse(p, n, &verdict);
    assert_temperror(&verdict, "reply too long");
    free(p);
}

static void build_symbols(char *reply, size_t cap, size_t count, size_t len)
{
    size_t at = (size_t)snprintf(reply, cap,
                                 "SPAMD/1.1 0 EX_OK\r\nSpam: True ; 50.0 / 5.0\r\n\r\n");
    for (size_t i = 0; i < count; i++) {
        char name[128];
        snprintf(name, sizeof name, "S%03zu", i);
        memset(name + 4, 'X', len - 4);
        name[len] = '\0';
        at += (size_t)snprintf(reply + at, cap - at, "%s%s", i ? "," : "", name);
        assert_true(at < cap);
    }
}

static void test_many_symbols(void **state)
{
    (void)state;
    static char reply[16384];
    build_symbols(reply, sizeof reply, 70, 4);
    const struct mxq_spam_verdict *v = parse_text(reply);
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_true(v->score == 50.0 && v->threshold == 5.0);
    assert_int_equal(v->symbol_count, MXQ_SPAM_MAX_SYMBOLS);
    assert_int_equal(v->symbols_dropped, 70 - MXQ_SPAM_MAX_SYMBOLS);
    for (size_t i = 0; i < MXQ_SPAM_MAX_SYMBOLS; i++) {
        char want[32];
        snprintf(want, sizeof want, "S%03zu", i);
        assert_string_equal(v->symbol[i], want);
    }
    /* exactly 64 */
    build_symbols(reply, sizeof reply, 64, 4);
    v = parse_text(reply);
    assert_int_equal(v->symbol_count, 64);
    assert_int_equal(v->symbols_dropped, 0);
}

static void test_names_overflow(void **state)
{
    (void)state;
    static char reply[16384];
    /* 60-octet names take 61 octets each: 33 fit in 2048 */
    build_symbols(reply, sizeof reply, 40, 60);
    const struct mxq_spam_verdict *v = parse_text(reply);
    assert_int_equal(v->result, MXQ_SPAM_SPAM);
    assert_int_equal(v->symbol_count, 33);
    assert_int_equal(v->symbols_dropped, 7);
    for (size_t i = 0; i < v->symbol_count; i++) {
        assert_true(v->symbol[i] >= v->names &&
                    v->symbol[i] + 61 <= v->names + sizeof v->names);
        assert_int_equal(strlen(v->symbol[i]), 60);
        char want[32];
        snprintf(want, sizeof want, "S%03zu", i);
        assert_memory_equal(v->symbol[i], want, 4);
    }
    /* 32 names of 63 octets fill names[] exactly; a 33rd does not fit */
    build_symbols(reply, sizeof reply, 32, 63);
    v = parse_text(reply);
    assert_int_equal(v->symbol_count, 32);
    assert_int_equal(v->symbols_dropped, 0);
    assert_int_equal(v->names[sizeof v->names - 1], '\0');
    build_symbols(reply, sizeof reply, 33, 63);
    v = parse_text(reply);
    assert_int_equal(v->symbol_count, 32);
    assert_int_equal(v->symbols_dropped, 1);
    /* after one that does not fit, a short one is dropped too */
    strcat(reply, ",A");
    v = parse_text(reply);
    assert_int_equal(v->symbol_count, 32);
    assert_int_equal(v->symbols_dropped, 2);
}

/* A verdict reused: nothing of the last one stays. */
static void test_reuse(void **state)
{
    (void)state;
    parse_capture("symbols_gtube.bin");
    assert_int_equal(verdict.symbol_count, 2);
    assert_temperror(parse_text("SPAMD/1.1 0 EX_OK\r\nSpam: True ; 6 / 5\r\n\r\nA-"),
                     "malformed reply");
    assert_null(verdict.symbol[0]);
    assert_int_equal(verdict.names[0], '\0');
}

/* ------------------------------------------------------- request head */

static void test_request_head(void **state)
{
    (void)state;
    char out[256];
    static const char plain[] = "SYMBOLS SPAMC/1.5\r\nContent-length: 466\r\n\r\n";
    assert_int_equal(mxq_spam_request_head(out, sizeof out, 466, NULL),
                     sizeof plain - 1);
    assert_string_equal(out, plain);

    static const char user[] =
        "SYMBOLS SPAMC/1.5\r\nContent-length: 0\r\nUser: mail.filter-1_x@example.com\r\n\r\n";
    assert_int_equal(mxq_spam_request_head(out, sizeof out, 0,
                                           "mail.filter-1_x@example.com"),
                     sizeof user - 1);
    assert_string_equal(out, user);

    char big[128];
    snprintf(big, sizeof big, "SYMBOLS SPAMC/1.5\r\nContent-length: %zu\r\n\r\n",
             (size_t)SIZE_MAX);
    assert_int_equal(mxq_spam_request_head(out, sizeof out, SIZE_MAX, NULL),
                     strlen(big));
    assert_string_equal(out, big);

    /* a user that is not a token is left out */
    static const char *const bad[] = {
        "", "a b", "a\r\nContent-length: 0", "a:b", "us\xc3\xa9r", "a\tb",
        "a/b", "a;b"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(mxq_spam_request_head(out, sizeof out, 466, bad[i]),
                         sizeof plain - 1);
        assert_string_equal(out, plain);
    }
}

static void test_request_head_cap(void **state)
{
    (void)state;
    char out[64];
    static const char plain[] = "SYMBOLS SPAMC/1.5\r\nContent-length: 466\r\n\r\n";
    size_t len = sizeof plain - 1;
    assert_int_equal(mxq_spam_request_head(NULL, 0, 466, NULL), 0);
    memset(out, 'x', sizeof out);
    assert_int_equal(mxq_spam_request_head(out, 1, 466, NULL), 0);
    assert_int_equal(out[0], '\0');
    memset(out, 'x', sizeof out);
    assert_int_equal(mxq_spam_request_head(out, len, 466, NULL), 0);
    assert_int_equal(out[0], '\0');
    assert_int_equal(mxq_spam_request_head(out, len + 1, 466, NULL), len);
    assert_string_equal(out, plain);
    /* the user line counts too */
    assert_int_equal(mxq_spam_request_head(out, len + 1, 466, "u"), 0);
    assert_int_equal(mxq_spam_request_head(out, len + 10, 466, "u"), len + 9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_ham),
        cmocka_unit_test(test_real_gtube),
        cmocka_unit_test(test_real_negative_score),
        cmocka_unit_test(test_real_headerless_message),
        cmocka_unit_test(test_real_check),
        cmocka_unit_test(test_real_errors),
        cmocka_unit_test(test_grammar_fields),
        cmocka_unit_test(test_variants),
        cmocka_unit_test(test_empty_and_truncated),
        cmocka_unit_test(test_status_line),
        cmocka_unit_test(test_exit_codes),
        cmocka_unit_test(test_spam_header),
        cmocka_unit_test(test_content_length),
        cmocka_unit_test(test_reply_size),
        cmocka_unit_test(test_many_symbols),
        cmocka_unit_test(test_names_overflow),
        cmocka_unit_test(test_reuse),
        cmocka_unit_test(test_request_head),
        cmocka_unit_test(test_request_head_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
