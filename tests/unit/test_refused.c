/*
 * Refused mail (rabbitmq-refused): a message refused for good once its
 * data is in is stored in the refused queue first, with a `refused`
 * object, and the client gets its refusal once the store is done.
 * Temporary refusals, messages over the size and clients past the rate
 * are not kept.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <yajl/yajl_tree.h>

#include "dialogue.h"

static const char gtube_reply[] =
    "SPAMD/1.1 0 EX_OK\r\nContent-length: 27\r\n"
    "Spam: True ; 1002.3 / 5.0\r\n\r\nGTUBE,NO_RECEIVED,NO_RELAYS";

struct keep_answer {
    bool allow;
    size_t asked;
    char last_ip[64];
};

static bool may_keep(void *ctx, const struct mxq_connection *conn)
{
    struct keep_answer *a = ctx;
    a->asked++;
    snprintf(a->last_ip, sizeof a->last_ip, "%s", conn->remote_ip);
    return a->allow;
}

/* A session whose spam check calls everything spam, with a refused
 * queue. */
static void start_sized(struct dialogue *d, unsigned reject,
                        const char *spamd, struct keep_answer *keep,
                        uint64_t max_size)
{
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.checks = MXQ_CHECK_SPAM;
    cfg.check_reject = reject;
    cfg.spam_max_size = 500 * 1024;
    cfg.refused_queue = "refused";
    cfg.refused_max_size = max_size;
    if (keep != NULL) {
        cfg.may_keep_refused = may_keep;
        cfg.may_keep_refused_ctx = keep;
    }
    dialogue_start(d, &cfg);
    d->spam_reply = spamd;
    d->spam_ok = spamd[0] != '\0';
    free(dialogue_take(d));
    dialogue_send(d, "EHLO client.test\r\n");
    free(dialogue_take(d));
}

static void start(struct dialogue *d, unsigned reject, const char *spamd,
                  struct keep_answer *keep)
{
    start_sized(d, reject, spamd, keep, 1024 * 1024);
}

static void send_message(struct dialogue *d, const char *header)
{
    dialogue_send(d, "MAIL FROM:<a@example.com>\r\n"
                     "RCPT TO:<b@example.org>\r\nRCPT TO:<c@example.org>\r\n"
                     "DATA\r\n");
    dialogue_send(d, header);
    dialogue_send(d, "Subject: hi\r\n\r\nHello.\r\n.\r\n");
}

/* The replies end with `last`. */
static void expect_last_reply(struct dialogue *d, const char *last)
{
    char *replies = dialogue_take(d);
    size_t n = strlen(replies), m = strlen(last);
    assert_true(n >= m);
    assert_string_equal(replies + n - m, last);
    assert_null(strstr(replies, "250 2.0.0 t"));
    free(replies);
}

/* Document i's refused object is {reason, code, enhanced-code}. */
static void expect_refused_object(struct dialogue *d, size_t i,
                                  const char *reason, long long code,
                                  const char *status)
{
    char err[256];
    assert_true(i < d->doc_count);
    assert_string_equal(d->docs[i].queue, "refused");
    yajl_val v = yajl_tree_parse(d->docs[i].json, err, sizeof err);
    assert_non_null(v);
    const char *refused[] = {"refused", NULL};
    yajl_val r = yajl_tree_get(v, refused, yajl_t_object);
    assert_non_null(r);
    assert_int_equal(YAJL_GET_OBJECT(r)->len, 3);
    const char *rk[] = {"reason", NULL}, *ck[] = {"code", NULL};
    const char *ek[] = {"enhanced-code", NULL};
    assert_string_equal(YAJL_GET_STRING(yajl_tree_get(r, rk, yajl_t_string)),
                        reason);
    assert_int_equal(YAJL_GET_INTEGER(yajl_tree_get(r, ck, yajl_t_number)),
                     code);
    assert_string_equal(YAJL_GET_STRING(yajl_tree_get(r, ek, yajl_t_string)),
                        status);
    /* the rest of the document is an accepted one's: the checks too */
    const char *checks[] = {"checks", NULL}, *rcpt[] = {"recipient", NULL};
    assert_non_null(yajl_tree_get(v, checks, yajl_t_array));
    assert_non_null(yajl_tree_get(v, rcpt, yajl_t_string));
    yajl_tree_free(v);
}

static void expect_stats(struct dialogue *d, uint32_t refused,
                         uint32_t kept, uint32_t accepted)
{
    struct mxq_session_stats st;
    mxq_session_stats(d->s, &st);
    assert_int_equal(st.messages_refused, refused);
    assert_int_equal(st.messages_refused_kept, kept);
    assert_int_equal(st.messages_accepted, accepted);
}

/* smtp-check-reject: spam keeps one document per recipient in the
 * refused queue, then refuses 550 5.7.1. */
static void test_spam_refusal_is_kept(void **state)
{
    (void)state;
    struct dialogue d;
    struct keep_answer keep = {.allow = true};
    start(&d, MXQ_CHECK_REJECT_SPAM, gtube_reply, &keep);
    send_message(&d, "");
    expect_last_reply(&d, "\r\n550 5.7.1 Message refused as spam\r\n");
    assert_int_equal(d.doc_count, 2);
    expect_refused_object(&d, 0, "Message refused as spam", 550, "5.7.1");
    expect_refused_object(&d, 1, "Message refused as spam", 550, "5.7.1");
    assert_non_null(strstr(d.docs[1].json, "\"recipient\":\"c@example.org\""));
    assert_int_equal(keep.asked, 1);
    assert_string_equal(keep.last_ip, "127.0.0.2");
    expect_stats(&d, 1, 1, 0);
    /* the session goes on: a next transaction is accepted as usual */
    dialogue_send(&d, "RSET\r\n");
    dialogue_expect(&d, "250 2.0.0 Reset\r\n");
    dialogue_end(&d);
}

/* A bad x-mq-* field (554 5.6.0) is kept too, without any check. */
static void test_bad_header_is_kept(void **state)
{
    (void)state;
    struct dialogue d;
    struct mxq_config cfg;
    dialogue_config(&cfg);
    cfg.refused_queue = "refused";
    dialogue_start(&d, &cfg);
    free(dialogue_take(&d));
    dialogue_send(&d, "EHLO client.test\r\n");
    free(dialogue_take(&d));
    send_message(&d, "x-mq-ip: nowhere\r\n");
    expect_last_reply(&d, "\r\n554 5.6.0 Message refused: x-mq-ip: not an "
                          "IP address\r\n");
    assert_int_equal(d.doc_count, 2);
    char err[256];
    yajl_val v = yajl_tree_parse(d.docs[0].json, err, sizeof err);
    assert_non_null(v);
    const char *code[] = {"refused", "code", NULL};
    const char *reason[] = {"refused", "reason", NULL};
    assert_int_equal(YAJL_GET_INTEGER(yajl_tree_get(v, code, yajl_t_number)),
                     554);
    assert_string_equal(
        YAJL_GET_STRING(yajl_tree_get(v, reason, yajl_t_string)),
        "Message refused: x-mq-ip: not an IP address");
    yajl_tree_free(v);
    dialogue_end(&d);
}

/* The refusal waits for the store, and comes whatever its outcome. */
static void test_refusal_waits_for_the_store(void **state)
{
    (void)state;
    for (int stored = 0; stored <= 1; stored++) {
        struct dialogue d;
        start(&d, MXQ_CHECK_REJECT_SPAM, gtube_reply, NULL);
        d.store = STORE_WAITS;
        send_message(&d, "");
        char *replies = dialogue_take(&d);
        assert_null(strstr(replies, "550 "));
        free(replies);
        assert_int_not_equal(d.store_waiting, 0);
        dialogue_finish_store(&d, stored);
        assert_int_equal(d.doc_count, stored ? 2 : 0);
        dialogue_expect(&d, "550 5.7.1 Message refused as spam\r\n");
        expect_stats(&d, 1, (uint32_t)stored, 0);
        dialogue_end(&d);
    }
}

/* Not kept: a temporary refusal, a message over refused_max_size, a
 * client past its rate, a session without the queue. */
static void test_what_is_not_kept(void **state)
{
    (void)state;
    struct dialogue d;

    /* spamd is down: temperror, 451 4.7.0 */
    start(&d, MXQ_CHECK_REJECT_TEMPERROR, "", NULL);
    send_message(&d, "");
    expect_last_reply(&d, "\r\n451 4.7.0 The spam check could not be "
                          "completed, try again later\r\n");
    assert_int_equal(d.store_requests, 0);
    expect_stats(&d, 1, 0, 0);
    dialogue_end(&d);

    /* the rate says no */
    struct keep_answer keep = {.allow = false};
    start(&d, MXQ_CHECK_REJECT_SPAM, gtube_reply, &keep);
    send_message(&d, "");
    expect_last_reply(&d, "\r\n550 5.7.1 Message refused as spam\r\n");
    assert_int_equal(keep.asked, 1);
    assert_int_equal(d.store_requests, 0);
    dialogue_end(&d);

    /* too large to keep: the rate is not even asked */
    keep.asked = 0;
    start_sized(&d, MXQ_CHECK_REJECT_SPAM, gtube_reply, &keep, 10);
    send_message(&d, "");
    expect_last_reply(&d, "\r\n550 5.7.1 Message refused as spam\r\n");
    assert_int_equal(keep.asked, 0);
    assert_int_equal(d.store_requests, 0);
    dialogue_end(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spam_refusal_is_kept),
        cmocka_unit_test(test_bad_header_is_kept),
        cmocka_unit_test(test_refusal_waits_for_the_store),
        cmocka_unit_test(test_what_is_not_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
