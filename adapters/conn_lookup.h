/*
 * The session's RESOLVE requests at the worker's resolver (dns.h): one
 * entry per request, so that an answer finds its connection and request
 * id, and a connection that goes away cancels what it still waits for.
 */
#ifndef MXQD_CONN_LOOKUP_H
#define MXQD_CONN_LOOKUP_H

#include <stdbool.h>

#include <mxq/mxq.h>

struct mxqd_conn;

/* Starts the lookup of request r; false without a resolver, or out of
 * memory (the caller answers it). */
bool mxqd_conn_lookup_start(struct mxqd_conn *c, const struct mxq_request *r);

/* The connection is being freed: no answer may reach it. */
void mxqd_conn_lookups_cancel(struct mxqd_conn *c);

#endif
