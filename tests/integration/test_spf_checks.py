"""smtp-check: spf against a real unbound on loopback. Each sender's domain
publishes a different SPF record; the JSON's checks must hold RFC 7208's
result for the client 127.0.0.1, the same result pyspf (the reference
implementation) gets from the same DNS server, and the Authentication-Results
field at the top of the MIME (smtp-auth-results) says so as python3-authres
reads it. A name server that never
answers makes the check temperror once smtp-check-timeout has passed, and
the mail is still accepted."""

import re
import socket
import time
import unittest

import unbound_server
from mxqd_harness import Mxqd, run

RECORDS = [
    'pass.test. TXT "v=spf1 ip4:127.0.0.0/8 -all"',
    'fail.test. TXT "v=spf1 -all"',
    'soft.test. TXT "v=spf1 ~all"',
    'neutral.test. TXT "v=spf1 ?all"',
    'inc.test. TXT "v=spf1 include:pass.test -all"',
    'redir.test. TXT "v=spf1 redirect=fail.test"',
    'mx.test. TXT "v=spf1 mx -all"',
    'mx.test. MX 10 mail.mx.test.',
    'mail.mx.test. A 127.0.0.1',
    'a.test. TXT "v=spf1 a:host.a.test -all"',
    'host.a.test. A 192.0.2.1',
    'helo.test. TXT "v=spf1 a -all"',
    'helo.test. A 127.0.0.1',
    'perm.test. TXT "v=spf1 foo:bar -all"',
    'two.test. TXT "v=spf1 -all"',
    'two.test. TXT "v=spf1 +all"',
    'split.test. TXT "v=spf1 ip4:10.0.0.1 " "ip4:127.0.0.1 -all"',
    'loop.test. TXT "v=spf1 include:loop.test -all"',
    'exists.test. TXT "v=spf1 exists:%{i}.ok.exists.test -all"',
    '127.0.0.1.ok.exists.test. A 127.0.0.2',
    'nospf.test. TXT "just text"',
]

# sender domain -> expected result for 127.0.0.1
CASES = {
    "pass.test": "pass",
    "fail.test": "fail",
    "soft.test": "softfail",
    "neutral.test": "neutral",
    "inc.test": "pass",
    "redir.test": "fail",
    "mx.test": "pass",
    "a.test": "fail",
    "perm.test": "permerror",
    "two.test": "permerror",
    "split.test": "pass",
    "loop.test": "permerror",
    "exists.test": "pass",
    "nospf.test": "none",
    "nosuch.test": "none",
}


def pyspf_result(port, sender, helo):
    """pyspf's check2 against the same unbound."""
    import dns.resolver
    import spf
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = port
    dns.resolver.default_resolver = resolver
    return spf.check2(i="127.0.0.1", s=sender, h=helo)[0]


def send_reply(mxqd, sender, rcpt, helo="client.test",
               message=b"Subject: spf\r\n\r\nhello\r\n"):
    """The reply to the message's end: (code, text)."""
    with mxqd.smtp() as c:
        c.ehlo(helo)
        c.mail(sender)
        c.rcpt(rcpt)
        code, text = c.data(message)
        c.quit()
    return code, text.decode()


def send(mxqd, sender, rcpt, helo="client.test",
         message=b"Subject: spf\r\n\r\nhello\r\n"):
    return send_reply(mxqd, sender, rcpt, helo, message)[0]


class SpfChecks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dns = unbound_server.Unbound(RECORDS).start()
        cls.mxqd = Mxqd(smtp_check="spf", dns_servers=cls.dns.server(),
                        smtp_check_timeout=10,
                        smtp_auth_results="local,nonlocal").start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.mxqd.finish()
        finally:
            cls.dns.stop()

    def check_of(self, rcpt):
        docs = self.mxqd.documents_for(rcpt)
        self.assertEqual(len(docs), 1, rcpt)
        return docs[0]["checks"]

    def test_results_match_rfc7208_and_pyspf(self):
        for i, (domain, expected) in enumerate(sorted(CASES.items())):
            sender = "someone@" + domain
            rcpt = "r%d@example.org" % i
            with self.subTest(domain=domain):
                self.assertEqual(send(self.mxqd, sender, rcpt), 250)
                self.assertEqual(self.check_of(rcpt),
                                 [{"spf": expected, "smtp.mailfrom": sender}])
                self.assertEqual(
                    pyspf_result(self.dns.port, sender, "client.test"),
                    expected, "pyspf disagrees with the expectation")

    def test_check_reject_spf(self):
        """smtp-check-reject: spf refuses an SPF fail with 550 5.7.23 (RFC
        7372) and stores nothing; other results are accepted."""
        strict = Mxqd(smtp_check="spf", smtp_check_reject="spf",
                      dns_servers=self.dns.server(),
                      smtp_check_timeout=10).start()
        try:
            code, text = send_reply(strict, "x@fail.test", "rf@example.org")
            self.assertEqual(code, 550)
            self.assertTrue(text.startswith("5.7.23 "), text)
            self.assertIn("x@fail.test", text)
            self.assertEqual(strict.documents_for("rf@example.org", timeout=0), [])
            for i, sender in enumerate(["x@soft.test", "x@pass.test",
                                        "x@none-at-all.test"]):
                self.assertEqual(send(strict, sender, "ok%d@example.org" % i),
                                 250, sender)
        finally:
            strict.finish()

    def test_authentication_results_field(self):
        """The field at the top of the MIME, as python3-authres (RFC 8601)
        reads it, says what the checks array says."""
        import authres
        for i, (domain, expected) in enumerate(
                [("pass.test", "pass"), ("soft.test", "softfail")]):
            rcpt = "ar%d@example.org" % i
            self.assertEqual(send(self.mxqd, "x@" + domain, rcpt), 250)
            mime = self.mxqd.documents_for(rcpt)[0]["mime"]
            self.assertTrue(mime.startswith("Authentication-Results: "), mime)
            end = mime.index("\r\nReceived: ")
            header = authres.AuthenticationResultsHeader.parse(mime[:end])
            self.assertEqual(header.authserv_id, "mx.test.example")
            [result] = header.results
            self.assertEqual((result.method, result.result), ("spf", expected))
            [prop] = result.properties
            self.assertEqual((prop.type, prop.name, prop.value),
                             ("smtp", "mailfrom", "x@" + domain))

    def test_forged_results_never_survive(self):
        """Fields claiming our authserv-id are removed, every one of them
        (RFC 8601 §5); python3-authres reads what is left: our own field
        at the top and the other host's."""
        import authres
        forged = (b"Authentication-Results: mx.test.example; spf=pass "
                  b"smtp.mailfrom=x@soft.test\r\n"
                  b"Authentication-Results: other.example; dkim=pass\r\n"
                  b"Subject: forged\r\n"
                  b"Authentication-Results: (x) MX.TEST.EXAMPLE; dkim=pass\r\n"
                  b"Authentication-Results:\r\n \"mx.test.example\"; "
                  b"dmarc=pass\r\n\r\nbody\r\n")
        rcpt = "forged@example.org"
        self.assertEqual(send(self.mxqd, "x@soft.test", rcpt,
                              message=forged), 250)
        mime = self.mxqd.documents_for(rcpt)[0]["mime"]
        header = re.sub(r"\r\n(?=[ \t])", "", mime.split("\r\n\r\n")[0])
        fields = [line for line in header.split("\r\n")
                  if line.lower().startswith("authentication-results:")]
        self.assertEqual(len(fields), 2, fields)
        ours = authres.AuthenticationResultsHeader.parse(fields[0])
        self.assertEqual(ours.authserv_id, "mx.test.example")
        self.assertEqual([(r.method, r.result) for r in ours.results],
                         [("spf", "softfail")])
        other = authres.AuthenticationResultsHeader.parse(fields[1])
        self.assertEqual(other.authserv_id, "other.example")

    def test_null_sender_checks_helo(self):
        rcpt = "bounce@example.org"
        self.assertEqual(send(self.mxqd, "<>", rcpt, helo="helo.test"), 250)
        self.assertEqual(self.check_of(rcpt),
                         [{"spf": "pass", "smtp.helo": "helo.test"}])
        self.assertEqual(pyspf_result(self.dns.port, "", "helo.test"), "pass")

    def test_every_recipient_gets_the_check(self):
        with self.mxqd.smtp() as c:
            c.ehlo("client.test")
            c.mail("x@fail.test")
            c.rcpt("m1@example.org")
            c.rcpt("m2@example.org")
            self.assertEqual(c.data(b"Subject: two\r\n\r\nhi\r\n")[0], 250)
            # a second transaction on the same connection starts afresh
            c.mail("y@pass.test")
            c.rcpt("m3@example.org")
            self.assertEqual(c.data(b"Subject: three\r\n\r\nhi\r\n")[0], 250)
        for rcpt in ("m1@example.org", "m2@example.org"):
            self.assertEqual(self.check_of(rcpt),
                             [{"spf": "fail", "smtp.mailfrom": "x@fail.test"}])
        self.assertEqual(self.check_of("m3@example.org"),
                         [{"spf": "pass", "smtp.mailfrom": "y@pass.test"}])


class SpfWithoutAnswers(unittest.TestCase):
    """A name server that swallows every query."""

    def setUp(self):
        self.silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.silent.bind(("127.0.0.1", 0))
        port = self.silent.getsockname()[1]
        self.mxqd = Mxqd(smtp_check="spf",
                         dns_servers="127.0.0.1:%d" % port,
                         dns_interval="0.2", dns_attempts=10,
                         smtp_check_timeout=1).start()

    def tearDown(self):
        try:
            self.mxqd.finish()
        finally:
            self.silent.close()

    def test_deadline_makes_temperror_and_mail_is_accepted(self):
        started = time.monotonic()
        self.assertEqual(send(self.mxqd, "a@pass.test", "t@example.org"), 250)
        waited = time.monotonic() - started
        docs = self.mxqd.documents_for("t@example.org")
        self.assertEqual(docs[0]["checks"],
                         [{"spf": "temperror", "smtp.mailfrom": "a@pass.test"}])
        # the queries reached the server: it was asked, not skipped
        self.silent.settimeout(0)
        self.assertTrue(self.silent.recv(512))
        self.assertLess(waited, 8, "the deadline did not end the wait")


class SpfRejectOnTemperror(SpfWithoutAnswers):
    """smtp-check-reject: temperror: the deadline's temperror is 451
    4.7.0, so the client tries again later; nothing is stored."""

    def setUp(self):
        self.silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.silent.bind(("127.0.0.1", 0))
        port = self.silent.getsockname()[1]
        self.mxqd = Mxqd(smtp_check="spf", smtp_check_reject="temperror",
                         dns_servers="127.0.0.1:%d" % port,
                         dns_interval="0.2", dns_attempts=10,
                         smtp_check_timeout=1).start()

    def test_deadline_makes_temperror_and_mail_is_accepted(self):
        code, text = send_reply(self.mxqd, "a@pass.test", "t@example.org")
        self.assertEqual(code, 451)
        self.assertTrue(text.startswith("4.7.0 "), text)
        self.assertIn("SPF", text)
        self.assertEqual(self.mxqd.documents_for("t@example.org", timeout=0), [])


class NoChecks(unittest.TestCase):
    def test_no_checks_key_without_smtp_check(self):
        mxqd = Mxqd().start()
        try:
            self.assertEqual(send(mxqd, "a@pass.test", "n@example.org"), 250)
            docs = mxqd.documents_for("n@example.org")
            self.assertNotIn("checks", docs[0])
        finally:
            mxqd.finish()


if __name__ == "__main__":
    if not unbound_server.available():
        print("unbound is not installed: skipped")
        raise SystemExit(77)
    run(SpfChecks, SpfWithoutAnswers, SpfRejectOnTemperror, NoChecks)
