/*
 * Dialogue harness for engine tests: feeds client bytes into a session,
 * plays the adapter (stores documents, or fails to), and collects every
 * reply and every stored document.
 */
#ifndef MXQ_TEST_DIALOGUE_H
#define MXQ_TEST_DIALOGUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

#include "buffer.h"

#define DIALOGUE_MAX_DOCS 64

enum store_outcome { STORE_SUCCEEDS, STORE_FAILS, STORE_WAITS };

struct stored_doc {
    char queue[64];
    char *json; /* NUL-terminated */
    size_t len;
};

/* A record of the fake resolver's zone. A and AAAA data are addresses in
 * text; TXT, MX and PTR data the record's text. */
struct fake_record {
    const char *name;
    enum mxq_dns_type type;
    const char *data;
    uint16_t preference;
};

#define DIALOGUE_MAX_LOOKUPS 32

struct dialogue {
    struct mxq_config cfg;
    struct mxq_id_source ids;
    mxq_session *s;
    int64_t now;
    enum store_outcome store;
    struct mxq_buffer replies;   /* output not yet taken by the test */
    struct mxq_buffer pending;   /* input the engine did not consume yet */
    struct stored_doc docs[DIALOGUE_MAX_DOCS];
    size_t doc_count;
    size_t store_requests;
    bool closed;                 /* the engine asked to close */
    bool start_tls;              /* complete STARTTLS requests at once */
    size_t tls_requests;
    uint32_t tls_request;        /* the last STARTTLS request's id */
    const char *user;            /* the one valid login, for AUTH */
    const char *password;
    size_t auth_requests;
    uint32_t store_waiting;      /* the STORE request left waiting, 0: none */
    struct mxq_request pending_store;
    /* RESOLVE: answered from zone[] (a name not in it: NXDOMAIN; in it
     * without the type: NODATA) at once, or with resolve_waits left for
     * dialogue_answer_lookups(). */
    const struct fake_record *zone;
    size_t zone_count;
    bool resolve_waits;
    size_t resolve_requests;
    struct {
        uint32_t id;
        char name[256];
        enum mxq_dns_type type;
    } lookups[DIALOGUE_MAX_LOOKUPS];  /* the ones left waiting */
    size_t lookup_count;
    /* SPAM_SCAN: answered at once with spam_reply (spam_ok false: as if
     * spamd could not be reached), or left waiting with spam_waits. */
    const char *spam_reply;
    bool spam_ok;
    bool spam_waits;
    size_t scan_requests;
    char scan_head[128];         /* the last scan's request head */
    size_t scan_message_len;
};

/* Starts a session; cfg may be NULL for the defaults. */
void dialogue_start(struct dialogue *d, const struct mxq_config *cfg);
/* The same, with the fake resolver's zone (and whether its lookups wait)
 * set before the session makes its first requests. */
void dialogue_start_resolving(struct dialogue *d,
                              const struct mxq_config *cfg,
                              const struct fake_record *zone, size_t n,
                              bool waits);
/* The default configuration the dialogues use (hostname mx.test). */
void dialogue_config(struct mxq_config *cfg);
void dialogue_end(struct dialogue *d);

/* Feeds bytes the way an adapter would, in pieces of at most `piece`
 * octets (0: all at once), honouring the engine's back-pressure. */
void dialogue_send_pieces(struct dialogue *d, const char *p, size_t n,
                          size_t piece);
void dialogue_send(struct dialogue *d, const char *text);
/* Takes the output and answers the requests, as an adapter would. */
void dialogue_serve(struct dialogue *d);
/* Answers the lookups left waiting (resolve_waits) from the zone. */
void dialogue_answer_lookups(struct dialogue *d);

/* Completes a store the harness left waiting (STORE_WAITS). */
void dialogue_finish_store(struct dialogue *d, bool stored);

/* The replies since the last call, NUL-terminated; the caller frees. */
char *dialogue_take(struct dialogue *d);

/* Asserts (cmocka) that the replies since the last take equal `want`. */
void dialogue_expect(struct dialogue *d, const char *want);

#endif
