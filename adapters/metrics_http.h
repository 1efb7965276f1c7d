/*
 * The metrics endpoint (metrics-address): GET /metrics in Prometheus'
 * text format, served by libmicrohttpd on a thread of its own that reads
 * the workers' counters (metrics.h) and never touches a worker's loop.
 * Every other path gets 404, every other method 405.
 */
#ifndef MXQD_METRICS_HTTP_H
#define MXQD_METRICS_HTTP_H

#include <stddef.h>

struct mxqd_settings;
struct mxqd_metrics_set;
struct mxqd_metrics_http;

/* metrics-address: empty, or IPv4:port or [IPv6]:port. 0, or -1 with err
 * filled (a bad configuration). */
int mxqd_metrics_address_check(const char *address, char *err,
                               size_t errlen);

/* With metrics-address set: the counters of s->smtp_threads workers, the
 * socket bound (before the privilege drop) and the endpoint serving;
 * a non-loopback address is warned about. *out is NULL when it is empty.
 * 0, or -1 with err filled. */
int mxqd_metrics_http_open(const struct mxqd_settings *s,
                           struct mxqd_metrics_http **out, char *err,
                           size_t errlen);

/* The counters the workers write (mxqd_server_config.metrics); NULL for a
 * NULL endpoint. */
struct mxqd_metrics_set *mxqd_metrics_http_set(struct mxqd_metrics_http *h);

/* Stops the endpoint's thread, then frees the counters: after the
 * workers are gone. NULL is fine. */
void mxqd_metrics_http_close(struct mxqd_metrics_http *h);

#endif
