/*
 * The header section scanner (grammar/mime_header.rl): each case is fed
 * whole, at every cut into two pieces, and octet by octet, and must give
 * the same fields, status and offsets every way. Then every message of
 * the mail-parser and sisimai corpora (LF turned into CRLF, as an SMTP
 * client sends them, and an mbox "From " line dropped) is scanned: its fields must tile the header section
 * exactly, from the first octet to the empty line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>

#include "mime_header.h"

#define MAX_FIELDS 512

struct seen {
    struct mxq_header_field fields[MAX_FIELDS];
    size_t count;
};

static void collect(void *ctx, const struct mxq_header_field *f)
{
    struct seen *s = ctx;
    assert_true(s->count < MAX_FIELDS);
    s->fields[s->count++] = *f;
}

struct outcome {
    struct seen seen;
    enum mxq_header_status status;
    size_t body_offset, error_offset, consumed;
};

static const struct mxq_header_limits roomy = { 998, 400, 1 << 20 };

/* Feeds in[0..n) in pieces of `piece` octets (0: whole), then finishes
 * when the scanner still wants more. */
static void scan(const char *in, size_t n, size_t piece,
                 const struct mxq_header_limits *limits, struct outcome *o)
{
    struct mxq_header_scanner sc;
    memset(o, 0, sizeof *o);
    mxq_header_init(&sc, limits);
    o->status = MXQ_HEADER_MORE;
    for (size_t at = 0; at < n && o->status == MXQ_HEADER_MORE;) {
        size_t len = piece == 0 || piece > n - at ? n - at : piece;
        size_t used = 0;
        o->status = mxq_header_scan(&sc, in + at, len, collect, &o->seen,
                                    &used);
        assert_true(used <= len);
        if (o->status == MXQ_HEADER_MORE)
            assert_int_equal(used, len);
        o->consumed += used;
        at += used;
    }
    if (o->status == MXQ_HEADER_MORE)
        o->status = mxq_header_finish(&sc, collect, &o->seen);
    o->body_offset = sc.body_offset;
    o->error_offset = sc.error_offset;
}

static void assert_same(const struct outcome *a, const struct outcome *b)
{
    assert_int_equal(a->status, b->status);
    assert_int_equal(a->seen.count, b->seen.count);
    assert_int_equal(a->body_offset, b->body_offset);
    assert_int_equal(a->error_offset, b->error_offset);
    assert_memory_equal(a->seen.fields, b->seen.fields,
                        a->seen.count * sizeof a->seen.fields[0]);
}

/* Whole, every cut in two, and octet by octet: one outcome. */
static void scan_every_way(const char *in, size_t n,
                           const struct mxq_header_limits *limits,
                           struct outcome *whole)
{
    struct outcome other;
    scan(in, n, 0, limits, whole);
    scan(in, n, 1, limits, &other);
    assert_same(whole, &other);
    for (size_t cut = 1; cut < n && n < 4096; cut++) {
        struct mxq_header_scanner sc;
        memset(&other, 0, sizeof other);
        mxq_header_init(&sc, limits);
        size_t used = 0;
        other.status = mxq_header_scan(&sc, in, cut, collect, &other.seen,
                                       &used);
        if (other.status == MXQ_HEADER_MORE)
            other.status = mxq_header_scan(&sc, in + cut, n - cut, collect,
                                           &other.seen, &used);
        if (other.status == MXQ_HEADER_MORE)
            other.status = mxq_header_finish(&sc, collect, &other.seen);
        other.body_offset = sc.body_offset;
        other.error_offset = sc.error_offset;
        assert_same(whole, &other);
    }
}

static void assert_field(const char *msg, const struct mxq_header_field *f,
                         const char *name, const char *body_and_end)
{
    assert_int_equal(f->name_len, strlen(name));
    assert_memory_equal(msg + f->start, name, f->name_len);
    size_t n = strlen(body_and_end);
    assert_int_equal(f->end - f->body_start, n);
    assert_memory_equal(msg + f->body_start, body_and_end, n);
}

static void test_fields_and_body(void **state)
{
    (void)state;
    const char *m = "From: a@example.com\r\n"
                    "Subject: two\r\n  lines\r\n\tand three\r\n"
                    "X-Empty:\r\n"
                    "\r\n"
                    "body\r\n";
    struct outcome o;
    scan_every_way(m, strlen(m), &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 3);
    assert_field(m, &o.seen.fields[0], "From", " a@example.com\r\n");
    assert_field(m, &o.seen.fields[1], "Subject",
                 " two\r\n  lines\r\n\tand three\r\n");
    assert_field(m, &o.seen.fields[2], "X-Empty", "\r\n");
    assert_int_equal(o.body_offset, strlen(m) - strlen("body\r\n"));
    /* It stops right after the empty line. */
    assert_int_equal(o.consumed, o.body_offset);
}

/* RFC 5322 §4.5: blanks between the name and the colon (obs-optional). */
static void test_obsolete_blank_before_colon(void **state)
{
    (void)state;
    const char *m = "Subject \t: old\r\n\r\n";
    struct outcome o;
    scan_every_way(m, strlen(m), &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 1);
    assert_field(m, &o.seen.fields[0], "Subject", " old\r\n");
}

/* §3.5: the body and its empty line are optional; BDAT may even end
 * without a CRLF. */
static void test_header_only_messages(void **state)
{
    (void)state;
    struct outcome o;
    const char *m = "A: 1\r\nB: 2\r\n";
    scan_every_way(m, strlen(m), &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 2);
    assert_int_equal(o.seen.fields[1].end, strlen(m));
    assert_int_equal(o.body_offset, strlen(m));

    m = "A: no line end";
    scan_every_way(m, strlen(m), &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 1);
    assert_int_equal(o.seen.fields[0].end, strlen(m));

    /* No header at all: the message starts with the empty line. */
    m = "\r\nbody";
    scan_every_way(m, strlen(m), &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 0);
    assert_int_equal(o.body_offset, 2);

    scan_every_way("", 0, &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 0);
}

/* RFC 6532 UTF-8, and the octets obs-utext allows, are body octets. */
static void test_eight_bit_and_controls(void **state)
{
    (void)state;
    const char m[] = "Subject: gr\xc3\xbc\xc3\x9f\x65\r\nX-Nul: a\0b\x01\r\n"
                     "\r\n";
    struct outcome o;
    scan_every_way(m, sizeof m - 1, &roomy, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    assert_int_equal(o.seen.count, 2);
    assert_true(o.seen.fields[0].eight_bit);
    assert_false(o.seen.fields[1].eight_bit);
}

struct malformed_case {
    const char *input;
    size_t fields;        /* reported before the fault */
    size_t error_offset;
};

static void test_malformed(void **state)
{
    (void)state;
    static const struct malformed_case cases[] = {
        /* An mbox "From " line: a name, a blank, no colon. */
        {"From someone Sat Jan  3 01:05:34 1996\r\nA: b\r\n\r\n", 0, 5},
        /* A continuation with no field before it. */
        {" folded: x\r\n\r\n", 0, 0},
        /* A line without a colon after good fields. */
        {"A: 1\r\nno colon here\r\n\r\n", 1, 9},
        /* ':' cannot start a name (ftext excludes it). */
        {"A: 1\r\n: x\r\n", 1, 6},
        /* A control octet in a name. */
        {"A\x01: x\r\n", 0, 1},
        /* An empty line that is CR and something else. */
        {"A: 1\r\n\rX", 1, 7},
        /* A name that never gets its colon. */
        {"A: 1\r\nName", 1, 10},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct outcome o;
        const char *m = cases[i].input;
        scan_every_way(m, strlen(m), &roomy, &o);
        assert_int_equal(o.status, MXQ_HEADER_MALFORMED);
        assert_int_equal(o.seen.count, cases[i].fields);
        assert_int_equal(o.error_offset, cases[i].error_offset);
    }
}

static void test_limits(void **state)
{
    (void)state;
    struct outcome o;
    /* max_line counts the octets before the CRLF. */
    struct mxq_header_limits line = { 10, 100, 1000 };
    const char *fits = "Subject: x\r\n\r\n";
    scan_every_way(fits, strlen(fits), &line, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    const char *longer = "Subject: xy\r\n\r\n";
    scan_every_way(longer, strlen(longer), &line, &o);
    assert_int_equal(o.status, MXQ_HEADER_LINE_TOO_LONG);
    assert_int_equal(o.error_offset, 10);
    /* Folding makes no line long. */
    const char *folded = "Subject: x\r\n y y y y\r\n\r\n";
    scan_every_way(folded, strlen(folded), &line, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);

    struct mxq_header_limits fields = { 100, 2, 1000 };
    const char *three = "A: 1\r\nB: 2\r\nC: 3\r\n\r\n";
    scan_every_way(three, strlen(three), &fields, &o);
    assert_int_equal(o.status, MXQ_HEADER_TOO_MANY_FIELDS);
    assert_int_equal(o.seen.count, 2);
    const char *two = "A: 1\r\nB: 2\r\n\r\n";
    scan_every_way(two, strlen(two), &fields, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);

    /* max_size takes the empty line in: 14 octets fit in 14. */
    struct mxq_header_limits size = { 100, 100, 14 };
    const char *exact = "A: 1\r\nB: 2\r\n\r\n";
    scan_every_way(exact, strlen(exact), &size, &o);
    assert_int_equal(o.status, MXQ_HEADER_DONE);
    const char *over = "A: 1\r\nB: 23\r\n\r\n";
    scan_every_way(over, strlen(over), &size, &o);
    assert_int_equal(o.status, MXQ_HEADER_TOO_LARGE);
    assert_int_equal(o.error_offset, 14);
}

/* Once decided, the scanner takes nothing more. */
static void test_stays_decided(void **state)
{
    (void)state;
    struct mxq_header_scanner sc;
    size_t used = 99;
    mxq_header_init(&sc, &roomy);
    assert_int_equal(mxq_header_scan(&sc, "A: 1\r\n\r\nbody", 13, NULL,
                                     NULL, &used),
                     MXQ_HEADER_DONE);
    assert_int_equal(used, 8);
    assert_int_equal(mxq_header_scan(&sc, "B: 2\r\n", 6, NULL, NULL, &used),
                     MXQ_HEADER_DONE);
    assert_int_equal(used, 0);
    assert_int_equal(mxq_header_finish(&sc, NULL, NULL), MXQ_HEADER_DONE);
    assert_int_equal(sc.fields, 1);
}

/* ------------------------------------------------------------ corpora */

static char *read_as_crlf(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *raw = malloc((size_t)size + 1);
    char *out = malloc(2 * (size_t)size + 1);
    assert_non_null(raw);
    assert_non_null(out);
    assert_int_equal(fread(raw, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    size_t n = 0;
    long i = 0;
    /* An mbox file's "From " line (RFC 4155) separates messages; it is
     * not one of the message's lines. */
    if (size > 5 && memcmp(raw, "From ", 5) == 0)
        while (i < size && raw[i++] != '\n')
            ;
    for (; i < size; i++) {
        if (raw[i] == '\n' && (i == 0 || raw[i - 1] != '\r'))
            out[n++] = '\r';
        else if (raw[i] == '\r' && (i + 1 == size || raw[i + 1] != '\n'))
            continue; /* a bare CR: an SMTP client could not send it */
        out[n++] = raw[i];
    }
    free(raw);
    *len = n;
    return out;
}

struct corpus_totals {
    size_t messages, done, malformed, fields;
};

static void scan_message(const char *path, struct corpus_totals *t)
{
    size_t n;
    char *m = read_as_crlf(path, &n);
    struct outcome o, bytewise;
    scan(m, n, 0, &roomy, &o);
    scan(m, n, 1, &roomy, &bytewise);
    assert_same(&o, &bytewise);
    t->messages++;
    t->fields += o.seen.count;
    if (o.status == MXQ_HEADER_MALFORMED) {
        t->malformed++;
        printf("malformed at %zu: %s\n", o.error_offset, path);
        free(m);
        return;
    }
    if (o.status != MXQ_HEADER_DONE)
        fail_msg("%s: status %d", path, (int)o.status);
    t->done++;
    /* The fields tile the header section: no octet is lost or shared. */
    size_t at = 0;
    for (size_t i = 0; i < o.seen.count; i++) {
        const struct mxq_header_field *f = &o.seen.fields[i];
        assert_int_equal(f->start, at);
        assert_true(f->name_len > 0);
        assert_true(f->body_start > f->start + f->name_len);
        assert_int_equal(m[f->body_start - 1], ':');
        assert_true(f->end >= f->body_start);
        at = f->end;
    }
    bool empty_line = o.body_offset == at + 2;
    assert_true(empty_line || o.body_offset == at);
    if (empty_line)
        assert_memory_equal(m + at, "\r\n", 2);
    free(m);
}

static void scan_folder(const char *sub, const char *suffix,
                        struct corpus_totals *t)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/%s", MXQ_CONFORMANCE_DIR, sub);
    DIR *d = opendir(dir);
    if (d == NULL)
        fail_msg("%s: missing", dir);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name), sl = strlen(suffix);
        if (len <= sl || strcmp(e->d_name + len - sl, suffix) != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        scan_message(path, t);
    }
    closedir(d);
}

static void test_corpora(void **state)
{
    (void)state;
    struct corpus_totals t = { 0 };
    scan_folder("mail-parser/eml/rfc", ".eml", &t);
    scan_folder("mail-parser/eml/malformed", ".eml", &t);
    scan_folder("sisimai-dsn", ".eml", &t);
    printf("header sections: %zu messages, %zu ended cleanly, %zu "
           "malformed, %zu fields\n",
           t.messages, t.done, t.malformed, t.fields);
    assert_true(t.messages >= 150);
    /* The RFC examples, the malformed MIME samples and real bounces all
     * have well-formed header sections. */
    assert_int_equal(t.done, t.messages);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fields_and_body),
        cmocka_unit_test(test_obsolete_blank_before_colon),
        cmocka_unit_test(test_header_only_messages),
        cmocka_unit_test(test_eight_bit_and_controls),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_stays_decided),
        cmocka_unit_test(test_corpora),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
