/*
 * Which report a part is, and the `report` object around what its parser
 * writes: the type, the members, the error. Compressed attachments are
 * unpacked first; whether an unpacked or untyped attachment is a DMARC
 * report (XML) or a TLS report (JSON) shows in its first octet.
 */
#include <string.h>

#include "report_parsers.h"

struct kind_rule {
    const char *type, *subtype;
    enum mxq_report_kind kind;
};

static const struct kind_rule kinds[] = {
    {"message", "delivery-status", MXQ_REPORT_DELIVERY_STATUS},
    {"message", "global-delivery-status", MXQ_REPORT_DELIVERY_STATUS},
    {"message", "feedback-report", MXQ_REPORT_FEEDBACK},
    {"message", "disposition-notification", MXQ_REPORT_DISPOSITION},
    {"message", "global-disposition-notification", MXQ_REPORT_DISPOSITION},
    /* RFC 8460 §5.3 */
    {"application", "tlsrpt+json", MXQ_REPORT_TLSRPT},
    {"application", "tlsrpt+gzip", MXQ_REPORT_TLSRPT},
    {"application", "tlsrpt", MXQ_REPORT_TLSRPT},   /* seen in the wild */
    /* what DMARC reporters send (RFC 7489 §7.2.1.1 asks for gzip) */
    {"application", "gzip", MXQ_REPORT_AUTO},
    {"application", "x-gzip", MXQ_REPORT_AUTO},
    {"application", "zip", MXQ_REPORT_AUTO},
    {"application", "x-zip", MXQ_REPORT_AUTO},
    {"application", "x-zip-compressed", MXQ_REPORT_AUTO},
    {"application", "xml", MXQ_REPORT_AUTO},
    {"text", "xml", MXQ_REPORT_AUTO},
    {"application", "json", MXQ_REPORT_AUTO},
    {"application", "octet-stream", MXQ_REPORT_AUTO},
};

enum mxq_report_kind mxq_report_kind_of(const char *type, size_t type_len,
                                        const char *subtype,
                                        size_t subtype_len)
{
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (mxq_report_name_is(type, type_len, kinds[i].type) &&
            mxq_report_name_is(subtype, subtype_len, kinds[i].subtype))
            return kinds[i].kind;
    return MXQ_REPORT_NONE;
}

/* XML starts with '<', JSON (a TLS report is an object) with '{', after
 * blanks and a UTF-8 byte order mark. */
static enum mxq_report_kind sniff(const char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
                     p[i] == '\n'))
        i++;
    if (i < n && p[i] == '<')
        return MXQ_REPORT_DMARC_AGGREGATE;
    if (i < n && p[i] == '{')
        return MXQ_REPORT_TLSRPT;
    return MXQ_REPORT_NONE;
}

const char *mxq_report_type_name(enum mxq_report_kind kind)
{
    switch (kind) {
    case MXQ_REPORT_DMARC_AGGREGATE: return "dmarc";
    case MXQ_REPORT_TLSRPT: return "tlsrpt";
    case MXQ_REPORT_DELIVERY_STATUS: return "dsn";
    case MXQ_REPORT_FEEDBACK: return "arf";
    case MXQ_REPORT_DISPOSITION: return "mdn";
    case MXQ_REPORT_AUTO:
    case MXQ_REPORT_NONE: break;
    }
    return "unknown";
}

static bool run_parser(yajl_gen g, enum mxq_report_kind kind,
                       const char *p, size_t n, char *err)
{
    switch (kind) {
    case MXQ_REPORT_DMARC_AGGREGATE:
        return mxq_dmarc_aggregate_write(g, p, n, err);
    case MXQ_REPORT_TLSRPT:
        return mxq_tlsrpt_write(g, p, n, err);
    case MXQ_REPORT_DELIVERY_STATUS:
        return mxq_delivery_status_write(g, p, n, err);
    case MXQ_REPORT_FEEDBACK:
        return mxq_feedback_report_write(g, p, n, err);
    case MXQ_REPORT_DISPOSITION:
        return mxq_mdn_write(g, p, n, err);
    case MXQ_REPORT_AUTO:
    case MXQ_REPORT_NONE:
        break;
    }
    return mxq_report_fail(err, "neither a DMARC nor a TLS report");
}

/* The kind and the octets to parse, unpacked into *plain when packed. */
static bool unpack(enum mxq_report_kind *kind, const char **p, size_t *n,
                   struct mxq_buffer *plain, char *err)
{
    bool json = *kind == MXQ_REPORT_TLSRPT;
    bool named = false; /* a zip member's name said which */
    if (*kind == MXQ_REPORT_AUTO || *kind == MXQ_REPORT_TLSRPT ||
        *kind == MXQ_REPORT_DMARC_AGGREGATE) {
        enum mxq_report_packing packing = mxq_report_packing_of(*p, *n);
        if (packing != MXQ_REPORT_PLAIN) {
            bool member_json = json;
            if (!mxq_report_inflate(packing, *p, *n, plain, &member_json,
                                    err))
                return false;
            named = packing == MXQ_REPORT_ZIP;
            json = member_json;
            *p = plain->data ? plain->data : "";
            *n = plain->len;
        }
    }
    if (*kind == MXQ_REPORT_AUTO) {
        *kind = sniff(*p, *n);
        if (*kind == MXQ_REPORT_NONE && named)
            *kind = json ? MXQ_REPORT_TLSRPT : MXQ_REPORT_DMARC_AGGREGATE;
    }
    return true;
}

bool mxq_report_write_members(yajl_gen g, enum mxq_report_kind kind,
                              const char *body, size_t n,
                              char err[MXQ_REPORT_ERROR_SIZE])
{
    struct mxq_buffer plain = {0};
    const char *p = body ? body : "";
    err[0] = '\0';
    bool ok = unpack(&kind, &p, &n, &plain, err);
    mxq_report_put_key(g, "type");
    mxq_report_put_key(g, mxq_report_type_name(kind));
    if (ok)
        ok = run_parser(g, kind, p, n, err);
    if (!ok) {
        if (err[0] == '\0')
            mxq_report_fail(err, "unreadable report");
        mxq_report_put_key_text(g, "error", err, strlen(err));
    }
    mxq_buffer_free(&plain);
    return ok;
}

bool mxq_report_write(yajl_gen g, enum mxq_report_kind kind,
                      const char *body, size_t n,
                      char err[MXQ_REPORT_ERROR_SIZE])
{
    yajl_gen_map_open(g);
    bool ok = mxq_report_write_members(g, kind, body, n, err);
    yajl_gen_map_close(g);
    return ok;
}
