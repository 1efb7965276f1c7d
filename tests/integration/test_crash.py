"""kill -9 during load: every message that got its 250 is in new/, and
every file in new/ is whole JSON lines (files are written in tmp/ and
renamed only once complete and synced)."""

import re
import signal
import smtplib
import threading
import time
import unittest

from mxqd_harness import Mxqd, run

BODY = b"Subject: load\r\n\r\n" + b"0123456789" * 1000 + b"\r\n"
# Lines of the 250 after DATA: "2.0.0 <id> for <recipient>".
ID_LINE = re.compile(rb"^(?:\d\.\d{1,3}\.\d{1,3} )?(\S+) for ", re.M)


class Crash(unittest.TestCase):
    def test_kill_during_load(self):
        mxqd = Mxqd(smtp_threads=2).start()
        acknowledged = set()
        lock = threading.Lock()
        stop = threading.Event()

        def client(n):
            try:
                with smtplib.SMTP("127.0.0.1", mxqd.port, timeout=10) as c:
                    c.ehlo("client.example.test")
                    i = 0
                    while not stop.is_set():
                        c.mail("a@example.test")
                        c.rcpt("c%d-%d@example.test" % (n, i))
                        code, reply = c.data(BODY)
                        if code == 250:
                            with lock:
                                acknowledged.update(ID_LINE.findall(reply))
                        i += 1
            except (OSError, smtplib.SMTPException):
                pass  # the kill

        try:
            threads = [threading.Thread(target=client, args=(n,))
                       for n in range(20)]
            for t in threads:
                t.start()
            time.sleep(1.5)
            mxqd.signal(signal.SIGKILL)
            mxqd.proc.wait(10)
            stop.set()
            for t in threads:
                t.join(20)

            self.assertGreater(len(acknowledged), 50)
            stored = {d["message-id"].encode() for d in mxqd.documents()}
            self.assertEqual(acknowledged - stored, set())
        finally:
            mxqd.cleanup()


if __name__ == "__main__":
    run(Crash)
