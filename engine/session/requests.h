/*
 * The session's requests to the adapter: each gets an id, is handed out
 * once (mxq_session_requests) and stays outstanding until the adapter
 * answers it or the session drops it. An answer whose id is not
 * outstanding, or of another kind, is ignored.
 */
#ifndef MXQ_REQUESTS_H
#define MXQ_REQUESTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mxq/mxq.h>

/* At most MXQ_REQUESTS_MAX (mxq.h) outstanding at once: one each of
 * STORE, STARTTLS, AUTH and CLOSE in the inline lists, and beyond them the
 * checks' lookups (MXQ_CHECK_LOOKUPS_MAX per message) in lists that grow
 * on demand. */
#define MXQ_REQUESTS_INLINE 4

struct mxq_requests {
    struct mxq_request first_outstanding[MXQ_REQUESTS_INLINE];
    struct mxq_request first_handed[MXQ_REQUESTS_INLINE];
    struct mxq_request *heap_outstanding; /* NULL: the inline lists */
    struct mxq_request *heap_handed;
    size_t room;             /* of the heap lists */
    size_t count;            /* outstanding[0..count) */
    size_t fresh;            /* the last `fresh` of them not handed out */
    uint32_t last_id;
};

/* Makes r (its kind and payload) a new request; returns its id, 0 when
 * there is no room (MXQ_REQUESTS_MAX, or out of memory beyond the inline
 * lists). */
uint32_t mxq_requests_add(struct mxq_requests *q,
                          const struct mxq_request *r);
/* The requests not handed out yet; they count as handed out from now. */
const struct mxq_request *mxq_requests_take(struct mxq_requests *q,
                                            size_t *count);
/* Takes request id of the kind off the outstanding list: true when it
 * was there. */
bool mxq_requests_answer(struct mxq_requests *q, uint32_t id,
                         enum mxq_request_kind kind);
/* The id of the outstanding request of that kind, 0 when none. */
uint32_t mxq_requests_find(const struct mxq_requests *q,
                           enum mxq_request_kind kind);
/* Forgets the outstanding requests of a kind (their answers will be
 * ignored). */
void mxq_requests_drop(struct mxq_requests *q, enum mxq_request_kind kind);
/* Forgets request id, whatever its kind. */
void mxq_requests_drop_id(struct mxq_requests *q, uint32_t id);
/* Frees the heap lists (the session is going). */
void mxq_requests_free(struct mxq_requests *q);

#endif
