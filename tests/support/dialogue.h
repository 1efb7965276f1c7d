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
};

/* Starts a session; cfg may be NULL for the defaults. */
void dialogue_start(struct dialogue *d, const struct mxq_config *cfg);
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
/* Completes a store the harness left waiting (STORE_WAITS). */
void dialogue_finish_store(struct dialogue *d, bool stored);

/* The replies since the last call, NUL-terminated; the caller frees. */
char *dialogue_take(struct dialogue *d);

/* Asserts (cmocka) that the replies since the last take equal `want`. */
void dialogue_expect(struct dialogue *d, const char *want);

#endif
