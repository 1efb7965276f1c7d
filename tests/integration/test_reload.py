"""SIGHUP reloads the configuration file under load, whole or not at all:
Postfix's smtp-source sends while SIGHUP arrives ten times and the
certificate files are swapped: no session fails and every message is
stored; TLS sessions that start after the swap see the new certificate,
one that started before goes on with the old; a changed limit applies to
new sessions and not to a session under way; smtp-range and the
per-client limits apply to new connections; a file that does not load,
or a change that needs a restart, is refused and the old configuration
stays."""

import os
import shutil
import signal
import smtplib
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from mxqd_harness import Mxqd, run

SMTP_SOURCE = shutil.which("smtp-source") or "/usr/sbin/smtp-source"


def make_cert(directory, name):
    key, cert = (os.path.join(directory, name + ".key"),
                 os.path.join(directory, name + ".crt"))
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                    "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=" + name, "-addext",
                    "subjectAltName=DNS:" + name], check=True,
                   capture_output=True, timeout=60)
    return cert, key


def peer_name(client):
    der = client.sock.getpeercert(binary_form=True)
    pem = ssl.DER_cert_to_PEM_cert(der)
    out = subprocess.run(["openssl", "x509", "-noout", "-subject"],
                         input=pem.encode(), capture_output=True, check=True)
    return out.stdout.decode().strip().split("CN")[-1].strip(" =")


def insecure():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Reload(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="mxq-reload-")
        self.a = make_cert(self.tmp, "a.test")
        self.b = make_cert(self.tmp, "b.test")
        self.cert = os.path.join(self.tmp, "live.crt")
        self.key = os.path.join(self.tmp, "live.key")
        self.use(self.a)
        self.conf = os.path.join(self.tmp, "mxq.conf")
        self.write_conf(max_size="100MB")
        self.mxqd = Mxqd(config_file=self.conf).start()

    def tearDown(self):
        try:
            self.mxqd.finish()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def use(self, pair):
        shutil.copyfile(pair[0], self.cert + ".new")
        shutil.copyfile(pair[1], self.key + ".new")
        os.rename(self.cert + ".new", self.cert)
        os.rename(self.key + ".new", self.key)

    def write_conf(self, max_size, extra=""):
        with open(self.conf + ".new", "w") as f:
            f.write("smtp-certificate: %s\nsmtp-key: %s\n"
                    "smtp-maxsize: %s\n%s"
                    % (self.cert, self.key, max_size, extra))
        os.rename(self.conf + ".new", self.conf)

    def hup(self, expect="configuration reloaded"):
        before = self.mxqd.log().count("SIGHUP: configuration")
        self.mxqd.signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while self.mxqd.log().count("SIGHUP: configuration") == before:
            self.assertLess(time.monotonic(), deadline, "no reload logged")
            time.sleep(0.02)
        last = [l for l in self.mxqd.log().splitlines()
                if "SIGHUP: configuration" in l][-1]
        self.assertIn(expect, last)
        return last

    def tls_client(self):
        c = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=30)
        c.ehlo("client.test")
        c.starttls(context=insecure())
        c.ehlo("client.test")
        return c

    @unittest.skipUnless(os.path.exists(SMTP_SOURCE), "no smtp-source")
    def test_ten_reloads_under_load_with_a_certificate_swap(self):
        count = 1500
        load = subprocess.Popen(
            [SMTP_SOURCE, "-s", "4", "-m", str(count), "-c", "-f",
             "load@example.test", "-t", "sink@example.test",
             "127.0.0.1:%d" % self.mxqd.port],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        early = self.tls_client()  # with certificate a
        self.assertEqual(peer_name(early), "a.test")
        for i in range(10):
            if i == 4:
                self.use(self.b)
            self.hup()
            time.sleep(0.1)
        _, err = load.communicate(timeout=120)
        self.assertEqual(load.returncode, 0, err)
        self.assertEqual(err, b"", "smtp-source saw failures")
        docs = self.mxqd.wait_documents(count, timeout=30)
        self.assertEqual(len(docs), count)
        # a session started after the swap has the new certificate
        late = self.tls_client()
        self.assertEqual(peer_name(late), "b.test")
        self.assertEqual(late.sendmail("x@example.test", ["late@example.test"],
                                       b"Subject: late\r\n\r\nx\r\n"), {})
        late.quit()
        # the one from before goes on with the old one
        self.assertEqual(early.sendmail("x@example.test",
                                        ["early@example.test"],
                                        b"Subject: early\r\n\r\nx\r\n"), {})
        early.quit()
        self.assertEqual(self.mxqd.log().count("configuration reloaded"), 10)

    def mail_with_size(self, client, size):
        return client.docmd("MAIL FROM:<a@example.test> SIZE=%d" % size)[0]

    def test_limits_apply_to_new_sessions(self):
        before = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        before.ehlo("client.test")
        self.write_conf(max_size="2KB")
        self.hup()
        after = smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10)
        after.ehlo("client.test")
        self.assertIn(b"SIZE 2048", after.ehlo_resp)
        self.assertEqual(self.mail_with_size(after, 5000), 552)
        self.assertEqual(self.mail_with_size(before, 5000), 250)
        before.quit()
        after.quit()

    def test_access_lists_and_client_limits(self):
        from mxqd_harness import connect, read_line
        self.write_conf(max_size="100MB",
                        extra="smtp-range: 127.0.0.2; 127.0.0.3\n"
                              "smtp-connections-per-ip: 1\n")
        kept = connect(self.mxqd.port, source="127.0.0.1")
        self.assertTrue(read_line(kept).startswith(b"220 "))
        self.hup()
        with connect(self.mxqd.port, source="127.0.0.1") as s:
            self.assertEqual(read_line(s), b"554 5.7.1 Access denied\r\n")
        first = connect(self.mxqd.port, source="127.0.0.2")
        self.assertTrue(read_line(first).startswith(b"220 "))
        with connect(self.mxqd.port, source="127.0.0.2") as s:
            self.assertTrue(read_line(s).startswith(b"421 4.7.0 Too many "
                                                    b"connections from"))
        with connect(self.mxqd.port, source="127.0.0.3") as s:
            self.assertTrue(read_line(s).startswith(b"220 "))
        # the connection from before goes on
        kept.sendall(b"NOOP\r\n")
        self.assertTrue(read_line(kept).startswith(b"250 "))
        kept.close()
        first.close()

    def test_credentials(self):
        auth = ("smtp-auth-plaintext: true\nsmtp-auth-failure-delay: 0\n"
                "smtp-username: %s\nsmtp-password: %s\n")
        self.write_conf(max_size="100MB", extra=auth % ("old", "secret-1"))
        self.hup("not reloaded")  # credentials turned on: a restart
        self.mxqd.finish()
        self.mxqd = Mxqd(config_file=self.conf).start()

        def login(user, password):
            with smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10) as c:
                c.ehlo("client.test")
                try:
                    c.login(user, password)
                    return True
                except smtplib.SMTPAuthenticationError:
                    return False
        self.assertTrue(login("old", "secret-1"))
        self.write_conf(max_size="100MB", extra=auth % ("new", "secret-2"))
        self.hup()
        self.assertFalse(login("old", "secret-1"))
        self.assertTrue(login("new", "secret-2"))
        # turned off: refused, the new ones stay
        self.write_conf(max_size="100MB")
        self.assertIn("credentials turned on or off", self.hup("not reloaded"))
        self.assertTrue(login("new", "secret-2"))

    def test_bad_file_and_restart_settings_are_refused_whole(self):
        # does not load: nothing changes, not even the good line in it
        self.write_conf(max_size="2KB", extra="smtp-timeout: soon\n")
        self.assertIn("smtp-timeout", self.hup("not reloaded"))
        # needs a restart: refused, and named
        self.write_conf(max_size="2KB", extra="smtp-threads: 3\n")
        self.assertIn("smtp-threads changed, which needs a restart",
                      self.hup("not reloaded"))
        # a certificate that does not belong to its key
        self.write_conf(max_size="2KB")
        shutil.copyfile(self.b[0], self.cert)
        self.assertIn("does not belong", self.hup("not reloaded"))
        with smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10) as c:
            c.ehlo("client.test")
            self.assertEqual(self.mail_with_size(c, 5000), 250,
                             "the old limit stays")
        # and the old certificate too
        c = self.tls_client()
        self.assertEqual(peer_name(c), "a.test")
        c.quit()
        # once fixed, the reload goes through
        shutil.copyfile(self.a[0], self.cert)
        self.hup()
        with smtplib.SMTP("127.0.0.1", self.mxqd.port, timeout=10) as c:
            c.ehlo("client.test")
            self.assertEqual(self.mail_with_size(c, 5000), 552)


if __name__ == "__main__":
    run(Reload)
