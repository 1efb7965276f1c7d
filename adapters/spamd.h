/*
 * The spamd edge: carries out the engine's MXQ_REQUEST_SPAM_SCAN over one
 * TCP connection to spamd per scan, inside the worker's epoll loop (a
 * non-blocking connect, the request written as the socket takes it, the
 * reply read until spamd closes). The bytes are the engine's: it writes
 * the SPAMC request head and reads SPAMD's reply (engine/checks/spam.h);
 * this edge only moves them, within a size cap and a deadline.
 *
 * Per worker loop iteration:
 *
 *   for each event whose handle is MXQD_HANDLE_SPAMD: mxqd_spamd_event();
 *   after the events (and after the sweep): mxqd_spamd_complete(ctx);
 *
 * A scan that ends is answered only from mxqd_spamd_complete(), so that
 * the answer (which may close its connection) never runs while other
 * events of the same round still point at that connection.
 */
#ifndef MXQD_SPAMD_H
#define MXQD_SPAMD_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>

#include <mxq/mxq.h>

struct mxqd_conn;
struct mxqd_conn_context;
struct mxqd_spamd_scan;

/* Where spamd is (spamassassin-host, spamassassin-port), resolved once at
 * start-up, and how long a scan may take. */
struct mxqd_spamd_config {
    struct sockaddr_storage addr;
    socklen_t addr_len;
    unsigned timeout;          /* seconds from the connect to the reply */
};

/* Resolves host (a name or an address) and port; false with err filled
 * when it does not resolve. */
bool mxqd_spamd_config_init(struct mxqd_spamd_config *cfg, const char *host,
                            unsigned port, unsigned timeout, char *err,
                            size_t errlen);

/* Starts the scan of request r for connection c (its octets are copied);
 * false without spamd or out of memory (the caller answers it failed). */
bool mxqd_spamd_start(struct mxqd_conn *c, const struct mxq_request *r,
                      int64_t now);

/* The scan's socket is ready (epoll events). */
void mxqd_spamd_event(struct mxqd_spamd_scan *s, uint32_t events);

/* Scans of c past their deadline end as failed (answered by the next
 * mxqd_spamd_complete()). */
void mxqd_spamd_expire(struct mxqd_conn *c, int64_t now);

/* Answers every scan that ended since the last call. */
void mxqd_spamd_complete(struct mxqd_conn_context *ctx, int64_t now);

/* The connection is being freed: its scans end unanswered. */
void mxqd_spamd_cancel(struct mxqd_conn *c);

#endif
