/*
 * Splitting and reading `rabbitmq-address`. Error messages name the entry
 * by its position, never by its text: it may hold a password.
 */
#include "amqp_uri.h"

#include <stdio.h>
#include <string.h>

#include <amqp.h>

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool copy_field(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        return false;
    memcpy(dst, src, n + 1);
    return true;
}

/* The vhost as it would appear in a URI: unreserved bytes as they are,
 * everything else %XX ("/" is %2F). */
static void encode_vhost(char *dst, size_t size, const char *vhost)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t used = 0;

    for (const unsigned char *p = (const unsigned char *)vhost; *p; p++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
                     *p == '_' || *p == '~';
        if (used + (plain ? 1 : 3) >= size)
            break;
        if (plain) {
            dst[used++] = (char)*p;
        } else {
            dst[used++] = '%';
            dst[used++] = hex[*p >> 4];
            dst[used++] = hex[*p & 15];
        }
    }
    dst[used] = '\0';
}

static int parse_one(const char *text, size_t len, size_t position,
                     struct mxqd_amqp_uri *out, char *err, size_t errlen)
{
    char copy[MXQD_AMQP_URI_MAX + 1];
    struct amqp_connection_info info;

    if (len == 0) {
        snprintf(err, errlen, "rabbitmq-address: entry %zu is empty",
                 position);
        return -1;
    }
    if (len > MXQD_AMQP_URI_MAX) {
        snprintf(err, errlen, "rabbitmq-address: entry %zu is longer than "
                 "%d bytes", position, MXQD_AMQP_URI_MAX);
        return -1;
    }
    memcpy(copy, text, len);
    copy[len] = '\0';
    amqp_default_connection_info(&info);
    if (amqp_parse_url(copy, &info) != AMQP_STATUS_OK) {
        snprintf(err, errlen, "rabbitmq-address: entry %zu is not an AMQP "
                 "URI (amqp://user:password@host:port/vhost)", position);
        return -1;
    }
    if (info.ssl) {
        snprintf(err, errlen, "rabbitmq-address: entry %zu: amqps:// (TLS "
                 "to the broker) is not supported yet", position);
        return -1;
    }
    if (info.port <= 0 || info.port > 65535 || info.host[0] == '\0') {
        snprintf(err, errlen, "rabbitmq-address: entry %zu has no valid "
                 "host and port", position);
        return -1;
    }
    memset(out, 0, sizeof *out);
    if (!copy_field(out->host, sizeof out->host, info.host) ||
        !copy_field(out->user, sizeof out->user, info.user) ||
        !copy_field(out->password, sizeof out->password, info.password) ||
        !copy_field(out->vhost, sizeof out->vhost,
                    info.vhost[0] ? info.vhost : "/")) {
        snprintf(err, errlen, "rabbitmq-address: entry %zu has a part "
                 "longer than %d bytes", position, MXQD_AMQP_FIELD_MAX);
        return -1;
    }
    out->port = (uint16_t)info.port;

    char vhost[3 * MXQD_AMQP_FIELD_MAX + 1];
    bool v6 = strchr(out->host, ':') != NULL;
    encode_vhost(vhost, sizeof vhost, out->vhost);
    snprintf(out->shown, sizeof out->shown, "amqp://%.64s@%s%.255s%s:%u/%.64s",
             out->user, v6 ? "[" : "", out->host, v6 ? "]" : "",
             (unsigned)out->port, vhost);
    return 0;
}

int mxqd_amqp_uri_parse_list(const char *text, struct mxqd_amqp_uri *out,
                             size_t max, size_t *count, char *err,
                             size_t errlen)
{
    const char *p = text;

    *count = 0;
    for (size_t position = 1;; position++) {
        const char *comma = strchr(p, ',');
        const char *end = comma ? comma : p + strlen(p);
        const char *start = p;

        while (start < end && is_blank(*start))
            start++;
        while (end > start && is_blank(end[-1]))
            end--;
        if (*count == max) {
            snprintf(err, errlen, "rabbitmq-address: more than %zu URIs",
                     max);
            return -1;
        }
        if (parse_one(start, (size_t)(end - start), position, &out[*count],
                      err, errlen) < 0)
            return -1;
        (*count)++;
        if (comma == NULL)
            return 0;
        p = comma + 1;
    }
}
