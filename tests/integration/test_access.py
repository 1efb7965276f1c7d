"""Who may connect to the real mxqd: smtp-range (a client bound to
127.0.0.3 refused with 554, 127.0.0.1 served), the connection cap (the
N+1th connection gets 421), the PROXY header from a trusted source sent by
hand (no greeting before it, its source is the client everywhere, a bad
one closes), a spoofed PROXY line from an untrusted client (500, nothing
changes), and the outgoing IPs in the JSON. Ports 2920-2939."""

import smtplib
import socket
import time
import unittest

from mxqd_harness import (connect, read_line, read_to_eof, run,
                          start_in_range)

BODY = b"Subject: access test\r\n\r\nbody\r\n"


def send_mail(sock, rcpt="r@example.test"):
    """One message over a raw socket whose greeting was read."""
    sock.sendall(b"EHLO client.test\r\n")
    reply = b""
    while b"\r\n250 " not in reply and not reply.startswith(b"250 "):
        reply += sock.recv(4096)
    for line in (b"MAIL FROM:<s@client.test>", b"RCPT TO:<%s>" % rcpt.encode(),
                 b"DATA"):
        sock.sendall(line + b"\r\n")
        code = read_line(sock)[:3]
        assert code in (b"250", b"354"), code
    sock.sendall(BODY + b".\r\n")
    assert read_line(sock).startswith(b"250"), "not queued"
    sock.sendall(b"QUIT\r\n")
    read_to_eof(sock, reset_is_eof=True)


class Range(unittest.TestCase):
    ports = (2920, 2925)

    @classmethod
    def setUpClass(cls):
        cls.mxqd = start_in_range(cls.ports, smtp_range="127.0.0.1/32; 127.0.0.4",
                         smtp_mappable_ips="127.0.0.0/8",
                         smtp_unmappable_ips="127.0.0.1",
                         smtp_default_ips="192.0.2.1; 2001:db8::1")

    @classmethod
    def tearDownClass(cls):
        cls.mxqd.finish()

    def test_outside_refused(self):
        sock = connect(self.mxqd.port, "127.0.0.3")
        data = read_to_eof(sock, reset_is_eof=True)
        sock.close()
        self.assertEqual(data, b"554 5.7.1 Access denied\r\n")
        log = self.mxqd.wait_log("refused 127.0.0.3 port \\d+: not in "
                                 "smtp-range")
        self.assertRegex(log, "refused 127.0.0.3 port \\d+: not in "
                              "smtp-range")

    def test_inside_served(self):
        for source in ("127.0.0.1", "127.0.0.4"):
            sock = connect(self.mxqd.port, source)
            self.assertTrue(read_line(sock).startswith(b"220 "))
            sock.close()
        s = smtplib.SMTP(timeout=10, source_address=("127.0.0.1", 0))
        s.connect("127.0.0.1", self.mxqd.port)
        s.sendmail("a@client.test", ["r@example.test"], BODY)
        s.quit()
        doc = self.mxqd.wait_documents(1)[0]
        self.assertEqual(doc["connection"]["remote-ip"], "127.0.0.1")
        # 127.0.0.1 is mappable but an exception: the default IPs.
        self.assertEqual(doc["ips"], ["192.0.2.1", "2001:db8::1"])


class Limit(unittest.TestCase):
    ports = (2926, 2932)

    def setUp(self):
        self.mxqd = start_in_range(self.ports, smtp_connections="5",
                          smtp_connections_in="3",
                          smtp_connections_out="75")

    def tearDown(self):
        self.mxqd.finish()

    def test_over_the_cap(self):
        socks = []
        for _ in range(3):
            sock = connect(self.mxqd.port)
            self.assertTrue(read_line(sock).startswith(b"220 "))
            socks.append(sock)
        extra = connect(self.mxqd.port)
        self.assertEqual(read_to_eof(extra, reset_is_eof=True),
                         b"421 4.7.0 Too many connections, try again later"
                         b"\r\n")
        extra.close()
        self.assertIn("smtp-connections reached (3 open)", self.mxqd.log())
        # A slot comes free when a client leaves.
        socks.pop().close()
        deadline = time.monotonic() + 10
        while True:
            sock = connect(self.mxqd.port)
            line = read_line(sock)
            if line.startswith(b"220 ") or time.monotonic() > deadline:
                break
            sock.close()
            time.sleep(0.05)
        self.assertTrue(line.startswith(b"220 "), line)
        socks.append(sock)
        for s in socks:
            s.close()


class Proxy(unittest.TestCase):
    """PROXY headers written by hand; HAProxy: test_proxy_haproxy.py."""
    ports = (2933, 2939)

    @classmethod
    def setUpClass(cls):
        cls.mxqd = start_in_range(cls.ports, smtp_proxy="127.0.0.2/32",
                         smtp_range="127.0.0.0/8; 192.0.2.0/24",
                         smtp_mappable_ips="198.51.100.0/24")

    @classmethod
    def tearDownClass(cls):
        cls.mxqd.finish()

    def test_header_then_smtp(self):
        sock = connect(self.mxqd.port, "127.0.0.2")
        sock.settimeout(0.5)
        with self.assertRaises(socket.timeout):
            sock.recv(1)  # nothing before the header
        # The header and the first command in one write.
        sock.sendall(b"PROXY TCP4 192.0.2.7 198.51.100.25 56324 25\r\n")
        self.assertTrue(read_line(sock).startswith(b"220 "))
        send_mail(sock, "proxied@example.test")
        sock.close()
        doc = self.mxqd.documents_for("proxied@example.test")[0]
        conn = doc["connection"]
        self.assertEqual(conn["remote-ip"], "192.0.2.7")
        self.assertEqual(conn["remote-port"], 56324)
        self.assertEqual(conn["local-ip"], "198.51.100.25")
        self.assertEqual(conn["local-port"], 25)
        self.assertEqual(doc["ips"], ["198.51.100.25"])  # mappable
        self.assertIn("PROXY v1 from 127.0.0.2: client 192.0.2.7 port 56324",
                      self.mxqd.log())

    def test_header_outside_range(self):
        sock = connect(self.mxqd.port, "127.0.0.2")
        sock.sendall(b"PROXY TCP4 203.0.113.9 198.51.100.25 1000 25\r\n"
                     b"EHLO x\r\n")
        self.assertEqual(read_to_eof(sock, reset_is_eof=True), b"554 5.7.1 Access denied\r\n")
        sock.close()

    def test_bad_header_closes(self):
        sock = connect(self.mxqd.port, "127.0.0.2")
        sock.sendall(b"EHLO not-a-proxy\r\n")
        self.assertEqual(read_to_eof(sock, reset_is_eof=True), b"")
        sock.close()
        self.assertIn("not a valid PROXY header",
                      self.mxqd.wait_log("not a valid PROXY header"))

    def test_spoofed_line_from_untrusted(self):
        sock = connect(self.mxqd.port, "127.0.0.5")
        self.assertTrue(read_line(sock).startswith(b"220 "))
        sock.sendall(b"PROXY TCP4 1.2.3.4 198.51.100.25 1111 25\r\n")
        self.assertTrue(read_line(sock).startswith(b"500 "))
        send_mail(sock, "spoofed@example.test")
        sock.close()
        doc = self.mxqd.documents_for("spoofed@example.test")[0]
        self.assertEqual(doc["connection"]["remote-ip"], "127.0.0.5")
        self.assertEqual(doc["connection"]["local-ip"], "127.0.0.1")
        self.assertNotIn("ips", doc)  # 127.0.0.1 is not mappable
        self.assertNotIn("1.2.3.4", self.mxqd.log())


if __name__ == "__main__":
    run(Range, Limit, Proxy)
