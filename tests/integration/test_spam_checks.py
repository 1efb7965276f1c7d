"""smtp-check: spam against a real spamd on loopback (Debian's
spamassassin, local tests only): a plain message is ham, GTUBE is spam,
each with spamd's score, threshold and symbols, the same verdict spamc
gives for the same message; smtp-check-reject: spam refuses GTUBE with
550 5.7.1, and rabbitmq-refused keeps it (within smtp-refused-rate). What a real spamd does not do on demand comes from fakes: a
garbage reply and a spamd that never answers are temperror (the mail is
accepted, or refused 451 4.7.0 with smtp-check-reject: temperror); no
spamd at all is temperror; a message over spamassassin-maxsize is not
scanned and says so."""

import subprocess
import time
import unittest

import spamd_server
from mxqd_harness import Mxqd, run

HAM = (b"From: Alice <alice@example.org>\r\nTo: bob@example.org\r\n"
       b"Subject: lunch\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
       b"Message-ID: <ham-1@example.org>\r\n\r\n"
       b"Hi Bob,\r\n\r\nlunch at noon tomorrow?\r\n\r\nAlice\r\n")
SPAM = HAM.replace(b"lunch at noon tomorrow?", spamd_server.GTUBE).replace(
    b"<ham-1@", b"<spam-1@")


def send(mxqd, rcpt, message):
    with mxqd.smtp(timeout=30) as c:
        c.ehlo("client.test")
        c.mail("alice@example.org")
        c.rcpt(rcpt)
        code, text = c.data(message)
    return code, text.decode()


def spam_of(mxqd, rcpt, with_mime=False):
    docs = mxqd.documents_for(rcpt)
    assert len(docs) == 1, docs
    [c] = [c for c in docs[0]["checks"] if "spam" in c]
    return (c, docs[0]["mime"].encode()) if with_mime else c


def status_of(mime):
    """The X-Spam-Status field's value, unfolded, from a message."""
    head = mime.split(b"\r\n\r\n" if b"\r\n\r\n" in mime else b"\n\n")[0]
    head = head.replace(b"\r\n", b"\n").replace(b"\n\t", b" ").replace(
        b"\n ", b" ")
    for line in head.split(b"\n"):
        if line.lower().startswith(b"x-spam-status:"):
            return " ".join(line.split(b":", 1)[1].decode().split())
    raise AssertionError("no X-Spam-Status in %r" % head[:300])


@unittest.skipUnless(spamd_server.available(), "spamd is not installed")
class WithSpamd(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spamd = spamd_server.Spamd().start()
        cls.mxqd = Mxqd(smtp_check="spam", spamassassin_host="127.0.0.1",
                        spamassassin_port=cls.spamd.port,
                        smtp_check_timeout=30).start()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.mxqd.finish()
        finally:
            cls.spamd.stop()

    def spamc(self, message):
        """spamc's verdict on the same message: (is spam, score)."""
        out = subprocess.run(
            ["spamc", "-d", "127.0.0.1", "-p", str(self.spamd.port), "-c"],
            input=message, capture_output=True, timeout=60)
        score, _ = out.stdout.decode().strip().split("/")
        return out.returncode == 1, float(score)

    def test_ham_and_spam(self):
        """spamd sees the message as it is stored, our Received field on
        top (its relay rules need it): spamc on the stored MIME agrees."""
        self.assertEqual(send(self.mxqd, "ham@example.org", HAM)[0], 250)
        ham, mime = spam_of(self.mxqd, "ham@example.org", with_mime=True)
        self.assertIs(ham["spam"], False, ham)
        self.assertLess(ham["score"], ham["threshold"])
        self.assertIn("ALL_TRUSTED", ham["symbols"])
        self.assertEqual(self.spamc(mime), (False, ham["score"]))

        self.assertEqual(send(self.mxqd, "spam@example.org", SPAM)[0], 250)
        spam, mime = spam_of(self.mxqd, "spam@example.org", with_mime=True)
        self.assertIs(spam["spam"], True, spam)
        self.assertIn("GTUBE", spam["symbols"])
        self.assertGreaterEqual(spam["score"], spam["threshold"])
        self.assertEqual(self.spamc(mime), (True, spam["score"]))

    def test_reject_spam(self):
        strict = Mxqd(smtp_check="spam", smtp_check_reject="spam",
                      spamassassin_host="127.0.0.1",
                      spamassassin_port=self.spamd.port,
                      smtp_check_timeout=30).start()
        try:
            code, text = send(strict, "rs@example.org", SPAM)
            self.assertEqual(code, 550, text)
            self.assertTrue(text.startswith("5.7.1 "), text)
            self.assertEqual(strict.documents_for("rs@example.org",
                                                  timeout=0), [])
            self.assertEqual(send(strict, "rh@example.org", HAM)[0], 250)
        finally:
            strict.finish()

    def test_refused_spam_is_kept(self):
        """rabbitmq-refused: the refused GTUBE message is in the refused
        queue, one document per recipient with its refusal and its spam
        check; past smtp-refused-rate the next one is refused all the
        same but not kept; ham still goes to the inbox."""
        keeping = Mxqd(smtp_check="spam", smtp_check_reject="spam",
                       spamassassin_host="127.0.0.1",
                       spamassassin_port=self.spamd.port,
                       smtp_check_timeout=30, rabbitmq_refused="refused",
                       smtp_refused_rate=1).start()
        try:
            with keeping.smtp(timeout=30) as c:
                c.ehlo("client.test")
                c.mail("alice@example.org")
                c.rcpt("k1@example.org")
                c.rcpt("k2@example.org")
                code, text = c.data(SPAM)
            self.assertEqual(code, 550, text)
            self.assertTrue(text.startswith(b"5.7.1 "), text)
            docs = keeping.wait_documents(2, queue="refused")
            self.assertEqual(sorted(d["recipient"] for d in docs),
                             ["k1@example.org", "k2@example.org"])
            for d in docs:
                self.assertEqual(d["refused"], {
                    "reason": "Message refused as spam", "code": 550,
                    "enhanced-code": "5.7.1"})
                [spam] = [c for c in d["checks"] if "spam" in c]
                self.assertIs(spam["spam"], True)
                self.assertIn("GTUBE", spam["symbols"])
            self.assertEqual(keeping.documents(), [])
            keeping.wait_log(r"stored in refused for 2 recipients")

            code, text = send(keeping, "k3@example.org", SPAM)
            self.assertEqual(code, 550, text)
            self.assertEqual(send(keeping, "kh@example.org", HAM)[0], 250)
            self.assertEqual(len(keeping.documents_for("kh@example.org")), 1)
            self.assertEqual(len(keeping.documents(queue="refused")), 2)
        finally:
            keeping.finish()

    def test_spam_header(self):
        """spamassassin-header: the stored MIME starts with X-Spam-Flag and
        X-Spam-Status as SpamAssassin writes them: spamc's own processed
        message has the same status, score, required and tests (it adds
        autolearn and version after them); the message's own X-Spam-*
        fields are gone."""
        marking = Mxqd(smtp_check="spam", spamassassin_header="true",
                       spamassassin_host="127.0.0.1",
                       spamassassin_port=self.spamd.port,
                       smtp_check_timeout=30).start()
        try:
            forged = b"X-Spam-Status: No, score=-50.0 forged\r\n" + SPAM
            self.assertEqual(send(marking, "mark@example.org", forged)[0],
                             250)
            [doc] = marking.documents_for("mark@example.org")
            mime = doc["mime"].encode()
            self.assertTrue(mime.startswith(b"X-Spam-Flag: YES\r\n"
                                            b"X-Spam-Status: Yes, score="),
                            mime[:200])
            self.assertNotIn(b"forged", mime)
            ours = status_of(mime)
            stored = mime[mime.index(b"Received: "):]
            out = subprocess.run(
                ["spamc", "-d", "127.0.0.1", "-p", str(self.spamd.port)],
                input=stored, capture_output=True, timeout=60)
            theirs = status_of(out.stdout)
            self.assertTrue(theirs.startswith(ours + " "), (ours, theirs))

            self.assertEqual(send(marking, "mh@example.org", HAM)[0], 250)
            [doc] = marking.documents_for("mh@example.org")
            self.assertTrue(doc["mime"].startswith("X-Spam-Status: No, "),
                            doc["mime"][:200])
        finally:
            marking.finish()

    def test_too_large_is_not_scanned(self):
        small = Mxqd(smtp_check="spam", spamassassin_host="127.0.0.1",
                     spamassassin_port=self.spamd.port,
                     spamassassin_maxsize="1KB").start()
        try:
            big = HAM + b"x" * 2000 + b"\r\n"
            self.assertEqual(send(small, "big@example.org", big)[0], 250)
            self.assertEqual(spam_of(small, "big@example.org"), {
                "spam": "none", "reason": "larger than spamassassin-maxsize"})
        finally:
            small.finish()


class WithoutSpamd(unittest.TestCase):
    def check(self, port, rcpt, reason, **settings):
        mxqd = Mxqd(smtp_check="spam", spamassassin_host="127.0.0.1",
                    spamassassin_port=port, **settings).start()
        try:
            started = time.monotonic()
            code, text = send(mxqd, rcpt, HAM)
            waited = time.monotonic() - started
            if "smtp_check_reject" in settings:
                self.assertEqual(code, 451, text)
                self.assertTrue(text.startswith("4.7.0 "), text)
                self.assertIn("spam", text)
                return waited
            self.assertEqual(code, 250, text)
            self.assertEqual(spam_of(mxqd, rcpt),
                             {"spam": "temperror", "reason": reason})
            return waited
        finally:
            mxqd.finish()

    def test_nothing_listening(self):
        port = spamd_server.free_port()
        self.check(port, "down@example.org", "spamd did not answer")

    def test_garbage_reply(self):
        fake = spamd_server.FakeSpamd(b"HTTP/1.0 200 OK\r\n\r\nhello\r\n")
        fake.start()
        try:
            self.check(fake.port, "garbage@example.org", "malformed reply")
            self.assertEqual(fake.requests, 1)
        finally:
            fake.stop()

    def test_spamd_that_hangs(self):
        fake = spamd_server.FakeSpamd(None).start()
        try:
            waited = self.check(fake.port, "hang@example.org",
                                "spamd timed out", smtp_check_timeout=1)
            self.assertLess(waited, 5, "the deadline did not end the wait")
            waited = self.check(fake.port, "hang2@example.org", None,
                                smtp_check_timeout=1,
                                smtp_check_reject="temperror")
            self.assertLess(waited, 5)
        finally:
            fake.stop()


if __name__ == "__main__":
    run(WithSpamd, WithoutSpamd)
