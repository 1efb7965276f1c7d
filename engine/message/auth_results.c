#include "auth_results.h"

#include <stdio.h>
#include <string.h>

#include "spf.h"
#include "utf8.h"

/* RFC 2045 token octets, and the '@' and '.' of an address: what a
 * pvalue (RFC 8601 §2.2) may hold without quotes. */
static bool bare(const char *v)
{
    if (*v == '\0')
        return false;
    for (; *v; v++) {
        unsigned char c = (unsigned char)*v;
        if (c <= ' ' || c >= 0x7f || strchr("()<>,;:\\\"/[]?=", c) != NULL)
            return false;
    }
    return true;
}

/* The value as a pvalue: as it is, or as a quoted-string. */
static bool append_value(struct mxq_buffer *out, const char *v)
{
    if (bare(v))
        return mxq_buffer_append_str(out, v);
    if (!mxq_buffer_append(out, "\"", 1))
        return false;
    for (; *v; v++) {
        if ((*v == '"' || *v == '\\') && !mxq_buffer_append(out, "\\", 1))
            return false;
        if (!mxq_buffer_append(out, v, 1))
            return false;
    }
    return mxq_buffer_append(out, "\"", 1);
}

/* ";" CRLF TAB method=result: each resinfo on a line of its own. */
static bool append_method(struct mxq_buffer *out, const char *method,
                          const char *result)
{
    return mxq_buffer_append_str(out, ";\r\n\t") &&
           mxq_buffer_append_str(out, method) &&
           mxq_buffer_append(out, "=", 1) &&
           mxq_buffer_append_str(out, result);
}

/* " ptype.property=value"; nothing for a value that is not UTF-8 (it
 * comes from the message; the field goes into a JSON string). */
static bool append_property(struct mxq_buffer *out, const char *name,
                            const char *value)
{
    if (!mxq_utf8_valid(value, strlen(value)))
        return true;
    return mxq_buffer_append(out, " ", 1) &&
           mxq_buffer_append_str(out, name) &&
           mxq_buffer_append(out, "=", 1) && append_value(out, value);
}

static bool append_spf(struct mxq_buffer *out, const struct mxq_checks *c)
{
    return append_method(out, "spf", mxq_spf_result_name(c->spf_result)) &&
           append_property(out, c->spf_helo ? "smtp.helo" : "smtp.mailfrom",
                           c->spf_identity ? c->spf_identity : "");
}

/* One resinfo per signature (RFC 8601 §2.7.1, header.b of RFC 6008), or
 * dkim=none when there is none. */
static bool append_dkim(struct mxq_buffer *out, const struct mxq_checks *c)
{
    size_t count = c->dkim ? mxq_dkim_count(c->dkim) : 0;
    if (count == 0)
        return append_method(out, "dkim", c->dkim ? "none" : "temperror");
    bool ok = true;
    for (size_t i = 0; ok && i < count; i++) {
        const struct mxq_dkim_verdict *v = mxq_dkim_get(c->dkim, i);
        ok = append_method(out, "dkim",
                           mxq_dkim_result_name(mxq_checks_dkim_result(c, i)));
        if (ok && v->d[0])
            ok = append_property(out, "header.d", v->d);
        if (ok && v->i[0])
            ok = append_property(out, "header.i", v->i);
        if (ok && v->s[0])
            ok = append_property(out, "header.s", v->s);
        if (ok && v->a[0])
            ok = append_property(out, "header.a", v->a);
        if (ok && v->header_b[0])
            ok = append_property(out, "header.b", v->header_b);
    }
    return ok;
}

/* dmarc=result header.from=domain (RFC 7489 §11.2) */
static bool append_dmarc(struct mxq_buffer *out, const struct mxq_checks *c)
{
    const struct mxq_dmarc_outcome *o = mxq_checks_dmarc_outcome(c);
    if (o == NULL)
        return append_method(out, "dmarc", "temperror");
    return append_method(out, "dmarc", mxq_dmarc_result_name(o->result)) &&
           (o->header_from[0] == '\0' ||
            append_property(out, "header.from", o->header_from));
}

/* arc=result header.oldest-pass=N (RFC 8617 §10.2) */
static bool append_arc(struct mxq_buffer *out, const struct mxq_checks *c)
{
    const struct mxq_arc_verdict *v = mxq_checks_arc_verdict(c);
    if (v == NULL)
        return append_method(out, "arc", "temperror");
    char oldest[16];
    snprintf(oldest, sizeof oldest, "%u", v->oldest_pass);
    return append_method(out, "arc", mxq_arc_result_name(v->result)) &&
           (v->result != MXQ_ARC_PASS ||
            append_property(out, "header.oldest-pass", oldest));
}

bool mxq_auth_results_append(struct mxq_buffer *out, const char *hostname,
                             const struct mxq_checks *checks, bool pad)
{
    if (!checks->spf_ran && !checks->dkim_ran && !checks->dmarc_ran &&
        !checks->arc_ran)
        return true;
    size_t start = out->len;
    bool ok = mxq_buffer_append_str(out, "Authentication-Results: ") &&
              mxq_buffer_append_str(out, hostname) &&
              (!checks->spf_ran || append_spf(out, checks)) &&
              (!checks->dkim_ran || append_dkim(out, checks)) &&
              (!checks->dmarc_ran || append_dmarc(out, checks)) &&
              (!checks->arc_ran || append_arc(out, checks));
    while (ok && pad && (out->len - start + 2) % 3 != 0)
        ok = mxq_buffer_append(out, " ", 1);
    return ok && mxq_buffer_append(out, "\r\n", 2);
}
