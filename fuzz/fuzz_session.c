/*
 * fuzz-session: whole sessions through the engine, with the fuzzer in the
 * client's seat and in the adapter's.
 *
 * Input: CLIENT-BYTES [ "\xff\xfe" CONTROL ]. The client bytes are what
 * the client sends. CONTROL drives a small interpreter playing the
 * adapter: its first two octets pick the configuration (see
 * sess_configure), each further octet is one step (low 3 bits the
 * operation, high 5 bits its argument n):
 *
 *   0  n+1 more client octets arrive; feed what is pending
 *   1  64*(n+1) more client octets arrive; feed
 *   2  everything arrives; feed
 *   3  the adapter finishes what the engine asked for: a DNS lookup of
 *      the checks (the oldest; its answer picked by n from a small zone
 *      of SPF records, or NXDOMAIN, SERVFAIL, a timeout), a store (failed
 *      when n%4 == 3), a credentials check (refused when n is odd), a TLS
 *      handshake (fails, so the connection closes, when n%4 == 3); with
 *      nothing asked for, a stray report of one of them, to be ignored
 *   4  the clock moves forward (0 s .. 1 day), then a timer tick
 *   5  the client reads its replies: all (n == 0) or 8*n octets
 *   6  n == 0: the client closes (EOF); else feed what is pending again
 *   7  n even: deadline and stats; n odd: the server shuts down
 *
 * Without CONTROL (a plain dialogue), or after its last step, the adapter
 * lets everything arrive, stores, accepts credentials, completes TLS and
 * drains all output, then the client closes.
 *
 * Invariants, checked after every call (abort() when one breaks):
 * - every reply line matches ^[2-5][0-9][0-9][ -], holds only TAB,
 *   printable ASCII and well-formed UTF-8, ends with CRLF, is at most 512
 *   octets; the lines of a multi-line reply share their code;
 * - nothing is sent after a 221 or 421; once either is read (and no
 *   store is pending), the session asks to be closed; requests have
 *   distinct ids, and only one of each kind is outstanding;
 * - a document's keys are distinct (x-mq-* properties included: x-mq-*
 *   extraction is on, authenticated-only with config a & 0x04, off with
 *   b & 0x40; header limits small with a & 0x08);
 * - with smtp-check: spf and two blocklists (config a & 0x60 == 0x60)
 *   every document holds one SPF result of RFC 7208's words, a DNS lookup
 *   is asked for with a name of at most 253 octets, and a blocklist's 554
 *   (only with blocklists) is the session's last reply;
 * - a store request comes only for a new transaction (a "250 2.1.0" since
 *   the previous request and since TLS started), so each DATA or BDAT
 *   LAST stores at most once; it holds one valid JSON document (UTF-8,
 *   for the inbox or the local queue) per accepted recipient;
 * - the reply after a successful store is the multi-line 250 naming each
 *   document's id, after a failed one a 451; no "queued" 250 otherwise;
 *   likewise 235 only after accepted credentials, 535 or 421 after
 *   refused ones (and not before the failure delay is over);
 * - after "220 Ready to start TLS", nothing is answered until TLS is up,
 *   TLS is asked for once the 220 is read, plaintext sent before that is
 *   never acted on;
 * - the output stays within max_pending_output plus one reply's worth
 *   when the client does not read; the command line and the message
 *   buffer stay within their configured limits;
 * - the engine takes all it has room for (mxq_session_input_room), holds
 *   no more than max_pending_input, and always has room again once
 *   nothing holds it up; answers to ids not outstanding are ignored.
 */
#include "fuzz_support.h"

#include <mxq/mxq.h>
#include <yajl/yajl_tree.h>

#include "dkim.h"
#include "session.h"
#include "utf8.h"

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size);

#define SESSION_SEPARATOR "\xff\xfe"
#define SESSION_MAX_REPLY_LINE 512     /* RFC 5321 §4.5.3.1.5 */
#define SESSION_ONE_REPLY 2048         /* the most one command adds */
#define SESSION_LOCAL_DOMAIN "@local.test"

enum sess_expect {
    EXPECT_NOTHING,
    EXPECT_QUEUED,     /* the multi-line 250 after a successful store */
    EXPECT_FAILED,     /* 451 after a failed store */
    EXPECT_REFUSED,    /* the 5xx after the store of a refused message */
    EXPECT_AUTH_OK,    /* 235 */
    EXPECT_AUTH_FAILED /* 535, or 421 when that was one too many */
};

struct sess_run {
    mxq_session *s;
    struct mxq_config cfg;
    struct mxq_id_source ids;
    int64_t now;

    const uint8_t *in;       /* client bytes */
    size_t in_len;
    size_t arrived;          /* how many of them the client has sent */
    size_t pos;              /* how many of them the engine consumed */
    bool eof;
    bool stopping;           /* mxq_session_shutdown() was called */

    size_t seen;             /* output octets already checked */
    char line[SESSION_MAX_REPLY_LINE + 1];
    size_t line_len;
    int multi_code;          /* code of an unfinished multi-line reply */
    bool said_goodbye;       /* a 221 or 421 was sent */
    bool tls_go_ahead;       /* "220 Ready to start TLS" was sent */

    uint32_t tx_rcpts;       /* 250 2.1.5 since the last 250 2.1.0 */
    bool tx_fresh;           /* a 250 2.1.0 since the last store request */

    bool storing;
    bool refused_store;      /* the store is of a refused message */
    uint32_t store_id;
    size_t doc_count;
    char (*doc_ids)[48];     /* the pending store's message ids */
    bool checking_auth;
    uint32_t auth_id;
    bool auth_delayed;       /* a refused AUTH waits for its delay */
    int64_t auth_refused_at;
    uint32_t tls_id;         /* the outstanding STARTTLS request, 0: none */
    struct {
        uint32_t id;
        enum mxq_dns_type type;
    } lookups[MXQ_REQUESTS_MAX]; /* RESOLVE requests not answered yet */
    size_t lookup_count;
    uint32_t scan_id;        /* the outstanding SPAM_SCAN request, 0: none */
    uint32_t stale_scan_id;  /* one the engine dropped, not answered yet */
    unsigned messages_asked; /* may_start_message calls */
    bool closed;             /* the session asked to be closed */
    uint32_t last_id;
    enum sess_expect expect;
    size_t expect_line;      /* queued reply: lines seen so far */
};

/* MXQ_FUZZ_TRACE=1 in the environment: every step and reply on stderr,
 * for reading a crash input. */
static bool sess_tracing(void)
{
    static int on = -1;
    if (on < 0)
        on = getenv("MXQ_FUZZ_TRACE") != NULL;
    return on;
}

#define SESS_TRACE(...)                                                     \
    do {                                                                    \
        if (sess_tracing())                                                 \
            fprintf(stderr, __VA_ARGS__);                                   \
    } while (0)

static bool sess_starts(const char *line, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(line, prefix, k) == 0;
}

/* The adapter's local addresses: everything at local.test. The domain
 * the engine points at follows an '@' (<postmaster>: none, at len). */
/* smtp-message-rate: every third MAIL of the session is one too many. */
static bool sess_may_start_message(void *ctx,
                                   const struct mxq_connection *conn)
{
    unsigned *asked = ctx;
    FUZZ_CHECK(conn != NULL && conn->remote_ip != NULL,
               "a message rate asked without the client");
    return ++*asked % 3 != 0;
}

static bool sess_is_local(void *ctx, const char *mailbox, size_t len,
                          size_t domain_at)
{
    size_t k = sizeof SESSION_LOCAL_DOMAIN - 1;
    (void)ctx;
    FUZZ_CHECK(domain_at == len ||
                   (domain_at > 0 && domain_at < len &&
                    mailbox[domain_at - 1] == '@'),
               "domain at %zu of %zu", domain_at, len);
    return len >= k && memcmp(mailbox + len - k, SESSION_LOCAL_DOMAIN, k) == 0;
}

/* The reply the adapter's last report must produce, line by line. */
static void sess_check_expected(struct sess_run *r, const char *l, size_t n,
                                int code, bool more)
{
    bool queued_first =
        sess_starts(l, n, "250-2.0.0 Ok, your message has been queued");

    switch (r->expect) {
    case EXPECT_NOTHING:
        FUZZ_CHECK(!queued_first, "\"queued\" without a successful store");
        FUZZ_CHECK(code != 235, "235 without accepted credentials");
        return;
    case EXPECT_FAILED:
        FUZZ_CHECK(code == 451 && !more, "a failed store answered with %.*s",
                   (int)n, l);
        break;
    case EXPECT_REFUSED:
        FUZZ_CHECK(code >= 500 && code < 600 && !more,
                   "a kept refused message answered with %.*s", (int)n, l);
        break;
    case EXPECT_AUTH_OK:
        FUZZ_CHECK(code == 235 && !more, "accepted credentials answered with "
                   "%.*s", (int)n, l);
        break;
    case EXPECT_AUTH_FAILED:
        FUZZ_CHECK((code == 535 || code == 421) && !more,
                   "refused credentials answered with %.*s", (int)n, l);
        FUZZ_CHECK(r->now - r->auth_refused_at >=
                       (int64_t)r->cfg.auth_failure_delay,
                   "refused credentials answered before the delay");
        r->auth_delayed = false;
        break;
    case EXPECT_QUEUED:
        if (r->expect_line == 0) {
            FUZZ_CHECK(queued_first, "a store answered with %.*s", (int)n, l);
        } else {
            const char *id = r->doc_ids[r->expect_line - 1];
            size_t idn = strlen(id);
            FUZZ_CHECK(r->expect_line <= r->doc_count &&
                           sess_starts(l, n, more ? "250-2.0.0 "
                                                  : "250 2.0.0 ") &&
                           n > 10 + idn && memcmp(l + 10, id, idn) == 0 &&
                           l[10 + idn] == ' ',
                       "queued reply line %zu is %.*s", r->expect_line,
                       (int)n, l);
            FUZZ_CHECK(more == (r->expect_line < r->doc_count),
                       "queued reply of %zu lines for %zu documents",
                       r->expect_line, r->doc_count);
        }
        r->expect_line++;
        if (more)
            return;
        break;
    }
    r->expect = EXPECT_NOTHING;
}

/* One complete reply line: its form, then what it means. */
static void sess_check_line(struct sess_run *r, const char *l, size_t n)
{
    FUZZ_CHECK(n >= 6 && l[n - 2] == '\r' && l[n - 1] == '\n',
               "reply line without CRLF or text: %.*s", (int)n, l);
    FUZZ_CHECK(l[0] >= '2' && l[0] <= '5' && l[1] >= '0' && l[1] <= '9' &&
                   l[2] >= '0' && l[2] <= '9' && (l[3] == ' ' || l[3] == '-'),
               "malformed reply line: %.*s", (int)n, l);
    /* RFC 5321 textstring, with UTF-8 as RFC 6531 §3.7.4 allows (an
     * SMTPUTF8 recipient in a "queued" line). */
    for (size_t i = 4; i + 2 < n; i++) {
        unsigned char c = (unsigned char)l[i];
        FUZZ_CHECK(c == '\t' || (c >= 0x20 && c != 0x7F),
                   "octet 0x%02x in a reply: %.*s", c, (int)n, l);
    }
    FUZZ_CHECK(mxq_utf8_valid(l, n), "reply is not UTF-8: %.*s", (int)n, l);
    FUZZ_CHECK(!r->tls_go_ahead, "a reply between the TLS go-ahead and TLS: "
               "%.*s", (int)n, l);

    int code = (l[0] - '0') * 100 + (l[1] - '0') * 10 + (l[2] - '0');
    bool more = l[3] == '-';
    FUZZ_CHECK(r->multi_code == 0 || r->multi_code == code,
               "multi-line reply %d continued by %d", r->multi_code, code);
    r->multi_code = more ? code : 0;

    sess_check_expected(r, l, n, code, more);
    if (sess_starts(l, n, "250 2.1.0 ")) {
        r->tx_rcpts = 0;
        r->tx_fresh = true;
    } else if (sess_starts(l, n, "250 2.1.5 ")) {
        r->tx_rcpts++;
    } else if (sess_starts(l, n, "220 2.0.0 Ready to start TLS")) {
        r->tls_go_ahead = true;
    }
    /* A client on a blocklist is told so at MAIL, and that is the end. */
    bool blocked = sess_starts(l, n, "554 5.7.1 Service unavailable; client");
    FUZZ_CHECK(!blocked || r->cfg.dnsbl_zone_count > 0,
               "blocked without blocklists");
    if (!more && (code == 221 || code == 421 || blocked))
        r->said_goodbye = true;
}

/* Checks the output the engine added since the last look. */
static void sess_check_output(struct sess_run *r)
{
    size_t len;
    const uint8_t *out = mxq_session_output(r->s, &len);
    FUZZ_CHECK(len >= r->seen, "output shrank by itself");
    for (size_t i = r->seen; i < len; i++) {
        FUZZ_CHECK(!r->said_goodbye, "output after a 221, 421 or blocklist 554");
        FUZZ_CHECK(r->line_len < SESSION_MAX_REPLY_LINE,
                   "reply line longer than %d octets", SESSION_MAX_REPLY_LINE);
        r->line[r->line_len++] = (char)out[i];
        if (out[i] == '\n') {
            SESS_TRACE("S: %.*s", (int)r->line_len, r->line);
            sess_check_line(r, r->line, r->line_len);
            r->line_len = 0;
        }
    }
    r->seen = len;
}

static bool fuzz_word_in(const char *w, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

static void sess_check_json(const struct mxq_document *d, unsigned with_checks,
                            const char *reports_queue)
{
    FUZZ_CHECK(d->json_len > 0, "empty document");
    size_t sum = 0;
    for (size_t i = 0; i < MXQ_DOCUMENT_PARTS; i++)
        sum += d->parts[i].n;
    FUZZ_CHECK(sum == d->json_len, "parts of %zu octets, json_len %zu", sum,
               d->json_len);
    char *text = fuzz_alloc(d->json_len + 1);
    mxq_document_join(d, (uint8_t *)text);
    text[d->json_len] = '\0';
    FUZZ_CHECK(memchr(text, '\0', d->json_len) == NULL,
               "NUL in a JSON document");
    FUZZ_CHECK(mxq_utf8_valid(text, d->json_len),
               "JSON document is not UTF-8: %s", text);
    char err[128] = "";
    yajl_val root = yajl_tree_parse(text, err, sizeof err);
    FUZZ_CHECK(root != NULL && YAJL_IS_OBJECT(root),
               "document is not a JSON object (%s): %s", err, text);
    const char *id_path[] = {"message-id", NULL};
    const char *id = YAJL_GET_STRING(yajl_tree_get(root, id_path,
                                                   yajl_t_string));
    FUZZ_CHECK(id != NULL && strcmp(id, d->message_id) == 0,
               "message-id in the JSON differs from %s", d->message_id);
    /* x-mq-* properties never repeat or overwrite the document's own */
    for (size_t i = 0; i < YAJL_GET_OBJECT(root)->len; i++)
        for (size_t k = 0; k < i; k++)
            FUZZ_CHECK(strcmp(YAJL_GET_OBJECT(root)->keys[i],
                              YAJL_GET_OBJECT(root)->keys[k]) != 0,
                       "key %s twice: %s", YAJL_GET_OBJECT(root)->keys[i],
                       text);
    /* a report's document, and only it, says what the report is */
    const char *report_path[] = {"report", NULL};
    const char *type_path[] = {"report", "type", NULL};
    bool reported = reports_queue && strcmp(d->queue, reports_queue) == 0;
    /* a refused message's documents, and only they, say why */
    const char *code_path[] = {"refused", "code", NULL};
    const char *status_path[] = {"refused", "enhanced-code", NULL};
    yajl_val code = yajl_tree_get(root, code_path, yajl_t_number);
    const char *status = YAJL_GET_STRING(yajl_tree_get(root, status_path,
                                                       yajl_t_string));
    bool refused = strcmp(d->queue, "refused") == 0;
    FUZZ_CHECK((code != NULL) == refused, "refused object %s in a document "
               "for %s", refused ? "missing" : "present", d->queue);
    FUZZ_CHECK(!refused || (YAJL_GET_INTEGER(code) >= 500 &&
                            YAJL_GET_INTEGER(code) < 600 && status != NULL &&
                            status[0] == '5'),
               "a refusal kept that is not for good: %s", text);
    FUZZ_CHECK((yajl_tree_get(root, report_path, yajl_t_any) != NULL) ==
                   reported,
               "report object %s in a document for %s",
               reported ? "missing" : "present", d->queue);
    FUZZ_CHECK(!reported ||
                   yajl_tree_get(root, type_path, yajl_t_string) != NULL,
               "report without a type");
    const char *checks_path[] = {"checks", NULL};
    yajl_val checks = yajl_tree_get(root, checks_path, yajl_t_array);
    /* a message refused before its checks ran has none */
    FUZZ_CHECK(checks != NULL ? with_checks != 0
                              : with_checks == 0 || refused,
               "checks in the JSON do not follow smtp-check");
    if (checks != NULL) {
        static const char *const spf_words[] = {
            "none", "neutral", "pass", "fail", "softfail", "temperror",
            "permerror"};
        static const char *const dkim_words[] = {
            "none", "pass", "fail", "neutral", "temperror", "permerror"};
        static const char *const dmarc_words[] = {
            "none", "pass", "fail", "temperror", "permerror"};
        static const char *const arc_words[] = {
            "none", "pass", "fail", "temperror"};
        /* SPF's object (when a client address was known), then one per
         * DKIM signature, or dkim none, then DMARC's, then ARC's */
        size_t n = YAJL_GET_ARRAY(checks)->len, dkim = 0, arc = 0, spam = 0;
        for (size_t k = 0; k < n; k++) {
            yajl_val c = YAJL_GET_ARRAY(checks)->values[k];
            const char *spf_path[] = {"spf", NULL};
            const char *dkim_path[] = {"dkim", NULL};
            const char *spf = YAJL_GET_STRING(
                yajl_tree_get(c, spf_path, yajl_t_string));
            const char *dk = YAJL_GET_STRING(
                yajl_tree_get(c, dkim_path, yajl_t_string));
            const char *dmarc_path[] = {"dmarc", NULL};
            const char *dm = YAJL_GET_STRING(
                yajl_tree_get(c, dmarc_path, yajl_t_string));
            const char *spam_path[] = {"spam", NULL};
            yajl_val sp = yajl_tree_get(c, spam_path, yajl_t_any);
            if (sp != NULL) {
                FUZZ_CHECK(k == n - 1, "spam object at %zu of %zu", k, n);
                const char *word = YAJL_IS_STRING(sp) ? YAJL_GET_STRING(sp)
                                                      : NULL;
                FUZZ_CHECK(YAJL_IS_TRUE(sp) || YAJL_IS_FALSE(sp) ||
                               (word != NULL &&
                                (strcmp(word, "none") == 0 ||
                                 strcmp(word, "temperror") == 0)),
                           "spam value");
                spam++;
                continue;
            }
            const char *arc_path[] = {"arc", NULL};
            const char *ar = YAJL_GET_STRING(
                yajl_tree_get(c, arc_path, yajl_t_string));
            FUZZ_CHECK((spf != NULL) + (dk != NULL) + (dm != NULL) +
                               (ar != NULL) ==
                           1,
                       "a check object names one check");
            size_t after_dmarc = ((with_checks & MXQ_CHECK_ARC) != 0) +
                                 ((with_checks & MXQ_CHECK_SPAM) != 0);
            size_t after_arc = (with_checks & MXQ_CHECK_SPAM) != 0;
            FUZZ_CHECK(dm == NULL || (k == n - 1 - after_dmarc &&
                                      fuzz_word_in(dm, dmarc_words, 5)),
                       "DMARC result %s at %zu", dm ? dm : "-", k);
            FUZZ_CHECK(ar == NULL || (k == n - 1 - after_arc &&
                                      fuzz_word_in(ar, arc_words, 4)),
                       "ARC result %s at %zu", ar ? ar : "-", k);
            if (ar != NULL) {
                const char *chain_path[] = {"chain", NULL};
                const char *oldest_path[] = {"header.oldest-pass", NULL};
                yajl_val chain = yajl_tree_get(c, chain_path, yajl_t_array);
                yajl_val oldest = yajl_tree_get(c, oldest_path,
                                                yajl_t_number);
                FUZZ_CHECK((strcmp(ar, "pass") == 0) == (oldest != NULL),
                           "oldest-pass with arc %s", ar);
                FUZZ_CHECK(oldest == NULL ||
                               (chain != NULL && YAJL_IS_INTEGER(oldest) &&
                                YAJL_GET_INTEGER(oldest) >= 1 &&
                                (size_t)YAJL_GET_INTEGER(oldest) <=
                                    YAJL_GET_ARRAY(chain)->len),
                           "oldest-pass outside the chain");
            }
            arc += ar != NULL;
            FUZZ_CHECK(spf == NULL || (k == 0 && fuzz_word_in(
                                                     spf, spf_words, 7)),
                       "SPF result %s at %zu", spf ? spf : "-", k);
            FUZZ_CHECK(dk == NULL || fuzz_word_in(dk, dkim_words, 6),
                       "DKIM result %s", dk ? dk : "-");
            dkim += dk != NULL;
        }
        FUZZ_CHECK(!(with_checks & MXQ_CHECK_DKIM) || dkim >= 1,
                   "no DKIM object");
        FUZZ_CHECK(arc == ((with_checks & MXQ_CHECK_ARC) != 0),
                   "%zu ARC objects", arc);
        FUZZ_CHECK(spam == ((with_checks & MXQ_CHECK_SPAM) != 0),
                   "%zu spam objects", spam);
        FUZZ_CHECK(dkim <= MXQ_DKIM_MAX_SIGNATURES, "%zu DKIM objects", dkim);
    }
    yajl_tree_free(root);
    free(text);
}

static void sess_check_documents(struct sess_run *r,
                                 const struct mxq_request *q)
{
    size_t count = q->u.store.count;
    const struct mxq_document *docs = q->u.store.documents;

    FUZZ_CHECK(r->tx_fresh, "a store request without a new transaction");
    FUZZ_CHECK(count >= 1 && count == r->tx_rcpts && docs != NULL,
               "%zu documents for %u accepted recipients", count,
               r->tx_rcpts);
    r->tx_fresh = false;
    r->doc_count = count;
    r->refused_store = r->cfg.refused_queue && docs[0].queue &&
                       strcmp(docs[0].queue, r->cfg.refused_queue) == 0;
    free(r->doc_ids);
    r->doc_ids = malloc(count * sizeof *r->doc_ids);
    FUZZ_CHECK(r->doc_ids != NULL, "out of memory");
    for (size_t i = 0; i < count; i++) {
        const struct mxq_document *d = &docs[i];
        size_t idn = d->message_id ? strlen(d->message_id) : 0;
        FUZZ_CHECK(d->queue && (strcmp(d->queue, r->cfg.inbox_queue) == 0 ||
                                (r->cfg.local_queue &&
                                 strcmp(d->queue, r->cfg.local_queue) == 0) ||
                                (r->cfg.reports_queue &&
                                 strcmp(d->queue, r->cfg.reports_queue) == 0) ||
                                (r->cfg.refused_queue &&
                                 strcmp(d->queue, r->cfg.refused_queue) == 0)),
                   "document for queue %s", d->queue ? d->queue : "(null)");
        FUZZ_CHECK(idn > 0 && idn < sizeof r->doc_ids[i],
                   "bad message id length %zu", idn);
        for (size_t k = 0; k < i; k++)
            FUZZ_CHECK(strcmp(r->doc_ids[k], d->message_id) != 0,
                       "message id %s twice", d->message_id);
        memcpy(r->doc_ids[i], d->message_id, idn + 1);
        sess_check_json(d, r->cfg.checks, r->cfg.reports_queue);
    }
}

static size_t sess_output_len(const struct sess_run *r)
{
    size_t len;
    (void)mxq_session_output(r->s, &len);
    return len;
}

/* After every call into the engine. */
static void sess_check(struct sess_run *r, size_t len_before,
                       size_t allowed_growth)
{
    sess_check_output(r);

    size_t count;
    const struct mxq_request *reqs = mxq_session_requests(r->s, &count);
    for (size_t i = 0; i < count; i++) {
        const struct mxq_request *q = &reqs[i];
        SESS_TRACE("R: request %u of kind %d\n", q->id, (int)q->kind);
        FUZZ_CHECK(q->id > r->last_id, "request id %u after %u", q->id,
                   r->last_id);
        r->last_id = q->id;
        FUZZ_CHECK(!r->closed, "a request after the close");
        switch (q->kind) {
        case MXQ_REQUEST_STORE:
            FUZZ_CHECK(!r->storing && !r->checking_auth,
                       "a second store, or a store during AUTH");
            r->storing = true;
            r->store_id = q->id;
            sess_check_documents(r, q);
            break;
        case MXQ_REQUEST_AUTH: {
            FUZZ_CHECK(!r->storing && !r->checking_auth,
                       "a second credentials check, or one during a store");
            const char *user = q->u.auth.user, *password = q->u.auth.password;
            size_t ul = q->u.auth.user_len, pl = q->u.auth.password_len;
            r->checking_auth = true;
            r->auth_id = q->id;
            FUZZ_CHECK(user != NULL && password != NULL,
                       "credentials check without credentials");
            volatile char touch = 0; /* AddressSanitizer checks the lengths */
            if (ul > 0)
                touch = user[ul - 1];
            if (pl > 0)
                touch = password[pl - 1];
            (void)touch;
            break;
        }
        case MXQ_REQUEST_STARTTLS:
            FUZZ_CHECK(r->tls_go_ahead && sess_output_len(r) == 0,
                       "TLS asked for before its 220 was read");
            FUZZ_CHECK(r->tls_id == 0, "TLS asked for twice");
            r->tls_id = q->id;
            break;
        case MXQ_REQUEST_RESOLVE:
            FUZZ_CHECK(r->cfg.checks != 0, "a lookup without checks");
            FUZZ_CHECK(q->u.resolve.name != NULL &&
                           strlen(q->u.resolve.name) <= 253,
                       "a lookup of a bad name");
            FUZZ_CHECK(r->lookup_count < MXQ_REQUESTS_MAX,
                       "more lookups than requests may be outstanding");
            r->lookups[r->lookup_count].id = q->id;
            r->lookups[r->lookup_count++].type = q->u.resolve.type;
            break;
        case MXQ_REQUEST_SPAM_SCAN:
            FUZZ_CHECK(r->cfg.checks & MXQ_CHECK_SPAM,
                       "a scan without the spam check");
            /* A scan still out is one the engine dropped (its deadline
             * passed): its late answer must change nothing. */
            if (r->scan_id != 0)
                r->stale_scan_id = r->scan_id;
            FUZZ_CHECK(q->u.spam.message_len <= r->cfg.spam_max_size,
                       "a message over spamassassin-maxsize is scanned");
            FUZZ_CHECK(q->u.spam.head_len > 0 &&
                           memcmp(q->u.spam.head, "SYMBOLS SPAMC/1.5\r\n",
                                  19) == 0,
                       "a scan without its SPAMC head");
            r->scan_id = q->id;
            break;
        case MXQ_REQUEST_CLOSE:
            FUZZ_CHECK(sess_output_len(r) == 0, "close before the output");
            FUZZ_CHECK(!r->storing, "close with a store pending");
            r->closed = true;
            break;
        default:
            FUZZ_CHECK(false, "request of kind %d", (int)q->kind);
        }
    }
    if (r->said_goodbye && sess_output_len(r) == 0 && !r->storing)
        FUZZ_CHECK(r->closed, "221/421 read, and no close asked for");
    if (r->tls_go_ahead && sess_output_len(r) == 0 && !r->eof && !r->closed)
        FUZZ_CHECK(r->tls_id != 0, "TLS go-ahead read, no TLS request");

    /* Memory stays within the limits. */
    size_t len = sess_output_len(r);
    size_t floor = len_before > r->cfg.max_pending_output
                       ? len_before
                       : r->cfg.max_pending_output;
    FUZZ_CHECK(len <= floor + allowed_growth,
               "output grew from %zu to %zu (limit %u)", len_before, len,
               r->cfg.max_pending_output);
    const struct mxq_session *s = r->s;
    FUZZ_CHECK(s->line.len <= r->cfg.max_line_length,
               "command line buffer holds %zu octets", s->line.len);
    FUZZ_CHECK(s->input.len <= r->cfg.max_pending_input,
               "the session holds %zu octets of input", s->input.len);
    FUZZ_CHECK(s->tx.message.len <= r->cfg.max_message_size + 4096,
               "message buffer holds %zu octets", s->tx.message.len);
    FUZZ_CHECK(s->tx.rcpt_count <= r->cfg.max_recipients,
               "%u recipients", s->tx.rcpt_count);
}

/* Offers the engine what has arrived and it has not consumed yet. */
static size_t sess_feed(struct sess_run *r)
{
    size_t room = mxq_session_input_room(r->s);
    if (r->eof || r->pos == r->arrived || room == 0)
        return 0;
    size_t offered = r->arrived - r->pos;
    if (offered > room)
        offered = room;
    char *copy = fuzz_copy(r->in + r->pos, offered);
    size_t before = sess_output_len(r);
    bool tls_wait = r->tls_go_ahead;
    size_t used = mxq_session_feed(r->s, (const uint8_t *)copy, offered, r->now);
    SESS_TRACE("C: %zu of %zu octets taken: %.*s\n", used, offered,
               (int)used, copy);
    free(copy);
    FUZZ_CHECK(used == offered, "took %zu of %zu it had room for", used,
               offered);
    r->pos += used;
    sess_check(r, before, SESSION_ONE_REPLY);
    if (tls_wait)
        FUZZ_CHECK(sess_output_len(r) == before,
                   "plaintext acted on while TLS was starting");
    return used;
}

static void sess_arrive(struct sess_run *r, size_t n)
{
    if (r->eof)
        return;
    r->arrived = n > r->in_len - r->arrived ? r->in_len : r->arrived + n;
    (void)sess_feed(r);
}

static void sess_drain(struct sess_run *r, size_t n)
{
    size_t len = sess_output_len(r);
    if (n == 0 || n > len)
        n = len;
    mxq_session_output_done(r->s, n, r->now);
    r->seen -= n; /* everything was checked before it could be read */
    sess_check(r, sess_output_len(r), 0);
}

static void sess_eof(struct sess_run *r)
{
    if (r->eof)
        return;
    r->eof = true;
    /* The EOF makes a credentials check (or its delayed failure) and a
     * TLS start moot: the session drops them, a store goes on. */
    if (r->checking_auth || r->auth_delayed) {
        r->checking_auth = r->auth_delayed = false;
        if (r->expect == EXPECT_AUTH_FAILED || r->expect == EXPECT_AUTH_OK)
            r->expect = EXPECT_NOTHING;
    }
    r->tls_id = 0;
    size_t before = sess_output_len(r);
    mxq_session_eof(r->s, r->now);
    sess_check(r, before, 0);
}

static void sess_store_done(struct sess_run *r, bool stored)
{
    size_t before = sess_output_len(r);
    size_t growth = 0;
    bool stray = !r->storing;
    if (r->storing) {
        r->expect = r->refused_store ? EXPECT_REFUSED
                    : stored            ? EXPECT_QUEUED
                                        : EXPECT_FAILED;
        r->expect_line = 0;
        growth = (r->doc_count + 2) * SESSION_MAX_REPLY_LINE;
    }
    r->storing = false;
    SESS_TRACE("A: stored %u%s\n", stray ? r->last_id + 1 : r->store_id,
               stored ? "" : " (failed)");
    mxq_session_stored(r->s, stray ? r->last_id + 1 : r->store_id, stored,
                       r->now);
    sess_check(r, before, growth);
    if (!stray)
        FUZZ_CHECK(r->expect == EXPECT_NOTHING,
                   "no complete reply to the store's outcome");
    else
        FUZZ_CHECK(sess_output_len(r) == before,
                   "a stray store outcome was answered");
}

static void sess_auth_done(struct sess_run *r, bool ok)
{
    size_t before = sess_output_len(r);
    bool stray = !r->checking_auth;
    if (r->checking_auth) {
        r->expect = ok ? EXPECT_AUTH_OK : EXPECT_AUTH_FAILED;
        r->auth_delayed = !ok;
        r->auth_refused_at = r->now;
    }
    r->checking_auth = false;
    /* A stray verdict: for the last request again, or one never made. */
    uint32_t id = stray ? (ok ? r->auth_id : r->last_id + 1) : r->auth_id;
    mxq_session_authenticated(r->s, id, ok, r->now);
    sess_check(r, before, SESSION_ONE_REPLY);
    if (stray) {
        FUZZ_CHECK(sess_output_len(r) == before,
                   "a stray credentials verdict was answered");
        return;
    }
    if (ok || r->cfg.auth_failure_delay == 0)
        FUZZ_CHECK(r->expect == EXPECT_NOTHING,
                   "no reply to the credentials check");
    else
        FUZZ_CHECK(sess_output_len(r) == before,
                   "refused credentials answered at once");
}

static void sess_tls_started(struct sess_run *r)
{
    size_t before = sess_output_len(r);
    bool stray = r->tls_id == 0;
    if (!stray) {
        /* The adapter drops the plaintext it has not handed over, and
         * RFC 3207 §4.2: the engine forgets what it learnt before. */
        r->pos = r->arrived;
        r->tls_go_ahead = false;
        r->tx_fresh = false;
        r->tx_rcpts = 0;
    }
    mxq_session_tls_started(r->s, stray ? r->last_id + 1 : r->tls_id,
                            "TLSv1.3", "TLS_AES_128_GCM_SHA256", r->now);
    r->tls_id = 0;
    /* Only a stop that came during the handshake is answered (421,
     * now over TLS); nothing else is. */
    sess_check(r, before, r->stopping && !stray ? SESSION_ONE_REPLY : 0);
    FUZZ_CHECK(sess_output_len(r) == before || (r->stopping && !stray),
               "TLS start was answered");
}

/* The oldest lookup gets its answer: n % 8 picks the outcome (0-3 records,
 * 4 NXDOMAIN, 5 NODATA, 6 SERVFAIL, 7 a timeout), n / 8 the records. */
static void sess_resolve(struct sess_run *r, unsigned n)
{
    static const char *const txt[4] = {
        "v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 -all",
        "v=spf1 a mx ptr exists:%{ir}.%{l1r+-}.e.test include:i.test ~all",
        "v=spf1 redirect=%{d2}.r.test exp=x.test",
        "v=spf1 a:%{h} mx/24//64 ?all"};
    static const char *const names[4] = {"mx.test", "host.test",
                                         "198.51.100.7.test", "x.test"};
    static const uint8_t v4[4][4] = {{198, 51, 100, 7}, {192, 0, 2, 1},
                                     {127, 0, 0, 2}, {127, 255, 255, 254}};
    static const uint8_t v6[2][16] = {
        {0x20, 0x01, 0x0d, 0xb8, [15] = 0x25}, {0x20, 0x01, 0x0d, 0xb8}};
    static const enum mxq_dns_rcode fails[4] = {
        MXQ_DNS_NXDOMAIN, MXQ_DNS_NODATA, MXQ_DNS_SERVFAIL, MXQ_DNS_TIMEOUT};

    uint32_t id = r->lookups[0].id;
    enum mxq_dns_type type = r->lookups[0].type;
    memmove(&r->lookups[0], &r->lookups[1],
            --r->lookup_count * sizeof r->lookups[0]);
    unsigned v = (n >> 3) & 3;
    struct mxq_dns_record rec = {.preference = (uint16_t)(n & 0xf)};
    switch (type) {
    case MXQ_DNS_TXT:
        rec.data = (struct mxq_bytes){(const uint8_t *)txt[v],
                                      strlen(txt[v])};
        break;
    case MXQ_DNS_A:
        rec.data = (struct mxq_bytes){v4[v], 4};
        break;
    case MXQ_DNS_AAAA:
        rec.data = (struct mxq_bytes){v6[v & 1], 16};
        break;
    default: /* MX, PTR: a name */
        rec.data = (struct mxq_bytes){(const uint8_t *)names[v],
                                      strlen(names[v])};
        break;
    }
    size_t before = sess_output_len(r);
    bool ok = (n & 7) < 4;
    SESS_TRACE("A: lookup %u answered %s\n", id, ok ? "with a record"
                                                    : "with a failure");
    mxq_session_resolved(r->s, id, ok ? MXQ_DNS_OK : fails[(n & 7) - 4],
                         ok ? &rec : NULL, ok ? 1 : 0, 60, r->now);
    sess_check(r, before, SESSION_ONE_REPLY);
}

/* spamd's reply to the scan: a verdict, garbage, or none at all. */
static void sess_scanned(struct sess_run *r, unsigned n)
{
    static const char *const replies[] = {
        ("SPAMD/1.1 0 EX_OK\r\nContent-length: 5\r\n"
         "Spam: True ; 1000.0 / 5.0\r\n\r\nGTUBE"),
        "SPAMD/1.1 0 EX_OK\r\nSpam: False ; -0.1 / 5.0\r\n\r\n",
        "SPAMD/1.0 76 Bad header line\r\n", "garbage"};
    uint32_t id = r->scan_id;
    r->scan_id = 0;
    const char *reply = replies[n % 4];
    bool ok = (n & 4) == 0;
    size_t before = sess_output_len(r);
    if (r->stale_scan_id != 0) {
        mxq_session_scanned(r->s, r->stale_scan_id, ok,
                            (const uint8_t *)reply, strlen(reply), r->now);
        r->stale_scan_id = 0;
        FUZZ_CHECK(sess_output_len(r) == before,
                   "the answer to a dropped scan was used");
    }
    SESS_TRACE("A: scan %u answered %s\n", id, ok ? reply : "(failed)");
    mxq_session_scanned(r->s, id, ok, (const uint8_t *)reply, strlen(reply),
                        r->now);
    sess_check(r, before, SESSION_ONE_REPLY);
}

/* Step 3: the adapter completes the engine's request, or reports
 * something nobody asked for. */
static void sess_complete(struct sess_run *r, unsigned n)
{
    if (r->scan_id != 0) {
        sess_scanned(r, n);
    } else if (r->lookup_count > 0) {
        sess_resolve(r, n);
    } else if (r->storing) {
        sess_store_done(r, n % 4 != 3);
    } else if (r->checking_auth) {
        sess_auth_done(r, n % 2 == 0);
    } else if (r->tls_id != 0) {
        if (n % 4 == 3)
            sess_eof(r); /* the handshake failed: the connection is gone */
        else
            sess_tls_started(r);
    } else if (n % 3 == 0) {
        sess_store_done(r, n & 4);
    } else if (n % 3 == 1) {
        sess_auth_done(r, n & 4);
    } else {
        sess_tls_started(r);
    }
}

/* The two configuration octets. */
static void sess_configure(struct sess_run *r, uint8_t a, uint8_t b,
                           struct mxq_connection *conn)
{
    if (a & 0x01)
        r->cfg.address_mode = MXQ_ADDRESS_LOOSE;
    if (a & 0x02)
        r->cfg.dsn_advertise = false;
    if (a & 0x04) {
        r->cfg.max_line_length = 64;
        r->cfg.extract = MXQ_EXTRACT_AUTHENTICATED;
    }
    if (a & 0x08) {
        r->cfg.max_message_size = 300;
        r->cfg.header_max_line = 80;
        r->cfg.header_max_fields = 4;
        r->cfg.header_max_size = 200;
    }
    if (a & 0x10)
        r->cfg.max_recipients = 2;
    if (a & 0x20)
        r->cfg.max_errors = (a & 0x40) ? 0 : 3;
    if ((a & 0x60) == 0x40)
        r->cfg.max_pending_output = 200;
    if ((a & 0x60) == 0x60) {
        static const char *const zones[] = {"bl.test", "other.test"};
        r->cfg.checks = MXQ_CHECK_SPF | MXQ_CHECK_DKIM | MXQ_CHECK_DMARC |
                        MXQ_CHECK_ARC | MXQ_CHECK_SPAM;
        r->cfg.spam_max_size = 400; /* some are scanned, some not */
        /* bits 1-3 of the same octet (shared with other choices) say
         * what the checks refuse */
        r->cfg.check_reject = (unsigned)(a >> 1) & 15u;
        r->cfg.check_timeout = 5;
        r->cfg.auth_results = MXQ_AUTH_RESULTS_NONLOCAL;
        r->cfg.dnsbl_zones = zones;
        r->cfg.dnsbl_zone_count = 2;
        r->cfg.dnsbl_timeout = 3;
    }
    if (a & 0x80) {
        conn->secure = true;
        conn->tls_version = "TLSv1.2";
        conn->tls_cipher = "ECDHE-RSA-AES128-GCM-SHA256";
        conn->remote_ip = "2001:db8::25";
        conn->remote_ipv6 = true;
        static const uint8_t v6[16] = {0x20, 0x01, 0x0d, 0xb8, [15] = 0x25};
        memcpy(conn->remote_addr, v6, 16);
    }
    if (b & 0x01)
        r->cfg.starttls = true;
    if (b & 0x02)
        r->cfg.auth = true;
    if (b & 0x04)
        r->cfg.auth_plaintext = true;
    if (b & 0x08) {
        r->cfg.max_auth_failures = 2;
        r->cfg.may_start_message = sess_may_start_message;
        r->cfg.may_start_message_ctx = &r->messages_asked;
    }
    if (b & 0x10) {
        r->cfg.is_local = sess_is_local;
        r->cfg.is_local_ctx = r;
    }
    if (b & 0x20) {
        r->cfg.local_queue = "local";
        r->cfg.reports_queue = "reports";
        r->cfg.refused_queue = "refused";
        r->cfg.refused_max_size = (a & 0x08) ? 100 : 1024 * 1024;
        r->cfg.spam_header = true;
    }
    if (b & 0x40) {
        r->cfg.timeout = 0;
        r->cfg.extract = MXQ_EXTRACT_OFF;
        r->cfg.header_strict = true;
    }
    if (b & 0x80)
        r->cfg.inbox_queue = "other-inbox";
}

static void sess_step(struct sess_run *r, uint8_t c)
{
    static const int64_t clock_steps[8] = {0, 1, 59, 299, 300, 301, 1000,
                                           86400};
    unsigned n = c >> 3;
    size_t before;

    SESS_TRACE("-- step %u, n=%u, room %zu\n", c & 7, n,
               mxq_session_input_room(r->s));
    switch (c & 7) {
    case 0:
        sess_arrive(r, n + 1);
        break;
    case 1:
        sess_arrive(r, 64 * (size_t)(n + 1));
        break;
    case 2:
        sess_arrive(r, r->in_len);
        break;
    case 3:
        sess_complete(r, n);
        break;
    case 4:
        r->now += clock_steps[n & 7];
        before = sess_output_len(r);
        mxq_session_tick(r->s, r->now);
        if (sess_output_len(r) < r->seen) {
            /* A client that did not read its last reply within the
             * timeout is given up on: the output goes, the close comes. */
            FUZZ_CHECK(sess_output_len(r) == 0 &&
                           (r->said_goodbye || r->tls_go_ahead || r->eof),
                       "output shrank by itself");
            r->seen = 0;
            r->line_len = 0;
            sess_check(r, 0, 0);
            FUZZ_CHECK(r->closed, "output dropped, and no close");
            break;
        }
        sess_check(r, before, SESSION_ONE_REPLY);
        break;
    case 5:
        sess_drain(r, 8 * (size_t)n);
        break;
    case 6:
        if (n == 0)
            sess_eof(r);
        else
            (void)sess_feed(r);
        break;
    default:
        before = sess_output_len(r);
        if (n & 1) {
            r->stopping = true;
            bool flushed = mxq_session_shutdown(r->s, r->now);
            sess_check(r, before, SESSION_ONE_REPLY);
            if (flushed)
                FUZZ_CHECK(mxq_session_input_room(r->s) == 0,
                           "shut down, but still reading");
        } else {
            struct mxq_session_stats st;
            mxq_session_stats(r->s, &st);
            (void)mxq_session_next_deadline(r->s);
            sess_check(r, before, 0);
            FUZZ_CHECK(sess_output_len(r) == before, "stats were answered");
        }
        break;
    }
}

/* The well-behaved adapter: the rest arrives, every request succeeds,
 * the client reads everything, then closes. The engine must always make
 * progress. */
static void sess_finish(struct sess_run *r)
{
    for (int round = 0; round < 100000; round++) {
        sess_drain(r, 0);
        if (r->storing || r->checking_auth || r->tls_id != 0 ||
            r->lookup_count > 0 || r->scan_id != 0) {
            sess_complete(r, 0);
            continue;
        }
        if (r->auth_delayed) {
            /* the failure's delay passes */
            size_t before = sess_output_len(r);
            r->now = mxq_session_next_deadline(r->s);
            mxq_session_tick(r->s, r->now);
            sess_check(r, before, SESSION_ONE_REPLY);
            continue;
        }
        if (r->eof || r->closed)
            break;
        r->arrived = r->in_len;
        if (r->pos == r->arrived)
            break;
        size_t used = sess_feed(r);
        /* Held input answered meanwhile may fill the output again: the
         * next round reads it. */
        FUZZ_CHECK(used > 0 || r->closed || r->tls_go_ahead ||
                       sess_output_len(r) > 0,
                   "the engine stalls with %zu octets pending",
                   r->arrived - r->pos);
    }
    sess_eof(r);
    /* What the session held before the EOF is answered, then it closes. */
    for (int round = 0; round < 100000 && !r->closed; round++) {
        if (r->storing || r->checking_auth || r->lookup_count > 0 ||
            r->scan_id != 0) {
            sess_complete(r, 0);
        } else if (r->auth_delayed) {
            size_t before = sess_output_len(r);
            r->now = mxq_session_next_deadline(r->s);
            mxq_session_tick(r->s, r->now);
            sess_check(r, before, SESSION_ONE_REPLY);
        } else {
            FUZZ_CHECK(sess_output_len(r) > 0,
                       "the client left; the session neither answers nor "
                       "closes");
            sess_drain(r, 0);
        }
    }
    FUZZ_CHECK(r->closed, "the client left, and yet no close at the end");
}

int MXQ_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    static struct sess_run run;
    struct sess_run *r = &run;
    struct mxq_connection conn = {.local_ip = "192.0.2.1",
                                  .local_port = 25,
                                  .remote_ip = "198.51.100.7",
                                  .remote_port = 40000,
                                  .remote_addr_known = true,
                                  .remote_addr = {198, 51, 100, 7}};
    const uint8_t *control = NULL;
    size_t control_len = 0;

    memset(r, 0, sizeof *r);
    r->in = data;
    r->in_len = size;
    for (size_t i = 0; i + 1 < size; i++)
        if (memcmp(data + i, SESSION_SEPARATOR, 2) == 0) {
            r->in_len = i;
            control = data + i + 2;
            control_len = size - i - 2;
            break;
        }

    mxq_config_defaults(&r->cfg);
    r->cfg.hostname = "mx.test";
    strcpy(r->ids.prefix, "f");
    r->cfg.ids = &r->ids;
    r->now = 1795478400;
    sess_configure(r, control_len > 0 ? control[0] : 0,
                   control_len > 1 ? control[1] : 0, &conn);

    r->s = mxq_session_new(&r->cfg, &conn, r->now);
    FUZZ_CHECK(r->s != NULL, "no session");
    sess_check(r, 0, SESSION_ONE_REPLY);

    for (size_t i = 2; i < control_len; i++)
        sess_step(r, control[i]);
    sess_finish(r);
    FUZZ_CHECK(r->line_len == 0, "output ends inside a reply line");
    mxq_session_free(r->s);
    free(r->doc_ids);
    return 0;
}
