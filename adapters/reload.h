/*
 * SIGHUP: the configuration read again and put in force without a
 * restart, whole or not at all. What can change: the certificate, key and
 * ciphers (new TLS sessions), every setting of the engine (limits, checks
 * within what the daemon started with, header rules, DSN defaults, ...)
 * for the sessions that start from then on, the application log's format.
 * smtp-range, smtp-proxy, the IP lists, the connection cap, the
 * per-client limits (new connections and messages), the credentials (new
 * AUTH commands). A setting whose change needs a restart (listeners,
 * threads, the store, the resolver) refuses the reload, and the log says
 * which; so does a file that cannot be read.
 */
#ifndef MXQD_RELOAD_H
#define MXQD_RELOAD_H

#include <stdbool.h>

#include "config_gen.h"

struct mxqd_tls_server;

struct mxqd_reload {
    int argc;
    char **argv, **envp;           /* as mxqd was started */
    struct mxqd_tls_server *tls;
    struct mxqd_engine_parts parts;
    bool resolving;                /* a resolver runs in the workers */
    bool scanning;                 /* spamd is configured */
};

/* Reads the configuration again over `running`; true when the new one is
 * in force (*running is then the new settings). */
bool mxqd_reload(const struct mxqd_reload *r,
                 const struct mxqd_settings **running);

/* The first setting that differs between a and b and needs a restart;
 * NULL: none. */
const char *mxqd_reload_restart_needed(const struct mxqd_settings *a,
                                       const struct mxqd_settings *b);

#endif
