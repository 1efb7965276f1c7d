/*
 * The resolver edge; see dns.h.
 *
 * A lookup becomes a waiter (struct mxqd_dns_query) on a flight: one
 * question (name and type) of one resolver. A flight is WAITING in the
 * FIFO while `capacity` others are ACTIVE at c-ares, then ACTIVE, then
 * DONE with its answer until the next process()/tick() hands the answer
 * to its waiters. c-ares cannot cancel one query, so a cancelled waiter
 * only leaves its flight; an ACTIVE flight with no waiters still runs
 * and fills the cache. Answers from the cache are waiters on the ready
 * list. User callbacks run only from deliver(), never inside c-ares.
 *
 * Answers, and the cache shared by every worker, are in dns_cache.h.
 */
#include "dns.h"
#include "dns_cache.h"
#include "dns_wire.h"
#include "log.h"

#include <ares.h>
#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define DNS_CLASS_IN 1
#define DNS_EDNS_SIZE 1232        /* the DNS flag day 2020 size */
#define PROCESS_EVENTS 32

/* ------------------------------------------------------------ answers */

/* Collects the records of one answer within the limits. */
struct builder {
    size_t n, used;
    bool open, capped;            /* a record is being built; dropping */
    uint16_t pref[MXQD_DNS_MAX_RECORDS];
    size_t off[MXQD_DNS_MAX_RECORDS], len[MXQD_DNS_MAX_RECORDS];
    uint8_t data[MXQD_DNS_MAX_DATA];
};

static void b_begin(struct builder *b, uint16_t pref)
{
    b->open = !b->capped && b->n < MXQD_DNS_MAX_RECORDS;
    b->capped = !b->open;
    if (b->open) {
        b->pref[b->n] = pref;
        b->off[b->n] = b->used;
        b->len[b->n++] = 0;
    }
}

static void b_append(struct builder *b, const void *p, size_t len)
{
    if (b->open && len > sizeof b->data - b->used) {
        /* Too big: drop this record and all that follow. */
        b->used = b->off[--b->n];
        b->open = false;
        b->capped = true;
    } else if (b->open) {
        memcpy(b->data + b->used, p, len);
        b->used += len;
        b->len[b->n - 1] += len;
    }
}

/* The answer block; records in preference order (stable: the server's
 * order stays among equals, and for every type but MX). */
static struct answer *answer_new(const struct builder *b,
                                 enum mxq_dns_rcode rc, uint32_t ttl)
{
    size_t n = rc == MXQ_DNS_OK ? b->n : 0, used = n ? b->used : 0;
    size_t size = sizeof(struct answer) + n * sizeof(struct mxq_dns_record) +
                  used;
    struct answer *a = malloc(size);

    if (a == NULL)
        return NULL;
    atomic_init(&a->refs, 1);
    a->rcode = rc;
    a->ttl = ttl;
    a->n = n;
    a->size = size;
    uint8_t *data = (uint8_t *)&a->rec[n];
    if (used)
        memcpy(data, b->data, used);
    for (size_t i = 0, j; i < n; i++) {
        for (j = i; j > 0 && a->rec[j - 1].preference > b->pref[i]; j--)
            a->rec[j] = a->rec[j - 1];
        a->rec[j].preference = b->pref[i];
        a->rec[j].data.p = data + b->off[i];
        a->rec[j].data.n = b->len[i];
    }
    return a;
}

/* The records of a successful answer into b; a c-ares status. For A and
 * AAAA *ttl gets the smallest record TTL. */
static int parse_records(struct builder *b, enum mxq_dns_type type,
                         const unsigned char *abuf, int alen, uint32_t *ttl)
{
    int st = ARES_ENOTIMP, n = MXQD_DNS_MAX_RECORDS;

    if (type == MXQ_DNS_A || type == MXQ_DNS_AAAA) {
        struct ares_addrttl a4[MXQD_DNS_MAX_RECORDS];
        struct ares_addr6ttl a6[MXQD_DNS_MAX_RECORDS];
        bool v4 = type == MXQ_DNS_A;
        st = v4 ? ares_parse_a_reply(abuf, alen, NULL, a4, &n)
                : ares_parse_aaaa_reply(abuf, alen, NULL, a6, &n);
        for (int i = 0; st == ARES_SUCCESS && i < n; i++) {
            int t = v4 ? a4[i].ttl : a6[i].ttl;
            b_begin(b, 0);
            if (v4)
                b_append(b, &a4[i].ipaddr, 4);
            else
                b_append(b, &a6[i].ip6addr, 16);
            *ttl = t < 0 ? 0 : (uint32_t)t < *ttl ? (uint32_t)t : *ttl;
        }
    } else if (type == MXQ_DNS_MX) {
        struct ares_mx_reply *mx = NULL;
        st = ares_parse_mx_reply(abuf, alen, &mx);
        for (struct ares_mx_reply *p = mx; st == ARES_SUCCESS && p;
             p = p->next) {
            b_begin(b, p->priority);
            b_append(b, p->host, strlen(p->host));
        }
        ares_free_data(mx);
    } else if (type == MXQ_DNS_TXT) {
        struct ares_txt_ext *txt = NULL;
        st = ares_parse_txt_reply_ext(abuf, alen, &txt);
        for (struct ares_txt_ext *p = txt; st == ARES_SUCCESS && p;
             p = p->next) {
            if (p->record_start) /* else one more string of the record */
                b_begin(b, 0);
            b_append(b, p->txt, p->length);
        }
        ares_free_data(txt);
    } else if (type == MXQ_DNS_PTR) {
        struct hostent *h = NULL;
        st = ares_parse_ptr_reply(abuf, alen, NULL, 0, AF_INET, &h);
        /* Every PTR record's name is among the aliases. */
        for (size_t i = 0; st == ARES_SUCCESS && h->h_aliases[i]; i++) {
            b_begin(b, 0);
            b_append(b, h->h_aliases[i], strlen(h->h_aliases[i]));
        }
        if (h != NULL)
            ares_free_hostent(h);
    }
    return st;
}

/* ------------------------------------------------------------ resolver */

enum flight_state { FLIGHT_WAITING, FLIGHT_ACTIVE, FLIGHT_DONE };

struct flight {
    struct link link;              /* on fifo, active or done */
    struct link waiters;
    struct mxqd_dns *dns;
    struct answer *answer;         /* once DONE; NULL: SERVFAIL */
    enum flight_state state;
    uint64_t hash;
    uint16_t type;
    char key[MXQD_DNS_MAX_NAME + 1]; /* lowercase, also what is asked */
};

struct mxqd_dns_query {
    struct link link;              /* its flight's waiters, or ready */
    struct flight *flight;         /* NULL when ready */
    struct answer *answer;         /* ready: the answer (NULL: SERVFAIL) */
    uint32_t ttl;                  /* ready: what is left of it */
    mxqd_dns_done *done;
    void *arg;
};

struct mxqd_dns {
    struct mxqd_dns_config cfg;
    struct mxqd_dns_cache *cache;
    ares_channel channel;          /* NULL until made */
    bool destroying;
    int inner;                     /* epoll set of the c-ares sockets */
    struct link fifo, active, done, ready;
    struct mxqd_dns_stats stats;
    struct builder b;              /* scratch, for one answer at a time */
};

static enum mxq_dns_rcode map_status(int status)
{
    switch (status) {
    case ARES_SUCCESS: return MXQ_DNS_OK;
    case ARES_ENOTFOUND: return MXQ_DNS_NXDOMAIN;
    case ARES_ENODATA: return MXQ_DNS_NODATA;
    case ARES_ETIMEOUT: return MXQ_DNS_TIMEOUT;
    default: return MXQ_DNS_SERVFAIL; /* SERVFAIL, REFUSED, EBADRESP... */
    }
}

static uint32_t clamp_ttl(const struct mxqd_dns *dns, uint32_t t)
{
    return t < dns->cfg.min_ttl ? dns->cfg.min_ttl
           : t > dns->cfg.max_ttl ? dns->cfg.max_ttl : t;
}

static struct answer *make_answer(struct mxqd_dns *dns, uint16_t type,
                                  int status, const unsigned char *abuf,
                                  int alen)
{
    struct builder *b = &dns->b;
    enum mxq_dns_rcode rc = map_status(status);
    uint32_t an_ttl = UINT32_MAX, neg_ttl = UINT32_MAX, rr_ttl = UINT32_MAX;
    uint32_t ttl = 0;
    bool walked = alen > 0 && mxqd_dns_wire_ttls(abuf, (size_t)alen,
                                                 &an_ttl, &neg_ttl);

    b->n = b->used = 0;
    b->open = b->capped = false;
    if (rc == MXQ_DNS_OK) {
        int st = parse_records(b, (enum mxq_dns_type)type, abuf, alen,
                               &rr_ttl);
        if (st == ARES_SUCCESS && b->n == 0 && b->capped)
            rc = MXQ_DNS_SERVFAIL;     /* its only record is too big */
        else if (st == ARES_ENODATA || (st == ARES_SUCCESS && b->n == 0))
            rc = MXQ_DNS_NODATA;       /* e.g. a CNAME only */
        else if (st != ARES_SUCCESS || !walked)
            rc = MXQ_DNS_SERVFAIL;
    }
    if (rc == MXQ_DNS_OK)
        ttl = clamp_ttl(dns, type == MXQ_DNS_A || type == MXQ_DNS_AAAA
                                 ? rr_ttl : an_ttl);
    else if (rc == MXQ_DNS_NXDOMAIN || rc == MXQ_DNS_NODATA)
        ttl = clamp_ttl(dns, neg_ttl != UINT32_MAX ? neg_ttl
                                                   : dns->cfg.min_ttl);
    return answer_new(b, rc, ttl);
}

/* c-ares' callback, inside ares_process_fd() or ares_query(): it only
 * records the outcome, deliver() tells the waiters. */
static void on_answer(void *arg, int status, int timeouts,
                      unsigned char *abuf, int alen)
{
    struct flight *f = arg;
    struct mxqd_dns *dns = f->dns;

    (void)timeouts;
    if (dns->destroying)
        return; /* mxqd_dns_free() frees the flights itself */
    f->answer = make_answer(dns, f->type, status, abuf, alen);
    enum mxq_dns_rcode rc = f->answer ? f->answer->rcode : MXQ_DNS_SERVFAIL;
    dns->stats.timeouts += rc == MXQ_DNS_TIMEOUT;
    dns->stats.failures += rc == MXQ_DNS_SERVFAIL;
    if (f->answer != NULL && f->answer->rcode != MXQ_DNS_SERVFAIL &&
        f->answer->rcode != MXQ_DNS_TIMEOUT)
        mxqd_dns_cache_put(dns->cache, f->key, f->type, f->hash, f->answer);
    f->state = FLIGHT_DONE;
    l_del(&f->link);
    l_add(&dns->done, &f->link);
    dns->stats.active--;
}

static void start(struct mxqd_dns *dns, struct flight *f)
{
    f->state = FLIGHT_ACTIVE;
    l_add(&dns->active, &f->link);
    dns->stats.active++;
    dns->stats.queries++;
    /* On a bad name c-ares calls on_answer at once: fine, it defers. */
    ares_query(dns->channel, f->key, DNS_CLASS_IN, f->type, on_answer, f);
}

/* Slots freed by answers go to the FIFO, oldest first. */
static void pump(struct mxqd_dns *dns)
{
    while (dns->stats.active < dns->cfg.capacity && !l_empty(&dns->fifo)) {
        struct flight *f = OWNER(dns->fifo.next, struct flight, link);
        l_del(&f->link);
        dns->stats.waiting--;
        start(dns, f);
    }
}

static void call(struct mxqd_dns_query *q, const struct answer *a,
                 uint32_t ttl)
{
    if (a == NULL)
        q->done(q->arg, MXQ_DNS_SERVFAIL, NULL, 0, 0);
    else
        q->done(q->arg, a->rcode, a->n ? a->rec : NULL, a->n, ttl);
}

static struct mxqd_dns_query *first_query(struct link *list)
{
    return l_empty(list) ? NULL
                         : OWNER(list->next, struct mxqd_dns_query, link);
}

/* Hands out what is done. Only what was there on entry: answers the
 * callbacks cause wait for the next round, so this always ends. The
 * lists are local, and cancel() needs no list, so it still works. */
static void deliver(struct mxqd_dns *dns)
{
    struct link done, ready;
    struct mxqd_dns_query *q;

    pump(dns); /* first: a start may finish at once, onto dns->done */
    l_move(&done, &dns->done);
    l_move(&ready, &dns->ready);
    while (!l_empty(&done)) {
        struct flight *f = OWNER(done.next, struct flight, link);
        l_del(&f->link);
        while ((q = first_query(&f->waiters)) != NULL) {
            l_del(&q->link);
            call(q, f->answer, f->answer ? f->answer->ttl : 0);
            free(q);
        }
        answer_unref(f->answer);
        free(f);
    }
    while ((q = first_query(&ready)) != NULL) {
        l_del(&q->link);
        call(q, q->answer, q->ttl);
        answer_unref(q->answer);
        free(q);
    }
}

static void sock_state(void *data, ares_socket_t fd, int readable,
                       int writable)
{
    struct mxqd_dns *dns = data;
    struct epoll_event ev = {
        .events = (readable ? EPOLLIN : 0) | (writable ? EPOLLOUT : 0),
        .data.fd = fd
    };

    if (!readable && !writable) {
        /* c-ares closes it next, which would drop it as well. */
        epoll_ctl(dns->inner, EPOLL_CTL_DEL, fd, NULL);
    } else if (epoll_ctl(dns->inner, EPOLL_CTL_MOD, fd, &ev) < 0 &&
               (errno != ENOENT ||
                epoll_ctl(dns->inner, EPOLL_CTL_ADD, fd, &ev) < 0)) {
        mxqd_log(MXQD_LOG_WARNING, "dns: cannot watch a resolver socket "
                 "(%s): its queries will time out", strerror(errno));
    }
}

void mxqd_dns_config_defaults(struct mxqd_dns_config *cfg)
{
    *cfg = (struct mxqd_dns_config){ .servers = NULL, .timeout = 5.0,
                                     .attempts = 2, .capacity = 128,
                                     .min_ttl = 60, .max_ttl = 86400 };
}

static pthread_once_t library_once = PTHREAD_ONCE_INIT;
static int library_status;

static void library_init(void)
{
    library_status = ares_library_init(ARES_LIB_INIT_ALL);
}

/* "ip[:port];ip[:port]" into c-ares' comma-separated form. */
static int set_servers(struct mxqd_dns *dns, const char *servers)
{
    size_t j = 0;
    char *csv = malloc(strlen(servers) + 1);

    if (csv == NULL)
        return ARES_ENOMEM;
    for (const char *p = servers; *p; p++)
        if (*p != ' ' && *p != '\t')
            csv[j++] = *p == ';' ? ',' : *p;
    csv[j] = '\0';
    int st = j == 0 ? ARES_EBADSTR
                    : ares_set_servers_ports_csv(dns->channel, csv);
    free(csv);
    return st;
}

struct mxqd_dns *mxqd_dns_new(const struct mxqd_dns_config *cfg,
                              struct mxqd_dns_cache *cache, int epfd,
                              void *epoll_tag, char *err, size_t errlen)
{
    struct ares_options opts = { .flags = ARES_FLAG_EDNS, /* big TXT, UDP */
                                 .ednspsz = DNS_EDNS_SIZE,
                                 .sock_state_cb = sock_state };
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = epoll_tag };
    struct mxqd_dns *dns;
    int st;

    if (!(cfg->timeout > 0 && cfg->timeout <= 3600) || cfg->attempts == 0 ||
        cfg->attempts > 100 || cfg->capacity == 0 ||
        cfg->min_ttl > cfg->max_ttl) {
        snprintf(err, errlen, "dns: bad settings (dns-timeout, "
                 "dns-attempts, dns-capacity, dns-min-ttl, dns-max-ttl)");
        return NULL;
    }
    pthread_once(&library_once, library_init);
    if (library_status != ARES_SUCCESS) {
        snprintf(err, errlen, "dns: %s", ares_strerror(library_status));
        return NULL;
    }
    if ((dns = calloc(1, sizeof *dns)) == NULL) {
        snprintf(err, errlen, "dns: out of memory");
        return NULL;
    }
    dns->cfg = *cfg;
    dns->cfg.servers = NULL; /* not kept */
    dns->cache = cache;
    l_init(&dns->fifo);
    l_init(&dns->active);
    l_init(&dns->done);
    l_init(&dns->ready);
    dns->inner = epoll_create1(EPOLL_CLOEXEC);
    if (dns->inner < 0 ||
        epoll_ctl(epfd, EPOLL_CTL_ADD, dns->inner, &ev) < 0) {
        snprintf(err, errlen, "dns: epoll: %s", strerror(errno));
        goto fail;
    }
    opts.timeout = cfg->timeout * 1000 < 1 ? 1 : (int)(cfg->timeout * 1000);
    opts.tries = (int)cfg->attempts;
    opts.sock_state_cb_data = dns;
    st = ares_init_options(&dns->channel, &opts,
                           ARES_OPT_FLAGS | ARES_OPT_EDNSPSZ |
                           ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES |
                           ARES_OPT_SOCK_STATE_CB);
    if (st != ARES_SUCCESS) {
        snprintf(err, errlen, "dns: %s", ares_strerror(st));
        dns->channel = NULL;
        goto fail;
    }
    if (cfg->servers != NULL && cfg->servers[0] != '\0' &&
        (st = set_servers(dns, cfg->servers)) != ARES_SUCCESS) {
        snprintf(err, errlen, "dns-servers: %s: %s", cfg->servers,
                 ares_strerror(st));
        goto fail;
    }
    return dns;
fail:
    mxqd_dns_free(dns);
    return NULL;
}

static void free_queries(struct link *list)
{
    struct mxqd_dns_query *q;
    while ((q = first_query(list)) != NULL) {
        l_del(&q->link);
        answer_unref(q->answer);
        free(q);
    }
}

static void free_flights(struct link *list)
{
    while (!l_empty(list)) {
        struct flight *f = OWNER(list->next, struct flight, link);
        l_del(&f->link);
        free_queries(&f->waiters);
        answer_unref(f->answer);
        free(f);
    }
}

/* The flight asking name and type, among those of a list. */
static struct flight *find_flight(struct link *list, const char *key,
                                  uint16_t type, uint64_t hash)
{
    for (struct link *l = list->next; l != list; l = l->next) {
        struct flight *f = OWNER(l, struct flight, link);
        if (f->hash == hash && f->type == type && strcmp(f->key, key) == 0)
            return f;
    }
    return NULL;
}

void mxqd_dns_free(struct mxqd_dns *dns)
{
    if (dns == NULL)
        return;
    dns->destroying = true;
    if (dns->channel != NULL)
        ares_destroy(dns->channel); /* its callbacks see destroying */
    free_flights(&dns->fifo);
    free_flights(&dns->active);
    free_flights(&dns->done);
    free_queries(&dns->ready);
    if (dns->inner >= 0)
        close(dns->inner); /* which also takes it out of the worker's set */
    free(dns);
}

static uint64_t key_hash(const char *key, uint16_t type)
{
    uint64_t h = 14695981039346656037u ^ type;        /* FNV-1a */
    for (; *key; key++)
        h = (h ^ (unsigned char)*key) * 1099511628211u;
    return h;
}

/* A waiter answered at the next process()/tick(). */
static struct mxqd_dns_query *make_ready(struct mxqd_dns *dns,
                                         struct mxqd_dns_query *q,
                                         struct answer *a, uint32_t ttl)
{
    q->answer = a;
    q->ttl = ttl;
    l_add(&dns->ready, &q->link);
    return q;
}

struct mxqd_dns_query *mxqd_dns_lookup(struct mxqd_dns *dns,
                                       const char *name,
                                       enum mxq_dns_type type,
                                       mxqd_dns_done *done, void *arg)
{
    struct mxqd_dns_query *q = calloc(1, sizeof *q);
    char key[MXQD_DNS_MAX_NAME + 1];
    size_t len = strnlen(name, MXQD_DNS_MAX_NAME + 1);
    uint32_t ttl = 0;
    struct answer *a;
    struct flight *f;

    if (q == NULL)
        return NULL;
    q->done = done;
    q->arg = arg;
    dns->stats.lookups++;
    if (len == 0 || len > MXQD_DNS_MAX_NAME)
        return make_ready(dns, q, NULL, 0);
    for (size_t i = 0; i <= len; i++) /* the key is case-folded (ASCII) */
        key[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] + 32)
                                                  : name[i];
    uint64_t hash = key_hash(key, (uint16_t)type);
    if ((a = mxqd_dns_cache_get(dns->cache, key, (uint16_t)type, hash,
                                &ttl))) {
        dns->stats.cache_hits++;
        return make_ready(dns, q, a, ttl);
    }
    /* A linear search: at most capacity + MXQD_DNS_MAX_WAITING. */
    if ((f = find_flight(&dns->active, key, (uint16_t)type, hash)) ||
        (f = find_flight(&dns->fifo, key, (uint16_t)type, hash))) {
        dns->stats.joined++;
        q->flight = f;
        l_add(&f->waiters, &q->link);
        return q;
    }
    bool must_wait = dns->stats.active >= dns->cfg.capacity;
    if (must_wait && dns->stats.waiting >= MXQD_DNS_MAX_WAITING)
        return make_ready(dns, q, NULL, 0); /* overloaded: SERVFAIL */
    if ((f = calloc(1, sizeof *f)) == NULL) {
        free(q);
        return NULL;
    }
    f->dns = dns;
    f->hash = hash;
    f->type = (uint16_t)type;
    memcpy(f->key, key, len + 1);
    l_init(&f->waiters);
    q->flight = f;
    l_add(&f->waiters, &q->link);
    if (must_wait) {
        f->state = FLIGHT_WAITING;
        l_add(&dns->fifo, &f->link);
        dns->stats.waiting++;
        dns->stats.queued++;
    } else {
        start(dns, f);
    }
    return q;
}

void mxqd_dns_cancel(struct mxqd_dns_query *q)
{
    if (q == NULL)
        return;
    struct flight *f = q->flight;
    l_del(&q->link);
    answer_unref(q->answer);
    free(q);
    /* A waiting flight nobody wants any more is never asked. */
    if (f != NULL && f->state == FLIGHT_WAITING && l_empty(&f->waiters)) {
        l_del(&f->link);
        f->dns->stats.waiting--;
        free(f);
    }
}

void mxqd_dns_process(struct mxqd_dns *dns)
{
    struct epoll_event ev[PROCESS_EVENTS];
    int n = epoll_wait(dns->inner, ev, PROCESS_EVENTS, 0);

    if (n < 0 && errno != EINTR)
        mxqd_log(MXQD_LOG_WARNING, "dns: epoll_wait: %s", strerror(errno));
    /* Level-triggered: whatever is left over wakes the loop again. */
    for (int i = 0; i < n; i++) {
        uint32_t e = ev[i].events;
        int fd = ev[i].data.fd;
        ares_process_fd(dns->channel,
                        e & (EPOLLIN | EPOLLERR | EPOLLHUP) ? fd
                                                            : ARES_SOCKET_BAD,
                        e & (EPOLLOUT | EPOLLERR) ? fd : ARES_SOCKET_BAD);
    }
    deliver(dns);
}

int mxqd_dns_timeout_ms(struct mxqd_dns *dns)
{
    struct timeval tv;

    if (!l_empty(&dns->ready) || !l_empty(&dns->done))
        return 0;
    if (ares_timeout(dns->channel, NULL, &tv) == NULL)
        return -1;
    long long ms = (long long)tv.tv_sec * 1000 + (tv.tv_usec + 999) / 1000;
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

void mxqd_dns_tick(struct mxqd_dns *dns)
{
    /* No descriptor: c-ares only looks at its timeouts. */
    ares_process_fd(dns->channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    deliver(dns);
}

void mxqd_dns_stats(const struct mxqd_dns *dns, struct mxqd_dns_stats *out)
{
    *out = dns->stats;
}
