#include "public_suffix.h"

#include <pthread.h>

#include <libpsl.h>

static const psl_ctx_t *list;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void load(void)
{
    list = psl_latest(NULL); /* the newest of the system's list files */
    if (list == NULL)
        list = psl_builtin();
}

void *mxqd_public_suffix_list(void)
{
    pthread_once(&loaded, load);
    return (void *)list;
}

const char *mxqd_org_domain(void *ctx, const char *domain)
{
    return ctx ? psl_registrable_domain(ctx, domain) : NULL;
}
