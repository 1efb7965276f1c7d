"""metrics-address on the real mxqd: a known dialogue over smtplib, then
GET /metrics with urllib and the exact values; `promtool check metrics`
(Debian's prometheus package) must accept the text (skipped, 77, without
promtool). Other paths get 404, other methods 405; metrics-address empty
serves nothing; a bad one is a configuration error.

The dialogue: connection A (not logged in) sends a message to two local
recipients, its third RCPT (not local) refused with 530; connection B
fails AUTH once, logs in, sends two messages to two recipients each and
one over smtp-maxsize (552: refused); connection C comes from 127.0.0.2,
outside smtp-range (554, refused). Then STARTTLS: one TLS 1.3 session,
one handshake that fails. Then the checks and their lookups (SPF and DKIM
against a real unbound, SPF against a server that never answers), and the
RabbitMQ publisher against a real broker that is killed."""

import os
import re
import shutil
import smtplib
import socket
import subprocess
import sys
import time
import unittest
import urllib.error
import urllib.request

import amqp_broker
import unbound_server
from mxqd_harness import MXQD, Mxqd, connect, free_port, read_to_eof, run

PROMTOOL = shutil.which("promtool")
BODY = "Subject: metrics\r\n\r\nbody\r\n"


class CountingSMTP(smtplib.SMTP):
    """smtplib, counting the bytes it sends (mxq_received_bytes_total)."""
    sent = 0

    def send(self, s):
        data = s.encode(self.command_encoding) if isinstance(s, str) else s
        CountingSMTP.sent += len(data)
        super().send(data)


def scrape(port, path="/metrics"):
    with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path),
                                timeout=10) as r:
        return r.status, r.headers.get("Content-Type"), r.read().decode()


def values(text):
    """{'name{labels}': value} of every sample line."""
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[name] = float(value)
    return out


class Metrics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if PROMTOOL is None:
            print("promtool missing (Debian package prometheus): skipped")
            sys.exit(77)
        cls.metrics_port = free_port()
        cls.m = Mxqd(metrics_address="127.0.0.1:%d" % cls.metrics_port,
                     smtp_range="127.0.0.1/32",
                     smtp_auth="hardcoded://user:secret",
                     smtp_auth_plaintext="true",
                     smtp_auth_failure_delay="0",
                     smtp_maxsize="1KB")
        local = os.path.join(cls.m.dir, "local-addresses")
        with open(local, "w") as f:
            f.write("*@local.example\n")
        cls.m.argv += ["--smtp-local-addresses", local]
        try:  # no tearDownClass after a failed setUpClass
            cls.m.start()
            cls.dialogue()
        except BaseException:
            cls.m.cleanup()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.m.finish()

    @classmethod
    def dialogue(cls):
        m = cls.m
        # A: not logged in, local recipients only
        a = CountingSMTP(m.ip, m.port, timeout=10)
        a.ehlo("client.test")
        a.mail("s@client.test")
        assert a.rcpt("a@local.example")[0] == 250
        assert a.rcpt("b@local.example")[0] == 250
        assert a.rcpt("x@remote.example")[0] == 530
        assert a.data(BODY)[0] == 250
        a.quit()
        # B: AUTH failed, then logged in; two messages and one too large
        b = CountingSMTP(m.ip, m.port, timeout=10)
        b.ehlo("client.test")
        # one mechanism (login() would try PLAIN, then LOGIN)
        b.user, b.password = "user", "wrong"
        try:
            b.auth("PLAIN", b.auth_plain)
            raise AssertionError("a wrong password logged in")
        except smtplib.SMTPAuthenticationError:
            pass
        b.password = "secret"
        assert b.auth("PLAIN", b.auth_plain)[0] == 235
        for _ in range(2):
            refused = b.sendmail("s@client.test",
                                 ["r1@remote.example", "r2@remote.example"],
                                 BODY)
            assert refused == {}, refused
        # no SIZE= at MAIL (sendmail would give it): refused at its end
        b.mail("s@client.test")
        assert b.rcpt("r1@remote.example")[0] == 250
        code = b.data(BODY + "x" * 2000 + "\r\n")[0]
        assert code == 552, code
        b.quit()
        # C: outside smtp-range
        c = connect(m.port, source="127.0.0.2")
        assert read_to_eof(c, reset_is_eof=True).startswith(b"554")
        c.close()
        cls.sent = CountingSMTP.sent
        # the engine's counts are copied once a second; every connection
        # is closed once the gauge says 0 and the QUITs are counted
        deadline = time.monotonic() + 10
        while True:
            text = scrape(cls.metrics_port)[2]
            v = values(text)
            if (v.get("mxq_connections_open") == 0 and
                    v.get('mxq_commands_total{verb="QUIT"}') == 2) or \
                    time.monotonic() > deadline:
                break
            time.sleep(0.1)
        cls.text = text
        cls.v = v

    def test_connections(self):
        v = self.v
        self.assertEqual(v["mxq_connections_accepted_total"], 3)
        self.assertEqual(v['mxq_connections_refused_total{reason="range"}'],
                         1)
        for reason in ("limit", "client_limit", "proxy", "tls"):
            self.assertEqual(
                v['mxq_connections_refused_total{reason="%s"}' % reason], 0)
        self.assertEqual(v["mxq_connections_open"], 0)

    def test_messages_and_recipients(self):
        v = self.v
        self.assertEqual(v["mxq_messages_accepted_total"], 3)
        self.assertEqual(v["mxq_recipients_accepted_total"], 6)
        self.assertEqual(v["mxq_messages_refused_total"], 1)
        self.assertEqual(
            v['mxq_documents_stored_total{queue="inbox",backend="file"}'], 6)
        self.assertEqual(len(self.m.documents()), 6)
        self.assertEqual(v["mxq_store_failures_total"], 0)
        self.assertEqual(v["mxq_received_bytes_total"], self.sent)

    def test_store_latency(self):
        v = self.v
        self.assertEqual(v["mxq_store_latency_seconds_count"], 3)
        self.assertEqual(v['mxq_store_latency_seconds_bucket{le="+Inf"}'], 3)
        self.assertEqual(v['mxq_store_latency_seconds_bucket{le="10"}'], 3)
        self.assertGreater(v["mxq_store_latency_seconds_sum"], 0)
        self.assertLess(v["mxq_store_latency_seconds_sum"], 30)
        buckets = [(float(le) if le != "+Inf" else float("inf"), n)
                   for le, n in re.findall(
                       r'^mxq_store_latency_seconds_bucket\{le="([^"]+)"\} '
                       r'(\d+)$', self.text, re.M)]
        self.assertEqual(len(buckets), 14)
        self.assertEqual(buckets[0][0], 0.001)
        self.assertEqual(sorted(buckets), buckets)  # cumulative

    def test_auth_tls_commands_replies(self):
        v = self.v
        self.assertEqual(v['mxq_auth_total{result="success"}'], 1)
        self.assertEqual(v['mxq_auth_total{result="failure"}'], 1)
        self.assertEqual(v['mxq_tls_sessions_total{version="TLSv1.3"}'], 0)
        commands = {"EHLO": 2, "MAIL": 4, "RCPT": 8, "DATA": 4, "AUTH": 2,
                    "QUIT": 2, "HELO": 0, "unknown": 0}
        for verb, n in commands.items():
            self.assertEqual(v['mxq_commands_total{verb="%s"}' % verb], n,
                             verb)
        self.assertEqual(v['mxq_replies_total{code="220",status=""}'], 2)
        self.assertEqual(v['mxq_replies_total{code="530",status="5.7.0"}'],
                         1)
        self.assertEqual(v['mxq_replies_total{code="535",status="5.7.8"}'],
                         1)
        self.assertEqual(v['mxq_replies_total{code="552",status="5.3.4"}'],
                         1)
        self.assertEqual(v['mxq_replies_total{code="235",status="2.7.0"}'],
                         1)
        self.assertEqual(v['mxq_replies_total{code="221",status="2.0.0"}'],
                         2)

    def test_file_queue_rounds(self):
        """Three messages one after the other, two documents each: three
        fsync rounds of two."""
        v = self.v
        self.assertEqual(v["mxq_filequeue_rounds_total"], 3)
        self.assertEqual(v["mxq_filequeue_round_failures_total"], 0)
        self.assertEqual(v['mxq_filequeue_round_documents_bucket{le="1"}'], 0)
        self.assertEqual(v['mxq_filequeue_round_documents_bucket{le="2"}'], 3)
        self.assertEqual(
            v['mxq_filequeue_round_documents_bucket{le="+Inf"}'], 3)
        self.assertEqual(v["mxq_filequeue_round_documents_sum"], 6)
        self.assertEqual(v["mxq_filequeue_round_documents_count"], 3)
        self.assertNotIn("mxq_amqp_unconfirmed", v)

    def test_no_checks_no_lookups(self):
        v = self.v
        rows = [k for k in v if k.startswith("mxq_check_results_total{")]
        self.assertEqual(len(rows), 26)
        self.assertEqual(sum(v[k] for k in rows), 0)
        self.assertEqual(v["mxq_dns_lookups_total"], 0)

    def test_promtool_accepts_it(self):
        p = subprocess.run([PROMTOOL, "check", "metrics"],
                           input=self.text.encode(), capture_output=True,
                           timeout=30)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_http(self):
        status, ctype, text = scrape(self.metrics_port)
        self.assertEqual(status, 200)
        self.assertEqual(ctype, "text/plain; version=0.0.4; charset=utf-8")
        self.assertIn("# TYPE mxq_store_latency_seconds histogram\n", text)
        with self.assertRaises(urllib.error.HTTPError) as e:
            scrape(self.metrics_port, "/")
        self.assertEqual(e.exception.code, 404)
        req = urllib.request.Request(
            "http://127.0.0.1:%d/metrics" % self.metrics_port, data=b"x",
            method="POST")
        with self.assertRaises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        self.assertEqual(e.exception.code, 405)
        self.assertIn("metrics: http://127.0.0.1:%d/metrics" %
                      self.metrics_port, self.m.log())


class Tls(unittest.TestCase):
    """STARTTLS with a certificate made by openssl: one session up, one
    handshake that fails (garbage for a ClientHello)."""

    def test_tls_sessions_and_failures(self):
        if shutil.which("openssl") is None:
            self.skipTest("openssl not installed")
        port = free_port()
        m = Mxqd(metrics_address="127.0.0.1:%d" % port)
        key, crt = os.path.join(m.dir, "k.pem"), os.path.join(m.dir, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                        "-nodes", "-subj", "/CN=mx.test", "-days", "1",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        m.argv += ["--smtp-certificate", crt, "--smtp-key", key]
        try:
            m.start()
            import ssl
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            ctx.minimum_version = ssl.TLSVersion.TLSv1_3
            c = m.smtp()
            c.starttls(context=ctx)
            c.ehlo("client.test")
            c.quit()
            raw = connect(m.port)
            raw.recv(4096)
            raw.sendall(b"EHLO client.test\r\n")
            time.sleep(0.2)
            raw.recv(4096)
            raw.sendall(b"STARTTLS\r\n")
            time.sleep(0.2)
            raw.recv(4096)
            raw.sendall(b"this is no ClientHello\r\n" * 20)
            read_to_eof(raw, reset_is_eof=True)
            raw.close()
            deadline = time.monotonic() + 10
            while True:
                v = values(scrape(port)[2])
                if (v["mxq_connections_open"] == 0 and
                        v['mxq_commands_total{verb="STARTTLS"}'] == 2) or \
                        time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            self.assertEqual(v['mxq_tls_sessions_total{version="TLSv1.3"}'],
                             1)
            self.assertEqual(v['mxq_tls_sessions_total{version="TLSv1.2"}'],
                             0)
            self.assertEqual(v['mxq_connections_refused_total{reason="tls"}'],
                             1)
            self.assertEqual(v["mxq_connections_accepted_total"], 2)
            self.assertEqual(v['mxq_commands_total{verb="STARTTLS"}'], 2)
            self.assertEqual(v['mxq_commands_total{verb="EHLO"}'], 3)
        finally:
            m.finish()


def wait_for(port, ready, seconds=15):
    """The scraped text and values once ready(values) holds (the workers
    copy their counts once a second), or the last ones after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        text = scrape(port)[2]
        v = values(text)
        if ready(v) or time.monotonic() > deadline:
            return text, v
        time.sleep(0.1)


def promtool_check(test, text):
    p = subprocess.run([PROMTOOL, "check", "metrics"], input=text.encode(),
                       capture_output=True, timeout=30)
    test.assertEqual(p.returncode, 0, p.stdout + p.stderr)


def deliver(m, sender, rcpts, body=BODY):
    with m.smtp() as c:
        c.ehlo("client.test")
        assert c.sendmail(sender, rcpts, body) == {}
        c.quit()


class Checks(unittest.TestCase):
    """SPF and DKIM against a real unbound: a pass, a fail, messages
    without a signature; the second lookup of a name is a cache hit."""

    RECORDS = ['pass.test. TXT "v=spf1 ip4:127.0.0.1 -all"',
               'fail.test. TXT "v=spf1 -all"']

    def test_results_and_lookups(self):
        if not unbound_server.available():
            self.skipTest("unbound not installed")
        dns = unbound_server.Unbound(self.RECORDS).start()
        port = free_port()
        m = Mxqd(metrics_address="127.0.0.1:%d" % port,
                 smtp_check="spf,dkim", dns_servers=dns.server(),
                 smtp_check_timeout=10)
        try:
            m.start()
            deliver(m, "a@pass.test", ["r1@example.org"])
            deliver(m, "b@pass.test", ["r2@example.org"])
            deliver(m, "c@fail.test", ["r3@example.org"])
            text, v = wait_for(port, lambda v: v.get(
                'mxq_check_results_total{check="dkim",result="none"}') == 3)
            spf = sorted(d["checks"][0]["spf"] for d in m.documents())
            self.assertEqual(spf, ["fail", "pass", "pass"])
            self.assertEqual(
                v['mxq_check_results_total{check="spf",result="pass"}'], 2)
            self.assertEqual(
                v['mxq_check_results_total{check="spf",result="fail"}'], 1)
            self.assertEqual(
                v['mxq_check_results_total{check="dkim",result="none"}'], 3)
            self.assertEqual(
                v['mxq_check_results_total{check="spf",result="temperror"}'],
                0)
            self.assertEqual(sum(n for k, n in v.items()
                                 if k.startswith("mxq_check_results_total{")),
                             6)
            # pass.test's TXT twice (the second from the cache), fail.test's
            # once
            self.assertEqual(v["mxq_dns_lookups_total"], 3)
            self.assertEqual(v["mxq_dns_cache_hits_total"], 1)
            self.assertEqual(v["mxq_dns_queries_total"], 2)
            self.assertEqual(v["mxq_dns_timeouts_total"], 0)
            self.assertEqual(v["mxq_dns_failures_total"], 0)
            self.assertEqual(v["mxq_dns_queries_in_flight"], 0)
            promtool_check(self, text)
        finally:
            m.finish()
            dns.stop()

    def test_timeouts(self):
        """A name server that swallows every query: the attempts time out,
        SPF is temperror."""
        silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        silent.bind(("127.0.0.1", 0))
        port = free_port()
        m = Mxqd(metrics_address="127.0.0.1:%d" % port, smtp_check="spf",
                 dns_servers="127.0.0.1:%d" % silent.getsockname()[1],
                 dns_interval="0.2", dns_attempts=2, smtp_check_timeout=3)
        try:
            m.start()
            deliver(m, "a@pass.test", ["t@example.org"])
            _, v = wait_for(port,
                            lambda v: v.get("mxq_dns_timeouts_total") == 1)
            self.assertEqual(
                v['mxq_check_results_total{check="spf",result="temperror"}'],
                1)
            self.assertEqual(v["mxq_dns_queries_total"], 1)
            self.assertEqual(v["mxq_dns_timeouts_total"], 1)
            self.assertEqual(v["mxq_dns_queries_in_flight"], 0)
        finally:
            m.finish()
            silent.close()


class Amqp(unittest.TestCase):
    """The publisher's counters against a real RabbitMQ: publishes and
    confirms, nothing unconfirmed at rest, the connections' state before
    and after the broker is killed."""

    def test_publisher(self):
        why = amqp_broker.available(MXQD)
        if why:
            self.skipTest(why)
        broker = amqp_broker.Broker(25800, 25900)
        port = free_port()
        m = Mxqd(metrics_address="127.0.0.1:%d" % port,
                 rabbitmq_address=broker.url, rabbitmq_publishers=2)
        connected = 'mxq_amqp_publishers{state="connected"}'
        disconnected = 'mxq_amqp_publishers{state="disconnected"}'
        try:
            broker.start()
            m.start()
            wait_for(port, lambda v: v.get(connected) == 2, seconds=60)
            deliver(m, "s@client.test", ["r1@example.org"])
            deliver(m, "s@client.test", ["r2@example.org", "r3@example.org"])
            text, v = wait_for(port, lambda v: v.get(
                'mxq_documents_stored_total{queue="inbox",backend="amqp"}')
                == 3)
            self.assertEqual(v["mxq_amqp_published_total"], 3)
            self.assertEqual(v['mxq_amqp_confirms_total{result="ack"}'], 3)
            for result in ("nack", "returned", "timeout"):
                self.assertEqual(
                    v['mxq_amqp_confirms_total{result="%s"}' % result], 0)
            self.assertEqual(v["mxq_amqp_unconfirmed"], 0)
            self.assertEqual(v[connected], 2)
            self.assertEqual(v[disconnected], 0)
            self.assertEqual(v["mxq_amqp_connects_total"], 2)
            self.assertEqual(v["mxq_amqp_connection_losses_total"], 0)
            self.assertEqual(
                v['mxq_documents_stored_total{queue="inbox",backend="amqp"}'],
                3)
            self.assertNotIn("mxq_filequeue_rounds_total", v)
            promtool_check(self, text)
            broker.kill()
            _, v = wait_for(port, lambda v: v.get(disconnected) == 2, 30)
            self.assertEqual(v[disconnected], 2)
            self.assertEqual(v[connected], 0)
            self.assertEqual(v["mxq_amqp_connection_losses_total"], 2)
        finally:
            m.finish()
            broker.stop()


class Settings(unittest.TestCase):
    def test_off_by_default(self):
        m = Mxqd()
        try:
            m.start()
            self.assertNotIn("metrics:", m.log())
        finally:
            m.finish()

    def test_bad_address_is_a_configuration_error(self):
        for bad in ("9325", "localhost:9325", "127.0.0.1:0",
                    "127.0.0.1:70000", "::1:9325"):
            p = subprocess.run([MXQD, "--metrics-address", bad,
                                "--check-config"], capture_output=True,
                               timeout=30)
            self.assertEqual(p.returncode, 2, bad)
            self.assertIn(b"metrics-address", p.stderr)

    def test_not_loopback_is_warned_about(self):
        port = free_port()
        m = Mxqd(metrics_address="0.0.0.0:%d" % port)
        try:
            m.start()
            self.assertRegex(m.log(), r"warning: metrics: http://0\.0\.0\.0:"
                             r"\d+/metrics is not a loopback address")
            self.assertEqual(scrape(port)[0], 200)
        finally:
            m.finish()


if __name__ == "__main__":
    run(Metrics, Tls, Checks, Amqp, Settings)
