/* The per-process memory budget for messages in flight (mxq.h,
 * struct mxq_memory_budget); every session of every thread shares it. */
#ifndef MXQ_BUDGET_H
#define MXQ_BUDGET_H

#include <stdbool.h>
#include <stddef.h>

#include <mxq/mxq.h>

/* Takes n octets from the budget: false (nothing taken) when that would
 * cross its limit. A NULL budget or a limit of 0 always gives. */
bool mxq_budget_take(struct mxq_memory_budget *b, size_t n);
void mxq_budget_give(struct mxq_memory_budget *b, size_t n);
/* The budget is used up: new transactions are refused. */
bool mxq_budget_exhausted(const struct mxq_memory_budget *b);

#endif
