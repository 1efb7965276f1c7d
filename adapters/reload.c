/*
 * Reloading the configuration; see reload.h.
 */
#include "reload.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "auth.h"
#include "client_limits.h"
#include "log.h"
#include "policy.h"
#include "settings_table.h"
#include "tls.h"

/* Settings that the running daemon has built into something that lives
 * as long as it does: listeners, threads, the store and its broker, the
 * resolver and spamd, the keys of the per-client counts, the log
 * files. */
static const char *const restart_only[] = {
    "smtp-ip", "smtp-port", "smtp-secure-port", "smtp-threads", "user",
    "queue-directory", "smtp-memory-limit", "smtp-tls-timeout",
    "rabbitmq-address", "rabbitmq-verify", "rabbitmq-ca-file",
    "rabbitmq-inbox", "rabbitmq-local", "rabbitmq-reports",
    "rabbitmq-refused", "rabbitmq-exchange", "rabbitmq-declare",
    "rabbitmq-durable", "rabbitmq-persistent", "rabbitmq-lazy",
    "rabbitmq-maxpriority", "rabbitmq-queue-type", "rabbitmq-publishers",
    "rabbitmq-throttle", "rabbitmq-encoding", "rabbitmq-confirm-timeout",
    "dns-servers", "dns-interval", "dns-attempts", "dns-capacity",
    "dns-min-ttl", "dns-max-ttl", "spamassassin-host", "spamassassin-port",
    "smtp-local-addresses",
    "smtp-ipv6-prefix", "application-log", "received-log-file",
    "received-log-format", "metrics-address", NULL};

const char *mxqd_reload_restart_needed(const struct mxqd_settings *a,
                                       const struct mxqd_settings *b)
{
    for (size_t i = 0; restart_only[i] != NULL; i++)
        for (size_t r = 0; r < mxqd_setting_rows; r++) {
            const struct mxqd_setting *row = &mxqd_setting_table[r];
            if (strcmp(row->name, restart_only[i]) != 0 ||
                row->offset == NO_FIELD)
                continue;
            if (memcmp((const char *)a + row->offset,
                       (const char *)b + row->offset, row->size) != 0)
                return row->name;
        }
    return NULL;
}

static void refuse(const char *why)
{
    mxqd_log(MXQD_LOG_WARNING, "SIGHUP: configuration not reloaded, the one "
             "in force stays: %s", why);
}

bool mxqd_reload(const struct mxqd_reload *r,
                 const struct mxqd_settings **running)
{
    char err[1024] = "", why[1200];
    struct mxqd_settings *s = calloc(1, sizeof *s);
    if (s == NULL) {
        refuse("out of memory");
        return false;
    }
    if (mxqd_settings_load(s, r->argc, r->argv, r->envp, err, sizeof err) !=
        0) {
        refuse(err[0] ? err : "the settings do not load");
        free(s);
        return false;
    }
    const char *changed = mxqd_reload_restart_needed(*running, s);
    struct mxqd_config_gen *g = NULL;
    struct mxqd_access_lists *lists = NULL;
    struct mxqd_auth *auth = NULL;
    struct mxqd_policy *policy = r->parts.policy;
    if (changed != NULL) {
        snprintf(why, sizeof why, "%s changed, which needs a restart",
                 changed);
    } else if ((g = mxqd_config_gen_new(s, true, &r->parts)) == NULL) {
        snprintf(why, sizeof why, "out of memory");
    } else if ((g->engine.checks != 0 || g->engine.dnsbl_zone_count > 0) &&
               !r->resolving) {
        snprintf(why, sizeof why, "smtp-check or smtp-protection now needs "
                 "DNS, which mxqd did not start with: that needs a restart");
    } else if ((g->engine.checks & MXQ_CHECK_SPAM) && !r->scanning) {
        snprintf(why, sizeof why, "smtp-check now has spam, which mxqd did "
                 "not start with: that needs a restart");
    } else if ((lists = mxqd_access_prepare(s, err, sizeof err)) == NULL) {
        snprintf(why, sizeof why, "%s", err);
    } else if (mxqd_policy_prepare_auth(policy, s, &auth, err,
                                        sizeof err) < 0) {
        snprintf(why, sizeof why, "%s", err);
        mxqd_access_discard(lists);
    } else if (mxqd_tls_server_reload(r->tls, s, err, sizeof err) < 0) {
        snprintf(why, sizeof why, "%s", err);
        mxqd_access_discard(lists);
        mxqd_auth_free(auth);
    } else {
        /* from here on nothing fails but memory for the exempt list */
        mxqd_access_commit(policy->access, lists, s);
        if (!mxqd_policy_commit_auth(policy, auth))
            mxqd_log(MXQD_LOG_WARNING, "SIGHUP: out of memory: the "
                     "credentials stay as they were");
        if (!mxqd_client_limits_set(policy->limits, s))
            mxqd_log(MXQD_LOG_WARNING, "SIGHUP: out of memory: the "
                     "per-client limits stay as they were");
        mxqd_log_use_json(s->application_log_format == MXQD_LOG_FORMAT_JSON);
        mxqd_config_publish(g);
        *running = s;
        mxqd_log(MXQD_LOG_INFO, "SIGHUP: configuration reloaded: new "
                 "sessions use it");
        return true;
    }
    refuse(why);
    if (g != NULL)
        mxqd_config_release(g); /* frees s */
    else
        free(s);
    return false;
}
