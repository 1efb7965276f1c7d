"""A real HAProxy in TCP mode in front of the real mxqd, once with
send-proxy (PROXY v1) and once with send-proxy-v2, its connections to mxqd
bound to 127.0.0.2 (smtp-proxy: 127.0.0.2/32). The JSON must name the real
client (127.0.0.1, or 127.0.0.5 for a client bound there), never the proxy;
smtp-range applies to the real client through the proxy; a direct client
is served as usual, and a PROXY line from it is an unknown command. Skipped
(77) when haproxy is not installed. Ports 2940-2959."""

import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import time
import unittest

from mxqd_harness import run, start_in_range

BODY = b"Subject: through haproxy\r\n\r\nbody\r\n"

HAPROXY_CONFIG = """
global
    maxconn 200
    # A port another run holds must fail the bind, not be shared.
    noreuseport

defaults
    mode tcp
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend smtp_v1
    bind 127.0.0.1:%(v1)d
    default_backend mxq_v1

backend mxq_v1
    server mxq 127.0.0.1:%(mxq)d send-proxy source 127.0.0.2

frontend smtp_v2
    bind 127.0.0.1:%(v2)d
    default_backend mxq_v2

backend mxq_v2
    server mxq 127.0.0.1:%(mxq)d send-proxy-v2 source 127.0.0.2
"""


# mxqd, and HAProxy's two frontends: each the first of its range that can
# be bound (another run may hold one).
MXQ_PORTS = (2940, 2945)
V1_PORTS = (2946, 2952)
V2_PORTS = (2953, 2959)


def listening(port):
    try:
        socket.create_connection(("127.0.0.1", port), 1).close()
        return True
    except OSError:
        return False


def start_mxqd():
    """mxqd on the first port of MXQ_PORTS it can bind."""
    return start_in_range(MXQ_PORTS, smtp_proxy="127.0.0.2/32",
                          smtp_range="127.0.0.1; 127.0.0.5",
                          smtp_mappable_ips="127.0.0.0/8")


class HAProxy(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.haproxy = None
        cls.haproxy_log = None
        cls.mxqd = start_mxqd()
        cls.mxq_port = cls.mxqd.port
        for offset in range(V1_PORTS[1] - V1_PORTS[0] + 1):
            cls.v1_port = V1_PORTS[0] + offset
            cls.v2_port = V2_PORTS[0] + offset
            if cls.start_haproxy():
                return
        raise RuntimeError("haproxy did not start")

    @classmethod
    def start_haproxy(cls):
        """True once HAProxy listens on both frontends; false when it
        could not bind them."""
        config = os.path.join(cls.mxqd.dir, "haproxy.cfg")
        with open(config, "w") as f:
            f.write(HAPROXY_CONFIG % {"v1": cls.v1_port, "v2": cls.v2_port,
                                      "mxq": cls.mxq_port})
        if cls.haproxy_log is not None:
            cls.haproxy_log.close()
        cls.haproxy_log = open(os.path.join(cls.mxqd.dir, "haproxy.log"),
                               "wb")
        cls.haproxy = subprocess.Popen(
            [shutil.which("haproxy"), "-db", "-f", config],
            stdin=subprocess.DEVNULL, stdout=cls.haproxy_log,
            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cls.haproxy.poll() is not None:
                cls.haproxy = None
                return False  # a port was taken: it exits at once
            if listening(cls.v1_port) and listening(cls.v2_port):
                time.sleep(0.2)
                if cls.haproxy.poll() is None:
                    return True
            time.sleep(0.05)
        cls.haproxy.kill()
        cls.haproxy.wait()
        cls.haproxy = None
        return False

    @classmethod
    def tearDownClass(cls):
        try:
            if cls.haproxy is not None:
                cls.haproxy.send_signal(signal.SIGTERM)
                cls.haproxy.wait(10)
            if cls.haproxy_log is not None:
                cls.haproxy_log.close()
            assert cls.mxqd.stop() == 0
        finally:
            cls.mxqd.cleanup()


    def send_through(self, port, source, rcpt):
        """One message via HAProxy; returns (client port, document)."""
        s = smtplib.SMTP(timeout=10, source_address=(source, 0))
        code, _ = s.connect("127.0.0.1", port)
        self.assertEqual(code, 220)
        client_port = s.sock.getsockname()[1]
        s.sendmail("sender@client.test", [rcpt], BODY)
        s.quit()
        docs = self.mxqd.documents_for(rcpt)
        self.assertEqual(len(docs), 1)
        return client_port, docs[0]

    def check_client(self, doc, source, client_port, frontend_port):
        conn = doc["connection"]
        self.assertEqual(conn["remote-ip"], source)
        self.assertEqual(conn["remote-port"], client_port)
        self.assertEqual(conn["local-ip"], "127.0.0.1")
        self.assertEqual(conn["local-port"], frontend_port)
        self.assertEqual(doc["ips"], ["127.0.0.1"])
        self.assertNotEqual(conn["remote-ip"], "127.0.0.2")

    def test_send_proxy_v1(self):
        port, doc = self.send_through(self.v1_port, "127.0.0.1",
                                      "v1@example.test")
        self.check_client(doc, "127.0.0.1", port, self.v1_port)
        port, doc = self.send_through(self.v1_port, "127.0.0.5",
                                      "v1-bound@example.test")
        self.check_client(doc, "127.0.0.5", port, self.v1_port)
        self.assertIn("PROXY v1 from 127.0.0.2: client 127.0.0.5 port %d"
                      % port, self.mxqd.log())

    def test_send_proxy_v2(self):
        port, doc = self.send_through(self.v2_port, "127.0.0.1",
                                      "v2@example.test")
        self.check_client(doc, "127.0.0.1", port, self.v2_port)
        port, doc = self.send_through(self.v2_port, "127.0.0.5",
                                      "v2-bound@example.test")
        self.check_client(doc, "127.0.0.5", port, self.v2_port)
        self.assertIn("PROXY v2 from 127.0.0.2: client 127.0.0.5 port %d"
                      % port, self.mxqd.log())

    def test_range_applies_to_the_real_client(self):
        for port in (self.v1_port, self.v2_port):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.settimeout(10)
            sock.bind(("127.0.0.6", 0))
            sock.connect(("127.0.0.1", port))
            data = b""
            while True:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
            sock.close()
            self.assertEqual(data, b"554 5.7.1 Access denied\r\n")

    def test_direct_client_and_spoofed_line(self):
        s = smtplib.SMTP(timeout=10, source_address=("127.0.0.5", 0))
        s.connect("127.0.0.1", self.mxq_port)
        code, _ = s.docmd("PROXY TCP4 1.2.3.4 127.0.0.1 1111 25")
        self.assertEqual(code, 500)
        s.sendmail("sender@client.test", ["direct@example.test"], BODY)
        s.quit()
        doc = self.mxqd.documents_for("direct@example.test")[0]
        self.assertEqual(doc["connection"]["remote-ip"], "127.0.0.5")
        self.assertEqual(doc["connection"]["local-port"], self.mxq_port)

    def test_proxy_source_without_header(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(10)
        sock.bind(("127.0.0.2", 0))
        sock.connect(("127.0.0.1", self.mxq_port))
        sock.sendall(b"EHLO i-am-the-proxy\r\n")
        self.assertEqual(sock.recv(4096), b"")
        sock.close()


if __name__ == "__main__":
    if shutil.which("haproxy") is None:
        print("haproxy is not installed: skipped")
        sys.exit(77)
    run(HAProxy)
