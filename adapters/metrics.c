/*
 * The workers' counters, their sums and the Prometheus text (exposition
 * format 0.0.4) made of them. Names: the mxq_ prefix, _total for
 * counters, base units (seconds, bytes).
 */
#include "metrics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define QUEUE_NAME_MAX 256

struct mxqd_metrics_set {
    unsigned workers;
    struct mxqd_metrics *per_worker;   /* workers of them, aligned */
    char backend[16];
    /* label values of mxq_documents_stored_total; "" where the slot is
     * unused (not configured, or a name an earlier slot has) */
    char queues[MXQD_QUEUES][QUEUE_NAME_MAX];
    _Atomic(struct mxqd_store *) store;  /* NULL until it is open */
};

const double mxqd_metrics_bounds[MXQD_METRICS_BUCKETS] = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

struct mxqd_metrics_set *mxqd_metrics_set_new(
    unsigned workers, const char *backend,
    const char *const queues[MXQD_QUEUES])
{
    struct mxqd_metrics_set *set = calloc(1, sizeof *set);
    size_t size = (workers ? workers : 1) * sizeof(struct mxqd_metrics);

    if (set == NULL)
        return NULL;
    /* sizeof is a multiple of the alignment: one block per line set */
    set->per_worker = aligned_alloc(_Alignof(struct mxqd_metrics), size);
    if (set->per_worker == NULL) {
        free(set);
        return NULL;
    }
    memset(set->per_worker, 0, size);
    set->workers = workers ? workers : 1;
    for (unsigned i = 0; i < set->workers; i++) {
        for (size_t k = 0; k < MXQD_M_COUNTERS; k++)
            atomic_init(&set->per_worker[i].v[k], 0);
        set->per_worker[i].set = set;
    }
    snprintf(set->backend, sizeof set->backend, "%s", backend);
    for (size_t q = 0; q < MXQD_QUEUES; q++) {
        const char *name = queues[q] != NULL ? queues[q] : "";
        bool seen = false;
        for (size_t p = 0; p < q && !seen; p++)
            seen = strcmp(set->queues[p], name) == 0;
        if (!seen)
            snprintf(set->queues[q], QUEUE_NAME_MAX, "%s", name);
    }
    return set;
}

void mxqd_metrics_set_free(struct mxqd_metrics_set *set)
{
    if (set == NULL)
        return;
    free(set->per_worker);
    free(set);
}

struct mxqd_metrics *mxqd_metrics_worker(struct mxqd_metrics_set *set,
                                         unsigned i)
{
    if (set == NULL || i >= set->workers)
        return NULL;
    return &set->per_worker[i];
}

/* ------------------------------------------------- the workers' side */

static size_t queue_slot(const struct mxqd_metrics_set *set,
                         const char *queue)
{
    for (size_t q = 0; q < MXQD_QUEUES; q++)
        if (set->queues[q][0] != '\0' && strcmp(set->queues[q], queue) == 0)
            return q;
    return MXQD_QUEUES; /* "other" */
}

uint64_t mxqd_metrics_now_ns(const struct mxqd_metrics *m)
{
    struct timespec ts;

    if (m == NULL || clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void mxqd_metrics_stored(struct mxqd_metrics *m,
                         const struct mxq_document *docs, size_t count,
                         bool ok, bool accepted, uint64_t started_ns)
{
    if (m == NULL)
        return;
    uint64_t now = mxqd_metrics_now_ns(m);
    uint64_t latency_ns = now > started_ns ? now - started_ns : 0;
    if (!ok) {
        mxqd_metrics_add(m, MXQD_M_STORE_FAILED, 1);
        return;
    }
    for (size_t i = 0; i < count; i++)
        mxqd_metrics_add(m, MXQD_M_DOCUMENTS +
                                (enum mxqd_counter)queue_slot(m->set,
                                                              docs[i].queue),
                         1);
    if (accepted) {
        mxqd_metrics_add(m, MXQD_M_MESSAGES_ACCEPTED, 1);
        mxqd_metrics_add(m, MXQD_M_RECIPIENTS_ACCEPTED, count);
    }
    size_t b = 0;
    while (b < MXQD_METRICS_BUCKETS &&
           (double)latency_ns > mxqd_metrics_bounds[b] * 1e9)
        b++;
    mxqd_metrics_add(m, MXQD_M_STORE_BUCKET + (enum mxqd_counter)b, 1);
    mxqd_metrics_add(m, MXQD_M_STORE_SUM_NS, latency_ns);
}

void mxqd_metrics_tls(struct mxqd_metrics *m, const char *version)
{
    static const char *const names[MXQD_TLS_OTHER] = {
        [MXQD_TLS_13] = "TLSv1.3", [MXQD_TLS_12] = "TLSv1.2",
        [MXQD_TLS_11] = "TLSv1.1", [MXQD_TLS_10] = "TLSv1"};
    size_t slot = 0;

    while (slot < MXQD_TLS_OTHER &&
           (version == NULL || strcmp(version, names[slot]) != 0))
        slot++;
    mxqd_metrics_add(m, MXQD_M_TLS + (enum mxqd_counter)slot, 1);
}

void mxqd_metrics_session(struct mxqd_metrics *m, const mxq_session *s,
                          uint32_t *seen)
{
    struct mxq_session_stats st;

    if (m == NULL || s == NULL)
        return;
    mxq_session_stats(s, &st);
    if (st.messages_refused != *seen) {
        mxqd_metrics_add(m, MXQD_M_MESSAGES_REFUSED,
                         (uint32_t)(st.messages_refused - *seen));
        *seen = st.messages_refused;
    }
}

void mxqd_metrics_sync(struct mxqd_metrics *m)
{
    if (m == NULL)
        return;
    for (size_t i = 0; i < MXQ_COUNTED_VERBS; i++)
        atomic_store_explicit(&m->v[MXQD_M_COMMANDS + i],
                              m->engine.commands[i], memory_order_relaxed);
    for (size_t i = 0; i < MXQ_COUNTED_REPLIES; i++)
        atomic_store_explicit(&m->v[MXQD_M_REPLIES + i],
                              m->engine.replies[i], memory_order_relaxed);
    for (size_t i = 0; i < MXQ_COUNTED_CHECKS; i++)
        atomic_store_explicit(&m->v[MXQD_M_CHECKS + i],
                              m->engine.checks[i], memory_order_relaxed);
}

void mxqd_metrics_dns(struct mxqd_metrics *m, const struct mxqd_dns_stats *st)
{
    if (m == NULL)
        return;
    atomic_store_explicit(&m->v[MXQD_M_DNS_LOOKUPS], st->lookups,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_QUERIES], st->queries,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_CACHE_HITS], st->cache_hits,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_JOINED], st->joined,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_TIMEOUTS], st->timeouts,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_FAILURES], st->failures,
                          memory_order_relaxed);
    atomic_store_explicit(&m->v[MXQD_M_DNS_ACTIVE], st->active,
                          memory_order_relaxed);
}

void mxqd_metrics_set_store(struct mxqd_metrics_set *set,
                            struct mxqd_store *store)
{
    if (set != NULL)
        atomic_store(&set->store, store);
}

struct mxq_counters *mxqd_metrics_engine(struct mxqd_metrics *m)
{
    return m != NULL ? &m->engine : NULL;
}

/* ------------------------------------------------- the endpoint's side */

void mxqd_metrics_sum(const struct mxqd_metrics_set *set,
                      uint64_t out[MXQD_M_COUNTERS])
{
    memset(out, 0, MXQD_M_COUNTERS * sizeof *out);
    /* The closes before the opens: the open gauge never goes below 0. */
    for (unsigned w = 0; w < set->workers; w++)
        out[MXQD_M_CONN_CLOSED] += atomic_load_explicit(
            &set->per_worker[w].v[MXQD_M_CONN_CLOSED], memory_order_relaxed);
    for (unsigned w = 0; w < set->workers; w++)
        for (size_t k = 0; k < MXQD_M_COUNTERS; k++)
            if (k != MXQD_M_CONN_CLOSED)
                out[k] += atomic_load_explicit(&set->per_worker[w].v[k],
                                               memory_order_relaxed);
}

struct text {
    char *p;
    size_t len, cap;
    bool failed;
};

static void put(struct text *t, const char *fmt, ...)
{
    va_list ap;

    if (t->failed)
        return;
    for (;;) {
        va_start(ap, fmt);
        int n = vsnprintf(t->p + t->len, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->failed = true;
            return;
        }
        if ((size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        }
        size_t cap = t->cap * 2 + (size_t)n;
        char *p = realloc(t->p, cap);
        if (p == NULL) {
            t->failed = true;
            return;
        }
        t->p = p;
        t->cap = cap;
    }
}

/* A label value: backslash, double quote and newline escaped. */
static void put_label(struct text *t, const char *value)
{
    for (const char *c = value; *c != '\0'; c++) {
        switch (*c) {
        case '\\': put(t, "\\\\"); break;
        case '"': put(t, "\\\""); break;
        case '\n': put(t, "\\n"); break;
        default: put(t, "%c", *c);
        }
    }
}

static void family(struct text *t, const char *name, const char *type,
                   const char *help)
{
    put(t, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void sample(struct text *t, const char *name, uint64_t v)
{
    put(t, "%s %llu\n", name, (unsigned long long)v);
}

/* A family of one unlabelled sample. */
static void single(struct text *t, const char *name, const char *type,
                   const char *help, uint64_t v)
{
    family(t, name, type, help);
    sample(t, name, v);
}

static void labelled(struct text *t, const char *name, const char *label,
                     const char *value, uint64_t v)
{
    put(t, "%s{%s=\"", name, label);
    put_label(t, value);
    put(t, "\"} %llu\n", (unsigned long long)v);
}

static void render_connections(struct text *t, const uint64_t *s)
{
    static const char *const reasons[MXQD_REFUSED_REASONS] = {
        [MXQD_REFUSED_RANGE] = "range", [MXQD_REFUSED_LIMIT] = "limit",
        [MXQD_REFUSED_CLIENT_LIMIT] = "client_limit",
        [MXQD_REFUSED_PROXY] = "proxy", [MXQD_REFUSED_TLS] = "tls"};

    single(t, "mxq_connections_accepted_total", "counter",
           "TCP connections accepted, the ones refused after that included",
           s[MXQD_M_CONN_ACCEPTED]);
    family(t, "mxq_connections_refused_total", "counter",
           "Connections turned away, by reason");
    for (size_t r = 0; r < MXQD_REFUSED_REASONS; r++)
        labelled(t, "mxq_connections_refused_total", "reason", reasons[r],
                 s[MXQD_M_CONN_REFUSED + r]);
    family(t, "mxq_connections_open", "gauge",
           "Client connections open now");
    uint64_t opened = s[MXQD_M_CONN_OPENED], closed = s[MXQD_M_CONN_CLOSED];
    sample(t, "mxq_connections_open", opened > closed ? opened - closed : 0);
}

static void render_messages(struct text *t, const uint64_t *s)
{
    single(t, "mxq_messages_accepted_total", "counter",
           "Messages accepted: every document durable, 250 given",
           s[MXQD_M_MESSAGES_ACCEPTED]);
    single(t, "mxq_recipients_accepted_total", "counter",
           "Recipients of the accepted messages (one document each)",
           s[MXQD_M_RECIPIENTS_ACCEPTED]);
    single(t, "mxq_messages_refused_total", "counter",
           "Messages refused once their data was in or being stored",
           s[MXQD_M_MESSAGES_REFUSED]);
    single(t, "mxq_received_bytes_total", "counter",
           "Bytes read from clients (after TLS decryption)",
           s[MXQD_M_RECEIVED_BYTES]);
}

static void render_store(struct text *t, const struct mxqd_metrics_set *set,
                         const uint64_t *s)
{
    family(t, "mxq_documents_stored_total", "counter",
           "Documents made durable, by queue and storage backend");
    for (size_t q = 0; q <= MXQD_QUEUES; q++) {
        const char *name = q < MXQD_QUEUES ? set->queues[q] : "other";
        uint64_t v = s[MXQD_M_DOCUMENTS + q];
        if (name[0] == '\0' || (q == MXQD_QUEUES && v == 0))
            continue;
        put(t, "mxq_documents_stored_total{queue=\"");
        put_label(t, name);
        put(t, "\",backend=\"");
        put_label(t, set->backend);
        put(t, "\"} %llu\n", (unsigned long long)v);
    }
    single(t, "mxq_store_failures_total", "counter",
           "Messages whose documents could not be made durable (451)",
           s[MXQD_M_STORE_FAILED]);
    family(t, "mxq_store_latency_seconds", "histogram",
           "From a message's store request (its data in, its checks done) "
           "to every document durable");
    uint64_t cumulative = 0;
    for (size_t b = 0; b < MXQD_METRICS_BUCKETS; b++) {
        cumulative += s[MXQD_M_STORE_BUCKET + b];
        put(t, "mxq_store_latency_seconds_bucket{le=\"%g\"} %llu\n",
            mxqd_metrics_bounds[b], (unsigned long long)cumulative);
    }
    cumulative += s[MXQD_M_STORE_BUCKET + MXQD_METRICS_BUCKETS];
    put(t, "mxq_store_latency_seconds_bucket{le=\"+Inf\"} %llu\n",
        (unsigned long long)cumulative);
    uint64_t ns = s[MXQD_M_STORE_SUM_NS];
    put(t, "mxq_store_latency_seconds_sum %llu.%09llu\n",
        (unsigned long long)(ns / 1000000000u),
        (unsigned long long)(ns % 1000000000u));
    sample(t, "mxq_store_latency_seconds_count", cumulative);
}

static void render_sessions(struct text *t, const uint64_t *s)
{
    static const char *const versions[MXQD_TLS_SLOTS] = {
        [MXQD_TLS_13] = "TLSv1.3", [MXQD_TLS_12] = "TLSv1.2",
        [MXQD_TLS_11] = "TLSv1.1", [MXQD_TLS_10] = "TLSv1",
        [MXQD_TLS_OTHER] = "other"};

    family(t, "mxq_tls_sessions_total", "counter",
           "TLS handshakes completed, by protocol version");
    for (size_t v = 0; v < MXQD_TLS_SLOTS; v++)
        labelled(t, "mxq_tls_sessions_total", "version", versions[v],
                 s[MXQD_M_TLS + v]);
    family(t, "mxq_auth_total", "counter", "AUTH verdicts, by result");
    labelled(t, "mxq_auth_total", "result", "success",
             s[MXQD_M_AUTH_SUCCESS]);
    labelled(t, "mxq_auth_total", "result", "failure",
             s[MXQD_M_AUTH_FAILURE]);
    family(t, "mxq_commands_total", "counter",
           "SMTP commands, by verb (unknown: not a command mxq knows)");
    for (unsigned v = 0; v < MXQ_COUNTED_VERBS; v++)
        labelled(t, "mxq_commands_total", "verb", mxq_counted_verb(v),
                 s[MXQD_M_COMMANDS + v]);
    /* Several kinds of the engine's table share a code and status: one
     * series each. */
    family(t, "mxq_replies_total", "counter",
           "SMTP replies, by code and RFC 3463 enhanced status");
    bool done[MXQ_COUNTED_REPLIES] = {false};
    for (unsigned k = 0; k < MXQ_COUNTED_REPLIES; k++) {
        if (done[k])
            continue;
        const char *status, *other;
        int code = mxq_counted_reply(k, &status);
        uint64_t v = 0;
        for (unsigned j = k; j < MXQ_COUNTED_REPLIES; j++)
            if (!done[j] && mxq_counted_reply(j, &other) == code &&
                strcmp(other, status) == 0) {
                done[j] = true;
                v += s[MXQD_M_REPLIES + j];
            }
        put(t, "mxq_replies_total{code=\"%d\",status=\"", code);
        put_label(t, status);
        put(t, "\"} %llu\n", (unsigned long long)v);
    }
}

static void render_dns(struct text *t, const uint64_t *s)
{
    single(t, "mxq_dns_lookups_total", "counter",
           "Lookups the checks asked for, however they were answered",
           s[MXQD_M_DNS_LOOKUPS]);
    single(t, "mxq_dns_queries_total", "counter",
           "Queries sent to the DNS servers (dns-servers)",
           s[MXQD_M_DNS_QUERIES]);
    single(t, "mxq_dns_cache_hits_total", "counter",
           "Lookups answered from the cache",
           s[MXQD_M_DNS_CACHE_HITS]);
    single(t, "mxq_dns_joined_total", "counter",
           "Lookups that shared a query already in flight",
           s[MXQD_M_DNS_JOINED]);
    single(t, "mxq_dns_timeouts_total", "counter",
           "Queries that had no answer in time (dns-timeout, dns-attempts)",
           s[MXQD_M_DNS_TIMEOUTS]);
    single(t, "mxq_dns_failures_total", "counter",
           "Queries answered SERVFAIL, refused or malformed",
           s[MXQD_M_DNS_FAILURES]);
    single(t, "mxq_dns_queries_in_flight", "gauge",
           "Queries sent and not answered yet",
           s[MXQD_M_DNS_ACTIVE]);
}

static void render_filequeue(struct text *t, const struct mxqd_store_stats *st)
{
    single(t, "mxq_filequeue_rounds_total", "counter",
           "Group-commit rounds of the file queue (write, fsync, rename)",
           st->rounds);
    single(t, "mxq_filequeue_round_failures_total", "counter",
           "Rounds that failed: their messages were answered 451",
           st->rounds_failed);
    family(t, "mxq_filequeue_round_documents", "histogram",
           "Documents made durable by one round");
    uint64_t cumulative = 0;
    for (size_t b = 0; b + 1 < MXQD_STORE_ROUND_BUCKETS; b++) {
        cumulative += st->round_buckets[b];
        put(t, "mxq_filequeue_round_documents_bucket{le=\"%u\"} %llu\n",
            1u << b, (unsigned long long)cumulative);
    }
    cumulative += st->round_buckets[MXQD_STORE_ROUND_BUCKETS - 1];
    put(t, "mxq_filequeue_round_documents_bucket{le=\"+Inf\"} %llu\n",
        (unsigned long long)cumulative);
    sample(t, "mxq_filequeue_round_documents_sum", st->round_documents);
    sample(t, "mxq_filequeue_round_documents_count", cumulative);
}

static void render_amqp(struct text *t, const struct mxqd_store_stats *st)
{
    single(t, "mxq_amqp_published_total", "counter",
           "Documents published to RabbitMQ (a retry publishes again)",
           st->published);
    family(t, "mxq_amqp_confirms_total", "counter",
           "Outcomes of the published documents: acked, nack frames, returned "
           "(unroutable), no confirm in time");
    labelled(t, "mxq_amqp_confirms_total", "result", "ack", st->confirmed);
    labelled(t, "mxq_amqp_confirms_total", "result", "nack", st->nacked);
    labelled(t, "mxq_amqp_confirms_total", "result", "returned",
             st->returned);
    labelled(t, "mxq_amqp_confirms_total", "result", "timeout",
             st->confirm_timeouts);
    single(t, "mxq_amqp_unconfirmed", "gauge",
           "Documents published and not confirmed yet",
           st->unconfirmed);
    family(t, "mxq_amqp_publishers", "gauge",
           "Publisher connections (rabbitmq-publishers), by state now");
    labelled(t, "mxq_amqp_publishers", "state", "connected",
             st->connected - st->blocked);
    labelled(t, "mxq_amqp_publishers", "state", "blocked", st->blocked);
    labelled(t, "mxq_amqp_publishers", "state", "disconnected",
             st->publishers - st->connected);
    single(t, "mxq_amqp_connects_total", "counter",
           "Connections made to a broker",
           st->connects);
    single(t, "mxq_amqp_connection_losses_total", "counter",
           "Connections to a broker lost",
           st->connection_losses);
}

static void render_checks(struct text *t, const uint64_t *s)
{
    family(t, "mxq_check_results_total", "counter",
           "Results of the message checks (smtp-check), by check and "
           "result; one per DKIM signature");
    const char *result, *check;
    for (unsigned i = 0; (check = mxq_counted_check(i, &result)) != NULL;
         i++) {
        put(t, "mxq_check_results_total{check=\"%s\",result=\"%s\"} %llu\n",
            check, result, (unsigned long long)s[MXQD_M_CHECKS + i]);
    }
}

char *mxqd_metrics_render_sums(const struct mxqd_metrics_set *set,
                               const uint64_t sums[MXQD_M_COUNTERS],
                               const struct mxqd_store_stats *store,
                               size_t *len)
{
    struct text t = { .cap = 16384 };

    if ((t.p = malloc(t.cap)) == NULL)
        return NULL;
    family(&t, "mxq_build_info", "gauge", "mxqd's version, always 1");
    put(&t, "mxq_build_info{version=\"");
    put_label(&t, MXQ_VERSION);
    put(&t, "\"} 1\n");
    render_connections(&t, sums);
    render_messages(&t, sums);
    render_store(&t, set, sums);
    render_sessions(&t, sums);
    render_checks(&t, sums);
    render_dns(&t, sums);
    if (store != NULL && store->amqp)
        render_amqp(&t, store);
    else if (store != NULL)
        render_filequeue(&t, store);
    if (t.failed) {
        free(t.p);
        return NULL;
    }
    *len = t.len;
    return t.p;
}

char *mxqd_metrics_render(const struct mxqd_metrics_set *set, size_t *len)
{
    uint64_t sums[MXQD_M_COUNTERS];
    struct mxqd_store_stats stats;
    struct mxqd_store *store = atomic_load(&set->store);

    mxqd_metrics_sum(set, sums);
    if (store != NULL)
        mxqd_store_stats(store, &stats);
    return mxqd_metrics_render_sums(set, sums, store ? &stats : NULL, len);
}
