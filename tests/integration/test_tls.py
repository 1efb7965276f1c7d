"""TLS in mxqd (wolfSSL) against real clients: Python's smtplib (starttls,
SMTP_SSL) and ssl module, swaks --tls and --tls-on-connect, with a
certificate made by openssl for the test. Covers the STARTTLS injection
class (CVE-2011-0411), TLS 1.1 refused, no certificate -> no STARTTLS,
the handshake timeout, back-pressure through TLS, and loading errors
(exit 2, also with --check-config). Ports: loopback 2800-2899."""

import os
import random
import re
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from mxqd_harness import MXQD, Mxqd, run

SENDER = "sender@example.test"
RECIPIENT = "rcpt@example.test"
MESSAGE = (b"From: <sender@example.test>\r\n"
           b"To: <rcpt@example.test>\r\n"
           b"Subject: tls test\r\n"
           b"\r\n"
           b"over TLS\r\n")
TLS_VERSIONS = ("TLSv1.2", "TLSv1.3")
PORT_RANGE = range(2800, 2900)

CERT_DIR = None   # made once by setUpModule


def setUpModule():
    global CERT_DIR
    if shutil.which("openssl") is None:
        raise unittest.SkipTest("openssl not installed")
    CERT_DIR = tempfile.mkdtemp(prefix="mxq-tls-")
    for name in ("server", "other"):
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
             "-subj", "/CN=mx.test", "-days", "1",
             "-keyout", os.path.join(CERT_DIR, name + ".key"),
             "-out", os.path.join(CERT_DIR, name + ".crt")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Certificate and key in one file (smtp-key empty).
    with open(path("both.pem"), "wb") as out:
        for part in ("server.crt", "server.key"):
            with open(path(part), "rb") as f:
                out.write(f.read())


def tearDownModule():
    if CERT_DIR:
        shutil.rmtree(CERT_DIR, ignore_errors=True)


def path(name):
    return os.path.join(CERT_DIR, name)


def free_ports(count):
    """count loopback ports in 2800-2899 that nobody listens on now."""
    found = []
    candidates = list(PORT_RANGE)
    random.shuffle(candidates)
    for port in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError("no free port in 2800-2899")


def client_context(**versions):
    """Trusts the test's certificate (the name is mx.test, not 127.0.0.1)."""
    ctx = ssl.create_default_context(cafile=path("server.crt"))
    ctx.check_hostname = False
    for name, value in versions.items():
        setattr(ctx, name, value)
    return ctx


def tls_mxqd(secure=False, **settings):
    """mxqd with the test's certificate, on ports in 2800-2899; the secure
    port (smtp-secure-port) is .secure_port."""
    ports = free_ports(2)
    settings.setdefault("smtp_certificate", path("server.crt"))
    settings.setdefault("smtp_key", path("server.key"))
    settings["smtp_port"] = ports[0]
    if secure:
        settings["smtp_secure_port"] = ports[1]
    m = Mxqd(**settings)
    m.port = ports[0]
    m.secure_port = ports[1] if secure else None
    return m


def read_reply(sock_file):
    """One SMTP reply (all its lines) as (code, text)."""
    lines = []
    while True:
        line = sock_file.readline()
        if not line:
            raise ConnectionError("closed after %r" % lines)
        lines.append(line)
        if line[3:4] != b"-":
            return int(line[:3]), b"".join(lines)


class TlsBase(unittest.TestCase):
    secure = True
    settings = {}

    def setUp(self):
        self.mxqd = tls_mxqd(secure=self.secure, **self.settings)
        try:
            self.mxqd.start()
        except Exception:
            self.mxqd.cleanup()
            raise

    def tearDown(self):
        try:
            if self.mxqd.proc.poll() is None:
                self.assertEqual(self.mxqd.stop(), 0)
            self.assertNotIn("runtime error", self.mxqd.stderr())
            self.assertNotIn("AddressSanitizer", self.mxqd.stderr())
        finally:
            self.mxqd.cleanup()

    def check_tls_document(self, doc, port):
        conn = doc["connection"]
        self.assertIs(conn["secure"], True)
        self.assertEqual(conn["local-port"], port)
        self.assertIn(conn["tls"]["version"], TLS_VERSIONS)
        self.assertRegex(conn["tls"]["cipher"], r"^[A-Z0-9-]+$")
        received = doc["mime"].split("\r\n\r\n")[0]
        self.assertRegex(received, r"with ESMTPS id ")


class StartTls(TlsBase):
    def test_smtplib_starttls(self):
        client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        code, _ = client.ehlo("client.test")
        self.assertEqual(code, 250)
        self.assertTrue(client.has_extn("starttls"))
        code, text = client.starttls(context=client_context())
        self.assertEqual((code, text), (220, b"2.0.0 Ready to start TLS"))
        self.assertIn(client.sock.version(), TLS_VERSIONS)
        version, cipher = client.sock.version(), client.sock.cipher()[0]
        code, _ = client.ehlo("client.test")
        self.assertEqual(code, 250)
        self.assertFalse(client.has_extn("starttls"))  # once only
        self.assertEqual(client.sendmail(SENDER, [RECIPIENT], MESSAGE), {})
        client.quit()
        docs = self.mxqd.wait_documents(1)
        self.assertEqual(len(docs), 1)
        self.check_tls_document(docs[0], self.mxqd.port)
        self.assertEqual(docs[0]["connection"]["tls"]["version"], version)
        # wolfSSL's name of the suite (TLS13-AES128-GCM-SHA256) for
        # OpenSSL's (TLS_AES_128_GCM_SHA256): the same algorithms.
        words = lambda name: set(re.findall(r"AES|128|256|GCM|CHACHA20|"
                                            r"SHA256|SHA384", name))
        self.assertEqual(words(docs[0]["connection"]["tls"]["cipher"]),
                         words(cipher))
        self.assertRegex(self.mxqd.log(), r"info: TLS TLSv1\.[23] \S+ with "
                                          r"127\.0\.0\.1 port \d+")

    def test_plaintext_mail_says_esmtp(self):
        client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        self.assertEqual(client.sendmail(SENDER, [RECIPIENT], MESSAGE), {})
        client.quit()
        doc = self.mxqd.wait_documents(1)[0]
        self.assertIs(doc["connection"]["secure"], False)
        self.assertNotIn("tls", doc["connection"])
        self.assertRegex(doc["mime"], r"with ESMTP id ")

    def test_tls12_and_tls13(self):
        for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
            ctx = client_context(minimum_version=version,
                                 maximum_version=version)
            client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
            client.starttls(context=ctx)
            self.assertEqual(client.sendmail(SENDER, [RECIPIENT], MESSAGE),
                             {})
            client.quit()
        docs = self.mxqd.wait_documents(2)
        versions = sorted(d["connection"]["tls"]["version"] for d in docs)
        self.assertEqual(versions, ["TLSv1.2", "TLSv1.3"])

    def test_smtp_ssl_on_secure_port(self):
        client = smtplib.SMTP_SSL("127.0.0.1", self.mxqd.secure_port,
                                  timeout=10, context=client_context())
        code, _ = client.ehlo("client.test")
        self.assertEqual(code, 250)
        self.assertFalse(client.has_extn("starttls"))
        self.assertEqual(client.docmd("STARTTLS")[0], 503)
        self.assertEqual(client.sendmail(SENDER, [RECIPIENT], MESSAGE), {})
        client.quit()
        doc = self.mxqd.wait_documents(1)[0]
        self.check_tls_document(doc, self.mxqd.secure_port)

    def test_swaks_tls(self):
        if shutil.which("swaks") is None:
            self.skipTest("swaks not installed")
        for flag, port in (("--tls", self.mxqd.port),
                           ("--tls-on-connect", self.mxqd.secure_port)):
            out = subprocess.run(
                ["swaks", "--server", "127.0.0.1", "--port", str(port), flag,
                 "--from", SENDER, "--to", RECIPIENT, "--helo", "swaks.test",
                 "--timeout", "10"],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, timeout=30)
            text = out.stdout.decode(errors="replace")
            if "TLS not available" in text:
                self.skipTest("swaks without Net::SSLeay "
                              "(libnet-ssleay-perl)")
            self.assertEqual(out.returncode, 0, text)
            self.assertRegex(text, r"=== TLS started with cipher TLSv1\.[23]")
            self.assertRegex(text, r"<~  250 2\.0\.0 ")
        docs = self.mxqd.wait_documents(2)
        self.assertEqual(len(docs), 2)
        ports = sorted(d["connection"]["local-port"] for d in docs)
        self.assertEqual(ports, sorted([self.mxqd.port,
                                        self.mxqd.secure_port]))
        for doc in docs:
            self.assertIs(doc["connection"]["secure"], True)
            self.assertRegex(doc["mime"], r"with ESMTPS id ")

    def test_starttls_injection_is_dropped(self):
        # CVE-2011-0411: the command sent with STARTTLS in one write must
        # never be acted on, neither before nor after the handshake.
        raw = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        f = raw.makefile("rb")
        self.assertEqual(read_reply(f)[0], 220)
        raw.sendall(b"EHLO client.test\r\n")
        self.assertEqual(read_reply(f)[0], 250)
        raw.sendall(b"STARTTLS\r\nMAIL FROM:<evil@example.test>\r\n")
        code, text = read_reply(f)
        self.assertEqual(code, 220, text)
        # No plaintext reply to the injected MAIL follows the 220.
        time.sleep(0.3)
        raw.setblocking(False)
        with self.assertRaises(BlockingIOError):
            raw.recv(1, socket.MSG_PEEK)
        raw.setblocking(True)
        f.detach()
        tls = client_context().wrap_socket(raw, server_hostname="mx.test")
        tf = tls.makefile("rb")
        tls.sendall(b"EHLO client.test\r\n")
        self.assertEqual(read_reply(tf)[0], 250)
        tls.sendall(b"RCPT TO:<rcpt@example.test>\r\n")
        code, text = read_reply(tf)
        self.assertEqual(code, 503, text)  # no MAIL after TLS
        tls.sendall(b"MAIL FROM:<good@example.test>\r\n")
        self.assertEqual(read_reply(tf)[0], 250)
        tls.sendall(b"QUIT\r\n")
        self.assertEqual(read_reply(tf)[0], 221)
        tls.close()
        self.assertNotIn("evil", self.mxqd.log())

    def test_starttls_injection_in_a_later_segment_breaks_tls(self):
        # Plaintext that arrives after the 220 is fed to the TLS layer,
        # which refuses it: the connection ends, nothing is executed.
        raw = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        f = raw.makefile("rb")
        read_reply(f)
        raw.sendall(b"EHLO client.test\r\nSTARTTLS\r\n")
        self.assertEqual(read_reply(f)[0], 250)
        self.assertEqual(read_reply(f)[0], 220)
        raw.sendall(b"MAIL FROM:<evil@example.test>\r\n")
        raw.settimeout(10)
        data = b""
        try:
            while True:
                chunk = raw.recv(4096)
                if not chunk:
                    break
                data += chunk
        except ConnectionResetError:
            pass
        self.assertNotIn(b"250", data)  # at most a TLS alert
        raw.close()
        self.assertRegex(self.mxqd.wait_log("TLS handshake"),
                         r"close 127\.0\.0\.1 port \d+: .*TLS handshake: ")

    def test_session_is_reset_by_starttls(self):
        # RFC 3207 4.2: HELO and the transaction are forgotten.
        client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        client.ehlo("client.test")
        client.starttls(context=client_context())
        # smtplib forgets its EHLO too; ask MAIL directly: 503 (no EHLO).
        self.assertEqual(client.docmd("MAIL FROM:<%s>" % SENDER)[0], 503)
        client.quit()

    def test_tls11_refused(self):
        ctx = client_context()
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        with self.assertRaises((ssl.SSLError, ConnectionError)):
            with socket.create_connection(("127.0.0.1",
                                           self.mxqd.secure_port), 10) as s:
                with ctx.wrap_socket(s, server_hostname="mx.test") as t:
                    t.recv(100)
        # and via STARTTLS
        client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        client.ehlo("client.test")
        with self.assertRaises((ssl.SSLError, ConnectionError)):
            client.starttls(context=ctx)
        client.close()
        log = self.mxqd.wait_log(r"(?s)TLS handshake.*TLS handshake")
        self.assertEqual(len(re.findall(r"TLS handshake: ", log)), 2, log)
        self.assertNotRegex(log, r"info: TLS TLSv1\.[01]")

    def test_backpressure_through_tls(self):
        # 20000 pipelined NOOPs, all written before any reply is read:
        # every reply arrives, in order, intact, through TLS records
        # (test_session proves that the engine stops reading past
        # smtp-max-pending-output). One thread writes, then reads: an SSL
        # object is not to be used by two threads at once, which made a
        # writer thread flaky under load.
        count = 20000
        client = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=30)
        client.ehlo("client.test")
        client.starttls(context=client_context())
        tls = client.sock
        pending = memoryview(b"NOOP\r\n" * count)
        received = b""
        lines = 0
        deadline = time.monotonic() + 60
        tls.settimeout(0.05)
        while lines < count:
            self.assertLess(time.monotonic(), deadline, "stalled at %d" % lines)
            if pending:
                # read only once the socket takes no more
                try:
                    sent = tls.send(pending[:16384])
                    pending = pending[sent:]
                    continue
                except (socket.timeout, ssl.SSLWantWriteError):
                    pass
            try:
                chunk = tls.recv(65536)
                self.assertNotEqual(chunk, b"", "EOF after %d replies" % lines)
                received += chunk
            except (socket.timeout, ssl.SSLWantReadError):
                continue
            *whole, received = received.split(b"\r\n")
            for line in whole:
                self.assertTrue(line.startswith(b"250 "), (lines, line))
                lines += 1
        self.assertEqual(pending.nbytes, 0)
        tls.settimeout(10)
        tls.sendall(b"QUIT\r\n")
        f = tls.makefile("rb")
        self.assertEqual(f.readline()[:3], b"221")
        tls.close()

    def test_large_message_over_tls(self):
        body = b"".join(b"line %07d " % i + b"x" * 100 + b"\r\n"
                        for i in range(20000))          # about 2.2 MB
        message = MESSAGE + body
        client = smtplib.SMTP_SSL("127.0.0.1", self.mxqd.secure_port,
                                  timeout=30, context=client_context())
        self.assertEqual(client.sendmail(SENDER, [RECIPIENT], message), {})
        client.quit()
        doc = self.mxqd.wait_documents(1)[0]
        mime = doc["mime"].encode()
        self.assertTrue(mime.endswith(body), len(mime))

    def test_close_notify_and_eof_midway(self):
        # A client that vanishes in the middle of TLS costs nothing.
        t = client_context().wrap_socket(
            socket.create_connection(("127.0.0.1", self.mxqd.secure_port),
                                     10), server_hostname="mx.test")
        t.recv(100)
        t.sendall(b"EHLO client.test\r\nMAIL FROM:<a@example.test>\r\n")
        t.close()
        raw = socket.create_connection(("127.0.0.1", self.mxqd.secure_port),
                                       10)
        raw.sendall(b"\x16\x03\x01\x02\x00\x01")  # half a ClientHello
        raw.close()
        client = smtplib.SMTP_SSL("127.0.0.1", self.mxqd.secure_port,
                                  timeout=10, context=client_context())
        self.assertEqual(client.noop()[0], 250)
        client.quit()


class HandshakeTimeout(TlsBase):
    settings = {"smtp_tls_timeout": 1}

    def test_silent_client_is_dropped(self):
        raw = socket.create_connection(("127.0.0.1", self.mxqd.secure_port),
                                       10)
        started = time.monotonic()
        self.assertEqual(raw.recv(100), b"")   # no greeting in plaintext
        self.assertLess(time.monotonic() - started, 5)
        raw.close()
        # After STARTTLS too.
        raw = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        f = raw.makefile("rb")
        read_reply(f)
        raw.sendall(b"STARTTLS\r\n")
        self.assertEqual(read_reply(f)[0], 220)
        started = time.monotonic()
        self.assertEqual(raw.recv(100), b"")
        self.assertLess(time.monotonic() - started, 5)
        raw.close()
        self.assertEqual(len(re.findall("TLS handshake timeout",
                                        self.mxqd.log())), 2)


class KeyInCertificateFile(TlsBase):
    def setUp(self):
        self.settings = {"smtp_certificate": path("both.pem"),
                         "smtp_key": ""}
        super().setUp()

    def test_smtp_ssl(self):
        client = smtplib.SMTP_SSL("127.0.0.1", self.mxqd.secure_port,
                                  timeout=10, context=client_context())
        self.assertEqual(client.sendmail(SENDER, [RECIPIENT], MESSAGE), {})
        client.quit()
        self.check_tls_document(self.mxqd.wait_documents(1)[0],
                                self.mxqd.secure_port)


class NoCertificate(unittest.TestCase):
    def test_starttls_not_offered_and_502(self):
        m = Mxqd(smtp_port=free_ports(1)[0])
        m.port = int(m.argv[m.argv.index("--smtp-port") + 1])
        try:
            m.start()
            client = smtplib.SMTP("127.0.0.1", m.port, timeout=10)
            client.ehlo("client.test")
            self.assertFalse(client.has_extn("starttls"))
            code, text = client.docmd("STARTTLS")
            self.assertEqual(code, 502, text)
            self.assertEqual(client.noop()[0], 250)   # still plaintext
            client.quit()
            self.assertEqual(m.stop(), 0)
        finally:
            m.cleanup()


class LoadingErrors(unittest.TestCase):
    """Exit 2 with a clear message, at start and with --check-config."""

    def run_mxqd(self, *args):
        queue = tempfile.mkdtemp(prefix="mxq-tls-q-")
        try:
            port = free_ports(1)[0]
            return subprocess.run(
                [MXQD, "--smtp-ip", "127.0.0.1", "--smtp-port", str(port),
                 "--queue-directory", queue, "--hostname", "mx.test",
                 "--application-log", "stderr"] + list(args),
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, timeout=20)
        finally:
            shutil.rmtree(queue, ignore_errors=True)

    def expect(self, args, pattern):
        for check in (["--check-config"], []):
            out = self.run_mxqd(*(list(args) + check))
            err = out.stderr.decode(errors="replace")
            self.assertEqual(out.returncode, 2, (args, check, err))
            self.assertRegex(err, pattern)

    def test_missing_certificate(self):
        self.expect(["--smtp-certificate", path("nothing.crt")],
                    r"smtp-certificate .*nothing\.crt: No such file")

    def test_not_a_certificate(self):
        self.expect(["--smtp-certificate", path("server.key"),
                     "--smtp-key", path("server.key")],
                    r"smtp-certificate .*server\.key: not a PEM certificate")

    def test_key_does_not_match(self):
        self.expect(["--smtp-certificate", path("server.crt"),
                     "--smtp-key", path("other.key")],
                    r"smtp-key .*other\.key does not belong to the "
                    r"certificate")

    def test_bad_cipher_list(self):
        self.expect(["--smtp-certificate", path("server.crt"),
                     "--smtp-key", path("server.key"),
                     "--smtp-ciphers", "NO-SUCH-CIPHER:ALSO-NOT"],
                    r"smtp-ciphers 'NO-SUCH-CIPHER:ALSO-NOT': wolfSSL knows "
                    r"none")

    def test_secure_port_without_certificate(self):
        self.expect(["--smtp-secure-port", str(free_ports(1)[0])],
                    r"smtp-secure-port is set but smtp-certificate is not")

    def test_check_config_accepts_good_files(self):
        out = self.run_mxqd("--smtp-certificate", path("server.crt"),
                            "--smtp-key", path("server.key"),
                            "--smtp-ciphers", "ECDHE-RSA-AES128-GCM-SHA256",
                            "--check-config")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn(b"smtp-ciphers: ECDHE-RSA-AES128-GCM-SHA256",
                      out.stdout)
        self.assertNotIn(b"not supported yet", out.stderr)


if __name__ == "__main__":
    run(StartTls, HandshakeTimeout, KeyInCertificateFile, NoCertificate,
        LoadingErrors)
