/*
 * mxqd: reads the settings, binds the listeners, drops privileges, opens
 * the file queue and runs the workers until SIGTERM or SIGINT.
 *
 * Signals are blocked in every thread and taken here with sigtimedwait():
 *   SIGTERM, SIGINT  stop accepting, give transactions in flight
 *                    MXQD_SHUTDOWN_GRACE_SECONDS to finish, close the rest,
 *                    exit 0;
 *   SIGHUP           reopen the application-log and received-log files
 *                    (for logrotate), read smtp-local-addresses again,
 *                    and reload the configuration (reload.h): new
 *                    sessions use it, or the log says why not.
 */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <mxq/mxq.h>

#include "amqp_config.h"
#include "dns.h"
#include "listen.h"
#include "log.h"
#include "loop.h"
#include "metrics.h"
#include "metrics_http.h"
#include "policy.h"
#include "received_log.h"
#include "reload.h"
#include "spamd.h"
#include "privdrop.h"
#include "sd_notify.h"
#include "settings.h"
#include "store.h"
#include "tls.h"


extern char **environ;

/* Lets 10,000s of connections in: the soft limit goes up to the hard one. */
static void raise_open_files(void)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
        return;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
            mxqd_log(MXQD_LOG_WARNING, "cannot raise the open-file limit: %s",
                     strerror(errno));
    }
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
        mxqd_log(MXQD_LOG_INFO, "open-file limit %llu",
                 (unsigned long long)rl.rlim_cur);
}

/* The per-process part of message ids: start time and pid, fixed width in
 * the engine's lower-case base 32, so that no two starts share a prefix and
 * prefix and counter cannot run into each other. */
static void make_id_prefix(struct mxq_id_source *ids)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuv";
    uint64_t t = (uint64_t)time(NULL), pid = (uint64_t)getpid();
    char *p = ids->prefix;

    for (int i = 6; i >= 0; i--)
        *p++ = digits[(t >> (5 * i)) & 31];
    for (int i = 4; i >= 0; i--)
        *p++ = digits[(pid >> (5 * i)) & 31];
    *p = '\0';
    ids->counter = 0;
}

/* A start that cannot go on: said in the log, and on stderr unless the
 * log is there already. Exit status 1 (2 is for a bad configuration). */
static int fail(const struct mxqd_settings *s, const char *what)
{
    bool on_stderr = false;

    for (size_t i = 0; i < s->log_target_count; i++)
        on_stderr |= strcmp(s->application_log[i], "stderr") == 0;
    mxqd_log(MXQD_LOG_CRITICAL, "%s", what);
    if (!on_stderr)
        fprintf(stderr, "mxqd: %s\n", what);
    return 1;
}

int main(int argc, char **argv)
{
    static struct mxqd_settings settings;
    static struct mxq_id_source ids;
    static struct mxq_memory_budget memory; /* shared by every worker */
    int listeners[MXQD_MAX_LISTENERS];
    bool listener_secure[MXQD_MAX_LISTENERS] = { false };
    size_t listener_count = 0, secure_count = 0;
    struct mxqd_tls_server *tls = NULL;
    char err[1024] = "";
    sigset_t signals;

    int rc = mxqd_settings_load(&settings, argc, argv, environ, err, sizeof err);
    if (rc == 1)
        return 0;
    if (rc != 0) {
        fprintf(stderr, "mxqd: %s\n", err);
        return 2;
    }
    if (settings.check_config) {
        /* The certificate, key and ciphers are loaded as at start. */
        if (mxqd_tls_server_setup(&settings, &tls, err, sizeof err) < 0) {
            fprintf(stderr, "mxqd: %s\n", err);
            return 2;
        }
        mxqd_tls_server_free(tls);
        /* So are the password and local-address files. */
        struct mxqd_policy *checked =
            mxqd_policy_open(&settings, settings.smtp_threads, err,
                             sizeof err);
        if (checked == NULL) {
            fprintf(stderr, "mxqd: %s\n", err);
            return 2;
        }
        mxqd_policy_close(checked);
        if (mxqd_received_log_check_format(settings.received_log_format, err,
                                           sizeof err) < 0 ||
            mxqd_metrics_address_check(settings.metrics_address, err,
                                       sizeof err) < 0) {
            fprintf(stderr, "mxqd: %s\n", err);
            return 2;
        }
        mxqd_settings_print(&settings, STDOUT_FILENO);
        if (settings.rabbitmq_address[0] != '\0') {
            /* Says what it found as comment lines; exit 0 reachable or
             * not (mxqd runs without a broker and connects later), 2
             * when mxqd would refuse to start (e.g. rabbitmq-ca-file). */
            struct mxqd_amqp_config amqp_cfg;
            mxqd_amqp_config_from_settings(&settings, settings.smtp_threads,
                                           &amqp_cfg);
            if (mxqd_amqp_check(&amqp_cfg, STDOUT_FILENO) == -2)
                return 2;
        }
        return 0;
    }
    const struct mxqd_settings *s = &settings;
    if (mxqd_log_open(s->application_log, s->log_target_count, err,
                      sizeof err) < 0) {
        fprintf(stderr, "mxqd: %s\n", err);
        return 2;
    }
    mxqd_log_use_json(s->application_log_format == MXQD_LOG_FORMAT_JSON);

    /* Blocked before any thread starts, so that every thread inherits the
     * mask and only sigtimedwait() below sees them. */
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, NULL);
    signal(SIGPIPE, SIG_IGN);
    raise_open_files();

    /* Before the privilege drop, as the application log: its folder may
     * be root's. First, so that a bad template leaves nothing open. */
    struct mxqd_received_log *received_log =
        mxqd_received_log_open(s->received_log_file, s->received_log_format,
                               err, sizeof err);
    if (received_log == NULL && err[0] != '\0') {
        fail(s, err);
        return 2;
    }

    /* Before the privilege drop: the key may be readable by root only. */
    if (mxqd_tls_server_setup(s, &tls, err, sizeof err) < 0) {
        fail(s, err);
        return 2;
    }
    if (tls != NULL) {
        char ciphers[2048];
        mxqd_tls_server_ciphers(tls, ciphers, sizeof ciphers);
        mxqd_log(MXQD_LOG_INFO, "TLS: certificate %s, cipher suites %s",
                 s->smtp_certificate, ciphers);
    }

    /* Also before the drop: the password file may be root's only. */
    struct mxqd_policy *policy = mxqd_policy_open(s, s->smtp_threads, err,
                                                  sizeof err);
    if (policy == NULL) {
        fail(s, err);
        return 2;
    }

    if (mxqd_listen(s->smtp_ip, s->smtp_port.ports, s->smtp_port.count,
                    listeners, MXQD_MAX_LISTENERS, &listener_count, err,
                    sizeof err) < 0)
        return fail(s, err);
    if (mxqd_listen(s->smtp_ip, s->smtp_secure_port.ports,
                    s->smtp_secure_port.count, listeners + listener_count,
                    MXQD_MAX_LISTENERS - listener_count, &secure_count, err,
                    sizeof err) < 0)
        return fail(s, err);
    for (size_t i = 0; i < secure_count; i++)
        listener_secure[listener_count++] = true;
    /* metrics-address: bound here, before the drop, and served from now */
    struct mxqd_metrics_http *metrics = NULL;
    if (mxqd_metrics_address_check(s->metrics_address, err, sizeof err) < 0) {
        fail(s, err);
        return 2;
    }
    if (mxqd_metrics_http_open(s, &metrics, err, sizeof err) < 0)
        return fail(s, err);
    if (mxqd_privdrop(s->user, err, sizeof err) < 0)
        return fail(s, err);

    /* After the drop, so that the daemon's user owns what it creates.
     * RabbitMQ, when configured, replaces the file queue; the publishers
     * connect in the background, and until one is connected the engine
     * refuses MAIL with 451. */
    struct mxqd_store *store = mxqd_store_open(s, s->smtp_threads, err,
                                               sizeof err);
    if (store == NULL)
        return fail(s, err);
    mxqd_metrics_set_store(mxqd_metrics_http_set(metrics), store);

    /* The engine's configuration: its first generation (SIGHUP makes
     * the next ones, reload.c). */
    make_id_prefix(&ids);
    memory.limit = s->smtp_memory_limit;
    struct mxqd_engine_parts parts = {
        .policy = policy, .starttls = tls != NULL, .ids = &ids,
        .memory = &memory, .store = store};
    struct mxqd_config_gen *first = mxqd_config_gen_new(&settings, false,
                                                        &parts);
    if (first == NULL)
        return fail(s, "cannot start: out of memory");
    const struct mxq_config engine = first->engine;
    mxqd_config_publish(first);

    /* The checks' lookups: a resolver per worker, one shared cache. */
    struct mxqd_dns_config dns = {
        .servers = s->dns_servers,
        .timeout = s->dns_interval / 1000.0,
        .attempts = s->dns_attempts,
        .capacity = s->dns_capacity,
        .min_ttl = s->dns_min_ttl,
        .max_ttl = s->dns_max_ttl < s->dns_min_ttl ? s->dns_min_ttl
                                                   : s->dns_max_ttl,
    };
    bool resolving = engine.checks != 0 || engine.dnsbl_zone_count > 0;
    struct mxqd_dns_cache *dns_cache = NULL;
    if (resolving &&
        (dns_cache = mxqd_dns_cache_new(MXQD_DNS_CACHE_ENTRIES,
                                        MXQD_DNS_CACHE_BYTES)) == NULL)
        return fail(s, "cannot start: out of memory");

    /* The spam check's spamd, resolved once. */
    struct mxqd_spamd_config spamd;
    bool scanning = (engine.checks & MXQ_CHECK_SPAM) != 0;
    if (scanning &&
        !mxqd_spamd_config_init(&spamd, s->spamassassin_host,
                                s->spamassassin_port,
                                /* the check's own deadline comes first */
                                engine.check_timeout + 2, err, sizeof err))
        return fail(s, err);

    struct mxqd_server_config cfg = {
        .store = store,
        .threads = s->smtp_threads,
        .listeners = listeners,
        .listener_count = listener_count,
        .listener_secure = listener_secure,
        .tls = tls,
        .policy = policy,
        .grace_seconds = MXQD_SHUTDOWN_GRACE_SECONDS,
        .dns = resolving ? &dns : NULL,
        .dns_cache = dns_cache,
        .spamd = scanning ? &spamd : NULL,
        .received_log = received_log,
        .metrics = mxqd_metrics_http_set(metrics),
    };
    struct mxqd_server *server = mxqd_server_start(&cfg, err, sizeof err);
    if (server == NULL)
        return fail(s, err);

    char where[PATH_MAX + 300];
    mxqd_store_describe(store, where, sizeof where);
    mxqd_log(MXQD_LOG_INFO, "mxqd %s ready, %u threads, %s", MXQ_VERSION,
             s->smtp_threads ? s->smtp_threads : 1, where);
    mxqd_sd_notify("READY=1"); /* systemd: Type=notify */

    struct mxqd_reload reload = {
        .argc = argc, .argv = argv, .envp = environ, .tls = tls,
        .parts = parts, .resolving = resolving, .scanning = scanning};
    const struct mxqd_settings *running = s;
    for (;;) {
        /* Woken once a second without a signal: the local-address file
         * is looked at here, never on a worker. */
        const struct timespec second = { 1, 0 };
        int sig = sigtimedwait(&signals, NULL, &second);
        if (sig < 0) {
            mxqd_policy_tick(policy);
            continue;
        }
        if (sig == SIGHUP) {
            mxqd_log_reopen();
            (void)mxqd_received_log_reopen(received_log); /* warns itself */
            mxqd_log(MXQD_LOG_INFO, "SIGHUP: log files reopened");
            mxqd_policy_reload(policy);
            (void)mxqd_reload(&reload, &running); /* logs what it did */
            continue;
        }
        if (sig == SIGTERM || sig == SIGINT)
            break;
    }

    mxqd_sd_notify("STOPPING=1"); /* systemd: stopping, not failed */
    mxqd_log(MXQD_LOG_INFO, "stopping: no new connections, %d s for the "
             "ones open", MXQD_SHUTDOWN_GRACE_SECONDS);
    mxqd_server_stop(server);
    mxqd_server_join(server);
    mxqd_metrics_http_close(metrics); /* after the workers, which count */
    for (size_t i = 0; i < listener_count; i++)
        close(listeners[i]);
    /* After the workers: their last messages needed it. */
    mxqd_store_close(store);
    mxqd_config_shutdown(); /* the workers' sessions are gone */
    mxqd_tls_server_free(tls);
    mxqd_policy_close(policy); /* after the workers, which use it */
    mxqd_dns_cache_free(dns_cache); /* after the workers' resolvers */
    mxqd_received_log_close(received_log); /* after the workers' lines */
    mxqd_log(MXQD_LOG_INFO, "stopped");
    mxqd_log_close();
    return 0;
}
