/*
 * Opening, reloading and closing the policy; see policy.h.
 */
#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "access.h"
#include "auth.h"
#include "auth_checker.h"
#include "local_addresses.h"
#include "log.h"
#include "client_limits.h"

struct mxqd_policy *mxqd_policy_open(const struct mxqd_settings *s,
                                     unsigned workers, char *err,
                                     size_t errlen)
{
    struct mxqd_policy *p = calloc(1, sizeof *p);
    size_t plain = 0, hashed = 0;
    char why[512];

    if (p == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    struct mxqd_auth *auth = NULL;
    if ((p->access = mxqd_access_new(s, err, errlen)) == NULL ||
        mxqd_auth_open(s, &auth, err, errlen) < 0)
        goto fail;
    atomic_init(&p->auth, auth);
    if (s->smtp_local_addresses[0] != '\0' &&
        mxqd_local_open(s->smtp_local_addresses, &p->local, why,
                        sizeof why) < 0) {
        snprintf(err, errlen, "smtp-local-addresses: %s", why);
        goto fail;
    }
    if ((p->limits = mxqd_client_limits_new(s)) == NULL) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    mxqd_auth_counts(p->auth, &plain, &hashed);
    if (hashed > 0 &&
        (p->checker = mxqd_auth_checker_start(p->auth, workers ? workers : 1,
                                              MXQD_AUTH_CHECKER_THREADS, err,
                                              errlen)) == NULL)
        goto fail;

    if (p->auth != NULL)
        mxqd_log(MXQD_LOG_INFO, "AUTH: %zu plaintext and %zu hashed users%s",
                 plain, hashed, s->smtp_auth_plaintext
                                    ? ", offered without TLS too" : "");
    if (p->local != NULL) {
        size_t exact, patterns, regexes;
        mxqd_local_counts(p->local, &exact, &patterns, &regexes);
        mxqd_log(MXQD_LOG_INFO, "local addresses from %s: %zu exact, %zu "
                 "patterns, %zu regexes", s->smtp_local_addresses, exact,
                 patterns, regexes);
    }
    return p;
fail:
    mxqd_policy_close(p);
    return NULL;
}

static int64_t monotonic_seconds(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec;
}

static bool may_keep_refused(void *ctx, const struct mxq_connection *conn)
{
    struct mxqd_ip ip;
    mxqd_ip_from_connection(conn, &ip);
    return mxqd_client_limits_refused(ctx, &ip, monotonic_seconds());
}

static bool may_start_message(void *ctx, const struct mxq_connection *conn)
{
    struct mxqd_ip ip;
    mxqd_ip_from_connection(conn, &ip);
    return mxqd_client_limits_message(ctx, &ip, monotonic_seconds());
}

void mxqd_policy_to_engine(const struct mxqd_policy *p,
                           struct mxq_config *engine)
{
    engine->auth = p != NULL && p->auth != NULL;
    engine->is_local = p != NULL && p->local != NULL ? mxqd_local_match
                                                     : NULL;
    engine->is_local_ctx = p != NULL ? p->local : NULL;
    if (p != NULL) {
        engine->may_keep_refused = may_keep_refused;
        engine->may_keep_refused_ctx = p->limits;
        engine->may_start_message = may_start_message;
        engine->may_start_message_ctx = p->limits;
    }
    if (engine->auth && !engine->starttls && !engine->auth_plaintext)
        mxqd_log(MXQD_LOG_WARNING, "AUTH is never offered: no "
                 "smtp-certificate and no smtp-auth-plaintext; only local "
                 "addresses can receive mail");
}

static void log_reload(struct mxqd_policy *p, int rc, const char *err,
                       const char *why)
{
    size_t exact, patterns, regexes;

    if (rc < 0) {
        mxqd_log(MXQD_LOG_WARNING, "local addresses not reloaded (%s), the "
                 "previous list stays: %s", why, err);
        return;
    }
    mxqd_local_counts(p->local, &exact, &patterns, &regexes);
    mxqd_log(MXQD_LOG_INFO, "local addresses reloaded (%s): %zu exact, %zu "
             "patterns, %zu regexes", why, exact, patterns, regexes);
}

void mxqd_policy_reload(struct mxqd_policy *p)
{
    char err[512];

    if (p == NULL || p->local == NULL)
        return;
    log_reload(p, mxqd_local_reload(p->local, err, sizeof err), err,
               "SIGHUP");
}

void mxqd_policy_tick(struct mxqd_policy *p)
{
    char err[512];
    int rc;

    if (p == NULL || p->local == NULL)
        return;
    rc = mxqd_local_reload_if_changed(p->local, err, sizeof err);
    if (rc != 0)
        log_reload(p, rc, err, "file changed");
}

int mxqd_policy_prepare_auth(const struct mxqd_policy *p,
                             const struct mxqd_settings *s,
                             struct mxqd_auth **out, char *err,
                             size_t errlen)
{
    size_t plain = 0, hashed = 0;
    *out = NULL;
    if (mxqd_auth_open(s, out, err, errlen) < 0)
        return -1;
    struct mxqd_auth *now = atomic_load(&((struct mxqd_policy *)p)->auth);
    mxqd_auth_counts(*out, &plain, &hashed);
    const char *why = (now == NULL) != (*out == NULL)
                          ? "credentials turned on or off"
                      : hashed > 0 && p->checker == NULL
                          ? "hashed passwords, which mxqd started without"
                          : NULL;
    if (why != NULL) {
        snprintf(err, errlen, "%s: that needs a restart", why);
        mxqd_auth_free(*out);
        *out = NULL;
        return -1;
    }
    return 0;
}

bool mxqd_policy_commit_auth(struct mxqd_policy *p, struct mxqd_auth *a)
{
    if (a == NULL)
        return true;
    struct mxqd_auth **grown = realloc(p->retired_auth,
                                       (p->retired_count + 1) * sizeof *grown);
    if (grown == NULL) {
        mxqd_auth_free(a);
        return false;
    }
    p->retired_auth = grown;
    p->retired_auth[p->retired_count++] = atomic_exchange(&p->auth, a);
    if (p->checker != NULL)
        mxqd_auth_checker_use(p->checker, a);
    return true;
}

void mxqd_policy_close(struct mxqd_policy *p)
{
    if (p == NULL)
        return;
    mxqd_auth_checker_stop(p->checker);
    mxqd_auth_free(p->auth);
    for (size_t i = 0; i < p->retired_count; i++)
        mxqd_auth_free(p->retired_auth[i]);
    free(p->retired_auth);
    mxqd_local_free(p->local);
    mxqd_access_free(p->access);
    mxqd_client_limits_free(p->limits);
    free(p);
}
