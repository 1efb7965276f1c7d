#include "conn_lookup.h"
#include "connection.h"
#include "dns.h"

#include <stdlib.h>
#include <time.h>

struct conn_lookup {
    struct conn_lookup *next;
    struct mxqd_conn *conn;
    struct mxqd_dns_query *query;
    uint32_t id;                 /* the session's RESOLVE request */
};

static void unlink_lookup(struct conn_lookup *l)
{
    for (struct conn_lookup **p = &l->conn->lookups; *p != NULL;
         p = &(*p)->next)
        if (*p == l) {
            *p = l->next;
            return;
        }
}

static void answered(void *arg, enum mxq_dns_rcode rcode,
                     const struct mxq_dns_record *records, size_t n,
                     uint32_t ttl)
{
    struct conn_lookup *l = arg;
    struct mxqd_conn *c = l->conn;
    uint32_t id = l->id;

    /* Off the list first: the answer may close and free c. */
    unlink_lookup(l);
    free(l);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    mxqd_conn_resolved(c, id, rcode, records, n, ttl, (int64_t)ts.tv_sec);
}

bool mxqd_conn_lookup_start(struct mxqd_conn *c, const struct mxq_request *r)
{
    struct conn_lookup *l = NULL;

    if (c->ctx->dns != NULL && (l = calloc(1, sizeof *l)) != NULL) {
        l->conn = c;
        l->id = r->id;
        /* dns.h copies the name: the engine's copy lasts only until the
         * next call into the session. */
        l->query = mxqd_dns_lookup(c->ctx->dns, r->u.resolve.name,
                                   r->u.resolve.type, answered, l);
        if (l->query != NULL) {
            l->next = c->lookups;
            c->lookups = l;
            return true;
        }
        free(l);
    }
    return false;
}

void mxqd_conn_lookups_cancel(struct mxqd_conn *c)
{
    while (c->lookups != NULL) {
        struct conn_lookup *l = c->lookups;
        c->lookups = l->next;
        mxqd_dns_cancel(l->query);
        free(l);
    }
}
