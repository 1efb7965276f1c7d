#include "requests.h"

#include <string.h>

uint32_t mxq_requests_add(struct mxq_requests *q, const struct mxq_request *r)
{
    if (q->count == MXQ_REQUESTS_MAX)
        return 0;
    struct mxq_request *slot = &q->outstanding[q->count++];
    *slot = *r;
    if (++q->last_id == 0) /* 0 is never an id */
        q->last_id = 1;
    slot->id = q->last_id;
    q->fresh++;
    return slot->id;
}

const struct mxq_request *mxq_requests_take(struct mxq_requests *q,
                                            size_t *count)
{
    *count = q->fresh;
    if (q->fresh == 0)
        return NULL;
    memcpy(q->handed, &q->outstanding[q->count - q->fresh],
           q->fresh * sizeof *q->handed);
    q->fresh = 0;
    return q->handed;
}

static void remove_at(struct mxq_requests *q, size_t i)
{
    /* Order is kept: the fresh ones stay at the end. */
    bool fresh = i >= q->count - q->fresh;
    memmove(&q->outstanding[i], &q->outstanding[i + 1],
            (q->count - i - 1) * sizeof *q->outstanding);
    q->count--;
    if (fresh)
        q->fresh--;
}

bool mxq_requests_answer(struct mxq_requests *q, uint32_t id,
                         enum mxq_request_kind kind)
{
    for (size_t i = 0; i < q->count; i++)
        if (q->outstanding[i].id == id && q->outstanding[i].kind == kind) {
            remove_at(q, i);
            return true;
        }
    return false;
}

uint32_t mxq_requests_find(const struct mxq_requests *q,
                           enum mxq_request_kind kind)
{
    for (size_t i = 0; i < q->count; i++)
        if (q->outstanding[i].kind == kind)
            return q->outstanding[i].id;
    return 0;
}

void mxq_requests_drop(struct mxq_requests *q, enum mxq_request_kind kind)
{
    for (size_t i = q->count; i-- > 0;)
        if (q->outstanding[i].kind == kind)
            remove_at(q, i);
}
