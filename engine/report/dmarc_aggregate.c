/*
 * DMARC aggregate reports: the XML of RFC 7489 appendix C and of DMARCbis
 * (RFC 9990, in its namespace), read with expat as it streams. The
 * report's head (version, report_metadata, policy_published) is written
 * once, then each record when its element closes, so memory stays one
 * record's worth whatever the report's length.
 *
 * expat runs with no DTD (a DOCTYPE or an entity declaration stops it),
 * with its amplification guard on, and with a salt of our own: the
 * engine reads no randomness, and the input is bounded.
 */
#include <stdlib.h>
#include <string.h>

#include <expat.h>

#include "report_parsers.h"
#include "utf8.h"

#define NS_SEPARATOR ' '   /* no URI and no name holds a space */
#define HASH_SALT 0x6d78715f72707274UL
#define MAX_ERRORS 8       /* report_metadata error elements kept */

/* One element's text, in an arena (the text being read is always the
 * arena's last). */
struct text {
    size_t off, n;
    bool set;
};

struct auth_result {
    struct text domain, selector, scope, result, human_result;
};

struct reason {
    struct text type, comment;
};

struct record {
    struct text source_ip, count, disposition, dkim, spf;
    struct text header_from, envelope_from, envelope_to;
    struct reason reasons[MXQ_DMARC_MAX_REASONS];
    struct auth_result dkims[MXQ_DMARC_MAX_AUTH], spfs[MXQ_DMARC_MAX_AUTH];
    size_t reason_count, dkim_count, spf_count;
};

struct head {
    struct text version;
    struct text org_name, email, extra_contact_info, report_id, generator;
    struct text begin, end;
    struct text errors[MAX_ERRORS];
    size_t error_count;
    struct text domain, version_published, adkim, aspf, p, sp, np, pct, fo,
        testing, discovery_method;
    bool metadata, policy;   /* their elements were seen */
};

enum ctx {
    C_ROOT, C_FEEDBACK, C_METADATA, C_DATE_RANGE, C_POLICY, C_RECORD, C_ROW,
    C_EVALUATED, C_REASON, C_IDENTIFIERS, C_AUTH, C_AUTH_DKIM, C_AUTH_SPF,
    C_TEXT, C_IGNORE
};

/* Where an element's text goes: the head's or the current record's. */
enum slot {
    S_NONE,
    S_VERSION, S_ORG_NAME, S_EMAIL, S_EXTRA_CONTACT, S_REPORT_ID,
    S_GENERATOR, S_ERROR, S_BEGIN, S_END,
    S_DOMAIN, S_VERSION_PUBLISHED, S_ADKIM, S_ASPF, S_P, S_SP, S_NP, S_PCT,
    S_FO, S_TESTING, S_DISCOVERY,
    S_SOURCE_IP, S_COUNT, S_DISPOSITION, S_EVAL_DKIM, S_EVAL_SPF,
    S_REASON_TYPE, S_REASON_COMMENT,
    S_HEADER_FROM, S_ENVELOPE_FROM, S_ENVELOPE_TO,
    S_DKIM_DOMAIN, S_DKIM_SELECTOR, S_DKIM_RESULT, S_DKIM_HUMAN,
    S_SPF_DOMAIN, S_SPF_SCOPE, S_SPF_RESULT, S_SPF_HUMAN
};

struct rule {
    enum ctx parent;
    const char *name;
    enum ctx child;
    enum slot slot;
};

static const struct rule rules[] = {
    {C_ROOT, "feedback", C_FEEDBACK, S_NONE},
    /* Some reporters wrap the report in an XML Schema element they never
     * close: the feedback inside is read, and reading ends with it. */
    {C_ROOT, "schema", C_ROOT, S_NONE},
    {C_FEEDBACK, "version", C_TEXT, S_VERSION},
    {C_FEEDBACK, "report_metadata", C_METADATA, S_NONE},
    {C_FEEDBACK, "policy_published", C_POLICY, S_NONE},
    {C_FEEDBACK, "record", C_RECORD, S_NONE},
    {C_METADATA, "org_name", C_TEXT, S_ORG_NAME},
    {C_METADATA, "email", C_TEXT, S_EMAIL},
    {C_METADATA, "extra_contact_info", C_TEXT, S_EXTRA_CONTACT},
    {C_METADATA, "report_id", C_TEXT, S_REPORT_ID},
    {C_METADATA, "generator", C_TEXT, S_GENERATOR},
    {C_METADATA, "error", C_TEXT, S_ERROR},
    {C_METADATA, "date_range", C_DATE_RANGE, S_NONE},
    {C_DATE_RANGE, "begin", C_TEXT, S_BEGIN},
    {C_DATE_RANGE, "end", C_TEXT, S_END},
    {C_POLICY, "domain", C_TEXT, S_DOMAIN},
    {C_POLICY, "version_published", C_TEXT, S_VERSION_PUBLISHED},
    {C_POLICY, "adkim", C_TEXT, S_ADKIM},
    {C_POLICY, "aspf", C_TEXT, S_ASPF},
    {C_POLICY, "p", C_TEXT, S_P},
    {C_POLICY, "sp", C_TEXT, S_SP},
    {C_POLICY, "np", C_TEXT, S_NP},
    {C_POLICY, "pct", C_TEXT, S_PCT},
    {C_POLICY, "fo", C_TEXT, S_FO},
    {C_POLICY, "testing", C_TEXT, S_TESTING},
    {C_POLICY, "discovery_method", C_TEXT, S_DISCOVERY},
    {C_RECORD, "row", C_ROW, S_NONE},
    {C_RECORD, "identifiers", C_IDENTIFIERS, S_NONE},
    {C_RECORD, "auth_results", C_AUTH, S_NONE},
    {C_ROW, "source_ip", C_TEXT, S_SOURCE_IP},
    {C_ROW, "count", C_TEXT, S_COUNT},
    {C_ROW, "policy_evaluated", C_EVALUATED, S_NONE},
    {C_EVALUATED, "disposition", C_TEXT, S_DISPOSITION},
    {C_EVALUATED, "dkim", C_TEXT, S_EVAL_DKIM},
    {C_EVALUATED, "spf", C_TEXT, S_EVAL_SPF},
    {C_EVALUATED, "reason", C_REASON, S_NONE},
    {C_REASON, "type", C_TEXT, S_REASON_TYPE},
    {C_REASON, "comment", C_TEXT, S_REASON_COMMENT},
    {C_IDENTIFIERS, "header_from", C_TEXT, S_HEADER_FROM},
    {C_IDENTIFIERS, "envelope_from", C_TEXT, S_ENVELOPE_FROM},
    {C_IDENTIFIERS, "envelope_to", C_TEXT, S_ENVELOPE_TO},
    {C_AUTH, "dkim", C_AUTH_DKIM, S_NONE},
    {C_AUTH, "spf", C_AUTH_SPF, S_NONE},
    {C_AUTH_DKIM, "domain", C_TEXT, S_DKIM_DOMAIN},
    {C_AUTH_DKIM, "selector", C_TEXT, S_DKIM_SELECTOR},
    {C_AUTH_DKIM, "result", C_TEXT, S_DKIM_RESULT},
    {C_AUTH_DKIM, "human_result", C_TEXT, S_DKIM_HUMAN},
    {C_AUTH_SPF, "domain", C_TEXT, S_SPF_DOMAIN},
    {C_AUTH_SPF, "scope", C_TEXT, S_SPF_SCOPE},
    {C_AUTH_SPF, "result", C_TEXT, S_SPF_RESULT},
    {C_AUTH_SPF, "human_result", C_TEXT, S_SPF_HUMAN},
};

struct dmarc {
    XML_Parser xml;
    yajl_gen g;
    char *err;
    bool failed;             /* err holds the first reason */
    enum ctx stack[MXQ_DMARC_MAX_DEPTH];
    size_t depth;
    struct text *reading;    /* the element whose text is being read */
    struct mxq_buffer *arena;
    struct mxq_buffer head_arena, record_arena;
    struct head head;
    struct record record;
    bool head_written, records_open;
    bool feedback_done;      /* </feedback> was read: the rest is not */
    size_t records;
};

static void stop(struct dmarc *d, const char *fmt, const char *what)
{
    if (!d->failed)
        mxq_report_fail(d->err, fmt, what);
    d->failed = true;
    XML_StopParser(d->xml, XML_FALSE);
}

/* ------------------------------------------------------------ writing */
static const char *text_of(const struct mxq_buffer *arena,
                           const struct text *t)
{
    return arena->data ? arena->data + t->off : "";
}

static void put(struct dmarc *d, const struct mxq_buffer *arena,
                const char *key, const struct text *t, bool number)
{
    if (!t->set)
        return;
    mxq_report_put_key(d->g, key);
    if (number)
        mxq_report_put_number(d->g, text_of(arena, t), t->n);
    else
        mxq_report_put_text(d->g, text_of(arena, t), t->n);
}

static void write_head(struct dmarc *d)
{
    const struct mxq_buffer *a = &d->head_arena;
    const struct head *h = &d->head;
    yajl_gen g = d->g;
    d->head_written = true;
    put(d, a, "version", &h->version, false);
    if (h->metadata) {
        mxq_report_put_key(g, "report_metadata");
        yajl_gen_map_open(g);
        put(d, a, "org_name", &h->org_name, false);
        put(d, a, "email", &h->email, false);
        put(d, a, "extra_contact_info", &h->extra_contact_info, false);
        put(d, a, "report_id", &h->report_id, false);
        put(d, a, "generator", &h->generator, false);
        if (h->begin.set || h->end.set) {
            mxq_report_put_key(g, "date_range");
            yajl_gen_map_open(g);
            put(d, a, "begin", &h->begin, true);
            put(d, a, "end", &h->end, true);
            yajl_gen_map_close(g);
        }
        if (h->error_count) {
            mxq_report_put_key(g, "error");
            yajl_gen_array_open(g);
            for (size_t i = 0; i < h->error_count; i++)
                mxq_report_put_text(g, text_of(a, &h->errors[i]),
                                    h->errors[i].n);
            yajl_gen_array_close(g);
        }
        yajl_gen_map_close(g);
    }
    if (h->policy) {
        mxq_report_put_key(g, "policy_published");
        yajl_gen_map_open(g);
        put(d, a, "domain", &h->domain, false);
        put(d, a, "version_published", &h->version_published, false);
        put(d, a, "adkim", &h->adkim, false);
        put(d, a, "aspf", &h->aspf, false);
        put(d, a, "p", &h->p, false);
        put(d, a, "sp", &h->sp, false);
        put(d, a, "np", &h->np, false);
        put(d, a, "pct", &h->pct, true);
        put(d, a, "fo", &h->fo, false);
        put(d, a, "testing", &h->testing, false);
        put(d, a, "discovery_method", &h->discovery_method, false);
        yajl_gen_map_close(g);
    }
}

static void write_auth(struct dmarc *d, const char *key,
                       const struct auth_result *r, size_t count, bool dkim)
{
    const struct mxq_buffer *a = &d->record_arena;
    if (count == 0)
        return;
    mxq_report_put_key(d->g, key);
    yajl_gen_array_open(d->g);
    for (size_t i = 0; i < count; i++) {
        yajl_gen_map_open(d->g);
        put(d, a, "domain", &r[i].domain, false);
        if (dkim)
            put(d, a, "selector", &r[i].selector, false);
        else
            put(d, a, "scope", &r[i].scope, false);
        put(d, a, "result", &r[i].result, false);
        put(d, a, "human_result", &r[i].human_result, false);
        yajl_gen_map_close(d->g);
    }
    yajl_gen_array_close(d->g);
}

static void write_record(struct dmarc *d)
{
    const struct mxq_buffer *a = &d->record_arena;
    const struct record *r = &d->record;
    yajl_gen g = d->g;
    yajl_gen_map_open(g);
    mxq_report_put_key(g, "row");
    yajl_gen_map_open(g);
    put(d, a, "source_ip", &r->source_ip, false);
    put(d, a, "count", &r->count, true);
    mxq_report_put_key(g, "policy_evaluated");
    yajl_gen_map_open(g);
    put(d, a, "disposition", &r->disposition, false);
    put(d, a, "dkim", &r->dkim, false);
    put(d, a, "spf", &r->spf, false);
    if (r->reason_count) {
        mxq_report_put_key(g, "reason");
        yajl_gen_array_open(g);
        for (size_t i = 0; i < r->reason_count; i++) {
            yajl_gen_map_open(g);
            put(d, a, "type", &r->reasons[i].type, false);
            put(d, a, "comment", &r->reasons[i].comment, false);
            yajl_gen_map_close(g);
        }
        yajl_gen_array_close(g);
    }
    yajl_gen_map_close(g);
    yajl_gen_map_close(g);
    mxq_report_put_key(g, "identifiers");
    yajl_gen_map_open(g);
    put(d, a, "header_from", &r->header_from, false);
    put(d, a, "envelope_from", &r->envelope_from, false);
    put(d, a, "envelope_to", &r->envelope_to, false);
    yajl_gen_map_close(g);
    mxq_report_put_key(g, "auth_results");
    yajl_gen_map_open(g);
    write_auth(d, "dkim", r->dkims, r->dkim_count, true);
    write_auth(d, "spf", r->spfs, r->spf_count, false);
    yajl_gen_map_close(g);
    yajl_gen_map_close(g);
}

/* --------------------------------------------------------- validation */
/* Whether the text is one of the words (as RFC 7489's schema spells
 * them: lower case). An absent value is no error here. */
static bool one_of(const struct mxq_buffer *a, const struct text *t,
                   const char *const *words)
{
    if (!t->set)
        return true;
    const char *p = text_of(a, t);
    size_t n = t->n;
    while (n > 0 && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++, n--;
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' ||
                     p[n - 1] == '\r' || p[n - 1] == '\n'))
        n--;
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && memcmp(words[i], p, n) == 0)
            return true;
    return false;
}

static void check_record(struct dmarc *d)
{
    static const char *const dispositions[] = {"none", "quarantine",
                                               "reject", "pass", NULL};
    static const char *const aligned[] = {"pass", "fail", NULL};
    static const char *const dkim_results[] = {
        "none", "pass", "fail", "policy", "neutral", "temperror",
        "permerror", NULL};
    static const char *const spf_results[] = {
        "none", "neutral", "pass", "fail", "softfail", "temperror",
        "permerror", NULL};
    const struct mxq_buffer *a = &d->record_arena;
    const struct record *r = &d->record;
    if (d->failed)
        return;
    const char *bad = NULL;
    if (!one_of(a, &r->disposition, dispositions))
        bad = "disposition";
    else if (!one_of(a, &r->dkim, aligned))
        bad = "policy_evaluated dkim";
    else if (!one_of(a, &r->spf, aligned))
        bad = "policy_evaluated spf";
    for (size_t i = 0; !bad && i < r->dkim_count; i++)
        if (!one_of(a, &r->dkims[i].result, dkim_results))
            bad = "auth_results dkim result";
    for (size_t i = 0; !bad && i < r->spf_count; i++)
        if (!one_of(a, &r->spfs[i].result, spf_results))
            bad = "auth_results spf result";
    if (bad) {
        mxq_report_fail(d->err, "record %zu: %s is no value RFC 7489 "
                        "names", d->records, bad);
        d->failed = true; /* the rest is still read and written */
    }
}

/* ------------------------------------------------------------ reading */
static struct text *slot_text(struct dmarc *d, enum slot s)
{
    struct head *h = &d->head;
    struct record *r = &d->record;
    struct reason *reason = r->reason_count ? &r->reasons[r->reason_count - 1]
                                            : NULL;
    struct auth_result *dk = r->dkim_count ? &r->dkims[r->dkim_count - 1]
                                           : NULL;
    struct auth_result *sp = r->spf_count ? &r->spfs[r->spf_count - 1]
                                          : NULL;
    switch (s) {
    case S_NONE: return NULL;
    case S_VERSION: return &h->version;
    case S_ORG_NAME: return &h->org_name;
    case S_EMAIL: return &h->email;
    case S_EXTRA_CONTACT: return &h->extra_contact_info;
    case S_REPORT_ID: return &h->report_id;
    case S_GENERATOR: return &h->generator;
    case S_ERROR:
        return h->error_count < MAX_ERRORS ? &h->errors[h->error_count++]
                                           : NULL;
    case S_BEGIN: return &h->begin;
    case S_END: return &h->end;
    case S_DOMAIN: return &h->domain;
    case S_VERSION_PUBLISHED: return &h->version_published;
    case S_ADKIM: return &h->adkim;
    case S_ASPF: return &h->aspf;
    case S_P: return &h->p;
    case S_SP: return &h->sp;
    case S_NP: return &h->np;
    case S_PCT: return &h->pct;
    case S_FO: return &h->fo;
    case S_TESTING: return &h->testing;
    case S_DISCOVERY: return &h->discovery_method;
    case S_SOURCE_IP: return &r->source_ip;
    case S_COUNT: return &r->count;
    case S_DISPOSITION: return &r->disposition;
    case S_EVAL_DKIM: return &r->dkim;
    case S_EVAL_SPF: return &r->spf;
    case S_REASON_TYPE: return reason ? &reason->type : NULL;
    case S_REASON_COMMENT: return reason ? &reason->comment : NULL;
    case S_HEADER_FROM: return &r->header_from;
    case S_ENVELOPE_FROM: return &r->envelope_from;
    case S_ENVELOPE_TO: return &r->envelope_to;
    case S_DKIM_DOMAIN: return dk ? &dk->domain : NULL;
    case S_DKIM_SELECTOR: return dk ? &dk->selector : NULL;
    case S_DKIM_RESULT: return dk ? &dk->result : NULL;
    case S_DKIM_HUMAN: return dk ? &dk->human_result : NULL;
    case S_SPF_DOMAIN: return sp ? &sp->domain : NULL;
    case S_SPF_SCOPE: return sp ? &sp->scope : NULL;
    case S_SPF_RESULT: return sp ? &sp->result : NULL;
    case S_SPF_HUMAN: return sp ? &sp->human_result : NULL;
    }
    return NULL;
}

static bool in_record(enum slot s)
{
    return s >= S_SOURCE_IP;
}

/* The element's local name: after the namespace URI, when it has one. */
static const char *local_name(const char *name)
{
    const char *sep = strrchr(name, NS_SEPARATOR);
    return sep ? sep + 1 : name;
}

static const struct rule *find_rule(enum ctx parent, const char *name)
{
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (rules[i].parent == parent && strcmp(rules[i].name, name) == 0)
            return &rules[i];
    return NULL;
}

/* A container element opens: what it starts. */
static void open_container(struct dmarc *d, enum ctx child)
{
    struct record *r = &d->record;
    switch (child) {
    case C_METADATA:
        d->head.metadata = true;
        break;
    case C_POLICY:
        d->head.policy = true;
        break;
    case C_RECORD:
        if (!d->head_written)
            write_head(d);
        if (++d->records > MXQ_DMARC_MAX_RECORDS) {
            stop(d, "more than %s records", "100000");
            return;
        }
        if (!d->records_open) {
            mxq_report_put_key(d->g, "records");
            yajl_gen_array_open(d->g);
            d->records_open = true;
        }
        memset(r, 0, sizeof *r);
        d->record_arena.len = 0;
        break;
    case C_REASON:
        if (r->reason_count < MXQ_DMARC_MAX_REASONS)
            r->reason_count++;
        break;
    case C_AUTH_DKIM:
        if (r->dkim_count < MXQ_DMARC_MAX_AUTH)
            r->dkim_count++;
        break;
    case C_AUTH_SPF:
        if (r->spf_count < MXQ_DMARC_MAX_AUTH)
            r->spf_count++;
        break;
    default:
        break;
    }
}

static void on_start(void *ctx, const XML_Char *name, const XML_Char **atts)
{
    struct dmarc *d = ctx;
    (void)atts;
    if (d->depth >= MXQ_DMARC_MAX_DEPTH) {
        stop(d, "elements nested deeper than %s", "32");
        return;
    }
    enum ctx parent = d->depth ? d->stack[d->depth - 1] : C_ROOT;
    const char *local = local_name(name);
    const struct rule *rule = NULL;
    if (parent != C_TEXT && parent != C_IGNORE)
        rule = find_rule(parent, local);
    if (parent == C_ROOT && rule == NULL) {
        stop(d, "not a DMARC aggregate report: its root is <%s>", local);
        return;
    }
    /* A record's fields after the head was written belong to no one:
     * metadata after the records is not read. */
    if (rule && d->head_written && !in_record(rule->slot) &&
        rule->child == C_TEXT)
        rule = NULL;
    d->stack[d->depth++] = rule ? rule->child : C_IGNORE;
    d->reading = NULL;
    if (rule == NULL)
        return;
    if (rule->child != C_TEXT) {
        open_container(d, rule->child);
        return;
    }
    bool record_slot = in_record(rule->slot);
    if (record_slot && !d->records_open)
        return; /* a row outside any record cannot happen: rules say so */
    struct text *t = slot_text(d, rule->slot);
    if (t == NULL || t->set)
        return; /* past a limit, or a repeated element: the first wins */
    d->arena = record_slot ? &d->record_arena : &d->head_arena;
    *t = (struct text){d->arena->len, 0, true};
    d->reading = t;
}

static void on_end(void *ctx, const XML_Char *name)
{
    struct dmarc *d = ctx;
    (void)name;
    if (d->depth == 0)
        return;
    enum ctx done = d->stack[--d->depth];
    d->reading = NULL;
    if (done == C_RECORD) {
        write_record(d);
        check_record(d);
    }
    if (done == C_FEEDBACK) {
        d->feedback_done = true;
        XML_StopParser(d->xml, XML_FALSE);
    }
}

static void on_text(void *ctx, const XML_Char *s, int len)
{
    struct dmarc *d = ctx;
    struct text *t = d->reading;
    if (t == NULL || len <= 0)
        return;
    size_t room = MXQ_DMARC_MAX_TEXT - t->n;
    size_t n = (size_t)len < room ? (size_t)len : room;
    if (n == 0)
        return;
    if (!mxq_buffer_append(d->arena, s, n)) {
        stop(d, "%s", "out of memory");
        return;
    }
    t->n += n;
}

static void on_doctype(void *ctx, const XML_Char *name, const XML_Char *sys,
                       const XML_Char *pub, int internal)
{
    (void)name, (void)sys, (void)pub, (void)internal;
    stop(ctx, "%s", "a DOCTYPE: DTDs are not read");
}

static void on_entity(void *ctx, const XML_Char *name, int param,
                      const XML_Char *value, int len, const XML_Char *base,
                      const XML_Char *sys, const XML_Char *pub,
                      const XML_Char *notation)
{
    (void)name, (void)param, (void)value, (void)len, (void)base, (void)sys,
        (void)pub, (void)notation;
    stop(ctx, "%s", "an entity declaration: DTDs are not read");
}

/* One pass over the XML, writing into g. encoding names the encoding to
 * read it in whatever the document says (NULL: as it says). */
static bool parse(yajl_gen g, const char *xml, size_t n,
                  const char *encoding, char *err)
{
    struct dmarc *d = calloc(1, sizeof *d);
    if (d == NULL)
        return mxq_report_fail(err, "out of memory");
    d->g = g;
    d->err = err;
    d->xml = XML_ParserCreateNS(encoding, NS_SEPARATOR);
    if (d->xml == NULL) {
        free(d);
        return mxq_report_fail(err, "out of memory");
    }
    XML_SetHashSalt(d->xml, HASH_SALT);
    /* A DOCTYPE stops the parse, so no entity is ever declared; expat's
     * guard is set too where its header offers it (XML_DTD builds). */
#ifdef XML_DTD
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(
        d->xml, MXQ_DMARC_MAX_AMPLIFICATION);
#endif
    XML_SetParamEntityParsing(d->xml, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetUserData(d->xml, d);
    XML_SetElementHandler(d->xml, on_start, on_end);
    XML_SetCharacterDataHandler(d->xml, on_text);
    XML_SetStartDoctypeDeclHandler(d->xml, on_doctype);
    XML_SetEntityDeclHandler(d->xml, on_entity);

    enum XML_Status st = XML_Parse(d->xml, xml, (int)n, XML_TRUE);
    if (st == XML_STATUS_ERROR && !d->failed && !d->feedback_done) {
        mxq_report_fail(err, "XML: %s at line %lu",
                        XML_ErrorString(XML_GetErrorCode(d->xml)),
                        (unsigned long)XML_GetCurrentLineNumber(d->xml));
        d->failed = true;
    }
    if (!d->head_written && (d->head.metadata || d->head.policy))
        write_head(d);
    if (d->records_open)
        yajl_gen_array_close(g);
    if (!d->failed && (!d->head.metadata || !d->head.policy)) {
        mxq_report_fail(err, "DMARC report without %s",
                        d->head.metadata ? "policy_published"
                                         : "report_metadata");
        d->failed = true;
    }
    bool ok = !d->failed;
    XML_ParserFree(d->xml);
    mxq_buffer_free(&d->head_arena);
    mxq_buffer_free(&d->record_arena);
    free(d);
    return ok;
}

bool mxq_dmarc_aggregate_write(yajl_gen g, const char *xml, size_t n,
                               char *err)
{
    if (n > MXQ_REPORT_MAX_INFLATED)
        return mxq_report_fail(err, "DMARC report larger than %u octets",
                               MXQ_REPORT_MAX_INFLATED);
    /* Reporters write Latin-1 into reports that say UTF-8: when the
     * octets are not UTF-8 and a trial pass finds them not to be in what
     * the document says, they are read as ISO-8859-1. */
    if (!mxq_utf8_valid(xml, n)) {
        yajl_gen trial = yajl_gen_alloc(NULL);
        char trial_err[MXQ_REPORT_ERROR_SIZE];
        bool as_said = trial && parse(trial, xml, n, NULL, trial_err);
        if (trial)
            yajl_gen_free(trial);
        if (!as_said)
            return parse(g, xml, n, "ISO-8859-1", err);
    }
    return parse(g, xml, n, NULL, err);
}
