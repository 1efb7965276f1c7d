/*
 * Reading `rabbitmq-address`: the config grammar splits the list
 * (mxq_cfg_parse_fields) and tells IPv6 hosts (mxq_cfg_parse_ip);
 * rabbitmq-c reads each URI. Error messages name the entry by its
 * position, never by its text: it may hold a password.
 */
#include "amqp_uri.h"

#include <stdio.h>
#include <string.h>

#include <amqp.h>

#include "config.h"

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
    out->tls = info.ssl != 0;

    char vhost[3 * MXQD_AMQP_FIELD_MAX + 1];
    struct mxq_cfg_cidr ip;
    bool v6 = mxq_cfg_parse_ip(out->host, strlen(out->host), &ip) ==
              MXQ_CFG_OK && ip.family == 6;
    encode_vhost(vhost, sizeof vhost, out->vhost);
    snprintf(out->shown, sizeof out->shown,
             "%s://%.64s@%s%.255s%s:%u/%.64s", out->tls ? "amqps" : "amqp",
             out->user, v6 ? "[" : "", out->host, v6 ? "]" : "",
             (unsigned)out->port, vhost);
    return 0;
}

int mxqd_amqp_uri_parse_list(const char *text, struct mxqd_amqp_uri *out,
                             size_t max, size_t *count, char *err,
                             size_t errlen)
{
    struct mxq_slice fields[MXQD_AMQP_MAX_URIS];
    size_t cap = max < MXQD_AMQP_MAX_URIS ? max : MXQD_AMQP_MAX_URIS;
    size_t n = 0;

    *count = 0;
    switch (mxq_cfg_parse_fields(text, strlen(text), fields, cap, &n)) {
    case MXQ_CFG_OK:
        break;
    case MXQ_CFG_TOO_MANY:
        snprintf(err, errlen, "rabbitmq-address: more than %zu URIs", cap);
        return -1;
    default:
        snprintf(err, errlen, "rabbitmq-address: entry %zu holds a control "
                 "character", n + 1);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (parse_one(fields[i].p, fields[i].n, i + 1, &out[i], err,
                      errlen) < 0)
            return -1;
        (*count)++;
    }
    return 0;
}
