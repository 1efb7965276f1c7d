"""mxqd end to end with smtplib: one JSON document per recipient in
queue/inbox/new, byte-exact MIME after the Received header, a failed store
answered 451 with nothing left in new/, SIGHUP and SIGTERM."""

import os
import re
import shutil
import signal
import socket
import unittest

from mxqd_harness import HOSTNAME, Mxqd, after_received, ipv6_loopback, run

SENDER = "sender@example.test"
RECIPIENTS = ["one@example.test", "two@example.test"]
SECRET = "secret-body-marker-5417"

# CRLF lines as a client sends them; smtplib dot-stuffs the lines that start
# with "." and mxqd must store them unstuffed.
MESSAGE = (
    b"From: Sender <sender@example.test>\r\n"
    b"To: one@example.test, two@example.test\r\n"
    b"Subject: basic test\r\n"
    b"\r\n"
    b"first line\r\n"
    b".a line that starts with a dot\r\n"
    b"..and one with two\r\n"
    b".\tdot and tab\r\n"
    b"trailing blanks   \t\r\n"
    b"\r\n"
    + b"x" * 900 + b"\r\n"
    + SECRET.encode() + b"\r\n"
)

DOCUMENT_KEYS = {"message-id", "received", "hostname", "envelope",
                 "recipient", "mime", "connection"}
CONNECTION_KEYS = {"local-ip", "local-port", "remote-ip", "remote-port",
                   "secure"}


class SmtpBasic(unittest.TestCase):
    def setUp(self):
        self.mxqd = Mxqd().start()

    def tearDown(self):
        self.mxqd.finish(only_if_running=True)

    def connect(self):
        return self.mxqd.smtp()

    def send(self, client, message=MESSAGE, recipients=RECIPIENTS):
        """One transaction; returns the reply to the end of data."""
        code, _ = client.mail(SENDER)
        self.assertEqual(code, 250)
        for rcpt in recipients:
            code, _ = client.rcpt(rcpt)
            self.assertEqual(code, 250)
        return client.data(message)

    def test_one_document_per_recipient(self):
        client = self.connect()
        client.ehlo("client.example.test")
        client_port = client.sock.getsockname()[1]
        code, reply = self.send(client)
        self.assertEqual(code, 250, reply)
        client.quit()

        docs = self.mxqd.documents()
        self.assertEqual(len(docs), 2)
        self.assertEqual(self.mxqd.files("inbox", "tmp"), [])
        self.assertEqual(sorted(d["recipient"] for d in docs), RECIPIENTS)
        ids = set()
        for doc in docs:
            self.assertEqual(set(doc), DOCUMENT_KEYS)
            self.assertEqual(doc["envelope"], SENDER)
            self.assertEqual(doc["hostname"], HOSTNAME)
            self.assertRegex(doc["received"],
                             r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
            self.assertEqual(after_received(doc["mime"]), MESSAGE)
            conn = doc["connection"]
            self.assertEqual(set(conn), CONNECTION_KEYS)
            self.assertEqual(conn["local-ip"], "127.0.0.1")
            self.assertEqual(conn["local-port"], self.mxqd.port)
            self.assertEqual(conn["remote-ip"], "127.0.0.1")
            self.assertEqual(conn["remote-port"], client_port)
            self.assertIs(conn["secure"], False)
            ids.add(doc["message-id"])
            # The 250 names each document's id.
            self.assertIn(doc["message-id"].encode(), reply)
        self.assertEqual(len(ids), 2)

        closed = r"close 127\.0\.0\.1 port %d" % client_port
        log = self.mxqd.wait_log(closed)
        self.assertRegex(log, r"open 127\.0\.0\.1 port %d" % client_port)
        self.assertRegex(log, closed)
        self.assertIn("stored 2 documents in", log)
        self.assertNotIn(SECRET, log)

    def test_two_messages_in_one_session(self):
        client = self.connect()
        client.ehlo("client.example.test")
        second = MESSAGE.replace(b"basic test", b"second message")
        self.assertEqual(self.send(client, MESSAGE, RECIPIENTS[:1])[0], 250)
        self.assertEqual(self.send(client, second, RECIPIENTS[1:])[0], 250)
        client.quit()

        docs = {d["recipient"]: d for d in self.mxqd.documents()}
        self.assertEqual(sorted(docs), RECIPIENTS)
        self.assertEqual(after_received(docs[RECIPIENTS[0]]["mime"]), MESSAGE)
        self.assertEqual(after_received(docs[RECIPIENTS[1]]["mime"]), second)

    def test_failed_store_is_451_and_leaves_nothing(self):
        tmp = self.mxqd.queue_path("inbox", "tmp")
        shutil.rmtree(tmp)
        client = self.connect()
        client.ehlo("client.example.test")
        code, reply = self.send(client)
        self.assertEqual(code, 451, reply)
        self.assertEqual(self.mxqd.files("inbox", "new"), [])
        self.assertIn("failed", self.mxqd.log())

        # Once the directory is back, the same session stores again.
        os.mkdir(tmp)
        self.assertEqual(self.send(client)[0], 250)
        client.quit()
        self.assertEqual(len(self.mxqd.documents()), 2)
        self.assertEqual(self.mxqd.files("inbox", "tmp"), [])

    def test_sighup_reopens_the_log(self):
        moved = self.mxqd.log_path + ".1"
        os.rename(self.mxqd.log_path, moved)
        self.mxqd.signal(signal.SIGHUP)
        self.assertIn("reopened", self.mxqd.wait_log("reopened"))
        client = self.connect()
        client.quit()
        self.assertEqual(self.mxqd.stop(), 0)
        self.assertIn("close 127.0.0.1", self.mxqd.log())
        with open(moved) as f:
            self.assertIn("ready", f.read())

    def test_sigterm_stops_accepting_and_exits_zero(self):
        # A client in the middle of DATA gets the grace period: it may
        # still finish its message after SIGTERM, gets its 250 and then the
        # 421 (without sending another command).
        client = self.connect()
        client.ehlo("client.example.test")
        client.mail(SENDER)
        client.rcpt(RECIPIENTS[0])
        self.assertEqual(client.docmd("DATA")[0], 354)
        client.send(MESSAGE[:100])
        self.mxqd.signal(signal.SIGTERM)
        self.assertIn("stopping", self.mxqd.wait_log("stopping"))
        with self.assertRaises(OSError):
            socket.create_connection(("127.0.0.1", self.mxqd.port), 2).close()
        client.send(MESSAGE[100:] + b".\r\n")
        self.assertEqual(client.getreply()[0], 250)
        code, text = client.getreply()
        self.assertEqual(code, 421)
        self.assertTrue(text.startswith(b"4.3.2 "), text)
        client.close()
        self.assertEqual(self.mxqd.proc.wait(10), 0)
        self.assertEqual(len(self.mxqd.documents()), 1)
        self.assertRegex(self.mxqd.log(), re.compile("stopped$", re.M))


@unittest.skipUnless(ipv6_loopback(), "no IPv6 loopback")
class SmtpIpv6(unittest.TestCase):
    """smtp-ip ::1: an IPv6 listener, and the client's IPv6 address in the
    JSON and the log as inet_ntop writes it."""

    def setUp(self):
        self.mxqd = Mxqd(smtp_ip="::1").start()

    def tearDown(self):
        self.mxqd.finish()

    def test_message_over_ipv6(self):
        client = self.mxqd.smtp()
        client.ehlo("client.example.test")
        client_port = client.sock.getsockname()[1]
        self.assertEqual(client.sendmail(SENDER, RECIPIENTS[:1], MESSAGE), {})
        client.quit()
        docs = self.mxqd.wait_documents(1)
        self.assertEqual(len(docs), 1)
        conn = docs[0]["connection"]
        self.assertEqual(conn["local-ip"], "::1")
        self.assertEqual(conn["remote-ip"], "::1")
        self.assertEqual(conn["remote-port"], client_port)
        self.assertEqual(after_received(docs[0]["mime"]), MESSAGE)
        # RFC 5321 §4.1.3: an IPv6 address literal in the trace header.
        self.assertIn("([IPv6:::1])", docs[0]["mime"].split("\r\n")[0])
        self.assertRegex(self.mxqd.wait_log(r"close ::1 port %d" % client_port),
                         r"open ::1 port %d" % client_port)
        # Nothing listens on IPv4 when smtp-ip names an IPv6 address.
        with self.assertRaises(OSError):
            socket.create_connection(("127.0.0.1", self.mxqd.port), 2).close()


if __name__ == "__main__":
    run(SmtpBasic, SmtpIpv6)
