"""AUTH and local addresses against the real mxqd, with Python's smtplib:
PLAIN and LOGIN over loopback (smtp-auth-plaintext), the seed's
smtp-username/smtp-password, a file:// password file made with
`mkpasswd -m sha-512` (or `openssl passwd -6`), hardcoded://, 535 after a
delay on a bad password, 530 for a non-local recipient without AUTH, local
recipients accepted without AUTH and landing in the local queue, the
local-address file reloaded on SIGHUP and when it changes, and the schemes
mxq refuses at start. Ports 2910-2919."""

import base64
import os
import shutil
import signal
import smtplib
import subprocess
import time
import unittest

from mxqd_harness import Mxqd, run, start_in_range

BODY = b"Subject: auth test\r\n\r\nbody\r\n"


def crypt_hash(password):
    """A sha-512 crypt hash from the tools an administrator would use."""
    if shutil.which("mkpasswd"):
        tool = ["mkpasswd", "-m", "sha-512", password]
    else:
        tool = ["openssl", "passwd", "-6", password]
    out = subprocess.run(tool, check=True, capture_output=True, text=True)
    value = out.stdout.strip()
    assert value.startswith("$6$"), value
    return value




class Auth(unittest.TestCase):
    ports = (2910, 2913)

    @classmethod
    def setUpClass(cls):
        cls.mxqd = None
        cls.files = Mxqd()  # a temporary directory for the files
        cls.passwd = os.path.join(cls.files.dir, "passwd")
        with open(cls.passwd, "w") as f:
            f.write("# made with mkpasswd -m sha-512\n")
            f.write("bob:%s\n" % crypt_hash("bob's pw"))
            f.write("user@example.test:%s\n" % crypt_hash("mail-pw"))
        os.chmod(cls.passwd, 0o600)
        cls.local = os.path.join(cls.files.dir, "local-addresses")
        with open(cls.local, "w") as f:
            f.write("# local addresses\npostmaster@example.test\n"
                    "*@local.test\nregex:^(abuse|security)@example\\.org$\n")
        cls.mxqd = start_in_range(cls.ports, smtp_auth_plaintext="true",
                         smtp_auth="file://" + cls.passwd,
                         smtp_username="alice", smtp_password="s3cret-seed",
                         smtp_local_addresses=cls.local,
                         rabbitmq_local="local",
                         smtp_max_auth_failures="2")

    @classmethod
    def tearDownClass(cls):
        if cls.mxqd is not None:
            cls.mxqd.finish()
        cls.files.cleanup()

    def client(self):
        s = self.mxqd.smtp()
        s.ehlo("client.test")
        return s

    def plain(self, s, user, password):
        s.user, s.password = user, password
        try:
            return s.auth("PLAIN", s.auth_plain)
        except smtplib.SMTPAuthenticationError as e:
            return (e.smtp_code, e.smtp_error)

    def count(self, queue):
        return len(self.mxqd.documents(queue))

    def test_offered(self):
        s = self.client()
        self.assertIn("PLAIN", s.esmtp_features.get("auth", ""))
        self.assertIn("LOGIN", s.esmtp_features.get("auth", ""))
        s.quit()

    def test_plain_file_user(self):
        before = self.count("inbox")
        s = self.client()
        code, _ = self.plain(s, "bob", "bob's pw")
        self.assertEqual(code, 235)
        s.sendmail("bob@client.test", ["someone@elsewhere.test"], BODY)
        s.quit()
        docs = self.mxqd.wait_documents(before + 1, "inbox")
        doc = docs[-1]
        self.assertEqual(doc["recipient"], "someone@elsewhere.test")
        self.assertEqual(doc["connection"]["user"], "bob")
        self.assertEqual(doc["connection"]["remote-ip"], "127.0.0.1")

    def test_login_seed_user(self):
        s = self.client()
        s.user, s.password = "alice", "s3cret-seed"
        code, _ = s.auth("LOGIN", s.auth_login, initial_response_ok=False)
        self.assertEqual(code, 235)
        # A user with an @ in the file, with an initial response.
        s2 = self.client()
        s2.user, s2.password = "user@example.test", "mail-pw"
        self.assertEqual(s2.auth("LOGIN", s2.auth_login)[0], 235)
        s.quit()
        s2.quit()

    def test_bad_password_after_delay(self):
        s = self.client()
        started = time.monotonic()
        code, text = self.plain(s, "bob", "wrong password")
        waited = time.monotonic() - started
        self.assertEqual(code, 535)
        self.assertTrue(text.startswith(b"5.7.8"), text)
        self.assertGreaterEqual(waited, 0.9)
        self.assertLess(waited, 3.5)
        # A plaintext entry fails the same way.
        started = time.monotonic()
        code, _ = self.plain(s, "alice", "not-the-seed")
        # The second failure ends the session (smtp-max-auth-failures 2).
        self.assertEqual(code, 421)
        self.assertGreaterEqual(time.monotonic() - started, 0.9)
        s.close()
        log = self.mxqd.wait_log("authentication failed")
        self.assertNotIn("wrong password", log)
        self.assertNotIn("not-the-seed", log)
        self.assertNotIn("s3cret-seed", log)
        self.assertNotIn("bob's pw", log)

    def test_unknown_user_and_odd_credentials(self):
        s = self.client()
        self.assertEqual(self.plain(s, "nobody", "bob's pw")[0], 535)
        # An authorization identity other than the user is refused by the
        # engine at once; a NUL in the password never passes.
        raw = base64.b64encode(b"\0bob\0bob's pw\0x").decode()
        code, _ = s.docmd("AUTH PLAIN", raw)
        self.assertIn(code, (501, 535, 421))
        s.close()

    def test_local_without_auth(self):
        before_local = self.count("local")
        before_inbox = self.count("inbox")
        s = self.client()
        s.mail("sender@client.test")
        code, text = s.rcpt("someone@elsewhere.test")
        self.assertEqual(code, 530)
        self.assertTrue(text.startswith(b"5.7.0"), text)
        self.assertEqual(s.rcpt("postmaster@EXAMPLE.test")[0], 250)
        self.assertEqual(s.rcpt("anyone@local.test")[0], 250)
        self.assertEqual(s.rcpt("abuse@example.org")[0], 250)
        self.assertEqual(s.rcpt("abuse@example.org.evil")[0], 530)
        self.assertEqual(s.rcpt("Postmaster@example.test")[0], 530)
        code, _ = s.data(BODY)
        self.assertEqual(code, 250)
        s.quit()
        docs = self.mxqd.wait_documents(before_local + 3, "local")
        self.assertEqual(len(docs), before_local + 3)
        self.assertEqual({d["recipient"] for d in docs[-3:]},
                         {"postmaster@EXAMPLE.test", "anyone@local.test",
                          "abuse@example.org"})
        for d in docs[-3:]:
            self.assertNotIn("user", d["connection"])
        self.assertEqual(self.count("inbox"), before_inbox)

    def test_reload_local_addresses(self):
        s = self.client()
        s.mail("sender@client.test")
        self.assertEqual(s.rcpt("new@reloaded.test")[0], 530)
        s.quit()
        # A change of the file is noticed within a second or two.
        with open(self.local + ".new", "w") as f:
            f.write("*@local.test\nnew@reloaded.test\n")
        os.replace(self.local + ".new", self.local)
        self.mxqd.wait_log("local addresses reloaded \\(file changed\\)")
        s = self.client()
        s.mail("sender@client.test")
        self.assertEqual(s.rcpt("new@reloaded.test")[0], 250)
        self.assertEqual(s.rcpt("postmaster@example.test")[0], 530)
        s.quit()
        # A bad file keeps the list in force.
        with open(self.local + ".new", "w") as f:
            f.write("new@reloaded.test\nnot an address\n")
        os.replace(self.local + ".new", self.local)
        log = self.mxqd.wait_log("local addresses not reloaded")
        self.assertIn(":2: not an address", log)
        s = self.client()
        s.mail("sender@client.test")
        self.assertEqual(s.rcpt("anyone@local.test")[0], 250)
        s.quit()
        # SIGHUP reads it again.
        with open(self.local, "w") as f:
            f.write("postmaster@example.test\n*@local.test\n"
                    "regex:^(abuse|security)@example\\.org$\n")
        self.mxqd.signal(signal.SIGHUP)
        self.mxqd.wait_log("local addresses reloaded \\(SIGHUP\\)")
        s = self.client()
        s.mail("sender@client.test")
        self.assertEqual(s.rcpt("postmaster@example.test")[0], 250)
        s.quit()


class Hardcoded(unittest.TestCase):
    ports = (2914, 2916)

    def setUp(self):
        self.mxqd = start_in_range(self.ports, smtp_auth_plaintext="true",
                          smtp_auth="hardcoded://carol:pw1,dave:p:w2")

    def tearDown(self):
        self.mxqd.finish()

    def test_hardcoded_users(self):
        s = self.mxqd.smtp()
        s.ehlo("client.test")
        s.mail("a@client.test")
        # No local addresses: without AUTH nobody may receive.
        self.assertEqual(s.rcpt("anyone@local.test")[0], 530)
        s.rset()
        s.user, s.password = "dave", "p:w2"
        self.assertEqual(s.auth("PLAIN", s.auth_plain)[0], 235)
        s.sendmail("dave@client.test", ["x@elsewhere.test"], BODY)
        s.quit()
        doc = self.mxqd.wait_documents(1)[0]
        self.assertEqual(doc["connection"]["user"], "dave")


class NotOffered(unittest.TestCase):
    ports = (2917, 2919)

    def test_no_auth_without_tls(self):
        m = start_in_range(self.ports, smtp_username="u", smtp_password="p")
        try:
            s = m.smtp()
            s.ehlo("client.test")
            self.assertNotIn("auth", s.esmtp_features)
            code, _ = s.docmd("AUTH PLAIN", base64.b64encode(b"\0u\0p")
                              .decode())
            self.assertEqual(code, 538)
            s.quit()
            self.assertEqual(m.stop(), 0)
        finally:
            m.cleanup()

    def test_refused_at_start(self):
        cases = [
            (["--smtp-auth", "ldap://ldap.example/dc=example"],
             "not supported by mxq"),
            (["--smtp-auth", "radius://secret@127.0.0.1"],
             "not supported by mxq"),
            (["--smtp-auth", "file:///nonexistent/passwd"], "No such file"),
            (["--smtp-username", "alone"], "smtp-password"),
            (["--smtp-local-addresses", "/nonexistent/local"],
             "No such file"),
            (["--smtp-default-ips", "10.0.0.0/8"], "is a range"),
        ]
        for extra, message in cases:
            m = Mxqd()
            try:
                proc = subprocess.run(m.argv + extra, capture_output=True,
                                      text=True, timeout=10)
                self.assertEqual(proc.returncode, 2, (extra, proc.stderr))
                self.assertIn(message, proc.stderr + m.log())
            finally:
                m.cleanup()


if __name__ == "__main__":
    run(Auth, Hardcoded, NotOffered)
