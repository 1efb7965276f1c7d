#include "dialogue.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

void dialogue_config(struct mxq_config *cfg)
{
    mxq_config_defaults(cfg);
    cfg->hostname = "mx.test";
}

static void drain(struct dialogue *d)
{
    size_t n;
    const uint8_t *out = mxq_session_output(d->s, &n);
    if (n > 0) {
        assert_true(mxq_buffer_append(&d->replies, out, n));
        mxq_session_output_done(d->s, n, d->now);
    }
}

static void keep_documents(struct dialogue *d, const struct mxq_request *r)
{
    const struct mxq_document *docs = r->u.store.documents;
    for (size_t i = 0; i < r->u.store.count; i++) {
        assert_true(d->doc_count < DIALOGUE_MAX_DOCS);
        struct stored_doc *sd = &d->docs[d->doc_count++];
        strncpy(sd->queue, docs[i].queue, sizeof sd->queue - 1);
        sd->json = malloc(docs[i].json_len + 1);
        assert_non_null(sd->json);
        mxq_document_join(&docs[i], (uint8_t *)sd->json);
        sd->json[docs[i].json_len] = '\0';
        sd->len = docs[i].json_len;
    }
}

/* The zone's answer to name and type, as an adapter would give it. */
static void resolve(struct dialogue *d, uint32_t id, const char *name,
                    enum mxq_dns_type type)
{
    struct mxq_dns_record records[16];
    uint8_t addrs[16][16];
    size_t n = 0;
    bool known = false;

    for (size_t i = 0; i < d->zone_count; i++) {
        const struct fake_record *z = &d->zone[i];
        if (strcasecmp(z->name, name) != 0)
            continue;
        known = true;
        if (z->type != type)
            continue;
        assert_true(n < 16);
        struct mxq_dns_record *r = &records[n];
        r->preference = z->preference;
        if (type == MXQ_DNS_A || type == MXQ_DNS_AAAA) {
            int family = type == MXQ_DNS_A ? AF_INET : AF_INET6;
            assert_int_equal(inet_pton(family, z->data, addrs[n]), 1);
            r->data = (struct mxq_bytes){addrs[n], type == MXQ_DNS_A ? 4 : 16};
        } else {
            r->data = (struct mxq_bytes){(const uint8_t *)z->data,
                                         strlen(z->data)};
        }
        n++;
    }
    enum mxq_dns_rcode rcode = n > 0 ? MXQ_DNS_OK
                               : known ? MXQ_DNS_NODATA : MXQ_DNS_NXDOMAIN;
    mxq_session_resolved(d->s, id, rcode, records, n, 300, d->now);
}

void dialogue_answer_lookups(struct dialogue *d)
{
    while (d->lookup_count > 0) {
        /* Oldest first; answers may make new requests. */
        uint32_t id = d->lookups[0].id;
        char name[256];
        enum mxq_dns_type type = d->lookups[0].type;
        strcpy(name, d->lookups[0].name);
        memmove(&d->lookups[0], &d->lookups[1],
                --d->lookup_count * sizeof d->lookups[0]);
        resolve(d, id, name, type);
        dialogue_serve(d);
    }
}

static void answer(struct dialogue *d, const struct mxq_request *r)
{
    switch (r->kind) {
    case MXQ_REQUEST_CLOSE:
        d->closed = true;
        break;
    case MXQ_REQUEST_STARTTLS:
        d->tls_requests++;
        d->tls_request = r->id;
        if (d->start_tls)
            mxq_session_tls_started(d->s, r->id, "TLSv1.3",
                                    "TLS_AES_256_GCM_SHA384", d->now);
        break;
    case MXQ_REQUEST_AUTH: {
        d->auth_requests++;
        size_t ulen = r->u.auth.user_len, plen = r->u.auth.password_len;
        bool ok = d->user && strlen(d->user) == ulen &&
                  memcmp(d->user, r->u.auth.user, ulen) == 0 && d->password &&
                  strlen(d->password) == plen &&
                  memcmp(d->password, r->u.auth.password, plen) == 0;
        mxq_session_authenticated(d->s, r->id, ok, d->now);
        /* A failure is told after the delay: let it pass. */
        if (!ok)
            mxq_session_tick(d->s, mxq_session_next_deadline(d->s));
        break;
    }
    case MXQ_REQUEST_SPAM_SCAN: {
        d->scan_requests++;
        size_t hl = r->u.spam.head_len < sizeof d->scan_head - 1
                        ? r->u.spam.head_len
                        : sizeof d->scan_head - 1;
        memcpy(d->scan_head, r->u.spam.head, hl);
        d->scan_head[hl] = '\0';
        d->scan_message_len = r->u.spam.message_len;
        if (!d->spam_waits) {
            const char *reply = d->spam_reply ? d->spam_reply : "";
            mxq_session_scanned(d->s, r->id, d->spam_ok,
                                (const uint8_t *)reply, strlen(reply),
                                d->now);
        }
        break;
    }
    case MXQ_REQUEST_RESOLVE:
        d->resolve_requests++;
        assert_true(strlen(r->u.resolve.name) < sizeof d->lookups[0].name);
        if (!d->resolve_waits) {
            resolve(d, r->id, r->u.resolve.name, r->u.resolve.type);
            break;
        }
        assert_true(d->lookup_count < DIALOGUE_MAX_LOOKUPS);
        d->lookups[d->lookup_count].id = r->id;
        strcpy(d->lookups[d->lookup_count].name, r->u.resolve.name);
        d->lookups[d->lookup_count].type = r->u.resolve.type;
        d->lookup_count++;
        break;
    case MXQ_REQUEST_STORE:
        if (d->store == STORE_WAITS) {
            d->store_waiting = r->id;
            d->pending_store = *r;
            break;
        }
        d->store_requests++;
        bool ok = d->store == STORE_SUCCEEDS;
        if (ok)
            keep_documents(d, r);
        mxq_session_stored(d->s, r->id, ok, d->now);
        break;
    }
}

/* Plays the adapter's part for every request the engine has made. */
void dialogue_serve(struct dialogue *d)
{
    for (int rounds = 0; rounds < 1000; rounds++) {
        drain(d);
        size_t count;
        const struct mxq_request *reqs = mxq_session_requests(d->s, &count);
        if (count == 0)
            return;
        /* The array is valid until the next call into the session. */
        struct mxq_request copy[MXQ_REQUESTS_MAX];
        assert_true(count <= MXQ_REQUESTS_MAX);
        memcpy(copy, reqs, count * sizeof *copy);
        for (size_t i = 0; i < count; i++)
            answer(d, &copy[i]);
    }
}

void dialogue_start(struct dialogue *d, const struct mxq_config *cfg)
{
    dialogue_start_resolving(d, cfg, NULL, 0, false);
}

void dialogue_start_resolving(struct dialogue *d,
                              const struct mxq_config *cfg,
                              const struct fake_record *zone, size_t n,
                              bool waits)
{
    memset(d, 0, sizeof *d);
    d->zone = zone;
    d->zone_count = n;
    d->resolve_waits = waits;
    if (cfg)
        d->cfg = *cfg;
    else
        dialogue_config(&d->cfg);
    strcpy(d->ids.prefix, "t");
    d->cfg.ids = &d->ids;
    d->now = 1795478400; /* Tue, 24 Nov 2026 00:00:00 UTC */
    struct mxq_connection conn = {.local_ip = "127.0.0.1", .local_port = 25,
                                  .remote_ip = "127.0.0.2",
                                  .remote_port = 40000,
                                  .remote_addr_known = true,
                                  .remote_addr = {127, 0, 0, 2}};
    d->s = mxq_session_new(&d->cfg, &conn, d->now);
    assert_non_null(d->s);
    dialogue_serve(d);
}

void dialogue_end(struct dialogue *d)
{
    mxq_session_free(d->s);
    mxq_buffer_free(&d->replies);
    mxq_buffer_free(&d->pending);
    for (size_t i = 0; i < d->doc_count; i++)
        free(d->docs[i].json);
}

/* Feeds what is pending as far as the session has room for it. */
static void pump(struct dialogue *d)
{
    dialogue_serve(d);
    for (int rounds = 0; d->pending.len > 0 && rounds < 100000; rounds++) {
        size_t room = mxq_session_input_room(d->s);
        if (room == 0)
            break; /* waiting for a store, TLS, or closing */
        size_t n = d->pending.len < room ? d->pending.len : room;
        size_t used = mxq_session_feed(d->s, (const uint8_t *)d->pending.data,
                                       n, d->now);
        assert_int_equal(used, n); /* it takes all it has room for */
        mxq_buffer_consume(&d->pending, used);
        dialogue_serve(d);
    }
}

void dialogue_send_pieces(struct dialogue *d, const char *p, size_t n,
                          size_t piece)
{
    if (piece == 0)
        piece = n ? n : 1;
    for (size_t off = 0; off < n; off += piece) {
        size_t len = n - off < piece ? n - off : piece;
        assert_true(mxq_buffer_append(&d->pending, p + off, len));
        pump(d);
    }
}

void dialogue_send(struct dialogue *d, const char *text)
{
    dialogue_send_pieces(d, text, strlen(text), 0);
}

void dialogue_finish_store(struct dialogue *d, bool stored)
{
    assert_int_not_equal(d->store_waiting, 0);
    d->store_requests++;
    if (stored)
        keep_documents(d, &d->pending_store);
    uint32_t id = d->store_waiting;
    d->store_waiting = 0;
    mxq_session_stored(d->s, id, stored, d->now);
    dialogue_serve(d);
    pump(d);
}

char *dialogue_take(struct dialogue *d)
{
    char *text = malloc(d->replies.len + 1);
    assert_non_null(text);
    if (d->replies.len)
        memcpy(text, d->replies.data, d->replies.len);
    text[d->replies.len] = '\0';
    mxq_buffer_free(&d->replies);
    return text;
}

void dialogue_expect(struct dialogue *d, const char *want)
{
    char *got = dialogue_take(d);
    assert_string_equal(got, want);
    free(got);
}
