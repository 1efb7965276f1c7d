"""Per-client limits (what Postfix's anvil does) against the real mxqd,
from many loopback source addresses (127.0.0.0/8) and ::1:
smtp-connections-per-ip refuses the connection past the limit with
421 4.7.0 while other clients and the client's own earlier connections go
on, and gives the place back when one closes; smtp-connection-rate refuses
the connections of a minute past the rate; smtp-message-rate answers MAIL
past the rate with 450 4.7.1 and the session goes on; smtp-rate-exempt
ranges are not limited; 200 distinct source addresses in a row cost one
table, not a refusal of all."""

import socket
import time
import unittest

from mxqd_harness import (Mxqd, connect, ipv6_loopback, read_line,
                          read_reply, run)


def greeting(sock):
    return read_line(sock).decode()


def send(sock, line):
    sock.sendall(line.encode() + b"\r\n")
    return read_reply(sock)


class ConnectionsPerIp(unittest.TestCase):
    def setUp(self):
        self.mxqd = Mxqd(smtp_connections_per_ip=2,
                         smtp_rate_exempt="127.0.0.9").start()
        self.socks = []

    def tearDown(self):
        for s in self.socks:
            s.close()
        self.mxqd.finish()

    def open(self, source):
        s = connect(self.mxqd.port, source=source)
        self.socks.append(s)
        return s

    def test_third_from_one_address_is_refused(self):
        a1, a2 = self.open("127.0.0.2"), self.open("127.0.0.2")
        self.assertTrue(greeting(a1).startswith("220 "))
        self.assertTrue(greeting(a2).startswith("220 "))
        a3 = self.open("127.0.0.2")
        self.assertEqual(greeting(a3), "421 4.7.0 Too many connections from "
                                       "your address, try again later\r\n")
        self.assertEqual(a3.recv(100), b"", "closed after the 421")
        self.mxqd.wait_log(r"refused 127\.0\.0\.2 port \d+: "
                           r"smtp-connections-per-ip reached")
        # the open ones go on, and other clients are not affected
        self.assertTrue(send(a1, "EHLO client.test").startswith(b"250-"))
        for source in ("127.0.0.3", "127.0.0.4", "127.0.0.4"):
            self.assertTrue(greeting(self.open(source)).startswith("220 "))
        # a place given back is taken again
        send(a2, "QUIT")
        a2.close()
        self.mxqd.wait_log(r"close 127\.0\.0\.2 port")
        deadline = time.monotonic() + 5
        while True:
            s = self.open("127.0.0.2")
            line = greeting(s)
            if line.startswith("220 ") or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.assertTrue(line.startswith("220 "), line)

    def test_exempt_and_many_addresses(self):
        for _ in range(5):
            self.assertTrue(greeting(self.open("127.0.0.9")).startswith("220"))
        # 200 distinct addresses, two connections each: all admitted
        refused = 0
        for i in range(200):
            source = "127.0.%d.%d" % (10 + i // 200, 1 + i % 200)
            for _ in range(2):
                s = self.open(source)
                refused += not greeting(s).startswith("220 ")
            if len(self.socks) > 300:
                for s in self.socks:
                    s.close()
                self.socks = []
        self.assertEqual(refused, 0)

    @unittest.skipUnless(ipv6_loopback(), "no IPv6 loopback here")
    def test_ipv6(self):
        v6 = Mxqd(smtp_ip="::1", smtp_connections_per_ip=1).start()
        try:
            first = socket.create_connection(("::1", v6.port), timeout=10)
            second = socket.create_connection(("::1", v6.port), timeout=10)
            self.socks += [first, second]
            self.assertTrue(greeting(first).startswith("220 "))
            self.assertTrue(greeting(second).startswith("421 4.7.0 "))
        finally:
            v6.finish()


class Rates(unittest.TestCase):
    def test_connection_rate(self):
        mxqd = Mxqd(smtp_connection_rate=3).start()
        try:
            lines = []
            for _ in range(5):
                with connect(mxqd.port, source="127.0.0.5") as s:
                    lines.append(greeting(s))
            self.assertEqual([l[:4] for l in lines],
                             ["220 ", "220 ", "220 ", "421 ", "421 "], lines)
            self.assertEqual(lines[3], "421 4.7.0 Connecting too often from "
                                       "your address, try again later\r\n")
            with connect(mxqd.port, source="127.0.0.6") as s:
                self.assertTrue(greeting(s).startswith("220 "))
        finally:
            mxqd.finish()

    def test_message_rate(self):
        mxqd = Mxqd(smtp_message_rate=2).start()
        try:
            with connect(mxqd.port, source="127.0.0.7") as s:
                greeting(s)
                send(s, "EHLO client.test")
                for i in range(2):
                    self.assertTrue(send(s, "MAIL FROM:<a@example.test>")
                                    .startswith(b"250 "))
                    send(s, "RSET")
                reply = send(s, "MAIL FROM:<a@example.test>")
                self.assertEqual(reply, b"450 4.7.1 Too many messages from "
                                        b"your address, try again later\r\n")
                self.assertTrue(send(s, "NOOP").startswith(b"250 "))
            # another client, and smtplib end to end
            with mxqd.smtp() as c:
                self.assertEqual(c.sendmail("a@example.test",
                                            ["b@example.test"],
                                            b"Subject: x\r\n\r\nx\r\n"), {})
        finally:
            mxqd.finish()


if __name__ == "__main__":
    run(ConnectionsPerIp, Rates)
