#include "requests.h"

#include <stdlib.h>
#include <string.h>

static struct mxq_request *outstanding(struct mxq_requests *q)
{
    return q->heap_outstanding ? q->heap_outstanding : q->first_outstanding;
}

static struct mxq_request *handed(struct mxq_requests *q)
{
    return q->heap_handed ? q->heap_handed : q->first_handed;
}

/* Both lists get the same capacity: a hand-out is at most all of them.
 * The first MXQ_REQUESTS_INLINE need no allocation, so that a session
 * out of memory can still ask to be closed. */
static bool make_room(struct mxq_requests *q)
{
    size_t room = q->heap_outstanding ? q->room : MXQ_REQUESTS_INLINE;
    if (q->count < room)
        return true;
    if (room >= MXQ_REQUESTS_MAX)
        return false;
    room *= 2;
    if (room > MXQ_REQUESTS_MAX)
        room = MXQ_REQUESTS_MAX;
    struct mxq_request *o = malloc(room * sizeof *o);
    struct mxq_request *h = malloc(room * sizeof *h);
    if (o == NULL || h == NULL) {
        free(o);
        free(h);
        return false;
    }
    memcpy(o, outstanding(q), q->count * sizeof *o);
    free(q->heap_outstanding);
    free(q->heap_handed);
    q->heap_outstanding = o;
    q->heap_handed = h;
    q->room = room;
    return true;
}

uint32_t mxq_requests_add(struct mxq_requests *q, const struct mxq_request *r)
{
    if (!make_room(q))
        return 0;
    struct mxq_request *slot = &outstanding(q)[q->count++];
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
    memcpy(handed(q), &outstanding(q)[q->count - q->fresh],
           q->fresh * sizeof *handed(q));
    q->fresh = 0;
    return handed(q);
}

static void remove_at(struct mxq_requests *q, size_t i)
{
    /* Order is kept: the fresh ones stay at the end. */
    struct mxq_request *o = outstanding(q);
    bool fresh = i >= q->count - q->fresh;
    memmove(&o[i], &o[i + 1], (q->count - i - 1) * sizeof *o);
    q->count--;
    if (fresh)
        q->fresh--;
}

bool mxq_requests_answer(struct mxq_requests *q, uint32_t id,
                         enum mxq_request_kind kind)
{
    struct mxq_request *o = outstanding(q);
    for (size_t i = 0; i < q->count; i++)
        if (o[i].id == id && o[i].kind == kind) {
            remove_at(q, i);
            return true;
        }
    return false;
}

uint32_t mxq_requests_find(const struct mxq_requests *q,
                           enum mxq_request_kind kind)
{
    const struct mxq_request *o = outstanding((struct mxq_requests *)q);
    for (size_t i = 0; i < q->count; i++)
        if (o[i].kind == kind)
            return o[i].id;
    return 0;
}

void mxq_requests_drop(struct mxq_requests *q, enum mxq_request_kind kind)
{
    struct mxq_request *o = outstanding(q);
    for (size_t i = q->count; i-- > 0;)
        if (o[i].kind == kind)
            remove_at(q, i);
}

void mxq_requests_drop_id(struct mxq_requests *q, uint32_t id)
{
    struct mxq_request *o = outstanding(q);
    for (size_t i = 0; i < q->count; i++)
        if (o[i].id == id) {
            remove_at(q, i);
            return;
        }
}

void mxq_requests_free(struct mxq_requests *q)
{
    free(q->heap_outstanding);
    free(q->heap_handed);
    q->heap_outstanding = q->heap_handed = NULL;
    q->count = q->fresh = q->room = 0;
}
