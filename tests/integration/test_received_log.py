"""received-log-file with MailerQ's default template and with one of our
own: one line per accepted recipient, as the template says, written
before the 250; a message refused and kept in rabbitmq-refused gets no
line; after logrotate's rename, SIGHUP (or the file's disappearance by
itself) starts a new file; a bad template stops mxqd (and
--check-config) with exit 2 and the place of the fault."""

import os
import re
import signal
import subprocess
import tempfile
import time
import unittest

from mxqd_harness import MXQD, Mxqd, run

MESSAGE = (b"From: a@example.test\r\nSubject: log\r\n"
           b"Message-ID: <log-1@example.test>\r\n\r\nbody\r\n")


def lines(path, count, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with open(path, "rb") as f:
                got = f.read().split(b"\n")
        except FileNotFoundError:
            got = [b""]
        assert got[-1] == b"", "a line without its end: %r" % got[-1]
        if len(got) - 1 >= count or time.monotonic() > deadline:
            return [g.decode() for g in got[:-1]]
        time.sleep(0.02)


class ReceivedLog(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "received.log")

    def tearDown(self):
        self.tmp.cleanup()

    def test_default_template(self):
        mxqd = Mxqd(received_log_file=self.path,
                    rabbitmq_refused="refused").start()
        try:
            with mxqd.smtp() as c:
                c.ehlo("client.test")
                c.mail("sender@example.test")
                c.rcpt("one@example.test")
                c.rcpt("two@example.test")
                code, reply = c.data(MESSAGE)
                self.assertEqual(code, 250)
                # written before the 250: there at once
                got = lines(self.path, 2, timeout=0)
                self.assertEqual(len(got), 2, got)
                c.rset()
                c.mail("sender@example.test")
                c.rcpt("refused@example.test")
                self.assertEqual(c.data(b"x-mq-ip: bad\r\n" + MESSAGE)[0],
                                 554)
            docs = {d["recipient"]: d for d in mxqd.documents()}
            self.assertEqual(len(mxqd.wait_documents(1, queue="refused")), 1)
            for line, rcpt in zip(got, ["one@example.test",
                                        "two@example.test"]):
                want = (r"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] %s "
                        r"<sender@example\.test> <%s> \[127\.0\.0\.1\] "
                        r"\[127\.0\.0\.1\]" % (re.escape(
                            docs[rcpt]["message-id"]), re.escape(rcpt)))
                self.assertRegex(line, "^" + want + "$")
            time.sleep(0.2)
            self.assertEqual(len(lines(self.path, 3, timeout=0)), 2,
                             "the refused message has no line")
        finally:
            mxqd.finish()

    def test_own_template_and_rotation(self):
        fmt = ("{$time} {$json.recipient}{if $report} report{else} mail"
               "{/if} {$json.connection.remote_port} {$json.nothing}.")
        mxqd = Mxqd(received_log_file=self.path,
                    received_log_format=fmt).start()
        try:
            def send(rcpt):
                with mxqd.smtp() as c:
                    self.assertEqual(c.sendmail("s@example.test", [rcpt],
                                                MESSAGE), {})
            before = int(time.time())
            send("first@example.test")
            [line] = lines(self.path, 1)
            m = re.fullmatch(r"(\d+) first@example.test mail (\d+) \.", line)
            self.assertIsNotNone(m, line)
            self.assertLessEqual(abs(int(m.group(1)) - before), 5)
            # logrotate: rename, then SIGHUP
            os.rename(self.path, self.path + ".1")
            mxqd.signal(signal.SIGHUP)
            mxqd.wait_log(r"SIGHUP: log files reopened")
            send("second@example.test")
            self.assertEqual([l.split()[1] for l in lines(self.path, 1)],
                             ["second@example.test"])
            self.assertEqual(len(lines(self.path + ".1", 1)), 1)
            # removed without a SIGHUP: a new file within a second or so
            os.unlink(self.path)
            time.sleep(1.2)
            send("third@example.test")
            self.assertEqual([l.split()[1] for l in lines(self.path, 1)],
                             ["third@example.test"])
        finally:
            mxqd.finish()

    def test_bad_template(self):
        mxqd = Mxqd(received_log_file=self.path,
                    received_log_format="[{$date]")
        for extra in (["--check-config"], []):
            out = subprocess.run(mxqd.argv + extra, capture_output=True,
                                 timeout=30)
            self.assertEqual(out.returncode, 2, out.stderr)
            self.assertIn(b"received-log-format", out.stderr)
            self.assertIn(b"offset", out.stderr)
        self.assertFalse(os.path.exists(self.path))
        mxqd.cleanup()


if __name__ == "__main__":
    run(ReceivedLog)
