#include "auth_results.h"

#include <string.h>

#include "spf.h"

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

bool mxq_auth_results_append(struct mxq_buffer *out, const char *hostname,
                             const struct mxq_checks *checks, bool pad)
{
    if (!checks->spf_ran)
        return true;
    size_t start = out->len;
    bool ok = mxq_buffer_append_str(out, "Authentication-Results: ") &&
              mxq_buffer_append_str(out, hostname) &&
              mxq_buffer_append_str(out, ";\r\n\tspf=") &&
              mxq_buffer_append_str(out,
                                    mxq_spf_result_name(checks->spf_result)) &&
              mxq_buffer_append_str(out, checks->spf_helo ? " smtp.helo="
                                                          : " smtp.mailfrom=") &&
              append_value(out, checks->spf_identity ? checks->spf_identity
                                                     : "");
    while (ok && pad && (out->len - start + 2) % 3 != 0)
        ok = mxq_buffer_append(out, " ", 1);
    return ok && mxq_buffer_append(out, "\r\n", 2);
}
