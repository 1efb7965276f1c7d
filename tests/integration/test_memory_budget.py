"""smtp-memory-limit and the shared MIME: a large message to many
recipients costs mxqd the message about twice (received, then escaped
once for all its documents), not once per recipient, and its peak RSS
stays within the budget; a message that would cross the budget gets
452 4.3.1 and the session goes on.

Sizes (CI default 20 MB to 50 recipients, 1 GB on disk) can be raised for
a run by hand: MXQ_MEMORY_TEST_MB=50 MXQ_MEMORY_TEST_RCPTS=500 (25 GB)."""

import os
import smtplib
import unittest

from mxqd_harness import MXQD, Mxqd, run

# Taken out of the environment: mxqd reads every MXQ_* variable as a
# setting and refuses unknown ones.
MB = int(os.environ.pop("MXQ_MEMORY_TEST_MB", "20"))
RCPTS = int(os.environ.pop("MXQ_MEMORY_TEST_RCPTS", "50"))
LINE = b"x" * 76 + b"\r\n"


def message(mb):
    return b"Subject: big\r\n\r\n" + LINE * (mb * 1024 * 1024 // len(LINE))


def sanitized():
    """AddressSanitizer's shadow memory and quarantine make RSS say
    nothing about mxqd's own use: the bounds are checked without it."""
    with open(MXQD, "rb") as f:
        return b"__asan_init" in f.read()


def peak_rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise AssertionError("no VmHWM")


def count_lines(directory):
    """Newlines in every file of directory, read in pieces."""
    lines = 0
    for name in os.listdir(directory):
        with open(os.path.join(directory, name), "rb") as f:
            while True:
                block = f.read(1 << 20)
                if not block:
                    break
                lines += block.count(b"\n")
    return lines


class MemoryBudget(unittest.TestCase):
    def start(self, limit_mb):
        self.mxqd = Mxqd(smtp_memory_limit="%dMB" % limit_mb,
                         smtp_maxsize="200MB").start()
        return self.mxqd

    def tearDown(self):
        self.mxqd.finish()

    def test_large_message_many_recipients(self):
        limit_mb = 4 * MB + 16
        mxqd = self.start(limit_mb)
        body = message(MB)
        rcpts = ["r%d@example.org" % i for i in range(RCPTS)]
        client = mxqd.smtp(timeout=600)
        self.assertEqual(client.sendmail("a@example.com", rcpts, body), {})
        client.quit()
        peak = peak_rss_kib(mxqd.proc.pid)
        print("%d MB to %d recipients: peak RSS %d KiB, budget %d MiB"
              % (MB, RCPTS, peak, limit_mb))
        if not sanitized():
            self.assertLess(peak, limit_mb * 1024)
        self.assertEqual(count_lines(mxqd.queue_path()), RCPTS)

    def test_message_beyond_the_budget(self):
        mxqd = self.start(8)
        client = mxqd.smtp(timeout=120)
        client.ehlo("client.test")
        with self.assertRaises(smtplib.SMTPDataError) as e:
            client.sendmail("a@example.com", ["b@example.org"], message(12))
        self.assertEqual(e.exception.smtp_code, 452)
        self.assertIn(b"4.3.1", e.exception.smtp_error)
        self.assertEqual(mxqd.files(), [])
        # the budget came back: the same session goes on
        self.assertEqual(client.sendmail("a@example.com", ["b@example.org"],
                                         message(1)), {})
        client.quit()
        self.assertEqual(len(mxqd.wait_documents(1)), 1)
        if not sanitized():
            self.assertLess(peak_rss_kib(mxqd.proc.pid), 8 * 1024 + 16 * 1024)


if __name__ == "__main__":
    run(MemoryBudget)
