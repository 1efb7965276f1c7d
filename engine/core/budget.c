#include "budget.h"

bool mxq_budget_take(struct mxq_memory_budget *b, size_t n)
{
    if (b == NULL || b->limit == 0)
        return true;
    uint64_t used = __atomic_add_fetch(&b->used, n, __ATOMIC_RELAXED);
    if (used <= b->limit)
        return true;
    __atomic_sub_fetch(&b->used, n, __ATOMIC_RELAXED);
    return false;
}

void mxq_budget_give(struct mxq_memory_budget *b, size_t n)
{
    if (b != NULL && b->limit != 0 && n > 0)
        __atomic_sub_fetch(&b->used, n, __ATOMIC_RELAXED);
}

bool mxq_budget_exhausted(const struct mxq_memory_budget *b)
{
    return b != NULL && b->limit != 0 &&
           __atomic_load_n(&b->used, __ATOMIC_RELAXED) >= b->limit;
}
