"""x-mq-* header fields against the real mxqd (smtp-extract), sent by
swaks and smtplib: each mapping of spec §3.2 lands in the stored JSON and
the fields leave the MIME exactly; each bad value gets 554 5.6.0 naming
the field and stores nothing; smtp-extract: false keeps them, and
smtp-extract: authenticated reads them only from clients that logged in
(the others' are dropped, and the log says so); the header limits give
552 5.3.4."""

import os
import shutil
import subprocess
import unittest

from mxqd_harness import Mxqd, after_received, run

SWAKS = shutil.which("swaks")

XMQ_FIELDS = (
    "x-mq-ip: 10.11.12.13\r\n"
    "X-MQ-IP: 2001:db8::25\r\n"
    "x-mq-tag: newsletter\r\n"
    "x-mq-tag: december\r\n"
    "x-mq-pool: bulk\r\n"
    "x-mq-delayed: 2027-01-02 03:04:05\r\n"
    "x-mq-maxdelivertime: 2027-01-03 00:00:00\r\n"
    "x-mq-maxattempts: 5\r\n"
    "x-mq-retries: 300,600,\r\n 3600\r\n"
    "x-mq-priority: 2\r\n"
    "x-mq-inlinecss: 1\r\n"
    "x-mq-keepmime: 0\r\n"
    "x-mq-results-queue: results\r\n"
    "x-mq-failure-queue: failures\r\n"
    "x-mq-success-queue: successes\r\n"
    "x-mq-retry-queue: retries\r\n"
    "x-mq-smarthost-hostname: relay.example.test\r\n"
    "x-mq-smarthost-port: 587\r\n"
    "x-mq-smarthost-username: relay-user\r\n"
    "x-mq-smarthost-password: relay-pw\r\n"
    "x-mq-dsn-notify: FAILURE,DELAY\r\n"
    "x-mq-dsn-ret: HDRS\r\n"
    "x-mq-dsn-envid: env-1\r\n"
    "x-mq-dsn-orcpt: rfc822;orig@example.test\r\n"
    "x-mq-envelope: bounces@example.test\r\n"
    "x-mq-custom-identifier: my-id\r\n")
# 8-bit and folded fields around the x-mq ones, which must stay as sent
KEPT_HEAD = ("From: Sender <sender@example.test>\r\n"
             "Subject: =?utf-8?q?caf=C3=A9?= caf\u00e9\r\n"
             "\tfolded \u00e9t\u00e9\r\n")
KEPT_TAIL = "To: rcpt@example.test\r\n\r\nbody line\r\nx-mq-pool: in the body\r\n"


class Extract(unittest.TestCase):
    def start(self, **settings):
        self.mxqd = Mxqd(**settings).start()
        return self.mxqd

    def tearDown(self):
        self.mxqd.finish()

    def send(self, message, to="rcpt@example.test", login=None):
        """Sends message (str) with smtplib; returns the end of data's
        (code, text)."""
        s = self.mxqd.smtp()
        try:
            s.ehlo("client.test")
            if login:
                s.login(*login)
            s.mail("sender@example.test")
            code, text = s.rcpt(to)
            self.assertEqual(code, 250, text)
            return s.data(message.encode("utf-8"))
        finally:
            s.quit()

    def test_every_mapping_with_swaks(self):
        self.assertIsNotNone(SWAKS, "swaks is not installed")
        mxqd = self.start()
        path = os.path.join(mxqd.dir, "message.eml")
        with open(path, "wb") as f:
            # swaks ends the data with its own CRLF
            f.write((KEPT_HEAD + XMQ_FIELDS + KEPT_TAIL[:-2]).encode("utf-8"))
        p = subprocess.run(
            [SWAKS, "--server", "127.0.0.1", "--port", str(mxqd.port),
             "--helo", "client.test", "--from", "sender@example.test",
             "--to", "rcpt@example.test", "--data", "@" + path,
             "--timeout", "20"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, timeout=60)
        self.assertEqual(p.returncode, 0, p.stdout.decode())
        doc = mxqd.documents_for("rcpt@example.test")[0]
        self.assertEqual(after_received(doc["mime"]),
                         (KEPT_HEAD + KEPT_TAIL).encode("utf-8"))
        self.assertEqual(doc["ips"], ["10.11.12.13", "2001:db8::25"])
        self.assertEqual(doc["tags"], ["newsletter", "december"])
        self.assertEqual(doc["pool"], "bulk")
        self.assertEqual(doc["nextattempt"], {"time": "2027-01-02 03:04:05"})
        self.assertEqual(doc["maxdelivertime"], "2027-01-03 00:00:00")
        self.assertEqual(doc["maxattempts"], 5)
        self.assertEqual(doc["retries"], [300, 600, 3600])
        self.assertEqual(doc["priority"], 2)
        self.assertIs(doc["inlinecss"], True)
        self.assertIs(doc["keepmime"], False)
        self.assertEqual(doc["queues"], {"results": "results",
                                         "failure": "failures",
                                         "success": "successes",
                                         "retry": "retries"})
        self.assertEqual(doc["smarthost"], {"hostname": "relay.example.test",
                                            "port": 587,
                                            "username": "relay-user",
                                            "password": "relay-pw"})
        self.assertEqual(doc["dsn"], {"ret": "HDRS", "envid": "env-1",
                                      "notify": "FAILURE,DELAY",
                                      "orcpt": "rfc822;orig@example.test"})
        self.assertEqual(doc["envelope"], "bounces@example.test")
        self.assertEqual(doc["custom-identifier"], "my-id")

    def test_bad_values_are_refused(self):
        mxqd = self.start()
        cases = [
            ("x-mq-ip: nonsense", b"x-mq-ip: not an IP address"),
            ("x-mq-maxattempts: -3",
             b"x-mq-maxattempts: not a number of 0 or more"),
            ("x-mq-delayed: 2027-13-01 00:00:00",
             b"x-mq-delayed: not a time as YYYY-MM-DD HH:MM:SS"),
            ("x-mq-inlinecss: sometimes",
             b"x-mq-inlinecss: not a boolean (1, 0, true, false, yes, no)"),
            ("x-mq-pool: a\r\nx-mq-pool: b",
             b"x-mq-pool: given more than once"),
            ("X-Mq-Mime: x", b"X-Mq-Mime: may not be set by a header"),
        ]
        for field, why in cases:
            code, text = self.send("Subject: s\r\n%s\r\n\r\nbody\r\n" % field)
            self.assertEqual(code, 554, field)
            self.assertEqual(text, b"5.6.0 Message refused: " + why)
        self.assertEqual(mxqd.documents(), [])
        # the connection and the next message are fine
        self.assertEqual(self.send("x-mq-pool: ok\r\n\r\nbody\r\n")[0], 250)
        self.assertEqual(mxqd.wait_documents(1)[0]["pool"], "ok")

    def test_refused_queue_keeps_them(self):
        """rabbitmq-refused: a message refused for a bad field is kept
        there with its refusal; one over smtp-refused-maxsize is not, and
        nor is one over smtp-maxsize (not received whole)."""
        mxqd = self.start(rabbitmq_refused="refused",
                          smtp_refused_maxsize="2KB", smtp_maxsize="8KB")
        code, text = self.send("Subject: s\r\nx-mq-ip: nonsense\r\n\r\n"
                               "body\r\n", to="kept@example.test")
        self.assertEqual((code, text),
                         (554, b"5.6.0 Message refused: x-mq-ip: not an IP "
                               b"address"))
        [doc] = mxqd.wait_documents(1, queue="refused")
        self.assertEqual(doc["refused"], {
            "reason": "Message refused: x-mq-ip: not an IP address",
            "code": 554, "enhanced-code": "5.6.0"})
        self.assertEqual(doc["recipient"], "kept@example.test")
        self.assertIn("x-mq-ip: nonsense", doc["mime"])
        self.assertNotIn("ips", doc)
        large = "Subject: s\r\nx-mq-ip: nonsense\r\n\r\n" + \
            "x" * 70 + "\r\n"
        self.assertEqual(self.send(large * 40)[0], 554)
        s = mxqd.smtp()
        try:
            s.ehlo("client.test")
            s.mail("sender@example.test")
            s.rcpt("rcpt@example.test")
            self.assertEqual(s.data(("y" * 70 + "\r\n") * 200)[0], 552)
        finally:
            s.quit()
        self.assertEqual(len(mxqd.documents(queue="refused")), 1)
        self.assertEqual(mxqd.documents(), [])

    def test_extract_false_keeps_the_fields(self):
        mxqd = self.start(smtp_extract="false")
        message = "x-mq-pool: bulk\r\nx-mq-ip: nonsense\r\n\r\nbody\r\n"
        self.assertEqual(self.send(message)[0], 250)
        doc = mxqd.wait_documents(1)[0]
        self.assertEqual(after_received(doc["mime"]), message.encode())
        self.assertNotIn("pool", doc)
        self.assertNotIn("ips", doc)

    def test_extract_authenticated(self):
        local = os.path.join(self.start_dir(), "local")
        with open(local, "w") as f:
            f.write("*@local.test\n")
        mxqd = self.start(smtp_extract="authenticated",
                          smtp_auth_plaintext="true",
                          smtp_auth="hardcoded://carol:pw1",
                          smtp_local_addresses=local)
        message = "x-mq-pool: bulk\r\nx-mq-ip: nonsense\r\nSubject: s\r\n\r\nb\r\n"
        # a stranger, to a local address: dropped unread, even a bad one
        self.assertEqual(self.send(message, to="me@local.test")[0], 250)
        doc = mxqd.wait_documents(1)[0]
        self.assertEqual(after_received(doc["mime"]), b"Subject: s\r\n\r\nb\r\n")
        self.assertNotIn("pool", doc)
        self.assertRegex(mxqd.wait_log("x-mq-\\* header fields ignored"),
                         "message from 127.0.0.1: 2 x-mq-\\* header fields "
                         "ignored")
        # logged in: read, so the bad value counts
        code, text = self.send(message, to="x@elsewhere.test",
                               login=("carol", "pw1"))
        self.assertEqual((code, text), (554, b"5.6.0 Message refused: "
                                             b"x-mq-ip: not an IP address"))
        self.assertEqual(self.send("x-mq-pool: bulk\r\n\r\nb\r\n",
                                   to="x@elsewhere.test",
                                   login=("carol", "pw1"))[0], 250)
        docs = mxqd.documents_for("x@elsewhere.test")
        self.assertEqual(docs[0]["pool"], "bulk")

    def test_header_limits(self):
        mxqd = self.start(smtp_header_max_line="998",
                          smtp_header_max_fields="50",
                          smtp_header_max_size="16KB")
        code, text = self.send("Subject: %s\r\n\r\nb\r\n" % ("x" * 1000))
        self.assertEqual((code, text), (552, b"5.3.4 Message header section "
                         b"too large: a line is longer than "
                         b"smtp-header-max-line"))
        many = "".join("X-F%d: v\r\n" % i for i in range(51))
        self.assertEqual(self.send(many + "\r\nb\r\n")[0], 552)
        large = "".join("X-F%d: %s\r\n" % (i, "v" * 400) for i in range(45))
        code, text = self.send(large + "\r\nb\r\n")
        self.assertEqual((code, text), (552, b"5.3.4 Message header section "
                         b"too large: larger than smtp-header-max-size"))
        self.assertEqual(mxqd.documents(), [])
        # a long body line is no header line
        self.assertEqual(self.send("Subject: s\r\n\r\n%s\r\n" % ("y" * 5000))[0],
                         250)

    def start_dir(self):
        """A directory for files the settings name, kept until tearDown."""
        self.files = Mxqd()
        self.addCleanup(self.files.cleanup)
        return self.files.dir


if __name__ == "__main__":
    run(Extract)
