"""smtp-protection against a real unbound serving a test blocklist: a
listed client (127.0.0.2, and ::1 in nibble form) is refused at MAIL with
554 5.7.1 and the list's reason, even when it pipelines the whole
transaction; an unlisted one (127.0.0.3) gets its mail through; a list
that never answers lets the client in once smtp-protection-timeout has
passed."""

import socket
import unittest

import unbound_server
from mxqd_harness import (Mxqd, connect, read_reply, read_to_eof,
                          reply_codes, run)

REASON = "listed in bl.test, see https://bl.test/q"
V6_LOOPBACK = "1." + "0." * 31 + "bl.test."
RECORDS = [
    '2.0.0.127.bl.test. A 127.0.0.2',
    '2.0.0.127.bl.test. TXT "%s"' % REASON,
    '%s A 127.0.0.4' % V6_LOOPBACK,
    '%s TXT "ipv6 %s"' % (V6_LOOPBACK, REASON),
]
TRANSACTION = (b"EHLO client.test\r\nMAIL FROM:<a@b.test>\r\n"
               b"RCPT TO:<c@d.test>\r\nDATA\r\nSubject: x\r\n\r\nhi\r\n.\r\n"
               b"QUIT\r\n")


def pipeline(sock):
    """Sends the whole transaction at once; returns everything until the
    server closes."""
    assert read_reply(sock).startswith(b"220 ")
    sock.sendall(TRANSACTION)
    return read_to_eof(sock, reset_is_eof=True)


class Blocklist(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dns = unbound_server.Unbound(RECORDS).start()

    @classmethod
    def tearDownClass(cls):
        cls.dns.stop()

    def start(self, **settings):
        args = dict(smtp_protection="true",
                    smtp_protection_lists="clean.test, bl.test",
                    dns_servers=self.dns.server())
        args.update(settings)
        self.mxqd = Mxqd(**args).start()
        return self.mxqd

    def tearDown(self):
        self.mxqd.finish()

    def test_listed_client_is_refused_at_mail(self):
        mxqd = self.start()
        with connect(mxqd.port, source="127.0.0.2") as sock:
            data = pipeline(sock)
        # EHLO is answered, MAIL refused, and nothing after it
        self.assertEqual(reply_codes(data), [250, 554], data)
        self.assertIn(b"554 5.7.1 Service unavailable; client [127.0.0.2] "
                      b"blocked using bl.test: " + REASON.encode() + b"\r\n",
                      data)
        self.assertEqual(mxqd.documents(), [])

    def test_unlisted_client_gets_its_mail_through(self):
        mxqd = self.start()
        with connect(mxqd.port, source="127.0.0.3") as sock:
            data = pipeline(sock)
        self.assertEqual(reply_codes(data), [250, 250, 250, 354, 250, 221],
                         data)
        self.assertEqual(len(mxqd.documents_for("c@d.test")), 1)

    def test_listed_ipv6_client(self):
        mxqd = self.start(smtp_ip="::1")
        with socket.create_connection(("::1", mxqd.port), timeout=10) as sock:
            data = pipeline(sock)
        self.assertIn(b"554 5.7.1 Service unavailable; client [::1] blocked "
                      b"using bl.test: ipv6 " + REASON.encode(), data)


class SilentList(unittest.TestCase):
    """A list whose server swallows every query."""

    def test_timeout_lets_the_client_in(self):
        silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        silent.bind(("127.0.0.1", 0))
        mxqd = Mxqd(smtp_protection="true", smtp_protection_lists="bl.test",
                    smtp_protection_timeout=1, dns_interval="0.2",
                    dns_attempts=10,
                    dns_servers="127.0.0.1:%d" % silent.getsockname()[1])
        mxqd.start()
        try:
            with connect(mxqd.port, source="127.0.0.2") as sock:
                data = pipeline(sock)
            self.assertEqual(reply_codes(data),
                             [250, 250, 250, 354, 250, 221], data)
            silent.settimeout(0)
            self.assertTrue(silent.recv(512), "the list was never asked")
        finally:
            mxqd.finish()
            silent.close()


class Settings(unittest.TestCase):
    def test_bad_zone_list_stops_mxqd(self):
        mxqd = Mxqd(smtp_protection="true",
                    smtp_protection_lists="bl.test, not a zone")
        with self.assertRaises(RuntimeError) as e:
            mxqd.start()
        mxqd.cleanup()
        self.assertIn("smtp-protection-lists", str(e.exception))
        self.assertIn("not a host name", str(e.exception))


if __name__ == "__main__":
    if not unbound_server.available():
        print("unbound is not installed: skipped")
        raise SystemExit(77)
    run(Blocklist, SilentList, Settings)
