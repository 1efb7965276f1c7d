/*
 * The resolver edge (adapters/dns.c) against a real unbound on loopback:
 * every record type, NXDOMAIN and NODATA with their SOA TTL, TTL
 * clamping, the shared cache, in-flight de-duplication, cancellation,
 * the capacity FIFO, answer caps, and a timeout against a silent port.
 * The test drives the resolver with its own epoll loop, as a worker does.
 * Without /usr/sbin/unbound every test is skipped; an unbound that is
 * there but does not start is a failure.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dns.h"

#ifndef UNBOUND
#define UNBOUND "/usr/sbin/unbound"
#endif
#define WIDE_A 70                  /* more A records than the cap */

static pid_t unbound_pid = -1;
static int unbound_port;
static char tmpdir[64];
static char servers[64];
static int silent_fd = -1;         /* a bound UDP socket that never answers */
static int silent_port;

/* ------------------------------------------------------------ unbound */

static void stop_unbound(void)
{
    if (unbound_pid > 0) {
        kill(unbound_pid, SIGTERM);
        waitpid(unbound_pid, NULL, 0);
        unbound_pid = -1;
    }
    if (tmpdir[0] != '\0') {
        char path[128];
        snprintf(path, sizeof path, "%s/unbound.conf", tmpdir);
        unlink(path);
        snprintf(path, sizeof path, "%s/unbound.log", tmpdir);
        unlink(path);
        rmdir(tmpdir);
        tmpdir[0] = '\0';
    }
}

/* A UDP port free on 127.0.0.1 (and its TCP twin, for truncated
 * answers): the kernel picks one. */
static int free_port(void)
{
    for (int tries = 0; tries < 20; tries++) {
        int u = socket(AF_INET, SOCK_DGRAM, 0), t = socket(AF_INET,
                                                          SOCK_STREAM, 0);
        struct sockaddr_in a = { .sin_family = AF_INET,
                                 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
        socklen_t len = sizeof a;
        int port = -1;
        if (u >= 0 && t >= 0 && bind(u, (struct sockaddr *)&a, sizeof a) == 0 &&
            getsockname(u, (struct sockaddr *)&a, &len) == 0 &&
            bind(t, (struct sockaddr *)&a, sizeof a) == 0)
            port = ntohs(a.sin_port);
        if (u >= 0)
            close(u);
        if (t >= 0)
            close(t);
        if (port > 0)
            return port;
    }
    return -1;
}

static int write_config(const char *path, int port)
{
    FILE *f = fopen(path, "w");
    char x[251], y[251];

    if (f == NULL)
        return -1;
    memset(x, 'x', 250);
    memset(y, 'y', 250);
    x[250] = y[250] = '\0';
    fprintf(f,
            "server:\n"
            "  interface: 127.0.0.1@%d\n  port: %d\n  do-ip6: no\n"
            "  num-threads: 1\n  do-daemonize: no\n  chroot: \"\"\n"
            "  username: \"\"\n  pidfile: \"\"\n  directory: \"%s\"\n"
            "  use-syslog: no\n  logfile: \"\"\n  verbosity: 0\n"
            "  access-control: 127.0.0.0/8 allow\n"
            "  module-config: \"iterator\"\n  do-not-query-localhost: no\n"
            "  local-zone: \"test.\" static\n"
            "  local-data: \"test. 300 IN SOA ns.test. host.test. 1 3600 "
            "600 86400 120\"\n"
            "  local-data: \"a.test. 300 IN A 192.0.2.1\"\n"
            "  local-data: \"a.test. 300 IN A 192.0.2.2\"\n"
            "  local-data: \"a.test. 300 IN AAAA 2001:db8::1\"\n"
            "  local-data: \"mx.test. 300 IN MX 20 mx2.test.\"\n"
            "  local-data: \"mx.test. 300 IN MX 10 mx1.test.\"\n"
            "  local-data: \"mx.test. 300 IN MX 30 mx3.test.\"\n"
            "  local-data: 'spf.test. 300 IN TXT \"v=spf1 \" \"ip4:192.0.2.0/24"
            " \" \"-all\"'\n"
            "  local-data: 'long.test. 300 IN TXT \"%.200s\" \"%.200s\"'\n"
            "  local-data: 'two.test. 300 IN TXT \"one\"'\n"
            "  local-data: 'two.test. 300 IN TXT \"two\" \"three\"'\n"
            "  local-data: \"short.test. 5 IN A 192.0.2.5\"\n"
            "  local-data: \"forever.test. 999999 IN A 192.0.2.6\"\n"
            "  local-data: \"dedup.test. 300 IN A 192.0.2.7\"\n"
            "  local-data: \"cancel.test. 300 IN A 192.0.2.8\"\n"
            "  local-data: \"q1.test. 300 IN A 192.0.2.11\"\n"
            "  local-data: \"q2.test. 300 IN A 192.0.2.12\"\n"
            "  local-data: \"q3.test. 300 IN A 192.0.2.13\"\n"
            "  local-data-ptr: \"192.0.2.1 a.test.\"\n",
            port, port, tmpdir, x, y);
    /* Over the EDNS size of 1232: truncated over UDP, then TCP. */
    fprintf(f, "  local-data: 'tcp.test. 300 IN TXT");
    for (int i = 0; i < 8; i++)
        fprintf(f, " \"%s\"", i % 2 ? x : y);
    fprintf(f, "'\n");
    for (int i = 0; i < WIDE_A; i++)
        fprintf(f, "  local-data: \"wide.test. 300 IN A 198.51.100.%d\"\n",
                i + 1);
    fprintf(f, "remote-control:\n  control-enable: no\n");
    return fclose(f) == 0 ? 0 : -1;
}

/* One raw query for a.test A; true when unbound answered it. */
static bool unbound_answers(int port)
{
    static const unsigned char q[] = {
        0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
        1, 'a', 4, 't', 'e', 's', 't', 0, 0, 1, 0, 1
    };
    struct sockaddr_in a = { .sin_family = AF_INET,
                             .sin_port = htons((uint16_t)port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    unsigned char buf[512];
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    bool ok = false;

    if (fd < 0)
        return false;
    if (sendto(fd, q, sizeof q, 0, (struct sockaddr *)&a, sizeof a) ==
        (ssize_t)sizeof q) {
        struct pollfd p = { .fd = fd, .events = POLLIN };
        ok = poll(&p, 1, 50) == 1 && recv(fd, buf, sizeof buf, 0) >= 12 &&
             buf[0] == 0x12 && buf[1] == 0x34;
    }
    close(fd);
    return ok;
}

static void print_log(void)
{
    char path[128], line[512];
    snprintf(path, sizeof path, "%s/unbound.log", tmpdir);
    FILE *f = fopen(path, "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        fprintf(stderr, "unbound: %s", line);
    if (f != NULL)
        fclose(f);
}

/* 0 started, -1 failed (message printed). */
static int start_unbound(void)
{
    char conf[128], logpath[128];

    snprintf(tmpdir, sizeof tmpdir, "/tmp/mxq-dns-XXXXXX");
    if (mkdtemp(tmpdir) == NULL) {
        fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
        tmpdir[0] = '\0';
        return -1;
    }
    snprintf(conf, sizeof conf, "%s/unbound.conf", tmpdir);
    snprintf(logpath, sizeof logpath, "%s/unbound.log", tmpdir);
    for (int attempt = 0; attempt < 3; attempt++) {
        if ((unbound_port = free_port()) < 0 ||
            write_config(conf, unbound_port) < 0) {
            fprintf(stderr, "cannot prepare unbound: %s\n", strerror(errno));
            return -1;
        }
        pid_t pid = fork();
        if (pid < 0)
            return -1;
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlive the test */
            int fd = open(logpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd >= 0) {
                dup2(fd, 1);
                dup2(fd, 2);
            }
            execl(UNBOUND, UNBOUND, "-d", "-c", conf, (char *)NULL);
            _exit(127);
        }
        unbound_pid = pid;
        for (int i = 0; i < 100; i++) { /* up to ~5 s */
            if (unbound_answers(unbound_port)) {
                snprintf(servers, sizeof servers, "127.0.0.1:%d",
                         unbound_port);
                return 0;
            }
            if (waitpid(pid, NULL, WNOHANG) == pid) {
                unbound_pid = -1; /* exited: perhaps the port was taken */
                break;
            }
        }
        print_log();
        if (unbound_pid > 0) {
            kill(unbound_pid, SIGTERM);
            waitpid(unbound_pid, NULL, 0);
            unbound_pid = -1;
        }
    }
    fprintf(stderr, "%s is installed but did not start (see above)\n",
            UNBOUND);
    return -1;
}

static bool have_unbound;

static int group_setup(void **state)
{
    (void)state;
    if (access(UNBOUND, X_OK) != 0) {
        fprintf(stderr, "%s not installed: skipping\n", UNBOUND);
        return 0;
    }
    atexit(stop_unbound);
    if (start_unbound() != 0)
        return -1;
    have_unbound = true;
    struct sockaddr_in a = { .sin_family = AF_INET,
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof a;
    silent_fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (silent_fd < 0 || bind(silent_fd, (struct sockaddr *)&a, sizeof a) ||
        getsockname(silent_fd, (struct sockaddr *)&a, &len))
        return -1;
    silent_port = ntohs(a.sin_port);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    stop_unbound();
    if (silent_fd >= 0)
        close(silent_fd);
    return 0;
}

/* ------------------------------------------------------------ harness */

struct result {
    bool called;
    enum mxq_dns_rcode rcode;
    size_t n;
    uint32_t ttl;
    uint16_t pref[WIDE_A];
    size_t len[WIDE_A];
    uint8_t data[WIDE_A][2048];
};

static void on_done(void *arg, enum mxq_dns_rcode rcode,
                    const struct mxq_dns_record *rec, size_t n, uint32_t ttl)
{
    struct result *r = arg;
    assert_false(r->called);
    r->called = true;
    r->rcode = rcode;
    r->n = n;
    r->ttl = ttl;
    assert_true(n <= WIDE_A);
    assert_true(rcode == MXQ_DNS_OK ? n > 0 : n == 0);
    for (size_t i = 0; i < n; i++) {
        assert_true(rec[i].data.n <= sizeof r->data[i]);
        r->pref[i] = rec[i].preference;
        r->len[i] = rec[i].data.n;
        memcpy(r->data[i], rec[i].data.p, rec[i].data.n);
    }
}

struct env {
    int epfd;
    int tag;                       /* its address is the epoll tag */
    struct mxqd_dns_cache *cache;
    struct mxqd_dns *dns;
};

static struct env env;

static struct mxqd_dns *resolver(const char *srv, double timeout,
                                 unsigned capacity)
{
    struct mxqd_dns_config cfg;
    char err[256] = "";
    mxqd_dns_config_defaults(&cfg);
    cfg.servers = srv;
    cfg.timeout = timeout;
    cfg.attempts = 1;
    cfg.capacity = capacity;
    cfg.min_ttl = 60;
    cfg.max_ttl = 3600;
    struct mxqd_dns *d = mxqd_dns_new(&cfg, env.cache, env.epfd, &env.tag,
                                      err, sizeof err);
    if (d == NULL)
        fail_msg("mxqd_dns_new: %s", err);
    return d;
}

static int setup(void **state)
{
    (void)state;
    if (!have_unbound)
        return 0;
    env.epfd = epoll_create1(EPOLL_CLOEXEC);
    env.cache = mxqd_dns_cache_new(100, MXQD_DNS_CACHE_BYTES);
    if (env.epfd < 0 || env.cache == NULL)
        return -1;
    env.dns = resolver(servers, 1.0, 16);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    if (!have_unbound)
        return 0;
    mxqd_dns_free(env.dns);
    mxqd_dns_cache_free(env.cache);
    close(env.epfd);
    return 0;
}

#define NEED_UNBOUND()            \
    do {                          \
        if (!have_unbound)        \
            skip();               \
    } while (0)

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The worker loop, until every result is in (or 3 s pass). */
static void run(struct mxqd_dns *d, struct result **rs, size_t count)
{
    double end = now_ms() + 3000;
    for (;;) {
        size_t done = 0;
        for (size_t i = 0; i < count; i++)
            done += rs[i]->called;
        if (done == count)
            return;
        if (now_ms() > end)
            fail_msg("no answer in 3 s");
        int t = mxqd_dns_timeout_ms(d);
        struct epoll_event ev[8];
        int n = epoll_wait(env.epfd, ev, 8, t < 0 || t > 100 ? 100 : t);
        for (int i = 0; i < n; i++) {
            assert_ptr_equal(ev[i].data.ptr, &env.tag);
            mxqd_dns_process(d);
        }
        mxqd_dns_tick(d);
    }
}

static void resolve(struct mxqd_dns *d, const char *name,
                    enum mxq_dns_type type, struct result *r)
{
    memset(r, 0, sizeof *r);
    assert_non_null(mxqd_dns_lookup(d, name, type, on_done, r));
    assert_false(r->called); /* never from inside the lookup */
    run(d, &r, 1);
}

static bool has(const struct result *r, const void *p, size_t len)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->len[i] == len && memcmp(r->data[i], p, len) == 0)
            return true;
    return false;
}

#define HAS(r, s) has(r, s, strlen(s))

/* ------------------------------------------------------------ tests */

static struct result r1, r2, r3;

static void test_a_aaaa(void **state)
{
    (void)state;
    NEED_UNBOUND();
    uint8_t ip1[4] = { 192, 0, 2, 1 }, ip2[4] = { 192, 0, 2, 2 }, ip6[16];
    inet_pton(AF_INET6, "2001:db8::1", ip6);
    resolve(env.dns, "a.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 2);
    assert_true(has(&r1, ip1, 4) && has(&r1, ip2, 4));
    assert_int_equal(r1.ttl, 300);
    resolve(env.dns, "a.test", MXQ_DNS_AAAA, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 1);
    assert_true(has(&r1, ip6, 16));
}

static void test_mx_in_preference_order(void **state)
{
    (void)state;
    NEED_UNBOUND();
    resolve(env.dns, "mx.test", MXQ_DNS_MX, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 3);
    const char *want[] = { "mx1.test", "mx2.test", "mx3.test" };
    for (int i = 0; i < 3; i++) {
        assert_int_equal(r1.pref[i], 10 * (i + 1));
        assert_int_equal(r1.len[i], strlen(want[i]));
        assert_memory_equal(r1.data[i], want[i], r1.len[i]);
    }
    assert_int_equal(r1.ttl, 300); /* from the raw answer */
}

static void test_txt_joined(void **state)
{
    (void)state;
    NEED_UNBOUND();
    resolve(env.dns, "spf.test", MXQ_DNS_TXT, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 1);
    assert_true(HAS(&r1, "v=spf1 ip4:192.0.2.0/24 -all"));
    assert_int_equal(r1.ttl, 300);

    char big[401];
    memset(big, 'x', 200);
    memset(big + 200, 'y', 200);
    big[400] = '\0';
    resolve(env.dns, "long.test", MXQ_DNS_TXT, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 1);
    assert_true(HAS(&r1, big));

    /* 2000 octets: only over TCP. */
    resolve(env.dns, "tcp.test", MXQ_DNS_TXT, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 1);
    assert_int_equal(r1.len[0], 2000);
    assert_int_equal(r1.data[0][0], 'y');
    assert_int_equal(r1.data[0][1999], 'x');

    /* Two records: record_start separates them. */
    resolve(env.dns, "two.test", MXQ_DNS_TXT, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 2);
    assert_true(HAS(&r1, "one") && HAS(&r1, "twothree"));
}

static void test_ptr(void **state)
{
    (void)state;
    NEED_UNBOUND();
    resolve(env.dns, "1.2.0.192.in-addr.arpa", MXQ_DNS_PTR, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, 1);
    assert_true(HAS(&r1, "a.test"));
}

static void test_negative_answers(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    resolve(env.dns, "nope.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_NXDOMAIN);
    assert_int_equal(r1.ttl, 120); /* min(SOA TTL 300, MINIMUM 120) */
    resolve(env.dns, "a.test", MXQ_DNS_MX, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_NODATA);
    assert_int_equal(r1.ttl, 120);
    /* Both cached. */
    mxqd_dns_stats(env.dns, &st);
    uint64_t queries = st.queries;
    resolve(env.dns, "nope.test", MXQ_DNS_A, &r1);
    resolve(env.dns, "a.test", MXQ_DNS_MX, &r2);
    assert_int_equal(r1.rcode, MXQ_DNS_NXDOMAIN);
    assert_int_equal(r2.rcode, MXQ_DNS_NODATA);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, queries);
    assert_int_equal(st.cache_hits, 2);
}

static void test_ttl_clamped(void **state)
{
    (void)state;
    NEED_UNBOUND();
    resolve(env.dns, "short.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.ttl, 60);
    resolve(env.dns, "forever.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.ttl, 3600);
}

static void test_cache_hit(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    resolve(env.dns, "a.test", MXQ_DNS_A, &r1);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, 1);
    /* Deferred to the next tick, case-insensitive, no query. */
    memset(&r2, 0, sizeof r2);
    assert_non_null(mxqd_dns_lookup(env.dns, "A.Test", MXQ_DNS_A, on_done,
                                    &r2));
    assert_false(r2.called);
    assert_int_equal(mxqd_dns_timeout_ms(env.dns), 0);
    mxqd_dns_tick(env.dns);
    assert_true(r2.called);
    assert_int_equal(r2.rcode, MXQ_DNS_OK);
    assert_int_equal(r2.n, 2);
    assert_true(r2.ttl <= 300 && r2.ttl >= 298);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, 1);
    assert_int_equal(st.cache_hits, 1);

    /* The cache serves every worker's resolver. */
    struct mxqd_dns *other = resolver(servers, 1.0, 4);
    resolve(other, "a.test", MXQ_DNS_A, &r3);
    assert_int_equal(r3.n, 2);
    mxqd_dns_stats(other, &st);
    assert_int_equal(st.queries, 0);
    assert_int_equal(st.cache_hits, 1);
    mxqd_dns_free(other);
}

static void test_in_flight_dedup(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    struct result *rs[] = { &r1, &r2 };
    memset(&r1, 0, sizeof r1);
    memset(&r2, 0, sizeof r2);
    assert_non_null(mxqd_dns_lookup(env.dns, "dedup.test", MXQ_DNS_A,
                                    on_done, &r1));
    assert_non_null(mxqd_dns_lookup(env.dns, "dedup.test", MXQ_DNS_A,
                                    on_done, &r2));
    run(env.dns, rs, 2);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r2.rcode, MXQ_DNS_OK);
    assert_int_equal(r2.n, 1);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, 1);
    assert_int_equal(st.joined, 1);
}

static void test_cancel_one_waiter(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    struct result *rs[] = { &r2 };
    memset(&r1, 0, sizeof r1);
    memset(&r2, 0, sizeof r2);
    struct mxqd_dns_query *q = mxqd_dns_lookup(env.dns, "cancel.test",
                                               MXQ_DNS_A, on_done, &r1);
    assert_non_null(q);
    assert_non_null(mxqd_dns_lookup(env.dns, "cancel.test", MXQ_DNS_A,
                                    on_done, &r2));
    mxqd_dns_cancel(q);
    run(env.dns, rs, 1);
    assert_false(r1.called);
    assert_int_equal(r2.rcode, MXQ_DNS_OK);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, 1);

    /* Every waiter cancelled: the answer still fills the cache. */
    q = mxqd_dns_lookup(env.dns, "dedup.test", MXQ_DNS_A, on_done, &r1);
    mxqd_dns_cancel(q);
    for (int i = 0; i < 20 && mxqd_dns_timeout_ms(env.dns) >= 0; i++) {
        struct epoll_event ev;
        if (epoll_wait(env.epfd, &ev, 1, 100) > 0)
            mxqd_dns_process(env.dns);
        mxqd_dns_tick(env.dns);
    }
    assert_false(r1.called);
    resolve(env.dns, "dedup.test", MXQ_DNS_A, &r3);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.queries, 2);
    assert_int_equal(st.cache_hits, 1);
}

static void test_capacity_fifo(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    struct mxqd_dns *one = resolver(servers, 1.0, 1);
    struct result *rs[] = { &r1, &r2, &r3 };
    struct result cancelled;
    memset(&r1, 0, sizeof r1);
    memset(&r2, 0, sizeof r2);
    memset(&r3, 0, sizeof r3);
    memset(&cancelled, 0, sizeof cancelled);
    assert_non_null(mxqd_dns_lookup(one, "q1.test", MXQ_DNS_A, on_done, &r1));
    assert_non_null(mxqd_dns_lookup(one, "q2.test", MXQ_DNS_A, on_done, &r2));
    struct mxqd_dns_query *c = mxqd_dns_lookup(one, "forever.test",
                                               MXQ_DNS_AAAA, on_done,
                                               &cancelled);
    assert_non_null(mxqd_dns_lookup(one, "q3.test", MXQ_DNS_A, on_done, &r3));
    mxqd_dns_stats(one, &st);
    assert_int_equal(st.active, 1);
    assert_int_equal(st.waiting, 3);
    mxqd_dns_cancel(c); /* a waiting query nobody wants is never asked */
    run(one, rs, 3);
    uint8_t ip3[4] = { 192, 0, 2, 13 };
    assert_true(has(&r3, ip3, 4));
    assert_false(cancelled.called);
    mxqd_dns_stats(one, &st);
    assert_int_equal(st.queries, 3);
    assert_int_equal(st.queued, 3);
    assert_int_equal(st.active, 0);
    assert_int_equal(st.waiting, 0);
    mxqd_dns_free(one);
}

static void test_caps_and_bad_names(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_stats st;
    resolve(env.dns, "wide.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    assert_int_equal(r1.n, MXQD_DNS_MAX_RECORDS);

    char name[300];
    memset(name, 'a', sizeof name - 1);
    name[sizeof name - 1] = '\0';
    for (size_t i = 63; i < sizeof name - 1; i += 64)
        name[i] = '.';
    resolve(env.dns, name, MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_SERVFAIL);
    resolve(env.dns, "", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_SERVFAIL);
    /* A label over 63 octets: c-ares refuses it, still an answer. */
    name[100] = '\0';
    memset(name, 'b', 100);
    resolve(env.dns, name, MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_SERVFAIL);
    mxqd_dns_stats(env.dns, &st);
    assert_int_equal(st.lookups, 4);
    assert_true(st.queries <= 2); /* the too long ones never leave */
}

static void test_timeout(void **state)
{
    (void)state;
    NEED_UNBOUND();
    char silent[64];
    snprintf(silent, sizeof silent, "127.0.0.1:%d", silent_port);
    struct mxqd_dns *d = resolver(silent, 0.2, 4);
    double t0 = now_ms();
    resolve(d, "a.test", MXQ_DNS_A, &r1);
    double took = now_ms() - t0;
    assert_int_equal(r1.rcode, MXQ_DNS_TIMEOUT);
    assert_int_equal(r1.ttl, 0);
    assert_true(took >= 150 && took < 1500);
    /* Not cached: asking again asks again. */
    struct mxqd_dns_stats st;
    resolve(d, "a.test", MXQ_DNS_A, &r1);
    mxqd_dns_stats(d, &st);
    assert_int_equal(st.queries, 2);
    assert_int_equal(r1.rcode, MXQ_DNS_TIMEOUT);
    mxqd_dns_free(d);
}

static void test_free_with_pending(void **state)
{
    (void)state;
    NEED_UNBOUND();
    char silent[64];
    snprintf(silent, sizeof silent, "127.0.0.1:%d", silent_port);
    struct mxqd_dns *d = resolver(silent, 0.2, 1);
    memset(&r1, 0, sizeof r1);
    memset(&r2, 0, sizeof r2);
    assert_non_null(mxqd_dns_lookup(d, "x.test", MXQ_DNS_A, on_done, &r1));
    assert_non_null(mxqd_dns_lookup(d, "y.test", MXQ_DNS_A, on_done, &r2));
    assert_non_null(mxqd_dns_lookup(d, "", MXQ_DNS_A, on_done, &r2));
    mxqd_dns_free(d); /* no callbacks, no leaks */
    assert_false(r1.called || r2.called);
}

static void test_bad_config(void **state)
{
    (void)state;
    NEED_UNBOUND();
    struct mxqd_dns_config cfg;
    char err[256];
    mxqd_dns_config_defaults(&cfg);
    cfg.servers = "not an address";
    assert_null(mxqd_dns_new(&cfg, NULL, env.epfd, &env.tag, err,
                             sizeof err));
    assert_non_null(strstr(err, "dns-servers"));
    mxqd_dns_config_defaults(&cfg);
    cfg.min_ttl = 10;
    cfg.max_ttl = 5;
    assert_null(mxqd_dns_new(&cfg, NULL, env.epfd, &env.tag, err,
                             sizeof err));
    /* "ip;ip" with ports, and no cache at all. */
    char two[128];
    snprintf(two, sizeof two, "127.0.0.1:%d; 127.0.0.1:%d", unbound_port,
             unbound_port);
    mxqd_dns_config_defaults(&cfg);
    cfg.servers = two;
    struct mxqd_dns *d = mxqd_dns_new(&cfg, NULL, env.epfd, &env.tag, err,
                                      sizeof err);
    assert_non_null(d);
    resolve(d, "a.test", MXQ_DNS_A, &r1);
    assert_int_equal(r1.rcode, MXQ_DNS_OK);
    mxqd_dns_free(d);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_a_aaaa),
        T(test_mx_in_preference_order),
        T(test_txt_joined),
        T(test_ptr),
        T(test_negative_answers),
        T(test_ttl_clamped),
        T(test_cache_hit),
        T(test_in_flight_dedup),
        T(test_cancel_one_waiter),
        T(test_capacity_fifo),
        T(test_caps_and_bad_names),
        T(test_timeout),
        T(test_free_with_pending),
        T(test_bad_config),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
