/*
 * libmicrohttpd's edge of the metrics: its own thread (epoll), a few
 * connections at most, a short timeout; each GET /metrics sums the
 * workers' counters and renders them (metrics.c). mxqd binds the socket
 * itself, so that it is bound before the privilege drop like the SMTP
 * ports, and hands it to libmicrohttpd.
 */
#include "metrics_http.h"
#include "log.h"
#include "metrics.h"
#include "settings.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define METRICS_CONNECTIONS 8      /* scrapers at once */
#define METRICS_TIMEOUT 10         /* seconds a scraper may be idle */

struct mxqd_metrics_http {
    struct MHD_Daemon *daemon;
    struct mxqd_metrics_set *set;
    int fd;
};

/* address "ip:port" or "[ip6]:port" into ss. 0, or -1 with err. */
static int parse_address(const char *address, struct sockaddr_storage *ss,
                         socklen_t *len, char *err, size_t errlen)
{
    char host[INET6_ADDRSTRLEN + 2];
    const char *colon = strrchr(address, ':');
    const char *port_text = colon != NULL ? colon + 1 : "";
    size_t hlen = colon != NULL ? (size_t)(colon - address) : 0;
    char *end;

    errno = 0;
    unsigned long port = strtoul(port_text, &end, 10);
    if (colon == NULL || *port_text < '0' || *port_text > '9' ||
        *end != '\0' || errno != 0 || port == 0 || port > 65535 ||
        hlen == 0 || hlen >= sizeof host) {
        snprintf(err, errlen, "metrics-address '%s': not ip:port or "
                 "[ipv6]:port", address);
        return -1;
    }
    memcpy(host, address, hlen);
    host[hlen] = '\0';
    memset(ss, 0, sizeof *ss);
    if (host[0] == '[' && host[hlen - 1] == ']') {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
        host[hlen - 1] = '\0';
        if (inet_pton(AF_INET6, host + 1, &sin6->sin6_addr) == 1) {
            sin6->sin6_family = AF_INET6;
            sin6->sin6_port = htons((uint16_t)port);
            *len = sizeof *sin6;
            return 0;
        }
    } else {
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        if (inet_pton(AF_INET, host, &sin->sin_addr) == 1) {
            sin->sin_family = AF_INET;
            sin->sin_port = htons((uint16_t)port);
            *len = sizeof *sin;
            return 0;
        }
    }
    snprintf(err, errlen, "metrics-address '%s': '%s' is not an IP "
             "address (an IPv6 one in brackets)", address, host);
    return -1;
}

static bool loopback(const struct sockaddr_storage *ss)
{
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;
        return (ntohl(sin->sin_addr.s_addr) >> 24) == 127;
    }
    const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
    const uint8_t *a = sin6->sin6_addr.s6_addr;
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                       0xff, 0xff};
    return IN6_IS_ADDR_LOOPBACK(&sin6->sin6_addr) ||
           (memcmp(a, mapped, sizeof mapped) == 0 && a[12] == 127);
}

int mxqd_metrics_address_check(const char *address, char *err,
                               size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t len;

    if (address[0] == '\0')
        return 0;
    return parse_address(address, &ss, &len, err, errlen);
}

static void log_mhd(void *cls, const char *fmt, va_list ap)
{
    char line[512];

    (void)cls;
    vsnprintf(line, sizeof line, fmt, ap);
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    mxqd_log(MXQD_LOG_WARNING, "metrics: %s", line);
}

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned status,
                             const char *text)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
    if (r == NULL)
        return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                            "text/plain; charset=utf-8");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    enum MHD_Result ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result serve(void *cls, struct MHD_Connection *conn,
                             const char *url, const char *method,
                             const char *version, const char *upload,
                             size_t *upload_size, void **state)
{
    static int started;
    struct mxqd_metrics_http *h = cls;

    (void)version;
    (void)upload;
    if (*state == NULL) {          /* the headers only: answer later */
        *state = &started;
        return MHD_YES;
    }
    if (*upload_size != 0) {       /* a body nobody asked for: dropped */
        *upload_size = 0;
        return MHD_YES;
    }
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 &&
        strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
        return reply(conn, MHD_HTTP_METHOD_NOT_ALLOWED,
                     "only GET /metrics here\n");
    if (strcmp(url, "/metrics") != 0)
        return reply(conn, MHD_HTTP_NOT_FOUND, "only /metrics here\n");
    size_t len;
    char *text = mxqd_metrics_render(h->set, &len);
    if (text == NULL)
        return reply(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory\n");
    struct MHD_Response *r =
        MHD_create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
    if (r == NULL) {
        free(text);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE,
                            "text/plain; version=0.0.4; charset=utf-8");
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ret;
}

static int bind_socket(const char *address, char *err, size_t errlen)
{
    struct sockaddr_storage ss;
    socklen_t len;
    int one = 1;

    if (parse_address(address, &ss, &len, err, errlen) < 0)
        return -1;
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                    0);
    if (fd < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
        (ss.ss_family == AF_INET6 &&
         setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one) < 0) ||
        bind(fd, (struct sockaddr *)&ss, len) < 0 || listen(fd, 16) < 0) {
        snprintf(err, errlen, "metrics-address %s: %s", address,
                 strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (loopback(&ss))
        mxqd_log(MXQD_LOG_INFO, "metrics: http://%s/metrics", address);
    else
        mxqd_log(MXQD_LOG_WARNING, "metrics: http://%s/metrics is not a "
                 "loopback address: anyone who reaches it reads the "
                 "counters (no authentication)", address);
    return fd;
}

int mxqd_metrics_http_open(const struct mxqd_settings *s,
                           struct mxqd_metrics_http **out, char *err,
                           size_t errlen)
{
    *out = NULL;
    if (s->metrics_address[0] == '\0')
        return 0;
    struct mxqd_metrics_http *h = calloc(1, sizeof *h);
    const char *queues[MXQD_QUEUES];
    mxqd_settings_queues(s, queues);
    if (h == NULL ||
        (h->set = mxqd_metrics_set_new(
             s->smtp_threads, s->rabbitmq_address[0] ? "amqp" : "file",
             queues)) == NULL) {
        snprintf(err, errlen, "metrics: out of memory");
        free(h);
        return -1;
    }
    if ((h->fd = bind_socket(s->metrics_address, err, errlen)) < 0) {
        mxqd_metrics_set_free(h->set);
        free(h);
        return -1;
    }
    h->daemon = MHD_start_daemon(
        MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL,
        serve, h, MHD_OPTION_EXTERNAL_LOGGER, log_mhd, NULL, /* first */
        MHD_OPTION_LISTEN_SOCKET, h->fd,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)METRICS_CONNECTIONS,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)METRICS_TIMEOUT,
        MHD_OPTION_END);
    if (h->daemon == NULL) {
        snprintf(err, errlen, "metrics-address %s: cannot start the HTTP "
                 "server", s->metrics_address);
        close(h->fd);
        mxqd_metrics_set_free(h->set);
        free(h);
        return -1;
    }
    *out = h;
    return 0;
}

struct mxqd_metrics_set *mxqd_metrics_http_set(struct mxqd_metrics_http *h)
{
    return h != NULL ? h->set : NULL;
}

void mxqd_metrics_http_close(struct mxqd_metrics_http *h)
{
    if (h == NULL)
        return;
    /* Its thread is gone after this, and the socket closed. */
    MHD_stop_daemon(h->daemon);
    mxqd_metrics_set_free(h->set);
    free(h);
}
