"""Reports to local addresses against the real mxqd (rabbitmq-reports),
with the file queue: a DSN, an ARF report, a zipped DMARC aggregate
report, a TLS report and a text bounce sent by smtplib to a local address
land in the reports queue with their `report` object; the same report to
a non-local address stays a plain inbox document; a report whose part
does not parse still goes to the reports queue with report.error; mail
that is no report goes to rabbitmq-local; without rabbitmq-reports no
report is looked for."""

import base64
import os
import shutil
import tempfile
import unittest

from mxqd_harness import Mxqd, run

CONF = os.path.normpath(os.path.join(os.path.dirname(__file__),
                                     "../../../shared/conformance"))
LOCAL = "dmarc@reports.test"
ELSEWHERE = "someone@example.test"


def as_sent(data):
    """A stored sample as SMTP carries it: CRLF line ends, no mbox line."""
    if data.startswith(b"From "):
        data = data[data.index(b"\n") + 1:]
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def sample(path):
    with open(os.path.join(CONF, path), "rb") as f:
        return f.read()


def attachment_message(subject, ctype, filename, payload):
    b64 = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    return (b"From: noreply-dmarc@example.net\r\nTo: " + LOCAL.encode() +
            b"\r\nSubject: " + subject + b"\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            b"--b1\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n"
            b"--b1\r\nContent-Type: " + ctype + b"\r\n"
            b"Content-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=\"" + filename +
            b"\"\r\n\r\n" + b64 + b"--b1--\r\n")


ZIPPED_DMARC = attachment_message(
    b"Report Domain: example.com Submitter: infonacot.gob.mx",
    b"application/zip",
    b"estadocuenta1.infonacot.gob.mx!example.com!1536853302!1536939702.zip",
    sample("parsedmarc-samples/aggregate/estadocuenta1.infonacot.gob.mx_"
           "example.com_1536853302_1536939702_2940.xml.zip"))
BROKEN_DMARC = attachment_message(
    b"Report Domain: example.com Submitter: example.net Report-ID: 7",
    b"application/gzip", b"example.net!example.com!1!2.xml.gz",
    b"\x1f\x8b\x08\x00 this is no gzip stream")
DSN = as_sent(sample("sisimai-dsn/rfc3464-01.eml"))
ARF = as_sent(sample("mail-auth/arf/001.eml"))
TLSRPT = as_sent(sample(
    "parsedmarc-samples/smtp_tls/google.com_smtp_tls_report.eml"))
QMAIL_BOUNCE = (
    b"From: MAILER-DAEMON@mail.example.net\r\nSubject: failure notice\r\n"
    b"\r\nHi. This is the qmail-send program at mail.example.net.\r\n"
    b"I'm afraid I wasn't able to deliver your message to the following "
    b"addresses.\r\n\r\n<gone@example.org>:\r\n"
    b"Sorry, no mailbox here by that name. (#5.1.1)\r\n")
PLAIN = b"From: a@example.net\r\nSubject: hello\r\n\r\nJust mail.\r\n"


class Reports(unittest.TestCase):
    def start(self, **settings):
        local = os.path.join(self.dir, "local-addresses")
        with open(local, "w") as f:
            f.write("*@reports.test\n")
        self.mxqd = Mxqd(smtp_local_addresses=local, rabbitmq_local="local",
                         **settings).start()
        return self.mxqd

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="mxqd-reports-")
        self.mxqd = None

    def tearDown(self):
        try:
            if self.mxqd is not None:
                self.mxqd.finish()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def send(self, message, rcpts, sender=""):
        with self.mxqd.smtp() as s:
            s.ehlo("client.test")
            self.assertEqual(s.mail(sender)[0], 250)
            for r in rcpts:
                self.assertEqual(s.rcpt(r)[0], 250, r)
            code, text = s.data(message)
            self.assertEqual(code, 250, text)

    def report_of(self, message, sender=""):
        """Sends message to the local address; returns its document, taken
        out of the reports queue."""
        self.send(message, [LOCAL], sender)
        docs = self.mxqd.documents_for(LOCAL, queue="reports")
        self.assertEqual(len(docs), 1, "one document in reports")
        self.clear("reports")
        return docs[0]

    def test_reports_to_a_local_address(self):
        self.start(rabbitmq_reports="reports")
        cases = [
            (DSN, "", "dsn"),
            (ARF, "abuse@example.net", "arf"),
            (ZIPPED_DMARC, "noreply-dmarc@example.net", "dmarc"),
            (TLSRPT, "noreply-smtp-tls-reporting@google.com", "tlsrpt"),
            (QMAIL_BOUNCE, "", "bounce"),
        ]
        for message, sender, kind in cases:
            with self.subTest(kind=kind):
                doc = self.report_of(message, sender)
                report = doc["report"]
                self.assertEqual(report["type"], kind)
                self.assertNotIn("error", report)
                # the message itself is the one sent
                self.assertTrue(doc["mime"].endswith(
                    message.decode("utf-8", "replace")[-200:]))
        # what each kind says, checked on the parsed values
        dsn = self.report_of(DSN)["report"]
        self.assertTrue(dsn["recipients"])
        self.assertRegex(dsn["recipients"][0]["status"], r"^[245]\.\d+\.\d+$")
        dmarc = self.report_of(ZIPPED_DMARC)["report"]
        self.assertEqual(dmarc["report_metadata"]["org_name"],
                         "XYZ Corporation")  # inside the zip
        self.assertTrue(dmarc["records"])
        bounce = self.report_of(QMAIL_BOUNCE)["report"]
        self.assertEqual(bounce["recipient"], "gone@example.org")
        self.assertEqual(bounce["status"], "5.1.1")

        # a report that does not parse is a report all the same
        broken = self.report_of(BROKEN_DMARC)["report"]
        self.assertEqual(broken["type"], "dmarc")
        self.assertIn("error", broken)

        # mail that is no report goes to the local queue
        self.send(PLAIN, [LOCAL], "a@example.net")
        local = self.mxqd.documents_for(LOCAL, queue="local")
        self.assertEqual(len(local), 1)
        self.assertNotIn("report", local[0])

    def test_same_report_to_local_and_elsewhere(self):
        self.start(rabbitmq_reports="reports")
        self.send(DSN, [LOCAL, ELSEWHERE])
        reports = self.mxqd.documents_for(LOCAL, queue="reports")
        inbox = self.mxqd.documents_for(ELSEWHERE, queue="inbox")
        self.assertEqual(len(reports), 1)
        self.assertEqual(len(inbox), 1)
        self.assertEqual(reports[0]["report"]["type"], "dsn")
        self.assertNotIn("report", inbox[0])
        self.assertEqual(reports[0]["mime"], inbox[0]["mime"])
        self.assertEqual(self.mxqd.files("local"), [])

    def test_without_rabbitmq_reports(self):
        self.start()
        self.send(DSN, [LOCAL])
        local = self.mxqd.documents_for(LOCAL, queue="local")
        self.assertEqual(len(local), 1)
        self.assertNotIn("report", local[0])

    def clear(self, queue):
        path = self.mxqd.queue_path(queue)
        for name in os.listdir(path):
            os.unlink(os.path.join(path, name))


if __name__ == "__main__":
    run(Reports)
