/*
 * x-mq-* header fields to JSON properties (spec §3.2). The values are
 * checked by grammar/xmq.rl as they are taken; the properties are written
 * for every document of the message.
 */
#include "xmq.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yajl/yajl_gen.h>

#include <mxq/array.h>

#include "address.h"
#include "utf8.h"
#include "xmq_value.h"

#define PREFIX "x-mq-"
#define PREFIX_LEN 5
/* JSON numbers beyond 2^53 lose precision in most consumers. */
#define NUMBER_MAX 9007199254740991u

enum value_type {
    V_STRING, V_IP, V_TIME, V_NUMBER, V_NUMBERS, V_BOOL, V_PORT,
    V_NOTIFY, V_RET, V_MAILBOX
};

struct mxq_xmq_def {
    const char *field;             /* after "x-mq-"; NULL: a custom field */
    enum value_type type;
    const char *object;            /* the map it goes in; NULL: the top */
    const char *key;               /* NULL: the custom field's own name */
    bool repeats;                  /* each copy adds an item to an array */
    bool by_document;              /* the document writes it where it
                                      belongs (ips, envelope, dsn.*) */
};

static const struct mxq_xmq_def defs[] = {
    {"ip", V_IP, NULL, "ips", true, true},
    {"tag", V_STRING, NULL, "tags", true, false},
    {"pool", V_STRING, NULL, "pool", false, false},
    {"delayed", V_TIME, "nextattempt", "time", false, false},
    {"maxdelivertime", V_TIME, NULL, "maxdelivertime", false, false},
    {"maxattempts", V_NUMBER, NULL, "maxattempts", false, false},
    {"retries", V_NUMBERS, NULL, "retries", false, false},
    {"priority", V_NUMBER, NULL, "priority", false, false},
    {"inlinecss", V_BOOL, NULL, "inlinecss", false, false},
    {"keepmime", V_BOOL, NULL, "keepmime", false, false},
    {"results-queue", V_STRING, "queues", "results", false, false},
    {"failure-queue", V_STRING, "queues", "failure", false, false},
    {"success-queue", V_STRING, "queues", "success", false, false},
    {"retry-queue", V_STRING, "queues", "retry", false, false},
    {"smarthost-hostname", V_STRING, "smarthost", "hostname", false, false},
    {"smarthost-port", V_PORT, "smarthost", "port", false, false},
    {"smarthost-username", V_STRING, "smarthost", "username", false, false},
    {"smarthost-password", V_STRING, "smarthost", "password", false, false},
    {"dsn-notify", V_NOTIFY, "dsn", "notify", false, true},
    {"dsn-ret", V_RET, "dsn", "ret", false, true},
    {"dsn-orcpt", V_STRING, "dsn", "orcpt", false, true},
    {"dsn-envid", V_STRING, "dsn", "envid", false, true},
    {"envelope", V_MAILBOX, NULL, "envelope", false, true},
};
static const struct mxq_xmq_def custom = {NULL, V_STRING, NULL, NULL, false,
                                          false};

/* The document's own properties, and the objects above: a custom field
 * may not be named like them. */
static const char *const reserved[] = {
    "message-id", "received", "hostname", "envelope", "recipient", "mime",
    "mime-encoding", "connection", "checks", "dsn", "ips", "tags",
    "nextattempt", "queues", "smarthost", "key", "report", "refused",
    "spool", "cli", "http", "delayed",
};

bool mxq_xmq_is_field(const char *name, size_t n)
{
    return n > PREFIX_LEN && strncasecmp(name, PREFIX, PREFIX_LEN) == 0;
}

static const struct mxq_xmq_def *find_def(const char *rest, size_t n)
{
    for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
        if (strlen(defs[i].field) == n &&
            strncasecmp(defs[i].field, rest, n) == 0)
            return &defs[i];
    return &custom;
}

static bool is_reserved(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strlen(reserved[i]) == n && memcmp(reserved[i], name, n) == 0)
            return true;
    return false;
}

static bool refuse(struct mxq_xmq *x, const char *name, size_t name_len,
                   const char *why)
{
    int shown = name_len > 64 ? 64 : (int)name_len;
    snprintf(x->error, sizeof x->error, "%.*s: %s", shown, name, why);
    return false;
}

static const char *entry_text(const struct mxq_xmq *x, size_t off)
{
    return x->text.data + off;
}

/* An earlier entry this one may not follow. */
static bool given_before(const struct mxq_xmq *x,
                         const struct mxq_xmq_entry *e)
{
    for (size_t i = 0; i + 1 < x->count; i++) {
        const struct mxq_xmq_entry *o = &x->entries[i];
        if (o->def != e->def)
            continue;
        if (e->def != &custom ||
            (o->name_len == e->name_len &&
             memcmp(entry_text(x, o->name), entry_text(x, e->name),
                    e->name_len) == 0))
            return true;
    }
    return false;
}

/* Why the value is not one of its type, or NULL when it is; fills in
 * the entry's number or bits. */
static const char *check_value(struct mxq_xmq_entry *e, const char *v,
                               size_t n, unsigned address_flags)
{
    uint64_t numbers[MXQ_XMQ_RETRIES_MAX];
    size_t count;
    struct mxq_address addr;
    bool flag;

    switch (e->def->type) {
    case V_STRING:
        return NULL;
    case V_IP:
        return mxq_xmq_ip(v, n) ? NULL : "not an IP address";
    case V_TIME:
        return mxq_xmq_time(v, n) ? NULL
                                  : "not a time as YYYY-MM-DD HH:MM:SS";
    case V_NUMBER:
        return mxq_xmq_uint(v, n, NUMBER_MAX, &e->number)
                   ? NULL : "not a number of 0 or more";
    case V_NUMBERS:
        return mxq_xmq_uint_list(v, n, NUMBER_MAX, numbers,
                                 MXQ_XMQ_RETRIES_MAX, &count)
                   ? NULL : "not a comma-separated list of numbers";
    case V_BOOL:
        if (!mxq_xmq_bool(v, n, &flag))
            return "not a boolean (1, 0, true, false, yes, no)";
        e->bits = flag;
        return NULL;
    case V_PORT:
        return mxq_xmq_uint(v, n, 65535, &e->number) && e->number > 0
                   ? NULL : "not a port number";
    case V_NOTIFY:
        return mxq_xmq_notify(v, n, &e->bits)
                   ? NULL : "not a DSN NOTIFY list";
    case V_RET:
        return mxq_xmq_ret(v, n, &e->bits) ? NULL : "not FULL or HDRS";
    case V_MAILBOX:
        return mxq_parse_mailbox(v, n, address_flags, &addr) == MXQ_ADDR_OK
                   ? NULL : "not an email address";
    }
    return "unknown";
}

/* Appends the custom field's property name, in lower case. */
static bool append_lower(struct mxq_buffer *b, const char *p, size_t n)
{
    size_t at = b->len;
    if (!mxq_buffer_append(b, p, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (b->data[at + i] >= 'A' && b->data[at + i] <= 'Z')
            b->data[at + i] = (char)(b->data[at + i] - 'A' + 'a');
    return true;
}

bool mxq_xmq_take(struct mxq_xmq *x, const char *name, size_t name_len,
                  const char *body, size_t body_len, unsigned address_flags)
{
    const char *rest = name + PREFIX_LEN;
    size_t rest_len = name_len - PREFIX_LEN;

    if (!mxq_array_reserve((void **)&x->entries, &x->cap, x->count + 1,
                           sizeof *x->entries, 4))
        return false;
    struct mxq_xmq_entry *e = &x->entries[x->count];
    *e = (struct mxq_xmq_entry){.def = find_def(rest, rest_len)};
    if (e->def == &custom) {
        e->name = x->text.len;
        e->name_len = rest_len;
        if (!append_lower(&x->text, rest, rest_len))
            return false;
        if (is_reserved(entry_text(x, e->name), rest_len))
            return refuse(x, name, name_len, "may not be set by a header");
    }
    /* The value, unfolded in place behind the names. */
    e->value = x->text.len;
    if (!mxq_buffer_append(&x->text, body, body_len))
        return false;
    e->value_len = mxq_xmq_unfold(x->text.data + e->value, body_len,
                                  x->text.data + e->value);
    x->text.len = e->value + e->value_len;
    x->count++;

    if (!e->def->repeats && given_before(x, e))
        return refuse(x, name, name_len, "given more than once");
    const char *value = entry_text(x, e->value);
    if (!mxq_utf8_valid(value, e->value_len))
        return refuse(x, name, name_len, "not UTF-8");
    const char *why = check_value(e, value, e->value_len, address_flags);
    return why == NULL || refuse(x, name, name_len, why);
}

void mxq_xmq_free(struct mxq_xmq *x)
{
    free(x->entries);
    mxq_buffer_free(&x->text);
    memset(x, 0, sizeof *x);
}

/* ------------------------------------------------------------- reading */

static const struct mxq_xmq_entry *find(const struct mxq_xmq *x,
                                        const char *field)
{
    for (size_t i = 0; i < x->count; i++)
        if (x->entries[i].def->field != NULL &&
            strcmp(x->entries[i].def->field, field) == 0)
            return &x->entries[i];
    return NULL;
}

const char *mxq_xmq_envelope(const struct mxq_xmq *x, size_t *len)
{
    const struct mxq_xmq_entry *e = find(x, "envelope");
    if (e == NULL)
        return NULL;
    *len = e->value_len;
    return entry_text(x, e->value);
}

bool mxq_xmq_has_ips(const struct mxq_xmq *x)
{
    return find(x, "ip") != NULL;
}

void mxq_xmq_dsn(const struct mxq_xmq *x, struct mxq_xmq_dsn *out)
{
    const struct mxq_xmq_entry *e;
    *out = (struct mxq_xmq_dsn){0};
    if ((e = find(x, "dsn-notify")) != NULL)
        out->notify = e->bits;
    if ((e = find(x, "dsn-ret")) != NULL)
        out->ret = e->bits;
    if ((e = find(x, "dsn-orcpt")) != NULL) {
        out->orcpt = entry_text(x, e->value);
        out->orcpt_len = e->value_len;
    }
    if ((e = find(x, "dsn-envid")) != NULL) {
        out->envid = entry_text(x, e->value);
        out->envid_len = e->value_len;
    }
}

/* ------------------------------------------------------------- writing */

static void put_text(yajl_gen g, const char *p, size_t n)
{
    yajl_gen_string(g, (const unsigned char *)p, n);
}

static void put_key(yajl_gen g, const struct mxq_xmq *x,
                    const struct mxq_xmq_entry *e)
{
    if (e->def->key != NULL)
        put_text(g, e->def->key, strlen(e->def->key));
    else
        put_text(g, entry_text(x, e->name), e->name_len);
}

static void put_value(yajl_gen g, const struct mxq_xmq *x,
                      const struct mxq_xmq_entry *e)
{
    const char *v = entry_text(x, e->value);
    uint64_t numbers[MXQ_XMQ_RETRIES_MAX];
    size_t count = 0;

    switch (e->def->type) {
    case V_NUMBER:
    case V_PORT:
        yajl_gen_integer(g, (long long)e->number);
        return;
    case V_NUMBERS:
        (void)mxq_xmq_uint_list(v, e->value_len, NUMBER_MAX, numbers,
                                MXQ_XMQ_RETRIES_MAX, &count);
        yajl_gen_array_open(g);
        for (size_t i = 0; i < count; i++)
            yajl_gen_integer(g, (long long)numbers[i]);
        yajl_gen_array_close(g);
        return;
    case V_BOOL:
        yajl_gen_bool(g, e->bits != 0);
        return;
    default:
        put_text(g, v, e->value_len);
    }
}

/* Every entry of a repeating field, as one array. */
static void put_array(yajl_gen g, const struct mxq_xmq *x,
                      const struct mxq_xmq_def *def)
{
    put_text(g, def->key, strlen(def->key));
    yajl_gen_array_open(g);
    for (size_t i = 0; i < x->count; i++)
        if (x->entries[i].def == def)
            put_value(g, x, &x->entries[i]);
    yajl_gen_array_close(g);
}

/* Every entry that goes into `object`, as one map. */
static void put_object(yajl_gen g, const struct mxq_xmq *x,
                       const char *object)
{
    put_text(g, object, strlen(object));
    yajl_gen_map_open(g);
    for (size_t i = 0; i < x->count; i++) {
        const struct mxq_xmq_entry *e = &x->entries[i];
        if (e->def->object != NULL && strcmp(e->def->object, object) == 0) {
            put_key(g, x, e);
            put_value(g, x, e);
        }
    }
    yajl_gen_map_close(g);
}

/* Is e the first entry of its array or object (which it writes)? */
static bool first_of_group(const struct mxq_xmq *x,
                           const struct mxq_xmq_entry *e)
{
    for (const struct mxq_xmq_entry *o = x->entries; o < e; o++)
        if (o->def == e->def ||
            (e->def->object != NULL && o->def->object != NULL &&
             strcmp(o->def->object, e->def->object) == 0))
            return false;
    return true;
}

void mxq_xmq_put_ips(void *gen, const struct mxq_xmq *x)
{
    const struct mxq_xmq_entry *e = find(x, "ip");
    if (e != NULL)
        put_array(gen, x, e->def);
}

void mxq_xmq_put_properties(void *gen, const struct mxq_xmq *x)
{
    yajl_gen g = gen;
    for (size_t i = 0; i < x->count; i++) {
        const struct mxq_xmq_entry *e = &x->entries[i];
        if (e->def->by_document)
            continue;
        if (e->def->repeats || e->def->object != NULL) {
            if (!first_of_group(x, e))
                continue;
            if (e->def->repeats)
                put_array(g, x, e->def);
            else
                put_object(g, x, e->def->object);
        } else {
            put_key(g, x, e);
            put_value(g, x, e);
        }
    }
}
