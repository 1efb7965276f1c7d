"""mxqd driven by the real swaks (Debian package) and by smtplib where swaks
cannot go: a plain message stored byte for byte, PIPELINING, BDAT
(CHUNKING; swaks 20201014 has no BDAT, so smtplib's low-level calls send
it), 8BITMIME and SMTPUTF8, the size limit (552 5.3.4 at MAIL with SIZE,
at the end of data without), and the SMTP smuggling variants sent raw: the
outer message is refused with 550 5.6.0, nothing of it is stored, and the
smuggled transaction never becomes a document."""

import os
import shutil
import smtplib
import socket
import subprocess
import sys
import time
import unittest

from mxqd_harness import (Mxqd, after_received, read_reply, read_to_eof,
                          reply_codes, run)

SWAKS = shutil.which("swaks")
MAX_SIZE = 20 * 1024
DOCUMENT_KEYS = {"message-id", "received", "hostname", "envelope",
                 "recipient", "mime", "connection"}

# LF line ends, no final newline: swaks turns the lines into CRLF lines,
# dot-stuffs them and ends the data with CRLF "." CRLF.
PLAIN = ("From: Sender <sender@example.test>\n"
         "To: rcpt@example.test\n"
         "Subject: swaks plain\n"
         "\n"
         "first line\n"
         ".a line that starts with a dot\n"
         "..and one with two\n"
         "last line")
PLAIN_STORED = PLAIN.replace("\n", "\r\n").encode() + b"\r\n"


class Swaks(unittest.TestCase):
    def setUp(self):
        self.mxqd = Mxqd(smtp_maxsize="20KB").start()
        self.tmp = os.path.join(self.mxqd.dir, "data")
        os.mkdir(self.tmp)

    def tearDown(self):
        self.mxqd.finish(only_if_running=True)

    def swaks(self, to, *args):
        """Runs swaks against mxqd; returns (exit status, transcript)."""
        argv = [SWAKS, "--server", "127.0.0.1", "--port", str(self.mxqd.port),
                "--helo", "client.example.test", "--from",
                "sender@example.test", "--to", to, "--timeout", "20"]
        argv += list(args)
        p = subprocess.run(argv, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=60)
        return p.returncode, p.stdout.decode("utf-8", "replace")

    def data_file(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def assert_queue_clean(self):
        self.assertEqual(self.mxqd.files("inbox", "tmp"), [])

    # ---------------------------------------------------------- swaks

    def test_plain_message_two_recipients(self):
        rc, out = self.swaks("one@example.test,two@example.test", "--data",
                             self.data_file("plain.txt", PLAIN))
        self.assertEqual(rc, 0, out)
        self.assertIn("<-  221 ", out)
        docs = self.mxqd.wait_documents(2)
        self.assertEqual(sorted(d["recipient"] for d in docs),
                         ["one@example.test", "two@example.test"])
        for d in docs:
            self.assertTrue(DOCUMENT_KEYS <= set(d), d.keys())
            self.assertEqual(d["envelope"], "sender@example.test")
            self.assertEqual(d["connection"]["remote-ip"], "127.0.0.1")
            self.assertEqual(after_received(d["mime"]), PLAIN_STORED)
        self.assertEqual(len({d["message-id"] for d in docs}), 2)
        self.assert_queue_clean()

    def test_pipeline(self):
        rc, out = self.swaks("rcpt@example.test", "--pipeline", "--data",
                             self.data_file("plain.txt", PLAIN))
        self.assertEqual(rc, 0, out)
        # MAIL, RCPT and DATA went out before the first of their replies.
        lines = [l for l in out.splitlines() if l.startswith((" -> ", "<-  "))]
        start = next(i for i, l in enumerate(lines)
                     if l.startswith(" -> MAIL FROM:"))
        self.assertTrue(lines[start + 1].startswith(" -> RCPT TO:"), out)
        self.assertTrue(lines[start + 2].startswith(" -> DATA"), out)
        self.assertIn("<-  250-PIPELINING", out)
        docs = self.mxqd.wait_documents(1)
        self.assertEqual(len(docs), 1)
        self.assertEqual(after_received(docs[0]["mime"]), PLAIN_STORED)

    def test_message_over_the_limit_without_size(self):
        # swaks sends no SIZE parameter: the limit bites at the end of data,
        # and the session goes on.
        body = ("x" * 70 + "\n") * (MAX_SIZE // 71 + 10)
        rc, out = self.swaks("rcpt@example.test", "--body",
                             self.data_file("big.txt", body))
        self.assertNotEqual(rc, 0, out)
        self.assertIn("<** 552 5.3.4 ", out)
        self.assertIn("<-  221 ", out)
        self.assertEqual(self.mxqd.documents(), [])
        self.assert_queue_clean()

    # ---------------------------------------------------------- smtplib

    def smtp(self):
        return self.mxqd.smtp()

    def test_message_over_the_limit_with_size(self):
        # smtplib declares SIZE= when the server offers it: 552 at MAIL,
        # before a byte of the message is sent.
        message = b"Subject: big\r\n\r\n" + (b"y" * 78 + b"\r\n") * 300
        with self.smtp() as c:
            with self.assertRaises(smtplib.SMTPSenderRefused) as e:
                c.sendmail("sender@example.test", ["rcpt@example.test"],
                           message)
            self.assertEqual(e.exception.smtp_code, 552)
            self.assertTrue(e.exception.smtp_error.startswith(b"5.3.4 "),
                            e.exception.smtp_error)
            # The limit as offered, and a message under it still goes.
            self.assertEqual(c.esmtp_features["size"], str(MAX_SIZE))
            c.sendmail("sender@example.test", ["rcpt@example.test"],
                       message[:MAX_SIZE // 2])
        self.assertEqual(len(self.mxqd.wait_documents(1)), 1)

    def test_bdat(self):
        chunks = [b"Subject: chunked\r\n\r\nfirst chunk\r\n",
                  # In BDAT a lone dot is data, not an end of message.
                  b".\r\nMAIL FROM:<x@example.test>\r\n",
                  b"last chunk\r\n"]
        with self.smtp() as c:
            c.ehlo("client.example.test")
            self.assertTrue(c.has_extn("chunking"))
            self.assertEqual(c.mail("sender@example.test")[0], 250)
            self.assertEqual(c.rcpt("rcpt@example.test")[0], 250)
            for i, chunk in enumerate(chunks):
                last = " LAST" if i == len(chunks) - 1 else ""
                c.send(b"BDAT %d%s\r\n" % (len(chunk), last.encode()) + chunk)
                code, text = c.getreply()
                self.assertEqual(code, 250, text)
        docs = self.mxqd.wait_documents(1)
        self.assertEqual(len(docs), 1)
        self.assertEqual(after_received(docs[0]["mime"]), b"".join(chunks))

    def test_8bitmime_and_smtputf8(self):
        sender = "jörg@bücher.example"
        recipient = "δοκιμή@παράδειγμα.δοκιμή"
        message = ("From: Jörg <jörg@bücher.example>\r\n"
                   "To: δοκιμή@παράδειγμα.δοκιμή\r\n"
                   "Subject: Grüße, 日本語\r\n"
                   "\r\n"
                   "8-bit body: Größe, naïve, 中文\r\n").encode("utf-8")
        with self.smtp() as c:
            c.ehlo("client.example.test")
            self.assertTrue(c.has_extn("smtputf8"))
            self.assertTrue(c.has_extn("8bitmime"))
            c.sendmail(sender, [recipient], message,
                       mail_options=["SMTPUTF8", "BODY=8BITMIME"])
        # Without SMTPUTF8 the same address is refused.
        with self.smtp() as c:
            c.ehlo("client.example.test")
            c.command_encoding = "utf-8"
            code, _ = c.mail(sender)
            self.assertGreaterEqual(code, 500)
        docs = self.mxqd.wait_documents(1)
        self.assertEqual(len(docs), 1)
        self.assertEqual(docs[0]["envelope"], sender)
        self.assertEqual(docs[0]["recipient"], recipient)
        self.assertEqual(after_received(docs[0]["mime"]), message)

    # ---------------------------------------------------------- smuggling

    def open_data(self):
        """A raw connection at the 354 of a transaction."""
        sock = socket.create_connection(("127.0.0.1", self.mxqd.port), 10)
        self.assertEqual(reply_codes(read_reply(sock)), [220])
        for command, code in ((b"HELO client.example.test", 250),
                              (b"MAIL FROM:<sender@example.test>", 250),
                              (b"RCPT TO:<rcpt@example.test>", 250),
                              (b"DATA", 354)):
            sock.sendall(command + b"\r\n")
            self.assertEqual(reply_codes(read_reply(sock)), [code], command)
        return sock

    SMUGGLED = (b"MAIL FROM:<admin@example.test>\r\n"
                b"RCPT TO:<victim@example.test>\r\n"
                b"DATA\r\n"
                b"Subject: smuggled\r\n\r\nsmuggled body\r\n"
                b".\r\n")

    def smuggle(self, ending, split):
        sock = self.open_data()
        outer = b"Subject: outer\r\n\r\nouter body" + ending
        if split:
            # The smuggled part in a later segment.
            sock.sendall(outer)
            time.sleep(0.1)
            sock.sendall(self.SMUGGLED + b"QUIT\r\n")
        else:
            sock.sendall(outer + self.SMUGGLED + b"QUIT\r\n")
        replies = read_to_eof(sock)
        sock.close()
        return replies

    def test_smuggling_variants_are_refused(self):
        endings = [b"\n.\n", b"\r\n.\n", b"\n.\r\n", b"\r.\r", b"\r\n.\r"]
        for ending in endings:
            for split in (False, True):
                with self.subTest(ending=ending, split=split):
                    replies = self.smuggle(ending, split)
                    # One reply for the whole data: 550 5.6.0; the smuggled
                    # MAIL, RCPT and DATA were message content, no command.
                    self.assertEqual(reply_codes(replies), [550, 221],
                                     replies)
                    self.assertTrue(replies.startswith(b"550 5.6.0 "),
                                    replies)
        self.assertEqual(self.mxqd.files("inbox", "new"), [])
        self.assertEqual(self.mxqd.documents(), [])
        self.assert_queue_clean()
        for name in os.listdir(self.mxqd.queue_dir):
            self.assertEqual(self.mxqd.files(name, "new"), [], name)

    def test_real_terminator_is_two_messages(self):
        # The control: with a real CRLF.CRLF the same bytes are two
        # transactions, and the check above would see the second document.
        replies = self.smuggle(b"\r\n.\r\n", False)
        self.assertEqual(reply_codes(replies), [250, 250, 250, 354, 250, 221],
                         replies)
        docs = self.mxqd.wait_documents(2)
        self.assertEqual(sorted(d["recipient"] for d in docs),
                         ["rcpt@example.test", "victim@example.test"])


if __name__ == "__main__":
    if SWAKS is None:
        print("swaks is not installed: skipped")
        sys.exit(77)
    run(Swaks)
